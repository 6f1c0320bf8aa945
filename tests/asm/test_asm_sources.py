"""Whole programs (boot sector, mode switch, directives, preprocessor) byte for byte with NASM."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from asm_oracle import SOURCES, needs_nasm, run_nasm_file

from longmode.asm import AsmError, assemble

PROGRAMS = sorted(p.name for p in SOURCES.glob("*.asm"))


@needs_nasm
@pytest.mark.parametrize("name", PROGRAMS)
def test_program_matches_nasm(name: str, monkeypatch: pytest.MonkeyPatch) -> None:
    source = (SOURCES / name).read_text()
    expected = run_nasm_file(SOURCES / name)
    monkeypatch.chdir(SOURCES)
    assert assemble(source, filename=name) == expected


def test_boot_sector_is_512_bytes_with_signature() -> None:
    image = assemble((SOURCES / "boot_sector.asm").read_text(), include_paths=[str(SOURCES)])
    assert len(image) == 512
    assert image[510:] == b"\x55\xaa"
    assert image[:2] == bytes.fromhex("fa31")  # cli; xor ax, ax


def test_include_paths_are_searched(tmp_path: Path) -> None:
    (tmp_path / "lib").mkdir()
    (tmp_path / "lib" / "value.inc").write_text("%define VALUE 0x77\n")
    cwd = os.getcwd()
    try:
        os.chdir(tmp_path)
        out = assemble('%include "value.inc"\ndb VALUE\n', include_paths=[str(tmp_path / "lib")])
    finally:
        os.chdir(cwd)
    assert out == b"\x77"


def test_include_is_not_searched_beside_the_including_file_like_nasm(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "x.inc").write_text("db 7\n")
    monkeypatch.chdir(tmp_path)
    with pytest.raises(AsmError) as info:
        assemble('%include "x.inc"\n', filename="sub/main.asm")
    assert str(info.value) == "sub/main.asm:1: fatal: unable to open include file `x.inc'"
    assert assemble('%include "x.inc"\n', filename="sub/main.asm", include_paths=["sub"]) == b"\x07"
