# Read-only-after-relocation data (pointer tables, as -fPIC code and rustc make
# them) and ordinary data, linked without a script: ld's default layout puts
# .data.rel.ro in PT_GNU_RELRO and moves the data segment so that it ends on a page.
        .section .data.rel.ro.local,"aw",@progbits
        .p2align 3
local_table:
        .quad relro_start, 7
        .section .data.rel.ro,"aw",@progbits
        .p2align 4
table:  .quad relro_start, local_table, counter
        .section .data,"aw",@progbits
counter:
        .quad 1
        .bss
scratch:
        .zero 24
        .text
        .globl relro_start
relro_start:
        movq table(%rip), %rax
        incq counter(%rip)
        movq %rax, scratch(%rip)
        hlt
