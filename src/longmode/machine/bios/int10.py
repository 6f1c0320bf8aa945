"""INT 10h, video services, in 80x25 colour text mode (mode 3).

Sources: IBM PC AT Technical Reference, "Video I/O (INT 10H)"; Ralf Brown's
Interrupt List, INT 10h; SeaBIOS ``vgasrc/vgabios.c`` (``handle_10xx``) for
the details QEMU's guests see (teletype ignores BH and keeps the attribute of
the cell, set-mode returns AL=30h, the BDA values of mode 3).

State lives where a real BIOS keeps it (see :mod:`screen`): the BIOS Data
Area, video memory at 0xB8000, the VGA's CRTC registers.

Not done: VGA graphics modes, 40-column modes (modes 0/1 are refused with a
log line), fonts (AH=11h), palette and DAC services (AH=10h). Graphics modes
come through VBE (AH=4Fh, :mod:`vbe`) on the Bochs DISPI display; setting a
text mode switches that display off, as SeaBIOS does.
"""

from __future__ import annotations

import logging

from longmode.machine.bios import vbe
from longmode.machine.bios.bda import Field
from longmode.machine.bios.screen import BEL, BS, COLUMNS, CR, LF, ROWS, TEXT_MODES, TextScreen
from longmode.machine.bios.services import Service, ServiceCall, dispatch_by_ah

log = logging.getLogger("longmode.bios")


# --- the services -----------------------------------------------------------------


def set_video_mode(call: ServiceCall) -> None:
    """AH=00h set video mode: AL = mode (bit 7: keep video memory); text modes 2 and 3."""
    mode = call["al"] & 0x7F
    if mode not in TEXT_MODES:
        log.info("INT 10h AH=00h: video mode %02Xh is not emulated (only 2 and 3)", mode)
        return
    vbe.leave_graphics(call.board)
    TextScreen(call.board).set_text_mode(mode, clear=not call["al"] & 0x80)
    call["al"] = 0x30


def set_cursor_shape(call: ServiceCall) -> None:
    """AH=01h set cursor shape: CH = start line (bit 5 hides it), CL = end line."""
    TextScreen(call.board).set_cursor_shape(call["cx"])


def set_cursor_position(call: ServiceCall) -> None:
    """AH=02h set cursor position: BH = page, DH = row, DL = column."""
    TextScreen(call.board).set_cursor(call["bh"], call["dh"], call["dl"])


def get_cursor_position(call: ServiceCall) -> None:
    """AH=03h get cursor position and shape: BH = page; DH, DL, CX returned."""
    screen = TextScreen(call.board)
    row, column = screen.cursor(call["bh"])
    call["dh"], call["dl"] = row, column
    call["cx"] = screen.bda.get(Field.CURSOR_SHAPE)


def select_active_page(call: ServiceCall) -> None:
    """AH=05h select active display page: AL = page."""
    TextScreen(call.board).select_page(call["al"])


def _window(call: ServiceCall) -> tuple[int, int, int, int]:
    return call["ch"], call["cl"], call["dh"], call["dl"]


def scroll_up(call: ServiceCall) -> None:
    """AH=06h scroll window up: AL = lines (0 = blank), BH = fill attribute, CX/DX = corners."""
    screen = TextScreen(call.board)
    screen.scroll(screen.active_page, call["al"], call["bh"], _window(call))


def scroll_down(call: ServiceCall) -> None:
    """AH=07h scroll window down: as AH=06h, the other way."""
    screen = TextScreen(call.board)
    screen.scroll(screen.active_page, -call["al"] or 0, call["bh"], _window(call))


def read_char_and_attribute(call: ServiceCall) -> None:
    """AH=08h read character and attribute at the cursor: BH = page; AL, AH returned."""
    screen = TextScreen(call.board)
    page = call["bh"]
    char, attribute = screen.read_cell(page, *screen.cursor(page))
    call["al"], call["ah"] = char, attribute


def _write_repeated(call: ServiceCall, attribute: int | None) -> None:
    screen = TextScreen(call.board)
    page = call["bh"]
    row, column = screen.cursor(page)
    for i in range(call["cx"]):
        cell = row * COLUMNS + column + i
        if cell >= ROWS * COLUMNS:
            break
        screen.write_cell(page, *divmod(cell, COLUMNS), call["al"], attribute)


def write_char_and_attribute(call: ServiceCall) -> None:
    """AH=09h write character and attribute: AL, BL = attribute, BH = page, CX = count."""
    _write_repeated(call, call["bl"])


def write_char(call: ServiceCall) -> None:
    """AH=0Ah write character only: AL, BH = page, CX = count; attributes are kept."""
    _write_repeated(call, None)


def teletype_output(call: ServiceCall) -> None:
    """AH=0Eh teletype output: AL = character, on the active page (BH is ignored)."""
    TextScreen(call.board).teletype(call["al"])


def get_video_mode(call: ServiceCall) -> None:
    """AH=0Fh get current video mode: AL = mode, AH = columns, BH = active page."""
    bda = TextScreen(call.board).bda
    call["al"] = bda.get(Field.VIDEO_MODE) | (bda.get(Field.VIDEO_CONTROL) & 0x80)
    call["ah"] = bda.get(Field.VIDEO_COLUMNS)
    call["bh"] = bda.get(Field.VIDEO_PAGE)


def alternate_function(call: ServiceCall) -> None:
    """AH=12h alternate function select; BL=10h get EGA info (colour, 256 KiB)."""
    if call["bl"] == 0x10:
        call["bx"] = 0x0003
        call["cx"] = TextScreen(call.board).bda.get(Field.VIDEO_SWITCHES) & 0x0F
    else:
        log.info("INT 10h AH=12h BL=%02Xh is not implemented", call["bl"])


def write_string(call: ServiceCall) -> None:
    """AH=13h write string: AL bit 0 = move the cursor, bit 1 = (char, attribute) pairs;
    BH = page, BL = attribute, CX = length, DH/DL = where, ES:BP = the string."""
    screen = TextScreen(call.board)
    page, mode, count = call["bh"], call["al"], call["cx"]
    saved = screen.cursor(page)
    screen.set_cursor(page, call["dh"], call["dl"])
    step = 2 if mode & 0x02 else 1
    data = call.read(call.linear(call["es"], call["bp"]), count * step)
    for i in range(count):
        char = data[i * step]
        attribute = data[i * step + 1] if step == 2 else call["bl"]
        control = char in (BEL, BS, LF, CR)
        screen.teletype(char, page, None if control else attribute)
    if not mode & 0x01:
        screen.set_cursor(page, *saved)


def display_combination(call: ServiceCall) -> None:
    """AH=1Ah display combination code: AL=00h get → AL = 1Ah, BL = 08h (VGA colour)."""
    if call["al"] == 0x00:
        call["al"] = 0x1A
        call["bx"] = 0x0008
    else:
        log.info("INT 10h AX=1A%02Xh is not implemented", call["al"])


FUNCTIONS: dict[int, Service] = {
    0x00: set_video_mode,
    0x01: set_cursor_shape,
    0x02: set_cursor_position,
    0x03: get_cursor_position,
    0x05: select_active_page,
    0x06: scroll_up,
    0x07: scroll_down,
    0x08: read_char_and_attribute,
    0x09: write_char_and_attribute,
    0x0A: write_char,
    0x0E: teletype_output,
    0x0F: get_video_mode,
    0x12: alternate_function,
    0x13: write_string,
    0x1A: display_combination,
    0x4F: vbe.vbe_function,
}

handle = dispatch_by_ah("INT 10h", FUNCTIONS)
