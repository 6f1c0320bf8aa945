"""Helpers for tests/boot: building the test kernels and booting images in QEMU.

QEMU is the oracle: every boot runs ``qemu-system-x86_64 -drive format=raw,...
-serial ... -display none -device isa-debug-exit,iobase=0xf4,iosize=0x04
-no-reboot`` with a timeout (the process is killed on timeout). The kernels
report on COM1 and exit with 0x10 (status 33) on success, 0x11 (35) on failure.
"""

from __future__ import annotations

import os
import re
import shutil
import socket
import subprocess
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

from support import comparable_lines

REPO = Path(__file__).resolve().parents[2]
KERNELS = Path(__file__).resolve().parent / "kernels"
EXAMPLES = REPO / "examples"
QEMU = shutil.which("qemu-system-x86_64")
#: COM1 lines that may differ between QEMU (SeaBIOS) and our machine, with the reasons.
KNOWN_DIFFERENCES = Path(__file__).with_name("both_machines_known_differences.txt")
EXIT_OK = 33
EXIT_FAILED = 35
HIGHER_HALF = 0xFFFFFFFF80000000

CFLAGS_64 = [
    "-m64", "-ffreestanding", "-nostdlib", "-mno-red-zone", "-mgeneral-regs-only",
    "-fno-pic", "-fno-pie", "-fno-stack-protector", "-fno-asynchronous-unwind-tables",
    "-O2", "-Wall", "-Werror",
]  # fmt: skip
CFLAGS_32 = [
    "-m32", "-ffreestanding", "-nostdlib", "-fno-pic", "-fno-pie", "-fno-stack-protector",
    "-fno-asynchronous-unwind-tables", "-O2", "-Wall", "-Werror", "-Wno-array-bounds",
]  # fmt: skip


def _run(cmd: list[str]) -> None:
    result = subprocess.run(cmd, capture_output=True, text=True, check=False)
    if result.returncode:
        raise AssertionError(f"{' '.join(cmd)} failed:\n{result.stdout}{result.stderr}")


def build_bootinfo_kernel(out: Path, *, higher_half: bool, load_addresses: bool = True) -> Path:
    """The 64-bit boot-info kernel, linked at 1 MiB or at 0xffffffff80100000 (with
    load addresses at 1 MiB, or without: p_paddr = p_vaddr)."""
    obj = out.with_suffix(".o")
    flags = [*CFLAGS_64, "-mcmodel=kernel" if higher_half else "-mcmodel=small"]
    _run(
        [
            "gcc",
            *flags,
            "-I",
            str(EXAMPLES),
            "-c",
            str(KERNELS / "bootinfo_kernel.c"),
            "-o",
            str(obj),
        ]
    )
    vma = HIGHER_HALF if higher_half else 0
    load_offset = vma if load_addresses else 0
    _run([
        "ld", "-nostdlib", "-static", "-z", "max-page-size=0x1000",
        "--defsym", f"KERNEL_VMA={vma:#x}", "--defsym", f"LOAD_OFFSET={load_offset:#x}",
        "-T", str(KERNELS / "kernel64.ld"), str(obj), "-o", str(out),
    ])  # fmt: skip
    return out


def build_multiboot_kernel(out: Path, *, version: int, aout: bool = False) -> Path:
    """A 32-bit C Multiboot kernel: ELF32, or (Multiboot 1, ``aout``) a flat binary."""
    obj = out.with_suffix(".o")
    defines = [f"-DMB={version}", f"-DAOUT={int(aout)}"]
    _run(["gcc", *CFLAGS_32, *defines, "-c", str(KERNELS / "multiboot_kernel.c"), "-o", str(obj)])
    fmt = ["--oformat", "binary"] if aout else []
    _run([
        "ld", "-m", "elf_i386", "-nostdlib", "-static", "-z", "max-page-size=0x1000",
        "-T", str(KERNELS / "kernel32.ld"), *fmt, str(obj), "-o", str(out),
    ])  # fmt: skip
    return out


@dataclass
class Boot:
    """What one QEMU run produced."""

    status: int | None  # QEMU's exit status; None when killed on timeout
    serial: str
    screen: str  # VGA text (characters only), when asked for
    seconds: float
    stderr: str = ""

    def value(self, key: str) -> int:
        match = re.search(rf"^{key}=(0x[0-9a-f]+)$", self.serial, re.M)
        assert match, f"no {key}= line in the serial output:\n{self.serial}"
        return int(match.group(1), 16)


def qemu_command(
    image: Path, memory: str, extra: tuple[str, ...] = (), *, exit_device: bool = True
) -> list[str]:
    """QEMU's command line; ``exit_device=False`` leaves out isa-debug-exit (as on a PC)."""
    assert QEMU
    device = ["-device", "isa-debug-exit,iobase=0xf4,iosize=0x04"] if exit_device else []
    return [
        QEMU, "-drive", f"format=raw,file={image}", "-display", "none",
        *device, "-no-reboot", "-m", memory, *extra,
    ]  # fmt: skip


def boot(
    image: Path,
    memory: str = "32M",
    *,
    timeout: float = 30.0,
    extra: tuple[str, ...] = (),
    until: str | None = None,
    screen_after: float | None = None,
    exit_device: bool = True,
) -> Boot:
    """Boots ``image``; serial goes to a file. With ``until`` (text on COM1) or
    ``screen_after`` (seconds), waits for it, saves the VGA text buffer through
    the monitor, and stops QEMU. ``exit_device=False``: without isa-debug-exit."""
    with tempfile.TemporaryDirectory(prefix="longmode-qemu-") as tmp:
        # A private copy: QEMU locks its drive file, and boots run in parallel.
        private = Path(tmp) / image.name
        shutil.copyfile(image, private)
        image = private
        serial = Path(tmp) / "serial.txt"
        monitor = Path(tmp) / "monitor.sock"
        vga = Path(tmp) / "vga.bin"
        cmd = [*qemu_command(image, memory, extra, exit_device=exit_device)]
        cmd += ["-serial", f"file:{serial}"]
        watch = until is not None or screen_after is not None
        if watch:
            cmd += ["-monitor", f"unix:{monitor},server,nowait"]
        start = time.monotonic()
        log = open(Path(tmp) / "stderr.txt", "w+b")  # noqa: SIM115 - closed below
        proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=log)
        screen = ""
        try:
            if watch:
                deadline = start + (screen_after if screen_after is not None else timeout)
                while time.monotonic() < deadline and proc.poll() is None:
                    if until and serial.exists() and until in serial.read_text(errors="replace"):
                        break
                    time.sleep(0.05)
                if proc.poll() is None:
                    _monitor(monitor, f'pmemsave 0xb8000 4000 "{vga}"', "quit")
                    if vga.exists():
                        cells = vga.read_bytes()
                        screen = cells[0::2].decode("latin-1")
            status: int | None = proc.wait(timeout=max(0.1, timeout - (time.monotonic() - start)))
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()
            status = None
        elapsed = time.monotonic() - start
        text = serial.read_text(errors="replace") if serial.exists() else ""
        log.seek(0)
        errors = log.read().decode(errors="replace")
        log.close()
        return Boot(status, text, screen, elapsed, errors)


def _monitor(path: Path, *commands: str) -> None:
    """Sends HMP commands one at a time, each after the previous prompt."""
    with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as sock:
        sock.settimeout(5)
        sock.connect(str(path))
        data = b""
        for command in commands:
            while data.count(b"(qemu)") < 1:
                chunk = sock.recv(4096)
                if not chunk:
                    return
                data += chunk
            data = b""
            sock.sendall(command.encode() + b"\n")
        try:
            while sock.recv(4096):  # until QEMU closes the connection (quit)
                pass
        except OSError:
            pass


def cpu_count() -> int:
    return len(os.sched_getaffinity(0))


def make_elf(
    segments: list[tuple[int, int, bytes, int]], entry: int, *, wide: bool = True
) -> bytes:
    """A minimal executable ELF: ``segments`` are (vaddr, paddr, data, memsz)."""
    import struct

    ehsize, phsize = (64, 56) if wide else (52, 32)
    offset = ehsize + phsize * len(segments)
    headers, body = b"", b""
    for vaddr, paddr, data, memsz in segments:
        pos = offset + len(body)
        if wide:
            headers += struct.pack("<IIQQQQQQ", 1, 7, pos, vaddr, paddr, len(data), memsz, 0x1000)
        else:
            headers += struct.pack("<IIIIIIII", 1, pos, vaddr, paddr, len(data), memsz, 7, 0x1000)
        body += data
    ident = b"\x7fELF" + bytes([2 if wide else 1, 1, 1]) + bytes(9)
    if wide:
        header = ident + struct.pack(
            "<HHIQQQIHHHHHH", 2, 62, 1, entry, ehsize, 0, 0, ehsize, phsize, len(segments), 0, 0, 0
        )
    else:
        header = ident + struct.pack(
            "<HHIIIIIHHHHHH", 2, 3, 1, entry, ehsize, 0, 0, ehsize, phsize, len(segments), 0, 0, 0
        )
    return header + headers + body


def comparable_serial(serial: str) -> list[str]:
    """COM1's lines, each known difference replaced by its pattern: what must be equal
    in both machines."""
    return comparable_lines(serial, KNOWN_DIFFERENCES)
