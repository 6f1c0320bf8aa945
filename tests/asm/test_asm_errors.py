"""Diagnostics: ``file:line: error: message``, several per run, never a traceback."""

from __future__ import annotations

import re

import pytest
from asm_oracle import nasm_errors, needs_nasm

from longmode.asm import AsmError, assemble
from longmode.errors import LongmodeError

CASES = [
    ("foo eax", r"<input>:1: error: parser: instruction expected, found `foo'"),
    (
        "add al, ax",
        r"<input>:1: error: invalid combination of opcode and operands: `add' with al, ax",
    ),
    ("bits 64\npush eax", r"<input>:2: error: invalid combination of opcode and operands: "
     r"`push' with eax"),
    ("jmp nowhere", r"<input>:1: error: symbol `nowhere' not defined"),
    ("x: nop\nx: nop", r"<input>:2: error: label `x' inconsistently redefined"),
    ("x equ 1\nx equ 2", r"<input>:2: error: label `x' inconsistently redefined"),
    ("jmp strict short target\ntimes 200 nop\ntarget:",
     r"<input>:1: error: short jump is out of range"),
    ("jmp short target\ntimes 300 nop\ntarget:", r"<input>:1: error: short jump is out of range"),
    ("times -1 nop", r"<input>:1: error: TIMES value -1 is negative"),
    ("mov eax, (1+", r"<input>:1: error: expression syntax error"),
    ('db "abc', r"<input>:1: error: unterminated string \(missing `\"'\)"),
    ("%macro x 1\nnop", r"<input>:1: fatal: end of file while still defining macro `x'"),
    ('%include "no-such-file.inc"', r"<input>:1: fatal: unable to open include file "
     r"`no-such-file.inc'"),
    ("%if 1\nnop", r"<input>:2: fatal: expected `%endif' before end of file"),
    ("mov [rax], 1", r"<input>:1: error: operation size not specified"),
    ("dd 1/0", r"<input>:1: error: division by zero"),
    ("%error custom failure", r"<input>:1: error: custom failure"),
    ("bits 64\ninto", r"<input>:2: error: instruction not supported in 64-bit mode"),
    ("dd " + "(" * 5000 + "1" + ")" * 5000, r"<input>:1: error: expression is nested too deeply"),
    ("%rep 2000000\nnop\n%endrep", r"<input>:1: error: `%rep' count 2000000 exceeds the limit "
     r"of 1000000"),
    ("bits 16\nx: mov ax, seg x", r"<input>:2: error: binary output format does not support "
     r"segment base references"),
    ("mov al, [eax+ebx+ecx]", r"<input>:1: error: invalid effective address: too many registers"),
    ("struc s\n.a: resd 1\nsection .data\nendstruc",
     r"<input>:4: error: `endstruc' of `s' must end the structure's definition: a `section' "
     r"directive between `struc' and `endstruc' left it"),
    # Directives are matched with ASCII case folding, as NASM's: a long s (U+017F),
    # which Unicode folds to `s', makes no `struc', `section' or `use32' (NASM takes
    # such bytes into a name; ours stops at them: see the README)
    ("\u017ftruc point", r"<input>:1: error: unexpected character `\u017f'"),
    ("\u017fection .text", r"<input>:1: error: unexpected character `\u017f'"),
    ("bits 64\nu\u017fe32", r"<input>:2: error: unexpected character `\u017f'"),
]  # fmt: skip


@pytest.mark.parametrize(("source", "pattern"), CASES)
def test_error_message(source: str, pattern: str) -> None:
    with pytest.raises(AsmError) as info:
        assemble(source)
    assert re.fullmatch(pattern, str(info.value)), str(info.value)
    assert isinstance(info.value, LongmodeError)
    assert info.value.exit_code == 1


# Errors whose wording is NASM's own: the oracle must report the same message on the same line.
SAME_AS_NASM = [
    "jmp nowhere",
    "x: nop\nx: nop",
    "times -1 nop",
    "mov eax, (1+",
    "bits 64\nmov [rax], 1",
    "jmp strict short target\ntimes 200 nop\ntarget:",
    "bits 64\ninto",
]


@needs_nasm
@pytest.mark.parametrize("source", SAME_AS_NASM)
def test_error_wording_agrees_with_nasm(source: str) -> None:
    expected = nasm_errors(source)
    with pytest.raises(AsmError) as info:
        assemble(source, filename="in.asm")
    ours = [
        str(d).split(":", 1)[1].strip() for d in info.value.diagnostics if d.severity == "error"
    ]
    assert ours == expected


def test_several_errors_are_reported_in_one_run() -> None:
    source = "foo eax\nadd al, ax\nnop\nmov eax, [rax\njmp nowhere\n"
    with pytest.raises(AsmError) as info:
        assemble(source, filename="many.asm")
    lines = str(info.value).splitlines()
    assert lines == [
        "many.asm:1: error: parser: instruction expected, found `foo'",
        "many.asm:4: error: expecting `]'",
        "many.asm:2: error: invalid combination of opcode and operands: `add' with al, ax",
        "many.asm:5: error: symbol `nowhere' not defined",
    ]
    assert [d.line for d in info.value.diagnostics] == [1, 4, 2, 5]


def test_warnings_do_not_fail_the_run() -> None:
    from longmode.asm import assemble_source

    result = assemble_source("%warning careful\nnop\n", filename="w.asm")
    assert result.output == b"\x90"
    assert [str(w) for w in result.warnings] == ["w.asm:1: warning: careful"]


def test_errors_inside_an_included_file_name_that_file(tmp_path: object) -> None:
    import pathlib

    base = pathlib.Path(str(tmp_path))
    (base / "bad.inc").write_text("nop\nbogus_instruction eax\n")
    with pytest.raises(AsmError) as info:
        assemble('%include "bad.inc"\n', filename=str(base / "main.asm"), include_paths=[str(base)])
    assert str(info.value) == (
        f"{base / 'bad.inc'}:2: error: parser: instruction expected, found `bogus_instruction'"
    )


def test_errors_in_macros_are_reported_at_the_outermost_call_like_nasm() -> None:
    source = (
        "%macro inner 0\n  mov eax, nosuch1\n%endmacro\n"
        "%macro outer 0\n  nop\n  inner\n  mov eax, nosuch2\n%endmacro\n"
        "nop\n  outer\n%rep 2\n  mov eax, nosuch3\n%endrep\n"
    )
    with pytest.raises(AsmError) as info:
        assemble(source, filename="m.asm")
    assert str(info.value).splitlines() == [
        "m.asm:10: error: symbol `nosuch1' not defined",
        "m.asm:10: error: symbol `nosuch2' not defined",
        "m.asm:12: error: symbol `nosuch3' not defined",
    ]


@needs_nasm
def test_data_overflow_warnings_match_nasm() -> None:
    from asm_oracle import run_nasm

    from longmode.asm import assemble_source

    source = "db 300, -129, 255, -128\ndw 70000\ndd 0x1_0000_0000\ndb 1\n"
    result = assemble_source(source, filename="w.asm")
    assert result.output == run_nasm(source)
    assert [str(w) for w in result.warnings] == [
        "w.asm:1: warning: byte data exceeds bounds",
        "w.asm:2: warning: word data exceeds bounds",
        "w.asm:3: warning: dword data exceeds bounds",
    ]


def test_a_failing_if_condition_is_one_error_and_its_block_still_closes() -> None:
    source = "%if undefined_thing > 1\n%error never\n%else\ndb 1\n%endif\ndb 2\n"
    with pytest.raises(AsmError) as caught:
        assemble(source, filename="cond.asm")
    messages = [f"{d.line}: {d.message}" for d in caught.value.diagnostics]
    assert messages == [
        "1: symbol `undefined_thing' not defined before use in a preprocessor condition"
    ]
