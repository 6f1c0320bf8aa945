"""The terminal side of `longmode run`, shared by both back ends: signals that end a
run with its report, the screen drawn at the end or live, and --persist."""

from __future__ import annotations

import contextlib
import logging
import os
import signal
import sys
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path

from longmode.files import (
    Output,
)
from longmode.machine.screen import GraphicsSnapshot, TextSnapshot
from longmode.run.options import Boot

log = logging.getLogger("longmode.run")

#: Live display: redraw at most this often (seconds of wall time).
REDRAW_PERIOD = 0.1


#: The signals that end a run with its report (and exit 128 + the signal's number).
ENDING_SIGNALS = (signal.SIGINT, signal.SIGTERM, signal.SIGHUP)


class SignalWatch:
    """While active, SIGINT, SIGTERM and SIGHUP end the run with its report.

    They raise nothing (no exception may cut a run short in the middle of a
    device or of writing an output): the first one is recorded in
    :attr:`received` and ``on_signal`` is called with its number at once, from a
    watcher thread woken through :func:`signal.set_wakeup_fd` — so even while
    the CPU runs in unicorn's C code, where Python handlers wait. Outside the
    main thread (where signals cannot be handled) it does nothing.
    """

    def __init__(self) -> None:
        self.received: int | None = None
        self.on_signal: Callable[[int], None] | None = None

    @contextlib.contextmanager
    def active(self) -> Iterator[SignalWatch]:
        if threading.current_thread() is not threading.main_thread():
            yield self
            return
        read_end, write_end = os.pipe()
        os.set_blocking(write_end, False)
        previous_fd = signal.set_wakeup_fd(write_end, warn_on_full_buffer=False)
        previous = {signum: signal.signal(signum, self._record) for signum in ENDING_SIGNALS}
        watcher = threading.Thread(target=self._watch, args=(read_end,), daemon=True)
        watcher.start()
        try:
            yield self
        finally:
            signal.set_wakeup_fd(previous_fd)
            for signum, handler in previous.items():
                signal.signal(signum, handler)
            os.close(write_end)  # the watcher reads end-of-file and ends
            watcher.join()
            os.close(read_end)

    def _record(self, signum: int, _frame: object) -> None:
        if self.received is None:
            self.received = signum

    def _watch(self, fd: int) -> None:
        while data := os.read(fd, 16):
            for signum in data:
                if signum in ENDING_SIGNALS:
                    self._record(signum, None)
                    if self.on_signal is not None:
                        self.on_signal(signum)

    @property
    def status(self) -> int | None:
        """128 + the signal's number once one arrived."""
        return None if self.received is None else 128 + self.received


def signal_name(signum: int) -> str:
    return signal.Signals(signum).name


def show_screen(screen: TextSnapshot | GraphicsSnapshot) -> None:
    """--display end: the text screen after the guest's output, coloured on a terminal;
    in graphics mode, one line that names the mode."""
    text = screen.for_display(sys.stdout.isatty())
    if text:
        out = sys.stdout.buffer
        out.write(b"\n" + text.encode() + b"\n")
        out.flush()


def persist(path: Path, boot: Boot, data: bytes) -> None:
    """--persist: the disk as the guest left it (``data``) goes back to the image file
    (through a link, to its target), atomically, and only if the guest changed it."""
    if data != boot.image:
        Output(path, what="the disk image").write(data)


class LiveScreen:
    """Redraws the text screen in the terminal while the guest runs.

    ``screen`` gives the screen now, with ANSI colours.
    """

    def __init__(self, screen: Callable[[], str]) -> None:
        self.screen = screen
        self.last = 0.0
        self.shown = ""

    def draw(self, force: bool = False) -> None:
        now = time.monotonic()
        if not force and now - self.last < REDRAW_PERIOD:
            return
        self.last = now
        screen = self.screen()
        if screen != self.shown or force:
            self.shown = screen
            sys.stdout.write("\x1b[H\x1b[2J" + screen + "\n")
            sys.stdout.flush()
