"""An absolute address with an explicit displacement size, as NASM encodes it: the
size is the address size (`[dword addr]' in 16-bit code is 32-bit addressing with
a 67h prefix, `[word addr]' in 32-bit code 16-bit addressing), and with AL/AX/EAX
the moffs forms take it (`mov [word 0x20], al' in 16-bit code is A2 20 00). The
same bytes as NASM, in flat binaries and with relocations."""

from __future__ import annotations

import pytest
from asm_oracle import elf_summary, nasm_result, needs_nasm, ours_result

MOVES = """
    mov [{size} {addr}], al
    mov al, [{size} {addr}]
    mov [{size} {addr}], ax
    mov [{size} {addr}], eax
    mov [{size} {addr}], bl
    add [{size} {addr}], cx
    inc byte [{size} {addr}]
    lea si, [{size} {addr}]
"""


def _source(bits: int, sizes: tuple[str, ...], addr: str) -> str:
    lines = [f"bits {bits}", "target: nop"]
    for size in sizes:
        lines.append(MOVES.format(size=size, addr=addr))
    return "\n".join(lines) + "\n"


CASES = {
    "16-bit-number": _source(16, ("word", "dword"), "0x20"),
    "16-bit-label": _source(16, ("word", "dword"), "target"),
    "32-bit-number": _source(32, ("word", "dword"), "0x1234"),
    "32-bit-label": _source(32, ("word", "dword"), "target + 2"),
    "64-bit-number": _source(64, ("dword",), "0x20"),
}


@needs_nasm
@pytest.mark.parametrize("source", CASES.values(), ids=CASES.keys())
def test_an_absolute_address_takes_its_displacement_size_as_nasm(source: str) -> None:
    expected = nasm_result(source)
    assert expected[0] is not None, expected[1]
    assert ours_result(source) == expected


@needs_nasm
@pytest.mark.parametrize("fmt", ["elf32", "elf64"])
def test_with_relocations(fmt: str) -> None:
    bits = 32 if fmt == "elf32" else 64
    sizes = ("word", "dword") if bits == 32 else ("dword",)
    source = _source(bits, sizes, "data") + "section .data\ndata: dd 0\n"
    if bits == 64:
        source = source.replace("lea si,", "lea esi,")
    expected, messages = nasm_result(source, fmt)
    assert expected is not None, messages
    ours, our_messages = ours_result(source, fmt)
    assert ours is not None and our_messages == messages
    assert elf_summary(ours) == elf_summary(expected)
