"""Guests that misbehave end in a report and an exit status, never a traceback or a hang."""

from __future__ import annotations

from machine_programs import LONG_MODE_PRELUDE, boot

from longmode.machine.machine import Outcome


def test_a_guest_that_scribbles_over_all_low_memory_and_the_ivt_is_stopped() -> None:
    _, result = boot(
        """
bits 16
org 0x7C00
    cli
    mov ax, 0x9000
    mov ss, ax
    xor sp, sp
    xor ax, ax
    mov es, ax
    xor di, di
    mov al, 0xCC                    ; int3 everywhere, IVT included
    mov cx, 0x7C00
    rep stosb
    sti
    int 0x13                        ; through a scribbled vector
    jmp $
""",
        timeout=5,
    )
    assert result.outcome in (Outcome.TIMEOUT, Outcome.TRIPLE_FAULT, Outcome.HALTED)
    assert result.message


def test_a_guest_that_overwrites_its_own_idt_gets_a_triple_fault_report() -> None:
    _, result = boot(
        LONG_MODE_PRELUDE
        + """
    mov rdi, idt
    mov rcx, 256 * 16
    mov al, 0xFF
    rep stosb                       ; every gate now garbage (type 0xF, but bad selector)
    mov byte [idt + 3 * 16 + 5], 0x0E   ; gate 3: present bit clear
    int3
    hlt
""",
        timeout=5,
    )
    assert result.outcome is Outcome.TRIPLE_FAULT
    assert "is not present" in result.message


def test_in_and_out_on_every_port_ends_in_a_report() -> None:
    _, result = boot(
        """
bits 16
org 0x7C00
    cli
    xor dx, dx
.next:
    in al, dx
    mov bx, dx
    sub bx, 0xF4                    ; leave isa-debug-exit (0xF4-0xF7) and the reset ports
    cmp bx, 3
    jbe .skip
    cmp dx, 0x92
    je .skip
    cmp dx, 0x64
    je .skip
    cmp dx, 0xCF9
    je .skip
    mov al, 0
    out dx, al
.skip:
    inc dx
    jnz .next
    mov al, 0x10
    out 0xF4, al
""",
        timeout=30,
    )
    assert result.outcome is Outcome.EXITED, result.message
    assert result.exit_status == 33


def test_an_access_to_physical_memory_beyond_ram_reads_zero_and_goes_on_as_in_qemu() -> None:
    machine, result = boot(
        LONG_MODE_PRELUDE
        + """
    ; PDPT[1] -> a 1 GiB page at physical 64 GiB, far beyond the machine's RAM
    mov rax, (64 << 30) | 0x83
    mov [0x11008], rax
    mov rbx, 1 << 30
    mov byte [rbx], 0x77
    mov al, 0x55
    mov al, [rbx]
    hlt
""",
        timeout=5,
        memory=32 << 20,
    )
    assert result.outcome is Outcome.HALTED, result.message
    assert machine.cpu.get("al") == 0


def test_a_fault_storm_inside_one_slice_still_ends_at_the_timeout() -> None:
    import time

    started = time.monotonic()
    _, result = boot(
        """
bits 16
org 0x7C00
    cli
    mov word [0], divide            ; #DE's handler divides by zero again, forever
    mov word [2], 0
divide:
    xor cx, cx
    div cx
""",
        timeout=2,
    )
    assert result.outcome is Outcome.TIMEOUT
    assert result.message.startswith("timed out after 2 s at 0x")
    assert time.monotonic() - started < 10
