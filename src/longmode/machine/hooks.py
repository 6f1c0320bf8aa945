"""The hook registry: what the debugger, the test runner and users attach to a machine.

Each hook calls ``callback(machine, event)`` when its event happens; a callback
that returns a true value stops the run, which then ends with
``Outcome.STOPPED`` at that exact instruction:

* :meth:`Hooks.at` — execution reaching an address (virtual by default, as RIP
  gives it; ``physical=True`` compares the physical address of each
  instruction, which costs a Python call per instruction while installed).
  The run stops *before* the instruction there.
* :meth:`Hooks.memory` — reads and/or writes of the CPU in ``[start, end]``
  (virtual addresses); stops *after* the accessing instruction.
* :meth:`Hooks.port` — ``in``/``out`` on ports ``[first, last]``; stops after
  the instruction.
* :meth:`Hooks.interrupt` — an interrupt or exception about to be delivered
  (vector, kind, error code, RIP, CPL, CR2, RSP); a stop leaves the event
  pending, at the instruction it interrupts, and the next run delivers it.
* :meth:`Hooks.bios` — a BIOS service by vector and optionally AH, before or
  after it runs.
* :meth:`Hooks.mode` — the CPU changing between real, protected and long mode
  (checked at each translated block, which a mode switch always ends).

A machine with no hook installed runs exactly as fast as one without the
registry: each kind is wired into unicorn only while a hook of that kind
exists.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

#: A hook's callback: (machine, event) → a true value to stop the run. (The machine
#: is typed Any: this module sits below :mod:`longmode.machine.machine`.)
Callback = Callable[[Any, Any], object]


@dataclass(frozen=True)
class MemoryAccess:
    """One access a memory hook saw."""

    kind: str  # "read" or "write"
    address: int
    size: int
    value: int
    rip: int


@dataclass(frozen=True)
class PortAccess:
    """One ``in`` or ``out`` a port hook saw (``value`` is what was read or written)."""

    direction: str  # "in" or "out"
    port: int
    size: int
    value: int
    rip: int


@dataclass(frozen=True)
class InterruptEvent:
    """An interrupt or exception about to be delivered, as ``-d int`` shows it."""

    vector: int
    kind: str  # "exception", "software" or "external"
    error_code: int | None
    cs: int
    rip: int
    cpl: int
    cr2: int
    rsp: int
    mode: str


@dataclass(frozen=True)
class ServiceEvent:
    """A BIOS service call: ``when`` is "before" or "after"."""

    vector: int
    ah: int
    when: str


@dataclass(frozen=True)
class ModeSwitch:
    """The CPU changed mode between two translated blocks."""

    old: str
    new: str
    rip: int


@dataclass(eq=False)
class Hook:
    """An installed hook; :meth:`remove` takes it away."""

    kind: str
    callback: Callback
    selector: dict[str, Any] = field(default_factory=dict)
    registry: Hooks | None = None
    number: int = 0

    def remove(self) -> None:
        """Uninstalls the hook (again is harmless)."""
        if self.registry is not None:
            self.registry.remove(self)

    def describe(self) -> str:
        """What the hook watches, for reports."""
        if self.kind == "at":
            space = "physical " if self.selector["physical"] else ""
            return f"breakpoint {self.number} at {space}{self.selector['address']:#x}"
        if self.kind == "memory":
            s = self.selector
            return f"watchpoint {self.number} on {s['start']:#x}-{s['end']:#x} ({s['access']})"
        if self.kind == "port":
            s = self.selector
            return f"port hook {self.number} on {s['first']:#x}-{s['last']:#x}"
        if self.kind == "bios":
            s = self.selector
            ah = "" if s["ah"] is None else f" AH={s['ah']:02X}h"
            return f"BIOS hook {self.number} on INT {s['vector']:02X}h{ah} ({s['when']})"
        return f"{self.kind} hook {self.number}"


class Hooks:
    """The registry of one machine. ``machine.hooks`` is one; the machine wires each
    kind into unicorn through ``on_change`` when the set of that kind changes."""

    KINDS = ("at", "memory", "port", "interrupt", "bios", "mode")

    def __init__(self, on_change: Callable[[str], None]) -> None:
        self._on_change = on_change
        self._numbers = itertools.count(1)
        self.installed: dict[str, list[Hook]] = {kind: [] for kind in self.KINDS}

    def _add(self, kind: str, callback: Callback, **selector: Any) -> Hook:
        hook = Hook(kind, callback, selector, self, next(self._numbers))
        self.installed[kind].append(hook)
        self._on_change(kind)
        return hook

    def remove(self, hook: Hook) -> None:
        """Uninstalls ``hook``."""
        hooks = self.installed[hook.kind]
        if hook in hooks:
            hooks.remove(hook)
            self._on_change(hook.kind)

    def clear(self) -> None:
        """Uninstalls every hook."""
        for kind in self.KINDS:
            if self.installed[kind]:
                self.installed[kind].clear()
                self._on_change(kind)

    def at(self, address: int, callback: Callback, *, physical: bool = False) -> Hook:
        """Calls ``callback(machine, address)`` when execution reaches ``address``."""
        return self._add("at", callback, address=address, physical=physical)

    def memory(self, start: int, end: int, callback: Callback, *, access: str = "write") -> Hook:
        """Calls ``callback(machine, MemoryAccess)`` for each CPU access in [start, end];
        ``access`` is "read", "write" or "rw"."""
        if access not in ("read", "write", "rw"):
            raise ValueError(f"access must be 'read', 'write' or 'rw', not {access!r}")
        if end < start:
            raise ValueError(f"the range ends ({end:#x}) before it starts ({start:#x})")
        return self._add("memory", callback, start=start, end=end, access=access)

    def port(self, first: int, callback: Callback, last: int | None = None) -> Hook:
        """Calls ``callback(machine, PortAccess)`` for ``in``/``out`` on [first, last]."""
        return self._add("port", callback, first=first, last=first if last is None else last)

    def interrupt(self, callback: Callback, vectors: range | set[int] | None = None) -> Hook:
        """Calls ``callback(machine, InterruptEvent)`` before each delivery (of
        ``vectors`` only, if given)."""
        return self._add("interrupt", callback, vectors=vectors)

    def bios(
        self, vector: int, callback: Callback, *, ah: int | None = None, when: str = "before"
    ) -> Hook:
        """Calls ``callback(machine, ServiceEvent)`` around BIOS service ``vector``
        (function ``ah`` only, if given), ``when`` "before" or "after" it runs."""
        if when not in ("before", "after"):
            raise ValueError(f"when must be 'before' or 'after', not {when!r}")
        return self._add("bios", callback, vector=vector, ah=ah, when=when)

    def mode(self, callback: Callback) -> Hook:
        """Calls ``callback(machine, ModeSwitch)`` when the CPU changes mode."""
        return self._add("mode", callback)

    # --- matching (used by the machine) ------------------------------------

    def ports_matching(self, port: int) -> list[Hook]:
        return [
            h for h in self.installed["port"] if h.selector["first"] <= port <= h.selector["last"]
        ]

    def interrupts_matching(self, vector: int) -> list[Hook]:
        return [
            h
            for h in self.installed["interrupt"]
            if h.selector["vectors"] is None or vector in h.selector["vectors"]
        ]

    def bios_matching(self, vector: int, ah: int, when: str) -> list[Hook]:
        return [
            h
            for h in self.installed["bios"]
            if h.selector["vector"] == vector
            and h.selector["when"] == when
            and h.selector["ah"] in (None, ah)
        ]
