"""VEX instructions as NASM writes them: each one's first register form, NASM's
two-operand shorthand (``vaddps xmm0, xmm1`` is ``vaddps xmm0, xmm0, xmm1``; not for
FMA), an implied xmm0 written out, ``pinsrw`` from a 16-bit register, and the VEX
forms NASM writes as EVEX unless told ``{vex}`` (refused by name: this assembler
encodes neither)."""

from __future__ import annotations

import pytest
from asm_oracle import nasm_result, needs_nasm, ours_result

from longmode.asm.optable import FORMS, forms_for

#: Register names for the operand kinds of the forms compared.
_OPERANDS = {
    "xmm_reg": "xmm1", "xmm_vvvv": "xmm2", "xmm_or_mem": "xmm3", "ymm_reg": "ymm1",
    "ymm_vvvv": "ymm2", "ymm_or_mem": "ymm3", "imm8": "1", "xmm_is4": "xmm4", "ymm_is4": "ymm4",
    "r32_reg": "eax", "r32_or_mem": "ecx", "r64_reg": "rax", "r64_or_mem": "rcx",
    "r32_vvvv": "edx", "r64_vvvv": "rdx",
}  # fmt: skip


def _first_register_forms() -> list[tuple[str, tuple[str, ...]]]:
    found = []
    for mnemonic in sorted(FORMS):
        for form in forms_for(mnemonic):
            if form.is_vex and form.modes[2] and all(k in _OPERANDS for k in form.kinds):
                found.append((mnemonic, form.kinds))
                break
    return found


@needs_nasm
def test_every_vex_instruction_in_its_first_register_form() -> None:
    # (NASM 2.16 does not know a few newer ones that iced-x86 does: we take them)
    differ = []
    for mnemonic, kinds in _first_register_forms():
        source = f"bits 64\n{mnemonic} {', '.join(_OPERANDS[k] for k in kinds)}\n"
        theirs, messages = nasm_result(source)
        ours, _ = ours_result(source)
        if theirs is None and messages == ["2: error: parser: instruction expected"]:
            continue
        if theirs != ours:
            differ.append(mnemonic)
    assert differ == []


@needs_nasm
def test_the_two_operand_shorthand_as_nasm_takes_it() -> None:
    # the destination is the first source too where NASM's form allows it, not FMA's
    taken = refused = 0
    for mnemonic, kinds in _first_register_forms():
        if len(kinds) != 3 or not kinds[1].endswith("_vvvv") or kinds[0] not in _OPERANDS:
            continue
        reg = "ymm" if kinds[0] == "ymm_reg" else "xmm"
        if kinds[0] not in ("xmm_reg", "ymm_reg") or kinds[2] not in ("xmm_or_mem", "ymm_or_mem"):
            continue
        source = f"bits 64\n{mnemonic} {reg}1, {reg}2\n{mnemonic} {reg}1, [rax]\n"
        theirs, messages = nasm_result(source)
        ours, _ = ours_result(source)
        if messages == [f"{n}: error: parser: instruction expected" for n in (2, 3)]:
            continue  # (newer than NASM 2.16)
        assert ours == theirs, mnemonic
        taken += theirs is not None
        refused += theirs is None
    assert taken > 100 and refused > 50  # (the SSE-like ones; FMA)


@needs_nasm
def test_an_implied_xmm0_written_out_and_pinsrw_from_a_16_bit_register() -> None:
    lines = ["blendvpd xmm2, xmm1, xmm0", "blendvps xmm2, [rax], xmm0",
             "pblendvb xmm1, xmm2, xmm0", "sha256rnds2 xmm1, xmm2, xmm0"]  # fmt: skip
    source = (
        "bits 64\n" + "\n".join(lines) + "\nbits 32\npinsrw mm1, si, 1\npinsrw xmm1, [eax], 2\n"
    )
    assert ours_result(source) == nasm_result(source)
    _, messages = ours_result("bits 64\nblendvpd xmm2, xmm1, xmm3\n")
    assert messages and "invalid combination" in messages[0]


EVEX_FIRST = [
    "vpdpbusd xmm1, xmm2, xmm3", "vpmadd52luq ymm1, ymm2, ymm3", "vcvtneps2bf16 xmm1, xmm2",
    "vpdpbssd xmm1, xmm2, xmm3",
]  # fmt: skip


@pytest.mark.parametrize("line", EVEX_FIRST)
def test_a_vex_form_nasm_writes_as_evex_is_refused_by_name(line: str) -> None:
    # they were written as VEX: NASM's EVEX bytes differ (62 ...)
    _, messages = ours_result(f"bits 64\n{line}\n")
    assert messages == [
        f"2: error: `{line.split()[0]}' is an instruction longmode's assembler does not "
        "encode (NASM writes its EVEX form, AVX-512, unless told {vex})"
    ]


@needs_nasm
def test_a_shorthand_that_fits_no_form_is_the_usual_refusal() -> None:
    # (its values once went with the longer spelling into the refusal's reasons: an
    # internal error, `cannot assemble this line (ValueError ...)')
    for line in ("vaddps xmm0, 5", "blendvpd xmm1, xmm2, xmm3", "pinsrw mm1, si, si"):
        source = f"bits 64\n{line}\n"
        ours, messages = ours_result(source)
        theirs, their_messages = nasm_result(source)
        assert ours is None and theirs is None
        assert messages[0].startswith(their_messages[0]), line
