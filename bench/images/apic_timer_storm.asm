; The local APIC's timer at 10 kHz (periodic, divide by 1, 100,000 ticks of its
; 1 GHz clock); 100,000 interrupts handled (an IDT gate, EOI each time), the
; 8259s masked; then isa-debug-exit with 0x10.
%include "longmode_prelude.inc"
LAPIC equ 0xFEE00000
main:
    call map_apics
    mov al, 0xFF
    out 0x21, al
    out 0xA1, al
    mov rax, timer                  ; IDT gate 0x40
    mov rdi, idt + 0x40 * 16
    mov [rdi], ax
    mov word [rdi + 2], 0x08
    mov word [rdi + 4], 0x8E00
    shr rax, 16
    mov [rdi + 6], ax
    shr rax, 16
    mov [rdi + 8], eax
    lidt [idt_pointer]
    mov rsi, LAPIC                  ; (a 32-bit displacement would sign-extend)
    mov dword [rsi + 0xF0], 0x1FF ; software enable, spurious vector FFh
    mov dword [rsi + 0x3E0], 0x0B ; divide by 1
    mov dword [rsi + 0x320], 0x20040 ; periodic, vector 40h
    mov dword [rsi + 0x380], 100000
    sti
.wait:
    hlt
    cmp dword [ticks], 100000
    jb .wait
    mov al, 0x10
    out 0xF4, al
    hlt
timer:
    inc dword [ticks]
    mov dword [rsi + 0xB0], 0       ; EOI (RSI holds LAPIC's address throughout)
    iretq
%include "apic_map.inc"
ticks: dd 0
align 16
idt_pointer:
    dw 256 * 16 - 1
    dq idt
align 16
idt:
    times 256 * 16 db 0
    times 64 * 512 - ($ - $$) db 0
