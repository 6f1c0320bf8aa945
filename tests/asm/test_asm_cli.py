"""``longmode asm``: arguments, output names, atomic writes, exit codes."""

from __future__ import annotations

import argparse
from pathlib import Path

import pytest

from longmode.asm.cli import default_output, register


def _run(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="longmode")
    register(parser.add_subparsers(dest="command"))
    args = parser.parse_args(["asm", *argv])
    result: int = args.func(args)
    return result


def test_default_output_names_follow_nasm() -> None:
    assert default_output("boot.asm", "bin") == "boot"
    assert default_output("dir/kernel.asm", "elf64") == "dir/kernel.o"
    assert default_output("noext", "bin") == "nasm.out"


def test_assembles_to_the_default_output(tmp_path: Path) -> None:
    src = tmp_path / "hello.asm"
    src.write_text("mov ax, 1\n")
    assert _run([str(src)]) == 0
    assert (tmp_path / "hello").read_bytes() == bytes.fromhex("b80100")
    assert src.read_text() == "mov ax, 1\n"


def test_format_output_include_define_and_listing(tmp_path: Path) -> None:
    (tmp_path / "inc").mkdir()
    (tmp_path / "inc" / "consts.inc").write_text("%define MAGIC 0x1BADB002\n")
    src = tmp_path / "obj.asm"
    src.write_text('%include "consts.inc"\nglobal start\nstart: dd MAGIC, EXTRA\n')
    out = tmp_path / "out.o"
    listing = tmp_path / "out.lst"
    argv = [str(src), "-f", "elf64", "-o", str(out), "-l", str(listing)]
    argv += ["-I", str(tmp_path / "inc"), "-D", "EXTRA=7"]
    assert _run(argv) == 0
    assert out.read_bytes()[:4] == b"\x7fELF"
    text = listing.read_text()
    assert "02B0AD1B07000000" in text
    assert "start: dd 0x1BADB002, 7" in text  # the listing shows lines after preprocessing


def test_errors_exit_1_and_create_no_output(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    src = tmp_path / "bad.asm"
    src.write_text("nop\nbogus eax\nadd al, ax\n")
    assert _run([str(src)]) == 1
    err = capsys.readouterr().err.splitlines()
    assert err == [
        f"{src}:2: error: parser: instruction expected, found `bogus'",
        f"{src}:3: error: invalid combination of opcode and operands: `add' with al, ax",
    ]
    assert not (tmp_path / "bad").exists()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["bad.asm"]


def test_unreadable_input_exits_2(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert _run([str(tmp_path / "missing.asm")]) == 2
    assert "cannot read" in capsys.readouterr().err


def test_existing_output_is_replaced_atomically(tmp_path: Path) -> None:
    src = tmp_path / "a.asm"
    src.write_text("db 1, 2, 3\n")
    out = tmp_path / "a.bin"
    out.write_bytes(b"old contents")
    assert _run([str(src), "-o", str(out)]) == 0
    assert out.read_bytes() == b"\x01\x02\x03"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.asm", "a.bin"]


def test_failed_run_keeps_the_previous_output(tmp_path: Path) -> None:
    src = tmp_path / "a.asm"
    src.write_text("jmp nowhere\n")
    out = tmp_path / "a.bin"
    out.write_bytes(b"old contents")
    assert _run([str(src), "-o", str(out)]) == 1
    assert out.read_bytes() == b"old contents"


def test_cli_formats_are_the_assemblers() -> None:
    from longmode.asm import assembler, cli

    assert cli.FORMATS == assembler.FORMATS
