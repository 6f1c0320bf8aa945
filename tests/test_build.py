"""`longmode build`: the seed's kernel, really built with build-std."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import tomllib
from pathlib import Path

import pytest

from longmode.elf import KernelElf
from longmode.toolchain import find_toolchain
from longmode.toolchain.targetspec import reference_spec

from support import KERNEL_CRATE, ROOT, run_longmode


def test_build_passes_cargo_progress_through_and_prints_the_elf_path_last(
    seed_build: subprocess.CompletedProcess[str], seed_kernel: Path
) -> None:
    printed = Path(seed_build.stdout.strip().splitlines()[-1])
    assert printed.is_file() and seed_kernel.is_file()
    assert printed.parts[-3:] == ("x86_64-longmode", "debug", "seed-kernel")
    assert "Finished" in seed_build.stderr
    assert "Traceback" not in seed_build.stderr


def test_generated_target_spec_is_the_seeds_in_the_installed_rustcs_dialect(
    seed_kernel: Path,
) -> None:
    spec = json.loads((KERNEL_CRATE / "target/longmode/x86_64-longmode.json").read_text())
    reference = reference_spec(find_toolchain())
    assert spec["llvm-target"] == "x86_64-unknown-none"
    assert spec["data-layout"] == reference["data-layout"]
    assert spec["arch"] == "x86_64"
    assert spec["os"] == "none"
    assert spec["executables"] is True
    assert spec["panic-strategy"] == "abort"
    assert spec["disable-redzone"] is True
    assert spec["features"] == "-mmx,-sse,+soft-float"
    assert spec.get("rustc-abi") == reference.get("rustc-abi")
    assert Path(spec["linker"]).exists()


def test_seed_kernel_is_linked_at_1_mib_with_start_as_entry(seed_kernel: Path) -> None:
    kernel = KernelElf.load(seed_kernel)
    start = [s for s in kernel.symbols if s.name == "_start"]
    assert kernel.elf_type == "ET_EXEC"
    assert len(start) == 1 and kernel.entry == start[0].address == 0x100000
    assert min(s.paddr for s in kernel.segments) == 0x100000
    assert all(s.vaddr == s.paddr for s in kernel.segments)


def test_seed_kernel_carries_the_greeting_and_no_unwinding(seed_kernel: Path) -> None:
    kernel = KernelElf.load(seed_kernel)
    loaded = b"".join(kernel.data[s.offset : s.offset + s.filesz] for s in kernel.segments)
    assert b"Hello World!" in loaded
    names = {s.raw_name for s in kernel.symbols}
    assert not {n for n in names if "eh_personality" in n or "_Unwind_" in n}
    # Demangled (legacy or v0 mangling, whichever the rustc uses).
    assert {"<seed_kernel::serial::Com1>::init", "seed_kernel::serial::Com1::init"} & {
        s.name for s in kernel.symbols
    }


def test_kernel_crate_aborts_on_panic_in_every_profile(seed_kernel: Path) -> None:
    # The target spec aborts for every profile; the profiles say nothing, as a
    # `panic = "abort"` there breaks `cargo test` with build-std (rust-lang/cargo#7359).
    spec = json.loads((KERNEL_CRATE / "target/longmode/x86_64-longmode.json").read_text())
    assert spec["panic-strategy"] == "abort"
    manifest = tomllib.loads((KERNEL_CRATE / "Cargo.toml").read_text())
    assert all(p.get("panic", "abort") == "abort" for p in manifest.get("profile", {}).values())
    main = (KERNEL_CRATE / "src/main.rs").read_text()
    for attribute in ("#![no_std]", "#![no_main]", "#[panic_handler]", "#[no_mangle]"):
        assert attribute in main
    assert 'pub extern "C" fn _start() -> !' in main


def test_build_of_a_directory_without_cargo_toml_is_a_clean_error(tmp_path: Path) -> None:
    done = run_longmode("build", tmp_path)
    assert done.returncode == 2
    assert done.stderr.strip() == (
        f"longmode build: {tmp_path}: no Cargo.toml, so not a kernel crate"
    )


def test_panic_handler_reports_message_and_location_on_com1_and_screen(
    panicking_kernel: Path,
) -> None:
    done = run_longmode("run", panicking_kernel, "--timeout", "60")
    assert done.returncode == 0, done.stderr  # halted after the report
    com1, _, screen = done.stdout.partition("\n\n")
    assert com1.splitlines() == [
        "Hello World!",
        f"panicked at src/main.rs:{_panic_line()}:5:",
        "the panic-demo feature asked for a panic",
    ]
    assert "panicked at src/main.rs" in screen
    assert "<seed_kernel::halt" in done.stderr


def _panic_line() -> int:
    source = (KERNEL_CRATE / "src/main.rs").read_text().splitlines()
    return next(i for i, line in enumerate(source, 1) if "panic!(" in line)


ALLOC_CRATE = ROOT / "tests" / "crates" / "alloc_kernel"


@pytest.fixture(scope="module")
def alloc_build(tmp_path_factory: pytest.TempPathFactory) -> subprocess.CompletedProcess[str]:
    """`longmode build` of a copy of tests/crates/alloc_kernel (its own vendor/ folder,
    Debian's spin, `extern crate alloc`)."""
    crate = tmp_path_factory.mktemp("crates") / "alloc_kernel"
    shutil.copytree(ALLOC_CRATE, crate, ignore=shutil.ignore_patterns("target", "Cargo.lock"))
    return run_longmode("build", crate)


def test_build_takes_crates_offline_and_builds_alloc_for_a_crate_that_uses_it(
    alloc_build: subprocess.CompletedProcess[str],
) -> None:
    done = alloc_build
    assert done.returncode == 0, done.stderr
    said = [line for line in done.stderr.splitlines() if line.startswith("longmode build: ")]
    assert said[0].startswith("longmode build: rustc ")  # which toolchain, and why
    assert "the first usable" in said[0]
    assert "the crate's vendor folder (1)" in said[1] and "Debian's packaged crates" in said[1]
    assert said[1].endswith("build-std: core,compiler_builtins, alloc")
    ran = run_longmode("run", done.stdout.split()[-1], "--display", "none")
    assert ran.returncode == 33, ran.stderr
    # Box and Vec on the heap, spin's Mutex around it, the vendored crate's constant
    assert ran.stdout == "box=42 squares=100 sum=338350 heap_used=808\n"


BOOTLOADER_API_CRATE = ROOT / "tests" / "crates" / "bootloader_api_kernel"


def test_a_bootloader_api_kernel_builds_for_rustcs_own_target_and_boots_in_both_machines(
    tmp_path: Path,
) -> None:
    """tests/crates/bootloader_api_kernel: `[build] target = "x86_64-unknown-none"` (a
    target built into rustc, not a spec file), so a static PIE with hundreds of
    relocations, started by bootloader 0.11's protocol (its config section found)."""
    crate = tmp_path / "bootloader_api_kernel"
    shutil.copytree(
        BOOTLOADER_API_CRATE, crate, ignore=shutil.ignore_patterns("target", "Cargo.lock")
    )
    done = run_longmode("build", crate)
    assert done.returncode == 0, done.stderr
    assert "longmode build: target: x86_64-unknown-none (built into rustc" in done.stderr
    kernel = Path(done.stdout.split()[-1])
    assert kernel.parent.parent.name == "x86_64-unknown-none"
    assert KernelElf.load(kernel).elf_type == "ET_DYN"
    report = [
        "Hello from a bootloader_api 0.11 kernel!",
        "api 0.11.16",
        "relocated: kernel at 0x10000000000",
    ]
    for extra in ([], ["--qemu"]) if shutil.which("qemu-system-x86_64") else ([],):
        ran = run_longmode("run", kernel, "--display", "none", *extra)
        assert ran.returncode == 33, ran.stdout + ran.stderr
        lines = ran.stdout.splitlines()
        assert lines[:3] == report
        assert "framebuffer 1280x720, 3 bytes per pixel, stride 1280, Bgr" in lines
        assert lines[-1] == "checks: ok"
    # reports name the PIE's functions where it runs (its symbols slid by its base)
    stopped = run_longmode("run", kernel, "--display", "none", "--max-instructions", "1500000")
    assert stopped.returncode == 4, stopped.stderr
    assert re.search(r"instructions without finishing, at 0x100000[0-9a-f]{5} <\S", stopped.stderr)


def test_a_kernel_without_alloc_is_built_without_it(
    seed_build: subprocess.CompletedProcess[str], tmp_path: Path
) -> None:
    # The seed kernel's library has a heap (`extern crate alloc`): a crate of its own.
    assert "; build-std: core,compiler_builtins, alloc\n" in seed_build.stderr
    crate = tmp_path / "no_alloc"
    (crate / "src").mkdir(parents=True)
    (crate / "Cargo.toml").write_text(
        '[package]\nname = "no-alloc"\nversion = "0.1.0"\nedition = "2021"\n'
    )
    (crate / "src" / "main.rs").write_text(
        "#![no_std]\n#![no_main]\n\n"
        '#[no_mangle]\npub extern "C" fn _start() -> ! {\n    loop {}\n}\n\n'
        "#[panic_handler]\nfn panic(_: &core::panic::PanicInfo) -> ! {\n    loop {}\n}\n"
    )
    # In the seed kernel's target folder, where `core` is built already.
    done = run_longmode("build", crate, env={"CARGO_TARGET_DIR": str(KERNEL_CRATE / "target")})
    assert done.returncode == 0, done.stderr
    assert "; build-std: core,compiler_builtins\n" in done.stderr


def test_a_crate_that_no_source_has_gets_the_ways_to_provide_it(tmp_path: Path) -> None:
    (tmp_path / "src").mkdir()
    (tmp_path / "src" / "main.rs").write_text("#![no_std]\n#![no_main]\n")
    (tmp_path / "Cargo.toml").write_text(
        '[package]\nname = "k"\nversion = "0.1.0"\nedition = "2021"\n\n'
        '[dependencies]\nno-such-crate-for-longmode = "1"\n'
    )
    done = run_longmode("build", tmp_path)
    assert done.returncode == 1, done.stderr
    message = done.stderr.strip().splitlines()[-1]
    assert "no source has the crate 'no-such-crate-for-longmode'" in message
    assert "cargo vendor" in message and "librust-no-such-crate-for-longmode-dev" in message
    assert "rustup toolchain install nightly" in message
    assert "Traceback" not in done.stderr
