"""No input makes the assembler crash: either bytes or an AsmError, never another exception."""

from __future__ import annotations

from asm_oracle import HERE, SOURCES
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from longmode.asm import AsmError, assemble

FRAGMENTS = [
    "mov", "add", "jmp", "call", "db", "dw", "dd", "times", "equ", "%define", "%macro",
    "%endmacro", "%if", "%endif", "%rep", "%endrep", "eax", "rax", "ax", "al", "[", "]", "+",
    "-", "*", ",", ":", "(", ")", "$", "$$", "0x10", "1", "'a'", '"str"', "`x\\n`", "label",
    ".local", "byte", "dword", "short", "strict", "section .data", "bits 64", "bits 16",
    "org 0x7c00", "align 4", "resb", "struc", "endstruc", "istruc", "at", "iend", "%1", "%%l",
    "rel", "fs:", "lock", "rep", "o16", "a32", "\\", ";", "?", "~", "!", "<<", "//", "%%",
]  # fmt: skip

line = st.lists(st.sampled_from(FRAGMENTS), max_size=8).map(" ".join)
sources = st.lists(line, max_size=12).map("\n".join)

GOOD = """bits 64
start: mov eax, [rbx+rcx*4+8]
%define X 3
%macro m 1
  add %1, X
%endmacro
  m eax
  jmp start
  db 'text', 0
"""


def _check(source: str, fmt: str = "bin") -> None:
    try:
        out = assemble(source, fmt=fmt)
    except AsmError as err:
        assert err.diagnostics
        assert all(":" in str(d) for d in err.diagnostics)
        # the safety net for our own bugs must not have been needed
        assert not any("Error: " in d.message for d in err.diagnostics), str(err)
    else:
        assert isinstance(out, bytes)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(sources, st.sampled_from(["bin", "elf64", "elf32"]))
def test_random_sources_never_crash(source: str, fmt: str) -> None:
    _check(source, fmt)


SEEDS = [GOOD] + [
    p.read_text() for p in sorted(SOURCES.glob("*.asm")) + sorted((HERE / "elf").glob("*.asm"))
]
PIECES = [*FRAGMENTS, "\n", " ", "0", "-", "[", "]", "%", "'"]


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.data())
def test_mutated_sources_never_crash(data: st.DataObject) -> None:
    text = data.draw(st.sampled_from(SEEDS))
    for _ in range(data.draw(st.integers(1, 4))):
        pos = data.draw(st.integers(0, len(text)))
        action = data.draw(st.sampled_from(["insert", "delete", "replace"]))
        char = data.draw(
            st.characters(codec="utf-8", exclude_categories=["Cs"]) | st.sampled_from(PIECES)
        )
        if action == "insert":
            text = text[:pos] + char + text[pos:]
        elif action == "delete":
            text = text[:pos] + text[pos + 1 :]
        else:
            text = text[:pos] + char + text[pos + 1 :]
    _check(text, data.draw(st.sampled_from(["bin", "elf64", "elf32"])))
