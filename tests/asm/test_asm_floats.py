"""Floating-point constants: NASM's bytes and warnings, at once even for absurd exponents
and digit strings (NASM answers those in milliseconds; so must we)."""

from __future__ import annotations

import random

import pytest
from asm_oracle import nasm_result, needs_nasm, ours_quickly

from longmode.asm import assemble_source

HUGE = [
    "dq 1.0e9999999",
    "dq -1.0e9999999",
    "dq 1.0e-9999999",
    "dq -1.0e-9999999",
    "dw 1.0e9999999",
    "dd 1.0e9999999",
    "dt 1.0e9999999",
    "dt 1.0e-9999999",
    "dd 1.0e-9999999",
    "dq 1.0e99999999999999999999",
    "dq 1.0e-99999999999999999999",
    "dq 0.0e9999999",
    "dq 1e5000",
    "dq 1.0e" + "9" * 100_000,
    "dq 1.0e-" + "9" * 100_000,
    "dq 1.0e" + "0" * 100_000 + "5",
    "dq " + "1" + "0" * 100_000 + ".0",
    "dq 0." + "0" * 100_000 + "1",
    "dq 1." + "2345678901" * 10_000,
    "dt 1." + "2345678901" * 10_000,
    "dq 1.5" + "0" * 100_000 + "e-300",
    # NASM caps the written exponent at -5000 before adding the 100,000 places of the
    # integer part: the value overflows although it "is" 1.2e9
    "dq " + "1234567890" * 10_000 + ".5e-99990",
    "dq 1.7976931348623159e308",  # rounds up to infinity
    "dd 3.4028235677973366e38",  # the halfway point above FLT_MAX: ties to even, infinity
    "dq 4.9e-324",
    "dq 2.4703282292062327e-324",  # just below half the smallest subnormal
    "dt 3.6e-4951",
    "dq 1.000000000000000111022302462515654042363166809082031250001",  # digits past 52 dropped
]


@needs_nasm
@pytest.mark.parametrize("source", HUGE, ids=lambda s: s if len(s) < 40 else s[:30] + "…")
def test_huge_and_tiny_constants_match_nasm_at_once(source: str) -> None:
    assert ours_quickly(source + "\n") == nasm_result(source + "\n")


# How far the decimal exponent of each width's values reaches (subnormals included).
REACH = {"dw": 8, "dd": 46, "dq": 325, "dt": 4952}


def _literal(rng: random.Random, reach: int) -> str:
    """A decimal literal: short or long significand, an exponent mostly within ``reach``."""
    digits = "".join(rng.choice("0123456789") for _ in range(rng.choice([1, 3, 17, 25, 60])))
    point = rng.randint(0, len(digits))
    text = (digits[:point] or "0") + "." + digits[point:]
    exponent = rng.choice([rng.randint(-reach, reach)] * 4 + [rng.randint(-6000, 6000)])
    return f"{text}e{exponent:+d}"


@needs_nasm
@pytest.mark.parametrize("width", ["dw", "dd", "dq", "dt"])
def test_random_constants_match_nasm(width: str) -> None:
    rng = random.Random(width)
    lines = []
    for _ in range(300):
        text = _literal(rng, REACH[width])
        if not _in_nasm_off_by_one_range(text, width):
            lines.append(f"{width} {rng.choice(['', '-'])}{text}")
    source = "\n".join(lines) + "\n"
    assert ours_quickly(source) == nasm_result(source)


def _in_nasm_off_by_one_range(text: str, width: str) -> bool:
    """NASM encodes values in [2**(emax+1), 2**(emax+2)) as a NaN without a warning
    (tests/asm/data/known_differences.txt): such values are left out."""
    from fractions import Fraction

    from longmode.asm.floats import read_decimal

    significand, power, _ = read_decimal(text)
    if not significand or not -5000 < power < 5000:
        return False
    value = Fraction(significand) * Fraction(10) ** power
    top = {"dw": 16, "dd": 128, "dq": 1024, "dt": 16384}[width]
    return Fraction(2) ** top <= value < Fraction(2) ** (top + 1)


def test_overflow_warns_in_the_last_pass_only_once_per_line() -> None:
    result = assemble_source("jmp end\ndq 1.0e400, 2.0e400\nend:\n", filename="w.asm")
    assert [str(w) for w in result.warnings] == [
        "w.asm:2: warning: overflow in floating-point constant"
    ]
    assert result.output[2:] == bytes.fromhex("000000000000f07f") * 2


def test_times_repeats_a_warned_constant() -> None:
    result = assemble_source("times 3 dd 1.0e99\n", filename="t.asm")
    assert result.output == bytes.fromhex("0000807f") * 3
    assert len(result.warnings) == 1
