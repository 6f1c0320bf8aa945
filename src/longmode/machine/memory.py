"""The physical address space of the PC: where RAM, video memory and ROM are.

The layout follows QEMU's ``pc`` machine so that the memory map a kernel sees
agrees with QEMU's for the same ``-m``:

* 0 – 0x9FFFF conventional memory (the EBDA in its last KiB),
* 0xA0000 – 0xBFFFF video memory (0xB8000: the text buffer),
* 0xC0000 – 0xFFFFF option ROMs and the BIOS (ours lives at 0xF0000),
* 1 MiB up to the low-memory top: RAM; with 3.5 GiB or more, low memory stops
  at 3 GiB and the rest of RAM moves above 4 GiB (QEMU's i440fx rule),
* 0xFD000000 – 0xFDFFFFFF the linear framebuffer of the Bochs/QEMU std VGA
  (16 MiB: QEMU's default ``vgamem`` at its default PCI BAR 0 address), mapped
  as plain memory; like QEMU's, it is not RAM and not in the E820 map,
* everything else, up to the CPU's 40 physical address bits (the
  0xFEC00000 – 0xFFFFFFFF hole with its I/O APIC, local APIC and BIOS flash
  included), is unassigned: it reads as 0 and drops writes, as QEMU's does.

This module is data only: the memory bus (:mod:`longmode.machine.board.memory`)
maps it into the CPU.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

KIB, MIB, GIB = 1 << 10, 1 << 20, 1 << 30
CONVENTIONAL_TOP = 0xA0000
EBDA_BASE = 0x9FC00
VIDEO_BASE = 0xA0000
OPTION_ROM_BASE = 0xC0000
BIOS_BASE = 0xF0000
HIGH_MEMORY = 0x100000
FOUR_GIB = 1 << 32
#: QEMU pc: from this much RAM on, low memory ends at 3 GiB instead of 3.5 GiB.
LOW_MEMORY_SPLIT = 0xE000_0000
LOW_MEMORY_TOP_LARGE = 0xC000_0000
MINIMUM_MEMORY = 2 * MIB
#: The CPU has 40 physical address bits (1 TiB), and RAM above 3 GiB moves up by 1 GiB.
PHYSICAL_ADDRESS_BITS = 40
MAX_MEMORY = (1 << PHYSICAL_ADDRESS_BITS) - (FOUR_GIB - LOW_MEMORY_TOP_LARGE)
#: The std VGA's linear framebuffer (PCI BAR 0 as SeaBIOS assigns it under QEMU).
LFB_BASE = 0xFD00_0000
LFB_SIZE = 16 * MIB


@dataclass(frozen=True)
class MemoryLayout:
    """How much RAM lies below 4 GiB and above it, for a given RAM size."""

    total: int
    below_4g: int
    above_4g: int

    @classmethod
    def for_size(cls, total: int) -> MemoryLayout:
        if total < MINIMUM_MEMORY:
            raise ValueError(f"memory size must be at least 2 MiB, not {total:#x} bytes")
        if total % (64 * KIB):
            raise ValueError(f"memory size must be a multiple of 64 KiB, not {total:#x} bytes")
        below = total if total < LOW_MEMORY_SPLIT else LOW_MEMORY_TOP_LARGE
        return cls(total, below, total - below)

    @property
    def extended_kib(self) -> int:
        """RAM between 1 MiB and the low-memory top, in KiB (what INT 15h AH=88h counts)."""
        return (self.below_4g - HIGH_MEMORY) // KIB


def parse_memory_size(text: str) -> int:
    """``"512M"``, ``"4G"``, ``"1.5G"``, ``"65536K"`` or a byte count (``"4096B"``), as
    QEMU's ``-m`` reads it (M is the default unit). ValueError for anything else,
    NaN and infinities included."""
    cleaned = text.strip().upper()
    units = {"K": KIB, "M": MIB, "G": GIB, "T": 1 << 40}
    number, unit = cleaned, MIB
    if cleaned.endswith("B") and cleaned[:-1].isdigit():
        number, unit = cleaned[:-1], 1
    elif cleaned and cleaned[-1] in units:
        number, unit = cleaned[:-1], units[cleaned[-1]]
    try:
        value = float(number)
    except ValueError:
        value = math.nan
    if not math.isfinite(value) or value < 0 or not number.replace(".", "", 1).isdigit():
        raise ValueError(f"not a memory size: {text!r} (try 32M, 512M or 4G)")
    return int(value * unit)
