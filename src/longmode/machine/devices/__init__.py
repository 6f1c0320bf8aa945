"""The PC's chips, one class each, attached to the I/O bus.

Port numbers and IRQ lines live in :mod:`pc_ports`; the board
(:mod:`longmode.machine.board.chipset`) builds the usual set from a table.
"""

from longmode.machine.devices.ata import AtaChannel, AtaDrive
from longmode.machine.devices.base import Device, IrqLine, no_irq
from longmode.machine.devices.cmos import Cmos
from longmode.machine.devices.pic8259 import DualPic, Pic8259
from longmode.machine.devices.pit8254 import Pit8254, SystemControlB
from longmode.machine.devices.ps2 import Ps2Controller
from longmode.machine.devices.system_ports import DebugConsole, DebugExit, Port92, PostCodes
from longmode.machine.devices.uart16550 import Uart16550
from longmode.machine.devices.vga import TextCell, VgaText, text_cells, text_lines

__all__ = [
    "AtaChannel",
    "AtaDrive",
    "Cmos",
    "DebugConsole",
    "DebugExit",
    "Device",
    "DualPic",
    "IrqLine",
    "Pic8259",
    "Pit8254",
    "Port92",
    "PostCodes",
    "Ps2Controller",
    "SystemControlB",
    "TextCell",
    "Uart16550",
    "VgaText",
    "no_irq",
    "text_cells",
    "text_lines",
]
