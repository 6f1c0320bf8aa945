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

Wall-clock times of this process; other load on the machine skews them.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from bench_machine import build_images  # noqa: E402
from longmode.debug import Debugger  # noqa: E402
from longmode.debug.core import CHECKPOINT_INTERVAL  # noqa: E402
from longmode.machine.machine import Machine, Outcome  # noqa: E402

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

    verdict = "met" if back_one < GOAL_SECONDS else "NOT met"
    print(f"checkpoint every {CHECKPOINT_INTERVAL:,} instructions; history of {count:,}")
    print(
        f"forward  plain {plain_seconds:6.2f} s  under the debugger {debugged_seconds:6.2f} s"
        f"  ratio {debugged_seconds / plain_seconds:4.2f}"
    )
    print(f"reverse-stepi after {count:,} instructions: {back_one:.2f} s (goal < 1 s: {verdict})")
    print(f"reverse_step({count // 2:,}): {back_half:.2f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
