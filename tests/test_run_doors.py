"""`longmode run`'s doors: every option checked before anything runs, no input lost,
--persist safe (locked, through links, kept on every ending)."""

from __future__ import annotations

import hashlib
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from longmode.asm import assemble
from longmode.files import ImageLock
from longmode.machine.memory import MAX_MEMORY

from support import ROOT, run_longmode

HALT_SECTOR = """
bits 16
org 0x7C00
    cli
    hlt
    times 510 - ($ - $$) db 0
    dw 0xAA55
"""

#: Writes "written by guest" to sector 1 with INT 13h, says "go" on COM1, then either
#: exits (isa-debug-exit 0x10: status 33) or spins until stopped.
WRITER = """
bits 16
org 0x7C00
    xor ax, ax
    mov es, ax
    mov ax, 0x0301                  ; AH=03h write 1 sector
    mov cx, 0x0002                  ; cylinder 0, sector 2
    mov dx, 0x0080                  ; head 0, drive 80h
    mov bx, marker
    int 0x13
    mov dx, 0x3F8
    mov al, 'g'
    out dx, al
    mov al, 'o'
    out dx, al
    mov al, 10
    out dx, al
%ifdef SPIN
again:
    jmp again
%else
    mov al, 0x10
    out 0xF4, al
%endif
marker: db "written by guest"
    times 510 - ($ - $$) db 0
    dw 0xAA55
    times 512 db 0
"""


def _image(tmp_path: Path, source: str, name: str = "disk.img", **defines: str) -> Path:
    path = tmp_path / name
    path.write_bytes(assemble(source, filename=name, defines=dict(defines)))
    return path


def _sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


# --- options are checked before anything runs -------------------------------------------

BAD_OPTIONS = [
    (["--timeout", "nan"], "--timeout must be a positive number of seconds, not nan"),
    (["--timeout", "inf"], "--timeout must be a positive number of seconds, not inf"),
    (["--timeout", "0"], "--timeout must be a positive number of seconds, not 0"),
    (["--timeout", "-3"], "--timeout must be a positive number of seconds, not -3"),
    (["--max-instructions", "0"], "--max-instructions must be a positive number, not 0"),
    (["--max-instructions", "-1"], "--max-instructions must be a positive number, not -1"),
    (
        ["--max-instructions", "10", "--fast"],
        "--max-instructions needs the deterministic mode: --fast counts no instructions",
    ),
    (["--keys-at", "nan"], "--keys-at must be a number of seconds, zero or more, not nan"),
    (["--keys-at", "-1"], "--keys-at must be a number of seconds, zero or more, not -1"),
    (["--keys", "caf\u00e9"], "--keys must be text a US keyboard can type; no key gives '\u00e9'"),
    (["--memory", "infG"], "--memory infG: not a memory size: 'infG' (try 32M, 512M or 4G)"),
    (["--memory", "nanG"], "--memory nanG: not a memory size: 'nanG' (try 32M, 512M or 4G)"),
    (["--memory=-5M"], "--memory -5M: not a memory size: '-5M' (try 32M, 512M or 4G)"),
    (
        ["--memory", "1M"],
        "--memory must be a multiple of 64 KiB from 2 MiB to 1023 GiB (the CPU's physical "
        "address space), not 1M",
    ),
    (
        ["--memory", "2T"],
        "--memory must be a multiple of 64 KiB from 2 MiB to 1023 GiB (the CPU's physical "
        "address space), not 2T",
    ),
]


@pytest.mark.parametrize("machine", ["ours", "qemu"])
@pytest.mark.parametrize(("options", "message"), BAD_OPTIONS)
def test_a_bad_option_is_one_line_and_exit_2_before_anything_runs(
    tmp_path: Path, options: list[str], message: str, machine: str
) -> None:
    from longmode.cli import main

    image = _image(tmp_path, HALT_SECTOR)
    qemu = ["--qemu"] if machine == "qemu" else []
    if machine == "qemu" and "--fast" in options:
        message = (
            "--max-instructions needs our machine: QEMU cannot count instructions "
            "(use --timeout with --qemu)"
        )
    done = _main(main, ["run", str(image), *qemu, *options])
    assert done == (2, "", f"longmode run: {message}\n")


def _main(main: object, argv: list[str]) -> tuple[int, str, str]:
    """The command in this process (fast), with its stdout and stderr."""
    import contextlib
    import io

    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        status = main(argv)  # type: ignore[operator]
    return status, out.getvalue(), err.getvalue()


def test_memory_the_host_cannot_reserve_is_refused_before_the_guest_runs(tmp_path: Path) -> None:
    image = _image(tmp_path, HALT_SECTOR)
    done = run_longmode("run", image, "--memory", "1000G")
    assert done.returncode == 2
    assert done.stdout == ""
    assert done.stderr == (
        "longmode run: --memory 1000G: this host could not reserve 1000 GiB for the guest's RAM "
        "(longmode's machine keeps it in host memory); give less\n"
    )
    assert MAX_MEMORY > 1000 << 30


def test_a_non_utf8_command_line_is_refused(seed_kernel: Path) -> None:
    done = subprocess.run(
        [sys.executable, "-m", "longmode", "run", str(seed_kernel), "--cmdline", b"a\xffb"],
        capture_output=True,
        timeout=60,
    )
    assert done.returncode == 2
    assert done.stderr == b"longmode run: --cmdline must be UTF-8 text, not the bytes b'a\\xffb'\n"


def test_a_command_line_with_a_disk_image_is_refused(tmp_path: Path) -> None:
    image = _image(tmp_path, HALT_SECTOR)
    done = run_longmode("run", image, "--cmdline", "quiet")
    assert done.returncode == 2
    assert done.stderr == (
        f"longmode run: {image}: --cmdline must come with a kernel; a disk image's command line "
        "is the one `longmode image --cmdline` wrote into it\n"
    )


@pytest.mark.parametrize("machine", ["ours", "qemu"])
def test_a_screenshot_into_a_missing_folder_is_refused_before_the_guest_runs(
    tmp_path: Path, machine: str
) -> None:
    image = _image(tmp_path, WRITER)
    before = _sha256(image)
    shot = tmp_path / "no" / "screen.png"
    qemu = ["--qemu"] if machine == "qemu" else []
    done = run_longmode("run", image, *qemu, "--persist", "--screenshot", shot)
    assert done.returncode == 2
    assert done.stdout == ""  # the guest never ran
    assert done.stderr == (
        f"longmode run: {shot}: the screenshot must go into an existing folder; the folder "
        f"{tmp_path / 'no'} does not exist\n"
    )
    assert _sha256(image) == before


def test_a_screenshot_onto_the_image_is_refused(tmp_path: Path) -> None:
    image = _image(tmp_path, HALT_SECTOR)
    before = _sha256(image)
    done = run_longmode("run", image, "--screenshot", image)
    assert done.returncode == 2
    assert "the screenshot must not be the input" in done.stderr
    assert _sha256(image) == before


@pytest.mark.parametrize("kind", ["fifo", "chardev", "directory"])
def test_a_target_that_is_not_a_regular_file_is_refused_at_once(tmp_path: Path, kind: str) -> None:
    if kind == "fifo":
        target = tmp_path / "pipe"
        os.mkfifo(target)
    elif kind == "chardev":
        target = Path("/dev/zero")
    else:
        target = tmp_path
    done = run_longmode("run", target)
    assert done.returncode == 2
    assert done.stderr.startswith(
        f"longmode run: {target}: the disk image or kernel must be a regular file, not "
    )


# --- --persist -----------------------------------------------------------------------------


@pytest.mark.parametrize("machine", ["ours", "qemu"])
def test_persist_through_a_symlink_writes_the_target_and_keeps_the_link(
    tmp_path: Path, machine: str
) -> None:
    real = _image(tmp_path, WRITER, "real.img")
    link = tmp_path / "link.img"
    link.symlink_to(real)
    qemu = ["--qemu"] if machine == "qemu" else []
    done = run_longmode("run", link, *qemu, "--persist", "--display", "none")
    assert done.returncode == 33, done.stderr
    assert link.is_symlink()
    assert real.read_bytes()[512:528] == b"written by guest"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["link.img", "real.img"]


@pytest.mark.parametrize("machine", ["ours", "qemu"])
def test_a_second_persist_run_on_a_locked_image_is_refused_at_once(
    tmp_path: Path, machine: str
) -> None:
    image = _image(tmp_path, WRITER)
    before = _sha256(image)
    qemu = ["--qemu"] if machine == "qemu" else []
    with ImageLock(image):
        started = time.monotonic()
        done = run_longmode("run", image, *qemu, "--persist")
        took = time.monotonic() - started
    assert done.returncode == 2
    assert done.stdout == ""
    assert done.stderr == (
        f"longmode run: {image}: the disk image must not be in use by another program, but "
        "another `longmode run --persist` or a QEMU holds it; wait for that run to end\n"
    )
    assert _sha256(image) == before
    assert took < 5


def test_a_qemu_started_by_hand_on_the_image_is_seen_as_a_lock(tmp_path: Path) -> None:
    image = _image(tmp_path, HALT_SECTOR)
    qemu = subprocess.Popen(
        ["qemu-system-x86_64", "-display", "none", "-drive", f"format=raw,file={image}"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        time.sleep(0.5)  # QEMU has opened and locked the image
        done = run_longmode("run", image, "--persist")
    finally:
        qemu.kill()
        qemu.wait()
    assert done.returncode == 2
    assert "must not be in use by another program" in done.stderr


@pytest.mark.parametrize("machine", ["ours", "qemu"])
@pytest.mark.parametrize("ending", ["SIGINT", "timeout"])
def test_persist_keeps_the_guests_writes_when_the_run_is_cut_short(
    tmp_path: Path, machine: str, ending: str
) -> None:
    image = _image(tmp_path, WRITER, SPIN="1")
    qemu = ["--qemu"] if machine == "qemu" else []
    limit = ["--timeout", "1"] if ending == "timeout" else []
    process = subprocess.Popen(
        [sys.executable, "-m", "longmode", "run", str(image), *qemu, "--persist", *limit],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        cwd=ROOT,
    )
    assert process.stdout is not None
    assert process.stdout.readline() == b"go\n"
    if ending == "SIGINT":
        time.sleep(0.2)
        process.send_signal(signal.SIGINT)
    _, stderr = process.communicate(timeout=30)
    assert process.returncode == (130 if ending == "SIGINT" else 4), stderr
    assert image.read_bytes()[512:528] == b"written by guest"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["disk.img"]


def test_without_persist_the_image_is_never_written(tmp_path: Path) -> None:
    image = _image(tmp_path, WRITER)
    before = _sha256(image)
    for qemu in ([], ["--qemu"]):
        done = run_longmode("run", image, *qemu, "--display", "none")
        assert done.returncode == 33, done.stderr
    assert _sha256(image) == before
