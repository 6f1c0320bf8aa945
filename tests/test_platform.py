"""The kernel's and the machine's hardware tables agree."""

from __future__ import annotations

import re

from longmode import platform

from support import KERNEL_CRATE


def _rust_constants() -> dict[str, int]:
    source = (KERNEL_CRATE / "src/hw.rs").read_text()
    found = {
        name: int(value.replace("_", ""), 0)
        for name, value in re.findall(r"pub const (\w+): \w+ = (0x[0-9A-Fa-f_]+|\d+);", source)
    }
    for name, value in re.findall(r"^\s+(\w+) = (0x[0-9A-Fa-f]+),$", source, re.MULTILINE):
        found[f"ExitCode.{name}"] = int(value, 16)
    return found


def test_kernel_and_machine_share_the_same_hardware_constants() -> None:
    rust = _rust_constants()
    assert rust == {
        "VGA_TEXT_BUFFER": platform.VGA_TEXT_BUFFER,
        "VGA_COLUMNS": platform.VGA_COLUMNS,
        "VGA_ROWS": platform.VGA_ROWS,
        "COM1": platform.COM1,
        "DEBUG_EXIT_PORT": platform.DEBUG_EXIT_PORT,
        "ExitCode.Success": platform.ExitCode.SUCCESS,
        "ExitCode.Failed": platform.ExitCode.FAILED,
    }


def test_debug_exit_status_is_qemus_formula() -> None:
    assert platform.debug_exit_status(platform.ExitCode.SUCCESS) == 33
    assert platform.debug_exit_status(platform.ExitCode.FAILED) == 35
