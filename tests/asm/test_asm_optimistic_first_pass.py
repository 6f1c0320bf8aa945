"""NASM's first pass is optimistic about an immediate it cannot evaluate yet (a name
defined further down): it fits every immediate form, 1 and the sign-extended byte
too, so the line takes its shortest form there and grows in the passes after as
the value asks. The labels after it, and so the branches that reach them, settle
from below as NASM's do (a branch over such code kept short where a pessimistic
first pass would settle near). Compared with NASM, flat and as ELF objects."""

from __future__ import annotations

import random

import pytest
from asm_oracle import nasm_result, needs_nasm, run_nasm

from longmode.asm import AsmError, assemble

#: Lines whose immediate names a constant defined at the end (``k`` its number).
_LINES = {
    16: ["add bx, small{k}", "shl ax, one{k}", "push small{k}", "imul ax, bx, small{k}",
         "cmp ax, big{k}", "sub byte [bx], small{k}", "and word [bx+2], small{k}",
         "rol ax, one{k}", "mov bx, small{k}"],
    32: ["add ebx, small{k}", "shl eax, one{k}", "push small{k}", "imul eax, ebx, small{k}",
         "cmp eax, big{k}", "sub byte [ebx], small{k}", "and word [ebx+2], small{k}",
         "rol eax, one{k}", "mov ebx, small{k}"],
    64: ["add rbx, small{k}", "shl rax, one{k}", "push small{k}", "imul rax, rbx, small{k}",
         "cmp rax, big{k}", "mov rax, small{k}", "mov r9, huge{k}", "mov rcx, neg{k}",
         "add rax, neg{k}", "mov qword [rbx], small{k}", "mov rax, ahead", "rol rax, one{k}"],
}  # fmt: skip


def _source(rng: random.Random, bits: int) -> str:
    """A branch (and maybe one back) over such lines, its target near the edge of
    short reach; the constants are small, 1, larger than a byte, or past 32 bits."""
    lines = [f"bits {bits}"]
    if rng.random() < 0.5:
        lines += ["back:", f"    times {rng.randint(90, 130)} nop"]
        lines += [f"    {rng.choice(_LINES[bits]).format(k=k)}" for k in range(rng.randint(0, 4))]
        lines += ["    jmp back"]
    branch = rng.choice(["jz", "jmp", "jnz", "call", "loop" if bits != 64 else "jc"])
    lines += [f"    {branch} f", f"    times {rng.randint(100, 135)} nop"]
    lines += [f"    {rng.choice(_LINES[bits]).format(k=k)}" for k in range(rng.randint(1, 8))]
    lines += ["f: nop", "ahead: nop"]
    for k in range(8):
        lines += [
            f"small{k} equ {rng.randint(0, 127)}",
            f"one{k} equ {rng.choice([1, 1, 2, 3])}",
            f"big{k} equ {rng.choice([200, 300, 0x1234, 0x7FFFFFFF])}",
            f"neg{k} equ -{rng.randint(1, 300)}",
            f"huge{k} equ {rng.choice([5, 0x80000000, 0xFFFFFFFF, 0x100000000])}",
        ]
    return "\n".join(lines) + "\n"


@needs_nasm
def test_a_branch_over_code_that_grows_from_its_shortest_forms() -> None:
    # NASM: `jz f' short (7E), the adds sized 3 in its first pass; a pessimistic
    # first pass (4 each) put `f' out of reach, and the near form stayed.
    lines = ["bits 16", "jz f", "times 111 nop"]
    lines += [f"add bx, small{k}" for k in range(5)] + ["f: nop"]
    lines += [f"small{k} equ {k + 1}" for k in range(5)]
    source = "\n".join(lines) + "\n"
    assert assemble(source) == run_nasm(source)
    assert assemble(source)[:2] == bytes.fromhex("747e")


@needs_nasm
@pytest.mark.parametrize("fmt", ["bin", "elf"])
def test_generated_branches_over_lines_of_constants_ahead(fmt: str) -> None:
    rng = random.Random(20261126)
    for n in range(120):
        bits = (16, 32, 64)[n % 3]
        out = "bin" if fmt == "bin" or bits == 16 else f"elf{bits}"
        source = _source(rng, bits)
        try:
            theirs = run_nasm(source, out)
        except AssertionError:  # (a `loop' out of reach: an error in both)
            with pytest.raises(AsmError):
                assemble(source, fmt=out, filename="in.asm")
            continue
        assert assemble(source, fmt=out, filename="in.asm") == theirs, source


@needs_nasm
@pytest.mark.parametrize("bits", [16, 32, 64])
def test_each_kind_of_line_alone_in_its_first_pass(bits: int) -> None:
    # Every line of the table, its constant ahead, before a label a short branch
    # reaches at the edge: its first-pass size decides the branch.
    for line in _LINES[bits]:
        body = line.format(k=0)
        # (past 31 bits, 64-bit code's sign-extended dword is refused here, where
        # NASM truncates it with a warning: see the README)
        past = bits != 64 or body.startswith("mov r")
        for value in ("1", "2", "127", "300", *(["0x80000000"] if past else [])):
            size = len(assemble(f"bits {bits}\n{body}\nahead:\n" + _constants(value)))
            pad = 127 - size
            lines = [f"bits {bits}", "jmp f", f"times {pad} nop", body, "f: nop", "ahead: nop"]
            source = "\n".join(lines) + "\n" + _constants(value)
            assert assemble(source) == run_nasm(source), (body, value)


def _constants(value: str) -> str:
    names = ("small0", "one0", "big0", "neg0", "huge0")
    return "".join(f"{name} equ {value}\n" for name in names)


@needs_nasm
def test_a_short_only_branch_out_of_reach_keeps_its_size_and_is_an_error() -> None:
    # `loop f' out of reach by 2: it kept no room in the passes that found it so,
    # which brought `f' back in reach, and so on, until the passes ran out and the
    # last one's bytes (E2 7F) were written without an error. NASM: an error.
    lines = ["bits 16", "    loop f", "    times 115 nop", "    cmp ax, big0"]
    lines += ["    push small1", "    imul ax, bx, small2", "    mov bx, small3"]
    lines += ["    cmp ax, big4"]
    lines += ["f: nop", "small1 equ 105", "small2 equ 84", "small3 equ 41"]
    source = "\n".join([*lines, "big0 equ 300", "big4 equ 300"]) + "\n"
    theirs, messages = nasm_result(source)
    assert theirs is None and "2: error: short jump is out of range" in messages
    with pytest.raises(AsmError) as failed:
        assemble(source)
    assert [str(d) for d in failed.value.diagnostics] == [
        "<input>:2: error: short jump is out of range"
    ]


@needs_nasm
def test_labels_that_never_settle_are_an_error_at_the_first_that_moves() -> None:
    # The immediate is a byte when `f' is at 0x81 and a word when it is at 0x80:
    # each pass moves `f' back. NASM gives up after its stalled passes; so do we,
    # where we wrote the last pass's bytes before.
    source = "bits 16\ns:\ntimes 125 nop\nadd bx, (f - s) - 0x101\nf: nop\n"
    with pytest.raises(AssertionError, match="unable to find valid values for all labels"):
        run_nasm(source)  # (its message names no line)
    with pytest.raises(AsmError) as failed:
        assemble(source)
    assert [str(d) for d in failed.value.diagnostics] == [
        "<input>:5: error: unable to find valid values for all labels after 41 passes: "
        "`f' still moves (between 0x81 and 0x80), as sizes before it depend on where it is"
    ]
