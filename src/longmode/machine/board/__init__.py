"""The board: everything of the PC around the CPU, and what firmware may touch.

* ``memory`` — the memory bus (:mod:`.memory`): RAM, ROM, the framebuffer,
  devices' MMIO ranges and unassigned space; writes from outside the CPU
  drop stale translated code;
* ``ports`` — the I/O-port bus (:mod:`.ports`);
* ``chips`` — the chips, built from a declarative table (:mod:`.chipset`);
* ``interrupts`` — the interrupt controller the CPU asks (:mod:`.interrupts`);
* ``timeline`` — scripted events at chosen virtual times (:mod:`.timeline`).

The BIOS talks to this board, never to the run loop: registers through
``cpu``, memory through ``memory``, chips through ``ports`` and ``chips``,
its Python services through ``services``, and a wait for the next device
event through :meth:`Board.idle_and_retry`.
"""

from __future__ import annotations

from collections.abc import Callable

from unicorn import Uc

from longmode.machine.board.chipset import STANDARD_PC, Chipset, Slot, Wiring, build_chipset
from longmode.machine.board.interrupts import InterruptController
from longmode.machine.board.memory import MemoryBus, Region
from longmode.machine.board.ports import IoBus
from longmode.machine.board.timeline import Timeline
from longmode.machine.cpu import ADDRESS_MASK, X86Cpu
from longmode.machine.memory import MemoryLayout

#: A BIOS vector's Python service, run when the guest reaches the vector's ROM stub.
ServiceHandler = Callable[["Board", int], None]


class Board:
    """The PC's buses and chips, wired to one CPU.

    ``now`` is the machine's virtual clock (read live, inside a slice too);
    ``idle`` is how the run loop is asked to wait for the next device event
    and then resume at a linear address (set by the machine).
    """

    def __init__(
        self,
        uc: Uc,
        cpu: X86Cpu,
        layout: MemoryLayout,
        wiring: Wiring,
        now: Callable[[], int],
        table: tuple[Slot, ...] = STANDARD_PC,
        no_execute: tuple[tuple[int, int], ...] = (),
    ) -> None:
        self.cpu = cpu
        self.layout = layout
        self.memory = MemoryBus(
            uc, layout, code_is_virtual=cpu.translates_virtually, no_execute=no_execute
        )
        cpu.write_physical = self.memory.write
        self.ports = IoBus(now=now)
        self.chips: Chipset = build_chipset(wiring, table)
        self.interrupts: InterruptController = self.chips.interrupt_controller
        self.timeline = Timeline()
        for chip in [*self.chips.devices, self.timeline]:
            self.ports.attach(chip)
            for base, size in chip.mmio:
                self.memory.claim(base, size, chip)
        self.memory.seal()
        #: BIOS vector → Python service (see :data:`ServiceHandler`).
        self.services: dict[int, ServiceHandler] = {}
        self._now = now
        self.idle: Callable[[int], None] = _no_run_loop

    @property
    def a20(self) -> bool:
        """The A20 line (off: physical addresses wrap at 1 MiB)."""
        return self.cpu.a20_mask == ADDRESS_MASK

    def now(self) -> int:
        """Virtual time in nanoseconds."""
        return self._now()

    def idle_and_retry(self, address: int) -> None:
        """For a waiting BIOS service: stop, let time pass to the next device event,
        then resume at linear ``address`` (the service's ROM stub, so it runs again)."""
        self.idle(address)


def _no_run_loop(address: int) -> None:
    raise RuntimeError("the board is not in a machine: nothing can wait for an event")


__all__ = ["Board", "Chipset", "InterruptController", "MemoryBus", "Region", "ServiceHandler"]
