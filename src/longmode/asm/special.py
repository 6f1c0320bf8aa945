"""Instructions encoded outside the generic path: branches (short when they
reach), far pointers, string instructions and a few NASM-specific spellings.
"""

from __future__ import annotations

import functools
from typing import Any

import iced_x86 as iced

from longmode.asm.diagnostics import LineError
from longmode.asm.encoding import (
    REG_NONE,
    Fixup,
    Prefixes,
    Value,
    apply_prefixes,
    run_encoder,
)
from longmode.asm.expr import MASK64, Reloc
from longmode.asm.nasm_rules import (
    reorder_prefixes,
    rex_w_after_prefixes,
)
from longmode.asm.operands import FarOp, ImmOp, Operand, RegOp
from longmode.asm.optable import REGISTERS, Form, forms_for
from longmode.asm.select import MODE_INDEX, encode_forms, mismatch_message

STRING_OPS: dict[str, tuple[str, str]] = {}

for _op in ("movs", "cmps", "scas", "lods", "stos", "ins", "outs"):
    for _sfx in ("b", "w", "d", "q"):
        if _op in ("ins", "outs") and _sfx == "q":
            continue
        STRING_OPS[_op + _sfx] = (_op, _sfx)

_SHORT_KINDS = ("br16_1", "br32_1", "br64_1")
# Branches on a count register, with the address size their name implies (0: the mode's).

_COUNTER_BRANCHES = {
    "loop": 0, "loope": 0, "loopz": 0, "loopne": 0, "loopnz": 0, "jcxz": 16, "jecxz": 32,
    "jrcxz": 64,
}  # fmt: skip

#: The jump that tests the counter of an address size.
_COUNTER_JUMPS = {16: "jcxz", 32: "jecxz", 64: "jrcxz"}

_NEAR_KINDS = ("br16_2", "br32_4", "br64_4")


@functools.cache
def is_branch(mnemonic: str) -> bool:
    return any(f.kinds and f.kinds[0] in _SHORT_KINDS + _NEAR_KINDS for f in forms_for(mnemonic))


@functools.cache
def _branch_forms(mnemonic: str, mode: int, size: int) -> tuple[list[Form], list[Form], list[Form]]:
    """A branch's forms in a mode: all of them, the short ones and the near ones of
    ``size`` bits (the callers copy the lists they change)."""
    kinds_short, kinds_near = f"br{size}_1", (f"br{size}_2" if size == 16 else f"br{size}_4")
    forms = [f for f in forms_for(mnemonic) if f.modes[mode] and f.kinds]
    short = [f for f in forms if f.kinds[0] == kinds_short]
    near = [f for f in forms if f.kinds[0] == kinds_near]
    return forms, short, near


@functools.cache
def _short_length(code: int, bits: int, rep: str, lock: bool, seg: str) -> int:
    """The length of a short branch form with these prefixes (the same at every address)."""
    probe = iced.Instruction.create_branch(code, 0)
    apply_prefixes(probe, Prefixes(rep, lock, 0, 0, seg))
    return len(run_encoder(probe, bits, 0))


def branch_with_field(
    mnemonic: str,
    op: ImmOp,
    val: Value | None,
    bits: int,
    ip: int,
    prefixes: Prefixes,
    extra: bytes = b"",
    final: bool = True,
) -> tuple[bytes, list[Fixup], int]:
    """A relative branch to ``val`` from ``ip``: its bytes, its fixups, and the size of
    the displacement that ends them (1 for a short form, 2 or 4 for a near one)."""
    if op.jump in ("short", "near") and (
        mnemonic in _COUNTER_BRANCHES or (mnemonic == "call" and op.jump == "short")
    ):  # (NASM's forms of these take no size: `loop short x', `jecxz near x', `call short x')
        raise LineError("mismatch in operand sizes")
    if op.size in (2, 4, 8) and op.jump in ("", "near"):  # `jmp dword x': NASM's sized forms
        if mnemonic not in ("jmp", "call"):
            raise LineError("mismatch in operand sizes")
        if (bits == 64) != (op.size == 8):
            raise LineError(f"instruction not supported in {bits}-bit mode")
        op = op.replace(jump="near")  # (a size is never short in NASM)
    if bits == 64 and prefixes.opsize == 64 and mnemonic != "jrcxz":
        # NASM writes a REX.W for `o64' on a branch, which it does not change (but on
        # jrcxz, the mode's own counter jump: NASM's form of it takes none): made
        # as a prefix first (the branch's length and displacement count it), then
        # moved after the legacy prefixes, before the opcode
        data, fixups, width = _branch_with_field(
            mnemonic, op, val, bits, ip, prefixes, b"\x48" + extra, final
        )
        return rex_w_after_prefixes(data), fixups, width
    return _branch_with_field(mnemonic, op, val, bits, ip, prefixes, extra, final)


def _branch_with_field(
    mnemonic: str,
    op: ImmOp,
    val: Value | None,
    bits: int,
    ip: int,
    prefixes: Prefixes,
    extra: bytes,
    final: bool,
) -> tuple[bytes, list[Fixup], int]:
    assert val is not None
    size = prefixes.opsize or (op.size * 8 if op.size in (2, 4, 8) else 0) or bits
    if bits == 64:
        size = 16 if prefixes.opsize == 16 else 64
    addr = 0
    if mnemonic in _COUNTER_BRANCHES:
        # The counter's size: a jump's own where it is not the mode's (NASM then
        # passes an a16/a32 by), else an explicit a16/a32, else the mode's.
        own = _COUNTER_BRANCHES[mnemonic]
        addr = own if own and own != bits else prefixes.addrsize or own or bits
        if own:  # `a32 jcxz' in 16-bit code is jecxz
            mnemonic = _COUNTER_JUMPS[addr]
    elif prefixes.addrsize and prefixes.addrsize != bits:
        extra += b"\x67"  # NASM writes an explicit a16/a32 that no operand of a branch uses
    _, short, near = _branch_forms(mnemonic, MODE_INDEX[bits], size)
    # NASM: an o16/o32 (and not the operand's size) on a near branch is a 66 prefix
    # on the mode's own near form: `o32 call' in 16-bit code is 66 E8 rel16, `o16 call'
    # in 32-bit code 66 E8 rel32, as in 64-bit code. In 16- and 32-bit code a CPU reads
    # that field as the prefix's size, not the mode's: NASM's bytes are not the branch
    # written, so a final pass refuses it (the passes before take NASM's size)
    prefixed = bits != 64 and prefixes.opsize not in (0, bits) and op.size not in (2, 4, 8)
    if (bits == 64 and size == 16) or prefixed:
        near = _branch_forms(mnemonic, MODE_INDEX[bits], bits)[2]
        # (short as below decides: told to, no near form, a target not seen yet, or
        # a label in reach)
        start = ip + len(extra)
        in_reach = short and val.reloc and _fits_short(short[0], prefixes, bits, start, val.value)
        goes_short = bool(short) and (
            op.jump == "short" or not near or (op.jump != "near" and (val.unknown or in_reach))
        )
        if not goes_short:
            if prefixed and final:
                word = "dword" if prefixes.opsize == 32 else "word"
                way = (
                    f"write `{mnemonic} {word} target' for the {prefixes.opsize}-bit form"
                    if mnemonic in ("call", "jmp")
                    else f"write it without `o{prefixes.opsize}'"
                )
                raise LineError(
                    f"`o{prefixes.opsize} {mnemonic}' near in {bits}-bit code: NASM writes "
                    f"66 and a {bits}-bit field, which a CPU reads as {prefixes.opsize}-bit "
                    f"(another branch); {way}"
                )
            extra = b"\x66" + extra
            short = []
            size = bits  # (the field: rel16 in 16-bit code, rel32 else)
    if addr:
        short = [f for f in short if f.address_size == addr]
    if not short and not near:
        raise LineError(mismatch_message(mnemonic, [op], bits))
    target = val.value
    start = ip + len(extra)
    if isinstance(target, Reloc):  # the linker's: a short form gets a one-byte field
        use_near = bool(near) and op.jump != "short"
        if not use_near and not short:
            raise LineError("short jump is out of range")
        instr = iced.Instruction.create_branch(
            (near if use_near else short)[0].code, start & MASK64
        )
        apply_prefixes(instr, prefixes)
        data = run_encoder(instr, bits, start)
        width = (2 if size == 16 else 4) if use_near else 1
        return (
            extra + data[:-width] + bytes(width),
            [Fixup(len(extra) + len(data) - width, width, True, target, True, width)],
            width,
        )
    use_short = bool(short) and (op.jump == "short" or not near)
    if short and val.unknown and op.jump != "near":
        use_short = True  # NASM is optimistic about a target it has not seen yet
    # NASM makes a branch short only to a label: a constant target is in no section
    if not use_short and short and not val.unknown and op.jump != "near" and val.reloc:
        short_len = _short_length(short[0].code, bits, prefixes.rep, prefixes.lock, prefixes.seg)
        rel = target - (start + short_len)
        use_short = -128 <= rel <= 127
    form = short[0] if use_short else near[0]
    if val.unknown:
        target = start
    target &= (1 << size) - 1
    key = (form.code, bits, prefixes.rep, prefixes.lock, prefixes.seg, extra)
    head = _BRANCH_HEADS.get(key)
    width = int(form.kinds[0][-1])
    if head is not None:
        made = _branch_bytes(head, width, start, target, size)
        if made is not None:
            return made, [], width
    instr = iced.Instruction.create_branch(form.code, target)
    apply_prefixes(instr, prefixes)
    try:
        data = run_encoder(instr, bits, start)
    except LineError:
        if use_short and final:
            raise LineError("short jump is out of range") from None
        instr = iced.Instruction.create_branch(form.code, start & MASK64)
        apply_prefixes(instr, prefixes)
        data = run_encoder(instr, bits, start)
        return reorder_prefixes(extra + data, False), [], width
    data = reorder_prefixes(extra + data, False)
    if head is None and _branch_bytes(data[:-width], width, start, target, size) == data:
        _BRANCH_HEADS[key] = data[:-width]
    return data, [], width


#: A branch form's bytes before its displacement (prefixes and opcode), by form,
#: mode, prefixes and what goes before them: the same wherever the branch goes.
_BRANCH_HEADS: dict[tuple[Any, ...], bytes] = {}


def _branch_bytes(head: bytes, width: int, start: int, target: int, size: int) -> bytes | None:
    """A branch's bytes from its form's ``head``: the displacement to ``target`` in
    ``width`` bytes; None where the encoder must judge (a distance the field does
    not hold, or an address past the operand size, where it wraps around)."""
    end = start + len(head) + width
    rel = target - end
    limit = 1 << (8 * width - 1)
    if start < 0 or end >> size or not -limit <= rel < limit:
        return None
    return head + (rel & (2 * limit - 1)).to_bytes(width, "little")


def _fits_short(form: Form, prefixes: Prefixes, bits: int, start: int, target: Any) -> bool:
    if not isinstance(target, int):
        return False
    length = _short_length(form.code, bits, prefixes.rep, prefixes.lock, prefixes.seg)
    return -128 <= target - (start + length) <= 127


def far_branch(
    mnemonic: str, op: FarOp, val: Value | None, bits: int, prefixes: Prefixes, extra: bytes
) -> tuple[bytes, list[Fixup]]:
    assert val is not None and isinstance(val.value, tuple)  # type: ignore[unreachable]
    seg, off = val.value  # type: ignore[unreachable]
    size = prefixes.opsize or (op.size * 8 if op.size else (16 if bits == 16 else 32))
    kind = "farbr2_2" if size == 16 else "farbr4_2"
    mode = MODE_INDEX[bits]
    forms = [f for f in forms_for(mnemonic) if f.modes[mode] and f.kinds == (kind,)]
    if not forms:
        raise LineError(mismatch_message(mnemonic, [op], bits))
    if isinstance(seg, Reloc):
        raise LineError("ELF format does not support segment base references")
    target = off if isinstance(off, Reloc) else None
    offset = 0 if target is not None else off
    instr = iced.Instruction.create_far_branch(
        forms[0].code, seg & 0xFFFF, offset & ((1 << size) - 1)
    )
    apply_prefixes(instr, prefixes)
    data = run_encoder(instr, bits, 0)
    data = reorder_prefixes(extra + data, False)
    fixups: list[Fixup] = []
    if target is not None:  # EA, offset, selector: the offset is for the linker
        width = size // 8
        fixups.append(Fixup(len(data) - 2 - width, width, False, target))
    return data, fixups


def string_op(
    mnemonic: str, bits: int, prefixes: Prefixes, extra: bytes
) -> tuple[bytes, list[Fixup]]:
    op, sfx = STRING_OPS[mnemonic]
    if sfx == "q" and bits != 64:
        raise LineError(f"instruction `{mnemonic}' is not supported in {bits}-bit mode")
    addr = prefixes.addrsize or bits
    seg = REGISTERS[prefixes.seg].reg if prefixes.seg else REG_NONE
    reps = {"": "", "rep": "rep_", "repe": "repe_", "repz": "repe_", "xrelease": "rep_"}
    rep = reps.get(prefixes.rep, "repne_")
    if rep == "rep_" and op in ("cmps", "scas"):
        rep = "repe_"
    name = f"create_{rep}{op}{sfx}"
    creator = getattr(iced.Instruction, name)
    # stos/scas/ins address es:rdi only; the rep_ creators take no segment either
    instr = creator(addr) if rep or op in ("stos", "scas", "ins") else creator(addr, seg)
    if rep and op not in ("stos", "scas", "ins") and seg != REG_NONE:
        instr.segment_prefix = seg
    if prefixes.lock:
        instr.has_lock_prefix = True
    data = run_encoder(instr, bits, 0)
    return reorder_prefixes(extra + data, False), []


def _generic(
    mnemonic: str,
    ops: list[Operand],
    vals: list[Value | None],
    bits: int,
    ip: int,
    prefixes: Prefixes,
    extra: bytes,
) -> tuple[bytes, list[Fixup]]:
    best = encode_forms(mnemonic, ops, vals, bits, ip, prefixes, False, extra)
    if best is None:
        raise LineError(mismatch_message(mnemonic, ops, bits))
    return best


def _maskmov(
    mnemonic: str,
    ops: list[Operand],
    vals: list[Value | None],
    bits: int,
    ip: int,
    prefixes: Prefixes,
    extra: bytes,
) -> tuple[bytes, list[Fixup]]:
    if len(ops) != 2 or not all(isinstance(o, RegOp) for o in ops):
        raise LineError(mismatch_message(mnemonic, ops, bits))
    a, b = ops[0].reg, ops[1].reg  # type: ignore[union-attr]
    want = "mm" if mnemonic == "maskmovq" else "xmm"
    if a.cls != want or b.cls != want:
        raise LineError(mismatch_message(mnemonic, ops, bits))
    seg = REGISTERS[prefixes.seg].reg if prefixes.seg else REG_NONE
    creator = getattr(iced.Instruction, f"create_{mnemonic}")
    instr = creator(prefixes.addrsize or bits, a.reg, b.reg, seg)
    data = run_encoder(instr, bits, ip)
    return reorder_prefixes(extra + data, mnemonic != "maskmovq"), []


def _xbegin(
    mnemonic: str,
    ops: list[Operand],
    vals: list[Value | None],
    bits: int,
    ip: int,
    prefixes: Prefixes,
    extra: bytes,
) -> tuple[bytes, list[Fixup]]:
    if len(ops) != 1 or not isinstance(ops[0], ImmOp) or vals[0] is None:
        raise LineError(mismatch_message(mnemonic, ops, bits))
    target = vals[0].value
    if isinstance(target, Reloc):
        raise LineError("`xbegin' to another section is not supported")
    start = ip + len(extra)
    if vals[0].unknown:
        target = start
    target &= (1 << bits) - 1
    if bits == 16 and target - start > 0x8000:
        start += 0x10000  # 16-bit offsets wrap around
    instr = iced.Instruction.create_xbegin(bits, target)
    data = run_encoder(instr, bits, start)
    return extra + data, []


def _with_rex_w(
    mnemonic: str,
    ops: list[Operand],
    vals: list[Value | None],
    bits: int,
    ip: int,
    prefixes: Prefixes,
    extra: bytes,
) -> tuple[bytes, list[Fixup]]:
    data, fixups = _generic(mnemonic, ops, vals, bits, ip, prefixes, extra)
    if bits != 64 or not ops or not isinstance(ops[0], RegOp) or ops[0].reg.size != 8:
        return data, fixups
    n = 0
    while n < len(data) and data[n] in (0x66, 0x67, 0xF2, 0xF3, 0xF0, 0x64, 0x65, 0x2E, 0x3E):
        n += 1
    if 0x40 <= data[n] <= 0x4F:
        return data[:n] + bytes([data[n] | 8]) + data[n + 1 :], fixups
    for f in fixups:
        f.offset += 1
    return data[:n] + b"\x48" + data[n:], fixups


def _osize16(
    mnemonic: str,
    ops: list[Operand],
    vals: list[Value | None],
    bits: int,
    ip: int,
    prefixes: Prefixes,
    extra: bytes,
) -> tuple[bytes, list[Fixup]]:
    data, fixups = _generic(mnemonic, ops, vals, bits, ip, prefixes, extra)
    if bits != 16:
        return data, fixups
    for f in fixups:
        f.offset += 1
    return reorder_prefixes(b"\x66" + data, True), fixups


SPECIAL = {
    "maskmovq": _maskmov,
    "maskmovdqu": _maskmov,
    "vmaskmovdqu": _maskmov,
    "xbegin": _xbegin,
    "invpcid": _with_rex_w,
    "rdsspd": _osize16,
    "incsspd": _osize16,
    "wrssd": _osize16,
    "wrussd": _osize16,
}
