"""Port 0x92, isa-debug-exit, POST codes, the 0xE9 debug console."""

from __future__ import annotations

from longmode.machine.devices.system_ports import DebugConsole, DebugExit, Port92, PostCodes


def test_port92_bit1_drives_a20_on_every_write_and_bit0_resets() -> None:
    a20: list[bool] = []
    resets: list[None] = []
    port = Port92(a20.append, lambda: resets.append(None))
    port.write(0x92, 1, 0x02)
    assert a20 == [True] and resets == []
    assert port.read(0x92, 1) == 0x02
    port.write(0x92, 1, 0x03)
    assert a20 == [True, True] and len(resets) == 1
    assert port.read(0x92, 1) == 0x02  # bit 0 reads back clear
    port.write(0x92, 1, 0x00)
    assert a20 == [True, True, False]


def test_debug_exit_reports_status_shifted_left_with_bit0_set() -> None:
    statuses: list[int] = []
    exit_device = DebugExit(statuses.append)
    exit_device.write(0xF4, 4, 0x10)  # blog_os QemuExitCode::Success
    exit_device.write(0xF4, 1, 0x11)  # QemuExitCode::Failed
    assert statuses == [0x21, 0x23]
    assert exit_device.ports == ((0xF4, 4),)


def test_post_codes_records_every_code_written() -> None:
    post = PostCodes()
    for code in (0x01, 0x55, 0xAA):
        post.write(0x80, 1, code)
    assert post.codes == [0x01, 0x55, 0xAA]
    assert post.read(0x80, 1) == 0xFF
    state = post.save_state()
    copy = PostCodes()
    copy.load_state(state)
    assert copy.codes == post.codes


def test_debug_console_forwards_bytes_and_reads_as_0xe9() -> None:
    out = bytearray()
    console = DebugConsole(out.append)
    for byte in b"ok\n":
        console.write(0xE9, 1, byte)
    assert out == b"ok\n"
    assert console.read(0xE9, 1) == 0xE9


def test_port92_save_state_round_trips() -> None:
    port = Port92()
    port.write(0x92, 1, 0x02)
    copy = Port92()
    copy.load_state(port.save_state())
    assert copy.read(0x92, 1) == 0x02
