"""Floating-point constants of ``dw``/``dd``/``dq``/``dt``, rounded exactly like NASM.

The decimal text is converted with exact rational arithmetic and rounded once
(to nearest, ties to even) into IEEE half/single/double or the x87 80-bit
extended format, so no double-rounding error creeps in.
"""

from __future__ import annotations

from fractions import Fraction

from longmode.asm.diagnostics import LineError

# width in bytes → (mantissa bits stored, exponent bits, explicit integer bit)
FORMATS = {2: (10, 5, False), 4: (23, 8, False), 8: (52, 11, False), 10: (63, 15, True)}


def _round_half_even(value: Fraction) -> int:
    floor = value.numerator // value.denominator
    rest = value - floor
    if rest > Fraction(1, 2) or (rest == Fraction(1, 2) and floor % 2):
        return floor + 1
    return floor


def _encode(value: Fraction, negative: bool, width: int) -> bytes:
    mant_bits, exp_bits, explicit = FORMATS[width]
    bias = (1 << (exp_bits - 1)) - 1
    max_exp = (1 << exp_bits) - 1
    sign = 1 if negative else 0
    if value == 0:
        bits = 0
    else:
        exponent = value.numerator.bit_length() - value.denominator.bit_length()
        if Fraction(2) ** exponent > value:
            exponent -= 1
        exponent = max(exponent, 1 - bias)  # subnormals share the smallest exponent
        mantissa = _round_half_even(value / Fraction(2) ** (exponent - mant_bits))
        if mantissa >= 1 << (mant_bits + 1):
            mantissa >>= 1
            exponent += 1
        if exponent + bias >= max_exp:
            field_exp, mantissa = max_exp, (1 << mant_bits if explicit else 0)
        elif mantissa < 1 << mant_bits:  # subnormal
            field_exp = 0
        else:
            field_exp = exponent + bias
            if not explicit:
                mantissa -= 1 << mant_bits
        bits = (field_exp << (mant_bits + (1 if explicit else 0))) | mantissa
    total = 8 * width
    bits |= sign << (total - 1)
    return bits.to_bytes(width, "little")


def float_bytes(text: str, width: int, negative: bool = False) -> bytes:
    """The decimal literal ``text`` as a ``width``-byte float (2, 4, 8 or 10 bytes)."""
    if width not in FORMATS:
        raise LineError(f"floating-point constant cannot be {width} bytes wide")
    try:
        value = Fraction(text.replace("_", ""))
    except (ValueError, ZeroDivisionError):
        raise LineError(f"invalid floating-point constant `{text}'") from None
    if value < 0:
        value, negative = -value, not negative
    return _encode(value, negative, width)
