"""NASM has no RIP or EIP register in an effective address: `rip' and `eip' are
names there, so `[rip+8]' is refused unless a label `rip' exists (then it is that
label's address plus 8); RIP-relative addressing is written `[rel x]'. Ours as
NASM's: the same bytes, or the same errors."""

from __future__ import annotations

import pytest
from asm_oracle import nasm_result, needs_nasm, ours_result

CASES = {
    "rip-without-a-label": "bits 64\nmov rax, [rip+0x10]\nnop\nmov rax, [rip]\n",
    "eip-without-a-label": "bits 64\nmov eax, [eip+4]\n",
    "rip-in-32-bit-code": "bits 32\nlea eax, [rip+8]\n",
    "a-label-named-rip": (
        "bits 64\nrip: nop\nmov rax, [rip+0x10]\nlea rax, [rel rip]\nmov eax, [rip]\n"
        "eip: dq rip, eip\nmov rbx, [eip]\nmov ecx, [eip + 4]\n"
    ),
}


@needs_nasm
@pytest.mark.parametrize("source", CASES.values(), ids=CASES.keys())
def test_rip_and_eip_are_names_as_in_nasm(source: str) -> None:
    expected = nasm_result(source)
    assert ours_result(source) == expected
    if "rip:" not in source:
        assert expected[0] is None  # NASM refuses them, and so do we
