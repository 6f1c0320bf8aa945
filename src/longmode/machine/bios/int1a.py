"""INT 1Ah, time of day: the BDA tick count and the RTC's time and date.

Sources: IBM PC AT Technical Reference, "Time of Day (INT 1AH)"; SeaBIOS
``src/clock.c``. The RTC is read and set through the CMOS chip's ports, so
the values are in whatever format register B selects (BCD after POST).

Not done: the alarm (AH=06h/07h), AH=0Ah/0Bh day counts, PCI BIOS (AX=B1xxh
answers "not supported").
"""

from __future__ import annotations

from longmode.machine.bios.bda import Field
from longmode.machine.bios.services import Service, ServiceCall, dispatch_by_ah
from longmode.machine.devices import pc_ports
from longmode.machine.devices.cmos import (
    CENTURY,
    DAY_OF_MONTH,
    HOURS,
    MINUTES,
    MONTH,
    REG_B,
    SECONDS,
    YEAR,
)

CMOS_INDEX = pc_ports.CMOS[0]
CMOS_DATA = CMOS_INDEX + 1
B_DAYLIGHT_SAVING = 0x01


def _cmos(call: ServiceCall, index: int) -> int:
    call.board.ports.write(CMOS_INDEX, 1, index)
    return call.board.ports.read(CMOS_DATA, 1)


def _set_cmos(call: ServiceCall, index: int, value: int) -> None:
    call.board.ports.write(CMOS_INDEX, 1, index)
    call.board.ports.write(CMOS_DATA, 1, value & 0xFF)


def read_tick_count(call: ServiceCall) -> None:
    """AH=00h get system time: CX:DX = ticks since midnight, AL = midnight flag (cleared)."""
    ticks = call.bda.get(Field.TIMER_TICKS)
    call["cx"], call["dx"] = ticks >> 16, ticks & 0xFFFF
    call["al"] = call.bda.get(Field.TIMER_ROLLOVER)
    call.bda.set(Field.TIMER_ROLLOVER, 0)


def set_tick_count(call: ServiceCall) -> None:
    """AH=01h set system time: CX:DX = ticks since midnight."""
    call.bda.set(Field.TIMER_TICKS, call["cx"] << 16 | call["dx"])
    call.bda.set(Field.TIMER_ROLLOVER, 0)
    call.succeed()


def read_rtc_time(call: ServiceCall) -> None:
    """AH=02h get RTC time: CH = hours, CL = minutes, DH = seconds, DL = DST flag."""
    call["ch"] = _cmos(call, HOURS)
    call["cl"] = _cmos(call, MINUTES)
    call["dh"] = _cmos(call, SECONDS)
    call["dl"] = _cmos(call, REG_B) & B_DAYLIGHT_SAVING
    call.succeed()


def set_rtc_time(call: ServiceCall) -> None:
    """AH=03h set RTC time: CH, CL, DH as AH=02h returns them; DL bit 0 = DST."""
    _set_cmos(call, HOURS, call["ch"])
    _set_cmos(call, MINUTES, call["cl"])
    _set_cmos(call, SECONDS, call["dh"])
    register_b = _cmos(call, REG_B)
    _set_cmos(call, REG_B, register_b & ~B_DAYLIGHT_SAVING | call["dl"] & B_DAYLIGHT_SAVING)
    call.succeed()


def read_rtc_date(call: ServiceCall) -> None:
    """AH=04h get RTC date: CH = century, CL = year, DH = month, DL = day."""
    call["ch"] = _cmos(call, CENTURY)
    call["cl"] = _cmos(call, YEAR)
    call["dh"] = _cmos(call, MONTH)
    call["dl"] = _cmos(call, DAY_OF_MONTH)
    call.succeed()


def set_rtc_date(call: ServiceCall) -> None:
    """AH=05h set RTC date: CH, CL, DH, DL as AH=04h returns them."""
    _set_cmos(call, CENTURY, call["ch"])
    _set_cmos(call, YEAR, call["cl"])
    _set_cmos(call, MONTH, call["dh"])
    _set_cmos(call, DAY_OF_MONTH, call["dl"])
    call.succeed()


FUNCTIONS: dict[int, Service] = {
    0x00: read_tick_count,
    0x01: set_tick_count,
    0x02: read_rtc_time,
    0x03: set_rtc_time,
    0x04: read_rtc_date,
    0x05: set_rtc_date,
}

handle = dispatch_by_ah("INT 1Ah", FUNCTIONS)
