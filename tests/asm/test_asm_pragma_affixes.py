"""`%pragma output gprefix _` and its kin: the prefixes and suffixes NASM writes on
ELF symbol names (a global, extern, `required' or `static' name takes the global
ones; a label, a constant or a common the local ones), each kept from its first
setting, for the facilities `output', `elf' and the format's own name. They were
ignored. Compared with NASM, byte for byte."""

from __future__ import annotations

import pytest
from asm_oracle import needs_nasm, run_nasm

from longmode.asm import assemble

BODY = """
    global g
    extern x
    static st
    common cm 4
g:  call x
st: nop
loc: nop
.sub: nop
..@m: nop
k equ 5
    dq cm, loc, k
"""

PRAGMAS = [
    ["output gprefix _", "elf gprefix E_", "output lprefix L_", "{fmt} lsuffix $s"],
    ["elf gprefix", "output gprefix _", "elf lprefix .L."],  # (empty: set, and kept)
    ["output prefix P_", "output suffix _S", "output gsuffix _G", "elf lsuffix @l"],
    ["win64 gprefix W_", "macho lprefix M_", "output gpostfix _no"],  # (none ours)
    ["{fmt} gprefix F_", "output gprefix O_", "elf32 lprefix T_", "elf64 lprefix S_"],
]


@needs_nasm
@pytest.mark.parametrize("fmt", ["elf64", "elf32"])
@pytest.mark.parametrize("pragmas", PRAGMAS)
def test_symbol_name_affixes_as_nasm_writes_them(pragmas: list[str], fmt: str) -> None:
    lines = [f"%pragma {p.format(fmt=fmt)}" for p in pragmas]
    source = "\n".join(lines) + BODY.replace("dq", "dd" if fmt == "elf32" else "dq")
    assert assemble(source, fmt=fmt, filename="in.asm") == run_nasm(source, fmt)
