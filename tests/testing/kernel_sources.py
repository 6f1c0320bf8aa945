"""NASM sources of small test kernels, shared by the runner's and `longmode test`'s tests."""

#: Writes "ok" on COM1 and "VGA!" on the text screen, then exits through isa-debug-exit
#: with the value in ``{value}`` (0x10: status 33, blog_os's success).
EXITS = """bits 64
global _start
section .text
_start:
    mov dx, 0x3F8
    mov al, 'o'
    out dx, al
    mov al, 'k'
    out dx, al
    mov rdi, 0xB8000
    mov dword [rdi], 0x07470756     ; "VG" in grey on black
    mov dword [rdi + 4], 0x07210741 ; "A!"
    mov al, {value}
    out 0xF4, al
    cli
    hlt
"""

BASIC_KERNELS = {
    "success": EXITS.format(value="0x10"),
    "failure": EXITS.format(value="0x11"),
    "spin": "bits 64\nglobal _start\nsection .text\n_start:\n    jmp _start\n",
    "halt": "bits 64\nglobal _start\nsection .text\n_start:\n    cli\n    hlt\n",
    # A write far above anything mapped, with no IDT: a triple fault.
    "fault": """bits 64
global _start
section .text
_start:
    mov rax, 0x40000000000
    mov qword [rax], 1
    hlt
""",
}

#: Prints its command line (longmode's boot information, RDI) on COM1, exits 0x10.
ARGS = """bits 64
global _start
section .text
_start:
    mov rsi, [rdi + 0x70]           ; command_line
    mov ecx, [rdi + 0x78]           ; command_line_len
    mov dx, 0x3F8
.next:
    jrcxz .done
    lodsb
    out dx, al
    dec ecx
    jmp .next
.done:
    mov al, 0x10
    out 0xF4, al
    cli
    hlt
"""
