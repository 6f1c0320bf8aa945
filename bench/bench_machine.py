"""Our machine against QEMU, on the same disk images, in one run: ratios, not absolutes.

    .venv/bin/python bench/bench_machine.py [--skip-deterministic]

(a) boot to exit of small kernels whose images carry no debug information,
    the best of three runs each, against raw qemu-system-x86_64 on the same
    image — target: at most QEMU's time (issue 12's goal: 0.7 of it) — each
    once as a process of its own and once handed to a `longmode server` started
    beforehand (the command's process then costs the interpreter's start and a
    fork of the warm server):
    * the seed's kernel, stripped (`strip --strip-debug`), put on an image by
      `longmode image`: until "Hello World!" on COM1 (the kernel halts; QEMU
      never exits then, ours does);
    * a 32-bit Multiboot 1 C kernel (tests/guests/hello.c) on an image of our
      bootloader: until it exits through isa-debug-exit;
(b) a CPU-bound image (3 * 10^9 guest instructions, exits through 0xF4):
    guest speed in the fast mode (target: at least 0.8x QEMU) and in the
    deterministic mode (reported); each machine's own start-up time (an
    image that exits at once) is subtracted, so the figure is guest speed;
(c) a timer storm (PIT at 10 kHz, 10^5 IRQs handled): host CPU time (user +
    system) per delivered IRQ, of the longmode process and of QEMU's —
    target: at most QEMU's (the wall-clock rate is capped by QEMU's real-time
    PIT, so it is only reported);
(d) peak RSS of the `longmode run` process itself for a 128 MiB guest, read
    with wait4 for that process alone (target: under guest RAM + 100 MiB).

Each figure is measured with both machines in this run on this machine;
other load on the machine skews both, so compare the ratios.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

from served import ALONE, server

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
LONGMODE = [sys.executable, "-m", "longmode"]
QEMU = shutil.which("qemu-system-x86_64")
TIMER_IRQS = 100_000
CPU_INSTRUCTIONS = 3 * 10**9  # 10^9 iterations of add, dec, jnz
GUEST_MIB = 128
#: Runs of (a) on each machine; the best counts.
RUNS = 3


def build_images(directory: Path) -> dict[str, Path]:
    """The benchmark images, assembled by our assembler from bench/images/*.asm."""
    from longmode.asm import assemble

    images = {}
    for name in ("empty", "cpu_bound", "timer_storm"):
        source = HERE / "images" / f"{name}.asm"
        path = directory / f"{name}.img"
        path.write_bytes(
            assemble(source.read_text(), filename=str(source), include_paths=[str(source.parent)])
        )
        images[name] = path
    return images


@dataclass
class Measured:
    """One process: wall seconds, exit status, CPU seconds and peak RSS (KiB) of it alone."""

    wall: float
    status: int
    cpu: float
    rss: int


def timed(command: list[str], timeout: float = 600, env: dict[str, str] | None = None) -> Measured:
    """Runs ``command``; its own resource use comes from wait4 on its pid."""
    start = time.perf_counter()
    process = subprocess.Popen(
        command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env or ALONE
    )
    deadline = start + timeout
    while True:
        pid, status, usage = os.wait4(process.pid, os.WNOHANG)
        if pid:
            break
        if time.perf_counter() > deadline:
            process.kill()
            raise SystemExit(f"bench_machine: {command[0]} ran over {timeout} s")
        time.sleep(0.002)
    wall = time.perf_counter() - start
    process.returncode = os.waitstatus_to_exitcode(status)
    return Measured(wall, process.returncode, usage.ru_utime + usage.ru_stime, usage.ru_maxrss)


def qemu(image: Path) -> list[str]:
    assert QEMU is not None
    return [
        QEMU, "-drive", f"format=raw,file={image}", "-display", "none", "-serial", "stdio",
        "-device", "isa-debug-exit,iobase=0xf4,iosize=0x04", "-no-reboot", "-m", f"{GUEST_MIB}M",
    ]  # fmt: skip


def ours(image: Path, *extra: str) -> list[str]:
    return [*LONGMODE, "run", str(image), "--display", "none", "-m", f"{GUEST_MIB}M", *extra]


def seed_image(directory: Path) -> Path:
    """The seed's kernel, built (cargo's cache makes this quick), stripped of its debug
    information, and put in an image."""
    built = subprocess.run(
        [*LONGMODE, "build", str(ROOT / "kernel")], capture_output=True, text=True
    )
    if built.returncode != 0:
        raise SystemExit(f"bench_machine: cannot build the seed kernel:\n{built.stderr}")
    stripped = directory / "seed-stripped.elf"
    kernel = built.stdout.strip().splitlines()[-1]
    subprocess.run(["strip", "--strip-debug", kernel, "-o", str(stripped)], check=True)
    return _image(stripped, directory / "seed.img")


def multiboot_image(directory: Path) -> Path:
    """tests/guests/hello.c, a 32-bit Multiboot 1 kernel, on an image of our bootloader."""
    sys.path.insert(0, str(ROOT / "tests" / "guests"))
    import build  # tests/guests/build.py: builds (or takes from its cache) hello.elf

    return _image(build.kernel(), directory / "hello.img")


def _image(kernel: Path, image: Path) -> Path:
    subprocess.run([*LONGMODE, "image", str(kernel), "-o", str(image)], check=True)
    return image


def qemu_until_hello(image: Path, timeout: float = 60) -> float:
    """Seconds from QEMU's start until COM1 has shown Hello World!; QEMU is then stopped."""
    start = time.perf_counter()
    process = subprocess.Popen(qemu(image), stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
    assert process.stdout is not None
    seen = b""
    try:
        while b"Hello World!\n" not in seen:
            chunk = process.stdout.read1(256)  # type: ignore[attr-defined]
            if not chunk or time.perf_counter() - start > timeout:
                raise SystemExit("bench_machine: QEMU did not print Hello World!")
            seen += chunk
        return time.perf_counter() - start
    finally:
        process.kill()
        process.wait()


def report(name: str, ours_value: float, qemu_value: float, unit: str, target: str) -> None:
    ratio = ours_value / qemu_value if qemu_value else float("inf")
    goal = target if target == "reported" else f"target ratio {target}"
    print(
        f"{name:<36} ours {ours_value:10.1f} {unit:<10} QEMU {qemu_value:10.1f}"
        f"  ratio {ratio:5.2f}  ({goal})"
    )


def _checked(measured: Measured, status: int) -> Measured:
    if measured.status != status:
        raise SystemExit(f"bench_machine: exit status {measured.status}, expected {status}")
    return measured


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--skip-deterministic", action="store_true")
    args = parser.parse_args()
    if QEMU is None:
        print("bench_machine: needs qemu-system-x86_64", file=sys.stderr)
        return 2
    with tempfile.TemporaryDirectory() as directory:
        images = build_images(Path(directory))
        seed = seed_image(Path(directory))
        hello = multiboot_image(Path(directory))
        print(
            f"images: stripped seed kernel {seed.stat().st_size // 1024} KiB, "
            f"Multiboot C kernel {hello.stat().st_size // 1024} KiB"
        )

        # The best of three runs each: one cold start (page cache, .pyc) says little.
        wall_o = min(_checked(timed(ours(seed)), 0).wall for _ in range(RUNS))
        wall_q = min(qemu_until_hello(seed) for _ in range(RUNS))
        report("(a) stripped seed kernel, to Hello", wall_o * 1000, wall_q * 1000, "ms", "<= 1")
        wall_h = min(_checked(timed(ours(hello)), 33).wall for _ in range(RUNS))
        wall_hq = min(_checked(timed(qemu(hello)), 33).wall for _ in range(RUNS))
        report("(a) Multiboot C kernel, to exit", wall_h * 1000, wall_hq * 1000, "ms", "<= 1")
        with server(Path(directory)) as served:
            wall_o = min(_checked(timed(ours(seed), env=served), 0).wall for _ in range(RUNS))
            report("(a) seed kernel, `longmode server`", wall_o * 1000, wall_q * 1000, "ms",
                   "<= 0.7")  # fmt: skip
            wall_h = min(_checked(timed(ours(hello), env=served), 33).wall for _ in range(RUNS))
            report("(a) Multiboot C, `longmode server`", wall_h * 1000, wall_hq * 1000, "ms",
                   "<= 0.7")  # fmt: skip

        start_o = timed(ours(images["empty"])).wall
        start_q = timed(qemu(images["empty"])).wall

        fast = _checked(timed(ours(images["cpu_bound"], "--fast")), 33)
        raw = _checked(timed(qemu(images["cpu_bound"])), 33)
        report(
            "(b) CPU-bound, fast mode",
            CPU_INSTRUCTIONS / (fast.wall - start_o) / 1e6,
            CPU_INSTRUCTIONS / (raw.wall - start_q) / 1e6,
            "M instr/s",
            ">= 0.8",
        )
        if not args.skip_deterministic:
            counted = _checked(timed(ours(images["cpu_bound"])), 33)
            report(
                "(b) CPU-bound, deterministic mode",
                CPU_INSTRUCTIONS / (counted.wall - start_o) / 1e6,
                CPU_INSTRUCTIONS / (raw.wall - start_q) / 1e6,
                "M instr/s",
                "reported",
            )

        storm_q = _checked(timed(qemu(images["timer_storm"])), 33)
        storm_o = _checked(timed(ours(images["timer_storm"])), 33)
        report(
            "(c) timer storm, CPU time per IRQ",
            storm_o.cpu / TIMER_IRQS * 1e6,
            storm_q.cpu / TIMER_IRQS * 1e6,
            "µs/IRQ",
            "<= 1",
        )
        report(
            "(c) timer storm, IRQs per wall s",
            TIMER_IRQS / storm_o.wall,
            TIMER_IRQS / storm_q.wall,
            "IRQs/s",
            "reported",
        )
        print(
            f"{'(d) peak RSS of longmode run':<36} ours {fast.rss / 1024:12.1f} MiB"
            f"{'':10} target < {GUEST_MIB + 100} MiB (QEMU's own: {raw.rss / 1024:.1f} MiB)"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
