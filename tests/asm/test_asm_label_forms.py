"""Label and operand forms NASM accepts (found in its manual and its test/ sources),
each compared with NASM's output."""

from __future__ import annotations

import re

import pytest
from asm_oracle import elf_summary, nasm_listing, nasm_result, needs_nasm, ours_result

from longmode.asm import assemble_source

pytestmark = needs_nasm

# Flat binaries: the same bytes as NASM.
BIN_CASES = {
    # an instruction name followed by a colon at the start of a line is a label
    "mnemonic_label": "bits 16\nloop:\n  nop\n  jmp loop\n  loop loop\n",
    "mnemonic_labels_of_every_kind": (
        "do:\tjmp dq+2\n\tdw do, add, sub, dq\nadd:\tjmp add-2\nsub:\tjmp do+2\ndq:\tdw $-sub\n"
        "resb: db resb, int3, movsb\nint3: ret\nmovsb:\n"
    ),
    "mnemonic_label_with_locals": "bits 32\nadd:\n.x: dd add.x, .x\nmov: mov eax, mov\n",
    "mnemonic_label_then_equ": "loop: equ 5\ndw loop\n",
    "mnemonic_label_in_times_count": "bits 32\nmov: nop\ntimes mov-$$+3 nop\n",
    # the form: a near call to a number, at 0x9038 in a binary at 0x8000
    "call_to_number_at_org": "bits 16\norg 0x8000\ntimes 0x1038 nop\ncall 0x0100\njmp 0x100\n",
    "branches_to_numbers_in_sections": (
        "bits 16\norg 0x8000\nsection .text\ncall 0x100\nje 0x100\n"
        "section .s2 align=16\ncall 0x100\nsection .s4 vstart=0xa000\ncall 0x100\n"
    ),
    # a branch to another section is never shortened (each section is a segment to NASM)
    "branch_to_another_section": (
        "bits 16\nsection .a\njmp b\nje b\nsection .b\nb: nop\njmp c\nsection .a\nc: jmp b\n"
    ),
    "branch_to_another_section_64": "bits 64\nsection .a\njmp b\nloop b\nsection .b\nb: ret\n",
    # `loop target, ecx': the counter register sets the address size
    "loop_with_counter_16": "bits 16\nx: loop x, cx\nloope x, ecx\nloopnz x, ecx\n",
    "loop_with_counter_32": "bits 32\nx: loop x, ecx\nloopz x, cx\nloopne x, cx\n",
    "loop_with_counter_64": "bits 64\nx: loop x, rcx\nloope x, ecx\n",
    # NASM's prefix slots: rep (xacquire F2, xrelease F3), then lock, segment, sizes;
    # wait is a prefix (9B) before any instruction
    "hle_and_wait_prefixes_16": (
        "bits 16\nxacquire lock add [eax], ebx\nxrelease mov [eax], ebx\n"
        "lock xacquire add [eax], ebx\nrepne lock add [eax], ebx\nrep lock add [eax], ebx\n"
        "xrelease lock xchg [eax], ebx\nwait nop\nwait fnstsw ax\nwait lock add [eax], ebx\n"
        "x: wait\n"
    ),
    # xacquire/xrelease store to a plain address through ModRM, never A2/A3 (NOHLE)
    "hle_stores": (
        "bits 32\nxacquire lock add [esi], eax\nxacquire xchg [eax], ebx\n"
        "xrelease mov [eax], ecx\nmov [sym], eax\nxrelease mov [sym], eax\n"
        "xrelease mov [sym], al\nsym: dd 0\n"
    ),
    "hle_and_wait_prefixes_64": (
        "bits 64\nxacquire lock add [rax], ebx\nxrelease mov [eax], ebx\n"
        "lock repne add [eax], ebx\nwait nop\nfs xrelease lock xchg [rax], rbx\n"
    ),
    # NASM knows these directives only in brackets: elsewhere they are names
    "bracket_only_directive_names": (
        "[warning -all]\nwarning: dw warning\ngprefix: dw gprefix\nlpostfix dw lpostfix\n"
    ),
    "registers_nasm_takes_for_names": "bits 64\nrip: dw rip\neip: dw eip\nr8l: dw r8l\n",
    # `x - $' and `x - y' for x in another section and y in this one: a number in a
    # flat binary (a full-size field, as for a label)
    "difference_with_another_section": (
        "bits 32\nsection .text\na: nop\ndd b - a\ndd b - $\nmov eax, [b - $]\n"
        "mov eax, b - $\ndd b - $$ + 4\nlea eax, [ebx + b - $]\ndw b - $\n"
        "section .data\nb: dd 0\ndd a - $\n"
    ),
    "difference_with_another_section_16": (
        "bits 16\norg 0x7c00\nsection .text\nstart: jmp main\nmain: mov si, msg - start\n"
        "mov ax, [msg - $]\ndw msg - $$\nsection .data\nmsg: db 'hi', 0\n"
        "dw start - $\nsection .bss\nbuf: resb 4\nsection .text\ndw buf - start\n"
    ),
    # `cpu 8086', 186 or 286: a Jcc out of short range jumps over a near JMP
    "jcc_before_the_386": (
        "bits 16\norg 0x8000\ncpu 8086\ncall 0x100\nje 0x100\njnz short x\njcxz x\n"
        "loop x\nx: jc fwd\ntimes 130 nop\nfwd: jna x\ncpu 386\nje x\nCPU 186\nje x\n"
        "cpu 386\nbits 32\ncpu 286\njo x\n"
    ),
    # `at .field' inside `istruc S' is S.field, whatever label came last
    "istruc_local_fields": (
        "struc S\n.a: resw 1\n.b: resd 1\nendstruc\nstruc T\n.b: resd 1\n.a: resw 1\nendstruc\n"
        "foo:\n.a: dw 0\nistruc S\nat .b, dd 5\niend\nistruc T\nat .b, dd 6\nat .a, dw 7\n"
        "iend\nistruc S\nat S.a, dw 1\nat .b, dd .a\niend\n"
    ),
    # `absolute label': labels laid over the code from there (NASM's test/absolute.asm)
    "absolute_over_code": (
        "bits 32\norg 0x7c00\nstart: jmp init\ninit: mov [b1], dl\nmov [b2], edx\n"
        "mov eax, b3 - b1\nmov ecx, [b3]\ntimes 8 nop\nabsolute init+7\nb1: resb 1\n"
        "b2: resd 2\nb3: resd 1\nabsolute 0x500\nb4: resb 1\nsection .data\ndd b4, b1\n"
    ),
    # NASM's directives are its standard macros: %ifmacro sees them (lowercase)
    "ifmacro_sees_standard_macros": (
        "%ifmacro org\ndb 1\n%endif\n%ifmacro struc\ndb 2\n%endif\n%ifmacro ORG\ndb 3\n"
        "%endif\n%ifmacro nothing\ndb 4\n%endif\n"
    ),
    # prefixes alone on a line are their bytes, in NASM's slot order
    "prefixes_alone_16": "bits 16\ncs\na32\no32\nrepe\nlock\ncs lock\nrep lock\no16 a32\n",
    "prefixes_alone_32": "bits 32\na16\no16\na32\no32\nx: times 2 fs\nxacquire\n",
    "prefixes_alone_64": "bits 64\na32\no16\no32\nfs\nrepne\n",
    "redundant_prefixes": "bits 32\nrep rep movsb\nlock lock add [eax], eax\n",
    # `fadd to st1' is `fadd st1, st0' (the x87 arithmetic's TO form)
    "fpu_to": (
        "fadd to st1\nfsub to st2\nfsubr to st3\nfmul to st4\nfdiv to st5\nfdivr to st6\n"
        "fadd st1, st0\nfsub st2, st0\n"
    ),
    # NASM's sums of terms: a label times 1 is the label, and multiples of labels
    # may cancel (`[label1*2-label2]', NASM's manual 3.3)
    "sums_of_label_terms": (
        "bits 32\nlabel2: nop\nlabel1: nop\nmov eax, [label1*2-label2]\n"
        "dd 3*label1 - 2*label2, -label2 + 2*label1, label1*2 - label1 - label2\n"
        "mov eax, [fwd*2 - fwd]\nmov eax, [ebx + label1*2 - label2]\nfwd: nop\n"
    ),
    # `abs' wins over `rel' in either order
    "abs_and_rel": "bits 64\nmov eax, [abs rel x]\nmov eax, [rel abs x]\nx: nop\n",
    # a label times 1 is the label (NASM's sums of terms)
    "label_times_one": "bits 32\nfoo: nop\ndd foo*1, 1*foo\nmov eax, [ebx*1+foo*1]\n",
    # `extern' in a flat binary: harmless unless used (then an error at the use)
    "extern_defined_later": "extern foo\njmp foo\nfoo: nop\n",
    "unused_extern": "extern bar\nnop\n",
    # labels at addresses near 2^64 (NASM's test/org.asm) and above 2 GiB
    "org_near_the_top_of_memory": (
        "bits 64\norg 0xffffffffffff0000\nhello: jmp there\nnop\nthere: add rax, [rsp+rbx]\n"
        "mov rax, hello\ndq there\ncall hello\nlea rax, [rel hello]\npush hello\n"
        "mov eax, [hello]\nje hello\nloop hello\n"
    ),
    "org_above_2_gib": "bits 64\norg 0x80000000\nhello: mov eax, [hello]\nmov eax, [hello+8]\n",
    "org_above_2_gib_32": "bits 32\norg 0xc0000000\nhello: mov eax, [hello]\njmp hello\n",
    # a number is never RIP-relative: NASM makes it absolute, with a warning
    "numbers_are_not_rip_relative": (
        "bits 64\ndefault rel\nmov eax, [0x1000]\nfoo: mov eax, [foo - $]\n"
        "mov eax, [rel 0x1000]\nmov eax, [foo]\nx equ 5\nmov eax, [x]\n"
        "mov eax, [foo - $ + foo]\nmov eax, [fs:0x10]\ntimes 2 mov eax, [0xb8000]\n"
        "section .data\nd: dd 0\nsection .text\nmov eax, [d - $]\nmov eax, [abs d - $]\n"
    ),
}


@pytest.mark.parametrize("name", sorted(BIN_CASES))
def test_flat_binary_form_matches_nasm(name: str) -> None:
    source = BIN_CASES[name]
    expected, messages = nasm_result(source)
    assert expected is not None, messages
    assert ours_result(source) == (expected, messages)


# Objects: the same sections, symbols and relocations as NASM's.
ELF_CASES = {
    # a branch to a number is to no section: ELF32 relocates it against symbol 0,
    # ELF64 gets NASM's value with no relocation
    "branches_to_numbers": (
        "bits 32\ncall 0x100\njmp short 0x10\nje 0x20\nloop 0x30\njmp 0x10\njcxz 5\n"
        "foo equ 0x1234\ncall foo\na: call b-a\nb: call $+0x10\n"
    ),
    "branches_to_numbers_16": "bits 16\ncall 0x100\njmp short 0x10\nje 0x20\n",
    "branches_to_numbers_64": "bits 64\nglobal x\nx: call 0x100\nje 0x10\njmp short 0x10\n",
    # short branches to another section or an external symbol get 8-bit relocations
    "jcc_before_the_386_to_a_symbol": "bits 16\ncpu 8086\nextern e\nje e\njg $+300\n",
    "short_branches_to_symbols": (
        "section .text\nbits 32\nextern e\njmp short e\nloop e\njcxz e\n"
        "section .d\nx: jmp short e\njmp short y\nsection .y\ny:\n"
    ),
    # `common name size:alignment': the alignment is the symbol's value
    "sums_of_label_terms": (
        "bits 32\nextern e\nlabel2: nop\nlabel1: nop\nmov eax, [label1*2-label2]\n"
        "dd 3*label1 - 2*label2, e*2 - e\n"
    ),
    "common_alignment": "common c 4\ncommon d 8:8\ncommon e 16:16\nglobal g\ng: dd c, d, e\n",
    "absolute_over_code": (
        "bits 32\nglobal b2\nstart: jmp init\ninit: mov [b1], dl\nmov [b2], edx\n"
        "mov eax, b3 - b1\nmov ecx, [b3]\ntimes 8 nop\nabsolute init+7\nb1: resb 1\n"
        "b2: resd 2\nb3: resd 1\nabsolute 0x500\nb4: resb 1\nsection .data\ndd b4, b1\n"
    ),
    # `global name:type visibility binding size', `extern name:weak', `required',
    # `static name:type' (NASM's test/elf_visibility.asm)
    "symbol_visibility_and_binding": (
        "global foo:(foo_end - foo)\nglobal foo_hidden:function hidden\n"
        "global foo_protected:function protected\nglobal foo_internal:function internal\n"
        "global foo_weak:function weak\nglobal foo_hidden_weak:function hidden weak 2+2\n"
        "global foo_strong:strong 4\nextern strong_ref, weak_ref:weak, unused_ref\n"
        "extern weak_object_ref:weak object\nrequired required_ref\nstatic local_fn:function 3\n"
        "section .text align=16\nfoo: nop\nfoo_hidden: nop\nfoo_protected: nop\n"
        "foo_internal: nop\nfoo_weak: ret\nfoo_hidden_weak: mov eax, weak_ref\n"
        "mov eax, strong_ref\nmov eax, weak_object_ref\nfoo_strong: ret\nlocal_fn: ret\n"
        "foo_end:\n"
    ),
    # the default .text comes after the sections `section' names, unless one names it
    "default_text_after_named_sections": ("x: nop\nsection .bss\nresb 4\nsection .data\ndd x\n"),
    "text_where_it_is_named": "nop\nsection .data\ndb 1\nsection .text\nnop\n",
    # `x - $' for x in another section or external: a PC-relative relocation
    "difference_with_another_section": (
        "bits 32\nextern ext\nsection .text\na: nop\ndd b - a\ndd b - $\nmov eax, [b - $]\n"
        "mov eax, b - $\ndd b - $$ + 4\nlea eax, [ebx + b - $]\ndw b - $\ndd ext - $\n"
        "section .data\nb: dd 0\ndd a - $\n"
    ),
}


@pytest.mark.parametrize("fmt", ["elf32", "elf64"])
@pytest.mark.parametrize("name", sorted(ELF_CASES))
def test_object_form_matches_nasm(name: str, fmt: str) -> None:
    source = ELF_CASES[name]
    expected, messages = nasm_result(source, fmt)
    assert expected is not None, messages
    ours, our_messages = ours_result(source, fmt)
    assert ours is not None, our_messages
    assert elf_summary(ours) == elf_summary(expected)


# Forms NASM refuses too: both fail, on the same line.
REFUSED = {
    "prefix_is_not_a_label": "rep: nop\n",
    "wait_is_a_prefix": "wait: nop\n",
    "second_label_is_an_instruction": "foo: loop: nop\n",
    "register_is_not_a_label": "ax: nop\n",
    "size_words_are_not_labels": "byte: nop\nnear nop\nstrict: nop\nseg: nop\nnosplit nop\n",
    "mpx_prefix_is_not_a_label": "bnd: nop\n",
    "label_times_two": "bits 32\nfoo: nop\ndd foo*2\n",
    "conflicting_prefixes": (
        "bits 32\no16 o32 nop\nrep repne movsb\ncs ds nop\na16 a32 nop\nxacquire rep nop\n"
    ),
    "a16_alone_in_64_bits": "bits 64\na16\n",
    "to_outside_x87_arithmetic": "fld to st1\n",
    "a_label_twice_is_not_an_address": "bits 32\nl: dd l*2\n",
    "special_symbols_are_not_labels": "..foo: nop\n..start: dd 0\n",
    "two_labels_on_a_line": "a1: b2: nop\na3: $b4: nop\n",
    "list_outside_brackets": "db 1\nlist -\n",
    "extern_used_in_a_flat_binary": "extern bar\njmp bar\n",
    "near_jcc_before_the_386": "bits 16\ncpu 8086\nje near x\nx:\n",
    "code_in_absolute_space": "absolute 0x100\nx: nop\ntimes 3 db 0\ny: resb 1\n",
    "align_in_a_structure": "struc s\n.a resb 1\nalign 4\n.b resd 1\nendstruc\n",
    "common_in_a_flat_binary": "global g\ng: nop\ncommon c 4\n",
    "loop_counter_must_be_cx": "bits 32\nx: loop x, eax\n",
    "no_rcx_counter_outside_64_bits": "bits 32\nx: loop x, rcx\n",
    "no_cx_counter_in_64_bits": "bits 64\nx: loop x, cx\n",
    # a preprocessor expression sees only the labels defined before its line
    "label_after_its_if": "%if b - a == 1\ndb 1\n%endif\na: nop\nb: nop\n",
    "equ_after_its_if": "%if d == 5\ndb 1\n%endif\nd equ 5\n",
    "label_in_if_alone_is_not_a_number": "a: nop\n%if a\ndb 1\n%endif\n",
    "labels_of_two_sections_in_if": (
        "section .a\na: nop\nsection .b\nb: nop\n%if b - a\ndb 1\n%endif\n"
    ),
    # %stacksize, %arg and %local refuse what NASM refuses
    "stack_directive_errors": (
        "%stacksize large\n%stacksize bogus\n%arg q\n%arg r:foo\n%stacksize\n%arg\n"
        "%arg s:\n%arg t:zword\n"
    ),
    "unknown_use_package": '%use "ALTREG"\n%use altreg\n%use foo\n',
    "use_without_a_package": "%use\n",
    "local_needs_a_context": "bits 32\n%stacksize flat\n%local x:word\n",
    "local_needs_localsize": "bits 32\n%stacksize flat\n%push c\n%local x:word\n%pop\n",
}


@pytest.mark.parametrize("name", sorted(REFUSED))
def test_form_refused_as_nasm_refuses_it(name: str) -> None:
    source = REFUSED[name]
    expected, messages = nasm_result(source)
    assert expected is None
    ours, our_messages = ours_result(source)
    assert ours is None
    lines = {m.split(":", 1)[0] for m in messages if ": error:" in m}
    assert {m.split(":", 1)[0] for m in our_messages if ": error:" in m} == lines


def _arg_displacement(source: str) -> int:
    """The displacement NASM gives ``mov eax, [a]`` (8B 45 disp8), the first instruction."""
    output, messages = nasm_result(source)
    assert output is not None and output[:2] == b"\x8b\x45", messages
    return output[2]


def test_arg_before_any_stacksize_is_refused_as_nasm_gives_it_no_fixed_offset() -> None:
    # NASM 2.16 carries %arg's offset from pass to pass until a %stacksize sets it:
    # the same %arg line gets another offset when the rest of the file takes more passes.
    head = "bits 32\n%arg a:dword\nmov eax, [a]\n"
    jumps = "".join(f"jmp l{i}\n" for i in range(6)) + "times 120 nop\n"
    more_passes = head + jumps + "".join(f"l{i}: nop\n" for i in range(6))
    assert _arg_displacement(head) != _arg_displacement(more_passes)
    assert _arg_displacement("bits 32\n%stacksize flat\n%arg a:dword\nmov eax, [a]\n") == 8
    for source in (head, more_passes, "bits 16\n%push c\n%local x:word\n%pop\n"):
        ours, messages = ours_result(source)
        assert ours is None
        assert re.match(
            r"\d: error: `%(arg|local)' before any `%stacksize' is not supported: NASM 2\.16 "
            r"carries its offsets from one pass to the next",
            messages[0],
        ), messages


def test_use_altreg_names_every_register_nasm_names() -> None:
    # every r<N><suffix> NASM's altreg knows, and no other, with NASM's bytes
    for number in range(16):
        for suffix, register in (("", "rax"), ("d", "eax"), ("w", "ax"), ("b", "al"),
                                 ("l", "al"), ("h", "al")):  # fmt: skip
            source = f"bits 64\n%use altreg\nmov {register}, R{number}{suffix.upper()}\n"
            expected, messages = nasm_result(source)
            ours, our_messages = ours_result(source)
            assert ours == expected, (source, messages, our_messages)


def test_use_of_a_package_longmode_lacks_is_refused_by_name() -> None:
    source = "bits 32\n%use smartalign\nalign 16\n"
    assert nasm_result(source)[0] is not None  # NASM has it
    ours, messages = ours_result(source)
    assert ours is None
    assert messages[0].startswith(
        "2: error: `%use smartalign' (ALIGN with multi-byte NOPs and ALIGNMODE) is not "
        "supported by longmode's assembler"
    )


def test_osp_asp_and_mpx_prefixes_are_refused_by_name() -> None:
    # NASM adds a bare 66 or 67 byte (and warns where the operand size disagrees)
    cases = (
        ("osp nop\n", "osp", "write o16 or o32"),
        ("asp movsb\n", "asp", "write a16 or a32"),
        ("bits 32\nbnd call 0x10\n", "bnd", "MPX is not supported"),
    )
    for source, word, why in cases:
        assert nasm_result(source)[0] is not None
        ours, messages = ours_result(source)
        assert ours is None
        line = source.count("\n")
        assert messages == [f"{line}: error: the `{word}' prefix is not supported ({why})"]


_WRT_HEAD = "extern ext\nglobal g, h\nsection .data\ng: dq 0\nh: dd 0\nloc: dd 0\nsection .text\n"
# One format's objects: the same sections, symbols, relocations and messages as NASM's.
OBJECTS = {
    "differences_64": (
        "elf64",
        "bits 64\nsection .text\nx: dq b - x\nlea rax, [b - $]\nsection .data\nb: dq 0\n",
    ),
    "differences_default_rel": (
        "elf64",
        "bits 64\ndefault rel\nlea rax, [b - $]\nmov eax, [0x10]\nsection .data\nb: dq 0\n",
    ),
    # wrt ..got, ..plt, ..sym and ..gotoff as NASM writes them: GOT and PLT relocations
    # and ..sym name a global symbol (at the address, or the nearest before it)
    "wrt_64": (
        "elf64",
        "bits 64\n" + _WRT_HEAD + "mov rax, [rel ext wrt ..got]\nmov rax, [rel g wrt ..got]\n"
        "call ext wrt ..plt\ncall g wrt ..plt\ndq ext wrt ..sym\ndq g wrt ..sym\n"
        "dq h+2 wrt ..sym\nmov rax, loc wrt ..gotoff\ndq loc wrt ..gotoff\n"
        "dd ext wrt ..got\ndq ext wrt ..got\ndd g wrt ..sym\nmov rax, [ext wrt ..got]\n"
        "call ext wrt ..got\ndq loc wrt ..sym\nmov rax, [qword ext wrt ..got]\n"
        "mov rax, [qword ext]\n",
    ),
    "wrt_32": (
        "elf32",
        "bits 32\n" + _WRT_HEAD + "mov eax, [ext wrt ..got]\nmov eax, [g wrt ..got]\n"
        "call ext wrt ..plt\ncall g wrt ..plt\ndd ext wrt ..sym\ndd g wrt ..sym\n"
        "dd h+2 wrt ..sym\nmov eax, loc wrt ..gotoff\ndd loc wrt ..gotoff\n"
        "dd ext wrt ..gotoff\n.getgot: add ebx, ext + $$ - .getgot wrt ..gotpc\n"
        "dd ext wrt ..gotpc\ndw g wrt ..sym\n",
    ),
}


@pytest.mark.parametrize("name", sorted(OBJECTS))
def test_one_format_object_matches_nasm(name: str) -> None:
    fmt, source = OBJECTS[name]
    expected, messages = nasm_result(source, fmt)
    assert expected is not None, messages
    ours, our_messages = ours_result(source, fmt)
    assert ours is not None and our_messages == messages
    assert elf_summary(ours) == elf_summary(expected)


# `wrt' forms NASM refuses: the same error at the same line.
WRT_REFUSED = {
    "got_of_a_local_label": ("elf64", "bits 64\n" + _WRT_HEAD + "mov rax, [rel loc wrt ..got]\n"),
    "gotoff_not_a_qword": ("elf64", "bits 64\n" + _WRT_HEAD + "dd loc wrt ..gotoff\n"),
    "plt_not_pc_relative": ("elf64", "bits 64\n" + _WRT_HEAD + "dq ext wrt ..plt\n"),
    "got_pc_relative_32": ("elf32", "bits 32\n" + _WRT_HEAD + "call ext wrt ..got\n"),
    "got_of_a_local_label_32": ("elf32", "bits 32\n" + _WRT_HEAD + "mov eax, [loc wrt ..got]\n"),
    "plt_not_pc_relative_32": ("elf32", "bits 32\n" + _WRT_HEAD + "dd ext wrt ..plt\n"),
}


@pytest.mark.parametrize("name", sorted(WRT_REFUSED))
def test_wrt_form_refused_as_nasm_refuses_it(name: str) -> None:
    fmt, source = WRT_REFUSED[name]
    expected, messages = nasm_result(source, fmt)
    assert expected is None
    ours, our_messages = ours_result(source, fmt)
    assert ours is None
    assert our_messages == [m for m in messages if ": error:" in m]


def test_absolute_at_an_external_symbol_is_refused() -> None:
    # NASM takes it and gives the labels after it as undefined symbols; we refuse it
    source = "bits 32\nextern e\nabsolute e\nx: resb 1\nsection .text\ndd x\n"
    assert nasm_result(source, "elf32")[0] is not None
    assert ours_result(source, "elf32") == (
        None,
        ["3: error: non-constant argument supplied to `absolute'"],
    )


@pytest.mark.parametrize(
    "source",
    [
        "db 1\n[list -]\ndb 2\nnop\n[list +]\ndb 3\n",
        # NASM's last pass starts as the one before left the listing: off, here
        "db 1\n[list -]\ndb 2\nnop\n[list +]\ndb 3\n[list -]\ndb 4\n",
    ],
)
def test_list_minus_and_plus_leave_lines_out_of_the_listing_as_nasm(source: str) -> None:
    result = assemble_source(source, filename="in.asm", listing=True)
    assert result.listing_text() == nasm_listing(source)
    assert nasm_result(source)[0] == result.output


_MAP = "`[map]' is not supported: longmode's assembler writes no map file"
_BRACES = "instruction prefixes are not supported"


@pytest.mark.parametrize(
    ("source", "message"),
    [
        ("[map all out.map]\n", _MAP),
        ("bits 64\n{rex} add eax, edx\n", f"`{{rex}}' {_BRACES}"),
        ("bits 64\n{vex3} vaddps xmm0, xmm1, xmm2\n", f"`{{vex3}}' {_BRACES}"),
        (
            "bits 32\nmov eax, [ebx, ecx*2]\n",
            "the split effective address form `[base, index]' is not supported",
        ),
        (
            "bits 64\nfoo: mov eax, [a32 foo]\n",
            "an address size inside brackets (`[a32 ...]') is not supported",
        ),
    ],
)
def test_forms_nasm_takes_and_longmode_refuses_by_name(source: str, message: str) -> None:
    assert nasm_result(source)[0] is not None
    ours, messages = ours_result(source)
    assert ours is None
    assert messages == [f"{source.count(chr(10))}: error: {message}"]


@needs_nasm
def test_nasms_other_names_of_int1_and_int3() -> None:
    # int01 and int03 (NASM's test/changed.asm): they were taken for labels
    source = "int01\nint03\nicebp\nint1\nint3\n"
    assert ours_result(source) == nasm_result(source) == (bytes.fromhex("f1ccf1f1cc"), [])


@needs_nasm
def test_x87_arithmetic_without_operands_is_the_popping_form_on_st1() -> None:
    # NASM's test/fpu.asm: fadd alone is DE C1 (faddp st1, st0); we wrote D8 C1
    names = ["fadd", "fsub", "fsubr", "fmul", "fdiv", "fdivr", "faddp", "fdivp", "fcom", "fld"]
    source = "".join(f"{name}\n" for name in names)
    assert ours_result(source) == nasm_result(source)
    assert ours_result("fadd\nfdiv\n")[0] == bytes.fromhex("dec1def9")


@needs_nasm
def test_ifmacro_with_a_range_of_parameter_counts() -> None:
    # %ifmacro m 1+ and 1-2 (NASM's test/ifmacro.asm) were false for a macro of
    # two parameters: a range asks whether some count is taken by both
    macros = [
        "%macro two 2\n%endmacro",
        "%macro greedy 1+\n%endmacro",
        "%macro span 1-3\n%endmacro",
    ]
    specs = ["", "0", "1", "2", "3", "4", "1+", "3+", "0-1", "1-2", "3-4", "4-*", "0-0"]
    lines = [*macros]
    for name in ("two", "greedy", "span", "none"):
        for n, spec in enumerate(specs):
            lines += [f"%ifmacro {name} {spec}", f"  db {n}", "%else", "  db 0x80", "%endif"]
            lines += [f"%ifnmacro {name} {spec}", "  db 0xff", "%endif"]
    source = "\n".join(lines) + "\n"
    assert ours_result(source) == nasm_result(source)


@pytest.mark.parametrize(
    ("line", "family"),
    [
        ("pfadd mm0, mm1", "AMD 3DNow!"),
        ("vpcomb xmm1, xmm2, xmm3, 1", "AMD XOP-encoded"),
        ("vaddph xmm1, xmm2, xmm3", "AVX-512, EVEX-encoded"),
        ("bndmk bnd0, [eax]", "old or vendor-specific: MPX"),
        ("pcommit", "old or vendor-specific: PCOMMIT"),  # (alone: it was taken for a label)
        ("lock pswapd mm0, mm1", "AMD 3DNow!"),  # (after a prefix)
    ],
)
def test_an_instruction_nasm_encodes_and_we_do_not_is_refused_by_name(
    line: str, family: str
) -> None:
    _, messages = ours_result(f"bits 32\n{line}\n")
    head = line.split()[1] if line.startswith("lock") else line.split()[0]
    assert messages == [
        f"2: error: `{head}' is an instruction longmode's assembler does not encode ({family})"
    ]


@needs_nasm
def test_such_a_name_with_a_colon_is_a_label() -> None:
    source = "pfadd:\n  jmp pfadd\nloadall: nop\n  dw loadall\n"
    assert ours_result(source) == nasm_result(source)
