"""`longmode server`: commands handed to a warm process give what a process of their
own gives — output, exit status, files — in the caller's folder, environment and
umask; signals reach them; a server that is not ours, stale or gone is passed by."""

from __future__ import annotations

import os
import re
import shutil
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from longmode.server import daemon

from support import ROOT, nasm_kernel, run_longmode

#: A boot sector: "A" and a newline on COM1, then 10h to isa-debug-exit (status 33).
SAY_A = bytes.fromhex("BAF803B041EEB00AEEB010E6F4F4").ljust(510, b"\0") + b"\x55\xaa"
#: A boot sector that loops for ever (cli; jmp $), with interrupts off so that a Ctrl-C
#: always finds it at its jmp (with them on, a timer tick could be in the BIOS's handler then).
FOREVER = b"\xfa\xeb\xfe".ljust(510, b"\0") + b"\x55\xaa"


def _longmode(
    *args: str | Path,
    env: dict[str, str],
    cwd: Path | None = None,
    umask: int | None = None,
) -> subprocess.CompletedProcess[str]:
    return run_longmode(*args, env=env, cwd=cwd, umask=umask)


def _served(env: dict[str, str]) -> int:
    done = _longmode("server", "status", env=env)
    assert done.returncode == 0, done.stdout + done.stderr
    match = re.search(r"(\d+) command\(s\) served", done.stdout)
    assert match is not None, done.stdout
    return int(match.group(1))


def _environment(socket: Path, pythonpath: Path | None = None) -> dict[str, str]:
    """What reaches the server at ``socket`` (over this process's environment: "on",
    whatever LONGMODE_SERVER says here)."""
    env = {"LONGMODE_SERVER": "on", "LONGMODE_SERVER_SOCKET": str(socket)}
    if pythonpath is not None:
        env["PYTHONPATH"] = str(pythonpath)
    return env


@pytest.fixture
def server(tmp_path: Path) -> Iterator[dict[str, str]]:
    """A server of its own (its socket in a private folder); the environment that
    reaches it. Stopped at the end."""
    folder = tmp_path / "server"
    folder.mkdir(mode=0o700)
    env = _environment(folder / "server.sock")
    started = _longmode("server", "start", "--idle", "300", env=env)
    assert started.returncode == 0, started.stdout + started.stderr
    assert started.stdout.startswith("longmode server: ready at ")
    yield env
    _longmode("server", "stop", env=env)


def _both(
    server: dict[str, str], *args: str | Path, cwd: Path | None = None
) -> tuple[subprocess.CompletedProcess[str], subprocess.CompletedProcess[str]]:
    """The command through the server, and in a process of its own."""
    before = _served(server)
    served = _longmode(*args, env=server, cwd=cwd)
    assert _served(server) == before + 1, "the server did not run it"
    alone = _longmode(*args, env={**server, "LONGMODE_SERVER": "off"}, cwd=cwd)
    assert _served(server) == before + 1, "LONGMODE_SERVER=off went to the server"
    return served, alone


def test_a_served_run_prints_and_exits_as_a_run_of_its_own(
    server: dict[str, str], tmp_path: Path
) -> None:
    disk = tmp_path / "disk.img"
    disk.write_bytes(SAY_A)
    served, alone = _both(server, "run", disk, "--display", "none")
    assert served.returncode == alone.returncode == 33
    assert served.stdout == alone.stdout == "A\n"
    assert served.stderr == alone.stderr == "longmode run: the guest exited with status 33\n"


def test_bad_input_and_usage_errors_are_the_same_through_the_server(
    server: dict[str, str], tmp_path: Path
) -> None:
    missing, alone = _both(server, "run", tmp_path / "none.img")
    assert missing.returncode == alone.returncode == 2
    assert missing.stderr == alone.stderr
    assert "none.img: cannot read the disk image or kernel" in missing.stderr
    usage, alone = _both(server, "run", tmp_path / "none.img", "--no-such-option")
    assert usage.returncode == alone.returncode == 2
    assert usage.stderr == alone.stderr
    assert "unrecognized arguments: --no-such-option" in usage.stderr


def test_a_served_assembly_writes_the_bytes_and_reports_the_errors_of_one_of_its_own(
    server: dict[str, str], tmp_path: Path
) -> None:
    (tmp_path / "good.asm").write_text("bits 64\nstart: mov rax, [rel start]\njmp start\n")
    before = _served(server)
    served = _longmode("asm", "good.asm", "-o", "served.bin", env=server, cwd=tmp_path)
    alone = _longmode("asm", "good.asm", "-o", "alone.bin", cwd=tmp_path,
                      env={**server, "LONGMODE_SERVER": "off"})  # fmt: skip
    assert served.returncode == alone.returncode == 0, served.stderr + alone.stderr
    assert _served(server) == before + 1
    assert (tmp_path / "served.bin").read_bytes() == (tmp_path / "alone.bin").read_bytes()
    assert len((tmp_path / "served.bin").read_bytes()) == 9  # mov rax, [rel]: 7; jmp short: 2
    (tmp_path / "bad.asm").write_text("bits 64\nmov rax, nowhere\n")
    served, alone = _both(server, "asm", "bad.asm", cwd=tmp_path)
    assert served.returncode == alone.returncode == 1
    assert served.stderr == alone.stderr
    assert "bad.asm:2:" in served.stderr


def test_a_served_command_works_in_the_callers_folder_environment_and_umask(
    server: dict[str, str], tmp_path: Path
) -> None:
    work = tmp_path / "work"
    work.mkdir()
    kernel = nasm_kernel(work, "k", "bits 64\nglobal _start\n_start:\n    hlt\n")
    before = _served(server)
    made = _longmode("image", kernel.name, "-o", "out.img", env=server, cwd=work, umask=0o077)
    assert made.returncode == 0, made.stderr
    assert (work / "out.img").stat().st_mode & 0o777 == 0o600  # the caller's umask
    made = _longmode("image", kernel.name, "-o", "wide.img", env=server, cwd=work, umask=0o022)
    assert (work / "wide.img").stat().st_mode & 0o777 == 0o644
    assert _served(server) == before + 2
    # argparse wraps --help to $COLUMNS: the caller's, not the server's.
    narrow, alone = _both({**server, "COLUMNS": "40"}, "run", "--help")
    assert narrow.returncode == alone.returncode == 0
    assert narrow.stdout == alone.stdout
    wide = _longmode("run", "--help", env={**server, "COLUMNS": "200"})
    assert len(wide.stdout.splitlines()) < len(narrow.stdout.splitlines())


def test_ctrl_c_reaches_a_served_run_and_ends_it_as_it_ends_a_run_of_its_own(
    server: dict[str, str], tmp_path: Path
) -> None:
    disk = tmp_path / "forever.img"
    disk.write_bytes(FOREVER)
    endings = []
    for env in (server, {**server, "LONGMODE_SERVER": "off"}):
        process = subprocess.Popen(
            [sys.executable, "-m", "longmode", "run", str(disk), "--display", "none"],
            env={**os.environ, **env},
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        time.sleep(2.0)  # well into the loop, in both
        process.send_signal(signal.SIGINT)
        _, err = process.communicate(timeout=60)
        endings.append((process.returncode, err.splitlines()[-1]))
    assert endings[0] == endings[1]
    assert endings[0][0] == 130
    assert "interrupted" in endings[0][1]


def test_a_caller_killed_takes_its_served_command_with_it(
    server: dict[str, str], tmp_path: Path
) -> None:
    disk = tmp_path / "forever.img"
    disk.write_bytes(FOREVER)
    process = subprocess.Popen(
        [sys.executable, "-m", "longmode", "run", str(disk), "--display", "none"],
        env={**os.environ, **server},
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    deadline = time.monotonic() + 30
    while "1 running" not in _longmode("server", "status", env=server).stdout:
        assert time.monotonic() < deadline, "the command never started"
        time.sleep(0.1)
    process.kill()
    process.wait()
    while "0 running" not in _longmode("server", "status", env=server).stdout:
        assert time.monotonic() < deadline, "the served command outlived its caller"
        time.sleep(0.1)


def test_a_server_of_another_longmode_is_passed_by_and_a_stale_one_stops(
    tmp_path: Path,
) -> None:
    copy = tmp_path / "copy"
    shutil.copytree(ROOT / "src" / "longmode", copy / "longmode",
                    ignore=shutil.ignore_patterns("__pycache__"))  # fmt: skip
    folder = tmp_path / "server"
    folder.mkdir(mode=0o700)
    theirs = _environment(folder / "server.sock", pythonpath=copy)
    ours = _environment(folder / "server.sock")
    assert _longmode("server", "start", env=theirs).returncode == 0
    try:
        disk = tmp_path / "disk.img"
        disk.write_bytes(SAY_A)
        done = _longmode("run", disk, "--display", "none", env=ours)  # not its longmode
        assert (done.returncode, done.stdout) == (33, "A\n")
        assert _served(theirs) == 0
        done = _longmode("run", disk, "--display", "none", env=theirs)
        assert (done.returncode, done.stdout) == (33, "A\n")
        assert _served(theirs) == 1
        (copy / "longmode" / "errors.py").touch()  # its files changed: stale
        time.sleep(0.01)
        os.utime(copy / "longmode" / "errors.py", ns=(time.time_ns(), time.time_ns() + 10**9))
        done = _longmode("run", disk, "--display", "none", env=theirs)
        assert (done.returncode, done.stdout) == (33, "A\n")  # run in its own process
        deadline = time.monotonic() + 30
        while _longmode("server", "status", env=theirs).returncode != 1:
            assert time.monotonic() < deadline, "the stale server went on"
            time.sleep(0.1)
        assert not (folder / "server.sock").exists()
    finally:
        _longmode("server", "stop", env=theirs)


def test_start_stop_and_status_say_what_is_running(tmp_path: Path) -> None:
    folder = tmp_path / "server"
    folder.mkdir(mode=0o700)
    env = _environment(folder / "server.sock")
    status = _longmode("server", "status", env=env)
    assert (status.returncode, status.stdout) == (
        1,
        f"longmode server: none running at {folder}/server.sock\n",
    )
    assert _longmode("server", "stop", env=env).returncode == 1
    assert _longmode("server", "start", env=env).returncode == 0
    try:
        again = _longmode("server", "start", env=env)
        assert again.returncode == 0
        assert again.stdout.startswith("longmode server: already running at ")
        assert _longmode("server", "status", env=env).returncode == 0
    finally:
        stopped = _longmode("server", "stop", env=env)
    assert stopped.returncode == 0
    assert stopped.stdout.startswith("longmode server: stopped (process ")
    assert not (folder / "server.sock").exists()


def test_an_idle_time_must_be_zero_or_more_seconds(tmp_path: Path) -> None:
    env = _environment(tmp_path / "server.sock")
    for idle in ("-1", "nan", "inf"):
        done = _longmode("server", "start", "--idle", idle, env=env)
        assert done.returncode == 2
        assert done.stderr.startswith("longmode server: --idle must be 0 (never) or a number")
    assert not (tmp_path / "server.sock").exists()


def test_an_idle_server_stops_by_itself(tmp_path: Path) -> None:
    folder = tmp_path / "server"
    folder.mkdir(mode=0o700)
    env = _environment(folder / "server.sock")
    assert _longmode("server", "start", "--idle", "1", env=env).returncode == 0
    deadline = time.monotonic() + 30
    while (folder / "server.sock").exists():
        assert time.monotonic() < deadline, "the idle server went on"
        time.sleep(0.1)
    assert "idle for 1 s, stopping" in (folder / "server.log").read_text()


def test_a_socket_folder_others_can_enter_is_refused_and_not_used(tmp_path: Path) -> None:
    folder = tmp_path / "shared"
    folder.mkdir(mode=0o700)
    env = _environment(folder / "server.sock")
    assert _longmode("server", "start", env=env).returncode == 0
    try:
        folder.chmod(0o755)
        disk = tmp_path / "disk.img"
        disk.write_bytes(SAY_A)
        done = _longmode("run", disk, "--display", "none", env=env)
        assert (done.returncode, done.stdout) == (33, "A\n")
        folder.chmod(0o700)
        assert _served(env) == 0  # the client passed it by
        folder.chmod(0o755)
        started = _longmode(
            "server", "start", env={**env, "LONGMODE_SERVER_SOCKET": str(folder / "other.sock")}
        )
        assert started.returncode == 2
        assert "must belong to you alone" in started.stderr
    finally:
        folder.chmod(0o700)
        _longmode("server", "stop", env=env)


def test_the_stamp_changes_with_a_file_of_the_package(tmp_path: Path) -> None:
    (tmp_path / "a.py").write_text("x = 1\n")
    first = daemon.files_stamp(str(tmp_path))
    assert daemon.files_stamp(str(tmp_path)) == first
    (tmp_path / "a.py").write_text("x = 22\n")
    assert daemon.files_stamp(str(tmp_path)) != first
    second = daemon.files_stamp(str(tmp_path))
    (tmp_path / "__pycache__").mkdir()
    (tmp_path / "__pycache__" / "a.pyc").write_bytes(b"compiled")
    assert daemon.files_stamp(str(tmp_path)) == second  # bytecode is not longmode's files
