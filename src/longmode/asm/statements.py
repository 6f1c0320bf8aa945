"""The statements a source line turns into, produced once by the parser."""

from __future__ import annotations

from typing import Any

from longmode.asm.encode import Prefixes
from longmode.asm.expr import Node
from longmode.asm.operands import Operand
from longmode.asm.records import Record

#: An instruction's bytes with zeros where labels' addresses go, and where they go:
#: (the label's index among the line's, offset, size) for each.
Template = tuple[bytes, tuple[tuple[int, int, int], ...]]


class Stmt(Record):
    """Common part: where the statement came from, and its ``times`` count."""

    __slots__ = ("filename", "line", "times")
    filename: str
    line: int
    times: Node | None


class Label(Stmt):
    """``name:`` — the current position gets a name."""

    __slots__ = ("name",)
    name: str

    def __init__(self, filename: str, line: int, times: Node | None = None, name: str = "") -> None:
        self.filename = filename
        self.line = line
        self.times = times
        self.name = name


class Equ(Stmt):
    """``name equ expression``."""

    __slots__ = ("expr", "name")
    name: str
    expr: Node

    def __init__(
        self,
        filename: str,
        line: int,
        times: Node | None = None,
        name: str = "",
        expr: Node = ("n", 0),
    ) -> None:
        self.filename = filename
        self.line = line
        self.times = times
        self.name = name
        self.expr = expr


class Instr(Stmt):
    """A machine instruction with its prefixes and operands."""

    __slots__ = (
        "branches", "cache", "constant", "encoded", "labelled", "mnemonic", "operands",
        "prefixes", "sized_address", "templates",
    )  # fmt: skip
    mnemonic: str
    operands: list[Operand]
    prefixes: Prefixes
    constant: bool  # no operand refers to a name, `$` or `$$`
    cache: dict[tuple[int, bool], bytes]
    #: The bytes of a line that refers to names, by mode, address and operand values
    #: (the passes after the first mostly find the same ones).
    #: (made on first use: lines without names never need it)
    encoded: dict[tuple[Any, ...], bytes] | None
    #: The names of a line whose operands are registers, numbers and labels alone
    #: (``mov si, msg``), one for each field a label's address goes in; () for any
    #: other line; None until a pass looks (see ``Layout._from_template``).
    labelled: tuple[str, ...] | None
    #: Such a line's template by mode (None: made the general way only).
    templates: dict[tuple[Any, ...], Template | None] | None
    #: A branch's forms as its encodings showed them, by mode and whether its target
    #: is in its section: the short form's bytes before the displacement, the near
    #: form's, and the size of the near displacement (see ``Layout._branch_forms``).
    branches: dict[tuple[Any, ...], list[Any]] | None
    #: Whether a memory operand gives its displacement a size of 1, 2 or 8 bytes
    #: (``[byte addr]``, ``[qword addr]``: see ``Layout._sized_address``), found when
    #: the line is first made the general way.
    sized_address: bool

    def __init__(
        self,
        filename: str,
        line: int,
        times: Node | None = None,
        mnemonic: str = "",
        operands: list[Operand] | None = None,
        prefixes: Prefixes | None = None,
        constant: bool = False,
        cache: dict[tuple[int, bool], bytes] | None = None,
        encoded: dict[tuple[Any, ...], bytes] | None = None,
        labelled: tuple[str, ...] | None = None,
        templates: dict[tuple[Any, ...], Template | None] | None = None,
        branches: dict[tuple[Any, ...], list[Any]] | None = None,
        sized_address: bool = False,
    ) -> None:
        self.filename = filename
        self.line = line
        self.times = times
        self.mnemonic = mnemonic
        self.operands = [] if operands is None else operands
        self.prefixes = Prefixes() if prefixes is None else prefixes
        self.constant = constant
        self.cache = {} if cache is None else cache
        self.encoded = encoded
        self.labelled = labelled
        self.templates = templates
        self.branches = branches
        self.sized_address = sized_address

    def at(self, filename: str, line: int) -> Instr:
        """The same instruction on another line, sharing its encodings (as
        :meth:`replace` would make it, without its generic field walk)."""
        return Instr(
            filename, line, self.times, self.mnemonic, self.operands, self.prefixes,
            self.constant, self.cache, self.encoded, self.labelled, self.templates,
            self.branches, self.sized_address,
        )  # fmt: skip


class Data(Stmt):
    """``db``/``dw``/``dd``/``dq``/``dt``/...: items are expressions, strings or floats."""

    __slots__ = ("constant", "items", "width")
    width: int
    items: list[tuple[str, Any]]
    constant: bytes | None

    def __init__(
        self,
        filename: str,
        line: int,
        times: Node | None = None,
        width: int = 1,
        items: list[tuple[str, Any]] | None = None,
        constant: bytes | None = None,
    ) -> None:
        self.filename = filename
        self.line = line
        self.times = times
        self.width = width
        self.items = [] if items is None else items
        self.constant = constant


class Reserve(Stmt):
    """``resb``/``resw``/... — uninitialised space."""

    __slots__ = ("count", "width")
    width: int
    count: Node

    def __init__(
        self,
        filename: str,
        line: int,
        times: Node | None = None,
        width: int = 1,
        count: Node = ("n", 0),
    ) -> None:
        self.filename = filename
        self.line = line
        self.times = times
        self.width = width
        self.count = count


class Directive(Stmt):
    """A directive (bits, org, section, align, global, incbin, struc, ...) and its arguments."""

    __slots__ = ("args", "name")
    name: str
    args: list[Any]

    def __init__(
        self,
        filename: str,
        line: int,
        times: Node | None = None,
        name: str = "",
        args: list[Any] | None = None,
    ) -> None:
        self.filename = filename
        self.line = line
        self.times = times
        self.name = name
        self.args = [] if args is None else args
