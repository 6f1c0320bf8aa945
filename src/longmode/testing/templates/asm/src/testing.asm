; The test framework of testing.inc.

bits 64
default rel

%define TESTING_ASM
%include "console.inc"
%include "testing.inc"

global run_test, tests_passed, test_failed

section .text

; run_test(rdi: the test's name, rsi: the test routine, rdx: its argument)
run_test:
    push rbx
    push r12
    push r13
    mov rbx, rdi
    mov r12, rsi
    mov r13, rdx
    cmp byte [ready], 0
    jne .ready
    call serial_init
    mov byte [ready], 1
.ready:
    mov rdi, rbx
    call serial_write
    lea rdi, [dots]
    call serial_write
    mov rdi, r13
    call r12
    lea rdi, [ok]
    call serial_write
    pop r13
    pop r12
    pop rbx
    ret

; tests_passed(): every test passed, exit with status 33.
tests_passed:
    mov edi, EXIT_SUCCESS
    jmp exit_machine

; test_failed(rdi: what must have held): report it and exit with status 35.
test_failed:
    mov rbx, rdi
    lea rdi, [failed]
    call serial_write
    mov rdi, rbx
    call serial_write
    lea rdi, [newline]
    call serial_write
    mov edi, EXIT_FAILED
    jmp exit_machine

section .rodata
dots:       db "...", 9, 0
ok:         db "[ok]", 10, 0
failed:     db "[failed]", 10, 10, "Error: ", 0
newline:    db 10, 0

section .bss
ready:      resb 1
