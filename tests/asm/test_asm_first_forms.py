"""Every legacy-encoded instruction in its first register form, in 64- and 32-bit
code, against NASM: the same bytes, or NASM's refusal refused too. One deliberate
difference: NASM 2.16 writes ``ptwrite`` without its F3 prefix (0F AE /4 is another
instruction), which we write (README)."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from asm_oracle import nasm_result, needs_nasm, ours_result

from longmode.asm.optable import FORMS, Form, forms_for

_OPERANDS = {
    "xmm_reg": "xmm1", "xmm_or_mem": "xmm3", "mm_reg": "mm1", "mm_or_mem": "mm3", "imm8": "1",
    "r32_reg": "eax", "r32_or_mem": "ecx", "r64_reg": "rax", "r64_or_mem": "rcx",
    "r16_reg": "ax", "r16_or_mem": "cx", "r8_reg": "al", "r8_or_mem": "cl", "imm16": "0x1234",
    "imm32": "0x12345", "imm8sex16": "5", "imm8sex32": "5", "imm8sex64": "5",
    "imm32sex64": "0x12345", "cl": "cl", "al": "al", "ax": "ax", "eax": "eax", "rax": "rax",
    "dx": "dx",
}  # fmt: skip

#: NASM 2.16's bytes we do not write, each for a reason given in the README.
DELIBERATE = {"ptwrite"}


def _first_forms(bits: int, text_of: Callable[[Form], str | None]) -> tuple[int, list[str]]:
    """Each mnemonic's first form that ``text_of`` writes operands for (None: not
    one), assembled by both in ``bits``-bit code: how many, and the sources whose
    bytes (or refusal) differ from NASM's, but for instructions NASM does not know
    and the deliberate differences."""
    mode = {16: 0, 32: 1, 64: 2}[bits]
    checked, differ = 0, []
    for mnemonic in sorted(FORMS):
        for form in forms_for(mnemonic):
            if not form.modes[mode] or not form.kinds:
                continue
            if bits != 64 and any(k.startswith("r64") or k == "rax" for k in form.kinds):
                continue
            text = text_of(form)
            if text is None:
                continue
            source = f"bits {bits}\n{mnemonic} {text}\n"
            theirs, messages = nasm_result(source)
            ours, _ = ours_result(source)
            newer = theirs is None and messages == ["2: error: parser: instruction expected"]
            if theirs != ours and not newer and mnemonic not in DELIBERATE:
                differ.append(source)
            checked += 1
            break
    return checked, differ


@needs_nasm
@pytest.mark.parametrize("bits", [64, 32])
def test_every_legacy_instruction_in_its_first_register_form(bits: int) -> None:
    def registers(form: Form) -> str | None:
        if form.is_vex or not all(k in _OPERANDS for k in form.kinds):
            return None
        return ", ".join(_OPERANDS[k] for k in form.kinds)

    checked, differ = _first_forms(bits, registers)
    assert checked > 300 and differ == []


@needs_nasm
@pytest.mark.parametrize(
    "line", ["call cx", "jmp word [rax]", "movsxd ax, cx", "movsxd eax, ecx", "movsxd rax, ecx"]
)
def test_16_bit_branches_and_movsxd_in_64_bit_code_as_nasm(line: str) -> None:
    # (all but the last were taken: 66 FF D1, 66 63 C1...; NASM refuses them)
    source = f"bits 64\n{line}\n"
    theirs, messages = nasm_result(source)
    ours, our_messages = ours_result(source)
    assert ours == theirs
    if theirs is None:
        assert our_messages[0].startswith(messages[0])


@needs_nasm
@pytest.mark.parametrize("bits", [16, 32, 64])
def test_push_and_pop_of_memory_of_no_size_are_refused_as_nasm_refuses_them(bits: int) -> None:
    # (we took the mode's size: FF 73 02)
    base = {16: "bx", 32: "ebx", 64: "rbx"}[bits]
    for line in (f"push [{base}+2]", f"pop [{base}+2]"):
        source = f"bits {bits}\n{line}\n"
        assert (
            ours_result(source)
            == nasm_result(source)
            == (None, ["2: error: operation size not specified"])
        )
    source = f"bits {bits}\ncall [{base}+2]\njmp [{base}+2]\npush word [{base}+2]\n"
    assert ours_result(source) == nasm_result(source)


@needs_nasm
@pytest.mark.parametrize("bits", [64, 32])
def test_every_instruction_in_its_first_memory_form(bits: int) -> None:
    # the memory operand of no size, as most sources write it
    operands = {
        **_OPERANDS, "ymm_reg": "ymm1", "xmm_vvvv": "xmm2", "ymm_vvvv": "ymm2",
        "xmm_is4": "xmm4", "ymm_is4": "ymm4", "r32_vvvv": "edx", "r64_vvvv": "rdx",
    }  # fmt: skip
    memory = {32: "[ebx+0x10]", 64: "[rbx+0x10]"}[bits]

    def with_memory(form: Form) -> str | None:
        mem = [k for k in form.kinds if k.endswith("_or_mem") or k == "mem"]
        if len(mem) != 1 or not all(k in operands or k in mem for k in form.kinds):
            return None
        return ", ".join(memory if k in mem else operands[k] for k in form.kinds)

    checked, differ = _first_forms(bits, with_memory)
    assert checked > 800 and differ == []
