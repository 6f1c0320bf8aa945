"""Things that happen at a chosen virtual time: scripted keys, serial input, test probes.

The timeline sits on the bus like a chip without ports, so the run loop wakes
the CPU for its events exactly as it does for a timer.
"""

from __future__ import annotations

import heapq
import itertools
from collections.abc import Callable

from longmode.machine.devices.base import Device


class Timeline(Device):
    """A queue of (virtual time, action); an action runs once time reaches it."""

    name = "timeline"
    ports = ()

    def __init__(self) -> None:
        self._events: list[tuple[int, int, Callable[[], object]]] = []
        self._order = itertools.count()

    def at(self, when: int, action: Callable[[], object]) -> None:
        """Runs ``action`` when virtual time reaches ``when`` (ns)."""
        heapq.heappush(self._events, (when, next(self._order), action))

    def next_event(self) -> int | None:
        return self._events[0][0] if self._events else None

    def advance(self, now: int) -> None:
        while self._events and self._events[0][0] <= now:
            _, _, action = heapq.heappop(self._events)
            action()
