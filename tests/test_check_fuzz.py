"""`longmode check` on damaged kernels: a report or one clean line, never exit 70.

Hypothesis damages real kernels — two small ones made with gcc and ld, and the
seed kernel — field by field: the ELF header, program headers, section
headers, symbols and string-table bytes (the fields scripts/fuzz_check.py
names), set to values that break bounds, sometimes with the file cut short.
Every outcome is judged as the long campaign (scripts/fuzz_check.py) judges it:
exit 0, 1 or 2; exit 2 as one line ``longmode check: PATH: ...`` with nothing on
stdout; no traceback, no Python exception name; the file unchanged; within a
time bound; and a clean kernel is one ``longmode image`` accepts. `check` runs
in this process, for speed.
"""

from __future__ import annotations

import shutil
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from support import load_script

#: Seconds one check may take; a small kernel takes milliseconds, the seed kernel
#: a fifth of a second (the bound leaves room for a loaded machine).
TIME_LIMIT = 10.0


fuzz = load_script("fuzz_check")


@dataclass(frozen=True)
class Original:
    """A kernel's bytes, shown by name when hypothesis reports a failing example."""

    name: str
    data: bytes = field(repr=False)


@pytest.fixture(scope="module")
def small_kernels(tmp_path_factory: pytest.TempPathFactory) -> list[Original]:
    """The two small kernels (linked at 1 MiB, and in the upper half)."""
    if not (shutil.which("gcc") and shutil.which("ld")):
        pytest.skip("needs gcc and ld (installed by scripts/setup.sh)")
    folder = tmp_path_factory.mktemp("small")
    built = [fuzz.build_small_kernel(folder, higher_half=high) for high in (False, True)]
    return [Original(path.name, path.read_bytes()) for path in built]


@pytest.fixture(scope="module")
def scratch(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The file each damaged kernel is written to."""
    return tmp_path_factory.mktemp("fuzz") / "damaged.elf"


def _judge(path: Path, data: bytes) -> None:
    path.write_bytes(data)
    outcome, problems = fuzz.examine(path, TIME_LIMIT)
    assert not problems, (problems, outcome)


@st.composite
def damage(draw: st.DrawFn, data: bytes) -> tuple[list[object], int | None]:
    """One to four changes to named fields of ``data``, and perhaps a cut."""
    sites = fuzz.sites(data)
    changes = []
    for _ in range(draw(st.integers(1, 4))):
        site = draw(st.sampled_from(sites))
        old = int.from_bytes(data[site.offset : site.offset + site.size], "little")
        value = draw(
            st.one_of(
                st.sampled_from(fuzz.special_values(site, old, len(data))),
                st.integers(0, (1 << (8 * site.size)) - 1),
            )
        )
        changes.append(fuzz.Change(site, value))
    cut = draw(st.one_of(st.none(), st.none(), st.none(), st.integers(0, len(data))))
    return changes, cut


#: The fixtures are module-scoped files and kernels, fine to share between examples.
SUPPRESSED = [HealthCheck.function_scoped_fixture, HealthCheck.too_slow]
#: An ELF64 little-endian x86-64 executable's first 20 bytes: what follows is random.
X86_64_IDENT = (
    b"\x7fELF\x02\x01\x01" + bytes(9) + (2).to_bytes(2, "little") + (62).to_bytes(2, "little")
)


@settings(max_examples=600, deadline=None, suppress_health_check=SUPPRESSED)
@given(which=st.integers(0, 1), seed=st.data())
def test_damaged_small_kernels_give_a_report_or_one_clean_line(
    small_kernels: list[Original], scratch: Path, which: int, seed: st.DataObject
) -> None:
    data = small_kernels[which].data
    changes, cut = seed.draw(damage(data))
    _judge(scratch, fuzz.apply(data, changes, cut))


@settings(max_examples=40, deadline=None, suppress_health_check=SUPPRESSED)
@given(seed=st.data())
def test_damaged_seed_kernel_gives_a_report_or_one_clean_line(
    seed_kernel: Path, scratch: Path, seed: st.DataObject
) -> None:
    data = seed_kernel.read_bytes()
    changes, cut = seed.draw(damage(data))
    _judge(scratch, fuzz.apply(data, changes, cut))


@settings(max_examples=300, deadline=None, suppress_health_check=SUPPRESSED)
@given(
    which=st.integers(0, 1),
    bytes_changed=st.lists(st.tuples(st.floats(0, 1), st.integers(0, 255)), max_size=12),
    cut=st.one_of(st.none(), st.floats(0, 1)),
)
def test_bytes_damaged_anywhere_give_a_report_or_one_clean_line(
    small_kernels: list[Original],
    scratch: Path,
    which: int,
    bytes_changed: list[tuple[float, int]],
    cut: float | None,
) -> None:
    data = bytearray(small_kernels[which].data)
    for where, value in bytes_changed:
        data[int(where * (len(data) - 1))] = value
    if cut is not None:
        del data[int(cut * len(data)) :]
    _judge(scratch, bytes(data))


@settings(max_examples=200, deadline=None, suppress_health_check=SUPPRESSED)
@given(blob=st.one_of(st.binary(max_size=300), st.binary(max_size=400).map(X86_64_IDENT.__add__)))
def test_random_bytes_are_refused_cleanly(scratch: Path, blob: bytes) -> None:
    _judge(scratch, blob)
