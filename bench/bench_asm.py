"""Benchmark: ``longmode asm`` against ``nasm`` on real sources and a generated one.

One run assembles every source with both and prints, per source, its lines
(the main file and its includes), our in-process assembly time (imports done, a
fresh process per measurement so no cache is warm), our ``longmode asm`` process
time, NASM's process time, lines/s and the two throughput ratios (NASM's time /
ours), and the process time once more with the command handed to a `longmode
server` the benchmark starts (no Python start-up; reported beside the target's
figure). Sources:

- the assembler corpus's three largest files (``tests/asm_corpus/data/mode*.asm``);
- ``src/longmode/boot/stage2.asm`` with its ``.inc`` files and the boot defines;
- with ``--mikeos PATH`` (a MikeOS 4.5 checkout, or its git directory, kept out of
  this repository): MikeOS's real-mode kernel, ``source/kernel.asm`` with its
  ``features/*.asm``; skipped when not given or not there (nothing is downloaded);
- the generated 20,000-line kernel-like source of the earlier benchmark.

The target (issue 15) is judged on the real sources: throughput at least 0.3x
NASM's, process against process (NASM is a process; Python's start-up and imports
count). The in-process ratio is reported beside it. Every row also checks that the
two outputs are the same bytes. Run:

    .venv/bin/python bench/bench_asm.py [--repeat N] [--mikeos PATH] [--lines N]
"""

from __future__ import annotations

import argparse
import json
import os
import random
import shutil
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

from served import server

_REGS = ["rax", "rbx", "rcx", "rdx", "rsi", "rdi", "r8", "r9", "r10", "r11"]
_REGS32 = ["eax", "ebx", "ecx", "edx", "esi", "edi", "r8d", "r9d"]


def generate(lines: int, seed: int = 1) -> str:
    """A kernel-like 64-bit source of about ``lines`` lines: code, branches, data, macros."""
    rng = random.Random(seed)
    out = [
        "bits 64",
        "default rel",
        "%define STACK 0x1000",
        "%macro save 2",
        "        push %1",
        "        push %2",
        "%endmacro",
        "section .text",
        "global _start",
        "_start:",
    ]
    n = 0
    while len(out) < lines - 40:
        n += 1
        out.append(f"func{n}:")
        for _ in range(rng.randint(6, 14)):
            r1, r2 = rng.choice(_REGS), rng.choice(_REGS)
            e1 = rng.choice(_REGS32)
            choice = rng.randrange(12)
            if choice == 0:
                out.append(f"        mov {r1}, {r2}")
            elif choice == 1:
                out.append(f"        add {e1}, {rng.randint(0, 300)}")
            elif choice == 2:
                out.append(f"        mov {r1}, [{r2} + {rng.randint(0, 64) * 8}]")
            elif choice == 3:
                out.append(f"        lea {r1}, [{r2} + {rng.choice(_REGS[:8])}*4 + 16]")
            elif choice == 4:
                out.append(f"        cmp {e1}, {rng.randint(0, 9)}")
                out.append(f"        jne .skip{n}_{len(out)}")
                out.append(f"        inc {e1}")
                out.append(f".skip{n}_{len(out) - 2}:")
            elif choice == 5:
                out.append(f"        call func{rng.randint(1, n)}")
            elif choice == 6:
                out.append(f"        mov qword [rel table{rng.randint(0, 9)}], {r1}")
            elif choice == 7:
                out.append(f"        save {r1}, {r2}")
            elif choice == 8:
                out.append(f"        xor {e1}, {e1}")
            elif choice == 9:
                out.append(f"        test {r1}, {r2}")
            elif choice == 10:
                out.append(f"        sub rsp, STACK / {rng.choice([16, 32, 64])}")
            else:
                out.append(f"        shl {r1}, {rng.randint(1, 31)}")
        out.append("        ret")
    out.append("section .data")
    for i in range(10):
        out.append(f"table{i}: dq {i}, func1, {i * 3}")
    out.append('message: db "longmode benchmark", 0')
    while len(out) < lines:
        out.append(f"        dd {len(out)}")
    return "\n".join(out) + "\n"


_HERE = Path(__file__).resolve().parent
_ROOT = _HERE.parent
_CORPUS = _ROOT / "tests" / "asm_corpus" / "data"
_BOOT = _ROOT / "src" / "longmode" / "boot"
#: The ratio the issue asks for on the real sources (process against process).
TARGET = 0.3

# Runs in a fresh process: assemble once, print the seconds (imports not counted).
_IN_PROCESS = """
import json, sys, time
from longmode.asm import assemble
import longmode.asm.assembler, longmode.asm.output_bin  # (assemble() imports them lazily)
a = json.loads(sys.argv[1])
text = open(a["src"], encoding="utf-8", errors="surrogateescape").read()
start = time.perf_counter()
assemble(text, filename=a["src"], fmt=a["fmt"], include_paths=a["inc"], defines=a["defs"])
print(time.perf_counter() - start)
"""


@dataclass
class Source:
    """One benchmark input: the file, its include paths and defines, its line count."""

    name: str
    path: Path
    fmt: str = "bin"
    include: list[str] = field(default_factory=list)
    defines: dict[str, str | None] = field(default_factory=dict)
    lines: int = 0
    generated: bool = False


@dataclass
class Row:
    source: Source
    in_process: float
    process: float
    nasm: float
    same: bool
    served: float


def _best(cmd: list[str], repeat: int, env: dict[str, str] | None = None) -> float:
    """The best wall time of ``repeat`` runs of ``cmd``."""
    best = float("inf")
    for _ in range(repeat):
        start = time.perf_counter()
        done = subprocess.run(cmd, capture_output=True, text=True, env=env)
        elapsed = time.perf_counter() - start
        if done.returncode != 0:
            raise SystemExit(f"{' '.join(cmd)} failed:\n{done.stderr}")
        best = min(best, elapsed)
    return best


def _in_process(src: Source, repeat: int, env: dict[str, str]) -> float:
    """The best in-process assembly time, each in a fresh process (caches cold)."""
    args = json.dumps(
        {"src": str(src.path), "fmt": src.fmt, "inc": src.include, "defs": src.defines}
    )
    best = float("inf")
    for _ in range(repeat):
        done = subprocess.run(
            [sys.executable, "-c", _IN_PROCESS, args], capture_output=True, text=True, env=env
        )
        if done.returncode != 0:
            raise SystemExit(f"assembling {src.path} in-process failed:\n{done.stderr}")
        best = min(best, float(done.stdout))
    return best


def _options(src: Source) -> list[str]:
    out = ["-f", src.fmt]
    for path in src.include:
        out += ["-I", path if path.endswith("/") else path + "/"]
    for name, value in src.defines.items():
        out += ["-D", name if value is None else f"{name}={value}"]
    return out


def _count_lines(src: Source) -> int:
    """Lines of the main source and of the sources it includes (as NASM would read them)."""
    from longmode.asm import assemble_source

    text = src.path.read_text(errors="surrogateescape")
    result = assemble_source(
        text, filename=str(src.path), include_paths=src.include, defines=src.defines
    )
    total = text.count("\n")
    for read in result.files_read:
        if read.endswith((".asm", ".inc", ".s", ".mac")):
            total += Path(read).read_text(errors="surrogateescape").count("\n")
    return total


def _mikeos(path: str, tmp: Path) -> Path | None:
    """MikeOS's kernel source from a checkout or a git directory, into ``tmp``."""
    root = Path(path)
    if (root / "source" / "kernel.asm").is_file():
        return root / "source"
    if (root / "HEAD").is_file() or (root / ".git").exists():
        dest = tmp / "mikeos"
        dest.mkdir()
        archive = subprocess.run(
            ["git", f"--git-dir={root if (root / 'HEAD').is_file() else root / '.git'}",
             "archive", "HEAD", "source"],
            capture_output=True,
        )  # fmt: skip
        if archive.returncode != 0:
            return None
        subprocess.run(["tar", "-x", "-C", str(dest)], input=archive.stdout, check=True)
        if (dest / "source" / "kernel.asm").is_file():
            return dest / "source"
    return None


def _sources(args: argparse.Namespace, tmp: Path) -> list[Source]:
    sys.path.insert(0, str(_ROOT / "src"))
    from longmode.boot.image import asm_defines

    found = [
        Source(f"corpus {name}.asm", _CORPUS / f"{name}.asm")
        for name in ("mode64", "mode32", "mode16")
    ]
    found.append(
        Source(
            "stage2.asm + includes",
            _BOOT / "stage2.asm",
            include=[str(_BOOT)],
            defines=asm_defines(),
        )
    )
    mikeos = args.mikeos or os.environ.get("LONGMODE_BENCH_MIKEOS")
    if mikeos:
        where = _mikeos(mikeos, tmp)
        if where is None:
            print(f"no MikeOS source at {mikeos}: its row is skipped", file=sys.stderr)
        else:
            found.append(
                Source(
                    "MikeOS 4.5 kernel.asm + features", where / "kernel.asm", include=[str(where)]
                )
            )
    generated = tmp / "bench.asm"
    text = generate(args.lines)
    generated.write_text(text)
    found.append(Source(f"generated ({args.lines} lines)", generated, generated=True))
    for src in found:
        src.lines = text.count("\n") if src.generated else _count_lines(src)
    return found


def main() -> int:
    """Assemble every source with both, check the outputs agree, print the ratios."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--lines", type=int, default=20_000, help="of the generated source")
    parser.add_argument("--repeat", type=int, default=3, help="best of N runs")
    parser.add_argument("--mikeos", help="a MikeOS checkout or git directory (not downloaded)")
    args = parser.parse_args()
    nasm = shutil.which("nasm")
    if nasm is None:
        print("nasm is not installed; nothing to compare with", file=sys.stderr)
        return 2
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join([str(_ROOT / "src"), env.get("PYTHONPATH", "")])
    env.pop("PYTHONDONTWRITEBYTECODE", None)  # it would recompile modules on every run
    alone = {**env, "LONGMODE_SERVER": "off"}  # (a user's own server may be running)
    rows: list[Row] = []
    with tempfile.TemporaryDirectory() as name:
        tmp = Path(name)
        with server(tmp, env) as served_env:
            for src in _sources(args, tmp):
                ours_out, nasm_out = tmp / "ours.out", tmp / "nasm.out"
                ours_cmd = [
                    sys.executable, "-m", "longmode", "asm", str(src.path), "-o", str(ours_out)
                ]  # fmt: skip
                process = _best(ours_cmd + _options(src), args.repeat, alone)
                in_process = _in_process(src, args.repeat, alone)
                theirs = _best(
                    [nasm, *_options(src), "-o", str(nasm_out), str(src.path)], args.repeat
                )
                same = ours_out.read_bytes() == nasm_out.read_bytes()
                served = _best(ours_cmd + _options(src), args.repeat, served_env)
                same = same and ours_out.read_bytes() == nasm_out.read_bytes()
                rows.append(Row(src, in_process, process, theirs, same, served))
    print(
        f"{'source':34} {'lines':>6} {'in-process':>11} {'process':>9} {'nasm':>8} "
        f"{'ours lines/s':>13} {'nasm lines/s':>13} {'ratio':>6} {'in-proc':>8} "
        f"{'served':>8} {'ratio':>6} same"
    )
    for r in rows:
        n = r.source.lines
        print(
            f"{r.source.name:34} {n:6d} {r.in_process:10.3f}s {r.process:8.3f}s {r.nasm:7.3f}s "
            f"{n / r.process:13,.0f} {n / r.nasm:13,.0f} {r.nasm / r.process:6.3f} "
            f"{r.nasm / r.in_process:8.3f} {r.served:7.3f}s {r.nasm / r.served:6.3f} {r.same}"
        )
    print(
        f"ratio = NASM's time / our `longmode asm' process time (the figure the target, "
        f">= {TARGET}, is judged on, on the real sources); in-proc = NASM's time / our "
        "in-process assembly time (imports excluded); served: our process handed to a "
        "`longmode server`, and NASM's time / it"
    )
    for r in rows:
        if not r.source.generated:
            verdict = "met" if r.nasm / r.process >= TARGET else "not met"
            print(f"  {r.source.name}: {r.nasm / r.process:.3f} -> {verdict}")
    return 0 if all(r.same for r in rows) else 1


if __name__ == "__main__":
    raise SystemExit(main())
