"""longmode's linker against GNU ld and ld.lld, on the same inputs, in one run.

    .venv/bin/python bench/bench_link.py [--runs 5]

The seed kernel's link as rustc runs it: cargo builds a copy of kernel/ with a
linker that records what rustc hands it (its objects, the crate's rlib, core and
compiler_builtins, --gc-sections and the linker script; tests/link/record_linker.sh),
then each linker links those inputs as separate processes: `longmode link`, GNU
`ld` and `ld.lld` (rust-lld). The best of --runs wall times each; target: longmode
within 5x GNU ld's time. The outputs are checked to load the same bytes as GNU ld's.

Other load on the machine skews all three: compare the ratios.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
LONGMODE = [sys.executable, "-m", "longmode"]
LONGMODE_LD = Path(sys.executable).parent / "longmode-ld"


def record_inputs(work: Path) -> list[str]:
    """rustc's linker arguments for the seed kernel, its objects kept in ``work``."""
    crate = work / "kernel"
    shutil.copytree(ROOT / "kernel", crate, ignore=shutil.ignore_patterns("target"))
    record = work / "inputs"
    environment = {
        **os.environ,
        "CARGO_TARGET_X86_64_LONGMODE_LINKER": str(ROOT / "tests" / "link" / "record_linker.sh"),
        "LONGMODE_LINK_RECORD": str(record),
        "LONGMODE_LD": str(LONGMODE_LD),
    }
    subprocess.run([*LONGMODE, "build", str(crate)], check=True, env=environment,
                   capture_output=True)  # fmt: skip
    arguments = (record / "args").read_text().splitlines()
    return [a for a in arguments if a not in ("-flavor", "gnu")]


def timed(command: list[str], runs: int) -> float:
    best = float("inf")
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run(command, check=True, capture_output=True)
        best = min(best, time.perf_counter() - start)
    return best


def loaded_bytes(elf: Path) -> bytes:
    flat = elf.with_suffix(".bin")
    subprocess.run(["objcopy", "-O", "binary", str(elf), str(flat)], check=True)
    return flat.read_bytes()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    lld = shutil.which("ld.lld") or shutil.which("rust-lld")
    if shutil.which("ld") is None or lld is None or not LONGMODE_LD.exists():
        raise SystemExit("bench_link: needs GNU ld, ld.lld (or rust-lld) and longmode-ld")
    with tempfile.TemporaryDirectory(prefix="bench-link-") as folder:
        work = Path(folder)
        arguments = record_inputs(work)
        output = arguments.index("-o") + 1
        objects = sum(a.endswith(".o") for a in arguments)
        rlibs = [a for a in arguments if a.endswith(".rlib")]
        size = sum(Path(a).stat().st_size for a in arguments if a.endswith((".o", ".rlib")))
        print(f"inputs: {objects} objects, {len(rlibs)} rlibs, {size / 2**20:.1f} MiB")

        def command(linker: list[str], out: str) -> list[str]:
            return [*linker, *arguments[:output], out, *arguments[output + 1 :]]

        ours, gnu, llvm = (work / name for name in ("longmode.elf", "gnu.elf", "lld.elf"))
        flavor = ["-flavor", "gnu"] if Path(lld).name == "rust-lld" else []
        times = {
            "longmode link": timed(command([*LONGMODE, "link"], str(ours)), args.runs),
            "GNU ld": timed(command(["ld"], str(gnu)), args.runs),
            "ld.lld": timed(command([lld, *flavor], str(llvm)), args.runs),
        }
        same = loaded_bytes(ours) == loaded_bytes(gnu)
        for name, seconds in times.items():
            print(f"{name:<14} {seconds * 1000:8.1f} ms")
        ratio = times["longmode link"] / times["GNU ld"]
        print(
            f"longmode / GNU ld: {ratio:.1f}x (target: <= 5x; "
            f"{'met' if ratio <= 5 else 'not met'}); longmode / ld.lld: "
            f"{times['longmode link'] / times['ld.lld']:.1f}x; loaded bytes "
            f"{'identical to' if same else 'DIFFERENT from'} GNU ld's"
        )
        return 0 if same else 1


if __name__ == "__main__":
    raise SystemExit(main())
