; longmode BIOS reset stub, at 0xF0000. Entered in 32-bit protected mode
; (unicorn's 64-bit engine after CR0.PG and EFER.LMA are cleared); leaves in
; real mode at boot_vector (0000:7C00 unless POST changed it) with IF=1 and
; DL = boot drive (set before start).
bits 32
org 0xF0000
reset:
    lgdt [gdt_pointer]
    jmp 0x08:(protected16 - 0xF0000)     ; 16-bit code, base 0xF0000
bits 16
protected16:
    mov ax, 0x10                         ; 16-bit data, base 0, limit 64 KiB
    mov ds, ax
    mov es, ax
    mov ss, ax
    mov fs, ax
    mov gs, ax
    mov eax, cr0
    and eax, 0x7FFFFFFE                  ; PE and PG off
    mov cr0, eax
    jmp 0xF000:(real - 0xF0000)
real:
    xor ax, ax
    mov ds, ax
    mov es, ax
    mov ss, ax
    mov fs, ax
    mov gs, ax
    mov sp, 0x7C00
    sti
    jmp far [cs:boot_vector - reset]     ; 0000:7C00, or POST's boot-failure stub
align 8
gdt:
    dq 0
    dq 0x00009B0F0000FFFF                ; 0x08: 16-bit code, base 0xF0000, limit 0xFFFF
    dq 0x000093000000FFFF                ; 0x10: 16-bit data, base 0, limit 0xFFFF
gdt_pointer:
    dw gdt_pointer - gdt - 1
    dd gdt
boot_vector:
    dw 0x7C00, 0x0000                    ; offset, segment
