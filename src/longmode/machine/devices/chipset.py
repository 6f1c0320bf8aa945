"""The standard set of PC chips, wired to the ports and IRQs of :mod:`pc_ports`."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime

from longmode.machine.devices import pc_ports
from longmode.machine.devices.base import Device, IrqLine, no_irq
from longmode.machine.devices.bochs_vga import BochsDispi
from longmode.machine.devices.cmos import MIB, Cmos
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
class Chipset:
    """The PC's chips, each wired to its standard ports and IRQ line.

    ``devices`` lists them in attachment order for :class:`IoBus`.
    """

    pic: DualPic
    pit: Pit8254
    port61: SystemControlB
    ps2: Ps2Controller
    cmos: Cmos
    com1: Uart16550
    vga: VgaText
    dispi: BochsDispi
    port92: Port92
    post: PostCodes
    debug_exit: DebugExit
    debug_console: DebugConsole
    devices: list[Device] = field(default_factory=list)

    def __post_init__(self) -> None:
        if not self.devices:
            self.devices = [
                self.pic,
                self.pit,
                self.port61,
                self.ps2,
                self.cmos,
                self.com1,
                self.vga,
                self.dispi,
                self.port92,
                self.post,
                self.debug_exit,
                self.debug_console,
            ]


def standard_devices(
    *,
    memory_bytes: int = 128 * MIB,
    start_time: datetime = DEFAULT_START,
    on_intr: IrqLine = no_irq,
    on_transmit: Callable[[int], None] = _ignore,
    on_a20: Callable[[bool], None] = _ignore,
    on_reset: Callable[[], None] = _ignore,
    on_exit: Callable[[int], None] = _ignore,
    on_debug_output: Callable[[int], None] = _ignore,
    on_clear_framebuffer: Callable[[int], None] = _ignore,
) -> Chipset:
    """Builds the standard chips: PIT -> IRQ0, keyboard -> IRQ1, COM1 -> IRQ4, RTC -> IRQ8.

    ``on_intr`` sees the PIC's INTR output; ``on_transmit`` COM1's bytes;
    ``on_a20``/``on_reset`` come from both the 8042 and port 0x92;
    ``on_exit`` from isa-debug-exit; ``on_debug_output`` from port 0xE9;
    ``on_clear_framebuffer(n)`` from the Bochs DISPI chip, which asks for the
    first ``n`` bytes of video memory to be cleared.
    """
    pic = DualPic(on_intr)
    pit = Pit8254(pic.irq_line(pc_ports.IRQ_PIT))
    return Chipset(
        pic=pic,
        pit=pit,
        port61=SystemControlB(pit),
        ps2=Ps2Controller(pic.irq_line(pc_ports.IRQ_KEYBOARD), on_a20, on_reset),
        cmos=Cmos(start_time, memory_bytes, pic.irq_line(pc_ports.IRQ_RTC)),
        com1=Uart16550(on_transmit, pic.irq_line(pc_ports.IRQ_COM1)),
        vga=VgaText(),
        dispi=BochsDispi(on_clear_framebuffer),
        port92=Port92(on_a20, on_reset),
        post=PostCodes(),
        debug_exit=DebugExit(on_exit),
        debug_console=DebugConsole(on_debug_output),
    )
