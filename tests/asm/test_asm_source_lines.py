"""Splitting a source into lines (numbered from 1, backslash continuations joined and
numbered by their first line, carriage returns before a line's end dropped) and a
line's comment off (not a semicolon in a string)."""

from __future__ import annotations

import pytest

from longmode.asm.lexer import strip_comment
from longmode.asm.sourcelines import split_lines


@pytest.mark.parametrize(
    ("text", "lines"),
    [
        ("", [("", 1)]),
        ("nop\nret\n", [("nop", 1), ("ret", 2), ("", 3)]),
        ("nop\r\nret\r\n", [("nop", 1), ("ret", 2), ("", 3)]),
        ("db 1, \\\n 2\nret", [("db 1,  2", 1), ("ret", 3)]),
        ("db 1, \\\r\n 2\r\nret", [("db 1,  2", 1), ("ret", 3)]),
        ("a\\\nb\\\nc\nd", [("abc", 1), ("d", 4)]),
        ("nop\nret\\", [("nop", 1), ("ret", 2)]),
        ("db '\\'\nnop", [("db '\\'", 1), ("nop", 2)]),
        ("nop\rret\n", [("nop\rret", 1), ("", 2)]),
    ],
)
def test_split_lines(text: str, lines: list[tuple[str, int]]) -> None:
    assert split_lines(text, "f.asm") == [(line, "f.asm", n) for line, n in lines]


@pytest.mark.parametrize(
    ("line", "kept"),
    [
        ("mov ax, 1", "mov ax, 1"),
        ("mov ax, 1 ; one", "mov ax, 1 "),
        ("; a comment alone", ""),
        ("mov al, 'x' ; it's x", "mov al, 'x' "),
        ("db ';', 0 ; a semicolon", "db ';', 0 "),
        ('db "a;b", 0;x', 'db "a;b", 0'),
        ("db `\\`;`, 0 ; an escaped backquote", "db `\\`;`, 0 "),
        ("db 'unterminated ; string", "db 'unterminated ; string"),
    ],
)
def test_strip_comment(line: str, kept: str) -> None:
    assert strip_comment(line) == kept
