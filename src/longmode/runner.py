"""`longmode run`: boot a disk image or a kernel ELF in our machine, or in QEMU.

A front end over :mod:`longmode.machine`: it builds the disk (an image
file, or an image made in memory from a kernel ELF), streams COM1 to stdout
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

import os
import select
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from longmode.elf import ELF_MAGIC, KernelElf
from longmode.errors import LongmodeError
from longmode.files import write_atomically
from longmode.machine.bios.disk import FLOPPY_1440K, Disk
from longmode.machine.machine import Machine, MachineConfig
from longmode.machine.memory import parse_memory_size
from longmode.machine.screen import GraphicsSnapshot, TextSnapshot

#: Live display: redraw at most this often (seconds of wall time).
REDRAW_PERIOD = 0.1


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


@dataclass
class Boot:
    """The disk to boot and, for a kernel ELF, its symbols."""

    image: bytes
    kernel: KernelElf | None
    floppy: bool


def prepare(options: RunOptions) -> Boot:
    """Reads the target: a kernel ELF becomes an image built in memory."""
    path = options.target
    try:
        image = path.read_bytes()
    except OSError as error:
        raise LongmodeError(f"{path}: cannot read: {error.strerror}") from None
    if image[:4] == ELF_MAGIC:
        from longmode.boot.image import build_image

        kernel = KernelElf(path, image)
        return Boot(build_image(path, cmdline=options.cmdline), kernel, False)
    if len(image) < 512:
        raise LongmodeError(
            f"{path}: {len(image)} bytes is not a disk image (a boot sector alone is "
            "512 bytes) and not an ELF kernel"
        )
    return Boot(image, None, len(image) == FLOPPY_1440K)


def run(options: RunOptions) -> int:
    """Runs the target as asked; returns the exit status."""
    boot = prepare(options)
    if options.qemu:
        from longmode.qemu import run_qemu

        return run_qemu(options, boot)
    return _run_ours(options, boot)


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


def _run_ours(options: RunOptions, boot: Boot) -> int:
    from longmode.machine.bios import install_bios

    out = sys.stdout.buffer

    def to_stdout(byte: int) -> None:
        out.write(bytes([byte]))
        out.flush()

    describe = describer(boot)
    try:
        memory = parse_memory_size(options.memory)
        config = MachineConfig(
            memory=memory,
            deterministic=not options.fast,
            timeout=options.timeout,
            max_instructions=options.max_instructions,
            describe=describe,
            on_serial=to_stdout,
        )
        machine = Machine(config)
    except ValueError as error:
        raise LongmodeError(f"{error}") from None
    disk = Disk(boot.image, floppy=boot.floppy, name=str(options.target))
    bios = install_bios(machine, [disk], boot_drive=0x00 if boot.floppy else 0x80)
    if bios.boot_failure is not None:
        raise LongmodeError(f"{bios.boot_failure}")
    if options.keys:
        machine.press(options.keys.replace("\\n", "\n"), after=int(options.keys_at * 1e9))
    live = LiveScreen(machine.screen.ansi) if options.display == "terminal" else None
    stdin = _SerialInput(machine) if sys.stdin.isatty() else None
    result = machine.run(until=lambda m: _between_slices(live, stdin))
    if live is not None:
        live.draw(force=True)
    elif options.display == "end":
        show_screen(machine.screen.snapshot())
    if options.screenshot is not None:
        machine.screen.png(options.screenshot)
    if options.persist:
        persist(options.target, boot, bytes(disk.data[: len(boot.image)]))
    print(f"longmode run: {result.message}", file=sys.stderr)
    return result.exit_status


def check_persist(path: Path, boot: Boot) -> None:
    """--persist needs a disk image to write back to."""
    if boot.kernel is not None:
        raise LongmodeError(
            f"{path}: --persist needs a disk image; a kernel ELF's image lives in memory"
        )


def persist(path: Path, boot: Boot, data: bytes) -> None:
    """--persist: the disk as the guest left it (``data``) goes back to the image file,
    atomically, and only if the guest changed it."""
    check_persist(path, boot)
    if data == boot.image:
        return
    write_atomically(path, data, mode=path.stat().st_mode & 0o7777)


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
