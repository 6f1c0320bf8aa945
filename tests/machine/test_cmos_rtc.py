"""The MC146818 RTC and CMOS RAM: time formats, NMI bit, interrupts, memory sizes."""

from __future__ import annotations

from datetime import datetime

import pytest

from longmode.machine.clock import NS_PER_SECOND
from longmode.machine.devices.cmos import MIB, Cmos

INDEX, DATA = 0x70, 0x71
START = datetime(2024, 3, 15, 13, 45, 30)  # a Friday


def read(cmos: Cmos, index: int) -> int:
    cmos.write(INDEX, 1, index)
    return cmos.read(DATA, 1)


def write(cmos: Cmos, index: int, value: int) -> None:
    cmos.write(INDEX, 1, index)
    cmos.write(DATA, 1, value)


def clock_registers(cmos: Cmos) -> list[int]:
    """Seconds, minutes, hours, weekday, day, month, year, century."""
    return [read(cmos, i) for i in (0x00, 0x02, 0x04, 0x06, 0x07, 0x08, 0x09, 0x32)]


def test_cmos_time_and_date_read_in_bcd_24_hour_by_default() -> None:
    cmos = Cmos(START)
    assert clock_registers(cmos) == [0x30, 0x45, 0x13, 0x06, 0x15, 0x03, 0x24, 0x20]


def test_cmos_time_and_date_read_in_binary_when_register_b_bit2_set() -> None:
    cmos = Cmos(START)
    write(cmos, 0x0B, 0x06)
    assert clock_registers(cmos) == [30, 45, 13, 6, 15, 3, 24, 20]


@pytest.mark.parametrize(
    ("hour", "register_b", "expected"),
    [(13, 0x00, 0x81), (0, 0x00, 0x12), (12, 0x00, 0x92), (11, 0x00, 0x11), (13, 0x04, 0x81)],
)
def test_cmos_12_hour_mode_gives_1_to_12_with_bit7_for_pm(
    hour: int, register_b: int, expected: int
) -> None:
    cmos = Cmos(START.replace(hour=hour))
    write(cmos, 0x0B, register_b)
    assert read(cmos, 0x04) == expected


def test_cmos_time_follows_virtual_time() -> None:
    cmos = Cmos(START)
    cmos.advance(90 * NS_PER_SECOND)
    assert (read(cmos, 0x02), read(cmos, 0x00)) == (0x47, 0x00)
    cmos.advance(86_400 * NS_PER_SECOND)
    assert read(cmos, 0x07) == 0x16


def test_cmos_nmi_disable_bit_is_not_stored_into_the_index() -> None:
    cmos = Cmos(START)
    cmos.write(INDEX, 1, 0x80 | 0x0A)
    assert cmos.nmi_disabled
    assert cmos.read(INDEX, 1) == 0x0A
    assert cmos.read(DATA, 1) == 0x26  # register A
    cmos.write(INDEX, 1, 0x0D)
    assert not cmos.nmi_disabled


def test_cmos_register_d_reports_valid_ram() -> None:
    assert read(Cmos(START), 0x0D) == 0x80


def test_cmos_writing_time_registers_sets_the_clock() -> None:
    cmos = Cmos(START)
    write(cmos, 0x0B, 0x82)  # SET: freeze updates
    write(cmos, 0x04, 0x08)
    write(cmos, 0x09, 0x99)
    cmos.advance(5 * NS_PER_SECOND)
    assert read(cmos, 0x00) == 0x30  # frozen
    write(cmos, 0x0B, 0x02)
    cmos.advance(7 * NS_PER_SECOND)
    assert clock_registers(cmos)[:3] == [0x32, 0x45, 0x08]
    assert (read(cmos, 0x09), read(cmos, 0x32)) == (0x99, 0x20)


def test_cmos_uip_is_set_in_the_last_244_microseconds_before_an_update() -> None:
    cmos = Cmos(START)
    cmos.advance(NS_PER_SECOND - 300_000)
    assert not read(cmos, 0x0A) & 0x80
    cmos.advance(NS_PER_SECOND - 200_000)
    assert read(cmos, 0x0A) & 0x80


def test_cmos_periodic_interrupt_raises_irq8_until_register_c_is_read() -> None:
    irq: list[bool] = []
    cmos = Cmos(START, irq8=irq.append)
    write(cmos, 0x0B, 0x42)  # PIE, 24-hour
    when = cmos.next_event()
    assert when == 976_563  # 1024 Hz
    cmos.advance(when)
    assert irq == [True]
    assert read(cmos, 0x0C) == 0xC0  # IRQF | PF
    assert irq == [True, False]
    assert read(cmos, 0x0C) == 0x00


def test_cmos_periodic_rate_6_gives_1024_interrupts_per_second() -> None:
    irq: list[bool] = []
    cmos = Cmos(START, irq8=irq.append)
    write(cmos, 0x0B, 0x42)
    while (when := cmos.next_event()) is not None and when <= NS_PER_SECOND:
        cmos.advance(when)
        read(cmos, 0x0C)
    assert irq.count(True) == 1024


def test_cmos_rate_select_changes_the_periodic_frequency() -> None:
    cmos = Cmos(START)
    write(cmos, 0x0A, 0x2F)
    assert cmos.periodic_hz() == 2
    write(cmos, 0x0A, 0x23)
    assert cmos.periodic_hz() == 8192
    write(cmos, 0x0A, 0x20)
    assert cmos.periodic_hz() is None


def test_cmos_flags_are_set_even_with_interrupts_disabled() -> None:
    irq: list[bool] = []
    cmos = Cmos(START, irq8=irq.append)
    assert cmos.next_event() is None
    cmos.advance(NS_PER_SECOND)
    assert read(cmos, 0x0C) == 0x50  # PF and UF, no IRQF
    assert irq == []


def test_cmos_update_ended_interrupt_fires_each_second() -> None:
    irq: list[bool] = []
    cmos = Cmos(START, irq8=irq.append)
    write(cmos, 0x0B, 0x12)  # UIE
    assert cmos.next_event() == NS_PER_SECOND
    cmos.advance(NS_PER_SECOND)
    assert irq == [True]
    assert read(cmos, 0x0C) & 0x90 == 0x90


def test_cmos_alarm_interrupt_fires_at_the_alarm_time() -> None:
    irq: list[bool] = []
    cmos = Cmos(START, irq8=irq.append)
    write(cmos, 0x01, 0x35)  # 13:45:35
    write(cmos, 0x03, 0x45)
    write(cmos, 0x05, 0xC0)  # any hour
    write(cmos, 0x0B, 0x22)  # AIE
    cmos.advance(4 * NS_PER_SECOND)
    assert irq == []
    read(cmos, 0x0C)
    cmos.advance(5 * NS_PER_SECOND)
    assert irq == [True]
    assert read(cmos, 0x0C) == 0xF0  # IRQF, and PF, AF, UF (flags set whatever is enabled)


@pytest.mark.parametrize(
    ("memory", "expected"),
    [
        (32 * MIB, {0x15: 640, 0x17: 31 * 1024, 0x30: 31 * 1024, 0x34: 256, 0x5B: 0}),
        (128 * MIB, {0x15: 640, 0x17: 0xFFFF, 0x30: 0xFFFF, 0x34: 0x0700, 0x5B: 0}),
        (5 * 1024 * MIB, {0x17: 0xFFFF, 0x34: 0xBF00, 0x5B: 0x8000}),
    ],
)
def test_cmos_memory_size_bytes_are_set_as_qemu_does(memory: int, expected: dict[int, int]) -> None:
    cmos = Cmos(START, memory_bytes=memory)
    for index, value in expected.items():
        width = 3 if index == 0x5B else 2
        stored = sum(read(cmos, index + i) << 8 * i for i in range(width))
        assert stored == value, hex(index)


def test_cmos_ram_bytes_are_stored() -> None:
    cmos = Cmos(START)
    write(cmos, 0x40, 0x5A)
    assert read(cmos, 0x40) == 0x5A


def test_cmos_save_state_round_trips() -> None:
    cmos = Cmos(START)
    write(cmos, 0x0B, 0x46)
    cmos.advance(3 * NS_PER_SECOND)
    cmos.write(INDEX, 1, 0x8B)
    state = cmos.save_state()
    copy = Cmos(datetime(2000, 1, 1))
    copy.load_state(state)
    assert copy.save_state() == state
    assert clock_registers(copy) == clock_registers(cmos)
