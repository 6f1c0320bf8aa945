"""`longmode image`: the disk layout, the refusals (one line, exit 2), atomic
output, the boot-info ABI's generated C and Rust copies."""

from __future__ import annotations

import re
import shutil
import struct
import subprocess
from pathlib import Path

import pytest
from boot_kernels import REPO, make_elf

from longmode.boot import bootinfo
from longmode.boot.image import (
    MAX_KERNEL_SIZE,
    MIB,
    STAGE1_COUNT_OFFSET,
    asm_defines,
    assemble_stage,
    build_image,
)
from longmode.cli import main

HLT = b"\xf4\xeb\xfd"  # hlt; jmp $-1


def _good_kernel(tmp_path: Path) -> Path:
    path = tmp_path / "k.elf"
    path.write_bytes(make_elf([(0x100000, 0x100000, HLT, 0x2000)], 0x100000))
    return path


def _refusal(capsys: pytest.CaptureFixture[str], *argv: str) -> str:
    assert main(["image", *argv]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1, err
    assert "Traceback" not in err
    assert err.startswith("longmode image: ")
    return err.rstrip("\n").removeprefix("longmode image: ")


def test_stage1_is_one_sector_with_the_boot_signature() -> None:
    stage1 = assemble_stage("stage1.asm")
    assert len(stage1) == 512
    assert stage1[510:] == b"\x55\xaa"
    assert stage1[0x1B8:0x1FE] == bytes(0x46)  # signature and partition table left free
    assert stage1[STAGE1_COUNT_OFFSET : STAGE1_COUNT_OFFSET + 2] == b"\0\0"


def test_stages_assemble_the_same_with_nasm(tmp_path: Path) -> None:
    nasm = shutil.which("nasm")
    if nasm is None:
        pytest.skip("nasm is not installed")
    here = REPO / "src" / "longmode" / "boot"
    defines = [f"-D{k}={v}" for k, v in asm_defines().items()]
    for name in ("stage1.asm", "stage2.asm"):
        out = tmp_path / (name + ".bin")
        subprocess.run(
            [nasm, "-f", "bin", "-I", f"{here}/", *defines, "-o", str(out), str(here / name)],
            check=True,
        )
        assert out.read_bytes() == assemble_stage(name), name


def test_image_has_a_valid_mbr_stage2_and_the_kernel(tmp_path: Path) -> None:
    kernel = _good_kernel(tmp_path)
    image = build_image(kernel, "root=/dev/null")
    assert len(image) % MIB == 0
    assert image[510:512] == b"\x55\xaa"
    status, ptype, first, count = struct.unpack_from("<B3xB3xII", image, 0x1BE)
    assert (status, ptype, first) == (0x80, 0xDA, 1)
    assert first + count == len(image) // 512
    assert image[0x1CE:0x1FE] == bytes(48)  # the other three entries are empty
    sectors = struct.unpack_from("<H", image, STAGE1_COUNT_OFFSET)[0]
    assert image[512 + 8 : 512 + 12] == b"LMS2"
    lba, size = struct.unpack_from("<II", image, 512 + 16)
    assert lba > sectors
    assert image[lba * 512 : lba * 512 + size] == kernel.read_bytes()
    assert b"root=/dev/null\0" in image[512 : 512 * (1 + sectors)]


def test_cli_writes_the_image_and_leaves_the_kernel_alone(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    kernel = _good_kernel(tmp_path)
    before = kernel.read_bytes()
    out = tmp_path / "disk.img"
    assert main(["image", str(kernel), "-o", str(out), "--cmdline", "x"]) == 0
    assert capsys.readouterr().out.strip() == str(out)
    assert out.read_bytes() == build_image(kernel, "x")
    assert kernel.read_bytes() == before
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".longmode-")] == []


def test_a_refused_kernel_leaves_an_existing_image_untouched(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "disk.img"
    out.write_bytes(b"old")
    bad = tmp_path / "bad.bin"
    bad.write_bytes(b"MZ\0\0")
    _refusal(capsys, str(bad), "-o", str(out))
    assert out.read_bytes() == b"old"


def test_refuses_a_file_that_is_not_elf(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    bad = tmp_path / "kernel.bin"
    bad.write_bytes(b"MZ\x90\x00" + bytes(100))
    err = _refusal(capsys, str(bad), "-o", str(tmp_path / "o.img"))
    assert re.fullmatch(
        rf"{re.escape(str(bad))}: not an ELF file: it starts with 4d 5a 90 00.*", err
    )


def test_refuses_a_32_bit_elf_without_multiboot_header(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    k = tmp_path / "k32.elf"
    k.write_bytes(make_elf([(0x100000, 0x100000, HLT, 3)], 0x100000, wide=False))
    err = _refusal(capsys, str(k), "-o", str(tmp_path / "o.img"))
    assert re.fullmatch(rf"{re.escape(str(k))}: a 32-bit ELF without a Multiboot header;.*", err)


def test_refuses_an_entry_outside_the_segments(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    k = tmp_path / "k.elf"
    k.write_bytes(make_elf([(0x100000, 0x100000, HLT, 0x1000)], 0x200000))
    err = _refusal(capsys, str(k), "-o", str(tmp_path / "o.img"))
    assert re.fullmatch(
        rf"{re.escape(str(k))}: entry 0x200000 is outside every loaded segment", err
    )


def test_refuses_overlapping_segments(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    k = tmp_path / "k.elf"
    k.write_bytes(
        make_elf([(0x100000, 0x100000, HLT, 0x2000), (0x101000, 0x101000, HLT, 3)], 0x100000)
    )
    err = _refusal(capsys, str(k), "-o", str(tmp_path / "o.img"))
    assert re.fullmatch(
        rf"{re.escape(str(k))}: segments overlap: physical 0x100000-0x102000 and "
        r"0x101000-0x101003",
        err,
    )


def test_refuses_segments_in_the_loaders_memory(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    k = tmp_path / "k.elf"
    k.write_bytes(make_elf([(0x8000, 0x8000, HLT, 3)], 0x8000))
    err = _refusal(capsys, str(k), "-o", str(tmp_path / "o.img"))
    assert re.fullmatch(
        rf"{re.escape(str(k))}: segment at physical 0x8000 overlaps the loader's memory "
        r"below 1 MiB .*",
        err,
    )


def test_refuses_a_higher_half_segment_in_the_physical_map(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    k = tmp_path / "k.elf"
    k.write_bytes(make_elf([(0xFFFF800000100000, 0x100000, HLT, 3)], 0xFFFF800000100000))
    err = _refusal(capsys, str(k), "-o", str(tmp_path / "o.img"))
    assert re.fullmatch(rf"{re.escape(str(k))}: segment at virtual 0xffff800000100000 .*", err)


def test_refuses_a_kernel_larger_than_the_loader_can_load(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    k = tmp_path / "huge.elf"
    k.write_bytes(make_elf([(0x100000, 0x100000, HLT, 3)], 0x100000))
    with k.open("r+b") as f:
        f.truncate(MAX_KERNEL_SIZE + 1)  # sparse
    err = _refusal(capsys, str(k), "-o", str(tmp_path / "o.img"))
    assert re.fullmatch(
        rf"{re.escape(str(k))}: the kernel must be at most 256 MiB \(longmode's limit\), "
        r"not 268,435,457 bytes \(256\.0 MiB\)",
        err,
    )


def test_refuses_a_too_long_command_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    kernel = _good_kernel(tmp_path)
    err = _refusal(capsys, str(kernel), "-o", str(tmp_path / "o.img"), "--cmdline", "x" * 300)
    assert re.fullmatch(rf"{re.escape(str(kernel))}: the command line is 300 bytes; .*", err)


def test_refuses_a_multiboot_header_asking_for_video(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    flags = 1 << 2
    header = struct.pack("<III", 0x1BADB002, flags, -(0x1BADB002 + flags) & 0xFFFFFFFF)
    k = tmp_path / "mb.elf"
    k.write_bytes(make_elf([(0x100000, 0x100000, header + HLT, 64)], 0x10000C, wide=False))
    err = _refusal(capsys, str(k), "-o", str(tmp_path / "o.img"))
    assert re.fullmatch(rf"{re.escape(str(k))}: the Multiboot 1 header requires a video .*", err)


def test_unreadable_kernel(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    err = _refusal(capsys, str(tmp_path / "missing.elf"), "-o", str(tmp_path / "o.img"))
    assert re.fullmatch(r".*missing\.elf: cannot read the kernel: no such file or directory", err)


def test_generated_c_header_and_rust_module_are_current() -> None:
    assert (REPO / "examples" / "longmode_boot.h").read_text() == bootinfo.render_c_header()
    assert (REPO / "kernel" / "src" / "bootinfo.rs").read_text() == bootinfo.render_rust()


def test_c_header_compiles_with_its_layout_asserts(tmp_path: Path) -> None:
    source = tmp_path / "t.c"
    source.write_text('#include "longmode_boot.h"\nint main(void) { return 0; }\n')
    subprocess.run(
        ["gcc", "-std=c11", "-fsyntax-only", "-I", str(REPO / "examples"), str(source)],
        check=True,
    )


def test_rust_module_compiles_with_its_layout_asserts(tmp_path: Path) -> None:
    rustc = shutil.which("rustc")
    if rustc is None:
        pytest.skip("rustc is not installed")
    crate = tmp_path / "lib.rs"
    crate.write_text(
        f"#![no_std]\n#[path = {str(REPO / 'kernel' / 'src' / 'bootinfo.rs')!r}]\n"
        "pub mod bootinfo;\n".replace("'", '"')
    )
    subprocess.run(
        [rustc, "--edition", "2021", "--crate-type", "lib", "--emit", "metadata",
         "-o", str(tmp_path / "lib.rmeta"), str(crate)],
        check=True,
    )  # fmt: skip


def test_boot_info_layout_is_naturally_aligned_and_versioned() -> None:
    assert bootinfo.MAGIC.to_bytes(8, "little") == b"LONGMODE"
    assert bootinfo.OFFSETS["magic"] == 0 and bootinfo.OFFSETS["version"] == 8
    assert bootinfo.STRUCT_SIZE % 8 == 0
    assert bootinfo.ENTRY_SIZE == 24


def test_protocol_document_holds_the_current_tables() -> None:
    doc = (REPO / "docs" / "boot-protocol.md").read_text()
    assert bootinfo.render_markdown_tables() in doc
    assert f"# The longmode boot protocol (version {bootinfo.VERSION})" in doc


def test_upper_half_kernel_without_load_addresses_is_placed_at_1_mib(tmp_path: Path) -> None:
    from longmode.boot.image import plan_kernel

    base = 0xFFFFFFFF80200000
    data = make_elf([(base, base, HLT, 0x1000), (base + 0x3000, base + 0x3000, HLT, 8)], base)
    plan = plan_kernel(tmp_path / "k.elf", data)
    assert plan.phys_delta == base - 0x100000
    assert [s.paddr for s in plan.segments] == [0x100000, 0x103000]


def test_multiboot_elf_entry_is_translated_to_its_physical_address(tmp_path: Path) -> None:
    from longmode.boot.image import MODE_MULTIBOOT1, plan_kernel

    flags = 0
    header = struct.pack("<III", 0x1BADB002, flags, -(0x1BADB002 + flags) & 0xFFFFFFFF)
    data = make_elf([(0xC0100000, 0x100000, header + HLT, 64)], 0xC010000C, wide=False)
    plan = plan_kernel(tmp_path / "k.elf", data)
    assert (plan.mode, plan.entry) == (MODE_MULTIBOOT1, 0x10000C)


def test_parameter_block_offsets_agree_with_stage2() -> None:
    """image.py packs the block stage 2 declares: compare every field's offset."""
    from longmode.asm import assemble
    from longmode.boot.image import _PARAMS, PARAMS_OFFSET

    names = [
        "p_magic", "p_sectors", "p_kernel_lba", "p_kernel_size", "p_staging", "p_mode",
        "p_mb_entry", "p_mb_count", "p_mb_segs", "p_load_end", "p_phys_delta",
        "p_cmdline_len", "p_cmdline", "p_protocol", "p09_phys_slot", "p09_rec_slot",
        "p09_stack_pages", "p09_stack_phys", "p09_nfields", "p09_boot_info", "p09_stack_guard",
        "p09_fields", "p_virt_offset", "p11_rela", "p11_rela_count", "p11_relro_start",
        "p11_relro_end", "p11_rsp", "p11_fb_virt", "p_rest_crc",
    ]  # fmt: skip
    here = REPO / "src" / "longmode" / "boot"
    source = (here / "stage2.asm").read_text() + "\nprobe: dd " + ", ".join(names) + "\n"
    code = assemble(source, include_paths=[str(here)], defines=asm_defines())
    found = struct.unpack_from(f"<{len(names)}I", code, len(code) - 4 * len(names))
    sizes = [4] * 8 + [64, 4, 8, 4, bootinfo.CMDLINE_MAX] + [4] * 6 + [8, 8]
    sizes.append(16 * bootinfo.CRATE_MAX_FIELDS)
    sizes += [8] * 7 + [4]
    expected = [0x8000 + PARAMS_OFFSET + sum(sizes[:i]) for i in range(len(names))]
    assert list(found) == expected
    assert _PARAMS.size == sum(sizes)


def test_stage2_checks_its_later_sectors_with_code_in_the_sectors_stage1_checked() -> None:
    """Everything stage 2 runs before its check of the other sectors, and the check
    with what it prints, lies in the first STAGE1_CHECKED_SECTORS sectors."""
    from longmode.asm import assemble
    from longmode.boot.image import CHECKED_BYTES

    here = REPO / "src" / "longmode" / "boot"
    source = (here / "stage2.asm").read_text() + "\nprobe: dd checked_code_end\n"
    code = assemble(source, include_paths=[str(here)], defines=asm_defines())
    (end,) = struct.unpack_from("<I", code, len(code) - 4)
    assert 0x8000 < end <= 0x8000 + CHECKED_BYTES
