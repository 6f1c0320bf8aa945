"""INT 15h E820h, E801h, 88h and INT 12h: the memory map, checked against SeaBIOS on QEMU."""

from __future__ import annotations

import itertools

import pytest
from bios_programs import boot, boot_sector, numbered_disk, run_qemu

from longmode.machine.bios.e820 import (
    BIOS_FLASH,
    HYPERTRANSPORT,
    E820Entry,
    MemoryType,
    e801_values,
    extended_kib_88h,
    memory_map,
)
from longmode.machine.memory import FOUR_GIB, MIB, MemoryLayout

#: Prints each E820 entry as "base length type" (hex), then E801h's AX and BX, 88h's AX
#: and INT 12h's AX on one line.
MEMORY_PROGRAM = """
    xor ebx, ebx
    mov di, 0x600
.next:
    mov eax, 0xE820
    mov edx, 0x534D4150
    mov ecx, 24
    int 0x15
    jc .done
    push ebx
    mov eax, [di + 4]
    call hex32
    mov eax, [di]
    call hex32
    putc ' '
    mov eax, [di + 12]
    call hex32
    mov eax, [di + 8]
    call hex32
    putc ' '
    mov eax, [di + 16]
    call hex8
    call newline
    pop ebx
    test ebx, ebx
    jnz .next
.done:
    mov ax, 0xE801
    int 0x15
    call hex16
    mov ax, bx
    call hex16
    putc ' '
    mov ah, 0x88
    int 0x15
    call hex16
    putc ' '
    int 0x12
    call hex16
    call newline
    exit
"""

SIZES = {"32M": 32 * MIB, "512M": 512 * MIB, "4G": 4096 * MIB}


def parse(report: bytes) -> tuple[list[E820Entry], list[str]]:
    """The E820 entries and the last line's values."""
    lines = report.decode().splitlines()
    entries = []
    for line in lines[:-1]:
        base, length, kind = line.split()
        entries.append(E820Entry(int(base, 16), int(length, 16), MemoryType(int(kind, 16))))
    return entries, lines[-1].split()


def usable(entries: list[E820Entry]) -> int:
    return sum(entry.length for entry in entries if entry.type is MemoryType.USABLE)


def run_memory_program(memory: int) -> bytes:
    image = numbered_disk(boot_sector(MEMORY_PROGRAM), 64)
    machine, _, result = boot(image, memory=memory)
    assert result.exit_status == 33, result.message
    return bytes(machine.debug_console)


@pytest.mark.parametrize("size", SIZES)
def test_e820_map_is_sorted_non_overlapping_and_sums_to_the_ram_less_bios_areas(
    size: str,
) -> None:
    memory = SIZES[size]
    entries, _ = parse(run_memory_program(memory))
    assert entries == memory_map(MemoryLayout.for_size(memory))
    for before, after in itertools.pairwise(entries):
        assert before.end <= after.base
    # All RAM but the EBDA (1 KiB), the ROM shadow (64 KiB), the BIOS tables (128 KiB),
    # and the legacy hole 0xA0000-0xEFFFF that is not RAM on a PC.
    assert usable(entries) == memory - 0x400 - 0x10000 - 0x20000 - 0x50000
    reserved = {(e.base, e.length) for e in entries if e.type is MemoryType.RESERVED}
    assert {BIOS_FLASH, HYPERTRANSPORT} <= reserved


def test_e820_above_4_gib_only_when_the_ram_does_not_fit_below_3_gib() -> None:
    small = memory_map(MemoryLayout.for_size(512 * MIB))
    large = memory_map(MemoryLayout.for_size(4096 * MIB))
    assert all(e.end <= FOUR_GIB for e in small if e.type is MemoryType.USABLE)
    assert [e for e in large if e.base >= FOUR_GIB and e.type is MemoryType.USABLE] == [
        E820Entry(FOUR_GIB, 1 << 30, MemoryType.USABLE)
    ]


@pytest.mark.parametrize(
    ("size", "e801", "kib_88h"),
    [
        ("32M", (0x3C00, 0x00FE), 0x7B80),  # 15 MiB; (32 MiB - 128 KiB - 16 MiB) / 64 KiB
        ("512M", (0x3C00, 0x1EFE), 0xFC00),  # 88h stops at 63 MiB
        ("4G", (0x3C00, 0xBEFE), 0xFC00),  # E801h counts below 3 GiB only
    ],
)
def test_e801_and_88h_count_up_to_the_top_of_usable_low_memory(
    size: str, e801: tuple[int, int], kib_88h: int
) -> None:
    _, values = parse(run_memory_program(SIZES[size]))
    assert values == [f"{e801[0]:04X}{e801[1]:04X}", f"{kib_88h:04X}", "027F"]
    layout = MemoryLayout.for_size(SIZES[size])
    assert (e801_values(layout), extended_kib_88h(layout)) == (e801, kib_88h)


def test_int12h_reports_639_kib_of_conventional_memory() -> None:
    _, values = parse(run_memory_program(32 * MIB))
    assert int(values[-1], 16) == 639


def test_e820_entry_packs_20_or_24_bytes_with_spec_field_order() -> None:
    entry = E820Entry(0x100000, 0x1EE0000, MemoryType.USABLE)
    assert entry.pack(24) == bytes.fromhex("00001000000000000000ee01000000000100000001000000")
    assert len(entry.pack(20)) == 20
    assert E820Entry.unpack(entry.pack(20)) == entry


@pytest.mark.slow
@pytest.mark.parametrize("size", SIZES)
def test_e820_usable_total_e801_88h_and_int12h_match_seabios_in_qemu(size: str) -> None:
    ours, our_values = parse(run_memory_program(SIZES[size]))
    image = numbered_disk(boot_sector(MEMORY_PROGRAM), 64)
    theirs, their_values = parse(run_qemu(image, memory=size))
    assert usable(ours) == usable(theirs)
    assert our_values == their_values
    # The whole map, reserved ranges included (BIOS flash, QEMU's HyperTransport hole).
    assert ours == theirs
