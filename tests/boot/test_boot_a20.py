"""Stage 2's A20 code, on a machine that starts with A20 off (QEMU cannot).

Each case takes away one more of stage 2's methods — INT 15h AX=2401h, port
92h, the 8042 — and the seed kernel must still boot, until none is left and
stage 2 must say so on the screen and exit with the failure's status.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from test_boot_qemu import seed_image  # noqa: F401 (fixture)

from longmode.boot.failures import LoaderFailure, loader_failure
from longmode.machine.bios import Disk, install_bios
from longmode.machine.bios.services import ServiceCall
from longmode.machine.board import Board
from longmode.machine.machine import Machine, MachineConfig, Outcome

pytestmark = pytest.mark.slow

METHODS = ("int15", "port92", "8042")


def _machine_without(seed_image: Path, broken: set[str]) -> Machine:  # noqa: F811
    machine = Machine(MachineConfig(memory=64 << 20, timeout=60))
    install_bios(machine, [Disk.from_file(seed_image)])
    machine.chips.port92.write(0x92, 1, 0)  # A20 off before the boot sector runs
    assert not machine.a20
    if "int15" in broken:
        system_services = machine.vectors[0x15]

        def no_a20_gate(board: Board, vector: int) -> None:
            if board.cpu.get("ah") == 0x24:
                ServiceCall(board, vector).fail(0x86)  # "function not supported"
            else:
                system_services(board, vector)

        machine.vectors[0x15] = no_a20_gate
    if "port92" in broken:
        machine.chips.port92.on_a20 = lambda enabled: None
    if "8042" in broken:
        machine.chips.ps2.on_a20 = lambda enabled: None
    return machine


@pytest.mark.parametrize("working", METHODS)
def test_stage2_turns_a20_on_by_the_first_method_that_works(
    seed_image: Path,  # noqa: F811
    working: str,
) -> None:
    broken = set(METHODS[: METHODS.index(working)])
    machine = _machine_without(seed_image, broken)
    result = machine.run()
    assert result.outcome is Outcome.HALTED, result.message
    assert machine.a20
    assert machine.serial.text() == "Hello World!\n"


def test_stage2_says_so_when_no_method_turns_a20_on(seed_image: Path) -> None:  # noqa: F811
    machine = _machine_without(seed_image, set(METHODS))
    result = machine.run()
    assert not machine.a20
    assert "cannot enable the A20 line" in machine.screen.text(), machine.screen.text()
    assert result.outcome is Outcome.EXITED, result.message
    assert result.exit_status == LoaderFailure.A20.exit_status
    assert loader_failure(seed_image.read_bytes(), result.exit_status) is LoaderFailure.A20
    assert machine.serial.text().strip() == "longmode: cannot enable the A20 line"
