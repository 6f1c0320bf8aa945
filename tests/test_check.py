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
    assert lines[0].startswith(f"longmode check: {path}: "), lines[0]
    assert expected in lines[0]
    assert (hashlib.sha256(path.read_bytes()).hexdigest(), path.stat().st_mtime_ns) == before


def test_non_elf_file_is_refused_in_one_line(tmp_path: Path) -> None:
    path = tmp_path / "notes.txt"
    path.write_text("hello, this is not a kernel\n")
    _assert_clean_refusal(
        path, "an ELF file must start with 7f 45 4c 46 (\\x7fELF), not 68 65 6c 6c"
    )


def test_empty_file_is_refused_in_one_line(tmp_path: Path) -> None:
    path = tmp_path / "empty.elf"
    path.write_bytes(b"")
    _assert_clean_refusal(path, "an ELF file must start with 7f 45 4c 46 (\\x7fELF), not be empty")


def test_missing_file_is_refused_in_one_line(tmp_path: Path) -> None:
    done = run_longmode("check", tmp_path / "absent.elf")
    assert done.returncode == 2
    assert done.stderr.strip() == (
        f"longmode check: {tmp_path / 'absent.elf'}: cannot read the kernel ELF: "
        "no such file or directory"
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
    _assert_clean_refusal(elf32, "must be ELF64 (ELFCLASS64), not a 32-bit ELF (ELFCLASS32)")


@pytest.mark.parametrize(
    ("keep", "expected"),
    [
        (40, "the file must hold the 64-byte ELF64 header, not only 40 bytes"),
        (
            100,
            "the program header table must lie inside the file (e_phoff 0x40 + 56 × 6 bytes "
            "ends at 0x190, past the file's 100 bytes)",
        ),
        (0x1800, "the section header table must lie inside the file (e_shoff 0x"),
    ],
)
def test_truncated_elf_is_refused_in_one_line(
    seed_kernel: Path, tmp_path: Path, keep: int, expected: str
) -> None:
    path = tmp_path / "truncated.elf"
    path.write_bytes(seed_kernel.read_bytes()[:keep])
    _assert_clean_refusal(path, expected)


def test_truncated_segment_is_a_finding(seed_kernel: Path, tmp_path: Path) -> None:
    """A file cut inside its code, as a stripped file without section headers would
    be: readable, but no loader can load segment 0 from it."""
    code = KernelElf.load(seed_kernel).segments[0]
    keep = code.offset + 0x800
    data = bytearray(seed_kernel.read_bytes()[:keep])
    struct.pack_into("<Q", data, 40, 0)  # e_shoff
    struct.pack_into("<HH", data, 60, 0, 0)  # e_shnum, e_shstrndx
    path = tmp_path / "truncated.elf"
    path.write_bytes(bytes(data))
    done = run_longmode("check", path)
    assert done.returncode == 1, done.stderr
    assert (
        f"FAIL  segment-file: segment 0's bytes must lie inside the file (p_offset "
        f"{code.offset:#x} + p_filesz {code.filesz:#x} ends at {code.offset + code.filesz:#x}, "
        f"past the file's {keep} bytes)"
    ) in done.stdout


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
    report = check_kernel(_patched(seed_kernel, tmp_path, vaddr={1: 0x7000}, paddr={1: 0x7000}))
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
