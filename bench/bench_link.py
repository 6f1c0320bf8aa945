"""longmode's linker against GNU ld and ld.lld, on the same inputs, in one run.

    .venv/bin/python bench/bench_link.py [--runs 5] [--blog-os DEST]

The seed kernel's link as rustc runs it: cargo builds a copy of kernel/ with a
linker that records what rustc hands it (its objects, the crate's rlib, core and
compiler_builtins, --gc-sections and the linker script; tests/link/record_linker.sh),
then each linker links those inputs as separate processes: `longmode link`, GNU
`ld` and `ld.lld` (rust-lld). The best of --runs wall times each; target: longmode
within 5x GNU ld's time. The outputs are checked to load the same bytes as GNU ld's.

With --blog-os DEST, the same for blog_os's kernel (../shared/peers/blog_os, built
into DEST by its build.sh first: a few minutes the first time), whose link has the
bootloader crate and blog_os's dependencies besides core, alloc and
compiler_builtins.

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


def record_blog_os(dest: Path) -> list[str]:
    """rustc's linker arguments for blog_os's kernel, built by the peer kit's build.sh
    into ``dest``; its objects kept in ``dest/inputs``."""
    kit = ROOT.parent / "shared" / "peers" / "blog_os"
    env = {**os.environ, "RUSTC_BOOTSTRAP": "1", "CARGO_HOME": str(dest / ".cargo-home")}
    env["PATH"] = os.pathsep.join(["/usr/bin", str(Path(sys.executable).parent), env["PATH"]])
    subprocess.run(["bash", str(kit / "build.sh"), str(dest)], check=True, env=env,
                   capture_output=True)  # fmt: skip
    record = dest / "inputs"
    recorder = ROOT / "tests" / "link" / "record_linker.sh"
    crate = dest / "blog_os"
    (crate / "src" / "main.rs").touch()  # a link even when the kernel is built
    subprocess.run(
        ["cargo", "--config", f'target.x86_64-blog_os.linker="{recorder}"', "build"],
        cwd=crate, check=True, capture_output=True,
        env={**env, "LONGMODE_LINK_RECORD": str(record), "LONGMODE_LD": str(LONGMODE_LD)},
    )  # fmt: skip
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


def compare(name: str, arguments: list[str], work: Path, runs: int, lld: str) -> bool:
    """Times the three linkers on ``arguments``; prints the figures; True when our
    output loads the same bytes as GNU ld's."""
    output = arguments.index("-o") + 1
    objects = sum(a.endswith(".o") for a in arguments)
    rlibs = [a for a in arguments if a.endswith(".rlib")]
    size = sum(Path(a).stat().st_size for a in arguments if a.endswith((".o", ".rlib")))
    print(f"{name}: {objects} objects, {len(rlibs)} rlibs, {size / 2**20:.1f} MiB of inputs")

    def command(linker: list[str], out: Path) -> list[str]:
        return [*linker, *arguments[:output], str(out), *arguments[output + 1 :]]

    slug = name.replace(" ", "-")
    ours, gnu, llvm = (work / f"{slug}-{n}.elf" for n in ("longmode", "gnu", "lld"))
    flavor = ["-flavor", "gnu"] if Path(lld).name == "rust-lld" else []
    times = {
        "longmode link": timed(command([*LONGMODE, "link"], ours), runs),
        "GNU ld": timed(command(["ld"], gnu), runs),
        "ld.lld": timed(command([lld, *flavor], llvm), runs),
    }
    same = loaded_bytes(ours) == loaded_bytes(gnu)
    for linker, seconds in times.items():
        print(f"  {linker:<14} {seconds * 1000:8.1f} ms")
    ratio = times["longmode link"] / times["GNU ld"]
    print(
        f"  longmode / GNU ld: {ratio:.1f}x (target: <= 5x; "
        f"{'met' if ratio <= 5 else 'not met'}); longmode / ld.lld: "
        f"{times['longmode link'] / times['ld.lld']:.1f}x; loaded bytes "
        f"{'identical to' if same else 'DIFFERENT from'} GNU ld's"
    )
    return same


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--blog-os", type=Path, metavar="DEST")
    args = parser.parse_args()
    lld = shutil.which("ld.lld") or shutil.which("rust-lld")
    if shutil.which("ld") is None or lld is None or not LONGMODE_LD.exists():
        raise SystemExit("bench_link: needs GNU ld, ld.lld (or rust-lld) and longmode-ld")
    with tempfile.TemporaryDirectory(prefix="bench-link-") as folder:
        work = Path(folder)
        same = compare("the seed kernel", record_inputs(work), work, args.runs, lld)
        if args.blog_os is not None:
            inputs = record_blog_os(args.blog_os.resolve())
            same = compare("blog_os", inputs, work, args.runs, lld) and same
        return 0 if same else 1


if __name__ == "__main__":
    raise SystemExit(main())
