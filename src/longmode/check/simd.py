"""The soft-float promise: no SSE, AVX, MMX or x87 instruction in the kernel.

The target spec turns these off (``-mmx,-sse,+soft-float``) because the
kernel does not save SIMD/FPU state on interrupts: one such instruction in an
interrupt path corrupts the interrupted code's registers. An instruction is
flagged when it names an XMM/YMM/ZMM/MMX/x87/mask register, or when iced-x86
says it needs an x87, MMX, SSE or AVX CPU feature — except instructions that
carry such a feature bit but touch no vector or FPU state (fences, ``pause``,
``clflush``, prefetches, ``movnti``). ``fxsave``/``xsave`` and their restores are
not flagged: saving SIMD state is how a soft-float kernel protects user code.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from iced_x86 import EncodingKind, Instruction, OpKind, RegisterExt

from longmode.check.disasm import FEATURE_NAMES, MNEMONIC_NAMES, decode, text
from longmode.check.report import Finding, Report
from longmode.elf import KernelElf

#: CPU features that mean "uses x87/MMX/SSE/AVX state", by family shown to the user.
_FEATURE_FAMILIES = {
    "FPU": "x87",
    "FPU287": "x87",
    "FPU387": "x87",
    "FPU387SL_ONLY": "x87",
    "CMOV_FPU": "x87",
    "MMX": "MMX",
    "SSE": "SSE",
    "SSE2": "SSE",
    "SSE3": "SSE",
    "SSSE3": "SSE",
    "SSE4_1": "SSE",
    "SSE4_2": "SSE",
    "SSE4A": "SSE",
    "AVX": "AVX",
    "AVX2": "AVX",
    "FMA": "AVX",
    "F16C": "AVX",
}
#: Instructions with an SSE/SSE2 feature bit that leave vector and FPU state alone.
_HARMLESS = {"LFENCE", "MFENCE", "SFENCE", "PAUSE", "CLFLUSH", "MOVNTI"}


def simd_family(instruction: Instruction) -> str | None:
    """``"SSE"``, ``"AVX"``, ``"AVX-512"``, ``"MMX"``, ``"x87"``, or None for plain code."""
    for k in range(instruction.op_count):
        if instruction.op_kind(k) != OpKind.REGISTER:
            continue
        register = instruction.op_register(k)
        if RegisterExt.is_zmm(register) or RegisterExt.is_k(register):
            return "AVX-512"
        if RegisterExt.is_ymm(register):
            return "AVX"
        if RegisterExt.is_xmm(register):
            return "SSE" if instruction.encoding == EncodingKind.LEGACY else "AVX"
        if RegisterExt.is_mm(register):
            return "MMX"
        if RegisterExt.is_st(register):
            return "x87"
    if MNEMONIC_NAMES.get(instruction.mnemonic, "").startswith(("PREFETCH", *_HARMLESS)):
        return None
    for feature in instruction.cpuid_features():
        name = FEATURE_NAMES.get(feature, "")
        if name.startswith("AVX512"):
            return "AVX-512"
        if name in _FEATURE_FAMILIES:
            return _FEATURE_FAMILIES[name]
    return None


#: The most instructions kept to list under ``--verbose`` (all are counted): a
#: crafted file full of SSE code must not make the check hold every one.
MAX_LISTED = 10_000


@dataclass
class _Hits:
    """The SIMD/FPU instructions of one function: all counted, the first ones kept."""

    families: set[str] = field(default_factory=set)
    count: int = 0
    listed: list[tuple[str, Instruction]] = field(default_factory=list)


def check_simd(kernel: KernelElf, report: Report, *, max_listed: int = MAX_LISTED) -> int:
    """Flags each function holding SIMD/FPU instructions; returns how many were decoded.

    Every instruction is counted; the first of each function, and the first
    ``max_listed`` in all, are kept for ``--verbose``."""
    decoded = kept = 0
    by_function: dict[str, _Hits] = {}
    for code in kernel.code_ranges:
        for instruction in decode(code.data, code.address):
            decoded += 1
            family = simd_family(instruction)
            if family is not None:
                symbol = kernel.symbol_at(instruction.ip)
                name = symbol.name if symbol else f"code in {code.name}"
                hits = by_function.setdefault(name, _Hits())
                hits.count += 1
                hits.families.add(family)
                if not hits.listed or kept < max_listed:
                    hits.listed.append((family, instruction))
                    kept += 1
    for name, hits in by_function.items():
        report.findings.append(_finding(kernel, name, hits, max_listed))
    if not by_function:
        report.passed.append(
            f"no SSE/AVX/MMX/x87 instruction in {decoded} instructions decoded "
            "(the target spec promises soft-float)"
        )
    return decoded


def _finding(kernel: KernelElf, name: str, hits: _Hits, max_listed: int) -> Finding:
    families = "/".join(sorted(hits.families))
    first = hits.listed[0][1]
    more = f" (and {hits.count - 1} more; --verbose lists them)" if hits.count > 1 else ""
    details = [f"{kernel.describe(i.ip)} `{text(i)}` ({f})" for f, i in hits.listed]
    if hits.count > len(hits.listed):
        details.append(
            f"... and {hits.count - len(hits.listed)} more, not listed (longmode lists at most "
            f"{max_listed} instructions)"
        )
    return Finding(
        "simd",
        f"{name} uses {families} instructions in a soft-float kernel: "
        f"{kernel.describe(first.ip)} `{text(first)}`{more}",
        tuple(details),
    )
