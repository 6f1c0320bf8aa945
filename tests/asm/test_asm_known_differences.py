"""The accepted differences from NASM live in one data file; each must still be one."""

from __future__ import annotations

import pytest
from asm_oracle import DATA, nasm_errors, needs_nasm, run_nasm

from longmode.asm import AsmError, assemble


def _entries() -> list[tuple[str, str]]:
    rows = (DATA / "known_differences.txt").read_text().splitlines()
    entries = []
    for row in rows:
        if row.strip() and not row.startswith("#"):
            source, sep, reason = row.partition(" ; ")
            assert sep and reason, f"entry without a reason: {row!r}"
            entries.append((source.replace("\\n", "\n") + "\n", reason))
    return entries


def _ours(source: str) -> bytes | list[str]:
    try:
        return assemble(source, filename="in.asm")
    except AsmError as err:
        return [str(d).split(":", 1)[1].strip() for d in err.diagnostics if d.severity != "warning"]


def _nasm(source: str) -> bytes | list[str]:
    try:
        return run_nasm(source)
    except AssertionError:
        return nasm_errors(source)


@needs_nasm
@pytest.mark.parametrize(("source", "reason"), _entries())
def test_known_difference_is_still_a_difference(source: str, reason: str) -> None:
    assert _ours(source) != _nasm(source), f"now agrees with NASM; remove the entry ({reason})"


def test_the_list_is_short() -> None:
    assert len(_entries()) <= 5
