"""Sources that ask for enormous work are answered at once: as NASM answers them where
NASM answers promptly, with longmode's own limit where NASM would grind."""

from __future__ import annotations

import time

import pytest
from asm_oracle import nasm_result, needs_nasm

from longmode.asm import AsmError, assemble_source


def _ours(source: str, fmt: str = "bin") -> tuple[bytes | None, list[str]]:
    """Our output (None on failure) and messages in the form nasm_result gives."""
    try:
        result = assemble_source(source, filename="in.asm", fmt=fmt)
    except AsmError as err:
        return None, [f"{d.line}: {d.severity}: {d.message}" for d in err.diagnostics]
    return result.output, [f"{d.line}: {d.severity}: {d.message}" for d in result.warnings]


def _quickly(source: str, fmt: str = "bin") -> tuple[bytes | None, list[str]]:
    """:func:`_ours`, which must answer within two seconds."""
    start = time.perf_counter()
    result = _ours(source, fmt)
    elapsed = time.perf_counter() - start
    assert elapsed < 2.0, f"took {elapsed:.1f} s"
    return result


# -- the evaluator: 64-bit numbers, as in NASM ------------------------------------------

SIXTY_FOUR_BITS = [
    "dd 0xffffffffffffffff\ndd 0xffffffffffffffff+0\ndb 0xffffffffffffffff\n",
    "%assign i 1\n%rep 200\n%assign i i+i\n%endrep\ndq i\n%if i == 0\ndb 1\n%endif\n",
    "%assign i 0x7fffffffffffffff+1\n%if i < 0\ndb 1\n%endif\ndq -i, -(-i)\n",
]


@needs_nasm
@pytest.mark.parametrize("source", SIXTY_FOUR_BITS)
def test_numbers_are_64_bit_like_nasm(source: str) -> None:
    assert _quickly(source) == nasm_result(source)


@needs_nasm
@pytest.mark.parametrize(
    "source",
    [
        "dq " + "7" * 100_000 + "\n",
        "dq 0x" + "f" * 100_000 + "\n",
        "times 18446744073709551617 nop\n",
        "%assign i 18446744073709551616\n%if i == 0\ndb 1\n%endif\n",
    ],
    ids=["decimal", "hex", "times", "assign"],
)
def test_huge_literals_keep_their_low_64_bits_like_nasm(source: str) -> None:
    ours, _ = _quickly(source)
    expected, warnings = nasm_result(source)
    assert ours == expected
    assert all("does not fit in 64 bits" in w for w in warnings)  # a warning we do not give
