"""The NASM preprocessor: ``%define``, ``%macro``, ``%if``, ``%rep``, ``%include`` and friends.

It turns a source text into a list of :class:`SourceLine` (comments removed,
macros expanded), each keeping the file and line it came from for diagnostics.
"""

from __future__ import annotations

import contextlib
import re
from collections.abc import Mapping, Sequence
from typing import Any, NoReturn

from longmode.asm.diagnostics import (
    INTERNAL_ERRORS,
    DiagnosticSink,
    FatalError,
    LimitError,
    LineError,
)
from longmode.asm.expr import EvalContext, Reloc, Value, evaluate, parse_expr
from longmode.asm.inputs import InputFiles
from longmode.asm.lexer import strip_comment, tokenize
from longmode.asm.limits import MAX_LINE_LENGTH, MAX_LINES, MAX_MACRO_LEVELS, MAX_MMACROS
from longmode.asm.macros import Defines, MultiMacro, SingleMacro, split_args
from longmode.asm.pp_directives import HANDLERS, MACRO_SPEC_RE, split_raw
from longmode.asm.pp_stack import StackFrame
from longmode.asm.sourcelines import Cond, Frame, RawLine, SourceLine, split_lines
from longmode.files import size_text

#: Where each source line left its section: (file, line) → (section, offset).
Positions = dict[tuple[str, int], tuple[str, int]]
#: The labels and `equ' names of a layout: name → (value, (file, line) of its definition).
Symbols = dict[str, tuple[Any, tuple[str, int]]]


class _PreprocessorContext(EvalContext):
    """Labels defined before the line, `$` and `$$` are visible to the preprocessor
    as in NASM, with the previous round's values (the driver re-runs until they stop
    changing; in the first round a name is unknown and the guess is checked)."""

    def __init__(self, pp: Preprocessor) -> None:
        self.pp = pp

    def lookup(self, name: str) -> Value | None:
        return self.pp.symbol(name)

    def here(self) -> Value:
        section, offset = self.pp.position()
        return Reloc(section, offset, True)

    def section_start(self) -> Value:
        section, _ = self.pp.position()
        return Reloc(section, 0, True)


# How many macro-call/context numbers NASM's standard macros of these names use
# (the directives without brackets are macros around the bracketed forms).
_STD_MACRO_NUMBERS = {
    "struc": 2, "istruc": 2, "endstruc": 1, "at": 1, "iend": 1, "align": 2, "alignb": 2,
    "incbin": 2, "bits": 1, "use16": 1, "use32": 1, "use64": 1, "section": 1, "segment": 1,
    "global": 1, "extern": 1, "common": 1, "static": 1, "required": 1, "default": 1, "cpu": 1,
    "absolute": 1, "org": 1, "float": 1, "sectalign": 1,
}  # fmt: skip
_STRUC_RE = re.compile(
    r"(?:[\w.?@$#~]+:?\s+)?(" + "|".join(_STD_MACRO_NUMBERS) + r")\b", re.I | re.A
)
_BITS_RE = re.compile(r"\[?\s*(?:bits\s+|use)(16|32|64)\b", re.I | re.A)
_BITS_STARTS = ("[", "b", "B", "u", "U")  # the first characters _BITS_RE can match
_FORCE_RE = re.compile(r"%\[([^\]]*)\]")
_PASTE_RE = re.compile(r"\s*%\+\s*")
_CONTEXT_RE = re.compile(r"%\$(?!\$)")
_DIRECTIVE_RE = re.compile(r"\s*(%[a-zA-Z]+)\b\s*(.*)$", re.S)
_PARAM_RE = re.compile(r"%(%[\w.?@$#~]+|\{-?[0-9]+\}|-?[0-9]+|00)")


class Preprocessor:
    """Runs the preprocessor over one source; errors go to ``sink``."""

    def __init__(
        self,
        sink: DiagnosticSink,
        include_paths: Sequence[str] = (),
        defines: Mapping[str, str | None] | None = None,
        fmt: str = "bin",
        positions: Positions | None = None,
        files: InputFiles | None = None,
        symbols: Symbols | None = None,
    ) -> None:
        self.sink = sink
        #: The included files, read once for all of an assembly's rounds.
        self.files = files or InputFiles()
        #: The previous round's line positions, and whether `$`/`$$` was used.
        self.positions = positions or {}
        self.used_position = False
        #: The previous round's labels (None in the first round), and whether an
        #: expression named one.
        self.symbols = symbols
        self.used_symbols = False
        self.stack = StackFrame()  # %stacksize, %arg and %local
        self.include_paths = list(include_paths)
        self.defines = Defines()
        self.macros: dict[str, list[MultiMacro]] = {}
        self.imacros: dict[str, list[MultiMacro]] = {}
        self.frames: list[Frame] = []
        self.conds: list[Cond] = []
        self.unique = 0
        self.contexts: list[tuple[str, int]] = []  # %push name, unique id
        self.output: list[SourceLine] = []
        self.where: tuple[str, int] = ("<input>", 0)
        #: Lines read so far (at most MAX_LINES); whether a limit or a fatal error
        #: ended the run early.
        self.lines_read = 0
        self.stopped = False
        #: Multi-line macro calls running, by macro (id), and made since none was.
        self.running: dict[int, int] = {}
        self.levels = 0
        self.calls = 0
        self.fmt = fmt
        #: Symbol names' affixes set by `%pragma output gprefix _` and the like
        #: (gprefix, gsuffix, lprefix, lsuffix), the first setting of each kept.
        self.affixes: dict[str, str] = {}
        # NASM's standard macros for the output format and the current `bits'
        bits = {"bin": "16", "elf32": "32", "elf64": "64"}.get(fmt, "16")
        for std, std_value in (("OUTPUT_FORMAT", fmt), ("BITS", bits)):
            for spelling in (f"__{std}__", f"__?{std}?__"):
                self.defines.define(SingleMacro(spelling, None, std_value))
        for name, value in (defines or {}).items():
            self.defines.define(SingleMacro(name, None, "" if value is None else value))

    # -- reading lines ---------------------------------------------------

    def run(self, text: str, filename: str) -> list[SourceLine]:
        """Preprocess ``text`` (the contents of ``filename``)."""
        self.frames.append(Frame(split_lines(text, filename), is_file=True))
        with contextlib.suppress(FatalError):
            self._loop()
        return self.output

    def _next_raw(self) -> RawLine | None:
        while self.frames:
            frame = self.frames[-1]
            if frame.pos < len(frame.lines):
                line_tuple = frame.lines[frame.pos]
                frame.pos += 1
                self.lines_read += 1
                if self.lines_read > MAX_LINES:
                    context = frame.context
                    self.where = line_tuple[1:] if context is None else context.call_site
                    self._stop(_lines_message())
                return line_tuple
            if frame.is_rep and frame.rep_left > 1:
                frame.rep_left -= 1
                frame.pos = 0
                continue
            self.pop_frames(len(self.frames) - 1)
        return None

    def pop_frames(self, keep: int) -> None:
        """Drop the frames above the first ``keep`` ones (ended files, calls, repetitions)."""
        for frame in self.frames[keep:]:
            if frame.macro is not None:
                self.levels -= 1
                self.running[id(frame.macro)] -= 1
        del self.frames[keep:]

    def plan(self, lines: int) -> None:
        """Refuse at once a `%rep' that would read ``lines`` lines each time the
        repetitions around it (those that cannot end early) come to it."""
        total = lines
        for frame in self.frames:
            if frame.is_rep and not frame.exits:
                total *= frame.rep_left
        if self.lines_read + total > MAX_LINES:
            self._stop(f"{_lines_message()}; this `%rep' would make it {self.lines_read + total}")

    def _substitute(self, frame: Frame, text: str) -> str:
        if "%" not in text:
            return text

        def repl(m: re.Match[str]) -> str:
            token = m.group(1)
            if token[0] == "%":
                return f"..@{frame.unique}.{token[1:]}"
            if token == "00":
                return frame.label
            if token[0] == "{":
                token = token[1:-1]
            index = int(token)
            if index == 0:
                return str(len(frame.params))
            if index < 0:
                index = len(frame.params) + index + 1
            if 1 <= index <= len(frame.params):
                return frame.params[index - 1]
            return ""

        return _PARAM_RE.sub(repl, text)

    def _substituted(self, frame: Frame, text: str) -> str:
        """A macro body line with its parameters put in, within the limits."""
        result = self._substitute(frame, text)
        if result is not text:
            self.defines.charge(len(result))
            _check_length(result)
        return result

    def _active(self) -> bool:
        return not self.conds or self.conds[-1].active

    def _loop(self) -> None:
        while True:
            raw = self._next_raw()
            if raw is None:
                break
            text, filename, line = raw
            if not text or text.isspace():
                continue  # nothing to do (and many a source's every other line)
            self.where = (filename, line)
            context = self.frames[-1].context if self.frames else None
            if context is not None:  # NASM reports macro lines at the outermost call
                filename, line = context.call_site
                self.where = (filename, line)
            try:
                if context is not None:
                    text = self._substituted(context, text)
                self._line(strip_comment(text), filename, line)
            except LimitError as err:
                self._stop(err.message)
            except LineError as err:
                self.sink.add(filename, line, err.severity, err.message)
            except INTERNAL_ERRORS as err:  # never a traceback
                message = f"cannot preprocess this line ({type(err).__name__}: {err})"
                self.sink.add(filename, line, "error", message)
        if self.conds:
            self._fatal("expected `%endif' before end of file")

    def _fatal(self, message: str) -> NoReturn:
        self.sink.add(self.where[0], self.where[1], "fatal", message)
        self.stopped = True
        raise FatalError(message)

    def _stop(self, message: str) -> NoReturn:
        """A limit reached: an error at the current line, and the end of the run."""
        self.sink.add(self.where[0], self.where[1], "error", message)
        self.stopped = True
        raise FatalError(message)

    # -- one line ----------------------------------------------------------

    def _line(self, text: str, filename: str, line: int) -> None:
        if "__" not in text:  # (no __FILE__ or __LINE__ to define for it)
            self._line_inner(text, filename, line)
            return
        builtins = self.defines.builtins
        builtins["__FILE__"] = builtins["__?FILE?__"] = f'"{filename}"'
        builtins["__LINE__"] = builtins["__?LINE?__"] = str(line)
        try:
            self._line_inner(text, filename, line)
        finally:
            builtins.clear()

    def _line_inner(self, text: str, filename: str, line: int) -> None:
        stripped = text.strip()
        if "%$" in stripped and self._active():
            stripped = self._context_names(stripped)
        if "%[" in stripped and self._active():
            stripped = _FORCE_RE.sub(lambda m: self.defines.expand(m.group(1)), stripped)
        if stripped.startswith("%") and len(stripped) > 1 and stripped[1].isalpha():
            m = _DIRECTIVE_RE.match(stripped)
            if m is not None:
                self._directive(m.group(1).lower(), m.group(2).strip(), filename, line)
                return
        if self.conds and not self.conds[-1].active:
            return
        stripped = self.defines.expand(stripped)
        if "%+" in stripped:
            stripped = _PASTE_RE.sub("", stripped)
        bits = _BITS_RE.match(stripped) if stripped[:1] in _BITS_STARTS else None
        if bits is not None:  # keep __BITS__ in step with the `bits' directive
            for spelling in ("__BITS__", "__?BITS?__"):
                self.defines.define(SingleMacro(spelling, None, bits.group(1)))
        if not stripped:
            return
        if (self.macros or self.imacros) and self._try_macro_call(stripped, filename, line):
            return
        self.output.append(SourceLine(stripped, filename, line))
        struc = _STRUC_RE.match(stripped)
        if struc is not None:
            # NASM implements these as macros (with a context for struc/istruc):
            # keep its numbering of macro calls, and istruc's start label.
            word = struc.group(1).lower()
            if word == "istruc":
                start = f"..@{self.unique + 1}.strucstart:"
                self.output.append(SourceLine(start, filename, line))
            self.unique += _STD_MACRO_NUMBERS[word]

    def _context_names(self, text: str) -> str:
        """``%$name`` → a name unique to the innermost ``%push`` context."""
        if not self.contexts:
            raise LineError("`%$' used outside of any context (no `%push')")
        prefix = f"..@{self.contexts[-1][1]}."
        return _CONTEXT_RE.sub(prefix, text)

    def _macro_overlaps(self, name: str, spec: str) -> bool:
        """``%ifmacro name N``, ``N-M``, ``N-*``, ``N+``: as NASM, whether a macro of the
        name takes some count of parameters the range takes (a greedy macro, or a
        range with +, reaching every count above its start)."""
        found = MACRO_SPEC_RE.match(spec)
        if found is None:
            raise LineError("`%ifmacro' expects a parameter count or nothing")
        low = int(found.group(1))
        high = -1 if found.group(2) == "*" else int(found.group(2) or low)
        plus = bool(found.group(3))
        for m in self._find_macro(name):
            reaches = m.greedy or m.max_params < 0 or low <= m.max_params
            if reaches and (plus or high < 0 or m.min_params <= high):
                return True
        return False

    def _find_macro(self, name: str, count: int | None = None) -> list[MultiMacro]:
        found = self.macros.get(name, []) + self.imacros.get(name.lower(), [])
        if count is None:
            return found
        return [m for m in found if m.accepts(count)]

    def _callable(self, name: str, count: int | None = None) -> list[MultiMacro]:
        """The macros a line can call: as in NASM, a `%macro' is not called again
        inside its own expansion (a `%rmacro' is)."""
        if name not in self.macros and name.lower() not in self.imacros:
            return []
        return [
            m for m in self._find_macro(name, count) if m.recursive or not self.running.get(id(m))
        ]

    def _try_macro_call(self, text: str, filename: str, line: int) -> bool:
        m = re.match(r"([A-Za-z_.?@$][\w.?@$#~]*)(:?)\s*", text)
        if m is None:
            return False
        label = ""
        name = m.group(1)
        rest = text[m.end() :]
        if not self._callable(name):
            m2 = re.match(r"([A-Za-z_.?@$][\w.?@$#~]*)\s*", rest)
            if m2 is None or not self._callable(m2.group(1)):
                return False
            label = name
            name = m2.group(1)
            rest = rest[m2.end() :]
        args = split_args(rest) if rest.strip() else []
        candidates = self._callable(name, len(args))
        if not candidates:
            greedy = [c for c in self._callable(name) if c.greedy and len(args) >= c.min_params]
            if not greedy:
                counts = len(args)
                raise LineError(f"macro `{name}' exists, but not taking {counts} parameters")
            candidates = greedy
        macro = candidates[0]
        self._count_call()
        if macro.greedy and len(args) > macro.max_params > 0:
            head = macro.max_params - 1
            parts = split_raw(rest, head)
            args = [*args[:head], parts]
        if len(args) < macro.max_params and macro.max_params > 0:
            missing = macro.max_params - len(args)
            defaults = macro.defaults[len(args) - macro.min_params :]
            args = args + (defaults + [""] * missing)[:missing]
        if label and not any("%00" in body_line[0] for body_line in macro.body):
            self.output.append(SourceLine(label + ":", filename, line))
        self.unique += 1  # NASM numbers macro calls and contexts from 0 (see `unique=')
        frame = Frame(
            list(macro.body),
            macro=macro,
            params=args,
            label=label,
            unique=self.unique - 1,
            cond_depth=len(self.conds),
        )
        frame.context = frame
        outer = self.frames[-1].context if self.frames else None
        frame.call_site = outer.call_site if outer is not None else (filename, line)
        self.frames.append(frame)
        self.levels += 1
        self.running[id(macro)] = self.running.get(id(macro), 0) + 1
        return True

    def _count_call(self) -> None:
        """NASM's bounds on multi-line macro calls: nested at most MAX_MACRO_LEVELS
        deep, and at most MAX_MMACROS of them before the outermost one returns."""
        if not self.levels:
            self.calls = 0
        self.calls += 1
        if self.levels >= MAX_MACRO_LEVELS or self.calls > MAX_MMACROS:
            raise LimitError("interminable multiline macro recursion")

    # -- directives --------------------------------------------------------

    def _directive(self, name: str, arg: str, filename: str, line: int) -> None:
        if name.startswith("%if") or name.startswith("%elif") or name in ("%else", "%endif"):
            self._conditional(name, arg)
            return
        if not self._active():
            if name in ("%macro", "%imacro", "%rmacro", "%irmacro", "%rep"):
                self._collect(name, arg)  # skip the block as a unit
            return
        handler = HANDLERS.get(name)
        if handler is None:
            raise LineError(f"unknown preprocessor directive `{name}'")
        handler(self, name, arg)

    def _conditional(self, name: str, arg: str) -> None:
        if name.startswith("%if"):
            parent = self._active()
            try:
                value = self._condition(name[3:], arg) if parent else False
            except LineError:
                # Report it, but keep the block: its body is skipped and its
                # %else/%endif still match (no cascade of follow-on errors).
                self.conds.append(Cond(active=False, done=True, parent=parent))
                raise
            self.conds.append(Cond(active=parent and value, done=value, parent=parent))
            return
        if not self.conds:
            raise LineError(f"`{name}': no matching `%if'")
        cond = self.conds[-1]
        if name == "%endif":
            self.conds.pop()
        elif name == "%else":
            cond.active = cond.parent and not cond.done
            cond.done = True
        else:
            if cond.done or not cond.parent:
                cond.active = False
            else:
                cond.active, cond.done = False, True  # stays so if the condition fails
                cond.active = self._condition(name[5:], arg)
                cond.done = cond.active

    def _condition(self, kind: str, arg: str) -> bool:
        negate = kind.startswith("n") and kind not in ("num",)
        if negate:
            kind = kind[1:]
        result = self._test(kind, arg)
        return not result if negate else result

    def _test(self, kind: str, arg: str) -> bool:
        if kind == "":
            return bool(self._evaluate(arg, "non-constant value given to `%if'"))
        if kind == "def":
            return self.defines.is_defined(arg.strip())
        if kind == "macro":
            parts = arg.split(None, 1)
            if not parts:
                raise LineError("`%ifmacro' expects a macro name")
            if len(parts) > 1:
                return self._macro_overlaps(parts[0], parts[1].strip())
            # NASM's directives without brackets are its standard macros (lowercase)
            return parts[0] in _STD_MACRO_NUMBERS or bool(self._find_macro(parts[0]))
        if kind in ("idn", "idni"):
            args = split_args(self.defines.expand(arg))
            if len(args) != 2:
                raise LineError(f"`%if{kind}' expects two comma-separated arguments")
            a, b = (re.sub(r"\s+", "", x) for x in args)
            return a.lower() == b.lower() if kind == "idni" else a == b
        if kind in ("num", "str", "id"):
            tokens = tokenize(self.defines.expand(arg))
            expected = {"num": "num", "str": "str", "id": "id"}[kind]
            return len(tokens) == 1 and tokens[0][0] == expected
        if kind == "ctx":
            names = arg.split()
            return bool(self.contexts) and self.contexts[-1][0] in names
        if kind == "empty":
            return not self.defines.expand(arg).strip()
        raise LineError(f"unknown preprocessor directive `%if{kind}'")

    def position(self) -> tuple[str, int]:
        """Section and offset at the current line: after the nearest earlier line of
        the same file in the previous round's layout (the start of .text at first)."""
        self.used_position = True
        filename, line = self.where
        earlier = [
            (number, place)
            for (name, number), place in self.positions.items()
            if name == filename and number < line
        ]
        return max(earlier)[1] if earlier else (".text", 0)

    def symbol(self, name: str) -> Value | None:
        """A label or `equ' name defined before the current line, as the previous
        round's layout placed it; None in the first round (a guess of 0)."""
        self.used_symbols = True
        if self.symbols is None:
            return None
        found = self.symbols.get(name)
        if found is not None:
            value, (filename, line) = found
            if filename != self.where[0] or line < self.where[1]:
                return value  # type: ignore[no-any-return]
        raise LineError(f"symbol `{name}' not defined before use in a preprocessor condition")

    def _evaluate(
        self, text: str, non_constant: str = "non-constant value in preprocessor expression"
    ) -> int:
        expanded = self.defines.expand(text)
        value = evaluate(parse_expr(tokenize(expanded)), _PreprocessorContext(self))
        if not isinstance(value, int):
            raise LineError(non_constant)
        return value

    def _collect(self, name: str, arg: str) -> list[RawLine]:
        """Read the body of a %macro or %rep block up to its matching end."""
        opening = ("%macro", "%imacro", "%rmacro", "%irmacro") if name != "%rep" else ("%rep",)
        closing = "%endmacro" if name != "%rep" else "%endrep"
        depth = 1
        body: list[RawLine] = []
        where = self.where
        while True:
            raw = self._next_raw()
            if raw is None:
                self.where = where
                if name == "%rep":
                    self._fatal("end of file while still defining a `%rep' block")
                macro = arg.split()[0] if arg.split() else ""
                self._fatal(f"end of file while still defining macro `{macro}'")
                raise AssertionError("unreachable")
            m = _DIRECTIVE_RE.match(raw[0])
            if m is not None:
                word = m.group(1).lower()
                if word in opening:
                    depth += 1
                elif word == closing or (name != "%rep" and word == "%endm"):
                    depth -= 1
                    if depth == 0:
                        return body
            body.append(raw)


def _check_length(text: str) -> None:
    """A line that a multi-line macro's parameters made must be at most
    MAX_LINE_LENGTH long."""
    if len(text) > MAX_LINE_LENGTH:
        raise LimitError(
            f"a line must be at most {size_text(MAX_LINE_LENGTH)} long once macro parameters "
            "are put in (longmode's limit)"
        )


def _lines_message() -> str:
    return (
        f"the source must come to at most {MAX_LINES} lines once its includes, macros "
        "and `%rep' blocks are read (longmode's limit)"
    )
