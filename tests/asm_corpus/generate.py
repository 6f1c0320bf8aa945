"""Generate the instruction-form corpus that the assembler is compared on with NASM.

How the corpus is made
----------------------
1. Walk every ``iced_x86.Code`` and keep the in-scope ones (see *Scope*): legacy
   and VEX encodings of the general-purpose, system, x87, MMX, SSE–SSE4.2,
   AVX/AVX2 instructions and their SDM companions (AES, PCLMULQDQ, SHA, BMI,
   FMA, F16C, VMX, SVM, XSAVE, CET, ...), in each mode where ``OpCodeInfo``
   says the form exists (``mode16``/``mode32``/``mode64``).
2. For each code and mode write NASM-syntax lines: the mnemonic comes from
   iced's NASM formatter (which also adds ``o16``/``o32``/``o64`` where the
   operand size is not implied by the operands), the operands are written here
   from ``OpCodeInfo.op_kind(i)``: registers of the right class and size
   (including REX-only registers in 64-bit mode), memory operands drawn from a
   spread of addressing forms per mode (base, base+disp8, base+disp32,
   base+index*scale+disp, ``[bp+si+4]``-style 16-bit forms, 32-bit forms in
   16-bit mode and the reverse, absolute, segment overrides, RIP-relative
   ``[rel $+N]`` in 64-bit mode), with and without a size keyword,
   immediates that fit the short and need the long form (and ``strict``),
   short and near branches.  One line varies one operand at a time from a
   base line, so the count stays linear in the operand candidates; the memory
   forms rotate from code to code, and a few common mnemonics get every form.
   Prefix forms are added: ``rep``/``repe``/``repne`` and ``a16``/``a32``/
   ``a64`` on string instructions, ``lock`` on lockable memory forms, the
   condition-code aliases (``jz``/``jnae``/``setc``/``cmovnle`` ...), and a
   hand-written list of system lines (``EXTRA_LINES``).
3. Every branch target is written relative to ``$`` and RIP-relative operands
   as ``[rel $+N]``, so each line's bytes do not depend on where it lands:
   the test can assemble a whole file at once and split the output by the
   recorded per-line lengths.
4. Validate with real NASM (``nasm -f bin`` on the whole file, with a listing):
   lines NASM rejects or warns about are dropped and the file is assembled
   again until it is clean; the bytes of each line come from the listing and
   are checked to add up to the binary NASM wrote.  Lines whose bytes iced
   does not decode as exactly one valid legacy/VEX instruction are dropped
   too (see *NASM's own mistakes* below), and the survivors are assembled
   once more to prove no line's bytes depend on its position.
5. Write ``data/modeN.asm`` (``bits N`` then one instruction per line) and
   ``data/modeN.expected`` (``hex-bytes<TAB>line text`` per line).

Run ``python tests/asm_corpus/generate.py --write`` to regenerate (the tests
never regenerate); without ``--write`` it only prints statistics.
``--report`` also lists where NASM's encoding is not the form iced was asked
for (NASM's encoding preferences) and the in-scope codes no line reaches.

Scope: what is excluded and why
-------------------------------
- EVEX (AVX-512), MVEX (Knights Corner), XOP and 3DNow! encodings, and the
  VEX-encoded AVX-512 mask-register (``k0``-``k7``) instructions: beyond
  AVX2, not used by the kernels this toolkit builds.
- AMX (tile registers), MPX (bound registers): removed or server-only
  extensions outside the issue's scope.
- Cyrix, VIA/Centaur PadLock and AIS, AMD Geode, Knights Corner, IA-64
  ``jmpe`` and other vendor oddities.
- Forms iced only decodes behind a ``DecoderOptions`` flag: obsolete or
  undocumented (``loadall``, ``umov``, ``mov tr``, ``ibts``/``xbts``,
  486-A ``cmpxchg``, 287XL/387SL ``fstdw``...), which NASM mostly lacks too.
- AVX-VNNI, AVX-IFMA, AVX-NE-CONVERT, SHA512, SM3, SM4: beyond AVX2, and
  NASM 2.16 writes their mnemonics as EVEX unless told ``{vex}``.
- Everything NASM 2.16 does not accept (newer extensions it does not know,
  operand forms it spells differently): dropped by the validation step.

NASM's own mistakes (kept out, so the assembler need not copy them)
-------------------------------------------------------------------
NASM 2.16.01 accepts these and emits bytes that mean something else:
``ptwrite`` without its F3 prefix (``ptwrite [mem]`` is ``xsave``),
``vmgexit`` as F2 0F 01 C1, ``enqcmd``/``enqcmds`` in 32-bit mode with a 67
prefix (``[eax]`` becomes ``[bx+si]``), ``movdir64b``/``enqcmd`` whose
register size differs from the address size, ``retw imm16`` in 32/64-bit
mode without its 66 prefix, ``wrssd`` in 16-bit mode (66 makes it
``adcx``), ``o16``/``o32`` on near branches, ``xbegin``, far ``call``/``jmp``
to ``seg:off`` and ``o16 push imm`` in 64-bit mode (the prefix is emitted
but the displacement or immediate keeps the default size), ``mov cs, r/m``
(invalid), and ``vextractps r64`` (emitted as EVEX).  The features and
patterns are in ``EXCLUDED_FEATURES`` and ``NASM_BUGS``; the rest fall to
the decode check.
"""

from __future__ import annotations

import argparse
import re
import subprocess
import sys
import tempfile
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

import iced_x86 as ix

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # as a script and with -m
from asm_corpus.corpus_data import DATA_DIR, MODES, asm_path, expected_path
from asm_corpus.forms import (
    CC_ALIASES,
    CC_PREFIXES,
    EXTRA_LINES,
    FIXED_REGS,
    FULL_SPREAD,
    IMMS,
    MEM_FORMS,
    MEM_PER_OPERAND,
    MOFFS_FORMS,
    REG_CLASS,
    REGS,
    SIZE_KEYWORDS,
    VSIB,
)

NASM = "/usr/bin/nasm"


def _names(enum_module: object) -> dict[int, str]:
    return {getattr(enum_module, n): n for n in dir(enum_module) if n.isupper()}


CODE_NAMES = _names(ix.Code)
KIND_NAMES = _names(ix.OpCodeOperandKind)
FEATURE_NAMES = _names(ix.CpuidFeature)
_MEMORY_SIZE_NAMES = _names(ix.MemorySize)

# -- scope ---------------------------------------------------------------------

IN_SCOPE_ENCODINGS = {ix.EncodingKind.LEGACY, ix.EncodingKind.VEX}

# CPUID features whose instructions are out of scope (see the module docstring).
EXCLUDED_FEATURES = {
    "AMX_BF16", "AMX_COMPLEX", "AMX_FP16", "AMX_INT8", "AMX_TILE",
    "AVX512BW", "AVX512DQ", "AVX512F",
    "CENTAUR_AIS", "CL1INVMB",
    "CYRIX_DDI", "CYRIX_DMI", "CYRIX_EMMI", "CYRIX_FPU", "CYRIX_SHR",
    "CYRIX_SMINT", "CYRIX_SMINT_0F7E", "CYRIX_SMM",
    "D3NOW", "FPU287XL_ONLY", "FPU387SL_ONLY", "IA64",
    "INTEL286_ONLY", "INTEL386_A0_ONLY", "INTEL386_ONLY", "INTEL486_A_ONLY",
    "INTEL8086_ONLY", "KNC", "MOV_TR", "MPX",
    "PADLOCK_ACE", "PADLOCK_GMI", "PADLOCK_PHE", "PADLOCK_PMM", "PADLOCK_RNG",
    "PADLOCK_UNDOC", "UDBG", "UMOV", "XOP",
    # Beyond AVX2, and NASM 2.16 writes them as EVEX unless told {vex}.
    "AVX_IFMA", "AVX_NE_CONVERT", "AVX_VNNI", "AVX_VNNI_INT8", "AVX_VNNI_INT16",
    "SHA512", "SM3", "SM4",
    # NASM 2.16.01 gets these wrong: ptwrite without its F3 prefix (so
    # "ptwrite [mem]" comes out as xsave), vmgexit as F2 0F 01 C1.
    # enqcmd in 32-bit mode always gets a 67 prefix (so [eax] becomes [bx+si]).
    "PTWRITE", "SEV_ES", "ENQCMD",
}  # fmt: skip

# Operand kinds that only occur in out-of-scope forms.
EXCLUDED_KINDS = {
    "BND_OR_MEM_MPX", "BND_REG", "BRDISP_2", "BRDISP_4", "IMM4_M2Z",
    "K_OR_MEM", "K_REG", "K_RM", "K_VVVV", "MEM_MIB", "MEM_MPX",
    "R32_OR_MEM_MPX", "R64_OR_MEM_MPX", "SIBMEM", "TMM_REG", "TMM_RM",
    "TMM_VVVV", "TR_REG", "XMM_IS5", "YMM_IS5",
}  # fmt: skip

# Operands that string instructions take implicitly (NASM writes none).
STRING_KINDS = {"SEG_RSI", "ES_RDI", "SEG_RDI", "SEG_RBX_AL"}


def in_scope(code: int) -> bool:
    """Whether ``code`` belongs to the corpus (in any mode)."""
    info = ix.OpCodeInfo(code)
    if not info.is_instruction or info.encoding not in IN_SCOPE_ENCODINGS:
        return False
    if info.decoder_option != ix.DecoderOptions.NONE:
        return False
    instr = ix.Instruction()
    instr.code = code
    if any(FEATURE_NAMES[f] in EXCLUDED_FEATURES for f in instr.cpuid_features()):
        return False
    return not any(KIND_NAMES[k] in EXCLUDED_KINDS for k in info.op_kinds())


def available(code: int, mode: int) -> bool:
    """Whether iced says the form exists in ``mode``."""
    info = ix.OpCodeInfo(code)
    return bool({16: info.mode16, 32: info.mode32, 64: info.mode64}[mode])


# -- operand candidates ----------------------------------------------------------


def _rotate(items: list[str], start: int, count: int) -> list[str]:
    if count >= len(items):
        return list(items)
    return [items[(start + i) % len(items)] for i in range(count)]


def _mem_keyword(info: ix.OpCodeInfo) -> str | None:
    """The NASM size keyword of the code's memory operand, if it has one.

    Descriptor-table operands (``lgdt``: 6 or 10 bytes), far pointers
    (``les``, ``lss``) and ``bound`` pairs take none in NASM.
    """
    if _MEMORY_SIZE_NAMES[info.memory_size].startswith(("FWORD", "BOUND", "SEG_PTR")):
        return None
    size = ix.MemorySizeInfo(info.memory_size).size
    return SIZE_KEYWORDS.get(size)


def _is_far_pointer(info: ix.OpCodeInfo) -> bool:
    if info.mnemonic not in (ix.Mnemonic.JMP, ix.Mnemonic.CALL):
        return False
    return info.memory_size in (ix.MemorySize.SEG_PTR16, ix.MemorySize.SEG_PTR32,
                                ix.MemorySize.SEG_PTR64)  # fmt: skip


_REG16_ADDR = re.compile(r"\b(bx|bp|si|di)\b")
_REG32_ADDR = re.compile(r"\b(e[a-z]{2}|r\d+d)\b")


def address_size(form: str, mode: int) -> int:
    """The address size of a memory form from ``MEM_FORMS`` in ``mode``."""
    if _REG16_ADDR.search(form):
        return 16
    if _REG32_ADDR.search(form):
        return 32
    return 64 if mode == 64 else mode


def _memory_candidates(info: ix.OpCodeInfo, mode: int, seed: int, spread: bool) -> list[str]:
    forms = MEM_FORMS[mode]
    sized_by = [KIND_NAMES[k] for k in info.op_kinds() if KIND_NAMES[k].endswith("_REG_MEM")]
    if sized_by:
        # movdir64b/enqcmd: the register's size is the address size; NASM
        # mis-encodes the memory operand when the two disagree.
        width = int(sized_by[0][1:3])
        forms = [f for f in forms if address_size(f, mode) == width]
    chosen = forms if spread else [forms[0], *_rotate(forms[1:], seed, MEM_PER_OPERAND)]
    if _is_far_pointer(info):
        size = {ix.MemorySize.SEG_PTR16: "word", ix.MemorySize.SEG_PTR32: "dword",
                ix.MemorySize.SEG_PTR64: "qword"}[info.memory_size]  # fmt: skip
        return [f"far {f}" for f in chosen] + [f"far {size} {chosen[0]}"]
    keyword = _mem_keyword(info)
    if keyword is None:
        return chosen
    return [f"{keyword} {f}" for f in chosen] + [chosen[0]]


def operand_candidates(
    info: ix.OpCodeInfo, index: int, mode: int, seed: int, spread: bool
) -> list[str]:
    """NASM texts for operand ``index`` of ``info`` in ``mode``, the preferred first."""
    kind = KIND_NAMES[info.op_kind(index)]
    if kind in FIXED_REGS:
        return [FIXED_REGS[kind]]
    if kind in IMMS:
        return IMMS[kind]
    head, _, tail = kind.partition("_")
    if head in REG_CLASS and tail in ("REG", "RM", "VVVV", "OPCODE", "IS4", "REG_MEM"):
        regs = REGS[REG_CLASS[head]][mode]
        count = len(regs) if tail == "OPCODE" or spread else 3
        return _rotate(regs, seed + index, count)
    if head in REG_CLASS and tail == "OR_MEM":
        regs = _rotate(REGS[REG_CLASS[head]][mode], seed + index, 2)
        return regs + _memory_candidates(info, mode, seed, spread)
    if kind == "SEG_REG":
        return REGS["sreg"][mode]
    if kind == "CR_REG":
        return REGS["cr"][mode]
    if kind == "DR_REG":
        return REGS["dr"][mode]
    if kind == "MEM":
        return _memory_candidates(info, mode, seed, spread)
    if kind == "MEM_OFFS":
        keyword = _mem_keyword(info)
        return [f"{keyword} {f}" for f in MOFFS_FORMS[mode]] + MOFFS_FORMS[mode]
    if kind.startswith("MEM_VSIB"):
        index_reg = ("ymm" if kind.endswith("Y") else "xmm") + ("5" if mode != 64 else "9")
        return [form.format(index_reg) for form in VSIB[mode]]
    if kind.startswith("BR") and kind.endswith("_1"):
        return ["short $+0x10", "short $-0x20", "$+0x7"]
    if kind.startswith("BR") or kind.startswith("XBEGIN"):
        return ["near $+0x1000", "$+0x1234", "near $-0x80"]
    if kind == "FARBR2_2":
        return ["0x1234:0x5678", "word 0x8:0x10", "0xf000:0xfff0"]
    if kind == "FARBR4_2":
        return ["0x8:0x12345678", "dword 0x10:0x1000", "0x18:0x10"]
    raise ValueError(f"operand kind {kind} of {CODE_NAMES[info.code]} has no candidates")


# -- lines -------------------------------------------------------------------------


_FORMATTER = ix.Formatter(ix.FormatterSyntax.NASM)
_FORMATTER.use_pseudo_ops = False  # "cmpps x, y, 0" rather than "cmpeqps x, y"
_CODE_SIZE = {16: ix.CodeSize.CODE16, 32: ix.CodeSize.CODE32, 64: ix.CodeSize.CODE64}
_ADDRESS_PREFIX = {16: ["a32"], 32: ["a16"], 64: ["a32"]}


def mnemonic(code: int, mode: int) -> str:
    """The mnemonic iced's NASM formatter writes, with any ``o16``/``o32``/``o64``."""
    instr = ix.Instruction()
    instr.code = code
    instr.code_size = _CODE_SIZE[mode]
    return str(_FORMATTER.format_mnemonic(instr))


def _cc_aliases(name: str) -> list[str]:
    for prefix in CC_PREFIXES:
        if name.startswith(prefix) and name[len(prefix) :] in CC_ALIASES:
            return [prefix + alias for alias in CC_ALIASES[name[len(prefix) :]]]
    return []


def lines_for(code: int, mode: int) -> list[str]:
    """Corpus lines for one code in one mode (before NASM validation)."""
    info = ix.OpCodeInfo(code)
    mnem = mnemonic(code, mode)
    kinds = [KIND_NAMES[k] for k in info.op_kinds()]
    if any(k in STRING_KINDS for k in kinds) and all(
        k in STRING_KINDS or k in FIXED_REGS for k in kinds
    ):
        return _string_lines(info, mnem, mode)
    base_name = mnem.split()[-1]
    spread = base_name in FULL_SPREAD
    seed = code * 7
    cands = [
        operand_candidates(info, i, mode, seed, spread)
        for i, kind in enumerate(kinds)
        if kind not in STRING_KINDS
    ]
    base = [c[0] for c in cands]
    combos = [base]
    for i, options in enumerate(cands):
        for option in options[1:]:
            combos.append([*base[:i], option, *base[i + 1 :]])
    if info.requires_unique_reg_nums or info.requires_unique_dest_reg_num:
        combos = [ops for ops in combos if len(set(ops)) == len(ops)]
    lines = [_line(mnem, ops) for ops in combos]
    lines += [_line(mnem.replace(base_name, alias), base) for alias in _cc_aliases(base_name)]
    lines += [_line(f"{prefix} {mnem}", base) for prefix in _size_prefixes(info, mnem, mode)]
    if info.can_use_lock_prefix:
        lines += [f"lock {line}" for line in lines[:8] if "[" in line][:2]
    return lines


def _size_prefixes(info: ix.OpCodeInfo, mnem: str, mode: int) -> list[str]:
    """``oNN``/``aNN`` for a code whose operand or address size is not the mode's."""
    prefixes = []
    default_osize = 64 if mode == 64 and info.default_op_size64 else min(mode, 32)
    if info.operand_size not in (0, default_osize) and not mnem.startswith("o"):
        prefixes.append(f"o{info.operand_size}")
    if info.address_size not in (0, mode):
        prefixes.append(f"a{info.address_size}")
    return prefixes


def _line(mnem: str, operands: list[str]) -> str:
    return f"{mnem} {', '.join(operands)}" if operands else mnem


def _string_lines(info: ix.OpCodeInfo, mnem: str, mode: int) -> list[str]:
    lines = [mnem]
    lines += [f"{prefix} {mnem}" for prefix in _ADDRESS_PREFIX[mode]]
    if info.can_use_rep_prefix:
        lines.append(f"rep {mnem}")
    if info.can_use_repne_prefix:
        lines += [f"repe {mnem}", f"repz {mnem}", f"repne {mnem}", f"repnz {mnem}"]
    if any(KIND_NAMES[k] in ("SEG_RSI", "SEG_RBX_AL", "SEG_RDI") for k in info.op_kinds()):
        lines.append(f"fs {mnem}")
        lines.append(f"es {mnem}")
    lines.append(f"rep {_ADDRESS_PREFIX[mode][0]} {mnem}")
    return lines


# Lines NASM 2.16.01 accepts but encodes wrongly: (modes, pattern, why).
NASM_BUGS = [
    ((32, 64), re.compile(r"^retw \S"), "retw imm16 loses its 66 prefix (o16 ret imm is right)"),
    ((16,), re.compile(r"^wrss[dq]\b"), "wrssd in 16-bit mode gets a 66 prefix: that is adcx"),
]


def nasm_bug(line: str, mode: int) -> bool:
    """Whether ``line`` is one NASM is known to get wrong (see ``NASM_BUGS``)."""
    return any(mode in modes and pattern.search(line) for modes, pattern, _ in NASM_BUGS)


def candidate_lines(mode: int) -> Iterator[tuple[str, int | None]]:
    """Every candidate line for ``mode`` with the code it was written for."""
    seen: set[str] = set()
    for code in sorted(CODE_NAMES):
        if not (in_scope(code) and available(code, mode)):
            continue
        for line in lines_for(code, mode):
            if line not in seen and not nasm_bug(line, mode):
                seen.add(line)
                yield line, code
    for line in EXTRA_LINES[mode]:
        if line not in seen:
            seen.add(line)
            yield line, None


# -- NASM --------------------------------------------------------------------------

_DIAG = re.compile(r"^[^:]*:(\d+): (error|warning|fatal|panic)", re.MULTILINE)


@dataclass
class NasmResult:
    """What NASM made of a whole corpus file."""

    rejected: set[int]  # 0-based indexes of lines with an error or warning
    per_line: list[bytes] | None  # bytes per line, None while anything is rejected


def run_nasm(lines: list[str], mode: int) -> NasmResult:
    """Assemble ``bits mode`` + ``lines`` with NASM; per-line bytes from its listing."""
    with tempfile.TemporaryDirectory() as tmp:
        src, out, lst = Path(tmp, "c.asm"), Path(tmp, "c.bin"), Path(tmp, "c.lst")
        src.write_text(f"bits {mode}\n" + "".join(f"{line}\n" for line in lines))
        proc = subprocess.run(
            [NASM, "-f", "bin", "-o", str(out), "-l", str(lst), str(src)],
            capture_output=True,
            text=True,
            check=False,
        )
        rejected = {int(m.group(1)) - 2 for m in _DIAG.finditer(proc.stderr)}
        if proc.returncode != 0 and not rejected:
            raise RuntimeError(f"nasm failed without a line number:\n{proc.stderr}")
        if rejected:
            return NasmResult(rejected, None)
        per_line = _listing_bytes(lst.read_text(), len(lines))
        if b"".join(per_line) != out.read_bytes():
            raise RuntimeError("nasm listing does not add up to the binary")
        return NasmResult(set(), per_line)


_LISTING = re.compile(r"^\s*(\d+) [0-9A-F]{8} ([0-9A-F]+)-?\s")


def _listing_bytes(listing: str, count: int) -> list[bytes]:
    """Bytes per source line (index 0 is the first line after ``bits``)."""
    per_line = [bytearray() for _ in range(count)]
    for text in listing.splitlines():
        match = _LISTING.match(text + " ")
        if match:
            per_line[int(match.group(1)) - 2] += bytes.fromhex(match.group(2))
    return [bytes(b) for b in per_line]


def nasm_accepted(mode: int) -> tuple[list[tuple[str, int | None]], list[bytes]]:
    """The candidate lines NASM accepts without a warning, and their bytes."""
    pairs = list(candidate_lines(mode))
    for _ in range(20):
        result = run_nasm([line for line, _ in pairs], mode)
        if result.per_line is not None:
            return pairs, result.per_line
        pairs = [p for i, p in enumerate(pairs) if i not in result.rejected]
    raise RuntimeError(f"mode {mode}: nasm still rejects lines after 20 rounds")


def nasm_corpus(mode: int) -> tuple[list[str], list[bytes], list[int | None]]:
    """The lines NASM accepts without a warning, their bytes and intended codes.

    Lines whose bytes iced decodes as invalid or as EVEX are dropped too: NASM
    accepts a few forms the CPU does not (``mov cs, ax``), writes some VEX
    mnemonics as EVEX, and puts ``o16``/``o32`` on near branches without
    changing the displacement size.  The survivors are assembled once more
    to prove that every line's bytes are independent of its place in the file.
    """
    pairs, per_line = nasm_accepted(mode)
    keep = [i for i, data in enumerate(per_line) if decodes_cleanly(data, mode)]
    lines = [pairs[i][0] for i in keep]
    kept_bytes = [per_line[i] for i in keep]
    again = run_nasm(lines, mode)
    if again.per_line != kept_bytes:
        raise RuntimeError(f"mode {mode}: some line's bytes depend on its position")
    return lines, kept_bytes, [pairs[i][1] for i in keep]


def decodes_cleanly(data: bytes, mode: int) -> bool:
    """Whether iced decodes ``data`` as one whole, valid, non-EVEX instruction.

    More than one instruction means NASM wrote a prefix that changes the
    length of what follows without changing it (``o16 je near`` in 32-bit
    mode: 66 0F 84 with a rel32).
    """
    decoder = ix.Decoder(mode, data)
    instrs = list(decoder)
    if decoder.position != len(data):
        return False
    if any(i.code == ix.Code.INVALID or i.encoding not in IN_SCOPE_ENCODINGS for i in instrs):
        return False
    # One instruction per line; "fstsw ax" and friends are wait + fnstsw.
    return len(instrs) == 1 or (len(instrs) == 2 and instrs[0].code == ix.Code.WAIT)


# -- files -------------------------------------------------------------------------


def write_files(mode: int, lines: list[str], per_line: list[bytes]) -> None:
    """Write ``modeN.asm`` and ``modeN.expected``."""
    DATA_DIR.mkdir(exist_ok=True)
    asm_path(mode).write_text(f"bits {mode}\n" + "".join(f"{line}\n" for line in lines))
    expected_path(mode).write_text(
        "".join(f"{b.hex()}\t{line}\n" for b, line in zip(per_line, lines, strict=True))
    )


# -- report ------------------------------------------------------------------------


def decoded_codes(data: bytes, mode: int) -> list[int]:
    """The codes iced decodes from one line's bytes."""
    decoder = ix.Decoder(mode, data)
    return [instr.code for instr in decoder]


def report(mode: int, lines: list[str], per_line: list[bytes], codes: list[int | None]) -> None:
    """Print NASM's encoding choices that differ from the intended code, and misses."""
    reached: set[int] = set()
    differs: dict[tuple[int, int], list[str]] = defaultdict(list)
    for line, data, code in zip(lines, per_line, codes, strict=True):
        got = decoded_codes(data, mode)
        reached.update(got)
        if code is not None and code not in got:
            differs[(code, got[-1])].append(f"{line}  ->  {data.hex()}")
    print(f"\n== mode {mode}: NASM encodes differently from the intended code ==")
    for (want, nasm_code), examples in sorted(differs.items(), key=lambda kv: -len(kv[1])):
        print(f"{CODE_NAMES[want]} -> {CODE_NAMES[nasm_code]} ({len(examples)}): {examples[0]}")
    missed = [
        CODE_NAMES[c]
        for c in sorted(CODE_NAMES)
        if in_scope(c) and available(c, mode) and c not in reached
    ]
    print(f"\n== mode {mode}: {len(missed)} in-scope codes no line reaches ==")
    print(" ".join(missed))
    pairs, accepted = nasm_accepted(mode)
    print(f"\n== mode {mode}: accepted by NASM but dropped (not one valid instruction) ==")
    for (line, _), data in zip(pairs, accepted, strict=True):
        if not decodes_cleanly(data, mode):
            print(f"{line}  ->  {data.hex()}")


def main(argv: Iterable[str] | None = None) -> int:
    """Command line: ``--write`` regenerates the data files, ``--report`` explains."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--write", action="store_true", help="write data/modeN.*")
    parser.add_argument("--report", action="store_true", help="print encoding notes")
    parser.add_argument("--mode", type=int, choices=MODES, action="append")
    args = parser.parse_args(None if argv is None else list(argv))
    for mode in args.mode or MODES:
        lines, per_line, codes = nasm_corpus(mode)
        mnemonics = Counter(line.split()[0] for line in lines)
        print(f"mode {mode}: {len(lines)} lines, {len(mnemonics)} first words")
        if args.write:
            write_files(mode, lines, per_line)
        if args.report:
            report(mode, lines, per_line, codes)
    return 0


if __name__ == "__main__":
    sys.exit(main())
