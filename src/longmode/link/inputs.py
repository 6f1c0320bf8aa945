"""Reading the linker's inputs: ELF relocatable objects, ``ar`` archives (rlibs
too), and ``-l`` library search.

Objects are ELF64 x86-64 or ELF32 i386, little-endian, ET_REL (System V gABI;
x86-64 and i386 psABIs). The structures are declared once below as ``struct``
formats per ELF class and read with ``unpack_from``/``iter_unpack``: a crate's
rlib has tens of thousands of sections and relocations, so every table is read
in one pass and no per-entry object other than the model's is built.

Every offset, size and index is checked before it is used, so a truncated or
damaged file gives one line that starts with the file's name and says what is
wrong and where — ``foo.o: section 5 (.text) ends at 0x1234, past the end of
the file (0x1000 bytes)`` — as a :class:`~longmode.link.model.LinkError`, never
an IndexError or struct.error.

Names (sections, symbols, archive members) are decoded as UTF-8 with
``surrogateescape``: ``name.encode("utf-8", "surrogateescape")`` gives back the
file's bytes, whatever they were.

Archives are GNU and BSD ``ar`` (``!<arch>``; thin archives are refused). The
symbol table (GNU ``/`` or ``/SYM64/``) says which member defines which global;
without one (``ar S``, a BSD ``__.SYMDEF`` that is not read) the members are read
to build it. The rlib's metadata members (``lib.rmeta``, ``lib.rmeta-link``) are
not listed.
"""

from __future__ import annotations

import mmap
import os
import struct
from itertools import repeat
from operator import itemgetter
from typing import NamedTuple, NoReturn, TypeAlias

from longmode.link.model import (
    EM_386,
    EM_X86_64,
    GRP_COMDAT,
    SHF_ALLOC,
    SHF_EXCLUDE,
    SHN_ABS,
    SHN_COMMON,
    SHN_UNDEF,
    SHN_XINDEX,
    SHT_FINI_ARRAY,
    SHT_GROUP,
    SHT_INIT_ARRAY,
    SHT_LLVM_ADDRSIG,
    SHT_NOBITS,
    SHT_NOTE,
    SHT_NULL,
    SHT_PREINIT_ARRAY,
    SHT_PROGBITS,
    SHT_REL,
    SHT_RELA,
    SHT_STRTAB,
    SHT_SYMTAB,
    SHT_SYMTAB_SHNDX,
    SHT_X86_64_UNWIND,
    STB_LOCAL,
    STT_SECTION,
    Archive,
    ArchiveMember,
    InputSection,
    InputSymbol,
    LinkError,
    ObjectFile,
    PendingRelocations,
    Relocation,
)

#: What inputs are read from: a file's bytes, or its read-only map.
FileData: TypeAlias = bytes | mmap.mmap
#: ... and an archive member's view of them.
Buffer: TypeAlias = FileData | memoryview

ELF_MAGIC = b"\x7fELF"
ELFCLASS32, ELFCLASS64 = 1, 2
ELFDATA2LSB, ELFDATA2MSB = 1, 2
ET_NONE, ET_REL, ET_EXEC, ET_DYN, ET_CORE = 0, 1, 2, 3, 4
#: Section indexes from here up are special (SHN_ABS, SHN_COMMON, SHN_XINDEX…).
SHN_LORESERVE = 0xFF00

AR_MAGIC, THIN_MAGIC = b"!<arch>\n", b"!<thin>\n"
#: An ar member header: name[16], mtime[12], uid[6], gid[6], mode[8], size[10], fmag.
AR_HEADER = struct.Struct("16s12s6s6s8s10s2s")
AR_FMAG = b"`\n"
#: rlib members that hold rustc's metadata, not code (the rlib layout in
#: rustc_codegen_ssa back/link.rs): never linked.
RLIB_METADATA = ("lib.rmeta", "lib.rmeta-link")


class ElfLayout(NamedTuple):
    """One ELF class's structures, fields in the specification's order (the
    symbol entry is reordered to the ELF64 order: name, info, other, shndx,
    value, size)."""

    elf_class: int
    machine: int
    ehdr: struct.Struct
    shdr: struct.Struct
    sym: struct.Struct
    #: ELF32's Elf32_Sym order (name, value, size, info, other, shndx) → ELF64's.
    sym_order: itemgetter[tuple[int, ...]] | None
    rel: struct.Struct
    rela: struct.Struct
    #: r_info: symbol = info >> sym_shift, type = info & type_mask.
    sym_shift: int
    type_mask: int


LAYOUTS = {
    ELFCLASS64: ElfLayout(
        elf_class=64, machine=EM_X86_64,
        ehdr=struct.Struct("<16sHHIQQQIHHHHHH"), shdr=struct.Struct("<IIQQQQIIQQ"),
        sym=struct.Struct("<IBBHQQ"), sym_order=None,
        rel=struct.Struct("<QQ"), rela=struct.Struct("<QQq"), sym_shift=32, type_mask=0xFFFFFFFF,
    ),
    ELFCLASS32: ElfLayout(
        elf_class=32, machine=EM_386,
        ehdr=struct.Struct("<16sHHIIIIIHHHHHH"), shdr=struct.Struct("<IIIIIIIIII"),
        sym=struct.Struct("<IIIBBH"), sym_order=itemgetter(0, 3, 4, 5, 1, 2),
        rel=struct.Struct("<II"), rela=struct.Struct("<IIi"), sym_shift=8, type_mask=0xFF,
    ),
}  # fmt: skip

MACHINE_NAMES = {EM_386: "i386", EM_X86_64: "x86-64", 40: "ARM", 183: "AArch64", 243: "RISC-V"}
FILE_KINDS = {
    ET_NONE: "ET_NONE",
    ET_EXEC: "ET_EXEC",
    ET_DYN: "ET_DYN",
    ET_CORE: "ET_CORE",
}

#: The bytes each relocation type patches (x86-64 psABI table 4.9 and its TLS
#: additions; i386 psABI table 4.2 with GNU's R_386_16/8 and GOT32X): the field a
#: relocation's offset must leave room for, and the width of a REL relocation's
#: implicit addend. 0: the type patches nothing (NONE, the TLS descriptor call
#: markers). A type not listed must still have its offset inside the section.
X86_64_WIDTHS = {
    0: 0, 1: 8, 2: 4, 3: 4, 4: 4, 5: 8, 6: 8, 7: 8, 8: 8, 9: 4, 10: 4, 11: 4, 12: 2,
    13: 2, 14: 1, 15: 1, 16: 8, 17: 8, 18: 8, 19: 4, 20: 4, 21: 4, 22: 4, 23: 4, 24: 8,
    25: 8, 26: 4, 27: 8, 28: 8, 29: 8, 30: 8, 31: 8, 32: 4, 33: 8, 34: 4, 35: 0, 36: 16,
    37: 8, 38: 8, 41: 4, 42: 4, 43: 4, 44: 4, 45: 4, 46: 4, 47: 4, 48: 4, 49: 4, 50: 4,
    51: 4,
}  # fmt: skip
I386_WIDTHS = {
    **{rtype: 4 for rtype in range(1, 44)},
    0: 0, 20: 2, 21: 2, 22: 1, 23: 1, 40: 0,
}  # fmt: skip
WIDTHS = {EM_X86_64: X86_64_WIDTHS, EM_386: I386_WIDTHS}

#: Section types that are never InputSections: their content is read into the
#: file's symbols, the sections' relocations and groups.
NOT_PLACED = frozenset(
    (SHT_NULL, SHT_SYMTAB, SHT_STRTAB, SHT_REL, SHT_RELA, SHT_GROUP, SHT_SYMTAB_SHNDX,
     SHT_LLVM_ADDRSIG)
)  # fmt: skip
#: Section types placed whatever their flags (non-alloc PROGBITS: .debug_*, .comment).
PLACED = frozenset(
    (SHT_PROGBITS, SHT_NOBITS, SHT_NOTE, SHT_INIT_ARRAY, SHT_FINI_ARRAY, SHT_PREINIT_ARRAY,
     SHT_X86_64_UNWIND)
)  # fmt: skip
GNU_STACK = ".note.GNU-stack"


class SectionHeader(NamedTuple):
    """An ELF section header (Elf64_Shdr / Elf32_Shdr)."""

    name: int
    type: int
    flags: int
    addr: int
    offset: int
    size: int
    link: int
    info: int
    addralign: int
    entsize: int


def is_object(data: Buffer) -> bool:
    """True for an ELF file (any kind: :func:`read_object` says what is wrong with
    one that is not an x86 relocatable object)."""
    return data[:4] == ELF_MAGIC


def is_archive(data: Buffer) -> bool:
    """True for an ``ar`` archive, thin ones included (:func:`read_archive` refuses
    those with a message)."""
    return data[:8] in (AR_MAGIC, THIN_MAGIC)


def read_object(
    name: str, data: Buffer, *, archive: str | None = None, member: str | None = None
) -> ObjectFile:
    """The ELF relocatable object ``data``; ``name`` starts every error message
    (``foo.o``, ``libfoo.a(bar.o)``). Raises :class:`LinkError` for anything that is
    not a well-formed little-endian ET_REL object for x86-64 (ELF64) or i386 (ELF32)."""
    return ElfReader(name, data).read(archive=archive, member=member)


class ElfReader:
    """One object file's header and section headers, read and checked; ``read``
    gives its ObjectFile, ``symbols`` its symbol table alone (archive indexing)."""

    def __init__(self, name: str, data: Buffer) -> None:
        self.name = name
        # a view: the tables and sections the link keeps are copied out of it, the
        # rest (most relocation sections, with --gc-sections) never is
        data = self.data = memoryview(data)
        self.names: list[str] = []
        size = len(data)
        if data[:4] != ELF_MAGIC:
            if is_archive(data):
                self.fail("an ar archive, not an object (give it as an archive)")
            self.fail("not an ELF file (no \\x7fELF magic)")
        if size < 16:
            self.fail(f"truncated ELF identification ({size} bytes, 16 needed)")
        if data[5] == ELFDATA2MSB:
            self.fail("a big-endian ELF file: only little-endian x86 objects are linked")
        if data[5] != ELFDATA2LSB:
            self.fail(f"unknown ELF data encoding {data[5]} (EI_DATA)")
        layout = LAYOUTS.get(data[4])
        if layout is None:
            self.fail(f"unknown ELF class {data[4]} (EI_CLASS)")
        self.layout = layout
        if size < layout.ehdr.size:
            self.fail(
                f"truncated ELF header ({size} bytes, ELF{layout.elf_class} needs "
                f"{layout.ehdr.size})"
            )
        (_, e_type, machine, _, _, _, shoff, _, _, _, _, shentsize, shnum, shstrndx) = (
            layout.ehdr.unpack_from(data)
        )
        if e_type != ET_REL:
            kind = FILE_KINDS.get(e_type, f"e_type {e_type:#x}")
            self.fail(
                f"not a relocatable object ({kind}): link objects and archives, "
                "not programs or shared objects"
            )
        if machine != layout.machine:
            what = MACHINE_NAMES.get(machine, f"machine {machine}")
            self.fail(
                f"an ELF{layout.elf_class} {what} object: only ELF64 x86-64 and ELF32 i386 "
                "objects are linked"
            )
        self.machine = machine
        self.headers = self._section_headers(shoff, shentsize, shnum)
        self.names = self._section_names(shstrndx)
        for index, header in enumerate(self.headers):
            if header.offset + header.size > size and header.type not in (SHT_NULL, SHT_NOBITS):
                self._check_inside(index, header)

    def fail(self, message: str) -> NoReturn:
        raise LinkError(f"{self.name}: {message}")

    def label(self, index: int) -> str:
        """``section 5 (.text)``, or ``section 5`` before names are read or without one."""
        name = self.names[index] if index < len(self.names) else ""
        return f"section {index} ({name})" if name else f"section {index}"

    def _section_headers(self, shoff: int, shentsize: int, shnum: int) -> list[SectionHeader]:
        shdr, size = self.layout.shdr, len(self.data)
        if shoff == 0:
            return []
        if shentsize != shdr.size:
            self.fail(
                f"section headers of {shentsize} bytes (e_shentsize): "
                f"ELF{self.layout.elf_class} has {shdr.size}"
            )
        if shoff + shdr.size > size:
            self.fail(
                f"the section header table at 0x{shoff:x} is past the end of the file "
                f"(0x{size:x} bytes)"
            )
        if shnum == 0:  # more than SHN_LORESERVE sections: the count is in section 0
            shnum = SectionHeader._make(shdr.unpack_from(self.data, shoff)).size
        end = shoff + shnum * shdr.size
        if end > size:
            self.fail(
                f"the section header table ({shnum} headers at 0x{shoff:x}) ends at "
                f"0x{end:x}, past the end of the file (0x{size:x} bytes)"
            )
        table = self.data[shoff:end]
        # (SectionHeader._make without its length check: each has all ten fields)
        return list(map(tuple.__new__, repeat(SectionHeader), shdr.iter_unpack(table)))

    def _section_names(self, shstrndx: int) -> list[str]:
        count = len(self.headers)
        if shstrndx == SHN_XINDEX and count:
            shstrndx = self.headers[0].link
        if shstrndx == SHN_UNDEF:
            return [""] * count
        if shstrndx >= count:
            self.fail(
                f"the section name table is section {shstrndx} (e_shstrndx), "
                f"but the file has {count} sections"
            )
        header = self.headers[shstrndx]
        if header.type != SHT_STRTAB:
            self.fail(f"the section name table, section {shstrndx}, is not a string table")
        self._check_inside(shstrndx, header)
        table = bytes(self.data[header.offset : header.offset + header.size])
        names = []
        ascii_names = table.isascii()  # (as in symbols: one text, sliced)
        text = table.decode("ascii" if ascii_names else "latin-1")
        for i, h in enumerate(self.headers):
            start = h.name
            if not start:
                names.append("")
                continue
            end = text.find("\0", start)
            if end < 0:
                self._string(table, start, f"section {i}'s name", shstrndx)  # the error
            names.append(
                text[start:end]
                if ascii_names
                else table[start:end].decode("utf-8", "surrogateescape")
            )
        return names

    def _check_inside(self, index: int, header: SectionHeader) -> None:
        """Checks that the section's bytes lie inside the file."""
        end = header.offset + header.size
        if end > len(self.data):
            self.fail(
                f"{self.label(index)} ends at 0x{end:x}, past the end of the file "
                f"(0x{len(self.data):x} bytes)"
            )

    def _string(self, table: bytes, offset: int, what: str, table_index: int) -> str:
        end = table.find(b"\0", offset)
        if end < 0:
            where = "past the end of" if offset >= len(table) else "not NUL-terminated in"
            self.fail(
                f"{what} at 0x{offset:x} is {where} its string table "
                f"({self.label(table_index)}, 0x{len(table):x} bytes)"
            )
        return table[offset:end].decode("utf-8", "surrogateescape")

    def _linked(self, index: int, what: str) -> tuple[int, SectionHeader]:
        """The section that ``index``'s sh_link names, checked to exist."""
        link = self.headers[index].link
        if not 0 < link < len(self.headers):
            self.fail(
                f"{self.label(index)}: its {what} is section {link} (sh_link), which "
                f"does not exist ({len(self.headers)} sections)"
            )
        return link, self.headers[link]

    def symtab_index(self) -> int | None:
        found = [i for i, h in enumerate(self.headers) if h.type == SHT_SYMTAB]
        if len(found) > 1:
            self.fail(f"more than one symbol table (sections {found[0]} and {found[1]})")
        return found[0] if found else None

    def symbols(self, symtab: int | None) -> list[InputSymbol]:
        """Every entry of the symbol table (section ``symtab``), with the null one; just
        the null symbol without a symbol table."""
        if symtab is None:
            return [InputSymbol("", 0, 0, STB_LOCAL, 0, 0, SHN_UNDEF)]
        header, entry = self.headers[symtab], self.layout.sym
        raw = self.data[header.offset : header.offset + header.size]
        if len(raw) % entry.size:
            self.fail(
                f"{self.label(symtab)}: its size 0x{len(raw):x} is not a whole number of "
                f"{entry.size}-byte symbols"
            )
        strtab_index, strtab_header = self._linked(symtab, "string table")
        if strtab_header.type != SHT_STRTAB:
            self.fail(
                f"{self.label(symtab)}: its string table, "
                f"{self.label(strtab_index)}, is not a string table"
            )
        strtab = bytes(self.data[strtab_header.offset : strtab_header.offset + strtab_header.size])
        extended = self._extended_indexes(symtab)
        count, names = len(self.headers), self.names
        entries = entry.iter_unpack(raw)
        if self.layout.sym_order is not None:
            entries = map(self.layout.sym_order, entries)
        symbols = []
        # the names as one text when it is ASCII (the byte offsets are its indexes),
        # else as Latin-1 (the same offsets) just to find their ends
        ascii_names = strtab.isascii()
        text = strtab.decode("ascii" if ascii_names else "latin-1")
        for number, (name_offset, info, other, shndx, value, size) in enumerate(entries):
            if shndx >= SHN_LORESERVE or shndx >= count:
                shndx = self._special_index(number, shndx, extended)
            if name_offset:
                end = text.find("\0", name_offset)
                if end < 0:
                    self._string(strtab, name_offset, f"symbol {number}'s name", strtab_index)
                name = (
                    text[name_offset:end]
                    if ascii_names
                    else strtab[name_offset:end].decode("utf-8", "surrogateescape")
                )
            else:
                name = ""
            stype = info & 0xF
            if not name and stype == STT_SECTION and 0 < shndx < count:
                name = names[shndx]
            symbols.append(InputSymbol(name, value, size, info >> 4, stype, other & 3, shndx))
        if not symbols:
            symbols.append(InputSymbol("", 0, 0, STB_LOCAL, 0, 0, SHN_UNDEF))
        return symbols

    def _extended_indexes(self, symtab: int) -> tuple[int, ...] | None:
        """The SHT_SYMTAB_SHNDX table of the symbol table, if it has one."""
        for header in self.headers:
            if header.type == SHT_SYMTAB_SHNDX and header.link == symtab:
                raw = self.data[header.offset : header.offset + header.size]
                return struct.unpack(f"<{len(raw) // 4}I", raw[: len(raw) // 4 * 4])
        return None

    def _special_index(self, number: int, shndx: int, extended: tuple[int, ...] | None) -> int:
        """A symbol's st_shndx at or past SHN_LORESERVE (or past the section count):
        SHN_ABS, SHN_COMMON, or SHN_XINDEX resolved; anything else is an error."""
        count = len(self.headers)
        if shndx in (SHN_ABS, SHN_COMMON):
            return shndx
        if shndx != SHN_XINDEX:
            if shndx >= SHN_LORESERVE:
                self.fail(
                    f"symbol {number}: special section index 0x{shndx:x} (st_shndx) "
                    "is not supported (only SHN_ABS, SHN_COMMON, SHN_XINDEX)"
                )
            self.fail(
                f"symbol {number}: section index {shndx} (st_shndx) is out of range "
                f"({count} sections)"
            )
        if extended is None:
            self.fail(
                f"symbol {number} has st_shndx SHN_XINDEX, but the file has no "
                "SHT_SYMTAB_SHNDX section"
            )
        if number >= len(extended):
            self.fail(
                f"symbol {number} has st_shndx SHN_XINDEX, past the end of the "
                f"SHT_SYMTAB_SHNDX table ({len(extended)} entries)"
            )
        real = extended[number]
        if real >= count:
            self.fail(
                f"symbol {number}: section index {real} (SHT_SYMTAB_SHNDX) is out of "
                f"range ({count} sections)"
            )
        return real

    def read(self, *, archive: str | None, member: str | None) -> ObjectFile:
        obj = ObjectFile(
            name=self.name,
            machine=self.machine,
            elf_class=self.layout.elf_class,
            sections={},
            symbols=[],
            archive=archive,
            member=member,
        )
        symtab = self.symtab_index()
        obj.symbols = self.symbols(symtab)
        data, sections, names = self.data, obj.sections, self.names
        later = []  # the group and relocation sections: read once every section is made
        for index, h in enumerate(self.headers):
            kind, flags = h.type, h.flags
            if kind in NOT_PLACED or flags & SHF_EXCLUDE:
                if kind in (SHT_GROUP, SHT_REL, SHT_RELA):
                    later.append(index)
                continue
            name = names[index]
            if name == GNU_STACK:
                obj.gnu_stack = flags
                continue
            if kind not in PLACED and not flags & SHF_ALLOC:
                continue
            align = h.addralign
            if align & (align - 1):
                self.fail(
                    f"{self.label(index)}: alignment {align} (sh_addralign) is not a power of two"
                )
            # (InputSection's fields in order: file, index, name, type, flags, align,
            # data, size, entsize, link, info)
            sections[index] = InputSection(
                obj,
                index,
                name,
                kind,
                flags,
                align or 1,
                b"" if kind == SHT_NOBITS else bytes(data[h.offset : h.offset + h.size]),
                h.size,
                h.entsize,
                h.link,
                h.info,
            )
        for index in later:
            if self.headers[index].type == SHT_GROUP:
                self._group(obj, index, symtab)
            else:
                self._relocations(obj, index, symtab)
        return obj

    def _group(self, obj: ObjectFile, index: int, symtab: int | None) -> None:
        """An SHT_GROUP section: a flags word, then its members' section indexes; its
        signature is the name of symbol sh_info of the symbol table sh_link."""
        h = self.headers[index]
        raw = self.data[h.offset : h.offset + h.size]
        if len(raw) < 4 or len(raw) % 4:
            self.fail(
                f"{self.label(index)}: a group section of 0x{len(raw):x} bytes "
                "(a flags word and 4-byte section indexes)"
            )
        flags, *members = struct.unpack(f"<{len(raw) // 4}I", raw)
        if h.link != symtab:
            self.fail(
                f"{self.label(index)}: the group's symbol table is section {h.link} "
                f"(sh_link), not the file's symbol table ({symtab})"
            )
        if h.info >= len(obj.symbols):
            self.fail(
                f"{self.label(index)}: the group's signature is symbol {h.info} "
                f"(sh_info), past the symbol table's {len(obj.symbols)} entries"
            )
        for number in members:
            if not 0 < number < len(self.headers):
                self.fail(
                    f"{self.label(index)}: member section {number} does not exist "
                    f"({len(self.headers)} sections)"
                )
        if not flags & GRP_COMDAT:
            return
        signature = obj.symbols[h.info].name
        kept = [number for number in members if number in obj.sections]
        obj.groups.setdefault(signature, []).extend(kept)
        for number in kept:
            obj.sections[number].group = signature

    def _relocations(self, obj: ObjectFile, index: int, symtab: int | None) -> None:
        """An SHT_REL or SHT_RELA section, appended to the relocations of the section
        sh_info names (when that section is placed), to be read when they are needed
        (:class:`PendingRelocations`)."""
        h = self.headers[index]
        if h.info >= len(self.headers):
            self.fail(
                f"{self.label(index)}: relocates section {h.info} (sh_info), which "
                f"does not exist ({len(self.headers)} sections)"
            )
        target = obj.sections.get(h.info)
        if target is None:
            return
        if h.link != symtab:
            self.fail(
                f"{self.label(index)}: its symbol table is section {h.link} (sh_link), "
                f"not the file's symbol table ({symtab})"
            )
        layout = self.layout
        is_rela = h.type == SHT_RELA
        entry = layout.rela if is_rela else layout.rel
        raw = self.data[h.offset : h.offset + h.size]
        if len(raw) % entry.size:
            self.fail(
                f"{self.label(index)}: its size 0x{len(raw):x} is not a whole number "
                f"of {entry.size}-byte relocations"
            )

        def read() -> None:
            self._read_relocations(obj, index, target, raw, entry)

        pending = PendingRelocations(raw, is_rela, entry, layout.sym_shift, layout.type_mask, read)
        target.pending.append(pending)

    def _read_relocations(
        self,
        obj: ObjectFile,
        index: int,
        target: InputSection,
        raw: memoryview,
        entry: struct.Struct,
    ) -> None:
        layout = self.layout
        is_rela = entry is layout.rela
        shift, mask, widths = layout.sym_shift, layout.type_mask, WIDTHS[self.machine]
        symbol_count, size, out = len(obj.symbols), target.size, target.parsed
        first = len(out)  # relocation n of this section is out[first + n]
        if is_rela:
            for offset, info, addend in entry.iter_unpack(raw):
                symbol, rtype = info >> shift, info & mask
                if symbol >= symbol_count or offset + widths.get(rtype, 1) > size:
                    self._bad_relocation(
                        index, len(out) - first, target, offset, rtype, symbol, obj
                    )
                out.append(Relocation(offset, rtype, symbol, addend))
            return
        data = target.data
        for offset, info in entry.iter_unpack(raw):
            symbol, rtype = info >> shift, info & mask
            width = widths.get(rtype)  # None: unknown, so no implicit addend to read
            end = offset + (1 if width is None else width)
            if symbol >= symbol_count or end > size or (width and end > len(data)):
                self._bad_relocation(index, len(out) - first, target, offset, rtype, symbol, obj)
            addend = int.from_bytes(data[offset:end], "little", signed=True) if width else 0
            out.append(Relocation(offset, rtype, symbol, addend))

    def _bad_relocation(
        self,
        index: int,
        number: int,
        target: InputSection,
        offset: int,
        rtype: int,
        symbol: int,
        obj: ObjectFile,
    ) -> NoReturn:
        where = f"{self.label(index)}: relocation {number} (type {rtype}, offset 0x{offset:x})"
        if symbol >= len(obj.symbols):
            self.fail(
                f"{where} names symbol {symbol}, past the symbol table's {len(obj.symbols)} entries"
            )
        width = WIDTHS[self.machine].get(rtype, 1)
        if target.type == SHT_NOBITS and width and offset + width <= target.size:
            self.fail(f"{where} patches {target.name}, which has no bytes in the file (SHT_NOBITS)")
        self.fail(
            f"{where} patches {width} bytes, past the end of {target.name} "
            f"(0x{target.size:x} bytes)"
        )


def read_archive(path: str, data: FileData) -> Archive:
    """The ``ar`` archive ``data`` (``path`` names it in messages and in members'
    names): its members in order, less the symbol table, the long-name table and
    rlib metadata, and which member defines each global symbol."""
    if data[:8] == THIN_MAGIC:
        raise LinkError(
            f"{path}: a thin archive (!<thin>): thin archives are not supported; "
            "make a normal one (ar rcs without T/--thin)"
        )
    if data[:8] != AR_MAGIC:
        raise LinkError(f"{path}: not an ar archive (no !<arch> magic)")
    members: list[ArchiveMember] = []
    view = memoryview(data)  # members are views: only those linked are copied
    by_offset: dict[int, int] = {}
    skipped: set[int] = set()
    symbol_table: tuple[int, int, bytes] | None = None  # (header offset, word size, bytes)
    long_names: bytes | None = None
    size, pos = len(data), len(AR_MAGIC)
    while pos < size:
        if pos + AR_HEADER.size > size:
            if not data[pos:].strip(b"\n"):
                break  # padding after the last member
            raise LinkError(
                f"{path}: the member header at offset 0x{pos:x} is cut short by the end "
                f"of the archive (0x{size:x} bytes)"
            )
        raw_name, _, _, _, _, raw_size, fmag = AR_HEADER.unpack_from(data, pos)
        if fmag != AR_FMAG:
            raise LinkError(
                f"{path}: the member header at offset 0x{pos:x} is damaged "
                "(it does not end with `\\n)"
            )
        text = raw_size.strip(b" ")
        if not text.isdigit():
            raise LinkError(
                f"{path}: the member header at offset 0x{pos:x} has size "
                f"{raw_size.decode('latin-1')!r}, not a decimal number"
            )
        start, end = pos + AR_HEADER.size, pos + AR_HEADER.size + int(text)
        if end > size:
            raise LinkError(
                f"{path}: the member at offset 0x{pos:x} ends at 0x{end:x}, past "
                f"the end of the archive (0x{size:x} bytes)"
            )
        field = raw_name.rstrip(b" ")
        name: bytes | None = None
        if field in (b"/", b"/SYM64/"):
            if symbol_table is None:
                symbol_table = (pos, 8 if field == b"/SYM64/" else 4, data[start:end])
        elif field == b"//":
            long_names = data[start:end]
        elif field.startswith(b"#1/"):
            name, start = _bsd_name(path, pos, field, data, start, end)
        elif field[:1] == b"/" and field[1:].isdigit():
            name = _gnu_long_name(path, pos, long_names, int(field[1:]))
        else:
            name = field[:-1] if field.endswith(b"/") else field
        if name is not None:
            text_name = name.decode("utf-8", "surrogateescape")
            if text_name.startswith("__.SYMDEF") or _is_rlib_metadata(text_name):
                skipped.add(pos)
            else:
                by_offset[pos] = len(members)
                members.append(ArchiveMember(text_name, pos, view[start:end]))
        pos = end + (end & 1)
    archive = Archive(path, members, {})
    if symbol_table is not None:
        archive.symbols = _table_symbols(path, symbol_table, by_offset, skipped)
    else:
        archive.symbols = _scan_symbols(archive)
    return archive


def _bsd_name(
    path: str, pos: int, field: bytes, data: FileData, start: int, end: int
) -> tuple[bytes, int]:
    """A BSD ``#1/<length>`` name: the name's bytes start the member's data.
    Returns the name and where the member's real data starts."""
    length = field[3:]
    if not length.isdigit() or start + int(length) > end:
        raise LinkError(
            f"{path}: the member at offset 0x{pos:x} has a BSD name "
            f"{field.decode('latin-1')!r} longer than the member"
        )
    stop = start + int(length)
    return data[start:stop].rstrip(b"\0"), stop


def _gnu_long_name(path: str, pos: int, long_names: bytes | None, offset: int) -> bytes:
    """A GNU ``/<offset>`` name: in the ``//`` member, ended by ``/\\n``."""
    if long_names is None:
        raise LinkError(
            f"{path}: the member at offset 0x{pos:x} is named /{offset}, but "
            "the archive has no long-name table (//) before it"
        )
    if offset >= len(long_names):
        raise LinkError(
            f"{path}: the member at offset 0x{pos:x} is named /{offset}, past "
            f"the end of the long-name table ({len(long_names)} bytes)"
        )
    end = long_names.find(b"\n", offset)
    name = long_names[offset : end if end >= 0 else len(long_names)]
    return name[:-1] if name.endswith(b"/") else name


def _is_rlib_metadata(name: str) -> bool:
    return name in RLIB_METADATA or name.endswith(".rmeta")


def _table_symbols(
    path: str,
    symbol_table: tuple[int, int, bytes],
    by_offset: dict[int, int],
    skipped: set[int],
) -> dict[str, int]:
    """The GNU symbol table (``/``: 32-bit words, ``/SYM64/``: 64-bit): a big-endian
    count, that many member header offsets, then as many NUL-terminated names."""
    pos, word, table = symbol_table
    code = "Q" if word == 8 else "I"
    if len(table) < word:
        raise LinkError(
            f"{path}: the symbol table at offset 0x{pos:x} is too short "
            f"({len(table)} bytes) to hold its count"
        )
    (count,) = struct.unpack_from(f">{code}", table)
    names_start = word * (1 + count)
    if names_start > len(table):
        raise LinkError(
            f"{path}: the symbol table at offset 0x{pos:x} lists {count} "
            f"symbols, more than its {len(table)} bytes hold"
        )
    offsets = struct.unpack_from(f">{count}{code}", table, word)
    names = table[names_start:].split(b"\0")
    if len(names) <= count:
        raise LinkError(
            f"{path}: the symbol table at offset 0x{pos:x} lists {count} "
            f"symbols but has {len(names) - 1} NUL-terminated names"
        )
    symbols: dict[str, int] = {}
    for raw_name, member_offset in zip(names, offsets, strict=False):
        index = by_offset.get(member_offset)
        if index is None:
            if member_offset in skipped:
                continue
            raise LinkError(
                f"{path}: the symbol table at offset 0x{pos:x} puts "
                f"{raw_name.decode('utf-8', 'replace')} in a member at offset "
                f"0x{member_offset:x}, where no member starts"
            )
        symbols.setdefault(raw_name.decode("utf-8", "surrogateescape"), index)
    return symbols


def _scan_symbols(archive: Archive) -> dict[str, int]:
    """The symbol table an archive without one would have: each ELF member's defined
    global and weak symbols (commons too, as ``ar`` lists them), first member first."""
    symbols: dict[str, int] = {}
    for index, member in enumerate(archive.members):
        if not is_object(member.data):
            continue
        reader = ElfReader(f"{archive.path}({member.name})", member.data)
        for symbol in reader.symbols(reader.symtab_index()):
            if symbol.bind != STB_LOCAL and symbol.section != SHN_UNDEF and symbol.name:
                symbols.setdefault(symbol.name, index)
    return symbols


def member_object(archive: Archive, index: int) -> ObjectFile:
    """Member ``index`` of ``archive`` read as an object, named ``lib.a(member.o)``."""
    member = archive.members[index]
    return read_object(
        f"{archive.path}({member.name})", member.data, archive=archive.path, member=member.name
    )


def find_library(name: str, search_paths: list[str], *, static_only: bool = True) -> str:
    """The file ``-l{name}`` names, as GNU ld finds it: in each directory in order,
    ``lib{name}.a`` (``lib{name}.so`` first unless ``static_only``); ``-l:file`` looks
    for exactly ``file``."""
    if name.startswith(":"):
        candidates = [name[1:]]
    else:
        candidates = [f"lib{name}.a"] if static_only else [f"lib{name}.so", f"lib{name}.a"]
    for directory in search_paths:
        for candidate in candidates:
            path = os.path.join(directory, candidate)
            if os.path.isfile(path):
                return path
    searched = ", ".join(search_paths) if search_paths else "no directories; add some with -L"
    raise LinkError(f"cannot find -l{name} (searched: {searched})")
