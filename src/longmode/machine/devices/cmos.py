"""Motorola MC146818A real-time clock and CMOS RAM (ports 0x70/0x71, IRQ8).

Datasheet: Motorola MC146818A Real-Time Clock Plus RAM (RTC), "Address Map",
"Time, Calendar and Alarm Locations", "Registers A-D" and "Interrupts". The
PC's use of the NMI-disable bit in port 0x70, the century byte at 0x32 and the
memory-size bytes follows the IBM PC AT Technical Reference and QEMU's
``hw/rtc/mc146818rtc.c`` and ``pc_cmos_init`` in ``hw/i386/pc.c``.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

from longmode.machine.clock import NS_PER_SECOND
from longmode.machine.devices import pc_ports
from longmode.machine.devices.base import Device, IrqLine, no_irq

# Register indexes.
SECONDS, ALARM_SECONDS, MINUTES, ALARM_MINUTES, HOURS, ALARM_HOURS = range(6)
DAY_OF_WEEK, DAY_OF_MONTH, MONTH, YEAR = 6, 7, 8, 9
REG_A, REG_B, REG_C, REG_D = 0x0A, 0x0B, 0x0C, 0x0D
CENTURY = 0x32
# Register A/B/C bits.
A_UIP = 0x80
B_SET, B_PIE, B_AIE, B_UIE, B_DM_BINARY, B_24H = 0x80, 0x40, 0x20, 0x10, 0x04, 0x02
C_IRQF, C_PF, C_AF, C_UF = 0x80, 0x40, 0x20, 0x10
D_VRT = 0x80
#: The 32.768 kHz time base; UIP is set this long before each update.
RTC_HZ = 32_768
UIP_NS = 244_000
#: Memory at and above this address is remapped above 4 GiB (QEMU pc, gigabyte-aligned).
LOW_MEMORY_LIMIT = 0xC000_0000
KIB, MIB = 1024, 1024 * 1024


def _bcd(value: int) -> int:
    return (value // 10) << 4 | value % 10


def _unbcd(value: int) -> int:
    return (value >> 4) * 10 + (value & 0x0F)


class Cmos(Device):
    """The RTC and 128 bytes of CMOS RAM behind the index port.

    Emulated: the index register with bit 7 as the NMI mask (kept apart, never
    stored into the index), seconds … year and the century byte in BCD or
    binary, 12- or 24-hour mode, the SET bit freezing the clock, writes to the
    time registers setting the clock, alarms with don't-care values,
    register A (UIP during the last 244 µs of each second, rate select),
    register B, register C flags cleared on read, register D's valid-RAM bit,
    periodic, alarm and update-ended interrupts on IRQ8, the memory-size bytes
    QEMU writes (0x15/0x16, 0x17/0x18, 0x30/0x31, 0x34/0x35, 0x5B-0x5D) and the
    equipment byte 0x14. The time of day is ``start`` plus virtual time.
    Not emulated: daylight-saving (DSE), the square-wave output, divider
    chain reset (other dividers than 010 simply stop the clock's interrupts),
    the day-of-week register as a free counter (it is derived from the date).
    """

    name = "cmos"

    def __init__(
        self,
        start: datetime,
        memory_bytes: int = 128 * MIB,
        irq8: IrqLine = no_irq,
        ports: tuple[int, int] = pc_ports.CMOS,
    ) -> None:
        self.start = start if start.tzinfo else start.replace(tzinfo=UTC)
        self.memory_bytes = memory_bytes
        self.irq8 = irq8
        self.ports = (ports,)
        self.base_port = ports[0]
        self.now = 0
        self.reset()

    def reset(self) -> None:
        """Power-on: clock at ``start``, 1024 Hz rate, 24-hour BCD, RAM sizes set."""
        self.index = 0
        self.nmi_disabled = False
        self.ram = [0] * 128
        self.ram[REG_A] = 0x26
        self.ram[REG_B] = B_24H
        self.ram[REG_C] = 0
        self.clock_seconds = int(self.start.timestamp())  # at clock_origin, or frozen
        self.clock_origin = self.now
        self.irq_level = False
        self._set_memory_sizes()

    def _set_memory_sizes(self) -> None:
        below = min(self.memory_bytes, LOW_MEMORY_LIMIT)
        above = self.memory_bytes - below
        ram = self.ram

        def put16(index: int, value: int) -> None:
            ram[index], ram[index + 1] = value & 0xFF, value >> 8 & 0xFF

        put16(0x15, min(below // KIB, 640))
        extended = min(max(below - MIB, 0) // KIB, 0xFFFF)
        put16(0x17, extended)
        put16(0x30, extended)
        put16(0x34, min(max(below - 16 * MIB, 0) // (64 * KIB), 0xFFFF))
        high = above // (64 * KIB)
        ram[0x5B], ram[0x5C], ram[0x5D] = high & 0xFF, high >> 8 & 0xFF, high >> 16 & 0xFF
        ram[0x14] = 0x06  # equipment: maths coprocessor, PS/2 mouse, VGA

    # -- the clock ---------------------------------------------------------------

    @property
    def running(self) -> bool:
        """The clock updates: SET clear and the divider at 010 (32.768 kHz)."""
        return not self.ram[REG_B] & B_SET and self.ram[REG_A] & 0x70 == 0x20

    def seconds(self, now: int) -> int:
        """POSIX seconds of the RTC's time of day at ``now``."""
        if not self.running:
            return self.clock_seconds
        return self.clock_seconds + (now - self.clock_origin) // NS_PER_SECOND

    def time_of_day(self) -> datetime:
        """The RTC's current date and time (UTC)."""
        return datetime.fromtimestamp(self.seconds(self.now), UTC)

    def _periodic_ticks(self) -> int | None:
        rate = self.ram[REG_A] & 0x0F
        if rate == 0 or self.ram[REG_A] & 0x70 != 0x20:
            return None
        return 1 << (rate + 6) if rate < 3 else 1 << (rate - 1)

    def periodic_hz(self) -> float | None:
        """The periodic interrupt rate register A selects, or None."""
        ticks = self._periodic_ticks()
        return RTC_HZ / ticks if ticks else None

    def next_event(self) -> int | None:
        """The next periodic tick (if PIE) or clock update (if UIE or AIE)."""
        times = []
        ticks = self._periodic_ticks()
        if ticks and self.ram[REG_B] & B_PIE:
            index = self.now * RTC_HZ // NS_PER_SECOND // ticks + 1
            times.append(-(-index * ticks * NS_PER_SECOND // RTC_HZ))
        if self.running and self.ram[REG_B] & (B_UIE | B_AIE):
            elapsed = (self.now - self.clock_origin) // NS_PER_SECOND + 1
            times.append(self.clock_origin + elapsed * NS_PER_SECOND)
        return min(times) if times else None

    def advance(self, now: int) -> None:
        """Catches up to ``now``: sets PF, UF and AF for the ticks and updates passed."""
        if now <= self.now:
            return
        before, self.now = self.now, now
        ticks = self._periodic_ticks()
        if ticks and (
            before * RTC_HZ // NS_PER_SECOND // ticks != now * RTC_HZ // NS_PER_SECOND // ticks
        ):
            self.ram[REG_C] |= C_PF
        if self.running:
            first = (before - self.clock_origin) // NS_PER_SECOND
            last = (now - self.clock_origin) // NS_PER_SECOND
            if last > first:
                self.ram[REG_C] |= C_UF
                for step in range(max(first + 1, last - 86_399), last + 1):
                    if self._alarm_matches(self.clock_seconds + step):
                        self.ram[REG_C] |= C_AF
                        break
        self._update_irq()

    def _alarm_matches(self, seconds: int) -> bool:
        moment = datetime.fromtimestamp(seconds, UTC)
        for alarm, value in (
            (ALARM_SECONDS, moment.second),
            (ALARM_MINUTES, moment.minute),
            (ALARM_HOURS, moment.hour),
        ):
            stored = self.ram[alarm]
            if stored >= 0xC0:
                continue  # don't care
            if self._decode(alarm, stored) != value:
                return False
        return True

    def _update_irq(self) -> None:
        flags = self.ram[REG_C]
        enabled = self.ram[REG_B] & (B_PIE | B_AIE | B_UIE)
        if flags & enabled & (C_PF | C_AF | C_UF):
            self.ram[REG_C] |= C_IRQF
        level = bool(self.ram[REG_C] & C_IRQF)
        if level != self.irq_level:
            self.irq_level = level
            self.irq8(level)

    # -- value formats -------------------------------------------------------------

    def _encode(self, index: int, value: int) -> int:
        binary = self.ram[REG_B] & B_DM_BINARY
        pm = 0
        if index in (HOURS, ALARM_HOURS) and not self.ram[REG_B] & B_24H:
            pm = 0x80 if value >= 12 else 0
            value = value % 12 or 12
        return (value if binary else _bcd(value)) | pm

    def _decode(self, index: int, raw: int) -> int:
        binary = self.ram[REG_B] & B_DM_BINARY
        if index in (HOURS, ALARM_HOURS) and not self.ram[REG_B] & B_24H:
            pm, raw = raw & 0x80, raw & 0x7F
            value = raw if binary else _unbcd(raw)
            return value % 12 + (12 if pm else 0)
        return raw if binary else _unbcd(raw)

    def _clock_field(self, index: int) -> int:
        moment = self.time_of_day()
        value = {
            SECONDS: moment.second,
            MINUTES: moment.minute,
            HOURS: moment.hour,
            DAY_OF_WEEK: (moment.weekday() + 1) % 7 + 1,
            DAY_OF_MONTH: moment.day,
            MONTH: moment.month,
            YEAR: moment.year % 100,
            CENTURY: moment.year // 100,
        }[index]
        return self._encode(index, value)

    def _set_clock_field(self, index: int, raw: int) -> None:
        moment = self.time_of_day()
        value = self._decode(index, raw)
        try:
            if index == SECONDS:
                moment = moment.replace(second=value)
            elif index == MINUTES:
                moment = moment.replace(minute=value)
            elif index == HOURS:
                moment = moment.replace(hour=value)
            elif index == DAY_OF_MONTH:
                moment = moment.replace(day=value)
            elif index == MONTH:
                moment = moment.replace(month=value)
            elif index == YEAR:
                moment = moment.replace(year=moment.year // 100 * 100 + value)
            elif index == CENTURY:
                moment = moment.replace(year=value * 100 + moment.year % 100)
        except ValueError:
            return  # an impossible date: the write is dropped
        self.clock_seconds += int((moment - self.time_of_day()) / timedelta(seconds=1))

    # -- ports -------------------------------------------------------------------

    def read(self, port: int, size: int) -> int:
        """0x71: the indexed register (C clears on read); 0x70 reads the index."""
        if port == self.base_port:
            return self.index
        return self.read_register(self.index)

    def read_register(self, index: int) -> int:
        """CMOS location ``index`` with its side effects."""
        if index in (SECONDS, MINUTES, HOURS, DAY_OF_WEEK, DAY_OF_MONTH, MONTH, YEAR, CENTURY):
            return self._clock_field(index)
        if index == REG_A:
            phase = (self.now - self.clock_origin) % NS_PER_SECOND
            uip = A_UIP if self.running and phase >= NS_PER_SECOND - UIP_NS else 0
            return self.ram[REG_A] & 0x7F | uip
        if index == REG_C:
            value = self.ram[REG_C]
            self.ram[REG_C] = 0
            self._update_irq()
            return value
        if index == REG_D:
            return D_VRT
        return self.ram[index]

    def write(self, port: int, size: int, value: int) -> None:
        """0x70: index (bits 6-0) and NMI mask (bit 7); 0x71: the indexed register."""
        value &= 0xFF
        if port == self.base_port:
            self.index = value & 0x7F
            self.nmi_disabled = bool(value & 0x80)
        else:
            self.write_register(self.index, value)

    def write_register(self, index: int, value: int) -> None:
        """CMOS location ``index``; time registers set the clock, C and D are read-only."""
        if index in (SECONDS, MINUTES, HOURS, DAY_OF_MONTH, MONTH, YEAR, CENTURY):
            self._set_clock_field(index, value)
        elif index in (REG_A, REG_B):
            self.write_control(index, value)
        elif index not in (DAY_OF_WEEK, REG_C, REG_D):
            self.ram[index] = value

    def write_control(self, index: int, value: int) -> None:
        """Register A (UIP read-only) or B; SET or the divider may stop or restart the clock."""
        was_running, seconds = self.running, self.seconds(self.now)
        self.ram[index] = value & 0x7F if index == REG_A else value
        if self.running != was_running:
            self.clock_seconds, self.clock_origin = seconds, self.now
        self._update_irq()

    def register_name(self, port: int, direction: str) -> str:
        """``index`` or ``data[0xNN]``."""
        return "index" if port == self.base_port else f"data[{self.index:#04x}]"

    _STATE = (
        "index",
        "nmi_disabled",
        "clock_seconds",
        "clock_origin",
        "irq_level",
        "now",
    )

    def save_state(self) -> dict[str, Any]:
        """The RAM, the index and the clock's position."""
        state = {key: getattr(self, key) for key in self._STATE}
        state["ram"] = list(self.ram)
        return state

    def load_state(self, state: dict[str, Any]) -> None:
        """Restores :meth:`save_state`."""
        for key in self._STATE:
            setattr(self, key, state[key])
        self.ram = list(state["ram"])
