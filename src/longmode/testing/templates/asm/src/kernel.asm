; {{name}}'s kernel: says "Hello World!" on the VGA text screen and on COM1,
; then halts. longmode's loader enters _start in 64-bit long mode with the
; boot information in rdi (see longmode_boot.inc).

bits 64
default rel

%include "console.inc"
%include "longmode_boot.inc"

global _start

section .text

_start:
    mov rbx, rdi                ; the boot information
    call serial_init
    mov rax, LONGMODE_BOOT_MAGIC
    cmp [rbx + longmode_boot_info.magic], rax
    jne .not_longmode
    lea rdi, [greeting]
    mov esi, COLOR_DEFAULT
    call screen_write
    lea rdi, [greeting_line]
    call serial_write
    jmp .halt
.not_longmode:
    lea rdi, [not_longmode]
    call serial_write
.halt:
    cli
    hlt
    jmp .halt

section .rodata
greeting:       db "Hello World!", 0
greeting_line:  db "Hello World!", 10, 0
not_longmode:   db "not booted by longmode's loader", 10, 0
