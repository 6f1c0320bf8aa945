; Exits through isa-debug-exit at once: each machine's start-up cost.
bits 16
org 0x7C00
    mov al, 0x10
    out 0xF4, al
    cli
    hlt
    times 510 - ($ - $$) db 0
    dw 0xAA55
