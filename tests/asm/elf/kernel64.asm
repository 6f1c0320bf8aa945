; An ELF64 object as a small kernel entry would be written.
        bits 64
        default rel
        global _start, kernel_stack_top, counter
        extern kmain, panic_handler
        common shared_buffer 64

STACK_SIZE equ 16384

struc frame
.rip:   resq 1
.cs:    resq 1
endstruc

section .text
_start:
        lea rsp, [kernel_stack_top]
        xor ebp, ebp
        mov rdi, rbx
        call kmain
        test eax, eax
        jnz .failed
        inc qword [counter]
        mov rax, [rel table + 8]
        mov rcx, table
        mov edx, table
        mov rsi, [abs table]
        lea rdx, [shared_buffer]
        jmp .halt
.failed:
        call panic_handler
.halt:
        cli
        hlt
        jmp .halt

helper:
        push rbp
        mov rbp, rsp
        mov eax, [rbp + frame.cs]
        pop rbp
        ret

section .rodata
message: db "longmode", 0
        align 8
table:  dq _start, helper, message, kmain
        dd message - table

section .data
counter: dq 0
pointer: dq counter + 8

section .bss
        alignb 16
kernel_stack: resb STACK_SIZE
kernel_stack_top:
