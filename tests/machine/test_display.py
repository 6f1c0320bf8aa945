"""Drawing the text screen: ANSI escapes for terminals, PNG with the console font."""

from __future__ import annotations

from pathlib import Path

import pytest
from PIL import Image

from longmode.errors import LongmodeError
from longmode.machine.devices.vga import text_cells
from longmode.machine.display import (
    VGA_PALETTE,
    ConsoleFont,
    _block_element,
    render_ansi,
    render_png,
)

LIGHT_CYAN_ON_BLACK = 0x0B


def _screen(text: bytes, attribute: int) -> bytes:
    memory = bytearray(b"\x20\x07" * 2000)
    for i, byte in enumerate(text):
        memory[2 * i : 2 * i + 2] = bytes([byte, attribute])
    return bytes(memory)


def test_ansi_rendering_maps_vga_colours_and_trims_blank_rows() -> None:
    cells = text_cells(_screen(b"Hello World!", LIGHT_CYAN_ON_BLACK))
    # VGA 11 (light cyan) is ANSI bright cyan (96); VGA 0 black is ANSI 40.
    assert render_ansi(cells) == "\x1b[96;40mHello World!\x1b[0m"


def test_ansi_rendering_decodes_code_page_437() -> None:
    cells = text_cells(_screen(bytes([0xC9, 0xCD, 0xBB, 0x01]), 0x1F))
    assert render_ansi(cells) == "\x1b[97;44m╔═╗☺\x1b[0m"


@pytest.fixture(scope="module")
def font() -> ConsoleFont:
    try:
        return ConsoleFont.find()
    except LongmodeError as missing:
        pytest.skip(f"no console font on this machine: {missing}")


def test_console_font_has_a_glyph_for_every_cp437_code(font: ConsoleFont) -> None:
    assert font.height == 16
    assert len(font.glyphs) == 256
    assert all(len(glyph) == 16 for glyph in font.glyphs)
    assert font.glyphs[ord("H")] != font.glyphs[ord("W")]
    assert not any(font.glyphs[ord(" ")])
    assert font.glyphs[0xDB] == _block_element("█", 16) or sum(font.glyphs[0xDB]) > 0xFF * 12


def test_png_shows_each_glyph_in_its_colours(font: ConsoleFont, tmp_path: Path) -> None:
    cells = text_cells(_screen(b"Hello World!", LIGHT_CYAN_ON_BLACK))
    path = tmp_path / "screen.png"
    render_png(cells, path, font)
    image = Image.open(path).convert("RGB")
    assert image.size == (640, 400)
    cyan, black = VGA_PALETTE[11], VGA_PALETTE[0]
    for column, char in enumerate(b"Hello World!"):
        glyph = font.glyphs[char]
        for line in range(16):
            for bit in range(8):
                lit = bool(glyph[line] & (0x80 >> bit))
                expected = cyan if lit else black
                assert image.getpixel((column * 8 + bit, line)) == expected
    assert not list(tmp_path.glob(".*.tmp"))
