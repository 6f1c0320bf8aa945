; SUM for pit_storm.asm: its sum in a frame of its own
global sum:function (sum.end - sum)
sum:
    sub rsp, 8
    mov qword [rsp], 0              ; the sum, in its own frame
    mov rcx, rdi
.loop:
    add [rsp], rcx
    dec rcx
    jnz .loop
    mov rax, [rsp]
    add rsp, 8
    ret
.end:
