; longmode stage 2: real mode -> (unreal mode loading) -> protected mode ->
; long mode (ELF64 kernels, longmode boot protocol) or Multiboot 1/2 hand-off.
;
; Loaded by stage 1 at 0000:8000 with DL = boot drive. The image builder
; patches the parameter block that follows the first jump (image.py, _PARAMS,
; a test checks the two agree). The boot-info layout constants (BI_*, MT_*) come from bootinfo.py
; as assembler defines, so the ABI is declared once; so do the failure codes (FAIL_*,
; failures.py): each message below is followed by its code, which fatal16 and
; fatal64 write to the isa-debug-exit port after printing the message.
;
; Low memory while loading (all physical addresses):
;   0x01000  raw E820 entries (24 bytes each, at most 128)
;   0x07C00  stage 1; real-mode stack below it
;   0x08000  stage 2 (this file, at most 32 KiB)
;   0x10000  boot info (struct, cmdline, GDT, memory map); Multiboot info
;   0x14000  scratch for building the memory map
;   0x20000  64 KiB bounce buffer for disk reads
;   0x30000  page tables (PML4, PDPT, PDs, then 4 KiB tables for the kernel)
;   0x80000  64 KiB kernel stack (mapped below a guard page in the higher half)

bits 16
org 0x8000

; Layout constants (RAW_E820, PT_BASE, BI_*, MT_*, ...) are defines from bootinfo.py.

start:
    jmp main16
    times 8 - ($ - $$) db 0
params:                                  ; patched by the image builder
p_magic:        dd 0x32534D4C           ; "LMS2"
p_sectors:      dd 0                    ; size of stage 2 in sectors
p_kernel_lba:   dd 0
p_kernel_size:  dd 0                    ; bytes
p_staging:      dd 0                    ; where the kernel file is read to
p_mode:         dd 0                    ; 0 ELF64, 1 Multiboot 1, 2 Multiboot 2
p_mb_entry:     dd 0
p_mb_count:     dd 0                    ; Multiboot load plan: segments
p_mb_segs:      times 4*4 dd 0          ; (file offset, paddr, filesz, memsz) x 4
p_load_end:     dd 0                    ; highest physical byte the kernel load touches
p_phys_delta:   dq 0                    ; nonzero: load ELF64 segments at p_vaddr - this
p_cmdline_len:  dd 0
p_cmdline:      times CMDLINE_MAX db 0
p_protocol:     dd 0                    ; ELF64: 0 longmode, 1 bootloader 0.9's
p09_phys_slot:  dd 0                    ; 0.9: PML4 slot of the physical map (>= 512: none)
p09_rec_slot:   dd 0                    ; 0.9: PML4 slot pointing at the PML4 (>= 512: none)
p09_stack_pages: dd 0                   ; 0.9: stack pages above the guard page
p09_stack_phys: dd 0                    ; 0.9: physical address of the stack's frames
p09_nfields:    dd 0                    ; 0.9: (offset, value) pairs for the BootInfo
p09_boot_info:  dq 0                    ; 0.9: virtual address of the BootInfo page
p09_stack_guard: dq 0                   ; 0.9: virtual address of the stack's guard page
p09_fields:     times 2 * CRATE_MAX_FIELDS dq 0 ; 0.9 and 0.11: (offset, value) pairs
p_virt_offset:  dq 0                    ; ELF64: added to each p_vaddr and the entry (0.11: a PIE's base)
p11_rela:       dq 0                    ; 0.11: physical address of the R_X86_64_RELATIVE entries
p11_rela_count: dq 0
p11_relro_start: dq 0                   ; 0.11: virtual pages [start, end) mapped read-only
p11_relro_end:  dq 0                    ;       (PT_GNU_RELRO)
p11_rsp:        dq 0                    ; 0.11: RSP at the entry
p11_fb_virt:    dq 0                    ; 0.11: where the framebuffer is mapped
p_rest_crc:     dd 0                    ; CRC-32 of the sectors past the first STAGE1_CHECKED_SECTORS

main16:
    cli
    xor ax, ax
    mov ds, ax
    mov es, ax
    mov ss, ax
    mov sp, 0x7C00
    sti
    cld
    push dx
    call check_rest                      ; before any variable of ours is written
    pop dx
    jmp loader16                         ; past the code stage 1 checked

; ---------------------------------------------------------------------------
; Stage 1 checked the first STAGE1_CHECKED_SECTORS sectors (this code, the
; helpers below that it calls and the parameter block); this checks the others:
; their CRC-32 (as zlib.crc32) against p_rest_crc, a byte at a time with a
; 256-entry table built in the bounce buffer (unused until the kernel is read).
; About 7 instructions a byte, against stage 1's 36.
check_rest:
    push fs
    mov ax, BOUNCE >> 4
    mov fs, ax
    xor ebx, ebx
.entry:
    mov eax, ebx
    mov cl, 8
.bit:
    shr eax, 1
    jnc .next_bit
    xor eax, CRC32_POLY
.next_bit:
    dec cl
    jnz .bit
    mov [fs:ebx * 4], eax
    inc bl
    jnz .entry                           ; 256 entries (BL wraps to 0)
    mov si, $$ + STAGE1_CHECKED_SECTORS * 512
    mov cx, [p_sectors]
    sub cx, STAGE1_CHECKED_SECTORS       ; more than that: image.py asserts it
    shl cx, 9
    or edx, -1
.byte:
    lodsb
    xor al, dl
    movzx ebx, al
    shr edx, 8
    xor edx, [fs:ebx * 4]
    loop .byte
    pop fs
    not edx
    cmp edx, [p_rest_crc]
    mov si, msg_damaged
    jne fatal16
    ret

CRC32_POLY      equ 0xEDB88320          ; CRC-32 (IEEE 802.3), bit-reversed
; The messages check_rest may print live in the sectors stage 1 checked.
msg_prefix:   db "longmode: ", 0
msg_damaged:  db "stage 2 is damaged", 0, FAIL_STAGE2_DAMAGED

; Prints "longmode: " + the reason at SI on the screen (INT 10h) and COM1,
; writes the failure's code (the byte after the reason's NUL) to the
; isa-debug-exit port, halts.
fatal16:
    push si
    mov si, msg_prefix
    call print16
    pop si
    call print16
    lodsb
    out DEBUG_EXIT_PORT, al
.halt:
    cli
    hlt
    jmp .halt

print16:
    lodsb
    test al, al
    jz .done
    push ax
    mov ah, 0x0E
    mov bx, 0x0007
    int 0x10
    pop ax
    call com1_put
    jmp print16
.done:
    ret

; AL -> COM1 (polls the line status register; gives up after a while).
com1_put:
    push dx
    push cx
    push ax
    mov cx, 0xFFFF
    mov dx, COM1 + 5
.wait:
    in al, dx
    test al, 0x20
    jnz .ready
    loop .wait
.ready:
    pop ax
    mov dx, COM1
    out dx, al
    pop cx
    pop dx
    ret
checked_code_end:                        ; a test checks that it is in the checked sectors

; ---------------------------------------------------------------------------
; The loader, in real mode

loader16:
    mov [boot_drive], dl

    mov ax, 0x0003                       ; VGA text mode 3 (80x25, 16 colours)
    int 0x10

    call enable_a20
    call read_memory_map
    cmp dword [p_mode], 0
    jne .no_lm_needed
    call check_long_mode
.no_lm_needed:
    call check_memory
    call disk_init
    call load_kernel

    mov ah, 0x03                         ; cursor position for the boot info
    xor bh, bh
    int 0x10
    mov [cursor_row], dh
    mov [cursor_col], dl

    int 0x12                             ; conventional memory in KiB
    mov [mem_lower], ax
    cmp dword [p_protocol], PROTOCOL_BOOTLOADER011
    jne .text_mode
    call select_vbe_mode
.text_mode:

    cli
    lgdt [gdt_desc]
    mov eax, cr0
    or eax, 1
    mov cr0, eax
    jmp CODE32:pm32

; ---------------------------------------------------------------------------
; Real-mode helpers (fatal16, print16 and com1_put are above, with check_rest)

; bootloader 0.11's choice of a graphics mode (its stage 2, vesa.rs): of the VBE
; modes with a linear framebuffer (attributes 90h), packed-pixel or direct
; colour, at most 1280x720, the widest, then the tallest; a mode whose pixel
; format is not RGB or BGR (8-bit channels at 0/8/16) gives way to any other.
; Sets it (with the linear framebuffer) and keeps what the BootInfo needs in
; vbe_*; without VBE or such a mode, vbe_mode stays FFFFh and the screen in
; text mode (the crate's loader stops then; the kernel gets no framebuffer).
select_vbe_mode:
    push es
    mov ax, BOUNCE >> 4
    mov es, ax
    xor di, di
    mov dword [es:di], 0x32454256        ; "VBE2": the caller takes VBE 2.0+ fields
    mov ax, 0x4F00
    int 0x10
    cmp ax, 0x004F
    jne .done
    mov si, [es:0x0E]                    ; VideoModePtr (offset, segment)
    mov ax, [es:0x10]
    mov fs, ax
.next:
    mov cx, [fs:si]
    add si, 2
    cmp cx, 0xFFFF
    je .set
    push si
    push cx
    mov ax, 0x4F01
    mov di, 0x200
    int 0x10
    pop cx
    pop si
    cmp ax, 0x004F
    jne .next
    mov al, [es:0x200]                   ; ModeAttributes: graphics, linear framebuffer
    and al, 0x90
    cmp al, 0x90
    jne .next
    mov al, [es:0x21B]                   ; MemoryModel: packed pixel or direct colour
    cmp al, 4
    je .model
    cmp al, 6
    jne .next
.model:
    mov ax, [es:0x212]                   ; XResolution
    mov dx, [es:0x214]                   ; YResolution
    cmp ax, 1280
    ja .next
    cmp dx, 720
    ja .next
    cmp word [vbe_mode], 0xFFFF
    je .take
    cmp byte [vbe_known], 0
    je .take
    cmp ax, [vbe_width]
    ja .take
    jb .next
    cmp dx, [vbe_height]
    jbe .next
.take:
    mov [vbe_mode], cx
    mov [vbe_width], ax
    mov [vbe_height], dx
    mov ax, [es:0x210]                   ; BytesPerScanLine
    mov [vbe_pitch], ax
    mov al, [es:0x219]                   ; BitsPerPixel
    mov [vbe_bpp], al
    mov eax, [es:0x228]                  ; PhysBasePtr
    mov [vbe_phys], eax
    mov al, [es:0x220]                   ; Red/Green/BlueFieldPosition
    mov [vbe_positions], al
    mov al, [es:0x222]
    mov [vbe_positions + 1], al
    mov al, [es:0x224]
    mov [vbe_positions + 2], al
    mov eax, [vbe_positions]
    and eax, 0xFFFFFF
    cmp eax, 0x100800                    ; R 0, G 8, B 16: Rgb
    je .known
    cmp eax, 0x000810                    ; R 16, G 8, B 0: Bgr
    je .known
    mov byte [vbe_known], 0
    jmp .next
.known:
    mov byte [vbe_known], 1
    jmp .next
.set:
    mov bx, [vbe_mode]
    cmp bx, 0xFFFF
    je .done
    or bx, 0x4000                        ; the linear framebuffer
    mov ax, 0x4F02
    int 0x10
    cmp ax, 0x004F
    je .done
    mov word [vbe_mode], 0xFFFF
.done:
    pop es
    ret

%include "a20.inc"
%include "memory16.inc"
%include "cpu16.inc"
%include "disk16.inc"

; ---------------------------------------------------------------------------
bits 32

pm32:
    mov ax, DATA32
    mov ds, ax
    mov es, ax
    mov fs, ax
    mov gs, ax
    mov ss, ax
    mov esp, 0x7C00
    cld
    cmp dword [p_mode], 0
    jne multiboot32

    ; Page tables: zero the PML4 and the PDPT, then PML4[0] = PML4[256] = the
    ; PDPT, which maps N GiB (N = max(4, RAM end), 1 GiB pages when the CPU has
    ; them, else 2 MiB). The page directories are written whole below; the 4 KiB
    ; tables are zeroed as next_table allocates them (zeroing the whole area
    ; was half of stage 2's running time).
    mov edi, PT_BASE
    mov ecx, (PD_BASE - PT_BASE) / 4
    xor eax, eax
    rep stosd
    mov dword [PML4], PDPT | 3
    mov dword [PML4 + 256 * 8], PDPT | 3
    cmp dword [p_protocol], PROTOCOL_LONGMODE
    je .slots_done
    mov dword [PML4 + 256 * 8], 0        ; 0.9, 0.11: physical memory at the crate's offset
    mov eax, [p09_phys_slot]
    cmp eax, 512
    jae .no_phys09
    mov dword [PML4 + eax * 8], PDPT | 3
.no_phys09:
    mov eax, [p09_rec_slot]
    cmp eax, 512
    jae .slots_done
    mov dword [PML4 + eax * 8], PML4 | 3
.slots_done:
    mov eax, [max_gib]
    cmp eax, 4
    jae .gib
    mov eax, 4
.gib:
    test byte [cpu_features], CPU_PAGE1G
    jnz .huge
    cmp eax, MAX_GIB_2M
    jbe .gib2
    mov eax, MAX_GIB_2M
.gib2:
    mov [mapped_gib], eax
    mov ecx, eax                         ; PDPT entries -> PDs
    mov edi, PDPT
    mov edx, PD_BASE | 3
.pdpt:
    mov [edi], edx
    add edi, 8
    add edx, 0x1000
    loop .pdpt
    mov ecx, [mapped_gib]
    shl ecx, 9                           ; 2 MiB entries
    mov edi, PD_BASE
    xor ebx, ebx                         ; page number
.pd:
    mov eax, ebx
    shl eax, 21
    or eax, 0x83                         ; present, writable, 2 MiB
    mov edx, ebx
    shr edx, 11
    mov [edi], eax
    mov [edi + 4], edx
    add edi, 8
    inc ebx
    loop .pd
    jmp .tables_done
.huge:
    cmp eax, 512
    jbe .gib1
    mov eax, 512
.gib1:
    mov [mapped_gib], eax
    mov ecx, eax
    mov edi, PDPT
    xor ebx, ebx
.pdpt1g:
    mov eax, ebx
    shl eax, 30
    or eax, 0x83
    mov edx, ebx
    shr edx, 2
    mov [edi], eax
    mov [edi + 4], edx
    add edi, 8
    inc ebx
    loop .pdpt1g
.tables_done:
    mov eax, cr4
    or eax, 1 << 5                       ; PAE
    mov cr4, eax
    mov eax, PML4
    mov cr3, eax
    mov ecx, 0xC0000080                  ; EFER
    rdmsr
    or eax, 1 << 8                       ; LME
    test byte [cpu_features], CPU_NX
    jz .no_nxe
    or eax, 1 << 11                      ; NXE
.no_nxe:
    wrmsr
    mov eax, cr0
    or eax, 0x80010001                   ; PG | WP | PE: read-only pages bind CPL 0 too
    mov cr0, eax
    jmp CODE64:lm64

%include "multiboot32.inc"

; ---------------------------------------------------------------------------
bits 64

%include "long64.inc"
%include "memmap64.inc"

; ---------------------------------------------------------------------------
; Data

; Each reason is followed by its code.
msg_a20:      db "cannot enable the A20 line", 0, FAIL_A20
msg_memmap:   db "the BIOS gives no memory map (E820, E801, 88h)", 0, FAIL_NO_MEMORY_MAP
msg_memory:   db "not enough memory for the kernel", 0, FAIL_NOT_ENOUGH_MEMORY
msg_no_lm:    db "this CPU has no long mode (x86-64): the kernel cannot run on it", 0, FAIL_NO_LONG_MODE
msg_geometry: db "no disk geometry for loading the kernel", 0, FAIL_KERNEL_GEOMETRY
msg_disk:     db "disk read error while loading the kernel", 0, FAIL_KERNEL_READ
msg_elf:      db "the kernel is not an ELF64 file", 0, FAIL_NOT_ELF64
msg_map:      db "a kernel segment overlaps the identity map", 0, FAIL_IDENTITY_MAP_OVERLAP
msg_tables:   db "out of page-table memory", 0, FAIL_PAGE_TABLES_FULL
loader_name:  db "longmode", 0

align 8
gdt:
    dq 0
    dq 0x00CF9A000000FFFF                ; 0x08 code 32
    dq 0x00CF92000000FFFF                ; 0x10 data 32 (also 64)
    dq 0x00AF9A000000FFFF                ; 0x18 code 64
gdt_end:
gdt_desc:
    dw gdt_end - gdt - 1
    dd gdt

align 4
dap:
    db 16, 0
dap_count: dw 0
    dw 0, BOUNCE >> 4
dap_lba: dq 0

align 4
max_gib:      dd 0
mapped_gib:   dd 0
upper_end:    dd 0
mem_upper:    dd 0
cur_lba:      dd 0
remaining:    dd 0
dest:         dd 0
mem_lower:    dw 0
e820_count:   dw 0
spt:          dw 0
heads:        dw 0
chunk:        dw 0
boot_drive:   db 0
use_ext:      db 0
cpu_features: db 0
cursor_row:   db 0
cursor_col:   db 0
vbe_known:    db 0
vbe_bpp:      db 0
vbe_mode:     dw 0xFFFF
vbe_width:    dw 0
vbe_height:   dw 0
vbe_pitch:    dw 0
align 4
vbe_positions: dd 0
vbe_phys:     dd 0
align 8
pt_next:      dq 0
ncarve:       dq 0
