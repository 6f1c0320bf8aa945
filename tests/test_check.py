"""`longmode check`: layout rules, the soft-float promise, the red zone."""

from __future__ import annotations

import hashlib
import shutil
import struct
import subprocess
from pathlib import Path

import pytest

from longmode.check import check_kernel
from longmode.elf import KernelElf

from support import run_longmode

PT_LOAD = 1


def test_seed_kernel_is_clean(seed_kernel: Path) -> None:
    done = run_longmode("check", seed_kernel)
    assert done.returncode == 0, done.stdout
    assert "entry 0x100000 <_start> lies in executable segment" in done.stdout
    assert "no SSE/AVX/MMX/x87 instruction" in done.stdout
    assert "no function uses the red zone" in done.stdout
    assert done.stdout.rstrip().endswith("clean: every rule holds")


def test_red_zone_and_sse_kernel_is_caught_on_both_counts(careless_kernel: Path) -> None:
    report = check_kernel(careless_kernel)
    simd = [f.message for f in report.findings if f.rule == "simd"]
    red_zone = [f.message for f in report.findings if f.rule == "red-zone"]
    assert any(m.startswith("lint_bait_float uses SSE instructions") for m in simd), simd
    assert any(
        m.startswith("lint_bait_locals touches memory below RSP (the red zone) without moving")
        for m in red_zone
    ), red_zone
    done = run_longmode("check", "--verbose", careless_kernel)
    assert done.returncode == 1
    assert "FAIL  red-zone: lint_bait_locals" in done.stdout
    assert "FAIL  simd: lint_bait_float" in done.stdout
    # --verbose lists each instruction, with address, symbol and disassembly.
    assert "<lint_bait_locals" in done.stdout and "`mov [rsp-" in done.stdout


def test_same_sources_built_with_the_seed_spec_are_clean(careful_bait_kernel: Path) -> None:
    report = check_kernel(careful_bait_kernel)
    assert report.clean, report.render()
    symbols = KernelElf.load(careful_bait_kernel).symbols
    assert any(s.name == "lint_bait_locals" for s in symbols)


# --- files that are not kernels ------------------------------------------------


def _assert_clean_refusal(path: Path, expected: str) -> None:
    before = (hashlib.sha256(path.read_bytes()).hexdigest(), path.stat().st_mtime_ns)
    done = run_longmode("check", path)
    assert done.returncode == 2
    assert done.stdout == ""
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1, done.stderr
    assert lines[0].startswith(f"{path}: "), lines[0]
    assert expected in lines[0]
    assert (hashlib.sha256(path.read_bytes()).hexdigest(), path.stat().st_mtime_ns) == before


def test_non_elf_file_is_refused_in_one_line(tmp_path: Path) -> None:
    path = tmp_path / "notes.txt"
    path.write_text("hello, this is not a kernel\n")
    _assert_clean_refusal(path, "not an ELF file: it starts with 68 65 6c 6c")


def test_empty_file_is_refused_in_one_line(tmp_path: Path) -> None:
    path = tmp_path / "empty.elf"
    path.write_bytes(b"")
    _assert_clean_refusal(path, "not an ELF file: it starts with nothing (empty file)")


def test_missing_file_is_refused_in_one_line(tmp_path: Path) -> None:
    done = run_longmode("check", tmp_path / "absent.elf")
    assert done.returncode == 2
    assert (
        done.stderr.strip() == f"{tmp_path / 'absent.elf'}: cannot read: No such file or directory"
    )


@pytest.fixture
def elf32(tmp_path: Path) -> Path:
    """A real 32-bit x86 executable, made with NASM and GNU ld."""
    if not (shutil.which("nasm") and shutil.which("ld")):
        pytest.skip("needs nasm and ld (installed by .ci/run)")
    source = tmp_path / "k32.asm"
    source.write_text("bits 32\nglobal _start\nsection .text\n_start: hlt\njmp _start\n")
    subprocess.run(["nasm", "-f", "elf32", source, "-o", tmp_path / "k32.o"], check=True)
    out = tmp_path / "k32.elf"
    subprocess.run(
        ["ld", "-m", "elf_i386", "-Ttext=0x100000", tmp_path / "k32.o", "-o", out], check=True
    )
    return out


def test_32_bit_elf_is_refused_in_one_line(elf32: Path) -> None:
    _assert_clean_refusal(elf32, "a 32-bit ELF (ELFCLASS32)")


@pytest.mark.parametrize(
    ("keep", "drop_sections", "expected"),
    [
        (40, False, "truncated: the ELF64 header needs 64 bytes, the file has 40"),
        (100, False, "entries at 0x40) ends at 0x190, past the end of the file (0x64 bytes)"),
        (0x1800, False, "truncated: the section header table"),
        (0x1800, True, "truncated: segment 0 (file bytes 0x1000-"),
    ],
)
def test_truncated_elf_is_refused_in_one_line(
    seed_kernel: Path, tmp_path: Path, keep: int, drop_sections: bool, expected: str
) -> None:
    data = bytearray(seed_kernel.read_bytes()[:keep])
    if drop_sections:  # as a stripped file without section headers would be
        struct.pack_into("<Q", data, 40, 0)  # e_shoff
        struct.pack_into("<HH", data, 60, 0, 0)  # e_shnum, e_shstrndx
    path = tmp_path / "truncated.elf"
    path.write_bytes(bytes(data))
    _assert_clean_refusal(path, expected)


# --- layout rules, on copies of the real kernel with patched program headers ---


def _patched(seed_kernel: Path, tmp_path: Path, **changes: dict[int, int]) -> Path:
    """A copy of the kernel whose PT_LOAD headers (by order) get new field values."""
    data = bytearray(seed_kernel.read_bytes())
    phoff = struct.unpack_from("<Q", data, 32)[0]
    phentsize, phnum = struct.unpack_from("<HH", data, 54)
    fields = {"vaddr": 16, "paddr": 24, "memsz": 40, "flags": 4}
    loads = [
        phoff + i * phentsize
        for i in range(phnum)
        if struct.unpack_from("<I", data, phoff + i * phentsize)[0] == PT_LOAD
    ]
    for field, per_segment in changes.items():
        for index, value in per_segment.items():
            fmt = "<I" if field == "flags" else "<Q"
            struct.pack_into(fmt, data, loads[index] + fields[field], value)
    path = tmp_path / "patched.elf"
    path.write_bytes(bytes(data))
    return path


def test_segment_below_1_mib_is_reported(seed_kernel: Path, tmp_path: Path) -> None:
    report = check_kernel(_patched(seed_kernel, tmp_path, paddr={1: 0x7000}))
    assert [f.rule for f in report.findings] == ["segment-below-1mib"]
    assert "loads at physical 0x7000, below 1 MiB" in report.findings[0].message


def test_overlapping_segments_are_reported(seed_kernel: Path, tmp_path: Path) -> None:
    report = check_kernel(_patched(seed_kernel, tmp_path, memsz={0: 0x100000}))
    rules = [f.rule for f in report.findings]
    assert rules == ["segment-overlap", "segment-overlap"]  # physical and virtual
    assert "overlap in physical memory" in report.findings[0].message


def test_entry_in_a_non_executable_segment_is_reported(seed_kernel: Path, tmp_path: Path) -> None:
    report = check_kernel(_patched(seed_kernel, tmp_path, flags={0: 4}))
    assert [f.rule for f in report.findings] == ["entry"]
    assert report.findings[0].message.startswith("entry 0x100000 <_start> lies in segment")
    assert "not executable (R--)" in report.findings[0].message


def test_entry_outside_every_segment_is_reported(seed_kernel: Path, tmp_path: Path) -> None:
    data = bytearray(seed_kernel.read_bytes())
    struct.pack_into("<Q", data, 24, 0x5000)  # e_entry
    path = tmp_path / "entry.elf"
    path.write_bytes(bytes(data))
    done = run_longmode("check", path)
    assert done.returncode == 1
    assert "FAIL  entry: entry 0x5000 (no symbol names it) is outside every loaded segment" in (
        done.stdout
    )
