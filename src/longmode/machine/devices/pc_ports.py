"""The standard PC's I/O ports and IRQ numbers: the one table every chip's default uses.

Sources: IBM PC AT Technical Reference (1984), "System I/O Address Map" and
"Interrupt levels"; QEMU ``hw/i386/pc.c`` and ``hw/isa/*`` for the ports QEMU
adds (``isa-debug-exit`` at 0xF4 as blog_os configures it, the Bochs/QEMU
debug console at 0xE9, the ELCR at 0x4D0, the Bochs VBE DISPI ports of
QEMU's std VGA at 0x1CE/0x1CF). Each entry is ``(first_port,
count)``; a chip's constructor takes its ports from here unless told
otherwise, so a port number is written once in the whole machine.
"""

from __future__ import annotations

from typing import Final

#: Master 8259A: command (A0=0) and data (A0=1) ports.
PIC_MASTER: Final = (0x20, 2)
#: Slave 8259A.
PIC_SLAVE: Final = (0xA0, 2)
#: Edge/level control registers of the two PICs (PIIX/ICH, as QEMU has them).
ELCR: Final = (0x4D0, 2)
#: 8254 counters 0-2 and its control word register.
PIT: Final = (0x40, 4)
#: System control port B (speaker gate/data, refresh toggle, OUT2).
SYSTEM_CONTROL_B: Final = (0x61, 1)
#: 8042 keyboard controller: data port.
PS2_DATA: Final = (0x60, 1)
#: 8042 keyboard controller: status (read) and command (write) port.
PS2_COMMAND: Final = (0x64, 1)
#: MC146818 RTC/CMOS index (with the NMI-disable bit) and data ports.
CMOS: Final = (0x70, 2)
#: Manufacturing POST-code port.
POST_CODE: Final = (0x80, 1)
#: System control port A (fast A20, fast reset).
SYSTEM_CONTROL_A: Final = (0x92, 1)
#: Bochs/QEMU debug console (``-debugcon``, as Bochs's ``port_e9_hack``).
DEBUG_CONSOLE: Final = (0xE9, 1)
#: QEMU ``isa-debug-exit,iobase=0xf4,iosize=0x04`` as blog_os configures it.
DEBUG_EXIT: Final = (0xF4, 4)
#: COM1: a 16550 UART.
COM1: Final = (0x3F8, 8)
#: COM2.
COM2: Final = (0x2F8, 8)
#: VGA ports of the colour (0x3Dx) configuration.
VGA_ATTRIBUTE: Final = (0x3C0, 2)
VGA_MISC_WRITE: Final = (0x3C2, 1)  # reads as input status 0
VGA_SEQUENCER: Final = (0x3C4, 2)
VGA_DAC: Final = (0x3C6, 4)  # pel mask, read index/state, write index, data
VGA_MISC_READ: Final = (0x3CC, 1)
VGA_GRAPHICS: Final = (0x3CE, 2)
VGA_CRTC: Final = (0x3D4, 2)
VGA_INPUT_STATUS_1: Final = (0x3DA, 1)
#: ATA (IDE) channels: command block (Data ... Status/Command) and control block
#: (Alternate Status/Device Control), as the PC AT's fixed disk and PIIX's legacy mode.
ATA_PRIMARY: Final = (0x1F0, 8)
ATA_PRIMARY_CONTROL: Final = (0x3F6, 1)
ATA_SECONDARY: Final = (0x170, 8)
ATA_SECONDARY_CONTROL: Final = (0x376, 1)
#: Bochs/QEMU VBE "DISPI" interface: index (0x1CE) and data (0x1CF) ports, 16 bits wide.
BOCHS_DISPI: Final = (0x1CE, 2)

#: ISA interrupt request lines (0-7 on the master PIC, 8-15 on the slave).
IRQ_PIT: Final = 0
IRQ_KEYBOARD: Final = 1
IRQ_CASCADE: Final = 2
IRQ_COM2: Final = 3
IRQ_COM1: Final = 4
IRQ_RTC: Final = 8
IRQ_MOUSE: Final = 12
IRQ_ATA_PRIMARY: Final = 14
IRQ_ATA_SECONDARY: Final = 15


def ioapic_pin(irq: int) -> int:
    """The I/O APIC input an ISA IRQ line drives, as on QEMU's PC (and as the MP table
    and the MADT's interrupt source override say): the PIT's IRQ0 on pin 2, every
    other ISA IRQ n on pin n."""
    if not 0 <= irq <= 15:
        raise ValueError(f"an ISA IRQ line is 0-15, not {irq}")
    return 2 if irq == IRQ_PIT else irq
