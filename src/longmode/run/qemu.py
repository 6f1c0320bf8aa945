"""`longmode run --qemu`: the same image in real QEMU, ending and reporting as our machine does.

QEMU runs with COM1 on our stdout (``-serial stdio``), no window, the
isa-debug-exit device, ``-no-reboot -no-shutdown`` (a guest reset or power-off
pauses QEMU instead of ending it, so that its memory can still be read) and
``-d cpu_reset`` logging to a file (QEMU writes "Triple fault" there before it
asks for the reset). We drive it over QMP on a unix socket in a temporary
directory, with the standard library alone. ``RunOptions.qemu_args`` (from
`longmode runner`'s test-args and run-args) come after these.

How a run ends, and its exit status (those of :data:`EXIT_STATUS`):

* the guest writes to isa-debug-exit: QEMU exits at once with
  ``(value << 1) | 1``, which we pass on;
* the CPU halts with interrupts disabled (``HLT=1`` and IF clear in
  ``info registers``, polled every :data:`POLL_PERIOD` seconds): 0;
* a triple fault (a reset request with "Triple fault" in the log): 3;
* a reset the guest asked for (port 0x92 bit 0, 8042 command 0xFE): 5;
* ``--timeout`` seconds of wall-clock time: 4;
* the guest switching the machine off (ACPI): 0, as for a halt;
* QEMU failing to start, or dying otherwise: a :class:`LongmodeError` (2).

The text screen is read from QEMU's memory (``pmemsave`` of 0xB8000) and its
VGA's CRTC registers (start address, cursor) through the monitor's port
commands, and drawn by the code that draws our machine's screen. When the
guest has switched the Bochs DISPI display on (its ENABLE register, read the
same way), the screen is QEMU's own picture of it (QMP ``screendump`` as PNG),
shown as one line on the terminal and saved as is by ``--screenshot``. When QEMU is
still there at the end, that is the screen at the end. isa-debug-exit ends
QEMU at once, so then it is the last of the snapshots taken every
:data:`SNAPSHOT_PERIOD` seconds (the VM paused for each): the screen may lag
the exit by up to that period, and a guest that exits sooner shows none.

Limits: QEMU cannot count instructions (``--max-instructions`` is refused);
time always runs on the wall clock (``--fast`` changes nothing) and
``--keys-at`` counts wall-clock seconds from QEMU's start, at least
:data:`QEMU_KEYS_FLOOR` (QEMU types keys when told, listening or not); stdin is not
forwarded to COM1; a guest halted with interrupts enabled runs until the
timeout, since QEMU cannot tell that no interrupt will come.
"""

from __future__ import annotations

import contextlib
import json
import re
import select
import shutil
import socket
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from longmode.errors import LongmodeError
from longmode.files import Output
from longmode.machine.devices import scancodes
from longmode.machine.devices.bochs_vga import DATA_PORT as DISPI_DATA
from longmode.machine.devices.bochs_vga import INDEX_PORT as DISPI_INDEX
from longmode.machine.devices.bochs_vga import Enable, Register
from longmode.machine.devices.vga import (
    CRTC_CURSOR_HIGH,
    CRTC_CURSOR_LOW,
    CRTC_CURSOR_START,
    CRTC_DATA,
    CRTC_INDEX,
    CRTC_START_HIGH,
    CRTC_START_LOW,
    TEXT_BYTES,
    VgaText,
)
from longmode.machine.results import EXIT_STATUS, Outcome, describe_ip
from longmode.machine.screen import TEXT_MEMORY, GraphicsSnapshot, TextSnapshot
from longmode.machine.x86 import CR0_PE, EFER_LMA, FLAG_IF, Mode
from longmode.platform import DEBUG_EXIT_PORT, VGA_TEXT_BUFFER
from longmode.run.options import Boot, RunOptions, describer, loader_report
from longmode.run.terminal import LiveScreen, SignalWatch, persist, show_screen, signal_name
from longmode.run.trace import from_qemu_log
from longmode.run.trace import line as trace_line

QEMU = "qemu-system-x86_64"
#: How often (seconds) the CPU's state is read to notice a halt.
POLL_PERIOD = 0.05
#: The earliest QEMU types --keys (wall-clock seconds after its start): SeaBIOS and the
#: loader read the keyboard before, and QEMU cannot tell when the guest listens.
QEMU_KEYS_FLOOR = 1.0
#: How often (seconds) the screen is saved while the guest runs.
SNAPSHOT_PERIOD = 0.2
#: How long QEMU may take to open its QMP socket, and to answer a command.
START_TIMEOUT = 10.0
REPLY_TIMEOUT = 10.0
#: How long QEMU may take to exit after ``quit``.
QUIT_TIMEOUT = 5.0
#: What QEMU's ``-d cpu_reset`` log says before a triple fault's reset request.
TRIPLE_FAULT_LOG = "Triple fault"


class QmpClosed(Exception):
    """QEMU closed the QMP connection (most often: it exited)."""


class QmpError(Exception):
    """QEMU answered a command with an error."""


class Qmp:
    """A QMP client on a unix socket.

    Commands carry an ``id`` and wait for the reply with that id; the
    asynchronous events that arrive before it are kept in :attr:`events`.
    """

    def __init__(self, connection: socket.socket) -> None:
        self._socket = connection
        self._buffer = b""
        self._last_id = 0
        self.events: list[dict[str, Any]] = []

    @classmethod
    def connect(cls, path: Path, alive: Callable[[], bool], timeout: float) -> Qmp:
        """Connects once QEMU has created the socket, reads the greeting and
        leaves capabilities negotiation; QmpClosed if QEMU ended first."""
        deadline = time.monotonic() + timeout
        while True:
            connection = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
            try:
                connection.connect(str(path))
                break
            except OSError:
                connection.close()
                if not alive():
                    raise QmpClosed("QEMU ended before opening its QMP socket") from None
                if time.monotonic() > deadline:
                    raise QmpClosed(f"QEMU opened no QMP socket within {timeout:g} s") from None
                time.sleep(0.01)
        qmp = cls(connection)
        greeting = qmp._receive(timeout)
        if greeting is None or "QMP" not in greeting:
            qmp.close()
            raise QmpClosed(f"QEMU sent no QMP greeting within {timeout:g} s")
        qmp.execute("qmp_capabilities")
        return qmp

    def close(self) -> None:
        self._socket.close()

    def execute(self, command: str, arguments: dict[str, Any] | None = None) -> Any:
        """Runs ``command``; its ``return`` value, QmpError for an error reply."""
        self._last_id += 1
        request: dict[str, Any] = {"execute": command, "id": self._last_id}
        if arguments:
            request["arguments"] = arguments
        try:
            self._socket.sendall(json.dumps(request).encode() + b"\n")
        except OSError as error:
            raise QmpClosed(f"QMP socket: {error.strerror}") from None
        while True:
            message = self._receive(REPLY_TIMEOUT)
            if message is None:
                raise LongmodeError(
                    f"QEMU did not answer the QMP command {command} within {REPLY_TIMEOUT:g} s"
                )
            if "event" in message:
                self.events.append(message)
            elif message.get("id") == self._last_id:
                if "error" in message:
                    raise QmpError(f"{command}: {message['error'].get('desc', message['error'])}")
                return message.get("return")

    def human(self, command_line: str) -> str:
        """A human monitor (HMP) command, and what it printed."""
        return str(self.execute("human-monitor-command", {"command-line": command_line}))

    def wait(self, timeout: float) -> None:
        """Waits up to ``timeout`` seconds for a message; an event is kept in :attr:`events`."""
        message = self._receive(timeout)
        if message is not None and "event" in message:
            self.events.append(message)

    def _receive(self, timeout: float) -> dict[str, Any] | None:
        """The next message, or None when none arrives within ``timeout`` seconds."""
        deadline = time.monotonic() + timeout
        while b"\n" not in self._buffer:
            remaining = max(deadline - time.monotonic(), 0.0)
            ready, _, _ = select.select([self._socket], [], [], remaining)
            if not ready:
                return None
            try:
                data = self._socket.recv(65536)
            except OSError as error:
                raise QmpClosed(f"QMP socket: {error.strerror}") from None
            if not data:
                raise QmpClosed("QEMU closed its QMP socket")
            self._buffer += data
        line, _, self._buffer = self._buffer.partition(b"\n")
        try:
            message = json.loads(line)
        except ValueError:
            raise LongmodeError(f"QEMU sent a malformed QMP message: {line!r}") from None
        if not isinstance(message, dict):
            raise LongmodeError(f"QEMU sent a malformed QMP message: {line!r}")
        return message


#: The fields of QEMU's x86 register dump that we read: RIP and RFL in 64-bit
#: code, EIP and EFL otherwise; CS's selector; HLT=1 for a halted CPU.
_DUMP_FIELDS = {
    "ip": re.compile(r"\b[RE]IP=([0-9a-f]+)"),
    "rflags": re.compile(r"\b[RE]FL=([0-9a-f]+)"),
    "cs": re.compile(r"^CS =([0-9a-f]{4})\b", re.MULTILINE),
    "cr0": re.compile(r"\bCR0=([0-9a-f]+)"),
    "efer": re.compile(r"\bEFER=([0-9a-f]+)"),
    "halted": re.compile(r"\bHLT=([01])"),
}


@dataclass(frozen=True)
class CpuState:
    """What the reports need from QEMU's ``info registers`` dump of CPU 0."""

    ip: int
    cs: int
    rflags: int
    cr0: int
    efer: int
    halted: bool

    @classmethod
    def parse(cls, dump: str) -> CpuState:
        """Reads the fields from the dump; LongmodeError if one is missing."""
        values: dict[str, int] = {}
        for name, pattern in _DUMP_FIELDS.items():
            match = pattern.search(dump)
            if match is None:
                raise LongmodeError(
                    f"QEMU's `info registers` has no {name} field; it printed: "
                    + " ".join(dump.split())[:200]
                )
            values[name] = int(match.group(1), 16)
        return cls(
            ip=values["ip"],
            cs=values["cs"],
            rflags=values["rflags"],
            cr0=values["cr0"],
            efer=values["efer"],
            halted=bool(values["halted"]),
        )

    @property
    def mode(self) -> Mode:
        if not self.cr0 & CR0_PE:
            return Mode.REAL
        return Mode.LONG if self.efer & EFER_LMA else Mode.PROTECTED

    def where(self, ip: int, describe: Callable[[int], str]) -> str:
        """``ip`` as our machine reports it: ``0x7c02 (0000:7C02)`` in real mode
        (linear CS*16+IP, then CS:IP), ``describe(ip)`` otherwise."""
        return describe_ip(self.mode, self.cs, ip, describe)


@dataclass
class Ending:
    """How the QEMU run ended: the report, the exit status, the last screen seen,
    and the outcome our machine would give."""

    message: str
    status: int
    screen: TextSnapshot | GraphicsSnapshot | None
    outcome: Outcome


def run_qemu(options: RunOptions, boot: Boot, screenshot: Output | None, watch: SignalWatch) -> int:
    """Boots ``boot`` in QEMU as ``options`` ask (checked by the runner); returns the
    exit status. A signal in ``watch`` ends the run with a report, as a timeout does."""
    keys = _key_presses(options.typed_keys)
    executable = shutil.which(QEMU)
    if executable is None:
        raise LongmodeError(
            f"--qemu needs {QEMU} on PATH (Debian: apt-get install qemu-system-x86)"
        )
    with tempfile.TemporaryDirectory(prefix="longmode-") as name:
        session = _Session(executable, options, boot, Path(name), watch)
        try:
            ending = session.run(keys)
        finally:
            session.close()
        image = session.disk.read_bytes()  # QEMU is gone: its writes are all in the file
        extra_images = [extra.read_bytes() for extra in session.extra_disks]
        complaints = session.stderr()
        traced = session.log.read_text(errors="replace") if "int" in options.trace else ""
    if complaints:
        print(complaints, file=sys.stderr)
    if "int" in options.trace:
        for event in from_qemu_log(traced):
            print(trace_line(event, session.describe), file=sys.stderr)
    if ending.screen is not None:
        if session.live is not None:
            session.live.draw(force=True)
        elif options.display == "end":
            show_screen(ending.screen)
    if options.persist:
        persist(options.target, boot.image, image[: len(boot.image)])
        for path, original, data in zip(options.disks, boot.disks, extra_images, strict=True):
            persist(path, original, data[: len(original)])
    if options.on_end is not None:
        options.on_end(ending.outcome)
    print(f"longmode run: {ending.message}", file=sys.stderr)
    if screenshot is not None and ending.screen is not None:
        ending.screen.png(screenshot)  # checked before the run; a late failure comes last
    return ending.status


def _key_presses(text: str) -> list[list[dict[str, Any]]]:
    """--keys as QMP ``send-key`` key lists, one per character: the set 1 make code
    (QEMU's "number" keys are set 1 codes, 0x80 marking the 0xE0 ones), Shift first."""
    presses = []
    for char in text:
        if char not in scancodes.CHARACTERS:
            raise LongmodeError(f"--keys: cannot type {char!r}: no key of the US layout gives it")
        key, shift = scancodes.CHARACTERS[char]
        names = ["left_shift", key] if shift else [key]
        presses.append([_qmp_key(scancodes.KEYS[name]) for name in names])
    return presses


def _qmp_key(key: scancodes.Key) -> dict[str, Any]:
    return {"type": "number", "data": key.code | (0x80 if key.extended else 0)}


class _Session:
    """One QEMU process, its QMP connection and its files in ``directory``."""

    def __init__(
        self,
        executable: str,
        options: RunOptions,
        boot: Boot,
        directory: Path,
        watch: SignalWatch,
    ) -> None:
        self.options = options
        self.boot = boot
        self.watch = watch
        self.describe = describer(boot)
        self.directory = directory
        self.disk = directory / "disk.img"
        self.disk.write_bytes(boot.image)
        self.log = directory / "qemu.log"
        self.errors = directory / "qemu.stderr"
        self.socket = directory / "qmp.sock"
        self.screen_file = directory / "screen.bin"
        drive = f"format=raw,file={self.disk}"
        if options.disks and not boot.floppy:
            drive += ",if=ide,index=0"
        #: Copies of the --disk images (QEMU writes to these), at IDE index 1, 2, 3.
        self.extra_disks = [directory / f"disk{n}.img" for n in range(1, len(boot.disks) + 1)]
        drives = []
        for index, path in enumerate(self.extra_disks, start=1):
            path.write_bytes(boot.disks[index - 1])
            drives += ["-drive", f"format=raw,file={path},if=ide,index={index},media=disk"]
        self.command = [
            executable,
            "-drive", f"if=floppy,{drive}" if boot.floppy else drive,
            *drives,
            "-serial", "stdio",
            "-display", "none",
            "-device", f"isa-debug-exit,iobase={DEBUG_EXIT_PORT:#x},iosize=0x04",
            "-no-reboot", "-no-shutdown",
            "-m", options.memory,
            "-qmp", f"unix:{self.socket},server=on,wait=off",
            "-d", "cpu_reset,int" if "int" in options.trace else "cpu_reset",
            "-D", str(self.log),
        ]  # fmt: skip
        self.command += options.qemu_args
        gdb = options.gdb_address
        if gdb is not None:  # QEMU's own stub, paused before the first instruction
            self.command += ["-gdb", f"tcp:{gdb[0]}:{gdb[1]}", "-S"]
        self.process: subprocess.Popen[bytes] | None = None
        self.qmp: Qmp | None = None
        self.screen: TextSnapshot | GraphicsSnapshot | None = None
        self.screendump = directory / "screen.png"
        self.live = LiveScreen(self._live_ansi) if options.display == "terminal" else None
        self.watch_screen = options.display != "none" or options.screenshot is not None

    # --- the run -------------------------------------------------------------

    def run(self, keys: list[list[dict[str, Any]]]) -> Ending:
        """Starts QEMU and watches it until the run ends (QEMU then paused or gone)."""
        qmp = self._start()
        started = time.monotonic()
        timeout = self.options.timeout
        deadline = started + timeout if timeout is not None else None
        # QEMU types at a wall-clock time, whether the guest listens or not: not before
        # the firmware has handed over (SeaBIOS reads the keyboard while it boots)
        keys_at = started + max(self.options.keys_at, QEMU_KEYS_FLOOR) if keys else None
        next_snapshot = started + SNAPSHOT_PERIOD if self.watch_screen else None
        try:
            while True:
                qmp.wait(POLL_PERIOD)
                shutdown = self._shutdown_event()
                if shutdown is not None:
                    return self._on_shutdown(shutdown)
                if self.watch.received is not None:
                    return self._on_signal(self.watch.received)
                now = time.monotonic()
                if deadline is not None and now >= deadline:
                    return self._on_timeout(timeout or 0.0)
                if keys_at is not None and now >= keys_at:
                    for press in keys:
                        qmp.execute("send-key", {"keys": press})
                    keys_at = None
                state = self._cpu_state()
                if state.halted and not state.rflags & FLAG_IF:
                    return self._on_halt(state)
                if next_snapshot is not None and now >= next_snapshot:
                    self._snapshot_running()
                    next_snapshot = time.monotonic() + SNAPSHOT_PERIOD
        except QmpClosed:
            return self._on_exit()
        except QmpError as error:
            raise LongmodeError(f"QEMU refused a QMP command: {error}") from None

    def _start(self) -> Qmp:
        sys.stdout.flush()
        with self.errors.open("wb") as errors:
            try:
                # Its own process group: Ctrl-C on the terminal reaches us alone, and
                # we end QEMU after reading its state for the report.
                self.process = subprocess.Popen(
                    self.command, stdin=subprocess.DEVNULL, stderr=errors, process_group=0
                )
            except OSError as error:
                raise LongmodeError(f"cannot start {self.command[0]}: {error.strerror}") from None
        process = self.process
        try:
            self.qmp = Qmp.connect(self.socket, lambda: process.poll() is None, START_TIMEOUT)
        except QmpClosed as closed:
            self._stop_process()
            said = self.stderr() or "it printed nothing"
            raise LongmodeError(
                f"QEMU did not start ({closed}; exit status {process.returncode}): {said}"
            ) from None
        return self.qmp

    def _shutdown_event(self) -> dict[str, Any] | None:
        assert self.qmp is not None
        events, self.qmp.events = self.qmp.events, []
        for event in events:
            if event.get("event") == "SHUTDOWN":
                data = event.get("data")
                return data if isinstance(data, dict) else {}
        return None

    def _cpu_state(self) -> CpuState:
        assert self.qmp is not None
        return CpuState.parse(self.qmp.human("info registers"))

    # --- endings -------------------------------------------------------------

    def _on_halt(self, state: CpuState) -> Ending:
        where = state.where(state.ip - 1, self.describe)  # RIP is past the hlt
        self._snapshot()
        return Ending(
            f"QEMU: the CPU halted at {where} in {state.mode.value} with interrupts disabled",
            EXIT_STATUS[Outcome.HALTED],
            self.screen,
            Outcome.HALTED,
        )

    def _on_shutdown(self, data: dict[str, Any]) -> Ending:
        """QEMU paused on a reset or power-off request (-no-reboot -no-shutdown)."""
        reason = data.get("reason", "unknown")
        if not data.get("guest", False):
            raise LongmodeError(
                f"QEMU was stopped from outside the guest (shutdown reason: {reason})"
            )
        state = self._cpu_state()  # not reset: -no-reboot kept the state of the request
        self._snapshot()
        if reason == "guest-reset":
            if self._triple_fault_logged():
                where = state.where(state.ip, self.describe)
                return Ending(
                    f"QEMU: triple fault at {where} in {state.mode.value}. "
                    "A real PC would reset here.",
                    EXIT_STATUS[Outcome.TRIPLE_FAULT],
                    self.screen,
                    Outcome.TRIPLE_FAULT,
                )
            return Ending(
                "QEMU: the guest asked for a CPU reset (and we do not reboot)",
                EXIT_STATUS[Outcome.RESET],
                self.screen,
                Outcome.RESET,
            )
        if reason == "guest-shutdown":
            return Ending(
                "QEMU: the guest switched the machine off",
                EXIT_STATUS[Outcome.HALTED],
                self.screen,
                Outcome.HALTED,
            )
        raise LongmodeError(f"QEMU stopped the guest: {reason}")

    def _triple_fault_logged(self) -> bool:
        # QEMU writes the line before it requests the reset; allow for a late flush.
        for _ in range(10):
            try:
                if TRIPLE_FAULT_LOG in self.log.read_text(errors="replace"):
                    return True
            except OSError:
                pass
            time.sleep(0.01)
        return False

    def _on_timeout(self, timeout: float) -> Ending:
        return self._paused(f"QEMU timed out after {timeout:g} s", Outcome.TIMEOUT)

    def _on_signal(self, signum: int) -> Ending:
        return self._paused(
            f"QEMU: interrupted by {signal_name(signum)}", Outcome.INTERRUPTED, 128 + signum
        )

    def _paused(self, what: str, outcome: Outcome, status: int | None = None) -> Ending:
        """Pauses the guest and ends the run: ``what`` at the address it was at."""
        assert self.qmp is not None
        self.qmp.execute("stop")
        state = self._cpu_state()
        self._snapshot()
        return Ending(
            f"{what} at {state.where(state.ip, self.describe)}",
            EXIT_STATUS[outcome] if status is None else status,
            self.screen,
            outcome,
        )

    def _on_exit(self) -> Ending:
        """QEMU ended by itself: isa-debug-exit, or a failure."""
        assert self.process is not None
        try:
            status = self.process.wait(QUIT_TIMEOUT)
        except subprocess.TimeoutExpired:
            self._stop_process()
            raise LongmodeError(
                "QEMU closed its QMP connection but did not exit; it was killed"
            ) from None
        said = self.stderr()
        failed = [line for line in said.splitlines() if "warning:" not in line]
        if status < 0:
            raise LongmodeError(f"QEMU was killed by signal {-status}. {said}".strip())
        if status % 2 == 0 or (status == 1 and failed):
            raise LongmodeError(f"QEMU failed with exit status {status}. {said}".strip())
        message = "QEMU: " + (
            loader_report(self.boot, status) or f"the guest exited with status {status}"
        )
        if self.screen is None and self.watch_screen:
            message += f" (before the first screen snapshot, at {SNAPSHOT_PERIOD:g} s)"
        return Ending(message, status, self.screen, Outcome.EXITED)

    # --- the screen ----------------------------------------------------------

    def _snapshot(self) -> None:
        """Saves the text screen (text memory, CRTC start address and cursor).

        QEMU must not be running: the CRTC is read through its index port,
        which the guest's own accesses would interleave with.
        """
        assert self.qmp is not None
        if not self.watch_screen:
            return
        if self._snapshot_graphics():
            return
        vga = VgaText()
        index = self._inb(CRTC_INDEX)
        for register in (
            CRTC_CURSOR_START,
            CRTC_START_HIGH,
            CRTC_START_LOW,
            CRTC_CURSOR_HIGH,
            CRTC_CURSOR_LOW,
        ):
            self._outb(CRTC_INDEX, register)
            vga.crtc[register] = self._inb(CRTC_DATA)
        self._outb(CRTC_INDEX, index)
        offset = 2 * vga.start_address
        size = min(TEXT_BYTES, TEXT_MEMORY - offset)
        memory = b""
        if size > 0:
            self.qmp.execute(
                "pmemsave",
                {"val": VGA_TEXT_BUFFER + offset, "size": size, "filename": str(self.screen_file)},
            )
            memory = self.screen_file.read_bytes()
        self.screen = TextSnapshot(memory, 0, vga.cursor if vga.cursor_visible else None)

    def _snapshot_graphics(self) -> bool:
        """When the guest switched the DISPI display on: its picture, from QEMU's
        ``screendump`` (PNG), as the screen; False in text mode."""
        assert self.qmp is not None
        index = self._in(DISPI_INDEX, "h")
        try:
            self._out(DISPI_INDEX, Register.ENABLE, "h")
            if not self._in(DISPI_DATA, "h") & Enable.ENABLED:
                return False
            self._out(DISPI_INDEX, Register.BPP, "h")
            depth = self._in(DISPI_DATA, "h")
        finally:
            self._out(DISPI_INDEX, index, "h")
        from PIL import Image

        self.qmp.execute("screendump", {"filename": str(self.screendump), "format": "png"})
        with Image.open(self.screendump) as image:
            self.screen = GraphicsSnapshot(image.convert("RGB"), depth)
        return True

    def _snapshot_running(self) -> None:
        """A snapshot while the guest runs: paused for it, then resumed."""
        assert self.qmp is not None
        self.qmp.execute("stop")
        self._snapshot()
        try:
            self.qmp.execute("cont")
        except QmpError:
            return  # the guest asked for a reset meanwhile: its SHUTDOWN event is waiting
        if self.live is not None:
            self.live.draw()

    def _live_ansi(self) -> str:
        return self.screen.ansi() if self.screen is not None else ""

    def _inb(self, port: int) -> int:
        return self._in(port, "b")

    def _outb(self, port: int, value: int) -> None:
        self._out(port, value, "b")

    def _in(self, port: int, size: str) -> int:
        """An ``in`` through the monitor: ``size`` "b" (byte) or "h" (16 bits; "w" is 32)."""
        assert self.qmp is not None
        said = self.qmp.human(f"i /{size} {port:#x}")
        match = re.search(r"= 0x([0-9a-f]+)", said)
        if match is None:
            raise LongmodeError(f"QEMU's monitor did not read port {port:#x}: {said!r}")
        return int(match.group(1), 16)

    def _out(self, port: int, value: int, size: str) -> None:
        assert self.qmp is not None
        self.qmp.human(f"o /{size} {port:#x} {value:#x}")

    # --- cleaning up ---------------------------------------------------------

    def close(self) -> None:
        """Ends QEMU if it is still there (``quit``, then kill) and closes QMP."""
        process, qmp = self.process, self.qmp
        if process is not None and process.poll() is None and qmp is not None:
            with contextlib.suppress(QmpClosed, QmpError, LongmodeError):
                qmp.execute("quit")
            with contextlib.suppress(subprocess.TimeoutExpired):
                process.wait(QUIT_TIMEOUT)
        self._stop_process()
        if qmp is not None:
            qmp.close()

    def _stop_process(self) -> None:
        if self.process is not None and self.process.poll() is None:
            self.process.kill()
            self.process.wait()

    def stderr(self) -> str:
        """What QEMU wrote on its stderr, trimmed."""
        try:
            return self.errors.read_text(errors="replace").strip()
        except OSError:
            return ""
