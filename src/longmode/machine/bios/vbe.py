"""INT 10h AH=4Fh, VESA BIOS Extensions 3.0 — answered honestly: no graphics modes.

Source: VESA BIOS Extension (VBE) Core Functions Standard 3.0, sections 4.3
(AX=4F00h, the 512-byte ``VbeInfoBlock``), 4.4 (4F01h) and 4.5 (4F02h).
This machine has no linear framebuffer, so the controller information lists
no VBE modes (the mode list is just FFFFh); 4F01h refuses every mode and
4F02h accepts only the standard VGA text mode 3. A kernel that probes VBE
learns that it must stay in text mode.

Status in AX: 004Fh success, 014Fh "function call failed"; other AL values
(4F03h…) answer "not supported" (AL = 00h), as ``dispatch_by_ah`` would.
"""

from __future__ import annotations

import logging
import struct
from dataclasses import dataclass
from typing import ClassVar, Final

from longmode.machine.bios.screen import TextScreen
from longmode.machine.bios.services import ServiceCall

log = logging.getLogger("longmode.bios")

VBE_SUCCESS: Final = 0x004F
VBE_FAILED: Final = 0x014F
VBE_NOT_SUPPORTED: Final = 0x0100
#: Where the controller information's strings and mode list live: in the caller's
#: buffer, after the 256 bytes VBE 2.0 reserves for them (offset 0x100 of 512).
STRINGS_OFFSET: Final = 0x100
OEM_STRING: Final = b"longmode VGA (text only)\x00"
TEXT_MODE: Final = 0x03


@dataclass(frozen=True)
class VbeInfoBlock:
    """The controller information of AX=4F00h (VBE 3.0 section 4.3)."""

    oem_string: int  # far pointer (segment << 16 | offset)
    video_modes: int  # far pointer to the FFFFh-terminated mode list
    total_memory: int  # in 64 KiB blocks
    version: int = 0x0300
    capabilities: int = 0

    LAYOUT: ClassVar[struct.Struct] = struct.Struct("<4sHIIIH")
    SIZE: ClassVar[int] = 512

    def pack(self) -> bytes:
        """The first 20 bytes, zeros up to 512."""
        head = self.LAYOUT.pack(
            b"VESA",
            self.version,
            self.oem_string,
            self.capabilities,
            self.video_modes,
            self.total_memory,
        )
        return head.ljust(self.SIZE, b"\x00")


def controller_information(call: ServiceCall) -> None:
    """AX=4F00h: the VbeInfoBlock at ES:DI (no modes)."""
    segment, offset = call["es"], call["di"]
    buffer = call.linear(segment, offset)
    strings = offset + STRINGS_OFFSET
    modes = strings + len(OEM_STRING)
    block = VbeInfoBlock(
        oem_string=segment << 16 | strings,
        video_modes=segment << 16 | modes,
        total_memory=4,  # 256 KiB of VGA memory
    )
    call.write(buffer, block.pack())
    call.write(buffer + STRINGS_OFFSET, OEM_STRING + b"\xff\xff")
    call["ax"] = VBE_SUCCESS


def mode_information(call: ServiceCall) -> None:
    """AX=4F01h: no VBE mode exists here; fails for every CX."""
    log.info("INT 10h AX=4F01h: VBE mode %04Xh does not exist (no graphics modes)", call["cx"])
    call["ax"] = VBE_FAILED


def set_mode(call: ServiceCall) -> None:
    """AX=4F02h: only the VGA text mode 3 (BX bit 15: keep the screen)."""
    mode = call["bx"] & 0x1FF
    if mode != TEXT_MODE:
        log.info("INT 10h AX=4F02h: mode %03Xh is not emulated (text mode 3 only)", mode)
        call["ax"] = VBE_FAILED
        return
    TextScreen(call.machine).set_text_mode(TEXT_MODE, clear=not call["bx"] & 0x8000)
    call["ax"] = VBE_SUCCESS


FUNCTIONS = {0x00: controller_information, 0x01: mode_information, 0x02: set_mode}


def vbe_function(call: ServiceCall) -> None:
    """AH=4Fh VESA BIOS Extensions: AL selects 00h, 01h or 02h."""
    function = FUNCTIONS.get(call["al"])
    if function is None:
        log.info("INT 10h AX=4F%02Xh is not implemented", call["al"])
        call["ax"] = VBE_NOT_SUPPORTED
        return
    function(call)
