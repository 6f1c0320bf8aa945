"""The lazy 8254 counters against a naive model that decrements once per input clock."""

from __future__ import annotations

import pytest

from longmode.machine.devices.pit8254 import Pit8254, ns_for_ticks


def naive_counter(mode: int, count: int, clocks: int) -> list[tuple[int, bool]]:
    """(CE, OUT) after each of ``clocks`` input clocks, stepping as the datasheet describes."""
    ce, out = count, mode != 0
    trace = [(ce, out)]
    for _ in range(clocks):
        if mode == 0:
            ce = (ce - 1) & 0xFFFF
            out = out or ce == 0
        elif mode == 2:
            ce -= 1
            if ce == 0:
                ce, out = count, True
            elif ce == 1:
                out = False
        elif mode == 3:
            ce -= 2
            if ce == 0:
                ce, out = count, not out
        trace.append((ce, out))
    return trace


@pytest.mark.parametrize("mode", [0, 2, 3])
@pytest.mark.parametrize("count", [2, 4, 10, 64, 1000])
def test_pit_lazy_counter_matches_the_clock_by_clock_model(mode: int, count: int) -> None:
    pit = Pit8254()
    pit.write(0x43, 1, 0x30 | mode << 1)
    pit.write(0x40, 1, count & 0xFF)
    pit.write(0x40, 1, count >> 8)
    counter = pit.counters[0]
    expected_rises = 0
    previous_out = mode != 0
    for clock, (ce, out) in enumerate(naive_counter(mode, count, 3 * count + 5)):
        now = ns_for_ticks(clock)
        assert (counter.counter_element(now), counter.out(now)) == (ce, out), clock
        expected_rises += out and not previous_out
        previous_out = out
    pit.advance(ns_for_ticks(3 * count + 5))
    assert pit.irq0_edges == expected_rises
