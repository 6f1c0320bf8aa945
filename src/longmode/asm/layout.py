"""Sections and symbols of one assembly, and the multi-pass layout that makes sizes converge.

Every pass walks all statements from the top, as NASM does: labels get
``(section, offset)`` places; a forward reference uses the label's place from
the previous pass, and in the first pass, where it has none, a branch to it is
optimistically short while an immediate or displacement takes its long form.
The passes repeat until no label moves; the last one reports errors and keeps
the bytes. A first pass that took no value from a pass before (a source without
forward references) and met nothing a final pass does otherwise is the last.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any, Literal

from longmode.asm.diagnostics import INTERNAL_ERRORS, DiagnosticSink, LineError
from longmode.asm.encode import (
    Fixup,
    Value,
    branch_with_field,
    encode_instruction,
    plain_branch,
)
from longmode.asm.encoding import BOUNDS, exceeds_bounds
from longmode.asm.expr import NO_SEGMENT, EvalContext, Node, Reloc, evaluate
from longmode.asm.inputs import InputFiles
from longmode.asm.layout_directives import Section, get_section, run_directive
from longmode.asm.limits import (
    MAX_NOBITS_64,
    MAX_NOBITS_ELF32,
    MAX_OUTPUT_SIZE,
    output_limit_text,
)
from longmode.asm.operands import FarOp, ImmOp, MemOp, Operand, RegOp
from longmode.asm.optable import RegInfo
from longmode.asm.parser import DATA_WIDTHS, RES_WIDTHS
from longmode.asm.records import Record
from longmode.asm.special import SPECIAL
from longmode.asm.statements import (
    Data,
    Directive,
    Equ,
    Instr,
    Label,
    Reserve,
    Stmt,
    Template,
)

MAX_PASSES = 40
DATA_NAMES = {width: name for name, width in DATA_WIDTHS.items()}
RESERVE_NAMES = {width: name for name, width in RES_WIDTHS.items()}
#: Bytes of one relocation entry in the output (ELF64 RELA, ELF32 REL).
_RELOCATION_SIZES = {"bin": 0, "elf64": 24, "elf32": 8}


class ListingLine(Record):
    """One line of the listing: where it came from, where it went and its bytes.

    As in NASM's listing, a line made of repetitions keeps the first one's bytes
    and their count (``<rep Nh>``), reserved space and ``incbin`` only their size
    (``<res Nh>``, ``<bin Nh>``): a listing never grows with a ``times`` count.
    """

    __slots__ = ("binary", "data", "filename", "line", "offset", "repeat", "reserved")
    filename: str
    line: int
    offset: int
    data: bytes
    reserved: int
    repeat: int
    binary: int

    def __init__(
        self,
        filename: str,
        line: int,
        offset: int,
        data: bytes,
        reserved: int = 0,
        repeat: int = 1,
        binary: int = 0,
    ) -> None:
        self.filename = filename
        self.line = line
        self.offset = offset
        self.data = data
        self.reserved = reserved
        self.repeat = repeat
        self.binary = binary


class Layout(EvalContext):
    """Runs the passes over a statement list for one output format."""

    def __init__(
        self,
        fmt: str,
        sink: DiagnosticSink,
        include_paths: list[str],
        listing: bool = False,
        files: InputFiles | None = None,
        track_positions: bool = True,
    ) -> None:
        self.want_listing = listing
        #: Whether to note where each line leaves its section (:attr:`positions`),
        #: which only a further round of the preprocessor reads.
        self.track_positions = track_positions
        self.fmt = fmt
        self.sink = sink
        self.include_paths = include_paths
        self.files = files or InputFiles()
        self.is_bin = fmt == "bin"
        self.default_bits = {"bin": 16, "elf32": 32, "elf64": 64}[fmt]
        self.relocation_size = _RELOCATION_SIZES[fmt]
        self.nobits_limit = MAX_NOBITS_ELF32 if fmt == "elf32" else MAX_NOBITS_64
        #: Bytes of the sections with contents and of the relocations, in this pass.
        self.output_size = 0
        #: The current line's repetitions, for the listing: (count, size of the first).
        self.repetition: tuple[int, int] | None = None
        self.prev: dict[str, Any] = {}
        self.bases: dict[str, int] = {}
        self.sections: dict[str, Section] = {}
        self.labels: dict[str, Any] = {}
        self.globals: dict[str, tuple[str, int]] = {}
        self.externs: dict[str, tuple[str, int]] = {}
        self.commons: dict[str, tuple[int, int]] = {}
        self.label_lines: dict[str, tuple[str, int]] = {}
        self.listing: list[ListingLine] = []
        # [list -] and [list +]; NASM carries the state from one pass into the next, so
        # the listing starts as the previous pass left it
        self.listing_on = True
        self.org = 0
        self.org_where: tuple[str, int] | None = None
        self.final = False
        self.unknown = False
        #: The line last warned of data in a nobits section (a warning a line).
        self.nobits_warned: Stmt | None = None

    # -- passes ------------------------------------------------------------

    def run(self, statements: list[Stmt]) -> None:
        """Lay out the statements until stable; errors of the last pass go to the sink."""
        errors = self._pass(statements, final=False)
        if not self._first_pass_final(errors):
            for _ in range(MAX_PASSES):
                snapshot = self._snapshot()
                errors = self._pass(statements, final=True)
                if self._snapshot() == snapshot:
                    break
            else:
                errors = [*errors, self._stalled(snapshot[0], statements)]
        for filename, line, severity, message in errors:
            self.sink.add(filename, line, severity, message)
        if self.is_bin and not self.sink.errors:
            self._check_image()

    def _stalled(self, before: dict[str, Any], statements: list[Stmt]) -> tuple[str, int, str, str]:
        """The error when the passes end with labels still moving (NASM's words), at
        the first label that moved in the last pass: a size that depends on a
        label after it, which that size moves (``add bx, (f - s) - 0x101``)."""
        moved = [n for n, place in self.labels.items() if before.get(n) != place]
        message = f"unable to find valid values for all labels after {MAX_PASSES + 1} passes"
        if not moved:
            return (statements[0].filename if statements else "<input>", 0, "error", message)
        name = moved[0]
        filename, line = self.label_lines.get(name, (statements[0].filename, 0))
        was, now = before.get(name), self.labels[name]
        shown = f" (between {was[1]:#x} and {now[1]:#x})" if was and was[0] == now[0] else ""
        message += f": `{name}' still moves{shown}, as sizes before it depend on where it is"
        return (filename, line, "error", message)

    def _check_image(self) -> None:
        """A flat binary's gaps between sections count towards the output limit."""
        from longmode.asm.output_bin import check_image

        try:
            check_image(self.sections, self.org, self.org_where)
        except LineError as err:
            place = err.where or (self.stmt.filename, 0)
            self.sink.add(place[0], place[1], err.severity, err.message)

    def _first_pass_final(self, errors: list[tuple[str, int, str, str]]) -> bool:
        """Whether the first pass laid everything out as a final pass would, which would
        then find the same places (a source without forward references): every name
        it used was defined above its use or external (and never defined), nothing
        differed for not being final (no warning left out, no redefinition, no branch
        out of reach), no error, and every section at 0, as it assumed (no `org').
        Then its bytes are the final ones; with a listing wanted, a final pass makes it."""
        return (
            self.settled
            and not errors
            and not self.want_listing
            and not any(self.bases.values())
            and self.used_externs.isdisjoint(self.labels)
        )

    def _snapshot(self) -> tuple[Any, ...]:
        return (dict(self.labels), dict(self.bases))

    def _pass(self, statements: list[Stmt], final: bool) -> list[tuple[str, int, str, str]]:
        self.prev = self.labels
        self.labels = {}
        self.final = final
        #: Whether nothing in this pass took a value from the pass before, or would
        #: have gone otherwise in a final pass (see :meth:`_first_pass_final`).
        self.settled = True
        self.sections = {}
        self.use_counter = 0
        self.output_size = 0
        self.line_start = 0
        self.used_externs: set[str] = set()  # NASM leaves unused externs out of the object
        self.section = get_section(self, ".text", {})
        self.absolute: int | None = None
        #: the section `absolute label' places its labels in (None: plain numbers)
        self.absolute_base: str | None = None
        self.saved_section: Section | None = None
        self.saved_absolute: int | None = None
        self.saved_absolute_base: str | None = None
        self.bits = self.default_bits
        self.default_rel = False
        self.pre386 = False  # `cpu 8086', 186 or 286: a far Jcc jumps over a near JMP
        self.struc: tuple[str, Any] | None = None
        self.istruc: list[tuple[str, int]] = []
        self.org = 0
        self.org_where = None
        self.listing = []
        #: (file, line) → (section, offset after the line), for `$` in preprocessor expressions.
        self.positions: dict[tuple[str, int], tuple[str, int]] = {}
        self.label_lines = {}
        self.defined_order: dict[str, int] = {}  # names by first definition (ELF order)
        self.globals = {}
        self.statics: set[str] = set()  # `static' names (an object's affixes: as globals')
        self.symbol_types: dict[str, tuple[int, int, int, bool]] = {}
        self.required: set[str] = set()  # `required' externs, kept even if unused
        self.externs = {}
        self.commons = {}
        errors: list[tuple[str, int, str, str]] = []
        self.pass_messages = errors
        if self.want_listing or self.track_positions:
            self._walk(statements, errors)
        else:
            self._walk_quickly(statements, errors)
        if self._struc_open():
            errors.append(
                (self.stmt.filename, self.stmt.line, "error", "`struc' without `endstruc'")
            )
        self._compute_bases()
        return errors

    def _walk(self, statements: list[Stmt], errors: list[tuple[str, int, str, str]]) -> None:
        """Lay out each statement in turn; its errors go to ``errors``."""
        for stmt in statements:
            self.stmt = stmt
            try:
                self._statement(stmt)
                if self.track_positions and self.absolute is None:
                    self.positions[stmt.filename, stmt.line] = (
                        self.section.name,
                        self.section.size,
                    )
            except LineError as err:
                errors.append((stmt.filename, stmt.line, err.severity, err.message))
            except INTERNAL_ERRORS as err:  # never a traceback
                message = f"cannot assemble this line ({type(err).__name__}: {err})"
                errors.append((stmt.filename, stmt.line, "error", message))

    def _walk_quickly(
        self, statements: list[Stmt], errors: list[tuple[str, int, str, str]]
    ) -> None:
        """:meth:`_walk` without a listing or positions to keep, where the commonest
        lines are made in the loop, as :meth:`_statement` makes them: a label, and
        an instruction or data whose bytes are known, in a section with contents
        (a function call per line is a good part of a pass); another instruction
        there goes to :meth:`_instruction` directly."""
        labels = self.labels
        for stmt in statements:
            instruction = False
            if stmt.times is None and self.absolute is None and not self.section.nobits:
                kind = stmt.__class__
                data: bytes | None = None
                if kind is Instr:
                    instruction = True
                    if stmt.constant and stmt.mnemonic and not stmt.sized_address:  # type: ignore[attr-defined]
                        data = stmt.cache.get((self.bits, self.default_rel))  # type: ignore[attr-defined]
                elif kind is Label:
                    name = stmt.name  # type: ignore[attr-defined]
                    if name not in labels:  # (as _define() does)
                        labels[name] = (self.section.name, len(self.section.data))
                        self.label_lines[name] = (stmt.filename, stmt.line)
                        self.defined_order.setdefault(name, len(self.defined_order))
                        continue
                elif kind is Data:
                    data = stmt.constant  # type: ignore[attr-defined]
                if data is not None and self.output_size + len(data) <= MAX_OUTPUT_SIZE:
                    self.section.data += data  # (as emit() does)
                    self.output_size += len(data)
                    continue
            self.stmt = stmt
            try:
                if instruction:  # (what _statement() does first, in this place)
                    self.line_start = len(self.section.data)
                    self.repetition = None
                    self._instruction(stmt)  # type: ignore[arg-type]
                else:
                    self._statement(stmt)
            except LineError as err:
                errors.append((stmt.filename, stmt.line, err.severity, err.message))
            except INTERNAL_ERRORS as err:  # never a traceback
                message = f"cannot assemble this line ({type(err).__name__}: {err})"
                errors.append((stmt.filename, stmt.line, "error", message))
        if statements:
            self.stmt = statements[-1]  # (as the loop leaves it in _walk)

    def _struc_open(self) -> bool:
        return self.struc is not None

    def _compute_bases(self) -> None:
        if not self.is_bin:
            return
        from longmode.asm.output_bin import section_addresses

        try:
            placed = section_addresses(self.sections, self.org)
        except LineError:
            return
        self.bases = {name: vaddr for name, (_, vaddr) in placed.items()}

    # -- evaluation context --------------------------------------------------

    def lookup(self, name: str) -> Any:
        """The value of a name: labels of this pass, else of the last one, else externs."""
        place = self.labels.get(name)
        if place is None:
            place = self.prev.get(name)
            if place is None:
                if name in self.externs:
                    self.used_externs.add(name)
                    return Reloc(name, 0, False)
                self.settled = False
                return None
            self.settled = False
        if place[0] == "=":
            return place[1]
        section, offset = place
        if section is None:
            return offset
        return Reloc(section, offset, True)

    def symbols(self) -> dict[str, tuple[Any, tuple[str, int]]]:
        """Every label and `equ' name: its value and where it was defined (for
        the preprocessor's next round)."""
        return {
            name: (self.lookup(name), self.label_lines[name])
            for name in self.labels
            if name in self.label_lines
        }

    def here(self) -> Any:
        """``$``: where the current line starts (as in NASM, for every repetition of a
        ``times`` too)."""
        if self.absolute is not None and self.absolute_base is not None:
            return Reloc(self.absolute_base, self.line_start, True)
        if self.absolute is not None:
            return self.line_start
        return Reloc(self.section.name, self.line_start, True)

    def section_start(self) -> Any:
        """``$$``: the start of the current section."""
        if self.absolute is not None:
            return 0 if self.struc is None else self.struc[1]
        return Reloc(self.section.name, 0, True)

    def current_section(self) -> str | None:
        """The section being assembled into (None in `absolute' space)."""
        return None if self.absolute is not None else self.section.name

    def segment_base(self, value: Any) -> Any:
        """``seg x``: neither flat binaries nor ELF objects have segment bases."""
        fmt = "binary output" if self.is_bin else "ELF"
        raise LineError(f"{fmt} format does not support segment base references")

    def value(self, node: Node) -> Value:
        """Evaluate an expression; ``unknown`` tells whether a name was missing."""
        kind = node[0]
        if kind == "n":  # a number (most operands)
            return Value(node[1], False)
        self.unknown = False
        if kind == "sym":  # a name (most of the others)
            v = self.lookup(node[1])
            if v is None:
                self.unknown = True
                v = 0
        else:
            v = evaluate(node, self)
        if self.unknown and self.final:
            missing = _first_unknown(node, self) or "?"
            raise LineError(f"symbol `{missing}' not defined")
        return Value(v, self.unknown)

    def integer(self, node: Node, what: str) -> int:
        """Evaluate an expression that must be a known number now."""
        val = self.value(node)
        if isinstance(val.value, Reloc):
            raise LineError(f"non-constant argument supplied to {what}")
        return val.value

    # -- statements ------------------------------------------------------------

    def _offset(self) -> int:
        if self.absolute is not None:
            return self.absolute
        section = self.section  # (its size, without the property: a line's every step)
        return section.bss_size if section.nobits else len(section.data)

    def warn(self, message: str) -> None:
        """A warning about the current statement (kept from the last pass only)."""
        if self.final:
            self.pass_messages.append((self.stmt.filename, self.stmt.line, "warning", message))
        else:
            self.settled = False

    def touch(self) -> None:
        """Note that a `section' directive named the current section: ELF lists the
        sections in that order, as NASM does, and the default .text, when no
        directive names it, after them (NASM makes it at its first byte, in the
        last pass)."""
        section = self.section
        if section.first_use == 1 << 30:
            section.first_use = self.use_counter
            self.use_counter += 1

    # -- growing the output: every byte goes through emit() or reserve() --------

    def emit(self, data: bytes, count: int = 1) -> None:
        """``count`` copies of ``data`` at the current position, checked against the
        limits before any byte is made."""
        if self.absolute is not None and data and count:  # NASM's error, not a skip
            raise LineError("attempt to assemble code in [ABSOLUTE] space")
        section = self.section
        grown = len(data) * count
        if section.nobits:
            if grown and self.nobits_warned is not self.stmt:  # (once a line)
                self.nobits_warned = self.stmt
                # NASM: the bytes are left out, their room kept (and a warning for
                # each piece of output, its words its output format's)
                self.warn(
                    f"attempt to initialize memory in BSS section `{section.name}': ignored"
                    if not self.is_bin
                    else "attempt to initialize memory in a nobits section: ignored"
                )
            self._check_nobits(grown)
            section.bss_size += grown
            return
        if self.output_size + grown > MAX_OUTPUT_SIZE:
            self._check_output(grown, grown)
        self.output_size += grown
        section.data += data if count == 1 else data * count

    def reserve(self, count: int) -> None:
        """``count`` bytes of uninitialised space (zeros in a section with contents)."""
        if self.absolute is not None:
            self.absolute += count
            return
        if self.section.nobits:
            self._check_nobits(count)
            self.section.bss_size += count
        else:
            self.emit(b"\0", count)

    def add_fixup(self, fixup: Fixup) -> None:
        """A relocation of the current section; its entry counts towards the output.
        None in a nobits section, whose bytes are left out (NASM drops it too)."""
        if self.section.nobits:
            return
        self._check_output(0, self.relocation_size)
        self.output_size += self.relocation_size
        fixup.where = (self.stmt.filename, self.stmt.line)
        self.section.fixups.append(fixup)

    def _check_output(self, section_grown: int, output_grown: int) -> None:
        """Refuse, before they are made, bytes that would take the current section
        or the whole output past :data:`MAX_OUTPUT_SIZE`."""
        if self.output_size + output_grown <= MAX_OUTPUT_SIZE:
            return
        section = self.section
        if section.size + section_grown > MAX_OUTPUT_SIZE:
            what = f"section {section.name} {section.size + section_grown} bytes"
        else:
            what = f"the output {self.output_size + output_grown} bytes"
        raise LineError(f"{output_limit_text()}; {self._doing()} would make {what}")

    def _check_nobits(self, grown: int) -> None:
        """Refuse a nobits section larger than the output format can express."""
        section = self.section
        size = section.bss_size + grown
        if size > self.nobits_limit:
            where = " in an ELF32 object (its sizes are 32-bit)" if self.fmt == "elf32" else ""
            raise LineError(
                f"section {section.name} must be at most {self.nobits_limit} bytes{where}; "
                f"{self._doing()} would make it {size} bytes"
            )

    def _check_growth(self, section_grown: int, output_grown: int) -> None:
        """Refuse, before it is done, a repetition that would take the current
        section or the output beyond its limit."""
        if self.section.nobits:
            self._check_nobits(section_grown)
        else:
            self._check_output(section_grown, output_grown)

    def _check_absolute(self, grown: int) -> None:
        """In `absolute' space nothing is kept, but each repetition is work: the
        output limit bounds it too."""
        if grown > MAX_OUTPUT_SIZE:
            raise LineError(f"{output_limit_text()}; {self._doing()} would make {grown} bytes")

    def _doing(self) -> str:
        """The current statement in a message: ``this `times'``, ``this `resb'``…"""
        stmt = self.stmt
        if stmt.times is not None:
            return "this `times'"
        if isinstance(stmt, Data):
            return f"this `{DATA_NAMES[stmt.width]}'"
        if isinstance(stmt, Reserve):
            return f"this `{RESERVE_NAMES[stmt.width]}'"
        if isinstance(stmt, Directive):
            return f"this `{stmt.name}'"
        return "this line"

    def _growth(self) -> tuple[int, int]:
        """Where the current place stands: its size (or absolute position) and the output's."""
        return self._offset(), self.output_size

    def _repeat(self, count: int, once: Callable[[], None]) -> None:
        """``once`` ``count`` times; the first shows how much each makes, and all of
        them are checked against the limits before the others are made."""
        if count <= 0:
            return
        place, output = self._growth()
        once()
        if count > 1:
            place_after, output_after = self._growth()
            self.repetition = (count, place_after - place)
            times = count - 1
            if self.absolute is not None:
                self._check_absolute((place_after - place) * count)
            else:
                self._check_growth((place_after - place) * times, (output_after - output) * times)
            for _ in range(times):
                once()

    def _statement(self, stmt: Stmt) -> None:
        start = self.line_start = self._offset()
        section = self.section
        self.repetition = None
        listed = self.want_listing and self.listing_on  # as the line starts: [list -] is
        if isinstance(stmt, Instr):
            if stmt.times is None:
                self._instruction(stmt)
            else:
                self._instructions(stmt, self._times(stmt))
        elif isinstance(stmt, Label):
            self._define(stmt.name)
        elif isinstance(stmt, Data):
            self._data_lines(stmt, self._times(stmt))
        elif isinstance(stmt, Reserve):
            count = self._times(stmt)
            n = self.integer(stmt.count, "`resb'")
            if n < 0:
                raise LineError(f"`resb' count {n} is negative")
            self.reserve(n * stmt.width * count)
        elif isinstance(stmt, Equ):
            self._equ(stmt)
        elif isinstance(stmt, Directive):
            run_directive(self, stmt)
        if listed and self.final and self.absolute is None and not isinstance(stmt, (Label, Equ)):
            end = self.section.size if self.section is section else start  # `section' lines
            self.listing.append(self._listing_line(stmt, start, end))

    def _listing_line(self, stmt: Stmt, start: int, end: int) -> ListingLine:
        """What the listing shows of a line that took the current section from
        ``start`` to ``end``."""
        place = (stmt.filename, stmt.line, start)
        if self.section.nobits or isinstance(stmt, Reserve):
            return ListingLine(*place, b"", reserved=end - start)
        if isinstance(stmt, Directive) and stmt.name in ("incbin", "alignb"):
            size = end - start
            return ListingLine(
                *place,
                b"",
                reserved=size if stmt.name == "alignb" else 0,
                binary=size if stmt.name == "incbin" else 0,
            )
        count, first = self.repetition or (1, end - start)
        return ListingLine(*place, bytes(self.section.data[start : start + first]), repeat=count)

    def _instructions(self, stmt: Instr, count: int) -> None:
        """An instruction ``count`` times: one whose bytes cannot change is encoded
        once and copied; the others (names, relative branches) one by one."""
        if count == 1:
            self._instruction(stmt)
            return
        if not count:
            return
        key = (self.bits, self.default_rel)
        done = 0
        if stmt.constant and key not in stmt.cache:
            self._instruction(stmt)  # encoded once: its bytes are kept in stmt.cache
            done = 1
        cached = stmt.cache.get(key) if stmt.constant else None
        if cached is None:
            self._repeat(count - done, lambda: self._instruction(stmt))
            return
        self.emit(cached, count - done)
        self.repetition = (count, len(cached))

    def _data_lines(self, stmt: Data, count: int) -> None:
        """A data line ``count`` times: as `$' is where the line starts, every
        repetition has the same bytes (and relocations, one repetition further on),
        made once and copied."""
        if count == 1:
            self.emit(self._data(stmt))
            return
        if not count:
            return
        first = len(self.section.fixups)
        data = self._data(stmt)
        made = self.section.fixups[first:] if self.absolute is None else []
        if self.absolute is None:
            relocations = len(made) * (count - 1) * self.relocation_size
            self._check_growth(len(data) * count, len(data) * count + relocations)
        self.emit(data, count)
        self.repetition = (count, len(data))
        for k in range(1, count if made else 1):
            for f in made:
                self.add_fixup(f.replace(offset=f.offset + k * len(data)))

    def _times(self, stmt: Stmt) -> int:
        if stmt.times is None:
            return 1
        val = self.value(stmt.times)
        if val.unknown:
            return 0
        if isinstance(val.value, Reloc):
            raise LineError("non-constant argument supplied to TIMES")
        if val.value < 0:
            raise LineError(f"TIMES value {val.value} is negative")
        return val.value

    def _define(self, name: str) -> None:
        if name in self.labels:
            if self.final:
                raise LineError(f"label `{name}' inconsistently redefined")
            self.settled = False
            return
        if self.absolute is not None:
            self.labels[name] = (self.absolute_base, self.absolute)
        else:
            self.labels[name] = (self.section.name, self.section.size)
        self.label_lines[name] = (self.stmt.filename, self.stmt.line)
        self.defined_order.setdefault(name, len(self.defined_order))

    def _equ(self, stmt: Equ) -> None:
        if stmt.name in self.labels:
            if self.final:
                raise LineError(f"label `{stmt.name}' inconsistently redefined")
            self.settled = False
            return
        val = self.value(stmt.expr)
        if isinstance(val.value, Reloc) and val.value.pcrel:  # relative to its own line
            raise LineError("invalid operand to a relocatable expression")
        if not val.unknown:
            v = val.value
            if isinstance(v, Reloc) and v.is_section:
                self.labels[stmt.name] = (v.base, v.offset)
            elif self.is_bin or isinstance(v, int):
                self.labels[stmt.name] = ("=", v)
            else:
                self.labels[stmt.name] = ("=", v)
            self.label_lines[stmt.name] = (stmt.filename, stmt.line)
            self.defined_order.setdefault(stmt.name, len(self.defined_order))

    def _ip(self) -> int:
        if self.is_bin:
            return self.bases.get(self.section.name, 0) + self._offset()
        return self._offset()

    def _operand(self, node: Node, jump: bool = False) -> Value:
        """An operand's value: label-based values resolved where the format allows."""
        if node[0] == "sym" and self.is_bin:  # a label alone (most operands that name one)
            place = self.labels.get(node[1])
            if place is None and self.final:  # (a first pass notes that it looked back)
                place = self.prev.get(node[1])
            if place is not None and place[0] is not None and place[0] != "=":
                # its address, as lookup() and _placed() make it
                here = place[0] == self.section.name and self.absolute is None
                return Value(self.bases.get(place[0], 0) + place[1], False, here or not jump)
        return self._placed(self.value(node), jump)

    def _placed(self, val: Value, jump: bool = False) -> Value:
        """:meth:`_operand` for a value already evaluated."""
        v = val.value
        if not isinstance(v, Reloc):
            return val
        if self.is_bin:
            if not v.is_section:
                raise LineError("binary output format does not support external references")
            if v.pcrel:  # `b - $' across sections: a number once sections are placed
                here = self.bases.get(self.section.name, 0)
                return Value(self.bases.get(v.base, 0) + v.offset - here, val.unknown, True)
            # NASM shortens a branch only to its own section (a segment of its own)
            here = v.base == self.section.name and self.absolute is None
            return Value(self.bases.get(v.base, 0) + v.offset, val.unknown, here or not jump)
        if jump and v.is_section and v.base == self.section.name and self.absolute is None:
            return Value(v.offset, val.unknown, True)
        return val

    def _branch_to_number(self, val: Value) -> Value:
        """NASM: in an object file, a branch to a number is to no section."""
        number = val.value
        if self.is_bin or not isinstance(number, int) or val.unknown or val.reloc:
            return val
        return Value(Reloc(NO_SEGMENT, number, False), False, True)

    def _jcc_before_386(
        self, stmt: Instr, val: Value | None, data: bytes, fixups: list[Fixup]
    ) -> tuple[bytes, list[Fixup]]:
        """NASM's Jcc for CPUs before the 386, which have no near form: a short Jcc
        of the opposite condition over a near JMP (``75 03 E9 rel16`` for ``je``)."""
        op = stmt.operands[0]
        assert isinstance(op, ImmOp)
        if op.jump == "near":
            raise LineError("no instruction for this cpu level")
        if data[:1] != b"\x0f":  # short, or prefixed: as it is
            return data, fixups
        jmp = ImmOp(op.expr, op.size, op.strict, "near")
        ip = self._ip() + 2
        near, near_fixups = encode_instruction(
            "jmp", [jmp], [val], self.bits, ip, stmt.prefixes, self.default_rel, self.final
        )
        skip = bytes([(0x70 | (data[1] & 0x0F)) ^ 1, len(near)])
        for f in near_fixups:
            f.offset += 2
        return skip + near, near_fixups

    def _rip_relative(self, op: MemOp) -> bool:
        """Whether a memory operand asks for RIP-relative addressing (``rel``, or
        ``default rel`` without a base, an index or an FS/GS override)."""
        if self.bits != 64 or op.base is not None or op.index is not None:
            return False
        if op.rel is not None:
            return op.rel
        return self.default_rel and not (op.seg is not None and op.seg.name in ("fs", "gs"))

    def _where_from(
        self, stmt: Instr, jump: bool, ip: int, vals: list[Value | None]
    ) -> tuple[Any, ...]:
        """What an instruction's bytes take from its address and operand values.

        A branch to a number takes the distance (and the 64 KiB windows the two ends
        are in, so that no operand-size wrap-around tells two apart): code that moves
        with its target keeps its bytes from one pass to the next. A branch to a name
        not yet seen is encoded to itself wherever it is (see `branch_with_field`): the
        same bytes at every address. An instruction that is no branch and cannot be
        RIP-relative takes nothing from its address."""
        if jump or stmt.mnemonic in SPECIAL:
            target = vals[0] if len(vals) == 1 else None
            if (
                target is not None
                and isinstance(target.value, int)
                and isinstance(stmt.operands[0], ImmOp)
            ):
                if target.unknown:
                    return ("ahead", target.reloc)
                to = target.value
                return ("to", to - ip, to >> 16, ip >> 16, target.unknown, target.reloc)
            place: int | None = ip
        elif self.bits == 64 and any(_may_be_rip_relative(op) for op in stmt.operands):
            place = ip
        else:
            place = None
        return (place, *[None if v is None else (v.value, v.unknown, v.reloc) for v in vals])

    def _instruction(self, stmt: Instr) -> None:
        if not stmt.mnemonic:  # prefixes alone: NASM's warnings
            if stmt.prefixes.rep in ("xacquire", "xrelease"):
                self.warn(f"{stmt.prefixes.rep} invalid with this instruction")
            if stmt.prefixes.lock:
                self.warn("instruction is not lockable")
        if stmt.sized_address:
            self._sized_address(stmt)
        key = (self.bits, self.default_rel)
        if stmt.constant:
            cached = stmt.cache.get(key)
            if cached is not None:
                self.emit(cached)
                return
        elif self.is_bin and (self._branch_to_label(stmt) or self._from_template(stmt)):
            return
        self._evaluated(stmt)

    def _sized_address(self, stmt: Instr) -> None:
        """NASM's rules for a displacement's explicit size: a qword one with registers
        is an invalid address; on an address alone, a word one in 64-bit code or a
        qword one elsewhere is an impossible address size, and a byte one (any mode)
        or a qword one in 64-bit code other than a moffs `mov' is ignored, with its
        warning (the bytes are those without the size)."""
        for op in stmt.operands:
            if not isinstance(op, MemOp) or op.disp_size not in (1, 2, 8):
                continue
            alone = op.base is None and op.index is None
            if op.disp_size == 8 and not alone:
                raise LineError(f"invalid {self.bits}-bit effective address")
            if not alone:
                continue
            if (op.disp_size == 2 and self.bits == 64) or (op.disp_size == 8 and self.bits != 64):
                raise LineError("impossible combination of address sizes")
            moffs = stmt.mnemonic == "mov" and any(
                isinstance(o, RegOp) and o.reg.name in ("al", "ax", "eax", "rax")
                for o in stmt.operands
            )
            if op.disp_size == 1 or (op.disp_size == 8 and not moffs):
                self.warn("displacement size ignored on absolute address")

    def _evaluated(self, stmt: Instr) -> None:
        """An instruction made the general way: its operands evaluated, its bytes
        found by its key (see :meth:`_where_from`) or encoded."""
        vals: list[Value | None] = []
        jump = not stmt.constant and _is_jump(stmt)  # (a constant line branches to no number)
        operands = stmt.operands  # (copied before one is changed)
        absolute = False  # NASM: a number cannot be RIP-relative (a warning, every pass)
        for n, op in enumerate(stmt.operands):
            if isinstance(op, RegOp):
                vals.append(None)
            elif isinstance(op, MemOp):
                if op.disp_size in (1, 2, 8) and not stmt.sized_address:
                    stmt.sized_address = True  # (checked before its bytes from now on)
                    self._sized_address(stmt)
                disp = op.disp
                if disp is None:
                    vals.append(Value(0, False))
                elif disp[0] == "n" and (self.bits != 64 or not self._rip_relative(op)):
                    vals.append(Value(disp[1], False))  # a number (most displacements)
                elif not self._rip_relative(op):
                    vals.append(self._operand(disp))
                else:  # RIP-relative
                    raw = self.value(disp)
                    v = raw.value  # a number, or relative to this line: not an address
                    if not raw.unknown and (isinstance(v, int) or v.pcrel):
                        if operands is stmt.operands:
                            operands = list(operands)
                        operands[n] = op.replace(rel=False)
                        absolute = True
                        self.warn("absolute address can not be RIP-relative")
                    vals.append(self._placed(raw, True))
            elif isinstance(op, ImmOp):
                expr = op.expr
                if expr[0] == "n" and not jump:  # a number (most immediates)
                    vals.append(Value(expr[1], False))
                    continue
                val = self._operand(expr, jump)
                vals.append(self._branch_to_number(val) if jump else val)
            elif isinstance(op, FarOp):
                seg = self._operand(op.seg)
                off = self._operand(op.off)
                both = (seg.value, off.value)
                vals.append(Value(both, seg.unknown or off.unknown))  # type: ignore[arg-type]
        ip = self._ip()
        again: tuple[Any, ...] | None = None
        if not stmt.constant:
            # The bytes depend on nothing else: a later pass that finds the same values
            # at the same address (many lines, once labels settle) reuses them.
            again = (
                self.bits,
                self.default_rel,
                self.pre386,
                absolute,
                *self._where_from(stmt, jump, ip, vals),
            )
            if stmt.encoded is None:
                stmt.encoded = {}
            data = stmt.encoded.get(again)
            if data is not None:
                self.emit(data)
                return
        key = (self.bits, self.default_rel)
        if BOUNDS:  # (left by an encoding no line reads: a template's, a branch's)
            BOUNDS.clear()
        data, fixups, as_final = self._encode(stmt, operands, vals, ip)
        bounded = bool(BOUNDS)
        if bounded:  # (NASM's warnings, every pass: such a line keeps no bytes)
            for message in dict.fromkeys(BOUNDS):  # (each form tried notes its own)
                self.warn(message)
            BOUNDS.clear()
            again = None
        if self.pre386 and _is_jcc(stmt):
            data, fixups = self._jcc_before_386(stmt, vals[0], data, fixups)
        if again is not None and stmt.encoded is not None and not fixups and as_final:
            stmt.encoded[again] = data
        if fixups:
            if self.is_bin:
                raise LineError(
                    "binary output does not support relocations (external or segment references)"
                )
            if self.absolute is None:
                base = self.section.size
                for f in fixups:
                    f.offset += base
                    self.add_fixup(_fixup_at(f))
        elif stmt.constant and not absolute and not bounded:
            stmt.cache[key] = data
        self.emit(data)

    def _branch_to_label(self, stmt: Instr) -> bool:
        """The most common line that names a label, a branch to one placed in a
        section of a flat binary, made as :meth:`_instruction` makes it (the same
        value, address and key to its bytes) without its general steps; False,
        having done nothing, for any other line, and where the encoder fails (the
        general way reports the error, or makes bytes for this pass alone)."""
        ops = stmt.operands
        if len(ops) != 1 or self.absolute is not None:
            return False
        op = ops[0]
        if not isinstance(op, ImmOp) or op.expr[0] != "sym" or not _is_jump(stmt):
            return False
        place = self.labels.get(op.expr[1])
        if place is None and self.final:  # as _operand() looks it up
            place = self.prev.get(op.expr[1])
        if place is None or place[0] is None or place[0] == "=":
            return False
        section = self.section
        to = self.bases.get(place[0], 0) + place[1]
        ip = self.bases.get(section.name, 0) + (
            section.bss_size if section.nobits else len(section.data)
        )
        here = place[0] == section.name
        # (the key _where_from() makes for a known target)
        again: tuple[Any, ...] = (self.bits, self.default_rel, self.pre386, False)
        again += ("to", to - ip, to >> 16, ip >> 16, False, here)
        if stmt.encoded is None:
            stmt.encoded = {}
        data = stmt.encoded.get(again)
        if data is None:
            if self.pre386 or not plain_branch(stmt.mnemonic):
                return False
            data = self._branch_forms(stmt, op, to, ip, here)
            if data is not None:
                stmt.encoded[again] = data
        if data is None:
            return False  # (the general way: the encoder's error, or bytes for this pass)
        self.emit(data)
        return True

    def _branch_forms(self, stmt: Instr, op: ImmOp, to: int, ip: int, here: bool) -> bytes | None:
        """A branch's bytes from its forms as encodings in this mode showed them,
        with the distance written in, where they tell what NASM picks without the
        rest: in short reach of a short form seen, which it took then as it takes it
        now (told to, or in reach); out of any short reach, with a near form seen,
        taken then as now (told to, having no short form, or out of reach). Else
        the encoder's bytes, whose forms are noted; None where it fails."""
        key = (self.bits, self.default_rel, here)
        if stmt.branches is None:
            stmt.branches = {}
        forms = stmt.branches.get(key)
        if forms is None:  # (shared by the branches alike)
            p = stmt.prefixes
            alike: tuple[Any, ...] = (*key, stmt.mnemonic, op.size, op.jump)
            alike += (p.rep, p.lock, p.opsize, p.addrsize, p.seg)
            forms = stmt.branches[key] = _BRANCH_FORMS.setdefault(alike, [None, None, 0])
        if ip >= 0 and 0 <= to < 0x10000:  # (no 64 KiB wrap here)
            short: bytes | None = forms[0]
            near: bytes | None = forms[1]
            width: int = forms[2]
            if short is not None:
                end = ip + len(short) + 1
                if end < 0x10000 and -128 <= to - end <= 127:
                    return short + ((to - end) & 0xFF).to_bytes(1, "little")
            # (no short form shorter than 2 bytes or longer than 2 and 4 prefixes)
            if near is not None and (short is not None or not -130 <= to - ip <= 140):
                end = ip + len(near) + width
                limit = 1 << (8 * width - 1)
                if end < 0x10000 and -limit <= to - end < limit:
                    return near + ((to - end) & (2 * limit - 1)).to_bytes(width, "little")
        try:
            data, _, width = branch_with_field(
                stmt.mnemonic, op, Value(to, False, here), self.bits, ip, stmt.prefixes
            )
        except LineError:
            return None
        if width == 1:
            forms[0] = data[:-1]
        else:
            forms[1:] = [data[:-width], width]
        return data

    def _from_template(self, stmt: Instr) -> bool:
        """A line whose operands are registers, numbers and labels alone (``mov si,
        msg``, ``cmp [count], ax``) in a flat binary: NASM keeps a label's address a
        full-size field, so that the same form of the instruction takes it whatever
        it is, and the line's bytes are its template's with the addresses written in
        their fields (see :meth:`_template`). In a first pass, a label not yet seen
        takes its field's size alone in an address, as in the general way; as an
        immediate, the general way takes it (NASM fits it to the shortest form
        there, see ``select._imm_ok``). False, having done
        nothing, for any other line, or where the general way must judge (an
        address that fills its field's sign bit, a line with no template)."""
        names = stmt.labelled
        if names is None:
            names = stmt.labelled = _label_operands(stmt)
        if not names or self.absolute is not None or self.section.nobits:
            return False
        values: list[int] | None = []
        for name in names:  # (as _operand() and lookup() find them)
            place = self.labels.get(name)
            if place is None and self.final:
                place = self.prev.get(name)
            if place is None and not self.final and name not in self.prev:
                if name in self.externs or any(
                    isinstance(op, ImmOp) and op.expr[0] != "n" for op in stmt.operands
                ):  # (NASM takes an immediate not yet known as fitting the shortest form)
                    return False
                values = None  # (any bytes will do in this pass, as lookup() notes)
                continue
            if place is None or place[0] is None or place[0] == "=":
                return False
            if values is not None:
                values.append(self.bases.get(place[0], 0) + place[1])
        mode = (self.bits, self.default_rel, self.pre386)
        if stmt.templates is None:
            stmt.templates = {}
        if mode not in stmt.templates:  # the first time in this mode
            if self.bits == 64 and any(_may_be_rip_relative(op) for op in stmt.operands):
                stmt.templates[mode] = None  # (its bytes may depend on its own address)
                return False
            template = self._template(stmt, mode, values)
            if template is False:  # (made the general way, or to be)
                return values is not None
            stmt.templates[mode] = template
        template = stmt.templates[mode]
        if template is None:
            return False
        data, fields = template
        if values is None:
            self.settled = False
            self.emit(data)
            return True
        filled = _filled(data, fields, values)
        if filled is None:
            return False
        self.emit(filled)
        return True

    def _template(
        self, stmt: Instr, mode: tuple[Any, ...], values: list[int] | None
    ) -> Template | Literal[False] | None:
        """The template of lines like this one in a mode (see :meth:`_new_template`).
        The first line of its kind, with the labels' ``values`` known, is made the
        general way, and the template is kept if writing them in it gives the same
        bytes (None if not); False for that line, or one before it with a label
        not yet seen, which the general way makes."""
        p = stmt.prefixes
        key = (mode, stmt.mnemonic, p.rep, p.lock, p.opsize, p.addrsize, p.seg)
        key += tuple([_template_operand(op) for op in stmt.operands])
        if key in _TEMPLATES:
            return _TEMPLATES[key]
        if values is None:
            return False
        start = len(self.section.data)
        self._evaluated(stmt)
        made = bytes(self.section.data[start:])
        template = self._new_template(stmt, len(values))
        if template is not None and _filled(*template, values) != made:
            template = None
        _TEMPLATES[key] = template
        return False

    def _new_template(self, stmt: Instr, count: int) -> Template | None:
        """The line encoded with placeholders for its ``count`` labels' addresses, as
        an object file takes them: fields of zeros, with the relocations saying where."""
        vals: list[Value | None] = []
        names = iter(range(count))
        for op in stmt.operands:
            if not isinstance(op, (MemOp, ImmOp)):
                vals.append(None)
                continue
            expr = _label_operand(op)
            if expr is None:
                vals.append(Value(0, False))
            elif expr[0] == "n":
                vals.append(Value(expr[1], False))
            else:
                vals.append(Value(Reloc(f"#{next(names)}", 0, True), False))
        try:
            data, fixups = encode_instruction(
                stmt.mnemonic, stmt.operands, vals, self.bits, self._ip(), stmt.prefixes,
                self.default_rel,
            )  # fmt: skip
        except LineError:
            return None
        fields = tuple((int(f.target.base[1:]), f.offset, f.size) for f in fixups if not f.pcrel)
        if len(fields) != len(fixups) or sorted(n for n, _, _ in fields) != list(range(count)):
            return None
        return data, fields

    def _encode(
        self, stmt: Instr, operands: list[Operand], vals: list[Value | None], ip: int
    ) -> tuple[bytes, list[Fixup], bool]:
        """The line's bytes and fixups as a final pass encodes them (a short branch out
        of reach is an error there), and whether they are those: a pass that is not
        final encodes a line that fails so as such a pass does (a later pass may bring
        the branch in reach), bytes for that pass alone, which is then not final."""
        try:
            data, fixups = encode_instruction(
                stmt.mnemonic, operands, vals, self.bits, ip, stmt.prefixes, self.default_rel
            )
            return data, fixups, True
        except LineError as err:
            if not self.final:
                self.settled = False
            else:  # the error stands for this pass; the line keeps its size, as in NASM
                try:  # (a line that took no room would move the labels after it, and
                    # the next pass might bring the branch back in reach: no end)
                    data, fixups = encode_instruction(
                        stmt.mnemonic, operands, vals, self.bits, ip, stmt.prefixes,
                        self.default_rel, False,
                    )  # fmt: skip
                except LineError:
                    raise err from None
                self.pass_messages.append((stmt.filename, stmt.line, err.severity, err.message))
                return data, fixups, False
        data, fixups = encode_instruction(
            stmt.mnemonic, operands, vals, self.bits, ip, stmt.prefixes, self.default_rel, False
        )
        return data, fixups, False

    def _data(self, stmt: Data) -> bytes:
        if stmt.constant is not None:
            return stmt.constant
        out = bytearray()
        width = stmt.width
        all_constant = True
        for kind, item in stmt.items:
            if kind == "s":
                out += item
                if len(item) % width:
                    out += bytes(width - len(item) % width)
            elif kind == "?":
                out += bytes(width)
            elif kind == "f":
                from longmode.asm.floats import float_bytes  # (its Fraction: a rare need)

                data, warnings = float_bytes(item[0], width, item[1])
                out += data
                for warning in warnings:
                    self.warn(warning)
                    all_constant = False  # warn again in the last pass
            else:
                if item[0] != "n":
                    all_constant = False
                val = self._operand(item) if self.is_bin else self.value(item)
                v = val.value
                if isinstance(v, Reloc):
                    if self.is_bin:
                        raise LineError("binary output does not support relocations")
                    if width not in (1, 2, 4, 8):
                        raise LineError("relocatable data must be 1, 2, 4 or 8 bytes wide")
                    if self.absolute is None:
                        offset = self.section.size + len(out)
                        self.add_fixup(_fixup_at(Fixup(offset, width, False, v)))
                    out += bytes(width)
                else:
                    if width <= 4 and not -(1 << (8 * width - 1)) <= v < (1 << (8 * width)):
                        self.warn(exceeds_bounds(width))
                        all_constant = False  # warn again in the last pass
                    out += (v & ((1 << (8 * width)) - 1)).to_bytes(width, "little")
        if all_constant:
            stmt.constant = bytes(out)
        return bytes(out)

    # -- directives --------------------------------------------------------------


def _fixup_at(f: Fixup) -> Fixup:
    """A fixup placed at its offset in the section: a PC-relative value (``b - $``)
    becomes a PC-relative relocation whose addend reaches back from the field to the
    section's start, as NASM writes it."""
    if not f.target.pcrel:
        return f
    if f.pcrel:  # a branch or a RIP-relative operand
        raise LineError(
            "a difference with a label of another section (`x - $') cannot be a branch "
            "target or RIP-relative"
        )
    target = f.target.replace(offset=f.target.offset + f.offset, pcrel=False)
    return f.replace(pcrel=True, target=target, pc_adjust=0)


#: Templates of lines that name labels (see Layout._from_template), by mode and by
#: what else the bytes depend on (see :func:`_template_operand`): lines alike in
#: all but their labels (``mov si, msg`` and ``mov si, title``) have the same one.
_TEMPLATES: dict[tuple[Any, ...], Template | None] = {}

#: Branch forms as encodings showed them (see Layout._branch_forms), shared by the
#: branches alike in all that picks their form: mode, whether the target is in
#: their section, mnemonic, operand size, `short'/`near' and prefixes.
_BRANCH_FORMS: dict[tuple[Any, ...], list[Any]] = {}

#: The addresses a field of each size holds as they are: below its sign bit
#: (where a wider value may take it sign-extended), or in all of it for 8 and 16 bits.
_FIELD_LIMITS = {1: 1 << 8, 2: 1 << 16, 4: 1 << 31, 8: 1 << 63}


def _filled(
    data: bytes, fields: tuple[tuple[int, int, int], ...], values: Sequence[int]
) -> bytes | None:
    """A template's bytes with the labels' addresses in their fields; None if one
    does not fit its field as it is (see :data:`_FIELD_LIMITS`)."""
    for n, offset, size in fields:
        value = values[n]
        if not 0 <= value < _FIELD_LIMITS[size]:
            return None
        data = data[:offset] + value.to_bytes(size, "little") + data[offset + size :]
    return data


def _label_operands(stmt: Instr) -> tuple[str, ...]:
    """The labels a line names if its operands are registers, numbers and names
    alone (``[name]`` too), in order; () for any other line (a branch, an
    expression, a byte displacement: where a name's value may change its form)."""
    if stmt.constant or _is_jump(stmt) or stmt.mnemonic in SPECIAL or not stmt.mnemonic:
        return ()
    names: list[str] = []
    for op in stmt.operands:
        if isinstance(op, RegOp):
            continue
        if not isinstance(op, (MemOp, ImmOp)) or (
            isinstance(op, MemOp) and op.disp_size in (1, 2, 8)
        ):  # (and a displacement size that NASM may ignore or refuse: see _sized_address)
            return ()
        expr = _label_operand(op)
        if expr is None or expr[0] == "n":
            continue
        if expr[0] != "sym":
            return ()
        names.append(expr[1])
    return tuple(names)


def _template_operand(op: Operand) -> Any:
    """An operand as a template depends on it: all of it but a label named there
    (registers by name)."""
    if isinstance(op, RegOp):
        return op.reg.name
    if isinstance(op, MemOp):
        disp = _label_operand(op)
        return (
            op.size, _name(op.base), _name(op.index), op.scale,
            None if disp is not None and disp[0] == "sym" else op.disp,
            _name(op.seg), op.rel, op.disp_size, op.far, op.near,
        )  # fmt: skip
    assert isinstance(op, ImmOp)  # (a line with a far pointer has no template)
    return (op.expr if op.expr[0] != "sym" else None, op.size, op.strict, op.jump)


def _name(reg: RegInfo | None) -> str:
    return "" if reg is None else reg.name


def _label_operand(op: MemOp | ImmOp) -> Node | None:
    """A memory operand's displacement (``[name]`` is ``+name``) or an immediate."""
    if isinstance(op, ImmOp):
        return op.expr
    disp = op.disp
    return disp[1] if disp is not None and disp[0] == "u+" else disp


def _may_be_rip_relative(op: object) -> bool:
    """Whether an operand is memory that 64-bit code may address from RIP."""
    return isinstance(op, MemOp) and op.base is None and op.index is None


def _is_jcc(stmt: Instr) -> bool:
    """A conditional jump to an address (``jcxz`` and ``loop`` are short only)."""
    return (
        stmt.mnemonic.startswith("j")
        and stmt.mnemonic not in ("jmp", "jcxz", "jecxz", "jrcxz")
        and len(stmt.operands) == 1
        and isinstance(stmt.operands[0], ImmOp)
    )


def _is_jump(stmt: Instr) -> bool:
    return stmt.mnemonic.startswith(("j", "call", "loop", "xbegin"))


def _first_unknown(node: Node, ctx: Layout) -> str:
    if node[0] == "sym":
        name: str = node[1]
        return name if ctx.lookup(name) is None else ""
    for child in node[1:]:
        if isinstance(child, tuple):
            found = _first_unknown(child, ctx)
            if found:
                return found
    return ""
