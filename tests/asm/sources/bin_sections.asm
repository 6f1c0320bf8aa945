; bin sections (start/vstart/align/nobits), absolute, incbin, special label names.
        bits 16
        org 0x7c00
section .text
start:  jmp main
        times 3 db 'ab'
        incbin "inc/blob.bin", 10, 20
        incbin "inc/blob.bin", 290
main:   mov ax, seg_end - start
        call far_away
        jmp short main
        align 16
far_away:
        ret
section .data align=16
d1:     dw d1, start, seg_end
        align 8
d2:     db 1
section .extra vstart=0x1000
ex1:    dw ex1, ex2
ex2:    dd ex1
section .bss
b1:     resb 10
b2:     resw 1
section .text
seg_end:
        absolute 0x500
var_a:  resb 2
var_b:  resw 1
section .text
        mov ax, [var_b]
        mov bx, b2
        mov cx, d2
        mov dx, ex2
..@special: nop
$mov:   nop
        jmp $mov
.l1:    jmp .l1
        dd ..@special
%define STR 'xyz'
        db STR, `a\tb`, 0
        dw $, $$
