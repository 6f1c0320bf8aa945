"""Data and code in a nobits section (`.bss'), as NASM takes them: their bytes left
out, their room kept (the labels after them where NASM puts them), their
relocations dropped, and a warning for the line (NASM gives one for each piece of
output: the same lines, the same words)."""

from __future__ import annotations

import pytest
from asm_oracle import nasm_result, needs_nasm, ours_result

SOURCES = [
    # the labels after each line where NASM puts them, read back from .text
    "section .bss\nx: resb 4\ndb 1, 2\ndw 5\ny: resb 1\nsection .text\ndd x, y\n",
    "section .bss\ndb 0\ntimes 2 dw 0\nx: dd x\ny: nop\nmov eax, 1\nz:\n"
    "section .text\ndd x, y, z\n",
    "section .bss\nresb 3\ndq 1.5\ntimes 3 db 1, 2\nw: resw 1\nsection .data\ndd w\n",
]


@needs_nasm
@pytest.mark.parametrize("fmt", ["bin", "elf32", "elf64"])
@pytest.mark.parametrize("source", SOURCES)
def test_data_in_a_nobits_section_is_left_out_with_a_warning(source: str, fmt: str) -> None:
    theirs, their_messages = nasm_result(source, fmt)
    ours, our_messages = ours_result(source, fmt)
    assert theirs is not None and ours == theirs
    assert our_messages == list(dict.fromkeys(their_messages))  # (once a line)
    word = "a nobits section" if fmt == "bin" else "BSS section `.bss'"
    assert our_messages[0].endswith(f"warning: attempt to initialize memory in {word}: ignored")
