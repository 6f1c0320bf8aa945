"""The kernel's hardware tables agree with the machine's: the keyboard's scan
code set 1 (kernel/src/keyboard.rs against longmode.machine.devices.scancodes)."""

from __future__ import annotations

import ast
import re

from longmode.machine.devices import scancodes

from support import KERNEL_CRATE

KEYBOARD = (KERNEL_CRATE / "src" / "keyboard.rs").read_text()

#: The key names of scancodes.KEYS for the characters that are not their own name.
KEY_NAMES = {0x1B: "escape", 0x08: "backspace", 0x09: "tab", 0x0A: "enter", 0x20: "space"}


def _block(name: str) -> str:
    """The text of the Rust constant ``name``'s initialiser."""
    match = re.search(rf"pub const {name}: [^=]+= \[(.*?)\];", KEYBOARD, re.DOTALL)
    assert match, f"keyboard.rs has no constant {name}"
    return match.group(1)


def _rows() -> list[tuple[int, bytes]]:
    rows = re.findall(r"\((0x[0-9A-F]+), (b\"(?:[^\"\\]|\\.)*\")\)", _block("ROWS"))
    return [(int(code, 16), ast.literal_eval(text)) for code, text in rows]


def _single_keys() -> list[tuple[int, int]]:
    keys = re.findall(r"\((0x[0-9A-F]+), (0x[0-9A-F]+|b'(?:\\.|[^'])')\)", _block("SINGLE_KEYS"))
    return [
        (int(code, 16), int(c, 16) if c.startswith("0x") else ast.literal_eval(c)[0])
        for code, c in keys
    ]


def test_the_kernels_rows_of_keys_have_the_machines_make_codes() -> None:
    rows = _rows()
    assert len(rows) == 4 and sum(len(keys) for _, keys in rows) == 46
    for first, keys in rows:
        for offset, character in enumerate(keys.decode()):
            assert scancodes.KEYS[character] == scancodes.Key(first + offset), character


def test_the_kernels_other_keys_have_the_machines_make_codes() -> None:
    keys = _single_keys()
    assert len(keys) == 6
    for code, character in keys:
        name = KEY_NAMES.get(character, chr(character))
        assert scancodes.KEYS[name] == scancodes.Key(code), name


def test_the_shift_keys_agree() -> None:
    for rust, name in (("LEFT_SHIFT", "left_shift"), ("RIGHT_SHIFT", "right_shift")):
        match = re.search(rf"pub const {rust}: u8 = (0x[0-9A-F]+);", KEYBOARD)
        assert match, rust
        assert scancodes.KEYS[name] == scancodes.Key(int(match.group(1), 16))


def test_break_codes_and_the_prefix_agree() -> None:
    for rust, value in (
        ("BREAK_BIT", scancodes.BREAK_BIT),
        ("EXTENDED_PREFIX", scancodes.EXTENDED_PREFIX),
    ):
        assert f"pub const {rust}: u8 = {value:#04X};".replace("0X", "0x") in KEYBOARD
