; A classic 512-byte boot sector: print a message through the BIOS, then halt.
        org 0x7c00
        bits 16

start:
        cli
        xor ax, ax
        mov ds, ax
        mov es, ax
        mov ss, ax
        mov sp, 0x7c00
        sti
        mov [boot_drive], dl
        mov si, message
.print:
        lodsb
        test al, al
        jz .done
        mov ah, 0x0e
        mov bx, 0x0007
        int 0x10
        jmp .print
.done:
        ; read 4 sectors of stage 2 through INT 13h extensions
        mov ah, 0x42
        mov dl, [boot_drive]
        mov si, dap
        int 0x13
        jc disk_error
        jmp 0x0000:0x8000

disk_error:
        mov si, error_message
        call print_string
.halt:
        hlt
        jmp .halt

print_string:
        pusha
.loop:
        lodsb
        or al, al
        jz .end
        mov ah, 0x0e
        int 0x10
        jmp short .loop
.end:
        popa
        ret

dap:
        db 0x10, 0
        dw 4
        dw 0x8000, 0
        dq 1

boot_drive:     db 0
message:        db "Booting longmode...", 13, 10, 0
error_message:  db 'Disk error', 0

        times 510 - ($ - $$) db 0
        dw 0xaa55
