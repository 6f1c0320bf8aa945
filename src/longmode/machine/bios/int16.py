"""INT 16h, keyboard services: read, check, shift flags, store.

Sources: IBM PC AT Technical Reference, "Keyboard I/O (INT 16H)"; Ralf
Brown's Interrupt List; SeaBIOS ``src/kbd.c``. Keys reach the BDA buffer
through INT 09h (:mod:`irq`); when the buffer is empty, a service first takes
what waits in the 8042 itself (interrupts are off inside the service), and
AH=00h/10h then wait for the next device event with interrupts on
(:meth:`ServiceCall.wait`) and try again.

Not done: AH=03h typematic rate (accepted, ignored), AH=12h's SysRq bit.
"""

from __future__ import annotations

from longmode.machine.bios.bda import Field
from longmode.machine.bios.irq import drain_keyboard
from longmode.machine.bios.keyboard import EXTENDED_ASCII, KeyboardBuffer
from longmode.machine.bios.services import Service, ServiceCall, dispatch_by_ah


def _legacy(word: int) -> int:
    """AH=00h/01h show 0xE0-prefixed keys with ASCII 0, as the 84-key BIOS did."""
    return word & 0xFF00 if word & 0xFF == EXTENDED_ASCII and word >> 8 else word


def _next_key(call: ServiceCall, remove: bool) -> int | None:
    buffer = KeyboardBuffer(call.bda)
    if buffer.peek() is None:
        drain_keyboard(call)
    return buffer.pop() if remove else buffer.peek()


def _read(call: ServiceCall, extended: bool) -> None:
    word = _next_key(call, remove=True)
    if word is None:
        call.wait()
        return
    call["ax"] = word if extended else _legacy(word)


def _check(call: ServiceCall, extended: bool) -> None:
    word = _next_key(call, remove=False)
    call.set_zero(word is None)
    if word is not None:
        call["ax"] = word if extended else _legacy(word)


def read_key(call: ServiceCall) -> None:
    """AH=00h get keystroke: waits; AH = scan code, AL = ASCII."""
    _read(call, extended=False)


def check_key(call: ServiceCall) -> None:
    """AH=01h check for keystroke: ZF=1 if none, else ZF=0 and AX = the key (kept)."""
    _check(call, extended=False)


def shift_flags(call: ServiceCall) -> None:
    """AH=02h get shift flags: AL = BDA 0x417."""
    call["al"] = call.bda.get(Field.KEYBOARD_FLAGS)


def set_typematic_rate(call: ServiceCall) -> None:
    """AH=03h set typematic rate: accepted (keys do not repeat in this machine)."""


def store_key(call: ServiceCall) -> None:
    """AH=05h store keystroke: CX = the word; AL = 00h, or 01h if the buffer is full."""
    call["al"] = 0 if KeyboardBuffer(call.bda).push(call["cx"]) else 1


def read_extended_key(call: ServiceCall) -> None:
    """AH=10h get enhanced keystroke: as 00h, grey keys keep ASCII E0h."""
    _read(call, extended=True)


def check_extended_key(call: ServiceCall) -> None:
    """AH=11h check for enhanced keystroke: as 01h, grey keys keep ASCII E0h."""
    _check(call, extended=True)


def extended_shift_flags(call: ServiceCall) -> None:
    """AH=12h get extended shift flags: AL = 0x417, AH = 0x418."""
    call["al"] = call.bda.get(Field.KEYBOARD_FLAGS)
    call["ah"] = call.bda.get(Field.KEYBOARD_FLAGS_2)


FUNCTIONS: dict[int, Service] = {
    0x00: read_key,
    0x01: check_key,
    0x02: shift_flags,
    0x03: set_typematic_rate,
    0x05: store_key,
    0x10: read_extended_key,
    0x11: check_extended_key,
    0x12: extended_shift_flags,
}

handle = dispatch_by_ah("INT 16h", FUNCTIONS)
