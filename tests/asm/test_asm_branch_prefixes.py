"""Operand-size prefixes on branches as NASM writes them: `o16'/`o32' (not an operand
size) put a 66 on the mode's own near form, `o64' a REX.W on any branch but jrcxz,
and `short'/`near' on a branch whose forms take no size are refused. Compared with
NASM in every mode, flat and as ELF objects."""

from __future__ import annotations

import random

import pytest
from asm_oracle import nasm_result, needs_nasm, run_nasm

from longmode.asm import AsmError, assemble


@needs_nasm
@pytest.mark.parametrize("bits", [16, 32, 64])
def test_each_prefix_on_each_branch_back_and_ahead(bits: int) -> None:
    # `o32 call b' in 16-bit code is 66 E8 rel16 and `o16 call b' in 32-bit code
    # 66 E8 rel32 (we wrote the prefix's own displacement, 2 bytes apart from NASM's);
    # `o64 jz near f' has a REX.W (we dropped it), `o16 jmp near f' in 64-bit code
    # its 66 (dropped too).
    counter = {16: "jcxz", 32: "jecxz", 64: "jrcxz"}[bits]
    for prefix in ("", "o16 ", "o32 ", *(["o64 "] if bits == 64 else [])):
        for branch in ("call", "jmp", "jz", "loop", counter, "jecxz"):
            for kind in ("", "short ", "near "):
                if kind and (branch in ("loop", "jcxz", "jecxz", "jrcxz")):
                    continue  # (refused: see below)
                if kind == "short " and branch == "call":
                    continue
                lines = [f"bits {bits}", "b: nop", f"{prefix}{branch} {kind}b"]
                source = "\n".join([*lines, f"{prefix}{branch} {kind}f", "f: nop"]) + "\n"
                assert assemble(source) == run_nasm(source), source


@needs_nasm
@pytest.mark.parametrize(
    "line", ["loop short f", "loopne near f", "jcxz short f", "jecxz near f", "call short f"]
)
def test_a_size_on_a_branch_whose_forms_take_none_is_refused(line: str) -> None:
    source = f"bits 32\n{line}\nf: nop\n"
    output, messages = nasm_result(source)
    assert output is None and messages == ["2: error: mismatch in operand sizes"]
    with pytest.raises(AsmError) as failed:
        assemble(source)
    assert [str(d) for d in failed.value.diagnostics] == [
        "<input>:2: error: mismatch in operand sizes"
    ]


@needs_nasm
def test_o32_branches_near_the_end_of_a_16_bit_segment() -> None:
    # NASM's rel16 after the 66 where the branch ends past 0x10000 (we wrote rel32)
    source = "bits 16\norg 0xFFF0\nb: times 12 nop\no32 jmp b\no32 jmp near f\no32 call f\nf: nop\n"
    assert assemble(source) == run_nasm(source)


def _branches(rng: random.Random, bits: int, elf: bool) -> str:
    lines = [f"bits {bits}"]
    if elf:
        lines.append("extern ext")
    elif bits == 16 and rng.random() < 0.3:
        lines.append(f"org {rng.choice([0xFF00, 0xFFF0, 0xFF80, 0x7C00])}")
    lines.append("b:")
    for _ in range(rng.randint(2, 8)):
        prefix = rng.choice(["", "o16 ", "o32 ", "o64 " if bits == 64 else "", "a32 "])
        branch = rng.choice(["call", "jmp", "jz", "jnz", "loop", "jecxz"])
        kind = "" if branch in ("loop", "jecxz") else rng.choice(["", "", "short ", "near "])
        kind = "" if (branch, kind) == ("call", "short ") else kind
        target = rng.choice(["b", "f", "f", *(["ext"] if elf and branch != "loop" else [])])
        lines.append(f"    {prefix}{branch} {kind}{target}")
        lines.append(f"    times {rng.choice([0, 5, 60, 100, 120, 125, 130, 200])} nop")
    lines.append("f: nop")
    return "\n".join(lines) + "\n"


@needs_nasm
@pytest.mark.parametrize("elf", [False, True])
def test_generated_prefixed_branches(elf: bool) -> None:
    rng = random.Random(20261127)
    for n in range(90):
        bits = (32, 64, 16)[n % 3] if not elf else (32, 64)[n % 2]
        fmt = f"elf{bits}" if elf else "bin"
        source = _branches(rng, bits, elf)
        output, _ = nasm_result(source, fmt)
        if output is None:  # (a short branch out of reach: an error in both)
            with pytest.raises(AsmError):
                assemble(source, fmt=fmt, filename="in.asm")
            continue
        assert assemble(source, fmt=fmt, filename="in.asm") == output, source
