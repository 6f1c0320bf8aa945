"""--eh-frame-hdr's table (longmode.link.ehframe) on .eh_frame as gas writes it; the
whole link is compared with GNU ld's in test_link_vs_ld.py (case eh-frame-hdr)."""

from __future__ import annotations

import shutil
import struct
import subprocess
from pathlib import Path

import pytest

from longmode.link import ehframe
from longmode.link.inputs import read_object
from longmode.link.model import LinkError

HERE = Path(__file__).parent
GCC = shutil.which("gcc")


@pytest.fixture(scope="module")
def frames(tmp_path_factory: pytest.TempPathFactory) -> bytes:
    """gas's .eh_frame for tests/link/kernels/eh_frame.s: a CIE and three FDEs."""
    if GCC is None:
        pytest.skip("needs gcc (installed by scripts/setup.sh)")
    obj = tmp_path_factory.mktemp("eh") / "eh.o"
    source = HERE / "kernels" / "eh_frame.s"
    subprocess.run([GCC, "-c", "-x", "assembler", str(source), "-o", str(obj)], check=True)
    (section,) = (
        s for s in read_object("eh.o", obj.read_bytes()).sections.values() if s.name == ".eh_frame"
    )
    return section.data


def test_fdes_are_counted_and_the_terminator_ends_the_records(frames: bytes) -> None:
    assert ehframe.count_fdes(frames) == 3
    assert ehframe.count_fdes(frames + bytes(4) + frames) == 3


def test_the_table_is_sorted_by_start_address_relative_to_the_header(frames: bytes) -> None:
    # pc-relative starts as gas wrote them (unrelocated: 0 + the field's own place)
    eh_frame_at, header_at = 0x10000, 0x9000
    table = ehframe.build(frames, eh_frame_at, header_at, 64)
    version, ptr_enc, count_enc, table_enc, eh_frame_ptr, count = ehframe.HEADER.unpack_from(table)
    assert (version, ptr_enc, count_enc, table_enc) == (1, 0x1B, 0x03, 0x3B)
    assert header_at + 4 + eh_frame_ptr == eh_frame_at
    assert count == 3 and len(table) == ehframe.size(3)
    entries = [ehframe.ENTRY.unpack_from(table, 12 + 8 * i) for i in range(count)]
    starts = [start for start, _ in entries]
    assert starts == sorted(starts)
    for start, fde in entries:
        record = fde + header_at - eh_frame_at  # the FDE's offset in .eh_frame
        (field,) = struct.unpack_from("<i", frames, record + 8)
        assert start + header_at == eh_frame_at + record + 8 + field


def test_records_it_cannot_read_are_a_link_error(frames: bytes) -> None:
    with pytest.raises(LinkError, match=r"64-bit record at \+0x0"):
        ehframe.build(b"\xff\xff\xff\xff" + bytes(12), 0, 0, 64)
    with pytest.raises(LinkError, match=r"runs past the section"):
        ehframe.count_fdes(frames[:-4])
    orphan = bytearray(frames[0x18:])  # FDEs whose CIE is not there
    with pytest.raises(LinkError, match=r"names no CIE before it"):
        ehframe.build(bytes(orphan), 0, 0, 64)


def test_a_personality_before_the_fde_encoding_is_skipped_by_the_classs_word() -> None:
    """A CIE "zPR" with an absolute personality pointer: 4 bytes in ELF32, 8 in
    ELF64; the FDE encoding (pc-relative sdata4) comes after it."""

    def frames(word: int) -> bytes:
        augmentation = bytes([0x00]) + bytes(word) + bytes([0x1B])  # P absptr, R
        body = b"\x01zPR\x00\x01\x7c\x08" + bytes([len(augmentation)]) + augmentation
        body += bytes(-(len(body) + 4) % 4)
        cie = struct.pack("<II", len(body) + 4, 0) + body
        fde_body = struct.pack("<iIB", 0x100, 0x10, 0) + bytes(3)
        fde = struct.pack("<II", len(fde_body) + 4, len(cie) + 4) + fde_body
        return cie + fde

    for bits, word in ((32, 4), (64, 8)):
        data = frames(word)
        fde_at = data.index(struct.pack("<i", 0x100)) - 8
        table = ehframe.build(data, 0x1000, 0x800, bits)
        (start, fde) = ehframe.ENTRY.unpack_from(table, 12)
        assert (start + 0x800, fde + 0x800) == (0x1000 + fde_at + 8 + 0x100, 0x1000 + fde_at)
