"""Source lines as the preprocessor reads and writes them, and its frames of lines."""

from __future__ import annotations

from dataclasses import dataclass, field

from longmode.asm.macros import MultiMacro

RawLine = tuple[str, str, int]  # text, filename, line number


@dataclass(slots=True)
class SourceLine:
    """One preprocessed line and where it came from."""

    text: str
    filename: str
    line: int


@dataclass
class Frame:
    """Lines being read: a file, a macro call (with its parameters) or a %rep body."""

    lines: list[RawLine]
    pos: int = 0
    macro: MultiMacro | None = None
    params: list[str] = field(default_factory=list)
    label: str = ""
    unique: int = 0
    rep_left: int = 0
    is_rep: bool = False
    is_file: bool = False
    exits: bool = False  # a %rep body with its own %exitrep: it may end early
    cond_depth: int = 0
    context: Frame | None = None  # the macro call whose parameters apply
    call_site: tuple[str, int] = ("", 0)  # where the outermost macro call was written


@dataclass
class Cond:
    """One level of %if nesting."""

    active: bool  # this branch is being assembled
    done: bool  # some branch of this %if was taken
    parent: bool  # the enclosing text is being assembled


def split_lines(text: str, filename: str) -> list[RawLine]:
    """Split a file into lines, joining backslash continuations."""
    out: list[RawLine] = []
    pending = ""
    start = 0
    for number, line in enumerate(text.split("\n"), 1):
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
