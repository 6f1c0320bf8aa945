"""The watchdog: stops the CPU from outside the run loop.

A wall-clock deadline (``--timeout``) and :meth:`Machine.interrupt` (a signal's
watcher, a test's timer) reach the CPU through it, within milliseconds even in
the middle of a long slice. One thread per process watches every run going on
(a test runner boots kernel after kernel: no thread is started per run).
"""

from __future__ import annotations

import os
import threading
import time
from collections.abc import Callable

#: How often the watchdog repeats its stop request until the run loop has seen it.
WATCHDOG_REPEAT = 0.02


class Watchdog:
    """Stops one run's CPU from outside its run loop, from the process's watchdog thread.

    Once the wall-clock ``deadline`` has passed (``on_deadline`` is called first)
    or :meth:`wake` was called, the thread calls ``halt`` every
    :data:`WATCHDOG_REPEAT` seconds until :meth:`finish`: a stop request made
    between two slices is lost by unicorn, so it is repeated. Neither is called
    once :meth:`finish` has returned.
    """

    def __init__(
        self, halt: Callable[[], None], deadline: float | None, on_deadline: Callable[[], None]
    ) -> None:
        self.halt = halt
        self.deadline = deadline
        self.on_deadline = on_deadline
        #: Set by :meth:`wake` or the deadline: the thread halts the CPU from then on.
        self.woken = False
        _watcher.add(self)

    def wake(self) -> None:
        """Start stopping the CPU now (any thread)."""
        _watcher.wake(self)

    def finish(self) -> None:
        """The run is over: no more stops or deadline calls for it."""
        _watcher.remove(self)


class _Watcher:
    """The process's watchdog thread and the runs it watches (started with the first
    run, and again in a child process after ``fork``)."""

    def __init__(self) -> None:
        self._state = threading.Condition()
        self._watched: list[Watchdog] = []
        self._thread: threading.Thread | None = None

    def add(self, watch: Watchdog) -> None:
        with self._state:
            self._watched.append(watch)
            if self._thread is None:
                self._thread = threading.Thread(
                    target=self._watch, name="longmode-watchdog", daemon=True
                )
                self._thread.start()
            self._state.notify()

    def wake(self, watch: Watchdog) -> None:
        with self._state:
            watch.woken = True
            self._state.notify()

    def remove(self, watch: Watchdog) -> None:
        with self._state:
            if watch in self._watched:
                self._watched.remove(watch)

    def _watch(self) -> None:
        with self._state:
            while True:
                self._state.wait(self._tend(time.monotonic()))

    def _tend(self, now: float) -> float | None:
        """Calls what is due (the lock held, so never after a ``finish``); returns how
        long to sleep until something else may be."""
        sleep: float | None = None
        for watch in self._watched:
            if not watch.woken and watch.deadline is not None and now >= watch.deadline:
                watch.woken = True
                watch.on_deadline()
            if watch.woken:
                watch.halt()
                due = WATCHDOG_REPEAT
            elif watch.deadline is not None:
                due = watch.deadline - now
            else:
                continue
            sleep = due if sleep is None else min(sleep, due)
        return sleep


_watcher = _Watcher()


def _after_fork_in_child() -> None:
    """A forked child has none of its parent's threads (and maybe a lock held by one)."""
    global _watcher
    _watcher = _Watcher()


os.register_at_fork(after_in_child=_after_fork_in_child)


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
