# A GOT load GNU ld cannot rewrite (plain GOTPCREL on add): a real GOT slot.
.globl _start
_start:
    addq table@GOTPCREL(%rip), %rax
    movq table@GOTPCREL(%rip), %rcx
    hlt
.data
.globl table
table: .quad 7
