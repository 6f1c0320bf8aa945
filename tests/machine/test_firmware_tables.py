"""The firmware tables a kernel finds: the Intel MP tables.

Unit tests of the packing (``mptable``) and of where POST puts the tables.
"""

from __future__ import annotations

import struct

import pytest

from longmode.machine.bios import Disk, install_bios, mptable, rom
from longmode.machine.machine import Machine, MachineConfig

# --- MP tables: packing ------------------------------------------------------------


def test_mp_floating_pointer_is_16_bytes_with_a_zero_sum_and_no_default_configuration() -> None:
    data = mptable.MpFloatingPointer(0xFE150).pack()
    assert len(data) == 16 and sum(data) % 256 == 0
    signature, pointer, length, spec_rev, _, features = struct.unpack("<4sIBBB5s", data)
    assert (signature, pointer, length, spec_rev) == (b"_MP_", 0xFE150, 1, 4)
    assert features == bytes(5)  # byte 1: a table is present; byte 2: IMCRP clear


def test_mp_configuration_table_header_counts_its_entries_and_sums_to_zero() -> None:
    data = mptable.configuration_table(0x306C4, 0x078BFBFD).pack()
    assert sum(data) % 256 == 0
    header = struct.unpack_from("<4sHBB8s12sIHHIHBB", data)
    signature, length, spec_rev, _, oem, product, oem_table, oem_size = header[:8]
    count, local_apic, ext_length, ext_checksum, reserved = header[8:]
    assert (signature, length, spec_rev) == (b"PCMP", len(data), 4)
    assert (oem, product) == (b"LONGMODE", b"PC          ")
    assert (oem_table, oem_size, ext_length, ext_checksum, reserved) == (0, 0, 0, 0, 0)
    assert local_apic == 0xFEE00000
    # 1 processor, 1 bus, 1 I/O APIC, 11 I/O interrupts, 2 local interrupts
    assert count == 16 and length == 44 + 20 + 8 * 15


def mp_entries(data: bytes) -> list[bytes]:
    entries, offset = [], 44
    while offset < len(data):
        size = 20 if data[offset] == 0 else 8
        entries.append(data[offset : offset + size])
        offset += size
    return entries


def test_mp_entries_are_sorted_by_type_as_the_spec_requires() -> None:
    types = [e[0] for e in mp_entries(mptable.configuration_table(0, 0).pack())]
    assert types == sorted(types) and types[:3] == [0, 1, 2]


def test_mp_processor_bus_and_io_apic_entries() -> None:
    processor, bus, io_apic, *_ = mp_entries(mptable.configuration_table(0x306C4, 0x1234).pack())
    # type 0, APIC ID 0, version 14h, EN | BP, signature, features, reserved
    assert processor == struct.pack("<BBBBII8x", 0, 0, 0x14, 3, 0x306C4, 0x1234)
    assert bus == b"\x01\x00ISA   "
    assert io_apic == struct.pack("<BBBBI", 2, 0, 0x11, 1, 0xFEC00000)


def test_mp_io_interrupts_route_isa_irq0_to_pin_2_and_the_others_to_their_pin() -> None:
    entries = [e for e in mp_entries(mptable.configuration_table(0, 0).pack()) if e[0] == 3]
    routes = {}
    for entry in entries:
        _, kind, flags, bus, irq, apic, pin = struct.unpack("<BBHBBBB", entry)
        assert (kind, flags, bus, apic) == (0, 0, 0, 0)  # INT, conforming, ISA, I/O APIC 0
        routes[irq] = pin
    assert routes == {0: 2, 1: 1, 3: 3, 4: 4, 6: 6, 7: 7, 8: 8, 12: 12, 13: 13, 14: 14, 15: 15}


def test_mp_local_interrupts_are_extint_on_lint0_and_nmi_on_lint1() -> None:
    entries = [e for e in mp_entries(mptable.configuration_table(0, 0).pack()) if e[0] == 4]
    assert entries == [
        struct.pack("<BBHBBBB", 4, 3, 0, 0, 0, 0, 0),  # ExtINT, ISA IRQ 0, local APIC 0 LINT0
        struct.pack("<BBHBBBB", 4, 1, 0, 0, 0, 0xFF, 1),  # NMI, every local APIC, LINT1
    ]


def test_mp_processor_entry_reports_the_machines_cpuid_leaf_1() -> None:
    signature, features = mptable.cpuid_leaf1()
    _, config = mptable.mp_tables(0xFE140, 0xFE150)
    assert struct.unpack_from("<II", config, 44 + 4) == (signature, features)
    assert features & 1 << 9  # the APIC feature flag


def test_mp_floating_pointer_must_be_16_byte_aligned() -> None:
    with pytest.raises(ValueError, match=r"^MP floating pointer at 0xfe148: must be 16-byte"):
        mptable.mp_tables(0xFE148, 0xFE150)


# --- POST ------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def posted() -> Machine:
    machine = Machine(MachineConfig(memory=32 << 20))
    install_bios(machine, [Disk(bytes(510) + b"\x55\xaa")])
    return machine


def test_post_puts_the_mp_floating_pointer_where_a_scan_of_the_f_segment_finds_it(
    posted: Machine,
) -> None:
    found = [
        address
        for address in range(0xF0000, 0x100000, 16)
        if bytes(posted.uc.mem_read(address, 4)) == b"_MP_"
    ]
    assert found == [rom.MP_FLOATING_POINTER]
    pointer = struct.unpack("<I", posted.uc.mem_read(found[0] + 4, 4))[0]
    assert pointer == rom.MP_CONFIG_TABLE
    length = struct.unpack("<H", posted.uc.mem_read(pointer + 4, 2))[0]
    table = bytes(posted.uc.mem_read(pointer, length))
    assert table[:4] == b"PCMP" and sum(table) % 256 == 0
