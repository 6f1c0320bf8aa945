"""Tables derived from iced-x86: registers and the instruction forms of each mnemonic.

The instruction forms are iced-x86's ``Code`` values (legacy and VEX encodings
only, as NASM emits), grouped under NASM's mnemonic spelling. They are read from
:mod:`longmode.asm.form_table`, made from iced-x86 by :func:`iced_forms` (at every
start, reading every code's OpCodeInfo took 4-6 ms, and the forms of the corpus's
mnemonics another 11 ms; the table loads in 2 ms); a test checks that it is what
the iced-x86 installed gives. The table also holds a few ``Code`` names with
their values: where the iced-x86 installed numbers them otherwise (another
version), the forms are read from it at start, as before, not from the table
(whose codes would then name other instructions). To make it again::

    python -m longmode.asm.optable > src/longmode/asm/form_table.py
    ruff format src/longmode/asm/form_table.py
"""

from __future__ import annotations

import sys
from functools import cache
from typing import Any

import iced_x86 as iced

from longmode.asm import form_table
from longmode.asm.records import Record


class RegInfo(Record):
    """A register operand: its iced-x86 value, class and size in bytes."""

    __slots__ = ("cls", "name", "reg", "size")
    name: str
    reg: int
    cls: str  # gpr, seg, cr, dr, tr, st, mm, xmm, ymm, rip, bnd
    size: int

    def __init__(self, name: str, reg: int, cls: str, size: int) -> None:
        self.name = name
        self.reg = reg
        self.cls = cls
        self.size = size


#: The immediate kinds of plain fields (neither sign-extended nor 1), by width in bytes.
_PLAIN_IMMEDIATES = {"imm8": 1, "imm16": 2, "imm32": 4}


class Form(Record):
    """One encodable form (an iced-x86 ``Code``) of a mnemonic."""

    __slots__ = (
        "address_size",
        "code",
        "is_vex",
        "kinds",
        "mandatory",
        "mem_size",
        "mnemonic",
        "modes",
        "operand_size",
        "plain_fields",
    )  # fmt: skip
    code: int
    kinds: tuple[str, ...]  # OpCodeOperandKind names, lowercase
    operand_size: int  # 0, 16, 32 or 64
    address_size: int
    mem_size: int  # bytes of the memory operand, 0 when unsized
    modes: tuple[bool, bool, bool]  # available in 16-, 32-, 64-bit mode
    is_vex: bool
    mnemonic: str
    mandatory: bool  # has a mandatory 66/F2/F3 prefix (part of the opcode)
    #: Its plain immediate fields (imm8, imm16, imm32): each operand's index and width.
    plain_fields: tuple[tuple[int, int], ...]

    def __init__(
        self,
        code: int,
        kinds: tuple[str, ...],
        operand_size: int,
        address_size: int,
        mem_size: int,
        modes: tuple[bool, bool, bool],
        is_vex: bool,
        mnemonic: str,
        mandatory: bool,
    ) -> None:
        self.code = code
        self.kinds = kinds
        self.operand_size = operand_size
        self.address_size = address_size
        self.mem_size = mem_size
        self.modes = modes
        self.is_vex = is_vex
        self.mnemonic = mnemonic
        self.mandatory = mandatory
        self.plain_fields = tuple(
            (i, _PLAIN_IMMEDIATES[k]) for i, k in enumerate(kinds) if k in _PLAIN_IMMEDIATES
        )


def _names(cls: type) -> dict[int, str]:
    return {v: k for k, v in vars(cls).items() if not k.startswith("_") and isinstance(v, int)}


def _register_table() -> dict[str, RegInfo]:
    table: dict[str, RegInfo] = {}
    for name, value in vars(iced.Register).items():
        if name.startswith("_") or not isinstance(value, int) or name == "NONE":
            continue
        ext = iced.RegisterExt
        if ext.is_gpr(value):
            cls = "gpr"
        elif ext.is_segment_register(value):
            cls = "seg"
        elif ext.is_cr(value):
            cls = "cr"
        elif ext.is_dr(value):
            cls = "dr"
        elif ext.is_tr(value):
            cls = "tr"
        elif ext.is_st(value):
            cls = "st"
        elif ext.is_mm(value):
            cls = "mm"
        elif ext.is_xmm(value):
            cls = "xmm"
        elif ext.is_ymm(value):
            cls = "ymm"
        elif ext.is_bnd(value):
            cls = "bnd"
        else:  # RIP and EIP too: NASM takes them for names (`[rip+8]' needs a label rip)
            continue
        lower = name.lower()
        table[lower] = RegInfo(lower, value, cls, ext.size(value))
    for i in range(8, 16):  # NASM spells r8l..r15l also r8b..r15b
        reg = table[f"r{i}l"]
        table[f"r{i}b"] = RegInfo(f"r{i}b", reg.reg, reg.cls, reg.size)
    return table


REGISTERS: dict[str, RegInfo] = _register_table()

# NASM names → the iced-x86 mnemonics they may stand for.
_CONDITIONS = {
    "a": "a", "ae": "ae", "b": "b", "be": "be", "c": "b", "e": "e", "g": "g", "ge": "ge",
    "l": "l", "le": "le", "na": "be", "nae": "b", "nb": "ae", "nbe": "a", "nc": "ae",
    "ne": "ne", "ng": "le", "nge": "l", "nl": "ge", "nle": "g", "no": "no", "np": "np",
    "ns": "ns", "nz": "ne", "o": "o", "p": "p", "pe": "p", "po": "np", "s": "s", "z": "e",
}  # fmt: skip

ALIASES: dict[str, tuple[str, ...]] = {
    "iret": ("iret", "iretd", "iretq"),
    "getsec": ("getsec", "getsecq"),
    "iretw": ("iret",),
    "pushf": ("pushf", "pushfd", "pushfq"),
    "popf": ("popf", "popfd", "popfq"),
    "pushfw": ("pushf",),
    "popfw": ("popf",),
    "pusha": ("pusha", "pushad"),
    "popa": ("popa", "popad"),
    "pushaw": ("pusha",),
    "popaw": ("popa",),
    "sysret": ("sysretd", "sysretq"),
    "sysexit": ("sysexitd", "sysexitq"),
    "retn": ("ret",),
    "sal": ("shl",),
    "xlat": ("xlatb",),
    "wait": ("wait",),
    "fwait": ("wait",),
    "icebp": ("int1",),
    "int01": ("int1",),  # (NASM's other names of F1 and CC)
    "int03": ("int3",),
    "fsetpm": ("fnsetpm",),
    "loopz": ("loope",),
    "loopnz": ("loopne",),
    "movsxd": ("movsxd",),
    "movsx": ("movsx", "movsxd"),
}
# NASM's `retw'/`retfd'...: a mnemonic with an operand size.
SIZED_ALIASES: dict[str, tuple[str, int]] = {
    "retw": ("ret", 16), "retd": ("ret", 32), "retq": ("ret", 64),
    "retnw": ("ret", 16), "retnd": ("ret", 32), "retnq": ("ret", 64),
    "retfw": ("retf", 16), "retfd": ("retf", 32), "retfq": ("retf", 64),
}  # fmt: skip
_XADD_CC = {
    "a": "nbe", "ae": "nb", "b": "b", "be": "be", "e": "z", "ne": "nz", "g": "nle", "ge": "nl",
    "l": "l", "le": "le", "o": "o", "no": "no", "p": "p", "np": "np", "s": "s", "ns": "ns",
}  # fmt: skip
for _cc, _base in _CONDITIONS.items():
    ALIASES.setdefault(f"cmp{_cc}xadd", (f"cmp{_XADD_CC[_base]}xadd",))
    ALIASES.setdefault("j" + _cc, ("j" + _base,))
    ALIASES.setdefault("set" + _cc, ("set" + _base,))
    ALIASES.setdefault("cmov" + _cc, ("cmov" + _base,))


_PREDICATES = [
    "eq", "lt", "le", "unord", "neq", "nlt", "nle", "ord", "eq_uq", "nge", "ngt", "false",
    "neq_oq", "ge", "gt", "true", "eq_os", "lt_oq", "le_oq", "unord_s", "neq_us", "nlt_uq",
    "nle_uq", "ord_s", "eq_us", "nge_uq", "ngt_uq", "false_os", "neq_os", "ge_oq", "gt_oq",
    "true_us",
]  # fmt: skip
_PREDICATE_ALIASES = {
    "eq_oq": 0, "lt_os": 1, "le_os": 2, "unord_q": 3, "neq_uq": 4, "nlt_us": 5, "nle_us": 6,
    "ord_q": 7,
}  # fmt: skip
# NASM's `cmpeqps'/`vcmpngeps'...: the compare with its predicate as an immediate.
CMP_PSEUDO: dict[str, tuple[str, int]] = {}
for _sfx in ("ps", "pd", "ss", "sd"):
    for _i, _p in enumerate(_PREDICATES):
        if _i < 8:
            CMP_PSEUDO[f"cmp{_p}{_sfx}"] = (f"cmp{_sfx}", _i)
        CMP_PSEUDO[f"vcmp{_p}{_sfx}"] = (f"vcmp{_sfx}", _i)
    for _p, _i in _PREDICATE_ALIASES.items():
        CMP_PSEUDO[f"vcmp{_p}{_sfx}"] = (f"vcmp{_sfx}", _i)


def iced_forms() -> dict[str, tuple[tuple[Any, ...], ...]]:
    """iced-x86's forms (legacy and VEX encodings, instructions only) by lowercase
    mnemonic, in code order: each the fields of a :class:`Form` but its mnemonic
    (``FORMS`` of :mod:`longmode.asm.form_table`)."""
    names = {value: name.lower() for value, name in _names(iced.Mnemonic).items()}
    kinds = {value: name.lower() for value, name in _names(iced.OpCodeOperandKind).items()}
    wanted = (iced.EncodingKind.LEGACY, iced.EncodingKind.VEX)
    forms: dict[str, list[tuple[Any, ...]]] = {}
    for code in range(len(_names(iced.Code))):
        info = iced.OpCodeInfo(code)
        if info.encoding in wanted and info.is_instruction and info.decoder_option == 0:
            memory = info.memory_size
            forms.setdefault(names[info.mnemonic], []).append(
                (
                    code,
                    tuple([kinds[kind] for kind in info.op_kinds()]),
                    info.operand_size,
                    info.address_size,
                    int(iced.MemorySizeExt.size(memory)) if memory else 0,
                    (info.mode16, info.mode32, info.mode64),
                    info.encoding == iced.EncodingKind.VEX,
                    info.mandatory_prefix in (2, 3, 4),
                )
            )
    return {mnemonic: tuple(rows) for mnemonic, rows in forms.items()}


def code_samples() -> tuple[tuple[str, int], ...]:
    """A few of iced-x86's ``Code`` names with their values (a third of the way, two
    thirds, the last): they tell whether a form table was made from this iced-x86."""
    names = _names(iced.Code)
    last = max(names)
    return tuple((names[value], value) for value in (last // 3, 2 * last // 3, last))


def _table_fits() -> bool:
    """Whether :mod:`longmode.asm.form_table`'s codes are those of the iced-x86 installed."""
    samples: tuple[tuple[str, int], ...] = getattr(form_table, "CODES", ())  # (or an old table)
    return bool(samples) and all(getattr(iced.Code, name, None) == value for name, value in samples)


def render_form_table() -> str:
    """The text of :mod:`longmode.asm.form_table` (before ``ruff format``)."""
    from importlib.metadata import version

    lines = [
        '"""iced-x86\'s instruction forms (legacy and VEX encodings) by lowercase mnemonic: each',
        "a Form's fields but its mnemonic (see longmode.asm.optable, which made this file",
        f'from iced-x86 {version("iced-x86")}; do not edit: a test compares it with iced-x86)."""',
        "",
        "from typing import Any",
        "",
        "#: Code names and values of the iced-x86 this was made from (see optable._table_fits).",
        f"CODES: tuple[tuple[str, int], ...] = {code_samples()!r}".replace("'", '"'),
        "",
        "FORMS: dict[str, tuple[tuple[Any, ...], ...]] = {",
    ]
    for mnemonic, rows in iced_forms().items():
        lines.append(f'    "{mnemonic}": (')
        lines.extend(f"        {row!r},".replace("'", '"') for row in rows)
        lines.append("    ),")
    lines.append("}")
    return "\n".join(lines) + "\n"


def load_forms() -> dict[str, tuple[tuple[Any, ...], ...]]:
    """The forms by mnemonic: the table's, or iced-x86's own where the table does not
    fit the iced-x86 installed."""
    return form_table.FORMS if _table_fits() else iced_forms()


FORMS = load_forms()


#: The CPU features of VEX forms that NASM writes in their EVEX (AVX-512) form unless
#: told ``{vex}`` (AVX-VNNI, AVX-IFMA, AVX-NE-CONVERT) or refuses without it
#: (AVX-VNNI-INT8): neither is encoded here, so those forms are not offered.
_EVEX_FIRST = (
    iced.CpuidFeature.AVX_VNNI, iced.CpuidFeature.AVX_IFMA,
    iced.CpuidFeature.AVX_NE_CONVERT, iced.CpuidFeature.AVX_VNNI_INT8,
)  # fmt: skip


def evex_first(code: int) -> bool:
    """Whether NASM writes the instruction of this VEX ``code`` as EVEX by default."""
    probe = iced.Instruction()
    probe.code = code
    return any(feature in _EVEX_FIRST for feature in probe.cpuid_features())


@cache
def _forms_of(mnemonic: str) -> tuple[Form, ...]:
    """The forms of one iced-x86 mnemonic (lowercase), but VEX ones NASM does not
    write as VEX (see :func:`evex_first`)."""
    rows = FORMS.get(mnemonic, ())
    return tuple(
        Form(code, kinds, opsize, addrsize, memsize, modes, vex, mnemonic, mandatory)
        for code, kinds, opsize, addrsize, memsize, modes, vex, mandatory in rows
        if not (vex and evex_first(code))
    )


@cache
def forms_for(name: str) -> tuple[Form, ...]:
    """Every form of NASM mnemonic ``name`` (lowercase), empty when unknown."""
    if name in SIZED_ALIASES:
        name = SIZED_ALIASES[name][0]
    if name in CMP_PSEUDO:
        name = CMP_PSEUDO[name][0]
    names = ALIASES.get(name, (name,))
    out: list[Form] = []
    for n in names:
        out.extend(_forms_of(n))
    return tuple(out)


def is_mnemonic(name: str) -> bool:
    """Whether ``name`` (lowercase) is an instruction mnemonic."""
    return bool(forms_for(name))


_FAMILIES = {
    iced.EncodingKind.EVEX: "AVX-512, EVEX-encoded",
    iced.EncodingKind.XOP: "AMD XOP-encoded",
    iced.EncodingKind.D3NOW: "AMD 3DNow!",
    iced.EncodingKind.MVEX: "Knights Corner, MVEX-encoded",
}


@cache
def _foreign_families() -> dict[str, str]:
    """The mnemonics iced-x86 knows and this assembler does not encode, each with what
    they are (made on first need: only a line that names one pays for it)."""
    names = {value: name.lower() for value, name in _names(iced.Mnemonic).items()}
    options = {value: name for value, name in _names(iced.DecoderOptions).items() if value}
    found: dict[str, str] = {}
    for code in range(len(_names(iced.Code))):
        info = iced.OpCodeInfo(code)
        name = names[info.mnemonic]
        if not info.is_instruction or forms_for(name):
            continue
        if info.encoding == iced.EncodingKind.VEX and evex_first(code):
            found[name] = "NASM writes its EVEX form, AVX-512, unless told {vex}"
            continue
        if name in found:
            continue
        family = _FAMILIES.get(info.encoding)
        if family is None:  # legacy or VEX, decoded by iced-x86 only when told to
            option = options.get(info.decoder_option, "")
            family = f"old or vendor-specific: {option or 'other'}"
        found[name] = family
    return found


@cache
def _iced_mnemonics() -> frozenset[str]:
    """Every mnemonic iced-x86 knows, lowercase."""
    return frozenset(name.lower() for name in _names(iced.Mnemonic).values())


def foreign_instruction(name: str) -> str | None:
    """What an x86 mnemonic this assembler does not encode is (``pfadd``: AMD 3DNow!),
    or None for one it encodes, or a word that is no mnemonic (a label alone on its
    line: found without the table of families, which takes ~7 ms to make)."""
    if name not in _iced_mnemonics() or is_mnemonic(name):
        return None
    return _foreign_families().get(name)


if __name__ == "__main__":
    sys.stdout.write(render_form_table())
