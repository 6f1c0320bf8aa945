; struc/istruc, the expression operators, floats, and a few 64-bit forms.
        bits 64
struc hdr, 8
.magic: resd 1
.flags: resw 1
        alignb 4
.size:  resq 1
endstruc
struc point
.x resd 1
.y resd 1
endstruc
        dd hdr.magic, hdr.flags, hdr.size, hdr_size, point_size
instance:
        istruc hdr
        at hdr.magic
        dd 0x1BADB002
        at hdr.flags, dw 3
        at hdr.size, dq instance_end - instance
        iend
instance_end:
        mov eax, [rbx + hdr.size]
        lea rsi, [rel instance]
        mov rax, [instance]
        mov ecx, point.y
        cmp byte [rsi + point.x], 10
        db 0x10 >> 2, 0x80 >>> 1, -16 >> 60, -16 >>> 2
        dq -16 >> 2, 1 << 63, 5 // -2, -5 % 3, -5 %% 3
        dq 7 == 7, 1 ^^ 1, 1 ^^ 0
        dw 'ab' + 1
        dq 0xFFFFFFFFFFFFFFFF, -0x8000000000000000
        dd 1e3, 1.5e-3, 0.1
        dt 3.14159
        dq -0.0
        times 4 db 0xFF
        align 16, db 0
        align 8, nop
        jmp far [rax]
        call [rel instance]
        push qword [rax]
        mov fs, ax
        mov gs, [rax]
        int3
