"""`longmode run`: boot a disk image or a kernel in our machine, or in QEMU.

A front end over :mod:`longmode.machine`: it builds the disk (an image
file, or an image made in memory from a kernel), streams COM1 to stdout
(and stdin to COM1 when interactive), draws the text screen at the end or
live (in a graphics mode, one line naming it), writes a PNG screenshot (of
the text, or of the framebuffer at its resolution), and turns the run's outcome into an exit
status.

Exit statuses: what the guest wrote to isa-debug-exit, as QEMU reports it
((value << 1) | 1); 0 when the CPU halted with interrupts off (the normal end
of the seed's kernel); 3 triple fault; 4 timeout or instruction limit;
5 reset requested; 2 bad input or emulation error. ``--qemu`` (see
:mod:`longmode.qemu`) ends with the same statuses and the same kind of
one-line report.
"""

from __future__ import annotations

import contextlib
import logging
import math
import os
import select
import signal
import sys
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

from longmode.elf import ELF_MAGIC, ElfFormatError, KernelElf
from longmode.errors import LongmodeError
from longmode.files import (
    MAX_DISK_IMAGE,
    MAX_KERNEL_FILE,
    ImageLock,
    Output,
    read_input,
    size_text,
)
from longmode.machine.bios.disk import FLOPPY_1440K, Disk
from longmode.machine.board.ports import UnclaimedAccesses
from longmode.machine.devices import scancodes
from longmode.machine.machine import Machine, MachineConfig, Outcome, describe_ip
from longmode.machine.memory import MAX_MEMORY, MINIMUM_MEMORY, parse_memory_size
from longmode.machine.screen import GraphicsSnapshot, TextSnapshot

log = logging.getLogger("longmode.run")

#: Live display: redraw at most this often (seconds of wall time).
REDRAW_PERIOD = 0.1
#: The signals that end a run with its report (and exit 128 + the signal's number).
ENDING_SIGNALS = (signal.SIGINT, signal.SIGTERM, signal.SIGHUP)


@dataclass
class RunOptions:
    """What `longmode run` was asked to do."""

    target: Path
    qemu: bool = False
    memory: str = "128M"
    timeout: float | None = None
    max_instructions: int | None = None
    display: str = "end"
    screenshot: Path | None = None
    fast: bool = False
    keys: str | None = None
    keys_at: float = 1.0
    cmdline: str = ""
    persist: bool = False

    @property
    def typed_keys(self) -> str:
        """``--keys`` as the characters to type: ``\\n`` written on the command line is
        Enter; "" without --keys."""
        return self.keys.replace("\\n", "\n") if self.keys else ""


@dataclass
class Boot:
    """The disk to boot and, for a kernel ELF, its symbols (None without them)."""

    image: bytes
    kernel: KernelElf | None
    floppy: bool


def check_options(options: RunOptions) -> None:
    """Every option value checked before anything is read or run: one line each."""
    timeout = options.timeout
    if timeout is not None and not (math.isfinite(timeout) and timeout > 0):
        raise LongmodeError(f"--timeout must be a positive number of seconds, not {timeout:g}")
    limit = options.max_instructions
    if limit is not None:
        if limit <= 0:
            raise LongmodeError(f"--max-instructions must be a positive number, not {limit}")
        if options.qemu:
            raise LongmodeError(
                "--max-instructions needs our machine: QEMU cannot count instructions "
                "(use --timeout with --qemu)"
            )
        if options.fast:
            raise LongmodeError(
                "--max-instructions needs the deterministic mode: --fast counts no instructions"
            )
    if not (math.isfinite(options.keys_at) and options.keys_at >= 0):
        raise LongmodeError(
            f"--keys-at must be a number of seconds, zero or more, not {options.keys_at:g}"
        )
    for char in options.typed_keys:
        if char not in scancodes.CHARACTERS:
            raise LongmodeError(
                f"--keys must be text a US keyboard can type; no key gives {char!r}"
            )
    memory_size(options.memory)
    try:
        options.cmdline.encode()
    except UnicodeEncodeError:
        raise LongmodeError(
            f"--cmdline must be UTF-8 text, not the bytes {os.fsencode(options.cmdline)!r}"
        ) from None


def memory_size(text: str) -> int:
    """``--memory`` in bytes, within what the machine can have (LongmodeError if not)."""
    try:
        size = parse_memory_size(text)
    except ValueError as error:
        raise LongmodeError(f"--memory {text}: {error}") from None
    if size < MINIMUM_MEMORY or size > MAX_MEMORY or size % (64 << 10):
        raise LongmodeError(
            f"--memory must be a multiple of 64 KiB from {size_text(MINIMUM_MEMORY)} to "
            f"{size_text(MAX_MEMORY)} (the CPU's physical address space), not {text}"
        )
    return size


def prepare(options: RunOptions) -> Boot:
    """Reads the target: a kernel (any file `longmode image` takes) becomes an image
    built in memory, by the same code; anything else is a disk image."""
    from longmode.boot.image import build_image, is_kernel_file

    path = options.target
    data = read_input(path, limit=MAX_DISK_IMAGE, what="the disk image or kernel")
    if is_kernel_file(data):
        if len(data) > MAX_KERNEL_FILE:
            raise LongmodeError(
                f"{path}: a kernel must be at most {size_text(MAX_KERNEL_FILE)} "
                f"(longmode's limit), not {size_text(len(data))}"
            )
        if options.persist:
            raise LongmodeError(
                f"{path}: --persist needs a disk image; a kernel's image lives in memory"
            )
        image = build_image(path, options.cmdline, data=data)
        return Boot(image, kernel_symbols(path, data), False)
    if options.cmdline:
        raise LongmodeError(
            f"{path}: --cmdline must come with a kernel; a disk image's command line is "
            "the one `longmode image --cmdline` wrote into it"
        )
    if len(data) < 512:
        raise LongmodeError(
            f"{path}: a disk image must hold at least a 512-byte boot sector (and this is not "
            f"a kernel either: no ELF or Multiboot header), not {size_text(len(data))}"
        )
    return Boot(data, None, len(data) == FLOPPY_1440K)


def kernel_symbols(path: Path, data: bytes) -> KernelElf | None:
    """The kernel's ELF symbols for reports (ELF64, or ELF32 for a Multiboot kernel);
    None for a flat binary. An ELF whose tables other than the program headers are
    damaged boots all the same (`longmode image` reads only those): a warning says
    why its reports name no symbols."""
    if data[:4] != ELF_MAGIC:
        return None
    try:
        return KernelElf(path, data, i386=True)
    except ElfFormatError as error:
        log.warning("%s; the run's reports give bare addresses", error)
        return None


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


def run(options: RunOptions) -> int:
    """Runs the target as asked; returns the exit status.

    Everything that can be checked is checked before the guest starts: the
    options, the target, the screenshot's path, the lock on a --persist image.
    """
    check_options(options)
    screenshot = (
        Output(options.screenshot, inputs=[options.target], what="the screenshot")
        if options.screenshot is not None
        else None
    )
    watch = SignalWatch()
    with contextlib.ExitStack() as stack:
        if options.persist:  # locked before it is read: no other run writes it meanwhile
            stack.enter_context(ImageLock(options.target))
        boot = prepare(options)
        stack.enter_context(watch.active())
        if options.qemu:
            from longmode.qemu import run_qemu

            log.info(
                "with --qemu, -v logs nothing of the guest's: unclaimed ports and BIOS calls "
                "are logged by longmode's machine"
            )

            status = run_qemu(options, boot, screenshot, watch)
        else:
            status = _run_ours(options, boot, screenshot, watch)
    return watch.status or status


def loader_report(boot: Boot, status: int) -> str | None:
    """When ``status`` is one of longmode's own loader failures on one of its images,
    the report that says so (in place of "the guest exited with status N")."""
    from longmode.boot.failures import loader_failure

    failure = loader_failure(boot.image, status)
    if failure is None:
        return None
    return (
        f"longmode's loader (stage {failure.stage}) failed: {failure.message} "
        f"({failure.description}); exit status {status}"
    )


def describer(boot: Boot) -> Callable[[int], str]:
    """How reports name a code address: a kernel's symbols, or the bare address."""
    if boot.kernel is not None:
        return boot.kernel.describe
    return lambda address: f"{address:#x}"


def show_screen(screen: TextSnapshot | GraphicsSnapshot) -> None:
    """--display end: the text screen after the guest's output, coloured on a terminal;
    in graphics mode, one line that names the mode."""
    text = screen.for_display(sys.stdout.isatty())
    if text:
        out = sys.stdout.buffer
        out.write(b"\n" + text.encode() + b"\n")
        out.flush()


def _run_ours(
    options: RunOptions, boot: Boot, screenshot: Output | None, watch: SignalWatch
) -> int:
    from unicorn import UcError

    from longmode.machine.bios import install_bios

    out = sys.stdout.buffer

    def to_stdout(byte: int) -> None:
        out.write(bytes([byte]))
        out.flush()

    config = MachineConfig(
        memory=memory_size(options.memory),
        deterministic=not options.fast,
        timeout=options.timeout,
        max_instructions=options.max_instructions,
        describe=describer(boot),
        on_serial=to_stdout,
    )
    try:
        machine = Machine(config)
    except UcError:
        raise LongmodeError(
            f"--memory {options.memory}: this host could not reserve "
            f"{size_text(config.memory)} for the guest's RAM (longmode's machine keeps it in "
            "host memory); give less"
        ) from None
    disk = Disk(boot.image, floppy=boot.floppy, name=str(options.target))
    bios = install_bios(machine, [disk], boot_drive=0x00 if boot.floppy else 0x80)
    if bios.boot_failure is not None:
        signature = disk.boot_sector()[-2:]
        raise LongmodeError(
            f"{options.target}: the first sector must end with the boot signature 55h AAh, "
            f"not {signature[0]:02X}h {signature[1]:02X}h: the BIOS does not boot it"
        )
    unclaimed = (
        machine.bus.watch_unclaimed(lambda: guest_address(machine))
        if logging.getLogger("longmode.bus").isEnabledFor(logging.INFO)
        else None
    )
    unassigned = None
    if unclaimed is not None:
        unassigned = UnclaimedAccesses("MMIO", lambda: guest_address(machine))
        machine.memory.on_unclaimed = unassigned.note
    if options.keys:
        machine.press(options.typed_keys, after=int(options.keys_at * 1e9))
    watch.on_signal = lambda signum: machine.interrupt(
        f"interrupted by {signal_name(signum)}", 128 + signum
    )
    if watch.received is not None:
        watch.on_signal(watch.received)
    live = LiveScreen(machine.screen.ansi) if options.display == "terminal" else None
    stdin = _SerialInput(machine) if sys.stdin.isatty() else None
    result = machine.run(until=lambda m: _between_slices(live, stdin))
    if unclaimed is not None and unassigned is not None:
        unclaimed.log_summary()
        unassigned.log_summary()
    bios.calls.log_summary()
    if live is not None:
        live.draw(force=True)
    elif options.display == "end":
        show_screen(machine.screen.snapshot())
    if options.persist:
        persist(options.target, boot, bytes(disk.data[: len(boot.image)]))
    message = result.message
    if result.outcome is Outcome.EXITED:
        message = loader_report(boot, result.exit_status) or message
    print(f"longmode run: {message}", file=sys.stderr)
    if screenshot is not None:  # checked before the run; a late failure comes after the report
        machine.screen.png(screenshot)
    return result.exit_status


def guest_address(machine: Machine) -> str:
    """The address of the port access being made, as reports give it."""
    cpu = machine.cpu
    return describe_ip(cpu.mode(), cpu.get("cs"), machine.bus.guest_ip, machine.config.describe)


def persist(path: Path, boot: Boot, data: bytes) -> None:
    """--persist: the disk as the guest left it (``data``) goes back to the image file
    (through a link, to its target), atomically, and only if the guest changed it."""
    if data != boot.image:
        Output(path, what="the disk image").write(data)


def _between_slices(live: LiveScreen | None, stdin: _SerialInput | None) -> bool:
    """Work the front end does between CPU slices; never stops the run."""
    if live is not None:
        live.draw()
    if stdin is not None:
        stdin.poll()
    return False


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


class _SerialInput:
    """Bytes typed on an interactive stdin go to COM1's receiver."""

    def __init__(self, machine: Machine) -> None:
        self.machine = machine
        self.fd = sys.stdin.fileno()

    def poll(self) -> None:
        ready, _, _ = select.select([self.fd], [], [], 0)
        if ready:
            data = os.read(self.fd, 256)
            if data:
                self.machine.chips.com1.receive(data)
