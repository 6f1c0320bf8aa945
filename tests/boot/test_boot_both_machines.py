"""Every image of the QEMU boot matrix, booted in our machine too: same COM1, same exit.

The images and QEMU's runs come from test_boot_qemu's fixtures (boots are not
repeated). Lines that may differ between the two BIOSes are listed, with the
reason, in both_machines_known_differences.txt; the goal is to keep it short.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from boot_kernels import EXIT_OK, QEMU, Boot, boot, comparable_serial
from test_boot_qemu import MATRIX, boots, images, seed_image  # noqa: F401 (fixtures)

from longmode.machine.bios import Disk, install_bios
from longmode.machine.machine import Machine, MachineConfig, Outcome
from longmode.machine.memory import parse_memory_size

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(QEMU is None, reason="qemu-system-x86_64 is not installed"),
]


def _ours(image: Path, memory: str) -> tuple[Machine, int]:
    machine = Machine(MachineConfig(memory=parse_memory_size(memory), timeout=120))
    install_bios(machine, [Disk.from_file(image)])
    result = machine.run()
    assert result.outcome in (Outcome.EXITED, Outcome.HALTED), result.message
    return machine, result.exit_status


@pytest.mark.parametrize(("kernel", "memory"), MATRIX)
def test_our_machine_prints_what_qemu_prints_and_exits_the_same(
    images: dict[str, Path],  # noqa: F811
    boots: dict[tuple[str, str], Boot],  # noqa: F811
    kernel: str,
    memory: str,
) -> None:
    theirs = boots[kernel, memory]
    machine, status = _ours(images[kernel], memory)
    assert status == theirs.status == EXIT_OK
    assert comparable_serial(machine.serial.text()) == comparable_serial(theirs.serial)


def test_seed_kernel_says_the_same_on_com1_and_screen_in_both(seed_image: Path) -> None:  # noqa: F811
    theirs = boot(seed_image, "128M", timeout=60, until="Hello World!")
    machine, status = _ours(seed_image, "128M")
    assert status == 0  # the seed kernel halts with interrupts off
    assert machine.serial.text() == theirs.serial == "Hello World!\n"
    assert machine.screen.lines()[0] == "Hello World!"
    assert theirs.screen.startswith("Hello World!")
    cells = machine.screen.cells()[0][:12]
    assert {cell.attribute for cell in cells} == {0x0B}  # light cyan on black
