"""Layout: sizes that depend on forward references converge to NASM's choices.

Random programs of labels, branches, alignment and label arithmetic (where
each branch's and displacement's size depends on the others) must come out
byte for byte as NASM lays them out.
"""

from __future__ import annotations

import random

from asm_oracle import needs_nasm, run_nasm
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from longmode.asm import AsmError, assemble


@st.composite
def programs(draw: st.DrawFn) -> str:
    count = draw(st.integers(2, 24))
    target = st.integers(0, count - 1)
    lines = [f"bits {draw(st.sampled_from([16, 32, 64]))}"]
    for i in range(count):
        lines.append(f"l{i}:")
        for _ in range(draw(st.integers(0, 3))):
            kind = draw(st.integers(0, 8))
            t = draw(target)
            lines.append(
                [
                    f"  jmp l{t}",
                    f"  jz l{t}",
                    f"  times {draw(st.integers(0, 90))} nop",
                    f"  call l{t}",
                    f"  align {draw(st.sampled_from([2, 4, 8, 16]))}",
                    f"  mov eax, l{t} - l0",
                    f"  db l{t} - l0",
                    f"  jmp short l{i}",
                    f"  add eax, [ebx + l{t} - l0]",
                ][kind]
            )
    return "\n".join(lines) + "\n"


@needs_nasm
@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(programs())
def test_forward_references_converge_like_nasm(source: str) -> None:
    try:
        expected: bytes | None = run_nasm(source)
    except AssertionError:
        expected = None  # NASM rejects it (e.g. a byte out of range): so must we
    try:
        ours: bytes | None = assemble(source)
    except AsmError:
        ours = None
    assert ours == expected


def test_forward_branch_is_short_when_it_reaches() -> None:
    source = "bits 64\njmp done\ntimes 10 nop\ndone: ret\n"
    assert assemble(source) == bytes.fromhex("eb0a") + b"\x90" * 10 + b"\xc3"


def test_forward_branch_is_near_when_it_does_not() -> None:
    source = "bits 64\njmp done\ntimes 200 nop\ndone: ret\n"
    assert assemble(source) == bytes.fromhex("e9c8000000") + b"\x90" * 200 + b"\xc3"


def _random_bin_sections(rng: random.Random) -> str:
    """Sections with align=/vstart=/follows=, nobits, and references between them."""
    lines = ["bits 16", f"org {rng.choice([0, 0x100, 0x7C00])}"]
    names: list[str] = []
    for i in range(rng.randint(2, 7)):
        name = rng.choice([".text", ".data", ".rodata", ".extra", ".bss"])
        attrs = ""
        if name not in names:
            r = rng.random()
            if r < 0.2:
                attrs = f" align={rng.choice([1, 2, 4, 8, 16, 32])}"
            elif r < 0.3 and name != ".text":
                attrs = f" vstart={rng.choice([0x1000, 0x2000])}"
            elif r < 0.35 and name not in (".text", ".bss") and names:
                attrs = f" follows={rng.choice(names)}"
            names.append(name)
        lines += [f"section {name}{attrs}", f"lab{i}:"]
        for _ in range(rng.randint(0, 4)):
            if name == ".bss":
                lines.append(f"  resb {rng.randint(1, 20)}")
                continue
            lines.append(
                rng.choice(
                    [
                        f"  db {rng.randint(0, 255)}",
                        f"  dw lab{rng.randint(0, i)}",
                        f"  times {rng.randint(1, 9)} db 1",
                        f"  align {rng.choice([2, 4, 8])}",
                        f"  mov ax, [lab{rng.randint(0, i)}]",
                    ]
                )
            )
    return "\n".join(lines) + "\n"


@needs_nasm
@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.randoms(use_true_random=False))
def test_bin_sections_are_placed_like_nasm(rng: random.Random) -> None:
    source = _random_bin_sections(rng)
    try:
        expected: bytes | None = run_nasm(source)
    except AssertionError:
        expected = None
    try:
        ours: bytes | None = assemble(source)
    except AsmError:
        ours = None
    assert ours == expected
