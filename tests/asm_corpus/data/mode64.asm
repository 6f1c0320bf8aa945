bits 64
add al, al
add cl, al
add byte [rax], al
add byte [rbx+0x7f], al
add byte [rcx-0x80], al
add byte [rdx+0x12345678], al
add byte [rsp], al
add byte [rsp+0x8], al
add byte [rbp], al
add byte [rbp-0x8], al
add byte [r12], al
add byte [r13], al
add byte [r13+0x10], al
add byte [rax+rbx], al
add byte [rax+rcx*2], al
add byte [rbx+rsi*4+0x10], al
add byte [r8+r9*8-0x10], al
add byte [rdi*8+0x1000], al
add byte [r15+r14], al
add byte [rsp+r12*4+0x80], al
add byte [0x12345678], al
add byte [rel $+0x100], al
add byte [rel $-0x40], al
add byte [eax], al
add byte [ebx+ecx*4+0x8], al
add byte [r10d+0x4], al
add byte [fs:rax], al
add byte [gs:0x28], al
add byte [fs:rel $+0x10], al
add [rax], al
add al, cl
add al, dh
add al, sil
add al, r9b
add al, r15b
add al, spl
lock add byte [rax], al
lock add byte [rbx+0x7f], al
add r8w, ax
add r12w, ax
add word [rax], ax
add word [rbx+0x7f], ax
add word [rcx-0x80], ax
add word [rdx+0x12345678], ax
add word [rsp], ax
add word [rsp+0x8], ax
add word [rbp], ax
add word [rbp-0x8], ax
add word [r12], ax
add word [r13], ax
add word [r13+0x10], ax
add word [rax+rbx], ax
add word [rax+rcx*2], ax
add word [rbx+rsi*4+0x10], ax
add word [r8+r9*8-0x10], ax
add word [rdi*8+0x1000], ax
add word [r15+r14], ax
add word [rsp+r12*4+0x80], ax
add word [0x12345678], ax
add word [rel $+0x100], ax
add word [rel $-0x40], ax
add word [eax], ax
add word [ebx+ecx*4+0x8], ax
add word [r10d+0x4], ax
add word [fs:rax], ax
add word [gs:0x28], ax
add word [fs:rel $+0x10], ax
add [rax], ax
add r8w, cx
add r8w, bx
add r8w, sp
add r8w, bp
add r8w, di
add r8w, r8w
add r8w, r12w
add r8w, r15w
o16 add r8w, ax
lock add word [rax], ax
lock add word [rbx+0x7f], ax
add ebp, eax
add edi, eax
add dword [rax], eax
add dword [rbx+0x7f], eax
add dword [rcx-0x80], eax
add dword [rdx+0x12345678], eax
add dword [rsp], eax
add dword [rsp+0x8], eax
add dword [rbp], eax
add dword [rbp-0x8], eax
add dword [r12], eax
add dword [r13], eax
add dword [r13+0x10], eax
add dword [rax+rbx], eax
add dword [rax+rcx*2], eax
add dword [rbx+rsi*4+0x10], eax
add dword [r8+r9*8-0x10], eax
add dword [rdi*8+0x1000], eax
add dword [r15+r14], eax
add dword [rsp+r12*4+0x80], eax
add dword [0x12345678], eax
add dword [rel $+0x100], eax
add dword [rel $-0x40], eax
add dword [eax], eax
add dword [ebx+ecx*4+0x8], eax
add dword [r10d+0x4], eax
add dword [fs:rax], eax
add dword [gs:0x28], eax
add dword [fs:rel $+0x10], eax
add [rax], eax
add ebp, ecx
add ebp, ebx
add ebp, esp
add ebp, ebp
add ebp, edi
add ebp, r8d
add ebp, r13d
add ebp, r15d
lock add dword [rax], eax
lock add dword [rbx+0x7f], eax
add r8, rax
add r12, rax
add qword [rax], rax
add qword [rbx+0x7f], rax
add qword [rcx-0x80], rax
add qword [rdx+0x12345678], rax
add qword [rsp], rax
add qword [rsp+0x8], rax
add qword [rbp], rax
add qword [rbp-0x8], rax
add qword [r12], rax
add qword [r13], rax
add qword [r13+0x10], rax
add qword [rax+rbx], rax
add qword [rax+rcx*2], rax
add qword [rbx+rsi*4+0x10], rax
add qword [r8+r9*8-0x10], rax
add qword [rdi*8+0x1000], rax
add qword [r15+r14], rax
add qword [rsp+r12*4+0x80], rax
add qword [0x12345678], rax
add qword [rel $+0x100], rax
add qword [rel $-0x40], rax
add qword [eax], rax
add qword [ebx+ecx*4+0x8], rax
add qword [r10d+0x4], rax
add qword [fs:rax], rax
add qword [gs:0x28], rax
add qword [fs:rel $+0x10], rax
add [rax], rax
add r8, rcx
add r8, rdx
add r8, rsp
add r8, rbp
add r8, rsi
add r8, r8
add r8, r12
add r8, r13
add r8, r15
o64 add r8, rax
lock add qword [rax], rax
lock add qword [rbx+0x7f], rax
add cl, cl
add dh, cl
add sil, cl
add r9b, cl
add r15b, cl
add spl, cl
add al, byte [rax]
add al, byte [rbx+0x7f]
add al, byte [rcx-0x80]
add al, byte [rdx+0x12345678]
add al, byte [rsp]
add al, byte [rsp+0x8]
add al, byte [rbp]
add al, byte [rbp-0x8]
add al, byte [r12]
add al, byte [r13]
add al, byte [r13+0x10]
add al, byte [rax+rbx]
add al, byte [rax+rcx*2]
add al, byte [rbx+rsi*4+0x10]
add al, byte [r8+r9*8-0x10]
add al, byte [rdi*8+0x1000]
add al, byte [r15+r14]
add al, byte [rsp+r12*4+0x80]
add al, byte [0x12345678]
add al, byte [rel $+0x100]
add al, byte [rel $-0x40]
add al, byte [eax]
add al, byte [ebx+ecx*4+0x8]
add al, byte [r10d+0x4]
add al, byte [fs:rax]
add al, byte [gs:0x28]
add al, byte [fs:rel $+0x10]
add al, [rax]
add ax, r15w
add cx, r15w
add bx, r15w
add sp, r15w
add bp, r15w
add di, r15w
add r12w, r15w
add r15w, r15w
add ax, ax
add ax, word [rax]
add ax, word [rbx+0x7f]
add ax, word [rcx-0x80]
add ax, word [rdx+0x12345678]
add ax, word [rsp]
add ax, word [rsp+0x8]
add ax, word [rbp]
add ax, word [rbp-0x8]
add ax, word [r12]
add ax, word [r13]
add ax, word [r13+0x10]
add ax, word [rax+rbx]
add ax, word [rax+rcx*2]
add ax, word [rbx+rsi*4+0x10]
add ax, word [r8+r9*8-0x10]
add ax, word [rdi*8+0x1000]
add ax, word [r15+r14]
add ax, word [rsp+r12*4+0x80]
add ax, word [0x12345678]
add ax, word [rel $+0x100]
add ax, word [rel $-0x40]
add ax, word [eax]
add ax, word [ebx+ecx*4+0x8]
add ax, word [r10d+0x4]
add ax, word [fs:rax]
add ax, word [gs:0x28]
add ax, word [fs:rel $+0x10]
add ax, [rax]
o16 add ax, r15w
add eax, r8d
add ecx, r8d
add ebx, r8d
add esp, r8d
add edi, r8d
add r8d, r8d
add r13d, r8d
add r15d, r8d
add eax, r13d
add eax, dword [rax]
add eax, dword [rbx+0x7f]
add eax, dword [rcx-0x80]
add eax, dword [rdx+0x12345678]
add eax, dword [rsp]
add eax, dword [rsp+0x8]
add eax, dword [rbp]
add eax, dword [rbp-0x8]
add eax, dword [r12]
add eax, dword [r13]
add eax, dword [r13+0x10]
add eax, dword [rax+rbx]
add eax, dword [rax+rcx*2]
add eax, dword [rbx+rsi*4+0x10]
add eax, dword [r8+r9*8-0x10]
add eax, dword [rdi*8+0x1000]
add eax, dword [r15+r14]
add eax, dword [rsp+r12*4+0x80]
add eax, dword [0x12345678]
add eax, dword [rel $+0x100]
add eax, dword [rel $-0x40]
add eax, dword [eax]
add eax, dword [ebx+ecx*4+0x8]
add eax, dword [r10d+0x4]
add eax, dword [fs:rax]
add eax, dword [gs:0x28]
add eax, dword [fs:rel $+0x10]
add eax, [rax]
add rax, rsi
add rcx, rsi
add rdx, rsi
add rsp, rsi
add rbp, rsi
add rsi, rsi
add r12, rsi
add r13, rsi
add r15, rsi
add rax, r8
add rax, qword [rax]
add rax, qword [rbx+0x7f]
add rax, qword [rcx-0x80]
add rax, qword [rdx+0x12345678]
add rax, qword [rsp]
add rax, qword [rsp+0x8]
add rax, qword [rbp]
add rax, qword [rbp-0x8]
add rax, qword [r12]
add rax, qword [r13]
add rax, qword [r13+0x10]
add rax, qword [rax+rbx]
add rax, qword [rax+rcx*2]
add rax, qword [rbx+rsi*4+0x10]
add rax, qword [r8+r9*8-0x10]
add rax, qword [rdi*8+0x1000]
add rax, qword [r15+r14]
add rax, qword [rsp+r12*4+0x80]
add rax, qword [0x12345678]
add rax, qword [rel $+0x100]
add rax, qword [rel $-0x40]
add rax, qword [eax]
add rax, qword [ebx+ecx*4+0x8]
add rax, qword [r10d+0x4]
add rax, qword [fs:rax]
add rax, qword [gs:0x28]
add rax, qword [fs:rel $+0x10]
add rax, [rax]
o64 add rax, rsi
add al, 0x12
add al, 0xf0
add ax, 0x1234
add ax, 0x10
add ax, strict word 0x10
o16 add ax, 0x1234
add eax, 0x12345678
add eax, 0x7f
add eax, -0x80
add eax, strict dword 0x7f
add rax, 0x12345678
add rax, -0x12345678
add rax, 0x7f
o64 add rax, 0x12345678
or al, al
or cl, al
or byte [rax], al
or byte [rbx+0x7f], al
or byte [rcx-0x80], al
or byte [rdx+0x12345678], al
or byte [rsp], al
or byte [rsp+0x8], al
or byte [rbp], al
or byte [rbp-0x8], al
or byte [r12], al
or byte [r13], al
or byte [r13+0x10], al
or byte [rax+rbx], al
or byte [rax+rcx*2], al
or byte [rbx+rsi*4+0x10], al
or byte [r8+r9*8-0x10], al
or byte [rdi*8+0x1000], al
or byte [r15+r14], al
or byte [rsp+r12*4+0x80], al
or byte [0x12345678], al
or byte [rel $+0x100], al
or byte [rel $-0x40], al
or byte [eax], al
or byte [ebx+ecx*4+0x8], al
or byte [r10d+0x4], al
or byte [fs:rax], al
or byte [gs:0x28], al
or byte [fs:rel $+0x10], al
or [rax], al
or al, cl
or al, dh
or al, sil
or al, r9b
or al, r15b
or al, spl
lock or byte [rax], al
lock or byte [rbx+0x7f], al
or cx, ax
or bx, ax
or word [rax], ax
or word [rbx+0x7f], ax
or word [rcx-0x80], ax
or word [rdx+0x12345678], ax
or word [rsp], ax
or word [rsp+0x8], ax
or word [rbp], ax
or word [rbp-0x8], ax
or word [r12], ax
or word [r13], ax
or word [r13+0x10], ax
or word [rax+rbx], ax
or word [rax+rcx*2], ax
or word [rbx+rsi*4+0x10], ax
or word [r8+r9*8-0x10], ax
or word [rdi*8+0x1000], ax
or word [r15+r14], ax
or word [rsp+r12*4+0x80], ax
or word [0x12345678], ax
or word [rel $+0x100], ax
or word [rel $-0x40], ax
or word [eax], ax
or word [ebx+ecx*4+0x8], ax
or word [r10d+0x4], ax
or word [fs:rax], ax
or word [gs:0x28], ax
or word [fs:rel $+0x10], ax
or [rax], ax
or cx, cx
or cx, bx
or cx, sp
or cx, bp
or cx, di
or cx, r8w
or cx, r12w
or cx, r15w
lock or word [rax], ax
lock or word [rbx+0x7f], ax
or r15d, eax
or eax, eax
or dword [rax], eax
or dword [rbx+0x7f], eax
or dword [rcx-0x80], eax
or dword [rdx+0x12345678], eax
or dword [rsp], eax
or dword [rsp+0x8], eax
or dword [rbp], eax
or dword [rbp-0x8], eax
or dword [r12], eax
or dword [r13], eax
or dword [r13+0x10], eax
or dword [rax+rbx], eax
or dword [rax+rcx*2], eax
or dword [rbx+rsi*4+0x10], eax
or dword [r8+r9*8-0x10], eax
or dword [rdi*8+0x1000], eax
or dword [r15+r14], eax
or dword [rsp+r12*4+0x80], eax
or dword [0x12345678], eax
or dword [rel $+0x100], eax
or dword [rel $-0x40], eax
or dword [eax], eax
or dword [ebx+ecx*4+0x8], eax
or dword [r10d+0x4], eax
or dword [fs:rax], eax
or dword [gs:0x28], eax
or dword [fs:rel $+0x10], eax
or [rax], eax
or r15d, ecx
or r15d, ebx
or r15d, esp
or r15d, ebp
or r15d, edi
or r15d, r8d
or r15d, r13d
or r15d, r15d
lock or dword [rax], eax
lock or dword [rbx+0x7f], eax
or r13, rax
or r15, rax
or qword [rax], rax
or qword [rbx+0x7f], rax
or qword [rcx-0x80], rax
or qword [rdx+0x12345678], rax
or qword [rsp], rax
or qword [rsp+0x8], rax
or qword [rbp], rax
or qword [rbp-0x8], rax
or qword [r12], rax
or qword [r13], rax
or qword [r13+0x10], rax
or qword [rax+rbx], rax
or qword [rax+rcx*2], rax
or qword [rbx+rsi*4+0x10], rax
or qword [r8+r9*8-0x10], rax
or qword [rdi*8+0x1000], rax
or qword [r15+r14], rax
or qword [rsp+r12*4+0x80], rax
or qword [0x12345678], rax
or qword [rel $+0x100], rax
or qword [rel $-0x40], rax
or qword [eax], rax
or qword [ebx+ecx*4+0x8], rax
or qword [r10d+0x4], rax
or qword [fs:rax], rax
or qword [gs:0x28], rax
or qword [fs:rel $+0x10], rax
or [rax], rax
or r13, rcx
or r13, rdx
or r13, rsp
or r13, rbp
or r13, rsi
or r13, r8
or r13, r12
or r13, r13
or r13, r15
lock or qword [rax], rax
lock or qword [rbx+0x7f], rax
or cl, cl
or dh, cl
or sil, cl
or r9b, cl
or r15b, cl
or spl, cl
or al, byte [rax]
or al, byte [rbx+0x7f]
or al, byte [rcx-0x80]
or al, byte [rdx+0x12345678]
or al, byte [rsp]
or al, byte [rsp+0x8]
or al, byte [rbp]
or al, byte [rbp-0x8]
or al, byte [r12]
or al, byte [r13]
or al, byte [r13+0x10]
or al, byte [rax+rbx]
or al, byte [rax+rcx*2]
or al, byte [rbx+rsi*4+0x10]
or al, byte [r8+r9*8-0x10]
or al, byte [rdi*8+0x1000]
or al, byte [r15+r14]
or al, byte [rsp+r12*4+0x80]
or al, byte [0x12345678]
or al, byte [rel $+0x100]
or al, byte [rel $-0x40]
or al, byte [eax]
or al, byte [ebx+ecx*4+0x8]
or al, byte [r10d+0x4]
or al, byte [fs:rax]
or al, byte [gs:0x28]
or al, byte [fs:rel $+0x10]
or al, [rax]
or ax, sp
or bx, sp
or sp, sp
or bp, sp
or di, sp
or r8w, sp
or r12w, sp
or r15w, sp
or ax, bp
or ax, word [rax]
or ax, word [rbx+0x7f]
or ax, word [rcx-0x80]
or ax, word [rdx+0x12345678]
or ax, word [rsp]
or ax, word [rsp+0x8]
or ax, word [rbp]
or ax, word [rbp-0x8]
or ax, word [r12]
or ax, word [r13]
or ax, word [r13+0x10]
or ax, word [rax+rbx]
or ax, word [rax+rcx*2]
or ax, word [rbx+rsi*4+0x10]
or ax, word [r8+r9*8-0x10]
or ax, word [rdi*8+0x1000]
or ax, word [r15+r14]
or ax, word [rsp+r12*4+0x80]
or ax, word [0x12345678]
or ax, word [rel $+0x100]
or ax, word [rel $-0x40]
or ax, word [eax]
or ax, word [ebx+ecx*4+0x8]
or ax, word [r10d+0x4]
or ax, word [fs:rax]
or ax, word [gs:0x28]
or ax, word [fs:rel $+0x10]
or ax, [rax]
or eax, ecx
or ecx, ecx
or ebx, ecx
or esp, ecx
or ebp, ecx
or edi, ecx
or r8d, ecx
or r13d, ecx
or eax, ebx
or eax, dword [rax]
or eax, dword [rbx+0x7f]
or eax, dword [rcx-0x80]
or eax, dword [rdx+0x12345678]
or eax, dword [rsp]
or eax, dword [rsp+0x8]
or eax, dword [rbp]
or eax, dword [rbp-0x8]
or eax, dword [r12]
or eax, dword [r13]
or eax, dword [r13+0x10]
or eax, dword [rax+rbx]
or eax, dword [rax+rcx*2]
or eax, dword [rbx+rsi*4+0x10]
or eax, dword [r8+r9*8-0x10]
or eax, dword [rdi*8+0x1000]
or eax, dword [r15+r14]
or eax, dword [rsp+r12*4+0x80]
or eax, dword [0x12345678]
or eax, dword [rel $+0x100]
or eax, dword [rel $-0x40]
or eax, dword [eax]
or eax, dword [ebx+ecx*4+0x8]
or eax, dword [r10d+0x4]
or eax, dword [fs:rax]
or eax, dword [gs:0x28]
or eax, dword [fs:rel $+0x10]
or eax, [rax]
or rax, r12
or rcx, r12
or rdx, r12
or rsp, r12
or rbp, r12
or rsi, r12
or r8, r12
or r12, r12
or r15, r12
or rax, r13
or rax, qword [rax]
or rax, qword [rbx+0x7f]
or rax, qword [rcx-0x80]
or rax, qword [rdx+0x12345678]
or rax, qword [rsp]
or rax, qword [rsp+0x8]
or rax, qword [rbp]
or rax, qword [rbp-0x8]
or rax, qword [r12]
or rax, qword [r13]
or rax, qword [r13+0x10]
or rax, qword [rax+rbx]
or rax, qword [rax+rcx*2]
or rax, qword [rbx+rsi*4+0x10]
or rax, qword [r8+r9*8-0x10]
or rax, qword [rdi*8+0x1000]
or rax, qword [r15+r14]
or rax, qword [rsp+r12*4+0x80]
or rax, qword [0x12345678]
or rax, qword [rel $+0x100]
or rax, qword [rel $-0x40]
or rax, qword [eax]
or rax, qword [ebx+ecx*4+0x8]
or rax, qword [r10d+0x4]
or rax, qword [fs:rax]
or rax, qword [gs:0x28]
or rax, qword [fs:rel $+0x10]
or rax, [rax]
or al, 0x12
or al, 0xf0
or ax, 0x1234
or ax, 0x10
or ax, strict word 0x10
or eax, 0x12345678
or eax, 0x7f
or eax, -0x80
or eax, strict dword 0x7f
or rax, 0x12345678
or rax, -0x12345678
or rax, 0x7f
adc al, cl
adc cl, cl
adc byte [rax], cl
adc byte [rel $+0x100], cl
adc byte [rel $-0x40], cl
adc byte [eax], cl
adc byte [ebx+ecx*4+0x8], cl
adc [rax], cl
adc al, dh
adc al, sil
lock adc byte [rax], cl
lock adc byte [rel $+0x100], cl
adc r12w, r15w
adc r15w, r15w
adc word [rax], r15w
adc word [fs:rel $+0x10], r15w
adc word [rbx+0x7f], r15w
adc word [rcx-0x80], r15w
adc word [rdx+0x12345678], r15w
adc [rax], r15w
adc r12w, ax
adc r12w, cx
o16 adc r12w, r15w
lock adc word [rax], r15w
lock adc word [fs:rel $+0x10], r15w
adc edi, r8d
adc r8d, r8d
adc dword [rax], r8d
adc dword [rbp-0x8], r8d
adc dword [r12], r8d
adc dword [r13], r8d
adc dword [r13+0x10], r8d
adc [rax], r8d
adc edi, r13d
adc edi, r15d
lock adc dword [rax], r8d
lock adc dword [rbp-0x8], r8d
adc rsp, rbp
adc rbp, rbp
adc qword [rax], rbp
adc qword [r8+r9*8-0x10], rbp
adc qword [rdi*8+0x1000], rbp
adc qword [r15+r14], rbp
adc qword [rsp+r12*4+0x80], rbp
adc [rax], rbp
adc rsp, rsi
adc rsp, r8
o64 adc rsp, rbp
lock adc qword [rax], rbp
lock adc qword [r8+r9*8-0x10], rbp
adc dh, cl
adc al, byte [rax]
adc al, byte [eax]
adc al, byte [ebx+ecx*4+0x8]
adc al, byte [r10d+0x4]
adc al, byte [fs:rax]
adc al, [rax]
adc r15w, ax
adc ax, ax
adc cx, ax
adc r15w, cx
adc r15w, word [rax]
adc r15w, word [rcx-0x80]
adc r15w, word [rdx+0x12345678]
adc r15w, word [rsp]
adc r15w, word [rsp+0x8]
adc r15w, [rax]
o16 adc r15w, ax
adc r8d, r13d
adc r13d, r13d
adc r15d, r13d
adc r8d, r15d
adc r8d, dword [rax]
adc r8d, dword [r13]
adc r8d, dword [r13+0x10]
adc r8d, dword [rax+rbx]
adc r8d, dword [rax+rcx*2]
adc r8d, [rax]
adc rcx, rdx
adc rdx, rdx
adc rsp, rdx
adc rcx, rsp
adc rcx, qword [rax]
adc rcx, qword [r15+r14]
adc rcx, qword [rsp+r12*4+0x80]
adc rcx, qword [0x12345678]
adc rcx, qword [rel $+0x100]
adc rcx, [rax]
o64 adc rcx, rdx
adc al, 0x12
adc al, 0xf0
adc ax, 0x1234
adc ax, 0x10
adc ax, strict word 0x10
o16 adc ax, 0x1234
adc eax, 0x12345678
adc eax, 0x7f
adc eax, -0x80
adc eax, strict dword 0x7f
adc rax, 0x12345678
adc rax, -0x12345678
adc rax, 0x7f
o64 adc rax, 0x12345678
sbb al, cl
sbb cl, cl
sbb byte [rax], cl
sbb byte [rbx+0x7f], cl
sbb byte [rcx-0x80], cl
sbb byte [rdx+0x12345678], cl
sbb byte [rsp], cl
sbb [rax], cl
sbb al, dh
sbb al, sil
lock sbb byte [rax], cl
lock sbb byte [rbx+0x7f], cl
sbb bx, sp
sbb sp, sp
sbb word [rax], sp
sbb word [r12], sp
sbb word [r13], sp
sbb word [r13+0x10], sp
sbb word [rax+rbx], sp
sbb [rax], sp
sbb bx, bp
sbb bx, di
o16 sbb bx, sp
lock sbb word [rax], sp
lock sbb word [r12], sp
sbb eax, ecx
sbb ecx, ecx
sbb dword [rax], ecx
sbb dword [rdi*8+0x1000], ecx
sbb dword [r15+r14], ecx
sbb dword [rsp+r12*4+0x80], ecx
sbb dword [0x12345678], ecx
sbb [rax], ecx
sbb eax, ebx
sbb eax, esp
lock sbb dword [rax], ecx
lock sbb dword [rdi*8+0x1000], ecx
sbb rsi, r8
sbb r8, r8
sbb qword [rax], r8
sbb qword [ebx+ecx*4+0x8], r8
sbb qword [r10d+0x4], r8
sbb qword [fs:rax], r8
sbb qword [gs:0x28], r8
sbb [rax], r8
sbb rsi, r12
sbb rsi, r13
o64 sbb rsi, r8
lock sbb qword [rax], r8
lock sbb qword [ebx+ecx*4+0x8], r8
sbb dh, cl
sbb al, byte [rax]
sbb al, byte [rdx+0x12345678]
sbb al, byte [rsp]
sbb al, byte [rsp+0x8]
sbb al, byte [rbp]
sbb al, [rax]
sbb sp, bp
sbb bp, bp
sbb di, bp
sbb sp, di
sbb sp, word [rax]
sbb sp, word [r13+0x10]
sbb sp, word [rax+rbx]
sbb sp, word [rax+rcx*2]
sbb sp, word [rbx+rsi*4+0x10]
sbb sp, [rax]
o16 sbb sp, bp
sbb ecx, ebx
sbb ebx, ebx
sbb esp, ebx
sbb ecx, esp
sbb ecx, dword [rax]
sbb ecx, dword [rsp+r12*4+0x80]
sbb ecx, dword [0x12345678]
sbb ecx, dword [rel $+0x100]
sbb ecx, dword [rel $-0x40]
sbb ecx, [rax]
sbb rsp, rbp
sbb rbp, rbp
sbb rsi, rbp
sbb rsp, rsi
sbb rsp, qword [rax]
sbb rsp, qword [fs:rax]
sbb rsp, qword [gs:0x28]
sbb rsp, qword [fs:rel $+0x10]
sbb rsp, qword [rbx+0x7f]
sbb rsp, [rax]
o64 sbb rsp, rbp
sbb al, 0x12
sbb al, 0xf0
sbb ax, 0x1234
sbb ax, 0x10
sbb ax, strict word 0x10
o16 sbb ax, 0x1234
sbb eax, 0x12345678
sbb eax, 0x7f
sbb eax, -0x80
sbb eax, strict dword 0x7f
sbb rax, 0x12345678
sbb rax, -0x12345678
sbb rax, 0x7f
o64 sbb rax, 0x12345678
and al, cl
and cl, cl
and byte [rax], cl
and byte [r13], cl
and byte [r13+0x10], cl
and byte [rax+rbx], cl
and byte [rax+rcx*2], cl
and [rax], cl
and al, dh
and al, sil
lock and byte [rax], cl
lock and byte [r13], cl
and r8w, r12w
and r12w, r12w
and word [rax], r12w
and word [r15+r14], r12w
and word [rsp+r12*4+0x80], r12w
and word [0x12345678], r12w
and word [rel $+0x100], r12w
and [rax], r12w
and r8w, r15w
and r8w, ax
o16 and r8w, r12w
lock and word [rax], r12w
lock and word [r15+r14], r12w
and ebp, edi
and edi, edi
and dword [rax], edi
and dword [r10d+0x4], edi
and dword [fs:rax], edi
and dword [gs:0x28], edi
and dword [fs:rel $+0x10], edi
and [rax], edi
and ebp, r8d
and ebp, r13d
lock and dword [rax], edi
lock and dword [r10d+0x4], edi
and r12, r13
and r13, r13
and qword [rax], r13
and qword [rsp], r13
and qword [rsp+0x8], r13
and qword [rbp], r13
and qword [rbp-0x8], r13
and [rax], r13
and r12, r15
and r12, rax
o64 and r12, r13
lock and qword [rax], r13
lock and qword [rsp], r13
and dh, cl
and al, byte [rax]
and al, byte [rax+rbx]
and al, byte [rax+rcx*2]
and al, byte [rbx+rsi*4+0x10]
and al, byte [r8+r9*8-0x10]
and al, [rax]
and r12w, r15w
and r15w, r15w
and ax, r15w
and r12w, ax
and r12w, word [rax]
and r12w, word [0x12345678]
and r12w, word [rel $+0x100]
and r12w, word [rel $-0x40]
and r12w, word [eax]
and r12w, [rax]
o16 and r12w, r15w
and edi, r8d
and r8d, r8d
and r13d, r8d
and edi, r13d
and edi, dword [rax]
and edi, dword [gs:0x28]
and edi, dword [fs:rel $+0x10]
and edi, dword [rbx+0x7f]
and edi, dword [rcx-0x80]
and edi, [rax]
and rsi, r8
and r8, r8
and r12, r8
and rsi, r12
and rsi, qword [rax]
and rsi, qword [rbp]
and rsi, qword [rbp-0x8]
and rsi, qword [r12]
and rsi, qword [r13]
and rsi, [rax]
o64 and rsi, r8
and al, 0x12
and al, 0xf0
and ax, 0x1234
and ax, 0x10
and ax, strict word 0x10
o16 and ax, 0x1234
and eax, 0x12345678
and eax, 0x7f
and eax, -0x80
and eax, strict dword 0x7f
and rax, 0x12345678
and rax, -0x12345678
and rax, 0x7f
o64 and rax, 0x12345678
sub al, cl
sub cl, cl
sub byte [rax], cl
sub byte [ebx+ecx*4+0x8], cl
sub byte [r10d+0x4], cl
sub byte [fs:rax], cl
sub byte [gs:0x28], cl
sub [rax], cl
sub al, dh
sub al, sil
lock sub byte [rax], cl
lock sub byte [ebx+ecx*4+0x8], cl
sub r12w, r15w
sub r15w, r15w
sub word [rax], r15w
sub word [rdx+0x12345678], r15w
sub word [rsp], r15w
sub word [rsp+0x8], r15w
sub word [rbp], r15w
sub [rax], r15w
sub r12w, ax
sub r12w, cx
o16 sub r12w, r15w
lock sub word [rax], r15w
lock sub word [rdx+0x12345678], r15w
sub edi, r8d
sub r8d, r8d
sub dword [rax], r8d
sub dword [r13+0x10], r8d
sub dword [rax+rbx], r8d
sub dword [rax+rcx*2], r8d
sub dword [rbx+rsi*4+0x10], r8d
sub [rax], r8d
sub edi, r13d
sub edi, r15d
lock sub dword [rax], r8d
lock sub dword [r13+0x10], r8d
sub r13, r15
sub r15, r15
sub qword [rax], r15
sub qword [rsp+r12*4+0x80], r15
sub qword [0x12345678], r15
sub qword [rel $+0x100], r15
sub qword [rel $-0x40], r15
sub [rax], r15
sub r13, rax
sub r13, rcx
o64 sub r13, r15
lock sub qword [rax], r15
lock sub qword [rsp+r12*4+0x80], r15
sub dh, cl
sub al, byte [rax]
sub al, byte [fs:rax]
sub al, byte [gs:0x28]
sub al, byte [fs:rel $+0x10]
sub al, byte [rbx+0x7f]
sub al, [rax]
sub r15w, ax
sub ax, ax
sub cx, ax
sub r15w, cx
sub r15w, word [rax]
sub r15w, word [rsp+0x8]
sub r15w, word [rbp]
sub r15w, word [rbp-0x8]
sub r15w, word [r12]
sub r15w, [rax]
o16 sub r15w, ax
sub r8d, r13d
sub r13d, r13d
sub r15d, r13d
sub r8d, r15d
sub r8d, dword [rax]
sub r8d, dword [rax+rcx*2]
sub r8d, dword [rbx+rsi*4+0x10]
sub r8d, dword [r8+r9*8-0x10]
sub r8d, dword [rdi*8+0x1000]
sub r8d, [rax]
sub r8, r12
sub r12, r12
sub r13, r12
sub r8, r13
sub r8, qword [rax]
sub r8, qword [rel $+0x100]
sub r8, qword [rel $-0x40]
sub r8, qword [eax]
sub r8, qword [ebx+ecx*4+0x8]
sub r8, [rax]
o64 sub r8, r12
sub al, 0x12
sub al, 0xf0
sub ax, 0x1234
sub ax, 0x10
sub ax, strict word 0x10
o16 sub ax, 0x1234
sub eax, 0x12345678
sub eax, 0x7f
sub eax, -0x80
sub eax, strict dword 0x7f
sub rax, 0x12345678
sub rax, -0x12345678
sub rax, 0x7f
o64 sub rax, 0x12345678
xor al, cl
xor cl, cl
xor byte [rax], cl
xor byte [r13], cl
xor byte [r13+0x10], cl
xor byte [rax+rbx], cl
xor byte [rax+rcx*2], cl
xor [rax], cl
xor al, dh
xor al, sil
lock xor byte [rax], cl
lock xor byte [r13], cl
xor r15w, ax
xor ax, ax
xor word [rax], ax
xor word [r15+r14], ax
xor word [rsp+r12*4+0x80], ax
xor word [0x12345678], ax
xor word [rel $+0x100], ax
xor [rax], ax
xor r15w, cx
xor r15w, bx
o16 xor r15w, ax
lock xor word [rax], ax
lock xor word [r15+r14], ax
xor r8d, r13d
xor r13d, r13d
xor dword [rax], r13d
xor dword [r10d+0x4], r13d
xor dword [fs:rax], r13d
xor dword [gs:0x28], r13d
xor dword [fs:rel $+0x10], r13d
xor [rax], r13d
xor r8d, r15d
xor r8d, eax
lock xor dword [rax], r13d
lock xor dword [r10d+0x4], r13d
xor r15, rax
xor rax, rax
xor qword [rax], rax
xor qword [rsp], rax
xor qword [rsp+0x8], rax
xor qword [rbp], rax
xor qword [rbp-0x8], rax
xor [rax], rax
xor r15, rcx
xor r15, rdx
o64 xor r15, rax
lock xor qword [rax], rax
lock xor qword [rsp], rax
xor dh, cl
xor al, byte [rax]
xor al, byte [rax+rbx]
xor al, byte [rax+rcx*2]
xor al, byte [rbx+rsi*4+0x10]
xor al, byte [r8+r9*8-0x10]
xor al, [rax]
xor ax, cx
xor cx, cx
xor bx, cx
xor ax, bx
xor ax, word [rax]
xor ax, word [0x12345678]
xor ax, word [rel $+0x100]
xor ax, word [rel $-0x40]
xor ax, word [eax]
xor ax, [rax]
o16 xor ax, cx
xor r13d, r15d
xor r15d, r15d
xor eax, r15d
xor r13d, eax
xor r13d, dword [rax]
xor r13d, dword [gs:0x28]
xor r13d, dword [fs:rel $+0x10]
xor r13d, dword [rbx+0x7f]
xor r13d, dword [rcx-0x80]
xor r13d, [rax]
xor r12, r13
xor r13, r13
xor r15, r13
xor r12, r15
xor r12, qword [rax]
xor r12, qword [rbp]
xor r12, qword [rbp-0x8]
xor r12, qword [r12]
xor r12, qword [r13]
xor r12, [rax]
o64 xor r12, r13
xor al, 0x12
xor al, 0xf0
xor ax, 0x1234
xor ax, 0x10
xor ax, strict word 0x10
o16 xor ax, 0x1234
xor eax, 0x12345678
xor eax, 0x7f
xor eax, -0x80
xor eax, strict dword 0x7f
xor rax, 0x12345678
xor rax, -0x12345678
xor rax, 0x7f
o64 xor rax, 0x12345678
cmp al, al
cmp cl, al
cmp byte [rax], al
cmp byte [rbx+0x7f], al
cmp byte [rcx-0x80], al
cmp byte [rdx+0x12345678], al
cmp byte [rsp], al
cmp byte [rsp+0x8], al
cmp byte [rbp], al
cmp byte [rbp-0x8], al
cmp byte [r12], al
cmp byte [r13], al
cmp byte [r13+0x10], al
cmp byte [rax+rbx], al
cmp byte [rax+rcx*2], al
cmp byte [rbx+rsi*4+0x10], al
cmp byte [r8+r9*8-0x10], al
cmp byte [rdi*8+0x1000], al
cmp byte [r15+r14], al
cmp byte [rsp+r12*4+0x80], al
cmp byte [0x12345678], al
cmp byte [rel $+0x100], al
cmp byte [rel $-0x40], al
cmp byte [eax], al
cmp byte [ebx+ecx*4+0x8], al
cmp byte [r10d+0x4], al
cmp byte [fs:rax], al
cmp byte [gs:0x28], al
cmp byte [fs:rel $+0x10], al
cmp [rax], al
cmp al, cl
cmp al, dh
cmp al, sil
cmp al, r9b
cmp al, r15b
cmp al, spl
cmp ax, ax
cmp cx, ax
cmp word [rax], ax
cmp word [rbx+0x7f], ax
cmp word [rcx-0x80], ax
cmp word [rdx+0x12345678], ax
cmp word [rsp], ax
cmp word [rsp+0x8], ax
cmp word [rbp], ax
cmp word [rbp-0x8], ax
cmp word [r12], ax
cmp word [r13], ax
cmp word [r13+0x10], ax
cmp word [rax+rbx], ax
cmp word [rax+rcx*2], ax
cmp word [rbx+rsi*4+0x10], ax
cmp word [r8+r9*8-0x10], ax
cmp word [rdi*8+0x1000], ax
cmp word [r15+r14], ax
cmp word [rsp+r12*4+0x80], ax
cmp word [0x12345678], ax
cmp word [rel $+0x100], ax
cmp word [rel $-0x40], ax
cmp word [eax], ax
cmp word [ebx+ecx*4+0x8], ax
cmp word [r10d+0x4], ax
cmp word [fs:rax], ax
cmp word [gs:0x28], ax
cmp word [fs:rel $+0x10], ax
cmp [rax], ax
cmp ax, cx
cmp ax, bx
cmp ax, sp
cmp ax, bp
cmp ax, di
cmp ax, r8w
cmp ax, r12w
cmp ax, r15w
o16 cmp ax, ax
cmp r13d, eax
cmp r15d, eax
cmp dword [rax], eax
cmp dword [rbx+0x7f], eax
cmp dword [rcx-0x80], eax
cmp dword [rdx+0x12345678], eax
cmp dword [rsp], eax
cmp dword [rsp+0x8], eax
cmp dword [rbp], eax
cmp dword [rbp-0x8], eax
cmp dword [r12], eax
cmp dword [r13], eax
cmp dword [r13+0x10], eax
cmp dword [rax+rbx], eax
cmp dword [rax+rcx*2], eax
cmp dword [rbx+rsi*4+0x10], eax
cmp dword [r8+r9*8-0x10], eax
cmp dword [rdi*8+0x1000], eax
cmp dword [r15+r14], eax
cmp dword [rsp+r12*4+0x80], eax
cmp dword [0x12345678], eax
cmp dword [rel $+0x100], eax
cmp dword [rel $-0x40], eax
cmp dword [eax], eax
cmp dword [ebx+ecx*4+0x8], eax
cmp dword [r10d+0x4], eax
cmp dword [fs:rax], eax
cmp dword [gs:0x28], eax
cmp dword [fs:rel $+0x10], eax
cmp [rax], eax
cmp r13d, ecx
cmp r13d, ebx
cmp r13d, esp
cmp r13d, ebp
cmp r13d, edi
cmp r13d, r8d
cmp r13d, r13d
cmp r13d, r15d
cmp rax, rax
cmp rcx, rax
cmp qword [rax], rax
cmp qword [rbx+0x7f], rax
cmp qword [rcx-0x80], rax
cmp qword [rdx+0x12345678], rax
cmp qword [rsp], rax
cmp qword [rsp+0x8], rax
cmp qword [rbp], rax
cmp qword [rbp-0x8], rax
cmp qword [r12], rax
cmp qword [r13], rax
cmp qword [r13+0x10], rax
cmp qword [rax+rbx], rax
cmp qword [rax+rcx*2], rax
cmp qword [rbx+rsi*4+0x10], rax
cmp qword [r8+r9*8-0x10], rax
cmp qword [rdi*8+0x1000], rax
cmp qword [r15+r14], rax
cmp qword [rsp+r12*4+0x80], rax
cmp qword [0x12345678], rax
cmp qword [rel $+0x100], rax
cmp qword [rel $-0x40], rax
cmp qword [eax], rax
cmp qword [ebx+ecx*4+0x8], rax
cmp qword [r10d+0x4], rax
cmp qword [fs:rax], rax
cmp qword [gs:0x28], rax
cmp qword [fs:rel $+0x10], rax
cmp [rax], rax
cmp rax, rcx
cmp rax, rdx
cmp rax, rsp
cmp rax, rbp
cmp rax, rsi
cmp rax, r8
cmp rax, r12
cmp rax, r13
cmp rax, r15
o64 cmp rax, rax
cmp cl, cl
cmp dh, cl
cmp sil, cl
cmp r9b, cl
cmp r15b, cl
cmp spl, cl
cmp al, byte [rax]
cmp al, byte [rbx+0x7f]
cmp al, byte [rcx-0x80]
cmp al, byte [rdx+0x12345678]
cmp al, byte [rsp]
cmp al, byte [rsp+0x8]
cmp al, byte [rbp]
cmp al, byte [rbp-0x8]
cmp al, byte [r12]
cmp al, byte [r13]
cmp al, byte [r13+0x10]
cmp al, byte [rax+rbx]
cmp al, byte [rax+rcx*2]
cmp al, byte [rbx+rsi*4+0x10]
cmp al, byte [r8+r9*8-0x10]
cmp al, byte [rdi*8+0x1000]
cmp al, byte [r15+r14]
cmp al, byte [rsp+r12*4+0x80]
cmp al, byte [0x12345678]
cmp al, byte [rel $+0x100]
cmp al, byte [rel $-0x40]
cmp al, byte [eax]
cmp al, byte [ebx+ecx*4+0x8]
cmp al, byte [r10d+0x4]
cmp al, byte [fs:rax]
cmp al, byte [gs:0x28]
cmp al, byte [fs:rel $+0x10]
cmp al, [rax]
cmp cx, bx
cmp bx, bx
cmp sp, bx
cmp bp, bx
cmp di, bx
cmp r8w, bx
cmp r12w, bx
cmp r15w, bx
cmp ax, word [rax]
cmp ax, word [rbx+0x7f]
cmp ax, word [rcx-0x80]
cmp ax, word [rdx+0x12345678]
cmp ax, word [rsp]
cmp ax, word [rsp+0x8]
cmp ax, word [rbp]
cmp ax, word [rbp-0x8]
cmp ax, word [r12]
cmp ax, word [r13]
cmp ax, word [r13+0x10]
cmp ax, word [rax+rbx]
cmp ax, word [rax+rcx*2]
cmp ax, word [rbx+rsi*4+0x10]
cmp ax, word [r8+r9*8-0x10]
cmp ax, word [rdi*8+0x1000]
cmp ax, word [r15+r14]
cmp ax, word [rsp+r12*4+0x80]
cmp ax, word [0x12345678]
cmp ax, word [rel $+0x100]
cmp ax, word [rel $-0x40]
cmp ax, word [eax]
cmp ax, word [ebx+ecx*4+0x8]
cmp ax, word [r10d+0x4]
cmp ax, word [fs:rax]
cmp ax, word [gs:0x28]
cmp ax, word [fs:rel $+0x10]
cmp ax, [rax]
o16 cmp ax, bx
cmp eax, eax
cmp ecx, eax
cmp ebx, eax
cmp esp, eax
cmp ebp, eax
cmp edi, eax
cmp r8d, eax
cmp eax, ecx
cmp eax, dword [rax]
cmp eax, dword [rbx+0x7f]
cmp eax, dword [rcx-0x80]
cmp eax, dword [rdx+0x12345678]
cmp eax, dword [rsp]
cmp eax, dword [rsp+0x8]
cmp eax, dword [rbp]
cmp eax, dword [rbp-0x8]
cmp eax, dword [r12]
cmp eax, dword [r13]
cmp eax, dword [r13+0x10]
cmp eax, dword [rax+rbx]
cmp eax, dword [rax+rcx*2]
cmp eax, dword [rbx+rsi*4+0x10]
cmp eax, dword [r8+r9*8-0x10]
cmp eax, dword [rdi*8+0x1000]
cmp eax, dword [r15+r14]
cmp eax, dword [rsp+r12*4+0x80]
cmp eax, dword [0x12345678]
cmp eax, dword [rel $+0x100]
cmp eax, dword [rel $-0x40]
cmp eax, dword [eax]
cmp eax, dword [ebx+ecx*4+0x8]
cmp eax, dword [r10d+0x4]
cmp eax, dword [fs:rax]
cmp eax, dword [gs:0x28]
cmp eax, dword [fs:rel $+0x10]
cmp eax, [rax]
cmp rcx, r15
cmp rdx, r15
cmp rsp, r15
cmp rbp, r15
cmp rsi, r15
cmp r8, r15
cmp r12, r15
cmp r13, r15
cmp r15, r15
cmp rax, qword [rax]
cmp rax, qword [rbx+0x7f]
cmp rax, qword [rcx-0x80]
cmp rax, qword [rdx+0x12345678]
cmp rax, qword [rsp]
cmp rax, qword [rsp+0x8]
cmp rax, qword [rbp]
cmp rax, qword [rbp-0x8]
cmp rax, qword [r12]
cmp rax, qword [r13]
cmp rax, qword [r13+0x10]
cmp rax, qword [rax+rbx]
cmp rax, qword [rax+rcx*2]
cmp rax, qword [rbx+rsi*4+0x10]
cmp rax, qword [r8+r9*8-0x10]
cmp rax, qword [rdi*8+0x1000]
cmp rax, qword [r15+r14]
cmp rax, qword [rsp+r12*4+0x80]
cmp rax, qword [0x12345678]
cmp rax, qword [rel $+0x100]
cmp rax, qword [rel $-0x40]
cmp rax, qword [eax]
cmp rax, qword [ebx+ecx*4+0x8]
cmp rax, qword [r10d+0x4]
cmp rax, qword [fs:rax]
cmp rax, qword [gs:0x28]
cmp rax, qword [fs:rel $+0x10]
cmp rax, [rax]
o64 cmp rax, r15
cmp al, 0x12
cmp al, 0xf0
cmp ax, 0x1234
cmp ax, 0x10
cmp ax, strict word 0x10
o16 cmp ax, 0x1234
cmp eax, 0x12345678
cmp eax, 0x7f
cmp eax, -0x80
cmp eax, strict dword 0x7f
cmp rax, 0x12345678
cmp rax, -0x12345678
cmp rax, 0x7f
o64 cmp rax, 0x12345678
push ax
push cx
push bx
push sp
push bp
push di
push r8w
push r12w
push r15w
o16 push ax
push rax
push rcx
push rdx
push rsp
push rbp
push rsi
push r8
push r12
push r13
push r15
pop ax
pop cx
pop bx
pop sp
pop bp
pop di
pop r8w
pop r12w
pop r15w
o16 pop ax
pop rax
pop rcx
pop rdx
pop rsp
pop rbp
pop rsi
pop r8
pop r12
pop r13
pop r15
movsxd rax, eax
movsxd rcx, eax
movsxd rdx, eax
movsxd rax, ecx
movsxd rax, dword [rax]
movsxd rax, dword [rel $+0x100]
movsxd rax, dword [rel $-0x40]
movsxd rax, dword [eax]
movsxd rax, dword [ebx+ecx*4+0x8]
movsxd rax, [rax]
o64 movsxd rax, eax
o16 push 0x10
o16 push strict word 0x10
push 0x12345678
push -0x12345678
push 0x7f
push strict dword 0x7f
imul ax, cx, 0x1234
imul cx, cx, 0x1234
imul bx, cx, 0x1234
imul sp, cx, 0x1234
imul bp, cx, 0x1234
imul di, cx, 0x1234
imul r8w, cx, 0x1234
imul r12w, cx, 0x1234
imul r15w, cx, 0x1234
imul ax, bx, 0x1234
imul ax, word [rax], 0x1234
imul ax, word [rbx+0x7f], 0x1234
imul ax, word [rcx-0x80], 0x1234
imul ax, word [rdx+0x12345678], 0x1234
imul ax, word [rsp], 0x1234
imul ax, word [rsp+0x8], 0x1234
imul ax, word [rbp], 0x1234
imul ax, word [rbp-0x8], 0x1234
imul ax, word [r12], 0x1234
imul ax, word [r13], 0x1234
imul ax, word [r13+0x10], 0x1234
imul ax, word [rax+rbx], 0x1234
imul ax, word [rax+rcx*2], 0x1234
imul ax, word [rbx+rsi*4+0x10], 0x1234
imul ax, word [r8+r9*8-0x10], 0x1234
imul ax, word [rdi*8+0x1000], 0x1234
imul ax, word [r15+r14], 0x1234
imul ax, word [rsp+r12*4+0x80], 0x1234
imul ax, word [0x12345678], 0x1234
imul ax, word [rel $+0x100], 0x1234
imul ax, word [rel $-0x40], 0x1234
imul ax, word [eax], 0x1234
imul ax, word [ebx+ecx*4+0x8], 0x1234
imul ax, word [r10d+0x4], 0x1234
imul ax, word [fs:rax], 0x1234
imul ax, word [gs:0x28], 0x1234
imul ax, word [fs:rel $+0x10], 0x1234
imul ax, [rax], 0x1234
imul ax, cx, 0x10
imul ax, cx, strict word 0x10
o16 imul ax, cx, 0x1234
imul eax, r15d, 0x12345678
imul ecx, r15d, 0x12345678
imul ebx, r15d, 0x12345678
imul esp, r15d, 0x12345678
imul ebp, r15d, 0x12345678
imul edi, r15d, 0x12345678
imul r8d, r15d, 0x12345678
imul r13d, r15d, 0x12345678
imul r15d, r15d, 0x12345678
imul eax, eax, 0x12345678
imul eax, dword [rax], 0x12345678
imul eax, dword [rbx+0x7f], 0x12345678
imul eax, dword [rcx-0x80], 0x12345678
imul eax, dword [rdx+0x12345678], 0x12345678
imul eax, dword [rsp], 0x12345678
imul eax, dword [rsp+0x8], 0x12345678
imul eax, dword [rbp], 0x12345678
imul eax, dword [rbp-0x8], 0x12345678
imul eax, dword [r12], 0x12345678
imul eax, dword [r13], 0x12345678
imul eax, dword [r13+0x10], 0x12345678
imul eax, dword [rax+rbx], 0x12345678
imul eax, dword [rax+rcx*2], 0x12345678
imul eax, dword [rbx+rsi*4+0x10], 0x12345678
imul eax, dword [r8+r9*8-0x10], 0x12345678
imul eax, dword [rdi*8+0x1000], 0x12345678
imul eax, dword [r15+r14], 0x12345678
imul eax, dword [rsp+r12*4+0x80], 0x12345678
imul eax, dword [0x12345678], 0x12345678
imul eax, dword [rel $+0x100], 0x12345678
imul eax, dword [rel $-0x40], 0x12345678
imul eax, dword [eax], 0x12345678
imul eax, dword [ebx+ecx*4+0x8], 0x12345678
imul eax, dword [r10d+0x4], 0x12345678
imul eax, dword [fs:rax], 0x12345678
imul eax, dword [gs:0x28], 0x12345678
imul eax, dword [fs:rel $+0x10], 0x12345678
imul eax, [rax], 0x12345678
imul eax, r15d, 0x7f
imul eax, r15d, -0x80
imul eax, r15d, strict dword 0x7f
imul rax, rsp, 0x12345678
imul rcx, rsp, 0x12345678
imul rdx, rsp, 0x12345678
imul rsp, rsp, 0x12345678
imul rbp, rsp, 0x12345678
imul rsi, rsp, 0x12345678
imul r8, rsp, 0x12345678
imul r12, rsp, 0x12345678
imul r13, rsp, 0x12345678
imul r15, rsp, 0x12345678
imul rax, rbp, 0x12345678
imul rax, qword [rax], 0x12345678
imul rax, qword [rbx+0x7f], 0x12345678
imul rax, qword [rcx-0x80], 0x12345678
imul rax, qword [rdx+0x12345678], 0x12345678
imul rax, qword [rsp], 0x12345678
imul rax, qword [rsp+0x8], 0x12345678
imul rax, qword [rbp], 0x12345678
imul rax, qword [rbp-0x8], 0x12345678
imul rax, qword [r12], 0x12345678
imul rax, qword [r13], 0x12345678
imul rax, qword [r13+0x10], 0x12345678
imul rax, qword [rax+rbx], 0x12345678
imul rax, qword [rax+rcx*2], 0x12345678
imul rax, qword [rbx+rsi*4+0x10], 0x12345678
imul rax, qword [r8+r9*8-0x10], 0x12345678
imul rax, qword [rdi*8+0x1000], 0x12345678
imul rax, qword [r15+r14], 0x12345678
imul rax, qword [rsp+r12*4+0x80], 0x12345678
imul rax, qword [0x12345678], 0x12345678
imul rax, qword [rel $+0x100], 0x12345678
imul rax, qword [rel $-0x40], 0x12345678
imul rax, qword [eax], 0x12345678
imul rax, qword [ebx+ecx*4+0x8], 0x12345678
imul rax, qword [r10d+0x4], 0x12345678
imul rax, qword [fs:rax], 0x12345678
imul rax, qword [gs:0x28], 0x12345678
imul rax, qword [fs:rel $+0x10], 0x12345678
imul rax, [rax], 0x12345678
imul rax, rsp, -0x12345678
imul rax, rsp, 0x7f
imul rax, rsp, strict dword 0x7f
o64 imul rax, rsp, 0x12345678
o16 push -0x3
o16 push 0x7f
o16 push -0x80
push -0x3
push -0x80
imul ax, r12w, -0x3
imul cx, r12w, -0x3
imul bx, r12w, -0x3
imul sp, r12w, -0x3
imul bp, r12w, -0x3
imul di, r12w, -0x3
imul r8w, r12w, -0x3
imul r12w, r12w, -0x3
imul r15w, r12w, -0x3
imul ax, r15w, -0x3
imul ax, word [rax], -0x3
imul ax, word [rbx+0x7f], -0x3
imul ax, word [rcx-0x80], -0x3
imul ax, word [rdx+0x12345678], -0x3
imul ax, word [rsp], -0x3
imul ax, word [rsp+0x8], -0x3
imul ax, word [rbp], -0x3
imul ax, word [rbp-0x8], -0x3
imul ax, word [r12], -0x3
imul ax, word [r13], -0x3
imul ax, word [r13+0x10], -0x3
imul ax, word [rax+rbx], -0x3
imul ax, word [rax+rcx*2], -0x3
imul ax, word [rbx+rsi*4+0x10], -0x3
imul ax, word [r8+r9*8-0x10], -0x3
imul ax, word [rdi*8+0x1000], -0x3
imul ax, word [r15+r14], -0x3
imul ax, word [rsp+r12*4+0x80], -0x3
imul ax, word [0x12345678], -0x3
imul ax, word [rel $+0x100], -0x3
imul ax, word [rel $-0x40], -0x3
imul ax, word [eax], -0x3
imul ax, word [ebx+ecx*4+0x8], -0x3
imul ax, word [r10d+0x4], -0x3
imul ax, word [fs:rax], -0x3
imul ax, word [gs:0x28], -0x3
imul ax, word [fs:rel $+0x10], -0x3
imul ax, [rax], -0x3
imul ax, r12w, 0x7f
imul ax, r12w, -0x80
o16 imul ax, r12w, -0x3
imul eax, edi, -0x3
imul ecx, edi, -0x3
imul ebx, edi, -0x3
imul esp, edi, -0x3
imul ebp, edi, -0x3
imul edi, edi, -0x3
imul r8d, edi, -0x3
imul r13d, edi, -0x3
imul r15d, edi, -0x3
imul eax, r8d, -0x3
imul eax, dword [rax], -0x3
imul eax, dword [rbx+0x7f], -0x3
imul eax, dword [rcx-0x80], -0x3
imul eax, dword [rdx+0x12345678], -0x3
imul eax, dword [rsp], -0x3
imul eax, dword [rsp+0x8], -0x3
imul eax, dword [rbp], -0x3
imul eax, dword [rbp-0x8], -0x3
imul eax, dword [r12], -0x3
imul eax, dword [r13], -0x3
imul eax, dword [r13+0x10], -0x3
imul eax, dword [rax+rbx], -0x3
imul eax, dword [rax+rcx*2], -0x3
imul eax, dword [rbx+rsi*4+0x10], -0x3
imul eax, dword [r8+r9*8-0x10], -0x3
imul eax, dword [rdi*8+0x1000], -0x3
imul eax, dword [r15+r14], -0x3
imul eax, dword [rsp+r12*4+0x80], -0x3
imul eax, dword [0x12345678], -0x3
imul eax, dword [rel $+0x100], -0x3
imul eax, dword [rel $-0x40], -0x3
imul eax, dword [eax], -0x3
imul eax, dword [ebx+ecx*4+0x8], -0x3
imul eax, dword [r10d+0x4], -0x3
imul eax, dword [fs:rax], -0x3
imul eax, dword [gs:0x28], -0x3
imul eax, dword [fs:rel $+0x10], -0x3
imul eax, [rax], -0x3
imul eax, edi, 0x7f
imul eax, edi, -0x80
imul rax, rsi, -0x3
imul rcx, rsi, -0x3
imul rdx, rsi, -0x3
imul rsp, rsi, -0x3
imul rbp, rsi, -0x3
imul rsi, rsi, -0x3
imul r8, rsi, -0x3
imul r12, rsi, -0x3
imul r13, rsi, -0x3
imul r15, rsi, -0x3
imul rax, r8, -0x3
imul rax, qword [rax], -0x3
imul rax, qword [rbx+0x7f], -0x3
imul rax, qword [rcx-0x80], -0x3
imul rax, qword [rdx+0x12345678], -0x3
imul rax, qword [rsp], -0x3
imul rax, qword [rsp+0x8], -0x3
imul rax, qword [rbp], -0x3
imul rax, qword [rbp-0x8], -0x3
imul rax, qword [r12], -0x3
imul rax, qword [r13], -0x3
imul rax, qword [r13+0x10], -0x3
imul rax, qword [rax+rbx], -0x3
imul rax, qword [rax+rcx*2], -0x3
imul rax, qword [rbx+rsi*4+0x10], -0x3
imul rax, qword [r8+r9*8-0x10], -0x3
imul rax, qword [rdi*8+0x1000], -0x3
imul rax, qword [r15+r14], -0x3
imul rax, qword [rsp+r12*4+0x80], -0x3
imul rax, qword [0x12345678], -0x3
imul rax, qword [rel $+0x100], -0x3
imul rax, qword [rel $-0x40], -0x3
imul rax, qword [eax], -0x3
imul rax, qword [ebx+ecx*4+0x8], -0x3
imul rax, qword [r10d+0x4], -0x3
imul rax, qword [fs:rax], -0x3
imul rax, qword [gs:0x28], -0x3
imul rax, qword [fs:rel $+0x10], -0x3
imul rax, [rax], -0x3
imul rax, rsi, 0x7f
imul rax, rsi, -0x80
o64 imul rax, rsi, -0x3
insb
a32 insb
rep insb
rep a32 insb
insw
a32 insw
rep insw
rep a32 insw
insd
a32 insd
rep insd
rep a32 insd
outsb
a32 outsb
rep outsb
fs outsb
rep a32 outsb
outsw
a32 outsw
rep outsw
fs outsw
rep a32 outsw
outsd
a32 outsd
rep outsd
fs outsd
rep a32 outsd
o16 jo short $+0x10
o16 jo short $-0x20
o16 jo $+0x7
jo short $+0x10
jo short $-0x20
jo $+0x7
o16 jno short $+0x10
o16 jno short $-0x20
o16 jno $+0x7
jno short $+0x10
jno short $-0x20
jno $+0x7
o16 jb short $+0x10
o16 jb short $-0x20
o16 jb $+0x7
o16 jc short $+0x10
o16 jnae short $+0x10
jb short $+0x10
jb short $-0x20
jb $+0x7
jc short $+0x10
jnae short $+0x10
o16 jae short $+0x10
o16 jae short $-0x20
o16 jae $+0x7
o16 jnb short $+0x10
o16 jnc short $+0x10
jae short $+0x10
jae short $-0x20
jae $+0x7
jnb short $+0x10
jnc short $+0x10
o16 je short $+0x10
o16 je short $-0x20
o16 je $+0x7
o16 jz short $+0x10
je short $+0x10
je short $-0x20
je $+0x7
jz short $+0x10
o16 jne short $+0x10
o16 jne short $-0x20
o16 jne $+0x7
o16 jnz short $+0x10
jne short $+0x10
jne short $-0x20
jne $+0x7
jnz short $+0x10
o16 jbe short $+0x10
o16 jbe short $-0x20
o16 jbe $+0x7
o16 jna short $+0x10
jbe short $+0x10
jbe short $-0x20
jbe $+0x7
jna short $+0x10
o16 ja short $+0x10
o16 ja short $-0x20
o16 ja $+0x7
o16 jnbe short $+0x10
ja short $+0x10
ja short $-0x20
ja $+0x7
jnbe short $+0x10
o16 js short $+0x10
o16 js short $-0x20
o16 js $+0x7
js short $+0x10
js short $-0x20
js $+0x7
o16 jns short $+0x10
o16 jns short $-0x20
o16 jns $+0x7
jns short $+0x10
jns short $-0x20
jns $+0x7
o16 jp short $+0x10
o16 jp short $-0x20
o16 jp $+0x7
o16 jpe short $+0x10
jp short $+0x10
jp short $-0x20
jp $+0x7
jpe short $+0x10
o16 jnp short $+0x10
o16 jnp short $-0x20
o16 jnp $+0x7
o16 jpo short $+0x10
jnp short $+0x10
jnp short $-0x20
jnp $+0x7
jpo short $+0x10
o16 jl short $+0x10
o16 jl short $-0x20
o16 jl $+0x7
o16 jnge short $+0x10
jl short $+0x10
jl short $-0x20
jl $+0x7
jnge short $+0x10
o16 jge short $+0x10
o16 jge short $-0x20
o16 jge $+0x7
o16 jnl short $+0x10
jge short $+0x10
jge short $-0x20
jge $+0x7
jnl short $+0x10
o16 jle short $+0x10
o16 jle short $-0x20
o16 jle $+0x7
o16 jng short $+0x10
jle short $+0x10
jle short $-0x20
jle $+0x7
jng short $+0x10
o16 jg short $+0x10
o16 jg short $-0x20
o16 jg $+0x7
o16 jnle short $+0x10
jg short $+0x10
jg short $-0x20
jg $+0x7
jnle short $+0x10
add cl, 0x12
add byte [rax], 0x12
add byte [rbx+0x7f], 0x12
add byte [rcx-0x80], 0x12
add byte [rdx+0x12345678], 0x12
add byte [rsp], 0x12
add byte [rsp+0x8], 0x12
add byte [rbp], 0x12
add byte [rbp-0x8], 0x12
add byte [r12], 0x12
add byte [r13], 0x12
add byte [r13+0x10], 0x12
add byte [rax+rbx], 0x12
add byte [rax+rcx*2], 0x12
add byte [rbx+rsi*4+0x10], 0x12
add byte [r8+r9*8-0x10], 0x12
add byte [rdi*8+0x1000], 0x12
add byte [r15+r14], 0x12
add byte [rsp+r12*4+0x80], 0x12
add byte [0x12345678], 0x12
add byte [rel $+0x100], 0x12
add byte [rel $-0x40], 0x12
add byte [eax], 0x12
add byte [ebx+ecx*4+0x8], 0x12
add byte [r10d+0x4], 0x12
add byte [fs:rax], 0x12
add byte [gs:0x28], 0x12
add byte [fs:rel $+0x10], 0x12
lock add byte [rax], 0x12
lock add byte [rbx+0x7f], 0x12
or cl, 0x12
or byte [rax], 0x12
or byte [rbx+0x7f], 0x12
or byte [rcx-0x80], 0x12
or byte [rdx+0x12345678], 0x12
or byte [rsp], 0x12
or byte [rsp+0x8], 0x12
or byte [rbp], 0x12
or byte [rbp-0x8], 0x12
or byte [r12], 0x12
or byte [r13], 0x12
or byte [r13+0x10], 0x12
or byte [rax+rbx], 0x12
or byte [rax+rcx*2], 0x12
or byte [rbx+rsi*4+0x10], 0x12
or byte [r8+r9*8-0x10], 0x12
or byte [rdi*8+0x1000], 0x12
or byte [r15+r14], 0x12
or byte [rsp+r12*4+0x80], 0x12
or byte [0x12345678], 0x12
or byte [rel $+0x100], 0x12
or byte [rel $-0x40], 0x12
or byte [eax], 0x12
or byte [ebx+ecx*4+0x8], 0x12
or byte [r10d+0x4], 0x12
or byte [fs:rax], 0x12
or byte [gs:0x28], 0x12
or byte [fs:rel $+0x10], 0x12
lock or byte [rax], 0x12
lock or byte [rbx+0x7f], 0x12
adc cl, 0x12
adc byte [rax], 0x12
adc byte [r12], 0x12
adc byte [r13], 0x12
adc byte [r13+0x10], 0x12
adc byte [rax+rbx], 0x12
lock adc byte [rax], 0x12
lock adc byte [r12], 0x12
sbb cl, 0x12
sbb byte [rax], 0x12
sbb byte [rdi*8+0x1000], 0x12
sbb byte [r15+r14], 0x12
sbb byte [rsp+r12*4+0x80], 0x12
sbb byte [0x12345678], 0x12
lock sbb byte [rax], 0x12
lock sbb byte [rdi*8+0x1000], 0x12
and cl, 0x12
and byte [rax], 0x12
and byte [ebx+ecx*4+0x8], 0x12
and byte [r10d+0x4], 0x12
and byte [fs:rax], 0x12
and byte [gs:0x28], 0x12
lock and byte [rax], 0x12
lock and byte [ebx+ecx*4+0x8], 0x12
sub cl, 0x12
sub byte [rax], 0x12
sub byte [rdx+0x12345678], 0x12
sub byte [rsp], 0x12
sub byte [rsp+0x8], 0x12
sub byte [rbp], 0x12
lock sub byte [rax], 0x12
lock sub byte [rdx+0x12345678], 0x12
xor cl, 0x12
xor byte [rax], 0x12
xor byte [r13+0x10], 0x12
xor byte [rax+rbx], 0x12
xor byte [rax+rcx*2], 0x12
xor byte [rbx+rsi*4+0x10], 0x12
lock xor byte [rax], 0x12
lock xor byte [r13+0x10], 0x12
cmp cl, 0x12
cmp byte [rax], 0x12
cmp byte [rbx+0x7f], 0x12
cmp byte [rcx-0x80], 0x12
cmp byte [rdx+0x12345678], 0x12
cmp byte [rsp], 0x12
cmp byte [rsp+0x8], 0x12
cmp byte [rbp], 0x12
cmp byte [rbp-0x8], 0x12
cmp byte [r12], 0x12
cmp byte [r13], 0x12
cmp byte [r13+0x10], 0x12
cmp byte [rax+rbx], 0x12
cmp byte [rax+rcx*2], 0x12
cmp byte [rbx+rsi*4+0x10], 0x12
cmp byte [r8+r9*8-0x10], 0x12
cmp byte [rdi*8+0x1000], 0x12
cmp byte [r15+r14], 0x12
cmp byte [rsp+r12*4+0x80], 0x12
cmp byte [0x12345678], 0x12
cmp byte [rel $+0x100], 0x12
cmp byte [rel $-0x40], 0x12
cmp byte [eax], 0x12
cmp byte [ebx+ecx*4+0x8], 0x12
cmp byte [r10d+0x4], 0x12
cmp byte [fs:rax], 0x12
cmp byte [gs:0x28], 0x12
cmp byte [fs:rel $+0x10], 0x12
add bx, 0x1234
add sp, 0x1234
add word [rax], 0x1234
add word [rbx+0x7f], 0x1234
add word [rcx-0x80], 0x1234
add word [rdx+0x12345678], 0x1234
add word [rsp], 0x1234
add word [rsp+0x8], 0x1234
add word [rbp], 0x1234
add word [rbp-0x8], 0x1234
add word [r12], 0x1234
add word [r13], 0x1234
add word [r13+0x10], 0x1234
add word [rax+rbx], 0x1234
add word [rax+rcx*2], 0x1234
add word [rbx+rsi*4+0x10], 0x1234
add word [r8+r9*8-0x10], 0x1234
add word [rdi*8+0x1000], 0x1234
add word [r15+r14], 0x1234
add word [rsp+r12*4+0x80], 0x1234
add word [0x12345678], 0x1234
add word [rel $+0x100], 0x1234
add word [rel $-0x40], 0x1234
add word [eax], 0x1234
add word [ebx+ecx*4+0x8], 0x1234
add word [r10d+0x4], 0x1234
add word [fs:rax], 0x1234
add word [gs:0x28], 0x1234
add word [fs:rel $+0x10], 0x1234
add bx, 0x10
add bx, strict word 0x10
o16 add bx, 0x1234
lock add word [rax], 0x1234
lock add word [rbx+0x7f], 0x1234
add ecx, 0x12345678
add dword [rax], 0x12345678
add dword [rbx+0x7f], 0x12345678
add dword [rcx-0x80], 0x12345678
add dword [rdx+0x12345678], 0x12345678
add dword [rsp], 0x12345678
add dword [rsp+0x8], 0x12345678
add dword [rbp], 0x12345678
add dword [rbp-0x8], 0x12345678
add dword [r12], 0x12345678
add dword [r13], 0x12345678
add dword [r13+0x10], 0x12345678
add dword [rax+rbx], 0x12345678
add dword [rax+rcx*2], 0x12345678
add dword [rbx+rsi*4+0x10], 0x12345678
add dword [r8+r9*8-0x10], 0x12345678
add dword [rdi*8+0x1000], 0x12345678
add dword [r15+r14], 0x12345678
add dword [rsp+r12*4+0x80], 0x12345678
add dword [0x12345678], 0x12345678
add dword [rel $+0x100], 0x12345678
add dword [rel $-0x40], 0x12345678
add dword [eax], 0x12345678
add dword [ebx+ecx*4+0x8], 0x12345678
add dword [r10d+0x4], 0x12345678
add dword [fs:rax], 0x12345678
add dword [gs:0x28], 0x12345678
add dword [fs:rel $+0x10], 0x12345678
lock add dword [rax], 0x12345678
lock add dword [rbx+0x7f], 0x12345678
add r15, 0x12345678
add qword [rax], 0x12345678
add qword [rbx+0x7f], 0x12345678
add qword [rcx-0x80], 0x12345678
add qword [rdx+0x12345678], 0x12345678
add qword [rsp], 0x12345678
add qword [rsp+0x8], 0x12345678
add qword [rbp], 0x12345678
add qword [rbp-0x8], 0x12345678
add qword [r12], 0x12345678
add qword [r13], 0x12345678
add qword [r13+0x10], 0x12345678
add qword [rax+rbx], 0x12345678
add qword [rax+rcx*2], 0x12345678
add qword [rbx+rsi*4+0x10], 0x12345678
add qword [r8+r9*8-0x10], 0x12345678
add qword [rdi*8+0x1000], 0x12345678
add qword [r15+r14], 0x12345678
add qword [rsp+r12*4+0x80], 0x12345678
add qword [0x12345678], 0x12345678
add qword [rel $+0x100], 0x12345678
add qword [rel $-0x40], 0x12345678
add qword [eax], 0x12345678
add qword [ebx+ecx*4+0x8], 0x12345678
add qword [r10d+0x4], 0x12345678
add qword [fs:rax], 0x12345678
add qword [gs:0x28], 0x12345678
add qword [fs:rel $+0x10], 0x12345678
add r15, -0x12345678
add r15, 0x7f
o64 add r15, 0x12345678
lock add qword [rax], 0x12345678
lock add qword [rbx+0x7f], 0x12345678
or di, 0x1234
or r8w, 0x1234
or word [rax], 0x1234
or word [rbx+0x7f], 0x1234
or word [rcx-0x80], 0x1234
or word [rdx+0x12345678], 0x1234
or word [rsp], 0x1234
or word [rsp+0x8], 0x1234
or word [rbp], 0x1234
or word [rbp-0x8], 0x1234
or word [r12], 0x1234
or word [r13], 0x1234
or word [r13+0x10], 0x1234
or word [rax+rbx], 0x1234
or word [rax+rcx*2], 0x1234
or word [rbx+rsi*4+0x10], 0x1234
or word [r8+r9*8-0x10], 0x1234
or word [rdi*8+0x1000], 0x1234
or word [r15+r14], 0x1234
or word [rsp+r12*4+0x80], 0x1234
or word [0x12345678], 0x1234
or word [rel $+0x100], 0x1234
or word [rel $-0x40], 0x1234
or word [eax], 0x1234
or word [ebx+ecx*4+0x8], 0x1234
or word [r10d+0x4], 0x1234
or word [fs:rax], 0x1234
or word [gs:0x28], 0x1234
or word [fs:rel $+0x10], 0x1234
or di, 0x10
or di, strict word 0x10
lock or word [rax], 0x1234
lock or word [rbx+0x7f], 0x1234
or esp, 0x12345678
or ebp, 0x12345678
or dword [rax], 0x12345678
or dword [rbx+0x7f], 0x12345678
or dword [rcx-0x80], 0x12345678
or dword [rdx+0x12345678], 0x12345678
or dword [rsp], 0x12345678
or dword [rsp+0x8], 0x12345678
or dword [rbp], 0x12345678
or dword [rbp-0x8], 0x12345678
or dword [r12], 0x12345678
or dword [r13], 0x12345678
or dword [r13+0x10], 0x12345678
or dword [rax+rbx], 0x12345678
or dword [rax+rcx*2], 0x12345678
or dword [rbx+rsi*4+0x10], 0x12345678
or dword [r8+r9*8-0x10], 0x12345678
or dword [rdi*8+0x1000], 0x12345678
or dword [r15+r14], 0x12345678
or dword [rsp+r12*4+0x80], 0x12345678
or dword [0x12345678], 0x12345678
or dword [rel $+0x100], 0x12345678
or dword [rel $-0x40], 0x12345678
or dword [eax], 0x12345678
or dword [ebx+ecx*4+0x8], 0x12345678
or dword [r10d+0x4], 0x12345678
or dword [fs:rax], 0x12345678
or dword [gs:0x28], 0x12345678
or dword [fs:rel $+0x10], 0x12345678
or esp, 0x7f
or esp, -0x80
or esp, strict dword 0x7f
lock or dword [rax], 0x12345678
lock or dword [rbx+0x7f], 0x12345678
or rcx, 0x12345678
or qword [rax], 0x12345678
or qword [rbx+0x7f], 0x12345678
or qword [rcx-0x80], 0x12345678
or qword [rdx+0x12345678], 0x12345678
or qword [rsp], 0x12345678
or qword [rsp+0x8], 0x12345678
or qword [rbp], 0x12345678
or qword [rbp-0x8], 0x12345678
or qword [r12], 0x12345678
or qword [r13], 0x12345678
or qword [r13+0x10], 0x12345678
or qword [rax+rbx], 0x12345678
or qword [rax+rcx*2], 0x12345678
or qword [rbx+rsi*4+0x10], 0x12345678
or qword [r8+r9*8-0x10], 0x12345678
or qword [rdi*8+0x1000], 0x12345678
or qword [r15+r14], 0x12345678
or qword [rsp+r12*4+0x80], 0x12345678
or qword [0x12345678], 0x12345678
or qword [rel $+0x100], 0x12345678
or qword [rel $-0x40], 0x12345678
or qword [eax], 0x12345678
or qword [ebx+ecx*4+0x8], 0x12345678
or qword [r10d+0x4], 0x12345678
or qword [fs:rax], 0x12345678
or qword [gs:0x28], 0x12345678
or qword [fs:rel $+0x10], 0x12345678
lock or qword [rax], 0x12345678
lock or qword [rbx+0x7f], 0x12345678
adc r15w, 0x1234
adc word [rax], 0x1234
adc word [r8+r9*8-0x10], 0x1234
adc word [rdi*8+0x1000], 0x1234
adc word [r15+r14], 0x1234
adc word [rsp+r12*4+0x80], 0x1234
adc r15w, 0x10
adc r15w, strict word 0x10
o16 adc r15w, 0x1234
lock adc word [rax], 0x1234
lock adc word [r8+r9*8-0x10], 0x1234
adc r8d, 0x12345678
adc r13d, 0x12345678
adc dword [rax], 0x12345678
adc dword [eax], 0x12345678
adc dword [ebx+ecx*4+0x8], 0x12345678
adc dword [r10d+0x4], 0x12345678
adc dword [fs:rax], 0x12345678
adc r8d, 0x7f
adc r8d, -0x80
adc r8d, strict dword 0x7f
lock adc dword [rax], 0x12345678
lock adc dword [eax], 0x12345678
adc rcx, 0x12345678
adc rdx, 0x12345678
adc qword [rax], 0x12345678
adc qword [rcx-0x80], 0x12345678
adc qword [rdx+0x12345678], 0x12345678
adc qword [rsp], 0x12345678
adc qword [rsp+0x8], 0x12345678
adc rcx, -0x12345678
adc rcx, 0x7f
o64 adc rcx, 0x12345678
lock adc qword [rax], 0x12345678
lock adc qword [rcx-0x80], 0x12345678
sbb bx, 0x1234
sbb sp, 0x1234
sbb word [rax], 0x1234
sbb word [r13], 0x1234
sbb word [r13+0x10], 0x1234
sbb word [rax+rbx], 0x1234
sbb word [rax+rcx*2], 0x1234
sbb bx, 0x10
sbb bx, strict word 0x10
o16 sbb bx, 0x1234
lock sbb word [rax], 0x1234
lock sbb word [r13], 0x1234
sbb ecx, 0x12345678
sbb dword [rax], 0x12345678
sbb dword [r15+r14], 0x12345678
sbb dword [rsp+r12*4+0x80], 0x12345678
sbb dword [0x12345678], 0x12345678
sbb dword [rel $+0x100], 0x12345678
lock sbb dword [rax], 0x12345678
lock sbb dword [r15+r14], 0x12345678
sbb rdx, 0x12345678
sbb rsp, 0x12345678
sbb qword [rax], 0x12345678
sbb qword [r10d+0x4], 0x12345678
sbb qword [fs:rax], 0x12345678
sbb qword [gs:0x28], 0x12345678
sbb qword [fs:rel $+0x10], 0x12345678
sbb rdx, -0x12345678
sbb rdx, 0x7f
o64 sbb rdx, 0x12345678
lock sbb qword [rax], 0x12345678
lock sbb qword [r10d+0x4], 0x12345678
and di, 0x1234
and r8w, 0x1234
and word [rax], 0x1234
and word [rsp], 0x1234
and word [rsp+0x8], 0x1234
and word [rbp], 0x1234
and word [rbp-0x8], 0x1234
and di, 0x10
and di, strict word 0x10
o16 and di, 0x1234
lock and word [rax], 0x1234
lock and word [rsp], 0x1234
and esp, 0x12345678
and ebp, 0x12345678
and dword [rax], 0x12345678
and dword [rax+rbx], 0x12345678
and dword [rax+rcx*2], 0x12345678
and dword [rbx+rsi*4+0x10], 0x12345678
and dword [r8+r9*8-0x10], 0x12345678
and esp, 0x7f
and esp, -0x80
and esp, strict dword 0x7f
lock and dword [rax], 0x12345678
lock and dword [rax+rbx], 0x12345678
and rsp, 0x12345678
and rbp, 0x12345678
and qword [rax], 0x12345678
and qword [0x12345678], 0x12345678
and qword [rel $+0x100], 0x12345678
and qword [rel $-0x40], 0x12345678
and qword [eax], 0x12345678
and rsp, -0x12345678
and rsp, 0x7f
o64 and rsp, 0x12345678
lock and qword [rax], 0x12345678
lock and qword [0x12345678], 0x12345678
sub r15w, 0x1234
sub word [rax], 0x1234
sub word [gs:0x28], 0x1234
sub word [fs:rel $+0x10], 0x1234
sub word [rbx+0x7f], 0x1234
sub word [rcx-0x80], 0x1234
sub r15w, 0x10
sub r15w, strict word 0x10
o16 sub r15w, 0x1234
lock sub word [rax], 0x1234
lock sub word [gs:0x28], 0x1234
sub r8d, 0x12345678
sub r13d, 0x12345678
sub dword [rax], 0x12345678
sub dword [rbp], 0x12345678
sub dword [rbp-0x8], 0x12345678
sub dword [r12], 0x12345678
sub dword [r13], 0x12345678
sub r8d, 0x7f
sub r8d, -0x80
sub r8d, strict dword 0x7f
lock sub dword [rax], 0x12345678
lock sub dword [rbp], 0x12345678
sub rbp, 0x12345678
sub rsi, 0x12345678
sub qword [rax], 0x12345678
sub qword [rbx+rsi*4+0x10], 0x12345678
sub qword [r8+r9*8-0x10], 0x12345678
sub qword [rdi*8+0x1000], 0x12345678
sub qword [r15+r14], 0x12345678
sub rbp, -0x12345678
sub rbp, 0x7f
o64 sub rbp, 0x12345678
lock sub qword [rax], 0x12345678
lock sub qword [rbx+rsi*4+0x10], 0x12345678
xor bx, 0x1234
xor sp, 0x1234
xor word [rax], 0x1234
xor word [rel $-0x40], 0x1234
xor word [eax], 0x1234
xor word [ebx+ecx*4+0x8], 0x1234
xor word [r10d+0x4], 0x1234
xor bx, 0x10
xor bx, strict word 0x10
o16 xor bx, 0x1234
lock xor word [rax], 0x1234
lock xor word [rel $-0x40], 0x1234
xor ecx, 0x12345678
xor dword [rax], 0x12345678
xor dword [rbx+0x7f], 0x12345678
xor dword [rcx-0x80], 0x12345678
xor dword [rdx+0x12345678], 0x12345678
xor dword [rsp], 0x12345678
lock xor dword [rax], 0x12345678
lock xor dword [rbx+0x7f], 0x12345678
xor rsi, 0x12345678
xor r8, 0x12345678
xor qword [rax], 0x12345678
xor qword [r12], 0x12345678
xor qword [r13], 0x12345678
xor qword [r13+0x10], 0x12345678
xor qword [rax+rbx], 0x12345678
xor rsi, -0x12345678
xor rsi, 0x7f
o64 xor rsi, 0x12345678
lock xor qword [rax], 0x12345678
lock xor qword [r12], 0x12345678
cmp di, 0x1234
cmp r8w, 0x1234
cmp word [rax], 0x1234
cmp word [rbx+0x7f], 0x1234
cmp word [rcx-0x80], 0x1234
cmp word [rdx+0x12345678], 0x1234
cmp word [rsp], 0x1234
cmp word [rsp+0x8], 0x1234
cmp word [rbp], 0x1234
cmp word [rbp-0x8], 0x1234
cmp word [r12], 0x1234
cmp word [r13], 0x1234
cmp word [r13+0x10], 0x1234
cmp word [rax+rbx], 0x1234
cmp word [rax+rcx*2], 0x1234
cmp word [rbx+rsi*4+0x10], 0x1234
cmp word [r8+r9*8-0x10], 0x1234
cmp word [rdi*8+0x1000], 0x1234
cmp word [r15+r14], 0x1234
cmp word [rsp+r12*4+0x80], 0x1234
cmp word [0x12345678], 0x1234
cmp word [rel $+0x100], 0x1234
cmp word [rel $-0x40], 0x1234
cmp word [eax], 0x1234
cmp word [ebx+ecx*4+0x8], 0x1234
cmp word [r10d+0x4], 0x1234
cmp word [fs:rax], 0x1234
cmp word [gs:0x28], 0x1234
cmp word [fs:rel $+0x10], 0x1234
cmp di, 0x10
cmp di, strict word 0x10
o16 cmp di, 0x1234
cmp esp, 0x12345678
cmp ebp, 0x12345678
cmp dword [rax], 0x12345678
cmp dword [rbx+0x7f], 0x12345678
cmp dword [rcx-0x80], 0x12345678
cmp dword [rdx+0x12345678], 0x12345678
cmp dword [rsp], 0x12345678
cmp dword [rsp+0x8], 0x12345678
cmp dword [rbp], 0x12345678
cmp dword [rbp-0x8], 0x12345678
cmp dword [r12], 0x12345678
cmp dword [r13], 0x12345678
cmp dword [r13+0x10], 0x12345678
cmp dword [rax+rbx], 0x12345678
cmp dword [rax+rcx*2], 0x12345678
cmp dword [rbx+rsi*4+0x10], 0x12345678
cmp dword [r8+r9*8-0x10], 0x12345678
cmp dword [rdi*8+0x1000], 0x12345678
cmp dword [r15+r14], 0x12345678
cmp dword [rsp+r12*4+0x80], 0x12345678
cmp dword [0x12345678], 0x12345678
cmp dword [rel $+0x100], 0x12345678
cmp dword [rel $-0x40], 0x12345678
cmp dword [eax], 0x12345678
cmp dword [ebx+ecx*4+0x8], 0x12345678
cmp dword [r10d+0x4], 0x12345678
cmp dword [fs:rax], 0x12345678
cmp dword [gs:0x28], 0x12345678
cmp dword [fs:rel $+0x10], 0x12345678
cmp esp, 0x7f
cmp esp, -0x80
cmp esp, strict dword 0x7f
cmp r8, 0x12345678
cmp r12, 0x12345678
cmp qword [rax], 0x12345678
cmp qword [rbx+0x7f], 0x12345678
cmp qword [rcx-0x80], 0x12345678
cmp qword [rdx+0x12345678], 0x12345678
cmp qword [rsp], 0x12345678
cmp qword [rsp+0x8], 0x12345678
cmp qword [rbp], 0x12345678
cmp qword [rbp-0x8], 0x12345678
cmp qword [r12], 0x12345678
cmp qword [r13], 0x12345678
cmp qword [r13+0x10], 0x12345678
cmp qword [rax+rbx], 0x12345678
cmp qword [rax+rcx*2], 0x12345678
cmp qword [rbx+rsi*4+0x10], 0x12345678
cmp qword [r8+r9*8-0x10], 0x12345678
cmp qword [rdi*8+0x1000], 0x12345678
cmp qword [r15+r14], 0x12345678
cmp qword [rsp+r12*4+0x80], 0x12345678
cmp qword [0x12345678], 0x12345678
cmp qword [rel $+0x100], 0x12345678
cmp qword [rel $-0x40], 0x12345678
cmp qword [eax], 0x12345678
cmp qword [ebx+ecx*4+0x8], 0x12345678
cmp qword [r10d+0x4], 0x12345678
cmp qword [fs:rax], 0x12345678
cmp qword [gs:0x28], 0x12345678
cmp qword [fs:rel $+0x10], 0x12345678
cmp r8, -0x12345678
cmp r8, 0x7f
o64 cmp r8, 0x12345678
add cx, -0x3
add bx, -0x3
add word [rax], -0x3
add word [rbx+0x7f], -0x3
add word [rcx-0x80], -0x3
add word [rdx+0x12345678], -0x3
add word [rsp], -0x3
add word [rsp+0x8], -0x3
add word [rbp], -0x3
add word [rbp-0x8], -0x3
add word [r12], -0x3
add word [r13], -0x3
add word [r13+0x10], -0x3
add word [rax+rbx], -0x3
add word [rax+rcx*2], -0x3
add word [rbx+rsi*4+0x10], -0x3
add word [r8+r9*8-0x10], -0x3
add word [rdi*8+0x1000], -0x3
add word [r15+r14], -0x3
add word [rsp+r12*4+0x80], -0x3
add word [0x12345678], -0x3
add word [rel $+0x100], -0x3
add word [rel $-0x40], -0x3
add word [eax], -0x3
add word [ebx+ecx*4+0x8], -0x3
add word [r10d+0x4], -0x3
add word [fs:rax], -0x3
add word [gs:0x28], -0x3
add word [fs:rel $+0x10], -0x3
add cx, 0x7f
add cx, -0x80
o16 add cx, -0x3
lock add word [rax], -0x3
lock add word [rbx+0x7f], -0x3
add r15d, -0x3
add eax, -0x3
add dword [rax], -0x3
add dword [rbx+0x7f], -0x3
add dword [rcx-0x80], -0x3
add dword [rdx+0x12345678], -0x3
add dword [rsp], -0x3
add dword [rsp+0x8], -0x3
add dword [rbp], -0x3
add dword [rbp-0x8], -0x3
add dword [r12], -0x3
add dword [r13], -0x3
add dword [r13+0x10], -0x3
add dword [rax+rbx], -0x3
add dword [rax+rcx*2], -0x3
add dword [rbx+rsi*4+0x10], -0x3
add dword [r8+r9*8-0x10], -0x3
add dword [rdi*8+0x1000], -0x3
add dword [r15+r14], -0x3
add dword [rsp+r12*4+0x80], -0x3
add dword [0x12345678], -0x3
add dword [rel $+0x100], -0x3
add dword [rel $-0x40], -0x3
add dword [eax], -0x3
add dword [ebx+ecx*4+0x8], -0x3
add dword [r10d+0x4], -0x3
add dword [fs:rax], -0x3
add dword [gs:0x28], -0x3
add dword [fs:rel $+0x10], -0x3
add r15d, 0x7f
add r15d, -0x80
lock add dword [rax], -0x3
lock add dword [rbx+0x7f], -0x3
add rsp, -0x3
add rbp, -0x3
add qword [rax], -0x3
add qword [rbx+0x7f], -0x3
add qword [rcx-0x80], -0x3
add qword [rdx+0x12345678], -0x3
add qword [rsp], -0x3
add qword [rsp+0x8], -0x3
add qword [rbp], -0x3
add qword [rbp-0x8], -0x3
add qword [r12], -0x3
add qword [r13], -0x3
add qword [r13+0x10], -0x3
add qword [rax+rbx], -0x3
add qword [rax+rcx*2], -0x3
add qword [rbx+rsi*4+0x10], -0x3
add qword [r8+r9*8-0x10], -0x3
add qword [rdi*8+0x1000], -0x3
add qword [r15+r14], -0x3
add qword [rsp+r12*4+0x80], -0x3
add qword [0x12345678], -0x3
add qword [rel $+0x100], -0x3
add qword [rel $-0x40], -0x3
add qword [eax], -0x3
add qword [ebx+ecx*4+0x8], -0x3
add qword [r10d+0x4], -0x3
add qword [fs:rax], -0x3
add qword [gs:0x28], -0x3
add qword [fs:rel $+0x10], -0x3
add rsp, 0x7f
add rsp, -0x80
o64 add rsp, -0x3
lock add qword [rax], -0x3
lock add qword [rbx+0x7f], -0x3
or bp, -0x3
or di, -0x3
or word [rax], -0x3
or word [rbx+0x7f], -0x3
or word [rcx-0x80], -0x3
or word [rdx+0x12345678], -0x3
or word [rsp], -0x3
or word [rsp+0x8], -0x3
or word [rbp], -0x3
or word [rbp-0x8], -0x3
or word [r12], -0x3
or word [r13], -0x3
or word [r13+0x10], -0x3
or word [rax+rbx], -0x3
or word [rax+rcx*2], -0x3
or word [rbx+rsi*4+0x10], -0x3
or word [r8+r9*8-0x10], -0x3
or word [rdi*8+0x1000], -0x3
or word [r15+r14], -0x3
or word [rsp+r12*4+0x80], -0x3
or word [0x12345678], -0x3
or word [rel $+0x100], -0x3
or word [rel $-0x40], -0x3
or word [eax], -0x3
or word [ebx+ecx*4+0x8], -0x3
or word [r10d+0x4], -0x3
or word [fs:rax], -0x3
or word [gs:0x28], -0x3
or word [fs:rel $+0x10], -0x3
or bp, 0x7f
or bp, -0x80
lock or word [rax], -0x3
lock or word [rbx+0x7f], -0x3
or ebx, -0x3
or esp, -0x3
or dword [rax], -0x3
or dword [rbx+0x7f], -0x3
or dword [rcx-0x80], -0x3
or dword [rdx+0x12345678], -0x3
or dword [rsp], -0x3
or dword [rsp+0x8], -0x3
or dword [rbp], -0x3
or dword [rbp-0x8], -0x3
or dword [r12], -0x3
or dword [r13], -0x3
or dword [r13+0x10], -0x3
or dword [rax+rbx], -0x3
or dword [rax+rcx*2], -0x3
or dword [rbx+rsi*4+0x10], -0x3
or dword [r8+r9*8-0x10], -0x3
or dword [rdi*8+0x1000], -0x3
or dword [r15+r14], -0x3
or dword [rsp+r12*4+0x80], -0x3
or dword [0x12345678], -0x3
or dword [rel $+0x100], -0x3
or dword [rel $-0x40], -0x3
or dword [eax], -0x3
or dword [ebx+ecx*4+0x8], -0x3
or dword [r10d+0x4], -0x3
or dword [fs:rax], -0x3
or dword [gs:0x28], -0x3
or dword [fs:rel $+0x10], -0x3
or ebx, 0x7f
or ebx, -0x80
lock or dword [rax], -0x3
lock or dword [rbx+0x7f], -0x3
or rbp, -0x3
or rsi, -0x3
or qword [rax], -0x3
or qword [rbx+0x7f], -0x3
or qword [rcx-0x80], -0x3
or qword [rdx+0x12345678], -0x3
or qword [rsp], -0x3
or qword [rsp+0x8], -0x3
or qword [rbp], -0x3
or qword [rbp-0x8], -0x3
or qword [r12], -0x3
or qword [r13], -0x3
or qword [r13+0x10], -0x3
or qword [rax+rbx], -0x3
or qword [rax+rcx*2], -0x3
or qword [rbx+rsi*4+0x10], -0x3
or qword [r8+r9*8-0x10], -0x3
or qword [rdi*8+0x1000], -0x3
or qword [r15+r14], -0x3
or qword [rsp+r12*4+0x80], -0x3
or qword [0x12345678], -0x3
or qword [rel $+0x100], -0x3
or qword [rel $-0x40], -0x3
or qword [eax], -0x3
or qword [ebx+ecx*4+0x8], -0x3
or qword [r10d+0x4], -0x3
or qword [fs:rax], -0x3
or qword [gs:0x28], -0x3
or qword [fs:rel $+0x10], -0x3
or rbp, 0x7f
or rbp, -0x80
lock or qword [rax], -0x3
lock or qword [rbx+0x7f], -0x3
adc r12w, -0x3
adc r15w, -0x3
adc word [rax], -0x3
adc word [rsp], -0x3
adc word [rsp+0x8], -0x3
adc word [rbp], -0x3
adc word [rbp-0x8], -0x3
adc r12w, 0x7f
adc r12w, -0x80
o16 adc r12w, -0x3
lock adc word [rax], -0x3
lock adc word [rsp], -0x3
adc edi, -0x3
adc r8d, -0x3
adc dword [rax], -0x3
adc dword [rax+rbx], -0x3
adc dword [rax+rcx*2], -0x3
adc dword [rbx+rsi*4+0x10], -0x3
adc dword [r8+r9*8-0x10], -0x3
adc edi, 0x7f
adc edi, -0x80
lock adc dword [rax], -0x3
lock adc dword [rax+rbx], -0x3
adc rsi, -0x3
adc r8, -0x3
adc qword [rax], -0x3
adc qword [0x12345678], -0x3
adc qword [rel $+0x100], -0x3
adc qword [rel $-0x40], -0x3
adc qword [eax], -0x3
adc rsi, 0x7f
adc rsi, -0x80
o64 adc rsi, -0x3
lock adc qword [rax], -0x3
lock adc qword [0x12345678], -0x3
sbb cx, -0x3
sbb bx, -0x3
sbb word [rax], -0x3
sbb word [gs:0x28], -0x3
sbb word [fs:rel $+0x10], -0x3
sbb word [rbx+0x7f], -0x3
sbb word [rcx-0x80], -0x3
sbb cx, 0x7f
sbb cx, -0x80
o16 sbb cx, -0x3
lock sbb word [rax], -0x3
lock sbb word [gs:0x28], -0x3
sbb r15d, -0x3
sbb eax, -0x3
sbb dword [rax], -0x3
sbb dword [rbp], -0x3
sbb dword [rbp-0x8], -0x3
sbb dword [r12], -0x3
sbb dword [r13], -0x3
sbb r15d, 0x7f
sbb r15d, -0x80
lock sbb dword [rax], -0x3
lock sbb dword [rbp], -0x3
sbb r8, -0x3
sbb r12, -0x3
sbb qword [rax], -0x3
sbb qword [rbx+rsi*4+0x10], -0x3
sbb qword [r8+r9*8-0x10], -0x3
sbb qword [rdi*8+0x1000], -0x3
sbb qword [r15+r14], -0x3
sbb r8, 0x7f
sbb r8, -0x80
o64 sbb r8, -0x3
lock sbb qword [rax], -0x3
lock sbb qword [rbx+rsi*4+0x10], -0x3
and bp, -0x3
and di, -0x3
and word [rax], -0x3
and word [rel $-0x40], -0x3
and word [eax], -0x3
and word [ebx+ecx*4+0x8], -0x3
and word [r10d+0x4], -0x3
and bp, 0x7f
and bp, -0x80
o16 and bp, -0x3
lock and word [rax], -0x3
lock and word [rel $-0x40], -0x3
and ebx, -0x3
and esp, -0x3
and dword [rax], -0x3
and dword [rbx+0x7f], -0x3
and dword [rcx-0x80], -0x3
and dword [rdx+0x12345678], -0x3
and dword [rsp], -0x3
and ebx, 0x7f
and ebx, -0x80
lock and dword [rax], -0x3
lock and dword [rbx+0x7f], -0x3
and r12, -0x3
and r13, -0x3
and qword [rax], -0x3
and qword [r12], -0x3
and qword [r13], -0x3
and qword [r13+0x10], -0x3
and qword [rax+rbx], -0x3
and r12, 0x7f
and r12, -0x80
o64 and r12, -0x3
lock and qword [rax], -0x3
lock and qword [r12], -0x3
sub r12w, -0x3
sub r15w, -0x3
sub word [rax], -0x3
sub word [rdi*8+0x1000], -0x3
sub word [r15+r14], -0x3
sub word [rsp+r12*4+0x80], -0x3
sub word [0x12345678], -0x3
sub r12w, 0x7f
sub r12w, -0x80
o16 sub r12w, -0x3
lock sub word [rax], -0x3
lock sub word [rdi*8+0x1000], -0x3
sub edi, -0x3
sub r8d, -0x3
sub dword [rax], -0x3
sub dword [ebx+ecx*4+0x8], -0x3
sub dword [r10d+0x4], -0x3
sub dword [fs:rax], -0x3
sub dword [gs:0x28], -0x3
sub edi, 0x7f
sub edi, -0x80
lock sub dword [rax], -0x3
lock sub dword [ebx+ecx*4+0x8], -0x3
sub r13, -0x3
sub r15, -0x3
sub qword [rax], -0x3
sub qword [rdx+0x12345678], -0x3
sub qword [rsp], -0x3
sub qword [rsp+0x8], -0x3
sub qword [rbp], -0x3
sub r13, 0x7f
sub r13, -0x80
o64 sub r13, -0x3
lock sub qword [rax], -0x3
lock sub qword [rdx+0x12345678], -0x3
xor cx, -0x3
xor bx, -0x3
xor word [rax], -0x3
xor word [r13+0x10], -0x3
xor word [rax+rbx], -0x3
xor word [rax+rcx*2], -0x3
xor word [rbx+rsi*4+0x10], -0x3
xor cx, 0x7f
xor cx, -0x80
o16 xor cx, -0x3
lock xor word [rax], -0x3
lock xor word [r13+0x10], -0x3
xor r15d, -0x3
xor eax, -0x3
xor dword [rax], -0x3
xor dword [rsp+r12*4+0x80], -0x3
xor dword [0x12345678], -0x3
xor dword [rel $+0x100], -0x3
xor dword [rel $-0x40], -0x3
xor r15d, 0x7f
xor r15d, -0x80
lock xor dword [rax], -0x3
lock xor dword [rsp+r12*4+0x80], -0x3
xor r15, -0x3
xor rax, -0x3
xor qword [rax], -0x3
xor qword [fs:rax], -0x3
xor qword [gs:0x28], -0x3
xor qword [fs:rel $+0x10], -0x3
xor qword [rbx+0x7f], -0x3
xor r15, 0x7f
xor r15, -0x80
o64 xor r15, -0x3
lock xor qword [rax], -0x3
lock xor qword [fs:rax], -0x3
cmp bp, -0x3
cmp di, -0x3
cmp word [rax], -0x3
cmp word [rbx+0x7f], -0x3
cmp word [rcx-0x80], -0x3
cmp word [rdx+0x12345678], -0x3
cmp word [rsp], -0x3
cmp word [rsp+0x8], -0x3
cmp word [rbp], -0x3
cmp word [rbp-0x8], -0x3
cmp word [r12], -0x3
cmp word [r13], -0x3
cmp word [r13+0x10], -0x3
cmp word [rax+rbx], -0x3
cmp word [rax+rcx*2], -0x3
cmp word [rbx+rsi*4+0x10], -0x3
cmp word [r8+r9*8-0x10], -0x3
cmp word [rdi*8+0x1000], -0x3
cmp word [r15+r14], -0x3
cmp word [rsp+r12*4+0x80], -0x3
cmp word [0x12345678], -0x3
cmp word [rel $+0x100], -0x3
cmp word [rel $-0x40], -0x3
cmp word [eax], -0x3
cmp word [ebx+ecx*4+0x8], -0x3
cmp word [r10d+0x4], -0x3
cmp word [fs:rax], -0x3
cmp word [gs:0x28], -0x3
cmp word [fs:rel $+0x10], -0x3
cmp bp, 0x7f
cmp bp, -0x80
o16 cmp bp, -0x3
cmp ebx, -0x3
cmp esp, -0x3
cmp dword [rax], -0x3
cmp dword [rbx+0x7f], -0x3
cmp dword [rcx-0x80], -0x3
cmp dword [rdx+0x12345678], -0x3
cmp dword [rsp], -0x3
cmp dword [rsp+0x8], -0x3
cmp dword [rbp], -0x3
cmp dword [rbp-0x8], -0x3
cmp dword [r12], -0x3
cmp dword [r13], -0x3
cmp dword [r13+0x10], -0x3
cmp dword [rax+rbx], -0x3
cmp dword [rax+rcx*2], -0x3
cmp dword [rbx+rsi*4+0x10], -0x3
cmp dword [r8+r9*8-0x10], -0x3
cmp dword [rdi*8+0x1000], -0x3
cmp dword [r15+r14], -0x3
cmp dword [rsp+r12*4+0x80], -0x3
cmp dword [0x12345678], -0x3
cmp dword [rel $+0x100], -0x3
cmp dword [rel $-0x40], -0x3
cmp dword [eax], -0x3
cmp dword [ebx+ecx*4+0x8], -0x3
cmp dword [r10d+0x4], -0x3
cmp dword [fs:rax], -0x3
cmp dword [gs:0x28], -0x3
cmp dword [fs:rel $+0x10], -0x3
cmp ebx, 0x7f
cmp ebx, -0x80
cmp rax, -0x3
cmp rcx, -0x3
cmp qword [rax], -0x3
cmp qword [rbx+0x7f], -0x3
cmp qword [rcx-0x80], -0x3
cmp qword [rdx+0x12345678], -0x3
cmp qword [rsp], -0x3
cmp qword [rsp+0x8], -0x3
cmp qword [rbp], -0x3
cmp qword [rbp-0x8], -0x3
cmp qword [r12], -0x3
cmp qword [r13], -0x3
cmp qword [r13+0x10], -0x3
cmp qword [rax+rbx], -0x3
cmp qword [rax+rcx*2], -0x3
cmp qword [rbx+rsi*4+0x10], -0x3
cmp qword [r8+r9*8-0x10], -0x3
cmp qword [rdi*8+0x1000], -0x3
cmp qword [r15+r14], -0x3
cmp qword [rsp+r12*4+0x80], -0x3
cmp qword [0x12345678], -0x3
cmp qword [rel $+0x100], -0x3
cmp qword [rel $-0x40], -0x3
cmp qword [eax], -0x3
cmp qword [ebx+ecx*4+0x8], -0x3
cmp qword [r10d+0x4], -0x3
cmp qword [fs:rax], -0x3
cmp qword [gs:0x28], -0x3
cmp qword [fs:rel $+0x10], -0x3
cmp rax, -0x80
o64 cmp rax, -0x3
test al, al
test cl, al
test byte [rax], al
test byte [rbx+0x7f], al
test byte [rcx-0x80], al
test byte [rdx+0x12345678], al
test byte [rsp], al
test byte [rsp+0x8], al
test byte [rbp], al
test byte [rbp-0x8], al
test byte [r12], al
test byte [r13], al
test byte [r13+0x10], al
test byte [rax+rbx], al
test byte [rax+rcx*2], al
test byte [rbx+rsi*4+0x10], al
test byte [r8+r9*8-0x10], al
test byte [rdi*8+0x1000], al
test byte [r15+r14], al
test byte [rsp+r12*4+0x80], al
test byte [0x12345678], al
test byte [rel $+0x100], al
test byte [rel $-0x40], al
test byte [eax], al
test byte [ebx+ecx*4+0x8], al
test byte [r10d+0x4], al
test byte [fs:rax], al
test byte [gs:0x28], al
test byte [fs:rel $+0x10], al
test [rax], al
test al, cl
test al, dh
test al, sil
test al, r9b
test al, r15b
test al, spl
test di, ax
test r8w, ax
test word [rax], ax
test word [rbx+0x7f], ax
test word [rcx-0x80], ax
test word [rdx+0x12345678], ax
test word [rsp], ax
test word [rsp+0x8], ax
test word [rbp], ax
test word [rbp-0x8], ax
test word [r12], ax
test word [r13], ax
test word [r13+0x10], ax
test word [rax+rbx], ax
test word [rax+rcx*2], ax
test word [rbx+rsi*4+0x10], ax
test word [r8+r9*8-0x10], ax
test word [rdi*8+0x1000], ax
test word [r15+r14], ax
test word [rsp+r12*4+0x80], ax
test word [0x12345678], ax
test word [rel $+0x100], ax
test word [rel $-0x40], ax
test word [eax], ax
test word [ebx+ecx*4+0x8], ax
test word [r10d+0x4], ax
test word [fs:rax], ax
test word [gs:0x28], ax
test word [fs:rel $+0x10], ax
test [rax], ax
test di, cx
test di, bx
test di, sp
test di, bp
test di, di
test di, r8w
test di, r12w
test di, r15w
o16 test di, ax
test esp, eax
test ebp, eax
test dword [rax], eax
test dword [rbx+0x7f], eax
test dword [rcx-0x80], eax
test dword [rdx+0x12345678], eax
test dword [rsp], eax
test dword [rsp+0x8], eax
test dword [rbp], eax
test dword [rbp-0x8], eax
test dword [r12], eax
test dword [r13], eax
test dword [r13+0x10], eax
test dword [rax+rbx], eax
test dword [rax+rcx*2], eax
test dword [rbx+rsi*4+0x10], eax
test dword [r8+r9*8-0x10], eax
test dword [rdi*8+0x1000], eax
test dword [r15+r14], eax
test dword [rsp+r12*4+0x80], eax
test dword [0x12345678], eax
test dword [rel $+0x100], eax
test dword [rel $-0x40], eax
test dword [eax], eax
test dword [ebx+ecx*4+0x8], eax
test dword [r10d+0x4], eax
test dword [fs:rax], eax
test dword [gs:0x28], eax
test dword [fs:rel $+0x10], eax
test [rax], eax
test esp, ecx
test esp, ebx
test esp, esp
test esp, ebp
test esp, edi
test esp, r8d
test esp, r13d
test esp, r15d
test r13, rax
test r15, rax
test qword [rax], rax
test qword [rbx+0x7f], rax
test qword [rcx-0x80], rax
test qword [rdx+0x12345678], rax
test qword [rsp], rax
test qword [rsp+0x8], rax
test qword [rbp], rax
test qword [rbp-0x8], rax
test qword [r12], rax
test qword [r13], rax
test qword [r13+0x10], rax
test qword [rax+rbx], rax
test qword [rax+rcx*2], rax
test qword [rbx+rsi*4+0x10], rax
test qword [r8+r9*8-0x10], rax
test qword [rdi*8+0x1000], rax
test qword [r15+r14], rax
test qword [rsp+r12*4+0x80], rax
test qword [0x12345678], rax
test qword [rel $+0x100], rax
test qword [rel $-0x40], rax
test qword [eax], rax
test qword [ebx+ecx*4+0x8], rax
test qword [r10d+0x4], rax
test qword [fs:rax], rax
test qword [gs:0x28], rax
test qword [fs:rel $+0x10], rax
test [rax], rax
test r13, rcx
test r13, rdx
test r13, rsp
test r13, rbp
test r13, rsi
test r13, r8
test r13, r12
test r13, r13
test r13, r15
o64 test r13, rax
xchg al, al
xchg cl, al
xchg byte [rax], al
xchg byte [rbx+0x7f], al
xchg byte [rcx-0x80], al
xchg byte [rdx+0x12345678], al
xchg byte [rsp], al
xchg byte [rsp+0x8], al
xchg byte [rbp], al
xchg byte [rbp-0x8], al
xchg byte [r12], al
xchg byte [r13], al
xchg byte [r13+0x10], al
xchg byte [rax+rbx], al
xchg byte [rax+rcx*2], al
xchg byte [rbx+rsi*4+0x10], al
xchg byte [r8+r9*8-0x10], al
xchg byte [rdi*8+0x1000], al
xchg byte [r15+r14], al
xchg byte [rsp+r12*4+0x80], al
xchg byte [0x12345678], al
xchg byte [rel $+0x100], al
xchg byte [rel $-0x40], al
xchg byte [eax], al
xchg byte [ebx+ecx*4+0x8], al
xchg byte [r10d+0x4], al
xchg byte [fs:rax], al
xchg byte [gs:0x28], al
xchg byte [fs:rel $+0x10], al
xchg [rax], al
xchg al, cl
xchg al, dh
xchg al, sil
xchg al, r9b
xchg al, r15b
xchg al, spl
lock xchg byte [rax], al
lock xchg byte [rbx+0x7f], al
xchg r8w, ax
xchg r12w, ax
xchg word [rax], ax
xchg word [rbx+0x7f], ax
xchg word [rcx-0x80], ax
xchg word [rdx+0x12345678], ax
xchg word [rsp], ax
xchg word [rsp+0x8], ax
xchg word [rbp], ax
xchg word [rbp-0x8], ax
xchg word [r12], ax
xchg word [r13], ax
xchg word [r13+0x10], ax
xchg word [rax+rbx], ax
xchg word [rax+rcx*2], ax
xchg word [rbx+rsi*4+0x10], ax
xchg word [r8+r9*8-0x10], ax
xchg word [rdi*8+0x1000], ax
xchg word [r15+r14], ax
xchg word [rsp+r12*4+0x80], ax
xchg word [0x12345678], ax
xchg word [rel $+0x100], ax
xchg word [rel $-0x40], ax
xchg word [eax], ax
xchg word [ebx+ecx*4+0x8], ax
xchg word [r10d+0x4], ax
xchg word [fs:rax], ax
xchg word [gs:0x28], ax
xchg word [fs:rel $+0x10], ax
xchg [rax], ax
xchg r8w, cx
xchg r8w, bx
xchg r8w, sp
xchg r8w, bp
xchg r8w, di
xchg r8w, r8w
xchg r8w, r12w
xchg r8w, r15w
o16 xchg r8w, ax
lock xchg word [rax], ax
lock xchg word [rbx+0x7f], ax
xchg ebp, eax
xchg edi, eax
xchg dword [rax], eax
xchg dword [rbx+0x7f], eax
xchg dword [rcx-0x80], eax
xchg dword [rdx+0x12345678], eax
xchg dword [rsp], eax
xchg dword [rsp+0x8], eax
xchg dword [rbp], eax
xchg dword [rbp-0x8], eax
xchg dword [r12], eax
xchg dword [r13], eax
xchg dword [r13+0x10], eax
xchg dword [rax+rbx], eax
xchg dword [rax+rcx*2], eax
xchg dword [rbx+rsi*4+0x10], eax
xchg dword [r8+r9*8-0x10], eax
xchg dword [rdi*8+0x1000], eax
xchg dword [r15+r14], eax
xchg dword [rsp+r12*4+0x80], eax
xchg dword [0x12345678], eax
xchg dword [rel $+0x100], eax
xchg dword [rel $-0x40], eax
xchg dword [eax], eax
xchg dword [ebx+ecx*4+0x8], eax
xchg dword [r10d+0x4], eax
xchg dword [fs:rax], eax
xchg dword [gs:0x28], eax
xchg dword [fs:rel $+0x10], eax
xchg [rax], eax
xchg ebp, ecx
xchg ebp, ebx
xchg ebp, esp
xchg ebp, ebp
xchg ebp, edi
xchg ebp, r8d
xchg ebp, r13d
xchg ebp, r15d
lock xchg dword [rax], eax
lock xchg dword [rbx+0x7f], eax
xchg r8, rax
xchg r12, rax
xchg qword [rax], rax
xchg qword [rbx+0x7f], rax
xchg qword [rcx-0x80], rax
xchg qword [rdx+0x12345678], rax
xchg qword [rsp], rax
xchg qword [rsp+0x8], rax
xchg qword [rbp], rax
xchg qword [rbp-0x8], rax
xchg qword [r12], rax
xchg qword [r13], rax
xchg qword [r13+0x10], rax
xchg qword [rax+rbx], rax
xchg qword [rax+rcx*2], rax
xchg qword [rbx+rsi*4+0x10], rax
xchg qword [r8+r9*8-0x10], rax
xchg qword [rdi*8+0x1000], rax
xchg qword [r15+r14], rax
xchg qword [rsp+r12*4+0x80], rax
xchg qword [0x12345678], rax
xchg qword [rel $+0x100], rax
xchg qword [rel $-0x40], rax
xchg qword [eax], rax
xchg qword [ebx+ecx*4+0x8], rax
xchg qword [r10d+0x4], rax
xchg qword [fs:rax], rax
xchg qword [gs:0x28], rax
xchg qword [fs:rel $+0x10], rax
xchg [rax], rax
xchg r8, rcx
xchg r8, rdx
xchg r8, rsp
xchg r8, rbp
xchg r8, rsi
xchg r8, r8
xchg r8, r12
xchg r8, r13
xchg r8, r15
o64 xchg r8, rax
lock xchg qword [rax], rax
lock xchg qword [rbx+0x7f], rax
mov al, al
mov cl, al
mov byte [rax], al
mov byte [rbx+0x7f], al
mov byte [rcx-0x80], al
mov byte [rdx+0x12345678], al
mov byte [rsp], al
mov byte [rsp+0x8], al
mov byte [rbp], al
mov byte [rbp-0x8], al
mov byte [r12], al
mov byte [r13], al
mov byte [r13+0x10], al
mov byte [rax+rbx], al
mov byte [rax+rcx*2], al
mov byte [rbx+rsi*4+0x10], al
mov byte [r8+r9*8-0x10], al
mov byte [rdi*8+0x1000], al
mov byte [r15+r14], al
mov byte [rsp+r12*4+0x80], al
mov byte [0x12345678], al
mov byte [rel $+0x100], al
mov byte [rel $-0x40], al
mov byte [eax], al
mov byte [ebx+ecx*4+0x8], al
mov byte [r10d+0x4], al
mov byte [fs:rax], al
mov byte [gs:0x28], al
mov byte [fs:rel $+0x10], al
mov [rax], al
mov al, cl
mov al, dh
mov al, sil
mov al, r9b
mov al, r15b
mov al, spl
mov r12w, ax
mov r15w, ax
mov word [rax], ax
mov word [rbx+0x7f], ax
mov word [rcx-0x80], ax
mov word [rdx+0x12345678], ax
mov word [rsp], ax
mov word [rsp+0x8], ax
mov word [rbp], ax
mov word [rbp-0x8], ax
mov word [r12], ax
mov word [r13], ax
mov word [r13+0x10], ax
mov word [rax+rbx], ax
mov word [rax+rcx*2], ax
mov word [rbx+rsi*4+0x10], ax
mov word [r8+r9*8-0x10], ax
mov word [rdi*8+0x1000], ax
mov word [r15+r14], ax
mov word [rsp+r12*4+0x80], ax
mov word [0x12345678], ax
mov word [rel $+0x100], ax
mov word [rel $-0x40], ax
mov word [eax], ax
mov word [ebx+ecx*4+0x8], ax
mov word [r10d+0x4], ax
mov word [fs:rax], ax
mov word [gs:0x28], ax
mov word [fs:rel $+0x10], ax
mov [rax], ax
mov r12w, cx
mov r12w, bx
mov r12w, sp
mov r12w, bp
mov r12w, di
mov r12w, r8w
mov r12w, r12w
mov r12w, r15w
o16 mov r12w, ax
mov edi, eax
mov r8d, eax
mov dword [rax], eax
mov dword [rbx+0x7f], eax
mov dword [rcx-0x80], eax
mov dword [rdx+0x12345678], eax
mov dword [rsp], eax
mov dword [rsp+0x8], eax
mov dword [rbp], eax
mov dword [rbp-0x8], eax
mov dword [r12], eax
mov dword [r13], eax
mov dword [r13+0x10], eax
mov dword [rax+rbx], eax
mov dword [rax+rcx*2], eax
mov dword [rbx+rsi*4+0x10], eax
mov dword [r8+r9*8-0x10], eax
mov dword [rdi*8+0x1000], eax
mov dword [r15+r14], eax
mov dword [rsp+r12*4+0x80], eax
mov dword [0x12345678], eax
mov dword [rel $+0x100], eax
mov dword [rel $-0x40], eax
mov dword [eax], eax
mov dword [ebx+ecx*4+0x8], eax
mov dword [r10d+0x4], eax
mov dword [fs:rax], eax
mov dword [gs:0x28], eax
mov dword [fs:rel $+0x10], eax
mov [rax], eax
mov edi, ecx
mov edi, ebx
mov edi, esp
mov edi, ebp
mov edi, edi
mov edi, r8d
mov edi, r13d
mov edi, r15d
mov rbp, rax
mov rsi, rax
mov qword [rax], rax
mov qword [rbx+0x7f], rax
mov qword [rcx-0x80], rax
mov qword [rdx+0x12345678], rax
mov qword [rsp], rax
mov qword [rsp+0x8], rax
mov qword [rbp], rax
mov qword [rbp-0x8], rax
mov qword [r12], rax
mov qword [r13], rax
mov qword [r13+0x10], rax
mov qword [rax+rbx], rax
mov qword [rax+rcx*2], rax
mov qword [rbx+rsi*4+0x10], rax
mov qword [r8+r9*8-0x10], rax
mov qword [rdi*8+0x1000], rax
mov qword [r15+r14], rax
mov qword [rsp+r12*4+0x80], rax
mov qword [0x12345678], rax
mov qword [rel $+0x100], rax
mov qword [rel $-0x40], rax
mov qword [eax], rax
mov qword [ebx+ecx*4+0x8], rax
mov qword [r10d+0x4], rax
mov qword [fs:rax], rax
mov qword [gs:0x28], rax
mov qword [fs:rel $+0x10], rax
mov [rax], rax
mov rbp, rcx
mov rbp, rdx
mov rbp, rsp
mov rbp, rbp
mov rbp, rsi
mov rbp, r8
mov rbp, r12
mov rbp, r13
mov rbp, r15
o64 mov rbp, rax
mov cl, cl
mov dh, cl
mov sil, cl
mov r9b, cl
mov r15b, cl
mov spl, cl
mov al, byte [rax]
mov al, byte [rbx+0x7f]
mov al, byte [rcx-0x80]
mov al, byte [rdx+0x12345678]
mov al, byte [rsp]
mov al, byte [rsp+0x8]
mov al, byte [rbp]
mov al, byte [rbp-0x8]
mov al, byte [r12]
mov al, byte [r13]
mov al, byte [r13+0x10]
mov al, byte [rax+rbx]
mov al, byte [rax+rcx*2]
mov al, byte [rbx+rsi*4+0x10]
mov al, byte [r8+r9*8-0x10]
mov al, byte [rdi*8+0x1000]
mov al, byte [r15+r14]
mov al, byte [rsp+r12*4+0x80]
mov al, byte [0x12345678]
mov al, byte [rel $+0x100]
mov al, byte [rel $-0x40]
mov al, byte [eax]
mov al, byte [ebx+ecx*4+0x8]
mov al, byte [r10d+0x4]
mov al, byte [fs:rax]
mov al, byte [gs:0x28]
mov al, byte [fs:rel $+0x10]
mov al, [rax]
mov ax, ax
mov cx, ax
mov bx, ax
mov sp, ax
mov bp, ax
mov di, ax
mov r8w, ax
mov ax, cx
mov ax, word [rax]
mov ax, word [rbx+0x7f]
mov ax, word [rcx-0x80]
mov ax, word [rdx+0x12345678]
mov ax, word [rsp]
mov ax, word [rsp+0x8]
mov ax, word [rbp]
mov ax, word [rbp-0x8]
mov ax, word [r12]
mov ax, word [r13]
mov ax, word [r13+0x10]
mov ax, word [rax+rbx]
mov ax, word [rax+rcx*2]
mov ax, word [rbx+rsi*4+0x10]
mov ax, word [r8+r9*8-0x10]
mov ax, word [rdi*8+0x1000]
mov ax, word [r15+r14]
mov ax, word [rsp+r12*4+0x80]
mov ax, word [0x12345678]
mov ax, word [rel $+0x100]
mov ax, word [rel $-0x40]
mov ax, word [eax]
mov ax, word [ebx+ecx*4+0x8]
mov ax, word [r10d+0x4]
mov ax, word [fs:rax]
mov ax, word [gs:0x28]
mov ax, word [fs:rel $+0x10]
mov ax, [rax]
o16 mov ax, ax
mov eax, r13d
mov ecx, r13d
mov ebx, r13d
mov esp, r13d
mov ebp, r13d
mov r8d, r13d
mov r13d, r13d
mov r15d, r13d
mov eax, r15d
mov eax, dword [rax]
mov eax, dword [rbx+0x7f]
mov eax, dword [rcx-0x80]
mov eax, dword [rdx+0x12345678]
mov eax, dword [rsp]
mov eax, dword [rsp+0x8]
mov eax, dword [rbp]
mov eax, dword [rbp-0x8]
mov eax, dword [r12]
mov eax, dword [r13]
mov eax, dword [r13+0x10]
mov eax, dword [rax+rbx]
mov eax, dword [rax+rcx*2]
mov eax, dword [rbx+rsi*4+0x10]
mov eax, dword [r8+r9*8-0x10]
mov eax, dword [rdi*8+0x1000]
mov eax, dword [r15+r14]
mov eax, dword [rsp+r12*4+0x80]
mov eax, dword [0x12345678]
mov eax, dword [rel $+0x100]
mov eax, dword [rel $-0x40]
mov eax, dword [eax]
mov eax, dword [ebx+ecx*4+0x8]
mov eax, dword [r10d+0x4]
mov eax, dword [fs:rax]
mov eax, dword [gs:0x28]
mov eax, dword [fs:rel $+0x10]
mov eax, [rax]
mov rax, rsp
mov rcx, rsp
mov rdx, rsp
mov rsp, rsp
mov rsi, rsp
mov r8, rsp
mov r12, rsp
mov r13, rsp
mov r15, rsp
mov rax, rbp
mov rax, qword [rax]
mov rax, qword [rbx+0x7f]
mov rax, qword [rcx-0x80]
mov rax, qword [rdx+0x12345678]
mov rax, qword [rsp]
mov rax, qword [rsp+0x8]
mov rax, qword [rbp]
mov rax, qword [rbp-0x8]
mov rax, qword [r12]
mov rax, qword [r13]
mov rax, qword [r13+0x10]
mov rax, qword [rax+rbx]
mov rax, qword [rax+rcx*2]
mov rax, qword [rbx+rsi*4+0x10]
mov rax, qword [r8+r9*8-0x10]
mov rax, qword [rdi*8+0x1000]
mov rax, qword [r15+r14]
mov rax, qword [rsp+r12*4+0x80]
mov rax, qword [0x12345678]
mov rax, qword [rel $+0x100]
mov rax, qword [rel $-0x40]
mov rax, qword [eax]
mov rax, qword [ebx+ecx*4+0x8]
mov rax, qword [r10d+0x4]
mov rax, qword [fs:rax]
mov rax, qword [gs:0x28]
mov rax, qword [fs:rel $+0x10]
mov rax, [rax]
o64 mov rax, rsp
mov bx, es
mov sp, es
mov word [rax], es
mov word [rbx+0x7f], es
mov word [rcx-0x80], es
mov word [rdx+0x12345678], es
mov word [rsp], es
mov word [rsp+0x8], es
mov word [rbp], es
mov word [rbp-0x8], es
mov word [r12], es
mov word [r13], es
mov word [r13+0x10], es
mov word [rax+rbx], es
mov word [rax+rcx*2], es
mov word [rbx+rsi*4+0x10], es
mov word [r8+r9*8-0x10], es
mov word [rdi*8+0x1000], es
mov word [r15+r14], es
mov word [rsp+r12*4+0x80], es
mov word [0x12345678], es
mov word [rel $+0x100], es
mov word [rel $-0x40], es
mov word [eax], es
mov word [ebx+ecx*4+0x8], es
mov word [r10d+0x4], es
mov word [fs:rax], es
mov word [gs:0x28], es
mov word [fs:rel $+0x10], es
mov [rax], es
mov bx, cs
mov bx, ss
mov bx, ds
mov bx, fs
mov bx, gs
o16 mov bx, es
mov eax, es
mov ecx, es
mov eax, cs
mov eax, ss
mov eax, ds
mov eax, fs
mov eax, gs
mov rsp, es
mov rbp, es
mov rsp, cs
mov rsp, ss
mov rsp, ds
mov rsp, fs
mov rsp, gs
o64 mov rsp, es
lea ax, [rax]
lea cx, [rax]
lea bx, [rax]
lea sp, [rax]
lea bp, [rax]
lea di, [rax]
lea r8w, [rax]
lea r12w, [rax]
lea r15w, [rax]
lea ax, [rbx+0x7f]
lea ax, [rcx-0x80]
lea ax, [rdx+0x12345678]
lea ax, [rsp]
lea ax, [rsp+0x8]
lea ax, [rbp]
lea ax, [rbp-0x8]
lea ax, [r12]
lea ax, [r13]
lea ax, [r13+0x10]
lea ax, [rax+rbx]
lea ax, [rax+rcx*2]
lea ax, [rbx+rsi*4+0x10]
lea ax, [r8+r9*8-0x10]
lea ax, [rdi*8+0x1000]
lea ax, [r15+r14]
lea ax, [rsp+r12*4+0x80]
lea ax, [0x12345678]
lea ax, [rel $+0x100]
lea ax, [rel $-0x40]
lea ax, [eax]
lea ax, [ebx+ecx*4+0x8]
lea ax, [r10d+0x4]
lea ax, [fs:rax]
lea ax, [gs:0x28]
lea ax, [fs:rel $+0x10]
o16 lea ax, [rax]
lea eax, [rax]
lea ecx, [rax]
lea ebx, [rax]
lea esp, [rax]
lea ebp, [rax]
lea edi, [rax]
lea r8d, [rax]
lea r13d, [rax]
lea r15d, [rax]
lea eax, [rbx+0x7f]
lea eax, [rcx-0x80]
lea eax, [rdx+0x12345678]
lea eax, [rsp]
lea eax, [rsp+0x8]
lea eax, [rbp]
lea eax, [rbp-0x8]
lea eax, [r12]
lea eax, [r13]
lea eax, [r13+0x10]
lea eax, [rax+rbx]
lea eax, [rax+rcx*2]
lea eax, [rbx+rsi*4+0x10]
lea eax, [r8+r9*8-0x10]
lea eax, [rdi*8+0x1000]
lea eax, [r15+r14]
lea eax, [rsp+r12*4+0x80]
lea eax, [0x12345678]
lea eax, [rel $+0x100]
lea eax, [rel $-0x40]
lea eax, [eax]
lea eax, [ebx+ecx*4+0x8]
lea eax, [r10d+0x4]
lea eax, [fs:rax]
lea eax, [gs:0x28]
lea eax, [fs:rel $+0x10]
lea rax, [rax]
lea rcx, [rax]
lea rdx, [rax]
lea rsp, [rax]
lea rbp, [rax]
lea rsi, [rax]
lea r8, [rax]
lea r12, [rax]
lea r13, [rax]
lea r15, [rax]
lea rax, [rbx+0x7f]
lea rax, [rcx-0x80]
lea rax, [rdx+0x12345678]
lea rax, [rsp]
lea rax, [rsp+0x8]
lea rax, [rbp]
lea rax, [rbp-0x8]
lea rax, [r12]
lea rax, [r13]
lea rax, [r13+0x10]
lea rax, [rax+rbx]
lea rax, [rax+rcx*2]
lea rax, [rbx+rsi*4+0x10]
lea rax, [r8+r9*8-0x10]
lea rax, [rdi*8+0x1000]
lea rax, [r15+r14]
lea rax, [rsp+r12*4+0x80]
lea rax, [0x12345678]
lea rax, [rel $+0x100]
lea rax, [rel $-0x40]
lea rax, [eax]
lea rax, [ebx+ecx*4+0x8]
lea rax, [r10d+0x4]
lea rax, [fs:rax]
lea rax, [gs:0x28]
lea rax, [fs:rel $+0x10]
o64 lea rax, [rax]
mov es, ax
mov ss, ax
mov ds, ax
mov fs, ax
mov gs, ax
mov es, cx
mov es, word [rax]
mov es, word [rbx+0x7f]
mov es, word [rcx-0x80]
mov es, word [rdx+0x12345678]
mov es, word [rsp]
mov es, word [rsp+0x8]
mov es, word [rbp]
mov es, word [rbp-0x8]
mov es, word [r12]
mov es, word [r13]
mov es, word [r13+0x10]
mov es, word [rax+rbx]
mov es, word [rax+rcx*2]
mov es, word [rbx+rsi*4+0x10]
mov es, word [r8+r9*8-0x10]
mov es, word [rdi*8+0x1000]
mov es, word [r15+r14]
mov es, word [rsp+r12*4+0x80]
mov es, word [0x12345678]
mov es, word [rel $+0x100]
mov es, word [rel $-0x40]
mov es, word [eax]
mov es, word [ebx+ecx*4+0x8]
mov es, word [r10d+0x4]
mov es, word [fs:rax]
mov es, word [gs:0x28]
mov es, word [fs:rel $+0x10]
mov es, [rax]
o16 mov es, ax
mov es, r13d
mov ss, r13d
mov ds, r13d
mov fs, r13d
mov gs, r13d
mov es, r15d
mov es, r8
mov ss, r8
mov ds, r8
mov fs, r8
mov gs, r8
mov es, r12
o64 mov es, r8
pop word [rax]
pop word [rbx+0x7f]
pop word [rcx-0x80]
pop word [rdx+0x12345678]
pop word [rsp]
pop word [rsp+0x8]
pop word [rbp]
pop word [rbp-0x8]
pop word [r12]
pop word [r13]
pop word [r13+0x10]
pop word [rax+rbx]
pop word [rax+rcx*2]
pop word [rbx+rsi*4+0x10]
pop word [r8+r9*8-0x10]
pop word [rdi*8+0x1000]
pop word [r15+r14]
pop word [rsp+r12*4+0x80]
pop word [0x12345678]
pop word [rel $+0x100]
pop word [rel $-0x40]
pop word [eax]
pop word [ebx+ecx*4+0x8]
pop word [r10d+0x4]
pop word [fs:rax]
pop word [gs:0x28]
pop word [fs:rel $+0x10]
o16 pop bx
pop qword [rax]
pop qword [rbx+0x7f]
pop qword [rcx-0x80]
pop qword [rdx+0x12345678]
pop qword [rsp]
pop qword [rsp+0x8]
pop qword [rbp]
pop qword [rbp-0x8]
pop qword [r12]
pop qword [r13]
pop qword [r13+0x10]
pop qword [rax+rbx]
pop qword [rax+rcx*2]
pop qword [rbx+rsi*4+0x10]
pop qword [r8+r9*8-0x10]
pop qword [rdi*8+0x1000]
pop qword [r15+r14]
pop qword [rsp+r12*4+0x80]
pop qword [0x12345678]
pop qword [rel $+0x100]
pop qword [rel $-0x40]
pop qword [eax]
pop qword [ebx+ecx*4+0x8]
pop qword [r10d+0x4]
pop qword [fs:rax]
pop qword [gs:0x28]
pop qword [fs:rel $+0x10]
nop
xchg ax, ax
xchg cx, ax
xchg bx, ax
xchg sp, ax
xchg bp, ax
xchg di, ax
xchg r15w, ax
o16 xchg ax, ax
xchg eax, eax
xchg ecx, eax
xchg ebx, eax
xchg esp, eax
xchg r8d, eax
xchg r13d, eax
xchg r15d, eax
xchg rax, rax
xchg rcx, rax
xchg rdx, rax
xchg rsp, rax
xchg rbp, rax
xchg rsi, rax
xchg r13, rax
xchg r15, rax
o64 xchg rax, rax
pause
cbw
o16 cbw
cwde
cdqe
o64 cdqe
cwd
o16 cwd
cdq
cqo
o64 cqo
wait
pushfw
o16 pushfw
pushf
popfw
o16 popfw
popf
sahf
lahf
mov al, byte [qword 0x1122334455667788]
mov al, byte [abs qword 0x12345678]
mov al, byte [0x1234]
mov al, [qword 0x1122334455667788]
mov al, [abs qword 0x12345678]
mov al, [0x1234]
mov ax, word [qword 0x1122334455667788]
mov ax, word [abs qword 0x12345678]
mov ax, word [0x1234]
mov ax, [qword 0x1122334455667788]
mov ax, [abs qword 0x12345678]
mov ax, [0x1234]
o16 mov ax, word [qword 0x1122334455667788]
mov eax, dword [qword 0x1122334455667788]
mov eax, dword [abs qword 0x12345678]
mov eax, dword [0x1234]
mov eax, [qword 0x1122334455667788]
mov eax, [abs qword 0x12345678]
mov eax, [0x1234]
mov rax, qword [qword 0x1122334455667788]
mov rax, qword [abs qword 0x12345678]
mov rax, qword [0x1234]
mov rax, [qword 0x1122334455667788]
mov rax, [abs qword 0x12345678]
mov rax, [0x1234]
o64 mov rax, qword [qword 0x1122334455667788]
mov byte [qword 0x1122334455667788], al
mov byte [abs qword 0x12345678], al
mov byte [0x1234], al
mov [qword 0x1122334455667788], al
mov [abs qword 0x12345678], al
mov [0x1234], al
mov word [qword 0x1122334455667788], ax
mov word [abs qword 0x12345678], ax
mov word [0x1234], ax
mov [qword 0x1122334455667788], ax
mov [abs qword 0x12345678], ax
mov [0x1234], ax
o16 mov word [qword 0x1122334455667788], ax
mov dword [qword 0x1122334455667788], eax
mov dword [abs qword 0x12345678], eax
mov dword [0x1234], eax
mov [qword 0x1122334455667788], eax
mov [abs qword 0x12345678], eax
mov [0x1234], eax
mov qword [qword 0x1122334455667788], rax
mov qword [abs qword 0x12345678], rax
mov qword [0x1234], rax
mov [qword 0x1122334455667788], rax
mov [abs qword 0x12345678], rax
mov [0x1234], rax
o64 mov qword [qword 0x1122334455667788], rax
movsb
a32 movsb
rep movsb
fs movsb
rep a32 movsb
movsw
a32 movsw
rep movsw
fs movsw
rep a32 movsw
movsd
a32 movsd
rep movsd
fs movsd
rep a32 movsd
movsq
a32 movsq
rep movsq
fs movsq
rep a32 movsq
cmpsb
a32 cmpsb
rep cmpsb
repe cmpsb
repz cmpsb
repne cmpsb
repnz cmpsb
fs cmpsb
rep a32 cmpsb
cmpsw
a32 cmpsw
rep cmpsw
repe cmpsw
repz cmpsw
repne cmpsw
repnz cmpsw
fs cmpsw
rep a32 cmpsw
cmpsd
a32 cmpsd
rep cmpsd
repe cmpsd
repz cmpsd
repne cmpsd
repnz cmpsd
fs cmpsd
rep a32 cmpsd
cmpsq
a32 cmpsq
rep cmpsq
repe cmpsq
repz cmpsq
repne cmpsq
repnz cmpsq
fs cmpsq
rep a32 cmpsq
test al, 0x12
test al, 0xf0
test ax, 0x1234
test ax, 0x10
test ax, strict word 0x10
o16 test ax, 0x1234
test eax, 0x12345678
test eax, 0x7f
test eax, -0x80
test eax, strict dword 0x7f
test rax, 0x12345678
test rax, -0x12345678
test rax, 0x7f
o64 test rax, 0x12345678
stosb
a32 stosb
rep stosb
rep a32 stosb
stosw
a32 stosw
rep stosw
rep a32 stosw
stosd
a32 stosd
rep stosd
rep a32 stosd
stosq
a32 stosq
rep stosq
rep a32 stosq
lodsb
a32 lodsb
rep lodsb
fs lodsb
rep a32 lodsb
lodsw
a32 lodsw
rep lodsw
fs lodsw
rep a32 lodsw
lodsd
a32 lodsd
rep lodsd
fs lodsd
rep a32 lodsd
lodsq
a32 lodsq
rep lodsq
fs lodsq
rep a32 lodsq
scasb
a32 scasb
rep scasb
repe scasb
repz scasb
repne scasb
repnz scasb
rep a32 scasb
scasw
a32 scasw
rep scasw
repe scasw
repz scasw
repne scasw
repnz scasw
rep a32 scasw
scasd
a32 scasd
rep scasd
repe scasd
repz scasd
repne scasd
repnz scasd
rep a32 scasd
scasq
a32 scasq
rep scasq
repe scasq
repz scasq
repne scasq
repnz scasq
rep a32 scasq
mov al, 0x12
mov cl, 0x12
mov dh, 0x12
mov sil, 0x12
mov r9b, 0x12
mov r15b, 0x12
mov spl, 0x12
mov al, 0xf0
mov ax, 0x1234
mov cx, 0x1234
mov bx, 0x1234
mov sp, 0x1234
mov bp, 0x1234
mov di, 0x1234
mov r8w, 0x1234
mov r12w, 0x1234
mov r15w, 0x1234
mov ax, 0x10
mov ax, strict word 0x10
o16 mov ax, 0x1234
mov eax, 0x12345678
mov ecx, 0x12345678
mov ebx, 0x12345678
mov esp, 0x12345678
mov ebp, 0x12345678
mov edi, 0x12345678
mov r8d, 0x12345678
mov r13d, 0x12345678
mov r15d, 0x12345678
mov eax, 0x7f
mov eax, -0x80
mov eax, strict dword 0x7f
mov rax, 0x123456789abcdef0
mov rcx, 0x123456789abcdef0
mov rdx, 0x123456789abcdef0
mov rsp, 0x123456789abcdef0
mov rbp, 0x123456789abcdef0
mov rsi, 0x123456789abcdef0
mov r8, 0x123456789abcdef0
mov r12, 0x123456789abcdef0
mov r13, 0x123456789abcdef0
mov r15, 0x123456789abcdef0
mov rax, -0x123456789
mov rax, 0x12345678
mov rax, strict qword 0x1
o64 mov rax, 0x123456789abcdef0
rol al, 0x12
rol cl, 0x12
rol byte [rax], 0x12
rol byte [0x12345678], 0x12
rol byte [rel $+0x100], 0x12
rol byte [rel $-0x40], 0x12
rol byte [eax], 0x12
rol al, 0xf0
ror al, 0x12
ror cl, 0x12
ror byte [rax], 0x12
ror byte [gs:0x28], 0x12
ror byte [fs:rel $+0x10], 0x12
ror byte [rbx+0x7f], 0x12
ror byte [rcx-0x80], 0x12
ror al, 0xf0
rcl al, 0x12
rcl cl, 0x12
rcl byte [rax], 0x12
rcl byte [rbp], 0x12
rcl byte [rbp-0x8], 0x12
rcl byte [r12], 0x12
rcl byte [r13], 0x12
rcl al, 0xf0
rcr al, 0x12
rcr cl, 0x12
rcr byte [rax], 0x12
rcr byte [rbx+rsi*4+0x10], 0x12
rcr byte [r8+r9*8-0x10], 0x12
rcr byte [rdi*8+0x1000], 0x12
rcr byte [r15+r14], 0x12
rcr al, 0xf0
shl al, 0x12
shl cl, 0x12
shl byte [rax], 0x12
shl byte [rbx+0x7f], 0x12
shl byte [rcx-0x80], 0x12
shl byte [rdx+0x12345678], 0x12
shl byte [rsp], 0x12
shl byte [rsp+0x8], 0x12
shl byte [rbp], 0x12
shl byte [rbp-0x8], 0x12
shl byte [r12], 0x12
shl byte [r13], 0x12
shl byte [r13+0x10], 0x12
shl byte [rax+rbx], 0x12
shl byte [rax+rcx*2], 0x12
shl byte [rbx+rsi*4+0x10], 0x12
shl byte [r8+r9*8-0x10], 0x12
shl byte [rdi*8+0x1000], 0x12
shl byte [r15+r14], 0x12
shl byte [rsp+r12*4+0x80], 0x12
shl byte [0x12345678], 0x12
shl byte [rel $+0x100], 0x12
shl byte [rel $-0x40], 0x12
shl byte [eax], 0x12
shl byte [ebx+ecx*4+0x8], 0x12
shl byte [r10d+0x4], 0x12
shl byte [fs:rax], 0x12
shl byte [gs:0x28], 0x12
shl byte [fs:rel $+0x10], 0x12
shl al, 0xf0
shr al, 0x12
shr cl, 0x12
shr byte [rax], 0x12
shr byte [rbx+0x7f], 0x12
shr byte [rcx-0x80], 0x12
shr byte [rdx+0x12345678], 0x12
shr byte [rsp], 0x12
shr al, 0xf0
sal al, 0x12
sal cl, 0x12
sal byte [rax], 0x12
sal byte [r12], 0x12
sal byte [r13], 0x12
sal byte [r13+0x10], 0x12
sal byte [rax+rbx], 0x12
sal al, 0xf0
sar al, 0x12
sar cl, 0x12
sar byte [rax], 0x12
sar byte [rdi*8+0x1000], 0x12
sar byte [r15+r14], 0x12
sar byte [rsp+r12*4+0x80], 0x12
sar byte [0x12345678], 0x12
sar al, 0xf0
rol bp, 0x12
rol di, 0x12
rol word [rax], 0x12
rol word [ebx+ecx*4+0x8], 0x12
rol word [r10d+0x4], 0x12
rol word [fs:rax], 0x12
rol word [gs:0x28], 0x12
rol bp, 0xf0
o16 rol bp, 0x12
rol ebx, 0x12
rol esp, 0x12
rol dword [rax], 0x12
rol dword [rdx+0x12345678], 0x12
rol dword [rsp], 0x12
rol dword [rsp+0x8], 0x12
rol dword [rbp], 0x12
rol ebx, 0xf0
rol rsp, 0x12
rol rbp, 0x12
rol qword [rax], 0x12
rol qword [r13+0x10], 0x12
rol qword [rax+rbx], 0x12
rol qword [rax+rcx*2], 0x12
rol qword [rbx+rsi*4+0x10], 0x12
rol rsp, 0xf0
o64 rol rsp, 0x12
ror r12w, 0x12
ror r15w, 0x12
ror word [rax], 0x12
ror word [rsp+r12*4+0x80], 0x12
ror word [0x12345678], 0x12
ror word [rel $+0x100], 0x12
ror word [rel $-0x40], 0x12
ror r12w, 0xf0
o16 ror r12w, 0x12
ror edi, 0x12
ror r8d, 0x12
ror dword [rax], 0x12
ror dword [fs:rax], 0x12
ror dword [gs:0x28], 0x12
ror dword [fs:rel $+0x10], 0x12
ror dword [rbx+0x7f], 0x12
ror edi, 0xf0
ror rbp, 0x12
ror rsi, 0x12
ror qword [rax], 0x12
ror qword [rsp+0x8], 0x12
ror qword [rbp], 0x12
ror qword [rbp-0x8], 0x12
ror qword [r12], 0x12
ror rbp, 0xf0
o64 ror rbp, 0x12
rcl cx, 0x12
rcl bx, 0x12
rcl word [rax], 0x12
rcl word [rax+rcx*2], 0x12
rcl word [rbx+rsi*4+0x10], 0x12
rcl word [r8+r9*8-0x10], 0x12
rcl word [rdi*8+0x1000], 0x12
rcl cx, 0xf0
o16 rcl cx, 0x12
rcl r15d, 0x12
rcl eax, 0x12
rcl dword [rax], 0x12
rcl dword [rel $+0x100], 0x12
rcl dword [rel $-0x40], 0x12
rcl dword [eax], 0x12
rcl dword [ebx+ecx*4+0x8], 0x12
rcl r15d, 0xf0
rcl rsi, 0x12
rcl r8, 0x12
rcl qword [rax], 0x12
rcl qword [fs:rel $+0x10], 0x12
rcl qword [rbx+0x7f], 0x12
rcl qword [rcx-0x80], 0x12
rcl qword [rdx+0x12345678], 0x12
rcl rsi, 0xf0
o64 rcl rsi, 0x12
rcr bp, 0x12
rcr di, 0x12
rcr word [rax], 0x12
rcr word [rbp-0x8], 0x12
rcr word [r12], 0x12
rcr word [r13], 0x12
rcr word [r13+0x10], 0x12
rcr bp, 0xf0
o16 rcr bp, 0x12
rcr ebx, 0x12
rcr esp, 0x12
rcr dword [rax], 0x12
rcr dword [r8+r9*8-0x10], 0x12
rcr dword [rdi*8+0x1000], 0x12
rcr dword [r15+r14], 0x12
rcr dword [rsp+r12*4+0x80], 0x12
rcr ebx, 0xf0
rcr r8, 0x12
rcr r12, 0x12
rcr qword [rax], 0x12
rcr qword [eax], 0x12
rcr qword [ebx+ecx*4+0x8], 0x12
rcr qword [r10d+0x4], 0x12
rcr qword [fs:rax], 0x12
rcr r8, 0xf0
o64 rcr r8, 0x12
shl r12w, 0x12
shl r15w, 0x12
shl word [rax], 0x12
shl word [rbx+0x7f], 0x12
shl word [rcx-0x80], 0x12
shl word [rdx+0x12345678], 0x12
shl word [rsp], 0x12
shl word [rsp+0x8], 0x12
shl word [rbp], 0x12
shl word [rbp-0x8], 0x12
shl word [r12], 0x12
shl word [r13], 0x12
shl word [r13+0x10], 0x12
shl word [rax+rbx], 0x12
shl word [rax+rcx*2], 0x12
shl word [rbx+rsi*4+0x10], 0x12
shl word [r8+r9*8-0x10], 0x12
shl word [rdi*8+0x1000], 0x12
shl word [r15+r14], 0x12
shl word [rsp+r12*4+0x80], 0x12
shl word [0x12345678], 0x12
shl word [rel $+0x100], 0x12
shl word [rel $-0x40], 0x12
shl word [eax], 0x12
shl word [ebx+ecx*4+0x8], 0x12
shl word [r10d+0x4], 0x12
shl word [fs:rax], 0x12
shl word [gs:0x28], 0x12
shl word [fs:rel $+0x10], 0x12
shl r12w, 0xf0
o16 shl r12w, 0x12
shl edi, 0x12
shl r8d, 0x12
shl dword [rax], 0x12
shl dword [rbx+0x7f], 0x12
shl dword [rcx-0x80], 0x12
shl dword [rdx+0x12345678], 0x12
shl dword [rsp], 0x12
shl dword [rsp+0x8], 0x12
shl dword [rbp], 0x12
shl dword [rbp-0x8], 0x12
shl dword [r12], 0x12
shl dword [r13], 0x12
shl dword [r13+0x10], 0x12
shl dword [rax+rbx], 0x12
shl dword [rax+rcx*2], 0x12
shl dword [rbx+rsi*4+0x10], 0x12
shl dword [r8+r9*8-0x10], 0x12
shl dword [rdi*8+0x1000], 0x12
shl dword [r15+r14], 0x12
shl dword [rsp+r12*4+0x80], 0x12
shl dword [0x12345678], 0x12
shl dword [rel $+0x100], 0x12
shl dword [rel $-0x40], 0x12
shl dword [eax], 0x12
shl dword [ebx+ecx*4+0x8], 0x12
shl dword [r10d+0x4], 0x12
shl dword [fs:rax], 0x12
shl dword [gs:0x28], 0x12
shl dword [fs:rel $+0x10], 0x12
shl edi, 0xf0
shl r12, 0x12
shl r13, 0x12
shl qword [rax], 0x12
shl qword [rbx+0x7f], 0x12
shl qword [rcx-0x80], 0x12
shl qword [rdx+0x12345678], 0x12
shl qword [rsp], 0x12
shl qword [rsp+0x8], 0x12
shl qword [rbp], 0x12
shl qword [rbp-0x8], 0x12
shl qword [r12], 0x12
shl qword [r13], 0x12
shl qword [r13+0x10], 0x12
shl qword [rax+rbx], 0x12
shl qword [rax+rcx*2], 0x12
shl qword [rbx+rsi*4+0x10], 0x12
shl qword [r8+r9*8-0x10], 0x12
shl qword [rdi*8+0x1000], 0x12
shl qword [r15+r14], 0x12
shl qword [rsp+r12*4+0x80], 0x12
shl qword [0x12345678], 0x12
shl qword [rel $+0x100], 0x12
shl qword [rel $-0x40], 0x12
shl qword [eax], 0x12
shl qword [ebx+ecx*4+0x8], 0x12
shl qword [r10d+0x4], 0x12
shl qword [fs:rax], 0x12
shl qword [gs:0x28], 0x12
shl qword [fs:rel $+0x10], 0x12
shl r12, 0xf0
o64 shl r12, 0x12
shr cx, 0x12
shr bx, 0x12
shr word [rax], 0x12
shr word [r10d+0x4], 0x12
shr word [fs:rax], 0x12
shr word [gs:0x28], 0x12
shr word [fs:rel $+0x10], 0x12
shr cx, 0xf0
o16 shr cx, 0x12
shr r15d, 0x12
shr eax, 0x12
shr dword [rax], 0x12
shr dword [rsp], 0x12
shr dword [rsp+0x8], 0x12
shr dword [rbp], 0x12
shr dword [rbp-0x8], 0x12
shr r15d, 0xf0
shr r13, 0x12
shr r15, 0x12
shr qword [rax], 0x12
shr qword [rax+rbx], 0x12
shr qword [rax+rcx*2], 0x12
shr qword [rbx+rsi*4+0x10], 0x12
shr qword [r8+r9*8-0x10], 0x12
shr r13, 0xf0
o64 shr r13, 0x12
sal bp, 0x12
sal di, 0x12
sal word [rax], 0x12
sal word [0x12345678], 0x12
sal word [rel $+0x100], 0x12
sal word [rel $-0x40], 0x12
sal word [eax], 0x12
sal bp, 0xf0
o16 sal bp, 0x12
sal ebx, 0x12
sal esp, 0x12
sal dword [rax], 0x12
sal dword [gs:0x28], 0x12
sal dword [fs:rel $+0x10], 0x12
sal dword [rbx+0x7f], 0x12
sal dword [rcx-0x80], 0x12
sal ebx, 0xf0
sal r15, 0x12
sal rax, 0x12
sal qword [rax], 0x12
sal qword [rbp], 0x12
sal qword [rbp-0x8], 0x12
sal qword [r12], 0x12
sal qword [r13], 0x12
sal r15, 0xf0
o64 sal r15, 0x12
sar r12w, 0x12
sar r15w, 0x12
sar word [rax], 0x12
sar word [rbx+rsi*4+0x10], 0x12
sar word [r8+r9*8-0x10], 0x12
sar word [rdi*8+0x1000], 0x12
sar word [r15+r14], 0x12
sar r12w, 0xf0
o16 sar r12w, 0x12
sar edi, 0x12
sar r8d, 0x12
sar dword [rax], 0x12
sar dword [rel $-0x40], 0x12
sar dword [eax], 0x12
sar dword [ebx+ecx*4+0x8], 0x12
sar dword [r10d+0x4], 0x12
sar edi, 0xf0
sar rax, 0x12
sar rcx, 0x12
sar qword [rax], 0x12
sar qword [rbx+0x7f], 0x12
sar qword [rcx-0x80], 0x12
sar qword [rdx+0x12345678], 0x12
sar qword [rsp], 0x12
sar rax, 0xf0
o64 sar rax, 0x12
o16 retw 0x1234
ret 0x1234
ret 0x10
ret strict word 0x10
retw
o16 retw
ret
mov byte [rax], 0x12
mov byte [rbx+0x7f], 0x12
mov byte [rcx-0x80], 0x12
mov byte [rdx+0x12345678], 0x12
mov byte [rsp], 0x12
mov byte [rsp+0x8], 0x12
mov byte [rbp], 0x12
mov byte [rbp-0x8], 0x12
mov byte [r12], 0x12
mov byte [r13], 0x12
mov byte [r13+0x10], 0x12
mov byte [rax+rbx], 0x12
mov byte [rax+rcx*2], 0x12
mov byte [rbx+rsi*4+0x10], 0x12
mov byte [r8+r9*8-0x10], 0x12
mov byte [rdi*8+0x1000], 0x12
mov byte [r15+r14], 0x12
mov byte [rsp+r12*4+0x80], 0x12
mov byte [0x12345678], 0x12
mov byte [rel $+0x100], 0x12
mov byte [rel $-0x40], 0x12
mov byte [eax], 0x12
mov byte [ebx+ecx*4+0x8], 0x12
mov byte [r10d+0x4], 0x12
mov byte [fs:rax], 0x12
mov byte [gs:0x28], 0x12
mov byte [fs:rel $+0x10], 0x12
xabort 0x12
xabort 0xf0
mov word [rax], 0x1234
mov word [rbx+0x7f], 0x1234
mov word [rcx-0x80], 0x1234
mov word [rdx+0x12345678], 0x1234
mov word [rsp], 0x1234
mov word [rsp+0x8], 0x1234
mov word [rbp], 0x1234
mov word [rbp-0x8], 0x1234
mov word [r12], 0x1234
mov word [r13], 0x1234
mov word [r13+0x10], 0x1234
mov word [rax+rbx], 0x1234
mov word [rax+rcx*2], 0x1234
mov word [rbx+rsi*4+0x10], 0x1234
mov word [r8+r9*8-0x10], 0x1234
mov word [rdi*8+0x1000], 0x1234
mov word [r15+r14], 0x1234
mov word [rsp+r12*4+0x80], 0x1234
mov word [0x12345678], 0x1234
mov word [rel $+0x100], 0x1234
mov word [rel $-0x40], 0x1234
mov word [eax], 0x1234
mov word [ebx+ecx*4+0x8], 0x1234
mov word [r10d+0x4], 0x1234
mov word [fs:rax], 0x1234
mov word [gs:0x28], 0x1234
mov word [fs:rel $+0x10], 0x1234
mov bp, 0x10
mov bp, strict word 0x10
o16 mov bp, 0x1234
mov dword [rax], 0x12345678
mov dword [rbx+0x7f], 0x12345678
mov dword [rcx-0x80], 0x12345678
mov dword [rdx+0x12345678], 0x12345678
mov dword [rsp], 0x12345678
mov dword [rsp+0x8], 0x12345678
mov dword [rbp], 0x12345678
mov dword [rbp-0x8], 0x12345678
mov dword [r12], 0x12345678
mov dword [r13], 0x12345678
mov dword [r13+0x10], 0x12345678
mov dword [rax+rbx], 0x12345678
mov dword [rax+rcx*2], 0x12345678
mov dword [rbx+rsi*4+0x10], 0x12345678
mov dword [r8+r9*8-0x10], 0x12345678
mov dword [rdi*8+0x1000], 0x12345678
mov dword [r15+r14], 0x12345678
mov dword [rsp+r12*4+0x80], 0x12345678
mov dword [0x12345678], 0x12345678
mov dword [rel $+0x100], 0x12345678
mov dword [rel $-0x40], 0x12345678
mov dword [eax], 0x12345678
mov dword [ebx+ecx*4+0x8], 0x12345678
mov dword [r10d+0x4], 0x12345678
mov dword [fs:rax], 0x12345678
mov dword [gs:0x28], 0x12345678
mov dword [fs:rel $+0x10], 0x12345678
mov ebx, 0x7f
mov ebx, -0x80
mov ebx, strict dword 0x7f
mov rsi, 0x12345678
mov r8, 0x12345678
mov qword [rax], 0x12345678
mov qword [rbx+0x7f], 0x12345678
mov qword [rcx-0x80], 0x12345678
mov qword [rdx+0x12345678], 0x12345678
mov qword [rsp], 0x12345678
mov qword [rsp+0x8], 0x12345678
mov qword [rbp], 0x12345678
mov qword [rbp-0x8], 0x12345678
mov qword [r12], 0x12345678
mov qword [r13], 0x12345678
mov qword [r13+0x10], 0x12345678
mov qword [rax+rbx], 0x12345678
mov qword [rax+rcx*2], 0x12345678
mov qword [rbx+rsi*4+0x10], 0x12345678
mov qword [r8+r9*8-0x10], 0x12345678
mov qword [rdi*8+0x1000], 0x12345678
mov qword [r15+r14], 0x12345678
mov qword [rsp+r12*4+0x80], 0x12345678
mov qword [0x12345678], 0x12345678
mov qword [rel $+0x100], 0x12345678
mov qword [rel $-0x40], 0x12345678
mov qword [eax], 0x12345678
mov qword [ebx+ecx*4+0x8], 0x12345678
mov qword [r10d+0x4], 0x12345678
mov qword [fs:rax], 0x12345678
mov qword [gs:0x28], 0x12345678
mov qword [fs:rel $+0x10], 0x12345678
mov rsi, -0x12345678
mov rsi, 0x7f
mov rsi, strict dword 0x7f
o64 mov rsi, 0x12345678
xbegin near $+0x1000
xbegin $+0x1234
xbegin near $-0x80
o16 enter 0x1234, 0x12
o16 enter 0x10, 0x12
o16 enter 0x1234, 0xf0
enter 0x1234, 0x12
enter 0x10, 0x12
enter 0x1234, 0xf0
o16 leave
leave
retfw 0x1234
retfw 0x10
retfw strict word 0x10
o16 retfw 0x1234
retf 0x1234
retf 0x10
retf strict word 0x10
retfq 0x1234
retfq 0x10
retfq strict word 0x10
o64 retfq 0x1234
retfw
o16 retfw
retf
retfq
o64 retfq
int3
int 0x12
int 0xf0
iretw
o16 iretw
iret
iretq
o64 iretq
rol al, 1
rol cl, 1
rol byte [rax], 1
rol byte [rel $+0x100], 1
rol byte [rel $-0x40], 1
rol byte [eax], 1
rol byte [ebx+ecx*4+0x8], 1
ror al, 1
ror cl, 1
ror byte [rax], 1
ror byte [fs:rel $+0x10], 1
ror byte [rbx+0x7f], 1
ror byte [rcx-0x80], 1
ror byte [rdx+0x12345678], 1
rcl al, 1
rcl cl, 1
rcl byte [rax], 1
rcl byte [rbp-0x8], 1
rcl byte [r12], 1
rcl byte [r13], 1
rcl byte [r13+0x10], 1
rcr al, 1
rcr cl, 1
rcr byte [rax], 1
rcr byte [r8+r9*8-0x10], 1
rcr byte [rdi*8+0x1000], 1
rcr byte [r15+r14], 1
rcr byte [rsp+r12*4+0x80], 1
shl al, 1
shl cl, 1
shl byte [rax], 1
shl byte [rbx+0x7f], 1
shl byte [rcx-0x80], 1
shl byte [rdx+0x12345678], 1
shl byte [rsp], 1
shl byte [rsp+0x8], 1
shl byte [rbp], 1
shl byte [rbp-0x8], 1
shl byte [r12], 1
shl byte [r13], 1
shl byte [r13+0x10], 1
shl byte [rax+rbx], 1
shl byte [rax+rcx*2], 1
shl byte [rbx+rsi*4+0x10], 1
shl byte [r8+r9*8-0x10], 1
shl byte [rdi*8+0x1000], 1
shl byte [r15+r14], 1
shl byte [rsp+r12*4+0x80], 1
shl byte [0x12345678], 1
shl byte [rel $+0x100], 1
shl byte [rel $-0x40], 1
shl byte [eax], 1
shl byte [ebx+ecx*4+0x8], 1
shl byte [r10d+0x4], 1
shl byte [fs:rax], 1
shl byte [gs:0x28], 1
shl byte [fs:rel $+0x10], 1
shr al, 1
shr cl, 1
shr byte [rax], 1
shr byte [rcx-0x80], 1
shr byte [rdx+0x12345678], 1
shr byte [rsp], 1
shr byte [rsp+0x8], 1
sal al, 1
sal cl, 1
sal byte [rax], 1
sal byte [r13], 1
sal byte [r13+0x10], 1
sal byte [rax+rbx], 1
sal byte [rax+rcx*2], 1
sar al, 1
sar cl, 1
sar byte [rax], 1
sar byte [r15+r14], 1
sar byte [rsp+r12*4+0x80], 1
sar byte [0x12345678], 1
sar byte [rel $+0x100], 1
rol di, 1
rol r8w, 1
rol word [rax], 1
rol word [r10d+0x4], 1
rol word [fs:rax], 1
rol word [gs:0x28], 1
rol word [fs:rel $+0x10], 1
o16 rol di, 1
rol esp, 1
rol ebp, 1
rol dword [rax], 1
rol dword [rsp], 1
rol dword [rsp+0x8], 1
rol dword [rbp], 1
rol dword [rbp-0x8], 1
rol rdx, 1
rol rsp, 1
rol qword [rax], 1
rol qword [rax+rbx], 1
rol qword [rax+rcx*2], 1
rol qword [rbx+rsi*4+0x10], 1
rol qword [r8+r9*8-0x10], 1
o64 rol rdx, 1
ror r15w, 1
ror ax, 1
ror word [rax], 1
ror word [0x12345678], 1
ror word [rel $+0x100], 1
ror word [rel $-0x40], 1
ror word [eax], 1
o16 ror r15w, 1
ror r8d, 1
ror r13d, 1
ror dword [rax], 1
ror dword [gs:0x28], 1
ror dword [fs:rel $+0x10], 1
ror dword [rbx+0x7f], 1
ror dword [rcx-0x80], 1
ror rsp, 1
ror rbp, 1
ror qword [rax], 1
ror qword [rbp], 1
ror qword [rbp-0x8], 1
ror qword [r12], 1
ror qword [r13], 1
o64 ror rsp, 1
rcl bx, 1
rcl sp, 1
rcl word [rax], 1
rcl word [rbx+rsi*4+0x10], 1
rcl word [r8+r9*8-0x10], 1
rcl word [rdi*8+0x1000], 1
rcl word [r15+r14], 1
o16 rcl bx, 1
rcl eax, 1
rcl ecx, 1
rcl dword [rax], 1
rcl dword [rel $-0x40], 1
rcl dword [eax], 1
rcl dword [ebx+ecx*4+0x8], 1
rcl dword [r10d+0x4], 1
rcl rbp, 1
rcl rsi, 1
rcl qword [rax], 1
rcl qword [rbx+0x7f], 1
rcl qword [rcx-0x80], 1
rcl qword [rdx+0x12345678], 1
rcl qword [rsp], 1
o64 rcl rbp, 1
rcr di, 1
rcr r8w, 1
rcr word [rax], 1
rcr word [r12], 1
rcr word [r13], 1
rcr word [r13+0x10], 1
rcr word [rax+rbx], 1
o16 rcr di, 1
rcr esp, 1
rcr ebp, 1
rcr dword [rax], 1
rcr dword [rdi*8+0x1000], 1
rcr dword [r15+r14], 1
rcr dword [rsp+r12*4+0x80], 1
rcr dword [0x12345678], 1
rcr rsi, 1
rcr r8, 1
rcr qword [rax], 1
rcr qword [ebx+ecx*4+0x8], 1
rcr qword [r10d+0x4], 1
rcr qword [fs:rax], 1
rcr qword [gs:0x28], 1
o64 rcr rsi, 1
shl r15w, 1
shl ax, 1
shl word [rax], 1
shl word [rbx+0x7f], 1
shl word [rcx-0x80], 1
shl word [rdx+0x12345678], 1
shl word [rsp], 1
shl word [rsp+0x8], 1
shl word [rbp], 1
shl word [rbp-0x8], 1
shl word [r12], 1
shl word [r13], 1
shl word [r13+0x10], 1
shl word [rax+rbx], 1
shl word [rax+rcx*2], 1
shl word [rbx+rsi*4+0x10], 1
shl word [r8+r9*8-0x10], 1
shl word [rdi*8+0x1000], 1
shl word [r15+r14], 1
shl word [rsp+r12*4+0x80], 1
shl word [0x12345678], 1
shl word [rel $+0x100], 1
shl word [rel $-0x40], 1
shl word [eax], 1
shl word [ebx+ecx*4+0x8], 1
shl word [r10d+0x4], 1
shl word [fs:rax], 1
shl word [gs:0x28], 1
shl word [fs:rel $+0x10], 1
o16 shl r15w, 1
shl r8d, 1
shl r13d, 1
shl dword [rax], 1
shl dword [rbx+0x7f], 1
shl dword [rcx-0x80], 1
shl dword [rdx+0x12345678], 1
shl dword [rsp], 1
shl dword [rsp+0x8], 1
shl dword [rbp], 1
shl dword [rbp-0x8], 1
shl dword [r12], 1
shl dword [r13], 1
shl dword [r13+0x10], 1
shl dword [rax+rbx], 1
shl dword [rax+rcx*2], 1
shl dword [rbx+rsi*4+0x10], 1
shl dword [r8+r9*8-0x10], 1
shl dword [rdi*8+0x1000], 1
shl dword [r15+r14], 1
shl dword [rsp+r12*4+0x80], 1
shl dword [0x12345678], 1
shl dword [rel $+0x100], 1
shl dword [rel $-0x40], 1
shl dword [eax], 1
shl dword [ebx+ecx*4+0x8], 1
shl dword [r10d+0x4], 1
shl dword [fs:rax], 1
shl dword [gs:0x28], 1
shl dword [fs:rel $+0x10], 1
shl r8, 1
shl r12, 1
shl qword [rax], 1
shl qword [rbx+0x7f], 1
shl qword [rcx-0x80], 1
shl qword [rdx+0x12345678], 1
shl qword [rsp], 1
shl qword [rsp+0x8], 1
shl qword [rbp], 1
shl qword [rbp-0x8], 1
shl qword [r12], 1
shl qword [r13], 1
shl qword [r13+0x10], 1
shl qword [rax+rbx], 1
shl qword [rax+rcx*2], 1
shl qword [rbx+rsi*4+0x10], 1
shl qword [r8+r9*8-0x10], 1
shl qword [rdi*8+0x1000], 1
shl qword [r15+r14], 1
shl qword [rsp+r12*4+0x80], 1
shl qword [0x12345678], 1
shl qword [rel $+0x100], 1
shl qword [rel $-0x40], 1
shl qword [eax], 1
shl qword [ebx+ecx*4+0x8], 1
shl qword [r10d+0x4], 1
shl qword [fs:rax], 1
shl qword [gs:0x28], 1
shl qword [fs:rel $+0x10], 1
o64 shl r8, 1
shr bx, 1
shr sp, 1
shr word [rax], 1
shr word [fs:rax], 1
shr word [gs:0x28], 1
shr word [fs:rel $+0x10], 1
shr word [rbx+0x7f], 1
o16 shr bx, 1
shr eax, 1
shr ecx, 1
shr dword [rax], 1
shr dword [rsp+0x8], 1
shr dword [rbp], 1
shr dword [rbp-0x8], 1
shr dword [r12], 1
shr r12, 1
shr r13, 1
shr qword [rax], 1
shr qword [rax+rcx*2], 1
shr qword [rbx+rsi*4+0x10], 1
shr qword [r8+r9*8-0x10], 1
shr qword [rdi*8+0x1000], 1
o64 shr r12, 1
sal di, 1
sal r8w, 1
sal word [rax], 1
sal word [rel $+0x100], 1
sal word [rel $-0x40], 1
sal word [eax], 1
sal word [ebx+ecx*4+0x8], 1
o16 sal di, 1
sal esp, 1
sal ebp, 1
sal dword [rax], 1
sal dword [fs:rel $+0x10], 1
sal dword [rbx+0x7f], 1
sal dword [rcx-0x80], 1
sal dword [rdx+0x12345678], 1
sal r13, 1
sal r15, 1
sal qword [rax], 1
sal qword [rbp-0x8], 1
sal qword [r12], 1
sal qword [r13], 1
sal qword [r13+0x10], 1
o64 sal r13, 1
sar r15w, 1
sar ax, 1
sar word [rax], 1
sar word [r8+r9*8-0x10], 1
sar word [rdi*8+0x1000], 1
sar word [r15+r14], 1
sar word [rsp+r12*4+0x80], 1
o16 sar r15w, 1
sar r8d, 1
sar r13d, 1
sar dword [rax], 1
sar dword [eax], 1
sar dword [ebx+ecx*4+0x8], 1
sar dword [r10d+0x4], 1
sar dword [fs:rax], 1
sar r15, 1
sar rax, 1
sar qword [rax], 1
sar qword [rcx-0x80], 1
sar qword [rdx+0x12345678], 1
sar qword [rsp], 1
sar qword [rsp+0x8], 1
o64 sar r15, 1
rol al, cl
rol cl, cl
rol byte [rax], cl
rol byte [r13], cl
rol byte [r13+0x10], cl
rol byte [rax+rbx], cl
rol byte [rax+rcx*2], cl
ror al, cl
ror cl, cl
ror byte [rax], cl
ror byte [r15+r14], cl
ror byte [rsp+r12*4+0x80], cl
ror byte [0x12345678], cl
ror byte [rel $+0x100], cl
rcl al, cl
rcl cl, cl
rcl byte [rax], cl
rcl byte [r10d+0x4], cl
rcl byte [fs:rax], cl
rcl byte [gs:0x28], cl
rcl byte [fs:rel $+0x10], cl
rcr al, cl
rcr cl, cl
rcr byte [rax], cl
rcr byte [rsp], cl
rcr byte [rsp+0x8], cl
rcr byte [rbp], cl
rcr byte [rbp-0x8], cl
shl al, cl
shl cl, cl
shl byte [rax], cl
shl byte [rbx+0x7f], cl
shl byte [rcx-0x80], cl
shl byte [rdx+0x12345678], cl
shl byte [rsp], cl
shl byte [rsp+0x8], cl
shl byte [rbp], cl
shl byte [rbp-0x8], cl
shl byte [r12], cl
shl byte [r13], cl
shl byte [r13+0x10], cl
shl byte [rax+rbx], cl
shl byte [rax+rcx*2], cl
shl byte [rbx+rsi*4+0x10], cl
shl byte [r8+r9*8-0x10], cl
shl byte [rdi*8+0x1000], cl
shl byte [r15+r14], cl
shl byte [rsp+r12*4+0x80], cl
shl byte [0x12345678], cl
shl byte [rel $+0x100], cl
shl byte [rel $-0x40], cl
shl byte [eax], cl
shl byte [ebx+ecx*4+0x8], cl
shl byte [r10d+0x4], cl
shl byte [fs:rax], cl
shl byte [gs:0x28], cl
shl byte [fs:rel $+0x10], cl
shr al, cl
shr cl, cl
shr byte [rax], cl
shr byte [0x12345678], cl
shr byte [rel $+0x100], cl
shr byte [rel $-0x40], cl
shr byte [eax], cl
sal al, cl
sal cl, cl
sal byte [rax], cl
sal byte [gs:0x28], cl
sal byte [fs:rel $+0x10], cl
sal byte [rbx+0x7f], cl
sal byte [rcx-0x80], cl
sar al, cl
sar cl, cl
sar byte [rax], cl
sar byte [rbp], cl
sar byte [rbp-0x8], cl
sar byte [r12], cl
sar byte [r13], cl
rol bp, cl
rol di, cl
rol word [rax], cl
rol word [rbx+rsi*4+0x10], cl
rol word [r8+r9*8-0x10], cl
rol word [rdi*8+0x1000], cl
rol word [r15+r14], cl
o16 rol bp, cl
rol ebx, cl
rol esp, cl
rol dword [rax], cl
rol dword [rel $-0x40], cl
rol dword [eax], cl
rol dword [ebx+ecx*4+0x8], cl
rol dword [r10d+0x4], cl
rol r8, cl
rol r12, cl
rol qword [rax], cl
rol qword [rbx+0x7f], cl
rol qword [rcx-0x80], cl
rol qword [rdx+0x12345678], cl
rol qword [rsp], cl
o64 rol r8, cl
ror r12w, cl
ror r15w, cl
ror word [rax], cl
ror word [r12], cl
ror word [r13], cl
ror word [r13+0x10], cl
ror word [rax+rbx], cl
o16 ror r12w, cl
ror edi, cl
ror r8d, cl
ror dword [rax], cl
ror dword [rdi*8+0x1000], cl
ror dword [r15+r14], cl
ror dword [rsp+r12*4+0x80], cl
ror dword [0x12345678], cl
ror r12, cl
ror r13, cl
ror qword [rax], cl
ror qword [ebx+ecx*4+0x8], cl
ror qword [r10d+0x4], cl
ror qword [fs:rax], cl
ror qword [gs:0x28], cl
o64 ror r12, cl
rcl cx, cl
rcl bx, cl
rcl word [rax], cl
rcl word [rdx+0x12345678], cl
rcl word [rsp], cl
rcl word [rsp+0x8], cl
rcl word [rbp], cl
o16 rcl cx, cl
rcl r15d, cl
rcl eax, cl
rcl dword [rax], cl
rcl dword [r13+0x10], cl
rcl dword [rax+rbx], cl
rcl dword [rax+rcx*2], cl
rcl dword [rbx+rsi*4+0x10], cl
rcl r13, cl
rcl r15, cl
rcl qword [rax], cl
rcl qword [rsp+r12*4+0x80], cl
rcl qword [0x12345678], cl
rcl qword [rel $+0x100], cl
rcl qword [rel $-0x40], cl
o64 rcl r13, cl
rcr bp, cl
rcr di, cl
rcr word [rax], cl
rcr word [fs:rax], cl
rcr word [gs:0x28], cl
rcr word [fs:rel $+0x10], cl
rcr word [rbx+0x7f], cl
o16 rcr bp, cl
rcr ebx, cl
rcr esp, cl
rcr dword [rax], cl
rcr dword [rsp+0x8], cl
rcr dword [rbp], cl
rcr dword [rbp-0x8], cl
rcr dword [r12], cl
rcr r15, cl
rcr rax, cl
rcr qword [rax], cl
rcr qword [rax+rcx*2], cl
rcr qword [rbx+rsi*4+0x10], cl
rcr qword [r8+r9*8-0x10], cl
rcr qword [rdi*8+0x1000], cl
o64 rcr r15, cl
shl r12w, cl
shl r15w, cl
shl word [rax], cl
shl word [rbx+0x7f], cl
shl word [rcx-0x80], cl
shl word [rdx+0x12345678], cl
shl word [rsp], cl
shl word [rsp+0x8], cl
shl word [rbp], cl
shl word [rbp-0x8], cl
shl word [r12], cl
shl word [r13], cl
shl word [r13+0x10], cl
shl word [rax+rbx], cl
shl word [rax+rcx*2], cl
shl word [rbx+rsi*4+0x10], cl
shl word [r8+r9*8-0x10], cl
shl word [rdi*8+0x1000], cl
shl word [r15+r14], cl
shl word [rsp+r12*4+0x80], cl
shl word [0x12345678], cl
shl word [rel $+0x100], cl
shl word [rel $-0x40], cl
shl word [eax], cl
shl word [ebx+ecx*4+0x8], cl
shl word [r10d+0x4], cl
shl word [fs:rax], cl
shl word [gs:0x28], cl
shl word [fs:rel $+0x10], cl
o16 shl r12w, cl
shl edi, cl
shl r8d, cl
shl dword [rax], cl
shl dword [rbx+0x7f], cl
shl dword [rcx-0x80], cl
shl dword [rdx+0x12345678], cl
shl dword [rsp], cl
shl dword [rsp+0x8], cl
shl dword [rbp], cl
shl dword [rbp-0x8], cl
shl dword [r12], cl
shl dword [r13], cl
shl dword [r13+0x10], cl
shl dword [rax+rbx], cl
shl dword [rax+rcx*2], cl
shl dword [rbx+rsi*4+0x10], cl
shl dword [r8+r9*8-0x10], cl
shl dword [rdi*8+0x1000], cl
shl dword [r15+r14], cl
shl dword [rsp+r12*4+0x80], cl
shl dword [0x12345678], cl
shl dword [rel $+0x100], cl
shl dword [rel $-0x40], cl
shl dword [eax], cl
shl dword [ebx+ecx*4+0x8], cl
shl dword [r10d+0x4], cl
shl dword [fs:rax], cl
shl dword [gs:0x28], cl
shl dword [fs:rel $+0x10], cl
shl rax, cl
shl rcx, cl
shl qword [rax], cl
shl qword [rbx+0x7f], cl
shl qword [rcx-0x80], cl
shl qword [rdx+0x12345678], cl
shl qword [rsp], cl
shl qword [rsp+0x8], cl
shl qword [rbp], cl
shl qword [rbp-0x8], cl
shl qword [r12], cl
shl qword [r13], cl
shl qword [r13+0x10], cl
shl qword [rax+rbx], cl
shl qword [rax+rcx*2], cl
shl qword [rbx+rsi*4+0x10], cl
shl qword [r8+r9*8-0x10], cl
shl qword [rdi*8+0x1000], cl
shl qword [r15+r14], cl
shl qword [rsp+r12*4+0x80], cl
shl qword [0x12345678], cl
shl qword [rel $+0x100], cl
shl qword [rel $-0x40], cl
shl qword [eax], cl
shl qword [ebx+ecx*4+0x8], cl
shl qword [r10d+0x4], cl
shl qword [fs:rax], cl
shl qword [gs:0x28], cl
shl qword [fs:rel $+0x10], cl
o64 shl rax, cl
shr cx, cl
shr bx, cl
shr word [rax], cl
shr word [r8+r9*8-0x10], cl
shr word [rdi*8+0x1000], cl
shr word [r15+r14], cl
shr word [rsp+r12*4+0x80], cl
o16 shr cx, cl
shr r15d, cl
shr eax, cl
shr dword [rax], cl
shr dword [eax], cl
shr dword [ebx+ecx*4+0x8], cl
shr dword [r10d+0x4], cl
shr dword [fs:rax], cl
shr rcx, cl
shr rdx, cl
shr qword [rax], cl
shr qword [rcx-0x80], cl
shr qword [rdx+0x12345678], cl
shr qword [rsp], cl
shr qword [rsp+0x8], cl
o64 shr rcx, cl
sal bp, cl
sal di, cl
sal word [rax], cl
sal word [r13], cl
sal word [r13+0x10], cl
sal word [rax+rbx], cl
sal word [rax+rcx*2], cl
o16 sal bp, cl
sal ebx, cl
sal esp, cl
sal dword [rax], cl
sal dword [r15+r14], cl
sal dword [rsp+r12*4+0x80], cl
sal dword [0x12345678], cl
sal dword [rel $+0x100], cl
sal rdx, cl
sal rsp, cl
sal qword [rax], cl
sal qword [r10d+0x4], cl
sal qword [fs:rax], cl
sal qword [gs:0x28], cl
sal qword [fs:rel $+0x10], cl
o64 sal rdx, cl
sar r12w, cl
sar r15w, cl
sar word [rax], cl
sar word [rsp], cl
sar word [rsp+0x8], cl
sar word [rbp], cl
sar word [rbp-0x8], cl
o16 sar r12w, cl
sar edi, cl
sar r8d, cl
sar dword [rax], cl
sar dword [rax+rbx], cl
sar dword [rax+rcx*2], cl
sar dword [rbx+rsi*4+0x10], cl
sar dword [r8+r9*8-0x10], cl
sar rsp, cl
sar rbp, cl
sar qword [rax], cl
sar qword [0x12345678], cl
sar qword [rel $+0x100], cl
sar qword [rel $-0x40], cl
sar qword [eax], cl
o64 sar rsp, cl
xlatb
a32 xlatb
fs xlatb
rep a32 xlatb
fadd dword [rax]
fadd dword [rbx+0x7f]
fadd dword [rcx-0x80]
fadd dword [rdx+0x12345678]
fadd dword [rsp]
fmul dword [rax]
fmul dword [r12]
fmul dword [r13]
fmul dword [r13+0x10]
fmul dword [rax+rbx]
fcom dword [rax]
fcom dword [rdi*8+0x1000]
fcom dword [r15+r14]
fcom dword [rsp+r12*4+0x80]
fcom dword [0x12345678]
fcomp dword [rax]
fcomp dword [ebx+ecx*4+0x8]
fcomp dword [r10d+0x4]
fcomp dword [fs:rax]
fcomp dword [gs:0x28]
fsub dword [rax]
fsub dword [rdx+0x12345678]
fsub dword [rsp]
fsub dword [rsp+0x8]
fsub dword [rbp]
fsubr dword [rax]
fsubr dword [r13+0x10]
fsubr dword [rax+rbx]
fsubr dword [rax+rcx*2]
fsubr dword [rbx+rsi*4+0x10]
fdiv dword [rax]
fdiv dword [rsp+r12*4+0x80]
fdiv dword [0x12345678]
fdiv dword [rel $+0x100]
fdiv dword [rel $-0x40]
fdivr dword [rax]
fdivr dword [fs:rax]
fdivr dword [gs:0x28]
fdivr dword [fs:rel $+0x10]
fdivr dword [rbx+0x7f]
fadd st0, st1
fadd st0, st0
fadd st0, st7
fadd st0, st3
fmul st0, st1
fmul st0, st0
fmul st0, st7
fmul st0, st3
fcom st0, st1
fcom st0, st0
fcom st0, st7
fcom st0, st3
fcomp st0, st1
fcomp st0, st0
fcomp st0, st7
fcomp st0, st3
fsub st0, st1
fsub st0, st0
fsub st0, st7
fsub st0, st3
fsubr st0, st1
fsubr st0, st0
fsubr st0, st7
fsubr st0, st3
fdiv st0, st1
fdiv st0, st0
fdiv st0, st7
fdiv st0, st3
fdivr st0, st1
fdivr st0, st0
fdivr st0, st7
fdivr st0, st3
fld dword [rax]
fld dword [rbx+0x7f]
fld dword [rcx-0x80]
fld dword [rdx+0x12345678]
fld dword [rsp]
fld dword [rsp+0x8]
fld dword [rbp]
fld dword [rbp-0x8]
fld dword [r12]
fld dword [r13]
fld dword [r13+0x10]
fld dword [rax+rbx]
fld dword [rax+rcx*2]
fld dword [rbx+rsi*4+0x10]
fld dword [r8+r9*8-0x10]
fld dword [rdi*8+0x1000]
fld dword [r15+r14]
fld dword [rsp+r12*4+0x80]
fld dword [0x12345678]
fld dword [rel $+0x100]
fld dword [rel $-0x40]
fld dword [eax]
fld dword [ebx+ecx*4+0x8]
fld dword [r10d+0x4]
fld dword [fs:rax]
fld dword [gs:0x28]
fld dword [fs:rel $+0x10]
fst dword [rax]
fst dword [r15+r14]
fst dword [rsp+r12*4+0x80]
fst dword [0x12345678]
fst dword [rel $+0x100]
fstp dword [rax]
fstp dword [r10d+0x4]
fstp dword [fs:rax]
fstp dword [gs:0x28]
fstp dword [fs:rel $+0x10]
o16 fldenv [rax]
o16 fldenv [rsp]
o16 fldenv [rsp+0x8]
o16 fldenv [rbp]
o16 fldenv [rbp-0x8]
fldenv [rax]
fldenv [rax+rbx]
fldenv [rax+rcx*2]
fldenv [rbx+rsi*4+0x10]
fldenv [r8+r9*8-0x10]
fldcw word [rax]
fldcw word [0x12345678]
fldcw word [rel $+0x100]
fldcw word [rel $-0x40]
fldcw word [eax]
fldcw [rax]
o16 fnstenv [rax]
o16 fnstenv [gs:0x28]
o16 fnstenv [fs:rel $+0x10]
o16 fnstenv [rbx+0x7f]
o16 fnstenv [rcx-0x80]
o16 fstenv [rax]
o16 fstenv [rbp]
o16 fstenv [rbp-0x8]
o16 fstenv [r12]
o16 fstenv [r13]
fnstenv [rax]
fnstenv [rbx+rsi*4+0x10]
fnstenv [r8+r9*8-0x10]
fnstenv [rdi*8+0x1000]
fnstenv [r15+r14]
fstenv [rax]
fstenv [rel $-0x40]
fstenv [eax]
fstenv [ebx+ecx*4+0x8]
fstenv [r10d+0x4]
fnstcw word [rax]
fnstcw word [rbx+0x7f]
fnstcw word [rcx-0x80]
fnstcw word [rdx+0x12345678]
fnstcw word [rsp]
fnstcw [rax]
fstcw word [rax]
fstcw word [r12]
fstcw word [r13]
fstcw word [r13+0x10]
fstcw word [rax+rbx]
fstcw [rax]
fld st1
fld st0
fld st7
fld st3
fxch st0, st1
fxch st0, st0
fxch st0, st7
fxch st0, st3
fnop
fchs
fabs
ftst
fxam
fld1
fldl2t
fldl2e
fldpi
fldlg2
fldln2
fldz
f2xm1
fyl2x
fptan
fpatan
fxtract
fprem1
fdecstp
fincstp
fprem
fyl2xp1
fsqrt
fsincos
frndint
fscale
fsin
fcos
fiadd dword [rax]
fiadd dword [fs:rax]
fiadd dword [gs:0x28]
fiadd dword [fs:rel $+0x10]
fiadd dword [rbx+0x7f]
fimul dword [rax]
fimul dword [rsp+0x8]
fimul dword [rbp]
fimul dword [rbp-0x8]
fimul dword [r12]
ficom dword [rax]
ficom dword [rax+rcx*2]
ficom dword [rbx+rsi*4+0x10]
ficom dword [r8+r9*8-0x10]
ficom dword [rdi*8+0x1000]
ficomp dword [rax]
ficomp dword [rel $+0x100]
ficomp dword [rel $-0x40]
ficomp dword [eax]
ficomp dword [ebx+ecx*4+0x8]
fisub dword [rax]
fisub dword [fs:rel $+0x10]
fisub dword [rbx+0x7f]
fisub dword [rcx-0x80]
fisub dword [rdx+0x12345678]
fisubr dword [rax]
fisubr dword [rbp-0x8]
fisubr dword [r12]
fisubr dword [r13]
fisubr dword [r13+0x10]
fidiv dword [rax]
fidiv dword [r8+r9*8-0x10]
fidiv dword [rdi*8+0x1000]
fidiv dword [r15+r14]
fidiv dword [rsp+r12*4+0x80]
fidivr dword [rax]
fidivr dword [eax]
fidivr dword [ebx+ecx*4+0x8]
fidivr dword [r10d+0x4]
fidivr dword [fs:rax]
fcmovb st0, st1
fcmovb st0, st0
fcmovb st0, st7
fcmovb st0, st3
fcmove st0, st1
fcmove st0, st0
fcmove st0, st7
fcmove st0, st3
fcmovbe st0, st1
fcmovbe st0, st0
fcmovbe st0, st7
fcmovbe st0, st3
fcmovu st0, st1
fcmovu st0, st0
fcmovu st0, st7
fcmovu st0, st3
fucompp
fild dword [rax]
fild dword [rax+rbx]
fild dword [rax+rcx*2]
fild dword [rbx+rsi*4+0x10]
fild dword [r8+r9*8-0x10]
fisttp dword [rax]
fisttp dword [0x12345678]
fisttp dword [rel $+0x100]
fisttp dword [rel $-0x40]
fisttp dword [eax]
fist dword [rax]
fist dword [gs:0x28]
fist dword [fs:rel $+0x10]
fist dword [rbx+0x7f]
fist dword [rcx-0x80]
fistp dword [rax]
fistp dword [rbp]
fistp dword [rbp-0x8]
fistp dword [r12]
fistp dword [r13]
fld tword [rax]
fld tword [rbx+0x7f]
fld tword [rcx-0x80]
fld tword [rdx+0x12345678]
fld tword [rsp]
fld tword [rsp+0x8]
fld tword [rbp]
fld tword [rbp-0x8]
fld tword [r12]
fld tword [r13]
fld tword [r13+0x10]
fld tword [rax+rbx]
fld tword [rax+rcx*2]
fld tword [rbx+rsi*4+0x10]
fld tword [r8+r9*8-0x10]
fld tword [rdi*8+0x1000]
fld tword [r15+r14]
fld tword [rsp+r12*4+0x80]
fld tword [0x12345678]
fld tword [rel $+0x100]
fld tword [rel $-0x40]
fld tword [eax]
fld tword [ebx+ecx*4+0x8]
fld tword [r10d+0x4]
fld tword [fs:rax]
fld tword [gs:0x28]
fld tword [fs:rel $+0x10]
fstp tword [rax]
fstp tword [rel $-0x40]
fstp tword [eax]
fstp tword [ebx+ecx*4+0x8]
fstp tword [r10d+0x4]
fcmovnb st0, st1
fcmovnb st0, st0
fcmovnb st0, st7
fcmovnb st0, st3
fcmovne st0, st1
fcmovne st0, st0
fcmovne st0, st7
fcmovne st0, st3
fcmovnbe st0, st1
fcmovnbe st0, st0
fcmovnbe st0, st7
fcmovnbe st0, st3
fcmovnu st0, st1
fcmovnu st0, st0
fcmovnu st0, st7
fcmovnu st0, st3
fneni
feni
fndisi
fdisi
fnclex
fclex
fninit
finit
fsetpm
fucomi st0, st1
fucomi st0, st0
fucomi st0, st7
fucomi st0, st3
fcomi st0, st1
fcomi st0, st0
fcomi st0, st7
fcomi st0, st3
fadd qword [rax]
fadd qword [r15+r14]
fadd qword [rsp+r12*4+0x80]
fadd qword [0x12345678]
fadd qword [rel $+0x100]
fmul qword [rax]
fmul qword [r10d+0x4]
fmul qword [fs:rax]
fmul qword [gs:0x28]
fmul qword [fs:rel $+0x10]
fcom qword [rax]
fcom qword [rsp]
fcom qword [rsp+0x8]
fcom qword [rbp]
fcom qword [rbp-0x8]
fcomp qword [rax]
fcomp qword [rax+rbx]
fcomp qword [rax+rcx*2]
fcomp qword [rbx+rsi*4+0x10]
fcomp qword [r8+r9*8-0x10]
fsub qword [rax]
fsub qword [0x12345678]
fsub qword [rel $+0x100]
fsub qword [rel $-0x40]
fsub qword [eax]
fsubr qword [rax]
fsubr qword [gs:0x28]
fsubr qword [fs:rel $+0x10]
fsubr qword [rbx+0x7f]
fsubr qword [rcx-0x80]
fdiv qword [rax]
fdiv qword [rbp]
fdiv qword [rbp-0x8]
fdiv qword [r12]
fdiv qword [r13]
fdivr qword [rax]
fdivr qword [rbx+rsi*4+0x10]
fdivr qword [r8+r9*8-0x10]
fdivr qword [rdi*8+0x1000]
fdivr qword [r15+r14]
fadd st1, st0
fadd st7, st0
fadd st3, st0
fmul st1, st0
fmul st7, st0
fmul st3, st0
fsubr st1, st0
fsubr st7, st0
fsubr st3, st0
fsub st1, st0
fsub st7, st0
fsub st3, st0
fdivr st1, st0
fdivr st7, st0
fdivr st3, st0
fdiv st1, st0
fdiv st7, st0
fdiv st3, st0
fld qword [rax]
fld qword [rbx+0x7f]
fld qword [rcx-0x80]
fld qword [rdx+0x12345678]
fld qword [rsp]
fld qword [rsp+0x8]
fld qword [rbp]
fld qword [rbp-0x8]
fld qword [r12]
fld qword [r13]
fld qword [r13+0x10]
fld qword [rax+rbx]
fld qword [rax+rcx*2]
fld qword [rbx+rsi*4+0x10]
fld qword [r8+r9*8-0x10]
fld qword [rdi*8+0x1000]
fld qword [r15+r14]
fld qword [rsp+r12*4+0x80]
fld qword [0x12345678]
fld qword [rel $+0x100]
fld qword [rel $-0x40]
fld qword [eax]
fld qword [ebx+ecx*4+0x8]
fld qword [r10d+0x4]
fld qword [fs:rax]
fld qword [gs:0x28]
fld qword [fs:rel $+0x10]
fisttp qword [rax]
fisttp qword [rsp+0x8]
fisttp qword [rbp]
fisttp qword [rbp-0x8]
fisttp qword [r12]
fst qword [rax]
fst qword [rax+rcx*2]
fst qword [rbx+rsi*4+0x10]
fst qword [r8+r9*8-0x10]
fst qword [rdi*8+0x1000]
fstp qword [rax]
fstp qword [rel $+0x100]
fstp qword [rel $-0x40]
fstp qword [eax]
fstp qword [ebx+ecx*4+0x8]
o16 frstor [rax]
o16 frstor [fs:rel $+0x10]
o16 frstor [rbx+0x7f]
o16 frstor [rcx-0x80]
o16 frstor [rdx+0x12345678]
frstor [rax]
frstor [rbp-0x8]
frstor [r12]
frstor [r13]
frstor [r13+0x10]
o16 fnsave [rax]
o16 fnsave [r8+r9*8-0x10]
o16 fnsave [rdi*8+0x1000]
o16 fnsave [r15+r14]
o16 fnsave [rsp+r12*4+0x80]
o16 fsave [rax]
o16 fsave [eax]
o16 fsave [ebx+ecx*4+0x8]
o16 fsave [r10d+0x4]
o16 fsave [fs:rax]
fnsave [rax]
fnsave [rcx-0x80]
fnsave [rdx+0x12345678]
fnsave [rsp]
fnsave [rsp+0x8]
fsave [rax]
fsave [r13]
fsave [r13+0x10]
fsave [rax+rbx]
fsave [rax+rcx*2]
fnstsw word [rax]
fnstsw word [r15+r14]
fnstsw word [rsp+r12*4+0x80]
fnstsw word [0x12345678]
fnstsw word [rel $+0x100]
fnstsw [rax]
fstsw word [rax]
fstsw word [r10d+0x4]
fstsw word [fs:rax]
fstsw word [gs:0x28]
fstsw word [fs:rel $+0x10]
fstsw [rax]
ffree st1
ffree st0
ffree st7
ffree st3
fst st1
fst st0
fst st7
fst st3
fstp st1
fstp st0
fstp st7
fstp st3
fucom st0, st1
fucom st0, st0
fucom st0, st7
fucom st0, st3
fucomp st0, st1
fucomp st0, st0
fucomp st0, st7
fucomp st0, st3
fiadd word [rax]
fiadd word [rel $-0x40]
fiadd word [eax]
fiadd word [ebx+ecx*4+0x8]
fiadd word [r10d+0x4]
fimul word [rax]
fimul word [rbx+0x7f]
fimul word [rcx-0x80]
fimul word [rdx+0x12345678]
fimul word [rsp]
ficom word [rax]
ficom word [r12]
ficom word [r13]
ficom word [r13+0x10]
ficom word [rax+rbx]
ficomp word [rax]
ficomp word [rdi*8+0x1000]
ficomp word [r15+r14]
ficomp word [rsp+r12*4+0x80]
ficomp word [0x12345678]
fisub word [rax]
fisub word [ebx+ecx*4+0x8]
fisub word [r10d+0x4]
fisub word [fs:rax]
fisub word [gs:0x28]
fisubr word [rax]
fisubr word [rdx+0x12345678]
fisubr word [rsp]
fisubr word [rsp+0x8]
fisubr word [rbp]
fidiv word [rax]
fidiv word [r13+0x10]
fidiv word [rax+rbx]
fidiv word [rax+rcx*2]
fidiv word [rbx+rsi*4+0x10]
fidivr word [rax]
fidivr word [rsp+r12*4+0x80]
fidivr word [0x12345678]
fidivr word [rel $+0x100]
fidivr word [rel $-0x40]
faddp st1, st0
faddp st0, st0
faddp st7, st0
faddp st3, st0
fmulp st1, st0
fmulp st0, st0
fmulp st7, st0
fmulp st3, st0
fcompp
fsubrp st1, st0
fsubrp st0, st0
fsubrp st7, st0
fsubrp st3, st0
fsubp st1, st0
fsubp st0, st0
fsubp st7, st0
fsubp st3, st0
fdivrp st1, st0
fdivrp st0, st0
fdivrp st7, st0
fdivrp st3, st0
fdivp st1, st0
fdivp st0, st0
fdivp st7, st0
fdivp st3, st0
fild word [rax]
fild word [rcx-0x80]
fild word [rdx+0x12345678]
fild word [rsp]
fild word [rsp+0x8]
fisttp word [rax]
fisttp word [r13]
fisttp word [r13+0x10]
fisttp word [rax+rbx]
fisttp word [rax+rcx*2]
fist word [rax]
fist word [r15+r14]
fist word [rsp+r12*4+0x80]
fist word [0x12345678]
fist word [rel $+0x100]
fistp word [rax]
fistp word [r10d+0x4]
fistp word [fs:rax]
fistp word [gs:0x28]
fistp word [fs:rel $+0x10]
fbld tword [rax]
fbld tword [rsp]
fbld tword [rsp+0x8]
fbld tword [rbp]
fbld tword [rbp-0x8]
fbld [rax]
fild qword [rax]
fild qword [rax+rbx]
fild qword [rax+rcx*2]
fild qword [rbx+rsi*4+0x10]
fild qword [r8+r9*8-0x10]
fbstp tword [rax]
fbstp tword [0x12345678]
fbstp tword [rel $+0x100]
fbstp tword [rel $-0x40]
fbstp tword [eax]
fbstp [rax]
fistp qword [rax]
fistp qword [gs:0x28]
fistp qword [fs:rel $+0x10]
fistp qword [rbx+0x7f]
fistp qword [rcx-0x80]
ffreep st1
ffreep st0
ffreep st7
ffreep st3
fnstsw ax
fstsw ax
fucomip st0, st1
fucomip st0, st0
fucomip st0, st7
fucomip st0, st3
fcomip st0, st1
fcomip st0, st0
fcomip st0, st7
fcomip st0, st3
o16 loopne $+0x7
loopne $+0x7
o16 loope $+0x7
loope $+0x7
o16 loop $+0x7
loop $+0x7
o16 jecxz $+0x7
jecxz $+0x7
o16 jrcxz $+0x7
jrcxz $+0x7
in al, 0x12
in al, 0xf0
in ax, 0x12
in ax, 0xf0
o16 in ax, 0x12
in eax, 0x12
in eax, 0xf0
out 0x12, al
out 0xf0, al
out 0x12, ax
out 0xf0, ax
out 0x12, eax
out 0xf0, eax
call near $+0x1000
call $+0x1234
call near $-0x80
o16 call near $+0x1000
jmp near $+0x1000
jmp $+0x1234
jmp near $-0x80
o16 jmp near $+0x1000
o16 jmp short $+0x10
o16 jmp short $-0x20
o16 jmp $+0x7
jmp short $+0x10
jmp short $-0x20
jmp $+0x7
in al, dx
in ax, dx
o16 in ax, dx
in eax, dx
out dx, al
out dx, ax
out dx, eax
int1
hlt
cmc
test cl, 0x12
test byte [rax], 0x12
test byte [rbx+0x7f], 0x12
test byte [rcx-0x80], 0x12
test byte [rdx+0x12345678], 0x12
test byte [rsp], 0x12
test byte [rsp+0x8], 0x12
test byte [rbp], 0x12
test byte [rbp-0x8], 0x12
test byte [r12], 0x12
test byte [r13], 0x12
test byte [r13+0x10], 0x12
test byte [rax+rbx], 0x12
test byte [rax+rcx*2], 0x12
test byte [rbx+rsi*4+0x10], 0x12
test byte [r8+r9*8-0x10], 0x12
test byte [rdi*8+0x1000], 0x12
test byte [r15+r14], 0x12
test byte [rsp+r12*4+0x80], 0x12
test byte [0x12345678], 0x12
test byte [rel $+0x100], 0x12
test byte [rel $-0x40], 0x12
test byte [eax], 0x12
test byte [ebx+ecx*4+0x8], 0x12
test byte [r10d+0x4], 0x12
test byte [fs:rax], 0x12
test byte [gs:0x28], 0x12
test byte [fs:rel $+0x10], 0x12
not al
not cl
not byte [rax]
not byte [rbx+0x7f]
not byte [rcx-0x80]
not byte [rdx+0x12345678]
not byte [rsp]
not byte [rsp+0x8]
not byte [rbp]
not byte [rbp-0x8]
not byte [r12]
not byte [r13]
not byte [r13+0x10]
not byte [rax+rbx]
not byte [rax+rcx*2]
not byte [rbx+rsi*4+0x10]
not byte [r8+r9*8-0x10]
not byte [rdi*8+0x1000]
not byte [r15+r14]
not byte [rsp+r12*4+0x80]
not byte [0x12345678]
not byte [rel $+0x100]
not byte [rel $-0x40]
not byte [eax]
not byte [ebx+ecx*4+0x8]
not byte [r10d+0x4]
not byte [fs:rax]
not byte [gs:0x28]
not byte [fs:rel $+0x10]
lock not byte [rax]
lock not byte [rbx+0x7f]
neg al
neg cl
neg byte [rax]
neg byte [rbp-0x8]
neg byte [r12]
neg byte [r13]
neg byte [r13+0x10]
lock neg byte [rax]
lock neg byte [rbp-0x8]
mul al
mul cl
mul byte [rax]
mul byte [r8+r9*8-0x10]
mul byte [rdi*8+0x1000]
mul byte [r15+r14]
mul byte [rsp+r12*4+0x80]
imul al
imul cl
imul byte [rax]
imul byte [rbx+0x7f]
imul byte [rcx-0x80]
imul byte [rdx+0x12345678]
imul byte [rsp]
imul byte [rsp+0x8]
imul byte [rbp]
imul byte [rbp-0x8]
imul byte [r12]
imul byte [r13]
imul byte [r13+0x10]
imul byte [rax+rbx]
imul byte [rax+rcx*2]
imul byte [rbx+rsi*4+0x10]
imul byte [r8+r9*8-0x10]
imul byte [rdi*8+0x1000]
imul byte [r15+r14]
imul byte [rsp+r12*4+0x80]
imul byte [0x12345678]
imul byte [rel $+0x100]
imul byte [rel $-0x40]
imul byte [eax]
imul byte [ebx+ecx*4+0x8]
imul byte [r10d+0x4]
imul byte [fs:rax]
imul byte [gs:0x28]
imul byte [fs:rel $+0x10]
div al
div cl
div byte [rax]
div byte [rcx-0x80]
div byte [rdx+0x12345678]
div byte [rsp]
div byte [rsp+0x8]
idiv al
idiv cl
idiv byte [rax]
idiv byte [r13]
idiv byte [r13+0x10]
idiv byte [rax+rbx]
idiv byte [rax+rcx*2]
test bx, 0x1234
test sp, 0x1234
test word [rax], 0x1234
test word [rbx+0x7f], 0x1234
test word [rcx-0x80], 0x1234
test word [rdx+0x12345678], 0x1234
test word [rsp], 0x1234
test word [rsp+0x8], 0x1234
test word [rbp], 0x1234
test word [rbp-0x8], 0x1234
test word [r12], 0x1234
test word [r13], 0x1234
test word [r13+0x10], 0x1234
test word [rax+rbx], 0x1234
test word [rax+rcx*2], 0x1234
test word [rbx+rsi*4+0x10], 0x1234
test word [r8+r9*8-0x10], 0x1234
test word [rdi*8+0x1000], 0x1234
test word [r15+r14], 0x1234
test word [rsp+r12*4+0x80], 0x1234
test word [0x12345678], 0x1234
test word [rel $+0x100], 0x1234
test word [rel $-0x40], 0x1234
test word [eax], 0x1234
test word [ebx+ecx*4+0x8], 0x1234
test word [r10d+0x4], 0x1234
test word [fs:rax], 0x1234
test word [gs:0x28], 0x1234
test word [fs:rel $+0x10], 0x1234
test bx, 0x10
test bx, strict word 0x10
o16 test bx, 0x1234
test ecx, 0x12345678
test dword [rax], 0x12345678
test dword [rbx+0x7f], 0x12345678
test dword [rcx-0x80], 0x12345678
test dword [rdx+0x12345678], 0x12345678
test dword [rsp], 0x12345678
test dword [rsp+0x8], 0x12345678
test dword [rbp], 0x12345678
test dword [rbp-0x8], 0x12345678
test dword [r12], 0x12345678
test dword [r13], 0x12345678
test dword [r13+0x10], 0x12345678
test dword [rax+rbx], 0x12345678
test dword [rax+rcx*2], 0x12345678
test dword [rbx+rsi*4+0x10], 0x12345678
test dword [r8+r9*8-0x10], 0x12345678
test dword [rdi*8+0x1000], 0x12345678
test dword [r15+r14], 0x12345678
test dword [rsp+r12*4+0x80], 0x12345678
test dword [0x12345678], 0x12345678
test dword [rel $+0x100], 0x12345678
test dword [rel $-0x40], 0x12345678
test dword [eax], 0x12345678
test dword [ebx+ecx*4+0x8], 0x12345678
test dword [r10d+0x4], 0x12345678
test dword [fs:rax], 0x12345678
test dword [gs:0x28], 0x12345678
test dword [fs:rel $+0x10], 0x12345678
test r12, 0x12345678
test r13, 0x12345678
test qword [rax], 0x12345678
test qword [rbx+0x7f], 0x12345678
test qword [rcx-0x80], 0x12345678
test qword [rdx+0x12345678], 0x12345678
test qword [rsp], 0x12345678
test qword [rsp+0x8], 0x12345678
test qword [rbp], 0x12345678
test qword [rbp-0x8], 0x12345678
test qword [r12], 0x12345678
test qword [r13], 0x12345678
test qword [r13+0x10], 0x12345678
test qword [rax+rbx], 0x12345678
test qword [rax+rcx*2], 0x12345678
test qword [rbx+rsi*4+0x10], 0x12345678
test qword [r8+r9*8-0x10], 0x12345678
test qword [rdi*8+0x1000], 0x12345678
test qword [r15+r14], 0x12345678
test qword [rsp+r12*4+0x80], 0x12345678
test qword [0x12345678], 0x12345678
test qword [rel $+0x100], 0x12345678
test qword [rel $-0x40], 0x12345678
test qword [eax], 0x12345678
test qword [ebx+ecx*4+0x8], 0x12345678
test qword [r10d+0x4], 0x12345678
test qword [fs:rax], 0x12345678
test qword [gs:0x28], 0x12345678
test qword [fs:rel $+0x10], 0x12345678
test r12, -0x12345678
test r12, 0x7f
o64 test r12, 0x12345678
test di, 0x1234
test r8w, 0x1234
test di, 0x10
test di, strict word 0x10
o16 test di, 0x1234
test esp, 0x12345678
test ebp, 0x12345678
test esp, 0x7f
test esp, -0x80
test esp, strict dword 0x7f
test r15, 0x12345678
test r13, -0x12345678
test r13, 0x7f
o64 test r13, 0x12345678
not r15w
not ax
not word [rax]
not word [rbx+0x7f]
not word [rcx-0x80]
not word [rdx+0x12345678]
not word [rsp]
not word [rsp+0x8]
not word [rbp]
not word [rbp-0x8]
not word [r12]
not word [r13]
not word [r13+0x10]
not word [rax+rbx]
not word [rax+rcx*2]
not word [rbx+rsi*4+0x10]
not word [r8+r9*8-0x10]
not word [rdi*8+0x1000]
not word [r15+r14]
not word [rsp+r12*4+0x80]
not word [0x12345678]
not word [rel $+0x100]
not word [rel $-0x40]
not word [eax]
not word [ebx+ecx*4+0x8]
not word [r10d+0x4]
not word [fs:rax]
not word [gs:0x28]
not word [fs:rel $+0x10]
o16 not r15w
lock not word [rax]
lock not word [rbx+0x7f]
not r8d
not r13d
not dword [rax]
not dword [rbx+0x7f]
not dword [rcx-0x80]
not dword [rdx+0x12345678]
not dword [rsp]
not dword [rsp+0x8]
not dword [rbp]
not dword [rbp-0x8]
not dword [r12]
not dword [r13]
not dword [r13+0x10]
not dword [rax+rbx]
not dword [rax+rcx*2]
not dword [rbx+rsi*4+0x10]
not dword [r8+r9*8-0x10]
not dword [rdi*8+0x1000]
not dword [r15+r14]
not dword [rsp+r12*4+0x80]
not dword [0x12345678]
not dword [rel $+0x100]
not dword [rel $-0x40]
not dword [eax]
not dword [ebx+ecx*4+0x8]
not dword [r10d+0x4]
not dword [fs:rax]
not dword [gs:0x28]
not dword [fs:rel $+0x10]
lock not dword [rax]
lock not dword [rbx+0x7f]
not r15
not rax
not qword [rax]
not qword [rbx+0x7f]
not qword [rcx-0x80]
not qword [rdx+0x12345678]
not qword [rsp]
not qword [rsp+0x8]
not qword [rbp]
not qword [rbp-0x8]
not qword [r12]
not qword [r13]
not qword [r13+0x10]
not qword [rax+rbx]
not qword [rax+rcx*2]
not qword [rbx+rsi*4+0x10]
not qword [r8+r9*8-0x10]
not qword [rdi*8+0x1000]
not qword [r15+r14]
not qword [rsp+r12*4+0x80]
not qword [0x12345678]
not qword [rel $+0x100]
not qword [rel $-0x40]
not qword [eax]
not qword [ebx+ecx*4+0x8]
not qword [r10d+0x4]
not qword [fs:rax]
not qword [gs:0x28]
not qword [fs:rel $+0x10]
o64 not r15
lock not qword [rax]
lock not qword [rbx+0x7f]
neg bx
neg sp
neg word [rax]
neg word [rbx+0x7f]
neg word [rcx-0x80]
neg word [rdx+0x12345678]
neg word [rsp]
o16 neg bx
lock neg word [rax]
lock neg word [rbx+0x7f]
neg eax
neg ecx
neg dword [rax]
neg dword [r12]
neg dword [r13]
neg dword [r13+0x10]
neg dword [rax+rbx]
lock neg dword [rax]
lock neg dword [r12]
neg rax
neg rcx
neg qword [rax]
neg qword [rdi*8+0x1000]
neg qword [r15+r14]
neg qword [rsp+r12*4+0x80]
neg qword [0x12345678]
o64 neg rax
lock neg qword [rax]
lock neg qword [rdi*8+0x1000]
mul di
mul r8w
mul word [rax]
mul word [ebx+ecx*4+0x8]
mul word [r10d+0x4]
mul word [fs:rax]
mul word [gs:0x28]
o16 mul di
mul esp
mul ebp
mul dword [rax]
mul dword [rdx+0x12345678]
mul dword [rsp]
mul dword [rsp+0x8]
mul dword [rbp]
mul rcx
mul rdx
mul qword [rax]
mul qword [r13+0x10]
mul qword [rax+rbx]
mul qword [rax+rcx*2]
mul qword [rbx+rsi*4+0x10]
o64 mul rcx
imul r15w
imul ax
imul word [rax]
imul word [rbx+0x7f]
imul word [rcx-0x80]
imul word [rdx+0x12345678]
imul word [rsp]
imul word [rsp+0x8]
imul word [rbp]
imul word [rbp-0x8]
imul word [r12]
imul word [r13]
imul word [r13+0x10]
imul word [rax+rbx]
imul word [rax+rcx*2]
imul word [rbx+rsi*4+0x10]
imul word [r8+r9*8-0x10]
imul word [rdi*8+0x1000]
imul word [r15+r14]
imul word [rsp+r12*4+0x80]
imul word [0x12345678]
imul word [rel $+0x100]
imul word [rel $-0x40]
imul word [eax]
imul word [ebx+ecx*4+0x8]
imul word [r10d+0x4]
imul word [fs:rax]
imul word [gs:0x28]
imul word [fs:rel $+0x10]
o16 imul r15w
imul r8d
imul r13d
imul dword [rax]
imul dword [rbx+0x7f]
imul dword [rcx-0x80]
imul dword [rdx+0x12345678]
imul dword [rsp]
imul dword [rsp+0x8]
imul dword [rbp]
imul dword [rbp-0x8]
imul dword [r12]
imul dword [r13]
imul dword [r13+0x10]
imul dword [rax+rbx]
imul dword [rax+rcx*2]
imul dword [rbx+rsi*4+0x10]
imul dword [r8+r9*8-0x10]
imul dword [rdi*8+0x1000]
imul dword [r15+r14]
imul dword [rsp+r12*4+0x80]
imul dword [0x12345678]
imul dword [rel $+0x100]
imul dword [rel $-0x40]
imul dword [eax]
imul dword [ebx+ecx*4+0x8]
imul dword [r10d+0x4]
imul dword [fs:rax]
imul dword [gs:0x28]
imul dword [fs:rel $+0x10]
imul rdx
imul rsp
imul qword [rax]
imul qword [rbx+0x7f]
imul qword [rcx-0x80]
imul qword [rdx+0x12345678]
imul qword [rsp]
imul qword [rsp+0x8]
imul qword [rbp]
imul qword [rbp-0x8]
imul qword [r12]
imul qword [r13]
imul qword [r13+0x10]
imul qword [rax+rbx]
imul qword [rax+rcx*2]
imul qword [rbx+rsi*4+0x10]
imul qword [r8+r9*8-0x10]
imul qword [rdi*8+0x1000]
imul qword [r15+r14]
imul qword [rsp+r12*4+0x80]
imul qword [0x12345678]
imul qword [rel $+0x100]
imul qword [rel $-0x40]
imul qword [eax]
imul qword [ebx+ecx*4+0x8]
imul qword [r10d+0x4]
imul qword [fs:rax]
imul qword [gs:0x28]
imul qword [fs:rel $+0x10]
o64 imul rdx
div bx
div sp
div word [rax]
div word [rax+rcx*2]
div word [rbx+rsi*4+0x10]
div word [r8+r9*8-0x10]
div word [rdi*8+0x1000]
o16 div bx
div eax
div ecx
div dword [rax]
div dword [rel $+0x100]
div dword [rel $-0x40]
div dword [eax]
div dword [ebx+ecx*4+0x8]
div rsp
div rbp
div qword [rax]
div qword [fs:rel $+0x10]
div qword [rbx+0x7f]
div qword [rcx-0x80]
div qword [rdx+0x12345678]
o64 div rsp
idiv di
idiv r8w
idiv word [rax]
idiv word [rbp-0x8]
idiv word [r12]
idiv word [r13]
idiv word [r13+0x10]
o16 idiv di
idiv esp
idiv ebp
idiv dword [rax]
idiv dword [r8+r9*8-0x10]
idiv dword [rdi*8+0x1000]
idiv dword [r15+r14]
idiv dword [rsp+r12*4+0x80]
idiv rbp
idiv rsi
idiv qword [rax]
idiv qword [eax]
idiv qword [ebx+ecx*4+0x8]
idiv qword [r10d+0x4]
idiv qword [fs:rax]
o64 idiv rbp
clc
stc
cli
sti
cld
std
inc al
inc cl
inc byte [rax]
inc byte [rbx+0x7f]
inc byte [rcx-0x80]
inc byte [rdx+0x12345678]
inc byte [rsp]
inc byte [rsp+0x8]
inc byte [rbp]
inc byte [rbp-0x8]
inc byte [r12]
inc byte [r13]
inc byte [r13+0x10]
inc byte [rax+rbx]
inc byte [rax+rcx*2]
inc byte [rbx+rsi*4+0x10]
inc byte [r8+r9*8-0x10]
inc byte [rdi*8+0x1000]
inc byte [r15+r14]
inc byte [rsp+r12*4+0x80]
inc byte [0x12345678]
inc byte [rel $+0x100]
inc byte [rel $-0x40]
inc byte [eax]
inc byte [ebx+ecx*4+0x8]
inc byte [r10d+0x4]
inc byte [fs:rax]
inc byte [gs:0x28]
inc byte [fs:rel $+0x10]
lock inc byte [rax]
lock inc byte [rbx+0x7f]
dec al
dec cl
dec byte [rax]
dec byte [gs:0x28]
dec byte [fs:rel $+0x10]
dec byte [rbx+0x7f]
dec byte [rcx-0x80]
lock dec byte [rax]
lock dec byte [gs:0x28]
inc cx
inc bx
inc word [rax]
inc word [rbx+0x7f]
inc word [rcx-0x80]
inc word [rdx+0x12345678]
inc word [rsp]
inc word [rsp+0x8]
inc word [rbp]
inc word [rbp-0x8]
inc word [r12]
inc word [r13]
inc word [r13+0x10]
inc word [rax+rbx]
inc word [rax+rcx*2]
inc word [rbx+rsi*4+0x10]
inc word [r8+r9*8-0x10]
inc word [rdi*8+0x1000]
inc word [r15+r14]
inc word [rsp+r12*4+0x80]
inc word [0x12345678]
inc word [rel $+0x100]
inc word [rel $-0x40]
inc word [eax]
inc word [ebx+ecx*4+0x8]
inc word [r10d+0x4]
inc word [fs:rax]
inc word [gs:0x28]
inc word [fs:rel $+0x10]
o16 inc cx
lock inc word [rax]
lock inc word [rbx+0x7f]
inc r15d
inc eax
inc dword [rax]
inc dword [rbx+0x7f]
inc dword [rcx-0x80]
inc dword [rdx+0x12345678]
inc dword [rsp]
inc dword [rsp+0x8]
inc dword [rbp]
inc dword [rbp-0x8]
inc dword [r12]
inc dword [r13]
inc dword [r13+0x10]
inc dword [rax+rbx]
inc dword [rax+rcx*2]
inc dword [rbx+rsi*4+0x10]
inc dword [r8+r9*8-0x10]
inc dword [rdi*8+0x1000]
inc dword [r15+r14]
inc dword [rsp+r12*4+0x80]
inc dword [0x12345678]
inc dword [rel $+0x100]
inc dword [rel $-0x40]
inc dword [eax]
inc dword [ebx+ecx*4+0x8]
inc dword [r10d+0x4]
inc dword [fs:rax]
inc dword [gs:0x28]
inc dword [fs:rel $+0x10]
lock inc dword [rax]
lock inc dword [rbx+0x7f]
inc rcx
inc rdx
inc qword [rax]
inc qword [rbx+0x7f]
inc qword [rcx-0x80]
inc qword [rdx+0x12345678]
inc qword [rsp]
inc qword [rsp+0x8]
inc qword [rbp]
inc qword [rbp-0x8]
inc qword [r12]
inc qword [r13]
inc qword [r13+0x10]
inc qword [rax+rbx]
inc qword [rax+rcx*2]
inc qword [rbx+rsi*4+0x10]
inc qword [r8+r9*8-0x10]
inc qword [rdi*8+0x1000]
inc qword [r15+r14]
inc qword [rsp+r12*4+0x80]
inc qword [0x12345678]
inc qword [rel $+0x100]
inc qword [rel $-0x40]
inc qword [eax]
inc qword [ebx+ecx*4+0x8]
inc qword [r10d+0x4]
inc qword [fs:rax]
inc qword [gs:0x28]
inc qword [fs:rel $+0x10]
o64 inc rcx
lock inc qword [rax]
lock inc qword [rbx+0x7f]
dec bp
dec di
dec word [rax]
dec word [rbx+0x7f]
dec word [rcx-0x80]
dec word [rdx+0x12345678]
dec word [rsp]
o16 dec bp
lock dec word [rax]
lock dec word [rbx+0x7f]
dec ebx
dec esp
dec dword [rax]
dec dword [r12]
dec dword [r13]
dec dword [r13+0x10]
dec dword [rax+rbx]
lock dec dword [rax]
lock dec dword [r12]
dec rdx
dec rsp
dec qword [rax]
dec qword [rdi*8+0x1000]
dec qword [r15+r14]
dec qword [rsp+r12*4+0x80]
dec qword [0x12345678]
o64 dec rdx
lock dec qword [rax]
lock dec qword [rdi*8+0x1000]
call [rax]
call rsp
call rbp
call qword [rax]
call qword [rbx+0x7f]
call qword [rcx-0x80]
call qword [rdx+0x12345678]
call qword [rsp]
call qword [rsp+0x8]
call qword [rbp]
call qword [rbp-0x8]
call qword [r12]
call qword [r13]
call qword [r13+0x10]
call qword [rax+rbx]
call qword [rax+rcx*2]
call qword [rbx+rsi*4+0x10]
call qword [r8+r9*8-0x10]
call qword [rdi*8+0x1000]
call qword [r15+r14]
call qword [rsp+r12*4+0x80]
call qword [0x12345678]
call qword [rel $+0x100]
call qword [rel $-0x40]
call qword [eax]
call qword [ebx+ecx*4+0x8]
call qword [r10d+0x4]
call qword [fs:rax]
call qword [gs:0x28]
call qword [fs:rel $+0x10]
call far [rax]
call far [rbx+0x7f]
call far [rcx-0x80]
call far [rdx+0x12345678]
call far [rsp]
call far [rsp+0x8]
call far [rbp]
call far [rbp-0x8]
call far [r12]
call far [r13]
call far [r13+0x10]
call far [rax+rbx]
call far [rax+rcx*2]
call far [rbx+rsi*4+0x10]
call far [r8+r9*8-0x10]
call far [rdi*8+0x1000]
call far [r15+r14]
call far [rsp+r12*4+0x80]
call far [0x12345678]
call far [rel $+0x100]
call far [rel $-0x40]
call far [eax]
call far [ebx+ecx*4+0x8]
call far [r10d+0x4]
call far [fs:rax]
call far [gs:0x28]
call far [fs:rel $+0x10]
call far word [rax]
o16 call far [rax]
call far dword [rax]
call far qword [rax]
o64 call far [rax]
jmp [rax]
jmp rsi
jmp r8
jmp qword [rax]
jmp qword [rbx+0x7f]
jmp qword [rcx-0x80]
jmp qword [rdx+0x12345678]
jmp qword [rsp]
jmp qword [rsp+0x8]
jmp qword [rbp]
jmp qword [rbp-0x8]
jmp qword [r12]
jmp qword [r13]
jmp qword [r13+0x10]
jmp qword [rax+rbx]
jmp qword [rax+rcx*2]
jmp qword [rbx+rsi*4+0x10]
jmp qword [r8+r9*8-0x10]
jmp qword [rdi*8+0x1000]
jmp qword [r15+r14]
jmp qword [rsp+r12*4+0x80]
jmp qword [0x12345678]
jmp qword [rel $+0x100]
jmp qword [rel $-0x40]
jmp qword [eax]
jmp qword [ebx+ecx*4+0x8]
jmp qword [r10d+0x4]
jmp qword [fs:rax]
jmp qword [gs:0x28]
jmp qword [fs:rel $+0x10]
jmp far [rax]
jmp far [rbx+0x7f]
jmp far [rcx-0x80]
jmp far [rdx+0x12345678]
jmp far [rsp]
jmp far [rsp+0x8]
jmp far [rbp]
jmp far [rbp-0x8]
jmp far [r12]
jmp far [r13]
jmp far [r13+0x10]
jmp far [rax+rbx]
jmp far [rax+rcx*2]
jmp far [rbx+rsi*4+0x10]
jmp far [r8+r9*8-0x10]
jmp far [rdi*8+0x1000]
jmp far [r15+r14]
jmp far [rsp+r12*4+0x80]
jmp far [0x12345678]
jmp far [rel $+0x100]
jmp far [rel $-0x40]
jmp far [eax]
jmp far [ebx+ecx*4+0x8]
jmp far [r10d+0x4]
jmp far [fs:rax]
jmp far [gs:0x28]
jmp far [fs:rel $+0x10]
jmp far word [rax]
o16 jmp far [rax]
jmp far dword [rax]
jmp far qword [rax]
o64 jmp far [rax]
push word [rax]
push word [rbx+0x7f]
push word [rcx-0x80]
push word [rdx+0x12345678]
push word [rsp]
push word [rsp+0x8]
push word [rbp]
push word [rbp-0x8]
push word [r12]
push word [r13]
push word [r13+0x10]
push word [rax+rbx]
push word [rax+rcx*2]
push word [rbx+rsi*4+0x10]
push word [r8+r9*8-0x10]
push word [rdi*8+0x1000]
push word [r15+r14]
push word [rsp+r12*4+0x80]
push word [0x12345678]
push word [rel $+0x100]
push word [rel $-0x40]
push word [eax]
push word [ebx+ecx*4+0x8]
push word [r10d+0x4]
push word [fs:rax]
push word [gs:0x28]
push word [fs:rel $+0x10]
o16 push cx
push qword [rax]
push qword [rbx+0x7f]
push qword [rcx-0x80]
push qword [rdx+0x12345678]
push qword [rsp]
push qword [rsp+0x8]
push qword [rbp]
push qword [rbp-0x8]
push qword [r12]
push qword [r13]
push qword [r13+0x10]
push qword [rax+rbx]
push qword [rax+rcx*2]
push qword [rbx+rsi*4+0x10]
push qword [r8+r9*8-0x10]
push qword [rdi*8+0x1000]
push qword [r15+r14]
push qword [rsp+r12*4+0x80]
push qword [0x12345678]
push qword [rel $+0x100]
push qword [rel $-0x40]
push qword [eax]
push qword [ebx+ecx*4+0x8]
push qword [r10d+0x4]
push qword [fs:rax]
push qword [gs:0x28]
push qword [fs:rel $+0x10]
sldt bp
sldt di
sldt word [rax]
sldt word [r10d+0x4]
sldt word [fs:rax]
sldt word [gs:0x28]
sldt word [fs:rel $+0x10]
sldt [rax]
o16 sldt bp
sldt ebx
sldt esp
sldt word [rsp]
sldt word [rsp+0x8]
sldt word [rbp]
sldt word [rbp-0x8]
sldt r13
sldt r15
sldt word [rax+rbx]
sldt word [rax+rcx*2]
sldt word [rbx+rsi*4+0x10]
sldt word [r8+r9*8-0x10]
o64 sldt r13
str r12w
str r15w
str word [rax]
str word [0x12345678]
str word [rel $+0x100]
str word [rel $-0x40]
str word [eax]
str [rax]
o16 str r12w
str edi
str r8d
str word [gs:0x28]
str word [fs:rel $+0x10]
str word [rbx+0x7f]
str word [rcx-0x80]
str r15
str rax
str word [rbp]
str word [rbp-0x8]
str word [r12]
str word [r13]
o64 str r15
lldt cx
lldt bx
lldt word [rax]
lldt word [rbx+rsi*4+0x10]
lldt word [r8+r9*8-0x10]
lldt word [rdi*8+0x1000]
lldt word [r15+r14]
lldt [rax]
o16 lldt cx
lldt word [rel $-0x40]
lldt word [eax]
lldt word [ebx+ecx*4+0x8]
lldt word [r10d+0x4]
lldt word [rbx+0x7f]
lldt word [rcx-0x80]
lldt word [rdx+0x12345678]
lldt word [rsp]
ltr bp
ltr di
ltr word [rax]
ltr word [r12]
ltr word [r13]
ltr word [r13+0x10]
ltr word [rax+rbx]
ltr [rax]
o16 ltr bp
ltr word [rdi*8+0x1000]
ltr word [r15+r14]
ltr word [rsp+r12*4+0x80]
ltr word [0x12345678]
ltr word [ebx+ecx*4+0x8]
ltr word [r10d+0x4]
ltr word [fs:rax]
ltr word [gs:0x28]
verr r12w
verr r15w
verr word [rax]
verr word [rdx+0x12345678]
verr word [rsp]
verr word [rsp+0x8]
verr word [rbp]
verr [rax]
o16 verr r12w
verr word [r13+0x10]
verr word [rax+rbx]
verr word [rax+rcx*2]
verr word [rbx+rsi*4+0x10]
verr word [rsp+r12*4+0x80]
verr word [0x12345678]
verr word [rel $+0x100]
verr word [rel $-0x40]
verw cx
verw bx
verw word [rax]
verw word [fs:rax]
verw word [gs:0x28]
verw word [fs:rel $+0x10]
verw word [rbx+0x7f]
verw [rax]
o16 verw cx
verw word [rsp+0x8]
verw word [rbp]
verw word [rbp-0x8]
verw word [r12]
verw word [rax+rcx*2]
verw word [rbx+rsi*4+0x10]
verw word [r8+r9*8-0x10]
verw word [rdi*8+0x1000]
sgdt [rax]
sgdt [eax]
sgdt [ebx+ecx*4+0x8]
sgdt [r10d+0x4]
sgdt [fs:rax]
sidt [rax]
sidt [r15+r14]
sidt [rsp+r12*4+0x80]
sidt [0x12345678]
sidt [rel $+0x100]
lgdt [rax]
lgdt [rbx+0x7f]
lgdt [rcx-0x80]
lgdt [rdx+0x12345678]
lgdt [rsp]
lgdt [rsp+0x8]
lgdt [rbp]
lgdt [rbp-0x8]
lgdt [r12]
lgdt [r13]
lgdt [r13+0x10]
lgdt [rax+rbx]
lgdt [rax+rcx*2]
lgdt [rbx+rsi*4+0x10]
lgdt [r8+r9*8-0x10]
lgdt [rdi*8+0x1000]
lgdt [r15+r14]
lgdt [rsp+r12*4+0x80]
lgdt [0x12345678]
lgdt [rel $+0x100]
lgdt [rel $-0x40]
lgdt [eax]
lgdt [ebx+ecx*4+0x8]
lgdt [r10d+0x4]
lgdt [fs:rax]
lgdt [gs:0x28]
lgdt [fs:rel $+0x10]
lidt [rax]
lidt [rbp]
lidt [rbp-0x8]
lidt [r12]
lidt [r13]
smsw sp
smsw bp
smsw word [rax]
smsw word [rbx+rsi*4+0x10]
smsw word [r8+r9*8-0x10]
smsw word [rdi*8+0x1000]
smsw word [r15+r14]
smsw [rax]
o16 smsw sp
smsw ecx
smsw ebx
smsw word [rel $-0x40]
smsw word [eax]
smsw word [ebx+ecx*4+0x8]
smsw word [r10d+0x4]
smsw rdx
smsw rsp
smsw word [rbx+0x7f]
smsw word [rcx-0x80]
smsw word [rdx+0x12345678]
smsw word [rsp]
o64 smsw rdx
rstorssp qword [rax]
rstorssp qword [r12]
rstorssp qword [r13]
rstorssp qword [r13+0x10]
rstorssp qword [rax+rbx]
rstorssp [rax]
lmsw bp
lmsw di
lmsw word [rax]
lmsw word [rdi*8+0x1000]
lmsw word [r15+r14]
lmsw word [rsp+r12*4+0x80]
lmsw word [0x12345678]
lmsw [rax]
o16 lmsw bp
lmsw word [ebx+ecx*4+0x8]
lmsw word [r10d+0x4]
lmsw word [fs:rax]
lmsw word [gs:0x28]
lmsw word [rdx+0x12345678]
lmsw word [rsp]
lmsw word [rsp+0x8]
lmsw word [rbp]
invlpg [rax]
invlpg [rbx+0x7f]
invlpg [rcx-0x80]
invlpg [rdx+0x12345678]
invlpg [rsp]
invlpg [rsp+0x8]
invlpg [rbp]
invlpg [rbp-0x8]
invlpg [r12]
invlpg [r13]
invlpg [r13+0x10]
invlpg [rax+rbx]
invlpg [rax+rcx*2]
invlpg [rbx+rsi*4+0x10]
invlpg [r8+r9*8-0x10]
invlpg [rdi*8+0x1000]
invlpg [r15+r14]
invlpg [rsp+r12*4+0x80]
invlpg [0x12345678]
invlpg [rel $+0x100]
invlpg [rel $-0x40]
invlpg [eax]
invlpg [ebx+ecx*4+0x8]
invlpg [r10d+0x4]
invlpg [fs:rax]
invlpg [gs:0x28]
invlpg [fs:rel $+0x10]
enclv
vmcall
vmlaunch
vmresume
vmxoff
pconfig
a32 monitor
monitor
mwait
clac
stac
encls
xgetbv
xsetbv
vmfunc
xend
xtest
enclu
a32 vmrun
vmrun
vmmcall
a32 vmload
vmload
a32 vmsave
vmsave
stgi
clgi
skinit
invlpga
a32 invlpga
setssbsy
saveprevssp
rdpkru
wrpkru
swapgs
rdtscp
a32 monitorx
monitorx
mwaitx
a32 clzero
clzero
lar bp, di
lar di, di
lar r8w, di
lar bp, r8w
lar bp, word [rax]
lar bp, word [rdx+0x12345678]
lar bp, word [rsp]
lar bp, word [rsp+0x8]
lar bp, word [rbp]
lar bp, [rax]
o16 lar bp, di
lar ebx, esp
lar esp, esp
lar ebp, esp
lar ebx, ebp
lar ebx, word [rax]
lar ebx, word [r13+0x10]
lar ebx, word [rax+rbx]
lar ebx, word [rax+rcx*2]
lar ebx, word [rbx+rsi*4+0x10]
lar ebx, [rax]
lar r13, r15
lar r15, r15
lar rax, r15
lar r13, rax
lar r13, word [rax]
lar r13, word [rsp+r12*4+0x80]
lar r13, word [0x12345678]
lar r13, word [rel $+0x100]
lar r13, word [rel $-0x40]
lar r13, [rax]
o64 lar r13, r15
lsl r12w, r15w
lsl r15w, r15w
lsl ax, r15w
lsl r12w, ax
lsl r12w, word [rax]
lsl r12w, word [fs:rax]
lsl r12w, word [gs:0x28]
lsl r12w, word [fs:rel $+0x10]
lsl r12w, word [rbx+0x7f]
lsl r12w, [rax]
o16 lsl r12w, r15w
lsl edi, r8d
lsl r8d, r8d
lsl r13d, r8d
lsl edi, r13d
lsl edi, word [rax]
lsl edi, word [rsp+0x8]
lsl edi, word [rbp]
lsl edi, word [rbp-0x8]
lsl edi, word [r12]
lsl edi, [rax]
lsl r15, rax
lsl rax, rax
lsl rcx, rax
lsl r15, rcx
lsl r15, word [rax]
lsl r15, word [rax+rcx*2]
lsl r15, word [rbx+rsi*4+0x10]
lsl r15, word [r8+r9*8-0x10]
lsl r15, word [rdi*8+0x1000]
lsl r15, [rax]
o64 lsl r15, rax
syscall
clts
sysret
o64 sysret
invd
wbinvd
wbnoinvd
ud2
prefetch [rax]
prefetchw [rax]
prefetchwt1 byte [rax]
prefetchwt1 byte [r12]
prefetchwt1 byte [r13]
prefetchwt1 byte [r13+0x10]
prefetchwt1 byte [rax+rbx]
prefetchwt1 [rax]
movups xmm15, xmm0
movups xmm0, xmm0
movups xmm1, xmm0
movups xmm15, xmm1
movups xmm15, oword [rax]
movups xmm15, oword [rax+rcx*2]
movups xmm15, oword [rbx+rsi*4+0x10]
movups xmm15, oword [r8+r9*8-0x10]
movups xmm15, oword [rdi*8+0x1000]
movups xmm15, [rax]
vmovups xmm0, xmm1
vmovups xmm1, xmm1
vmovups xmm7, xmm1
vmovups xmm0, xmm7
vmovups xmm0, oword [rax]
vmovups xmm0, oword [rel $+0x100]
vmovups xmm0, oword [rel $-0x40]
vmovups xmm0, oword [eax]
vmovups xmm0, oword [ebx+ecx*4+0x8]
vmovups xmm0, [rax]
vmovups ymm1, ymm7
vmovups ymm7, ymm7
vmovups ymm8, ymm7
vmovups ymm1, ymm8
vmovups ymm1, yword [rax]
vmovups ymm1, yword [fs:rel $+0x10]
vmovups ymm1, yword [rbx+0x7f]
vmovups ymm1, yword [rcx-0x80]
vmovups ymm1, yword [rdx+0x12345678]
vmovups ymm1, [rax]
movupd xmm15, xmm0
movupd xmm0, xmm0
movupd xmm1, xmm0
movupd xmm15, xmm1
movupd xmm15, oword [rax]
movupd xmm15, oword [rcx-0x80]
movupd xmm15, oword [rdx+0x12345678]
movupd xmm15, oword [rsp]
movupd xmm15, oword [rsp+0x8]
movupd xmm15, [rax]
vmovupd xmm0, xmm1
vmovupd xmm1, xmm1
vmovupd xmm7, xmm1
vmovupd xmm0, xmm7
vmovupd xmm0, oword [rax]
vmovupd xmm0, oword [r13]
vmovupd xmm0, oword [r13+0x10]
vmovupd xmm0, oword [rax+rbx]
vmovupd xmm0, oword [rax+rcx*2]
vmovupd xmm0, [rax]
vmovupd ymm1, ymm7
vmovupd ymm7, ymm7
vmovupd ymm8, ymm7
vmovupd ymm1, ymm8
vmovupd ymm1, yword [rax]
vmovupd ymm1, yword [r15+r14]
vmovupd ymm1, yword [rsp+r12*4+0x80]
vmovupd ymm1, yword [0x12345678]
vmovupd ymm1, yword [rel $+0x100]
vmovupd ymm1, [rax]
movss xmm15, xmm0
movss xmm0, xmm0
movss xmm1, xmm0
movss xmm15, xmm1
movss xmm15, dword [rax]
movss xmm15, dword [0x12345678]
movss xmm15, dword [rel $+0x100]
movss xmm15, dword [rel $-0x40]
movss xmm15, dword [eax]
movss xmm15, [rax]
vmovss xmm0, xmm1, xmm7
vmovss xmm1, xmm1, xmm7
vmovss xmm7, xmm1, xmm7
vmovss xmm0, xmm7, xmm7
vmovss xmm0, xmm8, xmm7
vmovss xmm0, xmm1, xmm8
vmovss xmm0, xmm1, xmm13
vmovss xmm1, dword [rax]
vmovss xmm7, dword [rax]
vmovss xmm8, dword [rax]
vmovss xmm1, dword [rbp]
vmovss xmm1, dword [rbp-0x8]
vmovss xmm1, dword [r12]
vmovss xmm1, dword [r13]
vmovss xmm1, [rax]
movsd xmm13, xmm15
movsd xmm15, xmm15
movsd xmm0, xmm15
movsd xmm13, xmm0
movsd xmm13, qword [rax]
movsd xmm13, qword [rbx+0x7f]
movsd xmm13, qword [rcx-0x80]
movsd xmm13, qword [rdx+0x12345678]
movsd xmm13, qword [rsp]
movsd xmm13, [rax]
vmovsd xmm15, xmm0, xmm1
vmovsd xmm0, xmm0, xmm1
vmovsd xmm1, xmm0, xmm1
vmovsd xmm15, xmm1, xmm1
vmovsd xmm15, xmm7, xmm1
vmovsd xmm15, xmm0, xmm7
vmovsd xmm15, xmm0, xmm8
vmovsd xmm0, qword [rax]
vmovsd xmm1, qword [rax]
vmovsd xmm7, qword [rax]
vmovsd xmm0, qword [rdi*8+0x1000]
vmovsd xmm0, qword [r15+r14]
vmovsd xmm0, qword [rsp+r12*4+0x80]
vmovsd xmm0, qword [0x12345678]
vmovsd xmm0, [rax]
movups xmm8, xmm13
movups xmm13, xmm13
movups oword [rax], xmm13
movups oword [r13+0x10], xmm13
movups oword [rax+rbx], xmm13
movups oword [rax+rcx*2], xmm13
movups oword [rbx+rsi*4+0x10], xmm13
movups [rax], xmm13
movups xmm8, xmm15
movups xmm8, xmm0
vmovups xmm13, xmm15
vmovups xmm15, xmm15
vmovups oword [rax], xmm15
vmovups oword [rsp+r12*4+0x80], xmm15
vmovups oword [0x12345678], xmm15
vmovups oword [rel $+0x100], xmm15
vmovups oword [rel $-0x40], xmm15
vmovups [rax], xmm15
vmovups xmm13, xmm0
vmovups xmm13, xmm1
vmovups ymm15, ymm0
vmovups ymm0, ymm0
vmovups yword [rax], ymm0
vmovups yword [fs:rax], ymm0
vmovups yword [gs:0x28], ymm0
vmovups yword [fs:rel $+0x10], ymm0
vmovups yword [rbx+0x7f], ymm0
vmovups [rax], ymm0
vmovups ymm15, ymm1
vmovups ymm15, ymm7
movupd xmm8, xmm13
movupd xmm13, xmm13
movupd oword [rax], xmm13
movupd oword [fs:rel $+0x10], xmm13
movupd oword [rbx+0x7f], xmm13
movupd oword [rcx-0x80], xmm13
movupd oword [rdx+0x12345678], xmm13
movupd [rax], xmm13
movupd xmm8, xmm15
movupd xmm8, xmm0
vmovupd xmm13, xmm15
vmovupd xmm15, xmm15
vmovupd oword [rax], xmm15
vmovupd oword [rbp-0x8], xmm15
vmovupd oword [r12], xmm15
vmovupd oword [r13], xmm15
vmovupd oword [r13+0x10], xmm15
vmovupd [rax], xmm15
vmovupd xmm13, xmm0
vmovupd xmm13, xmm1
vmovupd ymm15, ymm0
vmovupd ymm0, ymm0
vmovupd yword [rax], ymm0
vmovupd yword [r8+r9*8-0x10], ymm0
vmovupd yword [rdi*8+0x1000], ymm0
vmovupd yword [r15+r14], ymm0
vmovupd yword [rsp+r12*4+0x80], ymm0
vmovupd [rax], ymm0
vmovupd ymm15, ymm1
vmovupd ymm15, ymm7
movss xmm8, xmm13
movss xmm13, xmm13
movss dword [rax], xmm13
movss dword [r15+r14], xmm13
movss dword [rsp+r12*4+0x80], xmm13
movss dword [0x12345678], xmm13
movss dword [rel $+0x100], xmm13
movss [rax], xmm13
movss xmm8, xmm15
movss xmm8, xmm0
vmovss xmm13, xmm15, xmm0
vmovss xmm15, xmm15, xmm0
vmovss xmm0, xmm15, xmm0
vmovss xmm13, xmm0, xmm0
vmovss xmm13, xmm1, xmm0
vmovss xmm13, xmm15, xmm1
vmovss xmm13, xmm15, xmm7
vmovss dword [rax], xmm0
vmovss dword [rsp], xmm0
vmovss dword [rsp+0x8], xmm0
vmovss dword [rbp], xmm0
vmovss dword [rbp-0x8], xmm0
vmovss [rax], xmm0
vmovss dword [rax], xmm1
vmovss dword [rax], xmm7
movsd xmm7, xmm8
movsd xmm8, xmm8
movsd qword [rax], xmm8
movsd qword [gs:0x28], xmm8
movsd qword [fs:rel $+0x10], xmm8
movsd qword [rbx+0x7f], xmm8
movsd qword [rcx-0x80], xmm8
movsd [rax], xmm8
movsd xmm7, xmm13
movsd xmm7, xmm15
vmovsd xmm8, xmm13, xmm15
vmovsd xmm13, xmm13, xmm15
vmovsd xmm15, xmm13, xmm15
vmovsd xmm8, xmm15, xmm15
vmovsd xmm8, xmm0, xmm15
vmovsd xmm8, xmm13, xmm0
vmovsd xmm8, xmm13, xmm1
vmovsd qword [rax], xmm15
vmovsd qword [rbx+rsi*4+0x10], xmm15
vmovsd qword [r8+r9*8-0x10], xmm15
vmovsd qword [rdi*8+0x1000], xmm15
vmovsd qword [r15+r14], xmm15
vmovsd [rax], xmm15
vmovsd qword [rax], xmm0
vmovsd qword [rax], xmm1
movhlps xmm1, xmm7
movhlps xmm7, xmm7
movhlps xmm8, xmm7
movhlps xmm1, xmm8
movhlps xmm1, xmm13
movlps xmm7, qword [rax]
movlps xmm8, qword [rax]
movlps xmm13, qword [rax]
movlps xmm7, qword [rdi*8+0x1000]
movlps xmm7, qword [r15+r14]
movlps xmm7, qword [rsp+r12*4+0x80]
movlps xmm7, qword [0x12345678]
movlps xmm7, [rax]
vmovhlps xmm8, xmm13, xmm15
vmovhlps xmm13, xmm13, xmm15
vmovhlps xmm15, xmm13, xmm15
vmovhlps xmm8, xmm15, xmm15
vmovhlps xmm8, xmm0, xmm15
vmovhlps xmm8, xmm13, xmm0
vmovhlps xmm8, xmm13, xmm1
vmovlps xmm13, xmm15, qword [rax]
vmovlps xmm15, xmm15, qword [rax]
vmovlps xmm0, xmm15, qword [rax]
vmovlps xmm13, xmm0, qword [rax]
vmovlps xmm13, xmm1, qword [rax]
vmovlps xmm13, xmm15, qword [rdx+0x12345678]
vmovlps xmm13, xmm15, qword [rsp]
vmovlps xmm13, xmm15, qword [rsp+0x8]
vmovlps xmm13, xmm15, qword [rbp]
vmovlps xmm13, xmm15, [rax]
movlpd xmm1, qword [rax]
movlpd xmm7, qword [rax]
movlpd xmm8, qword [rax]
movlpd xmm1, qword [fs:rax]
movlpd xmm1, qword [gs:0x28]
movlpd xmm1, qword [fs:rel $+0x10]
movlpd xmm1, qword [rbx+0x7f]
movlpd xmm1, [rax]
vmovlpd xmm7, xmm8, qword [rax]
vmovlpd xmm8, xmm8, qword [rax]
vmovlpd xmm13, xmm8, qword [rax]
vmovlpd xmm7, xmm13, qword [rax]
vmovlpd xmm7, xmm15, qword [rax]
vmovlpd xmm7, xmm8, qword [rsp+0x8]
vmovlpd xmm7, xmm8, qword [rbp]
vmovlpd xmm7, xmm8, qword [rbp-0x8]
vmovlpd xmm7, xmm8, qword [r12]
vmovlpd xmm7, xmm8, [rax]
movsldup xmm13, xmm15
movsldup xmm15, xmm15
movsldup xmm0, xmm15
movsldup xmm13, xmm0
movsldup xmm13, oword [rax]
movsldup xmm13, oword [rel $+0x100]
movsldup xmm13, oword [rel $-0x40]
movsldup xmm13, oword [eax]
movsldup xmm13, oword [ebx+ecx*4+0x8]
movsldup xmm13, [rax]
vmovsldup xmm15, xmm0
vmovsldup xmm0, xmm0
vmovsldup xmm1, xmm0
vmovsldup xmm15, xmm1
vmovsldup xmm15, oword [rax]
vmovsldup xmm15, oword [fs:rel $+0x10]
vmovsldup xmm15, oword [rbx+0x7f]
vmovsldup xmm15, oword [rcx-0x80]
vmovsldup xmm15, oword [rdx+0x12345678]
vmovsldup xmm15, [rax]
vmovsldup ymm0, ymm1
vmovsldup ymm1, ymm1
vmovsldup ymm7, ymm1
vmovsldup ymm0, ymm7
vmovsldup ymm0, yword [rax]
vmovsldup ymm0, yword [rbp-0x8]
vmovsldup ymm0, yword [r12]
vmovsldup ymm0, yword [r13]
vmovsldup ymm0, yword [r13+0x10]
vmovsldup ymm0, [rax]
movddup xmm13, xmm15
movddup xmm15, xmm15
movddup xmm0, xmm15
movddup xmm13, xmm0
movddup xmm13, qword [rax]
movddup xmm13, qword [r13]
movddup xmm13, qword [r13+0x10]
movddup xmm13, qword [rax+rbx]
movddup xmm13, qword [rax+rcx*2]
movddup xmm13, [rax]
vmovddup xmm15, xmm0
vmovddup xmm0, xmm0
vmovddup xmm1, xmm0
vmovddup xmm15, xmm1
vmovddup xmm15, qword [rax]
vmovddup xmm15, qword [r15+r14]
vmovddup xmm15, qword [rsp+r12*4+0x80]
vmovddup xmm15, qword [0x12345678]
vmovddup xmm15, qword [rel $+0x100]
vmovddup xmm15, [rax]
vmovddup ymm0, ymm1
vmovddup ymm1, ymm1
vmovddup ymm7, ymm1
vmovddup ymm0, ymm7
vmovddup ymm0, yword [rax]
vmovddup ymm0, yword [r10d+0x4]
vmovddup ymm0, yword [fs:rax]
vmovddup ymm0, yword [gs:0x28]
vmovddup ymm0, yword [fs:rel $+0x10]
vmovddup ymm0, [rax]
movlps qword [rax], xmm15
movlps qword [gs:0x28], xmm15
movlps qword [fs:rel $+0x10], xmm15
movlps qword [rbx+0x7f], xmm15
movlps qword [rcx-0x80], xmm15
movlps [rax], xmm15
movlps qword [rax], xmm0
movlps qword [rax], xmm1
vmovlps qword [rax], xmm0
vmovlps qword [rbp], xmm0
vmovlps qword [rbp-0x8], xmm0
vmovlps qword [r12], xmm0
vmovlps qword [r13], xmm0
vmovlps [rax], xmm0
vmovlps qword [rax], xmm1
vmovlps qword [rax], xmm7
movlpd qword [rax], xmm7
movlpd qword [rel $-0x40], xmm7
movlpd qword [eax], xmm7
movlpd qword [ebx+ecx*4+0x8], xmm7
movlpd qword [r10d+0x4], xmm7
movlpd [rax], xmm7
movlpd qword [rax], xmm8
movlpd qword [rax], xmm13
vmovlpd qword [rax], xmm8
vmovlpd qword [rbx+0x7f], xmm8
vmovlpd qword [rcx-0x80], xmm8
vmovlpd qword [rdx+0x12345678], xmm8
vmovlpd qword [rsp], xmm8
vmovlpd [rax], xmm8
vmovlpd qword [rax], xmm13
vmovlpd qword [rax], xmm15
unpcklps xmm13, xmm15
unpcklps xmm15, xmm15
unpcklps xmm0, xmm15
unpcklps xmm13, xmm0
unpcklps xmm13, oword [rax]
unpcklps xmm13, oword [rdi*8+0x1000]
unpcklps xmm13, oword [r15+r14]
unpcklps xmm13, oword [rsp+r12*4+0x80]
unpcklps xmm13, oword [0x12345678]
unpcklps xmm13, [rax]
vunpcklps xmm15, xmm0, xmm1
vunpcklps xmm0, xmm0, xmm1
vunpcklps xmm1, xmm0, xmm1
vunpcklps xmm15, xmm1, xmm1
vunpcklps xmm15, xmm7, xmm1
vunpcklps xmm15, xmm0, xmm7
vunpcklps xmm15, xmm0, oword [rax]
vunpcklps xmm15, xmm0, oword [ebx+ecx*4+0x8]
vunpcklps xmm15, xmm0, oword [r10d+0x4]
vunpcklps xmm15, xmm0, oword [fs:rax]
vunpcklps xmm15, xmm0, oword [gs:0x28]
vunpcklps xmm15, xmm0, [rax]
vunpcklps ymm0, ymm1, ymm7
vunpcklps ymm1, ymm1, ymm7
vunpcklps ymm7, ymm1, ymm7
vunpcklps ymm0, ymm7, ymm7
vunpcklps ymm0, ymm8, ymm7
vunpcklps ymm0, ymm1, ymm8
vunpcklps ymm0, ymm1, yword [rax]
vunpcklps ymm0, ymm1, yword [rdx+0x12345678]
vunpcklps ymm0, ymm1, yword [rsp]
vunpcklps ymm0, ymm1, yword [rsp+0x8]
vunpcklps ymm0, ymm1, yword [rbp]
vunpcklps ymm0, ymm1, [rax]
unpcklpd xmm13, xmm15
unpcklpd xmm15, xmm15
unpcklpd xmm0, xmm15
unpcklpd xmm13, xmm0
unpcklpd xmm13, oword [rax]
unpcklpd xmm13, oword [rsp+0x8]
unpcklpd xmm13, oword [rbp]
unpcklpd xmm13, oword [rbp-0x8]
unpcklpd xmm13, oword [r12]
unpcklpd xmm13, [rax]
vunpcklpd xmm15, xmm0, xmm1
vunpcklpd xmm0, xmm0, xmm1
vunpcklpd xmm1, xmm0, xmm1
vunpcklpd xmm15, xmm1, xmm1
vunpcklpd xmm15, xmm7, xmm1
vunpcklpd xmm15, xmm0, xmm7
vunpcklpd xmm15, xmm0, oword [rax]
vunpcklpd xmm15, xmm0, oword [rax+rcx*2]
vunpcklpd xmm15, xmm0, oword [rbx+rsi*4+0x10]
vunpcklpd xmm15, xmm0, oword [r8+r9*8-0x10]
vunpcklpd xmm15, xmm0, oword [rdi*8+0x1000]
vunpcklpd xmm15, xmm0, [rax]
vunpcklpd ymm0, ymm1, ymm7
vunpcklpd ymm1, ymm1, ymm7
vunpcklpd ymm7, ymm1, ymm7
vunpcklpd ymm0, ymm7, ymm7
vunpcklpd ymm0, ymm8, ymm7
vunpcklpd ymm0, ymm1, ymm8
vunpcklpd ymm0, ymm1, yword [rax]
vunpcklpd ymm0, ymm1, yword [rel $+0x100]
vunpcklpd ymm0, ymm1, yword [rel $-0x40]
vunpcklpd ymm0, ymm1, yword [eax]
vunpcklpd ymm0, ymm1, yword [ebx+ecx*4+0x8]
vunpcklpd ymm0, ymm1, [rax]
unpckhps xmm13, xmm15
unpckhps xmm15, xmm15
unpckhps xmm0, xmm15
unpckhps xmm13, xmm0
unpckhps xmm13, oword [rax]
unpckhps xmm13, oword [eax]
unpckhps xmm13, oword [ebx+ecx*4+0x8]
unpckhps xmm13, oword [r10d+0x4]
unpckhps xmm13, oword [fs:rax]
unpckhps xmm13, [rax]
vunpckhps xmm15, xmm0, xmm1
vunpckhps xmm0, xmm0, xmm1
vunpckhps xmm1, xmm0, xmm1
vunpckhps xmm15, xmm1, xmm1
vunpckhps xmm15, xmm7, xmm1
vunpckhps xmm15, xmm0, xmm7
vunpckhps xmm15, xmm0, oword [rax]
vunpckhps xmm15, xmm0, oword [rcx-0x80]
vunpckhps xmm15, xmm0, oword [rdx+0x12345678]
vunpckhps xmm15, xmm0, oword [rsp]
vunpckhps xmm15, xmm0, oword [rsp+0x8]
vunpckhps xmm15, xmm0, [rax]
vunpckhps ymm0, ymm1, ymm7
vunpckhps ymm1, ymm1, ymm7
vunpckhps ymm7, ymm1, ymm7
vunpckhps ymm0, ymm7, ymm7
vunpckhps ymm0, ymm8, ymm7
vunpckhps ymm0, ymm1, ymm8
vunpckhps ymm0, ymm1, yword [rax]
vunpckhps ymm0, ymm1, yword [r13]
vunpckhps ymm0, ymm1, yword [r13+0x10]
vunpckhps ymm0, ymm1, yword [rax+rbx]
vunpckhps ymm0, ymm1, yword [rax+rcx*2]
vunpckhps ymm0, ymm1, [rax]
unpckhpd xmm13, xmm15
unpckhpd xmm15, xmm15
unpckhpd xmm0, xmm15
unpckhpd xmm13, xmm0
unpckhpd xmm13, oword [rax]
unpckhpd xmm13, oword [rax+rbx]
unpckhpd xmm13, oword [rax+rcx*2]
unpckhpd xmm13, oword [rbx+rsi*4+0x10]
unpckhpd xmm13, oword [r8+r9*8-0x10]
unpckhpd xmm13, [rax]
vunpckhpd xmm15, xmm0, xmm1
vunpckhpd xmm0, xmm0, xmm1
vunpckhpd xmm1, xmm0, xmm1
vunpckhpd xmm15, xmm1, xmm1
vunpckhpd xmm15, xmm7, xmm1
vunpckhpd xmm15, xmm0, xmm7
vunpckhpd xmm15, xmm0, oword [rax]
vunpckhpd xmm15, xmm0, oword [0x12345678]
vunpckhpd xmm15, xmm0, oword [rel $+0x100]
vunpckhpd xmm15, xmm0, oword [rel $-0x40]
vunpckhpd xmm15, xmm0, oword [eax]
vunpckhpd xmm15, xmm0, [rax]
vunpckhpd ymm0, ymm1, ymm7
vunpckhpd ymm1, ymm1, ymm7
vunpckhpd ymm7, ymm1, ymm7
vunpckhpd ymm0, ymm7, ymm7
vunpckhpd ymm0, ymm8, ymm7
vunpckhpd ymm0, ymm1, ymm8
vunpckhpd ymm0, ymm1, yword [rax]
vunpckhpd ymm0, ymm1, yword [gs:0x28]
vunpckhpd ymm0, ymm1, yword [fs:rel $+0x10]
vunpckhpd ymm0, ymm1, yword [rbx+0x7f]
vunpckhpd ymm0, ymm1, yword [rcx-0x80]
vunpckhpd ymm0, ymm1, [rax]
movlhps xmm13, xmm15
movlhps xmm15, xmm15
movlhps xmm0, xmm15
movlhps xmm13, xmm0
movlhps xmm13, xmm1
vmovlhps xmm15, xmm0, xmm1
vmovlhps xmm0, xmm0, xmm1
vmovlhps xmm1, xmm0, xmm1
vmovlhps xmm15, xmm1, xmm1
vmovlhps xmm15, xmm7, xmm1
vmovlhps xmm15, xmm0, xmm7
vmovlhps xmm15, xmm0, xmm8
movhps xmm1, qword [rax]
movhps xmm7, qword [rax]
movhps xmm8, qword [rax]
movhps xmm1, qword [ebx+ecx*4+0x8]
movhps xmm1, qword [r10d+0x4]
movhps xmm1, qword [fs:rax]
movhps xmm1, qword [gs:0x28]
movhps xmm1, [rax]
vmovhps xmm7, xmm8, qword [rax]
vmovhps xmm8, xmm8, qword [rax]
vmovhps xmm13, xmm8, qword [rax]
vmovhps xmm7, xmm13, qword [rax]
vmovhps xmm7, xmm15, qword [rax]
vmovhps xmm7, xmm8, qword [rdx+0x12345678]
vmovhps xmm7, xmm8, qword [rsp]
vmovhps xmm7, xmm8, qword [rsp+0x8]
vmovhps xmm7, xmm8, qword [rbp]
vmovhps xmm7, xmm8, [rax]
movhpd xmm13, qword [rax]
movhpd xmm15, qword [rax]
movhpd xmm0, qword [rax]
movhpd xmm13, qword [rsp+r12*4+0x80]
movhpd xmm13, qword [0x12345678]
movhpd xmm13, qword [rel $+0x100]
movhpd xmm13, qword [rel $-0x40]
movhpd xmm13, [rax]
vmovhpd xmm15, xmm0, qword [rax]
vmovhpd xmm0, xmm0, qword [rax]
vmovhpd xmm1, xmm0, qword [rax]
vmovhpd xmm15, xmm1, qword [rax]
vmovhpd xmm15, xmm7, qword [rax]
vmovhpd xmm15, xmm0, qword [fs:rax]
vmovhpd xmm15, xmm0, qword [gs:0x28]
vmovhpd xmm15, xmm0, qword [fs:rel $+0x10]
vmovhpd xmm15, xmm0, qword [rbx+0x7f]
vmovhpd xmm15, xmm0, [rax]
movshdup xmm1, xmm7
movshdup xmm7, xmm7
movshdup xmm8, xmm7
movshdup xmm1, xmm8
movshdup xmm1, oword [rax]
movshdup xmm1, oword [rax+rcx*2]
movshdup xmm1, oword [rbx+rsi*4+0x10]
movshdup xmm1, oword [r8+r9*8-0x10]
movshdup xmm1, oword [rdi*8+0x1000]
movshdup xmm1, [rax]
vmovshdup xmm7, xmm8
vmovshdup xmm8, xmm8
vmovshdup xmm13, xmm8
vmovshdup xmm7, xmm13
vmovshdup xmm7, oword [rax]
vmovshdup xmm7, oword [rel $+0x100]
vmovshdup xmm7, oword [rel $-0x40]
vmovshdup xmm7, oword [eax]
vmovshdup xmm7, oword [ebx+ecx*4+0x8]
vmovshdup xmm7, [rax]
vmovshdup ymm8, ymm13
vmovshdup ymm13, ymm13
vmovshdup ymm15, ymm13
vmovshdup ymm8, ymm15
vmovshdup ymm8, yword [rax]
vmovshdup ymm8, yword [fs:rel $+0x10]
vmovshdup ymm8, yword [rbx+0x7f]
vmovshdup ymm8, yword [rcx-0x80]
vmovshdup ymm8, yword [rdx+0x12345678]
vmovshdup ymm8, [rax]
movhps qword [rax], xmm7
movhps qword [rcx-0x80], xmm7
movhps qword [rdx+0x12345678], xmm7
movhps qword [rsp], xmm7
movhps qword [rsp+0x8], xmm7
movhps [rax], xmm7
movhps qword [rax], xmm8
movhps qword [rax], xmm13
vmovhps qword [rax], xmm8
vmovhps qword [r13], xmm8
vmovhps qword [r13+0x10], xmm8
vmovhps qword [rax+rbx], xmm8
vmovhps qword [rax+rcx*2], xmm8
vmovhps [rax], xmm8
vmovhps qword [rax], xmm13
vmovhps qword [rax], xmm15
movhpd qword [rax], xmm15
movhpd qword [r10d+0x4], xmm15
movhpd qword [fs:rax], xmm15
movhpd qword [gs:0x28], xmm15
movhpd qword [fs:rel $+0x10], xmm15
movhpd [rax], xmm15
movhpd qword [rax], xmm0
movhpd qword [rax], xmm1
vmovhpd qword [rax], xmm0
vmovhpd qword [rsp], xmm0
vmovhpd qword [rsp+0x8], xmm0
vmovhpd qword [rbp], xmm0
vmovhpd qword [rbp-0x8], xmm0
vmovhpd [rax], xmm0
vmovhpd qword [rax], xmm1
vmovhpd qword [rax], xmm7
prefetchnta byte [rax]
prefetchnta byte [rsp]
prefetchnta byte [rsp+0x8]
prefetchnta byte [rbp]
prefetchnta byte [rbp-0x8]
prefetchnta [rax]
prefetcht0 byte [rax]
prefetcht0 byte [rax+rbx]
prefetcht0 byte [rax+rcx*2]
prefetcht0 byte [rbx+rsi*4+0x10]
prefetcht0 byte [r8+r9*8-0x10]
prefetcht0 [rax]
prefetcht1 byte [rax]
prefetcht1 byte [0x12345678]
prefetcht1 byte [rel $+0x100]
prefetcht1 byte [rel $-0x40]
prefetcht1 byte [eax]
prefetcht1 [rax]
prefetcht2 byte [rax]
prefetcht2 byte [gs:0x28]
prefetcht2 byte [fs:rel $+0x10]
prefetcht2 byte [rbx+0x7f]
prefetcht2 byte [rcx-0x80]
prefetcht2 [rax]
cldemote [rax]
rdsspd ebx
rdsspd esp
rdsspd ebp
rdsspq rcx
rdsspq rdx
rdsspq rsp
o64 rdsspq rcx
endbr64
endbr32
nop sp
nop bp
nop word [rax]
nop word [r13]
nop word [r13+0x10]
nop word [rax+rbx]
nop word [rax+rcx*2]
o16 nop sp
nop ecx
nop ebx
nop dword [rax]
nop dword [r15+r14]
nop dword [rsp+r12*4+0x80]
nop dword [0x12345678]
nop dword [rel $+0x100]
nop r8
nop r12
nop qword [rax]
nop qword [r10d+0x4]
nop qword [fs:rax]
nop qword [gs:0x28]
nop qword [fs:rel $+0x10]
o64 nop r8
mov rax, cr0
mov rcx, cr0
mov rdx, cr0
mov rsp, cr0
mov rbp, cr0
mov rsi, cr0
mov r8, cr0
mov r12, cr0
mov r13, cr0
mov r15, cr0
mov rax, cr2
mov rax, cr3
mov rax, cr4
mov rax, cr8
mov rax, dr0
mov rcx, dr0
mov rdx, dr0
mov rsp, dr0
mov rbp, dr0
mov rsi, dr0
mov r8, dr0
mov r12, dr0
mov r13, dr0
mov r15, dr0
mov rax, dr1
mov rax, dr6
mov rax, dr7
mov cr0, rax
mov cr2, rax
mov cr3, rax
mov cr4, rax
mov cr8, rax
mov cr0, rcx
mov cr0, rdx
mov cr0, rsp
mov cr0, rbp
mov cr0, rsi
mov cr0, r8
mov cr0, r12
mov cr0, r13
mov cr0, r15
mov dr0, rax
mov dr1, rax
mov dr6, rax
mov dr7, rax
mov dr0, rcx
mov dr0, rdx
mov dr0, rsp
mov dr0, rbp
mov dr0, rsi
mov dr0, r8
mov dr0, r12
mov dr0, r13
mov dr0, r15
movaps xmm0, xmm7
movaps xmm1, xmm7
movaps xmm7, xmm7
movaps xmm8, xmm7
movaps xmm13, xmm7
movaps xmm15, xmm7
movaps xmm0, xmm8
movaps xmm0, oword [rax]
movaps xmm0, oword [rbx+0x7f]
movaps xmm0, oword [rcx-0x80]
movaps xmm0, oword [rdx+0x12345678]
movaps xmm0, oword [rsp]
movaps xmm0, oword [rsp+0x8]
movaps xmm0, oword [rbp]
movaps xmm0, oword [rbp-0x8]
movaps xmm0, oword [r12]
movaps xmm0, oword [r13]
movaps xmm0, oword [r13+0x10]
movaps xmm0, oword [rax+rbx]
movaps xmm0, oword [rax+rcx*2]
movaps xmm0, oword [rbx+rsi*4+0x10]
movaps xmm0, oword [r8+r9*8-0x10]
movaps xmm0, oword [rdi*8+0x1000]
movaps xmm0, oword [r15+r14]
movaps xmm0, oword [rsp+r12*4+0x80]
movaps xmm0, oword [0x12345678]
movaps xmm0, oword [rel $+0x100]
movaps xmm0, oword [rel $-0x40]
movaps xmm0, oword [eax]
movaps xmm0, oword [ebx+ecx*4+0x8]
movaps xmm0, oword [r10d+0x4]
movaps xmm0, oword [fs:rax]
movaps xmm0, oword [gs:0x28]
movaps xmm0, oword [fs:rel $+0x10]
movaps xmm0, [rax]
vmovaps xmm7, xmm8
vmovaps xmm8, xmm8
vmovaps xmm13, xmm8
vmovaps xmm7, xmm13
vmovaps xmm7, oword [rax]
vmovaps xmm7, oword [rdx+0x12345678]
vmovaps xmm7, oword [rsp]
vmovaps xmm7, oword [rsp+0x8]
vmovaps xmm7, oword [rbp]
vmovaps xmm7, [rax]
vmovaps ymm8, ymm13
vmovaps ymm13, ymm13
vmovaps ymm15, ymm13
vmovaps ymm8, ymm15
vmovaps ymm8, yword [rax]
vmovaps ymm8, yword [r13+0x10]
vmovaps ymm8, yword [rax+rbx]
vmovaps ymm8, yword [rax+rcx*2]
vmovaps ymm8, yword [rbx+rsi*4+0x10]
vmovaps ymm8, [rax]
movapd xmm1, xmm7
movapd xmm7, xmm7
movapd xmm8, xmm7
movapd xmm1, xmm8
movapd xmm1, oword [rax]
movapd xmm1, oword [rax+rcx*2]
movapd xmm1, oword [rbx+rsi*4+0x10]
movapd xmm1, oword [r8+r9*8-0x10]
movapd xmm1, oword [rdi*8+0x1000]
movapd xmm1, [rax]
vmovapd xmm7, xmm8
vmovapd xmm8, xmm8
vmovapd xmm13, xmm8
vmovapd xmm7, xmm13
vmovapd xmm7, oword [rax]
vmovapd xmm7, oword [rel $+0x100]
vmovapd xmm7, oword [rel $-0x40]
vmovapd xmm7, oword [eax]
vmovapd xmm7, oword [ebx+ecx*4+0x8]
vmovapd xmm7, [rax]
vmovapd ymm8, ymm13
vmovapd ymm13, ymm13
vmovapd ymm15, ymm13
vmovapd ymm8, ymm15
vmovapd ymm8, yword [rax]
vmovapd ymm8, yword [fs:rel $+0x10]
vmovapd ymm8, yword [rbx+0x7f]
vmovapd ymm8, yword [rcx-0x80]
vmovapd ymm8, yword [rdx+0x12345678]
vmovapd ymm8, [rax]
movaps xmm1, xmm0
movaps xmm7, xmm0
movaps oword [rax], xmm0
movaps oword [rbx+0x7f], xmm0
movaps oword [rcx-0x80], xmm0
movaps oword [rdx+0x12345678], xmm0
movaps oword [rsp], xmm0
movaps oword [rsp+0x8], xmm0
movaps oword [rbp], xmm0
movaps oword [rbp-0x8], xmm0
movaps oword [r12], xmm0
movaps oword [r13], xmm0
movaps oword [r13+0x10], xmm0
movaps oword [rax+rbx], xmm0
movaps oword [rax+rcx*2], xmm0
movaps oword [rbx+rsi*4+0x10], xmm0
movaps oword [r8+r9*8-0x10], xmm0
movaps oword [rdi*8+0x1000], xmm0
movaps oword [r15+r14], xmm0
movaps oword [rsp+r12*4+0x80], xmm0
movaps oword [0x12345678], xmm0
movaps oword [rel $+0x100], xmm0
movaps oword [rel $-0x40], xmm0
movaps oword [eax], xmm0
movaps oword [ebx+ecx*4+0x8], xmm0
movaps oword [r10d+0x4], xmm0
movaps oword [fs:rax], xmm0
movaps oword [gs:0x28], xmm0
movaps oword [fs:rel $+0x10], xmm0
movaps [rax], xmm0
movaps xmm1, xmm1
movaps xmm1, xmm8
movaps xmm1, xmm13
movaps xmm1, xmm15
vmovaps oword [rax], xmm8
vmovaps oword [r13], xmm8
vmovaps oword [r13+0x10], xmm8
vmovaps oword [rax+rbx], xmm8
vmovaps oword [rax+rcx*2], xmm8
vmovaps [rax], xmm8
vmovaps xmm7, xmm15
vmovaps yword [rax], ymm13
vmovaps yword [r15+r14], ymm13
vmovaps yword [rsp+r12*4+0x80], ymm13
vmovaps yword [0x12345678], ymm13
vmovaps yword [rel $+0x100], ymm13
vmovaps [rax], ymm13
vmovaps ymm8, ymm0
movapd oword [rax], xmm7
movapd oword [0x12345678], xmm7
movapd oword [rel $+0x100], xmm7
movapd oword [rel $-0x40], xmm7
movapd oword [eax], xmm7
movapd [rax], xmm7
movapd xmm1, xmm13
vmovapd oword [rax], xmm8
vmovapd oword [gs:0x28], xmm8
vmovapd oword [fs:rel $+0x10], xmm8
vmovapd oword [rbx+0x7f], xmm8
vmovapd oword [rcx-0x80], xmm8
vmovapd [rax], xmm8
vmovapd xmm7, xmm15
vmovapd yword [rax], ymm13
vmovapd yword [rbp], ymm13
vmovapd yword [rbp-0x8], ymm13
vmovapd yword [r12], ymm13
vmovapd yword [r13], ymm13
vmovapd [rax], ymm13
vmovapd ymm8, ymm0
cvtpi2ps xmm1, mm0
cvtpi2ps xmm7, mm0
cvtpi2ps xmm8, mm0
cvtpi2ps xmm1, mm1
cvtpi2ps xmm1, qword [rax]
cvtpi2ps xmm1, qword [r12]
cvtpi2ps xmm1, qword [r13]
cvtpi2ps xmm1, qword [r13+0x10]
cvtpi2ps xmm1, qword [rax+rbx]
cvtpi2ps xmm1, [rax]
cvtpi2pd xmm7, mm7
cvtpi2pd xmm8, mm7
cvtpi2pd xmm13, mm7
cvtpi2pd xmm7, mm0
cvtpi2pd xmm7, qword [rax]
cvtpi2pd xmm7, qword [rdi*8+0x1000]
cvtpi2pd xmm7, qword [r15+r14]
cvtpi2pd xmm7, qword [rsp+r12*4+0x80]
cvtpi2pd xmm7, qword [0x12345678]
cvtpi2pd xmm7, [rax]
cvtsi2ss xmm8, r13d
cvtsi2ss xmm13, r13d
cvtsi2ss xmm15, r13d
cvtsi2ss xmm8, r15d
cvtsi2ss xmm8, dword [rax]
cvtsi2ss xmm8, dword [ebx+ecx*4+0x8]
cvtsi2ss xmm8, dword [r10d+0x4]
cvtsi2ss xmm8, dword [fs:rax]
cvtsi2ss xmm8, dword [gs:0x28]
cvtsi2ss xmm8, [rax]
cvtsi2ss xmm13, rsp
cvtsi2ss xmm15, rsp
cvtsi2ss xmm0, rsp
cvtsi2ss xmm13, rbp
cvtsi2ss xmm13, qword [rax]
cvtsi2ss xmm13, qword [rdx+0x12345678]
cvtsi2ss xmm13, qword [rsp]
cvtsi2ss xmm13, qword [rsp+0x8]
cvtsi2ss xmm13, qword [rbp]
cvtsi2ss xmm13, [rax]
o64 cvtsi2ss xmm13, rsp
vcvtsi2ss xmm15, xmm0, ebp
vcvtsi2ss xmm0, xmm0, ebp
vcvtsi2ss xmm1, xmm0, ebp
vcvtsi2ss xmm15, xmm1, ebp
vcvtsi2ss xmm15, xmm7, ebp
vcvtsi2ss xmm15, xmm0, edi
vcvtsi2ss xmm15, xmm0, dword [rax]
vcvtsi2ss xmm15, xmm0, dword [r13+0x10]
vcvtsi2ss xmm15, xmm0, dword [rax+rbx]
vcvtsi2ss xmm15, xmm0, dword [rax+rcx*2]
vcvtsi2ss xmm15, xmm0, dword [rbx+rsi*4+0x10]
vcvtsi2ss xmm15, xmm0, [rax]
vcvtsi2ss xmm0, xmm1, r13
vcvtsi2ss xmm1, xmm1, r13
vcvtsi2ss xmm7, xmm1, r13
vcvtsi2ss xmm0, xmm7, r13
vcvtsi2ss xmm0, xmm8, r13
vcvtsi2ss xmm0, xmm1, r15
vcvtsi2ss xmm0, xmm1, qword [rax]
vcvtsi2ss xmm0, xmm1, qword [rsp+r12*4+0x80]
vcvtsi2ss xmm0, xmm1, qword [0x12345678]
vcvtsi2ss xmm0, xmm1, qword [rel $+0x100]
vcvtsi2ss xmm0, xmm1, qword [rel $-0x40]
vcvtsi2ss xmm0, xmm1, [rax]
cvtsi2sd xmm8, ebp
cvtsi2sd xmm13, ebp
cvtsi2sd xmm15, ebp
cvtsi2sd xmm8, edi
cvtsi2sd xmm8, dword [rax]
cvtsi2sd xmm8, dword [rax+rcx*2]
cvtsi2sd xmm8, dword [rbx+rsi*4+0x10]
cvtsi2sd xmm8, dword [r8+r9*8-0x10]
cvtsi2sd xmm8, dword [rdi*8+0x1000]
cvtsi2sd xmm8, [rax]
cvtsi2sd xmm13, rsi
cvtsi2sd xmm15, rsi
cvtsi2sd xmm0, rsi
cvtsi2sd xmm13, r8
cvtsi2sd xmm13, qword [rax]
cvtsi2sd xmm13, qword [rel $+0x100]
cvtsi2sd xmm13, qword [rel $-0x40]
cvtsi2sd xmm13, qword [eax]
cvtsi2sd xmm13, qword [ebx+ecx*4+0x8]
cvtsi2sd xmm13, [rax]
o64 cvtsi2sd xmm13, rsi
vcvtsi2sd xmm15, xmm0, ecx
vcvtsi2sd xmm0, xmm0, ecx
vcvtsi2sd xmm1, xmm0, ecx
vcvtsi2sd xmm15, xmm1, ecx
vcvtsi2sd xmm15, xmm7, ecx
vcvtsi2sd xmm15, xmm0, ebx
vcvtsi2sd xmm15, xmm0, dword [rax]
vcvtsi2sd xmm15, xmm0, dword [fs:rel $+0x10]
vcvtsi2sd xmm15, xmm0, dword [rbx+0x7f]
vcvtsi2sd xmm15, xmm0, dword [rcx-0x80]
vcvtsi2sd xmm15, xmm0, dword [rdx+0x12345678]
vcvtsi2sd xmm15, xmm0, [rax]
vcvtsi2sd xmm0, xmm1, rax
vcvtsi2sd xmm1, xmm1, rax
vcvtsi2sd xmm7, xmm1, rax
vcvtsi2sd xmm0, xmm7, rax
vcvtsi2sd xmm0, xmm8, rax
vcvtsi2sd xmm0, xmm1, rcx
vcvtsi2sd xmm0, xmm1, qword [rax]
vcvtsi2sd xmm0, xmm1, qword [rbp-0x8]
vcvtsi2sd xmm0, xmm1, qword [r12]
vcvtsi2sd xmm0, xmm1, qword [r13]
vcvtsi2sd xmm0, xmm1, qword [r13+0x10]
vcvtsi2sd xmm0, xmm1, [rax]
movntps oword [rax], xmm13
movntps oword [rcx-0x80], xmm13
movntps oword [rdx+0x12345678], xmm13
movntps oword [rsp], xmm13
movntps oword [rsp+0x8], xmm13
movntps [rax], xmm13
movntps oword [rax], xmm15
movntps oword [rax], xmm0
vmovntps oword [rax], xmm15
vmovntps oword [r13], xmm15
vmovntps oword [r13+0x10], xmm15
vmovntps oword [rax+rbx], xmm15
vmovntps oword [rax+rcx*2], xmm15
vmovntps [rax], xmm15
vmovntps oword [rax], xmm0
vmovntps oword [rax], xmm1
vmovntps yword [rax], ymm0
vmovntps yword [r15+r14], ymm0
vmovntps yword [rsp+r12*4+0x80], ymm0
vmovntps yword [0x12345678], ymm0
vmovntps yword [rel $+0x100], ymm0
vmovntps [rax], ymm0
vmovntps yword [rax], ymm1
vmovntps yword [rax], ymm7
movntpd oword [rax], xmm13
movntpd oword [0x12345678], xmm13
movntpd oword [rel $+0x100], xmm13
movntpd oword [rel $-0x40], xmm13
movntpd oword [eax], xmm13
movntpd [rax], xmm13
movntpd oword [rax], xmm15
movntpd oword [rax], xmm0
vmovntpd oword [rax], xmm15
vmovntpd oword [gs:0x28], xmm15
vmovntpd oword [fs:rel $+0x10], xmm15
vmovntpd oword [rbx+0x7f], xmm15
vmovntpd oword [rcx-0x80], xmm15
vmovntpd [rax], xmm15
vmovntpd oword [rax], xmm0
vmovntpd oword [rax], xmm1
vmovntpd yword [rax], ymm0
vmovntpd yword [rbp], ymm0
vmovntpd yword [rbp-0x8], ymm0
vmovntpd yword [r12], ymm0
vmovntpd yword [r13], ymm0
vmovntpd [rax], ymm0
vmovntpd yword [rax], ymm1
vmovntpd yword [rax], ymm7
movntss dword [rax], xmm13
movntss dword [r12], xmm13
movntss dword [r13], xmm13
movntss dword [r13+0x10], xmm13
movntss dword [rax+rbx], xmm13
movntss [rax], xmm13
movntss dword [rax], xmm15
movntss dword [rax], xmm0
movntsd qword [rax], xmm15
movntsd qword [rdi*8+0x1000], xmm15
movntsd qword [r15+r14], xmm15
movntsd qword [rsp+r12*4+0x80], xmm15
movntsd qword [0x12345678], xmm15
movntsd [rax], xmm15
movntsd qword [rax], xmm0
movntsd qword [rax], xmm1
cvttps2pi mm7, xmm0
cvttps2pi mm0, xmm0
cvttps2pi mm1, xmm0
cvttps2pi mm7, xmm1
cvttps2pi mm7, qword [rax]
cvttps2pi mm7, qword [ebx+ecx*4+0x8]
cvttps2pi mm7, qword [r10d+0x4]
cvttps2pi mm7, qword [fs:rax]
cvttps2pi mm7, qword [gs:0x28]
cvttps2pi mm7, [rax]
cvttpd2pi mm5, xmm1
cvttpd2pi mm7, xmm1
cvttpd2pi mm0, xmm1
cvttpd2pi mm5, xmm7
cvttpd2pi mm5, oword [rax]
cvttpd2pi mm5, oword [rdx+0x12345678]
cvttpd2pi mm5, oword [rsp]
cvttpd2pi mm5, oword [rsp+0x8]
cvttpd2pi mm5, oword [rbp]
cvttpd2pi mm5, [rax]
cvttss2si ebp, xmm7
cvttss2si edi, xmm7
cvttss2si r8d, xmm7
cvttss2si ebp, xmm8
cvttss2si ebp, dword [rax]
cvttss2si ebp, dword [r13+0x10]
cvttss2si ebp, dword [rax+rbx]
cvttss2si ebp, dword [rax+rcx*2]
cvttss2si ebp, dword [rbx+rsi*4+0x10]
cvttss2si ebp, [rax]
cvttss2si r13, xmm8
cvttss2si r15, xmm8
cvttss2si rax, xmm8
cvttss2si r13, xmm13
cvttss2si r13, dword [rax]
cvttss2si r13, dword [rsp+r12*4+0x80]
cvttss2si r13, dword [0x12345678]
cvttss2si r13, dword [rel $+0x100]
cvttss2si r13, dword [rel $-0x40]
cvttss2si r13, [rax]
o64 cvttss2si r13, xmm8
vcvttss2si eax, xmm13
vcvttss2si ecx, xmm13
vcvttss2si ebx, xmm13
vcvttss2si eax, xmm15
vcvttss2si eax, dword [rax]
vcvttss2si eax, dword [fs:rax]
vcvttss2si eax, dword [gs:0x28]
vcvttss2si eax, dword [fs:rel $+0x10]
vcvttss2si eax, dword [rbx+0x7f]
vcvttss2si eax, [rax]
vcvttss2si rdx, xmm15
vcvttss2si rsp, xmm15
vcvttss2si rbp, xmm15
vcvttss2si rdx, xmm0
vcvttss2si rdx, dword [rax]
vcvttss2si rdx, dword [rsp+0x8]
vcvttss2si rdx, dword [rbp]
vcvttss2si rdx, dword [rbp-0x8]
vcvttss2si rdx, dword [r12]
vcvttss2si rdx, [rax]
cvttsd2si ecx, xmm7
cvttsd2si ebx, xmm7
cvttsd2si esp, xmm7
cvttsd2si ecx, xmm8
cvttsd2si ecx, qword [rax]
cvttsd2si ecx, qword [fs:rel $+0x10]
cvttsd2si ecx, qword [rbx+0x7f]
cvttsd2si ecx, qword [rcx-0x80]
cvttsd2si ecx, qword [rdx+0x12345678]
cvttsd2si ecx, [rax]
cvttsd2si rax, xmm8
cvttsd2si rcx, xmm8
cvttsd2si rdx, xmm8
cvttsd2si rax, xmm13
cvttsd2si rax, qword [rax]
cvttsd2si rax, qword [rbp-0x8]
cvttsd2si rax, qword [r12]
cvttsd2si rax, qword [r13]
cvttsd2si rax, qword [r13+0x10]
cvttsd2si rax, [rax]
o64 cvttsd2si rax, xmm8
vcvttsd2si r8d, xmm13
vcvttsd2si r13d, xmm13
vcvttsd2si r15d, xmm13
vcvttsd2si r8d, xmm15
vcvttsd2si r8d, qword [rax]
vcvttsd2si r8d, qword [r8+r9*8-0x10]
vcvttsd2si r8d, qword [rdi*8+0x1000]
vcvttsd2si r8d, qword [r15+r14]
vcvttsd2si r8d, qword [rsp+r12*4+0x80]
vcvttsd2si r8d, [rax]
vcvttsd2si rbp, xmm15
vcvttsd2si rsi, xmm15
vcvttsd2si r8, xmm15
vcvttsd2si rbp, xmm0
vcvttsd2si rbp, qword [rax]
vcvttsd2si rbp, qword [eax]
vcvttsd2si rbp, qword [ebx+ecx*4+0x8]
vcvttsd2si rbp, qword [r10d+0x4]
vcvttsd2si rbp, qword [fs:rax]
vcvttsd2si rbp, [rax]
cvtps2pi mm1, xmm7
cvtps2pi mm5, xmm7
cvtps2pi mm7, xmm7
cvtps2pi mm1, xmm8
cvtps2pi mm1, qword [rax]
cvtps2pi mm1, qword [r15+r14]
cvtps2pi mm1, qword [rsp+r12*4+0x80]
cvtps2pi mm1, qword [0x12345678]
cvtps2pi mm1, qword [rel $+0x100]
cvtps2pi mm1, [rax]
cvtpd2pi mm0, xmm8
cvtpd2pi mm1, xmm8
cvtpd2pi mm5, xmm8
cvtpd2pi mm0, xmm13
cvtpd2pi mm0, oword [rax]
cvtpd2pi mm0, oword [r10d+0x4]
cvtpd2pi mm0, oword [fs:rax]
cvtpd2pi mm0, oword [gs:0x28]
cvtpd2pi mm0, oword [fs:rel $+0x10]
cvtpd2pi mm0, [rax]
cvtss2si esp, xmm13
cvtss2si ebp, xmm13
cvtss2si edi, xmm13
cvtss2si esp, xmm15
cvtss2si esp, dword [rax]
cvtss2si esp, dword [rsp]
cvtss2si esp, dword [rsp+0x8]
cvtss2si esp, dword [rbp]
cvtss2si esp, dword [rbp-0x8]
cvtss2si esp, [rax]
cvtss2si r8, xmm15
cvtss2si r12, xmm15
cvtss2si r13, xmm15
cvtss2si r8, xmm0
cvtss2si r8, dword [rax]
cvtss2si r8, dword [rax+rbx]
cvtss2si r8, dword [rax+rcx*2]
cvtss2si r8, dword [rbx+rsi*4+0x10]
cvtss2si r8, dword [r8+r9*8-0x10]
cvtss2si r8, [rax]
o64 cvtss2si r8, xmm15
vcvtss2si r15d, xmm0
vcvtss2si eax, xmm0
vcvtss2si ecx, xmm0
vcvtss2si r15d, xmm1
vcvtss2si r15d, dword [rax]
vcvtss2si r15d, dword [0x12345678]
vcvtss2si r15d, dword [rel $+0x100]
vcvtss2si r15d, dword [rel $-0x40]
vcvtss2si r15d, dword [eax]
vcvtss2si r15d, [rax]
vcvtss2si rax, xmm1
vcvtss2si rcx, xmm1
vcvtss2si rdx, xmm1
vcvtss2si rax, xmm7
vcvtss2si rax, dword [rax]
vcvtss2si rax, dword [gs:0x28]
vcvtss2si rax, dword [fs:rel $+0x10]
vcvtss2si rax, dword [rbx+0x7f]
vcvtss2si rax, dword [rcx-0x80]
vcvtss2si rax, [rax]
cvtsd2si eax, xmm13
cvtsd2si ecx, xmm13
cvtsd2si ebx, xmm13
cvtsd2si eax, xmm15
cvtsd2si eax, qword [rax]
cvtsd2si eax, qword [rel $-0x40]
cvtsd2si eax, qword [eax]
cvtsd2si eax, qword [ebx+ecx*4+0x8]
cvtsd2si eax, qword [r10d+0x4]
cvtsd2si eax, [rax]
cvtsd2si r13, xmm15
cvtsd2si r15, xmm15
cvtsd2si rax, xmm15
cvtsd2si r13, xmm0
cvtsd2si r13, qword [rax]
cvtsd2si r13, qword [rbx+0x7f]
cvtsd2si r13, qword [rcx-0x80]
cvtsd2si r13, qword [rdx+0x12345678]
cvtsd2si r13, qword [rsp]
cvtsd2si r13, [rax]
o64 cvtsd2si r13, xmm15
vcvtsd2si edi, xmm0
vcvtsd2si r8d, xmm0
vcvtsd2si r13d, xmm0
vcvtsd2si edi, xmm1
vcvtsd2si edi, qword [rax]
vcvtsd2si edi, qword [r12]
vcvtsd2si edi, qword [r13]
vcvtsd2si edi, qword [r13+0x10]
vcvtsd2si edi, qword [rax+rbx]
vcvtsd2si edi, [rax]
vcvtsd2si rdx, xmm1
vcvtsd2si rsp, xmm1
vcvtsd2si rbp, xmm1
vcvtsd2si rdx, xmm7
vcvtsd2si rdx, qword [rax]
vcvtsd2si rdx, qword [rdi*8+0x1000]
vcvtsd2si rdx, qword [r15+r14]
vcvtsd2si rdx, qword [rsp+r12*4+0x80]
vcvtsd2si rdx, qword [0x12345678]
vcvtsd2si rdx, [rax]
ucomiss xmm8, xmm13
ucomiss xmm13, xmm13
ucomiss xmm15, xmm13
ucomiss xmm8, xmm15
ucomiss xmm8, dword [rax]
ucomiss xmm8, dword [r13+0x10]
ucomiss xmm8, dword [rax+rbx]
ucomiss xmm8, dword [rax+rcx*2]
ucomiss xmm8, dword [rbx+rsi*4+0x10]
ucomiss xmm8, [rax]
vucomiss xmm13, xmm15
vucomiss xmm15, xmm15
vucomiss xmm0, xmm15
vucomiss xmm13, xmm0
vucomiss xmm13, dword [rax]
vucomiss xmm13, dword [rsp+r12*4+0x80]
vucomiss xmm13, dword [0x12345678]
vucomiss xmm13, dword [rel $+0x100]
vucomiss xmm13, dword [rel $-0x40]
vucomiss xmm13, [rax]
ucomisd xmm0, xmm1
ucomisd xmm1, xmm1
ucomisd xmm7, xmm1
ucomisd xmm0, xmm7
ucomisd xmm0, qword [rax]
ucomisd xmm0, qword [rsp+0x8]
ucomisd xmm0, qword [rbp]
ucomisd xmm0, qword [rbp-0x8]
ucomisd xmm0, qword [r12]
ucomisd xmm0, [rax]
vucomisd xmm1, xmm7
vucomisd xmm7, xmm7
vucomisd xmm8, xmm7
vucomisd xmm1, xmm8
vucomisd xmm1, qword [rax]
vucomisd xmm1, qword [rax+rcx*2]
vucomisd xmm1, qword [rbx+rsi*4+0x10]
vucomisd xmm1, qword [r8+r9*8-0x10]
vucomisd xmm1, qword [rdi*8+0x1000]
vucomisd xmm1, [rax]
comiss xmm8, xmm13
comiss xmm13, xmm13
comiss xmm15, xmm13
comiss xmm8, xmm15
comiss xmm8, dword [rax]
comiss xmm8, dword [fs:rel $+0x10]
comiss xmm8, dword [rbx+0x7f]
comiss xmm8, dword [rcx-0x80]
comiss xmm8, dword [rdx+0x12345678]
comiss xmm8, [rax]
comisd xmm13, xmm15
comisd xmm15, xmm15
comisd xmm0, xmm15
comisd xmm13, xmm0
comisd xmm13, qword [rax]
comisd xmm13, qword [rbp-0x8]
comisd xmm13, qword [r12]
comisd xmm13, qword [r13]
comisd xmm13, qword [r13+0x10]
comisd xmm13, [rax]
vcomiss xmm15, xmm0
vcomiss xmm0, xmm0
vcomiss xmm1, xmm0
vcomiss xmm15, xmm1
vcomiss xmm15, dword [rax]
vcomiss xmm15, dword [r8+r9*8-0x10]
vcomiss xmm15, dword [rdi*8+0x1000]
vcomiss xmm15, dword [r15+r14]
vcomiss xmm15, dword [rsp+r12*4+0x80]
vcomiss xmm15, [rax]
vcomisd xmm0, xmm1
vcomisd xmm1, xmm1
vcomisd xmm7, xmm1
vcomisd xmm0, xmm7
vcomisd xmm0, qword [rax]
vcomisd xmm0, qword [eax]
vcomisd xmm0, qword [ebx+ecx*4+0x8]
vcomisd xmm0, qword [r10d+0x4]
vcomisd xmm0, qword [fs:rax]
vcomisd xmm0, [rax]
wrmsr
rdtsc
rdmsr
rdpmc
sysenter
sysexit
o64 sysexit
getsec
cmovo bx, sp
cmovo sp, sp
cmovo bp, sp
cmovo bx, bp
cmovo bx, word [rax]
cmovo bx, word [rel $-0x40]
cmovo bx, word [eax]
cmovo bx, word [ebx+ecx*4+0x8]
cmovo bx, word [r10d+0x4]
cmovo bx, [rax]
o16 cmovo bx, sp
cmovo eax, ecx
cmovo ecx, ecx
cmovo ebx, ecx
cmovo eax, ebx
cmovo eax, dword [rax]
cmovo eax, dword [rbx+0x7f]
cmovo eax, dword [rcx-0x80]
cmovo eax, dword [rdx+0x12345678]
cmovo eax, dword [rsp]
cmovo eax, [rax]
cmovo r12, r13
cmovo r13, r13
cmovo r15, r13
cmovo r12, r15
cmovo r12, qword [rax]
cmovo r12, qword [r12]
cmovo r12, qword [r13]
cmovo r12, qword [r13+0x10]
cmovo r12, qword [rax+rbx]
cmovo r12, [rax]
o64 cmovo r12, r13
cmovno di, r8w
cmovno r8w, r8w
cmovno r12w, r8w
cmovno di, r12w
cmovno di, word [rax]
cmovno di, word [rdi*8+0x1000]
cmovno di, word [r15+r14]
cmovno di, word [rsp+r12*4+0x80]
cmovno di, word [0x12345678]
cmovno di, [rax]
o16 cmovno di, r8w
cmovno esp, ebp
cmovno ebp, ebp
cmovno edi, ebp
cmovno esp, edi
cmovno esp, dword [rax]
cmovno esp, dword [ebx+ecx*4+0x8]
cmovno esp, dword [r10d+0x4]
cmovno esp, dword [fs:rax]
cmovno esp, dword [gs:0x28]
cmovno esp, [rax]
cmovno r13, r15
cmovno r15, r15
cmovno rax, r15
cmovno r13, rax
cmovno r13, qword [rax]
cmovno r13, qword [rdx+0x12345678]
cmovno r13, qword [rsp]
cmovno r13, qword [rsp+0x8]
cmovno r13, qword [rbp]
cmovno r13, [rax]
o64 cmovno r13, r15
cmovb r15w, ax
cmovb ax, ax
cmovb cx, ax
cmovb r15w, cx
cmovb r15w, word [rax]
cmovb r15w, word [r13+0x10]
cmovb r15w, word [rax+rbx]
cmovb r15w, word [rax+rcx*2]
cmovb r15w, word [rbx+rsi*4+0x10]
cmovb r15w, [rax]
cmovc r15w, ax
cmovnae r15w, ax
o16 cmovb r15w, ax
cmovb r8d, r13d
cmovb r13d, r13d
cmovb r15d, r13d
cmovb r8d, r15d
cmovb r8d, dword [rax]
cmovb r8d, dword [rsp+r12*4+0x80]
cmovb r8d, dword [0x12345678]
cmovb r8d, dword [rel $+0x100]
cmovb r8d, dword [rel $-0x40]
cmovb r8d, [rax]
cmovc r8d, r13d
cmovnae r8d, r13d
cmovb r15, rax
cmovb rax, rax
cmovb rcx, rax
cmovb r15, rcx
cmovb r15, qword [rax]
cmovb r15, qword [fs:rax]
cmovb r15, qword [gs:0x28]
cmovb r15, qword [fs:rel $+0x10]
cmovb r15, qword [rbx+0x7f]
cmovb r15, [rax]
cmovc r15, rax
cmovnae r15, rax
o64 cmovb r15, rax
cmovae bx, sp
cmovae sp, sp
cmovae bp, sp
cmovae bx, bp
cmovae bx, word [rax]
cmovae bx, word [rsp+0x8]
cmovae bx, word [rbp]
cmovae bx, word [rbp-0x8]
cmovae bx, word [r12]
cmovae bx, [rax]
cmovnb bx, sp
cmovnc bx, sp
o16 cmovae bx, sp
cmovae eax, ecx
cmovae ecx, ecx
cmovae ebx, ecx
cmovae eax, ebx
cmovae eax, dword [rax]
cmovae eax, dword [rax+rcx*2]
cmovae eax, dword [rbx+rsi*4+0x10]
cmovae eax, dword [r8+r9*8-0x10]
cmovae eax, dword [rdi*8+0x1000]
cmovae eax, [rax]
cmovnb eax, ecx
cmovnc eax, ecx
cmovae rax, rcx
cmovae rcx, rcx
cmovae rdx, rcx
cmovae rax, rdx
cmovae rax, qword [rax]
cmovae rax, qword [rel $+0x100]
cmovae rax, qword [rel $-0x40]
cmovae rax, qword [eax]
cmovae rax, qword [ebx+ecx*4+0x8]
cmovae rax, [rax]
cmovnb rax, rcx
cmovnc rax, rcx
o64 cmovae rax, rcx
cmove di, r8w
cmove r8w, r8w
cmove r12w, r8w
cmove di, r12w
cmove di, word [rax]
cmove di, word [fs:rel $+0x10]
cmove di, word [rbx+0x7f]
cmove di, word [rcx-0x80]
cmove di, word [rdx+0x12345678]
cmove di, [rax]
cmovz di, r8w
o16 cmove di, r8w
cmove esp, ebp
cmove ebp, ebp
cmove edi, ebp
cmove esp, edi
cmove esp, dword [rax]
cmove esp, dword [rbp-0x8]
cmove esp, dword [r12]
cmove esp, dword [r13]
cmove esp, dword [r13+0x10]
cmove esp, [rax]
cmovz esp, ebp
cmove rcx, rdx
cmove rdx, rdx
cmove rsp, rdx
cmove rcx, rsp
cmove rcx, qword [rax]
cmove rcx, qword [r8+r9*8-0x10]
cmove rcx, qword [rdi*8+0x1000]
cmove rcx, qword [r15+r14]
cmove rcx, qword [rsp+r12*4+0x80]
cmove rcx, [rax]
cmovz rcx, rdx
o64 cmove rcx, rdx
cmovne r15w, ax
cmovne ax, ax
cmovne cx, ax
cmovne r15w, cx
cmovne r15w, word [rax]
cmovne r15w, word [eax]
cmovne r15w, word [ebx+ecx*4+0x8]
cmovne r15w, word [r10d+0x4]
cmovne r15w, word [fs:rax]
cmovne r15w, [rax]
cmovnz r15w, ax
o16 cmovne r15w, ax
cmovne r8d, r13d
cmovne r13d, r13d
cmovne r15d, r13d
cmovne r8d, r15d
cmovne r8d, dword [rax]
cmovne r8d, dword [rcx-0x80]
cmovne r8d, dword [rdx+0x12345678]
cmovne r8d, dword [rsp]
cmovne r8d, dword [rsp+0x8]
cmovne r8d, [rax]
cmovnz r8d, r13d
cmovne rdx, rsp
cmovne rsp, rsp
cmovne rbp, rsp
cmovne rdx, rbp
cmovne rdx, qword [rax]
cmovne rdx, qword [r13]
cmovne rdx, qword [r13+0x10]
cmovne rdx, qword [rax+rbx]
cmovne rdx, qword [rax+rcx*2]
cmovne rdx, [rax]
cmovnz rdx, rsp
o64 cmovne rdx, rsp
cmovbe bx, sp
cmovbe sp, sp
cmovbe bp, sp
cmovbe bx, bp
cmovbe bx, word [rax]
cmovbe bx, word [r15+r14]
cmovbe bx, word [rsp+r12*4+0x80]
cmovbe bx, word [0x12345678]
cmovbe bx, word [rel $+0x100]
cmovbe bx, [rax]
cmovna bx, sp
o16 cmovbe bx, sp
cmovbe eax, ecx
cmovbe ecx, ecx
cmovbe ebx, ecx
cmovbe eax, ebx
cmovbe eax, dword [rax]
cmovbe eax, dword [r10d+0x4]
cmovbe eax, dword [fs:rax]
cmovbe eax, dword [gs:0x28]
cmovbe eax, dword [fs:rel $+0x10]
cmovbe eax, [rax]
cmovna eax, ecx
cmovbe rsp, rbp
cmovbe rbp, rbp
cmovbe rsi, rbp
cmovbe rsp, rsi
cmovbe rsp, qword [rax]
cmovbe rsp, qword [rsp]
cmovbe rsp, qword [rsp+0x8]
cmovbe rsp, qword [rbp]
cmovbe rsp, qword [rbp-0x8]
cmovbe rsp, [rax]
cmovna rsp, rbp
o64 cmovbe rsp, rbp
cmova di, r8w
cmova r8w, r8w
cmova r12w, r8w
cmova di, r12w
cmova di, word [rax]
cmova di, word [rax+rbx]
cmova di, word [rax+rcx*2]
cmova di, word [rbx+rsi*4+0x10]
cmova di, word [r8+r9*8-0x10]
cmova di, [rax]
cmovnbe di, r8w
o16 cmova di, r8w
cmova esp, ebp
cmova ebp, ebp
cmova edi, ebp
cmova esp, edi
cmova esp, dword [rax]
cmova esp, dword [0x12345678]
cmova esp, dword [rel $+0x100]
cmova esp, dword [rel $-0x40]
cmova esp, dword [eax]
cmova esp, [rax]
cmovnbe esp, ebp
cmova rbp, rsi
cmova rsi, rsi
cmova r8, rsi
cmova rbp, r8
cmova rbp, qword [rax]
cmova rbp, qword [gs:0x28]
cmova rbp, qword [fs:rel $+0x10]
cmova rbp, qword [rbx+0x7f]
cmova rbp, qword [rcx-0x80]
cmova rbp, [rax]
cmovnbe rbp, rsi
o64 cmova rbp, rsi
cmovs r15w, ax
cmovs ax, ax
cmovs cx, ax
cmovs r15w, cx
cmovs r15w, word [rax]
cmovs r15w, word [rbp]
cmovs r15w, word [rbp-0x8]
cmovs r15w, word [r12]
cmovs r15w, word [r13]
cmovs r15w, [rax]
o16 cmovs r15w, ax
cmovs r8d, r13d
cmovs r13d, r13d
cmovs r15d, r13d
cmovs r8d, r15d
cmovs r8d, dword [rax]
cmovs r8d, dword [rbx+rsi*4+0x10]
cmovs r8d, dword [r8+r9*8-0x10]
cmovs r8d, dword [rdi*8+0x1000]
cmovs r8d, dword [r15+r14]
cmovs r8d, [rax]
cmovs rsi, r8
cmovs r8, r8
cmovs r12, r8
cmovs rsi, r12
cmovs rsi, qword [rax]
cmovs rsi, qword [rel $-0x40]
cmovs rsi, qword [eax]
cmovs rsi, qword [ebx+ecx*4+0x8]
cmovs rsi, qword [r10d+0x4]
cmovs rsi, [rax]
o64 cmovs rsi, r8
cmovns bx, sp
cmovns sp, sp
cmovns bp, sp
cmovns bx, bp
cmovns bx, word [rax]
cmovns bx, word [rbx+0x7f]
cmovns bx, word [rcx-0x80]
cmovns bx, word [rdx+0x12345678]
cmovns bx, word [rsp]
cmovns bx, [rax]
o16 cmovns bx, sp
cmovns eax, ecx
cmovns ecx, ecx
cmovns ebx, ecx
cmovns eax, ebx
cmovns eax, dword [rax]
cmovns eax, dword [r12]
cmovns eax, dword [r13]
cmovns eax, dword [r13+0x10]
cmovns eax, dword [rax+rbx]
cmovns eax, [rax]
cmovns r8, r12
cmovns r12, r12
cmovns r13, r12
cmovns r8, r13
cmovns r8, qword [rax]
cmovns r8, qword [rdi*8+0x1000]
cmovns r8, qword [r15+r14]
cmovns r8, qword [rsp+r12*4+0x80]
cmovns r8, qword [0x12345678]
cmovns r8, [rax]
o64 cmovns r8, r12
cmovp di, r8w
cmovp r8w, r8w
cmovp r12w, r8w
cmovp di, r12w
cmovp di, word [rax]
cmovp di, word [ebx+ecx*4+0x8]
cmovp di, word [r10d+0x4]
cmovp di, word [fs:rax]
cmovp di, word [gs:0x28]
cmovp di, [rax]
cmovpe di, r8w
o16 cmovp di, r8w
cmovp esp, ebp
cmovp ebp, ebp
cmovp edi, ebp
cmovp esp, edi
cmovp esp, dword [rax]
cmovp esp, dword [rdx+0x12345678]
cmovp esp, dword [rsp]
cmovp esp, dword [rsp+0x8]
cmovp esp, dword [rbp]
cmovp esp, [rax]
cmovpe esp, ebp
cmovp r12, r13
cmovp r13, r13
cmovp r15, r13
cmovp r12, r15
cmovp r12, qword [rax]
cmovp r12, qword [r13+0x10]
cmovp r12, qword [rax+rbx]
cmovp r12, qword [rax+rcx*2]
cmovp r12, qword [rbx+rsi*4+0x10]
cmovp r12, [rax]
cmovpe r12, r13
o64 cmovp r12, r13
cmovnp r15w, ax
cmovnp ax, ax
cmovnp cx, ax
cmovnp r15w, cx
cmovnp r15w, word [rax]
cmovnp r15w, word [rsp+r12*4+0x80]
cmovnp r15w, word [0x12345678]
cmovnp r15w, word [rel $+0x100]
cmovnp r15w, word [rel $-0x40]
cmovnp r15w, [rax]
cmovpo r15w, ax
o16 cmovnp r15w, ax
cmovnp r8d, r13d
cmovnp r13d, r13d
cmovnp r15d, r13d
cmovnp r8d, r15d
cmovnp r8d, dword [rax]
cmovnp r8d, dword [fs:rax]
cmovnp r8d, dword [gs:0x28]
cmovnp r8d, dword [fs:rel $+0x10]
cmovnp r8d, dword [rbx+0x7f]
cmovnp r8d, [rax]
cmovpo r8d, r13d
cmovnp r13, r15
cmovnp r15, r15
cmovnp rax, r15
cmovnp r13, rax
cmovnp r13, qword [rax]
cmovnp r13, qword [rsp+0x8]
cmovnp r13, qword [rbp]
cmovnp r13, qword [rbp-0x8]
cmovnp r13, qword [r12]
cmovnp r13, [rax]
cmovpo r13, r15
o64 cmovnp r13, r15
cmovl bx, sp
cmovl sp, sp
cmovl bp, sp
cmovl bx, bp
cmovl bx, word [rax]
cmovl bx, word [rax+rcx*2]
cmovl bx, word [rbx+rsi*4+0x10]
cmovl bx, word [r8+r9*8-0x10]
cmovl bx, word [rdi*8+0x1000]
cmovl bx, [rax]
cmovnge bx, sp
o16 cmovl bx, sp
cmovl eax, ecx
cmovl ecx, ecx
cmovl ebx, ecx
cmovl eax, ebx
cmovl eax, dword [rax]
cmovl eax, dword [rel $+0x100]
cmovl eax, dword [rel $-0x40]
cmovl eax, dword [eax]
cmovl eax, dword [ebx+ecx*4+0x8]
cmovl eax, [rax]
cmovnge eax, ecx
cmovl r15, rax
cmovl rax, rax
cmovl rcx, rax
cmovl r15, rcx
cmovl r15, qword [rax]
cmovl r15, qword [fs:rel $+0x10]
cmovl r15, qword [rbx+0x7f]
cmovl r15, qword [rcx-0x80]
cmovl r15, qword [rdx+0x12345678]
cmovl r15, [rax]
cmovnge r15, rax
o64 cmovl r15, rax
cmovge di, r8w
cmovge r8w, r8w
cmovge r12w, r8w
cmovge di, r12w
cmovge di, word [rax]
cmovge di, word [rbp-0x8]
cmovge di, word [r12]
cmovge di, word [r13]
cmovge di, word [r13+0x10]
cmovge di, [rax]
cmovnl di, r8w
o16 cmovge di, r8w
cmovge esp, ebp
cmovge ebp, ebp
cmovge edi, ebp
cmovge esp, edi
cmovge esp, dword [rax]
cmovge esp, dword [r8+r9*8-0x10]
cmovge esp, dword [rdi*8+0x1000]
cmovge esp, dword [r15+r14]
cmovge esp, dword [rsp+r12*4+0x80]
cmovge esp, [rax]
cmovnl esp, ebp
cmovge rax, rcx
cmovge rcx, rcx
cmovge rdx, rcx
cmovge rax, rdx
cmovge rax, qword [rax]
cmovge rax, qword [eax]
cmovge rax, qword [ebx+ecx*4+0x8]
cmovge rax, qword [r10d+0x4]
cmovge rax, qword [fs:rax]
cmovge rax, [rax]
cmovnl rax, rcx
o64 cmovge rax, rcx
cmovle r15w, ax
cmovle ax, ax
cmovle cx, ax
cmovle r15w, cx
cmovle r15w, word [rax]
cmovle r15w, word [rcx-0x80]
cmovle r15w, word [rdx+0x12345678]
cmovle r15w, word [rsp]
cmovle r15w, word [rsp+0x8]
cmovle r15w, [rax]
cmovng r15w, ax
o16 cmovle r15w, ax
cmovle r8d, r13d
cmovle r13d, r13d
cmovle r15d, r13d
cmovle r8d, r15d
cmovle r8d, dword [rax]
cmovle r8d, dword [r13]
cmovle r8d, dword [r13+0x10]
cmovle r8d, dword [rax+rbx]
cmovle r8d, dword [rax+rcx*2]
cmovle r8d, [rax]
cmovng r8d, r13d
cmovle rcx, rdx
cmovle rdx, rdx
cmovle rsp, rdx
cmovle rcx, rsp
cmovle rcx, qword [rax]
cmovle rcx, qword [r15+r14]
cmovle rcx, qword [rsp+r12*4+0x80]
cmovle rcx, qword [0x12345678]
cmovle rcx, qword [rel $+0x100]
cmovle rcx, [rax]
cmovng rcx, rdx
o64 cmovle rcx, rdx
cmovg bx, sp
cmovg sp, sp
cmovg bp, sp
cmovg bx, bp
cmovg bx, word [rax]
cmovg bx, word [r10d+0x4]
cmovg bx, word [fs:rax]
cmovg bx, word [gs:0x28]
cmovg bx, word [fs:rel $+0x10]
cmovg bx, [rax]
cmovnle bx, sp
o16 cmovg bx, sp
cmovg eax, ecx
cmovg ecx, ecx
cmovg ebx, ecx
cmovg eax, ebx
cmovg eax, dword [rax]
cmovg eax, dword [rsp]
cmovg eax, dword [rsp+0x8]
cmovg eax, dword [rbp]
cmovg eax, dword [rbp-0x8]
cmovg eax, [rax]
cmovnle eax, ecx
cmovg rdx, rsp
cmovg rsp, rsp
cmovg rbp, rsp
cmovg rdx, rbp
cmovg rdx, qword [rax]
cmovg rdx, qword [rax+rbx]
cmovg rdx, qword [rax+rcx*2]
cmovg rdx, qword [rbx+rsi*4+0x10]
cmovg rdx, qword [r8+r9*8-0x10]
cmovg rdx, [rax]
cmovnle rdx, rsp
o64 cmovg rdx, rsp
movmskps r8d, xmm1
movmskps r13d, xmm1
movmskps r15d, xmm1
movmskps r8d, xmm7
movmskps r8d, xmm8
movmskps rsp, xmm7
movmskps rbp, xmm7
movmskps rsi, xmm7
movmskps rsp, xmm8
movmskps rsp, xmm13
o64 movmskps rsp, xmm7
vmovmskps ebx, xmm8
vmovmskps esp, xmm8
vmovmskps ebp, xmm8
vmovmskps ebx, xmm13
vmovmskps ebx, xmm15
vmovmskps r12, xmm13
vmovmskps r13, xmm13
vmovmskps r15, xmm13
vmovmskps r12, xmm15
vmovmskps r12, xmm0
vmovmskps r13d, ymm15
vmovmskps r15d, ymm15
vmovmskps eax, ymm15
vmovmskps r13d, ymm0
vmovmskps r13d, ymm1
vmovmskps rcx, ymm0
vmovmskps rdx, ymm0
vmovmskps rsp, ymm0
vmovmskps rcx, ymm1
vmovmskps rcx, ymm7
movmskpd esp, xmm1
movmskpd ebp, xmm1
movmskpd edi, xmm1
movmskpd esp, xmm7
movmskpd esp, xmm8
movmskpd rsi, xmm7
movmskpd r8, xmm7
movmskpd r12, xmm7
movmskpd rsi, xmm8
movmskpd rsi, xmm13
o64 movmskpd rsi, xmm7
vmovmskpd r15d, xmm8
vmovmskpd eax, xmm8
vmovmskpd ecx, xmm8
vmovmskpd r15d, xmm13
vmovmskpd r15d, xmm15
vmovmskpd r15, xmm13
vmovmskpd rax, xmm13
vmovmskpd rcx, xmm13
vmovmskpd r15, xmm15
vmovmskpd r15, xmm0
vmovmskpd ebp, ymm15
vmovmskpd edi, ymm15
vmovmskpd r8d, ymm15
vmovmskpd ebp, ymm0
vmovmskpd ebp, ymm1
vmovmskpd rsp, ymm0
vmovmskpd rbp, ymm0
vmovmskpd rsi, ymm0
vmovmskpd rsp, ymm1
vmovmskpd rsp, ymm7
sqrtps xmm0, xmm1
sqrtps xmm1, xmm1
sqrtps xmm7, xmm1
sqrtps xmm0, xmm7
sqrtps xmm0, oword [rax]
sqrtps xmm0, oword [rbp-0x8]
sqrtps xmm0, oword [r12]
sqrtps xmm0, oword [r13]
sqrtps xmm0, oword [r13+0x10]
sqrtps xmm0, [rax]
vsqrtps xmm1, xmm7
vsqrtps xmm7, xmm7
vsqrtps xmm8, xmm7
vsqrtps xmm1, xmm8
vsqrtps xmm1, oword [rax]
vsqrtps xmm1, oword [r8+r9*8-0x10]
vsqrtps xmm1, oword [rdi*8+0x1000]
vsqrtps xmm1, oword [r15+r14]
vsqrtps xmm1, oword [rsp+r12*4+0x80]
vsqrtps xmm1, [rax]
vsqrtps ymm7, ymm8
vsqrtps ymm8, ymm8
vsqrtps ymm13, ymm8
vsqrtps ymm7, ymm13
vsqrtps ymm7, yword [rax]
vsqrtps ymm7, yword [eax]
vsqrtps ymm7, yword [ebx+ecx*4+0x8]
vsqrtps ymm7, yword [r10d+0x4]
vsqrtps ymm7, yword [fs:rax]
vsqrtps ymm7, [rax]
sqrtpd xmm0, xmm1
sqrtpd xmm1, xmm1
sqrtpd xmm7, xmm1
sqrtpd xmm0, xmm7
sqrtpd xmm0, oword [rax]
sqrtpd xmm0, oword [r10d+0x4]
sqrtpd xmm0, oword [fs:rax]
sqrtpd xmm0, oword [gs:0x28]
sqrtpd xmm0, oword [fs:rel $+0x10]
sqrtpd xmm0, [rax]
vsqrtpd xmm1, xmm7
vsqrtpd xmm7, xmm7
vsqrtpd xmm8, xmm7
vsqrtpd xmm1, xmm8
vsqrtpd xmm1, oword [rax]
vsqrtpd xmm1, oword [rsp]
vsqrtpd xmm1, oword [rsp+0x8]
vsqrtpd xmm1, oword [rbp]
vsqrtpd xmm1, oword [rbp-0x8]
vsqrtpd xmm1, [rax]
vsqrtpd ymm7, ymm8
vsqrtpd ymm8, ymm8
vsqrtpd ymm13, ymm8
vsqrtpd ymm7, ymm13
vsqrtpd ymm7, yword [rax]
vsqrtpd ymm7, yword [rax+rbx]
vsqrtpd ymm7, yword [rax+rcx*2]
vsqrtpd ymm7, yword [rbx+rsi*4+0x10]
vsqrtpd ymm7, yword [r8+r9*8-0x10]
vsqrtpd ymm7, [rax]
sqrtss xmm0, xmm1
sqrtss xmm1, xmm1
sqrtss xmm7, xmm1
sqrtss xmm0, xmm7
sqrtss xmm0, dword [rax]
sqrtss xmm0, dword [rbx+rsi*4+0x10]
sqrtss xmm0, dword [r8+r9*8-0x10]
sqrtss xmm0, dword [rdi*8+0x1000]
sqrtss xmm0, dword [r15+r14]
sqrtss xmm0, [rax]
vsqrtss xmm1, xmm7, xmm8
vsqrtss xmm7, xmm7, xmm8
vsqrtss xmm8, xmm7, xmm8
vsqrtss xmm1, xmm8, xmm8
vsqrtss xmm1, xmm13, xmm8
vsqrtss xmm1, xmm7, xmm13
vsqrtss xmm1, xmm7, dword [rax]
vsqrtss xmm1, xmm7, dword [rel $-0x40]
vsqrtss xmm1, xmm7, dword [eax]
vsqrtss xmm1, xmm7, dword [ebx+ecx*4+0x8]
vsqrtss xmm1, xmm7, dword [r10d+0x4]
vsqrtss xmm1, xmm7, [rax]
sqrtsd xmm8, xmm13
sqrtsd xmm13, xmm13
sqrtsd xmm15, xmm13
sqrtsd xmm8, xmm15
sqrtsd xmm8, qword [rax]
sqrtsd xmm8, qword [r12]
sqrtsd xmm8, qword [r13]
sqrtsd xmm8, qword [r13+0x10]
sqrtsd xmm8, qword [rax+rbx]
sqrtsd xmm8, [rax]
vsqrtsd xmm13, xmm15, xmm0
vsqrtsd xmm15, xmm15, xmm0
vsqrtsd xmm0, xmm15, xmm0
vsqrtsd xmm13, xmm0, xmm0
vsqrtsd xmm13, xmm1, xmm0
vsqrtsd xmm13, xmm15, xmm1
vsqrtsd xmm13, xmm15, qword [rax]
vsqrtsd xmm13, xmm15, qword [rdi*8+0x1000]
vsqrtsd xmm13, xmm15, qword [r15+r14]
vsqrtsd xmm13, xmm15, qword [rsp+r12*4+0x80]
vsqrtsd xmm13, xmm15, qword [0x12345678]
vsqrtsd xmm13, xmm15, [rax]
rsqrtps xmm0, xmm1
rsqrtps xmm1, xmm1
rsqrtps xmm7, xmm1
rsqrtps xmm0, xmm7
rsqrtps xmm0, oword [rax]
rsqrtps xmm0, oword [rdx+0x12345678]
rsqrtps xmm0, oword [rsp]
rsqrtps xmm0, oword [rsp+0x8]
rsqrtps xmm0, oword [rbp]
rsqrtps xmm0, [rax]
vrsqrtps xmm1, xmm7
vrsqrtps xmm7, xmm7
vrsqrtps xmm8, xmm7
vrsqrtps xmm1, xmm8
vrsqrtps xmm1, oword [rax]
vrsqrtps xmm1, oword [r13+0x10]
vrsqrtps xmm1, oword [rax+rbx]
vrsqrtps xmm1, oword [rax+rcx*2]
vrsqrtps xmm1, oword [rbx+rsi*4+0x10]
vrsqrtps xmm1, [rax]
vrsqrtps ymm7, ymm8
vrsqrtps ymm8, ymm8
vrsqrtps ymm13, ymm8
vrsqrtps ymm7, ymm13
vrsqrtps ymm7, yword [rax]
vrsqrtps ymm7, yword [rsp+r12*4+0x80]
vrsqrtps ymm7, yword [0x12345678]
vrsqrtps ymm7, yword [rel $+0x100]
vrsqrtps ymm7, yword [rel $-0x40]
vrsqrtps ymm7, [rax]
rsqrtss xmm8, xmm13
rsqrtss xmm13, xmm13
rsqrtss xmm15, xmm13
rsqrtss xmm8, xmm15
rsqrtss xmm8, dword [rax]
rsqrtss xmm8, dword [fs:rax]
rsqrtss xmm8, dword [gs:0x28]
rsqrtss xmm8, dword [fs:rel $+0x10]
rsqrtss xmm8, dword [rbx+0x7f]
rsqrtss xmm8, [rax]
vrsqrtss xmm13, xmm15, xmm0
vrsqrtss xmm15, xmm15, xmm0
vrsqrtss xmm0, xmm15, xmm0
vrsqrtss xmm13, xmm0, xmm0
vrsqrtss xmm13, xmm1, xmm0
vrsqrtss xmm13, xmm15, xmm1
vrsqrtss xmm13, xmm15, dword [rax]
vrsqrtss xmm13, xmm15, dword [rsp+0x8]
vrsqrtss xmm13, xmm15, dword [rbp]
vrsqrtss xmm13, xmm15, dword [rbp-0x8]
vrsqrtss xmm13, xmm15, dword [r12]
vrsqrtss xmm13, xmm15, [rax]
rcpps xmm15, xmm0
rcpps xmm0, xmm0
rcpps xmm1, xmm0
rcpps xmm15, xmm1
rcpps xmm15, oword [rax]
rcpps xmm15, oword [rax+rcx*2]
rcpps xmm15, oword [rbx+rsi*4+0x10]
rcpps xmm15, oword [r8+r9*8-0x10]
rcpps xmm15, oword [rdi*8+0x1000]
rcpps xmm15, [rax]
vrcpps xmm0, xmm1
vrcpps xmm1, xmm1
vrcpps xmm7, xmm1
vrcpps xmm0, xmm7
vrcpps xmm0, oword [rax]
vrcpps xmm0, oword [rel $+0x100]
vrcpps xmm0, oword [rel $-0x40]
vrcpps xmm0, oword [eax]
vrcpps xmm0, oword [ebx+ecx*4+0x8]
vrcpps xmm0, [rax]
vrcpps ymm1, ymm7
vrcpps ymm7, ymm7
vrcpps ymm8, ymm7
vrcpps ymm1, ymm8
vrcpps ymm1, yword [rax]
vrcpps ymm1, yword [fs:rel $+0x10]
vrcpps ymm1, yword [rbx+0x7f]
vrcpps ymm1, yword [rcx-0x80]
vrcpps ymm1, yword [rdx+0x12345678]
vrcpps ymm1, [rax]
rcpss xmm7, xmm8
rcpss xmm8, xmm8
rcpss xmm13, xmm8
rcpss xmm7, xmm13
rcpss xmm7, dword [rax]
rcpss xmm7, dword [rbp-0x8]
rcpss xmm7, dword [r12]
rcpss xmm7, dword [r13]
rcpss xmm7, dword [r13+0x10]
rcpss xmm7, [rax]
vrcpss xmm8, xmm13, xmm15
vrcpss xmm13, xmm13, xmm15
vrcpss xmm15, xmm13, xmm15
vrcpss xmm8, xmm15, xmm15
vrcpss xmm8, xmm0, xmm15
vrcpss xmm8, xmm13, xmm0
vrcpss xmm8, xmm13, dword [rax]
vrcpss xmm8, xmm13, dword [r8+r9*8-0x10]
vrcpss xmm8, xmm13, dword [rdi*8+0x1000]
vrcpss xmm8, xmm13, dword [r15+r14]
vrcpss xmm8, xmm13, dword [rsp+r12*4+0x80]
vrcpss xmm8, xmm13, [rax]
andps xmm13, xmm15
andps xmm15, xmm15
andps xmm0, xmm15
andps xmm13, xmm0
andps xmm13, oword [rax]
andps xmm13, oword [eax]
andps xmm13, oword [ebx+ecx*4+0x8]
andps xmm13, oword [r10d+0x4]
andps xmm13, oword [fs:rax]
andps xmm13, [rax]
vandps xmm15, xmm0, xmm1
vandps xmm0, xmm0, xmm1
vandps xmm1, xmm0, xmm1
vandps xmm15, xmm1, xmm1
vandps xmm15, xmm7, xmm1
vandps xmm15, xmm0, xmm7
vandps xmm15, xmm0, oword [rax]
vandps xmm15, xmm0, oword [rcx-0x80]
vandps xmm15, xmm0, oword [rdx+0x12345678]
vandps xmm15, xmm0, oword [rsp]
vandps xmm15, xmm0, oword [rsp+0x8]
vandps xmm15, xmm0, [rax]
vandps ymm0, ymm1, ymm7
vandps ymm1, ymm1, ymm7
vandps ymm7, ymm1, ymm7
vandps ymm0, ymm7, ymm7
vandps ymm0, ymm8, ymm7
vandps ymm0, ymm1, ymm8
vandps ymm0, ymm1, yword [rax]
vandps ymm0, ymm1, yword [r13]
vandps ymm0, ymm1, yword [r13+0x10]
vandps ymm0, ymm1, yword [rax+rbx]
vandps ymm0, ymm1, yword [rax+rcx*2]
vandps ymm0, ymm1, [rax]
andpd xmm13, xmm15
andpd xmm15, xmm15
andpd xmm0, xmm15
andpd xmm13, xmm0
andpd xmm13, oword [rax]
andpd xmm13, oword [rax+rbx]
andpd xmm13, oword [rax+rcx*2]
andpd xmm13, oword [rbx+rsi*4+0x10]
andpd xmm13, oword [r8+r9*8-0x10]
andpd xmm13, [rax]
vandpd xmm15, xmm0, xmm1
vandpd xmm0, xmm0, xmm1
vandpd xmm1, xmm0, xmm1
vandpd xmm15, xmm1, xmm1
vandpd xmm15, xmm7, xmm1
vandpd xmm15, xmm0, xmm7
vandpd xmm15, xmm0, oword [rax]
vandpd xmm15, xmm0, oword [0x12345678]
vandpd xmm15, xmm0, oword [rel $+0x100]
vandpd xmm15, xmm0, oword [rel $-0x40]
vandpd xmm15, xmm0, oword [eax]
vandpd xmm15, xmm0, [rax]
vandpd ymm0, ymm1, ymm7
vandpd ymm1, ymm1, ymm7
vandpd ymm7, ymm1, ymm7
vandpd ymm0, ymm7, ymm7
vandpd ymm0, ymm8, ymm7
vandpd ymm0, ymm1, ymm8
vandpd ymm0, ymm1, yword [rax]
vandpd ymm0, ymm1, yword [gs:0x28]
vandpd ymm0, ymm1, yword [fs:rel $+0x10]
vandpd ymm0, ymm1, yword [rbx+0x7f]
vandpd ymm0, ymm1, yword [rcx-0x80]
vandpd ymm0, ymm1, [rax]
andnps xmm13, xmm15
andnps xmm15, xmm15
andnps xmm0, xmm15
andnps xmm13, xmm0
andnps xmm13, oword [rax]
andnps xmm13, oword [rbx+0x7f]
andnps xmm13, oword [rcx-0x80]
andnps xmm13, oword [rdx+0x12345678]
andnps xmm13, oword [rsp]
andnps xmm13, [rax]
vandnps xmm15, xmm0, xmm1
vandnps xmm0, xmm0, xmm1
vandnps xmm1, xmm0, xmm1
vandnps xmm15, xmm1, xmm1
vandnps xmm15, xmm7, xmm1
vandnps xmm15, xmm0, xmm7
vandnps xmm15, xmm0, oword [rax]
vandnps xmm15, xmm0, oword [r12]
vandnps xmm15, xmm0, oword [r13]
vandnps xmm15, xmm0, oword [r13+0x10]
vandnps xmm15, xmm0, oword [rax+rbx]
vandnps xmm15, xmm0, [rax]
vandnps ymm0, ymm1, ymm7
vandnps ymm1, ymm1, ymm7
vandnps ymm7, ymm1, ymm7
vandnps ymm0, ymm7, ymm7
vandnps ymm0, ymm8, ymm7
vandnps ymm0, ymm1, ymm8
vandnps ymm0, ymm1, yword [rax]
vandnps ymm0, ymm1, yword [rdi*8+0x1000]
vandnps ymm0, ymm1, yword [r15+r14]
vandnps ymm0, ymm1, yword [rsp+r12*4+0x80]
vandnps ymm0, ymm1, yword [0x12345678]
vandnps ymm0, ymm1, [rax]
andnpd xmm13, xmm15
andnpd xmm15, xmm15
andnpd xmm0, xmm15
andnpd xmm13, xmm0
andnpd xmm13, oword [rax]
andnpd xmm13, oword [rsp+r12*4+0x80]
andnpd xmm13, oword [0x12345678]
andnpd xmm13, oword [rel $+0x100]
andnpd xmm13, oword [rel $-0x40]
andnpd xmm13, [rax]
vandnpd xmm15, xmm0, xmm1
vandnpd xmm0, xmm0, xmm1
vandnpd xmm1, xmm0, xmm1
vandnpd xmm15, xmm1, xmm1
vandnpd xmm15, xmm7, xmm1
vandnpd xmm15, xmm0, xmm7
vandnpd xmm15, xmm0, oword [rax]
vandnpd xmm15, xmm0, oword [fs:rax]
vandnpd xmm15, xmm0, oword [gs:0x28]
vandnpd xmm15, xmm0, oword [fs:rel $+0x10]
vandnpd xmm15, xmm0, oword [rbx+0x7f]
vandnpd xmm15, xmm0, [rax]
vandnpd ymm0, ymm1, ymm7
vandnpd ymm1, ymm1, ymm7
vandnpd ymm7, ymm1, ymm7
vandnpd ymm0, ymm7, ymm7
vandnpd ymm0, ymm8, ymm7
vandnpd ymm0, ymm1, ymm8
vandnpd ymm0, ymm1, yword [rax]
vandnpd ymm0, ymm1, yword [rsp+0x8]
vandnpd ymm0, ymm1, yword [rbp]
vandnpd ymm0, ymm1, yword [rbp-0x8]
vandnpd ymm0, ymm1, yword [r12]
vandnpd ymm0, ymm1, [rax]
orps xmm13, xmm15
orps xmm15, xmm15
orps xmm0, xmm15
orps xmm13, xmm0
orps xmm13, oword [rax]
orps xmm13, oword [rbp-0x8]
orps xmm13, oword [r12]
orps xmm13, oword [r13]
orps xmm13, oword [r13+0x10]
orps xmm13, [rax]
vorps xmm15, xmm0, xmm1
vorps xmm0, xmm0, xmm1
vorps xmm1, xmm0, xmm1
vorps xmm15, xmm1, xmm1
vorps xmm15, xmm7, xmm1
vorps xmm15, xmm0, xmm7
vorps xmm15, xmm0, oword [rax]
vorps xmm15, xmm0, oword [r8+r9*8-0x10]
vorps xmm15, xmm0, oword [rdi*8+0x1000]
vorps xmm15, xmm0, oword [r15+r14]
vorps xmm15, xmm0, oword [rsp+r12*4+0x80]
vorps xmm15, xmm0, [rax]
vorps ymm0, ymm1, ymm7
vorps ymm1, ymm1, ymm7
vorps ymm7, ymm1, ymm7
vorps ymm0, ymm7, ymm7
vorps ymm0, ymm8, ymm7
vorps ymm0, ymm1, ymm8
vorps ymm0, ymm1, yword [rax]
vorps ymm0, ymm1, yword [eax]
vorps ymm0, ymm1, yword [ebx+ecx*4+0x8]
vorps ymm0, ymm1, yword [r10d+0x4]
vorps ymm0, ymm1, yword [fs:rax]
vorps ymm0, ymm1, [rax]
orpd xmm13, xmm15
orpd xmm15, xmm15
orpd xmm0, xmm15
orpd xmm13, xmm0
orpd xmm13, oword [rax]
orpd xmm13, oword [r10d+0x4]
orpd xmm13, oword [fs:rax]
orpd xmm13, oword [gs:0x28]
orpd xmm13, oword [fs:rel $+0x10]
orpd xmm13, [rax]
vorpd xmm15, xmm0, xmm1
vorpd xmm0, xmm0, xmm1
vorpd xmm1, xmm0, xmm1
vorpd xmm15, xmm1, xmm1
vorpd xmm15, xmm7, xmm1
vorpd xmm15, xmm0, xmm7
vorpd xmm15, xmm0, oword [rax]
vorpd xmm15, xmm0, oword [rsp]
vorpd xmm15, xmm0, oword [rsp+0x8]
vorpd xmm15, xmm0, oword [rbp]
vorpd xmm15, xmm0, oword [rbp-0x8]
vorpd xmm15, xmm0, [rax]
vorpd ymm0, ymm1, ymm7
vorpd ymm1, ymm1, ymm7
vorpd ymm7, ymm1, ymm7
vorpd ymm0, ymm7, ymm7
vorpd ymm0, ymm8, ymm7
vorpd ymm0, ymm1, ymm8
vorpd ymm0, ymm1, yword [rax]
vorpd ymm0, ymm1, yword [rax+rbx]
vorpd ymm0, ymm1, yword [rax+rcx*2]
vorpd ymm0, ymm1, yword [rbx+rsi*4+0x10]
vorpd ymm0, ymm1, yword [r8+r9*8-0x10]
vorpd ymm0, ymm1, [rax]
xorps xmm13, xmm15
xorps xmm15, xmm15
xorps xmm0, xmm15
xorps xmm13, xmm0
xorps xmm13, oword [rax]
xorps xmm13, oword [rbx+rsi*4+0x10]
xorps xmm13, oword [r8+r9*8-0x10]
xorps xmm13, oword [rdi*8+0x1000]
xorps xmm13, oword [r15+r14]
xorps xmm13, [rax]
vxorps xmm15, xmm0, xmm1
vxorps xmm0, xmm0, xmm1
vxorps xmm1, xmm0, xmm1
vxorps xmm15, xmm1, xmm1
vxorps xmm15, xmm7, xmm1
vxorps xmm15, xmm0, xmm7
vxorps xmm15, xmm0, oword [rax]
vxorps xmm15, xmm0, oword [rel $-0x40]
vxorps xmm15, xmm0, oword [eax]
vxorps xmm15, xmm0, oword [ebx+ecx*4+0x8]
vxorps xmm15, xmm0, oword [r10d+0x4]
vxorps xmm15, xmm0, [rax]
vxorps ymm0, ymm1, ymm7
vxorps ymm1, ymm1, ymm7
vxorps ymm7, ymm1, ymm7
vxorps ymm0, ymm7, ymm7
vxorps ymm0, ymm8, ymm7
vxorps ymm0, ymm1, ymm8
vxorps ymm0, ymm1, yword [rax]
vxorps ymm0, ymm1, yword [rbx+0x7f]
vxorps ymm0, ymm1, yword [rcx-0x80]
vxorps ymm0, ymm1, yword [rdx+0x12345678]
vxorps ymm0, ymm1, yword [rsp]
vxorps ymm0, ymm1, [rax]
xorpd xmm13, xmm15
xorpd xmm15, xmm15
xorpd xmm0, xmm15
xorpd xmm13, xmm0
xorpd xmm13, oword [rax]
xorpd xmm13, oword [rdx+0x12345678]
xorpd xmm13, oword [rsp]
xorpd xmm13, oword [rsp+0x8]
xorpd xmm13, oword [rbp]
xorpd xmm13, [rax]
vxorpd xmm15, xmm0, xmm1
vxorpd xmm0, xmm0, xmm1
vxorpd xmm1, xmm0, xmm1
vxorpd xmm15, xmm1, xmm1
vxorpd xmm15, xmm7, xmm1
vxorpd xmm15, xmm0, xmm7
vxorpd xmm15, xmm0, oword [rax]
vxorpd xmm15, xmm0, oword [r13+0x10]
vxorpd xmm15, xmm0, oword [rax+rbx]
vxorpd xmm15, xmm0, oword [rax+rcx*2]
vxorpd xmm15, xmm0, oword [rbx+rsi*4+0x10]
vxorpd xmm15, xmm0, [rax]
vxorpd ymm0, ymm1, ymm7
vxorpd ymm1, ymm1, ymm7
vxorpd ymm7, ymm1, ymm7
vxorpd ymm0, ymm7, ymm7
vxorpd ymm0, ymm8, ymm7
vxorpd ymm0, ymm1, ymm8
vxorpd ymm0, ymm1, yword [rax]
vxorpd ymm0, ymm1, yword [rsp+r12*4+0x80]
vxorpd ymm0, ymm1, yword [0x12345678]
vxorpd ymm0, ymm1, yword [rel $+0x100]
vxorpd ymm0, ymm1, yword [rel $-0x40]
vxorpd ymm0, ymm1, [rax]
addps xmm13, xmm15
addps xmm15, xmm15
addps xmm0, xmm15
addps xmm13, xmm0
addps xmm13, oword [rax]
addps xmm13, oword [rel $+0x100]
addps xmm13, oword [rel $-0x40]
addps xmm13, oword [eax]
addps xmm13, oword [ebx+ecx*4+0x8]
addps xmm13, [rax]
vaddps xmm0, xmm0, xmm1
vaddps xmm1, xmm0, xmm1
vaddps xmm7, xmm0, xmm1
vaddps xmm8, xmm0, xmm1
vaddps xmm13, xmm0, xmm1
vaddps xmm15, xmm0, xmm1
vaddps xmm0, xmm1, xmm1
vaddps xmm0, xmm7, xmm1
vaddps xmm0, xmm8, xmm1
vaddps xmm0, xmm13, xmm1
vaddps xmm0, xmm15, xmm1
vaddps xmm0, xmm0, xmm7
vaddps xmm0, xmm0, oword [rax]
vaddps xmm0, xmm0, oword [rbx+0x7f]
vaddps xmm0, xmm0, oword [rcx-0x80]
vaddps xmm0, xmm0, oword [rdx+0x12345678]
vaddps xmm0, xmm0, oword [rsp]
vaddps xmm0, xmm0, oword [rsp+0x8]
vaddps xmm0, xmm0, oword [rbp]
vaddps xmm0, xmm0, oword [rbp-0x8]
vaddps xmm0, xmm0, oword [r12]
vaddps xmm0, xmm0, oword [r13]
vaddps xmm0, xmm0, oword [r13+0x10]
vaddps xmm0, xmm0, oword [rax+rbx]
vaddps xmm0, xmm0, oword [rax+rcx*2]
vaddps xmm0, xmm0, oword [rbx+rsi*4+0x10]
vaddps xmm0, xmm0, oword [r8+r9*8-0x10]
vaddps xmm0, xmm0, oword [rdi*8+0x1000]
vaddps xmm0, xmm0, oword [r15+r14]
vaddps xmm0, xmm0, oword [rsp+r12*4+0x80]
vaddps xmm0, xmm0, oword [0x12345678]
vaddps xmm0, xmm0, oword [rel $+0x100]
vaddps xmm0, xmm0, oword [rel $-0x40]
vaddps xmm0, xmm0, oword [eax]
vaddps xmm0, xmm0, oword [ebx+ecx*4+0x8]
vaddps xmm0, xmm0, oword [r10d+0x4]
vaddps xmm0, xmm0, oword [fs:rax]
vaddps xmm0, xmm0, oword [gs:0x28]
vaddps xmm0, xmm0, oword [fs:rel $+0x10]
vaddps xmm0, xmm0, [rax]
vaddps ymm0, ymm0, ymm7
vaddps ymm1, ymm0, ymm7
vaddps ymm7, ymm0, ymm7
vaddps ymm8, ymm0, ymm7
vaddps ymm13, ymm0, ymm7
vaddps ymm15, ymm0, ymm7
vaddps ymm0, ymm1, ymm7
vaddps ymm0, ymm7, ymm7
vaddps ymm0, ymm8, ymm7
vaddps ymm0, ymm13, ymm7
vaddps ymm0, ymm15, ymm7
vaddps ymm0, ymm0, ymm8
vaddps ymm0, ymm0, yword [rax]
vaddps ymm0, ymm0, yword [rbx+0x7f]
vaddps ymm0, ymm0, yword [rcx-0x80]
vaddps ymm0, ymm0, yword [rdx+0x12345678]
vaddps ymm0, ymm0, yword [rsp]
vaddps ymm0, ymm0, yword [rsp+0x8]
vaddps ymm0, ymm0, yword [rbp]
vaddps ymm0, ymm0, yword [rbp-0x8]
vaddps ymm0, ymm0, yword [r12]
vaddps ymm0, ymm0, yword [r13]
vaddps ymm0, ymm0, yword [r13+0x10]
vaddps ymm0, ymm0, yword [rax+rbx]
vaddps ymm0, ymm0, yword [rax+rcx*2]
vaddps ymm0, ymm0, yword [rbx+rsi*4+0x10]
vaddps ymm0, ymm0, yword [r8+r9*8-0x10]
vaddps ymm0, ymm0, yword [rdi*8+0x1000]
vaddps ymm0, ymm0, yword [r15+r14]
vaddps ymm0, ymm0, yword [rsp+r12*4+0x80]
vaddps ymm0, ymm0, yword [0x12345678]
vaddps ymm0, ymm0, yword [rel $+0x100]
vaddps ymm0, ymm0, yword [rel $-0x40]
vaddps ymm0, ymm0, yword [eax]
vaddps ymm0, ymm0, yword [ebx+ecx*4+0x8]
vaddps ymm0, ymm0, yword [r10d+0x4]
vaddps ymm0, ymm0, yword [fs:rax]
vaddps ymm0, ymm0, yword [gs:0x28]
vaddps ymm0, ymm0, yword [fs:rel $+0x10]
vaddps ymm0, ymm0, [rax]
addpd xmm13, xmm15
addpd xmm15, xmm15
addpd xmm0, xmm15
addpd xmm13, xmm0
addpd xmm13, oword [rax]
addpd xmm13, oword [r13]
addpd xmm13, oword [r13+0x10]
addpd xmm13, oword [rax+rbx]
addpd xmm13, oword [rax+rcx*2]
addpd xmm13, [rax]
vaddpd xmm15, xmm0, xmm1
vaddpd xmm0, xmm0, xmm1
vaddpd xmm1, xmm0, xmm1
vaddpd xmm15, xmm1, xmm1
vaddpd xmm15, xmm7, xmm1
vaddpd xmm15, xmm0, xmm7
vaddpd xmm15, xmm0, oword [rax]
vaddpd xmm15, xmm0, oword [r15+r14]
vaddpd xmm15, xmm0, oword [rsp+r12*4+0x80]
vaddpd xmm15, xmm0, oword [0x12345678]
vaddpd xmm15, xmm0, oword [rel $+0x100]
vaddpd xmm15, xmm0, [rax]
vaddpd ymm0, ymm1, ymm7
vaddpd ymm1, ymm1, ymm7
vaddpd ymm7, ymm1, ymm7
vaddpd ymm0, ymm7, ymm7
vaddpd ymm0, ymm8, ymm7
vaddpd ymm0, ymm1, ymm8
vaddpd ymm0, ymm1, yword [rax]
vaddpd ymm0, ymm1, yword [r10d+0x4]
vaddpd ymm0, ymm1, yword [fs:rax]
vaddpd ymm0, ymm1, yword [gs:0x28]
vaddpd ymm0, ymm1, yword [fs:rel $+0x10]
vaddpd ymm0, ymm1, [rax]
addss xmm13, xmm15
addss xmm15, xmm15
addss xmm0, xmm15
addss xmm13, xmm0
addss xmm13, dword [rax]
addss xmm13, dword [gs:0x28]
addss xmm13, dword [fs:rel $+0x10]
addss xmm13, dword [rbx+0x7f]
addss xmm13, dword [rcx-0x80]
addss xmm13, [rax]
vaddss xmm15, xmm0, xmm1
vaddss xmm0, xmm0, xmm1
vaddss xmm1, xmm0, xmm1
vaddss xmm15, xmm1, xmm1
vaddss xmm15, xmm7, xmm1
vaddss xmm15, xmm0, xmm7
vaddss xmm15, xmm0, dword [rax]
vaddss xmm15, xmm0, dword [rbp]
vaddss xmm15, xmm0, dword [rbp-0x8]
vaddss xmm15, xmm0, dword [r12]
vaddss xmm15, xmm0, dword [r13]
vaddss xmm15, xmm0, [rax]
addsd xmm1, xmm7
addsd xmm7, xmm7
addsd xmm8, xmm7
addsd xmm1, xmm8
addsd xmm1, qword [rax]
addsd xmm1, qword [rel $-0x40]
addsd xmm1, qword [eax]
addsd xmm1, qword [ebx+ecx*4+0x8]
addsd xmm1, qword [r10d+0x4]
addsd xmm1, [rax]
vaddsd xmm7, xmm8, xmm13
vaddsd xmm8, xmm8, xmm13
vaddsd xmm13, xmm8, xmm13
vaddsd xmm7, xmm13, xmm13
vaddsd xmm7, xmm15, xmm13
vaddsd xmm7, xmm8, xmm15
vaddsd xmm7, xmm8, qword [rax]
vaddsd xmm7, xmm8, qword [rbx+0x7f]
vaddsd xmm7, xmm8, qword [rcx-0x80]
vaddsd xmm7, xmm8, qword [rdx+0x12345678]
vaddsd xmm7, xmm8, qword [rsp]
vaddsd xmm7, xmm8, [rax]
mulps xmm13, xmm15
mulps xmm15, xmm15
mulps xmm0, xmm15
mulps xmm13, xmm0
mulps xmm13, oword [rax]
mulps xmm13, oword [rdi*8+0x1000]
mulps xmm13, oword [r15+r14]
mulps xmm13, oword [rsp+r12*4+0x80]
mulps xmm13, oword [0x12345678]
mulps xmm13, [rax]
vmulps xmm15, xmm0, xmm1
vmulps xmm0, xmm0, xmm1
vmulps xmm1, xmm0, xmm1
vmulps xmm15, xmm1, xmm1
vmulps xmm15, xmm7, xmm1
vmulps xmm15, xmm0, xmm7
vmulps xmm15, xmm0, oword [rax]
vmulps xmm15, xmm0, oword [ebx+ecx*4+0x8]
vmulps xmm15, xmm0, oword [r10d+0x4]
vmulps xmm15, xmm0, oword [fs:rax]
vmulps xmm15, xmm0, oword [gs:0x28]
vmulps xmm15, xmm0, [rax]
vmulps ymm0, ymm1, ymm7
vmulps ymm1, ymm1, ymm7
vmulps ymm7, ymm1, ymm7
vmulps ymm0, ymm7, ymm7
vmulps ymm0, ymm8, ymm7
vmulps ymm0, ymm1, ymm8
vmulps ymm0, ymm1, yword [rax]
vmulps ymm0, ymm1, yword [rdx+0x12345678]
vmulps ymm0, ymm1, yword [rsp]
vmulps ymm0, ymm1, yword [rsp+0x8]
vmulps ymm0, ymm1, yword [rbp]
vmulps ymm0, ymm1, [rax]
mulpd xmm13, xmm15
mulpd xmm15, xmm15
mulpd xmm0, xmm15
mulpd xmm13, xmm0
mulpd xmm13, oword [rax]
mulpd xmm13, oword [rsp+0x8]
mulpd xmm13, oword [rbp]
mulpd xmm13, oword [rbp-0x8]
mulpd xmm13, oword [r12]
mulpd xmm13, [rax]
vmulpd xmm15, xmm0, xmm1
vmulpd xmm0, xmm0, xmm1
vmulpd xmm1, xmm0, xmm1
vmulpd xmm15, xmm1, xmm1
vmulpd xmm15, xmm7, xmm1
vmulpd xmm15, xmm0, xmm7
vmulpd xmm15, xmm0, oword [rax]
vmulpd xmm15, xmm0, oword [rax+rcx*2]
vmulpd xmm15, xmm0, oword [rbx+rsi*4+0x10]
vmulpd xmm15, xmm0, oword [r8+r9*8-0x10]
vmulpd xmm15, xmm0, oword [rdi*8+0x1000]
vmulpd xmm15, xmm0, [rax]
vmulpd ymm0, ymm1, ymm7
vmulpd ymm1, ymm1, ymm7
vmulpd ymm7, ymm1, ymm7
vmulpd ymm0, ymm7, ymm7
vmulpd ymm0, ymm8, ymm7
vmulpd ymm0, ymm1, ymm8
vmulpd ymm0, ymm1, yword [rax]
vmulpd ymm0, ymm1, yword [rel $+0x100]
vmulpd ymm0, ymm1, yword [rel $-0x40]
vmulpd ymm0, ymm1, yword [eax]
vmulpd ymm0, ymm1, yword [ebx+ecx*4+0x8]
vmulpd ymm0, ymm1, [rax]
mulss xmm13, xmm15
mulss xmm15, xmm15
mulss xmm0, xmm15
mulss xmm13, xmm0
mulss xmm13, dword [rax]
mulss xmm13, dword [eax]
mulss xmm13, dword [ebx+ecx*4+0x8]
mulss xmm13, dword [r10d+0x4]
mulss xmm13, dword [fs:rax]
mulss xmm13, [rax]
vmulss xmm15, xmm0, xmm1
vmulss xmm0, xmm0, xmm1
vmulss xmm1, xmm0, xmm1
vmulss xmm15, xmm1, xmm1
vmulss xmm15, xmm7, xmm1
vmulss xmm15, xmm0, xmm7
vmulss xmm15, xmm0, dword [rax]
vmulss xmm15, xmm0, dword [rcx-0x80]
vmulss xmm15, xmm0, dword [rdx+0x12345678]
vmulss xmm15, xmm0, dword [rsp]
vmulss xmm15, xmm0, dword [rsp+0x8]
vmulss xmm15, xmm0, [rax]
mulsd xmm1, xmm7
mulsd xmm7, xmm7
mulsd xmm8, xmm7
mulsd xmm1, xmm8
mulsd xmm1, qword [rax]
mulsd xmm1, qword [r15+r14]
mulsd xmm1, qword [rsp+r12*4+0x80]
mulsd xmm1, qword [0x12345678]
mulsd xmm1, qword [rel $+0x100]
mulsd xmm1, [rax]
vmulsd xmm7, xmm8, xmm13
vmulsd xmm8, xmm8, xmm13
vmulsd xmm13, xmm8, xmm13
vmulsd xmm7, xmm13, xmm13
vmulsd xmm7, xmm15, xmm13
vmulsd xmm7, xmm8, xmm15
vmulsd xmm7, xmm8, qword [rax]
vmulsd xmm7, xmm8, qword [r10d+0x4]
vmulsd xmm7, xmm8, qword [fs:rax]
vmulsd xmm7, xmm8, qword [gs:0x28]
vmulsd xmm7, xmm8, qword [fs:rel $+0x10]
vmulsd xmm7, xmm8, [rax]
cvtps2pd xmm13, xmm15
cvtps2pd xmm15, xmm15
cvtps2pd xmm0, xmm15
cvtps2pd xmm13, xmm0
cvtps2pd xmm13, qword [rax]
cvtps2pd xmm13, qword [rax+rbx]
cvtps2pd xmm13, qword [rax+rcx*2]
cvtps2pd xmm13, qword [rbx+rsi*4+0x10]
cvtps2pd xmm13, qword [r8+r9*8-0x10]
cvtps2pd xmm13, [rax]
vcvtps2pd xmm15, xmm0
vcvtps2pd xmm0, xmm0
vcvtps2pd xmm1, xmm0
vcvtps2pd xmm15, xmm1
vcvtps2pd xmm15, qword [rax]
vcvtps2pd xmm15, qword [0x12345678]
vcvtps2pd xmm15, qword [rel $+0x100]
vcvtps2pd xmm15, qword [rel $-0x40]
vcvtps2pd xmm15, qword [eax]
vcvtps2pd xmm15, [rax]
vcvtps2pd ymm0, xmm1
vcvtps2pd ymm1, xmm1
vcvtps2pd ymm7, xmm1
vcvtps2pd ymm0, xmm7
vcvtps2pd ymm0, oword [rax]
vcvtps2pd ymm0, oword [gs:0x28]
vcvtps2pd ymm0, oword [fs:rel $+0x10]
vcvtps2pd ymm0, oword [rbx+0x7f]
vcvtps2pd ymm0, oword [rcx-0x80]
vcvtps2pd ymm0, [rax]
cvtpd2ps xmm13, xmm15
cvtpd2ps xmm15, xmm15
cvtpd2ps xmm0, xmm15
cvtpd2ps xmm13, xmm0
cvtpd2ps xmm13, oword [rax]
cvtpd2ps xmm13, oword [rbx+0x7f]
cvtpd2ps xmm13, oword [rcx-0x80]
cvtpd2ps xmm13, oword [rdx+0x12345678]
cvtpd2ps xmm13, oword [rsp]
cvtpd2ps xmm13, [rax]
vcvtpd2ps xmm15, xmm0
vcvtpd2ps xmm0, xmm0
vcvtpd2ps xmm1, xmm0
vcvtpd2ps xmm15, xmm1
vcvtpd2ps xmm15, oword [rax]
vcvtpd2ps xmm15, oword [r12]
vcvtpd2ps xmm15, oword [r13]
vcvtpd2ps xmm15, oword [r13+0x10]
vcvtpd2ps xmm15, oword [rax+rbx]
vcvtpd2ps xmm15, [rax]
vcvtpd2ps xmm0, ymm1
vcvtpd2ps xmm1, ymm1
vcvtpd2ps xmm7, ymm1
vcvtpd2ps xmm0, ymm7
vcvtpd2ps xmm0, yword [rax]
vcvtpd2ps xmm0, yword [rdi*8+0x1000]
vcvtpd2ps xmm0, yword [r15+r14]
vcvtpd2ps xmm0, yword [rsp+r12*4+0x80]
vcvtpd2ps xmm0, yword [0x12345678]
vcvtpd2ps xmm0, [rax]
cvtss2sd xmm13, xmm15
cvtss2sd xmm15, xmm15
cvtss2sd xmm0, xmm15
cvtss2sd xmm13, xmm0
cvtss2sd xmm13, dword [rax]
cvtss2sd xmm13, dword [rsp+r12*4+0x80]
cvtss2sd xmm13, dword [0x12345678]
cvtss2sd xmm13, dword [rel $+0x100]
cvtss2sd xmm13, dword [rel $-0x40]
cvtss2sd xmm13, [rax]
vcvtss2sd xmm15, xmm0, xmm1
vcvtss2sd xmm0, xmm0, xmm1
vcvtss2sd xmm1, xmm0, xmm1
vcvtss2sd xmm15, xmm1, xmm1
vcvtss2sd xmm15, xmm7, xmm1
vcvtss2sd xmm15, xmm0, xmm7
vcvtss2sd xmm15, xmm0, dword [rax]
vcvtss2sd xmm15, xmm0, dword [fs:rax]
vcvtss2sd xmm15, xmm0, dword [gs:0x28]
vcvtss2sd xmm15, xmm0, dword [fs:rel $+0x10]
vcvtss2sd xmm15, xmm0, dword [rbx+0x7f]
vcvtss2sd xmm15, xmm0, [rax]
cvtsd2ss xmm1, xmm7
cvtsd2ss xmm7, xmm7
cvtsd2ss xmm8, xmm7
cvtsd2ss xmm1, xmm8
cvtsd2ss xmm1, qword [rax]
cvtsd2ss xmm1, qword [rax+rcx*2]
cvtsd2ss xmm1, qword [rbx+rsi*4+0x10]
cvtsd2ss xmm1, qword [r8+r9*8-0x10]
cvtsd2ss xmm1, qword [rdi*8+0x1000]
cvtsd2ss xmm1, [rax]
vcvtsd2ss xmm7, xmm8, xmm13
vcvtsd2ss xmm8, xmm8, xmm13
vcvtsd2ss xmm13, xmm8, xmm13
vcvtsd2ss xmm7, xmm13, xmm13
vcvtsd2ss xmm7, xmm15, xmm13
vcvtsd2ss xmm7, xmm8, xmm15
vcvtsd2ss xmm7, xmm8, qword [rax]
vcvtsd2ss xmm7, xmm8, qword [rel $+0x100]
vcvtsd2ss xmm7, xmm8, qword [rel $-0x40]
vcvtsd2ss xmm7, xmm8, qword [eax]
vcvtsd2ss xmm7, xmm8, qword [ebx+ecx*4+0x8]
vcvtsd2ss xmm7, xmm8, [rax]
cvtdq2ps xmm13, xmm15
cvtdq2ps xmm15, xmm15
cvtdq2ps xmm0, xmm15
cvtdq2ps xmm13, xmm0
cvtdq2ps xmm13, oword [rax]
cvtdq2ps xmm13, oword [rbp-0x8]
cvtdq2ps xmm13, oword [r12]
cvtdq2ps xmm13, oword [r13]
cvtdq2ps xmm13, oword [r13+0x10]
cvtdq2ps xmm13, [rax]
vcvtdq2ps xmm15, xmm0
vcvtdq2ps xmm0, xmm0
vcvtdq2ps xmm1, xmm0
vcvtdq2ps xmm15, xmm1
vcvtdq2ps xmm15, oword [rax]
vcvtdq2ps xmm15, oword [r8+r9*8-0x10]
vcvtdq2ps xmm15, oword [rdi*8+0x1000]
vcvtdq2ps xmm15, oword [r15+r14]
vcvtdq2ps xmm15, oword [rsp+r12*4+0x80]
vcvtdq2ps xmm15, [rax]
vcvtdq2ps ymm0, ymm1
vcvtdq2ps ymm1, ymm1
vcvtdq2ps ymm7, ymm1
vcvtdq2ps ymm0, ymm7
vcvtdq2ps ymm0, yword [rax]
vcvtdq2ps ymm0, yword [eax]
vcvtdq2ps ymm0, yword [ebx+ecx*4+0x8]
vcvtdq2ps ymm0, yword [r10d+0x4]
vcvtdq2ps ymm0, yword [fs:rax]
vcvtdq2ps ymm0, [rax]
cvtps2dq xmm1, xmm7
cvtps2dq xmm7, xmm7
cvtps2dq xmm8, xmm7
cvtps2dq xmm1, xmm8
cvtps2dq xmm1, oword [rax]
cvtps2dq xmm1, oword [0x12345678]
cvtps2dq xmm1, oword [rel $+0x100]
cvtps2dq xmm1, oword [rel $-0x40]
cvtps2dq xmm1, oword [eax]
cvtps2dq xmm1, [rax]
vcvtps2dq xmm7, xmm8
vcvtps2dq xmm8, xmm8
vcvtps2dq xmm13, xmm8
vcvtps2dq xmm7, xmm13
vcvtps2dq xmm7, oword [rax]
vcvtps2dq xmm7, oword [gs:0x28]
vcvtps2dq xmm7, oword [fs:rel $+0x10]
vcvtps2dq xmm7, oword [rbx+0x7f]
vcvtps2dq xmm7, oword [rcx-0x80]
vcvtps2dq xmm7, [rax]
vcvtps2dq ymm8, ymm13
vcvtps2dq ymm13, ymm13
vcvtps2dq ymm15, ymm13
vcvtps2dq ymm8, ymm15
vcvtps2dq ymm8, yword [rax]
vcvtps2dq ymm8, yword [rbp]
vcvtps2dq ymm8, yword [rbp-0x8]
vcvtps2dq ymm8, yword [r12]
vcvtps2dq ymm8, yword [r13]
vcvtps2dq ymm8, [rax]
cvttps2dq xmm1, xmm7
cvttps2dq xmm7, xmm7
cvttps2dq xmm8, xmm7
cvttps2dq xmm1, xmm8
cvttps2dq xmm1, oword [rax]
cvttps2dq xmm1, oword [r12]
cvttps2dq xmm1, oword [r13]
cvttps2dq xmm1, oword [r13+0x10]
cvttps2dq xmm1, oword [rax+rbx]
cvttps2dq xmm1, [rax]
vcvttps2dq xmm7, xmm8
vcvttps2dq xmm8, xmm8
vcvttps2dq xmm13, xmm8
vcvttps2dq xmm7, xmm13
vcvttps2dq xmm7, oword [rax]
vcvttps2dq xmm7, oword [rdi*8+0x1000]
vcvttps2dq xmm7, oword [r15+r14]
vcvttps2dq xmm7, oword [rsp+r12*4+0x80]
vcvttps2dq xmm7, oword [0x12345678]
vcvttps2dq xmm7, [rax]
vcvttps2dq ymm8, ymm13
vcvttps2dq ymm13, ymm13
vcvttps2dq ymm15, ymm13
vcvttps2dq ymm8, ymm15
vcvttps2dq ymm8, yword [rax]
vcvttps2dq ymm8, yword [ebx+ecx*4+0x8]
vcvttps2dq ymm8, yword [r10d+0x4]
vcvttps2dq ymm8, yword [fs:rax]
vcvttps2dq ymm8, yword [gs:0x28]
vcvttps2dq ymm8, [rax]
subps xmm1, xmm7
subps xmm7, xmm7
subps xmm8, xmm7
subps xmm1, xmm8
subps xmm1, oword [rax]
subps xmm1, oword [fs:rax]
subps xmm1, oword [gs:0x28]
subps xmm1, oword [fs:rel $+0x10]
subps xmm1, oword [rbx+0x7f]
subps xmm1, [rax]
vsubps xmm7, xmm8, xmm13
vsubps xmm8, xmm8, xmm13
vsubps xmm13, xmm8, xmm13
vsubps xmm7, xmm13, xmm13
vsubps xmm7, xmm15, xmm13
vsubps xmm7, xmm8, xmm15
vsubps xmm7, xmm8, oword [rax]
vsubps xmm7, xmm8, oword [rsp+0x8]
vsubps xmm7, xmm8, oword [rbp]
vsubps xmm7, xmm8, oword [rbp-0x8]
vsubps xmm7, xmm8, oword [r12]
vsubps xmm7, xmm8, [rax]
vsubps ymm8, ymm13, ymm15
vsubps ymm13, ymm13, ymm15
vsubps ymm15, ymm13, ymm15
vsubps ymm8, ymm15, ymm15
vsubps ymm8, ymm0, ymm15
vsubps ymm8, ymm13, ymm0
vsubps ymm8, ymm13, yword [rax]
vsubps ymm8, ymm13, yword [rax+rcx*2]
vsubps ymm8, ymm13, yword [rbx+rsi*4+0x10]
vsubps ymm8, ymm13, yword [r8+r9*8-0x10]
vsubps ymm8, ymm13, yword [rdi*8+0x1000]
vsubps ymm8, ymm13, [rax]
subpd xmm1, xmm7
subpd xmm7, xmm7
subpd xmm8, xmm7
subpd xmm1, xmm8
subpd xmm1, oword [rax]
subpd xmm1, oword [r8+r9*8-0x10]
subpd xmm1, oword [rdi*8+0x1000]
subpd xmm1, oword [r15+r14]
subpd xmm1, oword [rsp+r12*4+0x80]
subpd xmm1, [rax]
vsubpd xmm7, xmm8, xmm13
vsubpd xmm8, xmm8, xmm13
vsubpd xmm13, xmm8, xmm13
vsubpd xmm7, xmm13, xmm13
vsubpd xmm7, xmm15, xmm13
vsubpd xmm7, xmm8, xmm15
vsubpd xmm7, xmm8, oword [rax]
vsubpd xmm7, xmm8, oword [eax]
vsubpd xmm7, xmm8, oword [ebx+ecx*4+0x8]
vsubpd xmm7, xmm8, oword [r10d+0x4]
vsubpd xmm7, xmm8, oword [fs:rax]
vsubpd xmm7, xmm8, [rax]
vsubpd ymm8, ymm13, ymm15
vsubpd ymm13, ymm13, ymm15
vsubpd ymm15, ymm13, ymm15
vsubpd ymm8, ymm15, ymm15
vsubpd ymm8, ymm0, ymm15
vsubpd ymm8, ymm13, ymm0
vsubpd ymm8, ymm13, yword [rax]
vsubpd ymm8, ymm13, yword [rcx-0x80]
vsubpd ymm8, ymm13, yword [rdx+0x12345678]
vsubpd ymm8, ymm13, yword [rsp]
vsubpd ymm8, ymm13, yword [rsp+0x8]
vsubpd ymm8, ymm13, [rax]
subss xmm1, xmm7
subss xmm7, xmm7
subss xmm8, xmm7
subss xmm1, xmm8
subss xmm1, dword [rax]
subss xmm1, dword [rsp]
subss xmm1, dword [rsp+0x8]
subss xmm1, dword [rbp]
subss xmm1, dword [rbp-0x8]
subss xmm1, [rax]
vsubss xmm7, xmm8, xmm13
vsubss xmm8, xmm8, xmm13
vsubss xmm13, xmm8, xmm13
vsubss xmm7, xmm13, xmm13
vsubss xmm7, xmm15, xmm13
vsubss xmm7, xmm8, xmm15
vsubss xmm7, xmm8, dword [rax]
vsubss xmm7, xmm8, dword [rax+rbx]
vsubss xmm7, xmm8, dword [rax+rcx*2]
vsubss xmm7, xmm8, dword [rbx+rsi*4+0x10]
vsubss xmm7, xmm8, dword [r8+r9*8-0x10]
vsubss xmm7, xmm8, [rax]
subsd xmm13, xmm15
subsd xmm15, xmm15
subsd xmm0, xmm15
subsd xmm13, xmm0
subsd xmm13, qword [rax]
subsd xmm13, qword [gs:0x28]
subsd xmm13, qword [fs:rel $+0x10]
subsd xmm13, qword [rbx+0x7f]
subsd xmm13, qword [rcx-0x80]
subsd xmm13, [rax]
vsubsd xmm15, xmm0, xmm1
vsubsd xmm0, xmm0, xmm1
vsubsd xmm1, xmm0, xmm1
vsubsd xmm15, xmm1, xmm1
vsubsd xmm15, xmm7, xmm1
vsubsd xmm15, xmm0, xmm7
vsubsd xmm15, xmm0, qword [rax]
vsubsd xmm15, xmm0, qword [rbp]
vsubsd xmm15, xmm0, qword [rbp-0x8]
vsubsd xmm15, xmm0, qword [r12]
vsubsd xmm15, xmm0, qword [r13]
vsubsd xmm15, xmm0, [rax]
minps xmm1, xmm7
minps xmm7, xmm7
minps xmm8, xmm7
minps xmm1, xmm8
minps xmm1, oword [rax]
minps xmm1, oword [rel $-0x40]
minps xmm1, oword [eax]
minps xmm1, oword [ebx+ecx*4+0x8]
minps xmm1, oword [r10d+0x4]
minps xmm1, [rax]
vminps xmm7, xmm8, xmm13
vminps xmm8, xmm8, xmm13
vminps xmm13, xmm8, xmm13
vminps xmm7, xmm13, xmm13
vminps xmm7, xmm15, xmm13
vminps xmm7, xmm8, xmm15
vminps xmm7, xmm8, oword [rax]
vminps xmm7, xmm8, oword [rbx+0x7f]
vminps xmm7, xmm8, oword [rcx-0x80]
vminps xmm7, xmm8, oword [rdx+0x12345678]
vminps xmm7, xmm8, oword [rsp]
vminps xmm7, xmm8, [rax]
vminps ymm8, ymm13, ymm15
vminps ymm13, ymm13, ymm15
vminps ymm15, ymm13, ymm15
vminps ymm8, ymm15, ymm15
vminps ymm8, ymm0, ymm15
vminps ymm8, ymm13, ymm0
vminps ymm8, ymm13, yword [rax]
vminps ymm8, ymm13, yword [r12]
vminps ymm8, ymm13, yword [r13]
vminps ymm8, ymm13, yword [r13+0x10]
vminps ymm8, ymm13, yword [rax+rbx]
vminps ymm8, ymm13, [rax]
minpd xmm1, xmm7
minpd xmm7, xmm7
minpd xmm8, xmm7
minpd xmm1, xmm8
minpd xmm1, oword [rax]
minpd xmm1, oword [r13+0x10]
minpd xmm1, oword [rax+rbx]
minpd xmm1, oword [rax+rcx*2]
minpd xmm1, oword [rbx+rsi*4+0x10]
minpd xmm1, [rax]
vminpd xmm7, xmm8, xmm13
vminpd xmm8, xmm8, xmm13
vminpd xmm13, xmm8, xmm13
vminpd xmm7, xmm13, xmm13
vminpd xmm7, xmm15, xmm13
vminpd xmm7, xmm8, xmm15
vminpd xmm7, xmm8, oword [rax]
vminpd xmm7, xmm8, oword [rsp+r12*4+0x80]
vminpd xmm7, xmm8, oword [0x12345678]
vminpd xmm7, xmm8, oword [rel $+0x100]
vminpd xmm7, xmm8, oword [rel $-0x40]
vminpd xmm7, xmm8, [rax]
vminpd ymm8, ymm13, ymm15
vminpd ymm13, ymm13, ymm15
vminpd ymm15, ymm13, ymm15
vminpd ymm8, ymm15, ymm15
vminpd ymm8, ymm0, ymm15
vminpd ymm8, ymm13, ymm0
vminpd ymm8, ymm13, yword [rax]
vminpd ymm8, ymm13, yword [fs:rax]
vminpd ymm8, ymm13, yword [gs:0x28]
vminpd ymm8, ymm13, yword [fs:rel $+0x10]
vminpd ymm8, ymm13, yword [rbx+0x7f]
vminpd ymm8, ymm13, [rax]
minss xmm1, xmm7
minss xmm7, xmm7
minss xmm8, xmm7
minss xmm1, xmm8
minss xmm1, dword [rax]
minss xmm1, dword [fs:rel $+0x10]
minss xmm1, dword [rbx+0x7f]
minss xmm1, dword [rcx-0x80]
minss xmm1, dword [rdx+0x12345678]
minss xmm1, [rax]
vminss xmm7, xmm8, xmm13
vminss xmm8, xmm8, xmm13
vminss xmm13, xmm8, xmm13
vminss xmm7, xmm13, xmm13
vminss xmm7, xmm15, xmm13
vminss xmm7, xmm8, xmm15
vminss xmm7, xmm8, dword [rax]
vminss xmm7, xmm8, dword [rbp-0x8]
vminss xmm7, xmm8, dword [r12]
vminss xmm7, xmm8, dword [r13]
vminss xmm7, xmm8, dword [r13+0x10]
vminss xmm7, xmm8, [rax]
minsd xmm13, xmm15
minsd xmm15, xmm15
minsd xmm0, xmm15
minsd xmm13, xmm0
minsd xmm13, qword [rax]
minsd xmm13, qword [eax]
minsd xmm13, qword [ebx+ecx*4+0x8]
minsd xmm13, qword [r10d+0x4]
minsd xmm13, qword [fs:rax]
minsd xmm13, [rax]
vminsd xmm15, xmm0, xmm1
vminsd xmm0, xmm0, xmm1
vminsd xmm1, xmm0, xmm1
vminsd xmm15, xmm1, xmm1
vminsd xmm15, xmm7, xmm1
vminsd xmm15, xmm0, xmm7
vminsd xmm15, xmm0, qword [rax]
vminsd xmm15, xmm0, qword [rcx-0x80]
vminsd xmm15, xmm0, qword [rdx+0x12345678]
vminsd xmm15, xmm0, qword [rsp]
vminsd xmm15, xmm0, qword [rsp+0x8]
vminsd xmm15, xmm0, [rax]
divps xmm1, xmm7
divps xmm7, xmm7
divps xmm8, xmm7
divps xmm1, xmm8
divps xmm1, oword [rax]
divps xmm1, oword [r15+r14]
divps xmm1, oword [rsp+r12*4+0x80]
divps xmm1, oword [0x12345678]
divps xmm1, oword [rel $+0x100]
divps xmm1, [rax]
vdivps xmm7, xmm8, xmm13
vdivps xmm8, xmm8, xmm13
vdivps xmm13, xmm8, xmm13
vdivps xmm7, xmm13, xmm13
vdivps xmm7, xmm15, xmm13
vdivps xmm7, xmm8, xmm15
vdivps xmm7, xmm8, oword [rax]
vdivps xmm7, xmm8, oword [r10d+0x4]
vdivps xmm7, xmm8, oword [fs:rax]
vdivps xmm7, xmm8, oword [gs:0x28]
vdivps xmm7, xmm8, oword [fs:rel $+0x10]
vdivps xmm7, xmm8, [rax]
vdivps ymm8, ymm13, ymm15
vdivps ymm13, ymm13, ymm15
vdivps ymm15, ymm13, ymm15
vdivps ymm8, ymm15, ymm15
vdivps ymm8, ymm0, ymm15
vdivps ymm8, ymm13, ymm0
vdivps ymm8, ymm13, yword [rax]
vdivps ymm8, ymm13, yword [rsp]
vdivps ymm8, ymm13, yword [rsp+0x8]
vdivps ymm8, ymm13, yword [rbp]
vdivps ymm8, ymm13, yword [rbp-0x8]
vdivps ymm8, ymm13, [rax]
divpd xmm1, xmm7
divpd xmm7, xmm7
divpd xmm8, xmm7
divpd xmm1, xmm8
divpd xmm1, oword [rax]
divpd xmm1, oword [rbp]
divpd xmm1, oword [rbp-0x8]
divpd xmm1, oword [r12]
divpd xmm1, oword [r13]
divpd xmm1, [rax]
vdivpd xmm7, xmm8, xmm13
vdivpd xmm8, xmm8, xmm13
vdivpd xmm13, xmm8, xmm13
vdivpd xmm7, xmm13, xmm13
vdivpd xmm7, xmm15, xmm13
vdivpd xmm7, xmm8, xmm15
vdivpd xmm7, xmm8, oword [rax]
vdivpd xmm7, xmm8, oword [rbx+rsi*4+0x10]
vdivpd xmm7, xmm8, oword [r8+r9*8-0x10]
vdivpd xmm7, xmm8, oword [rdi*8+0x1000]
vdivpd xmm7, xmm8, oword [r15+r14]
vdivpd xmm7, xmm8, [rax]
vdivpd ymm8, ymm13, ymm15
vdivpd ymm13, ymm13, ymm15
vdivpd ymm15, ymm13, ymm15
vdivpd ymm8, ymm15, ymm15
vdivpd ymm8, ymm0, ymm15
vdivpd ymm8, ymm13, ymm0
vdivpd ymm8, ymm13, yword [rax]
vdivpd ymm8, ymm13, yword [rel $-0x40]
vdivpd ymm8, ymm13, yword [eax]
vdivpd ymm8, ymm13, yword [ebx+ecx*4+0x8]
vdivpd ymm8, ymm13, yword [r10d+0x4]
vdivpd ymm8, ymm13, [rax]
divss xmm1, xmm7
divss xmm7, xmm7
divss xmm8, xmm7
divss xmm1, xmm8
divss xmm1, dword [rax]
divss xmm1, dword [ebx+ecx*4+0x8]
divss xmm1, dword [r10d+0x4]
divss xmm1, dword [fs:rax]
divss xmm1, dword [gs:0x28]
divss xmm1, [rax]
vdivss xmm7, xmm8, xmm13
vdivss xmm8, xmm8, xmm13
vdivss xmm13, xmm8, xmm13
vdivss xmm7, xmm13, xmm13
vdivss xmm7, xmm15, xmm13
vdivss xmm7, xmm8, xmm15
vdivss xmm7, xmm8, dword [rax]
vdivss xmm7, xmm8, dword [rdx+0x12345678]
vdivss xmm7, xmm8, dword [rsp]
vdivss xmm7, xmm8, dword [rsp+0x8]
vdivss xmm7, xmm8, dword [rbp]
vdivss xmm7, xmm8, [rax]
divsd xmm13, xmm15
divsd xmm15, xmm15
divsd xmm0, xmm15
divsd xmm13, xmm0
divsd xmm13, qword [rax]
divsd xmm13, qword [rsp+r12*4+0x80]
divsd xmm13, qword [0x12345678]
divsd xmm13, qword [rel $+0x100]
divsd xmm13, qword [rel $-0x40]
divsd xmm13, [rax]
vdivsd xmm15, xmm0, xmm1
vdivsd xmm0, xmm0, xmm1
vdivsd xmm1, xmm0, xmm1
vdivsd xmm15, xmm1, xmm1
vdivsd xmm15, xmm7, xmm1
vdivsd xmm15, xmm0, xmm7
vdivsd xmm15, xmm0, qword [rax]
vdivsd xmm15, xmm0, qword [fs:rax]
vdivsd xmm15, xmm0, qword [gs:0x28]
vdivsd xmm15, xmm0, qword [fs:rel $+0x10]
vdivsd xmm15, xmm0, qword [rbx+0x7f]
vdivsd xmm15, xmm0, [rax]
maxps xmm1, xmm7
maxps xmm7, xmm7
maxps xmm8, xmm7
maxps xmm1, xmm8
maxps xmm1, oword [rax]
maxps xmm1, oword [rax+rcx*2]
maxps xmm1, oword [rbx+rsi*4+0x10]
maxps xmm1, oword [r8+r9*8-0x10]
maxps xmm1, oword [rdi*8+0x1000]
maxps xmm1, [rax]
vmaxps xmm7, xmm8, xmm13
vmaxps xmm8, xmm8, xmm13
vmaxps xmm13, xmm8, xmm13
vmaxps xmm7, xmm13, xmm13
vmaxps xmm7, xmm15, xmm13
vmaxps xmm7, xmm8, xmm15
vmaxps xmm7, xmm8, oword [rax]
vmaxps xmm7, xmm8, oword [rel $+0x100]
vmaxps xmm7, xmm8, oword [rel $-0x40]
vmaxps xmm7, xmm8, oword [eax]
vmaxps xmm7, xmm8, oword [ebx+ecx*4+0x8]
vmaxps xmm7, xmm8, [rax]
vmaxps ymm8, ymm13, ymm15
vmaxps ymm13, ymm13, ymm15
vmaxps ymm15, ymm13, ymm15
vmaxps ymm8, ymm15, ymm15
vmaxps ymm8, ymm0, ymm15
vmaxps ymm8, ymm13, ymm0
vmaxps ymm8, ymm13, yword [rax]
vmaxps ymm8, ymm13, yword [fs:rel $+0x10]
vmaxps ymm8, ymm13, yword [rbx+0x7f]
vmaxps ymm8, ymm13, yword [rcx-0x80]
vmaxps ymm8, ymm13, yword [rdx+0x12345678]
vmaxps ymm8, ymm13, [rax]
maxpd xmm1, xmm7
maxpd xmm7, xmm7
maxpd xmm8, xmm7
maxpd xmm1, xmm8
maxpd xmm1, oword [rax]
maxpd xmm1, oword [rcx-0x80]
maxpd xmm1, oword [rdx+0x12345678]
maxpd xmm1, oword [rsp]
maxpd xmm1, oword [rsp+0x8]
maxpd xmm1, [rax]
vmaxpd xmm7, xmm8, xmm13
vmaxpd xmm8, xmm8, xmm13
vmaxpd xmm13, xmm8, xmm13
vmaxpd xmm7, xmm13, xmm13
vmaxpd xmm7, xmm15, xmm13
vmaxpd xmm7, xmm8, xmm15
vmaxpd xmm7, xmm8, oword [rax]
vmaxpd xmm7, xmm8, oword [r13]
vmaxpd xmm7, xmm8, oword [r13+0x10]
vmaxpd xmm7, xmm8, oword [rax+rbx]
vmaxpd xmm7, xmm8, oword [rax+rcx*2]
vmaxpd xmm7, xmm8, [rax]
vmaxpd ymm8, ymm13, ymm15
vmaxpd ymm13, ymm13, ymm15
vmaxpd ymm15, ymm13, ymm15
vmaxpd ymm8, ymm15, ymm15
vmaxpd ymm8, ymm0, ymm15
vmaxpd ymm8, ymm13, ymm0
vmaxpd ymm8, ymm13, yword [rax]
vmaxpd ymm8, ymm13, yword [r15+r14]
vmaxpd ymm8, ymm13, yword [rsp+r12*4+0x80]
vmaxpd ymm8, ymm13, yword [0x12345678]
vmaxpd ymm8, ymm13, yword [rel $+0x100]
vmaxpd ymm8, ymm13, [rax]
maxss xmm1, xmm7
maxss xmm7, xmm7
maxss xmm8, xmm7
maxss xmm1, xmm8
maxss xmm1, dword [rax]
maxss xmm1, dword [0x12345678]
maxss xmm1, dword [rel $+0x100]
maxss xmm1, dword [rel $-0x40]
maxss xmm1, dword [eax]
maxss xmm1, [rax]
vmaxss xmm7, xmm8, xmm13
vmaxss xmm8, xmm8, xmm13
vmaxss xmm13, xmm8, xmm13
vmaxss xmm7, xmm13, xmm13
vmaxss xmm7, xmm15, xmm13
vmaxss xmm7, xmm8, xmm15
vmaxss xmm7, xmm8, dword [rax]
vmaxss xmm7, xmm8, dword [gs:0x28]
vmaxss xmm7, xmm8, dword [fs:rel $+0x10]
vmaxss xmm7, xmm8, dword [rbx+0x7f]
vmaxss xmm7, xmm8, dword [rcx-0x80]
vmaxss xmm7, xmm8, [rax]
maxsd xmm13, xmm15
maxsd xmm15, xmm15
maxsd xmm0, xmm15
maxsd xmm13, xmm0
maxsd xmm13, qword [rax]
maxsd xmm13, qword [rbx+rsi*4+0x10]
maxsd xmm13, qword [r8+r9*8-0x10]
maxsd xmm13, qword [rdi*8+0x1000]
maxsd xmm13, qword [r15+r14]
maxsd xmm13, [rax]
vmaxsd xmm15, xmm0, xmm1
vmaxsd xmm0, xmm0, xmm1
vmaxsd xmm1, xmm0, xmm1
vmaxsd xmm15, xmm1, xmm1
vmaxsd xmm15, xmm7, xmm1
vmaxsd xmm15, xmm0, xmm7
vmaxsd xmm15, xmm0, qword [rax]
vmaxsd xmm15, xmm0, qword [rel $-0x40]
vmaxsd xmm15, xmm0, qword [eax]
vmaxsd xmm15, xmm0, qword [ebx+ecx*4+0x8]
vmaxsd xmm15, xmm0, qword [r10d+0x4]
vmaxsd xmm15, xmm0, [rax]
punpcklbw mm1, mm5
punpcklbw mm5, mm5
punpcklbw mm7, mm5
punpcklbw mm1, mm7
punpcklbw mm1, [rax]
punpcklbw xmm7, xmm8
punpcklbw xmm8, xmm8
punpcklbw xmm13, xmm8
punpcklbw xmm7, xmm13
punpcklbw xmm7, oword [rax]
punpcklbw xmm7, oword [rdi*8+0x1000]
punpcklbw xmm7, oword [r15+r14]
punpcklbw xmm7, oword [rsp+r12*4+0x80]
punpcklbw xmm7, oword [0x12345678]
punpcklbw xmm7, [rax]
vpunpcklbw xmm8, xmm13, xmm15
vpunpcklbw xmm13, xmm13, xmm15
vpunpcklbw xmm15, xmm13, xmm15
vpunpcklbw xmm8, xmm15, xmm15
vpunpcklbw xmm8, xmm0, xmm15
vpunpcklbw xmm8, xmm13, xmm0
vpunpcklbw xmm8, xmm13, oword [rax]
vpunpcklbw xmm8, xmm13, oword [ebx+ecx*4+0x8]
vpunpcklbw xmm8, xmm13, oword [r10d+0x4]
vpunpcklbw xmm8, xmm13, oword [fs:rax]
vpunpcklbw xmm8, xmm13, oword [gs:0x28]
vpunpcklbw xmm8, xmm13, [rax]
vpunpcklbw ymm13, ymm15, ymm0
vpunpcklbw ymm15, ymm15, ymm0
vpunpcklbw ymm0, ymm15, ymm0
vpunpcklbw ymm13, ymm0, ymm0
vpunpcklbw ymm13, ymm1, ymm0
vpunpcklbw ymm13, ymm15, ymm1
vpunpcklbw ymm13, ymm15, yword [rax]
vpunpcklbw ymm13, ymm15, yword [rdx+0x12345678]
vpunpcklbw ymm13, ymm15, yword [rsp]
vpunpcklbw ymm13, ymm15, yword [rsp+0x8]
vpunpcklbw ymm13, ymm15, yword [rbp]
vpunpcklbw ymm13, ymm15, [rax]
punpcklwd mm5, mm7
punpcklwd mm7, mm7
punpcklwd mm0, mm7
punpcklwd mm5, mm0
punpcklwd mm5, [rax]
punpcklwd xmm8, xmm13
punpcklwd xmm13, xmm13
punpcklwd xmm15, xmm13
punpcklwd xmm8, xmm15
punpcklwd xmm8, oword [rax]
punpcklwd xmm8, oword [rax+rcx*2]
punpcklwd xmm8, oword [rbx+rsi*4+0x10]
punpcklwd xmm8, oword [r8+r9*8-0x10]
punpcklwd xmm8, oword [rdi*8+0x1000]
punpcklwd xmm8, [rax]
vpunpcklwd xmm13, xmm15, xmm0
vpunpcklwd xmm15, xmm15, xmm0
vpunpcklwd xmm0, xmm15, xmm0
vpunpcklwd xmm13, xmm0, xmm0
vpunpcklwd xmm13, xmm1, xmm0
vpunpcklwd xmm13, xmm15, xmm1
vpunpcklwd xmm13, xmm15, oword [rax]
vpunpcklwd xmm13, xmm15, oword [rel $+0x100]
vpunpcklwd xmm13, xmm15, oword [rel $-0x40]
vpunpcklwd xmm13, xmm15, oword [eax]
vpunpcklwd xmm13, xmm15, oword [ebx+ecx*4+0x8]
vpunpcklwd xmm13, xmm15, [rax]
vpunpcklwd ymm15, ymm0, ymm1
vpunpcklwd ymm0, ymm0, ymm1
vpunpcklwd ymm1, ymm0, ymm1
vpunpcklwd ymm15, ymm1, ymm1
vpunpcklwd ymm15, ymm7, ymm1
vpunpcklwd ymm15, ymm0, ymm7
vpunpcklwd ymm15, ymm0, yword [rax]
vpunpcklwd ymm15, ymm0, yword [fs:rel $+0x10]
vpunpcklwd ymm15, ymm0, yword [rbx+0x7f]
vpunpcklwd ymm15, ymm0, yword [rcx-0x80]
vpunpcklwd ymm15, ymm0, yword [rdx+0x12345678]
vpunpcklwd ymm15, ymm0, [rax]
punpckldq mm7, mm0
punpckldq mm0, mm0
punpckldq mm1, mm0
punpckldq mm7, mm1
punpckldq mm7, [rax]
punpckldq xmm13, xmm15
punpckldq xmm15, xmm15
punpckldq xmm0, xmm15
punpckldq xmm13, xmm0
punpckldq xmm13, oword [rax]
punpckldq xmm13, oword [r13]
punpckldq xmm13, oword [r13+0x10]
punpckldq xmm13, oword [rax+rbx]
punpckldq xmm13, oword [rax+rcx*2]
punpckldq xmm13, [rax]
vpunpckldq xmm15, xmm0, xmm1
vpunpckldq xmm0, xmm0, xmm1
vpunpckldq xmm1, xmm0, xmm1
vpunpckldq xmm15, xmm1, xmm1
vpunpckldq xmm15, xmm7, xmm1
vpunpckldq xmm15, xmm0, xmm7
vpunpckldq xmm15, xmm0, oword [rax]
vpunpckldq xmm15, xmm0, oword [r15+r14]
vpunpckldq xmm15, xmm0, oword [rsp+r12*4+0x80]
vpunpckldq xmm15, xmm0, oword [0x12345678]
vpunpckldq xmm15, xmm0, oword [rel $+0x100]
vpunpckldq xmm15, xmm0, [rax]
vpunpckldq ymm0, ymm1, ymm7
vpunpckldq ymm1, ymm1, ymm7
vpunpckldq ymm7, ymm1, ymm7
vpunpckldq ymm0, ymm7, ymm7
vpunpckldq ymm0, ymm8, ymm7
vpunpckldq ymm0, ymm1, ymm8
vpunpckldq ymm0, ymm1, yword [rax]
vpunpckldq ymm0, ymm1, yword [r10d+0x4]
vpunpckldq ymm0, ymm1, yword [fs:rax]
vpunpckldq ymm0, ymm1, yword [gs:0x28]
vpunpckldq ymm0, ymm1, yword [fs:rel $+0x10]
vpunpckldq ymm0, ymm1, [rax]
packsswb mm0, mm1
packsswb mm1, mm1
packsswb mm5, mm1
packsswb mm0, mm5
packsswb mm0, qword [rax]
packsswb mm0, qword [gs:0x28]
packsswb mm0, qword [fs:rel $+0x10]
packsswb mm0, qword [rbx+0x7f]
packsswb mm0, qword [rcx-0x80]
packsswb mm0, [rax]
packsswb xmm15, xmm0
packsswb xmm0, xmm0
packsswb xmm1, xmm0
packsswb xmm15, xmm1
packsswb xmm15, oword [rax]
packsswb xmm15, oword [rbp]
packsswb xmm15, oword [rbp-0x8]
packsswb xmm15, oword [r12]
packsswb xmm15, oword [r13]
packsswb xmm15, [rax]
vpacksswb xmm0, xmm1, xmm7
vpacksswb xmm1, xmm1, xmm7
vpacksswb xmm7, xmm1, xmm7
vpacksswb xmm0, xmm7, xmm7
vpacksswb xmm0, xmm8, xmm7
vpacksswb xmm0, xmm1, xmm8
vpacksswb xmm0, xmm1, oword [rax]
vpacksswb xmm0, xmm1, oword [rbx+rsi*4+0x10]
vpacksswb xmm0, xmm1, oword [r8+r9*8-0x10]
vpacksswb xmm0, xmm1, oword [rdi*8+0x1000]
vpacksswb xmm0, xmm1, oword [r15+r14]
vpacksswb xmm0, xmm1, [rax]
vpacksswb ymm1, ymm7, ymm8
vpacksswb ymm7, ymm7, ymm8
vpacksswb ymm8, ymm7, ymm8
vpacksswb ymm1, ymm8, ymm8
vpacksswb ymm1, ymm13, ymm8
vpacksswb ymm1, ymm7, ymm13
vpacksswb ymm1, ymm7, yword [rax]
vpacksswb ymm1, ymm7, yword [rel $-0x40]
vpacksswb ymm1, ymm7, yword [eax]
vpacksswb ymm1, ymm7, yword [ebx+ecx*4+0x8]
vpacksswb ymm1, ymm7, yword [r10d+0x4]
vpacksswb ymm1, ymm7, [rax]
pcmpgtb mm1, mm5
pcmpgtb mm5, mm5
pcmpgtb mm7, mm5
pcmpgtb mm1, mm7
pcmpgtb mm1, qword [rax]
pcmpgtb mm1, qword [ebx+ecx*4+0x8]
pcmpgtb mm1, qword [r10d+0x4]
pcmpgtb mm1, qword [fs:rax]
pcmpgtb mm1, qword [gs:0x28]
pcmpgtb mm1, [rax]
pcmpgtb xmm0, xmm1
pcmpgtb xmm1, xmm1
pcmpgtb xmm7, xmm1
pcmpgtb xmm0, xmm7
pcmpgtb xmm0, oword [rax]
pcmpgtb xmm0, oword [rdx+0x12345678]
pcmpgtb xmm0, oword [rsp]
pcmpgtb xmm0, oword [rsp+0x8]
pcmpgtb xmm0, oword [rbp]
pcmpgtb xmm0, [rax]
vpcmpgtb xmm1, xmm7, xmm8
vpcmpgtb xmm7, xmm7, xmm8
vpcmpgtb xmm8, xmm7, xmm8
vpcmpgtb xmm1, xmm8, xmm8
vpcmpgtb xmm1, xmm13, xmm8
vpcmpgtb xmm1, xmm7, xmm13
vpcmpgtb xmm1, xmm7, oword [rax]
vpcmpgtb xmm1, xmm7, oword [r13+0x10]
vpcmpgtb xmm1, xmm7, oword [rax+rbx]
vpcmpgtb xmm1, xmm7, oword [rax+rcx*2]
vpcmpgtb xmm1, xmm7, oword [rbx+rsi*4+0x10]
vpcmpgtb xmm1, xmm7, [rax]
vpcmpgtb ymm7, ymm8, ymm13
vpcmpgtb ymm8, ymm8, ymm13
vpcmpgtb ymm13, ymm8, ymm13
vpcmpgtb ymm7, ymm13, ymm13
vpcmpgtb ymm7, ymm15, ymm13
vpcmpgtb ymm7, ymm8, ymm15
vpcmpgtb ymm7, ymm8, yword [rax]
vpcmpgtb ymm7, ymm8, yword [rsp+r12*4+0x80]
vpcmpgtb ymm7, ymm8, yword [0x12345678]
vpcmpgtb ymm7, ymm8, yword [rel $+0x100]
vpcmpgtb ymm7, ymm8, yword [rel $-0x40]
vpcmpgtb ymm7, ymm8, [rax]
pcmpgtw mm5, mm7
pcmpgtw mm7, mm7
pcmpgtw mm0, mm7
pcmpgtw mm5, mm0
pcmpgtw mm5, qword [rax]
pcmpgtw mm5, qword [rel $+0x100]
pcmpgtw mm5, qword [rel $-0x40]
pcmpgtw mm5, qword [eax]
pcmpgtw mm5, qword [ebx+ecx*4+0x8]
pcmpgtw mm5, [rax]
pcmpgtw xmm1, xmm7
pcmpgtw xmm7, xmm7
pcmpgtw xmm8, xmm7
pcmpgtw xmm1, xmm8
pcmpgtw xmm1, oword [rax]
pcmpgtw xmm1, oword [fs:rel $+0x10]
pcmpgtw xmm1, oword [rbx+0x7f]
pcmpgtw xmm1, oword [rcx-0x80]
pcmpgtw xmm1, oword [rdx+0x12345678]
pcmpgtw xmm1, [rax]
vpcmpgtw xmm7, xmm8, xmm13
vpcmpgtw xmm8, xmm8, xmm13
vpcmpgtw xmm13, xmm8, xmm13
vpcmpgtw xmm7, xmm13, xmm13
vpcmpgtw xmm7, xmm15, xmm13
vpcmpgtw xmm7, xmm8, xmm15
vpcmpgtw xmm7, xmm8, oword [rax]
vpcmpgtw xmm7, xmm8, oword [rbp-0x8]
vpcmpgtw xmm7, xmm8, oword [r12]
vpcmpgtw xmm7, xmm8, oword [r13]
vpcmpgtw xmm7, xmm8, oword [r13+0x10]
vpcmpgtw xmm7, xmm8, [rax]
vpcmpgtw ymm8, ymm13, ymm15
vpcmpgtw ymm13, ymm13, ymm15
vpcmpgtw ymm15, ymm13, ymm15
vpcmpgtw ymm8, ymm15, ymm15
vpcmpgtw ymm8, ymm0, ymm15
vpcmpgtw ymm8, ymm13, ymm0
vpcmpgtw ymm8, ymm13, yword [rax]
vpcmpgtw ymm8, ymm13, yword [r8+r9*8-0x10]
vpcmpgtw ymm8, ymm13, yword [rdi*8+0x1000]
vpcmpgtw ymm8, ymm13, yword [r15+r14]
vpcmpgtw ymm8, ymm13, yword [rsp+r12*4+0x80]
vpcmpgtw ymm8, ymm13, [rax]
pcmpgtd mm7, mm0
pcmpgtd mm0, mm0
pcmpgtd mm1, mm0
pcmpgtd mm7, mm1
pcmpgtd mm7, qword [rax]
pcmpgtd mm7, qword [r15+r14]
pcmpgtd mm7, qword [rsp+r12*4+0x80]
pcmpgtd mm7, qword [0x12345678]
pcmpgtd mm7, qword [rel $+0x100]
pcmpgtd mm7, [rax]
pcmpgtd xmm7, xmm8
pcmpgtd xmm8, xmm8
pcmpgtd xmm13, xmm8
pcmpgtd xmm7, xmm13
pcmpgtd xmm7, oword [rax]
pcmpgtd xmm7, oword [r10d+0x4]
pcmpgtd xmm7, oword [fs:rax]
pcmpgtd xmm7, oword [gs:0x28]
pcmpgtd xmm7, oword [fs:rel $+0x10]
pcmpgtd xmm7, [rax]
vpcmpgtd xmm8, xmm13, xmm15
vpcmpgtd xmm13, xmm13, xmm15
vpcmpgtd xmm15, xmm13, xmm15
vpcmpgtd xmm8, xmm15, xmm15
vpcmpgtd xmm8, xmm0, xmm15
vpcmpgtd xmm8, xmm13, xmm0
vpcmpgtd xmm8, xmm13, oword [rax]
vpcmpgtd xmm8, xmm13, oword [rsp]
vpcmpgtd xmm8, xmm13, oword [rsp+0x8]
vpcmpgtd xmm8, xmm13, oword [rbp]
vpcmpgtd xmm8, xmm13, oword [rbp-0x8]
vpcmpgtd xmm8, xmm13, [rax]
vpcmpgtd ymm13, ymm15, ymm0
vpcmpgtd ymm15, ymm15, ymm0
vpcmpgtd ymm0, ymm15, ymm0
vpcmpgtd ymm13, ymm0, ymm0
vpcmpgtd ymm13, ymm1, ymm0
vpcmpgtd ymm13, ymm15, ymm1
vpcmpgtd ymm13, ymm15, yword [rax]
vpcmpgtd ymm13, ymm15, yword [rax+rbx]
vpcmpgtd ymm13, ymm15, yword [rax+rcx*2]
vpcmpgtd ymm13, ymm15, yword [rbx+rsi*4+0x10]
vpcmpgtd ymm13, ymm15, yword [r8+r9*8-0x10]
vpcmpgtd ymm13, ymm15, [rax]
packuswb mm0, mm1
packuswb mm1, mm1
packuswb mm5, mm1
packuswb mm0, mm5
packuswb mm0, qword [rax]
packuswb mm0, qword [rbx+rsi*4+0x10]
packuswb mm0, qword [r8+r9*8-0x10]
packuswb mm0, qword [rdi*8+0x1000]
packuswb mm0, qword [r15+r14]
packuswb mm0, [rax]
packuswb xmm8, xmm13
packuswb xmm13, xmm13
packuswb xmm15, xmm13
packuswb xmm8, xmm15
packuswb xmm8, oword [rax]
packuswb xmm8, oword [rel $-0x40]
packuswb xmm8, oword [eax]
packuswb xmm8, oword [ebx+ecx*4+0x8]
packuswb xmm8, oword [r10d+0x4]
packuswb xmm8, [rax]
vpackuswb xmm13, xmm15, xmm0
vpackuswb xmm15, xmm15, xmm0
vpackuswb xmm0, xmm15, xmm0
vpackuswb xmm13, xmm0, xmm0
vpackuswb xmm13, xmm1, xmm0
vpackuswb xmm13, xmm15, xmm1
vpackuswb xmm13, xmm15, oword [rax]
vpackuswb xmm13, xmm15, oword [rbx+0x7f]
vpackuswb xmm13, xmm15, oword [rcx-0x80]
vpackuswb xmm13, xmm15, oword [rdx+0x12345678]
vpackuswb xmm13, xmm15, oword [rsp]
vpackuswb xmm13, xmm15, [rax]
vpackuswb ymm15, ymm0, ymm1
vpackuswb ymm0, ymm0, ymm1
vpackuswb ymm1, ymm0, ymm1
vpackuswb ymm15, ymm1, ymm1
vpackuswb ymm15, ymm7, ymm1
vpackuswb ymm15, ymm0, ymm7
vpackuswb ymm15, ymm0, yword [rax]
vpackuswb ymm15, ymm0, yword [r12]
vpackuswb ymm15, ymm0, yword [r13]
vpackuswb ymm15, ymm0, yword [r13+0x10]
vpackuswb ymm15, ymm0, yword [rax+rbx]
vpackuswb ymm15, ymm0, [rax]
punpckhbw mm1, mm5
punpckhbw mm5, mm5
punpckhbw mm7, mm5
punpckhbw mm1, mm7
punpckhbw mm1, qword [rax]
punpckhbw mm1, qword [r13+0x10]
punpckhbw mm1, qword [rax+rbx]
punpckhbw mm1, qword [rax+rcx*2]
punpckhbw mm1, qword [rbx+rsi*4+0x10]
punpckhbw mm1, [rax]
punpckhbw xmm13, xmm15
punpckhbw xmm15, xmm15
punpckhbw xmm0, xmm15
punpckhbw xmm13, xmm0
punpckhbw xmm13, oword [rax]
punpckhbw xmm13, oword [rsp+r12*4+0x80]
punpckhbw xmm13, oword [0x12345678]
punpckhbw xmm13, oword [rel $+0x100]
punpckhbw xmm13, oword [rel $-0x40]
punpckhbw xmm13, [rax]
vpunpckhbw xmm15, xmm0, xmm1
vpunpckhbw xmm0, xmm0, xmm1
vpunpckhbw xmm1, xmm0, xmm1
vpunpckhbw xmm15, xmm1, xmm1
vpunpckhbw xmm15, xmm7, xmm1
vpunpckhbw xmm15, xmm0, xmm7
vpunpckhbw xmm15, xmm0, oword [rax]
vpunpckhbw xmm15, xmm0, oword [fs:rax]
vpunpckhbw xmm15, xmm0, oword [gs:0x28]
vpunpckhbw xmm15, xmm0, oword [fs:rel $+0x10]
vpunpckhbw xmm15, xmm0, oword [rbx+0x7f]
vpunpckhbw xmm15, xmm0, [rax]
vpunpckhbw ymm0, ymm1, ymm7
vpunpckhbw ymm1, ymm1, ymm7
vpunpckhbw ymm7, ymm1, ymm7
vpunpckhbw ymm0, ymm7, ymm7
vpunpckhbw ymm0, ymm8, ymm7
vpunpckhbw ymm0, ymm1, ymm8
vpunpckhbw ymm0, ymm1, yword [rax]
vpunpckhbw ymm0, ymm1, yword [rsp+0x8]
vpunpckhbw ymm0, ymm1, yword [rbp]
vpunpckhbw ymm0, ymm1, yword [rbp-0x8]
vpunpckhbw ymm0, ymm1, yword [r12]
vpunpckhbw ymm0, ymm1, [rax]
punpckhwd mm5, mm7
punpckhwd mm7, mm7
punpckhwd mm0, mm7
punpckhwd mm5, mm0
punpckhwd mm5, qword [rax]
punpckhwd mm5, qword [rbp-0x8]
punpckhwd mm5, qword [r12]
punpckhwd mm5, qword [r13]
punpckhwd mm5, qword [r13+0x10]
punpckhwd mm5, [rax]
punpckhwd xmm15, xmm0
punpckhwd xmm0, xmm0
punpckhwd xmm1, xmm0
punpckhwd xmm15, xmm1
punpckhwd xmm15, oword [rax]
punpckhwd xmm15, oword [r8+r9*8-0x10]
punpckhwd xmm15, oword [rdi*8+0x1000]
punpckhwd xmm15, oword [r15+r14]
punpckhwd xmm15, oword [rsp+r12*4+0x80]
punpckhwd xmm15, [rax]
vpunpckhwd xmm0, xmm1, xmm7
vpunpckhwd xmm1, xmm1, xmm7
vpunpckhwd xmm7, xmm1, xmm7
vpunpckhwd xmm0, xmm7, xmm7
vpunpckhwd xmm0, xmm8, xmm7
vpunpckhwd xmm0, xmm1, xmm8
vpunpckhwd xmm0, xmm1, oword [rax]
vpunpckhwd xmm0, xmm1, oword [eax]
vpunpckhwd xmm0, xmm1, oword [ebx+ecx*4+0x8]
vpunpckhwd xmm0, xmm1, oword [r10d+0x4]
vpunpckhwd xmm0, xmm1, oword [fs:rax]
vpunpckhwd xmm0, xmm1, [rax]
vpunpckhwd ymm1, ymm7, ymm8
vpunpckhwd ymm7, ymm7, ymm8
vpunpckhwd ymm8, ymm7, ymm8
vpunpckhwd ymm1, ymm8, ymm8
vpunpckhwd ymm1, ymm13, ymm8
vpunpckhwd ymm1, ymm7, ymm13
vpunpckhwd ymm1, ymm7, yword [rax]
vpunpckhwd ymm1, ymm7, yword [rcx-0x80]
vpunpckhwd ymm1, ymm7, yword [rdx+0x12345678]
vpunpckhwd ymm1, ymm7, yword [rsp]
vpunpckhwd ymm1, ymm7, yword [rsp+0x8]
vpunpckhwd ymm1, ymm7, [rax]
punpckhdq mm7, mm0
punpckhdq mm0, mm0
punpckhdq mm1, mm0
punpckhdq mm7, mm1
punpckhdq mm7, qword [rax]
punpckhdq mm7, qword [rsp]
punpckhdq mm7, qword [rsp+0x8]
punpckhdq mm7, qword [rbp]
punpckhdq mm7, qword [rbp-0x8]
punpckhdq mm7, [rax]
punpckhdq xmm0, xmm1
punpckhdq xmm1, xmm1
punpckhdq xmm7, xmm1
punpckhdq xmm0, xmm7
punpckhdq xmm0, oword [rax]
punpckhdq xmm0, oword [rax+rbx]
punpckhdq xmm0, oword [rax+rcx*2]
punpckhdq xmm0, oword [rbx+rsi*4+0x10]
punpckhdq xmm0, oword [r8+r9*8-0x10]
punpckhdq xmm0, [rax]
vpunpckhdq xmm1, xmm7, xmm8
vpunpckhdq xmm7, xmm7, xmm8
vpunpckhdq xmm8, xmm7, xmm8
vpunpckhdq xmm1, xmm8, xmm8
vpunpckhdq xmm1, xmm13, xmm8
vpunpckhdq xmm1, xmm7, xmm13
vpunpckhdq xmm1, xmm7, oword [rax]
vpunpckhdq xmm1, xmm7, oword [0x12345678]
vpunpckhdq xmm1, xmm7, oword [rel $+0x100]
vpunpckhdq xmm1, xmm7, oword [rel $-0x40]
vpunpckhdq xmm1, xmm7, oword [eax]
vpunpckhdq xmm1, xmm7, [rax]
vpunpckhdq ymm7, ymm8, ymm13
vpunpckhdq ymm8, ymm8, ymm13
vpunpckhdq ymm13, ymm8, ymm13
vpunpckhdq ymm7, ymm13, ymm13
vpunpckhdq ymm7, ymm15, ymm13
vpunpckhdq ymm7, ymm8, ymm15
vpunpckhdq ymm7, ymm8, yword [rax]
vpunpckhdq ymm7, ymm8, yword [gs:0x28]
vpunpckhdq ymm7, ymm8, yword [fs:rel $+0x10]
vpunpckhdq ymm7, ymm8, yword [rbx+0x7f]
vpunpckhdq ymm7, ymm8, yword [rcx-0x80]
vpunpckhdq ymm7, ymm8, [rax]
packssdw mm0, mm1
packssdw mm1, mm1
packssdw mm5, mm1
packssdw mm0, mm5
packssdw mm0, qword [rax]
packssdw mm0, qword [rbx+0x7f]
packssdw mm0, qword [rcx-0x80]
packssdw mm0, qword [rdx+0x12345678]
packssdw mm0, qword [rsp]
packssdw mm0, [rax]
packssdw xmm1, xmm7
packssdw xmm7, xmm7
packssdw xmm8, xmm7
packssdw xmm1, xmm8
packssdw xmm1, oword [rax]
packssdw xmm1, oword [r12]
packssdw xmm1, oword [r13]
packssdw xmm1, oword [r13+0x10]
packssdw xmm1, oword [rax+rbx]
packssdw xmm1, [rax]
vpackssdw xmm7, xmm8, xmm13
vpackssdw xmm8, xmm8, xmm13
vpackssdw xmm13, xmm8, xmm13
vpackssdw xmm7, xmm13, xmm13
vpackssdw xmm7, xmm15, xmm13
vpackssdw xmm7, xmm8, xmm15
vpackssdw xmm7, xmm8, oword [rax]
vpackssdw xmm7, xmm8, oword [rdi*8+0x1000]
vpackssdw xmm7, xmm8, oword [r15+r14]
vpackssdw xmm7, xmm8, oword [rsp+r12*4+0x80]
vpackssdw xmm7, xmm8, oword [0x12345678]
vpackssdw xmm7, xmm8, [rax]
vpackssdw ymm8, ymm13, ymm15
vpackssdw ymm13, ymm13, ymm15
vpackssdw ymm15, ymm13, ymm15
vpackssdw ymm8, ymm15, ymm15
vpackssdw ymm8, ymm0, ymm15
vpackssdw ymm8, ymm13, ymm0
vpackssdw ymm8, ymm13, yword [rax]
vpackssdw ymm8, ymm13, yword [ebx+ecx*4+0x8]
vpackssdw ymm8, ymm13, yword [r10d+0x4]
vpackssdw ymm8, ymm13, yword [fs:rax]
vpackssdw ymm8, ymm13, yword [gs:0x28]
vpackssdw ymm8, ymm13, [rax]
punpcklqdq xmm1, xmm7
punpcklqdq xmm7, xmm7
punpcklqdq xmm8, xmm7
punpcklqdq xmm1, xmm8
punpcklqdq xmm1, oword [rax]
punpcklqdq xmm1, oword [fs:rax]
punpcklqdq xmm1, oword [gs:0x28]
punpcklqdq xmm1, oword [fs:rel $+0x10]
punpcklqdq xmm1, oword [rbx+0x7f]
punpcklqdq xmm1, [rax]
vpunpcklqdq xmm7, xmm8, xmm13
vpunpcklqdq xmm8, xmm8, xmm13
vpunpcklqdq xmm13, xmm8, xmm13
vpunpcklqdq xmm7, xmm13, xmm13
vpunpcklqdq xmm7, xmm15, xmm13
vpunpcklqdq xmm7, xmm8, xmm15
vpunpcklqdq xmm7, xmm8, oword [rax]
vpunpcklqdq xmm7, xmm8, oword [rsp+0x8]
vpunpcklqdq xmm7, xmm8, oword [rbp]
vpunpcklqdq xmm7, xmm8, oword [rbp-0x8]
vpunpcklqdq xmm7, xmm8, oword [r12]
vpunpcklqdq xmm7, xmm8, [rax]
vpunpcklqdq ymm8, ymm13, ymm15
vpunpcklqdq ymm13, ymm13, ymm15
vpunpcklqdq ymm15, ymm13, ymm15
vpunpcklqdq ymm8, ymm15, ymm15
vpunpcklqdq ymm8, ymm0, ymm15
vpunpcklqdq ymm8, ymm13, ymm0
vpunpcklqdq ymm8, ymm13, yword [rax]
vpunpcklqdq ymm8, ymm13, yword [rax+rcx*2]
vpunpcklqdq ymm8, ymm13, yword [rbx+rsi*4+0x10]
vpunpcklqdq ymm8, ymm13, yword [r8+r9*8-0x10]
vpunpcklqdq ymm8, ymm13, yword [rdi*8+0x1000]
vpunpcklqdq ymm8, ymm13, [rax]
punpckhqdq xmm1, xmm7
punpckhqdq xmm7, xmm7
punpckhqdq xmm8, xmm7
punpckhqdq xmm1, xmm8
punpckhqdq xmm1, oword [rax]
punpckhqdq xmm1, oword [r8+r9*8-0x10]
punpckhqdq xmm1, oword [rdi*8+0x1000]
punpckhqdq xmm1, oword [r15+r14]
punpckhqdq xmm1, oword [rsp+r12*4+0x80]
punpckhqdq xmm1, [rax]
vpunpckhqdq xmm7, xmm8, xmm13
vpunpckhqdq xmm8, xmm8, xmm13
vpunpckhqdq xmm13, xmm8, xmm13
vpunpckhqdq xmm7, xmm13, xmm13
vpunpckhqdq xmm7, xmm15, xmm13
vpunpckhqdq xmm7, xmm8, xmm15
vpunpckhqdq xmm7, xmm8, oword [rax]
vpunpckhqdq xmm7, xmm8, oword [eax]
vpunpckhqdq xmm7, xmm8, oword [ebx+ecx*4+0x8]
vpunpckhqdq xmm7, xmm8, oword [r10d+0x4]
vpunpckhqdq xmm7, xmm8, oword [fs:rax]
vpunpckhqdq xmm7, xmm8, [rax]
vpunpckhqdq ymm8, ymm13, ymm15
vpunpckhqdq ymm13, ymm13, ymm15
vpunpckhqdq ymm15, ymm13, ymm15
vpunpckhqdq ymm8, ymm15, ymm15
vpunpckhqdq ymm8, ymm0, ymm15
vpunpckhqdq ymm8, ymm13, ymm0
vpunpckhqdq ymm8, ymm13, yword [rax]
vpunpckhqdq ymm8, ymm13, yword [rcx-0x80]
vpunpckhqdq ymm8, ymm13, yword [rdx+0x12345678]
vpunpckhqdq ymm8, ymm13, yword [rsp]
vpunpckhqdq ymm8, ymm13, yword [rsp+0x8]
vpunpckhqdq ymm8, ymm13, [rax]
movd mm0, ebx
movd mm1, ebx
movd mm5, ebx
movd mm7, ebx
movd mm0, esp
movd mm0, dword [rax]
movd mm0, dword [rbx+0x7f]
movd mm0, dword [rcx-0x80]
movd mm0, dword [rdx+0x12345678]
movd mm0, dword [rsp]
movd mm0, dword [rsp+0x8]
movd mm0, dword [rbp]
movd mm0, dword [rbp-0x8]
movd mm0, dword [r12]
movd mm0, dword [r13]
movd mm0, dword [r13+0x10]
movd mm0, dword [rax+rbx]
movd mm0, dword [rax+rcx*2]
movd mm0, dword [rbx+rsi*4+0x10]
movd mm0, dword [r8+r9*8-0x10]
movd mm0, dword [rdi*8+0x1000]
movd mm0, dword [r15+r14]
movd mm0, dword [rsp+r12*4+0x80]
movd mm0, dword [0x12345678]
movd mm0, dword [rel $+0x100]
movd mm0, dword [rel $-0x40]
movd mm0, dword [eax]
movd mm0, dword [ebx+ecx*4+0x8]
movd mm0, dword [r10d+0x4]
movd mm0, dword [fs:rax]
movd mm0, dword [gs:0x28]
movd mm0, dword [fs:rel $+0x10]
movd mm0, [rax]
movq mm0, rcx
movq mm1, rcx
movq mm5, rcx
movq mm0, rdx
movq mm0, qword [rax]
movq mm0, qword [rax+rbx]
movq mm0, qword [rax+rcx*2]
movq mm0, qword [rbx+rsi*4+0x10]
movq mm0, qword [r8+r9*8-0x10]
movq mm0, [rax]
o64 movq mm0, rcx
movd xmm0, r13d
movd xmm1, r13d
movd xmm7, r13d
movd xmm8, r13d
movd xmm13, r13d
movd xmm15, r13d
movd xmm0, r15d
movd xmm0, dword [rax]
movd xmm0, dword [rbx+0x7f]
movd xmm0, dword [rcx-0x80]
movd xmm0, dword [rdx+0x12345678]
movd xmm0, dword [rsp]
movd xmm0, dword [rsp+0x8]
movd xmm0, dword [rbp]
movd xmm0, dword [rbp-0x8]
movd xmm0, dword [r12]
movd xmm0, dword [r13]
movd xmm0, dword [r13+0x10]
movd xmm0, dword [rax+rbx]
movd xmm0, dword [rax+rcx*2]
movd xmm0, dword [rbx+rsi*4+0x10]
movd xmm0, dword [r8+r9*8-0x10]
movd xmm0, dword [rdi*8+0x1000]
movd xmm0, dword [r15+r14]
movd xmm0, dword [rsp+r12*4+0x80]
movd xmm0, dword [0x12345678]
movd xmm0, dword [rel $+0x100]
movd xmm0, dword [rel $-0x40]
movd xmm0, dword [eax]
movd xmm0, dword [ebx+ecx*4+0x8]
movd xmm0, dword [r10d+0x4]
movd xmm0, dword [fs:rax]
movd xmm0, dword [gs:0x28]
movd xmm0, dword [fs:rel $+0x10]
movd xmm0, [rax]
movq xmm13, rsi
movq xmm15, rsi
movq xmm0, rsi
movq xmm13, r8
movq xmm13, qword [rax]
movq xmm13, qword [gs:0x28]
movq xmm13, qword [fs:rel $+0x10]
movq xmm13, qword [rbx+0x7f]
movq xmm13, qword [rcx-0x80]
movq xmm13, [rax]
o64 movq xmm13, rsi
vmovd xmm15, esp
vmovd xmm0, esp
vmovd xmm1, esp
vmovd xmm15, ebp
vmovd xmm15, dword [rax]
vmovd xmm15, dword [rbp]
vmovd xmm15, dword [rbp-0x8]
vmovd xmm15, dword [r12]
vmovd xmm15, dword [r13]
vmovd xmm15, [rax]
vmovq xmm0, r15
vmovq xmm1, r15
vmovq xmm7, r15
vmovq xmm0, rax
vmovq xmm0, qword [rax]
vmovq xmm0, qword [rbx+rsi*4+0x10]
vmovq xmm0, qword [r8+r9*8-0x10]
vmovq xmm0, qword [rdi*8+0x1000]
vmovq xmm0, qword [r15+r14]
vmovq xmm0, [rax]
movq mm1, mm5
movq mm5, mm5
movq mm7, mm5
movq mm1, mm7
movq mm1, qword [rax]
movq mm1, qword [r12]
movq mm1, qword [r13]
movq mm1, qword [r13+0x10]
movq mm1, qword [rax+rbx]
movq mm1, [rax]
movdqa xmm13, xmm15
movdqa xmm15, xmm15
movdqa xmm0, xmm15
movdqa xmm13, xmm0
movdqa xmm13, oword [rax]
movdqa xmm13, oword [rdi*8+0x1000]
movdqa xmm13, oword [r15+r14]
movdqa xmm13, oword [rsp+r12*4+0x80]
movdqa xmm13, oword [0x12345678]
movdqa xmm13, [rax]
vmovdqa xmm15, xmm0
vmovdqa xmm0, xmm0
vmovdqa xmm1, xmm0
vmovdqa xmm15, xmm1
vmovdqa xmm15, oword [rax]
vmovdqa xmm15, oword [ebx+ecx*4+0x8]
vmovdqa xmm15, oword [r10d+0x4]
vmovdqa xmm15, oword [fs:rax]
vmovdqa xmm15, oword [gs:0x28]
vmovdqa xmm15, [rax]
vmovdqa ymm0, ymm1
vmovdqa ymm1, ymm1
vmovdqa ymm7, ymm1
vmovdqa ymm0, ymm7
vmovdqa ymm0, yword [rax]
vmovdqa ymm0, yword [rdx+0x12345678]
vmovdqa ymm0, yword [rsp]
vmovdqa ymm0, yword [rsp+0x8]
vmovdqa ymm0, yword [rbp]
vmovdqa ymm0, [rax]
movdqu xmm1, xmm7
movdqu xmm7, xmm7
movdqu xmm8, xmm7
movdqu xmm1, xmm8
movdqu xmm1, oword [rax]
movdqu xmm1, oword [fs:rel $+0x10]
movdqu xmm1, oword [rbx+0x7f]
movdqu xmm1, oword [rcx-0x80]
movdqu xmm1, oword [rdx+0x12345678]
movdqu xmm1, [rax]
vmovdqu xmm0, xmm8
vmovdqu xmm1, xmm8
vmovdqu xmm7, xmm8
vmovdqu xmm8, xmm8
vmovdqu xmm13, xmm8
vmovdqu xmm15, xmm8
vmovdqu xmm0, xmm13
vmovdqu xmm0, oword [rax]
vmovdqu xmm0, oword [rbx+0x7f]
vmovdqu xmm0, oword [rcx-0x80]
vmovdqu xmm0, oword [rdx+0x12345678]
vmovdqu xmm0, oword [rsp]
vmovdqu xmm0, oword [rsp+0x8]
vmovdqu xmm0, oword [rbp]
vmovdqu xmm0, oword [rbp-0x8]
vmovdqu xmm0, oword [r12]
vmovdqu xmm0, oword [r13]
vmovdqu xmm0, oword [r13+0x10]
vmovdqu xmm0, oword [rax+rbx]
vmovdqu xmm0, oword [rax+rcx*2]
vmovdqu xmm0, oword [rbx+rsi*4+0x10]
vmovdqu xmm0, oword [r8+r9*8-0x10]
vmovdqu xmm0, oword [rdi*8+0x1000]
vmovdqu xmm0, oword [r15+r14]
vmovdqu xmm0, oword [rsp+r12*4+0x80]
vmovdqu xmm0, oword [0x12345678]
vmovdqu xmm0, oword [rel $+0x100]
vmovdqu xmm0, oword [rel $-0x40]
vmovdqu xmm0, oword [eax]
vmovdqu xmm0, oword [ebx+ecx*4+0x8]
vmovdqu xmm0, oword [r10d+0x4]
vmovdqu xmm0, oword [fs:rax]
vmovdqu xmm0, oword [gs:0x28]
vmovdqu xmm0, oword [fs:rel $+0x10]
vmovdqu xmm0, [rax]
vmovdqu ymm0, ymm13
vmovdqu ymm1, ymm13
vmovdqu ymm7, ymm13
vmovdqu ymm8, ymm13
vmovdqu ymm13, ymm13
vmovdqu ymm15, ymm13
vmovdqu ymm0, ymm15
vmovdqu ymm0, yword [rax]
vmovdqu ymm0, yword [rbx+0x7f]
vmovdqu ymm0, yword [rcx-0x80]
vmovdqu ymm0, yword [rdx+0x12345678]
vmovdqu ymm0, yword [rsp]
vmovdqu ymm0, yword [rsp+0x8]
vmovdqu ymm0, yword [rbp]
vmovdqu ymm0, yword [rbp-0x8]
vmovdqu ymm0, yword [r12]
vmovdqu ymm0, yword [r13]
vmovdqu ymm0, yword [r13+0x10]
vmovdqu ymm0, yword [rax+rbx]
vmovdqu ymm0, yword [rax+rcx*2]
vmovdqu ymm0, yword [rbx+rsi*4+0x10]
vmovdqu ymm0, yword [r8+r9*8-0x10]
vmovdqu ymm0, yword [rdi*8+0x1000]
vmovdqu ymm0, yword [r15+r14]
vmovdqu ymm0, yword [rsp+r12*4+0x80]
vmovdqu ymm0, yword [0x12345678]
vmovdqu ymm0, yword [rel $+0x100]
vmovdqu ymm0, yword [rel $-0x40]
vmovdqu ymm0, yword [eax]
vmovdqu ymm0, yword [ebx+ecx*4+0x8]
vmovdqu ymm0, yword [r10d+0x4]
vmovdqu ymm0, yword [fs:rax]
vmovdqu ymm0, yword [gs:0x28]
vmovdqu ymm0, yword [fs:rel $+0x10]
vmovdqu ymm0, [rax]
pshufw mm0, mm1, 0x12
pshufw mm1, mm1, 0x12
pshufw mm5, mm1, 0x12
pshufw mm0, mm5, 0x12
pshufw mm0, [rax], 0x12
pshufw mm0, mm1, 0xf0
pshufd xmm15, xmm0, 0x12
pshufd xmm0, xmm0, 0x12
pshufd xmm1, xmm0, 0x12
pshufd xmm15, xmm1, 0x12
pshufd xmm15, [rax], 0x12
pshufd xmm15, xmm0, 0xf0
vpshufd xmm0, xmm1, 0x12
vpshufd xmm1, xmm1, 0x12
vpshufd xmm7, xmm1, 0x12
vpshufd xmm0, xmm7, 0x12
vpshufd xmm0, oword [rax], 0x12
vpshufd xmm0, oword [rdi*8+0x1000], 0x12
vpshufd xmm0, oword [r15+r14], 0x12
vpshufd xmm0, oword [rsp+r12*4+0x80], 0x12
vpshufd xmm0, oword [0x12345678], 0x12
vpshufd xmm0, [rax], 0x12
vpshufd xmm0, xmm1, 0xf0
vpshufd ymm1, ymm7, 0x12
vpshufd ymm7, ymm7, 0x12
vpshufd ymm8, ymm7, 0x12
vpshufd ymm1, ymm8, 0x12
vpshufd ymm1, yword [rax], 0x12
vpshufd ymm1, yword [ebx+ecx*4+0x8], 0x12
vpshufd ymm1, yword [r10d+0x4], 0x12
vpshufd ymm1, yword [fs:rax], 0x12
vpshufd ymm1, yword [gs:0x28], 0x12
vpshufd ymm1, [rax], 0x12
vpshufd ymm1, ymm7, 0xf0
pshufhw xmm15, xmm0, 0x12
pshufhw xmm0, xmm0, 0x12
pshufhw xmm1, xmm0, 0x12
pshufhw xmm15, xmm1, 0x12
pshufhw xmm15, [rax], 0x12
pshufhw xmm15, xmm0, 0xf0
vpshufhw xmm0, xmm1, 0x12
vpshufhw xmm1, xmm1, 0x12
vpshufhw xmm7, xmm1, 0x12
vpshufhw xmm0, xmm7, 0x12
vpshufhw xmm0, oword [rax], 0x12
vpshufhw xmm0, oword [rsp+0x8], 0x12
vpshufhw xmm0, oword [rbp], 0x12
vpshufhw xmm0, oword [rbp-0x8], 0x12
vpshufhw xmm0, oword [r12], 0x12
vpshufhw xmm0, [rax], 0x12
vpshufhw xmm0, xmm1, 0xf0
vpshufhw ymm1, ymm7, 0x12
vpshufhw ymm7, ymm7, 0x12
vpshufhw ymm8, ymm7, 0x12
vpshufhw ymm1, ymm8, 0x12
vpshufhw ymm1, yword [rax], 0x12
vpshufhw ymm1, yword [rax+rcx*2], 0x12
vpshufhw ymm1, yword [rbx+rsi*4+0x10], 0x12
vpshufhw ymm1, yword [r8+r9*8-0x10], 0x12
vpshufhw ymm1, yword [rdi*8+0x1000], 0x12
vpshufhw ymm1, [rax], 0x12
vpshufhw ymm1, ymm7, 0xf0
pshuflw xmm15, xmm0, 0x12
pshuflw xmm0, xmm0, 0x12
pshuflw xmm1, xmm0, 0x12
pshuflw xmm15, xmm1, 0x12
pshuflw xmm15, [rax], 0x12
pshuflw xmm15, xmm0, 0xf0
vpshuflw xmm0, xmm1, 0x12
vpshuflw xmm1, xmm1, 0x12
vpshuflw xmm7, xmm1, 0x12
vpshuflw xmm0, xmm7, 0x12
vpshuflw xmm0, oword [rax], 0x12
vpshuflw xmm0, oword [eax], 0x12
vpshuflw xmm0, oword [ebx+ecx*4+0x8], 0x12
vpshuflw xmm0, oword [r10d+0x4], 0x12
vpshuflw xmm0, oword [fs:rax], 0x12
vpshuflw xmm0, [rax], 0x12
vpshuflw xmm0, xmm1, 0xf0
vpshuflw ymm1, ymm7, 0x12
vpshuflw ymm7, ymm7, 0x12
vpshuflw ymm8, ymm7, 0x12
vpshuflw ymm1, ymm8, 0x12
vpshuflw ymm1, yword [rax], 0x12
vpshuflw ymm1, yword [rcx-0x80], 0x12
vpshuflw ymm1, yword [rdx+0x12345678], 0x12
vpshuflw ymm1, yword [rsp], 0x12
vpshuflw ymm1, yword [rsp+0x8], 0x12
vpshuflw ymm1, [rax], 0x12
vpshuflw ymm1, ymm7, 0xf0
psrlw mm1, 0x12
psrlw mm5, 0x12
psrlw mm7, 0x12
psrlw mm1, 0xf0
psrlw xmm0, 0x12
psrlw xmm1, 0x12
psrlw xmm7, 0x12
psrlw xmm0, 0xf0
vpsrlw xmm1, xmm7, 0x12
vpsrlw xmm7, xmm7, 0x12
vpsrlw xmm8, xmm7, 0x12
vpsrlw xmm1, xmm8, 0x12
vpsrlw xmm1, xmm13, 0x12
vpsrlw xmm1, xmm7, 0xf0
vpsrlw ymm7, ymm8, 0x12
vpsrlw ymm8, ymm8, 0x12
vpsrlw ymm13, ymm8, 0x12
vpsrlw ymm7, ymm13, 0x12
vpsrlw ymm7, ymm15, 0x12
vpsrlw ymm7, ymm8, 0xf0
psraw mm5, 0x12
psraw mm7, 0x12
psraw mm0, 0x12
psraw mm5, 0xf0
psraw xmm1, 0x12
psraw xmm7, 0x12
psraw xmm8, 0x12
psraw xmm1, 0xf0
vpsraw xmm7, xmm8, 0x12
vpsraw xmm8, xmm8, 0x12
vpsraw xmm13, xmm8, 0x12
vpsraw xmm7, xmm13, 0x12
vpsraw xmm7, xmm15, 0x12
vpsraw xmm7, xmm8, 0xf0
vpsraw ymm8, ymm13, 0x12
vpsraw ymm13, ymm13, 0x12
vpsraw ymm15, ymm13, 0x12
vpsraw ymm8, ymm15, 0x12
vpsraw ymm8, ymm0, 0x12
vpsraw ymm8, ymm13, 0xf0
psllw mm7, 0x12
psllw mm0, 0x12
psllw mm1, 0x12
psllw mm7, 0xf0
psllw xmm7, 0x12
psllw xmm8, 0x12
psllw xmm13, 0x12
psllw xmm7, 0xf0
vpsllw xmm8, xmm13, 0x12
vpsllw xmm13, xmm13, 0x12
vpsllw xmm15, xmm13, 0x12
vpsllw xmm8, xmm15, 0x12
vpsllw xmm8, xmm0, 0x12
vpsllw xmm8, xmm13, 0xf0
vpsllw ymm13, ymm15, 0x12
vpsllw ymm15, ymm15, 0x12
vpsllw ymm0, ymm15, 0x12
vpsllw ymm13, ymm0, 0x12
vpsllw ymm13, ymm1, 0x12
vpsllw ymm13, ymm15, 0xf0
psrld mm0, 0x12
psrld mm1, 0x12
psrld mm5, 0x12
psrld mm0, 0xf0
psrld xmm8, 0x12
psrld xmm13, 0x12
psrld xmm15, 0x12
psrld xmm8, 0xf0
vpsrld xmm13, xmm15, 0x12
vpsrld xmm15, xmm15, 0x12
vpsrld xmm0, xmm15, 0x12
vpsrld xmm13, xmm0, 0x12
vpsrld xmm13, xmm1, 0x12
vpsrld xmm13, xmm15, 0xf0
vpsrld ymm15, ymm0, 0x12
vpsrld ymm0, ymm0, 0x12
vpsrld ymm1, ymm0, 0x12
vpsrld ymm15, ymm1, 0x12
vpsrld ymm15, ymm7, 0x12
vpsrld ymm15, ymm0, 0xf0
psrad mm1, 0x12
psrad mm5, 0x12
psrad mm7, 0x12
psrad mm1, 0xf0
psrad xmm13, 0x12
psrad xmm15, 0x12
psrad xmm0, 0x12
psrad xmm13, 0xf0
vpsrad xmm15, xmm0, 0x12
vpsrad xmm0, xmm0, 0x12
vpsrad xmm1, xmm0, 0x12
vpsrad xmm15, xmm1, 0x12
vpsrad xmm15, xmm7, 0x12
vpsrad xmm15, xmm0, 0xf0
vpsrad ymm0, ymm1, 0x12
vpsrad ymm1, ymm1, 0x12
vpsrad ymm7, ymm1, 0x12
vpsrad ymm0, ymm7, 0x12
vpsrad ymm0, ymm8, 0x12
vpsrad ymm0, ymm1, 0xf0
pslld mm7, 0x12
pslld mm0, 0x12
pslld mm1, 0x12
pslld mm7, 0xf0
pslld xmm7, 0x12
pslld xmm8, 0x12
pslld xmm13, 0x12
pslld xmm7, 0xf0
vpslld xmm8, xmm13, 0x12
vpslld xmm13, xmm13, 0x12
vpslld xmm15, xmm13, 0x12
vpslld xmm8, xmm15, 0x12
vpslld xmm8, xmm0, 0x12
vpslld xmm8, xmm13, 0xf0
vpslld ymm13, ymm15, 0x12
vpslld ymm15, ymm15, 0x12
vpslld ymm0, ymm15, 0x12
vpslld ymm13, ymm0, 0x12
vpslld ymm13, ymm1, 0x12
vpslld ymm13, ymm15, 0xf0
psrlq mm0, 0x12
psrlq mm1, 0x12
psrlq mm5, 0x12
psrlq mm0, 0xf0
psrlq xmm8, 0x12
psrlq xmm13, 0x12
psrlq xmm15, 0x12
psrlq xmm8, 0xf0
vpsrlq xmm13, xmm15, 0x12
vpsrlq xmm15, xmm15, 0x12
vpsrlq xmm0, xmm15, 0x12
vpsrlq xmm13, xmm0, 0x12
vpsrlq xmm13, xmm1, 0x12
vpsrlq xmm13, xmm15, 0xf0
vpsrlq ymm15, ymm0, 0x12
vpsrlq ymm0, ymm0, 0x12
vpsrlq ymm1, ymm0, 0x12
vpsrlq ymm15, ymm1, 0x12
vpsrlq ymm15, ymm7, 0x12
vpsrlq ymm15, ymm0, 0xf0
psrldq xmm8, 0x12
psrldq xmm13, 0x12
psrldq xmm15, 0x12
psrldq xmm8, 0xf0
vpsrldq xmm13, xmm15, 0x12
vpsrldq xmm15, xmm15, 0x12
vpsrldq xmm0, xmm15, 0x12
vpsrldq xmm13, xmm0, 0x12
vpsrldq xmm13, xmm1, 0x12
vpsrldq xmm13, xmm15, 0xf0
vpsrldq ymm15, ymm0, 0x12
vpsrldq ymm0, ymm0, 0x12
vpsrldq ymm1, ymm0, 0x12
vpsrldq ymm15, ymm1, 0x12
vpsrldq ymm15, ymm7, 0x12
vpsrldq ymm15, ymm0, 0xf0
psllq mm7, 0x12
psllq mm0, 0x12
psllq mm1, 0x12
psllq mm7, 0xf0
psllq xmm13, 0x12
psllq xmm15, 0x12
psllq xmm0, 0x12
psllq xmm13, 0xf0
vpsllq xmm15, xmm0, 0x12
vpsllq xmm0, xmm0, 0x12
vpsllq xmm1, xmm0, 0x12
vpsllq xmm15, xmm1, 0x12
vpsllq xmm15, xmm7, 0x12
vpsllq xmm15, xmm0, 0xf0
vpsllq ymm0, ymm1, 0x12
vpsllq ymm1, ymm1, 0x12
vpsllq ymm7, ymm1, 0x12
vpsllq ymm0, ymm7, 0x12
vpsllq ymm0, ymm8, 0x12
vpsllq ymm0, ymm1, 0xf0
pslldq xmm13, 0x12
pslldq xmm15, 0x12
pslldq xmm0, 0x12
pslldq xmm13, 0xf0
vpslldq xmm15, xmm0, 0x12
vpslldq xmm0, xmm0, 0x12
vpslldq xmm1, xmm0, 0x12
vpslldq xmm15, xmm1, 0x12
vpslldq xmm15, xmm7, 0x12
vpslldq xmm15, xmm0, 0xf0
vpslldq ymm0, ymm1, 0x12
vpslldq ymm1, ymm1, 0x12
vpslldq ymm7, ymm1, 0x12
vpslldq ymm0, ymm7, 0x12
vpslldq ymm0, ymm8, 0x12
vpslldq ymm0, ymm1, 0xf0
pcmpeqb mm5, mm7
pcmpeqb mm7, mm7
pcmpeqb mm0, mm7
pcmpeqb mm5, mm0
pcmpeqb mm5, qword [rax]
pcmpeqb mm5, qword [rbx+rsi*4+0x10]
pcmpeqb mm5, qword [r8+r9*8-0x10]
pcmpeqb mm5, qword [rdi*8+0x1000]
pcmpeqb mm5, qword [r15+r14]
pcmpeqb mm5, [rax]
pcmpeqb xmm15, xmm0
pcmpeqb xmm0, xmm0
pcmpeqb xmm1, xmm0
pcmpeqb xmm15, xmm1
pcmpeqb xmm15, oword [rax]
pcmpeqb xmm15, oword [rel $-0x40]
pcmpeqb xmm15, oword [eax]
pcmpeqb xmm15, oword [ebx+ecx*4+0x8]
pcmpeqb xmm15, oword [r10d+0x4]
pcmpeqb xmm15, [rax]
vpcmpeqb xmm0, xmm1, xmm7
vpcmpeqb xmm1, xmm1, xmm7
vpcmpeqb xmm7, xmm1, xmm7
vpcmpeqb xmm0, xmm7, xmm7
vpcmpeqb xmm0, xmm8, xmm7
vpcmpeqb xmm0, xmm1, xmm8
vpcmpeqb xmm0, xmm1, oword [rax]
vpcmpeqb xmm0, xmm1, oword [rbx+0x7f]
vpcmpeqb xmm0, xmm1, oword [rcx-0x80]
vpcmpeqb xmm0, xmm1, oword [rdx+0x12345678]
vpcmpeqb xmm0, xmm1, oword [rsp]
vpcmpeqb xmm0, xmm1, [rax]
vpcmpeqb ymm1, ymm7, ymm8
vpcmpeqb ymm7, ymm7, ymm8
vpcmpeqb ymm8, ymm7, ymm8
vpcmpeqb ymm1, ymm8, ymm8
vpcmpeqb ymm1, ymm13, ymm8
vpcmpeqb ymm1, ymm7, ymm13
vpcmpeqb ymm1, ymm7, yword [rax]
vpcmpeqb ymm1, ymm7, yword [r12]
vpcmpeqb ymm1, ymm7, yword [r13]
vpcmpeqb ymm1, ymm7, yword [r13+0x10]
vpcmpeqb ymm1, ymm7, yword [rax+rbx]
vpcmpeqb ymm1, ymm7, [rax]
pcmpeqw mm7, mm0
pcmpeqw mm0, mm0
pcmpeqw mm1, mm0
pcmpeqw mm7, mm1
pcmpeqw mm7, qword [rax]
pcmpeqw mm7, qword [r13+0x10]
pcmpeqw mm7, qword [rax+rbx]
pcmpeqw mm7, qword [rax+rcx*2]
pcmpeqw mm7, qword [rbx+rsi*4+0x10]
pcmpeqw mm7, [rax]
pcmpeqw xmm0, xmm1
pcmpeqw xmm1, xmm1
pcmpeqw xmm7, xmm1
pcmpeqw xmm0, xmm7
pcmpeqw xmm0, oword [rax]
pcmpeqw xmm0, oword [rsp+r12*4+0x80]
pcmpeqw xmm0, oword [0x12345678]
pcmpeqw xmm0, oword [rel $+0x100]
pcmpeqw xmm0, oword [rel $-0x40]
pcmpeqw xmm0, [rax]
vpcmpeqw xmm1, xmm7, xmm8
vpcmpeqw xmm7, xmm7, xmm8
vpcmpeqw xmm8, xmm7, xmm8
vpcmpeqw xmm1, xmm8, xmm8
vpcmpeqw xmm1, xmm13, xmm8
vpcmpeqw xmm1, xmm7, xmm13
vpcmpeqw xmm1, xmm7, oword [rax]
vpcmpeqw xmm1, xmm7, oword [fs:rax]
vpcmpeqw xmm1, xmm7, oword [gs:0x28]
vpcmpeqw xmm1, xmm7, oword [fs:rel $+0x10]
vpcmpeqw xmm1, xmm7, oword [rbx+0x7f]
vpcmpeqw xmm1, xmm7, [rax]
vpcmpeqw ymm7, ymm8, ymm13
vpcmpeqw ymm8, ymm8, ymm13
vpcmpeqw ymm13, ymm8, ymm13
vpcmpeqw ymm7, ymm13, ymm13
vpcmpeqw ymm7, ymm15, ymm13
vpcmpeqw ymm7, ymm8, ymm15
vpcmpeqw ymm7, ymm8, yword [rax]
vpcmpeqw ymm7, ymm8, yword [rsp+0x8]
vpcmpeqw ymm7, ymm8, yword [rbp]
vpcmpeqw ymm7, ymm8, yword [rbp-0x8]
vpcmpeqw ymm7, ymm8, yword [r12]
vpcmpeqw ymm7, ymm8, [rax]
pcmpeqd mm0, mm1
pcmpeqd mm1, mm1
pcmpeqd mm5, mm1
pcmpeqd mm0, mm5
pcmpeqd mm0, qword [rax]
pcmpeqd mm0, qword [rbp-0x8]
pcmpeqd mm0, qword [r12]
pcmpeqd mm0, qword [r13]
pcmpeqd mm0, qword [r13+0x10]
pcmpeqd mm0, [rax]
pcmpeqd xmm1, xmm7
pcmpeqd xmm7, xmm7
pcmpeqd xmm8, xmm7
pcmpeqd xmm1, xmm8
pcmpeqd xmm1, oword [rax]
pcmpeqd xmm1, oword [r8+r9*8-0x10]
pcmpeqd xmm1, oword [rdi*8+0x1000]
pcmpeqd xmm1, oword [r15+r14]
pcmpeqd xmm1, oword [rsp+r12*4+0x80]
pcmpeqd xmm1, [rax]
vpcmpeqd xmm7, xmm8, xmm13
vpcmpeqd xmm8, xmm8, xmm13
vpcmpeqd xmm13, xmm8, xmm13
vpcmpeqd xmm7, xmm13, xmm13
vpcmpeqd xmm7, xmm15, xmm13
vpcmpeqd xmm7, xmm8, xmm15
vpcmpeqd xmm7, xmm8, oword [rax]
vpcmpeqd xmm7, xmm8, oword [eax]
vpcmpeqd xmm7, xmm8, oword [ebx+ecx*4+0x8]
vpcmpeqd xmm7, xmm8, oword [r10d+0x4]
vpcmpeqd xmm7, xmm8, oword [fs:rax]
vpcmpeqd xmm7, xmm8, [rax]
vpcmpeqd ymm8, ymm13, ymm15
vpcmpeqd ymm13, ymm13, ymm15
vpcmpeqd ymm15, ymm13, ymm15
vpcmpeqd ymm8, ymm15, ymm15
vpcmpeqd ymm8, ymm0, ymm15
vpcmpeqd ymm8, ymm13, ymm0
vpcmpeqd ymm8, ymm13, yword [rax]
vpcmpeqd ymm8, ymm13, yword [rcx-0x80]
vpcmpeqd ymm8, ymm13, yword [rdx+0x12345678]
vpcmpeqd ymm8, ymm13, yword [rsp]
vpcmpeqd ymm8, ymm13, yword [rsp+0x8]
vpcmpeqd ymm8, ymm13, [rax]
emms
vzeroupper
vzeroall
vmread rsp, rbp
vmread rbp, rbp
vmread qword [rax], rbp
vmread qword [rbp], rbp
vmread qword [rbp-0x8], rbp
vmread qword [r12], rbp
vmread qword [r13], rbp
vmread [rax], rbp
vmread rsp, rsi
vmread rsp, r8
extrq xmm0, 0x12, 0x12
extrq xmm1, 0x12, 0x12
extrq xmm7, 0x12, 0x12
extrq xmm0, 0xf0, 0x12
extrq xmm0, 0x12, 0xf0
insertq xmm8, xmm13, 0x12, 0x12
insertq xmm13, xmm13, 0x12, 0x12
insertq xmm15, xmm13, 0x12, 0x12
insertq xmm8, xmm15, 0x12, 0x12
insertq xmm8, xmm0, 0x12, 0x12
insertq xmm8, xmm13, 0xf0, 0x12
insertq xmm8, xmm13, 0x12, 0xf0
vmwrite rsp, rbp
vmwrite rbp, rbp
vmwrite rsi, rbp
vmwrite rsp, rsi
vmwrite rsp, qword [rax]
vmwrite rsp, qword [r15+r14]
vmwrite rsp, qword [rsp+r12*4+0x80]
vmwrite rsp, qword [0x12345678]
vmwrite rsp, qword [rel $+0x100]
vmwrite rsp, [rax]
extrq xmm7, xmm8
extrq xmm8, xmm8
extrq xmm13, xmm8
extrq xmm7, xmm13
extrq xmm7, xmm15
insertq xmm15, xmm0
insertq xmm0, xmm0
insertq xmm1, xmm0
insertq xmm15, xmm1
insertq xmm15, xmm7
haddpd xmm0, xmm1
haddpd xmm1, xmm1
haddpd xmm7, xmm1
haddpd xmm0, xmm7
haddpd xmm0, oword [rax]
haddpd xmm0, oword [rbp-0x8]
haddpd xmm0, oword [r12]
haddpd xmm0, oword [r13]
haddpd xmm0, oword [r13+0x10]
haddpd xmm0, [rax]
vhaddpd xmm1, xmm7, xmm8
vhaddpd xmm7, xmm7, xmm8
vhaddpd xmm8, xmm7, xmm8
vhaddpd xmm1, xmm8, xmm8
vhaddpd xmm1, xmm13, xmm8
vhaddpd xmm1, xmm7, xmm13
vhaddpd xmm1, xmm7, oword [rax]
vhaddpd xmm1, xmm7, oword [r8+r9*8-0x10]
vhaddpd xmm1, xmm7, oword [rdi*8+0x1000]
vhaddpd xmm1, xmm7, oword [r15+r14]
vhaddpd xmm1, xmm7, oword [rsp+r12*4+0x80]
vhaddpd xmm1, xmm7, [rax]
vhaddpd ymm7, ymm8, ymm13
vhaddpd ymm8, ymm8, ymm13
vhaddpd ymm13, ymm8, ymm13
vhaddpd ymm7, ymm13, ymm13
vhaddpd ymm7, ymm15, ymm13
vhaddpd ymm7, ymm8, ymm15
vhaddpd ymm7, ymm8, yword [rax]
vhaddpd ymm7, ymm8, yword [eax]
vhaddpd ymm7, ymm8, yword [ebx+ecx*4+0x8]
vhaddpd ymm7, ymm8, yword [r10d+0x4]
vhaddpd ymm7, ymm8, yword [fs:rax]
vhaddpd ymm7, ymm8, [rax]
haddps xmm8, xmm13
haddps xmm13, xmm13
haddps xmm15, xmm13
haddps xmm8, xmm15
haddps xmm8, oword [rax]
haddps xmm8, oword [rcx-0x80]
haddps xmm8, oword [rdx+0x12345678]
haddps xmm8, oword [rsp]
haddps xmm8, oword [rsp+0x8]
haddps xmm8, [rax]
vhaddps xmm13, xmm15, xmm0
vhaddps xmm15, xmm15, xmm0
vhaddps xmm0, xmm15, xmm0
vhaddps xmm13, xmm0, xmm0
vhaddps xmm13, xmm1, xmm0
vhaddps xmm13, xmm15, xmm1
vhaddps xmm13, xmm15, oword [rax]
vhaddps xmm13, xmm15, oword [r13]
vhaddps xmm13, xmm15, oword [r13+0x10]
vhaddps xmm13, xmm15, oword [rax+rbx]
vhaddps xmm13, xmm15, oword [rax+rcx*2]
vhaddps xmm13, xmm15, [rax]
vhaddps ymm15, ymm0, ymm1
vhaddps ymm0, ymm0, ymm1
vhaddps ymm1, ymm0, ymm1
vhaddps ymm15, ymm1, ymm1
vhaddps ymm15, ymm7, ymm1
vhaddps ymm15, ymm0, ymm7
vhaddps ymm15, ymm0, yword [rax]
vhaddps ymm15, ymm0, yword [r15+r14]
vhaddps ymm15, ymm0, yword [rsp+r12*4+0x80]
vhaddps ymm15, ymm0, yword [0x12345678]
vhaddps ymm15, ymm0, yword [rel $+0x100]
vhaddps ymm15, ymm0, [rax]
hsubpd xmm0, xmm1
hsubpd xmm1, xmm1
hsubpd xmm7, xmm1
hsubpd xmm0, xmm7
hsubpd xmm0, oword [rax]
hsubpd xmm0, oword [r10d+0x4]
hsubpd xmm0, oword [fs:rax]
hsubpd xmm0, oword [gs:0x28]
hsubpd xmm0, oword [fs:rel $+0x10]
hsubpd xmm0, [rax]
vhsubpd xmm1, xmm7, xmm8
vhsubpd xmm7, xmm7, xmm8
vhsubpd xmm8, xmm7, xmm8
vhsubpd xmm1, xmm8, xmm8
vhsubpd xmm1, xmm13, xmm8
vhsubpd xmm1, xmm7, xmm13
vhsubpd xmm1, xmm7, oword [rax]
vhsubpd xmm1, xmm7, oword [rsp]
vhsubpd xmm1, xmm7, oword [rsp+0x8]
vhsubpd xmm1, xmm7, oword [rbp]
vhsubpd xmm1, xmm7, oword [rbp-0x8]
vhsubpd xmm1, xmm7, [rax]
vhsubpd ymm7, ymm8, ymm13
vhsubpd ymm8, ymm8, ymm13
vhsubpd ymm13, ymm8, ymm13
vhsubpd ymm7, ymm13, ymm13
vhsubpd ymm7, ymm15, ymm13
vhsubpd ymm7, ymm8, ymm15
vhsubpd ymm7, ymm8, yword [rax]
vhsubpd ymm7, ymm8, yword [rax+rbx]
vhsubpd ymm7, ymm8, yword [rax+rcx*2]
vhsubpd ymm7, ymm8, yword [rbx+rsi*4+0x10]
vhsubpd ymm7, ymm8, yword [r8+r9*8-0x10]
vhsubpd ymm7, ymm8, [rax]
hsubps xmm8, xmm13
hsubps xmm13, xmm13
hsubps xmm15, xmm13
hsubps xmm8, xmm15
hsubps xmm8, oword [rax]
hsubps xmm8, oword [0x12345678]
hsubps xmm8, oword [rel $+0x100]
hsubps xmm8, oword [rel $-0x40]
hsubps xmm8, oword [eax]
hsubps xmm8, [rax]
vhsubps xmm13, xmm15, xmm0
vhsubps xmm15, xmm15, xmm0
vhsubps xmm0, xmm15, xmm0
vhsubps xmm13, xmm0, xmm0
vhsubps xmm13, xmm1, xmm0
vhsubps xmm13, xmm15, xmm1
vhsubps xmm13, xmm15, oword [rax]
vhsubps xmm13, xmm15, oword [gs:0x28]
vhsubps xmm13, xmm15, oword [fs:rel $+0x10]
vhsubps xmm13, xmm15, oword [rbx+0x7f]
vhsubps xmm13, xmm15, oword [rcx-0x80]
vhsubps xmm13, xmm15, [rax]
vhsubps ymm15, ymm0, ymm1
vhsubps ymm0, ymm0, ymm1
vhsubps ymm1, ymm0, ymm1
vhsubps ymm15, ymm1, ymm1
vhsubps ymm15, ymm7, ymm1
vhsubps ymm15, ymm0, ymm7
vhsubps ymm15, ymm0, yword [rax]
vhsubps ymm15, ymm0, yword [rbp]
vhsubps ymm15, ymm0, yword [rbp-0x8]
vhsubps ymm15, ymm0, yword [r12]
vhsubps ymm15, ymm0, yword [r13]
vhsubps ymm15, ymm0, [rax]
movd eax, mm0
movd ecx, mm0
movd dword [rax], mm0
movd dword [rbx+0x7f], mm0
movd dword [rcx-0x80], mm0
movd dword [rdx+0x12345678], mm0
movd dword [rsp], mm0
movd dword [rsp+0x8], mm0
movd dword [rbp], mm0
movd dword [rbp-0x8], mm0
movd dword [r12], mm0
movd dword [r13], mm0
movd dword [r13+0x10], mm0
movd dword [rax+rbx], mm0
movd dword [rax+rcx*2], mm0
movd dword [rbx+rsi*4+0x10], mm0
movd dword [r8+r9*8-0x10], mm0
movd dword [rdi*8+0x1000], mm0
movd dword [r15+r14], mm0
movd dword [rsp+r12*4+0x80], mm0
movd dword [0x12345678], mm0
movd dword [rel $+0x100], mm0
movd dword [rel $-0x40], mm0
movd dword [eax], mm0
movd dword [ebx+ecx*4+0x8], mm0
movd dword [r10d+0x4], mm0
movd dword [fs:rax], mm0
movd dword [gs:0x28], mm0
movd dword [fs:rel $+0x10], mm0
movd [rax], mm0
movd eax, mm1
movd eax, mm5
movd eax, mm7
movq rsp, mm5
movq rbp, mm5
movq qword [rax], mm5
movq qword [rel $-0x40], mm5
movq qword [eax], mm5
movq qword [ebx+ecx*4+0x8], mm5
movq qword [r10d+0x4], mm5
movq [rax], mm5
movq rsp, mm7
movq rsp, mm0
o64 movq rsp, mm5
movd edi, xmm0
movd r8d, xmm0
movd dword [rax], xmm0
movd dword [rbx+0x7f], xmm0
movd dword [rcx-0x80], xmm0
movd dword [rdx+0x12345678], xmm0
movd dword [rsp], xmm0
movd dword [rsp+0x8], xmm0
movd dword [rbp], xmm0
movd dword [rbp-0x8], xmm0
movd dword [r12], xmm0
movd dword [r13], xmm0
movd dword [r13+0x10], xmm0
movd dword [rax+rbx], xmm0
movd dword [rax+rcx*2], xmm0
movd dword [rbx+rsi*4+0x10], xmm0
movd dword [r8+r9*8-0x10], xmm0
movd dword [rdi*8+0x1000], xmm0
movd dword [r15+r14], xmm0
movd dword [rsp+r12*4+0x80], xmm0
movd dword [0x12345678], xmm0
movd dword [rel $+0x100], xmm0
movd dword [rel $-0x40], xmm0
movd dword [eax], xmm0
movd dword [ebx+ecx*4+0x8], xmm0
movd dword [r10d+0x4], xmm0
movd dword [fs:rax], xmm0
movd dword [gs:0x28], xmm0
movd dword [fs:rel $+0x10], xmm0
movd [rax], xmm0
movd edi, xmm1
movd edi, xmm7
movd edi, xmm8
movd edi, xmm13
movd edi, xmm15
movq r12, xmm13
movq r13, xmm13
movq qword [rax], xmm13
movq qword [r12], xmm13
movq qword [r13], xmm13
movq qword [r13+0x10], xmm13
movq qword [rax+rbx], xmm13
movq [rax], xmm13
movq r12, xmm15
movq r12, xmm0
o64 movq r12, xmm13
vmovd ecx, xmm15
vmovd ebx, xmm15
vmovd dword [rax], xmm15
vmovd dword [rdi*8+0x1000], xmm15
vmovd dword [r15+r14], xmm15
vmovd dword [rsp+r12*4+0x80], xmm15
vmovd dword [0x12345678], xmm15
vmovd [rax], xmm15
vmovd ecx, xmm0
vmovd ecx, xmm1
vmovq rcx, xmm0
vmovq rdx, xmm0
vmovq qword [rax], xmm0
vmovq qword [ebx+ecx*4+0x8], xmm0
vmovq qword [r10d+0x4], xmm0
vmovq qword [fs:rax], xmm0
vmovq qword [gs:0x28], xmm0
vmovq [rax], xmm0
vmovq rcx, xmm1
vmovq rcx, xmm7
movq xmm7, xmm8
movq xmm8, xmm8
movq xmm13, xmm8
movq xmm7, xmm13
movq xmm7, qword [rax]
movq xmm7, qword [rsp+r12*4+0x80]
movq xmm7, qword [0x12345678]
movq xmm7, qword [rel $+0x100]
movq xmm7, qword [rel $-0x40]
movq xmm7, [rax]
vmovq xmm8, xmm13
vmovq xmm13, xmm13
vmovq xmm15, xmm13
vmovq xmm8, xmm15
vmovq xmm8, qword [rax]
vmovq xmm8, qword [fs:rax]
vmovq xmm8, qword [gs:0x28]
vmovq xmm8, qword [fs:rel $+0x10]
vmovq xmm8, qword [rbx+0x7f]
vmovq xmm8, [rax]
movq mm7, mm0
movq mm0, mm0
movq qword [rax], mm0
movq qword [rax+rcx*2], mm0
movq qword [rbx+rsi*4+0x10], mm0
movq qword [r8+r9*8-0x10], mm0
movq qword [rdi*8+0x1000], mm0
movq [rax], mm0
movq mm7, mm1
movdqa xmm0, xmm1
movdqa xmm1, xmm1
movdqa oword [rax], xmm1
movdqa oword [rel $+0x100], xmm1
movdqa oword [rel $-0x40], xmm1
movdqa oword [eax], xmm1
movdqa oword [ebx+ecx*4+0x8], xmm1
movdqa [rax], xmm1
movdqa xmm0, xmm7
movdqa xmm0, xmm8
vmovdqa xmm1, xmm7
vmovdqa xmm7, xmm7
vmovdqa oword [rax], xmm7
vmovdqa oword [fs:rel $+0x10], xmm7
vmovdqa oword [rbx+0x7f], xmm7
vmovdqa oword [rcx-0x80], xmm7
vmovdqa oword [rdx+0x12345678], xmm7
vmovdqa [rax], xmm7
vmovdqa xmm1, xmm8
vmovdqa xmm1, xmm13
vmovdqa ymm7, ymm8
vmovdqa ymm8, ymm8
vmovdqa yword [rax], ymm8
vmovdqa yword [rbp-0x8], ymm8
vmovdqa yword [r12], ymm8
vmovdqa yword [r13], ymm8
vmovdqa yword [r13+0x10], ymm8
vmovdqa [rax], ymm8
vmovdqa ymm7, ymm13
vmovdqa ymm7, ymm15
movdqu xmm8, xmm13
movdqu xmm13, xmm13
movdqu oword [rax], xmm13
movdqu oword [rsp], xmm13
movdqu oword [rsp+0x8], xmm13
movdqu oword [rbp], xmm13
movdqu oword [rbp-0x8], xmm13
movdqu [rax], xmm13
movdqu xmm8, xmm15
movdqu xmm8, xmm0
vmovdqu xmm13, xmm0
vmovdqu xmm15, xmm0
vmovdqu oword [rax], xmm0
vmovdqu oword [rbx+0x7f], xmm0
vmovdqu oword [rcx-0x80], xmm0
vmovdqu oword [rdx+0x12345678], xmm0
vmovdqu oword [rsp], xmm0
vmovdqu oword [rsp+0x8], xmm0
vmovdqu oword [rbp], xmm0
vmovdqu oword [rbp-0x8], xmm0
vmovdqu oword [r12], xmm0
vmovdqu oword [r13], xmm0
vmovdqu oword [r13+0x10], xmm0
vmovdqu oword [rax+rbx], xmm0
vmovdqu oword [rax+rcx*2], xmm0
vmovdqu oword [rbx+rsi*4+0x10], xmm0
vmovdqu oword [r8+r9*8-0x10], xmm0
vmovdqu oword [rdi*8+0x1000], xmm0
vmovdqu oword [r15+r14], xmm0
vmovdqu oword [rsp+r12*4+0x80], xmm0
vmovdqu oword [0x12345678], xmm0
vmovdqu oword [rel $+0x100], xmm0
vmovdqu oword [rel $-0x40], xmm0
vmovdqu oword [eax], xmm0
vmovdqu oword [ebx+ecx*4+0x8], xmm0
vmovdqu oword [r10d+0x4], xmm0
vmovdqu oword [fs:rax], xmm0
vmovdqu oword [gs:0x28], xmm0
vmovdqu oword [fs:rel $+0x10], xmm0
vmovdqu [rax], xmm0
vmovdqu xmm13, xmm1
vmovdqu xmm13, xmm7
vmovdqu xmm13, xmm13
vmovdqu xmm13, xmm15
vmovdqu ymm15, ymm0
vmovdqu ymm0, ymm0
vmovdqu yword [rax], ymm0
vmovdqu yword [rbx+0x7f], ymm0
vmovdqu yword [rcx-0x80], ymm0
vmovdqu yword [rdx+0x12345678], ymm0
vmovdqu yword [rsp], ymm0
vmovdqu yword [rsp+0x8], ymm0
vmovdqu yword [rbp], ymm0
vmovdqu yword [rbp-0x8], ymm0
vmovdqu yword [r12], ymm0
vmovdqu yword [r13], ymm0
vmovdqu yword [r13+0x10], ymm0
vmovdqu yword [rax+rbx], ymm0
vmovdqu yword [rax+rcx*2], ymm0
vmovdqu yword [rbx+rsi*4+0x10], ymm0
vmovdqu yword [r8+r9*8-0x10], ymm0
vmovdqu yword [rdi*8+0x1000], ymm0
vmovdqu yword [r15+r14], ymm0
vmovdqu yword [rsp+r12*4+0x80], ymm0
vmovdqu yword [0x12345678], ymm0
vmovdqu yword [rel $+0x100], ymm0
vmovdqu yword [rel $-0x40], ymm0
vmovdqu yword [eax], ymm0
vmovdqu yword [ebx+ecx*4+0x8], ymm0
vmovdqu yword [r10d+0x4], ymm0
vmovdqu yword [fs:rax], ymm0
vmovdqu yword [gs:0x28], ymm0
vmovdqu yword [fs:rel $+0x10], ymm0
vmovdqu [rax], ymm0
vmovdqu ymm15, ymm1
vmovdqu ymm15, ymm7
vmovdqu ymm15, ymm8
vmovdqu ymm15, ymm15
jo near $+0x1000
jo $+0x1234
jo near $-0x80
o16 jo near $+0x1000
jno near $+0x1000
jno $+0x1234
jno near $-0x80
o16 jno near $+0x1000
jb near $+0x1000
jb $+0x1234
jb near $-0x80
jc near $+0x1000
jnae near $+0x1000
o16 jb near $+0x1000
jae near $+0x1000
jae $+0x1234
jae near $-0x80
jnb near $+0x1000
jnc near $+0x1000
o16 jae near $+0x1000
je near $+0x1000
je $+0x1234
je near $-0x80
jz near $+0x1000
o16 je near $+0x1000
jne near $+0x1000
jne $+0x1234
jne near $-0x80
jnz near $+0x1000
o16 jne near $+0x1000
jbe near $+0x1000
jbe $+0x1234
jbe near $-0x80
jna near $+0x1000
o16 jbe near $+0x1000
ja near $+0x1000
ja $+0x1234
ja near $-0x80
jnbe near $+0x1000
o16 ja near $+0x1000
js near $+0x1000
js $+0x1234
js near $-0x80
o16 js near $+0x1000
jns near $+0x1000
jns $+0x1234
jns near $-0x80
o16 jns near $+0x1000
jp near $+0x1000
jp $+0x1234
jp near $-0x80
jpe near $+0x1000
o16 jp near $+0x1000
jnp near $+0x1000
jnp $+0x1234
jnp near $-0x80
jpo near $+0x1000
o16 jnp near $+0x1000
jl near $+0x1000
jl $+0x1234
jl near $-0x80
jnge near $+0x1000
o16 jl near $+0x1000
jge near $+0x1000
jge $+0x1234
jge near $-0x80
jnl near $+0x1000
o16 jge near $+0x1000
jle near $+0x1000
jle $+0x1234
jle near $-0x80
jng near $+0x1000
o16 jle near $+0x1000
jg near $+0x1000
jg $+0x1234
jg near $-0x80
jnle near $+0x1000
o16 jg near $+0x1000
seto al
seto cl
seto byte [rax]
seto byte [rdx+0x12345678]
seto byte [rsp]
seto byte [rsp+0x8]
seto byte [rbp]
seto [rax]
setno al
setno cl
setno byte [rax]
setno byte [r13+0x10]
setno byte [rax+rbx]
setno byte [rax+rcx*2]
setno byte [rbx+rsi*4+0x10]
setno [rax]
setb al
setb cl
setb byte [rax]
setb byte [rsp+r12*4+0x80]
setb byte [0x12345678]
setb byte [rel $+0x100]
setb byte [rel $-0x40]
setb [rax]
setc al
setnae al
setae al
setae cl
setae byte [rax]
setae byte [fs:rax]
setae byte [gs:0x28]
setae byte [fs:rel $+0x10]
setae byte [rbx+0x7f]
setae [rax]
setnb al
setnc al
sete al
sete cl
sete byte [rax]
sete byte [rsp+0x8]
sete byte [rbp]
sete byte [rbp-0x8]
sete byte [r12]
sete [rax]
setz al
setne al
setne cl
setne byte [rax]
setne byte [rax+rcx*2]
setne byte [rbx+rsi*4+0x10]
setne byte [r8+r9*8-0x10]
setne byte [rdi*8+0x1000]
setne [rax]
setnz al
setbe al
setbe cl
setbe byte [rax]
setbe byte [rel $+0x100]
setbe byte [rel $-0x40]
setbe byte [eax]
setbe byte [ebx+ecx*4+0x8]
setbe [rax]
setna al
seta al
seta cl
seta byte [rax]
seta byte [fs:rel $+0x10]
seta byte [rbx+0x7f]
seta byte [rcx-0x80]
seta byte [rdx+0x12345678]
seta [rax]
setnbe al
sets al
sets cl
sets byte [rax]
sets byte [rbp-0x8]
sets byte [r12]
sets byte [r13]
sets byte [r13+0x10]
sets [rax]
setns al
setns cl
setns byte [rax]
setns byte [r8+r9*8-0x10]
setns byte [rdi*8+0x1000]
setns byte [r15+r14]
setns byte [rsp+r12*4+0x80]
setns [rax]
setp al
setp cl
setp byte [rax]
setp byte [eax]
setp byte [ebx+ecx*4+0x8]
setp byte [r10d+0x4]
setp byte [fs:rax]
setp [rax]
setpe al
setnp al
setnp cl
setnp byte [rax]
setnp byte [rcx-0x80]
setnp byte [rdx+0x12345678]
setnp byte [rsp]
setnp byte [rsp+0x8]
setnp [rax]
setpo al
setl al
setl cl
setl byte [rax]
setl byte [r13]
setl byte [r13+0x10]
setl byte [rax+rbx]
setl byte [rax+rcx*2]
setl [rax]
setnge al
setge al
setge cl
setge byte [rax]
setge byte [r15+r14]
setge byte [rsp+r12*4+0x80]
setge byte [0x12345678]
setge byte [rel $+0x100]
setge [rax]
setnl al
setle al
setle cl
setle byte [rax]
setle byte [r10d+0x4]
setle byte [fs:rax]
setle byte [gs:0x28]
setle byte [fs:rel $+0x10]
setle [rax]
setng al
setg al
setg cl
setg byte [rax]
setg byte [rsp]
setg byte [rsp+0x8]
setg byte [rbp]
setg byte [rbp-0x8]
setg [rax]
setnle al
o16 push fs
push fs
o16 pop fs
pop fs
cpuid
bt r15w, ax
bt ax, ax
bt word [rax], ax
bt word [rbx+0x7f], ax
bt word [rcx-0x80], ax
bt word [rdx+0x12345678], ax
bt word [rsp], ax
bt word [rsp+0x8], ax
bt word [rbp], ax
bt word [rbp-0x8], ax
bt word [r12], ax
bt word [r13], ax
bt word [r13+0x10], ax
bt word [rax+rbx], ax
bt word [rax+rcx*2], ax
bt word [rbx+rsi*4+0x10], ax
bt word [r8+r9*8-0x10], ax
bt word [rdi*8+0x1000], ax
bt word [r15+r14], ax
bt word [rsp+r12*4+0x80], ax
bt word [0x12345678], ax
bt word [rel $+0x100], ax
bt word [rel $-0x40], ax
bt word [eax], ax
bt word [ebx+ecx*4+0x8], ax
bt word [r10d+0x4], ax
bt word [fs:rax], ax
bt word [gs:0x28], ax
bt word [fs:rel $+0x10], ax
bt [rax], ax
bt r15w, cx
bt r15w, bx
bt r15w, sp
bt r15w, bp
bt r15w, di
bt r15w, r8w
bt r15w, r12w
bt r15w, r15w
o16 bt r15w, ax
bt r8d, eax
bt r13d, eax
bt dword [rax], eax
bt dword [rbx+0x7f], eax
bt dword [rcx-0x80], eax
bt dword [rdx+0x12345678], eax
bt dword [rsp], eax
bt dword [rsp+0x8], eax
bt dword [rbp], eax
bt dword [rbp-0x8], eax
bt dword [r12], eax
bt dword [r13], eax
bt dword [r13+0x10], eax
bt dword [rax+rbx], eax
bt dword [rax+rcx*2], eax
bt dword [rbx+rsi*4+0x10], eax
bt dword [r8+r9*8-0x10], eax
bt dword [rdi*8+0x1000], eax
bt dword [r15+r14], eax
bt dword [rsp+r12*4+0x80], eax
bt dword [0x12345678], eax
bt dword [rel $+0x100], eax
bt dword [rel $-0x40], eax
bt dword [eax], eax
bt dword [ebx+ecx*4+0x8], eax
bt dword [r10d+0x4], eax
bt dword [fs:rax], eax
bt dword [gs:0x28], eax
bt dword [fs:rel $+0x10], eax
bt [rax], eax
bt r8d, ecx
bt r8d, ebx
bt r8d, esp
bt r8d, ebp
bt r8d, edi
bt r8d, r8d
bt r8d, r13d
bt r8d, r15d
bt r12, rax
bt r13, rax
bt qword [rax], rax
bt qword [rbx+0x7f], rax
bt qword [rcx-0x80], rax
bt qword [rdx+0x12345678], rax
bt qword [rsp], rax
bt qword [rsp+0x8], rax
bt qword [rbp], rax
bt qword [rbp-0x8], rax
bt qword [r12], rax
bt qword [r13], rax
bt qword [r13+0x10], rax
bt qword [rax+rbx], rax
bt qword [rax+rcx*2], rax
bt qword [rbx+rsi*4+0x10], rax
bt qword [r8+r9*8-0x10], rax
bt qword [rdi*8+0x1000], rax
bt qword [r15+r14], rax
bt qword [rsp+r12*4+0x80], rax
bt qword [0x12345678], rax
bt qword [rel $+0x100], rax
bt qword [rel $-0x40], rax
bt qword [eax], rax
bt qword [ebx+ecx*4+0x8], rax
bt qword [r10d+0x4], rax
bt qword [fs:rax], rax
bt qword [gs:0x28], rax
bt qword [fs:rel $+0x10], rax
bt [rax], rax
bt r12, rcx
bt r12, rdx
bt r12, rsp
bt r12, rbp
bt r12, rsi
bt r12, r8
bt r12, r12
bt r12, r13
bt r12, r15
o64 bt r12, rax
shld bx, sp, 0x12
shld sp, sp, 0x12
shld word [rax], sp, 0x12
shld word [rdi*8+0x1000], sp, 0x12
shld word [r15+r14], sp, 0x12
shld word [rsp+r12*4+0x80], sp, 0x12
shld word [0x12345678], sp, 0x12
shld [rax], sp, 0x12
shld bx, bp, 0x12
shld bx, di, 0x12
shld bx, sp, 0xf0
o16 shld bx, sp, 0x12
shld eax, ecx, 0x12
shld ecx, ecx, 0x12
shld dword [rax], ecx, 0x12
shld dword [ebx+ecx*4+0x8], ecx, 0x12
shld dword [r10d+0x4], ecx, 0x12
shld dword [fs:rax], ecx, 0x12
shld dword [gs:0x28], ecx, 0x12
shld [rax], ecx, 0x12
shld eax, ebx, 0x12
shld eax, esp, 0x12
shld eax, ecx, 0xf0
shld r13, r15, 0x12
shld r15, r15, 0x12
shld qword [rax], r15, 0x12
shld qword [rdx+0x12345678], r15, 0x12
shld qword [rsp], r15, 0x12
shld qword [rsp+0x8], r15, 0x12
shld qword [rbp], r15, 0x12
shld [rax], r15, 0x12
shld r13, rax, 0x12
shld r13, rcx, 0x12
shld r13, r15, 0xf0
o64 shld r13, r15, 0x12
shld di, r8w, cl
shld r8w, r8w, cl
shld word [rax], r8w, cl
shld word [r13+0x10], r8w, cl
shld word [rax+rbx], r8w, cl
shld word [rax+rcx*2], r8w, cl
shld word [rbx+rsi*4+0x10], r8w, cl
shld [rax], r8w, cl
shld di, r12w, cl
shld di, r15w, cl
o16 shld di, r8w, cl
shld esp, ebp, cl
shld ebp, ebp, cl
shld dword [rax], ebp, cl
shld dword [rsp+r12*4+0x80], ebp, cl
shld dword [0x12345678], ebp, cl
shld dword [rel $+0x100], ebp, cl
shld dword [rel $-0x40], ebp, cl
shld [rax], ebp, cl
shld esp, edi, cl
shld esp, r8d, cl
shld r15, rax, cl
shld rax, rax, cl
shld qword [rax], rax, cl
shld qword [fs:rax], rax, cl
shld qword [gs:0x28], rax, cl
shld qword [fs:rel $+0x10], rax, cl
shld qword [rbx+0x7f], rax, cl
shld [rax], rax, cl
shld r15, rcx, cl
shld r15, rdx, cl
o64 shld r15, rax, cl
o16 push gs
push gs
o16 pop gs
pop gs
rsm
bts r12w, r15w
bts r15w, r15w
bts word [rax], r15w
bts word [rbp], r15w
bts word [rbp-0x8], r15w
bts word [r12], r15w
bts word [r13], r15w
bts [rax], r15w
bts r12w, ax
bts r12w, cx
o16 bts r12w, r15w
lock bts word [rax], r15w
lock bts word [rbp], r15w
bts edi, r8d
bts r8d, r8d
bts dword [rax], r8d
bts dword [rbx+rsi*4+0x10], r8d
bts dword [r8+r9*8-0x10], r8d
bts dword [rdi*8+0x1000], r8d
bts dword [r15+r14], r8d
bts [rax], r8d
bts edi, r13d
bts edi, r15d
lock bts dword [rax], r8d
lock bts dword [rbx+rsi*4+0x10], r8d
bts r12, r13
bts r13, r13
bts qword [rax], r13
bts qword [rel $-0x40], r13
bts qword [eax], r13
bts qword [ebx+ecx*4+0x8], r13
bts qword [r10d+0x4], r13
bts [rax], r13
bts r12, r15
bts r12, rax
o64 bts r12, r13
lock bts qword [rax], r13
lock bts qword [rel $-0x40], r13
shrd cx, bx, 0x12
shrd bx, bx, 0x12
shrd word [rax], bx, 0x12
shrd word [rbx+0x7f], bx, 0x12
shrd word [rcx-0x80], bx, 0x12
shrd word [rdx+0x12345678], bx, 0x12
shrd word [rsp], bx, 0x12
shrd [rax], bx, 0x12
shrd cx, sp, 0x12
shrd cx, bp, 0x12
shrd cx, bx, 0xf0
o16 shrd cx, bx, 0x12
shrd r15d, eax, 0x12
shrd eax, eax, 0x12
shrd dword [rax], eax, 0x12
shrd dword [r12], eax, 0x12
shrd dword [r13], eax, 0x12
shrd dword [r13+0x10], eax, 0x12
shrd dword [rax+rbx], eax, 0x12
shrd [rax], eax, 0x12
shrd r15d, ecx, 0x12
shrd r15d, ebx, 0x12
shrd r15d, eax, 0xf0
shrd r13, r15, 0x12
shrd r15, r15, 0x12
shrd qword [rax], r15, 0x12
shrd qword [rdi*8+0x1000], r15, 0x12
shrd qword [r15+r14], r15, 0x12
shrd qword [rsp+r12*4+0x80], r15, 0x12
shrd qword [0x12345678], r15, 0x12
shrd [rax], r15, 0x12
shrd r13, rax, 0x12
shrd r13, rcx, 0x12
shrd r13, r15, 0xf0
o64 shrd r13, r15, 0x12
shrd bp, di, cl
shrd di, di, cl
shrd word [rax], di, cl
shrd word [ebx+ecx*4+0x8], di, cl
shrd word [r10d+0x4], di, cl
shrd word [fs:rax], di, cl
shrd word [gs:0x28], di, cl
shrd [rax], di, cl
shrd bp, r8w, cl
shrd bp, r12w, cl
o16 shrd bp, di, cl
shrd ebx, esp, cl
shrd esp, esp, cl
shrd dword [rax], esp, cl
shrd dword [rdx+0x12345678], esp, cl
shrd dword [rsp], esp, cl
shrd dword [rsp+0x8], esp, cl
shrd dword [rbp], esp, cl
shrd [rax], esp, cl
shrd ebx, ebp, cl
shrd ebx, edi, cl
shrd r15, rax, cl
shrd rax, rax, cl
shrd qword [rax], rax, cl
shrd qword [r13+0x10], rax, cl
shrd qword [rax+rbx], rax, cl
shrd qword [rax+rcx*2], rax, cl
shrd qword [rbx+rsi*4+0x10], rax, cl
shrd [rax], rax, cl
shrd r15, rcx, cl
shrd r15, rdx, cl
o64 shrd r15, rax, cl
fxsave [rax]
fxsave [rsp+r12*4+0x80]
fxsave [0x12345678]
fxsave [rel $+0x100]
fxsave [rel $-0x40]
fxsave64 [rax]
fxsave64 [fs:rax]
fxsave64 [gs:0x28]
fxsave64 [fs:rel $+0x10]
fxsave64 [rbx+0x7f]
o64 fxsave64 [rax]
rdfsbase esp
rdfsbase ebp
rdfsbase edi
rdfsbase r12
rdfsbase r13
rdfsbase r15
o64 rdfsbase r12
fxrstor [rax]
fxrstor [rel $+0x100]
fxrstor [rel $-0x40]
fxrstor [eax]
fxrstor [ebx+ecx*4+0x8]
fxrstor64 [rax]
fxrstor64 [fs:rel $+0x10]
fxrstor64 [rbx+0x7f]
fxrstor64 [rcx-0x80]
fxrstor64 [rdx+0x12345678]
o64 fxrstor64 [rax]
rdgsbase ebp
rdgsbase edi
rdgsbase r8d
rdgsbase rsi
rdgsbase r8
rdgsbase r12
o64 rdgsbase rsi
ldmxcsr dword [rax]
ldmxcsr dword [eax]
ldmxcsr dword [ebx+ecx*4+0x8]
ldmxcsr dword [r10d+0x4]
ldmxcsr dword [fs:rax]
ldmxcsr [rax]
wrfsbase r13d
wrfsbase r15d
wrfsbase eax
wrfsbase r8
wrfsbase r12
wrfsbase r13
o64 wrfsbase r8
vldmxcsr dword [rax]
vldmxcsr dword [r15+r14]
vldmxcsr dword [rsp+r12*4+0x80]
vldmxcsr dword [0x12345678]
vldmxcsr dword [rel $+0x100]
vldmxcsr [rax]
stmxcsr dword [rax]
stmxcsr dword [r10d+0x4]
stmxcsr dword [fs:rax]
stmxcsr dword [gs:0x28]
stmxcsr dword [fs:rel $+0x10]
stmxcsr [rax]
wrgsbase r15d
wrgsbase eax
wrgsbase ecx
wrgsbase rbp
wrgsbase rsi
wrgsbase r8
o64 wrgsbase rbp
vstmxcsr dword [rax]
vstmxcsr dword [0x12345678]
vstmxcsr dword [rel $+0x100]
vstmxcsr dword [rel $-0x40]
vstmxcsr dword [eax]
vstmxcsr [rax]
xsave [rax]
xsave [gs:0x28]
xsave [fs:rel $+0x10]
xsave [rbx+0x7f]
xsave [rcx-0x80]
xsave64 [rax]
xsave64 [rbp]
xsave64 [rbp-0x8]
xsave64 [r12]
xsave64 [r13]
o64 xsave64 [rax]
xrstor [rax]
xrstor [rbx+0x7f]
xrstor [rcx-0x80]
xrstor [rdx+0x12345678]
xrstor [rsp]
xrstor64 [rax]
xrstor64 [r12]
xrstor64 [r13]
xrstor64 [r13+0x10]
xrstor64 [rax+rbx]
o64 xrstor64 [rax]
incsspd r15d
incsspd eax
incsspd ecx
incsspq r12
incsspq r13
incsspq r15
o64 incsspq r12
xsaveopt [rax]
xsaveopt [rdx+0x12345678]
xsaveopt [rsp]
xsaveopt [rsp+0x8]
xsaveopt [rbp]
xsaveopt64 [rax]
xsaveopt64 [r13+0x10]
xsaveopt64 [rax+rbx]
xsaveopt64 [rax+rcx*2]
xsaveopt64 [rbx+rsi*4+0x10]
o64 xsaveopt64 [rax]
clwb [rax]
tpause r13d
tpause r15d
tpause eax
clrssbsy qword [rax]
clrssbsy qword [rax+rcx*2]
clrssbsy qword [rbx+rsi*4+0x10]
clrssbsy qword [r8+r9*8-0x10]
clrssbsy qword [rdi*8+0x1000]
clrssbsy [rax]
umonitor r15d
umonitor eax
umonitor ecx
a32 umonitor r15d
umonitor rax
umonitor rcx
umonitor rdx
umwait ebp
umwait edi
umwait r8d
clflush [rax]
clflushopt [rax]
lfence
mfence
sfence
imul ax, cx
imul cx, cx
imul bx, cx
imul sp, cx
imul bp, cx
imul di, cx
imul r8w, cx
imul r12w, cx
imul r15w, cx
imul ax, bx
imul ax, word [rax]
imul ax, word [rbx+0x7f]
imul ax, word [rcx-0x80]
imul ax, word [rdx+0x12345678]
imul ax, word [rsp]
imul ax, word [rsp+0x8]
imul ax, word [rbp]
imul ax, word [rbp-0x8]
imul ax, word [r12]
imul ax, word [r13]
imul ax, word [r13+0x10]
imul ax, word [rax+rbx]
imul ax, word [rax+rcx*2]
imul ax, word [rbx+rsi*4+0x10]
imul ax, word [r8+r9*8-0x10]
imul ax, word [rdi*8+0x1000]
imul ax, word [r15+r14]
imul ax, word [rsp+r12*4+0x80]
imul ax, word [0x12345678]
imul ax, word [rel $+0x100]
imul ax, word [rel $-0x40]
imul ax, word [eax]
imul ax, word [ebx+ecx*4+0x8]
imul ax, word [r10d+0x4]
imul ax, word [fs:rax]
imul ax, word [gs:0x28]
imul ax, word [fs:rel $+0x10]
imul ax, [rax]
o16 imul ax, cx
imul eax, r15d
imul ecx, r15d
imul ebx, r15d
imul esp, r15d
imul ebp, r15d
imul edi, r15d
imul r8d, r15d
imul r13d, r15d
imul r15d, r15d
imul eax, eax
imul eax, dword [rax]
imul eax, dword [rbx+0x7f]
imul eax, dword [rcx-0x80]
imul eax, dword [rdx+0x12345678]
imul eax, dword [rsp]
imul eax, dword [rsp+0x8]
imul eax, dword [rbp]
imul eax, dword [rbp-0x8]
imul eax, dword [r12]
imul eax, dword [r13]
imul eax, dword [r13+0x10]
imul eax, dword [rax+rbx]
imul eax, dword [rax+rcx*2]
imul eax, dword [rbx+rsi*4+0x10]
imul eax, dword [r8+r9*8-0x10]
imul eax, dword [rdi*8+0x1000]
imul eax, dword [r15+r14]
imul eax, dword [rsp+r12*4+0x80]
imul eax, dword [0x12345678]
imul eax, dword [rel $+0x100]
imul eax, dword [rel $-0x40]
imul eax, dword [eax]
imul eax, dword [ebx+ecx*4+0x8]
imul eax, dword [r10d+0x4]
imul eax, dword [fs:rax]
imul eax, dword [gs:0x28]
imul eax, dword [fs:rel $+0x10]
imul eax, [rax]
imul rax, rsi
imul rcx, rsi
imul rdx, rsi
imul rsp, rsi
imul rbp, rsi
imul rsi, rsi
imul r8, rsi
imul r12, rsi
imul r13, rsi
imul r15, rsi
imul rax, r8
imul rax, qword [rax]
imul rax, qword [rbx+0x7f]
imul rax, qword [rcx-0x80]
imul rax, qword [rdx+0x12345678]
imul rax, qword [rsp]
imul rax, qword [rsp+0x8]
imul rax, qword [rbp]
imul rax, qword [rbp-0x8]
imul rax, qword [r12]
imul rax, qword [r13]
imul rax, qword [r13+0x10]
imul rax, qword [rax+rbx]
imul rax, qword [rax+rcx*2]
imul rax, qword [rbx+rsi*4+0x10]
imul rax, qword [r8+r9*8-0x10]
imul rax, qword [rdi*8+0x1000]
imul rax, qword [r15+r14]
imul rax, qword [rsp+r12*4+0x80]
imul rax, qword [0x12345678]
imul rax, qword [rel $+0x100]
imul rax, qword [rel $-0x40]
imul rax, qword [eax]
imul rax, qword [ebx+ecx*4+0x8]
imul rax, qword [r10d+0x4]
imul rax, qword [fs:rax]
imul rax, qword [gs:0x28]
imul rax, qword [fs:rel $+0x10]
imul rax, [rax]
o64 imul rax, rsi
cmpxchg al, cl
cmpxchg cl, cl
cmpxchg byte [rax], cl
cmpxchg byte [rsp], cl
cmpxchg byte [rsp+0x8], cl
cmpxchg byte [rbp], cl
cmpxchg byte [rbp-0x8], cl
cmpxchg [rax], cl
cmpxchg al, dh
cmpxchg al, sil
lock cmpxchg byte [rax], cl
lock cmpxchg byte [rsp], cl
cmpxchg cx, bx
cmpxchg bx, bx
cmpxchg word [rax], bx
cmpxchg word [rax+rbx], bx
cmpxchg word [rax+rcx*2], bx
cmpxchg word [rbx+rsi*4+0x10], bx
cmpxchg word [r8+r9*8-0x10], bx
cmpxchg [rax], bx
cmpxchg cx, sp
cmpxchg cx, bp
o16 cmpxchg cx, bx
lock cmpxchg word [rax], bx
lock cmpxchg word [rax+rbx], bx
cmpxchg r15d, eax
cmpxchg eax, eax
cmpxchg dword [rax], eax
cmpxchg dword [0x12345678], eax
cmpxchg dword [rel $+0x100], eax
cmpxchg dword [rel $-0x40], eax
cmpxchg dword [eax], eax
cmpxchg [rax], eax
cmpxchg r15d, ecx
cmpxchg r15d, ebx
lock cmpxchg dword [rax], eax
lock cmpxchg dword [0x12345678], eax
cmpxchg rdx, rsp
cmpxchg rsp, rsp
cmpxchg qword [rax], rsp
cmpxchg qword [gs:0x28], rsp
cmpxchg qword [fs:rel $+0x10], rsp
cmpxchg qword [rbx+0x7f], rsp
cmpxchg qword [rcx-0x80], rsp
cmpxchg [rax], rsp
cmpxchg rdx, rbp
cmpxchg rdx, rsi
o64 cmpxchg rdx, rsp
lock cmpxchg qword [rax], rsp
lock cmpxchg qword [gs:0x28], rsp
lss bp, [rax]
lss di, [rax]
lss r8w, [rax]
lss bp, [rbp]
lss bp, [rbp-0x8]
lss bp, [r12]
lss bp, [r13]
o16 lss bp, [rax]
lss ebx, [rax]
lss esp, [rax]
lss ebp, [rax]
lss ebx, [rbx+rsi*4+0x10]
lss ebx, [r8+r9*8-0x10]
lss ebx, [rdi*8+0x1000]
lss ebx, [r15+r14]
lss rsp, [rax]
lss rbp, [rax]
lss rsi, [rax]
lss rsp, [rel $-0x40]
lss rsp, [eax]
lss rsp, [ebx+ecx*4+0x8]
lss rsp, [r10d+0x4]
o64 lss rsp, [rax]
btr r12w, r15w
btr r15w, r15w
btr word [rax], r15w
btr word [rbx+0x7f], r15w
btr word [rcx-0x80], r15w
btr word [rdx+0x12345678], r15w
btr word [rsp], r15w
btr [rax], r15w
btr r12w, ax
btr r12w, cx
o16 btr r12w, r15w
lock btr word [rax], r15w
lock btr word [rbx+0x7f], r15w
btr edi, r8d
btr r8d, r8d
btr dword [rax], r8d
btr dword [r12], r8d
btr dword [r13], r8d
btr dword [r13+0x10], r8d
btr dword [rax+rbx], r8d
btr [rax], r8d
btr edi, r13d
btr edi, r15d
lock btr dword [rax], r8d
lock btr dword [r12], r8d
btr rbp, rsi
btr rsi, rsi
btr qword [rax], rsi
btr qword [rdi*8+0x1000], rsi
btr qword [r15+r14], rsi
btr qword [rsp+r12*4+0x80], rsi
btr qword [0x12345678], rsi
btr [rax], rsi
btr rbp, r8
btr rbp, r12
o64 btr rbp, rsi
lock btr qword [rax], rsi
lock btr qword [rdi*8+0x1000], rsi
lfs cx, [rax]
lfs bx, [rax]
lfs sp, [rax]
lfs cx, [ebx+ecx*4+0x8]
lfs cx, [r10d+0x4]
lfs cx, [fs:rax]
lfs cx, [gs:0x28]
o16 lfs cx, [rax]
lfs r15d, [rax]
lfs eax, [rax]
lfs ecx, [rax]
lfs r15d, [rdx+0x12345678]
lfs r15d, [rsp]
lfs r15d, [rsp+0x8]
lfs r15d, [rbp]
lfs rsi, [rax]
lfs r8, [rax]
lfs r12, [rax]
lfs rsi, [r13+0x10]
lfs rsi, [rax+rbx]
lfs rsi, [rax+rcx*2]
lfs rsi, [rbx+rsi*4+0x10]
o64 lfs rsi, [rax]
lgs bp, [rax]
lgs di, [rax]
lgs r8w, [rax]
lgs bp, [rsp+r12*4+0x80]
lgs bp, [0x12345678]
lgs bp, [rel $+0x100]
lgs bp, [rel $-0x40]
o16 lgs bp, [rax]
lgs ebx, [rax]
lgs esp, [rax]
lgs ebp, [rax]
lgs ebx, [fs:rax]
lgs ebx, [gs:0x28]
lgs ebx, [fs:rel $+0x10]
lgs ebx, [rbx+0x7f]
lgs r8, [rax]
lgs r12, [rax]
lgs r13, [rax]
lgs r8, [rsp+0x8]
lgs r8, [rbp]
lgs r8, [rbp-0x8]
lgs r8, [r12]
o64 lgs r8, [rax]
movzx ax, cl
movzx cx, cl
movzx bx, cl
movzx sp, cl
movzx bp, cl
movzx di, cl
movzx r8w, cl
movzx r12w, cl
movzx r15w, cl
movzx ax, dh
movzx ax, byte [rax]
movzx ax, byte [rbx+0x7f]
movzx ax, byte [rcx-0x80]
movzx ax, byte [rdx+0x12345678]
movzx ax, byte [rsp]
movzx ax, byte [rsp+0x8]
movzx ax, byte [rbp]
movzx ax, byte [rbp-0x8]
movzx ax, byte [r12]
movzx ax, byte [r13]
movzx ax, byte [r13+0x10]
movzx ax, byte [rax+rbx]
movzx ax, byte [rax+rcx*2]
movzx ax, byte [rbx+rsi*4+0x10]
movzx ax, byte [r8+r9*8-0x10]
movzx ax, byte [rdi*8+0x1000]
movzx ax, byte [r15+r14]
movzx ax, byte [rsp+r12*4+0x80]
movzx ax, byte [0x12345678]
movzx ax, byte [rel $+0x100]
movzx ax, byte [rel $-0x40]
movzx ax, byte [eax]
movzx ax, byte [ebx+ecx*4+0x8]
movzx ax, byte [r10d+0x4]
movzx ax, byte [fs:rax]
movzx ax, byte [gs:0x28]
movzx ax, byte [fs:rel $+0x10]
movzx ax, [rax]
o16 movzx ax, cl
movzx eax, cl
movzx ecx, cl
movzx ebx, cl
movzx esp, cl
movzx ebp, cl
movzx edi, cl
movzx r8d, cl
movzx r13d, cl
movzx r15d, cl
movzx eax, dh
movzx eax, byte [rax]
movzx eax, byte [rbx+0x7f]
movzx eax, byte [rcx-0x80]
movzx eax, byte [rdx+0x12345678]
movzx eax, byte [rsp]
movzx eax, byte [rsp+0x8]
movzx eax, byte [rbp]
movzx eax, byte [rbp-0x8]
movzx eax, byte [r12]
movzx eax, byte [r13]
movzx eax, byte [r13+0x10]
movzx eax, byte [rax+rbx]
movzx eax, byte [rax+rcx*2]
movzx eax, byte [rbx+rsi*4+0x10]
movzx eax, byte [r8+r9*8-0x10]
movzx eax, byte [rdi*8+0x1000]
movzx eax, byte [r15+r14]
movzx eax, byte [rsp+r12*4+0x80]
movzx eax, byte [0x12345678]
movzx eax, byte [rel $+0x100]
movzx eax, byte [rel $-0x40]
movzx eax, byte [eax]
movzx eax, byte [ebx+ecx*4+0x8]
movzx eax, byte [r10d+0x4]
movzx eax, byte [fs:rax]
movzx eax, byte [gs:0x28]
movzx eax, byte [fs:rel $+0x10]
movzx rax, cl
movzx rcx, cl
movzx rdx, cl
movzx rsp, cl
movzx rbp, cl
movzx rsi, cl
movzx r8, cl
movzx r12, cl
movzx r13, cl
movzx r15, cl
movzx rax, byte [rax]
movzx rax, byte [rbx+0x7f]
movzx rax, byte [rcx-0x80]
movzx rax, byte [rdx+0x12345678]
movzx rax, byte [rsp]
movzx rax, byte [rsp+0x8]
movzx rax, byte [rbp]
movzx rax, byte [rbp-0x8]
movzx rax, byte [r12]
movzx rax, byte [r13]
movzx rax, byte [r13+0x10]
movzx rax, byte [rax+rbx]
movzx rax, byte [rax+rcx*2]
movzx rax, byte [rbx+rsi*4+0x10]
movzx rax, byte [r8+r9*8-0x10]
movzx rax, byte [rdi*8+0x1000]
movzx rax, byte [r15+r14]
movzx rax, byte [rsp+r12*4+0x80]
movzx rax, byte [0x12345678]
movzx rax, byte [rel $+0x100]
movzx rax, byte [rel $-0x40]
movzx rax, byte [eax]
movzx rax, byte [ebx+ecx*4+0x8]
movzx rax, byte [r10d+0x4]
movzx rax, byte [fs:rax]
movzx rax, byte [gs:0x28]
movzx rax, byte [fs:rel $+0x10]
o64 movzx rax, cl
movzx eax, ax
movzx ecx, ax
movzx ebx, ax
movzx esp, ax
movzx ebp, ax
movzx edi, ax
movzx r8d, ax
movzx r13d, ax
movzx r15d, ax
movzx eax, cx
movzx eax, word [rax]
movzx eax, word [rbx+0x7f]
movzx eax, word [rcx-0x80]
movzx eax, word [rdx+0x12345678]
movzx eax, word [rsp]
movzx eax, word [rsp+0x8]
movzx eax, word [rbp]
movzx eax, word [rbp-0x8]
movzx eax, word [r12]
movzx eax, word [r13]
movzx eax, word [r13+0x10]
movzx eax, word [rax+rbx]
movzx eax, word [rax+rcx*2]
movzx eax, word [rbx+rsi*4+0x10]
movzx eax, word [r8+r9*8-0x10]
movzx eax, word [rdi*8+0x1000]
movzx eax, word [r15+r14]
movzx eax, word [rsp+r12*4+0x80]
movzx eax, word [0x12345678]
movzx eax, word [rel $+0x100]
movzx eax, word [rel $-0x40]
movzx eax, word [eax]
movzx eax, word [ebx+ecx*4+0x8]
movzx eax, word [r10d+0x4]
movzx eax, word [fs:rax]
movzx eax, word [gs:0x28]
movzx eax, word [fs:rel $+0x10]
movzx rax, r12w
movzx rcx, r12w
movzx rdx, r12w
movzx rsp, r12w
movzx rbp, r12w
movzx rsi, r12w
movzx r8, r12w
movzx r12, r12w
movzx r13, r12w
movzx r15, r12w
movzx rax, r15w
movzx rax, word [rax]
movzx rax, word [rbx+0x7f]
movzx rax, word [rcx-0x80]
movzx rax, word [rdx+0x12345678]
movzx rax, word [rsp]
movzx rax, word [rsp+0x8]
movzx rax, word [rbp]
movzx rax, word [rbp-0x8]
movzx rax, word [r12]
movzx rax, word [r13]
movzx rax, word [r13+0x10]
movzx rax, word [rax+rbx]
movzx rax, word [rax+rcx*2]
movzx rax, word [rbx+rsi*4+0x10]
movzx rax, word [r8+r9*8-0x10]
movzx rax, word [rdi*8+0x1000]
movzx rax, word [r15+r14]
movzx rax, word [rsp+r12*4+0x80]
movzx rax, word [0x12345678]
movzx rax, word [rel $+0x100]
movzx rax, word [rel $-0x40]
movzx rax, word [eax]
movzx rax, word [ebx+ecx*4+0x8]
movzx rax, word [r10d+0x4]
movzx rax, word [fs:rax]
movzx rax, word [gs:0x28]
movzx rax, word [fs:rel $+0x10]
o64 movzx rax, r12w
popcnt ax, cx
popcnt cx, cx
popcnt bx, cx
popcnt ax, bx
popcnt ax, word [rax]
popcnt ax, word [r15+r14]
popcnt ax, word [rsp+r12*4+0x80]
popcnt ax, word [0x12345678]
popcnt ax, word [rel $+0x100]
popcnt ax, [rax]
o16 popcnt ax, cx
popcnt r13d, r15d
popcnt r15d, r15d
popcnt eax, r15d
popcnt r13d, eax
popcnt r13d, dword [rax]
popcnt r13d, dword [r10d+0x4]
popcnt r13d, dword [fs:rax]
popcnt r13d, dword [gs:0x28]
popcnt r13d, dword [fs:rel $+0x10]
popcnt r13d, [rax]
popcnt rsp, rbp
popcnt rbp, rbp
popcnt rsi, rbp
popcnt rsp, rsi
popcnt rsp, qword [rax]
popcnt rsp, qword [rsp]
popcnt rsp, qword [rsp+0x8]
popcnt rsp, qword [rbp]
popcnt rsp, qword [rbp-0x8]
popcnt rsp, [rax]
o64 popcnt rsp, rbp
ud1 sp, bp
ud1 bp, bp
ud1 di, bp
ud1 sp, di
ud1 sp, word [rax]
ud1 sp, word [rax+rbx]
ud1 sp, word [rax+rcx*2]
ud1 sp, word [rbx+rsi*4+0x10]
ud1 sp, word [r8+r9*8-0x10]
ud1 sp, [rax]
o16 ud1 sp, bp
ud1 ecx, ebx
ud1 ebx, ebx
ud1 esp, ebx
ud1 ecx, esp
ud1 ecx, dword [rax]
ud1 ecx, dword [0x12345678]
ud1 ecx, dword [rel $+0x100]
ud1 ecx, dword [rel $-0x40]
ud1 ecx, dword [eax]
ud1 ecx, [rax]
ud1 rbp, rsi
ud1 rsi, rsi
ud1 r8, rsi
ud1 rbp, r8
ud1 rbp, qword [rax]
ud1 rbp, qword [gs:0x28]
ud1 rbp, qword [fs:rel $+0x10]
ud1 rbp, qword [rbx+0x7f]
ud1 rbp, qword [rcx-0x80]
ud1 rbp, [rax]
o64 ud1 rbp, rsi
bt r8w, 0x12
bt r12w, 0x12
bt word [rax], 0x12
bt word [rbx+0x7f], 0x12
bt word [rcx-0x80], 0x12
bt word [rdx+0x12345678], 0x12
bt word [rsp], 0x12
bt word [rsp+0x8], 0x12
bt word [rbp], 0x12
bt word [rbp-0x8], 0x12
bt word [r12], 0x12
bt word [r13], 0x12
bt word [r13+0x10], 0x12
bt word [rax+rbx], 0x12
bt word [rax+rcx*2], 0x12
bt word [rbx+rsi*4+0x10], 0x12
bt word [r8+r9*8-0x10], 0x12
bt word [rdi*8+0x1000], 0x12
bt word [r15+r14], 0x12
bt word [rsp+r12*4+0x80], 0x12
bt word [0x12345678], 0x12
bt word [rel $+0x100], 0x12
bt word [rel $-0x40], 0x12
bt word [eax], 0x12
bt word [ebx+ecx*4+0x8], 0x12
bt word [r10d+0x4], 0x12
bt word [fs:rax], 0x12
bt word [gs:0x28], 0x12
bt word [fs:rel $+0x10], 0x12
bt r8w, 0xf0
o16 bt r8w, 0x12
bt ebp, 0x12
bt edi, 0x12
bt dword [rax], 0x12
bt dword [rbx+0x7f], 0x12
bt dword [rcx-0x80], 0x12
bt dword [rdx+0x12345678], 0x12
bt dword [rsp], 0x12
bt dword [rsp+0x8], 0x12
bt dword [rbp], 0x12
bt dword [rbp-0x8], 0x12
bt dword [r12], 0x12
bt dword [r13], 0x12
bt dword [r13+0x10], 0x12
bt dword [rax+rbx], 0x12
bt dword [rax+rcx*2], 0x12
bt dword [rbx+rsi*4+0x10], 0x12
bt dword [r8+r9*8-0x10], 0x12
bt dword [rdi*8+0x1000], 0x12
bt dword [r15+r14], 0x12
bt dword [rsp+r12*4+0x80], 0x12
bt dword [0x12345678], 0x12
bt dword [rel $+0x100], 0x12
bt dword [rel $-0x40], 0x12
bt dword [eax], 0x12
bt dword [ebx+ecx*4+0x8], 0x12
bt dword [r10d+0x4], 0x12
bt dword [fs:rax], 0x12
bt dword [gs:0x28], 0x12
bt dword [fs:rel $+0x10], 0x12
bt ebp, 0xf0
bt rsi, 0x12
bt r8, 0x12
bt qword [rax], 0x12
bt qword [rbx+0x7f], 0x12
bt qword [rcx-0x80], 0x12
bt qword [rdx+0x12345678], 0x12
bt qword [rsp], 0x12
bt qword [rsp+0x8], 0x12
bt qword [rbp], 0x12
bt qword [rbp-0x8], 0x12
bt qword [r12], 0x12
bt qword [r13], 0x12
bt qword [r13+0x10], 0x12
bt qword [rax+rbx], 0x12
bt qword [rax+rcx*2], 0x12
bt qword [rbx+rsi*4+0x10], 0x12
bt qword [r8+r9*8-0x10], 0x12
bt qword [rdi*8+0x1000], 0x12
bt qword [r15+r14], 0x12
bt qword [rsp+r12*4+0x80], 0x12
bt qword [0x12345678], 0x12
bt qword [rel $+0x100], 0x12
bt qword [rel $-0x40], 0x12
bt qword [eax], 0x12
bt qword [ebx+ecx*4+0x8], 0x12
bt qword [r10d+0x4], 0x12
bt qword [fs:rax], 0x12
bt qword [gs:0x28], 0x12
bt qword [fs:rel $+0x10], 0x12
bt rsi, 0xf0
o64 bt rsi, 0x12
bts ax, 0x12
bts cx, 0x12
bts word [rax], 0x12
bts word [rbx+0x7f], 0x12
bts word [rcx-0x80], 0x12
bts word [rdx+0x12345678], 0x12
bts word [rsp], 0x12
bts ax, 0xf0
o16 bts ax, 0x12
lock bts word [rax], 0x12
lock bts word [rbx+0x7f], 0x12
bts r13d, 0x12
bts r15d, 0x12
bts dword [rax], 0x12
bts dword [r12], 0x12
bts dword [r13], 0x12
bts dword [r13+0x10], 0x12
bts dword [rax+rbx], 0x12
bts r13d, 0xf0
lock bts dword [rax], 0x12
lock bts dword [r12], 0x12
bts r8, 0x12
bts r12, 0x12
bts qword [rax], 0x12
bts qword [rdi*8+0x1000], 0x12
bts qword [r15+r14], 0x12
bts qword [rsp+r12*4+0x80], 0x12
bts qword [0x12345678], 0x12
bts r8, 0xf0
o64 bts r8, 0x12
lock bts qword [rax], 0x12
lock bts qword [rdi*8+0x1000], 0x12
btr sp, 0x12
btr bp, 0x12
btr word [rax], 0x12
btr word [ebx+ecx*4+0x8], 0x12
btr word [r10d+0x4], 0x12
btr word [fs:rax], 0x12
btr word [gs:0x28], 0x12
btr sp, 0xf0
o16 btr sp, 0x12
lock btr word [rax], 0x12
lock btr word [ebx+ecx*4+0x8], 0x12
btr ecx, 0x12
btr ebx, 0x12
btr dword [rax], 0x12
btr dword [rdx+0x12345678], 0x12
btr dword [rsp], 0x12
btr dword [rsp+0x8], 0x12
btr dword [rbp], 0x12
btr ecx, 0xf0
lock btr dword [rax], 0x12
lock btr dword [rdx+0x12345678], 0x12
btr r12, 0x12
btr r13, 0x12
btr qword [rax], 0x12
btr qword [r13+0x10], 0x12
btr qword [rax+rbx], 0x12
btr qword [rax+rcx*2], 0x12
btr qword [rbx+rsi*4+0x10], 0x12
btr r12, 0xf0
o64 btr r12, 0x12
lock btr qword [rax], 0x12
lock btr qword [r13+0x10], 0x12
btc r8w, 0x12
btc r12w, 0x12
btc word [rax], 0x12
btc word [rsp+r12*4+0x80], 0x12
btc word [0x12345678], 0x12
btc word [rel $+0x100], 0x12
btc word [rel $-0x40], 0x12
btc r8w, 0xf0
o16 btc r8w, 0x12
lock btc word [rax], 0x12
lock btc word [rsp+r12*4+0x80], 0x12
btc ebp, 0x12
btc edi, 0x12
btc dword [rax], 0x12
btc dword [fs:rax], 0x12
btc dword [gs:0x28], 0x12
btc dword [fs:rel $+0x10], 0x12
btc dword [rbx+0x7f], 0x12
btc ebp, 0xf0
lock btc dword [rax], 0x12
lock btc dword [fs:rax], 0x12
btc r13, 0x12
btc r15, 0x12
btc qword [rax], 0x12
btc qword [rsp+0x8], 0x12
btc qword [rbp], 0x12
btc qword [rbp-0x8], 0x12
btc qword [r12], 0x12
btc r13, 0xf0
o64 btc r13, 0x12
lock btc qword [rax], 0x12
lock btc qword [rsp+0x8], 0x12
btc ax, cx
btc cx, cx
btc word [rax], cx
btc word [rax+rcx*2], cx
btc word [rbx+rsi*4+0x10], cx
btc word [r8+r9*8-0x10], cx
btc word [rdi*8+0x1000], cx
btc [rax], cx
btc ax, bx
btc ax, sp
o16 btc ax, cx
lock btc word [rax], cx
lock btc word [rax+rcx*2], cx
btc r13d, r15d
btc r15d, r15d
btc dword [rax], r15d
btc dword [rel $+0x100], r15d
btc dword [rel $-0x40], r15d
btc dword [eax], r15d
btc dword [ebx+ecx*4+0x8], r15d
btc [rax], r15d
btc r13d, eax
btc r13d, ecx
lock btc dword [rax], r15d
lock btc dword [rel $+0x100], r15d
btc r15, rax
btc rax, rax
btc qword [rax], rax
btc qword [fs:rel $+0x10], rax
btc qword [rbx+0x7f], rax
btc qword [rcx-0x80], rax
btc qword [rdx+0x12345678], rax
btc [rax], rax
btc r15, rcx
btc r15, rdx
o64 btc r15, rax
lock btc qword [rax], rax
lock btc qword [fs:rel $+0x10], rax
bsf sp, bp
bsf bp, bp
bsf di, bp
bsf sp, di
bsf sp, word [rax]
bsf sp, word [rbp-0x8]
bsf sp, word [r12]
bsf sp, word [r13]
bsf sp, word [r13+0x10]
bsf sp, [rax]
o16 bsf sp, bp
bsf ecx, ebx
bsf ebx, ebx
bsf esp, ebx
bsf ecx, esp
bsf ecx, dword [rax]
bsf ecx, dword [r8+r9*8-0x10]
bsf ecx, dword [rdi*8+0x1000]
bsf ecx, dword [r15+r14]
bsf ecx, dword [rsp+r12*4+0x80]
bsf ecx, [rax]
bsf rax, rcx
bsf rcx, rcx
bsf rdx, rcx
bsf rax, rdx
bsf rax, qword [rax]
bsf rax, qword [eax]
bsf rax, qword [ebx+ecx*4+0x8]
bsf rax, qword [r10d+0x4]
bsf rax, qword [fs:rax]
bsf rax, [rax]
o64 bsf rax, rcx
tzcnt r8w, r12w
tzcnt r12w, r12w
tzcnt r15w, r12w
tzcnt r8w, r15w
tzcnt r8w, word [rax]
tzcnt r8w, word [rcx-0x80]
tzcnt r8w, word [rdx+0x12345678]
tzcnt r8w, word [rsp]
tzcnt r8w, word [rsp+0x8]
tzcnt r8w, [rax]
o16 tzcnt r8w, r12w
tzcnt ebp, edi
tzcnt edi, edi
tzcnt r8d, edi
tzcnt ebp, r8d
tzcnt ebp, dword [rax]
tzcnt ebp, dword [r13]
tzcnt ebp, dword [r13+0x10]
tzcnt ebp, dword [rax+rbx]
tzcnt ebp, dword [rax+rcx*2]
tzcnt ebp, [rax]
tzcnt rcx, rdx
tzcnt rdx, rdx
tzcnt rsp, rdx
tzcnt rcx, rsp
tzcnt rcx, qword [rax]
tzcnt rcx, qword [r15+r14]
tzcnt rcx, qword [rsp+r12*4+0x80]
tzcnt rcx, qword [0x12345678]
tzcnt rcx, qword [rel $+0x100]
tzcnt rcx, [rax]
o64 tzcnt rcx, rdx
bsr ax, cx
bsr cx, cx
bsr bx, cx
bsr ax, bx
bsr ax, word [rax]
bsr ax, word [r10d+0x4]
bsr ax, word [fs:rax]
bsr ax, word [gs:0x28]
bsr ax, word [fs:rel $+0x10]
bsr ax, [rax]
o16 bsr ax, cx
bsr r13d, r15d
bsr r15d, r15d
bsr eax, r15d
bsr r13d, eax
bsr r13d, dword [rax]
bsr r13d, dword [rsp]
bsr r13d, dword [rsp+0x8]
bsr r13d, dword [rbp]
bsr r13d, dword [rbp-0x8]
bsr r13d, [rax]
bsr rdx, rsp
bsr rsp, rsp
bsr rbp, rsp
bsr rdx, rbp
bsr rdx, qword [rax]
bsr rdx, qword [rax+rbx]
bsr rdx, qword [rax+rcx*2]
bsr rdx, qword [rbx+rsi*4+0x10]
bsr rdx, qword [r8+r9*8-0x10]
bsr rdx, [rax]
o64 bsr rdx, rsp
lzcnt sp, bp
lzcnt bp, bp
lzcnt di, bp
lzcnt sp, di
lzcnt sp, word [rax]
lzcnt sp, word [0x12345678]
lzcnt sp, word [rel $+0x100]
lzcnt sp, word [rel $-0x40]
lzcnt sp, word [eax]
lzcnt sp, [rax]
o16 lzcnt sp, bp
lzcnt ecx, ebx
lzcnt ebx, ebx
lzcnt esp, ebx
lzcnt ecx, esp
lzcnt ecx, dword [rax]
lzcnt ecx, dword [gs:0x28]
lzcnt ecx, dword [fs:rel $+0x10]
lzcnt ecx, dword [rbx+0x7f]
lzcnt ecx, dword [rcx-0x80]
lzcnt ecx, [rax]
lzcnt rsp, rbp
lzcnt rbp, rbp
lzcnt rsi, rbp
lzcnt rsp, rsi
lzcnt rsp, qword [rax]
lzcnt rsp, qword [rbp]
lzcnt rsp, qword [rbp-0x8]
lzcnt rsp, qword [r12]
lzcnt rsp, qword [r13]
lzcnt rsp, [rax]
o64 lzcnt rsp, rbp
movsx r8w, cl
movsx r12w, cl
movsx r15w, cl
movsx r8w, byte [rax]
movsx r8w, byte [rbx+rsi*4+0x10]
movsx r8w, byte [r8+r9*8-0x10]
movsx r8w, byte [rdi*8+0x1000]
movsx r8w, byte [r15+r14]
movsx r8w, [rax]
o16 movsx r8w, cl
movsx ebp, cl
movsx edi, cl
movsx r8d, cl
movsx ebp, dh
movsx ebp, byte [rax]
movsx ebp, byte [rel $-0x40]
movsx ebp, byte [eax]
movsx ebp, byte [ebx+ecx*4+0x8]
movsx ebp, byte [r10d+0x4]
movsx rbp, cl
movsx rsi, cl
movsx r8, cl
movsx rbp, byte [rax]
movsx rbp, byte [rbx+0x7f]
movsx rbp, byte [rcx-0x80]
movsx rbp, byte [rdx+0x12345678]
movsx rbp, byte [rsp]
o64 movsx rbp, cl
movsx ax, [rax]
movsx r13d, r15w
movsx r15d, r15w
movsx eax, r15w
movsx r13d, ax
movsx r13d, word [rax]
movsx r13d, word [rdi*8+0x1000]
movsx r13d, word [r15+r14]
movsx r13d, word [rsp+r12*4+0x80]
movsx r13d, word [0x12345678]
movsx rsi, r8w
movsx r8, r8w
movsx r12, r8w
movsx rsi, r12w
movsx rsi, word [rax]
movsx rsi, word [ebx+ecx*4+0x8]
movsx rsi, word [r10d+0x4]
movsx rsi, word [fs:rax]
movsx rsi, word [gs:0x28]
o64 movsx rsi, r8w
xadd al, cl
xadd cl, cl
xadd byte [rax], cl
xadd byte [rdx+0x12345678], cl
xadd byte [rsp], cl
xadd byte [rsp+0x8], cl
xadd byte [rbp], cl
xadd [rax], cl
xadd al, dh
xadd al, sil
lock xadd byte [rax], cl
lock xadd byte [rdx+0x12345678], cl
xadd cx, bx
xadd bx, bx
xadd word [rax], bx
xadd word [r13+0x10], bx
xadd word [rax+rbx], bx
xadd word [rax+rcx*2], bx
xadd word [rbx+rsi*4+0x10], bx
xadd [rax], bx
xadd cx, sp
xadd cx, bp
o16 xadd cx, bx
lock xadd word [rax], bx
lock xadd word [r13+0x10], bx
xadd r15d, eax
xadd eax, eax
xadd dword [rax], eax
xadd dword [rsp+r12*4+0x80], eax
xadd dword [0x12345678], eax
xadd dword [rel $+0x100], eax
xadd dword [rel $-0x40], eax
xadd [rax], eax
xadd r15d, ecx
xadd r15d, ebx
lock xadd dword [rax], eax
lock xadd dword [rsp+r12*4+0x80], eax
xadd rsp, rbp
xadd rbp, rbp
xadd qword [rax], rbp
xadd qword [fs:rax], rbp
xadd qword [gs:0x28], rbp
xadd qword [fs:rel $+0x10], rbp
xadd qword [rbx+0x7f], rbp
xadd [rax], rbp
xadd rsp, rsi
xadd rsp, r8
o64 xadd rsp, rbp
lock xadd qword [rax], rbp
lock xadd qword [fs:rax], rbp
cmpps xmm13, xmm15, 0x12
cmpps xmm15, xmm15, 0x12
cmpps xmm0, xmm15, 0x12
cmpps xmm13, xmm0, 0x12
cmpps xmm13, oword [rax], 0x12
cmpps xmm13, oword [rsp+0x8], 0x12
cmpps xmm13, oword [rbp], 0x12
cmpps xmm13, oword [rbp-0x8], 0x12
cmpps xmm13, oword [r12], 0x12
cmpps xmm13, [rax], 0x12
cmpps xmm13, xmm15, 0xf0
vcmpps xmm15, xmm0, xmm1, 0x12
vcmpps xmm0, xmm0, xmm1, 0x12
vcmpps xmm1, xmm0, xmm1, 0x12
vcmpps xmm15, xmm1, xmm1, 0x12
vcmpps xmm15, xmm7, xmm1, 0x12
vcmpps xmm15, xmm0, xmm7, 0x12
vcmpps xmm15, xmm0, oword [rax], 0x12
vcmpps xmm15, xmm0, oword [rax+rcx*2], 0x12
vcmpps xmm15, xmm0, oword [rbx+rsi*4+0x10], 0x12
vcmpps xmm15, xmm0, oword [r8+r9*8-0x10], 0x12
vcmpps xmm15, xmm0, oword [rdi*8+0x1000], 0x12
vcmpps xmm15, xmm0, [rax], 0x12
vcmpps xmm15, xmm0, xmm1, 0xf0
vcmpps ymm0, ymm1, ymm7, 0x12
vcmpps ymm1, ymm1, ymm7, 0x12
vcmpps ymm7, ymm1, ymm7, 0x12
vcmpps ymm0, ymm7, ymm7, 0x12
vcmpps ymm0, ymm8, ymm7, 0x12
vcmpps ymm0, ymm1, ymm8, 0x12
vcmpps ymm0, ymm1, yword [rax], 0x12
vcmpps ymm0, ymm1, yword [rel $+0x100], 0x12
vcmpps ymm0, ymm1, yword [rel $-0x40], 0x12
vcmpps ymm0, ymm1, yword [eax], 0x12
vcmpps ymm0, ymm1, yword [ebx+ecx*4+0x8], 0x12
vcmpps ymm0, ymm1, [rax], 0x12
vcmpps ymm0, ymm1, ymm7, 0xf0
cmppd xmm13, xmm15, 0x12
cmppd xmm15, xmm15, 0x12
cmppd xmm0, xmm15, 0x12
cmppd xmm13, xmm0, 0x12
cmppd xmm13, oword [rax], 0x12
cmppd xmm13, oword [eax], 0x12
cmppd xmm13, oword [ebx+ecx*4+0x8], 0x12
cmppd xmm13, oword [r10d+0x4], 0x12
cmppd xmm13, oword [fs:rax], 0x12
cmppd xmm13, [rax], 0x12
cmppd xmm13, xmm15, 0xf0
vcmppd xmm15, xmm0, xmm1, 0x12
vcmppd xmm0, xmm0, xmm1, 0x12
vcmppd xmm1, xmm0, xmm1, 0x12
vcmppd xmm15, xmm1, xmm1, 0x12
vcmppd xmm15, xmm7, xmm1, 0x12
vcmppd xmm15, xmm0, xmm7, 0x12
vcmppd xmm15, xmm0, oword [rax], 0x12
vcmppd xmm15, xmm0, oword [rcx-0x80], 0x12
vcmppd xmm15, xmm0, oword [rdx+0x12345678], 0x12
vcmppd xmm15, xmm0, oword [rsp], 0x12
vcmppd xmm15, xmm0, oword [rsp+0x8], 0x12
vcmppd xmm15, xmm0, [rax], 0x12
vcmppd xmm15, xmm0, xmm1, 0xf0
vcmppd ymm0, ymm1, ymm7, 0x12
vcmppd ymm1, ymm1, ymm7, 0x12
vcmppd ymm7, ymm1, ymm7, 0x12
vcmppd ymm0, ymm7, ymm7, 0x12
vcmppd ymm0, ymm8, ymm7, 0x12
vcmppd ymm0, ymm1, ymm8, 0x12
vcmppd ymm0, ymm1, yword [rax], 0x12
vcmppd ymm0, ymm1, yword [r13], 0x12
vcmppd ymm0, ymm1, yword [r13+0x10], 0x12
vcmppd ymm0, ymm1, yword [rax+rbx], 0x12
vcmppd ymm0, ymm1, yword [rax+rcx*2], 0x12
vcmppd ymm0, ymm1, [rax], 0x12
vcmppd ymm0, ymm1, ymm7, 0xf0
cmpss xmm13, xmm15, 0x12
cmpss xmm15, xmm15, 0x12
cmpss xmm0, xmm15, 0x12
cmpss xmm13, xmm0, 0x12
cmpss xmm13, dword [rax], 0x12
cmpss xmm13, dword [rax+rbx], 0x12
cmpss xmm13, dword [rax+rcx*2], 0x12
cmpss xmm13, dword [rbx+rsi*4+0x10], 0x12
cmpss xmm13, dword [r8+r9*8-0x10], 0x12
cmpss xmm13, [rax], 0x12
cmpss xmm13, xmm15, 0xf0
vcmpss xmm15, xmm0, xmm1, 0x12
vcmpss xmm0, xmm0, xmm1, 0x12
vcmpss xmm1, xmm0, xmm1, 0x12
vcmpss xmm15, xmm1, xmm1, 0x12
vcmpss xmm15, xmm7, xmm1, 0x12
vcmpss xmm15, xmm0, xmm7, 0x12
vcmpss xmm15, xmm0, [rax], 0x12
vcmpss xmm15, xmm0, xmm1, 0xf0
cmpsd xmm1, xmm7, 0x12
cmpsd xmm7, xmm7, 0x12
cmpsd xmm8, xmm7, 0x12
cmpsd xmm1, xmm8, 0x12
cmpsd xmm1, [rax], 0x12
cmpsd xmm1, xmm7, 0xf0
vcmpsd xmm7, xmm8, xmm13, 0x12
vcmpsd xmm8, xmm8, xmm13, 0x12
vcmpsd xmm13, xmm8, xmm13, 0x12
vcmpsd xmm7, xmm13, xmm13, 0x12
vcmpsd xmm7, xmm15, xmm13, 0x12
vcmpsd xmm7, xmm8, xmm15, 0x12
vcmpsd xmm7, xmm8, qword [rax], 0x12
vcmpsd xmm7, xmm8, qword [rbx+rsi*4+0x10], 0x12
vcmpsd xmm7, xmm8, qword [r8+r9*8-0x10], 0x12
vcmpsd xmm7, xmm8, qword [rdi*8+0x1000], 0x12
vcmpsd xmm7, xmm8, qword [r15+r14], 0x12
vcmpsd xmm7, xmm8, [rax], 0x12
vcmpsd xmm7, xmm8, xmm13, 0xf0
movnti dword [rax], edi
movnti dword [rbx+0x7f], edi
movnti dword [rcx-0x80], edi
movnti dword [rdx+0x12345678], edi
movnti dword [rsp], edi
movnti [rax], edi
movnti dword [rax], r8d
movnti dword [rax], r13d
movnti qword [rax], rbp
movnti qword [r12], rbp
movnti qword [r13], rbp
movnti qword [r13+0x10], rbp
movnti qword [rax+rbx], rbp
movnti [rax], rbp
movnti qword [rax], rsi
movnti qword [rax], r8
o64 movnti qword [rax], rbp
pinsrw mm0, ecx, 0x12
pinsrw mm1, ecx, 0x12
pinsrw mm5, ecx, 0x12
pinsrw mm0, ebx, 0x12
pinsrw mm0, word [rax], 0x12
pinsrw mm0, word [rdi*8+0x1000], 0x12
pinsrw mm0, word [r15+r14], 0x12
pinsrw mm0, word [rsp+r12*4+0x80], 0x12
pinsrw mm0, word [0x12345678], 0x12
pinsrw mm0, [rax], 0x12
pinsrw mm0, ecx, 0xf0
pinsrw mm7, word [rax], 0x12
pinsrw mm7, word [ebx+ecx*4+0x8], 0x12
pinsrw mm7, word [r10d+0x4], 0x12
pinsrw mm7, word [fs:rax], 0x12
pinsrw mm7, word [gs:0x28], 0x12
pinsrw mm7, [rax], 0x12
pinsrw xmm7, r8d, 0x12
pinsrw xmm8, r8d, 0x12
pinsrw xmm13, r8d, 0x12
pinsrw xmm7, r13d, 0x12
pinsrw xmm7, word [rax], 0x12
pinsrw xmm7, word [rdx+0x12345678], 0x12
pinsrw xmm7, word [rsp], 0x12
pinsrw xmm7, word [rsp+0x8], 0x12
pinsrw xmm7, word [rbp], 0x12
pinsrw xmm7, [rax], 0x12
pinsrw xmm7, r8d, 0xf0
pinsrw xmm8, rdx, 0x12
pinsrw xmm13, rdx, 0x12
pinsrw xmm15, rdx, 0x12
pinsrw xmm8, rsp, 0x12
pinsrw xmm8, word [rax], 0x12
pinsrw xmm8, word [r13+0x10], 0x12
pinsrw xmm8, word [rax+rbx], 0x12
pinsrw xmm8, word [rax+rcx*2], 0x12
pinsrw xmm8, word [rbx+rsi*4+0x10], 0x12
pinsrw xmm8, [rax], 0x12
pinsrw xmm8, rdx, 0xf0
o64 pinsrw xmm8, rdx, 0x12
vpinsrw xmm13, xmm15, esp, 0x12
vpinsrw xmm15, xmm15, esp, 0x12
vpinsrw xmm0, xmm15, esp, 0x12
vpinsrw xmm13, xmm0, esp, 0x12
vpinsrw xmm13, xmm1, esp, 0x12
vpinsrw xmm13, xmm15, ebp, 0x12
vpinsrw xmm13, xmm15, word [rax], 0x12
vpinsrw xmm13, xmm15, word [rsp+r12*4+0x80], 0x12
vpinsrw xmm13, xmm15, word [0x12345678], 0x12
vpinsrw xmm13, xmm15, word [rel $+0x100], 0x12
vpinsrw xmm13, xmm15, word [rel $-0x40], 0x12
vpinsrw xmm13, xmm15, [rax], 0x12
vpinsrw xmm13, xmm15, esp, 0xf0
vpinsrw xmm15, xmm0, word [rax], 0x12
vpinsrw xmm15, xmm0, word [fs:rax], 0x12
vpinsrw xmm15, xmm0, word [gs:0x28], 0x12
vpinsrw xmm15, xmm0, word [fs:rel $+0x10], 0x12
vpinsrw xmm15, xmm0, word [rbx+0x7f], 0x12
vpinsrw xmm15, xmm0, [rax], 0x12
pextrw ebx, mm1, 0x12
pextrw esp, mm1, 0x12
pextrw ebp, mm1, 0x12
pextrw ebx, mm5, 0x12
pextrw ebx, mm7, 0x12
pextrw ebx, mm1, 0xf0
pextrw r13d, xmm15, 0x12
pextrw r15d, xmm15, 0x12
pextrw eax, xmm15, 0x12
pextrw r13d, xmm0, 0x12
pextrw r13d, xmm1, 0x12
pextrw r13d, xmm15, 0xf0
pextrw r12, xmm0, 0x12
pextrw r13, xmm0, 0x12
pextrw r15, xmm0, 0x12
pextrw r12, xmm1, 0x12
pextrw r12, xmm7, 0x12
pextrw r12, xmm0, 0xf0
o64 pextrw r12, xmm0, 0x12
vpextrw esp, xmm1, 0x12
vpextrw ebp, xmm1, 0x12
vpextrw edi, xmm1, 0x12
vpextrw esp, xmm7, 0x12
vpextrw esp, xmm8, 0x12
vpextrw esp, xmm1, 0xf0
vpextrw rcx, xmm7, 0x12
vpextrw rdx, xmm7, 0x12
vpextrw rsp, xmm7, 0x12
vpextrw rcx, xmm8, 0x12
vpextrw rcx, xmm13, 0x12
vpextrw rcx, xmm7, 0xf0
shufps xmm13, xmm15, 0x12
shufps xmm15, xmm15, 0x12
shufps xmm0, xmm15, 0x12
shufps xmm13, xmm0, 0x12
shufps xmm13, oword [rax], 0x12
shufps xmm13, oword [r10d+0x4], 0x12
shufps xmm13, oword [fs:rax], 0x12
shufps xmm13, oword [gs:0x28], 0x12
shufps xmm13, oword [fs:rel $+0x10], 0x12
shufps xmm13, [rax], 0x12
shufps xmm13, xmm15, 0xf0
vshufps xmm15, xmm0, xmm1, 0x12
vshufps xmm0, xmm0, xmm1, 0x12
vshufps xmm1, xmm0, xmm1, 0x12
vshufps xmm15, xmm1, xmm1, 0x12
vshufps xmm15, xmm7, xmm1, 0x12
vshufps xmm15, xmm0, xmm7, 0x12
vshufps xmm15, xmm0, oword [rax], 0x12
vshufps xmm15, xmm0, oword [rsp], 0x12
vshufps xmm15, xmm0, oword [rsp+0x8], 0x12
vshufps xmm15, xmm0, oword [rbp], 0x12
vshufps xmm15, xmm0, oword [rbp-0x8], 0x12
vshufps xmm15, xmm0, [rax], 0x12
vshufps xmm15, xmm0, xmm1, 0xf0
vshufps ymm0, ymm1, ymm7, 0x12
vshufps ymm1, ymm1, ymm7, 0x12
vshufps ymm7, ymm1, ymm7, 0x12
vshufps ymm0, ymm7, ymm7, 0x12
vshufps ymm0, ymm8, ymm7, 0x12
vshufps ymm0, ymm1, ymm8, 0x12
vshufps ymm0, ymm1, yword [rax], 0x12
vshufps ymm0, ymm1, yword [rax+rbx], 0x12
vshufps ymm0, ymm1, yword [rax+rcx*2], 0x12
vshufps ymm0, ymm1, yword [rbx+rsi*4+0x10], 0x12
vshufps ymm0, ymm1, yword [r8+r9*8-0x10], 0x12
vshufps ymm0, ymm1, [rax], 0x12
vshufps ymm0, ymm1, ymm7, 0xf0
shufpd xmm13, xmm15, 0x12
shufpd xmm15, xmm15, 0x12
shufpd xmm0, xmm15, 0x12
shufpd xmm13, xmm0, 0x12
shufpd xmm13, oword [rax], 0x12
shufpd xmm13, oword [rbx+rsi*4+0x10], 0x12
shufpd xmm13, oword [r8+r9*8-0x10], 0x12
shufpd xmm13, oword [rdi*8+0x1000], 0x12
shufpd xmm13, oword [r15+r14], 0x12
shufpd xmm13, [rax], 0x12
shufpd xmm13, xmm15, 0xf0
vshufpd xmm15, xmm0, xmm1, 0x12
vshufpd xmm0, xmm0, xmm1, 0x12
vshufpd xmm1, xmm0, xmm1, 0x12
vshufpd xmm15, xmm1, xmm1, 0x12
vshufpd xmm15, xmm7, xmm1, 0x12
vshufpd xmm15, xmm0, xmm7, 0x12
vshufpd xmm15, xmm0, oword [rax], 0x12
vshufpd xmm15, xmm0, oword [rel $-0x40], 0x12
vshufpd xmm15, xmm0, oword [eax], 0x12
vshufpd xmm15, xmm0, oword [ebx+ecx*4+0x8], 0x12
vshufpd xmm15, xmm0, oword [r10d+0x4], 0x12
vshufpd xmm15, xmm0, [rax], 0x12
vshufpd xmm15, xmm0, xmm1, 0xf0
vshufpd ymm0, ymm1, ymm7, 0x12
vshufpd ymm1, ymm1, ymm7, 0x12
vshufpd ymm7, ymm1, ymm7, 0x12
vshufpd ymm0, ymm7, ymm7, 0x12
vshufpd ymm0, ymm8, ymm7, 0x12
vshufpd ymm0, ymm1, ymm8, 0x12
vshufpd ymm0, ymm1, yword [rax], 0x12
vshufpd ymm0, ymm1, yword [rbx+0x7f], 0x12
vshufpd ymm0, ymm1, yword [rcx-0x80], 0x12
vshufpd ymm0, ymm1, yword [rdx+0x12345678], 0x12
vshufpd ymm0, ymm1, yword [rsp], 0x12
vshufpd ymm0, ymm1, [rax], 0x12
vshufpd ymm0, ymm1, ymm7, 0xf0
cmpxchg8b qword [rax]
cmpxchg8b qword [rdx+0x12345678]
cmpxchg8b qword [rsp]
cmpxchg8b qword [rsp+0x8]
cmpxchg8b qword [rbp]
cmpxchg8b [rax]
lock cmpxchg8b qword [rax]
lock cmpxchg8b qword [rdx+0x12345678]
cmpxchg16b oword [rax]
cmpxchg16b oword [r13+0x10]
cmpxchg16b oword [rax+rbx]
cmpxchg16b oword [rax+rcx*2]
cmpxchg16b oword [rbx+rsi*4+0x10]
cmpxchg16b [rax]
o64 cmpxchg16b oword [rax]
lock cmpxchg16b oword [rax]
lock cmpxchg16b oword [r13+0x10]
xrstors [rax]
xrstors [rsp+r12*4+0x80]
xrstors [0x12345678]
xrstors [rel $+0x100]
xrstors [rel $-0x40]
xrstors64 [rax]
xrstors64 [fs:rax]
xrstors64 [gs:0x28]
xrstors64 [fs:rel $+0x10]
xrstors64 [rbx+0x7f]
o64 xrstors64 [rax]
xsavec [rax]
xsavec [rsp+0x8]
xsavec [rbp]
xsavec [rbp-0x8]
xsavec [r12]
xsavec64 [rax]
xsavec64 [rax+rcx*2]
xsavec64 [rbx+rsi*4+0x10]
xsavec64 [r8+r9*8-0x10]
xsavec64 [rdi*8+0x1000]
o64 xsavec64 [rax]
xsaves [rax]
xsaves [rel $+0x100]
xsaves [rel $-0x40]
xsaves [eax]
xsaves [ebx+ecx*4+0x8]
xsaves64 [rax]
xsaves64 [fs:rel $+0x10]
xsaves64 [rbx+0x7f]
xsaves64 [rcx-0x80]
xsaves64 [rdx+0x12345678]
o64 xsaves64 [rax]
vmptrld [rax]
vmclear [rax]
vmxon [rax]
rdrand sp
rdrand bp
rdrand di
o16 rdrand sp
rdrand ecx
rdrand ebx
rdrand esp
rdrand r12
rdrand r13
rdrand r15
o64 rdrand r12
vmptrst [rax]
rdseed bp
rdseed di
rdseed r8w
o16 rdseed bp
rdseed ebx
rdseed esp
rdseed ebp
rdseed rsi
rdseed r8
rdseed r12
o64 rdseed rsi
rdpid r15
rdpid rax
rdpid rcx
bswap eax
bswap ecx
bswap ebx
bswap esp
bswap ebp
bswap edi
bswap r8d
bswap r13d
bswap r15d
bswap rax
bswap rcx
bswap rdx
bswap rsp
bswap rbp
bswap rsi
bswap r8
bswap r12
bswap r13
bswap r15
o64 bswap rax
addsubpd xmm8, xmm13
addsubpd xmm13, xmm13
addsubpd xmm15, xmm13
addsubpd xmm8, xmm15
addsubpd xmm8, oword [rax]
addsubpd xmm8, oword [r12]
addsubpd xmm8, oword [r13]
addsubpd xmm8, oword [r13+0x10]
addsubpd xmm8, oword [rax+rbx]
addsubpd xmm8, [rax]
vaddsubpd xmm13, xmm15, xmm0
vaddsubpd xmm15, xmm15, xmm0
vaddsubpd xmm0, xmm15, xmm0
vaddsubpd xmm13, xmm0, xmm0
vaddsubpd xmm13, xmm1, xmm0
vaddsubpd xmm13, xmm15, xmm1
vaddsubpd xmm13, xmm15, oword [rax]
vaddsubpd xmm13, xmm15, oword [rdi*8+0x1000]
vaddsubpd xmm13, xmm15, oword [r15+r14]
vaddsubpd xmm13, xmm15, oword [rsp+r12*4+0x80]
vaddsubpd xmm13, xmm15, oword [0x12345678]
vaddsubpd xmm13, xmm15, [rax]
vaddsubpd ymm15, ymm0, ymm1
vaddsubpd ymm0, ymm0, ymm1
vaddsubpd ymm1, ymm0, ymm1
vaddsubpd ymm15, ymm1, ymm1
vaddsubpd ymm15, ymm7, ymm1
vaddsubpd ymm15, ymm0, ymm7
vaddsubpd ymm15, ymm0, yword [rax]
vaddsubpd ymm15, ymm0, yword [ebx+ecx*4+0x8]
vaddsubpd ymm15, ymm0, yword [r10d+0x4]
vaddsubpd ymm15, ymm0, yword [fs:rax]
vaddsubpd ymm15, ymm0, yword [gs:0x28]
vaddsubpd ymm15, ymm0, [rax]
addsubps xmm0, xmm1
addsubps xmm1, xmm1
addsubps xmm7, xmm1
addsubps xmm0, xmm7
addsubps xmm0, oword [rax]
addsubps xmm0, oword [rdx+0x12345678]
addsubps xmm0, oword [rsp]
addsubps xmm0, oword [rsp+0x8]
addsubps xmm0, oword [rbp]
addsubps xmm0, [rax]
vaddsubps xmm1, xmm7, xmm8
vaddsubps xmm7, xmm7, xmm8
vaddsubps xmm8, xmm7, xmm8
vaddsubps xmm1, xmm8, xmm8
vaddsubps xmm1, xmm13, xmm8
vaddsubps xmm1, xmm7, xmm13
vaddsubps xmm1, xmm7, oword [rax]
vaddsubps xmm1, xmm7, oword [r13+0x10]
vaddsubps xmm1, xmm7, oword [rax+rbx]
vaddsubps xmm1, xmm7, oword [rax+rcx*2]
vaddsubps xmm1, xmm7, oword [rbx+rsi*4+0x10]
vaddsubps xmm1, xmm7, [rax]
vaddsubps ymm7, ymm8, ymm13
vaddsubps ymm8, ymm8, ymm13
vaddsubps ymm13, ymm8, ymm13
vaddsubps ymm7, ymm13, ymm13
vaddsubps ymm7, ymm15, ymm13
vaddsubps ymm7, ymm8, ymm15
vaddsubps ymm7, ymm8, yword [rax]
vaddsubps ymm7, ymm8, yword [rsp+r12*4+0x80]
vaddsubps ymm7, ymm8, yword [0x12345678]
vaddsubps ymm7, ymm8, yword [rel $+0x100]
vaddsubps ymm7, ymm8, yword [rel $-0x40]
vaddsubps ymm7, ymm8, [rax]
psrlw mm7, mm0
psrlw mm0, mm0
psrlw mm1, mm0
psrlw mm7, mm1
psrlw mm7, qword [rax]
psrlw mm7, qword [fs:rax]
psrlw mm7, qword [gs:0x28]
psrlw mm7, qword [fs:rel $+0x10]
psrlw mm7, qword [rbx+0x7f]
psrlw mm7, [rax]
psrlw xmm13, xmm15
psrlw xmm15, xmm15
psrlw xmm0, xmm15
psrlw xmm13, xmm0
psrlw xmm13, oword [rax]
psrlw xmm13, oword [rsp+0x8]
psrlw xmm13, oword [rbp]
psrlw xmm13, oword [rbp-0x8]
psrlw xmm13, oword [r12]
psrlw xmm13, [rax]
vpsrlw xmm15, xmm0, xmm1
vpsrlw xmm0, xmm0, xmm1
vpsrlw xmm1, xmm0, xmm1
vpsrlw xmm15, xmm1, xmm1
vpsrlw xmm15, xmm7, xmm1
vpsrlw xmm15, xmm0, xmm7
vpsrlw xmm15, xmm0, oword [rax]
vpsrlw xmm15, xmm0, oword [rax+rcx*2]
vpsrlw xmm15, xmm0, oword [rbx+rsi*4+0x10]
vpsrlw xmm15, xmm0, oword [r8+r9*8-0x10]
vpsrlw xmm15, xmm0, oword [rdi*8+0x1000]
vpsrlw xmm15, xmm0, [rax]
vpsrlw ymm0, ymm1, xmm7
vpsrlw ymm1, ymm1, xmm7
vpsrlw ymm7, ymm1, xmm7
vpsrlw ymm0, ymm7, xmm7
vpsrlw ymm0, ymm8, xmm7
vpsrlw ymm0, ymm1, xmm8
vpsrlw ymm0, ymm1, oword [rax]
vpsrlw ymm0, ymm1, oword [rel $+0x100]
vpsrlw ymm0, ymm1, oword [rel $-0x40]
vpsrlw ymm0, ymm1, oword [eax]
vpsrlw ymm0, ymm1, oword [ebx+ecx*4+0x8]
vpsrlw ymm0, ymm1, [rax]
psrld mm0, mm1
psrld mm1, mm1
psrld mm5, mm1
psrld mm0, mm5
psrld mm0, qword [rax]
psrld mm0, qword [eax]
psrld mm0, qword [ebx+ecx*4+0x8]
psrld mm0, qword [r10d+0x4]
psrld mm0, qword [fs:rax]
psrld mm0, [rax]
psrld xmm15, xmm0
psrld xmm0, xmm0
psrld xmm1, xmm0
psrld xmm15, xmm1
psrld xmm15, oword [rax]
psrld xmm15, oword [rcx-0x80]
psrld xmm15, oword [rdx+0x12345678]
psrld xmm15, oword [rsp]
psrld xmm15, oword [rsp+0x8]
psrld xmm15, [rax]
vpsrld xmm0, xmm1, xmm7
vpsrld xmm1, xmm1, xmm7
vpsrld xmm7, xmm1, xmm7
vpsrld xmm0, xmm7, xmm7
vpsrld xmm0, xmm8, xmm7
vpsrld xmm0, xmm1, xmm8
vpsrld xmm0, xmm1, oword [rax]
vpsrld xmm0, xmm1, oword [r13]
vpsrld xmm0, xmm1, oword [r13+0x10]
vpsrld xmm0, xmm1, oword [rax+rbx]
vpsrld xmm0, xmm1, oword [rax+rcx*2]
vpsrld xmm0, xmm1, [rax]
vpsrld ymm1, ymm7, xmm8
vpsrld ymm7, ymm7, xmm8
vpsrld ymm8, ymm7, xmm8
vpsrld ymm1, ymm8, xmm8
vpsrld ymm1, ymm13, xmm8
vpsrld ymm1, ymm7, xmm13
vpsrld ymm1, ymm7, oword [rax]
vpsrld ymm1, ymm7, oword [r15+r14]
vpsrld ymm1, ymm7, oword [rsp+r12*4+0x80]
vpsrld ymm1, ymm7, oword [0x12345678]
vpsrld ymm1, ymm7, oword [rel $+0x100]
vpsrld ymm1, ymm7, [rax]
psrlq mm1, mm5
psrlq mm5, mm5
psrlq mm7, mm5
psrlq mm1, mm7
psrlq mm1, qword [rax]
psrlq mm1, qword [0x12345678]
psrlq mm1, qword [rel $+0x100]
psrlq mm1, qword [rel $-0x40]
psrlq mm1, qword [eax]
psrlq mm1, [rax]
psrlq xmm0, xmm1
psrlq xmm1, xmm1
psrlq xmm7, xmm1
psrlq xmm0, xmm7
psrlq xmm0, oword [rax]
psrlq xmm0, oword [gs:0x28]
psrlq xmm0, oword [fs:rel $+0x10]
psrlq xmm0, oword [rbx+0x7f]
psrlq xmm0, oword [rcx-0x80]
psrlq xmm0, [rax]
vpsrlq xmm1, xmm7, xmm8
vpsrlq xmm7, xmm7, xmm8
vpsrlq xmm8, xmm7, xmm8
vpsrlq xmm1, xmm8, xmm8
vpsrlq xmm1, xmm13, xmm8
vpsrlq xmm1, xmm7, xmm13
vpsrlq xmm1, xmm7, oword [rax]
vpsrlq xmm1, xmm7, oword [rbp]
vpsrlq xmm1, xmm7, oword [rbp-0x8]
vpsrlq xmm1, xmm7, oword [r12]
vpsrlq xmm1, xmm7, oword [r13]
vpsrlq xmm1, xmm7, [rax]
vpsrlq ymm7, ymm8, xmm13
vpsrlq ymm8, ymm8, xmm13
vpsrlq ymm13, ymm8, xmm13
vpsrlq ymm7, ymm13, xmm13
vpsrlq ymm7, ymm15, xmm13
vpsrlq ymm7, ymm8, xmm15
vpsrlq ymm7, ymm8, oword [rax]
vpsrlq ymm7, ymm8, oword [rbx+rsi*4+0x10]
vpsrlq ymm7, ymm8, oword [r8+r9*8-0x10]
vpsrlq ymm7, ymm8, oword [rdi*8+0x1000]
vpsrlq ymm7, ymm8, oword [r15+r14]
vpsrlq ymm7, ymm8, [rax]
paddq mm5, mm7
paddq mm7, mm7
paddq mm0, mm7
paddq mm5, mm0
paddq mm5, qword [rax]
paddq mm5, qword [rdi*8+0x1000]
paddq mm5, qword [r15+r14]
paddq mm5, qword [rsp+r12*4+0x80]
paddq mm5, qword [0x12345678]
paddq mm5, [rax]
paddq xmm1, xmm7
paddq xmm7, xmm7
paddq xmm8, xmm7
paddq xmm1, xmm8
paddq xmm1, oword [rax]
paddq xmm1, oword [ebx+ecx*4+0x8]
paddq xmm1, oword [r10d+0x4]
paddq xmm1, oword [fs:rax]
paddq xmm1, oword [gs:0x28]
paddq xmm1, [rax]
vpaddq xmm7, xmm8, xmm13
vpaddq xmm8, xmm8, xmm13
vpaddq xmm13, xmm8, xmm13
vpaddq xmm7, xmm13, xmm13
vpaddq xmm7, xmm15, xmm13
vpaddq xmm7, xmm8, xmm15
vpaddq xmm7, xmm8, oword [rax]
vpaddq xmm7, xmm8, oword [rdx+0x12345678]
vpaddq xmm7, xmm8, oword [rsp]
vpaddq xmm7, xmm8, oword [rsp+0x8]
vpaddq xmm7, xmm8, oword [rbp]
vpaddq xmm7, xmm8, [rax]
vpaddq ymm8, ymm13, ymm15
vpaddq ymm13, ymm13, ymm15
vpaddq ymm15, ymm13, ymm15
vpaddq ymm8, ymm15, ymm15
vpaddq ymm8, ymm0, ymm15
vpaddq ymm8, ymm13, ymm0
vpaddq ymm8, ymm13, yword [rax]
vpaddq ymm8, ymm13, yword [r13+0x10]
vpaddq ymm8, ymm13, yword [rax+rbx]
vpaddq ymm8, ymm13, yword [rax+rcx*2]
vpaddq ymm8, ymm13, yword [rbx+rsi*4+0x10]
vpaddq ymm8, ymm13, [rax]
pmullw mm7, mm0
pmullw mm0, mm0
pmullw mm1, mm0
pmullw mm7, mm1
pmullw mm7, qword [rax]
pmullw mm7, qword [rax+rcx*2]
pmullw mm7, qword [rbx+rsi*4+0x10]
pmullw mm7, qword [r8+r9*8-0x10]
pmullw mm7, qword [rdi*8+0x1000]
pmullw mm7, [rax]
pmullw xmm7, xmm8
pmullw xmm8, xmm8
pmullw xmm13, xmm8
pmullw xmm7, xmm13
pmullw xmm7, oword [rax]
pmullw xmm7, oword [rel $+0x100]
pmullw xmm7, oword [rel $-0x40]
pmullw xmm7, oword [eax]
pmullw xmm7, oword [ebx+ecx*4+0x8]
pmullw xmm7, [rax]
vpmullw xmm8, xmm13, xmm15
vpmullw xmm13, xmm13, xmm15
vpmullw xmm15, xmm13, xmm15
vpmullw xmm8, xmm15, xmm15
vpmullw xmm8, xmm0, xmm15
vpmullw xmm8, xmm13, xmm0
vpmullw xmm8, xmm13, oword [rax]
vpmullw xmm8, xmm13, oword [fs:rel $+0x10]
vpmullw xmm8, xmm13, oword [rbx+0x7f]
vpmullw xmm8, xmm13, oword [rcx-0x80]
vpmullw xmm8, xmm13, oword [rdx+0x12345678]
vpmullw xmm8, xmm13, [rax]
vpmullw ymm13, ymm15, ymm0
vpmullw ymm15, ymm15, ymm0
vpmullw ymm0, ymm15, ymm0
vpmullw ymm13, ymm0, ymm0
vpmullw ymm13, ymm1, ymm0
vpmullw ymm13, ymm15, ymm1
vpmullw ymm13, ymm15, yword [rax]
vpmullw ymm13, ymm15, yword [rbp-0x8]
vpmullw ymm13, ymm15, yword [r12]
vpmullw ymm13, ymm15, yword [r13]
vpmullw ymm13, ymm15, yword [r13+0x10]
vpmullw ymm13, ymm15, [rax]
movq qword [rax], xmm8
movq qword [r13], xmm8
movq qword [r13+0x10], xmm8
movq qword [rax+rbx], xmm8
movq qword [rax+rcx*2], xmm8
movq [rax], xmm8
movq xmm7, xmm15
vmovq qword [rax], xmm13
vmovq qword [r15+r14], xmm13
vmovq qword [rsp+r12*4+0x80], xmm13
vmovq qword [0x12345678], xmm13
vmovq qword [rel $+0x100], xmm13
vmovq [rax], xmm13
vmovq xmm8, xmm0
movq2dq xmm15, mm5
movq2dq xmm0, mm5
movq2dq xmm1, mm5
movq2dq xmm15, mm7
movq2dq xmm15, mm0
movdq2q mm0, xmm1
movdq2q mm1, xmm1
movdq2q mm5, xmm1
movdq2q mm0, xmm7
movdq2q mm0, xmm8
pmovmskb ebp, mm0
pmovmskb edi, mm0
pmovmskb r8d, mm0
pmovmskb ebp, mm1
pmovmskb ebp, mm5
pmovmskb eax, xmm13
pmovmskb ecx, xmm13
pmovmskb ebx, xmm13
pmovmskb eax, xmm15
pmovmskb eax, xmm0
vpmovmskb edi, xmm0
vpmovmskb r8d, xmm0
vpmovmskb r13d, xmm0
vpmovmskb edi, xmm1
vpmovmskb edi, xmm7
vpmovmskb rbp, xmm1
vpmovmskb rsi, xmm1
vpmovmskb r8, xmm1
vpmovmskb rbp, xmm7
vpmovmskb rbp, xmm8
vpmovmskb ecx, ymm7
vpmovmskb ebx, ymm7
vpmovmskb esp, ymm7
vpmovmskb ecx, ymm8
vpmovmskb ecx, ymm13
vpmovmskb r13, ymm8
vpmovmskb r15, ymm8
vpmovmskb rax, ymm8
vpmovmskb r13, ymm13
vpmovmskb r13, ymm15
psubusb mm7, mm0
psubusb mm0, mm0
psubusb mm1, mm0
psubusb mm7, mm1
psubusb mm7, qword [rax]
psubusb mm7, qword [ebx+ecx*4+0x8]
psubusb mm7, qword [r10d+0x4]
psubusb mm7, qword [fs:rax]
psubusb mm7, qword [gs:0x28]
psubusb mm7, [rax]
psubusb xmm13, xmm15
psubusb xmm15, xmm15
psubusb xmm0, xmm15
psubusb xmm13, xmm0
psubusb xmm13, oword [rax]
psubusb xmm13, oword [rdx+0x12345678]
psubusb xmm13, oword [rsp]
psubusb xmm13, oword [rsp+0x8]
psubusb xmm13, oword [rbp]
psubusb xmm13, [rax]
vpsubusb xmm15, xmm0, xmm1
vpsubusb xmm0, xmm0, xmm1
vpsubusb xmm1, xmm0, xmm1
vpsubusb xmm15, xmm1, xmm1
vpsubusb xmm15, xmm7, xmm1
vpsubusb xmm15, xmm0, xmm7
vpsubusb xmm15, xmm0, oword [rax]
vpsubusb xmm15, xmm0, oword [r13+0x10]
vpsubusb xmm15, xmm0, oword [rax+rbx]
vpsubusb xmm15, xmm0, oword [rax+rcx*2]
vpsubusb xmm15, xmm0, oword [rbx+rsi*4+0x10]
vpsubusb xmm15, xmm0, [rax]
vpsubusb ymm0, ymm1, ymm7
vpsubusb ymm1, ymm1, ymm7
vpsubusb ymm7, ymm1, ymm7
vpsubusb ymm0, ymm7, ymm7
vpsubusb ymm0, ymm8, ymm7
vpsubusb ymm0, ymm1, ymm8
vpsubusb ymm0, ymm1, yword [rax]
vpsubusb ymm0, ymm1, yword [rsp+r12*4+0x80]
vpsubusb ymm0, ymm1, yword [0x12345678]
vpsubusb ymm0, ymm1, yword [rel $+0x100]
vpsubusb ymm0, ymm1, yword [rel $-0x40]
vpsubusb ymm0, ymm1, [rax]
psubusw mm0, mm1
psubusw mm1, mm1
psubusw mm5, mm1
psubusw mm0, mm5
psubusw mm0, qword [rax]
psubusw mm0, qword [rel $+0x100]
psubusw mm0, qword [rel $-0x40]
psubusw mm0, qword [eax]
psubusw mm0, qword [ebx+ecx*4+0x8]
psubusw mm0, [rax]
psubusw xmm15, xmm0
psubusw xmm0, xmm0
psubusw xmm1, xmm0
psubusw xmm15, xmm1
psubusw xmm15, oword [rax]
psubusw xmm15, oword [fs:rel $+0x10]
psubusw xmm15, oword [rbx+0x7f]
psubusw xmm15, oword [rcx-0x80]
psubusw xmm15, oword [rdx+0x12345678]
psubusw xmm15, [rax]
vpsubusw xmm0, xmm1, xmm7
vpsubusw xmm1, xmm1, xmm7
vpsubusw xmm7, xmm1, xmm7
vpsubusw xmm0, xmm7, xmm7
vpsubusw xmm0, xmm8, xmm7
vpsubusw xmm0, xmm1, xmm8
vpsubusw xmm0, xmm1, oword [rax]
vpsubusw xmm0, xmm1, oword [rbp-0x8]
vpsubusw xmm0, xmm1, oword [r12]
vpsubusw xmm0, xmm1, oword [r13]
vpsubusw xmm0, xmm1, oword [r13+0x10]
vpsubusw xmm0, xmm1, [rax]
vpsubusw ymm1, ymm7, ymm8
vpsubusw ymm7, ymm7, ymm8
vpsubusw ymm8, ymm7, ymm8
vpsubusw ymm1, ymm8, ymm8
vpsubusw ymm1, ymm13, ymm8
vpsubusw ymm1, ymm7, ymm13
vpsubusw ymm1, ymm7, yword [rax]
vpsubusw ymm1, ymm7, yword [r8+r9*8-0x10]
vpsubusw ymm1, ymm7, yword [rdi*8+0x1000]
vpsubusw ymm1, ymm7, yword [r15+r14]
vpsubusw ymm1, ymm7, yword [rsp+r12*4+0x80]
vpsubusw ymm1, ymm7, [rax]
pminub mm1, mm5
pminub mm5, mm5
pminub mm7, mm5
pminub mm1, mm7
pminub mm1, qword [rax]
pminub mm1, qword [r15+r14]
pminub mm1, qword [rsp+r12*4+0x80]
pminub mm1, qword [0x12345678]
pminub mm1, qword [rel $+0x100]
pminub mm1, [rax]
pminub xmm0, xmm1
pminub xmm1, xmm1
pminub xmm7, xmm1
pminub xmm0, xmm7
pminub xmm0, oword [rax]
pminub xmm0, oword [r10d+0x4]
pminub xmm0, oword [fs:rax]
pminub xmm0, oword [gs:0x28]
pminub xmm0, oword [fs:rel $+0x10]
pminub xmm0, [rax]
vpminub xmm1, xmm7, xmm8
vpminub xmm7, xmm7, xmm8
vpminub xmm8, xmm7, xmm8
vpminub xmm1, xmm8, xmm8
vpminub xmm1, xmm13, xmm8
vpminub xmm1, xmm7, xmm13
vpminub xmm1, xmm7, oword [rax]
vpminub xmm1, xmm7, oword [rsp]
vpminub xmm1, xmm7, oword [rsp+0x8]
vpminub xmm1, xmm7, oword [rbp]
vpminub xmm1, xmm7, oword [rbp-0x8]
vpminub xmm1, xmm7, [rax]
vpminub ymm7, ymm8, ymm13
vpminub ymm8, ymm8, ymm13
vpminub ymm13, ymm8, ymm13
vpminub ymm7, ymm13, ymm13
vpminub ymm7, ymm15, ymm13
vpminub ymm7, ymm8, ymm15
vpminub ymm7, ymm8, yword [rax]
vpminub ymm7, ymm8, yword [rax+rbx]
vpminub ymm7, ymm8, yword [rax+rcx*2]
vpminub ymm7, ymm8, yword [rbx+rsi*4+0x10]
vpminub ymm7, ymm8, yword [r8+r9*8-0x10]
vpminub ymm7, ymm8, [rax]
pand mm5, mm7
pand mm7, mm7
pand mm0, mm7
pand mm5, mm0
pand mm5, qword [rax]
pand mm5, qword [rbx+rsi*4+0x10]
pand mm5, qword [r8+r9*8-0x10]
pand mm5, qword [rdi*8+0x1000]
pand mm5, qword [r15+r14]
pand mm5, [rax]
pand xmm1, xmm7
pand xmm7, xmm7
pand xmm8, xmm7
pand xmm1, xmm8
pand xmm1, oword [rax]
pand xmm1, oword [rel $-0x40]
pand xmm1, oword [eax]
pand xmm1, oword [ebx+ecx*4+0x8]
pand xmm1, oword [r10d+0x4]
pand xmm1, [rax]
vpand xmm7, xmm8, xmm13
vpand xmm8, xmm8, xmm13
vpand xmm13, xmm8, xmm13
vpand xmm7, xmm13, xmm13
vpand xmm7, xmm15, xmm13
vpand xmm7, xmm8, xmm15
vpand xmm7, xmm8, oword [rax]
vpand xmm7, xmm8, oword [rbx+0x7f]
vpand xmm7, xmm8, oword [rcx-0x80]
vpand xmm7, xmm8, oword [rdx+0x12345678]
vpand xmm7, xmm8, oword [rsp]
vpand xmm7, xmm8, [rax]
vpand ymm8, ymm13, ymm15
vpand ymm13, ymm13, ymm15
vpand ymm15, ymm13, ymm15
vpand ymm8, ymm15, ymm15
vpand ymm8, ymm0, ymm15
vpand ymm8, ymm13, ymm0
vpand ymm8, ymm13, yword [rax]
vpand ymm8, ymm13, yword [r12]
vpand ymm8, ymm13, yword [r13]
vpand ymm8, ymm13, yword [r13+0x10]
vpand ymm8, ymm13, yword [rax+rbx]
vpand ymm8, ymm13, [rax]
paddusb mm0, mm1
paddusb mm1, mm1
paddusb mm5, mm1
paddusb mm0, mm5
paddusb mm0, qword [rax]
paddusb mm0, qword [rsp+0x8]
paddusb mm0, qword [rbp]
paddusb mm0, qword [rbp-0x8]
paddusb mm0, qword [r12]
paddusb mm0, [rax]
paddusb xmm15, xmm0
paddusb xmm0, xmm0
paddusb xmm1, xmm0
paddusb xmm15, xmm1
paddusb xmm15, oword [rax]
paddusb xmm15, oword [rax+rcx*2]
paddusb xmm15, oword [rbx+rsi*4+0x10]
paddusb xmm15, oword [r8+r9*8-0x10]
paddusb xmm15, oword [rdi*8+0x1000]
paddusb xmm15, [rax]
vpaddusb xmm0, xmm1, xmm7
vpaddusb xmm1, xmm1, xmm7
vpaddusb xmm7, xmm1, xmm7
vpaddusb xmm0, xmm7, xmm7
vpaddusb xmm0, xmm8, xmm7
vpaddusb xmm0, xmm1, xmm8
vpaddusb xmm0, xmm1, oword [rax]
vpaddusb xmm0, xmm1, oword [rel $+0x100]
vpaddusb xmm0, xmm1, oword [rel $-0x40]
vpaddusb xmm0, xmm1, oword [eax]
vpaddusb xmm0, xmm1, oword [ebx+ecx*4+0x8]
vpaddusb xmm0, xmm1, [rax]
vpaddusb ymm1, ymm7, ymm8
vpaddusb ymm7, ymm7, ymm8
vpaddusb ymm8, ymm7, ymm8
vpaddusb ymm1, ymm8, ymm8
vpaddusb ymm1, ymm13, ymm8
vpaddusb ymm1, ymm7, ymm13
vpaddusb ymm1, ymm7, yword [rax]
vpaddusb ymm1, ymm7, yword [fs:rel $+0x10]
vpaddusb ymm1, ymm7, yword [rbx+0x7f]
vpaddusb ymm1, ymm7, yword [rcx-0x80]
vpaddusb ymm1, ymm7, yword [rdx+0x12345678]
vpaddusb ymm1, ymm7, [rax]
paddusw mm1, mm5
paddusw mm5, mm5
paddusw mm7, mm5
paddusw mm1, mm7
paddusw mm1, qword [rax]
paddusw mm1, qword [rcx-0x80]
paddusw mm1, qword [rdx+0x12345678]
paddusw mm1, qword [rsp]
paddusw mm1, qword [rsp+0x8]
paddusw mm1, [rax]
paddusw xmm0, xmm1
paddusw xmm1, xmm1
paddusw xmm7, xmm1
paddusw xmm0, xmm7
paddusw xmm0, oword [rax]
paddusw xmm0, oword [r13]
paddusw xmm0, oword [r13+0x10]
paddusw xmm0, oword [rax+rbx]
paddusw xmm0, oword [rax+rcx*2]
paddusw xmm0, [rax]
vpaddusw xmm1, xmm7, xmm8
vpaddusw xmm7, xmm7, xmm8
vpaddusw xmm8, xmm7, xmm8
vpaddusw xmm1, xmm8, xmm8
vpaddusw xmm1, xmm13, xmm8
vpaddusw xmm1, xmm7, xmm13
vpaddusw xmm1, xmm7, oword [rax]
vpaddusw xmm1, xmm7, oword [r15+r14]
vpaddusw xmm1, xmm7, oword [rsp+r12*4+0x80]
vpaddusw xmm1, xmm7, oword [0x12345678]
vpaddusw xmm1, xmm7, oword [rel $+0x100]
vpaddusw xmm1, xmm7, [rax]
vpaddusw ymm7, ymm8, ymm13
vpaddusw ymm8, ymm8, ymm13
vpaddusw ymm13, ymm8, ymm13
vpaddusw ymm7, ymm13, ymm13
vpaddusw ymm7, ymm15, ymm13
vpaddusw ymm7, ymm8, ymm15
vpaddusw ymm7, ymm8, yword [rax]
vpaddusw ymm7, ymm8, yword [r10d+0x4]
vpaddusw ymm7, ymm8, yword [fs:rax]
vpaddusw ymm7, ymm8, yword [gs:0x28]
vpaddusw ymm7, ymm8, yword [fs:rel $+0x10]
vpaddusw ymm7, ymm8, [rax]
pmaxub mm5, mm7
pmaxub mm7, mm7
pmaxub mm0, mm7
pmaxub mm5, mm0
pmaxub mm5, qword [rax]
pmaxub mm5, qword [gs:0x28]
pmaxub mm5, qword [fs:rel $+0x10]
pmaxub mm5, qword [rbx+0x7f]
pmaxub mm5, qword [rcx-0x80]
pmaxub mm5, [rax]
pmaxub xmm1, xmm7
pmaxub xmm7, xmm7
pmaxub xmm8, xmm7
pmaxub xmm1, xmm8
pmaxub xmm1, oword [rax]
pmaxub xmm1, oword [rbp]
pmaxub xmm1, oword [rbp-0x8]
pmaxub xmm1, oword [r12]
pmaxub xmm1, oword [r13]
pmaxub xmm1, [rax]
vpmaxub xmm7, xmm8, xmm13
vpmaxub xmm8, xmm8, xmm13
vpmaxub xmm13, xmm8, xmm13
vpmaxub xmm7, xmm13, xmm13
vpmaxub xmm7, xmm15, xmm13
vpmaxub xmm7, xmm8, xmm15
vpmaxub xmm7, xmm8, oword [rax]
vpmaxub xmm7, xmm8, oword [rbx+rsi*4+0x10]
vpmaxub xmm7, xmm8, oword [r8+r9*8-0x10]
vpmaxub xmm7, xmm8, oword [rdi*8+0x1000]
vpmaxub xmm7, xmm8, oword [r15+r14]
vpmaxub xmm7, xmm8, [rax]
vpmaxub ymm8, ymm13, ymm15
vpmaxub ymm13, ymm13, ymm15
vpmaxub ymm15, ymm13, ymm15
vpmaxub ymm8, ymm15, ymm15
vpmaxub ymm8, ymm0, ymm15
vpmaxub ymm8, ymm13, ymm0
vpmaxub ymm8, ymm13, yword [rax]
vpmaxub ymm8, ymm13, yword [rel $-0x40]
vpmaxub ymm8, ymm13, yword [eax]
vpmaxub ymm8, ymm13, yword [ebx+ecx*4+0x8]
vpmaxub ymm8, ymm13, yword [r10d+0x4]
vpmaxub ymm8, ymm13, [rax]
pandn mm7, mm0
pandn mm0, mm0
pandn mm1, mm0
pandn mm7, mm1
pandn mm7, qword [rax]
pandn mm7, qword [ebx+ecx*4+0x8]
pandn mm7, qword [r10d+0x4]
pandn mm7, qword [fs:rax]
pandn mm7, qword [gs:0x28]
pandn mm7, [rax]
pandn xmm7, xmm8
pandn xmm8, xmm8
pandn xmm13, xmm8
pandn xmm7, xmm13
pandn xmm7, oword [rax]
pandn xmm7, oword [rdx+0x12345678]
pandn xmm7, oword [rsp]
pandn xmm7, oword [rsp+0x8]
pandn xmm7, oword [rbp]
pandn xmm7, [rax]
vpandn xmm8, xmm13, xmm15
vpandn xmm13, xmm13, xmm15
vpandn xmm15, xmm13, xmm15
vpandn xmm8, xmm15, xmm15
vpandn xmm8, xmm0, xmm15
vpandn xmm8, xmm13, xmm0
vpandn xmm8, xmm13, oword [rax]
vpandn xmm8, xmm13, oword [r13+0x10]
vpandn xmm8, xmm13, oword [rax+rbx]
vpandn xmm8, xmm13, oword [rax+rcx*2]
vpandn xmm8, xmm13, oword [rbx+rsi*4+0x10]
vpandn xmm8, xmm13, [rax]
vpandn ymm13, ymm15, ymm0
vpandn ymm15, ymm15, ymm0
vpandn ymm0, ymm15, ymm0
vpandn ymm13, ymm0, ymm0
vpandn ymm13, ymm1, ymm0
vpandn ymm13, ymm15, ymm1
vpandn ymm13, ymm15, yword [rax]
vpandn ymm13, ymm15, yword [rsp+r12*4+0x80]
vpandn ymm13, ymm15, yword [0x12345678]
vpandn ymm13, ymm15, yword [rel $+0x100]
vpandn ymm13, ymm15, yword [rel $-0x40]
vpandn ymm13, ymm15, [rax]
pavgb mm1, mm5
pavgb mm5, mm5
pavgb mm7, mm5
pavgb mm1, mm7
pavgb mm1, qword [rax]
pavgb mm1, qword [r8+r9*8-0x10]
pavgb mm1, qword [rdi*8+0x1000]
pavgb mm1, qword [r15+r14]
pavgb mm1, qword [rsp+r12*4+0x80]
pavgb mm1, [rax]
pavgb xmm0, xmm1
pavgb xmm1, xmm1
pavgb xmm7, xmm1
pavgb xmm0, xmm7
pavgb xmm0, oword [rax]
pavgb xmm0, oword [eax]
pavgb xmm0, oword [ebx+ecx*4+0x8]
pavgb xmm0, oword [r10d+0x4]
pavgb xmm0, oword [fs:rax]
pavgb xmm0, [rax]
vpavgb xmm1, xmm7, xmm8
vpavgb xmm7, xmm7, xmm8
vpavgb xmm8, xmm7, xmm8
vpavgb xmm1, xmm8, xmm8
vpavgb xmm1, xmm13, xmm8
vpavgb xmm1, xmm7, xmm13
vpavgb xmm1, xmm7, oword [rax]
vpavgb xmm1, xmm7, oword [rcx-0x80]
vpavgb xmm1, xmm7, oword [rdx+0x12345678]
vpavgb xmm1, xmm7, oword [rsp]
vpavgb xmm1, xmm7, oword [rsp+0x8]
vpavgb xmm1, xmm7, [rax]
vpavgb ymm7, ymm8, ymm13
vpavgb ymm8, ymm8, ymm13
vpavgb ymm13, ymm8, ymm13
vpavgb ymm7, ymm13, ymm13
vpavgb ymm7, ymm15, ymm13
vpavgb ymm7, ymm8, ymm15
vpavgb ymm7, ymm8, yword [rax]
vpavgb ymm7, ymm8, yword [r13]
vpavgb ymm7, ymm8, yword [r13+0x10]
vpavgb ymm7, ymm8, yword [rax+rbx]
vpavgb ymm7, ymm8, yword [rax+rcx*2]
vpavgb ymm7, ymm8, [rax]
psraw mm5, mm7
psraw mm7, mm7
psraw mm0, mm7
psraw mm5, mm0
psraw mm5, qword [rax]
psraw mm5, qword [rax+rbx]
psraw mm5, qword [rax+rcx*2]
psraw mm5, qword [rbx+rsi*4+0x10]
psraw mm5, qword [r8+r9*8-0x10]
psraw mm5, [rax]
psraw xmm1, xmm7
psraw xmm7, xmm7
psraw xmm8, xmm7
psraw xmm1, xmm8
psraw xmm1, oword [rax]
psraw xmm1, oword [0x12345678]
psraw xmm1, oword [rel $+0x100]
psraw xmm1, oword [rel $-0x40]
psraw xmm1, oword [eax]
psraw xmm1, [rax]
vpsraw xmm7, xmm8, xmm13
vpsraw xmm8, xmm8, xmm13
vpsraw xmm13, xmm8, xmm13
vpsraw xmm7, xmm13, xmm13
vpsraw xmm7, xmm15, xmm13
vpsraw xmm7, xmm8, xmm15
vpsraw xmm7, xmm8, oword [rax]
vpsraw xmm7, xmm8, oword [gs:0x28]
vpsraw xmm7, xmm8, oword [fs:rel $+0x10]
vpsraw xmm7, xmm8, oword [rbx+0x7f]
vpsraw xmm7, xmm8, oword [rcx-0x80]
vpsraw xmm7, xmm8, [rax]
vpsraw ymm8, ymm13, xmm15
vpsraw ymm13, ymm13, xmm15
vpsraw ymm15, ymm13, xmm15
vpsraw ymm8, ymm15, xmm15
vpsraw ymm8, ymm0, xmm15
vpsraw ymm8, ymm13, xmm0
vpsraw ymm8, ymm13, oword [rax]
vpsraw ymm8, ymm13, oword [rbp]
vpsraw ymm8, ymm13, oword [rbp-0x8]
vpsraw ymm8, ymm13, oword [r12]
vpsraw ymm8, ymm13, oword [r13]
vpsraw ymm8, ymm13, [rax]
psrad mm7, mm0
psrad mm0, mm0
psrad mm1, mm0
psrad mm7, mm1
psrad mm7, qword [rax]
psrad mm7, qword [r12]
psrad mm7, qword [r13]
psrad mm7, qword [r13+0x10]
psrad mm7, qword [rax+rbx]
psrad mm7, [rax]
psrad xmm7, xmm8
psrad xmm8, xmm8
psrad xmm13, xmm8
psrad xmm7, xmm13
psrad xmm7, oword [rax]
psrad xmm7, oword [rdi*8+0x1000]
psrad xmm7, oword [r15+r14]
psrad xmm7, oword [rsp+r12*4+0x80]
psrad xmm7, oword [0x12345678]
psrad xmm7, [rax]
vpsrad xmm8, xmm13, xmm15
vpsrad xmm13, xmm13, xmm15
vpsrad xmm15, xmm13, xmm15
vpsrad xmm8, xmm15, xmm15
vpsrad xmm8, xmm0, xmm15
vpsrad xmm8, xmm13, xmm0
vpsrad xmm8, xmm13, oword [rax]
vpsrad xmm8, xmm13, oword [ebx+ecx*4+0x8]
vpsrad xmm8, xmm13, oword [r10d+0x4]
vpsrad xmm8, xmm13, oword [fs:rax]
vpsrad xmm8, xmm13, oword [gs:0x28]
vpsrad xmm8, xmm13, [rax]
vpsrad ymm13, ymm15, xmm0
vpsrad ymm15, ymm15, xmm0
vpsrad ymm0, ymm15, xmm0
vpsrad ymm13, ymm0, xmm0
vpsrad ymm13, ymm1, xmm0
vpsrad ymm13, ymm15, xmm1
vpsrad ymm13, ymm15, oword [rax]
vpsrad ymm13, ymm15, oword [rdx+0x12345678]
vpsrad ymm13, ymm15, oword [rsp]
vpsrad ymm13, ymm15, oword [rsp+0x8]
vpsrad ymm13, ymm15, oword [rbp]
vpsrad ymm13, ymm15, [rax]
pavgw mm1, mm5
pavgw mm5, mm5
pavgw mm7, mm5
pavgw mm1, mm7
pavgw mm1, qword [rax]
pavgw mm1, qword [fs:rel $+0x10]
pavgw mm1, qword [rbx+0x7f]
pavgw mm1, qword [rcx-0x80]
pavgw mm1, qword [rdx+0x12345678]
pavgw mm1, [rax]
pavgw xmm0, xmm1
pavgw xmm1, xmm1
pavgw xmm7, xmm1
pavgw xmm0, xmm7
pavgw xmm0, oword [rax]
pavgw xmm0, oword [rbp-0x8]
pavgw xmm0, oword [r12]
pavgw xmm0, oword [r13]
pavgw xmm0, oword [r13+0x10]
pavgw xmm0, [rax]
vpavgw xmm1, xmm7, xmm8
vpavgw xmm7, xmm7, xmm8
vpavgw xmm8, xmm7, xmm8
vpavgw xmm1, xmm8, xmm8
vpavgw xmm1, xmm13, xmm8
vpavgw xmm1, xmm7, xmm13
vpavgw xmm1, xmm7, oword [rax]
vpavgw xmm1, xmm7, oword [r8+r9*8-0x10]
vpavgw xmm1, xmm7, oword [rdi*8+0x1000]
vpavgw xmm1, xmm7, oword [r15+r14]
vpavgw xmm1, xmm7, oword [rsp+r12*4+0x80]
vpavgw xmm1, xmm7, [rax]
vpavgw ymm7, ymm8, ymm13
vpavgw ymm8, ymm8, ymm13
vpavgw ymm13, ymm8, ymm13
vpavgw ymm7, ymm13, ymm13
vpavgw ymm7, ymm15, ymm13
vpavgw ymm7, ymm8, ymm15
vpavgw ymm7, ymm8, yword [rax]
vpavgw ymm7, ymm8, yword [eax]
vpavgw ymm7, ymm8, yword [ebx+ecx*4+0x8]
vpavgw ymm7, ymm8, yword [r10d+0x4]
vpavgw ymm7, ymm8, yword [fs:rax]
vpavgw ymm7, ymm8, [rax]
pmulhuw mm5, mm7
pmulhuw mm7, mm7
pmulhuw mm0, mm7
pmulhuw mm5, mm0
pmulhuw mm5, qword [rax]
pmulhuw mm5, qword [r10d+0x4]
pmulhuw mm5, qword [fs:rax]
pmulhuw mm5, qword [gs:0x28]
pmulhuw mm5, qword [fs:rel $+0x10]
pmulhuw mm5, [rax]
pmulhuw xmm1, xmm7
pmulhuw xmm7, xmm7
pmulhuw xmm8, xmm7
pmulhuw xmm1, xmm8
pmulhuw xmm1, oword [rax]
pmulhuw xmm1, oword [rsp]
pmulhuw xmm1, oword [rsp+0x8]
pmulhuw xmm1, oword [rbp]
pmulhuw xmm1, oword [rbp-0x8]
pmulhuw xmm1, [rax]
vpmulhuw xmm7, xmm8, xmm13
vpmulhuw xmm8, xmm8, xmm13
vpmulhuw xmm13, xmm8, xmm13
vpmulhuw xmm7, xmm13, xmm13
vpmulhuw xmm7, xmm15, xmm13
vpmulhuw xmm7, xmm8, xmm15
vpmulhuw xmm7, xmm8, oword [rax]
vpmulhuw xmm7, xmm8, oword [rax+rbx]
vpmulhuw xmm7, xmm8, oword [rax+rcx*2]
vpmulhuw xmm7, xmm8, oword [rbx+rsi*4+0x10]
vpmulhuw xmm7, xmm8, oword [r8+r9*8-0x10]
vpmulhuw xmm7, xmm8, [rax]
vpmulhuw ymm8, ymm13, ymm15
vpmulhuw ymm13, ymm13, ymm15
vpmulhuw ymm15, ymm13, ymm15
vpmulhuw ymm8, ymm15, ymm15
vpmulhuw ymm8, ymm0, ymm15
vpmulhuw ymm8, ymm13, ymm0
vpmulhuw ymm8, ymm13, yword [rax]
vpmulhuw ymm8, ymm13, yword [0x12345678]
vpmulhuw ymm8, ymm13, yword [rel $+0x100]
vpmulhuw ymm8, ymm13, yword [rel $-0x40]
vpmulhuw ymm8, ymm13, yword [eax]
vpmulhuw ymm8, ymm13, [rax]
pmulhw mm7, mm0
pmulhw mm0, mm0
pmulhw mm1, mm0
pmulhw mm7, mm1
pmulhw mm7, qword [rax]
pmulhw mm7, qword [rel $-0x40]
pmulhw mm7, qword [eax]
pmulhw mm7, qword [ebx+ecx*4+0x8]
pmulhw mm7, qword [r10d+0x4]
pmulhw mm7, [rax]
pmulhw xmm7, xmm8
pmulhw xmm8, xmm8
pmulhw xmm13, xmm8
pmulhw xmm7, xmm13
pmulhw xmm7, oword [rax]
pmulhw xmm7, oword [rbx+0x7f]
pmulhw xmm7, oword [rcx-0x80]
pmulhw xmm7, oword [rdx+0x12345678]
pmulhw xmm7, oword [rsp]
pmulhw xmm7, [rax]
vpmulhw xmm8, xmm13, xmm15
vpmulhw xmm13, xmm13, xmm15
vpmulhw xmm15, xmm13, xmm15
vpmulhw xmm8, xmm15, xmm15
vpmulhw xmm8, xmm0, xmm15
vpmulhw xmm8, xmm13, xmm0
vpmulhw xmm8, xmm13, oword [rax]
vpmulhw xmm8, xmm13, oword [r12]
vpmulhw xmm8, xmm13, oword [r13]
vpmulhw xmm8, xmm13, oword [r13+0x10]
vpmulhw xmm8, xmm13, oword [rax+rbx]
vpmulhw xmm8, xmm13, [rax]
vpmulhw ymm13, ymm15, ymm0
vpmulhw ymm15, ymm15, ymm0
vpmulhw ymm0, ymm15, ymm0
vpmulhw ymm13, ymm0, ymm0
vpmulhw ymm13, ymm1, ymm0
vpmulhw ymm13, ymm15, ymm1
vpmulhw ymm13, ymm15, yword [rax]
vpmulhw ymm13, ymm15, yword [rdi*8+0x1000]
vpmulhw ymm13, ymm15, yword [r15+r14]
vpmulhw ymm13, ymm15, yword [rsp+r12*4+0x80]
vpmulhw ymm13, ymm15, yword [0x12345678]
vpmulhw ymm13, ymm15, [rax]
cvttpd2dq xmm7, xmm8
cvttpd2dq xmm8, xmm8
cvttpd2dq xmm13, xmm8
cvttpd2dq xmm7, xmm13
cvttpd2dq xmm7, oword [rax]
cvttpd2dq xmm7, oword [rsp+r12*4+0x80]
cvttpd2dq xmm7, oword [0x12345678]
cvttpd2dq xmm7, oword [rel $+0x100]
cvttpd2dq xmm7, oword [rel $-0x40]
cvttpd2dq xmm7, [rax]
vcvttpd2dq xmm8, xmm13
vcvttpd2dq xmm13, xmm13
vcvttpd2dq xmm15, xmm13
vcvttpd2dq xmm8, xmm15
vcvttpd2dq xmm8, oword [rax]
vcvttpd2dq xmm8, oword [fs:rax]
vcvttpd2dq xmm8, oword [gs:0x28]
vcvttpd2dq xmm8, oword [fs:rel $+0x10]
vcvttpd2dq xmm8, oword [rbx+0x7f]
vcvttpd2dq xmm8, [rax]
vcvttpd2dq xmm13, ymm15
vcvttpd2dq xmm15, ymm15
vcvttpd2dq xmm0, ymm15
vcvttpd2dq xmm13, ymm0
vcvttpd2dq xmm13, yword [rax]
vcvttpd2dq xmm13, yword [rsp+0x8]
vcvttpd2dq xmm13, yword [rbp]
vcvttpd2dq xmm13, yword [rbp-0x8]
vcvttpd2dq xmm13, yword [r12]
vcvttpd2dq xmm13, [rax]
cvtdq2pd xmm7, xmm8
cvtdq2pd xmm8, xmm8
cvtdq2pd xmm13, xmm8
cvtdq2pd xmm7, xmm13
cvtdq2pd xmm7, qword [rax]
cvtdq2pd xmm7, qword [rbp-0x8]
cvtdq2pd xmm7, qword [r12]
cvtdq2pd xmm7, qword [r13]
cvtdq2pd xmm7, qword [r13+0x10]
cvtdq2pd xmm7, [rax]
vcvtdq2pd xmm8, xmm13
vcvtdq2pd xmm13, xmm13
vcvtdq2pd xmm15, xmm13
vcvtdq2pd xmm8, xmm15
vcvtdq2pd xmm8, qword [rax]
vcvtdq2pd xmm8, qword [r8+r9*8-0x10]
vcvtdq2pd xmm8, qword [rdi*8+0x1000]
vcvtdq2pd xmm8, qword [r15+r14]
vcvtdq2pd xmm8, qword [rsp+r12*4+0x80]
vcvtdq2pd xmm8, [rax]
vcvtdq2pd ymm13, xmm15
vcvtdq2pd ymm15, xmm15
vcvtdq2pd ymm0, xmm15
vcvtdq2pd ymm13, xmm0
vcvtdq2pd ymm13, oword [rax]
vcvtdq2pd ymm13, oword [eax]
vcvtdq2pd ymm13, oword [ebx+ecx*4+0x8]
vcvtdq2pd ymm13, oword [r10d+0x4]
vcvtdq2pd ymm13, oword [fs:rax]
vcvtdq2pd ymm13, [rax]
cvtpd2dq xmm15, xmm0
cvtpd2dq xmm0, xmm0
cvtpd2dq xmm1, xmm0
cvtpd2dq xmm15, xmm1
cvtpd2dq xmm15, oword [rax]
cvtpd2dq xmm15, oword [0x12345678]
cvtpd2dq xmm15, oword [rel $+0x100]
cvtpd2dq xmm15, oword [rel $-0x40]
cvtpd2dq xmm15, oword [eax]
cvtpd2dq xmm15, [rax]
vcvtpd2dq xmm0, xmm1
vcvtpd2dq xmm1, xmm1
vcvtpd2dq xmm7, xmm1
vcvtpd2dq xmm0, xmm7
vcvtpd2dq xmm0, oword [rax]
vcvtpd2dq xmm0, oword [gs:0x28]
vcvtpd2dq xmm0, oword [fs:rel $+0x10]
vcvtpd2dq xmm0, oword [rbx+0x7f]
vcvtpd2dq xmm0, oword [rcx-0x80]
vcvtpd2dq xmm0, [rax]
vcvtpd2dq xmm1, ymm7
vcvtpd2dq xmm7, ymm7
vcvtpd2dq xmm8, ymm7
vcvtpd2dq xmm1, ymm8
vcvtpd2dq xmm1, yword [rax]
vcvtpd2dq xmm1, yword [rbp]
vcvtpd2dq xmm1, yword [rbp-0x8]
vcvtpd2dq xmm1, yword [r12]
vcvtpd2dq xmm1, yword [r13]
vcvtpd2dq xmm1, [rax]
movntq qword [rax], mm0
movntq qword [r12], mm0
movntq qword [r13], mm0
movntq qword [r13+0x10], mm0
movntq qword [rax+rbx], mm0
movntq [rax], mm0
movntq qword [rax], mm1
movntq qword [rax], mm5
movntdq oword [rax], xmm1
movntdq oword [rdi*8+0x1000], xmm1
movntdq oword [r15+r14], xmm1
movntdq oword [rsp+r12*4+0x80], xmm1
movntdq oword [0x12345678], xmm1
movntdq [rax], xmm1
movntdq oword [rax], xmm7
movntdq oword [rax], xmm8
vmovntdq oword [rax], xmm7
vmovntdq oword [ebx+ecx*4+0x8], xmm7
vmovntdq oword [r10d+0x4], xmm7
vmovntdq oword [fs:rax], xmm7
vmovntdq oword [gs:0x28], xmm7
vmovntdq [rax], xmm7
vmovntdq oword [rax], xmm8
vmovntdq oword [rax], xmm13
vmovntdq yword [rax], ymm8
vmovntdq yword [rdx+0x12345678], ymm8
vmovntdq yword [rsp], ymm8
vmovntdq yword [rsp+0x8], ymm8
vmovntdq yword [rbp], ymm8
vmovntdq [rax], ymm8
vmovntdq yword [rax], ymm13
vmovntdq yword [rax], ymm15
psubsb mm0, mm1
psubsb mm1, mm1
psubsb mm5, mm1
psubsb mm0, mm5
psubsb mm0, qword [rax]
psubsb mm0, qword [rsp+0x8]
psubsb mm0, qword [rbp]
psubsb mm0, qword [rbp-0x8]
psubsb mm0, qword [r12]
psubsb mm0, [rax]
psubsb xmm1, xmm7
psubsb xmm7, xmm7
psubsb xmm8, xmm7
psubsb xmm1, xmm8
psubsb xmm1, oword [rax]
psubsb xmm1, oword [rax+rcx*2]
psubsb xmm1, oword [rbx+rsi*4+0x10]
psubsb xmm1, oword [r8+r9*8-0x10]
psubsb xmm1, oword [rdi*8+0x1000]
psubsb xmm1, [rax]
vpsubsb xmm7, xmm8, xmm13
vpsubsb xmm8, xmm8, xmm13
vpsubsb xmm13, xmm8, xmm13
vpsubsb xmm7, xmm13, xmm13
vpsubsb xmm7, xmm15, xmm13
vpsubsb xmm7, xmm8, xmm15
vpsubsb xmm7, xmm8, oword [rax]
vpsubsb xmm7, xmm8, oword [rel $+0x100]
vpsubsb xmm7, xmm8, oword [rel $-0x40]
vpsubsb xmm7, xmm8, oword [eax]
vpsubsb xmm7, xmm8, oword [ebx+ecx*4+0x8]
vpsubsb xmm7, xmm8, [rax]
vpsubsb ymm8, ymm13, ymm15
vpsubsb ymm13, ymm13, ymm15
vpsubsb ymm15, ymm13, ymm15
vpsubsb ymm8, ymm15, ymm15
vpsubsb ymm8, ymm0, ymm15
vpsubsb ymm8, ymm13, ymm0
vpsubsb ymm8, ymm13, yword [rax]
vpsubsb ymm8, ymm13, yword [fs:rel $+0x10]
vpsubsb ymm8, ymm13, yword [rbx+0x7f]
vpsubsb ymm8, ymm13, yword [rcx-0x80]
vpsubsb ymm8, ymm13, yword [rdx+0x12345678]
vpsubsb ymm8, ymm13, [rax]
psubsw mm1, mm5
psubsw mm5, mm5
psubsw mm7, mm5
psubsw mm1, mm7
psubsw mm1, qword [rax]
psubsw mm1, qword [rcx-0x80]
psubsw mm1, qword [rdx+0x12345678]
psubsw mm1, qword [rsp]
psubsw mm1, qword [rsp+0x8]
psubsw mm1, [rax]
psubsw xmm7, xmm8
psubsw xmm8, xmm8
psubsw xmm13, xmm8
psubsw xmm7, xmm13
psubsw xmm7, oword [rax]
psubsw xmm7, oword [r13]
psubsw xmm7, oword [r13+0x10]
psubsw xmm7, oword [rax+rbx]
psubsw xmm7, oword [rax+rcx*2]
psubsw xmm7, [rax]
vpsubsw xmm8, xmm13, xmm15
vpsubsw xmm13, xmm13, xmm15
vpsubsw xmm15, xmm13, xmm15
vpsubsw xmm8, xmm15, xmm15
vpsubsw xmm8, xmm0, xmm15
vpsubsw xmm8, xmm13, xmm0
vpsubsw xmm8, xmm13, oword [rax]
vpsubsw xmm8, xmm13, oword [r15+r14]
vpsubsw xmm8, xmm13, oword [rsp+r12*4+0x80]
vpsubsw xmm8, xmm13, oword [0x12345678]
vpsubsw xmm8, xmm13, oword [rel $+0x100]
vpsubsw xmm8, xmm13, [rax]
vpsubsw ymm13, ymm15, ymm0
vpsubsw ymm15, ymm15, ymm0
vpsubsw ymm0, ymm15, ymm0
vpsubsw ymm13, ymm0, ymm0
vpsubsw ymm13, ymm1, ymm0
vpsubsw ymm13, ymm15, ymm1
vpsubsw ymm13, ymm15, yword [rax]
vpsubsw ymm13, ymm15, yword [r10d+0x4]
vpsubsw ymm13, ymm15, yword [fs:rax]
vpsubsw ymm13, ymm15, yword [gs:0x28]
vpsubsw ymm13, ymm15, yword [fs:rel $+0x10]
vpsubsw ymm13, ymm15, [rax]
pminsw mm5, mm7
pminsw mm7, mm7
pminsw mm0, mm7
pminsw mm5, mm0
pminsw mm5, qword [rax]
pminsw mm5, qword [gs:0x28]
pminsw mm5, qword [fs:rel $+0x10]
pminsw mm5, qword [rbx+0x7f]
pminsw mm5, qword [rcx-0x80]
pminsw mm5, [rax]
pminsw xmm8, xmm13
pminsw xmm13, xmm13
pminsw xmm15, xmm13
pminsw xmm8, xmm15
pminsw xmm8, oword [rax]
pminsw xmm8, oword [rbp]
pminsw xmm8, oword [rbp-0x8]
pminsw xmm8, oword [r12]
pminsw xmm8, oword [r13]
pminsw xmm8, [rax]
vpminsw xmm13, xmm15, xmm0
vpminsw xmm15, xmm15, xmm0
vpminsw xmm0, xmm15, xmm0
vpminsw xmm13, xmm0, xmm0
vpminsw xmm13, xmm1, xmm0
vpminsw xmm13, xmm15, xmm1
vpminsw xmm13, xmm15, oword [rax]
vpminsw xmm13, xmm15, oword [rbx+rsi*4+0x10]
vpminsw xmm13, xmm15, oword [r8+r9*8-0x10]
vpminsw xmm13, xmm15, oword [rdi*8+0x1000]
vpminsw xmm13, xmm15, oword [r15+r14]
vpminsw xmm13, xmm15, [rax]
vpminsw ymm15, ymm0, ymm1
vpminsw ymm0, ymm0, ymm1
vpminsw ymm1, ymm0, ymm1
vpminsw ymm15, ymm1, ymm1
vpminsw ymm15, ymm7, ymm1
vpminsw ymm15, ymm0, ymm7
vpminsw ymm15, ymm0, yword [rax]
vpminsw ymm15, ymm0, yword [rel $-0x40]
vpminsw ymm15, ymm0, yword [eax]
vpminsw ymm15, ymm0, yword [ebx+ecx*4+0x8]
vpminsw ymm15, ymm0, yword [r10d+0x4]
vpminsw ymm15, ymm0, [rax]
por mm7, mm0
por mm0, mm0
por mm1, mm0
por mm7, mm1
por mm7, qword [rax]
por mm7, qword [ebx+ecx*4+0x8]
por mm7, qword [r10d+0x4]
por mm7, qword [fs:rax]
por mm7, qword [gs:0x28]
por mm7, [rax]
por xmm13, xmm15
por xmm15, xmm15
por xmm0, xmm15
por xmm13, xmm0
por xmm13, oword [rax]
por xmm13, oword [rdx+0x12345678]
por xmm13, oword [rsp]
por xmm13, oword [rsp+0x8]
por xmm13, oword [rbp]
por xmm13, [rax]
vpor xmm15, xmm0, xmm1
vpor xmm0, xmm0, xmm1
vpor xmm1, xmm0, xmm1
vpor xmm15, xmm1, xmm1
vpor xmm15, xmm7, xmm1
vpor xmm15, xmm0, xmm7
vpor xmm15, xmm0, oword [rax]
vpor xmm15, xmm0, oword [r13+0x10]
vpor xmm15, xmm0, oword [rax+rbx]
vpor xmm15, xmm0, oword [rax+rcx*2]
vpor xmm15, xmm0, oword [rbx+rsi*4+0x10]
vpor xmm15, xmm0, [rax]
vpor ymm0, ymm1, ymm7
vpor ymm1, ymm1, ymm7
vpor ymm7, ymm1, ymm7
vpor ymm0, ymm7, ymm7
vpor ymm0, ymm8, ymm7
vpor ymm0, ymm1, ymm8
vpor ymm0, ymm1, yword [rax]
vpor ymm0, ymm1, yword [rsp+r12*4+0x80]
vpor ymm0, ymm1, yword [0x12345678]
vpor ymm0, ymm1, yword [rel $+0x100]
vpor ymm0, ymm1, yword [rel $-0x40]
vpor ymm0, ymm1, [rax]
paddsb mm1, mm5
paddsb mm5, mm5
paddsb mm7, mm5
paddsb mm1, mm7
paddsb mm1, qword [rax]
paddsb mm1, qword [r8+r9*8-0x10]
paddsb mm1, qword [rdi*8+0x1000]
paddsb mm1, qword [r15+r14]
paddsb mm1, qword [rsp+r12*4+0x80]
paddsb mm1, [rax]
paddsb xmm7, xmm8
paddsb xmm8, xmm8
paddsb xmm13, xmm8
paddsb xmm7, xmm13
paddsb xmm7, oword [rax]
paddsb xmm7, oword [eax]
paddsb xmm7, oword [ebx+ecx*4+0x8]
paddsb xmm7, oword [r10d+0x4]
paddsb xmm7, oword [fs:rax]
paddsb xmm7, [rax]
vpaddsb xmm8, xmm13, xmm15
vpaddsb xmm13, xmm13, xmm15
vpaddsb xmm15, xmm13, xmm15
vpaddsb xmm8, xmm15, xmm15
vpaddsb xmm8, xmm0, xmm15
vpaddsb xmm8, xmm13, xmm0
vpaddsb xmm8, xmm13, oword [rax]
vpaddsb xmm8, xmm13, oword [rcx-0x80]
vpaddsb xmm8, xmm13, oword [rdx+0x12345678]
vpaddsb xmm8, xmm13, oword [rsp]
vpaddsb xmm8, xmm13, oword [rsp+0x8]
vpaddsb xmm8, xmm13, [rax]
vpaddsb ymm13, ymm15, ymm0
vpaddsb ymm15, ymm15, ymm0
vpaddsb ymm0, ymm15, ymm0
vpaddsb ymm13, ymm0, ymm0
vpaddsb ymm13, ymm1, ymm0
vpaddsb ymm13, ymm15, ymm1
vpaddsb ymm13, ymm15, yword [rax]
vpaddsb ymm13, ymm15, yword [r13]
vpaddsb ymm13, ymm15, yword [r13+0x10]
vpaddsb ymm13, ymm15, yword [rax+rbx]
vpaddsb ymm13, ymm15, yword [rax+rcx*2]
vpaddsb ymm13, ymm15, [rax]
paddsw mm5, mm7
paddsw mm7, mm7
paddsw mm0, mm7
paddsw mm5, mm0
paddsw mm5, qword [rax]
paddsw mm5, qword [rax+rbx]
paddsw mm5, qword [rax+rcx*2]
paddsw mm5, qword [rbx+rsi*4+0x10]
paddsw mm5, qword [r8+r9*8-0x10]
paddsw mm5, [rax]
paddsw xmm8, xmm13
paddsw xmm13, xmm13
paddsw xmm15, xmm13
paddsw xmm8, xmm15
paddsw xmm8, oword [rax]
paddsw xmm8, oword [0x12345678]
paddsw xmm8, oword [rel $+0x100]
paddsw xmm8, oword [rel $-0x40]
paddsw xmm8, oword [eax]
paddsw xmm8, [rax]
vpaddsw xmm13, xmm15, xmm0
vpaddsw xmm15, xmm15, xmm0
vpaddsw xmm0, xmm15, xmm0
vpaddsw xmm13, xmm0, xmm0
vpaddsw xmm13, xmm1, xmm0
vpaddsw xmm13, xmm15, xmm1
vpaddsw xmm13, xmm15, oword [rax]
vpaddsw xmm13, xmm15, oword [gs:0x28]
vpaddsw xmm13, xmm15, oword [fs:rel $+0x10]
vpaddsw xmm13, xmm15, oword [rbx+0x7f]
vpaddsw xmm13, xmm15, oword [rcx-0x80]
vpaddsw xmm13, xmm15, [rax]
vpaddsw ymm15, ymm0, ymm1
vpaddsw ymm0, ymm0, ymm1
vpaddsw ymm1, ymm0, ymm1
vpaddsw ymm15, ymm1, ymm1
vpaddsw ymm15, ymm7, ymm1
vpaddsw ymm15, ymm0, ymm7
vpaddsw ymm15, ymm0, yword [rax]
vpaddsw ymm15, ymm0, yword [rbp]
vpaddsw ymm15, ymm0, yword [rbp-0x8]
vpaddsw ymm15, ymm0, yword [r12]
vpaddsw ymm15, ymm0, yword [r13]
vpaddsw ymm15, ymm0, [rax]
pmaxsw mm7, mm0
pmaxsw mm0, mm0
pmaxsw mm1, mm0
pmaxsw mm7, mm1
pmaxsw mm7, qword [rax]
pmaxsw mm7, qword [r12]
pmaxsw mm7, qword [r13]
pmaxsw mm7, qword [r13+0x10]
pmaxsw mm7, qword [rax+rbx]
pmaxsw mm7, [rax]
pmaxsw xmm13, xmm15
pmaxsw xmm15, xmm15
pmaxsw xmm0, xmm15
pmaxsw xmm13, xmm0
pmaxsw xmm13, oword [rax]
pmaxsw xmm13, oword [rdi*8+0x1000]
pmaxsw xmm13, oword [r15+r14]
pmaxsw xmm13, oword [rsp+r12*4+0x80]
pmaxsw xmm13, oword [0x12345678]
pmaxsw xmm13, [rax]
vpmaxsw xmm15, xmm0, xmm1
vpmaxsw xmm0, xmm0, xmm1
vpmaxsw xmm1, xmm0, xmm1
vpmaxsw xmm15, xmm1, xmm1
vpmaxsw xmm15, xmm7, xmm1
vpmaxsw xmm15, xmm0, xmm7
vpmaxsw xmm15, xmm0, oword [rax]
vpmaxsw xmm15, xmm0, oword [ebx+ecx*4+0x8]
vpmaxsw xmm15, xmm0, oword [r10d+0x4]
vpmaxsw xmm15, xmm0, oword [fs:rax]
vpmaxsw xmm15, xmm0, oword [gs:0x28]
vpmaxsw xmm15, xmm0, [rax]
vpmaxsw ymm0, ymm1, ymm7
vpmaxsw ymm1, ymm1, ymm7
vpmaxsw ymm7, ymm1, ymm7
vpmaxsw ymm0, ymm7, ymm7
vpmaxsw ymm0, ymm8, ymm7
vpmaxsw ymm0, ymm1, ymm8
vpmaxsw ymm0, ymm1, yword [rax]
vpmaxsw ymm0, ymm1, yword [rdx+0x12345678]
vpmaxsw ymm0, ymm1, yword [rsp]
vpmaxsw ymm0, ymm1, yword [rsp+0x8]
vpmaxsw ymm0, ymm1, yword [rbp]
vpmaxsw ymm0, ymm1, [rax]
pxor mm0, mm1
pxor mm1, mm1
pxor mm5, mm1
pxor mm0, mm5
pxor mm0, qword [rax]
pxor mm0, qword [rsp+0x8]
pxor mm0, qword [rbp]
pxor mm0, qword [rbp-0x8]
pxor mm0, qword [r12]
pxor mm0, [rax]
pxor xmm15, xmm0
pxor xmm0, xmm0
pxor xmm1, xmm0
pxor xmm15, xmm1
pxor xmm15, oword [rax]
pxor xmm15, oword [rax+rcx*2]
pxor xmm15, oword [rbx+rsi*4+0x10]
pxor xmm15, oword [r8+r9*8-0x10]
pxor xmm15, oword [rdi*8+0x1000]
pxor xmm15, [rax]
vpxor xmm0, xmm1, xmm7
vpxor xmm1, xmm1, xmm7
vpxor xmm7, xmm1, xmm7
vpxor xmm0, xmm7, xmm7
vpxor xmm0, xmm8, xmm7
vpxor xmm0, xmm1, xmm8
vpxor xmm0, xmm1, oword [rax]
vpxor xmm0, xmm1, oword [rel $+0x100]
vpxor xmm0, xmm1, oword [rel $-0x40]
vpxor xmm0, xmm1, oword [eax]
vpxor xmm0, xmm1, oword [ebx+ecx*4+0x8]
vpxor xmm0, xmm1, [rax]
vpxor ymm1, ymm7, ymm8
vpxor ymm7, ymm7, ymm8
vpxor ymm8, ymm7, ymm8
vpxor ymm1, ymm8, ymm8
vpxor ymm1, ymm13, ymm8
vpxor ymm1, ymm7, ymm13
vpxor ymm1, ymm7, yword [rax]
vpxor ymm1, ymm7, yword [fs:rel $+0x10]
vpxor ymm1, ymm7, yword [rbx+0x7f]
vpxor ymm1, ymm7, yword [rcx-0x80]
vpxor ymm1, ymm7, yword [rdx+0x12345678]
vpxor ymm1, ymm7, [rax]
lddqu xmm7, oword [rax]
lddqu xmm8, oword [rax]
lddqu xmm13, oword [rax]
lddqu xmm7, oword [r10d+0x4]
lddqu xmm7, oword [fs:rax]
lddqu xmm7, oword [gs:0x28]
lddqu xmm7, oword [fs:rel $+0x10]
lddqu xmm7, [rax]
vlddqu xmm8, oword [rax]
vlddqu xmm13, oword [rax]
vlddqu xmm15, oword [rax]
vlddqu xmm8, oword [rsp]
vlddqu xmm8, oword [rsp+0x8]
vlddqu xmm8, oword [rbp]
vlddqu xmm8, oword [rbp-0x8]
vlddqu xmm8, [rax]
vlddqu ymm13, yword [rax]
vlddqu ymm15, yword [rax]
vlddqu ymm0, yword [rax]
vlddqu ymm13, yword [rax+rbx]
vlddqu ymm13, yword [rax+rcx*2]
vlddqu ymm13, yword [rbx+rsi*4+0x10]
vlddqu ymm13, yword [r8+r9*8-0x10]
vlddqu ymm13, [rax]
psllw mm7, mm0
psllw mm0, mm0
psllw mm1, mm0
psllw mm7, mm1
psllw mm7, qword [rax]
psllw mm7, qword [0x12345678]
psllw mm7, qword [rel $+0x100]
psllw mm7, qword [rel $-0x40]
psllw mm7, qword [eax]
psllw mm7, [rax]
psllw xmm0, xmm1
psllw xmm1, xmm1
psllw xmm7, xmm1
psllw xmm0, xmm7
psllw xmm0, oword [rax]
psllw xmm0, oword [gs:0x28]
psllw xmm0, oword [fs:rel $+0x10]
psllw xmm0, oword [rbx+0x7f]
psllw xmm0, oword [rcx-0x80]
psllw xmm0, [rax]
vpsllw xmm1, xmm7, xmm8
vpsllw xmm7, xmm7, xmm8
vpsllw xmm8, xmm7, xmm8
vpsllw xmm1, xmm8, xmm8
vpsllw xmm1, xmm13, xmm8
vpsllw xmm1, xmm7, xmm13
vpsllw xmm1, xmm7, oword [rax]
vpsllw xmm1, xmm7, oword [rbp]
vpsllw xmm1, xmm7, oword [rbp-0x8]
vpsllw xmm1, xmm7, oword [r12]
vpsllw xmm1, xmm7, oword [r13]
vpsllw xmm1, xmm7, [rax]
vpsllw ymm7, ymm8, xmm13
vpsllw ymm8, ymm8, xmm13
vpsllw ymm13, ymm8, xmm13
vpsllw ymm7, ymm13, xmm13
vpsllw ymm7, ymm15, xmm13
vpsllw ymm7, ymm8, xmm15
vpsllw ymm7, ymm8, oword [rax]
vpsllw ymm7, ymm8, oword [rbx+rsi*4+0x10]
vpsllw ymm7, ymm8, oword [r8+r9*8-0x10]
vpsllw ymm7, ymm8, oword [rdi*8+0x1000]
vpsllw ymm7, ymm8, oword [r15+r14]
vpsllw ymm7, ymm8, [rax]
pslld mm0, mm1
pslld mm1, mm1
pslld mm5, mm1
pslld mm0, mm5
pslld mm0, qword [rax]
pslld mm0, qword [rdi*8+0x1000]
pslld mm0, qword [r15+r14]
pslld mm0, qword [rsp+r12*4+0x80]
pslld mm0, qword [0x12345678]
pslld mm0, [rax]
pslld xmm1, xmm7
pslld xmm7, xmm7
pslld xmm8, xmm7
pslld xmm1, xmm8
pslld xmm1, oword [rax]
pslld xmm1, oword [ebx+ecx*4+0x8]
pslld xmm1, oword [r10d+0x4]
pslld xmm1, oword [fs:rax]
pslld xmm1, oword [gs:0x28]
pslld xmm1, [rax]
vpslld xmm7, xmm8, xmm13
vpslld xmm8, xmm8, xmm13
vpslld xmm13, xmm8, xmm13
vpslld xmm7, xmm13, xmm13
vpslld xmm7, xmm15, xmm13
vpslld xmm7, xmm8, xmm15
vpslld xmm7, xmm8, oword [rax]
vpslld xmm7, xmm8, oword [rdx+0x12345678]
vpslld xmm7, xmm8, oword [rsp]
vpslld xmm7, xmm8, oword [rsp+0x8]
vpslld xmm7, xmm8, oword [rbp]
vpslld xmm7, xmm8, [rax]
vpslld ymm8, ymm13, xmm15
vpslld ymm13, ymm13, xmm15
vpslld ymm15, ymm13, xmm15
vpslld ymm8, ymm15, xmm15
vpslld ymm8, ymm0, xmm15
vpslld ymm8, ymm13, xmm0
vpslld ymm8, ymm13, oword [rax]
vpslld ymm8, ymm13, oword [r13+0x10]
vpslld ymm8, ymm13, oword [rax+rbx]
vpslld ymm8, ymm13, oword [rax+rcx*2]
vpslld ymm8, ymm13, oword [rbx+rsi*4+0x10]
vpslld ymm8, ymm13, [rax]
psllq mm1, mm5
psllq mm5, mm5
psllq mm7, mm5
psllq mm1, mm7
psllq mm1, qword [rax]
psllq mm1, qword [rax+rcx*2]
psllq mm1, qword [rbx+rsi*4+0x10]
psllq mm1, qword [r8+r9*8-0x10]
psllq mm1, qword [rdi*8+0x1000]
psllq mm1, [rax]
psllq xmm7, xmm8
psllq xmm8, xmm8
psllq xmm13, xmm8
psllq xmm7, xmm13
psllq xmm7, oword [rax]
psllq xmm7, oword [rel $+0x100]
psllq xmm7, oword [rel $-0x40]
psllq xmm7, oword [eax]
psllq xmm7, oword [ebx+ecx*4+0x8]
psllq xmm7, [rax]
vpsllq xmm8, xmm13, xmm15
vpsllq xmm13, xmm13, xmm15
vpsllq xmm15, xmm13, xmm15
vpsllq xmm8, xmm15, xmm15
vpsllq xmm8, xmm0, xmm15
vpsllq xmm8, xmm13, xmm0
vpsllq xmm8, xmm13, oword [rax]
vpsllq xmm8, xmm13, oword [fs:rel $+0x10]
vpsllq xmm8, xmm13, oword [rbx+0x7f]
vpsllq xmm8, xmm13, oword [rcx-0x80]
vpsllq xmm8, xmm13, oword [rdx+0x12345678]
vpsllq xmm8, xmm13, [rax]
vpsllq ymm13, ymm15, xmm0
vpsllq ymm15, ymm15, xmm0
vpsllq ymm0, ymm15, xmm0
vpsllq ymm13, ymm0, xmm0
vpsllq ymm13, ymm1, xmm0
vpsllq ymm13, ymm15, xmm1
vpsllq ymm13, ymm15, oword [rax]
vpsllq ymm13, ymm15, oword [rbp-0x8]
vpsllq ymm13, ymm15, oword [r12]
vpsllq ymm13, ymm15, oword [r13]
vpsllq ymm13, ymm15, oword [r13+0x10]
vpsllq ymm13, ymm15, [rax]
pmuludq mm5, mm7
pmuludq mm7, mm7
pmuludq mm0, mm7
pmuludq mm5, mm0
pmuludq mm5, [rax]
pmuludq xmm8, xmm13
pmuludq xmm13, xmm13
pmuludq xmm15, xmm13
pmuludq xmm8, xmm15
pmuludq xmm8, oword [rax]
pmuludq xmm8, oword [r15+r14]
pmuludq xmm8, oword [rsp+r12*4+0x80]
pmuludq xmm8, oword [0x12345678]
pmuludq xmm8, oword [rel $+0x100]
pmuludq xmm8, [rax]
vpmuludq xmm13, xmm15, xmm0
vpmuludq xmm15, xmm15, xmm0
vpmuludq xmm0, xmm15, xmm0
vpmuludq xmm13, xmm0, xmm0
vpmuludq xmm13, xmm1, xmm0
vpmuludq xmm13, xmm15, xmm1
vpmuludq xmm13, xmm15, oword [rax]
vpmuludq xmm13, xmm15, oword [r10d+0x4]
vpmuludq xmm13, xmm15, oword [fs:rax]
vpmuludq xmm13, xmm15, oword [gs:0x28]
vpmuludq xmm13, xmm15, oword [fs:rel $+0x10]
vpmuludq xmm13, xmm15, [rax]
vpmuludq ymm15, ymm0, ymm1
vpmuludq ymm0, ymm0, ymm1
vpmuludq ymm1, ymm0, ymm1
vpmuludq ymm15, ymm1, ymm1
vpmuludq ymm15, ymm7, ymm1
vpmuludq ymm15, ymm0, ymm7
vpmuludq ymm15, ymm0, yword [rax]
vpmuludq ymm15, ymm0, yword [rsp]
vpmuludq ymm15, ymm0, yword [rsp+0x8]
vpmuludq ymm15, ymm0, yword [rbp]
vpmuludq ymm15, ymm0, yword [rbp-0x8]
vpmuludq ymm15, ymm0, [rax]
pmaddwd mm7, mm0
pmaddwd mm0, mm0
pmaddwd mm1, mm0
pmaddwd mm7, mm1
pmaddwd mm7, qword [rax]
pmaddwd mm7, qword [rbp]
pmaddwd mm7, qword [rbp-0x8]
pmaddwd mm7, qword [r12]
pmaddwd mm7, qword [r13]
pmaddwd mm7, [rax]
pmaddwd xmm13, xmm15
pmaddwd xmm15, xmm15
pmaddwd xmm0, xmm15
pmaddwd xmm13, xmm0
pmaddwd xmm13, oword [rax]
pmaddwd xmm13, oword [rbx+rsi*4+0x10]
pmaddwd xmm13, oword [r8+r9*8-0x10]
pmaddwd xmm13, oword [rdi*8+0x1000]
pmaddwd xmm13, oword [r15+r14]
pmaddwd xmm13, [rax]
vpmaddwd xmm15, xmm0, xmm1
vpmaddwd xmm0, xmm0, xmm1
vpmaddwd xmm1, xmm0, xmm1
vpmaddwd xmm15, xmm1, xmm1
vpmaddwd xmm15, xmm7, xmm1
vpmaddwd xmm15, xmm0, xmm7
vpmaddwd xmm15, xmm0, oword [rax]
vpmaddwd xmm15, xmm0, oword [rel $-0x40]
vpmaddwd xmm15, xmm0, oword [eax]
vpmaddwd xmm15, xmm0, oword [ebx+ecx*4+0x8]
vpmaddwd xmm15, xmm0, oword [r10d+0x4]
vpmaddwd xmm15, xmm0, [rax]
vpmaddwd ymm0, ymm1, ymm7
vpmaddwd ymm1, ymm1, ymm7
vpmaddwd ymm7, ymm1, ymm7
vpmaddwd ymm0, ymm7, ymm7
vpmaddwd ymm0, ymm8, ymm7
vpmaddwd ymm0, ymm1, ymm8
vpmaddwd ymm0, ymm1, yword [rax]
vpmaddwd ymm0, ymm1, yword [rbx+0x7f]
vpmaddwd ymm0, ymm1, yword [rcx-0x80]
vpmaddwd ymm0, ymm1, yword [rdx+0x12345678]
vpmaddwd ymm0, ymm1, yword [rsp]
vpmaddwd ymm0, ymm1, [rax]
psadbw mm0, mm1
psadbw mm1, mm1
psadbw mm5, mm1
psadbw mm0, mm5
psadbw mm0, qword [rax]
psadbw mm0, qword [rdx+0x12345678]
psadbw mm0, qword [rsp]
psadbw mm0, qword [rsp+0x8]
psadbw mm0, qword [rbp]
psadbw mm0, [rax]
psadbw xmm15, xmm0
psadbw xmm0, xmm0
psadbw xmm1, xmm0
psadbw xmm15, xmm1
psadbw xmm15, oword [rax]
psadbw xmm15, oword [r13+0x10]
psadbw xmm15, oword [rax+rbx]
psadbw xmm15, oword [rax+rcx*2]
psadbw xmm15, oword [rbx+rsi*4+0x10]
psadbw xmm15, [rax]
vpsadbw xmm0, xmm1, xmm7
vpsadbw xmm1, xmm1, xmm7
vpsadbw xmm7, xmm1, xmm7
vpsadbw xmm0, xmm7, xmm7
vpsadbw xmm0, xmm8, xmm7
vpsadbw xmm0, xmm1, xmm8
vpsadbw xmm0, xmm1, oword [rax]
vpsadbw xmm0, xmm1, oword [rsp+r12*4+0x80]
vpsadbw xmm0, xmm1, oword [0x12345678]
vpsadbw xmm0, xmm1, oword [rel $+0x100]
vpsadbw xmm0, xmm1, oword [rel $-0x40]
vpsadbw xmm0, xmm1, [rax]
vpsadbw ymm1, ymm7, ymm8
vpsadbw ymm7, ymm7, ymm8
vpsadbw ymm8, ymm7, ymm8
vpsadbw ymm1, ymm8, ymm8
vpsadbw ymm1, ymm13, ymm8
vpsadbw ymm1, ymm7, ymm13
vpsadbw ymm1, ymm7, yword [rax]
vpsadbw ymm1, ymm7, yword [fs:rax]
vpsadbw ymm1, ymm7, yword [gs:0x28]
vpsadbw ymm1, ymm7, yword [fs:rel $+0x10]
vpsadbw ymm1, ymm7, yword [rbx+0x7f]
vpsadbw ymm1, ymm7, [rax]
maskmovq mm5, mm7
maskmovq mm7, mm7
maskmovq mm0, mm7
maskmovq mm5, mm0
maskmovq mm5, mm1
maskmovdqu xmm1, xmm7
maskmovdqu xmm7, xmm7
maskmovdqu xmm8, xmm7
maskmovdqu xmm1, xmm8
maskmovdqu xmm1, xmm13
vmaskmovdqu xmm7, xmm8
vmaskmovdqu xmm8, xmm8
vmaskmovdqu xmm13, xmm8
vmaskmovdqu xmm7, xmm13
vmaskmovdqu xmm7, xmm15
psubb mm5, mm7
psubb mm7, mm7
psubb mm0, mm7
psubb mm5, mm0
psubb mm5, qword [rax]
psubb mm5, qword [eax]
psubb mm5, qword [ebx+ecx*4+0x8]
psubb mm5, qword [r10d+0x4]
psubb mm5, qword [fs:rax]
psubb mm5, [rax]
psubb xmm8, xmm13
psubb xmm13, xmm13
psubb xmm15, xmm13
psubb xmm8, xmm15
psubb xmm8, oword [rax]
psubb xmm8, oword [rcx-0x80]
psubb xmm8, oword [rdx+0x12345678]
psubb xmm8, oword [rsp]
psubb xmm8, oword [rsp+0x8]
psubb xmm8, [rax]
vpsubb xmm13, xmm15, xmm0
vpsubb xmm15, xmm15, xmm0
vpsubb xmm0, xmm15, xmm0
vpsubb xmm13, xmm0, xmm0
vpsubb xmm13, xmm1, xmm0
vpsubb xmm13, xmm15, xmm1
vpsubb xmm13, xmm15, oword [rax]
vpsubb xmm13, xmm15, oword [r13]
vpsubb xmm13, xmm15, oword [r13+0x10]
vpsubb xmm13, xmm15, oword [rax+rbx]
vpsubb xmm13, xmm15, oword [rax+rcx*2]
vpsubb xmm13, xmm15, [rax]
vpsubb ymm15, ymm0, ymm1
vpsubb ymm0, ymm0, ymm1
vpsubb ymm1, ymm0, ymm1
vpsubb ymm15, ymm1, ymm1
vpsubb ymm15, ymm7, ymm1
vpsubb ymm15, ymm0, ymm7
vpsubb ymm15, ymm0, yword [rax]
vpsubb ymm15, ymm0, yword [r15+r14]
vpsubb ymm15, ymm0, yword [rsp+r12*4+0x80]
vpsubb ymm15, ymm0, yword [0x12345678]
vpsubb ymm15, ymm0, yword [rel $+0x100]
vpsubb ymm15, ymm0, [rax]
psubw mm7, mm0
psubw mm0, mm0
psubw mm1, mm0
psubw mm7, mm1
psubw mm7, qword [rax]
psubw mm7, qword [0x12345678]
psubw mm7, qword [rel $+0x100]
psubw mm7, qword [rel $-0x40]
psubw mm7, qword [eax]
psubw mm7, [rax]
psubw xmm13, xmm15
psubw xmm15, xmm15
psubw xmm0, xmm15
psubw xmm13, xmm0
psubw xmm13, oword [rax]
psubw xmm13, oword [gs:0x28]
psubw xmm13, oword [fs:rel $+0x10]
psubw xmm13, oword [rbx+0x7f]
psubw xmm13, oword [rcx-0x80]
psubw xmm13, [rax]
vpsubw xmm15, xmm0, xmm1
vpsubw xmm0, xmm0, xmm1
vpsubw xmm1, xmm0, xmm1
vpsubw xmm15, xmm1, xmm1
vpsubw xmm15, xmm7, xmm1
vpsubw xmm15, xmm0, xmm7
vpsubw xmm15, xmm0, oword [rax]
vpsubw xmm15, xmm0, oword [rbp]
vpsubw xmm15, xmm0, oword [rbp-0x8]
vpsubw xmm15, xmm0, oword [r12]
vpsubw xmm15, xmm0, oword [r13]
vpsubw xmm15, xmm0, [rax]
vpsubw ymm0, ymm1, ymm7
vpsubw ymm1, ymm1, ymm7
vpsubw ymm7, ymm1, ymm7
vpsubw ymm0, ymm7, ymm7
vpsubw ymm0, ymm8, ymm7
vpsubw ymm0, ymm1, ymm8
vpsubw ymm0, ymm1, yword [rax]
vpsubw ymm0, ymm1, yword [rbx+rsi*4+0x10]
vpsubw ymm0, ymm1, yword [r8+r9*8-0x10]
vpsubw ymm0, ymm1, yword [rdi*8+0x1000]
vpsubw ymm0, ymm1, yword [r15+r14]
vpsubw ymm0, ymm1, [rax]
psubd mm0, mm1
psubd mm1, mm1
psubd mm5, mm1
psubd mm0, mm5
psubd mm0, qword [rax]
psubd mm0, qword [rdi*8+0x1000]
psubd mm0, qword [r15+r14]
psubd mm0, qword [rsp+r12*4+0x80]
psubd mm0, qword [0x12345678]
psubd mm0, [rax]
psubd xmm15, xmm0
psubd xmm0, xmm0
psubd xmm1, xmm0
psubd xmm15, xmm1
psubd xmm15, oword [rax]
psubd xmm15, oword [ebx+ecx*4+0x8]
psubd xmm15, oword [r10d+0x4]
psubd xmm15, oword [fs:rax]
psubd xmm15, oword [gs:0x28]
psubd xmm15, [rax]
vpsubd xmm0, xmm1, xmm7
vpsubd xmm1, xmm1, xmm7
vpsubd xmm7, xmm1, xmm7
vpsubd xmm0, xmm7, xmm7
vpsubd xmm0, xmm8, xmm7
vpsubd xmm0, xmm1, xmm8
vpsubd xmm0, xmm1, oword [rax]
vpsubd xmm0, xmm1, oword [rdx+0x12345678]
vpsubd xmm0, xmm1, oword [rsp]
vpsubd xmm0, xmm1, oword [rsp+0x8]
vpsubd xmm0, xmm1, oword [rbp]
vpsubd xmm0, xmm1, [rax]
vpsubd ymm1, ymm7, ymm8
vpsubd ymm7, ymm7, ymm8
vpsubd ymm8, ymm7, ymm8
vpsubd ymm1, ymm8, ymm8
vpsubd ymm1, ymm13, ymm8
vpsubd ymm1, ymm7, ymm13
vpsubd ymm1, ymm7, yword [rax]
vpsubd ymm1, ymm7, yword [r13+0x10]
vpsubd ymm1, ymm7, yword [rax+rbx]
vpsubd ymm1, ymm7, yword [rax+rcx*2]
vpsubd ymm1, ymm7, yword [rbx+rsi*4+0x10]
vpsubd ymm1, ymm7, [rax]
psubq mm1, mm5
psubq mm5, mm5
psubq mm7, mm5
psubq mm1, mm7
psubq mm1, [rax]
psubq xmm0, xmm1
psubq xmm1, xmm1
psubq xmm7, xmm1
psubq xmm0, xmm7
psubq xmm0, oword [rax]
psubq xmm0, oword [rel $+0x100]
psubq xmm0, oword [rel $-0x40]
psubq xmm0, oword [eax]
psubq xmm0, oword [ebx+ecx*4+0x8]
psubq xmm0, [rax]
vpsubq xmm1, xmm7, xmm8
vpsubq xmm7, xmm7, xmm8
vpsubq xmm8, xmm7, xmm8
vpsubq xmm1, xmm8, xmm8
vpsubq xmm1, xmm13, xmm8
vpsubq xmm1, xmm7, xmm13
vpsubq xmm1, xmm7, oword [rax]
vpsubq xmm1, xmm7, oword [fs:rel $+0x10]
vpsubq xmm1, xmm7, oword [rbx+0x7f]
vpsubq xmm1, xmm7, oword [rcx-0x80]
vpsubq xmm1, xmm7, oword [rdx+0x12345678]
vpsubq xmm1, xmm7, [rax]
vpsubq ymm7, ymm8, ymm13
vpsubq ymm8, ymm8, ymm13
vpsubq ymm13, ymm8, ymm13
vpsubq ymm7, ymm13, ymm13
vpsubq ymm7, ymm15, ymm13
vpsubq ymm7, ymm8, ymm15
vpsubq ymm7, ymm8, yword [rax]
vpsubq ymm7, ymm8, yword [rbp-0x8]
vpsubq ymm7, ymm8, yword [r12]
vpsubq ymm7, ymm8, yword [r13]
vpsubq ymm7, ymm8, yword [r13+0x10]
vpsubq ymm7, ymm8, [rax]
paddb mm5, mm7
paddb mm7, mm7
paddb mm0, mm7
paddb mm5, mm0
paddb mm5, qword [rax]
paddb mm5, qword [r13]
paddb mm5, qword [r13+0x10]
paddb mm5, qword [rax+rbx]
paddb mm5, qword [rax+rcx*2]
paddb mm5, [rax]
paddb xmm1, xmm7
paddb xmm7, xmm7
paddb xmm8, xmm7
paddb xmm1, xmm8
paddb xmm1, oword [rax]
paddb xmm1, oword [r15+r14]
paddb xmm1, oword [rsp+r12*4+0x80]
paddb xmm1, oword [0x12345678]
paddb xmm1, oword [rel $+0x100]
paddb xmm1, [rax]
vpaddb xmm7, xmm8, xmm13
vpaddb xmm8, xmm8, xmm13
vpaddb xmm13, xmm8, xmm13
vpaddb xmm7, xmm13, xmm13
vpaddb xmm7, xmm15, xmm13
vpaddb xmm7, xmm8, xmm15
vpaddb xmm7, xmm8, oword [rax]
vpaddb xmm7, xmm8, oword [r10d+0x4]
vpaddb xmm7, xmm8, oword [fs:rax]
vpaddb xmm7, xmm8, oword [gs:0x28]
vpaddb xmm7, xmm8, oword [fs:rel $+0x10]
vpaddb xmm7, xmm8, [rax]
vpaddb ymm8, ymm13, ymm15
vpaddb ymm13, ymm13, ymm15
vpaddb ymm15, ymm13, ymm15
vpaddb ymm8, ymm15, ymm15
vpaddb ymm8, ymm0, ymm15
vpaddb ymm8, ymm13, ymm0
vpaddb ymm8, ymm13, yword [rax]
vpaddb ymm8, ymm13, yword [rsp]
vpaddb ymm8, ymm13, yword [rsp+0x8]
vpaddb ymm8, ymm13, yword [rbp]
vpaddb ymm8, ymm13, yword [rbp-0x8]
vpaddb ymm8, ymm13, [rax]
paddw mm7, mm0
paddw mm0, mm0
paddw mm1, mm0
paddw mm7, mm1
paddw mm7, qword [rax]
paddw mm7, qword [rbp]
paddw mm7, qword [rbp-0x8]
paddw mm7, qword [r12]
paddw mm7, qword [r13]
paddw mm7, [rax]
paddw xmm7, xmm8
paddw xmm8, xmm8
paddw xmm13, xmm8
paddw xmm7, xmm13
paddw xmm7, oword [rax]
paddw xmm7, oword [rbx+rsi*4+0x10]
paddw xmm7, oword [r8+r9*8-0x10]
paddw xmm7, oword [rdi*8+0x1000]
paddw xmm7, oword [r15+r14]
paddw xmm7, [rax]
vpaddw xmm8, xmm13, xmm15
vpaddw xmm13, xmm13, xmm15
vpaddw xmm15, xmm13, xmm15
vpaddw xmm8, xmm15, xmm15
vpaddw xmm8, xmm0, xmm15
vpaddw xmm8, xmm13, xmm0
vpaddw xmm8, xmm13, oword [rax]
vpaddw xmm8, xmm13, oword [rel $-0x40]
vpaddw xmm8, xmm13, oword [eax]
vpaddw xmm8, xmm13, oword [ebx+ecx*4+0x8]
vpaddw xmm8, xmm13, oword [r10d+0x4]
vpaddw xmm8, xmm13, [rax]
vpaddw ymm13, ymm15, ymm0
vpaddw ymm15, ymm15, ymm0
vpaddw ymm0, ymm15, ymm0
vpaddw ymm13, ymm0, ymm0
vpaddw ymm13, ymm1, ymm0
vpaddw ymm13, ymm15, ymm1
vpaddw ymm13, ymm15, yword [rax]
vpaddw ymm13, ymm15, yword [rbx+0x7f]
vpaddw ymm13, ymm15, yword [rcx-0x80]
vpaddw ymm13, ymm15, yword [rdx+0x12345678]
vpaddw ymm13, ymm15, yword [rsp]
vpaddw ymm13, ymm15, [rax]
paddd mm0, mm1
paddd mm1, mm1
paddd mm5, mm1
paddd mm0, mm5
paddd mm0, qword [rax]
paddd mm0, qword [rdx+0x12345678]
paddd mm0, qword [rsp]
paddd mm0, qword [rsp+0x8]
paddd mm0, qword [rbp]
paddd mm0, [rax]
paddd xmm8, xmm13
paddd xmm13, xmm13
paddd xmm15, xmm13
paddd xmm8, xmm15
paddd xmm8, oword [rax]
paddd xmm8, oword [r13+0x10]
paddd xmm8, oword [rax+rbx]
paddd xmm8, oword [rax+rcx*2]
paddd xmm8, oword [rbx+rsi*4+0x10]
paddd xmm8, [rax]
vpaddd xmm13, xmm15, xmm0
vpaddd xmm15, xmm15, xmm0
vpaddd xmm0, xmm15, xmm0
vpaddd xmm13, xmm0, xmm0
vpaddd xmm13, xmm1, xmm0
vpaddd xmm13, xmm15, xmm1
vpaddd xmm13, xmm15, oword [rax]
vpaddd xmm13, xmm15, oword [rsp+r12*4+0x80]
vpaddd xmm13, xmm15, oword [0x12345678]
vpaddd xmm13, xmm15, oword [rel $+0x100]
vpaddd xmm13, xmm15, oword [rel $-0x40]
vpaddd xmm13, xmm15, [rax]
vpaddd ymm15, ymm0, ymm1
vpaddd ymm0, ymm0, ymm1
vpaddd ymm1, ymm0, ymm1
vpaddd ymm15, ymm1, ymm1
vpaddd ymm15, ymm7, ymm1
vpaddd ymm15, ymm0, ymm7
vpaddd ymm15, ymm0, yword [rax]
vpaddd ymm15, ymm0, yword [fs:rax]
vpaddd ymm15, ymm0, yword [gs:0x28]
vpaddd ymm15, ymm0, yword [fs:rel $+0x10]
vpaddd ymm15, ymm0, yword [rbx+0x7f]
vpaddd ymm15, ymm0, [rax]
ud0 sp, bp
ud0 bp, bp
ud0 di, bp
ud0 sp, di
ud0 sp, word [rax]
ud0 sp, word [fs:rel $+0x10]
ud0 sp, word [rbx+0x7f]
ud0 sp, word [rcx-0x80]
ud0 sp, word [rdx+0x12345678]
ud0 sp, [rax]
o16 ud0 sp, bp
ud0 ecx, ebx
ud0 ebx, ebx
ud0 esp, ebx
ud0 ecx, esp
ud0 ecx, dword [rax]
ud0 ecx, dword [rbp-0x8]
ud0 ecx, dword [r12]
ud0 ecx, dword [r13]
ud0 ecx, dword [r13+0x10]
ud0 ecx, [rax]
ud0 r12, r13
ud0 r13, r13
ud0 r15, r13
ud0 r12, r15
ud0 r12, qword [rax]
ud0 r12, qword [r8+r9*8-0x10]
ud0 r12, qword [rdi*8+0x1000]
ud0 r12, qword [r15+r14]
ud0 r12, qword [rsp+r12*4+0x80]
ud0 r12, [rax]
o64 ud0 r12, r13
pshufb mm5, mm7
pshufb mm7, mm7
pshufb mm0, mm7
pshufb mm5, mm0
pshufb mm5, qword [rax]
pshufb mm5, qword [eax]
pshufb mm5, qword [ebx+ecx*4+0x8]
pshufb mm5, qword [r10d+0x4]
pshufb mm5, qword [fs:rax]
pshufb mm5, [rax]
pshufb xmm1, xmm7
pshufb xmm7, xmm7
pshufb xmm8, xmm7
pshufb xmm1, xmm8
pshufb xmm1, oword [rax]
pshufb xmm1, oword [rcx-0x80]
pshufb xmm1, oword [rdx+0x12345678]
pshufb xmm1, oword [rsp]
pshufb xmm1, oword [rsp+0x8]
pshufb xmm1, [rax]
vpshufb xmm7, xmm8, xmm13
vpshufb xmm8, xmm8, xmm13
vpshufb xmm13, xmm8, xmm13
vpshufb xmm7, xmm13, xmm13
vpshufb xmm7, xmm15, xmm13
vpshufb xmm7, xmm8, xmm15
vpshufb xmm7, xmm8, oword [rax]
vpshufb xmm7, xmm8, oword [r13]
vpshufb xmm7, xmm8, oword [r13+0x10]
vpshufb xmm7, xmm8, oword [rax+rbx]
vpshufb xmm7, xmm8, oword [rax+rcx*2]
vpshufb xmm7, xmm8, [rax]
vpshufb ymm8, ymm13, ymm15
vpshufb ymm13, ymm13, ymm15
vpshufb ymm15, ymm13, ymm15
vpshufb ymm8, ymm15, ymm15
vpshufb ymm8, ymm0, ymm15
vpshufb ymm8, ymm13, ymm0
vpshufb ymm8, ymm13, yword [rax]
vpshufb ymm8, ymm13, yword [r15+r14]
vpshufb ymm8, ymm13, yword [rsp+r12*4+0x80]
vpshufb ymm8, ymm13, yword [0x12345678]
vpshufb ymm8, ymm13, yword [rel $+0x100]
vpshufb ymm8, ymm13, [rax]
phaddw mm7, mm0
phaddw mm0, mm0
phaddw mm1, mm0
phaddw mm7, mm1
phaddw mm7, qword [rax]
phaddw mm7, qword [0x12345678]
phaddw mm7, qword [rel $+0x100]
phaddw mm7, qword [rel $-0x40]
phaddw mm7, qword [eax]
phaddw mm7, [rax]
phaddw xmm7, xmm8
phaddw xmm8, xmm8
phaddw xmm13, xmm8
phaddw xmm7, xmm13
phaddw xmm7, oword [rax]
phaddw xmm7, oword [gs:0x28]
phaddw xmm7, oword [fs:rel $+0x10]
phaddw xmm7, oword [rbx+0x7f]
phaddw xmm7, oword [rcx-0x80]
phaddw xmm7, [rax]
vphaddw xmm8, xmm13, xmm15
vphaddw xmm13, xmm13, xmm15
vphaddw xmm15, xmm13, xmm15
vphaddw xmm8, xmm15, xmm15
vphaddw xmm8, xmm0, xmm15
vphaddw xmm8, xmm13, xmm0
vphaddw xmm8, xmm13, oword [rax]
vphaddw xmm8, xmm13, oword [rbp]
vphaddw xmm8, xmm13, oword [rbp-0x8]
vphaddw xmm8, xmm13, oword [r12]
vphaddw xmm8, xmm13, oword [r13]
vphaddw xmm8, xmm13, [rax]
vphaddw ymm13, ymm15, ymm0
vphaddw ymm15, ymm15, ymm0
vphaddw ymm0, ymm15, ymm0
vphaddw ymm13, ymm0, ymm0
vphaddw ymm13, ymm1, ymm0
vphaddw ymm13, ymm15, ymm1
vphaddw ymm13, ymm15, yword [rax]
vphaddw ymm13, ymm15, yword [rbx+rsi*4+0x10]
vphaddw ymm13, ymm15, yword [r8+r9*8-0x10]
vphaddw ymm13, ymm15, yword [rdi*8+0x1000]
vphaddw ymm13, ymm15, yword [r15+r14]
vphaddw ymm13, ymm15, [rax]
phaddd mm7, mm0
phaddd mm0, mm0
phaddd mm1, mm0
phaddd mm7, mm1
phaddd mm7, qword [rax]
phaddd mm7, qword [rel $-0x40]
phaddd mm7, qword [eax]
phaddd mm7, qword [ebx+ecx*4+0x8]
phaddd mm7, qword [r10d+0x4]
phaddd mm7, [rax]
phaddd xmm0, xmm1
phaddd xmm1, xmm1
phaddd xmm7, xmm1
phaddd xmm0, xmm7
phaddd xmm0, oword [rax]
phaddd xmm0, oword [rbx+0x7f]
phaddd xmm0, oword [rcx-0x80]
phaddd xmm0, oword [rdx+0x12345678]
phaddd xmm0, oword [rsp]
phaddd xmm0, [rax]
vphaddd xmm1, xmm7, xmm8
vphaddd xmm7, xmm7, xmm8
vphaddd xmm8, xmm7, xmm8
vphaddd xmm1, xmm8, xmm8
vphaddd xmm1, xmm13, xmm8
vphaddd xmm1, xmm7, xmm13
vphaddd xmm1, xmm7, oword [rax]
vphaddd xmm1, xmm7, oword [r12]
vphaddd xmm1, xmm7, oword [r13]
vphaddd xmm1, xmm7, oword [r13+0x10]
vphaddd xmm1, xmm7, oword [rax+rbx]
vphaddd xmm1, xmm7, [rax]
vphaddd ymm7, ymm8, ymm13
vphaddd ymm8, ymm8, ymm13
vphaddd ymm13, ymm8, ymm13
vphaddd ymm7, ymm13, ymm13
vphaddd ymm7, ymm15, ymm13
vphaddd ymm7, ymm8, ymm15
vphaddd ymm7, ymm8, yword [rax]
vphaddd ymm7, ymm8, yword [rdi*8+0x1000]
vphaddd ymm7, ymm8, yword [r15+r14]
vphaddd ymm7, ymm8, yword [rsp+r12*4+0x80]
vphaddd ymm7, ymm8, yword [0x12345678]
vphaddd ymm7, ymm8, [rax]
phaddsw mm7, mm0
phaddsw mm0, mm0
phaddsw mm1, mm0
phaddsw mm7, mm1
phaddsw mm7, qword [rax]
phaddsw mm7, qword [ebx+ecx*4+0x8]
phaddsw mm7, qword [r10d+0x4]
phaddsw mm7, qword [fs:rax]
phaddsw mm7, qword [gs:0x28]
phaddsw mm7, [rax]
phaddsw xmm13, xmm15
phaddsw xmm15, xmm15
phaddsw xmm0, xmm15
phaddsw xmm13, xmm0
phaddsw xmm13, oword [rax]
phaddsw xmm13, oword [rdx+0x12345678]
phaddsw xmm13, oword [rsp]
phaddsw xmm13, oword [rsp+0x8]
phaddsw xmm13, oword [rbp]
phaddsw xmm13, [rax]
vphaddsw xmm15, xmm0, xmm1
vphaddsw xmm0, xmm0, xmm1
vphaddsw xmm1, xmm0, xmm1
vphaddsw xmm15, xmm1, xmm1
vphaddsw xmm15, xmm7, xmm1
vphaddsw xmm15, xmm0, xmm7
vphaddsw xmm15, xmm0, oword [rax]
vphaddsw xmm15, xmm0, oword [r13+0x10]
vphaddsw xmm15, xmm0, oword [rax+rbx]
vphaddsw xmm15, xmm0, oword [rax+rcx*2]
vphaddsw xmm15, xmm0, oword [rbx+rsi*4+0x10]
vphaddsw xmm15, xmm0, [rax]
vphaddsw ymm0, ymm1, ymm7
vphaddsw ymm1, ymm1, ymm7
vphaddsw ymm7, ymm1, ymm7
vphaddsw ymm0, ymm7, ymm7
vphaddsw ymm0, ymm8, ymm7
vphaddsw ymm0, ymm1, ymm8
vphaddsw ymm0, ymm1, yword [rax]
vphaddsw ymm0, ymm1, yword [rsp+r12*4+0x80]
vphaddsw ymm0, ymm1, yword [0x12345678]
vphaddsw ymm0, ymm1, yword [rel $+0x100]
vphaddsw ymm0, ymm1, yword [rel $-0x40]
vphaddsw ymm0, ymm1, [rax]
pmaddubsw mm7, mm0
pmaddubsw mm0, mm0
pmaddubsw mm1, mm0
pmaddubsw mm7, mm1
pmaddubsw mm7, qword [rax]
pmaddubsw mm7, qword [fs:rax]
pmaddubsw mm7, qword [gs:0x28]
pmaddubsw mm7, qword [fs:rel $+0x10]
pmaddubsw mm7, qword [rbx+0x7f]
pmaddubsw mm7, [rax]
pmaddubsw xmm7, xmm8
pmaddubsw xmm8, xmm8
pmaddubsw xmm13, xmm8
pmaddubsw xmm7, xmm13
pmaddubsw xmm7, oword [rax]
pmaddubsw xmm7, oword [rsp+0x8]
pmaddubsw xmm7, oword [rbp]
pmaddubsw xmm7, oword [rbp-0x8]
pmaddubsw xmm7, oword [r12]
pmaddubsw xmm7, [rax]
vpmaddubsw xmm8, xmm13, xmm15
vpmaddubsw xmm13, xmm13, xmm15
vpmaddubsw xmm15, xmm13, xmm15
vpmaddubsw xmm8, xmm15, xmm15
vpmaddubsw xmm8, xmm0, xmm15
vpmaddubsw xmm8, xmm13, xmm0
vpmaddubsw xmm8, xmm13, oword [rax]
vpmaddubsw xmm8, xmm13, oword [rax+rcx*2]
vpmaddubsw xmm8, xmm13, oword [rbx+rsi*4+0x10]
vpmaddubsw xmm8, xmm13, oword [r8+r9*8-0x10]
vpmaddubsw xmm8, xmm13, oword [rdi*8+0x1000]
vpmaddubsw xmm8, xmm13, [rax]
vpmaddubsw ymm13, ymm15, ymm0
vpmaddubsw ymm15, ymm15, ymm0
vpmaddubsw ymm0, ymm15, ymm0
vpmaddubsw ymm13, ymm0, ymm0
vpmaddubsw ymm13, ymm1, ymm0
vpmaddubsw ymm13, ymm15, ymm1
vpmaddubsw ymm13, ymm15, yword [rax]
vpmaddubsw ymm13, ymm15, yword [rel $+0x100]
vpmaddubsw ymm13, ymm15, yword [rel $-0x40]
vpmaddubsw ymm13, ymm15, yword [eax]
vpmaddubsw ymm13, ymm15, yword [ebx+ecx*4+0x8]
vpmaddubsw ymm13, ymm15, [rax]
phsubw mm0, mm1
phsubw mm1, mm1
phsubw mm5, mm1
phsubw mm0, mm5
phsubw mm0, qword [rax]
phsubw mm0, qword [eax]
phsubw mm0, qword [ebx+ecx*4+0x8]
phsubw mm0, qword [r10d+0x4]
phsubw mm0, qword [fs:rax]
phsubw mm0, [rax]
phsubw xmm8, xmm13
phsubw xmm13, xmm13
phsubw xmm15, xmm13
phsubw xmm8, xmm15
phsubw xmm8, oword [rax]
phsubw xmm8, oword [rcx-0x80]
phsubw xmm8, oword [rdx+0x12345678]
phsubw xmm8, oword [rsp]
phsubw xmm8, oword [rsp+0x8]
phsubw xmm8, [rax]
vphsubw xmm13, xmm15, xmm0
vphsubw xmm15, xmm15, xmm0
vphsubw xmm0, xmm15, xmm0
vphsubw xmm13, xmm0, xmm0
vphsubw xmm13, xmm1, xmm0
vphsubw xmm13, xmm15, xmm1
vphsubw xmm13, xmm15, oword [rax]
vphsubw xmm13, xmm15, oword [r13]
vphsubw xmm13, xmm15, oword [r13+0x10]
vphsubw xmm13, xmm15, oword [rax+rbx]
vphsubw xmm13, xmm15, oword [rax+rcx*2]
vphsubw xmm13, xmm15, [rax]
vphsubw ymm15, ymm0, ymm1
vphsubw ymm0, ymm0, ymm1
vphsubw ymm1, ymm0, ymm1
vphsubw ymm15, ymm1, ymm1
vphsubw ymm15, ymm7, ymm1
vphsubw ymm15, ymm0, ymm7
vphsubw ymm15, ymm0, yword [rax]
vphsubw ymm15, ymm0, yword [r15+r14]
vphsubw ymm15, ymm0, yword [rsp+r12*4+0x80]
vphsubw ymm15, ymm0, yword [0x12345678]
vphsubw ymm15, ymm0, yword [rel $+0x100]
vphsubw ymm15, ymm0, [rax]
phsubd mm0, mm1
phsubd mm1, mm1
phsubd mm5, mm1
phsubd mm0, mm5
phsubd mm0, qword [rax]
phsubd mm0, qword [r10d+0x4]
phsubd mm0, qword [fs:rax]
phsubd mm0, qword [gs:0x28]
phsubd mm0, qword [fs:rel $+0x10]
phsubd mm0, [rax]
phsubd xmm1, xmm7
phsubd xmm7, xmm7
phsubd xmm8, xmm7
phsubd xmm1, xmm8
phsubd xmm1, oword [rax]
phsubd xmm1, oword [rsp]
phsubd xmm1, oword [rsp+0x8]
phsubd xmm1, oword [rbp]
phsubd xmm1, oword [rbp-0x8]
phsubd xmm1, [rax]
vphsubd xmm7, xmm8, xmm13
vphsubd xmm8, xmm8, xmm13
vphsubd xmm13, xmm8, xmm13
vphsubd xmm7, xmm13, xmm13
vphsubd xmm7, xmm15, xmm13
vphsubd xmm7, xmm8, xmm15
vphsubd xmm7, xmm8, oword [rax]
vphsubd xmm7, xmm8, oword [rax+rbx]
vphsubd xmm7, xmm8, oword [rax+rcx*2]
vphsubd xmm7, xmm8, oword [rbx+rsi*4+0x10]
vphsubd xmm7, xmm8, oword [r8+r9*8-0x10]
vphsubd xmm7, xmm8, [rax]
vphsubd ymm8, ymm13, ymm15
vphsubd ymm13, ymm13, ymm15
vphsubd ymm15, ymm13, ymm15
vphsubd ymm8, ymm15, ymm15
vphsubd ymm8, ymm0, ymm15
vphsubd ymm8, ymm13, ymm0
vphsubd ymm8, ymm13, yword [rax]
vphsubd ymm8, ymm13, yword [0x12345678]
vphsubd ymm8, ymm13, yword [rel $+0x100]
vphsubd ymm8, ymm13, yword [rel $-0x40]
vphsubd ymm8, ymm13, yword [eax]
vphsubd ymm8, ymm13, [rax]
phsubsw mm0, mm1
phsubsw mm1, mm1
phsubsw mm5, mm1
phsubsw mm0, mm5
phsubsw mm0, qword [rax]
phsubsw mm0, qword [gs:0x28]
phsubsw mm0, qword [fs:rel $+0x10]
phsubsw mm0, qword [rbx+0x7f]
phsubsw mm0, qword [rcx-0x80]
phsubsw mm0, [rax]
phsubsw xmm15, xmm0
phsubsw xmm0, xmm0
phsubsw xmm1, xmm0
phsubsw xmm15, xmm1
phsubsw xmm15, oword [rax]
phsubsw xmm15, oword [rbp]
phsubsw xmm15, oword [rbp-0x8]
phsubsw xmm15, oword [r12]
phsubsw xmm15, oword [r13]
phsubsw xmm15, [rax]
vphsubsw xmm0, xmm1, xmm7
vphsubsw xmm1, xmm1, xmm7
vphsubsw xmm7, xmm1, xmm7
vphsubsw xmm0, xmm7, xmm7
vphsubsw xmm0, xmm8, xmm7
vphsubsw xmm0, xmm1, xmm8
vphsubsw xmm0, xmm1, oword [rax]
vphsubsw xmm0, xmm1, oword [rbx+rsi*4+0x10]
vphsubsw xmm0, xmm1, oword [r8+r9*8-0x10]
vphsubsw xmm0, xmm1, oword [rdi*8+0x1000]
vphsubsw xmm0, xmm1, oword [r15+r14]
vphsubsw xmm0, xmm1, [rax]
vphsubsw ymm1, ymm7, ymm8
vphsubsw ymm7, ymm7, ymm8
vphsubsw ymm8, ymm7, ymm8
vphsubsw ymm1, ymm8, ymm8
vphsubsw ymm1, ymm13, ymm8
vphsubsw ymm1, ymm7, ymm13
vphsubsw ymm1, ymm7, yword [rax]
vphsubsw ymm1, ymm7, yword [rel $-0x40]
vphsubsw ymm1, ymm7, yword [eax]
vphsubsw ymm1, ymm7, yword [ebx+ecx*4+0x8]
vphsubsw ymm1, ymm7, yword [r10d+0x4]
vphsubsw ymm1, ymm7, [rax]
psignb mm0, mm1
psignb mm1, mm1
psignb mm5, mm1
psignb mm0, mm5
psignb mm0, qword [rax]
psignb mm0, qword [rbx+0x7f]
psignb mm0, qword [rcx-0x80]
psignb mm0, qword [rdx+0x12345678]
psignb mm0, qword [rsp]
psignb mm0, [rax]
psignb xmm8, xmm13
psignb xmm13, xmm13
psignb xmm15, xmm13
psignb xmm8, xmm15
psignb xmm8, oword [rax]
psignb xmm8, oword [r12]
psignb xmm8, oword [r13]
psignb xmm8, oword [r13+0x10]
psignb xmm8, oword [rax+rbx]
psignb xmm8, [rax]
vpsignb xmm13, xmm15, xmm0
vpsignb xmm15, xmm15, xmm0
vpsignb xmm0, xmm15, xmm0
vpsignb xmm13, xmm0, xmm0
vpsignb xmm13, xmm1, xmm0
vpsignb xmm13, xmm15, xmm1
vpsignb xmm13, xmm15, oword [rax]
vpsignb xmm13, xmm15, oword [rdi*8+0x1000]
vpsignb xmm13, xmm15, oword [r15+r14]
vpsignb xmm13, xmm15, oword [rsp+r12*4+0x80]
vpsignb xmm13, xmm15, oword [0x12345678]
vpsignb xmm13, xmm15, [rax]
vpsignb ymm15, ymm0, ymm1
vpsignb ymm0, ymm0, ymm1
vpsignb ymm1, ymm0, ymm1
vpsignb ymm15, ymm1, ymm1
vpsignb ymm15, ymm7, ymm1
vpsignb ymm15, ymm0, ymm7
vpsignb ymm15, ymm0, yword [rax]
vpsignb ymm15, ymm0, yword [ebx+ecx*4+0x8]
vpsignb ymm15, ymm0, yword [r10d+0x4]
vpsignb ymm15, ymm0, yword [fs:rax]
vpsignb ymm15, ymm0, yword [gs:0x28]
vpsignb ymm15, ymm0, [rax]
psignw mm0, mm1
psignw mm1, mm1
psignw mm5, mm1
psignw mm0, mm5
psignw mm0, qword [rax]
psignw mm0, qword [rdx+0x12345678]
psignw mm0, qword [rsp]
psignw mm0, qword [rsp+0x8]
psignw mm0, qword [rbp]
psignw mm0, [rax]
psignw xmm1, xmm7
psignw xmm7, xmm7
psignw xmm8, xmm7
psignw xmm1, xmm8
psignw xmm1, oword [rax]
psignw xmm1, oword [r13+0x10]
psignw xmm1, oword [rax+rbx]
psignw xmm1, oword [rax+rcx*2]
psignw xmm1, oword [rbx+rsi*4+0x10]
psignw xmm1, [rax]
vpsignw xmm7, xmm8, xmm13
vpsignw xmm8, xmm8, xmm13
vpsignw xmm13, xmm8, xmm13
vpsignw xmm7, xmm13, xmm13
vpsignw xmm7, xmm15, xmm13
vpsignw xmm7, xmm8, xmm15
vpsignw xmm7, xmm8, oword [rax]
vpsignw xmm7, xmm8, oword [rsp+r12*4+0x80]
vpsignw xmm7, xmm8, oword [0x12345678]
vpsignw xmm7, xmm8, oword [rel $+0x100]
vpsignw xmm7, xmm8, oword [rel $-0x40]
vpsignw xmm7, xmm8, [rax]
vpsignw ymm8, ymm13, ymm15
vpsignw ymm13, ymm13, ymm15
vpsignw ymm15, ymm13, ymm15
vpsignw ymm8, ymm15, ymm15
vpsignw ymm8, ymm0, ymm15
vpsignw ymm8, ymm13, ymm0
vpsignw ymm8, ymm13, yword [rax]
vpsignw ymm8, ymm13, yword [fs:rax]
vpsignw ymm8, ymm13, yword [gs:0x28]
vpsignw ymm8, ymm13, yword [fs:rel $+0x10]
vpsignw ymm8, ymm13, yword [rbx+0x7f]
vpsignw ymm8, ymm13, [rax]
psignd mm0, mm1
psignd mm1, mm1
psignd mm5, mm1
psignd mm0, mm5
psignd mm0, qword [rax]
psignd mm0, qword [rsp+0x8]
psignd mm0, qword [rbp]
psignd mm0, qword [rbp-0x8]
psignd mm0, qword [r12]
psignd mm0, [rax]
psignd xmm15, xmm0
psignd xmm0, xmm0
psignd xmm1, xmm0
psignd xmm15, xmm1
psignd xmm15, oword [rax]
psignd xmm15, oword [rax+rcx*2]
psignd xmm15, oword [rbx+rsi*4+0x10]
psignd xmm15, oword [r8+r9*8-0x10]
psignd xmm15, oword [rdi*8+0x1000]
psignd xmm15, [rax]
vpsignd xmm0, xmm1, xmm7
vpsignd xmm1, xmm1, xmm7
vpsignd xmm7, xmm1, xmm7
vpsignd xmm0, xmm7, xmm7
vpsignd xmm0, xmm8, xmm7
vpsignd xmm0, xmm1, xmm8
vpsignd xmm0, xmm1, oword [rax]
vpsignd xmm0, xmm1, oword [rel $+0x100]
vpsignd xmm0, xmm1, oword [rel $-0x40]
vpsignd xmm0, xmm1, oword [eax]
vpsignd xmm0, xmm1, oword [ebx+ecx*4+0x8]
vpsignd xmm0, xmm1, [rax]
vpsignd ymm1, ymm7, ymm8
vpsignd ymm7, ymm7, ymm8
vpsignd ymm8, ymm7, ymm8
vpsignd ymm1, ymm8, ymm8
vpsignd ymm1, ymm13, ymm8
vpsignd ymm1, ymm7, ymm13
vpsignd ymm1, ymm7, yword [rax]
vpsignd ymm1, ymm7, yword [fs:rel $+0x10]
vpsignd ymm1, ymm7, yword [rbx+0x7f]
vpsignd ymm1, ymm7, yword [rcx-0x80]
vpsignd ymm1, ymm7, yword [rdx+0x12345678]
vpsignd ymm1, ymm7, [rax]
pmulhrsw mm0, mm1
pmulhrsw mm1, mm1
pmulhrsw mm5, mm1
pmulhrsw mm0, mm5
pmulhrsw mm0, qword [rax]
pmulhrsw mm0, qword [rbp-0x8]
pmulhrsw mm0, qword [r12]
pmulhrsw mm0, qword [r13]
pmulhrsw mm0, qword [r13+0x10]
pmulhrsw mm0, [rax]
pmulhrsw xmm8, xmm13
pmulhrsw xmm13, xmm13
pmulhrsw xmm15, xmm13
pmulhrsw xmm8, xmm15
pmulhrsw xmm8, oword [rax]
pmulhrsw xmm8, oword [r8+r9*8-0x10]
pmulhrsw xmm8, oword [rdi*8+0x1000]
pmulhrsw xmm8, oword [r15+r14]
pmulhrsw xmm8, oword [rsp+r12*4+0x80]
pmulhrsw xmm8, [rax]
vpmulhrsw xmm13, xmm15, xmm0
vpmulhrsw xmm15, xmm15, xmm0
vpmulhrsw xmm0, xmm15, xmm0
vpmulhrsw xmm13, xmm0, xmm0
vpmulhrsw xmm13, xmm1, xmm0
vpmulhrsw xmm13, xmm15, xmm1
vpmulhrsw xmm13, xmm15, oword [rax]
vpmulhrsw xmm13, xmm15, oword [eax]
vpmulhrsw xmm13, xmm15, oword [ebx+ecx*4+0x8]
vpmulhrsw xmm13, xmm15, oword [r10d+0x4]
vpmulhrsw xmm13, xmm15, oword [fs:rax]
vpmulhrsw xmm13, xmm15, [rax]
vpmulhrsw ymm15, ymm0, ymm1
vpmulhrsw ymm0, ymm0, ymm1
vpmulhrsw ymm1, ymm0, ymm1
vpmulhrsw ymm15, ymm1, ymm1
vpmulhrsw ymm15, ymm7, ymm1
vpmulhrsw ymm15, ymm0, ymm7
vpmulhrsw ymm15, ymm0, yword [rax]
vpmulhrsw ymm15, ymm0, yword [rcx-0x80]
vpmulhrsw ymm15, ymm0, yword [rdx+0x12345678]
vpmulhrsw ymm15, ymm0, yword [rsp]
vpmulhrsw ymm15, ymm0, yword [rsp+0x8]
vpmulhrsw ymm15, ymm0, [rax]
vpermilps xmm8, xmm13, xmm15
vpermilps xmm13, xmm13, xmm15
vpermilps xmm15, xmm13, xmm15
vpermilps xmm8, xmm15, xmm15
vpermilps xmm8, xmm0, xmm15
vpermilps xmm8, xmm13, xmm0
vpermilps xmm8, xmm13, oword [rax]
vpermilps xmm8, xmm13, oword [rsp]
vpermilps xmm8, xmm13, oword [rsp+0x8]
vpermilps xmm8, xmm13, oword [rbp]
vpermilps xmm8, xmm13, oword [rbp-0x8]
vpermilps xmm8, xmm13, [rax]
vpermilps ymm13, ymm15, ymm0
vpermilps ymm15, ymm15, ymm0
vpermilps ymm0, ymm15, ymm0
vpermilps ymm13, ymm0, ymm0
vpermilps ymm13, ymm1, ymm0
vpermilps ymm13, ymm15, ymm1
vpermilps ymm13, ymm15, yword [rax]
vpermilps ymm13, ymm15, yword [rax+rbx]
vpermilps ymm13, ymm15, yword [rax+rcx*2]
vpermilps ymm13, ymm15, yword [rbx+rsi*4+0x10]
vpermilps ymm13, ymm15, yword [r8+r9*8-0x10]
vpermilps ymm13, ymm15, [rax]
vpermilpd xmm7, xmm8, xmm13
vpermilpd xmm8, xmm8, xmm13
vpermilpd xmm13, xmm8, xmm13
vpermilpd xmm7, xmm13, xmm13
vpermilpd xmm7, xmm15, xmm13
vpermilpd xmm7, xmm8, xmm15
vpermilpd xmm7, xmm8, oword [rax]
vpermilpd xmm7, xmm8, oword [rbx+rsi*4+0x10]
vpermilpd xmm7, xmm8, oword [r8+r9*8-0x10]
vpermilpd xmm7, xmm8, oword [rdi*8+0x1000]
vpermilpd xmm7, xmm8, oword [r15+r14]
vpermilpd xmm7, xmm8, [rax]
vpermilpd ymm8, ymm13, ymm15
vpermilpd ymm13, ymm13, ymm15
vpermilpd ymm15, ymm13, ymm15
vpermilpd ymm8, ymm15, ymm15
vpermilpd ymm8, ymm0, ymm15
vpermilpd ymm8, ymm13, ymm0
vpermilpd ymm8, ymm13, yword [rax]
vpermilpd ymm8, ymm13, yword [rel $-0x40]
vpermilpd ymm8, ymm13, yword [eax]
vpermilpd ymm8, ymm13, yword [ebx+ecx*4+0x8]
vpermilpd ymm8, ymm13, yword [r10d+0x4]
vpermilpd ymm8, ymm13, [rax]
vtestps xmm1, xmm7
vtestps xmm7, xmm7
vtestps xmm8, xmm7
vtestps xmm1, xmm8
vtestps xmm1, oword [rax]
vtestps xmm1, oword [ebx+ecx*4+0x8]
vtestps xmm1, oword [r10d+0x4]
vtestps xmm1, oword [fs:rax]
vtestps xmm1, oword [gs:0x28]
vtestps xmm1, [rax]
vtestps ymm7, ymm8
vtestps ymm8, ymm8
vtestps ymm13, ymm8
vtestps ymm7, ymm13
vtestps ymm7, yword [rax]
vtestps ymm7, yword [rdx+0x12345678]
vtestps ymm7, yword [rsp]
vtestps ymm7, yword [rsp+0x8]
vtestps ymm7, yword [rbp]
vtestps ymm7, [rax]
vtestpd xmm8, xmm13
vtestpd xmm13, xmm13
vtestpd xmm15, xmm13
vtestpd xmm8, xmm15
vtestpd xmm8, oword [rax]
vtestpd xmm8, oword [r13+0x10]
vtestpd xmm8, oword [rax+rbx]
vtestpd xmm8, oword [rax+rcx*2]
vtestpd xmm8, oword [rbx+rsi*4+0x10]
vtestpd xmm8, [rax]
vtestpd ymm13, ymm15
vtestpd ymm15, ymm15
vtestpd ymm0, ymm15
vtestpd ymm13, ymm0
vtestpd ymm13, yword [rax]
vtestpd ymm13, yword [rsp+r12*4+0x80]
vtestpd ymm13, yword [0x12345678]
vtestpd ymm13, yword [rel $+0x100]
vtestpd ymm13, yword [rel $-0x40]
vtestpd ymm13, [rax]
pblendvb xmm15, xmm0
pblendvb xmm0, xmm0
pblendvb xmm1, xmm0
pblendvb xmm15, xmm1
pblendvb xmm15, oword [rax]
pblendvb xmm15, oword [fs:rax]
pblendvb xmm15, oword [gs:0x28]
pblendvb xmm15, oword [fs:rel $+0x10]
pblendvb xmm15, oword [rbx+0x7f]
pblendvb xmm15, [rax]
vcvtph2ps xmm0, xmm1
vcvtph2ps xmm1, xmm1
vcvtph2ps xmm7, xmm1
vcvtph2ps xmm0, xmm7
vcvtph2ps xmm0, qword [rax]
vcvtph2ps xmm0, qword [rbx+0x7f]
vcvtph2ps xmm0, qword [rcx-0x80]
vcvtph2ps xmm0, qword [rdx+0x12345678]
vcvtph2ps xmm0, qword [rsp]
vcvtph2ps xmm0, [rax]
vcvtph2ps ymm1, xmm7
vcvtph2ps ymm7, xmm7
vcvtph2ps ymm8, xmm7
vcvtph2ps ymm1, xmm8
vcvtph2ps ymm1, oword [rax]
vcvtph2ps ymm1, oword [r12]
vcvtph2ps ymm1, oword [r13]
vcvtph2ps ymm1, oword [r13+0x10]
vcvtph2ps ymm1, oword [rax+rbx]
vcvtph2ps ymm1, [rax]
blendvps xmm7, xmm8
blendvps xmm8, xmm8
blendvps xmm13, xmm8
blendvps xmm7, xmm13
blendvps xmm7, oword [rax]
blendvps xmm7, oword [rsp+0x8]
blendvps xmm7, oword [rbp]
blendvps xmm7, oword [rbp-0x8]
blendvps xmm7, oword [r12]
blendvps xmm7, [rax]
blendvpd xmm0, xmm1
blendvpd xmm1, xmm1
blendvpd xmm7, xmm1
blendvpd xmm0, xmm7
blendvpd xmm0, oword [rax]
blendvpd xmm0, oword [r10d+0x4]
blendvpd xmm0, oword [fs:rax]
blendvpd xmm0, oword [gs:0x28]
blendvpd xmm0, oword [fs:rel $+0x10]
blendvpd xmm0, [rax]
vpermps ymm13, ymm15, ymm0
vpermps ymm15, ymm15, ymm0
vpermps ymm0, ymm15, ymm0
vpermps ymm13, ymm0, ymm0
vpermps ymm13, ymm1, ymm0
vpermps ymm13, ymm15, ymm1
vpermps ymm13, ymm15, yword [rax]
vpermps ymm13, ymm15, yword [rdi*8+0x1000]
vpermps ymm13, ymm15, yword [r15+r14]
vpermps ymm13, ymm15, yword [rsp+r12*4+0x80]
vpermps ymm13, ymm15, yword [0x12345678]
vpermps ymm13, ymm15, [rax]
ptest xmm8, xmm13
ptest xmm13, xmm13
ptest xmm15, xmm13
ptest xmm8, xmm15
ptest xmm8, oword [rax]
ptest xmm8, oword [fs:rax]
ptest xmm8, oword [gs:0x28]
ptest xmm8, oword [fs:rel $+0x10]
ptest xmm8, oword [rbx+0x7f]
ptest xmm8, [rax]
vptest xmm13, xmm15
vptest xmm15, xmm15
vptest xmm0, xmm15
vptest xmm13, xmm0
vptest xmm13, oword [rax]
vptest xmm13, oword [rsp+0x8]
vptest xmm13, oword [rbp]
vptest xmm13, oword [rbp-0x8]
vptest xmm13, oword [r12]
vptest xmm13, [rax]
vptest ymm15, ymm0
vptest ymm0, ymm0
vptest ymm1, ymm0
vptest ymm15, ymm1
vptest ymm15, yword [rax]
vptest ymm15, yword [rax+rcx*2]
vptest ymm15, yword [rbx+rsi*4+0x10]
vptest ymm15, yword [r8+r9*8-0x10]
vptest ymm15, yword [rdi*8+0x1000]
vptest ymm15, [rax]
vbroadcastss xmm0, dword [rax]
vbroadcastss xmm1, dword [rax]
vbroadcastss xmm7, dword [rax]
vbroadcastss xmm0, dword [rel $+0x100]
vbroadcastss xmm0, dword [rel $-0x40]
vbroadcastss xmm0, dword [eax]
vbroadcastss xmm0, dword [ebx+ecx*4+0x8]
vbroadcastss xmm0, [rax]
vbroadcastss ymm1, dword [rax]
vbroadcastss ymm7, dword [rax]
vbroadcastss ymm8, dword [rax]
vbroadcastss ymm1, dword [fs:rel $+0x10]
vbroadcastss ymm1, dword [rbx+0x7f]
vbroadcastss ymm1, dword [rcx-0x80]
vbroadcastss ymm1, dword [rdx+0x12345678]
vbroadcastss ymm1, [rax]
vbroadcastsd ymm15, qword [rax]
vbroadcastsd ymm0, qword [rax]
vbroadcastsd ymm1, qword [rax]
vbroadcastsd ymm15, qword [rcx-0x80]
vbroadcastsd ymm15, qword [rdx+0x12345678]
vbroadcastsd ymm15, qword [rsp]
vbroadcastsd ymm15, qword [rsp+0x8]
vbroadcastsd ymm15, [rax]
vbroadcastf128 ymm13, oword [rax]
vbroadcastf128 ymm15, oword [rax]
vbroadcastf128 ymm0, oword [rax]
vbroadcastf128 ymm13, oword [rax+rbx]
vbroadcastf128 ymm13, oword [rax+rcx*2]
vbroadcastf128 ymm13, oword [rbx+rsi*4+0x10]
vbroadcastf128 ymm13, oword [r8+r9*8-0x10]
vbroadcastf128 ymm13, [rax]
pabsb mm7, mm0
pabsb mm0, mm0
pabsb mm1, mm0
pabsb mm7, mm1
pabsb mm7, qword [rax]
pabsb mm7, qword [r12]
pabsb mm7, qword [r13]
pabsb mm7, qword [r13+0x10]
pabsb mm7, qword [rax+rbx]
pabsb mm7, [rax]
pabsb xmm0, xmm1
pabsb xmm1, xmm1
pabsb xmm7, xmm1
pabsb xmm0, xmm7
pabsb xmm0, oword [rax]
pabsb xmm0, oword [rdi*8+0x1000]
pabsb xmm0, oword [r15+r14]
pabsb xmm0, oword [rsp+r12*4+0x80]
pabsb xmm0, oword [0x12345678]
pabsb xmm0, [rax]
vpabsb xmm1, xmm7
vpabsb xmm7, xmm7
vpabsb xmm8, xmm7
vpabsb xmm1, xmm8
vpabsb xmm1, oword [rax]
vpabsb xmm1, oword [ebx+ecx*4+0x8]
vpabsb xmm1, oword [r10d+0x4]
vpabsb xmm1, oword [fs:rax]
vpabsb xmm1, oword [gs:0x28]
vpabsb xmm1, [rax]
vpabsb ymm7, ymm8
vpabsb ymm8, ymm8
vpabsb ymm13, ymm8
vpabsb ymm7, ymm13
vpabsb ymm7, yword [rax]
vpabsb ymm7, yword [rdx+0x12345678]
vpabsb ymm7, yword [rsp]
vpabsb ymm7, yword [rsp+0x8]
vpabsb ymm7, yword [rbp]
vpabsb ymm7, [rax]
pabsw mm0, mm1
pabsw mm1, mm1
pabsw mm5, mm1
pabsw mm0, mm5
pabsw mm0, qword [rax]
pabsw mm0, qword [rsp+0x8]
pabsw mm0, qword [rbp]
pabsw mm0, qword [rbp-0x8]
pabsw mm0, qword [r12]
pabsw mm0, [rax]
pabsw xmm1, xmm7
pabsw xmm7, xmm7
pabsw xmm8, xmm7
pabsw xmm1, xmm8
pabsw xmm1, oword [rax]
pabsw xmm1, oword [rax+rcx*2]
pabsw xmm1, oword [rbx+rsi*4+0x10]
pabsw xmm1, oword [r8+r9*8-0x10]
pabsw xmm1, oword [rdi*8+0x1000]
pabsw xmm1, [rax]
vpabsw xmm7, xmm8
vpabsw xmm8, xmm8
vpabsw xmm13, xmm8
vpabsw xmm7, xmm13
vpabsw xmm7, oword [rax]
vpabsw xmm7, oword [rel $+0x100]
vpabsw xmm7, oword [rel $-0x40]
vpabsw xmm7, oword [eax]
vpabsw xmm7, oword [ebx+ecx*4+0x8]
vpabsw xmm7, [rax]
vpabsw ymm8, ymm13
vpabsw ymm13, ymm13
vpabsw ymm15, ymm13
vpabsw ymm8, ymm15
vpabsw ymm8, yword [rax]
vpabsw ymm8, yword [fs:rel $+0x10]
vpabsw ymm8, yword [rbx+0x7f]
vpabsw ymm8, yword [rcx-0x80]
vpabsw ymm8, yword [rdx+0x12345678]
vpabsw ymm8, [rax]
pabsd mm1, mm5
pabsd mm5, mm5
pabsd mm7, mm5
pabsd mm1, mm7
pabsd mm1, qword [rax]
pabsd mm1, qword [rcx-0x80]
pabsd mm1, qword [rdx+0x12345678]
pabsd mm1, qword [rsp]
pabsd mm1, qword [rsp+0x8]
pabsd mm1, [rax]
pabsd xmm7, xmm8
pabsd xmm8, xmm8
pabsd xmm13, xmm8
pabsd xmm7, xmm13
pabsd xmm7, oword [rax]
pabsd xmm7, oword [r13]
pabsd xmm7, oword [r13+0x10]
pabsd xmm7, oword [rax+rbx]
pabsd xmm7, oword [rax+rcx*2]
pabsd xmm7, [rax]
vpabsd xmm8, xmm13
vpabsd xmm13, xmm13
vpabsd xmm15, xmm13
vpabsd xmm8, xmm15
vpabsd xmm8, oword [rax]
vpabsd xmm8, oword [r15+r14]
vpabsd xmm8, oword [rsp+r12*4+0x80]
vpabsd xmm8, oword [0x12345678]
vpabsd xmm8, oword [rel $+0x100]
vpabsd xmm8, [rax]
vpabsd ymm13, ymm15
vpabsd ymm15, ymm15
vpabsd ymm0, ymm15
vpabsd ymm13, ymm0
vpabsd ymm13, yword [rax]
vpabsd ymm13, yword [r10d+0x4]
vpabsd ymm13, yword [fs:rax]
vpabsd ymm13, yword [gs:0x28]
vpabsd ymm13, yword [fs:rel $+0x10]
vpabsd ymm13, [rax]
pmovsxbw xmm15, xmm0
pmovsxbw xmm0, xmm0
pmovsxbw xmm1, xmm0
pmovsxbw xmm15, xmm1
pmovsxbw xmm15, qword [rax]
pmovsxbw xmm15, qword [rel $-0x40]
pmovsxbw xmm15, qword [eax]
pmovsxbw xmm15, qword [ebx+ecx*4+0x8]
pmovsxbw xmm15, qword [r10d+0x4]
pmovsxbw xmm15, [rax]
vpmovsxbw xmm0, xmm1
vpmovsxbw xmm1, xmm1
vpmovsxbw xmm7, xmm1
vpmovsxbw xmm0, xmm7
vpmovsxbw xmm0, qword [rax]
vpmovsxbw xmm0, qword [rbx+0x7f]
vpmovsxbw xmm0, qword [rcx-0x80]
vpmovsxbw xmm0, qword [rdx+0x12345678]
vpmovsxbw xmm0, qword [rsp]
vpmovsxbw xmm0, [rax]
vpmovsxbw ymm1, xmm7
vpmovsxbw ymm7, xmm7
vpmovsxbw ymm8, xmm7
vpmovsxbw ymm1, xmm8
vpmovsxbw ymm1, oword [rax]
vpmovsxbw ymm1, oword [r12]
vpmovsxbw ymm1, oword [r13]
vpmovsxbw ymm1, oword [r13+0x10]
vpmovsxbw ymm1, oword [rax+rbx]
vpmovsxbw ymm1, [rax]
pmovsxbd xmm7, xmm8
pmovsxbd xmm8, xmm8
pmovsxbd xmm13, xmm8
pmovsxbd xmm7, xmm13
pmovsxbd xmm7, dword [rax]
pmovsxbd xmm7, dword [rsp+0x8]
pmovsxbd xmm7, dword [rbp]
pmovsxbd xmm7, dword [rbp-0x8]
pmovsxbd xmm7, dword [r12]
pmovsxbd xmm7, [rax]
vpmovsxbd xmm8, xmm13
vpmovsxbd xmm13, xmm13
vpmovsxbd xmm15, xmm13
vpmovsxbd xmm8, xmm15
vpmovsxbd xmm8, dword [rax]
vpmovsxbd xmm8, dword [rax+rcx*2]
vpmovsxbd xmm8, dword [rbx+rsi*4+0x10]
vpmovsxbd xmm8, dword [r8+r9*8-0x10]
vpmovsxbd xmm8, dword [rdi*8+0x1000]
vpmovsxbd xmm8, [rax]
vpmovsxbd ymm13, xmm15
vpmovsxbd ymm15, xmm15
vpmovsxbd ymm0, xmm15
vpmovsxbd ymm13, xmm0
vpmovsxbd ymm13, qword [rax]
vpmovsxbd ymm13, qword [rel $+0x100]
vpmovsxbd ymm13, qword [rel $-0x40]
vpmovsxbd ymm13, qword [eax]
vpmovsxbd ymm13, qword [ebx+ecx*4+0x8]
vpmovsxbd ymm13, [rax]
pmovsxbq xmm15, xmm0
pmovsxbq xmm0, xmm0
pmovsxbq xmm1, xmm0
pmovsxbq xmm15, xmm1
pmovsxbq xmm15, word [rax]
pmovsxbq xmm15, word [r15+r14]
pmovsxbq xmm15, word [rsp+r12*4+0x80]
pmovsxbq xmm15, word [0x12345678]
pmovsxbq xmm15, word [rel $+0x100]
pmovsxbq xmm15, [rax]
vpmovsxbq xmm0, xmm1
vpmovsxbq xmm1, xmm1
vpmovsxbq xmm7, xmm1
vpmovsxbq xmm0, xmm7
vpmovsxbq xmm0, word [rax]
vpmovsxbq xmm0, word [r10d+0x4]
vpmovsxbq xmm0, word [fs:rax]
vpmovsxbq xmm0, word [gs:0x28]
vpmovsxbq xmm0, word [fs:rel $+0x10]
vpmovsxbq xmm0, [rax]
vpmovsxbq ymm1, xmm7
vpmovsxbq ymm7, xmm7
vpmovsxbq ymm8, xmm7
vpmovsxbq ymm1, xmm8
vpmovsxbq ymm1, dword [rax]
vpmovsxbq ymm1, dword [rsp]
vpmovsxbq ymm1, dword [rsp+0x8]
vpmovsxbq ymm1, dword [rbp]
vpmovsxbq ymm1, dword [rbp-0x8]
vpmovsxbq ymm1, [rax]
pmovsxwd xmm7, xmm8
pmovsxwd xmm8, xmm8
pmovsxwd xmm13, xmm8
pmovsxwd xmm7, xmm13
pmovsxwd xmm7, qword [rax]
pmovsxwd xmm7, qword [rbx+0x7f]
pmovsxwd xmm7, qword [rcx-0x80]
pmovsxwd xmm7, qword [rdx+0x12345678]
pmovsxwd xmm7, qword [rsp]
pmovsxwd xmm7, [rax]
vpmovsxwd xmm8, xmm13
vpmovsxwd xmm13, xmm13
vpmovsxwd xmm15, xmm13
vpmovsxwd xmm8, xmm15
vpmovsxwd xmm8, qword [rax]
vpmovsxwd xmm8, qword [r12]
vpmovsxwd xmm8, qword [r13]
vpmovsxwd xmm8, qword [r13+0x10]
vpmovsxwd xmm8, qword [rax+rbx]
vpmovsxwd xmm8, [rax]
vpmovsxwd ymm13, xmm15
vpmovsxwd ymm15, xmm15
vpmovsxwd ymm0, xmm15
vpmovsxwd ymm13, xmm0
vpmovsxwd ymm13, oword [rax]
vpmovsxwd ymm13, oword [rdi*8+0x1000]
vpmovsxwd ymm13, oword [r15+r14]
vpmovsxwd ymm13, oword [rsp+r12*4+0x80]
vpmovsxwd ymm13, oword [0x12345678]
vpmovsxwd ymm13, [rax]
pmovsxwq xmm15, xmm0
pmovsxwq xmm0, xmm0
pmovsxwq xmm1, xmm0
pmovsxwq xmm15, xmm1
pmovsxwq xmm15, dword [rax]
pmovsxwq xmm15, dword [rax+rcx*2]
pmovsxwq xmm15, dword [rbx+rsi*4+0x10]
pmovsxwq xmm15, dword [r8+r9*8-0x10]
pmovsxwq xmm15, dword [rdi*8+0x1000]
pmovsxwq xmm15, [rax]
vpmovsxwq xmm0, xmm1
vpmovsxwq xmm1, xmm1
vpmovsxwq xmm7, xmm1
vpmovsxwq xmm0, xmm7
vpmovsxwq xmm0, dword [rax]
vpmovsxwq xmm0, dword [rel $+0x100]
vpmovsxwq xmm0, dword [rel $-0x40]
vpmovsxwq xmm0, dword [eax]
vpmovsxwq xmm0, dword [ebx+ecx*4+0x8]
vpmovsxwq xmm0, [rax]
vpmovsxwq ymm1, xmm7
vpmovsxwq ymm7, xmm7
vpmovsxwq ymm8, xmm7
vpmovsxwq ymm1, xmm8
vpmovsxwq ymm1, qword [rax]
vpmovsxwq ymm1, qword [fs:rel $+0x10]
vpmovsxwq ymm1, qword [rbx+0x7f]
vpmovsxwq ymm1, qword [rcx-0x80]
vpmovsxwq ymm1, qword [rdx+0x12345678]
vpmovsxwq ymm1, [rax]
pmovsxdq xmm7, xmm8
pmovsxdq xmm8, xmm8
pmovsxdq xmm13, xmm8
pmovsxdq xmm7, xmm13
pmovsxdq xmm7, qword [rax]
pmovsxdq xmm7, qword [r10d+0x4]
pmovsxdq xmm7, qword [fs:rax]
pmovsxdq xmm7, qword [gs:0x28]
pmovsxdq xmm7, qword [fs:rel $+0x10]
pmovsxdq xmm7, [rax]
vpmovsxdq xmm8, xmm13
vpmovsxdq xmm13, xmm13
vpmovsxdq xmm15, xmm13
vpmovsxdq xmm8, xmm15
vpmovsxdq xmm8, qword [rax]
vpmovsxdq xmm8, qword [rsp]
vpmovsxdq xmm8, qword [rsp+0x8]
vpmovsxdq xmm8, qword [rbp]
vpmovsxdq xmm8, qword [rbp-0x8]
vpmovsxdq xmm8, [rax]
vpmovsxdq ymm13, xmm15
vpmovsxdq ymm15, xmm15
vpmovsxdq ymm0, xmm15
vpmovsxdq ymm13, xmm0
vpmovsxdq ymm13, oword [rax]
vpmovsxdq ymm13, oword [rax+rbx]
vpmovsxdq ymm13, oword [rax+rcx*2]
vpmovsxdq ymm13, oword [rbx+rsi*4+0x10]
vpmovsxdq ymm13, oword [r8+r9*8-0x10]
vpmovsxdq ymm13, [rax]
pmuldq xmm15, xmm0
pmuldq xmm0, xmm0
pmuldq xmm1, xmm0
pmuldq xmm15, xmm1
pmuldq xmm15, oword [rax]
pmuldq xmm15, oword [rel $-0x40]
pmuldq xmm15, oword [eax]
pmuldq xmm15, oword [ebx+ecx*4+0x8]
pmuldq xmm15, oword [r10d+0x4]
pmuldq xmm15, [rax]
vpmuldq xmm0, xmm1, xmm7
vpmuldq xmm1, xmm1, xmm7
vpmuldq xmm7, xmm1, xmm7
vpmuldq xmm0, xmm7, xmm7
vpmuldq xmm0, xmm8, xmm7
vpmuldq xmm0, xmm1, xmm8
vpmuldq xmm0, xmm1, oword [rax]
vpmuldq xmm0, xmm1, oword [rbx+0x7f]
vpmuldq xmm0, xmm1, oword [rcx-0x80]
vpmuldq xmm0, xmm1, oword [rdx+0x12345678]
vpmuldq xmm0, xmm1, oword [rsp]
vpmuldq xmm0, xmm1, [rax]
vpmuldq ymm1, ymm7, ymm8
vpmuldq ymm7, ymm7, ymm8
vpmuldq ymm8, ymm7, ymm8
vpmuldq ymm1, ymm8, ymm8
vpmuldq ymm1, ymm13, ymm8
vpmuldq ymm1, ymm7, ymm13
vpmuldq ymm1, ymm7, yword [rax]
vpmuldq ymm1, ymm7, yword [r12]
vpmuldq ymm1, ymm7, yword [r13]
vpmuldq ymm1, ymm7, yword [r13+0x10]
vpmuldq ymm1, ymm7, yword [rax+rbx]
vpmuldq ymm1, ymm7, [rax]
pcmpeqq xmm15, xmm0
pcmpeqq xmm0, xmm0
pcmpeqq xmm1, xmm0
pcmpeqq xmm15, xmm1
pcmpeqq xmm15, oword [rax]
pcmpeqq xmm15, oword [fs:rel $+0x10]
pcmpeqq xmm15, oword [rbx+0x7f]
pcmpeqq xmm15, oword [rcx-0x80]
pcmpeqq xmm15, oword [rdx+0x12345678]
pcmpeqq xmm15, [rax]
vpcmpeqq xmm0, xmm1, xmm7
vpcmpeqq xmm1, xmm1, xmm7
vpcmpeqq xmm7, xmm1, xmm7
vpcmpeqq xmm0, xmm7, xmm7
vpcmpeqq xmm0, xmm8, xmm7
vpcmpeqq xmm0, xmm1, xmm8
vpcmpeqq xmm0, xmm1, oword [rax]
vpcmpeqq xmm0, xmm1, oword [rbp-0x8]
vpcmpeqq xmm0, xmm1, oword [r12]
vpcmpeqq xmm0, xmm1, oword [r13]
vpcmpeqq xmm0, xmm1, oword [r13+0x10]
vpcmpeqq xmm0, xmm1, [rax]
vpcmpeqq ymm1, ymm7, ymm8
vpcmpeqq ymm7, ymm7, ymm8
vpcmpeqq ymm8, ymm7, ymm8
vpcmpeqq ymm1, ymm8, ymm8
vpcmpeqq ymm1, ymm13, ymm8
vpcmpeqq ymm1, ymm7, ymm13
vpcmpeqq ymm1, ymm7, yword [rax]
vpcmpeqq ymm1, ymm7, yword [r8+r9*8-0x10]
vpcmpeqq ymm1, ymm7, yword [rdi*8+0x1000]
vpcmpeqq ymm1, ymm7, yword [r15+r14]
vpcmpeqq ymm1, ymm7, yword [rsp+r12*4+0x80]
vpcmpeqq ymm1, ymm7, [rax]
movntdqa xmm15, oword [rax]
movntdqa xmm0, oword [rax]
movntdqa xmm1, oword [rax]
movntdqa xmm15, oword [rbp]
movntdqa xmm15, oword [rbp-0x8]
movntdqa xmm15, oword [r12]
movntdqa xmm15, oword [r13]
movntdqa xmm15, [rax]
vmovntdqa xmm0, oword [rax]
vmovntdqa xmm1, oword [rax]
vmovntdqa xmm7, oword [rax]
vmovntdqa xmm0, oword [rbx+rsi*4+0x10]
vmovntdqa xmm0, oword [r8+r9*8-0x10]
vmovntdqa xmm0, oword [rdi*8+0x1000]
vmovntdqa xmm0, oword [r15+r14]
vmovntdqa xmm0, [rax]
vmovntdqa ymm1, yword [rax]
vmovntdqa ymm7, yword [rax]
vmovntdqa ymm8, yword [rax]
vmovntdqa ymm1, yword [rel $-0x40]
vmovntdqa ymm1, yword [eax]
vmovntdqa ymm1, yword [ebx+ecx*4+0x8]
vmovntdqa ymm1, yword [r10d+0x4]
vmovntdqa ymm1, [rax]
packusdw xmm7, xmm8
packusdw xmm8, xmm8
packusdw xmm13, xmm8
packusdw xmm7, xmm13
packusdw xmm7, oword [rax]
packusdw xmm7, oword [rsp+r12*4+0x80]
packusdw xmm7, oword [0x12345678]
packusdw xmm7, oword [rel $+0x100]
packusdw xmm7, oword [rel $-0x40]
packusdw xmm7, [rax]
vpackusdw xmm8, xmm13, xmm15
vpackusdw xmm13, xmm13, xmm15
vpackusdw xmm15, xmm13, xmm15
vpackusdw xmm8, xmm15, xmm15
vpackusdw xmm8, xmm0, xmm15
vpackusdw xmm8, xmm13, xmm0
vpackusdw xmm8, xmm13, oword [rax]
vpackusdw xmm8, xmm13, oword [fs:rax]
vpackusdw xmm8, xmm13, oword [gs:0x28]
vpackusdw xmm8, xmm13, oword [fs:rel $+0x10]
vpackusdw xmm8, xmm13, oword [rbx+0x7f]
vpackusdw xmm8, xmm13, [rax]
vpackusdw ymm13, ymm15, ymm0
vpackusdw ymm15, ymm15, ymm0
vpackusdw ymm0, ymm15, ymm0
vpackusdw ymm13, ymm0, ymm0
vpackusdw ymm13, ymm1, ymm0
vpackusdw ymm13, ymm15, ymm1
vpackusdw ymm13, ymm15, yword [rax]
vpackusdw ymm13, ymm15, yword [rsp+0x8]
vpackusdw ymm13, ymm15, yword [rbp]
vpackusdw ymm13, ymm15, yword [rbp-0x8]
vpackusdw ymm13, ymm15, yword [r12]
vpackusdw ymm13, ymm15, [rax]
vmaskmovps xmm7, xmm8, oword [rax]
vmaskmovps xmm8, xmm8, oword [rax]
vmaskmovps xmm13, xmm8, oword [rax]
vmaskmovps xmm7, xmm13, oword [rax]
vmaskmovps xmm7, xmm15, oword [rax]
vmaskmovps xmm7, xmm8, oword [rbp-0x8]
vmaskmovps xmm7, xmm8, oword [r12]
vmaskmovps xmm7, xmm8, oword [r13]
vmaskmovps xmm7, xmm8, oword [r13+0x10]
vmaskmovps xmm7, xmm8, [rax]
vmaskmovps ymm8, ymm13, yword [rax]
vmaskmovps ymm13, ymm13, yword [rax]
vmaskmovps ymm15, ymm13, yword [rax]
vmaskmovps ymm8, ymm15, yword [rax]
vmaskmovps ymm8, ymm0, yword [rax]
vmaskmovps ymm8, ymm13, yword [r8+r9*8-0x10]
vmaskmovps ymm8, ymm13, yword [rdi*8+0x1000]
vmaskmovps ymm8, ymm13, yword [r15+r14]
vmaskmovps ymm8, ymm13, yword [rsp+r12*4+0x80]
vmaskmovps ymm8, ymm13, [rax]
vmaskmovpd xmm13, xmm15, oword [rax]
vmaskmovpd xmm15, xmm15, oword [rax]
vmaskmovpd xmm0, xmm15, oword [rax]
vmaskmovpd xmm13, xmm0, oword [rax]
vmaskmovpd xmm13, xmm1, oword [rax]
vmaskmovpd xmm13, xmm15, oword [rax+rbx]
vmaskmovpd xmm13, xmm15, oword [rax+rcx*2]
vmaskmovpd xmm13, xmm15, oword [rbx+rsi*4+0x10]
vmaskmovpd xmm13, xmm15, oword [r8+r9*8-0x10]
vmaskmovpd xmm13, xmm15, [rax]
vmaskmovpd ymm15, ymm0, yword [rax]
vmaskmovpd ymm0, ymm0, yword [rax]
vmaskmovpd ymm1, ymm0, yword [rax]
vmaskmovpd ymm15, ymm1, yword [rax]
vmaskmovpd ymm15, ymm7, yword [rax]
vmaskmovpd ymm15, ymm0, yword [0x12345678]
vmaskmovpd ymm15, ymm0, yword [rel $+0x100]
vmaskmovpd ymm15, ymm0, yword [rel $-0x40]
vmaskmovpd ymm15, ymm0, yword [eax]
vmaskmovpd ymm15, ymm0, [rax]
vmaskmovps oword [rax], xmm8, xmm13
vmaskmovps oword [rbx+rsi*4+0x10], xmm8, xmm13
vmaskmovps oword [r8+r9*8-0x10], xmm8, xmm13
vmaskmovps oword [rdi*8+0x1000], xmm8, xmm13
vmaskmovps oword [r15+r14], xmm8, xmm13
vmaskmovps [rax], xmm8, xmm13
vmaskmovps oword [rax], xmm13, xmm13
vmaskmovps oword [rax], xmm15, xmm13
vmaskmovps oword [rax], xmm8, xmm15
vmaskmovps oword [rax], xmm8, xmm0
vmaskmovps yword [rax], ymm13, ymm15
vmaskmovps yword [rel $-0x40], ymm13, ymm15
vmaskmovps yword [eax], ymm13, ymm15
vmaskmovps yword [ebx+ecx*4+0x8], ymm13, ymm15
vmaskmovps yword [r10d+0x4], ymm13, ymm15
vmaskmovps [rax], ymm13, ymm15
vmaskmovps yword [rax], ymm15, ymm15
vmaskmovps yword [rax], ymm0, ymm15
vmaskmovps yword [rax], ymm13, ymm0
vmaskmovps yword [rax], ymm13, ymm1
vmaskmovpd oword [rax], xmm15, xmm0
vmaskmovpd oword [rbx+0x7f], xmm15, xmm0
vmaskmovpd oword [rcx-0x80], xmm15, xmm0
vmaskmovpd oword [rdx+0x12345678], xmm15, xmm0
vmaskmovpd oword [rsp], xmm15, xmm0
vmaskmovpd [rax], xmm15, xmm0
vmaskmovpd oword [rax], xmm0, xmm0
vmaskmovpd oword [rax], xmm1, xmm0
vmaskmovpd oword [rax], xmm15, xmm1
vmaskmovpd oword [rax], xmm15, xmm7
vmaskmovpd yword [rax], ymm0, ymm1
vmaskmovpd yword [r12], ymm0, ymm1
vmaskmovpd yword [r13], ymm0, ymm1
vmaskmovpd yword [r13+0x10], ymm0, ymm1
vmaskmovpd yword [rax+rbx], ymm0, ymm1
vmaskmovpd [rax], ymm0, ymm1
vmaskmovpd yword [rax], ymm1, ymm1
vmaskmovpd yword [rax], ymm7, ymm1
vmaskmovpd yword [rax], ymm0, ymm7
vmaskmovpd yword [rax], ymm0, ymm8
pmovzxbw xmm0, xmm1
pmovzxbw xmm1, xmm1
pmovzxbw xmm7, xmm1
pmovzxbw xmm0, xmm7
pmovzxbw xmm0, qword [rax]
pmovzxbw xmm0, qword [rdi*8+0x1000]
pmovzxbw xmm0, qword [r15+r14]
pmovzxbw xmm0, qword [rsp+r12*4+0x80]
pmovzxbw xmm0, qword [0x12345678]
pmovzxbw xmm0, [rax]
vpmovzxbw xmm1, xmm7
vpmovzxbw xmm7, xmm7
vpmovzxbw xmm8, xmm7
vpmovzxbw xmm1, xmm8
vpmovzxbw xmm1, qword [rax]
vpmovzxbw xmm1, qword [ebx+ecx*4+0x8]
vpmovzxbw xmm1, qword [r10d+0x4]
vpmovzxbw xmm1, qword [fs:rax]
vpmovzxbw xmm1, qword [gs:0x28]
vpmovzxbw xmm1, [rax]
vpmovzxbw ymm7, xmm8
vpmovzxbw ymm8, xmm8
vpmovzxbw ymm13, xmm8
vpmovzxbw ymm7, xmm13
vpmovzxbw ymm7, oword [rax]
vpmovzxbw ymm7, oword [rdx+0x12345678]
vpmovzxbw ymm7, oword [rsp]
vpmovzxbw ymm7, oword [rsp+0x8]
vpmovzxbw ymm7, oword [rbp]
vpmovzxbw ymm7, [rax]
pmovzxbd xmm8, xmm13
pmovzxbd xmm13, xmm13
pmovzxbd xmm15, xmm13
pmovzxbd xmm8, xmm15
pmovzxbd xmm8, dword [rax]
pmovzxbd xmm8, dword [fs:rel $+0x10]
pmovzxbd xmm8, dword [rbx+0x7f]
pmovzxbd xmm8, dword [rcx-0x80]
pmovzxbd xmm8, dword [rdx+0x12345678]
pmovzxbd xmm8, [rax]
vpmovzxbd xmm13, xmm15
vpmovzxbd xmm15, xmm15
vpmovzxbd xmm0, xmm15
vpmovzxbd xmm13, xmm0
vpmovzxbd xmm13, dword [rax]
vpmovzxbd xmm13, dword [rbp-0x8]
vpmovzxbd xmm13, dword [r12]
vpmovzxbd xmm13, dword [r13]
vpmovzxbd xmm13, dword [r13+0x10]
vpmovzxbd xmm13, [rax]
vpmovzxbd ymm15, xmm0
vpmovzxbd ymm0, xmm0
vpmovzxbd ymm1, xmm0
vpmovzxbd ymm15, xmm1
vpmovzxbd ymm15, qword [rax]
vpmovzxbd ymm15, qword [r8+r9*8-0x10]
vpmovzxbd ymm15, qword [rdi*8+0x1000]
vpmovzxbd ymm15, qword [r15+r14]
vpmovzxbd ymm15, qword [rsp+r12*4+0x80]
vpmovzxbd ymm15, [rax]
pmovzxbq xmm0, xmm1
pmovzxbq xmm1, xmm1
pmovzxbq xmm7, xmm1
pmovzxbq xmm0, xmm7
pmovzxbq xmm0, word [rax]
pmovzxbq xmm0, word [rax+rbx]
pmovzxbq xmm0, word [rax+rcx*2]
pmovzxbq xmm0, word [rbx+rsi*4+0x10]
pmovzxbq xmm0, word [r8+r9*8-0x10]
pmovzxbq xmm0, [rax]
vpmovzxbq xmm1, xmm7
vpmovzxbq xmm7, xmm7
vpmovzxbq xmm8, xmm7
vpmovzxbq xmm1, xmm8
vpmovzxbq xmm1, word [rax]
vpmovzxbq xmm1, word [0x12345678]
vpmovzxbq xmm1, word [rel $+0x100]
vpmovzxbq xmm1, word [rel $-0x40]
vpmovzxbq xmm1, word [eax]
vpmovzxbq xmm1, [rax]
vpmovzxbq ymm7, xmm8
vpmovzxbq ymm8, xmm8
vpmovzxbq ymm13, xmm8
vpmovzxbq ymm7, xmm13
vpmovzxbq ymm7, dword [rax]
vpmovzxbq ymm7, dword [gs:0x28]
vpmovzxbq ymm7, dword [fs:rel $+0x10]
vpmovzxbq ymm7, dword [rbx+0x7f]
vpmovzxbq ymm7, dword [rcx-0x80]
vpmovzxbq ymm7, [rax]
pmovzxwd xmm8, xmm13
pmovzxwd xmm13, xmm13
pmovzxwd xmm15, xmm13
pmovzxwd xmm8, xmm15
pmovzxwd xmm8, qword [rax]
pmovzxwd xmm8, qword [ebx+ecx*4+0x8]
pmovzxwd xmm8, qword [r10d+0x4]
pmovzxwd xmm8, qword [fs:rax]
pmovzxwd xmm8, qword [gs:0x28]
pmovzxwd xmm8, [rax]
vpmovzxwd xmm13, xmm15
vpmovzxwd xmm15, xmm15
vpmovzxwd xmm0, xmm15
vpmovzxwd xmm13, xmm0
vpmovzxwd xmm13, qword [rax]
vpmovzxwd xmm13, qword [rdx+0x12345678]
vpmovzxwd xmm13, qword [rsp]
vpmovzxwd xmm13, qword [rsp+0x8]
vpmovzxwd xmm13, qword [rbp]
vpmovzxwd xmm13, [rax]
vpmovzxwd ymm15, xmm0
vpmovzxwd ymm0, xmm0
vpmovzxwd ymm1, xmm0
vpmovzxwd ymm15, xmm1
vpmovzxwd ymm15, oword [rax]
vpmovzxwd ymm15, oword [r13+0x10]
vpmovzxwd ymm15, oword [rax+rbx]
vpmovzxwd ymm15, oword [rax+rcx*2]
vpmovzxwd ymm15, oword [rbx+rsi*4+0x10]
vpmovzxwd ymm15, [rax]
pmovzxwq xmm0, xmm1
pmovzxwq xmm1, xmm1
pmovzxwq xmm7, xmm1
pmovzxwq xmm0, xmm7
pmovzxwq xmm0, dword [rax]
pmovzxwq xmm0, dword [rbp-0x8]
pmovzxwq xmm0, dword [r12]
pmovzxwq xmm0, dword [r13]
pmovzxwq xmm0, dword [r13+0x10]
pmovzxwq xmm0, [rax]
vpmovzxwq xmm1, xmm7
vpmovzxwq xmm7, xmm7
vpmovzxwq xmm8, xmm7
vpmovzxwq xmm1, xmm8
vpmovzxwq xmm1, dword [rax]
vpmovzxwq xmm1, dword [r8+r9*8-0x10]
vpmovzxwq xmm1, dword [rdi*8+0x1000]
vpmovzxwq xmm1, dword [r15+r14]
vpmovzxwq xmm1, dword [rsp+r12*4+0x80]
vpmovzxwq xmm1, [rax]
vpmovzxwq ymm7, xmm8
vpmovzxwq ymm8, xmm8
vpmovzxwq ymm13, xmm8
vpmovzxwq ymm7, xmm13
vpmovzxwq ymm7, qword [rax]
vpmovzxwq ymm7, qword [eax]
vpmovzxwq ymm7, qword [ebx+ecx*4+0x8]
vpmovzxwq ymm7, qword [r10d+0x4]
vpmovzxwq ymm7, qword [fs:rax]
vpmovzxwq ymm7, [rax]
pmovzxdq xmm8, xmm13
pmovzxdq xmm13, xmm13
pmovzxdq xmm15, xmm13
pmovzxdq xmm8, xmm15
pmovzxdq xmm8, qword [rax]
pmovzxdq xmm8, qword [0x12345678]
pmovzxdq xmm8, qword [rel $+0x100]
pmovzxdq xmm8, qword [rel $-0x40]
pmovzxdq xmm8, qword [eax]
pmovzxdq xmm8, [rax]
vpmovzxdq xmm13, xmm15
vpmovzxdq xmm15, xmm15
vpmovzxdq xmm0, xmm15
vpmovzxdq xmm13, xmm0
vpmovzxdq xmm13, qword [rax]
vpmovzxdq xmm13, qword [gs:0x28]
vpmovzxdq xmm13, qword [fs:rel $+0x10]
vpmovzxdq xmm13, qword [rbx+0x7f]
vpmovzxdq xmm13, qword [rcx-0x80]
vpmovzxdq xmm13, [rax]
vpmovzxdq ymm15, xmm0
vpmovzxdq ymm0, xmm0
vpmovzxdq ymm1, xmm0
vpmovzxdq ymm15, xmm1
vpmovzxdq ymm15, oword [rax]
vpmovzxdq ymm15, oword [rbp]
vpmovzxdq ymm15, oword [rbp-0x8]
vpmovzxdq ymm15, oword [r12]
vpmovzxdq ymm15, oword [r13]
vpmovzxdq ymm15, [rax]
vpermd ymm0, ymm1, ymm7
vpermd ymm1, ymm1, ymm7
vpermd ymm7, ymm1, ymm7
vpermd ymm0, ymm7, ymm7
vpermd ymm0, ymm8, ymm7
vpermd ymm0, ymm1, ymm8
vpermd ymm0, ymm1, yword [rax]
vpermd ymm0, ymm1, yword [rdx+0x12345678]
vpermd ymm0, ymm1, yword [rsp]
vpermd ymm0, ymm1, yword [rsp+0x8]
vpermd ymm0, ymm1, yword [rbp]
vpermd ymm0, ymm1, [rax]
pcmpgtq xmm15, xmm0
pcmpgtq xmm0, xmm0
pcmpgtq xmm1, xmm0
pcmpgtq xmm15, xmm1
pcmpgtq xmm15, oword [rax]
pcmpgtq xmm15, oword [rax+rcx*2]
pcmpgtq xmm15, oword [rbx+rsi*4+0x10]
pcmpgtq xmm15, oword [r8+r9*8-0x10]
pcmpgtq xmm15, oword [rdi*8+0x1000]
pcmpgtq xmm15, [rax]
vpcmpgtq xmm0, xmm1, xmm7
vpcmpgtq xmm1, xmm1, xmm7
vpcmpgtq xmm7, xmm1, xmm7
vpcmpgtq xmm0, xmm7, xmm7
vpcmpgtq xmm0, xmm8, xmm7
vpcmpgtq xmm0, xmm1, xmm8
vpcmpgtq xmm0, xmm1, oword [rax]
vpcmpgtq xmm0, xmm1, oword [rel $+0x100]
vpcmpgtq xmm0, xmm1, oword [rel $-0x40]
vpcmpgtq xmm0, xmm1, oword [eax]
vpcmpgtq xmm0, xmm1, oword [ebx+ecx*4+0x8]
vpcmpgtq xmm0, xmm1, [rax]
vpcmpgtq ymm1, ymm7, ymm8
vpcmpgtq ymm7, ymm7, ymm8
vpcmpgtq ymm8, ymm7, ymm8
vpcmpgtq ymm1, ymm8, ymm8
vpcmpgtq ymm1, ymm13, ymm8
vpcmpgtq ymm1, ymm7, ymm13
vpcmpgtq ymm1, ymm7, yword [rax]
vpcmpgtq ymm1, ymm7, yword [fs:rel $+0x10]
vpcmpgtq ymm1, ymm7, yword [rbx+0x7f]
vpcmpgtq ymm1, ymm7, yword [rcx-0x80]
vpcmpgtq ymm1, ymm7, yword [rdx+0x12345678]
vpcmpgtq ymm1, ymm7, [rax]
pminsb xmm15, xmm0
pminsb xmm0, xmm0
pminsb xmm1, xmm0
pminsb xmm15, xmm1
pminsb xmm15, oword [rax]
pminsb xmm15, oword [rcx-0x80]
pminsb xmm15, oword [rdx+0x12345678]
pminsb xmm15, oword [rsp]
pminsb xmm15, oword [rsp+0x8]
pminsb xmm15, [rax]
vpminsb xmm0, xmm1, xmm7
vpminsb xmm1, xmm1, xmm7
vpminsb xmm7, xmm1, xmm7
vpminsb xmm0, xmm7, xmm7
vpminsb xmm0, xmm8, xmm7
vpminsb xmm0, xmm1, xmm8
vpminsb xmm0, xmm1, oword [rax]
vpminsb xmm0, xmm1, oword [r13]
vpminsb xmm0, xmm1, oword [r13+0x10]
vpminsb xmm0, xmm1, oword [rax+rbx]
vpminsb xmm0, xmm1, oword [rax+rcx*2]
vpminsb xmm0, xmm1, [rax]
vpminsb ymm1, ymm7, ymm8
vpminsb ymm7, ymm7, ymm8
vpminsb ymm8, ymm7, ymm8
vpminsb ymm1, ymm8, ymm8
vpminsb ymm1, ymm13, ymm8
vpminsb ymm1, ymm7, ymm13
vpminsb ymm1, ymm7, yword [rax]
vpminsb ymm1, ymm7, yword [r15+r14]
vpminsb ymm1, ymm7, yword [rsp+r12*4+0x80]
vpminsb ymm1, ymm7, yword [0x12345678]
vpminsb ymm1, ymm7, yword [rel $+0x100]
vpminsb ymm1, ymm7, [rax]
pminsd xmm15, xmm0
pminsd xmm0, xmm0
pminsd xmm1, xmm0
pminsd xmm15, xmm1
pminsd xmm15, oword [rax]
pminsd xmm15, oword [r12]
pminsd xmm15, oword [r13]
pminsd xmm15, oword [r13+0x10]
pminsd xmm15, oword [rax+rbx]
pminsd xmm15, [rax]
vpminsd xmm0, xmm1, xmm7
vpminsd xmm1, xmm1, xmm7
vpminsd xmm7, xmm1, xmm7
vpminsd xmm0, xmm7, xmm7
vpminsd xmm0, xmm8, xmm7
vpminsd xmm0, xmm1, xmm8
vpminsd xmm0, xmm1, oword [rax]
vpminsd xmm0, xmm1, oword [rdi*8+0x1000]
vpminsd xmm0, xmm1, oword [r15+r14]
vpminsd xmm0, xmm1, oword [rsp+r12*4+0x80]
vpminsd xmm0, xmm1, oword [0x12345678]
vpminsd xmm0, xmm1, [rax]
vpminsd ymm1, ymm7, ymm8
vpminsd ymm7, ymm7, ymm8
vpminsd ymm8, ymm7, ymm8
vpminsd ymm1, ymm8, ymm8
vpminsd ymm1, ymm13, ymm8
vpminsd ymm1, ymm7, ymm13
vpminsd ymm1, ymm7, yword [rax]
vpminsd ymm1, ymm7, yword [ebx+ecx*4+0x8]
vpminsd ymm1, ymm7, yword [r10d+0x4]
vpminsd ymm1, ymm7, yword [fs:rax]
vpminsd ymm1, ymm7, yword [gs:0x28]
vpminsd ymm1, ymm7, [rax]
pminuw xmm7, xmm8
pminuw xmm8, xmm8
pminuw xmm13, xmm8
pminuw xmm7, xmm13
pminuw xmm7, oword [rax]
pminuw xmm7, oword [r13]
pminuw xmm7, oword [r13+0x10]
pminuw xmm7, oword [rax+rbx]
pminuw xmm7, oword [rax+rcx*2]
pminuw xmm7, [rax]
vpminuw xmm8, xmm13, xmm15
vpminuw xmm13, xmm13, xmm15
vpminuw xmm15, xmm13, xmm15
vpminuw xmm8, xmm15, xmm15
vpminuw xmm8, xmm0, xmm15
vpminuw xmm8, xmm13, xmm0
vpminuw xmm8, xmm13, oword [rax]
vpminuw xmm8, xmm13, oword [r15+r14]
vpminuw xmm8, xmm13, oword [rsp+r12*4+0x80]
vpminuw xmm8, xmm13, oword [0x12345678]
vpminuw xmm8, xmm13, oword [rel $+0x100]
vpminuw xmm8, xmm13, [rax]
vpminuw ymm13, ymm15, ymm0
vpminuw ymm15, ymm15, ymm0
vpminuw ymm0, ymm15, ymm0
vpminuw ymm13, ymm0, ymm0
vpminuw ymm13, ymm1, ymm0
vpminuw ymm13, ymm15, ymm1
vpminuw ymm13, ymm15, yword [rax]
vpminuw ymm13, ymm15, yword [r10d+0x4]
vpminuw ymm13, ymm15, yword [fs:rax]
vpminuw ymm13, ymm15, yword [gs:0x28]
vpminuw ymm13, ymm15, yword [fs:rel $+0x10]
vpminuw ymm13, ymm15, [rax]
pminud xmm15, xmm0
pminud xmm0, xmm0
pminud xmm1, xmm0
pminud xmm15, xmm1
pminud xmm15, oword [rax]
pminud xmm15, oword [rel $-0x40]
pminud xmm15, oword [eax]
pminud xmm15, oword [ebx+ecx*4+0x8]
pminud xmm15, oword [r10d+0x4]
pminud xmm15, [rax]
vpminud xmm0, xmm1, xmm7
vpminud xmm1, xmm1, xmm7
vpminud xmm7, xmm1, xmm7
vpminud xmm0, xmm7, xmm7
vpminud xmm0, xmm8, xmm7
vpminud xmm0, xmm1, xmm8
vpminud xmm0, xmm1, oword [rax]
vpminud xmm0, xmm1, oword [rbx+0x7f]
vpminud xmm0, xmm1, oword [rcx-0x80]
vpminud xmm0, xmm1, oword [rdx+0x12345678]
vpminud xmm0, xmm1, oword [rsp]
vpminud xmm0, xmm1, [rax]
vpminud ymm1, ymm7, ymm8
vpminud ymm7, ymm7, ymm8
vpminud ymm8, ymm7, ymm8
vpminud ymm1, ymm8, ymm8
vpminud ymm1, ymm13, ymm8
vpminud ymm1, ymm7, ymm13
vpminud ymm1, ymm7, yword [rax]
vpminud ymm1, ymm7, yword [r12]
vpminud ymm1, ymm7, yword [r13]
vpminud ymm1, ymm7, yword [r13+0x10]
vpminud ymm1, ymm7, yword [rax+rbx]
vpminud ymm1, ymm7, [rax]
pmaxsb xmm7, xmm8
pmaxsb xmm8, xmm8
pmaxsb xmm13, xmm8
pmaxsb xmm7, xmm13
pmaxsb xmm7, oword [rax]
pmaxsb xmm7, oword [rsp+0x8]
pmaxsb xmm7, oword [rbp]
pmaxsb xmm7, oword [rbp-0x8]
pmaxsb xmm7, oword [r12]
pmaxsb xmm7, [rax]
vpmaxsb xmm8, xmm13, xmm15
vpmaxsb xmm13, xmm13, xmm15
vpmaxsb xmm15, xmm13, xmm15
vpmaxsb xmm8, xmm15, xmm15
vpmaxsb xmm8, xmm0, xmm15
vpmaxsb xmm8, xmm13, xmm0
vpmaxsb xmm8, xmm13, oword [rax]
vpmaxsb xmm8, xmm13, oword [rax+rcx*2]
vpmaxsb xmm8, xmm13, oword [rbx+rsi*4+0x10]
vpmaxsb xmm8, xmm13, oword [r8+r9*8-0x10]
vpmaxsb xmm8, xmm13, oword [rdi*8+0x1000]
vpmaxsb xmm8, xmm13, [rax]
vpmaxsb ymm13, ymm15, ymm0
vpmaxsb ymm15, ymm15, ymm0
vpmaxsb ymm0, ymm15, ymm0
vpmaxsb ymm13, ymm0, ymm0
vpmaxsb ymm13, ymm1, ymm0
vpmaxsb ymm13, ymm15, ymm1
vpmaxsb ymm13, ymm15, yword [rax]
vpmaxsb ymm13, ymm15, yword [rel $+0x100]
vpmaxsb ymm13, ymm15, yword [rel $-0x40]
vpmaxsb ymm13, ymm15, yword [eax]
vpmaxsb ymm13, ymm15, yword [ebx+ecx*4+0x8]
vpmaxsb ymm13, ymm15, [rax]
pmaxsd xmm7, xmm8
pmaxsd xmm8, xmm8
pmaxsd xmm13, xmm8
pmaxsd xmm7, xmm13
pmaxsd xmm7, oword [rax]
pmaxsd xmm7, oword [eax]
pmaxsd xmm7, oword [ebx+ecx*4+0x8]
pmaxsd xmm7, oword [r10d+0x4]
pmaxsd xmm7, oword [fs:rax]
pmaxsd xmm7, [rax]
vpmaxsd xmm8, xmm13, xmm15
vpmaxsd xmm13, xmm13, xmm15
vpmaxsd xmm15, xmm13, xmm15
vpmaxsd xmm8, xmm15, xmm15
vpmaxsd xmm8, xmm0, xmm15
vpmaxsd xmm8, xmm13, xmm0
vpmaxsd xmm8, xmm13, oword [rax]
vpmaxsd xmm8, xmm13, oword [rcx-0x80]
vpmaxsd xmm8, xmm13, oword [rdx+0x12345678]
vpmaxsd xmm8, xmm13, oword [rsp]
vpmaxsd xmm8, xmm13, oword [rsp+0x8]
vpmaxsd xmm8, xmm13, [rax]
vpmaxsd ymm13, ymm15, ymm0
vpmaxsd ymm15, ymm15, ymm0
vpmaxsd ymm0, ymm15, ymm0
vpmaxsd ymm13, ymm0, ymm0
vpmaxsd ymm13, ymm1, ymm0
vpmaxsd ymm13, ymm15, ymm1
vpmaxsd ymm13, ymm15, yword [rax]
vpmaxsd ymm13, ymm15, yword [r13]
vpmaxsd ymm13, ymm15, yword [r13+0x10]
vpmaxsd ymm13, ymm15, yword [rax+rbx]
vpmaxsd ymm13, ymm15, yword [rax+rcx*2]
vpmaxsd ymm13, ymm15, [rax]
pmaxuw xmm15, xmm0
pmaxuw xmm0, xmm0
pmaxuw xmm1, xmm0
pmaxuw xmm15, xmm1
pmaxuw xmm15, oword [rax]
pmaxuw xmm15, oword [rbp]
pmaxuw xmm15, oword [rbp-0x8]
pmaxuw xmm15, oword [r12]
pmaxuw xmm15, oword [r13]
pmaxuw xmm15, [rax]
vpmaxuw xmm0, xmm1, xmm7
vpmaxuw xmm1, xmm1, xmm7
vpmaxuw xmm7, xmm1, xmm7
vpmaxuw xmm0, xmm7, xmm7
vpmaxuw xmm0, xmm8, xmm7
vpmaxuw xmm0, xmm1, xmm8
vpmaxuw xmm0, xmm1, oword [rax]
vpmaxuw xmm0, xmm1, oword [rbx+rsi*4+0x10]
vpmaxuw xmm0, xmm1, oword [r8+r9*8-0x10]
vpmaxuw xmm0, xmm1, oword [rdi*8+0x1000]
vpmaxuw xmm0, xmm1, oword [r15+r14]
vpmaxuw xmm0, xmm1, [rax]
vpmaxuw ymm1, ymm7, ymm8
vpmaxuw ymm7, ymm7, ymm8
vpmaxuw ymm8, ymm7, ymm8
vpmaxuw ymm1, ymm8, ymm8
vpmaxuw ymm1, ymm13, ymm8
vpmaxuw ymm1, ymm7, ymm13
vpmaxuw ymm1, ymm7, yword [rax]
vpmaxuw ymm1, ymm7, yword [rel $-0x40]
vpmaxuw ymm1, ymm7, yword [eax]
vpmaxuw ymm1, ymm7, yword [ebx+ecx*4+0x8]
vpmaxuw ymm1, ymm7, yword [r10d+0x4]
vpmaxuw ymm1, ymm7, [rax]
pmaxud xmm15, xmm0
pmaxud xmm0, xmm0
pmaxud xmm1, xmm0
pmaxud xmm15, xmm1
pmaxud xmm15, oword [rax]
pmaxud xmm15, oword [ebx+ecx*4+0x8]
pmaxud xmm15, oword [r10d+0x4]
pmaxud xmm15, oword [fs:rax]
pmaxud xmm15, oword [gs:0x28]
pmaxud xmm15, [rax]
vpmaxud xmm0, xmm1, xmm7
vpmaxud xmm1, xmm1, xmm7
vpmaxud xmm7, xmm1, xmm7
vpmaxud xmm0, xmm7, xmm7
vpmaxud xmm0, xmm8, xmm7
vpmaxud xmm0, xmm1, xmm8
vpmaxud xmm0, xmm1, oword [rax]
vpmaxud xmm0, xmm1, oword [rdx+0x12345678]
vpmaxud xmm0, xmm1, oword [rsp]
vpmaxud xmm0, xmm1, oword [rsp+0x8]
vpmaxud xmm0, xmm1, oword [rbp]
vpmaxud xmm0, xmm1, [rax]
vpmaxud ymm1, ymm7, ymm8
vpmaxud ymm7, ymm7, ymm8
vpmaxud ymm8, ymm7, ymm8
vpmaxud ymm1, ymm8, ymm8
vpmaxud ymm1, ymm13, ymm8
vpmaxud ymm1, ymm7, ymm13
vpmaxud ymm1, ymm7, yword [rax]
vpmaxud ymm1, ymm7, yword [r13+0x10]
vpmaxud ymm1, ymm7, yword [rax+rbx]
vpmaxud ymm1, ymm7, yword [rax+rcx*2]
vpmaxud ymm1, ymm7, yword [rbx+rsi*4+0x10]
vpmaxud ymm1, ymm7, [rax]
pmulld xmm7, xmm8
pmulld xmm8, xmm8
pmulld xmm13, xmm8
pmulld xmm7, xmm13
pmulld xmm7, oword [rax]
pmulld xmm7, oword [rbp-0x8]
pmulld xmm7, oword [r12]
pmulld xmm7, oword [r13]
pmulld xmm7, oword [r13+0x10]
pmulld xmm7, [rax]
vpmulld xmm8, xmm13, xmm15
vpmulld xmm13, xmm13, xmm15
vpmulld xmm15, xmm13, xmm15
vpmulld xmm8, xmm15, xmm15
vpmulld xmm8, xmm0, xmm15
vpmulld xmm8, xmm13, xmm0
vpmulld xmm8, xmm13, oword [rax]
vpmulld xmm8, xmm13, oword [r8+r9*8-0x10]
vpmulld xmm8, xmm13, oword [rdi*8+0x1000]
vpmulld xmm8, xmm13, oword [r15+r14]
vpmulld xmm8, xmm13, oword [rsp+r12*4+0x80]
vpmulld xmm8, xmm13, [rax]
vpmulld ymm13, ymm15, ymm0
vpmulld ymm15, ymm15, ymm0
vpmulld ymm0, ymm15, ymm0
vpmulld ymm13, ymm0, ymm0
vpmulld ymm13, ymm1, ymm0
vpmulld ymm13, ymm15, ymm1
vpmulld ymm13, ymm15, yword [rax]
vpmulld ymm13, ymm15, yword [eax]
vpmulld ymm13, ymm15, yword [ebx+ecx*4+0x8]
vpmulld ymm13, ymm15, yword [r10d+0x4]
vpmulld ymm13, ymm15, yword [fs:rax]
vpmulld ymm13, ymm15, [rax]
phminposuw xmm15, xmm0
phminposuw xmm0, xmm0
phminposuw xmm1, xmm0
phminposuw xmm15, xmm1
phminposuw xmm15, oword [rax]
phminposuw xmm15, oword [0x12345678]
phminposuw xmm15, oword [rel $+0x100]
phminposuw xmm15, oword [rel $-0x40]
phminposuw xmm15, oword [eax]
phminposuw xmm15, [rax]
vphminposuw xmm0, xmm1
vphminposuw xmm1, xmm1
vphminposuw xmm7, xmm1
vphminposuw xmm0, xmm7
vphminposuw xmm0, oword [rax]
vphminposuw xmm0, oword [gs:0x28]
vphminposuw xmm0, oword [fs:rel $+0x10]
vphminposuw xmm0, oword [rbx+0x7f]
vphminposuw xmm0, oword [rcx-0x80]
vphminposuw xmm0, [rax]
vpsrlvd xmm8, xmm13, xmm15
vpsrlvd xmm13, xmm13, xmm15
vpsrlvd xmm15, xmm13, xmm15
vpsrlvd xmm8, xmm15, xmm15
vpsrlvd xmm8, xmm0, xmm15
vpsrlvd xmm8, xmm13, xmm0
vpsrlvd xmm8, xmm13, oword [rax]
vpsrlvd xmm8, xmm13, oword [fs:rel $+0x10]
vpsrlvd xmm8, xmm13, oword [rbx+0x7f]
vpsrlvd xmm8, xmm13, oword [rcx-0x80]
vpsrlvd xmm8, xmm13, oword [rdx+0x12345678]
vpsrlvd xmm8, xmm13, [rax]
vpsrlvd ymm13, ymm15, ymm0
vpsrlvd ymm15, ymm15, ymm0
vpsrlvd ymm0, ymm15, ymm0
vpsrlvd ymm13, ymm0, ymm0
vpsrlvd ymm13, ymm1, ymm0
vpsrlvd ymm13, ymm15, ymm1
vpsrlvd ymm13, ymm15, yword [rax]
vpsrlvd ymm13, ymm15, yword [rbp-0x8]
vpsrlvd ymm13, ymm15, yword [r12]
vpsrlvd ymm13, ymm15, yword [r13]
vpsrlvd ymm13, ymm15, yword [r13+0x10]
vpsrlvd ymm13, ymm15, [rax]
vpsrlvq xmm15, xmm0, xmm1
vpsrlvq xmm0, xmm0, xmm1
vpsrlvq xmm1, xmm0, xmm1
vpsrlvq xmm15, xmm1, xmm1
vpsrlvq xmm15, xmm7, xmm1
vpsrlvq xmm15, xmm0, xmm7
vpsrlvq xmm15, xmm0, oword [rax]
vpsrlvq xmm15, xmm0, oword [r8+r9*8-0x10]
vpsrlvq xmm15, xmm0, oword [rdi*8+0x1000]
vpsrlvq xmm15, xmm0, oword [r15+r14]
vpsrlvq xmm15, xmm0, oword [rsp+r12*4+0x80]
vpsrlvq xmm15, xmm0, [rax]
vpsrlvq ymm0, ymm1, ymm7
vpsrlvq ymm1, ymm1, ymm7
vpsrlvq ymm7, ymm1, ymm7
vpsrlvq ymm0, ymm7, ymm7
vpsrlvq ymm0, ymm8, ymm7
vpsrlvq ymm0, ymm1, ymm8
vpsrlvq ymm0, ymm1, yword [rax]
vpsrlvq ymm0, ymm1, yword [eax]
vpsrlvq ymm0, ymm1, yword [ebx+ecx*4+0x8]
vpsrlvq ymm0, ymm1, yword [r10d+0x4]
vpsrlvq ymm0, ymm1, yword [fs:rax]
vpsrlvq ymm0, ymm1, [rax]
vpsravd xmm1, xmm7, xmm8
vpsravd xmm7, xmm7, xmm8
vpsravd xmm8, xmm7, xmm8
vpsravd xmm1, xmm8, xmm8
vpsravd xmm1, xmm13, xmm8
vpsravd xmm1, xmm7, xmm13
vpsravd xmm1, xmm7, oword [rax]
vpsravd xmm1, xmm7, oword [0x12345678]
vpsravd xmm1, xmm7, oword [rel $+0x100]
vpsravd xmm1, xmm7, oword [rel $-0x40]
vpsravd xmm1, xmm7, oword [eax]
vpsravd xmm1, xmm7, [rax]
vpsravd ymm7, ymm8, ymm13
vpsravd ymm8, ymm8, ymm13
vpsravd ymm13, ymm8, ymm13
vpsravd ymm7, ymm13, ymm13
vpsravd ymm7, ymm15, ymm13
vpsravd ymm7, ymm8, ymm15
vpsravd ymm7, ymm8, yword [rax]
vpsravd ymm7, ymm8, yword [gs:0x28]
vpsravd ymm7, ymm8, yword [fs:rel $+0x10]
vpsravd ymm7, ymm8, yword [rbx+0x7f]
vpsravd ymm7, ymm8, yword [rcx-0x80]
vpsravd ymm7, ymm8, [rax]
vpsllvd xmm8, xmm13, xmm15
vpsllvd xmm13, xmm13, xmm15
vpsllvd xmm15, xmm13, xmm15
vpsllvd xmm8, xmm15, xmm15
vpsllvd xmm8, xmm0, xmm15
vpsllvd xmm8, xmm13, xmm0
vpsllvd xmm8, xmm13, oword [rax]
vpsllvd xmm8, xmm13, oword [ebx+ecx*4+0x8]
vpsllvd xmm8, xmm13, oword [r10d+0x4]
vpsllvd xmm8, xmm13, oword [fs:rax]
vpsllvd xmm8, xmm13, oword [gs:0x28]
vpsllvd xmm8, xmm13, [rax]
vpsllvd ymm13, ymm15, ymm0
vpsllvd ymm15, ymm15, ymm0
vpsllvd ymm0, ymm15, ymm0
vpsllvd ymm13, ymm0, ymm0
vpsllvd ymm13, ymm1, ymm0
vpsllvd ymm13, ymm15, ymm1
vpsllvd ymm13, ymm15, yword [rax]
vpsllvd ymm13, ymm15, yword [rdx+0x12345678]
vpsllvd ymm13, ymm15, yword [rsp]
vpsllvd ymm13, ymm15, yword [rsp+0x8]
vpsllvd ymm13, ymm15, yword [rbp]
vpsllvd ymm13, ymm15, [rax]
vpsllvq xmm15, xmm0, xmm1
vpsllvq xmm0, xmm0, xmm1
vpsllvq xmm1, xmm0, xmm1
vpsllvq xmm15, xmm1, xmm1
vpsllvq xmm15, xmm7, xmm1
vpsllvq xmm15, xmm0, xmm7
vpsllvq xmm15, xmm0, oword [rax]
vpsllvq xmm15, xmm0, oword [r13+0x10]
vpsllvq xmm15, xmm0, oword [rax+rbx]
vpsllvq xmm15, xmm0, oword [rax+rcx*2]
vpsllvq xmm15, xmm0, oword [rbx+rsi*4+0x10]
vpsllvq xmm15, xmm0, [rax]
vpsllvq ymm0, ymm1, ymm7
vpsllvq ymm1, ymm1, ymm7
vpsllvq ymm7, ymm1, ymm7
vpsllvq ymm0, ymm7, ymm7
vpsllvq ymm0, ymm8, ymm7
vpsllvq ymm0, ymm1, ymm8
vpsllvq ymm0, ymm1, yword [rax]
vpsllvq ymm0, ymm1, yword [rsp+r12*4+0x80]
vpsllvq ymm0, ymm1, yword [0x12345678]
vpsllvq ymm0, ymm1, yword [rel $+0x100]
vpsllvq ymm0, ymm1, yword [rel $-0x40]
vpsllvq ymm0, ymm1, [rax]
vpbroadcastd xmm13, xmm15
vpbroadcastd xmm15, xmm15
vpbroadcastd xmm0, xmm15
vpbroadcastd xmm13, xmm0
vpbroadcastd xmm13, dword [rax]
vpbroadcastd xmm13, dword [rsp+r12*4+0x80]
vpbroadcastd xmm13, dword [0x12345678]
vpbroadcastd xmm13, dword [rel $+0x100]
vpbroadcastd xmm13, dword [rel $-0x40]
vpbroadcastd xmm13, [rax]
vpbroadcastd ymm15, xmm0
vpbroadcastd ymm0, xmm0
vpbroadcastd ymm1, xmm0
vpbroadcastd ymm15, xmm1
vpbroadcastd ymm15, dword [rax]
vpbroadcastd ymm15, dword [fs:rax]
vpbroadcastd ymm15, dword [gs:0x28]
vpbroadcastd ymm15, dword [fs:rel $+0x10]
vpbroadcastd ymm15, dword [rbx+0x7f]
vpbroadcastd ymm15, [rax]
vpbroadcastq xmm8, xmm13
vpbroadcastq xmm13, xmm13
vpbroadcastq xmm15, xmm13
vpbroadcastq xmm8, xmm15
vpbroadcastq xmm8, qword [rax]
vpbroadcastq xmm8, qword [fs:rel $+0x10]
vpbroadcastq xmm8, qword [rbx+0x7f]
vpbroadcastq xmm8, qword [rcx-0x80]
vpbroadcastq xmm8, qword [rdx+0x12345678]
vpbroadcastq xmm8, [rax]
vpbroadcastq ymm13, xmm15
vpbroadcastq ymm15, xmm15
vpbroadcastq ymm0, xmm15
vpbroadcastq ymm13, xmm0
vpbroadcastq ymm13, qword [rax]
vpbroadcastq ymm13, qword [rbp-0x8]
vpbroadcastq ymm13, qword [r12]
vpbroadcastq ymm13, qword [r13]
vpbroadcastq ymm13, qword [r13+0x10]
vpbroadcastq ymm13, [rax]
vbroadcasti128 ymm15, oword [rax]
vbroadcasti128 ymm0, oword [rax]
vbroadcasti128 ymm1, oword [rax]
vbroadcasti128 ymm15, oword [rsp]
vbroadcasti128 ymm15, oword [rsp+0x8]
vbroadcasti128 ymm15, oword [rbp]
vbroadcasti128 ymm15, oword [rbp-0x8]
vbroadcasti128 ymm15, [rax]
vpbroadcastb xmm0, xmm1
vpbroadcastb xmm1, xmm1
vpbroadcastb xmm7, xmm1
vpbroadcastb xmm0, xmm7
vpbroadcastb xmm0, byte [rax]
vpbroadcastb xmm0, byte [rbx+0x7f]
vpbroadcastb xmm0, byte [rcx-0x80]
vpbroadcastb xmm0, byte [rdx+0x12345678]
vpbroadcastb xmm0, byte [rsp]
vpbroadcastb xmm0, [rax]
vpbroadcastb ymm1, xmm7
vpbroadcastb ymm7, xmm7
vpbroadcastb ymm8, xmm7
vpbroadcastb ymm1, xmm8
vpbroadcastb ymm1, byte [rax]
vpbroadcastb ymm1, byte [r12]
vpbroadcastb ymm1, byte [r13]
vpbroadcastb ymm1, byte [r13+0x10]
vpbroadcastb ymm1, byte [rax+rbx]
vpbroadcastb ymm1, [rax]
vpbroadcastw xmm15, xmm0
vpbroadcastw xmm0, xmm0
vpbroadcastw xmm1, xmm0
vpbroadcastw xmm15, xmm1
vpbroadcastw xmm15, word [rax]
vpbroadcastw xmm15, word [r13+0x10]
vpbroadcastw xmm15, word [rax+rbx]
vpbroadcastw xmm15, word [rax+rcx*2]
vpbroadcastw xmm15, word [rbx+rsi*4+0x10]
vpbroadcastw xmm15, [rax]
vpbroadcastw ymm0, xmm1
vpbroadcastw ymm1, xmm1
vpbroadcastw ymm7, xmm1
vpbroadcastw ymm0, xmm7
vpbroadcastw ymm0, word [rax]
vpbroadcastw ymm0, word [rsp+r12*4+0x80]
vpbroadcastw ymm0, word [0x12345678]
vpbroadcastw ymm0, word [rel $+0x100]
vpbroadcastw ymm0, word [rel $-0x40]
vpbroadcastw ymm0, [rax]
invept rsp, oword [rax]
invept rbp, oword [rax]
invept rsi, oword [rax]
invept rsp, oword [rcx-0x80]
invept rsp, oword [rdx+0x12345678]
invept rsp, oword [rsp]
invept rsp, oword [rsp+0x8]
invept rsp, [rax]
invvpid r12, oword [rax]
invvpid r13, oword [rax]
invvpid r15, oword [rax]
invvpid r12, oword [r15+r14]
invvpid r12, oword [rsp+r12*4+0x80]
invvpid r12, oword [0x12345678]
invvpid r12, oword [rel $+0x100]
invvpid r12, [rax]
invpcid rcx, oword [rax]
invpcid rdx, oword [rax]
invpcid rsp, oword [rax]
invpcid rcx, oword [rsp]
invpcid rcx, oword [rsp+0x8]
invpcid rcx, oword [rbp]
invpcid rcx, oword [rbp-0x8]
invpcid rcx, [rax]
vpmaskmovd xmm1, xmm7, oword [rax]
vpmaskmovd xmm7, xmm7, oword [rax]
vpmaskmovd xmm8, xmm7, oword [rax]
vpmaskmovd xmm1, xmm8, oword [rax]
vpmaskmovd xmm1, xmm13, oword [rax]
vpmaskmovd xmm1, xmm7, oword [0x12345678]
vpmaskmovd xmm1, xmm7, oword [rel $+0x100]
vpmaskmovd xmm1, xmm7, oword [rel $-0x40]
vpmaskmovd xmm1, xmm7, oword [eax]
vpmaskmovd xmm1, xmm7, [rax]
vpmaskmovd ymm7, ymm8, yword [rax]
vpmaskmovd ymm8, ymm8, yword [rax]
vpmaskmovd ymm13, ymm8, yword [rax]
vpmaskmovd ymm7, ymm13, yword [rax]
vpmaskmovd ymm7, ymm15, yword [rax]
vpmaskmovd ymm7, ymm8, yword [gs:0x28]
vpmaskmovd ymm7, ymm8, yword [fs:rel $+0x10]
vpmaskmovd ymm7, ymm8, yword [rbx+0x7f]
vpmaskmovd ymm7, ymm8, yword [rcx-0x80]
vpmaskmovd ymm7, ymm8, [rax]
vpmaskmovq xmm8, xmm13, oword [rax]
vpmaskmovq xmm13, xmm13, oword [rax]
vpmaskmovq xmm15, xmm13, oword [rax]
vpmaskmovq xmm8, xmm15, oword [rax]
vpmaskmovq xmm8, xmm0, oword [rax]
vpmaskmovq xmm8, xmm13, oword [rbp]
vpmaskmovq xmm8, xmm13, oword [rbp-0x8]
vpmaskmovq xmm8, xmm13, oword [r12]
vpmaskmovq xmm8, xmm13, oword [r13]
vpmaskmovq xmm8, xmm13, [rax]
vpmaskmovq ymm13, ymm15, yword [rax]
vpmaskmovq ymm15, ymm15, yword [rax]
vpmaskmovq ymm0, ymm15, yword [rax]
vpmaskmovq ymm13, ymm0, yword [rax]
vpmaskmovq ymm13, ymm1, yword [rax]
vpmaskmovq ymm13, ymm15, yword [rbx+rsi*4+0x10]
vpmaskmovq ymm13, ymm15, yword [r8+r9*8-0x10]
vpmaskmovq ymm13, ymm15, yword [rdi*8+0x1000]
vpmaskmovq ymm13, ymm15, yword [r15+r14]
vpmaskmovq ymm13, ymm15, [rax]
vpmaskmovd oword [rax], xmm0, xmm1
vpmaskmovd oword [r13+0x10], xmm0, xmm1
vpmaskmovd oword [rax+rbx], xmm0, xmm1
vpmaskmovd oword [rax+rcx*2], xmm0, xmm1
vpmaskmovd oword [rbx+rsi*4+0x10], xmm0, xmm1
vpmaskmovd [rax], xmm0, xmm1
vpmaskmovd oword [rax], xmm1, xmm1
vpmaskmovd oword [rax], xmm7, xmm1
vpmaskmovd oword [rax], xmm0, xmm7
vpmaskmovd oword [rax], xmm0, xmm8
vpmaskmovd yword [rax], ymm1, ymm7
vpmaskmovd yword [rsp+r12*4+0x80], ymm1, ymm7
vpmaskmovd yword [0x12345678], ymm1, ymm7
vpmaskmovd yword [rel $+0x100], ymm1, ymm7
vpmaskmovd yword [rel $-0x40], ymm1, ymm7
vpmaskmovd [rax], ymm1, ymm7
vpmaskmovd yword [rax], ymm7, ymm7
vpmaskmovd yword [rax], ymm8, ymm7
vpmaskmovd yword [rax], ymm1, ymm8
vpmaskmovd yword [rax], ymm1, ymm13
vpmaskmovq oword [rax], xmm7, xmm8
vpmaskmovq oword [fs:rax], xmm7, xmm8
vpmaskmovq oword [gs:0x28], xmm7, xmm8
vpmaskmovq oword [fs:rel $+0x10], xmm7, xmm8
vpmaskmovq oword [rbx+0x7f], xmm7, xmm8
vpmaskmovq [rax], xmm7, xmm8
vpmaskmovq oword [rax], xmm8, xmm8
vpmaskmovq oword [rax], xmm13, xmm8
vpmaskmovq oword [rax], xmm7, xmm13
vpmaskmovq oword [rax], xmm7, xmm15
vpmaskmovq yword [rax], ymm8, ymm13
vpmaskmovq yword [rsp+0x8], ymm8, ymm13
vpmaskmovq yword [rbp], ymm8, ymm13
vpmaskmovq yword [rbp-0x8], ymm8, ymm13
vpmaskmovq yword [r12], ymm8, ymm13
vpmaskmovq [rax], ymm8, ymm13
vpmaskmovq yword [rax], ymm13, ymm13
vpmaskmovq yword [rax], ymm15, ymm13
vpmaskmovq yword [rax], ymm8, ymm15
vpmaskmovq yword [rax], ymm8, ymm0
vpgatherdd xmm0, [rax+xmm9*4+0x10], xmm7
vpgatherdd xmm1, [rax+xmm9*4+0x10], xmm7
vpgatherdd xmm0, [r13+xmm9*8], xmm7
vpgatherdd xmm0, [xmm9*1+0x100], xmm7
vpgatherdd xmm0, [rsp+xmm9*2-0x8], xmm7
vpgatherdd xmm0, [rax+xmm9*4+0x10], xmm8
vpgatherdd xmm0, [rax+xmm9*4+0x10], xmm13
vpgatherdd ymm1, [rax+ymm9*4+0x10], ymm8
vpgatherdd ymm7, [rax+ymm9*4+0x10], ymm8
vpgatherdd ymm1, [r13+ymm9*8], ymm8
vpgatherdd ymm1, [ymm9*1+0x100], ymm8
vpgatherdd ymm1, [rsp+ymm9*2-0x8], ymm8
vpgatherdd ymm1, [rax+ymm9*4+0x10], ymm13
vpgatherdd ymm1, [rax+ymm9*4+0x10], ymm15
vpgatherdq xmm7, [rax+xmm9*4+0x10], xmm13
vpgatherdq xmm8, [rax+xmm9*4+0x10], xmm13
vpgatherdq xmm7, [r13+xmm9*8], xmm13
vpgatherdq xmm7, [xmm9*1+0x100], xmm13
vpgatherdq xmm7, [rsp+xmm9*2-0x8], xmm13
vpgatherdq xmm7, [rax+xmm9*4+0x10], xmm15
vpgatherdq xmm7, [rax+xmm9*4+0x10], xmm0
vpgatherdq ymm8, [rax+xmm9*4+0x10], ymm15
vpgatherdq ymm13, [rax+xmm9*4+0x10], ymm15
vpgatherdq ymm8, [r13+xmm9*8], ymm15
vpgatherdq ymm8, [xmm9*1+0x100], ymm15
vpgatherdq ymm8, [rsp+xmm9*2-0x8], ymm15
vpgatherdq ymm8, [rax+xmm9*4+0x10], ymm0
vpgatherdq ymm8, [rax+xmm9*4+0x10], ymm1
vpgatherqd xmm13, [rax+xmm9*4+0x10], xmm0
vpgatherqd xmm15, [rax+xmm9*4+0x10], xmm0
vpgatherqd xmm13, [r13+xmm9*8], xmm0
vpgatherqd xmm13, [xmm9*1+0x100], xmm0
vpgatherqd xmm13, [rsp+xmm9*2-0x8], xmm0
vpgatherqd xmm13, [rax+xmm9*4+0x10], xmm1
vpgatherqd xmm13, [rax+xmm9*4+0x10], xmm7
vpgatherqd xmm15, [rax+ymm9*4+0x10], xmm1
vpgatherqd xmm0, [rax+ymm9*4+0x10], xmm1
vpgatherqd xmm15, [r13+ymm9*8], xmm1
vpgatherqd xmm15, [ymm9*1+0x100], xmm1
vpgatherqd xmm15, [rsp+ymm9*2-0x8], xmm1
vpgatherqd xmm15, [rax+ymm9*4+0x10], xmm7
vpgatherqd xmm15, [rax+ymm9*4+0x10], xmm8
vpgatherqq xmm0, [rax+xmm9*4+0x10], xmm7
vpgatherqq xmm1, [rax+xmm9*4+0x10], xmm7
vpgatherqq xmm0, [r13+xmm9*8], xmm7
vpgatherqq xmm0, [xmm9*1+0x100], xmm7
vpgatherqq xmm0, [rsp+xmm9*2-0x8], xmm7
vpgatherqq xmm0, [rax+xmm9*4+0x10], xmm8
vpgatherqq xmm0, [rax+xmm9*4+0x10], xmm13
vpgatherqq ymm1, [rax+ymm9*4+0x10], ymm8
vpgatherqq ymm7, [rax+ymm9*4+0x10], ymm8
vpgatherqq ymm1, [r13+ymm9*8], ymm8
vpgatherqq ymm1, [ymm9*1+0x100], ymm8
vpgatherqq ymm1, [rsp+ymm9*2-0x8], ymm8
vpgatherqq ymm1, [rax+ymm9*4+0x10], ymm13
vpgatherqq ymm1, [rax+ymm9*4+0x10], ymm15
vgatherdps xmm7, [rax+xmm9*4+0x10], xmm13
vgatherdps xmm8, [rax+xmm9*4+0x10], xmm13
vgatherdps xmm7, [r13+xmm9*8], xmm13
vgatherdps xmm7, [xmm9*1+0x100], xmm13
vgatherdps xmm7, [rsp+xmm9*2-0x8], xmm13
vgatherdps xmm7, [rax+xmm9*4+0x10], xmm15
vgatherdps xmm7, [rax+xmm9*4+0x10], xmm0
vgatherdps ymm8, [rax+ymm9*4+0x10], ymm15
vgatherdps ymm13, [rax+ymm9*4+0x10], ymm15
vgatherdps ymm8, [r13+ymm9*8], ymm15
vgatherdps ymm8, [ymm9*1+0x100], ymm15
vgatherdps ymm8, [rsp+ymm9*2-0x8], ymm15
vgatherdps ymm8, [rax+ymm9*4+0x10], ymm0
vgatherdps ymm8, [rax+ymm9*4+0x10], ymm1
vgatherdpd xmm13, [rax+xmm9*4+0x10], xmm0
vgatherdpd xmm15, [rax+xmm9*4+0x10], xmm0
vgatherdpd xmm13, [r13+xmm9*8], xmm0
vgatherdpd xmm13, [xmm9*1+0x100], xmm0
vgatherdpd xmm13, [rsp+xmm9*2-0x8], xmm0
vgatherdpd xmm13, [rax+xmm9*4+0x10], xmm1
vgatherdpd xmm13, [rax+xmm9*4+0x10], xmm7
vgatherdpd ymm15, [rax+xmm9*4+0x10], ymm1
vgatherdpd ymm0, [rax+xmm9*4+0x10], ymm1
vgatherdpd ymm15, [r13+xmm9*8], ymm1
vgatherdpd ymm15, [xmm9*1+0x100], ymm1
vgatherdpd ymm15, [rsp+xmm9*2-0x8], ymm1
vgatherdpd ymm15, [rax+xmm9*4+0x10], ymm7
vgatherdpd ymm15, [rax+xmm9*4+0x10], ymm8
vgatherqps xmm0, [rax+xmm9*4+0x10], xmm7
vgatherqps xmm1, [rax+xmm9*4+0x10], xmm7
vgatherqps xmm0, [r13+xmm9*8], xmm7
vgatherqps xmm0, [xmm9*1+0x100], xmm7
vgatherqps xmm0, [rsp+xmm9*2-0x8], xmm7
vgatherqps xmm0, [rax+xmm9*4+0x10], xmm8
vgatherqps xmm0, [rax+xmm9*4+0x10], xmm13
vgatherqps xmm1, [rax+ymm9*4+0x10], xmm8
vgatherqps xmm7, [rax+ymm9*4+0x10], xmm8
vgatherqps xmm1, [r13+ymm9*8], xmm8
vgatherqps xmm1, [ymm9*1+0x100], xmm8
vgatherqps xmm1, [rsp+ymm9*2-0x8], xmm8
vgatherqps xmm1, [rax+ymm9*4+0x10], xmm13
vgatherqps xmm1, [rax+ymm9*4+0x10], xmm15
vgatherqpd xmm7, [rax+xmm9*4+0x10], xmm13
vgatherqpd xmm8, [rax+xmm9*4+0x10], xmm13
vgatherqpd xmm7, [r13+xmm9*8], xmm13
vgatherqpd xmm7, [xmm9*1+0x100], xmm13
vgatherqpd xmm7, [rsp+xmm9*2-0x8], xmm13
vgatherqpd xmm7, [rax+xmm9*4+0x10], xmm15
vgatherqpd xmm7, [rax+xmm9*4+0x10], xmm0
vgatherqpd ymm8, [rax+ymm9*4+0x10], ymm15
vgatherqpd ymm13, [rax+ymm9*4+0x10], ymm15
vgatherqpd ymm8, [r13+ymm9*8], ymm15
vgatherqpd ymm8, [ymm9*1+0x100], ymm15
vgatherqpd ymm8, [rsp+ymm9*2-0x8], ymm15
vgatherqpd ymm8, [rax+ymm9*4+0x10], ymm0
vgatherqpd ymm8, [rax+ymm9*4+0x10], ymm1
vfmaddsub132ps xmm13, xmm15, xmm0
vfmaddsub132ps xmm15, xmm15, xmm0
vfmaddsub132ps xmm0, xmm15, xmm0
vfmaddsub132ps xmm13, xmm0, xmm0
vfmaddsub132ps xmm13, xmm1, xmm0
vfmaddsub132ps xmm13, xmm15, xmm1
vfmaddsub132ps xmm13, xmm15, oword [rax]
vfmaddsub132ps xmm13, xmm15, oword [rbx+0x7f]
vfmaddsub132ps xmm13, xmm15, oword [rcx-0x80]
vfmaddsub132ps xmm13, xmm15, oword [rdx+0x12345678]
vfmaddsub132ps xmm13, xmm15, oword [rsp]
vfmaddsub132ps xmm13, xmm15, [rax]
vfmaddsub132ps ymm15, ymm0, ymm1
vfmaddsub132ps ymm0, ymm0, ymm1
vfmaddsub132ps ymm1, ymm0, ymm1
vfmaddsub132ps ymm15, ymm1, ymm1
vfmaddsub132ps ymm15, ymm7, ymm1
vfmaddsub132ps ymm15, ymm0, ymm7
vfmaddsub132ps ymm15, ymm0, yword [rax]
vfmaddsub132ps ymm15, ymm0, yword [r12]
vfmaddsub132ps ymm15, ymm0, yword [r13]
vfmaddsub132ps ymm15, ymm0, yword [r13+0x10]
vfmaddsub132ps ymm15, ymm0, yword [rax+rbx]
vfmaddsub132ps ymm15, ymm0, [rax]
vfmaddsub132pd xmm0, xmm1, xmm7
vfmaddsub132pd xmm1, xmm1, xmm7
vfmaddsub132pd xmm7, xmm1, xmm7
vfmaddsub132pd xmm0, xmm7, xmm7
vfmaddsub132pd xmm0, xmm8, xmm7
vfmaddsub132pd xmm0, xmm1, xmm8
vfmaddsub132pd xmm0, xmm1, oword [rax]
vfmaddsub132pd xmm0, xmm1, oword [rdi*8+0x1000]
vfmaddsub132pd xmm0, xmm1, oword [r15+r14]
vfmaddsub132pd xmm0, xmm1, oword [rsp+r12*4+0x80]
vfmaddsub132pd xmm0, xmm1, oword [0x12345678]
vfmaddsub132pd xmm0, xmm1, [rax]
vfmaddsub132pd ymm1, ymm7, ymm8
vfmaddsub132pd ymm7, ymm7, ymm8
vfmaddsub132pd ymm8, ymm7, ymm8
vfmaddsub132pd ymm1, ymm8, ymm8
vfmaddsub132pd ymm1, ymm13, ymm8
vfmaddsub132pd ymm1, ymm7, ymm13
vfmaddsub132pd ymm1, ymm7, yword [rax]
vfmaddsub132pd ymm1, ymm7, yword [ebx+ecx*4+0x8]
vfmaddsub132pd ymm1, ymm7, yword [r10d+0x4]
vfmaddsub132pd ymm1, ymm7, yword [fs:rax]
vfmaddsub132pd ymm1, ymm7, yword [gs:0x28]
vfmaddsub132pd ymm1, ymm7, [rax]
vfmsubadd132ps xmm7, xmm8, xmm13
vfmsubadd132ps xmm8, xmm8, xmm13
vfmsubadd132ps xmm13, xmm8, xmm13
vfmsubadd132ps xmm7, xmm13, xmm13
vfmsubadd132ps xmm7, xmm15, xmm13
vfmsubadd132ps xmm7, xmm8, xmm15
vfmsubadd132ps xmm7, xmm8, oword [rax]
vfmsubadd132ps xmm7, xmm8, oword [rel $+0x100]
vfmsubadd132ps xmm7, xmm8, oword [rel $-0x40]
vfmsubadd132ps xmm7, xmm8, oword [eax]
vfmsubadd132ps xmm7, xmm8, oword [ebx+ecx*4+0x8]
vfmsubadd132ps xmm7, xmm8, [rax]
vfmsubadd132ps ymm8, ymm13, ymm15
vfmsubadd132ps ymm13, ymm13, ymm15
vfmsubadd132ps ymm15, ymm13, ymm15
vfmsubadd132ps ymm8, ymm15, ymm15
vfmsubadd132ps ymm8, ymm0, ymm15
vfmsubadd132ps ymm8, ymm13, ymm0
vfmsubadd132ps ymm8, ymm13, yword [rax]
vfmsubadd132ps ymm8, ymm13, yword [fs:rel $+0x10]
vfmsubadd132ps ymm8, ymm13, yword [rbx+0x7f]
vfmsubadd132ps ymm8, ymm13, yword [rcx-0x80]
vfmsubadd132ps ymm8, ymm13, yword [rdx+0x12345678]
vfmsubadd132ps ymm8, ymm13, [rax]
vfmsubadd132pd xmm13, xmm15, xmm0
vfmsubadd132pd xmm15, xmm15, xmm0
vfmsubadd132pd xmm0, xmm15, xmm0
vfmsubadd132pd xmm13, xmm0, xmm0
vfmsubadd132pd xmm13, xmm1, xmm0
vfmsubadd132pd xmm13, xmm15, xmm1
vfmsubadd132pd xmm13, xmm15, oword [rax]
vfmsubadd132pd xmm13, xmm15, oword [rbp-0x8]
vfmsubadd132pd xmm13, xmm15, oword [r12]
vfmsubadd132pd xmm13, xmm15, oword [r13]
vfmsubadd132pd xmm13, xmm15, oword [r13+0x10]
vfmsubadd132pd xmm13, xmm15, [rax]
vfmsubadd132pd ymm15, ymm0, ymm1
vfmsubadd132pd ymm0, ymm0, ymm1
vfmsubadd132pd ymm1, ymm0, ymm1
vfmsubadd132pd ymm15, ymm1, ymm1
vfmsubadd132pd ymm15, ymm7, ymm1
vfmsubadd132pd ymm15, ymm0, ymm7
vfmsubadd132pd ymm15, ymm0, yword [rax]
vfmsubadd132pd ymm15, ymm0, yword [r8+r9*8-0x10]
vfmsubadd132pd ymm15, ymm0, yword [rdi*8+0x1000]
vfmsubadd132pd ymm15, ymm0, yword [r15+r14]
vfmsubadd132pd ymm15, ymm0, yword [rsp+r12*4+0x80]
vfmsubadd132pd ymm15, ymm0, [rax]
vfmadd132ps xmm0, xmm1, xmm7
vfmadd132ps xmm1, xmm1, xmm7
vfmadd132ps xmm7, xmm1, xmm7
vfmadd132ps xmm0, xmm7, xmm7
vfmadd132ps xmm0, xmm8, xmm7
vfmadd132ps xmm0, xmm1, xmm8
vfmadd132ps xmm0, xmm1, oword [rax]
vfmadd132ps xmm0, xmm1, oword [rax+rbx]
vfmadd132ps xmm0, xmm1, oword [rax+rcx*2]
vfmadd132ps xmm0, xmm1, oword [rbx+rsi*4+0x10]
vfmadd132ps xmm0, xmm1, oword [r8+r9*8-0x10]
vfmadd132ps xmm0, xmm1, [rax]
vfmadd132ps ymm1, ymm7, ymm8
vfmadd132ps ymm7, ymm7, ymm8
vfmadd132ps ymm8, ymm7, ymm8
vfmadd132ps ymm1, ymm8, ymm8
vfmadd132ps ymm1, ymm13, ymm8
vfmadd132ps ymm1, ymm7, ymm13
vfmadd132ps ymm1, ymm7, yword [rax]
vfmadd132ps ymm1, ymm7, yword [0x12345678]
vfmadd132ps ymm1, ymm7, yword [rel $+0x100]
vfmadd132ps ymm1, ymm7, yword [rel $-0x40]
vfmadd132ps ymm1, ymm7, yword [eax]
vfmadd132ps ymm1, ymm7, [rax]
vfmadd132pd xmm7, xmm8, xmm13
vfmadd132pd xmm8, xmm8, xmm13
vfmadd132pd xmm13, xmm8, xmm13
vfmadd132pd xmm7, xmm13, xmm13
vfmadd132pd xmm7, xmm15, xmm13
vfmadd132pd xmm7, xmm8, xmm15
vfmadd132pd xmm7, xmm8, oword [rax]
vfmadd132pd xmm7, xmm8, oword [gs:0x28]
vfmadd132pd xmm7, xmm8, oword [fs:rel $+0x10]
vfmadd132pd xmm7, xmm8, oword [rbx+0x7f]
vfmadd132pd xmm7, xmm8, oword [rcx-0x80]
vfmadd132pd xmm7, xmm8, [rax]
vfmadd132pd ymm8, ymm13, ymm15
vfmadd132pd ymm13, ymm13, ymm15
vfmadd132pd ymm15, ymm13, ymm15
vfmadd132pd ymm8, ymm15, ymm15
vfmadd132pd ymm8, ymm0, ymm15
vfmadd132pd ymm8, ymm13, ymm0
vfmadd132pd ymm8, ymm13, yword [rax]
vfmadd132pd ymm8, ymm13, yword [rbp]
vfmadd132pd ymm8, ymm13, yword [rbp-0x8]
vfmadd132pd ymm8, ymm13, yword [r12]
vfmadd132pd ymm8, ymm13, yword [r13]
vfmadd132pd ymm8, ymm13, [rax]
vfmadd132ss xmm13, xmm15, xmm0
vfmadd132ss xmm15, xmm15, xmm0
vfmadd132ss xmm0, xmm15, xmm0
vfmadd132ss xmm13, xmm0, xmm0
vfmadd132ss xmm13, xmm1, xmm0
vfmadd132ss xmm13, xmm15, xmm1
vfmadd132ss xmm13, xmm15, dword [rax]
vfmadd132ss xmm13, xmm15, dword [rdx+0x12345678]
vfmadd132ss xmm13, xmm15, dword [rsp]
vfmadd132ss xmm13, xmm15, dword [rsp+0x8]
vfmadd132ss xmm13, xmm15, dword [rbp]
vfmadd132ss xmm13, xmm15, [rax]
vfmadd132sd xmm15, xmm0, xmm1
vfmadd132sd xmm0, xmm0, xmm1
vfmadd132sd xmm1, xmm0, xmm1
vfmadd132sd xmm15, xmm1, xmm1
vfmadd132sd xmm15, xmm7, xmm1
vfmadd132sd xmm15, xmm0, xmm7
vfmadd132sd xmm15, xmm0, qword [rax]
vfmadd132sd xmm15, xmm0, qword [r13+0x10]
vfmadd132sd xmm15, xmm0, qword [rax+rbx]
vfmadd132sd xmm15, xmm0, qword [rax+rcx*2]
vfmadd132sd xmm15, xmm0, qword [rbx+rsi*4+0x10]
vfmadd132sd xmm15, xmm0, [rax]
vfmsub132ps xmm7, xmm8, xmm13
vfmsub132ps xmm8, xmm8, xmm13
vfmsub132ps xmm13, xmm8, xmm13
vfmsub132ps xmm7, xmm13, xmm13
vfmsub132ps xmm7, xmm15, xmm13
vfmsub132ps xmm7, xmm8, xmm15
vfmsub132ps xmm7, xmm8, oword [rax]
vfmsub132ps xmm7, xmm8, oword [rsp+0x8]
vfmsub132ps xmm7, xmm8, oword [rbp]
vfmsub132ps xmm7, xmm8, oword [rbp-0x8]
vfmsub132ps xmm7, xmm8, oword [r12]
vfmsub132ps xmm7, xmm8, [rax]
vfmsub132ps ymm8, ymm13, ymm15
vfmsub132ps ymm13, ymm13, ymm15
vfmsub132ps ymm15, ymm13, ymm15
vfmsub132ps ymm8, ymm15, ymm15
vfmsub132ps ymm8, ymm0, ymm15
vfmsub132ps ymm8, ymm13, ymm0
vfmsub132ps ymm8, ymm13, yword [rax]
vfmsub132ps ymm8, ymm13, yword [rax+rcx*2]
vfmsub132ps ymm8, ymm13, yword [rbx+rsi*4+0x10]
vfmsub132ps ymm8, ymm13, yword [r8+r9*8-0x10]
vfmsub132ps ymm8, ymm13, yword [rdi*8+0x1000]
vfmsub132ps ymm8, ymm13, [rax]
vfmsub132pd xmm13, xmm15, xmm0
vfmsub132pd xmm15, xmm15, xmm0
vfmsub132pd xmm0, xmm15, xmm0
vfmsub132pd xmm13, xmm0, xmm0
vfmsub132pd xmm13, xmm1, xmm0
vfmsub132pd xmm13, xmm15, xmm1
vfmsub132pd xmm13, xmm15, oword [rax]
vfmsub132pd xmm13, xmm15, oword [rel $+0x100]
vfmsub132pd xmm13, xmm15, oword [rel $-0x40]
vfmsub132pd xmm13, xmm15, oword [eax]
vfmsub132pd xmm13, xmm15, oword [ebx+ecx*4+0x8]
vfmsub132pd xmm13, xmm15, [rax]
vfmsub132pd ymm15, ymm0, ymm1
vfmsub132pd ymm0, ymm0, ymm1
vfmsub132pd ymm1, ymm0, ymm1
vfmsub132pd ymm15, ymm1, ymm1
vfmsub132pd ymm15, ymm7, ymm1
vfmsub132pd ymm15, ymm0, ymm7
vfmsub132pd ymm15, ymm0, yword [rax]
vfmsub132pd ymm15, ymm0, yword [fs:rel $+0x10]
vfmsub132pd ymm15, ymm0, yword [rbx+0x7f]
vfmsub132pd ymm15, ymm0, yword [rcx-0x80]
vfmsub132pd ymm15, ymm0, yword [rdx+0x12345678]
vfmsub132pd ymm15, ymm0, [rax]
vfmsub132ss xmm1, xmm7, xmm8
vfmsub132ss xmm7, xmm7, xmm8
vfmsub132ss xmm8, xmm7, xmm8
vfmsub132ss xmm1, xmm8, xmm8
vfmsub132ss xmm1, xmm13, xmm8
vfmsub132ss xmm1, xmm7, xmm13
vfmsub132ss xmm1, xmm7, dword [rax]
vfmsub132ss xmm1, xmm7, dword [rsp]
vfmsub132ss xmm1, xmm7, dword [rsp+0x8]
vfmsub132ss xmm1, xmm7, dword [rbp]
vfmsub132ss xmm1, xmm7, dword [rbp-0x8]
vfmsub132ss xmm1, xmm7, [rax]
vfmsub132sd xmm7, xmm8, xmm13
vfmsub132sd xmm8, xmm8, xmm13
vfmsub132sd xmm13, xmm8, xmm13
vfmsub132sd xmm7, xmm13, xmm13
vfmsub132sd xmm7, xmm15, xmm13
vfmsub132sd xmm7, xmm8, xmm15
vfmsub132sd xmm7, xmm8, qword [rax]
vfmsub132sd xmm7, xmm8, qword [rax+rbx]
vfmsub132sd xmm7, xmm8, qword [rax+rcx*2]
vfmsub132sd xmm7, xmm8, qword [rbx+rsi*4+0x10]
vfmsub132sd xmm7, xmm8, qword [r8+r9*8-0x10]
vfmsub132sd xmm7, xmm8, [rax]
vfnmadd132ps xmm0, xmm1, xmm7
vfnmadd132ps xmm1, xmm1, xmm7
vfnmadd132ps xmm7, xmm1, xmm7
vfnmadd132ps xmm0, xmm7, xmm7
vfnmadd132ps xmm0, xmm8, xmm7
vfnmadd132ps xmm0, xmm1, xmm8
vfnmadd132ps xmm0, xmm1, oword [rax]
vfnmadd132ps xmm0, xmm1, oword [rbx+rsi*4+0x10]
vfnmadd132ps xmm0, xmm1, oword [r8+r9*8-0x10]
vfnmadd132ps xmm0, xmm1, oword [rdi*8+0x1000]
vfnmadd132ps xmm0, xmm1, oword [r15+r14]
vfnmadd132ps xmm0, xmm1, [rax]
vfnmadd132ps ymm1, ymm7, ymm8
vfnmadd132ps ymm7, ymm7, ymm8
vfnmadd132ps ymm8, ymm7, ymm8
vfnmadd132ps ymm1, ymm8, ymm8
vfnmadd132ps ymm1, ymm13, ymm8
vfnmadd132ps ymm1, ymm7, ymm13
vfnmadd132ps ymm1, ymm7, yword [rax]
vfnmadd132ps ymm1, ymm7, yword [rel $-0x40]
vfnmadd132ps ymm1, ymm7, yword [eax]
vfnmadd132ps ymm1, ymm7, yword [ebx+ecx*4+0x8]
vfnmadd132ps ymm1, ymm7, yword [r10d+0x4]
vfnmadd132ps ymm1, ymm7, [rax]
vfnmadd132pd xmm7, xmm8, xmm13
vfnmadd132pd xmm8, xmm8, xmm13
vfnmadd132pd xmm13, xmm8, xmm13
vfnmadd132pd xmm7, xmm13, xmm13
vfnmadd132pd xmm7, xmm15, xmm13
vfnmadd132pd xmm7, xmm8, xmm15
vfnmadd132pd xmm7, xmm8, oword [rax]
vfnmadd132pd xmm7, xmm8, oword [rbx+0x7f]
vfnmadd132pd xmm7, xmm8, oword [rcx-0x80]
vfnmadd132pd xmm7, xmm8, oword [rdx+0x12345678]
vfnmadd132pd xmm7, xmm8, oword [rsp]
vfnmadd132pd xmm7, xmm8, [rax]
vfnmadd132pd ymm8, ymm13, ymm15
vfnmadd132pd ymm13, ymm13, ymm15
vfnmadd132pd ymm15, ymm13, ymm15
vfnmadd132pd ymm8, ymm15, ymm15
vfnmadd132pd ymm8, ymm0, ymm15
vfnmadd132pd ymm8, ymm13, ymm0
vfnmadd132pd ymm8, ymm13, yword [rax]
vfnmadd132pd ymm8, ymm13, yword [r12]
vfnmadd132pd ymm8, ymm13, yword [r13]
vfnmadd132pd ymm8, ymm13, yword [r13+0x10]
vfnmadd132pd ymm8, ymm13, yword [rax+rbx]
vfnmadd132pd ymm8, ymm13, [rax]
vfnmadd132ss xmm13, xmm15, xmm0
vfnmadd132ss xmm15, xmm15, xmm0
vfnmadd132ss xmm0, xmm15, xmm0
vfnmadd132ss xmm13, xmm0, xmm0
vfnmadd132ss xmm13, xmm1, xmm0
vfnmadd132ss xmm13, xmm15, xmm1
vfnmadd132ss xmm13, xmm15, dword [rax]
vfnmadd132ss xmm13, xmm15, dword [rsp+0x8]
vfnmadd132ss xmm13, xmm15, dword [rbp]
vfnmadd132ss xmm13, xmm15, dword [rbp-0x8]
vfnmadd132ss xmm13, xmm15, dword [r12]
vfnmadd132ss xmm13, xmm15, [rax]
vfnmadd132sd xmm15, xmm0, xmm1
vfnmadd132sd xmm0, xmm0, xmm1
vfnmadd132sd xmm1, xmm0, xmm1
vfnmadd132sd xmm15, xmm1, xmm1
vfnmadd132sd xmm15, xmm7, xmm1
vfnmadd132sd xmm15, xmm0, xmm7
vfnmadd132sd xmm15, xmm0, qword [rax]
vfnmadd132sd xmm15, xmm0, qword [rax+rcx*2]
vfnmadd132sd xmm15, xmm0, qword [rbx+rsi*4+0x10]
vfnmadd132sd xmm15, xmm0, qword [r8+r9*8-0x10]
vfnmadd132sd xmm15, xmm0, qword [rdi*8+0x1000]
vfnmadd132sd xmm15, xmm0, [rax]
vfnmsub132ps xmm7, xmm8, xmm13
vfnmsub132ps xmm8, xmm8, xmm13
vfnmsub132ps xmm13, xmm8, xmm13
vfnmsub132ps xmm7, xmm13, xmm13
vfnmsub132ps xmm7, xmm15, xmm13
vfnmsub132ps xmm7, xmm8, xmm15
vfnmsub132ps xmm7, xmm8, oword [rax]
vfnmsub132ps xmm7, xmm8, oword [rbp-0x8]
vfnmsub132ps xmm7, xmm8, oword [r12]
vfnmsub132ps xmm7, xmm8, oword [r13]
vfnmsub132ps xmm7, xmm8, oword [r13+0x10]
vfnmsub132ps xmm7, xmm8, [rax]
vfnmsub132ps ymm8, ymm13, ymm15
vfnmsub132ps ymm13, ymm13, ymm15
vfnmsub132ps ymm15, ymm13, ymm15
vfnmsub132ps ymm8, ymm15, ymm15
vfnmsub132ps ymm8, ymm0, ymm15
vfnmsub132ps ymm8, ymm13, ymm0
vfnmsub132ps ymm8, ymm13, yword [rax]
vfnmsub132ps ymm8, ymm13, yword [r8+r9*8-0x10]
vfnmsub132ps ymm8, ymm13, yword [rdi*8+0x1000]
vfnmsub132ps ymm8, ymm13, yword [r15+r14]
vfnmsub132ps ymm8, ymm13, yword [rsp+r12*4+0x80]
vfnmsub132ps ymm8, ymm13, [rax]
vfnmsub132pd xmm13, xmm15, xmm0
vfnmsub132pd xmm15, xmm15, xmm0
vfnmsub132pd xmm0, xmm15, xmm0
vfnmsub132pd xmm13, xmm0, xmm0
vfnmsub132pd xmm13, xmm1, xmm0
vfnmsub132pd xmm13, xmm15, xmm1
vfnmsub132pd xmm13, xmm15, oword [rax]
vfnmsub132pd xmm13, xmm15, oword [eax]
vfnmsub132pd xmm13, xmm15, oword [ebx+ecx*4+0x8]
vfnmsub132pd xmm13, xmm15, oword [r10d+0x4]
vfnmsub132pd xmm13, xmm15, oword [fs:rax]
vfnmsub132pd xmm13, xmm15, [rax]
vfnmsub132pd ymm15, ymm0, ymm1
vfnmsub132pd ymm0, ymm0, ymm1
vfnmsub132pd ymm1, ymm0, ymm1
vfnmsub132pd ymm15, ymm1, ymm1
vfnmsub132pd ymm15, ymm7, ymm1
vfnmsub132pd ymm15, ymm0, ymm7
vfnmsub132pd ymm15, ymm0, yword [rax]
vfnmsub132pd ymm15, ymm0, yword [rcx-0x80]
vfnmsub132pd ymm15, ymm0, yword [rdx+0x12345678]
vfnmsub132pd ymm15, ymm0, yword [rsp]
vfnmsub132pd ymm15, ymm0, yword [rsp+0x8]
vfnmsub132pd ymm15, ymm0, [rax]
vfnmsub132ss xmm0, xmm1, xmm7
vfnmsub132ss xmm1, xmm1, xmm7
vfnmsub132ss xmm7, xmm1, xmm7
vfnmsub132ss xmm0, xmm7, xmm7
vfnmsub132ss xmm0, xmm8, xmm7
vfnmsub132ss xmm0, xmm1, xmm8
vfnmsub132ss xmm0, xmm1, dword [rax]
vfnmsub132ss xmm0, xmm1, dword [gs:0x28]
vfnmsub132ss xmm0, xmm1, dword [fs:rel $+0x10]
vfnmsub132ss xmm0, xmm1, dword [rbx+0x7f]
vfnmsub132ss xmm0, xmm1, dword [rcx-0x80]
vfnmsub132ss xmm0, xmm1, [rax]
vfnmsub132sd xmm1, xmm7, xmm8
vfnmsub132sd xmm7, xmm7, xmm8
vfnmsub132sd xmm8, xmm7, xmm8
vfnmsub132sd xmm1, xmm8, xmm8
vfnmsub132sd xmm1, xmm13, xmm8
vfnmsub132sd xmm1, xmm7, xmm13
vfnmsub132sd xmm1, xmm7, qword [rax]
vfnmsub132sd xmm1, xmm7, qword [rbp]
vfnmsub132sd xmm1, xmm7, qword [rbp-0x8]
vfnmsub132sd xmm1, xmm7, qword [r12]
vfnmsub132sd xmm1, xmm7, qword [r13]
vfnmsub132sd xmm1, xmm7, [rax]
vfmaddsub213ps xmm13, xmm15, xmm0
vfmaddsub213ps xmm15, xmm15, xmm0
vfmaddsub213ps xmm0, xmm15, xmm0
vfmaddsub213ps xmm13, xmm0, xmm0
vfmaddsub213ps xmm13, xmm1, xmm0
vfmaddsub213ps xmm13, xmm15, xmm1
vfmaddsub213ps xmm13, xmm15, oword [rax]
vfmaddsub213ps xmm13, xmm15, oword [rbx+rsi*4+0x10]
vfmaddsub213ps xmm13, xmm15, oword [r8+r9*8-0x10]
vfmaddsub213ps xmm13, xmm15, oword [rdi*8+0x1000]
vfmaddsub213ps xmm13, xmm15, oword [r15+r14]
vfmaddsub213ps xmm13, xmm15, [rax]
vfmaddsub213ps ymm15, ymm0, ymm1
vfmaddsub213ps ymm0, ymm0, ymm1
vfmaddsub213ps ymm1, ymm0, ymm1
vfmaddsub213ps ymm15, ymm1, ymm1
vfmaddsub213ps ymm15, ymm7, ymm1
vfmaddsub213ps ymm15, ymm0, ymm7
vfmaddsub213ps ymm15, ymm0, yword [rax]
vfmaddsub213ps ymm15, ymm0, yword [rel $-0x40]
vfmaddsub213ps ymm15, ymm0, yword [eax]
vfmaddsub213ps ymm15, ymm0, yword [ebx+ecx*4+0x8]
vfmaddsub213ps ymm15, ymm0, yword [r10d+0x4]
vfmaddsub213ps ymm15, ymm0, [rax]
vfmaddsub213pd xmm0, xmm1, xmm7
vfmaddsub213pd xmm1, xmm1, xmm7
vfmaddsub213pd xmm7, xmm1, xmm7
vfmaddsub213pd xmm0, xmm7, xmm7
vfmaddsub213pd xmm0, xmm8, xmm7
vfmaddsub213pd xmm0, xmm1, xmm8
vfmaddsub213pd xmm0, xmm1, oword [rax]
vfmaddsub213pd xmm0, xmm1, oword [rbx+0x7f]
vfmaddsub213pd xmm0, xmm1, oword [rcx-0x80]
vfmaddsub213pd xmm0, xmm1, oword [rdx+0x12345678]
vfmaddsub213pd xmm0, xmm1, oword [rsp]
vfmaddsub213pd xmm0, xmm1, [rax]
vfmaddsub213pd ymm1, ymm7, ymm8
vfmaddsub213pd ymm7, ymm7, ymm8
vfmaddsub213pd ymm8, ymm7, ymm8
vfmaddsub213pd ymm1, ymm8, ymm8
vfmaddsub213pd ymm1, ymm13, ymm8
vfmaddsub213pd ymm1, ymm7, ymm13
vfmaddsub213pd ymm1, ymm7, yword [rax]
vfmaddsub213pd ymm1, ymm7, yword [r12]
vfmaddsub213pd ymm1, ymm7, yword [r13]
vfmaddsub213pd ymm1, ymm7, yword [r13+0x10]
vfmaddsub213pd ymm1, ymm7, yword [rax+rbx]
vfmaddsub213pd ymm1, ymm7, [rax]
vfmsubadd213ps xmm7, xmm8, xmm13
vfmsubadd213ps xmm8, xmm8, xmm13
vfmsubadd213ps xmm13, xmm8, xmm13
vfmsubadd213ps xmm7, xmm13, xmm13
vfmsubadd213ps xmm7, xmm15, xmm13
vfmsubadd213ps xmm7, xmm8, xmm15
vfmsubadd213ps xmm7, xmm8, oword [rax]
vfmsubadd213ps xmm7, xmm8, oword [rsp+0x8]
vfmsubadd213ps xmm7, xmm8, oword [rbp]
vfmsubadd213ps xmm7, xmm8, oword [rbp-0x8]
vfmsubadd213ps xmm7, xmm8, oword [r12]
vfmsubadd213ps xmm7, xmm8, [rax]
vfmsubadd213ps ymm8, ymm13, ymm15
vfmsubadd213ps ymm13, ymm13, ymm15
vfmsubadd213ps ymm15, ymm13, ymm15
vfmsubadd213ps ymm8, ymm15, ymm15
vfmsubadd213ps ymm8, ymm0, ymm15
vfmsubadd213ps ymm8, ymm13, ymm0
vfmsubadd213ps ymm8, ymm13, yword [rax]
vfmsubadd213ps ymm8, ymm13, yword [rax+rcx*2]
vfmsubadd213ps ymm8, ymm13, yword [rbx+rsi*4+0x10]
vfmsubadd213ps ymm8, ymm13, yword [r8+r9*8-0x10]
vfmsubadd213ps ymm8, ymm13, yword [rdi*8+0x1000]
vfmsubadd213ps ymm8, ymm13, [rax]
vfmsubadd213pd xmm13, xmm15, xmm0
vfmsubadd213pd xmm15, xmm15, xmm0
vfmsubadd213pd xmm0, xmm15, xmm0
vfmsubadd213pd xmm13, xmm0, xmm0
vfmsubadd213pd xmm13, xmm1, xmm0
vfmsubadd213pd xmm13, xmm15, xmm1
vfmsubadd213pd xmm13, xmm15, oword [rax]
vfmsubadd213pd xmm13, xmm15, oword [rel $+0x100]
vfmsubadd213pd xmm13, xmm15, oword [rel $-0x40]
vfmsubadd213pd xmm13, xmm15, oword [eax]
vfmsubadd213pd xmm13, xmm15, oword [ebx+ecx*4+0x8]
vfmsubadd213pd xmm13, xmm15, [rax]
vfmsubadd213pd ymm15, ymm0, ymm1
vfmsubadd213pd ymm0, ymm0, ymm1
vfmsubadd213pd ymm1, ymm0, ymm1
vfmsubadd213pd ymm15, ymm1, ymm1
vfmsubadd213pd ymm15, ymm7, ymm1
vfmsubadd213pd ymm15, ymm0, ymm7
vfmsubadd213pd ymm15, ymm0, yword [rax]
vfmsubadd213pd ymm15, ymm0, yword [fs:rel $+0x10]
vfmsubadd213pd ymm15, ymm0, yword [rbx+0x7f]
vfmsubadd213pd ymm15, ymm0, yword [rcx-0x80]
vfmsubadd213pd ymm15, ymm0, yword [rdx+0x12345678]
vfmsubadd213pd ymm15, ymm0, [rax]
vfmadd213ps xmm0, xmm1, xmm7
vfmadd213ps xmm1, xmm1, xmm7
vfmadd213ps xmm7, xmm1, xmm7
vfmadd213ps xmm0, xmm7, xmm7
vfmadd213ps xmm0, xmm8, xmm7
vfmadd213ps xmm0, xmm1, xmm8
vfmadd213ps xmm0, xmm1, oword [rax]
vfmadd213ps xmm0, xmm1, oword [r10d+0x4]
vfmadd213ps xmm0, xmm1, oword [fs:rax]
vfmadd213ps xmm0, xmm1, oword [gs:0x28]
vfmadd213ps xmm0, xmm1, oword [fs:rel $+0x10]
vfmadd213ps xmm0, xmm1, [rax]
vfmadd213ps ymm1, ymm7, ymm8
vfmadd213ps ymm7, ymm7, ymm8
vfmadd213ps ymm8, ymm7, ymm8
vfmadd213ps ymm1, ymm8, ymm8
vfmadd213ps ymm1, ymm13, ymm8
vfmadd213ps ymm1, ymm7, ymm13
vfmadd213ps ymm1, ymm7, yword [rax]
vfmadd213ps ymm1, ymm7, yword [rsp]
vfmadd213ps ymm1, ymm7, yword [rsp+0x8]
vfmadd213ps ymm1, ymm7, yword [rbp]
vfmadd213ps ymm1, ymm7, yword [rbp-0x8]
vfmadd213ps ymm1, ymm7, [rax]
vfmadd213pd xmm7, xmm8, xmm13
vfmadd213pd xmm8, xmm8, xmm13
vfmadd213pd xmm13, xmm8, xmm13
vfmadd213pd xmm7, xmm13, xmm13
vfmadd213pd xmm7, xmm15, xmm13
vfmadd213pd xmm7, xmm8, xmm15
vfmadd213pd xmm7, xmm8, oword [rax]
vfmadd213pd xmm7, xmm8, oword [rax+rbx]
vfmadd213pd xmm7, xmm8, oword [rax+rcx*2]
vfmadd213pd xmm7, xmm8, oword [rbx+rsi*4+0x10]
vfmadd213pd xmm7, xmm8, oword [r8+r9*8-0x10]
vfmadd213pd xmm7, xmm8, [rax]
vfmadd213pd ymm8, ymm13, ymm15
vfmadd213pd ymm13, ymm13, ymm15
vfmadd213pd ymm15, ymm13, ymm15
vfmadd213pd ymm8, ymm15, ymm15
vfmadd213pd ymm8, ymm0, ymm15
vfmadd213pd ymm8, ymm13, ymm0
vfmadd213pd ymm8, ymm13, yword [rax]
vfmadd213pd ymm8, ymm13, yword [0x12345678]
vfmadd213pd ymm8, ymm13, yword [rel $+0x100]
vfmadd213pd ymm8, ymm13, yword [rel $-0x40]
vfmadd213pd ymm8, ymm13, yword [eax]
vfmadd213pd ymm8, ymm13, [rax]
vfmadd213ss xmm13, xmm15, xmm0
vfmadd213ss xmm15, xmm15, xmm0
vfmadd213ss xmm0, xmm15, xmm0
vfmadd213ss xmm13, xmm0, xmm0
vfmadd213ss xmm13, xmm1, xmm0
vfmadd213ss xmm13, xmm15, xmm1
vfmadd213ss xmm13, xmm15, dword [rax]
vfmadd213ss xmm13, xmm15, dword [rdi*8+0x1000]
vfmadd213ss xmm13, xmm15, dword [r15+r14]
vfmadd213ss xmm13, xmm15, dword [rsp+r12*4+0x80]
vfmadd213ss xmm13, xmm15, dword [0x12345678]
vfmadd213ss xmm13, xmm15, [rax]
vfmadd213sd xmm15, xmm0, xmm1
vfmadd213sd xmm0, xmm0, xmm1
vfmadd213sd xmm1, xmm0, xmm1
vfmadd213sd xmm15, xmm1, xmm1
vfmadd213sd xmm15, xmm7, xmm1
vfmadd213sd xmm15, xmm0, xmm7
vfmadd213sd xmm15, xmm0, qword [rax]
vfmadd213sd xmm15, xmm0, qword [ebx+ecx*4+0x8]
vfmadd213sd xmm15, xmm0, qword [r10d+0x4]
vfmadd213sd xmm15, xmm0, qword [fs:rax]
vfmadd213sd xmm15, xmm0, qword [gs:0x28]
vfmadd213sd xmm15, xmm0, [rax]
vfmsub213ps xmm7, xmm8, xmm13
vfmsub213ps xmm8, xmm8, xmm13
vfmsub213ps xmm13, xmm8, xmm13
vfmsub213ps xmm7, xmm13, xmm13
vfmsub213ps xmm7, xmm15, xmm13
vfmsub213ps xmm7, xmm8, xmm15
vfmsub213ps xmm7, xmm8, oword [rax]
vfmsub213ps xmm7, xmm8, oword [rsp+r12*4+0x80]
vfmsub213ps xmm7, xmm8, oword [0x12345678]
vfmsub213ps xmm7, xmm8, oword [rel $+0x100]
vfmsub213ps xmm7, xmm8, oword [rel $-0x40]
vfmsub213ps xmm7, xmm8, [rax]
vfmsub213ps ymm8, ymm13, ymm15
vfmsub213ps ymm13, ymm13, ymm15
vfmsub213ps ymm15, ymm13, ymm15
vfmsub213ps ymm8, ymm15, ymm15
vfmsub213ps ymm8, ymm0, ymm15
vfmsub213ps ymm8, ymm13, ymm0
vfmsub213ps ymm8, ymm13, yword [rax]
vfmsub213ps ymm8, ymm13, yword [fs:rax]
vfmsub213ps ymm8, ymm13, yword [gs:0x28]
vfmsub213ps ymm8, ymm13, yword [fs:rel $+0x10]
vfmsub213ps ymm8, ymm13, yword [rbx+0x7f]
vfmsub213ps ymm8, ymm13, [rax]
vfmsub213pd xmm13, xmm15, xmm0
vfmsub213pd xmm15, xmm15, xmm0
vfmsub213pd xmm0, xmm15, xmm0
vfmsub213pd xmm13, xmm0, xmm0
vfmsub213pd xmm13, xmm1, xmm0
vfmsub213pd xmm13, xmm15, xmm1
vfmsub213pd xmm13, xmm15, oword [rax]
vfmsub213pd xmm13, xmm15, oword [rsp+0x8]
vfmsub213pd xmm13, xmm15, oword [rbp]
vfmsub213pd xmm13, xmm15, oword [rbp-0x8]
vfmsub213pd xmm13, xmm15, oword [r12]
vfmsub213pd xmm13, xmm15, [rax]
vfmsub213pd ymm15, ymm0, ymm1
vfmsub213pd ymm0, ymm0, ymm1
vfmsub213pd ymm1, ymm0, ymm1
vfmsub213pd ymm15, ymm1, ymm1
vfmsub213pd ymm15, ymm7, ymm1
vfmsub213pd ymm15, ymm0, ymm7
vfmsub213pd ymm15, ymm0, yword [rax]
vfmsub213pd ymm15, ymm0, yword [rax+rcx*2]
vfmsub213pd ymm15, ymm0, yword [rbx+rsi*4+0x10]
vfmsub213pd ymm15, ymm0, yword [r8+r9*8-0x10]
vfmsub213pd ymm15, ymm0, yword [rdi*8+0x1000]
vfmsub213pd ymm15, ymm0, [rax]
vfmsub213ss xmm1, xmm7, xmm8
vfmsub213ss xmm7, xmm7, xmm8
vfmsub213ss xmm8, xmm7, xmm8
vfmsub213ss xmm1, xmm8, xmm8
vfmsub213ss xmm1, xmm13, xmm8
vfmsub213ss xmm1, xmm7, xmm13
vfmsub213ss xmm1, xmm7, dword [rax]
vfmsub213ss xmm1, xmm7, dword [r15+r14]
vfmsub213ss xmm1, xmm7, dword [rsp+r12*4+0x80]
vfmsub213ss xmm1, xmm7, dword [0x12345678]
vfmsub213ss xmm1, xmm7, dword [rel $+0x100]
vfmsub213ss xmm1, xmm7, [rax]
vfmsub213sd xmm7, xmm8, xmm13
vfmsub213sd xmm8, xmm8, xmm13
vfmsub213sd xmm13, xmm8, xmm13
vfmsub213sd xmm7, xmm13, xmm13
vfmsub213sd xmm7, xmm15, xmm13
vfmsub213sd xmm7, xmm8, xmm15
vfmsub213sd xmm7, xmm8, qword [rax]
vfmsub213sd xmm7, xmm8, qword [r10d+0x4]
vfmsub213sd xmm7, xmm8, qword [fs:rax]
vfmsub213sd xmm7, xmm8, qword [gs:0x28]
vfmsub213sd xmm7, xmm8, qword [fs:rel $+0x10]
vfmsub213sd xmm7, xmm8, [rax]
vfnmadd213ps xmm0, xmm1, xmm7
vfnmadd213ps xmm1, xmm1, xmm7
vfnmadd213ps xmm7, xmm1, xmm7
vfnmadd213ps xmm0, xmm7, xmm7
vfnmadd213ps xmm0, xmm8, xmm7
vfnmadd213ps xmm0, xmm1, xmm8
vfnmadd213ps xmm0, xmm1, oword [rax]
vfnmadd213ps xmm0, xmm1, oword [gs:0x28]
vfnmadd213ps xmm0, xmm1, oword [fs:rel $+0x10]
vfnmadd213ps xmm0, xmm1, oword [rbx+0x7f]
vfnmadd213ps xmm0, xmm1, oword [rcx-0x80]
vfnmadd213ps xmm0, xmm1, [rax]
vfnmadd213ps ymm1, ymm7, ymm8
vfnmadd213ps ymm7, ymm7, ymm8
vfnmadd213ps ymm8, ymm7, ymm8
vfnmadd213ps ymm1, ymm8, ymm8
vfnmadd213ps ymm1, ymm13, ymm8
vfnmadd213ps ymm1, ymm7, ymm13
vfnmadd213ps ymm1, ymm7, yword [rax]
vfnmadd213ps ymm1, ymm7, yword [rbp]
vfnmadd213ps ymm1, ymm7, yword [rbp-0x8]
vfnmadd213ps ymm1, ymm7, yword [r12]
vfnmadd213ps ymm1, ymm7, yword [r13]
vfnmadd213ps ymm1, ymm7, [rax]
vfnmadd213pd xmm7, xmm8, xmm13
vfnmadd213pd xmm8, xmm8, xmm13
vfnmadd213pd xmm13, xmm8, xmm13
vfnmadd213pd xmm7, xmm13, xmm13
vfnmadd213pd xmm7, xmm15, xmm13
vfnmadd213pd xmm7, xmm8, xmm15
vfnmadd213pd xmm7, xmm8, oword [rax]
vfnmadd213pd xmm7, xmm8, oword [rbx+rsi*4+0x10]
vfnmadd213pd xmm7, xmm8, oword [r8+r9*8-0x10]
vfnmadd213pd xmm7, xmm8, oword [rdi*8+0x1000]
vfnmadd213pd xmm7, xmm8, oword [r15+r14]
vfnmadd213pd xmm7, xmm8, [rax]
vfnmadd213pd ymm8, ymm13, ymm15
vfnmadd213pd ymm13, ymm13, ymm15
vfnmadd213pd ymm15, ymm13, ymm15
vfnmadd213pd ymm8, ymm15, ymm15
vfnmadd213pd ymm8, ymm0, ymm15
vfnmadd213pd ymm8, ymm13, ymm0
vfnmadd213pd ymm8, ymm13, yword [rax]
vfnmadd213pd ymm8, ymm13, yword [rel $-0x40]
vfnmadd213pd ymm8, ymm13, yword [eax]
vfnmadd213pd ymm8, ymm13, yword [ebx+ecx*4+0x8]
vfnmadd213pd ymm8, ymm13, yword [r10d+0x4]
vfnmadd213pd ymm8, ymm13, [rax]
vfnmadd213ss xmm13, xmm15, xmm0
vfnmadd213ss xmm15, xmm15, xmm0
vfnmadd213ss xmm0, xmm15, xmm0
vfnmadd213ss xmm13, xmm0, xmm0
vfnmadd213ss xmm13, xmm1, xmm0
vfnmadd213ss xmm13, xmm15, xmm1
vfnmadd213ss xmm13, xmm15, dword [rax]
vfnmadd213ss xmm13, xmm15, dword [rsp+r12*4+0x80]
vfnmadd213ss xmm13, xmm15, dword [0x12345678]
vfnmadd213ss xmm13, xmm15, dword [rel $+0x100]
vfnmadd213ss xmm13, xmm15, dword [rel $-0x40]
vfnmadd213ss xmm13, xmm15, [rax]
vfnmadd213sd xmm15, xmm0, xmm1
vfnmadd213sd xmm0, xmm0, xmm1
vfnmadd213sd xmm1, xmm0, xmm1
vfnmadd213sd xmm15, xmm1, xmm1
vfnmadd213sd xmm15, xmm7, xmm1
vfnmadd213sd xmm15, xmm0, xmm7
vfnmadd213sd xmm15, xmm0, qword [rax]
vfnmadd213sd xmm15, xmm0, qword [fs:rax]
vfnmadd213sd xmm15, xmm0, qword [gs:0x28]
vfnmadd213sd xmm15, xmm0, qword [fs:rel $+0x10]
vfnmadd213sd xmm15, xmm0, qword [rbx+0x7f]
vfnmadd213sd xmm15, xmm0, [rax]
vfnmsub213ps xmm7, xmm8, xmm13
vfnmsub213ps xmm8, xmm8, xmm13
vfnmsub213ps xmm13, xmm8, xmm13
vfnmsub213ps xmm7, xmm13, xmm13
vfnmsub213ps xmm7, xmm15, xmm13
vfnmsub213ps xmm7, xmm8, xmm15
vfnmsub213ps xmm7, xmm8, oword [rax]
vfnmsub213ps xmm7, xmm8, oword [rel $+0x100]
vfnmsub213ps xmm7, xmm8, oword [rel $-0x40]
vfnmsub213ps xmm7, xmm8, oword [eax]
vfnmsub213ps xmm7, xmm8, oword [ebx+ecx*4+0x8]
vfnmsub213ps xmm7, xmm8, [rax]
vfnmsub213ps ymm8, ymm13, ymm15
vfnmsub213ps ymm13, ymm13, ymm15
vfnmsub213ps ymm15, ymm13, ymm15
vfnmsub213ps ymm8, ymm15, ymm15
vfnmsub213ps ymm8, ymm0, ymm15
vfnmsub213ps ymm8, ymm13, ymm0
vfnmsub213ps ymm8, ymm13, yword [rax]
vfnmsub213ps ymm8, ymm13, yword [fs:rel $+0x10]
vfnmsub213ps ymm8, ymm13, yword [rbx+0x7f]
vfnmsub213ps ymm8, ymm13, yword [rcx-0x80]
vfnmsub213ps ymm8, ymm13, yword [rdx+0x12345678]
vfnmsub213ps ymm8, ymm13, [rax]
vfnmsub213pd xmm13, xmm15, xmm0
vfnmsub213pd xmm15, xmm15, xmm0
vfnmsub213pd xmm0, xmm15, xmm0
vfnmsub213pd xmm13, xmm0, xmm0
vfnmsub213pd xmm13, xmm1, xmm0
vfnmsub213pd xmm13, xmm15, xmm1
vfnmsub213pd xmm13, xmm15, oword [rax]
vfnmsub213pd xmm13, xmm15, oword [rbp-0x8]
vfnmsub213pd xmm13, xmm15, oword [r12]
vfnmsub213pd xmm13, xmm15, oword [r13]
vfnmsub213pd xmm13, xmm15, oword [r13+0x10]
vfnmsub213pd xmm13, xmm15, [rax]
vfnmsub213pd ymm15, ymm0, ymm1
vfnmsub213pd ymm0, ymm0, ymm1
vfnmsub213pd ymm1, ymm0, ymm1
vfnmsub213pd ymm15, ymm1, ymm1
vfnmsub213pd ymm15, ymm7, ymm1
vfnmsub213pd ymm15, ymm0, ymm7
vfnmsub213pd ymm15, ymm0, yword [rax]
vfnmsub213pd ymm15, ymm0, yword [r8+r9*8-0x10]
vfnmsub213pd ymm15, ymm0, yword [rdi*8+0x1000]
vfnmsub213pd ymm15, ymm0, yword [r15+r14]
vfnmsub213pd ymm15, ymm0, yword [rsp+r12*4+0x80]
vfnmsub213pd ymm15, ymm0, [rax]
vfnmsub213ss xmm0, xmm1, xmm7
vfnmsub213ss xmm1, xmm1, xmm7
vfnmsub213ss xmm7, xmm1, xmm7
vfnmsub213ss xmm0, xmm7, xmm7
vfnmsub213ss xmm0, xmm8, xmm7
vfnmsub213ss xmm0, xmm1, xmm8
vfnmsub213ss xmm0, xmm1, dword [rax]
vfnmsub213ss xmm0, xmm1, dword [rax+rbx]
vfnmsub213ss xmm0, xmm1, dword [rax+rcx*2]
vfnmsub213ss xmm0, xmm1, dword [rbx+rsi*4+0x10]
vfnmsub213ss xmm0, xmm1, dword [r8+r9*8-0x10]
vfnmsub213ss xmm0, xmm1, [rax]
vfnmsub213sd xmm1, xmm7, xmm8
vfnmsub213sd xmm7, xmm7, xmm8
vfnmsub213sd xmm8, xmm7, xmm8
vfnmsub213sd xmm1, xmm8, xmm8
vfnmsub213sd xmm1, xmm13, xmm8
vfnmsub213sd xmm1, xmm7, xmm13
vfnmsub213sd xmm1, xmm7, qword [rax]
vfnmsub213sd xmm1, xmm7, qword [0x12345678]
vfnmsub213sd xmm1, xmm7, qword [rel $+0x100]
vfnmsub213sd xmm1, xmm7, qword [rel $-0x40]
vfnmsub213sd xmm1, xmm7, qword [eax]
vfnmsub213sd xmm1, xmm7, [rax]
vfmaddsub231ps xmm13, xmm15, xmm0
vfmaddsub231ps xmm15, xmm15, xmm0
vfmaddsub231ps xmm0, xmm15, xmm0
vfmaddsub231ps xmm13, xmm0, xmm0
vfmaddsub231ps xmm13, xmm1, xmm0
vfmaddsub231ps xmm13, xmm15, xmm1
vfmaddsub231ps xmm13, xmm15, oword [rax]
vfmaddsub231ps xmm13, xmm15, oword [rdx+0x12345678]
vfmaddsub231ps xmm13, xmm15, oword [rsp]
vfmaddsub231ps xmm13, xmm15, oword [rsp+0x8]
vfmaddsub231ps xmm13, xmm15, oword [rbp]
vfmaddsub231ps xmm13, xmm15, [rax]
vfmaddsub231ps ymm15, ymm0, ymm1
vfmaddsub231ps ymm0, ymm0, ymm1
vfmaddsub231ps ymm1, ymm0, ymm1
vfmaddsub231ps ymm15, ymm1, ymm1
vfmaddsub231ps ymm15, ymm7, ymm1
vfmaddsub231ps ymm15, ymm0, ymm7
vfmaddsub231ps ymm15, ymm0, yword [rax]
vfmaddsub231ps ymm15, ymm0, yword [r13+0x10]
vfmaddsub231ps ymm15, ymm0, yword [rax+rbx]
vfmaddsub231ps ymm15, ymm0, yword [rax+rcx*2]
vfmaddsub231ps ymm15, ymm0, yword [rbx+rsi*4+0x10]
vfmaddsub231ps ymm15, ymm0, [rax]
vfmaddsub231pd xmm0, xmm1, xmm7
vfmaddsub231pd xmm1, xmm1, xmm7
vfmaddsub231pd xmm7, xmm1, xmm7
vfmaddsub231pd xmm0, xmm7, xmm7
vfmaddsub231pd xmm0, xmm8, xmm7
vfmaddsub231pd xmm0, xmm1, xmm8
vfmaddsub231pd xmm0, xmm1, oword [rax]
vfmaddsub231pd xmm0, xmm1, oword [rsp+r12*4+0x80]
vfmaddsub231pd xmm0, xmm1, oword [0x12345678]
vfmaddsub231pd xmm0, xmm1, oword [rel $+0x100]
vfmaddsub231pd xmm0, xmm1, oword [rel $-0x40]
vfmaddsub231pd xmm0, xmm1, [rax]
vfmaddsub231pd ymm1, ymm7, ymm8
vfmaddsub231pd ymm7, ymm7, ymm8
vfmaddsub231pd ymm8, ymm7, ymm8
vfmaddsub231pd ymm1, ymm8, ymm8
vfmaddsub231pd ymm1, ymm13, ymm8
vfmaddsub231pd ymm1, ymm7, ymm13
vfmaddsub231pd ymm1, ymm7, yword [rax]
vfmaddsub231pd ymm1, ymm7, yword [fs:rax]
vfmaddsub231pd ymm1, ymm7, yword [gs:0x28]
vfmaddsub231pd ymm1, ymm7, yword [fs:rel $+0x10]
vfmaddsub231pd ymm1, ymm7, yword [rbx+0x7f]
vfmaddsub231pd ymm1, ymm7, [rax]
vfmsubadd231ps xmm7, xmm8, xmm13
vfmsubadd231ps xmm8, xmm8, xmm13
vfmsubadd231ps xmm13, xmm8, xmm13
vfmsubadd231ps xmm7, xmm13, xmm13
vfmsubadd231ps xmm7, xmm15, xmm13
vfmsubadd231ps xmm7, xmm8, xmm15
vfmsubadd231ps xmm7, xmm8, oword [rax]
vfmsubadd231ps xmm7, xmm8, oword [eax]
vfmsubadd231ps xmm7, xmm8, oword [ebx+ecx*4+0x8]
vfmsubadd231ps xmm7, xmm8, oword [r10d+0x4]
vfmsubadd231ps xmm7, xmm8, oword [fs:rax]
vfmsubadd231ps xmm7, xmm8, [rax]
vfmsubadd231ps ymm8, ymm13, ymm15
vfmsubadd231ps ymm13, ymm13, ymm15
vfmsubadd231ps ymm15, ymm13, ymm15
vfmsubadd231ps ymm8, ymm15, ymm15
vfmsubadd231ps ymm8, ymm0, ymm15
vfmsubadd231ps ymm8, ymm13, ymm0
vfmsubadd231ps ymm8, ymm13, yword [rax]
vfmsubadd231ps ymm8, ymm13, yword [rcx-0x80]
vfmsubadd231ps ymm8, ymm13, yword [rdx+0x12345678]
vfmsubadd231ps ymm8, ymm13, yword [rsp]
vfmsubadd231ps ymm8, ymm13, yword [rsp+0x8]
vfmsubadd231ps ymm8, ymm13, [rax]
vfmsubadd231pd xmm13, xmm15, xmm0
vfmsubadd231pd xmm15, xmm15, xmm0
vfmsubadd231pd xmm0, xmm15, xmm0
vfmsubadd231pd xmm13, xmm0, xmm0
vfmsubadd231pd xmm13, xmm1, xmm0
vfmsubadd231pd xmm13, xmm15, xmm1
vfmsubadd231pd xmm13, xmm15, oword [rax]
vfmsubadd231pd xmm13, xmm15, oword [r13]
vfmsubadd231pd xmm13, xmm15, oword [r13+0x10]
vfmsubadd231pd xmm13, xmm15, oword [rax+rbx]
vfmsubadd231pd xmm13, xmm15, oword [rax+rcx*2]
vfmsubadd231pd xmm13, xmm15, [rax]
vfmsubadd231pd ymm15, ymm0, ymm1
vfmsubadd231pd ymm0, ymm0, ymm1
vfmsubadd231pd ymm1, ymm0, ymm1
vfmsubadd231pd ymm15, ymm1, ymm1
vfmsubadd231pd ymm15, ymm7, ymm1
vfmsubadd231pd ymm15, ymm0, ymm7
vfmsubadd231pd ymm15, ymm0, yword [rax]
vfmsubadd231pd ymm15, ymm0, yword [r15+r14]
vfmsubadd231pd ymm15, ymm0, yword [rsp+r12*4+0x80]
vfmsubadd231pd ymm15, ymm0, yword [0x12345678]
vfmsubadd231pd ymm15, ymm0, yword [rel $+0x100]
vfmsubadd231pd ymm15, ymm0, [rax]
vfmadd231ps xmm0, xmm1, xmm7
vfmadd231ps xmm1, xmm1, xmm7
vfmadd231ps xmm7, xmm1, xmm7
vfmadd231ps xmm0, xmm7, xmm7
vfmadd231ps xmm0, xmm8, xmm7
vfmadd231ps xmm0, xmm1, xmm8
vfmadd231ps xmm0, xmm1, oword [rax]
vfmadd231ps xmm0, xmm1, oword [rbx+rsi*4+0x10]
vfmadd231ps xmm0, xmm1, oword [r8+r9*8-0x10]
vfmadd231ps xmm0, xmm1, oword [rdi*8+0x1000]
vfmadd231ps xmm0, xmm1, oword [r15+r14]
vfmadd231ps xmm0, xmm1, [rax]
vfmadd231ps ymm1, ymm7, ymm8
vfmadd231ps ymm7, ymm7, ymm8
vfmadd231ps ymm8, ymm7, ymm8
vfmadd231ps ymm1, ymm8, ymm8
vfmadd231ps ymm1, ymm13, ymm8
vfmadd231ps ymm1, ymm7, ymm13
vfmadd231ps ymm1, ymm7, yword [rax]
vfmadd231ps ymm1, ymm7, yword [rel $-0x40]
vfmadd231ps ymm1, ymm7, yword [eax]
vfmadd231ps ymm1, ymm7, yword [ebx+ecx*4+0x8]
vfmadd231ps ymm1, ymm7, yword [r10d+0x4]
vfmadd231ps ymm1, ymm7, [rax]
vfmadd231pd xmm7, xmm8, xmm13
vfmadd231pd xmm8, xmm8, xmm13
vfmadd231pd xmm13, xmm8, xmm13
vfmadd231pd xmm7, xmm13, xmm13
vfmadd231pd xmm7, xmm15, xmm13
vfmadd231pd xmm7, xmm8, xmm15
vfmadd231pd xmm7, xmm8, oword [rax]
vfmadd231pd xmm7, xmm8, oword [rbx+0x7f]
vfmadd231pd xmm7, xmm8, oword [rcx-0x80]
vfmadd231pd xmm7, xmm8, oword [rdx+0x12345678]
vfmadd231pd xmm7, xmm8, oword [rsp]
vfmadd231pd xmm7, xmm8, [rax]
vfmadd231pd ymm8, ymm13, ymm15
vfmadd231pd ymm13, ymm13, ymm15
vfmadd231pd ymm15, ymm13, ymm15
vfmadd231pd ymm8, ymm15, ymm15
vfmadd231pd ymm8, ymm0, ymm15
vfmadd231pd ymm8, ymm13, ymm0
vfmadd231pd ymm8, ymm13, yword [rax]
vfmadd231pd ymm8, ymm13, yword [r12]
vfmadd231pd ymm8, ymm13, yword [r13]
vfmadd231pd ymm8, ymm13, yword [r13+0x10]
vfmadd231pd ymm8, ymm13, yword [rax+rbx]
vfmadd231pd ymm8, ymm13, [rax]
vfmadd231ss xmm13, xmm15, xmm0
vfmadd231ss xmm15, xmm15, xmm0
vfmadd231ss xmm0, xmm15, xmm0
vfmadd231ss xmm13, xmm0, xmm0
vfmadd231ss xmm13, xmm1, xmm0
vfmadd231ss xmm13, xmm15, xmm1
vfmadd231ss xmm13, xmm15, dword [rax]
vfmadd231ss xmm13, xmm15, dword [rsp+0x8]
vfmadd231ss xmm13, xmm15, dword [rbp]
vfmadd231ss xmm13, xmm15, dword [rbp-0x8]
vfmadd231ss xmm13, xmm15, dword [r12]
vfmadd231ss xmm13, xmm15, [rax]
vfmadd231sd xmm15, xmm0, xmm1
vfmadd231sd xmm0, xmm0, xmm1
vfmadd231sd xmm1, xmm0, xmm1
vfmadd231sd xmm15, xmm1, xmm1
vfmadd231sd xmm15, xmm7, xmm1
vfmadd231sd xmm15, xmm0, xmm7
vfmadd231sd xmm15, xmm0, qword [rax]
vfmadd231sd xmm15, xmm0, qword [rax+rcx*2]
vfmadd231sd xmm15, xmm0, qword [rbx+rsi*4+0x10]
vfmadd231sd xmm15, xmm0, qword [r8+r9*8-0x10]
vfmadd231sd xmm15, xmm0, qword [rdi*8+0x1000]
vfmadd231sd xmm15, xmm0, [rax]
vfmsub231ps xmm7, xmm8, xmm13
vfmsub231ps xmm8, xmm8, xmm13
vfmsub231ps xmm13, xmm8, xmm13
vfmsub231ps xmm7, xmm13, xmm13
vfmsub231ps xmm7, xmm15, xmm13
vfmsub231ps xmm7, xmm8, xmm15
vfmsub231ps xmm7, xmm8, oword [rax]
vfmsub231ps xmm7, xmm8, oword [rbp-0x8]
vfmsub231ps xmm7, xmm8, oword [r12]
vfmsub231ps xmm7, xmm8, oword [r13]
vfmsub231ps xmm7, xmm8, oword [r13+0x10]
vfmsub231ps xmm7, xmm8, [rax]
vfmsub231ps ymm8, ymm13, ymm15
vfmsub231ps ymm13, ymm13, ymm15
vfmsub231ps ymm15, ymm13, ymm15
vfmsub231ps ymm8, ymm15, ymm15
vfmsub231ps ymm8, ymm0, ymm15
vfmsub231ps ymm8, ymm13, ymm0
vfmsub231ps ymm8, ymm13, yword [rax]
vfmsub231ps ymm8, ymm13, yword [r8+r9*8-0x10]
vfmsub231ps ymm8, ymm13, yword [rdi*8+0x1000]
vfmsub231ps ymm8, ymm13, yword [r15+r14]
vfmsub231ps ymm8, ymm13, yword [rsp+r12*4+0x80]
vfmsub231ps ymm8, ymm13, [rax]
vfmsub231pd xmm13, xmm15, xmm0
vfmsub231pd xmm15, xmm15, xmm0
vfmsub231pd xmm0, xmm15, xmm0
vfmsub231pd xmm13, xmm0, xmm0
vfmsub231pd xmm13, xmm1, xmm0
vfmsub231pd xmm13, xmm15, xmm1
vfmsub231pd xmm13, xmm15, oword [rax]
vfmsub231pd xmm13, xmm15, oword [eax]
vfmsub231pd xmm13, xmm15, oword [ebx+ecx*4+0x8]
vfmsub231pd xmm13, xmm15, oword [r10d+0x4]
vfmsub231pd xmm13, xmm15, oword [fs:rax]
vfmsub231pd xmm13, xmm15, [rax]
vfmsub231pd ymm15, ymm0, ymm1
vfmsub231pd ymm0, ymm0, ymm1
vfmsub231pd ymm1, ymm0, ymm1
vfmsub231pd ymm15, ymm1, ymm1
vfmsub231pd ymm15, ymm7, ymm1
vfmsub231pd ymm15, ymm0, ymm7
vfmsub231pd ymm15, ymm0, yword [rax]
vfmsub231pd ymm15, ymm0, yword [rcx-0x80]
vfmsub231pd ymm15, ymm0, yword [rdx+0x12345678]
vfmsub231pd ymm15, ymm0, yword [rsp]
vfmsub231pd ymm15, ymm0, yword [rsp+0x8]
vfmsub231pd ymm15, ymm0, [rax]
vfmsub231ss xmm0, xmm1, xmm7
vfmsub231ss xmm1, xmm1, xmm7
vfmsub231ss xmm7, xmm1, xmm7
vfmsub231ss xmm0, xmm7, xmm7
vfmsub231ss xmm0, xmm8, xmm7
vfmsub231ss xmm0, xmm1, xmm8
vfmsub231ss xmm0, xmm1, dword [rax]
vfmsub231ss xmm0, xmm1, dword [gs:0x28]
vfmsub231ss xmm0, xmm1, dword [fs:rel $+0x10]
vfmsub231ss xmm0, xmm1, dword [rbx+0x7f]
vfmsub231ss xmm0, xmm1, dword [rcx-0x80]
vfmsub231ss xmm0, xmm1, [rax]
vfmsub231sd xmm1, xmm7, xmm8
vfmsub231sd xmm7, xmm7, xmm8
vfmsub231sd xmm8, xmm7, xmm8
vfmsub231sd xmm1, xmm8, xmm8
vfmsub231sd xmm1, xmm13, xmm8
vfmsub231sd xmm1, xmm7, xmm13
vfmsub231sd xmm1, xmm7, qword [rax]
vfmsub231sd xmm1, xmm7, qword [rbp]
vfmsub231sd xmm1, xmm7, qword [rbp-0x8]
vfmsub231sd xmm1, xmm7, qword [r12]
vfmsub231sd xmm1, xmm7, qword [r13]
vfmsub231sd xmm1, xmm7, [rax]
vfnmadd231ps xmm13, xmm15, xmm0
vfnmadd231ps xmm15, xmm15, xmm0
vfnmadd231ps xmm0, xmm15, xmm0
vfnmadd231ps xmm13, xmm0, xmm0
vfnmadd231ps xmm13, xmm1, xmm0
vfnmadd231ps xmm13, xmm15, xmm1
vfnmadd231ps xmm13, xmm15, oword [rax]
vfnmadd231ps xmm13, xmm15, oword [rbx+0x7f]
vfnmadd231ps xmm13, xmm15, oword [rcx-0x80]
vfnmadd231ps xmm13, xmm15, oword [rdx+0x12345678]
vfnmadd231ps xmm13, xmm15, oword [rsp]
vfnmadd231ps xmm13, xmm15, [rax]
vfnmadd231ps ymm15, ymm0, ymm1
vfnmadd231ps ymm0, ymm0, ymm1
vfnmadd231ps ymm1, ymm0, ymm1
vfnmadd231ps ymm15, ymm1, ymm1
vfnmadd231ps ymm15, ymm7, ymm1
vfnmadd231ps ymm15, ymm0, ymm7
vfnmadd231ps ymm15, ymm0, yword [rax]
vfnmadd231ps ymm15, ymm0, yword [r12]
vfnmadd231ps ymm15, ymm0, yword [r13]
vfnmadd231ps ymm15, ymm0, yword [r13+0x10]
vfnmadd231ps ymm15, ymm0, yword [rax+rbx]
vfnmadd231ps ymm15, ymm0, [rax]
vfnmadd231pd xmm0, xmm1, xmm7
vfnmadd231pd xmm1, xmm1, xmm7
vfnmadd231pd xmm7, xmm1, xmm7
vfnmadd231pd xmm0, xmm7, xmm7
vfnmadd231pd xmm0, xmm8, xmm7
vfnmadd231pd xmm0, xmm1, xmm8
vfnmadd231pd xmm0, xmm1, oword [rax]
vfnmadd231pd xmm0, xmm1, oword [rdi*8+0x1000]
vfnmadd231pd xmm0, xmm1, oword [r15+r14]
vfnmadd231pd xmm0, xmm1, oword [rsp+r12*4+0x80]
vfnmadd231pd xmm0, xmm1, oword [0x12345678]
vfnmadd231pd xmm0, xmm1, [rax]
vfnmadd231pd ymm1, ymm7, ymm8
vfnmadd231pd ymm7, ymm7, ymm8
vfnmadd231pd ymm8, ymm7, ymm8
vfnmadd231pd ymm1, ymm8, ymm8
vfnmadd231pd ymm1, ymm13, ymm8
vfnmadd231pd ymm1, ymm7, ymm13
vfnmadd231pd ymm1, ymm7, yword [rax]
vfnmadd231pd ymm1, ymm7, yword [ebx+ecx*4+0x8]
vfnmadd231pd ymm1, ymm7, yword [r10d+0x4]
vfnmadd231pd ymm1, ymm7, yword [fs:rax]
vfnmadd231pd ymm1, ymm7, yword [gs:0x28]
vfnmadd231pd ymm1, ymm7, [rax]
vfnmadd231ss xmm7, xmm8, xmm13
vfnmadd231ss xmm8, xmm8, xmm13
vfnmadd231ss xmm13, xmm8, xmm13
vfnmadd231ss xmm7, xmm13, xmm13
vfnmadd231ss xmm7, xmm15, xmm13
vfnmadd231ss xmm7, xmm8, xmm15
vfnmadd231ss xmm7, xmm8, dword [rax]
vfnmadd231ss xmm7, xmm8, dword [rel $+0x100]
vfnmadd231ss xmm7, xmm8, dword [rel $-0x40]
vfnmadd231ss xmm7, xmm8, dword [eax]
vfnmadd231ss xmm7, xmm8, dword [ebx+ecx*4+0x8]
vfnmadd231ss xmm7, xmm8, [rax]
vfnmadd231sd xmm8, xmm13, xmm15
vfnmadd231sd xmm13, xmm13, xmm15
vfnmadd231sd xmm15, xmm13, xmm15
vfnmadd231sd xmm8, xmm15, xmm15
vfnmadd231sd xmm8, xmm0, xmm15
vfnmadd231sd xmm8, xmm13, xmm0
vfnmadd231sd xmm8, xmm13, qword [rax]
vfnmadd231sd xmm8, xmm13, qword [fs:rel $+0x10]
vfnmadd231sd xmm8, xmm13, qword [rbx+0x7f]
vfnmadd231sd xmm8, xmm13, qword [rcx-0x80]
vfnmadd231sd xmm8, xmm13, qword [rdx+0x12345678]
vfnmadd231sd xmm8, xmm13, [rax]
vfnmsub231ps xmm0, xmm1, xmm7
vfnmsub231ps xmm1, xmm1, xmm7
vfnmsub231ps xmm7, xmm1, xmm7
vfnmsub231ps xmm0, xmm7, xmm7
vfnmsub231ps xmm0, xmm8, xmm7
vfnmsub231ps xmm0, xmm1, xmm8
vfnmsub231ps xmm0, xmm1, oword [rax]
vfnmsub231ps xmm0, xmm1, oword [eax]
vfnmsub231ps xmm0, xmm1, oword [ebx+ecx*4+0x8]
vfnmsub231ps xmm0, xmm1, oword [r10d+0x4]
vfnmsub231ps xmm0, xmm1, oword [fs:rax]
vfnmsub231ps xmm0, xmm1, [rax]
vfnmsub231ps ymm1, ymm7, ymm8
vfnmsub231ps ymm7, ymm7, ymm8
vfnmsub231ps ymm8, ymm7, ymm8
vfnmsub231ps ymm1, ymm8, ymm8
vfnmsub231ps ymm1, ymm13, ymm8
vfnmsub231ps ymm1, ymm7, ymm13
vfnmsub231ps ymm1, ymm7, yword [rax]
vfnmsub231ps ymm1, ymm7, yword [rcx-0x80]
vfnmsub231ps ymm1, ymm7, yword [rdx+0x12345678]
vfnmsub231ps ymm1, ymm7, yword [rsp]
vfnmsub231ps ymm1, ymm7, yword [rsp+0x8]
vfnmsub231ps ymm1, ymm7, [rax]
vfnmsub231pd xmm7, xmm8, xmm13
vfnmsub231pd xmm8, xmm8, xmm13
vfnmsub231pd xmm13, xmm8, xmm13
vfnmsub231pd xmm7, xmm13, xmm13
vfnmsub231pd xmm7, xmm15, xmm13
vfnmsub231pd xmm7, xmm8, xmm15
vfnmsub231pd xmm7, xmm8, oword [rax]
vfnmsub231pd xmm7, xmm8, oword [r13]
vfnmsub231pd xmm7, xmm8, oword [r13+0x10]
vfnmsub231pd xmm7, xmm8, oword [rax+rbx]
vfnmsub231pd xmm7, xmm8, oword [rax+rcx*2]
vfnmsub231pd xmm7, xmm8, [rax]
vfnmsub231pd ymm8, ymm13, ymm15
vfnmsub231pd ymm13, ymm13, ymm15
vfnmsub231pd ymm15, ymm13, ymm15
vfnmsub231pd ymm8, ymm15, ymm15
vfnmsub231pd ymm8, ymm0, ymm15
vfnmsub231pd ymm8, ymm13, ymm0
vfnmsub231pd ymm8, ymm13, yword [rax]
vfnmsub231pd ymm8, ymm13, yword [r15+r14]
vfnmsub231pd ymm8, ymm13, yword [rsp+r12*4+0x80]
vfnmsub231pd ymm8, ymm13, yword [0x12345678]
vfnmsub231pd ymm8, ymm13, yword [rel $+0x100]
vfnmsub231pd ymm8, ymm13, [rax]
vfnmsub231ss xmm13, xmm15, xmm0
vfnmsub231ss xmm15, xmm15, xmm0
vfnmsub231ss xmm0, xmm15, xmm0
vfnmsub231ss xmm13, xmm0, xmm0
vfnmsub231ss xmm13, xmm1, xmm0
vfnmsub231ss xmm13, xmm15, xmm1
vfnmsub231ss xmm13, xmm15, dword [rax]
vfnmsub231ss xmm13, xmm15, dword [rbx+rsi*4+0x10]
vfnmsub231ss xmm13, xmm15, dword [r8+r9*8-0x10]
vfnmsub231ss xmm13, xmm15, dword [rdi*8+0x1000]
vfnmsub231ss xmm13, xmm15, dword [r15+r14]
vfnmsub231ss xmm13, xmm15, [rax]
vfnmsub231sd xmm15, xmm0, xmm1
vfnmsub231sd xmm0, xmm0, xmm1
vfnmsub231sd xmm1, xmm0, xmm1
vfnmsub231sd xmm15, xmm1, xmm1
vfnmsub231sd xmm15, xmm7, xmm1
vfnmsub231sd xmm15, xmm0, xmm7
vfnmsub231sd xmm15, xmm0, qword [rax]
vfnmsub231sd xmm15, xmm0, qword [rel $-0x40]
vfnmsub231sd xmm15, xmm0, qword [eax]
vfnmsub231sd xmm15, xmm0, qword [ebx+ecx*4+0x8]
vfnmsub231sd xmm15, xmm0, qword [r10d+0x4]
vfnmsub231sd xmm15, xmm0, [rax]
sha1nexte xmm0, xmm1
sha1nexte xmm1, xmm1
sha1nexte xmm7, xmm1
sha1nexte xmm0, xmm7
sha1nexte xmm0, oword [rax]
sha1nexte xmm0, oword [rbx+rsi*4+0x10]
sha1nexte xmm0, oword [r8+r9*8-0x10]
sha1nexte xmm0, oword [rdi*8+0x1000]
sha1nexte xmm0, oword [r15+r14]
sha1nexte xmm0, [rax]
sha1msg1 xmm8, xmm13
sha1msg1 xmm13, xmm13
sha1msg1 xmm15, xmm13
sha1msg1 xmm8, xmm15
sha1msg1 xmm8, oword [rax]
sha1msg1 xmm8, oword [r12]
sha1msg1 xmm8, oword [r13]
sha1msg1 xmm8, oword [r13+0x10]
sha1msg1 xmm8, oword [rax+rbx]
sha1msg1 xmm8, [rax]
sha1msg2 xmm13, xmm15
sha1msg2 xmm15, xmm15
sha1msg2 xmm0, xmm15
sha1msg2 xmm13, xmm0
sha1msg2 xmm13, oword [rax]
sha1msg2 xmm13, oword [rdi*8+0x1000]
sha1msg2 xmm13, oword [r15+r14]
sha1msg2 xmm13, oword [rsp+r12*4+0x80]
sha1msg2 xmm13, oword [0x12345678]
sha1msg2 xmm13, [rax]
sha256rnds2 xmm1, xmm7
sha256rnds2 xmm7, xmm7
sha256rnds2 xmm8, xmm7
sha256rnds2 xmm1, xmm8
sha256rnds2 xmm1, oword [rax]
sha256rnds2 xmm1, oword [r13+0x10]
sha256rnds2 xmm1, oword [rax+rbx]
sha256rnds2 xmm1, oword [rax+rcx*2]
sha256rnds2 xmm1, oword [rbx+rsi*4+0x10]
sha256rnds2 xmm1, [rax]
sha256msg1 xmm13, xmm15
sha256msg1 xmm15, xmm15
sha256msg1 xmm0, xmm15
sha256msg1 xmm13, xmm0
sha256msg1 xmm13, oword [rax]
sha256msg1 xmm13, oword [rsp+0x8]
sha256msg1 xmm13, oword [rbp]
sha256msg1 xmm13, oword [rbp-0x8]
sha256msg1 xmm13, oword [r12]
sha256msg1 xmm13, [rax]
sha256msg2 xmm1, xmm7
sha256msg2 xmm7, xmm7
sha256msg2 xmm8, xmm7
sha256msg2 xmm1, xmm8
sha256msg2 xmm1, oword [rax]
sha256msg2 xmm1, oword [fs:rel $+0x10]
sha256msg2 xmm1, oword [rbx+0x7f]
sha256msg2 xmm1, oword [rcx-0x80]
sha256msg2 xmm1, oword [rdx+0x12345678]
sha256msg2 xmm1, [rax]
gf2p8mulb xmm13, xmm15
gf2p8mulb xmm15, xmm15
gf2p8mulb xmm0, xmm15
gf2p8mulb xmm13, xmm0
gf2p8mulb xmm13, oword [rax]
gf2p8mulb xmm13, oword [eax]
gf2p8mulb xmm13, oword [ebx+ecx*4+0x8]
gf2p8mulb xmm13, oword [r10d+0x4]
gf2p8mulb xmm13, oword [fs:rax]
gf2p8mulb xmm13, [rax]
vgf2p8mulb xmm15, xmm0, xmm1
vgf2p8mulb xmm0, xmm0, xmm1
vgf2p8mulb xmm1, xmm0, xmm1
vgf2p8mulb xmm15, xmm1, xmm1
vgf2p8mulb xmm15, xmm7, xmm1
vgf2p8mulb xmm15, xmm0, xmm7
vgf2p8mulb xmm15, xmm0, oword [rax]
vgf2p8mulb xmm15, xmm0, oword [rcx-0x80]
vgf2p8mulb xmm15, xmm0, oword [rdx+0x12345678]
vgf2p8mulb xmm15, xmm0, oword [rsp]
vgf2p8mulb xmm15, xmm0, oword [rsp+0x8]
vgf2p8mulb xmm15, xmm0, [rax]
vgf2p8mulb ymm0, ymm1, ymm7
vgf2p8mulb ymm1, ymm1, ymm7
vgf2p8mulb ymm7, ymm1, ymm7
vgf2p8mulb ymm0, ymm7, ymm7
vgf2p8mulb ymm0, ymm8, ymm7
vgf2p8mulb ymm0, ymm1, ymm8
vgf2p8mulb ymm0, ymm1, yword [rax]
vgf2p8mulb ymm0, ymm1, yword [r13]
vgf2p8mulb ymm0, ymm1, yword [r13+0x10]
vgf2p8mulb ymm0, ymm1, yword [rax+rbx]
vgf2p8mulb ymm0, ymm1, yword [rax+rcx*2]
vgf2p8mulb ymm0, ymm1, [rax]
aesimc xmm13, xmm15
aesimc xmm15, xmm15
aesimc xmm0, xmm15
aesimc xmm13, xmm0
aesimc xmm13, oword [rax]
aesimc xmm13, oword [rax+rbx]
aesimc xmm13, oword [rax+rcx*2]
aesimc xmm13, oword [rbx+rsi*4+0x10]
aesimc xmm13, oword [r8+r9*8-0x10]
aesimc xmm13, [rax]
vaesimc xmm15, xmm0
vaesimc xmm0, xmm0
vaesimc xmm1, xmm0
vaesimc xmm15, xmm1
vaesimc xmm15, oword [rax]
vaesimc xmm15, oword [0x12345678]
vaesimc xmm15, oword [rel $+0x100]
vaesimc xmm15, oword [rel $-0x40]
vaesimc xmm15, oword [eax]
vaesimc xmm15, [rax]
aesenc xmm0, xmm1
aesenc xmm1, xmm1
aesenc xmm7, xmm1
aesenc xmm0, xmm7
aesenc xmm0, oword [rax]
aesenc xmm0, oword [gs:0x28]
aesenc xmm0, oword [fs:rel $+0x10]
aesenc xmm0, oword [rbx+0x7f]
aesenc xmm0, oword [rcx-0x80]
aesenc xmm0, [rax]
vaesenc xmm1, xmm7, xmm8
vaesenc xmm7, xmm7, xmm8
vaesenc xmm8, xmm7, xmm8
vaesenc xmm1, xmm8, xmm8
vaesenc xmm1, xmm13, xmm8
vaesenc xmm1, xmm7, xmm13
vaesenc xmm1, xmm7, oword [rax]
vaesenc xmm1, xmm7, oword [rbp]
vaesenc xmm1, xmm7, oword [rbp-0x8]
vaesenc xmm1, xmm7, oword [r12]
vaesenc xmm1, xmm7, oword [r13]
vaesenc xmm1, xmm7, [rax]
vaesenc ymm7, ymm8, ymm13
vaesenc ymm8, ymm8, ymm13
vaesenc ymm13, ymm8, ymm13
vaesenc ymm7, ymm13, ymm13
vaesenc ymm7, ymm15, ymm13
vaesenc ymm7, ymm8, ymm15
vaesenc ymm7, ymm8, yword [rax]
vaesenc ymm7, ymm8, yword [rbx+rsi*4+0x10]
vaesenc ymm7, ymm8, yword [r8+r9*8-0x10]
vaesenc ymm7, ymm8, yword [rdi*8+0x1000]
vaesenc ymm7, ymm8, yword [r15+r14]
vaesenc ymm7, ymm8, [rax]
aesenclast xmm0, xmm1
aesenclast xmm1, xmm1
aesenclast xmm7, xmm1
aesenclast xmm0, xmm7
aesenclast xmm0, oword [rax]
aesenclast xmm0, oword [rdi*8+0x1000]
aesenclast xmm0, oword [r15+r14]
aesenclast xmm0, oword [rsp+r12*4+0x80]
aesenclast xmm0, oword [0x12345678]
aesenclast xmm0, [rax]
vaesenclast xmm1, xmm7, xmm8
vaesenclast xmm7, xmm7, xmm8
vaesenclast xmm8, xmm7, xmm8
vaesenclast xmm1, xmm8, xmm8
vaesenclast xmm1, xmm13, xmm8
vaesenclast xmm1, xmm7, xmm13
vaesenclast xmm1, xmm7, oword [rax]
vaesenclast xmm1, xmm7, oword [ebx+ecx*4+0x8]
vaesenclast xmm1, xmm7, oword [r10d+0x4]
vaesenclast xmm1, xmm7, oword [fs:rax]
vaesenclast xmm1, xmm7, oword [gs:0x28]
vaesenclast xmm1, xmm7, [rax]
vaesenclast ymm7, ymm8, ymm13
vaesenclast ymm8, ymm8, ymm13
vaesenclast ymm13, ymm8, ymm13
vaesenclast ymm7, ymm13, ymm13
vaesenclast ymm7, ymm15, ymm13
vaesenclast ymm7, ymm8, ymm15
vaesenclast ymm7, ymm8, yword [rax]
vaesenclast ymm7, ymm8, yword [rdx+0x12345678]
vaesenclast ymm7, ymm8, yword [rsp]
vaesenclast ymm7, ymm8, yword [rsp+0x8]
vaesenclast ymm7, ymm8, yword [rbp]
vaesenclast ymm7, ymm8, [rax]
aesdec xmm0, xmm1
aesdec xmm1, xmm1
aesdec xmm7, xmm1
aesdec xmm0, xmm7
aesdec xmm0, oword [rax]
aesdec xmm0, oword [rsp+0x8]
aesdec xmm0, oword [rbp]
aesdec xmm0, oword [rbp-0x8]
aesdec xmm0, oword [r12]
aesdec xmm0, [rax]
vaesdec xmm1, xmm7, xmm8
vaesdec xmm7, xmm7, xmm8
vaesdec xmm8, xmm7, xmm8
vaesdec xmm1, xmm8, xmm8
vaesdec xmm1, xmm13, xmm8
vaesdec xmm1, xmm7, xmm13
vaesdec xmm1, xmm7, oword [rax]
vaesdec xmm1, xmm7, oword [rax+rcx*2]
vaesdec xmm1, xmm7, oword [rbx+rsi*4+0x10]
vaesdec xmm1, xmm7, oword [r8+r9*8-0x10]
vaesdec xmm1, xmm7, oword [rdi*8+0x1000]
vaesdec xmm1, xmm7, [rax]
vaesdec ymm7, ymm8, ymm13
vaesdec ymm8, ymm8, ymm13
vaesdec ymm13, ymm8, ymm13
vaesdec ymm7, ymm13, ymm13
vaesdec ymm7, ymm15, ymm13
vaesdec ymm7, ymm8, ymm15
vaesdec ymm7, ymm8, yword [rax]
vaesdec ymm7, ymm8, yword [rel $+0x100]
vaesdec ymm7, ymm8, yword [rel $-0x40]
vaesdec ymm7, ymm8, yword [eax]
vaesdec ymm7, ymm8, yword [ebx+ecx*4+0x8]
vaesdec ymm7, ymm8, [rax]
aesdeclast xmm0, xmm1
aesdeclast xmm1, xmm1
aesdeclast xmm7, xmm1
aesdeclast xmm0, xmm7
aesdeclast xmm0, oword [rax]
aesdeclast xmm0, oword [eax]
aesdeclast xmm0, oword [ebx+ecx*4+0x8]
aesdeclast xmm0, oword [r10d+0x4]
aesdeclast xmm0, oword [fs:rax]
aesdeclast xmm0, [rax]
vaesdeclast xmm1, xmm7, xmm8
vaesdeclast xmm7, xmm7, xmm8
vaesdeclast xmm8, xmm7, xmm8
vaesdeclast xmm1, xmm8, xmm8
vaesdeclast xmm1, xmm13, xmm8
vaesdeclast xmm1, xmm7, xmm13
vaesdeclast xmm1, xmm7, oword [rax]
vaesdeclast xmm1, xmm7, oword [rcx-0x80]
vaesdeclast xmm1, xmm7, oword [rdx+0x12345678]
vaesdeclast xmm1, xmm7, oword [rsp]
vaesdeclast xmm1, xmm7, oword [rsp+0x8]
vaesdeclast xmm1, xmm7, [rax]
vaesdeclast ymm7, ymm8, ymm13
vaesdeclast ymm8, ymm8, ymm13
vaesdeclast ymm13, ymm8, ymm13
vaesdeclast ymm7, ymm13, ymm13
vaesdeclast ymm7, ymm15, ymm13
vaesdeclast ymm7, ymm8, ymm15
vaesdeclast ymm7, ymm8, yword [rax]
vaesdeclast ymm7, ymm8, yword [r13]
vaesdeclast ymm7, ymm8, yword [r13+0x10]
vaesdeclast ymm7, ymm8, yword [rax+rbx]
vaesdeclast ymm7, ymm8, yword [rax+rcx*2]
vaesdeclast ymm7, ymm8, [rax]
movbe r8w, word [rax]
movbe r12w, word [rax]
movbe r15w, word [rax]
movbe r8w, word [rax+rbx]
movbe r8w, word [rax+rcx*2]
movbe r8w, word [rbx+rsi*4+0x10]
movbe r8w, word [r8+r9*8-0x10]
movbe r8w, [rax]
o16 movbe r8w, word [rax]
movbe ebp, dword [rax]
movbe edi, dword [rax]
movbe r8d, dword [rax]
movbe ebp, dword [0x12345678]
movbe ebp, dword [rel $+0x100]
movbe ebp, dword [rel $-0x40]
movbe ebp, dword [eax]
movbe ebp, [rax]
movbe rbp, qword [rax]
movbe rsi, qword [rax]
movbe r8, qword [rax]
movbe rbp, qword [gs:0x28]
movbe rbp, qword [fs:rel $+0x10]
movbe rbp, qword [rbx+0x7f]
movbe rbp, qword [rcx-0x80]
movbe rbp, [rax]
o64 movbe rbp, qword [rax]
crc32 eax, cl
crc32 ecx, cl
crc32 ebx, cl
crc32 eax, dh
crc32 eax, byte [rax]
crc32 eax, byte [rbp]
crc32 eax, byte [rbp-0x8]
crc32 eax, byte [r12]
crc32 eax, byte [r13]
crc32 r13, cl
crc32 r15, cl
crc32 rax, cl
crc32 r13, byte [rax]
crc32 r13, byte [rbx+rsi*4+0x10]
crc32 r13, byte [r8+r9*8-0x10]
crc32 r13, byte [rdi*8+0x1000]
crc32 r13, byte [r15+r14]
o64 crc32 r13, cl
movbe word [rax], r8w
movbe word [rel $-0x40], r8w
movbe word [eax], r8w
movbe word [ebx+ecx*4+0x8], r8w
movbe word [r10d+0x4], r8w
movbe [rax], r8w
movbe word [rax], r12w
movbe word [rax], r15w
o16 movbe word [rax], r8w
movbe dword [rax], ebp
movbe dword [rbx+0x7f], ebp
movbe dword [rcx-0x80], ebp
movbe dword [rdx+0x12345678], ebp
movbe dword [rsp], ebp
movbe [rax], ebp
movbe dword [rax], edi
movbe dword [rax], r8d
movbe qword [rax], rax
movbe qword [r12], rax
movbe qword [r13], rax
movbe qword [r13+0x10], rax
movbe qword [rax+rbx], rax
movbe [rax], rax
movbe qword [rax], rcx
movbe qword [rax], rdx
o64 movbe qword [rax], rax
crc32 r15d, ax
crc32 eax, ax
crc32 ecx, ax
crc32 r15d, cx
crc32 r15d, word [rax]
crc32 r15d, word [rdi*8+0x1000]
crc32 r15d, word [r15+r14]
crc32 r15d, word [rsp+r12*4+0x80]
crc32 r15d, word [0x12345678]
o16 crc32 r15d, ax
crc32 r8d, r13d
crc32 r13d, r13d
crc32 r15d, r13d
crc32 r8d, r15d
crc32 r8d, dword [rax]
crc32 r8d, dword [ebx+ecx*4+0x8]
crc32 r8d, dword [r10d+0x4]
crc32 r8d, dword [fs:rax]
crc32 r8d, dword [gs:0x28]
crc32 rax, rcx
crc32 rcx, rcx
crc32 rdx, rcx
crc32 rax, rdx
crc32 rax, qword [rax]
crc32 rax, qword [rdx+0x12345678]
crc32 rax, qword [rsp]
crc32 rax, qword [rsp+0x8]
crc32 rax, qword [rbp]
o64 crc32 rax, rcx
andn ebx, esp, ebp
andn esp, esp, ebp
andn ebp, esp, ebp
andn ebx, ebp, ebp
andn ebx, edi, ebp
andn ebx, esp, edi
andn ebx, esp, dword [rax]
andn ebx, esp, dword [r13+0x10]
andn ebx, esp, dword [rax+rbx]
andn ebx, esp, dword [rax+rcx*2]
andn ebx, esp, dword [rbx+rsi*4+0x10]
andn ebx, esp, [rax]
andn rbp, rsi, r8
andn rsi, rsi, r8
andn r8, rsi, r8
andn rbp, r8, r8
andn rbp, r12, r8
andn rbp, rsi, r12
andn rbp, rsi, qword [rax]
andn rbp, rsi, qword [rsp+r12*4+0x80]
andn rbp, rsi, qword [0x12345678]
andn rbp, rsi, qword [rel $+0x100]
andn rbp, rsi, qword [rel $-0x40]
andn rbp, rsi, [rax]
blsr r13d, r15d
blsr r15d, r15d
blsr eax, r15d
blsr r13d, eax
blsr r13d, dword [rax]
blsr r13d, dword [fs:rax]
blsr r13d, dword [gs:0x28]
blsr r13d, dword [fs:rel $+0x10]
blsr r13d, dword [rbx+0x7f]
blsr r13d, [rax]
blsr r13, r15
blsr r15, r15
blsr rax, r15
blsr r13, rax
blsr r13, qword [rax]
blsr r13, qword [rsp+0x8]
blsr r13, qword [rbp]
blsr r13, qword [rbp-0x8]
blsr r13, qword [r12]
blsr r13, [rax]
blsmsk esp, ebp
blsmsk ebp, ebp
blsmsk edi, ebp
blsmsk esp, edi
blsmsk esp, dword [rax]
blsmsk esp, dword [rax+rcx*2]
blsmsk esp, dword [rbx+rsi*4+0x10]
blsmsk esp, dword [r8+r9*8-0x10]
blsmsk esp, dword [rdi*8+0x1000]
blsmsk esp, [rax]
blsmsk rdx, rsp
blsmsk rsp, rsp
blsmsk rbp, rsp
blsmsk rdx, rbp
blsmsk rdx, qword [rax]
blsmsk rdx, qword [rel $+0x100]
blsmsk rdx, qword [rel $-0x40]
blsmsk rdx, qword [eax]
blsmsk rdx, qword [ebx+ecx*4+0x8]
blsmsk rdx, [rax]
blsi r15d, eax
blsi eax, eax
blsi ecx, eax
blsi r15d, ecx
blsi r15d, dword [rax]
blsi r15d, dword [fs:rel $+0x10]
blsi r15d, dword [rbx+0x7f]
blsi r15d, dword [rcx-0x80]
blsi r15d, dword [rdx+0x12345678]
blsi r15d, [rax]
blsi r8, r12
blsi r12, r12
blsi r13, r12
blsi r8, r13
blsi r8, qword [rax]
blsi r8, qword [rbp-0x8]
blsi r8, qword [r12]
blsi r8, qword [r13]
blsi r8, qword [r13+0x10]
blsi r8, [rax]
bzhi ebp, edi, r8d
bzhi edi, edi, r8d
bzhi r8d, edi, r8d
bzhi ebp, r8d, r8d
bzhi ebp, dword [rax], r8d
bzhi ebp, dword [r8+r9*8-0x10], r8d
bzhi ebp, dword [rdi*8+0x1000], r8d
bzhi ebp, dword [r15+r14], r8d
bzhi ebp, dword [rsp+r12*4+0x80], r8d
bzhi ebp, [rax], r8d
bzhi ebp, edi, r13d
bzhi ebp, edi, r15d
bzhi rax, rcx, rdx
bzhi rcx, rcx, rdx
bzhi rdx, rcx, rdx
bzhi rax, rdx, rdx
bzhi rax, qword [rax], rdx
bzhi rax, qword [eax], rdx
bzhi rax, qword [ebx+ecx*4+0x8], rdx
bzhi rax, qword [r10d+0x4], rdx
bzhi rax, qword [fs:rax], rdx
bzhi rax, [rax], rdx
bzhi rax, rcx, rsp
bzhi rax, rcx, rbp
wrussd dword [rax], ecx
wrussd dword [rcx-0x80], ecx
wrussd dword [rdx+0x12345678], ecx
wrussd dword [rsp], ecx
wrussd dword [rsp+0x8], ecx
wrussd [rax], ecx
wrussd dword [rax], ebx
wrussd dword [rax], esp
wrussq qword [rax], rsi
wrussq qword [r13], rsi
wrussq qword [r13+0x10], rsi
wrussq qword [rax+rbx], rsi
wrussq qword [rax+rcx*2], rsi
wrussq [rax], rsi
wrussq qword [rax], r8
wrussq qword [rax], r12
o64 wrussq qword [rax], rsi
pext edi, r8d, r13d
pext r8d, r8d, r13d
pext r13d, r8d, r13d
pext edi, r13d, r13d
pext edi, r15d, r13d
pext edi, r8d, r15d
pext edi, r8d, dword [rax]
pext edi, r8d, dword [r15+r14]
pext edi, r8d, dword [rsp+r12*4+0x80]
pext edi, r8d, dword [0x12345678]
pext edi, r8d, dword [rel $+0x100]
pext edi, r8d, [rax]
pext r13, r15, rax
pext r15, r15, rax
pext rax, r15, rax
pext r13, rax, rax
pext r13, rcx, rax
pext r13, r15, rcx
pext r13, r15, qword [rax]
pext r13, r15, qword [r10d+0x4]
pext r13, r15, qword [fs:rax]
pext r13, r15, qword [gs:0x28]
pext r13, r15, qword [fs:rel $+0x10]
pext r13, r15, [rax]
pdep ecx, ebx, esp
pdep ebx, ebx, esp
pdep esp, ebx, esp
pdep ecx, esp, esp
pdep ecx, ebp, esp
pdep ecx, ebx, ebp
pdep ecx, ebx, dword [rax]
pdep ecx, ebx, dword [rsp]
pdep ecx, ebx, dword [rsp+0x8]
pdep ecx, ebx, dword [rbp]
pdep ecx, ebx, dword [rbp-0x8]
pdep ecx, ebx, [rax]
pdep rdx, rsp, rbp
pdep rsp, rsp, rbp
pdep rbp, rsp, rbp
pdep rdx, rbp, rbp
pdep rdx, rsi, rbp
pdep rdx, rsp, rsi
pdep rdx, rsp, qword [rax]
pdep rdx, rsp, qword [rax+rbx]
pdep rdx, rsp, qword [rax+rcx*2]
pdep rdx, rsp, qword [rbx+rsi*4+0x10]
pdep rdx, rsp, qword [r8+r9*8-0x10]
pdep rdx, rsp, [rax]
wrssd dword [rax], r13d
wrssd dword [0x12345678], r13d
wrssd dword [rel $+0x100], r13d
wrssd dword [rel $-0x40], r13d
wrssd dword [eax], r13d
wrssd [rax], r13d
wrssd dword [rax], r15d
wrssd dword [rax], eax
wrssq qword [rax], r12
wrssq qword [gs:0x28], r12
wrssq qword [fs:rel $+0x10], r12
wrssq qword [rbx+0x7f], r12
wrssq qword [rcx-0x80], r12
wrssq [rax], r12
wrssq qword [rax], r13
wrssq qword [rax], r15
o64 wrssq qword [rax], r12
adcx ebx, esp
adcx esp, esp
adcx ebp, esp
adcx ebx, ebp
adcx ebx, dword [rax]
adcx ebx, dword [rbp]
adcx ebx, dword [rbp-0x8]
adcx ebx, dword [r12]
adcx ebx, dword [r13]
adcx ebx, [rax]
adcx rax, rcx
adcx rcx, rcx
adcx rdx, rcx
adcx rax, rdx
adcx rax, qword [rax]
adcx rax, qword [rbx+rsi*4+0x10]
adcx rax, qword [r8+r9*8-0x10]
adcx rax, qword [rdi*8+0x1000]
adcx rax, qword [r15+r14]
adcx rax, [rax]
o64 adcx rax, rcx
adox r13d, r15d
adox r15d, r15d
adox eax, r15d
adox r13d, eax
adox r13d, dword [rax]
adox r13d, dword [rel $-0x40]
adox r13d, dword [eax]
adox r13d, dword [ebx+ecx*4+0x8]
adox r13d, dword [r10d+0x4]
adox r13d, [rax]
adox rbp, rsi
adox rsi, rsi
adox r8, rsi
adox rbp, r8
adox rbp, qword [rax]
adox rbp, qword [rbx+0x7f]
adox rbp, qword [rcx-0x80]
adox rbp, qword [rdx+0x12345678]
adox rbp, qword [rsp]
adox rbp, [rax]
o64 adox rbp, rsi
mulx esp, ebp, edi
mulx ebp, ebp, edi
mulx edi, ebp, edi
mulx esp, edi, edi
mulx esp, r8d, edi
mulx esp, ebp, r8d
mulx esp, ebp, dword [rax]
mulx esp, ebp, dword [r12]
mulx esp, ebp, dword [r13]
mulx esp, ebp, dword [r13+0x10]
mulx esp, ebp, dword [rax+rbx]
mulx esp, ebp, [rax]
mulx r13, r15, rax
mulx r15, r15, rax
mulx rax, r15, rax
mulx r13, rax, rax
mulx r13, rcx, rax
mulx r13, r15, rcx
mulx r13, r15, qword [rax]
mulx r13, r15, qword [rdi*8+0x1000]
mulx r13, r15, qword [r15+r14]
mulx r13, r15, qword [rsp+r12*4+0x80]
mulx r13, r15, qword [0x12345678]
mulx r13, r15, [rax]
bextr r15d, eax, ecx
bextr eax, eax, ecx
bextr ecx, eax, ecx
bextr r15d, ecx, ecx
bextr r15d, dword [rax], ecx
bextr r15d, dword [ebx+ecx*4+0x8], ecx
bextr r15d, dword [r10d+0x4], ecx
bextr r15d, dword [fs:rax], ecx
bextr r15d, dword [gs:0x28], ecx
bextr r15d, [rax], ecx
bextr r15d, eax, ebx
bextr r15d, eax, esp
bextr rdx, rsp, rbp
bextr rsp, rsp, rbp
bextr rbp, rsp, rbp
bextr rdx, rbp, rbp
bextr rdx, qword [rax], rbp
bextr rdx, qword [rdx+0x12345678], rbp
bextr rdx, qword [rsp], rbp
bextr rdx, qword [rsp+0x8], rbp
bextr rdx, qword [rbp], rbp
bextr rdx, [rax], rbp
bextr rdx, rsp, rsi
bextr rdx, rsp, r8
shlx ebp, edi, r8d
shlx edi, edi, r8d
shlx r8d, edi, r8d
shlx ebp, r8d, r8d
shlx ebp, dword [rax], r8d
shlx ebp, dword [r13+0x10], r8d
shlx ebp, dword [rax+rbx], r8d
shlx ebp, dword [rax+rcx*2], r8d
shlx ebp, dword [rbx+rsi*4+0x10], r8d
shlx ebp, [rax], r8d
shlx ebp, edi, r13d
shlx ebp, edi, r15d
shlx r8, r12, r13
shlx r12, r12, r13
shlx r13, r12, r13
shlx r8, r13, r13
shlx r8, qword [rax], r13
shlx r8, qword [rsp+r12*4+0x80], r13
shlx r8, qword [0x12345678], r13
shlx r8, qword [rel $+0x100], r13
shlx r8, qword [rel $-0x40], r13
shlx r8, [rax], r13
shlx r8, r12, r15
shlx r8, r12, rax
sarx eax, ecx, ebx
sarx ecx, ecx, ebx
sarx ebx, ecx, ebx
sarx eax, ebx, ebx
sarx eax, dword [rax], ebx
sarx eax, dword [fs:rax], ebx
sarx eax, dword [gs:0x28], ebx
sarx eax, dword [fs:rel $+0x10], ebx
sarx eax, dword [rbx+0x7f], ebx
sarx eax, [rax], ebx
sarx eax, ecx, esp
sarx eax, ecx, ebp
sarx rax, rcx, rdx
sarx rcx, rcx, rdx
sarx rdx, rcx, rdx
sarx rax, rdx, rdx
sarx rax, qword [rax], rdx
sarx rax, qword [rsp+0x8], rdx
sarx rax, qword [rbp], rdx
sarx rax, qword [rbp-0x8], rdx
sarx rax, qword [r12], rdx
sarx rax, [rax], rdx
sarx rax, rcx, rsp
sarx rax, rcx, rbp
shrx edi, r8d, r13d
shrx r8d, r8d, r13d
shrx r13d, r8d, r13d
shrx edi, r13d, r13d
shrx edi, dword [rax], r13d
shrx edi, dword [rax+rcx*2], r13d
shrx edi, dword [rbx+rsi*4+0x10], r13d
shrx edi, dword [r8+r9*8-0x10], r13d
shrx edi, dword [rdi*8+0x1000], r13d
shrx edi, [rax], r13d
shrx edi, r8d, r15d
shrx edi, r8d, eax
shrx rbp, rsi, r8
shrx rsi, rsi, r8
shrx r8, rsi, r8
shrx rbp, r8, r8
shrx rbp, qword [rax], r8
shrx rbp, qword [rel $+0x100], r8
shrx rbp, qword [rel $-0x40], r8
shrx rbp, qword [eax], r8
shrx rbp, qword [ebx+ecx*4+0x8], r8
shrx rbp, [rax], r8
shrx rbp, rsi, r12
shrx rbp, rsi, r13
movdir64b r15d, [eax]
movdir64b eax, [eax]
movdir64b ecx, [eax]
movdir64b r15d, [ebx+ecx*4+0x8]
movdir64b r15d, [r10d+0x4]
a32 movdir64b r15d, [eax]
movdir64b rsi, [rax]
movdir64b r8, [rax]
movdir64b r12, [rax]
movdir64b rsi, [rdi*8+0x1000]
movdir64b rsi, [r15+r14]
movdir64b rsi, [rsp+r12*4+0x80]
movdir64b rsi, [0x12345678]
movdiri dword [rax], ebx
movdiri dword [rax+rbx], ebx
movdiri dword [rax+rcx*2], ebx
movdiri dword [rbx+rsi*4+0x10], ebx
movdiri dword [r8+r9*8-0x10], ebx
movdiri [rax], ebx
movdiri dword [rax], esp
movdiri dword [rax], ebp
movdiri qword [rax], rdx
movdiri qword [0x12345678], rdx
movdiri qword [rel $+0x100], rdx
movdiri qword [rel $-0x40], rdx
movdiri qword [eax], rdx
movdiri [rax], rdx
movdiri qword [rax], rsp
movdiri qword [rax], rbp
o64 movdiri qword [rax], rdx
vpermq ymm0, ymm1, 0x12
vpermq ymm1, ymm1, 0x12
vpermq ymm7, ymm1, 0x12
vpermq ymm0, ymm7, 0x12
vpermq ymm0, yword [rax], 0x12
vpermq ymm0, yword [gs:0x28], 0x12
vpermq ymm0, yword [fs:rel $+0x10], 0x12
vpermq ymm0, yword [rbx+0x7f], 0x12
vpermq ymm0, yword [rcx-0x80], 0x12
vpermq ymm0, [rax], 0x12
vpermq ymm0, ymm1, 0xf0
vpermpd ymm8, ymm13, 0x12
vpermpd ymm13, ymm13, 0x12
vpermpd ymm15, ymm13, 0x12
vpermpd ymm8, ymm15, 0x12
vpermpd ymm8, yword [rax], 0x12
vpermpd ymm8, yword [rel $-0x40], 0x12
vpermpd ymm8, yword [eax], 0x12
vpermpd ymm8, yword [ebx+ecx*4+0x8], 0x12
vpermpd ymm8, yword [r10d+0x4], 0x12
vpermpd ymm8, [rax], 0x12
vpermpd ymm8, ymm13, 0xf0
vpblendd xmm0, xmm1, xmm7, 0x12
vpblendd xmm1, xmm1, xmm7, 0x12
vpblendd xmm7, xmm1, xmm7, 0x12
vpblendd xmm0, xmm7, xmm7, 0x12
vpblendd xmm0, xmm8, xmm7, 0x12
vpblendd xmm0, xmm1, xmm8, 0x12
vpblendd xmm0, xmm1, oword [rax], 0x12
vpblendd xmm0, xmm1, oword [rdi*8+0x1000], 0x12
vpblendd xmm0, xmm1, oword [r15+r14], 0x12
vpblendd xmm0, xmm1, oword [rsp+r12*4+0x80], 0x12
vpblendd xmm0, xmm1, oword [0x12345678], 0x12
vpblendd xmm0, xmm1, [rax], 0x12
vpblendd xmm0, xmm1, xmm7, 0xf0
vpblendd ymm1, ymm7, ymm8, 0x12
vpblendd ymm7, ymm7, ymm8, 0x12
vpblendd ymm8, ymm7, ymm8, 0x12
vpblendd ymm1, ymm8, ymm8, 0x12
vpblendd ymm1, ymm13, ymm8, 0x12
vpblendd ymm1, ymm7, ymm13, 0x12
vpblendd ymm1, ymm7, yword [rax], 0x12
vpblendd ymm1, ymm7, yword [ebx+ecx*4+0x8], 0x12
vpblendd ymm1, ymm7, yword [r10d+0x4], 0x12
vpblendd ymm1, ymm7, yword [fs:rax], 0x12
vpblendd ymm1, ymm7, yword [gs:0x28], 0x12
vpblendd ymm1, ymm7, [rax], 0x12
vpblendd ymm1, ymm7, ymm8, 0xf0
vpermilps xmm7, xmm8, 0x12
vpermilps xmm8, xmm8, 0x12
vpermilps xmm13, xmm8, 0x12
vpermilps xmm7, xmm13, 0x12
vpermilps xmm7, oword [rax], 0x12
vpermilps xmm7, oword [rel $+0x100], 0x12
vpermilps xmm7, oword [rel $-0x40], 0x12
vpermilps xmm7, oword [eax], 0x12
vpermilps xmm7, oword [ebx+ecx*4+0x8], 0x12
vpermilps xmm7, [rax], 0x12
vpermilps xmm7, xmm8, 0xf0
vpermilps ymm8, ymm13, 0x12
vpermilps ymm13, ymm13, 0x12
vpermilps ymm15, ymm13, 0x12
vpermilps ymm8, ymm15, 0x12
vpermilps ymm8, yword [rax], 0x12
vpermilps ymm8, yword [fs:rel $+0x10], 0x12
vpermilps ymm8, yword [rbx+0x7f], 0x12
vpermilps ymm8, yword [rcx-0x80], 0x12
vpermilps ymm8, yword [rdx+0x12345678], 0x12
vpermilps ymm8, [rax], 0x12
vpermilps ymm8, ymm13, 0xf0
vpermilpd xmm1, xmm7, 0x12
vpermilpd xmm7, xmm7, 0x12
vpermilpd xmm8, xmm7, 0x12
vpermilpd xmm1, xmm8, 0x12
vpermilpd xmm1, oword [rax], 0x12
vpermilpd xmm1, oword [rcx-0x80], 0x12
vpermilpd xmm1, oword [rdx+0x12345678], 0x12
vpermilpd xmm1, oword [rsp], 0x12
vpermilpd xmm1, oword [rsp+0x8], 0x12
vpermilpd xmm1, [rax], 0x12
vpermilpd xmm1, xmm7, 0xf0
vpermilpd ymm7, ymm8, 0x12
vpermilpd ymm8, ymm8, 0x12
vpermilpd ymm13, ymm8, 0x12
vpermilpd ymm7, ymm13, 0x12
vpermilpd ymm7, yword [rax], 0x12
vpermilpd ymm7, yword [r13], 0x12
vpermilpd ymm7, yword [r13+0x10], 0x12
vpermilpd ymm7, yword [rax+rbx], 0x12
vpermilpd ymm7, yword [rax+rcx*2], 0x12
vpermilpd ymm7, [rax], 0x12
vpermilpd ymm7, ymm8, 0xf0
vperm2f128 ymm0, ymm1, ymm7, 0x12
vperm2f128 ymm1, ymm1, ymm7, 0x12
vperm2f128 ymm7, ymm1, ymm7, 0x12
vperm2f128 ymm0, ymm7, ymm7, 0x12
vperm2f128 ymm0, ymm8, ymm7, 0x12
vperm2f128 ymm0, ymm1, ymm8, 0x12
vperm2f128 ymm0, ymm1, yword [rax], 0x12
vperm2f128 ymm0, ymm1, yword [rax+rbx], 0x12
vperm2f128 ymm0, ymm1, yword [rax+rcx*2], 0x12
vperm2f128 ymm0, ymm1, yword [rbx+rsi*4+0x10], 0x12
vperm2f128 ymm0, ymm1, yword [r8+r9*8-0x10], 0x12
vperm2f128 ymm0, ymm1, [rax], 0x12
vperm2f128 ymm0, ymm1, ymm7, 0xf0
roundps xmm1, xmm7, 0x12
roundps xmm7, xmm7, 0x12
roundps xmm8, xmm7, 0x12
roundps xmm1, xmm8, 0x12
roundps xmm1, oword [rax], 0x12
roundps xmm1, oword [0x12345678], 0x12
roundps xmm1, oword [rel $+0x100], 0x12
roundps xmm1, oword [rel $-0x40], 0x12
roundps xmm1, oword [eax], 0x12
roundps xmm1, [rax], 0x12
roundps xmm1, xmm7, 0xf0
vroundps xmm7, xmm8, 0x12
vroundps xmm8, xmm8, 0x12
vroundps xmm13, xmm8, 0x12
vroundps xmm7, xmm13, 0x12
vroundps xmm7, oword [rax], 0x12
vroundps xmm7, oword [gs:0x28], 0x12
vroundps xmm7, oword [fs:rel $+0x10], 0x12
vroundps xmm7, oword [rbx+0x7f], 0x12
vroundps xmm7, oword [rcx-0x80], 0x12
vroundps xmm7, [rax], 0x12
vroundps xmm7, xmm8, 0xf0
vroundps ymm8, ymm13, 0x12
vroundps ymm13, ymm13, 0x12
vroundps ymm15, ymm13, 0x12
vroundps ymm8, ymm15, 0x12
vroundps ymm8, yword [rax], 0x12
vroundps ymm8, yword [rbp], 0x12
vroundps ymm8, yword [rbp-0x8], 0x12
vroundps ymm8, yword [r12], 0x12
vroundps ymm8, yword [r13], 0x12
vroundps ymm8, [rax], 0x12
vroundps ymm8, ymm13, 0xf0
roundpd xmm1, xmm7, 0x12
roundpd xmm7, xmm7, 0x12
roundpd xmm8, xmm7, 0x12
roundpd xmm1, xmm8, 0x12
roundpd xmm1, oword [rax], 0x12
roundpd xmm1, oword [r12], 0x12
roundpd xmm1, oword [r13], 0x12
roundpd xmm1, oword [r13+0x10], 0x12
roundpd xmm1, oword [rax+rbx], 0x12
roundpd xmm1, [rax], 0x12
roundpd xmm1, xmm7, 0xf0
vroundpd xmm7, xmm8, 0x12
vroundpd xmm8, xmm8, 0x12
vroundpd xmm13, xmm8, 0x12
vroundpd xmm7, xmm13, 0x12
vroundpd xmm7, oword [rax], 0x12
vroundpd xmm7, oword [rdi*8+0x1000], 0x12
vroundpd xmm7, oword [r15+r14], 0x12
vroundpd xmm7, oword [rsp+r12*4+0x80], 0x12
vroundpd xmm7, oword [0x12345678], 0x12
vroundpd xmm7, [rax], 0x12
vroundpd xmm7, xmm8, 0xf0
vroundpd ymm8, ymm13, 0x12
vroundpd ymm13, ymm13, 0x12
vroundpd ymm15, ymm13, 0x12
vroundpd ymm8, ymm15, 0x12
vroundpd ymm8, yword [rax], 0x12
vroundpd ymm8, yword [ebx+ecx*4+0x8], 0x12
vroundpd ymm8, yword [r10d+0x4], 0x12
vroundpd ymm8, yword [fs:rax], 0x12
vroundpd ymm8, yword [gs:0x28], 0x12
vroundpd ymm8, [rax], 0x12
vroundpd ymm8, ymm13, 0xf0
roundss xmm1, xmm7, 0x12
roundss xmm7, xmm7, 0x12
roundss xmm8, xmm7, 0x12
roundss xmm1, xmm8, 0x12
roundss xmm1, dword [rax], 0x12
roundss xmm1, dword [fs:rax], 0x12
roundss xmm1, dword [gs:0x28], 0x12
roundss xmm1, dword [fs:rel $+0x10], 0x12
roundss xmm1, dword [rbx+0x7f], 0x12
roundss xmm1, [rax], 0x12
roundss xmm1, xmm7, 0xf0
vroundss xmm7, xmm8, xmm13, 0x12
vroundss xmm8, xmm8, xmm13, 0x12
vroundss xmm13, xmm8, xmm13, 0x12
vroundss xmm7, xmm13, xmm13, 0x12
vroundss xmm7, xmm15, xmm13, 0x12
vroundss xmm7, xmm8, xmm15, 0x12
vroundss xmm7, xmm8, dword [rax], 0x12
vroundss xmm7, xmm8, dword [rsp+0x8], 0x12
vroundss xmm7, xmm8, dword [rbp], 0x12
vroundss xmm7, xmm8, dword [rbp-0x8], 0x12
vroundss xmm7, xmm8, dword [r12], 0x12
vroundss xmm7, xmm8, [rax], 0x12
vroundss xmm7, xmm8, xmm13, 0xf0
roundsd xmm13, xmm15, 0x12
roundsd xmm15, xmm15, 0x12
roundsd xmm0, xmm15, 0x12
roundsd xmm13, xmm0, 0x12
roundsd xmm13, qword [rax], 0x12
roundsd xmm13, qword [rel $+0x100], 0x12
roundsd xmm13, qword [rel $-0x40], 0x12
roundsd xmm13, qword [eax], 0x12
roundsd xmm13, qword [ebx+ecx*4+0x8], 0x12
roundsd xmm13, [rax], 0x12
roundsd xmm13, xmm15, 0xf0
vroundsd xmm15, xmm0, xmm1, 0x12
vroundsd xmm0, xmm0, xmm1, 0x12
vroundsd xmm1, xmm0, xmm1, 0x12
vroundsd xmm15, xmm1, xmm1, 0x12
vroundsd xmm15, xmm7, xmm1, 0x12
vroundsd xmm15, xmm0, xmm7, 0x12
vroundsd xmm15, xmm0, qword [rax], 0x12
vroundsd xmm15, xmm0, qword [fs:rel $+0x10], 0x12
vroundsd xmm15, xmm0, qword [rbx+0x7f], 0x12
vroundsd xmm15, xmm0, qword [rcx-0x80], 0x12
vroundsd xmm15, xmm0, qword [rdx+0x12345678], 0x12
vroundsd xmm15, xmm0, [rax], 0x12
vroundsd xmm15, xmm0, xmm1, 0xf0
blendps xmm1, xmm7, 0x12
blendps xmm7, xmm7, 0x12
blendps xmm8, xmm7, 0x12
blendps xmm1, xmm8, 0x12
blendps xmm1, oword [rax], 0x12
blendps xmm1, oword [r8+r9*8-0x10], 0x12
blendps xmm1, oword [rdi*8+0x1000], 0x12
blendps xmm1, oword [r15+r14], 0x12
blendps xmm1, oword [rsp+r12*4+0x80], 0x12
blendps xmm1, [rax], 0x12
blendps xmm1, xmm7, 0xf0
vblendps xmm7, xmm8, xmm13, 0x12
vblendps xmm8, xmm8, xmm13, 0x12
vblendps xmm13, xmm8, xmm13, 0x12
vblendps xmm7, xmm13, xmm13, 0x12
vblendps xmm7, xmm15, xmm13, 0x12
vblendps xmm7, xmm8, xmm15, 0x12
vblendps xmm7, xmm8, oword [rax], 0x12
vblendps xmm7, xmm8, oword [eax], 0x12
vblendps xmm7, xmm8, oword [ebx+ecx*4+0x8], 0x12
vblendps xmm7, xmm8, oword [r10d+0x4], 0x12
vblendps xmm7, xmm8, oword [fs:rax], 0x12
vblendps xmm7, xmm8, [rax], 0x12
vblendps xmm7, xmm8, xmm13, 0xf0
vblendps ymm8, ymm13, ymm15, 0x12
vblendps ymm13, ymm13, ymm15, 0x12
vblendps ymm15, ymm13, ymm15, 0x12
vblendps ymm8, ymm15, ymm15, 0x12
vblendps ymm8, ymm0, ymm15, 0x12
vblendps ymm8, ymm13, ymm0, 0x12
vblendps ymm8, ymm13, yword [rax], 0x12
vblendps ymm8, ymm13, yword [rcx-0x80], 0x12
vblendps ymm8, ymm13, yword [rdx+0x12345678], 0x12
vblendps ymm8, ymm13, yword [rsp], 0x12
vblendps ymm8, ymm13, yword [rsp+0x8], 0x12
vblendps ymm8, ymm13, [rax], 0x12
vblendps ymm8, ymm13, ymm15, 0xf0
blendpd xmm13, xmm15, 0x12
blendpd xmm15, xmm15, 0x12
blendpd xmm0, xmm15, 0x12
blendpd xmm13, xmm0, 0x12
blendpd xmm13, oword [rax], 0x12
blendpd xmm13, oword [r13], 0x12
blendpd xmm13, oword [r13+0x10], 0x12
blendpd xmm13, oword [rax+rbx], 0x12
blendpd xmm13, oword [rax+rcx*2], 0x12
blendpd xmm13, [rax], 0x12
blendpd xmm13, xmm15, 0xf0
vblendpd xmm15, xmm0, xmm1, 0x12
vblendpd xmm0, xmm0, xmm1, 0x12
vblendpd xmm1, xmm0, xmm1, 0x12
vblendpd xmm15, xmm1, xmm1, 0x12
vblendpd xmm15, xmm7, xmm1, 0x12
vblendpd xmm15, xmm0, xmm7, 0x12
vblendpd xmm15, xmm0, oword [rax], 0x12
vblendpd xmm15, xmm0, oword [r15+r14], 0x12
vblendpd xmm15, xmm0, oword [rsp+r12*4+0x80], 0x12
vblendpd xmm15, xmm0, oword [0x12345678], 0x12
vblendpd xmm15, xmm0, oword [rel $+0x100], 0x12
vblendpd xmm15, xmm0, [rax], 0x12
vblendpd xmm15, xmm0, xmm1, 0xf0
vblendpd ymm0, ymm1, ymm7, 0x12
vblendpd ymm1, ymm1, ymm7, 0x12
vblendpd ymm7, ymm1, ymm7, 0x12
vblendpd ymm0, ymm7, ymm7, 0x12
vblendpd ymm0, ymm8, ymm7, 0x12
vblendpd ymm0, ymm1, ymm8, 0x12
vblendpd ymm0, ymm1, yword [rax], 0x12
vblendpd ymm0, ymm1, yword [r10d+0x4], 0x12
vblendpd ymm0, ymm1, yword [fs:rax], 0x12
vblendpd ymm0, ymm1, yword [gs:0x28], 0x12
vblendpd ymm0, ymm1, yword [fs:rel $+0x10], 0x12
vblendpd ymm0, ymm1, [rax], 0x12
vblendpd ymm0, ymm1, ymm7, 0xf0
pblendw xmm1, xmm7, 0x12
pblendw xmm7, xmm7, 0x12
pblendw xmm8, xmm7, 0x12
pblendw xmm1, xmm8, 0x12
pblendw xmm1, oword [rax], 0x12
pblendw xmm1, oword [rsp], 0x12
pblendw xmm1, oword [rsp+0x8], 0x12
pblendw xmm1, oword [rbp], 0x12
pblendw xmm1, oword [rbp-0x8], 0x12
pblendw xmm1, [rax], 0x12
pblendw xmm1, xmm7, 0xf0
vpblendw xmm7, xmm8, xmm13, 0x12
vpblendw xmm8, xmm8, xmm13, 0x12
vpblendw xmm13, xmm8, xmm13, 0x12
vpblendw xmm7, xmm13, xmm13, 0x12
vpblendw xmm7, xmm15, xmm13, 0x12
vpblendw xmm7, xmm8, xmm15, 0x12
vpblendw xmm7, xmm8, oword [rax], 0x12
vpblendw xmm7, xmm8, oword [rax+rbx], 0x12
vpblendw xmm7, xmm8, oword [rax+rcx*2], 0x12
vpblendw xmm7, xmm8, oword [rbx+rsi*4+0x10], 0x12
vpblendw xmm7, xmm8, oword [r8+r9*8-0x10], 0x12
vpblendw xmm7, xmm8, [rax], 0x12
vpblendw xmm7, xmm8, xmm13, 0xf0
vpblendw ymm8, ymm13, ymm15, 0x12
vpblendw ymm13, ymm13, ymm15, 0x12
vpblendw ymm15, ymm13, ymm15, 0x12
vpblendw ymm8, ymm15, ymm15, 0x12
vpblendw ymm8, ymm0, ymm15, 0x12
vpblendw ymm8, ymm13, ymm0, 0x12
vpblendw ymm8, ymm13, yword [rax], 0x12
vpblendw ymm8, ymm13, yword [0x12345678], 0x12
vpblendw ymm8, ymm13, yword [rel $+0x100], 0x12
vpblendw ymm8, ymm13, yword [rel $-0x40], 0x12
vpblendw ymm8, ymm13, yword [eax], 0x12
vpblendw ymm8, ymm13, [rax], 0x12
vpblendw ymm8, ymm13, ymm15, 0xf0
palignr mm5, mm7, 0x12
palignr mm7, mm7, 0x12
palignr mm0, mm7, 0x12
palignr mm5, mm0, 0x12
palignr mm5, qword [rax], 0x12
palignr mm5, qword [gs:0x28], 0x12
palignr mm5, qword [fs:rel $+0x10], 0x12
palignr mm5, qword [rbx+0x7f], 0x12
palignr mm5, qword [rcx-0x80], 0x12
palignr mm5, [rax], 0x12
palignr mm5, mm7, 0xf0
palignr xmm15, xmm0, 0x12
palignr xmm0, xmm0, 0x12
palignr xmm1, xmm0, 0x12
palignr xmm15, xmm1, 0x12
palignr xmm15, [rax], 0x12
palignr xmm15, xmm0, 0xf0
vpalignr xmm0, xmm1, xmm7, 0x12
vpalignr xmm1, xmm1, xmm7, 0x12
vpalignr xmm7, xmm1, xmm7, 0x12
vpalignr xmm0, xmm7, xmm7, 0x12
vpalignr xmm0, xmm8, xmm7, 0x12
vpalignr xmm0, xmm1, xmm8, 0x12
vpalignr xmm0, xmm1, oword [rax], 0x12
vpalignr xmm0, xmm1, oword [rbx+rsi*4+0x10], 0x12
vpalignr xmm0, xmm1, oword [r8+r9*8-0x10], 0x12
vpalignr xmm0, xmm1, oword [rdi*8+0x1000], 0x12
vpalignr xmm0, xmm1, oword [r15+r14], 0x12
vpalignr xmm0, xmm1, [rax], 0x12
vpalignr xmm0, xmm1, xmm7, 0xf0
vpalignr ymm1, ymm7, ymm8, 0x12
vpalignr ymm7, ymm7, ymm8, 0x12
vpalignr ymm8, ymm7, ymm8, 0x12
vpalignr ymm1, ymm8, ymm8, 0x12
vpalignr ymm1, ymm13, ymm8, 0x12
vpalignr ymm1, ymm7, ymm13, 0x12
vpalignr ymm1, ymm7, yword [rax], 0x12
vpalignr ymm1, ymm7, yword [rel $-0x40], 0x12
vpalignr ymm1, ymm7, yword [eax], 0x12
vpalignr ymm1, ymm7, yword [ebx+ecx*4+0x8], 0x12
vpalignr ymm1, ymm7, yword [r10d+0x4], 0x12
vpalignr ymm1, ymm7, [rax], 0x12
vpalignr ymm1, ymm7, ymm8, 0xf0
pextrb edi, xmm0, 0x12
pextrb r8d, xmm0, 0x12
pextrb byte [rax], xmm0, 0x12
pextrb byte [ebx+ecx*4+0x8], xmm0, 0x12
pextrb byte [r10d+0x4], xmm0, 0x12
pextrb byte [fs:rax], xmm0, 0x12
pextrb byte [gs:0x28], xmm0, 0x12
pextrb [rax], xmm0, 0x12
pextrb edi, xmm1, 0x12
pextrb edi, xmm7, 0x12
pextrb edi, xmm0, 0xf0
pextrb r13, xmm1, 0x12
pextrb r15, xmm1, 0x12
pextrb byte [rax], xmm1, 0x12
pextrb byte [rdx+0x12345678], xmm1, 0x12
pextrb byte [rsp], xmm1, 0x12
pextrb byte [rsp+0x8], xmm1, 0x12
pextrb byte [rbp], xmm1, 0x12
pextrb [rax], xmm1, 0x12
pextrb r13, xmm7, 0x12
pextrb r13, xmm8, 0x12
pextrb r13, xmm1, 0xf0
o64 pextrb r13, xmm1, 0x12
vpextrb ecx, xmm7, 0x12
vpextrb ebx, xmm7, 0x12
vpextrb byte [rax], xmm7, 0x12
vpextrb byte [r13+0x10], xmm7, 0x12
vpextrb byte [rax+rbx], xmm7, 0x12
vpextrb byte [rax+rcx*2], xmm7, 0x12
vpextrb byte [rbx+rsi*4+0x10], xmm7, 0x12
vpextrb [rax], xmm7, 0x12
vpextrb ecx, xmm8, 0x12
vpextrb ecx, xmm13, 0x12
vpextrb ecx, xmm7, 0xf0
vpextrb rdx, xmm8, 0x12
vpextrb rsp, xmm8, 0x12
vpextrb byte [rax], xmm8, 0x12
vpextrb byte [rsp+r12*4+0x80], xmm8, 0x12
vpextrb byte [0x12345678], xmm8, 0x12
vpextrb byte [rel $+0x100], xmm8, 0x12
vpextrb byte [rel $-0x40], xmm8, 0x12
vpextrb [rax], xmm8, 0x12
vpextrb rdx, xmm13, 0x12
vpextrb rdx, xmm15, 0x12
vpextrb rdx, xmm8, 0xf0
pextrw ebx, xmm0, 0x12
pextrw esp, xmm0, 0x12
pextrw word [rax], xmm0, 0x12
pextrw word [rax+rcx*2], xmm0, 0x12
pextrw word [rbx+rsi*4+0x10], xmm0, 0x12
pextrw word [r8+r9*8-0x10], xmm0, 0x12
pextrw word [rdi*8+0x1000], xmm0, 0x12
pextrw [rax], xmm0, 0x12
pextrw ebx, xmm1, 0x12
pextrw ebx, xmm7, 0x12
pextrw ebx, xmm0, 0xf0
pextrw rax, xmm1, 0x12
pextrw rcx, xmm1, 0x12
pextrw word [rax], xmm1, 0x12
pextrw word [rel $+0x100], xmm1, 0x12
pextrw word [rel $-0x40], xmm1, 0x12
pextrw word [eax], xmm1, 0x12
pextrw word [ebx+ecx*4+0x8], xmm1, 0x12
pextrw [rax], xmm1, 0x12
pextrw rax, xmm7, 0x12
pextrw rax, xmm8, 0x12
pextrw rax, xmm1, 0xf0
o64 pextrw rax, xmm1, 0x12
vpextrw r13d, xmm7, 0x12
vpextrw r15d, xmm7, 0x12
vpextrw word [rax], xmm7, 0x12
vpextrw word [fs:rel $+0x10], xmm7, 0x12
vpextrw word [rbx+0x7f], xmm7, 0x12
vpextrw word [rcx-0x80], xmm7, 0x12
vpextrw word [rdx+0x12345678], xmm7, 0x12
vpextrw [rax], xmm7, 0x12
vpextrw r13d, xmm8, 0x12
vpextrw r13d, xmm13, 0x12
vpextrw r13d, xmm7, 0xf0
vpextrw rbp, xmm8, 0x12
vpextrw rsi, xmm8, 0x12
vpextrw word [rax], xmm8, 0x12
vpextrw word [rbp-0x8], xmm8, 0x12
vpextrw word [r12], xmm8, 0x12
vpextrw word [r13], xmm8, 0x12
vpextrw word [r13+0x10], xmm8, 0x12
vpextrw [rax], xmm8, 0x12
vpextrw rbp, xmm13, 0x12
vpextrw rbp, xmm15, 0x12
vpextrw rbp, xmm8, 0xf0
pextrd r15d, xmm0, 0x12
pextrd eax, xmm0, 0x12
pextrd dword [rax], xmm0, 0x12
pextrd dword [rcx-0x80], xmm0, 0x12
pextrd dword [rdx+0x12345678], xmm0, 0x12
pextrd dword [rsp], xmm0, 0x12
pextrd dword [rsp+0x8], xmm0, 0x12
pextrd [rax], xmm0, 0x12
pextrd r15d, xmm1, 0x12
pextrd r15d, xmm7, 0x12
pextrd r15d, xmm0, 0xf0
pextrq rdx, xmm1, 0x12
pextrq rsp, xmm1, 0x12
pextrq qword [rax], xmm1, 0x12
pextrq qword [r13], xmm1, 0x12
pextrq qword [r13+0x10], xmm1, 0x12
pextrq qword [rax+rbx], xmm1, 0x12
pextrq qword [rax+rcx*2], xmm1, 0x12
pextrq [rax], xmm1, 0x12
pextrq rdx, xmm7, 0x12
pextrq rdx, xmm8, 0x12
pextrq rdx, xmm1, 0xf0
o64 pextrq rdx, xmm1, 0x12
vpextrd ebp, xmm7, 0x12
vpextrd edi, xmm7, 0x12
vpextrd dword [rax], xmm7, 0x12
vpextrd dword [r15+r14], xmm7, 0x12
vpextrd dword [rsp+r12*4+0x80], xmm7, 0x12
vpextrd dword [0x12345678], xmm7, 0x12
vpextrd dword [rel $+0x100], xmm7, 0x12
vpextrd [rax], xmm7, 0x12
vpextrd ebp, xmm8, 0x12
vpextrd ebp, xmm13, 0x12
vpextrd ebp, xmm7, 0xf0
vpextrq r8, xmm8, 0x12
vpextrq r12, xmm8, 0x12
vpextrq qword [rax], xmm8, 0x12
vpextrq qword [r10d+0x4], xmm8, 0x12
vpextrq qword [fs:rax], xmm8, 0x12
vpextrq qword [gs:0x28], xmm8, 0x12
vpextrq qword [fs:rel $+0x10], xmm8, 0x12
vpextrq [rax], xmm8, 0x12
vpextrq r8, xmm13, 0x12
vpextrq r8, xmm15, 0x12
vpextrq r8, xmm8, 0xf0
extractps edi, xmm0, 0x12
extractps r8d, xmm0, 0x12
extractps dword [rax], xmm0, 0x12
extractps dword [0x12345678], xmm0, 0x12
extractps dword [rel $+0x100], xmm0, 0x12
extractps dword [rel $-0x40], xmm0, 0x12
extractps dword [eax], xmm0, 0x12
extractps [rax], xmm0, 0x12
extractps edi, xmm1, 0x12
extractps edi, xmm7, 0x12
extractps edi, xmm0, 0xf0
extractps rbp, xmm1, 0x12
extractps rsi, xmm1, 0x12
extractps dword [rax], xmm1, 0x12
extractps dword [gs:0x28], xmm1, 0x12
extractps dword [fs:rel $+0x10], xmm1, 0x12
extractps dword [rbx+0x7f], xmm1, 0x12
extractps dword [rcx-0x80], xmm1, 0x12
extractps [rax], xmm1, 0x12
extractps rbp, xmm7, 0x12
extractps rbp, xmm8, 0x12
extractps rbp, xmm1, 0xf0
o64 extractps rbp, xmm1, 0x12
vextractps ecx, xmm7, 0x12
vextractps ebx, xmm7, 0x12
vextractps dword [rax], xmm7, 0x12
vextractps dword [rbp], xmm7, 0x12
vextractps dword [rbp-0x8], xmm7, 0x12
vextractps dword [r12], xmm7, 0x12
vextractps dword [r13], xmm7, 0x12
vextractps [rax], xmm7, 0x12
vextractps ecx, xmm8, 0x12
vextractps ecx, xmm13, 0x12
vextractps ecx, xmm7, 0xf0
vextractps dword [rax], xmm8, 0x12
vextractps dword [rbx+rsi*4+0x10], xmm8, 0x12
vextractps dword [r8+r9*8-0x10], xmm8, 0x12
vextractps dword [rdi*8+0x1000], xmm8, 0x12
vextractps dword [r15+r14], xmm8, 0x12
vextractps [rax], xmm8, 0x12
vinsertf128 ymm15, ymm0, xmm1, 0x12
vinsertf128 ymm0, ymm0, xmm1, 0x12
vinsertf128 ymm1, ymm0, xmm1, 0x12
vinsertf128 ymm15, ymm1, xmm1, 0x12
vinsertf128 ymm15, ymm7, xmm1, 0x12
vinsertf128 ymm15, ymm0, xmm7, 0x12
vinsertf128 ymm15, ymm0, oword [rax], 0x12
vinsertf128 ymm15, ymm0, oword [r12], 0x12
vinsertf128 ymm15, ymm0, oword [r13], 0x12
vinsertf128 ymm15, ymm0, oword [r13+0x10], 0x12
vinsertf128 ymm15, ymm0, oword [rax+rbx], 0x12
vinsertf128 ymm15, ymm0, [rax], 0x12
vinsertf128 ymm15, ymm0, xmm1, 0xf0
vextractf128 xmm13, ymm15, 0x12
vextractf128 xmm15, ymm15, 0x12
vextractf128 oword [rax], ymm15, 0x12
vextractf128 oword [rsp+r12*4+0x80], ymm15, 0x12
vextractf128 oword [0x12345678], ymm15, 0x12
vextractf128 oword [rel $+0x100], ymm15, 0x12
vextractf128 oword [rel $-0x40], ymm15, 0x12
vextractf128 [rax], ymm15, 0x12
vextractf128 xmm13, ymm0, 0x12
vextractf128 xmm13, ymm1, 0x12
vextractf128 xmm13, ymm15, 0xf0
vcvtps2ph xmm1, xmm7, 0x12
vcvtps2ph xmm7, xmm7, 0x12
vcvtps2ph qword [rax], xmm7, 0x12
vcvtps2ph qword [rcx-0x80], xmm7, 0x12
vcvtps2ph qword [rdx+0x12345678], xmm7, 0x12
vcvtps2ph qword [rsp], xmm7, 0x12
vcvtps2ph qword [rsp+0x8], xmm7, 0x12
vcvtps2ph [rax], xmm7, 0x12
vcvtps2ph xmm1, xmm8, 0x12
vcvtps2ph xmm1, xmm13, 0x12
vcvtps2ph xmm1, xmm7, 0xf0
vcvtps2ph xmm7, ymm8, 0x12
vcvtps2ph xmm8, ymm8, 0x12
vcvtps2ph oword [rax], ymm8, 0x12
vcvtps2ph oword [r13], ymm8, 0x12
vcvtps2ph oword [r13+0x10], ymm8, 0x12
vcvtps2ph oword [rax+rbx], ymm8, 0x12
vcvtps2ph oword [rax+rcx*2], ymm8, 0x12
vcvtps2ph [rax], ymm8, 0x12
vcvtps2ph xmm7, ymm13, 0x12
vcvtps2ph xmm7, ymm15, 0x12
vcvtps2ph xmm7, ymm8, 0xf0
pinsrb xmm0, ebp, 0x12
pinsrb xmm1, ebp, 0x12
pinsrb xmm7, ebp, 0x12
pinsrb xmm0, edi, 0x12
pinsrb xmm0, byte [rax], 0x12
pinsrb xmm0, byte [rsp+r12*4+0x80], 0x12
pinsrb xmm0, byte [0x12345678], 0x12
pinsrb xmm0, byte [rel $+0x100], 0x12
pinsrb xmm0, byte [rel $-0x40], 0x12
pinsrb xmm0, [rax], 0x12
pinsrb xmm0, ebp, 0xf0
pinsrb xmm1, byte [rax], 0x12
pinsrb xmm1, byte [fs:rax], 0x12
pinsrb xmm1, byte [gs:0x28], 0x12
pinsrb xmm1, byte [fs:rel $+0x10], 0x12
pinsrb xmm1, byte [rbx+0x7f], 0x12
pinsrb xmm1, [rax], 0x12
vpinsrb xmm7, xmm8, ecx, 0x12
vpinsrb xmm8, xmm8, ecx, 0x12
vpinsrb xmm13, xmm8, ecx, 0x12
vpinsrb xmm7, xmm13, ecx, 0x12
vpinsrb xmm7, xmm15, ecx, 0x12
vpinsrb xmm7, xmm8, ebx, 0x12
vpinsrb xmm7, xmm8, byte [rax], 0x12
vpinsrb xmm7, xmm8, byte [rsp+0x8], 0x12
vpinsrb xmm7, xmm8, byte [rbp], 0x12
vpinsrb xmm7, xmm8, byte [rbp-0x8], 0x12
vpinsrb xmm7, xmm8, byte [r12], 0x12
vpinsrb xmm7, xmm8, [rax], 0x12
vpinsrb xmm7, xmm8, ecx, 0xf0
vpinsrb xmm8, xmm13, byte [rax], 0x12
vpinsrb xmm8, xmm13, byte [rax+rcx*2], 0x12
vpinsrb xmm8, xmm13, byte [rbx+rsi*4+0x10], 0x12
vpinsrb xmm8, xmm13, byte [r8+r9*8-0x10], 0x12
vpinsrb xmm8, xmm13, byte [rdi*8+0x1000], 0x12
vpinsrb xmm8, xmm13, [rax], 0x12
insertps xmm0, xmm1, 0x12
insertps xmm1, xmm1, 0x12
insertps xmm7, xmm1, 0x12
insertps xmm0, xmm7, 0x12
insertps xmm0, dword [rax], 0x12
insertps xmm0, dword [rbp-0x8], 0x12
insertps xmm0, dword [r12], 0x12
insertps xmm0, dword [r13], 0x12
insertps xmm0, dword [r13+0x10], 0x12
insertps xmm0, [rax], 0x12
insertps xmm0, xmm1, 0xf0
vinsertps xmm1, xmm7, xmm8, 0x12
vinsertps xmm7, xmm7, xmm8, 0x12
vinsertps xmm8, xmm7, xmm8, 0x12
vinsertps xmm1, xmm8, xmm8, 0x12
vinsertps xmm1, xmm13, xmm8, 0x12
vinsertps xmm1, xmm7, xmm13, 0x12
vinsertps xmm1, xmm7, dword [rax], 0x12
vinsertps xmm1, xmm7, dword [r8+r9*8-0x10], 0x12
vinsertps xmm1, xmm7, dword [rdi*8+0x1000], 0x12
vinsertps xmm1, xmm7, dword [r15+r14], 0x12
vinsertps xmm1, xmm7, dword [rsp+r12*4+0x80], 0x12
vinsertps xmm1, xmm7, [rax], 0x12
vinsertps xmm1, xmm7, xmm8, 0xf0
pinsrd xmm8, ebp, 0x12
pinsrd xmm13, ebp, 0x12
pinsrd xmm15, ebp, 0x12
pinsrd xmm8, edi, 0x12
pinsrd xmm8, dword [rax], 0x12
pinsrd xmm8, dword [rcx-0x80], 0x12
pinsrd xmm8, dword [rdx+0x12345678], 0x12
pinsrd xmm8, dword [rsp], 0x12
pinsrd xmm8, dword [rsp+0x8], 0x12
pinsrd xmm8, [rax], 0x12
pinsrd xmm8, ebp, 0xf0
pinsrq xmm13, r12, 0x12
pinsrq xmm15, r12, 0x12
pinsrq xmm0, r12, 0x12
pinsrq xmm13, r13, 0x12
pinsrq xmm13, qword [rax], 0x12
pinsrq xmm13, qword [r13], 0x12
pinsrq xmm13, qword [r13+0x10], 0x12
pinsrq xmm13, qword [rax+rbx], 0x12
pinsrq xmm13, qword [rax+rcx*2], 0x12
pinsrq xmm13, [rax], 0x12
pinsrq xmm13, r12, 0xf0
o64 pinsrq xmm13, r12, 0x12
vpinsrd xmm15, xmm0, ecx, 0x12
vpinsrd xmm0, xmm0, ecx, 0x12
vpinsrd xmm1, xmm0, ecx, 0x12
vpinsrd xmm15, xmm1, ecx, 0x12
vpinsrd xmm15, xmm7, ecx, 0x12
vpinsrd xmm15, xmm0, ebx, 0x12
vpinsrd xmm15, xmm0, dword [rax], 0x12
vpinsrd xmm15, xmm0, dword [r15+r14], 0x12
vpinsrd xmm15, xmm0, dword [rsp+r12*4+0x80], 0x12
vpinsrd xmm15, xmm0, dword [0x12345678], 0x12
vpinsrd xmm15, xmm0, dword [rel $+0x100], 0x12
vpinsrd xmm15, xmm0, [rax], 0x12
vpinsrd xmm15, xmm0, ecx, 0xf0
vpinsrq xmm0, xmm1, rdx, 0x12
vpinsrq xmm1, xmm1, rdx, 0x12
vpinsrq xmm7, xmm1, rdx, 0x12
vpinsrq xmm0, xmm7, rdx, 0x12
vpinsrq xmm0, xmm8, rdx, 0x12
vpinsrq xmm0, xmm1, rsp, 0x12
vpinsrq xmm0, xmm1, qword [rax], 0x12
vpinsrq xmm0, xmm1, qword [r10d+0x4], 0x12
vpinsrq xmm0, xmm1, qword [fs:rax], 0x12
vpinsrq xmm0, xmm1, qword [gs:0x28], 0x12
vpinsrq xmm0, xmm1, qword [fs:rel $+0x10], 0x12
vpinsrq xmm0, xmm1, [rax], 0x12
vpinsrq xmm0, xmm1, rdx, 0xf0
vinserti128 ymm15, ymm0, xmm1, 0x12
vinserti128 ymm0, ymm0, xmm1, 0x12
vinserti128 ymm1, ymm0, xmm1, 0x12
vinserti128 ymm15, ymm1, xmm1, 0x12
vinserti128 ymm15, ymm7, xmm1, 0x12
vinserti128 ymm15, ymm0, xmm7, 0x12
vinserti128 ymm15, ymm0, oword [rax], 0x12
vinserti128 ymm15, ymm0, oword [0x12345678], 0x12
vinserti128 ymm15, ymm0, oword [rel $+0x100], 0x12
vinserti128 ymm15, ymm0, oword [rel $-0x40], 0x12
vinserti128 ymm15, ymm0, oword [eax], 0x12
vinserti128 ymm15, ymm0, [rax], 0x12
vinserti128 ymm15, ymm0, xmm1, 0xf0
vextracti128 xmm13, ymm15, 0x12
vextracti128 xmm15, ymm15, 0x12
vextracti128 oword [rax], ymm15, 0x12
vextracti128 oword [rbx+0x7f], ymm15, 0x12
vextracti128 oword [rcx-0x80], ymm15, 0x12
vextracti128 oword [rdx+0x12345678], ymm15, 0x12
vextracti128 oword [rsp], ymm15, 0x12
vextracti128 [rax], ymm15, 0x12
vextracti128 xmm13, ymm0, 0x12
vextracti128 xmm13, ymm1, 0x12
vextracti128 xmm13, ymm15, 0xf0
dpps xmm1, xmm7, 0x12
dpps xmm7, xmm7, 0x12
dpps xmm8, xmm7, 0x12
dpps xmm1, xmm8, 0x12
dpps xmm1, oword [rax], 0x12
dpps xmm1, oword [0x12345678], 0x12
dpps xmm1, oword [rel $+0x100], 0x12
dpps xmm1, oword [rel $-0x40], 0x12
dpps xmm1, oword [eax], 0x12
dpps xmm1, [rax], 0x12
dpps xmm1, xmm7, 0xf0
vdpps xmm7, xmm8, xmm13, 0x12
vdpps xmm8, xmm8, xmm13, 0x12
vdpps xmm13, xmm8, xmm13, 0x12
vdpps xmm7, xmm13, xmm13, 0x12
vdpps xmm7, xmm15, xmm13, 0x12
vdpps xmm7, xmm8, xmm15, 0x12
vdpps xmm7, xmm8, oword [rax], 0x12
vdpps xmm7, xmm8, oword [gs:0x28], 0x12
vdpps xmm7, xmm8, oword [fs:rel $+0x10], 0x12
vdpps xmm7, xmm8, oword [rbx+0x7f], 0x12
vdpps xmm7, xmm8, oword [rcx-0x80], 0x12
vdpps xmm7, xmm8, [rax], 0x12
vdpps xmm7, xmm8, xmm13, 0xf0
vdpps ymm8, ymm13, ymm15, 0x12
vdpps ymm13, ymm13, ymm15, 0x12
vdpps ymm15, ymm13, ymm15, 0x12
vdpps ymm8, ymm15, ymm15, 0x12
vdpps ymm8, ymm0, ymm15, 0x12
vdpps ymm8, ymm13, ymm0, 0x12
vdpps ymm8, ymm13, yword [rax], 0x12
vdpps ymm8, ymm13, yword [rbp], 0x12
vdpps ymm8, ymm13, yword [rbp-0x8], 0x12
vdpps ymm8, ymm13, yword [r12], 0x12
vdpps ymm8, ymm13, yword [r13], 0x12
vdpps ymm8, ymm13, [rax], 0x12
vdpps ymm8, ymm13, ymm15, 0xf0
dppd xmm13, xmm15, 0x12
dppd xmm15, xmm15, 0x12
dppd xmm0, xmm15, 0x12
dppd xmm13, xmm0, 0x12
dppd xmm13, oword [rax], 0x12
dppd xmm13, oword [rbx+rsi*4+0x10], 0x12
dppd xmm13, oword [r8+r9*8-0x10], 0x12
dppd xmm13, oword [rdi*8+0x1000], 0x12
dppd xmm13, oword [r15+r14], 0x12
dppd xmm13, [rax], 0x12
dppd xmm13, xmm15, 0xf0
vdppd xmm15, xmm0, xmm1, 0x12
vdppd xmm0, xmm0, xmm1, 0x12
vdppd xmm1, xmm0, xmm1, 0x12
vdppd xmm15, xmm1, xmm1, 0x12
vdppd xmm15, xmm7, xmm1, 0x12
vdppd xmm15, xmm0, xmm7, 0x12
vdppd xmm15, xmm0, oword [rax], 0x12
vdppd xmm15, xmm0, oword [rel $-0x40], 0x12
vdppd xmm15, xmm0, oword [eax], 0x12
vdppd xmm15, xmm0, oword [ebx+ecx*4+0x8], 0x12
vdppd xmm15, xmm0, oword [r10d+0x4], 0x12
vdppd xmm15, xmm0, [rax], 0x12
vdppd xmm15, xmm0, xmm1, 0xf0
mpsadbw xmm0, xmm1, 0x12
mpsadbw xmm1, xmm1, 0x12
mpsadbw xmm7, xmm1, 0x12
mpsadbw xmm0, xmm7, 0x12
mpsadbw xmm0, oword [rax], 0x12
mpsadbw xmm0, oword [rbx+0x7f], 0x12
mpsadbw xmm0, oword [rcx-0x80], 0x12
mpsadbw xmm0, oword [rdx+0x12345678], 0x12
mpsadbw xmm0, oword [rsp], 0x12
mpsadbw xmm0, [rax], 0x12
mpsadbw xmm0, xmm1, 0xf0
vmpsadbw xmm1, xmm7, xmm8, 0x12
vmpsadbw xmm7, xmm7, xmm8, 0x12
vmpsadbw xmm8, xmm7, xmm8, 0x12
vmpsadbw xmm1, xmm8, xmm8, 0x12
vmpsadbw xmm1, xmm13, xmm8, 0x12
vmpsadbw xmm1, xmm7, xmm13, 0x12
vmpsadbw xmm1, xmm7, oword [rax], 0x12
vmpsadbw xmm1, xmm7, oword [r12], 0x12
vmpsadbw xmm1, xmm7, oword [r13], 0x12
vmpsadbw xmm1, xmm7, oword [r13+0x10], 0x12
vmpsadbw xmm1, xmm7, oword [rax+rbx], 0x12
vmpsadbw xmm1, xmm7, [rax], 0x12
vmpsadbw xmm1, xmm7, xmm8, 0xf0
vmpsadbw ymm7, ymm8, ymm13, 0x12
vmpsadbw ymm8, ymm8, ymm13, 0x12
vmpsadbw ymm13, ymm8, ymm13, 0x12
vmpsadbw ymm7, ymm13, ymm13, 0x12
vmpsadbw ymm7, ymm15, ymm13, 0x12
vmpsadbw ymm7, ymm8, ymm15, 0x12
vmpsadbw ymm7, ymm8, yword [rax], 0x12
vmpsadbw ymm7, ymm8, yword [rdi*8+0x1000], 0x12
vmpsadbw ymm7, ymm8, yword [r15+r14], 0x12
vmpsadbw ymm7, ymm8, yword [rsp+r12*4+0x80], 0x12
vmpsadbw ymm7, ymm8, yword [0x12345678], 0x12
vmpsadbw ymm7, ymm8, [rax], 0x12
vmpsadbw ymm7, ymm8, ymm13, 0xf0
pclmulqdq xmm13, xmm15, 0x12
pclmulqdq xmm15, xmm15, 0x12
pclmulqdq xmm0, xmm15, 0x12
pclmulqdq xmm13, xmm0, 0x12
pclmulqdq xmm13, oword [rax], 0x12
pclmulqdq xmm13, oword [rel $+0x100], 0x12
pclmulqdq xmm13, oword [rel $-0x40], 0x12
pclmulqdq xmm13, oword [eax], 0x12
pclmulqdq xmm13, oword [ebx+ecx*4+0x8], 0x12
pclmulqdq xmm13, [rax], 0x12
pclmulqdq xmm13, xmm15, 0xf0
vpclmulqdq xmm15, xmm0, xmm1, 0x12
vpclmulqdq xmm0, xmm0, xmm1, 0x12
vpclmulqdq xmm1, xmm0, xmm1, 0x12
vpclmulqdq xmm15, xmm1, xmm1, 0x12
vpclmulqdq xmm15, xmm7, xmm1, 0x12
vpclmulqdq xmm15, xmm0, xmm7, 0x12
vpclmulqdq xmm15, xmm0, oword [rax], 0x12
vpclmulqdq xmm15, xmm0, oword [fs:rel $+0x10], 0x12
vpclmulqdq xmm15, xmm0, oword [rbx+0x7f], 0x12
vpclmulqdq xmm15, xmm0, oword [rcx-0x80], 0x12
vpclmulqdq xmm15, xmm0, oword [rdx+0x12345678], 0x12
vpclmulqdq xmm15, xmm0, [rax], 0x12
vpclmulqdq xmm15, xmm0, xmm1, 0xf0
vpclmulqdq ymm0, ymm1, ymm7, 0x12
vpclmulqdq ymm1, ymm1, ymm7, 0x12
vpclmulqdq ymm7, ymm1, ymm7, 0x12
vpclmulqdq ymm0, ymm7, ymm7, 0x12
vpclmulqdq ymm0, ymm8, ymm7, 0x12
vpclmulqdq ymm0, ymm1, ymm8, 0x12
vpclmulqdq ymm0, ymm1, yword [rax], 0x12
vpclmulqdq ymm0, ymm1, yword [rbp-0x8], 0x12
vpclmulqdq ymm0, ymm1, yword [r12], 0x12
vpclmulqdq ymm0, ymm1, yword [r13], 0x12
vpclmulqdq ymm0, ymm1, yword [r13+0x10], 0x12
vpclmulqdq ymm0, ymm1, [rax], 0x12
vpclmulqdq ymm0, ymm1, ymm7, 0xf0
vperm2i128 ymm13, ymm15, ymm0, 0x12
vperm2i128 ymm15, ymm15, ymm0, 0x12
vperm2i128 ymm0, ymm15, ymm0, 0x12
vperm2i128 ymm13, ymm0, ymm0, 0x12
vperm2i128 ymm13, ymm1, ymm0, 0x12
vperm2i128 ymm13, ymm15, ymm1, 0x12
vperm2i128 ymm13, ymm15, yword [rax], 0x12
vperm2i128 ymm13, ymm15, yword [r13], 0x12
vperm2i128 ymm13, ymm15, yword [r13+0x10], 0x12
vperm2i128 ymm13, ymm15, yword [rax+rbx], 0x12
vperm2i128 ymm13, ymm15, yword [rax+rcx*2], 0x12
vperm2i128 ymm13, ymm15, [rax], 0x12
vperm2i128 ymm13, ymm15, ymm0, 0xf0
vblendvps xmm1, xmm7, xmm8, xmm13
vblendvps xmm7, xmm7, xmm8, xmm13
vblendvps xmm8, xmm7, xmm8, xmm13
vblendvps xmm1, xmm8, xmm8, xmm13
vblendvps xmm1, xmm13, xmm8, xmm13
vblendvps xmm1, xmm7, xmm13, xmm13
vblendvps xmm1, xmm7, oword [rax], xmm13
vblendvps xmm1, xmm7, oword [rel $-0x40], xmm13
vblendvps xmm1, xmm7, oword [eax], xmm13
vblendvps xmm1, xmm7, oword [ebx+ecx*4+0x8], xmm13
vblendvps xmm1, xmm7, oword [r10d+0x4], xmm13
vblendvps xmm1, xmm7, [rax], xmm13
vblendvps xmm1, xmm7, xmm8, xmm15
vblendvps xmm1, xmm7, xmm8, xmm0
vblendvps ymm7, ymm8, ymm13, ymm15
vblendvps ymm8, ymm8, ymm13, ymm15
vblendvps ymm13, ymm8, ymm13, ymm15
vblendvps ymm7, ymm13, ymm13, ymm15
vblendvps ymm7, ymm15, ymm13, ymm15
vblendvps ymm7, ymm8, ymm15, ymm15
vblendvps ymm7, ymm8, yword [rax], ymm15
vblendvps ymm7, ymm8, yword [rbx+0x7f], ymm15
vblendvps ymm7, ymm8, yword [rcx-0x80], ymm15
vblendvps ymm7, ymm8, yword [rdx+0x12345678], ymm15
vblendvps ymm7, ymm8, yword [rsp], ymm15
vblendvps ymm7, ymm8, [rax], ymm15
vblendvps ymm7, ymm8, ymm13, ymm0
vblendvps ymm7, ymm8, ymm13, ymm1
vblendvpd xmm8, xmm13, xmm15, xmm0
vblendvpd xmm13, xmm13, xmm15, xmm0
vblendvpd xmm15, xmm13, xmm15, xmm0
vblendvpd xmm8, xmm15, xmm15, xmm0
vblendvpd xmm8, xmm0, xmm15, xmm0
vblendvpd xmm8, xmm13, xmm0, xmm0
vblendvpd xmm8, xmm13, oword [rax], xmm0
vblendvpd xmm8, xmm13, oword [r12], xmm0
vblendvpd xmm8, xmm13, oword [r13], xmm0
vblendvpd xmm8, xmm13, oword [r13+0x10], xmm0
vblendvpd xmm8, xmm13, oword [rax+rbx], xmm0
vblendvpd xmm8, xmm13, [rax], xmm0
vblendvpd xmm8, xmm13, xmm15, xmm1
vblendvpd xmm8, xmm13, xmm15, xmm7
vblendvpd ymm13, ymm15, ymm0, ymm1
vblendvpd ymm15, ymm15, ymm0, ymm1
vblendvpd ymm0, ymm15, ymm0, ymm1
vblendvpd ymm13, ymm0, ymm0, ymm1
vblendvpd ymm13, ymm1, ymm0, ymm1
vblendvpd ymm13, ymm15, ymm1, ymm1
vblendvpd ymm13, ymm15, yword [rax], ymm1
vblendvpd ymm13, ymm15, yword [rdi*8+0x1000], ymm1
vblendvpd ymm13, ymm15, yword [r15+r14], ymm1
vblendvpd ymm13, ymm15, yword [rsp+r12*4+0x80], ymm1
vblendvpd ymm13, ymm15, yword [0x12345678], ymm1
vblendvpd ymm13, ymm15, [rax], ymm1
vblendvpd ymm13, ymm15, ymm0, ymm7
vblendvpd ymm13, ymm15, ymm0, ymm8
vpblendvb xmm15, xmm0, xmm1, xmm7
vpblendvb xmm0, xmm0, xmm1, xmm7
vpblendvb xmm1, xmm0, xmm1, xmm7
vpblendvb xmm15, xmm1, xmm1, xmm7
vpblendvb xmm15, xmm7, xmm1, xmm7
vpblendvb xmm15, xmm0, xmm7, xmm7
vpblendvb xmm15, xmm0, oword [rax], xmm7
vpblendvb xmm15, xmm0, oword [ebx+ecx*4+0x8], xmm7
vpblendvb xmm15, xmm0, oword [r10d+0x4], xmm7
vpblendvb xmm15, xmm0, oword [fs:rax], xmm7
vpblendvb xmm15, xmm0, oword [gs:0x28], xmm7
vpblendvb xmm15, xmm0, [rax], xmm7
vpblendvb xmm15, xmm0, xmm1, xmm8
vpblendvb xmm15, xmm0, xmm1, xmm13
vpblendvb ymm0, ymm1, ymm7, ymm8
vpblendvb ymm1, ymm1, ymm7, ymm8
vpblendvb ymm7, ymm1, ymm7, ymm8
vpblendvb ymm0, ymm7, ymm7, ymm8
vpblendvb ymm0, ymm8, ymm7, ymm8
vpblendvb ymm0, ymm1, ymm8, ymm8
vpblendvb ymm0, ymm1, yword [rax], ymm8
vpblendvb ymm0, ymm1, yword [rdx+0x12345678], ymm8
vpblendvb ymm0, ymm1, yword [rsp], ymm8
vpblendvb ymm0, ymm1, yword [rsp+0x8], ymm8
vpblendvb ymm0, ymm1, yword [rbp], ymm8
vpblendvb ymm0, ymm1, [rax], ymm8
vpblendvb ymm0, ymm1, ymm7, ymm13
vpblendvb ymm0, ymm1, ymm7, ymm15
vfmaddsubps xmm1, xmm7, xmm8, xmm13
vfmaddsubps xmm7, xmm7, xmm8, xmm13
vfmaddsubps xmm8, xmm7, xmm8, xmm13
vfmaddsubps xmm1, xmm8, xmm8, xmm13
vfmaddsubps xmm1, xmm13, xmm8, xmm13
vfmaddsubps xmm1, xmm7, xmm13, xmm13
vfmaddsubps xmm1, xmm7, oword [rax], xmm13
vfmaddsubps xmm1, xmm7, oword [ebx+ecx*4+0x8], xmm13
vfmaddsubps xmm1, xmm7, oword [r10d+0x4], xmm13
vfmaddsubps xmm1, xmm7, oword [fs:rax], xmm13
vfmaddsubps xmm1, xmm7, oword [gs:0x28], xmm13
vfmaddsubps xmm1, xmm7, [rax], xmm13
vfmaddsubps xmm1, xmm7, xmm8, xmm15
vfmaddsubps xmm1, xmm7, xmm8, xmm0
vfmaddsubps ymm7, ymm8, ymm13, ymm15
vfmaddsubps ymm8, ymm8, ymm13, ymm15
vfmaddsubps ymm13, ymm8, ymm13, ymm15
vfmaddsubps ymm7, ymm13, ymm13, ymm15
vfmaddsubps ymm7, ymm15, ymm13, ymm15
vfmaddsubps ymm7, ymm8, ymm15, ymm15
vfmaddsubps ymm7, ymm8, yword [rax], ymm15
vfmaddsubps ymm7, ymm8, yword [rdx+0x12345678], ymm15
vfmaddsubps ymm7, ymm8, yword [rsp], ymm15
vfmaddsubps ymm7, ymm8, yword [rsp+0x8], ymm15
vfmaddsubps ymm7, ymm8, yword [rbp], ymm15
vfmaddsubps ymm7, ymm8, [rax], ymm15
vfmaddsubps ymm7, ymm8, ymm13, ymm0
vfmaddsubps ymm7, ymm8, ymm13, ymm1
vfmaddsubps xmm8, xmm13, xmm15, xmm0
vfmaddsubps xmm13, xmm13, xmm15, xmm0
vfmaddsubps xmm15, xmm13, xmm15, xmm0
vfmaddsubps xmm8, xmm15, xmm15, xmm0
vfmaddsubps xmm8, xmm0, xmm15, xmm0
vfmaddsubps xmm8, xmm13, xmm0, xmm0
vfmaddsubps xmm8, xmm13, xmm1, xmm0
vfmaddsubps xmm8, xmm13, xmm15, xmm1
vfmaddsubps xmm8, xmm13, xmm15, oword [rax]
vfmaddsubps xmm8, xmm13, xmm15, oword [r13+0x10]
vfmaddsubps xmm8, xmm13, xmm15, oword [rax+rbx]
vfmaddsubps xmm8, xmm13, xmm15, oword [rax+rcx*2]
vfmaddsubps xmm8, xmm13, xmm15, oword [rbx+rsi*4+0x10]
vfmaddsubps xmm8, xmm13, xmm15, [rax]
vfmaddsubps ymm13, ymm15, ymm0, ymm1
vfmaddsubps ymm15, ymm15, ymm0, ymm1
vfmaddsubps ymm0, ymm15, ymm0, ymm1
vfmaddsubps ymm13, ymm0, ymm0, ymm1
vfmaddsubps ymm13, ymm1, ymm0, ymm1
vfmaddsubps ymm13, ymm15, ymm1, ymm1
vfmaddsubps ymm13, ymm15, ymm7, ymm1
vfmaddsubps ymm13, ymm15, ymm0, ymm7
vfmaddsubps ymm13, ymm15, ymm0, yword [rax]
vfmaddsubps ymm13, ymm15, ymm0, yword [rsp+r12*4+0x80]
vfmaddsubps ymm13, ymm15, ymm0, yword [0x12345678]
vfmaddsubps ymm13, ymm15, ymm0, yword [rel $+0x100]
vfmaddsubps ymm13, ymm15, ymm0, yword [rel $-0x40]
vfmaddsubps ymm13, ymm15, ymm0, [rax]
vfmaddsubpd xmm15, xmm0, xmm1, xmm7
vfmaddsubpd xmm0, xmm0, xmm1, xmm7
vfmaddsubpd xmm1, xmm0, xmm1, xmm7
vfmaddsubpd xmm15, xmm1, xmm1, xmm7
vfmaddsubpd xmm15, xmm7, xmm1, xmm7
vfmaddsubpd xmm15, xmm0, xmm7, xmm7
vfmaddsubpd xmm15, xmm0, oword [rax], xmm7
vfmaddsubpd xmm15, xmm0, oword [fs:rax], xmm7
vfmaddsubpd xmm15, xmm0, oword [gs:0x28], xmm7
vfmaddsubpd xmm15, xmm0, oword [fs:rel $+0x10], xmm7
vfmaddsubpd xmm15, xmm0, oword [rbx+0x7f], xmm7
vfmaddsubpd xmm15, xmm0, [rax], xmm7
vfmaddsubpd xmm15, xmm0, xmm1, xmm8
vfmaddsubpd xmm15, xmm0, xmm1, xmm13
vfmaddsubpd ymm0, ymm1, ymm7, ymm8
vfmaddsubpd ymm1, ymm1, ymm7, ymm8
vfmaddsubpd ymm7, ymm1, ymm7, ymm8
vfmaddsubpd ymm0, ymm7, ymm7, ymm8
vfmaddsubpd ymm0, ymm8, ymm7, ymm8
vfmaddsubpd ymm0, ymm1, ymm8, ymm8
vfmaddsubpd ymm0, ymm1, yword [rax], ymm8
vfmaddsubpd ymm0, ymm1, yword [rsp+0x8], ymm8
vfmaddsubpd ymm0, ymm1, yword [rbp], ymm8
vfmaddsubpd ymm0, ymm1, yword [rbp-0x8], ymm8
vfmaddsubpd ymm0, ymm1, yword [r12], ymm8
vfmaddsubpd ymm0, ymm1, [rax], ymm8
vfmaddsubpd ymm0, ymm1, ymm7, ymm13
vfmaddsubpd ymm0, ymm1, ymm7, ymm15
vfmaddsubpd xmm1, xmm7, xmm8, xmm13
vfmaddsubpd xmm7, xmm7, xmm8, xmm13
vfmaddsubpd xmm8, xmm7, xmm8, xmm13
vfmaddsubpd xmm1, xmm8, xmm8, xmm13
vfmaddsubpd xmm1, xmm13, xmm8, xmm13
vfmaddsubpd xmm1, xmm7, xmm13, xmm13
vfmaddsubpd xmm1, xmm7, xmm15, xmm13
vfmaddsubpd xmm1, xmm7, xmm8, xmm15
vfmaddsubpd xmm1, xmm7, xmm8, oword [rax]
vfmaddsubpd xmm1, xmm7, xmm8, oword [rax+rcx*2]
vfmaddsubpd xmm1, xmm7, xmm8, oword [rbx+rsi*4+0x10]
vfmaddsubpd xmm1, xmm7, xmm8, oword [r8+r9*8-0x10]
vfmaddsubpd xmm1, xmm7, xmm8, oword [rdi*8+0x1000]
vfmaddsubpd xmm1, xmm7, xmm8, [rax]
vfmaddsubpd ymm7, ymm8, ymm13, ymm15
vfmaddsubpd ymm8, ymm8, ymm13, ymm15
vfmaddsubpd ymm13, ymm8, ymm13, ymm15
vfmaddsubpd ymm7, ymm13, ymm13, ymm15
vfmaddsubpd ymm7, ymm15, ymm13, ymm15
vfmaddsubpd ymm7, ymm8, ymm15, ymm15
vfmaddsubpd ymm7, ymm8, ymm0, ymm15
vfmaddsubpd ymm7, ymm8, ymm13, ymm0
vfmaddsubpd ymm7, ymm8, ymm13, yword [rax]
vfmaddsubpd ymm7, ymm8, ymm13, yword [rel $+0x100]
vfmaddsubpd ymm7, ymm8, ymm13, yword [rel $-0x40]
vfmaddsubpd ymm7, ymm8, ymm13, yword [eax]
vfmaddsubpd ymm7, ymm8, ymm13, yword [ebx+ecx*4+0x8]
vfmaddsubpd ymm7, ymm8, ymm13, [rax]
vfmsubaddps xmm8, xmm13, xmm15, xmm0
vfmsubaddps xmm13, xmm13, xmm15, xmm0
vfmsubaddps xmm15, xmm13, xmm15, xmm0
vfmsubaddps xmm8, xmm15, xmm15, xmm0
vfmsubaddps xmm8, xmm0, xmm15, xmm0
vfmsubaddps xmm8, xmm13, xmm0, xmm0
vfmsubaddps xmm8, xmm13, oword [rax], xmm0
vfmsubaddps xmm8, xmm13, oword [fs:rel $+0x10], xmm0
vfmsubaddps xmm8, xmm13, oword [rbx+0x7f], xmm0
vfmsubaddps xmm8, xmm13, oword [rcx-0x80], xmm0
vfmsubaddps xmm8, xmm13, oword [rdx+0x12345678], xmm0
vfmsubaddps xmm8, xmm13, [rax], xmm0
vfmsubaddps xmm8, xmm13, xmm15, xmm1
vfmsubaddps xmm8, xmm13, xmm15, xmm7
vfmsubaddps ymm13, ymm15, ymm0, ymm1
vfmsubaddps ymm15, ymm15, ymm0, ymm1
vfmsubaddps ymm0, ymm15, ymm0, ymm1
vfmsubaddps ymm13, ymm0, ymm0, ymm1
vfmsubaddps ymm13, ymm1, ymm0, ymm1
vfmsubaddps ymm13, ymm15, ymm1, ymm1
vfmsubaddps ymm13, ymm15, yword [rax], ymm1
vfmsubaddps ymm13, ymm15, yword [rbp-0x8], ymm1
vfmsubaddps ymm13, ymm15, yword [r12], ymm1
vfmsubaddps ymm13, ymm15, yword [r13], ymm1
vfmsubaddps ymm13, ymm15, yword [r13+0x10], ymm1
vfmsubaddps ymm13, ymm15, [rax], ymm1
vfmsubaddps ymm13, ymm15, ymm0, ymm7
vfmsubaddps ymm13, ymm15, ymm0, ymm8
vfmsubaddps xmm15, xmm0, xmm1, xmm7
vfmsubaddps xmm0, xmm0, xmm1, xmm7
vfmsubaddps xmm1, xmm0, xmm1, xmm7
vfmsubaddps xmm15, xmm1, xmm1, xmm7
vfmsubaddps xmm15, xmm7, xmm1, xmm7
vfmsubaddps xmm15, xmm0, xmm7, xmm7
vfmsubaddps xmm15, xmm0, xmm8, xmm7
vfmsubaddps xmm15, xmm0, xmm1, xmm8
vfmsubaddps xmm15, xmm0, xmm1, oword [rax]
vfmsubaddps xmm15, xmm0, xmm1, oword [r8+r9*8-0x10]
vfmsubaddps xmm15, xmm0, xmm1, oword [rdi*8+0x1000]
vfmsubaddps xmm15, xmm0, xmm1, oword [r15+r14]
vfmsubaddps xmm15, xmm0, xmm1, oword [rsp+r12*4+0x80]
vfmsubaddps xmm15, xmm0, xmm1, [rax]
vfmsubaddps ymm0, ymm1, ymm7, ymm8
vfmsubaddps ymm1, ymm1, ymm7, ymm8
vfmsubaddps ymm7, ymm1, ymm7, ymm8
vfmsubaddps ymm0, ymm7, ymm7, ymm8
vfmsubaddps ymm0, ymm8, ymm7, ymm8
vfmsubaddps ymm0, ymm1, ymm8, ymm8
vfmsubaddps ymm0, ymm1, ymm13, ymm8
vfmsubaddps ymm0, ymm1, ymm7, ymm13
vfmsubaddps ymm0, ymm1, ymm7, yword [rax]
vfmsubaddps ymm0, ymm1, ymm7, yword [eax]
vfmsubaddps ymm0, ymm1, ymm7, yword [ebx+ecx*4+0x8]
vfmsubaddps ymm0, ymm1, ymm7, yword [r10d+0x4]
vfmsubaddps ymm0, ymm1, ymm7, yword [fs:rax]
vfmsubaddps ymm0, ymm1, ymm7, [rax]
vfmsubaddpd xmm1, xmm7, xmm8, xmm13
vfmsubaddpd xmm7, xmm7, xmm8, xmm13
vfmsubaddpd xmm8, xmm7, xmm8, xmm13
vfmsubaddpd xmm1, xmm8, xmm8, xmm13
vfmsubaddpd xmm1, xmm13, xmm8, xmm13
vfmsubaddpd xmm1, xmm7, xmm13, xmm13
vfmsubaddpd xmm1, xmm7, oword [rax], xmm13
vfmsubaddpd xmm1, xmm7, oword [rcx-0x80], xmm13
vfmsubaddpd xmm1, xmm7, oword [rdx+0x12345678], xmm13
vfmsubaddpd xmm1, xmm7, oword [rsp], xmm13
vfmsubaddpd xmm1, xmm7, oword [rsp+0x8], xmm13
vfmsubaddpd xmm1, xmm7, [rax], xmm13
vfmsubaddpd xmm1, xmm7, xmm8, xmm15
vfmsubaddpd xmm1, xmm7, xmm8, xmm0
vfmsubaddpd ymm7, ymm8, ymm13, ymm15
vfmsubaddpd ymm8, ymm8, ymm13, ymm15
vfmsubaddpd ymm13, ymm8, ymm13, ymm15
vfmsubaddpd ymm7, ymm13, ymm13, ymm15
vfmsubaddpd ymm7, ymm15, ymm13, ymm15
vfmsubaddpd ymm7, ymm8, ymm15, ymm15
vfmsubaddpd ymm7, ymm8, yword [rax], ymm15
vfmsubaddpd ymm7, ymm8, yword [r13], ymm15
vfmsubaddpd ymm7, ymm8, yword [r13+0x10], ymm15
vfmsubaddpd ymm7, ymm8, yword [rax+rbx], ymm15
vfmsubaddpd ymm7, ymm8, yword [rax+rcx*2], ymm15
vfmsubaddpd ymm7, ymm8, [rax], ymm15
vfmsubaddpd ymm7, ymm8, ymm13, ymm0
vfmsubaddpd ymm7, ymm8, ymm13, ymm1
vfmsubaddpd xmm8, xmm13, xmm15, xmm0
vfmsubaddpd xmm13, xmm13, xmm15, xmm0
vfmsubaddpd xmm15, xmm13, xmm15, xmm0
vfmsubaddpd xmm8, xmm15, xmm15, xmm0
vfmsubaddpd xmm8, xmm0, xmm15, xmm0
vfmsubaddpd xmm8, xmm13, xmm0, xmm0
vfmsubaddpd xmm8, xmm13, xmm1, xmm0
vfmsubaddpd xmm8, xmm13, xmm15, xmm1
vfmsubaddpd xmm8, xmm13, xmm15, oword [rax]
vfmsubaddpd xmm8, xmm13, xmm15, oword [r15+r14]
vfmsubaddpd xmm8, xmm13, xmm15, oword [rsp+r12*4+0x80]
vfmsubaddpd xmm8, xmm13, xmm15, oword [0x12345678]
vfmsubaddpd xmm8, xmm13, xmm15, oword [rel $+0x100]
vfmsubaddpd xmm8, xmm13, xmm15, [rax]
vfmsubaddpd ymm13, ymm15, ymm0, ymm1
vfmsubaddpd ymm15, ymm15, ymm0, ymm1
vfmsubaddpd ymm0, ymm15, ymm0, ymm1
vfmsubaddpd ymm13, ymm0, ymm0, ymm1
vfmsubaddpd ymm13, ymm1, ymm0, ymm1
vfmsubaddpd ymm13, ymm15, ymm1, ymm1
vfmsubaddpd ymm13, ymm15, ymm7, ymm1
vfmsubaddpd ymm13, ymm15, ymm0, ymm7
vfmsubaddpd ymm13, ymm15, ymm0, yword [rax]
vfmsubaddpd ymm13, ymm15, ymm0, yword [r10d+0x4]
vfmsubaddpd ymm13, ymm15, ymm0, yword [fs:rax]
vfmsubaddpd ymm13, ymm15, ymm0, yword [gs:0x28]
vfmsubaddpd ymm13, ymm15, ymm0, yword [fs:rel $+0x10]
vfmsubaddpd ymm13, ymm15, ymm0, [rax]
pcmpestrm xmm15, xmm0, 0x12
pcmpestrm xmm0, xmm0, 0x12
pcmpestrm xmm1, xmm0, 0x12
pcmpestrm xmm15, xmm1, 0x12
pcmpestrm xmm15, oword [rax], 0x12
pcmpestrm xmm15, oword [rsp], 0x12
pcmpestrm xmm15, oword [rsp+0x8], 0x12
pcmpestrm xmm15, oword [rbp], 0x12
pcmpestrm xmm15, oword [rbp-0x8], 0x12
pcmpestrm xmm15, [rax], 0x12
pcmpestrm xmm15, xmm0, 0xf0
vpcmpestrm xmm1, xmm7, 0x12
vpcmpestrm xmm7, xmm7, 0x12
vpcmpestrm xmm8, xmm7, 0x12
vpcmpestrm xmm1, xmm8, 0x12
vpcmpestrm xmm1, oword [rax], 0x12
vpcmpestrm xmm1, oword [0x12345678], 0x12
vpcmpestrm xmm1, oword [rel $+0x100], 0x12
vpcmpestrm xmm1, oword [rel $-0x40], 0x12
vpcmpestrm xmm1, oword [eax], 0x12
vpcmpestrm xmm1, [rax], 0x12
vpcmpestrm xmm1, xmm7, 0xf0
pcmpestri xmm8, xmm13, 0x12
pcmpestri xmm13, xmm13, 0x12
pcmpestri xmm15, xmm13, 0x12
pcmpestri xmm8, xmm15, 0x12
pcmpestri xmm8, oword [rax], 0x12
pcmpestri xmm8, oword [rbp], 0x12
pcmpestri xmm8, oword [rbp-0x8], 0x12
pcmpestri xmm8, oword [r12], 0x12
pcmpestri xmm8, oword [r13], 0x12
pcmpestri xmm8, [rax], 0x12
pcmpestri xmm8, xmm13, 0xf0
vpcmpestri xmm15, xmm0, 0x12
vpcmpestri xmm0, xmm0, 0x12
vpcmpestri xmm1, xmm0, 0x12
vpcmpestri xmm15, xmm1, 0x12
vpcmpestri xmm15, oword [rax], 0x12
vpcmpestri xmm15, oword [rel $-0x40], 0x12
vpcmpestri xmm15, oword [eax], 0x12
vpcmpestri xmm15, oword [ebx+ecx*4+0x8], 0x12
vpcmpestri xmm15, oword [r10d+0x4], 0x12
vpcmpestri xmm15, [rax], 0x12
vpcmpestri xmm15, xmm0, 0xf0
pcmpistrm xmm1, xmm7, 0x12
pcmpistrm xmm7, xmm7, 0x12
pcmpistrm xmm8, xmm7, 0x12
pcmpistrm xmm1, xmm8, 0x12
pcmpistrm xmm1, oword [rax], 0x12
pcmpistrm xmm1, oword [r12], 0x12
pcmpistrm xmm1, oword [r13], 0x12
pcmpistrm xmm1, oword [r13+0x10], 0x12
pcmpistrm xmm1, oword [rax+rbx], 0x12
pcmpistrm xmm1, [rax], 0x12
pcmpistrm xmm1, xmm7, 0xf0
vpcmpistrm xmm7, xmm8, 0x12
vpcmpistrm xmm8, xmm8, 0x12
vpcmpistrm xmm13, xmm8, 0x12
vpcmpistrm xmm7, xmm13, 0x12
vpcmpistrm xmm7, oword [rax], 0x12
vpcmpistrm xmm7, oword [rdi*8+0x1000], 0x12
vpcmpistrm xmm7, oword [r15+r14], 0x12
vpcmpistrm xmm7, oword [rsp+r12*4+0x80], 0x12
vpcmpistrm xmm7, oword [0x12345678], 0x12
vpcmpistrm xmm7, [rax], 0x12
vpcmpistrm xmm7, xmm8, 0xf0
pcmpistri xmm8, xmm13, 0x12
pcmpistri xmm13, xmm13, 0x12
pcmpistri xmm15, xmm13, 0x12
pcmpistri xmm8, xmm15, 0x12
pcmpistri xmm8, oword [rax], 0x12
pcmpistri xmm8, oword [ebx+ecx*4+0x8], 0x12
pcmpistri xmm8, oword [r10d+0x4], 0x12
pcmpistri xmm8, oword [fs:rax], 0x12
pcmpistri xmm8, oword [gs:0x28], 0x12
pcmpistri xmm8, [rax], 0x12
pcmpistri xmm8, xmm13, 0xf0
vpcmpistri xmm13, xmm15, 0x12
vpcmpistri xmm15, xmm15, 0x12
vpcmpistri xmm0, xmm15, 0x12
vpcmpistri xmm13, xmm0, 0x12
vpcmpistri xmm13, oword [rax], 0x12
vpcmpistri xmm13, oword [rdx+0x12345678], 0x12
vpcmpistri xmm13, oword [rsp], 0x12
vpcmpistri xmm13, oword [rsp+0x8], 0x12
vpcmpistri xmm13, oword [rbp], 0x12
vpcmpistri xmm13, [rax], 0x12
vpcmpistri xmm13, xmm15, 0xf0
vfmaddps xmm1, xmm7, xmm8, xmm13
vfmaddps xmm7, xmm7, xmm8, xmm13
vfmaddps xmm8, xmm7, xmm8, xmm13
vfmaddps xmm1, xmm8, xmm8, xmm13
vfmaddps xmm1, xmm13, xmm8, xmm13
vfmaddps xmm1, xmm7, xmm13, xmm13
vfmaddps xmm1, xmm7, oword [rax], xmm13
vfmaddps xmm1, xmm7, oword [r8+r9*8-0x10], xmm13
vfmaddps xmm1, xmm7, oword [rdi*8+0x1000], xmm13
vfmaddps xmm1, xmm7, oword [r15+r14], xmm13
vfmaddps xmm1, xmm7, oword [rsp+r12*4+0x80], xmm13
vfmaddps xmm1, xmm7, [rax], xmm13
vfmaddps xmm1, xmm7, xmm8, xmm15
vfmaddps xmm1, xmm7, xmm8, xmm0
vfmaddps ymm7, ymm8, ymm13, ymm15
vfmaddps ymm8, ymm8, ymm13, ymm15
vfmaddps ymm13, ymm8, ymm13, ymm15
vfmaddps ymm7, ymm13, ymm13, ymm15
vfmaddps ymm7, ymm15, ymm13, ymm15
vfmaddps ymm7, ymm8, ymm15, ymm15
vfmaddps ymm7, ymm8, yword [rax], ymm15
vfmaddps ymm7, ymm8, yword [eax], ymm15
vfmaddps ymm7, ymm8, yword [ebx+ecx*4+0x8], ymm15
vfmaddps ymm7, ymm8, yword [r10d+0x4], ymm15
vfmaddps ymm7, ymm8, yword [fs:rax], ymm15
vfmaddps ymm7, ymm8, [rax], ymm15
vfmaddps ymm7, ymm8, ymm13, ymm0
vfmaddps ymm7, ymm8, ymm13, ymm1
vfmaddps xmm8, xmm13, xmm15, xmm0
vfmaddps xmm13, xmm13, xmm15, xmm0
vfmaddps xmm15, xmm13, xmm15, xmm0
vfmaddps xmm8, xmm15, xmm15, xmm0
vfmaddps xmm8, xmm0, xmm15, xmm0
vfmaddps xmm8, xmm13, xmm0, xmm0
vfmaddps xmm8, xmm13, xmm1, xmm0
vfmaddps xmm8, xmm13, xmm15, xmm1
vfmaddps xmm8, xmm13, xmm15, oword [rax]
vfmaddps xmm8, xmm13, xmm15, oword [rcx-0x80]
vfmaddps xmm8, xmm13, xmm15, oword [rdx+0x12345678]
vfmaddps xmm8, xmm13, xmm15, oword [rsp]
vfmaddps xmm8, xmm13, xmm15, oword [rsp+0x8]
vfmaddps xmm8, xmm13, xmm15, [rax]
vfmaddps ymm13, ymm15, ymm0, ymm1
vfmaddps ymm15, ymm15, ymm0, ymm1
vfmaddps ymm0, ymm15, ymm0, ymm1
vfmaddps ymm13, ymm0, ymm0, ymm1
vfmaddps ymm13, ymm1, ymm0, ymm1
vfmaddps ymm13, ymm15, ymm1, ymm1
vfmaddps ymm13, ymm15, ymm7, ymm1
vfmaddps ymm13, ymm15, ymm0, ymm7
vfmaddps ymm13, ymm15, ymm0, yword [rax]
vfmaddps ymm13, ymm15, ymm0, yword [r13]
vfmaddps ymm13, ymm15, ymm0, yword [r13+0x10]
vfmaddps ymm13, ymm15, ymm0, yword [rax+rbx]
vfmaddps ymm13, ymm15, ymm0, yword [rax+rcx*2]
vfmaddps ymm13, ymm15, ymm0, [rax]
vfmaddpd xmm15, xmm0, xmm1, xmm7
vfmaddpd xmm0, xmm0, xmm1, xmm7
vfmaddpd xmm1, xmm0, xmm1, xmm7
vfmaddpd xmm15, xmm1, xmm1, xmm7
vfmaddpd xmm15, xmm7, xmm1, xmm7
vfmaddpd xmm15, xmm0, xmm7, xmm7
vfmaddpd xmm15, xmm0, oword [rax], xmm7
vfmaddpd xmm15, xmm0, oword [r15+r14], xmm7
vfmaddpd xmm15, xmm0, oword [rsp+r12*4+0x80], xmm7
vfmaddpd xmm15, xmm0, oword [0x12345678], xmm7
vfmaddpd xmm15, xmm0, oword [rel $+0x100], xmm7
vfmaddpd xmm15, xmm0, [rax], xmm7
vfmaddpd xmm15, xmm0, xmm1, xmm8
vfmaddpd xmm15, xmm0, xmm1, xmm13
vfmaddpd ymm0, ymm1, ymm7, ymm8
vfmaddpd ymm1, ymm1, ymm7, ymm8
vfmaddpd ymm7, ymm1, ymm7, ymm8
vfmaddpd ymm0, ymm7, ymm7, ymm8
vfmaddpd ymm0, ymm8, ymm7, ymm8
vfmaddpd ymm0, ymm1, ymm8, ymm8
vfmaddpd ymm0, ymm1, yword [rax], ymm8
vfmaddpd ymm0, ymm1, yword [r10d+0x4], ymm8
vfmaddpd ymm0, ymm1, yword [fs:rax], ymm8
vfmaddpd ymm0, ymm1, yword [gs:0x28], ymm8
vfmaddpd ymm0, ymm1, yword [fs:rel $+0x10], ymm8
vfmaddpd ymm0, ymm1, [rax], ymm8
vfmaddpd ymm0, ymm1, ymm7, ymm13
vfmaddpd ymm0, ymm1, ymm7, ymm15
vfmaddpd xmm1, xmm7, xmm8, xmm13
vfmaddpd xmm7, xmm7, xmm8, xmm13
vfmaddpd xmm8, xmm7, xmm8, xmm13
vfmaddpd xmm1, xmm8, xmm8, xmm13
vfmaddpd xmm1, xmm13, xmm8, xmm13
vfmaddpd xmm1, xmm7, xmm13, xmm13
vfmaddpd xmm1, xmm7, xmm15, xmm13
vfmaddpd xmm1, xmm7, xmm8, xmm15
vfmaddpd xmm1, xmm7, xmm8, oword [rax]
vfmaddpd xmm1, xmm7, xmm8, oword [rsp]
vfmaddpd xmm1, xmm7, xmm8, oword [rsp+0x8]
vfmaddpd xmm1, xmm7, xmm8, oword [rbp]
vfmaddpd xmm1, xmm7, xmm8, oword [rbp-0x8]
vfmaddpd xmm1, xmm7, xmm8, [rax]
vfmaddpd ymm7, ymm8, ymm13, ymm15
vfmaddpd ymm8, ymm8, ymm13, ymm15
vfmaddpd ymm13, ymm8, ymm13, ymm15
vfmaddpd ymm7, ymm13, ymm13, ymm15
vfmaddpd ymm7, ymm15, ymm13, ymm15
vfmaddpd ymm7, ymm8, ymm15, ymm15
vfmaddpd ymm7, ymm8, ymm0, ymm15
vfmaddpd ymm7, ymm8, ymm13, ymm0
vfmaddpd ymm7, ymm8, ymm13, yword [rax]
vfmaddpd ymm7, ymm8, ymm13, yword [rax+rbx]
vfmaddpd ymm7, ymm8, ymm13, yword [rax+rcx*2]
vfmaddpd ymm7, ymm8, ymm13, yword [rbx+rsi*4+0x10]
vfmaddpd ymm7, ymm8, ymm13, yword [r8+r9*8-0x10]
vfmaddpd ymm7, ymm8, ymm13, [rax]
vfmaddss xmm8, xmm13, xmm15, xmm0
vfmaddss xmm13, xmm13, xmm15, xmm0
vfmaddss xmm15, xmm13, xmm15, xmm0
vfmaddss xmm8, xmm15, xmm15, xmm0
vfmaddss xmm8, xmm0, xmm15, xmm0
vfmaddss xmm8, xmm13, xmm0, xmm0
vfmaddss xmm8, xmm13, dword [rax], xmm0
vfmaddss xmm8, xmm13, dword [0x12345678], xmm0
vfmaddss xmm8, xmm13, dword [rel $+0x100], xmm0
vfmaddss xmm8, xmm13, dword [rel $-0x40], xmm0
vfmaddss xmm8, xmm13, dword [eax], xmm0
vfmaddss xmm8, xmm13, [rax], xmm0
vfmaddss xmm8, xmm13, xmm15, xmm1
vfmaddss xmm8, xmm13, xmm15, xmm7
vfmaddss xmm13, xmm15, xmm0, xmm1
vfmaddss xmm15, xmm15, xmm0, xmm1
vfmaddss xmm0, xmm15, xmm0, xmm1
vfmaddss xmm13, xmm0, xmm0, xmm1
vfmaddss xmm13, xmm1, xmm0, xmm1
vfmaddss xmm13, xmm15, xmm1, xmm1
vfmaddss xmm13, xmm15, xmm7, xmm1
vfmaddss xmm13, xmm15, xmm0, xmm7
vfmaddss xmm13, xmm15, xmm0, dword [rax]
vfmaddss xmm13, xmm15, xmm0, dword [gs:0x28]
vfmaddss xmm13, xmm15, xmm0, dword [fs:rel $+0x10]
vfmaddss xmm13, xmm15, xmm0, dword [rbx+0x7f]
vfmaddss xmm13, xmm15, xmm0, dword [rcx-0x80]
vfmaddss xmm13, xmm15, xmm0, [rax]
vfmaddsd xmm15, xmm0, xmm1, xmm7
vfmaddsd xmm0, xmm0, xmm1, xmm7
vfmaddsd xmm1, xmm0, xmm1, xmm7
vfmaddsd xmm15, xmm1, xmm1, xmm7
vfmaddsd xmm15, xmm7, xmm1, xmm7
vfmaddsd xmm15, xmm0, xmm7, xmm7
vfmaddsd xmm15, xmm0, qword [rax], xmm7
vfmaddsd xmm15, xmm0, qword [rbp], xmm7
vfmaddsd xmm15, xmm0, qword [rbp-0x8], xmm7
vfmaddsd xmm15, xmm0, qword [r12], xmm7
vfmaddsd xmm15, xmm0, qword [r13], xmm7
vfmaddsd xmm15, xmm0, [rax], xmm7
vfmaddsd xmm15, xmm0, xmm1, xmm8
vfmaddsd xmm15, xmm0, xmm1, xmm13
vfmaddsd xmm0, xmm1, xmm7, xmm8
vfmaddsd xmm1, xmm1, xmm7, xmm8
vfmaddsd xmm7, xmm1, xmm7, xmm8
vfmaddsd xmm0, xmm7, xmm7, xmm8
vfmaddsd xmm0, xmm8, xmm7, xmm8
vfmaddsd xmm0, xmm1, xmm8, xmm8
vfmaddsd xmm0, xmm1, xmm13, xmm8
vfmaddsd xmm0, xmm1, xmm7, xmm13
vfmaddsd xmm0, xmm1, xmm7, qword [rax]
vfmaddsd xmm0, xmm1, xmm7, qword [rbx+rsi*4+0x10]
vfmaddsd xmm0, xmm1, xmm7, qword [r8+r9*8-0x10]
vfmaddsd xmm0, xmm1, xmm7, qword [rdi*8+0x1000]
vfmaddsd xmm0, xmm1, xmm7, qword [r15+r14]
vfmaddsd xmm0, xmm1, xmm7, [rax]
vfmsubps xmm1, xmm7, xmm8, xmm13
vfmsubps xmm7, xmm7, xmm8, xmm13
vfmsubps xmm8, xmm7, xmm8, xmm13
vfmsubps xmm1, xmm8, xmm8, xmm13
vfmsubps xmm1, xmm13, xmm8, xmm13
vfmsubps xmm1, xmm7, xmm13, xmm13
vfmsubps xmm1, xmm7, oword [rax], xmm13
vfmsubps xmm1, xmm7, oword [rel $-0x40], xmm13
vfmsubps xmm1, xmm7, oword [eax], xmm13
vfmsubps xmm1, xmm7, oword [ebx+ecx*4+0x8], xmm13
vfmsubps xmm1, xmm7, oword [r10d+0x4], xmm13
vfmsubps xmm1, xmm7, [rax], xmm13
vfmsubps xmm1, xmm7, xmm8, xmm15
vfmsubps xmm1, xmm7, xmm8, xmm0
vfmsubps ymm7, ymm8, ymm13, ymm15
vfmsubps ymm8, ymm8, ymm13, ymm15
vfmsubps ymm13, ymm8, ymm13, ymm15
vfmsubps ymm7, ymm13, ymm13, ymm15
vfmsubps ymm7, ymm15, ymm13, ymm15
vfmsubps ymm7, ymm8, ymm15, ymm15
vfmsubps ymm7, ymm8, yword [rax], ymm15
vfmsubps ymm7, ymm8, yword [rbx+0x7f], ymm15
vfmsubps ymm7, ymm8, yword [rcx-0x80], ymm15
vfmsubps ymm7, ymm8, yword [rdx+0x12345678], ymm15
vfmsubps ymm7, ymm8, yword [rsp], ymm15
vfmsubps ymm7, ymm8, [rax], ymm15
vfmsubps ymm7, ymm8, ymm13, ymm0
vfmsubps ymm7, ymm8, ymm13, ymm1
vfmsubps xmm8, xmm13, xmm15, xmm0
vfmsubps xmm13, xmm13, xmm15, xmm0
vfmsubps xmm15, xmm13, xmm15, xmm0
vfmsubps xmm8, xmm15, xmm15, xmm0
vfmsubps xmm8, xmm0, xmm15, xmm0
vfmsubps xmm8, xmm13, xmm0, xmm0
vfmsubps xmm8, xmm13, xmm1, xmm0
vfmsubps xmm8, xmm13, xmm15, xmm1
vfmsubps xmm8, xmm13, xmm15, oword [rax]
vfmsubps xmm8, xmm13, xmm15, oword [r12]
vfmsubps xmm8, xmm13, xmm15, oword [r13]
vfmsubps xmm8, xmm13, xmm15, oword [r13+0x10]
vfmsubps xmm8, xmm13, xmm15, oword [rax+rbx]
vfmsubps xmm8, xmm13, xmm15, [rax]
vfmsubps ymm13, ymm15, ymm0, ymm1
vfmsubps ymm15, ymm15, ymm0, ymm1
vfmsubps ymm0, ymm15, ymm0, ymm1
vfmsubps ymm13, ymm0, ymm0, ymm1
vfmsubps ymm13, ymm1, ymm0, ymm1
vfmsubps ymm13, ymm15, ymm1, ymm1
vfmsubps ymm13, ymm15, ymm7, ymm1
vfmsubps ymm13, ymm15, ymm0, ymm7
vfmsubps ymm13, ymm15, ymm0, yword [rax]
vfmsubps ymm13, ymm15, ymm0, yword [rdi*8+0x1000]
vfmsubps ymm13, ymm15, ymm0, yword [r15+r14]
vfmsubps ymm13, ymm15, ymm0, yword [rsp+r12*4+0x80]
vfmsubps ymm13, ymm15, ymm0, yword [0x12345678]
vfmsubps ymm13, ymm15, ymm0, [rax]
vfmsubpd xmm15, xmm0, xmm1, xmm7
vfmsubpd xmm0, xmm0, xmm1, xmm7
vfmsubpd xmm1, xmm0, xmm1, xmm7
vfmsubpd xmm15, xmm1, xmm1, xmm7
vfmsubpd xmm15, xmm7, xmm1, xmm7
vfmsubpd xmm15, xmm0, xmm7, xmm7
vfmsubpd xmm15, xmm0, oword [rax], xmm7
vfmsubpd xmm15, xmm0, oword [ebx+ecx*4+0x8], xmm7
vfmsubpd xmm15, xmm0, oword [r10d+0x4], xmm7
vfmsubpd xmm15, xmm0, oword [fs:rax], xmm7
vfmsubpd xmm15, xmm0, oword [gs:0x28], xmm7
vfmsubpd xmm15, xmm0, [rax], xmm7
vfmsubpd xmm15, xmm0, xmm1, xmm8
vfmsubpd xmm15, xmm0, xmm1, xmm13
vfmsubpd ymm0, ymm1, ymm7, ymm8
vfmsubpd ymm1, ymm1, ymm7, ymm8
vfmsubpd ymm7, ymm1, ymm7, ymm8
vfmsubpd ymm0, ymm7, ymm7, ymm8
vfmsubpd ymm0, ymm8, ymm7, ymm8
vfmsubpd ymm0, ymm1, ymm8, ymm8
vfmsubpd ymm0, ymm1, yword [rax], ymm8
vfmsubpd ymm0, ymm1, yword [rdx+0x12345678], ymm8
vfmsubpd ymm0, ymm1, yword [rsp], ymm8
vfmsubpd ymm0, ymm1, yword [rsp+0x8], ymm8
vfmsubpd ymm0, ymm1, yword [rbp], ymm8
vfmsubpd ymm0, ymm1, [rax], ymm8
vfmsubpd ymm0, ymm1, ymm7, ymm13
vfmsubpd ymm0, ymm1, ymm7, ymm15
vfmsubpd xmm1, xmm7, xmm8, xmm13
vfmsubpd xmm7, xmm7, xmm8, xmm13
vfmsubpd xmm8, xmm7, xmm8, xmm13
vfmsubpd xmm1, xmm8, xmm8, xmm13
vfmsubpd xmm1, xmm13, xmm8, xmm13
vfmsubpd xmm1, xmm7, xmm13, xmm13
vfmsubpd xmm1, xmm7, xmm15, xmm13
vfmsubpd xmm1, xmm7, xmm8, xmm15
vfmsubpd xmm1, xmm7, xmm8, oword [rax]
vfmsubpd xmm1, xmm7, xmm8, oword [r13+0x10]
vfmsubpd xmm1, xmm7, xmm8, oword [rax+rbx]
vfmsubpd xmm1, xmm7, xmm8, oword [rax+rcx*2]
vfmsubpd xmm1, xmm7, xmm8, oword [rbx+rsi*4+0x10]
vfmsubpd xmm1, xmm7, xmm8, [rax]
vfmsubpd ymm7, ymm8, ymm13, ymm15
vfmsubpd ymm8, ymm8, ymm13, ymm15
vfmsubpd ymm13, ymm8, ymm13, ymm15
vfmsubpd ymm7, ymm13, ymm13, ymm15
vfmsubpd ymm7, ymm15, ymm13, ymm15
vfmsubpd ymm7, ymm8, ymm15, ymm15
vfmsubpd ymm7, ymm8, ymm0, ymm15
vfmsubpd ymm7, ymm8, ymm13, ymm0
vfmsubpd ymm7, ymm8, ymm13, yword [rax]
vfmsubpd ymm7, ymm8, ymm13, yword [rsp+r12*4+0x80]
vfmsubpd ymm7, ymm8, ymm13, yword [0x12345678]
vfmsubpd ymm7, ymm8, ymm13, yword [rel $+0x100]
vfmsubpd ymm7, ymm8, ymm13, yword [rel $-0x40]
vfmsubpd ymm7, ymm8, ymm13, [rax]
vfmsubss xmm8, xmm13, xmm15, xmm0
vfmsubss xmm13, xmm13, xmm15, xmm0
vfmsubss xmm15, xmm13, xmm15, xmm0
vfmsubss xmm8, xmm15, xmm15, xmm0
vfmsubss xmm8, xmm0, xmm15, xmm0
vfmsubss xmm8, xmm13, xmm0, xmm0
vfmsubss xmm8, xmm13, dword [rax], xmm0
vfmsubss xmm8, xmm13, dword [fs:rax], xmm0
vfmsubss xmm8, xmm13, dword [gs:0x28], xmm0
vfmsubss xmm8, xmm13, dword [fs:rel $+0x10], xmm0
vfmsubss xmm8, xmm13, dword [rbx+0x7f], xmm0
vfmsubss xmm8, xmm13, [rax], xmm0
vfmsubss xmm8, xmm13, xmm15, xmm1
vfmsubss xmm8, xmm13, xmm15, xmm7
vfmsubss xmm13, xmm15, xmm0, xmm1
vfmsubss xmm15, xmm15, xmm0, xmm1
vfmsubss xmm0, xmm15, xmm0, xmm1
vfmsubss xmm13, xmm0, xmm0, xmm1
vfmsubss xmm13, xmm1, xmm0, xmm1
vfmsubss xmm13, xmm15, xmm1, xmm1
vfmsubss xmm13, xmm15, xmm7, xmm1
vfmsubss xmm13, xmm15, xmm0, xmm7
vfmsubss xmm13, xmm15, xmm0, dword [rax]
vfmsubss xmm13, xmm15, xmm0, dword [rsp+0x8]
vfmsubss xmm13, xmm15, xmm0, dword [rbp]
vfmsubss xmm13, xmm15, xmm0, dword [rbp-0x8]
vfmsubss xmm13, xmm15, xmm0, dword [r12]
vfmsubss xmm13, xmm15, xmm0, [rax]
vfmsubsd xmm15, xmm0, xmm1, xmm7
vfmsubsd xmm0, xmm0, xmm1, xmm7
vfmsubsd xmm1, xmm0, xmm1, xmm7
vfmsubsd xmm15, xmm1, xmm1, xmm7
vfmsubsd xmm15, xmm7, xmm1, xmm7
vfmsubsd xmm15, xmm0, xmm7, xmm7
vfmsubsd xmm15, xmm0, qword [rax], xmm7
vfmsubsd xmm15, xmm0, qword [rax+rcx*2], xmm7
vfmsubsd xmm15, xmm0, qword [rbx+rsi*4+0x10], xmm7
vfmsubsd xmm15, xmm0, qword [r8+r9*8-0x10], xmm7
vfmsubsd xmm15, xmm0, qword [rdi*8+0x1000], xmm7
vfmsubsd xmm15, xmm0, [rax], xmm7
vfmsubsd xmm15, xmm0, xmm1, xmm8
vfmsubsd xmm15, xmm0, xmm1, xmm13
vfmsubsd xmm0, xmm1, xmm7, xmm8
vfmsubsd xmm1, xmm1, xmm7, xmm8
vfmsubsd xmm7, xmm1, xmm7, xmm8
vfmsubsd xmm0, xmm7, xmm7, xmm8
vfmsubsd xmm0, xmm8, xmm7, xmm8
vfmsubsd xmm0, xmm1, xmm8, xmm8
vfmsubsd xmm0, xmm1, xmm13, xmm8
vfmsubsd xmm0, xmm1, xmm7, xmm13
vfmsubsd xmm0, xmm1, xmm7, qword [rax]
vfmsubsd xmm0, xmm1, xmm7, qword [rel $+0x100]
vfmsubsd xmm0, xmm1, xmm7, qword [rel $-0x40]
vfmsubsd xmm0, xmm1, xmm7, qword [eax]
vfmsubsd xmm0, xmm1, xmm7, qword [ebx+ecx*4+0x8]
vfmsubsd xmm0, xmm1, xmm7, [rax]
vfnmaddps xmm1, xmm7, xmm8, xmm13
vfnmaddps xmm7, xmm7, xmm8, xmm13
vfnmaddps xmm8, xmm7, xmm8, xmm13
vfnmaddps xmm1, xmm8, xmm8, xmm13
vfnmaddps xmm1, xmm13, xmm8, xmm13
vfnmaddps xmm1, xmm7, xmm13, xmm13
vfnmaddps xmm1, xmm7, oword [rax], xmm13
vfnmaddps xmm1, xmm7, oword [ebx+ecx*4+0x8], xmm13
vfnmaddps xmm1, xmm7, oword [r10d+0x4], xmm13
vfnmaddps xmm1, xmm7, oword [fs:rax], xmm13
vfnmaddps xmm1, xmm7, oword [gs:0x28], xmm13
vfnmaddps xmm1, xmm7, [rax], xmm13
vfnmaddps xmm1, xmm7, xmm8, xmm15
vfnmaddps xmm1, xmm7, xmm8, xmm0
vfnmaddps ymm7, ymm8, ymm13, ymm15
vfnmaddps ymm8, ymm8, ymm13, ymm15
vfnmaddps ymm13, ymm8, ymm13, ymm15
vfnmaddps ymm7, ymm13, ymm13, ymm15
vfnmaddps ymm7, ymm15, ymm13, ymm15
vfnmaddps ymm7, ymm8, ymm15, ymm15
vfnmaddps ymm7, ymm8, yword [rax], ymm15
vfnmaddps ymm7, ymm8, yword [rdx+0x12345678], ymm15
vfnmaddps ymm7, ymm8, yword [rsp], ymm15
vfnmaddps ymm7, ymm8, yword [rsp+0x8], ymm15
vfnmaddps ymm7, ymm8, yword [rbp], ymm15
vfnmaddps ymm7, ymm8, [rax], ymm15
vfnmaddps ymm7, ymm8, ymm13, ymm0
vfnmaddps ymm7, ymm8, ymm13, ymm1
vfnmaddps xmm8, xmm13, xmm15, xmm0
vfnmaddps xmm13, xmm13, xmm15, xmm0
vfnmaddps xmm15, xmm13, xmm15, xmm0
vfnmaddps xmm8, xmm15, xmm15, xmm0
vfnmaddps xmm8, xmm0, xmm15, xmm0
vfnmaddps xmm8, xmm13, xmm0, xmm0
vfnmaddps xmm8, xmm13, xmm1, xmm0
vfnmaddps xmm8, xmm13, xmm15, xmm1
vfnmaddps xmm8, xmm13, xmm15, oword [rax]
vfnmaddps xmm8, xmm13, xmm15, oword [r13+0x10]
vfnmaddps xmm8, xmm13, xmm15, oword [rax+rbx]
vfnmaddps xmm8, xmm13, xmm15, oword [rax+rcx*2]
vfnmaddps xmm8, xmm13, xmm15, oword [rbx+rsi*4+0x10]
vfnmaddps xmm8, xmm13, xmm15, [rax]
vfnmaddps ymm13, ymm15, ymm0, ymm1
vfnmaddps ymm15, ymm15, ymm0, ymm1
vfnmaddps ymm0, ymm15, ymm0, ymm1
vfnmaddps ymm13, ymm0, ymm0, ymm1
vfnmaddps ymm13, ymm1, ymm0, ymm1
vfnmaddps ymm13, ymm15, ymm1, ymm1
vfnmaddps ymm13, ymm15, ymm7, ymm1
vfnmaddps ymm13, ymm15, ymm0, ymm7
vfnmaddps ymm13, ymm15, ymm0, yword [rax]
vfnmaddps ymm13, ymm15, ymm0, yword [rsp+r12*4+0x80]
vfnmaddps ymm13, ymm15, ymm0, yword [0x12345678]
vfnmaddps ymm13, ymm15, ymm0, yword [rel $+0x100]
vfnmaddps ymm13, ymm15, ymm0, yword [rel $-0x40]
vfnmaddps ymm13, ymm15, ymm0, [rax]
vfnmaddpd xmm15, xmm0, xmm1, xmm7
vfnmaddpd xmm0, xmm0, xmm1, xmm7
vfnmaddpd xmm1, xmm0, xmm1, xmm7
vfnmaddpd xmm15, xmm1, xmm1, xmm7
vfnmaddpd xmm15, xmm7, xmm1, xmm7
vfnmaddpd xmm15, xmm0, xmm7, xmm7
vfnmaddpd xmm15, xmm0, oword [rax], xmm7
vfnmaddpd xmm15, xmm0, oword [fs:rax], xmm7
vfnmaddpd xmm15, xmm0, oword [gs:0x28], xmm7
vfnmaddpd xmm15, xmm0, oword [fs:rel $+0x10], xmm7
vfnmaddpd xmm15, xmm0, oword [rbx+0x7f], xmm7
vfnmaddpd xmm15, xmm0, [rax], xmm7
vfnmaddpd xmm15, xmm0, xmm1, xmm8
vfnmaddpd xmm15, xmm0, xmm1, xmm13
vfnmaddpd ymm0, ymm1, ymm7, ymm8
vfnmaddpd ymm1, ymm1, ymm7, ymm8
vfnmaddpd ymm7, ymm1, ymm7, ymm8
vfnmaddpd ymm0, ymm7, ymm7, ymm8
vfnmaddpd ymm0, ymm8, ymm7, ymm8
vfnmaddpd ymm0, ymm1, ymm8, ymm8
vfnmaddpd ymm0, ymm1, yword [rax], ymm8
vfnmaddpd ymm0, ymm1, yword [rsp+0x8], ymm8
vfnmaddpd ymm0, ymm1, yword [rbp], ymm8
vfnmaddpd ymm0, ymm1, yword [rbp-0x8], ymm8
vfnmaddpd ymm0, ymm1, yword [r12], ymm8
vfnmaddpd ymm0, ymm1, [rax], ymm8
vfnmaddpd ymm0, ymm1, ymm7, ymm13
vfnmaddpd ymm0, ymm1, ymm7, ymm15
vfnmaddpd xmm1, xmm7, xmm8, xmm13
vfnmaddpd xmm7, xmm7, xmm8, xmm13
vfnmaddpd xmm8, xmm7, xmm8, xmm13
vfnmaddpd xmm1, xmm8, xmm8, xmm13
vfnmaddpd xmm1, xmm13, xmm8, xmm13
vfnmaddpd xmm1, xmm7, xmm13, xmm13
vfnmaddpd xmm1, xmm7, xmm15, xmm13
vfnmaddpd xmm1, xmm7, xmm8, xmm15
vfnmaddpd xmm1, xmm7, xmm8, oword [rax]
vfnmaddpd xmm1, xmm7, xmm8, oword [rax+rcx*2]
vfnmaddpd xmm1, xmm7, xmm8, oword [rbx+rsi*4+0x10]
vfnmaddpd xmm1, xmm7, xmm8, oword [r8+r9*8-0x10]
vfnmaddpd xmm1, xmm7, xmm8, oword [rdi*8+0x1000]
vfnmaddpd xmm1, xmm7, xmm8, [rax]
vfnmaddpd ymm7, ymm8, ymm13, ymm15
vfnmaddpd ymm8, ymm8, ymm13, ymm15
vfnmaddpd ymm13, ymm8, ymm13, ymm15
vfnmaddpd ymm7, ymm13, ymm13, ymm15
vfnmaddpd ymm7, ymm15, ymm13, ymm15
vfnmaddpd ymm7, ymm8, ymm15, ymm15
vfnmaddpd ymm7, ymm8, ymm0, ymm15
vfnmaddpd ymm7, ymm8, ymm13, ymm0
vfnmaddpd ymm7, ymm8, ymm13, yword [rax]
vfnmaddpd ymm7, ymm8, ymm13, yword [rel $+0x100]
vfnmaddpd ymm7, ymm8, ymm13, yword [rel $-0x40]
vfnmaddpd ymm7, ymm8, ymm13, yword [eax]
vfnmaddpd ymm7, ymm8, ymm13, yword [ebx+ecx*4+0x8]
vfnmaddpd ymm7, ymm8, ymm13, [rax]
vfnmaddss xmm8, xmm13, xmm15, xmm0
vfnmaddss xmm13, xmm13, xmm15, xmm0
vfnmaddss xmm15, xmm13, xmm15, xmm0
vfnmaddss xmm8, xmm15, xmm15, xmm0
vfnmaddss xmm8, xmm0, xmm15, xmm0
vfnmaddss xmm8, xmm13, xmm0, xmm0
vfnmaddss xmm8, xmm13, dword [rax], xmm0
vfnmaddss xmm8, xmm13, dword [fs:rel $+0x10], xmm0
vfnmaddss xmm8, xmm13, dword [rbx+0x7f], xmm0
vfnmaddss xmm8, xmm13, dword [rcx-0x80], xmm0
vfnmaddss xmm8, xmm13, dword [rdx+0x12345678], xmm0
vfnmaddss xmm8, xmm13, [rax], xmm0
vfnmaddss xmm8, xmm13, xmm15, xmm1
vfnmaddss xmm8, xmm13, xmm15, xmm7
vfnmaddss xmm13, xmm15, xmm0, xmm1
vfnmaddss xmm15, xmm15, xmm0, xmm1
vfnmaddss xmm0, xmm15, xmm0, xmm1
vfnmaddss xmm13, xmm0, xmm0, xmm1
vfnmaddss xmm13, xmm1, xmm0, xmm1
vfnmaddss xmm13, xmm15, xmm1, xmm1
vfnmaddss xmm13, xmm15, xmm7, xmm1
vfnmaddss xmm13, xmm15, xmm0, xmm7
vfnmaddss xmm13, xmm15, xmm0, dword [rax]
vfnmaddss xmm13, xmm15, xmm0, dword [rbp-0x8]
vfnmaddss xmm13, xmm15, xmm0, dword [r12]
vfnmaddss xmm13, xmm15, xmm0, dword [r13]
vfnmaddss xmm13, xmm15, xmm0, dword [r13+0x10]
vfnmaddss xmm13, xmm15, xmm0, [rax]
vfnmaddsd xmm15, xmm0, xmm1, xmm7
vfnmaddsd xmm0, xmm0, xmm1, xmm7
vfnmaddsd xmm1, xmm0, xmm1, xmm7
vfnmaddsd xmm15, xmm1, xmm1, xmm7
vfnmaddsd xmm15, xmm7, xmm1, xmm7
vfnmaddsd xmm15, xmm0, xmm7, xmm7
vfnmaddsd xmm15, xmm0, qword [rax], xmm7
vfnmaddsd xmm15, xmm0, qword [r8+r9*8-0x10], xmm7
vfnmaddsd xmm15, xmm0, qword [rdi*8+0x1000], xmm7
vfnmaddsd xmm15, xmm0, qword [r15+r14], xmm7
vfnmaddsd xmm15, xmm0, qword [rsp+r12*4+0x80], xmm7
vfnmaddsd xmm15, xmm0, [rax], xmm7
vfnmaddsd xmm15, xmm0, xmm1, xmm8
vfnmaddsd xmm15, xmm0, xmm1, xmm13
vfnmaddsd xmm0, xmm1, xmm7, xmm8
vfnmaddsd xmm1, xmm1, xmm7, xmm8
vfnmaddsd xmm7, xmm1, xmm7, xmm8
vfnmaddsd xmm0, xmm7, xmm7, xmm8
vfnmaddsd xmm0, xmm8, xmm7, xmm8
vfnmaddsd xmm0, xmm1, xmm8, xmm8
vfnmaddsd xmm0, xmm1, xmm13, xmm8
vfnmaddsd xmm0, xmm1, xmm7, xmm13
vfnmaddsd xmm0, xmm1, xmm7, qword [rax]
vfnmaddsd xmm0, xmm1, xmm7, qword [eax]
vfnmaddsd xmm0, xmm1, xmm7, qword [ebx+ecx*4+0x8]
vfnmaddsd xmm0, xmm1, xmm7, qword [r10d+0x4]
vfnmaddsd xmm0, xmm1, xmm7, qword [fs:rax]
vfnmaddsd xmm0, xmm1, xmm7, [rax]
vfnmsubps xmm1, xmm7, xmm8, xmm13
vfnmsubps xmm7, xmm7, xmm8, xmm13
vfnmsubps xmm8, xmm7, xmm8, xmm13
vfnmsubps xmm1, xmm8, xmm8, xmm13
vfnmsubps xmm1, xmm13, xmm8, xmm13
vfnmsubps xmm1, xmm7, xmm13, xmm13
vfnmsubps xmm1, xmm7, oword [rax], xmm13
vfnmsubps xmm1, xmm7, oword [rcx-0x80], xmm13
vfnmsubps xmm1, xmm7, oword [rdx+0x12345678], xmm13
vfnmsubps xmm1, xmm7, oword [rsp], xmm13
vfnmsubps xmm1, xmm7, oword [rsp+0x8], xmm13
vfnmsubps xmm1, xmm7, [rax], xmm13
vfnmsubps xmm1, xmm7, xmm8, xmm15
vfnmsubps xmm1, xmm7, xmm8, xmm0
vfnmsubps ymm7, ymm8, ymm13, ymm15
vfnmsubps ymm8, ymm8, ymm13, ymm15
vfnmsubps ymm13, ymm8, ymm13, ymm15
vfnmsubps ymm7, ymm13, ymm13, ymm15
vfnmsubps ymm7, ymm15, ymm13, ymm15
vfnmsubps ymm7, ymm8, ymm15, ymm15
vfnmsubps ymm7, ymm8, yword [rax], ymm15
vfnmsubps ymm7, ymm8, yword [r13], ymm15
vfnmsubps ymm7, ymm8, yword [r13+0x10], ymm15
vfnmsubps ymm7, ymm8, yword [rax+rbx], ymm15
vfnmsubps ymm7, ymm8, yword [rax+rcx*2], ymm15
vfnmsubps ymm7, ymm8, [rax], ymm15
vfnmsubps ymm7, ymm8, ymm13, ymm0
vfnmsubps ymm7, ymm8, ymm13, ymm1
vfnmsubps xmm8, xmm13, xmm15, xmm0
vfnmsubps xmm13, xmm13, xmm15, xmm0
vfnmsubps xmm15, xmm13, xmm15, xmm0
vfnmsubps xmm8, xmm15, xmm15, xmm0
vfnmsubps xmm8, xmm0, xmm15, xmm0
vfnmsubps xmm8, xmm13, xmm0, xmm0
vfnmsubps xmm8, xmm13, xmm1, xmm0
vfnmsubps xmm8, xmm13, xmm15, xmm1
vfnmsubps xmm8, xmm13, xmm15, oword [rax]
vfnmsubps xmm8, xmm13, xmm15, oword [r15+r14]
vfnmsubps xmm8, xmm13, xmm15, oword [rsp+r12*4+0x80]
vfnmsubps xmm8, xmm13, xmm15, oword [0x12345678]
vfnmsubps xmm8, xmm13, xmm15, oword [rel $+0x100]
vfnmsubps xmm8, xmm13, xmm15, [rax]
vfnmsubps ymm13, ymm15, ymm0, ymm1
vfnmsubps ymm15, ymm15, ymm0, ymm1
vfnmsubps ymm0, ymm15, ymm0, ymm1
vfnmsubps ymm13, ymm0, ymm0, ymm1
vfnmsubps ymm13, ymm1, ymm0, ymm1
vfnmsubps ymm13, ymm15, ymm1, ymm1
vfnmsubps ymm13, ymm15, ymm7, ymm1
vfnmsubps ymm13, ymm15, ymm0, ymm7
vfnmsubps ymm13, ymm15, ymm0, yword [rax]
vfnmsubps ymm13, ymm15, ymm0, yword [r10d+0x4]
vfnmsubps ymm13, ymm15, ymm0, yword [fs:rax]
vfnmsubps ymm13, ymm15, ymm0, yword [gs:0x28]
vfnmsubps ymm13, ymm15, ymm0, yword [fs:rel $+0x10]
vfnmsubps ymm13, ymm15, ymm0, [rax]
vfnmsubpd xmm15, xmm0, xmm1, xmm7
vfnmsubpd xmm0, xmm0, xmm1, xmm7
vfnmsubpd xmm1, xmm0, xmm1, xmm7
vfnmsubpd xmm15, xmm1, xmm1, xmm7
vfnmsubpd xmm15, xmm7, xmm1, xmm7
vfnmsubpd xmm15, xmm0, xmm7, xmm7
vfnmsubpd xmm15, xmm0, oword [rax], xmm7
vfnmsubpd xmm15, xmm0, oword [rsp], xmm7
vfnmsubpd xmm15, xmm0, oword [rsp+0x8], xmm7
vfnmsubpd xmm15, xmm0, oword [rbp], xmm7
vfnmsubpd xmm15, xmm0, oword [rbp-0x8], xmm7
vfnmsubpd xmm15, xmm0, [rax], xmm7
vfnmsubpd xmm15, xmm0, xmm1, xmm8
vfnmsubpd xmm15, xmm0, xmm1, xmm13
vfnmsubpd ymm0, ymm1, ymm7, ymm8
vfnmsubpd ymm1, ymm1, ymm7, ymm8
vfnmsubpd ymm7, ymm1, ymm7, ymm8
vfnmsubpd ymm0, ymm7, ymm7, ymm8
vfnmsubpd ymm0, ymm8, ymm7, ymm8
vfnmsubpd ymm0, ymm1, ymm8, ymm8
vfnmsubpd ymm0, ymm1, yword [rax], ymm8
vfnmsubpd ymm0, ymm1, yword [rax+rbx], ymm8
vfnmsubpd ymm0, ymm1, yword [rax+rcx*2], ymm8
vfnmsubpd ymm0, ymm1, yword [rbx+rsi*4+0x10], ymm8
vfnmsubpd ymm0, ymm1, yword [r8+r9*8-0x10], ymm8
vfnmsubpd ymm0, ymm1, [rax], ymm8
vfnmsubpd ymm0, ymm1, ymm7, ymm13
vfnmsubpd ymm0, ymm1, ymm7, ymm15
vfnmsubpd xmm1, xmm7, xmm8, xmm13
vfnmsubpd xmm7, xmm7, xmm8, xmm13
vfnmsubpd xmm8, xmm7, xmm8, xmm13
vfnmsubpd xmm1, xmm8, xmm8, xmm13
vfnmsubpd xmm1, xmm13, xmm8, xmm13
vfnmsubpd xmm1, xmm7, xmm13, xmm13
vfnmsubpd xmm1, xmm7, xmm15, xmm13
vfnmsubpd xmm1, xmm7, xmm8, xmm15
vfnmsubpd xmm1, xmm7, xmm8, oword [rax]
vfnmsubpd xmm1, xmm7, xmm8, oword [0x12345678]
vfnmsubpd xmm1, xmm7, xmm8, oword [rel $+0x100]
vfnmsubpd xmm1, xmm7, xmm8, oword [rel $-0x40]
vfnmsubpd xmm1, xmm7, xmm8, oword [eax]
vfnmsubpd xmm1, xmm7, xmm8, [rax]
vfnmsubpd ymm7, ymm8, ymm13, ymm15
vfnmsubpd ymm8, ymm8, ymm13, ymm15
vfnmsubpd ymm13, ymm8, ymm13, ymm15
vfnmsubpd ymm7, ymm13, ymm13, ymm15
vfnmsubpd ymm7, ymm15, ymm13, ymm15
vfnmsubpd ymm7, ymm8, ymm15, ymm15
vfnmsubpd ymm7, ymm8, ymm0, ymm15
vfnmsubpd ymm7, ymm8, ymm13, ymm0
vfnmsubpd ymm7, ymm8, ymm13, yword [rax]
vfnmsubpd ymm7, ymm8, ymm13, yword [gs:0x28]
vfnmsubpd ymm7, ymm8, ymm13, yword [fs:rel $+0x10]
vfnmsubpd ymm7, ymm8, ymm13, yword [rbx+0x7f]
vfnmsubpd ymm7, ymm8, ymm13, yword [rcx-0x80]
vfnmsubpd ymm7, ymm8, ymm13, [rax]
vfnmsubss xmm8, xmm13, xmm15, xmm0
vfnmsubss xmm13, xmm13, xmm15, xmm0
vfnmsubss xmm15, xmm13, xmm15, xmm0
vfnmsubss xmm8, xmm15, xmm15, xmm0
vfnmsubss xmm8, xmm0, xmm15, xmm0
vfnmsubss xmm8, xmm13, xmm0, xmm0
vfnmsubss xmm8, xmm13, dword [rax], xmm0
vfnmsubss xmm8, xmm13, dword [rbp], xmm0
vfnmsubss xmm8, xmm13, dword [rbp-0x8], xmm0
vfnmsubss xmm8, xmm13, dword [r12], xmm0
vfnmsubss xmm8, xmm13, dword [r13], xmm0
vfnmsubss xmm8, xmm13, [rax], xmm0
vfnmsubss xmm8, xmm13, xmm15, xmm1
vfnmsubss xmm8, xmm13, xmm15, xmm7
vfnmsubss xmm13, xmm15, xmm0, xmm1
vfnmsubss xmm15, xmm15, xmm0, xmm1
vfnmsubss xmm0, xmm15, xmm0, xmm1
vfnmsubss xmm13, xmm0, xmm0, xmm1
vfnmsubss xmm13, xmm1, xmm0, xmm1
vfnmsubss xmm13, xmm15, xmm1, xmm1
vfnmsubss xmm13, xmm15, xmm7, xmm1
vfnmsubss xmm13, xmm15, xmm0, xmm7
vfnmsubss xmm13, xmm15, xmm0, dword [rax]
vfnmsubss xmm13, xmm15, xmm0, dword [rbx+rsi*4+0x10]
vfnmsubss xmm13, xmm15, xmm0, dword [r8+r9*8-0x10]
vfnmsubss xmm13, xmm15, xmm0, dword [rdi*8+0x1000]
vfnmsubss xmm13, xmm15, xmm0, dword [r15+r14]
vfnmsubss xmm13, xmm15, xmm0, [rax]
vfnmsubsd xmm15, xmm0, xmm1, xmm7
vfnmsubsd xmm0, xmm0, xmm1, xmm7
vfnmsubsd xmm1, xmm0, xmm1, xmm7
vfnmsubsd xmm15, xmm1, xmm1, xmm7
vfnmsubsd xmm15, xmm7, xmm1, xmm7
vfnmsubsd xmm15, xmm0, xmm7, xmm7
vfnmsubsd xmm15, xmm0, qword [rax], xmm7
vfnmsubsd xmm15, xmm0, qword [rel $-0x40], xmm7
vfnmsubsd xmm15, xmm0, qword [eax], xmm7
vfnmsubsd xmm15, xmm0, qword [ebx+ecx*4+0x8], xmm7
vfnmsubsd xmm15, xmm0, qword [r10d+0x4], xmm7
vfnmsubsd xmm15, xmm0, [rax], xmm7
vfnmsubsd xmm15, xmm0, xmm1, xmm8
vfnmsubsd xmm15, xmm0, xmm1, xmm13
vfnmsubsd xmm0, xmm1, xmm7, xmm8
vfnmsubsd xmm1, xmm1, xmm7, xmm8
vfnmsubsd xmm7, xmm1, xmm7, xmm8
vfnmsubsd xmm0, xmm7, xmm7, xmm8
vfnmsubsd xmm0, xmm8, xmm7, xmm8
vfnmsubsd xmm0, xmm1, xmm8, xmm8
vfnmsubsd xmm0, xmm1, xmm13, xmm8
vfnmsubsd xmm0, xmm1, xmm7, xmm13
vfnmsubsd xmm0, xmm1, xmm7, qword [rax]
vfnmsubsd xmm0, xmm1, xmm7, qword [rbx+0x7f]
vfnmsubsd xmm0, xmm1, xmm7, qword [rcx-0x80]
vfnmsubsd xmm0, xmm1, xmm7, qword [rdx+0x12345678]
vfnmsubsd xmm0, xmm1, xmm7, qword [rsp]
vfnmsubsd xmm0, xmm1, xmm7, [rax]
sha1rnds4 xmm1, xmm7, 0x12
sha1rnds4 xmm7, xmm7, 0x12
sha1rnds4 xmm8, xmm7, 0x12
sha1rnds4 xmm1, xmm8, 0x12
sha1rnds4 xmm1, oword [rax], 0x12
sha1rnds4 xmm1, oword [r12], 0x12
sha1rnds4 xmm1, oword [r13], 0x12
sha1rnds4 xmm1, oword [r13+0x10], 0x12
sha1rnds4 xmm1, oword [rax+rbx], 0x12
sha1rnds4 xmm1, [rax], 0x12
sha1rnds4 xmm1, xmm7, 0xf0
gf2p8affineqb xmm7, xmm8, 0x12
gf2p8affineqb xmm8, xmm8, 0x12
gf2p8affineqb xmm13, xmm8, 0x12
gf2p8affineqb xmm7, xmm13, 0x12
gf2p8affineqb xmm7, oword [rax], 0x12
gf2p8affineqb xmm7, oword [rdi*8+0x1000], 0x12
gf2p8affineqb xmm7, oword [r15+r14], 0x12
gf2p8affineqb xmm7, oword [rsp+r12*4+0x80], 0x12
gf2p8affineqb xmm7, oword [0x12345678], 0x12
gf2p8affineqb xmm7, [rax], 0x12
gf2p8affineqb xmm7, xmm8, 0xf0
vgf2p8affineqb xmm8, xmm13, xmm15, 0x12
vgf2p8affineqb xmm13, xmm13, xmm15, 0x12
vgf2p8affineqb xmm15, xmm13, xmm15, 0x12
vgf2p8affineqb xmm8, xmm15, xmm15, 0x12
vgf2p8affineqb xmm8, xmm0, xmm15, 0x12
vgf2p8affineqb xmm8, xmm13, xmm0, 0x12
vgf2p8affineqb xmm8, xmm13, oword [rax], 0x12
vgf2p8affineqb xmm8, xmm13, oword [ebx+ecx*4+0x8], 0x12
vgf2p8affineqb xmm8, xmm13, oword [r10d+0x4], 0x12
vgf2p8affineqb xmm8, xmm13, oword [fs:rax], 0x12
vgf2p8affineqb xmm8, xmm13, oword [gs:0x28], 0x12
vgf2p8affineqb xmm8, xmm13, [rax], 0x12
vgf2p8affineqb xmm8, xmm13, xmm15, 0xf0
vgf2p8affineqb ymm13, ymm15, ymm0, 0x12
vgf2p8affineqb ymm15, ymm15, ymm0, 0x12
vgf2p8affineqb ymm0, ymm15, ymm0, 0x12
vgf2p8affineqb ymm13, ymm0, ymm0, 0x12
vgf2p8affineqb ymm13, ymm1, ymm0, 0x12
vgf2p8affineqb ymm13, ymm15, ymm1, 0x12
vgf2p8affineqb ymm13, ymm15, yword [rax], 0x12
vgf2p8affineqb ymm13, ymm15, yword [rdx+0x12345678], 0x12
vgf2p8affineqb ymm13, ymm15, yword [rsp], 0x12
vgf2p8affineqb ymm13, ymm15, yword [rsp+0x8], 0x12
vgf2p8affineqb ymm13, ymm15, yword [rbp], 0x12
vgf2p8affineqb ymm13, ymm15, [rax], 0x12
vgf2p8affineqb ymm13, ymm15, ymm0, 0xf0
gf2p8affineinvqb xmm7, xmm8, 0x12
gf2p8affineinvqb xmm8, xmm8, 0x12
gf2p8affineinvqb xmm13, xmm8, 0x12
gf2p8affineinvqb xmm7, xmm13, 0x12
gf2p8affineinvqb xmm7, oword [rax], 0x12
gf2p8affineinvqb xmm7, oword [rsp+0x8], 0x12
gf2p8affineinvqb xmm7, oword [rbp], 0x12
gf2p8affineinvqb xmm7, oword [rbp-0x8], 0x12
gf2p8affineinvqb xmm7, oword [r12], 0x12
gf2p8affineinvqb xmm7, [rax], 0x12
gf2p8affineinvqb xmm7, xmm8, 0xf0
vgf2p8affineinvqb xmm8, xmm13, xmm15, 0x12
vgf2p8affineinvqb xmm13, xmm13, xmm15, 0x12
vgf2p8affineinvqb xmm15, xmm13, xmm15, 0x12
vgf2p8affineinvqb xmm8, xmm15, xmm15, 0x12
vgf2p8affineinvqb xmm8, xmm0, xmm15, 0x12
vgf2p8affineinvqb xmm8, xmm13, xmm0, 0x12
vgf2p8affineinvqb xmm8, xmm13, oword [rax], 0x12
vgf2p8affineinvqb xmm8, xmm13, oword [rax+rcx*2], 0x12
vgf2p8affineinvqb xmm8, xmm13, oword [rbx+rsi*4+0x10], 0x12
vgf2p8affineinvqb xmm8, xmm13, oword [r8+r9*8-0x10], 0x12
vgf2p8affineinvqb xmm8, xmm13, oword [rdi*8+0x1000], 0x12
vgf2p8affineinvqb xmm8, xmm13, [rax], 0x12
vgf2p8affineinvqb xmm8, xmm13, xmm15, 0xf0
vgf2p8affineinvqb ymm13, ymm15, ymm0, 0x12
vgf2p8affineinvqb ymm15, ymm15, ymm0, 0x12
vgf2p8affineinvqb ymm0, ymm15, ymm0, 0x12
vgf2p8affineinvqb ymm13, ymm0, ymm0, 0x12
vgf2p8affineinvqb ymm13, ymm1, ymm0, 0x12
vgf2p8affineinvqb ymm13, ymm15, ymm1, 0x12
vgf2p8affineinvqb ymm13, ymm15, yword [rax], 0x12
vgf2p8affineinvqb ymm13, ymm15, yword [rel $+0x100], 0x12
vgf2p8affineinvqb ymm13, ymm15, yword [rel $-0x40], 0x12
vgf2p8affineinvqb ymm13, ymm15, yword [eax], 0x12
vgf2p8affineinvqb ymm13, ymm15, yword [ebx+ecx*4+0x8], 0x12
vgf2p8affineinvqb ymm13, ymm15, [rax], 0x12
vgf2p8affineinvqb ymm13, ymm15, ymm0, 0xf0
aeskeygenassist xmm7, xmm8, 0x12
aeskeygenassist xmm8, xmm8, 0x12
aeskeygenassist xmm13, xmm8, 0x12
aeskeygenassist xmm7, xmm13, 0x12
aeskeygenassist xmm7, oword [rax], 0x12
aeskeygenassist xmm7, oword [eax], 0x12
aeskeygenassist xmm7, oword [ebx+ecx*4+0x8], 0x12
aeskeygenassist xmm7, oword [r10d+0x4], 0x12
aeskeygenassist xmm7, oword [fs:rax], 0x12
aeskeygenassist xmm7, [rax], 0x12
aeskeygenassist xmm7, xmm8, 0xf0
vaeskeygenassist xmm8, xmm13, 0x12
vaeskeygenassist xmm13, xmm13, 0x12
vaeskeygenassist xmm15, xmm13, 0x12
vaeskeygenassist xmm8, xmm15, 0x12
vaeskeygenassist xmm8, oword [rax], 0x12
vaeskeygenassist xmm8, oword [rcx-0x80], 0x12
vaeskeygenassist xmm8, oword [rdx+0x12345678], 0x12
vaeskeygenassist xmm8, oword [rsp], 0x12
vaeskeygenassist xmm8, oword [rsp+0x8], 0x12
vaeskeygenassist xmm8, [rax], 0x12
vaeskeygenassist xmm8, xmm13, 0xf0
rorx ecx, ebx, 0x12
rorx ebx, ebx, 0x12
rorx esp, ebx, 0x12
rorx ecx, esp, 0x12
rorx ecx, dword [rax], 0x12
rorx ecx, dword [r13], 0x12
rorx ecx, dword [r13+0x10], 0x12
rorx ecx, dword [rax+rbx], 0x12
rorx ecx, dword [rax+rcx*2], 0x12
rorx ecx, [rax], 0x12
rorx ecx, ebx, 0xf0
rorx rcx, rdx, 0x12
rorx rdx, rdx, 0x12
rorx rsp, rdx, 0x12
rorx rcx, rsp, 0x12
rorx rcx, qword [rax], 0x12
rorx rcx, qword [r15+r14], 0x12
rorx rcx, qword [rsp+r12*4+0x80], 0x12
rorx rcx, qword [0x12345678], 0x12
rorx rcx, qword [rel $+0x100], 0x12
rorx rcx, [rax], 0x12
rorx rcx, rdx, 0xf0
rmpadjust
a32 pvalidate
pvalidate
serialize
xsusldtrk
xresldtrk
o64 getsec
vbroadcastss xmm13, xmm15
vbroadcastss xmm15, xmm15
vbroadcastss xmm0, xmm15
vbroadcastss xmm13, xmm0
vbroadcastss xmm13, xmm1
vbroadcastss ymm15, xmm0
vbroadcastss ymm0, xmm0
vbroadcastss ymm1, xmm0
vbroadcastss ymm15, xmm1
vbroadcastss ymm15, xmm7
vbroadcastsd ymm0, xmm1
vbroadcastsd ymm1, xmm1
vbroadcastsd ymm7, xmm1
vbroadcastsd ymm0, xmm7
vbroadcastsd ymm0, xmm8
uiret
testui
clui
stui
senduipi rbp
senduipi rsi
senduipi r8
hreset 0x12
hreset 0xf0
wrmsrns
wrmsrlist
rdmsrlist
prefetchit1 byte [rax]
prefetchit1 byte [rdi*8+0x1000]
prefetchit1 byte [r15+r14]
prefetchit1 byte [rsp+r12*4+0x80]
prefetchit1 byte [0x12345678]
prefetchit1 [rax]
prefetchit0 byte [rax]
prefetchit0 byte [ebx+ecx*4+0x8]
prefetchit0 byte [r10d+0x4]
prefetchit0 byte [fs:rax]
prefetchit0 byte [gs:0x28]
prefetchit0 [rax]
aadd dword [rax], edi
aadd dword [rdx+0x12345678], edi
aadd dword [rsp], edi
aadd dword [rsp+0x8], edi
aadd dword [rbp], edi
aadd [rax], edi
aadd dword [rax], r8d
aadd dword [rax], r13d
aadd qword [rax], r13
aadd qword [r13+0x10], r13
aadd qword [rax+rbx], r13
aadd qword [rax+rcx*2], r13
aadd qword [rbx+rsi*4+0x10], r13
aadd [rax], r13
aadd qword [rax], r15
aadd qword [rax], rax
o64 aadd qword [rax], r13
aand dword [rax], ecx
aand dword [rsp+r12*4+0x80], ecx
aand dword [0x12345678], ecx
aand dword [rel $+0x100], ecx
aand dword [rel $-0x40], ecx
aand [rax], ecx
aand dword [rax], ebx
aand dword [rax], esp
aand qword [rax], rdx
aand qword [fs:rax], rdx
aand qword [gs:0x28], rdx
aand qword [fs:rel $+0x10], rdx
aand qword [rbx+0x7f], rdx
aand [rax], rdx
aand qword [rax], rsp
aand qword [rax], rbp
o64 aand qword [rax], rdx
axor dword [rax], r8d
axor dword [rsp+0x8], r8d
axor dword [rbp], r8d
axor dword [rbp-0x8], r8d
axor dword [r12], r8d
axor [rax], r8d
axor dword [rax], r13d
axor dword [rax], r15d
axor qword [rax], r8
axor qword [rax+rcx*2], r8
axor qword [rbx+rsi*4+0x10], r8
axor qword [r8+r9*8-0x10], r8
axor qword [rdi*8+0x1000], r8
axor [rax], r8
axor qword [rax], r12
axor qword [rax], r13
o64 axor qword [rax], r8
cmpoxadd dword [rax], r15d, eax
cmpoxadd dword [r15+r14], r15d, eax
cmpoxadd dword [rsp+r12*4+0x80], r15d, eax
cmpoxadd dword [0x12345678], r15d, eax
cmpoxadd dword [rel $+0x100], r15d, eax
cmpoxadd [rax], r15d, eax
cmpoxadd dword [rax], eax, eax
cmpoxadd dword [rax], ecx, eax
cmpoxadd dword [rax], r15d, ecx
cmpoxadd dword [rax], r15d, ebx
cmpoxadd qword [rax], rcx, rdx
cmpoxadd qword [r10d+0x4], rcx, rdx
cmpoxadd qword [fs:rax], rcx, rdx
cmpoxadd qword [gs:0x28], rcx, rdx
cmpoxadd qword [fs:rel $+0x10], rcx, rdx
cmpoxadd [rax], rcx, rdx
cmpoxadd qword [rax], rdx, rdx
cmpoxadd qword [rax], rsp, rdx
cmpoxadd qword [rax], rcx, rsp
cmpoxadd qword [rax], rcx, rbp
cmpnoxadd dword [rax], ebp, edi
cmpnoxadd dword [rsp], ebp, edi
cmpnoxadd dword [rsp+0x8], ebp, edi
cmpnoxadd dword [rbp], ebp, edi
cmpnoxadd dword [rbp-0x8], ebp, edi
cmpnoxadd [rax], ebp, edi
cmpnoxadd dword [rax], edi, edi
cmpnoxadd dword [rax], r8d, edi
cmpnoxadd dword [rax], ebp, r8d
cmpnoxadd dword [rax], ebp, r13d
cmpnoxadd qword [rax], rsi, r8
cmpnoxadd qword [rax+rbx], rsi, r8
cmpnoxadd qword [rax+rcx*2], rsi, r8
cmpnoxadd qword [rbx+rsi*4+0x10], rsi, r8
cmpnoxadd qword [r8+r9*8-0x10], rsi, r8
cmpnoxadd [rax], rsi, r8
cmpnoxadd qword [rax], r8, r8
cmpnoxadd qword [rax], r12, r8
cmpnoxadd qword [rax], rsi, r12
cmpnoxadd qword [rax], rsi, r13
cmpbxadd dword [rax], eax, ecx
cmpbxadd dword [0x12345678], eax, ecx
cmpbxadd dword [rel $+0x100], eax, ecx
cmpbxadd dword [rel $-0x40], eax, ecx
cmpbxadd dword [eax], eax, ecx
cmpbxadd [rax], eax, ecx
cmpbxadd dword [rax], ecx, ecx
cmpbxadd dword [rax], ebx, ecx
cmpbxadd dword [rax], eax, ebx
cmpbxadd dword [rax], eax, esp
cmpbxadd qword [rax], r15, rax
cmpbxadd qword [gs:0x28], r15, rax
cmpbxadd qword [fs:rel $+0x10], r15, rax
cmpbxadd qword [rbx+0x7f], r15, rax
cmpbxadd qword [rcx-0x80], r15, rax
cmpbxadd [rax], r15, rax
cmpbxadd qword [rax], rax, rax
cmpbxadd qword [rax], rcx, rax
cmpbxadd qword [rax], r15, rcx
cmpbxadd qword [rax], r15, rdx
cmpaexadd dword [rax], edi, r8d
cmpaexadd dword [rbp], edi, r8d
cmpaexadd dword [rbp-0x8], edi, r8d
cmpaexadd dword [r12], edi, r8d
cmpaexadd dword [r13], edi, r8d
cmpaexadd [rax], edi, r8d
cmpaexadd dword [rax], r8d, r8d
cmpaexadd dword [rax], r13d, r8d
cmpaexadd dword [rax], edi, r13d
cmpaexadd dword [rax], edi, r15d
cmpaexadd qword [rax], rsp, rbp
cmpaexadd qword [rbx+rsi*4+0x10], rsp, rbp
cmpaexadd qword [r8+r9*8-0x10], rsp, rbp
cmpaexadd qword [rdi*8+0x1000], rsp, rbp
cmpaexadd qword [r15+r14], rsp, rbp
cmpaexadd [rax], rsp, rbp
cmpaexadd qword [rax], rbp, rbp
cmpaexadd qword [rax], rsi, rbp
cmpaexadd qword [rax], rsp, rsi
cmpaexadd qword [rax], rsp, r8
cmpexadd dword [rax], ecx, ebx
cmpexadd dword [rel $-0x40], ecx, ebx
cmpexadd dword [eax], ecx, ebx
cmpexadd dword [ebx+ecx*4+0x8], ecx, ebx
cmpexadd dword [r10d+0x4], ecx, ebx
cmpexadd [rax], ecx, ebx
cmpexadd dword [rax], ebx, ebx
cmpexadd dword [rax], esp, ebx
cmpexadd dword [rax], ecx, esp
cmpexadd dword [rax], ecx, ebp
cmpexadd qword [rax], r12, r13
cmpexadd qword [rbx+0x7f], r12, r13
cmpexadd qword [rcx-0x80], r12, r13
cmpexadd qword [rdx+0x12345678], r12, r13
cmpexadd qword [rsp], r12, r13
cmpexadd [rax], r12, r13
cmpexadd qword [rax], r13, r13
cmpexadd qword [rax], r15, r13
cmpexadd qword [rax], r12, r15
cmpexadd qword [rax], r12, rax
cmpnexadd dword [rax], r8d, r13d
cmpnexadd dword [r12], r8d, r13d
cmpnexadd dword [r13], r8d, r13d
cmpnexadd dword [r13+0x10], r8d, r13d
cmpnexadd dword [rax+rbx], r8d, r13d
cmpnexadd [rax], r8d, r13d
cmpnexadd dword [rax], r13d, r13d
cmpnexadd dword [rax], r15d, r13d
cmpnexadd dword [rax], r8d, r15d
cmpnexadd dword [rax], r8d, eax
cmpnexadd qword [rax], rcx, rdx
cmpnexadd qword [rdi*8+0x1000], rcx, rdx
cmpnexadd qword [r15+r14], rcx, rdx
cmpnexadd qword [rsp+r12*4+0x80], rcx, rdx
cmpnexadd qword [0x12345678], rcx, rdx
cmpnexadd [rax], rcx, rdx
cmpnexadd qword [rax], rdx, rdx
cmpnexadd qword [rax], rsp, rdx
cmpnexadd qword [rax], rcx, rsp
cmpnexadd qword [rax], rcx, rbp
cmpbexadd dword [rax], ebx, esp
cmpbexadd dword [ebx+ecx*4+0x8], ebx, esp
cmpbexadd dword [r10d+0x4], ebx, esp
cmpbexadd dword [fs:rax], ebx, esp
cmpbexadd dword [gs:0x28], ebx, esp
cmpbexadd [rax], ebx, esp
cmpbexadd dword [rax], esp, esp
cmpbexadd dword [rax], ebp, esp
cmpbexadd dword [rax], ebx, ebp
cmpbexadd dword [rax], ebx, edi
cmpbexadd qword [rax], rsi, r8
cmpbexadd qword [rdx+0x12345678], rsi, r8
cmpbexadd qword [rsp], rsi, r8
cmpbexadd qword [rsp+0x8], rsi, r8
cmpbexadd qword [rbp], rsi, r8
cmpbexadd [rax], rsi, r8
cmpbexadd qword [rax], r8, r8
cmpbexadd qword [rax], r12, r8
cmpbexadd qword [rax], rsi, r12
cmpbexadd qword [rax], rsi, r13
cmpaxadd dword [rax], r13d, r15d
cmpaxadd dword [r13+0x10], r13d, r15d
cmpaxadd dword [rax+rbx], r13d, r15d
cmpaxadd dword [rax+rcx*2], r13d, r15d
cmpaxadd dword [rbx+rsi*4+0x10], r13d, r15d
cmpaxadd [rax], r13d, r15d
cmpaxadd dword [rax], r15d, r15d
cmpaxadd dword [rax], eax, r15d
cmpaxadd dword [rax], r13d, eax
cmpaxadd dword [rax], r13d, ecx
cmpaxadd qword [rax], r15, rax
cmpaxadd qword [rsp+r12*4+0x80], r15, rax
cmpaxadd qword [0x12345678], r15, rax
cmpaxadd qword [rel $+0x100], r15, rax
cmpaxadd qword [rel $-0x40], r15, rax
cmpaxadd [rax], r15, rax
cmpaxadd qword [rax], rax, rax
cmpaxadd qword [rax], rcx, rax
cmpaxadd qword [rax], r15, rcx
cmpaxadd qword [rax], r15, rdx
cmpsxadd dword [rax], esp, ebp
cmpsxadd dword [fs:rax], esp, ebp
cmpsxadd dword [gs:0x28], esp, ebp
cmpsxadd dword [fs:rel $+0x10], esp, ebp
cmpsxadd dword [rbx+0x7f], esp, ebp
cmpsxadd [rax], esp, ebp
cmpsxadd dword [rax], ebp, ebp
cmpsxadd dword [rax], edi, ebp
cmpsxadd dword [rax], esp, edi
cmpsxadd dword [rax], esp, r8d
cmpsxadd qword [rax], rsp, rbp
cmpsxadd qword [rsp+0x8], rsp, rbp
cmpsxadd qword [rbp], rsp, rbp
cmpsxadd qword [rbp-0x8], rsp, rbp
cmpsxadd qword [r12], rsp, rbp
cmpsxadd [rax], rsp, rbp
cmpsxadd qword [rax], rbp, rbp
cmpsxadd qword [rax], rsi, rbp
cmpsxadd qword [rax], rsp, rsi
cmpsxadd qword [rax], rsp, r8
cmpnsxadd dword [rax], r15d, eax
cmpnsxadd dword [rax+rcx*2], r15d, eax
cmpnsxadd dword [rbx+rsi*4+0x10], r15d, eax
cmpnsxadd dword [r8+r9*8-0x10], r15d, eax
cmpnsxadd dword [rdi*8+0x1000], r15d, eax
cmpnsxadd [rax], r15d, eax
cmpnsxadd dword [rax], eax, eax
cmpnsxadd dword [rax], ecx, eax
cmpnsxadd dword [rax], r15d, ecx
cmpnsxadd dword [rax], r15d, ebx
cmpnsxadd qword [rax], r12, r13
cmpnsxadd qword [rel $+0x100], r12, r13
cmpnsxadd qword [rel $-0x40], r12, r13
cmpnsxadd qword [eax], r12, r13
cmpnsxadd qword [ebx+ecx*4+0x8], r12, r13
cmpnsxadd [rax], r12, r13
cmpnsxadd qword [rax], r13, r13
cmpnsxadd qword [rax], r15, r13
cmpnsxadd qword [rax], r12, r15
cmpnsxadd qword [rax], r12, rax
cmppxadd dword [rax], ebp, edi
cmppxadd dword [fs:rel $+0x10], ebp, edi
cmppxadd dword [rbx+0x7f], ebp, edi
cmppxadd dword [rcx-0x80], ebp, edi
cmppxadd dword [rdx+0x12345678], ebp, edi
cmppxadd [rax], ebp, edi
cmppxadd dword [rax], edi, edi
cmppxadd dword [rax], r8d, edi
cmppxadd dword [rax], ebp, r8d
cmppxadd dword [rax], ebp, r13d
cmppxadd qword [rax], rcx, rdx
cmppxadd qword [rbp-0x8], rcx, rdx
cmppxadd qword [r12], rcx, rdx
cmppxadd qword [r13], rcx, rdx
cmppxadd qword [r13+0x10], rcx, rdx
cmppxadd [rax], rcx, rdx
cmppxadd qword [rax], rdx, rdx
cmppxadd qword [rax], rsp, rdx
cmppxadd qword [rax], rcx, rsp
cmppxadd qword [rax], rcx, rbp
cmpnpxadd dword [rax], eax, ecx
cmpnpxadd dword [r8+r9*8-0x10], eax, ecx
cmpnpxadd dword [rdi*8+0x1000], eax, ecx
cmpnpxadd dword [r15+r14], eax, ecx
cmpnpxadd dword [rsp+r12*4+0x80], eax, ecx
cmpnpxadd [rax], eax, ecx
cmpnpxadd dword [rax], ecx, ecx
cmpnpxadd dword [rax], ebx, ecx
cmpnpxadd dword [rax], eax, ebx
cmpnpxadd dword [rax], eax, esp
cmpnpxadd qword [rax], rsi, r8
cmpnpxadd qword [eax], rsi, r8
cmpnpxadd qword [ebx+ecx*4+0x8], rsi, r8
cmpnpxadd qword [r10d+0x4], rsi, r8
cmpnpxadd qword [fs:rax], rsi, r8
cmpnpxadd [rax], rsi, r8
cmpnpxadd qword [rax], r8, r8
cmpnpxadd qword [rax], r12, r8
cmpnpxadd qword [rax], rsi, r12
cmpnpxadd qword [rax], rsi, r13
cmplxadd dword [rax], edi, r8d
cmplxadd dword [rcx-0x80], edi, r8d
cmplxadd dword [rdx+0x12345678], edi, r8d
cmplxadd dword [rsp], edi, r8d
cmplxadd dword [rsp+0x8], edi, r8d
cmplxadd [rax], edi, r8d
cmplxadd dword [rax], r8d, r8d
cmplxadd dword [rax], r13d, r8d
cmplxadd dword [rax], edi, r13d
cmplxadd dword [rax], edi, r15d
cmplxadd qword [rax], r15, rax
cmplxadd qword [r13], r15, rax
cmplxadd qword [r13+0x10], r15, rax
cmplxadd qword [rax+rbx], r15, rax
cmplxadd qword [rax+rcx*2], r15, rax
cmplxadd [rax], r15, rax
cmplxadd qword [rax], rax, rax
cmplxadd qword [rax], rcx, rax
cmplxadd qword [rax], r15, rcx
cmplxadd qword [rax], r15, rdx
cmpgexadd dword [rax], ecx, ebx
cmpgexadd dword [r15+r14], ecx, ebx
cmpgexadd dword [rsp+r12*4+0x80], ecx, ebx
cmpgexadd dword [0x12345678], ecx, ebx
cmpgexadd dword [rel $+0x100], ecx, ebx
cmpgexadd [rax], ecx, ebx
cmpgexadd dword [rax], ebx, ebx
cmpgexadd dword [rax], esp, ebx
cmpgexadd dword [rax], ecx, esp
cmpgexadd dword [rax], ecx, ebp
cmpgexadd qword [rax], rsp, rbp
cmpgexadd qword [r10d+0x4], rsp, rbp
cmpgexadd qword [fs:rax], rsp, rbp
cmpgexadd qword [gs:0x28], rsp, rbp
cmpgexadd qword [fs:rel $+0x10], rsp, rbp
cmpgexadd [rax], rsp, rbp
cmpgexadd qword [rax], rbp, rbp
cmpgexadd qword [rax], rsi, rbp
cmpgexadd qword [rax], rsp, rsi
cmpgexadd qword [rax], rsp, r8
cmplexadd dword [rax], r8d, r13d
cmplexadd dword [rsp], r8d, r13d
cmplexadd dword [rsp+0x8], r8d, r13d
cmplexadd dword [rbp], r8d, r13d
cmplexadd dword [rbp-0x8], r8d, r13d
cmplexadd [rax], r8d, r13d
cmplexadd dword [rax], r13d, r13d
cmplexadd dword [rax], r15d, r13d
cmplexadd dword [rax], r8d, r15d
cmplexadd dword [rax], r8d, eax
cmplexadd qword [rax], r12, r13
cmplexadd qword [rax+rbx], r12, r13
cmplexadd qword [rax+rcx*2], r12, r13
cmplexadd qword [rbx+rsi*4+0x10], r12, r13
cmplexadd qword [r8+r9*8-0x10], r12, r13
cmplexadd [rax], r12, r13
cmplexadd qword [rax], r13, r13
cmplexadd qword [rax], r15, r13
cmplexadd qword [rax], r12, r15
cmplexadd qword [rax], r12, rax
cmpgxadd dword [rax], ebx, esp
cmpgxadd dword [0x12345678], ebx, esp
cmpgxadd dword [rel $+0x100], ebx, esp
cmpgxadd dword [rel $-0x40], ebx, esp
cmpgxadd dword [eax], ebx, esp
cmpgxadd [rax], ebx, esp
cmpgxadd dword [rax], esp, esp
cmpgxadd dword [rax], ebp, esp
cmpgxadd dword [rax], ebx, ebp
cmpgxadd dword [rax], ebx, edi
cmpgxadd qword [rax], rcx, rdx
cmpgxadd qword [gs:0x28], rcx, rdx
cmpgxadd qword [fs:rel $+0x10], rcx, rdx
cmpgxadd qword [rbx+0x7f], rcx, rdx
cmpgxadd qword [rcx-0x80], rcx, rdx
cmpgxadd [rax], rcx, rdx
cmpgxadd qword [rax], rdx, rdx
cmpgxadd qword [rax], rsp, rdx
cmpgxadd qword [rax], rcx, rsp
cmpgxadd qword [rax], rcx, rbp
call far [rbx]
call far qword [rel $+0x10]
o64 retf
iretd
o64 iret
int 0x80
int 3
lidt [rel $+0x100]
sgdt [rsp]
ltr ax
lldt ax
mov ds, eax
mov ss, rax
mov ax, ds
mov rax, ds
mov [rax], ds
push 0x12
push word 0x1234
push qword 0x12345678
in al, 0x60
out 0x80, al
a32 rep stosq
jmp short $
jrcxz $+0x10
jecxz $+0x10
loop $-0x10
a32 loop $+0x4
lock add [rax], rax
lock cmpxchg [rdi], rcx
lock cmpxchg16b [rdi]
mov eax, [rax+rsp]
mov eax, [rax*3]
mov eax, [r13*1]
mov eax, [rbp*1]
mov eax, [r12*1+r13]
mov rax, 1
mov rax, -1
mov rax, 0x80000000
mov eax, 0xffffffff
mov rax, qword 0x1
and rax, -0x10
lea rax, [rel $]
mov rax, [rel $+0x12345678]
mov al, [0x12]
mov eax, [abs 0x12]
mov eax, [rsp+rax*1]
mov eax, [rax*2]
mov eax, [rbp+rax]
mov eax, [r13+r12]
mov eax, [r12+r13]
mov eax, [byte rax+0x0]
mov eax, [dword rax+0x0]
mov eax, [rax+0x0]
mov eax, [nosplit rax*2]
mov eax, [rax*1]
dec r8
movsx eax, al
movsx rax, ax
ret 0x8
