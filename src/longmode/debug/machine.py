"""``longmode.Machine``: the machine with the debugger's verbs on it.

:class:`longmode.machine.machine.Machine` knows nothing of debugging (the
machine sits below the debugger); this subclass, which the package root exports,
adds breakpoints, watchpoints, steps and reverse execution, delegated to one
:class:`~longmode.debug.core.Debugger` made on first use — its history starts
there. They need the deterministic mode.
"""

from __future__ import annotations

from longmode.debug.core import Debugger, Stop
from longmode.machine import machine


class Machine(machine.Machine):
    """A machine (see :class:`longmode.machine.machine.Machine`) that can also break,
    watch, step and run backwards."""

    _debugger: Debugger | None = None

    @property
    def debugger(self) -> Debugger:
        """The debugger of this machine (made, and its history started, on first use)."""
        if self._debugger is None:
            self._debugger = Debugger(self)
        return self._debugger

    def break_at(self, address: int) -> None:
        """Stops :meth:`cont` and :meth:`step` before the instruction at ``address``."""
        self.debugger.break_at(address)

    def delete_break(self, address: int) -> bool:
        """Removes that breakpoint; False if there was none."""
        return self.debugger.delete_break(address)

    def watch(self, address: int, length: int = 1, access: str = "write") -> None:
        """Stops after each instruction that accesses the range ("read", "write", "rw")."""
        self.debugger.watch(address, length, access)

    def delete_watch(self, address: int, length: int = 1, access: str = "write") -> bool:
        """Removes that watchpoint; False if there was none."""
        return self.debugger.delete_watch(address, length, access)

    def cont(self) -> Stop:
        """Runs to the next breakpoint or watchpoint hit, or the end."""
        return self.debugger.cont()

    def step(self, count: int = 1) -> Stop:
        """Runs ``count`` instructions."""
        return self.debugger.step(count)

    def reverse_step(self, count: int = 1) -> Stop:
        """Goes back ``count`` instructions."""
        return self.debugger.reverse_step(count)

    def reverse_cont(self) -> Stop:
        """Goes back to the last breakpoint or watchpoint hit."""
        return self.debugger.reverse_cont()
