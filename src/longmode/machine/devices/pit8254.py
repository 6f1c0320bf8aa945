"""Intel 8254 programmable interval timer, and the PC's system control port B (0x61).

Datasheet: Intel 8254 Programmable Interval Timer (order 231164-005),
"Operational Description" (modes 0-5, counter latch, read-back command,
status byte). The counter values and OUT levels as functions of elapsed
input clocks follow QEMU's ``hw/timer/i8254_common.c``; port 0x61 follows
the IBM PC AT Technical Reference and QEMU's ``hw/audio/pcspk.c``.

Time is lazy: nothing ticks. Each counter remembers the virtual instant it
started counting; a read computes the count from "now", :meth:`Pit8254.next_event`
says when OUT0 next rises and :meth:`Pit8254.advance` raises IRQ0 for the
edges that fell due — all of them counted in :attr:`Pit8254.irq0_edges`, so a
large step loses no tick.
"""

from __future__ import annotations

from typing import Any

from longmode.machine.clock import NS_PER_SECOND
from longmode.machine.devices import pc_ports
from longmode.machine.devices.base import Device, IrqLine, no_irq

#: The PIT's input clock (Hz), as QEMU has it: 14.31818 MHz / 12.
PIT_HZ = 1_193_182
#: Port 0x61 bit 4 toggles with each DRAM refresh request, every 15.085 µs.
REFRESH_PERIOD_NS = 15_085

ACCESS_LATCH, ACCESS_LOBYTE, ACCESS_HIBYTE, ACCESS_LOHI = range(4)


def ticks_at(ns: int) -> int:
    """Input clocks contained in ``ns`` nanoseconds."""
    return ns * PIT_HZ // NS_PER_SECOND


def ns_for_ticks(ticks: int) -> int:
    """The first nanosecond by which ``ticks`` input clocks have elapsed."""
    return -(-ticks * NS_PER_SECOND // PIT_HZ)


def _to_bcd(value: int) -> int:
    return int(str(value % 10000), 16)


def _from_bcd(value: int) -> int:
    digits = f"{value:04x}"
    return int(digits) if digits.isdigit() else 0


class PitCounter:
    """One of the 8254's three counters (CE, CR, OL, status and flip-flops).

    ``count`` is the reload value (CR) with 0 meaning 65536 (10000 in BCD).
    While counting, the elapsed clocks are ``base_ticks`` plus the clocks since
    ``run_start``; the counter element (CE) and OUT are computed from them.
    """

    def __init__(self, index: int, gate: bool) -> None:
        self.index = index
        self.gate = gate
        self.mode = 0
        self.access = ACCESS_LOHI
        self.bcd = False
        self.count = 0x10000
        self.null_count = True
        self.count_written = False
        self.armed = False  # counting from a loaded count (modes 1/5: once triggered)
        self.running = False
        self.base_ticks = 0
        self.run_start = 0
        self.write_low_next = True
        self.write_latch = 0
        self.read_low_next = True
        self.output_latch: int | None = None
        self.status_latch: int | None = None
        self.out_rises = 0
        self._edges_seen = 0

    # -- elapsed time -> CE and OUT ------------------------------------------

    def elapsed(self, now: int) -> int:
        """Input clocks counted since the count was loaded (or triggered)."""
        if not self.running:
            return self.base_ticks
        return self.base_ticks + ticks_at(max(0, now - self.run_start))

    def counter_element(self, now: int) -> int:
        """The count a latch command would capture at ``now`` (1-65536, or wrapped)."""
        if not self.armed:
            return self.count & 0xFFFF
        d, n = self.elapsed(now), self.count
        if self.mode in (2, 3) and not self.gate:
            return n & 0xFFFF
        if self.mode == 2:
            value = n - d % n
        elif self.mode == 3:
            half = max(1, n // 2)
            value = n - 2 * ((d % n) % half) if n > 1 else n
            value &= ~1
        else:  # 0, 1, 4, 5 wrap around past zero
            value = n - d
        if self.bcd:
            return _to_bcd(value % 10000)
        return value & 0xFFFF

    def out(self, now: int) -> bool:
        """The OUT pin at ``now``."""
        if not self.armed:
            return self.mode != 0
        d, n = self.elapsed(now), self.count
        if self.mode == 0:
            return d >= n
        if self.mode == 1:
            return d >= n
        if self.mode == 2:
            return not self.gate or d % n != n - 1
        if self.mode == 3:
            return not self.gate or d % n < (n + 1) // 2
        return d != n  # 4, 5: one clock low strobe when the count reaches 0

    def rises_by(self, d: int) -> int:
        """Rising edges of OUT within the first ``d`` clocks since loading."""
        if not self.armed:
            return 0
        n = self.count
        if self.mode in (2, 3):
            return d // n if self.gate else 0
        if self.mode in (0, 1):
            return int(d >= n)
        return int(d >= n + 1)

    def next_rise_ticks(self, d: int) -> int | None:
        """The clock count (since loading) of the next rising edge after ``d``."""
        if not self.armed or not self.running:
            return None
        n = self.count
        if self.mode in (2, 3):
            return (d // n + 1) * n if self.gate else None
        edge = n if self.mode in (0, 1) else n + 1
        return edge if d < edge else None

    # -- loading and gating ----------------------------------------------------

    def start(self, now: int) -> None:
        """Restarts counting from the reload value at ``now``."""
        self.armed = True
        self.null_count = False
        self.base_ticks = 0
        self.run_start = now
        self._edges_seen = 0
        gated_modes = (0, 2, 3, 4)
        self.running = self.gate or self.mode not in gated_modes

    def set_gate(self, level: bool, now: int) -> None:
        """The GATE input: enables counting (0, 2, 3, 4) or triggers (1, 2, 3, 5)."""
        if level == self.gate:
            return
        rising = level and not self.gate
        if self.mode in (0, 4) and self.armed:
            self.base_ticks = self.elapsed(now)
            self.run_start = now
            self.running = level
        self.gate = level
        if rising and self.count_written and self.mode in (1, 2, 3, 5):
            self.start(now)

    def save_state(self) -> dict[str, Any]:
        """Every field, as plain data."""
        return {k: v for k, v in vars(self).items() if k != "index"}

    def load_state(self, state: dict[str, Any]) -> None:
        """Restores :meth:`save_state`."""
        for key, value in state.items():
            setattr(self, key, value)


class Pit8254(Device):
    """The 8254 at 0x40-0x43: three counters, OUT0 wired to IRQ0.

    Emulated: modes 0-5 (mode 6/7 alias 2/3), lobyte / hibyte / lo-then-hi
    access, counter latch, read-back (count and status), BCD counting,
    reload 0 = 65536, GATE (channels 0 and 1 tied high; channel 2's through
    port 0x61), null-count flag, lazy counting from virtual time with every
    OUT0 rising edge counted. Not emulated (as in QEMU): the one-clock delay
    before a written count is loaded, a new count in modes 2/3 waiting for the
    end of the current period (it restarts counting at once), odd counts in
    mode 3 read back exactly as the chip's CE would.
    """

    name = "pit"

    def __init__(self, irq0: IrqLine = no_irq, ports: tuple[int, int] = pc_ports.PIT) -> None:
        self.irq0 = irq0
        self.ports = (ports,)
        self.base_port = ports[0]
        self.reset()

    def reset(self) -> None:
        """Power-on as QEMU has it: every counter in mode 3 with count 65536, gate 2 low.

        Counter 0 thus already runs at 18.2 Hz, and OUT0 goes high at once.
        """
        self.now = 0
        self.counters = [PitCounter(0, True), PitCounter(1, True), PitCounter(2, False)]
        for counter in self.counters:
            counter.mode = 3
            counter.count_written = True
            counter.start(self.now)
        self.irq0_edges = 0
        self.irq0_level = False
        self._drive_irq0()

    # -- time ------------------------------------------------------------------

    def next_event(self) -> int | None:
        """When OUT0 next rises."""
        counter = self.counters[0]
        edge = counter.next_rise_ticks(counter.elapsed(self.now))
        if edge is None:
            return None
        return counter.run_start + ns_for_ticks(edge - counter.base_ticks)

    def advance(self, now: int) -> None:
        """Catches up to ``now``: counts OUT rises and pulses IRQ0 for those of OUT0."""
        if now <= self.now:
            return
        self.now = now
        for counter in self.counters:
            total = counter.rises_by(counter.elapsed(now))
            new = total - counter._edges_seen
            counter._edges_seen = total
            if new <= 0:
                continue
            counter.out_rises += new
            if counter.index == 0:
                self.irq0_edges += new
                if self.irq0_level:
                    self.irq0(False)
                self.irq0(True)
                self.irq0_level = True
        self._drive_irq0()

    def _drive_irq0(self) -> None:
        level = self.counters[0].out(self.now)
        if level != self.irq0_level:
            self.irq0_level = level
            self.irq0(level)

    # -- the ports -------------------------------------------------------------

    def read(self, port: int, size: int) -> int:
        """Counter ports: status latch, output latch or live count; 0x43 reads 0xFF."""
        index = port - self.base_port
        if index == 3:
            return 0xFF
        return self.read_counter(self.counters[index])

    def read_counter(self, counter: PitCounter) -> int:
        """One byte of a counter: latched status first, then latched or live count."""
        if counter.status_latch is not None:
            value, counter.status_latch = counter.status_latch, None
            return value
        latched = counter.output_latch is not None
        count = counter.output_latch if latched else counter.counter_element(self.now)
        assert count is not None
        if counter.access == ACCESS_LOBYTE:
            counter.output_latch = None
            return count & 0xFF
        if counter.access == ACCESS_HIBYTE:
            counter.output_latch = None
            return count >> 8 & 0xFF
        if counter.read_low_next:
            counter.read_low_next = False
            if not latched:
                counter.output_latch = count  # the high byte must match this low byte
            return count & 0xFF
        counter.read_low_next = True
        counter.output_latch = None
        return count >> 8 & 0xFF

    def write(self, port: int, size: int, value: int) -> None:
        """Counter ports load counts; 0x43 takes control words, latches and read-backs."""
        index = port - self.base_port
        if index == 3:
            self.write_control(value & 0xFF)
        else:
            self.write_counter(self.counters[index], value & 0xFF)
        self._drive_irq0()

    def write_control(self, value: int) -> None:
        """A control word: mode/access set, counter latch, or read-back (0xC0+)."""
        select = value >> 6
        if select == 3:
            self.read_back(value)
            return
        counter = self.counters[select]
        access = value >> 4 & 3
        if access == ACCESS_LATCH:
            if counter.output_latch is None:
                counter.output_latch = counter.counter_element(self.now)
            return
        counter.mode = value >> 1 & 7
        if counter.mode > 5:
            counter.mode -= 4
        counter.access = access
        counter.bcd = bool(value & 1)
        counter.armed = False
        counter.running = False
        counter.null_count = True
        counter.count_written = False
        counter.write_low_next = counter.read_low_next = True
        counter.output_latch = counter.status_latch = None
        counter._edges_seen = 0

    def read_back(self, value: int) -> None:
        """Read-back command: bit 5 clear latches counts, bit 4 clear latches status."""
        for counter in self.counters:
            if not value & (2 << counter.index):
                continue
            if not value & 0x10 and counter.status_latch is None:
                counter.status_latch = (
                    counter.out(self.now) << 7
                    | counter.null_count << 6
                    | counter.access << 4
                    | counter.mode << 1
                    | counter.bcd
                )
            if not value & 0x20 and counter.output_latch is None:
                counter.output_latch = counter.counter_element(self.now)

    def write_counter(self, counter: PitCounter, value: int) -> None:
        """One byte of a count; the count loads when its last byte arrives."""
        if counter.access == ACCESS_LOBYTE:
            count = value
        elif counter.access == ACCESS_HIBYTE:
            count = value << 8
        elif counter.write_low_next:
            counter.write_latch = value
            counter.write_low_next = False
            if counter.mode == 0:
                counter.armed = False  # the first byte stops mode 0, OUT goes low
            return
        else:
            counter.write_low_next = True
            count = counter.write_latch | value << 8
        if counter.bcd:
            count = _from_bcd(count)
            counter.count = count if count else 10000
        else:
            counter.count = count if count else 0x10000
        counter.count_written = True
        if counter.mode in (1, 5):
            return  # loaded on the next GATE rising edge
        counter.start(self.now)

    def set_gate2(self, level: bool) -> None:
        """Channel 2's GATE (port 0x61 bit 0)."""
        self.counters[2].set_gate(level, self.now)

    def register_name(self, port: int, direction: str) -> str:
        """``counter0``…``counter2`` and ``control``."""
        index = port - self.base_port
        return "control" if index == 3 else f"counter{index}"

    def save_state(self) -> dict[str, Any]:
        """The three counters, the clock position and the IRQ0 bookkeeping."""
        return {
            "now": self.now,
            "irq0_edges": self.irq0_edges,
            "irq0_level": self.irq0_level,
            "counters": [c.save_state() for c in self.counters],
        }

    def load_state(self, state: dict[str, Any]) -> None:
        """Restores :meth:`save_state`."""
        self.now = state["now"]
        self.irq0_edges = state["irq0_edges"]
        self.irq0_level = state["irq0_level"]
        for counter, saved in zip(self.counters, state["counters"], strict=True):
            counter.load_state(saved)


class SystemControlB(Device):
    """Port 0x61, system control port B, tied to the PIT's channel 2.

    Bit 0 gates counter 2, bit 1 enables speaker data (stored; no sound),
    bits 2-3 (parity / channel-check enables) are stored, bit 4 toggles every
    15.085 µs of virtual time (refresh request), bit 5 reads OUT2; bits 6-7
    (parity / channel-check errors) read 0.
    """

    name = "port61"

    def __init__(self, pit: Pit8254, ports: tuple[int, int] = pc_ports.SYSTEM_CONTROL_B) -> None:
        self.pit = pit
        self.ports = (ports,)
        self.reset()

    def reset(self) -> None:
        """Power-on: everything off."""
        self.control = 0

    def advance(self, now: int) -> None:
        """Brings the PIT (and the refresh toggle) to ``now``."""
        self.pit.advance(now)

    def read(self, port: int, size: int) -> int:
        """Stored bits 0-3, refresh toggle (bit 4), OUT2 (bit 5)."""
        now = self.pit.now
        refresh = now // REFRESH_PERIOD_NS & 1
        out2 = self.pit.counters[2].out(now)
        return self.control & 0x0F | refresh << 4 | out2 << 5

    def write(self, port: int, size: int, value: int) -> None:
        """Bits 0-3 are writable; bit 0 drives counter 2's GATE."""
        self.control = value & 0x0F
        self.pit.set_gate2(bool(value & 1))

    def register_name(self, port: int, direction: str) -> str:
        """The one register's name."""
        return "port B"

    def save_state(self) -> dict[str, Any]:
        """The writable bits."""
        return {"control": self.control}

    def load_state(self, state: dict[str, Any]) -> None:
        """Restores :meth:`save_state`."""
        self.control = state["control"]
