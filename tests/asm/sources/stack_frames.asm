; %stacksize, %arg and %local (NASM's manual, 4.8): macros such as (ebp+8) for a
; procedure's arguments and locals, and effective addresses with parenthesized
; register groups, which those macros make. Compared with NASM's output.
        bits 16
        %stacksize small
; the manual's example: two words of locals below BP, enter makes room for them
silly_swap:
        %push mycontext
        %assign %$localsize 0
        %local old_ax:word, old_dx:word
        enter %$localsize, 0
        mov [old_ax], ax
        mov [old_dx], dx
        mov ax, [old_dx]
        leave
        ret
        %pop

        %stacksize large
        %arg far_arg:word, far_long:dword
far_proc:
        mov ax, [far_arg]
        les bx, [far_long]
        retf

        bits 32
        %stacksize flat
        %arg count:dword, flag:byte, big:qword, wide:tword, vec:oword, yv:yword
%define SIZE dword
        %arg sized:SIZE
add_all:
        push ebp
        mov ebp, esp
        %push frame
        %assign %$localsize 0
        %local total:dword, scratch:qword = LocalSize
        %local more:byte
        sub esp, %$localsize
        mov eax, [count]
        mov cl, [flag]
        mov edx, [big + 4]
        lea esi, [wide]
        movdqu xmm0, [vec]
        mov eax, [sized]
        mov [total], eax
        mov [scratch + ecx*2], edx
        mov byte [more], 1
        mov eax, [count + ecx*4 + 2]
        %pop
        leave
        ret

        bits 64
        %stacksize flat64
        %arg first:qword, second:dword
long_proc:
        %push frame64
        %assign %$localsize 0
        %local slot:qword, pad:word
        mov rax, [first]
        mov ecx, [second]
        mov [slot], rax
        mov [pad], cx
        sub rsp, %$localsize
        %pop
        ret

        bits 32
groups: mov eax, [(ebx)]
        mov eax, [(ebx + 4) + ecx]
        mov eax, [ecx + (ebx*4 + 2)]
        mov eax, [((ebp + 8))]
        mov eax, [es:(ebp - 8)]
        mov eax, [(ebx) - 4]
        mov eax, [(5) + ebx]
