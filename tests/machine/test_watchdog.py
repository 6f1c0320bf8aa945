"""The watchdog: one thread per process stops every run whose deadline passed or that
was woken, again and again until the run finishes — and never after."""

from __future__ import annotations

import os
import threading
import time

from longmode.machine.watchdog import WATCHDOG_REPEAT, Watchdog


class Calls:
    def __init__(self) -> None:
        self.halts = 0
        self.deadlines = 0
        self.halted = threading.Event()

    def halt(self) -> None:
        self.halts += 1
        self.halted.set()

    def deadline(self) -> None:
        self.deadlines += 1


def test_a_passed_deadline_is_told_once_then_the_cpu_is_stopped_until_the_run_finishes() -> None:
    calls = Calls()
    watch = Watchdog(calls.halt, time.monotonic() + 0.05, calls.deadline)
    assert calls.halted.wait(5)
    time.sleep(WATCHDOG_REPEAT * 5)
    watch.finish()
    assert calls.deadlines == 1
    assert calls.halts >= 3  # repeated: a stop between two slices is lost
    halts = calls.halts
    time.sleep(WATCHDOG_REPEAT * 5)
    assert calls.halts == halts  # never after finish


def test_a_woken_run_is_stopped_without_a_deadline_call() -> None:
    calls = Calls()
    watch = Watchdog(calls.halt, None, calls.deadline)
    time.sleep(0.05)
    assert calls.halts == 0
    watch.wake()
    assert calls.halted.wait(5)
    watch.finish()
    assert calls.deadlines == 0


def test_a_run_finished_before_its_deadline_is_never_stopped() -> None:
    calls = Calls()
    Watchdog(calls.halt, time.monotonic() + 0.05, calls.deadline).finish()
    time.sleep(0.2)
    assert (calls.halts, calls.deadlines) == (0, 0)


def test_runs_of_several_machines_are_watched_at_once() -> None:
    late, early = Calls(), Calls()
    first = Watchdog(late.halt, time.monotonic() + 0.3, late.deadline)
    second = Watchdog(early.halt, time.monotonic() + 0.05, early.deadline)
    assert early.halted.wait(5)
    assert late.halts == 0  # its deadline is still ahead
    second.finish()
    assert late.halted.wait(5)
    first.finish()
    assert (late.deadlines, early.deadlines) == (1, 1)


def test_a_forked_child_gets_a_watchdog_thread_of_its_own() -> None:
    Watchdog(lambda: None, None, lambda: None).finish()  # the parent's thread is running
    pid = os.fork()
    if pid == 0:
        calls = Calls()
        watch = Watchdog(calls.halt, time.monotonic() + 0.05, calls.deadline)
        stopped = calls.halted.wait(5)
        watch.finish()
        os._exit(0 if stopped and calls.deadlines == 1 else 1)
    _, status = os.waitpid(pid, 0)
    assert os.waitstatus_to_exitcode(status) == 0
