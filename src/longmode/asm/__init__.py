"""A NASM-compatible x86 assembler (16-, 32- and 64-bit; flat binary and ELF output).

The public API is :func:`assemble`, which returns the output file's bytes, and
:func:`assemble_source`, which also returns warnings and a listing. Errors
raise :class:`AsmError`, whose ``diagnostics`` list every problem as
``file:line: error: message``.
"""

from __future__ import annotations

import importlib
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from longmode.asm.assembler import FORMATS, Result, assemble_source
    from longmode.asm.diagnostics import AsmError, Diagnostic

__all__ = ["FORMATS", "AsmError", "Diagnostic", "Result", "assemble", "assemble_source"]

#: Loaded on first use, so that `longmode --help` and other commands do not pay
#: for importing the assembler (about 60 ms).
_LAZY = {
    "FORMATS": "longmode.asm.assembler",
    "Result": "longmode.asm.assembler",
    "assemble_source": "longmode.asm.assembler",
    "AsmError": "longmode.asm.diagnostics",
    "Diagnostic": "longmode.asm.diagnostics",
}


def __getattr__(name: str) -> object:
    if name in _LAZY:
        return getattr(importlib.import_module(_LAZY[name]), name)
    raise AttributeError(f"module 'longmode.asm' has no attribute {name!r}")


def assemble(
    source: str,
    *,
    filename: str = "<input>",
    fmt: str = "bin",
    include_paths: Sequence[str] = (),
    defines: Mapping[str, str | None] | None = None,
) -> bytes:
    """Assemble NASM source text; return the output file (flat binary or ELF object)."""
    from longmode.asm.assembler import assemble_source

    return assemble_source(
        source, filename=filename, fmt=fmt, include_paths=include_paths, defines=defines
    ).output
