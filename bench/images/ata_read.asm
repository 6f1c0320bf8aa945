; Reads 64 MiB from the primary slave through the ATA ports: READ SECTORS of 256
; sectors at a time (LBA28), polling the status (nIEN set), each sector taken with
; `rep insw`; each sector must start with its own LBA (a dword), as the benchmark's
; disk does. Then isa-debug-exit with 0x10 (0x11: a wrong sector or an error).
%include "longmode_prelude.inc"
SECTORS equ 64 * 2048
BUFFER equ 0x100000
main:
    mov dx, 0x3F6                   ; nIEN: no interrupts
    mov al, 2
    out dx, al
    xor ebx, ebx                    ; the next command's LBA
.command:
    mov dx, 0x1F6
    mov eax, ebx
    shr eax, 24
    and al, 0x0F
    or al, 0xF0                     ; LBA, device 1
    out dx, al
    mov dx, 0x1F2
    xor al, al                      ; 256 sectors
    out dx, al
    mov eax, ebx
    mov dx, 0x1F3
    out dx, al
    shr eax, 8
    mov dx, 0x1F4
    out dx, al
    shr eax, 8
    mov dx, 0x1F5
    out dx, al
    mov dx, 0x1F7
    mov al, 0x20                    ; READ SECTORS
    out dx, al
    mov ebp, 256
.sector:
    mov dx, 0x1F7
.busy:
    in al, dx
    test al, 0x80
    jnz .busy
    test al, 1
    jnz .failed
    test al, 8
    jz .busy
    mov rdi, BUFFER
    mov ecx, 256
    mov dx, 0x1F0
    rep insw
    cmp [BUFFER], ebx
    jne .failed
    inc ebx
    dec ebp
    jnz .sector
    cmp ebx, SECTORS
    jb .command
    mov al, 0x10
    out 0xF4, al
    hlt
.failed:
    mov al, 0x11
    out 0xF4, al
    hlt
    times 64 * 512 - ($ - $$) db 0
