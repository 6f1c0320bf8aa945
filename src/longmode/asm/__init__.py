"""A NASM-compatible x86 assembler (16-, 32- and 64-bit; flat binary and ELF output).

The public API is :func:`assemble`, which returns the output file's bytes, and
:func:`assemble_source`, which also returns warnings and a listing. Errors
raise :class:`AsmError`, whose ``diagnostics`` list every problem as
``file:line: error: message``.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from longmode.asm.assembler import FORMATS, Result, assemble_source
from longmode.asm.diagnostics import AsmError, Diagnostic

__all__ = ["FORMATS", "AsmError", "Diagnostic", "Result", "assemble", "assemble_source"]


def assemble(
    source: str,
    *,
    filename: str = "<input>",
    fmt: str = "bin",
    include_paths: Sequence[str] = (),
    defines: Mapping[str, str | None] | None = None,
) -> bytes:
    """Assemble NASM source text; return the output file (flat binary or ELF object)."""
    return assemble_source(
        source, filename=filename, fmt=fmt, include_paths=include_paths, defines=defines
    ).output
