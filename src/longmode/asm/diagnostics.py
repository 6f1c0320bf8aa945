"""Diagnostics of the assembler: NASM-style ``file:line: severity: message``.

Errors are collected, not raised one by one, so that a run reports several of
them like NASM does; :class:`AsmError` carries the whole list.
"""

from __future__ import annotations

from longmode.asm.records import Record
from longmode.errors import LongmodeError


class Diagnostic(Record):
    """One message about one source line."""

    __slots__ = ("filename", "line", "message", "severity")
    filename: str
    line: int
    severity: str  # "error", "warning" or "fatal"
    message: str

    def __init__(self, filename: str, line: int, severity: str, message: str) -> None:
        self.filename = filename
        self.line = line
        self.severity = severity
        self.message = message

    def __str__(self) -> str:
        return f"{self.filename}:{self.line}: {self.severity}: {self.message}"


class AsmError(LongmodeError):
    """Assembly failed; ``diagnostics`` lists every error (and warning) found."""

    def __init__(self, diagnostics: list[Diagnostic]) -> None:
        self.diagnostics = diagnostics
        errors = [d for d in diagnostics if d.severity != "warning"]
        super().__init__("\n".join(str(d) for d in errors), exit_code=1)


# Exceptions that would be a bug of ours on one line: reported as that line's
# error (with the exception named) rather than as a traceback.
INTERNAL_ERRORS = (
    ValueError, OverflowError, TypeError, IndexError, KeyError, RecursionError, AttributeError,
)  # fmt: skip


class LineError(Exception):
    """Raised inside the assembler for an error on the current line.

    The driver turns it into a :class:`Diagnostic` with the line's place, or
    with ``where`` (file, line) when the error is found after the line.
    """

    def __init__(
        self, message: str, severity: str = "error", where: tuple[str, int] | None = None
    ) -> None:
        super().__init__(message)
        self.message = message
        self.severity = severity
        self.where = where


class LimitError(LineError):
    """A limit on the work one source may ask for was reached (see limits.py).

    It is reported as an error at its line, and the preprocessor stops there:
    going on could only repeat the work.
    """


class FatalError(Exception):
    """Stops the run at once (a missing include, an unterminated block)."""


class DiagnosticSink:
    """Collects diagnostics; a message seen twice for one line is kept once."""

    def __init__(self) -> None:
        self.diagnostics: list[Diagnostic] = []
        self._seen: set[tuple[str, int, str, str]] = set()

    def add(self, filename: str, line: int, severity: str, message: str) -> None:
        """Record one diagnostic (duplicates, e.g. from later passes, are dropped)."""
        key = (filename, line, severity, message)
        if key not in self._seen:
            self._seen.add(key)
            self.diagnostics.append(Diagnostic(filename, line, severity, message))

    @property
    def errors(self) -> list[Diagnostic]:
        """The diagnostics that fail the run."""
        return [d for d in self.diagnostics if d.severity != "warning"]

    @property
    def warnings(self) -> list[Diagnostic]:
        """The diagnostics that do not fail the run."""
        return [d for d in self.diagnostics if d.severity == "warning"]
