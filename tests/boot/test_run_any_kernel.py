"""`longmode run` takes every kernel `longmode image` takes, in our machine and in QEMU.

A kernel goes through the same code as `longmode image` (``build_image``), so
whatever that accepts boots: ELF64 kernels, Multiboot 1 and 2 kernels in ELF32,
and flat Multiboot binaries (a.out kludge). Reports name a kernel's symbols,
32-bit ones too. Each kernel is run by ``longmode run`` and ``longmode run
--qemu``: the same COM1 output (known differences aside) and the same exit.
"""

from __future__ import annotations

import shutil
import struct
import subprocess
from collections.abc import Callable
from pathlib import Path

import pytest
from boot_kernels import (
    EXIT_OK,
    KERNELS,
    QEMU,
    build_bootinfo_kernel,
    build_multiboot_kernel,
    comparable_serial,
)

from longmode.asm import assemble
from longmode.boot.image import build_image, is_kernel_file

from support import run_longmode

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(QEMU is None, reason="qemu-system-x86_64 is not installed"),
]

CMDLINE = "console=ttyS0 answer=42"
KINDS: dict[str, Callable[[Path], Path]] = {
    "multiboot1-elf32": lambda p: build_multiboot_kernel(p, version=1),
    "multiboot1-flat-binary": lambda p: build_multiboot_kernel(p, version=1, aout=True),
    "multiboot2-elf32": lambda p: build_multiboot_kernel(p, version=2),
    "elf64": lambda p: build_bootinfo_kernel(p, higher_half=False),
    "elf64-higher-half": lambda p: build_bootinfo_kernel(p, higher_half=True),
}

#: A Multiboot 1 kernel in NASM: says "M" on COM1 and halts with interrupts off, in
#: its one function ``_start`` (an ELF32 symbol with a size).
HALTING_MULTIBOOT_KERNEL = """
bits 32
section .multiboot
align 4
    dd 0x1BADB002                   ; Multiboot 1 magic
    dd 0                            ; flags: nothing asked of the loader
    dd -0x1BADB002                  ; checksum
section .text
global _start:function (_start.end - _start)
_start:
    mov dx, 0x3F8
    mov al, 'M'
    out dx, al
    mov al, 10
    out dx, al
    cli
    hlt
.end:
"""


def _run_both(kernel: Path, *options: str) -> tuple[subprocess.CompletedProcess[str], ...]:
    common = ("--display", "none", "--timeout", "60", *options)
    return run_longmode("run", kernel, *common), run_longmode("run", kernel, "--qemu", *common)


@pytest.mark.parametrize("kind", KINDS)
def test_every_kind_of_kernel_image_takes_runs_the_same_in_both_machines(
    tmp_path: Path, kind: str
) -> None:
    kernel = KINDS[kind](tmp_path / f"{kind}.elf")
    assert run_longmode("image", kernel, "-o", tmp_path / "disk.img").returncode == 0
    ours, theirs = _run_both(kernel, "--cmdline", CMDLINE)
    assert ours.returncode == theirs.returncode == EXIT_OK, ours.stderr + theirs.stderr
    assert "RESULT ok" in ours.stdout
    assert f"cmdline=[{CMDLINE}]" in ours.stdout
    assert comparable_serial(ours.stdout) == comparable_serial(theirs.stdout)
    assert ours.stderr == "longmode run: the guest exited with status 33\n"


def _halting_kernel(tmp_path: Path) -> Path:
    if shutil.which("ld") is None:
        pytest.skip("needs ld (binutils)")
    obj, elf = tmp_path / "halt.o", tmp_path / "halt.elf"
    obj.write_bytes(assemble(HALTING_MULTIBOOT_KERNEL, fmt="elf32", filename="halt.asm"))
    linker = ["ld", "-m", "elf_i386", "-nostdlib", "-static", "-z", "max-page-size=0x1000"]
    subprocess.run([*linker, "-T", KERNELS / "kernel32.ld", obj, "-o", elf], check=True)
    return elf


def test_a_32_bit_multiboot_kernel_is_reported_with_its_own_symbols(tmp_path: Path) -> None:
    ours, theirs = _run_both(_halting_kernel(tmp_path))
    assert ours.returncode == theirs.returncode == 0
    assert ours.stdout == theirs.stdout == "M\n"
    # _start at 0x100010 (.text, aligned, after the Multiboot header); its hlt 11 bytes on.
    report = (
        "the CPU halted at 0x10001b <_start+0xb> in 32-bit protected mode with interrupts disabled"
    )
    assert ours.stderr == f"longmode run: {report}\n"
    assert theirs.stderr == f"longmode run: QEMU: {report}\n"


def test_an_elf_whose_symbol_tables_are_damaged_boots_and_says_why_it_has_no_symbols(
    tmp_path: Path,
) -> None:
    # `longmode image` reads the program headers only; the section header table
    # (e_shoff, at 0x20 in an ELF32 header) now points past the end of the file.
    kernel = _halting_kernel(tmp_path)
    data = bytearray(kernel.read_bytes())
    struct.pack_into("<I", data, 0x20, len(data) + 0x1000)
    kernel.write_bytes(data)
    assert run_longmode("image", kernel, "-o", tmp_path / "disk.img").returncode == 0
    done = run_longmode("run", kernel, "--display", "none", "--timeout", "60")
    assert done.returncode == 0
    assert done.stdout == "M\n"
    warning, report = done.stderr.splitlines()
    assert warning.startswith(f"longmode: longmode.run: {kernel}: the section header table must")
    assert warning.endswith("; the run's reports give bare addresses")
    assert report == (
        "longmode run: the CPU halted at 0x10001b in 32-bit protected mode with interrupts disabled"
    )


def test_a_disk_image_holding_a_multiboot_kernel_is_still_a_disk_image(tmp_path: Path) -> None:
    kernel = build_multiboot_kernel(tmp_path / "mb2.elf", version=2)
    flat = build_multiboot_kernel(tmp_path / "mb1.bin", version=1, aout=True)
    assert is_kernel_file(kernel.read_bytes())
    assert is_kernel_file(flat.read_bytes())
    # Our image puts the kernel within the 32 KiB where Multiboot 2 headers are looked
    # for; sector 0's boot signature makes it a disk.
    assert not is_kernel_file(build_image(kernel))
