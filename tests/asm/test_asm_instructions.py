"""Instruction forms of each mode, one line at a time, byte for byte with NASM."""

from __future__ import annotations

import pytest
from asm_oracle import DATA, needs_nasm, run_nasm

from longmode.asm import assemble


def _lines(bits: int) -> list[str]:
    text = (DATA / f"instructions{bits}.txt").read_text()
    return [line.strip() for line in text.splitlines() if line.strip()]


CASES = [(bits, line) for bits in (16, 32, 64) for line in _lines(bits)]


@needs_nasm
@pytest.mark.parametrize("bits", [16, 32, 64])
def test_every_listed_instruction_matches_nasm(bits: int) -> None:
    mismatches = []
    lines = _lines(bits)
    for line in lines:
        source = f"bits {bits}\n{line}\n"
        expected = run_nasm(source)
        got = assemble(source)
        if got != expected:
            mismatches.append(f"{line}: nasm {expected.hex()} ours {got.hex()}")
    assert not mismatches, "\n".join(mismatches)
    assert len(lines) > 60


def test_instruction_bytes_without_the_oracle() -> None:
    # A few encodings checked by hand against the SDM, for machines without NASM.
    assert assemble("bits 64\nmov eax, ebx") == bytes.fromhex("89d8")  # 89 /r
    assert assemble("bits 64\nadd eax, 1") == bytes.fromhex("83c001")  # 83 /0 ib
    assert assemble("bits 64\nmov rax, 5") == bytes.fromhex("b805000000")  # mov eax, imm32
    assert assemble("bits 16\njmp 0x08:0x1000") == bytes.fromhex("ea00100800")
    assert assemble("bits 16\njmp dword 0x08:0x1000") == bytes.fromhex("66ea001000000800")
