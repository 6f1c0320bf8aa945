"""Building iced-x86 instructions from our operands, and running its encoder.

Also the small records the encoder trades in: :class:`Prefixes` written before a
mnemonic, an operand's evaluated :class:`Value`, and the :class:`Fixup` of a field
the linker must fill.
"""

from __future__ import annotations

from typing import Any

import iced_x86 as iced

from longmode.asm.diagnostics import LineError
from longmode.asm.expr import Reloc, to_signed64
from longmode.asm.nasm_rules import (
    reorder_prefixes,
)
from longmode.asm.operands import MemOp, Operand, RegOp
from longmode.asm.optable import REGISTERS, Form
from longmode.asm.records import Record

REG_NONE = iced.Register.NONE

_RIP = iced.Register.RIP

_ENCODERS = {bits: iced.Encoder(bits) for bits in (16, 32, 64)}

IMM_KINDS = {
    "imm8": 1, "imm16": 2, "imm32": 4, "imm64": 8, "imm8sex16": 1, "imm8sex32": 1,
    "imm8sex64": 1, "imm32sex64": 4, "imm8_const_1": 1,
}  # fmt: skip

SEG_PREFIX = {"es": 0x26, "cs": 0x2E, "ss": 0x36, "ds": 0x3E, "fs": 0x64, "gs": 0x65}


class Fixup(Record):
    """A field of the encoded bytes whose value the linker must supply."""

    __slots__ = ("offset", "pc_adjust", "pcrel", "signed", "size", "target", "where")
    offset: int
    size: int
    pcrel: bool
    target: Reloc
    signed: bool
    pc_adjust: int  # bytes from the field to the end of the instruction
    where: tuple[str, int] | None  # the source line, for errors found at output

    def __init__(
        self,
        offset: int,
        size: int,
        pcrel: bool,
        target: Reloc,
        signed: bool = False,
        pc_adjust: int = 0,
        where: tuple[str, int] | None = None,
    ) -> None:
        self.offset = offset
        self.size = size
        self.pcrel = pcrel
        self.target = target
        self.signed = signed
        self.pc_adjust = pc_adjust
        self.where = where


class Prefixes(Record):
    """Prefixes written before the mnemonic (``rep``, ``lock``, ``o16``, ``a32``, ``fs``...)."""

    __slots__ = ("addrsize", "lock", "opsize", "rep", "seg")
    rep: str
    lock: bool
    opsize: int
    addrsize: int
    seg: str

    def __init__(
        self, rep: str = "", lock: bool = False, opsize: int = 0, addrsize: int = 0, seg: str = ""
    ) -> None:
        self.rep = rep
        self.lock = lock
        self.opsize = opsize
        self.addrsize = addrsize
        self.seg = seg


class Value(Record):
    """An evaluated operand expression; ``unknown`` marks a forward reference."""

    __slots__ = ("reloc", "unknown", "value")
    value: int | Reloc
    unknown: bool
    reloc: bool  # derived from a label: NASM keeps full-size fields for it

    def __init__(self, value: int | Reloc, unknown: bool, reloc: bool = False) -> None:
        self.value = value
        self.unknown = unknown
        self.reloc = reloc


def _mem_operand(
    mem: MemOp, val: Value, bits: int, ip: int, default_rel: bool
) -> tuple[iced.MemoryOperand, Reloc | None, bool]:
    """The iced memory operand, the relocation of its displacement, and whether RIP-relative."""
    base = mem.base.reg if mem.base is not None else REG_NONE
    index = mem.index.reg if mem.index is not None else REG_NONE
    seg = mem.seg.reg if mem.seg is not None else REG_NONE
    reg = mem.base or mem.index
    reg_size = reg.size if reg is not None and reg.cls == "gpr" else 0
    v = val.value
    reloc = v if isinstance(v, Reloc) else None
    rip = (
        bits == 64
        and mem.base is None
        and mem.index is None
        and (
            mem.rel is True
            or (
                mem.rel is None
                and default_rel
                and not (mem.seg is not None and mem.seg.name in ("fs", "gs"))
            )
        )
    )
    if rip:
        if reloc is not None or val.unknown:
            return iced.MemoryOperand(_RIP, displ=ip, displ_size=8, seg=seg), reloc, True
        assert isinstance(v, int)
        return iced.MemoryOperand(_RIP, displ=to_signed64(v), displ_size=8, seg=seg), None, True
    full = 2 if reg_size == 2 or (reg_size == 0 and bits == 16) else 4
    if reg is None and bits != 64 and mem.disp_size in (2, 4):
        # `[dword addr]' in 16-bit code, `[word addr]' in 32-bit code: NASM takes the
        # displacement's size for the address size (a 67h prefix), as a32 or a16 would
        full = mem.disp_size
    if reloc is not None or (val.unknown and mem.disp_size != 1):
        displ, size = 0, full
    elif val.reloc and mem.disp_size != 1:
        assert isinstance(v, int)
        displ, size = v & ((1 << (8 * full)) - 1), full
        if bits == 64 and displ >> 31:  # sign-extended to 64 bits (an address near 2^64)
            displ -= 1 << 32
    else:
        assert isinstance(v, int)
        mask = (1 << (8 * full)) - 1
        x = v & mask
        displ = x - (mask + 1) if x >> (8 * full - 1) else x
        if mem.disp_size:
            size = 1 if mem.disp_size == 1 else full
            if size == 1 and not -0x80 <= displ <= 0x7F:  # NASM cuts it, with a warning
                displ = ((displ + 0x80) & 0xFF) - 0x80
                if reg is not None:  # (`[byte addr]' alone: the size is ignored)
                    BOUNDS.append(exceeds_bounds(1))
        elif mem.base is None:
            size = full
        elif displ == 0:
            size = 0
        else:
            size = 1
    if full == 2 and size == 2:
        displ &= 0xFFFF
    if mem.disp_size == 8 and bits == 64 and mem.base is None and mem.index is None:
        # `[qword addr]': a 64-bit address (moffs), or its relocation's field
        size, displ = 8, to_signed64(v) if isinstance(v, int) and reloc is None else 0
    if size == 4 and bits == 64 and reg_size in (0, 8) and (reg_size == 8 or mem.base is None):
        size = 8
    return iced.MemoryOperand(base, index, mem.scale, displ, size, False, seg), reloc, False


#: NASM's "byte/word/dword data exceeds bounds" for the immediates of the instruction
#: last encoded, in operand order (the layout reads and clears it around each line).
BOUNDS: list[str] = []

_WIDTH_WORDS = {1: "byte", 2: "word", 4: "dword"}


def exceeds_bounds(width: int) -> str:
    """NASM's warning for a number a field of ``width`` bytes cuts (an immediate, a
    byte displacement, or data: each by its own rule of what fits)."""
    return f"{_WIDTH_WORDS[width]} data exceeds bounds"


def note_bounds(form: Form, vals: list[Value | None]) -> None:
    """Note, in :data:`BOUNDS`, each immediate of the form's plain fields that its field
    cuts: NASM's rule, a number below -2**(8n) or above 2**(8n)-1 for n bytes (so
    ``mov al, -129`` passes and ``mov al, 300`` does not). (A byte displacement a signed
    byte does not hold is noted where it is cut, in :func:`_mem_operand`.) The callers
    call it for forms with such fields only."""
    for i, width in form.plain_fields:
        val = vals[i]
        if val is None or val.unknown or val.reloc or not isinstance(val.value, int):
            continue
        v = to_signed64(val.value)
        if not -(1 << (8 * width)) <= v < 1 << (8 * width):
            BOUNDS.append(exceeds_bounds(width))


#: How iced-x86 takes an immediate of each kind: the type in the name of its
#: ``Instruction.create_*`` method, the bits of the field, and its sign bit (0 when
#: unsigned). Other kinds: a 32-bit field.
_IMM_ARGS = {
    "imm64": ("u64", (1 << 64) - 1, 0),
    "imm8sex16": ("i32", 0xFF, 0x80),
    "imm8sex32": ("i32", 0xFF, 0x80),
    "imm8sex64": ("i32", 0xFF, 0x80),
    "imm32sex64": ("i32", 0xFFFFFFFF, 1 << 31),
    **{
        kind: ("u32", (1 << (8 * width)) - 1, 0)
        for kind, width in IMM_KINDS.items()
        if kind not in ("imm64", "imm8sex16", "imm8sex32", "imm8sex64", "imm32sex64")
    },
}
_IMM_32 = ("u32", 0xFFFFFFFF, 0)


def build(
    form: Form,
    ops: list[Operand],
    vals: list[Value | None],
    bits: int,
    ip: int,
    default_rel: bool,
) -> tuple[iced.Instruction, list[tuple[str, Reloc, str, bool]]]:
    parts: list[str] = []
    args: list[Any] = []
    relocs: list[tuple[str, Reloc, str, bool]] = []
    for kind, op, val in zip(form.kinds, ops, vals, strict=True):
        if isinstance(op, RegOp):
            parts.append("reg")
            args.append(op.reg.reg)
        elif isinstance(op, MemOp):
            assert val is not None
            mem, reloc, rip = _mem_operand(op, val, bits, ip, default_rel)
            parts.append("mem")
            args.append(mem)
            if reloc is not None:
                relocs.append(("disp", reloc, kind, rip))
        else:
            assert val is not None
            v = val.value
            if isinstance(v, Reloc):
                relocs.append(("imm", v, kind, False))
                v = 0
            if kind == "imm8_const_1" and val.unknown:
                v = 1  # (a name not seen yet, taken as fitting: see select._imm_ok)
            part, mask, sign = _IMM_ARGS.get(kind, _IMM_32)
            v &= mask
            parts.append(part)
            args.append(v - (mask + 1) if v & sign else v)
    creator = _CREATORS.get(tuple(parts))
    if creator is None:
        name = "_".join(["create", *parts]) if parts else "create"
        creator = _CREATORS[tuple(parts)] = getattr(iced.Instruction, name)
    return creator(form.code, *args), relocs


#: iced-x86's ``Instruction.create_reg_mem``... by the kinds of their operands.
_CREATORS: dict[tuple[str, ...], Any] = {}


def prefix_bytes(prefixes: Prefixes, bits: int) -> bytes:
    """The bytes of prefixes written alone on a line, as NASM writes them."""
    out = bytearray()
    if prefixes.rep:
        out.append(0xF2 if prefixes.rep in ("repne", "repnz", "xacquire") else 0xF3)
    if prefixes.lock:
        out.append(0xF0)
    if prefixes.seg:
        out.append(SEG_PREFIX[prefixes.seg])
    if prefixes.opsize and prefixes.opsize != (16 if bits == 16 else 32):
        out.append(0x66)
    if bits == 64 and prefixes.addrsize == 16:
        raise LineError("impossible combination of address sizes")
    if prefixes.addrsize and prefixes.addrsize != bits:
        out.append(0x67)
    return reorder_prefixes(bytes(out), False)


def apply_prefixes(instr: iced.Instruction, prefixes: Prefixes) -> None:
    if prefixes.rep in ("rep", "repe", "repz", "xrelease"):
        instr.has_rep_prefix = True
    elif prefixes.rep in ("repne", "repnz", "xacquire"):
        instr.has_repne_prefix = True
    if prefixes.lock:
        instr.has_lock_prefix = True
    if prefixes.seg:
        instr.segment_prefix = REGISTERS[prefixes.seg].reg


def run_encoder(instr: iced.Instruction, bits: int, ip: int) -> bytes:
    """The bytes of ``instr`` at ``ip`` (where its fields are, see :func:`finish`)."""
    encoder = _ENCODERS[bits]
    try:
        encoder.encode(instr, ip & ((1 << 64) - 1))
    except (ValueError, OverflowError) as err:
        encoder.take_buffer()
        raise LineError(f"cannot encode this instruction: {err}") from None
    return bytes(encoder.take_buffer())


def finish(
    data: bytes,
    relocs: list[tuple[str, Reloc, str, bool]],
    extra: bytes,
    bits: int,
    mandatory: bool = False,
) -> tuple[bytes, list[Fixup]]:
    """The bytes and fixups of the instruction :func:`run_encoder` encoded last."""
    if not relocs:
        return reorder_prefixes(extra + data if extra else data, mandatory), []
    offsets = _ENCODERS[bits].get_constant_offsets()  # (of the last one encoded)
    fixups: list[Fixup] = []
    buf = bytearray(data)
    for where, reloc, kind, rip in relocs:
        if where == "disp":
            off, size = offsets.displacement_offset, offsets.displacement_size
            if rip:
                size = 4
                buf[off : off + 4] = b"\0\0\0\0"
        else:
            off, size = offsets.immediate_offset, offsets.immediate_size
        signed = kind == "imm32sex64" or (where == "disp" and bits == 64)
        fixups.append(Fixup(off + len(extra), size, rip, reloc, signed, len(data) - off))
    return reorder_prefixes(extra + bytes(buf), mandatory), fixups


def address_prefix(
    encoded: tuple[bytes, list[Fixup]], prefixes: Prefixes, bits: int
) -> tuple[bytes, list[Fixup]]:
    """Add the 0x67 an explicit ``a16``/``a32`` asks for, unless the encoding has it."""
    data, fixups = encoded
    if not prefixes.addrsize or prefixes.addrsize == bits:
        return encoded
    n = 0
    while n < len(data) and data[n] in (
        0x66,
        0x67,
        0xF2,
        0xF3,
        0xF0,
        0x26,
        0x2E,
        0x36,
        0x3E,
        0x64,
        0x65,
    ):
        if data[n] == 0x67:
            return encoded
        n += 1
    for f in fixups:
        f.offset += 1
    if data[:1] in (b"\xf2", b"\xf3"):  # a mandatory prefix stays next to the opcode
        return b"\x67" + data, fixups
    return reorder_prefixes(b"\x67" + data, False), fixups
