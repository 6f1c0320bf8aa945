"""The ACPI tables: RSDP, RSDT, FADT, FACS, a minimal DSDT and the MADT.

Format: ACPI 6.5, section 5.2.5 (RSDP, revision 0: the 20-byte ACPI 1.0
structure, so no XSDT), 5.2.6 (the 36-byte system description table header),
5.2.7 (RSDT), 5.2.9 (FADT, revision 1: the 116-byte ACPI 1.0 layout), 5.2.10
(FACS, version 0), 5.2.11.1 (DSDT) and 5.2.12 (MADT). What each table holds
follows QEMU 7.2's ``pc`` machine with one CPU, as SeaBIOS installs them
(checked field by field by tests/machine/test_firmware_tables.py), with our
own OEM and creator IDs:

* the RSDT lists the FADT and the MADT, in that order; QEMU also lists an
  HPET table and a WAET: this machine has no HPET, and the WAET only tells
  Windows which emulated devices are cheap (its PM timer among them), so
  neither is here;
* the MADT: the local APIC at 0xFEE00000, PCAT_COMPAT (the 8259s are there
  too), processor local APIC 0 (UID 0, enabled), I/O APIC 0 at 0xFEC00000
  with GSIs from 0, interrupt source overrides ISA IRQ 0 → GSI 2 (bus
  conforming) and IRQs 5, 9, 10, 11 → the same GSI, level-triggered, active
  high (QEMU's PCI interrupt links and the SCI), and a local APIC NMI on LINT1
  of every processor;
* the FADT names PIIX4-style ACPI hardware: the SCI on IRQ 9, SMI_CMD at port
  0xB2 (ACPI_ENABLE F1h, ACPI_DISABLE F0h), the PM1a event block at 0x600,
  the PM1a control block at 0x604, the PM timer at 0x608, GPE0 at 0xAFE0,
  the RTC century at CMOS index 32h. Of these this machine implements only
  the CMOS century byte: **ports 0xB2, 0x600-0x60B (PM1a event and control,
  the PM timer) and 0xAFE0-0xAFE3 (GPE0) are not emulated** (no ACPI PM
  hardware: they read as all ones and drop writes). So the SCI never fires,
  PM1a_CNT reads with SCI_EN set (a kernel takes ACPI mode as already on and
  does not write SMI_CMD), and the PM timer does not count (a kernel that
  checks it, as Linux does, falls back to another clock). The fields are
  QEMU's all the same: kernels read them as they read QEMU's;
* the FACS is all zero but its signature and length (no waking vector, no
  global lock), 64-byte aligned;
* the DSDT is not QEMU's (its 6.5 KB describe PCI, the PIIX, the HPET, the
  serial ports…): it holds an empty ``\\_SB`` scope and ``_S5`` (soft off,
  SLP_TYP 0, as QEMU's), enough to be valid AML for an interpreter.

The RSDP sits on a 16-byte boundary in the 0xE0000-0xFFFFF search area (our
ROM tables); the other tables in the reserved RAM at the top of low memory,
where SeaBIOS keeps its tables, laid out as QEMU lays them out: the FACS,
the DSDT, the FADT, the MADT, the RSDT.
"""

from __future__ import annotations

import enum
import functools
import struct
from dataclasses import astuple, dataclass
from typing import ClassVar, Final

from longmode.machine.bios.mptable import (
    IO_APIC_ADDRESS,
    IO_APIC_ID,
    LOCAL_APIC_ADDRESS,
    LOCAL_APIC_ID,
    checksum_byte,
    isa_irq_pin,
)
from longmode.machine.devices.cmos import CENTURY

__all__ = [
    "CREATOR_ID",
    "OEM_ID",
    "OEM_TABLE_ID",
    "AcpiTables",
    "Facs",
    "Fadt",
    "Rsdp",
    "SdtHeader",
    "acpi_tables",
    "checksum_byte",
    "dsdt",
    "madt",
    "rsdt",
]

OEM_ID: Final = b"LONGMD"
OEM_TABLE_ID: Final = b"LONGMODE"
CREATOR_ID: Final = b"LMPY"

#: The SCI's ISA IRQ (QEMU's PIIX4 PM function).
SCI_IRQ: Final = 9
#: ISA IRQs the MADT makes level-triggered, active high (QEMU's PCI links and the SCI).
LEVEL_ACTIVE_HIGH_IRQS: Final = (5, 9, 10, 11)


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


def table(signature: bytes, body: bytes, revision: int = 1) -> bytes:
    """A system description table: the header (with the checksum), then ``body``."""
    header = SdtHeader(signature, SdtHeader.SIZE + len(body), revision)
    raw = header.pack() + body
    return header.pack(checksum_byte(raw)) + body


def rsdt(entries: list[int]) -> bytes:
    """An RSDT pointing at the tables at the 32-bit addresses ``entries``."""
    return table(b"RSDT", b"".join(struct.pack("<I", address) for address in entries))


# --- MADT (5.2.12) -------------------------------------------------------------

#: MADT Flags (table 5.20): PCAT_COMPAT, the system also has dual 8259s.
PCAT_COMPAT: Final = 0x1
#: Local APIC Flags (table 5.23): Enabled.
LOCAL_APIC_ENABLED: Final = 0x1
#: MPS INTI flags (table 5.26): polarity bits 0-1, trigger mode bits 2-3.
CONFORMS: Final = 0x0
ACTIVE_HIGH: Final = 0x1
LEVEL_TRIGGERED: Final = 0xC
#: ACPI Processor UID FFh: the local APIC NMI applies to every processor.
ALL_PROCESSORS: Final = 0xFF


class MadtType(enum.IntEnum):
    """Interrupt controller structure types (table 5.21)."""

    PROCESSOR_LOCAL_APIC = 0
    IO_APIC = 1
    INTERRUPT_SOURCE_OVERRIDE = 2
    LOCAL_APIC_NMI = 4


def processor_local_apic(processor_uid: int, apic_id: int, flags: int) -> bytes:
    """Processor Local APIC structure (5.2.12.2): 8 bytes."""
    return struct.pack("<BBBBI", MadtType.PROCESSOR_LOCAL_APIC, 8, processor_uid, apic_id, flags)


def io_apic(io_apic_id: int, address: int, gsi_base: int) -> bytes:
    """I/O APIC structure (5.2.12.3): 12 bytes."""
    return struct.pack("<BBBxII", MadtType.IO_APIC, 12, io_apic_id, address, gsi_base)


def interrupt_source_override(source: int, gsi: int, flags: int) -> bytes:
    """Interrupt Source Override structure (5.2.12.5), bus 0 (ISA): 10 bytes."""
    return struct.pack("<BBBBIH", MadtType.INTERRUPT_SOURCE_OVERRIDE, 10, 0, source, gsi, flags)


def local_apic_nmi(processor_uid: int, flags: int, lint: int) -> bytes:
    """Local APIC NMI structure (5.2.12.7): 6 bytes."""
    return struct.pack("<BBBHB", MadtType.LOCAL_APIC_NMI, 6, processor_uid, flags, lint)


def madt() -> bytes:
    """This PC's MADT ("APIC", revision 1; see the module doc)."""
    overrides = [interrupt_source_override(0, isa_irq_pin(0), CONFORMS)]
    overrides += [
        interrupt_source_override(irq, isa_irq_pin(irq), ACTIVE_HIGH | LEVEL_TRIGGERED)
        for irq in LEVEL_ACTIVE_HIGH_IRQS
    ]
    body = (
        struct.pack("<II", LOCAL_APIC_ADDRESS, PCAT_COMPAT)
        + processor_local_apic(0, LOCAL_APIC_ID, LOCAL_APIC_ENABLED)
        + io_apic(IO_APIC_ID, IO_APIC_ADDRESS, 0)
        + b"".join(overrides)
        + local_apic_nmi(ALL_PROCESSORS, CONFORMS, 1)
    )
    return table(b"APIC", body)


# --- FADT (5.2.9), FACS (5.2.10), DSDT (5.2.11.1) -------------------------------


class FadtFlag(enum.IntFlag):
    """Fixed feature flags (table 5.10) QEMU sets."""

    WBINVD = 1 << 0
    PROC_C1 = 1 << 2
    SLP_BUTTON = 1 << 5
    RTC_S4 = 1 << 7
    USE_PLATFORM_CLOCK = 1 << 15


@dataclass(frozen=True)
class Fadt:
    """Fixed ACPI Description Table, revision 1 (the ACPI 1.0 layout: 116 bytes).

    Field names and order from table 5.9; the defaults are QEMU's ``pc`` values
    (PIIX4 PM at 0x600, see the module doc for the ports this machine lacks).
    ``int_model`` is the ACPI 1.0 name of the byte later specifications
    reserve (1: multiple APIC)."""

    firmware_ctrl: int
    dsdt: int
    int_model: int = 1
    preferred_pm_profile: int = 0
    sci_int: int = SCI_IRQ
    smi_cmd: int = 0xB2
    acpi_enable: int = 0xF1
    acpi_disable: int = 0xF0
    s4bios_req: int = 0
    pstate_cnt: int = 0
    pm1a_evt_blk: int = 0x600
    pm1b_evt_blk: int = 0
    pm1a_cnt_blk: int = 0x604
    pm1b_cnt_blk: int = 0
    pm2_cnt_blk: int = 0
    pm_tmr_blk: int = 0x608
    gpe0_blk: int = 0xAFE0
    gpe1_blk: int = 0
    pm1_evt_len: int = 4
    pm1_cnt_len: int = 2
    pm2_cnt_len: int = 0
    pm_tmr_len: int = 4
    gpe0_blk_len: int = 4
    gpe1_blk_len: int = 0
    gpe1_base: int = 0
    cst_cnt: int = 0
    p_lvl2_lat: int = 0x0FFF  # > 100: C2 not supported
    p_lvl3_lat: int = 0x0FFF  # > 1000: C3 not supported
    flush_size: int = 0
    flush_stride: int = 0
    duty_offset: int = 0
    duty_width: int = 0
    day_alrm: int = 0
    mon_alrm: int = 0
    century: int = CENTURY
    iapc_boot_arch: int = 0
    flags: int = (
        FadtFlag.WBINVD
        | FadtFlag.PROC_C1
        | FadtFlag.SLP_BUTTON
        | FadtFlag.RTC_S4
        | FadtFlag.USE_PLATFORM_CLOCK
    )

    LAYOUT: ClassVar[struct.Struct] = struct.Struct("<IIBBHIBBBB8I8B4H5BHxI")
    REVISION: ClassVar[int] = 1

    def pack(self) -> bytes:
        """The table, header and checksum included."""
        return table(b"FACP", self.LAYOUT.pack(*astuple(self)), self.REVISION)


@dataclass(frozen=True)
class Facs:
    """Firmware ACPI Control Structure, version 0: 64 bytes, nothing set."""

    hardware_signature: int = 0
    firmware_waking_vector: int = 0
    global_lock: int = 0
    flags: int = 0

    SIGNATURE: ClassVar[bytes] = b"FACS"
    LAYOUT: ClassVar[struct.Struct] = struct.Struct("<4sIIIIIQB3xI24x")
    ALIGNMENT: ClassVar[int] = 64

    def pack(self) -> bytes:
        """The structure (no checksum: the FACS has none)."""
        return self.LAYOUT.pack(
            self.SIGNATURE,
            self.LAYOUT.size,
            self.hardware_signature,
            self.firmware_waking_vector,
            self.global_lock,
            self.flags,
            0,  # X_Firmware_Waking_Vector
            0,  # Version
            0,  # OSPM Flags
        )


#: The DSDT's AML (ACPI 6.5 section 20.2: ScopeOp, NameOp, PackageOp), the ASL in the
#: comments (the tests disassemble it with ``iasl -d`` where it is installed).
DSDT_AML: Final = bytes.fromhex(
    "10055f53425f"  # Scope (_SB) {}: ScopeOp, PkgLength 5, NameSeg "_SB_"
    "085f53355f"  # Name (_S5, ...): NameOp, NameSeg "_S5_"
    "12060400000000"  # Package (4) {Zero, Zero, Zero, Zero}: PkgLength 6, 4 items
)


def dsdt() -> bytes:
    """The minimal DSDT (revision 1: 32-bit integers), see the module doc."""
    return table(b"DSDT", DSDT_AML)


# --- where they go ----------------------------------------------------------------


@dataclass(frozen=True)
class AcpiTables:
    """The tables of the reserved high area: (address, bytes) each, and the RSDT's
    address (for the RSDP)."""

    blobs: tuple[tuple[int, bytes], ...]
    rsdt_address: int

    @property
    def end(self) -> int:
        """First address after the last table."""
        address, data = self.blobs[-1]
        return address + len(data)


def _align(address: int, alignment: int) -> int:
    return -(-address // alignment) * alignment


@functools.cache
def acpi_tables(base: int) -> AcpiTables:
    """The FACS, DSDT, FADT, MADT and RSDT laid out from ``base`` (64-byte aligned)
    in QEMU's order, each table on a 4-byte boundary (made once per base: POST
    writes them at every boot)."""
    if base % Facs.ALIGNMENT:
        raise ValueError(f"ACPI tables at {base:#x}: the FACS must be 64-byte aligned")
    blobs: list[tuple[int, bytes]] = []
    address = base

    def place(data: bytes) -> int:
        nonlocal address
        at = address
        blobs.append((at, data))
        address = _align(at + len(data), 4)
        return at

    facs = place(Facs().pack())
    dsdt_address = place(dsdt())
    fadt = place(Fadt(facs, dsdt_address).pack())
    apic = place(madt())
    rsdt_address = place(rsdt([fadt, apic]))
    return AcpiTables(tuple(blobs), rsdt_address)
