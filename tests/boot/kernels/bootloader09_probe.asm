; A kernel for the bootloader 0.9 crate's protocol that reports what it was handed,
; as key=value lines on COM1, then exits through isa-debug-exit (0x10). Its crate
; folder (Cargo.toml with `bootloader = "0.9"`) is made by the test, which gives
; STACK_PAGES (the crate's kernel-stack-size) and PHYSICAL_OFFSET_FIELD (where the
; BootInfo holds physical_memory_offset) with -D.
bits 64
default rel
global _start:function

section .text
_start:
    mov r12, rdi                        ; the BootInfo
    mov r13, rsp
    mov r14, [rsp]                      ; the return address the loader left
    mov ax, ss
    movzx r15d, ax

    lea rsi, [key_bootinfo]
    mov rax, r12
    call put
    lea rsi, [key_rsp]
    mov rax, r13
    call put
    lea rsi, [key_ss]
    mov rax, r15
    call put
    lea rsi, [key_cs]
    mov ax, cs
    movzx eax, ax
    call put
    lea rsi, [key_ds]
    mov ax, ds
    movzx eax, ax
    call put
    lea rsi, [key_cr0_wp]
    mov rax, cr0
    shr rax, 16
    and eax, 1
    call put
    lea rsi, [key_efer_nxe]
    mov ecx, 0xC0000080
    rdmsr
    shr eax, 11
    and eax, 1
    call put
    lea rsi, [key_cr3]
    mov rax, cr3
    call put
    sub rsp, 16
    sidt [rsp]
    movzx eax, word [rsp]
    add rsp, 16
    lea rsi, [key_idt_limit]
    call put
    lea rsi, [key_interrupts]
    pushfq
    pop rax
    shr eax, 9
    and eax, 1
    call put
    ; the return address is mapped and executable code: a `jmp` to itself (EB FE)
    lea rsi, [key_return_code]
    movzx eax, word [r14]
    call put
    ; the stack: its lowest page is mapped and writable
    lea rax, [r13 + 8 - STACK_PAGES * 4096]
    mov qword [rax], 1
    lea rsi, [key_stack_bottom]
    call put

    ; the BootInfo: memory map, physical-memory offset, TLS template
    mov rbx, [r12 + 64 * 24]            ; next_entry_index
    lea rsi, [key_regions]
    mov rax, rbx
    call put
    xor ebp, ebp
.region:
    cmp rbp, rbx
    jae .regions_done
    imul rdi, rbp, 24
    add rdi, r12
    lea rsi, [key_region]
    mov rax, [rdi]
    call put_more
    lea rsi, [key_dash]
    mov rax, [rdi + 8]
    call put_more
    lea rsi, [key_type]
    mov eax, [rdi + 16]
    call put
    inc rbp
    jmp .region
.regions_done:
    lea rsi, [key_unused_type]
    mov eax, [r12 + 63 * 24 + 16]
    call put
    ; after the map: the physical-memory offset and/or the recursive table's address,
    ; then the TLS template, as the crate's features lay them out
    lea rsi, [key_at_1544]
    mov rax, [r12 + 1544]
    call put
    lea rsi, [key_at_1552]
    mov rax, [r12 + 1552]
    call put
    ; physical memory through the offset: CR3's table seen there is the one in use
    mov rax, cr3
    and rax, -4096
    add rax, [r12 + PHYSICAL_OFFSET_FIELD]
    mov rax, [rax]
    and rax, 0xFFF
    lea rsi, [key_pml4_0_flags]
    call put
    ; the VGA text buffer is identity-mapped
    mov word [abs 0xB8000], 0x0F4B
    lea rsi, [key_vga]
    movzx eax, word [abs 0xB8000]
    call put

    mov dx, 0xF4
    mov eax, 0x10
    out dx, eax
.halt:
    cli
    hlt
    jmp .halt

%include "probe_com1.inc"

section .rodata
key_bootinfo:        db "bootinfo=", 0
key_rsp:             db "rsp=", 0
key_ss:              db "ss=", 0
key_cs:              db "cs=", 0
key_ds:              db "ds=", 0
key_cr0_wp:          db "cr0_wp=", 0
key_efer_nxe:        db "efer_nxe=", 0
key_cr3:             db "cr3=", 0
key_idt_limit:       db "idt_limit=", 0
key_interrupts:      db "interrupts=", 0
key_return_code:     db "return_code=", 0
key_stack_bottom:    db "stack_bottom=", 0
key_regions:         db "regions=", 0
key_region:          db "region ", 0
key_dash:            db " ", 0
key_type:            db " type=", 0
key_unused_type:     db "unused_type=", 0
key_at_1544:         db "at_1544=", 0
key_at_1552:         db "at_1552=", 0
key_pml4_0_flags:    db "pml4_0_flags=", 0
key_vga:             db "vga=", 0
