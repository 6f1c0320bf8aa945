"""Placing the link: input sections into output sections as the linker script says
(GNU ld's rules, ld's manual "SECTIONS Command"), orphans where ld puts them, the
location counter and load addresses, and the symbols the script defines (the
relocations are applied by :mod:`longmode.link.patch`, the GOT planned by
:mod:`longmode.link.got`).

The script is evaluated in passes, as ld iterates: a first pass with what is known,
then again until no section address and no symbol value changes (forward
references, SIZEOF of later sections).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, field

from longmode.link import merge, output, script
from longmode.link.got import Got, got_uses
from longmode.link.model import (
    EM_X86_64,
    SHF_ALLOC,
    SHF_EXECINSTR,
    SHF_MERGE,
    SHF_STRINGS,
    SHF_TLS,
    SHF_WRITE,
    SHT_NOBITS,
    SHT_NOTE,
    SHT_PROGBITS,
    SHT_REL,
    SHT_RELA,
    InputSection,
    LinkError,
    ObjectFile,
)
from longmode.link.resolve import Symbol, SymbolTable, live_sections

#: Passes over the script before giving up on a layout that does not settle.
MAX_PASSES = 8
#: What :func:`longmode.link.patch` gives as S for a symbol in a section the link dropped.
DISCARDED = -(1 << 80)
#: A fill pattern that stands for "no-op instructions" (see :func:`nop_fill`).
CODE_FILL = b"<nops>"
#: The multi-byte NOPs of the Intel SDM (vol. 2B, NOP: "Recommended Multi-Byte
#: Sequence"), 1 to 9 bytes, and the 10-byte one with a CS prefix.
NOPS = (
    b"\x90",
    b"\x66\x90",
    b"\x0f\x1f\x00",
    b"\x0f\x1f\x40\x00",
    b"\x0f\x1f\x44\x00\x00",
    b"\x66\x0f\x1f\x44\x00\x00",
    b"\x0f\x1f\x80\x00\x00\x00\x00",
    b"\x0f\x1f\x84\x00\x00\x00\x00\x00",
    b"\x66\x0f\x1f\x84\x00\x00\x00\x00\x00",
    b"\x66\x2e\x0f\x1f\x84\x00\x00\x00\x00\x00",
)


def nop_fill(size: int, machine: int) -> bytes:
    """``size`` bytes of no-ops as GNU ld pads code: the longest NOP repeated, then
    one for the rest (x86-64: up to 10 bytes; i386: ``66 90`` and ``90`` only)."""
    longest = 10 if machine == EM_X86_64 else 2
    whole, rest = divmod(size, longest)
    return NOPS[longest - 1] * whole + (NOPS[rest - 1] if rest else b"")


@dataclass(eq=False, slots=True)
class Piece:
    """An input section in an output section, at ``offset`` from its start."""

    section: InputSection
    offset: int = 0


@dataclass(eq=False, slots=True)
class Placed:
    """An output section being laid out."""

    name: str
    spec: script.OutputSection | None
    pieces: list[Piece] = field(default_factory=list)
    #: For each input section description of ``spec``: the sections it took.
    taken: dict[int, list[InputSection]] = field(default_factory=dict)
    address: int = 0
    load_address: int = 0
    size: int = 0
    align: int = 1
    flags: int = 0
    type: int = SHT_PROGBITS
    entsize: int = 0
    has_data: bool = False
    moves_dot: bool = False
    #: Removed: no input sections, no data, no assignment to ``.``.
    empty: bool = False
    #: (offset, size, expression) of BYTE/SHORT/LONG/QUAD/SQUAD commands.
    data: list[tuple[int, int, script.DataCommand]] = field(default_factory=list)
    #: Gaps to fill: (offset, size, pattern).
    fills: list[tuple[int, int, bytes]] = field(default_factory=list)
    out: output.OutputSection | None = None
    #: An orphan placed after this section's description (or at the end).
    after: str | None = None
    #: An orphan section's kind for ld's placement (see :func:`_orphan_kind`).
    kind: str | None = None

    @property
    def alloc(self) -> bool:
        return bool(self.flags & SHF_ALLOC)

    @property
    def dot_only(self) -> bool:
        """Made by an assignment to ``.`` alone (no input section, no data): ld gives it
        no contents (NOBITS) but counts it as loaded when it groups segments."""
        return self.moves_dot and not self.has_data and not any(self.taken.values())

    def sections_type(self) -> int | None:
        """The ELF type ld gives the output section while placing orphans: its first
        input section's; None (SHT_NULL) with none."""
        for taken in self.taken.values():
            for section in taken:
                return section.type
        return None


@dataclass(slots=True)
class ScriptSymbol:
    """A symbol the script (or ``--defsym``) defines."""

    name: str
    address: int
    section: str | None
    hidden: bool = False
    provide: bool = False


@dataclass(slots=True)
class LayoutResult:
    sections: list[Placed]
    script_symbols: dict[str, ScriptSymbol]
    entry: int
    entry_name: str | None
    discarded: set[InputSection]
    #: The reasons sections were kept by --gc-sections, for the map.
    kept_by: dict[InputSection, str]


@dataclass
class DataSegment:
    """What DATA_SEGMENT_ALIGN and DATA_SEGMENT_RELRO_END saw in a layout pass (ld's
    expld.dataseg): the first passes record the data segment's start and the RELRO
    end; with -z relro a second layout ("relro") starts the data segment at the
    base that ends the RELRO part on a page (ld's exp_seg_relro_adjust)."""

    phase: str = "first"
    base: int = 0
    pagesize: int = 0x1000
    relro_end: int | None = None
    relro_offset: int = 0


class Layout:
    """Lays out ``table``'s files with ``scripts`` (their commands in order)."""

    def __init__(
        self,
        table: SymbolTable,
        scripts: list[script.Script],
        *,
        machine: int,
        entry: str | None,
        gc: bool,
        keep_symbols: list[str],
        max_page_size: int,
        common_page_size: int,
        defsyms: list[tuple[str, script.Expr]],
        section_starts: dict[str, int],
        headers: int,
        common: InputSection | None,
        got: Got | None = None,
        linker_made: list[InputSection] | None = None,
    ) -> None:
        self.table = table
        self.scripts = scripts
        self.machine = machine
        self.bits = 64 if machine == EM_X86_64 else 32
        self.entry_name = entry
        self.gc = gc
        self.keep_symbols = keep_symbols
        self.max_page_size = max_page_size
        self.common_page_size = common_page_size
        self.defsyms = defsyms
        self.section_starts = section_starts
        self.headers = headers
        self.common = common
        #: The GOT the linker made (kept by --gc-sections only when kept code uses it).
        self.got = got if got is not None else Got()
        #: Other sections the linker made, kept whatever --gc-sections finds.
        self.linker_made = linker_made or []
        self.symbols: dict[str, ScriptSymbol] = {}
        self.placed: dict[str, Placed] = {}
        self.order: list[Placed] = []
        self.discarded: set[InputSection] = set(table.discarded)
        self.kept_by: dict[InputSection, str] = {}
        #: Why each dropped input section was dropped (for the map).
        self.dropped_by: dict[InputSection, str] = {
            section: "a copy of a COMDAT group kept from another file"
            for section in table.discarded
        }
        self._dot = 0
        self._current: Placed | None = None
        self._final = False
        #: Where each placed input section is: its output section and address.
        self._where: dict[InputSection, tuple[Placed, int]] = {}
        #: Mergeable sections' maps from original offsets to where entries went.
        self.merged: dict[InputSection, merge.MergeMap] = {}
        self._assigned = False
        #: SIZEOF_HEADERS was used: the headers are loaded (GNU ld's load_phdrs).
        self.headers_loaded = False
        #: -z execstack / noexecstack (None: not given).
        self.exec_stack: bool | None = None
        #: Called once the input sections are assigned, before addresses (sizes of
        #: linker-made sections that depend on what --gc-sections kept).
        self.after_assign: Callable[[], None] | None = None
        #: The last allocated section placed in this pass (its LMA leads the next's).
        self._last: Placed | None = None
        #: -z relro (ld's default for x86) / -z norelro: the DATA_SEGMENT_* functions
        #: then place the data segment so that PT_GNU_RELRO ends on a page.
        self.relro = True
        self._relro_on = False  # self.relro, when a section lies in the RELRO range
        self._segment = DataSegment()
        #: PT_GNU_RELRO's [start, end) once laid out (None: no such segment).
        self.relro_range: tuple[int, int] | None = None

    # --- assigning input sections ------------------------------------------------------

    def _items(self) -> Iterator[script.SectionsItem]:
        for parsed in self.scripts:
            for command in parsed.commands:
                if isinstance(command, script.Sections):
                    yield from command.items

    def _top_level(self) -> Iterator[script.Command]:
        for parsed in self.scripts:
            yield from parsed.commands

    def _inputs(self) -> list[InputSection]:
        sections = [
            section
            for obj in self.table.files
            for section in obj.sections.values()
            if section not in self.discarded
        ]
        if self.common is not None:
            sections.append(self.common)
        return sections

    def _refuse_unsupported(self) -> None:
        """What the script asks for and this linker does not do yet: an error with the
        place, never a silently different layout."""
        for command in self._top_level():
            if isinstance(command, script.Insert):
                raise LinkError(f"{command.where}: INSERT is not done yet in longmode's linker")
        for item in self._items():
            if isinstance(item, script.OutputSection) and (item.region or item.lma_region):
                raise LinkError(
                    f"{item.where}: memory regions (> REGION, AT> REGION) are not done yet "
                    "in longmode's linker: give the addresses with expressions and AT()"
                )
            if isinstance(item, script.OutputSection) and item.type in (
                script.OutputSectionType.OVERLAY,
                script.OutputSectionType.DSECT,
                script.OutputSectionType.COPY,
                script.OutputSectionType.INFO,
            ):
                raise LinkError(
                    f"{item.where}: output section type ({item.type.value}) is not done yet "
                    "in longmode's linker"
                )

    def assign(self) -> None:
        """Input sections to output sections: each input section description takes the
        matching sections not taken before, in file order (sorted if asked)."""
        self._refuse_unsupported()
        inputs = self._inputs()
        remaining = inputs  # the sections no description has taken yet, in file order
        stale = False  # whether some in ``remaining`` have been taken since
        assigned: set[InputSection] = set()
        keep: list[InputSection] = []
        # for descriptions that name their sections exactly (most of ld's default
        # script's): the sections by the name patterns see, each list in file order
        by_name: dict[str, list[InputSection]] = {}
        # and for wildcard patterns with a plain start (``.text.*``), by the name's
        # part before its second dot (``.text``): a name that starts as a pattern
        # does has one of few such heads
        by_head: dict[str, list[InputSection]] = {}
        for section in inputs:
            name = "COMMON" if section is self.common else section.name
            by_name.setdefault(name, []).append(section)
            dot = name.find(".", 1)
            by_head.setdefault(name if dot < 0 else name[:dot], []).append(section)
        position = {section: index for index, section in enumerate(inputs)}
        for item in self._items():
            if not isinstance(item, script.OutputSection):
                continue
            placed = self.placed.get(item.name)
            if placed is None and not item.is_discard:
                placed = Placed(item.name, item)
                self.placed[item.name] = placed
                self.order.append(placed)
            for number, command in enumerate(item.commands):
                if not isinstance(command, script.InputSectionDescription):
                    continue
                names = _exact_names(command)
                starts = _name_starts(command) if names is None else None
                if names is not None:
                    found = [s for n in names for s in by_name.get(n, ()) if s not in assigned]
                    candidates = sorted(set(found), key=position.__getitem__)
                elif starts is not None:
                    # the sections whose names may start as one of the patterns does
                    found = [
                        s
                        for head, sections in by_head.items()
                        if any(_may_start(head, start) for start in starts)
                        for s in sections
                        if s not in assigned
                    ]
                    candidates = sorted(found, key=position.__getitem__)
                else:
                    if stale:  # drop what the descriptions since the last scan took
                        remaining, stale = [s for s in remaining if s not in assigned], False
                    candidates = remaining
                taken = self._match(command, candidates)
                if taken:
                    assigned.update(taken)
                    stale = True
                if command.keep:
                    keep.extend(taken)
                    for section in taken:
                        self.kept_by.setdefault(section, f"KEEP in {command.where}")
                if item.is_discard:
                    self.discarded.update(taken)
                    for section in taken:
                        self.dropped_by.setdefault(section, f"/DISCARD/ at {command.where}")
                else:
                    assert placed is not None
                    placed.taken.setdefault(number, []).extend(taken)
        orphans = [s for s in inputs if s not in assigned]
        if self.gc:
            self._collect(keep)
        self._place_orphans([s for s in orphans if s not in self.discarded])
        self._merge()

    def _merge(self) -> None:
        """SHF_MERGE sections, grouped per output section as ld groups them."""
        groups: list[list[InputSection]] = []
        for placed in self.order:
            by_key: dict[tuple[int, int, int], list[InputSection]] = {}
            for number in sorted(placed.taken):
                for section in placed.taken[number]:
                    if merge.mergeable(section):
                        key = (
                            section.flags & (SHF_MERGE | SHF_STRINGS),
                            section.entsize,
                            section.align,
                        )
                        by_key.setdefault(key, []).append(section)
            groups.extend(by_key.values())
        self.merged = merge.merge(groups)

    def _excluded(self, section: InputSection) -> bool:
        """A mergeable section whose entries all went into other sections (see
        :attr:`merge.MergeMap.excluded`)."""
        found = self.merged.get(section)
        return found is not None and found.excluded

    def locate(self, section: InputSection, offset: int) -> tuple[InputSection, int]:
        """Where byte ``offset`` of ``section`` ended up (mergeable sections move bytes)."""
        found = self.merged.get(section)
        return (section, offset) if found is None else found.find(offset)

    def _match(
        self,
        command: script.InputSectionDescription,
        inputs: list[InputSection],
    ) -> list[InputSection]:
        """The sections of ``inputs`` (those not taken yet) that ``command`` takes."""
        taken: list[InputSection] = []
        # whether the description selects each file, and the file's names
        files: dict[ObjectFile, tuple[bool, str, str | None]] = {}
        # without EXCLUDE_FILE on a pattern, a section's name alone decides: one regex
        any_name = (
            script.any_name_matcher([p.pattern for p in command.sections])
            if command.sections and not any(p.exclude_files for p in command.sections)
            else None
        )
        for section in inputs:
            selected = files.get(section.file)
            if selected is None:
                path, member = _file_names(section.file)
                selected = files[section.file] = (
                    command.matches_file(path, member),
                    path,
                    member,
                )
            chosen, path, member = selected
            if not chosen:
                continue
            if command.flags is not None and not command.flags.accepts(section.flags):
                continue
            name = "COMMON" if section is self.common else section.name
            if command.all_sections:
                if section is not self.common:
                    taken.append(section)
                continue
            if any_name is not None:
                if any_name(name) is not None:
                    taken.append(section)
                continue
            for pattern in command.sections:
                if pattern.matches(name, path, member):
                    taken.append(section)
                    break
        sorts = {s for p in command.sections for s in p.sort}
        if script.Sort.NAME in sorts:
            taken.sort(key=lambda s: s.name)
        elif script.Sort.ALIGNMENT in sorts:
            taken.sort(key=lambda s: -s.align)
        elif script.Sort.INIT_PRIORITY in sorts:
            taken.sort(key=_init_priority)
        if command.file_sort is script.Sort.NAME:
            taken.sort(key=lambda s: s.file.name)
        return taken

    def _collect(self, keep: list[InputSection]) -> None:
        """--gc-sections: drop what nothing live refers to."""
        roots = list(keep)
        for section in self.linker_made:
            roots.append(section)
            self.kept_by.setdefault(section, "made by the linker")
        if self.entry_name is not None:
            entry = self.table.symbols.get(self.entry_name)
            if entry is not None and entry.section is not None:
                roots.append(entry.section)
                self.kept_by.setdefault(entry.section, f"the entry symbol {self.entry_name}")
        for name in self.keep_symbols:
            entry = self.table.symbols.get(name)
            if entry is not None and entry.section is not None:
                self.kept_by.setdefault(entry.section, f"-u {name}")
        for name in self._script_references():
            entry = self.table.symbols.get(name)
            if entry is not None and entry.section is not None:
                roots.append(entry.section)
                self.kept_by.setdefault(entry.section, f"the linker script's use of {name}")
        live = live_sections(self.table, roots, self.keep_symbols, self.kept_by)
        live |= self._live_got(live)
        if self.common is not None:
            live.add(self.common)
        for section in self._inputs():
            if section not in live:
                self.discarded.add(section)
                self.dropped_by.setdefault(section, "--gc-sections: nothing kept refers to it")
        for placed in self.placed.values():
            for number, taken in placed.taken.items():
                placed.taken[number] = [s for s in taken if s in live]

    def _live_got(self, live: set[InputSection]) -> set[InputSection]:
        """The linker's GOT sections that code --gc-sections keeps uses (see
        :func:`got_uses`)."""
        base, keys = got_uses(self.table, (s for s in live if s.is_alloc), self.machine)
        kept = {self.got.section} if keys and self.got.section is not None else set()
        if (base or keys) and self.got.base is not None:
            kept.add(self.got.base)  # a GOT with slots brings .got.plt, as in ld
        for section in kept:
            self.kept_by.setdefault(section, "the GOT, which kept code uses")
        return kept

    def _script_references(self) -> set[str]:
        names: set[str] = set()

        def walk(expr: script.Expr) -> None:
            if isinstance(expr, script.Symbol):
                names.add(expr.name)
            for child in (
                getattr(expr, "operand", None),
                getattr(expr, "left", None),
                getattr(expr, "right", None),
                getattr(expr, "condition", None),
                getattr(expr, "if_true", None),
                getattr(expr, "if_false", None),
            ):
                if child is not None:
                    walk(child)
            for child in getattr(expr, "args", ()):
                walk(child)

        for command in self._top_level():
            if isinstance(command, script.Assignment):
                walk(command.expr)
        for item in self._items():
            if isinstance(item, script.Assignment):
                walk(item.expr)
            elif isinstance(item, script.OutputSection):
                for inner in item.commands:
                    if isinstance(inner, (script.Assignment, script.DataCommand)):
                        walk(inner.expr)
        return names

    def _place_orphans(self, orphans: list[InputSection]) -> None:
        """ld's orphan placement (ldelf_place_orphan), in input order: into an output
        section of the same name if there is one; else a new one right after the
        section :meth:`_orphan_anchor` finds (after the orphans of the same kind
        already put there, as ld's lang_insert_orphan keeps them in order), or at the
        end."""
        for section in orphans:
            name = section.name if section is not self.common else ".bss"
            placed = self.placed.get(name)
            if placed is None:
                placed = Placed(name, None)
                placed.kind = _orphan_kind(_bfd_flags(section), section.type)
                anchor = self._orphan_anchor(section)
                self.placed[name] = placed
                index = len(self.order)
                if anchor is not None:
                    # placed with the script section that the anchor is, or hangs on
                    placed.after = anchor.name if anchor.spec is not None else anchor.after
                    index = self.order.index(anchor) + 1
                    while (
                        index < len(self.order)
                        and self.order[index].spec is None
                        and self.order[index].kind == placed.kind
                    ):
                        index += 1
                self.order.insert(index, placed)
            placed.taken.setdefault(-1, []).append(section)

    def _orphan_anchor(self, section: InputSection) -> Placed | None:
        """The output section an orphan goes after, as ldelf_place_orphan picks it: the
        section named for the orphan's kind (``.text``, ``.rodata``, ``.tdata``,
        ``.data``, ``.bss``) if the script has one; else the one
        lang_output_section_find_by_flags finds (the last of the same flags, or of a
        kind that may come before it); None (the end) for a non-alloc orphan, or
        when no section fits (ld then puts it first: not done)."""
        flags = _bfd_flags(section)
        if not flags & SEC_ALLOC:
            return None
        hold = _hold_name(flags, section.type)
        if hold is not None:
            for placed in self.order:
                if placed.name == hold and placed.spec is not None:
                    return placed
        order = [(placed, self._bfd_flags_of(placed)) for placed in self.order]
        found = _find_by_flags(flags, section.type, order, by_type=True)
        if found is None:
            found = _find_by_flags(flags, section.type, order, by_type=False)
        return found

    def _bfd_flags_of(self, placed: Placed) -> int | None:
        """The BFD flags ld's orphan placement sees on an output section so far (ld's
        map_input_to_output_sections and lang_add_section): its inputs' (read-only
        only if all are); for a section of data statements alone CONTENTS, ALLOC,
        LOAD and READONLY; 0 for one of other statements (an assignment); None for a
        section ld has made no BFD section for (nothing in it)."""
        each = [_bfd_flags(s) for taken in placed.taken.values() for s in taken]
        if each:
            flags = 0
            for one in each:
                flags |= one
            if not all(one & SEC_READONLY for one in each):
                flags &= ~SEC_READONLY
            return flags
        spec = placed.spec
        if spec is None or not spec.commands:
            return None
        if any(isinstance(c, script.DataCommand) for c in spec.commands):
            return SEC_HAS_CONTENTS | SEC_ALLOC | SEC_LOAD | SEC_READONLY
        return 0

    # --- addresses ---------------------------------------------------------------------

    def run(self) -> LayoutResult:
        """Assigns the input sections (the first time), then places everything."""
        if not self._assigned:
            self.assign()
            self._assigned = True
            if self.after_assign is not None:
                self.after_assign()
        for placed in self.order:
            self._flags(placed)
        self._segment = DataSegment()
        self.relro_range = None
        self._relro_on = self.relro and self._has_relro_section()
        self._settle()
        first = self._segment
        if self._relro_on and first.relro_end is not None:
            # ld's lang_size_relro_segment: move the data segment's start so that the
            # RELRO part ends on a page, and lay out again
            target_end, base = self._relro_base(first)
            self._segment = DataSegment(
                phase="relro", base=base, pagesize=first.pagesize, relro_offset=first.relro_offset
            )
            self._settle()
            if (self._segment.relro_end or 0) > target_end:
                # assignments grew the padding: ld goes back to the first layout
                self._segment = DataSegment(phase="done", base=first.base)
                self._settle()
            elif self._segment.relro_end is not None:
                self.relro_range = (base, self._segment.relro_end)
        entry, entry_name = self._entry()
        return LayoutResult(
            [p for p in self.order if not p.empty],
            self.symbols,
            entry,
            entry_name,
            self.discarded,
            self.kept_by,
        )

    def _settle(self) -> None:
        """Passes until addresses and symbols stop moving."""
        previous: tuple[object, ...] | None = None
        for number in range(MAX_PASSES):
            self._final = number > 0
            self._pass()
            state = (
                tuple((p.address, p.load_address, p.size) for p in self.order),
                tuple(sorted((n, s.address) for n, s in self.symbols.items())),
            )
            if state == previous:
                return
            previous = state
        raise LinkError("the linker script's layout does not settle (addresses keep moving)")

    def _has_relro_section(self) -> bool:
        """ld's lang_find_relro_sections: -z relro holds only when an input section
        (empty ones too) goes to an output section between DATA_SEGMENT_ALIGN and
        DATA_SEGMENT_RELRO_END. ld's x86 backend adds an empty ``.got`` of its own
        whenever an input has ``.eh_frame``, which counts."""
        eh_frame = any(
            s.name == ".eh_frame" and s.size and s not in self.discarded
            for obj in self.table.files
            for s in obj.sections.values()
        )
        inside = False
        for item in self._items():
            if isinstance(item, script.Assignment):
                if _calls(item.expr, "DATA_SEGMENT_ALIGN"):
                    inside = True
                elif _calls(item.expr, "DATA_SEGMENT_RELRO_END"):
                    return False
            elif inside and isinstance(item, script.OutputSection):
                placed = self.placed.get(item.name)
                if placed is None:
                    continue
                if any(placed.taken.values()) or (eh_frame and item.name == ".got"):
                    return True
                orphans = (p for p in self.order if p.spec is None and p.after == item.name)
                if any(any(p.taken.values()) for p in orphans):
                    return True
        return False

    def _relro_base(self, segment: DataSegment) -> tuple[int, int]:
        """ld's lang_size_relro_segment_1: the RELRO end rounded up to a page, and the
        data segment's start that makes the sections before it (each as late as its
        alignment lets it) end there."""
        assert segment.relro_end is not None
        relro_end = script.align_up(segment.relro_end, segment.pagesize)
        desired_end = relro_end - segment.relro_offset
        for placed in reversed(self.order):
            if (
                placed.alloc
                and not placed.empty
                and segment.base <= placed.address < segment.relro_end - segment.relro_offset
            ):
                start = placed.address + desired_end - (placed.address + placed.size)
                desired_end = start & -placed.align
        return relro_end, max(desired_end, segment.base)

    def _flags(self, placed: Placed) -> None:
        sections = [s for taken in placed.taken.values() for s in taken]
        flags = 0
        nobits = True
        for section in sections:
            flags |= section.flags & (SHF_ALLOC | SHF_WRITE | SHF_EXECINSTR | SHF_TLS)
            if section.type != SHT_NOBITS:
                nobits = False
        # as ld: the inputs' entry size when they share one, and mergeable (strings)
        # when every input is
        kinds = {(s.flags & (SHF_MERGE | SHF_STRINGS), s.entsize) for s in sections if s.size}
        if len(kinds) == 1:
            merged, entsize = kinds.pop()
            placed.entsize = entsize
            flags |= merged
        spec = placed.spec
        if spec is not None:
            has_data = any(isinstance(c, script.DataCommand) for c in spec.commands)
            moves = any(
                isinstance(c, script.Assignment) and c.is_dot and _keeps_section(c)
                for c in spec.commands
            )
            placed.has_data = has_data
            placed.moves_dot = moves
            if has_data:
                nobits = False
            if spec.type is script.OutputSectionType.NOLOAD:
                nobits = True
                flags |= SHF_ALLOC
            if not sections and has_data:
                # ld's map_input_to_output_sections: a section its data statement
                # makes is read-only (SEC_READONLY), one only dot moves is writable
                flags |= SHF_ALLOC
            elif not sections and moves:
                flags |= SHF_ALLOC | SHF_WRITE
        placed.empty = (
            not any(s.size for s in sections) and not placed.has_data and not placed.moves_dot
        )
        placed.flags = flags
        # ld: a section only an assignment to `.` makes has no contents (NOBITS)
        placed.type = SHT_NOBITS if nobits and (sections or placed.dot_only) else SHT_PROGBITS
        if sections and all(s.type == sections[0].type for s in sections):
            placed.type = sections[0].type if not nobits else SHT_NOBITS
        placed.align = max([s.align for s in sections if not self._excluded(s)] + [1])

    def _pass(self) -> None:
        self._dot = 0
        self._last = None
        self.symbols = {}
        self._where = {}
        for name, expr in self.defsyms:
            value = self._evaluate(expr)
            self._define(name, value)
        placed_by_spec: dict[int, Placed] = {
            id(p.spec): p for p in self.order if p.spec is not None
        }
        pending_orphans = [p for p in self.order if p.spec is None]
        for command in self._top_level():
            if isinstance(command, script.Assignment):
                self._assign(command)
            elif isinstance(command, script.Sections):
                for item in command.items:
                    if isinstance(item, script.OutputSection):
                        if item.is_discard:
                            continue
                        placed = placed_by_spec.get(id(item))
                        if placed is None:
                            continue
                        self._place(placed)
                        for orphan in [p for p in pending_orphans if p.after == placed.name]:
                            self._place(orphan)
                            pending_orphans.remove(orphan)
                    elif isinstance(item, script.Assignment):
                        self._assign(item)
                    elif isinstance(item, script.AssertCommand):
                        self._assert(item)
            elif isinstance(command, script.AssertCommand):
                self._assert(command)
        for orphan in pending_orphans:
            self._place(orphan)

    def _place(self, placed: Placed) -> None:
        """Gives ``placed`` its address and load address (ld's rules: the
        previous section's LMA - VMA carries over) and its input sections, data and
        fills their places, moving the location counter."""
        spec = placed.spec
        if placed.empty:
            # ld ignores an empty section's address, but still defines its symbols
            self._current = placed
            if spec is not None:
                for inner in spec.commands:
                    if isinstance(inner, script.Assignment):
                        self._assign(inner)
            self._current = None
            return
        align = placed.align
        if spec is not None and spec.align is not None:
            align = max(align, self._int(spec.align))
        start = self.section_starts.get(placed.name)
        if not placed.alloc:
            address = 0 if spec is None or spec.address is None else self._int(spec.address)
        elif start is not None:
            address = start
        elif spec is not None and spec.address is not None:
            address = self._int(spec.address)
        else:
            address = script.align_up(self._dot, align)
        placed.address = address
        placed.align = align
        last = self._last
        if spec is not None and spec.lma is not None:
            placed.load_address = self._int(spec.lma)
        elif not placed.alloc or last is None:
            placed.load_address = address
        elif (
            last.address <= address < last.address + last.size
            or address <= last.address < address + placed.size
        ):
            # overlapping the previous section (an overlay): loaded after it
            placed.load_address = last.load_address + last.size
        else:
            # ld keeps the previous section's LMA - VMA, even for an explicit address
            placed.load_address = address + last.load_address - last.address
        saved_dot = self._dot
        self._dot = address
        self._current = placed
        placed.data = []
        placed.fills = []
        placed.pieces = []
        # gaps in code are filled with no-ops (ld's arch fill), elsewhere with zeros
        fill = CODE_FILL if placed.flags & SHF_EXECINSTR else b"\0"
        if spec is not None and spec.fill is not None:
            fill = script.fill_pattern(spec.fill, self)
        commands: list[tuple[int, script.SectionCommand | None]] = (
            [(n, c) for n, c in enumerate(spec.commands)] if spec is not None else []
        )
        if -1 in placed.taken:
            # orphans: after what the script put there (ld adds them at the end)
            commands.append((-1, None))
        for number, command in commands:
            if command is None or isinstance(command, script.InputSectionDescription):
                dot, merged, where = self._dot, self.merged, self._where
                for section in placed.taken.get(number, []):
                    found = merged.get(section)
                    alignment = section.align
                    if found is not None and found.excluded:  # (see _excluded)
                        at = dot
                    elif alignment > 1:  # script.align_up, inline
                        at = (dot + alignment - 1) // alignment * alignment
                    else:
                        at = dot
                    if at > dot:
                        placed.fills.append((dot - address, at - dot, fill))
                    placed.pieces.append(Piece(section, at - address))
                    where[section] = (placed, at)
                    dot = at + section.size
                self._dot = dot
            elif isinstance(command, script.DataCommand):
                placed.data.append((self._dot - address, command.size, command))
                self._dot += command.size
            elif isinstance(command, script.Assignment):
                before = self._dot
                self._assign(command)
                if command.is_dot and self._dot > before:
                    placed.fills.append((before - address, self._dot - before, fill))
            elif isinstance(command, script.FillCommand):
                fill = script.fill_pattern(command.expr, self)
            elif isinstance(command, script.AssertCommand):
                self._assert(command)
        self._current = None
        placed.size = self._dot - address
        if not placed.alloc:
            self._dot = saved_dot
            return
        self._last = placed

    def _assign(self, command: script.Assignment) -> None:
        if command.provide:
            # PROVIDE: only for a symbol that objects refer to and do not define
            existing = self.table.symbols.get(command.target)
            if existing is None or existing.state != "undefined":
                return
        value = script.evaluate(command.value, self, bits=self.bits, check_asserts=self._final)
        try:
            resolved = value.resolve(self, bits=self.bits)
        except script.ExpressionError as error:
            raise LinkError(f"{command.where}: {error}") from None
        if command.is_dot:
            if self._current is not None and resolved.address < self._dot and self._final:
                raise LinkError(
                    f"{command.where}: cannot move the location counter backwards (from "
                    f"{self._dot:#x} to {resolved.address:#x})"
                )
            self._dot = resolved.address
            return
        self.symbols[command.target] = ScriptSymbol(
            command.target, resolved.address, resolved.section, command.hidden, command.provide
        )

    def _define(self, name: str, value: script.Value) -> None:
        resolved = value.resolve(self, bits=self.bits)
        self.symbols[name] = ScriptSymbol(name, resolved.address, resolved.section)

    def _assert(self, command: script.AssertCommand) -> None:
        if not self._final:
            return
        if not self._int(command.condition):
            raise LinkError(f"{command.where}: ASSERT failed: {command.message}")

    def _evaluate(self, expr: script.Expr) -> script.Value:
        return script.evaluate(expr, self, bits=self.bits, check_asserts=self._final)

    def _int(self, expr: script.Expr) -> int:
        return script.evaluate_int(expr, self, bits=self.bits)

    def _entry(self) -> tuple[int, str | None]:
        name = self.entry_name
        if name is None:
            for parsed in self.scripts:
                if parsed.entry is not None:
                    name = parsed.entry
        if name is None:
            name = "_start"
        address = self.symbol_address(name)
        if address is None:
            text = self.placed.get(".text")
            return (text.address if text is not None and not text.empty else 0), None
        return address, name

    def symbol_address(self, name: str) -> int | None:
        found = self.symbols.get(name)
        if found is not None:
            return found.address
        entry = self.table.symbols.get(name)
        if entry is None:
            try:
                return int(name, 0)
            except ValueError:
                return None
        return self.global_address(entry)

    def global_address(self, entry: Symbol) -> int | None:
        if entry.state == "defined":
            if entry.section is None:
                return entry.value
            base = self.section_address_of(entry.section)
            return None if base is None else base + entry.value
        if entry.state == "common" and self.common is not None:
            base = self.section_address_of(self.common)
            return None if base is None else base + entry.value
        return None

    def section_address_of(self, section: InputSection) -> int | None:
        found = self._where.get(section)
        return None if found is None else found[1]

    def output_of(self, section: InputSection) -> Placed | None:
        found = self._where.get(section)
        return None if found is None else found[0]

    # --- ScriptEnv -----------------------------------------------------------------

    def dot(self) -> int:
        return self._dot

    def current_section(self) -> str | None:
        return self._current.name if self._current is not None else None

    def symbol(self, name: str) -> script.SymbolValue | None:
        found = self.symbols.get(name)
        if found is not None:
            return script.SymbolValue(found.address, found.section)
        entry = self.table.symbols.get(name)
        if entry is None:
            return None
        address = self.global_address(entry)
        if address is None:
            if not self._final and entry.state != "undefined":
                return script.SymbolValue(0)
            return None
        return script.SymbolValue(address)

    def defined(self, name: str) -> bool:
        if name in self.symbols:
            return True
        entry = self.table.symbols.get(name)
        return entry is not None and entry.state in ("defined", "common")

    def _section(self, name: str) -> Placed | None:
        placed = self.placed.get(name)
        return placed if placed is not None else None

    def section_address(self, name: str) -> int | None:
        placed = self._section(name)
        return None if placed is None else placed.address

    def section_load_address(self, name: str) -> int | None:
        placed = self._section(name)
        return None if placed is None else placed.load_address

    def section_size(self, name: str) -> int | None:
        placed = self._section(name)
        if placed is None:
            return None
        return 0 if placed.empty else placed.size

    def section_alignment(self, name: str) -> int | None:
        placed = self._section(name)
        return None if placed is None else placed.align

    def constant(self, name: str) -> int:
        if name == "MAXPAGESIZE":
            return self.max_page_size
        if name == "COMMONPAGESIZE":
            return self.common_page_size
        raise script.ExpressionError(f"unknown constant {name}")

    def region_origin(self, name: str) -> int | None:
        for parsed in self.scripts:
            for region in parsed.memory_regions:
                if region.name == name:
                    return self._int(region.origin)
        return None

    def region_length(self, name: str) -> int | None:
        for parsed in self.scripts:
            for region in parsed.memory_regions:
                if region.name == name:
                    return self._int(region.length)
        return None

    def sizeof_headers(self) -> int:
        self.headers_loaded = True  # as ld's load_phdrs: the script made room for them
        return self.headers

    def segment_start(self, name: str, default: int) -> int:
        starts = {"text-segment": ".text", "data-segment": ".data", "bss-segment": ".bss"}
        found = self.section_starts.get(starts.get(name, name))
        return default if found is None else found

    def data_segment_align(self, maxpagesize: int, commonpagesize: int) -> int:
        segment = self._segment
        if segment.phase in ("relro", "done"):
            return segment.base
        dot = self._dot
        # under -z relro the data segment starts on a page (the RELRO adjustment
        # then moves it up); without, on the same offset in the next page
        offset = 0 if self._relro_on else dot & (maxpagesize - 1)
        segment.base = script.align_up(dot, maxpagesize) + offset
        segment.pagesize = maxpagesize  # the RELRO end's alignment
        return segment.base

    def data_segment_relro_end(self, offset: int, value: int) -> int:
        segment = self._segment
        segment.relro_offset = offset
        end = value + offset
        if segment.phase == "relro" and end & (segment.pagesize - 1):
            end = script.align_up(end, segment.pagesize)
            segment.relro_end = end
            return end - offset
        segment.relro_end = end
        return value

    def data_segment_end(self, value: int) -> int:
        return value


def _calls(expr: script.Expr, function: str) -> bool:
    """Whether ``expr`` calls the builtin ``function`` anywhere."""
    if isinstance(expr, script.Call):
        return expr.function == function or any(_calls(a, function) for a in expr.args)
    if isinstance(expr, script.Binary):
        return _calls(expr.left, function) or _calls(expr.right, function)
    if isinstance(expr, script.Unary):
        return _calls(expr.operand, function)
    if isinstance(expr, script.Ternary):
        return any(_calls(e, function) for e in (expr.condition, expr.if_true, expr.if_false))
    return False


def _exact_names(command: script.InputSectionDescription) -> list[str] | None:
    """The section names ``command`` takes when its patterns are all plain names
    without EXCLUDE_FILE (what a section is called then decides); None otherwise."""
    patterns = command.sections
    if not patterns or any(p.exclude_files or script.is_wildcard(p.pattern) for p in patterns):
        return None
    return [p.pattern for p in patterns]


def _name_starts(command: script.InputSectionDescription) -> list[str] | None:
    """What the names ``command`` takes start with: each pattern's text before its
    first wildcard (or escape), when none is empty and none has EXCLUDE_FILE; None
    otherwise."""
    patterns = command.sections
    if not patterns or any(p.exclude_files for p in patterns):
        return None
    starts = []
    for pattern in patterns:
        text = pattern.pattern
        end = min((i for i in map(text.find, "*?[\\") if i >= 0), default=len(text))
        if end == 0:
            return None
        starts.append(text[:end])
    return starts


def _may_start(head: str, start: str) -> bool:
    """Whether a name whose part before its second dot is ``head`` may start with
    ``start``."""
    dot = start.find(".", 1)
    return head == start[:dot] if dot >= 0 else head.startswith(start)


def _file_names(obj: ObjectFile) -> tuple[str, str | None]:
    """The names a file pattern sees: the path as given, and the member's name."""
    if obj.archive is not None:
        return obj.archive, obj.member
    return obj.name, None


def _init_priority(section: InputSection) -> tuple[int, str]:
    tail = section.name.rsplit(".", 1)[-1]
    if tail.isdigit():
        number = int(tail)
        if section.name.startswith((".ctors", ".dtors")):
            number = 65535 - number
        return number, section.name
    return 65536, section.name


# BFD's section flags (bfd/section.c) that ld's orphan placement compares; the values
# are ours, only their meanings are BFD's.
SEC_ALLOC, SEC_LOAD, SEC_READONLY, SEC_CODE, SEC_DATA = 1, 2, 4, 8, 16
SEC_HAS_CONTENTS, SEC_THREAD_LOCAL, SEC_DEBUGGING = 32, 64, 128


def _bfd_flags(section: InputSection) -> int:
    """An ELF input section's flags as BFD gives them (_bfd_elf_make_section_from_shdr)."""
    flags = 0
    contents = section.type != SHT_NOBITS
    if contents:
        flags |= SEC_HAS_CONTENTS
    if section.flags & SHF_ALLOC:
        flags |= SEC_ALLOC | (SEC_LOAD if contents else 0)
    if not section.flags & SHF_WRITE:
        flags |= SEC_READONLY
    if section.flags & SHF_EXECINSTR:
        flags |= SEC_CODE
    elif section.flags & SHF_ALLOC:
        flags |= SEC_DATA
    if section.flags & SHF_TLS:
        flags |= SEC_THREAD_LOCAL
    if not section.flags & SHF_ALLOC and section.name.startswith((".debug", ".line", ".stab")):
        flags |= SEC_DEBUGGING
    return flags


def _hold_name(flags: int, kind: int) -> str | None:
    """The output section ldelf_place_orphan looks for first for an alloc orphan (its
    ``hold`` table): None for notes and relocations, which have no such name here."""
    if flags & SEC_LOAD and kind == SHT_NOTE:
        return None
    if not flags & (SEC_LOAD | SEC_HAS_CONTENTS | SEC_THREAD_LOCAL):
        return ".bss"
    if flags & SEC_THREAD_LOCAL:
        return ".tdata"
    if not flags & SEC_READONLY:
        return ".data"
    if flags & SEC_LOAD and kind in (SHT_RELA, SHT_REL):
        return None
    return ".rodata" if not flags & SEC_CODE else ".text"


def _orphan_kind(flags: int, kind: int) -> str:
    """Which entry of ldelf_place_orphan's ``hold`` table an orphan belongs to: orphans
    of one kind placed after the same section stay in input order."""
    if not flags & SEC_ALLOC:
        return "nonalloc"
    return _hold_name(flags, kind) or ("note" if kind == SHT_NOTE else "rel")


def _find_by_flags(
    flags: int, kind: int, order: list[tuple[Placed, int | None]], *, by_type: bool
) -> Placed | None:
    """ld's lang_output_section_find_by_flags for an alloc orphan: the last output
    section with the same flags; else the last one a section of this kind may follow
    (code after code; read-only data after any read-only loaded section; TLS after TLS
    or loaded data; data after loaded sections; bss after any alloc section).
    ``by_type``: only output sections of the orphan's ELF type count (ld's first try,
    _bfd_elf_match_sections_by_type)."""
    same = SEC_HAS_CONTENTS | SEC_ALLOC | SEC_LOAD | SEC_READONLY | SEC_CODE | SEC_THREAD_LOCAL
    if flags & SEC_CODE:
        near = SEC_HAS_CONTENTS | SEC_ALLOC | SEC_LOAD | SEC_CODE | SEC_THREAD_LOCAL
    elif flags & SEC_READONLY:
        near = SEC_HAS_CONTENTS | SEC_ALLOC | SEC_LOAD | SEC_READONLY
    elif flags & SEC_THREAD_LOCAL:
        near = SEC_HAS_CONTENTS | SEC_ALLOC | SEC_LOAD
    elif flags & SEC_HAS_CONTENTS:
        near = SEC_HAS_CONTENTS | SEC_ALLOC | SEC_LOAD | SEC_THREAD_LOCAL
    else:
        near = SEC_ALLOC
    for mask in (same, near):
        found = None
        for placed, placed_flags in order:
            if placed_flags is None:
                continue
            if by_type and placed.sections_type() != kind:
                continue
            if not (placed_flags ^ flags) & mask:
                found = placed
        if found is not None:
            return found
    return None


def _keeps_section(assignment: script.Assignment) -> bool:
    """Whether an assignment to ``.`` inside an output section keeps the section when
    it is otherwise empty: ld's exp_fold_tree_1 marks it SEC_KEEP, except for
    ``. = 0``, ``. = . + 0`` (``. += 0``) and ``. = ALIGN(. != 0 ? expr : 1)``, the
    forms that leave an empty section empty (ld's default script ends .bss with the
    last)."""
    expr = assignment.expr

    def value(node: script.Expr, number: int) -> bool:
        return isinstance(node, script.Number) and node.value == number

    if assignment.op == "+=":
        return not value(expr, 0)
    if assignment.op != "=":
        return True
    if value(expr, 0):
        return False
    if isinstance(expr, script.Binary) and expr.op == "+":
        return not (isinstance(expr.left, script.Dot) and value(expr.right, 0))
    if isinstance(expr, script.Call) and expr.function == "ALIGN" and len(expr.args) == 1:
        choice = expr.args[0]
        return not (
            isinstance(choice, script.Ternary)
            and isinstance(choice.condition, script.Binary)
            and choice.condition.op == "!="
            and isinstance(choice.condition.left, script.Dot)
            and value(choice.condition.right, 0)
            and value(choice.if_false, 1)
        )
    return True
