"""`longmode check` on damaged kernels: a report or one clean error, never a traceback."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from longmode.check import check_kernel
from longmode.elf import ElfFormatError

#: Damage: (position, new byte) pairs; a position is an offset into the headers
#: (first KiB) or a fraction of the file (section headers and symbols sit at its end).
position = st.one_of(st.integers(min_value=0, max_value=0x400), st.floats(0, 1))
damage = st.lists(st.tuples(position, st.integers(0, 255)), max_size=12)


@settings(
    max_examples=150,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)
@given(changes=damage, cut=st.one_of(st.none(), st.integers(min_value=0, max_value=0x4000)))
def test_damaged_kernel_gives_a_report_or_a_one_line_error(
    seed_kernel: Path, tmp_path: Path, changes: list[tuple[int | float, int]], cut: int | None
) -> None:
    data = bytearray(seed_kernel.read_bytes())
    for where, value in changes:
        offset = where if isinstance(where, int) else int(where * (len(data) - 1))
        data[offset] = value
    if cut is not None:
        del data[cut:]
    path = tmp_path / "damaged.elf"
    path.write_bytes(bytes(data))
    try:
        report = check_kernel(path)
    except ElfFormatError as error:
        message = str(error)
        assert message.startswith(f"{path}: ")
        assert "\n" not in message
    else:
        assert report.render()


@settings(max_examples=100, deadline=None)
@given(st.binary(max_size=300))
def test_random_bytes_are_refused_cleanly(
    tmp_path_factory: pytest.TempPathFactory, blob: bytes
) -> None:
    path = tmp_path_factory.mktemp("random") / "blob.elf"
    path.write_bytes(blob)
    try:
        check_kernel(path)
    except ElfFormatError as error:
        assert "\n" not in str(error)
