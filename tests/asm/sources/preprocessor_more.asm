; More preprocessor: %defstr, %deftok, %strcat, %+, %[...], contexts, %00, %ifid/%ifctx.
        bits 32
%defstr NAME hello world
        db NAME, 0
%strcat JOINED "abc", 'def', "g"
        db JOINED
%define PASTE(a, b) a %+ b
PASTE(lab, el1): nop
        jmp label1
%assign N 3
        db %[N + 1]
%xdefine CAT_%[N] 7
        db CAT_3
%push ctx
%define %$local_val 42
        db %$local_val
%$lbl:  nop
        jmp %$lbl
%pop
%ifid foo
        db 1
%endif
%ifid 123
        db 0xEE
%endif
%ifnidn a, b
        db 2
%endif
%macro withlabel 0
%00: db 0x33
%endmacro
mylab:  withlabel
        dd mylab
%macro args 1-*
%if %0 > 2
        db %3
%endif
        db %0
%endmacro
        args 1, 2, 3
%deftok TOK 'mov eax, 5'
        TOK
%ifempty
        db 4
%endif
%define F(x) x * 2
%define G(x) F(x) + 1
        db G(3)
%define REC REC + 1
%undef REC
%if 5 % 2 == 1 && !(0)
        db 5
%endif
%macro m 1
%ifnum %1
        db 0x10
%elifstr %1
        db 0x20
%elifid %1
        db 0x30
%endif
%endmacro
        m 5
        m "s"
        m ident
