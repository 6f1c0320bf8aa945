"""The BIOS's keyboard state: scan code set 1 to key words, shift flags, the BDA ring buffer.

Sources: IBM PC AT Technical Reference, "Keyboard Encoding and Usage" (the
scan code / ASCII pairs INT 16h returns, the shift-state bits at 0x417 and
0x418, the 16-word buffer at 0x41E with head and tail at 0x41A/0x41C);
SeaBIOS ``src/kbd.c`` for the handling of 0xE0-prefixed keys (stored with
ASCII 0xE0, which INT 16h AH=00h/01h turn into 0).

The characters come from :mod:`longmode.machine.devices.scancodes`, the one
table of keys: a key's unshifted and shifted characters are read from its
``CHARACTERS`` map, and only the control keys (Enter = CR, Backspace, Tab,
Escape) are added here.

Not done: Alt+key codes (AL = 0 with the scan code is stored), keypad
characters and Num Lock (keypad keys give AL = 0), Alt+keypad numbers,
Ctrl+Break, Pause, Ctrl+Alt+Del, function keys' shifted codes.
"""

from __future__ import annotations

import enum
from typing import Final

from longmode.machine.bios.bda import BiosDataArea, Field
from longmode.machine.devices import scancodes


class ShiftFlag(enum.IntFlag):
    """BDA 0x417, keyboard flags byte 1."""

    RIGHT_SHIFT = 0x01
    LEFT_SHIFT = 0x02
    CTRL = 0x04
    ALT = 0x08
    SCROLL_LOCK = 0x10
    NUM_LOCK = 0x20
    CAPS_LOCK = 0x40
    INSERT = 0x80


#: Make code → the shift flag it holds down.
MODIFIERS: Final = {
    scancodes.KEYS["right_shift"].code: ShiftFlag.RIGHT_SHIFT,
    scancodes.KEYS["left_shift"].code: ShiftFlag.LEFT_SHIFT,
    scancodes.KEYS["left_ctrl"].code: ShiftFlag.CTRL,
    scancodes.KEYS["left_alt"].code: ShiftFlag.ALT,
}
#: Make code → the lock it toggles.
LOCKS: Final = {
    scancodes.KEYS["scroll_lock"].code: ShiftFlag.SCROLL_LOCK,
    scancodes.KEYS["num_lock"].code: ShiftFlag.NUM_LOCK,
    scancodes.KEYS["caps_lock"].code: ShiftFlag.CAPS_LOCK,
}
#: Keys whose character is a control code.
CONTROL_CHARACTERS: Final = {"enter": 0x0D, "backspace": 0x08, "tab": 0x09, "escape": 0x1B}
#: The BDA flag that says the previous byte was 0xE0 (0x496 bit 1).
LAST_WAS_E0: Final = 0x02
EXTENDED_ASCII: Final = 0xE0


def _character_table() -> dict[int, tuple[int, int]]:
    """Set 1 make code → (unshifted, shifted) ASCII, from ``scancodes``."""
    table: dict[int, list[int]] = {}
    for char, (key, shifted) in scancodes.CHARACTERS.items():
        name = key
        if name in CONTROL_CHARACTERS or len(char) != 1 or ord(char) > 0x7E:
            continue
        code = scancodes.KEYS[name].code
        table.setdefault(code, [0, 0])[int(shifted)] = ord(char)
    for name, value in CONTROL_CHARACTERS.items():
        table[scancodes.KEYS[name].code] = [value, value]
    table[scancodes.KEYS["space"].code] = [0x20, 0x20]
    return {code: (pair[0], pair[1] or pair[0]) for code, pair in table.items()}


#: Make code → (unshifted ASCII, shifted ASCII).
ASCII: Final = _character_table()


class KeyboardBuffer:
    """The 16-entry ring of key words in the BDA (head and tail are offsets in segment 40h)."""

    def __init__(self, bda: BiosDataArea) -> None:
        self.bda = bda

    def _bounds(self) -> tuple[int, int]:
        return (
            self.bda.get(Field.KEYBOARD_BUFFER_START_PTR),
            self.bda.get(Field.KEYBOARD_BUFFER_END_PTR),
        )

    def _next(self, offset: int) -> int:
        start, end = self._bounds()
        offset += 2
        return start if offset >= end else offset

    def peek(self) -> int | None:
        """The oldest key word, left in the buffer; None if empty."""
        head = self.bda.get(Field.KEYBOARD_HEAD)
        if head == self.bda.get(Field.KEYBOARD_TAIL):
            return None
        data = self.bda.read(head, 2)
        return data[0] | data[1] << 8

    def pop(self) -> int | None:
        """Removes and returns the oldest key word; None if empty."""
        word = self.peek()
        if word is not None:
            self.bda.set(Field.KEYBOARD_HEAD, self._next(self.bda.get(Field.KEYBOARD_HEAD)))
        return word

    def push(self, word: int) -> bool:
        """Appends a key word; False (and dropped) if the buffer is full."""
        tail = self.bda.get(Field.KEYBOARD_TAIL)
        after = self._next(tail)
        if after == self.bda.get(Field.KEYBOARD_HEAD):
            return False
        self.bda.write(tail, bytes([word & 0xFF, word >> 8 & 0xFF]))
        self.bda.set(Field.KEYBOARD_TAIL, after)
        return True


def process_scancode(bda: BiosDataArea, code: int) -> None:
    """What INT 09h does with one byte from the keyboard: flags, then a key word."""
    flags3 = bda.get(Field.KEYBOARD_FLAGS_3)
    if code == scancodes.EXTENDED_PREFIX:
        bda.set(Field.KEYBOARD_FLAGS_3, flags3 | LAST_WAS_E0)
        return
    extended = bool(flags3 & LAST_WAS_E0)
    bda.set(Field.KEYBOARD_FLAGS_3, flags3 & ~LAST_WAS_E0)
    released = bool(code & scancodes.BREAK_BIT)
    make = code & ~scancodes.BREAK_BIT
    flags = ShiftFlag(bda.get(Field.KEYBOARD_FLAGS))
    if make in MODIFIERS and not (extended and make in (0x2A, 0x36)):
        held = MODIFIERS[make]
        flags = flags & ~held if released else flags | held
        bda.set(Field.KEYBOARD_FLAGS, flags)
        return
    if released:
        return
    if make in LOCKS and not extended:
        bda.set(Field.KEYBOARD_FLAGS, flags ^ LOCKS[make])
        return
    KeyboardBuffer(bda).push(key_word(make, extended, flags))


def key_word(make: int, extended: bool, flags: ShiftFlag) -> int:
    """The INT 16h word (scan code << 8 | ASCII) for a key press in shift state ``flags``."""
    if extended:
        if make == scancodes.KEYS["keypad_enter"].code:
            return 0xE0 << 8 | 0x0D
        if make == scancodes.KEYS["keypad_/"].code:
            return 0xE0 << 8 | ord("/")
        return make << 8 | EXTENDED_ASCII
    unshifted, shifted = ASCII.get(make, (0, 0))
    shift = bool(flags & (ShiftFlag.LEFT_SHIFT | ShiftFlag.RIGHT_SHIFT))
    if chr(unshifted).isalpha() and flags & ShiftFlag.CAPS_LOCK:
        shift = not shift
    ascii_code = shifted if shift else unshifted
    if flags & ShiftFlag.ALT:
        ascii_code = 0
    elif flags & ShiftFlag.CTRL and chr(unshifted).isalpha():
        ascii_code = unshifted & 0x1F
    return make << 8 | ascii_code
