"""Real bootloaders, our machine against QEMU, in one run: wall time to the kernel's exit.

    .venv/bin/python bench/bench_guests.py [--timeout S] [--runs N] [--fast] [GUEST ...]

Each guest is an image of tests/guests/build.py (built or taken from its
cache): by default GRUB 2 (grub-memdisk: boot.img, core.img with the kernel in
a memdisk) and SYSLINUX on a partitioned disk (syslinux-disk: mbr.bin, FAT16,
ldlinux.sys, mboot.c32), both loading the same 32-bit Multiboot kernel, which
prints one line on COM1 and exits through isa-debug-exit (status 33). Measured,
from command start until the process ends:

    ours  longmode run IMAGE --display none --timeout S    (deterministic mode;
          with --fast, longmode run --fast: the fast mode)
    QEMU  qemu-system-x86_64 -drive format=raw,file=IMAGE -serial stdio
          -display none -device isa-debug-exit,iobase=0xf4,iosize=0x04 -no-reboot

each the best of --runs runs (default 1: ours may need minutes). A run counts
only if it exits with 33 and prints the kernel's line; otherwise the line says
how it ended instead of a ratio. Target: ours at most 3x QEMU's time. Both
machines run in this one session on this machine; other load skews both, so
compare the ratios.
"""

from __future__ import annotations

import argparse
import importlib.util
import shutil
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
LONGMODE = [sys.executable, "-m", "longmode"]
QEMU = shutil.which("qemu-system-x86_64")
EXIT_OK = 33
DEFAULT_GUESTS = ("grub-memdisk", "syslinux-disk")
TARGET_RATIO = 3.0


def load_builder() -> ModuleType:
    """tests/guests/build.py as a module (it is not part of the package)."""
    spec = importlib.util.spec_from_file_location(
        "guest_images", ROOT / "tests" / "guests" / "build.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


@dataclass
class Run:
    seconds: float
    status: int | None  # None: killed at the bench's own limit
    serial: str
    report: str

    def ok(self, line: str) -> bool:
        return self.status == EXIT_OK and self.serial.startswith(line)

    def how(self) -> str:
        """How a run that did not count ended, in a few words."""
        if self.status is None:
            return f"killed after {self.seconds:.1f} s"
        last = self.report.strip().splitlines()[-1:] or [f"exit {self.status}"]
        return f"{last[0].removeprefix('longmode run: ')} (exit {self.status})"


def timed(command: list[str], limit: float) -> Run:
    start = time.perf_counter()
    try:
        done = subprocess.run(command, capture_output=True, text=True, timeout=limit)
    except subprocess.TimeoutExpired as expired:
        out = expired.stdout or b""
        serial = out.decode(errors="replace") if isinstance(out, bytes) else out
        return Run(time.perf_counter() - start, None, serial, "")
    return Run(time.perf_counter() - start, done.returncode, done.stdout, done.stderr)


def qemu(image: Path, floppy: bool) -> list[str]:
    assert QEMU is not None
    drive = f"format=raw,file={image}"
    return [
        QEMU, "-drive", f"if=floppy,{drive}" if floppy else drive, "-serial", "stdio",
        "-display", "none", "-device", "isa-debug-exit,iobase=0xf4,iosize=0x04", "-no-reboot",
    ]  # fmt: skip


def ours(image: Path, timeout: float, fast: bool) -> list[str]:
    mode = ["--fast"] if fast else []
    return [*LONGMODE, "run", str(image), "--display", "none", "--timeout", f"{timeout:g}", *mode]


def best(command: list[str], runs: int, limit: float, line: str) -> Run:
    """The fastest run that counts, or the last one if none does."""
    results = [timed(command, limit) for _ in range(runs)]
    counted = [run for run in results if run.ok(line)]
    return min(counted, key=lambda run: run.seconds) if counted else results[-1]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("guests", nargs="*", metavar="GUEST", default=list(DEFAULT_GUESTS))
    parser.add_argument(
        "--timeout",
        type=float,
        default=180,
        help="seconds our machine may take for one boot (its --timeout; default 180)",
    )
    parser.add_argument("--runs", type=int, default=1, help="runs on each machine; the best counts")
    parser.add_argument("--fast", action="store_true", help="run our machine in its fast mode")
    args = parser.parse_args()
    if QEMU is None:
        print("bench_guests: needs qemu-system-x86_64", file=sys.stderr)
        return 2
    builder = load_builder()
    unknown = [name for name in args.guests if name not in builder.GUESTS]
    if unknown:
        parser.error(f"no guest named {', '.join(unknown)} (there are {', '.join(builder.GUESTS)})")
    mode = "fast mode" if args.fast else "deterministic mode"
    heading = f"{'guest':<17}{'ours':>10}{'QEMU':>10}{'ratio':>8}"
    print(f"{heading}  (target ratio <= {TARGET_RATIO:g}; ours in the {mode})")
    for name in args.guests:
        guest = builder.GUESTS[name]
        try:
            image = builder.image(name)
        except builder.Unavailable as missing:
            print(f"{name:<17}not built: {missing}")
            continue
        # Ours first, QEMU right after: the same load on the machine for both.
        theirs_limit = 60.0
        command = ours(image, args.timeout, args.fast)
        mine = best(command, args.runs, args.timeout + 30, guest.serial_line)
        theirs = best(qemu(image, guest.floppy), args.runs, theirs_limit, guest.serial_line)
        cells = [
            f"{run.seconds:9.2f}s" if run.ok(guest.serial_line) else f"{'-':>10}"
            for run in (mine, theirs)
        ]
        if mine.ok(guest.serial_line) and theirs.ok(guest.serial_line):
            ratio = f"{mine.seconds / theirs.seconds:8.2f}"
        else:
            ratio = f"{'-':>8}"
        print(f"{name:<17}{cells[0]}{cells[1]}{ratio}")
        for who, run in (("ours", mine), ("QEMU", theirs)):
            if not run.ok(guest.serial_line):
                print(f"{'':<17}{who}: {run.how()}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
