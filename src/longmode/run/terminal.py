"""The terminal side of `longmode run`, shared by both back ends: signals that end a
run with its report, the screen drawn at the end or live, an interactive stdin in
raw mode, and --persist."""

from __future__ import annotations

import atexit
import contextlib
import logging
import os
import signal
import sys
import termios
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from types import FrameType
from typing import TextIO

from longmode.files import (
    Output,
)
from longmode.machine.screen import GraphicsSnapshot, TextSnapshot

log = logging.getLogger("longmode.run")

#: Live display: redraw at most this often (seconds of wall time).
REDRAW_PERIOD = 0.1
#: Live display: the rows the screen takes at the top of the terminal (the VGA text
#: screen's 25), the rule under it, and the fewest rows left for COM1 below.
SCREEN_ROWS = 25
SERIAL_ROWS_MIN = 3
#: What separates the live screen from COM1's output.
RULE = "\x1b[2m" + "\u2500" * 34 + " COM1 " + "\u2500" * 40 + "\x1b[0m"


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


def persist(path: Path, original: bytes, data: bytes) -> None:
    """--persist: a disk as the guest left it (``data``) goes back to its image file
    (through a link, to its target), atomically, and only if the guest changed it
    from ``original``."""
    if data != original:
        Output(path, what="the disk image").write(data)


class LiveScreen:
    """Draws the text screen live while the guest runs, keeping COM1's output in view.

    ``screen`` gives the screen now, with ANSI colours; ``out`` is where it goes
    (stdout). On a terminal with room for it (:data:`SCREEN_ROWS` for the screen,
    a rule, at least :data:`SERIAL_ROWS_MIN` more), the screen is drawn in the
    top rows and the rows below become the terminal's scroll region (DECSTBM):
    what the guest writes to COM1 — our machine's bytes or QEMU's own, written to
    the same terminal — scrolls there, and a redraw saves and restores the cursor
    (DECSC/DECRC) around the screen, so it never wipes that output. A resized
    terminal gets the layout again. When the output is not a terminal, or too
    small, each new screen is written after what came before (nothing is erased).

    Made, it lays the terminal out at once (:meth:`start`), so that COM1's first
    bytes already land below the screen; :meth:`close` gives the scroll region
    back, with the cursor where COM1's output ended, so the report and the
    shell's prompt come below; it also runs at exit if no one called it.
    """

    def __init__(self, screen: Callable[[], str], out: TextIO | None = None) -> None:
        self.screen = screen
        self.out = out if out is not None else sys.stdout
        self.last = 0.0
        self.shown = ""
        #: The terminal's (columns, rows) the layout was made for; None: not laid out
        #: (not started, closed, or writing screens one after another).
        self.layout: tuple[int, int] | None = None
        self.started = False
        self.start()

    def _size(self) -> tuple[int, int] | None:
        """The terminal's (columns, rows) when it is one with room for the layout."""
        try:
            if not self.out.isatty():
                return None
            columns, rows = os.get_terminal_size(self.out.fileno())
        except (OSError, ValueError):
            return None
        return (columns, rows) if rows >= SCREEN_ROWS + 1 + SERIAL_ROWS_MIN else None

    def start(self) -> None:
        """Lays the terminal out: what it showed scrolls away (into its scrollback),
        the screen's rows stay on top, COM1 gets the rows below."""
        if self.started:
            return
        self.started = True
        atexit.register(self.close)
        self._lay_out(self._size(), first=True)

    def _lay_out(self, size: tuple[int, int] | None, first: bool = False) -> None:
        if self.layout is not None and size is None:  # now too small: one region again
            self.out.write("\x1b7\x1b[r\x1b8")
        self.layout = size
        if size is None:
            return
        rows = size[1]
        top = SCREEN_ROWS + 2  # the first row of COM1's region
        # Scroll what is on the terminal up and out of sight, keep the cursor's row
        # (DECSTBM homes the cursor: back to COM1's last row, or its first at start).
        prefix = "\n" * rows if first else ""
        here = f"\x1b[{top};1H" if first else f"\x1b[{rows};1H"
        self.out.write(f"{prefix}\x1b[{top};{rows}r{here}")
        self.shown = ""

    def draw(self, force: bool = False) -> None:
        """Draws the screen if it changed (or ``force``), at most every
        :data:`REDRAW_PERIOD` seconds unless ``force``."""
        now = time.monotonic()
        if not force and now - self.last < REDRAW_PERIOD:
            return
        self.last = now
        if not self.started:
            self.start()
        size = self._size()
        if size != self.layout:  # resized
            self._lay_out(size)
        screen = self.screen()
        if screen == self.shown and not force:
            return
        self.shown = screen
        if self.layout is None:
            self.out.write("\n" + screen + "\n")
        else:
            rows = (screen.split("\n") + [""] * SCREEN_ROWS)[:SCREEN_ROWS]
            parts = ["\x1b7\x1b[?7l"]  # save the cursor; no wrapping of long rows
            for number, row in enumerate([*rows, RULE], start=1):
                parts.append(f"\x1b[{number};1H\x1b[0m{row}\x1b[0m\x1b[K")
            parts.append("\x1b[?7h\x1b8")  # wrapping back on; the cursor back in COM1's rows
            self.out.write("".join(parts))
        self.out.flush()

    def close(self) -> None:
        """Gives the terminal its whole height back, the cursor where COM1's output
        ended, on a new line. Again is harmless."""
        if not self.started:
            return
        self.started = False
        atexit.unregister(self.close)
        if self.layout is not None:
            self.layout = None
            with contextlib.suppress(OSError, ValueError):
                self.out.write("\x1b7\x1b[r\x1b8\n")
                self.out.flush()


@contextlib.contextmanager
def raw_terminal(fd: int) -> Iterator[bool]:
    """While active, the terminal at ``fd`` (an interactive stdin whose keys go to
    COM1) sends each key at once and echoes nothing, as QEMU's ``-serial stdio``
    sets it: no line editing (ICANON), no echo, input bytes as typed (Enter is CR,
    no XON/XOFF), 8-bit characters; Ctrl-C, Ctrl-\\ and Ctrl-Z still signal (ISIG),
    so Ctrl-C still ends the run with its report; output still turns ``\\n`` into
    CR LF. The attributes it had are put back on the way out, whatever ends the
    run — its end, an error, a signal that ends it; Ctrl-Z puts them back before
    the process stops and raw mode again after ``fg``. Yields whether it changed
    anything: not for a file that is no terminal, nor for a background job (which
    may not change the terminal's modes).
    """
    try:
        saved = termios.tcgetattr(fd)
    except (OSError, termios.error):
        saved = None
    try:
        background = os.tcgetpgrp(fd) != os.getpgrp()
    except OSError:  # not our controlling terminal: no jobs there
        background = False
    if saved is None or background:
        yield False
        return
    raw = [*saved[:6], list(saved[6])]
    raw[0] &= ~(
        termios.IGNBRK | termios.BRKINT | termios.PARMRK | termios.ISTRIP
        | termios.INLCR | termios.IGNCR | termios.ICRNL | termios.IXON
    )  # fmt: skip
    raw[1] |= termios.OPOST
    raw[2] = raw[2] & ~(termios.CSIZE | termios.PARENB) | termios.CS8
    raw[3] &= ~(termios.ECHO | termios.ECHONL | termios.ICANON | termios.IEXTEN)
    raw[6][termios.VMIN] = 1
    raw[6][termios.VTIME] = 0
    suspend = None
    if threading.current_thread() is threading.main_thread():

        def stop(signum: int, frame: FrameType | None) -> None:
            with contextlib.suppress(OSError, termios.error):
                termios.tcsetattr(fd, termios.TCSADRAIN, saved)
            signal.signal(signal.SIGTSTP, signal.SIG_DFL)
            os.kill(os.getpid(), signal.SIGTSTP)  # stops here until SIGCONT
            signal.signal(signal.SIGTSTP, stop)
            with contextlib.suppress(OSError, termios.error):
                termios.tcsetattr(fd, termios.TCSADRAIN, raw)

        suspend = signal.signal(signal.SIGTSTP, stop)
    try:
        termios.tcsetattr(fd, termios.TCSADRAIN, raw)
        yield True
    finally:
        with contextlib.suppress(OSError, termios.error):  # a terminal hung up: gone
            termios.tcsetattr(fd, termios.TCSADRAIN, saved)
        if suspend is not None:
            signal.signal(signal.SIGTSTP, suspend)
