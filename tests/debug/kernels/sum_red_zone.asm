; SUM for pit_storm.asm: its sum kept below RSP, in the red zone
global sum:function (sum.end - sum)
sum:
    mov qword [rsp-8], 0            ; the sum, in the red zone
    mov rcx, rdi
.loop:
    add [rsp-8], rcx
    dec rcx
    jnz .loop
    mov rax, [rsp-8]
    ret
.end:
