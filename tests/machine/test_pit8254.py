"""The 8254: counting from virtual time, IRQ0 edges, latches, read-back, port 0x61."""

from __future__ import annotations

import pytest

from longmode.machine.clock import NS_PER_SECOND
from longmode.machine.devices.pit8254 import (
    PIT_HZ,
    REFRESH_PERIOD_NS,
    Pit8254,
    SystemControlB,
    ns_for_ticks,
)

CONTROL = 0x43


def program(pit: Pit8254, channel: int, mode: int, count: int, *, bcd: bool = False) -> None:
    """Control word (lo/hi access), then the count low byte and high byte."""
    pit.write(CONTROL, 1, channel << 6 | 0x30 | mode << 1 | bcd)
    pit.write(0x40 + channel, 1, count & 0xFF)
    pit.write(0x40 + channel, 1, count >> 8 & 0xFF)


def read_count(pit: Pit8254, channel: int) -> int:
    low = pit.read(0x40 + channel, 1)
    return pit.read(0x40 + channel, 1) << 8 | low


def rises(levels: list[bool]) -> int:
    """Low-to-high transitions in a recorded IRQ line."""
    previous, count = False, 0
    for level in levels:
        count += level and not previous
        previous = level
    return count


def run_events(pit: Pit8254, until: int) -> None:
    """Advances the PIT event by event, as the machine's run loop does."""
    while (when := pit.next_event()) is not None and when <= until:
        pit.advance(when)
    pit.advance(until)


@pytest.mark.parametrize("mode", [2, 3])
@pytest.mark.parametrize(("divisor", "edges"), [(1193, 1000), (119, PIT_HZ // 119)])
def test_pit_channel0_periodic_modes_raise_irq0_at_the_programmed_rate(
    mode: int, divisor: int, edges: int
) -> None:
    # 1193 gives 1000.15 Hz; 119 (the nearest to 10 kHz) gives 10026.7 Hz.
    levels: list[bool] = []
    pit = Pit8254(levels.append)
    program(pit, 0, mode, divisor)
    levels.clear()
    run_events(pit, NS_PER_SECOND)
    assert pit.irq0_edges == edges
    assert rises(levels) == edges
    assert abs(edges - PIT_HZ / divisor) < 1


@pytest.mark.parametrize("mode", [2, 3])
def test_pit_large_step_counts_every_edge_but_pulses_irq0_once(mode: int) -> None:
    levels: list[bool] = []
    pit = Pit8254(levels.append)
    program(pit, 0, mode, 1193)
    levels.clear()
    pit.advance(NS_PER_SECOND)
    assert pit.irq0_edges == 1000
    assert rises(levels) == 1


def test_pit_next_event_is_the_next_rising_edge_of_out0() -> None:
    pit = Pit8254()
    program(pit, 0, 2, 1193)
    first = pit.next_event()
    assert first == ns_for_ticks(1193)
    assert first is not None
    pit.advance(first - 1)
    assert pit.irq0_edges == 0
    pit.advance(first)
    assert pit.irq0_edges == 1
    assert pit.next_event() == ns_for_ticks(2 * 1193)


def test_pit_mode2_counts_down_from_the_reload_value() -> None:
    pit = Pit8254()
    program(pit, 0, 2, 1000)
    pit.advance(ns_for_ticks(10))
    assert read_count(pit, 0) == 990
    pit.advance(ns_for_ticks(1000 + 10))
    assert read_count(pit, 0) == 990


def test_pit_mode0_one_shot_raises_irq0_once_and_keeps_counting_down() -> None:
    levels: list[bool] = []
    pit = Pit8254(levels.append)
    program(pit, 0, 0, 1000)
    assert levels == [True, False]  # power-on mode 3 had OUT0 high; mode 0 drives it low
    levels.clear()
    pit.advance(ns_for_ticks(999))
    assert pit.irq0_edges == 0
    assert read_count(pit, 0) == 1
    pit.advance(ns_for_ticks(1000))
    assert levels == [True]
    pit.advance(NS_PER_SECOND)
    assert pit.irq0_edges == 1
    assert pit.next_event() is None
    pit.advance(ns_for_ticks(1001))
    assert read_count(pit, 0) != 0  # wrapped past zero: 0xFFFF - ...


def test_pit_mode0_rewrite_restarts_the_one_shot() -> None:
    pit = Pit8254()
    program(pit, 0, 0, 100)
    pit.advance(ns_for_ticks(200))
    assert pit.irq0_edges == 1
    program(pit, 0, 0, 100)
    assert not pit.counters[0].out(pit.now)
    pit.advance(ns_for_ticks(301))
    assert pit.irq0_edges == 2


def test_pit_reload_value_zero_means_65536() -> None:
    pit = Pit8254()
    program(pit, 0, 2, 0)
    pit.advance(NS_PER_SECOND)
    assert pit.irq0_edges == PIT_HZ // 65536 == 18


def test_pit_counter_latch_freezes_the_value_read() -> None:
    pit = Pit8254()
    program(pit, 0, 2, 5000)
    pit.advance(ns_for_ticks(100))
    pit.write(CONTROL, 1, 0x00)  # latch counter 0
    pit.advance(ns_for_ticks(2000))
    assert read_count(pit, 0) == 4900
    assert read_count(pit, 0) == 3000  # the latch is gone once read


def test_pit_read_back_latches_status_then_count() -> None:
    pit = Pit8254()
    program(pit, 0, 3, 1000)
    pit.advance(ns_for_ticks(100))
    pit.write(CONTROL, 1, 0xC2)  # read-back: count and status of counter 0
    pit.advance(ns_for_ticks(300))
    status = pit.read(0x40, 1)
    assert status == 0x80 | 0x30 | 3 << 1  # OUT high, lo/hi access, mode 3
    assert read_count(pit, 0) == 800  # mode 3 counts down by two


def test_pit_read_back_status_shows_null_count_until_a_count_is_written() -> None:
    pit = Pit8254()
    pit.write(CONTROL, 1, 0xB4)  # counter 2, lo/hi, mode 2
    pit.write(CONTROL, 1, 0xE8)  # read-back, status only, counter 2
    assert pit.read(0x42, 1) & 0x40


def test_pit_lobyte_access_writes_and_reads_one_byte() -> None:
    pit = Pit8254()
    pit.write(CONTROL, 1, 0x14)  # counter 0, lobyte, mode 2
    pit.write(0x40, 1, 200)
    pit.advance(ns_for_ticks(50))
    assert pit.read(0x40, 1) == 150
    assert pit.read(0x40, 1) == 150


def test_pit_bcd_counting_uses_decimal_counts() -> None:
    pit = Pit8254()
    program(pit, 0, 2, 0x1000, bcd=True)  # 1000 in BCD
    pit.advance(ns_for_ticks(1))
    assert read_count(pit, 0) == 0x0999
    pit.advance(NS_PER_SECOND)
    assert pit.irq0_edges == PIT_HZ // 1000


def test_pit_port61_gates_channel2_and_reads_out2() -> None:
    pit = Pit8254()
    port61 = SystemControlB(pit)
    pit.write(CONTROL, 1, 0xB0)  # counter 2, lo/hi, mode 0
    pit.write(0x42, 1, 100)
    pit.write(0x42, 1, 0)
    pit.advance(ns_for_ticks(500))
    assert not port61.read(0x61, 1) & 0x20  # gate low: not counting
    port61.write(0x61, 1, 0x01)
    port61.advance(ns_for_ticks(550))
    assert not port61.read(0x61, 1) & 0x20
    port61.advance(ns_for_ticks(650))
    assert port61.read(0x61, 1) & 0x21 == 0x21


def test_pit_port61_refresh_bit_toggles_every_15_microseconds() -> None:
    pit = Pit8254()
    port61 = SystemControlB(pit)
    port61.advance(1)
    first = port61.read(0x61, 1) & 0x10
    port61.advance(REFRESH_PERIOD_NS + 1)
    assert port61.read(0x61, 1) & 0x10 != first


def test_pit_save_state_round_trips() -> None:
    pit = Pit8254()
    program(pit, 0, 2, 1193)
    pit.advance(NS_PER_SECOND // 3)
    pit.write(CONTROL, 1, 0x00)
    state = pit.save_state()
    copy = Pit8254()
    copy.load_state(state)
    assert copy.save_state() == state
    assert copy.next_event() == pit.next_event()
    assert read_count(copy, 0) == read_count(pit, 0)


def test_pit_power_on_counter0_runs_mode3_at_18_2_hz_as_in_qemu() -> None:
    pit = Pit8254()
    pit.advance(NS_PER_SECOND)
    assert pit.irq0_edges == 18
    pit.write(CONTROL, 1, 0xE2)  # read-back status of counter 0
    assert pit.read(0x40, 1) & 0x3F == 0x36  # lo/hi access, mode 3


def test_pit_mode3_out_is_high_for_the_first_half_of_each_period() -> None:
    pit = Pit8254()
    program(pit, 0, 3, 1000)
    counter = pit.counters[0]
    assert counter.out(ns_for_ticks(499))
    assert not counter.out(ns_for_ticks(500))
    assert not counter.out(ns_for_ticks(999))
    assert counter.out(ns_for_ticks(1000))


def test_pit_mode4_software_strobe_pulses_out_low_for_one_clock() -> None:
    pit = Pit8254()
    program(pit, 0, 4, 100)
    counter = pit.counters[0]
    assert counter.out(ns_for_ticks(99))
    assert not counter.out(ns_for_ticks(100))
    pit.advance(ns_for_ticks(101))
    assert pit.irq0_edges == 1
    pit.advance(NS_PER_SECOND)
    assert pit.irq0_edges == 1


def test_pit_mode1_one_shot_starts_on_a_gate_rising_edge() -> None:
    pit = Pit8254()
    port61 = SystemControlB(pit)
    program(pit, 2, 1, 100)
    pit.advance(ns_for_ticks(1000))
    assert port61.read(0x61, 1) & 0x20  # OUT2 high: not yet triggered
    port61.write(0x61, 1, 0x01)  # gate rises: trigger
    assert not port61.read(0x61, 1) & 0x20
    pit.advance(ns_for_ticks(1101))
    assert port61.read(0x61, 1) & 0x20
    assert pit.counters[2].out_rises == 1
