; A guest that talks to the PS/2 mouse through the 8042, in real mode, and reports on
; COM1 each byte it reads with the status it read it under; test_ps2_mouse_in_both_machines.py
; boots it in our machine and in QEMU and compares the transcripts. Exits through
; isa-debug-exit (status 33).
bits 16
org 0x7C00

start:
    cli
    xor ax, ax
    mov ds, ax
    mov es, ax
    mov ss, ax
    mov sp, 0x7C00
    mov ax, 0x0200 | 4              ; the rest of the guest
    mov cx, 0x0002
    xor dh, dh
    mov bx, 0x7E00
    int 0x13
    jc $
    jmp main

putc:
    push dx
    mov dx, 0x3F8
    out dx, al
    pop dx
    ret
nibble:
    and al, 0x0F
    add al, '0'
    cmp al, '9'
    jbe putc
    add al, 7
    jmp putc
hex8:
    push ax
    push ax
    shr al, 4
    call nibble
    pop ax
    call nibble
    pop ax
    ret
puts:
    push ax
.next:
    lodsb
    test al, al
    jz .done
    call putc
    jmp .next
.done:
    pop ax
    ret

%macro PRINT 1
    jmp %%after
%%text: db %1, 0
%%after:
    mov si, %%text
    call puts
%endmacro

    times 510 - ($ - $$) db 0
    dw 0xAA55

wait_input:                         ; until the 8042 takes input (IBF clear)
    push ax
.full:
    in al, 0x64
    test al, 2
    jnz .full
    pop ax
    ret
command:                            ; controller command al
    call wait_input
    out 0x64, al
    ret
data:                               ; al to port 0x60
    call wait_input
    out 0x60, al
    ret
mouse:                              ; al to the mouse (D4h)
    push ax
    mov al, 0xD4
    call command
    pop ax
    jmp data
replies:                            ; cx bytes: " status:data" each, then a newline
.next:
    mov bx, 0xFFFF
.poll:
    in al, 0x64
    test al, 1
    jnz .full
    dec bx
    jnz .poll
    PRINT " none"
    jmp .done
.full:
    push ax
    mov al, ' '
    call putc
    pop ax
    and al, 0xF7                    ; bit 3 (last write a command): QEMU keeps it set
    call hex8
    mov al, ':'
    call putc
    in al, 0x60
    call hex8
    loop .next
.done:
    mov al, 10
    call putc
    ret

%macro ASK 3                        ; label, a byte for the mouse, replies expected
    PRINT %1
    mov al, %2
    call mouse
    mov cx, %3
    call replies
%endmacro

irq12_byte: db 0
irq12_count: db 0
on_irq12:
    push ax
    in al, 0x60
    mov [cs:irq12_byte], al
    inc byte [cs:irq12_count]
    mov al, 0x20
    out 0xA0, al
    out 0x20, al
    pop ax
    iret

main:
    mov al, 0xAD                    ; the keyboard quiet while we talk to the mouse
    call command
.drain:
    in al, 0x64
    test al, 1
    jz .drained
    in al, 0x60
    jmp .drain
.drained:
    PRINT "config"
    mov al, 0x20
    call command
    mov cx, 1
    call replies
    PRINT "enable+test"
    mov al, 0xA8
    call command
    mov al, 0xA9
    call command
    mov cx, 1
    call replies
    ASK "reset", 0xFF, 3
    ASK "id", 0xF2, 2
    ASK "rate200", 0xF3, 1
    ASK "arg", 200, 1
    ASK "rate100", 0xF3, 1
    ASK "arg", 100, 1
    ASK "rate80", 0xF3, 1
    ASK "arg", 80, 1
    ASK "id-after-detect", 0xF2, 2
    ASK "resolution", 0xE8, 1
    ASK "arg", 3, 1
    ASK "scaling21", 0xE7, 1
    ASK "status", 0xE9, 4
    ASK "enable", 0xF4, 1
    ASK "status-enabled", 0xE9, 4
    ASK "remote", 0xF0, 1
    ASK "read-data", 0xEB, 5
    ASK "stream", 0xEA, 1
    ASK "wrap", 0xEE, 1
    ASK "echo", 0x12, 1
    ASK "wrap-off", 0xEC, 1
    ASK "unknown", 0x00, 1
    ASK "defaults", 0xF6, 1
    ASK "status-defaults", 0xE9, 4
    PRINT "loopback"
    mov al, 0xD3
    call command
    mov al, 0x5A
    call data
    mov cx, 1
    call replies
    ; IRQ12 (the slave 8259's IR4, vector 74h as the BIOS set it) for a byte from the
    ; mouse port, with command byte bit 1 set
    mov word [0x74 * 4], on_irq12
    mov word [0x74 * 4 + 2], 0
    in al, 0xA1
    and al, 0xEF
    out 0xA1, al
    in al, 0x21
    and al, 0xFB
    out 0x21, al
    mov al, 0x20
    call command
    call wait_output
    in al, 0x60
    or al, 0x02
    and al, 0xDF
    mov ah, al
    mov al, 0x60
    call command
    mov al, ah
    call data
    mov al, 0xD3
    call command
    mov al, 0xA5
    call data
    sti
    mov cx, 0xFFFF
.wait:
    cmp byte [cs:irq12_count], 0
    jne .taken
    loop .wait
.taken:
    cli
    PRINT "irq12 count="
    mov al, [cs:irq12_count]
    call hex8
    PRINT " byte="
    mov al, [cs:irq12_byte]
    call hex8
    mov al, 10
    call putc
    PRINT "done"
    mov al, 10
    call putc
    mov al, 0x10
    out 0xF4, al
    hlt

wait_output:
    in al, 0x64
    test al, 1
    jz wait_output
    ret

    times 5 * 512 - ($ - $$) db 0
