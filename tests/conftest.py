"""Shared fixtures: kernels really built once per test session."""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

import pytest

from longmode.toolchain import BuildRequest, build_kernel, find_toolchain, seed_target_spec

from support import KERNEL_CRATE, run_longmode


@pytest.fixture(scope="session")
def seed_build() -> subprocess.CompletedProcess[str]:
    """``longmode build kernel``, run once: the seed's kernel, debug profile."""
    done = run_longmode("build", KERNEL_CRATE)
    assert done.returncode == 0, done.stderr
    return done


def _keep(built: Path, factory: pytest.TempPathFactory, name: str) -> Path:
    """A copy of a kernel just built: builds with other features reuse cargo's output path."""
    copy = factory.mktemp("kernels") / name
    shutil.copy2(built, copy)
    return copy


@pytest.fixture(scope="session")
def seed_kernel(
    seed_build: subprocess.CompletedProcess[str], tmp_path_factory: pytest.TempPathFactory
) -> Path:
    """The seed kernel's ELF, as `longmode build` reported it (a copy of it)."""
    return _keep(Path(seed_build.stdout.strip().splitlines()[-1]), tmp_path_factory, "seed-kernel")


@pytest.fixture(scope="session")
def careless_spec(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The seed's spec with the red zone and SSE allowed, as a careless kernel author writes it."""
    spec = seed_target_spec(find_toolchain())
    spec["disable-redzone"] = False
    spec["features"] = "+sse,+sse2"
    spec.pop("rustc-abi", None)
    path = tmp_path_factory.mktemp("spec") / "x86_64-careless.json"
    path.write_text(json.dumps(spec, indent=4))
    return path


@pytest.fixture(scope="session")
def careless_kernel(careless_spec: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The seed kernel plus its lint bait, built with red zone and SSE on."""
    built = build_kernel(
        BuildRequest(KERNEL_CRATE, release=True, features=["lint-bait"], target_spec=careless_spec)
    )
    return _keep(built, tmp_path_factory, "careless-kernel")


@pytest.fixture(scope="session")
def careful_bait_kernel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The same sources (lint bait included) built with the seed's own spec."""
    built = build_kernel(BuildRequest(KERNEL_CRATE, release=True, features=["lint-bait"]))
    return _keep(built, tmp_path_factory, "careful-bait-kernel")


@pytest.fixture(scope="session")
def panicking_kernel(seed_kernel: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The seed kernel with the panic-demo feature: it panics after its greeting."""
    built = build_kernel(BuildRequest(KERNEL_CRATE, features=["panic-demo"]))
    return _keep(built, tmp_path_factory, "panicking-kernel")
