"""The linker's data: what :mod:`~longmode.link.inputs` reads from objects and
archives, and what layout, relocation and output work on.

Numbers are the ELF specification's (System V gABI, the x86-64 and i386 psABIs):
section types and flags, symbol bindings and types, relocation types; the
constants used across the linker are here.
"""

from __future__ import annotations

import struct
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import NamedTuple

from longmode.errors import LongmodeError

EM_386, EM_X86_64 = 3, 62

# Section types (sh_type).
SHT_NULL, SHT_PROGBITS, SHT_SYMTAB, SHT_STRTAB, SHT_RELA = 0, 1, 2, 3, 4
SHT_HASH, SHT_DYNAMIC, SHT_NOTE, SHT_NOBITS, SHT_REL = 5, 6, 7, 8, 9
SHT_DYNSYM = 11
SHT_INIT_ARRAY, SHT_FINI_ARRAY, SHT_PREINIT_ARRAY, SHT_GROUP, SHT_SYMTAB_SHNDX = 14, 15, 16, 17, 18
SHT_X86_64_UNWIND = 0x70000001
SHT_LLVM_ADDRSIG = 0x6FFF4C03

# Section flags (sh_flags).
SHF_WRITE, SHF_ALLOC, SHF_EXECINSTR = 0x1, 0x2, 0x4
SHF_MERGE, SHF_STRINGS, SHF_INFO_LINK, SHF_LINK_ORDER = 0x10, 0x20, 0x40, 0x80
SHF_GROUP, SHF_TLS = 0x200, 0x400
SHF_GNU_RETAIN = 0x200000
SHF_EXCLUDE = 0x80000000

# Special section indexes (st_shndx).
SHN_UNDEF, SHN_ABS, SHN_COMMON, SHN_XINDEX = 0, 0xFFF1, 0xFFF2, 0xFFFF

# Symbol bindings, types and visibilities.
STB_LOCAL, STB_GLOBAL, STB_WEAK = 0, 1, 2
STT_NOTYPE, STT_OBJECT, STT_FUNC, STT_SECTION, STT_FILE, STT_COMMON, STT_TLS = 0, 1, 2, 3, 4, 5, 6
STV_DEFAULT, STV_INTERNAL, STV_HIDDEN, STV_PROTECTED = 0, 1, 2, 3

# Group flags.
GRP_COMDAT = 1


class LinkError(LongmodeError):
    """Bad input or a link that cannot be done: one paragraph that names the file (and
    archive member, section, symbol) it is about. Exit status 2 unless said."""


class Relocation(NamedTuple):
    """One relocation of an input section: patch at ``offset`` (from the section's
    start) with ``type``, against symbol ``symbol`` (an index into the file's
    symbols; 0 for none), plus ``addend``. For REL sections (i386) the addend is
    the implicit one, read from the section's bytes at ``offset``."""

    offset: int
    type: int
    symbol: int
    addend: int


@dataclass(slots=True)
class InputSymbol:
    """A symbol table entry of an input object, as in the file."""

    name: str
    value: int
    size: int
    bind: int
    type: int
    visibility: int
    #: st_shndx: an index into the file's sections, or SHN_UNDEF, SHN_ABS, SHN_COMMON
    #: (SHN_XINDEX already resolved through SHT_SYMTAB_SHNDX).
    section: int

    @property
    def is_undefined(self) -> bool:
        return self.section == SHN_UNDEF

    @property
    def is_common(self) -> bool:
        return self.section == SHN_COMMON


@dataclass(slots=True, eq=False)
class InputSection:
    """A section of an input object that the link may place: SHF_ALLOC sections,
    and the non-alloc ones an executable carries (``.debug_*``, ``.comment``, notes).
    Symbol tables, string tables, relocation and group sections are not
    InputSections: their content is in the file's symbols, each section's
    ``relocations`` and ``group``."""

    file: ObjectFile
    #: The section header index in its file.
    index: int
    name: str
    type: int
    flags: int
    #: sh_addralign (at least 1).
    align: int
    #: The bytes; empty for SHT_NOBITS.
    data: bytes
    size: int
    entsize: int = 0
    #: sh_link and sh_info as in the file (SHF_LINK_ORDER sections need sh_link).
    link: int = 0
    info: int = 0
    #: The relocations read so far: use :attr:`relocations`.
    parsed: list[Relocation] = field(default_factory=list)
    #: Relocation sections not read yet (see :class:`PendingRelocations`);
    #: :attr:`relocations` reads them.
    pending: list[PendingRelocations] = field(default_factory=list)
    #: The COMDAT group signature this section belongs to, if any.
    group: str | None = None

    @property
    def relocations(self) -> list[Relocation]:
        """The section's relocations, in file order (reading the pending ones first,
        with the checks and errors of an eager read)."""
        while self.pending:
            self.pending.pop(0).read()
        return self.parsed

    def references(self) -> Iterator[tuple[int, int]]:
        """Each relocation's (symbol index, type), in file order, without reading the
        pending relocations (so unchecked: an index may be past the symbol table)."""
        for relocation in self.parsed:
            yield relocation.symbol, relocation.type
        for chunk in self.pending:
            shift, mask = chunk.shift, chunk.mask
            for entry in chunk.entry.iter_unpack(chunk.raw):
                yield entry[1] >> shift, entry[1] & mask

    @property
    def has_relocations(self) -> bool:
        return bool(self.parsed or self.pending)

    @property
    def is_alloc(self) -> bool:
        return bool(self.flags & SHF_ALLOC)

    @property
    def where(self) -> str:
        """``file.o(.text.foo)``, for messages."""
        return f"{self.file.name}({self.name})"


class PendingRelocations(NamedTuple):
    """A relocation section, kept unread until its section's relocations are needed:
    --gc-sections drops most sections unread (the seed kernel's link reads 1,700 of
    core's 40,000 code relocations), and debug information, which holds most
    relocations (100,000 for the seed's), is patched straight from ``raw``
    (:func:`longmode.link.relocate.patch_pending`). ``read`` parses them into the
    section's ``parsed``, checking each. (A named tuple: immutable and compared as
    a frozen dataclass is, and a third as costly to make, once per relocation
    section of every object read.)"""

    #: The section's bytes: a view of the input's (only those read are copied).
    raw: bytes | memoryview
    #: SHT_RELA (explicit addends) rather than SHT_REL.
    rela: bool
    #: One entry's layout: (r_offset, r_info[, r_addend]).
    entry: struct.Struct
    #: r_info >> shift is the symbol, r_info & mask the type.
    shift: int
    mask: int
    read: Callable[[], None]


@dataclass(slots=True, eq=False)
class ObjectFile:
    """An ELF relocatable object (ET_REL), standalone or an archive member."""

    #: For messages: the path, or ``libfoo.a(bar.o)`` for an archive member.
    name: str
    machine: int
    #: 32 or 64.
    elf_class: int
    #: The sections a link may place, by their header index.
    sections: dict[int, InputSection]
    #: Every symbol table entry, index 0 (the null symbol) included.
    symbols: list[InputSymbol]
    #: COMDAT groups: signature -> the indexes of their member sections.
    groups: dict[str, list[int]] = field(default_factory=dict)
    #: The archive it came from and the member's name, for maps and messages.
    archive: str | None = None
    member: str | None = None
    #: The .note.GNU-stack section's flags, or None without one (-z execstack rules).
    gnu_stack: int | None = None


class ArchiveMember(NamedTuple):
    name: str
    #: The member header's offset in the archive (what the symbol table points at).
    offset: int
    #: A view of the archive's bytes (read into an object when the member is loaded).
    data: bytes | memoryview


@dataclass(slots=True, eq=False)
class Archive:
    """An ``ar`` archive (an rlib too): its members, and which defines which global
    symbol (from the archive's symbol table, or found by reading the members when
    it has none)."""

    path: str
    members: list[ArchiveMember]
    #: Global symbol name -> index into ``members`` of the first member defining it.
    symbols: dict[str, int]
