"""ELF objects: the same sections, symbols and relocations as NASM's (compared with pyelftools)."""

from __future__ import annotations

import random

import pytest
from asm_oracle import HERE, elf_summary, needs_nasm, run_nasm, run_nasm_file
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from longmode.asm import AsmError, assemble

ELF_SOURCES = HERE / "elf"
CASES = [
    ("kernel64.asm", "elf64"),
    ("protected32.asm", "elf32"),
    ("symbols64.asm", "elf64"),
    ("sections.asm", "elf64"),
    ("sections.asm", "elf32"),
    ("wrt32.asm", "elf32"),
    ("multiboot_entry.asm", "elf32"),
    ("multiboot_entry.asm", "elf64"),
    # the bin-format corpus, where it is valid ELF too (%% and context labels become symbols)
    ("../sources/struc_expr64.asm", "elf64"),
    ("../sources/struc_expr64.asm", "elf32"),
    ("../sources/macros32.asm", "elf32"),
    ("../sources/preprocessor_more.asm", "elf64"),
]


@needs_nasm
@pytest.mark.parametrize(("name", "fmt"), CASES)
def test_object_matches_nasm(name: str, fmt: str, monkeypatch: pytest.MonkeyPatch) -> None:
    path = (ELF_SOURCES / name).resolve()
    theirs = run_nasm_file(path, fmt)
    expected = elf_summary(theirs)
    monkeypatch.chdir(path.parent)
    obj = assemble(path.read_text(), filename=path.name, fmt=fmt)
    ours = elf_summary(obj)
    assert ours["sections"] == expected["sections"]
    assert ours["symbols"] == expected["symbols"]
    assert ours["relocations"] == expected["relocations"]
    assert ours == expected
    assert obj == theirs  # the file too, to NASM's padding after the last section


def test_elf64_header_and_relocation_of_an_external_call() -> None:
    obj = assemble("extern f\ncall f\n", fmt="elf64")
    assert obj[:4] == b"\x7fELF" and obj[4] == 2  # ELFCLASS64
    summary = elf_summary(obj)
    # R_X86_64_PC32 (2) against f, addend -4, at the rel32 of E8
    assert summary["relocations"] == [(".rela.text", 1, 2, "f", -4)]
    assert summary["sections"][0][6] == bytes.fromhex("e800000000")


def test_elf32_stores_the_addend_in_the_field() -> None:
    obj = assemble("section .data\nx: dd 0\ndd x + 4\n", fmt="elf32")
    summary = elf_summary(obj)
    assert summary["relocations"] == [(".rel.data", 4, 1, ".data", None)]  # R_386_32
    assert summary["sections"][0][6] == bytes.fromhex("0000000004000000")


def _random_object(rng: random.Random, bits: int) -> str:
    """Code and data referring to local, global and external labels across sections."""
    regs = ["rax", "rbx", "rcx", "rsi"] if bits == 64 else ["eax", "ebx", "ecx", "esi"]
    r32 = ["eax", "ebx", "ecx", "edx"]
    labels = ["g1", "l1", "l2", "d1", "d2", "b1", "ext1", "ext2"]
    lines = [f"bits {bits}", "extern ext1, ext2", "global g1, d1"]
    if bits == 64 and rng.random() < 0.5:
        lines.append("default rel")
    lines += ["section .text", "g1:"]
    for _ in range(rng.randint(3, 15)):
        t = rng.choice(labels) + rng.choice(["", "+4", "-8", "+0x100"])
        reg, reg32 = rng.choice(regs), rng.choice(r32)
        forms = [
            f"mov {reg32}, [{t}]", f"mov {reg}, {t}", f"call {t}", f"jmp {t}",
            f"lea {reg}, [{t}]", f"push {t}", f"add dword [{reg}+{t}], 5", f"jz {t}",
            f"cmp {reg32}, {t}",
        ]  # fmt: skip
        if bits == 64:
            forms.append(f"mov rax, [rel {t}]")
        lines.append("  " + rng.choice(forms))
    lines += ["l1: nop", "l2: nop", "section .data", "d1: dd 1"]
    lines.append(f"  dd {rng.choice(labels)}, {rng.choice(labels)} + 3")
    if bits == 64:
        lines.append(f"  dq {rng.choice(labels)}")
    lines += ["d2: dw 2", "section .bss", "b1: resb 16"]
    return "\n".join(lines) + "\n"


@needs_nasm
@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.randoms(use_true_random=False), st.sampled_from([32, 64]))
def test_random_objects_match_nasm(rng: random.Random, bits: int) -> None:
    source = _random_object(rng, bits)
    fmt = f"elf{bits}"
    try:
        theirs = run_nasm(source, fmt)
    except AssertionError:
        with pytest.raises(AsmError):
            assemble(source, fmt=fmt)
        return
    obj = assemble(source, fmt=fmt, filename="in.asm")
    assert elf_summary(obj) == elf_summary(theirs)
    assert obj == theirs
