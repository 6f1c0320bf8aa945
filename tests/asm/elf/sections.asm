; Every section name NASM knows the defaults of, and one it does not.
section .text.boot
nop
section .data.x
db 1
section .bss.y nobits
resb 1
section .rodata.z
db 1
section .init_array
dq 0
section .fini_array
dq 0
section .preinit_array
dq 0
section .comment
db 0
section .tdata
db 1
section .tbss
resb 1
section .custom
db 1
section .lbss
resb 1
section .ldata
db 1
section .note
db 1
