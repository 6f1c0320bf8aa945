"""The standard set of PC chips, declared as a table: which chip, wired to what.

Each :class:`Slot` names a chip and says how to build it from the board's
:class:`Wiring` — its IRQ lines (from the interrupt controller) and the
callbacks it drives (COM1's bytes, the A20 line, a reset, isa-debug-exit).
Ports and MMIO ranges are the chips' own declarations (``Device.ports``,
``Device.mmio``); the board attaches each chip to the buses from them.

The interrupts are wired as on QEMU's PC: each ISA IRQ line drives both an 8259
input and an I/O APIC pin (IRQ0 on pin 2, :func:`~longmode.machine.devices.pc_ports.ioapic_pin`);
the I/O APIC sends its messages to the local APIC, whose EOI of a level-triggered
vector goes back to it; the 8259 pair's INTR reaches the CPU through the local
APIC's LINT0 (virtual wire mode). The run loop sees only the local APIC, as the
interrupt controller (:class:`~longmode.machine.board.interrupts.InterruptController`).
There is no IMCR (ports 22h/23h), as on QEMU: the MP table says so (IMCRP clear).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field, fields
from datetime import datetime

from longmode.machine.board.interrupts import InterruptController
from longmode.machine.devices import pc_ports
from longmode.machine.devices.ata import AtaChannel, Medium
from longmode.machine.devices.base import Device, IrqLine, no_irq
from longmode.machine.devices.bochs_vga import BochsDispi
from longmode.machine.devices.cmos import MIB, Cmos
from longmode.machine.devices.ioapic import IoApic
from longmode.machine.devices.lapic import LocalApic
from longmode.machine.devices.pic8259 import DualPic
from longmode.machine.devices.pit8254 import Pit8254, SystemControlB
from longmode.machine.devices.ps2 import Ps2Controller
from longmode.machine.devices.system_ports import DebugConsole, DebugExit, Port92, PostCodes
from longmode.machine.devices.uart16550 import Uart16550
from longmode.machine.devices.vga import VgaText

#: A deterministic default for the RTC: runs do not depend on the host's clock.
DEFAULT_START = datetime(2024, 1, 1, 0, 0, 0)


def _ignore(*args: object) -> None:
    return None


@dataclass
class Wiring:
    """What the chips are connected to: the board's signals and the machine's callbacks.

    ``on_intr`` sees the PIC's INTR output; ``on_transmit`` COM1's bytes;
    ``on_a20``/``on_reset`` come from both the 8042 and port 0x92; ``on_exit``
    from isa-debug-exit; ``on_debug_output`` from port 0xE9;
    ``on_clear_framebuffer(n)`` from the Bochs DISPI chip, which asks for the
    first ``n`` bytes of video memory to be cleared.
    """

    memory_bytes: int = 128 * MIB
    start_time: datetime = DEFAULT_START
    #: The interrupt controller's output to the CPU (INTR).
    on_intr: IrqLine = no_irq
    on_transmit: Callable[[int], None] = _ignore
    on_a20: Callable[[bool], None] = _ignore
    on_reset: Callable[[], None] = _ignore
    on_exit: Callable[[int], None] = _ignore
    on_debug_output: Callable[[int], None] = _ignore
    on_clear_framebuffer: Callable[[int], None] = _ignore
    #: Filled in as the table is built: the chips made so far, by slot name.
    built: dict[str, Device] = field(default_factory=dict)

    def irq(self, line: int) -> IrqLine:
        """ISA IRQ ``line`` (0-15): the 8259 input and, once the table has built one,
        the I/O APIC pin it drives (both see every level, as on a PC)."""
        pic = self.built["pic"]
        assert isinstance(pic, DualPic)
        to_pic = pic.irq_line(line)
        ioapic = self.built.get("ioapic")
        if ioapic is None:
            return to_pic
        assert isinstance(ioapic, IoApic)
        to_ioapic = ioapic.irq_line(pc_ports.ioapic_pin(line))

        def set_level(level: bool) -> None:
            to_pic(level)
            to_ioapic(level)

        return set_level


@dataclass(frozen=True)
class Slot:
    """One chip of the table: its name on the board and how to build it."""

    name: str
    build: Callable[[Wiring], Device]


def _lapic(wiring: Wiring) -> Device:
    pic = wiring.built["pic"]
    assert isinstance(pic, DualPic)
    return LocalApic(pic)


def _ioapic(wiring: Wiring) -> Device:
    """The I/O APIC, sending to the local APIC, which tells it of EOIs."""
    lapic = wiring.built["lapic"]
    assert isinstance(lapic, LocalApic)
    ioapic = IoApic(lapic)
    lapic.on_eoi = ioapic.end_of_interrupt
    return ioapic


def _pit(wiring: Wiring) -> Device:
    return Pit8254(wiring.irq(pc_ports.IRQ_PIT))


def _port61(wiring: Wiring) -> Device:
    pit = wiring.built["pit"]
    assert isinstance(pit, Pit8254)
    return SystemControlB(pit)


def _ata(
    ports: tuple[tuple[int, int], tuple[int, int]], irq: int, name: str, first_serial: int
) -> Callable[[Wiring], Device]:
    """An IDE channel: command and control blocks, its IRQ, drives numbered from
    ``first_serial`` (QEMU's serial numbers QM00001-QM00004)."""
    return lambda w: AtaChannel(*ports, w.irq(irq), name=name, first_serial=first_serial)


#: The PC: the interrupt controllers first (the others take their IRQ lines from
#: them: the 8259 pair, the local APIC, the I/O APIC), then PIT -> IRQ0, keyboard
#: and mouse -> IRQ1 and IRQ12, COM1 -> IRQ4, RTC -> IRQ8, the IDE channels ->
#: IRQ14 and IRQ15 (drives numbered 1-4 for their serial numbers, as QEMU creates
#: them), and the rest.
STANDARD_PC: tuple[Slot, ...] = (
    Slot("pic", lambda w: DualPic(w.on_intr)),
    Slot("lapic", _lapic),
    Slot("ioapic", _ioapic),
    Slot("pit", _pit),
    Slot("port61", _port61),
    Slot(
        "ps2",
        lambda w: Ps2Controller(
            w.irq(pc_ports.IRQ_KEYBOARD), w.on_a20, w.on_reset, irq12=w.irq(pc_ports.IRQ_MOUSE)
        ),
    ),
    Slot("cmos", lambda w: Cmos(w.start_time, w.memory_bytes, w.irq(pc_ports.IRQ_RTC))),
    Slot("com1", lambda w: Uart16550(w.on_transmit, w.irq(pc_ports.IRQ_COM1))),
    Slot("vga", lambda w: VgaText()),
    Slot("dispi", lambda w: BochsDispi(w.on_clear_framebuffer)),
    Slot(
        "ata_primary",
        _ata(
            (pc_ports.ATA_PRIMARY, pc_ports.ATA_PRIMARY_CONTROL),
            pc_ports.IRQ_ATA_PRIMARY,
            "ata-primary",
            1,
        ),
    ),
    Slot(
        "ata_secondary",
        _ata(
            (pc_ports.ATA_SECONDARY, pc_ports.ATA_SECONDARY_CONTROL),
            pc_ports.IRQ_ATA_SECONDARY,
            "ata-secondary",
            3,
        ),
    ),
    Slot("port92", lambda w: Port92(w.on_a20, w.on_reset)),
    Slot("post", lambda w: PostCodes()),
    Slot("debug_exit", lambda w: DebugExit(w.on_exit)),
    Slot("debug_console", lambda w: DebugConsole(w.on_debug_output)),
)


@dataclass
class Chipset:
    """The PC's chips by name, as :data:`STANDARD_PC` builds them.

    ``devices`` lists them in table order, the order the buses attach them.
    """

    pic: DualPic
    lapic: LocalApic
    ioapic: IoApic
    pit: Pit8254
    port61: SystemControlB
    ps2: Ps2Controller
    cmos: Cmos
    com1: Uart16550
    vga: VgaText
    dispi: BochsDispi
    ata_primary: AtaChannel
    ata_secondary: AtaChannel
    port92: Port92
    post: PostCodes
    debug_exit: DebugExit
    debug_console: DebugConsole
    devices: list[Device] = field(default_factory=list)

    def __post_init__(self) -> None:
        if not self.devices:
            self.devices = [getattr(self, f.name) for f in fields(self) if f.name != "devices"]

    def attach_disk(self, index: int, disk: Medium | None) -> None:
        """A hard disk at IDE position ``index`` as QEMU's ``-drive index=N``: 0 primary
        master, 1 primary slave, 2 secondary master, 3 secondary slave (None: none)."""
        if not 0 <= index <= 3:
            raise ValueError(f"an IDE disk index must be 0-3, not {index}")
        channel = self.ata_primary if index < 2 else self.ata_secondary
        channel.attach(index % 2, disk)

    @property
    def interrupt_controller(self) -> InterruptController:
        """What the CPU asks for pending interrupts: the local APIC (which passes the
        8259 pair's on through LINT0)."""
        return self.lapic


def build_chipset(wiring: Wiring, table: tuple[Slot, ...] = STANDARD_PC) -> Chipset:
    """Builds every chip of ``table`` in order, wired by ``wiring``."""
    for slot in table:
        wiring.built[slot.name] = slot.build(wiring)
    return Chipset(**wiring.built, devices=list(wiring.built.values()))  # type: ignore[arg-type]
