"""Relocations: the value each x86-64 or i386 relocation type writes, checked to fit,
and the GOT-load relaxations GNU ld and lld perform.

Formulas: the x86-64 psABI (§4.4, table 4.9) and the i386 psABI (table 4.3), in
their letters: S the symbol's value, A the addend, P the place (address of the
field), G the symbol's GOT slot's offset in the GOT, GOT the GOT's address, Z the
symbol's size. A static executable has no PLT: ``L`` is S.
"""

from __future__ import annotations

import struct
from collections.abc import Callable
from typing import NamedTuple

from longmode.link.model import EM_386, EM_X86_64, InputSection, LinkError

# x86-64 relocation types.
R_X86_64_NONE, R_X86_64_64, R_X86_64_PC32, R_X86_64_GOT32, R_X86_64_PLT32 = 0, 1, 2, 3, 4
R_X86_64_GOTPCREL, R_X86_64_32, R_X86_64_32S, R_X86_64_16, R_X86_64_PC16 = 9, 10, 11, 12, 13
R_X86_64_8, R_X86_64_PC8, R_X86_64_PC64, R_X86_64_GOTOFF64, R_X86_64_GOTPC32 = 14, 15, 24, 25, 26
R_X86_64_GOT64, R_X86_64_GOTPCREL64, R_X86_64_GOTPC64 = 27, 28, 29
R_X86_64_SIZE32, R_X86_64_SIZE64 = 32, 33
R_X86_64_GOTPCRELX, R_X86_64_REX_GOTPCRELX = 41, 42
R_X86_64_RELATIVE = 8

# i386 relocation types.
R_386_NONE, R_386_32, R_386_PC32, R_386_GOT32, R_386_PLT32 = 0, 1, 2, 3, 4
R_386_GOTOFF, R_386_GOTPC, R_386_16, R_386_PC16, R_386_8, R_386_PC8 = 9, 10, 20, 21, 22, 23
R_386_GOT32X = 43

#: Names for messages, by machine and type.
NAMES = {
    EM_X86_64: {
        0: "R_X86_64_NONE", 1: "R_X86_64_64", 2: "R_X86_64_PC32", 3: "R_X86_64_GOT32",
        4: "R_X86_64_PLT32", 5: "R_X86_64_COPY", 6: "R_X86_64_GLOB_DAT",
        7: "R_X86_64_JUMP_SLOT", 8: "R_X86_64_RELATIVE", 9: "R_X86_64_GOTPCREL",
        10: "R_X86_64_32", 11: "R_X86_64_32S", 12: "R_X86_64_16", 13: "R_X86_64_PC16",
        14: "R_X86_64_8", 15: "R_X86_64_PC8", 16: "R_X86_64_DTPMOD64",
        17: "R_X86_64_DTPOFF64", 18: "R_X86_64_TPOFF64", 19: "R_X86_64_TLSGD",
        20: "R_X86_64_TLSLD", 21: "R_X86_64_DTPOFF32", 22: "R_X86_64_GOTTPOFF",
        23: "R_X86_64_TPOFF32", 24: "R_X86_64_PC64", 25: "R_X86_64_GOTOFF64",
        26: "R_X86_64_GOTPC32", 27: "R_X86_64_GOT64", 28: "R_X86_64_GOTPCREL64",
        29: "R_X86_64_GOTPC64", 32: "R_X86_64_SIZE32", 33: "R_X86_64_SIZE64",
        34: "R_X86_64_GOTPC32_TLSDESC", 35: "R_X86_64_TLSDESC_CALL", 36: "R_X86_64_TLSDESC",
        37: "R_X86_64_IRELATIVE", 41: "R_X86_64_GOTPCRELX", 42: "R_X86_64_REX_GOTPCRELX",
    },
    EM_386: {
        0: "R_386_NONE", 1: "R_386_32", 2: "R_386_PC32", 3: "R_386_GOT32", 4: "R_386_PLT32",
        9: "R_386_GOTOFF", 10: "R_386_GOTPC", 14: "R_386_TLS_TPOFF", 20: "R_386_16",
        21: "R_386_PC16", 22: "R_386_8", 23: "R_386_PC8", 43: "R_386_GOT32X",
    },
}  # fmt: skip

#: x86-64 types whose instruction GNU ld may rewrite not to use the GOT.
X86_64_RELAXABLE = frozenset({R_X86_64_GOTPCREL, R_X86_64_GOTPCRELX, R_X86_64_REX_GOTPCRELX})
#: x86-64 types that need a GOT slot for their symbol (unless relaxed).
X86_64_GOT_TYPES = frozenset(
    {R_X86_64_GOT32, R_X86_64_GOTPCREL, R_X86_64_GOTPCRELX, R_X86_64_REX_GOTPCRELX,
     R_X86_64_GOT64, R_X86_64_GOTPCREL64}
)  # fmt: skip
#: x86-64 types that need the GOT's address (GOTOFF, GOTPC).
X86_64_GOT_BASE_TYPES = frozenset(
    {R_X86_64_GOTOFF64, R_X86_64_GOTPC32, R_X86_64_GOTPC64} | X86_64_GOT_TYPES
)
I386_GOT_TYPES = frozenset({R_386_GOT32, R_386_GOT32X})
I386_GOT_BASE_TYPES = frozenset({R_386_GOTOFF, R_386_GOTPC}) | I386_GOT_TYPES


def type_name(machine: int, kind: int) -> str:
    return NAMES.get(machine, {}).get(kind, f"relocation type {kind}")


class Field(NamedTuple):
    """How a relocation type writes: its width in bytes and how the value must fit:
    "u" unsigned (zero-extended), "s" signed (sign-extended), "any" either (a
    truncating field, checked to fit as signed or unsigned), "none" nothing."""

    size: int
    fit: str


_X86_64_FIELDS = {
    R_X86_64_NONE: Field(0, "none"),
    R_X86_64_64: Field(8, "any"),
    R_X86_64_PC32: Field(4, "s"),
    R_X86_64_GOT32: Field(4, "s"),
    R_X86_64_PLT32: Field(4, "s"),
    R_X86_64_GOTPCREL: Field(4, "s"),
    R_X86_64_32: Field(4, "u"),
    R_X86_64_32S: Field(4, "s"),
    R_X86_64_16: Field(2, "any"),
    R_X86_64_PC16: Field(2, "s"),
    R_X86_64_8: Field(1, "any"),
    R_X86_64_PC8: Field(1, "s"),
    R_X86_64_PC64: Field(8, "any"),
    R_X86_64_GOTOFF64: Field(8, "any"),
    R_X86_64_GOTPC32: Field(4, "s"),
    R_X86_64_GOT64: Field(8, "any"),
    R_X86_64_GOTPCREL64: Field(8, "any"),
    R_X86_64_GOTPC64: Field(8, "any"),
    R_X86_64_SIZE32: Field(4, "u"),
    R_X86_64_SIZE64: Field(8, "any"),
    R_X86_64_GOTPCRELX: Field(4, "s"),
    R_X86_64_REX_GOTPCRELX: Field(4, "s"),
}
_I386_FIELDS = {
    R_386_NONE: Field(0, "none"),
    R_386_32: Field(4, "any"),
    R_386_PC32: Field(4, "any"),
    R_386_GOT32: Field(4, "any"),
    R_386_PLT32: Field(4, "any"),
    R_386_GOTOFF: Field(4, "any"),
    R_386_GOTPC: Field(4, "any"),
    R_386_16: Field(2, "any"),
    R_386_PC16: Field(2, "any"),
    R_386_8: Field(1, "any"),
    R_386_PC8: Field(1, "any"),
    R_386_GOT32X: Field(4, "any"),
}
FIELDS = {EM_X86_64: _X86_64_FIELDS, EM_386: _I386_FIELDS}


def field_of(machine: int, kind: int, where: str) -> Field:
    """The field a relocation type writes; LinkError for a type the linker does not do."""
    found = FIELDS[machine].get(kind)
    if found is None:
        raise LinkError(
            f"{where}: {type_name(machine, kind)} is not supported by longmode's linker "
            "(thread-local storage and dynamic relocations need a dynamic or TLS-aware link)"
        )
    return found


class Values(NamedTuple):
    """What a relocation's value is made of (the psABI's letters)."""

    S: int
    A: int
    P: int
    G: int = 0
    GOT: int = 0
    Z: int = 0


def value(machine: int, kind: int, v: Values) -> int:
    """The value (before fitting) a relocation of ``kind`` writes."""
    s, a, p = v.S, v.A, v.P
    if machine == EM_X86_64:
        if kind in (R_X86_64_64, R_X86_64_32, R_X86_64_32S, R_X86_64_16, R_X86_64_8):
            return s + a
        if kind in (R_X86_64_PC32, R_X86_64_PLT32, R_X86_64_PC16, R_X86_64_PC8, R_X86_64_PC64):
            return s + a - p
        if kind in (R_X86_64_GOT32, R_X86_64_GOT64):
            return v.G + a
        if kind in (R_X86_64_GOTPCREL, R_X86_64_GOTPCRELX, R_X86_64_REX_GOTPCRELX,
                    R_X86_64_GOTPCREL64):  # fmt: skip
            return v.G + v.GOT + a - p
        if kind == R_X86_64_GOTOFF64:
            return s + a - v.GOT
        if kind in (R_X86_64_GOTPC32, R_X86_64_GOTPC64):
            return v.GOT + a - p
        if kind in (R_X86_64_SIZE32, R_X86_64_SIZE64):
            return v.Z + a
        return 0
    if kind in (R_386_32, R_386_16, R_386_8):
        return s + a
    if kind in (R_386_PC32, R_386_PLT32, R_386_PC16, R_386_PC8):
        return s + a - p
    if kind in (R_386_GOT32, R_386_GOT32X):
        return v.G + a
    if kind == R_386_GOTOFF:
        return s + a - v.GOT
    if kind == R_386_GOTPC:
        return v.GOT + a - p
    return 0


def wrap(number: int, bits: int) -> int:
    """``number`` as the machine's address arithmetic sees it: modulo 2**bits, signed."""
    number &= (1 << bits) - 1
    return number - (1 << bits) if number >> (bits - 1) else number


def fits(field: Field, number: int) -> bool:
    bits = field.size * 8
    if field.fit == "u":
        return 0 <= number < 1 << bits
    if field.fit == "s":
        return -(1 << (bits - 1)) <= number < 1 << (bits - 1)
    if field.fit == "any":
        return -(1 << (bits - 1)) <= number < 1 << bits
    return True


_PACK = {
    1: struct.Struct("<B"),
    2: struct.Struct("<H"),
    4: struct.Struct("<I"),
    8: struct.Struct("<Q"),
}


def write(data: bytearray, offset: int, field: Field, number: int) -> None:
    """Writes ``number`` into the field (two's complement, truncated to its width)."""
    if field.size:
        _PACK[field.size].pack_into(data, offset, number & ((1 << (field.size * 8)) - 1))


#: The absolute types :func:`patch_pending` writes, by machine: the field's packer.
#: Packing checks the value: an unsigned 32-bit field's must fit, and a value
#: that a 64-bit (or i386's truncating 32-bit) field would wrap is left to the
#: general path, which writes it truncated.
_BULK: dict[int, dict[int, struct.Struct]] = {
    EM_X86_64: {R_X86_64_64: _PACK[8], R_X86_64_32: _PACK[4]},
    EM_386: {R_386_32: _PACK[4]},
}


#: What :func:`patch_pending` knows of a symbol: its value S, or for a section
#: symbol of a merged section (the address of each original entry's start, the
#: symbol's value, the function from A to S + A for any other place); None when
#: it is neither (PendingValue).
KnownValue = int | tuple[dict[int, int], int, Callable[[int], int]]
PendingValue = KnownValue | None


#: How :func:`patch_pending` has a symbol's value: S, where a merged section's
#: entries went, or in a dropped section (the tombstone is written).
_S_VALUE, _S_MERGED, _S_DROPPED = 0, 1, 2

#: How :func:`patch_pending` writes the relocations of one r_info: how S is given,
#: the field's ``pack_into`` and S (a merged section's entries for _S_MERGED).
PendingPlan = tuple[int, Callable[[memoryview, int, int], None], KnownValue]


def patch_pending(
    machine: int,
    section: InputSection,
    out: bytearray,
    at: int,
    plans: dict[int, PendingPlan],
    value_of: Callable[[int], PendingValue],
    tombstone: int,
    discarded: int,
) -> bool:
    """Patches a section's unread relocations (``section.pending``) into ``out``
    from ``at``, straight from their bytes, when each is an absolute R_X86_64_64
    or R_X86_64_32 (RELA) whose symbol's value ``value_of`` gives: S
    (``discarded``: in a dropped section, and ``tombstone`` is written), or for a
    section symbol of a merged section where its entries went (S + A is the
    address of the entry at the symbol's value + A). ``plans`` keeps how each
    r_info is written, for the file's other sections: a file's debug sections
    name the same few symbols (its sections', its strings'). Debug
    information's references to the sections and strings are nearly all of a
    kernel's relocations. Not for a position-independent output's loaded
    sections, whose absolute addresses need dynamic relocations.
    False at the first one that is not, or does not fit, or is bad: the caller then
    applies ``section.relocations`` one by one, which rewrites every field (the
    ones written here included) and reports what is wrong."""
    kinds = _BULK[machine]
    count = len(section.file.symbols)

    def plan_of(info: int, shift: int, mask: int) -> PendingPlan | None:
        packer = kinds.get(info & mask)
        index = info >> shift
        if packer is None or index >= count:
            return None
        s = value_of(index)
        if s is None:
            return None
        how = _S_MERGED if not isinstance(s, int) else _S_DROPPED if s == discarded else 0
        return how, packer.pack_into, s

    # The fields are packed into a view of the section's bytes alone: packing
    # fails (struct.error) for a field past the section's end or a value outside
    # the field's range, and the general path takes the section.
    with memoryview(out) as whole, whole[at : at + section.size] as place:
        try:
            for chunk in section.pending:
                if not chunk.rela:
                    return False
                shift, mask = chunk.shift, chunk.mask
                for offset, info, addend in chunk.entry.iter_unpack(chunk.raw):
                    plan = plans.get(info)
                    if plan is None:
                        plan = plan_of(info, shift, mask)
                        if plan is None:
                            return False
                        plans[info] = plan
                    how, pack, s = plan
                    if how == _S_VALUE:
                        pack(place, offset, s + addend)
                    elif how == _S_DROPPED:
                        pack(place, offset, tombstone)
                    else:
                        starts, base, entry = s  # type: ignore[misc]
                        number = starts.get(base + addend)
                        pack(place, offset, entry(addend) if number is None else number)
        except struct.error:
            return False
    return True


# --- GOT-load relaxation -----------------------------------------------------------


def relax_gotpcrelx(
    data: bytearray, offset: int, kind: int, *, address: int | None, pic: bool
) -> tuple[int, int] | None:
    """Rewrites the instruction whose 32-bit field is at ``offset`` so that it no
    longer loads the symbol's address from the GOT, as GNU ld does when the link
    resolves the symbol itself (x86-64 psABI §B.2, "Optimize GOTPCRELX
    relocations"). ``address`` is the symbol's (with the addend, less the field's
    -4), or None while it is not known yet.

    * ``call/jmp *foo@GOTPCREL(%rip)`` becomes ``addr32 call foo`` / ``jmp foo; nop``;
    * outside a PIE, when the address fits the immediate (sign-extended with
      REX.W, zero-extended without): ``mov foo@GOTPCREL(%rip), %reg`` becomes
      ``mov $foo, %reg``, and with REX_GOTPCRELX ``test`` and the binary
      operations take the address as an immediate;
    * otherwise ``mov`` becomes ``lea foo(%rip), %reg``.

    A plain R_X86_64_GOTPCREL is relaxed too, as GNU ld does it: ``mov`` to ``lea``
    only. The caller checks that the addend is -4 (the field ends the instruction).
    Returns the relocation type and field offset that now apply (the caller adds 4
    to the addend for the immediate forms), or None when the instruction cannot
    be relaxed (its GOT slot is used then)."""
    if offset < 2 or offset + 4 > len(data):
        return None
    opcode, modrm = data[offset - 2], data[offset - 1]
    if modrm & 0xC7 != 0x05:  # not a RIP-relative memory operand
        return None
    rex = data[offset - 3] if kind == R_X86_64_REX_GOTPCRELX and offset >= 3 else 0
    if kind == R_X86_64_GOTPCREL:
        # plain GOTPCREL: only mov, and only to lea ("done for a while", says ld)
        if opcode != 0x8B:
            return None
        data[offset - 2] = 0x8D
        return R_X86_64_PC32, offset
    if opcode == 0xFF and modrm in (0x15, 0x25):
        return R_X86_64_PC32, _direct_branch(data, offset, call=modrm == 0x15)
    wide = bool(rex & 0x08)
    immediate = R_X86_64_32S if wide else R_X86_64_32
    fits_immediate = (
        not pic and address is not None and fits(Field(4, "s" if wide else "u"), address)
    )
    if opcode == 0x8B and not fits_immediate:
        data[offset - 2] = 0x8D  # lea
        return R_X86_64_PC32, offset
    if not fits_immediate:
        return None
    register = (modrm >> 3) & 7
    if opcode == 0x8B:  # mov $foo, %reg
        data[offset - 2], data[offset - 1] = 0xC7, 0xC0 | register
    elif kind == R_X86_64_REX_GOTPCRELX and opcode == 0x85:  # test $foo, %reg
        data[offset - 2], data[offset - 1] = 0xF7, 0xC0 | register
    elif kind == R_X86_64_REX_GOTPCRELX and opcode & 0xC7 == 0x03:  # add/or/adc/... $foo, %reg
        data[offset - 2], data[offset - 1] = 0x81, 0xC0 | register | (opcode & 0x38)
    else:
        return None
    if rex:  # the register moves from ModRM.reg to ModRM.rm: REX.R becomes REX.B
        data[offset - 3] = (rex & ~0x05) | ((rex & 0x04) >> 2)
    return immediate, offset


def relax_got32x(data: bytearray, offset: int) -> tuple[int, int, int | None] | None:
    """Rewrites the instruction whose 32-bit field (an R_386_GOT32X) is at ``offset``
    not to load the address from the GOT, as GNU ld does in a static executable (i386
    psABI, "Optimize R_386_GOT32X"): ``mov foo@GOT(%reg1), %reg2`` becomes ``mov
    $foo, %reg2``, ``test``/``binop`` take it as an immediate, ``call/jmp
    *foo@GOT(%reg)`` become ``addr32 call foo`` / ``jmp foo; nop``. Returns the type,
    the field's offset and the addend (None: keep the relocation's) that now
    apply, or None when the instruction cannot be relaxed."""
    if offset < 2 or offset + 4 > len(data):
        return None
    opcode, modrm = data[offset - 2], data[offset - 1]
    if modrm & 0xC0 != 0x80 and modrm & 0xC7 != 0x05:  # [reg + disp32] or [disp32]
        return None
    if opcode == 0xFF and modrm & 0x38 in (0x10, 0x20):
        return R_386_PC32, _direct_branch(data, offset, call=modrm & 0x38 == 0x10), -4
    register = (modrm >> 3) & 7
    if opcode == 0x8B:
        data[offset - 2], data[offset - 1] = 0xC7, 0xC0 | register
    elif opcode == 0x85:
        data[offset - 2], data[offset - 1] = 0xF7, 0xC0 | register
    elif opcode & 0xC7 == 0x03:
        data[offset - 2], data[offset - 1] = 0x81, 0xC0 | register | (opcode & 0x38)
    else:
        return None
    return R_386_32, offset, None


def _direct_branch(data: bytearray, offset: int, *, call: bool) -> int:
    """``call *mem`` / ``jmp *mem`` whose 32-bit displacement is at ``offset``, made
    direct as GNU ld makes them: ``addr32 call rel32`` (the prefix keeps the
    length) or ``jmp rel32; nop`` (the field moves back a byte). Returns the
    field's offset now."""
    if call:
        data[offset - 2 : offset] = b"\x67\xe8"
        return offset
    data[offset - 2 : offset + 4] = b"\xe9" + bytes(data[offset : offset + 4]) + b"\x90"
    return offset - 1
