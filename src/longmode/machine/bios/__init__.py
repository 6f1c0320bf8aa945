"""Our simple BIOS: a ROM with an ``iret`` stub per vector, Python services behind them,
and a POST that leaves the machine as a PC BIOS leaves it at 0000:7C00.

Boot a disk image::

    board = Machine(MachineConfig(memory=32 << 20))
    install_bios(machine, [Disk.from_file("disk.img")])
    result = machine.run()

One module per vector (``int10`` … ``int1a``, ``misc`` for 11h/12h/18h/19h,
``irq`` for the hardware interrupts), the formats in ``bda``, ``disk``,
``e820``, ``acpi`` and ``mptable``, the set-up in ``post``.
"""

from longmode.machine.bios.disk import Disk, Geometry
from longmode.machine.bios.post import Bios, install_bios

__all__ = ["Bios", "Disk", "Geometry", "install_bios"]
