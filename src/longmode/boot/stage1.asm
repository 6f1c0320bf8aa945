; longmode stage 1: the master boot record.
;
; The BIOS loads this sector at 0000:7C00 and jumps to it with DL = boot drive.
; It loads stage 2 (STAGE2_SECTORS sectors from LBA 1, patched in by the image
; builder at offset STAGE1_COUNT_OFFSET) to 0000:8000 with INT 13h extensions
; (AH=41h check, AH=42h read), or with CHS reads (AH=02h, geometry from AH=08h)
; when the extensions are missing, checks stage 2's magic and the CRC-32 of its
; first STAGE1_CHECKED_SECTORS sectors (also patched in, at STAGE1_CRC_OFFSET:
; they hold the code with which stage 2 checks the rest of itself), then jumps
; to it with DL = boot drive.
; On failure it prints a short reason with INT 10h, writes the failure's code
; to the isa-debug-exit port (nothing on a PC without one) and halts: it never
; reboots.
;
; Layout: a jump over a zeroed BPB area (0x003-0x059), code up to 0x1AB,
; stage-2 sector count (u16) at 0x1AC, stage 2's CRC-32 (u32) at 0x1B0, disk
; signature at 0x1B8, partition table at 0x1BE, 0x55 0xAA at 0x1FE. The code
; fills its area to the last byte: hence the variable past the sector, the
; disk address packet built on the stack and the CHS state in registers.

bits 16
org 0x7C00

STAGE2_LOAD     equ 0x8000
STAGE2_MAGIC    equ 0x32534D4C          ; "LMS2" at STAGE2_LOAD + 8
CRC32_POLY      equ 0xEDB88320          ; CRC-32 (IEEE 802.3), bit-reversed
boot_drive      equ 0x7E00              ; just past this sector

start:
    jmp short boot
    nop
    ; Room for a FAT BIOS parameter block: some firmware booting USB sticks in
    ; floppy/ZIP emulation "corrects" these bytes, so no code may live here.
    times 0x5A - ($ - $$) db 0

boot:
    cli
    xor ax, ax
    mov ds, ax
    mov es, ax
    mov ss, ax
    mov sp, 0x7C00
    jmp 0x0000:.flat                    ; some BIOSes enter at 07C0:0000
.flat:
    sti
    cld
    mov [boot_drive], dl

    ; INT 13h extensions present? (AH=41h, BX=55AAh -> CF clear, BX=AA55h, CX bit 0)
    mov ah, 0x41
    mov bx, 0x55AA
%ifdef FORCE_CHS                        ; tests: take the fallback path
    stc
%else
    int 0x13
%endif
    jc .chs
    cmp bx, 0xAA55
    jne .chs
    shr cx, 1                           ; CX bit 0: the disk address packet calls
    jnc .chs

    ; One extended read: the whole of stage 2 (at most 64 sectors = 32 KiB),
    ; with the disk address packet built on the stack.
    push dword 0                        ; first LBA: 1
    push dword 1
    push ds                             ; buffer segment 0, offset STAGE2_LOAD
    push STAGE2_LOAD
    push word [stage2_sectors]          ; sectors
    push 16                             ; packet size
    mov si, sp
    mov ah, 0x42
    mov dl, [boot_drive]
    int 0x13
    jnc .loaded                         ; on failure, try CHS (some USB firmware)

.chs:
    ; Geometry from AH=08h: CL bits 0-5 = sectors per track, DH = last head.
    mov ah, 0x08
    mov dl, [boot_drive]
    xor di, di                          ; ES:DI = 0 guards against buggy BIOSes
    push es                             ; (for floppies AH=08h returns ES:DI)
    int 0x13
    pop es
    mov si, msg_geometry
    jc fatal
    and cx, 0x3F
    jz fatal
    mov di, cx                          ; DI = sectors per track (INT 13h keeps
    movzx si, dh                        ; DI, SI and BP)
    inc si                              ; SI = heads
    mov bp, 1                           ; BP = LBA
    mov bx, STAGE2_LOAD
.chs_next:
    mov ax, bp
    xor dx, dx
    div di                              ; ax = track, dx = sector - 1
    inc dx
    mov cl, dl                          ; CL bits 0-5 = sector (1-based)
    xor dx, dx
    div si                              ; ax = cylinder, dx = head
    mov dh, dl
    mov ch, al
    shl ah, 6
    or cl, ah                           ; cylinder bits 8-9 in CL bits 6-7
    mov dl, [boot_drive]
    mov ax, 0x0201                      ; AH=02h read, AL=1 sector to ES:BX
    int 0x13
    jc disk_error
    add bx, 512
    cmp bp, [stage2_sectors]
    inc bp                              ; (leaves CF alone)
    jb .chs_next

.loaded:
    mov si, msg_stage2
    cmp dword [STAGE2_LOAD + 8], STAGE2_MAGIC
    jne fatal

    ; The CRC-32 of stage 2's first sectors (as zlib.crc32), one bit at a time
    ; (about 36 instructions a byte; no room here for a table: stage 2 checks
    ; the rest of itself with one).
    mov si, STAGE2_LOAD
    mov cx, STAGE1_CHECKED_SECTORS * 512
    or eax, -1
.crc_byte:
    xor al, [si]
    inc si
    mov dl, 8
.crc_bit:
    shr eax, 1
    jnc .crc_next
    xor eax, CRC32_POLY
.crc_next:
    dec dl
    jnz .crc_bit
    loop .crc_byte
    xor eax, [stage2_crc]               ; the CRC is NOT EAX: then EAX ^ CRC = -1
    inc eax
    mov si, msg_damaged
    jnz fatal
    mov dl, [boot_drive]
    jmp STAGE2_LOAD                     ; CS = 0 since .flat

disk_error:
    mov si, msg_disk
; Prints "longmode: " and the NUL-terminated reason at DS:SI, writes the
; failure's code (the byte after the NUL) to the isa-debug-exit port, then
; halts forever.
fatal:
    push si
    mov si, msg_prefix
    call print
    pop si
    call print
    lodsb
    out DEBUG_EXIT_PORT, al
.halt:
    cli
    hlt
    jmp .halt

; Prints the NUL-terminated string at DS:SI; SI ends past the NUL.
print_next:
    mov ah, 0x0E
    mov bx, 0x0007
    int 0x10
print:
    lodsb
    test al, al
    jnz print_next
    ret

; Each reason is followed by its code (longmode.boot.failures, as FAIL_* defines).
msg_prefix:   db "longmode: ", 0
msg_disk:     db "disk read error", 0, FAIL_STAGE2_READ
msg_geometry: db "no disk geometry", 0, FAIL_STAGE2_GEOMETRY
msg_stage2:   db "stage 2 missing", 0, FAIL_STAGE2_MISSING
msg_damaged:  db "stage 2 is damaged", 0, FAIL_STAGE2_DAMAGED

    times STAGE1_COUNT_OFFSET - ($ - $$) db 0
stage2_sectors:    dw 0                 ; patched by the image builder
    times STAGE1_CRC_OFFSET - ($ - $$) db 0
stage2_crc:        dd 0                 ; patched by the image builder
    times 0x1FE - ($ - $$) db 0
    db 0x55, 0xAA
