; 10^9 loop iterations (3 * 10^9 instructions), then isa-debug-exit with 0x10.
%include "longmode_prelude.inc"
main:
    mov rcx, 1000000000
    xor rax, rax
.loop:
    add rax, rcx
    dec rcx
    jnz .loop
    mov al, 0x10
    out 0xF4, al
    hlt
    times 32768 - ($ - $$) db 0
