"""Guest programs that drive the chips the way kernels do (blog_os's path), on our machine.

Each program enters long mode (machine_programs.LONG_MODE_PRELUDE), remaps the
8259s to vectors 0x20-0x2F, installs interrupt handlers, and reports through
the 0xE9 console.
"""

from __future__ import annotations

import struct

import pytest
from machine_programs import LONG_MODE_PRELUDE, REMAP_PICS, boot

from longmode.machine.devices import scancodes
from longmode.machine.machine import Outcome

#: Remaps the 8259s, unmasks IRQ1 alone, `sti`, `hlt` until {count} scan codes have
#: come through IRQ1 (each written to the 0xE9 console), then exits (status 33).
KEYBOARD_ECHO = (
    LONG_MODE_PRELUDE
    + REMAP_PICS
    + """
    mov al, 0xFD                    ; only IRQ1
    out 0x21, al
    mov al, 0xFF
    out 0xA1, al
    mov rdi, 0x21
    mov rsi, keyboard
    xor edx, edx
    call set_gate
    sti
.wait:
    hlt
    cmp byte [received], {count}
    jb .wait
    mov al, 0x10
    out 0xF4, al
keyboard:
    push rax
    in al, 0x60
    out 0xE9, al
    inc byte [received]
    mov al, 0x20
    out 0x20, al
    pop rax
    iretq
received: db 0
"""
)

REPORT_EAX_AND_EXIT = """
    mov ecx, 4
.report:
    out 0xE9, al
    shr eax, 8
    loop .report
    mov al, 0x10
    out 0xF4, al
"""


def _counted(console: bytes) -> int:
    value: int = struct.unpack("<I", console[:4])[0]
    return value


@pytest.mark.parametrize(("divisor", "expected"), [(1193, 1000), (119, 10026)])
def test_pit_ticks_in_one_rtc_second_match_the_programmed_rate(divisor: int, expected: int) -> None:
    machine, result = boot(
        LONG_MODE_PRELUDE
        + REMAP_PICS
        + f"""
    mov al, 0xFE                    ; only IRQ0
    out 0x21, al
    mov al, 0xFF
    out 0xA1, al
    mov rdi, 0x20
    mov rsi, timer
    xor edx, edx
    call set_gate
    mov al, 0x34                    ; channel 0, lo/hi, mode 2 (rate generator)
    out 0x43, al
    mov ax, {divisor}
    out 0x40, al
    mov al, ah
    out 0x40, al
    sti
    call wait_for_new_second
    mov dword [ticks], 0
    call wait_for_new_second
    mov eax, [ticks]
"""
        + REPORT_EAX_AND_EXIT
        + """
wait_for_new_second:
    call rtc_seconds
    mov bl, al
.wait:
    hlt
    call rtc_seconds
    cmp al, bl
    je .wait
    ret
rtc_seconds:
    xor al, al                      ; register 0: seconds
    out 0x70, al
    in al, 0x71
    ret
timer:
    push rax
    inc dword [ticks]
    mov al, 0x20                    ; EOI
    out 0x20, al
    pop rax
    iretq
ticks: dd 0
"""
    )
    assert result.outcome is Outcome.EXITED, result.message
    # One rate-generator period is divisor / 1.193182 MHz; a second holds that many ± 1.
    assert abs(_counted(bytes(machine.debug_console)) - expected) <= 1


def test_keyboard_scancodes_typed_by_a_script_arrive_through_irq1() -> None:
    source = KEYBOARD_ECHO.format(count=4)  # make and break of 'h' and 'i'
    # The keys arrive 10 ms (virtual) after power-on, when the guest is waiting.
    machine, result = boot(source, timeout=30, prepare=lambda m: m.press("hi", after=10**7))
    assert result.outcome is Outcome.EXITED, result.message
    expected = b"".join(
        scancodes.scancodes(key, pressed) for key, pressed in scancodes.keystrokes("hi")
    )
    assert bytes(machine.debug_console) == expected


def test_uart_receive_interrupts_echo_bytes_back_through_the_transmitter() -> None:
    source = (
        LONG_MODE_PRELUDE
        + REMAP_PICS
        + """
    mov al, 0xEF                    ; only IRQ4
    out 0x21, al
    mov al, 0xFF
    out 0xA1, al
    mov rdi, 0x24
    mov rsi, serial
    xor edx, edx
    call set_gate
    mov dx, 0x3FB
    mov al, 0x03                    ; LCR: 8N1
    out dx, al
    mov dx, 0x3FA
    mov al, 0x07                    ; FCR: FIFOs on and cleared, trigger at 1 byte
    out dx, al
    mov dx, 0x3FC
    mov al, 0x0B                    ; MCR: DTR, RTS, OUT2 (gates the IRQ)
    out dx, al
    mov dx, 0x3F9
    mov al, 0x01                    ; IER: received data available
    out dx, al
    sti
.wait:
    hlt
    cmp byte [echoed], 4
    jb .wait
    mov al, 0x10
    out 0xF4, al
serial:
    push rax
    push rdx
.drain:
    mov dx, 0x3F8
    in al, dx                       ; RBR
    out dx, al                      ; THR: echo
    inc byte [echoed]
    mov dx, 0x3FD
    in al, dx                       ; LSR: more data ready?
    test al, 1
    jnz .drain
    mov al, 0x20
    out 0x20, al
    pop rdx
    pop rax
    iretq
echoed: db 0
"""
    )
    machine, result = boot(
        source,
        timeout=30,
        prepare=lambda m: m.schedule(10**7, lambda: m.chips.com1.receive(b"ping")),
    )
    assert result.outcome is Outcome.EXITED, result.message
    assert machine.serial.output == b"ping"
