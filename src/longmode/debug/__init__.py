"""Debugging a guest: breakpoints, watchpoints, steps and reverse execution on our
machine (:mod:`.core`), served to gdb over its remote protocol (:mod:`.gdbstub`).

Both are front ends of one core, :class:`~longmode.debug.core.Debugger`, built on
the machine's hooks (exact to the instruction), its instruction count and its
snapshots (for running backwards).
"""

from __future__ import annotations

from longmode.debug.core import Debugger, Stop

__all__ = ["Debugger", "Stop"]
