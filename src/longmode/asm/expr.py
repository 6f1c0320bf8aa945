"""NASM expressions: parsed once into a small tree, evaluated on every pass.

A value is an ``int`` (absolute; 64-bit as in NASM: literals, ``+``, ``-``,
``*`` and shifts wrap around, so no expression grows a huge number) or a
:class:`Reloc` (an offset from the address of a section or an external
symbol, known only to the linker). Names
are looked up through an :class:`EvalContext`; a name not yet defined (a
forward reference in an early pass) evaluates to 0 and sets
``ctx.unknown``.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from longmode.asm.diagnostics import LineError
from longmode.asm.lexer import Token
from longmode.asm.records import Record

Node = tuple[Any, ...]

MASK64 = (1 << 64) - 1


class Reloc(Record):
    """``offset`` plus the (link-time) address of ``base`` (a section or symbol name).

    With ``pcrel``, less the address of the start of the section the value is used in:
    ``b - $`` or ``b - a`` for ``b`` in another section (or external) and ``a`` in the
    current one, which NASM makes a PC-relative relocation.
    """

    __slots__ = ("base", "is_section", "offset", "pcrel", "wrt")
    base: str
    offset: int
    is_section: bool
    wrt: str
    pcrel: bool

    def __init__(
        self, base: str, offset: int, is_section: bool, wrt: str = "", pcrel: bool = False
    ) -> None:
        self.base = base
        self.offset = offset
        self.is_section = is_section
        self.wrt = wrt
        self.pcrel = pcrel


# (after Reloc: a forward reference by name would compile its name at import, 1.6 ms)
Value = int | Reloc

#: The base of a relative branch to a constant address in an object file (NASM's
#: NO_SEG): ELF32 relocates it against symbol 0, ELF64 leaves NASM's value unrelocated.
NO_SEGMENT = ""


class EvalContext:
    """What an expression needs from the assembler: names, ``$`` and ``$$``."""

    unknown: bool = False

    def lookup(self, name: str) -> Value | None:
        """The value of ``name``, or None when it is not (yet) defined."""
        raise NotImplementedError

    def here(self) -> Value:
        """The value of ``$``."""
        raise NotImplementedError

    def section_start(self) -> Value:
        """The value of ``$$``."""
        raise NotImplementedError

    def segment_base(self, value: Value) -> Value:
        """The value of ``seg value`` (no format of ours has segment bases)."""
        raise LineError("this output format does not support segment base references")

    def current_section(self) -> str | None:
        """The section a value is placed in (None where there is none, as in
        `absolute' space): ``x - $`` is PC-relative there for ``x`` elsewhere."""
        return None


def to_signed64(value: int) -> int:
    """``value`` wrapped to a signed 64-bit integer."""
    value &= MASK64
    return value - (1 << 64) if value >> 63 else value


def _chars(data: bytes) -> int:
    return int.from_bytes(data[:8], "little")


_BINARY_LEVELS: list[tuple[str, ...]] = [
    ("||",),
    ("^^",),
    ("&&",),
    ("=", "==", "!=", "<>", "<", "<=", ">", ">=", "<=>"),
    ("|",),
    ("^",),
    ("&",),
    ("<<", ">>", "<<<", ">>>"),
    ("+", "-"),
    ("*", "/", "//", "%", "%%"),
]


_PRECEDENCE = {op: level for level, ops in enumerate(_BINARY_LEVELS) for op in ops}
_WRT_LEVEL = 8


class _Parser:
    def __init__(self, tokens: list[Token]) -> None:
        self.tokens = tokens
        self.pos = 0

    def peek(self) -> Token | None:
        return self.tokens[self.pos] if self.pos < len(self.tokens) else None

    def parse(self) -> Node:
        node = self.ternary()
        if self.pos != len(self.tokens):
            raise LineError("expression syntax error")
        return node

    def ternary(self) -> Node:
        cond = self.binary(0)
        tok = self.peek()
        if tok is not None and tok[0] == "op" and tok[1] == "?":
            self.pos += 1
            yes = self.ternary()
            tok = self.peek()
            if tok is None or tok[1] != ":":
                raise LineError("expression syntax error")
            self.pos += 1
            no = self.ternary()
            return _fold(("?", cond, yes, no))
        return cond

    def binary(self, level: int) -> Node:
        """Precedence climbing: operators of ``level`` or tighter."""
        left = self.unary()
        tokens = self.tokens
        while self.pos < len(tokens):
            tok = tokens[self.pos]
            if tok[0] == "op":
                prec = _PRECEDENCE.get(tok[1], -1)
            elif tok[0] == "id" and tok[1].lower() == "wrt":
                prec = _WRT_LEVEL
            else:
                prec = -1
            if prec < level:
                return left
            self.pos += 1
            right = self.binary(prec + 1)
            if prec == _WRT_LEVEL and tok[0] == "id":
                left = ("wrt", left, right)
            else:
                left = _fold((tok[1], left, right))
        return left

    def unary(self) -> Node:
        tok = self.peek()
        if tok is None:
            raise LineError("expression syntax error")
        if tok[0] == "op" and tok[1] in ("-", "+", "~", "!"):
            self.pos += 1
            return _fold(("u" + tok[1], self.unary()))
        if tok[0] == "id" and tok[1].lower() == "seg":
            self.pos += 1
            return ("seg", self.unary())
        return self.primary()

    def primary(self) -> Node:
        tok = self.peek()
        if tok is None:
            raise LineError("expression syntax error")
        self.pos += 1
        kind, value, text = tok
        if kind == "num":
            if isinstance(value, float):
                raise LineError("floating-point constant encountered in integer expression")
            return ("n", value)
        if kind == "str":
            return ("n", _chars(value))
        if kind == "id":
            if text == "$":
                return ("$",)
            if text == "$$":
                return ("$$",)
            return ("sym", value)
        if value == "(":
            node = self.ternary()
            tok = self.peek()
            if tok is None or tok[1] != ")":
                raise LineError("expression syntax error")
            self.pos += 1
            return node
        raise LineError("expression syntax error")


def parse_expr(tokens: list[Token]) -> Node:
    """Parse tokens into an expression tree (constants folded)."""
    if not tokens:
        raise LineError("expression syntax error")
    if len(tokens) == 1:  # the common case: one number or one name
        kind, value, text = tokens[0]
        if kind == "num" and isinstance(value, int):
            return ("n", value)
        if kind == "id" and text not in ("$", "$$") and value.lower() != "seg":
            return ("sym", value)
    try:
        return _Parser(tokens).parse()
    except RecursionError:
        raise LineError("expression is nested too deeply") from None


def _fold(node: Node) -> Node:
    args = node[1:]
    if all(a[0] == "n" for a in args):
        return ("n", _apply(node[0], [a[1] for a in args]))
    return node


def _bool(v: int) -> int:
    return 1 if v else 0


def _div(a: int, b: int, signed: bool, mod: bool) -> int:
    if b == 0:
        raise LineError("division by zero")
    if signed:
        a, b = to_signed64(a), to_signed64(b)
        q = abs(a) // abs(b)
        if (a < 0) != (b < 0):
            q = -q
        return a - q * b if mod else q
    a &= MASK64
    b &= MASK64
    return a % b if mod else a // b


_OPS: dict[str, Callable[[int, int], int]] = {
    "+": lambda a, b: to_signed64(a + b),
    "-": lambda a, b: to_signed64(a - b),
    "*": lambda a, b: to_signed64(a * b),
    "/": lambda a, b: _div(a, b, False, False),
    "//": lambda a, b: _div(a, b, True, False),
    "%": lambda a, b: _div(a, b, False, True),
    "%%": lambda a, b: _div(a, b, True, True),
    "<<": lambda a, b: to_signed64(a << (b & 63)),
    "<<<": lambda a, b: to_signed64(a << (b & 63)),
    ">>": lambda a, b: (a & MASK64) >> (b & 63),
    ">>>": lambda a, b: to_signed64(a) >> (b & 63),
    "&": lambda a, b: a & b,
    "|": lambda a, b: a | b,
    "^": lambda a, b: a ^ b,
    "=": lambda a, b: _bool(a == b),
    "==": lambda a, b: _bool(a == b),
    "!=": lambda a, b: _bool(a != b),
    "<>": lambda a, b: _bool(a != b),
    "<": lambda a, b: _bool(to_signed64(a) < to_signed64(b)),
    "<=": lambda a, b: _bool(to_signed64(a) <= to_signed64(b)),
    ">": lambda a, b: _bool(to_signed64(a) > to_signed64(b)),
    ">=": lambda a, b: _bool(to_signed64(a) >= to_signed64(b)),
    "<=>": lambda a, b: (to_signed64(a) > to_signed64(b)) - (to_signed64(a) < to_signed64(b)),
    "&&": lambda a, b: _bool(a and b),
    "||": lambda a, b: _bool(a or b),
    "^^": lambda a, b: _bool(bool(a) != bool(b)),
}

_COMPARISONS = ("=", "==", "!=", "<>", "<", "<=", ">", ">=", "<=>")

_UNARY: dict[str, Callable[[int], int]] = {
    "u-": lambda a: to_signed64(-a),
    "u+": lambda a: a,
    "u~": lambda a: ~a,
    "u!": lambda a: _bool(not a),
}


def _apply(op: str, args: list[int]) -> int:
    if op == "?":
        return args[1] if args[0] else args[2]
    if len(args) == 1:
        return _UNARY[op](args[0])
    return _OPS[op](args[0], args[1])


def evaluate(node: Node, ctx: EvalContext) -> Value:
    """The value of an expression tree; undefined names set ``ctx.unknown``."""
    kind = node[0]
    if kind == "n":
        return node[1]  # type: ignore[no-any-return]
    if kind == "sym":
        value = ctx.lookup(node[1])
        if value is None:
            ctx.unknown = True
            return 0
        return value
    if kind == "$":
        return ctx.here()
    if kind == "$$":
        return ctx.section_start()
    if kind == "seg":
        return ctx.segment_base(evaluate(node[1], ctx))
    if kind == "wrt":
        left = evaluate(node[1], ctx)
        target = node[2]
        if target[0] != "sym" or not isinstance(left, Reloc) or left.pcrel:
            raise LineError("invalid use of `wrt'")
        return Reloc(left.base, left.offset, left.is_section, target[1])
    if kind == "?":
        cond = evaluate(node[1], ctx)
        if isinstance(cond, Reloc):
            raise LineError("non-constant condition in `?:'")
        return evaluate(node[2] if cond else node[3], ctx)
    if len(node) == 2:
        a = evaluate(node[1], ctx)
        if isinstance(a, Reloc):
            if kind == "u+":
                return a
            if ctx.unknown:  # a forward reference: any value will do for now
                return 0
            raise LineError("invalid operand to a relocatable expression")
        return _UNARY[kind](a)
    if kind == "-" and node[1][0] == "+":
        return _sum_less(node, ctx)
    try:
        a = evaluate(node[1], ctx)
        b = evaluate(node[2], ctx)
        if isinstance(a, int) and isinstance(b, int):
            return _OPS[kind](a, b)
        return _combine(kind, a, b, ctx)
    except LineError:
        if kind not in ("+", "-", "*"):
            raise
        return _as_sum(node, ctx)  # `label1*2 - label2': NASM adds up the terms


_Terms = dict[tuple[str, bool], int]


def _as_sum(node: Node, ctx: EvalContext) -> Value:
    """``node`` as NASM's sum of terms (a multiple of each label, plus a number): a
    number, or one label once plus a number; anything else is an error."""
    terms, number = _terms(node, ctx)
    left = {key: n for key, n in terms.items() if n}
    if not left:
        return to_signed64(number)
    if len(left) == 1 and next(iter(left.values())) == 1:
        (base, is_section), _ = left.popitem()
        return Reloc(base, number, is_section)
    raise LineError("invalid operand to a relocatable expression")


def _terms(node: Node, ctx: EvalContext) -> tuple[_Terms, int]:
    kind = node[0]
    if kind in ("+", "-", "*"):
        t1, n1 = _terms(node[1], ctx)
        t2, n2 = _terms(node[2], ctx)
        if kind == "*":
            if t1 and t2:
                raise LineError("invalid operand to a relocatable expression")
            terms, factor = (t1, n2) if t1 else (t2, n1)
            return {key: n * factor for key, n in terms.items()}, n1 * n2
        sign = 1 if kind == "+" else -1
        merged = dict(t1)
        for key, n in t2.items():
            merged[key] = merged.get(key, 0) + sign * n
        return merged, n1 + sign * n2
    if kind in ("u-", "u+"):
        terms, number = _terms(node[1], ctx)
        sign = -1 if kind == "u-" else 1
        return {key: sign * n for key, n in terms.items()}, sign * number
    value = evaluate(node, ctx)
    if isinstance(value, int):
        return {}, value
    if value.pcrel or value.wrt:
        raise LineError("invalid operand to a relocatable expression")
    return {(value.base, value.is_section): 1}, value.offset


def _sum_less(node: Node, ctx: EvalContext) -> Value:
    """``x + y - z``: with ``y`` and ``z`` in one section, ``x + (y - z)``, as NASM's
    sums of terms allow (``_GLOBAL_OFFSET_TABLE_ + $$ - .here wrt ..gotpc``)."""
    x = evaluate(node[1][1], ctx)
    y = evaluate(node[1][2], ctx)
    z = evaluate(node[2], ctx)
    if isinstance(y, Reloc) and isinstance(z, Reloc) and _plain_pair(y, z):
        return _combine("+", x, y.offset - z.offset, ctx)
    return _combine("-", _combine("+", x, y, ctx), z, ctx)


def _plain_pair(y: Reloc, z: Reloc) -> bool:
    """Whether ``y - z`` is a plain number (one section, nothing PC-relative or `wrt')."""
    return y.base == z.base and not (y.pcrel or z.pcrel or y.wrt or z.wrt)


def _combine(kind: str, a: Value, b: Value, ctx: EvalContext) -> Value:
    """``a kind b`` where one side is relocatable."""
    if isinstance(a, int) and isinstance(b, int):
        return _OPS[kind](a, b)
    try:
        if kind == "-" and isinstance(a, Reloc) and isinstance(b, Reloc):
            return _difference(a, b, ctx.current_section())
        return _reloc_op(kind, a, b)
    except LineError:
        if ctx.unknown:
            return 0
        raise


def _difference(a: Reloc, b: Reloc, here: str | None) -> Value:
    """``a - b``: a number in one section, PC-relative for ``b`` in the current one."""
    if a.base == b.base and a.pcrel == b.pcrel:
        return a.offset - b.offset
    plain = not (a.pcrel or b.pcrel or a.wrt or b.wrt)
    if plain and here is not None and b.is_section and b.base == here:
        return a.replace(offset=a.offset - b.offset, pcrel=True)
    raise LineError("invalid operand to a relocatable expression")


def _reloc_op(op: str, a: Value, b: Value) -> Value:
    if op == "+":
        if isinstance(a, Reloc) and isinstance(b, int):
            return a.replace(offset=a.offset + b)
        if isinstance(b, Reloc) and isinstance(a, int):
            return b.replace(offset=b.offset + a)
    elif op == "-":
        if isinstance(a, Reloc) and isinstance(b, int):
            return a.replace(offset=a.offset - b)
    elif op == "*" and (a == 1 or b == 1):  # NASM scales the label's term by 1
        return b if a == 1 else a
    elif (
        op in _COMPARISONS and isinstance(a, Reloc) and isinstance(b, Reloc) and a.base == b.base
    ):  # NASM compares the difference of the two sides with 0
        return _OPS[op](a.offset, b.offset)
    raise LineError("invalid operand to a relocatable expression")


def symbols_in(node: Node) -> bool:
    """Whether the tree refers to a name, ``$`` or ``$$`` (i.e. is not constant)."""
    return bool(node[0] != "n")
