"""The Intel MP tables: the floating pointer and the configuration table of this PC.

Format: Intel MultiProcessor Specification 1.4 (May 1997), chapter 4: the MP
floating pointer structure (4.1), the configuration table header (4.2) and
its base entries (4.3: processor, bus, I/O APIC, I/O interrupt assignment,
local interrupt assignment). Kernels that predate ACPI, or keep it simple
(xv6), find the CPUs and the I/O APIC here.

What the table says, entry by entry as SeaBIOS builds it on QEMU's ``pc``
machine with one CPU (checked against it by tests/machine/test_firmware_tables.py):

* one processor: local APIC ID 0, version 14h, enabled and the bootstrap
  processor, with CPUID leaf 1's signature (EAX) and feature flags (EDX) of
  this machine's CPU (unicorn's, so the signature is not QEMU's ``qemu64``);
* one bus, ISA. SeaBIOS lists QEMU's PCI bus as bus 0 and ISA as bus 1, with an
  I/O interrupt entry for each PCI device's first pins; this machine has no
  PCI bus, so — as SeaBIOS itself does when it finds no PCI device — there is
  no PCI bus entry, no PCI interrupt entry, and ISA is bus 0;
* the I/O APIC: ID 0, version 11h, enabled, at 0xFEC00000;
* an I/O interrupt entry (type INT, flags "conforms to the bus") for each ISA
  IRQ SeaBIOS lists: IRQ 0 on pin 2, IRQs 1, 3, 4, 6, 7, 8 and 12-15 on the
  pin of their number. IRQ 2 (the cascade) is not listed, nor are 5, 9, 10
  and 11, which SeaBIOS leaves to PCI (``BUILD_PCI_IRQS``) — QEMU's MADT makes
  them level-triggered, active high;
* two local interrupt entries: ExtINT (the 8259s) on LINT0 of local APIC 0,
  NMI on LINT1 of every local APIC (FFh);
* the feature bytes are 0: a configuration table is present (not a default
  configuration), and IMCRP is clear — the PIC output reaches the BSP's LINT0
  through the local APIC (virtual wire mode), there is no IMCR to program;
* no extended entries, no OEM table.

Both structures live in the BIOS ROM (SeaBIOS puts them in its F segment
too); the floating pointer on a 16-byte boundary, where a kernel that scans
0xF0000-0xFFFFF for ``_MP_`` finds it.
"""

from __future__ import annotations

import enum
import functools
import struct
from dataclasses import dataclass, field
from typing import ClassVar, Final

from longmode.machine.devices import pc_ports
from longmode.machine.devices.ioapic import IOAPIC_BASE
from longmode.machine.devices.ioapic import PINS as IOAPIC_PINS
from longmode.machine.devices.lapic import LAPIC_BASE
from longmode.machine.devices.lapic import VERSION as LAPIC_VERSION

#: MP spec 1.4 (SPEC_REV of both structures).
SPEC_REV: Final = 4
MP_OEM_ID: Final = b"LONGMODE"
MP_PRODUCT_ID: Final = b"PC          "

# The interrupt hardware the tables describe (the APIC models must agree: SeaBIOS reads
# the local APIC's version from its version register at offset 30h; the I/O APIC's
# version 11h is a constant of SeaBIOS, whatever the I/O APIC's own register says).
#: The chips' own addresses and IDs (one source: the device models).
LOCAL_APIC_ADDRESS: Final = LAPIC_BASE
LOCAL_APIC_ID: Final = 0
#: The version SeaBIOS reads from the local APIC (its register's low byte).
LOCAL_APIC_VERSION: Final = LAPIC_VERSION & 0xFF
IO_APIC_ADDRESS: Final = IOAPIC_BASE
IO_APIC_ID: Final = 0
#: SeaBIOS's own constant for the I/O APIC (it does not read the chip, whose
#: version register says 20h).
IO_APIC_VERSION: Final = 0x11
IO_APIC_PINS: Final = IOAPIC_PINS
#: The ISA IRQs SeaBIOS gives an I/O interrupt entry: all but 2 (cascade) and 5, 9-11.
LISTED_ISA_IRQS: Final = (0, 1, 3, 4, 6, 7, 8, 12, 13, 14, 15)
ISA_BUS_ID: Final = 0
ALL_LOCAL_APICS: Final = 0xFF


def checksum_byte(data: bytes | bytearray) -> int:
    """The byte that makes ``data`` sum to 0 modulo 256 (MP and ACPI checksums alike)."""
    return -sum(data) & 0xFF


def isa_irq_pin(irq: int) -> int:
    """The I/O APIC input ISA IRQ ``irq`` reaches, as the board wires it."""
    return pc_ports.ioapic_pin(irq)


class EntryType(enum.IntEnum):
    """Base MP configuration table entry types (MP spec table 4-3)."""

    PROCESSOR = 0
    BUS = 1
    IO_APIC = 2
    IO_INTERRUPT = 3
    LOCAL_INTERRUPT = 4


class InterruptType(enum.IntEnum):
    """Interrupt types of I/O and local interrupt entries (MP spec table 4-8)."""

    INT = 0
    NMI = 1
    SMI = 2
    EXTINT = 3


#: Processor entry CPU FLAGS (MP spec 4.3.1): EN and BP.
CPU_ENABLED: Final = 0x01
CPU_BOOTSTRAP: Final = 0x02
#: I/O APIC entry flags: EN.
IO_APIC_ENABLED: Final = 0x01
#: I/O and local interrupt entry flags (PO bits 0-1, EL bits 2-3): 0 conforms to the bus.
CONFORMS_TO_BUS: Final = 0x0000


@functools.cache
@functools.cache
def cpuid_leaf1() -> tuple[int, int]:
    """CPUID leaf 1's (EAX, EDX) of this machine's CPU model, run on a scratch engine
    (the machine answers leaf 1 with unicorn's values, unchanged)."""
    from unicorn import UC_ARCH_X86, UC_MODE_64, Uc
    from unicorn import x86_const as X

    uc = Uc(UC_ARCH_X86, UC_MODE_64)
    uc.mem_map(0x1000, 0x1000)
    uc.mem_write(0x1000, bytes.fromhex("b8010000000fa2"))  # mov eax, 1 ; cpuid
    uc.emu_start(0x1000, 0x1007)
    return uc.reg_read(X.UC_X86_REG_EAX), uc.reg_read(X.UC_X86_REG_EDX)


@dataclass(frozen=True)
class ProcessorEntry:
    """Processor entry (MP spec 4.3.1): 20 bytes."""

    local_apic_id: int
    local_apic_version: int
    cpu_flags: int
    cpu_signature: int
    feature_flags: int

    LAYOUT: ClassVar[struct.Struct] = struct.Struct("<BBBBII8x")

    def pack(self) -> bytes:
        """The entry's bytes."""
        return self.LAYOUT.pack(
            EntryType.PROCESSOR,
            self.local_apic_id,
            self.local_apic_version,
            self.cpu_flags,
            self.cpu_signature,
            self.feature_flags,
        )


@dataclass(frozen=True)
class BusEntry:
    """Bus entry (MP spec 4.3.2): 8 bytes; the type string from table 4-5."""

    bus_id: int
    bus_type: bytes

    LAYOUT: ClassVar[struct.Struct] = struct.Struct("<BB6s")

    def pack(self) -> bytes:
        """The entry's bytes (the type string padded with spaces)."""
        return self.LAYOUT.pack(EntryType.BUS, self.bus_id, self.bus_type.ljust(6))


@dataclass(frozen=True)
class IoApicEntry:
    """I/O APIC entry (MP spec 4.3.3): 8 bytes."""

    io_apic_id: int
    io_apic_version: int
    io_apic_flags: int
    io_apic_address: int

    LAYOUT: ClassVar[struct.Struct] = struct.Struct("<BBBBI")

    def pack(self) -> bytes:
        """The entry's bytes."""
        return self.LAYOUT.pack(
            EntryType.IO_APIC,
            self.io_apic_id,
            self.io_apic_version,
            self.io_apic_flags,
            self.io_apic_address,
        )


@dataclass(frozen=True)
class InterruptEntry:
    """I/O interrupt assignment (MP spec 4.3.4) or local interrupt assignment (4.3.5)
    entry: 8 bytes. ``destination_id`` is the I/O APIC's ID or the local APIC's (FFh:
    all of them); ``destination_intin`` the I/O APIC pin or the LINTIN number."""

    entry_type: EntryType
    interrupt_type: InterruptType
    flags: int
    source_bus_id: int
    source_bus_irq: int
    destination_id: int
    destination_intin: int

    LAYOUT: ClassVar[struct.Struct] = struct.Struct("<BBHBBBB")

    def pack(self) -> bytes:
        """The entry's bytes."""
        return self.LAYOUT.pack(
            self.entry_type,
            self.interrupt_type,
            self.flags,
            self.source_bus_id,
            self.source_bus_irq,
            self.destination_id,
            self.destination_intin,
        )


Entry = ProcessorEntry | BusEntry | IoApicEntry | InterruptEntry


@dataclass(frozen=True)
class MpConfigurationTable:
    """The MP configuration table (MP spec 4.2): the 44-byte header, then the base
    entries; no OEM table, no extended entries."""

    entries: tuple[Entry, ...]
    local_apic_address: int = LOCAL_APIC_ADDRESS
    oem_id: bytes = MP_OEM_ID
    product_id: bytes = MP_PRODUCT_ID

    SIGNATURE: ClassVar[bytes] = b"PCMP"
    HEADER: ClassVar[struct.Struct] = struct.Struct("<4sHBB8s12sIHHIHBx")
    CHECKSUM_OFFSET: ClassVar[int] = 7

    def pack(self) -> bytes:
        """The table with its checksum."""
        body = b"".join(entry.pack() for entry in self.entries)
        header = self.HEADER.pack(
            self.SIGNATURE,
            self.HEADER.size + len(body),  # BASE TABLE LENGTH
            SPEC_REV,
            0,  # CHECKSUM, below
            self.oem_id,
            self.product_id,
            0,  # OEM TABLE POINTER: none
            0,  # OEM TABLE SIZE
            len(self.entries),
            self.local_apic_address,
            0,  # EXTENDED TABLE LENGTH
            0,  # EXTENDED TABLE CHECKSUM
        )
        raw = bytearray(header + body)
        raw[self.CHECKSUM_OFFSET] = checksum_byte(raw)
        return bytes(raw)


@dataclass(frozen=True)
class MpFloatingPointer:
    """The MP floating pointer structure (MP spec 4.1): 16 bytes, LENGTH 1 (paragraph).

    ``feature_bytes``: byte 1 (0: a configuration table is present) and byte 2
    (bit 7 IMCRP: clear, virtual wire mode), then three reserved bytes."""

    physical_address_pointer: int
    feature_bytes: bytes = field(default=bytes(5))

    SIGNATURE: ClassVar[bytes] = b"_MP_"
    LAYOUT: ClassVar[struct.Struct] = struct.Struct("<4sIBBB5s")
    CHECKSUM_OFFSET: ClassVar[int] = 10
    SIZE: ClassVar[int] = 16

    def pack(self) -> bytes:
        """The structure with its checksum."""
        raw = bytearray(
            self.LAYOUT.pack(
                self.SIGNATURE, self.physical_address_pointer, 1, SPEC_REV, 0, self.feature_bytes
            )
        )
        raw[self.CHECKSUM_OFFSET] = checksum_byte(raw)
        return bytes(raw)


def configuration_table(cpu_signature: int, feature_flags: int) -> MpConfigurationTable:
    """This PC's configuration table (see the module doc), for a CPU whose CPUID leaf 1
    gives ``cpu_signature`` (EAX) and ``feature_flags`` (EDX)."""
    processor = ProcessorEntry(
        LOCAL_APIC_ID,
        LOCAL_APIC_VERSION,
        CPU_ENABLED | CPU_BOOTSTRAP,
        cpu_signature,
        feature_flags,
    )
    io_interrupts = [
        InterruptEntry(
            EntryType.IO_INTERRUPT,
            InterruptType.INT,
            CONFORMS_TO_BUS,
            ISA_BUS_ID,
            irq,
            IO_APIC_ID,
            isa_irq_pin(irq),
        )
        for irq in LISTED_ISA_IRQS
    ]
    local_interrupts = [
        InterruptEntry(
            EntryType.LOCAL_INTERRUPT,
            InterruptType.EXTINT,
            CONFORMS_TO_BUS,
            ISA_BUS_ID,
            0,
            LOCAL_APIC_ID,
            0,  # LINTIN0
        ),
        InterruptEntry(
            EntryType.LOCAL_INTERRUPT,
            InterruptType.NMI,
            CONFORMS_TO_BUS,
            ISA_BUS_ID,
            0,
            ALL_LOCAL_APICS,
            1,  # LINTIN1
        ),
    ]
    return MpConfigurationTable(
        (
            processor,
            BusEntry(ISA_BUS_ID, b"ISA"),
            IoApicEntry(IO_APIC_ID, IO_APIC_VERSION, IO_APIC_ENABLED, IO_APIC_ADDRESS),
            *io_interrupts,
            *local_interrupts,
        )
    )


@functools.cache
def mp_tables(floating_address: int, config_address: int) -> tuple[bytes, bytes]:
    """(floating pointer, configuration table) as they are written at
    ``floating_address`` and ``config_address``, for this machine's CPU (made once:
    POST writes them at every boot)."""
    if floating_address % 16:
        raise ValueError(f"MP floating pointer at {floating_address:#x}: must be 16-byte aligned")
    table = configuration_table(*cpuid_leaf1())
    return MpFloatingPointer(config_address).pack(), table.pack()
