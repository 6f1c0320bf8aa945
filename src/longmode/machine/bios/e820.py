"""The INT 15h AX=E820h memory map: entry format and the map of this machine.

Format: ACPI 6.5, section 15 "System Address Map Interfaces", table 15.1
(base, length, type; the 4-byte extended attributes of ACPI 3.0 are returned
when the caller's buffer holds 24 bytes). The map follows what SeaBIOS gives
on QEMU's ``pc`` machine (checked against it in the tests): conventional
memory up to the EBDA, the EBDA and the BIOS ROM reserved, RAM from 1 MiB to
the low-memory top less 128 KiB that the BIOS keeps for its tables (our ACPI
tables but the RSDP live there), the BIOS flash below 4 GiB reserved, RAM above 4 GiB when
there is any, and the 12 GiB below 1 TiB that QEMU 7.x reserves (the AMD
HyperTransport range). The rest of the 0xFEC00000 – 4 GiB hole (I/O APIC,
local APIC) is simply not listed, as in QEMU.
"""

from __future__ import annotations

import enum
import struct
from dataclasses import dataclass
from typing import ClassVar, Final

from longmode.machine.bios.bda import EBDA_BASE
from longmode.machine.memory import CONVENTIONAL_TOP, FOUR_GIB, HIGH_MEMORY, MIB, MemoryLayout

#: "SMAP": the signature the caller puts in EDX and the BIOS returns in EAX.
SMAP: Final = 0x534D4150
#: RAM the BIOS keeps at the top of low memory for its tables (SeaBIOS: 128 KiB).
HIGH_TABLES_SIZE: Final = 128 * 1024
ROM_AREA: Final = (0xF0000, 0x10000)
#: From the I/O APIC up to 4 GiB: no RAM (I/O APIC, local APIC, BIOS flash).
PCI_HOLE_START: Final = 0xFEC0_0000
#: The BIOS flash just below 4 GiB, reserved (QEMU: 256 KiB).
BIOS_FLASH: Final = (0xFFFC_0000, 0x4_0000)
#: QEMU 7.x reserves 1 TiB - 12 GiB .. 1 TiB (AMD's HyperTransport range) for every guest.
HYPERTRANSPORT: Final = (0xFD_0000_0000, 0x3_0000_0000)


class MemoryType(enum.IntEnum):
    """Address range types (ACPI table 15.2)."""

    USABLE = 1
    RESERVED = 2
    ACPI_RECLAIMABLE = 3
    ACPI_NVS = 4
    UNUSABLE = 5


@dataclass(frozen=True)
class E820Entry:
    """One address range descriptor: ``BaseAddress``, ``Length``, ``Type``, attributes."""

    base: int
    length: int
    type: MemoryType
    extended_attributes: int = 1  # bit 0: "enabled" (ACPI 3.0)

    LAYOUT: ClassVar[struct.Struct] = struct.Struct("<QQII")
    SIZE: ClassVar[int] = 24
    LEGACY_SIZE: ClassVar[int] = 20

    @property
    def end(self) -> int:
        """First address after the range."""
        return self.base + self.length

    def pack(self, size: int = 24) -> bytes:
        """The descriptor as the BIOS writes it: 20 bytes, or 24 with the attributes."""
        data = self.LAYOUT.pack(self.base, self.length, self.type, self.extended_attributes)
        return data[:size]

    @classmethod
    def unpack(cls, data: bytes) -> E820Entry:
        """Reads a 20- or 24-byte descriptor (a 20-byte one counts as enabled)."""
        legacy = len(data) < cls.SIZE
        raw = bytes(data[: cls.SIZE]).ljust(cls.SIZE, b"\x01")
        base, length, kind, attributes = cls.LAYOUT.unpack(raw)
        return cls(base, length, MemoryType(kind), 1 if legacy else attributes)


def high_tables_base(layout: MemoryLayout) -> int:
    """Where the reserved area for the BIOS tables starts (the ACPI tables' home)."""
    return layout.below_4g - HIGH_TABLES_SIZE


def memory_map(layout: MemoryLayout) -> list[E820Entry]:
    """The E820 map of a machine with ``layout``: sorted, non-overlapping."""
    usable, reserved = MemoryType.USABLE, MemoryType.RESERVED
    tables = high_tables_base(layout)
    entries = [
        E820Entry(0, EBDA_BASE, usable),
        E820Entry(EBDA_BASE, CONVENTIONAL_TOP - EBDA_BASE, reserved),
        E820Entry(*ROM_AREA, reserved),
        E820Entry(HIGH_MEMORY, tables - HIGH_MEMORY, usable),
        E820Entry(tables, HIGH_TABLES_SIZE, reserved),
        E820Entry(*BIOS_FLASH, reserved),
    ]
    if layout.above_4g:
        entries.append(E820Entry(FOUR_GIB, layout.above_4g, usable))
    entries.append(E820Entry(*HYPERTRANSPORT, reserved))
    return entries


def usable_top_below_4g(layout: MemoryLayout) -> int:
    """The end of usable RAM above 1 MiB (what E801h and 88h count up to)."""
    return high_tables_base(layout)


def extended_kib_88h(layout: MemoryLayout) -> int:
    """INT 15h AH=88h: KiB from 1 MiB up, counted to 64 MiB at most (as SeaBIOS)."""
    return (min(usable_top_below_4g(layout), 64 * MIB) - HIGH_MEMORY) // 1024


def e801_values(layout: MemoryLayout) -> tuple[int, int]:
    """INT 15h AX=E801h: (KiB between 1 and 16 MiB, 64 KiB blocks between 16 MiB and 4 GiB)."""
    top = usable_top_below_4g(layout)
    below_16m = (min(top, 16 * MIB) - HIGH_MEMORY) // 1024
    above_16m = max(top - 16 * MIB, 0) // (64 * 1024)
    return below_16m, above_16m
