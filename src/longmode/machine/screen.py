"""What the guest shows: the VGA text screen and the serial log, as objects a test reads."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from longmode.machine.devices.vga import TextCell, text_cells
from longmode.machine.display import CP437, ConsoleFont, render_ansi, render_png
from longmode.platform import VGA_TEXT_BUFFER

if TYPE_CHECKING:
    from longmode.machine.machine import Machine

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


class Screen:
    """The 80×25 text screen as the VGA would show it now."""

    def __init__(self, machine: Machine) -> None:
        self._machine = machine

    def cells(self) -> list[list[TextCell]]:
        memory = bytes(self._machine.uc.mem_read(VGA_TEXT_BUFFER, TEXT_MEMORY))
        return text_cells(memory, self._machine.chips.vga.start_address)

    def lines(self) -> list[str]:
        """The 25 rows as text (code page 437 glyphs), trailing blanks removed."""
        return ["".join(CP437[c.char] for c in row).rstrip() for row in self.cells()]

    def text(self) -> str:
        """The rows joined by newlines, trailing blank rows removed."""
        return "\n".join(self.lines()).rstrip("\n")

    def ansi(self) -> str:
        """The screen with ANSI colour escapes, for a terminal."""
        return render_ansi(self.cells())

    @property
    def cursor(self) -> tuple[int, int] | None:
        vga = self._machine.chips.vga
        return vga.cursor if vga.cursor_visible else None

    def png(self, path: str | Path, font: ConsoleFont | None = None) -> None:
        """Writes the screen as a PNG with the console font (8×16 pixels per cell)."""
        render_png(self.cells(), path, font or ConsoleFont.find(), self.cursor)
