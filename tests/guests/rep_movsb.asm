; A reduced form of what real loaders do with what they read: copy 64 KiB with
; rep movsb in real mode while the timer interrupt runs (IRQ 0, the PIT set to
; 10 kHz, the BIOS's handler), and check the copy. Exits through isa-debug-exit: 0x10 (status 33) and "ok" on
; COM1 when every round copied every byte, 0x11 (35) and "bad copy" when not.
bits 16
org 0x7C00
ROUNDS equ 300
SIZE equ 0xFFF0
PIT_DIVISOR equ 119                 ; 1193182 Hz / 119: about 10 kHz
    cli
    xor ax, ax
    mov ss, ax
    mov sp, 0x7C00
    mov ds, ax
    cld
    mov ax, 0x1000                  ; the source, 1000:0000: byte i = 7 * i + (i >> 8)
    mov es, ax
    xor di, di
    mov cx, SIZE
.fill:
    mov ax, di
    imul ax, ax, 7
    mov bx, di
    shr bx, 8
    add al, bl
    stosb
    loop .fill
    mov al, 0x34                    ; PIT channel 0, low then high byte, mode 2
    out 0x43, al
    mov al, PIT_DIVISOR & 0xFF
    out 0x40, al
    mov al, PIT_DIVISOR >> 8
    out 0x40, al
    sti                             ; the timer interrupt from here on
    mov bp, ROUNDS
.round:
    mov ax, 0x1000
    mov ds, ax
    mov ax, 0x2000                  ; the copy, 2000:0000
    mov es, ax
    xor si, si
    xor di, di
    mov cx, SIZE
    rep movsb
    xor si, si
    xor di, di
    mov cx, SIZE
    repe cmpsb
    jne .bad
    xor di, di                      ; wipe the copy for the next round
    xor ax, ax
    mov cx, SIZE / 2
    rep stosw
    dec bp
    jnz .round
    mov si, ok
    mov bl, 0x10
    jmp .report
.bad:
    mov si, bad
    mov bl, 0x11
.report:
    xor ax, ax
    mov ds, ax
    mov dx, 0x3F8
.next:
    lodsb
    test al, al
    jz .exit
    out dx, al
    jmp .next
.exit:
    mov al, bl
    out 0xF4, al
    cli
    hlt
ok: db "rep movsb: ok", 10, 0
bad: db "rep movsb: bad copy", 10, 0
    times 510 - ($ - $$) db 0
    dw 0xAA55
