# longmode link's script features and x86-64 relocations against GNU ld: this
# file's references go through the GOT, the PLT forms, absolute and PC-relative
# fields, sizes and the GOT's address; features_b.s defines what they reach.
    .section .text.start, "ax"
    .globl _start
    .type _start, @function
_start:
    movq counter@GOTPCREL(%rip), %rax       # REX_GOTPCRELX mov: relaxed to lea
    call *helper@GOTPCREL(%rip)             # GOTPCRELX call: relaxed to addr32 call
    movq table@GOTPCREL(%rip), %rcx
    movq (%rcx), %rdx
    movq $absolute_value, %rsi              # 32S against an absolute symbol
    movl $absolute_value, %edi              # R_X86_64_32
    call helper                             # PLT32
    leaq message(%rip), %r8                 # PC32
    movabsq $_start, %r9                    # R_X86_64_64
    movq weak_missing@GOTPCREL(%rip), %r10  # undefined weak: GOT slot holding 0
    movq plain_got@GOTPCREL(%rip), %r11     # plain GOTPCREL: never relaxed
    jmp *tail@GOTPCREL(%rip)                # GOTPCRELX jmp: relaxed to jmp; nop
    .size _start, . - _start
    .weak weak_missing

    .section .rodata.sizes, "a"
    .long helper@SIZE                       # R_X86_64_SIZE32
    .quad table@SIZE                        # R_X86_64_SIZE64
    .quad message - .                       # R_X86_64_PC64
    .quad _GLOBAL_OFFSET_TABLE_ - .         # GOTPC64-like: the GOT's place

    .section .data.a, "aw"
    .globl pointers
pointers:
    .quad helper, table + 8, message

    .section .init_array.00200, "aw"
    .quad helper
    .section .init_array.00100, "aw"
    .quad tail
