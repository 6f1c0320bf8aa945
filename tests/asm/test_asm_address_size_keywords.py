"""An explicit displacement size on a memory operand, as NASM takes it: `[qword addr]`
in 64-bit code other than a moffs `mov` and `[byte addr]` anywhere are the address
without the size, with NASM's warning; `[word addr]` in 64-bit code and `[qword
addr]` elsewhere are an impossible address size, and a qword displacement with
registers an invalid address."""

from __future__ import annotations

import pytest
from asm_oracle import nasm_result, needs_nasm, ours_result

IGNORED = {
    64: ["mov rbx, [qword 0x1000]", "add eax, [qword 0x20]", "lea rax, [qword 0x10]",
         "mov eax, [byte 0x10]", "mov rax, [byte 0x10]", "push qword [qword 0x30]"],
    32: ["mov ebx, [byte 0x10]", "mov eax, [byte 0x10]", "inc dword [byte 0x7f]"],
    16: ["mov bx, [byte 0x10]", "add [byte 0x40], al"],
}  # fmt: skip

TAKEN = {  # (moffs forms take the qword, no warning)
    64: ["mov al, [qword 0x10]", "mov [qword 0x10], eax", "mov ax, [qword 0x10]",
         "mov rax, [qword 0x123456789]", "mov [dword 0x10], ecx"],
}  # fmt: skip

REFUSED = {
    64: [("mov ebx, [word 0x10]", "impossible combination of address sizes"),
         ("mov rax, [qword rax+0x10]", "invalid 64-bit effective address")],
    32: [("mov eax, [qword 0x10]", "impossible combination of address sizes"),
         ("mov eax, [qword eax+0x10]", "invalid 32-bit effective address")],
    16: [("mov ax, [qword 0x10]", "impossible combination of address sizes"),
         ("mov ax, [qword bx+0x10]", "invalid 16-bit effective address")],
}  # fmt: skip


@needs_nasm
@pytest.mark.parametrize("bits", [16, 32, 64])
def test_an_ignored_size_gives_the_bytes_without_it_and_a_warning(bits: int) -> None:
    for line in IGNORED[bits]:
        source = f"bits {bits}\n{line}\n"
        theirs, their_messages = nasm_result(source)
        ours, our_messages = ours_result(source)
        assert theirs is not None and ours == theirs, line
        expected = "2: warning: displacement size ignored on absolute address"
        assert their_messages == [expected, expected] and our_messages == [expected], line


@needs_nasm
def test_a_moffs_mov_takes_a_qword_address_without_a_warning() -> None:
    for line in TAKEN[64]:
        source = f"bits 64\n{line}\n"
        assert ours_result(source) == nasm_result(source), line


@needs_nasm
@pytest.mark.parametrize("bits", [16, 32, 64])
def test_an_impossible_size_is_nasms_error(bits: int) -> None:
    for line, words in REFUSED[bits]:
        source = f"bits {bits}\n{line}\n"
        theirs, their_messages = nasm_result(source)
        ours, our_messages = ours_result(source)
        assert theirs is None and ours is None, line
        assert f"2: error: {words}" in their_messages and our_messages == [f"2: error: {words}"]


@needs_nasm
def test_a_byte_displacement_a_signed_byte_does_not_hold_is_cut_with_a_warning() -> None:
    # NASM's test/addr64x.asm: [byte rsp+0xFF] is 8B 44 24 FF (we wrote a dword)
    lines = {
        64: ["mov eax, [byte rsp+0xFF]", "mov eax, [byte rsp-0xFF]", "mov eax, [byte rsp+0x80]",
             "mov eax, [byte rsp-0x80]", "mov eax, [byte rsp-0x81]", "mov eax, [byte rsp+0x7f]"],
        16: ["mov ax, [byte bx+0x80]", "mov ax, [byte bx+0x100]"],
        32: ["mov eax, [byte ebx+0x300]", "add [byte esi-0x81], cl"],
    }  # fmt: skip
    for bits, body in lines.items():
        for line in body:
            source = f"bits {bits}\n{line}\n"
            theirs, their_messages = nasm_result(source)
            ours, our_messages = ours_result(source)
            assert theirs is not None and ours == theirs, line
            assert our_messages == list(dict.fromkeys(their_messages)), line  # (once a line)
