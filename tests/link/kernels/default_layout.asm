; A NASM kernel linked without a script: GNU ld's default layout (text at 0x401000
; after the headers' own page, or where -Ttext puts it; rodata and data on pages of
; their own), against longmode link's.
bits 64
global _start
section .text
_start:
    lea rsi, [rel line]
    mov ecx, line_end - line
    mov dx, 0x3F8
    rep outsb
    mov al, 0x10
    out 0xF4, al
    cli
    hlt
section .rodata
line: db "test ... ok", 10
line_end:
section .data
value: dq line
section .bss
buffer: resb 64
