"""An interrupt requested while IF was clear is taken at the next `hlt` with IF set,
before any later one: the machine skips idle time only when nothing waits (it used to
skip to the next timer tick, whose IRQ0 then won by priority, every time)."""

from __future__ import annotations

from pathlib import Path

import pytest

from longmode.machine.machine import Machine, MachineConfig, Outcome

from support import LD, NASM, nasm_kernel

pytestmark = pytest.mark.skipif(
    NASM is None or LD is None, reason="needs nasm and GNU ld (installed by scripts/setup.sh)"
)

KERNEL = """bits 64
global _start
%macro gate 2                       ; vector, handler: a 64-bit interrupt gate
    lea rax, [rel %2]
    lea rdi, [rel idt + %1 * 16]
    mov [rdi], ax
    mov word [rdi + 2], 0x08
    mov byte [rdi + 5], 0x8E
    shr rax, 16
    mov [rdi + 6], ax
    shr rax, 16
    mov [rdi + 8], eax
%endmacro
%macro outb 2
    mov al, %2
    out %1, al
%endmacro
%macro com1 1
    mov dx, 0x3F8
    mov al, %1
    out dx, al
%endmacro
section .text
_start:
    gate 0x20, timer
    gate 0x21, keyboard
    lidt [rel idtr]
    outb 0x20, 0x11                 ; the 8259s remapped to 0x20 and 0x28
    outb 0xA0, 0x11
    outb 0x21, 0x20
    outb 0xA1, 0x28
    outb 0x21, 4
    outb 0xA1, 2
    outb 0x21, 1
    outb 0xA1, 1
    outb 0x21, 0xFC                 ; IRQ0 and IRQ1 unmasked
    outb 0xA1, 0xFF
    outb 0x43, 0x34                 ; the PIT at 1 kHz
    outb 0x40, 0xA9
    outb 0x40, 0x04
again:
    outb 0x64, 0xD2                 ; a scan code from the 8042, while IF is clear
    outb 0x60, 0x1E
    sti
.wait:
    hlt                             ; IRQ1 waits: taken here, before the next tick
    cmp byte [rel keys], 0
    je .wait
    cli
    mov byte [rel keys], 0
    dec byte [rel rounds]
    jnz again
    outb 0xF4, 0x10
    hlt
timer:
    com1 'T'
    outb 0x20, 0x20
    iretq
keyboard:
    in al, 0x60
    mov byte [rel keys], 1
    com1 'K'
    outb 0x20, 0x20
    iretq
section .data
rounds: db 20
keys: db 0
idtr:
    dw 256 * 16 - 1
    dq idt
section .bss
alignb 16
idt:
    resb 256 * 16
"""


@pytest.mark.parametrize("deterministic", [True, False], ids=["deterministic", "fast"])
def test_an_irq_raised_with_if_clear_is_taken_at_the_next_hlt(
    tmp_path: Path, deterministic: bool
) -> None:
    kernel = nasm_kernel(tmp_path, "kernel", KERNEL)
    machine = Machine(MachineConfig(deterministic=deterministic, timeout=30), kernel=kernel)
    result = machine.run()
    assert result.outcome is Outcome.EXITED and result.exit_status == 33, result.message
    # every round's IRQ1 is taken (it starved behind IRQ0 before the fix: no K at all
    # in the deterministic mode, one in the fast mode)
    assert machine.serial.text().replace("T", "") == "K" * 20
    if deterministic:  # and at the hlt right after it was raised, before any tick
        assert machine.serial.text() == "K" * 20
