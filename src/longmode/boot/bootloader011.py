"""Kernels built against ``bootloader_api`` 0.11 (``entry_point!``, ``&'static mut
BootInfo``), booted by longmode's loader as the ``bootloader`` 0.11 crate's BIOS
loader starts them.

What that loader does is written down in shared/notes/bootloader-0.11.md (read
from bootloader v0.11.16's source); docs/boot-protocol.md says what we
reproduce. A kernel is taken for a 0.11 kernel when its ELF file has the
``.bootloader-config`` section that ``entry_point!`` emits: the 133 bytes of a
serialized ``BootloaderConfig``, checked here as the crate's ``deserialize``
checks them. The decisions that depend only on the kernel file are made here,
when the image is built: the level-4 slots of the kernel (a PIE is placed in the
lowest free one), its stack, the framebuffer, the physical-memory map, the
recursive entry and the boot information, in the crate's order; the
relocations to apply; and the ``BootInfo`` fields that are constants. Stage 2
(``long64.inc``) then picks the VBE mode, maps all of it, applies the
relocations, writes the memory regions and enters the kernel.
"""

from __future__ import annotations

import struct
from dataclasses import dataclass
from pathlib import Path

from longmode.boot.bootinfo import BL11_MAX_REGIONS, BL11_REGIONS
from longmode.boot.bootloader09 import IDENTITY_MAPPED, PAGE, SLOT, canonical, slot_of
from longmode.errors import LongmodeError

SECTION = ".bootloader-config"
CONFIG_SIZE = 133
#: ``bootloader_api`` 0.11.1-0.11.10 wrote 124 bytes (no ``kernel_base`` mapping).
OLD_CONFIG_SIZE = 124
UUID = bytes.fromhex("743ca961093646a0bb555c158915253d")
#: The version the BootInfo reports: the loader's own (bootloader 0.11.16's), as the crate's.
API_VERSION = (0, 11, 16)
DEFAULT_STACK_SIZE = 80 << 10
#: ``BootInfo``'s size; the memory regions follow it in the same block.
BOOT_INFO_SIZE = 232
REGIONS_OFFSET = BL11_REGIONS
#: Regions that fit after the BootInfo in its 4 KiB page (more are cut).
MAX_REGIONS = BL11_MAX_REGIONS
#: ``Optional<T>``'s tags.
SOME, NONE = 0, 1
#: The crate's loader takes the level-4 slots of ``[0, max_phys)`` for its identity
#: range, max_phys being the end of the highest E820 entry (at least 4 GiB). The
#: slots are chosen here, when the image is built, for the PCs we boot on: QEMU 7+
#: and longmode's machine reserve 1 TiB - 12 GiB .. 1 TiB (AMD's HyperTransport
#: range), so max_phys is 1 TiB and slots 0 and 1 are taken.
ASSUMED_MAX_PHYS = 1 << 40
ET_EXEC, ET_DYN = 2, 3
PT_LOAD, PT_DYNAMIC, PT_TLS, PT_GNU_RELRO = 1, 2, 7, 0x6474E552
DT_NULL, DT_RELA, DT_RELASZ, DT_RELAENT = 0, 7, 8, 9
R_X86_64_RELATIVE = 8

# BootInfo field offsets (bootloader_api 0.11.16, measured: the note's §2).
BI_API_VERSION = 0
BI_REGIONS_PTR = 8
BI_PHYSICAL_MEMORY_OFFSET = 88
BI_RECURSIVE_INDEX = 104
BI_TLS_TEMPLATE = 128
BI_RAMDISK_ADDR = 160
BI_KERNEL_ADDR = 184
BI_KERNEL_LEN = 192
BI_KERNEL_IMAGE_OFFSET = 200
BI_KERNEL_STACK_BOTTOM = 208
BI_KERNEL_STACK_LEN = 216


class ProtocolError(LongmodeError):
    """The kernel's bootloader_api configuration cannot be honoured; one paragraph."""


@dataclass(frozen=True)
class Config011:
    """A deserialized ``BootloaderConfig``: each mapping is None (Dynamic) or its
    fixed address; the ``Option`` ones are ``absent`` (None) or a mapping."""

    version: tuple[int, int, int]
    kernel_stack_size: int = DEFAULT_STACK_SIZE
    kernel_stack: int | None = None
    kernel_base: int | None = None
    boot_info: int | None = None
    framebuffer: int | None = None
    #: (present, fixed address or None).
    physical_memory: tuple[bool, int | None] = (False, None)
    page_table_recursive: tuple[bool, int | None] = (False, None)
    aslr: bool = False
    dynamic_range_start: int | None = None
    dynamic_range_end: int | None = None


def parse_config(raw: bytes, where: str) -> Config011:
    """The configuration in the section's bytes; raises ProtocolError as the crate's
    ``BootloaderConfig::deserialize`` refuses them (its messages, quoted)."""
    if len(raw) != CONFIG_SIZE:
        hint = ""
        if len(raw) == OLD_CONFIG_SIZE:
            hint = (
                " (124 bytes: built against bootloader_api 0.11.1-0.11.10, which "
                "bootloader 0.11.16's loader refuses too; update bootloader_api)"
            )
        raise ProtocolError(
            f"{where}: the {SECTION} section is {len(raw)} bytes, not {CONFIG_SIZE}: "
            f'"invalid len"{hint}'
        )
    if raw[:16] != UUID:
        raise ProtocolError(
            f'{where}: the {SECTION} section does not start with its UUID: "invalid UUID"'
        )
    major, minor, patch, pre = struct.unpack_from("<HHHB", raw, 16)
    if pre not in (0, 1):
        raise ProtocolError(f'{where}: {SECTION} byte 22 is {pre}: "invalid pre version"')
    (stack_size,) = struct.unpack_from("<Q", raw, 23)

    def mapping(offset: int, name: str) -> int | None:
        tag, address = raw[offset], struct.unpack_from("<Q", raw, offset + 1)[0]
        if tag == 0 and address == 0:
            return None
        if tag == 1:
            return int(address)
        raise ProtocolError(
            f'{where}: {SECTION} bytes {offset}-{offset + 8} ({name}): "invalid mapping value"'
        )

    def optional_mapping(offset: int, name: str) -> tuple[bool, int | None]:
        if raw[offset] == 0 and not any(raw[offset + 1 : offset + 10]):
            return (False, None)
        if raw[offset] == 1:
            return (True, mapping(offset + 1, name))
        raise ProtocolError(f'{where}: {SECTION} byte {offset} ({name}): "invalid {name} value"')

    def optional_u64(offset: int, name: str) -> int | None:
        tag, value = raw[offset], struct.unpack_from("<Q", raw, offset + 1)[0]
        if tag == 0 and value == 0:
            return None
        if tag == 1:
            return int(value)
        raise ProtocolError(f'{where}: {SECTION} byte {offset} ({name}): "invalid {name} value"')

    if raw[87] not in (0, 1):
        raise ProtocolError(f'{where}: {SECTION} byte 87 is {raw[87]}: "invalid aslr value"')
    config = Config011(
        version=(major, minor, patch),
        kernel_stack_size=stack_size,
        kernel_stack=mapping(31, "kernel_stack"),
        kernel_base=mapping(40, "kernel_base"),
        boot_info=mapping(49, "boot_info"),
        framebuffer=mapping(58, "framebuffer"),
        physical_memory=optional_mapping(67, "physical_memory"),
        page_table_recursive=optional_mapping(77, "page_table_recursive"),
        aslr=bool(raw[87]),
        dynamic_range_start=optional_u64(88, "dynamic_range_start"),
        dynamic_range_end=optional_u64(97, "dynamic_range_end"),
    )
    mapping(106, "ramdisk_memory")
    optional_u64(115, "minimum_framebuffer_height")
    optional_u64(124, "minimum_framebuffer_width")
    if config.kernel_stack_size == 0:
        raise ProtocolError(f"{where}: {SECTION} asks for a kernel stack of 0 bytes")
    return config


# --- the ELF file ------------------------------------------------------------------


@dataclass(frozen=True)
class ElfFacts:
    """What the 0.11 protocol needs of a kernel file beyond its PT_LOAD segments."""

    elf_type: int
    #: (p_offset, p_vaddr, p_filesz, p_memsz, p_align) of each PT_LOAD with memsz > 0.
    loads: tuple[tuple[int, int, int, int, int], ...]
    #: (p_vaddr, p_filesz, p_memsz) of the PT_TLS header, if any.
    tls: tuple[int, int, int] | None
    #: (p_vaddr, p_memsz) of PT_GNU_RELRO, if any.
    relro: tuple[int, int] | None
    #: DT_RELA's address (p_vaddr space) and the relocations' (r_offset, r_addend).
    rela: tuple[int, tuple[tuple[int, int], ...]] | None


def config_section(path: Path, data: bytes) -> bytes | None:
    """The bytes of ``data``'s ``.bootloader-config`` section, or None (no section, or
    not an ELF64 file with section headers that can be read)."""
    if len(data) < 64 or data[:4] != b"\x7fELF" or data[4] != 2 or data[5] != 1:
        return None
    (shoff,) = struct.unpack_from("<Q", data, 0x28)
    shentsize, shnum, shstrndx = struct.unpack_from("<HHH", data, 0x3A)
    if shoff == 0 or shentsize < 64 or shstrndx >= shnum or shoff + shnum * shentsize > len(data):
        return None

    def header(index: int) -> tuple[int, int, int, int]:
        name, kind, _, _, offset, size = struct.unpack_from(
            "<IIQQQQ", data, shoff + index * shentsize
        )
        return name, kind, offset, size

    _, _, names_at, names_size = header(shstrndx)
    if names_at + names_size > len(data):
        return None
    names = data[names_at : names_at + names_size]
    wanted = SECTION.encode() + b"\0"
    for index in range(shnum):
        name, kind, offset, size = header(index)
        if names[name : name + len(wanted)] == wanted:
            if kind == 8:  # SHT_NOBITS
                return b""
            if offset + size > len(data):
                raise ProtocolError(f"{path}: the {SECTION} section ends past the end of the file")
            return data[offset : offset + size]
    return None


def elf_facts(path: Path, data: bytes) -> ElfFacts:
    """The program headers and relocations a 0.11 kernel is loaded by (the file's
    header and program headers are checked by the image builder first)."""
    (elf_type,) = struct.unpack_from("<H", data, 16)
    (phoff,) = struct.unpack_from("<Q", data, 0x20)
    phentsize, phnum = struct.unpack_from("<HH", data, 0x36)
    loads, tls, relro, dynamic = [], [], None, []
    for index in range(phnum):
        p_type, _flags, offset, vaddr, _paddr, filesz, memsz, align = struct.unpack_from(
            "<IIQQQQQQ", data, phoff + index * phentsize
        )
        if p_type == PT_LOAD and memsz:
            loads.append((offset, vaddr, filesz, memsz, align))
        elif p_type == PT_TLS:
            tls.append((vaddr, filesz, memsz))
        elif p_type == PT_GNU_RELRO:
            relro = (vaddr, memsz)
        elif p_type == PT_DYNAMIC:
            dynamic.append((offset, filesz))
    if elf_type not in (ET_EXEC, ET_DYN):
        raise ProtocolError(
            f"{path}: ELF type {elf_type}; bootloader 0.11 loads executables (ET_EXEC) and "
            "position-independent executables (ET_DYN) only"
        )
    if len(tls) > 1:
        raise ProtocolError(f"{path}: {len(tls)} PT_TLS headers; bootloader 0.11 takes one")
    rela = None
    for offset, size in dynamic:
        rela = _relocations(path, data, loads, offset, size) or rela
    return ElfFacts(elf_type, tuple(loads), tls[0] if tls else None, relro, rela)


def _relocations(
    path: Path,
    data: bytes,
    loads: list[tuple[int, int, int, int, int]],
    offset: int,
    size: int,
) -> tuple[int, tuple[tuple[int, int], ...]] | None:
    """DT_RELA's table, read as the crate's loader reads it (DT_REL and DT_RELR are
    ignored, as there); every entry must be R_X86_64_RELATIVE without a symbol."""
    if offset + size > len(data):
        raise ProtocolError(f"{path}: the PT_DYNAMIC segment ends past the end of the file")
    tags: dict[int, int] = {}
    for at in range(offset, offset + size - 15, 16):
        tag, value = struct.unpack_from("<qQ", data, at)
        if tag == DT_NULL:
            break
        if tag in (DT_RELA, DT_RELASZ, DT_RELAENT):
            if tag in tags:
                raise ProtocolError(f"{path}: PT_DYNAMIC has two entries with tag {tag}")
            tags[tag] = value
    if DT_RELA not in tags:
        return None
    if tags.get(DT_RELAENT, 24) != 24:
        raise ProtocolError(f"{path}: DT_RELAENT is {tags[DT_RELAENT]}, not 24")
    address, count = tags[DT_RELA], tags.get(DT_RELASZ, 0) // 24
    table = _file_offset(loads, address, count * 24)
    if table is None or table + count * 24 > len(data):
        raise ProtocolError(
            f"{path}: the relocation table at {address:#x} ({count} entries) is not in the "
            "file bytes of a PT_LOAD segment"
        )
    entries = []
    for index in range(count):
        r_offset, info, addend = struct.unpack_from("<QQq", data, table + index * 24)
        kind, symbol = info & 0xFFFF_FFFF, info >> 32
        if kind != R_X86_64_RELATIVE or symbol:
            raise ProtocolError(
                f"{path}: relocation {index} at {r_offset:#x} has type {kind} (symbol "
                f"{symbol}); bootloader 0.11 applies only R_X86_64_RELATIVE (8) without a "
                "symbol: link the kernel static (-static-pie, no shared libraries)"
            )
        if not any(
            vaddr <= r_offset and r_offset + 8 <= vaddr + memsz for _, vaddr, _, memsz, _ in loads
        ):
            raise ProtocolError(
                f"{path}: relocation {index} writes at {r_offset:#x}, outside every PT_LOAD segment"
            )
        entries.append((r_offset, addend))
    return address, tuple(entries)


def _file_offset(
    loads: list[tuple[int, int, int, int, int]], address: int, size: int
) -> int | None:
    for offset, vaddr, filesz, _, _ in loads:
        if vaddr <= address and address + size <= vaddr + filesz:
            return offset + address - vaddr
    return None


# --- the plan ------------------------------------------------------------------------


@dataclass(frozen=True)
class Plan011:
    """What stage 2 is told (see :func:`plan`)."""

    #: Added to every p_vaddr (a PIE's base; 0 for ET_EXEC): ``kernel_image_offset``.
    image_offset: int
    boot_info: int
    stack_guard: int
    stack_pages: int
    stack_phys: int
    rsp: int
    framebuffer: int
    physical_slot: int | None
    recursive_slot: int | None
    #: (offset in BootInfo, value) for the fields that are constants.
    fields: tuple[tuple[int, int], ...]
    #: Page-rounded virtual range whose pages lose write access (PT_GNU_RELRO).
    relro: tuple[int, int] = (0, 0)


def image_span(facts: ElfFacts) -> tuple[int, int, int]:
    """(lowest p_vaddr, size, largest p_align) of the PT_LOAD segments."""
    low = min(vaddr for _, vaddr, _, _, _ in facts.loads)
    high = max(vaddr + memsz for _, vaddr, _, memsz, _ in facts.loads)
    return low, high - low, max([align for *_, align in facts.loads] + [PAGE])


def plan(
    config: Config011,
    facts: ElfFacts,
    *,
    staging: int,
    kernel_len: int,
    stack_phys: int,
    path: Path,
) -> Plan011:
    """Places everything as the crate's loader does (its ``UsedLevel4Entries``): slot 0
    (the identity range) and the slots of fixed
    mappings, of an ET_EXEC kernel's segments and outside the dynamic range are
    used; each Dynamic mapping takes the lowest free run of whole slots, in the
    order kernel (a PIE), stack (with its guard page), framebuffer, physical
    memory, recursive entry, boot information (see :data:`ASSUMED_MAX_PHYS`)."""
    where = f"{path}: {SECTION}"
    used = set(range(slot_of(ASSUMED_MAX_PHYS - 1) + 1))
    low, size, align = image_span(facts)

    def mark(start: int, length: int) -> None:
        used.update(range(slot_of(start), slot_of(start + max(length, 1) - 1) + 1))

    def fixed(address: int | None, name: str, alignment: int = PAGE) -> None:
        if address is None:
            return
        if address % alignment:
            raise ProtocolError(f"{where}: {name} {address:#x} is not {alignment:#x}-aligned")
        if address < IDENTITY_MAPPED and name != "kernel_base":
            raise ProtocolError(
                f"{where}: {name} {address:#x} is in the first 4 GiB, which longmode's loader "
                "identity-maps with large pages (not done yet: give an address above 4 GiB)"
            )

    fixed(config.kernel_stack, "kernel_stack")
    fixed(config.boot_info, "boot_info")
    fixed(config.framebuffer, "framebuffer")
    present, physical = config.physical_memory
    if present and physical is not None:
        fixed(physical, "physical_memory", SLOT)
        mark(physical, 1)
    rec_present, rec_address = config.page_table_recursive
    if rec_present and rec_address is not None:
        fixed(rec_address, "page_table_recursive", SLOT)
        mark(rec_address, 1)
    if config.kernel_stack is not None:
        mark(config.kernel_stack, config.kernel_stack_size)
    if config.boot_info is not None:
        mark(config.boot_info, BOOT_INFO_SIZE)
    if config.framebuffer is not None:
        mark(config.framebuffer, 1)
    if facts.elf_type == ET_EXEC:
        if config.kernel_base is not None:
            raise ProtocolError(
                f"{where}: kernel_base is a fixed address, but the kernel is not position-"
                "independent (ET_EXEC); bootloader 0.11 refuses this"
            )
        for _, vaddr, _, memsz, _ in facts.loads:
            mark(vaddr, memsz)
    elif config.kernel_base is not None:
        fixed(config.kernel_base, "kernel_base", align)
        mark(config.kernel_base + low, size)
    if config.dynamic_range_start is not None and config.dynamic_range_start >= PAGE:
        used.update(range(0, slot_of(config.dynamic_range_start - PAGE) + 1))
    if config.dynamic_range_end is not None and config.dynamic_range_end < 0xFFFF_FFFF_FFFF_F000:
        used.update(range(slot_of(config.dynamic_range_end + PAGE), 512))

    def take(length: int, name: str) -> int:
        count = -(-length // SLOT)
        for first in range(512 - count + 1):
            if not used.intersection(range(first, first + count)):
                used.update(range(first, first + count))
                return canonical(first * SLOT)
        raise ProtocolError(f"{where}: no free level-4 slots left for the {name}")

    image_offset = 0
    if facts.elf_type == ET_DYN:
        base = config.kernel_base
        image_offset = base if base is not None else take(size, "kernel") - low
    stack_guard = config.kernel_stack
    if stack_guard is None:
        stack_guard = take(PAGE + config.kernel_stack_size, "kernel stack")
    framebuffer = config.framebuffer if config.framebuffer is not None else take(1, "framebuffer")
    physical_slot = None
    if present:
        if physical is None:
            physical = take(ASSUMED_MAX_PHYS, "physical-memory map")
        physical_slot = slot_of(physical)
    recursive_slot = None
    if rec_present:
        recursive_slot = (
            slot_of(rec_address) if rec_address is not None else slot_of(take(1, "recursive entry"))
        )
    boot_info = (
        config.boot_info
        if config.boot_info is not None
        else take(BOOT_INFO_SIZE, "boot information")
    )

    bottom = stack_guard + PAGE
    fields = [
        (BI_API_VERSION, API_VERSION[0] | API_VERSION[1] << 16 | API_VERSION[2] << 32),
        (BI_REGIONS_PTR, boot_info + REGIONS_OFFSET),
        (BI_PHYSICAL_MEMORY_OFFSET, NONE if physical is None else SOME),
        (BI_RECURSIVE_INDEX, NONE if recursive_slot is None else SOME | recursive_slot << 32),
        (BI_TLS_TEMPLATE, NONE if facts.tls is None else SOME),
        (BI_RAMDISK_ADDR, NONE),
        (BI_KERNEL_ADDR, staging),
        (BI_KERNEL_LEN, kernel_len),
        (BI_KERNEL_IMAGE_OFFSET, image_offset),
        (BI_KERNEL_STACK_BOTTOM, bottom),
        (BI_KERNEL_STACK_LEN, config.kernel_stack_size),
    ]
    if physical is not None:
        fields.append((BI_PHYSICAL_MEMORY_OFFSET + 8, physical))
    if facts.tls is not None:
        vaddr, filesz, memsz = facts.tls
        fields += [(BI_TLS_TEMPLATE + 8, image_offset + vaddr), (BI_TLS_TEMPLATE + 16, filesz)]
        fields.append((BI_TLS_TEMPLATE + 24, memsz))
    relro = (0, 0)
    if facts.relro is not None:
        start, length = facts.relro
        relro = (
            (image_offset + start) & ~(PAGE - 1),
            (image_offset + start + length + PAGE - 1) & ~(PAGE - 1),
        )
    return Plan011(
        image_offset=image_offset,
        boot_info=boot_info,
        stack_guard=stack_guard,
        stack_pages=-(-config.kernel_stack_size // PAGE),
        stack_phys=stack_phys,
        rsp=((bottom + config.kernel_stack_size) & ~15) - 8,
        framebuffer=framebuffer,
        physical_slot=physical_slot,
        recursive_slot=recursive_slot,
        fields=tuple((offset, value & (1 << 64) - 1) for offset, value in fields),
        relro=relro,
    )
