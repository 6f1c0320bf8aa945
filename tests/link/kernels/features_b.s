    .section .text.helper, "ax"
    .globl helper, tail, plain_got
    .type helper, @function
helper:
    incq counter(%rip)
    ret
    .size helper, . - helper
    .type tail, @function
tail:
    hlt
    jmp tail
    .size tail, . - tail

    .section .text.unused, "ax"
    .globl unused_function
unused_function:
    ret

    .section .rodata.str1.1, "aMS", @progbits, 1
    .globl message
message:
    .asciz "features: hello"
    .asciz "hello"
    .asciz "lo"

    .section .data.table, "aw"
    .globl table
    .type table, @object
table:
    .quad 1, 2, 3, 4
    .size table, . - table
plain_got:
    .quad 5

    .section .bss.counter, "aw", @nobits
    .globl counter
    .align 8
counter:
    .zero 8

    .globl absolute_value
    .set absolute_value, 0x1234
