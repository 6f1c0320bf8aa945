; longmode stage 1: the master boot record.
;
; The BIOS loads this sector at 0000:7C00 and jumps to it with DL = boot drive.
; It loads stage 2 (STAGE2_SECTORS sectors from LBA 1, patched in by the image
; builder at offset STAGE1_COUNT_OFFSET) to 0000:8000 with INT 13h extensions
; (AH=41h check, AH=42h read), or with CHS reads (AH=02h, geometry from AH=08h)
; when the extensions are missing, then jumps to it with DL = boot drive.
; On failure it prints a short reason with INT 10h and halts: it never reboots.
;
; Layout: a jump over a zeroed BPB area (0x003-0x059), code up to 0x1AB,
; stage-2 sector count (u16) at 0x1AC, disk signature
; at 0x1B8, partition table at 0x1BE, 0x55 0xAA at 0x1FE.

bits 16
org 0x7C00

STAGE2_LOAD     equ 0x8000
STAGE2_MAGIC    equ 0x32534D4C          ; "LMS2" at STAGE2_LOAD + 8

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
%ifdef FORCE_CHS                        ; tests: take the fallback path
    jmp .chs
%endif
    mov ah, 0x41
    mov bx, 0x55AA
    int 0x13
    jc .chs
    cmp bx, 0xAA55
    jne .chs
    test cl, 1
    jz .chs

    ; One extended read: the whole of stage 2 (at most 64 sectors = 32 KiB).
    mov si, dap
    mov ax, [stage2_sectors]
    mov [si + 2], ax
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
    jc .geometry_error
    and cx, 0x3F
    jz .geometry_error
    mov [sectors_per_track], cx
    movzx dx, dh
    inc dx
    mov [heads], dx
    mov word [lba], 1
    mov bx, STAGE2_LOAD
.chs_next:
    mov ax, [lba]
    xor dx, dx
    div word [sectors_per_track]        ; ax = track, dx = sector - 1
    mov cl, dl
    inc cl                              ; CL bits 0-5 = sector (1-based)
    xor dx, dx
    div word [heads]                    ; ax = cylinder, dx = head
    mov dh, dl
    mov ch, al
    shl ah, 6
    or cl, ah                           ; cylinder bits 8-9 in CL bits 6-7
    mov dl, [boot_drive]
    mov ax, 0x0201                      ; AH=02h read, AL=1 sector to ES:BX
    int 0x13
    jc .disk_error
    add bx, 512
    inc word [lba]
    mov ax, [lba]
    dec ax
    cmp ax, [stage2_sectors]
    jb .chs_next

.loaded:
    cmp dword [STAGE2_LOAD + 8], STAGE2_MAGIC
    jne .bad_stage2
    mov dl, [boot_drive]
    jmp 0x0000:STAGE2_LOAD

.disk_error:
    mov si, msg_disk
    jmp fatal
.geometry_error:
    mov si, msg_geometry
    jmp fatal
.bad_stage2:
    mov si, msg_stage2

; Prints "longmode: " and the NUL-terminated reason at DS:SI, then halts forever.
fatal:
    push si
    mov si, msg_prefix
    call print
    pop si
    call print
.halt:
    cli
    hlt
    jmp .halt

print:
    lodsb
    test al, al
    jz .done
    mov ah, 0x0E
    mov bx, 0x0007
    int 0x10
    jmp print
.done:
    ret

msg_prefix:   db "longmode: ", 0
msg_disk:     db "disk read error", 0
msg_geometry: db "no disk geometry", 0
msg_stage2:   db "stage 2 missing", 0

align 4
dap:                                    ; INT 13h AH=42h disk address packet
    db 16, 0
    dw 0                                ; sectors (filled in)
    dw STAGE2_LOAD, 0                   ; buffer offset, segment
    dq 1                                ; first LBA

boot_drive:        db 0
align 2
sectors_per_track: dw 0
heads:             dw 0
lba:               dw 0

    times STAGE1_COUNT_OFFSET - ($ - $$) db 0
stage2_sectors:    dw 0                 ; patched by the image builder
    times 0x1FE - ($ - $$) db 0
    db 0x55, 0xAA
