"""What the guest shows: the VGA text screen, or the Bochs DISPI framebuffer when the
guest switched it on, and the serial log, as objects a test reads."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from longmode.files import Output
from longmode.machine.devices.vga import TextCell, text_cells
from longmode.machine.display import (
    CP437,
    ConsoleFont,
    framebuffer_image,
    image_png,
    render_ansi,
    render_png,
)
from longmode.machine.memory import LFB_BASE, LFB_SIZE
from longmode.platform import VGA_TEXT_BUFFER

if TYPE_CHECKING:
    from PIL import Image

    from longmode.machine.board import Board

#: Text memory that the CRTC start address can scroll through (32 KiB).
TEXT_MEMORY = 0x8000


class SerialLog(bytearray):
    """Everything the guest sent to a serial port, in order."""

    @property
    def output(self) -> bytes:
        return bytes(self)

    def text(self) -> str:
        """The output decoded as UTF-8 (undecodable bytes replaced)."""
        return self.decode("utf-8", "replace")


class TextSnapshot:
    """A text screen held as bytes: text memory from 0xB8000, the CRTC start
    address (in cells), and the cursor's (row, column) when it is shown.

    :class:`Screen` takes one from our machine, ``longmode run --qemu`` from
    QEMU's memory and VGA registers; both draw through the same code.
    """

    def __init__(
        self, memory: bytes, start_address: int = 0, cursor: tuple[int, int] | None = None
    ) -> None:
        self.memory = memory
        self.start_address = start_address
        self.cursor = cursor

    def cells(self) -> list[list[TextCell]]:
        return text_cells(self.memory, self.start_address)

    def lines(self) -> list[str]:
        """The 25 rows as text (code page 437 glyphs), trailing blanks removed."""
        return ["".join(CP437[c.char] for c in row).rstrip() for row in self.cells()]

    def text(self) -> str:
        """The rows joined by newlines, trailing blank rows removed."""
        return "\n".join(self.lines()).rstrip("\n")

    def ansi(self) -> str:
        """The screen with ANSI colour escapes, for a terminal."""
        return render_ansi(self.cells())

    def png(self, path: str | Path | Output, font: ConsoleFont | None = None) -> None:
        """Writes the screen as a PNG with the console font (8×16 pixels per cell)."""
        render_png(self.cells(), path, font or ConsoleFont.find(), self.cursor)

    def for_display(self, colour: bool) -> str:
        """What ``--display`` prints: the screen, with ANSI colours or as plain text."""
        return self.ansi() if colour else self.text()


def graphics_caption(width: int, height: int, depth: int) -> str:
    """What a terminal shows for a graphics screen, whose pixels it cannot draw."""
    return f"(graphics mode {width}x{height}x{depth}: see --screenshot)"


class GraphicsSnapshot:
    """A graphics screen held as an RGB image, with the depth the guest chose.

    :class:`Screen` takes one from our machine's DISPI framebuffer,
    ``longmode run --qemu`` from QEMU's ``screendump``. It has no text:
    :meth:`text` is empty and the terminal shows :attr:`caption`.
    """

    def __init__(self, image: Image.Image, depth: int) -> None:
        self.image = image
        self.depth = depth

    @property
    def caption(self) -> str:
        """``(graphics mode 800x600x32: see --screenshot)``."""
        return graphics_caption(*self.image.size, self.depth)

    def lines(self) -> list[str]:
        return []

    def text(self) -> str:
        return ""

    def ansi(self) -> str:
        """The caption: a terminal cannot show the pixels."""
        return self.caption

    def for_display(self, colour: bool) -> str:
        """What ``--display`` prints: the caption."""
        return self.caption

    def png(self, path: str | Path | Output, font: ConsoleFont | None = None) -> None:
        """Writes the framebuffer as a PNG at its own resolution."""
        image_png(self.image, path)


class Screen:
    """The screen as the VGA would show it now: 80×25 text, or the DISPI framebuffer."""

    def __init__(self, board: Board) -> None:
        self._board = board

    def snapshot(self) -> TextSnapshot | GraphicsSnapshot:
        """The screen now, as data that later changes do not touch."""
        image = self.image()
        if image is not None:
            return GraphicsSnapshot(image, self._board.chips.dispi.bpp)
        return self._text_snapshot()

    @property
    def graphics(self) -> bool:
        """True when the DISPI display is on (the framebuffer is shown, not the text)."""
        return self._board.chips.dispi.enabled

    def image(self) -> Image.Image | None:
        """The framebuffer as the display shows it (RGB), or None in text mode."""
        dispi = self._board.chips.dispi
        if not dispi.enabled:
            return None
        size = min(dispi.yres * dispi.line_offset, LFB_SIZE - dispi.start_address)
        data = bytes(self._board.memory.read(LFB_BASE + dispi.start_address, max(size, 0)))
        vga = self._board.chips.vga
        return framebuffer_image(
            data,
            dispi.xres,
            dispi.yres,
            dispi.bpp,
            dispi.line_offset,
            bytes(vga.dac),
            dispi.dac_8bit,
        )

    def cells(self) -> list[list[TextCell]]:
        return self._text_snapshot().cells()

    def lines(self) -> list[str]:
        """The 25 rows as text (code page 437 glyphs), trailing blanks removed; none
        in graphics mode."""
        return self.snapshot().lines()

    def text(self) -> str:
        """The rows joined by newlines, trailing blank rows removed ("" in graphics mode)."""
        return self.snapshot().text()

    def _text_snapshot(self) -> TextSnapshot:
        memory = bytes(self._board.memory.read(VGA_TEXT_BUFFER, TEXT_MEMORY))
        return TextSnapshot(memory, self._board.chips.vga.start_address, self.cursor)

    def ansi(self) -> str:
        """The screen with ANSI colour escapes, for a terminal (in graphics mode, the
        one-line caption of :class:`GraphicsSnapshot`)."""
        dispi = self._board.chips.dispi
        if dispi.enabled:
            return graphics_caption(dispi.xres, dispi.yres, dispi.bpp)
        return self._text_snapshot().ansi()

    @property
    def cursor(self) -> tuple[int, int] | None:
        vga = self._board.chips.vga
        return vga.cursor if vga.cursor_visible else None

    def png(self, path: str | Path | Output, font: ConsoleFont | None = None) -> None:
        """Writes the screen as a PNG: the text with the console font (8×16 pixels per
        cell), or the framebuffer at its resolution."""
        self.snapshot().png(path, font)
