"""The command line as a whole."""

from __future__ import annotations

import argparse

import pytest

from longmode.cli import main, parser

from support import run_longmode


def test_help_lists_only_working_subcommands() -> None:
    (action,) = [a for a in parser()._actions if isinstance(a, argparse._SubParsersAction)]
    commands = set(action.choices)
    assert commands == {"build", "check", "asm", "image", "run"}
    assert not {"debug", "test", "new"} & commands  # planned, not offered before they work
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
