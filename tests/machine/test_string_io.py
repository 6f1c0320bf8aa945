"""`rep insw`/`rep outsw` on the ATA data port moved in blocks (machine/string_io.py).

Each guest reads three sectors of its own disk with one `rep insw` into a buffer
that crosses a page boundary, writes two of them back elsewhere with one
`rep outsw`, and stores its registers; it runs twice: as it is (the block path)
and with a port hook installed (which makes every element a call of its own, the
path unicorn takes by itself). Both runs must leave the same memory, registers
and disk; the block path must execute fewer instructions than the same guest
reading backwards (DF set: no blocks), as it skips iterations.
"""

from __future__ import annotations

import struct

import pytest
from machine_programs import LONG_MODE_PRELUDE, assemble

from longmode.machine.bios.disk import Disk
from longmode.machine.machine import Machine

SECTOR = 512
#: Where the guest puts the sectors (crossing the page at 0x21000) and its registers.
BUFFER = 0x20F00
RESULTS = 0x500

#: Selects the master, LBA28 `sectors` at `lba`, issues `command` and waits for DRQ.
ATA_COMMAND = """
    mov dx, 0x1F6
    mov al, 0xE0
    out dx, al
    mov dx, 0x1F2
    mov al, {sectors}
    out dx, al
    mov dx, 0x1F3
    mov al, {lba}
    out dx, al
    mov dx, 0x1F4
    xor al, al
    out dx, al
    mov dx, 0x1F5
    out dx, al
    mov dx, 0x1F7
    mov al, {command}
    out dx, al
%%drq:
    in al, dx
    test al, 0x80
    jnz %%drq
    test al, 0x08
    jz %%drq
"""


def ata(sectors: int, lba: int, command: int) -> str:
    return ATA_COMMAND.format(sectors=sectors, lba=lba, command=command).replace(
        "%%drq", f".drq_{command:x}_{lba}"
    )


WAIT_NOT_BUSY = """
    mov dx, 0x1F7
.not_busy:
    in al, dx
    test al, 0x80
    jnz .not_busy
"""

REAL_MODE = (
    """
bits 16
org 0x7C00
    cli
    xor ax, ax
    mov ds, ax
    mov ss, ax
    mov sp, 0x7C00
    mov dx, 0x3F6                   ; nIEN: polled
    mov al, 2
    out dx, al
"""
    + ata(3, 1, 0x20)
    + f"""
    mov ax, {BUFFER >> 4:#x}
    mov es, ax
    mov di, {BUFFER & 0xF:#x}
    mov cx, 768
    mov dx, 0x1F0
    {{direction}}
    {{start}}
    rep insw
    cld
    mov [{RESULTS}], di
    mov [{RESULTS + 4}], cx
"""
    + ata(2, 10, 0x30)
    + f"""
    mov ax, {BUFFER >> 4:#x}
    mov ds, ax
    mov si, {BUFFER & 0xF:#x}
    mov cx, 512
    mov dx, 0x1F0
    rep outsw
    xor ax, ax
    mov ds, ax
    mov [{RESULTS + 8}], si
    mov [{RESULTS + 12}], cx
"""
    + WAIT_NOT_BUSY
    + """
    mov al, 0x10
    out 0xF4, al
    hlt
"""
)

LONG_MODE = (
    LONG_MODE_PRELUDE
    + """
    mov dx, 0x3F6
    mov al, 2
    out dx, al
"""
    + ata(3, 1, 0x20)
    + f"""
    mov rdi, {BUFFER:#x}
    mov rcx, 768
    mov dx, 0x1F0
    {{direction}}
    {{start}}
    rep insw
    cld
    mov [{RESULTS}], rdi
    mov [{RESULTS + 8}], rcx
"""
    + ata(2, 10, 0x30)
    + f"""
    mov rsi, {BUFFER:#x}
    mov ecx, 512
    mov dx, 0x1F0
    rep outsw
    mov [{RESULTS + 16}], rsi
    mov [{RESULTS + 24}], rcx
"""
    + WAIT_NOT_BUSY
    + """
    mov al, 0x10
    out 0xF4, al
    hlt
"""
)


#: Long mode with the 2 MiB at virtual 0x200000 mapped by 4 KiB pages in reverse
#: order (virtual page n -> physical 0x3FF000 - n * 0x1000): a buffer that crosses
#: a virtual page lands on two physical pages that are not neighbours.
SCATTERED = LONG_MODE.replace(
    f"mov rdi, {BUFFER:#x}",
    """mov rdi, 0x13000
    mov rax, 0x3FF003
    mov ecx, 512
.pte:
    mov [rdi], rax
    sub rax, 0x1000
    add rdi, 8
    loop .pte
    mov qword [0x12008], 0x13003    ; PD[1] -> the page table
    mov rax, cr3
    mov cr3, rax
    mov rdi, 0x200F00""",
).replace(f"mov rsi, {BUFFER:#x}", "mov rsi, 0x200F00")


def disk_bytes() -> bytes:
    """A boot sector that halts (the program is put at 0x7C00 over it after POST) and,
    from sector 1 on, bytes that differ everywhere."""
    rest = bytes((i * 7 + (i >> 9) * 13) & 0xFF for i in range(39 * SECTOR))
    return b"\xf4".ljust(SECTOR - 2, b"\0") + b"\x55\xaa" + rest


def run(source: str, *, hooked: bool) -> tuple[bytes, bytes, bytes, int]:
    """Buffer, results, the disk's sectors 10-11 and the instruction count of one run."""
    disk = Disk(disk_bytes())
    machine = Machine(memory="32M", disk=disk, timeout=60)
    machine.write_physical(0x7C00, assemble(source))
    if hooked:
        machine.hooks.port(0x1F0, lambda machine, access: None)
    result = machine.run()
    assert result.exit_status == 33, result.message
    buffer = bytes(machine.uc.mem_read(BUFFER, 3 * SECTOR))
    results = bytes(machine.uc.mem_read(RESULTS, 32))
    return buffer, results, disk.read(10, 2), machine.instructions


@pytest.mark.parametrize("mode", ["real", "long"])
def test_a_block_transfer_leaves_what_one_call_per_word_leaves(mode: str) -> None:
    template = REAL_MODE if mode == "real" else LONG_MODE
    source = template.format(direction="cld", start="")
    fast = run(source, hooked=False)
    slow = run(source, hooked=True)
    buffer, results, written, _ = fast
    image = disk_bytes()
    assert buffer == image[SECTOR : 4 * SECTOR]  # the three sectors, across the page
    assert written == image[SECTOR : 3 * SECTOR]  # two of them written back at LBA 10
    if mode == "real":
        di, cx, si, cx_out = struct.unpack_from("<I I I I", results)
        assert (di & 0xFFFF, cx & 0xFFFF) == ((BUFFER & 0xF) + 1536, 0)
        assert (si & 0xFFFF, cx_out & 0xFFFF) == ((BUFFER & 0xF) + 1024, 0)
    else:
        rdi, rcx, rsi, rcx_out = struct.unpack_from("<QQQQ", results)
        assert (rdi, rcx, rsi, rcx_out) == (BUFFER + 1536, 0, BUFFER + 1024, 0)
    assert fast[:3] == slow[:3]
    backward = run(template.format(direction="std", start=""), hooked=False)
    assert fast[3] < backward[3] - 700  # the block path skipped most of the 768


def test_a_backward_rep_insw_takes_the_slow_path_and_is_right() -> None:
    """With DF set the words go downwards: no block, the same result as per word."""
    source = REAL_MODE.format(direction="std", start=f"mov di, {(BUFFER & 0xF) + 1534:#x}")
    fast = run(source, hooked=False)
    slow = run(source, hooked=True)
    assert fast[:3] == slow[:3]
    image = disk_bytes()
    words = struct.unpack("<768H", fast[0])
    expected = struct.unpack("<768H", image[SECTOR : 4 * SECTOR])
    assert words == tuple(reversed(expected))


def test_a_block_stops_at_a_page_so_scattered_pages_get_their_own_bytes() -> None:
    source = SCATTERED.format(direction="cld", start="")
    outcomes = []
    for hooked in (False, True):
        disk = Disk(disk_bytes())
        machine = Machine(memory="32M", disk=disk, timeout=60)
        machine.write_physical(0x7C00, assemble(source))
        if hooked:
            machine.hooks.port(0x1F0, lambda machine, access: None)
        assert machine.run().exit_status == 33
        # virtual 0x200F00-0x2015FF: the last 0x100 bytes of physical page 0x3FF000,
        # then 0x500 bytes at the start of physical page 0x3FE000
        pieces = (machine.uc.mem_read(0x3FFF00, 0x100), machine.uc.mem_read(0x3FE000, 0x500))
        outcomes.append((b"".join(pieces), disk.read(10, 2)))
    image = disk_bytes()
    assert outcomes[0][0] == image[SECTOR : 4 * SECTOR]
    assert outcomes[0][1] == image[SECTOR : 3 * SECTOR]
    assert outcomes[0] == outcomes[1]
