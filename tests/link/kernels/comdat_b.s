# The second copy of the COMDAT group, and a caller.
    .section .text.shared,"axG",@progbits,shared,comdat
    .globl shared
shared:
    movl $2, %eax
    ret
    .text
    .globl second
second:
    call shared
    ret
