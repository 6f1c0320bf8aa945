; A kernel for bootloader_api 0.11's protocol that reports what it was handed, as
; key=value lines on COM1, then exits through isa-debug-exit (0x10). It carries
; the .bootloader-config section that the crate's entry_point! emits, written
; here byte for byte (shared/notes/bootloader-0.11.md §1), and is linked as a
; static PIE as rustc links x86_64-unknown-none kernels, with an R_X86_64_RELATIVE
; relocation in its RELRO segment. -D options choose the configuration:
; STACK_SIZE (bytes), PHYS (physical_memory: Some(Dynamic)), RECURSIVE
; (page_table_recursive: Some(Dynamic)), BOOT_INFO_ADDR (a fixed boot_info).
bits 64
default rel
global _start:function

%ifndef STACK_SIZE
%define STACK_SIZE 0x14000
%endif

section .text
_start:
    mov r12, rdi                        ; the BootInfo
    mov r13, rsp
    mov r14, [rsp]                      ; the return address the loader left
    mov r15, rbp

    lea rsi, [key_start]
    lea rax, [_start]
    call put
    lea rsi, [key_bootinfo]
    mov rax, r12
    call put
    lea rsi, [key_rsp]
    mov rax, r13
    call put
    lea rsi, [key_return]
    mov rax, r14
    call put
    lea rsi, [key_rbp]
    mov rax, r15
    call put
    lea rsi, [key_segments]             ; cs ds es ss fs gs, a byte each
    xor eax, eax
    mov ax, gs
    shl rax, 8
    mov cx, fs
    or al, cl
    shl rax, 8
    mov cx, ss
    or al, cl
    shl rax, 8
    mov cx, es
    or al, cl
    shl rax, 8
    mov cx, ds
    or al, cl
    shl rax, 8
    mov cx, cs
    or al, cl
    call put
    lea rsi, [key_cr0_wp]
    mov rax, cr0
    shr rax, 16
    and eax, 1
    call put
    lea rsi, [key_cr4]
    mov rax, cr4
    and eax, (1 << 5) | (1 << 9)        ; PAE, OSFXSR
    call put
    lea rsi, [key_efer_nxe]
    mov ecx, 0xC0000080
    rdmsr
    shr eax, 11
    and eax, 1
    call put
    sub rsp, 16
    sidt [rsp]
    movzx eax, word [rsp]
    mov rbx, [rsp + 2]
    add rsp, 16
    lea rsi, [key_idt_limit]
    call put
    lea rsi, [key_idt_base]
    mov rax, rbx
    call put
    lea rsi, [key_interrupts]
    pushfq
    pop rax
    shr eax, 9
    and eax, 1
    call put
    ; the relocation: the pointer in .data.rel.ro holds the loaded address
    lea rsi, [key_relocated]
    lea rax, [marker]
    cmp rax, [pointer]
    sete al
    movzx eax, al
    call put
    ; the stack: its lowest byte is mapped and writable
    lea rax, [r13 + 8 - STACK_SIZE]
    mov byte [rax], 1
    lea rsi, [key_stack_bottom]
    call put

    ; the BootInfo
    lea rsi, [key_api_version]
    mov rax, [r12]
    call put
    lea rsi, [key_regions_ptr]
    mov rax, [r12 + 8]
    call put
    mov rbx, [r12 + 16]
    lea rsi, [key_regions]
    mov rax, rbx
    call put
    mov rdi, [r12 + 8]
    xor ebp, ebp
.region:
    cmp rbp, rbx
    jae .regions_done
    lea rsi, [key_region]
    mov rax, [rdi]
    call put_more
    lea rsi, [key_space]
    mov rax, [rdi + 8]
    call put_more
    lea rsi, [key_kind]
    mov rax, [rdi + 16]
    call put
    add rdi, 24
    inc rbp
    jmp .region
.regions_done:
    mov rbx, 24                         ; framebuffer .. _test_sentinel, 8 bytes each
.field:
    lea rsi, [key_rsdp]                 ; rsdp_addr's value: where the BIOS put it
    mov rax, [r12 + rbx]
    cmp rbx, 120
    je .value
    lea rsi, [key_at]
    mov rax, rbx
    call put_more
    lea rsi, [key_equals]
    mov rax, [r12 + rbx]
.value:
    call put
    add rbx, 8
    cmp rbx, 232
    jb .field
    ; the framebuffer is mapped and writable
    cmp dword [r12 + 24], 0
    jne .no_framebuffer
    mov rax, [r12 + 32]
    mov dword [rax], 0x00AB00CD
    mov eax, [rax]
    lea rsi, [key_framebuffer]
    call put
.no_framebuffer:
%ifdef PHYS
    ; through the physical-memory map: the RSDP's signature, and the rights of pages
    mov r15, [r12 + 96]
    lea rsi, [key_rsdp_signature]
    mov rax, [r12 + 120]
    mov rax, [r15 + rax]
    call put
    lea rsi, [key_pte_text]
    lea rax, [_start]
    call pte
    call put
    lea rsi, [key_pte_relro]
    lea rax, [pointer]
    call pte
    call put
    lea rsi, [key_pte_data]
    lea rax, [counter]
    call pte
    call put
    lea rsi, [key_pte_stack]
    mov rax, r13
    call pte
    call put
    lea rsi, [key_pte_guard]
    lea rax, [r13 + 8 - STACK_SIZE - 4096]
    call pte
    call put
    lea rsi, [key_pte_bootinfo]
    mov rax, r12
    call pte
    call put
%endif
%ifdef RECURSIVE
    ; the recursive entry: the level-4 table seen through it is the one in CR3
    movzx eax, word [r12 + 108]
    mov rcx, rax
    shl rax, 39
    mov rdx, rcx
    shl rdx, 30
    or rax, rdx
    mov rdx, rcx
    shl rdx, 21
    or rax, rdx
    shl rcx, 12
    or rax, rcx
    bt rax, 47
    jnc .canonical
    mov rcx, 0xFFFF000000000000
    or rax, rcx
.canonical:
    movzx ecx, word [r12 + 108]
    mov rax, [rax + rcx * 8]            ; the recursive entry itself
    mov rdx, 0x000FFFFFFFFFF000
    and rax, rdx
    mov rcx, cr3
    and rcx, -4096
    cmp rax, rcx
    sete al
    movzx eax, al
    lea rsi, [key_recursive_ok]
    call put
%endif
    inc qword [counter]

    mov dx, 0xF4
    mov eax, 0x10
    out dx, eax
.halt:
    cli
    hlt
    jmp .halt

%ifdef PHYS
; RAX = virtual address -> RAX = its page-table entry (the last level; 0 if absent),
; read through the physical-memory map at R15.
pte:
    push rbx
    push rcx
    mov rbx, cr3
    mov ecx, 39
.level:
    mov rdx, 0x000FFFFFFFFFF000
    and rbx, rdx
    mov rdx, rax
    shr rdx, cl
    and edx, 511
    add rbx, r15
    mov rbx, [rbx + rdx * 8]
    test bl, 1
    jz .absent
    test bl, 0x80                       ; a large page
    jnz .found
    sub ecx, 9
    cmp ecx, 12
    jae .level
.found:
    mov rax, rbx
    mov rcx, 0x8000000000000FFF         ; the rights, not the address
    and rax, rcx
    pop rcx
    pop rbx
    ret
.absent:
    xor eax, eax
    pop rcx
    pop rbx
    ret
%endif

%include "probe_com1.inc"

marker:
    ret

section .bootloader-config progbits alloc noexec nowrite align=1
    db 0x74, 0x3C, 0xA9, 0x61, 0x09, 0x36, 0x46, 0xA0
    db 0xBB, 0x55, 0x5C, 0x15, 0x89, 0x15, 0x25, 0x3D
    dw 0, 11, 16                        ; bootloader_api 0.11.16
    db 0                                ; not a pre-release
    dq STACK_SIZE
    times 9 db 0                        ; kernel_stack: Dynamic
    times 9 db 0                        ; kernel_base: Dynamic
%ifdef BOOT_INFO_ADDR
    db 1                                ; boot_info: FixedAddress
    dq BOOT_INFO_ADDR
%else
    times 9 db 0                        ; boot_info: Dynamic
%endif
    times 9 db 0                        ; framebuffer: Dynamic
%ifdef PHYS
    db 1                                ; physical_memory: Some(Dynamic)
    times 9 db 0
%else
    times 10 db 0                       ; physical_memory: None
%endif
%ifdef RECURSIVE
    db 1                                ; page_table_recursive: Some(Dynamic)
    times 9 db 0
%else
    times 10 db 0                       ; page_table_recursive: None
%endif
    db 0                                ; aslr
    times 9 db 0                        ; dynamic_range_start: None
    times 9 db 0                        ; dynamic_range_end: None
    times 9 db 0                        ; ramdisk_memory: Dynamic
    times 9 db 0                        ; minimum_framebuffer_height: None
    times 9 db 0                        ; minimum_framebuffer_width: None

section .data.rel.ro progbits alloc noexec write align=8
pointer: dq marker

section .data
counter: dq 0

section .rodata
key_start:           db "start=", 0
key_bootinfo:        db "bootinfo=", 0
key_rsp:             db "rsp=", 0
key_return:          db "return=", 0
key_rbp:             db "rbp=", 0
key_segments:        db "segments=", 0
key_cr0_wp:          db "cr0_wp=", 0
key_cr4:             db "cr4=", 0
key_efer_nxe:        db "efer_nxe=", 0
key_idt_limit:       db "idt_limit=", 0
key_idt_base:        db "idt_base=", 0
key_interrupts:      db "interrupts=", 0
key_relocated:       db "relocated=", 0
key_stack_bottom:    db "stack_bottom=", 0
key_api_version:     db "api_version=", 0
key_regions_ptr:     db "regions_ptr=", 0
key_regions:         db "regions=", 0
key_region:          db "region ", 0
key_space:           db " ", 0
key_kind:            db " kind=", 0
key_at:              db "at_", 0
key_equals:          db "=", 0
key_rsdp:            db "rsdp=", 0
key_framebuffer:     db "framebuffer_write=", 0
key_rsdp_signature:  db "rsdp_signature=", 0
key_pte_text:        db "pte_text=", 0
key_pte_relro:       db "pte_relro=", 0
key_pte_data:        db "pte_data=", 0
key_pte_stack:       db "pte_stack=", 0
key_pte_guard:       db "pte_guard=", 0
key_pte_bootinfo:    db "pte_bootinfo=", 0
key_recursive_ok:    db "recursive_ok=", 0
