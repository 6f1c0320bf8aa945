#!/usr/bin/env python3
"""A fuzzing campaign for ``longmode check``: real kernel ELFs, damaged field by field.

    .venv/bin/python scripts/fuzz_check.py [--inputs N] [--seed S] [--keep DIR] KERNEL.elf...

Each input is one of the given kernels with a few fields changed: fields of
the ELF header, of program headers, of section headers and of symbols, bytes
of string tables (by name: ``e_shoff``, ``section 15 sh_link``, ``symbol 3
st_name``…), set to values chosen to break bounds (0, all ones, the file's
size, 2^62, one off the old value…); sometimes the file is also cut short.
``longmode check`` runs in this process on each, and the outcome must be:

* exit 0, 1 or 2 — never 70 (internal error), nor anything else;
* for exit 2, one line on stderr, ``longmode check: PATH: ...``, and nothing on stdout;
* no traceback and no Python exception name on stderr;
* the input file unchanged;
* at most ``--time-limit`` seconds;
* for exit 0 (clean), ``longmode image`` accepts the kernel (a kernel with a
  Multiboot header, loaded by that header's rules, is not held to this).

On the first bad outcome the input is kept (``--keep``) and the script exits 1;
otherwise it prints how many inputs gave each exit status. tests/test_check_fuzz.py
uses this module's mutations with hypothesis.
"""

from __future__ import annotations

import argparse
import contextlib
import hashlib
import io
import random
import re
import subprocess
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

#: A Python exception's name, as in ``IndexError`` or ``ELFParseError``.
EXCEPTION_NAME = re.compile(r"\b[A-Z][a-zA-Z]*(Error|Exception)\b")

_EHDR_FIELDS = (
    ("EI_CLASS", 4, 1),
    ("EI_DATA", 5, 1),
    ("EI_VERSION", 6, 1),
    ("EI_OSABI", 7, 1),
    ("e_type", 16, 2),
    ("e_machine", 18, 2),
    ("e_version", 20, 4),
    ("e_entry", 24, 8),
    ("e_phoff", 32, 8),
    ("e_shoff", 40, 8),
    ("e_flags", 48, 4),
    ("e_ehsize", 52, 2),
    ("e_phentsize", 54, 2),
    ("e_phnum", 56, 2),
    ("e_shentsize", 58, 2),
    ("e_shnum", 60, 2),
    ("e_shstrndx", 62, 2),
)
_PHDR_FIELDS = (
    ("p_type", 0, 4),
    ("p_flags", 4, 4),
    ("p_offset", 8, 8),
    ("p_vaddr", 16, 8),
    ("p_paddr", 24, 8),
    ("p_filesz", 32, 8),
    ("p_memsz", 40, 8),
    ("p_align", 48, 8),
)
_SHDR_FIELDS = (
    ("sh_name", 0, 4),
    ("sh_type", 4, 4),
    ("sh_flags", 8, 8),
    ("sh_addr", 16, 8),
    ("sh_offset", 24, 8),
    ("sh_size", 32, 8),
    ("sh_link", 40, 4),
    ("sh_info", 44, 4),
    ("sh_addralign", 48, 8),
    ("sh_entsize", 56, 8),
)
_SYM_FIELDS = (
    ("st_name", 0, 4),
    ("st_info", 4, 1),
    ("st_other", 5, 1),
    ("st_shndx", 6, 2),
    ("st_value", 8, 8),
    ("st_size", 16, 8),
)
SHT_SYMTAB, SHT_STRTAB = 2, 3
#: How many symbols and string bytes of each table are offered for damage.
SYMBOLS_PER_TABLE = 48
STRING_BYTES_PER_TABLE = 16


@dataclass(frozen=True)
class Site:
    """A field of the file a mutation may change: ``where`` names it."""

    where: str
    offset: int
    size: int


def _u(data: bytes, offset: int, size: int) -> int:
    return int.from_bytes(data[offset : offset + size], "little")


def _table(
    data: bytes,
    label: str,
    start: int,
    entsize: int,
    count: int,
    fields: tuple[tuple[str, int, int], ...],
) -> list[Site]:
    found = []
    for i in range(count):
        base = start + i * entsize
        if base + entsize > len(data):
            break
        found += [Site(f"{label} {i} {name}", base + at, size) for name, at, size in fields]
    return found


def _spread(count: int, most: int) -> list[int]:
    """Up to ``most`` indexes spread over ``range(count)``, first and last included."""
    if count <= most:
        return list(range(count))
    return sorted({round(i * (count - 1) / (most - 1)) for i in range(most)})


def sites(data: bytes) -> list[Site]:
    """Every field of ``data`` (an ELF64 file) worth damaging, headers first."""
    found = [Site(name, at, size) for name, at, size in _EHDR_FIELDS]
    if len(data) < 64:
        return found
    phoff, phentsize, phnum = _u(data, 32, 8), _u(data, 54, 2), _u(data, 56, 2)
    shoff, shentsize, shnum = _u(data, 40, 8), _u(data, 58, 2), _u(data, 60, 2)
    if phentsize >= 56:
        found += _table(data, "program header", phoff, phentsize, min(phnum, 32), _PHDR_FIELDS)
    if shentsize < 64 or not shoff:
        return found
    found += _table(data, "section", shoff, shentsize, min(shnum, 64), _SHDR_FIELDS)
    for i in range(min(shnum, 64)):
        base = shoff + i * shentsize
        if base + 64 > len(data):
            break
        kind, offset, size = _u(data, base + 4, 4), _u(data, base + 24, 8), _u(data, base + 32, 8)
        if offset + size > len(data):
            continue
        if kind == SHT_SYMTAB and size >= 24:
            for n in _spread(size // 24, SYMBOLS_PER_TABLE):
                at = offset + n * 24
                found += [Site(f"symbol {n} {name}", at + f, s) for name, f, s in _SYM_FIELDS]
        if kind == SHT_STRTAB and size:
            found += [
                Site(f"section {i} string byte {n}", offset + n, 1)
                for n in _spread(size, STRING_BYTES_PER_TABLE)
            ]
    return found


def special_values(site: Site, old: int, file_size: int) -> list[int]:
    """Values that break bounds for a field of ``site.size`` bytes holding ``old``."""
    top = (1 << (8 * site.size)) - 1
    values = [0, 1, top, top >> 1, (top >> 1) + 1, old + 1, old - 1, old ^ 0x80, old << 1]
    values += [file_size, file_size - 1, file_size + 1, file_size - 64, 0xFFFF, 0xFF00]
    values += [1 << 62, 1 << 47, (1 << 32) - 0x1000, 0xFFFF_8000_0000_0000, 0x1000, 0x100000]
    return sorted({v & top for v in values})


@dataclass(frozen=True)
class Change:
    """Set the field at ``site`` to ``value``."""

    site: Site
    value: int

    def __str__(self) -> str:
        return f"{self.site.where} = {self.value:#x}"


def apply(data: bytes, changes: Sequence[Change], cut: int | None = None) -> bytes:
    """``data`` with ``changes`` made, then cut to ``cut`` bytes if given."""
    damaged = bytearray(data)
    for change in changes:
        site = change.site
        if site.offset + site.size <= len(damaged):
            damaged[site.offset : site.offset + site.size] = change.value.to_bytes(
                site.size, "little"
            )
    if cut is not None:
        del damaged[cut:]
    return bytes(damaged)


def random_changes(data: bytes, rng: random.Random, most: int = 4) -> list[Change]:
    """One to ``most`` changes, each a random site set to a special or random value."""
    found = sites(data)
    changes = []
    for _ in range(rng.randint(1, most)):
        site = rng.choice(found)
        old = _u(data, site.offset, site.size)
        if rng.random() < 0.75:
            value = rng.choice(special_values(site, old, len(data)))
        else:
            value = rng.getrandbits(8 * site.size)
        changes.append(Change(site, value))
    return changes


# --- small kernels to damage ----------------------------------------------------

SMALL_KERNEL_C = """
volatile unsigned long counter;
const char greeting[] = "hello from a small kernel";
long table[4] = {1, 2, 3, 4};

void halt(void) { for (;;) __asm__ volatile("hlt"); }

long sum(long n) {
    long s = 0;
    for (long i = 0; i < n; i++) s += table[i & 3] + greeting[i % sizeof greeting];
    return s;
}

void _start(void) { counter = sum(10); halt(); }
"""
SMALL_KERNEL_LD = """
ENTRY(_start)
SECTIONS {
  . = BASE;
  .text : { *(.text*) }
  . = ALIGN(0x1000);
  .rodata : { *(.rodata*) }
  . = ALIGN(0x1000);
  .data : { *(.data*) }
  .bss : { *(.bss*) *(COMMON) }
  /DISCARD/ : { *(.note*) *(.comment) *(.eh_frame*) }
}
"""
SMALL_KERNEL_CFLAGS = [
    "-m64", "-ffreestanding", "-nostdlib", "-mno-red-zone", "-mgeneral-regs-only",
    "-fno-pic", "-fno-pie", "-fno-stack-protector", "-fno-asynchronous-unwind-tables", "-O2",
]  # fmt: skip


def build_small_kernel(folder: Path, *, higher_half: bool) -> Path:
    """A 13 KiB kernel ELF made with gcc and GNU ld: three functions, .rodata, .data,
    .bss, a symbol table; linked at 1 MiB, or in the upper half with p_paddr = p_vaddr
    (which ``longmode image`` places at 1 MiB)."""
    name = "small-high" if higher_half else "small-low"
    source, script = folder / f"{name}.c", folder / f"{name}.ld"
    obj, out = folder / f"{name}.o", folder / f"{name}.elf"
    source.write_text(SMALL_KERNEL_C)
    base = "0xffffffff80100000" if higher_half else "0x100000"
    script.write_text(SMALL_KERNEL_LD.replace("BASE", base))
    model = "-mcmodel=kernel" if higher_half else "-mcmodel=small"
    subprocess.run(
        ["gcc", *SMALL_KERNEL_CFLAGS, model, "-c", str(source), "-o", str(obj)], check=True
    )
    subprocess.run(
        ["ld", "-nostdlib", "-static", "-z", "max-page-size=0x1000", "-T", str(script),
         str(obj), "-o", str(out)],
        check=True,
    )  # fmt: skip
    return out


# --- running check and judging the outcome ------------------------------------


@dataclass(frozen=True)
class Outcome:
    status: int
    stdout: str
    stderr: str
    seconds: float


def run_check(path: Path) -> Outcome:
    """``longmode check PATH`` in this process (``longmode.cli.main``), output captured."""
    from longmode.cli import main

    out, err = io.StringIO(), io.StringIO()
    start = time.perf_counter()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        status = main(["check", str(path)])
    return Outcome(status, out.getvalue(), err.getvalue(), time.perf_counter() - start)


def _digest(path: Path) -> tuple[str, int]:
    return hashlib.sha256(path.read_bytes()).hexdigest(), path.stat().st_mtime_ns


def problems(path: Path, outcome: Outcome, time_limit: float) -> list[str]:
    """What is wrong with ``outcome`` of checking ``path`` (empty when all is well)."""
    found = []
    if outcome.status not in (0, 1, 2):
        found.append(f"exit status {outcome.status}, not 0, 1 or 2")
    if "Traceback" in outcome.stderr + outcome.stdout:
        found.append("a traceback")
    name = EXCEPTION_NAME.search(outcome.stderr)
    if name:
        found.append(f"a Python exception name on stderr: {name.group()}")
    if outcome.status == 2:
        lines = outcome.stderr.splitlines()
        if len(lines) != 1:
            found.append(f"{len(lines)} lines on stderr, not one")
        if not outcome.stderr.startswith(f"longmode check: {path}: "):
            found.append("stderr does not start with 'longmode check: PATH: '")
        if outcome.stdout:
            found.append("a report on stdout as well as the error")
    if outcome.seconds > time_limit:
        found.append(f"{outcome.seconds:.1f} s, over the {time_limit} s limit")
    return found


def image_refusal(path: Path) -> str | None:
    """Why ``longmode image`` refuses the kernel at ``path`` (None: it accepts it, or
    loads it by a Multiboot header, which check does not look at)."""
    from longmode.boot.image import build_image
    from longmode.boot.multiboot import MultibootError, find_header
    from longmode.errors import LongmodeError

    try:
        if find_header(path.read_bytes()) is not None:
            return None
    except MultibootError:
        return None
    try:
        build_image(path)
    except LongmodeError as error:
        return str(error)
    return None


def examine(path: Path, time_limit: float) -> tuple[Outcome, list[str]]:
    """Checks ``path`` and judges the outcome, including that the file is unchanged."""
    before = _digest(path)
    outcome = run_check(path)
    found = problems(path, outcome, time_limit)
    if _digest(path) != before:
        found.append("the input file changed")
    if outcome.status == 0:
        refusal = image_refusal(path)
        if refusal:
            found.append(f"check says clean but longmode image refuses it: {refusal}")
    return outcome, found


def campaign(
    kernels: list[Path],
    inputs: int,
    seed: int,
    keep: Path,
    time_limit: float,
    keep_going: bool = False,
) -> int:
    """Runs ``inputs`` damaged kernels; returns the exit status for the script."""
    rng = random.Random(seed)
    originals = [(k, k.read_bytes()) for k in kernels]
    statuses: Counter[int] = Counter()
    slowest, slowest_input = 0.0, ""
    messages: Counter[str] = Counter()
    bad: Counter[str] = Counter()
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "damaged.elf"
        for n in range(inputs):
            kernel, data = originals[n % len(originals)]
            changes = random_changes(data, rng)
            cut = rng.randrange(len(data)) if rng.random() < 0.1 else None
            path.write_bytes(apply(data, changes, cut))
            outcome, found = examine(path, time_limit)
            statuses[outcome.status] += 1
            if outcome.seconds > slowest:
                slowest = outcome.seconds
                slowest_input = f"{kernel.name}: {', '.join(map(str, changes))}; cut {cut}"
            if outcome.status == 2:
                messages[_message_kind(outcome.stderr, path)] += 1
            if found:
                keep.mkdir(parents=True, exist_ok=True)
                kept = keep / f"fuzz-{seed}-{n}.elf"
                kept.write_bytes(path.read_bytes())
                bad[f"{found[0]}: {_message_kind(outcome.stderr, path)}"] += 1
                if keep_going:
                    continue
                print(f"input {n} ({kernel.name}; {', '.join(map(str, changes))}; cut {cut}):")
                for problem in found:
                    print(f"  {problem}")
                print(f"  stderr: {outcome.stderr.strip()[:500]}")
                print(f"  kept as {kept}")
                return 1
    print(
        f"{inputs} inputs, seed {seed}: "
        + ", ".join(f"exit {s}: {statuses[s]}" for s in sorted(statuses))
        + f"; slowest {slowest:.2f} s ({slowest_input}); "
        + (f"{sum(bad.values())} bad outcomes (inputs in {keep})" if bad else "no bad outcome")
    )
    for kind, count in bad.most_common():
        print(f"  BAD {count:5}  {kind}")
    print("exit-2 messages by kind:")
    for kind, count in messages.most_common():
        print(f"  {count:5}  {kind}")
    return 1 if bad else 0


def _message_kind(stderr: str, path: Path) -> str:
    """The message with numbers and names dropped, to count kinds of refusal."""
    text = stderr.strip().removeprefix(f"longmode check: {path}: ")
    text = re.sub(r"\([^()]*\)", "(…)", text)
    return re.sub(r"0x[0-9a-f]+|\b\d+\b", "N", text)[:110]


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "kernels",
        nargs="*",
        type=Path,
        help="kernel ELF files to damage (default: two small ones built with gcc and ld)",
    )
    parser.add_argument("--inputs", type=int, default=3000, help="how many inputs (3000)")
    parser.add_argument("--seed", type=int, default=1, help="random seed (1)")
    parser.add_argument(
        "--keep", type=Path, default=Path("fuzz-failures"), help="where a failing input is kept"
    )
    parser.add_argument(
        "--time-limit", type=float, default=10.0, help="seconds allowed per input (10)"
    )
    parser.add_argument(
        "--keep-going",
        action="store_true",
        help="run every input, counting bad outcomes by kind, instead of stopping at the first",
    )
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as folder:
        kernels = args.kernels or [
            build_small_kernel(Path(folder), higher_half=high) for high in (False, True)
        ]
        return campaign(
            kernels, args.inputs, args.seed, args.keep, args.time_limit, args.keep_going
        )


if __name__ == "__main__":
    sys.exit(main())
