; The PIT at 10 kHz; 100,000 IRQ0s handled (remapped PICs, an IDT gate,
; EOI each time), then isa-debug-exit with 0x10.
%include "longmode_prelude.inc"
main:
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
    mov rax, timer                  ; IDT gate 0x20
    mov rdi, idt + 0x20 * 16
    mov [rdi], ax
    mov word [rdi + 2], 0x08
    mov word [rdi + 4], 0x8E00
    shr rax, 16
    mov [rdi + 6], ax
    shr rax, 16
    mov [rdi + 8], eax
    lidt [idt_pointer]
    mov al, 0x34                    ; channel 0, mode 2, divisor 119 (10 kHz)
    out 0x43, al
    mov al, 119
    out 0x40, al
    xor al, al
    out 0x40, al
    sti
.wait:
    hlt
    cmp dword [ticks], 100000
    jb .wait
    mov al, 0x10
    out 0xF4, al
    hlt
timer:
    push rax
    inc dword [ticks]
    mov al, 0x20
    out 0x20, al
    pop rax
    iretq
ticks: dd 0
align 16
idt_pointer:
    dw 256 * 16 - 1
    dq idt
align 16
idt:
    times 256 * 16 db 0
    times 32768 - ($ - $$) db 0
