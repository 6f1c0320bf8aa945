; Multi-line and single-line macros, conditionals and string functions in 32-bit code.
        bits 32
%macro prologue 0-1 16
        push ebp
        mov ebp, esp
        sub esp, %1
%endmacro
%macro epilogue 0
        leave
        ret
%endmacro
%macro call_with 2-*
%rep %0 - 1
%rotate -1
        push %1
%endrep
%rotate -1
        call %1
        add esp, (%0 - 1) * 4
%endmacro
%define ARG(n) [ebp + 8 + (n) * 4]
%xdefine BASE 100
%define LATER BASE
%xdefine BASE 200
func:   prologue
        mov eax, ARG(0)
        mov ebx, ARG(1)
        epilogue
func2:  prologue 32
        call_with func, 1, 2, 3
        mov eax, LATER
        epilogue
%ifidni foo, FOO
        db 1
%endif
%ifdef UNDEFINED
        db 0xEE
%elifdef BASE
        db 2
%endif
%assign x 5
%assign x x * 2
        db x
%strlen L "abcdef"
%substr S1 "abcdef", 2, -1
%substr S2 "abcdef", -2
        db L, S1
%if __LINE__ > 10
        db 3
%endif
%macro nested 1
        outer_inner %1, %1
%endmacro
%macro outer_inner 2
        db %1 + %2
%endmacro
        nested 7
%define EMPTY
        db 1 EMPTY
%idefine CASE 9
        db case, Case
%macro lbl 0
%%here: jmp %%here
%endmacro
        lbl
        lbl
long_string: db "line one", \
        " continued", 0
%rep 3
        nop
%endrep
%assign n 0
%rep 10
  %assign n n+1
  %if n == 4
    %exitrep
  %endif
        db n
%endrep
