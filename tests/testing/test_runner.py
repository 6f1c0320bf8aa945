"""`longmode runner`: cargo's runner. Real NASM kernels, laid out as cargo lays out
its executables (``target/<triple>/debug/deps/NAME-HASH`` for tests,
``target/<triple>/debug/NAME`` for `cargo run`), with a Cargo.toml above ``target``."""

from __future__ import annotations

import os
import select
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from kernel_sources import ARGS, BASIC_KERNELS

from support import LD, NASM, nasm_kernel

pytestmark = pytest.mark.skipif(
    NASM is None or LD is None, reason="needs nasm and GNU ld (installed by scripts/setup.sh)"
)
needs_qemu = pytest.mark.skipif(
    shutil.which("qemu-system-x86_64") is None, reason="needs qemu-system-x86_64"
)

KERNELS = {
    **BASIC_KERNELS,
    "args": ARGS,
    # "hi" on COM2 (only QEMU with -serial twice has it), then exits 0x10.
    "com2": """bits 64
global _start
section .text
_start:
    mov dx, 0x2F8
    mov al, 'h'
    out dx, al
    mov al, 'i'
    out dx, al
    mov al, 0x10
    out 0xF4, al
    cli
    hlt
""",
    # "ready" on COM1 and "Hi" on the screen, then spins until stopped.
    "ready": """bits 64
global _start
section .text
_start:
    mov rdi, 0xB8000
    mov dword [rdi], 0x07690748     ; "Hi"
    mov rsi, ready
    mov ecx, 5
    mov dx, 0x3F8
    rep outsb
.spin:
    jmp .spin
ready: db "ready"
""",
}

#: blog_os's own configuration (post-04 "Testing" onwards).
BLOG_OS = """[package.metadata.bootimage]
test-args = [
    "-device", "isa-debug-exit,iobase=0xf4,iosize=0x04", "-serial", "stdio",
    "-display", "none",
]
test-success-exit-code = 33 # (0x10 << 1) | 1
test-timeout = 300
"""


@pytest.fixture(scope="module")
def kernels(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    directory = tmp_path_factory.mktemp("runner-kernels")
    return {name: nasm_kernel(directory, name, source) for name, source in KERNELS.items()}


def _crate(root: Path, metadata: str = "") -> Path:
    """A crate folder with a Cargo.toml (``metadata`` appended) and cargo's target folders."""
    root.mkdir(parents=True, exist_ok=True)
    (root / "Cargo.toml").write_text(
        f'[package]\nname = "t"\nversion = "0.1.0"\nedition = "2021"\n\n{metadata}'
    )
    (root / "target" / "x86_64-foo" / "debug" / "deps").mkdir(parents=True, exist_ok=True)
    return root


def _test_exe(crate: Path, kernel: Path, name: str = "t-123") -> Path:
    """``kernel`` where cargo puts a test executable."""
    path = crate / "target" / "x86_64-foo" / "debug" / "deps" / name
    shutil.copy(kernel, path)
    return path


def _run_exe(crate: Path, kernel: Path, name: str = "kernel") -> Path:
    """``kernel`` where cargo puts the executable `cargo run` runs."""
    path = crate / "target" / "x86_64-foo" / "debug" / name
    shutil.copy(kernel, path)
    return path


def _environment(**extra: str) -> dict[str, str]:
    """Our environment without cargo's CARGO_MANIFEST_DIR (unless given)."""
    environment = {k: v for k, v in os.environ.items() if k != "CARGO_MANIFEST_DIR"}
    environment.update(extra)
    return environment


def runner(
    *args: str | Path, env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    """``python -m longmode runner ARGS``, as cargo runs it."""
    return subprocess.run(
        [sys.executable, "-m", "longmode", "runner", *map(str, args)],
        capture_output=True,
        text=True,
        env=env or _environment(),
        timeout=300,
    )


def _last_line(done: subprocess.CompletedProcess[str]) -> str:
    assert "Traceback" not in done.stderr
    return done.stderr.strip().splitlines()[-1]


# --- tests and runs ------------------------------------------------------------


def test_a_test_that_writes_0x10_to_the_exit_port_passes(
    tmp_path: Path, kernels: dict[str, Path]
) -> None:
    exe = _test_exe(_crate(tmp_path), kernels["success"])
    done = runner(exe)
    assert done.returncode == 0, done.stderr
    assert done.stdout == "ok"  # COM1; no screen for a test
    assert _last_line(done) == "longmode run: the guest exited with status 33"


def test_a_test_that_writes_0x11_fails_with_its_status_and_says_why(
    tmp_path: Path, kernels: dict[str, Path]
) -> None:
    exe = _test_exe(_crate(tmp_path), kernels["failure"])
    done = runner(exe)
    assert done.returncode == 35
    assert done.stdout == "ok"
    assert _last_line(done) == (
        "longmode runner: test t-123 failed: the guest exited with status 35, not 33 "
        "(the default test-success-exit-code)"
    )


def test_a_test_that_spins_times_out_at_test_timeout(
    tmp_path: Path, kernels: dict[str, Path]
) -> None:
    crate = _crate(tmp_path, "[package.metadata.bootimage]\ntest-timeout = 1\n")
    exe = _test_exe(crate, kernels["spin"])
    started = time.monotonic()
    done = runner(exe)
    assert time.monotonic() - started < 30
    assert done.returncode == 4
    assert "longmode run: timed out after 1 s at " in done.stderr
    assert _last_line(done) == (
        "longmode runner: test t-123 timed out: the guest did not exit within 1 s "
        f"(test-timeout in [package.metadata.bootimage] of {crate / 'Cargo.toml'})"
    )


def test_a_test_that_halts_counts_as_failure_1(tmp_path: Path, kernels: dict[str, Path]) -> None:
    exe = _test_exe(_crate(tmp_path), kernels["halt"])
    done = runner(exe)
    assert done.returncode == 1
    assert _last_line(done) == (
        "longmode runner: test t-123 failed: the CPU halted with interrupts disabled, and the "
        "guest did not exit through isa-debug-exit (status 0, which counts as failure 1)"
    )


def test_a_test_that_triple_faults_fails_with_the_fault_explained(
    tmp_path: Path, kernels: dict[str, Path]
) -> None:
    # Even when the success code is 3, the triple fault's own status.
    crate = _crate(tmp_path, "[package.metadata.longmode]\ntest-success-exit-code = 3\n")
    done = runner(_test_exe(crate, kernels["fault"]))
    assert done.returncode == 3
    assert "1. #PF page fault, error code 0x2" in done.stderr  # longmode run's explanation
    assert "Hint: no IDT is loaded" in done.stderr
    assert _last_line(done) == (
        "longmode runner: test t-123 failed: triple fault, and the guest did not exit "
        "through isa-debug-exit"
    )


def test_the_same_kernel_outside_deps_is_a_run_with_the_screen_and_the_guests_status(
    tmp_path: Path, kernels: dict[str, Path]
) -> None:
    crate = _crate(tmp_path)
    done = runner(_run_exe(crate, kernels["success"]))
    assert done.returncode == 33
    assert done.stdout.startswith("ok")
    assert "VGA!" in done.stdout  # the screen drawn at the end, as `longmode run` draws it
    assert "longmode runner" not in done.stderr
    test = runner(_test_exe(crate, kernels["success"]))
    assert test.returncode == 0 and "VGA!" not in test.stdout


def test_a_doctest_folder_holds_a_test(tmp_path: Path, kernels: dict[str, Path]) -> None:
    crate = _crate(tmp_path)
    folder = crate / "target" / "x86_64-foo" / "debug" / "rustdoctestAbC123"
    folder.mkdir()
    shutil.copy(kernels["success"], folder / "rust_out")
    done = runner(folder / "rust_out")
    assert done.returncode == 0, done.stderr


def test_a_run_stopped_by_ctrl_c_draws_the_screen_and_exits_130(
    tmp_path: Path, kernels: dict[str, Path]
) -> None:
    exe = _run_exe(_crate(tmp_path), kernels["ready"])
    process = subprocess.Popen(
        [sys.executable, "-m", "longmode", "runner", str(exe)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=_environment(),
    )
    assert process.stdout is not None
    seen = b""
    deadline = time.monotonic() + 60
    while b"ready" not in seen and time.monotonic() < deadline:  # the guest is running
        ready, _, _ = select.select([process.stdout], [], [], 1)
        if ready:
            seen += os.read(process.stdout.fileno(), 64)
    process.send_signal(signal.SIGINT)
    out, err = process.communicate(timeout=60)
    assert process.returncode == 130
    assert "Hi" in (seen + out).decode()  # the screen, drawn after the interruption
    assert "longmode run: interrupted by SIGINT at " in err.decode()


# --- the kernel's arguments and the runner's options ----------------------------


def test_the_arguments_after_the_executable_are_the_kernels_command_line(
    tmp_path: Path, kernels: dict[str, Path]
) -> None:
    exe = _test_exe(_crate(tmp_path), kernels["args"])
    done = runner(exe, "hello", "--filter", "a b")
    assert done.returncode == 0, done.stderr
    assert done.stdout == "hello --filter a b"


def test_runner_options_go_before_the_executable(tmp_path: Path, kernels: dict[str, Path]) -> None:
    exe = _run_exe(_crate(tmp_path), kernels["spin"])
    done = runner("--timeout", "1", "--display", "none", exe)
    assert done.returncode == 4
    assert _last_line(done).startswith("longmode run: timed out after 1 s at ")


def test_test_instructions_is_a_deterministic_limit(
    tmp_path: Path, kernels: dict[str, Path]
) -> None:
    crate = _crate(tmp_path, "[package.metadata.longmode]\ntest-instructions = 100000\n")
    done = runner(_test_exe(crate, kernels["spin"]))
    assert done.returncode == 4
    assert _last_line(done) == (
        "longmode runner: test t-123 timed out: the guest did not exit within 100000 "
        f"instructions (test-instructions in [package.metadata.longmode] of "
        f"{crate / 'Cargo.toml'})"
    )
    refused = runner("--fast", _test_exe(crate, kernels["spin"]))
    assert refused.returncode == 2
    assert _last_line(refused) == (
        f"longmode runner: {crate / 'Cargo.toml'}: [package.metadata.longmode] "
        "test-instructions: an instruction limit needs our machine in its deterministic "
        "mode (not --fast); remove it, or rely on test-timeout"
    )


# --- configuration ----------------------------------------------------------------


def test_blog_os_configuration_is_taken_as_it_is(tmp_path: Path, kernels: dict[str, Path]) -> None:
    exe = _test_exe(_crate(tmp_path, BLOG_OS), kernels["success"])
    done = runner(exe)
    assert done.returncode == 0, done.stderr


def test_longmodes_table_overrides_bootimages_key_by_key(
    tmp_path: Path, kernels: dict[str, Path]
) -> None:
    crate = _crate(
        tmp_path, BLOG_OS + "\n[package.metadata.longmode]\ntest-success-exit-code = 35\n"
    )
    assert runner(_test_exe(crate, kernels["failure"])).returncode == 0
    done = runner(_test_exe(crate, kernels["success"]))
    assert done.returncode == 33
    assert _last_line(done) == (
        "longmode runner: test t-123 failed: the guest exited with status 33, not 35 "
        f"(test-success-exit-code in [package.metadata.longmode] of {crate / 'Cargo.toml'})"
    )


def test_cargo_manifest_dir_is_preferred_to_the_folders_above_target(
    tmp_path: Path, kernels: dict[str, Path]
) -> None:
    beside = _crate(tmp_path / "beside")  # default: 33 passes
    named = _crate(
        tmp_path / "named", "[package.metadata.bootimage]\ntest-success-exit-code = 35\n"
    )
    exe = _test_exe(beside, kernels["failure"])
    assert runner(exe).returncode == 35
    assert runner(exe, env=_environment(CARGO_MANIFEST_DIR=str(named))).returncode == 0
    missing = runner(exe, env=_environment(CARGO_MANIFEST_DIR=str(tmp_path / "nowhere")))
    assert missing.returncode == 2
    assert _last_line(missing) == (
        f"longmode runner: {tmp_path / 'nowhere' / 'Cargo.toml'}: no such file: "
        "CARGO_MANIFEST_DIR must name the crate's folder, the one with its Cargo.toml"
    )


def test_the_search_for_cargo_toml_starts_above_target(
    tmp_path: Path, kernels: dict[str, Path]
) -> None:
    crate = _crate(tmp_path, "[package.metadata.bootimage]\ntest-success-exit-code = 35\n")
    decoy = crate / "target" / "x86_64-foo" / "Cargo.toml"  # inside target: not the crate's
    decoy.write_text("[package.metadata.bootimage]\ntest-timeout = -1\n")
    assert runner(_test_exe(crate, kernels["failure"])).returncode == 0


@pytest.mark.parametrize(
    ("metadata", "message"),
    [
        (
            "[package.metadata.bootimage]\ntest-timeout = -1\n",
            "[package.metadata.bootimage] test-timeout must be a positive number of seconds, "
            "at most a year, not -1",
        ),
        (
            '[package.metadata.bootimage]\ntest-timeout = "300"\n',
            "[package.metadata.bootimage] test-timeout must be a positive number of seconds, "
            'at most a year, not "300"',
        ),
        (
            "[package.metadata.longmode]\ntest-success-exit-code = 34\n",
            "[package.metadata.longmode] test-success-exit-code must be an exit status "
            "isa-debug-exit gives: an odd number from 1 to 255 ((value << 1) | 1, 33 for 0x10), "
            "not 34",
        ),
        (
            '[package.metadata.bootimage]\ntest-args = "-serial stdio"\n',
            "[package.metadata.bootimage] test-args must be a list of strings (QEMU arguments), "
            'not "-serial stdio"',
        ),
        (
            "[package.metadata.bootimage]\ntest-no-reboot = 1\n",
            "[package.metadata.bootimage] test-no-reboot must be true or false, not 1",
        ),
        (
            '[package.metadata.longmode]\nmachine = "bochs"\n',
            '[package.metadata.longmode] machine must be "ours" or "qemu", not "bochs"',
        ),
        (
            "[package.metadata.longmode]\ntest-instructions = 0\n",
            "[package.metadata.longmode] test-instructions must be a positive whole number of "
            "instructions, not 0",
        ),
        (
            "[package.metadata.bootimage]\ntest-instructions = 5\n",
            "[package.metadata.bootimage] has no key 'test-instructions'; it takes "
            "test-success-exit-code, test-timeout, test-args, run-args, test-no-reboot, "
            "build-command, run-command",
        ),
        (
            "[package.metadata.longmode]\ntest-timout = 5\n",
            "[package.metadata.longmode] has no key 'test-timout'; it takes "
            "test-success-exit-code, test-timeout, test-args, run-args, test-no-reboot, "
            "test-instructions, machine",
        ),
        (
            "[package.metadata]\nbootimage = 3\n",
            "[package.metadata.bootimage] must be a table, not 3",
        ),
    ],
)
def test_a_bad_value_is_refused_naming_the_file_and_the_key(
    tmp_path: Path, kernels: dict[str, Path], metadata: str, message: str
) -> None:
    crate = _crate(tmp_path, metadata)
    done = runner(_test_exe(crate, kernels["success"]))
    assert done.returncode == 2
    assert done.stdout == ""  # nothing booted
    assert done.stderr == f"longmode runner: {crate / 'Cargo.toml'}: {message}\n"


def test_a_cargo_toml_that_is_not_toml_is_refused(tmp_path: Path, kernels: dict[str, Path]) -> None:
    crate = _crate(tmp_path, "[package.metadata.bootimage\n")
    done = runner(_test_exe(crate, kernels["success"]))
    assert done.returncode == 2
    assert _last_line(done).startswith(f"longmode runner: {crate / 'Cargo.toml'}: not valid TOML: ")
    assert len(done.stderr.splitlines()) == 1


# --- QEMU arguments -----------------------------------------------------------------


def test_a_qemu_argument_our_machine_lacks_is_refused_naming_it(
    tmp_path: Path, kernels: dict[str, Path]
) -> None:
    crate = _crate(tmp_path, '[package.metadata.bootimage]\ntest-args = ["-smp", "2"]\n')
    done = runner(_test_exe(crate, kernels["success"]))
    assert done.returncode == 2
    assert done.stdout == ""
    assert done.stderr == (
        f"longmode runner: {crate / 'Cargo.toml'}: [package.metadata.bootimage] test-args: "
        "'-smp 2' is a QEMU argument our machine has no equivalent for (it takes -device "
        "isa-debug-exit,iobase=0xf4,iosize=0x04, -serial stdio, -display none, -no-reboot and "
        '-m SIZE, which it does anyway); run in QEMU instead (machine = "qemu" in '
        "[package.metadata.longmode], or `longmode runner --qemu`), or remove it\n"
    )


def test_run_args_are_checked_for_runs_and_test_args_for_tests(
    tmp_path: Path, kernels: dict[str, Path]
) -> None:
    crate = _crate(tmp_path, '[package.metadata.bootimage]\nrun-args = ["-nographic"]\n')
    assert runner(_test_exe(crate, kernels["success"])).returncode == 0
    done = runner(_run_exe(crate, kernels["success"]))
    assert done.returncode == 2
    assert "[package.metadata.bootimage] run-args: '-nographic' is a QEMU argument" in done.stderr


def test_the_exit_device_must_be_where_our_machine_has_it(
    tmp_path: Path, kernels: dict[str, Path]
) -> None:
    crate = _crate(
        tmp_path,
        '[package.metadata.bootimage]\ntest-args = ["-device", '
        '"isa-debug-exit,iobase=0x501,iosize=0x04"]\n',
    )
    done = runner(_test_exe(crate, kernels["success"]))
    assert done.returncode == 2
    assert done.stderr == (
        f"longmode runner: {crate / 'Cargo.toml'}: [package.metadata.bootimage] test-args: "
        "-device isa-debug-exit,iobase=0x501,iosize=0x04: isa-debug-exit must be at "
        "iobase=0xf4, where longmode's machines have it (and blog_os writes), not '0x501'\n"
    )


def test_dash_m_is_the_guests_memory(tmp_path: Path, kernels: dict[str, Path]) -> None:
    crate = _crate(tmp_path, '[package.metadata.bootimage]\ntest-args = ["-m", "1M"]\n')
    done = runner(_test_exe(crate, kernels["success"]))
    assert done.returncode == 2
    assert _last_line(done) == (
        f"longmode runner: {crate / 'Cargo.toml'}: [package.metadata.bootimage] test-args: "
        "-m must be a multiple of 64 KiB from 2 MiB to 1023 GiB (the CPU's physical address "
        "space), not 1M"
    )
    (crate / "Cargo.toml").write_text(
        '[package]\nname = "t"\n[package.metadata.bootimage]\ntest-args = ["-m", "64M"]\n'
    )
    assert runner(_test_exe(crate, kernels["success"])).returncode == 0


# --- QEMU -----------------------------------------------------------------------------


@needs_qemu
def test_with_qemu_a_test_passes_and_fails_as_in_our_machine(
    tmp_path: Path, kernels: dict[str, Path]
) -> None:
    crate = _crate(tmp_path, BLOG_OS)
    done = runner("--qemu", _test_exe(crate, kernels["success"]))
    assert done.returncode == 0, done.stderr
    assert done.stdout == "ok"
    assert _last_line(done) == "longmode run: QEMU: the guest exited with status 33"
    failed = runner("--qemu", _test_exe(crate, kernels["failure"]))
    assert failed.returncode == 35
    assert _last_line(failed).startswith(
        "longmode runner: test t-123 failed: the guest exited with status 35, not 33"
    )


@needs_qemu
def test_with_machine_qemu_the_other_arguments_go_to_qemu(
    tmp_path: Path, kernels: dict[str, Path]
) -> None:
    com2 = tmp_path / "com2.txt"
    crate = _crate(
        tmp_path / "crate",
        '[package.metadata.bootimage]\ntest-args = ["-serial", "stdio", '
        f'"-serial", "file:{com2}"]\n\n[package.metadata.longmode]\nmachine = "qemu"\n',
    )
    done = runner(_test_exe(crate, kernels["com2"]))
    assert done.returncode == 0, done.stderr
    assert com2.read_text() == "hi"  # COM2, which only the second -serial gives
    ours = runner("--machine", "ours", _test_exe(crate, kernels["com2"]))
    assert ours.returncode == 2
    assert f"'-serial file:{com2}' is a QEMU argument" in ours.stderr
