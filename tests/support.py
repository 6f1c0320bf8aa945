"""Helpers shared by the tests (fixtures live in conftest.py)."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path
from types import ModuleType

ROOT = Path(__file__).resolve().parent.parent
KERNEL_CRATE = ROOT / "kernel"


def run_longmode(
    *args: str | Path,
    env: dict[str, str] | None = None,
    cwd: Path | None = None,
    umask: int | None = None,
) -> subprocess.CompletedProcess[str]:
    """Runs ``python -m longmode ARGS`` as a user would, capturing its output: with
    ``env`` over this process's environment, in ``cwd``, under ``umask``."""
    return subprocess.run(
        [sys.executable, "-m", "longmode", *map(str, args)],
        capture_output=True,
        text=True,
        env={**os.environ, **(env or {})},
        cwd=cwd,
        timeout=900,
        preexec_fn=None if umask is None else (lambda: os.umask(umask)),
    )


#: A boot sector's start (``org 0x7C00``): prints the string at ``message`` through
#: INT 10h and on COM1, then falls through to ``.done``.
PRINT_MESSAGE = """
bits 16
org 0x7C00
    mov si, message
.next:
    lodsb
    test al, al
    jz .done
    mov ah, 0x0E                ; INT 10h teletype
    int 0x10
    mov dx, 0x3F8               ; and COM1
    out dx, al
    jmp .next
.done:
"""


def load_script(name: str) -> ModuleType:
    """A script of scripts/ as a module (``load_script("fuzz_check")``), for tests that
    share its code."""
    import importlib.util

    spec = importlib.util.spec_from_file_location(name, ROOT / "scripts" / f"{name}.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


NASM, LD = shutil.which("nasm"), shutil.which("ld")


def nasm_kernel(directory: Path, name: str, source: str) -> Path:
    """A kernel ELF64 linked at 2 MiB from NASM ``source``, with DWARF line
    information (``name``.asm, so reports name that file); needs NASM and GNU ld."""
    assert NASM is not None and LD is not None, "needs nasm and GNU ld"
    (directory / f"{name}.asm").write_text(source)
    subprocess.run(
        [NASM, "-f", "elf64", "-g", "-F", "dwarf", f"{name}.asm", "-o", f"{name}.o"],
        cwd=directory,
        check=True,
    )
    subprocess.run(
        [LD, "-Ttext=0x200000", "-e", "_start", f"{name}.o", "-o", f"{name}.elf"],
        cwd=directory,
        check=True,
    )
    return directory / f"{name}.elf"


def known_differences(path: Path) -> list[re.Pattern[str]]:
    """The patterns of a known-differences file: one regular expression per line
    (matched against a whole line of output), then " ; " and the reason; # comments."""
    patterns = []
    for line in path.read_text().splitlines():
        if line.strip() and not line.startswith("#"):
            pattern, _, reason = line.partition(" ; ")
            assert reason.strip(), f"known difference without a reason: {line}"
            patterns.append(re.compile(pattern.strip()))
    return patterns


def comparable_lines(output: str, path: Path) -> list[str]:
    """``output``'s lines, each known difference of the file at ``path`` replaced by its
    pattern: what must be equal in both machines."""
    patterns = known_differences(path)
    return [
        next((f"<{p.pattern}>" for p in patterns if p.fullmatch(line)), line)
        for line in output.splitlines()
    ]
