; Labels and `equ' names in preprocessor expressions: NASM sees those defined
; before the line, with their values in the pass (compared with NASM's output).
        bits 16
        org 0x7c00
start:  jmp main
banner: db "longmode", 0
banner_end:
LIMIT   equ 8

%if banner_end - banner > LIMIT          ; a difference of labels and an equ
        db "long banner"
%else
        db "short banner"
%endif

%assign banner_size banner_end - banner  ; %assign takes labels too
        db banner_size

main:   cli
        jmp near past                    ; a forward jump before the condition
table:  times 3 dw 0
%if $ - table == 6                       ; `$' with a label
        db 0x66
%endif
%if main > start                         ; a comparison of two labels
        db 0x11
%endif
%rep table - main                        ; a count from labels
        nop
%endrep
past:   hlt
%if ($ - start) > 510
%error the boot sector is too big
%endif
        times 510 - ($ - $$) db 0
        dw 0xaa55
