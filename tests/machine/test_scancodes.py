"""Invariants of the scan code set 1 table, and spot checks against the IBM AT table."""

from __future__ import annotations

import string

import pytest

from longmode.machine.devices.scancodes import CHARACTERS, KEYS, keystrokes, scancodes


def test_scancode_break_code_is_make_code_with_bit_7_set() -> None:
    for name, key in KEYS.items():
        assert key.code < 0x80, name
        assert key.break_()[-1] == key.make()[-1] | 0x80, name
        assert len(key.make()) == len(key.break_()) == (2 if key.extended else 1)


def test_scancode_no_two_keys_share_a_make_code() -> None:
    makes = [key.make() for key in KEYS.values()]
    assert len(set(makes)) == len(makes)


def test_scancode_extended_keys_are_prefixed_with_e0() -> None:
    assert scancodes("up", True) == b"\xe0\x48"
    assert scancodes("up", False) == b"\xe0\xc8"
    assert scancodes("keypad_8", True) == b"\x48"  # same code, no prefix


def test_scancode_every_printable_ascii_character_can_be_typed() -> None:
    for char in [*string.printable[:95], "\n", "\t", "\b"]:
        assert char in CHARACTERS, repr(char)
        key, _ = CHARACTERS[char]
        assert key in KEYS


def test_scancode_capitals_and_symbols_are_typed_with_shift() -> None:
    assert CHARACTERS["a"] == ("a", False)
    assert CHARACTERS["A"] == ("a", True)
    assert CHARACTERS["!"] == ("1", True)
    assert CHARACTERS["|"] == ("\\", True)
    assert CHARACTERS["\n"] == ("enter", False)


@pytest.mark.parametrize(
    ("key", "code"),
    [
        ("escape", 0x01),
        ("1", 0x02),
        ("0", 0x0B),
        ("backspace", 0x0E),
        ("tab", 0x0F),
        ("q", 0x10),
        ("enter", 0x1C),
        ("left_ctrl", 0x1D),
        ("a", 0x1E),
        ("`", 0x29),
        ("left_shift", 0x2A),
        ("z", 0x2C),
        ("/", 0x35),
        ("space", 0x39),
        ("f1", 0x3B),
        ("f10", 0x44),
        ("keypad_.", 0x53),
        ("f12", 0x58),
    ],
)
def test_scancode_table_matches_ibm_at_technical_reference(key: str, code: int) -> None:
    assert KEYS[key].code == code and not KEYS[key].extended


def test_scancode_typing_wraps_shift_around_capitals() -> None:
    assert keystrokes("aB") == [
        ("a", True),
        ("a", False),
        ("left_shift", True),
        ("b", True),
        ("b", False),
        ("left_shift", False),
    ]


def test_scancode_untypable_character_is_an_error() -> None:
    with pytest.raises(ValueError, match=r"^cannot type 'é': no key in scan code set 1 gives it$"):
        keystrokes("é")
    with pytest.raises(ValueError, match=r"^unknown key 'hyper'"):
        scancodes("hyper", True)
