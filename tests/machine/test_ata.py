"""The ATA channel chip: registers, commands, the IRQ line, reset and state (ATA/ATAPI-6).

Each test sets registers through the ports as a driver does, runs one command, and
checks the data against the disk image's own bytes and the registers against the
datasheet (and QEMU, where the datasheet leaves the choice to the device).
"""

from __future__ import annotations

import json
import struct

import pytest

from longmode.machine.bios.disk import Disk, Geometry, hard_disk_geometry
from longmode.machine.devices.ata import AtaChannel

BASE, CONTROL = 0x1F0, 0x3F6
DATA, ERROR, COUNT, LBA_LOW, LBA_MID, LBA_HIGH, DEVICE, STATUS = range(BASE, BASE + 8)
BSY, DRDY, DSC, DRQ, ERR = 0x80, 0x40, 0x10, 0x08, 0x01
ABRT = 0x04


def image(sectors: int) -> bytes:
    """Sector n: its LBA in the first four bytes, then bytes that vary with n."""
    return b"".join(
        struct.pack("<I", lba) + bytes((lba * 3 + i) & 0xFF for i in range(508))
        for lba in range(sectors)
    )


class Irq:
    """The channel's IRQ line: its level and how many times it rose."""

    def __init__(self) -> None:
        self.level = False
        self.rises = 0

    def __call__(self, level: bool) -> None:
        if level and not self.level:
            self.rises += 1
        self.level = level


def channel(sectors: int = 300, slave: int | None = None) -> tuple[AtaChannel, Disk, Irq]:
    irq = Irq()
    ata = AtaChannel(irq=irq)
    disk = Disk(image(sectors))
    ata.attach(0, disk)
    if slave is not None:
        ata.attach(1, Disk(image(slave)))
    return ata, disk, irq


def registers(ata: AtaChannel, **values: int) -> None:
    for port, name in (
        (COUNT, "count"),
        (LBA_LOW, "low"),
        (LBA_MID, "mid"),
        (LBA_HIGH, "high"),
        (DEVICE, "device"),
    ):
        if name in values:
            ata.write(port, 1, values[name])


def read_words(ata: AtaChannel, sectors: int) -> bytes:
    return b"".join(struct.pack("<H", ata.read(DATA, 2)) for _ in range(256 * sectors))


def write_words(ata: AtaChannel, data: bytes) -> None:
    for (word,) in struct.iter_unpack("<H", data):
        ata.write(DATA, 2, word)


def test_power_on_registers_hold_the_ata_signature_and_status_ready() -> None:
    ata, _, irq = channel()
    read = [ata.read(port, 1) for port in range(ERROR, STATUS + 1)]
    assert read == [0x00, 0x01, 0x01, 0x00, 0x00, 0xA0, DRDY | DSC]
    assert ata.read(CONTROL, 1) == DRDY | DSC
    assert not irq.level


def test_a_channel_without_devices_reads_zero_in_every_register() -> None:
    ata = AtaChannel()
    assert [ata.read(port, 1) for port in range(ERROR, STATUS + 1)] == [0] * 7
    assert ata.read(CONTROL, 1) == 0


def test_an_absent_device_1_reads_status_and_error_zero_and_ignores_commands() -> None:
    ata, _, irq = channel()
    ata.write(DEVICE, 1, 0xB0)
    assert ata.read(STATUS, 1) == 0 and ata.read(ERROR, 1) == 0
    ata.write(STATUS, 1, 0xEC)
    assert ata.read(CONTROL, 1) == 0 and irq.rises == 0
    ata.write(DEVICE, 1, 0xA0)
    assert ata.read(STATUS, 1) == DRDY | DSC


def test_identify_device_describes_the_disk_and_raises_the_irq() -> None:
    ata, _, irq = channel(sectors=5000)
    ata.write(STATUS, 1, 0xEC)
    assert irq.level and irq.rises == 1
    assert ata.read(CONTROL, 1) == DRDY | DSC | DRQ  # alternate status leaves the IRQ
    assert irq.level
    assert ata.read(STATUS, 1) == DRDY | DSC | DRQ
    assert not irq.level
    words = struct.unpack("<256H", read_words(ata, 1))
    geometry = hard_disk_geometry(5000)
    assert (words[1], words[3], words[6]) == (geometry.cylinders, 16, 63)
    assert (words[54], words[55], words[56]) == (geometry.cylinders, 16, 63)
    assert words[57] | words[58] << 16 == geometry.cylinders * 16 * 63
    assert words[60] | words[61] << 16 == 5000
    assert sum(words[100 + i] << 16 * i for i in range(4)) == 5000
    assert words[83] & 1 << 10  # 48-bit address feature set
    assert words[47] & 0xFF == 16 and words[59] == 0x110

    def text(first: int, count: int) -> str:
        return b"".join(struct.pack(">H", w) for w in words[first : first + count]).decode()

    assert text(27, 20).rstrip() == "QEMU HARDDISK"
    assert text(10, 10).rstrip() == "QM00001"
    assert text(23, 4).rstrip() == "2.5+"
    assert ata.read(STATUS, 1) == DRDY | DSC  # DRQ dropped after the 256th word


def test_identify_device_caps_the_lba28_capacity_of_a_disk_past_2_to_the_28() -> None:
    ata = AtaChannel()
    ata.attach(0, BigDisk(1 << 30))
    ata.write(STATUS, 1, 0xEC)
    words = struct.unpack("<256H", read_words(ata, 1))
    assert words[60] | words[61] << 16 == (1 << 28) - 1
    assert sum(words[100 + i] << 16 * i for i in range(4)) == 1 << 30


def test_read_sectors_lba28_gives_each_sector_with_an_irq_and_advances_the_address() -> None:
    ata, disk, irq = channel()
    registers(ata, count=3, low=0x10, mid=0, high=0, device=0xE0)
    ata.write(STATUS, 1, 0x20)
    data = b""
    for _ in range(3):
        assert ata.read(STATUS, 1) == DRDY | DSC | DRQ  # also lowers the line
        data += read_words(ata, 1)
    assert data == disk.read(0x10, 3)
    assert irq.rises == 3
    assert ata.read(STATUS, 1) == DRDY | DSC
    assert (ata.read(COUNT, 1), ata.read(LBA_LOW, 1), ata.read(DEVICE, 1)) == (0, 0x13, 0xE0)


def test_read_sectors_lba28_takes_address_bits_24_to_27_from_the_device_register() -> None:
    ata = AtaChannel()
    big = BigDisk(1 << 28)
    ata.attach(0, big)
    registers(ata, count=1, low=0x44, mid=0x33, high=0x22, device=0xE0 | 0x0B)
    ata.write(STATUS, 1, 0x20)
    assert read_words(ata, 1) == big.read(0x0B223344, 1)


def test_a_sector_count_of_zero_reads_256_sectors() -> None:
    ata, disk, _ = channel()
    registers(ata, count=0, low=0, mid=0, high=0, device=0xE0)
    ata.write(STATUS, 1, 0x20)
    assert read_words(ata, 256) == disk.read(0, 256)
    assert ata.read(STATUS, 1) == DRDY | DSC


def test_read_sectors_chs_counts_cylinders_heads_and_sectors_from_one() -> None:
    ata, disk, _ = channel(sectors=3000)
    geometry: Geometry = disk.geometry
    # cylinder 1, head 2, sector 5
    registers(ata, count=2, low=5, mid=1, high=0, device=0xA2)
    ata.write(STATUS, 1, 0x20)
    assert read_words(ata, 2) == disk.read(geometry.lba(1, 2, 5), 2)
    assert (ata.read(LBA_LOW, 1), ata.read(LBA_MID, 1), ata.read(DEVICE, 1) & 0x0F) == (7, 1, 2)


def test_read_sectors_ext_uses_all_48_address_bits_and_a_16_bit_count() -> None:
    ata = AtaChannel()
    big = BigDisk(1 << 40)
    ata.attach(0, big)
    lba = 0x12_3456_789A
    for port, high, low in (
        (COUNT, 0x01, 0x02),  # 258 sectors
        (LBA_LOW, lba >> 24 & 0xFF, lba & 0xFF),
        (LBA_MID, lba >> 32 & 0xFF, lba >> 8 & 0xFF),
        (LBA_HIGH, lba >> 40 & 0xFF, lba >> 16 & 0xFF),
    ):
        ata.write(port, 1, high)
        ata.write(port, 1, low)
    ata.write(DEVICE, 1, 0x40)
    ata.write(STATUS, 1, 0x24)
    assert read_words(ata, 258) == big.read(lba, 258)
    end = lba + 258
    assert ata.read(LBA_LOW, 1) == end & 0xFF
    ata.write(CONTROL, 1, 0x80)  # HOB: the previous bytes
    assert ata.read(LBA_LOW, 1) == end >> 24 & 0xFF
    assert ata.read(LBA_MID, 1) == end >> 32 & 0xFF


def test_write_sectors_takes_each_block_without_an_irq_before_the_first() -> None:
    ata, disk, irq = channel()
    registers(ata, count=2, low=7, mid=0, high=0, device=0xE0)
    ata.write(STATUS, 1, 0x30)
    assert ata.read(CONTROL, 1) == DRDY | DSC | DRQ and irq.rises == 0
    new = bytes(range(256)) * 4
    write_words(ata, new[:512])
    assert irq.rises == 1 and ata.read(STATUS, 1) == DRDY | DSC | DRQ
    write_words(ata, new[512:])
    assert irq.rises == 2 and ata.read(STATUS, 1) == DRDY | DSC
    assert disk.read(7, 2) == new
    assert disk.dirty == {7, 8}


def test_read_and_write_multiple_move_blocks_of_the_multiple_count() -> None:
    ata, disk, irq = channel()
    registers(ata, count=4)
    ata.write(STATUS, 1, 0xC6)  # SET MULTIPLE MODE 4
    assert ata.read(STATUS, 1) == DRDY | DSC and irq.rises == 1
    registers(ata, count=6, low=20, mid=0, high=0, device=0xE0)
    ata.write(STATUS, 1, 0xC4)
    assert irq.rises == 2
    ata.read(STATUS, 1)  # as an IRQ handler does, before the block's data
    first = read_words(ata, 4)
    assert irq.rises == 3  # the second block is there: one IRQ per block, not per sector
    ata.read(STATUS, 1)
    assert first + read_words(ata, 2) == disk.read(20, 6)
    assert irq.rises == 3
    new = bytes([0xA5]) * 512 * 5
    registers(ata, count=5, low=40)
    ata.write(STATUS, 1, 0xC5)
    write_words(ata, new[: 4 * 512])
    assert disk.read(40, 4) == new[: 4 * 512] and ata.read(STATUS, 1) & DRQ
    write_words(ata, new[4 * 512 :])
    assert disk.read(40, 5) == new and ata.read(STATUS, 1) == DRDY | DSC


@pytest.mark.parametrize("count", [3, 32])
def test_set_multiple_mode_aborts_a_count_not_a_power_of_two_up_to_16(count: int) -> None:
    ata, _, irq = channel()
    registers(ata, count=count)
    ata.write(STATUS, 1, 0xC6)
    assert (ata.read(STATUS, 1), ata.read(ERROR, 1), irq.rises) == (DRDY | ERR, ABRT, 1)


def test_read_multiple_with_multiple_mode_off_is_aborted() -> None:
    ata, _, _ = channel()
    registers(ata, count=0)
    ata.write(STATUS, 1, 0xC6)
    registers(ata, count=1, low=0, device=0xE0)
    ata.write(STATUS, 1, 0xC4)
    assert (ata.read(STATUS, 1), ata.read(ERROR, 1)) == (DRDY | ERR, ABRT)


def test_a_read_past_the_end_is_aborted_after_the_sectors_before_it() -> None:
    ata, disk, irq = channel(sectors=100)
    registers(ata, count=3, low=98, mid=0, high=0, device=0xE0)
    ata.write(STATUS, 1, 0x20)
    for lba in (98, 99):
        assert ata.read(STATUS, 1) == DRDY | DSC | DRQ
        assert read_words(ata, 1) == disk.read(lba, 1)
    assert (ata.read(STATUS, 1), ata.read(ERROR, 1)) == (DRDY | ERR, ABRT)
    assert irq.rises == 3
    assert ata.read(DATA, 2) == 0  # no data without DRQ


def test_a_write_past_the_end_is_aborted_and_changes_nothing() -> None:
    ata, disk, _ = channel(sectors=100)
    registers(ata, count=1, low=100, mid=0, high=0, device=0xE0)
    ata.write(STATUS, 1, 0x30)
    write_words(ata, bytes(512))
    assert (ata.read(STATUS, 1), ata.read(ERROR, 1)) == (DRDY | ERR, ABRT)
    assert not disk.dirty


def test_an_unknown_command_is_aborted_with_an_irq() -> None:
    ata, _, irq = channel()
    ata.write(STATUS, 1, 0x01)
    assert (ata.read(ERROR, 1), ata.read(STATUS, 1), irq.rises) == (ABRT, DRDY | ERR, 1)
    ata.write(STATUS, 1, 0xEC)  # the next command clears the error
    assert (ata.read(ERROR, 1), ata.read(STATUS, 1)) == (0, DRDY | DSC | DRQ)


def test_register_writes_and_commands_are_ignored_while_drq_is_set() -> None:
    ata, disk, _ = channel()
    registers(ata, count=1, low=3, mid=0, high=0, device=0xE0)
    ata.write(STATUS, 1, 0x20)
    ata.write(LBA_LOW, 1, 9)
    ata.write(STATUS, 1, 0xEC)
    assert ata.read(LBA_LOW, 1) == 4
    assert read_words(ata, 1) == disk.read(3, 1)


def test_nien_keeps_the_irq_line_low() -> None:
    ata, _, irq = channel()
    ata.write(CONTROL, 1, 0x02)
    ata.write(STATUS, 1, 0xEC)
    assert irq.rises == 0 and ata.read(STATUS, 1) & DRQ
    ata.write(CONTROL, 1, 0x00)
    read_words(ata, 1)
    ata.write(STATUS, 1, 0xEC)
    assert irq.rises == 1


def test_srst_resets_both_devices_to_the_signature_and_the_diagnostic_result() -> None:
    ata, _, irq = channel(slave=10)
    ata.write(DEVICE, 1, 0xB0)
    registers(ata, count=9, low=9, mid=9, high=9)
    ata.write(STATUS, 1, 0xEC)
    ata.write(CONTROL, 1, 0x04)
    ata.write(CONTROL, 1, 0x00)
    assert irq.level  # the diagnostic's interrupt
    assert [ata.read(port, 1) for port in range(ERROR, STATUS + 1)] == [
        0x01, 0x01, 0x01, 0x00, 0x00, 0xA0, DRDY | DSC,
    ]  # fmt: skip
    assert ata.read(DATA, 2) == 0  # the IDENTIFY data went with the reset


def test_the_data_port_moves_32_bits_at_once_and_a_byte_read_takes_a_whole_word() -> None:
    ata, disk, _ = channel()
    registers(ata, count=1, low=2, mid=0, high=0, device=0xE0)
    ata.write(STATUS, 1, 0x20)
    expected = disk.read(2, 1)
    assert ata.read(DATA, 4) == int.from_bytes(expected[:4], "little")
    assert ata.read(DATA, 1) == expected[4]
    assert ata.read(DATA, 2) == int.from_bytes(expected[6:8], "little")


def test_register_names_follow_the_datasheet_and_the_direction() -> None:
    ata, _, _ = channel()
    assert ata.register_name(ERROR, "in") == "Error"
    assert ata.register_name(ERROR, "out") == "Features"
    assert ata.register_name(STATUS, "out") == "Command"
    assert ata.register_name(CONTROL, "in") == "Alternate Status"
    assert ata.register_name(CONTROL, "out") == "Device Control"


def test_save_state_round_trips_in_the_middle_of_a_transfer() -> None:
    ata, disk, _ = channel()
    registers(ata, count=2, low=30, mid=0, high=0, device=0xE0)
    ata.write(STATUS, 1, 0x20)
    assert read_words(ata, 1) == disk.read(30, 1)
    for _ in range(50):  # 100 bytes into the second sector
        ata.read(DATA, 2)
    state = json.loads(json.dumps(ata.save_state()))
    copy = AtaChannel()
    copy.attach(0, disk)
    copy.load_state(state)
    assert copy.save_state() == state
    rest = b"".join(struct.pack("<H", copy.read(DATA, 2)) for _ in range(206))
    assert rest == disk.read(31, 1)[100:]
    assert copy.read(STATUS, 1) == DRDY | DSC


class BigDisk:
    """A disk too big to hold: sector n is n as 8 bytes, repeated."""

    def __init__(self, sectors: int) -> None:
        self.sectors = sectors
        self.geometry = hard_disk_geometry(sectors)

    def read(self, lba: int, count: int) -> bytes:
        return b"".join(struct.pack("<Q", n) * 64 for n in range(lba, lba + count))

    def write(self, lba: int, data: bytes) -> None:
        raise AssertionError("not written in these tests")
