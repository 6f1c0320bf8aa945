"""The interface between the chips that raise interrupts and the CPU that takes them.

The run loop knows nothing of 8259s or APICs: before each slice it asks the
board's interrupt controller whether an interrupt is pending and, when the
CPU can take it (RFLAGS.IF), acknowledges it to learn the vector. The 8259
pair (:class:`~longmode.machine.devices.pic8259.DualPic`) is one
implementation; a local APIC with an I/O APIC is another that can take its
place in the chipset table without touching the loop.
"""

from __future__ import annotations

from typing import Protocol, runtime_checkable


@runtime_checkable
class InterruptController(Protocol):
    """What the CPU sees of the interrupt controller: INTR and the acknowledge cycle."""

    def interrupt_pending(self) -> bool:
        """True while the controller asserts INTR to the CPU."""
        ...

    def acknowledge(self) -> int:
        """The INTA cycle: the vector of the interrupt the CPU now takes."""
        ...
