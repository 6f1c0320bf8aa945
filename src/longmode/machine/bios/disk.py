"""Disks as the BIOS sees them: an image in memory, its geometry, and the EDD structures.

A :class:`Disk` keeps the image's bytes in memory: guest writes change only
that copy, never the file it was read from. Geometry follows QEMU: a hard
disk gets 16 heads and 63 sectors per track with the cylinders from its size
(``guess_chs_for_size`` in ``hw/block/hd-geometry.c``: at least 2, at most
16383); a 1.44 MB image used as a floppy is 80 cylinders, 2 heads, 18
sectors. Formats: the disk address packet and the drive parameters buffer of
the BIOS Enhanced Disk Drive Specification 3.0 (T13/1572D), sections 7.1 and
7.2; the diskette parameter table of the IBM PC AT Technical Reference.
"""

from __future__ import annotations

import struct
from dataclasses import dataclass
from pathlib import Path
from typing import ClassVar, Final

from longmode.platform import FLOPPY_1440K

SECTOR_SIZE: Final = 512
#: The first floppy and the first hard disk.
FLOPPY_DRIVE: Final = 0x00
HARD_DISK_DRIVE: Final = 0x80
BOOT_SIGNATURE: Final = b"\x55\xaa"
BOOT_SIGNATURE_OFFSET: Final = 510


@dataclass(frozen=True)
class Geometry:
    """Cylinders, heads and sectors per track (sectors count from 1 in CHS)."""

    cylinders: int
    heads: int
    sectors: int

    def lba(self, cylinder: int, head: int, sector: int) -> int:
        """The LBA of a CHS address."""
        return (cylinder * self.heads + head) * self.sectors + sector - 1

    def contains(self, cylinder: int, head: int, sector: int) -> bool:
        """True if the CHS address is inside the geometry."""
        return cylinder < self.cylinders and head < self.heads and 1 <= sector <= self.sectors


FLOPPY_GEOMETRY: Final = Geometry(80, 2, 18)


def hard_disk_geometry(sectors: int) -> Geometry:
    """QEMU's guess for a disk without a partition table: 16 heads, 63 sectors."""
    cylinders = min(max(sectors // (16 * 63), 2), 16383)
    return Geometry(cylinders, 16, 63)


class Disk:
    """A raw disk image held in memory; writes change the copy, not the file.

    The image is padded with zeros to a whole number of sectors. ``floppy``
    makes it a 1.44 MB diskette (the image must be at most that big; it is
    padded to 1,474,560 bytes).
    """

    def __init__(self, image: bytes, *, floppy: bool = False, name: str = "disk") -> None:
        if floppy and len(image) > FLOPPY_1440K:
            raise ValueError(
                f"{name}: a 1.44 MB floppy image must be at most {FLOPPY_1440K} bytes, "
                f"not {len(image)}"
            )
        size = FLOPPY_1440K if floppy else -(-len(image) // SECTOR_SIZE) * SECTOR_SIZE
        if size == 0:
            raise ValueError(f"{name}: a disk image must hold at least one sector")
        self.data = bytearray(image.ljust(size, b"\x00"))
        #: The image as given, and the sectors written since: a snapshot keeps only those.
        self.original = image
        self.dirty: set[int] = set()
        self.floppy = floppy
        self.name = name
        self.sectors = size // SECTOR_SIZE
        self.geometry = FLOPPY_GEOMETRY if floppy else hard_disk_geometry(self.sectors)

    @classmethod
    def from_file(cls, path: Path | str, *, floppy: bool = False) -> Disk:
        """Reads the image at ``path`` (the file is never written back): a regular file
        of at most :data:`~longmode.files.MAX_DISK_IMAGE` bytes (InputError if not)."""
        from longmode.files import MAX_DISK_IMAGE, read_input

        data = read_input(path, limit=MAX_DISK_IMAGE, what="the disk image")
        return cls(data, floppy=floppy, name=str(path))

    def read(self, lba: int, count: int) -> bytes:
        """``count`` sectors from ``lba``; raises IndexError past the end."""
        self._check(lba, count)
        return bytes(self.data[lba * SECTOR_SIZE : (lba + count) * SECTOR_SIZE])

    def write(self, lba: int, data: bytes) -> None:
        """Whole sectors from ``lba`` (the in-memory copy only)."""
        count = len(data) // SECTOR_SIZE
        self._check(lba, count)
        self.data[lba * SECTOR_SIZE : (lba + count) * SECTOR_SIZE] = data[: count * SECTOR_SIZE]
        self.dirty.update(range(lba, lba + count))

    def written_sectors(self) -> dict[int, bytes]:
        """Every sector written since the image was loaded, by LBA."""
        return {lba: self.read(lba, 1) for lba in sorted(self.dirty)}

    def revert_to(self, sectors: dict[int, bytes]) -> None:
        """The image as loaded, with ``sectors`` (from :meth:`written_sectors`) written."""
        for lba in self.dirty - sectors.keys():
            original = self.original[lba * SECTOR_SIZE : (lba + 1) * SECTOR_SIZE]
            self.data[lba * SECTOR_SIZE : (lba + 1) * SECTOR_SIZE] = original.ljust(
                SECTOR_SIZE, b"\x00"
            )
        for lba, sector in sectors.items():
            self.data[lba * SECTOR_SIZE : (lba + 1) * SECTOR_SIZE] = sector
        self.dirty = set(sectors)

    def _check(self, lba: int, count: int) -> None:
        if lba < 0 or count < 0 or lba + count > self.sectors:
            raise IndexError(
                f"{self.name}: sectors {lba}-{lba + count - 1} are outside the disk's "
                f"{self.sectors} sectors"
            )

    def boot_sector(self) -> bytes:
        """Sector 0."""
        return self.read(0, 1)

    def is_bootable(self) -> bool:
        """Sector 0 ends with the 0x55 0xAA signature."""
        sector = self.boot_sector()
        return sector[BOOT_SIGNATURE_OFFSET : BOOT_SIGNATURE_OFFSET + 2] == BOOT_SIGNATURE


@dataclass(frozen=True)
class DiskAddressPacket:
    """EDD 3.0 section 7.1: the packet INT 13h AH=42h/43h read at DS:SI."""

    size: int  # 0x10 (or 0x18 with the 64-bit flat buffer address)
    sectors: int  # blocks to transfer; on return, blocks transferred
    buffer_offset: int
    buffer_segment: int
    lba: int
    flat_buffer: int = 0  # used when the segment:offset is FFFF:FFFF and size >= 0x18

    LAYOUT: ClassVar[struct.Struct] = struct.Struct("<BxHHHQ")
    SECTORS_OFFSET: ClassVar[int] = 2

    @classmethod
    def unpack(cls, data: bytes) -> DiskAddressPacket:
        """From the 16 bytes (or 24) at DS:SI."""
        size, sectors, offset, segment, lba = cls.LAYOUT.unpack(data[:16])
        flat = struct.unpack("<Q", data[16:24])[0] if size >= 0x18 and len(data) >= 24 else 0
        return cls(size, sectors, offset, segment, lba, flat)

    @property
    def buffer(self) -> int:
        """Linear address of the transfer buffer."""
        if self.buffer_segment == 0xFFFF and self.buffer_offset == 0xFFFF and self.size >= 0x18:
            return self.flat_buffer
        return (self.buffer_segment << 4) + self.buffer_offset


@dataclass(frozen=True)
class DriveParameters:
    """EDD 3.0 section 7.2: the result buffer of INT 13h AH=48h (the 1.x part, 26 bytes)."""

    info_flags: int
    cylinders: int
    heads: int
    sectors_per_track: int
    total_sectors: int
    bytes_per_sector: int = SECTOR_SIZE

    LAYOUT: ClassVar[struct.Struct] = struct.Struct("<HHIIIQH")
    #: Bytes 0x1A-0x1D: the DPTE pointer (EDD 2.0); FFFF:FFFF = none.
    DPTE_NONE: ClassVar[bytes] = b"\xff\xff\xff\xff"

    def pack(self, size: int = 0x1A) -> bytes:
        """The buffer, starting with its own size word."""
        data = self.LAYOUT.pack(
            size,
            self.info_flags,
            self.cylinders,
            self.heads,
            self.sectors_per_track,
            self.total_sectors,
            self.bytes_per_sector,
        )
        return data + (self.DPTE_NONE if size >= 0x1E else b"")


#: Diskette parameter table for a 1.44 MB drive (INT 1Eh points here): SeaBIOS's values.
DISKETTE_PARAMETERS: Final = bytes([0xAF, 0x02, 0x25, 0x02, 18, 0x1B, 0xFF, 0x6C, 0xF6, 0x0F, 0x08])


def fixed_disk_parameters(geometry: Geometry) -> bytes:
    """The 16-byte fixed-disk parameter table (INT 41h/46h) of a hard disk."""
    # cylinders, heads, 2 reserved bytes, precompensation (none: 0xFFFF), ECC burst,
    # control byte (more than 8 heads: bit 3), 3 reserved, landing zone, sectors, reserved.
    control = 0x08 if geometry.heads > 8 else 0
    table = struct.pack(
        "<HBHHBBBBBHBB",
        min(geometry.cylinders, 1024),
        geometry.heads,
        0,
        0xFFFF,
        0,
        control,
        0,
        0,
        0,
        min(geometry.cylinders, 1024),
        geometry.sectors,
        0,
    )
    return table
