"""`longmode new`: projects that build, boot and pass their own tests — real builds
with Debian's cargo, gcc, make and ld, booted in our machine. One project per
language is built per module (a Rust build takes ~30 s)."""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

from longmode.boot import bootinfo
from longmode.cli import parser
from longmode.toolchain import ToolchainMissing, find_toolchain, seed_target_spec

from support import ROOT, run_longmode

CARGO = shutil.which("cargo", path="/usr/bin")
MAKE, GCC, LD = shutil.which("make"), shutil.which("gcc"), shutil.which("ld")
needs_cargo = pytest.mark.skipif(
    CARGO is None, reason="needs Debian's cargo (installed by scripts/setup.sh)"
)
needs_make = pytest.mark.skipif(
    MAKE is None or LD is None or GCC is None, reason="needs make, gcc and GNU ld"
)


def _has_toolchain() -> bool:
    try:
        find_toolchain()
    except ToolchainMissing:
        return False
    return True


needs_toolchain = pytest.mark.skipif(
    not _has_toolchain(), reason="needs a Rust toolchain with library sources (scripts/setup.sh)"
)
#: The test kernels' success: 0x10 written to isa-debug-exit.
SUCCESS = 33


def _environment() -> dict[str, str]:
    """As the generated README says: Debian's cargo and rustc first on PATH, then
    this longmode (the runner cargo and make call), and RUSTC_BOOTSTRAP=1."""
    env = dict(os.environ)
    for name in ("RUSTUP_TOOLCHAIN", "RUSTFLAGS", "CARGO_TARGET_DIR", "CARGO_BUILD_TARGET"):
        env.pop(name, None)
    env["PATH"] = os.pathsep.join(["/usr/bin", str(Path(sys.executable).parent), env["PATH"]])
    env["RUSTC_BOOTSTRAP"] = "1"
    return env


def _run(command: list[str | Path], cwd: Path) -> subprocess.CompletedProcess[str]:
    """``command`` in ``cwd``; cargo keeps its own files beside the project."""
    env = _environment() | {"CARGO_HOME": str(cwd.parent / ".cargo-home")}
    return subprocess.run(
        [str(part) for part in command],
        cwd=cwd,
        env=env,
        capture_output=True,
        text=True,
        timeout=900,
    )


def _longmode(
    cwd: Path, *args: str | Path, cargo_home: Path | None = None
) -> subprocess.CompletedProcess[str]:
    env = _environment() | ({"CARGO_HOME": str(cargo_home)} if cargo_home else {})
    return run_longmode(*args, env=env, cwd=cwd)


def _tree(folder: Path) -> dict[str, bytes]:
    return {str(p.relative_to(folder)): p.read_bytes() for p in folder.rglob("*") if p.is_file()}


# --- making projects (no builds) ---------------------------------------------------


@pytest.mark.parametrize("lang", [pytest.param("rust", marks=needs_toolchain), "c", "asm"])
def test_new_makes_a_complete_project_with_the_name_filled_in(tmp_path: Path, lang: str) -> None:
    done = _longmode(tmp_path, "new", "my-kernel", "--lang", lang)
    assert done.returncode == 0, done.stderr
    folder = tmp_path / "my-kernel"
    assert done.stdout.startswith("created my-kernel: ")
    files = _tree(folder)
    assert {"README.md", ".gitignore"} <= files.keys()
    for name, content in files.items():
        assert b"{{" not in content, name  # every placeholder filled in
    readme = files["README.md"].decode()
    assert readme.startswith("# my-kernel\n")
    for words in ("## Build", "## Run", "## Test", "## Debug", "longmode debug", "--gdb"):
        assert words in readme
    # nothing left beside it: the staging folder was renamed
    assert sorted(p.name for p in tmp_path.iterdir()) == ["my-kernel"]


@needs_toolchain
def test_a_rust_project_is_configured_for_plain_cargo(tmp_path: Path) -> None:
    assert _longmode(tmp_path, "new", "demo-kernel").returncode == 0
    folder = tmp_path / "demo-kernel"
    assert {"Cargo.toml", "build.rs", "linker.ld", "src/main.rs", "src/lib.rs"} <= set(
        _tree(folder)
    )
    assert (folder / "tests" / "basic_boot.rs").is_file()
    manifest = tomllib.loads((folder / "Cargo.toml").read_text())
    assert manifest["package"]["name"] == "demo-kernel"
    assert manifest["package"]["metadata"]["bootimage"]["test-success-exit-code"] == SUCCESS
    lib = (folder / "src" / "lib.rs").read_text()
    for attribute in (
        "#![feature(custom_test_frameworks)]",
        "#![test_runner(crate::test_runner)]",
        '#![reexport_test_harness_main = "test_main"]',
    ):
        assert attribute in lib
    assert "demo_kernel::test_runner" in (folder / "tests" / "basic_boot.rs").read_text()

    toolchain = find_toolchain()
    config = tomllib.loads((folder / ".cargo" / "config.toml").read_text())
    assert config["build"]["target"] == "x86_64-longmode.json"
    assert config["unstable"]["build-std"] == ["core", "compiler_builtins"]
    assert config["unstable"]["build-std-features"] == ["compiler-builtins-mem"]
    assert config["target"]['cfg(target_os = "none")']["runner"] == "longmode runner"
    if toolchain.vendor is not None:  # Debian's: no registry
        assert config["net"]["offline"] is True
        replacement = config["source"]["crates-io"]["replace-with"]
        assert config["source"][replacement]["directory"] == str(toolchain.vendor)
    spec = json.loads((folder / "x86_64-longmode.json").read_text())
    assert spec == seed_target_spec(toolchain)
    if not toolchain.nightly:
        assert "RUSTC_BOOTSTRAP=1 cargo test" in (folder / "README.md").read_text()


def test_the_c_header_is_the_boot_protocols(tmp_path: Path) -> None:
    assert _longmode(tmp_path, "new", "k", "--lang", "c").returncode == 0
    header = (tmp_path / "k" / "src" / "longmode_boot.h").read_text()
    example = (ROOT / "examples" / "longmode_boot.h").read_text()
    # the same header, but for its first comment (the example's says a test compares it)
    assert header.split("*/", 1)[1] == example.split("*/", 1)[1]
    assert "Written by `longmode new`" in header.split("*/", 1)[0]


def test_the_asm_include_lays_out_the_boot_info_at_its_offsets(tmp_path: Path) -> None:
    assert _longmode(tmp_path, "new", "k", "--lang", "asm").returncode == 0
    include = (tmp_path / "k" / "src" / "longmode_boot.inc").read_text()
    source = tmp_path / "offsets.asm"
    names = list(bootinfo.OFFSETS)
    source.write_text(
        f'%include "{tmp_path / "k" / "src" / "longmode_boot.inc"}"\n'
        + "".join(f"dq longmode_boot_info.{name}\n" for name in names)
        + "dq longmode_boot_info_size, longmode_memory_region_size, LONGMODE_BOOT_MAGIC\n"
    )
    done = _longmode(tmp_path, "asm", "-f", "bin", source, "-o", tmp_path / "offsets.bin")
    assert done.returncode == 0, done.stderr
    values = memoryview((tmp_path / "offsets.bin").read_bytes()).cast("Q").tolist()
    assert values == [
        *(bootinfo.OFFSETS[name] for name in names),
        bootinfo.STRUCT_SIZE,
        bootinfo.ENTRY_SIZE,
        bootinfo.MAGIC,
    ]
    assert "LONGMODE_MEMORY_USABLE equ 0x1" in include


def test_an_existing_folder_that_is_not_empty_is_refused_and_left_alone(tmp_path: Path) -> None:
    folder = tmp_path / "demo"
    folder.mkdir()
    (folder / "notes.txt").write_text("mine")
    done = _longmode(tmp_path, "new", "demo", "--lang", "c")
    assert done.returncode == 2
    assert done.stderr == (
        "longmode new: demo: the folder exists and is not empty; `longmode new` makes a new "
        "project and never writes into one (choose another name, or empty the folder)\n"
    )
    assert _tree(folder) == {"notes.txt": b"mine"}
    assert sorted(p.name for p in tmp_path.iterdir()) == ["demo"]


def test_an_existing_empty_folder_becomes_the_project(tmp_path: Path) -> None:
    (tmp_path / "demo").mkdir()
    assert _longmode(tmp_path, "new", "demo", "--lang", "asm").returncode == 0
    assert (tmp_path / "demo" / "Makefile").is_file()


def test_a_file_in_the_way_is_refused(tmp_path: Path) -> None:
    (tmp_path / "demo").write_text("a file")
    done = _longmode(tmp_path, "new", "demo", "--lang", "c")
    assert done.returncode == 2
    assert re.fullmatch(r"longmode new: demo: the project's folder must be new, .*\n", done.stderr)
    assert (tmp_path / "demo").read_text() == "a file"


def test_the_folder_above_must_exist(tmp_path: Path) -> None:
    done = _longmode(tmp_path, "new", "missing/demo", "--lang", "c")
    assert done.returncode == 2
    assert done.stderr.startswith("longmode new: missing/demo: the folder to make it in must exist")
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize("name", [".", "..", "work/.."])
def test_name_must_name_a_new_folder(tmp_path: Path, name: str) -> None:
    (tmp_path / "work").mkdir()
    done = _longmode(tmp_path / "work", "new", name, "--lang", "c")
    assert done.returncode == 2
    assert done.stderr == (
        f"longmode new: {name}: NAME must name the project's new folder (`longmode new demo`)\n"
    )
    assert list(tmp_path.iterdir()) == [tmp_path / "work"]


def test_the_current_folder_is_refused_even_when_empty(tmp_path: Path) -> None:
    (tmp_path / "demo").mkdir()
    done = _longmode(tmp_path / "demo", "new", "../demo", "--lang", "c")
    assert done.returncode == 2
    assert "NAME must be a new folder, not the current one" in done.stderr
    assert list((tmp_path / "demo").iterdir()) == []


def test_a_project_can_be_made_in_another_folder(tmp_path: Path) -> None:
    (tmp_path / "work").mkdir()
    done = _longmode(tmp_path, "new", "work/kernel-one", "--lang", "c")
    assert done.returncode == 0, done.stderr
    assert "NAME     := kernel-one" in (tmp_path / "work" / "kernel-one" / "Makefile").read_text()


@pytest.mark.parametrize(
    ("name", "message"),
    [
        ("9lives", "'9lives': a project's name must be a valid crate name: an ASCII letter"),
        ("my kernel", "'my kernel': a project's name must be a valid crate name"),
        ("kernel.v2", "'kernel.v2': a project's name must be a valid crate name"),
        ("ké", "'ké': a project's name must be a valid crate name"),
        ("a" * 65, f"'{'a' * 65}': a project's name must be a valid crate name"),
        ("fn", "fn: a project's name must not be a Rust keyword"),
        ("self", "self: a project's name must not be a Rust keyword"),
        ("core", "core: a project's name must not be one of Rust's library crates"),
        ("compiler-builtins", "compiler-builtins: a project's name must not be one of Rust's"),
        ("deps", "deps: a project's name must not be one of Rust's library crates (core, std, "),
    ],
)
def test_a_name_that_is_not_a_valid_crate_name_is_refused(
    tmp_path: Path, name: str, message: str
) -> None:
    done = _longmode(tmp_path, "new", name, "--lang", "c")  # the same rule for every language
    assert done.returncode == 2
    assert done.stderr.startswith(f"longmode new: {message}"), done.stderr
    assert len(done.stderr.splitlines()) == 1
    assert list(tmp_path.iterdir()) == []


def test_a_rust_project_needs_a_toolchain_and_says_which_is_missing(tmp_path: Path) -> None:
    done = _longmode(tmp_path, "new", "demo", "--toolchain", tmp_path / "nowhere")
    assert done.returncode == 2
    assert "no Rust toolchain that can build a bare-metal kernel was found" in done.stderr
    assert list(tmp_path.iterdir()) == []


def test_a_failure_half_way_leaves_nothing_behind(tmp_path: Path) -> None:
    # A toolchain that discovery takes but whose rustc cannot print its target spec:
    # the project's staging folder already holds the templates when that fails.
    fake = tmp_path / "toolchain"
    (fake / "bin").mkdir(parents=True)
    (fake / "lib/rustlib/src/rust/library/core").mkdir(parents=True)
    (fake / "lib/rustlib/src/rust/library/core/Cargo.toml").write_text("")
    (fake / "bin" / "rustc").write_text(
        '#!/bin/sh\n[ "$1" = --version ] && echo "rustc 1.0.0-nightly" && exit 0\n'
        "echo 'no such target' >&2\nexit 1\n"
    )
    (fake / "bin" / "cargo").write_text("#!/bin/sh\nexit 0\n")
    for tool in ("rustc", "cargo"):
        (fake / "bin" / tool).chmod(0o755)
    work = tmp_path / "work"
    work.mkdir()
    done = _longmode(work, "new", "demo", "--toolchain", fake)
    if "no working rust-lld or ld.lld linker" in done.stderr:
        pytest.skip("needs rust-lld or ld.lld on PATH")
    assert done.returncode == 2
    assert "could not print its x86_64-unknown-none target spec" in done.stderr
    assert list(work.iterdir()) == []


def test_an_unknown_language_is_a_usage_error(tmp_path: Path) -> None:
    done = _longmode(tmp_path, "new", "demo", "--lang", "go")
    assert done.returncode == 2
    assert "invalid choice: 'go'" in done.stderr
    assert list(tmp_path.iterdir()) == []


# --- the Rust project, built and tested with cargo -----------------------------------


@pytest.fixture(scope="module")
def rust_project(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """`longmode new demo` (rust), not built yet."""
    home = tmp_path_factory.mktemp("rust")
    done = _longmode(home, "new", "demo")
    assert done.returncode == 0, done.stderr
    return home / "demo"


@pytest.fixture(scope="module")
def cargo_test(rust_project: Path) -> subprocess.CompletedProcess[str]:
    """`cargo test` in it, run once: it builds core and every test kernel."""
    assert CARGO is not None
    return _run([CARGO, "test"], rust_project)


@pytest.mark.slow
@needs_cargo
@needs_toolchain
def test_cargo_test_boots_the_unit_and_integration_tests_in_our_machine(
    cargo_test: subprocess.CompletedProcess[str],
) -> None:
    output = cargo_test.stdout + cargo_test.stderr
    assert cargo_test.returncode == 0, output[-4000:]
    ran = re.findall(
        r"Running (?:unittests )?(\S+) \(target/x86_64-longmode/debug/deps/(\w+)-", output
    )
    assert ran == [
        ("src/lib.rs", "demo"),
        ("src/main.rs", "demo"),
        ("tests/basic_boot.rs", "basic_boot"),
    ]
    for test in (
        "demo::tests::trivial_assertion",
        "demo::vga::tests::color_code_puts_the_background_in_the_high_nibble",
        "demo::vga::tests::writer_puts_characters_and_colour_on_the_screen",
        "demo::vga::tests::many_lines_scroll_instead_of_running_off_the_screen",
        "demo::tests::the_greeting_is_hello_world",
        "basic_boot::the_greeting_shows_on_the_screen",
    ):
        assert re.search(rf"^{re.escape(test)}\.\.\.\t\[ok\]$", output, re.M), test
    assert output.count("longmode run: the guest exited with status 33") == 3
    assert "[failed]" not in output


@pytest.mark.slow
@needs_cargo
@needs_toolchain
def test_a_failing_test_case_fails_cargo_test_with_the_panic_message(
    rust_project: Path, cargo_test: subprocess.CompletedProcess[str]
) -> None:
    assert CARGO is not None
    source = rust_project / "tests" / "basic_boot.rs"
    original = source.read_text()
    source.write_text(original + "\n#[test_case]\nfn broken() {\n    assert_eq!(1 + 1, 3);\n}\n")
    try:
        done = _run([CARGO, "test", "--test", "basic_boot"], rust_project)
    finally:
        source.write_text(original)
    output = done.stdout + done.stderr
    assert done.returncode != 0
    assert "basic_boot::broken...\t[failed]" in output
    assert "Error: panicked at tests/basic_boot.rs:" in output
    assert "failed: the guest exited with status 35, not 33" in output


@pytest.mark.slow
@needs_cargo
@needs_toolchain
def test_cargo_run_boots_the_kernel_and_it_says_hello(
    rust_project: Path, cargo_test: subprocess.CompletedProcess[str]
) -> None:
    assert CARGO is not None
    runner = "longmode runner --max-instructions 5000000"
    config = f'target."cfg(target_os = \\"none\\")".runner="{runner}"'
    done = _run([CARGO, "--config", config, "run"], rust_project)
    assert done.returncode == 0, done.stderr[-3000:]  # it halts with interrupts off
    assert done.stdout.splitlines()[0] == "Hello World!"  # COM1
    assert "Hello World!" in done.stdout.splitlines()[1:]  # the screen, drawn at the end
    assert "the CPU halted at" in done.stderr


@pytest.mark.slow
@needs_cargo
@needs_toolchain
def test_longmode_build_builds_it_and_the_kernel_is_clean(
    rust_project: Path, cargo_test: subprocess.CompletedProcess[str]
) -> None:
    done = _longmode(rust_project, "build", cargo_home=rust_project.parent / ".cargo-home")
    assert done.returncode == 0, done.stderr
    kernel = Path(done.stdout.strip().splitlines()[-1])
    assert kernel == rust_project / "target" / "x86_64-longmode" / "debug" / "demo"
    check = _longmode(rust_project, "check", kernel)
    assert check.returncode == 0, check.stdout
    run = _longmode(rust_project, "run", "--display", "none", kernel)
    assert (run.returncode, run.stdout) == (0, "Hello World!\n")


# --- the C and assembly projects, built with make ----------------------------------


@pytest.fixture(scope="module", params=["c", "asm"])
def made(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """`longmode new kernel --lang c|asm`, then `make` and `make tests` in it."""
    lang = request.param
    home = tmp_path_factory.mktemp(lang)
    assert _longmode(home, "new", "kernel", "--lang", lang).returncode == 0
    folder = home / "kernel"
    assert MAKE is not None
    for target in ("all", "tests"):
        done = _run([MAKE, target], folder)
        assert done.returncode == 0, done.stdout + done.stderr
    return folder


@pytest.mark.slow
@needs_make
def test_make_builds_a_kernel_that_says_hello_and_is_clean(made: Path) -> None:
    kernel = made / "build" / "kernel.elf"
    done = _longmode(made, "run", kernel)
    assert done.returncode == 0, done.stderr  # it halts with interrupts off
    assert done.stdout.splitlines()[0] == "Hello World!"  # COM1, then the screen
    assert "Hello World!" in done.stdout.splitlines()[1:]
    check = _longmode(made, "check", kernel)
    assert check.returncode == 0, check.stdout


@pytest.mark.slow
@needs_make
def test_the_test_kernels_pass_when_booted(made: Path) -> None:
    kernels = sorted((made / "build" / "tests").glob("*.elf"))
    assert [k.name for k in kernels] == ["boot_info.elf", "console.elf"]
    for kernel in kernels:
        done = _longmode(made, "run", "--display", "none", "--timeout", "60", kernel)
        assert done.returncode == SUCCESS, done.stdout + done.stderr
        lines = done.stdout.splitlines()
        assert lines and all(re.fullmatch(r"\w+\.\.\.\t\[ok\]", line) for line in lines), lines


@pytest.mark.slow
@needs_make
def test_make_test_boots_each_test_kernel(made: Path) -> None:
    assert MAKE is not None
    done = _run([MAKE, "test"], made)
    assert done.returncode == 0, done.stdout + done.stderr
    assert done.stdout.rstrip().endswith("2 test kernels passed")


#: A test kernel whose one test fails, in each language.
BROKEN_C = """#include "testing.h"

static void one_is_two(const struct longmode_boot_info *info)
{
    (void)info;
    CHECK(1 == 2);
}

void _start(const struct longmode_boot_info *info)
{
    RUN_TEST(one_is_two, info);
    tests_passed();
}
"""
BROKEN_ASM = """bits 64
default rel
%include "console.inc"
%include "testing.inc"
global _start
section .text
_start:
    RUN_TEST one_is_two, 0
    jmp tests_passed
one_is_two:
    cmp rdi, 2
    CHECK e, "one is two"
    ret
"""


@pytest.mark.slow
@needs_make
def test_a_failing_check_exits_35_with_the_condition(made: Path) -> None:
    assert MAKE is not None
    c = (made / "src" / "kernel.c").exists()
    name = "broken.c" if c else "broken.asm"
    broken = made / "tests" / name
    broken.write_text(BROKEN_C if c else BROKEN_ASM)
    try:
        assert _run([MAKE, "tests"], made).returncode == 0
        done = _longmode(made, "run", "--display", "none", made / "build" / "tests" / "broken.elf")
    finally:
        broken.unlink()
        (made / "build" / "tests" / "broken.elf").unlink(missing_ok=True)
    assert done.returncode == 35
    assert done.stdout.startswith("one_is_two...\t[failed]\n\nError: ")
    assert ("CHECK(1 == 2) failed" if c else "one is two") in done.stdout


@pytest.mark.slow
@needs_make
def test_longmode_toml_is_the_convention_longmode_test_reads(made: Path) -> None:
    config = tomllib.loads((made / "longmode.toml").read_text())
    assert config == {
        "test": {
            "build": ["make", "tests"],
            "kernels": ["build/tests/*.elf"],
            "success-exit-code": SUCCESS,
            "timeout": 60,
        }
    }
    (action,) = [a for a in parser()._actions if a.dest == "command"]
    if "test" not in action.choices:  # type: ignore[operator]
        pytest.skip("no `longmode test` yet")
    done = _longmode(made, "test")
    assert done.returncode == 0, done.stdout + done.stderr
    assert "test result: ok. 2 passed; 0 failed" in done.stdout
