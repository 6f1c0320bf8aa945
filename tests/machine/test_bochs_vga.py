"""The Bochs DISPI chip through the I/O bus: registers as QEMU 7.2's std VGA answers them."""

from __future__ import annotations

from longmode.machine.board.ports import IoBus
from longmode.machine.devices.bochs_vga import BochsDispi, Register


def _bus() -> tuple[IoBus, BochsDispi, list[int]]:
    cleared: list[int] = []
    chip = BochsDispi(cleared.append)
    return IoBus([chip]), chip, cleared


def _write(bus: IoBus, register: int, value: int) -> None:
    bus.write(0x1CE, 2, register)  # out dx, ax with dx = 0x1CE
    bus.write(0x1CF, 2, value)


def _read(bus: IoBus, register: int) -> int:
    bus.write(0x1CE, 2, register)
    return bus.read(0x1CF, 2)


def test_dispi_id_reads_b0c5_and_only_b0c0_to_b0c4_can_be_written() -> None:
    bus, _, _ = _bus()
    assert _read(bus, Register.ID) == 0xB0C5
    _write(bus, Register.ID, 0xB0C0)
    assert _read(bus, Register.ID) == 0xB0C0
    _write(bus, Register.ID, 0xB0C5)  # QEMU ignores ID5 writes
    assert _read(bus, Register.ID) == 0xB0C0
    assert bus.read(0x1CE, 2) == Register.ID


def test_dispi_reports_16_mib_and_getcaps_gives_the_maxima() -> None:
    bus, _, _ = _bus()
    assert _read(bus, Register.VIDEO_MEMORY_64K) == 0x100
    assert _read(bus, 0x0B) == 0
    _write(bus, Register.ENABLE, 0x02)
    assert [_read(bus, r) for r in (Register.XRES, Register.YRES, Register.BPP)] == [
        16000,
        12000,
        32,
    ]


def test_dispi_enable_fixes_the_mode_up_and_clears_the_visible_memory() -> None:
    bus, chip, cleared = _bus()
    _write(bus, Register.XRES, 803)  # rounded down to a multiple of 8
    _write(bus, Register.YRES, 600)
    _write(bus, Register.BPP, 32)
    _write(bus, Register.VIRT_WIDTH, 4000)  # reset to 0 by enabling, then = XRES
    assert cleared == [] and not chip.enabled
    _write(bus, Register.ENABLE, 0x41)
    assert chip.enabled
    assert _read(bus, Register.XRES) == 800
    assert _read(bus, Register.VIRT_WIDTH) == 800
    assert _read(bus, Register.VIRT_HEIGHT) == (16 << 20) // 3200
    assert chip.line_offset == 3200
    assert cleared == [600 * 3200]
    assert _read(bus, Register.ENABLE) == 0x41


def test_dispi_noclearmem_keeps_memory_and_a_bad_depth_becomes_8() -> None:
    bus, chip, cleared = _bus()
    _write(bus, Register.BPP, 12)
    _write(bus, Register.XRES, 640)
    _write(bus, Register.YRES, 480)
    _write(bus, Register.ENABLE, 0xC1)
    assert cleared == []
    assert _read(bus, Register.BPP) == 8
    assert chip.line_offset == 640


def test_dispi_offsets_move_the_start_and_yres_is_capped_by_video_memory() -> None:
    bus, chip, _ = _bus()
    for register, value in ((Register.XRES, 1024), (Register.YRES, 768), (Register.BPP, 32)):
        _write(bus, register, value)
    _write(bus, Register.ENABLE, 0x41)
    _write(bus, Register.Y_OFFSET, 10)
    _write(bus, Register.X_OFFSET, 3)
    assert chip.start_address == 10 * 4096 + 12
    _write(bus, Register.Y_OFFSET, 4000)  # past the end of video memory: back to 0
    assert _read(bus, Register.Y_OFFSET) == 0
    _write(bus, Register.YRES, 9000)
    assert _read(bus, Register.YRES) == (16 << 20) // 4096


def test_dispi_bank_is_masked_to_256_banks_and_a_dword_out_writes_index_and_data() -> None:
    bus, chip, _ = _bus()
    _write(bus, Register.BANK, 0x1FF)
    assert _read(bus, Register.BANK) == 0xFF
    bus.write(0x1CE, 4, 0x0280 << 16 | Register.XRES)
    assert chip.xres == 0x280 and chip.index == Register.XRES


def test_dispi_state_round_trips_and_the_log_names_its_registers() -> None:
    bus, chip, _ = _bus()
    log = bus.start_logging()
    _write(bus, Register.XRES, 640)
    assert [access.register for access in log] == ["DISPI index", "DISPI[XRES]"]
    other = BochsDispi()
    other.load_state(chip.save_state())
    assert other.save_state() == chip.save_state()
