"""Atomic output files."""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from longmode.files import (
    ImageLock,
    InputError,
    Output,
    OutputError,
    map_input,
    read_input,
    write_atomically,
    write_outputs,
)

Reader = Callable[..., Any]


def test_new_file_gets_the_permissions_open_would_give(tmp_path: Path) -> None:
    umask = os.umask(0o022)
    try:
        write_atomically(tmp_path / "out.bin", b"data")
    finally:
        os.umask(umask)
    assert (tmp_path / "out.bin").read_bytes() == b"data"
    assert (tmp_path / "out.bin").stat().st_mode & 0o777 == 0o644
    assert [p.name for p in tmp_path.iterdir()] == ["out.bin"]


def test_a_failed_write_leaves_the_old_file_and_no_temporary(tmp_path: Path) -> None:
    target = tmp_path / "out.bin"
    target.write_bytes(b"old")

    with pytest.raises(TypeError):
        write_atomically(target, "not bytes")  # type: ignore[arg-type]
    assert target.read_bytes() == b"old"
    assert [p.name for p in tmp_path.iterdir()] == ["out.bin"]


def test_explicit_mode_is_kept(tmp_path: Path) -> None:
    write_atomically(tmp_path / "disk.img", b"x", mode=0o600)
    assert (tmp_path / "disk.img").stat().st_mode & 0o777 == 0o600


# --- outputs: through links, never replacing what is not a regular file ---------------


def test_an_output_through_a_symlink_keeps_the_link_and_writes_its_target(tmp_path: Path) -> None:
    target = tmp_path / "real.img"
    target.write_bytes(b"old")
    link = tmp_path / "link.img"
    link.symlink_to(target)

    Output(link).write(b"new")

    assert link.is_symlink() and os.readlink(link) == str(target)
    assert target.read_bytes() == b"new"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["link.img", "real.img"]


def test_replacing_a_file_keeps_its_permissions(tmp_path: Path) -> None:
    target = tmp_path / "out.bin"
    target.write_bytes(b"old")
    target.chmod(0o640)
    Output(target).write(b"new")
    assert target.stat().st_mode & 0o777 == 0o640


def test_an_output_that_is_an_input_through_a_link_is_refused(tmp_path: Path) -> None:
    source = tmp_path / "src.asm"
    source.write_text("nop\n")
    link = tmp_path / "link.asm"
    link.symlink_to(source)
    hard = tmp_path / "hard.asm"
    os.link(source, hard)

    for output in (source, link, hard):
        with pytest.raises(OutputError, match=r"must not be the input"):
            Output(output, inputs=[link])
    assert source.read_text() == "nop\n"


@pytest.mark.parametrize("kind", ["directory", "fifo"])
def test_an_output_that_is_a_directory_or_fifo_is_refused(tmp_path: Path, kind: str) -> None:
    path = tmp_path / kind
    if kind == "directory":
        path.mkdir()
    else:
        os.mkfifo(path)
    with pytest.raises(OutputError, match=rf"^{path}: the output must be a regular file or a "):
        Output(path)
    assert path.is_dir() if kind == "directory" else path.is_fifo()


def test_a_character_device_is_written_directly_never_replaced() -> None:
    output = Output("/dev/null")
    assert output.direct
    output.write(b"gone")
    assert Path("/dev/null").is_char_device()
    with pytest.raises(OutputError, match=r"^/dev/full: cannot write the output: no space left"):
        Output("/dev/full").write(b"x")
    assert Path("/dev/full").is_char_device()


def test_an_output_into_a_missing_folder_is_refused_before_any_work(tmp_path: Path) -> None:
    with pytest.raises(OutputError, match=r"must go into an existing folder; the folder .*/no "):
        Output(tmp_path / "no" / "out.png", what="the screenshot")


def test_two_outputs_are_written_both_or_neither(tmp_path: Path) -> None:
    first = Output(tmp_path / "a.bin")
    folder = tmp_path / "sub"
    folder.mkdir()
    second = Output(folder / "b.bin")
    folder.rmdir()  # gone after the check: the second cannot be written
    with pytest.raises(OutputError, match=r"b.bin: cannot write the output: no such file"):
        write_outputs([(first, b"1"), (second, b"2")])
    assert list(tmp_path.iterdir()) == []


def test_the_same_file_twice_among_outputs_is_refused(tmp_path: Path) -> None:
    out = Output(tmp_path / "x", what="the output")
    listing = Output(tmp_path / "x", what="the listing")
    with pytest.raises(OutputError, match=r"the listing must be a file of its own"):
        write_outputs([(out, b"1"), (listing, b"2")])
    assert not (tmp_path / "x").exists()


# --- inputs: regular files, within a limit -----------------------------------------------


@pytest.mark.parametrize("read", [read_input, map_input])
def test_an_input_fifo_is_refused_without_waiting_for_a_writer(
    tmp_path: Path, read: Reader
) -> None:
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    with pytest.raises(InputError, match=r"the kernel must be a regular file, not a FIFO"):
        read(fifo, limit=100, what="the kernel")


@pytest.mark.parametrize("read", [read_input, map_input])
def test_a_character_device_input_is_refused(read: Reader) -> None:
    with pytest.raises(InputError, match=r"^/dev/zero: the image must be a regular file, not a c"):
        read("/dev/zero", limit=100, what="the image")


@pytest.mark.parametrize("read", [read_input, map_input])
def test_an_input_over_the_limit_names_the_limit(tmp_path: Path, read: Reader) -> None:
    big = tmp_path / "big"
    big.write_bytes(bytes(2048))
    with pytest.raises(InputError, match=r"must be at most 1 KiB \(longmode's limit\), not 2 KiB"):
        read(big, limit=1024)
    assert read(big, limit=2048)[:] == bytes(2048)


@pytest.mark.parametrize("read", [read_input, map_input])
def test_a_missing_input_says_so_without_exception_names(tmp_path: Path, read: Reader) -> None:
    with pytest.raises(InputError) as caught:
        read(tmp_path / "nope", limit=1)
    assert (
        str(caught.value)
        == f"{tmp_path / 'nope'}: cannot read the input: no such file or directory"
    )


def test_a_mapped_input_reads_as_the_file_and_an_empty_one_is_empty(tmp_path: Path) -> None:
    path = tmp_path / "lib.a"
    path.write_bytes(b"!<arch>\n" + bytes(range(256)))
    mapped = map_input(path, limit=1 << 20)
    assert mapped[:] == path.read_bytes() and mapped[8:10] == b"\0\1"
    path.write_bytes(b"")
    assert map_input(path, limit=1 << 20) == b""


def test_a_second_image_lock_is_refused_at_once(tmp_path: Path) -> None:
    image = tmp_path / "disk.img"
    image.write_bytes(bytes(512))
    with ImageLock(image), pytest.raises(InputError, match=r"must not be in use by another"):
        ImageLock(tmp_path / "." / "disk.img")
    ImageLock(image).release()  # free again once the first is released
