"""The loader's failure table (longmode.boot.failures): the sources, the docs and
the exit statuses agree with it; loader_failure() names a status only for the
images longmode builds; the MBR carries stage 2's CRC-32. No boots here (see
test_loader_failure_boots.py)."""

from __future__ import annotations

import re
import struct
import zlib
from pathlib import Path

from boot_kernels import REPO, make_elf

from longmode.boot import bootinfo
from longmode.boot.failures import LoaderFailure, loader_failure, render_markdown_table
from longmode.boot.image import _PARAMS, assemble_stage, build_image
from longmode.machine.machine import EXIT_STATUS
from longmode.platform import ExitCode, debug_exit_status

BOOT_SOURCES = REPO / "src" / "longmode" / "boot"
#: A message in the loader's sources: ``db "reason", 0, FAIL_NAME``.
MESSAGE = re.compile(r'^\w+:\s+db\s+"([^"]*)",\s*0,\s*FAIL_(\w+)\s*(?:;.*)?$', re.M)


def _sources() -> dict[str, str]:
    return {p.name: p.read_text() for p in sorted(BOOT_SOURCES.glob("*.asm"))} | {
        p.name: p.read_text() for p in sorted(BOOT_SOURCES.glob("*.inc"))
    }


def test_every_message_in_the_sources_is_the_tables_and_every_entry_is_used() -> None:
    used: dict[str, list[str]] = {}
    for name, text in _sources().items():
        for message, failure in MESSAGE.findall(text):
            assert failure in LoaderFailure.__members__, f"{name}: FAIL_{failure} is unknown"
            assert LoaderFailure[failure].message == message, f"{name}: FAIL_{failure}"
            used.setdefault(failure, []).append(name)
    assert sorted(used) == sorted(LoaderFailure.__members__)
    # Stage 1's messages live in stage1.asm, stage 2's in stage2.asm; a damaged stage
    # 2 is found by both (stage 2 checks its sectors past those stage 1 checked).
    for failure, files in used.items():
        stages = ["stage1.asm", "stage2.asm"] if failure == "STAGE2_DAMAGED" else None
        assert files == (stages or [f"stage{LoaderFailure[failure].stage}.asm"]), failure


def test_no_message_in_the_sources_is_without_a_code() -> None:
    for name, text in _sources().items():
        for label, rest in re.findall(r'^(msg_\w+):\s+db\s+"[^"]*",\s*0(.*)$', text, re.M):
            assert label == "msg_prefix" or rest.strip().startswith(", FAIL_"), (name, label)


def test_exit_statuses_are_distinct_and_clear_of_other_conventions() -> None:
    statuses = [f.exit_status for f in LoaderFailure]
    assert len(set(statuses)) == len(statuses)
    taken = {debug_exit_status(code) for code in ExitCode} | set(EXIT_STATUS.values()) | {1, 2}
    for failure in LoaderFailure:
        assert failure.exit_status == (failure.value << 1) | 1
        assert 64 < failure.exit_status < 128, failure
        assert failure.exit_status not in taken, failure
    stage1 = [f.value for f in LoaderFailure if f.stage == 1]
    stage2 = [f.value for f in LoaderFailure if f.stage == 2]
    assert max(stage1) < min(stage2)


def test_protocol_document_holds_the_failure_table() -> None:
    doc = (REPO / "docs" / "boot-protocol.md").read_text()
    assert render_markdown_table() in doc


def _image(tmp_path: Path) -> bytes:
    kernel = tmp_path / "k.elf"
    kernel.write_bytes(make_elf([(0x100000, 0x100000, b"\xfa\xf4", 0x1000)], 0x100000))
    return build_image(kernel)


def test_loader_failure_names_a_status_only_for_longmode_images(tmp_path: Path) -> None:
    image = _image(tmp_path)
    for failure in LoaderFailure:
        assert loader_failure(image, failure.exit_status) is failure
    assert loader_failure(image, 33) is None
    assert loader_failure(image, 0) is None
    other = bytearray(image)
    other[bootinfo.DISK_SIGNATURE_OFFSET] ^= 1  # another MBR: another disk signature
    for failure in LoaderFailure:
        assert loader_failure(bytes(other), failure.exit_status) is None
    assert loader_failure(image[:511], LoaderFailure.STAGE2_READ.exit_status) is None


def test_stage2_failures_need_stage2_in_the_image_and_stage1_failures_do_not(
    tmp_path: Path,
) -> None:
    image = bytearray(_image(tmp_path))
    image[512 + bootinfo.PARAMS_OFFSET] ^= 1  # stage 2's magic, as stage 1 checks it
    for failure in LoaderFailure:
        named = loader_failure(bytes(image), failure.exit_status)
        assert named is (failure if failure.stage == 1 else None)


def test_stage1_code_ends_before_the_count_and_crc_fields() -> None:
    stage1 = assemble_stage("stage1.asm")
    assert len(stage1) == 512
    fields = slice(bootinfo.STAGE1_COUNT_OFFSET, 0x1FE)
    assert stage1[fields] == bytes(0x1FE - bootinfo.STAGE1_COUNT_OFFSET)
    assert stage1[3:0x5A] == bytes(0x57)  # the BPB gap


def test_image_stores_stage2s_crc32s_in_the_mbr_and_the_parameter_block(tmp_path: Path) -> None:
    image = _image(tmp_path)
    (sectors,) = struct.unpack_from("<H", image, bootinfo.STAGE1_COUNT_OFFSET)
    (crc,) = struct.unpack_from("<I", image, bootinfo.STAGE1_CRC_OFFSET)
    checked = 512 * (1 + bootinfo.STAGE1_CHECKED_SECTORS)
    assert crc == zlib.crc32(image[512:checked])
    # The rest's CRC-32 is the parameter block's last field.
    params = 512 + bootinfo.PARAMS_OFFSET
    (rest,) = struct.unpack_from("<I", image, params + _PARAMS.size - 4)
    assert rest == zlib.crc32(image[checked : 512 * (1 + sectors)])
    assert sectors > bootinfo.STAGE1_CHECKED_SECTORS
    stage1 = assemble_stage("stage1.asm")
    # Only the count, the CRC and the disk signature differ from stage 1 as assembled.
    patched = {
        *range(bootinfo.STAGE1_COUNT_OFFSET, bootinfo.STAGE1_COUNT_OFFSET + 2),
        *range(bootinfo.STAGE1_CRC_OFFSET, bootinfo.STAGE1_CRC_OFFSET + 4),
        *range(bootinfo.DISK_SIGNATURE_OFFSET, bootinfo.DISK_SIGNATURE_OFFSET + 4),
    }
    assert {i for i in range(0x1BE) if image[i] != stage1[i]} <= patched
