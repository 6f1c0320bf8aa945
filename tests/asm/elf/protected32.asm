; An ELF32 object: protected-mode code calling out to C.
        bits 32
        global entry
        extern c_main, stack_top

section .text
entry:
        mov esp, stack_top
        push dword message
        call c_main
        add esp, 4
        mov eax, [value]
        mov [value + 4], eax
        jmp $

section .data
value:  dd 1, 2
message: db "hi", 0
pointer: dd entry, value + 4
