"""The 8042 and its keyboard: status, controller commands, keyboard replies, A20, keys."""

from __future__ import annotations

from longmode.machine.devices.ps2 import Ps2Controller

DATA, STATUS, COMMAND = 0x60, 0x64, 0x64


class Wires:
    """Records the controller's IRQ1, A20 and reset outputs."""

    def __init__(self) -> None:
        self.irq1: list[bool] = []
        self.a20: list[bool] = []
        self.resets = 0

    def reset(self) -> None:
        self.resets += 1


def controller() -> tuple[Ps2Controller, Wires]:
    wires = Wires()
    return Ps2Controller(wires.irq1.append, wires.a20.append, wires.reset), wires


def drain(ps2: Ps2Controller) -> bytes:
    """Reads port 0x60 while the status register says OBF."""
    out = bytearray()
    while ps2.read(STATUS, 1) & 0x01:
        out.append(ps2.read(DATA, 1))
    return bytes(out)


def test_ps2_status_after_bios_has_system_flag_and_empty_buffers() -> None:
    ps2, _ = controller()
    assert ps2.read(STATUS, 1) & 0x07 == 0x04


def test_ps2_self_test_replies_0x55() -> None:
    ps2, _ = controller()
    ps2.write(COMMAND, 1, 0xAA)
    assert ps2.read(STATUS, 1) & 0x09 == 0x09  # OBF, last write was a command
    assert drain(ps2) == b"\x55"


def test_ps2_interface_tests_report_no_error() -> None:
    ps2, _ = controller()
    ps2.write(COMMAND, 1, 0xAB)
    ps2.write(COMMAND, 1, 0xA9)
    assert drain(ps2) == b"\x00\x00"


def test_ps2_config_byte_is_read_with_0x20_and_written_with_0x60() -> None:
    ps2, _ = controller()
    ps2.write(COMMAND, 1, 0x20)
    assert drain(ps2) == b"\x61"  # SeaBIOS's: keyboard IRQ, translation, mouse port off
    ps2.write(COMMAND, 1, 0x60)
    ps2.write(DATA, 1, 0x47)
    ps2.write(COMMAND, 1, 0x20)
    assert drain(ps2) == b"\x47"


def test_ps2_keyboard_reset_replies_ack_and_self_test_passed() -> None:
    ps2, _ = controller()
    ps2.write(DATA, 1, 0xFF)
    assert drain(ps2) == b"\xfa\xaa"


def test_ps2_keyboard_identify_replies_mf2_id() -> None:
    ps2, _ = controller()
    ps2.write(DATA, 1, 0xF2)
    assert drain(ps2) == b"\xfa\xab\x83"


def test_ps2_keyboard_echo_leds_typematic_and_scancode_set() -> None:
    ps2, _ = controller()
    ps2.write(DATA, 1, 0xEE)
    assert drain(ps2) == b"\xee"
    ps2.write(DATA, 1, 0xED)
    ps2.write(DATA, 1, 0x07)
    assert drain(ps2) == b"\xfa\xfa" and ps2.leds == 7
    ps2.write(DATA, 1, 0xF3)
    ps2.write(DATA, 1, 0x20)
    assert drain(ps2) == b"\xfa\xfa" and ps2.typematic == 0x20
    ps2.write(DATA, 1, 0xF0)
    ps2.write(DATA, 1, 0x00)
    assert drain(ps2) == b"\xfa\xfa\x02"
    ps2.write(DATA, 1, 0x42)  # not a command
    assert drain(ps2) == b"\xfe"


def test_ps2_typed_string_arrives_as_set1_make_and_break_codes() -> None:
    ps2, _ = controller()
    ps2.type_text("Hi!\n")
    assert drain(ps2) == bytes(
        [0x2A, 0x23, 0xA3, 0xAA, 0x17, 0x97, 0x2A, 0x02, 0x82, 0xAA, 0x1C, 0x9C]
    )


def test_ps2_extended_key_press_and_release() -> None:
    ps2, _ = controller()
    ps2.press("left")
    ps2.release("left")
    assert drain(ps2) == b"\xe0\x4b\xe0\xcb"


def test_ps2_irq1_rises_for_each_byte_when_config_bit0_set() -> None:
    ps2, wires = controller()
    ps2.type_text("a")
    assert wires.irq1 == [True]
    ps2.read(DATA, 1)
    assert wires.irq1 == [True, False, True]  # the break code follows
    ps2.read(DATA, 1)
    assert wires.irq1 == [True, False, True, False]


def test_ps2_no_irq1_when_config_bit0_clear() -> None:
    ps2, wires = controller()
    ps2.write(COMMAND, 1, 0x60)
    ps2.write(DATA, 1, 0x44)
    ps2.type_text("a")
    assert wires.irq1 == []
    assert drain(ps2) == b"\x1e\x9e"


def test_ps2_disabled_keyboard_port_holds_keys_until_enabled() -> None:
    ps2, _ = controller()
    ps2.write(COMMAND, 1, 0xAD)
    ps2.press("a")
    assert drain(ps2) == b""
    ps2.write(COMMAND, 1, 0xAE)
    assert drain(ps2) == b"\x1e"


def test_ps2_keyboard_with_scanning_disabled_drops_keys() -> None:
    ps2, _ = controller()
    ps2.write(DATA, 1, 0xF5)
    ps2.press("a")
    assert drain(ps2) == b"\xfa"
    ps2.write(DATA, 1, 0xF4)
    ps2.press("b")
    assert drain(ps2) == b"\xfa\x30"


def test_ps2_mouse_port_commands_toggle_config_bit5() -> None:
    ps2, _ = controller()
    ps2.write(COMMAND, 1, 0xA8)
    assert not ps2.config & 0x20
    ps2.write(COMMAND, 1, 0xA7)
    assert ps2.config & 0x20


def test_ps2_output_port_bit1_drives_a20() -> None:
    ps2, wires = controller()
    ps2.write(COMMAND, 1, 0xD0)
    assert drain(ps2) == b"\x03"
    ps2.write(COMMAND, 1, 0xD1)
    ps2.write(DATA, 1, 0x01)
    assert wires.a20 == [False] and not ps2.a20_enabled
    ps2.write(COMMAND, 1, 0xDF)
    ps2.write(COMMAND, 1, 0xDD)
    ps2.write(COMMAND, 1, 0xDF)
    assert wires.a20 == [False, True, False, True]
    assert wires.resets == 0


def test_ps2_pulse_reset_and_output_port_bit0_reset_the_machine() -> None:
    ps2, wires = controller()
    ps2.write(COMMAND, 1, 0xFE)
    assert wires.resets == 1
    ps2.write(COMMAND, 1, 0xFF)  # pulse nothing
    assert wires.resets == 1
    ps2.write(COMMAND, 1, 0xD1)
    ps2.write(DATA, 1, 0x02)
    assert wires.resets == 2


def test_ps2_save_state_round_trips() -> None:
    ps2, _ = controller()
    ps2.type_text("ok")
    ps2.write(COMMAND, 1, 0xD1)
    state = ps2.save_state()
    copy = Ps2Controller()
    copy.load_state(state)
    assert copy.save_state() == state
    assert drain(copy) == drain(ps2)
