"""Tokens of one NASM source line: numbers in every NASM radix form, strings, names.

A token is a ``(kind, value, text)`` triple: ``kind`` is ``"num"`` (value an
int or a float), ``"str"`` (value the string's bytes), ``"id"`` (value the name,
with a leading ``$`` escape removed) or ``"op"`` (value the operator).
"""

from __future__ import annotations

import re
from typing import Any

from longmode.asm.diagnostics import LineError

Token = tuple[str, Any, str]

_TOKEN_RE = re.compile(
    r"""\s*(?:
    (?P<flt>[0-9][0-9_]*(?:\.[0-9_]*)?[eE][+-][0-9]+)
    |(?P<num>\$?[0-9][0-9A-Za-z_]*(?:\.[0-9_]*(?:[eE][0-9]+)?)?)
    |(?P<id>\$\$|\$?[A-Za-z_.@][A-Za-z0-9_.?@$#~]*|\$?\?[A-Za-z0-9_.?@$#~]+|\$)
    |(?P<str>"[^"]*"|'[^']*'|`(?:\\.|[^`\\])*`)
    |(?P<op><<<|>>>|<=>|<<|>>|//|%%|==|!=|<>|<=|>=|&&|\|\||\^\^|[-+*/%&|^~!()\[\]:,<>=?{}])
    )""",
    re.X,
)

_PREFIXES = {"x": 16, "h": 16, "d": 10, "t": 10, "o": 8, "q": 8, "b": 2, "y": 2}
_SUFFIXES = {"h": 16, "x": 16, "d": 10, "t": 10, "o": 8, "q": 8, "b": 2, "y": 2}
_FLOAT_RE = re.compile(r"[0-9][0-9_]*\.[0-9_]*(?:[eE][+-]?[0-9]+)?$|[0-9][0-9_]*[eE][+-]?[0-9]+$")

_ESCAPES = {
    "n": 10, "t": 9, "r": 13, "a": 7, "b": 8, "f": 12, "v": 11, "e": 27,
    "\\": 92, "'": 39, '"': 34, "`": 96, "?": 63,
}  # fmt: skip


_MASK64 = (1 << 64) - 1
# Python converts at most this many decimal digits at once (sys.int_info.default_max_str_digits)
_DIGITS_AT_ONCE = 4000


def _int_in(text: str, radix: int) -> int | None:
    """``text`` in ``radix`` as NASM keeps it: the low 64 bits, as a signed number."""
    if not text:
        return None
    try:
        if radix == 10 and len(text) > _DIGITS_AT_ONCE:
            value = 0
            for start in range(0, len(text), _DIGITS_AT_ONCE):
                chunk = text[start : start + _DIGITS_AT_ONCE]
                value = (value * 10 ** len(chunk) + int(chunk)) & _MASK64
        else:
            value = int(text, radix) & _MASK64
    except ValueError:
        return None
    return value - (1 << 64) if value >> 63 else value


def parse_number(text: str) -> int | float | None:
    """The value of a NASM number literal, or None when it is not one.

    Integers are 64-bit as in NASM: a larger literal keeps its low 64 bits,
    and those with the top bit set are negative.
    """
    t = text.lower().replace("_", "")
    if t.startswith("$"):
        return _int_in(t[1:], 16)
    if len(t) > 2 and t[0] == "0" and t[1] in _PREFIXES:
        value = _int_in(t[2:], _PREFIXES[t[1]])
        if value is not None:
            return value
    if t[-1] in _SUFFIXES and len(t) > 1:
        value = _int_in(t[:-1], _SUFFIXES[t[-1]])
        if value is not None:
            return value
    if t.isdigit():
        return _int_in(t, 10)
    if _FLOAT_RE.match(t):
        return float(t)
    return None


def unescape_backquote(body: str) -> bytes:
    """The bytes of a back-quoted string's body, with C-style escapes applied."""
    out = bytearray()
    i = 0
    n = len(body)
    while i < n:
        c = body[i]
        if c != "\\" or i + 1 >= n:
            out += c.encode("utf-8")
            i += 1
            continue
        e = body[i + 1]
        i += 2
        if e in _ESCAPES:
            out.append(_ESCAPES[e])
        elif e in "xX":
            m = re.match(r"[0-9A-Fa-f]{1,2}", body[i:])
            if m:
                out.append(int(m.group(), 16))
                i += m.end()
            else:
                out.append(0)
        elif e in "01234567":
            m = re.match(r"[0-7]{1,3}", body[i - 1 :])
            assert m is not None
            out.append(int(m.group(), 8) & 0xFF)
            i += m.end() - 1
        elif e in "uU":
            width = 4 if e == "u" else 8
            digits = body[i : i + width]
            if re.fullmatch(r"[0-9A-Fa-f]+", digits or "x"):
                out += chr(int(digits, 16)).encode("utf-8")
                i += len(digits)
        else:
            out += e.encode("utf-8")
    return bytes(out)


def string_value(text: str) -> bytes:
    """The bytes of a quoted string token (quotes included in ``text``)."""
    body = text[1:-1]
    if text[0] == "`":
        return unescape_backquote(body)
    return body.encode("utf-8")


def tokenize(line: str) -> list[Token]:
    """Split one line (comments already removed) into tokens.

    Raises :class:`LineError` for an unterminated string or a stray character.
    """
    tokens: list[Token] = []
    pos = 0
    n = len(line)
    match = _TOKEN_RE.match
    while pos < n:
        m = match(line, pos)
        if m is None or m.end() == pos:
            rest = line[pos:].lstrip()
            if not rest:
                break
            c = rest[0]
            if c in "\"'`":
                raise LineError(f"unterminated string (missing `{c}')")
            raise LineError(f"unexpected character `{c}'")
        pos = m.end()
        kind = m.lastgroup
        text = m.group(kind)  # type: ignore[arg-type]
        if kind == "num" and text.isdigit() and len(text) < 19:
            tokens.append(("num", int(text), text))  # the common case: fits, decimal
        elif kind == "num" or kind == "flt":
            value = parse_number(text)
            if value is None:
                raise LineError(f"invalid number `{text}'")
            tokens.append(("num", value, text))
        elif kind == "id":
            name = text[1:] if text[0] == "$" and len(text) > 1 and text != "$$" else text
            tokens.append(("id", name, text))
        elif kind == "str":
            tokens.append(("str", string_value(text), text))
        else:
            tokens.append(("op", text, text))
    return tokens


def strip_comment(line: str) -> str:
    """The line without its ``;`` comment (a ``;`` inside a string is kept)."""
    if ";" not in line:
        return line
    head = line[: line.index(";")]
    if '"' not in head and "'" not in head and "`" not in head:
        return head  # (most comments: no string before them)
    quote = ""
    i = 0
    n = len(line)
    while i < n:
        c = line[i]
        if quote:
            if c == "\\" and quote == "`":
                i += 1
            elif c == quote:
                quote = ""
        elif c in "\"'`":
            quote = c
        elif c == ";":
            return line[:i]
        i += 1
    return line


def split_commas(tokens: list[Token]) -> list[list[Token]]:
    """Split tokens at commas outside brackets and parentheses."""
    parts: list[list[Token]] = [[]]
    depth = 0
    for tok in tokens:
        if tok[0] == "op":
            v = tok[1]
            if v in "([{":
                depth += 1
            elif v in ")]}":
                depth -= 1
            elif v == "," and depth == 0:
                parts.append([])
                continue
        parts[-1].append(tok)
    return parts
