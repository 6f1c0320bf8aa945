"""The command line as a whole."""

from __future__ import annotations

import argparse

from longmode.cli import parser

from support import run_longmode


def test_help_lists_only_working_subcommands() -> None:
    (action,) = [a for a in parser()._actions if isinstance(a, argparse._SubParsersAction)]
    commands = set(action.choices)
    assert {"build", "check"} <= commands
    assert not {"run", "image", "debug", "test", "new"} & commands
    done = run_longmode("--help")
    assert done.returncode == 0
    assert all(f"    {name}" in done.stdout for name in commands)


def test_unknown_subcommand_is_a_usage_error() -> None:
    done = run_longmode("frobnicate")
    assert done.returncode == 2
    assert "invalid choice: 'frobnicate'" in done.stderr
    assert "Traceback" not in done.stderr
