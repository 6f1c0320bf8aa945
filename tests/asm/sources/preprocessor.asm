; Preprocessor features, in the bin format.
        bits 64
%include "inc/defs.inc"

%define ONE 1
%define TWO (ONE + ONE)
%define square(x) ((x) * (x))
%define add3(a, b, c) ((a) + (b) + (c))
%xdefine THREE_NOW TWO + ONE
%define ONE 10
        db ONE, TWO, square(3), add3(1, 2, 3), THREE_NOW
%undef ONE
%ifdef ONE
        db 0xEE
%else
        db 0x0D
%endif
%idefine Mixed 7
        db mixed, MIXED

%assign counter 0
%rep 4
        db counter
%assign counter counter + 1
%endrep

%assign i 0
%rep 100
%if i = 3
%exitrep
%endif
        dw i
%assign i i + 1
%endrep

%macro save 1-3 rbx, rcx
        push %1
        push %2
        push %3
%endmacro
        save rax
        save rax, rdx
        save rax, rdx, rsi

%macro count_args 0-*
        db %0
%endmacro
        count_args
        count_args 1, 2, 3

%macro rotate_all 1-*
%rep %0
        db %1
%rotate 1
%endrep
%endmacro
        rotate_all 5, 6, 7

%macro loop_local 1
%%again:
        dec %1
        jnz %%again
%endmacro
        loop_local ecx
        loop_local edx

%macro greedy 1+
        db %1
%endmacro
        greedy 1, 2, 3

%macro emit_ifidn 1
%ifidn %1, rax
        db 0xA1
%elifidn %1, rbx
        db 0xB1
%else
        db 0xC1
%endif
%endmacro
        emit_ifidn rax
        emit_ifidn rbx
        emit_ifidn rcx

%ifnum 42
        db 1
%endif
%ifstr "text"
        db 2
%endif
%ifnum foo
        db 0xEE
%endif
%ifmacro save
        db 3
%endif
%ifmacro nosuchmacro
        db 0xEE
%endif
%if 1 && (2 > 1) || 0
        db 4
%endif
%if 0
        db 0xEE
%elif 2 == 2
        db 5
%endif
%ifndef NOT_DEFINED
        db 6
%endif

%strlen len "hello"
        db len
%substr piece "abcdef", 2, 3
        db piece
%substr one_char "xyz", 3
        db one_char

        included_macro
        db INCLUDED_VALUE
        dw __LINE__
        db __FILE__, 0
%warning this is a user warning
        ; the end
