"""Lines that name labels, made from what an earlier pass made of them: a line whose
operands are registers, numbers and labels (``mov si, msg``) from its template with
the addresses written in, a branch from its form's bytes with the distance written
in. What comes out is what NASM makes, wherever the labels go over the passes."""

from __future__ import annotations

import pytest
from asm_oracle import nasm_errors, needs_nasm, ours_result, run_nasm

from longmode.asm import assemble, layout
from longmode.asm.layout import Layout


def _growing_chain(count: int) -> list[str]:
    """Forward jumps each just in short reach until the one after it grows: one
    more turns near in every pass, moving every label after the chain each time."""
    lines = []
    for i in range(count):
        lines += [f"j{i}: jmp t{i}", f"t{i - 1}:" if i else "t_:"]
        lines += [f"    times {123 if i < count - 1 else 128} nop"]
    return [*lines, f"t{count - 1}:"]


def _label_lines(bits: int, names: list[str]) -> list[str]:
    """Lines of every shape a template serves, once for each label named."""
    ax, bx, size = {16: ("ax", "bx", "word"), 32: ("eax", "ebx", "dword")}.get(
        bits, ("rax", "rbx", "qword")
    )
    lines = []
    for name in names:
        lines += [
            f"    mov {ax}, {name}",
            f"    mov si, {name}",
            f"    mov cl, {name}",
            f"    push {name}",
            f"    add {ax}, {name}",
            f"    add cx, {name}",
            f"    mov {ax}, [{name}]",
            f"    mov [{name}], {bx}",
            f"    mov {size} [{name}], 5",
            f"    cmp byte [{name}], 1",
            f"    mov word [{name}], {names[0]}",
            f"    mov [{bx} + {name}], al",
            f"    lea si, [{'bx' if bits == 16 else bx} + {name}]",
            "    rep movsb",
        ]
    return lines


@needs_nasm
def test_lines_naming_labels_that_move_in_every_pass_have_their_bytes_as_nasm() -> None:
    # A label behind the line and labels ahead, all moved by the chain in every
    # pass: each line's address fields change from one pass to the next, and
    # lines alike in all but their label share a template.
    for bits in (16, 32, 64):
        lines = [f"bits {bits}", "behind: dw 0", *_growing_chain(5)]
        lines += _label_lines(bits, ["behind", "ahead", "further"])
        lines += ["ahead: dd 1", "    times 300 nop", "further: dd 2"]
        source = "\n".join(lines) + "\n"
        ours = assemble(source)
        assert ours == run_nasm(source), bits
        assert assemble(source) == ours  # the templates kept from the first run


@needs_nasm
def test_a_rip_relative_line_whose_label_stays_while_it_moves() -> None:
    # Its label behind it keeps its address while the chain before the line moves
    # it in every pass: its bytes depend on its own address.
    lines = ["bits 64", "default rel", "behind: dq 0", *_growing_chain(5)]
    lines += ["    mov rax, [behind]", "    mov [behind], ebx", "    mov rbx, [rel behind]"]
    lines += ["    lea rsi, [behind]", "    mov rax, [abs behind]", "    mov rcx, behind"]
    source = "\n".join(lines) + "\n"
    assert assemble(source) == run_nasm(source)


@needs_nasm
def test_addresses_past_what_a_field_holds_as_it_is() -> None:
    # Labels at and past 0x10000 in 16-bit code (a word field takes their low
    # bits) and past 0x7fffffff in 32-bit code (the sign bit of a dword field),
    # reached by labels that move over the passes.
    for bits, org in ((16, 0xFF00), (32, 0x7FFFFF00)):
        lines = [f"bits {bits}", f"org {org:#x}", "first: dw 0", *_growing_chain(2)]
        lines += _label_lines(bits, ["first", "last", "past"])
        lines += ["last: dw 1", "    times 0x180 nop", "past: dw 2"]
        source = "\n".join(lines) + "\n"
        assert assemble(source) == run_nasm(source), bits


@needs_nasm
def test_branches_across_the_end_of_a_64k_segment() -> None:
    # Branches in 16-bit code whose target or end lies past 0x10000: the distance
    # wraps around there, and the encoder judges those.
    source = """bits 16
org 0xff00
a:  jmp b
    jz b
    call b
    loop a
    times 0xf0 nop
c:  jmp a
    jz d
    times 0x20 nop
b:  jmp c
    jnz a
    call a
    jmp near a
    mov si, d
d:  dw 0
"""
    assert assemble(source) == run_nasm(source)


@needs_nasm
def test_branches_whose_distance_changes_over_the_passes_in_every_mode() -> None:
    # Short and near branches of every kind, forward and back over the chain, with
    # prefixes: their bytes are their form's with the distance of each pass.
    for bits in (16, 32, 64):
        lines = [f"bits {bits}", "back:", "    times 100 nop", *_growing_chain(5)]
        for n, target in enumerate(("back", "ahead", "t2")):
            lines += [f"    jmp {target}", f"    jz {target}", f"    call {target}"]
            lines += [f"    jmp near {target}", f"    call near {target}"]
            lines += [f"    ds jnz {target}", f"    jmp short s{n}", f"    loop s{n}"]
            lines += [f"    jmp t{n}", f"s{n}: jz t{n + 1}"]
        lines += ["    times 50 nop", "ahead: ret"]
        source = "\n".join(lines) + "\n"
        assert assemble(source) == run_nasm(source), bits


@needs_nasm
def test_a_short_branch_out_of_reach_after_one_in_reach_of_its_form() -> None:
    # The first `jmp short' gives the form's bytes; the others are out of reach,
    # in the first pass or only once the chain has grown: errors, as in NASM.
    lines = ["bits 16", "a: jmp short b", "b: jmp short c", "c: nop", *_growing_chain(3)]
    lines += ["    jmp short a", "    jz short t0", "    jmp short d", "    times 130 nop", "d:"]
    source = "\n".join(lines) + "\n"
    output, messages = ours_result(source)
    assert output is None
    assert messages == nasm_errors(source)


@needs_nasm
def test_labels_and_known_bytes_in_every_kind_of_place() -> None:
    # Labels, constant instructions and data (made in the pass's loop itself) in
    # sections with contents, in a nobits section, in `absolute' space and under
    # `times', across mode changes, with labels that move over the passes.
    source = """bits 16
org 0x100
start: jmp far_away
    nop
d1: db 1, 2, 3
    times 3 db 9
t1: times 2 nop
bits 32
    nop
    mov eax, 5
d2: dd 7
section .data
x1: db "abc"
    mov ax, 1
section .bss
b1: resb 4
b2: resw 2
absolute 0x600
a1: resb 2
a2:
section .text
bits 16
    mov ax, 5
    mov si, b2
    mov di, a2
    mov bx, x1
    times 130 nop
far_away: ret
"""
    assert assemble(source) == run_nasm(source)


@needs_nasm
def test_errors_of_labels_and_known_bytes_where_nasm_reports_them() -> None:
    # Labels defined twice, in a section with contents and in a nobits one:
    # reported on their lines, as in NASM, lines made in the pass's loop around them.
    source = "bits 16\na: nop\na: nop\nsection .bss\nc: resb 1\nc: resb 1\nd: resb 1\n"
    output, messages = ours_result(source)
    assert output is None
    assert messages == nasm_errors(source)


@needs_nasm
def test_a_label_ahead_in_the_first_pass_of_a_line_of_a_known_kind() -> None:
    # The line before makes the template of its kind; the next takes its size in
    # the first pass, the label ahead not yet seen, and its bytes in a later one.
    for bits in (16, 32, 64):
        source = f"bits {bits}\nbehind: dw 0\n    mov si, behind\n    mov [behind], cx\n"
        source += "    mov si, ahead\n    mov [ahead], cx\nahead: dw 1\n"
        assert assemble(source) == run_nasm(source), bits


def _crossing_reach(bits: int) -> str:
    """Branches whose distance crosses the edge of short reach one way or the other
    over the passes: code between them and their targets shrinks in the second pass
    (an immediate found to be small once its `equ' is seen) and grows in each
    (the chain), by amounts that take some in reach and others out of it."""
    ax = {16: "ax", 32: "eax", 64: "rax"}[bits]
    lines = [f"bits {bits}", *_growing_chain(4)]
    for n, pad in enumerate(range(112, 146, 3)):
        block = [f"    times {pad} nop", *[f"    add {ax}, small{k}" for k in range(4)]]
        lines += [f"b{n}: jmp f{n}", f"    jz f{n}", f"    jmp short s{n}", f"    call f{n}"]
        lines += [f"s{n}:", *block, f"f{n}: jnz b{n}", f"    jmp b{n}", f"    loop f{n}"]
        lines += [f"    jmp near b{n}", "    jc t0"]
    lines += [f"small{k} equ {k + 1}" for k in range(4)]
    return "\n".join(lines) + "\n"


@needs_nasm
def test_branches_crossing_the_edge_of_short_reach_over_the_passes() -> None:
    # A branch's bytes come from a form it took before only where that form is
    # certain now: everything else goes to the encoder.
    for bits in (16, 32, 64):
        source = _crossing_reach(bits)
        assert assemble(source) == run_nasm(source), bits


@needs_nasm
def test_a_branch_near_in_one_pass_and_short_in_the_next() -> None:
    # The code it jumps over shrinks in the second pass (immediates found small once
    # their `equ' is seen): near then, as the first pass placed its target, and
    # short after; its near form seen says nothing of what it takes in reach.
    for pad in range(86, 96):
        for branch in ("jz", "jmp"):
            adds = [f"    add bx, small{k}" for k in range(10)]
            lines = ["bits 16", f"    {branch} f", f"    times {pad} nop", *adds, "f: nop"]
            lines += [f"small{k} equ {k + 1}" for k in range(10)]
            source = "\n".join(lines) + "\n"
            assert assemble(source) == run_nasm(source), (pad, branch)


def test_the_first_pass_places_lines_of_a_kind_first_seen_with_a_label_ahead(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # Each pass places every label where the general way places it, though each
    # kind of line is first seen naming a label ahead (made the general way) and
    # then by a template, naming labels behind or ahead: in the first pass, an
    # immediate not yet known takes the shortest form (as NASM's does) and an
    # address its full field, and the later passes grow them as their values ask.
    seen: list[dict[str, object]] = []
    original = Layout._pass

    def recorded(self: Layout, statements: list, final: bool) -> list:  # type: ignore[type-arg]
        messages = original(self, statements, final)
        seen.append(dict(self.labels))
        return messages

    monkeypatch.setattr(Layout, "_pass", recorded)
    for bits in (16, 32):
        lines = [f"bits {bits}", "start:"]
        for n in range(3):
            lines += _label_lines(bits, [f"ahead{n}", f"ahead{n + 1}", "start"])
            lines += [f"m{n}: nop"]
        lines += [f"ahead{n}: dw {n}" for n in range(4)]
        source = "\n".join(lines) + "\n"
        passes = []
        for templates in (True, False):
            seen.clear()
            monkeypatch.setattr(layout, "_TEMPLATES", {})  # (none kept from the tests before)
            if not templates:
                monkeypatch.setattr(Layout, "_from_template", lambda self, stmt: False)
            output = assemble(source)
            passes.append((output, list(seen)))
        monkeypatch.undo()
        monkeypatch.setattr(Layout, "_pass", recorded)
        assert len(passes[0][1]) > 1
        assert passes[0][1][0] != passes[0][1][-1], bits  # (the first pass was optimistic)
        assert passes[0] == passes[1], bits
