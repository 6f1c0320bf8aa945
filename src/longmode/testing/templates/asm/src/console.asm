; COM1 as a 16550 UART (38400 baud, 8N1, FIFOs on, polled), the VGA text
; screen, and isa-debug-exit. The routines follow the System V calling
; convention: arguments in rdi and rsi; rax, rcx, rdx, rsi, rdi, r8-r11 may change.

bits 64
default rel

%define CONSOLE_ASM
%include "console.inc"

; 16550 register offsets from the UART's I/O base (datasheet names).
THR equ 0
IER equ 1
FCR equ 2
LCR equ 3
MCR equ 4
LSR equ 5
LSR_THR_EMPTY equ 0x20

global serial_init, serial_write, screen_write, screen_cursor, exit_machine

section .text

; serial_init(): programs COM1.
serial_init:
    mov dx, COM1 + IER
    mov al, 0x00                ; no interrupts
    out dx, al
    mov dx, COM1 + LCR
    mov al, 0x80                ; DLAB: the divisor latch
    out dx, al
    mov dx, COM1 + THR
    mov al, 3                   ; divisor 3: 115200 / 3 = 38400 baud
    out dx, al
    mov dx, COM1 + IER
    mov al, 0
    out dx, al
    mov dx, COM1 + LCR
    mov al, 0x03                ; 8 data bits, no parity, 1 stop bit
    out dx, al
    mov dx, COM1 + FCR
    mov al, 0xC7                ; FIFOs on and cleared
    out dx, al
    mov dx, COM1 + MCR
    mov al, 0x0B                ; DTR, RTS, OUT2
    out dx, al
    ret

; serial_write(rdi: NUL-terminated text)
serial_write:
.next:
    mov cl, [rdi]
    test cl, cl
    jz .done
    mov dx, COM1 + LSR
.wait:
    in al, dx
    test al, LSR_THR_EMPTY
    jz .wait
    mov dx, COM1 + THR
    mov al, cl
    out dx, al
    inc rdi
    jmp .next
.done:
    ret

; screen_write(rdi: NUL-terminated text, esi: colour, background << 4 | foreground)
; writes at the cursor; '\n' starts a new line; after the last row it starts
; again at the top.
screen_write:
    mov ecx, [cursor]
    mov r9d, esi
    shl r9d, 8                  ; the attribute byte, in place
.next:
    movzx eax, byte [rdi]
    test al, al
    jz .done
    inc rdi
    cmp al, 10
    je .newline
    or eax, r9d
    mov [VGA_TEXT_BUFFER + rcx * 2], ax
    inc ecx
    jmp .wrap
.newline:
    mov eax, ecx                ; cursor += 80 - cursor % 80
    xor edx, edx
    mov r8d, VGA_COLUMNS
    div r8d
    add ecx, VGA_COLUMNS
    sub ecx, edx
.wrap:
    cmp ecx, VGA_COLUMNS * VGA_ROWS
    jb .next
    xor ecx, ecx
    jmp .next
.done:
    mov [cursor], ecx
    ret

; screen_cursor() -> eax: the index (row * 80 + column) of the next cell screen_write writes
screen_cursor:
    mov eax, [cursor]
    ret

; exit_machine(edi: EXIT_SUCCESS or EXIT_FAILED): ends the run through
; isa-debug-exit; halts on a PC without the device.
exit_machine:
    mov eax, edi
    out DEBUG_EXIT_PORT, eax
.halt:
    cli
    hlt
    jmp .halt

section .bss
cursor: resd 1
