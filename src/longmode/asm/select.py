"""Choosing the iced-x86 form NASM would choose for an instruction's operands.

The shortest encoding wins; ties go to the sign-extended byte immediate, then
to the lowest opcode (``mov r/m, r`` over ``mov r, r/m``); operand sizes nobody
asked for are not taken (no stray 66 prefix). Choices are cached by operand
shape.
"""

from __future__ import annotations

import contextlib
from functools import cache
from typing import Any

import iced_x86 as iced

from longmode.asm.diagnostics import LineError
from longmode.asm.encoding import (
    IMM_KINDS,
    Fixup,
    Prefixes,
    Value,
    apply_prefixes,
    build,
    finish,
    note_bounds,
    run_encoder,
)
from longmode.asm.expr import Reloc, to_signed64
from longmode.asm.nasm_rules import (
    fpu_st0_st0,
    prefer_memory_form,
)
from longmode.asm.operands import ImmOp, MemOp, Operand, RegOp
from longmode.asm.optable import Form, forms_for

#: The indirect far jumps and calls (through a ``m16:16``, ``m16:32`` or ``m16:64``).
FAR_MEM = {
    iced.Code.JMP_M1616, iced.Code.JMP_M1632, iced.Code.JMP_M1664,
    iced.Code.CALL_M1616, iced.Code.CALL_M1632, iced.Code.CALL_M1664,
}  # fmt: skip

MODE_INDEX = {16: 0, 32: 1, 64: 2}

_OWORD_DEFAULT = {"vcvtpd2dq", "vcvttpd2dq", "vcvtpd2ps"}

_DWORD_DEFAULT = {"cvtsi2ss", "cvtsi2sd", "vcvtsi2ss", "vcvtsi2sd"}

_FAR_SIZES = {2: 4, 4: 6, 8: 10}

#: The mnemonics of the rules of :func:`_select_uncached` that may refuse every form
#: that fits (the others choose among several, and keep one alone).
_MAY_REFUSE = {"movzx", "movsx", "xchg"}


def _reg_ok(kind: str, reg: Any) -> bool:
    cls = reg.cls
    size = reg.size
    if kind in ("al", "ax", "eax", "rax", "cl", "dx", "cs", "ds", "es", "ss", "fs", "gs"):
        return bool(reg.name == kind)
    if kind == "st0":
        return bool(reg.name == "st0")
    head = kind.split("_", 1)[0]
    if head in ("r8", "r16", "r32", "r64"):
        return cls == "gpr" and size * 8 == int(head[1:]) and not kind.endswith("mem_mpx")
    if head == "seg":
        return bool(cls == "seg")
    if head in ("cr", "dr", "tr", "mm", "xmm", "ymm", "bnd"):
        return bool(cls == head)
    if head == "sti":
        return bool(cls == "st")
    return False


def _mem_ok(kind: str, form: Form, mem: MemOp, bits: int) -> bool:
    if kind.startswith("mem_vsib"):
        return mem.index is not None and mem.index.cls == ("xmm" if kind[-1] == "x" else "ymm")
    if mem.index is not None and mem.index.cls in ("xmm", "ymm"):
        return False
    if kind == "mem_offs":
        if mem.base is not None or mem.index is not None:
            return False
        # `[word addr]' in 16-bit code and `[dword addr]' in 32-bit code too: NASM
        # takes an absolute address's size for the address size (see encoding).
        return mem.disp_size == 8 if bits == 64 else mem.disp_size in (0, 2, 4)
    if kind not in ("mem", "mem_mpx", "mem_mib", "sibmem") and not kind.endswith("_or_mem"):
        return False
    if kind.endswith("mpx") or kind in ("mem_mib", "sibmem"):
        return False
    if (form.code in FAR_MEM) != mem.far:
        return False
    if mem.far and mem.size:
        return _FAR_SIZES.get(mem.size) == form.mem_size
    return not (mem.size and form.mem_size and mem.size != form.mem_size)


def _imm_ok(kind: str, form: Form, imm: ImmOp, value: Value, bits: int) -> bool:
    width = IMM_KINDS.get(kind)
    if width is None:
        return False
    if imm.size:
        if imm.strict and width != imm.size:
            return False
        if (
            not imm.strict
            and width != imm.size
            and form.operand_size != imm.size * 8
            and not (kind == "imm32sex64" and imm.size == 4)
        ):
            return False
    v = value.value
    if value.unknown and not value.reloc and not isinstance(v, Reloc) and not imm.strict:
        # A name not seen yet (the first pass): NASM is optimistic and lets it fit
        # every immediate form, 1 and the sign-extended byte too (its parser's
        # UNITY | SBYTEWORD | SBYTEDWORD | UDWORD | SDWORD), so the shortest is taken
        # and the later passes grow it as the value requires.
        return True
    if isinstance(v, Reloc) or value.unknown or value.reloc:
        return not (kind.startswith("imm8sex") or kind == "imm8_const_1") or (
            imm.strict and imm.size == 1
        )
    if kind == "imm8_const_1":
        return v == 1 and not imm.strict
    if kind.startswith("imm8sex"):
        op_bits = int(kind[7:])
        x = v & ((1 << op_bits) - 1)
        return x < 0x80 or x >= (1 << op_bits) - 0x80
    if kind == "imm32sex64":
        return -(1 << 31) <= to_signed64(v) < (1 << 31)
    return True


#: The forms (their codes) whose operand ``i`` takes an operand of a shape, by
#: (mnemonic, mode, operand count, i, shape): found once for every line alike.
_ACCEPTING: dict[tuple[Any, ...], frozenset[int]] = {}


def _matching(
    forms: list[Form],
    mnemonic: str,
    ops: list[Operand],
    vals: list[Value | None],
    bits: int,
    shapes: tuple[tuple[Any, ...], ...],
) -> list[Form]:
    """The forms every operand fits (``shapes``: the operands' shapes)."""
    codes: frozenset[int] | None = None
    count = len(ops)
    for i, shape in enumerate(shapes):
        key = (mnemonic, bits, count, i, shape)
        accepting = _ACCEPTING.get(key)
        if accepting is None:
            op, val = ops[i], vals[i]
            accepting = _ACCEPTING[key] = frozenset(
                [
                    f.code
                    for f in _forms_in_mode(mnemonic, bits, count)
                    if _fits(f.kinds[i], f, op, val, bits, shape)
                ]
            )
        codes = accepting if codes is None else codes & accepting
    if codes is None:
        return list(forms)
    return [f for f in forms if f.code in codes]


#: :func:`_fits`' answers, by what they depend on: the operand kind, the shape
#: of the operand and what the form adds (see there).
_FITS: dict[tuple[Any, ...], bool] = {}


def _fits(
    kind: str, form: Form, op: Operand, val: Value | None, bits: int, shape: tuple[Any, ...]
) -> bool:
    """Whether an operand of this shape fits a form's operand of this kind (each
    answer found once: many forms share a kind)."""
    if isinstance(op, RegOp):
        key: tuple[Any, ...] = (kind, shape)
    elif isinstance(op, MemOp):
        key = (kind, shape, bits, form.code in FAR_MEM, form.mem_size)
    elif isinstance(op, ImmOp):
        key = (kind, shape, form.operand_size)
    else:
        return False
    ok = _FITS.get(key)
    if ok is None:
        ok = _FITS[key] = _operand_ok(kind, form, op, val, bits)
    return ok


def _operand_ok(kind: str, form: Form, op: Operand, val: Value | None, bits: int) -> bool:
    """Whether an operand fits a form's operand of this kind."""
    if isinstance(op, RegOp):
        return _reg_ok(kind, op.reg)
    if isinstance(op, MemOp):
        return _mem_ok(kind, form, op, bits)
    if isinstance(op, ImmOp):
        assert val is not None
        return _imm_ok(kind, form, op, val, bits)
    return False


def _imm_class(val: Value | None) -> tuple[Any, ...]:
    if val is None:
        return ()
    v = val.value
    if val.unknown and not val.reloc and isinstance(v, int):
        return ("u",)  # (a name not seen yet: see _imm_ok)
    if val.unknown or val.reloc or not isinstance(v, int):
        return ("r",)
    return _number_class(v)


@cache
def _number_class(v: int) -> tuple[Any, ...]:
    """The ranges a number is in, as the immediate forms tell them apart."""
    return (
        v == 1,
        (v & 0xFFFF) < 0x80 or (v & 0xFFFF) >= 0xFF80,
        (v & 0xFFFFFFFF) < 0x80 or (v & 0xFFFFFFFF) >= 0xFFFFFF80,
        -128 <= to_signed64(v) < 128,
        -(1 << 31) <= to_signed64(v) < (1 << 31),
    )


#: The registers the forms name (``add al, imm8``, ``in al, dx``, ``fadd st0, st(i)``...)
#: or a rule of ours tells apart; any other register matches as its class and size.
_NAMED_REGISTERS = {"al", "ax", "eax", "rax", "cl", "dx", "cs", "ds", "es", "ss", "fs", "gs", "st0"}


#: Each register's shape (see :func:`_shape`), by name.
_REG_SHAPES: dict[str, tuple[Any, ...]] = {}


def _shape(op: Operand, val: Value | None) -> tuple[Any, ...]:
    """What the forms an operand fits, and their lengths against one another, depend
    on: a register's name or class and size; a memory operand's size, far pointer,
    vector index and, for an address alone (no base or index), its size; an
    immediate's size, strictness and ranges (see :func:`_imm_class`). The rest of a
    memory operand (which registers, the displacement) gives every form the same
    bytes."""
    if isinstance(op, RegOp):
        reg = op.reg
        shape = _REG_SHAPES.get(reg.name)
        if shape is None:
            named = reg.name in _NAMED_REGISTERS
            shape = _REG_SHAPES[reg.name] = (reg.name,) if named else (reg.cls, reg.size)
        return shape
    if isinstance(op, MemOp):
        index = op.index
        if index is None:
            alone = op.base is None
            return ("m", op.size, op.far, "", alone, op.disp_size if alone else 0)
        vector = index.cls if index.cls in ("xmm", "ymm") else ""
        return ("m", op.size, op.far, vector, False, 0)
    if isinstance(op, ImmOp):
        return ("i", op.size, op.strict, *_imm_class(val))
    return ("f",)


_SELECT_CACHE: dict[tuple[Any, ...], list[Form] | LineError] = {}


#: The form that won for a shape of operands (see :func:`encode_forms`).
_WINNERS: dict[tuple[Any, ...], Form] = {}


def select(
    mnemonic: str, ops: list[Operand], vals: list[Value | None], bits: int, prefixes: Prefixes
) -> tuple[tuple[Any, ...], list[Form]]:
    """The forms an instruction may take, and what they depend on (its key): the
    operands' shapes."""
    shapes = tuple([_shape(o, v) for o, v in zip(ops, vals, strict=True)])
    key = (mnemonic, bits, prefixes.opsize, prefixes.addrsize, *shapes)
    cached = _SELECT_CACHE.get(key)
    if cached is None:
        try:
            cached = _select_uncached(mnemonic, ops, vals, bits, prefixes, shapes)
        except LineError as err:
            cached = err
        _SELECT_CACHE[key] = cached
    if isinstance(cached, LineError):
        raise LineError(cached.message, cached.severity)
    return key, cached


@cache
def _forms_in_mode(mnemonic: str, bits: int, count: int) -> list[Form]:
    """The forms of ``mnemonic`` with ``count`` operands that exist in the mode."""
    mode = MODE_INDEX[bits]
    return [f for f in forms_for(mnemonic) if f.modes[mode] and len(f.kinds) == count]


def _select_uncached(
    mnemonic: str,
    ops: list[Operand],
    vals: list[Value | None],
    bits: int,
    prefixes: Prefixes,
    shapes: tuple[tuple[Any, ...], ...],
) -> list[Form]:
    forms = _forms_in_mode(mnemonic, bits, len(ops))
    if prefixes.opsize:
        sized = [f for f in forms if f.operand_size == prefixes.opsize]
        if sized:
            forms = sized
    if prefixes.addrsize:
        sized = [f for f in forms if f.address_size == prefixes.addrsize]
        if sized:
            forms = sized
    matches = _matching(forms, mnemonic, ops, vals, bits, shapes)
    if (
        bits == 64
        and mnemonic in ("call", "jmp")
        and matches
        and all(f.operand_size == 16 and f.code not in FAR_MEM for f in matches)
    ):  # (NASM: no 16-bit near call or jmp in 64-bit code)
        raise LineError("instruction not supported in 64-bit mode")
    if mnemonic == "movsxd" and isinstance(ops[0], RegOp) and ops[0].reg.size != 8:
        return []  # (NASM's movsxd writes a 64-bit register only)
    if not matches or (len(matches) == 1 and mnemonic not in _MAY_REFUSE):
        return matches  # (the rules below choose among forms, and keep one alone)
    if (
        any(isinstance(o, MemOp) and not o.size for o in ops)
        and (mnemonic == "nop" or any(isinstance(o, ImmOp) and not o.size for o in ops))
        and not any(isinstance(o, RegOp) for o in ops)
        and len({f.operand_size for f in matches} - {0}) > 1
    ):  # (NASM picks no operand size for memory and a number alone, `bt [x], 1', or for
        # `nop [x]'; it does for the x87 environment's `fldenv [x]' and the like)
        raise LineError("operation size not specified")
    if not prefixes.addrsize:
        matches = [f for f in matches if f.address_size in (0, bits)] or matches
    if bits == 64 and any(
        isinstance(o, MemOp) and o.disp_size == 8 and o.base is None and o.index is None
        for o in ops
    ):  # `[qword addr]': a moffs form where there is one (NASM ignores the size else)
        matches = [f for f in matches if "mem_offs" in f.kinds] or matches
    last = ops[-1] if ops else None
    if mnemonic in ("movzx", "movsx") and isinstance(ops[0], RegOp) and ops[0].reg.size == 2:
        matches = [f for f in matches if not f.kinds[1].startswith("r16")]
    if mnemonic in _OWORD_DEFAULT and isinstance(last, MemOp) and not last.size:
        matches = [f for f in matches if f.mem_size == 16] or matches
    if mnemonic in _DWORD_DEFAULT and isinstance(last, MemOp) and not last.size:
        matches = [f for f in matches if f.mem_size == 4] or matches
    if fpu_st0_st0(mnemonic, ops):
        matches = [f for f in matches if f.kinds[1] == "st0"] or matches
    if prefer_memory_form(mnemonic, ops):
        matches = [f for f in matches if "r64_or_mem" not in f.kinds] or matches
    if bits == 64 and any(isinstance(o, MemOp) and o.far and not o.size for o in ops):
        matches = [f for f in matches if f.operand_size == 64] or matches
    if (
        bits == 64
        and mnemonic == "xchg"
        and all(isinstance(o, RegOp) and o.reg.name == "eax" for o in ops)
    ):
        matches = [f for f in matches if "opcode" not in " ".join(f.kinds) and "eax" not in f.kinds]
    if not matches:
        return matches
    determined = prefixes.opsize or any(
        (isinstance(o, RegOp) and o.reg.cls == "gpr") or (isinstance(o, (MemOp, ImmOp)) and o.size)
        for o in ops
    )
    if not determined and ops:
        default = 16 if bits == 16 else 32
        preferred = [
            f
            for f in matches
            if f.operand_size in (0, default) or (bits == 64 and f.operand_size == 64)
        ]
        matches = preferred or matches
    if (
        mnemonic == "mov"
        and len(ops) == 2
        and isinstance(ops[1], ImmOp)
        and not ops[1].strict
        and isinstance(ops[0], RegOp)
        and ops[0].reg.size == 8
        and vals[1] is not None
        and (vals[1].reloc or vals[1].unknown or isinstance(vals[1].value, Reloc))
    ):
        matches = [f for f in matches if f.kinds[1] == "imm64"] or matches
    mems = [o for o in ops if isinstance(o, MemOp)]
    if mems and not mems[0].size and mnemonic in ("push", "pop") and not mems[0].far:
        raise LineError("operation size not specified")  # (NASM takes no default here)
    if mems and not mems[0].size:
        sizes = {f.mem_size for f in matches}
        if len(sizes) > 1 and not any(isinstance(o, RegOp) for o in ops):
            raise LineError("operation size not specified")
        if len(sizes) > 1:
            raise LineError("operation size not specified")
    if not ops and not prefixes.opsize:
        default = 16 if bits == 16 else 32
        preferred = [f for f in matches if f.operand_size in (0, default)]
        if not preferred and bits == 64:
            preferred = [f for f in matches if f.operand_size == 64]
        matches = preferred or matches
    return matches


def _sort_key(form: Form, length: int, regs_only: bool) -> tuple[int, int, int, int]:
    sex8 = 0 if any(k.startswith("imm8sex") for k in form.kinds) else 1
    # NASM's VEX moves between registers take the load form, even if longer.
    load = 0 if not (form.is_vex and regs_only) or form.kinds[0].endswith("_reg") else 1
    return (load, length, sex8, form.code)


def encode_forms(
    mnemonic: str,
    ops: list[Operand],
    vals: list[Value | None],
    bits: int,
    ip: int,
    prefixes: Prefixes,
    default_rel: bool,
    extra: bytes,
) -> tuple[bytes, list[Fixup]] | None:
    key, matches = select(mnemonic, ops, vals, bits, prefixes)
    if len(matches) == 1:  # (most lines: no choice to make)
        form = matches[0]
        if form.kinds[:1] == ("mem_offs",) and prefixes.rep in ("xacquire", "xrelease"):
            return None  # NASM's NOHLE forms: a MOV to a plain address takes ModRM
        instr, relocs = build(form, ops, vals, bits, ip + len(extra), default_rel)
        if prefixes.rep or prefixes.lock or prefixes.seg:
            apply_prefixes(instr, prefixes)
        data = run_encoder(instr, bits, ip + len(extra))
        if form.plain_fields:
            note_bounds(form, vals)
        return finish(data, relocs, extra, bits, form.mandatory)
    # Which form wins depends on the shapes alone: the registers, the kind of memory
    # operand and the immediates' ranges give every candidate its length, and a
    # displacement or a segment adds the same bytes to all of them. So the winner of
    # an earlier line of the same shape is encoded alone (all of them again if it
    # fails now).
    winner_key = (
        key,
        *[o.reg.name for o in ops if isinstance(o, RegOp)],
        prefixes.rep,
        prefixes.lock,
        prefixes.seg,
        default_rel,
        extra,
        *[(o.rel, o.seg) for o in ops if isinstance(o, MemOp)],
    )
    winner = _WINNERS.get(winner_key)
    if winner is not None:
        with contextlib.suppress(LineError):
            made = _encode_form(winner, ops, vals, bits, ip, prefixes, default_rel, extra)
            if made is not None and winner.plain_fields:
                note_bounds(winner, vals)
            return made
    best: tuple[bytes, list[Fixup]] | None = None
    best_key: tuple[int, int, int, int] | None = None
    best_form: Form | None = None
    regs_only = len(ops) >= 2 and all(isinstance(o, RegOp) for o in ops[:2])
    error: LineError | None = None
    for form in matches:
        if prefixes.rep in ("xacquire", "xrelease") and form.kinds[:1] == ("mem_offs",):
            continue  # NASM's NOHLE forms: a MOV to a plain address takes ModRM
        instr, relocs = build(form, ops, vals, bits, ip + len(extra), default_rel)
        apply_prefixes(instr, prefixes)
        try:
            data = run_encoder(instr, bits, ip + len(extra))
        except LineError as err:
            error = err
            continue
        sort_key = _sort_key(form, len(data), regs_only)
        if best_key is None or sort_key < best_key:
            best = finish(data, relocs, extra, bits, form.mandatory)
            best_key = sort_key
            best_form = form
    if best is None and error is not None:
        raise error
    if best_form is not None:
        if best_form.plain_fields:
            note_bounds(best_form, vals)
        if error is None:
            _WINNERS[winner_key] = best_form
    return best


def _encode_form(
    form: Form,
    ops: list[Operand],
    vals: list[Value | None],
    bits: int,
    ip: int,
    prefixes: Prefixes,
    default_rel: bool,
    extra: bytes,
) -> tuple[bytes, list[Fixup]] | None:
    """The instruction in one form (None for a form NASM would not take here)."""
    if prefixes.rep in ("xacquire", "xrelease") and form.kinds[:1] == ("mem_offs",):
        return None  # NASM's NOHLE forms: a MOV to a plain address takes ModRM
    instr, relocs = build(form, ops, vals, bits, ip + len(extra), default_rel)
    apply_prefixes(instr, prefixes)
    data = run_encoder(instr, bits, ip + len(extra))
    return finish(data, relocs, extra, bits, form.mandatory)


def _operand_word(op: Operand) -> str:
    if isinstance(op, RegOp):
        return op.reg.name
    if isinstance(op, MemOp):
        return "memory" if not op.size else f"{op.size * 8}-bit memory"
    if isinstance(op, ImmOp):
        return "immediate"
    return "far pointer"


def mismatch_message(mnemonic: str, ops: list[Operand], bits: int) -> str:
    words = ", ".join(_operand_word(o) for o in ops) or "no operands"
    mode = MODE_INDEX[bits]
    if not any(f.modes[mode] for f in forms_for(mnemonic)):
        return f"instruction not supported in {bits}-bit mode"
    return f"invalid combination of opcode and operands: `{mnemonic}' with {words}"
