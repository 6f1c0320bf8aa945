"""The operand texts and hand-written lines the corpus generator writes (data only).

``generate.py`` picks from these per ``OpCodeOperandKind``: registers of each
class per mode, memory addressing forms per mode, immediates that fit the
short and need the long form, condition-code aliases, and the system lines
the tables cannot spell the NASM way (``EXTRA_LINES``).
"""

from __future__ import annotations

from asm_corpus.corpus_data import MODES

REGS: dict[str, dict[int, list[str]]] = {
    "r8": {
        16: ["al", "cl", "dh", "bh", "bl"],
        32: ["al", "cl", "dh", "bh", "bl"],
        64: ["al", "cl", "dh", "sil", "r9b", "r15b", "spl"],
    },
    "r16": {
        16: ["ax", "cx", "dx", "bx", "sp", "bp", "si", "di"],
        32: ["ax", "cx", "dx", "bx", "sp", "bp", "si", "di"],
        64: ["ax", "cx", "bx", "sp", "bp", "di", "r8w", "r12w", "r15w"],
    },
    "r32": {
        16: ["eax", "ecx", "edx", "ebx", "esp", "ebp", "esi", "edi"],
        32: ["eax", "ecx", "edx", "ebx", "esp", "ebp", "esi", "edi"],
        64: ["eax", "ecx", "ebx", "esp", "ebp", "edi", "r8d", "r13d", "r15d"],
    },
    "r64": {64: ["rax", "rcx", "rdx", "rsp", "rbp", "rsi", "r8", "r12", "r13", "r15"]},
    "mm": {m: ["mm0", "mm1", "mm5", "mm7"] for m in MODES},
    "xmm": {
        16: ["xmm0", "xmm1", "xmm4", "xmm7"],
        32: ["xmm0", "xmm1", "xmm4", "xmm7"],
        64: ["xmm0", "xmm1", "xmm7", "xmm8", "xmm13", "xmm15"],
    },
    "ymm": {
        16: ["ymm0", "ymm1", "ymm4", "ymm7"],
        32: ["ymm0", "ymm1", "ymm4", "ymm7"],
        64: ["ymm0", "ymm1", "ymm7", "ymm8", "ymm13", "ymm15"],
    },
    "sreg": {m: ["es", "cs", "ss", "ds", "fs", "gs"] for m in MODES},
    "cr": {16: ["cr0", "cr2", "cr3", "cr4"], 32: ["cr0", "cr2", "cr3", "cr4"],
           64: ["cr0", "cr2", "cr3", "cr4", "cr8"]},
    "dr": {m: ["dr0", "dr1", "dr6", "dr7"] for m in MODES},
    "sti": {m: ["st1", "st0", "st7", "st3"] for m in MODES},
}  # fmt: skip

# Addressing forms, first the ones every memory operand gets in turn.
MEM_FORMS: dict[int, list[str]] = {
    16: [
        "[bx]", "[bx+si]", "[bp+di+0x7f]", "[bx+di-0x80]", "[bp+si+0x1234]",
        "[si]", "[di+0x10]", "[bp+0x8]", "[bp]", "[0x1234]", "[bx+0x80]",
        "[si-0x2]", "[es:bx+si]", "[cs:di]", "[ss:bp+0x4]", "[fs:0x20]",
        "[gs:bx+0x12]", "[bx+0x7f]", "[eax]", "[ebx+ecx*4+0x10]", "[esp+0x8]",
        "[ebp-0x81]", "[edi*8+0x1000]", "[ds:esi+ebx*2]", "[esp]", "[ebp]",
    ],
    32: [
        "[eax]", "[ebx+0x7f]", "[ecx-0x80]", "[edx+0x12345678]", "[esp]",
        "[esp+0x8]", "[ebp]", "[ebp-0x4]", "[eax+ebx]", "[eax+ecx*2]",
        "[ebx+esi*4+0x10]", "[edi*8+0x1000]", "[0x12345678]", "[esi+0x80]",
        "[esp+ebp*1-0x81]", "[es:edi]", "[fs:0x20]", "[gs:ebx+ecx*8+0x100]",
        "[ss:ebp+0x10]", "[cs:eax]", "[bx+si]", "[bp+di+0x4]", "[bp+si+0x1234]",
        "[0x12]",
    ],
    64: [
        "[rax]", "[rbx+0x7f]", "[rcx-0x80]", "[rdx+0x12345678]", "[rsp]",
        "[rsp+0x8]", "[rbp]", "[rbp-0x8]", "[r12]", "[r13]", "[r13+0x10]",
        "[rax+rbx]", "[rax+rcx*2]", "[rbx+rsi*4+0x10]", "[r8+r9*8-0x10]",
        "[rdi*8+0x1000]", "[r15+r14]", "[rsp+r12*4+0x80]", "[0x12345678]",
        "[rel $+0x100]", "[rel $-0x40]", "[eax]", "[ebx+ecx*4+0x8]",
        "[r10d+0x4]", "[fs:rax]", "[gs:0x28]", "[fs:rel $+0x10]",
    ],
}  # fmt: skip

# Mnemonics common in kernels: every addressing form of the mode.
FULL_SPREAD: set[str] = {
    "mov", "add", "lea", "push", "pop", "inc", "cmp", "jmp", "call", "test",
    "xchg", "movzx", "imul", "shl", "not", "lgdt", "invlpg", "fld", "movaps",
    "vaddps", "vmovdqu", "movd", "or", "bt",
}  # fmt: skip
MEM_PER_OPERAND = 4

SIZE_KEYWORDS: dict[int, str] = {
    1: "byte", 2: "word", 4: "dword", 8: "qword", 10: "tword", 16: "oword", 32: "yword",
}  # fmt: skip

MOFFS_FORMS: dict[int, list[str]] = {
    16: ["[0x1234]", "[es:0x10]"],
    32: ["[0x12345678]", "[fs:0x10]"],
    64: ["[qword 0x1122334455667788]", "[abs qword 0x12345678]", "[0x1234]"],
}
VSIB: dict[int, tuple[str, ...]] = {
    16: ("[eax+{}*4+0x10]", "[{}*8]"),
    32: ("[eax+{}*4+0x10]", "[ebx+{}*8]", "[{}*2+0x100]"),
    64: ("[rax+{}*4+0x10]", "[r13+{}*8]", "[{}*1+0x100]", "[rsp+{}*2-0x8]"),
}

IMMS: dict[str, list[str]] = {
    "IMM8": ["0x12", "0xf0"],
    "IMM8SEX16": ["-0x3", "0x7f", "-0x80"],
    "IMM8SEX32": ["-0x3", "0x7f", "-0x80"],
    "IMM8SEX64": ["-0x3", "0x7f", "-0x80"],
    "IMM16": ["0x1234", "0x10", "strict word 0x10"],
    "IMM32": ["0x12345678", "0x7f", "-0x80", "strict dword 0x7f"],
    "IMM32SEX64": ["0x12345678", "-0x12345678", "0x7f", "strict dword 0x7f"],
    "IMM64": ["0x123456789abcdef0", "-0x123456789", "0x12345678", "strict qword 0x1"],
    "IMM8_CONST_1": ["1"],
}

FIXED_REGS: dict[str, str] = {
    "AL": "al", "AX": "ax", "EAX": "eax", "RAX": "rax", "CL": "cl", "DX": "dx",
    "CS": "cs", "DS": "ds", "ES": "es", "SS": "ss", "FS": "fs", "GS": "gs",
    "ST0": "st0",
}  # fmt: skip

REG_CLASS: dict[str, str] = {
    "R8": "r8",
    "R16": "r16",
    "R32": "r32",
    "R64": "r64",
    "MM": "mm",
    "XMM": "xmm",
    "YMM": "ymm",
    "STI": "sti",
}

CC_ALIASES: dict[str, list[str]] = {
    "e": ["z"], "ne": ["nz"], "b": ["c", "nae"], "ae": ["nb", "nc"], "a": ["nbe"],
    "be": ["na"], "l": ["nge"], "ge": ["nl"], "g": ["nle"], "le": ["ng"], "p": ["pe"],
    "np": ["po"],
}  # fmt: skip
CC_PREFIXES = ("j", "set", "cmov", "fcmov")

# Hand-written lines for forms the tables do not spell the NASM way.
EXTRA_LINES: dict[int, list[str]] = {
    16: [
        "jmp 0x0:0x7c00", "jmp far [bx]", "call far [si+0x4]", "jmp far dword [bx]",
        "o32 jmp far [bx]", "retf", "retf 0x4", "o32 retf", "iret", "iretd", "o32 iret",
        "int 0x10", "int 3", "int3", "into", "int1", "icebp", "o32 lgdt [bx]",
        "lgdt [0x500]", "lidt [bp+si]", "mov eax, cr0", "mov cr0, eax", "mov ds, ax",
        "mov ax, cs", "mov [bx], es", "push word 0x1234", "push dword 0x12345678",
        "push 0x12", "pushad", "popa", "in al, 0x60", "out 0x80, al", "in ax, dx",
        "out dx, eax", "xchg ax, ax", "nop", "cs nop", "a32 nop", "o32 nop",
        "rep movsd", "a32 rep stosb", "jmp short $", "jcxz $+0x10", "jecxz $+0x10",
        "loop $-0x10", "a32 loop $+0x4", "call $+0x1234", "call dword $+0x10",
        "mov ax, [si+bx]", "mov ax, [di+bp+0x2]", "mov ax, [bp]", "lea ax, [bx+si+0x0]",
        "mov ax, [bx+0x0]", "mov ax, [byte bx+0x0]", "mov ax, [word bx+0x0]",
    ],
    32: [
        "jmp 0x8:0x100000", "jmp word 0x8:0x1000", "jmp far [eax]", "call far [ebx+0x4]",
        "jmp far word [eax]", "o16 jmp far [eax]", "retf", "retf 0x8", "o16 retf",
        "iret", "iretd", "iretw", "o16 iret", "int 0x80", "int 3", "int3", "into",
        "int1", "lgdt [eax]", "lidt [0x1000]", "sgdt [esp]", "ltr ax", "lldt ax",
        "mov eax, cr0", "mov cr3, eax", "mov cr4, ebx", "mov dr7, eax", "mov eax, dr6",
        "mov ds, ax", "mov ds, eax", "mov ax, ds", "mov eax, ds", "mov [eax], ds",
        "push 0x12", "push word 0x1234", "push dword 0x12345678", "pushad", "popad",
        "in al, 0x60", "out 0x80, al", "in eax, dx", "out dx, ax", "xchg eax, eax",
        "nop", "pause", "a16 rep movsb", "o16 rep stosw", "jmp short $", "jecxz $+0x10",
        "jcxz $+0x10", "loop $-0x10", "a16 loop $+0x4", "wrmsr", "rdmsr", "cpuid",
        "rdtsc", "hlt", "cli", "sti", "invlpg [eax]", "lock add [eax], eax",
        "lock xchg [eax], ecx", "xchg [eax], ecx", "sysenter", "sysexit",
        "mov eax, [eax+esp]", "mov eax, [ebx*2]", "mov eax, [ebx*3]", "mov eax, [ebx*5]",
        "mov eax, [ebx*9+0x10]", "mov eax, [ebp*1]", "mov eax, [esp*1]",
        "lea eax, [eax+0x0]", "mov eax, [si+bx]", "cmpeqps xmm0, xmm1",
        "cmpltsd xmm0, [eax]", "vcmpngeps ymm0, ymm1, ymm2",
    ],
    64: [
        "jmp far [rax]", "jmp far dword [rax]", "jmp far qword [rax]", "call far [rbx]",
        "call far qword [rel $+0x10]", "o64 jmp far [rax]", "retf", "retfq", "o64 retf",
        "retf 0x10", "iretq", "iretd", "iret", "o64 iret", "int 0x80", "int 3", "int3",
        "int1", "lgdt [rax]", "lidt [rel $+0x100]", "sgdt [rsp]", "ltr ax", "lldt ax",
        "str rax", "mov rax, cr0", "mov cr3, rax", "mov cr8, rax", "mov rax, cr8",
        "mov dr7, rax", "mov rax, dr6", "mov ds, ax", "mov ds, eax", "mov ss, rax",
        "mov ax, ds", "mov eax, ds", "mov rax, ds", "mov [rax], ds", "push fs",
        "pop gs", "push 0x12", "push word 0x1234", "push qword 0x12345678",
        "in al, 0x60", "out 0x80, al", "in eax, dx", "out dx, ax", "xchg eax, eax",
        "xchg rax, rax", "nop", "pause", "rep movsq", "a32 rep stosq", "rep stosb",
        "jmp short $", "jrcxz $+0x10", "jecxz $+0x10", "loop $-0x10", "a32 loop $+0x4",
        "wrmsr", "rdmsr", "cpuid", "rdtsc", "rdtscp", "hlt", "cli", "sti",
        "invlpg [rax]", "swapgs", "syscall", "sysret", "o64 sysret", "sysretq",
        "sysexit", "sysexitq", "lock add [rax], rax", "lock cmpxchg [rdi], rcx",
        "lock cmpxchg16b [rdi]", "mov eax, [rax+rsp]", "mov eax, [rax*3]",
        "mov eax, [r13*1]", "mov eax, [rbp*1]", "mov eax, [r12*1+r13]", "mov rax, 1",
        "mov rax, -1", "mov rax, 0x80000000",
        "mov eax, 0xffffffff", "mov rax, qword 0x1", "and rax, -0x10",
        "lea rax, [rel $]", "lea rax, [rip+0x10]", "mov rax, [rel $+0x12345678]",
        "mov al, [0x12]", "mov eax, [abs 0x12]", "mov eax, [rsp+rax*1]",
        "mov eax, [rax*2]", "mov eax, [rbp+rax]", "mov eax, [r13+r12]",
        "mov eax, [r12+r13]", "mov eax, [byte rax+0x0]", "mov eax, [dword rax+0x0]",
        "mov eax, [rax+0x0]", "mov eax, [nosplit rax*2]", "mov eax, [rax*1]",
        "inc eax", "dec r8", "movsx eax, al", "movsxd rax, eax", "movsx rax, ax",
        "push rax", "push r12", "pop r15", "ret", "ret 0x8",
    ],
}  # fmt: skip
