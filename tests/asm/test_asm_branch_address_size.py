"""An explicit address size on a branch that no operand of it uses (`a32 jmp x` in
16-bit code, `a16 call y` in 32-bit code, `a32 jz z` in 64-bit code): NASM writes
its 67h prefix all the same, and so do we. `loop' takes its counter's size from
it; `jcxz' and `jecxz' from their own name where it is not the mode's, else from
it (`a32 jcxz' in 16-bit code is jecxz, `a16 jecxz' there is jecxz all the same).
Against NASM, in flat binaries and with relocations."""

from __future__ import annotations

import pytest
from asm_oracle import elf_summary, nasm_result, needs_nasm, ours_result

FLAT = """
bits 16
x: nop
a32 jmp x
a32 jmp near x
a32 call x
a32 jz x
o32 a32 jmp x
rep jmp x
a32 jmp far_away
a32 loop x
a16 loop x
a32 jcxz x
a16 jecxz x
jecxz x
times 300 nop
far_away: nop
bits 32
y: a16 jmp y
a16 call y
o16 a16 jmp y
a16 jnz y
a16 loop y
a16 jecxz y
a32 jcxz y
jcxz y
bits 64
z: a32 jmp z
a32 call z
a32 jz z
a32 loop z
"""

OBJECT = """
bits {bits}
extern away
global start
start:
    a{other} jmp away
    a{other} call away
    a{other} jz away
    a{other} jmp start
"""


@needs_nasm
def test_flat() -> None:
    expected = nasm_result(FLAT)
    assert expected[0] is not None, expected[1]
    assert ours_result(FLAT) == expected


@needs_nasm
@pytest.mark.parametrize(("fmt", "bits", "other"), [("elf32", 32, 16), ("elf64", 64, 32)])
def test_with_relocations(fmt: str, bits: int, other: int) -> None:
    source = OBJECT.format(bits=bits, other=other)
    expected, messages = nasm_result(source, fmt)
    assert expected is not None, messages
    ours, our_messages = ours_result(source, fmt)
    assert ours is not None and our_messages == messages
    assert elf_summary(ours) == elf_summary(expected)
