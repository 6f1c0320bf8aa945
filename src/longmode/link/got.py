"""The GOT a static link builds, as GNU ld builds it: which relocations need a slot
(those that load an address from the GOT and that ld cannot rewrite into a direct
reference), which need only the GOT's address, and the slots themselves."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from longmode.link import relocate
from longmode.link.model import (
    EM_X86_64,
    SHN_UNDEF,
    STB_LOCAL,
    InputSection,
    ObjectFile,
    Relocation,
)
from longmode.link.resolve import SymbolTable


@dataclass(slots=True)
class Got:
    """The GOT the link builds for relocations that load an address from it."""

    slots: dict[tuple[int, int], int] = field(default_factory=dict)
    #: ``.got``: the slots (None without any).
    section: InputSection | None = None
    #: ``.got.plt``: where ``_GLOBAL_OFFSET_TABLE_`` is (None when unused).
    base: InputSection | None = None

    def slot(self, key: tuple[int, int]) -> int:
        found = self.slots.get(key)
        if found is None:
            found = self.slots[key] = len(self.slots)
        return found


#: The symbol at the GOT's base (psABIs: "_GLOBAL_OFFSET_TABLE_").
GOT_SYMBOL = "_GLOBAL_OFFSET_TABLE_"


def got_uses(
    table: SymbolTable, sections: Iterable[InputSection], machine: int
) -> tuple[bool, set[tuple[int, int]]]:
    """What ``sections`` ask of the GOT, as GNU ld builds it for a static executable:
    whether they use the GOT's address (GOTPC, GOTOFF, ``_GLOBAL_OFFSET_TABLE_``,
    i386's GOT loads, which count from it), and the symbols (:func:`_got_key`) they
    load through a slot that cannot be rewritten away (:func:`got_load_relaxable`)."""
    x86_64 = machine == EM_X86_64
    slot_types = relocate.X86_64_GOT_TYPES if x86_64 else relocate.I386_GOT_TYPES
    base_types = relocate.X86_64_GOT_BASE_TYPES if x86_64 else relocate.I386_GOT_BASE_TYPES
    base = False
    keys: set[tuple[int, int]] = set()
    got_symbols: dict[int, set[int]] = {}  # by file: the indexes of GOT_SYMBOL
    low_types = {kind & 0xFF for kind in base_types}  # (all below 256: see _may_ask)
    for section in sections:
        obj = section.file
        if section.pending:
            # most sections use no GOT: find those without reading their relocations
            named = got_symbols.get(id(obj))
            if named is None:
                named = {i for i, symbol in enumerate(obj.symbols) if symbol.name == GOT_SYMBOL}
                got_symbols[id(obj)] = named
            if not _may_ask(section, low_types, named) or not any(
                k in base_types or i in named for i, k in section.references()
            ):
                continue
        for rel in section.relocations:
            if obj.symbols[rel.symbol].name == GOT_SYMBOL or (
                rel.type in base_types and rel.type not in slot_types
            ):
                base = True
            if rel.type not in slot_types:
                continue
            if not x86_64:
                base = True  # GOT32 counts from _GLOBAL_OFFSET_TABLE_
            if not got_load_relaxable(table, obj, section, rel, x86_64):
                keys.add(got_key(table, obj, rel.symbol))
    return base, keys


def _may_ask(section: InputSection, low: set[int], symbols: set[int]) -> bool:
    """False when none of the section's relocations can be of the types whose low
    bytes are ``low`` (types all below 256) nor name ``symbols``, as seen from the
    unread relocations' bytes alone: the low byte of each one's type (r_info's
    first byte, after a word's r_offset), taken in one slice, is none of ``low``."""
    if symbols or section.parsed:
        return True
    for chunk in section.pending:
        at = 8 if chunk.shift == 32 else 4  # ELF64's r_offset is 8 bytes, ELF32's 4
        if not low.isdisjoint(chunk.raw[at :: chunk.entry.size]):
            return True
    return False


def got_load_relaxable(
    table: SymbolTable, obj: ObjectFile, section: InputSection, rel: Relocation, x86_64: bool
) -> bool:
    """Whether GNU ld rewrites this GOT load into a direct reference (so that it needs
    no GOT slot): the symbol is resolved by the link and the instruction has a form
    that can be rewritten, whatever the address turns out to be."""
    if x86_64 and not (rel.type in relocate.X86_64_RELAXABLE and rel.addend == -4):
        return False
    if not x86_64 and rel.type != relocate.R_386_GOT32X:
        return False
    symbol = obj.symbols[rel.symbol]
    resolved = symbol.section != SHN_UNDEF or symbol.bind == STB_LOCAL
    if not resolved:
        # defined by another file, or a weak reference (0 in a static link)
        entry = table.symbols.get(symbol.name)
        resolved = entry is not None and (entry.state != "undefined" or entry.weak_reference)
    start = max(rel.offset - 3, 0)
    scratch = bytearray(section.data[start : rel.offset + 4])
    at = rel.offset - start
    if x86_64:
        # mov (to lea at worst), call, jmp
        relaxed = relocate.relax_gotpcrelx(scratch, at, rel.type, address=None, pic=True)
        return resolved and relaxed is not None
    return resolved and relocate.relax_got32x(scratch, at) is not None


def got_key(table: SymbolTable, obj: ObjectFile, index: int) -> tuple[int, int]:
    symbol = obj.symbols[index]
    if symbol.bind == STB_LOCAL:
        return id(obj), index
    return id(table.symbols[symbol.name]), 0
