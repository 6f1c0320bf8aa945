"""The red-zone walker and the SIMD classifier on hand-assembled code.

Each case is machine code with its NASM source in the comment (bytes made by
NASM 2.16), decoded at 0x1000 as one function.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from longmode.asm import assemble
from longmode.check.disasm import decode
from longmode.check.redzone import check_red_zone, find_red_zone_uses
from longmode.check.report import Report
from longmode.check.simd import check_simd, simd_family
from longmode.elf import KernelElf, Symbol


def _uses(hex_bytes: str) -> list[str]:
    code = bytes.fromhex(hex_bytes)
    function = Symbol("f", "f", 0x1000, len(code), True)
    return [f"{u.instruction}" for u in find_red_zone_uses(function, list(decode(code, 0x1000)))]


def test_leaf_keeping_locals_below_rsp_uses_the_red_zone() -> None:
    # mov [rsp-8], rdi ; mov rax, [rsp-8] ; ret
    assert _uses("48897c24f8488b4424f8c3") == ["mov [rsp-8],rdi", "mov rax,[rsp-8]"]


def test_function_that_moves_rsp_down_first_is_clean() -> None:
    # sub rsp, 16 ; mov [rsp+8], rdi ; mov rax, [rsp+8] ; add rsp, 16 ; ret
    assert _uses("4883ec1048897c2408488b4424084883c410c3") == []


def test_frame_pointer_locals_without_sub_rsp_use_the_red_zone() -> None:
    # push rbp ; mov rbp, rsp ; mov [rbp-8], rdi ; mov rax, [rbp-8] ; pop rbp ; ret
    assert _uses("554889e548897df8488b45f85dc3") == ["mov [rbp-8],rdi", "mov rax,[rbp-8]"]


def test_frame_pointer_locals_with_sub_rsp_are_clean() -> None:
    # push rbp ; mov rbp, rsp ; sub rsp, 16 ; mov [rbp-8], rdi ; mov rax, [rbp-8] ; leave ; ret
    assert _uses("554889e54883ec1048897df8488b45f8c9c3") == []


def test_branches_are_followed_with_their_own_stack_state() -> None:
    # test rdi, rdi ; jz .skip ; sub rsp, 24 ; mov [rsp], rdi ; add rsp, 24 ; .skip: ret
    assert _uses("4885ff740c4883ec1848893c244883c418c3") == []


def test_access_below_rsp_after_a_push_is_still_red_zone_use() -> None:
    # push rbx ; mov [rsp-16], rdi ; pop rbx ; ret
    assert _uses("5348897c24f05bc3") == ["mov [rsp-10h],rdi"]


def test_lea_below_rsp_is_not_an_access() -> None:
    # lea rax, [rsp-64] ; ret
    assert _uses("488d4424c0c3") == []


@pytest.mark.parametrize(
    ("source", "hex_bytes", "family"),
    [
        ("addsd xmm0, xmm1", "f20f58c1", "SSE"),
        ("fld1", "d9e8", "x87"),
        ("paddb mm0, mm1", "0ffcc1", "MMX"),
        ("vaddps ymm0, ymm1, ymm2", "c5f458c2", "AVX"),
        ("vzeroupper", "c5f877", "AVX"),
        ("ldmxcsr [rdi]", "0fae17", "SSE"),
        ("mfence", "0faef0", None),
        ("pause", "f390", None),
        ("movnti [rdi], rax", "480fc307", None),
        ("prefetcht0 [rdi]", "0f180f", None),
        ("fxsave [rdi]", "0fae07", None),
        ("andn eax, ebx, ecx", "c4e260f2c1", None),
        ("mov rax, rbx", "4889d8", None),
    ],
)
def test_simd_family(source: str, hex_bytes: str, family: str | None) -> None:
    (instruction,) = decode(bytes.fromhex(hex_bytes), 0x1000)
    assert simd_family(instruction) == family, source


# --- limits: what a crafted file cannot make the rules hold or walk ---------------

#: Two functions, as an ELF64 object made by longmode's assembler: f (0x15 bytes, five
#: SSE instructions), g (0xc bytes: red-zone use, three x87 instructions), and
#: ``whole`` and ``again``, two symbols over both.
LIMITS_SOURCE = """
bits 64
section .text
global whole:function (g.end - whole)
global again:function (g.end - again)
global f:function (f.end - f)
global g:function (g.end - g)
whole:
again:
f:
    addsd xmm0, xmm1
    addsd xmm0, xmm1
    addsd xmm0, xmm1
    addsd xmm0, xmm1
    addsd xmm0, xmm1
    ret
.end:
g:
    mov [rsp-8], rdi
    fld1
    fld1
    fld1
    ret
.end:
"""


@pytest.fixture(scope="module")
def limits_object() -> KernelElf:
    return KernelElf(Path("limits.o"), assemble(LIMITS_SOURCE, fmt="elf64"))


def test_simd_counts_every_instruction_but_keeps_at_most_max_listed(
    limits_object: KernelElf,
) -> None:
    report = Report()
    check_simd(limits_object, report, max_listed=2)
    f, g = report.findings
    assert f.message.startswith("f uses SSE instructions in a soft-float kernel: 0x0 <f> ")
    assert f.message.endswith("`addsd xmm0,xmm1` (and 4 more; --verbose lists them)")
    assert f.details == (
        "0x0 <f> `addsd xmm0,xmm1` (SSE)",
        "0x4 <f+0x4> `addsd xmm0,xmm1` (SSE)",
        "... and 3 more, not listed (longmode lists at most 2 instructions)",
    )
    # The budget is spent, but each function keeps its first instruction.
    assert g.details == (
        "0x1a <g+0x5> `fld1` (x87)",
        "... and 2 more, not listed (longmode lists at most 2 instructions)",
    )


def test_a_function_too_large_to_walk_is_a_finding(limits_object: KernelElf) -> None:
    report = Report()
    walked = check_red_zone(limits_object, report, max_function_bytes=0x14)
    assert walked == 1  # g
    assert [f.rule for f in report.findings] == ["red-zone", "red-zone-unchecked"]
    assert report.findings[1].message == (
        "3 function(s) not walked for the red zone: whole is 0x21 bytes, and longmode walks "
        "functions of at most 0x14 bytes"
    )


def test_overlapping_function_symbols_stop_the_walk_at_its_budget(
    limits_object: KernelElf,
) -> None:
    # The budget, 1 × 0x21 bytes of code + 0x21, is spent on whole and again.
    report = Report()
    walked = check_red_zone(limits_object, report, max_function_bytes=0x21, budget_factor=1)
    assert walked == 2
    assert [f.rule for f in report.findings] == ["red-zone", "red-zone", "red-zone-unchecked"]
    assert report.findings[2].message == (
        "2 function(s) not walked for the red zone, from f at 0x0 on: the function symbols "
        "overlap so much that their sizes add up to more than 1 times the code's size"
    )
    report = Report()
    assert check_red_zone(limits_object, report) == 4  # the default budget walks them all
    assert [f.rule for f in report.findings] == ["red-zone"] * 3


def test_indexed_accesses_below_rsp_are_red_zone_use_too() -> None:
    # mov [rsp+rdx*8-0x70], rax ; mov rax, [rsp+rdx*8-0x70] ; mov rax, [rsp+rdx*8+8] ; ret
    # (the array kept at [rsp+rdx*8-0x70]; a positive displacement stays above)
    assert _uses("488944d490488b44d490488b44d408c3") == [
        "mov [rsp+rdx*8-70h],rax",
        "mov rax,[rsp+rdx*8-70h]",
    ]


def test_registers_made_from_rsp_are_followed() -> None:
    # lea rax, [rsp-0x48] ; mov qword [rax+8], 1 ; mov rdx, [rax] ; ret
    assert _uses("488d4424b848c7400801000000488b10c3") == [
        "mov qword ptr [rax+8],1",
        "mov rdx,[rax]",
    ]
    # lea rax, [rsp-0x48] ; sub rsp, 0x50 ; mov qword [rax+8], 1 ; add rsp, 0x50 ; ret
    # (RSP went down first: the slot is inside the frame)
    assert _uses("488d4424b84883ec5048c74008010000004883c450c3") == []
    # mov rax, rsp ; mov qword [rax-16], 1 ; mov qword [rax+16], 1 ; ret
    assert _uses("4889e048c740f00100000048c7401001000000c3") == ["mov qword ptr [rax-10h],1"]
