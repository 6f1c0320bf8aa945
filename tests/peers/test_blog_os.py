"""The blog_os peer (shared/peers/blog_os: phil-opp's kernel, post-12, with its own
test suite) built by its build.sh and tested as its readers do, with `cargo test`
and `cargo run` — through `runner = "longmode runner"` instead of bootimage's."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from support import ROOT

#: The peer kit: $LONGMODE_BLOG_OS, else shared/peers/blog_os beside the checkout.
PEER = Path(os.environ.get("LONGMODE_BLOG_OS") or ROOT.parent / "shared" / "peers" / "blog_os")
CARGO = shutil.which("cargo", path="/usr/bin")
pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(
        not (PEER / "build.sh").is_file(),
        reason=f"no blog_os peer at {PEER} (set LONGMODE_BLOG_OS to the kit's folder)",
    ),
    pytest.mark.skipif(
        CARGO is None, reason="needs Debian's cargo (installed by scripts/setup.sh)"
    ),
]
#: Its six test executables: the lib's and the kernel's unit tests, four integration tests.
TESTS = ("blog_os", "blog_os", "basic_boot", "heap_allocation", "should_panic", "stack_overflow")


def _environment(dest: Path) -> dict[str, str]:
    """As the peer's README says: Debian's cargo and rustc first on PATH, then this
    longmode (the runner cargo calls)."""
    env = dict(os.environ)
    for name in ("RUSTUP_TOOLCHAIN", "RUSTFLAGS", "CARGO_TARGET_DIR", "CARGO_BUILD_TARGET"):
        env.pop(name, None)
    env["PATH"] = os.pathsep.join(["/usr/bin", str(Path(sys.executable).parent), env["PATH"]])
    env["RUSTC_BOOTSTRAP"] = "1"
    env["CARGO_HOME"] = str(dest / ".cargo-home")
    return env


@pytest.fixture(scope="module")
def blog_os(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """blog_os built by its build.sh with `longmode runner` as cargo's runner."""
    dest = tmp_path_factory.mktemp("blog_os")
    env = _environment(dest) | {"BLOGOS_RUNNER": "longmode runner"}
    done = subprocess.run(
        ["bash", str(PEER / "build.sh"), str(dest)], env=env, capture_output=True, text=True
    )
    assert done.returncode == 0, done.stderr[-3000:]
    return dest


def _cargo(dest: Path, *args: str) -> subprocess.CompletedProcess[str]:
    assert CARGO is not None
    return subprocess.run(
        [CARGO, *args],
        cwd=dest / "blog_os",
        env=_environment(dest),
        capture_output=True,
        text=True,
        timeout=900,
    )


def test_cargo_test_passes_every_test_binary(blog_os: Path) -> None:
    done = _cargo(blog_os, "test")
    output = done.stdout + done.stderr
    assert done.returncode == 0, output[-4000:]
    ran = re.findall(
        r"Running (?:unittests )?\S+ \(target/x86_64-blog_os/debug/deps/(\w+)-", output
    )
    assert sorted(ran) == sorted(TESTS)
    assert "[failed]" not in output
    for test in (
        "blog_os::vga_buffer::test_println_output",
        "blog_os::interrupts::test_breakpoint_exception",
        "heap_allocation::many_boxes_long_lived",
        "should_panic::should_fail",
        "stack_overflow::stack_overflow",
    ):
        assert re.search(rf"^{re.escape(test)}\.\.\.\s+\[ok\]$", output, re.M), test


def test_a_broken_test_fails_cargo_test(blog_os: Path) -> None:
    source = blog_os / "blog_os" / "tests" / "basic_boot.rs"
    original = source.read_text()
    source.write_text(original + "\n#[test_case]\nfn broken() {\n    assert_eq!(1 + 1, 3);\n}\n")
    try:
        done = _cargo(blog_os, "test", "--test", "basic_boot")
    finally:
        source.write_text(original)
    output = done.stdout + done.stderr
    assert done.returncode != 0
    assert "basic_boot::broken...\t[failed]" in output
    assert "longmode runner: test basic_boot-" in output  # the runner's verdict
    assert "failed: the guest exited with status 35, not 33" in output


def test_cargo_run_boots_the_kernel_to_its_screen(blog_os: Path) -> None:
    # blog_os runs its executor forever: an instruction limit ends it (at the same
    # point in every run, unlike a time limit), with the screen drawn
    limit = "--max-instructions 5000000 --display end"
    done = _cargo(
        blog_os, "--config", f'target.x86_64-blog_os.runner="longmode runner {limit}"', "run"
    )
    assert done.returncode == 4, done.stderr[-3000:]  # the limit
    lines = done.stdout.splitlines()
    assert "Hello World!" in lines and "async number: 42" in lines


def test_longmode_test_builds_and_runs_them_in_worker_processes(blog_os: Path) -> None:
    done = subprocess.run(
        [sys.executable, "-m", "longmode", "test", str(blog_os / "blog_os")],
        env=_environment(blog_os),
        capture_output=True,
        text=True,
        timeout=900,
    )
    assert done.returncode == 0, done.stdout[-3000:] + done.stderr[-3000:]
    assert "running 6 test kernels from " in done.stdout
    names = re.findall(r"^test (.+?) \.\.\. ok \(", done.stdout, re.M)
    assert sorted(names) == sorted(
        ["blog_os (lib)", "blog_os (bin)", *(t for t in TESTS if t != "blog_os")]
    )
    assert "test result: ok. 6 passed; 0 failed;" in done.stdout


def test_cargo_test_passes_with_longmodes_own_linker(blog_os: Path) -> None:
    # rustc links every test kernel with longmode-ld instead of rust-lld (last in
    # this file: the tests above use rust-lld)
    linker = Path(sys.executable).parent / "longmode-ld"
    done = _cargo(
        blog_os, "--config", f'target.x86_64-blog_os.linker="{linker}"', "test", "--tests"
    )
    output = done.stdout + done.stderr
    assert done.returncode == 0, output[-4000:]
    ran = re.findall(
        r"Running (?:unittests )?\S+ \(target/x86_64-blog_os/debug/deps/(\w+)-", output
    )
    assert sorted(ran) == sorted(TESTS)
    assert "[failed]" not in output and output.count("[ok]") == 12
    deps = blog_os / "blog_os" / "target" / "x86_64-blog_os" / "debug" / "deps"
    (kernel,) = [p for p in deps.glob("basic_boot-*") if p.suffix == ""]
    assert b"Linker: LLD" not in kernel.read_bytes()  # rust-lld marks its outputs; longmode not
