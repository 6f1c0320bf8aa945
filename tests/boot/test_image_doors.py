"""`longmode image`'s doors: the kernel read as a regular file within its limit, the
output checked before the work, written through links, never replacing a non-file,
and no temporary file left behind by SIGTERM."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from boot_kernels import make_elf

from longmode.cli import main

HLT = b"\xfa\xf4"


def _kernel(tmp_path: Path, name: str = "k.elf") -> Path:
    kernel = tmp_path / name
    kernel.write_bytes(make_elf([(0x100000, 0x100000, HLT, 0x1000)], 0x100000))
    return kernel


def _refusal(capsys: pytest.CaptureFixture[str], *argv: str | Path) -> str:
    assert main(["image", *map(str, argv)]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "Traceback" not in err
    return err.rstrip("\n")


def test_an_image_onto_the_kernel_through_a_link_is_refused(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    kernel = _kernel(tmp_path)
    before = kernel.read_bytes()
    link = tmp_path / "link.img"
    link.symlink_to(kernel)
    assert _refusal(capsys, kernel, "-o", link) == (
        f"longmode image: {link}: the image must not be the input {kernel}: writing it would "
        "destroy the input"
    )
    assert kernel.read_bytes() == before and link.is_symlink()


def test_an_image_through_a_symlink_replaces_the_target_and_keeps_the_link(
    tmp_path: Path,
) -> None:
    kernel = _kernel(tmp_path)
    target = tmp_path / "real.img"
    target.write_bytes(b"old")
    link = tmp_path / "disk.img"
    link.symlink_to(target)
    assert main(["image", str(kernel), "-o", str(link)]) == 0
    assert link.is_symlink()
    assert target.read_bytes()[510:512] == b"\x55\xaa"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["disk.img", "k.elf", "real.img"]


def test_an_image_into_a_missing_folder_is_refused_before_the_work(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    kernel = _kernel(tmp_path)
    out = tmp_path / "build" / "disk.img"
    assert _refusal(capsys, kernel, "-o", out) == (
        f"longmode image: {out}: the image must go into an existing folder; the folder "
        f"{tmp_path / 'build'} does not exist"
    )


def test_an_image_to_dev_null_is_written_there_and_dev_null_stays_a_device(
    tmp_path: Path,
) -> None:
    assert main(["image", str(_kernel(tmp_path)), "-o", "/dev/null"]) == 0
    assert Path("/dev/null").is_char_device()


@pytest.mark.parametrize("kernel", ["/dev/zero", "fifo", "directory"])
def test_a_kernel_that_never_ends_is_refused_at_once(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], kernel: str
) -> None:
    if kernel == "fifo":
        path = tmp_path / "k.elf"
        os.mkfifo(path)
    elif kernel == "directory":
        path = tmp_path
    else:
        path = Path(kernel)
    started = time.monotonic()
    err = _refusal(capsys, path, "-o", tmp_path / "disk.img")
    assert err.startswith(f"longmode image: {path}: the kernel must be a regular file, not ")
    assert time.monotonic() - started < 2
    assert not (tmp_path / "disk.img").exists()


def test_sigterm_while_the_image_is_written_leaves_no_temporary_file(tmp_path: Path) -> None:
    # A 200 MiB kernel (sparse) makes a 200 MiB image: long enough to catch its write.
    kernel = _kernel(tmp_path)
    with kernel.open("r+b") as file:
        file.truncate(200 << 20)
    out = tmp_path / "out"
    out.mkdir()
    process = subprocess.Popen(
        [sys.executable, "-m", "longmode", "image", str(kernel), "-o", str(out / "disk.img")],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    deadline = time.monotonic() + 60
    while not any(out.iterdir()) and process.poll() is None and time.monotonic() < deadline:
        time.sleep(0.001)
    if process.poll() is not None:
        pytest.fail(f"the image was written before a temporary file was seen: {process.stderr}")
    process.send_signal(signal.SIGTERM)
    _, stderr = process.communicate(timeout=60)
    assert process.returncode == 128 + signal.SIGTERM
    assert stderr == "longmode image: stopped by SIGTERM\n"
    # Stopped while writing (the usual case), or just after the rename: never a temporary.
    left = list(out.iterdir())
    assert left == [] or (left == [out / "disk.img"] and left[0].stat().st_size > 200 << 20)
