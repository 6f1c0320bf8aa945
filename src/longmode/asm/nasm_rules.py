"""Where NASM's choice differs from iced-x86's tables: operand rewrites and prefix order.

Each rule was checked against NASM 2.16 (see tests/asm and the instruction
corpus). They rewrite the operands to a form iced-x86 encodes the way NASM
does, or reorder the legacy prefixes into NASM's order.
"""

from __future__ import annotations

from typing import Any

from longmode.asm.operands import MemOp, Operand, RegOp
from longmode.asm.optable import REGISTERS, forms_for

# 16-bit register operands NASM encodes without an operand-size prefix.
_R16_AS_R32 = {"ltr", "lldt", "verr", "verw", "lmsw"}
# Instructions where NASM encodes a 64-bit register operand as the 32-bit one (W ignored).
_R64_AS_R32 = {"pextrb", "vpextrb", "vpextrw", "vpmovmskb", "vmovmskps", "vmovmskpd", "sldt"}
_FPU_ARITH = {"fadd", "fsub", "fsubr", "fmul", "fdiv", "fdivr"}
#: The mnemonics :func:`normalize` may rewrite, besides the x87 ones (``f...``).
_REWRITTEN = {"mov", "arpl", *_R16_AS_R32, *_R64_AS_R32}

# NASM writes legacy prefixes in this order (its prefix slots): rep (and xacquire,
# xrelease), lock, segment, operand size, address size.
_PREFIX_RANK = {
    0xF2: 0, 0xF3: 0, 0xF0: 1, 0x26: 2, 0x2E: 2, 0x36: 2, 0x3E: 2, 0x64: 2, 0x65: 2,
    0x66: 3, 0x67: 4,
}  # fmt: skip


def low32(name: str) -> str:
    """The 32-bit register of a 16- or 64-bit general register (``ax``/``rax`` → ``eax``)."""
    if name.startswith("r") and name[1:].rstrip("wdb").isdigit():
        return name.rstrip("wdbl") + "d"
    if name.startswith("r"):
        return "e" + name[1:]
    return "e" + name


def low16(name: str) -> str:
    """The 16-bit register of a 32- or 64-bit general register."""
    if name.startswith("r") and name[1:].rstrip("wdbl").isdigit():
        return name.rstrip("wdbl") + "w"
    return name[1:]


def _sized(reg: Any, size: int) -> RegOp:
    if reg.size == size:
        return RegOp(reg)
    return RegOp(REGISTERS[low32(reg.name) if size == 4 else low16(reg.name)])


def normalize(mnemonic: str, ops: list[Operand], bits: int, prefixes: Any) -> list[Operand]:
    """NASM's spellings that iced-x86 has no (or another) form for, rewritten."""
    if mnemonic not in _REWRITTEN and mnemonic[0] != "f":  # (most: none of the rules)
        return ops
    if mnemonic == "mov" and len(ops) == 2 and all(isinstance(o, RegOp) for o in ops):
        a, b = ops[0].reg, ops[1].reg  # type: ignore[union-attr]
        if a.cls == "seg" and b.cls == "gpr":
            size = prefixes.opsize // 8 if prefixes.opsize in (16, 32) else (2 if bits == 16 else 4)
            return [ops[0], _sized(b, size)]
        if b.cls == "seg" and a.cls == "gpr" and a.size == 8:
            return [_sized(a, 4), ops[1]]
    last = ops[-1] if ops else None
    if (
        bits != 16
        and not prefixes.opsize
        and isinstance(last, RegOp)
        and last.reg.cls == "gpr"
        and last.reg.size == 2
        and mnemonic in _R16_AS_R32
    ):
        return [*ops[:-1], _sized(last.reg, 4)]
    if mnemonic == "arpl" and bits != 16 and not prefixes.opsize:
        return [_sized(o.reg, 4) if isinstance(o, RegOp) else o for o in ops]
    first = ops[0] if ops else None
    if (
        mnemonic in _R64_AS_R32
        and isinstance(first, RegOp)
        and first.reg.size == 8
        and first.reg.cls == "gpr"
    ):
        return [_sized(first.reg, 4), *ops[1:]]
    if mnemonic.startswith("f") and len(ops) <= 1 and all(isinstance(o, RegOp) for o in ops):
        return _fpu(mnemonic, ops)
    return ops


def _fpu(mnemonic: str, ops: list[Operand]) -> list[Operand]:
    """x87 forms with implied ``st0``/``st1`` operands, spelled out."""
    kinds = {f.kinds for f in forms_for(mnemonic)}
    if not ops:
        if () in kinds:
            return ops
        ops = [RegOp(REGISTERS["st1"])]
    first = ops[0]
    if not isinstance(first, RegOp) or first.reg.cls != "st" or ("sti_opcode",) in kinds:
        return ops
    if ("st0", "sti_opcode") in kinds:
        return [RegOp(REGISTERS["st0"]), first]
    if ("sti_opcode", "st0") in kinds:
        return [first, RegOp(REGISTERS["st0"])]
    return ops


#: The SSE4.1 and SHA instructions whose third operand is xmm0 alone, which NASM lets
#: a source spell out (iced-x86's forms leave it implied).
_IMPLIED_XMM0 = {"blendvpd", "blendvps", "pblendvb", "sha256rnds2"}

_FMA = ("vfmadd", "vfmsub", "vfnmadd", "vfnmsub")


def shorthand(mnemonic: str, ops: list[Operand]) -> list[Operand] | None:
    """NASM's shorter or longer spellings of a form that no form takes as written, in
    full (None if none applies): a VEX instruction without its first source, which is
    then its destination (``vaddps xmm0, xmm1`` is ``vaddps xmm0, xmm0, xmm1``); an
    implied xmm0 written out (``blendvpd xmm2, xmm1, xmm0``); ``pinsrw`` from a 16-bit
    register (its 32-bit one)."""
    first = ops[0] if ops else None
    if (
        isinstance(first, RegOp)
        and not mnemonic.startswith(_FMA)  # (NASM's FMA forms take all three)
        and any(
            len(f.kinds) == len(ops) + 1 and f.kinds[1].endswith("_vvvv")
            for f in forms_for(mnemonic)
        )
    ):
        return [first, first, *ops[1:]]
    last = ops[-1] if ops else None
    if mnemonic in _IMPLIED_XMM0 and len(ops) == 3 and isinstance(last, RegOp):
        return ops[:2] if last.reg.name == "xmm0" else None
    if mnemonic == "pinsrw" and len(ops) == 3:
        middle = ops[1]
        if isinstance(middle, RegOp) and middle.reg.cls == "gpr" and middle.reg.size == 2:
            return [ops[0], _sized(middle.reg, 4), ops[2]]
    return None


def fpu_void(mnemonic: str, ops: list[Operand]) -> str:
    """NASM's ``fadd`` (``fsub``, ``fmul``...) without operands is the popping form on
    st1: ``faddp st1, st0`` (DE C1), not ``fadd st0, st1`` (D8 C1)."""
    return mnemonic + "p" if not ops and mnemonic in _FPU_ARITH else mnemonic


def fpu_st0_st0(mnemonic: str, ops: list[Operand]) -> bool:
    """``fadd st0, st0``: NASM encodes the ``fadd st(i), st0`` form (DC C0)."""
    return (
        mnemonic in _FPU_ARITH
        and len(ops) == 2
        and all(isinstance(o, RegOp) and o.reg.name == "st0" for o in ops)
    )


def prefer_memory_form(mnemonic: str, ops: list[Operand]) -> bool:
    """``movq xmm, [m]``: NASM takes the MMX/SSE load, not the REX.W ``movq xmm, r/m64``."""
    return mnemonic in ("movq", "vmovq") and any(isinstance(o, MemOp) for o in ops)


def rex_w_after_prefixes(data: bytes) -> bytes:
    """``data`` whose first byte is a REX.W (48) made in its place, the legacy prefixes
    after it in NASM's order and the REX moved after them, before the opcode."""
    body = reorder_prefixes(data[1:], False)
    n = 0
    while n < len(body) and body[n] in _PREFIX_RANK:
        n += 1
    return body[:n] + data[:1] + body[n:]


def reorder_prefixes(data: bytes, keep_last: bool) -> bytes:
    """Legacy prefixes in NASM's order; ``keep_last`` keeps a mandatory prefix in place."""
    n = 0
    while n < len(data) and data[n] in _PREFIX_RANK:
        n += 1
    if n < 2:
        return data
    movable = n - 1 if keep_last else n
    if movable < 2:
        return data
    head = sorted(data[:movable], key=lambda b: _PREFIX_RANK[b])
    return bytes(head) + data[movable:]
