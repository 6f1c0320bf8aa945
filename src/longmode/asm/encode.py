"""Instruction encoding: pick the iced-x86 form NASM would pick, and encode it.

NASM's choices are reproduced here: the shortest form wins (``add eax, 1``
takes the sign-extended byte immediate), ties go to the lowest opcode (``mov
r/m, r`` over ``mov r, r/m``), ``mov r64, imm`` becomes ``mov r32, imm`` when
the value fits in 32 unsigned bits, branches are short when the target is
known and in reach.
"""

from __future__ import annotations

from functools import cache

from longmode.asm.diagnostics import LineError
from longmode.asm.encoding import SEG_PREFIX, Fixup, Prefixes, Value, address_prefix, prefix_bytes
from longmode.asm.nasm_rules import (
    fpu_void,
    low32,
    normalize,
    shorthand,
)
from longmode.asm.operands import FarOp, ImmOp, MemOp, Operand, RegOp
from longmode.asm.optable import CMP_PSEUDO, REGISTERS, SIZED_ALIASES
from longmode.asm.select import encode_forms, mismatch_message
from longmode.asm.special import (
    SPECIAL,
    STRING_OPS,
    branch_with_field,
    far_branch,
    is_branch,
    string_op,
)

__all__ = [
    "Fixup", "Prefixes", "Value", "branch_with_field", "encode_instruction", "plain_branch",
]  # fmt: skip

# the register that `loop', `loope' and `loopne' may name as their counter
_LOOP_COUNTERS = {"cx": 16, "ecx": 32, "rcx": 64}


@cache
def _plain(mnemonic: str) -> bool:
    """Whether none of the spellings and instructions :func:`encode_instruction` takes
    apart before :func:`normalize` is ``mnemonic`` (most lines: their checks skipped)."""
    return not (
        not mnemonic
        or mnemonic in SIZED_ALIASES
        or mnemonic in CMP_PSEUDO
        or mnemonic in SPECIAL
        or mnemonic in STRING_OPS
        or mnemonic in ("jmp", "call", "mov", "xlat", "xlatb", "sysret", "sysexit")
        or mnemonic.startswith("loop")
        or is_branch(mnemonic)
    )


@cache
def plain_branch(mnemonic: str) -> bool:
    """Whether :func:`encode_instruction` hands ``mnemonic`` with one immediate
    operand straight to `branch_with_field` (its other steps do nothing to it)."""
    return (
        is_branch(mnemonic)
        and mnemonic not in SIZED_ALIASES
        and mnemonic not in CMP_PSEUDO
        and mnemonic not in SPECIAL
        and mnemonic not in STRING_OPS
    )


def encode_instruction(
    mnemonic: str,
    ops: list[Operand],
    vals: list[Value | None],
    bits: int,
    ip: int,
    prefixes: Prefixes,
    default_rel: bool = False,
    final: bool = True,
) -> tuple[bytes, list[Fixup]]:
    """Encode one instruction at address ``ip``; returns its bytes and link-time fixups.

    ``vals`` holds the evaluated expression of each memory, immediate and branch
    operand (None for registers). In branches, ``ip`` and integer targets are
    offsets in the same frame (addresses for flat binaries).
    """
    extra = b""
    if not _plain(mnemonic) or (len(ops) == 1 and isinstance(ops[0], FarOp)):
        if not mnemonic:  # prefixes alone on a line
            return prefix_bytes(prefixes, bits), []
        if mnemonic in SIZED_ALIASES:
            mnemonic, size = SIZED_ALIASES[mnemonic]
            prefixes = Prefixes(prefixes.rep, prefixes.lock, size, prefixes.addrsize, prefixes.seg)
        if (
            bits == 64
            and mnemonic in ("jmp", "call")
            and len(ops) == 1
            and isinstance(ops[0], MemOp)
            and ops[0].far
            and prefixes.opsize == 16
        ):  # NASM keeps m16:64 and just adds a 66 prefix
            plain = Prefixes(prefixes.rep, prefixes.lock, 0, prefixes.addrsize, prefixes.seg)
            data, fixups = encode_instruction(
                mnemonic, ops, vals, bits, ip, plain, default_rel, final
            )
            for f in fixups:
                f.offset += 1
            return b"\x66" + data, fixups
        if mnemonic in CMP_PSEUDO:
            mnemonic, predicate = CMP_PSEUDO[mnemonic]
            ops = [*ops, ImmOp(("n", predicate), 0, False, "")]
            vals = [*vals, Value(predicate, False)]
        if mnemonic in SPECIAL:
            return SPECIAL[mnemonic](mnemonic, ops, vals, bits, ip, prefixes, extra)
        if mnemonic in STRING_OPS and not ops:
            return string_op(mnemonic, bits, prefixes, extra)
        if len(ops) == 1 and isinstance(ops[0], FarOp):
            return far_branch(mnemonic, ops[0], vals[0], bits, prefixes, extra)
        if mnemonic.startswith("loop") and len(ops) == 2 and isinstance(ops[1], RegOp):
            # `loop target, ecx': the counter register gives the address size
            addrsize = _LOOP_COUNTERS.get(ops[1].reg.name)
            if addrsize is None:
                raise LineError(mismatch_message(mnemonic, ops, bits))
            if (addrsize == 64 and bits != 64) or (addrsize == 16 and bits == 64):
                raise LineError(f"instruction not supported in {bits}-bit mode")
            addrsize = prefixes.addrsize or addrsize
            prefixes = Prefixes(
                prefixes.rep, prefixes.lock, prefixes.opsize, addrsize, prefixes.seg
            )
            ops, vals = ops[:1], vals[:1]
        if len(ops) == 1 and isinstance(ops[0], ImmOp) and is_branch(mnemonic):
            data, fixups, _ = branch_with_field(
                mnemonic, ops[0], vals[0], bits, ip, prefixes, extra, final
            )
            return data, fixups
        if (
            mnemonic == "mov"
            and len(ops) == 2
            and isinstance(ops[0], RegOp)
            and ops[0].reg.cls == "gpr"
            and ops[0].reg.size == 8
            and isinstance(ops[1], ImmOp)
            and not ops[1].strict
            and vals[1] is not None
            and isinstance(vals[1].value, int)
            and not vals[1].reloc
            # (a name not seen yet fits, as NASM's first pass takes it: see select._imm_ok)
            and (vals[1].unknown or 0 <= vals[1].value <= 0xFFFFFFFF)
        ):
            imm = ops[1]
            ops = [RegOp(REGISTERS[low32(ops[0].reg.name)]), ImmOp(imm.expr, 0, False, imm.jump)]
            if prefixes.opsize == 64:  # NASM drops `o64' along with REX.W here
                prefixes = Prefixes(prefixes.rep, prefixes.lock, 0, prefixes.addrsize, prefixes.seg)
        if mnemonic in ("xlat", "xlatb") and not ops:
            rep = {"": b"", "repne": b"\xf2", "repnz": b"\xf2", "xacquire": b"\xf2"}.get(
                prefixes.rep, b"\xf3"
            )
            seg = bytes([SEG_PREFIX[prefixes.seg]]) if prefixes.seg else b""
            addr = b"\x67" if prefixes.addrsize and prefixes.addrsize != bits else b""
            return rep + seg + addr + b"\xd7", []
        if mnemonic in ("sysret", "sysexit") and not ops and not prefixes.opsize:
            return b"\x0f\x07" if mnemonic == "sysret" else b"\x0f\x35", []
    if not ops:
        mnemonic = fpu_void(mnemonic, ops)
    rewritten = normalize(mnemonic, ops, bits, prefixes)
    if prefixes.opsize == 64 and rewritten != ops:
        prefixes = Prefixes(prefixes.rep, prefixes.lock, 0, prefixes.addrsize, prefixes.seg)
    ops = rewritten
    if (
        mnemonic == "mov"
        and prefixes.opsize == 64
        and any(isinstance(o, RegOp) and o.reg.cls == "seg" for o in ops)
    ):
        prefixes = Prefixes(prefixes.rep, prefixes.lock, 0, prefixes.addrsize, prefixes.seg)
    if len(vals) != len(ops):
        vals = [None] * len(ops)
    best = encode_forms(mnemonic, ops, vals, bits, ip, prefixes, default_rel, extra)
    if (
        mnemonic in ("xchg", "test")
        and len(ops) == 2
        and isinstance(ops[0], RegOp)
        and (mnemonic == "xchg" or isinstance(ops[1], MemOp))
    ):
        swapped = encode_forms(
            mnemonic, [ops[1], ops[0]], [vals[1], vals[0]], bits, ip, prefixes, default_rel, extra
        )
        if swapped is not None and (best is None or len(swapped[0]) <= len(best[0])):
            best = swapped
    if best is None:
        spelled = shorthand(mnemonic, ops)
        if spelled is not None:  # (NASM's other spelling of a form: see there)
            values = [
                None if isinstance(o, RegOp) else v for o, v in _realigned(ops, spelled, vals)
            ]
            best = encode_forms(mnemonic, spelled, values, bits, ip, prefixes, default_rel, extra)
    if best is None:
        why = _out_of_bounds(mnemonic, ops, vals, bits)
        raise LineError(why or mismatch_message(mnemonic, ops, bits))
    if prefixes.addrsize and prefixes.addrsize != bits:
        return address_prefix(best, prefixes, bits)
    return best


def _out_of_bounds(
    mnemonic: str, ops: list[Operand], vals: list[Value | None], bits: int
) -> str | None:
    """Why no form takes a number that only a sign-extended field would (NASM writes
    it cut to that field, with a warning; we refuse it): None for other failures."""
    for op, val in zip(ops, vals, strict=True):
        if not isinstance(op, ImmOp) or val is None or val.unknown or val.reloc:
            continue
        v = val.value
        if not isinstance(v, int):
            continue
        signed = v - (1 << 64) if v >= 1 << 63 else v
        if op.size == 1 and not -128 <= signed <= 127:
            return (
                f"signed byte value exceeds bounds: `{mnemonic}' takes {v:#x} in a "
                "sign-extended byte field only (NASM cuts it to that byte with a warning; "
                "write the byte's own signed value)"
            )
        if bits == 64 and not -(1 << 31) <= signed < 1 << 31:
            return (
                f"signed dword immediate exceeds bounds: `{mnemonic}' takes {v:#x} in a "
                "sign-extended 32-bit field only (NASM cuts it to that dword with a "
                "warning, which changes its value; load it into a register with mov)"
            )
    return None


def _realigned(
    ops: list[Operand], spelled: list[Operand], vals: list[Value | None]
) -> list[tuple[Operand, Value | None]]:
    """Each operand of ``spelled`` with its value from ``vals`` (an operand of ``ops``
    by identity; a register repeated or replaced has none)."""
    by_id = {id(o): v for o, v in zip(ops, vals, strict=True)}
    return [(o, by_id.get(id(o))) for o in spelled]
