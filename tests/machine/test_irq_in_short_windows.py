"""An interrupt waiting while IF is clear is taken in the few instructions a kernel
keeps IF set, as xv6's scheduler does between its `sti` and the `cli` of the next
lock: the machine looks at IF in short windows while an interrupt waits (it used to
look every 100 µs, or 10 ms in the fast mode, and so missed a gap of a few
instructions for many windows in a row). And never in an STI's shadow: `sti; hlt`
halts with the interrupt still to come, as on a PC.
"""

from __future__ import annotations

from machine_programs import LONG_MODE_PRELUDE, REMAP_PICS, boot

from longmode.machine.machine import Outcome

TICKS = 20
#: The PIT at 1 kHz: 20 ticks are 20 ms of virtual time.
TICK_NS = 1_000_000

#: A loop of ~400 instructions with IF set for two of them (`sti; nop; nop; cli`):
#: each PIT tick must be taken soon after it comes, so 20 ticks take ~20 ms.
SHORT_GAP = (
    LONG_MODE_PRELUDE
    + REMAP_PICS
    + """
    mov al, 0xFE                    ; IRQ0 only
    out 0x21, al
    mov al, 0xFF
    out 0xA1, al
    mov rdi, 0x20
    mov rsi, timer
    xor edx, edx
    call set_gate
    lidt [idt_pointer]
    mov al, 0x34                    ; the PIT at 1 kHz
    out 0x43, al
    mov al, 0xA9
    out 0x40, al
    mov al, 0x04
    out 0x40, al
.loop:
    sti
    nop
    nop
    cli
    mov ecx, 200
.work:
    dec ecx
    jnz .work
    cmp dword [ticks], {ticks}
    jb .loop
    mov al, 0x10
    out 0xF4, al
    hlt
timer:
    push rax
    inc dword [ticks]
    mov al, 0x20
    out 0x20, al
    pop rax
    iretq
ticks: dd 0
""".replace("{ticks}", str(TICKS))
)


def test_an_irq_is_taken_in_a_two_instruction_gap_in_the_deterministic_mode() -> None:
    _, result = boot(SHORT_GAP, timeout=60)
    assert result.outcome is Outcome.EXITED, result.message
    assert result.exit_status == 33
    # each tick taken within a fraction of a millisecond of coming
    assert result.virtual_ns < (TICKS + 2) * TICK_NS


def test_an_irq_is_taken_in_a_two_instruction_gap_in_the_fast_mode() -> None:
    _, result = boot(SHORT_GAP, timeout=60, deterministic=False)
    assert result.outcome is Outcome.EXITED, result.message
    assert result.exit_status == 33


#: 50 times: wait with IF clear until IRQ0 is requested (the 8259's IRR), then a
#: few `nop`s and `sti; hlt`. The tick must be taken at the `hlt`, once per pass:
#: taken in the STI's shadow, between `sti` and `hlt`, its handler would return to
#: the `hlt`, which would then wait for the next tick, and ticks would outrun passes.
STI_HLT = (
    LONG_MODE_PRELUDE
    + REMAP_PICS
    + """
    mov al, 0xFE                    ; IRQ0 only
    out 0x21, al
    mov al, 0xFF
    out 0xA1, al
    mov rdi, 0x20
    mov rsi, timer
    xor edx, edx
    call set_gate
    lidt [idt_pointer]
    mov al, 0x34                    ; the PIT at 1 kHz
    out 0x43, al
    mov al, 0xA9
    out 0x40, al
    mov al, 0x04
    out 0x40, al
    xor ebx, ebx
.pass:
    cli
.requested:
    mov al, 0x0A                    ; OCW3: read IRR
    out 0x20, al
    in al, 0x20
    test al, 1
    jz .requested
    mov eax, ebx                    ; 0-31 nops first, a different number each pass,
    and eax, 31                     ; so that the `sti` falls in every place of the
    lea rcx, [rel .sled_end]        ; short windows the machine runs meanwhile
    sub rcx, rax
    jmp rcx
    times 32 nop
.sled_end:
    sti
    hlt
    inc ebx
    cmp ebx, 50
    jb .pass
    cli
    mov al, 0x10
    cmp [ticks], ebx
    je .exit
    mov al, 0x11
.exit:
    out 0xF4, al
timer:
    push rax
    inc dword [ticks]
    mov al, 0x20
    out 0x20, al
    pop rax
    iretq
ticks: dd 0
"""
)


def test_sti_hlt_with_an_irq_waiting_halts_and_is_woken_by_it() -> None:
    # The deterministic mode only: in the fast mode a busy host can let virtual time
    # jump past two ticks within one pass, and the second is rightly taken at once.
    _, result = boot(STI_HLT, timeout=60)
    assert result.outcome is Outcome.EXITED, result.message
    assert result.exit_status == 33
