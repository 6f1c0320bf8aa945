"""INT 10h AH=4Fh, VESA BIOS Extensions 3.0, on the Bochs/QEMU "DISPI" display.

Sources: VESA BIOS Extension (VBE) Core Functions Standard 3.0, sections 4.3
(AX=4F00h, the 512-byte ``VbeInfoBlock``), 4.4 (4F01h, the 256-byte
``ModeInfoBlock``), 4.5 (4F02h) and 4.6 (4F03h); SeaBIOS's VGA BIOS
(``vgasrc/vbe.c``, ``bochsvga.c``, ``svgamodes.c``, release 1.16, the one
QEMU 7.2 runs) for what QEMU's guests see: the mode numbers and sizes, which
modes are offered (those that fit in the 16 MiB of video memory), and the
values of every ModeInfoBlock field. ``tests/machine/bios/test_bios_vbe.py``
checks the mode list and each mode's information against QEMU.

* 4F00h: VBE 3.0, 256 blocks of 64 KiB, the mode list in the block's
  Reserved area (offset 22h), the OEM strings in its OemData area (offset
  100h) when the caller asked for "VBE2" (a 512-byte buffer), else only the
  OEM string, after the mode list.
* 4F01h: every field as SeaBIOS fills it (attributes BBh: supported, colour,
  graphics, not VGA-compatible, linear framebuffer; the window A fields; the
  direct-colour masks; PhysBasePtr 0xFD000000; the VBE 3.0 Lin* fields).
* 4F02h: programs the DISPI chip (BX bit 14: linear framebuffer, bit 15: keep
  video memory); mode 3 (or 2) switches DISPI off and returns to text mode.
* 4F03h: the current mode, read back from the DISPI chip (with bits 14/15 from
  its ENABLE register), or the BIOS Data Area's mode in text mode.

Left out: the 4 bpp planar modes (102h, 104h, 106h) and the standard VGA modes
SeaBIOS also lists (00h-13h, 6Ah), since neither is emulated; the banked
window at A000h that the ModeInfoBlock describes, as SeaBIOS does (the VGA
window is not remapped onto video memory, and WinFuncPtr is 0: there is no
4F05h); loading the 256-colour palette on 8 bpp mode sets; 4F04h-4F0Bh
answer "not supported". Status in AX: 004Fh success, 014Fh failed, 0100h
(AL = 00h) not supported.
"""

from __future__ import annotations

import logging
import struct
from dataclasses import dataclass
from typing import TYPE_CHECKING, ClassVar, Final, NamedTuple

from longmode.machine.bios.bda import Field
from longmode.machine.bios.screen import TEXT_MODES, TextScreen
from longmode.machine.bios.services import ServiceCall
from longmode.machine.devices.bochs_vga import (
    DATA_PORT,
    INDEX_PORT,
    MAX_BPP,
    MAX_XRES,
    VIDEO_MEMORY,
    BochsDispi,
    Enable,
    Register,
)
from longmode.machine.memory import LFB_BASE

if TYPE_CHECKING:
    from longmode.machine.board import Board

log = logging.getLogger("longmode.bios")

VBE_SUCCESS: Final = 0x004F
VBE_FAILED: Final = 0x014F
VBE_NOT_SUPPORTED: Final = 0x0100
#: 4F02h BX bits: use the linear framebuffer; keep video memory.
LINEAR_FRAMEBUFFER: Final = 0x4000
KEEP_MEMORY: Final = 0x8000
MODE_NUMBER: Final = 0x01FF
#: The BDA video mode of a VBE mode (SeaBIOS).
BDA_VBE_MODE: Final = 0xFF
#: Where 4F00h puts its mode list and strings, as offsets in the caller's buffer.
MODE_LIST_OFFSET: Final = 0x22
OEM_DATA_OFFSET: Final = 0x100
VBE2_SIGNATURE: Final = b"VBE2"
OEM_STRING: Final = b"longmode VBE\x00"
VENDOR_STRING: Final = b"longmode\x00"
PRODUCT_STRING: Final = b"longmode std VGA (Bochs DISPI)\x00"
REVISION_STRING: Final = b"1\x00"

#: ModeInfoBlock memory models (VBE 3.0 table 4.4).
PACKED_PIXEL: Final = 0x04
DIRECT_COLOUR: Final = 0x06
#: ModeAttributes: supported, extended information (reserved bit 1, set by SeaBIOS),
#: colour, graphics, not VGA-compatible, linear framebuffer.
MODE_ATTRIBUTES: Final = 0x01 | 0x02 | 0x08 | 0x10 | 0x20 | 0x80
#: Window A: relocatable, readable, writable; 64 KiB granularity and size at A000h.
WINDOW_A_ATTRIBUTES: Final = 0x07
WINDOW_KIB: Final = 64
WINDOW_A_SEGMENT: Final = 0xA000
#: Direct colour masks by depth: red, green, blue, reserved (size, position).
MASKS: Final[dict[int, tuple[int, int, int, int, int, int, int, int]]] = {
    15: (5, 10, 5, 5, 5, 0, 1, 15),
    16: (5, 11, 6, 5, 5, 0, 0, 0),
    24: (8, 16, 8, 8, 8, 0, 0, 0),
    32: (8, 16, 8, 8, 8, 0, 8, 24),
}
#: DirectColorModeInfo bit 1: the reserved bits may be used (32 bpp).
RESERVED_USABLE: Final = 0x02


class VbeMode(NamedTuple):
    """One VBE mode: number, resolution, depth (bits per pixel as VBE reports it)."""

    number: int
    width: int
    height: int
    depth: int

    @property
    def memory_model(self) -> int:
        return PACKED_PIXEL if self.depth == 8 else DIRECT_COLOUR

    @property
    def pitch(self) -> int:
        """Bytes per scan line (15 bpp is stored in 16 bits)."""
        return self.width * BochsDispi.bits_per_pixel(self.depth) // 8


#: SeaBIOS ``svgamodes.c``: its packed-pixel (8 bpp) and direct-colour modes, in its order.
SEABIOS_MODES: Final = (
    (0x100, 640, 400, 8), (0x101, 640, 480, 8), (0x103, 800, 600, 8),
    (0x105, 1024, 768, 8), (0x107, 1280, 1024, 8),
    (0x10D, 320, 200, 15), (0x10E, 320, 200, 16), (0x10F, 320, 200, 24),
    (0x110, 640, 480, 15), (0x111, 640, 480, 16), (0x112, 640, 480, 24),
    (0x113, 800, 600, 15), (0x114, 800, 600, 16), (0x115, 800, 600, 24),
    (0x116, 1024, 768, 15), (0x117, 1024, 768, 16), (0x118, 1024, 768, 24),
    (0x119, 1280, 1024, 15), (0x11A, 1280, 1024, 16), (0x11B, 1280, 1024, 24),
    (0x11C, 1600, 1200, 8), (0x11D, 1600, 1200, 15), (0x11E, 1600, 1200, 16),
    (0x11F, 1600, 1200, 24),
    (0x140, 320, 200, 32), (0x141, 640, 400, 32), (0x142, 640, 480, 32),
    (0x143, 800, 600, 32), (0x144, 1024, 768, 32), (0x145, 1280, 1024, 32),
    (0x146, 320, 200, 8), (0x147, 1600, 1200, 32),
    (0x148, 1152, 864, 8), (0x149, 1152, 864, 15), (0x14A, 1152, 864, 16),
    (0x14B, 1152, 864, 24), (0x14C, 1152, 864, 32),
    (0x175, 1280, 768, 16), (0x176, 1280, 768, 24), (0x177, 1280, 768, 32),
    (0x178, 1280, 800, 16), (0x179, 1280, 800, 24), (0x17A, 1280, 800, 32),
    (0x17B, 1280, 960, 16), (0x17C, 1280, 960, 24), (0x17D, 1280, 960, 32),
    (0x17E, 1440, 900, 16), (0x17F, 1440, 900, 24), (0x180, 1440, 900, 32),
    (0x181, 1400, 1050, 16), (0x182, 1400, 1050, 24), (0x183, 1400, 1050, 32),
    (0x184, 1680, 1050, 16), (0x185, 1680, 1050, 24), (0x186, 1680, 1050, 32),
    (0x187, 1920, 1200, 16), (0x188, 1920, 1200, 24), (0x189, 1920, 1200, 32),
    (0x18A, 2560, 1600, 16), (0x18B, 2560, 1600, 24), (0x18C, 2560, 1600, 32),
    (0x18D, 1280, 720, 16), (0x18E, 1280, 720, 24), (0x18F, 1280, 720, 32),
    (0x190, 1920, 1080, 16), (0x191, 1920, 1080, 24), (0x192, 1920, 1080, 32),
    (0x193, 1600, 900, 16), (0x194, 1600, 900, 24), (0x195, 1600, 900, 32),
    (0x196, 2560, 1440, 16), (0x197, 2560, 1440, 24), (0x198, 2560, 1440, 32),
    (0x199, 3840, 2160, 16), (0x19A, 3840, 2160, 32), (0x19B, 4096, 2160, 16),
    (0x19C, 4096, 2160, 32), (0x19D, 5120, 2160, 16), (0x19E, 5120, 2160, 32),
)  # fmt: skip


def _fits(mode: VbeMode) -> bool:
    """SeaBIOS's check at start-up: within the DISPI maxima and video memory."""
    return (
        mode.width <= MAX_XRES
        and mode.depth <= MAX_BPP
        and mode.height * mode.pitch <= VIDEO_MEMORY
    )


#: The modes offered, by number (the table order is the 4F00h list order).
MODES: Final[dict[int, VbeMode]] = {
    mode.number: mode for mode in (VbeMode(*entry) for entry in SEABIOS_MODES) if _fits(mode)
}


@dataclass(frozen=True)
class VbeInfoBlock:
    """The controller information of AX=4F00h (VBE 3.0 section 4.3), first 34 bytes."""

    oem_string: int  # far pointers: segment << 16 | offset
    video_modes: int
    total_memory: int  # in 64 KiB blocks
    vendor_name: int = 0
    product_name: int = 0
    product_revision: int = 0
    version: int = 0x0300
    capabilities: int = 0
    software_revision: int = 0

    LAYOUT: ClassVar[struct.Struct] = struct.Struct("<4sHIIIHHIII")

    def pack(self) -> bytes:
        return self.LAYOUT.pack(
            b"VESA",
            self.version,
            self.oem_string,
            self.capabilities,
            self.video_modes,
            self.total_memory,
            self.software_revision,
            self.vendor_name,
            self.product_name,
            self.product_revision,
        )


@dataclass(frozen=True)
class ModeInfoBlock:
    """The mode information of AX=4F01h (VBE 3.0 section 4.4), 256 bytes."""

    mode: VbeMode

    LAYOUT: ClassVar[struct.Struct] = struct.Struct("<HBBHHHHIHHHBBBBBBBBB9BIIHHBB8BI")
    SIZE: ClassVar[int] = 256

    @property
    def pages(self) -> int:
        """Screens that fit in video memory, each rounded up to 64 KiB, at most 128;
        SeaBIOS counts one more when fewer than 2 fit (NumberOfImagePages is this - 1)."""
        screen = -(-self.mode.height * self.mode.pitch // 0x10000) * 0x10000
        pages = min(VIDEO_MEMORY // screen, 128)
        return pages + 1 if pages < 2 else pages

    def pack(self) -> bytes:
        mode = self.mode
        pages = self.pages
        masks = MASKS.get(mode.depth, (0,) * 8)
        direct_info = RESERVED_USABLE if mode.depth == 32 else 0
        head = self.LAYOUT.pack(
            MODE_ATTRIBUTES,
            WINDOW_A_ATTRIBUTES,
            0,  # window B
            WINDOW_KIB,  # granularity
            WINDOW_KIB,  # size
            WINDOW_A_SEGMENT,
            0,
            0,  # WinFuncPtr: no 4F05h entry point
            mode.pitch,
            mode.width,
            mode.height,
            8,  # character cell
            16,
            1,  # planes
            mode.depth,
            1,  # banks
            mode.memory_model,
            0,  # bank size
            pages - 1,
            1,  # reserved, 1 for VBE 3.0
            *masks,
            direct_info,
            LFB_BASE,
            0,  # off-screen memory (reserved in VBE 3.0)
            0,
            mode.pitch,  # LinBytesPerScanLine
            0,  # BnkNumberOfImagePages
            0,  # LinNumberOfImagePages (SeaBIOS leaves 0)
            *masks,
            0,  # MaxPixelClock
        )
        return head.ljust(self.SIZE, b"\x00")


# --- the DISPI chip, through the I/O bus -----------------------------------------


def dispi_write(board: Board, register: Register, value: int) -> None:
    """Writes a DISPI register as the guest would (index port, then data port)."""
    board.ports.write(INDEX_PORT, 2, register)
    board.ports.write(DATA_PORT, 2, value)


def dispi_read(board: Board, register: Register) -> int:
    """Reads a DISPI register as the guest would."""
    board.ports.write(INDEX_PORT, 2, register)
    return board.ports.read(DATA_PORT, 2)


def leave_graphics(board: Board) -> None:
    """Switches the DISPI display off, as every SeaBIOS mode set does first."""
    dispi_write(board, Register.ENABLE, 0)


# --- the services ----------------------------------------------------------------


def controller_information(call: ServiceCall) -> None:
    """AX=4F00h: the VbeInfoBlock at ES:DI (256 bytes, 512 if it holds "VBE2")."""
    segment, offset = call["es"], call["di"]
    buffer = call.linear(segment, offset)
    vbe2 = call.read(buffer, 4) == VBE2_SIGNATURE
    modes = b"".join(struct.pack("<H", number) for number in MODES) + b"\xff\xff"
    area = bytearray(OEM_DATA_OFFSET * (2 if vbe2 else 1))
    area[MODE_LIST_OFFSET : MODE_LIST_OFFSET + len(modes)] = modes

    def place(at: int, text: bytes) -> int:
        area[at : at + len(text)] = text
        return segment << 16 | (offset + at) & 0xFFFF

    if vbe2:
        strings = [OEM_STRING, VENDOR_STRING, PRODUCT_STRING, REVISION_STRING]
        pointers, at = [], OEM_DATA_OFFSET
        for text in strings:
            pointers.append(place(at, text))
            at += len(text)
        oem, vendor, product, revision = pointers
    else:
        oem = place(MODE_LIST_OFFSET + len(modes), OEM_STRING)
        vendor = product = revision = 0
    block = VbeInfoBlock(
        oem_string=oem,
        video_modes=segment << 16 | (offset + MODE_LIST_OFFSET) & 0xFFFF,
        total_memory=VIDEO_MEMORY >> 16,
        vendor_name=vendor,
        product_name=product,
        product_revision=revision,
    )
    head = block.pack()
    area[: len(head)] = head
    call.write(buffer, bytes(area))
    call["ax"] = VBE_SUCCESS


def mode_information(call: ServiceCall) -> None:
    """AX=4F01h: the ModeInfoBlock of mode CX at ES:DI."""
    mode = MODES.get(call["cx"] & MODE_NUMBER)
    if mode is None:
        log.info("INT 10h AX=4F01h: VBE mode %04Xh is not offered", call["cx"])
        call["ax"] = VBE_FAILED
        return
    call.write(call.linear(call["es"], call["di"]), ModeInfoBlock(mode).pack())
    call["ax"] = VBE_SUCCESS


def set_mode(call: ServiceCall) -> None:
    """AX=4F02h: mode BX (bit 14: linear framebuffer, bit 15: keep video memory)."""
    bx = call["bx"]
    number = bx & MODE_NUMBER
    board = call.board
    if number in TEXT_MODES:
        leave_graphics(board)
        TextScreen(board).set_text_mode(number, clear=not bx & KEEP_MEMORY)
        call["ax"] = VBE_SUCCESS
        return
    mode = MODES.get(number)
    if mode is None:
        log.info("INT 10h AX=4F02h: VBE mode %03Xh is not offered", number)
        call["ax"] = VBE_FAILED
        return
    if not bx & LINEAR_FRAMEBUFFER:
        log.info(
            "INT 10h AX=4F02h: mode %03Xh without LFB: the A000h window is not emulated", number
        )
    leave_graphics(board)
    dispi_write(board, Register.BPP, mode.depth)
    dispi_write(board, Register.XRES, mode.width)
    dispi_write(board, Register.YRES, mode.height)
    dispi_write(board, Register.BANK, 0)
    enable = Enable.ENABLED
    if bx & KEEP_MEMORY:
        enable |= Enable.NOCLEARMEM
    if bx & LINEAR_FRAMEBUFFER:
        enable |= Enable.LFB_ENABLED
    dispi_write(board, Register.ENABLE, enable)
    TextScreen(board).bda.set(Field.VIDEO_MODE, BDA_VBE_MODE)
    call["ax"] = VBE_SUCCESS


def current_mode(board: Board) -> int:
    """The VBE mode number 4F03h reports (with bits 14 and 15 as they were set)."""
    enable = dispi_read(board, Register.ENABLE)
    if enable & Enable.ENABLED:
        shape = (
            dispi_read(board, Register.XRES),
            dispi_read(board, Register.YRES),
            dispi_read(board, Register.BPP),
        )
        for mode in MODES.values():
            if (mode.width, mode.height, mode.depth) == shape:
                flags = LINEAR_FRAMEBUFFER if enable & Enable.LFB_ENABLED else 0
                return mode.number | flags | (KEEP_MEMORY if enable & Enable.NOCLEARMEM else 0)
    return TextScreen(board).bda.get(Field.VIDEO_MODE)


def get_mode(call: ServiceCall) -> None:
    """AX=4F03h: BX = the current mode."""
    call["bx"] = current_mode(call.board)
    call["ax"] = VBE_SUCCESS


FUNCTIONS = {
    0x00: controller_information,
    0x01: mode_information,
    0x02: set_mode,
    0x03: get_mode,
}


def vbe_function(call: ServiceCall) -> None:
    """AH=4Fh VESA BIOS Extensions: AL selects 00h-03h."""
    function = FUNCTIONS.get(call["al"])
    if function is None:
        log.info("INT 10h AX=4F%02Xh is not implemented", call["al"])
        call["ax"] = VBE_NOT_SUPPORTED
        return
    function(call)
