"""``longmode asm``: arguments, output names, atomic writes, exit codes."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from longmode.asm.cli import default_output
from longmode.cli import main


def _run(argv: list[str]) -> int:
    return main(["asm", *argv])


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


# --- the doors: no input changed or lost, outputs checked before assembling ----------


def _source(tmp_path: Path, text: str = "db 1, 2, 3\n") -> Path:
    src = tmp_path / "src.asm"
    src.write_text(text)
    return src


def test_a_listing_onto_the_source_is_refused_and_the_source_kept(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    src = _source(tmp_path)
    assert _run([str(src), "-o", str(tmp_path / "out.bin"), "-l", str(src)]) == 2
    assert capsys.readouterr().err == (
        f"longmode asm: {src}: the listing must not be the input: writing it would destroy "
        "the input\n"
    )
    assert src.read_text() == "db 1, 2, 3\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["src.asm"]


def test_an_output_onto_the_source_through_a_link_is_refused(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    src = _source(tmp_path)
    link = tmp_path / "link.asm"
    link.symlink_to(src)
    assert _run([str(link), "-o", str(src)]) == 2
    assert capsys.readouterr().err == (
        f"longmode asm: {src}: the output must not be the input {link}: writing it would "
        "destroy the input\n"
    )
    assert src.read_text() == "db 1, 2, 3\n" and link.is_symlink()


def test_an_output_through_a_symlink_writes_the_links_target(tmp_path: Path) -> None:
    src = _source(tmp_path)
    target = tmp_path / "real.bin"
    target.write_bytes(b"old")
    link = tmp_path / "out.bin"
    link.symlink_to(target)
    assert _run([str(src), "-o", str(link)]) == 0
    assert link.is_symlink() and target.read_bytes() == b"\x01\x02\x03"


def test_a_listing_into_a_missing_folder_is_refused_before_anything_is_written(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    src = _source(tmp_path)
    out = tmp_path / "out.bin"
    listing = tmp_path / "no" / "src.lst"
    assert _run([str(src), "-o", str(out), "-l", str(listing)]) == 2
    err = capsys.readouterr().err
    assert err == (
        f"longmode asm: {listing}: the listing must go into an existing folder; the folder "
        f"{tmp_path / 'no'} does not exist\n"
    )
    assert sorted(p.name for p in tmp_path.iterdir()) == ["src.asm"]


def test_output_to_a_character_device_is_written_never_replaced(tmp_path: Path) -> None:
    assert _run([str(_source(tmp_path)), "-o", "/dev/null"]) == 0
    assert Path("/dev/null").is_char_device()


def test_a_fifo_source_is_refused_at_once(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    fifo = tmp_path / "src.asm"
    os.mkfifo(fifo)
    assert _run([str(fifo), "-o", str(tmp_path / "out.bin")]) == 2
    assert capsys.readouterr().err == (
        f"longmode asm: {fifo}: the source must be a regular file, not a FIFO (named pipe)\n"
    )


def test_an_output_that_is_a_directory_is_refused(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    src = _source(tmp_path)
    folder = tmp_path / "out"
    folder.mkdir()
    assert _run([str(src), "-o", str(folder)]) == 2
    assert "the output must be a regular file or a character device, not a directory" in (
        capsys.readouterr().err
    )
    assert folder.is_dir() and list(folder.iterdir()) == []


@pytest.mark.skipif(os.geteuid() != 0, reason="making a device node needs root")
def test_a_failed_assembly_never_removes_a_device_output(tmp_path: Path) -> None:
    # NASM removes its output file when the source has errors, a device node included
    # (this is how /dev/null on a test machine became a regular file): we never do.
    device = tmp_path / "null"
    os.mknod(device, 0o666 | stat.S_IFCHR, os.makedev(1, 3))
    src = _source(tmp_path, "mov eax, [\n")
    assert _run([str(src), "-o", str(device), "-l", str(tmp_path / "src.lst")]) == 1
    assert device.is_char_device()


def test_an_output_onto_an_included_file_is_refused_and_the_file_kept(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = tmp_path / "data.bin"
    data.write_bytes(b"\x01\x02")
    src = _source(tmp_path, f'incbin "{data}"\n')
    assert _run([str(src), "-o", str(data)]) == 2
    assert capsys.readouterr().err == (
        f"longmode asm: {data}: the output must not be a file the source reads ({data}): "
        "writing it would destroy that input\n"
    )
    assert data.read_bytes() == b"\x01\x02"
