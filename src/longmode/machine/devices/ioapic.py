"""Intel 82093AA I/O APIC at 0xFEC00000: 24 interrupt inputs routed as messages to the local APIC.

Datasheet: Intel 82093AA I/O Advanced Programmable Interrupt Controller
(order 290566-001), "Register Description" (IOREGSEL, IOWIN, IOAPICID,
IOAPICVER, IOAPICARB, the redirection table) and "Interrupt Signals". The
EOI register at offset 0x40 is that of version 0x20 I/O APICs (as in Intel's
ICH south bridges). Behaviour follows QEMU 7.2's ``hw/intc/ioapic.c`` and
``ioapic_common.c``, the reference machine.
"""

from __future__ import annotations

from typing import Any

from longmode.machine.devices.base import Device, IrqLine
from longmode.machine.devices.lapic import DELIVERY_MODES, LocalApic

#: The I/O APIC's physical base address.
IOAPIC_BASE = 0xFEC00000
#: Redirection table entries (input pins).
PINS = 24
#: IOAPICVER: version 0x20 (QEMU's default, with the EOI register), maximum entry 23.
VERSION = 0x20 | (PINS - 1) << 16

IOREGSEL, IOWIN, EOI = 0x00, 0x10, 0x40
REG_ID, REG_VERSION, REG_ARBITRATION, REG_REDIRECTION = 0x00, 0x01, 0x02, 0x10

MASKED = 1 << 16
LEVEL_TRIGGERED = 1 << 15
REMOTE_IRR = 1 << 14
ACTIVE_LOW = 1 << 13
DELIVERY_STATUS = 1 << 12
LOGICAL = 1 << 11
#: Bits the guest cannot write: remote IRR and delivery status.
READ_ONLY_BITS = REMOTE_IRR | DELIVERY_STATUS

#: Successive EOIs that find a level line still asserted before the re-delivery is delayed.
EOI_STORM_COUNT = 10_000
#: The delay then: QEMU's NANOSECONDS_PER_SECOND / 100.
EOI_STORM_DELAY_NS = 10_000_000


class IoApic(Device):
    """The 82093AA: IOREGSEL/IOWIN, the 24-entry redirection table, edge and level inputs.

    Inputs are driven with :meth:`set_irq` or the callbacks of :meth:`irq_line`,
    pin ``n`` being input ``n`` (the board maps ISA IRQ 0 to pin 2). A request is
    sent to the local APIC when it accepts the entry's destination. The board
    connects ``lapic.on_eoi`` to :meth:`end_of_interrupt`.

    Emulated: the ID (4 bits), version and arbitration registers; every
    redirection entry field (vector, delivery mode, destination mode and
    destination, trigger mode, mask; delivery status and remote IRR read-only);
    edge inputs (a rising request while the entry is masked is lost, as the
    datasheet says); level inputs with remote IRR (set when a message is sent,
    cleared by an EOI for the entry's vector, which sends the message again if
    the line is still asserted, or by making the entry edge-triggered); a level
    line asserted while masked is delivered when unmasked; the EOI register
    (0x40); ExtINT entries, which take the 8259's vector by an acknowledge
    cycle when they are serviced — in QEMU even while masked or held by remote
    IRR — and send it as a fixed vector; QEMU's guard against an EOI storm (after
    10,000 successive re-deliveries at EOI the next waits 10 ms).

    As in QEMU 7.2 rather than the datasheet: the registers repeat every 0x100
    bytes of the page; IOWIN and the EOI register take 4-byte accesses only
    (other widths read 0 and write nothing); the polarity bit is stored and
    shown but not applied — ``set_irq(pin, True)`` always means "asserted"; an
    edge input does not remember its level, so each ``set_irq(pin, True)`` is
    a new edge; delivery status always reads 0; remote IRR is set for a level
    message even when no local APIC accepts it.

    Not emulated: other processors (a message for another APIC ID goes
    nowhere), the 82093AA's APIC serial bus and arbitration (IOAPICARB reads
    the ID, as QEMU's does), interrupt remapping; SMI, NMI and INIT entries
    reach the local APIC, which reports them as not emulated.
    """

    name = "ioapic"
    mmio = ((IOAPIC_BASE, 0x1000),)

    def __init__(self, lapic: LocalApic, *, apic_id: int = 0) -> None:
        if not 0 <= apic_id <= 0xF:
            raise ValueError(f"I/O APIC ID must be 0-15, not {apic_id}")
        self.lapic = lapic
        self.initial_id = apic_id
        #: Virtual time (ns) of the last :meth:`advance`.
        self.now = 0
        self.reset()

    def reset(self) -> None:
        """QEMU's ``ioapic_reset_common``: every entry masked, all else clear."""
        self.id = self.initial_id
        self.ioregsel = 0
        #: Requests waiting to be sent, one bit per pin (a level line's bit follows the line).
        self.irr = 0
        self.redirection = [MASKED] * PINS
        #: Successive re-deliveries at EOI, per pin (QEMU's ``irq_eoi``).
        self.eoi_redeliveries = [0] * PINS
        #: When a re-delivery delayed by the EOI storm guard falls due, if one is.
        self.delayed_service: int | None = None

    # -- the input pins -------------------------------------------------------

    def set_irq(self, pin: int, level: bool) -> None:
        """Drives input ``pin`` (0-23): True asserted, False deasserted."""
        if not 0 <= pin < PINS:
            raise ValueError(f"I/O APIC pin must be 0-{PINS - 1}, not {pin}")
        bit = 1 << pin
        entry = self.redirection[pin]
        if entry & LEVEL_TRIGGERED:
            if level:
                self.irr |= bit
                if not entry & REMOTE_IRR:
                    self.service()
            else:
                self.irr &= ~bit
        elif level and not entry & MASKED:
            self.irr |= bit
            self.service()

    def irq_line(self, pin: int) -> IrqLine:
        """An :data:`IrqLine` callback wired to input ``pin``."""
        if not 0 <= pin < PINS:
            raise ValueError(f"I/O APIC pin must be 0-{PINS - 1}, not {pin}")
        return lambda level: self.set_irq(pin, level)

    def service(self) -> None:
        """Sends a message for each pending, unmasked request (QEMU's ``ioapic_service``)."""
        for pin in range(PINS):
            bit = 1 << pin
            if not self.irr & bit:
                continue
            entry = self.redirection[pin]
            # QEMU decodes the entry, and so runs an ExtINT entry's INTA cycle, before
            # it looks at the mask or at remote IRR.
            vector = self.lapic.pic.acknowledge() if (entry >> 8) & 7 == 7 else entry & 0xFF
            if entry & MASKED:
                continue
            if entry & LEVEL_TRIGGERED:
                if entry & REMOTE_IRR:
                    continue  # the local APIC has not sent its EOI for the last one
                self.redirection[pin] = entry | REMOTE_IRR
            else:
                self.irr &= ~bit
            self._send(entry, vector)

    def _send(self, entry: int, vector: int) -> None:
        mode = (entry >> 8) & 7
        if mode in (3, 6):
            return  # reserved, and STARTUP: the APIC bus drops these (QEMU's apic_bus_deliver)
        if self.lapic.accepts(entry >> 56, bool(entry & LOGICAL)):
            self.lapic.deliver(vector, DELIVERY_MODES[mode], bool(entry & LEVEL_TRIGGERED))

    def end_of_interrupt(self, vector: int) -> None:
        """The local APIC's EOI for a level-triggered ``vector``: clears remote IRR of the
        level entries with that vector and sends again those whose line is still asserted."""
        for pin in range(PINS):
            entry = self.redirection[pin]
            if entry & 0xFF != vector or not entry & LEVEL_TRIGGERED or not entry & REMOTE_IRR:
                continue
            self.redirection[pin] = entry & ~REMOTE_IRR
            if entry & MASKED or not self.irr >> pin & 1:
                self.eoi_redeliveries[pin] = 0
                continue
            self.eoi_redeliveries[pin] += 1
            if self.eoi_redeliveries[pin] >= EOI_STORM_COUNT:
                self.eoi_redeliveries[pin] = 0
                due = self.now + EOI_STORM_DELAY_NS
                if self.delayed_service is None or due < self.delayed_service:
                    self.delayed_service = due
            else:
                self.service()

    def next_event(self) -> int | None:
        """When a re-delivery held back by the EOI storm guard falls due, if any."""
        return self.delayed_service

    def advance(self, now: int) -> None:
        """Catches up to ``now``: a delayed re-delivery that fell due is sent."""
        self.now = now
        if self.delayed_service is not None and self.delayed_service <= now:
            self.delayed_service = None
            self.service()

    # -- registers ------------------------------------------------------------

    def mmio_read(self, offset: int, size: int) -> int:
        """IOREGSEL (any width), IOWIN (4 bytes); everything else reads 0."""
        if size == 8:
            return self.mmio_read(offset, 4) | self.mmio_read(offset + 4, 4) << 32
        offset &= 0xFF
        if offset == IOREGSEL:
            return self.ioregsel
        if offset == IOWIN and size == 4:
            return self.read_register(self.ioregsel)
        return 0

    def mmio_write(self, offset: int, size: int, value: int) -> None:
        """IOREGSEL (any width), IOWIN and EOI (4 bytes); everything else is ignored."""
        if size == 8:
            self.mmio_write(offset, 4, value & 0xFFFFFFFF)
            self.mmio_write(offset + 4, 4, value >> 32)
            return
        offset &= 0xFF
        if offset == IOREGSEL:
            self.ioregsel = value & 0xFF
        elif offset == IOWIN and size == 4:
            self.write_register(self.ioregsel, value & 0xFFFFFFFF)
        elif offset == EOI and size == 4:
            self.end_of_interrupt(value & 0xFFFFFFFF)

    def read_register(self, index: int) -> int:
        """The indirect register ``index`` (what IOWIN reads when IOREGSEL holds it)."""
        if index in (REG_ID, REG_ARBITRATION):
            return self.id << 24
        if index == REG_VERSION:
            return VERSION
        pin = (index - REG_REDIRECTION) >> 1
        if 0 <= pin < PINS:
            return self.redirection[pin] >> (32 * (index & 1)) & 0xFFFFFFFF
        return 0

    def write_register(self, index: int, value: int) -> None:
        """Writes the indirect register ``index``; a redirection entry is then serviced."""
        if index == REG_ID:
            self.id = (value >> 24) & 0xF
            return
        pin = (index - REG_REDIRECTION) >> 1
        if index < REG_REDIRECTION or not 0 <= pin < PINS:
            return
        entry = self.redirection[pin]
        shift = 32 * (index & 1)
        new = (entry & ~(0xFFFFFFFF << shift)) | value << shift
        new = (new & ~READ_ONLY_BITS) | (entry & READ_ONLY_BITS)
        if not new & LEVEL_TRIGGERED:
            new &= ~REMOTE_IRR  # Linux's "EOI by switching to edge" relies on this
        self.redirection[pin] = new
        self.eoi_redeliveries[pin] = 0
        self.service()

    def register_name(self, port: int, direction: str = "read") -> str:
        """``IOREGSEL``, ``IOWIN (redirection 2 low)``, ``EOI``…"""
        offset = port & 0xFF
        if offset == IOREGSEL:
            return "IOREGSEL"
        if offset == EOI:
            return "EOI"
        if offset != IOWIN:
            return f"reserved {port:#05x}"
        index = self.ioregsel
        names = {REG_ID: "IOAPICID", REG_VERSION: "IOAPICVER", REG_ARBITRATION: "IOAPICARB"}
        if index in names:
            return f"IOWIN ({names[index]})"
        pin = (index - REG_REDIRECTION) >> 1
        if 0 <= pin < PINS:
            return f"IOWIN (redirection {pin} {'high' if index & 1 else 'low'})"
        return f"IOWIN (register {index:#04x})"

    # -- state ----------------------------------------------------------------

    _STATE = ("id", "ioregsel", "irr", "delayed_service", "now")

    def save_state(self) -> dict[str, Any]:
        """Every register, the pending requests and the storm guard's counters."""
        state = {key: getattr(self, key) for key in self._STATE}
        state["redirection"] = list(self.redirection)
        state["eoi_redeliveries"] = list(self.eoi_redeliveries)
        return state

    def load_state(self, state: dict[str, Any]) -> None:
        """Restores :meth:`save_state`."""
        for key in self._STATE:
            setattr(self, key, state[key])
        self.redirection = list(state["redirection"])
        self.eoi_redeliveries = list(state["eoi_redeliveries"])

    # -- for people -----------------------------------------------------------

    @staticmethod
    def describe_entry(entry: int) -> str:
        """One redirection entry decoded."""
        destination = entry >> 56
        return " ".join(
            part
            for part in (
                f"vector {entry & 0xFF:#04x}",
                DELIVERY_MODES.get((entry >> 8) & 7, "reserved"),
                "level" if entry & LEVEL_TRIGGERED else "edge",
                "active-low" if entry & ACTIVE_LOW else "active-high",
                f"logical {destination:#04x}" if entry & LOGICAL else f"physical {destination}",
                "remote-IRR" if entry & REMOTE_IRR else "",
                "masked" if entry & MASKED else "",
            )
            if part
        )

    def describe(self) -> list[str]:
        """Lines for a debugger's ``info ioapic``: masked entries left at reset are summed up."""
        lines = [
            f"I/O APIC ID {self.id}, version {VERSION:#010x}, at {IOAPIC_BASE:#x}, "
            f"IOREGSEL {self.ioregsel:#04x}",
        ]
        idle = []
        for pin, entry in enumerate(self.redirection):
            if entry == MASKED:
                idle.append(str(pin))
            else:
                lines.append(f"pin {pin:2}: {entry:#018x} {self.describe_entry(entry)}")
        if idle:
            lines.append(f"pins {','.join(idle)}: masked, not set up")
        pending = [str(pin) for pin in range(PINS) if self.irr >> pin & 1]
        lines.append(f"IRR {','.join(pending) or '-'}")
        return lines
