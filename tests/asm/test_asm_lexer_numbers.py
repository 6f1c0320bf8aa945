"""Decimal literals take a quick path in the tokenizer: the same values as
:func:`parse_number` (64-bit, wrapping, leading zeros) at every length."""

from __future__ import annotations

import pytest

from longmode.asm.lexer import parse_number, tokenize


@pytest.mark.parametrize(
    "text",
    ["0", "7", "007", "123456789012345678", "999999999999999999", "9223372036854775807",
     "9223372036854775808", "18446744073709551615", "18446744073709551616",
     "123456789012345678901234567890"],
)  # fmt: skip
def test_decimal_tokens_have_parse_number_values(text: str) -> None:
    assert tokenize(f"dq {text}") == [("id", "dq", "dq"), ("num", parse_number(text), text)]
