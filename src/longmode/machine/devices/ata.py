"""An ATA (IDE) channel with up to two hard disks, as the PC's legacy IDE ports have it.

Datasheet: ANSI INCITS 361-2002, AT Attachment with Packet Interface - 6
(ATA/ATAPI-6, T13/1410D revision 3b): section 7 "Register description"
(Alternate Status, Command, Data, Device, Device Control, Error, Features,
LBA Low/Mid/High, Sector Count, Status), section 8 "Command descriptions"
(IDENTIFY DEVICE 8.15, READ SECTORS 8.36, READ SECTORS EXT 8.37, READ
MULTIPLE 8.30, SET MULTIPLE MODE 8.46, WRITE SECTORS 8.60, WRITE MULTIPLE
8.55 and their EXT forms), section 9 "Protocol" (PIO data-in and data-out:
an interrupt for each DRQ block read, none before the first block written)
and 6.20 "48-bit Address feature set" (each command-block register is a
two-byte FIFO; Device Control's HOB bit reads the older byte).

Where the datasheet leaves a choice, this follows QEMU's ``hw/ide/core.c``
(the PC we are compared with): the IDENTIFY DEVICE words, drives numbered for
their serial numbers "QM00001"... in the order QEMU creates them, the firmware
revision "2.5+" (QEMU's hardware version of its current machine types), at
most 16 sectors per READ/WRITE MULTIPLE block and that setting at power-on
(IDENTIFY word 59 always gives it, as QEMU's cached IDENTIFY data does, where
ATA/ATAPI-6 wants the count SET MULTIPLE MODE set),
register writes ignored while BSY or DRQ, a command to an absent device 1
ignored, reads of a channel without drives all 0, and an absent device 1's
Status and Error reading 0. Transfers that run past the disk's end move the
blocks before it, then abort.

Time: every command completes at once (no seek, rotation or transfer time); the
IRQ line rises when the datasheet says INTRQ is asserted (unless Device
Control's nIEN is set) and falls when Status is read or a command written.
Reset (power-on, or SRST) is done at once too, with the diagnostic's results
(Error 01h, the signature in Sector Count to LBA High).

Not emulated: DMA (READ/WRITE DMA and the PCI bus-master registers: those
commands are aborted), ATAPI/PACKET devices (QEMU's default PC has an empty
CD-ROM as secondary master: here that device is absent), PCI configuration,
power management (STANDBY/IDLE/SLEEP and CHECK POWER MODE complete and do
nothing, the device is always active), SMART, SET FEATURES, security,
DEVICE RESET, TRIM, error and write-fault conditions of real media (the disk
never fails), and the drive address register at 3F7h.
"""

from __future__ import annotations

import struct
from collections.abc import Callable
from typing import Any, Final, Protocol

from longmode.machine.devices import pc_ports
from longmode.machine.devices.base import Device, IrqLine, no_irq

SECTOR_SIZE: Final = 512
#: The most sectors per READ/WRITE MULTIPLE block (QEMU's MAX_MULT_SECTORS).
MAX_MULTIPLE: Final = 16
#: IDENTIFY DEVICE words 23-26: QEMU's ``qemu_hw_version()`` for its current machines.
FIRMWARE_REVISION: Final = "2.5+"
MODEL_NUMBER: Final = "QEMU HARDDISK"
#: The largest LBA28 capacity (IDENTIFY words 60-61 saturate at 2^28 - 1).
LBA28_LIMIT: Final = (1 << 28) - 1

# Status register bits (ATA/ATAPI-6 7.15): BSY, DRDY, DF, DSC (the obsolete bit 4
# that QEMU still sets), DRQ, ERR.
BSY: Final = 0x80
DRDY: Final = 0x40
DF: Final = 0x20
DSC: Final = 0x10
DRQ: Final = 0x08
ERR: Final = 0x01
# Error register: ABRT, command aborted.
ABRT: Final = 0x04
# Device register: LBA addressing, DEV (device 1), and bits 7 and 5, always read as one.
DEVICE_LBA: Final = 0x40
DEVICE_DEV: Final = 0x10
DEVICE_ALWAYS_ONE: Final = 0xA0
DEVICE_HEAD: Final = 0x0F
# Device Control register (7.9): HOB, SRST, nIEN.
HOB: Final = 0x80
SRST: Final = 0x04
NIEN: Final = 0x02

# Command codes (ATA/ATAPI-6 table B.2).
IDENTIFY_DEVICE: Final = 0xEC
READ_SECTORS: Final = 0x20
READ_SECTORS_NO_RETRY: Final = 0x21
READ_SECTORS_EXT: Final = 0x24
READ_MULTIPLE: Final = 0xC4
READ_MULTIPLE_EXT: Final = 0x29
WRITE_SECTORS: Final = 0x30
WRITE_SECTORS_NO_RETRY: Final = 0x31
WRITE_SECTORS_EXT: Final = 0x34
WRITE_MULTIPLE: Final = 0xC5
WRITE_MULTIPLE_EXT: Final = 0x39
SET_MULTIPLE_MODE: Final = 0xC6
EXECUTE_DEVICE_DIAGNOSTIC: Final = 0x90
FLUSH_CACHE: Final = 0xE7
FLUSH_CACHE_EXT: Final = 0xEA
READ_VERIFY_SECTORS: Final = 0x40
READ_VERIFY_SECTORS_NO_RETRY: Final = 0x41
READ_VERIFY_SECTORS_EXT: Final = 0x42
READ_NATIVE_MAX_ADDRESS: Final = 0xF8
READ_NATIVE_MAX_ADDRESS_EXT: Final = 0x27
CHECK_POWER_MODE: Final = (0xE5, 0x98)
#: Commands that complete and do nothing here: RECALIBRATE, INITIALIZE DEVICE
#: PARAMETERS, SEEK, STANDBY/IDLE (IMMEDIATE), SLEEP, with their old codes.
NO_OPERATION_COMMANDS: Final = (0x10, 0x91, 0x70, 0xE0, 0xE1, 0xE2, 0xE3, 0xE6, 0x94, 0x95)
NO_OPERATION_COMMANDS_2: Final = (0x96, 0x97, 0x99)
#: The 48-bit forms: a 16-bit sector count and a 48-bit address in the register FIFOs.
EXT_COMMANDS: Final = frozenset(
    (
        READ_SECTORS_EXT,
        READ_MULTIPLE_EXT,
        WRITE_SECTORS_EXT,
        WRITE_MULTIPLE_EXT,
        READ_VERIFY_SECTORS_EXT,
        READ_NATIVE_MAX_ADDRESS_EXT,
    )
)
#: Commands whose successful completion also sets DSC (QEMU's SET_DSC flag).
SETS_DSC: Final = frozenset((0x10, 0x91, 0x70, 0x40, 0x41, 0x42, 0xC6, 0xE5, 0x98, 0xF8, 0x27))

#: What ends a PIO transfer when its last word has moved (QEMU's end_transfer_func):
#: the next READ block, the next WRITE block, the end of a one-block data-in
#: command (IDENTIFY), or nothing (the power-on "dummy" transfer).
TRANSFER_READ, TRANSFER_WRITE, TRANSFER_STOP, TRANSFER_NONE = "read", "write", "stop", "none"

#: Register names for the access log, by offset from the command block (in, out).
_REGISTERS = (
    ("Data", "Data"),
    ("Error", "Features"),
    ("Sector Count", "Sector Count"),
    ("LBA Low", "LBA Low"),
    ("LBA Mid", "LBA Mid"),
    ("LBA High", "LBA High"),
    ("Device", "Device"),
    ("Status", "Command"),
)
#: The command-block registers that are two-byte FIFOs (offsets 1-5).
_FIFO_REGISTERS = ("features", "sector_count", "lba_low", "lba_mid", "lba_high")


class ChsGeometry(Protocol):
    """Cylinders, heads, sectors per track of a disk."""

    @property
    def cylinders(self) -> int: ...

    @property
    def heads(self) -> int: ...

    @property
    def sectors(self) -> int: ...


class Medium(Protocol):
    """What a drive needs of its disk (:class:`~longmode.machine.bios.disk.Disk` is one):
    whole sectors by LBA, the size, and the CHS geometry (``.cylinders``, ``.heads``,
    ``.sectors``) for CHS addressing and IDENTIFY."""

    sectors: int

    @property
    def geometry(self) -> ChsGeometry: ...

    def read(self, lba: int, count: int) -> bytes: ...

    def write(self, lba: int, data: bytes) -> None: ...


class AtaDrive:
    """One ATA device on a channel: its copy of the command-block registers, and its
    disk (None: no device there). Both devices see every register write; only the
    selected one executes a command, so their copies then differ, as QEMU keeps them."""

    def __init__(self, raise_irq: Callable[[], None], serial: int) -> None:
        self.raise_irq = raise_irq
        #: IDENTIFY words 10-19: "QM" and the drive's number, as QEMU numbers them.
        self.serial_number = f"QM{serial:05d}"
        self.medium: Medium | None = None
        self.power_on()

    def power_on(self) -> None:
        """Reset (QEMU's ``ide_reset``): registers and signature, no transfer."""
        self.multiple = MAX_MULTIPLE
        self.features = self.features_previous = 0
        self.error = 0
        self.sector_count = self.sector_count_previous = 0
        self.lba_low = self.lba_low_previous = 0
        self.lba_mid = self.lba_mid_previous = 0
        self.lba_high = self.lba_high_previous = 0
        self.device = DEVICE_ALWAYS_ONE
        self.status = DRDY | DSC
        self.lba48 = False
        #: Sectors a READ/WRITE block moves: 1, or the multiple count.
        self.block_sectors = 0
        self.set_signature()
        self.buffer = bytearray(MAX_MULTIPLE * SECTOR_SIZE)
        self.data_ptr = self.data_end = 0
        self.transfer = TRANSFER_NONE

    def set_signature(self) -> None:
        """The ATA signature (ATA/ATAPI-6 9.12): 1, 1, 0, 0 (FFh FFh without a disk)."""
        self.device &= ~DEVICE_HEAD
        self.sector_count = 1
        self.lba_low = 1
        self.lba_mid = self.lba_high = 0 if self.medium is not None else 0xFF

    def diagnose(self) -> None:
        """The EXECUTE DEVICE DIAGNOSTIC outputs: signature, Error 01h (passed)."""
        self.set_signature()
        self.status = DRDY | DSC
        self.error = 0x01
        self.raise_irq()

    # --- addresses ------------------------------------------------------------

    def address(self) -> int:
        """The LBA the registers give: LBA48, LBA28, or CHS (Device bit 6 clear)."""
        if self.device & DEVICE_LBA:
            if self.lba48:
                return (
                    self.lba_high_previous << 40
                    | self.lba_mid_previous << 32
                    | self.lba_low_previous << 24
                    | self.lba_high << 16
                    | self.lba_mid << 8
                    | self.lba_low
                )
            return (
                (self.device & DEVICE_HEAD) << 24
                | self.lba_high << 16
                | self.lba_mid << 8
                | (self.lba_low)
            )
        assert self.medium is not None
        geometry = self.medium.geometry
        cylinder = self.lba_high << 8 | self.lba_mid
        head = self.device & DEVICE_HEAD
        return (cylinder * geometry.heads + head) * geometry.sectors + self.lba_low - 1

    def set_address(self, lba: int) -> None:
        """The registers after a block moved: the next sector's address, in the same form."""
        if self.device & DEVICE_LBA:
            self.lba_low, self.lba_mid = lba & 0xFF, lba >> 8 & 0xFF
            self.lba_high = lba >> 16 & 0xFF
            if self.lba48:
                self.lba_low_previous = lba >> 24 & 0xFF
                self.lba_mid_previous = lba >> 32 & 0xFF
                self.lba_high_previous = lba >> 40 & 0xFF
            else:
                self.device = self.device & ~DEVICE_HEAD | lba >> 24 & DEVICE_HEAD
            return
        assert self.medium is not None
        geometry = self.medium.geometry
        per_cylinder = geometry.heads * geometry.sectors
        cylinder, rest = divmod(lba, per_cylinder)
        self.lba_high, self.lba_mid = cylinder >> 8 & 0xFF, cylinder & 0xFF
        self.device = self.device & ~DEVICE_HEAD | (rest // geometry.sectors) & DEVICE_HEAD
        self.lba_low = rest % geometry.sectors + 1

    def _in_range(self, lba: int, count: int) -> bool:
        assert self.medium is not None
        return lba >= 0 and count <= self.medium.sectors - lba

    def _take_count(self, lba48: bool) -> None:
        """The sector count as one number: 0 means 256 (65,536 for an EXT command)."""
        self.lba48 = lba48
        if not lba48:
            self.sector_count = self.sector_count or 256
        else:
            count = self.sector_count_previous << 8 | self.sector_count
            self.sector_count = count or 65536

    # --- transfers ------------------------------------------------------------

    def abort(self) -> None:
        """ABRT in Error, ERR in Status, any transfer stopped."""
        self.stop_transfer()
        self.status = DRDY | ERR
        self.error = ABRT

    def start_transfer(self, data: bytes | int, end: str) -> None:
        """A DRQ block of ``data`` (or room for that many bytes) for the data port."""
        if isinstance(data, bytes):
            self.buffer[: len(data)] = data
            size = len(data)
        else:
            size = data
        self.data_ptr, self.data_end = 0, size
        self.transfer = end
        if not self.status & ERR:
            self.status |= DRQ

    def stop_transfer(self) -> None:
        self.data_ptr = self.data_end = 0
        self.transfer = TRANSFER_STOP
        self.status &= ~DRQ

    def data_in(self) -> bool:
        """True while the transfer is device-to-host (a READ or IDENTIFY)."""
        return self.transfer != TRANSFER_WRITE

    def read_data(self, size: int) -> int:
        """``size`` bytes from the data port (0 unless a data-in block is pending)."""
        if not self.status & DRQ or not self.data_in() or self.data_ptr + size > self.data_end:
            return 0
        value = int.from_bytes(self.buffer[self.data_ptr : self.data_ptr + size], "little")
        self._moved(size)
        return value

    def read_data_block(self, size: int, count: int) -> bytes:
        """Up to ``count`` reads of ``size`` bytes at once, ending at the end of the
        current block at the latest (where the next block or the end of the command
        follows, as after the last single read)."""
        if not self.status & DRQ or not self.data_in():
            return b""
        count = min(count, (self.data_end - self.data_ptr) // size)
        if count <= 0:
            return b""
        start = self.data_ptr
        data = bytes(self.buffer[start : start + count * size])
        self._moved(count * size)
        return data

    def write_data_block(self, size: int, data: bytes) -> int:
        """Up to ``len(data) // size`` writes of ``size`` bytes at once, ending at the end
        of the current block at the latest; how many were taken."""
        if not self.status & DRQ or self.data_in():
            return 0
        count = min(len(data) // size, (self.data_end - self.data_ptr) // size)
        if count <= 0:
            return 0
        self.buffer[self.data_ptr : self.data_ptr + count * size] = data[: count * size]
        self._moved(count * size)
        return count

    def write_data(self, size: int, value: int) -> None:
        """``size`` bytes to the data port (dropped unless a data-out block is pending)."""
        if not self.status & DRQ or self.data_in() or self.data_ptr + size > self.data_end:
            return
        self.buffer[self.data_ptr : self.data_ptr + size] = value.to_bytes(size, "little")
        self._moved(size)

    def _moved(self, size: int) -> None:
        self.data_ptr += size
        if self.data_ptr >= self.data_end:
            self.status &= ~DRQ
            self._end_of_block()

    def _end_of_block(self) -> None:
        if self.transfer == TRANSFER_READ:
            self.read_block()
        elif self.transfer == TRANSFER_WRITE:
            self.write_block()
        elif self.transfer == TRANSFER_STOP:
            self.stop_transfer()

    def _next_block(self) -> tuple[int, int] | None:
        """The block's LBA and sector count; None if it leaves the disk (the command is
        then aborted, with its interrupt)."""
        lba = self.address()
        count = min(self.sector_count, self.block_sectors)
        if not self._in_range(lba, count):
            self.abort()
            self.raise_irq()
            return None
        return lba, count

    def read_block(self) -> None:
        """The next data-in block of a READ command, or the command's end."""
        self.status = DRDY | DSC
        self.error = 0
        if self.sector_count == 0:
            self.stop_transfer()
            return
        block = self._next_block()
        if block is None:
            return
        lba, count = block
        assert self.medium is not None
        data = self.medium.read(lba, count)
        self.set_address(lba + count)
        self.sector_count -= count
        self.start_transfer(data, TRANSFER_READ)
        self.raise_irq()

    def write_block(self) -> None:
        """The block just written goes to the disk; then the next block, or the end."""
        self.status = DRDY | DSC
        block = self._next_block()
        if block is None:
            return
        lba, count = block
        assert self.medium is not None
        self.medium.write(lba, bytes(self.buffer[: count * SECTOR_SIZE]))
        self.sector_count -= count
        self.set_address(lba + count)
        if self.sector_count == 0:
            self.stop_transfer()
        else:
            size = min(self.sector_count, self.block_sectors) * SECTOR_SIZE
            self.start_transfer(size, TRANSFER_WRITE)
        self.raise_irq()

    # --- commands: each returns True when the command completes at once ------------

    def identify(self, command: int) -> bool:
        if self.medium is None:
            self.abort()
            return True
        self.status = DRDY | DSC
        self.start_transfer(self.identify_data(), TRANSFER_STOP)
        self.raise_irq()
        return False

    def read_sectors(self, command: int) -> bool:
        return self._start_read(command, 1)

    def read_multiple(self, command: int) -> bool:
        return self._start_read(command, self.multiple)

    def write_sectors(self, command: int) -> bool:
        return self._start_write(command, 1)

    def write_multiple(self, command: int) -> bool:
        return self._start_write(command, self.multiple)

    def _start_read(self, command: int, block: int) -> bool:
        """A READ command in blocks of ``block`` sectors (0: multiple mode is off)."""
        if self.medium is None or not block:
            self.abort()
            return True
        self._take_count(command in EXT_COMMANDS)
        self.block_sectors = block
        self.read_block()
        return False

    def _start_write(self, command: int, block: int) -> bool:
        """A WRITE command: DRQ for the first block at once, no interrupt before it."""
        if self.medium is None or not block:
            self.abort()
            return True
        self._take_count(command in EXT_COMMANDS)
        self.block_sectors = block
        self.status = DRDY | DSC
        self.start_transfer(min(self.sector_count, block) * SECTOR_SIZE, TRANSFER_WRITE)
        return False

    def set_multiple_mode(self, command: int) -> bool:
        count = self.sector_count & 0xFF
        if count and (count > MAX_MULTIPLE or count & (count - 1)):
            self.abort()
        else:
            self.multiple = count
        return True

    def execute_device_diagnostic(self, command: int) -> bool:
        self.diagnose()
        return False

    def flush_cache(self, command: int) -> bool:
        self.status = DRDY | DSC
        self.raise_irq()
        return False

    def read_verify_sectors(self, command: int) -> bool:
        self._take_count(command in EXT_COMMANDS)
        return True

    def read_native_max_address(self, command: int) -> bool:
        if self.medium is None:
            self.abort()
            return True
        self._take_count(command in EXT_COMMANDS)
        self.set_address(self.medium.sectors - 1)
        return True

    def check_power_mode(self, command: int) -> bool:
        self.sector_count = 0xFF  # active or idle
        return True

    def no_operation(self, command: int) -> bool:
        return True

    def identify_data(self) -> bytes:
        """The 256 IDENTIFY DEVICE words (ATA/ATAPI-6 table 27), valued as QEMU's."""
        assert self.medium is not None
        geometry = self.medium.geometry
        total = self.medium.sectors
        chs_capacity = geometry.cylinders * geometry.heads * geometry.sectors
        lba28 = min(total, LBA28_LIMIT)
        words = [0] * 256
        words[0] = 0x0040  # fixed device
        words[1], words[3], words[6] = geometry.cylinders, geometry.heads, geometry.sectors
        words[4], words[5] = SECTOR_SIZE * geometry.sectors, SECTOR_SIZE  # retired
        words[20], words[21], words[22] = 3, 512, 4  # retired buffer type and size, ECC bytes
        words[47] = 0x8000 | MAX_MULTIPLE
        words[48] = 1  # (QEMU: doubleword I/O)
        words[49] = 1 << 11 | 1 << 9 | 1 << 8  # IORDY, LBA, DMA
        words[51] = words[52] = 0x200
        words[53] = 0x0007  # words 54-58, 64-70 and 88 are valid
        words[54], words[55], words[56] = geometry.cylinders, geometry.heads, geometry.sectors
        words[57], words[58] = chs_capacity & 0xFFFF, chs_capacity >> 16 & 0xFFFF
        # Word 59 should give the current multiple count; QEMU keeps the IDENTIFY data
        # its firmware first read (at power-on's 16) whatever SET MULTIPLE MODE did since.
        words[59] = 0x100 | MAX_MULTIPLE
        words[60], words[61] = lba28 & 0xFFFF, lba28 >> 16
        words[62] = words[63] = 0x07  # single- and multiword DMA modes 0-2
        words[64] = 0x03  # PIO modes 3 and 4
        words[65] = words[66] = words[67] = words[68] = 120
        words[69] = 1 << 14  # (QEMU: deterministic TRIM)
        words[80], words[81] = 0xF0, 0x16  # ATA-4 to ATA-7; minor version
        words[82] = 1 << 14 | 1 << 5 | 1  # NOP, write cache, SMART
        words[83] = 1 << 14 | 1 << 13 | 1 << 12 | 1 << 10  # FLUSH CACHE (EXT), 48-bit
        words[84] = 1 << 14
        words[85] = 1 << 14 | 1 << 5 | 1
        words[86] = 1 << 13 | 1 << 12 | 1 << 10
        words[87] = 1 << 14
        words[88] = 0x3F | 1 << 13  # UDMA modes 0-5, mode 5 selected
        words[93] = 1 | 1 << 14 | 0x2000
        for i in range(4):
            words[100 + i] = total >> 16 * i & 0xFFFF
        words[106] = 0x6000  # one logical sector per physical sector
        words[169] = 1  # (QEMU: TRIM supported)
        data = bytearray(struct.pack("<256H", *words))
        for word, length, text in (
            (10, 20, self.serial_number),
            (23, 8, FIRMWARE_REVISION),
            (27, 40, MODEL_NUMBER),
        ):
            data[word * 2 : word * 2 + length] = _ata_string(text, length)
        return bytes(data)

    # --- state ----------------------------------------------------------------

    _STATE = (
        "multiple", "features", "features_previous", "error", "sector_count",
        "sector_count_previous", "lba_low", "lba_low_previous", "lba_mid", "lba_mid_previous",
        "lba_high", "lba_high_previous", "device", "status", "lba48", "block_sectors",
        "data_ptr", "data_end", "transfer",
    )  # fmt: skip

    def save_state(self) -> dict[str, Any]:
        state: dict[str, Any] = {name: getattr(self, name) for name in self._STATE}
        state["buffer"] = self.buffer.hex()
        return state

    def load_state(self, state: dict[str, Any]) -> None:
        for name in self._STATE:
            setattr(self, name, state[name])
        self.buffer = bytearray.fromhex(state["buffer"])


def _ata_string(text: str, length: int) -> bytes:
    """An IDENTIFY string: ASCII padded with spaces, each word's two bytes swapped."""
    raw = text.encode("ascii").ljust(length)[:length]
    return bytes(raw[i ^ 1] for i in range(length))


#: Command code -> the drive's method. Anything else is aborted.
COMMANDS: Final[dict[int, Callable[[AtaDrive, int], bool]]] = {
    IDENTIFY_DEVICE: AtaDrive.identify,
    READ_SECTORS: AtaDrive.read_sectors,
    READ_SECTORS_NO_RETRY: AtaDrive.read_sectors,
    READ_SECTORS_EXT: AtaDrive.read_sectors,
    READ_MULTIPLE: AtaDrive.read_multiple,
    READ_MULTIPLE_EXT: AtaDrive.read_multiple,
    WRITE_SECTORS: AtaDrive.write_sectors,
    WRITE_SECTORS_NO_RETRY: AtaDrive.write_sectors,
    WRITE_SECTORS_EXT: AtaDrive.write_sectors,
    WRITE_MULTIPLE: AtaDrive.write_multiple,
    WRITE_MULTIPLE_EXT: AtaDrive.write_multiple,
    SET_MULTIPLE_MODE: AtaDrive.set_multiple_mode,
    EXECUTE_DEVICE_DIAGNOSTIC: AtaDrive.execute_device_diagnostic,
    FLUSH_CACHE: AtaDrive.flush_cache,
    FLUSH_CACHE_EXT: AtaDrive.flush_cache,
    READ_VERIFY_SECTORS: AtaDrive.read_verify_sectors,
    READ_VERIFY_SECTORS_NO_RETRY: AtaDrive.read_verify_sectors,
    READ_VERIFY_SECTORS_EXT: AtaDrive.read_verify_sectors,
    READ_NATIVE_MAX_ADDRESS: AtaDrive.read_native_max_address,
    READ_NATIVE_MAX_ADDRESS_EXT: AtaDrive.read_native_max_address,
    **dict.fromkeys(CHECK_POWER_MODE, AtaDrive.check_power_mode),
    **dict.fromkeys(NO_OPERATION_COMMANDS + NO_OPERATION_COMMANDS_2, AtaDrive.no_operation),
}


class AtaChannel(Device):
    """One ATA channel of the PC's IDE controller: the command block (eight ports),
    the control block (Alternate Status / Device Control), one IRQ line, and device 0
    and device 1 (:meth:`attach` gives them disks). See the module doc for what is
    and is not emulated.
    """

    def __init__(
        self,
        command_block: tuple[int, int] = pc_ports.ATA_PRIMARY,
        control_block: tuple[int, int] = pc_ports.ATA_PRIMARY_CONTROL,
        irq: IrqLine = no_irq,
        name: str = "ata-primary",
        first_serial: int = 1,
    ) -> None:
        self.name = name
        self.ports = (command_block, control_block)
        self.command_base = command_block[0]
        self.string_ports = frozenset({command_block[0]})
        self.control_port = control_block[0]
        self.irq = irq
        self.drives = (
            AtaDrive(self._raise_irq, first_serial),
            AtaDrive(self._raise_irq, first_serial + 1),
        )
        self.reset()

    def attach(self, unit: int, medium: Medium | None) -> None:
        """Device ``unit`` (0 master, 1 slave) gets ``medium`` (None: no device)."""
        drive = self.drives[unit]
        drive.medium = medium
        drive.power_on()

    def reset(self) -> None:
        """Power-on: both devices reset, device 0 selected, Device Control 0."""
        self.selected = 0
        self.device_control = 0
        self.irq_level = False
        self.irq(False)
        for drive in self.drives:
            drive.power_on()

    # --- the IRQ line -----------------------------------------------------------

    def _raise_irq(self) -> None:
        if not self.device_control & NIEN:
            self._set_irq(True)

    def _set_irq(self, level: bool) -> None:
        if level != self.irq_level:
            self.irq_level = level
            self.irq(level)

    # --- registers --------------------------------------------------------------

    @property
    def drive(self) -> AtaDrive:
        """The selected device (Device register bit 4)."""
        return self.drives[self.selected]

    def _no_devices(self) -> bool:
        return all(drive.medium is None for drive in self.drives)

    def _absent(self) -> bool:
        """Status and Error read 0: no devices at all, or device 1 selected and absent."""
        return self._no_devices() or (self.selected == 1 and self.drive.medium is None)

    def read(self, port: int, size: int) -> int:
        if port == self.control_port:
            return self.read_alternate_status()
        offset = port - self.command_base
        if offset == 0:
            return self.drive.read_data(size if size > 1 else 2) & (1 << 8 * size) - 1
        value = 0
        for i in range(size):  # a wider access reads the next registers too, as bytes
            byte = self.read_register(offset + i) if offset + i < 8 else 0xFF
            value |= byte << 8 * i
        return value

    def read_string(self, port: int, size: int, count: int) -> bytes:
        """The data port, several words (or dwords) at once (``Device.read_string``)."""
        if size not in (2, 4) or self._absent():
            return b""
        return self.drive.read_data_block(size, count)

    def write_string(self, port: int, size: int, data: bytes) -> int:
        """The data port, several words (or dwords) at once (``Device.write_string``)."""
        if size not in (2, 4) or self._absent():
            return 0
        return self.drive.write_data_block(size, data)

    def read_register(self, offset: int) -> int:
        """A command-block register (offsets 1-7), as the selected device holds it."""
        drive = self.drive
        if offset == 7:
            self._set_irq(False)
            return 0 if self._absent() else drive.status
        if offset == 1:
            if self._absent():
                return 0
            return drive.features_previous if self.device_control & HOB else drive.error
        if self._no_devices():
            return 0
        if offset == 6:
            return drive.device
        name = _FIFO_REGISTERS[offset - 1]
        if self.device_control & HOB:
            name += "_previous"
        return int(getattr(drive, name)) & 0xFF

    def read_alternate_status(self) -> int:
        """Alternate Status: Status without clearing the interrupt."""
        return 0 if self._absent() else self.drive.status

    def write(self, port: int, size: int, value: int) -> None:
        if port == self.control_port:
            self.write_device_control(value & 0xFF)
            return
        offset = port - self.command_base
        if offset == 0:
            self.drive.write_data(size if size > 1 else 2, value)
            return
        for i in range(size):
            if offset + i < 8:
                self.write_register(offset + i, value >> 8 * i & 0xFF)

    def write_register(self, offset: int, value: int) -> None:
        """A command-block register (offsets 1-7); both devices take it."""
        self.device_control &= ~HOB
        if offset == 7:
            self._set_irq(False)
            self.execute(value)
            return
        if self.drive.status & (BSY | DRQ):
            return  # ignored while the selected device is busy with a command
        for drive in self.drives:
            if offset == 6:
                drive.device = value | DEVICE_ALWAYS_ONE
            else:
                name = _FIFO_REGISTERS[offset - 1]
                setattr(drive, name + "_previous", getattr(drive, name) & 0xFF)
                setattr(drive, name, value)
        if offset == 6:
            self.selected = 1 if value & DEVICE_DEV else 0

    def write_device_control(self, value: int) -> None:
        """Device Control: SRST rising resets both devices (at once), nIEN, HOB."""
        reset = value & SRST and not self.device_control & SRST
        self.device_control = value
        if reset:
            for drive in self.drives:
                drive.power_on()
                drive.diagnose()
            self.device_control &= ~SRST  # as QEMU, done: a new SRST edge resets again

    def execute(self, command: int) -> None:
        """The Command register: the selected device runs ``command``."""
        drive = self.drive
        if self.selected == 1 and drive.medium is None:
            return  # no device 1 to answer
        if drive.status & (BSY | DRQ):
            return
        handler = COMMANDS.get(command)
        if handler is None:
            drive.abort()
            self._raise_irq()
            return
        drive.status = DRDY | BSY
        drive.error = 0
        if handler(drive, command):
            drive.status &= ~BSY
            if command in SETS_DSC and not drive.error:
                drive.status |= DSC
            self._raise_irq()

    def register_name(self, port: int, direction: str) -> str:
        if port == self.control_port:
            return "Alternate Status" if direction == "in" else "Device Control"
        return _REGISTERS[port - self.command_base][0 if direction == "in" else 1]

    def describe(self) -> list[str]:
        """For a debugger's ``info ata``: the channel, then each device's disk,
        registers (the current, not the previous, bytes) and transfer."""
        irq = "asserted" if self.irq_level else "low"
        lines = [
            f"{self.name}: ports {self.command_base:#x}/{self.control_port:#x}, device "
            f"{self.selected} selected, Device Control {self.device_control:#04x}, IRQ {irq}"
        ]
        for unit, drive in enumerate(self.drives):
            if drive.medium is None:
                lines.append(f"  device {unit}: none")
                continue
            lines.append(
                f"  device {unit}: {drive.medium.sectors} sectors, {drive.serial_number}; "
                f"Status {drive.status:#04x} Error {drive.error:#04x} Sector Count "
                f"{drive.sector_count:#04x} LBA {drive.lba_high:02x}:{drive.lba_mid:02x}:"
                f"{drive.lba_low:02x} Device {drive.device:#04x}{' (LBA48)' if drive.lba48 else ''}"
            )
            if drive.transfer in (TRANSFER_READ, TRANSFER_WRITE) and drive.status & DRQ:
                lines.append(
                    f"    {drive.transfer} block: byte {drive.data_ptr} of {drive.data_end}, "
                    f"{drive.block_sectors} sector(s) a block"
                )
        return lines

    # --- state ------------------------------------------------------------------

    def save_state(self) -> dict[str, Any]:
        return {
            "selected": self.selected,
            "device_control": self.device_control,
            "irq_level": self.irq_level,
            "drives": [drive.save_state() for drive in self.drives],
        }

    def load_state(self, state: dict[str, Any]) -> None:
        self.selected = state["selected"]
        self.device_control = state["device_control"]
        self.irq_level = state["irq_level"]
        for drive, saved in zip(self.drives, state["drives"], strict=True):
            drive.load_state(saved)
