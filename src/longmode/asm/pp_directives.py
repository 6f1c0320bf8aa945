"""The preprocessor's directives other than the conditionals: one function each.

Each handler takes the preprocessor, the directive's name and its argument text.
"""

from __future__ import annotations

import contextlib
import re
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, NoReturn, Protocol

from longmode.asm.diagnostics import LimitError, LineError
from longmode.asm.inputs import find
from longmode.asm.lexer import tokenize
from longmode.asm.limits import MAX_INCLUDE_DEPTH, MAX_REP
from longmode.asm.macros import MultiMacro, SingleMacro, split_args
from longmode.asm.pp_stack import arg, local, stacksize
from longmode.asm.pp_use import use
from longmode.asm.sourcelines import Frame, RawLine

if TYPE_CHECKING:
    from longmode.asm.diagnostics import DiagnosticSink
    from longmode.asm.inputs import InputFiles
    from longmode.asm.macros import Defines
    from longmode.asm.sourcelines import Cond


class Preprocessor(Protocol):
    """What the directives use of :class:`longmode.asm.preprocess.Preprocessor`
    (declared here, so that this module does not import the one that imports it)."""

    sink: DiagnosticSink
    files: InputFiles
    include_paths: list[str]
    fmt: str
    affixes: dict[str, str]
    defines: Defines
    macros: dict[str, list[MultiMacro]]
    imacros: dict[str, list[MultiMacro]]
    frames: list[Frame]
    conds: list[Cond]
    contexts: list[tuple[str, int]]
    unique: int
    where: tuple[str, int]

    def _evaluate(self, text: str, non_constant: str = ...) -> int: ...
    def _fatal(self, message: str) -> NoReturn: ...
    def _collect(self, name: str, arg: str) -> list[RawLine]: ...
    def pop_frames(self, keep: int) -> None: ...
    def plan(self, lines: int) -> None: ...


MACRO_SPEC_RE = re.compile(r"([0-9]+)(?:\s*-\s*([0-9]+|\*))?(\+)?(\.nolist)?$")
_REP_WORD_RE = re.compile(r"\s*%(rep|endrep|exitrep)\b", re.I | re.A)


def split_raw(text: str, head: int) -> str:
    """The text after the first ``head`` top-level commas."""
    if head == 0:
        return text.strip()
    depth = 0
    quote = ""
    count = 0
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
            count += 1
            if count == head:
                return text[i + 1 :].strip()
    return ""


def _define(pp: Preprocessor, name: str, arg: str) -> None:
    m = re.match(r"([A-Za-z_.?@$][\w.?@$#~]*)(\(([^)]*)\))?\s?(.*)$", arg, re.S)
    if m is None:
        raise LineError(f"`{name}' expects a macro identifier")
    params = None
    if m.group(2) is not None:
        params = [p.strip() for p in m.group(3).split(",") if p.strip()]
    body = m.group(4).strip()
    names, words = None, 0
    if name in ("%xdefine", "%ixdefine"):
        body, names, words = pp.defines.expand_names(body)
    macro = SingleMacro(m.group(1), params, body, names, words)
    pp.defines.define(macro, name.startswith("%i"))


def _undef(pp: Preprocessor, name: str, arg: str) -> None:
    if not arg:
        raise LineError("`%undef' expects a macro identifier")
    pp.defines.undefine(arg.split()[0])


def _assign(pp: Preprocessor, name: str, arg: str) -> None:
    m = re.match(r"([A-Za-z_.?@$][\w.?@$#~]*)\s*(.*)$", arg, re.S)
    if m is None or not m.group(2):
        raise LineError(f"`{name}' expects a macro identifier and an expression")
    value = pp._evaluate(m.group(2))
    pp.defines.define(SingleMacro(m.group(1), None, str(value)), name == "%iassign")


def _string_arg(pp: Preprocessor, text: str) -> bytes:
    tokens = tokenize(pp.defines.expand(text))
    if len(tokens) != 1 or tokens[0][0] != "str":
        raise LineError("expected a string")
    value: bytes = tokens[0][1]
    return value


def _strlen(pp: Preprocessor, name: str, arg: str) -> None:
    m = re.match(r"([A-Za-z_.?@$][\w.?@$#~]*)\s+(.*)$", arg, re.S)
    if m is None:
        raise LineError("`%strlen' expects a macro identifier and a string")
    pp.defines.define(SingleMacro(m.group(1), None, str(len(_string_arg(pp, m.group(2))))))


def _substr(pp: Preprocessor, name: str, arg: str) -> None:
    m = re.match(r"([A-Za-z_.?@$][\w.?@$#~]*)\s+(.*)$", arg, re.S)
    if m is None:
        raise LineError("`%substr' expects a macro identifier, a string and a position")
    # NASM's form: `%substr name 'string' start[,length]` (a space after the string).
    rest = pp.defines.expand(m.group(2)).strip()
    quoted = re.match(r"""("[^"]*"|'[^']*'|`(?:[^`\\]|\\.)*`)\s*,?\s*(.*)$""", rest, re.S)
    positions = split_args(quoted.group(2)) if quoted else []
    if quoted is None or not positions or not positions[0].strip():
        raise LineError("`%substr' expects a macro identifier, a string and a position")
    data = _string_arg(pp, quoted.group(1))
    start = pp._evaluate(positions[0])
    length = pp._evaluate(positions[1]) if len(positions) > 1 else 1
    if length < 0:
        length = len(data) - start + 2 + length
    piece = data[start - 1 : start - 1 + length] if start >= 1 else b""
    text = piece.decode("latin-1")
    quote = "'" if "'" not in text else '"'
    pp.defines.define(SingleMacro(m.group(1), None, f"{quote}{text}{quote}"))


def _message(pp: Preprocessor, name: str, arg: str) -> None:
    text = pp.defines.expand(arg)
    tokens = None
    with contextlib.suppress(LineError):
        tokens = tokenize(text)
    if tokens is not None and len(tokens) == 1 and tokens[0][0] == "str":
        text = tokens[0][1].decode("utf-8", "replace")
    if name == "%warning":
        pp.sink.add(pp.where[0], pp.where[1], "warning", text)
    elif name == "%fatal":
        pp._fatal(text)
    else:
        raise LineError(text)


def _include(pp: Preprocessor, name: str, arg: str) -> None:
    text = pp.defines.expand(arg).strip()
    if len(text) >= 2 and text[0] in "\"'<`" and text[-1] in "\"'>`":
        text = text[1:-1]
    if not text:
        raise LineError("`%include' expects a file name")
    path = find(text, pp.include_paths)
    if path is None:
        pp._fatal(f"unable to open include file `{text}'")
    if sum(1 for f in pp.frames if f.is_file) > MAX_INCLUDE_DEPTH:
        raise LimitError(f"includes must nest at most {MAX_INCLUDE_DEPTH} deep (longmode's limit)")
    try:
        lines = pp.files.source(path)
    except LineError as err:
        raise LimitError(err.message) from None  # the rest depends on it: stop here
    pp.frames.append(Frame(lines, is_file=True))


def _macro(pp: Preprocessor, name: str, arg: str) -> None:
    """`%macro', `%imacro', `%rmacro' and `%irmacro' (the `r' ones may call themselves)."""
    parts = arg.split(None, 2)
    body = pp._collect(name, arg)
    if len(parts) < 2:
        if not parts:
            raise LineError(f"`{name}' expects a macro name")
        parts.append("0")
    spec = MACRO_SPEC_RE.match(parts[1])
    if spec is None:
        raise LineError(f"`{name}' expects a parameter count after the macro name")
    low = int(spec.group(1))
    high = low if spec.group(2) is None else (-1 if spec.group(2) == "*" else int(spec.group(2)))
    defaults = split_args(parts[2]) if len(parts) > 2 else []
    macro = MultiMacro(parts[0], low, high, spec.group(3) is not None, defaults, body)
    macro.recursive = name in ("%rmacro", "%irmacro")
    folded = name in ("%imacro", "%irmacro")
    table = pp.imacros if folded else pp.macros
    key = parts[0].lower() if folded else parts[0]
    kept = [m for m in table.get(key, []) if (m.min_params, m.max_params) != (low, high)]
    table[key] = [*kept, macro]


def _unmacro(pp: Preprocessor, name: str, arg: str) -> None:
    parts = arg.split()
    if parts:
        pp.macros.pop(parts[0], None)
        pp.imacros.pop(parts[0].lower(), None)


def _rep(pp: Preprocessor, name: str, arg: str) -> None:
    body = pp._collect(name, arg)
    count = pp._evaluate(arg)
    if count < 0:
        raise LineError(f"`%rep' count {count} is negative")
    if count > MAX_REP:
        raise LineError(f"`%rep' count {count} exceeds the limit of {MAX_REP}")
    if count > 0 and body:
        exits = _exits(body)
        pp.plan(1 if exits else count * len(body))
        context = pp.frames[-1].context if pp.frames else None
        frame = Frame(body, rep_left=count, is_rep=True, cond_depth=len(pp.conds), context=context)
        frame.exits = exits
        pp.frames.append(frame)


def _exits(body: list[RawLine]) -> bool:
    """Whether a `%rep' body has an `%exitrep' of its own (not of a `%rep' inside it)."""
    depth = 0
    for text, _, _ in body:
        m = _REP_WORD_RE.match(text)
        if m is not None:
            word = m.group(1).lower()
            depth += {"rep": 1, "endrep": -1}.get(word, 0)
            if word == "exitrep" and depth == 0:
                return True
    return False


def _exitrep(pp: Preprocessor, name: str, arg: str) -> None:
    for i in range(len(pp.frames) - 1, -1, -1):
        if pp.frames[i].is_rep:
            del pp.conds[pp.frames[i].cond_depth :]
            pp.pop_frames(i)
            return
    raise LineError("`%exitrep' outside of a `%rep' block")


def _rotate(pp: Preprocessor, name: str, arg: str) -> None:
    frame = pp.frames[-1].context if pp.frames else None
    if frame is not None:
        if frame.params:
            n = pp._evaluate(arg) % len(frame.params)
            frame.params = frame.params[n:] + frame.params[:n]
        return
    raise LineError("`%rotate' invoked outside a macro call")


def _defstr(pp: Preprocessor, name: str, arg: str) -> None:
    m = re.match(r"([A-Za-z_.?@$][\w.?@$#~]*)\s*(.*)$", arg, re.S)
    if m is None:
        raise LineError(f"`{name}' expects a macro identifier")
    text = pp.defines.expand(m.group(2).strip())
    if name == "%deftok":
        pp.defines.define(SingleMacro(m.group(1), None, _string_arg(pp, text).decode("latin-1")))
    else:
        pp.defines.define(SingleMacro(m.group(1), None, _quote(text)))


def _quote(text: str) -> str:
    if "'" not in text:
        return f"'{text}'"
    if '"' not in text:
        return f'"{text}"'
    return "`" + text.replace("\\", "\\\\").replace("`", "\\`") + "`"


def _strcat(pp: Preprocessor, name: str, arg: str) -> None:
    m = re.match(r"([A-Za-z_.?@$][\w.?@$#~]*)\s*(.*)$", arg, re.S)
    if m is None:
        raise LineError("`%strcat' expects a macro identifier and strings")
    pieces = [_string_arg(pp, part) for part in split_args(m.group(2)) if part]
    pp.defines.define(SingleMacro(m.group(1), None, _quote(b"".join(pieces).decode("latin-1"))))


def _push(pp: Preprocessor, name: str, arg: str) -> None:
    context = (arg.split()[0] if arg.split() else "", pp.unique)
    pp.unique += 1
    if name == "%repl":
        if not pp.contexts:
            raise LineError("`%repl': context stack is empty")
        pp.contexts[-1] = (context[0], pp.contexts[-1][1])
    else:
        pp.contexts.append(context)


def _pop(pp: Preprocessor, name: str, arg: str) -> None:
    if not pp.contexts:
        raise LineError("`%pop': context stack is already empty")
    pp.contexts.pop()


def _end_stray(pp: Preprocessor, name: str, arg: str) -> None:
    raise LineError(f"`{name}': not defining a block")


def _ignore(pp: Preprocessor, name: str, arg: str) -> None:
    return


#: The `%pragma' directives that set a symbol name's affix, and which one they set.
_AFFIXES = {
    "prefix": "gprefix", "gprefix": "gprefix", "suffix": "gsuffix", "gsuffix": "gsuffix",
    "lprefix": "lprefix", "lsuffix": "lsuffix",
}  # fmt: skip


def _pragma(pp: Preprocessor, name: str, arg: str) -> None:
    """``%pragma facility directive [text]``: the output's prefixes and suffixes of symbol
    names (``output``, the format's name, or ``elf`` for both ELF formats), each kept
    from its first setting, as NASM keeps it; any other pragma is ignored, as NASM
    ignores those of other facilities."""
    words = arg.split(None, 2)
    if len(words) < 2:
        return
    facility, directive = words[0].lower(), words[1].lower()
    ours = ("output", pp.fmt, *(["elf"] if pp.fmt.startswith("elf") else []))
    which = _AFFIXES.get(directive)
    if facility in ours and which is not None:
        pp.affixes.setdefault(which, words[2].strip() if len(words) > 2 else "")


HANDLERS: dict[str, Callable[[Any, str, str], None]] = {
    "%define": _define,
    "%idefine": _define,
    "%xdefine": _define,
    "%ixdefine": _define,
    "%undef": _undef,
    "%assign": _assign,
    "%iassign": _assign,
    "%strlen": _strlen,
    "%substr": _substr,
    "%error": _message,
    "%warning": _message,
    "%fatal": _message,
    "%include": _include,
    "%macro": _macro,
    "%imacro": _macro,
    "%rmacro": _macro,
    "%irmacro": _macro,
    "%unmacro": _unmacro,
    "%rep": _rep,
    "%exitrep": _exitrep,
    "%rotate": _rotate,
    "%endmacro": _end_stray,
    "%endm": _end_stray,
    "%endrep": _end_stray,
    "%defstr": _defstr,
    "%deftok": _defstr,
    "%strcat": _strcat,
    "%push": _push,
    "%repl": _push,
    "%pop": _pop,
    "%stacksize": stacksize,
    "%arg": arg,
    "%local": local,
    "%use": use,
    "%line": _ignore,
    "%pragma": _pragma,
}
