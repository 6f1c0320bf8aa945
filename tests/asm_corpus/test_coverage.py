"""The corpus covers what the assembler must handle, and only that.

Checks on the checked-in data alone (no assembler, no NASM): thousands of
lines per mode, the system instructions and syntax forms named in the issue,
each extension family, and every line one valid legacy or VEX instruction.
"""

from __future__ import annotations

import re

import pytest

from asm_corpus.corpus_data import MODES, asm_path, expected_path, load_corpus
from asm_corpus.generate import decodes_cleanly

MIN_LINES = 5000
MAX_FILE_BYTES = 2_000_000

ALL = frozenset(MODES)
LEGACY = frozenset({16, 32})
LONG = frozenset({64})

# (what, pattern a line must match, modes where some line must match it)
REQUIRED: list[tuple[str, str, frozenset[int]]] = [
    ("far jump to selector:offset", r"^jmp (word |dword )?0x[0-9a-f]+:0x", LEGACY),
    ("far call to selector:offset", r"^call (word |dword )?0x[0-9a-f]+:0x", LEGACY),
    ("far jump through memory", r"^jmp far ", ALL),
    ("far call through memory", r"^call far ", ALL),
    ("far return", r"^retf", ALL),
    ("lgdt", r"^lgdt \[", ALL),
    ("lidt", r"^lidt \[", ALL),
    ("sgdt", r"^sgdt \[", ALL),
    ("sidt", r"^sidt \[", ALL),
    ("ltr", r"^ltr ", ALL),
    ("lldt", r"^lldt ", ALL),
    ("str", r"^str ", ALL),
    ("lmsw/smsw", r"^[ls]msw ", ALL),
    ("mov to cr", r"^mov cr[0348], ", ALL),
    ("mov from cr", r"^mov [er]?[a-z0-9]+, cr[0-8]$", ALL),
    ("mov cr8", r"^mov (cr8, \w+|\w+, cr8)$", LONG),
    ("mov to dr", r"^mov dr[0-7], ", ALL),
    ("mov from dr", r"^mov \w+, dr[0-7]$", ALL),
    ("mov to segment register", r"^mov [c-gs]s, ", ALL),
    ("mov from segment register", r"^mov [^,]+, [c-gs]s$", ALL),
    ("push/pop segment register", r"^(push|pop) [fg]s$", ALL),
    ("rdmsr", r"^rdmsr$", ALL),
    ("wrmsr", r"^wrmsr$", ALL),
    ("cpuid", r"^cpuid$", ALL),
    ("rdtsc", r"^rdtsc$", ALL),
    ("rdtscp", r"^rdtscp$", ALL),
    ("in from imm8 port", r"^in (al|ax|eax), 0x", ALL),
    ("in from dx", r"^in (al|ax|eax), dx$", ALL),
    ("out to imm8 port", r"^out 0x[0-9a-f]+, (al|ax|eax)$", ALL),
    ("out to dx", r"^out dx, (al|ax|eax)$", ALL),
    ("string instructions", r"^(movs|stos|lods|cmps|scas|ins|outs)[bwd]$", ALL),
    ("64-bit string instructions", r"^(movs|stos|lods|cmps|scas)q$", LONG),
    ("rep", r"^rep (movs|stos|ins|outs|lods)", ALL),
    ("repe/repz", r"^rep[ez] (cmps|scas)", ALL),
    ("repne/repnz", r"^repn[ez] (cmps|scas)", ALL),
    ("segment prefix on a string instruction", r"^[c-gs]s (movs|lods|outs|cmps)", ALL),
    ("segment override in memory operand", r"\[[c-gs]s:", ALL),
    ("lock", r"^lock (add|xchg|cmpxchg|inc|dec|bts|xadd|or|and)", ALL),
    ("iret", r"^iret$", ALL),
    ("iretd", r"^iretd$", ALL),
    ("iretq", r"^iretq$", LONG),
    ("int imm8", r"^int 0x", ALL),
    ("int3", r"^int3$", ALL),
    ("int 3 (two bytes)", r"^int 3$", ALL),
    ("into", r"^into$", LEGACY),
    ("hlt", r"^hlt$", ALL),
    ("cli", r"^cli$", ALL),
    ("sti", r"^sti$", ALL),
    ("invlpg", r"^invlpg \[", ALL),
    ("swapgs", r"^swapgs$", LONG),
    ("syscall", r"^syscall$", LONG),
    ("sysret", r"^sysret$", LONG),
    ("o64 sysret", r"^(o64 sysret|sysretq)$", LONG),
    ("sysenter", r"^sysenter$", ALL),
    ("o16 prefix", r"^o16 ", frozenset({32, 64})),
    ("o32 prefix", r"^o32 ", frozenset({16})),
    ("o64 prefix", r"^o64 ", LONG),
    ("a16 prefix", r"^a16 ", frozenset({32})),
    ("a32 prefix", r"^a32 ", frozenset({16, 64})),
    ("byte keyword", r"\bbyte \[", ALL),
    ("word keyword", r"\bword \[", ALL),
    ("dword keyword", r"\bdword \[", ALL),
    ("qword keyword", r"\bqword \[", ALL),
    ("tword keyword", r"\btword \[", ALL),
    ("oword keyword", r"\boword \[", ALL),
    ("yword keyword", r"\byword \[", ALL),
    ("strict immediate", r"\bstrict (byte|word|dword|qword) ", ALL),
    ("short branch", r"^j\w+ short \$", ALL),
    ("near branch", r"^j\w+ near \$", ALL),
    ("16-bit base+index", r"\[bx\+si\]", LEGACY),
    ("16-bit bp+di+disp8", r"\[bp\+di\+0x[0-7]?[0-9a-f]\]", LEGACY),
    ("16-bit base+index+disp16", r"\[bp\+si\+0x[0-9a-f]{3,4}\]", LEGACY),
    ("32-bit addressing in 16-bit mode", r"\[e[a-d]x", frozenset({16})),
    ("16-bit addressing in 32-bit mode", r"\[b[xp]\+", frozenset({32})),
    ("32-bit addressing in 64-bit mode", r"\[e[a-d]x", LONG),
    ("base+disp8", r"\[[er]?bx\+0x7f\]", ALL),
    ("base+disp32", r"\[[er]dx\+0x12345678\]", frozenset({32, 64})),
    ("scaled index", r"\[\w+\+\w+\*[248]", ALL),
    ("index without base", r"\[[er]di\*8\+0x1000\]", ALL),
    ("esp/rsp base (SIB)", r"\[[er]sp\]", ALL),
    ("ebp/rbp base (disp8 0)", r"\[[er]bp\]", ALL),
    ("absolute address", r"\[0x[0-9a-f]+\]", ALL),
    ("RIP-relative", r"\[rel \$[+-]0x", LONG),
    ("REX registers", r"\br(8|9|1[0-5])[bwd]?\b", LONG),
    ("sil/spl", r"\b(sil|spl)\b", LONG),
    ("r12/r13 base", r"\[r1[23]\]", LONG),
    ("mov r64, imm64", r"^mov r\w+, 0x[0-9a-f]{9,}$", LONG),
    ("x87", r"^f(ld|stp|add|mul|div|sub|xch|com)", ALL),
    ("x87 st(i) operands", r"^f\w+ st\d, st\d$", ALL),
    ("MMX", r"^padd[bwdq] mm\d", ALL),
    ("SSE", r"^movaps xmm\d", ALL),
    ("SSE2", r"^movdqa xmm\d", ALL),
    ("SSE3", r"^addsubps xmm\d", ALL),
    ("SSSE3", r"^pshufb xmm\d", ALL),
    ("SSE4.1", r"^pblendvb xmm\d", ALL),
    ("SSE4.2", r"^pcmpistri xmm\d", ALL),
    ("crc32", r"^crc32 ", ALL),
    ("AVX 256-bit", r"^vaddps ymm\d+, ymm\d+, ", ALL),
    ("AVX2", r"^vpbroadcastd ymm\d", ALL),
    ("AVX2 gather (VSIB)", r"^vpgatherdd xmm\d+, \[\w+\+xmm\d+\*", ALL),
    ("FMA", r"^vfmadd231ps ", ALL),
    ("xsave", r"^xsave ", ALL),
    ("fxsave", r"^fxsave ", ALL),
    ("cmpxchg16b", r"^cmpxchg16b ", LONG),
    ("cmpxchg8b", r"^cmpxchg8b ", ALL),
    ("wbinvd", r"^wbinvd$", ALL),
    ("clts", r"^clts$", ALL),
    ("pause", r"^pause$", ALL),
]


@pytest.mark.parametrize("mode", MODES)
def test_corpus_has_thousands_of_lines_and_stays_small(mode: int) -> None:
    assert len(load_corpus(mode)) >= MIN_LINES
    assert asm_path(mode).stat().st_size < MAX_FILE_BYTES
    assert expected_path(mode).stat().st_size < MAX_FILE_BYTES


@pytest.mark.parametrize("mode", MODES)
def test_corpus_has_every_required_form(mode: int) -> None:
    texts = [line.text for line in load_corpus(mode)]
    missing = [
        f"{what}: /{pattern}/"
        for what, pattern, modes in REQUIRED
        if mode in modes and not any(re.search(pattern, text) for text in texts)
    ]
    assert not missing, f"mode{mode}.asm lacks:\n" + "\n".join(missing)


@pytest.mark.parametrize("mode", MODES)
def test_every_corpus_line_is_one_valid_in_scope_instruction(mode: int) -> None:
    bad = [
        f"line {line.number}: {line.text}: {line.expected.hex()}"
        for line in load_corpus(mode)
        if not decodes_cleanly(line.expected, mode)
    ]
    assert not bad, "\n".join(bad[:50])
