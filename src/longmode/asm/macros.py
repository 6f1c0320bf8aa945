"""Macro definitions of the preprocessor and the expansion of single-line macros."""

from __future__ import annotations

import re

from longmode.asm.diagnostics import LimitError
from longmode.asm.limits import MAX_EXPANDED_TEXT, MAX_MACRO_LEVELS, MAX_MACRO_TOKENS
from longmode.asm.records import Record
from longmode.files import size_text

# Strings and numbers are matched (and skipped) so names inside them are not expanded.
_WORD_RE = re.compile(
    r"""("[^"]*"|'[^']*'|`(?:\\.|[^`\\])*`)|(\$?[0-9][\w.]*)|([A-Za-z_.?@$][\w.?@$#~]*)"""
)
#: :data:`_WORD_RE` with only its names caught (strings and numbers match as empty).
_NAME_RE = re.compile(
    r"""(?:"[^"]*"|'[^']*'|`(?:\\.|[^`\\])*`)|(?:\$?[0-9][\w.]*)|([A-Za-z_.?@$][\w.?@$#~]*)"""
)


class SingleMacro(Record):
    """``%define name(params) body``; ``params`` is None for a macro without a list."""

    __slots__ = ("body", "name", "names", "params", "words")
    name: str
    params: list[str] | None
    body: str
    names: frozenset[str] | None  # the names in the body, once known
    words: int  # with names: all words of body

    def __init__(
        self,
        name: str,
        params: list[str] | None,
        body: str,
        names: frozenset[str] | None = None,
        words: int = 0,
    ) -> None:
        self.name = name
        self.params = params
        self.body = body
        self.names = names
        self.words = words


class MultiMacro(Record):
    """``%macro name min[-max][+] [defaults]`` with its body lines."""

    __slots__ = ("body", "defaults", "greedy", "max_params", "min_params", "name", "recursive")
    name: str
    min_params: int
    max_params: int  # -1 means no upper bound ("*")
    greedy: bool
    defaults: list[str]
    body: list[tuple[str, str, int]]
    recursive: bool  # `%rmacro': may call itself

    def __init__(
        self,
        name: str,
        min_params: int,
        max_params: int,
        greedy: bool,
        defaults: list[str],
        body: list[tuple[str, str, int]] | None = None,
        recursive: bool = False,
    ) -> None:
        self.name = name
        self.min_params = min_params
        self.max_params = max_params
        self.greedy = greedy
        self.defaults = defaults
        self.body = [] if body is None else body
        self.recursive = recursive

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
        #: How many case-sensitive names start with each pair of characters (or are
        #: that one character), and a pattern finding any of these (made again when
        #: the set changes).
        self.initials: dict[str, int] = {}
        self._initials_re: re.Pattern[str] | None = None
        #: Characters all expansions (of single-line macros and of multi-line
        #: macros' parameters) have produced, at most MAX_EXPANDED_TEXT.
        self.produced = 0

    def __bool__(self) -> bool:
        return bool(self.exact or self.folded)

    def charge(self, size: int) -> None:
        """Count ``size`` characters a multi-line macro's parameters produced."""
        self.produced += size
        if self.produced > MAX_EXPANDED_TEXT:
            raise LimitError(EXPANDED_TOO_MUCH)

    def define(self, macro: SingleMacro, case_insensitive: bool = False) -> None:
        """Add or replace a definition (same name and parameter count)."""
        table = self.folded if case_insensitive else self.exact
        key = macro.name.lower() if case_insensitive else macro.name
        count = None if macro.params is None else len(macro.params)
        kept = [
            m for m in table.get(key, []) if (None if m.params is None else len(m.params)) != count
        ]
        kept.append(macro)
        if not case_insensitive and key not in table:
            self._count_initial(key, 1)
        table[key] = kept

    def undefine(self, name: str) -> None:
        """Remove every definition of ``name``."""
        if self.exact.pop(name, None) is not None:
            self._count_initial(name, -1)
        self.folded.pop(name.lower(), None)

    def _count_initial(self, name: str, change: int) -> None:
        """Count a case-sensitive name in or out of :attr:`initials`."""
        initial = name[:2]
        count = self.initials.get(initial, 0) + change
        if not count or initial not in self.initials:
            self._initials_re = None  # (a start comes or goes)
        if count:
            self.initials[initial] = count
        else:
            del self.initials[initial]

    def _may_name_one(self, text: str) -> bool:
        """Whether ``text`` may hold a case-sensitive name of the table: it has the
        first two characters of one of them (most lines have none: the names are
        often ``__BITS__`` and the like, or capitals)."""
        pattern = self._initials_re
        if pattern is None:
            starts = "|".join(re.escape(start) for start in sorted(self.initials))
            pattern = self._initials_re = re.compile(starts or "(?!)")
        return pattern.search(text) is not None

    def is_defined(self, name: str) -> bool:
        """Whether ``name`` is a single-line macro (``%ifdef``)."""
        return name in self.exact or name.lower() in self.folded or name in self.builtins

    def find(self, name: str) -> list[SingleMacro] | None:
        """The definitions of ``name`` (case-sensitive ones first)."""
        return self.exact.get(name) or self.folded.get(name.lower())

    def _first_macro(self, text: str) -> int:
        """Where the first word of ``text`` that is a macro starts, or -1 (most lines
        have none)."""
        exact, folded, builtins = self.exact, self.folded, self.builtins
        if not folded and not builtins and not self._may_name_one(text):
            return -1
        names = _NAME_RE.findall(text)  # the names (and an empty one for the rest)
        if (
            exact.keys().isdisjoint(names)
            and builtins.keys().isdisjoint(names)
            and (not folded or all(name.lower() not in folded for name in names))
        ):
            return -1
        for m in _WORD_RE.finditer(text):
            name = m.group(3)
            if name is not None and (name in exact or name in builtins or name.lower() in folded):
                return m.start()
        return -1

    def _expand_plain(self, text: str, start: int) -> str | None:
        """The common case at once: every macro in ``text`` is a name without
        parameters whose body has no macro in it (a number, a register, a string);
        None when the line needs :class:`_Expansion`."""
        exact, folded = self.exact, self.folded
        if self.builtins:
            return None
        out: list[str] = []
        pos = 0
        words = 0
        for m in _WORD_RE.finditer(text, start):
            words += 1
            name = m.group(3)
            if name is None:
                continue
            found = exact.get(name) or folded.get(name.lower())
            if not found:
                continue
            macro = found[0]
            if len(found) > 1 or macro.params is not None or not self.inert(macro):
                return None
            words += macro.words
            out.append(text[pos : m.start()])
            out.append(macro.body)
            pos = m.end()
        out.append(text[pos:])
        result = "".join(out)
        if words > MAX_MACRO_TOKENS or self.produced + len(result) > MAX_EXPANDED_TEXT:
            return None  # let the full expansion say which limit
        self.produced += len(result)
        return result

    def inert(self, macro: SingleMacro) -> bool:
        """Whether nothing in a macro's body can expand now (no name in it is a macro)."""
        names = macro.names
        if names is None:
            words = [m.group(3) for m in _WORD_RE.finditer(macro.body)]
            names = macro.names = frozenset(word for word in words if word)
            macro.words = len(words)
        if not names:  # a number, a string: the common case
            return True
        builtins = self.builtins
        return not any(self.find(name) or name in builtins for name in names)

    def expand(self, text: str) -> str:
        """``text`` with its single-line macros expanded, as NASM expands them.

        A macro is not expanded again inside its own expansion (``%define a a+1``
        gives ``a+1``). A call's arguments are put in as written, except inside
        another macro's expansion, where they are expanded first (NASM expands a
        body from its end). One call goes through at most MAX_MACRO_TOKENS words
        and MAX_MACRO_LEVELS nested expansions (NASM's "interminable macro
        recursion"); all calls together produce at most MAX_EXPANDED_TEXT.
        """
        if not (self.exact or self.folded or self.builtins):
            return text
        start = self._first_macro(text)
        if start < 0:  # (most lines)
            return text
        return self.expand_names(text, names=False, start=start)[0]

    def expand_names(
        self, text: str, names: bool = True, start: int | None = None
    ) -> tuple[str, frozenset[str] | None, int]:
        """:meth:`expand`, and with ``names`` the names left in the result and how
        many words it has (for ``%xdefine``: a body of names that are no macros is
        copied, never read again; one that appends to itself stays quick). ``start``:
        where the first macro in ``text`` is, when known."""
        if start is None:
            macros = self.exact or self.folded or self.builtins
            start = self._first_macro(text) if macros else -1
        if start < 0:
            return text, None, 0
        if not names:
            plain = self._expand_plain(text, start)
            if plain is not None:
                return plain, None, 0
        expansion = _Expansion(self, names)
        result = expansion.run(text, frozenset(), 0 if names else start)
        found = None if expansion.names is None else frozenset(expansion.names)
        if expansion.changed:
            self.produced += len(result)
            text = result
        return text, found, expansion.kept


# Blanks, then the opening parenthesis of arguments or the end of the text.
_OPEN_RE = re.compile(r"[ \t]*(?:\(|$)")
#: Arguments inside arguments expanded first, one inside another, at most this deep.
_MAX_ARGUMENT_DEPTH = 100
INTERMINABLE = "interminable macro recursion"
EXPANDED_TOO_MUCH = (
    f"macro expansions must produce at most {size_text(MAX_EXPANDED_TEXT)} of text in all "
    "(longmode's limit)"
)


class _Segment:
    """Text still to be read, and the macros (by id) not to be expanded in it."""

    __slots__ = ("disabled", "pos", "text")

    def __init__(self, text: str, pos: int, disabled: frozenset[int]) -> None:
        self.text = text
        self.pos = pos
        self.disabled = disabled


class _Expansion:
    """One call of :meth:`Defines.expand`: its budget of words and its output; with
    ``names``, it also collects the names left in the output."""

    def __init__(self, defines: Defines, names: bool = False) -> None:
        self.defines = defines
        self.words = MAX_MACRO_TOKENS
        self.size = 0
        self.depth = 0
        self.changed = False
        self.names: set[str] | None = set() if names else None
        self.kept = 0  # words left in the output

    def run(self, text: str, disabled: frozenset[int], start: int = 0) -> str:
        """``text`` expanded from ``start`` on, with the macros in ``disabled`` not
        expanded (what comes before ``start`` is kept as it is)."""
        out = [text[:start]] if start else []
        self.size += start
        segments = [_Segment(text, start, disabled)]  # a stack: the last one is read first
        while segments:
            self._read(segments, out)
        return "".join(out)

    def _put(self, out: list[str], piece: str) -> None:
        out.append(piece)
        self.size += len(piece)
        if self.changed and self.defines.produced + self.size > MAX_EXPANDED_TEXT:
            raise LimitError(EXPANDED_TOO_MUCH)

    def _read(self, segments: list[_Segment], out: list[str]) -> None:
        """Read the top segment up to its end (then drop it) or up to a macro call
        (whose expansion then goes on top)."""
        seg = segments[-1]
        text = seg.text
        builtins = self.defines.builtins
        for m in _WORD_RE.finditer(text, seg.pos):
            self.words -= 1
            if self.words < 0:
                raise LimitError(INTERMINABLE)
            name = m.group(3)
            if name is None:
                self.kept += 1
                continue
            value = builtins.get(name)
            if value is not None:
                self._put(out, text[seg.pos : m.start()])
                self._put(out, value)
                seg.pos = m.end()
                self.changed = True
            elif self._call(segments, m, out):
                return
            else:
                self.kept += 1
                if self.names is not None:
                    self.names.add(name)
        self._put(out, text[seg.pos :])
        segments.pop()

    def _call(self, segments: list[_Segment], m: re.Match[str], out: list[str]) -> bool:
        """Expand the macro named at ``m`` in the top segment, if it is one."""
        found = self.defines.find(m.group(3))
        if not found:
            return False
        seg = segments[-1]
        if len(found) == 1 and found[0].params is None:  # the common case: a plain name
            macro, args, end = found[0], [], m.end()
        else:
            takes = any(d.params is not None for d in found)
            chosen = _choose(found, self._arguments(segments, m.end()) if takes else None)
            if chosen is None:
                return False
            macro, args, end = chosen[0], chosen[1], m.end() + chosen[2]
        if id(macro) in seg.disabled:
            return False
        self._put(out, seg.text[seg.pos : m.start()])
        if end <= len(seg.text):
            seg.pos = end
        else:
            _skip(segments, end)
        self.changed = True
        if macro.params:
            if seg.disabled:  # inside an expansion: the arguments first, as NASM does
                args = [self._argument(arg, seg.disabled) for arg in args]
            body = substitute_params(macro.body, dict(zip(macro.params, args, strict=True)))
        elif self.defines.inert(macro):  # copied, but its words count as if read
            self.words -= macro.words
            if self.words < 0:
                raise LimitError(INTERMINABLE)
            self._put(out, macro.body)
            self.kept += macro.words
            if self.names is not None and macro.names:
                self.names |= macro.names
            return True
        else:
            body = macro.body
        if len(segments) > MAX_MACRO_LEVELS:
            raise LimitError(INTERMINABLE)
        segments.append(_Segment(body, 0, seg.disabled | {id(macro)}))
        return True

    def _argument(self, text: str, disabled: frozenset[int]) -> str:
        self.depth += 1
        if self.depth > _MAX_ARGUMENT_DEPTH:
            raise LimitError(INTERMINABLE)
        try:
            return self.run(text, disabled)
        finally:
            self.depth -= 1

    def _arguments(self, segments: list[_Segment], pos: int) -> tuple[list[str], int] | None:
        """The ``(a, b)`` after ``pos`` in the top segment and its length, if there is
        one; it may go on in the segments below (after a macro's expansion)."""
        seg = segments[-1]
        call = _call_args(seg.text, pos)
        if call is not None:
            return call[0], call[1] - pos
        if len(segments) == 1 or _OPEN_RE.match(seg.text, pos) is None:
            return None
        joined = seg.text[pos:] + "".join(s.text[s.pos :] for s in reversed(segments[:-1]))
        call = _call_args(joined, 0)
        return None if call is None else (call[0], call[1])


def _choose(
    found: list[SingleMacro], call: tuple[list[str], int] | None
) -> tuple[SingleMacro, list[str], int] | None:
    """The definition a use selects: by its argument count when it has arguments,
    else one without a parameter list; with the arguments and their length."""
    if call is not None:
        for macro in found:
            if macro.params is not None and len(macro.params) == len(call[0]):
                return macro, call[0], call[1]
    for macro in found:
        if macro.params is None:
            return macro, [], 0
        if not macro.params and call is not None:
            return macro, [], call[1]
    return None


def _skip(segments: list[_Segment], end: int) -> None:
    """Move the top segment to ``end``; what goes past it comes off the segments below."""
    seg = segments[-1]
    over = end - len(seg.text)
    seg.pos = min(end, len(seg.text))
    for below in reversed(segments[:-1]):
        if over <= 0:
            break
        take = min(over, len(below.text) - below.pos)
        below.pos += take
        over -= take


def substitute_params(body: str, values: dict[str, str]) -> str:
    """Replace whole-word parameter names in a ``%define`` body."""

    def repl(m: re.Match[str]) -> str:
        name = m.group(3)
        if name is not None and name in values:
            return values[name]
        return m.group(0)

    return _WORD_RE.sub(repl, body)
