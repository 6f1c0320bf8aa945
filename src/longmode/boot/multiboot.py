"""Multiboot 1 and 2 headers: finding them and turning them into a load plan.

Multiboot 1 (magic 0x1BADB002): in the first 8 KiB, 4-byte aligned; flags,
checksum; the address fields (a.out kludge) when flags bit 16 is set.
Multiboot 2 (magic 0xE85250D6): in the first 32 KiB, 8-byte aligned;
architecture 0 (i386), header length, checksum, then 8-byte aligned tags
ending with type 0. Without address fields the kernel must be an ELF file and
its PT_LOAD segments are loaded at their physical addresses.

The loader (stage 2) receives the plan — at most four segments of (file
offset, physical address, file size, memory size) and an entry point — and
hands over as the spec says: 32-bit protected mode, flat segments, paging off,
EAX = the magic, EBX = the information structure.
"""

from __future__ import annotations

import struct
from collections.abc import Iterator
from dataclasses import dataclass
from enum import IntEnum

MB1_MAGIC = 0x1BADB002
MB1_BOOTLOADER_MAGIC = 0x2BADB002
MB1_SEARCH = 8192
MB1_FLAG_AOUT_KLUDGE = 1 << 16
#: Flags bits 0-15 are requirements; these are the ones the loader meets
#: (0: page-aligned modules — there are none; 1: memory information).
MB1_SUPPORTED_REQUIREMENTS = (1 << 0) | (1 << 1)

MB2_MAGIC = 0xE85250D6
MB2_BOOTLOADER_MAGIC = 0x36D76289
MB2_SEARCH = 32768
MB2_TAG_OPTIONAL = 1
#: Information tags the loader provides (cmdline, loader name, basic meminfo,
#: boot device, memory map).
MB2_PROVIDED_INFO = frozenset({1, 2, 4, 5, 6})

MAX_SEGMENTS = 4


class Mb2HeaderTag(IntEnum):
    END = 0
    INFORMATION_REQUEST = 1
    ADDRESS = 2
    ENTRY_ADDRESS = 3
    CONSOLE_FLAGS = 4
    FRAMEBUFFER = 5
    MODULE_ALIGN = 6
    EFI_BS = 7
    ENTRY_ADDRESS_EFI32 = 8
    ENTRY_ADDRESS_EFI64 = 9
    RELOCATABLE = 10


@dataclass(frozen=True)
class LoadSegment:
    """Bytes ``file[offset:offset+filesz]`` at ``paddr``, zeroed up to ``memsz``."""

    offset: int
    paddr: int
    filesz: int
    memsz: int
    vaddr: int = -1

    @property
    def end(self) -> int:
        return self.paddr + self.memsz


@dataclass(frozen=True)
class AddressFields:
    """Multiboot 1 flags-bit-16 fields, or the Multiboot 2 address tag."""

    header_addr: int
    load_addr: int
    load_end_addr: int
    bss_end_addr: int


@dataclass(frozen=True)
class MultibootHeader:
    version: int  # 1 or 2
    offset: int  # of the header in the file
    address: AddressFields | None
    entry: int | None  # the address-field or entry-tag entry point


class MultibootError(ValueError):
    """The header asks for something the loader cannot do (message without path)."""


def find_header(data: bytes) -> MultibootHeader | None:
    """The Multiboot 2 header if there is one, else the Multiboot 1 header, else None."""
    return _find_mb2(data) or _find_mb1(data)


def _candidates(data: bytes, magic: bytes, limit: int, alignment: int) -> Iterator[int]:
    """The offsets up to ``limit`` where ``magic`` starts, on ``alignment`` boundaries."""
    if limit < 0:
        return
    offset = data.find(magic, 0, limit + len(magic))
    while offset >= 0:
        if offset % alignment == 0:
            yield offset
        offset = data.find(magic, offset + 1, limit + len(magic))


def _find_mb1(data: bytes) -> MultibootHeader | None:
    limit = min(len(data), MB1_SEARCH) - 12
    for offset in _candidates(data, b"\x02\xb0\xad\x1b", limit, 4):
        magic, flags, checksum = struct.unpack_from("<III", data, offset)
        if (magic + flags + checksum) & 0xFFFFFFFF:
            continue
        required = flags & 0xFFFF & ~MB1_SUPPORTED_REQUIREMENTS
        if required:
            what = "a video mode (bit 2)" if required & 4 else f"flags {required:#x}"
            raise MultibootError(
                f"the Multiboot 1 header requires {what}, which longmode does not provide"
            )
        address = entry = None
        if flags & MB1_FLAG_AOUT_KLUDGE:
            if offset + 32 > len(data):
                raise MultibootError("the Multiboot 1 header's address fields are truncated")
            fields = struct.unpack_from("<5I", data, offset + 12)
            address = AddressFields(*fields[:4])
            entry = fields[4]
        return MultibootHeader(1, offset, address, entry)
    return None


def _find_mb2(data: bytes) -> MultibootHeader | None:
    limit = min(len(data), MB2_SEARCH) - 16
    for offset in _candidates(data, b"\xd6\x50\x52\xe8", limit, 8):
        magic, arch, length, checksum = struct.unpack_from("<IIII", data, offset)
        if (magic + arch + length + checksum) & 0xFFFFFFFF or length < 16:
            continue
        if arch != 0:
            raise MultibootError(f"the Multiboot 2 header is for architecture {arch}, not i386 (0)")
        return _read_mb2_tags(data, offset, length)
    return None


def _read_mb2_tags(data: bytes, offset: int, length: int) -> MultibootHeader:
    address = entry = None
    pos = offset + 16
    end = min(offset + length, len(data))
    while pos + 8 <= end:
        tag, flags, size = struct.unpack_from("<HHI", data, pos)
        if size < 8:
            raise MultibootError(f"Multiboot 2 header tag {tag} has size {size} (at least 8)")
        optional = bool(flags & MB2_TAG_OPTIONAL)
        if tag == Mb2HeaderTag.END:
            break
        if tag == Mb2HeaderTag.INFORMATION_REQUEST and not optional:
            for (wanted,) in struct.iter_unpack("<I", data[pos + 8 : pos + size - (size % 4)]):
                if wanted not in MB2_PROVIDED_INFO:
                    raise MultibootError(
                        f"the Multiboot 2 header requires information tag {wanted}, which "
                        "longmode does not provide (mark the request optional)"
                    )
        elif tag == Mb2HeaderTag.ADDRESS:
            address = AddressFields(*struct.unpack_from("<4I", data, pos + 8))
        elif tag == Mb2HeaderTag.ENTRY_ADDRESS:
            (entry,) = struct.unpack_from("<I", data, pos + 8)
        elif tag == Mb2HeaderTag.FRAMEBUFFER and not optional:
            raise MultibootError(
                "the Multiboot 2 header requires a framebuffer, which longmode does not set "
                "up (mark the tag optional)"
            )
        pos += (size + 7) & ~7
    return MultibootHeader(2, offset, address, entry)


def address_plan(header: MultibootHeader, file_size: int) -> list[LoadSegment]:
    """The single segment the address fields describe (the a.out kludge)."""
    fields = header.address
    assert fields is not None
    if fields.load_addr > fields.header_addr:
        raise MultibootError(
            f"load_addr {fields.load_addr:#x} is above header_addr {fields.header_addr:#x}"
        )
    file_offset = header.offset - (fields.header_addr - fields.load_addr)
    if file_offset < 0:
        raise MultibootError(
            "header_addr - load_addr is larger than the header's offset in the file"
        )
    if fields.load_end_addr:
        if fields.load_end_addr < fields.load_addr:
            raise MultibootError("load_end_addr is below load_addr")
        filesz = fields.load_end_addr - fields.load_addr
    else:
        filesz = file_size - file_offset
    if file_offset + filesz > file_size:
        raise MultibootError(
            f"load_end_addr {fields.load_end_addr:#x} lies past the end of the file"
        )
    memsz = filesz
    if fields.bss_end_addr:
        if fields.bss_end_addr < fields.load_addr + filesz:
            raise MultibootError("bss_end_addr is below load_end_addr")
        memsz = fields.bss_end_addr - fields.load_addr
    return [LoadSegment(file_offset, fields.load_addr, filesz, memsz)]
