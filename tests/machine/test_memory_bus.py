"""The memory bus: code written from outside the CPU runs, unassigned space behaves as
QEMU's, and the map names every region. Guests run in our machine and in QEMU."""

from __future__ import annotations

import itertools
import shutil
import subprocess
from pathlib import Path

import pytest
from machine_programs import LONG_MODE_PRELUDE, assemble, boot

from longmode.machine.board.memory import PAGE, ConflictingRegions, MemoryBus
from longmode.machine.cpu import NOT_CODE
from longmode.machine.devices.base import Device
from longmode.machine.machine import Machine, MachineConfig, Outcome
from longmode.machine.memory import FOUR_GIB, LFB_BASE, MemoryLayout

QEMU = shutil.which("qemu-system-x86_64")

#: Prints the string at DS:SI on COM1 (real mode).
PRINT = """
print:
    push dx                 ; DL is the boot drive
    mov dx, 0x3F8
.next:
    lodsb
    test al, al
    jz .done
    out dx, al
    jmp .next
.done:
    pop dx
    ret
"""

#: Sector 0: the classic chain-load. It runs at 0:7C00, copies itself to 0:0600,
#: jumps there, reads sector 1 over 0:7C00 with INT 13h, and jumps to 0:7C00.
CHAIN_MBR = (
    """
bits 16
org 0x600
    cli
    xor ax, ax
    mov ds, ax
    mov es, ax
    mov ss, ax
    mov sp, 0x7000
    mov si, 0x7C00
    mov di, 0x600
    mov cx, 256
    rep movsw
    jmp 0:relocated
relocated:
    mov si, hello
    call print
    mov ax, 0x0201          ; read 1 sector
    mov cx, 0x0002          ; cylinder 0, sector 2 (LBA 1)
    xor dh, dh
    mov bx, 0x7C00
    int 0x13
    jc failed
    jmp 0:0x7C00
failed:
    mov si, oops
    call print
    mov al, 0x11
    out 0xF4, al
hello: db "mbr ", 0
oops: db "read failed", 10, 0
"""
    + PRINT
)

#: Sector 1, at 0:7C00: runs a stage at 0:8000 (sector 2), reads sector 3 over that
#: stage, and runs it again: new code over code that already ran, twice.
CHAIN_VBR = (
    """
bits 16
org 0x7C00
    mov si, vbr
    call print
    mov cx, 0x0003          ; sector 3 (LBA 2) -> 0:8000
    call load
    call 0:0x8000
    mov cx, 0x0004          ; sector 4 (LBA 3) -> over the same 0:8000
    call load
    call 0:0x8000
    mov al, 0x10
    out 0xF4, al
load:
    mov ax, 0x0201
    xor dh, dh
    mov bx, 0x8000
    int 0x13
    ret
vbr: db "vbr ", 0
"""
    + PRINT
)

STAGE = """
bits 16
org 0x8000
    push dx
    mov si, text
    mov dx, 0x3F8
.next:
    lodsb
    test al, al
    jz .done
    out dx, al
    jmp .next
.done:
    pop dx
    retf
text: db "{text} ", 0
"""


def _sector(code: bytes, signature: bool = False) -> bytes:
    assert len(code) <= 510
    padded = code.ljust(510, b"\0")
    return padded + (b"\x55\xaa" if signature else b"\0\0")


def chain_image() -> bytes:
    """MBR, VBR, stage "first", stage "second", on a small hard disk."""
    sectors = [
        _sector(assemble(CHAIN_MBR), signature=True),
        _sector(assemble(CHAIN_VBR), signature=True),
        _sector(assemble(STAGE.format(text="first"))),
        _sector(assemble(STAGE.format(text="second"))),
    ]
    return b"".join(sectors).ljust(64 * 512, b"\0")


def qemu_serial(image: bytes, tmp_path: Path, memory: str = "32M") -> tuple[int, str]:
    """(exit status, COM1) of QEMU booting ``image`` as a raw hard disk."""
    if QEMU is None:
        pytest.skip("qemu-system-x86_64 is not installed")
    path = tmp_path / "disk.img"
    path.write_bytes(image)
    done = subprocess.run(
        [QEMU, "-drive", f"format=raw,file={path}", "-display", "none", "-serial", "stdio",
         "-device", "isa-debug-exit,iobase=0xf4,iosize=0x04", "-no-reboot", "-m", memory],
        capture_output=True, timeout=60,
    )  # fmt: skip
    return done.returncode, done.stdout.decode("latin-1")


def ours_serial(image: bytes, **config: object) -> tuple[int, str]:
    machine = Machine(disk=image, timeout=20, **config)
    result = machine.run()
    return result.exit_status, machine.serial.text()


@pytest.mark.parametrize("deterministic", [True, False], ids=["default", "fast"])
def test_a_chain_loading_mbr_and_code_read_over_code_run_as_in_qemu(
    tmp_path: Path, deterministic: bool
) -> None:
    expected = (33, "mbr vbr first second ")
    assert ours_serial(chain_image(), deterministic=deterministic) == expected
    assert qemu_serial(chain_image(), tmp_path) == expected


UNASSIGNED = """
bits 16
org 0x7C00
    cli
    xor ax, ax
    mov ds, ax
    lgdt [gdtr]
    mov eax, cr0
    or al, 1
    mov cr0, eax
    jmp 8:protected
bits 32
protected:
    mov ax, 16
    mov ds, ax
    mov ss, ax
    mov esp, 0x7000
    mov esi, 0x20000000     ; far beyond RAM
    call probe
    mov esi, 0xFEB00000     ; the hole below 4 GiB
    call probe
    mov esi, 0x3000000      ; beyond RAM: written, then read back
    mov dword [esi], 0x12345678
    call probe
    mov al, 0x10
    out 0xF4, al
probe:                      ; prints [esi] as 8 hex digits and a space
    mov ebx, [esi]
    mov ecx, 8
.digit:
    rol ebx, 4
    mov al, bl
    and al, 15
    add al, '0'
    cmp al, '9'
    jbe .out
    add al, 7
.out:
    mov dx, 0x3F8
    out dx, al
    loop .digit
    mov al, ' '
    out dx, al
    ret
gdtr: dw 23
    dd gdt
gdt: dq 0, 0x00CF9A000000FFFF, 0x00CF92000000FFFF
"""


def test_unassigned_memory_reads_zero_and_drops_writes_as_in_qemu(tmp_path: Path) -> None:
    image = _sector(assemble(UNASSIGNED), signature=True).ljust(64 * 512, b"\0")
    expected = (33, "00000000 00000000 00000000 ")
    assert ours_serial(image, memory=32 << 20) == expected
    assert qemu_serial(image, tmp_path) == expected


def test_unassigned_accesses_are_reported_to_the_bus_listener() -> None:
    seen: list[tuple[str, int, int, int]] = []

    def prepare(machine: Machine) -> None:
        machine.memory.on_unclaimed = lambda *access: seen.append(access)

    _, result = boot(
        LONG_MODE_PRELUDE
        + """
    mov rax, (64 << 30) | 0x83  ; PDPT[1] -> a 1 GiB page at physical 64 GiB
    mov [0x11008], rax
    mov rbx, 1 << 30
    mov qword [rbx], 0x55
    mov al, [rbx + 3]
    hlt
""",
        prepare=prepare,
        memory=32 << 20,
        timeout=5,
    )
    assert result.outcome is Outcome.HALTED, result.message
    assert ("write", 64 << 30, 4, 0x55) in seen
    assert ("read", (64 << 30) + 3, 1, 0) in seen


def _letter_function(letter: str) -> bytes:
    """A 64-bit function that writes ``letter`` to port E9h."""
    return assemble(f"bits 64\nmov al, '{letter}'\nout 0xE9, al\nret\n")


def _halted_after_calling_a() -> Machine:
    """A long-mode guest that calls the function at 0x300000 (it prints "A"), halts,
    then calls it again when run on."""
    machine, result = boot(
        LONG_MODE_PRELUDE + "    call 0x300000\n    hlt\n    call 0x300000\n    hlt\n",
        prepare=lambda m: m.write_physical(0x300000, _letter_function("A")),
        timeout=5,
    )
    assert result.outcome is Outcome.HALTED, result.message
    return machine


def test_code_written_by_write_physical_runs_with_paging_on() -> None:
    """Paging on: unicorn keys code by virtual address, so the bus drops all of it."""
    machine = _halted_after_calling_a()
    machine.write_physical(0x300000, _letter_function("B"))
    assert machine.run().outcome is Outcome.HALTED
    assert bytes(machine.debug_console) == b"AB"


class _Registers(Device):
    """A page of memory-mapped registers that remembers what was written."""

    name = "test-registers"
    mmio = ((0xFEB0_0000, PAGE),)

    def __init__(self) -> None:
        self.writes: list[tuple[int, int, int]] = []

    def mmio_read(self, offset: int, size: int) -> int:
        return 0xA0 + offset

    def mmio_write(self, offset: int, size: int, value: int) -> None:
        self.writes.append((offset, size, value))


def test_a_device_claims_an_mmio_range_and_the_rest_is_unassigned() -> None:
    from unicorn import UC_ARCH_X86, UC_MODE_64, Uc

    uc = Uc(UC_ARCH_X86, UC_MODE_64)
    layout = MemoryLayout.for_size(5 << 30)
    bus = MemoryBus(uc, layout)
    device = _Registers()
    bus.claim(0xFEB0_0000, PAGE, device)
    with pytest.raises(ConflictingRegions, match="overlaps"):
        bus.claim(0xFEB0_0000, PAGE, device)
    bus.seal()
    kinds = {region.name: region.kind for region in bus.regions}
    assert kinds["BIOS ROM"] == "rom"
    assert kinds["test-registers"] == "mmio"
    assert bus.region_at(FOUR_GIB + (2 << 30) - 1).kind == "ram"  # type: ignore[union-attr]
    assert bus.region_at(FOUR_GIB + (2 << 30)).kind == "unassigned"  # type: ignore[union-attr]
    assert bus.region_at(0xC000_0000).kind == "unassigned"  # type: ignore[union-attr]
    # the regions tile the whole 40-bit physical space, in order
    ordered = sorted(bus.regions, key=lambda r: r.base)
    assert ordered[0].base == 0 and ordered[-1].end == 1 << 40
    assert all(a.end == b.base for a, b in itertools.pairwise(ordered))
    # a guest's accesses reach the device
    code = assemble("bits 64\nmov ecx, 0xFEB00000\nmov eax, [rcx + 0x10]\nmov [rcx + 0x20], ebx\n")
    from unicorn import x86_const as X

    uc.reg_write(X.UC_X86_REG_RBX, 0x1234)
    uc.mem_write(0x1000, code)
    uc.emu_start(0x1000, 0x1000 + len(code))
    assert uc.reg_read(X.UC_X86_REG_RAX) == 0xB0
    assert device.writes == [(0x20, 4, 0x1234)]


def test_read_and_write_physical_follow_the_map() -> None:
    machine = Machine(MachineConfig(memory=4 << 20))
    assert machine.read_physical(0x1000_0000, 4) == b"\0" * 4  # unassigned: zeros
    machine.write_physical(0x1000_0000, b"\x01\x02")  # dropped, no error
    machine.write_physical(0x2000, b"\x01\x02")
    assert machine.read_physical(0x2000, 2) == b"\x01\x02"


def test_code_written_by_write_virtual_runs_and_only_its_code_is_dropped() -> None:
    machine = _halted_after_calling_a()
    machine.write_virtual(0x300000, _letter_function("C"))  # identity-mapped: the same bytes
    assert machine.run().outcome is Outcome.HALTED
    assert bytes(machine.debug_console) == b"AC"


def test_an_interrupt_frame_pushed_on_a_non_executable_stack_returns() -> None:
    """The frame is written through the page tables onto a page the CPU may not
    execute; the delivery and the return work (see the next test for the code lookup)."""
    machine, result = boot(
        LONG_MODE_PRELUDE
        + """
    mov ecx, 0xC0000080
    rdmsr
    or eax, 1 << 11                 ; EFER.NXE
    wrmsr
    mov rax, 0x200000 | 0x83 | (1 << 63)  ; PD[1]: 2-4 MiB, writable, not executable
    mov [0x12008], rax
    mov rax, cr3
    mov cr3, rax
    mov rsp, 0x300000               ; the stack in that page
    mov rdi, 3
    mov rsi, on_breakpoint
    xor edx, edx
    call set_gate
    int3
    mov al, 'k'
    out 0xE9, al
    hlt
on_breakpoint:
    mov al, 'b'
    out 0xE9, al
    iretq
""",
        timeout=10,
    )
    assert result.outcome is Outcome.HALTED, result.message
    assert bytes(machine.debug_console) == b"bk"


def test_write_virtual_names_code_only_where_the_cpu_could_fetch_it() -> None:
    """unicorn drops code by linear address through a code fetch, which raises a page
    fault at a page the CPU may not execute now (that left a pending exception
    behind: blog_os's breakpoint test hung at its iretq). So a write through the page
    tables names its linear address only where the CPU could fetch it, says "not
    code" for a non-executable page, and drops all code where only another privilege
    level could fetch it."""
    machine, result = boot(
        LONG_MODE_PRELUDE
        + """
    mov ecx, 0xC0000080
    rdmsr
    or eax, 1 << 11                 ; EFER.NXE
    wrmsr
    mov rax, 0x200000 | 0x83 | (1 << 63)  ; PD[1]: 2-4 MiB, not executable
    mov [0x12008], rax
    mov rax, 0x400000 | 0x83        ; PD[2]: 4-6 MiB, executable, supervisor only
    mov [0x12010], rax
    mov rax, cr3
    mov cr3, rax
    hlt
""",
        timeout=10,
    )
    assert result.outcome is Outcome.HALTED, result.message
    writes: list[tuple[int, int | None]] = []
    machine.cpu.write_physical = lambda address, data, linear: writes.append((address, linear))
    for address in (0x1000, 0x300000, 0x500000):
        assert machine.write_virtual(address, b"\x90") is None
    assert writes == [(0x1000, 0x1000), (0x300000, NOT_CODE), (0x500000, 0x500000)]
    machine.cpu.set("cs", 0x33)  # as if interrupted at CPL 3: kernel code is not fetchable
    writes.clear()
    assert machine.write_virtual(0x500000, b"\x90") is None
    assert writes == [(0x500000, None)]


def _scan(machine: Machine) -> dict[int, bytes]:
    """Every non-zero page of RAM, ROM and framebuffer, read one by one."""
    pages = {}
    for block in machine.memory.blocks:
        for address in range(block.base, block.end, 16 << 20):
            size = min(16 << 20, block.end - address)
            chunk = bytes(machine.uc.mem_read(address, size))
            for offset in range(0, size, PAGE):
                if chunk[offset : offset + PAGE].count(0) != PAGE:
                    pages[address + offset] = chunk[offset : offset + PAGE]
    return pages


def test_the_pages_in_use_are_every_non_zero_page(monkeypatch: pytest.MonkeyPatch) -> None:
    """Read through the kernel's page map, or, where it cannot be read, every page."""
    machine = _halted_after_calling_a()
    machine.write_physical(0x1FF_F000, b"\x07")  # a page of its own, high up
    machine.write_physical(LFB_BASE + 0x10_0000, b"\x09")  # and in the framebuffer
    machine.read_physical(0x1F0_0000, PAGE)  # read, not written: zero, left out
    scanned = _scan(machine)
    assert 0x1FF_F000 in scanned and LFB_BASE + 0x10_0000 in scanned
    assert 0x1F0_0000 not in scanned
    assert machine.memory.nonzero_pages() == scanned
    import longmode.machine.board.memory as memory_module

    monkeypatch.setattr(memory_module, "PAGEMAP", "/nonexistent/pagemap")
    assert machine.memory.blocks[0].used_runs() == [(0, machine.memory.blocks[0].size)]
    assert machine.memory.nonzero_pages() == scanned


def test_loading_pages_zeroes_the_rest_and_the_guest_runs_the_loaded_code() -> None:
    machine = _halted_after_calling_a()
    state = machine.snapshot()
    machine.write_physical(0x0123_4000, b"left over")  # a page the snapshot does not have
    machine.write_physical(0x300000, _letter_function("B"))  # code the guest ran
    machine.restore(state)
    assert machine.read_physical(0x0123_4000, 9) == bytes(9)
    assert machine.memory.nonzero_pages() == state.pages
    assert machine.run().outcome is Outcome.HALTED
    assert bytes(machine.debug_console) == b"AA"  # the snapshot's code, not B's
