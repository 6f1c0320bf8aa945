"""The statements a source line turns into, produced once by the parser."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from longmode.asm.encode import Prefixes
from longmode.asm.expr import Node
from longmode.asm.operands import Operand


@dataclass(slots=True)
class Stmt:
    """Common part: where the statement came from, and its ``times`` count."""

    filename: str
    line: int
    times: Node | None = None


@dataclass(slots=True)
class Label(Stmt):
    """``name:`` — the current position gets a name."""

    name: str = ""


@dataclass(slots=True)
class Equ(Stmt):
    """``name equ expression``."""

    name: str = ""
    expr: Node = ("n", 0)


@dataclass(slots=True)
class Instr(Stmt):
    """A machine instruction with its prefixes and operands."""

    mnemonic: str = ""
    operands: list[Operand] = field(default_factory=list)
    prefixes: Prefixes = field(default_factory=Prefixes)
    constant: bool = False  # no operand refers to a name, `$` or `$$`
    cache: dict[tuple[int, bool], bytes] = field(default_factory=dict)
    #: The bytes of a line that refers to names, by mode, address and operand values
    #: (the passes after the first mostly find the same ones).
    #: (made on first use: lines without names never need it)
    encoded: dict[tuple[Any, ...], bytes] | None = None


@dataclass(slots=True)
class Data(Stmt):
    """``db``/``dw``/``dd``/``dq``/``dt``/...: items are expressions, strings or floats."""

    width: int = 1
    items: list[tuple[str, Any]] = field(default_factory=list)
    constant: bytes | None = None


@dataclass(slots=True)
class Reserve(Stmt):
    """``resb``/``resw``/... — uninitialised space."""

    width: int = 1
    count: Node = ("n", 0)


@dataclass(slots=True)
class Directive(Stmt):
    """A directive (bits, org, section, align, global, incbin, struc, ...) and its arguments."""

    name: str = ""
    args: list[Any] = field(default_factory=list)
