; A guest that finds the firmware's tables and hex-dumps each on COM1, one line each:
; "<name> <address> <bytes in hex>". test_firmware_tables.py boots it in our machine
; and in QEMU and compares the tables field by field.
;
; It enters 32-bit protected mode (flat segments: the ACPI tables sit near the top of
; RAM), then:
; * the Intel MP floating pointer ("_MP_", MP spec 1.4 section 4: the first KiB of
;   the EBDA, the last KiB of base memory, 0xF0000-0xFFFFF), then the configuration
;   table it points at (base table and extended entries);
; * the ACPI RSDP ("RSD PTR ", ACPI 6.5 section 5.2.5.1: the first KiB of the EBDA,
;   0xE0000-0xFFFFF), the RSDT and every table it lists, the FADT's FACS and DSDT, and
;   the XSDT when the RSDP's revision is 2 or more.
; Lines "mp-floating", "mp-config", "rsdp", "rsdt", "xsdt", "table" (one per RSDT
; entry), "facs", "dsdt"; "none <what>" when something is not found; "done" last.
; Exits through isa-debug-exit (status 33).
bits 16
org 0x7C00
PAYLOAD_SECTORS equ 3

start:
    cli
    xor ax, ax
    mov ds, ax
    mov es, ax
    mov ss, ax
    mov sp, 0x7C00
    mov ax, 0x0200 + PAYLOAD_SECTORS    ; INT 13h AH=02h: the rest of the guest
    mov cx, 0x0002
    xor dh, dh
    mov bx, 0x7E00
    int 0x13
    jnc .loaded
    mov al, 0x11
    out 0xF4, al
.loaded:
    lgdt [gdt_pointer]
    mov eax, cr0
    or eax, 1                           ; PE
    mov cr0, eax
    jmp 0x08:main
align 8
gdt:
    dq 0
    dq 0x00CF9A000000FFFF               ; 0x08: flat code
    dq 0x00CF92000000FFFF               ; 0x10: flat data
gdt_pointer:
    dw gdt_pointer - gdt - 1
    dd gdt
    times 510 - ($ - $$) db 0
    dw 0xAA55

bits 32
main:
    mov ax, 0x10
    mov ds, ax
    mov es, ax
    mov ss, ax
    mov esp, 0x7C00

; --- the MP floating pointer and the configuration table ------------------------
    movzx ebx, word [0x40E]             ; the EBDA segment (BDA 40:0E)
    shl ebx, 4
    lea ecx, [ebx + 1024]
    mov edx, '_MP_'
    xor edi, edi
    call scan
    jnz .mp_found
    movzx ebx, word [0x413]             ; base memory in KiB (BDA 40:13): its last KiB
    shl ebx, 10
    lea ecx, [ebx]
    sub ebx, 1024
    call scan
    jnz .mp_found
    mov ebx, 0xF0000
    mov ecx, 0x100000
    call scan
    jnz .mp_found
    mov esi, no_mp
    call puts
    jmp acpi
.mp_found:
    mov ebp, eax
    mov esi, mp_floating
    mov ebx, ebp
    movzx ecx, byte [ebp + 8]           ; LENGTH, in 16-byte paragraphs
    shl ecx, 4
    call dump
    mov ebx, [ebp + 4]                  ; PHYSICAL ADDRESS POINTER
    test ebx, ebx
    jz acpi
    movzx ecx, word [ebx + 4]           ; BASE TABLE LENGTH
    movzx eax, word [ebx + 40]          ; EXTENDED TABLE LENGTH
    add ecx, eax
    mov esi, mp_config
    call dump

; --- ACPI --------------------------------------------------------------------------
acpi:
    movzx ebx, word [0x40E]
    shl ebx, 4
    lea ecx, [ebx + 1024]
    mov edx, 'RSD '
    mov edi, 'PTR '
    call scan
    jnz .rsdp_found
    mov ebx, 0xE0000
    mov ecx, 0x100000
    call scan
    jnz .rsdp_found
    mov esi, no_rsdp
    call puts
    jmp finish
.rsdp_found:
    mov ebp, eax
    mov ebx, ebp
    mov ecx, 20
    cmp byte [ebp + 15], 2              ; Revision: 2 and up have Length at 20
    jb .rsdp_dump
    mov ecx, [ebp + 20]
.rsdp_dump:
    mov esi, rsdp
    call dump
    mov ebx, [ebp + 16]                 ; RsdtAddress
    test ebx, ebx
    jz .xsdt
    mov esi, rsdt
    call dump_table
    mov edi, ebx                        ; the entries, 4 bytes each
    mov ecx, [ebx + 4]
    sub ecx, 36
    shr ecx, 2
    add edi, 36
.entry:
    test ecx, ecx
    jz .xsdt
    push ecx
    push edi
    mov ebx, [edi]
    call one_table
    pop edi
    pop ecx
    add edi, 4
    dec ecx
    jmp .entry
.xsdt:
    cmp byte [ebp + 15], 2
    jb finish
    mov ebx, [ebp + 24]                 ; XsdtAddress (below 4 GiB here)
    test ebx, ebx
    jz finish
    mov esi, xsdt
    call dump_table
finish:
    mov esi, done
    call puts
    mov al, 0x10                        ; exit status 33
    out 0xF4, al
    jmp $

; one_table: the table at ebx; the FADT's FACS and DSDT after it
one_table:
    mov esi, table
    call dump_table
    cmp dword [ebx], 'FACP'
    jne .done
    push ebp
    mov ebp, ebx
    mov ebx, [ebp + 36]                 ; FIRMWARE_CTRL
    test ebx, ebx
    jz .dsdt
    mov esi, facs
    call dump_table
.dsdt:
    mov ebx, [ebp + 40]                 ; DSDT
    test ebx, ebx
    jz .dsdt_done
    mov esi, dsdt
    call dump_table
.dsdt_done:
    pop ebp
.done:
    ret

; dump_table: esi = name, ebx = a table with its length at +4
dump_table:
    mov ecx, [ebx + 4]
    cmp ecx, 0x10000                    ; a broken length: dump the header only
    jb dump
    mov ecx, 36
; dump: esi = name, ebx = address, ecx = length; preserves ebx
dump:
    push ebx
    push ecx
    call puts
    mov eax, ebx
    call hex32
    mov al, ' '
    call putc
.byte:
    jecxz .end
    mov al, [ebx]
    call hex8
    inc ebx
    dec ecx
    jmp .byte
.end:
    mov al, 10
    call putc
    pop ecx
    pop ebx
    ret

; scan: 16-byte steps from ebx up to ecx for the dword edx (followed by edi unless 0);
; eax = the address, ZF clear when found
scan:
    cmp ebx, ecx
    jae .none
    cmp [ebx], edx
    jne .next
    test edi, edi
    jz .found
    cmp [ebx + 4], edi
    je .found
.next:
    add ebx, 16
    jmp scan
.found:
    mov eax, ebx
    or eax, eax                         ; ZF clear (not at address 0)
    ret
.none:
    xor eax, eax
    ret

; --- output on COM1 ---------------------------------------------------------------
putc:
    push edx
    mov dx, 0x3F8
    out dx, al
    pop edx
    ret
hex32:
    push eax
    shr eax, 16
    xchg al, ah
    call hex8
    xchg al, ah
    call hex8
    pop eax
    push eax
    xchg al, ah
    call hex8
    xchg al, ah
    call hex8
    pop eax
    ret
hex8:
    push eax
    shr al, 4
    call .digit
    pop eax
    push eax
    call .digit
    pop eax
    ret
.digit:
    and al, 0x0F
    add al, '0'
    cmp al, '9'
    jbe putc
    add al, 'A' - '0' - 10
    jmp putc
puts:
    push eax
.next:
    lodsb
    test al, al
    jz .done
    call putc
    jmp .next
.done:
    pop eax
    ret

mp_floating: db "mp-floating ", 0
mp_config: db "mp-config ", 0
rsdp: db "rsdp ", 0
rsdt: db "rsdt ", 0
xsdt: db "xsdt ", 0
table: db "table ", 0
facs: db "facs ", 0
dsdt: db "dsdt ", 0
no_mp: db "none mp-floating", 10, 0
no_rsdp: db "none rsdp", 10, 0
done: db "done", 10, 0
    times (1 + PAYLOAD_SECTORS) * 512 - ($ - $$) db 0
