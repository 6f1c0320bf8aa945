"""Symbol resolution: the global symbol table, archive members loaded as GNU ld
loads them, COMDAT groups, and ``--gc-sections``.

The rules are the System V gABI's ("Symbol Table", "Symbol Values") as GNU ld
applies them to a static link:

* a global definition beats a weak one; two global definitions of one name are an
  error naming both files (unless both sit in COMDAT groups of one signature: the
  first group is kept, the others dropped with their symbols);
* common symbols merge to the largest size and alignment, and any definition in a
  section replaces them;
* an archive is searched where it stands on the command line: each member that
  defines a symbol still undefined (not weakly) there is loaded, and the archive
  is searched again until none is, as ld does; ``--start-group`` repeats a group's
  archives until no member is loaded; ``--whole-archive`` loads every member;
* visibility merges to the most constraining one.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import NamedTuple

from longmode.link.inputs import member_object
from longmode.link.model import (
    SHF_GNU_RETAIN,
    SHN_ABS,
    SHN_COMMON,
    SHN_UNDEF,
    SHT_NOTE,
    STB_GLOBAL,
    STB_LOCAL,
    STB_WEAK,
    STT_FILE,
    STT_SECTION,
    STV_DEFAULT,
    Archive,
    InputSection,
    InputSymbol,
    LinkError,
    ObjectFile,
)

#: Visibilities from the least to the most constraining, for merging.
_VISIBILITY_RANK = {STV_DEFAULT: 0, 3: 1, 2: 2, 1: 3}  # default, protected, hidden, internal


@dataclass(slots=True, eq=False)
class Symbol:
    """A global symbol of the link."""

    name: str
    #: "undefined", "defined" (in a section or absolute), "common", or "script"
    #: (defined by the linker script, ``--defsym`` or the linker).
    state: str = "undefined"
    file: ObjectFile | None = None
    #: The defining input section (None for absolute, common, script and undefined).
    section: InputSection | None = None
    #: The offset in ``section``, or the absolute value.
    value: int = 0
    size: int = 0
    bind: int = STB_GLOBAL
    type: int = 0
    visibility: int = STV_DEFAULT
    #: For common symbols: the largest alignment asked for.
    align: int = 1
    #: Only weak references so far (a weak undefined symbol resolves to 0).
    weak_reference: bool = False
    #: Where it is referenced from: (file, section name), for undefined-symbol errors.
    references: list[tuple[str, str]] = field(default_factory=list)
    #: The input symbol that defines it (for maps and output symbol tables).
    definition: InputSymbol | None = None

    @property
    def defined(self) -> bool:
        return self.state in ("defined", "script") or (self.state == "common")


class InputItem(NamedTuple):
    """One input on the command line, in order: an object file, an archive (with
    ``whole`` for --whole-archive), or a group's start/end."""

    obj: ObjectFile | None = None
    archive: Archive | None = None
    whole: bool = False
    group: str | None = None  # "start" or "end"


class SymbolTable:
    """The link's global symbols and the files loaded so far."""

    def __init__(self) -> None:
        self.symbols: dict[str, Symbol] = {}
        self.files: list[ObjectFile] = []
        #: COMDAT signature -> the file whose group was kept.
        self.groups: dict[str, ObjectFile] = {}
        #: Sections dropped because their COMDAT group was seen before.
        self.discarded: set[InputSection] = set()
        #: (archive path, member name, symbol that caused the load), for the map.
        self.loaded_members: list[tuple[str, str, str]] = []
        #: Every archive on the command line, in order (for undefined-symbol hints).
        self.archives: list[Archive] = []
        self._loaded: set[tuple[int, int]] = set()

    def get(self, name: str) -> Symbol:
        found = self.symbols.get(name)
        if found is None:
            found = self.symbols[name] = Symbol(name)
        return found

    def undefined(self) -> list[Symbol]:
        return [s for s in self.symbols.values() if s.state == "undefined"]

    # --- adding files -------------------------------------------------------------

    def add_object(self, obj: ObjectFile) -> None:
        self.files.append(obj)
        for signature, members in obj.groups.items():
            if signature in self.groups:
                for index in members:
                    section = obj.sections.get(index)
                    if section is not None:
                        self.discarded.add(section)
            else:
                self.groups[signature] = obj
        for number, symbol in enumerate(obj.symbols):
            if number == 0 or symbol.bind == STB_LOCAL or symbol.type == STT_FILE:
                continue
            self._add_symbol(obj, symbol)

    def _add_symbol(self, obj: ObjectFile, new: InputSymbol) -> None:
        entry = self.symbols.get(new.name)
        if entry is None:  # (self.get, inline)
            entry = self.symbols[new.name] = Symbol(new.name)
        rank = _VISIBILITY_RANK.get(new.visibility, 0)
        if rank > _VISIBILITY_RANK.get(entry.visibility, 0):
            entry.visibility = new.visibility
        if new.section == SHN_UNDEF:
            if entry.state == "undefined":
                weak = new.bind == STB_WEAK
                entry.weak_reference = (
                    weak if not entry.references else entry.weak_reference and weak
                )
            return
        section = None
        if new.section not in (SHN_ABS, SHN_COMMON):
            section = obj.sections.get(new.section)
            if section is None or section in self.discarded:
                # defined in a dropped COMDAT copy (the kept copy's definition
                # stands) or in a section the link does not place (SHF_EXCLUDE)
                return
        if new.section == SHN_COMMON:
            if entry.state == "common":
                entry.size = max(entry.size, new.size)
                entry.align = max(entry.align, new.value or 1)
            elif entry.state == "undefined" or (
                entry.state == "defined" and entry.bind == STB_WEAK
            ):
                self._define(entry, obj, new, None, state="common")
                entry.align = max(new.value, 1)
            return
        if entry.state in ("undefined", "common") or (
            entry.state == "defined" and entry.bind == STB_WEAK and new.bind != STB_WEAK
        ):
            if entry.state == "common" and new.bind == STB_WEAK:
                return
            self._define(entry, obj, new, section, state="defined")
            return
        if entry.state == "defined" and entry.bind != STB_WEAK and new.bind != STB_WEAK:
            first = entry.file.name if entry.file is not None else "the linker script"
            where = f" ({section.name})" if section is not None else ""
            raise LinkError(
                f"duplicate definition of `{_shown(new.name)}`: in {first}"
                f"{f' ({entry.section.name})' if entry.section is not None else ''} and in "
                f"{obj.name}{where}"
            )

    @staticmethod
    def _define(
        entry: Symbol, obj: ObjectFile, new: InputSymbol, section: InputSection | None, state: str
    ) -> None:
        entry.state = state
        entry.file = obj
        entry.section = section
        entry.value = new.value if state == "defined" else 0
        entry.size = new.size
        entry.bind = new.bind
        entry.type = new.type
        entry.definition = new

    def load_inputs(self, items: Iterable[InputItem]) -> None:
        """Loads objects and the archive members they need, in command-line order."""
        group: list[Archive] | None = None
        for item in items:
            if item.group == "start":
                group = []
            elif item.group == "end":
                if group:
                    while any(self._search(archive) for archive in group):
                        pass
                group = None
            elif item.obj is not None:
                self.add_object(item.obj)
            elif item.archive is not None:
                self.archives.append(item.archive)
                if item.whole:
                    for index in range(len(item.archive.members)):
                        self._load_member(item.archive, index, "--whole-archive")
                else:
                    self._search(item.archive)
                    if group is not None:
                        group.append(item.archive)

    def _search(self, archive: Archive) -> bool:
        """Loads the members of ``archive`` that define symbols undefined now, as GNU
        ld does (elf_link_add_archive_symbols): walking the archive's symbol table in
        order, loading a member for each symbol that is still undefined (not weakly)
        when its turn comes, and walking again until a walk loads nothing. True
        when a member was loaded."""
        loaded_any = False
        while True:
            loaded = False
            for name, index in archive.symbols.items():
                if (id(archive), index) in self._loaded:
                    continue
                entry = self.symbols.get(name)
                if entry is None or entry.state != "undefined" or entry.weak_reference:
                    continue
                self._load_member(archive, index, name)
                loaded = loaded_any = True
            if not loaded:
                return loaded_any

    def _load_member(self, archive: Archive, index: int, because: str) -> None:
        key = (id(archive), index)
        if key in self._loaded:
            return
        self._loaded.add(key)
        obj = member_object(archive, index)
        self.loaded_members.append((archive.path, archive.members[index].name, because))
        self.add_object(obj)

    def note_references(self) -> None:
        """Records, for each undefined symbol, the sections that refer to it."""
        for obj in self.files:
            undefined = {}
            for index, symbol in enumerate(obj.symbols):
                if symbol.bind != STB_LOCAL and symbol.section == SHN_UNDEF:
                    entry = self.symbols.get(symbol.name)
                    if entry is not None and entry.state == "undefined":
                        undefined[index] = entry
            if not undefined:
                continue
            for section in obj.sections.values():
                if section in self.discarded:
                    continue
                for index, _ in section.references():
                    entry = undefined.get(index)
                    if entry is not None:
                        place = (obj.name, section.name)
                        if place not in entry.references:
                            entry.references.append(place)


def skipped_member(table: SymbolTable, name: str) -> str | None:
    """``libfoo.a(bar.o)`` when an archive member defines ``name`` but was not loaded
    (the archive came before the file that needs it, outside a group)."""
    for archive in table.archives:
        index = archive.symbols.get(name)
        if index is not None:
            return f"{archive.path}({archive.members[index].name})"
    return None


def _shown(name: str) -> str:
    from longmode.elf import demangle

    shown = demangle(name)
    return name if shown == name else f"{shown}' (`{name}"


# --- garbage collection --------------------------------------------------------------


def target_section(table: SymbolTable, obj: ObjectFile, index: int) -> InputSection | None:
    """The input section a relocation against symbol ``index`` of ``obj`` points into."""
    symbol = obj.symbols[index]
    if symbol.bind == STB_LOCAL or symbol.type == STT_SECTION:
        if symbol.section in (SHN_UNDEF, SHN_ABS, SHN_COMMON):
            return None
        return obj.sections.get(symbol.section)
    entry = table.symbols.get(symbol.name)
    return entry.section if entry is not None else None


def live_sections(
    table: SymbolTable,
    roots: Iterable[InputSection],
    keep_symbols: Iterable[str],
    reasons: dict[InputSection, str] | None = None,
) -> set[InputSection]:
    """The sections ``--gc-sections`` keeps: the roots (the entry's section, KEEP()s,
    ``-u`` symbols, SHF_GNU_RETAIN and note sections, every non-alloc section), and
    everything their relocations reach. ``__start_X``/``__stop_X`` references keep the
    sections named X. Relocations in ``.eh_frame`` and in non-alloc sections (debug
    information) keep nothing alive. ``reasons`` gets, for each section kept, the
    first section found referring to it (for the map), unless it has one already."""
    live: set[InputSection] = set()
    work: list[InputSection] = []
    why = reasons if reasons is not None else {}

    def mark(section: InputSection | None, reason: str | None = None) -> None:
        if section is not None and section not in live and section not in table.discarded:
            live.add(section)
            work.append(section)
            if reason is not None:
                why.setdefault(section, reason)

    by_name: dict[str, list[InputSection]] = {}
    for obj in table.files:
        for section in obj.sections.values():
            by_name.setdefault(section.name, []).append(section)
            if section.is_alloc and section.flags & SHF_GNU_RETAIN:
                mark(section, "SHF_GNU_RETAIN")
    for section in roots:
        mark(section)
    for name in keep_symbols:
        entry = table.symbols.get(name)
        if entry is not None:
            mark(entry.section, f"-u {name}")
    _follow(table, work, mark, by_name, live)
    # Debug information, .comment and notes stay with the files that keep code or
    # data (ld's _bfd_elf_gc_mark_extra_sections): a file whose every allocated
    # section went contributes none of them.
    for obj in table.files:
        sections = obj.sections.values()
        if any(s in live and s.is_alloc and s.type != SHT_NOTE for s in sections):
            for section in sections:
                if not section.is_alloc or section.type == SHT_NOTE:
                    mark(section, "its file keeps code or data")
    _follow(table, work, mark, by_name, live)
    return live


def _follow(
    table: SymbolTable,
    work: list[InputSection],
    mark: Callable[[InputSection | None, str | None], None],
    by_name: dict[str, list[InputSection]],
    live: set[InputSection],
) -> None:
    """Marks what the sections in ``work`` refer to, transitively (``live``: the
    sections marked so far)."""
    while work:
        section = work.pop()
        if section.name == ".eh_frame" or not section.is_alloc:
            # what .eh_frame and debug information refer to is not kept for them
            continue
        obj = section.file
        where = section.where
        for relocation in section.relocations:
            if relocation.symbol == 0:
                continue
            symbol = obj.symbols[relocation.symbol]
            name = symbol.name
            target = target_section(table, obj, relocation.symbol)
            if target is not None and target not in live and target not in table.discarded:
                # (the reason, only for a section that ``mark`` takes)
                shown = "a reference" if symbol.type == STT_SECTION or not name else f"`{name}`"
                mark(target, f"{shown}, referred to by {where}")
            if name.startswith(("__start_", "__stop_")):
                for prefix in ("__start_", "__stop_"):
                    if name.startswith(prefix):
                        for kept in by_name.get(name[len(prefix) :], []):
                            mark(kept, f"{name}, referred to by {where}")
