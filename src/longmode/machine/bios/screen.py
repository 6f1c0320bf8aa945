"""The text-mode screen as the video services see it: video memory, BDA cursor, CRTC.

Mode 3 is 80x25 colour text at 0xB8000, 8 pages of 4 KiB. The mode, cursor
positions and shape, active page and page size live in the BIOS Data Area as
on a real PC; the cursor, its shape and the page start are also written to
the VGA's CRTC registers (through the I/O bus), so the VGA model shows them.
Register values of mode 3 are those of SeaBIOS's VGA BIOS (``vgatables.c``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Final

from longmode.machine.bios.bda import BiosDataArea, Field
from longmode.machine.devices import vga

if TYPE_CHECKING:
    from longmode.machine.board import Board

TEXT_MEMORY: Final = 0xB8000
PAGE_BYTES: Final = 0x1000
PAGES: Final = 8
COLUMNS, ROWS = vga.COLUMNS, vga.ROWS
BLANK_ATTRIBUTE: Final = 0x07
#: Cursor scan lines 6-7 of a 16-line cell, as SeaBIOS sets for mode 3.
DEFAULT_CURSOR_SHAPE: Final = 0x0607
TEXT_MODES: Final = (2, 3)
BEL, BS, LF, CR = 0x07, 0x08, 0x0A, 0x0D


class TextScreen:
    """The text-mode screen: video memory, the BDA cursor fields and the CRTC."""

    def __init__(self, board: Board) -> None:
        self.board = board
        self.bda = BiosDataArea(
            lambda address, size: bytes(board.memory.read(address, size)),
            board.memory.write,
        )

    # -- registers ----------------------------------------------------------

    def _crtc(self, index: int, value: int) -> None:
        self.board.ports.write(vga.CRTC_INDEX, 1, index)
        self.board.ports.write(vga.CRTC_DATA, 1, value & 0xFF)

    @property
    def active_page(self) -> int:
        """BDA 0x462."""
        return self.bda.get(Field.VIDEO_PAGE) % PAGES

    def cursor(self, page: int) -> tuple[int, int]:
        """(row, column) of ``page``'s cursor."""
        word = self.bda.get(Field.CURSOR_POSITIONS, page % PAGES)
        return word >> 8, word & 0xFF

    def set_cursor(self, page: int, row: int, column: int) -> None:
        """Moves ``page``'s cursor; the CRTC follows if the page is shown."""
        page %= PAGES
        self.bda.set(Field.CURSOR_POSITIONS, (row & 0xFF) << 8 | (column & 0xFF), page)
        if page == self.active_page:
            location = page * PAGE_BYTES // 2 + row * COLUMNS + column
            self._crtc(vga.CRTC_CURSOR_HIGH, location >> 8)
            self._crtc(vga.CRTC_CURSOR_LOW, location)

    def set_cursor_shape(self, shape: int) -> None:
        """CH = start scan line (bit 5: hidden), CL = end scan line."""
        self.bda.set(Field.CURSOR_SHAPE, shape)
        self._crtc(vga.CRTC_CURSOR_START, shape >> 8)
        self._crtc(vga.CRTC_CURSOR_END, shape)

    def select_page(self, page: int) -> None:
        """Shows ``page``: BDA, CRTC start address and cursor."""
        page %= PAGES
        self.bda.set(Field.VIDEO_PAGE, page)
        self.bda.set(Field.VIDEO_PAGE_START, page * PAGE_BYTES)
        start = page * PAGE_BYTES // 2
        self._crtc(vga.CRTC_START_HIGH, start >> 8)
        self._crtc(vga.CRTC_START_LOW, start)
        self.set_cursor(page, *self.cursor(page))

    # -- video memory --------------------------------------------------------

    @staticmethod
    def address(page: int, row: int, column: int) -> int:
        """Linear address of a cell."""
        return TEXT_MEMORY + (page % PAGES) * PAGE_BYTES + 2 * (row * COLUMNS + column)

    def read_cell(self, page: int, row: int, column: int) -> tuple[int, int]:
        """(character, attribute) of a cell."""
        data = self.board.memory.read(self.address(page, row, column), 2)
        return data[0], data[1]

    def write_cell(
        self, page: int, row: int, column: int, char: int, attribute: int | None
    ) -> None:
        """Writes a character, and its attribute unless ``attribute`` is None."""
        if not (0 <= row < ROWS and 0 <= column < COLUMNS):
            return
        address = self.address(page, row, column)
        if attribute is None:
            self.board.memory.write(address, bytes([char & 0xFF]))
        else:
            self.board.memory.write(address, bytes([char & 0xFF, attribute & 0xFF]))

    def scroll(
        self, page: int, lines: int, attribute: int, window: tuple[int, int, int, int]
    ) -> None:
        """Scrolls the window (top, left, bottom, right) up (``lines`` > 0) or down.

        ``lines`` = 0, or as many as the window is high, blanks it.
        """
        top, left = window[0], window[1]
        bottom, right = min(window[2], ROWS - 1), min(window[3], COLUMNS - 1)
        if top > bottom or left > right:
            return
        height, width = bottom - top + 1, right - left + 1
        count = abs(lines)
        if count == 0 or count >= height:
            count = height
        rows = [
            bytes(self.board.memory.read(self.address(page, row, left), 2 * width))
            for row in range(top, bottom + 1)
        ]
        blank = bytes([0x20, attribute & 0xFF]) * width
        if lines >= 0:
            rows = rows[count:] + [blank] * count
        else:
            rows = [blank] * count + rows[: height - count]
        for offset, data in enumerate(rows):
            self.board.memory.write(self.address(page, top + offset, left), data)

    def clear(self) -> None:
        """Blanks all 8 pages (space, attribute 07h)."""
        self.board.memory.write(
            TEXT_MEMORY, bytes([0x20, BLANK_ATTRIBUTE]) * (PAGES * PAGE_BYTES // 2)
        )

    def teletype(self, char: int, page: int | None = None, attribute: int | None = None) -> None:
        """Writes ``char`` at the cursor and advances it: BEL, BS, LF and CR act, the
        screen scrolls at the bottom; the cell keeps its attribute unless one is given."""
        page = self.active_page if page is None else page % PAGES
        row, column = self.cursor(page)
        if char == BEL:
            return
        if char == BS:
            column = max(column - 1, 0)
        elif char == CR:
            column = 0
        elif char == LF:
            row += 1
        else:
            self.write_cell(page, row, column, char, attribute)
            column += 1
        if column >= COLUMNS:
            column, row = 0, row + 1
        if row >= ROWS:
            self.scroll(page, 1, BLANK_ATTRIBUTE, (0, 0, ROWS - 1, COLUMNS - 1))
            row = ROWS - 1
        self.set_cursor(page, row, column)

    def write_text(self, text: str) -> None:
        """Teletype output of ``text`` (CP437), with a CR before each LF."""
        for char in text.replace("\n", "\r\n").encode("cp437", "replace"):
            self.teletype(char)

    def set_text_mode(self, mode: int, clear: bool = True) -> None:
        """Mode 3 (or 2): the VGA's registers, the BDA's video fields, a blank screen."""
        self.board.chips.vga.reset()
        bda = self.bda
        bda.set(Field.VIDEO_MODE, mode)
        bda.set(Field.VIDEO_COLUMNS, COLUMNS)
        bda.set(Field.VIDEO_PAGE_SIZE, PAGE_BYTES)
        bda.set(Field.CRTC_PORT, vga.CRTC_INDEX)
        bda.set(Field.VIDEO_MODE_CONTROL, 0)  # the CGA registers: SeaBIOS leaves 0 on VGA
        bda.set(Field.VIDEO_PALETTE, 0)
        bda.set(Field.VIDEO_ROWS, ROWS - 1)
        bda.set(Field.VIDEO_CHAR_HEIGHT, 16)
        bda.set(Field.VIDEO_CONTROL, 0x60)
        bda.set(Field.VIDEO_SWITCHES, 0xF9)
        bda.set(Field.VIDEO_MODESET_CONTROL, 0x51)
        bda.set(Field.VIDEO_DCC_INDEX, 0x0B)
        for page in range(PAGES):
            bda.set(Field.CURSOR_POSITIONS, 0, page)
        if clear:
            self.clear()
        self.set_cursor_shape(DEFAULT_CURSOR_SHAPE)
        self.select_page(0)
