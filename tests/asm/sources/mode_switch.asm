; Real mode -> protected mode -> long mode, as a stage 2 loader does it.
        bits 16
        org 0x8000

CODE32_SEL equ gdt.code32 - gdt
DATA_SEL   equ gdt.data - gdt
CODE64_SEL equ gdt.code64 - gdt

stage2:
        cli
        in al, 0x92
        or al, 2
        out 0x92, al                    ; fast A20
        lgdt [gdt_descriptor]
        mov eax, cr0
        or eax, 1
        mov cr0, eax
        jmp dword CODE32_SEL:protected_mode

        bits 32
protected_mode:
        mov ax, DATA_SEL
        mov ds, ax
        mov es, ax
        mov fs, ax
        mov gs, ax
        mov ss, ax
        mov esp, 0x90000

        ; identity-map the first 2 MiB with one 2 MiB page
        mov edi, 0x70000
        xor eax, eax
        mov ecx, 3 * 4096 / 4
        rep stosd
        mov dword [0x70000], 0x71000 | 3
        mov dword [0x71000], 0x72000 | 3
        mov dword [0x72000], 0x000083

        mov eax, cr4
        or eax, 1 << 5                  ; PAE
        mov cr4, eax
        mov eax, 0x70000
        mov cr3, eax
        mov ecx, 0xC0000080             ; EFER
        rdmsr
        or eax, 1 << 8                  ; LME
        wrmsr
        mov eax, cr0
        or eax, 1 << 31                 ; PG
        mov cr0, eax
        jmp CODE64_SEL:long_mode

        bits 64
long_mode:
        mov ax, DATA_SEL
        mov ds, ax
        mov ss, ax
        mov rsp, 0x90000
        lea rax, [rel gdt]
        mov rdi, 0xb8000
        mov rax, 0x2f4b2f4f2f4c2f4c
        mov [rdi], rax
        mov rcx, kernel_entry
        call rcx
.hang:
        hlt
        jmp .hang

kernel_entry:
        push rbp
        mov rbp, rsp
        xor eax, eax
        cpuid
        pop rbp
        ret

        align 8
gdt:
        dq 0
.code32: dq 0x00cf9a000000ffff
.data:   dq 0x00cf92000000ffff
.code64: dq 0x00af9a000000ffff
gdt_end:

gdt_descriptor:
        dw gdt_end - gdt - 1
        dd gdt
