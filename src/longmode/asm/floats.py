"""Floating-point constants of ``dw``/``dd``/``dq``/``dt``, rounded like NASM.

The decimal text is read the way NASM's ``float.c`` reads it: only the first
:data:`MANT_DIGITS` significant digits count (the rest are dropped, with
NASM's warning), and a written exponent is capped at ±:data:`EXPONENT_CAP`.
The value is then converted with exact rational arithmetic and rounded once
(to nearest, ties to even) into IEEE half/single/double or the x87 80-bit
extended format, so no double-rounding error creeps in.

A value far outside every format's range is answered at once, without
arithmetic on huge numbers: infinity with NASM's overflow warning, or zero
(NASM's underflow warning is off by default, so there is none).
"""

from __future__ import annotations

import re
from fractions import Fraction

from longmode.asm.diagnostics import LineError

# width in bytes → (mantissa bits stored, exponent bits, explicit integer bit)
FORMATS = {2: (10, 5, False), 4: (23, 8, False), 8: (52, 11, False), 10: (63, 15, True)}

#: NASM keeps this many significant decimal digits and drops the rest.
MANT_DIGITS = 52
#: NASM caps the magnitude of a written decimal exponent at this value.
EXPONENT_CAP = 5000
# Every value of 10**_OVERFLOW_SCALE or more is beyond the largest value of
# every format (x87 extended: about 1.19e4932); every value below
# 10**_UNDERFLOW_SCALE is below half its smallest subnormal (about 3.6e-4951).
_OVERFLOW_SCALE = 4940
_UNDERFLOW_SCALE = -4960

TOO_LONG = f"floating-point constant significand contains more than {MANT_DIGITS} digits"
OVERFLOW = "overflow in floating-point constant"

_DECIMAL_RE = re.compile(r"([0-9]*)(?:\.([0-9]*))?(?:e([+-]?)([0-9]+))?$")


def _round_half_even(value: Fraction) -> int:
    floor = value.numerator // value.denominator
    rest = value - floor
    if rest > Fraction(1, 2) or (rest == Fraction(1, 2) and floor % 2):
        return floor + 1
    return floor


def _capped_exponent(sign: str, digits: str) -> int:
    """A written exponent, capped at ±EXPONENT_CAP like NASM (without reading a huge number)."""
    digits = digits.lstrip("0")
    value = EXPONENT_CAP if len(digits) > 4 else min(int(digits or "0"), EXPONENT_CAP)
    return -value if sign == "-" else value


def read_decimal(text: str) -> tuple[int, int, bool]:
    """``text`` as NASM reads it: ``(significand, power, dropped)`` such that the value
    is ``significand * 10**power``; ``dropped`` tells whether digits past
    :data:`MANT_DIGITS` were ignored."""
    m = _DECIMAL_RE.match(text.lower().replace("_", ""))
    if m is None or not (m.group(1) or m.group(2)):
        raise LineError(f"invalid floating-point constant `{text}'")
    whole, fraction = m.group(1), m.group(2) or ""
    digits = (whole + fraction).lstrip("0")
    if not digits:
        return 0, 0, False
    lead = whole.lstrip("0")
    # NASM's count: the value is 0.DIGITS times 10**tenpwr
    tenpwr = len(lead) if lead else len(fraction.lstrip("0")) - len(fraction)
    if m.group(4) is not None:
        tenpwr += _capped_exponent(m.group(3), m.group(4))
    kept = digits[:MANT_DIGITS]
    return int(kept), tenpwr - len(kept), len(digits) > MANT_DIGITS


def _encode(value: Fraction, width: int) -> tuple[int, bool]:
    """The bits of a non-negative ``value`` (sign bit clear), and whether it overflowed."""
    mant_bits, exp_bits, explicit = FORMATS[width]
    bias = (1 << (exp_bits - 1)) - 1
    max_exp = (1 << exp_bits) - 1
    if value == 0:
        return 0, False
    exponent = value.numerator.bit_length() - value.denominator.bit_length()
    if Fraction(2) ** exponent > value:
        exponent -= 1
    exponent = max(exponent, 1 - bias)  # subnormals share the smallest exponent
    mantissa = _round_half_even(value / Fraction(2) ** (exponent - mant_bits))
    if mantissa >= 1 << (mant_bits + 1):
        mantissa >>= 1
        exponent += 1
    overflow = exponent + bias >= max_exp
    if overflow:
        field_exp, mantissa = max_exp, (1 << mant_bits if explicit else 0)
    elif mantissa < 1 << mant_bits:  # subnormal
        field_exp = 0
    else:
        field_exp = exponent + bias
        if not explicit:
            mantissa -= 1 << mant_bits
    return (field_exp << (mant_bits + (1 if explicit else 0))) | mantissa, overflow


def _infinity(width: int) -> int:
    mant_bits, exp_bits, explicit = FORMATS[width]
    return (((1 << exp_bits) - 1) << (mant_bits + explicit)) | (explicit << mant_bits)


def float_bytes(text: str, width: int, negative: bool = False) -> tuple[bytes, list[str]]:
    """The decimal literal ``text`` as a ``width``-byte float (2, 4, 8 or 10 bytes),
    and NASM's warnings about it (digits dropped, overflow to infinity)."""
    if width not in FORMATS:
        raise LineError(f"floating-point constant cannot be {width} bytes wide")
    significand, power, dropped = read_decimal(text)
    warnings = [TOO_LONG] if dropped else []
    scale = power + len(str(significand))  # the value is below 10**scale
    if significand == 0 or scale < _UNDERFLOW_SCALE:
        bits = 0
    elif scale - 1 >= _OVERFLOW_SCALE:
        bits, overflow = _infinity(width), True
        warnings.append(OVERFLOW)
    else:
        bits, overflow = _encode(Fraction(significand) * Fraction(10) ** power, width)
        if overflow:
            warnings.append(OVERFLOW)
    if negative:
        bits |= 1 << (8 * width - 1)
    return bits.to_bytes(width, "little"), warnings
