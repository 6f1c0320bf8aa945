"""IBM VGA register set, as used in 80x25 text mode 3, and the text-memory decoder.

Source: IBM Personal System/2 Hardware Interface Technical Reference, "Video
Graphics Array" (1988): CRT controller, sequencer, graphics controller,
attribute controller (with its index/data flip-flop reset by reading Input
Status 1), DAC; register defaults of mode 3 from its "BIOS video mode"
tables (as in QEMU's and SeaBIOS's VGA BIOS ``vgatables.c``). Timing: mode 3
is 449 lines of 31.778 µs (70 Hz), 400 of them displayed, vertical retrace
on lines 412-413.
"""

from __future__ import annotations

from typing import Any, ClassVar, NamedTuple

from longmode.machine.devices import pc_ports
from longmode.machine.devices.base import Device

COLUMNS, ROWS = 80, 25
TEXT_BYTES = COLUMNS * ROWS * 2
LINE_NS = 31_778
FRAME_LINES, DISPLAY_LINES, VRETRACE_LINES = 449, 400, (412, 414)
#: The visible part of each scan line (the rest is horizontal blanking).
DISPLAY_FRACTION = 0.8

#: Mode 3 register values (SeaBIOS ``vgatables.c``, mode 0x03).
MODE3_CRTC = bytes.fromhex("5f4f50825581bf1f004f0d0e000000009c8e8f281f96b9a3ff")
MODE3_SEQUENCER = bytes.fromhex("0300030002")
MODE3_GRAPHICS = bytes.fromhex("0000000000100e00ff")
MODE3_ATTRIBUTE = bytes.fromhex("000102030405140738393a3b3c3d3e3f0c000f0800")
MODE3_MISC = 0x67

CRTC_CURSOR_START, CRTC_CURSOR_END = 0x0A, 0x0B
CRTC_START_HIGH, CRTC_START_LOW = 0x0C, 0x0D
CRTC_CURSOR_HIGH, CRTC_CURSOR_LOW = 0x0E, 0x0F


# The ports, from the one table.
ATTRIBUTE_INDEX = pc_ports.VGA_ATTRIBUTE[0]  # write: index / data alternately
ATTRIBUTE_DATA = ATTRIBUTE_INDEX + 1  # read
MISC_WRITE = pc_ports.VGA_MISC_WRITE[0]  # read: input status 0
SEQUENCER_INDEX = pc_ports.VGA_SEQUENCER[0]
SEQUENCER_DATA = SEQUENCER_INDEX + 1
DAC_PEL_MASK = pc_ports.VGA_DAC[0]
DAC_READ_INDEX = DAC_PEL_MASK + 1  # read: DAC state
DAC_WRITE_INDEX = DAC_PEL_MASK + 2
DAC_DATA = DAC_PEL_MASK + 3
MISC_READ = pc_ports.VGA_MISC_READ[0]
GRAPHICS_INDEX = pc_ports.VGA_GRAPHICS[0]
GRAPHICS_DATA = GRAPHICS_INDEX + 1
CRTC_INDEX = pc_ports.VGA_CRTC[0]
CRTC_DATA = CRTC_INDEX + 1
INPUT_STATUS_1 = pc_ports.VGA_INPUT_STATUS_1[0]


class TextCell(NamedTuple):
    """One character cell: code point (CP437) and attribute byte."""

    char: int
    attribute: int


def text_cells(
    memory: bytes, start_address: int = 0, columns: int = COLUMNS, rows: int = ROWS
) -> list[list[TextCell]]:
    """Text memory (from 0xB8000) as ``rows`` rows of ``columns`` cells.

    ``start_address`` is the CRTC start address, in cells. Cells past the end
    of ``memory`` read as blanks (0x20, attribute 0x07).
    """
    result = []
    for row in range(rows):
        cells = []
        for column in range(columns):
            offset = 2 * (start_address + row * columns + column)
            if offset + 1 < len(memory):
                cells.append(TextCell(memory[offset], memory[offset + 1]))
            else:
                cells.append(TextCell(0x20, 0x07))
        result.append(cells)
    return result


def text_lines(memory: bytes, start_address: int = 0) -> list[str]:
    """The screen's characters as 25 strings (CP437 decoded, NUL shown as space)."""
    return [
        bytes(cell.char or 0x20 for cell in row).decode("cp437")
        for row in text_cells(memory, start_address)
    ]


class VgaText(Device):
    """The VGA's I/O ports in colour text mode (0x3C0-0x3CF, 0x3D4/0x3D5, 0x3DA).

    Emulated: CRTC index/data (all 25 registers stored; cursor shape, start
    address and cursor location interpreted), sequencer, graphics controller,
    attribute controller with the index/data flip-flop and PAS bit, misc
    output (write 0x3C2, read 0x3CC), Input Status 0/1 with display-enable and
    vertical-retrace bits following virtual time, the DAC (pel mask, read and
    write indexes, 6-bit components three to an entry, auto-increment).
    Not emulated: video memory (the machine maps 0xB8000 as RAM; use
    :func:`text_cells`), graphics modes, the monochrome 0x3Bx aliases, CRTC
    protection bit (0x11 bit 7), timings derived from the CRTC values.
    """

    name = "vga"

    def __init__(self) -> None:
        self.ports = (
            pc_ports.VGA_ATTRIBUTE,
            pc_ports.VGA_MISC_WRITE,
            pc_ports.VGA_SEQUENCER,
            pc_ports.VGA_DAC,
            pc_ports.VGA_MISC_READ,
            pc_ports.VGA_GRAPHICS,
            pc_ports.VGA_CRTC,
            pc_ports.VGA_INPUT_STATUS_1,
        )
        self.now = 0
        self.reset()

    def reset(self) -> None:
        """Mode 3 as the BIOS sets it, cursor at the top left, DAC black."""
        self.crtc = bytearray(MODE3_CRTC)
        self.crtc_index = 0
        self.sequencer = bytearray(MODE3_SEQUENCER)
        self.sequencer_index = 0
        self.graphics = bytearray(MODE3_GRAPHICS)
        self.graphics_index = 0
        self.attribute = bytearray(MODE3_ATTRIBUTE)
        self.attribute_index = 0x20
        self.attribute_flip_flop = False  # False: the next 0x3C0 write is an index
        self.misc_output = MODE3_MISC
        self.dac = bytearray(256 * 3)
        self.dac_pel_mask = 0xFF
        self.dac_read_index = 0
        self.dac_write_index = 0
        self.dac_component = 0
        self.dac_state = 0  # 0: last index written was the write index, 3: the read index

    def advance(self, now: int) -> None:
        """Remembers ``now`` for the retrace bits."""
        self.now = max(self.now, now)

    # -- derived state ---------------------------------------------------------

    @property
    def start_address(self) -> int:
        """CRTC 0x0C/0x0D: the cell shown at the top left."""
        return self.crtc[CRTC_START_HIGH] << 8 | self.crtc[CRTC_START_LOW]

    @property
    def cursor_location(self) -> int:
        """CRTC 0x0E/0x0F: the cursor's cell offset in video memory."""
        return self.crtc[CRTC_CURSOR_HIGH] << 8 | self.crtc[CRTC_CURSOR_LOW]

    @property
    def cursor(self) -> tuple[int, int]:
        """The cursor's (row, column) on screen."""
        row, column = divmod(self.cursor_location - self.start_address, COLUMNS)
        return row, column

    @property
    def cursor_visible(self) -> bool:
        """CRTC 0x0A bit 5 clear (cursor enabled) and the cursor on screen."""
        row, _ = self.cursor
        return not self.crtc[CRTC_CURSOR_START] & 0x20 and 0 <= row < ROWS

    @property
    def cursor_scanlines(self) -> tuple[int, int]:
        """The cursor's first and last scan line in the character cell."""
        return self.crtc[CRTC_CURSOR_START] & 0x1F, self.crtc[CRTC_CURSOR_END] & 0x1F

    def input_status_1(self) -> int:
        """Bit 0: display disabled (blanking); bit 3: vertical retrace."""
        line, within = divmod(self.now % (LINE_NS * FRAME_LINES), LINE_NS)
        retrace = VRETRACE_LINES[0] <= line < VRETRACE_LINES[1]
        blank = line >= DISPLAY_LINES or within >= LINE_NS * DISPLAY_FRACTION
        return (0x08 if retrace else 0) | (0x01 if blank else 0)

    # -- ports -----------------------------------------------------------------

    def read(self, port: int, size: int) -> int:
        """A register read; 0x3DA also resets the attribute flip-flop."""
        if port == ATTRIBUTE_INDEX:
            return self.attribute_index
        if port == ATTRIBUTE_DATA:
            return self.attribute[self.attribute_index & 0x1F] if self._attr_ok() else 0
        if port == MISC_WRITE:
            return 0x10  # input status 0: switch sense
        if port == SEQUENCER_INDEX:
            return self.sequencer_index
        if port == SEQUENCER_DATA:
            return self._indexed(self.sequencer, self.sequencer_index)
        if port == DAC_PEL_MASK:
            return self.dac_pel_mask
        if port == DAC_READ_INDEX:
            return self.dac_state
        if port == DAC_WRITE_INDEX:
            return self.dac_write_index
        if port == DAC_DATA:
            return self.read_dac_data()
        if port == MISC_READ:
            return self.misc_output
        if port == GRAPHICS_INDEX:
            return self.graphics_index
        if port == GRAPHICS_DATA:
            return self._indexed(self.graphics, self.graphics_index)
        if port == CRTC_INDEX:
            return self.crtc_index
        if port == CRTC_DATA:
            return self._indexed(self.crtc, self.crtc_index)
        if port == INPUT_STATUS_1:
            self.attribute_flip_flop = False
            return self.input_status_1()
        return 0xFF

    @staticmethod
    def _indexed(registers: bytearray, index: int) -> int:
        return registers[index] if index < len(registers) else 0xFF

    def _attr_ok(self) -> bool:
        return (self.attribute_index & 0x1F) < len(self.attribute)

    def write(self, port: int, size: int, value: int) -> None:
        """A register write (16-bit writes to index ports set index then data)."""
        if size == 2 and port in (SEQUENCER_INDEX, GRAPHICS_INDEX, CRTC_INDEX):
            self.write(port, 1, value & 0xFF)
            self.write(port + 1, 1, value >> 8 & 0xFF)
            return
        value &= 0xFF
        if port == ATTRIBUTE_INDEX:
            self.write_attribute(value)
        elif port == MISC_WRITE:
            self.misc_output = value
        elif port == SEQUENCER_INDEX:
            self.sequencer_index = value & 0x07
        elif port == SEQUENCER_DATA:
            self._store(self.sequencer, self.sequencer_index, value)
        elif port == DAC_PEL_MASK:
            self.dac_pel_mask = value
        elif port == DAC_READ_INDEX:
            self.dac_read_index, self.dac_component, self.dac_state = value, 0, 3
        elif port == DAC_WRITE_INDEX:
            self.dac_write_index, self.dac_component, self.dac_state = value, 0, 0
        elif port == DAC_DATA:
            self.write_dac_data(value)
        elif port == GRAPHICS_INDEX:
            self.graphics_index = value & 0x0F
        elif port == GRAPHICS_DATA:
            self._store(self.graphics, self.graphics_index, value)
        elif port == CRTC_INDEX:
            self.crtc_index = value & 0x1F
        elif port == CRTC_DATA:
            self._store(self.crtc, self.crtc_index, value)

    @staticmethod
    def _store(registers: bytearray, index: int, value: int) -> None:
        if index < len(registers):
            registers[index] = value

    def write_attribute(self, value: int) -> None:
        """0x3C0: alternately the index (with PAS, bit 5) and the indexed register."""
        if not self.attribute_flip_flop:
            self.attribute_index = value & 0x3F
        elif self._attr_ok():
            self.attribute[self.attribute_index & 0x1F] = value
        self.attribute_flip_flop = not self.attribute_flip_flop

    def read_dac_data(self) -> int:
        """0x3C9: the next 6-bit component at the read index."""
        value = self.dac[self.dac_read_index * 3 + self.dac_component]
        self.dac_component += 1
        if self.dac_component == 3:
            self.dac_component = 0
            self.dac_read_index = (self.dac_read_index + 1) & 0xFF
        return value

    def write_dac_data(self, value: int) -> None:
        """0x3C9: the next 6-bit component at the write index."""
        self.dac[self.dac_write_index * 3 + self.dac_component] = value & 0x3F
        self.dac_component += 1
        if self.dac_component == 3:
            self.dac_component = 0
            self.dac_write_index = (self.dac_write_index + 1) & 0xFF

    _NAMES: ClassVar[dict[int, str]] = {
        ATTRIBUTE_INDEX: "attribute",
        ATTRIBUTE_DATA: "attribute data",
        MISC_WRITE: "misc output",
        SEQUENCER_INDEX: "sequencer index",
        DAC_PEL_MASK: "DAC pel mask",
        DAC_READ_INDEX: "DAC read index",
        DAC_WRITE_INDEX: "DAC write index",
        DAC_DATA: "DAC data",
        MISC_READ: "misc output",
        GRAPHICS_INDEX: "graphics index",
        CRTC_INDEX: "CRTC index",
        INPUT_STATUS_1: "input status 1",
    }

    def register_name(self, port: int, direction: str) -> str:
        """``CRTC[0x0e]``, ``sequencer[0x02]``, ``input status 1``…"""
        indexed = {SEQUENCER_DATA: ("sequencer", self.sequencer_index)}
        indexed[GRAPHICS_DATA] = ("graphics", self.graphics_index)
        indexed[CRTC_DATA] = ("CRTC", self.crtc_index)
        if port in indexed:
            group, index = indexed[port]
            return f"{group}[{index:#04x}]"
        return self._NAMES.get(port, f"{port:#x}")

    _STATE = (
        "crtc_index",
        "sequencer_index",
        "graphics_index",
        "attribute_index",
        "attribute_flip_flop",
        "misc_output",
        "dac_pel_mask",
        "dac_read_index",
        "dac_write_index",
        "dac_component",
        "dac_state",
        "now",
    )

    def save_state(self) -> dict[str, Any]:
        """Every register and index."""
        state: dict[str, Any] = {key: getattr(self, key) for key in self._STATE}
        for key in ("crtc", "sequencer", "graphics", "attribute", "dac"):
            state[key] = list(getattr(self, key))
        return state

    def load_state(self, state: dict[str, Any]) -> None:
        """Restores :meth:`save_state`."""
        for key in self._STATE:
            setattr(self, key, state[key])
        for key in ("crtc", "sequencer", "graphics", "attribute", "dac"):
            setattr(self, key, bytearray(state[key]))
