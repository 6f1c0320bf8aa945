"""A fuzz suite for every door: `asm`, `image`, `run` (boot sectors, our images, kernels)
and `run --qemu`, on seeded mutations of real inputs (`check` has its own in
test_check_fuzz.py). The invariants are in doors_fuzz.py: a documented exit status
(never 70), one-line messages without Python in them, no hang past the limit, no
input changed, no partial output. A longer campaign: scripts/fuzz_doors.py."""

from __future__ import annotations

import random
from pathlib import Path

import pytest

import doors_fuzz as fuzz

#: Cases per door in CI (the whole file stays well within a minute).
ASM_CASES = 60
IMAGE_CASES = 60
RUN_SECTORS = 12
RUN_IMAGES = 12
RUN_KERNELS = 12
QEMU_SECTORS = 3


def _each(tmp_path: Path, rngs: list[random.Random]) -> list[tuple[Path, random.Random]]:
    folders = []
    for index, rng in enumerate(rngs):
        folder = tmp_path / f"case{index}"
        folder.mkdir()
        folders.append((folder, rng))
    return folders


def test_asm_door(tmp_path: Path) -> None:
    for folder, rng in _each(tmp_path, fuzz.seeds("asm", ASM_CASES)):
        fuzz.asm_case(folder, rng)


@pytest.mark.parametrize("kernel", ["elf64", "multiboot"])
def test_image_door(tmp_path: Path, kernel: str) -> None:
    original = fuzz.kernels()[kernel]
    for folder, rng in _each(tmp_path, fuzz.seeds(f"image-{kernel}", IMAGE_CASES // 2)):
        fuzz.image_case(folder, rng, original)


def test_run_door_on_random_boot_sectors(tmp_path: Path) -> None:
    for folder, rng in _each(tmp_path, fuzz.seeds("run-sector", RUN_SECTORS)):
        fuzz.run_checked(folder, fuzz.boot_sector(rng), "--display", "none")


@pytest.mark.parametrize("kernel", ["elf64", "multiboot"])
def test_run_door_on_damaged_images_of_our_loader(tmp_path: Path, kernel: str) -> None:
    image = fuzz.our_image(fuzz.kernels()[kernel], tmp_path)
    hot = fuzz.content_size(image)  # the damage lands in the MBR, stage 2 or the kernel
    for folder, rng in _each(tmp_path, fuzz.seeds(f"run-image-{kernel}", RUN_IMAGES // 2)):
        outcome = fuzz.run_checked(folder, fuzz.mutate_bytes(image, rng, hot=hot))
        if b"longmode: " in outcome.stdout:  # our loader said it failed (screen or COM1)
            assert outcome.status not in (0, 33), outcome.stderr


def test_run_door_on_damaged_kernels(tmp_path: Path) -> None:
    original = fuzz.kernels()["elf64"]
    for folder, rng in _each(tmp_path, fuzz.seeds("run-elf64", RUN_KERNELS)):
        fuzz.run_checked(folder, fuzz.mutate_bytes(original, rng, hot=0x1100), "--display", "none")


def test_run_door_in_qemu_on_random_boot_sectors(tmp_path: Path) -> None:
    for folder, rng in _each(tmp_path, fuzz.seeds("qemu-sector", QEMU_SECTORS)):
        outcome = fuzz.run_case(folder, fuzz.boot_sector(rng), "--qemu", "--display", "none")
        # QEMU's own start-up comes on top of the run's limit.
        assert outcome.seconds <= fuzz.RUN_BUDGET + 2, outcome.stderr
