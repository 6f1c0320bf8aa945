; A test kernel: the console routines write where they should.

bits 64
default rel

%include "console.inc"
%include "testing.inc"

global _start

section .text

_start:
    RUN_TEST screen_write_puts_characters_and_colour, 0
    RUN_TEST newline_starts_the_next_row, 0
    jmp tests_passed

screen_write_puts_characters_and_colour:
    lea rdi, [ok_text]
    mov esi, 0x2F               ; white on green
    call screen_write
    call screen_cursor
    cmp word [VGA_TEXT_BUFFER + rax * 2 - 4], 0x2F00 | 'o'
    CHECK e, "the first character and its colour are on the screen"
    cmp word [VGA_TEXT_BUFFER + rax * 2 - 2], 0x2F00 | 'k'
    CHECK e, "the second character and its colour are on the screen"
    ret

newline_starts_the_next_row:
    lea rdi, [line_text]
    mov esi, COLOR_DEFAULT
    call screen_write
    call screen_cursor
    xor edx, edx
    mov ecx, VGA_COLUMNS
    div ecx
    cmp edx, 0
    CHECK e, "after a newline the cursor is at the start of a row"
    ret

section .rodata
ok_text:    db "ok", 0
line_text:  db "a line", 10, 0
