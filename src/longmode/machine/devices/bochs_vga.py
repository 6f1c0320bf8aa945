"""The Bochs VBE "DISPI" display interface of QEMU's standard VGA, and its framebuffer.

Sources: the OSDev wiki, "Bochs VBE Extensions" (register list, ID values,
ENABLE bits); Bochs ``iodev/vga.h``/``vbe.h`` (``VBE_DISPI_*``); QEMU 7.2
``hw/display/vga.c`` (``vbe_ioport_*``, ``vbe_fixup_regs``) and
``include/hw/display/bochs-vbe.h`` for what QEMU's ``-vga std`` answers.
Checked by hand with a boot sector in ``qemu-system-x86_64`` 7.2 (the values
are asserted in ``tests/machine/test_bochs_vga.py``): the ID register reads
0xB0C5 after SeaBIOS's VGA BIOS, ``VIDEO_MEMORY_64K`` reads 0x100 (16 MiB of
``vgamem``), and SeaBIOS reports the linear framebuffer (PCI BAR 0) at
0xFD000000 (``tests/machine/bios/test_bios_vbe.py`` compares with QEMU).

Two 16-bit ports: the index (0x1CE) selects a register, the data port (0x1CF)
reads or writes it. A 32-bit ``out`` to the index port is split as QEMU's
memory core splits it: the low word is the index, the high word goes to the
data port.

Emulated as QEMU does: ID (only 0xB0C0-0xB0C4 can be written; it starts at
0xB0C5), XRES/YRES/BPP/VIRT_WIDTH/X_OFFSET/Y_OFFSET with QEMU's "fix-up" to the
closest valid value while the display is enabled (width a multiple of 8,
depth 4/8/15/16/24/32, height and offsets that fit in video memory),
VIRT_HEIGHT computed (video memory / line length), ENABLE with GETCAPS (reads
of XRES/YRES/BPP answer the maxima 16000/12000/32), 8BIT_DAC, LFB_ENABLED and
NOCLEARMEM (without it, enabling clears the visible part of video memory
through ``clear_memory``), BANK (masked to the 256 banks of 64 KiB),
VIDEO_MEMORY_64K.

Not emulated: the banked window at 0xA0000 (BANK is stored but the legacy
window is not remapped onto video memory), the VGA register side effects of
enabling (QEMU also reprograms the CRTC, sequencer and graphics controller),
4 bpp planar display, the PCI configuration space.
"""

from __future__ import annotations

import enum
from collections.abc import Callable
from typing import Any, Final

from longmode.machine.devices import pc_ports
from longmode.machine.devices.base import Device

INDEX_PORT: Final = pc_ports.BOCHS_DISPI[0]
DATA_PORT: Final = INDEX_PORT + 1
#: QEMU's default ``vgamem`` (``-device VGA,vgamem_mb=16``).
VIDEO_MEMORY: Final = 16 << 20
#: QEMU 7.2 ``bochs-vbe.h``: the largest mode the interface accepts.
MAX_XRES: Final = 16000
MAX_YRES: Final = 12000
MAX_BPP: Final = 32
ID0: Final = 0xB0C0
ID4: Final = 0xB0C4
ID5: Final = 0xB0C5


class Register(enum.IntEnum):
    """``VBE_DISPI_INDEX_*``: what the index port selects."""

    ID = 0x0
    XRES = 0x1
    YRES = 0x2
    BPP = 0x3
    ENABLE = 0x4
    BANK = 0x5
    VIRT_WIDTH = 0x6
    VIRT_HEIGHT = 0x7
    X_OFFSET = 0x8
    Y_OFFSET = 0x9
    VIDEO_MEMORY_64K = 0xA


#: Registers 0x0-0x9 are stored; 0xA is computed.
STORED: Final = 10


class Enable(enum.IntFlag):
    """Bits of the ENABLE register."""

    ENABLED = 0x01
    GETCAPS = 0x02
    DAC_8BIT = 0x20
    LFB_ENABLED = 0x40
    NOCLEARMEM = 0x80


def _ignore_clear(size: int) -> None:
    return None


class BochsDispi(Device):
    """The Bochs/QEMU VBE DISPI registers (ports 0x1CE/0x1CF) of a 16 MiB framebuffer.

    ``clear_memory(n)`` is called when enabling the display must clear the
    first ``n`` bytes of video memory (the machine owns that memory: it maps
    it at :data:`~longmode.machine.memory.LFB_BASE`). :attr:`enabled`,
    :attr:`line_offset` and :attr:`start_address` say what a display shows.
    """

    name = "bochs-dispi"

    def __init__(
        self,
        clear_memory: Callable[[int], None] = _ignore_clear,
        video_memory: int = VIDEO_MEMORY,
        ports: tuple[int, int] = pc_ports.BOCHS_DISPI,
    ) -> None:
        self.ports = (ports,)
        self.clear_memory = clear_memory
        self.video_memory = video_memory
        self.reset()

    def reset(self) -> None:
        """Disabled, every register 0 but ID (0xB0C5)."""
        self.index = 0
        self.registers = [0] * STORED
        self.registers[Register.ID] = ID5
        #: Bytes per scan line and the first visible byte (QEMU's ``vbe_line_offset``
        #: and ``vbe_start_addr * 4``), valid once the display was enabled.
        self.line_offset = 0
        self.start_address = 0

    # -- derived state ---------------------------------------------------------

    @property
    def enabled(self) -> bool:
        """ENABLE bit 0: the display shows the framebuffer, not the VGA."""
        return bool(self.registers[Register.ENABLE] & Enable.ENABLED)

    @property
    def xres(self) -> int:
        return self.registers[Register.XRES]

    @property
    def yres(self) -> int:
        return self.registers[Register.YRES]

    @property
    def bpp(self) -> int:
        return self.registers[Register.BPP]

    @property
    def dac_8bit(self) -> bool:
        """ENABLE bit 5: DAC entries are 8 bits per component instead of 6."""
        return bool(self.registers[Register.ENABLE] & Enable.DAC_8BIT)

    @staticmethod
    def bits_per_pixel(bpp: int) -> int:
        """Storage bits of a pixel of depth ``bpp`` (15 is stored in 16)."""
        return 16 if bpp == 15 else bpp

    # -- ports -----------------------------------------------------------------

    def read(self, port: int, size: int) -> int:
        """The index, or the selected register."""
        if port == INDEX_PORT:
            value = self.index
            if size == 4:
                value |= self.read_register() << 16
            return value
        return self.read_register()

    def write(self, port: int, size: int, value: int) -> None:
        """Selects a register (index port) or writes it (data port)."""
        if port == INDEX_PORT:
            self.index = value & 0xFFFF
            if size == 4:
                self.write_register(value >> 16 & 0xFFFF)
            return
        self.write_register(value & 0xFFFF)

    def read_register(self) -> int:
        """The data port: the register at :attr:`index` (GETCAPS: the maxima)."""
        index = self.index
        if index < STORED:
            if self.registers[Register.ENABLE] & Enable.GETCAPS:
                caps = {Register.XRES: MAX_XRES, Register.YRES: MAX_YRES, Register.BPP: MAX_BPP}
                if index in caps:
                    return caps[Register(index)]
            return self.registers[index]
        if index == Register.VIDEO_MEMORY_64K:
            return self.video_memory >> 16
        return 0

    def write_register(self, value: int) -> None:
        """The data port: writes the register at :attr:`index` as QEMU does."""
        index = self.index
        if index == Register.ID:
            if ID0 <= value <= ID4:
                self.registers[index] = value
        elif index in (
            Register.XRES,
            Register.YRES,
            Register.BPP,
            Register.VIRT_WIDTH,
            Register.X_OFFSET,
            Register.Y_OFFSET,
        ):
            self.registers[index] = value
            self._fix_up()
        elif index == Register.BANK:
            banks = self.video_memory >> 16
            mask = (banks >> 2 if self.bpp == 4 else banks) - 1
            self.registers[index] = value & mask
        elif index == Register.ENABLE:
            self.write_enable(value)

    def write_enable(self, value: int) -> None:
        """ENABLE: switching the display on resets the virtual width and the offsets,
        fixes the mode up and, unless NOCLEARMEM, clears the visible video memory."""
        r = self.registers
        if value & Enable.ENABLED and not self.enabled:
            r[Register.VIRT_WIDTH] = r[Register.X_OFFSET] = r[Register.Y_OFFSET] = 0
            r[Register.ENABLE] |= Enable.ENABLED
            self._fix_up()
            if not value & Enable.NOCLEARMEM:
                self.clear_memory(min(r[Register.YRES] * self.line_offset, self.video_memory))
        r[Register.ENABLE] = value

    def _fix_up(self) -> None:
        """QEMU's ``vbe_fixup_regs``: the closest valid mode, while enabled."""
        if not self.enabled:
            return
        r = self.registers
        if r[Register.BPP] not in (4, 8, 15, 16, 24, 32):
            r[Register.BPP] = 8
        bits = self.bits_per_pixel(r[Register.BPP])
        r[Register.XRES] = min(r[Register.XRES] & ~7 or 8, MAX_XRES)
        r[Register.VIRT_WIDTH] = max(min(r[Register.VIRT_WIDTH] & ~7, MAX_XRES), r[Register.XRES])
        line = r[Register.VIRT_WIDTH] * bits // 8
        max_y = self.video_memory // line
        r[Register.YRES] = min(r[Register.YRES] or 1, MAX_YRES, max_y)
        r[Register.X_OFFSET] = min(r[Register.X_OFFSET], MAX_XRES)
        r[Register.Y_OFFSET] = min(r[Register.Y_OFFSET], MAX_YRES)
        offset = r[Register.X_OFFSET] * bits // 8 + r[Register.Y_OFFSET] * line
        if offset + r[Register.YRES] * line > self.video_memory:
            r[Register.Y_OFFSET] = 0
            offset = r[Register.X_OFFSET] * bits // 8
            if offset + r[Register.YRES] * line > self.video_memory:
                r[Register.X_OFFSET] = 0
                offset = 0
        r[Register.VIRT_HEIGHT] = max_y & 0xFFFF
        self.line_offset = line
        self.start_address = offset & ~3  # QEMU keeps it in units of 4 bytes

    def register_name(self, port: int, direction: str) -> str:
        """``DISPI index``, ``DISPI[XRES]``…"""
        if port == INDEX_PORT:
            return "DISPI index"
        try:
            return f"DISPI[{Register(self.index).name}]"
        except ValueError:
            return f"DISPI[{self.index:#x}]"

    def save_state(self) -> dict[str, Any]:
        """The index, the registers and the derived line length and start."""
        return {
            "index": self.index,
            "registers": list(self.registers),
            "line_offset": self.line_offset,
            "start_address": self.start_address,
        }

    def load_state(self, state: dict[str, Any]) -> None:
        """Restores :meth:`save_state`."""
        self.index = state["index"]
        self.registers = list(state["registers"])
        self.line_offset = state["line_offset"]
        self.start_address = state["start_address"]
