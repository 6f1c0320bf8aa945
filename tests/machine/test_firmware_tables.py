"""The firmware tables a kernel finds: the Intel MP tables and ACPI's.

Unit tests of the packing (``mptable``, ``acpi``) and of where POST puts the
tables; then firmware_tables_guest.asm (assembled by NASM), which finds the MP
floating pointer and the RSDP as a kernel does and hex-dumps every structure
it reaches on COM1, booted in our machine and in QEMU (SeaBIOS, QEMU 7.2's
ACPI tables): the dumps are decoded here into named fields (names from the MP
spec 1.4 and ACPI 6.5) and every field must be equal in both machines, except
those that firmware_tables_known_differences.txt lists with the reason — and
every line of that file must still match a difference.
"""

from __future__ import annotations

import shutil
import struct
import subprocess
from pathlib import Path

import pytest

from longmode.machine.bios import Disk, acpi, install_bios, mptable, rom
from longmode.machine.bios.e820 import HIGH_TABLES_SIZE, high_tables_base
from longmode.machine.machine import Machine, MachineConfig
from longmode.machine.memory import MemoryLayout

from support import known_differences, run_longmode

HERE = Path(__file__).resolve().parent
GUEST = HERE / "firmware_tables_guest.asm"
KNOWN_DIFFERENCES = HERE / "firmware_tables_known_differences.txt"
NASM = shutil.which("nasm")
QEMU = shutil.which("qemu-system-x86_64")
IASL = shutil.which("iasl")
EXIT_OK = 33


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


# --- ACPI: packing --------------------------------------------------------------------

BASE = high_tables_base(MemoryLayout.for_size(128 << 20))


def tables_by_signature() -> dict[bytes, tuple[int, bytes]]:
    return {data[:4]: (address, data) for address, data in acpi.acpi_tables(BASE).blobs}


def test_acpi_tables_sum_to_zero_and_their_length_is_their_size() -> None:
    for signature, (_, data) in tables_by_signature().items():
        assert struct.unpack_from("<I", data, 4)[0] == len(data), signature
        if signature != b"FACS":  # the FACS has no checksum
            assert sum(data) % 256 == 0, signature


def test_acpi_tables_sit_as_qemu_lays_them_out_inside_the_reserved_area() -> None:
    tables = acpi.acpi_tables(BASE)
    assert [data[:4] for _, data in tables.blobs] == [b"FACS", b"DSDT", b"FACP", b"APIC", b"RSDT"]
    assert tables.blobs[0][0] == BASE and BASE % 64 == 0
    assert all(address % 4 == 0 for address, _ in tables.blobs)
    assert tables.end <= BASE + HIGH_TABLES_SIZE
    assert tables.rsdt_address == tables_by_signature()[b"RSDT"][0]


def test_rsdt_lists_the_fadt_then_the_madt() -> None:
    by_signature = tables_by_signature()
    _, rsdt = by_signature[b"RSDT"]
    assert rsdt[8] == 1  # Revision
    entries = struct.unpack_from("<2I", rsdt, 36)
    assert len(rsdt) == 44
    assert entries == (by_signature[b"FACP"][0], by_signature[b"APIC"][0])


def test_headers_carry_our_oem_ids() -> None:
    for signature, (_, data) in tables_by_signature().items():
        if signature != b"FACS":
            assert data[10:16] == b"LONGMD" and data[16:24] == b"LONGMODE", signature
            assert data[28:32] == b"LMPY", signature


def test_fadt_revision_1_names_qemus_pm_blocks_and_points_at_the_facs_and_dsdt() -> None:
    by_signature = tables_by_signature()
    _, fadt = by_signature[b"FACP"]
    assert len(fadt) == 116 and fadt[8] == 1
    firmware_ctrl, dsdt, int_model, profile, sci_int, smi_cmd = struct.unpack_from(
        "<IIBBHI", fadt, 36
    )
    assert (firmware_ctrl, dsdt) == (by_signature[b"FACS"][0], by_signature[b"DSDT"][0])
    assert (int_model, profile, sci_int, smi_cmd) == (1, 0, 9, 0xB2)
    assert fadt[52:54] == b"\xf1\xf0"  # ACPI_ENABLE, ACPI_DISABLE
    pm1a_evt, _, pm1a_cnt, _, pm2_cnt, pm_tmr, gpe0, gpe1 = struct.unpack_from("<8I", fadt, 56)
    assert (pm1a_evt, pm1a_cnt, pm2_cnt, pm_tmr, gpe0, gpe1) == (0x600, 0x604, 0, 0x608, 0xAFE0, 0)
    assert fadt[88:96] == bytes([4, 2, 0, 4, 4, 0, 0, 0])  # block lengths, GPE1_BASE, CST_CNT
    assert struct.unpack_from("<HH", fadt, 96) == (0x0FFF, 0x0FFF)  # C2 and C3: none
    assert fadt[108] == 0x32  # CENTURY: the CMOS index
    assert struct.unpack_from("<HxI", fadt, 109) == (0, 0x80A5)  # IAPC_BOOT_ARCH, Flags


def test_facs_is_64_bytes_with_nothing_set() -> None:
    address, facs = tables_by_signature()[b"FACS"]
    assert address % 64 == 0
    assert facs == b"FACS" + struct.pack("<I", 64) + bytes(56)


def test_dsdt_holds_an_empty_sb_scope_and_s5() -> None:
    _, dsdt = tables_by_signature()[b"DSDT"]
    assert dsdt[8] == 1  # Revision 1: 32-bit integers
    assert dsdt[36:] == bytes.fromhex("10055f53425f085f53355f12060400000000")


@pytest.mark.skipif(IASL is None, reason="needs iasl (acpica-tools)")
def test_dsdt_disassembles_with_iasl(tmp_path: Path) -> None:
    _, dsdt = tables_by_signature()[b"DSDT"]
    (tmp_path / "dsdt.dat").write_bytes(dsdt)
    assert IASL is not None
    subprocess.run([IASL, "-d", "dsdt.dat"], cwd=tmp_path, check=True, capture_output=True)
    text = (tmp_path / "dsdt.dsl").read_text()
    assert "Scope (_SB)" in text and "Name (_S5, Package (0x04)" in text


def madt_structures(madt: bytes) -> list[bytes]:
    structures, offset = [], 44
    while offset < len(madt):
        structures.append(madt[offset : offset + madt[offset + 1]])
        offset += madt[offset + 1]
    return structures


def test_madt_describes_the_local_apic_the_io_apic_overrides_and_lint1_nmi() -> None:
    _, madt = tables_by_signature()[b"APIC"]
    assert madt[8] == 1  # Revision
    assert struct.unpack_from("<II", madt, 36) == (0xFEE00000, 1)  # address, PCAT_COMPAT
    assert madt_structures(madt) == [
        bytes([0, 8, 0, 0]) + struct.pack("<I", 1),  # processor UID 0, APIC ID 0, enabled
        bytes([1, 12, 0, 0]) + struct.pack("<II", 0xFEC00000, 0),  # I/O APIC 0, GSI base 0
        bytes([2, 10, 0, 0]) + struct.pack("<IH", 2, 0),  # IRQ 0 -> GSI 2, conforming
        *(bytes([2, 10, 0, irq]) + struct.pack("<IH", irq, 0xD) for irq in (5, 9, 10, 11)),
        bytes([4, 6, 0xFF]) + struct.pack("<HB", 0, 1),  # NMI on LINT1 of every processor
    ]


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


def test_post_writes_the_acpi_tables_at_the_top_of_low_memory(posted: Machine) -> None:
    base = high_tables_base(posted.layout)
    for address, data in acpi.acpi_tables(base).blobs:
        assert bytes(posted.uc.mem_read(address, len(data))) == data


# --- our machine against QEMU -----------------------------------------------------------

MP_FLOATING = ("PHYSICAL_ADDRESS_POINTER", "LENGTH", "SPEC_REV", "CHECKSUM")
MP_HEADER = (
    ("SIGNATURE", "4s"), ("BASE_TABLE_LENGTH", "H"), ("SPEC_REV", "B"), ("CHECKSUM", "B"),
    ("OEM_ID", "8s"), ("PRODUCT_ID", "12s"), ("OEM_TABLE_POINTER", "I"),
    ("OEM_TABLE_SIZE", "H"), ("ENTRY_COUNT", "H"), ("ADDRESS_OF_LOCAL_APIC", "I"),
    ("EXTENDED_TABLE_LENGTH", "H"), ("EXTENDED_TABLE_CHECKSUM", "B"), ("reserved", "B"),
)  # fmt: skip
SDT_HEADER = (
    ("Signature", "4s"), ("Length", "I"), ("Revision", "B"), ("Checksum", "B"),
    ("OEMID", "6s"), ("OEM Table ID", "8s"), ("OEM Revision", "I"), ("Creator ID", "4s"),
    ("Creator Revision", "I"),
)  # fmt: skip
#: ACPI 6.5 table 5.9, the fields of a revision 1 (116-byte) FADT after the header.
FADT_FIELDS = (
    ("FIRMWARE_CTRL", "I"), ("DSDT", "I"), ("INT_MODEL", "B"), ("Preferred_PM_Profile", "B"),
    ("SCI_INT", "H"), ("SMI_CMD", "I"), ("ACPI_ENABLE", "B"), ("ACPI_DISABLE", "B"),
    ("S4BIOS_REQ", "B"), ("PSTATE_CNT", "B"), ("PM1a_EVT_BLK", "I"), ("PM1b_EVT_BLK", "I"),
    ("PM1a_CNT_BLK", "I"), ("PM1b_CNT_BLK", "I"), ("PM2_CNT_BLK", "I"), ("PM_TMR_BLK", "I"),
    ("GPE0_BLK", "I"), ("GPE1_BLK", "I"), ("PM1_EVT_LEN", "B"), ("PM1_CNT_LEN", "B"),
    ("PM2_CNT_LEN", "B"), ("PM_TMR_LEN", "B"), ("GPE0_BLK_LEN", "B"), ("GPE1_BLK_LEN", "B"),
    ("GPE1_BASE", "B"), ("CST_CNT", "B"), ("P_LVL2_LAT", "H"), ("P_LVL3_LAT", "H"),
    ("FLUSH_SIZE", "H"), ("FLUSH_STRIDE", "H"), ("DUTY_OFFSET", "B"), ("DUTY_WIDTH", "B"),
    ("DAY_ALRM", "B"), ("MON_ALRM", "B"), ("CENTURY", "B"), ("IAPC_BOOT_ARCH", "H"),
    ("Reserved", "B"), ("Flags", "I"),
)  # fmt: skip
FACS_FIELDS = (
    ("Signature", "4s"), ("Length", "I"), ("Hardware Signature", "I"),
    ("Firmware Waking Vector", "I"), ("Global Lock", "I"), ("Flags", "I"),
    ("X_Firmware_Waking_Vector", "Q"), ("Version", "B"), ("Reserved", "3s"),
    ("OSPM Flags", "I"), ("Reserved2", "24s"),
)  # fmt: skip


def fields(prefix: str, layout: tuple[tuple[str, str], ...], data: bytes) -> dict[str, object]:
    """``data`` decoded by ``layout`` (name, struct format) as ``prefix.name`` → value;
    bytes left over, or missing, are fields too."""
    form = "<" + "".join(code for _, code in layout)
    size = struct.calcsize(form)
    values = struct.unpack(form, data[:size].ljust(size, b"\0"))
    out: dict[str, object] = {
        f"{prefix}.{name}": value for (name, _), value in zip(layout, values, strict=True)
    }
    if len(data) != size:
        out[f"{prefix}.size"] = len(data)
    return out


def decode_mp_config(data: bytes) -> dict[str, object]:
    out = fields("mp-config", MP_HEADER, data[:44])
    buses: dict[int, str] = {}
    offset = 44
    while offset < len(data):
        kind = data[offset]
        if kind == 0:
            apic_id, version, flags, signature, features = struct.unpack_from(
                "<xBBBII", data, offset
            )
            key = f"mp-config.processor[{apic_id}]"
            out |= {f"{key}.LOCAL_APIC_VERSION": version, f"{key}.CPU_FLAGS": flags}
            out |= {f"{key}.CPU_SIGNATURE": signature, f"{key}.FEATURE_FLAGS": features}
            out[f"{key}.reserved"] = data[offset + 12 : offset + 20]
            offset += 20
            continue
        entry = data[offset : offset + 8]
        if kind == 1:
            bus_type = entry[2:].decode().rstrip()
            buses[entry[1]] = bus_type
            out[f"mp-config.bus[{bus_type}].BUS_ID"] = entry[1]
        elif kind == 2:
            key = f"mp-config.io_apic[{entry[1]}]"
            version, flags, address = struct.unpack_from("<BBI", entry, 2)
            out |= {f"{key}.IO_APIC_VERSION": version, f"{key}.IO_APIC_FLAGS": flags}
            out[f"{key}.IO_APIC_ADDRESS"] = address
        elif kind in (3, 4):
            interrupt_type, flags, bus, irq, destination, pin = struct.unpack_from(
                "<BHBBBB", entry, 1
            )
            name = "io_interrupt" if kind == 3 else "local_interrupt"
            where = (
                f"{buses.get(bus, bus)} {irq:#04x}"
                if kind == 3
                else f"{destination:#04x} LINTIN{pin}"
            )
            key = f"mp-config.{name}[{where}]"
            out |= {f"{key}.INTERRUPT_TYPE": interrupt_type, f"{key}.FLAGS": flags}
            out[f"{key}.SOURCE_BUS"] = buses.get(bus, bus)
            out |= {f"{key}.SOURCE_BUS_IRQ": irq, f"{key}.DESTINATION": destination}
            out[f"{key}.INTIN"] = pin
        else:
            out[f"mp-config.entry@{offset}"] = data[offset:]
            break
        offset += 8
    return out


def decode_madt(data: bytes) -> dict[str, object]:
    out: dict[str, object] = {}
    address, flags = struct.unpack_from("<II", data, 36)
    out |= {"APIC.Local Interrupt Controller Address": address, "APIC.Flags": flags}
    offset = 44
    while offset + 2 <= len(data):
        kind, length = data[offset], data[offset + 1]
        entry = data[offset : offset + length]
        if kind == 0 and length == 8:
            uid, apic_id, apic_flags = struct.unpack_from("<BBI", entry, 2)
            out |= {f"APIC.local_apic[uid {uid}].APIC ID": apic_id}
            out |= {f"APIC.local_apic[uid {uid}].Flags": apic_flags}
        elif kind == 1 and length == 12:
            apic_id, io_address, gsi_base = struct.unpack_from("<BxII", entry, 2)
            out |= {f"APIC.io_apic[{apic_id}].Address": io_address}
            out |= {f"APIC.io_apic[{apic_id}].Global System Interrupt Base": gsi_base}
        elif kind == 2 and length == 10:
            bus, source, gsi, inti = struct.unpack_from("<BBIH", entry, 2)
            key = f"APIC.override[IRQ {source}]"
            out |= {f"{key}.Bus": bus, f"{key}.Global System Interrupt": gsi, f"{key}.Flags": inti}
        elif kind == 4 and length == 6:
            uid, inti, lint = struct.unpack_from("<BHB", entry, 2)
            out |= {f"APIC.local_apic_nmi[uid {uid:#04x}].Flags": inti}
            out |= {f"APIC.local_apic_nmi[uid {uid:#04x}].LINT#": lint}
        else:
            out[f"APIC.structure[{offset}]"] = entry
        offset += max(length, 1)
    return out


def decode(transcript: str) -> dict[str, object]:
    """Every field of every structure the guest dumped, by name (table signature or MP
    structure, then the field); addresses of tables are named by what is there."""
    lines = [line.split() for line in transcript.splitlines()]
    dumps = [(w[0], int(w[1], 16), bytes.fromhex(w[2])) for w in lines if len(w) == 3]
    names = {address: data[:4].decode() for kind, address, data in dumps if kind != "mp-floating"}
    out: dict[str, object] = {"lines": [w[0] for w in lines if len(w) != 3]}
    for kind, address, data in dumps:
        if kind == "mp-floating":
            out |= fields("mp-floating", tuple(zip(MP_FLOATING, "IBBB", strict=True)), data[4:11])
            out["mp-floating.MP FEATURE INFORMATION BYTES 1-5"] = data[11:]
            out["mp-floating.address"] = address
            continue
        if kind == "mp-config":
            out |= decode_mp_config(data)
            out["mp-config.address"] = address
            continue
        if kind == "rsdp":
            layout = (("Checksum", "B"), ("OEMID", "6s"), ("Revision", "B"), ("RsdtAddress", "I"))
            out |= fields("rsdp", layout, data[8:])
            out["rsdp.address"] = address
            continue
        signature = data[:4].decode()
        out[f"{signature}.address"] = address
        if signature == "FACS":
            out |= fields("FACS", FACS_FIELDS, data)
            continue
        out |= fields(f"{signature}.header", SDT_HEADER, data[:36])
        body = data[36:]
        if signature in ("RSDT", "XSDT"):
            size = 4 if signature == "RSDT" else 8
            for n in range(len(body) // size):
                entry = int.from_bytes(body[n * size : (n + 1) * size], "little")
                out[f"{signature}.Entry[{n}]"] = names.get(entry, hex(entry))
        elif signature == "FACP":
            out |= fields("FACP", FADT_FIELDS, body)
            for name, offset in (("FIRMWARE_CTRL", 36), ("DSDT", 40)):  # by what is there
                pointer = struct.unpack_from("<I", data, offset)[0]
                out[f"FACP.{name}"] = names.get(pointer, hex(pointer))
        elif signature == "APIC":
            out |= decode_madt(data)
        else:
            out[f"{signature}.body"] = body
    return out


def differences(ours: dict[str, object], theirs: dict[str, object]) -> dict[str, str]:
    return {
        key: f"ours {ours.get(key)!r}, QEMU's {theirs.get(key)!r}"
        for key in sorted(ours.keys() | theirs.keys())
        if ours.get(key) != theirs.get(key)
    }


@pytest.fixture(scope="module")
def transcripts(tmp_path_factory: pytest.TempPathFactory) -> dict[str, str]:
    if NASM is None or QEMU is None:
        pytest.skip("needs nasm and qemu-system-x86_64")
    directory = tmp_path_factory.mktemp("tables")
    image = directory / "guest.img"
    subprocess.run([NASM, "-f", "bin", str(GUEST), "-o", str(image)], check=True)
    out = {}
    for name, machine in (("ours", ()), ("qemu", ("--qemu",))):
        done = run_longmode("run", image, "--timeout", "60", "--display", "none", *machine)
        assert done.returncode == EXIT_OK, done.stderr
        out[name] = done.stdout
    return out


@pytest.mark.slow
def test_the_guest_finds_every_table_in_both_machines(transcripts: dict[str, str]) -> None:
    for text in transcripts.values():
        kinds = [line.split()[0] for line in text.splitlines()]
        assert kinds[:4] == ["mp-floating", "mp-config", "rsdp", "rsdt"]
        assert {"facs", "dsdt"} <= set(kinds) and kinds[-1] == "done"


@pytest.mark.slow
def test_every_table_field_is_qemus_but_the_known_differences(
    transcripts: dict[str, str],
) -> None:
    found = differences(decode(transcripts["ours"]), decode(transcripts["qemu"]))
    patterns = known_differences(KNOWN_DIFFERENCES)
    unexplained = {k: v for k, v in found.items() if not any(p.fullmatch(k) for p in patterns)}
    assert unexplained == {}
    stale = [p.pattern for p in patterns if not any(p.fullmatch(key) for key in found)]
    assert stale == [], "known differences that are no longer differences"
