"""Source lines as the preprocessor reads and writes them, and its frames of lines."""

from __future__ import annotations

from longmode.asm.macros import MultiMacro
from longmode.asm.records import Record

RawLine = tuple[str, str, int]  # text, filename, line number


class SourceLine(Record):
    """One preprocessed line and where it came from."""

    __slots__ = ("filename", "line", "text")
    text: str
    filename: str
    line: int

    def __init__(self, text: str, filename: str, line: int) -> None:
        self.text = text
        self.filename = filename
        self.line = line


class Frame:
    """Lines being read: a file, a macro call (with its parameters) or a %rep body
    (one of a kind: compared by identity; a call's frame is its own context)."""

    __slots__ = (
        "call_site",
        "cond_depth",
        "context",
        "exits",
        "is_file",
        "is_rep",
        "label",
        "lines",
        "macro",
        "params",
        "pos",
        "rep_left",
        "unique",
    )  # fmt: skip
    lines: list[RawLine]
    pos: int
    macro: MultiMacro | None
    params: list[str]
    label: str
    unique: int
    rep_left: int
    is_rep: bool
    is_file: bool
    exits: bool  # a %rep body with its own %exitrep: it may end early
    cond_depth: int
    context: Frame | None  # the macro call whose parameters apply
    call_site: tuple[str, int]  # where the outermost macro call was written

    def __init__(
        self,
        lines: list[RawLine],
        *,
        macro: MultiMacro | None = None,
        params: list[str] | None = None,
        label: str = "",
        unique: int = 0,
        rep_left: int = 0,
        is_rep: bool = False,
        is_file: bool = False,
        cond_depth: int = 0,
        context: Frame | None = None,
    ) -> None:
        self.lines = lines
        self.pos = 0
        self.macro = macro
        self.params = [] if params is None else params
        self.label = label
        self.unique = unique
        self.rep_left = rep_left
        self.is_rep = is_rep
        self.is_file = is_file
        self.exits = False
        self.cond_depth = cond_depth
        self.context = context
        self.call_site = ("", 0)


class Cond(Record):
    """One level of %if nesting."""

    __slots__ = ("active", "done", "parent")
    active: bool  # this branch is being assembled
    done: bool  # some branch of this %if was taken
    parent: bool  # the enclosing text is being assembled

    def __init__(self, active: bool, done: bool, parent: bool) -> None:
        self.active = active
        self.done = done
        self.parent = parent


def split_lines(text: str, filename: str) -> list[RawLine]:
    """Split a file into lines, joining backslash continuations."""
    lines = text.split("\n")
    if "\r" not in text and "\\\n" not in text and not text.endswith("\\"):
        return [(line, filename, number) for number, line in enumerate(lines, 1)]  # (most)
    out: list[RawLine] = []
    pending = ""
    start = 0
    for number, line in enumerate(lines, 1):
        line = line.rstrip("\r")
        if line.endswith("\\"):
            if not pending:
                start = number
            pending += line[:-1]
            continue
        if pending:
            out.append((pending + line, filename, start))
            pending = ""
        else:
            out.append((line, filename, number))
    if pending:
        out.append((pending, filename, start))
    return out
