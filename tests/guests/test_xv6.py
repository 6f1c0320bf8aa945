"""xv6 (mit-pdos/xv6-public) boots to its shell in our machine and runs commands.

xv6 needs what issue 14 added: the ATA ports (its boot block and its disk driver),
an Intel MP table, the local APIC (its timer) and the I/O APIC (keyboard, COM1,
IDE). Its sources are not kept here and CI cannot fetch them, so this runs only
where LONGMODE_XV6 names a folder holding a build (`make xv6.img fs.img` in a
checkout; with GCC 12, drop -Werror from its Makefile); it is skipped otherwise.
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from support import run_longmode

pytestmark = pytest.mark.slow

BUILD = os.environ.get("LONGMODE_XV6")


@pytest.fixture
def xv6(tmp_path: Path) -> Path:
    if not BUILD:
        pytest.skip("LONGMODE_XV6 does not name an xv6 build (xv6.img and fs.img)")
    for name in ("xv6.img", "fs.img"):
        source = Path(BUILD) / name
        if not source.is_file():
            pytest.skip(f"{source} is missing: run `make xv6.img fs.img` in {BUILD}")
        shutil.copyfile(source, tmp_path / name)
    return tmp_path


def test_xv6_boots_to_its_shell_and_runs_commands(xv6: Path) -> None:
    done = run_longmode(
        "run", xv6 / "xv6.img", "--disk", xv6 / "fs.img", "-m", "512M", "--display", "none",
        "--keys", "echo hello xv6\nls\n", "--keys-at", "1.5", "--timeout", "40",
    )  # fmt: skip
    serial = done.stdout
    assert "cpu0: starting 0" in serial
    assert "init: starting sh" in serial
    assert "$ echo hello xv6\nhello xv6\n" in serial
    assert "README         2 2" in serial  # ls: the file system read through the ATA ports
    assert done.returncode == 4  # the shell waits for more: the time given runs out
