"""Seeded mutation fuzzing of longmode's doors: generators of damaged inputs and the
invariants every command must keep on them.

Used by tests/test_fuzz_doors.py (a small, fixed set of seeds in CI) and by
scripts/fuzz_doors.py (a longer campaign). Every case runs the real command line
(``longmode.cli.main``) in this process and checks:

* the exit status is one the command documents (never 70, the "internal error");
* stderr holds no traceback, no "internal error" and no Python exception name;
* the command ended within its limit (``--timeout`` + 0.5 s for ``run``);
* no input file changed, and no partial output or temporary file was left.
"""

from __future__ import annotations

import contextlib
import hashlib
import io
import random
import re
import struct
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from longmode.asm import assemble
from longmode.cli import main

ROOT = Path(__file__).resolve().parent.parent
#: Real sources to damage: the assembler tests' sources and our MBR.
ASM_SOURCES = [
    *sorted((ROOT / "tests" / "asm" / "sources").glob("*.asm")),
    ROOT / "src" / "longmode" / "boot" / "stage1.asm",
]
#: A Python exception's name in a message: messages must say what is wrong in words.
EXCEPTION_NAME = re.compile(r"\b[A-Z][A-Za-z]*(Error|Exception)\b|Traceback|internal error")

#: Exit statuses each command documents.
ASM_STATUSES = {0, 1, 2}
IMAGE_STATUSES = {0, 2}
#: run: 0 halt, 2 bad input/emulation error, 3 triple fault, 4 timeout, 5 reset, an odd
#: isa-debug-exit status, or 128 + a signal.
RUN_TIMEOUT = 0.5
SLACK = 0.5


@dataclass
class Outcome:
    status: int
    stdout: bytes
    stderr: str
    seconds: float


def run_main(argv: list[str]) -> Outcome:
    """``longmode ARGV`` in this process, with stdout and stderr captured."""
    out = io.TextIOWrapper(io.BytesIO(), encoding="utf-8", errors="replace")
    err = io.StringIO()
    started = time.monotonic()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        status = main(argv)
    seconds = time.monotonic() - started
    out.flush()
    stdout = out.buffer.getvalue()  # type: ignore[attr-defined]
    return Outcome(status, stdout, err.getvalue(), seconds)


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@contextlib.contextmanager
def unchanged(*paths: Path) -> Iterator[None]:
    """Asserts that every path has the same content after the block."""
    before = [digest(path) for path in paths]
    yield
    after = [digest(path) for path in paths]
    assert after == before, f"an input changed: {[str(p) for p in paths]}"


def check_message(outcome: Outcome, command: str) -> None:
    """The stderr of a refused or failed command: its one-line style, no Python inside."""
    assert not EXCEPTION_NAME.search(outcome.stderr), outcome.stderr
    if outcome.status == 2:
        lines = [line for line in outcome.stderr.splitlines() if line.startswith("longmode")]
        assert lines and lines[-1].startswith(f"longmode {command}: "), outcome.stderr


def left_files(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir())


# --- mutation ------------------------------------------------------------------------------

#: Values that break size and offset arithmetic.
EXTREMES = [0, 1, 0x7F, 0x80, 0xFF, 0xFFFF, 0x7FFF_FFFF, 0xFFFF_FFFF, 1 << 62, (1 << 64) - 1]


def mutate_bytes(data: bytes, rng: random.Random, *, hot: int | None = None) -> bytes:
    """``data`` with a few damages: bit flips, extreme 1/2/4/8-byte values (mostly within
    the first ``hot`` bytes, where headers live), or a truncation."""
    buffer = bytearray(data)
    hot = min(hot or len(buffer), len(buffer))
    for _ in range(rng.randint(1, 4)):
        kind = rng.random()
        if kind < 0.1 and len(buffer) > 1:
            del buffer[rng.randrange(1, len(buffer)) :]
            hot = min(hot, len(buffer))
        elif kind < 0.5 and hot:
            position = rng.randrange(hot)
            buffer[position] ^= 1 << rng.randrange(8)
        elif hot >= 8:
            size = rng.choice((1, 2, 4, 8))
            position = rng.randrange(0, hot - size + 1)
            value = rng.choice(EXTREMES) & ((1 << (8 * size)) - 1)
            buffer[position : position + size] = value.to_bytes(size, "little")
    return bytes(buffer)


#: Lines that ask an assembler for enormous or impossible work, or for inputs that
#: never end: each must be an error or a warning at once.
HOSTILE_LINES = [
    "times 1000000000 db 0",
    "resb 10000000000",
    "dq 1.0e9999999",
    "dq -1.0e-9999999",
    "dt 1.0e99999999999999999999",
    "times -5 nop",
    "times 0x7fffffffffffffff db 1",
    "align 0x4000000000000000",
    "%rep 1000000000\nnop\n%endrep",
    "%define a a a a\na",
    'incbin "/dev/zero"',
    'incbin "/dev/null"',
    '%include "/dev/zero"',
    "org 0xffffffffffffffff\ndb 1",
    "db 1/0",
    "mov eax, [eax*16]",
    "%assign x 1 << 64",
    "%if 1\n%else",
    "%macro m 0-*\n%rep %0\n%endrep\n%endmacro\nm " + ",".join("x" * 50),
    "section .big start=0x7fffffffffff\ndb 1",
    'db "' + "x" * 10000,
]


def mutate_source(text: str, rng: random.Random) -> str:
    """An assembly source with lines deleted, repeated, swapped, numbers made extreme,
    or a hostile line inserted."""
    lines = text.splitlines()
    for _ in range(rng.randint(1, 4)):
        kind = rng.random()
        where = rng.randrange(len(lines) + 1)
        if kind < 0.3:
            lines.insert(where, rng.choice(HOSTILE_LINES))
        elif kind < 0.5 and lines:
            del lines[min(where, len(lines) - 1)]
        elif kind < 0.65 and lines:
            lines.insert(where, lines[rng.randrange(len(lines))])
        elif kind < 0.85 and lines:
            index = rng.randrange(len(lines))
            number = rng.choice(["0", "-1", "0xFFFFFFFFFFFFFFFF", "1e400", "99999999999999999999"])
            lines[index] = re.sub(r"\b\d+\b", number, lines[index], count=1)
        elif lines:
            index = rng.randrange(len(lines))
            line = lines[index]
            if line:
                cut = rng.randrange(len(line))
                lines[index] = line[:cut] + rng.choice("[](),:+-*/%$\"'`;\\") + line[cut + 1 :]
    return "\n".join(lines) + "\n"


# --- small kernels -------------------------------------------------------------------------

KERNEL64 = """
bits 64
org 0x100000
    mov dx, 0x3F8
    mov al, 'k'
    out dx, al
    mov al, 0x10            ; isa-debug-exit: status 33
    out 0xF4, al
    cli
    hlt
"""

MULTIBOOT32 = """
bits 32
org 0x100000
header:
    dd 0x1BADB002, 0x00010000, -(0x1BADB002 + 0x00010000)
    dd header, header, end, end, start
start:
    mov dx, 0x3F8
    mov al, 'm'
    out dx, al
    mov al, 0x10
    out 0xF4, al
    cli
    hlt
end:
"""


def elf64(code: bytes, address: int = 0x100000) -> bytes:
    """A minimal ELF64 executable: one RWX segment holding ``code`` at ``address``."""
    ident = b"\x7fELF" + bytes([2, 1, 1]) + bytes(9)
    header = ident + struct.pack("<HHIQQQIHHHHHH", 2, 62, 1, address, 64, 0, 0, 64, 56, 1, 64, 0, 0)
    phdr = struct.pack("<IIQQQQQQ", 1, 7, 0x1000, address, address, len(code), len(code), 0x1000)
    return (header + phdr).ljust(0x1000, b"\0") + code


def kernels() -> dict[str, bytes]:
    """Kernels that boot and exit at once: an ELF64 one and a Multiboot 1 flat binary."""
    return {"elf64": elf64(assemble(KERNEL64)), "multiboot": assemble(MULTIBOOT32)}


def boot_sector(rng: random.Random) -> bytes:
    """Random code with the boot signature, sometimes followed by random sectors."""
    code = bytes(rng.randrange(256) for _ in range(510)) + b"\x55\xaa"
    return code + bytes(rng.randrange(256) for _ in range(512 * rng.randrange(0, 4)))


# --- the cases -------------------------------------------------------------------------------


def asm_case(folder: Path, rng: random.Random) -> None:
    """One mutated source through `longmode asm`, in every format, with a listing."""
    original = rng.choice(ASM_SOURCES)
    source = folder / "case.asm"
    source.write_text(mutate_source(original.read_text(errors="replace"), rng))
    fmt = rng.choice(["bin", "elf64", "elf32"])
    with unchanged(source):
        outcome = run_main(
            ["asm", str(source), "-f", fmt, "-o", str(folder / "out"), "-l", str(folder / "lst")]
        )
    assert outcome.status in ASM_STATUSES, (outcome.status, outcome.stderr)
    assert outcome.seconds < 5, f"took {outcome.seconds:.1f} s"
    assert not EXCEPTION_NAME.search(outcome.stderr), outcome.stderr
    expected = ["case.asm", "lst", "out"] if outcome.status == 0 else ["case.asm"]
    assert left_files(folder) == expected, outcome.stderr


def image_case(folder: Path, rng: random.Random, kernel: bytes) -> None:
    """One damaged kernel through `longmode image`."""
    path = folder / "kernel"
    path.write_bytes(mutate_bytes(kernel, rng, hot=0x1100))
    with unchanged(path):
        outcome = run_main(["image", str(path), "-o", str(folder / "disk.img")])
    assert outcome.status in IMAGE_STATUSES, (outcome.status, outcome.stderr)
    check_message(outcome, "image")
    if outcome.status == 0:
        assert left_files(folder) == ["disk.img", "kernel"]
        image = (folder / "disk.img").read_bytes()
        assert image[510:512] == b"\x55\xaa" and len(image) % (1 << 20) == 0
    else:
        assert left_files(folder) == ["kernel"]


def run_case(folder: Path, target: bytes, *options: str) -> Outcome:
    """One target through `longmode run` with a short timeout; the invariants of run."""
    path = folder / "target"
    path.write_bytes(target)
    with unchanged(path):
        outcome = run_main(["run", str(path), "--timeout", str(RUN_TIMEOUT), "-m", "32M", *options])
    valid = outcome.status in {0, 2, 3, 4, 5} or outcome.status % 2 == 1
    assert valid and outcome.status != 129, (outcome.status, outcome.stderr)
    check_message(outcome, "run")
    assert outcome.stderr.splitlines()[-1].startswith("longmode run: "), outcome.stderr
    assert left_files(folder) == ["target"]
    return outcome


#: How long `longmode run` may take in all: the guest's limit, its slack, and start-up
#: (an image built from a kernel, the machine made) with the final report.
RUN_BUDGET = RUN_TIMEOUT + SLACK + 0.5


def run_checked(folder: Path, target: bytes, *options: str) -> Outcome:
    """:func:`run_case`, and the run ended within :data:`RUN_BUDGET`."""
    outcome = run_case(folder, target, *options)
    assert outcome.seconds <= RUN_BUDGET, f"took {outcome.seconds:.2f} s: {outcome.stderr}"
    return outcome


def our_image(kernel: bytes, folder: Path) -> bytes:
    """A disk image of ``kernel`` made by `longmode image` (stage 1, stage 2, the kernel,
    zeros up to a whole MiB)."""
    from longmode.boot.image import build_image

    path = folder / "kernel-for-image"
    path.write_bytes(kernel)
    try:
        return build_image(path)
    finally:
        path.unlink()


def content_size(image: bytes) -> int:
    """Where the zero padding at the end of an image begins."""
    return len(image.rstrip(b"\0"))


def seeds(name: str, count: int, seed: int = 0) -> list[random.Random]:
    """``count`` independent seeded generators for the door ``name``."""
    return [random.Random(f"{name}:{seed}:{index}") for index in range(count)]
