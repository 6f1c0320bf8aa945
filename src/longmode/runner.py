"""`longmode run`: boot a disk image or a kernel ELF in our machine, or in QEMU.

A front end over :mod:`longmode.machine`: it builds the disk (an image
file, or an image made in memory from a kernel ELF), streams COM1 to stdout
(and stdin to COM1 when interactive), draws the text screen at the end or
live, writes a PNG screenshot, and turns the run's outcome into an exit
status.

Exit statuses: what the guest wrote to isa-debug-exit, as QEMU reports it
((value << 1) | 1); 0 when the CPU halted with interrupts off (the normal end
of the seed's kernel); 3 triple fault; 4 timeout or instruction limit;
5 reset requested; 2 bad input or emulation error.
"""

from __future__ import annotations

import os
import select
import shutil
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

from longmode.elf import ELF_MAGIC, KernelElf
from longmode.errors import LongmodeError
from longmode.files import write_atomically
from longmode.machine.bios.disk import FLOPPY_1440K, Disk
from longmode.machine.machine import EXIT_STATUS, Machine, MachineConfig, Outcome
from longmode.machine.memory import parse_memory_size
from longmode.platform import DEBUG_EXIT_PORT

QEMU = "qemu-system-x86_64"
#: Exit status when QEMU had to be killed at the timeout (as for our machine).
TIMEOUT_STATUS = EXIT_STATUS[Outcome.TIMEOUT]
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
        raise LongmodeError(f"error: {path}: cannot read: {error.strerror}") from None
    if image[:4] == ELF_MAGIC:
        from longmode.boot.image import build_image

        kernel = KernelElf(path, image)
        return Boot(build_image(path, cmdline=options.cmdline), kernel, False)
    if len(image) < 512:
        raise LongmodeError(
            f"error: {path}: {len(image)} bytes is not a disk image (a boot sector alone is "
            "512 bytes) and not an ELF kernel"
        )
    return Boot(image, None, len(image) == FLOPPY_1440K)


def run(options: RunOptions) -> int:
    """Runs the target as asked; returns the exit status."""
    boot = prepare(options)
    if options.qemu:
        return _run_qemu(options, boot)
    return _run_ours(options, boot)


def _run_ours(options: RunOptions, boot: Boot) -> int:
    from longmode.machine.bios import install_bios

    out = sys.stdout.buffer

    def to_stdout(byte: int) -> None:
        out.write(bytes([byte]))
        out.flush()

    describe = boot.kernel.describe if boot.kernel is not None else (lambda a: f"{a:#x}")
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
        raise LongmodeError(f"error: {error}") from None
    disk = Disk(boot.image, floppy=boot.floppy, name=str(options.target))
    bios = install_bios(machine, [disk], boot_drive=0x00 if boot.floppy else 0x80)
    if bios.boot_failure is not None:
        raise LongmodeError(f"error: {bios.boot_failure}")
    if options.keys:
        machine.press(options.keys.replace("\\n", "\n"), after=int(options.keys_at * 1e9))
    live = _LiveScreen(machine) if options.display == "terminal" else None
    stdin = _SerialInput(machine) if sys.stdin.isatty() else None
    result = machine.run(until=lambda m: _between_slices(live, stdin))
    if live is not None:
        live.draw(force=True)
    elif options.display == "end":
        screen = machine.screen.ansi() if sys.stdout.isatty() else machine.screen.text()
        if screen:
            out.write(b"\n" + screen.encode() + b"\n")
            out.flush()
    if options.screenshot is not None:
        machine.screen.png(options.screenshot)
    if options.persist:
        _persist(options.target, boot, disk)
    print(f"longmode run: {result.message}", file=sys.stderr)
    return result.exit_status


def _persist(path: Path, boot: Boot, disk: Disk) -> None:
    """--persist: the guest's disk writes go back to the image file, atomically."""
    if boot.kernel is not None:
        raise LongmodeError(
            f"error: {path}: --persist needs a disk image; a kernel ELF's image lives in memory"
        )
    data = bytes(disk.data[: len(boot.image)])
    if data == boot.image:
        return
    write_atomically(path, data, mode=path.stat().st_mode & 0o7777)


def _between_slices(live: _LiveScreen | None, stdin: _SerialInput | None) -> bool:
    """Work the front end does between CPU slices; never stops the run."""
    if live is not None:
        live.draw()
    if stdin is not None:
        stdin.poll()
    return False


class _LiveScreen:
    """Redraws the text screen in the terminal while the guest runs."""

    def __init__(self, machine: Machine) -> None:
        self.machine = machine
        self.last = 0.0
        self.shown = ""

    def draw(self, force: bool = False) -> None:
        now = time.monotonic()
        if not force and now - self.last < REDRAW_PERIOD:
            return
        self.last = now
        screen = self.machine.screen.ansi()
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


def _run_qemu(options: RunOptions, boot: Boot) -> int:
    """The same image in QEMU: COM1 on stdout, isa-debug-exit, no reboot."""
    qemu = shutil.which(QEMU)
    if qemu is None:
        raise LongmodeError(
            f"error: --qemu needs {QEMU} on PATH (Debian: apt-get install qemu-system-x86)"
        )
    with tempfile.TemporaryDirectory(prefix="longmode-") as directory:
        image = Path(directory) / "disk.img"
        image.write_bytes(boot.image)
        drive = f"if=floppy,format=raw,file={image}" if boot.floppy else f"format=raw,file={image}"
        command = [
            qemu, "-drive", drive, "-serial", "stdio", "-display", "none",
            "-device", f"isa-debug-exit,iobase={DEBUG_EXIT_PORT:#x},iosize=0x04",
            "-no-reboot", "-m", options.memory,
        ]  # fmt: skip
        try:
            done = subprocess.run(command, timeout=options.timeout, stdin=subprocess.DEVNULL)
        except subprocess.TimeoutExpired:
            print(f"longmode run: QEMU timed out after {options.timeout:g} s", file=sys.stderr)
            return TIMEOUT_STATUS
    print(f"longmode run: QEMU exited with status {done.returncode}", file=sys.stderr)
    return done.returncode
