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


@needs_nasm
@pytest.mark.parametrize(
    "source",
    [
        """bits 64
    mov [0x1234], eax
    mov [rax], eax
    mov [qword 0x1234], eax
    mov [rsp+8], eax
    mov [rbp], eax
    mov [r13+rcx*8+0x12345678], eax
    mov al, [0x10]
    mov al, [rbx]
    mov al, [qword 0x10]
    mov al, [rel $]
    add dword [rax], 5
    add dword [rsp+0x100], 500
    add dword [rbx+rcx*4], -3
    add dword [0x100], 5
    movq xmm0, [rax]
    movq xmm0, [rsp+8]
    movq [rbx+0x100], xmm1
    xchg [rax], eax
    xchg eax, [rsp+4]
    test [rax+8], eax
    test eax, [rbp]
    vgatherdps xmm0, [rax+xmm1*4], xmm2
    vgatherdps ymm0, [rax+ymm1*4], ymm2
    vgatherdps xmm0, [rbx+xmm3*8+0x40], xmm2
""",
        """bits 16
    mov ax, [0x10]
    mov ax, [bx]
    mov ax, [bp+si+4]
    mov ax, [ebx]
    mov [bx+di], al
    mov [0x20], al
    add word [bx], 3
    add word [0x30], 300
    add word [bp+0x1000], 3
""",
    ],
)
def test_memory_operands_of_one_shape_take_the_same_forms(source: str) -> None:
    # Forms are chosen once for a shape of operands: the registers and displacement
    # of a memory operand with a base or an index give every form the same bytes,
    # an address alone (moffs forms) is a shape of its own.
    ours, nasm = ours_result(source), nasm_result(source)
    assert ours == nasm
