; A guest that drives the IDE channels through their ports, in real mode, and
; reports on COM1 (one line per step); test_ata_in_both_machines.py boots it in our
; machine and in QEMU with two --disk images: primary master = this image,
; primary slave = disk 1 (200 sectors), secondary master = disk 2, secondary slave
; absent. Exits through isa-debug-exit (status 33).
bits 16
org 0x7C00
CODE_SECTORS equ 12
BUFFER equ 0x9000
DAP equ 0x8F00

start:
    cli
    xor ax, ax
    mov ds, ax
    mov es, ax
    mov ss, ax
    mov sp, 0x7C00
    mov ax, 0x0200 | CODE_SECTORS   ; INT 13h AH=02h: the rest of the code
    mov cx, 0x0002
    xor dh, dh
    mov bx, 0x7E00
    int 0x13
    jc $
    jmp main

; --- output ---------------------------------------------------------------------
putc:                               ; al
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
hex8:                               ; al
    push ax
    push ax
    shr al, 4
    call nibble
    pop ax
    call nibble
    pop ax
    ret
hex16:                              ; ax
    xchg al, ah
    call hex8
    xchg al, ah
    jmp hex8
space:
    push ax
    mov al, ' '
    call putc
    pop ax
    ret
newline:
    push ax
    mov al, 10
    call putc
    pop ax
    ret
puts:                               ; si
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

; --- the channel ----------------------------------------------------------------
base: dw 0x1F0
control: dw 0x3F6
irqs: db 0

primary:
    mov word [base], 0x1F0
    mov word [control], 0x3F6
    ret
secondary:
    mov word [base], 0x170
    mov word [control], 0x376
    ret

outr:                               ; register bl <- al
    push dx
    mov dx, [base]
    add dl, bl
    out dx, al
    pop dx
    ret
inr:                                ; al <- register bl
    push dx
    mov dx, [base]
    add dl, bl
    in al, dx
    pop dx
    ret
out_control:                        ; Device Control <- al
    push dx
    mov dx, [control]
    out dx, al
    pop dx
    ret

%macro REG 2
    mov bl, %1
    mov al, %2
    call outr
%endmacro

%macro READ 2                       ; command, sectors: read them, print them
    mov al, %1
    call command
    mov cx, %2
    call read_data
    mov cx, %2
    call dump
%endmacro

%macro LBA28 2                      ; sector count, LBA (below 256), on device 1
    REG 2, %1
    REG 3, %2
    REG 4, 0
    REG 5, 0
    REG 6, 0xF0
%endmacro

%macro LBA48 2                      ; sector count, LBA (below 256): previous bytes 0
    REG 2, 0
    REG 2, %1
    REG 3, 0
    REG 3, %2
    REG 4, 0
    REG 4, 0
    REG 5, 0
    REG 5, 0
    REG 6, 0x50
%endmacro

wait_not_busy:                      ; al <- Alternate Status once BSY is clear
    push dx                         ; (no time limit: QEMU's disk reads run in a
    mov dx, [control]               ; thread of their own, late on a busy host;
.poll:                              ; ours never set BSY)
    in al, dx
    test al, 0x80
    jnz .poll
    pop dx
    ret

settle:                             ; time for an IRQ to come in, interrupts on
    push cx
    mov cx, 0x3000
.spin:
    loop .spin
    pop cx
    ret

command:                            ; al = command; then BSY clear and time for the IRQ
    mov bl, 7
    call outr
    call wait_not_busy
    jmp settle

regs:                               ; registers 1-7, then the IRQs counted (and reset)
    push cx
    mov bl, 1
.next:
    call inr
    call hex8
    call space
    inc bl
    cmp bl, 8
    jb .next
    PRINT "irq="
    mov al, [irqs]
    call hex8
    mov byte [irqs], 0
    call newline
    pop cx
    ret

read_data:                          ; cx sectors to BUFFER, a DRQ wait before each
    mov word [mover], in_sector
    jmp sectors
write_data:                         ; cx sectors from BUFFER, a DRQ wait before each
    mov word [mover], out_sector
sectors:
    push si
    push di
    mov si, BUFFER
    mov di, BUFFER
.sector:
    call wait_not_busy
    test al, 0x08
    jz .done
    call [mover]
    loop .sector
.done:
    call wait_not_busy
    call settle
    pop di
    pop si
    ret
mover: dw 0
in_sector:
    push cx
    mov cx, 256
    mov dx, [base]
    rep insw
    pop cx
    ret
out_sector:
    push cx
    mov cx, 256
    mov dx, [base]
    rep outsw
    pop cx
    ret

dump:                               ; cx sectors of BUFFER: 8 bytes and a byte sum each
    push si
    mov si, BUFFER
.sector:
    push cx
    mov cx, 8
.byte:
    mov al, [si]
    inc si
    call hex8
    loop .byte
    mov al, ':'
    call putc
    sub si, 8
    xor dx, dx
    mov cx, 512
.sum:
    lodsb
    xor ah, ah
    add dx, ax
    loop .sum
    mov ax, dx
    call hex16
    call space
    pop cx
    loop .sector
    call newline
    pop si
    ret

dump_identify:                      ; the 512 bytes of BUFFER in hex
    push si
    mov si, BUFFER
    mov cx, 512
.byte:
    lodsb
    call hex8
    loop .byte
    call newline
    pop si
    ret

fill:                               ; BUFFER: cx sectors of bytes al, al+1, ...
    push di
    mov di, BUFFER
    shl cx, 9
.byte:
    stosb
    inc al
    loop .byte
    pop di
    ret

int13:                              ; AH=42h/43h on drive 81h: dx sectors from LBA ax
    mov byte [DAP], 0x10
    mov byte [DAP + 1], 0
    mov [DAP + 2], dx
    mov word [DAP + 4], BUFFER
    mov word [DAP + 6], 0
    mov [DAP + 8], ax
    mov word [DAP + 10], 0
    mov dword [DAP + 12], 0
    mov si, DAP
    mov dl, 0x81
    mov ah, bh
    int 0x13
    ret

irq_handler:
    push ax
    push bx
    inc byte [irqs]
    mov bl, 7
    call inr                        ; Status: the device lowers INTRQ
    mov al, 0x20
    out 0xA0, al
    out 0x20, al
    pop bx
    pop ax
    iret

reset_channel:                      ; device 0, SRST set, then cleared; the registers after
    mov bl, 6
    mov al, 0xA0
    call outr
    mov al, 0x04
    call out_control
    xor al, al
    call out_control
    call wait_not_busy
    call settle
    jmp regs

identify:                           ; Device register al on this channel
    REG 6, al
    mov al, 0xEC
    call command
    mov cx, 1
    call read_data
    jmp dump_identify

; --- the steps ------------------------------------------------------------------
main:
    mov word [0x76 * 4], irq_handler
    mov word [0x76 * 4 + 2], 0
    mov word [0x77 * 4], irq_handler
    mov word [0x77 * 4 + 2], 0
    in al, 0xA1
    and al, 0x3F                    ; IRQ14, IRQ15
    out 0xA1, al
    in al, 0x21
    and al, 0xFB                    ; the cascade
    out 0x21, al
    sti

    PRINT "after-bios "
    call regs
    PRINT "srst-secondary "             ; both channels to a known state
    call secondary
    call reset_channel
    PRINT "srst-primary "
    call primary
    call reset_channel

    PRINT "identify-0 "
    mov al, 0xA0
    call identify
    PRINT "regs "
    call regs
    PRINT "identify-1 "
    mov al, 0xB0
    call identify
    PRINT "regs "
    call regs
    call secondary
    PRINT "identify-2 "
    mov al, 0xA0
    call identify
    PRINT "regs "
    call regs
    PRINT "absent-3 "
    REG 6, 0xB0
    call regs
    PRINT "absent-3-identify "
    mov al, 0xEC
    call command
    call regs
    call primary

    PRINT "lba28 "
    LBA28 2, 1
    READ 0x20, 2
    PRINT "regs "
    call regs

    PRINT "chs "
    REG 2, 1
    REG 3, 5
    REG 4, 0
    REG 5, 0
    REG 6, 0xB1
    READ 0x20, 1
    PRINT "regs "
    call regs

    PRINT "lba48 "
    LBA48 1, 150
    READ 0x24, 1
    PRINT "regs "
    call regs
    PRINT "hob "
    mov al, 0x80
    call out_control
    call regs
    xor al, al
    call out_control

    PRINT "set-multiple-4 "
    REG 2, 4
    mov al, 0xC6
    call command
    call regs
    PRINT "read-multiple "
    LBA28 6, 10
    READ 0xC4, 6
    PRINT "regs "
    call regs
    PRINT "set-multiple-3 "
    REG 2, 3
    mov al, 0xC6
    call command
    call regs

    PRINT "write "
    mov al, 0x5A
    mov cx, 1
    call fill
    LBA28 1, 5
    mov al, 0x30
    mov bl, 7
    call outr
    mov cx, 1
    call write_data
    call regs
    PRINT "read-back "
    REG 2, 1
    REG 3, 5
    READ 0x20, 1
    PRINT "int13-read-back "
    mov cx, 512
    mov di, BUFFER
    xor al, al
    rep stosb
    mov ax, 5
    mov dx, 1
    mov bh, 0x42
    call int13
    mov cx, 1
    call dump

    PRINT "write-multiple "
    mov al, 0xC3
    mov cx, 2
    call fill
    LBA28 2, 20
    mov al, 0xC5
    mov bl, 7
    call outr
    mov cx, 2
    call write_data
    call regs
    PRINT "read-back-ext "
    LBA48 2, 20
    READ 0x24, 2

    PRINT "int13-write "
    mov al, 0x11
    mov cx, 1
    call fill
    mov ax, 30
    mov dx, 1
    mov bh, 0x43
    call int13
    LBA28 1, 30
    READ 0x20, 1

    PRINT "past-the-end "
    REG 2, 1
    REG 3, 0xE8
    REG 4, 3
    REG 5, 0
    REG 6, 0xF0
    mov al, 0x20
    call command
    call regs
    PRINT "unknown-command "
    mov al, 0x01
    call command
    call regs

    PRINT "nien "
    mov al, 0x02
    call out_control
    mov al, 0xB0
    call identify
    PRINT "regs "
    call regs
    xor al, al
    call out_control

    PRINT "srst "
    call reset_channel

    PRINT "dword "
    REG 6, 0xA0
    mov al, 0xEC
    call command
    mov cx, 128
    mov di, BUFFER
    mov dx, [base]
    rep insd
    call settle
    mov cx, 1
    call dump
    PRINT "regs "
    call regs

    PRINT "byte "
    REG 6, 0xB0
    mov al, 0xEC
    call command
    mov dx, [base]
    in al, dx
    call hex8
    call space
    in ax, dx
    call hex16
    call space
    xor cx, cx
.drain:
    mov dx, [control]
    in al, dx
    test al, 0x08
    jz .drained
    mov dx, [base]
    in ax, dx
    inc cx
    cmp cx, 300
    jb .drain
.drained:
    mov ax, cx
    call hex16
    call space
    call regs

    PRINT "done"
    call newline
    cli
    mov al, 0x10
    out 0xF4, al
    hlt

    times (CODE_SECTORS + 1) * 512 - ($ - $$) db 0
