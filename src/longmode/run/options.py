"""What `longmode run` was asked to do, checked, and the target it boots: the options
and results both back ends (our machine, QEMU) share."""

from __future__ import annotations

import logging
import math
import os
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from longmode import elf
from longmode.elf import ElfFormatError, KernelElf
from longmode.errors import LongmodeError
from longmode.files import (
    MAX_DISK_IMAGE,
    MAX_KERNEL_FILE,
    read_input,
    size_text,
)
from longmode.machine.devices import scancodes
from longmode.machine.memory import MAX_MEMORY, MINIMUM_MEMORY, parse_memory_size
from longmode.machine.results import Outcome, bare_address
from longmode.platform import FLOPPY_1440K

log = logging.getLogger("longmode.run")


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
    #: ``--keys-at``: the keys are not typed before this virtual time (seconds from
    #: power-on; wall-clock seconds from QEMU's start with ``qemu``). In our machine
    #: each key then comes when the guest is ready for it (see ``Machine.press``).
    keys_at: float = 0.0
    cmdline: str = ""
    persist: bool = False
    #: ``--disk IMAGE`` (repeatable): more hard disks, attached after the target as
    #: QEMU's ``-drive index=1,2,3`` (primary slave, secondary master, secondary slave).
    disks: tuple[Path, ...] = ()
    #: What ``--trace`` asked for ("int": interrupts and exceptions).
    trace: tuple[str, ...] = ()
    #: ``--gdb [HOST:]PORT``: serve gdb there before the first instruction.
    gdb: str | None = None
    #: ``--symbols KERNEL.elf``: the symbols of the kernel a disk image boots.
    symbols: Path | None = None
    #: The boot protocol for an ELF64 kernel (``--protocol``: longmode.boot.bootinfo.PROTOCOLS).
    protocol: str = "auto"
    #: More arguments for QEMU's command line, after longmode's own (with ``qemu``
    #: only): the test-args and run-args `longmode runner` cannot map to an option.
    qemu_args: tuple[str, ...] = ()
    #: Told how the run ended, before its one-line report, by either back end: for
    #: front ends that judge the ending (`longmode runner`: did the guest exit?).
    on_end: Callable[[Outcome], None] | None = None

    @property
    def gdb_address(self) -> tuple[str, int] | None:
        """``--gdb`` as (host, port); None without it."""
        if self.gdb is None:
            return None
        host, _, port = self.gdb.rpartition(":")
        return host or "127.0.0.1", int(port)

    @property
    def typed_keys(self) -> str:
        """``--keys`` as the characters to type: ``\\n`` written on the command line is
        Enter; "" without --keys."""
        return self.keys.replace("\\n", "\n") if self.keys else ""


@dataclass
class Boot:
    """The disk to boot and, for a kernel ELF, its symbols (None without them).

    ``symbols`` is the kernel's :class:`KernelElf`, None, or a function that reads
    it: a kernel's symbol tables are read the first time :attr:`kernel` is asked
    for (a report, the red-zone watch, the debugger), not for every boot — a test
    kernel that passes never needs them."""

    image: bytes
    symbols: KernelElf | Callable[[], KernelElf | None] | None
    floppy: bool
    #: For a kernel target, where longmode's loader jumps to it (for Multiboot, as
    #: GRUB works it out); None for a disk image, whose loader is not ours.
    entry: int | None = None
    #: The ``--disk`` images' bytes, in the order of ``RunOptions.disks``.
    disks: tuple[bytes, ...] = ()

    @property
    def kernel(self) -> KernelElf | None:
        """The kernel's ELF symbols, read now if they were not yet."""
        if callable(self.symbols):
            self.symbols = self.symbols()
        return self.symbols


#: How many ``--disk`` images fit beside the target on the two IDE channels.
MAX_EXTRA_DISKS = 3


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
    if options.gdb is not None:
        _, _, port = options.gdb.rpartition(":")
        if not port.isdigit() or not 0 < int(port) < 65536:
            raise LongmodeError(
                f"--gdb takes [HOST:]PORT, a TCP port from 1 to 65535, not {options.gdb!r}"
            )
        if options.fast:
            raise LongmodeError(
                "--gdb needs the deterministic mode (steps and reverse execution count "
                "instructions): leave out --fast"
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
    if options.qemu_args and not options.qemu:
        raise LongmodeError(
            f"QEMU's arguments {' '.join(options.qemu_args)!r} need QEMU: add --qemu"
        )
    if len(options.disks) > MAX_EXTRA_DISKS:
        raise LongmodeError(
            f"--disk can be given at most {MAX_EXTRA_DISKS} times (primary slave, secondary "
            f"master, secondary slave), not {len(options.disks)}"
        )
    check_distinct_images(options)
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
    built in memory, by the same code; anything else is a disk image. The ``--disk``
    images are read too."""
    path = options.target
    data = read_input(path, limit=MAX_DISK_IMAGE, what="the disk image or kernel")
    boot = _prepare_target(options, data)
    boot.disks = read_extra_disks(options)
    return boot


def read_extra_disks(options: RunOptions) -> tuple[bytes, ...]:
    """The ``--disk`` images: regular files of one sector to :data:`MAX_DISK_IMAGE`,
    none of them the target or another ``--disk`` (InputError/LongmodeError if not)."""
    check_distinct_images(options)
    images = []
    for path in options.disks:
        data = read_input(path, limit=MAX_DISK_IMAGE, what="the --disk image")
        if len(data) < 512:
            raise LongmodeError(
                f"{path}: a --disk image must hold at least one 512-byte sector, "
                f"not {size_text(len(data))}"
            )
        images.append(data)
    return tuple(images)


def check_distinct_images(options: RunOptions) -> None:
    """No ``--disk`` is the target or an earlier ``--disk`` (LongmodeError if one is);
    paths that cannot be looked at are left to the reading, which names the reason."""
    seen = [options.target]
    for path in options.disks:
        for other in seen:
            try:
                same = os.path.samefile(path, other)
            except OSError:
                same = False
            if same:
                raise LongmodeError(
                    f"{path}: --disk must name a file of its own; it is {other} again "
                    "(one image cannot be two drives)"
                )
        seen.append(path)


def _prepare_target(options: RunOptions, data: bytes) -> Boot:
    from longmode.boot.image import build_kernel_image, is_kernel_file

    path = options.target
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
        if options.symbols is not None:
            raise LongmodeError(
                f"{path}: --symbols is for disk images; a kernel's own symbols are used"
            )
        image, entry, offset = build_kernel_image(
            path, options.cmdline, data=data, protocol=options.protocol
        )
        return Boot(image, lambda: kernel_symbols(path, data, offset), False, entry)
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
    symbols = None
    if options.symbols is not None:
        try:
            symbols = elf.KernelElf.load(options.symbols)
        except ElfFormatError as error:
            raise LongmodeError(f"--symbols: {error}") from None
    return Boot(data, symbols, len(data) == FLOPPY_1440K)


def kernel_symbols(path: Path, data: bytes, offset: int = 0) -> KernelElf | None:
    """The kernel's ELF symbols for reports (ELF64, or ELF32 for a Multiboot kernel),
    slid by ``offset`` (a PIE's base: its symbols where the loader put it); None for
    a flat binary. An ELF whose tables other than the program headers are damaged
    boots all the same (`longmode image` reads only those): a warning says why its
    reports name no symbols."""
    try:
        symbols = elf.kernel_symbols(path, data)
    except ElfFormatError as error:
        log.warning("%s; the run's reports give bare addresses", error)
        return None
    if symbols is not None:
        symbols.slide(offset)
    return symbols


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
    """How reports name a code address: a kernel's symbols (read at the first
    address named), or the bare address."""
    if boot.symbols is None:
        return bare_address

    def describe(address: int) -> str:
        kernel = boot.kernel
        return kernel.describe(address) if kernel is not None else bare_address(address)

    return describe
