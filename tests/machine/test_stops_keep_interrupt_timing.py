"""A run stopped and resumed anywhere takes its interrupts at the same instructions as
a run that is not: the interrupt window closes at an instruction count fixed when it
was planned. (Planned anew from the time left, a resumed window ended as many
instructions earlier as the port accesses before the stop took nanoseconds.)"""

from __future__ import annotations

from pathlib import Path

import pytest
from test_irq_waiting_at_hlt import KERNEL

from longmode.machine.hooks import InterruptEvent
from longmode.machine.machine import Machine, MachineConfig, Outcome

from support import LD, NASM, nasm_kernel

pytestmark = pytest.mark.skipif(
    NASM is None or LD is None, reason="needs nasm and GNU ld (installed by scripts/setup.sh)"
)

#: The same set-up (IDT, 8259s, PIT at 1 kHz), then a spin with IF set until the
#: timer's handler (an EOI: a port access, 1 µs) has counted 40 ticks.
SPIN = (
    KERNEL.replace(
        KERNEL[KERNEL.index("again:") : KERNEL.index("timer:")],
        "    sti\nspin:\n    cmp byte [rel ticks], 40\n    jb spin\n    cli\n"
        "    outb 0xF4, 0x10\n    hlt\n",
    )
    .replace("timer:\n    com1 'T'\n", "timer:\n    inc byte [rel ticks]\n")
    .replace("rounds: db 20", "rounds: db 20\nticks: db 0")
)


def _ticks(machine: Machine) -> list[tuple[int, int]]:
    """(instruction count, virtual time) of each timer interrupt, as it is taken."""
    taken: list[tuple[int, int]] = []

    def note(machine: Machine, event: InterruptEvent) -> bool:
        if event.vector == 0x20:
            taken.append((machine.instructions_begun(), machine.now()))
        return False

    machine.hooks.interrupt(note)
    return taken


@pytest.mark.parametrize("step", [12_345, 100_003, 1_000_003])
def test_interrupts_come_at_the_same_instructions_however_often_the_run_stops(
    tmp_path: Path, step: int
) -> None:
    kernel = nasm_kernel(tmp_path, "spin", SPIN)
    straight = Machine(MachineConfig(timeout=60), kernel=kernel)
    expected = _ticks(straight)
    assert straight.run().outcome is Outcome.EXITED
    stopped = Machine(MachineConfig(timeout=60), kernel=kernel)
    seen = _ticks(stopped)
    stops = 0
    while True:
        stops += 1
        stopped.config.max_instructions = stops * step
        result = stopped.run()
        if result.outcome is not Outcome.INSTRUCTION_LIMIT:
            break
    assert result.outcome is Outcome.EXITED and stops > 20
    assert len(expected) == 40 and seen == expected
    assert (stopped.instructions, stopped.now()) == (straight.instructions, straight.now())
