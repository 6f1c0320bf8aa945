"""Sources that ask for enormous work are answered at once: as NASM answers them where
NASM answers promptly, with longmode's own limit where NASM would grind."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from asm_oracle import nasm_result, needs_nasm, ours_quickly, ours_result

from longmode.asm import assemble_source

# -- the evaluator: 64-bit numbers, as in NASM ------------------------------------------

SIXTY_FOUR_BITS = [
    "dd 0xffffffffffffffff\ndd 0xffffffffffffffff+0\ndb 0xffffffffffffffff\n",
    "%assign i 1\n%rep 200\n%assign i i+i\n%endrep\ndq i\n%if i == 0\ndb 1\n%endif\n",
    "%assign i 0x7fffffffffffffff+1\n%if i < 0\ndb 1\n%endif\ndq -i, -(-i)\n",
]


@needs_nasm
@pytest.mark.parametrize("source", SIXTY_FOUR_BITS)
def test_numbers_are_64_bit_like_nasm(source: str) -> None:
    assert ours_quickly(source) == nasm_result(source)


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
    ours, _ = ours_quickly(source)
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
        "section .a\ntimes 134217728 db 1\nsection .b\ntimes 134217729 db 2",
        "elf64",
        "4: error: {}; this `times' would make the output 268435457 bytes",
    ),
    (
        "times 10000000 dd x\nx:",
        "elf64",
        "1: error: {}; this `times' would make the output 280000000 bytes",
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
    output, messages = ours_quickly(source + "\n", fmt)
    assert output is None
    assert messages == [message.format(LIMIT)]


def test_the_limit_is_a_named_constant() -> None:
    from longmode.asm import limits

    assert limits.MAX_OUTPUT_SIZE == 256 << 20
    assert limits.output_limit_text() == LIMIT


def test_output_up_to_the_limit_is_made_quickly() -> None:
    output, messages = ours_quickly("times 268435455 db 0\ndb 1\n")
    assert messages == []
    assert output is not None and len(output) == 256 << 20 and output[-2:] == b"\0\1"
    output, messages = ours_quickly("dw 1\ntimes 268435455 db 0\n")
    assert output is None
    assert messages == [f"2: error: {LIMIT}; this `times' would make section .text 268435457 bytes"]


@needs_nasm
@pytest.mark.parametrize("fmt", ["bin", "elf32", "elf64"])
def test_absurd_alignments_are_nasms_errors(fmt: str) -> None:
    source = "section .text\nalign 1 << 32\nnop\nalignb 0x80000000\n"
    assert ours_quickly(source, fmt) == nasm_result(source, fmt)


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
    (
        "x equ 0x123456789\nglobal x\ncommon c 0x100000005\nsection .a align=0x100000000\nnop\n",
        "elf32",
    ),
]


@needs_nasm
@pytest.mark.parametrize(("source", "fmt"), REPEATED)
def test_repetitions_match_nasm(source: str, fmt: str) -> None:
    from asm_oracle import elf_summary, run_nasm

    ours, messages = ours_quickly(source, fmt)
    assert messages == []
    expected = run_nasm(source, fmt)
    if fmt == "bin":
        assert ours == expected
    else:
        assert ours is not None and elf_summary(ours) == elf_summary(expected)


# -- the preprocessor: NASM's answers where NASM answers at once ---------------------------

LIKE_NASM = [
    "%define a a+1\ndd a\n",  # a macro is not expanded inside its own expansion
    "%define a b\n%define b a\ndd a\n",
    "%define a 1\n%define b a+a\n%define c b+b\ndd c\n",
    "%define g f\n%define f(x) x*2\ndd g(3)\n",
    "%define f(x) x+x\n%define a f(f(f(1)))\ndd a\n",
    "%define f(x) x+1\n%define g(x) f(x)\ndd g(f(1))\n",
    "%define f() 7\ndd f()\n",
    '%define s "ab"\n%rep 20\n%strcat s s, s\n%endrep\ndb s\n',  # a 2 MiB line
    "%define s x\n%xdefine s s+s\n%xdefine s s+s\n%define x 2\ndb s\n",
    "%macro m 0\nm\n%endmacro\nm\n",  # a %macro does not call itself
    "%macro a 0\nb\n%endmacro\n%macro b 0\na\n%endmacro\na\n",
    "%rmacro count 1\n%if %1 > 0\ndb %1\ncount %1-1\n%endif\n%endmacro\ncount 5\n",
    "%irmacro Count 1\n%if %1 > 0\n%assign n %1-1\ndb n\ncount n\n%endif\n%endmacro\nCOUNT 3\n",
]


@needs_nasm
@pytest.mark.parametrize("source", LIKE_NASM)
def test_macros_expand_like_nasm(source: str) -> None:
    assert ours_quickly(source) == nasm_result(source)


CHAIN = "%define a0 x\n" + "".join(f"%define a{i} a{i - 1} a{i - 1}\n" for i in range(1, 41))
NASM_LIMITS = [
    (CHAIN + "db a40\n", ["--limit-macro-tokens", "100000"]),  # 2**40 words
    ("%rmacro m 0\nm\n%endmacro\nm\n", []),
]


@needs_nasm
@pytest.mark.parametrize(("source", "options"), NASM_LIMITS, ids=["chain", "rmacro"])
def test_runaway_macros_stop_with_nasms_error(source: str, options: list[str]) -> None:
    """NASM's first error, at once (NASM itself needs seconds for the chain unless
    its limit is lowered); then we stop, where NASM goes on with follow-on errors."""
    output, messages = ours_quickly(source)
    expected = [m for m in nasm_result(source, options=options)[1] if ": error:" in m]
    assert output is None
    assert messages == expected[:1]
    assert "interminable" in messages[0]


TEXT_LIMIT = "macro expansions must produce at most 64 MiB of text in all"
LINE_LIMIT = "a line must be at most 1 MiB long once macro parameters are put in (longmode's limit)"
LINES_LIMIT = (
    "the source must come to at most 1000000 lines once its includes, macros and `%rep' "
    "blocks are read (longmode's limit)"
)
OWN_LIMITS = [
    ("%rep 1000000\n%rep 1000000\nnop\n%endrep\n%endrep\n", f"1: error: {LINES_LIMIT}; this "
     "`%rep' would make it 3000005"),
    ("%assign i 0\n%rep 1000\n%rep 1000000\n%assign i i+1\n%endrep\n%endrep\n",
     f"3: error: {LINES_LIMIT}; this `%rep' would make it 1000000009"),
    ("%macro m 0\n%rep 1000\nnop\n%endrep\n%endmacro\n%rep 1000\nm\n%endrep\n",
     f"7: error: {LINES_LIMIT}; this `%rep' would make it 1000012"),
    ("%rep 1000000\n%if 0\n%exitrep\n%endif\n" + "\n" * 30 + "%endrep\n",
     f"34: error: {LINES_LIMIT}"),
    ("%define s x\n%rep 100\n%xdefine s s s\n%endrep\n",
        "3: error: interminable macro recursion",
    ),
    ("%define s x\n%rep 100000\n%xdefine s s x\n%endrep\n", f"3: error: {TEXT_LIMIT} "
     "(longmode's limit)"),
    ('%define s "ab"\n%rep 100000\n%strcat s s, "x"\n%endrep\n', f"3: error: {TEXT_LIMIT} "
     "(longmode's limit)"),
    ('%define s "ab"\n%rep 40\n%strcat s s, s\n%substr t s 1,-1\n%endrep\n',
     f"4: error: {TEXT_LIMIT} (longmode's limit)"),
    ("%rep 100\n%xdefine s s s\n%endrep\n", "2: error: interminable macro recursion"),
    ("%rmacro m 1+\nm %1 %1\n%endmacro\nm x\n", f"4: error: {LINE_LIMIT}"),  # NASM grinds
    # NASM stops expanding this one silently (no output, no message)
    ("%assign d 0\n%rmacro m 0\n%assign d d+1\n%if d < 30\nm\nm\n%endif\n%assign d d-1\n"
     "%endmacro\nm\n", "10: error: interminable multiline macro recursion"),
]  # fmt: skip


@pytest.mark.parametrize(("source", "message"), OWN_LIMITS)
def test_runaway_preprocessing_stops_at_a_limit(source: str, message: str) -> None:
    assert ours_quickly(source) == (None, [message])


def test_limits_are_named_constants() -> None:
    from longmode.asm import limits

    assert (limits.MAX_LINES, limits.MAX_REP, limits.MAX_MACRO_LEVELS) == (10**6, 10**6, 10**4)
    assert (limits.MAX_MMACROS, limits.MAX_MACRO_TOKENS) == (10**4, 200_000)
    assert (limits.MAX_EXPANDED_TEXT, limits.MAX_LINE_LENGTH) == (64 << 20, 1 << 20)
    assert limits.MAX_ALIGN == 1 << 31
    assert limits.MAX_INCLUDE_DEPTH == 64


# -- files: read once, through longmode.files, never a FIFO or device ----------------------


def test_an_include_of_itself_stops_at_the_depth_limit(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "self.inc").write_text('db 1\n%include "self.inc"\n')
    output, messages = ours_quickly('%include "self.inc"\n')
    assert output is None
    assert messages == ["2: error: includes must nest at most 64 deep (longmode's limit)"]


@pytest.mark.parametrize("kind", ["fifo", "device", "directory"])
@pytest.mark.parametrize("directive", ["%include", "incbin"])
def test_special_files_are_refused_at_once(
    kind: str, directive: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    names = {"fifo": "pipe", "device": "/dev/zero", "directory": "folder"}
    os.mkfifo(tmp_path / "pipe")
    (tmp_path / "folder").mkdir()
    what = {"fifo": "a FIFO (named pipe)", "device": "a character device"}.get(kind, "a directory")
    source = f'nop\n{directive} "{names[kind]}"\nnop\n'
    output, messages = ours_quickly(source)
    noun = "source" if directive == "%include" else "file"
    assert output is None
    assert messages == [
        f"2: error: {names[kind]}: the included {noun} must be a regular file, not {what}"
    ]


@needs_nasm
def test_incbin_counts_and_files_read(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from asm_oracle import run_nasm_file

    monkeypatch.chdir(tmp_path)
    (tmp_path / "inc").mkdir()
    (tmp_path / "data.bin").write_bytes(bytes(range(256)))
    (tmp_path / "inc" / "a.inc").write_text('%include "b.inc"\ndb 0xaa\n')
    (tmp_path / "inc" / "b.inc").write_text("db 0xbb\n")
    source = (
        '%include "a.inc"\nincbin "data.bin", 250\nincbin "data.bin", 16, 4\n'
        '%include "a.inc"\n%rep 3\nincbin "data.bin", 0, 2\n%endrep\n'
        "%if $ - $$ > 0\ndb 1\n%endif\n"  # `$' in a condition: the preprocessor runs again
    )
    (tmp_path / "main.asm").write_text(source)
    result = assemble_source(source, filename="main.asm", include_paths=["inc"])
    assert result.output == run_nasm_file(tmp_path / "main.asm", options=["-Iinc/"])
    assert result.files_read == ["inc/a.inc", "inc/b.inc", "data.bin"]


def test_files_read_is_empty_without_includes() -> None:
    assert assemble_source("nop\n").files_read == []


def test_incbin_counts_towards_the_output_limit(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    with open(tmp_path / "big.bin", "wb") as f:
        f.truncate(100 << 20)
    output, messages = ours_quickly('%rep 3\nincbin "big.bin"\n%endrep\n')
    assert output is None
    assert messages == [
        f"2: error: {LIMIT}; this `incbin' would make section .text 314572800 bytes"
    ]


# -- the listing: NASM's compact forms, so it never grows with a count ---------------------

LISTED = (
    "bits 32\ntimes 3 nop\ntimes 2 mov eax, 1\ndb 1\nalign 16\ntimes 1 db 5\ntimes 0 db 5\n"
    'times 3 dw 0x1234, 5\ntimes 3 db "0123456789abcdef"\ntimes 2 db 1,2,3,4,5,6,7,8,9,10\n'
    'db "abcdefghijklmnopqrstuvwxyz"\nresb 50\nsection .bss\nresb 10\ntimes 4 resd 2\n'
    "section .text\ntimes 2 jmp $\n"
)


@needs_nasm
def test_listing_shows_repetitions_like_nasm() -> None:
    from asm_oracle import nasm_listing

    result = assemble_source(LISTED, filename="in.asm", listing=True)
    ours = "".join(line.rstrip() + "\n" for line in result.listing_text().splitlines())
    assert ours == nasm_listing(LISTED)


def test_listing_of_a_huge_times_is_one_line() -> None:
    result = assemble_source("times 20000000 db 0\n", filename="in.asm", listing=True)
    assert result.listing_text() == "     1 00000000 00<rep 1312D00h>        times 20000000 db 0\n"


def test_code_in_absolute_space_is_nasms_error_at_once() -> None:
    # NASM reports each repetition; we report the line once, before any is made
    output, messages = ours_quickly("absolute 0\ntimes 1000000000 jmp 0x10\n")
    assert output is None
    assert messages == ["2: error: attempt to assemble code in [ABSOLUTE] space"]


def test_an_elf_object_of_too_many_sections_is_refused_at_the_last_section() -> None:
    # NASM writes extended section numbers (SHN_XINDEX) past 65279; we refuse, by name.
    # 32700 sections, their 32700 relocation sections, the null one and three tables
    source = "%assign i 0\n%rep 32700\nsection s%[i]\nl%[i]: dd l%[i]\n%assign i i+1\n%endrep\n"
    output, messages = ours_result(source, "elf64")
    assert output is None
    assert messages == [
        "3: error: an ELF object of 65404 sections is not supported: longmode's assembler "
        "writes at most 65279 (no extended section numbers)"
    ]
