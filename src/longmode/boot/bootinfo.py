"""The longmode boot protocol, declared once as data.

Everything the loader, the image builder, the documentation, the C header
(``examples/longmode_boot.h``) and the Rust module (``kernel/src/bootinfo.rs``)
agree on lives here: the physical layout the loader uses below 1 MiB, the
boot-info structure (field names, types, offsets), the memory-map entry and
its types. The assembly sources receive these values as defines; the C and Rust
files are rendered from here (:func:`render_c_header`, :func:`render_rust`) and
a test checks that the checked-in copies match.
"""

from __future__ import annotations

import struct
from dataclasses import dataclass
from enum import IntEnum

#: Bytes ``LONGMODE`` read as a little-endian u64.
MAGIC = int.from_bytes(b"LONGMODE", "little")
#: Incremented on every incompatible change; fields are only ever appended.
VERSION = 1

# --- physical layout used by the loader (all below 1 MiB) -------------------

STAGE1_ADDRESS = 0x7C00
STAGE2_ADDRESS = 0x8000
#: Stage 2 is real-mode code addressed through segment 0: at most 32 KiB.
STAGE2_MAX_SIZE = 0x8000
RAW_E820 = 0x1000
E820_MAX = 128
LOADER_LOW_START = 0x1000
BOOTINFO = 0x10000
BOOTINFO_END = 0x14000
BI_GDT = 0xC0
LOADER_NAME_ADDR = BOOTINFO + 0xE0
CMDLINE_ADDR = BOOTINFO + 0x100
CMDLINE_MAX = 256
MMAP = BOOTINFO + 0x400
MMAP_MAX = 512
SCRATCH_RANGES = 0x14000
SCRATCH_CARVE = 0x16000
CARVE_MAX = 64
SCRATCH_POINTS = 0x17000
BOUNCE = 0x20000
CHUNK_SECTORS = 64
PT_BASE = 0x30000
PML4 = 0x30000
PDPT = 0x31000
PD_BASE = 0x32000
MAX_GIB_2M = 64
PT_END = 0x80000
STACK_PHYS = 0x80000
STACK_SIZE = 0x10000
MB_STACK_TOP = STACK_PHYS + STACK_SIZE
#: Kernel segments must start at or above this physical address.
KERNEL_MIN_PHYS = 0x100000

# --- other boot protocols stage 2 speaks to ELF64 kernels -------------------------

#: ``--protocol`` values for ELF64 kernels ("auto": bootloader 0.11's when the kernel
#: has a ``.bootloader-config`` section, bootloader 0.9's when its crate depends on
#: that crate, else longmode's).
PROTOCOLS = ("auto", "longmode", "bootloader-0.9", "bootloader-0.11")
PROTOCOL_LONGMODE = 0
#: The ``bootloader`` 0.9 crate's (see longmode.boot.bootloader09).
PROTOCOL_BOOTLOADER09 = 1
#: ``bootloader_api`` 0.11's (see longmode.boot.bootloader011).
PROTOCOL_BOOTLOADER011 = 2
#: Where a 0.9 or 0.11 kernel's ``BootInfo`` page is (physical): the memory map's
#: scratch area, free once the map is built.
CRATE_BOOT_INFO = SCRATCH_RANGES
#: (offset, value) pairs stage 2 writes into a 0.9 or 0.11 ``BootInfo``.
CRATE_MAX_FIELDS = 16
#: A 0.11 ``BootInfo`` (232 bytes) is followed by its memory regions (24 bytes each),
#: in the same 4 KiB page.
BL11_REGIONS = 0xE8
BL11_MAX_REGIONS = (0x1000 - BL11_REGIONS) // 24

# --- the disk image's marks (image.py writes them, stage 1 reads some) --------

#: In the MBR: the stage-2 sector count (u16), read by stage 1.
STAGE1_COUNT_OFFSET = 0x1AC
#: In the MBR: the CRC-32 (u32, as ``zlib.crc32``) of stage 2's first
#: STAGE1_CHECKED_SECTORS sectors, checked by stage 1 a bit at a time. Those sectors
#: hold stage 2's parameter block and the table-driven check of the other sectors
#: against the block's ``p_rest_crc`` (five times cheaper a byte than stage 1's
#: loop, which has no room for a table).
STAGE1_CRC_OFFSET = 0x1B0
STAGE1_CHECKED_SECTORS = 2
#: In the MBR: the disk signature (u32), DISK_SIGNATURE in longmode's images.
DISK_SIGNATURE_OFFSET = 0x1B8
DISK_SIGNATURE = 0x4C4D4244  # "DBML"
#: Stage 2's parameter block, at this offset in stage 2, starts with STAGE2_MAGIC.
PARAMS_OFFSET = 8
STAGE2_MAGIC = b"LMS2"

# --- virtual layout handed to a 64-bit kernel ---------------------------------

#: All physical memory (at least 4 GiB) is mapped at this offset (PML4 slot 256).
PHYS_OFFSET = 0xFFFF_8000_0000_0000
#: The kernel stack's guard page (unmapped); the stack is the 64 KiB above it.
STACK_GUARD = 0xFFFF_FF00_0000_0000
STACK_VIRT_BOTTOM = STACK_GUARD + 0x1000
STACK_VIRT_TOP = STACK_VIRT_BOTTOM + STACK_SIZE
#: The PML4 slots the loader uses itself (identity, physical map, stack).
RESERVED_PML4_SLOTS = (0, 256, 510)

VGA_TEXT_BUFFER = 0xB8000
CPU_NX = 1
CPU_PAGE1G = 2
DISPLAY_VGA_TEXT = 1
DISPLAY_FRAMEBUFFER = 2

MULTIBOOT1_INFO_FLAGS = (1 << 0) | (1 << 1) | (1 << 2) | (1 << 6) | (1 << 9)
LOADER_NAME = "longmode"


class MemoryType(IntEnum):
    """Memory-map entry types: 1–5 are E820's own; the loader's start at 0x1000.

    Any other value is an E820 type the loader did not know, passed through.
    """

    USABLE = 1
    RESERVED = 2
    ACPI_RECLAIMABLE = 3
    ACPI_NVS = 4
    BAD_MEMORY = 5
    BOOTLOADER = 0x1000
    KERNEL = 0x1001
    PAGE_TABLES = 0x1002
    KERNEL_STACK = 0x1003
    BOOT_INFO = 0x1004


#: Precedence of the loader's own ranges over whatever E820 said.
RANK_LOADER = 0x100


@dataclass(frozen=True)
class Field:
    """One boot-info field: name, ``struct`` code, and what it means."""

    name: str
    code: str
    doc: str

    @property
    def size(self) -> int:
        return struct.calcsize("<" + self.code)


#: The boot-info structure, in order; offsets follow from natural alignment.
FIELDS: tuple[Field, ...] = (
    Field("magic", "Q", "MAGIC: the bytes `LONGMODE`"),
    Field("version", "I", "VERSION of this layout"),
    Field("size", "I", "size of this structure in bytes"),
    Field("physical_memory_offset", "Q", "virtual address where physical address 0 is mapped"),
    Field("physical_memory_mapped", "Q", "bytes of physical memory mapped at that offset"),
    Field("memory_map", "Q", "physical address of the memory-map entries"),
    Field("memory_map_count", "I", "number of memory-map entries"),
    Field("memory_map_entry_size", "I", "size of one memory-map entry (24)"),
    Field("rsdp", "Q", "physical address of the ACPI RSDP, 0 if none was found"),
    Field("kernel_phys_start", "Q", "lowest physical address of the kernel's segments"),
    Field("kernel_phys_end", "Q", "end of the kernel's segments (physical)"),
    Field("kernel_virt_start", "Q", "lowest virtual address of the kernel's segments"),
    Field("kernel_virt_end", "Q", "end of the kernel's segments (virtual)"),
    Field("kernel_entry", "Q", "the ELF entry point"),
    Field("stack_bottom", "Q", "lowest address of the kernel stack (guard page below)"),
    Field("stack_top", "Q", "initial RSP + 8"),
    Field("command_line", "Q", "physical address of the NUL-terminated command line"),
    Field("command_line_len", "I", "its length in bytes, without the NUL"),
    Field("boot_drive", "B", "BIOS drive number booted from"),
    Field("display_kind", "B", "1 = VGA text, 2 = framebuffer"),
    Field("reserved0", "H", "zero"),
    Field("text_buffer", "Q", "physical address of the VGA text buffer"),
    Field("text_columns", "H", "text columns"),
    Field("text_rows", "H", "text rows"),
    Field("cursor_column", "H", "cursor column when the kernel starts"),
    Field("cursor_row", "H", "cursor row when the kernel starts"),
    Field("framebuffer", "Q", "physical address of a linear framebuffer (0 in text mode)"),
    Field("framebuffer_width", "I", "pixels"),
    Field("framebuffer_height", "I", "pixels"),
    Field("framebuffer_pitch", "I", "bytes per line"),
    Field("framebuffer_bpp", "B", "bits per pixel"),
    Field("reserved1", "B", "zero"),
    Field("reserved2", "H", "zero"),
    Field("page_table_root", "Q", "physical address of the PML4 (CR3)"),
    Field("page_tables_end", "Q", "end of the page tables the loader allocated"),
    Field("cpu_features", "I", "bit 0: NX enabled; bit 1: 1 GiB pages used"),
    Field("reserved3", "I", "zero"),
)

#: The memory-map entry.
ENTRY_FIELDS: tuple[Field, ...] = (
    Field("base", "Q", "physical start"),
    Field("length", "Q", "bytes"),
    Field("type", "I", "a MemoryType value (or an unknown E820 type)"),
    Field("attributes", "I", "zero"),
)


def _offsets(fields: tuple[Field, ...]) -> dict[str, int]:
    offsets: dict[str, int] = {}
    offset = 0
    for field in fields:
        if offset % field.size:
            raise AssertionError(f"boot info field {field.name} is misaligned")
        offsets[field.name] = offset
        offset += field.size
    return offsets


OFFSETS = _offsets(FIELDS)
STRUCT_SIZE = struct.calcsize("<" + "".join(f.code for f in FIELDS))
ENTRY_SIZE = struct.calcsize("<" + "".join(f.code for f in ENTRY_FIELDS))
_STRUCT = struct.Struct("<" + "".join(f.code for f in FIELDS))
_ENTRY = struct.Struct("<" + "".join(f.code for f in ENTRY_FIELDS))
assert STRUCT_SIZE <= BI_GDT


@dataclass(frozen=True)
class MemoryRegion:
    base: int
    length: int
    type: int

    @property
    def end(self) -> int:
        return self.base + self.length


def unpack(struct_bytes: bytes) -> dict[str, int]:
    """The boot-info structure's fields by name (for tests and tools)."""
    return dict(zip((f.name for f in FIELDS), _STRUCT.unpack_from(struct_bytes), strict=True))


def unpack_memory_map(data: bytes, count: int) -> list[MemoryRegion]:
    """``count`` memory-map entries from ``data``."""
    return [MemoryRegion(*_ENTRY.unpack_from(data, i * ENTRY_SIZE)[:3]) for i in range(count)]


_ASM_CONSTANTS = (
    "PROTOCOL_LONGMODE",
    "PROTOCOL_BOOTLOADER09",
    "PROTOCOL_BOOTLOADER011",
    "CRATE_BOOT_INFO",
    "CRATE_MAX_FIELDS",
    "BL11_REGIONS",
    "BL11_MAX_REGIONS",
    "STAGE1_COUNT_OFFSET",
    "STAGE1_CRC_OFFSET",
    "STAGE1_CHECKED_SECTORS",
    "RAW_E820",
    "E820_MAX",
    "LOADER_LOW_START",
    "BOOTINFO",
    "BOOTINFO_END",
    "LOADER_NAME_ADDR",
    "CMDLINE_ADDR",
    "CMDLINE_MAX",
    "MMAP",
    "MMAP_MAX",
    "SCRATCH_RANGES",
    "SCRATCH_CARVE",
    "CARVE_MAX",
    "SCRATCH_POINTS",
    "BOUNCE",
    "CHUNK_SECTORS",
    "PT_BASE",
    "PML4",
    "PDPT",
    "PD_BASE",
    "MAX_GIB_2M",
    "PT_END",
    "STACK_PHYS",
    "STACK_SIZE",
    "MB_STACK_TOP",
    "PHYS_OFFSET",
    "STACK_VIRT_BOTTOM",
    "STACK_VIRT_TOP",
    "VGA_TEXT_BUFFER",
    "CPU_NX",
    "CPU_PAGE1G",
    "DISPLAY_VGA_TEXT",
)


def asm_defines() -> dict[str, str | None]:
    """Every constant the assembly sources use, as NASM single-line macros."""
    values: dict[str, int] = {
        "BI_MAGIC_VALUE": MAGIC,
        "BI_VERSION_VALUE": VERSION,
        "BI_STRUCT_SIZE": STRUCT_SIZE,
        "BI_GDT": BI_GDT,
        "MMAP_ENTRY_SIZE": ENTRY_SIZE,
        "RANK_LOADER": RANK_LOADER,
        "MB1_INFO_FLAGS": MULTIBOOT1_INFO_FLAGS,
        "CODE32": 0x08,
        "DATA32": 0x10,
        "CODE64": 0x18,
        "COM1": 0x3F8,
    }
    for name in _ASM_CONSTANTS:
        values[name] = globals()[name]
    for memory_type in MemoryType:
        values[f"MT_{memory_type.name}"] = memory_type.value
    for field_name, offset in OFFSETS.items():
        values[f"BI_{field_name.upper()}"] = offset
    return {name: hex(value) for name, value in values.items()}


_C_TYPES = {"Q": "uint64_t", "I": "uint32_t", "H": "uint16_t", "B": "uint8_t"}
_RUST_TYPES = {"Q": "u64", "I": "u32", "H": "u16", "B": "u8"}


def render_c_header() -> str:
    """``examples/longmode_boot.h``."""
    lines = [
        f"/* longmode boot protocol, version {VERSION}: the structure RDI points to at the",
        " * kernel's entry. Generated from src/longmode/boot/bootinfo.py; see",
        " * docs/boot-protocol.md. Do not edit: a test compares this file. */",
        "#ifndef LONGMODE_BOOT_H",
        "#define LONGMODE_BOOT_H",
        "",
        "#include <stdint.h>",
        "",
        f'#define LONGMODE_BOOT_MAGIC UINT64_C({MAGIC:#x}) /* "LONGMODE" */',
        f"#define LONGMODE_BOOT_VERSION {VERSION}",
        f"#define LONGMODE_PHYS_OFFSET UINT64_C({PHYS_OFFSET:#x})",
        "",
    ]
    for memory_type in MemoryType:
        lines.append(f"#define LONGMODE_MEMORY_{memory_type.name} {memory_type.value:#x}")
    lines += ["", "struct longmode_memory_region {"]
    lines += [f"    {_C_TYPES[f.code]} {f.name}; /* {f.doc} */" for f in ENTRY_FIELDS]
    lines += ["};", "", "struct longmode_boot_info {"]
    lines += [f"    {_C_TYPES[f.code]} {f.name}; /* {f.doc} */" for f in FIELDS]
    lines += [
        "};",
        "",
        f'_Static_assert(sizeof(struct longmode_boot_info) == {STRUCT_SIZE}, "layout");',
        f'_Static_assert(sizeof(struct longmode_memory_region) == {ENTRY_SIZE}, "layout");',
        "",
        "#endif",
        "",
    ]
    return "\n".join(lines)


_NASM_RESERVE = {"Q": "resq", "I": "resd", "H": "resw", "B": "resb"}


def render_nasm() -> str:
    """The layout for NASM (`longmode new`'s assembly projects): constants and two
    ``struc``s."""
    lines = [
        f"; longmode boot protocol, version {VERSION}: the structure rdi points to at the",
        "; kernel's entry (see longmode's docs/boot-protocol.md). Written by `longmode new`.",
        "",
        f"LONGMODE_BOOT_MAGIC equ {MAGIC:#x} ; the bytes LONGMODE",
        f"LONGMODE_BOOT_VERSION equ {VERSION}",
        f"LONGMODE_PHYS_OFFSET equ {PHYS_OFFSET:#x}",
        "",
    ]
    lines += [f"LONGMODE_MEMORY_{t.name} equ {t.value:#x}" for t in MemoryType]
    for struc, fields in (
        ("longmode_memory_region", ENTRY_FIELDS),
        ("longmode_boot_info", FIELDS),
    ):
        lines += ["", f"struc {struc}"]
        lines += [f"    .{f.name}: {_NASM_RESERVE[f.code]} 1 ; {f.doc}" for f in fields]
        lines.append("endstruc")
    return "\n".join(lines) + "\n"


def render_rust() -> str:
    """``kernel/src/bootinfo.rs``."""
    lines = [
        f"//! The longmode boot protocol, version {VERSION}: the structure RDI points to",
        "//! at the kernel's entry. Generated from src/longmode/boot/bootinfo.py (see",
        "//! docs/boot-protocol.md); do not edit: a test compares this file.",
        "#![allow(dead_code)]",
        "",
        "/// The bytes `LONGMODE`.",
        f"pub const MAGIC: u64 = {MAGIC:#x};",
        "/// Layout version.",
        f"pub const VERSION: u32 = {VERSION};",
        "/// Where all physical memory is mapped.",
        f"pub const PHYS_OFFSET: u64 = {PHYS_OFFSET:#x};",
        "",
        "/// Memory-map entry types (other values: unknown E820 types, passed through).",
        "pub mod memory_type {",
    ]
    for memory_type in MemoryType:
        lines.append(f"    pub const {memory_type.name}: u32 = {memory_type.value:#x};")
    lines += ["}", "", "/// One memory-map entry.", "#[repr(C)]", "#[derive(Clone, Copy, Debug)]"]
    lines += ["pub struct MemoryRegion {"]
    for f in ENTRY_FIELDS:
        lines += [f"    /// {f.doc}", f"    pub {_rust_name(f.name)}: {_RUST_TYPES[f.code]},"]
    lines += ["}", "", "/// The boot information.", "#[repr(C)]", "#[derive(Debug)]"]
    lines += ["pub struct BootInfo {"]
    for f in FIELDS:
        lines += [f"    /// {f.doc}", f"    pub {f.name}: {_RUST_TYPES[f.code]},"]
    lines += [
        "}",
        "",
        "impl BootInfo {",
        "    /// The memory map (physical addresses are identity-mapped below 4 GiB).",
        "    ///",
        "    /// # Safety",
        "    /// `self` must be the structure the loader passed in RDI.",
        "    pub unsafe fn memory_map(&self) -> &[MemoryRegion] {",
        "        core::slice::from_raw_parts(",
        "            self.memory_map as *const MemoryRegion,",
        "            self.memory_map_count as usize,",
        "        )",
        "    }",
        "}",
        "",
        f"const _: () = assert!(core::mem::size_of::<BootInfo>() == {STRUCT_SIZE});",
        f"const _: () = assert!(core::mem::size_of::<MemoryRegion>() == {ENTRY_SIZE});",
        "",
    ]
    return "\n".join(lines)


def render_markdown_tables() -> str:
    """The field tables of docs/boot-protocol.md (a test checks the doc holds them)."""
    lines = ["| offset | field | type | meaning |", "| --- | --- | --- | --- |"]
    for f in FIELDS:
        lines.append(f"| {OFFSETS[f.name]:#04x} | `{f.name}` | {_RUST_TYPES[f.code]} | {f.doc} |")
    lines += ["", "| offset | field | type | meaning |", "| --- | --- | --- | --- |"]
    for f, offset in zip(ENTRY_FIELDS, _offsets(ENTRY_FIELDS).values(), strict=True):
        lines.append(f"| {offset:#04x} | `{f.name}` | {_RUST_TYPES[f.code]} | {f.doc} |")
    lines += ["", "| value | type | meaning |", "| --- | --- | --- |"]
    for t in MemoryType:
        lines.append(f"| {t.value:#x} | `{t.name}` | {_TYPE_DOCS[t]} |")
    return "\n".join(lines) + "\n"


_TYPE_DOCS = {
    MemoryType.USABLE: "free RAM (4 KiB aligned)",
    MemoryType.RESERVED: "reserved by the firmware or hardware",
    MemoryType.ACPI_RECLAIMABLE: "ACPI tables; usable once they are read",
    MemoryType.ACPI_NVS: "ACPI non-volatile storage; never use",
    MemoryType.BAD_MEMORY: "defective RAM",
    MemoryType.BOOTLOADER: "the loader's code, buffers and the kernel file's staging copy: "
    "reclaimable once the kernel no longer needs the boot info",
    MemoryType.KERNEL: "the kernel's loaded segments",
    MemoryType.PAGE_TABLES: "the page tables in CR3 (reclaimable after switching tables)",
    MemoryType.KERNEL_STACK: "the kernel stack's physical pages",
    MemoryType.BOOT_INFO: "this structure, the command line, the memory map, the GDT",
}


def _rust_name(name: str) -> str:
    return "r#type" if name == "type" else name
