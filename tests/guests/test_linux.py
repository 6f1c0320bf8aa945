"""A Debian Linux kernel started by SYSLINUX (linux.py), in QEMU and in our machine.

The reference, QEMU, shows the kernel's "Linux version" line on COM1, sets up the
I/O APIC from our ACPI tables' MADT ("Switch to symmetric I/O mode"), and ends in
the panic of a kernel without a root file system, asking for a reset. Our machine
in the fast mode does the same. (So does the default, deterministic mode, in about
95 s — 4.5 billion instructions of decompression alone: too long for the suite.)
Skipped where the kernel cannot be had (linux.py says why).
"""

from __future__ import annotations

import shutil
from pathlib import Path

import build
import linux
import pytest

from support import run_longmode

pytestmark = pytest.mark.slow

QEMU = shutil.which("qemu-system-x86_64")
#: longmode run's status when the guest asks for a reset (panic=-1).
RESET = 5
MEMORY = "512M"
MILESTONES = (
    "Linux version ",
    "ACPI: Using ACPI (MADT) for SMP configuration information",
    "APIC: Switch to symmetric I/O mode setup",
    "ACPI: Using IOAPIC for interrupt routing",
    "ttyS0 at I/O 0x3f8 (irq = 4",
    "serio: i8042 AUX port at 0x60,0x64 irq 12",
    "Kernel panic - not syncing: VFS: Unable to mount root fs",
)


@pytest.fixture(scope="module")
def disk() -> Path:
    try:
        return linux.image()
    except build.Unavailable as missing:
        pytest.skip(str(missing))


def boot(disk: Path, tmp_path: Path, *options: str) -> tuple[int, str]:
    copy = tmp_path / "linux.img"
    shutil.copyfile(disk, copy)
    done = run_longmode("run", copy, "-m", MEMORY, "--display", "none", *options)
    return done.returncode, done.stdout


@pytest.mark.skipif(QEMU is None, reason="needs qemu-system-x86_64")
def test_qemu_boots_it_to_the_root_fs_panic(disk: Path, tmp_path: Path) -> None:
    status, serial = boot(disk, tmp_path, "--qemu", "--timeout", "60")
    assert status == RESET, serial[-2000:]
    for line in MILESTONES:
        assert line in serial


def test_our_machine_boots_it_as_qemu_does_in_the_fast_mode(disk: Path, tmp_path: Path) -> None:
    status, serial = boot(disk, tmp_path, "--fast", "--timeout", "240")
    assert status == RESET, serial[-2000:]
    positions = [serial.find(line) for line in MILESTONES]
    assert -1 not in positions, [m for m, p in zip(MILESTONES, positions, strict=True) if p < 0]
    assert positions == sorted(positions)
    assert "Marking TSC unstable" not in serial  # the APIC timer and the TSC agree
