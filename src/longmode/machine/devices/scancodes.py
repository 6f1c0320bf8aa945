"""PC keyboard scan code set 1: the one table of keys, make codes and typed characters.

Source: IBM Personal Computer AT Technical Reference (1984), "Keyboard scan
codes" (the XT codes, which the 8042 produces from set 2 with translation on),
cross-checked with the OSDev wiki "PS/2 Keyboard", section "Scan Code Set 1".
A key's break code is its make code | 0x80; extended keys (the grey
navigation block, right Ctrl/Alt, keypad Enter and /, the Windows keys) send
0xE0 before both. Print Screen and Pause, whose sequences are not of this
form, are left out. ``tests/machine/test_scancodes.py`` checks the invariants.
"""

from __future__ import annotations

from typing import Final, NamedTuple

EXTENDED_PREFIX: Final = 0xE0
BREAK_BIT: Final = 0x80


class Key(NamedTuple):
    """A key's set 1 make code, and whether it is sent after 0xE0."""

    code: int
    extended: bool = False

    def make(self) -> bytes:
        """The bytes sent when the key goes down."""
        return bytes([EXTENDED_PREFIX, self.code] if self.extended else [self.code])

    def break_(self) -> bytes:
        """The bytes sent when the key comes up."""
        code = self.code | BREAK_BIT
        return bytes([EXTENDED_PREFIX, code] if self.extended else [code])


def _row(first_code: int, names: str) -> dict[str, Key]:
    return {name: Key(first_code + i) for i, name in enumerate(names.split())}


#: Every key by name: printable keys by their unshifted character.
KEYS: Final[dict[str, Key]] = {
    "escape": Key(0x01),
    **_row(0x02, "1 2 3 4 5 6 7 8 9 0 - ="),
    "backspace": Key(0x0E),
    "tab": Key(0x0F),
    **_row(0x10, "q w e r t y u i o p [ ]"),
    "enter": Key(0x1C),
    "left_ctrl": Key(0x1D),
    **_row(0x1E, "a s d f g h j k l ; ' `"),
    "left_shift": Key(0x2A),
    "\\": Key(0x2B),
    **_row(0x2C, "z x c v b n m , . /"),
    "right_shift": Key(0x36),
    "keypad_*": Key(0x37),
    "left_alt": Key(0x38),
    "space": Key(0x39),
    "caps_lock": Key(0x3A),
    **_row(0x3B, "f1 f2 f3 f4 f5 f6 f7 f8 f9 f10"),
    "num_lock": Key(0x45),
    "scroll_lock": Key(0x46),
    **_row(0x47, "keypad_7 keypad_8 keypad_9 keypad_- keypad_4 keypad_5 keypad_6 keypad_+"),
    **_row(0x4F, "keypad_1 keypad_2 keypad_3 keypad_0 keypad_."),
    "f11": Key(0x57),
    "f12": Key(0x58),
    # Extended keys (0xE0 prefix).
    "keypad_enter": Key(0x1C, True),
    "right_ctrl": Key(0x1D, True),
    "keypad_/": Key(0x35, True),
    "right_alt": Key(0x38, True),
    "home": Key(0x47, True),
    "up": Key(0x48, True),
    "page_up": Key(0x49, True),
    "left": Key(0x4B, True),
    "right": Key(0x4D, True),
    "end": Key(0x4F, True),
    "down": Key(0x50, True),
    "page_down": Key(0x51, True),
    "insert": Key(0x52, True),
    "delete": Key(0x53, True),
    "left_gui": Key(0x5B, True),
    "right_gui": Key(0x5C, True),
    "apps": Key(0x5D, True),
}

#: US layout: the character each printable key gives with Shift held.
_SHIFTED: Final = dict(zip("`1234567890-=[]\\;',./", '~!@#$%^&*()_+{}|:"<>?', strict=True))

#: Character -> (key name, with Shift): what :func:`keystrokes` types.
CHARACTERS: Final[dict[str, tuple[str, bool]]] = {
    **{name: (name, False) for name in KEYS if len(name) == 1},
    **{name.upper(): (name, True) for name in KEYS if len(name) == 1 and name.isalpha()},
    **{shifted: (key, True) for key, shifted in _SHIFTED.items()},
    " ": ("space", False),
    "\n": ("enter", False),
    "\t": ("tab", False),
    "\b": ("backspace", False),
}


def keystrokes(text: str) -> list[tuple[str, bool]]:
    """``text`` as (key name, pressed) events, Shift wrapped around capitals and symbols."""
    events: list[tuple[str, bool]] = []
    for char in text:
        if char not in CHARACTERS:
            raise ValueError(f"cannot type {char!r}: no key in scan code set 1 gives it")
        key, shift = CHARACTERS[char]
        if shift:
            events.append(("left_shift", True))
        events += [(key, True), (key, False)]
        if shift:
            events.append(("left_shift", False))
    return events


def scancodes(key: str, pressed: bool) -> bytes:
    """The set 1 bytes for ``key`` going down (``pressed``) or up."""
    if key not in KEYS:
        raise ValueError(f"unknown key {key!r}: expected one of scancodes.KEYS")
    return KEYS[key].make() if pressed else KEYS[key].break_()
