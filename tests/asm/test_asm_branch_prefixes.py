"""Operand-size prefixes on branches as NASM writes them: `o16' in 64-bit code puts a
66 on the rel32 form, `o64' a REX.W on any branch but jrcxz, and `short'/`near' on a
branch whose forms take no size are refused. A near `o16'/`o32' branch in 16- or
32-bit code, where NASM writes 66 with the mode's field, which a CPU reads as the
other size (another branch), is refused with the way out (`call dword x'); short
ones are NASM's. Compared with NASM in every mode, flat and as ELF objects."""

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
                other = prefix.strip() in ("o16", "o32") and prefix.strip() != f"o{bits}"
                near = kind == "near " or branch in ("call",)
                if bits != 64 and other and near:  # (see the next test)
                    with pytest.raises(AsmError, match="which a CPU reads as"):
                        assemble(source)
                    continue
                assert assemble(source) == run_nasm(source), source


@needs_nasm
@pytest.mark.parametrize("bits", [16, 32])
def test_a_near_branch_of_the_other_operand_size_is_refused_with_the_way_out(
    bits: int,
) -> None:
    # NASM: `o32 call f' in 16-bit code is 66 E8 and a 16-bit field; a CPU takes
    # 66 E8 for a call with a 32-bit field, so the bytes after it join the branch
    other = 48 - bits
    for branch, way in (("call", f"call {'dword' if other == 32 else 'word'} target"),
                        ("jmp near", f"jmp {'dword' if other == 32 else 'word'} target"),
                        ("jz near", None)):  # fmt: skip
        source = f"bits {bits}\nb: nop\no{other} {branch} b\n"
        theirs = run_nasm(source)
        opcode = 2 if branch == "jz near" else 1
        assert theirs[1:2] == b"\x66" and len(theirs) == 2 + opcode + bits // 8  # (mode's field)
        name = branch.split()[0]
        with pytest.raises(AsmError) as failed:
            assemble(source)
        message = str(failed.value.diagnostics[0])
        assert f"`o{other} {name}' near in {bits}-bit code" in message
        assert (f"write `{way}'" if way else f"write it without `o{other}'") in message
    # the sized forms give the other size's field, as NASM writes them
    word = "dword" if other == 32 else "word"
    source = f"bits {bits}\nb: nop\ncall {word} b\njmp {word} b\no{other} jmp short b\n"
    assert assemble(source) == run_nasm(source)


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
def test_o32_short_branches_near_the_end_of_a_16_bit_segment() -> None:
    source = "bits 16\norg 0xFFF0\nb: times 12 nop\no32 jmp b\no32 jmp short f\nf: nop\n"
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
        other = bits != 64 and prefix.strip() in ("o16", "o32") and prefix != f"o{bits} "
        if other and kind != "short " and branch not in ("loop", "jecxz"):
            prefix = ""  # (a near one is refused: see above)
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


@needs_nasm
@pytest.mark.parametrize("bits", [16, 32, 64])
def test_a_branch_given_a_size_as_nasm_takes_it(bits: int) -> None:
    # `jmp dword b' is near, never short (we made it short); `jz word b' and, in
    # 64-bit code, `call dword b' are NASM's errors (we took them)
    for line in ("jmp word b", "jmp dword b", "jmp qword b", "call word f", "call dword f",
                 "call qword f", "jmp near dword f", "jz word b", "jnz dword f"):  # fmt: skip
        source = f"bits {bits}\nb: nop\n{line}\nf: nop\n"
        theirs, messages = nasm_result(source)
        try:
            ours = assemble(source)
        except AsmError as err:
            assert theirs is None, line
            assert str(err.diagnostics[0]).endswith(messages[0].split(": ", 2)[-1]), line
            continue
        assert ours == theirs, line
