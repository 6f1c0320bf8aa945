"""Instruction operands in NASM syntax: registers, memory references, immediates, far pointers."""

from __future__ import annotations

from longmode.asm.diagnostics import LineError
from longmode.asm.expr import Node, parse_expr
from longmode.asm.lexer import Token
from longmode.asm.optable import REGISTERS, RegInfo
from longmode.asm.records import Record

SIZE_KEYWORDS = {
    "byte": 1, "word": 2, "dword": 4, "qword": 8, "tword": 10, "oword": 16, "xword": 16,
    "yword": 32, "zword": 64, "fword": 6,
}  # fmt: skip


class RegOp(Record):
    """A register operand."""

    __slots__ = ("reg",)
    reg: RegInfo

    def __init__(self, reg: RegInfo) -> None:
        self.reg = reg


class MemOp(Record):
    """``[seg:base+index*scale+disp]`` with an optional size keyword."""

    __slots__ = ("base", "disp", "disp_size", "far", "index", "near", "rel", "scale", "seg", "size")
    size: int
    base: RegInfo | None
    index: RegInfo | None
    scale: int
    disp: Node | None
    seg: RegInfo | None
    rel: bool | None  # True for `rel`, False for `abs`, None for the default
    disp_size: int  # forced displacement size in bytes (0 = choose)
    far: bool
    near: bool

    def __init__(
        self,
        size: int,
        base: RegInfo | None,
        index: RegInfo | None,
        scale: int,
        disp: Node | None,
        seg: RegInfo | None,
        rel: bool | None,
        disp_size: int,
        far: bool = False,
        near: bool = False,
    ) -> None:
        self.size = size
        self.base = base
        self.index = index
        self.scale = scale
        self.disp = disp
        self.seg = seg
        self.rel = rel
        self.disp_size = disp_size
        self.far = far
        self.near = near


class ImmOp(Record):
    """An immediate or a branch target."""

    __slots__ = ("expr", "jump", "size", "strict")
    expr: Node
    size: int
    strict: bool
    jump: str  # "", "short", "near" or "far"

    def __init__(self, expr: Node, size: int, strict: bool, jump: str) -> None:
        self.expr = expr
        self.size = size
        self.strict = strict
        self.jump = jump


class FarOp(Record):
    """``selector:offset`` of a direct far jump or call."""

    __slots__ = ("off", "seg", "size")
    seg: Node
    off: Node
    size: int

    def __init__(self, seg: Node, off: Node, size: int) -> None:
        self.seg = seg
        self.off = off
        self.size = size


Operand = RegOp | MemOp | ImmOp | FarOp


def _is_op(tok: Token, value: str) -> bool:
    return tok[0] == "op" and tok[1] == value


def parse_operand(tokens: list[Token]) -> Operand:
    """Parse the tokens of one operand."""
    size = 0
    strict = False
    jump = ""
    i = 0
    while i < len(tokens) and tokens[i][0] == "id":
        word = tokens[i][1].lower()
        if word in SIZE_KEYWORDS:
            size = SIZE_KEYWORDS[word]
        elif word == "strict":
            strict = True
        elif word in ("short", "near", "far"):
            jump = word
        elif word == "to":
            pass
        else:
            break
        i += 1
    rest = tokens[i:]
    if not rest:
        raise LineError("invalid operand: expression expected")
    if _is_op(rest[0], "["):
        if not _is_op(rest[-1], "]"):
            raise LineError("expecting `]'")
        mem = parse_memory(rest[1:-1], size)
        mem.far = jump == "far"
        mem.near = jump == "near"
        return mem
    if len(rest) >= 3 and rest[0][0] == "id" and _is_op(rest[1], ":") and _is_op(rest[2], "["):
        seg = REGISTERS.get(rest[0][1].lower())
        if seg is not None and seg.cls == "seg" and _is_op(rest[-1], "]"):
            mem = parse_memory(rest[3:-1], size)
            mem.seg = seg
            mem.far = jump == "far"
            return mem
    if len(rest) == 1 and rest[0][0] == "id":
        reg = REGISTERS.get(rest[0][1].lower())
        if reg is not None and rest[0][2][0] != "$":
            if size and reg.cls == "gpr" and size != reg.size:
                raise LineError("invalid combination of opcode and operands")
            return RegOp(reg)
    if (
        len(rest) == 4
        and rest[0][1] == "st"
        and _is_op(rest[1], "(")
        and rest[2][0] == "num"
        and _is_op(rest[3], ")")
    ):
        return RegOp(REGISTERS[f"st{rest[2][1]}"])
    depth = 0
    for k, tok in enumerate(rest):
        if tok[0] == "op":
            if tok[1] in "([":
                depth += 1
            elif tok[1] in ")]":
                depth -= 1
            elif tok[1] == ":" and depth == 0:
                return FarOp(parse_expr(rest[:k]), parse_expr(rest[k + 1 :]), size)
    return ImmOp(parse_expr(rest), size, strict, jump)


def parse_memory(tokens: list[Token], size: int) -> MemOp:
    """Parse the inside of ``[...]`` into base, index, scale and displacement."""
    seg = None
    rel: bool | None = None
    disp_size = 0
    nosplit = False
    if any(_is_op(t, ",") for t in tokens):
        raise LineError("the split effective address form `[base, index]' is not supported")
    while tokens and tokens[0][0] == "id":
        word = tokens[0][1].lower()
        if word == "rel":
            rel = rel if rel is False else True  # NASM: `abs' wins, in either order
        elif word == "abs":
            rel = False
        elif word in SIZE_KEYWORDS:
            disp_size = SIZE_KEYWORDS[word]
        elif word == "nosplit":
            nosplit = True
        elif word in ("a16", "a32", "a64"):
            raise LineError(f"an address size inside brackets (`[{word} ...]') is not supported")
        elif len(tokens) > 1 and _is_op(tokens[1], ":") and word in REGISTERS:
            seg = REGISTERS[word]
            if seg.cls != "seg":
                raise LineError("invalid segment override")
            tokens = tokens[1:]
        else:
            break
        tokens = tokens[1:]
    terms: list[tuple[int, list[Token]]] = []
    sign = 1
    current: list[Token] = []
    depth = 0
    for tok in _open_groups(tokens):
        if tok[0] == "op" and depth == 0 and tok[1] in "+-" and current:
            terms.append((sign, current))
            sign = 1 if tok[1] == "+" else -1
            current = []
            continue
        if tok[0] == "op" and not current and tok[1] in "+-" and depth == 0:
            sign = sign if tok[1] == "+" else -sign
            continue
        if tok[0] == "op" and tok[1] in "([":
            depth += 1
        elif tok[0] == "op" and tok[1] in ")]":
            depth -= 1
        current.append(tok)
    if current:
        terms.append((sign, current))
    base: RegInfo | None = None
    index: RegInfo | None = None
    scale = 1
    disp_tokens: list[Token] = []
    for sign, term in terms:
        reg, factor = _register_term(term)
        explicit = len(term) > 1
        if reg is None:
            disp_tokens.append(("op", "+" if sign > 0 else "-", "+" if sign > 0 else "-"))
            disp_tokens.append(("op", "(", "("))
            disp_tokens.extend(term)
            disp_tokens.append(("op", ")", ")"))
            continue
        if sign < 0:
            raise LineError("invalid effective address: a register cannot be subtracted")
        if factor == 1 and not explicit and base is None and reg.cls not in ("xmm", "ymm"):
            base = reg
        elif index is None:
            index, scale = reg, factor
        elif factor == 1 and base is None and reg.cls not in ("xmm", "ymm"):
            base = reg
        else:
            raise LineError("invalid effective address: too many registers")
    if index is None and base is not None and scale == 1:
        pass
    disp = parse_expr(disp_tokens) if disp_tokens else None
    vector = nosplit or (index is not None and index.cls in ("xmm", "ymm"))
    if index is not None and base is None and scale in (3, 5, 9) and not vector:
        base, scale = index, scale - 1
    elif index is not None and base is None and scale == 2 and not vector:
        base, scale = index, 1
    elif index is not None and base is None and scale == 1 and not vector:
        base, index = index, None
    if index is not None and index.name in ("esp", "rsp") and scale == 1 and base is not None:
        base, index = index, base
    if (
        base is not None
        and index is not None
        and base.name in ("si", "di")
        and index.name in ("bx", "bp")
        and scale == 1
    ):  # `[si+bx]' is `[bx+si]': in 16-bit addressing the base is bx or bp
        base, index = index, base
    for r in (base, index):
        if r is not None and r.cls not in ("gpr", "xmm", "ymm"):
            raise LineError("invalid effective address")
    if scale not in (1, 2, 4, 8):
        raise LineError("invalid effective address: impossible scale factor")
    return MemOp(size, base, index, scale, disp, seg, rel, disp_size)


def _open_groups(tokens: list[Token]) -> list[Token]:
    """``[(ebp+8)]``, ``[ebx+(esi*4+2)]``: a parenthesized group that holds a register
    and is added (nothing but ``+`` around it) joins the sum around it, as NASM adds
    register terms wherever they are (``%arg`` and ``%local`` make such groups)."""
    out: list[Token] = []
    i = 0
    while i < len(tokens):
        tok = tokens[i]
        if _is_op(tok, "(") and (not out or _is_op(out[-1], "+")):
            end = _closing(tokens, i)
            after = tokens[end + 1] if end + 1 < len(tokens) else None
            inner = tokens[i + 1 : end]
            if (after is None or (after[0] == "op" and after[1] in "+-")) and _has_register(inner):
                out.extend(_open_groups(inner))
                i = end + 1
                continue
        out.append(tok)
        i += 1
    return out


def _closing(tokens: list[Token], start: int) -> int:
    """The index of the ``)`` that closes the ``(`` at ``start`` (the end if none)."""
    depth = 0
    for k in range(start, len(tokens)):
        if _is_op(tokens[k], "("):
            depth += 1
        elif _is_op(tokens[k], ")"):
            depth -= 1
            if depth == 0:
                return k
    return len(tokens)


def _has_register(tokens: list[Token]) -> bool:
    return any(t[0] == "id" and t[1].lower() in REGISTERS and t[2][0] != "$" for t in tokens)


def _register_term(term: list[Token]) -> tuple[RegInfo | None, int]:
    if len(term) == 1 and term[0][0] == "id":
        reg = REGISTERS.get(term[0][1].lower())
        return (reg, 1) if reg is not None and term[0][2][0] != "$" else (None, 1)
    if len(term) >= 3 and term[0][0] == "id" and _is_op(term[1], "*"):
        reg = REGISTERS.get(term[0][1].lower())
        if reg is not None:
            return reg, _constant(term[2:])
    if len(term) >= 3 and term[-1][0] == "id" and _is_op(term[-2], "*"):
        reg = REGISTERS.get(term[-1][1].lower())
        if reg is not None:
            return reg, _constant(term[:-2])
    for tok in term:
        if tok[0] == "id" and tok[1].lower() in REGISTERS and tok[2][0] != "$":
            raise LineError("invalid effective address")
    return None, 1


def _constant(tokens: list[Token]) -> int:
    node = parse_expr(tokens)
    if node[0] != "n":
        raise LineError("invalid effective address: scale must be a constant")
    value: int = node[1]
    return value
