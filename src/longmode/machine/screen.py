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

    def png(self, path: str | Path, font: ConsoleFont | None = None) -> None:
        """Writes the screen as a PNG with the console font (8×16 pixels per cell)."""
        render_png(self.cells(), path, font or ConsoleFont.find(), self.cursor)


class Screen:
    """The 80×25 text screen as the VGA would show it now."""

    def __init__(self, machine: Machine) -> None:
        self._machine = machine

    def snapshot(self) -> TextSnapshot:
        """The screen now, as bytes that later changes do not touch."""
        memory = bytes(self._machine.uc.mem_read(VGA_TEXT_BUFFER, TEXT_MEMORY))
        return TextSnapshot(memory, self._machine.chips.vga.start_address, self.cursor)

    def cells(self) -> list[list[TextCell]]:
        return self.snapshot().cells()

    def lines(self) -> list[str]:
        """The 25 rows as text (code page 437 glyphs), trailing blanks removed."""
        return self.snapshot().lines()

    def text(self) -> str:
        """The rows joined by newlines, trailing blank rows removed."""
        return self.snapshot().text()

    def ansi(self) -> str:
        """The screen with ANSI colour escapes, for a terminal."""
        return self.snapshot().ansi()

    @property
    def cursor(self) -> tuple[int, int] | None:
        vga = self._machine.chips.vga
        return vga.cursor if vga.cursor_visible else None

    def png(self, path: str | Path, font: ConsoleFont | None = None) -> None:
        """Writes the screen as a PNG with the console font (8×16 pixels per cell)."""
        self.snapshot().png(path, font)
