"""The hardware-interrupt vectors: timer (IRQ0), keyboard (IRQ1), RTC (IRQ8), the rest.

The PICs are programmed as SeaBIOS leaves them (master base 08h, slave base
70h), so IRQ0-7 arrive as INT 08h-0Fh and IRQ8-15 as INT 70h-77h.

* INT 08h: the IVT points at a ROM stub (``rom.IRQ0_HANDLER``) that calls
  vector 08h's ``iret`` stub like an interrupt (``pushf; call far``) — there
  :func:`timer_tick` counts the tick at 0x46C, with the midnight flag at 0x470
  — then runs the guest's INT 1Ch and sends the EOI.
* INT 09h: :func:`keyboard_interrupt` takes a byte from the 8042 (if its
  output buffer is full), turns it into shift flags or a key word in the BDA
  buffer (:mod:`keyboard`), and sends the EOI.
* INT 70h: reads RTC register C (which lowers IRQ8) and sends both EOIs.
* Every other IRQ vector: an EOI if the line is really in service; IRQ7 and
  IRQ15 without their ISR bit are spurious and get none (a spurious IRQ15
  still needs the master's EOI for the cascade).

Not done: the floppy motor timeout at 0x440, INT 4Ah (RTC alarm), the INT 15h
AH=4Fh keyboard intercept.
"""

from __future__ import annotations

from typing import Final

from longmode.machine.bios.bda import TICKS_PER_DAY, Field
from longmode.machine.bios.keyboard import process_scancode
from longmode.machine.bios.services import ServiceCall
from longmode.machine.devices import pc_ports
from longmode.machine.devices.cmos import REG_C
from longmode.machine.devices.ps2 import STATUS_AUX_OBF, STATUS_OBF

MASTER_BASE: Final = 0x08
SLAVE_BASE: Final = 0x70
PIC_MASTER_COMMAND: Final = pc_ports.PIC_MASTER[0]
PIC_SLAVE_COMMAND: Final = pc_ports.PIC_SLAVE[0]
NON_SPECIFIC_EOI: Final = 0x20
READ_ISR: Final = 0x0B
READ_IRR: Final = 0x0A
TIMER_VECTOR: Final = MASTER_BASE + pc_ports.IRQ_PIT
KEYBOARD_VECTOR: Final = MASTER_BASE + pc_ports.IRQ_KEYBOARD
RTC_VECTOR: Final = SLAVE_BASE + pc_ports.IRQ_RTC - 8
USER_TIMER_VECTOR: Final = 0x1C


def _eoi(call: ServiceCall, slave: bool) -> None:
    bus = call.board.ports
    if slave:
        bus.write(PIC_SLAVE_COMMAND, 1, NON_SPECIFIC_EOI)
    bus.write(PIC_MASTER_COMMAND, 1, NON_SPECIFIC_EOI)


def _in_service(call: ServiceCall, command_port: int, line: int) -> bool:
    bus = call.board.ports
    bus.write(command_port, 1, READ_ISR)
    isr = bus.read(command_port, 1)
    bus.write(command_port, 1, READ_IRR)
    return bool(isr & (1 << line))


def timer_tick(call: ServiceCall) -> None:
    """IRQ0's Python part: one more tick since midnight; at 0x1800B0 ticks, a new day."""
    bda = call.bda
    ticks = bda.get(Field.TIMER_TICKS) + 1
    if ticks >= TICKS_PER_DAY:
        ticks = 0
        bda.set(Field.TIMER_ROLLOVER, bda.get(Field.TIMER_ROLLOVER) + 1)
    bda.set(Field.TIMER_TICKS, ticks)


def keyboard_interrupt(call: ServiceCall) -> None:
    """INT 09h: one byte from the 8042 into the BDA; EOI."""
    drain_keyboard(call, limit=1)
    _eoi(call, slave=False)


def drain_keyboard(call: ServiceCall, limit: int | None = None) -> None:
    """Takes bytes from the 8042 while its output buffer is full (at most ``limit``),
    and never a mouse byte (status bit 5): that one is IRQ12's, as SeaBIOS's
    ``handle_09`` leaves it ("ps2 keyboard irq but found mouse data")."""
    bus = call.board.ports
    taken = 0
    while limit is None or taken < limit:
        status = bus.read(pc_ports.PS2_COMMAND[0], 1)
        if not status & STATUS_OBF or status & STATUS_AUX_OBF:
            break
        process_scancode(call.bda, bus.read(pc_ports.PS2_DATA[0], 1))
        taken += 1


def rtc_interrupt(call: ServiceCall) -> None:
    """INT 70h: acknowledges the RTC (reads register C); EOI to both PICs."""
    bus = call.board.ports
    bus.write(pc_ports.CMOS[0], 1, REG_C)
    bus.read(pc_ports.CMOS[0] + 1, 1)
    _eoi(call, slave=True)


def default_irq(call: ServiceCall) -> None:
    """Any other IRQ: EOI if the line is in service; spurious IRQ7/IRQ15 get none."""
    vector = call.vector
    if MASTER_BASE <= vector < MASTER_BASE + 8:
        line = vector - MASTER_BASE
        if _in_service(call, PIC_MASTER_COMMAND, line):
            _eoi(call, slave=False)
        return
    line = vector - SLAVE_BASE
    if _in_service(call, PIC_SLAVE_COMMAND, line):
        _eoi(call, slave=True)
    else:
        _eoi(call, slave=False)  # spurious on the slave: the master did see IRQ2


def irq_vectors() -> list[int]:
    """The 16 vectors of IRQ0-15."""
    return [*range(MASTER_BASE, MASTER_BASE + 8), *range(SLAVE_BASE, SLAVE_BASE + 8)]
