"""Writing the executable: ELF64 x86-64 or ELF32 i386, ET_EXEC (or ET_DYN for a
static PIE), with program headers, the output sections, a symbol table and
section headers (System V gABI, "ELF Header", "Program Header", "Sections").

File offsets are chosen here: each loaded section sits at an offset congruent to
its address modulo the segment's alignment (the maximum page size), as loaders
that map pages need; a segment that holds the headers starts at offset 0.
"""

from __future__ import annotations

import struct
from dataclasses import dataclass, field
from typing import NamedTuple

from longmode.link.model import (
    EM_386,
    EM_X86_64,
    SHF_ALLOC,
    SHF_EXECINSTR,
    SHF_WRITE,
    SHT_NOBITS,
    SHT_STRTAB,
    SHT_SYMTAB,
)

PT_NULL, PT_LOAD, PT_DYNAMIC, PT_INTERP, PT_NOTE, PT_PHDR, PT_TLS = 0, 1, 2, 3, 4, 6, 7
PT_GNU_EH_FRAME, PT_GNU_STACK, PT_GNU_RELRO = 0x6474E550, 0x6474E551, 0x6474E552
PF_X, PF_W, PF_R = 1, 2, 4
ET_EXEC, ET_DYN = 2, 3


@dataclass(slots=True, eq=False)
class OutputSection:
    """A section of the output: where it is, and its bytes."""

    name: str
    type: int
    flags: int
    address: int = 0
    load_address: int = 0
    align: int = 1
    size: int = 0
    #: The bytes (None for SHT_NOBITS).
    data: bytearray | None = None
    entsize: int = 0
    link: int = 0
    info: int = 0
    #: Program headers named by the script (``:phdr``), if any.
    phdrs: tuple[str, ...] = ()
    #: Set when written.
    offset: int = 0
    index: int = 0

    @property
    def is_alloc(self) -> bool:
        return bool(self.flags & SHF_ALLOC)

    @property
    def segment_flags(self) -> int:
        flags = PF_R
        if self.flags & SHF_WRITE:
            flags |= PF_W
        if self.flags & SHF_EXECINSTR:
            flags |= PF_X
        return flags


@dataclass(slots=True, eq=False)
class Segment:
    """A program header and the output sections it covers."""

    type: int
    flags: int
    sections: list[OutputSection] = field(default_factory=list)
    align: int = 0x1000
    #: FILEHDR / PHDRS: the segment also covers the ELF header / program headers.
    file_header: bool = False
    program_headers: bool = False
    #: An explicit physical address (PHDRS ``AT()``), else the first section's.
    physical: int | None = None
    #: Where it ends when that is past its last section (PT_GNU_RELRO: the RELRO end).
    end: int | None = None
    #: Set when written (for segments without sections: what the caller gives).
    vaddr: int = 0
    paddr: int = 0
    offset: int = 0
    filesz: int = 0
    memsz: int = 0


class OutputSymbol(NamedTuple):
    name: str
    value: int
    size: int
    bind: int
    type: int
    visibility: int
    #: The output section it is relative to (None: absolute, SHN_ABS).
    section: OutputSection | None


@dataclass(slots=True)
class Executable:
    machine: int
    entry: int
    sections: list[OutputSection]
    segments: list[Segment]
    #: Local symbols first (as the gABI requires), then globals.
    symbols: list[OutputSymbol]
    elf_type: int = ET_EXEC


def header_size(machine: int, segments: int) -> int:
    """SIZEOF_HEADERS: the ELF header and ``segments`` program headers."""
    if machine == EM_X86_64:
        return 64 + 56 * segments
    return 52 + 32 * segments


def write(exe: Executable) -> bytes:
    """The file's bytes."""
    wide = exe.machine == EM_X86_64
    ehsize, phentsize, shentsize = (64, 56, 64) if wide else (52, 32, 40)
    phoff = ehsize
    headers_end = phoff + phentsize * len(exe.segments)
    out = bytearray(headers_end)

    # Place the loaded sections: offset = address modulo the segment's alignment.
    placed: set[int] = set()
    position = headers_end
    for segment in exe.segments:
        if segment.type != PT_LOAD:
            continue
        for section in segment.sections:
            if id(section) in placed:
                continue
            placed.add(id(section))
            if section.type == SHT_NOBITS:
                section.offset = position
                continue
            align = max(segment.align, 1)
            want = section.address % align
            if position % align != want:
                position += (want - position) % align
            section.offset = position
            position += section.size
    for section in exe.sections:
        if id(section) in placed:
            continue
        placed.add(id(section))
        if section.type == SHT_NOBITS:
            section.offset = position
            continue
        position = _align(position, section.align if section.is_alloc else max(section.align, 1))
        section.offset = position
        position += section.size
    for section in exe.sections:
        if section.type != SHT_NOBITS and section.data is not None:
            end = section.offset + section.size
            if len(out) < end:
                out.extend(bytes(end - len(out)))
            out[section.offset : end] = section.data[: section.size]

    # Symbol table, string tables, section headers.
    names = _Strings()
    strtab = _Strings()
    for index, section in enumerate(exe.sections, 1):
        section.index = index
    symtab = bytearray(_symbol(wide, 0, 0, 0, 0, 0, 0))
    first_global = 1
    for number, symbol in enumerate(exe.symbols, 1):
        if symbol.bind == 0:
            first_global = number + 1
        shndx = 0xFFF1 if symbol.section is None else symbol.section.index
        info = (symbol.bind << 4) | symbol.type
        symtab += _symbol(
            wide, strtab.add(symbol.name), symbol.value, symbol.size, info, symbol.visibility, shndx
        )
    extra = [
        (".symtab", SHT_SYMTAB, bytes(symtab), 8 if wide else 4, 24 if wide else 16),
        (".strtab", SHT_STRTAB, strtab.data(), 1, 0),
    ]
    for section in exe.sections:
        names.add(section.name)
    for name, *_ in extra:
        names.add(name)
    names.add(".shstrtab")
    tables: list[tuple[str, int, bytes, int, int, int]] = []
    for name, kind, data, align, entsize in extra:
        position = _align(len(out), align)
        out.extend(bytes(position - len(out)))
        out += data
        tables.append((name, kind, data, position, align, entsize))
    shstrtab = names.data()
    position = len(out)
    out += shstrtab
    tables.append((".shstrtab", SHT_STRTAB, shstrtab, position, 1, 0))
    shoff = _align(len(out), 8)
    out.extend(bytes(shoff - len(out)))
    count = 1 + len(exe.sections) + len(tables)
    symtab_index = 1 + len(exe.sections)
    strtab_index = symtab_index + 1
    out += bytes(shentsize)  # the null section
    for section in exe.sections:
        size = section.size
        out += _section_header(
            wide, names.add(section.name), section.type, section.flags, section.address,
            section.offset, size, section.link, section.info, section.align, section.entsize,
        )  # fmt: skip
    for name, kind, data, offset, align, entsize in tables:
        link = strtab_index if kind == SHT_SYMTAB else 0
        info = first_global if kind == SHT_SYMTAB else 0
        out += _section_header(
            wide, names.add(name), kind, 0, 0, offset, len(data), link, info, align, entsize
        )

    # Program headers.
    for number, segment in enumerate(exe.segments):
        _fill_segment(segment, phoff, headers_end)
        fields = (segment.type, segment.flags, segment.offset, segment.vaddr, segment.paddr,
                  segment.filesz, segment.memsz, segment.align)  # fmt: skip
        at = phoff + number * phentsize
        if wide:
            struct.pack_into("<IIQQQQQQ", out, at, *fields)
        else:
            kind, flags, offset, vaddr, paddr, filesz, memsz, align = fields
            struct.pack_into("<IIIIIIII", out, at, kind, offset, vaddr, paddr, filesz, memsz,
                             flags, align)  # fmt: skip

    ident = b"\x7fELF" + bytes([2 if wide else 1, 1, 1, 0]) + bytes(8)
    machine = EM_X86_64 if wide else EM_386
    shstrndx = count - 1
    if wide:
        struct.pack_into(
            "<16sHHIQQQIHHHHHH", out, 0, ident, exe.elf_type, machine, 1, exe.entry, phoff
            if exe.segments else 0, shoff, 0, ehsize, phentsize, len(exe.segments), shentsize,
            count, shstrndx,
        )  # fmt: skip
    else:
        struct.pack_into(
            "<16sHHIIIIIHHHHHH", out, 0, ident, exe.elf_type, machine, 1, exe.entry, phoff
            if exe.segments else 0, shoff, 0, ehsize, phentsize, len(exe.segments), shentsize,
            count, shstrndx,
        )  # fmt: skip
    return bytes(out)


def _fill_segment(segment: Segment, phoff: int, headers_end: int) -> None:
    sections = segment.sections
    if not sections:
        if segment.program_headers or segment.file_header:
            segment.offset = 0 if segment.file_header else phoff
            segment.filesz = segment.memsz = headers_end - segment.offset
        return
    first, last = sections[0], sections[-1]
    start_address = first.address
    start_offset = first.offset
    if segment.file_header or segment.program_headers:
        header_start = 0 if segment.file_header else phoff
        start_address = first.address - (first.offset - header_start)
        start_offset = header_start
    segment.vaddr = start_address
    segment.paddr = (
        segment.physical
        if segment.physical is not None
        else first.load_address - (first.address - start_address)
    )
    segment.offset = start_offset
    file_end = max(
        (s.offset + s.size for s in sections if s.type != SHT_NOBITS), default=start_offset
    )
    segment.filesz = max(file_end - start_offset, 0)
    segment.memsz = last.address + last.size - start_address
    if segment.end is not None:  # (ld: PT_GNU_RELRO covers up to the RELRO end)
        segment.filesz = segment.memsz = segment.end - start_address
    if segment.type not in (PT_LOAD, PT_GNU_RELRO):  # (ld gives PT_GNU_RELRO 1)
        segment.align = max((s.align for s in sections), default=1)


def _align(value: int, align: int) -> int:
    return value if align <= 1 else -(-value // align) * align


class _Strings:
    def __init__(self) -> None:
        self._data = bytearray(b"\0")
        self._at: dict[str, int] = {"": 0}

    def add(self, name: str) -> int:
        found = self._at.get(name)
        if found is None:
            found = self._at[name] = len(self._data)
            self._data += name.encode("utf-8", "surrogateescape") + b"\0"
        return found

    def data(self) -> bytes:
        return bytes(self._data)


def _symbol(
    wide: bool, name: int, value: int, size: int, info: int, other: int, shndx: int
) -> bytes:
    if wide:
        return struct.pack("<IBBHQQ", name, info, other, shndx, value, size)
    return struct.pack("<IIIBBH", name, value & 0xFFFFFFFF, size, info, other, shndx)


def _section_header(
    wide: bool, name: int, kind: int, flags: int, address: int, offset: int, size: int,
    link: int, info: int, align: int, entsize: int,
) -> bytes:  # fmt: skip
    if wide:
        return struct.pack(
            "<IIQQQQIIQQ", name, kind, flags, address, offset, size, link, info, align, entsize
        )
    return struct.pack(
        "<IIIIIIIIII", name, kind, flags, address & 0xFFFFFFFF, offset, size, link, info, align,
        entsize,
    )  # fmt: skip
