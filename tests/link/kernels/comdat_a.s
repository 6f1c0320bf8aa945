# A COMDAT group: both files define `shared`; the first copy is kept, the second dropped.
    .section .text.shared,"axG",@progbits,shared,comdat
    .globl shared
shared:
    movl $1, %eax
    ret
