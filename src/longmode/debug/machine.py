"""``longmode.Machine``: the machine with the debugger's verbs on it.

:class:`longmode.machine.machine.Machine` knows nothing of debugging (the
machine sits below the debugger); this subclass, which the package root exports,
adds breakpoints, watchpoints, steps and reverse execution, delegated to one
:class:`~longmode.debug.core.Debugger` made on first use — its history starts
there. They need the deterministic mode.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from longmode.debug.core import Debugger, Stop
from longmode.elf import ElfFormatError, KernelElf
from longmode.machine import machine
from longmode.machine.results import Outcome


class Machine(machine.Machine):
    """A machine (see :class:`longmode.machine.machine.Machine`) that can also break,
    watch, step and run backwards."""

    _debugger: Debugger | None = None

    def __init__(self, config: machine.MachineConfig | None = None, /, **options: Any) -> None:
        kernel = options.get("kernel")
        super().__init__(config, **options)
        #: The kernel ELF the machine was built from (``kernel=``), for explanations.
        self.kernel: KernelElf | None = None
        if kernel is not None:
            try:
                self.kernel = KernelElf.load(Path(str(kernel)))
            except ElfFormatError:
                self.kernel = None  # a Multiboot kernel, or damaged tables: addresses only

    def explain(self) -> str | None:
        """The last fault in words (see :mod:`longmode.debug.explain`), with the
        kernel's symbols and source lines when it was given as ``kernel=``: the
        triple fault, or else the last exception the guest took and the call stack
        now; None if the guest has taken no exception."""
        from longmode.debug.explain import explain, explain_end

        if self.fault is not None:
            return explain(self, self.fault, self.kernel)
        if self.last_exception is None:
            return None
        return explain_end(
            self, self.result.outcome if self.result else Outcome.STOPPED, self.kernel
        )

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
