"""The red zone caught in the act: a PIT storm over a leaf function's locals."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from support import LD, NASM, nasm_kernel, run_longmode

HERE = Path(__file__).resolve().parent
needs_tools = pytest.mark.skipif(
    NASM is None or LD is None, reason="needs nasm and GNU ld (installed by scripts/setup.sh)"
)

KERNELS = HERE / "kernels"
#: SUM with its sum below RSP (the red zone), and SUM with a frame of its own.
CARELESS = (KERNELS / "sum_red_zone.asm").read_text()
CAREFUL = (KERNELS / "sum_framed.asm").read_text()


def _storm_kernel(tmp_path: Path, sum_function: str) -> Path:
    source = (KERNELS / "pit_storm.asm").read_text().replace("SUM", "sum")
    return nasm_kernel(tmp_path, "storm", source + "section .text\n" + sum_function)


@needs_tools
def test_an_interrupt_frame_over_red_zone_locals_is_reported_at_the_first_clobber(
    tmp_path: Path,
) -> None:
    kernel = _storm_kernel(tmp_path, CARELESS)
    done = run_longmode("run", kernel, "--display", "none", "--timeout", "60")
    assert done.stdout == "BAD\n"  # the sum was overwritten by an interrupt frame
    assert done.returncode == 35
    reports = [line for line in done.stderr.splitlines() if "red zone clobbered" in line]
    assert len(reports) == 1  # the first; the rest are counted
    report = reports[0]
    assert "an interrupt (vector 0x20) at 0x" in report and "<sum+0x" in report
    assert "(storm.asm:" in report  # the source line, from NASM's DWARF
    assert "that sum keeps below RSP" in report and "disable-redzone" in report
    assert "(written by 0x" in report  # the add that last stored the sum


@needs_tools
def test_a_kernel_that_keeps_its_locals_in_a_frame_is_not_reported(tmp_path: Path) -> None:
    done = run_longmode(
        "run", _storm_kernel(tmp_path, CAREFUL), "--display", "none", "--timeout", "60"
    )
    assert (done.stdout, done.returncode) == ("OK\n", 33)
    assert "red zone" not in done.stderr


@needs_tools
def test_qemu_shows_only_the_wrong_sum(tmp_path: Path) -> None:
    if shutil.which("qemu-system-x86_64") is None:
        pytest.skip("needs qemu-system-x86_64")
    kernel = _storm_kernel(tmp_path, CARELESS)
    done = run_longmode("run", kernel, "--qemu", "--display", "none", "--timeout", "60")
    assert done.stdout == "BAD\n" and done.returncode == 35
    assert "red zone" not in done.stderr


def test_the_seed_kernel_built_with_the_red_zone_off_is_not_reported(seed_kernel: Path) -> None:
    done = run_longmode("run", seed_kernel, "--display", "none", "--timeout", "60")
    assert "Hello World!" in done.stdout
    assert "red zone" not in done.stderr
