"""A minimal ACPI: the RSDP in the BIOS area and an RSDT with no tables in it.

Format: ACPI 6.5, section 5.2.5 (RSDP, revision 0: the 20-byte ACPI 1.0
structure), 5.2.6 (the 36-byte system description table header) and 5.2.7
(RSDT). The RSDP sits on a 16-byte boundary in the 0xE0000-0xFFFFF search
area (our ROM tables); the RSDT in the reserved RAM at the top of low memory,
where SeaBIOS keeps its tables. The RSDT lists no table: no MADT (this
machine has no APIC), no FADT, no DSDT; it only tells a kernel that looks
that ACPI is there and has nothing to offer.
"""

from __future__ import annotations

import struct
from dataclasses import dataclass
from typing import ClassVar, Final

OEM_ID: Final = b"LONGMD"
OEM_TABLE_ID: Final = b"LONGMODE"
CREATOR_ID: Final = b"LMPY"


def checksum_byte(data: bytes) -> int:
    """The byte that makes ``data`` sum to 0 modulo 256."""
    return -sum(data) & 0xFF


@dataclass(frozen=True)
class Rsdp:
    """Root System Description Pointer, revision 0 (ACPI 1.0): 20 bytes."""

    rsdt_address: int
    oem_id: bytes = OEM_ID

    SIGNATURE: ClassVar[bytes] = b"RSD PTR "
    LAYOUT: ClassVar[struct.Struct] = struct.Struct("<8sB6sBI")

    def pack(self) -> bytes:
        """The structure with its checksum."""
        raw = self.LAYOUT.pack(self.SIGNATURE, 0, self.oem_id, 0, self.rsdt_address)
        return raw[:8] + bytes([checksum_byte(raw)]) + raw[9:]


@dataclass(frozen=True)
class SdtHeader:
    """The 36-byte header every ACPI system description table starts with."""

    signature: bytes
    length: int
    revision: int = 1
    oem_id: bytes = OEM_ID
    oem_table_id: bytes = OEM_TABLE_ID
    oem_revision: int = 1
    creator_id: bytes = CREATOR_ID
    creator_revision: int = 1

    LAYOUT: ClassVar[struct.Struct] = struct.Struct("<4sIBB6s8sI4sI")
    SIZE: ClassVar[int] = 36

    def pack(self, checksum: int = 0) -> bytes:
        """The header with ``checksum`` in its place."""
        return self.LAYOUT.pack(
            self.signature,
            self.length,
            self.revision,
            checksum,
            self.oem_id,
            self.oem_table_id,
            self.oem_revision,
            self.creator_id,
            self.creator_revision,
        )


def rsdt(entries: list[int]) -> bytes:
    """An RSDT pointing at the tables at the 32-bit addresses ``entries``."""
    body = b"".join(struct.pack("<I", address) for address in entries)
    header = SdtHeader(b"RSDT", SdtHeader.SIZE + len(body))
    raw = header.pack() + body
    return header.pack(checksum_byte(raw)) + body
