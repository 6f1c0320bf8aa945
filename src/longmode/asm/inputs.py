"""The files one assembly reads besides its main source: ``%include`` and ``incbin``.

Each is read once, through :func:`longmode.files.read_input` (a regular file
within a documented limit: a FIFO, a device or a directory is refused at once
instead of being read forever), however often the preprocessor's rounds and
the layout's passes come to it. :attr:`InputFiles.read` lists them in the
order they were first read, as the include search found them.
"""

from __future__ import annotations

import os
from collections.abc import Sequence

from longmode.asm.diagnostics import LineError
from longmode.asm.sourcelines import RawLine, split_lines
from longmode.files import MAX_BINARY_INCLUDE, MAX_SOURCE_FILE, InputError, read_input


def find(name: str, include_paths: Sequence[str]) -> str | None:
    """Where NASM looks for ``name``: as given (from the working directory), then in
    each include path; the first that exists, whatever it is, or None."""
    for path in [name, *(os.path.join(d, name) for d in include_paths)]:
        if os.path.lexists(path):
            return path
    return None


class InputFiles:
    """The contents of the files an assembly reads, each read once."""

    def __init__(self) -> None:
        self._sources: dict[str, list[RawLine]] = {}
        self._binaries: dict[str, bytes] = {}
        #: Every file read, in the order first read.
        self.read: list[str] = []

    def source(self, path: str) -> list[RawLine]:
        """The lines of the source file at ``path``; a :class:`LineError` if it cannot
        be read or is not a regular file of at most MAX_SOURCE_FILE bytes."""
        lines = self._sources.get(path)
        if lines is None:
            data = self._read(path, MAX_SOURCE_FILE, "the included source")
            text = data.decode("utf-8", "surrogateescape")
            text = text.replace("\r\n", "\n").replace("\r", "\n")  # as open() reads the main one
            lines = self._sources[path] = split_lines(text, path)
        return lines

    def binary(self, path: str) -> bytes:
        """The bytes of the file at ``path`` (at most MAX_BINARY_INCLUDE)."""
        data = self._binaries.get(path)
        if data is None:
            data = self._binaries[path] = self._read(path, MAX_BINARY_INCLUDE, "the included file")
        return data

    def _read(self, path: str, limit: int, what: str) -> bytes:
        try:
            data = read_input(path, limit=limit, what=what)
        except InputError as err:
            raise LineError(str(err)) from None
        if path not in self.read:
            self.read.append(path)
        return data
