"""The BIOS Data Area (segment 0x40) and the Extended BIOS Data Area: where things live.

Sources: IBM PC AT Technical Reference (1984), "BIOS data area"; Ralf Brown's
Interrupt List, MEMORY.LST "Format of BIOS Data Segment at segment 40h";
SeaBIOS ``src/std/bda.h`` (``struct bios_data_area_s``, ``struct
extended_bios_data_area_s``), whose values POST copies. Each field is
declared once here, with its linear address and width; services read and
write the BDA through :class:`BiosDataArea` and nothing else.
"""

from __future__ import annotations

import enum
import struct
from collections.abc import Callable
from typing import Final

BDA_BASE: Final = 0x400
BDA_SEGMENT: Final = 0x40
#: The EBDA: the last KiB of conventional memory (its segment is at 0x40E).
EBDA_BASE: Final = 0x9FC00
EBDA_SEGMENT: Final = EBDA_BASE >> 4
EBDA_SIZE_KIB: Final = 1
#: Conventional memory the BIOS reports (INT 12h): 640 KiB less the EBDA.
BASE_MEMORY_KIB: Final = EBDA_BASE // 1024

#: Timer ticks per day at 18.2065 Hz (0x1800B0, as IBM's BIOS counts them).
TICKS_PER_DAY: Final = 0x1800B0
#: The keyboard ring buffer: 16 words at 0x41E–0x43D, offsets relative to segment 0x40.
KEYBOARD_BUFFER_START: Final = 0x1E
KEYBOARD_BUFFER_END: Final = 0x3E


class Field(enum.IntEnum):
    """BDA fields by linear address (the width is in :data:`WIDTHS`)."""

    COM_PORTS = 0x400  # 4 words: I/O base of COM1-COM4
    LPT_PORTS = 0x408  # 3 words: LPT1-LPT3
    EBDA_SEGMENT = 0x40E  # word
    EQUIPMENT = 0x410  # word: what INT 11h returns
    MEMORY_SIZE_KIB = 0x413  # word: what INT 12h returns
    KEYBOARD_FLAGS = 0x417  # byte: shift, ctrl, alt, locks (flags 1)
    KEYBOARD_FLAGS_2 = 0x418  # byte: left ctrl/alt, sys req, pause, keys held
    KEYBOARD_HEAD = 0x41A  # word: offset in segment 0x40 of the next key to read
    KEYBOARD_TAIL = 0x41C  # word: offset where the next key is stored
    FLOPPY_RECALIBRATE = 0x43E  # byte
    FLOPPY_MOTOR = 0x43F  # byte
    FLOPPY_MOTOR_TIMEOUT = 0x440  # byte
    FLOPPY_LAST_STATUS = 0x441  # byte: status of the last INT 13h on a floppy
    VIDEO_MODE = 0x449  # byte
    VIDEO_COLUMNS = 0x44A  # word
    VIDEO_PAGE_SIZE = 0x44C  # word: bytes per page
    VIDEO_PAGE_START = 0x44E  # word: offset of the active page in video memory
    CURSOR_POSITIONS = 0x450  # 8 words: (column, row) of pages 0-7
    CURSOR_SHAPE = 0x460  # word: end scan line (low), start scan line (high)
    VIDEO_PAGE = 0x462  # byte: active page
    CRTC_PORT = 0x463  # word: 0x3D4 (colour)
    VIDEO_MODE_CONTROL = 0x465  # byte: 3D8h register value
    VIDEO_PALETTE = 0x466  # byte: 3D9h register value
    TIMER_TICKS = 0x46C  # dword: ticks since midnight
    TIMER_ROLLOVER = 0x470  # byte: midnight passed since the last read
    BREAK_FLAG = 0x471  # byte
    SOFT_RESET_FLAG = 0x472  # word: 0x1234 = warm boot
    DISK_LAST_STATUS = 0x474  # byte: status of the last INT 13h on a hard disk
    HARD_DISK_COUNT = 0x475  # byte
    KEYBOARD_BUFFER_START_PTR = 0x480  # word
    KEYBOARD_BUFFER_END_PTR = 0x482  # word
    VIDEO_ROWS = 0x484  # byte: rows on screen minus one
    VIDEO_CHAR_HEIGHT = 0x485  # word: scan lines per character
    VIDEO_CONTROL = 0x487  # byte: EGA/VGA control
    VIDEO_SWITCHES = 0x488  # byte: EGA/VGA switches
    VIDEO_MODESET_CONTROL = 0x489  # byte: VGA mode-set option control
    VIDEO_DCC_INDEX = 0x48A  # byte: display combination code index
    KEYBOARD_FLAGS_3 = 0x496  # byte: extended keyboard, last code was E0/E1
    KEYBOARD_LEDS = 0x497  # byte
    WAIT_ACTIVE = 0x4A0  # byte: INT 15h AH=86h wait in progress


#: Width in bytes of each field (the first element of an array field).
WIDTHS: Final[dict[Field, int]] = {
    Field.COM_PORTS: 2,
    Field.LPT_PORTS: 2,
    Field.EBDA_SEGMENT: 2,
    Field.EQUIPMENT: 2,
    Field.MEMORY_SIZE_KIB: 2,
    Field.KEYBOARD_HEAD: 2,
    Field.KEYBOARD_TAIL: 2,
    Field.VIDEO_COLUMNS: 2,
    Field.VIDEO_PAGE_SIZE: 2,
    Field.VIDEO_PAGE_START: 2,
    Field.CURSOR_POSITIONS: 2,
    Field.CURSOR_SHAPE: 2,
    Field.CRTC_PORT: 2,
    Field.TIMER_TICKS: 4,
    Field.SOFT_RESET_FLAG: 2,
    Field.KEYBOARD_BUFFER_START_PTR: 2,
    Field.KEYBOARD_BUFFER_END_PTR: 2,
    Field.VIDEO_CHAR_HEIGHT: 2,
}

_FORMATS: Final = {1: "<B", 2: "<H", 4: "<I"}


class EbdaField(enum.IntEnum):
    """EBDA fields, by offset from the EBDA's start (SeaBIOS ``extended_bios_data_area_s``)."""

    SIZE_KIB = 0x00  # byte: the EBDA's size in KiB
    FDPT0 = 0x3D  # 16 bytes: fixed-disk parameter table of drive 80h (INT 41h)
    FDPT1 = 0x4D  # 16 bytes: of drive 81h (INT 46h)


class BiosDataArea:
    """Typed access to the BDA in guest memory, through ``read``/``write`` callables."""

    def __init__(
        self, read: Callable[[int, int], bytes], write: Callable[[int, bytes], None]
    ) -> None:
        self._read = read
        self._write = write

    def read(self, offset: int, size: int) -> bytes:
        """``size`` bytes at ``offset`` in segment 40h (for data such as the key buffer)."""
        return self._read(BDA_BASE + offset, size)

    def write(self, offset: int, data: bytes) -> None:
        """Bytes at ``offset`` in segment 40h."""
        self._write(BDA_BASE + offset, data)

    def get(self, field: Field, index: int = 0) -> int:
        """The field's value (element ``index`` of an array field)."""
        width = WIDTHS.get(field, 1)
        value: int = struct.unpack(_FORMATS[width], self._read(field + index * width, width))[0]
        return value

    def set(self, field: Field, value: int, index: int = 0) -> None:
        """Stores ``value`` (masked to the field's width)."""
        width = WIDTHS.get(field, 1)
        mask = (1 << (8 * width)) - 1
        self._write(field + index * width, struct.pack(_FORMATS[width], value & mask))
