"""The comparison harness itself, driven by stand-in assemblers built from a table."""

from __future__ import annotations

from dataclasses import dataclass

import pytest

from asm_corpus.compare import (
    Assemble,
    CorpusLine,
    assert_same_as_nasm,
    compare_corpus,
    nasm_available,
    nasm_bytes,
)

NASM_TABLE = {"nop": "90", "ret": "c3", "int3": "cc", "cpuid": "0fa2", "hlt": "f4", "cli": "fa"}
LINES = [
    CorpusLine(n + 2, text, bytes.fromhex(h)) for n, (text, h) in enumerate(NASM_TABLE.items())
]


@dataclass(frozen=True)
class FakeDiagnostic:
    filename: str
    line: int
    severity: str
    message: str


class FakeAsmError(Exception):
    def __init__(self, diagnostics: list[FakeDiagnostic]) -> None:
        super().__init__("assembly failed")
        self.diagnostics = diagnostics


def table_assembler(
    table: dict[str, str],
    rejects: frozenset[str] = frozenset(),
    crashes: frozenset[str] = frozenset(),
) -> Assemble:
    """An assembler that knows ``table``; rejects (with diagnostics) or crashes on some lines."""

    def assemble(source: str, *, filename: str = "<input>", **_: object) -> bytes:
        out, diagnostics = bytearray(), []
        for number, text in enumerate(source.splitlines(), start=1):
            text = text.strip()
            if not text or text.startswith("bits"):
                continue
            if text in crashes:
                raise ZeroDivisionError("internal error")
            if text in rejects:
                diagnostics.append(FakeDiagnostic(filename, number, "error", f"no {text} here"))
                continue
            out += bytes.fromhex(table[text])
        if diagnostics:
            raise FakeAsmError(diagnostics)
        return bytes(out)

    return assemble


def test_identical_assembler_has_no_mismatches() -> None:
    assert compare_corpus(table_assembler(NASM_TABLE), 64, LINES) == []


def test_shorter_encoding_is_reported_and_the_walk_resynchronises() -> None:
    ours = {**NASM_TABLE, "int3": "cd03cd03", "hlt": "f1"}
    mismatches = [str(m) for m in compare_corpus(table_assembler(ours), 64, LINES)]
    assert mismatches == [
        "line 4: int3: nasm cc ours cd03cd03",
        "line 6: hlt: nasm f4 ours f1",
    ]


def test_rejected_lines_are_reported_with_the_diagnostic_and_the_rest_compared() -> None:
    ours = {**NASM_TABLE, "cli": "fb"}
    assemble = table_assembler(ours, rejects=frozenset({"ret", "cpuid"}))
    mismatches = [str(m) for m in compare_corpus(assemble, 64, LINES)]
    assert mismatches == [
        "line 3: ret: nasm c3 ours error: no ret here",
        "line 5: cpuid: nasm 0fa2 ours error: no cpuid here",
        "line 7: cli: nasm fa ours fb",
    ]


def test_a_crash_is_narrowed_down_to_its_line() -> None:
    assemble = table_assembler(NASM_TABLE, crashes=frozenset({"hlt"}))
    mismatches = [str(m) for m in compare_corpus(assemble, 64, LINES)]
    assert mismatches == ["line 6: hlt: nasm f4 ours error: ZeroDivisionError: internal error"]


@pytest.mark.skipif(not nasm_available(), reason="nasm is not installed")
def test_nasm_bytes_assembles_with_real_nasm() -> None:
    assert nasm_bytes("bits 64\nmov eax, 1\nret\n") == bytes.fromhex("b801000000c3")


@pytest.mark.skipif(not nasm_available(), reason="nasm is not installed")
def test_assert_same_as_nasm_names_the_line() -> None:
    ours = {"bits 16": "", "int3": "cd03", "nop": "90"}

    def assemble(source: str, **_: object) -> bytes:
        return b"".join(bytes.fromhex(ours[ln.strip()]) for ln in source.splitlines() if ln)

    assert_same_as_nasm("bits 16\nnop\n", assemble=assemble)
    with pytest.raises(AssertionError, match=r"line 3: int3: nasm cc ours cd03"):
        assert_same_as_nasm("bits 16\nnop\nint3\n", assemble=assemble)
