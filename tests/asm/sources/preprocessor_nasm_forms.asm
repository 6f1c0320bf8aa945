; Preprocessor forms as the NASM manual writes them: %substr with a space after
; the string, macro parameter ranges with defaults, %rotate, %%local labels,
; %exitrep, the %if family, __LINE__/__FILE__.
bits 16
%define TWICE(x) ((x)*2)
%xdefine BASE 0x100
%assign counter 3
%macro put 1-3 0xAA, 0xBB
    db %1, %2, %3, %0
%endmacro
%macro rot 3
  %rep 3
    db %1
    %rotate 1
  %endrep
%endmacro
%macro lbl 0
%%here: jmp %%here
%endmacro
    put 1
    put 1, 2
    put 1, 2, 3
    rot 7, 8, 9
    lbl
    lbl
%rep 10
  %assign counter counter+1
  %if counter > 6
    %exitrep
  %endif
    db counter
%endrep
%strlen len "hello"
    db len
%substr piece "abcdef" 2, 3
    db piece
%ifmacro put 1
    db 'M'
%endif
%ifidn BASE, 0x100
    db 'I'
%endif
%ifnum counter
    db 'N'
%endif
%ifstr "x"
    db 'S'
%endif
    dw TWICE(BASE), __LINE__
    db __FILE__
