"""The PC's fixed addresses and ports, as the machine side sees them.

The kernel side has the same table in ``kernel/src/hw.rs``; a test reads both
and checks that they agree. Sources: the IBM VGA reference (text buffer at
0xB8000 in mode 3), the PC/AT I/O map (COM1 at 0x3F8), QEMU's isa-debug-exit
device (``iobase=0xf4``; QEMU exits with ``(value << 1) | 1``).
"""

from __future__ import annotations

from enum import IntEnum

#: Physical address of the VGA text buffer (mode 3, 80×25 cells of 2 bytes).
VGA_TEXT_BUFFER = 0xB8000
#: Columns of the VGA text screen.
VGA_COLUMNS = 80
#: Rows of the VGA text screen.
VGA_ROWS = 25
#: I/O base of the first serial port (a 16550 UART).
COM1 = 0x3F8
#: The size of a 1.44 MB diskette image (80 cylinders, 2 heads, 18 sectors of 512 bytes).
FLOPPY_1440K = 1_474_560
#: QEMU's isa-debug-exit device (``-device isa-debug-exit,iobase=0xf4,iosize=0x04``).
DEBUG_EXIT_PORT = 0xF4


class ExitCode(IntEnum):
    """Values a kernel writes to :data:`DEBUG_EXIT_PORT`."""

    SUCCESS = 0x10
    FAILED = 0x11


def debug_exit_status(value: int) -> int:
    """The process exit status QEMU gives for ``value`` written to the exit port."""
    return ((value << 1) | 1) & 0xFF
