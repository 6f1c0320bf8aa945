# The other half of merged_away_a.s: an odd-sized string, the same constant,
# then bytes that must follow the string without a gap.
        .section .rodata.str1.1,"aMS",@progbits,1
        .string "defgh"
        .section .rodata.cst8,"aM",@progbits,8
        .p2align 3
c2:     .quad 0x1122334455667788
        .section .rodata.bytes,"a",@progbits
bytes:  .byte 1, 2, 3
        .text
        .globl f
f:      movq c2(%rip), %rbx
        leaq bytes(%rip), %rcx
        ret
