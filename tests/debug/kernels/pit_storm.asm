; The seed's red-zone story in a few lines, for our boot protocol: PIC remapped
; to 0x20, PIT at ~10 kHz, IRQ0 counted on the interrupted stack (no IST); the
; kernel sums 1..1000 in a leaf function SUM 200 times, then prints OK or BAD on
; COM1 and exits (0x10 OK, 0x11 BAD). The test appends SUM: one that keeps its
; sum in the red zone, as a compiler allowed to would, or one with a frame.
bits 64
global _start
section .text
_start:
    lea rdi, [rel idt]
    lea rsi, [rel timer]
    mov rax, rsi
    mov [rdi + 0x20*16], ax
    mov word [rdi + 0x20*16 + 2], 0x08
    mov byte [rdi + 0x20*16 + 5], 0x8E
    shr rax, 16
    mov [rdi + 0x20*16 + 6], ax
    shr rax, 16
    mov [rdi + 0x20*16 + 8], eax
    lidt [rel idtr]
    ; remap the PIC: master 0x20, slave 0x28, only IRQ0 unmasked
    mov al, 0x11
    out 0x20, al
    out 0xA0, al
    mov al, 0x20
    out 0x21, al
    mov al, 0x28
    out 0xA1, al
    mov al, 4
    out 0x21, al
    mov al, 2
    out 0xA1, al
    mov al, 1
    out 0x21, al
    out 0xA1, al
    mov al, 0xFE
    out 0x21, al
    mov al, 0xFF
    out 0xA1, al
    ; PIT channel 0, mode 2, count 119 (~10 kHz)
    mov al, 0x34
    out 0x43, al
    mov al, 119
    out 0x40, al
    xor al, al
    out 0x40, al
    sti
    mov r12, 200
.again:
    mov rdi, 1000
    call SUM
    cmp rax, 500500
    jne .bad
    dec r12
    jnz .again
    cli
    lea rsi, [rel ok]
    mov bl, 0x10
    jmp .print
.bad:
    cli
    lea rsi, [rel bad]
    mov bl, 0x11
.print:
    mov dx, 0x3F8
.char:
    lodsb
    test al, al
    jz .exit
    out dx, al
    jmp .char
.exit:
    mov al, bl
    out 0xF4, al
    hlt

timer:
    push rax
    inc qword [rel ticks]
    mov al, 0x20
    out 0x20, al
    pop rax
    iretq

section .data
idtr:
    dw 256*16 - 1
    dq idt
ok: db "OK", 10, 0
bad: db "BAD", 10, 0
section .bss
alignb 16
idt: resb 256*16
ticks: resq 1
