; Symbol types and sizes, wrt ..plt, and special section names.
        bits 64
        global func:function, obj:data
        global sized:data 8
        extern ext
section .text
func:   call ext wrt ..plt
        lea rax, [rel obj]
        ret
section .data
obj:    dq 1
sized:  dq 2
section .note.GNU-stack noalloc noexec nowrite progbits
section .init_array
        dq func
