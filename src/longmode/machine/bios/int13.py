"""INT 13h, disk services, for hard disks (80h, 81h…) and 1.44 MB floppies (00h, 01h).

Sources: IBM PC AT Technical Reference, "Diskette/Fixed Disk I/O (INT 13H)";
BIOS Enhanced Disk Drive Specification 3.0 (T13/1572D) for AH=41h-48h;
SeaBIOS ``src/disk.c`` for what QEMU's guests get (AH=08h reports one
cylinder less on hard disks, AH=15h counts the sectors of the cylinders it
reports, AH=41h answers version 3.0 with CX=0007h, an LBA past the end is
AH=01h).

Every call ends with CF and AH (the status, also kept in the BDA at 0x474 for
hard disks and 0x441 for floppies, which AH=01h returns). An unknown drive
number is AH=01h. Transfers copy between guest memory and the
:class:`~longmode.machine.bios.disk.Disk`'s in-memory image.

Not done: the 64 KiB DMA-boundary error (AH=09h) of real floppy controllers,
format (AH=05h), AH=4Eh/49h, and AH=48h's DPTE (the pointer reads FFFF:FFFF).
"""

from __future__ import annotations

import enum
import logging
import struct
from collections.abc import Callable, Mapping
from typing import Final

from longmode.machine.bios import rom
from longmode.machine.bios.bda import Field
from longmode.machine.bios.disk import (
    SECTOR_SIZE,
    Disk,
    DiskAddressPacket,
    DriveParameters,
)
from longmode.machine.bios.services import Service, ServiceCall, dispatch_by_ah

log = logging.getLogger("longmode.bios")

#: Most sectors one CHS call may move (AL), and one EDD call (packet count).
MAX_CHS_SECTORS: Final = 128
MAX_EDD_SECTORS: Final = 127
DiskService = Callable[[ServiceCall, int, Disk, Mapping[int, Disk]], None]


class DiskStatus(enum.IntEnum):
    """AH after INT 13h (IBM AT Technical Reference; SeaBIOS ``DISK_RET_*``)."""

    SUCCESS = 0x00
    INVALID_PARAMETER = 0x01
    ADDRESS_MARK_NOT_FOUND = 0x02
    WRITE_PROTECTED = 0x03
    SECTOR_NOT_FOUND = 0x04
    RESET_FAILED = 0x05
    DMA_OVERRUN = 0x08
    DMA_BOUNDARY = 0x09
    BAD_SECTOR = 0x0A
    SEEK_FAILED = 0x40
    TIMEOUT = 0x80
    NOT_READY = 0xAA


def _finish(call: ServiceCall, drive: int, status: DiskStatus) -> None:
    field = Field.DISK_LAST_STATUS if drive & 0x80 else Field.FLOPPY_LAST_STATUS
    call.bda.set(field, status)
    if status is DiskStatus.SUCCESS:
        call.succeed()
    else:
        call.fail(status)


def _chs(call: ServiceCall) -> tuple[int, int, int]:
    cylinder = call["ch"] | (call["cl"] & 0xC0) << 2
    return cylinder, call["dh"], call["cl"] & 0x3F


def _to_memory(call: ServiceCall, address: int, data: bytes) -> bool:
    if not call.board.memory.is_memory(address, len(data)):
        log.info("INT 13h: buffer at %#x is outside RAM", address)
        return False
    call.write(address, data)
    return True


def _from_memory(call: ServiceCall, address: int, size: int) -> bytes | None:
    if not call.board.memory.is_memory(address, size):
        log.info("INT 13h: buffer at %#x is outside RAM", address)
        return None
    return call.read(address, size)


def _transfer(
    call: ServiceCall, disk: Disk, lba: int, count: int, address: int, write: bool
) -> DiskStatus:
    if lba >= disk.sectors:
        return DiskStatus.INVALID_PARAMETER
    if lba + count > disk.sectors:
        return DiskStatus.SECTOR_NOT_FOUND
    if write:
        data = _from_memory(call, address, count * SECTOR_SIZE)
        if data is None:
            return DiskStatus.DMA_OVERRUN
        disk.write(lba, data)
        return DiskStatus.SUCCESS
    if not _to_memory(call, address, disk.read(lba, count)):
        return DiskStatus.DMA_OVERRUN
    return DiskStatus.SUCCESS


# --- the services -----------------------------------------------------------------


def reset_disk(call: ServiceCall, drive: int, disk: Disk, drives: Mapping[int, Disk]) -> None:
    """AH=00h reset disk system: nothing to reset; success."""
    _finish(call, drive, DiskStatus.SUCCESS)


def get_last_status(call: ServiceCall, drive: int, disk: Disk, drives: Mapping[int, Disk]) -> None:
    """AH=01h get status of last operation: AH = that status, CF if it was an error."""
    field = Field.DISK_LAST_STATUS if drive & 0x80 else Field.FLOPPY_LAST_STATUS
    status = call.bda.get(field)
    call["ah"] = status
    call.set_carry(status != 0)


def _chs_access(call: ServiceCall, drive: int, disk: Disk, write: bool) -> None:
    count = call["al"]
    cylinder, head, sector = _chs(call)
    if not 1 <= count <= MAX_CHS_SECTORS or not disk.geometry.contains(cylinder, head, sector):
        call["al"] = 0
        _finish(call, drive, DiskStatus.INVALID_PARAMETER)
        return
    lba = disk.geometry.lba(cylinder, head, sector)
    address = call.linear(call["es"], call["bx"])
    status = _transfer(call, disk, lba, count, address, write)
    call["al"] = count if status is DiskStatus.SUCCESS else 0
    _finish(call, drive, status)


def read_sectors(call: ServiceCall, drive: int, disk: Disk, drives: Mapping[int, Disk]) -> None:
    """AH=02h read sectors (CHS): AL = count, CH/CL = cylinder and sector, DH = head,
    ES:BX = buffer; AL = sectors read."""
    _chs_access(call, drive, disk, write=False)


def write_sectors(call: ServiceCall, drive: int, disk: Disk, drives: Mapping[int, Disk]) -> None:
    """AH=03h write sectors (CHS): as AH=02h, from ES:BX to the disk image in memory."""
    _chs_access(call, drive, disk, write=True)


def verify_sectors(call: ServiceCall, drive: int, disk: Disk, drives: Mapping[int, Disk]) -> None:
    """AH=04h verify sectors (CHS): checks the address only; AL = count."""
    cylinder, head, sector = _chs(call)
    if not disk.geometry.contains(cylinder, head, sector):
        _finish(call, drive, DiskStatus.INVALID_PARAMETER)
        return
    _finish(call, drive, DiskStatus.SUCCESS)


def no_operation(call: ServiceCall, drive: int, disk: Disk, drives: Mapping[int, Disk]) -> None:
    """AH=0Ch seek, 0Dh alternate reset, 10h test ready, 11h recalibrate: success."""
    _finish(call, drive, DiskStatus.SUCCESS)


def get_drive_parameters(
    call: ServiceCall, drive: int, disk: Disk, drives: Mapping[int, Disk]
) -> None:
    """AH=08h get drive parameters: CH/CL = last cylinder and sector, DH = last head,
    DL = number of drives of that kind; floppies: BL = type 04h, ES:DI = parameter table."""
    geometry = disk.geometry
    last_cylinder = geometry.cylinders - 1
    if drive & 0x80:
        count = sum(1 for number in drives if number & 0x80)
        last_cylinder -= 1  # SeaBIOS keeps the last cylinder for diagnostics
    else:
        count = sum(1 for number in drives if not number & 0x80)
        call["bx"] = 0x0004
        offset, segment = rom.real_mode_pointer(rom.DISKETTE_TABLE)
        call["es"], call["di"] = segment, offset
    last_cylinder = min(last_cylinder, 1023)
    call["al"] = 0
    call["ch"] = last_cylinder & 0xFF
    call["cl"] = (last_cylinder >> 2) & 0xC0 | geometry.sectors & 0x3F
    call["dh"] = geometry.heads - 1
    call["dl"] = count
    _finish(call, drive, DiskStatus.SUCCESS)


def get_disk_type(call: ServiceCall, drive: int, disk: Disk, drives: Mapping[int, Disk]) -> None:
    """AH=15h get disk type: AH = 01h (floppy without change line) or 03h (hard disk,
    CX:DX = sectors of the cylinders AH=08h reports)."""
    _finish(call, drive, DiskStatus.SUCCESS)
    if not drive & 0x80:
        call["ah"] = 0x01
        return
    geometry = disk.geometry
    sectors = (geometry.cylinders - 1) * geometry.heads * geometry.sectors
    call["cx"], call["dx"] = sectors >> 16, sectors & 0xFFFF
    call["ah"] = 0x03


def check_extensions(call: ServiceCall, drive: int, disk: Disk, drives: Mapping[int, Disk]) -> None:
    """AH=41h check extensions present: BX = 55AAh → BX = AA55h, AH = 30h (EDD 3.0),
    CX = 0007h (packet access, locking and ejecting, EDD)."""
    if call["bx"] != 0x55AA:
        _finish(call, drive, DiskStatus.INVALID_PARAMETER)
        return
    _finish(call, drive, DiskStatus.SUCCESS)
    call["bx"] = 0xAA55
    call["cx"] = 0x0007
    call["ah"] = 0x30


def _extended_access(call: ServiceCall, drive: int, disk: Disk, write: bool) -> None:
    packet_address = call.linear(call["ds"], call["si"])
    packet = DiskAddressPacket.unpack(call.read(packet_address, 24))
    count_at = packet_address + DiskAddressPacket.SECTORS_OFFSET
    if packet.size < 0x10 or packet.sectors > MAX_EDD_SECTORS:
        call.write(count_at, b"\x00\x00")
        _finish(call, drive, DiskStatus.INVALID_PARAMETER)
        return
    status = _transfer(call, disk, packet.lba, packet.sectors, packet.buffer, write)
    if status is not DiskStatus.SUCCESS:
        call.write(count_at, b"\x00\x00")
    _finish(call, drive, status)


def extended_read(call: ServiceCall, drive: int, disk: Disk, drives: Mapping[int, Disk]) -> None:
    """AH=42h extended read: the disk address packet at DS:SI (count, buffer, LBA)."""
    _extended_access(call, drive, disk, write=False)


def extended_write(call: ServiceCall, drive: int, disk: Disk, drives: Mapping[int, Disk]) -> None:
    """AH=43h extended write: as AH=42h, to the disk image in memory (AL, verify, ignored)."""
    _extended_access(call, drive, disk, write=True)


def extended_verify(call: ServiceCall, drive: int, disk: Disk, drives: Mapping[int, Disk]) -> None:
    """AH=44h extended verify: checks the packet's LBA range only."""
    packet = DiskAddressPacket.unpack(call.read(call.linear(call["ds"], call["si"]), 24))
    ok = packet.lba + packet.sectors <= disk.sectors
    _finish(call, drive, DiskStatus.SUCCESS if ok else DiskStatus.INVALID_PARAMETER)


def extended_seek(call: ServiceCall, drive: int, disk: Disk, drives: Mapping[int, Disk]) -> None:
    """AH=47h extended seek: success for an LBA on the disk."""
    packet = DiskAddressPacket.unpack(call.read(call.linear(call["ds"], call["si"]), 24))
    ok = packet.lba < disk.sectors
    _finish(call, drive, DiskStatus.SUCCESS if ok else DiskStatus.INVALID_PARAMETER)


def get_extended_parameters(
    call: ServiceCall, drive: int, disk: Disk, drives: Mapping[int, Disk]
) -> None:
    """AH=48h extended get drive parameters: the result buffer at DS:SI (its size word
    first: at least 1Ah; 1Eh or more also gets the DPTE pointer, FFFF:FFFF)."""
    address = call.linear(call["ds"], call["si"])
    (size,) = struct.unpack("<H", call.read(address, 2))
    if size < 0x1A:
        _finish(call, drive, DiskStatus.INVALID_PARAMETER)
        return
    geometry = disk.geometry
    parameters = DriveParameters(
        info_flags=0x0006 if disk.floppy else 0x0002,  # CHS valid (+ removable)
        cylinders=geometry.cylinders,
        heads=geometry.heads,
        sectors_per_track=geometry.sectors,
        total_sectors=disk.sectors,
    )
    call.write(address, parameters.pack(0x1E if size >= 0x1E else 0x1A))
    _finish(call, drive, DiskStatus.SUCCESS)


FUNCTIONS: dict[int, DiskService] = {
    0x00: reset_disk,
    0x01: get_last_status,
    0x02: read_sectors,
    0x03: write_sectors,
    0x04: verify_sectors,
    0x08: get_drive_parameters,
    0x0C: no_operation,
    0x0D: no_operation,
    0x10: no_operation,
    0x11: no_operation,
    0x15: get_disk_type,
    0x41: check_extensions,
    0x42: extended_read,
    0x43: extended_write,
    0x44: extended_verify,
    0x47: extended_seek,
    0x48: get_extended_parameters,
}


def handler(drives: Mapping[int, Disk]) -> Service:
    """The INT 13h service for ``drives`` (drive number → disk)."""

    def on_drive(function: DiskService) -> Service:
        def service(call: ServiceCall) -> None:
            drive = call["dl"]
            disk = drives.get(drive)
            if disk is None:
                log.info("INT 13h AH=%02Xh: no drive %02Xh", call["ah"], drive)
                _finish(call, drive, DiskStatus.INVALID_PARAMETER)
                return
            function(call, drive, disk, drives)

        return service

    return dispatch_by_ah("INT 13h", {ah: on_drive(fn) for ah, fn in FUNCTIONS.items()})
