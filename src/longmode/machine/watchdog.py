"""The watchdog: a thread that stops the CPU from outside the run loop.

A wall-clock deadline (``--timeout``) and :meth:`Machine.interrupt` (a signal's
watcher, a test's timer) reach the CPU through it, within milliseconds even in
the middle of a long slice.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable

#: How often the watchdog repeats its stop request until the run loop has seen it.
WATCHDOG_REPEAT = 0.02


class Watchdog:
    """A thread that stops the CPU from outside the run loop.

    It sleeps until the wall-clock ``deadline`` (calling ``on_deadline``) or
    until :meth:`wake`, then asks unicorn to stop every
    :data:`WATCHDOG_REPEAT` seconds until the run loop has finished: a stop
    request made between two slices is lost by unicorn, so it is repeated.
    """

    def __init__(
        self, halt: Callable[[], None], deadline: float | None, on_deadline: Callable[[], None]
    ) -> None:
        self._halt = halt
        self._deadline = deadline
        self._on_deadline = on_deadline
        self._woken = threading.Event()
        self._finished = threading.Event()
        self._thread = threading.Thread(target=self._watch, name="longmode-watchdog", daemon=True)
        self._thread.start()

    def wake(self) -> None:
        """Start stopping the CPU now (any thread)."""
        self._woken.set()

    def finish(self) -> None:
        """The run is over: the thread ends."""
        self._finished.set()
        self._woken.set()
        self._thread.join()

    def _watch(self) -> None:
        wait = None if self._deadline is None else max(self._deadline - time.monotonic(), 0.0)
        woken = self._woken.wait(wait)
        if self._finished.is_set():
            return
        if not woken:
            self._on_deadline()
        while not self._finished.is_set():
            self._halt()
            self._finished.wait(WATCHDOG_REPEAT)
