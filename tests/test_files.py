"""Atomic output files."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from longmode.files import write_atomically


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
