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


#: How often the slice timer repeats its stop until the slice is disarmed (seconds).
SLICE_STOP_REPEAT = 0.001
#: PR_SET_TIMERSLACK (linux/prctl.h): how late the kernel may wake a sleeping thread.
_PR_SET_TIMERSLACK = 29


class SliceTimer:
    """Ends the fast mode's slices at a wall-clock instant, from one thread of its own.

    unicorn's own ``timeout`` starts and joins a thread for every slice and
    polls in steps that the kernel's timer slack stretches to 50 µs: ~130 µs
    per slice, which a 10 kHz timer interrupt cannot afford. This thread lives
    for the whole run; :meth:`arm` and :meth:`disarm` bracket each slice, and
    a stop is never made after :meth:`disarm` has returned. Once due, the stop
    is repeated every :data:`SLICE_STOP_REPEAT` seconds until :meth:`disarm`:
    unicorn forgets a stop asked for before the slice has begun.
    """

    def __init__(self, stop: Callable[[], None]) -> None:
        self._stop = stop
        self._state = threading.Condition()
        self._deadline: float | None = None
        self._fired = False
        self._closed = False
        self._thread = threading.Thread(target=self._run, name="longmode-slices", daemon=True)
        self._thread.start()

    def arm(self, seconds: float) -> None:
        """The slice about to start ends ``seconds`` from now at the latest."""
        with self._state:
            self._deadline = time.perf_counter() + seconds
            self._fired = False
            self._state.notify()

    def disarm(self) -> bool:
        """The slice is over; True if it was this timer that ended it."""
        with self._state:
            self._deadline = None
            return self._fired

    def close(self) -> None:
        """The run is over: the thread ends."""
        with self._state:
            self._closed = True
            self._state.notify()
        self._thread.join()

    def _run(self) -> None:
        _tighten_timer_slack()
        with self._state:
            while not self._closed:
                if self._deadline is None:
                    self._state.wait()
                    continue
                left = self._deadline - time.perf_counter()
                if left > 0:
                    self._state.wait(left)
                    continue
                # Again and again until disarmed: a stop asked for before unicorn
                # has begun the slice is lost.
                self._deadline += SLICE_STOP_REPEAT
                self._fired = True
                self._stop()


def _tighten_timer_slack() -> None:
    """Lets this thread wake within microseconds of its deadline (Linux; elsewhere
    the default slack stays)."""
    try:
        import ctypes

        ctypes.CDLL(None).prctl(_PR_SET_TIMERSLACK, 1000, 0, 0, 0)
    except (OSError, AttributeError):
        pass
