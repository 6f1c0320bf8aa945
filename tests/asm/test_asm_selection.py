"""Choosing among the forms that fit: NASM's rules that refuse a form still refuse
it when it is the only one that fits (the rules that choose among several leave
one alone)."""

from __future__ import annotations

import pytest
from asm_oracle import nasm_result, needs_nasm, ours_result


@needs_nasm
@pytest.mark.parametrize(
    "source",
    [
        "bits 16\n    movzx ax, bx\n",  # only movzx r16, r/m16 fits: NASM has none
        "bits 32\n    movsx ax, word [ebx]\n",
        "bits 64\n    xchg eax, eax\n",  # not 90 (a nop, which would keep rax's top half)
        "bits 64\n    movzx eax, bx\n    xchg rax, rax\n    xchg eax, ebx\n",
    ],
)
def test_rules_refusing_the_only_form_that_fits(source: str) -> None:
    ours, nasm = ours_result(source), nasm_result(source)
    assert ours[0] == nasm[0]
    assert [m.split(":")[:2] for m in ours[1]] == [m.split(":")[:2] for m in nasm[1]]
