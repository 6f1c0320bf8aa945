"""Kernels built against the `bootloader` 0.9 crate: found by their crate's Cargo.toml,
started as that crate starts them (shared/notes/bootloader-0.9.md), the same in our
machine and in QEMU. A probe kernel reports what it was handed on COM1."""

from __future__ import annotations

import itertools
import re
import subprocess
from pathlib import Path

import pytest
from boot_kernels import QEMU

from longmode.boot.bootloader09 import Bootloader09, ProtocolError, plan

from support import LD, NASM, run_longmode

pytestmark = pytest.mark.skipif(
    NASM is None or LD is None, reason="needs nasm and GNU ld (installed by scripts/setup.sh)"
)
PROBE = Path(__file__).parent / "kernels" / "bootloader09_probe.asm"
GIB_512 = 1 << 39
#: bootloader 0.9's MemoryRegionType numbers.
USABLE, RESERVED, KERNEL, KERNEL_STACK, PAGE_TABLE, BOOTLOADER, FRAME_ZERO, BOOT_INFO = (
    0, 2, 6, 7, 8, 9, 10, 12,
)  # fmt: skip
DEFAULT_MANIFEST = """[package]
name = "probe"
version = "0.1.0"

[dependencies]
bootloader = { version = "0.9", features = ["map_physical_memory"] }
"""


def _crate(tmp_path: Path, manifest: str, stack_pages: int = 512, offset_field: int = 1544) -> Path:
    """The probe built as cargo lays a crate out: Cargo.toml beside target/."""
    assert NASM is not None and LD is not None
    (tmp_path / "Cargo.toml").write_text(manifest)
    out = tmp_path / "target" / "x86_64-probe" / "debug"
    out.mkdir(parents=True)
    defines = [f"-DSTACK_PAGES={stack_pages}", f"-DPHYSICAL_OFFSET_FIELD={offset_field}"]
    subprocess.run(
        [
            NASM,
            "-f",
            "elf64",
            f"-I{PROBE.parent}/",
            *defines,
            str(PROBE),
            "-o",
            str(tmp_path / "probe.o"),
        ],
        check=True,
    )
    kernel = out / "probe"
    subprocess.run(
        [LD, "-Ttext=0x200000", "-e", "_start", str(tmp_path / "probe.o"), "-o", str(kernel)],
        check=True,
    )
    return kernel


def _values(serial: str) -> dict[str, int]:
    return {
        key: int(value, 16) for key, value in re.findall(r"^(\w+)=(0x[0-9a-f]+)$", serial, re.M)
    }


def _regions(serial: str) -> list[tuple[int, int, int]]:
    found = re.findall(r"^region (0x[0-9a-f]+) (0x[0-9a-f]+) type=(0x[0-9a-f]+)$", serial, re.M)
    return [(int(a, 16), int(b, 16), int(t, 16)) for a, b, t in found]


def _holding(regions: list[tuple[int, int, int]], frame: int) -> int:
    """The type of the region that holds ``frame``."""
    types = [kind for start, end, kind in regions if start <= frame < end]
    assert len(types) == 1, (frame, regions)
    return types[0]


def test_a_09_kernel_gets_the_crates_entry_state_boot_info_and_mappings(tmp_path: Path) -> None:
    kernel = _crate(tmp_path, DEFAULT_MANIFEST)
    done = run_longmode("run", kernel, "--display", "none", "-m", "128M")
    assert done.returncode == 33, done.stderr  # the probe's 0x10: it got to the end
    values = _values(done.stdout)
    # slots as the crate picks them for a kernel in slot 0: recursive 1 (removed
    # without the feature), boot info 2, physical memory 3
    assert values["bootinfo"] == 2 * GIB_512
    assert values["at_1544"] == 3 * GIB_512  # physical_memory_offset
    assert values["at_1552"] == 0  # no PT_TLS: an empty template
    # the stack: a guard page after the boot info page, 512 pages, RSP 8 below its end
    assert values["rsp"] == 2 * GIB_512 + 0x2000 + 512 * 0x1000 - 8
    assert values["stack_bottom"] == 2 * GIB_512 + 0x2000
    assert values["return_code"] == 0xFEEB  # `jmp $`, as the crate's loop after its call
    assert (values["ss"], values["cs"], values["ds"]) == (0, 0x08, 0x10)
    assert (values["cr0_wp"], values["efer_nxe"], values["interrupts"]) == (1, 1, 0)
    assert values["idt_limit"] == 0  # a zero-length IDT
    assert values["pml4_0_flags"] & 1  # the tables in CR3, read through the offset
    assert values["vga"] == 0x0F4B  # VGA text memory identity-mapped
    assert values["unused_type"] == 11  # MemoryRegionType::Empty in unused slots
    regions = _regions(done.stdout)
    assert len(regions) == values["regions"] <= 64
    assert regions[0] == (0, 1, FRAME_ZERO)
    assert all(a[1] <= b[0] for a, b in itertools.pairwise(regions))  # sorted
    assert _holding(regions, 0x200) == KERNEL
    assert _holding(regions, values["cr3"] >> 12) == PAGE_TABLE
    assert _holding(regions, 0x14) == BOOT_INFO
    stack = [(a, b) for a, b, kind in regions if kind == KERNEL_STACK]
    assert any(b - a >= 512 for a, b in stack)
    usable = sum(b - a for a, b, kind in regions if kind == USABLE)
    assert 120 * 256 < usable < 128 * 256  # most of 128 MiB, in 4 KiB frames


@pytest.mark.skipif(QEMU is None, reason="qemu-system-x86_64 is not installed")
def test_qemu_hands_the_09_kernel_the_same(tmp_path: Path) -> None:
    kernel = _crate(tmp_path, DEFAULT_MANIFEST)
    ours = run_longmode("run", kernel, "--display", "none", "-m", "128M")
    theirs = run_longmode("run", kernel, "--display", "none", "-m", "128M", "--qemu")
    assert ours.returncode == theirs.returncode == 33, theirs.stderr
    assert ours.stdout == theirs.stdout  # every value, the memory map included


def test_the_crates_metadata_keys_and_recursive_mapping_are_honoured(tmp_path: Path) -> None:
    manifest = DEFAULT_MANIFEST.replace(
        '["map_physical_memory"]', '["map_physical_memory", "recursive_page_table"]'
    ) + (
        "\n[package.metadata.bootloader]\n"
        'kernel-stack-address = "0x7000000000"\n'
        "kernel-stack-size = 16\n"
        'boot-info-address = "0x6000000000"\n'
        'physical-memory-offset = "0x28000000000"\n'
    )
    kernel = _crate(tmp_path, manifest, stack_pages=16, offset_field=1552)
    done = run_longmode("run", kernel, "--display", "none")
    assert done.returncode == 33, done.stderr
    values = _values(done.stdout)
    assert values["bootinfo"] == 0x60_0000_0000
    assert values["rsp"] == 0x70_0000_0000 + 0x1000 + 16 * 0x1000 - 8  # above the guard
    # both features: recursive_page_table_addr at 1544, physical_memory_offset at 1552
    assert values["at_1544"] == (1 << 39) | (1 << 30) | (1 << 21) | (1 << 12)  # slot 1
    assert values["at_1552"] == 0x280_0000_0000


def test_slots_follow_the_crates_choice_around_the_kernels_own() -> None:
    # a kernel whose segments touch slots 0-2 pushes the loader's slots up: 3, 4, 5
    segments = [(0x1000, 3 * GIB_512 - 0x2000)]
    placed = plan(Bootloader09(map_physical_memory=True), segments, None, 0x400000, Path("k"))
    assert placed.recursive_slot is None  # taken, then removed: no feature
    assert placed.boot_info == 4 * GIB_512 and placed.physical_slot == 5
    assert placed.fields == ((1544, 5 * GIB_512),)
    # without map_physical_memory: no physical map, the TLS template right after the map
    placed = plan(Bootloader09(), [(0x200000, 0x1000)], (0x300000, 8, 16), 0x400000, Path("k"))
    assert placed.physical_slot is None and placed.boot_info == 2 * GIB_512
    assert placed.fields == ((1544, 0x300000), (1552, 8), (1560, 16))


@pytest.mark.parametrize(
    ("metadata", "message"),
    [
        ("kernel-stack-address = 0x7000000000", "must be given as a string"),
        ('boot-info-address = "0x1234"', "must be a 4 KiB aligned address"),
        ("kernel-stack-size = 0", "kernel-stack-size must be a positive integer"),
        ('frobnicate = "1"', "unknown key(s) frobnicate"),
        ('physical-memory-offset = "0x40000000"', "is not a multiple of 512 GiB"),
        ('kernel-stack-address = "0x800000"', "in the first 4 GiB"),
    ],
)
def test_bad_metadata_is_one_clear_error(tmp_path: Path, metadata: str, message: str) -> None:
    kernel = _crate(tmp_path, DEFAULT_MANIFEST + f"\n[package.metadata.bootloader]\n{metadata}\n")
    done = run_longmode("image", kernel, "-o", str(tmp_path / "probe.img"))
    assert done.returncode == 2, done.stderr
    assert message in done.stderr and "Cargo.toml" in done.stderr
    assert "Traceback" not in done.stderr and not (tmp_path / "probe.img").exists()


def test_the_protocol_can_be_chosen(tmp_path: Path) -> None:
    kernel = _crate(tmp_path, DEFAULT_MANIFEST)
    # longmode's own protocol for the same file: its boot info is not at the 0.9 slot
    done = run_longmode("run", kernel, "--display", "none", "--protocol", "longmode")
    assert _values(done.stdout)["bootinfo"] == 0x10000
    (tmp_path / "Cargo.toml").unlink()
    done = run_longmode("run", kernel, "--display", "none", "--protocol", "bootloader-0.9")
    assert done.returncode == 33, done.stderr
    values = _values(done.stdout)
    # the crate's defaults without a Cargo.toml: no features, so no physical-memory
    # offset field (the TLS template follows the map) and no map in slot 3
    assert values["bootinfo"] == 2 * GIB_512 and values["at_1544"] == 0
    with pytest.raises(ProtocolError, match="cannot be read as TOML"):
        Bootloader09.from_manifest(tmp_path / "Cargo.toml")
