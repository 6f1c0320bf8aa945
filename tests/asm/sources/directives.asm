; Directives and expressions, in the bin format.
        bits 32
        org 0x1000

HEX1    equ 0x1F
HEX2    equ 0h1F
HEX3    equ 1Fh
HEX4    equ $1F
BIN1    equ 0b1010_1010
BIN2    equ 10101010b
BIN3    equ 0y11
OCT1    equ 0q17
OCT2    equ 0o17
OCT3    equ 17q
OCT4    equ 17o
DEC1    equ 0d99
DEC2    equ 99d
DEC3    equ 1_000_000

numbers:
        db HEX1, HEX2, HEX3, HEX4, BIN1, BIN2, BIN3
        db OCT1, OCT2, OCT3, OCT4, DEC1, DEC2
        dd DEC3
        dw -1, -32768, 65535
        dd 0xdeadbeef, -2
        dq 0x123456789abcdef0, -1
        db 'a', "b", `c`
        db `tab\there\n\x41\101\0`
        dw 'ab', 'abc'
        dd 'abcd', 'xy'
        dq 'eight!!!'
        dd 1.5, -0.25, 3.0e2
        dq 2.5, 1.0e-10
        dt 1.0, -3.5
        dw 1.5

exprs:
        dd 1 + 2 * 3, (1 + 2) * 3, 7 / 2, -7 // 2, 7 % 3, -7 %% 3
        dd 1 << 4, 256 >> 4, 0xF0 & 0x3C, 0xF0 | 0x0F, 0xFF ^ 0x0F, ~0
        dd -5, +5, !0, !7
        db 'A' + 1, 'a' - 'A'
        dd $ - $$, exprs - numbers
        dd 3 > 2 ? 10 : 20

        align 16
aligned16:
        db 1
        align 4, db 0xCC
        db 2
        alignb 8
        db 3
        times 5 db 0x55
        times 3 dw 0x1234
        times 2 nop
        times 3 - 1 db 9

struc point
.x:     resd 1
.y:     resd 1
.name:  resb 8
endstruc

origin:
        istruc point
        at point.x, dd 10
        at point.y, dd 20
        at point.name, db 'origin'
        iend

        dd point_size, point.y, point.name

        [bits 16]
        mov ax, point_size
        use32
        mov eax, point_size

section .data
data_start:
        dd data_start, aligned16
        resb 3
        db 0xAA
        resw 1
        resd 1
        resq 1
        db 0xBB

section .bss
bss_buf: resb 64
bss_end: resd 1

section .text
        mov eax, bss_buf
        mov ebx, bss_end - bss_buf
        mov ecx, data_start
        ret
