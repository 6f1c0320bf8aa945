"""The debugger's costs, in one run: reverse-stepi latency and the price of checkpoints.

    .venv/bin/python bench/bench_debug.py [--instructions N]

On the CPU-bound image of bench_machine.py (bench/images/cpu_bound.asm), in a
128 MiB machine in the deterministic mode:

* forward: N instructions (10^8 by default) run plainly, then under a Debugger
  (which takes a checkpoint, a machine snapshot, every CHECKPOINT_INTERVAL
  instructions): the ratio is what checkpointing costs;
* reverse-stepi latency after those N instructions: one reverse_step (restore the
  last checkpoint, replay to one instruction before) — goal: under 1 s (issue 11);
* reverse_step of half the history, for comparison.

The red-zone watch, on the PIT-storm kernel of tests/debug/kernels (NASM and GNU
ld build it; the Rust kernel's PIT-storm mode is not written yet):

* from starting `longmode run` to its red-zone report, with the sum kept in the
  red zone — goal: under 1 s;
* a clean run (the sum in a frame) with the watch against the same run without
  it, in-process, best of 3 — goal: at most 1.2.

Wall-clock times of this process; other load on the machine skews them.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from bench_machine import build_images  # noqa: E402
from longmode.debug import Debugger  # noqa: E402
from longmode.debug.core import CHECKPOINT_INTERVAL  # noqa: E402
from longmode.debug.redzone import RedZoneWatch  # noqa: E402
from longmode.elf import KernelElf  # noqa: E402
from longmode.machine.machine import Machine, Outcome  # noqa: E402

sys.path.insert(0, str(HERE.parent / "tests"))
from support import LD, NASM, nasm_kernel  # noqa: E402

KERNELS = HERE.parent / "tests" / "debug" / "kernels"

GOAL_SECONDS = 1.0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--instructions", type=int, default=10**8)
    count = parser.parse_args().instructions
    with tempfile.TemporaryDirectory() as directory:
        image = build_images(Path(directory))["cpu_bound"]

        plain = Machine(memory="128M", disks=[image], max_instructions=count)
        started = time.perf_counter()
        result = plain.run()
        plain_seconds = time.perf_counter() - started
        assert result.outcome is Outcome.INSTRUCTION_LIMIT, result.message

        machine = Machine(memory="128M", disks=[image])
        started = time.perf_counter()
        debugger = Debugger(machine)
        stop = debugger.step(count)
        debugged_seconds = time.perf_counter() - started
        assert stop.reason == "step", stop
        expected = (plain.cpu.get("rip"), plain.cpu.get("rax"), plain.instructions)
        assert (machine.cpu.get("rip"), machine.cpu.get("rax"), machine.instructions) == expected

        started = time.perf_counter()
        debugger.reverse_step()
        back_one = time.perf_counter() - started
        assert machine.instructions == count - 1
        started = time.perf_counter()
        debugger.reverse_step(count // 2)
        back_half = time.perf_counter() - started

        if NASM is None or LD is None:
            print("red-zone watch: skipped (needs nasm and GNU ld)")
        else:
            report_seconds, watched, plain_run = red_zone_figures(Path(directory))
            red_zone = (
                f"red-zone report {report_seconds:.2f} s after start (goal < 1 s: "
                f"{'met' if report_seconds < 1 else 'NOT met'}); clean run with the watch "
                f"{watched:.3f} s, without {plain_run:.3f} s, ratio {watched / plain_run:.2f} "
                f"(goal <= 1.2: {'met' if watched / plain_run <= 1.2 else 'NOT met'})"
            )

    verdict = "met" if back_one < GOAL_SECONDS else "NOT met"
    print(f"checkpoint every {CHECKPOINT_INTERVAL:,} instructions; history of {count:,}")
    print(
        f"forward  plain {plain_seconds:6.2f} s  under the debugger {debugged_seconds:6.2f} s"
        f"  ratio {debugged_seconds / plain_seconds:4.2f}"
    )
    print(f"reverse-stepi after {count:,} instructions: {back_one:.2f} s (goal < 1 s: {verdict})")
    print(f"reverse_step({count // 2:,}): {back_half:.2f} s")
    if NASM is not None and LD is not None:
        print(red_zone)
    return 0


def _storm(directory: Path, name: str, sum_file: str) -> Path:
    source = (KERNELS / "pit_storm.asm").read_text().replace("SUM", "sum")
    return nasm_kernel(
        directory, name, source + "section .text\n" + (KERNELS / sum_file).read_text()
    )


def red_zone_figures(directory: Path) -> tuple[float, float, float]:
    """(seconds from start to the report, clean run with the watch, without it)."""
    careless = _storm(directory, "careless", "sum_red_zone.asm")
    started = time.perf_counter()
    process = subprocess.Popen(
        [sys.executable, "-m", "longmode", "run", str(careless), "--display", "none"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
    )
    assert process.stderr is not None
    report_seconds = float("inf")
    for line in process.stderr:
        if "red zone clobbered" in line:
            report_seconds = time.perf_counter() - started
            break
    process.kill()
    process.wait()

    careful = _storm(directory, "careful", "sum_framed.asm")
    kernel = KernelElf.load(careful)

    def clean_run(watch: bool) -> float:
        machine = Machine(memory="128M", kernel=careful)
        started = time.perf_counter()
        if watch:
            RedZoneWatch(machine, kernel)
        result = machine.run()
        assert result.exit_status == 33, result.message
        return time.perf_counter() - started

    watched = min(clean_run(True) for _ in range(3))
    plain = min(clean_run(False) for _ in range(3))
    return report_seconds, watched, plain


if __name__ == "__main__":
    sys.exit(main())
