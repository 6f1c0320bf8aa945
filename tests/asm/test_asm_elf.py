"""ELF objects: the same sections, symbols and relocations as NASM's (compared with pyelftools)."""

from __future__ import annotations

import pytest
from asm_oracle import HERE, elf_summary, needs_nasm, run_nasm_file

from longmode.asm import assemble

ELF_SOURCES = HERE / "elf"
CASES = [
    ("kernel64.asm", "elf64"),
    ("protected32.asm", "elf32"),
    ("symbols64.asm", "elf64"),
    ("sections.asm", "elf64"),
    ("sections.asm", "elf32"),
    ("wrt32.asm", "elf32"),
]


@needs_nasm
@pytest.mark.parametrize(("name", "fmt"), CASES)
def test_object_matches_nasm(name: str, fmt: str, monkeypatch: pytest.MonkeyPatch) -> None:
    path = ELF_SOURCES / name
    expected = elf_summary(run_nasm_file(path, fmt))
    monkeypatch.chdir(ELF_SOURCES)
    ours = elf_summary(assemble(path.read_text(), filename=name, fmt=fmt))
    assert ours["sections"] == expected["sections"]
    assert ours["symbols"] == expected["symbols"]
    assert ours["relocations"] == expected["relocations"]
    assert ours == expected


def test_elf64_header_and_relocation_of_an_external_call() -> None:
    obj = assemble("extern f\ncall f\n", fmt="elf64")
    assert obj[:4] == b"\x7fELF" and obj[4] == 2  # ELFCLASS64
    summary = elf_summary(obj)
    # R_X86_64_PC32 (2) against f, addend -4, at the rel32 of E8
    assert summary["relocations"] == [(".rela.text", 1, 2, "f", -4)]
    assert summary["sections"][0][6] == bytes.fromhex("e800000000")


def test_elf32_stores_the_addend_in_the_field() -> None:
    obj = assemble("section .data\nx: dd 0\ndd x + 4\n", fmt="elf32")
    summary = elf_summary(obj)
    assert summary["relocations"] == [(".rel.data", 4, 1, ".data", None)]  # R_386_32
    assert summary["sections"][0][6] == bytes.fromhex("0000000004000000")
