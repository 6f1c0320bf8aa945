"""Symbols of assembly kernels: a plain ``global _start`` (STT_NOTYPE, as NASM writes
it) names code in reports and the debugger as gdb names it."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest
from asm_oracle import elf_summary, needs_nasm, run_nasm

from longmode.asm import assemble
from longmode.elf import KernelElf

KERNEL = """\
bits 64
section .text
global _start
_start:
    nop
    nop
.loop:
    jmp .loop
helper:
    ret
section .data
value: dq 1
"""
TEXT = 0x100000

needs_tools = pytest.mark.skipif(
    not (shutil.which("ld") and shutil.which("gdb")), reason="GNU ld and gdb (the oracles)"
)


@pytest.fixture
def kernel(tmp_path: Path) -> Path:
    (tmp_path / "k.o").write_bytes(assemble(KERNEL, fmt="elf64"))
    subprocess.run(
        ["ld", f"-Ttext={TEXT:#x}", "-e", "_start", "-o", "k.elf", "k.o"],
        cwd=tmp_path,
        check=True,
    )
    return tmp_path / "k.elf"


def _gdb_names(path: Path, addresses: list[int]) -> list[str]:
    """gdb's ``info symbol`` for each address, in our ``0x... <name+0x..>`` form."""
    commands = [arg for a in addresses for arg in ("-ex", f"info symbol {a:#x}")]
    done = subprocess.run(
        ["gdb", "-batch", "-nx", *commands, str(path)], capture_output=True, text=True, check=True
    )
    names = []
    for address, line in zip(addresses, done.stdout.splitlines(), strict=True):
        m = re.match(r"(\S+)(?: \+ (\d+))? in section", line)
        if m is None:
            names.append(f"{address:#x}")
        else:
            offset = int(m.group(2) or 0)
            names.append(f"{address:#x} <{m.group(1)}{f'+{offset:#x}' if offset else ''}>")
    return names


@needs_nasm
def test_plain_global_is_notype_as_nasm_writes_it() -> None:
    ours = elf_summary(assemble(KERNEL, filename="in.asm", fmt="elf64"))
    assert ours == elf_summary(run_nasm(KERNEL, "elf64"))
    kinds = {name: kind for name, _, _, _, kind, _ in ours["symbols"]}
    assert kinds["_start"] == kinds["helper"] == "STT_NOTYPE"


@needs_tools
def test_code_labels_are_named_as_gdb_names_them(kernel: Path) -> None:
    addresses = list(range(TEXT - 1, TEXT + 7))
    elf = KernelElf.load(kernel)
    assert [elf.describe(a) for a in addresses] == _gdb_names(kernel, addresses)
    assert elf.describe(TEXT + 1) == f"{TEXT + 1:#x} <_start+0x1>"


@needs_tools
def test_check_names_the_entry_of_an_assembly_kernel(kernel: Path) -> None:
    from longmode.check import check_kernel

    header = check_kernel(kernel).header[0]
    assert header.endswith(f"entry {_gdb_names(kernel, [TEXT])[0]}")
    assert header.endswith("<_start>")
