# A constant that merged_away_b.s repeats: ld stores it once, here, and leaves
# b's .rodata.cst8 with nothing, excluded from the output, so its 8-byte
# alignment must not pad .rodata before b's next section.
        .section .rodata.str1.1,"aMS",@progbits,1
        .string "abc"
        .section .rodata.cst8,"aM",@progbits,8
        .p2align 3
c1:     .quad 0x1122334455667788
        .text
        .globl _start
_start: movq c1(%rip), %rax
        call f
        hlt
