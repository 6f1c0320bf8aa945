# Three functions with call frame information (one CIE, three FDEs, listed out
# of address order): --eh-frame-hdr's table must sort them by address.
        .section .text.late,"ax",@progbits
        .globl late
late:   .cfi_startproc
        pushq %rbp
        .cfi_def_cfa_offset 16
        popq %rbp
        .cfi_def_cfa_offset 8
        ret
        .cfi_endproc

        .section .text.start,"ax",@progbits
        .globl _start
_start: .cfi_startproc
        subq $8, %rsp
        .cfi_def_cfa_offset 16
        call early
        call late
        addq $8, %rsp
        .cfi_def_cfa_offset 8
        hlt
        .cfi_endproc

        .section .text.early,"ax",@progbits
        .globl early
early:  .cfi_startproc
        ret
        .cfi_endproc
