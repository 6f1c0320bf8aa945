"""A source without forward references is laid out in one pass (its first pass is
already what a final pass would make); anything a final pass would do otherwise
still takes the passes after it, with NASM's bytes and messages."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from asm_oracle import elf_summary, nasm_listing, nasm_result, needs_nasm, ours_result

from longmode.asm import assemble_source
from longmode.asm.layout import Layout


@pytest.fixture
def passes(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[bool]]:
    """Whether each pass of the assemblies in the test was final, in order."""
    seen: list[bool] = []
    original = Layout._pass

    def counted(self: Layout, statements: list, final: bool) -> list:  # type: ignore[type-arg]
        seen.append(final)
        return original(self, statements, final)

    monkeypatch.setattr(Layout, "_pass", counted)
    yield seen


BACKWARD_ONLY = """
bits 64
start:
    mov eax, 1
.loop:
    dec eax
    jnz .loop
    lea rsi, [rel start]
    mov rdi, start
    jmp start
data: dq start, data
size equ $ - start
    mov ecx, size
"""


@needs_nasm
def test_a_source_without_forward_references_takes_one_pass(passes: list[bool]) -> None:
    assert ours_result(BACKWARD_ONLY) == nasm_result(BACKWARD_ONLY)
    assert passes == [False]


FORWARD = "bits 16\n    jmp done\n    times 200 nop\ndone: mov ax, done\n"


@needs_nasm
def test_a_forward_reference_takes_the_final_passes(passes: list[bool]) -> None:
    assert ours_result(FORWARD) == nasm_result(FORWARD)
    assert passes[0] is False
    assert passes[1:] and all(passes[1:])


@needs_nasm
@pytest.mark.parametrize(
    "source",
    [
        # a warning the first pass leaves to a final one
        "bits 16\na: db 300\n    mov ax, a\n",
        "bits 64\n    mov eax, [rel 0x10]\n",
        # a label defined twice: a first pass keeps the first, a final one fails
        "bits 16\na: nop\na: nop\n    mov ax, a\n",
        "x equ 1\nx equ 2\n    mov ax, x\n",
        # an error in the first pass
        "bits 16\n    times -1 nop\na: jmp a\n",
    ],
)
def test_what_only_a_final_pass_reports_is_reported(source: str, passes: list[bool]) -> None:
    assert ours_result(source) == nasm_result(source)
    assert any(passes)


@needs_nasm
@pytest.mark.parametrize(
    "source",
    ["bits 16\na: times 200 nop\n    jmp short a\n", "bits 32\na: times 200 nop\n    loop a\n"],
)
def test_a_short_branch_out_of_reach_is_an_error(source: str, passes: list[bool]) -> None:
    # A first pass encodes it anyway (a later pass may bring it in reach), a final
    # one fails. (NASM also warns that its byte overflows: a known difference.)
    ours, nasm = ours_result(source), nasm_result(source)
    assert ours[0] is None and nasm[0] is None
    assert ours[1] == [m for m in nasm[1] if ": error: " in m]
    assert any(passes)


@needs_nasm
def test_sections_placed_elsewhere_than_0_take_the_final_passes(passes: list[bool]) -> None:
    # The first pass places every section at 0; `org' and a second section move them.
    for source in (
        "org 0x7c00\nbits 16\na: mov ax, a\n    jmp a\n",
        "bits 16\na: mov ax, a\nsection .data\nb: dw a, b\nsection .text\n    mov bx, b\n",
    ):
        passes.clear()
        assert ours_result(source) == nasm_result(source)
        assert any(passes)


@needs_nasm
def test_an_extern_later_defined_takes_the_final_passes(passes: list[bool]) -> None:
    source = "bits 64\nextern x\n    mov eax, [rel x]\nglobal y\ny: nop\n"
    ours, nasm = ours_result(source, "elf64"), nasm_result(source, "elf64")
    assert ours[0] is not None and nasm[0] is not None
    assert elf_summary(ours[0]) == elf_summary(nasm[0])
    assert passes == [False]
    passes.clear()
    source = "bits 64\nextern x\n    mov eax, [rel x]\nx: nop\n"
    assert ours_result(source, "elf64")[1] == nasm_result(source, "elf64")[1]
    assert any(passes)


@needs_nasm
def test_a_listing_takes_a_final_pass(passes: list[bool]) -> None:
    source = "bits 16\na: mov ax, 1\nb: jmp a\ndw 5, 300\njmp b\n"
    result = assemble_source(source, filename="in.asm", listing=True)
    assert result.listing_text() == nasm_listing(source)
    assert any(passes)


@needs_nasm
@pytest.mark.parametrize(
    "source",
    [
        "bits 16\n    jmp fwd\na: times 200 nop\n    jmp short a\nfwd: nop\n",
        "bits 32\n    jmp fwd\na: times 200 nop\n    jecxz a\nfwd: nop\n",
    ],
)
def test_a_branch_out_of_reach_in_every_pass_is_an_error(source: str, passes: list[bool]) -> None:
    # The first pass (not final: `fwd' is ahead) encodes it anyway, and those bytes
    # are not kept for the final pass, which finds it as far and fails.
    ours, nasm = ours_result(source), nasm_result(source)
    assert ours[0] is None and nasm[0] is None
    assert ours[1] == [m for m in nasm[1] if ": error: " in m]
    assert passes[0] is False and any(passes)
