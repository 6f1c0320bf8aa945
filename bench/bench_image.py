"""Benchmark: ``longmode image`` against ``grub-mkrescue`` in one run.

Times, as wall clock of the whole command (Python start-up included):

* ``longmode image`` for the seed's kernel (target: under 0.2 s), with a warm
  stage cache (the usual case) and a cold one (stages assembled from source);
* ``python -c pass``, the floor;
* for a Multiboot 1 kernel (the C test kernel from tests/boot), ``longmode
  image`` and ``grub-mkrescue`` (Debian ``grub-pc-bin`` + ``xorriso`` +
  ``mtools``), and their ratio.

Run: ``.venv/bin/python bench/bench_image.py [--runs N]``
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "tests" / "boot"))


def _time(cmd: list[str], runs: int, env: dict[str, str] | None = None) -> float:
    """The median wall time of ``runs`` runs of ``cmd`` (which must succeed)."""
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run(
            cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env
        )
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()

    import os

    from boot_kernels import build_multiboot_kernel

    from longmode.toolchain import BuildRequest, build_kernel

    seed = build_kernel(BuildRequest(REPO / "kernel"))
    longmode = [sys.executable, "-m", "longmode", "image"]
    with tempfile.TemporaryDirectory(prefix="bench-image-") as tmp_name:
        tmp = Path(tmp_name)
        floor = _time([sys.executable, "-c", "pass"], args.runs)
        warm = _time([*longmode, str(seed), "-o", str(tmp / "seed.img")], args.runs)
        cold_env = dict(os.environ, XDG_CACHE_HOME=str(tmp / "cold-cache"))
        cold = []
        for i in range(max(1, args.runs // 2)):
            env = dict(cold_env, XDG_CACHE_HOME=str(tmp / f"cold-{i}"))
            cold.append(_time([*longmode, str(seed), "-o", str(tmp / "seed.img")], 1, env))
        size = Path(seed).stat().st_size
        print(f"seed kernel {seed} ({size / 2**20:.1f} MiB)")
        print(f"  python -c pass               {floor * 1000:7.1f} ms")
        print(f"  longmode image (warm cache)  {warm * 1000:7.1f} ms   target < 200 ms")
        print(f"  longmode image (cold cache)  {statistics.median(cold) * 1000:7.1f} ms")

        mb = build_multiboot_kernel(tmp / "mb1.elf", version=1)
        ours = _time([*longmode, str(mb), "-o", str(tmp / "mb1.img")], args.runs)
        print(f"multiboot 1 kernel {mb.name}")
        print(f"  longmode image               {ours * 1000:7.1f} ms")
        grub = shutil.which("grub-mkrescue")
        if grub is None or shutil.which("xorriso") is None:
            print("  grub-mkrescue                (not installed: apt-get install grub-pc-bin "
                  "grub-common xorriso mtools)")  # fmt: skip
            return 0
        iso = tmp / "iso"
        (iso / "boot" / "grub").mkdir(parents=True)
        shutil.copy(mb, iso / "boot" / "kernel.elf")
        (iso / "boot" / "grub" / "grub.cfg").write_text(
            "set timeout=0\nmenuentry k {\n  multiboot /boot/kernel.elf\n  boot\n}\n"
        )
        peer = _time([grub, "-o", str(tmp / "mb1.iso"), str(iso)], max(1, args.runs // 2))
        print(f"  grub-mkrescue                {peer * 1000:7.1f} ms")
        print(f"  ratio grub-mkrescue / longmode image: {peer / ours:.1f}x")
    return 0


if __name__ == "__main__":
    sys.exit(main())
