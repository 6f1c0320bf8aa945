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


# -- the output: at most MAX_OUTPUT_SIZE, refused before any byte is made ------------------

LIMIT = "the output must be at most 256 MiB (longmode's limit)"
TOO_LARGE = [
    (
        "times 1000000000 db 0",
        "bin",
        "1: error: {}; this `times' would make section .text 1000000000 bytes",
    ),
    (
        "times 1000000000 nop",
        "bin",
        "1: error: {}; this `times' would make section .text 1000000000 bytes",
    ),
    (
        'times 100000000 db "0123456789abcdef"',
        "bin",
        "1: error: {}; this `times' would make section .text 1600000000 bytes",
    ),
    (
        "times 0x100000 * 0x100000 db 0",
        "bin",
        "1: error: {}; this `times' would make section .text 1099511627776 bytes",
    ),
    (
        "resb 10000000000",
        "bin",
        "1: error: {}; this `resb' would make section .text 10000000000 bytes",
    ),
    (
        "resq 1000000000",
        "elf64",
        "1: error: {}; this `resq' would make section .text 8000000000 bytes",
    ),
    (
        "rest 100000000",
        "elf32",
        "1: error: {}; this `rest' would make section .text 1000000000 bytes",
    ),
    ("resz 10000000", "bin", "1: error: {}; this `resz' would make section .text 640000000 bytes"),
    (
        "times 3 resb 0x6000000",
        "bin",
        "1: error: {}; this `times' would make section .text 301989888 bytes",
    ),
    (
        "db 1\nalign 0x40000000",
        "bin",
        "2: error: {}; this `align' would make section .text 1073741824 bytes",
    ),
    (
        "db 1\nalignb 0x40000000",
        "bin",
        "2: error: {}; this `alignb' would make section .text 1073741824 bytes",
    ),
    (
        "struc s\n.a: resb 0x40000000\n.b: resb 1\nendstruc\nistruc s\nat s.b, db 1",
        "bin",
        "6: error: {}; this `at' would make section .text 1073741824 bytes",
    ),
    (
        "db 1\nsection .b start=0x7fffffffffff\ndb 2",
        "bin",
        "2: error: {}; section .b at 0x7fffffffffff would make it 140737488355328 bytes",
    ),
    (
        "org 0x7c00\nsection .b start=0x20000000\ndb 2",
        "bin",
        "2: error: {}; section .b at 0x20000000 would make it 536839169 bytes",
    ),
    (
        "%rep 3\ntimes 100000000 db 1\n%endrep",
        "bin",
        "2: error: {}; this `times' would make section .text 300000000 bytes",
    ),
    (
        "section .a\ntimes 200000000 db 1\nsection .b\ntimes 200000000 db 2",
        "elf64",
        "4: error: {}; this `times' would make the output 400000000 bytes",
    ),
    (
        "times 10000000 dd x\nx:",
        "elf64",
        "1: error: {}; this `times' would make the output 280000000 bytes",
    ),
    (
        "absolute 0\ntimes 1000000000 jmp 0x10",
        "bin",
        "2: error: {}; this `times' would make 3000000000 bytes",
    ),
    (
        "section .bss\nresb 0x200000000",
        "elf32",
        "2: error: section .bss must be at most 4294967295 bytes in an ELF32 object (its sizes are "
        "32-bit); this `resb' would make it 8589934592 bytes",
    ),
    ("times -1 resb 5", "bin", "1: error: TIMES value -1 is negative"),
    ("resb -5", "bin", "1: error: `resb' count -5 is negative"),
]


@pytest.mark.parametrize(("source", "fmt", "message"), TOO_LARGE, ids=[c[0] for c in TOO_LARGE])
def test_too_large_output_is_refused_at_once(source: str, fmt: str, message: str) -> None:
    output, messages = _quickly(source + "\n", fmt)
    assert output is None
    assert messages == [message.format(LIMIT)]


def test_the_limit_is_a_named_constant() -> None:
    from longmode.asm import limits

    assert limits.MAX_OUTPUT_SIZE == 256 << 20
    assert limits.output_limit_text() == LIMIT


def test_output_up_to_the_limit_is_made_quickly() -> None:
    output, messages = _quickly("times 268435455 db 0\ndb 1\n")
    assert messages == []
    assert output is not None and len(output) == 256 << 20 and output[-2:] == b"\0\1"
    output, messages = _quickly("times 268435455 db 0\ndw 1\n")
    assert output is None
    assert messages == [f"2: error: {LIMIT}; this `dw' would make section .text 268435457 bytes"]


# Repetitions made once and copied (and their relocations) are what NASM makes.
REPEATED = [
    ("times 100000 db 'abc'\nresb 5\ntimes 7 resw 3\n", "bin"),
    ("org 0x100\ntimes 3 jmp 0x100\njmp 0x100\ntimes 2 call 0x100\nloop 0x100\n", "bin"),
    (
        "bits 32\ntimes 50 db $ - $$\ntimes 1000 dd $, $$\ntimes 2 mov eax, $\ntimes 3 jmp $\n",
        "bin",
    ),
    ("absolute 0x100\nx: times 1000 resd 1\ny: times 10 resb 3\nsection .text\ndd x, y\n", "bin"),
    ("db 1\nalign 0x100000\ndb 2\nalign 16, db 0xcc\n", "bin"),
    ("extern y\nsection .text\nx: times 1000 dd x, 5\ntimes 3 dq y\n", "elf64"),
    ("extern y\nsection .text\nx: times 1000 dd x + 4, 5\ntimes 3 dd y\n", "elf32"),
    (
        "section .bss\nresb 0x70000000\nresb 0x70000000\nx: resb 0x70000000\nsection .data\ndq x\n",
        "elf64",
    ),
    ("section .bss\nresb 0x70000000\nresb 0x70000000\nresb 0x1fffffff\n", "elf32"),
]


@needs_nasm
@pytest.mark.parametrize(("source", "fmt"), REPEATED)
def test_repetitions_match_nasm(source: str, fmt: str) -> None:
    from asm_oracle import elf_summary, run_nasm

    ours, messages = _quickly(source, fmt)
    assert messages == []
    expected = run_nasm(source, fmt)
    if fmt == "bin":
        assert ours == expected
    else:
        assert ours is not None and elf_summary(ours) == elf_summary(expected)
