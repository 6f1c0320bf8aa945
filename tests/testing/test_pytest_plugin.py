"""The pytest plugin's ``boot`` fixture, as a user meets it: pytester runs small test
files that boot real NASM kernels (and a boot sector), and we read their outcomes
and reports."""

from __future__ import annotations

import re
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest
from kernel_sources import ARGS, EXITS

from longmode.testing import pytest_plugin

from support import LD, NASM, nasm_kernel

pytest_plugins = ["pytester"]
pytestmark = pytest.mark.skipif(
    NASM is None or LD is None, reason="needs nasm and GNU ld (installed by scripts/setup.sh)"
)

KERNELS = {
    "ok": EXITS.format(value="0x10"),  # exit status 33
    "fail": EXITS.format(value="0x11"),  # 35
    # "hi" on COM1, "BA" on the screen, then ud2 with no IDT: a triple fault.
    "fault": """bits 64
global _start
section .text
_start:
    mov dx, 0x3F8
    mov al, 'h'
    out dx, al
    mov al, 'i'
    out dx, al
    mov rdi, 0xB8000
    mov dword [rdi], 0x07410742     ; "BA"
    ud2
""",
    "spin": "bits 64\nglobal _start\nsection .text\n_start:\n    jmp _start\n",
    # 60 lines "#0", "#1", ... "#k" on COM1, then status 35.
    "lines": """bits 64
global _start
section .text
_start:
    mov dx, 0x3F8
    xor ecx, ecx
.next:
    mov al, '#'
    out dx, al
    lea eax, [rcx + '0']
    out dx, al
    mov al, 10
    out dx, al
    inc ecx
    cmp ecx, 60
    jb .next
    mov al, 0x11
    out 0xF4, al
    cli
    hlt
""",
    # Waits for a key on the 8042: 'a' (scan code 1Eh) prints "a" and exits 33.
    "keys": """bits 64
global _start
section .text
_start:
.wait:
    in al, 0x64
    test al, 1
    jz .wait
    in al, 0x60
    mov dx, 0x3F8
    cmp al, 0x1E
    jne .wrong
    mov al, 'a'
    out dx, al
    mov al, 0x10
    out 0xF4, al
.wrong:
    mov al, 0x11
    out 0xF4, al
    cli
    hlt
""",
    "args": ARGS,
}

#: A boot sector that is its own slow "loader": 'P' through INT 10h, 6 million
#: instructions of spinning, then the "kernel" at 0x7C10 ('k' on COM1, status 33).
SLOW_LOADER = """bits 16
org 0x7C00
    jmp start
    times 0x10 - ($ - $$) nop
kernel:
    mov dx, 0x3F8
    mov al, 'k'
    out dx, al
    mov al, 0x10
    out 0xF4, al
    cli
    hlt
start:
    mov ax, 0x0E50
    int 0x10
    mov ecx, 3000000
.spin:
    dec ecx
    jnz .spin
    jmp kernel
    times 510 - ($ - $$) db 0
    dw 0xAA55
"""


@pytest.fixture(scope="module")
def kernels(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """Every kernel above, built once, and the slow loader's disk image."""
    directory = tmp_path_factory.mktemp("plugin-kernels")
    built = {name: nasm_kernel(directory, name, source) for name, source in KERNELS.items()}
    assert NASM is not None
    (directory / "slow.asm").write_text(SLOW_LOADER)
    subprocess.run([NASM, "-f", "bin", "slow.asm", "-o", "slow.img"], cwd=directory, check=True)
    built["slow"] = directory / "slow.img"
    return built


@pytest.fixture(scope="module", autouse=True)
def imported(kernels: dict[str, Path]) -> None:
    """pytester's in-process runs unload the modules first imported during them, and
    iced-x86 cannot be loaded twice in a process: boot here first, through the paths
    the user tests take, so that longmode's modules are all loaded already."""
    assert pytest_plugin.boot_target(kernels["fault"]).explanation
    pytest_plugin.boot_target(kernels["ok"], snapshot=True, keys="a")
    assert pytest_plugin.boot_target(kernels["ok"], snapshot=True).restored


@pytest.fixture(autouse=True)
def empty_cache() -> Iterator[None]:
    """In-process pytester runs share this process's cache: each test starts empty."""
    pytest_plugin.clear_cache()
    yield
    pytest_plugin.clear_cache()


def user_tests(pytester: pytest.Pytester, kernels: dict[str, Path], body: str) -> None:
    """Writes the user's test file: ``body`` with the kernels' paths as constants."""
    paths = "\n".join(f"{name.upper()} = {str(path)!r}" for name, path in kernels.items())
    header = (
        "import logging\nimport pytest\n"
        "from longmode.testing import pytest_plugin\n"
        "from longmode.testing.pytest_plugin import BootError\n"
    )
    pytester.makepyfile(test_user=f"{header}\n{paths}\n\n{body}")


def section(output: str, title: str) -> str:
    """The text of the report section ``title`` (up to the next separator line)."""
    found = re.search(rf"-+ {re.escape(title)} -+\n(.*?)(?=\n[-_=]{{5,}}|\Z)", output, re.S)
    assert found is not None, f"no section {title!r} in:\n{output}"
    return found.group(1)


def test_boot_returns_outcome_status_serial_screen_and_the_machine(
    pytester: pytest.Pytester, kernels: dict[str, Path]
) -> None:
    user_tests(
        pytester,
        kernels,
        """
import longmode

def test_exit(boot):
    result = boot(OK)
    assert (result.outcome.name, result.exit_status) == ("EXITED", 33)
    assert result.message == "the guest exited with status 33"
    assert result.serial == "ok" and result.screen == "VGA!"
    assert isinstance(result.machine, longmode.Machine)
    assert result.restored is False
    # stopping at the kernel's entry on the way changes nothing: the API's own boot
    plain = longmode.Machine(memory="128M", kernel=OK)
    assert plain.run(timeout=60).exit_status == 33
    assert (result.instructions, result.virtual_ns) == (plain.instructions, plain.now())

def test_failure_status(boot):
    assert boot(FAIL).exit_status == 35

def test_triple_fault(boot):
    result = boot(FAULT)
    assert (result.outcome.name, result.exit_status) == ("TRIPLE_FAULT", 3)
    assert "no IDT is loaded" in result.explanation
    assert "fault.asm:12" in result.explanation  # the kernel's DWARF lines

def test_instruction_limit(boot):
    result = boot(SPIN, max_instructions=2_000_000)
    assert (result.outcome.name, result.exit_status) == ("INSTRUCTION_LIMIT", 4)
    assert result.instructions == 2_000_000

def test_timeout(boot):
    result = boot(SPIN, timeout=0.3)
    assert (result.outcome.name, result.exit_status) == ("TIMEOUT", 4)
    assert result.message.startswith("timed out after 0.3 s")

def test_cmdline(boot):
    assert boot(ARGS, cmdline="hello world").serial == "hello world"

def test_keys(boot):
    result = boot(KEYS, keys="a", keys_at=0.001, timeout=10)
    assert (result.exit_status, result.serial) == (33, "a")
    assert result.virtual_ns > 1_000_000  # typed at 1 ms of virtual time, not before

def test_fast_mode(boot):
    result = boot(OK, fast=True)
    assert (result.exit_status, result.serial, result.screen) == (33, "ok", "VGA!")
""",
    )
    result = pytester.runpytest("-p", "no:cacheprovider")
    result.assert_outcomes(passed=8)


def test_a_failing_test_reports_the_serial_tail_the_screen_and_the_explanation(
    pytester: pytest.Pytester, kernels: dict[str, Path]
) -> None:
    user_tests(
        pytester,
        kernels,
        """
def test_fault(boot):
    assert boot(FAULT).exit_status == 33

def test_lines(boot):
    boot(OK)
    assert boot(LINES).exit_status == 33

def test_passes(boot):
    assert boot(FAIL).exit_status == 35
""",
    )
    result = pytester.runpytest("-p", "no:cacheprovider", "-rA")
    result.assert_outcomes(failed=2, passed=1)
    output = result.stdout.str()
    fault = section(output, "longmode boot 1 of 1: fault.elf")
    assert fault.startswith(
        "triple fault at 0x200015 <_start+0x15> in 64-bit long mode: #UD invalid opcode"
    )
    assert "(outcome TRIPLE_FAULT, exit status 3)" in fault
    assert "explanation:\nThe CPU gave up (a triple fault)" in fault
    assert "at 0x200015 <_start+0x15> (fault.asm:12)" in fault
    assert "Hint: no IDT is loaded" in fault
    assert "serial (1 line):\nhi\n" in fault
    assert fault.endswith("screen:\nBA")
    # both boots of the test, the tail of the long serial output only
    assert "the guest exited with status 33" in section(output, "longmode boot 1 of 2: ok.elf")
    lines = section(output, "longmode boot 2 of 2: lines.elf")
    assert "(outcome EXITED, exit status 35)" in lines
    assert "serial (the last 40 of 60 lines):\n#D\n#E\n" in lines
    assert "#C" not in lines and "#k\n\nscreen:\n(blank)" in lines
    assert "explanation:" not in lines  # no exception was taken
    # a test that passed shows no boot
    assert "fail.elf" not in output


def test_bad_input_fails_the_test_with_one_line(
    pytester: pytest.Pytester, kernels: dict[str, Path]
) -> None:
    (pytester.path / "blank.img").write_bytes(bytes(1024))
    user_tests(
        pytester,
        kernels,
        """
def test_missing(boot):
    boot("missing.elf")

def test_unknown_option(boot):
    boot(OK, memroy="64M")

def test_wrong_type(boot):
    boot(OK, memory=64)

def test_bad_value(boot):
    boot(OK, memory="3X")

def test_limit_with_fast(boot):
    boot(OK, fast=True, max_instructions=10)

def test_cmdline_with_a_disk(boot):
    boot(SLOW, cmdline="x")

def test_no_boot_signature(boot):
    boot("blank.img")

@pytest.mark.longmode(timeout="soon")
def test_bad_marker(boot):
    pass

def test_catchable(boot):
    with pytest.raises(BootError, match="cannot read"):
        boot("missing.elf")
""",
    )
    result = pytester.runpytest("-p", "no:cacheprovider")
    result.assert_outcomes(failed=7, errors=1, passed=1)
    output = result.stdout.str()
    for line in (
        "boot(): missing.elf: cannot read the disk image or kernel: no such file or directory",
        "boot(): unknown option memroy=; the options are memory=, timeout=, max_instructions=",
        'boot(): memory= must be a size such as "64M" or "1G", not 64',
        "boot(): memory='3X': not a memory size: '3X' (try 32M, 512M or 4G)",
        "boot(): max_instructions= needs the deterministic mode: fast=True counts no instructions",
        f"boot(): {kernels['slow']}: cmdline= must come with a kernel",
        "boot(): blank.img: the first sector must end with the boot signature 55h AAh, not 00h 00h",
        "boot(): timeout= must be a number of seconds, or None, not 'soon'",
    ):
        assert f"\n{line}" in output, line
    assert "ERROR at setup of test_bad_marker" in output
    # no traceback into longmode or the plugin
    assert "Traceback" not in output and "src/longmode" not in output
    assert "pytest_plugin.py" not in output


def test_a_second_boot_restores_the_snapshot_and_runs_no_bios_again(
    pytester: pytest.Pytester, kernels: dict[str, Path]
) -> None:
    user_tests(
        pytester,
        kernels,
        """
FIELDS = ("outcome", "exit_status", "serial", "screen", "instructions", "virtual_ns")

def test_restored(boot, caplog):
    caplog.set_level(logging.INFO, logger="longmode.bios")
    first = boot(OK, snapshot=True)
    # the loader read the kernel through the BIOS
    assert any(r.getMessage().startswith("INT 13h") for r in caplog.records)
    caplog.clear()
    second = boot(OK, snapshot=True)
    assert caplog.records == []  # no BIOS call at all: POST and the loader did not run
    assert (first.restored, second.restored) == (False, True)
    assert [getattr(second, f) for f in FIELDS] == [getattr(first, f) for f in FIELDS]
    assert second.machine is not first.machine
    stats = pytest_plugin.stats
    assert (stats.full_boots, stats.snapshots, stats.restored_boots) == (1, 1, 1)

def test_never_without_snapshots(boot):
    boot(OK, snapshot=True)
    assert boot(OK, snapshot=False).restored is False
""",
    )
    result = pytester.runpytest("-p", "no:cacheprovider")
    result.assert_outcomes(passed=2)


def test_auto_keeps_a_snapshot_only_where_the_way_to_the_entry_is_long(
    pytester: pytest.Pytester, kernels: dict[str, Path]
) -> None:
    user_tests(
        pytester,
        kernels,
        """
def restored(boot, target, **options):
    results = [boot(target, **options) for _ in range(3)]
    assert {(r.exit_status, r.serial, r.instructions) for r in results} == {
        (33, results[0].serial, results[0].instructions)
    }
    return [r.restored for r in results]

def test_slow_loader(boot):
    # 6 million instructions to the entry, a few pages in use: worth it, whatever the RAM
    assert restored(boot, SLOW, entry=0x7C10, memory="2M") == [False, True, True]
    assert boot(SLOW, entry=0x7C10, memory="2M").screen == "P"  # the BIOS's output, restored
    assert restored(boot, SLOW, entry=0x7C10, memory="128M") == [False, True, True]

def test_an_entry_reached_at_once(boot):
    # the boot sector's first instruction: nothing to skip but POST
    assert restored(boot, SLOW, entry=0x7C00, memory="8M") == [False, False, False]

def test_longmodes_own_loader(boot):
    # 0.17 million instructions to a small kernel's entry, well under 1 MiB in use
    assert restored(boot, OK, memory="8M") == [False, True, True]

def test_disk_image_without_an_entry(boot):
    assert restored(boot, SLOW, snapshot=True) == [False, False, False]
""",
    )
    result = pytester.runpytest("-p", "no:cacheprovider")
    result.assert_outcomes(passed=4)


def test_what_acts_before_the_kernel_starts_decides_the_reuse(
    pytester: pytest.Pytester, kernels: dict[str, Path], tmp_path: Path
) -> None:
    copy = tmp_path / "copy.elf"
    copy.write_bytes(kernels["ok"].read_bytes())
    user_tests(
        pytester,
        kernels,
        f"""
COPY = {str(copy)!r}

def test_cmdline_and_memory(boot):
    assert boot(ARGS, cmdline="one", snapshot=True).serial == "one"
    again = boot(ARGS, cmdline="one", snapshot=True)
    assert (again.restored, again.serial) == (True, "one")
    other = boot(ARGS, cmdline="two", snapshot=True)
    assert (other.restored, other.serial) == (False, "two")
    assert boot(ARGS, cmdline="one", memory="64M", snapshot=True).restored is False

def test_file_content(boot):
    boot(COPY, snapshot=True)
    assert boot(COPY, snapshot=True).restored is True
    with open(COPY, "wb") as out, open(FAIL, "rb") as new:
        out.write(new.read())
    changed = boot(COPY, snapshot=True)
    assert (changed.restored, changed.exit_status) == (False, 35)

def test_a_limit_before_the_entry_boots_in_full(boot):
    boot(SLOW, entry=0x7C10, snapshot=True)
    short = boot(SLOW, entry=0x7C10, snapshot=True, max_instructions=1000)
    assert (short.restored, short.outcome.name, short.instructions) == (
        False, "INSTRUCTION_LIMIT", 1000
    )
    long = boot(SLOW, entry=0x7C10, snapshot=True, max_instructions=10_000_000)
    assert (long.restored, long.exit_status) == (True, 33)

def test_keys_are_typed_after_a_restore(boot):
    first = boot(KEYS, keys="a", keys_at=0.001, snapshot=True, timeout=10)
    second = boot(KEYS, keys="a", keys_at=0.001, snapshot=True, timeout=10)
    assert second.restored is True
    assert (second.exit_status, second.serial, second.virtual_ns) == (
        33, "a", first.virtual_ns
    )
""",
    )
    result = pytester.runpytest("-p", "no:cacheprovider")
    result.assert_outcomes(passed=4)


def test_markers_give_defaults_the_closest_winning(
    pytester: pytest.Pytester, kernels: dict[str, Path]
) -> None:
    user_tests(
        pytester,
        kernels,
        """
pytestmark = pytest.mark.longmode(memory="64M", max_instructions=1_000_000)

def test_module_defaults(boot):
    result = boot(SPIN)
    assert (result.machine.config.memory, result.instructions) == (64 << 20, 1_000_000)

@pytest.mark.longmode(max_instructions=1_500_000)
class TestClass:
    def test_class_marker(self, boot):
        result = boot(SPIN)
        assert (result.machine.config.memory, result.instructions) == (64 << 20, 1_500_000)

    @pytest.mark.longmode(memory="32M")
    def test_function_marker(self, boot):
        result = boot(SPIN)
        assert (result.machine.config.memory, result.instructions) == (32 << 20, 1_500_000)

    def test_call_wins(self, boot):
        assert boot(SPIN, max_instructions=1_200_000).instructions == 1_200_000
""",
    )
    result = pytester.runpytest("-p", "no:cacheprovider", "--strict-markers")
    result.assert_outcomes(passed=4)


def test_works_under_xdist(pytester: pytest.Pytester, kernels: dict[str, Path]) -> None:
    workers = pytester.path / "workers"
    workers.mkdir()
    user_tests(
        pytester,
        kernels,
        f"""
import os

@pytest.mark.parametrize("run", range(4))
def test_boots(boot, run):
    worker = os.environ["PYTEST_XDIST_WORKER"]
    open(os.path.join({str(workers)!r}, f"{{worker}}-{{run}}"), "w").close()
    first = boot(OK, snapshot=True)
    second = boot(OK, snapshot=True)
    assert second.restored is True  # each worker process has its own cache
    assert (first.exit_status, second.exit_status, second.serial) == (33, 33, "ok")

def test_fails(boot):
    assert boot(FAULT).exit_status == 33
""",
    )
    result = pytester.runpytest_subprocess("-p", "xdist", "-n", "2", "-p", "no:cacheprovider")
    result.assert_outcomes(passed=4, failed=1)
    output = result.stdout.str()
    assert "created: 2/2 workers" in output
    assert {name.name.split("-")[0] for name in workers.iterdir()} == {"gw0", "gw1"}
    fault = section(output, "longmode boot 1 of 1: fault.elf")  # sent back by the worker
    assert "Hint: no IDT is loaded" in fault and fault.endswith("screen:\nBA")
