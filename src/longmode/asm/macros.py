"""Macro definitions of the preprocessor and the expansion of single-line macros."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from longmode.asm.diagnostics import LineError

# Strings and numbers are matched (and skipped) so names inside them are not expanded.
_WORD_RE = re.compile(
    r"""("[^"]*"|'[^']*'|`(?:\\.|[^`\\])*`)|(\$?[0-9][\w.]*)|([A-Za-z_.?@$][\w.?@$#~]*)"""
)


@dataclass
class SingleMacro:
    """``%define name(params) body``; ``params`` is None for a macro without a list."""

    name: str
    params: list[str] | None
    body: str


@dataclass
class MultiMacro:
    """``%macro name min[-max][+] [defaults]`` with its body lines."""

    name: str
    min_params: int
    max_params: int  # -1 means no upper bound ("*")
    greedy: bool
    defaults: list[str]
    body: list[tuple[str, str, int]] = field(default_factory=list)

    def accepts(self, count: int) -> bool:
        """Whether an invocation with ``count`` parameters matches this macro."""
        if count < self.min_params:
            return False
        return self.greedy or self.max_params < 0 or count <= self.max_params


def split_args(text: str) -> list[str]:
    """Split macro arguments at top-level commas (braces, parentheses and strings group)."""
    args: list[str] = []
    depth = 0
    quote = ""
    start = 0
    for i, c in enumerate(text):
        if quote:
            if c == quote:
                quote = ""
        elif c in "\"'`":
            quote = c
        elif c in "({[":
            depth += 1
        elif c in ")}]":
            depth -= 1
        elif c == "," and depth == 0:
            args.append(text[start:i].strip())
            start = i + 1
    args.append(text[start:].strip())
    return [_unbrace(a) for a in args]


def _unbrace(arg: str) -> str:
    if len(arg) >= 2 and arg[0] == "{" and arg[-1] == "}":
        return arg[1:-1]
    return arg


def _call_args(text: str, pos: int) -> tuple[list[str], int] | None:
    """Parse ``(a, b)`` starting at ``pos`` (after optional blanks); None if absent."""
    i = pos
    while i < len(text) and text[i] in " \t":
        i += 1
    if i >= len(text) or text[i] != "(":
        return None
    depth = 0
    quote = ""
    for j in range(i, len(text)):
        c = text[j]
        if quote:
            if c == quote:
                quote = ""
        elif c in "\"'`":
            quote = c
        elif c == "(":
            depth += 1
        elif c == ")":
            depth -= 1
            if depth == 0:
                inner = text[i + 1 : j]
                return (split_args(inner) if inner.strip() else []), j + 1
    return None


class Defines:
    """The table of single-line macros, with case-sensitive and insensitive names."""

    def __init__(self) -> None:
        self.exact: dict[str, list[SingleMacro]] = {}
        self.folded: dict[str, list[SingleMacro]] = {}
        self.builtins: dict[str, str] = {}

    def __bool__(self) -> bool:
        return bool(self.exact or self.folded)

    def define(self, macro: SingleMacro, case_insensitive: bool = False) -> None:
        """Add or replace a definition (same name and parameter count)."""
        table = self.folded if case_insensitive else self.exact
        key = macro.name.lower() if case_insensitive else macro.name
        count = None if macro.params is None else len(macro.params)
        kept = [
            m for m in table.get(key, []) if (None if m.params is None else len(m.params)) != count
        ]
        kept.append(macro)
        table[key] = kept

    def undefine(self, name: str) -> None:
        """Remove every definition of ``name``."""
        self.exact.pop(name, None)
        self.folded.pop(name.lower(), None)

    def is_defined(self, name: str) -> bool:
        """Whether ``name`` is a single-line macro (``%ifdef``)."""
        return name in self.exact or name.lower() in self.folded or name in self.builtins

    def _find(self, name: str) -> list[SingleMacro] | None:
        return self.exact.get(name) or self.folded.get(name.lower())

    def expand(self, text: str, depth: int = 0) -> str:
        """``text`` with every single-line macro expanded (rescanned, bounded depth)."""
        if depth > 32:
            raise LineError("macro expansion too deep (recursive %define?)")
        out: list[str] = []
        pos = 0
        changed = False
        for m in _WORD_RE.finditer(text):
            name = m.group(3)
            if name is None or m.start() < pos:
                continue
            if name in self.builtins:
                out.append(text[pos : m.start()])
                out.append(self.builtins[name])
                pos = m.end()
                changed = True
                continue
            found = self._find(name)
            if not found:
                continue
            call = None
            if any(d.params for d in found):
                call = _call_args(text, m.end())
            macro = None
            end = m.end()
            if call is not None:
                for d in found:
                    if d.params is not None and len(d.params) == len(call[0]):
                        macro = d
                        end = call[1]
                        break
            if macro is None:
                plain = [d for d in found if d.params is None or (not d.params and call)]
                if not plain:
                    continue
                macro = plain[0]
                if macro.params == [] and call is not None:
                    end = call[1]
            body = macro.body
            if macro.params:
                assert call is not None
                body = substitute_params(body, dict(zip(macro.params, call[0], strict=True)))
            out.append(text[pos : m.start()])
            out.append(body)
            pos = end
            changed = True
        if not changed:
            return text
        out.append(text[pos:])
        return self.expand("".join(out), depth + 1)


def substitute_params(body: str, values: dict[str, str]) -> str:
    """Replace whole-word parameter names in a ``%define`` body."""

    def repl(m: re.Match[str]) -> str:
        name = m.group(3)
        if name is not None and name in values:
            return values[name]
        return m.group(0)

    return _WORD_RE.sub(repl, body)
