"""`longmode test`: a project's test kernels, built by its longmode.toml's command
(or given directly), booted in worker processes, reported as cargo test reports.
(The blog_os peer's crate is tested in tests/peers.)"""

from __future__ import annotations

import re
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from kernel_sources import BASIC_KERNELS

from support import LD, NASM, run_longmode

pytestmark = pytest.mark.skipif(
    NASM is None or LD is None, reason="needs nasm and GNU ld (installed by scripts/setup.sh)"
)

BUILD = """set -e
mkdir -p build/tests
for name in {names}; do
    {nasm} -f elf64 -g -F dwarf tests/$name.asm -o build/$name.o
    {ld} -Ttext=0x200000 -e _start build/$name.o -o build/tests/$name.elf
done
"""


def _project(tmp_path: Path, names: list[str], extra: str = "") -> Path:
    """A C/assembly-style project: sources in tests/, a build script, longmode.toml."""
    (tmp_path / "tests").mkdir()
    for name in names:
        (tmp_path / "tests" / f"{name}.asm").write_text(BASIC_KERNELS[name])
    (tmp_path / "build.sh").write_text(BUILD.format(names=" ".join(names), nasm=NASM, ld=LD))
    (tmp_path / "longmode.toml").write_text(
        f'[test]\nbuild = ["sh", "build.sh"]\nkernels = ["build/tests/*.elf"]\n{extra}'
    )
    return tmp_path


def test_every_kernel_passes_and_the_summary_says_so(tmp_path: Path) -> None:
    project = _project(tmp_path, ["success"])
    (project / "tests" / "again.asm").write_text(BASIC_KERNELS["success"])
    (project / "build.sh").write_text(BUILD.format(names="success again", nasm=NASM, ld=LD))
    done = run_longmode("test", project, "--jobs", "2")
    assert done.returncode == 0, done.stdout + done.stderr
    assert "running 2 test kernels from " in done.stdout and ", 2 at a time" in done.stdout
    assert re.search(r"^test build/tests/again\.elf \.\.\. ok \(", done.stdout, re.M)
    assert re.search(r"^test build/tests/success\.elf \.\.\. ok \(", done.stdout, re.M)
    assert "test result: ok. 2 passed; 0 failed; finished in " in done.stdout


def test_failures_show_com1_the_explanation_and_how_each_ended(tmp_path: Path) -> None:
    project = _project(tmp_path, ["success", "failure", "fault", "spin"], "timeout = 1\n")
    done = run_longmode("test", project)
    output = done.stdout
    assert done.returncode == 1, output + done.stderr
    assert "longmode test: sh build.sh" in done.stderr  # the build command, run first
    verdicts = dict(re.findall(r"^test build/tests/(\w+)\.elf \.\.\. (ok|FAILED)", output, re.M))
    assert verdicts == {"success": "ok", "failure": "FAILED", "fault": "FAILED", "spin": "FAILED"}
    failure = output.split("---- build/tests/failure.elf ----")[1].split("----")[0]
    assert "COM1 (last lines):\n  ok" in failure
    assert "ended: the guest exited with status 35, not 33" in failure
    fault = output.split("---- build/tests/fault.elf ----")[1].split("----")[0]
    assert "The CPU gave up (a triple fault)" in fault
    assert "at 0x20000a <_start+0xa> (tests/fault.asm:6)" in fault  # the label names it
    assert "#PF page fault" in fault
    spin = output.split("---- build/tests/spin.elf ----")[1]
    assert "ended: timed out after 1 s" in spin
    assert "test result: FAILED. 1 passed; 3 failed;" in output


def test_kernel_files_can_be_given_directly(tmp_path: Path) -> None:
    project = _project(tmp_path, ["success", "failure"])
    run_longmode("test", project)  # builds them
    kernels = sorted((project / "build" / "tests").glob("*.elf"))
    done = run_longmode("test", kernels[1], "--max-instructions", "1000000")
    assert done.returncode == 0, done.stdout  # success.elf alone
    assert "from the kernels given, 1 at a time" in done.stdout
    done = run_longmode("test", *kernels)
    assert done.returncode == 1 and "1 passed; 1 failed" in done.stdout


@pytest.mark.parametrize(
    ("toml", "message"),
    [
        ('[test]\nkernels = ["*.elf"]\nretries = 2\n', "unknown key(s) retries"),
        ("[test]\nkernels = []\n", "kernels must be a list of globs"),
        ('[test]\nkernels = ["*.elf"]\nsuccess-exit-code = 32\n', "must be an odd status"),
        ('[test]\nkernels = ["nothing/*.elf"]\n', "match no file"),
        ('[test]\nbuild = ["false"]\nkernels = ["*.elf"]\n', "failed with exit status 1"),
        ("[test\n", "not valid TOML"),
    ],
)
def test_a_bad_longmode_toml_is_one_clear_error(tmp_path: Path, toml: str, message: str) -> None:
    (tmp_path / "longmode.toml").write_text(toml)
    done = run_longmode("test", tmp_path)
    assert done.returncode in (1, 2), done.stderr
    assert message in done.stderr and "longmode.toml" in done.stderr
    assert "Traceback" not in done.stderr


def test_a_folder_with_no_project_is_refused(tmp_path: Path) -> None:
    done = run_longmode("test", tmp_path)
    assert done.returncode == 2
    assert "no Cargo.toml and no longmode.toml" in done.stderr


def test_ctrl_c_stops_the_workers_and_says_how_far_it_got(tmp_path: Path) -> None:
    project = _project(tmp_path, ["spin"], "timeout = 300\n")
    run_longmode("test", project, "--max-instructions", "1")  # builds the kernel
    kernels = [project / "build" / "tests" / "spin.elf"] * 3
    process = subprocess.Popen(
        [sys.executable, "-m", "longmode", "test", *map(str, kernels), "--jobs", "2"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    assert process.stdout is not None
    assert "running 3 test kernels" in process.stdout.readline() + process.stdout.readline()
    time.sleep(1)  # the workers are booting the spinning kernels
    process.send_signal(signal.SIGINT)
    stdout, stderr = process.communicate(timeout=60)
    assert process.returncode == 130, stderr
    assert "test result: interrupted after 0 of 3 kernels" in stdout
    assert "Traceback" not in stderr
