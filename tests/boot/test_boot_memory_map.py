"""The loader's memory-map builder (``build_memory_map`` in memmap64.inc), run on
unicorn with E820 maps SeaBIOS never produces: unsorted, overlapping, with
unaligned usable entries and unknown types."""

from __future__ import annotations

import struct

import pytest

from longmode.asm import assemble
from longmode.boot import bootinfo
from longmode.boot.bootinfo import MemoryRegion, MemoryType
from longmode.boot.image import asm_defines

unicorn = pytest.importorskip("unicorn")
x86 = pytest.importorskip("unicorn.x86_const")

BOOT_DIR = bootinfo.__file__.rsplit("/", 1)[0]
HARNESS = """
bits 64
org 0x8000
start:
    mov rsp, 0x7000
    call build_memory_map
    hlt
%include "long64.inc"
%include "memmap64.inc"
msg_prefix: db 0
msg_elf: db 0
msg_map: db 0
msg_tables: db 0
align 8
pt_next: dq 0
e820_count: dw 0
align 8
ncarve: dq 0
p_staging: dd 0
p_phys_delta: dq 0
p_kernel_size: dd 0
p_cmdline_len: dd 0
p_cmdline: times 16 db 0
p_protocol: dd 0
p09_stack_phys: dd 0
p09_stack_pages: dd 0
p09_nfields: dd 0
p09_boot_info: dq 0
p09_stack_guard: dq 0
p09_fields: times 2 * CRATE_MAX_FIELDS dq 0
p_virt_offset: dq 0
p11_rela: dq 0
p11_rela_count: dq 0
p11_relro_start: dq 0
p11_relro_end: dq 0
p11_rsp: dq 0
p11_fb_virt: dq 0
vbe_mode: dw 0xFFFF
vbe_width: dw 0
vbe_height: dw 0
vbe_pitch: dw 0
vbe_bpp: db 0
vbe_positions: dd 0
vbe_phys: dd 0
mapped_gib: dd 0
boot_drive: db 0
cpu_features: db 0
cursor_col: db 0
cursor_row: db 0
"""


def build_map(
    e820: list[tuple[int, int, int]], carve: tuple[tuple[int, int, int], ...] = ()
) -> list[MemoryRegion]:
    """Runs build_memory_map on raw E820 entries (base, length, type) and loader
    ranges (start, end, type); returns the map it writes."""
    code = assemble(HARNESS, include_paths=[BOOT_DIR], defines=asm_defines())
    uc = unicorn.Uc(unicorn.UC_ARCH_X86, unicorn.UC_MODE_64)
    uc.mem_map(0, 0x40000)
    uc.mem_write(0x8000, code)
    raw = b"".join(struct.pack("<QQII", b, n, t, 0) for b, n, t in e820)
    uc.mem_write(bootinfo.RAW_E820, raw)
    carves = b"".join(struct.pack("<QQII", s, e, t, bootinfo.RANK_LOADER) for s, e, t in carve)
    uc.mem_write(bootinfo.SCRATCH_CARVE, carves)
    e820_count_at = _label_address("e820_count")
    ncarve_at = _label_address("ncarve")
    uc.mem_write(e820_count_at, struct.pack("<H", len(e820)))
    uc.mem_write(ncarve_at, struct.pack("<Q", len(carve)))
    hlt = 0x8000 + code.index(b"\xf4")
    uc.emu_start(0x8000, hlt, timeout=5_000_000)
    count = struct.unpack(
        "<I", uc.mem_read(bootinfo.BOOTINFO + bootinfo.OFFSETS["memory_map_count"], 4)
    )[0]
    data = bytes(uc.mem_read(bootinfo.MMAP, count * bootinfo.ENTRY_SIZE))
    return bootinfo.unpack_memory_map(data, count)


def _label_address(name: str) -> int:
    """A harness label's address (assembled once more with ``dq label`` at the end)."""
    probe = HARNESS + f"\nprobe: dq {name}\n"
    code = assemble(probe, include_paths=[BOOT_DIR], defines=asm_defines())
    return int(struct.unpack("<Q", code[-8:])[0])


U, R, ACPI, NVS, BAD = 1, 2, 3, 4, 5
MIB = 1 << 20


def test_sorted_merged_and_usable_aligned() -> None:
    regions = build_map(
        [
            (0x100000, 31 * MIB, U),
            (0, 0x9FC00, U),
            (0x9FC00, 0x400, R),
            (0xF0000, 0x10000, R),
        ]
    )
    assert [(r.base, r.end, r.type) for r in regions] == [
        (0, 0x9F000, U),
        (0x9FC00, 0xA0000, R),
        (0xF0000, 0x100000, R),
        (0x100000, 32 * MIB, U),
    ]


def test_unknown_types_pass_through() -> None:
    regions = build_map([(0, 0x9F000, U), (0x100000, MIB, 12), (0x200000, MIB, 0xF00D)])
    assert [(r.base, r.type) for r in regions] == [(0, U), (0x100000, 12), (0x200000, 0xF00D)]


def test_overlaps_resolve_to_the_more_restrictive_type() -> None:
    regions = build_map(
        [(0, 16 * MIB, U), (4 * MIB, 2 * MIB, R), (5 * MIB, 2 * MIB, BAD), (12 * MIB, MIB, ACPI)]
    )
    assert [(r.base, r.end, r.type) for r in regions] == [
        (0, 4 * MIB, U),
        (4 * MIB, 5 * MIB, R),
        (5 * MIB, 7 * MIB, BAD),
        (7 * MIB, 12 * MIB, U),
        (12 * MIB, 13 * MIB, ACPI),
        (13 * MIB, 16 * MIB, U),
    ]


def test_loader_ranges_are_carved_out_of_usable_memory() -> None:
    regions = build_map(
        [(0, 0x9F000, U), (0x100000, 8 * MIB, U)],
        ((0x1000, 0x10000, MemoryType.BOOTLOADER), (0x100000, 0x180000, MemoryType.KERNEL)),
    )
    assert [(r.base, r.end, r.type) for r in regions] == [
        (0, 0x1000, U),
        (0x1000, 0x10000, MemoryType.BOOTLOADER),
        (0x10000, 0x9F000, U),
        (0x100000, 0x180000, MemoryType.KERNEL),
        (0x180000, 0x900000, U),
    ]


def test_usable_slivers_between_other_types_are_left_out() -> None:
    regions = build_map([(0x1000, 0x1800, U), (0x2800, 0x800, R), (0x3000, 0x3000, U)])
    assert [(r.base, r.end, r.type) for r in regions] == [
        (0x1000, 0x2000, U),
        (0x2800, 0x3000, R),
        (0x3000, 0x6000, U),
    ]
