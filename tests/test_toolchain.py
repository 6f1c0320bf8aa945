"""Toolchain discovery, and what a user sees when there is none."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from longmode.toolchain import ToolchainMissing, find_toolchain

from support import KERNEL_CRATE, run_longmode


def test_a_usable_toolchain_is_found_on_this_machine() -> None:
    toolchain = find_toolchain()
    assert (toolchain.library / "core" / "Cargo.toml").is_file()
    assert toolchain.rustc.is_file() and toolchain.cargo.is_file()
    assert toolchain.linker.exists()
    environment = toolchain.environment()
    assert environment["RUSTC"] == str(toolchain.rustc)
    assert toolchain.nightly or environment["RUSTC_BOOTSTRAP"] == "1"


def test_empty_sysroot_gives_one_paragraph_with_install_commands_and_exit_2(
    tmp_path: Path,
) -> None:
    done = run_longmode("build", KERNEL_CRATE, "--toolchain", tmp_path)
    assert done.returncode == 2
    assert done.stdout == ""
    message = done.stderr.strip()
    assert "\n" not in message and "Traceback" not in message
    assert message.startswith(
        "longmode build: no Rust toolchain that can build a bare-metal kernel"
    )
    assert f"no rustc at {tmp_path}/bin/rustc" in message
    assert "rustup component add rust-src --toolchain nightly" in message
    assert "apt-get install rustc-web cargo-web rust-web-src" in message


def test_toolchain_environment_variable_names_the_only_candidate(tmp_path: Path) -> None:
    done = run_longmode("build", KERNEL_CRATE, env={"LONGMODE_TOOLCHAIN": str(tmp_path)})
    assert done.returncode == 2
    assert f"no rustc at {tmp_path}/bin/rustc" in done.stderr


def test_rustc_without_library_sources_is_named_as_the_missing_piece(tmp_path: Path) -> None:
    real = find_toolchain()
    (tmp_path / "bin").mkdir()
    os.symlink(real.rustc, tmp_path / "bin" / "rustc")
    os.symlink(real.cargo, tmp_path / "bin" / "cargo")
    with pytest.raises(ToolchainMissing) as caught:
        find_toolchain(tmp_path)
    assert f"no Rust library sources at {tmp_path}/lib/rustlib/src/rust/library" in str(
        caught.value
    )
    assert caught.value.exit_code == 2
