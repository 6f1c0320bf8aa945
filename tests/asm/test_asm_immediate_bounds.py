"""A number that only a sign-extended field could take, where NASM cuts it to that
field with a warning (a value other than the one written): refused here, with
NASM's words and the way out (listed in the README)."""

from __future__ import annotations

import pytest
from asm_oracle import nasm_result, needs_nasm

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
