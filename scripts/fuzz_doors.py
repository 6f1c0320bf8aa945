#!/usr/bin/env python3
"""A longer fuzzing campaign over longmode's doors than the test suite runs.

    .venv/bin/python scripts/fuzz_doors.py --door all --cases 500 --seed 1

Each case is one seeded mutation (see tests/doors_fuzz.py for the generators and
the invariants checked). A failing case is kept, with the input that broke it,
in ``--keep`` (default: fuzz-failures/) and the campaign goes on; the exit
status is 1 if any case failed.
"""

from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
import time
import traceback
from collections.abc import Callable
from pathlib import Path
from random import Random

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))

import doors_fuzz as fuzz


def _asm(folder: Path, rng: Random) -> None:
    fuzz.asm_case(folder, rng)


def _image(folder: Path, rng: Random) -> None:
    fuzz.image_case(folder, rng, fuzz.kernels()[rng.choice(["elf64", "multiboot"])])


def _run(folder: Path, rng: Random) -> None:
    kind = rng.choice(["sector", "image", "kernel"])
    if kind == "sector":
        target = fuzz.boot_sector(rng)
    elif kind == "kernel":
        target = fuzz.mutate_bytes(fuzz.kernels()["elf64"], rng, hot=0x1100)
    else:
        image = fuzz.our_image(fuzz.kernels()[rng.choice(["elf64", "multiboot"])], folder)
        target = fuzz.mutate_bytes(image, rng, hot=fuzz.content_size(image))
    fuzz.run_checked(folder, target, "--display", "none")


def _qemu(folder: Path, rng: Random) -> None:
    outcome = fuzz.run_case(folder, fuzz.boot_sector(rng), "--qemu", "--display", "none")
    assert outcome.seconds <= fuzz.RUN_BUDGET + 2, outcome.stderr


DOORS: dict[str, Callable[[Path, Random], None]] = {
    "asm": _asm,
    "image": _image,
    "run": _run,
    "qemu": _qemu,
}


def main() -> int:
    options = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    options.add_argument("--door", choices=[*DOORS, "all"], default="all")
    options.add_argument("--cases", type=int, default=200, help="cases per door")
    options.add_argument("--seed", type=int, default=1)
    options.add_argument("--keep", type=Path, default=Path("fuzz-failures"))
    args = options.parse_args()
    doors = list(DOORS) if args.door == "all" else [args.door]
    failed = 0
    for name in doors:
        started = time.monotonic()
        failures = 0
        for index, rng in enumerate(fuzz.seeds(f"campaign-{name}", args.cases, args.seed)):
            with tempfile.TemporaryDirectory(prefix="longmode-fuzz-") as work:
                folder = Path(work)
                try:
                    DOORS[name](folder, rng)
                except Exception:
                    failures += 1
                    kept = args.keep / f"{name}-{args.seed}-{index}"
                    shutil.copytree(folder, kept, dirs_exist_ok=True)
                    (kept / "failure.txt").write_text(traceback.format_exc())
                    print(f"{name} case {index}: FAILED (kept in {kept})", flush=True)
        seconds = time.monotonic() - started
        print(f"{name}: {args.cases} cases, {failures} failed, {seconds:.1f} s", flush=True)
        failed += failures
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
