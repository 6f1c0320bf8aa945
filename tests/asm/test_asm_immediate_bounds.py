"""Numbers their fields cut. One that only a sign-extended field could take, where
NASM cuts it to that field with a warning (a value other than the one written):
refused here, with NASM's words and the way out (listed in the README). One a
plain field cuts: NASM's bytes and its "data exceeds bounds" warning."""

from __future__ import annotations

import pytest
from asm_oracle import nasm_result, needs_nasm, ours_result

from longmode.asm import AsmError, assemble


@needs_nasm
@pytest.mark.parametrize(
    ("line", "words"),
    [
        ("add rax, 0x80000000", "signed dword immediate exceeds bounds"),
        ("mov qword [rax], 0xffffffff", "signed dword immediate exceeds bounds"),
        ("cmp rbx, -0x80000001", "signed dword immediate exceeds bounds"),
        ("push byte 200", "signed byte value exceeds bounds"),
    ],
)
def test_a_number_past_a_sign_extended_field_is_refused_by_name(line: str, words: str) -> None:
    source = f"bits 64\n{line}\n"
    output, messages = nasm_result(source)
    assert output is not None and f"2: warning: {words}" in messages  # (NASM: cut, warned)
    with pytest.raises(AsmError) as failed:
        assemble(source)
    (only,) = failed.value.diagnostics
    assert (only.line, only.severity) == (2, "error")
    assert only.message.startswith(f"{words}: `{line.split()[0]}' takes ")


def test_a_number_that_fits_a_form_is_not_refused() -> None:
    assert assemble("bits 64\nmov rax, 0x80000000\npush -128\nadd rax, -0x80000000\n")


#: Immediates their plain fields cut, and some at the edges of NASM's rule (a number
#: from -2**(8n) to 2**(8n)-1 passes for n bytes).
CUT = [
    "mov al, 300", "mov al, -129", "mov al, -257", "mov al, 255", "add ax, 0x12345",
    "mov word [ebx], -40000", "mov word [ebx], -70000", "add eax, 0x123456789", "int 300",
    "enter 70000, 300", "in al, 300", "mov byte [ebx], 256", "imul eax, ebx, 0x123456789",
    "shl eax, 300", "ret 70000", "push word 70000", "mov ecx, -0x100000001",
]  # fmt: skip


@needs_nasm
def test_an_immediate_its_field_cuts_has_nasms_warning_and_bytes() -> None:
    # (the bytes were NASM's before; the warnings were missing)
    for line in CUT:
        source = f"bits 32\nnop\n{line}\nnop\n"
        theirs, their_messages = nasm_result(source)
        ours, our_messages = ours_result(source)
        assert theirs is not None and ours == theirs, line
        assert our_messages == their_messages, line


@needs_nasm
def test_the_warning_comes_again_in_a_source_of_several_passes() -> None:
    # a line before a label ahead: the line's bytes are made again in every pass,
    # and the warning given once, from the last one
    source = "bits 16\n    jmp ahead\n    mov al, 300\n    times 200 nop\nahead: mov al, 300\n"
    theirs, their_messages = nasm_result(source)
    assert ours_result(source) == (theirs, their_messages)
    assert their_messages == [
        "3: warning: byte data exceeds bounds",
        "5: warning: byte data exceeds bounds",
    ]
