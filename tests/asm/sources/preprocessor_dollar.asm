; `$' and `$$' in preprocessor expressions, as boot sectors use them: NASM
; evaluates them with the layout of the previous pass.
bits 16
org 0x7C00
start:
    jmp short code
    times 30 db 0
code:
    mov ax, 0x1234
%if ($ - $$) > 40
    db 'L'                          ; not taken: 35 bytes so far
%else
    db 'S'
%endif
%if ($ - $$) == 36
    db '='
%endif
    times 100 nop
%if ($ - $$) > 100
    db 'B'                          ; taken
%endif
section .data align=16
    db 1, 2, 3
%if ($ - $$) == 3
    db 'D'                          ; `$$' is the start of .data here
%endif
