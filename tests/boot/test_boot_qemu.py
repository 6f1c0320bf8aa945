"""Images booted in real QEMU (SeaBIOS): the seed's kernel, a boot-info kernel
(linked low and in the higher half), Multiboot 1 (ELF32 and address fields) and
Multiboot 2 kernels written in C, each with 32 MiB, 512 MiB and 4 GiB of RAM.

The boots run in parallel once per session; each test checks one of them
(test_boot_both_machines compares the same boots with our machine).
"""

from __future__ import annotations

import re
import subprocess
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest
from boot_kernels import (
    EXIT_OK,
    QEMU,
    Boot,
    boot,
    build_bootinfo_kernel,
    build_multiboot_kernel,
    cpu_count,
)

from longmode.boot import write_image
from longmode.boot.failures import LoaderFailure

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(QEMU is None, reason="qemu-system-x86_64 is not installed"),
]

MIB = 1 << 20
MEMORY = {"32M": 32 * MIB, "512M": 512 * MIB, "4G": 4096 * MIB}
CMDLINE = "console=ttyS0 answer=42"
BUILDERS: dict[str, Callable[[Path], Path]] = {
    "bootinfo-low": lambda p: build_bootinfo_kernel(p, higher_half=False),
    "bootinfo-higher-half": lambda p: build_bootinfo_kernel(p, higher_half=True),
    "bootinfo-higher-half-no-at": lambda p: build_bootinfo_kernel(
        p, higher_half=True, load_addresses=False
    ),
    "multiboot1-elf": lambda p: build_multiboot_kernel(p, version=1),
    "multiboot1-aout": lambda p: build_multiboot_kernel(p, version=1, aout=True),
    "multiboot2-elf": lambda p: build_multiboot_kernel(p, version=2),
}
MATRIX = [(kernel, memory) for kernel in BUILDERS for memory in MEMORY]


@pytest.fixture(scope="session")
def images(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    tmp = tmp_path_factory.mktemp("boot-matrix")
    made = {}
    for name, build in BUILDERS.items():
        kernel = build(tmp / f"{name}.elf")
        made[name] = tmp / f"{name}.img"
        write_image(kernel, made[name], CMDLINE)
    return made


@pytest.fixture(scope="session")
def boots(images: dict[str, Path]) -> dict[tuple[str, str], Boot]:
    with ThreadPoolExecutor(max_workers=max(2, cpu_count())) as pool:
        futures = {(k, m): pool.submit(boot, images[k], m, timeout=60) for k, m in MATRIX}
        return {key: future.result() for key, future in futures.items()}


@pytest.mark.parametrize(("kernel", "memory"), MATRIX)
def test_kernel_boots_and_its_checks_pass(
    boots: dict[tuple[str, str], Boot], kernel: str, memory: str
) -> None:
    result = boots[kernel, memory]
    assert result.status == EXIT_OK, (
        f"exit {result.status}; {result.stderr}serial:\n{result.serial}"
    )
    assert "RESULT ok" in result.serial
    assert "FAIL" not in result.serial
    assert f"cmdline=[{CMDLINE}]" in result.serial


@pytest.mark.parametrize(("kernel", "memory"), MATRIX)
def test_memory_totals_agree_with_qemu(
    boots: dict[tuple[str, str], Boot], kernel: str, memory: str
) -> None:
    result = boots[kernel, memory]
    given = MEMORY[memory]
    # The loader's own regions count as RAM for a 64-bit kernel; Multiboot sees E820.
    total = result.value("ram") if kernel.startswith("bootinfo") else result.value("usable")
    # QEMU/SeaBIOS keep the 384 KiB hole below 1 MiB, the EBDA and a few 100 KiB.
    assert given - 2 * MIB <= total <= given, f"{total:#x} for -m {memory}"


@pytest.mark.parametrize("memory", list(MEMORY))
def test_boot_info_magic_version_and_loader_regions(
    boots: dict[tuple[str, str], Boot], memory: str
) -> None:
    result = boots["bootinfo-low", memory]
    assert result.value("magic") == int.from_bytes(b"LONGMODE", "little")
    assert result.value("version") == 1
    regions = [
        tuple(int(x, 16) for x in m.groups())
        for m in re.finditer(r"^region (0x\w+) (0x\w+) (0x\w+)$", result.serial, re.M)
    ]
    types = {t for _, _, t in regions}
    assert {0x1000, 0x1001, 0x1002, 0x1003, 0x1004} <= types
    assert result.value("usable") < result.value("ram")


def test_higher_half_kernel_runs_at_its_virtual_address(
    boots: dict[tuple[str, str], Boot],
) -> None:
    result = boots["bootinfo-higher-half", "32M"]
    assert result.value("entry") >= 0xFFFFFFFF80000000
    assert result.value("kernel_phys_start") == 0x100000


def test_multiboot_memory_information(boots: dict[tuple[str, str], Boot]) -> None:
    for kernel in ("multiboot1-elf", "multiboot2-elf"):
        result = boots[kernel, "512M"]
        assert "loader=[longmode]" in result.serial
        assert 600 <= result.value("mem_lower") <= 640
        # mem_upper: KiB of the RAM run from 1 MiB (512 MiB minus SeaBIOS' top reserve).
        assert 500 * 1024 <= result.value("mem_upper") <= 511 * 1024


@pytest.mark.parametrize(
    ("fallback", "kernel"),
    [("CHS", "bootinfo-low"), ("E801", "bootinfo-low"), ("E801", "multiboot1-elf"),
     ("E88", "multiboot2-elf")],
)  # fmt: skip
def test_fallback_paths(tmp_path: Path, fallback: str, kernel: str) -> None:
    """CHS reads (a 4 MiB kernel, sector by sector), E801h and 88h memory sizes."""
    from longmode.boot.image import build_image

    elf = BUILDERS[kernel](tmp_path / "k.elf")
    (tmp_path / "k.img").write_bytes(build_image(elf, CMDLINE, fallbacks=frozenset({fallback})))
    result = boot(tmp_path / "k.img", "32M", timeout=60)
    assert result.status == EXIT_OK, result.serial
    assert f"cmdline=[{CMDLINE}]" in result.serial
    total = result.value("ram") if kernel.startswith("bootinfo") else result.value("usable")
    assert 30 * MIB <= total <= 32 * MIB


def test_one_gib_pages_when_the_cpu_has_them(tmp_path: Path) -> None:
    kernel = build_bootinfo_kernel(tmp_path / "k.elf", higher_half=True)
    write_image(kernel, tmp_path / "k.img", CMDLINE)
    result = boot(tmp_path / "k.img", "4G", extra=("-cpu", "max"), timeout=60)
    assert result.status == EXIT_OK, result.serial
    assert result.value("cpu_features") == 3  # NX and 1 GiB pages
    assert 4094 * MIB <= result.value("ram") <= 4096 * MIB


@pytest.fixture(scope="session")
def seed_image(tmp_path_factory: pytest.TempPathFactory, seed_kernel: Path) -> Path:
    """The seed's kernel (built once per session by tests/conftest.py) in an image."""
    image = tmp_path_factory.mktemp("seed") / "seed.img"
    write_image(seed_kernel, image)
    return image


@pytest.mark.parametrize("memory", list(MEMORY))
def test_seed_kernel_says_hello_on_vga_and_com1(seed_image: Path, memory: str) -> None:
    result = boot(seed_image, memory, timeout=60, until="Hello World!")
    assert "Hello World!" in result.serial
    assert result.screen.startswith("Hello World!"), repr(result.screen[:80])


def test_cpu_without_long_mode_is_told_so_on_screen(tmp_path: Path) -> None:
    """On a PC (no isa-debug-exit) the message stays on the screen; with the device,
    QEMU exits with the failure's status."""
    kernel = build_bootinfo_kernel(tmp_path / "k.elf", higher_half=False)
    write_image(kernel, tmp_path / "k.img")
    on_a_pc = boot(
        tmp_path / "k.img", extra=("-cpu", "qemu32"), timeout=30, until="x86-64", exit_device=False
    )
    assert "longmode: this CPU has no long mode (x86-64)" in on_a_pc.serial
    assert "this CPU has no long mode" in on_a_pc.screen
    result = boot(tmp_path / "k.img", extra=("-cpu", "qemu32"), timeout=30)
    assert result.status == LoaderFailure.NO_LONG_MODE.exit_status
    assert result.serial == "longmode: " + LoaderFailure.NO_LONG_MODE.message


def test_too_little_memory_is_reported(tmp_path: Path) -> None:
    kernel = build_bootinfo_kernel(tmp_path / "k.elf", higher_half=False)
    write_image(kernel, tmp_path / "k.img")
    result = boot(tmp_path / "k.img", "6M", timeout=30)
    assert result.serial == "longmode: not enough memory for the kernel"
    assert result.status == LoaderFailure.NOT_ENOUGH_MEMORY.exit_status


def test_example_c_kernel_prints_its_memory_map(tmp_path: Path) -> None:
    """examples/boot-info, built with the commands its header comment gives."""
    example = Path(__file__).resolve().parents[2] / "examples" / "boot-info"
    obj, elf, image = tmp_path / "kernel.o", tmp_path / "kernel.elf", tmp_path / "disk.img"
    subprocess.run(
        ["gcc", "-m64", "-ffreestanding", "-nostdlib", "-mno-red-zone", "-mgeneral-regs-only",
         "-mcmodel=kernel", "-fno-pic", "-fno-stack-protector", "-O2", "-I", str(example.parent),
         "-c", str(example / "kernel.c"), "-o", str(obj)],
        check=True,
    )  # fmt: skip
    subprocess.run(
        ["ld", "-nostdlib", "-static", "-z", "max-page-size=0x1000", "-T",
         str(example / "linker.ld"), str(obj), "-o", str(elf)],
        check=True,
    )  # fmt: skip
    write_image(elf, image, "hello from the command line")
    result = boot(image, "128M", timeout=30)
    assert result.status == EXIT_OK, result.serial
    assert result.serial.startswith("cmdline: hello from the command line\n")
    assert re.search(r"^000000100000-0000001\w{5} kernel$", result.serial, re.M)
    assert re.search(r"^usable: 00007\w MiB$", result.serial, re.M)


def test_stage1_reports_a_missing_stage2_and_halts(tmp_path: Path) -> None:
    """Without isa-debug-exit (as on a PC) stage 1's message stays on the screen."""
    image = bytearray(build_image_for_test(tmp_path))
    image[512 + 8 : 512 + 12] = b"XXXX"  # stage 2's magic
    (tmp_path / "bad.img").write_bytes(image)
    result = boot(tmp_path / "bad.img", screen_after=1.5, exit_device=False)
    assert result.status is not None  # stopped through the monitor, not by the timeout
    assert "longmode: stage 2 missing" in result.screen


def test_stage1_reports_a_disk_read_error_and_halts(tmp_path: Path) -> None:
    image = build_image_for_test(tmp_path)
    (tmp_path / "short.img").write_bytes(image[:1024])  # stage 2 lies past the disk's end
    result = boot(tmp_path / "short.img", screen_after=1.5, exit_device=False)
    assert "longmode: disk read error" in result.screen


def build_image_for_test(tmp_path: Path) -> bytes:
    from longmode.boot.image import build_image

    return build_image(build_bootinfo_kernel(tmp_path / "k.elf", higher_half=False))
