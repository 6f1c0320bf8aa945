"""GNU ld linker scripts: a lexer and recursive-descent parser into an AST of named
tuples, ld's file and section name patterns, and the expression evaluator.

The language is the one of the GNU ld manual's "Linker Scripts" chapter, as ld 2.40
reads it (``ldlex.l``, ``ldgram.y``, ``ldexp.c``); ``ld --verbose``'s default scripts
parse whole. Every AST node carries ``where``, the :class:`Location` it was read at,
so later stages can report ``kernel.ld:12:5: ...``. Parse and evaluation errors are
:class:`~longmode.link.model.LinkError` with that prefix.

**Lexing.** Like ld, the lexer has states, chosen by the parser for each token:
expressions (numbers and operators: ``a-b`` is a subtraction), script names
(output section and symbol names, ``.note.gnu.build-id``, ``/DISCARD/``), input
section wildcards inside an output section's braces (``*crtbegin?.o``,
``libfoo.a:bar.o``, ``.text.*``, ``[!a]*``) and file names (``INPUT``, ``GROUP``,
``OUTPUT_ARCH(i386:x86-64)``, ``-lc``). Numbers: decimal, ``0x`` hex, ``0`` octal,
``$`` hex, the suffixes ``h``/``x`` (hex), ``o`` (octal), ``b`` (binary), ``d``
(decimal), and ``K``/``M`` (times 1024, 1024*1024). Quoted strings ("...", no
escapes) are names, never keywords. Where ld's lexer reads a script differently from
what its author surely meant, this one takes the author's reading; each case makes
a script that ld rejects or misreads work, and none changes a script ld accepts:

* a token that starts with a letter is a name: ld reads ``ah``, ``dead`` or ``ab``
  as numbers (hex digits followed by a base suffix);
* ``/`` is not part of a name in an expression (ld reads ``a/b`` as one symbol);
* ``=`` and ``,`` end a name, and so do ``+ - * /`` right before ``=``: ``a=1;``,
  ``x+=4;`` inside an output section, ``*(.text,.data)`` (two patterns; ld: one
  pattern ``.text,.data`` that matches nothing) all work;
* ``:`` ends an output section's name (``.text: {`` works);
* the section name in ``ADDR(.note.gnu.build-id)`` and friends may contain ``-``;
* ``08`` is an error, not 0; ``^`` (XOR) is an operator (ld's grammar has it, its
  lexer rejects it); ``ASSERT`` inside an output section needs no ``;``; an output
  section's ``AT``/``ALIGN``/``SUBALIGN``/constraint come in any order, and
  ``EXCLUDE_FILE(...)`` may come before a ``SORT(...)`` section pattern.

A binary or ``?:`` node's ``where`` is its operator's. ``INCLUDE`` is resolved at
parse time (next to the including file, then the given include directories and
SEARCH_DIRs): the included commands are spliced in, with their own locations.

**Values.** ld keeps three kinds of values and :class:`Value` does too: plain
numbers, absolute addresses, and addresses relative to an output section (kept as
an offset from its start). A number is absolute outside output section
descriptions and a plain number inside one; an absolute symbol read inside an
output section is a number; ``.`` is relative to the section being laid out;
operations follow the manual's "Expression Section" rules (the exact ones of
ld's ``fold_binary``/``fold_unary``). ``sym = 0x10`` inside ``.data`` therefore
defines ``sym`` at ``.data + 0x10`` (:meth:`Value.resolve`), while
``sym = ABSOLUTE(.)`` is absolute.

**Arithmetic** is on unsigned 64-bit values with wraparound, like ld's ``bfd_vma``
on a 64-bit host; ``/`` and ``%`` are signed and truncate toward zero (C), shift
counts are taken modulo 64 (x86), comparisons are unsigned, ``&&``/``||`` evaluate
both sides (ld does; ``?:`` evaluates one branch). ``bits=32`` masks every result to
32 bits; GNU ld does not (it computes in 64 bits for ELF32 too and truncates on
output), so the layout engine should keep 64 and check the final values.
"""

from __future__ import annotations

import bisect
import enum
import functools
import re
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import (
    Final,
    NamedTuple,
    NoReturn,
    Protocol,
    TypeAlias,
    TypeVar,
    cast,
)

from longmode.link.model import (
    SHF_ALLOC,
    SHF_EXCLUDE,
    SHF_EXECINSTR,
    SHF_GNU_RETAIN,
    SHF_GROUP,
    SHF_INFO_LINK,
    SHF_LINK_ORDER,
    SHF_MERGE,
    SHF_STRINGS,
    SHF_TLS,
    SHF_WRITE,
    SHT_FINI_ARRAY,
    SHT_INIT_ARRAY,
    SHT_NOBITS,
    SHT_NOTE,
    SHT_PREINIT_ARRAY,
    SHT_PROGBITS,
    LinkError,
)

__all__ = [
    "ABSOLUTE",
    "MAX_INCLUDE_DEPTH",
    "PHDR_TYPES",
    "SECTION_FLAG_NAMES",
    "AssertCommand",
    "AssertExpr",
    "Assignment",
    "Binary",
    "Call",
    "Command",
    "ConstructorsCommand",
    "CreateObjectSymbols",
    "DataCommand",
    "Dot",
    "EntryCommand",
    "Expr",
    "ExpressionError",
    "Extern",
    "FillCommand",
    "Input",
    "InputFile",
    "InputSectionDescription",
    "Insert",
    "LdFeature",
    "Location",
    "Memory",
    "MemoryRegion",
    "NameCall",
    "NoCrossRefs",
    "Number",
    "Option",
    "Output",
    "OutputArch",
    "OutputFormat",
    "OutputSection",
    "OutputSectionType",
    "Phdr",
    "Phdrs",
    "RegionAlias",
    "Script",
    "ScriptEnv",
    "SearchDir",
    "SectionCommand",
    "SectionFlags",
    "SectionPattern",
    "Sections",
    "SectionsItem",
    "SegmentStart",
    "Sort",
    "Startup",
    "Symbol",
    "SymbolValue",
    "Target",
    "Ternary",
    "Unary",
    "Value",
    "align_up",
    "evaluate",
    "evaluate_int",
    "file_matches",
    "fill_pattern",
    "is_wildcard",
    "matches",
    "parse_expression",
    "parse_script",
]

#: ld's limit on nested INCLUDEs (MAX_INCLUDE_DEPTH in ldlex.l).
MAX_INCLUDE_DEPTH: Final = 10

_T = TypeVar("_T")
_R = TypeVar("_R")

# ---------------------------------------------------------------------------------------
# AST


_NodeT = TypeVar("_NodeT", bound=tuple[object, ...])


def _node(cls: type[_NodeT]) -> type[_NodeT]:
    """A node class, a named tuple, given ``==``, ``!=``, ``hash`` and ``repr`` that
    leave its location out (``where``, its last field, if it has one): two parses
    of "1 + 2" compare equal wherever they were read. Named tuples rather than
    dataclasses: making a dataclass (generating its methods' code) was most of
    this module's import, which every link pays."""
    names: tuple[str, ...] = cls._fields  # type: ignore[attr-defined]
    if "where" in names[:-1]:
        raise TypeError(f"{cls.__name__}: where must be the last field")
    _COMPARED[cls] = len(names) - 1 if names[-1:] == ("where",) else len(names)
    cls.__eq__ = _node_eq  # type: ignore[method-assign]
    cls.__ne__ = _node_ne  # type: ignore[assignment]
    cls.__hash__ = _node_hash  # type: ignore[method-assign]
    cls.__repr__ = _node_repr  # type: ignore[assignment]
    return cls


#: Each node class's compared (and shown) fields: the first so many.
_COMPARED: dict[type, int] = {}


def _compared(node: tuple[object, ...]) -> tuple[object, ...]:
    return node[: _COMPARED[type(node)]]


def _node_eq(self: tuple[object, ...], other: object) -> bool:
    """Nodes of one class with the same fields but ``where``; never a node and a tuple."""
    return other.__class__ is self.__class__ and _compared(self) == _compared(other)


def _node_ne(self: tuple[object, ...], other: object) -> bool:
    return not _node_eq(self, other)


def _node_hash(self: tuple[object, ...]) -> int:
    return hash(_compared(self))


def _node_repr(self: tuple[object, ...]) -> str:
    names = self._fields[: _COMPARED[type(self)]]  # type: ignore[attr-defined]
    shown = ", ".join(f"{name}={value!r}" for name, value in zip(names, self, strict=False))
    return f"{type(self).__qualname__}({shown})"


@_node
class Location(NamedTuple):
    """Where a token was read: the file as given (or as INCLUDE found it), the line and
    the column, both from 1 (a tab counts as one column)."""

    file: str
    line: int
    column: int

    def __str__(self) -> str:
        return f"{self.file}:{self.line}:{self.column}"


#: The location of nodes made by hand. ``where`` is not part of a node's identity:
#: two parses of "1 + 2" compare equal.
_NOWHERE: Final = Location("<none>", 0, 0)


# Expressions.


@_node
class Number(NamedTuple):
    """An integer literal. ``hex_digits``: how many digits a ``0x`` literal (without K/M)
    was written with; ld makes a fill pattern of that many nibbles (:func:`fill_pattern`)."""

    value: int
    hex_digits: int | None = None
    where: Location = _NOWHERE


@_node
class Symbol(NamedTuple):
    name: str
    where: Location = _NOWHERE


@_node
class Dot(NamedTuple):
    """The location counter ``.``."""

    where: Location = _NOWHERE


@_node
class Unary(NamedTuple):
    #: "-", "~" or "!" (unary "+" leaves no node).
    op: str
    operand: Expr
    where: Location = _NOWHERE


@_node
class Binary(NamedTuple):
    #: "*", "/", "%", "+", "-", "<<", ">>", "==", "!=", "<", "<=", ">", ">=", "&", "^",
    #: "|", "&&", "||". ``where`` is the operator's.
    op: str
    left: Expr
    right: Expr
    where: Location = _NOWHERE


@_node
class Ternary(NamedTuple):
    condition: Expr
    if_true: Expr
    if_false: Expr
    where: Location = _NOWHERE


@_node
class Call(NamedTuple):
    """A builtin taking expressions: ABSOLUTE, ALIGN (1 or 2 arguments), BLOCK (written
    as ALIGN), DATA_SEGMENT_ALIGN, DATA_SEGMENT_RELRO_END, DATA_SEGMENT_END, LOG2CEIL,
    MAX, MIN, NEXT, and SIZEOF_HEADERS (no arguments)."""

    function: str
    args: tuple[Expr, ...]
    where: Location = _NOWHERE


@_node
class NameCall(NamedTuple):
    """A builtin taking a name: ADDR, LOADADDR, SIZEOF, ALIGNOF (an output section),
    DEFINED (a symbol), CONSTANT (MAXPAGESIZE or COMMONPAGESIZE), ORIGIN, LENGTH (a
    memory region)."""

    function: str
    name: str
    where: Location = _NOWHERE


@_node
class SegmentStart(NamedTuple):
    """``SEGMENT_START("text-segment", default)``: the -T<segment> address, or default."""

    segment: str
    default: Expr
    where: Location = _NOWHERE


@_node
class AssertExpr(NamedTuple):
    """``ASSERT(condition, "message")`` inside an expression: the condition's value."""

    condition: Expr
    message: str
    where: Location = _NOWHERE


Expr: TypeAlias = (
    Number | Symbol | Dot | Unary | Binary | Ternary | Call | NameCall | SegmentStart | AssertExpr
)

# Commands that appear in several places.


@_node
class Assignment(NamedTuple):
    """``target op expr;`` or ``PROVIDE(target = expr);`` (``HIDDEN``,
    ``PROVIDE_HIDDEN``). ``target`` is "." for the location counter."""

    target: str
    #: "=", "+=", "-=", "*=", "/=", "%=", "<<=", ">>=", "&=", "|=", "^=".
    op: str
    expr: Expr
    provide: bool = False
    hidden: bool = False
    where: Location = _NOWHERE

    @property
    def is_dot(self) -> bool:
        return self.target == "."

    @property
    def value(self) -> Expr:
        """The expression to evaluate: ``x += e`` is ``x = x + e``, as ld builds it."""
        if self.op == "=":
            return self.expr
        left: Expr = Dot(self.where) if self.is_dot else Symbol(self.target, self.where)
        return Binary(self.op[:-1], left, self.expr, self.where)


@_node
class AssertCommand(NamedTuple):
    """``ASSERT(condition, "message")`` as a statement: the link fails with message
    when the condition is zero."""

    condition: Expr
    message: str
    where: Location = _NOWHERE


@_node
class EntryCommand(NamedTuple):
    symbol: str
    where: Location = _NOWHERE


# Output section contents.


class Sort(enum.Enum):
    """How matching input sections are ordered (input file order when unsorted)."""

    NAME = "SORT_BY_NAME"  # SORT is the same
    ALIGNMENT = "SORT_BY_ALIGNMENT"  # decreasing alignment
    INIT_PRIORITY = "SORT_BY_INIT_PRIORITY"  # the number in .init_array.NNNNN / .ctors.NNNNN
    NONE = "SORT_NONE"  # not even by --sort-section


@_node
class SectionPattern(NamedTuple):
    """One section name pattern of an input section description, with the files it
    leaves out (``EXCLUDE_FILE`` right before it) and its sort keys, outermost first:
    ``SORT_BY_NAME(SORT_BY_ALIGNMENT(.data.*))`` is ``(Sort.NAME, Sort.ALIGNMENT)``."""

    pattern: str
    exclude_files: tuple[str, ...] = ()
    sort: tuple[Sort, ...] = ()
    where: Location = _NOWHERE

    def matches(self, section: str, path: str, member: str | None = None) -> bool:
        """Whether section ``section`` of file ``path`` (archive ``path``'s ``member``)
        matches, the file not being excluded. The description's file pattern is
        checked by :meth:`InputSectionDescription.matches_file`."""
        return matches(self.pattern, section) and not _excluded(self.exclude_files, path, member)


#: SHF_* names INPUT_SECTION_FLAGS accepts (bfd's elf_flags_to_names).
SECTION_FLAG_NAMES: Final[dict[str, int]] = {
    "SHF_WRITE": SHF_WRITE,
    "SHF_ALLOC": SHF_ALLOC,
    "SHF_EXECINSTR": SHF_EXECINSTR,
    "SHF_MERGE": SHF_MERGE,
    "SHF_STRINGS": SHF_STRINGS,
    "SHF_INFO_LINK": SHF_INFO_LINK,
    "SHF_LINK_ORDER": SHF_LINK_ORDER,
    "SHF_OS_NONCONFORMING": 0x100,
    "SHF_GROUP": SHF_GROUP,
    "SHF_TLS": SHF_TLS,
    "SHF_COMPRESSED": 0x800,
    "SHF_GNU_RETAIN": SHF_GNU_RETAIN,
    "SHF_MASKOS": 0x0FF00000,
    "SHF_MASKPROC": 0xF0000000,
    "SHF_EXCLUDE": SHF_EXCLUDE,
}


@_node
class SectionFlags(NamedTuple):
    """``INPUT_SECTION_FLAGS(SHF_A & !SHF_B)``: an input section matches when it has
    every flag of ``required`` and none of ``forbidden``."""

    required: int
    forbidden: int
    where: Location = _NOWHERE

    def accepts(self, sh_flags: int) -> bool:
        return sh_flags & self.required == self.required and not sh_flags & self.forbidden


@_node
class InputSectionDescription(NamedTuple):
    """``file(sections)``: ``*(.text .text.*)``, ``KEEP(*(.init))``,
    ``EXCLUDE_FILE(*crtend.o) *(.ctors)``, ``libc.a:*(.text)``, or a file name alone
    (``data.o``: every section of it; then ``sections`` is empty)."""

    file: str
    sections: tuple[SectionPattern, ...]
    keep: bool = False
    #: EXCLUDE_FILE before the file pattern: applies to every section pattern.
    exclude_files: tuple[str, ...] = ()
    #: ``SORT_BY_NAME(*)(...)`` sorts by file name; SORT_NONE also possible.
    file_sort: Sort | None = None
    flags: SectionFlags | None = None
    where: Location = _NOWHERE

    @property
    def all_sections(self) -> bool:
        return not self.sections

    def matches_file(self, path: str, member: str | None = None) -> bool:
        """Whether file ``path`` (or archive ``path``'s ``member``) is selected: see
        :func:`file_matches`."""
        return file_matches(self.file, path, member) and not _excluded(
            self.exclude_files, path, member
        )


@_node
class DataCommand(NamedTuple):
    """``BYTE(e)``, ``SHORT``, ``LONG``, ``QUAD``, ``SQUAD``: the value stored in the
    output's byte order."""

    kind: str
    expr: Expr
    where: Location = _NOWHERE

    @property
    def size(self) -> int:
        return _DATA_SIZES[self.kind]


_DATA_SIZES: Final = {"BYTE": 1, "SHORT": 2, "LONG": 4, "QUAD": 8, "SQUAD": 8}


@_node
class FillCommand(NamedTuple):
    """``FILL(e)``: the pattern for the gaps that follow (:func:`fill_pattern`)."""

    expr: Expr
    where: Location = _NOWHERE


@_node
class ConstructorsCommand(NamedTuple):
    """``CONSTRUCTORS`` / ``SORT(CONSTRUCTORS)``: a.out/ECOFF only; nothing for ELF."""

    sort: bool = False
    where: Location = _NOWHERE


@_node
class CreateObjectSymbols(NamedTuple):
    """``CREATE_OBJECT_SYMBOLS``: a symbol per input file (a.out era; ignorable)."""

    where: Location = _NOWHERE


SectionCommand: TypeAlias = (
    Assignment
    | AssertCommand
    | InputSectionDescription
    | DataCommand
    | FillCommand
    | ConstructorsCommand
    | CreateObjectSymbols
)


class OutputSectionType(enum.Enum):
    """The ``(type)`` after an output section's name. DSECT, COPY, INFO and OVERLAY
    all make a non-allocated section in ld."""

    NOLOAD = "NOLOAD"
    DSECT = "DSECT"
    COPY = "COPY"
    INFO = "INFO"
    OVERLAY = "OVERLAY"
    READONLY = "READONLY"
    #: ``(TYPE = SHT_...)`` or ``(READONLY (TYPE = ...))``: see ``sh_type``.
    TYPE = "TYPE"


@_node
class OutputSection(NamedTuple):
    """``name [address] [(type)] : [AT(lma)] [ALIGN(a)] [ALIGN_WITH_INPUT]
    [SUBALIGN(a)] [constraint] { commands } [>region] [AT>lma_region] [:phdr ...]
    [=fill] [,]``."""

    name: str
    commands: tuple[SectionCommand, ...]
    address: Expr | None = None
    type: OutputSectionType | None = None
    #: ``(READONLY)`` or ``(READONLY (TYPE = ...))``.
    readonly: bool = False
    #: The TYPE = expression (SHT_PROGBITS and friends are numbers in it).
    sh_type: Expr | None = None
    lma: Expr | None = None
    align: Expr | None = None
    align_with_input: bool = False
    subalign: Expr | None = None
    #: "ONLY_IF_RO", "ONLY_IF_RW", "SPECIAL" or None.
    constraint: str | None = None
    region: str | None = None
    lma_region: str | None = None
    phdrs: tuple[str, ...] = ()
    fill: Expr | None = None
    where: Location = _NOWHERE

    @property
    def is_discard(self) -> bool:
        return self.name == "/DISCARD/"


SectionsItem: TypeAlias = OutputSection | Assignment | AssertCommand | EntryCommand

# Top-level commands.


@_node
class Sections(NamedTuple):
    items: tuple[SectionsItem, ...]
    where: Location = _NOWHERE


@_node
class MemoryRegion(NamedTuple):
    """``name (attributes) : ORIGIN = e, LENGTH = e``. ``attributes`` as written
    (``rwx``, ``!w``): R read-only, W read/write, X executable, A allocated,
    I/L initialised; ``!`` inverts the letters after it."""

    name: str
    attributes: str
    origin: Expr
    length: Expr
    where: Location = _NOWHERE


@_node
class Memory(NamedTuple):
    regions: tuple[MemoryRegion, ...]
    where: Location = _NOWHERE


#: Program header types PHDRS accepts by name (ldgram.y).
PHDR_TYPES: Final[dict[str, int]] = {
    "PT_NULL": 0,
    "PT_LOAD": 1,
    "PT_DYNAMIC": 2,
    "PT_INTERP": 3,
    "PT_NOTE": 4,
    "PT_SHLIB": 5,
    "PT_PHDR": 6,
    "PT_TLS": 7,
    "PT_GNU_EH_FRAME": 0x6474E550,
    "PT_GNU_STACK": 0x6474E551,
    "PT_GNU_RELRO": 0x6474E552,
    "PT_GNU_PROPERTY": 0x6474E553,
}


@_node
class Phdr(NamedTuple):
    """``name TYPE [FILEHDR] [PHDRS] [AT(e)] [FLAGS(e)];`` (FLAGS: 1 X, 2 W, 4 R)."""

    name: str
    type: int
    filehdr: bool = False
    phdrs: bool = False
    at: Expr | None = None
    flags: Expr | None = None
    where: Location = _NOWHERE


@_node
class Phdrs(NamedTuple):
    headers: tuple[Phdr, ...]
    where: Location = _NOWHERE


@_node
class OutputFormat(NamedTuple):
    """``OUTPUT_FORMAT(default[, big, little])``."""

    formats: tuple[str, ...]
    where: Location = _NOWHERE


@_node
class OutputArch(NamedTuple):
    arch: str
    where: Location = _NOWHERE


@_node
class Target(NamedTuple):
    bfd_name: str
    where: Location = _NOWHERE


@_node
class SearchDir(NamedTuple):
    path: str
    where: Location = _NOWHERE


@_node
class InputFile(NamedTuple):
    """A file of INPUT/GROUP: ``name`` as written, or the library name of ``-lname``."""

    name: str
    library: bool = False
    as_needed: bool = False
    where: Location = _NOWHERE


@_node
class Input(NamedTuple):
    """``INPUT(files)`` or, with ``group``, ``GROUP(files)``."""

    files: tuple[InputFile, ...]
    group: bool = False
    where: Location = _NOWHERE


@_node
class Output(NamedTuple):
    path: str
    where: Location = _NOWHERE


@_node
class Startup(NamedTuple):
    path: str
    where: Location = _NOWHERE


@_node
class Extern(NamedTuple):
    symbols: tuple[str, ...]
    where: Location = _NOWHERE


@_node
class Insert(NamedTuple):
    """``INSERT AFTER|BEFORE section``: this script amends the default one."""

    after: bool
    section: str
    where: Location = _NOWHERE


@_node
class NoCrossRefs(NamedTuple):
    """``NOCROSSREFS(sections)`` (``to``: NOCROSSREFS_TO): diagnostics only."""

    sections: tuple[str, ...]
    to: bool = False
    where: Location = _NOWHERE


@_node
class RegionAlias(NamedTuple):
    alias: str
    region: str
    where: Location = _NOWHERE


@_node
class LdFeature(NamedTuple):
    """``LD_FEATURE("SANE_EXPR")``: see :func:`evaluate`'s ``sane_expr``."""

    feature: str
    where: Location = _NOWHERE


@_node
class Option(NamedTuple):
    """FORCE_COMMON_ALLOCATION, INHIBIT_COMMON_ALLOCATION or FORCE_GROUP_ALLOCATION."""

    name: str
    where: Location = _NOWHERE


Command: TypeAlias = (
    EntryCommand
    | Assignment
    | AssertCommand
    | Sections
    | Memory
    | Phdrs
    | OutputFormat
    | OutputArch
    | Target
    | SearchDir
    | Input
    | Output
    | Startup
    | Extern
    | Insert
    | NoCrossRefs
    | RegionAlias
    | LdFeature
    | Option
)


@_node
class Script(NamedTuple):
    """A parsed script: its commands in order, INCLUDEd files spliced in (their nodes'
    locations name the included file)."""

    commands: tuple[Command, ...]
    filename: str

    @property
    def entry(self) -> str | None:
        """The last ENTRY's symbol (ld keeps the last one), SECTIONS' included."""
        entry = None
        for command in self.commands:
            if isinstance(command, EntryCommand):
                entry = command.symbol
            elif isinstance(command, Sections):
                for item in command.items:
                    if isinstance(item, EntryCommand):
                        entry = item.symbol
        return entry

    @property
    def output_sections(self) -> tuple[OutputSection, ...]:
        """Every output section description, in order, of every SECTIONS command."""
        return tuple(
            item
            for command in self.commands
            if isinstance(command, Sections)
            for item in command.items
            if isinstance(item, OutputSection)
        )

    @property
    def phdrs(self) -> tuple[Phdr, ...]:
        return tuple(h for c in self.commands if isinstance(c, Phdrs) for h in c.headers)

    @property
    def memory_regions(self) -> tuple[MemoryRegion, ...]:
        return tuple(r for c in self.commands if isinstance(c, Memory) for r in c.regions)


# ---------------------------------------------------------------------------------------
# Patterns


def is_wildcard(pattern: str) -> bool:
    """ld's test (``wildcardp``): a pattern with ``*``, ``?`` or ``[``; other patterns
    are compared as plain strings."""
    return "*" in pattern or "?" in pattern or "[" in pattern


@functools.lru_cache(maxsize=4096)
def _glob_regex(pattern: str) -> re.Pattern[str]:
    out: list[str] = []
    i, n = 0, len(pattern)
    while i < n:
        c = pattern[i]
        i += 1
        if c == "*":
            out.append(".*")
        elif c == "?":
            out.append(".")
        elif c == "\\" and i < n:
            out.append(re.escape(pattern[i]))
            i += 1
        elif c == "[":
            j = i
            if j < n and pattern[j] in "!^":
                j += 1
            if j < n and pattern[j] == "]":
                j += 1
            while j < n and pattern[j] != "]":
                j += 1
            if j >= n:  # no closing bracket: a literal '['
                out.append("\\[")
                continue
            body = pattern[i:j]
            i = j + 1
            negate = body[:1] in ("!", "^")
            if negate:
                body = body[1:]
            chars = body.replace("\\", "\\\\").replace("^", "\\^").replace("[", "\\[")
            out.append(f"[{'^' if negate else ''}{chars}]")
        else:
            out.append(re.escape(c))
    return re.compile("".join(out), re.DOTALL)


def matches(pattern: str, name: str) -> bool:
    """ld's ``name_match``: fnmatch(3) without flags when the pattern has wildcards
    (``*`` and ``?`` match any characters, ``/`` and leading dots included;
    ``[abc]``, ``[a-z]``, ``[!a]``/``[^a]``; backslash quotes), string equality
    otherwise."""
    return _matcher(pattern)(name)


def any_name_matcher(patterns: Sequence[str]) -> Callable[[str], re.Match[str] | None]:
    """One regex's ``fullmatch`` for "does the name match any of ``patterns``" (each
    as :func:`matches` takes it): a link tests thousands of section names against
    each input section description."""
    sources = [_glob_regex(p).pattern if is_wildcard(p) else re.escape(p) for p in patterns]
    return re.compile("|".join(f"(?:{source})" for source in sources), re.DOTALL).fullmatch


@functools.lru_cache(maxsize=4096)
def _matcher(pattern: str) -> Callable[[str], bool]:
    """:func:`matches` for one pattern (a link matches thousands of section names
    against a script's few patterns)."""
    if not is_wildcard(pattern):
        return pattern.__eq__
    if pattern == "*":
        return lambda name: True
    regex = _glob_regex(pattern)
    return lambda name: regex.fullmatch(name) is not None


def file_matches(pattern: str, path: str, member: str | None = None) -> bool:
    """Whether an input section description's file pattern selects file ``path`` (the
    name as given on the command line), or ``member`` of archive ``path``. As ld's
    ``walk_wild`` does:

    * ``archive:member`` (the first ``:`` splits; either side may be a pattern)
      matches that member of a matching archive; ``archive:`` every member of it;
      ``:file`` a file that is *not* in an archive; ``*:member`` a member of any
      archive;
    * otherwise, a pattern with wildcards is matched against a plain file's path or
      an archive member's own name (``*crt0.o`` matches ``/usr/lib/crt0.o`` and
      ``libc.a``'s ``crt0.o``), and a plain name must equal the path: naming an
      archive selects all its members.
    """
    archive_pattern, colon, member_pattern = pattern.partition(":")
    if colon:
        if member is None:
            return not archive_pattern and (not member_pattern or matches(member_pattern, path))
        return (
            bool(archive_pattern)
            and matches(archive_pattern, path)
            and (not member_pattern or matches(member_pattern, member))
        )
    if member is None:
        return matches(pattern, path)
    if is_wildcard(pattern):
        return matches(pattern, member)
    return pattern == path


def _excluded(patterns: tuple[str, ...], path: str, member: str | None) -> bool:
    """ld's ``walk_wild_file_in_exclude_list``: like :func:`file_matches`, except that
    a pattern without ``:`` excludes an archive member by its own name or its
    archive's."""
    for pattern in patterns:
        if ":" in pattern:
            if file_matches(pattern, path, member):
                return True
        elif matches(pattern, path if member is None else member) or (
            member is not None and matches(pattern, path)
        ):
            return True
    return False


# ---------------------------------------------------------------------------------------
# Lexer

_SKIP: Final = re.compile(r"(?:\s+|/\*[\s\S]*?\*/)*")
_STRING: Final = r'(?P<string>"[^"]*")'
_NUMBER: Final = r"(?P<number>\$[0-9A-Fa-f]+(?![A-Za-z0-9_.$\\~])|[0-9][0-9A-Za-z]*)"
_OP: Final = (
    r"(?P<op><<=|>>=|\|\||&&|==|!=|<=|>=|<<|>>|\+=|-=|\*=|/=|%=|&=|\|=|\^="
    r"|[-+*/%<>=&|^~!?:;,(){}\[\]])"
)
# Expressions: ld's SYMBOLNAMECHAR1 SYMBOLNAMECHAR*, without '/'.
_EXPR: Final = re.compile(
    "|".join((_STRING, _NUMBER, r"(?P<name>[A-Za-z_.$\\][A-Za-z0-9_.$\\~]*)", _OP))
)
# Script names: ld's FILENAMECHAR1 FILENAMECHAR* without '=', ',' and ':'.
_SCRIPT: Final = re.compile(
    "|".join(
        (
            _STRING,
            _NUMBER,
            r"(?P<name>(?:[A-Za-z_.\\$~]|/(?![*=]))"
            r"(?:[A-Za-z0-9_.\\$~\[\]]|[-+](?!=)|/(?![*=]))*)",
            _OP,
        )
    )
)
# Input section wildcards: ld's WILDCHAR without '=' and ','.
_WILD: Final = re.compile(
    "|".join(
        (
            _STRING,
            r"(?P<name>(?:[A-Za-z0-9_.\\$~\[\]?^!:]|[-+*](?!=)|/(?![*=]))+)",
            _OP,
        )
    )
)
# File names (INPUT, GROUP, SEARCH_DIR, INCLUDE, OUTPUT_FORMAT, OUTPUT_ARCH...).
_FILE: Final = re.compile(
    "|".join((_STRING, r"(?P<name>(?:[A-Za-z0-9_.\\$~\[\]=:+\-]|/(?!\*))+)", _OP))
)

_ASSIGN_OPS: Final = frozenset(("=", "+=", "-=", "*=", "/=", "%=", "<<=", ">>=", "&=", "|=", "^="))
_OPTIONS: Final = ("FORCE_COMMON_ALLOCATION", "INHIBIT_COMMON_ALLOCATION", "FORCE_GROUP_ALLOCATION")
_SECTION_TYPES: Final = frozenset(t.value for t in OutputSectionType)
_SORT_KEYWORDS: Final = {
    "SORT": Sort.NAME,
    "SORT_BY_NAME": Sort.NAME,
    "SORT_BY_ALIGNMENT": Sort.ALIGNMENT,
    "SORT_BY_INIT_PRIORITY": Sort.INIT_PRIORITY,
    "SORT_NONE": Sort.NONE,
}
_SHT_NAMES: Final = {
    "SHT_PROGBITS": SHT_PROGBITS,
    "SHT_NOTE": SHT_NOTE,
    "SHT_NOBITS": SHT_NOBITS,
    "SHT_INIT_ARRAY": SHT_INIT_ARRAY,
    "SHT_FINI_ARRAY": SHT_FINI_ARRAY,
    "SHT_PREINIT_ARRAY": SHT_PREINIT_ARRAY,
}
#: Builtins of expressions: name -> allowed argument counts.
_EXPR_FUNCTIONS: Final = {
    "ABSOLUTE": (1,),
    "ALIGN": (1, 2),
    "BLOCK": (1,),
    "DATA_SEGMENT_ALIGN": (2,),
    "DATA_SEGMENT_RELRO_END": (2,),
    "DATA_SEGMENT_END": (1,),
    "LOG2CEIL": (1,),
    "MAX": (2,),
    "MIN": (2,),
    "NEXT": (1,),
}
_NAME_FUNCTIONS: Final = frozenset(
    ("ADDR", "LOADADDR", "SIZEOF", "ALIGNOF", "DEFINED", "CONSTANT", "ORIGIN", "LENGTH")
)


class _Tok(NamedTuple):
    #: "name", "string" (a quoted name), "number", "op" or "eof".
    kind: str
    text: str
    start: int
    end: int
    value: int = 0
    hex_digits: int | None = None


def _number(text: str) -> tuple[int, int | None] | None:
    """A number token's value (and hex digit count for ``0x`` literals), or None."""
    try:
        if text[0] == "$":
            return int(text[1:], 16), None
        if text[:2] in ("0x", "0X"):
            body, scale = text[2:], 1
            if body[-1:] in ("k", "K", "m", "M"):
                scale = 1024 if body[-1] in "kK" else 1024 * 1024
                body = body[:-1]
            if not body or not all(c in "0123456789abcdefABCDEF" for c in body):
                return None
            return int(body, 16) * scale, (len(body) if scale == 1 else None)
        last = text[-1]
        if last in "kKmM":
            scale, body, base = (1024 if last in "kK" else 1024 * 1024), text[:-1], 0
        else:
            base = {"h": 16, "x": 16, "o": 8, "b": 2, "d": 10}.get(last.lower(), 0)
            scale, body = 1, (text[:-1] if base else text)
        if not base:
            if not body.isdigit():
                return None
            base = 8 if len(body) > 1 and body[0] == "0" else 10
        if not all(c in "0123456789abcdefABCDEF" for c in body):
            return None
        return int(body, base) * scale, None
    except ValueError:
        return None


# ---------------------------------------------------------------------------------------
# Parser


def _describe(tok: _Tok) -> str:
    if tok.kind == "eof":
        return "end of file"
    if tok.kind == "string":
        return f'"{tok.text}"'
    return f"'{tok.text}'"


class _Parser:
    def __init__(
        self, text: str, filename: str, search: list[str], stack: tuple[Path, ...]
    ) -> None:
        self.text = text
        self.filename = filename
        self.search = search  # shared: SEARCH_DIR in any file adds to it, as in ld
        self.stack = stack
        self.pos = 0
        self.lines = [0] + [m.end() for m in re.finditer("\n", text)]
        self.cache: dict[re.Pattern[str], dict[int, _Tok]] = {
            _EXPR: {},
            _SCRIPT: {},
            _WILD: {},
            _FILE: {},
        }

    # Tokens.

    def loc(self, pos: int) -> Location:
        line = bisect.bisect_right(self.lines, pos)
        return Location(self.filename, line, pos - self.lines[line - 1] + 1)

    def error(self, at: _Tok | int, message: str) -> NoReturn:
        pos = at if isinstance(at, int) else at.start
        raise LinkError(f"{self.loc(pos)}: {message}")

    def lex(self, pos: int, mode: re.Pattern[str]) -> _Tok:
        cache = self.cache[mode]
        tok = cache.get(pos)
        if tok is not None:
            return tok
        text = self.text
        skipped = _SKIP.match(text, pos)
        start = skipped.end() if skipped else pos
        if start >= len(text):
            tok = _Tok("eof", "", start, start)
        elif text.startswith("/*", start):
            self.error(start, "unterminated comment: '/*' without '*/'")
        else:
            m = mode.match(text, start)
            if m is None:
                if text[start] == '"':
                    self.error(start, "unterminated string: '\"' without a closing '\"'")
                self.error(start, f"unexpected character {text[start]!r}")
            kind, word = m.lastgroup or "op", m.group()
            if kind == "string":
                tok = _Tok("string", word[1:-1], start, m.end())
            elif kind == "number":
                number = _number(word)
                if number is None:
                    self.error(start, f"invalid number '{word}'")
                tok = _Tok("number", word, start, m.end(), number[0], number[1])
            else:
                tok = _Tok(kind, word, start, m.end())
        cache[pos] = tok
        return tok

    def peek(self, mode: re.Pattern[str]) -> _Tok:
        return self.lex(self.pos, mode)

    def peek_after(self, tok: _Tok, mode: re.Pattern[str]) -> _Tok:
        return self.lex(tok.end, mode)

    def take(self, mode: re.Pattern[str]) -> _Tok:
        tok = self.lex(self.pos, mode)
        self.pos = tok.end
        return tok

    def at_op(self, mode: re.Pattern[str], op: str) -> bool:
        tok = self.peek(mode)
        return tok.kind == "op" and tok.text == op

    def at_call(self, tok: _Tok, *keywords: str) -> bool:
        """Whether ``tok`` is one of the keywords followed by '('."""
        if tok.kind != "name" or tok.text not in keywords:
            return False
        after = self.peek_after(tok, _EXPR)
        return after.kind == "op" and after.text == "("

    def expect(self, mode: re.Pattern[str], op: str, context: str) -> _Tok:
        tok = self.peek(mode)
        if tok.kind != "op" or tok.text != op:
            self.error(tok, f"expected '{op}' {context}, found {_describe(tok)}")
        self.pos = tok.end
        return tok

    def name(self, mode: re.Pattern[str], what: str) -> _Tok:
        tok = self.peek(mode)
        if tok.kind not in ("name", "string"):
            self.error(tok, f"expected {what}, found {_describe(tok)}")
        self.pos = tok.end
        return tok

    def separator(self, context: str) -> None:
        tok = self.peek(_EXPR)
        if tok.kind != "op" or tok.text not in (";", ","):
            self.error(tok, f"expected ';' after {context}, found {_describe(tok)}")
        self.pos = tok.end

    # INCLUDE.

    def include(self, keyword: _Tok, parse: Callable[[_Parser], list[_T]]) -> list[_T]:
        tok = self.name(_FILE, "a file name after INCLUDE")
        relative = Path(tok.text)
        dirs = [Path(self.filename).parent, *map(Path, self.search)]
        candidates = [relative] if relative.is_absolute() else [d / relative for d in dirs]
        path = next((c for c in candidates if c.is_file()), None)
        if path is None:
            looked = ", ".join(str(d) for d in dirs)
            self.error(tok, f"cannot find INCLUDE file '{tok.text}' (looked in {looked})")
        resolved = path.resolve()
        if resolved in self.stack:
            chain = " -> ".join([*(p.name for p in self.stack), resolved.name])
            self.error(keyword, f"recursive INCLUDE of '{tok.text}' ({chain})")
        if len(self.stack) >= MAX_INCLUDE_DEPTH:
            self.error(keyword, f"INCLUDE nested more than {MAX_INCLUDE_DEPTH} deep")
        try:
            text = path.read_text(encoding="utf-8", errors="replace")
        except OSError as error:
            self.error(tok, f"cannot read INCLUDE file '{path}': {error.strerror or error}")
        return parse(_Parser(text, str(path), self.search, (*self.stack, resolved)))

    # Expressions.

    def expression(self) -> Expr:
        cond = self.binary(1)
        tok = self.peek(_EXPR)
        if tok.kind == "op" and tok.text == "?":
            self.pos = tok.end
            if_true = self.expression()
            self.expect(_EXPR, ":", "in the '?:' expression")
            if_false = self.expression()
            return Ternary(cond, if_true, if_false, self.loc(tok.start))
        return cond

    def binary(self, min_precedence: int) -> Expr:
        """Precedence climbing over ld's (C's) binary operators, all left-associative."""
        left = self.unary()
        while True:
            tok = self.peek(_EXPR)
            precedence = _PRECEDENCE.get(tok.text, 0) if tok.kind == "op" else 0
            if precedence < min_precedence:
                return left
            self.pos = tok.end
            right = self.binary(precedence + 1)
            left = Binary(tok.text, left, right, self.loc(tok.start))

    def unary(self) -> Expr:
        tok = self.peek(_EXPR)
        if tok.kind == "op" and tok.text in ("-", "!", "~", "+"):
            self.pos = tok.end
            operand = self.unary()
            return operand if tok.text == "+" else Unary(tok.text, operand, self.loc(tok.start))
        return self.primary()

    def primary(self) -> Expr:
        tok = self.take(_EXPR)
        where = self.loc(tok.start)
        if tok.kind == "number":
            return Number(tok.value, tok.hex_digits, where)
        if tok.kind == "string":
            return Symbol(tok.text, where)
        if tok.kind == "op" and tok.text == "(":
            inner = self.expression()
            self.expect(_EXPR, ")", "to close '('")
            return inner
        if tok.kind != "name":
            self.error(tok, f"expected an expression, found {_describe(tok)}")
        word = tok.text
        if word == ".":
            return Dot(where)
        if word in ("SIZEOF_HEADERS", "sizeof_headers"):
            return Call("SIZEOF_HEADERS", (), where)
        if not self.at_op(_EXPR, "("):
            if word in _EXPR_FUNCTIONS or word in _NAME_FUNCTIONS or word == "SEGMENT_START":
                self.error(self.peek(_EXPR), f"expected '(' after {word}")
            return Symbol(word, where)
        self.take(_EXPR)  # '('
        if word in ("absolute", "ABSOLUTE") or word in _EXPR_FUNCTIONS:
            function = "ABSOLUTE" if word == "absolute" else word
            args = [self.expression()]
            while self.at_op(_EXPR, ","):
                self.take(_EXPR)
                args.append(self.expression())
            allowed = _EXPR_FUNCTIONS.get(function, (1,))
            if len(args) not in allowed:
                counts = " or ".join(str(n) for n in allowed)
                self.error(tok, f"{function} takes {counts} argument{'s' * (allowed[-1] > 1)}")
            self.expect(_EXPR, ")", f"to close {function}(")
            return Call("ALIGN" if function == "BLOCK" else function, tuple(args), where)
        if word in _NAME_FUNCTIONS:
            what = {"DEFINED": "a symbol name", "CONSTANT": "MAXPAGESIZE or COMMONPAGESIZE"}
            region = "a memory region name"
            arg = self.name(
                _SCRIPT,
                what.get(word, region if word in ("ORIGIN", "LENGTH") else "a section name"),
            )
            if word == "CONSTANT" and arg.text not in ("MAXPAGESIZE", "COMMONPAGESIZE"):
                self.error(arg, f"unknown constant '{arg.text}' (MAXPAGESIZE or COMMONPAGESIZE)")
            self.expect(_EXPR, ")", f"to close {word}(")
            return NameCall(word, arg.text, where)
        if word == "SEGMENT_START":
            segment = self.name(_SCRIPT, "a segment name")
            self.expect(_EXPR, ",", "after the segment name of SEGMENT_START")
            default = self.expression()
            self.expect(_EXPR, ")", "to close SEGMENT_START(")
            return SegmentStart(segment.text, default, where)
        if word == "ASSERT":
            cond, message = self.assert_args()
            return AssertExpr(cond, message, where)
        self.error(tok, f"unknown function '{word}'")

    def assert_args(self) -> tuple[Expr, str]:
        """``expr, "message")`` after ``ASSERT(``."""
        cond = self.expression()
        self.expect(_EXPR, ",", "after ASSERT's condition")
        message = self.name(_EXPR, "ASSERT's message")
        self.expect(_EXPR, ")", "to close ASSERT(")
        return cond, message.text

    def constant(self, expr: Expr) -> int:
        """The value of an expression made of literals only (PHDRS types)."""
        try:
            return evaluate(expr, cast(ScriptEnv, _ConstantsOnly())).value
        except LinkError as error:
            raise LinkError(f"{error}: a PHDRS type is a PT_ name or a constant") from None

    # Statements shared by several contexts.

    def assignment(self, target: _Tok) -> Assignment:
        """``target op expr ;`` (target already taken)."""
        op = self.take(_EXPR)
        if op.kind != "op" or op.text not in _ASSIGN_OPS:
            self.error(op, f"expected an assignment operator after '{target.text}'")
        expr = self.expression()
        self.separator(f"the assignment to '{target.text}'")
        return Assignment(target.text, op.text, expr, where=self.loc(target.start))

    def provide(self, keyword: _Tok) -> Assignment:
        """``PROVIDE(sym = expr);``, ``HIDDEN(...)``, ``PROVIDE_HIDDEN(...)``."""
        self.expect(_EXPR, "(", f"after {keyword.text}")
        target = self.name(_SCRIPT, f"a symbol name in {keyword.text}(")
        if target.text == ".":
            self.error(target, f"{keyword.text} cannot assign the location counter")
        self.expect(_EXPR, "=", f"after the symbol name in {keyword.text}(")
        expr = self.expression()
        self.expect(_EXPR, ")", f"to close {keyword.text}(")
        self.separator(f"{keyword.text}(...)")
        return Assignment(
            target.text,
            "=",
            expr,
            provide=keyword.text != "HIDDEN",
            hidden=keyword.text != "PROVIDE",
            where=self.loc(keyword.start),
        )

    def at_assignment(self, tok: _Tok) -> bool:
        after = self.peek_after(tok, _EXPR)
        return after.kind == "op" and after.text in _ASSIGN_OPS

    def entry(self, keyword: _Tok) -> EntryCommand:
        self.expect(_EXPR, "(", "after ENTRY")
        symbol = self.name(_SCRIPT, "a symbol name in ENTRY(")
        self.expect(_EXPR, ")", "to close ENTRY(")
        return EntryCommand(symbol.text, self.loc(keyword.start))

    def assert_command(self, keyword: _Tok) -> AssertCommand:
        self.expect(_EXPR, "(", "after ASSERT")
        cond, message = self.assert_args()
        return AssertCommand(cond, message, self.loc(keyword.start))

    # Top level.

    def script(self) -> list[Command]:
        commands: list[Command] = []
        while True:
            tok = self.peek(_SCRIPT)
            if tok.kind == "eof":
                return commands
            if tok.kind == "op" and tok.text == ";":
                self.pos = tok.end
                continue
            if tok.kind not in ("name", "string"):
                self.error(tok, f"expected a command or an assignment, found {_describe(tok)}")
            self.pos = tok.end
            self.command(tok, commands)

    def command(self, tok: _Tok, out: list[Command]) -> None:
        where = self.loc(tok.start)
        word = tok.text if tok.kind == "name" else ""
        if tok.kind == "string" or self.at_assignment(tok):
            if tok.text == ".":
                self.error(tok, "the location counter '.' can only be assigned inside SECTIONS")
            out.append(self.assignment(tok))
        elif word == "SECTIONS":
            self.expect(_EXPR, "{", "after SECTIONS")
            items = self.sections_items(closing=True)
            out.append(Sections(tuple(items), where))
        elif word == "MEMORY":
            self.expect(_EXPR, "{", "after MEMORY")
            out.append(Memory(tuple(self.memory_regions(closing=True)), where))
        elif word == "PHDRS":
            out.append(Phdrs(self.phdrs(), where))
        elif word == "ENTRY":
            out.append(self.entry(tok))
        elif word == "ASSERT":
            out.append(self.assert_command(tok))
        elif word in ("PROVIDE", "HIDDEN", "PROVIDE_HIDDEN"):
            out.append(self.provide(tok))
        elif word == "INCLUDE":
            out.extend(self.include(tok, _Parser.script))
        elif word in ("OUTPUT_FORMAT", "OUTPUT_ARCH", "TARGET", "SEARCH_DIR", "OUTPUT", "STARTUP"):
            args = self.file_args(word)
            if word == "OUTPUT_FORMAT":
                if len(args) not in (1, 3):
                    self.error(tok, "OUTPUT_FORMAT takes 1 or 3 format names")
                out.append(OutputFormat(tuple(args), where))
                return
            if len(args) != 1:
                self.error(tok, f"{word} takes one name")
            node: Command
            if word == "OUTPUT_ARCH":
                node = OutputArch(args[0], where)
            elif word == "TARGET":
                node = Target(args[0], where)
            elif word == "SEARCH_DIR":
                node = SearchDir(args[0], where)
                self.search.append(args[0])
            elif word == "OUTPUT":
                node = Output(args[0], where)
            else:
                node = Startup(args[0], where)
            out.append(node)
        elif word in ("INPUT", "GROUP"):
            self.expect(_FILE, "(", f"after {word}")
            out.append(Input(tuple(self.input_files(False)), word == "GROUP", where))
        elif word in ("EXTERN", "NOCROSSREFS", "NOCROSSREFS_TO"):
            self.expect(_EXPR, "(", f"after {word}")
            names: list[str] = []
            while not self.at_op(_SCRIPT, ")"):
                if self.at_op(_SCRIPT, ","):
                    self.take(_SCRIPT)
                    continue
                names.append(self.name(_SCRIPT, f"a name or ')' in {word}(").text)
            self.take(_SCRIPT)
            if word == "EXTERN":
                out.append(Extern(tuple(names), where))
            else:
                out.append(NoCrossRefs(tuple(names), word == "NOCROSSREFS_TO", where))
        elif word == "INSERT":
            how = self.name(_SCRIPT, "AFTER or BEFORE after INSERT")
            if how.text not in ("AFTER", "BEFORE"):
                self.error(how, f"expected AFTER or BEFORE after INSERT, found '{how.text}'")
            section = self.name(_SCRIPT, f"an output section name after INSERT {how.text}")
            out.append(Insert(how.text == "AFTER", section.text, where))
        elif word == "REGION_ALIAS":
            self.expect(_EXPR, "(", "after REGION_ALIAS")
            alias = self.name(_SCRIPT, "an alias name in REGION_ALIAS(")
            self.expect(_EXPR, ",", "after the alias in REGION_ALIAS(")
            region = self.name(_SCRIPT, "a memory region name in REGION_ALIAS(")
            self.expect(_EXPR, ")", "to close REGION_ALIAS(")
            out.append(RegionAlias(alias.text, region.text, where))
        elif word == "LD_FEATURE":
            (feature,) = self.file_args(word)
            out.append(LdFeature(feature, where))
        elif word in _OPTIONS:
            out.append(Option(word, where))
        elif word == "VERSION":
            self.error(tok, "VERSION (symbol versioning) is not supported")
        elif word == "OVERLAY":
            self.error(tok, "OVERLAY is not supported")
        else:
            self.error(tok, f"expected a command or an assignment, found '{tok.text}'")

    def file_args(self, word: str) -> list[str]:
        """``(name[, name...])`` of OUTPUT_FORMAT, SEARCH_DIR and the like."""
        self.expect(_FILE, "(", f"after {word}")
        args: list[str] = []
        while True:
            args.append(self.name(_FILE, f"a name in {word}(").text)
            tok = self.take(_FILE)
            if tok.kind == "op" and tok.text == ")":
                return args
            if tok.kind != "op" or tok.text != ",":
                self.error(tok, f"expected ',' or ')' in {word}(, found {_describe(tok)}")

    def input_files(self, as_needed: bool) -> list[InputFile]:
        """The files of ``INPUT(`` / ``GROUP(`` / ``AS_NEEDED(`` up to ')'."""
        files: list[InputFile] = []
        while True:
            tok = self.take(_FILE)
            if tok.kind == "op" and tok.text == ")":
                return files
            if tok.kind == "op" and tok.text == ",":
                continue
            if tok.kind not in ("name", "string"):
                self.error(tok, f"expected a file name or ')', found {_describe(tok)}")
            where = self.loc(tok.start)
            if tok.kind == "name" and tok.text == "AS_NEEDED" and self.at_op(_FILE, "("):
                self.take(_FILE)
                files.extend(self.input_files(True))
            elif tok.kind == "name" and tok.text.startswith("-l") and len(tok.text) > 2:
                files.append(InputFile(tok.text[2:], True, as_needed, where))
            else:
                files.append(InputFile(tok.text, False, as_needed, where))

    # MEMORY.

    def memory_regions(self, closing: bool) -> list[MemoryRegion]:
        regions: list[MemoryRegion] = []
        while True:
            tok = self.peek(_SCRIPT)
            if tok.kind == "op" and tok.text in (",", ";"):
                self.pos = tok.end
                continue
            if self.end_of_block(tok, closing, "MEMORY"):
                return regions
            self.pos = tok.end
            if tok.kind == "name" and tok.text == "INCLUDE":
                regions.extend(self.include(tok, lambda p: p.memory_regions(False)))
                continue
            if tok.kind not in ("name", "string"):
                self.error(tok, f"expected a memory region name, found {_describe(tok)}")
            attributes = ""
            if self.at_op(_SCRIPT, "("):
                paren = self.take(_SCRIPT)
                close = self.text.find(")", paren.end)
                if close < 0:
                    self.error(paren, "expected ')' to close the region's attributes")
                attributes = "".join(self.text[paren.end : close].split())
                for at in range(paren.end, close):
                    if self.text[at] not in "rRwWxXaAiIlL! \t\r\n":
                        self.error(at, f"invalid memory region attribute '{self.text[at]}'")
                self.pos = close + 1
            self.expect(_EXPR, ":", f"after the memory region name '{tok.text}'")
            origin = self.region_value(("ORIGIN", "org", "o"), tok.text)
            if self.at_op(_EXPR, ","):
                self.take(_EXPR)
            length = self.region_value(("LENGTH", "len", "l"), tok.text)
            regions.append(MemoryRegion(tok.text, attributes, origin, length, self.loc(tok.start)))

    def region_value(self, keywords: tuple[str, ...], region: str) -> Expr:
        tok = self.take(_SCRIPT)
        if tok.kind != "name" or tok.text not in keywords:
            self.error(tok, f"expected {keywords[0]} in memory region '{region}'")
        self.expect(_EXPR, "=", f"after {tok.text}")
        return self.expression()

    def end_of_block(self, tok: _Tok, closing: bool, block: str) -> bool:
        """At '}' (taken) when ``closing``, or end of an INCLUDEd file otherwise."""
        if tok.kind == "eof":
            if closing:
                self.error(tok, f"expected '}}' to close {block}, found end of file")
            return True
        if tok.kind == "op" and tok.text == "}":
            if not closing:
                self.error(tok, f"unexpected '}}' in a file INCLUDEd in {block}")
            self.pos = tok.end
            return True
        return False

    # PHDRS.

    def phdrs(self) -> tuple[Phdr, ...]:
        self.expect(_EXPR, "{", "after PHDRS")
        headers: list[Phdr] = []
        while True:
            tok = self.peek(_SCRIPT)
            if tok.kind == "op" and tok.text == ";":
                self.pos = tok.end
                continue
            if self.end_of_block(tok, True, "PHDRS"):
                return tuple(headers)
            name = self.name(_SCRIPT, "a program header name")
            type_tok = self.peek(_EXPR)
            if type_tok.kind == "name" and type_tok.text in PHDR_TYPES:
                self.pos = type_tok.end
                ptype = PHDR_TYPES[type_tok.text]
            elif type_tok.kind == "name" and type_tok.text.startswith("PT_"):
                self.error(type_tok, f"unknown program header type '{type_tok.text}'")
            else:
                ptype = self.constant(self.expression())
            filehdr = phdrs = False
            at: Expr | None = None
            flags: Expr | None = None
            while True:
                tok = self.take(_EXPR)
                if tok.kind == "op" and tok.text == ";":
                    break
                word = tok.text if tok.kind == "name" else ""
                if word == "FILEHDR":
                    filehdr = True
                elif word == "PHDRS":
                    phdrs = True
                elif word in ("AT", "FLAGS"):
                    self.expect(_EXPR, "(", f"after {word}")
                    value = self.expression()
                    self.expect(_EXPR, ")", f"to close {word}(")
                    if word == "AT":
                        at = value
                    else:
                        flags = value
                else:
                    self.error(
                        tok,
                        "expected FILEHDR, PHDRS, AT(...), FLAGS(...) or ';' in program "
                        f"header '{name.text}', found {_describe(tok)}",
                    )
            headers.append(Phdr(name.text, ptype, filehdr, phdrs, at, flags, self.loc(name.start)))

    # SECTIONS.

    def sections_items(self, closing: bool) -> list[SectionsItem]:
        items: list[SectionsItem] = []
        while True:
            tok = self.peek(_SCRIPT)
            if tok.kind == "op" and tok.text == ";":
                self.pos = tok.end
                continue
            if self.end_of_block(tok, closing, "SECTIONS"):
                return items
            if tok.kind not in ("name", "string"):
                self.error(
                    tok,
                    "expected an output section, an assignment or '}' in SECTIONS, "
                    f"found {_describe(tok)}",
                )
            self.pos = tok.end
            word = tok.text if tok.kind == "name" else ""
            if tok.kind == "name" and self.at_assignment(tok):
                items.append(self.assignment(tok))
            elif word == "ENTRY" and self.at_op(_EXPR, "("):
                items.append(self.entry(tok))
            elif word == "ASSERT" and self.at_op(_EXPR, "("):
                items.append(self.assert_command(tok))
            elif word in ("PROVIDE", "HIDDEN", "PROVIDE_HIDDEN") and self.at_op(_EXPR, "("):
                items.append(self.provide(tok))
            elif word == "INCLUDE":
                items.extend(self.include(tok, lambda p: p.sections_items(False)))
            elif word == "OVERLAY":
                self.error(tok, "OVERLAY is not supported")
            elif word == "GROUP":
                self.error(tok, "GROUP inside SECTIONS is not supported")
            else:
                items.append(self.output_section(tok))

    def output_section(self, name: _Tok) -> OutputSection:
        label = f"'{name.text}'"
        address: Expr | None = None
        kind: OutputSectionType | None = None
        readonly = False
        sh_type: Expr | None = None
        tok = self.peek(_EXPR)
        if tok.kind == "name" and tok.text == "BIND" and self.at_call(tok, "BIND"):
            self.error(tok, "BIND is not supported")
        if not (tok.kind == "op" and tok.text == ":") and not self.at_section_type():
            if tok.kind == "op" and tok.text in ("{", "}", ";"):
                self.error(tok, f"expected ':' after the output section name {label}")
            address = self.expression()
        if self.at_section_type():
            kind, readonly, sh_type = self.section_type()
        elif self.at_op(_EXPR, "("):
            self.error(
                self.peek_after(self.peek(_EXPR), _EXPR),
                "expected NOLOAD, DSECT, COPY, INFO, OVERLAY, READONLY or TYPE = ...",
            )
        tok = self.peek(_EXPR)
        if tok.kind != "op" or tok.text != ":":
            self.error(tok, f"expected ':' after output section {label}, found {_describe(tok)}")
        self.pos = tok.end
        attrs: dict[str, Expr | None] = {}
        align_with_input = False
        constraint: str | None = None
        while True:
            tok = self.peek(_EXPR)
            if tok.kind == "op" and tok.text == "{":
                self.pos = tok.end
                break
            word = tok.text if tok.kind == "name" else ""
            if word in ("AT", "ALIGN", "SUBALIGN") and self.at_call(tok, word):
                if word in attrs:
                    self.error(tok, f"{word} given twice for output section {label}")
                self.pos = tok.end
                self.take(_EXPR)
                attrs[word] = self.expression()
                self.expect(_EXPR, ")", f"to close {word}(")
            elif word == "ALIGN_WITH_INPUT":
                self.pos = tok.end
                align_with_input = True
            elif word in ("ONLY_IF_RO", "ONLY_IF_RW", "SPECIAL"):
                self.pos = tok.end
                constraint = word
            else:
                self.error(
                    tok,
                    f"expected '{{' to open output section {label}, found {_describe(tok)}",
                )
        commands = self.section_commands(closing=True, label=label)
        region = lma_region = None
        phdrs: list[str] = []
        fill: Expr | None = None
        if self.at_op(_EXPR, ">"):
            self.take(_EXPR)
            region = self.name(_SCRIPT, f"a memory region name after '>' of {label}").text
        tok = self.peek(_EXPR)
        if tok.kind == "name" and tok.text == "AT":
            after = self.peek_after(tok, _EXPR)
            if after.kind == "op" and after.text == ">":
                self.pos = after.end
                lma_region = self.name(_SCRIPT, f"a memory region name after 'AT>' of {label}").text
        while self.at_op(_EXPR, ":"):
            self.take(_EXPR)
            phdrs.append(self.name(_SCRIPT, f"a program header name after ':' of {label}").text)
        if self.at_op(_EXPR, "="):
            self.take(_EXPR)
            fill = self.expression()
        if self.at_op(_EXPR, ","):
            self.take(_EXPR)
        return OutputSection(
            name.text,
            tuple(commands),
            address=address,
            type=kind,
            readonly=readonly,
            sh_type=sh_type,
            lma=attrs.get("AT"),
            align=attrs.get("ALIGN"),
            align_with_input=align_with_input,
            subalign=attrs.get("SUBALIGN"),
            constraint=constraint,
            region=region,
            lma_region=lma_region,
            phdrs=tuple(phdrs),
            fill=fill,
            where=self.loc(name.start),
        )

    def at_section_type(self) -> bool:
        tok = self.peek(_EXPR)
        if tok.kind != "op" or tok.text != "(":
            return False
        after = self.peek_after(tok, _EXPR)
        return (after.kind == "op" and after.text == ")") or (
            after.kind == "name" and after.text in _SECTION_TYPES
        )

    def section_type(self) -> tuple[OutputSectionType | None, bool, Expr | None]:
        self.take(_EXPR)  # '('
        tok = self.take(_EXPR)
        if tok.kind == "op":  # "()"
            return None, False, None
        kind = OutputSectionType(tok.text)
        readonly = kind is OutputSectionType.READONLY
        sh_type: Expr | None = None
        if readonly and self.at_op(_EXPR, "("):
            self.take(_EXPR)
            type_tok = self.take(_EXPR)
            if type_tok.text != "TYPE":
                self.error(type_tok, "expected TYPE = ... in READONLY(")
            sh_type = self.type_expression()
            self.expect(_EXPR, ")", "to close READONLY(")
            kind = OutputSectionType.TYPE
        elif kind is OutputSectionType.TYPE:
            sh_type = self.type_expression()
        self.expect(_EXPR, ")", "to close the output section type")
        return kind, readonly, sh_type

    def type_expression(self) -> Expr:
        self.expect(_EXPR, "=", "after TYPE")
        return _substitute_names(self.expression(), _SHT_NAMES)

    def section_commands(self, closing: bool, label: str) -> list[SectionCommand]:
        commands: list[SectionCommand] = []
        while True:
            tok = self.peek(_WILD)
            if tok.kind == "op" and tok.text == ";":
                self.pos = tok.end
                continue
            if self.end_of_block(tok, closing, f"output section {label}"):
                return commands
            if tok.kind not in ("name", "string"):
                self.error(
                    tok,
                    "expected an input section description, an assignment or '}' in "
                    f"output section {label}, found {_describe(tok)}",
                )
            commands.extend(self.section_command(tok, label))

    def section_command(self, tok: _Tok, label: str) -> list[SectionCommand]:
        word = tok.text if tok.kind == "name" else ""
        where = self.loc(tok.start)
        if tok.kind == "name" and self.at_assignment(tok):
            if not re.fullmatch(r"[A-Za-z_.$\\~][A-Za-z0-9_.$\\~+\-\[\]]*", word):
                self.error(tok, f"'{word}' is not a symbol name")
            self.pos = tok.end
            return [self.assignment(tok)]
        if word in ("CREATE_OBJECT_SYMBOLS", "CONSTRUCTORS"):
            self.pos = tok.end
            if word == "CONSTRUCTORS":
                return [ConstructorsCommand(False, where)]
            return [CreateObjectSymbols(where)]
        if word == "INCLUDE":
            self.pos = tok.end
            return self.include(tok, lambda p: p.section_commands(False, label))
        if self.at_call(tok, "KEEP"):
            self.pos = self.peek_after(tok, _EXPR).end
            spec = self.input_spec(keep=True, start=tok)
            self.expect(_WILD, ")", "to close KEEP(")
            return [spec]
        if self.at_call(tok, *_DATA_SIZES):
            self.pos = self.peek_after(tok, _EXPR).end
            expr = self.expression()
            self.expect(_EXPR, ")", f"to close {word}(")
            return [DataCommand(word, expr, where)]
        if self.at_call(tok, "FILL"):
            self.pos = self.peek_after(tok, _EXPR).end
            expr = self.expression()
            self.expect(_EXPR, ")", "to close FILL(")
            return [FillCommand(expr, where)]
        if self.at_call(tok, "ASSERT"):
            self.pos = tok.end
            return [self.assert_command(tok)]
        if self.at_call(tok, "PROVIDE", "HIDDEN", "PROVIDE_HIDDEN"):
            self.pos = tok.end
            return [self.provide(tok)]
        if self.at_call(tok, "SORT", "SORT_BY_NAME"):
            paren = self.peek_after(tok, _EXPR)
            inner = self.lex(paren.end, _WILD)
            if inner.kind == "name" and inner.text == "CONSTRUCTORS":
                self.pos = inner.end
                self.expect(_WILD, ")", f"to close {word}(CONSTRUCTORS")
                return [ConstructorsCommand(True, where)]
        return [self.input_spec(keep=False, start=tok)]

    def input_spec(self, keep: bool, start: _Tok) -> InputSectionDescription:
        """``[INPUT_SECTION_FLAGS(...)] file[(sections)]`` with the file spec's
        EXCLUDE_FILE/SORT forms."""
        flags: SectionFlags | None = None
        tok = self.peek(_WILD)
        if self.at_call(tok, "INPUT_SECTION_FLAGS"):
            flags = self.section_flags(tok)
            tok = self.peek(_WILD)
        file_sort: Sort | None = None
        if self.at_call(tok, *_SORT_KEYWORDS):
            file_sort = _SORT_KEYWORDS[tok.text]
            if file_sort not in (Sort.NAME, Sort.NONE):
                self.error(tok, f"{tok.text} cannot sort input files (SORT_BY_NAME or SORT_NONE)")
            self.pos = self.peek_after(tok, _EXPR).end
            exclude, pattern = self.maybe_exclude("a file name pattern")
            self.expect(_WILD, ")", f"to close {tok.text}(")
        else:
            exclude, pattern = self.maybe_exclude("a file name pattern")
        sections: list[SectionPattern] = []
        if self.at_op(_WILD, "("):
            open_paren = self.take(_WILD)
            while True:
                tok = self.peek(_WILD)
                if tok.kind == "op" and tok.text == ")":
                    self.pos = tok.end
                    break
                if tok.kind == "op" and tok.text == ",":
                    self.pos = tok.end
                    continue
                sections.append(self.section_pattern())
            if not sections:
                self.error(open_paren, "expected section name patterns inside '()'")
        return InputSectionDescription(
            pattern.text,
            tuple(sections),
            keep=keep,
            exclude_files=exclude,
            file_sort=file_sort,
            flags=flags,
            where=self.loc(start.start),
        )

    def exclude_list(self) -> tuple[str, ...]:
        """``EXCLUDE_FILE(patterns)``, from its keyword."""
        keyword = self.peek(_WILD)
        self.pos = self.peek_after(keyword, _EXPR).end
        names: list[str] = []
        while True:
            item = self.take(_WILD)
            if item.kind == "op" and item.text == ")":
                break
            if item.kind == "op" and item.text == ",":
                continue
            if item.kind not in ("name", "string"):
                self.error(item, f"expected a file name pattern or ')', found {_describe(item)}")
            names.append(item.text)
        if not names:
            self.error(keyword, "EXCLUDE_FILE needs at least one file name pattern")
        return tuple(names)

    def maybe_exclude(self, what: str) -> tuple[tuple[str, ...], _Tok]:
        """``[EXCLUDE_FILE(patterns)] pattern``."""
        exclude: tuple[str, ...] = ()
        if self.at_call(self.peek(_WILD), "EXCLUDE_FILE"):
            exclude = self.exclude_list()
        pattern = self.peek(_WILD)
        if pattern.kind not in ("name", "string") or (
            pattern.kind == "name"
            and (
                self.at_call(pattern, "EXCLUDE_FILE", "KEEP", "INPUT_SECTION_FLAGS")
                or (exclude and self.at_call(pattern, *_SORT_KEYWORDS))
            )
        ):
            self.error(pattern, f"expected {what}, found {_describe(pattern)}")
        self.pos = pattern.end
        return exclude, pattern

    def section_pattern(self) -> SectionPattern:
        tok = self.peek(_WILD)
        outer_exclude: tuple[str, ...] = ()
        if self.at_call(tok, "EXCLUDE_FILE") and self.sort_follows_exclude():
            outer_exclude = self.exclude_list()
            tok = self.peek(_WILD)
        sorts: list[Sort] = []
        closers = 0
        while self.at_call(tok, *_SORT_KEYWORDS) and len(sorts) < 2:
            sorts.append(_SORT_KEYWORDS[tok.text])
            self.pos = self.peek_after(tok, _EXPR).end
            closers += 1
            tok = self.peek(_WILD)
        exclude, pattern = self.maybe_exclude("a section name pattern")
        if exclude and outer_exclude:
            self.error(tok, "EXCLUDE_FILE given twice for one section pattern")
        for _ in range(closers):
            tok = self.peek(_WILD)
            if tok.kind != "op" or tok.text != ")":
                self.error(
                    tok,
                    f"expected ')' after the section pattern '{pattern.text}' (a SORT takes "
                    f"one pattern), found {_describe(tok)}",
                )
            self.pos = tok.end
        return SectionPattern(
            pattern.text,
            exclude or outer_exclude,
            self.sort_keys(sorts, pattern),
            self.loc(pattern.start),
        )

    def sort_follows_exclude(self) -> bool:
        """Whether ``EXCLUDE_FILE(...)`` here is followed by a SORT wrapper."""
        saved = self.pos
        try:
            self.exclude_list()
            return self.at_call(self.peek(_WILD), *_SORT_KEYWORDS)
        finally:
            self.pos = saved

    def sort_keys(self, sorts: list[Sort], pattern: _Tok) -> tuple[Sort, ...]:
        if len(sorts) == 2:
            outer, inner = sorts
            if outer not in (Sort.NAME, Sort.ALIGNMENT) or inner not in (Sort.NAME, Sort.ALIGNMENT):
                self.error(
                    pattern,
                    f"{outer.value}({inner.value}(...)) is not a valid sort: only "
                    "SORT_BY_NAME and SORT_BY_ALIGNMENT nest",
                )
            if outer is inner:
                return (outer,)
        return tuple(sorts)

    def section_flags(self, keyword: _Tok) -> SectionFlags:
        self.pos = self.peek_after(keyword, _EXPR).end
        required = forbidden = 0
        while True:
            tok = self.take(_WILD)
            negate = tok.kind == "op" and tok.text == "!"
            if negate:
                tok = self.take(_WILD)
            name = tok.text
            if tok.kind == "name" and name.startswith("!"):
                negate, name = True, name[1:]
            if tok.kind != "name" or name not in SECTION_FLAG_NAMES:
                self.error(tok, f"expected a section flag (SHF_...), found {_describe(tok)}")
            if negate:
                forbidden |= SECTION_FLAG_NAMES[name]
            else:
                required |= SECTION_FLAG_NAMES[name]
            sep = self.take(_EXPR)
            if sep.kind == "op" and sep.text == ")":
                return SectionFlags(required, forbidden, self.loc(keyword.start))
            if sep.kind != "op" or sep.text != "&":
                self.error(
                    sep, f"expected '&' or ')' in INPUT_SECTION_FLAGS, found {_describe(sep)}"
                )


#: Binary operators and their precedence, loosest first (ldgram.y's %left lines).
_PRECEDENCE: Final = {
    "||": 1,
    "&&": 2,
    "|": 3,
    "^": 4,
    "&": 5,
    "==": 6,
    "!=": 6,
    "<": 7,
    ">": 7,
    "<=": 7,
    ">=": 7,
    "<<": 8,
    ">>": 8,
    "+": 9,
    "-": 9,
    "*": 10,
    "/": 10,
    "%": 10,
}


def _substitute_names(expr: Expr, names: dict[str, int]) -> Expr:
    """``expr`` with the symbols named in ``names`` replaced by those numbers."""
    match expr:
        case Symbol(name=name) if name in names:
            return Number(names[name], None, expr.where)
        case Unary(op=op, operand=operand):
            return Unary(op, _substitute_names(operand, names), expr.where)
        case Binary(op=op, left=left, right=right):
            return Binary(
                op, _substitute_names(left, names), _substitute_names(right, names), expr.where
            )
        case Ternary(condition=c, if_true=t, if_false=f):
            return Ternary(
                _substitute_names(c, names),
                _substitute_names(t, names),
                _substitute_names(f, names),
                expr.where,
            )
    return expr


def parse_script(text: str, filename: str, *, include_dirs: Sequence[str] = ()) -> Script:
    """Parse a linker script. INCLUDE looks for its file next to the including file,
    then in ``include_dirs`` and the SEARCH_DIRs seen so far (ld: the current
    directory, then -L and SEARCH_DIR). Raises LinkError ``file:line:col: ...``."""
    start = Path(filename).resolve()
    parser = _Parser(text, filename, list(include_dirs), (start,))
    return Script(tuple(parser.script()), filename)


def parse_expression(text: str, filename: str) -> Expr:
    """Parse one expression (``--defsym sym=EXPR``'s)."""
    parser = _Parser(text, filename, [], ())
    expr = parser.expression()
    tok = parser.peek(_EXPR)
    if tok.kind != "eof":
        parser.error(tok, f"expected the end of the expression, found {_describe(tok)}")
    return expr


# ---------------------------------------------------------------------------------------
# Evaluation

#: :attr:`Value.section` of an absolute address.
ABSOLUTE: Final = "*ABS*"


class ExpressionError(Exception):
    """Raised by a :class:`ScriptEnv` for what it cannot answer yet or at all
    (``"section .data has no address yet"``); :func:`evaluate` turns it into a
    LinkError with the location of the expression that asked."""


@_node
class SymbolValue(NamedTuple):
    """A symbol's address, and the output section it is relative to (None: absolute)."""

    address: int
    section: str | None = None


class ScriptEnv(Protocol):
    """What the layout engine answers for :func:`evaluate`. A method returning None
    means "no such thing" (evaluate reports an undefined symbol, section or region
    with the expression's location); one that cannot answer yet raises
    :class:`ExpressionError`."""

    def dot(self) -> int:
        """The location counter, as an absolute address."""
        ...

    def current_section(self) -> str | None:
        """The output section whose description is being evaluated, None outside one."""
        ...

    def symbol(self, name: str) -> SymbolValue | None:
        """A defined symbol's address and section (scripts' and objects' symbols)."""
        ...

    def defined(self, name: str) -> bool:
        """DEFINED(name): defined by an object, or by the script before this point."""
        ...

    def section_address(self, name: str) -> int | None:
        """ADDR: an output section's VMA."""
        ...

    def section_load_address(self, name: str) -> int | None:
        """LOADADDR: an output section's LMA."""
        ...

    def section_size(self, name: str) -> int | None:
        """SIZEOF (0 for a section the script declares but that came out empty)."""
        ...

    def section_alignment(self, name: str) -> int | None:
        """ALIGNOF."""
        ...

    def constant(self, name: str) -> int:
        """CONSTANT(MAXPAGESIZE) or CONSTANT(COMMONPAGESIZE)."""
        ...

    def region_origin(self, name: str) -> int | None:
        """ORIGIN: a MEMORY region's start (REGION_ALIAS names resolved)."""
        ...

    def region_length(self, name: str) -> int | None:
        """LENGTH: a MEMORY region's size."""
        ...

    def sizeof_headers(self) -> int:
        """SIZEOF_HEADERS: the ELF header plus the program headers."""
        ...

    def segment_start(self, name: str, default: int) -> int:
        """SEGMENT_START: -Ttext/-Tdata/-Tbss/-Ttext-segment's address, else default."""
        ...

    def data_segment_align(self, maxpagesize: int, commonpagesize: int) -> int:
        """DATA_SEGMENT_ALIGN. Without -z relro ld gives
        ``align_up(dot, maxpagesize) + (dot & (maxpagesize - 1))``; with it, on the
        relaxation pass, ``align_up(dot, maxpagesize) + ((dot + commonpagesize - 1)
        & (maxpagesize - commonpagesize))`` or the base that puts the RELRO end on a
        commonpagesize boundary."""
        ...

    def data_segment_relro_end(self, offset: int, value: int) -> int:
        """DATA_SEGMENT_RELRO_END(offset, value): ``value`` without -z relro; records
        ``offset + value`` as the end of PT_GNU_RELRO otherwise."""
        ...

    def data_segment_end(self, value: int) -> int:
        """DATA_SEGMENT_END(value): ``value``; marks the end of the data segment."""
        ...


@_node
class Value(NamedTuple):
    """An expression's value as ld keeps it: a plain number (``section`` None), an
    absolute address (``section`` is :data:`ABSOLUTE`), or ``value`` bytes from the
    start of output section ``section``. ``from_dot``: the expression used ``.``
    (or ALIGN(e), ORIGIN, SEGMENT_START, which ld derives the same way); ld makes a
    symbol so defined outside output sections relative to the section ``.`` is in
    (or follows)."""

    value: int
    section: str | None = None
    from_dot: bool = False

    def address(self, env: ScriptEnv, *, bits: int = 64) -> int:
        """The value as an address or plain integer: a section-relative value plus its
        section's address; numbers and absolute addresses as they are. For AT(),
        ALIGN(), BYTE() and other operands that are not assignments. Raises
        ExpressionError if the section has no address."""
        if self.section is None or self.section == ABSOLUTE:
            return self.value
        return (self.value + _section_vma(env, self.section)) & ((1 << bits) - 1)

    def resolve(self, env: ScriptEnv, *, bits: int = 64) -> SymbolValue:
        """Where an assignment of this value puts a symbol or ``.``: a plain number is
        an offset into the current output section (absolute outside one), as in ld.
        Raises ExpressionError if the section has no address."""
        mask = (1 << bits) - 1
        section = self.section
        if section is None:
            section = env.current_section()
            if section is None:
                return SymbolValue(self.value)
        if section == ABSOLUTE:
            return SymbolValue(self.value)
        return SymbolValue((self.value + _section_vma(env, section)) & mask, section)


def _section_vma(env: ScriptEnv, name: str) -> int:
    vma = env.section_address(name)
    if vma is None:
        raise ExpressionError(f"section '{name}' has no address")
    return vma


def align_up(value: int, alignment: int) -> int:
    """ld's ``align_n``: ``value`` rounded up to a multiple of ``alignment`` (any
    positive number, not only powers of two; 0 and 1 leave it as is)."""
    if alignment <= 1:
        return value
    return (value + alignment - 1) // alignment * alignment


def _log2ceil(value: int) -> int:
    return 0 if value <= 1 else (value - 1).bit_length()


class _Evaluator:
    def __init__(self, env: ScriptEnv, bits: int, sane_expr: bool, check_asserts: bool) -> None:
        self.env = env
        self.bits = bits
        self.mask = (1 << bits) - 1
        self.sane_expr = sane_expr
        self.check_asserts = check_asserts
        self.section = env.current_section()
        self.from_dot = False

    def fail(self, where: Location, message: str) -> NoReturn:
        raise LinkError(f"{where}: {message}")

    def signed(self, value: int) -> int:
        return value - (1 << self.bits) if value >> (self.bits - 1) else value

    def number(self, value: int) -> Value:
        """ld's new_number, or new_abs outside output sections (non-SANE_EXPR)."""
        if self.section is None and not self.sane_expr:
            return Value(value & self.mask, ABSOLUTE)
        return Value(value & self.mask)

    def rel_from_abs(self, address: int, where: Location) -> Value:
        """ld's new_rel_from_abs: an address, relative to the current section."""
        self.from_dot = True
        if self.section is None:
            return Value(address & self.mask, ABSOLUTE)
        return Value((address - self.vma(self.section, where)) & self.mask, self.section)

    def vma(self, section: str, where: Location) -> int:
        try:
            vma = self.env.section_address(section)
        except ExpressionError as error:
            self.fail(where, str(error))
        if vma is None:
            self.fail(where, f"undefined section '{section}' referenced in expression")
        return vma

    def absolute(self, value: Value, where: Location) -> Value:
        """ld's make_abs."""
        if value.section is None or value.section == ABSOLUTE:
            return Value(value.value, ABSOLUTE)
        return Value((value.value + self.vma(value.section, where)) & self.mask, ABSOLUTE)

    def ask(self, where: Location, question: Callable[[], _R]) -> _R:
        try:
            return question()
        except ExpressionError as error:
            self.fail(where, str(error))

    def run(self, expr: Expr) -> Value:
        match expr:
            case Number(value=value):
                return self.number(value)
            case Dot(where=where):
                return self.rel_from_abs(self.ask(where, self.env.dot), where)
            case Symbol(name=name, where=where):
                return self.symbol(name, where)
            case Unary(op=op, operand=operand):
                v = self.run(operand)
                if op == "-":
                    result = -v.value
                elif op == "~":
                    result = ~v.value
                else:
                    result = int(v.value == 0)
                return Value(result & self.mask, v.section)
            case Binary():
                return self.binary(expr)
            case Ternary(condition=c, if_true=t, if_false=f):
                return self.run(t if self.run(c).value else f)
            case Call():
                return self.call(expr)
            case NameCall():
                return self.name_call(expr)
            case SegmentStart(segment=segment, default=default, where=where):
                fallback = self.run(default).value
                start = self.ask(where, lambda: self.env.segment_start(segment, fallback))
                return self.rel_from_abs(start, where)
            case AssertExpr(condition=condition, message=message, where=where):
                v = self.run(condition)
                if self.check_asserts and not v.value:
                    self.fail(where, message)
                return v
        raise TypeError(f"not an expression: {expr!r}")  # pragma: no cover

    def symbol(self, name: str, where: Location) -> Value:
        found = self.ask(where, lambda: self.env.symbol(name))
        if found is None:
            self.fail(where, f"undefined symbol '{name}' referenced in expression")
        if found.section is None:
            if self.section is not None or self.sane_expr:
                return Value(found.address & self.mask)
            return Value(found.address & self.mask, ABSOLUTE)
        offset = found.address - self.vma(found.section, where)
        return Value(offset & self.mask, found.section)

    def operands(
        self, left: Value, right: Value, where: Location
    ) -> tuple[int, str | None, int, str | None]:
        """fold_binary's section reconciliation: the values and sections to combine."""
        lv, ls, rv, rs = left.value, left.section, right.value, right.section
        if ls != rs:
            if ls is not None and rs is not None:
                lv, ls = self.absolute(left, where).value, ABSOLUTE
                rv, rs = self.absolute(right, where).value, ABSOLUTE
            elif rs is None:
                rs, ls = ls, None
        return lv, ls, rv, rs

    def binary(self, expr: Binary) -> Value:
        left, right = self.run(expr.left), self.run(expr.right)
        lv, ls, rv, rs = self.operands(left, right, expr.where)
        op = expr.op
        if op in _COMPARISONS:
            return Value(int(_COMPARISONS[op](lv, rv)))
        if op in ("/", "%"):
            if rv == 0:
                self.fail(expr.where, "division by zero" if op == "/" else "modulo by zero")
            a, b = self.signed(lv), self.signed(rv)
            quotient = abs(a) // abs(b) * (1 if (a < 0) == (b < 0) else -1)
            result = quotient if op == "/" else a - b * quotient
        elif op == "<<":
            result = lv << (rv & 63)
        elif op == ">>":
            result = lv >> (rv & 63)
        else:
            result = _ARITHMETIC[op](lv, rv)
        if rs == ls:  # arith_result_section
            rs = ABSOLUTE if self.section is None and not self.sane_expr else None
        return Value(result & self.mask, rs)

    def call(self, expr: Call) -> Value:
        function, args, where = expr.function, expr.args, expr.where
        if function == "SIZEOF_HEADERS":
            return Value(self.ask(where, self.env.sizeof_headers) & self.mask)
        if len(args) == 2:
            left, right = self.run(args[0]), self.run(args[1])
            lv, _, rv, rs = self.operands(left, right, where)
            if function == "MAX":
                return Value(max(lv, rv), rs)
            if function == "MIN":
                return Value(min(lv, rv), rs)
            if function == "ALIGN":
                return Value(align_up(lv, rv) & self.mask, rs)
            if self.section is not None:
                self.fail(where, f"{function} is only allowed outside output section descriptions")
            if function == "DATA_SEGMENT_ALIGN":
                result = self.ask(where, lambda: self.env.data_segment_align(lv, rv))
            else:  # DATA_SEGMENT_RELRO_END(offset, value)
                result = self.ask(where, lambda: self.env.data_segment_relro_end(lv, rv))
            return Value(result & self.mask, rs)
        v = self.run(args[0])
        if function == "ALIGN":
            dot = self.ask(where, self.env.dot)
            return self.rel_from_abs(align_up(dot, v.value), where)
        if function == "ABSOLUTE":
            return self.absolute(v, where)
        if function == "LOG2CEIL":
            return Value(_log2ceil(self.absolute(v, where).value), ABSOLUTE)
        if function == "NEXT":
            dot = self.ask(where, self.env.dot)
            return Value(align_up(dot, self.absolute(v, where).value) & self.mask, ABSOLUTE)
        if self.section is not None:  # DATA_SEGMENT_END
            self.fail(where, f"{function} is only allowed outside output section descriptions")
        end = self.ask(where, lambda: self.env.data_segment_end(v.value))
        return Value(end & self.mask, v.section)

    def name_call(self, expr: NameCall) -> Value:
        function, name, where = expr.function, expr.name, expr.where
        env = self.env
        if function == "DEFINED":
            return Value(int(self.ask(where, lambda: env.defined(name))))
        if function == "CONSTANT":
            return Value(self.ask(where, lambda: env.constant(name)) & self.mask)
        if function in ("ORIGIN", "LENGTH"):
            lookup = env.region_origin if function == "ORIGIN" else env.region_length
            found = self.ask(where, lambda: lookup(name))
            if found is None:
                self.fail(where, f"undefined memory region '{name}' referenced in expression")
            if function == "ORIGIN":
                return self.rel_from_abs(found, where)
            return Value(found & self.mask)
        if function == "ADDR":
            self.vma(name, where)
            return Value(0, name)
        queries = {
            "LOADADDR": env.section_load_address,
            "SIZEOF": env.section_size,
            "ALIGNOF": env.section_alignment,
        }
        query = queries[function]
        found = self.ask(where, lambda: query(name))
        if found is None:
            self.fail(where, f"undefined section '{name}' referenced in expression")
        return Value(found & self.mask, ABSOLUTE if function == "LOADADDR" else None)


_COMPARISONS: Final[dict[str, Callable[[int, int], bool]]] = {
    "==": lambda a, b: a == b,
    "!=": lambda a, b: a != b,
    "<": lambda a, b: a < b,
    ">": lambda a, b: a > b,
    "<=": lambda a, b: a <= b,
    ">=": lambda a, b: a >= b,
    "&&": lambda a, b: bool(a and b),
    "||": lambda a, b: bool(a or b),
}
_ARITHMETIC: Final[dict[str, Callable[[int, int], int]]] = {
    "+": lambda a, b: a + b,
    "-": lambda a, b: a - b,
    "*": lambda a, b: a * b,
    "&": lambda a, b: a & b,
    "|": lambda a, b: a | b,
    "^": lambda a, b: a ^ b,
}


def evaluate(
    expr: Expr,
    env: ScriptEnv,
    *,
    bits: int = 64,
    sane_expr: bool = False,
    check_asserts: bool = True,
) -> Value:
    """Evaluate ``expr`` as ld does (see the module's notes on values and arithmetic).
    ``sane_expr``: LD_FEATURE("SANE_EXPR") (numbers are numbers everywhere);
    ``check_asserts=False`` for the layout engine's early passes, where ld does not
    check ASSERTs either. Raises LinkError ``file:line:col: ...``."""
    evaluator = _Evaluator(env, bits, sane_expr, check_asserts)
    result = evaluator.run(expr)
    if evaluator.from_dot:
        return Value(result.value, result.section, True)
    return result


def evaluate_int(expr: Expr, env: ScriptEnv, *, bits: int = 64) -> int:
    """``evaluate(expr, env).address(env)``: the value as an address or integer."""
    value = evaluate(expr, env, bits=bits)
    try:
        return value.address(env, bits=bits)
    except ExpressionError as error:
        raise LinkError(f"{expr.where}: {error}") from None


def fill_pattern(expr: Expr, env: ScriptEnv) -> bytes:
    """The bytes ``FILL(expr)`` or ``=expr`` repeats, as ld's ``exp_get_fill``: a
    ``0x`` literal gives as many bytes as its digits need (``0x90`` one byte,
    ``0x0090`` two), big-endian; any other expression 4 bytes, big-endian."""
    if isinstance(expr, Number) and expr.hex_digits:
        size = (expr.hex_digits + 1) // 2
        return (expr.value & ((1 << (8 * size)) - 1)).to_bytes(size, "big")
    value = evaluate(expr, env).value
    return (value & 0xFFFFFFFF).to_bytes(4, "big")


class _ConstantsOnly:
    """An environment that knows nothing: for constant expressions at parse time."""

    def current_section(self) -> None:
        return None

    def __getattr__(self, name: str) -> Callable[..., NoReturn]:
        def refuse(*args: object) -> NoReturn:
            raise ExpressionError("only constants are allowed here")

        return refuse
