"""The local APIC on the machine: its timer runs at the rate CPUID says (leaf 15h's
crystal clocks it), and what it cannot do ends the run saying so.

Linux takes its APIC timer period from CPUID 15h's crystal (native_calibrate_tsc)
instead of measuring it, so the two must agree: a guest reads the crystal's
frequency, arms a one-shot for a millisecond's worth of it (divide by 1), and
measures with RDTSC (leaf 15h's ratio gives the TSC rate) how long it took.
"""

from __future__ import annotations

import struct

from machine_programs import LONG_MODE_PRELUDE, boot

from longmode.machine.machine import Outcome

RESULTS = 0x500

#: Maps the 4th GiB (the local APIC's) with 2 MiB pages, beside the prelude's first.
MAP_APIC = """
    mov rdi, 0x13000
    mov rax, 0xC0000000 | 0x9B
    mov ecx, 512
.entry:
    mov [rdi], rax
    add rax, 0x200000
    add rdi, 8
    loop .entry
    mov qword [0x11000 + 3 * 8], 0x13003
    mov rax, cr3
    mov cr3, rax
"""

GUEST = (
    LONG_MODE_PRELUDE
    + MAP_APIC
    + f"""
    mov rdi, 0x40
    mov rsi, fired
    xor edx, edx
    call set_gate
    lidt [idt_pointer]
    mov al, 0xFF                    ; the 8259s masked
    out 0x21, al
    out 0xA1, al
    mov eax, 0x15                   ; EAX/EBX = TSC / crystal, ECX = crystal Hz
    cpuid
    mov [{RESULTS}], eax
    mov [{RESULTS + 4}], ebx
    mov [{RESULTS + 8}], ecx
    mov eax, ecx
    xor edx, edx
    mov ecx, 1000
    div ecx                         ; a millisecond of crystal ticks
    mov rsi, 0xFEE00000
    mov dword [rsi + 0xF0], 0x1FF
    mov dword [rsi + 0x3E0], 0x0B   ; divide by 1
    mov dword [rsi + 0x320], 0x40   ; one-shot, vector 40h
    mov r8d, eax
    rdtsc
    shl rdx, 32
    or rax, rdx
    mov r12, rax
    mov [rsi + 0x380], r8d
    sti
.wait:
    hlt
    cmp byte [done], 0
    je .wait
    mov al, 0x10
    out 0xF4, al
fired:
    rdtsc
    shl rdx, 32
    or rax, rdx
    sub rax, r12
    mov [{RESULTS + 16}], rax
    mov byte [done], 1
    mov dword [rsi + 0xB0], 0
    iretq
done: db 0
"""
)


def test_a_millisecond_of_crystal_ticks_is_a_millisecond_of_tsc() -> None:
    # The deterministic mode: the fast mode's clock is the host's, which a busy host
    # can stretch by any amount between the two readings.
    machine, result = boot(GUEST, timeout=30)
    assert result.outcome is Outcome.EXITED, result.message
    denominator, numerator, crystal, _, elapsed = struct.unpack(
        "<IIIIQ", bytes(machine.uc.mem_read(RESULTS, 24))
    )
    tsc_per_ms = crystal * numerator // denominator // 1000
    assert crystal >= 1_000_000
    assert 0.98 * tsc_per_ms <= elapsed <= 1.02 * tsc_per_ms


#: An INIT IPI to APIC ID 1, as an SMP kernel wakes its other processors.
INIT_OTHER_CPU = (
    LONG_MODE_PRELUDE
    + MAP_APIC
    + """
    mov rsi, 0xFEE00000
    mov dword [rsi + 0x310], 1 << 24
    mov dword [rsi + 0x300], 0x4500 ; INIT, level assert, physical destination 1
    mov al, 0x10
    out 0xF4, al
"""
)


def test_an_init_ipi_to_another_processor_ends_the_run_saying_why() -> None:
    _, result = boot(INIT_OTHER_CPU, timeout=30)
    assert result.outcome is Outcome.ERROR
    assert "INIT IPI to APIC ID 1" in result.message
    assert "one CPU" in result.message
