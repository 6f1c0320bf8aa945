"""Test suites of kernels: longmode's ways against QEMU's, in one run.

    .venv/bin/python bench/bench_testing.py [--kernels 50] [--blog-os DEST]

(a) a 50-kernel test suite: 50 small test kernels (ELF64, no debug information,
    each prints a line on COM1 and exits through isa-debug-exit with 0x10),
    * `longmode test KERNEL...` (one command: worker processes, one per core,
      boot kernel after kernel in-process),
    * the same kernels as bootimage runs a test suite: one QEMU process per
      test, one after the other (`qemu-system-x86_64 -drive format=raw,file=IMG
      -device isa-debug-exit,iobase=0xf4,iosize=0x04 -serial stdio -display none
      -no-reboot`), on images of the same kernels made beforehand by `longmode
      image` (so QEMU is not charged for making them) — target: longmode ≥ 30×
      faster;
    * one `longmode run` process per kernel, for reference (what a runner that
      starts Python per test pays);
    * `longmode test` and one `longmode run` per kernel again, handed to a
      `longmode server` started beforehand (no Python start-up in either);
(b) with --blog-os DEST (a folder blog_os's build.sh filled with
    BLOGOS_RUNNER="longmode runner"): blog_os's `cargo test` wall time with
    `longmode runner` in our machine, against the same with `runner =
    "longmode runner --qemu"` (QEMU on the same images: bootimage itself is not
    installable offline, and its runner is the same QEMU command line); the
    build is done once before, so both times are the tests' own.

Other load on the machine skews both sides: compare the ratios.
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

from served import ALONE, server

LONGMODE = [sys.executable, "-m", "longmode"]
QEMU = shutil.which("qemu-system-x86_64")
NASM, LD = shutil.which("nasm"), shutil.which("ld")
KERNEL = """bits 64
global _start
section .text
_start:
    lea rsi, [rel line]
    mov ecx, line_end - line
    mov dx, 0x3F8
    rep outsb
    mov al, 0x10
    out 0xF4, al
    cli
    hlt
section .rodata
line: db "test {number} ... ok", 10
line_end:
"""


def build_kernels(directory: Path, count: int) -> tuple[list[Path], list[Path]]:
    """``count`` kernels and their disk images."""
    assert NASM is not None and LD is not None, "needs nasm and GNU ld"
    kernels, images = [], []
    for number in range(count):
        source = directory / f"t{number}.asm"
        source.write_text(KERNEL.format(number=number))
        subprocess.run([NASM, "-f", "elf64", str(source), "-o", f"{source}.o"], check=True)
        kernel = directory / f"t{number}.elf"
        subprocess.run(
            [LD, "-Ttext=0x200000", "-e", "_start", f"{source}.o", "-o", str(kernel)], check=True
        )
        image = directory / f"t{number}.img"
        subprocess.run(
            [*LONGMODE, "image", str(kernel), "-o", str(image)], check=True, capture_output=True
        )
        kernels.append(kernel)
        images.append(image)
    return kernels, images


def timed(command: list[str], **kwargs: object) -> tuple[float, subprocess.CompletedProcess[str]]:
    kwargs.setdefault("env", ALONE)
    start = time.perf_counter()
    done = subprocess.run(command, capture_output=True, text=True, **kwargs)  # type: ignore[call-overload]
    return time.perf_counter() - start, done


def one_run_each(kernels: list[Path], env: dict[str, str]) -> float:
    """Seconds for one `longmode run` process per kernel, one after the other."""
    start = time.perf_counter()
    for kernel in kernels:
        ran = subprocess.run(
            [*LONGMODE, "run", str(kernel), "--display", "none"], capture_output=True, env=env
        )
        assert ran.returncode == 33
    return time.perf_counter() - start


def suite(count: int) -> None:
    with tempfile.TemporaryDirectory(prefix="bench-testing-") as tmp:
        kernels, images = build_kernels(Path(tmp), count)
        ours, done = timed([*LONGMODE, "test", *map(str, kernels)])
        assert done.returncode == 0, done.stdout[-2000:]
        assert f"{count} passed" in done.stdout
        workers = os.cpu_count()
        print(
            f"(a) {count} kernels, `longmode test` (one command, {workers} workers): {ours:.2f} s"
        )
        if QEMU is None:
            print("    qemu-system-x86_64 is not installed: no ratio")
            return
        start = time.perf_counter()
        for image in images:
            done = subprocess.run(
                [QEMU, "-drive", f"format=raw,file={image}", "-device",
                 "isa-debug-exit,iobase=0xf4,iosize=0x04", "-serial", "stdio",
                 "-display", "none", "-no-reboot"],
                capture_output=True, text=True, timeout=60,
            )  # fmt: skip
            assert done.returncode == 33 and " ... ok" in done.stdout, done.stderr
        theirs = time.perf_counter() - start
        per_process = one_run_each(kernels, ALONE)
        with server(Path(tmp)) as served:
            ours_served, done = timed([*LONGMODE, "test", *map(str, kernels)], env=served)
            assert done.returncode == 0 and f"{count} passed" in done.stdout, done.stdout[-2000:]
            per_process_served = one_run_each(kernels, served)
        print(f"    one QEMU per test, sequential (as bootimage): {theirs:.2f} s")
        print(f"    one `longmode run` per test, sequential: {per_process:.2f} s")
        print(
            f"    `longmode test` through `longmode server`: {ours_served:.2f} s; one "
            f"`longmode run` per test through it: {per_process_served:.2f} s"
        )
        print(
            f"    ratio QEMU / longmode test: {theirs / ours:.1f}x (target: >= 30x); through "
            f"the server: {theirs / ours_served:.1f}x; per-process longmode / QEMU: "
            f"{per_process / theirs:.2f}, through the server: {per_process_served / theirs:.2f}"
        )


def blog_os(dest: Path) -> None:
    crate = dest / "blog_os"
    env = dict(os.environ)
    env["PATH"] = os.pathsep.join(["/usr/bin", str(Path(sys.executable).parent), env["PATH"]])
    env["RUSTC_BOOTSTRAP"] = "1"
    env["CARGO_HOME"] = str(dest / ".cargo-home")
    subprocess.run(
        ["cargo", "test", "--no-run"], cwd=crate, env=env, check=True, capture_output=True
    )
    runner = 'target.x86_64-blog_os.runner="longmode runner{}"'
    ours, done = timed(["cargo", "--config", runner.format(""), "test"], cwd=crate, env=env)
    assert done.returncode == 0, done.stderr[-2000:]
    theirs, done = timed(
        ["cargo", "--config", runner.format(" --qemu"), "test"], cwd=crate, env=env
    )
    assert done.returncode == 0, done.stderr[-2000:]
    print(
        f"(b) blog_os `cargo test` (6 test kernels): longmode runner {ours:.2f} s, "
        f"in QEMU (runner --qemu) {theirs:.2f} s: ratio {ours / theirs:.2f}"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--kernels", type=int, default=50)
    parser.add_argument("--blog-os", type=Path, metavar="DEST")
    args = parser.parse_args()
    suite(args.kernels)
    if args.blog_os is not None:
        blog_os(args.blog_os)


if __name__ == "__main__":
    main()
