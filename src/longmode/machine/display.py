"""Drawing the screen: the VGA text screen as ANSI colours for a terminal or as a
PNG with a CP437 font, and the Bochs DISPI framebuffer as an RGB image.

Devices do no host I/O; this front end reads a screen's cells (see
:func:`longmode.machine.devices.vga.text_cells`) and draws them.

The PNG renderer needs an 8×16 console font with a Unicode table (PSF 1 or
2): the Linux console's VGA fonts (Debian's console-setup, ``Uni2-VGA16``)
carry the IBM PC glyphs. CP437 codes are mapped to Unicode with Python's
cp437 codec and looked up there; the few block elements a font lacks are
drawn from their definition.
"""

from __future__ import annotations

import gzip
import io
import struct
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from longmode.errors import LongmodeError
from longmode.files import Output, write_atomically
from longmode.machine.devices.vga import TextCell

if TYPE_CHECKING:
    from PIL import Image

#: The 16 text-mode colours (VGA DAC defaults), RGB.
VGA_PALETTE = (
    (0x00, 0x00, 0x00), (0x00, 0x00, 0xAA), (0x00, 0xAA, 0x00), (0x00, 0xAA, 0xAA),
    (0xAA, 0x00, 0x00), (0xAA, 0x00, 0xAA), (0xAA, 0x55, 0x00), (0xAA, 0xAA, 0xAA),
    (0x55, 0x55, 0x55), (0x55, 0x55, 0xFF), (0x55, 0xFF, 0x55), (0x55, 0xFF, 0xFF),
    (0xFF, 0x55, 0x55), (0xFF, 0x55, 0xFF), (0xFF, 0xFF, 0x55), (0xFF, 0xFF, 0xFF),
)  # fmt: skip
#: VGA colour index → ANSI colour index (VGA is BGR-ordered, ANSI RGB-ordered).
VGA_TO_ANSI = (0, 4, 2, 6, 1, 5, 3, 7)
#: Where console fonts live on Linux distributions, best first.
FONT_CANDIDATES = (
    "/usr/share/consolefonts/Uni2-VGA16.psf.gz",
    "/usr/share/consolefonts/Uni1-VGA16.psf.gz",
    "/usr/share/kbd/consolefonts/default8x16.psfu.gz",
    "/usr/share/consolefonts/default8x16.psfu.gz",
)
#: What each CP437 code shows on screen: Python's cp437 codec, except that the
#: control codes 0x01-0x1F and 0x7F are the IBM PC's graphic characters.
CP437 = (
    " ☺☻♥♦♣♠•◘○◙♂♀♪♫☼►◄↕‼¶§▬↨↑↓→←∟↔▲▼"
    + bytes(range(0x20, 0x7F)).decode("cp437")
    + "⌂"
    + bytes(range(0x80, 0x100)).decode("cp437")
)


def ansi_colour_codes(attribute: int) -> str:
    """The SGR parameters for a VGA attribute (blink bit shown as a bright background)."""
    foreground, background = attribute & 0x0F, (attribute >> 4) & 0x0F
    fg = (90 if foreground & 8 else 30) + VGA_TO_ANSI[foreground & 7]
    bg = (100 if background & 8 else 40) + VGA_TO_ANSI[background & 7]
    return f"{fg};{bg}"


def render_ansi(cells: Sequence[Sequence[TextCell]]) -> str:
    """The screen as text with ANSI colour escapes, one line per row, trailing blanks trimmed."""
    lines = []
    for row in cells:
        end = len(row)
        while end and row[end - 1].char in (0, 0x20) and not row[end - 1].attribute & 0x70:
            end -= 1
        parts, current = [], None
        for cell in row[:end]:
            if cell.attribute != current:
                current = cell.attribute
                parts.append(f"\x1b[{ansi_colour_codes(current)}m")
            parts.append(CP437[cell.char] if cell.char else " ")
        lines.append("".join(parts) + ("\x1b[0m" if parts else ""))
    while lines and not lines[-1]:
        lines.pop()
    return "\n".join(lines)


@dataclass(frozen=True)
class ConsoleFont:
    """An 8-pixel-wide bitmap font: one bytes object of ``height`` rows per CP437 code."""

    height: int
    glyphs: tuple[bytes, ...]

    @classmethod
    def find(cls, path: str | Path | None = None) -> ConsoleFont:
        """Loads ``path``, or the first console font found on this system."""
        candidates = [Path(path)] if path else [Path(p) for p in FONT_CANDIDATES]
        for candidate in candidates:
            if candidate.is_file():
                return cls.load(candidate)
        raise LongmodeError(
            "no 8x16 console font with the IBM PC glyphs was found for the screenshot "
            f"(looked for {', '.join(str(c) for c in candidates)}); on Debian install it with "
            "`apt-get install console-setup-linux`, or pass a PSF font file"
        )

    @classmethod
    def load(cls, path: Path) -> ConsoleFont:
        """Reads a PSF 1 or PSF 2 font (gzip or plain) and orders its glyphs by CP437 code."""
        data = path.read_bytes()
        if data[:2] == b"\x1f\x8b":
            data = gzip.decompress(data)
        try:
            width, height, glyphs, unicode_map = _parse_psf(data)
        except (struct.error, ValueError, IndexError) as error:
            raise LongmodeError(f"{path}: not a PSF console font ({error})") from None
        if width != 8:
            raise LongmodeError(f"{path}: glyphs are {width} pixels wide, not 8")
        ordered = []
        for code, char in enumerate(CP437):
            index = unicode_map.get(ord(char), code if not unicode_map else None)
            if code == 0 or char == " ":
                ordered.append(bytes(height))
            elif index is not None and index < len(glyphs):
                ordered.append(glyphs[index])
            else:
                ordered.append(_block_element(char, height))
        return cls(height, tuple(ordered))


def _parse_psf(data: bytes) -> tuple[int, int, list[bytes], dict[int, int]]:
    """(width, height, glyphs, Unicode code point → glyph index) of a PSF font."""
    unicode_map: dict[int, int] = {}
    if data[:4] == b"\x72\xb5\x4a\x86":  # PSF 2
        _, _, header_size, flags, count, size, height, width = struct.unpack_from("<8I", data)
        glyphs = [data[header_size + i * size : header_size + (i + 1) * size] for i in range(count)]
        if width != 8:
            return width, height, glyphs, unicode_map
        table = data[header_size + count * size :]
        entries = table.split(b"\xff")[:count] if flags & 1 else []
        for glyph, entry in enumerate(entries):
            for char in entry.split(b"\xfe")[0].decode("utf-8", "replace"):
                unicode_map.setdefault(ord(char), glyph)
        return 8, height, glyphs, unicode_map
    if data[:2] == b"\x36\x04":  # PSF 1
        mode, height = data[2], data[3]
        count = 512 if mode & 1 else 256
        glyphs = [data[4 + i * height : 4 + (i + 1) * height] for i in range(count)]
        if mode & 2:
            table, glyph = data[4 + count * height :], 0
            for (value,) in struct.iter_unpack("<H", table[: len(table) // 2 * 2]):
                if value == 0xFFFF:
                    glyph += 1
                elif value != 0xFFFE:
                    unicode_map.setdefault(value, glyph)
        return 8, height, glyphs, unicode_map
    raise ValueError("no PSF magic number")


def _block_element(char: str, height: int) -> bytes:
    """Block and shade characters drawn from their definition (for fonts that lack them)."""
    half = height // 2
    rows = {
        "█": [0xFF] * height,
        "▀": [0xFF] * half + [0] * (height - half),
        "▄": [0] * half + [0xFF] * (height - half),
        "▌": [0xF0] * height,
        "▐": [0x0F] * height,
        "░": [0x22, 0x88] * (height // 2),
        "▒": [0x55, 0xAA] * (height // 2),
        "▓": [0xDD, 0x77] * (height // 2),
    }.get(char, [0x00] + [0x7E] + [0x42] * (height - 4) + [0x7E, 0x00])  # a box: unknown glyph
    return bytes(rows)


def render_png(
    cells: Sequence[Sequence[TextCell]],
    path: str | Path | Output,
    font: ConsoleFont,
    cursor: tuple[int, int] | None = None,
) -> None:
    """Writes the screen as a PNG (8×height pixels per cell), atomically."""
    from PIL import Image

    rows, columns = len(cells), len(cells[0]) if cells else 0
    height = font.height
    image = Image.new("P", (columns * 8, rows * height))
    image.putpalette([channel for colour in VGA_PALETTE for channel in colour])
    pixels = bytearray(columns * 8 * rows * height)
    stride = columns * 8
    for y, row in enumerate(cells):
        for x, cell in enumerate(row):
            glyph = font.glyphs[cell.char]
            fg, bg = cell.attribute & 0x0F, (cell.attribute >> 4) & 0x07
            for line in range(height):
                bits = glyph[line] if line < len(glyph) else 0
                if cursor == (y, x) and line >= height - 2:
                    bits = 0xFF
                base = (y * height + line) * stride + x * 8
                for bit in range(8):
                    pixels[base + bit] = fg if bits & (0x80 >> bit) else bg
    image.frombytes(bytes(pixels))
    encoded = io.BytesIO()
    image.save(encoded, format="PNG")
    write_atomically(path, encoded.getvalue())


def c6_to_8(value: int) -> int:
    """A 6-bit DAC component as 8 bits, as QEMU's VGA widens it."""
    value &= 0x3F
    low = value & 1
    return value << 2 | low << 1 | low


def _widen(channel: Image.Image, bits: int) -> Image.Image:
    """A channel of ``bits``-bit values as 8-bit ones, the top bits repeated below."""
    return channel.point(lambda v: (v << (8 - bits) | v >> (2 * bits - 8)) & 0xFF)


def framebuffer_image(
    data: bytes,
    width: int,
    height: int,
    depth: int,
    pitch: int,
    dac: bytes = b"",
    dac_8bit: bool = False,
) -> Image.Image:
    """The framebuffer ``data`` (``height`` lines of ``pitch`` bytes) as an RGB image.

    Pixels come out as QEMU's display shows them (its ``screendump``): 32 and
    24 bpp are B, G, R bytes; 16 bpp is 5:6:5 and 15 bpp 5:5:5, each component
    widened to 8 bits with its top bits repeated below (QEMU shares the
    framebuffer as a 16-bit pixman surface, and pixman widens that way; a
    test checks it against QEMU); 8 bpp looks the DAC (``dac``: 256 R, G, B
    entries, 6 bits each unless ``dac_8bit``) up, widened as QEMU's
    ``c6_to_8``.
    Depths other than these give a black image.
    """
    from PIL import Image, ImageChops

    size = (width, height)
    data = data.ljust(pitch * height, b"\x00")
    if depth == 32:
        return Image.frombytes("RGB", size, data, "raw", "BGRX", pitch)
    if depth == 24:
        return Image.frombytes("RGB", size, data, "raw", "BGR", pitch)
    if depth in (15, 16):
        low, high = Image.frombytes("LA", size, data, "raw", "LA", pitch).split()
        green_bits = depth - 10  # 6 of 5:6:5, 5 of 5:5:5
        high_green = (1 << (green_bits - 3)) - 1
        red = high.point(lambda v: v >> (green_bits - 3) & 0x1F)
        green = ImageChops.add(
            high.point(lambda v: (v & high_green) << 3), low.point(lambda v: v >> 5)
        )
        blue = low.point(lambda v: v & 0x1F)
        return Image.merge("RGB", (_widen(red, 5), _widen(green, green_bits), _widen(blue, 5)))
    if depth == 8:
        image = Image.frombytes("P", size, data, "raw", "P", pitch)
        entries = dac.ljust(768, b"\x00")[:768]
        image.putpalette(list(entries) if dac_8bit else [c6_to_8(v) for v in entries])
        return image.convert("RGB")
    return Image.new("RGB", size)


def image_png(image: Image.Image, path: str | Path | Output) -> None:
    """Writes ``image`` as a PNG, atomically."""
    encoded = io.BytesIO()
    image.save(encoded, format="PNG")
    write_atomically(path, encoded.getvalue())
