"""The assembler's caches (lines parsed by their text, encodings kept across passes
and lines, the winning form of a shape) never change what comes out."""

from __future__ import annotations

from asm_oracle import nasm_result, needs_nasm, run_nasm

from longmode.asm import assemble, assemble_source

# The same texts in different places: local labels under other base labels, one
# instruction in 16-, 32- and 64-bit code, branches whose reach differs by place,
# immediates of every range and memory operands of every displacement size.
REPEATED = """
bits 16
a:  jmp .x
    mov ax, [.y]
.x: add ax, 1
.y: dw 5
b:  jmp .x
    mov ax, [.y]
    times 130 nop
.x: add ax, 1
.y: dw 7
    add ax, 1
    add ax, 300
    add ax, -2
    mov bx, [si+4]
    mov bx, [si+400]
    mov bx, [si]
    jmp a
    jmp b
bits 32
    add eax, 1
    add eax, 300
    mov ebx, [esi+4]
    mov ebx, [esi+400]
    mov ebx, [esi]
    jmp a
bits 64
    mov rbx, [rsi]
    mov rbx, [rbp]
    add rax, 1
    mov rbx, [rsi+400]
    add rax, 300
    mov rbx, [rsi+4]
    mov rbx, [r13]
    mov rbx, [r12+4]
    mov rbx, [rel b]
    mov rbx, [fs:8]
    jmp a
"""


@needs_nasm
def test_repeated_lines_assemble_as_nasm_does() -> None:
    assert assemble(REPEATED) == run_nasm(REPEATED)
    # twice in one process: the caches kept from the first run change nothing
    assert assemble(REPEATED) == run_nasm(REPEATED)


@needs_nasm
def test_a_repeated_line_warns_each_time() -> None:
    source = "bits 16\nrep rep movsb\nnop\nrep rep movsb\n"
    result = assemble_source(source)
    _, messages = nasm_result(source)
    ours = [f"{d.line}: {d.severity}: {d.message}" for d in result.warnings]
    assert ours == messages
    assert len(ours) == 2


@needs_nasm
def test_branches_settling_over_passes() -> None:
    # Each pass moves the labels after a shrinking branch: the bytes kept from one
    # pass are used in the next only for the same address and values.
    lines = ["bits 16", "start:"]
    for i in range(40):
        lines += [f"    jmp l{i}", f"    mov ax, l{39 - i}", "    times 3 nop"]
    lines += [f"l{i}: dw l{i}" for i in range(40)]
    source = "\n".join(lines) + "\n"
    assert assemble(source) == run_nasm(source)


@needs_nasm
def test_branches_to_other_targets_share_bytes_by_distance() -> None:
    # `jne .a' and `jne .b' as far from their targets: one's bytes serve the other;
    # targets that move over the passes, and others out of short reach, do not.
    lines = ["bits 16"]
    for i in range(30):
        lines += [f"f{i}:", "    jne .a", "    call f0", ".a: jne .b", "    times 2 nop"]
        lines += [f"    jmp f{(i * 7) % 30}", f"    times {i * 5} nop", ".b: ret"]
    source = "\n".join(lines) + "\n"
    assert assemble(source) == run_nasm(source)


@needs_nasm
def test_single_line_macros_defined_and_undefined_over_the_source() -> None:
    # Lines are checked for a macro only by the first characters of the defined
    # names: a definition, a removal and one of a name beginning alike each count.
    source = """bits 16
%define Foo 1
mov ax, Foo
%undef Foo
Foo: mov ax, Foo
%define Foo 3
%define Fab 4
mov bx, Foo+Fab
%undef Foo
mov bx, Fab
%undef Fab
Fab: mov cx, Fab
%idefine zed 7
mov dx, ZED
"""
    assert assemble(source) == run_nasm(source)


@needs_nasm
def test_single_line_macros_beginning_alike() -> None:
    # Lines are checked for a macro by the first two characters of the names (one
    # for a name of one character): names sharing a first character, or both.
    source = """bits 16
F: mov ax, F
%define F 5
%define Fa 6
%define Fab 7
mov ax, F+Fa+Fab
Fb: mov bx, Fb
Fa_: mov bx, Fa_
%undef Fa
mov cx, Fa+Fab
Fa: mov cx, Fa+F
%undef F
mov dx, Fab+Fa
mov dx, aFab+Fab
aFab:
db "Fab", 'Fab'
%define Zq 9
mov ax, Zq
%define Z 8
mov ax, Z+Zq
"""
    assert assemble(source) == run_nasm(source)


@needs_nasm
def test_branches_to_names_not_yet_seen_share_bytes() -> None:
    # A branch to a name defined further on is encoded to itself in the first pass,
    # the same bytes at every address: every kind of branch, in every mode.
    lines = []
    for bits in (16, 32, 64):
        lines += [f"bits {bits}"]
        for i in range(3):
            lines += [
                f"    jne f{bits}_{i}",
                f"    jmp short f{bits}_{i}",
                f"    jmp near f{bits}_{i}",
            ]
            lines += [f"    call f{bits}_{i}", f"    loop f{bits}_{i}", f"    xbegin f{bits}_{i}"]
            lines += [
                f"    jecxz f{bits}_{i}",
                f"    o16 jmp f{bits}_{i}",
                f"    times {i * 25} nop",
            ]
            lines += [f"f{bits}_{i}: nop"]
    lines += ["bits 16", "cpu 286", "    je g", "    times 200 nop", "g: jne h", "h: ret"]
    source = "\n".join(lines) + "\n"
    assert assemble(source) == run_nasm(source)


def _moving_labels(bits: int) -> str:
    """A chain of forward jumps each just in short reach until the next one grows
    (one more turns near every pass, moving every label after it; a short branch
    back over each changes its distance), then lines whose label fields change in
    every pass: immediates, absolute and RIP-relative displacements, two labels in
    one line, near and short branches of kinds that also branch far."""
    ax, bx, word = {
        16: ("ax", "bx", "word"),
        32: ("eax", "ebx", "dword"),
        64: ("rax", "rbx", "qword"),
    }[bits]
    lines = [f"bits {bits}", "top: jz after0", "    times 200 nop", "before: dw 1, 2, 3, 4"]
    for i in range(6):  # j(i) reaches t(i) while j(i + 1) is short
        lines += [f"j{i}: jmp t{i}", f"t{i - 1}:" if i else "t_:", f"    jz j{i}"]
        lines += [f"    times {123 if i < 5 else 128} nop"]
    lines += ["t5:"]
    for i in range(3):
        lines += [
            f"    mov {ax}, after{i}",
            f"    mov {ax}, before",
            f"    mov cx, after{i}",
            f"    mov cl, after{i}",
            f"    mov {ax}, [after{i}]",
            f"    mov [after{i}], {bx}",
            f"    mov {word} [after{i}], 5",
            f"    mov word [after{i}], after{(i + 1) % 3}",
            f"    add {ax}, after{i}",
            f"    cmp {word} [{bx} + after{i}], 7",
            f"    lea si, [{'bx' if bits == 16 else bx} + before]",
            "    call top",
            f"    call after{i}",
            "    jmp top",
            f"    jne after{i}",
            f"    jc after{i}",
            f"    jz after{i}",
            "    jmp near t3",
            f"    jmp short s{i}",
            f"    jc s{i}",
            f"    times {20 * i} nop",
            f"s{i}: nop",
        ]
        if bits == 64:
            lines += [
                f"    mov rax, [rel after{i}]",
                f"    lea rsi, [rel after{i}]",
                f"    mov dword [rel after{i}], 9",
                "    mov rdx, [rel before]",
                f"    mov r9, after{i}",
            ]
    lines += ["    times 300 nop"]
    lines += [f"after{i}: dq {i}" for i in range(3)]
    return "\n".join(lines) + "\n"


@needs_nasm
def test_lines_naming_labels_that_move_in_every_pass() -> None:
    # Labels that move in every pass (eight of them): the bytes kept for a line
    # serve it only for the same address and values, in every mode.
    for bits in (16, 32, 64):
        source = _moving_labels(bits)
        ours = assemble(source)
        assert ours == run_nasm(source), bits
        assert assemble(source) == ours  # the encodings kept from the first run


@needs_nasm
def test_lines_naming_local_labels_under_each_label() -> None:
    # A line or operand with a dot is kept for the lines after it under the same
    # label, and parsed again under the next one.
    source = """bits 16
a:
    jmp .x
    mov ax, [.y]
    jmp .x
.x: mov ax, [.y]
    mov ax, .y
.y: dw .x
b:
    jmp .x
    mov ax, [.y]
    mov ax, .y
.x: mov bx, [.y]
..@local: jmp .x
.y: dw .x
a.w:
    jmp .x
.x: mov ax, .x
"""
    assert assemble(source) == run_nasm(source)


@needs_nasm
def test_labels_alone_as_operands_of_a_flat_binary() -> None:
    # A label alone is its address: in the line's own section or another, ahead or
    # behind, through `equ', as a branch target (short only within its section),
    # an immediate or a displacement; an `absolute' label is a number.
    source = """org 0x7c00
bits 16
section .text
start:
    jmp near there
    jmp data_here
    call far_code
    mov ax, start
    mov ax, there
    mov bx, [var]
    mov bx, [alias]
    mov cx, [rel_count]
    add ax, [bx+var]
    jmp start
there:
    jmp there
    jz start
alias equ var
section .data follows=.text align=16
var: dw start, there
data_here: jmp start
section .more vstart=0x9000
far_code:
    mov ax, var
    jmp far_code
    call start
absolute 0x500
rel_count: resw 1
"""
    assert assemble(source) == run_nasm(source)
