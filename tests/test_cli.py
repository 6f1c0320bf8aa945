"""The command line as a whole."""

from __future__ import annotations

import argparse
from pathlib import Path

import pytest

from longmode.cli import main, parser

from support import run_longmode


def test_help_lists_only_working_subcommands() -> None:
    (action,) = [a for a in parser()._actions if isinstance(a, argparse._SubParsersAction)]
    commands = set(action.choices)
    assert commands == {
        "build", "check", "asm", "image", "run", "debug", "runner", "test", "new", "link",
        "server",
    }  # fmt: skip
    done = run_longmode("--help")
    assert done.returncode == 0
    assert all(f"    {name}" in done.stdout for name in commands)


def test_unknown_subcommand_is_a_usage_error() -> None:
    done = run_longmode("frobnicate")
    assert done.returncode == 2
    assert "invalid choice: 'frobnicate'" in done.stderr
    assert "Traceback" not in done.stderr


def test_an_internal_error_is_one_paragraph_and_exit_70(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    import longmode.check

    def broken(path: object) -> None:
        raise RuntimeError("something longmode did not expect")

    monkeypatch.setattr(longmode.check, "check_kernel", broken)
    monkeypatch.delenv("LONGMODE_TRACEBACK", raising=False)
    assert main(["check", "kernel.elf"]) == 70
    message = capsys.readouterr().err
    assert message.startswith(
        "longmode: internal error: RuntimeError: something longmode did not expect. "
        "This is a bug in longmode"
    )
    assert "Traceback" not in message and len(message.strip().splitlines()) == 1


def test_a_host_out_of_memory_is_one_line_and_exit_2_and_leaves_no_output(
    tmp_path: Path,
) -> None:
    import resource
    import subprocess
    import sys

    from doors_fuzz import kernels

    kernel = tmp_path / "k.elf"
    kernel.write_bytes(kernels()["elf64"])
    with kernel.open("r+b") as file:
        file.truncate(250 << 20)  # a 250 MiB image does not fit in the 450 MiB allowed

    def limit() -> None:
        resource.setrlimit(resource.RLIMIT_AS, (450 << 20, 450 << 20))

    done = subprocess.run(
        [sys.executable, "-m", "longmode", "image", str(kernel), "-o", str(tmp_path / "o.img")],
        capture_output=True,
        text=True,
        preexec_fn=limit,
        timeout=120,
    )
    assert done.returncode == 2
    assert done.stderr == (
        "longmode image: this host ran out of memory; give the command smaller inputs (or the "
        "machine less --memory)\n"
    )
    assert sorted(p.name for p in tmp_path.iterdir()) == ["k.elf"]


def test_a_closed_stdout_ends_the_command_quietly_with_141(tmp_path: Path) -> None:
    import subprocess
    import sys

    from doors_fuzz import kernels

    kernel = tmp_path / "k.elf"
    kernel.write_bytes(kernels()["elf64"])
    reader = subprocess.Popen(
        [sys.executable, "-m", "longmode", "check", str(kernel), "--verbose"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    assert reader.stdout is not None
    reader.stdout.close()  # as `| head -0` would
    _, stderr = reader.communicate(timeout=60)
    assert reader.returncode == 141
    assert stderr == b""


def test_a_file_named_like_the_program_still_gets_the_prefix(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    assert main(["check", "longmode.elf"]) == 2
    assert capsys.readouterr().err == (
        "longmode check: longmode.elf: cannot read the kernel ELF: no such file or directory\n"
    )
