"""The red zone caught in the act: a PIT storm over a leaf function's locals."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from longmode.toolchain import BuildRequest, build_kernel, find_toolchain, seed_target_spec

from support import KERNEL_CRATE, LD, NASM, nasm_kernel, run_longmode

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


@pytest.fixture(scope="session")
def storm_kernels(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """The project's kernel in PIT-storm mode, built with the seed's target spec and
    with the same spec but the red zone allowed."""
    spec = seed_target_spec(find_toolchain())
    spec["disable-redzone"] = False
    directory = tmp_path_factory.mktemp("storm")
    red_zone_spec = directory / "x86_64-red-zone.json"
    red_zone_spec.write_text(json.dumps(spec, indent=4))
    kernels = []
    for name, target_spec in (("seed-spec", None), ("red-zone", red_zone_spec)):
        built = build_kernel(
            BuildRequest(
                KERNEL_CRATE, release=True, features=["pit-storm"], target_spec=target_spec
            )
        )
        kernels.append(directory / name)
        shutil.copy2(built, kernels[-1])
    return kernels[0], kernels[1]


def test_the_kernels_pit_storm_holds_with_the_seeds_spec(storm_kernels: tuple[Path, Path]) -> None:
    kernel, _ = storm_kernels
    for machine in ((), ("--qemu",)):
        done = run_longmode("run", kernel, *machine, "--display", "none", "--timeout", "120")
        assert "checksum held for" in done.stdout and done.returncode == 33, done.stderr
        assert "red zone" not in done.stderr


def test_the_kernels_pit_storm_with_the_red_zone_on_is_caught(
    storm_kernels: tuple[Path, Path],
) -> None:
    _, kernel = storm_kernels
    done = run_longmode("run", kernel, "--display", "none", "--timeout", "120")
    reports = [line for line in done.stderr.splitlines() if "red zone clobbered" in line]
    assert len(reports) == 1
    assert "at 0x" in reports[0] and "<lint_bait_locals+0x" in reports[0]
    assert "that lint_bait_locals keeps below RSP" in reports[0]
    # the frames that clobbered the array broke the checksum
    assert "checksum broken in round" in done.stdout and done.returncode == 35


@needs_tools
def test_a_disk_image_gets_its_kernels_symbols_from_symbols(tmp_path: Path) -> None:
    kernel = _storm_kernel(tmp_path, CARELESS)
    image = tmp_path / "storm.img"
    assert run_longmode("image", kernel, "-o", image).returncode == 0
    plain = run_longmode("run", image, "--display", "none", "--timeout", "60")
    assert plain.stdout == "BAD\n" and "red zone" not in plain.stderr  # no symbols, no watch
    done = run_longmode("run", image, "--symbols", kernel, "--display", "none", "--timeout", "60")
    assert done.stdout == "BAD\n"
    assert "red zone clobbered" in done.stderr and "<sum+0x" in done.stderr
    wrong = run_longmode("run", kernel, "--symbols", kernel, "--display", "none")
    assert wrong.returncode == 2 and "--symbols is for disk images" in wrong.stderr
    not_elf = run_longmode("run", image, "--symbols", image, "--display", "none")
    assert not_elf.returncode == 2 and not_elf.stderr.startswith("longmode run: --symbols: ")
    assert "Traceback" not in not_elf.stderr
