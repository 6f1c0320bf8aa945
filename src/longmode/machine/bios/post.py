"""POST, in Python, before the first instruction: what our simple BIOS sets up, and how.

In order (as SeaBIOS does it on QEMU, checked against it where the tests can):

1. the IVT: every vector at its ``iret`` stub in ROM, except INT 08h (the ROM
   stub that also calls INT 1Ch), INT 10h/13h/15h (entry stubs that can
   return ES, see ``rom.service_entry_code``) and the data vectors — 1Eh the diskette
   parameter table, 41h/46h the fixed-disk parameter tables in the EBDA,
   1Dh/1Fh/43h (video tables and fonts we do not have), 60h-66h (user
   vectors) and 79h: 0000:0000;
2. the BDA (COM1 at 0x3F8, equipment word, 639 KiB, keyboard buffer, the tick
   count of the RTC's time of day, hard disk count) and the 1 KiB EBDA at
   0x9FC00;
3. ROM tables (INT 15h C0h configuration table, diskette parameters, the ACPI
   RSDP, the Intel MP floating pointer and configuration table) and the other
   ACPI tables (FACS, DSDT, FADT, MADT, RSDT) at the top of low RAM;
4. the PICs (master base 08h, slave base 70h, IRQ0/1/2 unmasked) and PIT
   channel 0 (mode 3, count 65536: 18.2 Hz), through their ports; the local
   APIC enabled in virtual wire mode (LINT0 ExtINT, LINT1 NMI), as SeaBIOS;
5. VGA mode 3 with a blank screen (INT 10h's own code);
6. the boot drive's sector 0 at 0000:7C00, checked for 55h AAh; DL = the
   drive. Without a signature the screen says why and the reset stub is
   pointed at the ROM's ``cli; hlt`` (the machine then reports the halt).
"""

from __future__ import annotations

import struct
from collections.abc import Callable, Iterable, Mapping
from datetime import datetime
from typing import TYPE_CHECKING, Final, Protocol, runtime_checkable

from longmode.machine.bios import (
    acpi,
    e820,
    int1a,
    int10,
    int13,
    int15,
    int16,
    irq,
    misc,
    mptable,
    rom,
)
from longmode.machine.bios.bda import (
    BASE_MEMORY_KIB,
    BDA_BASE,
    EBDA_BASE,
    EBDA_SEGMENT,
    EBDA_SIZE_KIB,
    KEYBOARD_BUFFER_END,
    KEYBOARD_BUFFER_START,
    BiosDataArea,
    EbdaField,
    Field,
)
from longmode.machine.bios.disk import (
    DISKETTE_PARAMETERS,
    FLOPPY_DRIVE,
    HARD_DISK_DRIVE,
    Disk,
    fixed_disk_parameters,
)
from longmode.machine.bios.screen import TextScreen
from longmode.machine.bios.services import Service, ServiceCall, ServiceLog
from longmode.machine.devices import pc_ports
from longmode.machine.devices.pit8254 import PIT_HZ

if TYPE_CHECKING:
    from longmode.machine.board import Board

#: Vectors that hold pointers to data, not code, and are 0000:0000 here.
NULL_VECTORS: Final = (0x1D, 0x1F, 0x43, *range(0x60, 0x67), 0x79)
DISKETTE_VECTOR: Final = 0x1E
FIXED_DISK_VECTORS: Final = {0x41: HARD_DISK_DRIVE, 0x46: HARD_DISK_DRIVE + 1}
#: The services that pick their function by AH (the others have one function each).
FUNCTION_IN_AH: Final = frozenset({0x10, 0x13, 0x15, 0x16, 0x1A})
#: Equipment word: FPU (bit 1), 80x25 colour (bits 4-5 = 10b), one serial port (bits 9-11).
EQUIPMENT_BASE: Final = 0x0002 | 0x0020 | 1 << 9
#: INT 15h C0h table: size 8, model FCh, submodel 00h, BIOS revision 01h, feature 1:
#: second 8259 (bit 6), RTC (bit 5), EBDA allocated (bit 2); features 2-5: 0.
CONFIG_TABLE: Final = struct.pack("<HBBBBBBBB", 8, rom.PC_AT_MODEL, 0, 1, 0x64, 0, 0, 0, 0)
PIC_INIT: Final = (
    (pc_ports.PIC_MASTER[0], 0x11),  # ICW1: edge, cascade, ICW4 follows
    (pc_ports.PIC_MASTER[0] + 1, irq.MASTER_BASE),  # ICW2: vector base
    (pc_ports.PIC_MASTER[0] + 1, 0x04),  # ICW3: slave on IR2
    (pc_ports.PIC_MASTER[0] + 1, 0x01),  # ICW4: 8086 mode
    (pc_ports.PIC_SLAVE[0], 0x11),
    (pc_ports.PIC_SLAVE[0] + 1, irq.SLAVE_BASE),
    (pc_ports.PIC_SLAVE[0] + 1, 0x02),  # ICW3: slave identity 2
    (pc_ports.PIC_SLAVE[0] + 1, 0x01),
    (pc_ports.PIC_MASTER[0] + 1, 0xF8),  # OCW1: IRQ0, 1, 2 unmasked
    (pc_ports.PIC_SLAVE[0] + 1, 0xFF),
)
#: The local APIC as SeaBIOS leaves it on QEMU 7.2 (read by tests/machine/apic_guest.asm
#: in both machines): software-enabled with spurious vector FFh, LINT0 ExtINT (the
#: 8259s' INTR: virtual wire mode) and LINT1 NMI, both with the level bit set.
LAPIC_INIT: Final = (
    (0xF0, 0x1FF),  # SVR
    (0x350, 0x8700),  # LVT LINT0
    (0x360, 0x8400),  # LVT LINT1
)
PIT_INIT: Final = (
    (pc_ports.PIT[0] + 3, 0x36),  # counter 0, low then high byte, mode 3, binary
    (pc_ports.PIT[0], 0x00),  # count 0 = 65536: 18.2065 Hz
    (pc_ports.PIT[0], 0x00),
)


def _service(function: Service, calls: ServiceLog | None) -> Callable[[Board, int], None]:
    """``function`` as a handler at its ROM stub; with ``calls``, logged by it."""
    if calls is None:

        def run(board: Board, vector: int) -> None:
            function(ServiceCall(board, vector))

        return run

    def run_logged(board: Board, vector: int) -> None:
        call = ServiceCall(board, vector)
        begun = calls.begin(call)
        function(call)
        if begun is not None:
            calls.end(call, begun)

    return run_logged


def ticks_since_midnight(moment: datetime) -> int:
    """The BDA tick count for a time of day (18.2065 ticks a second)."""
    seconds = moment.hour * 3600 + moment.minute * 60 + moment.second
    return seconds * PIT_HZ // 65536


def number_drives(disks: Mapping[int, Disk] | Iterable[Disk]) -> dict[int, Disk]:
    """Drive numbers for ``disks``: a mapping is kept; a list numbers hard disks from
    80h and floppies from 00h, in order."""
    if isinstance(disks, Mapping):
        for number, disk in disks.items():
            if not 0 <= number <= 0xFF or disk.floppy == bool(number & 0x80):
                kind = "a floppy" if disk.floppy else "a hard disk"
                first = "00h-7Fh" if disk.floppy else "80h-FFh"
                raise ValueError(
                    f"{disk.name}: drive number {number:#x} does not suit {kind} (expected {first})"
                )
        return dict(disks)
    drives: dict[int, Disk] = {}
    next_floppy, next_hard = FLOPPY_DRIVE, HARD_DISK_DRIVE
    for disk in disks:
        if disk.floppy:
            drives[next_floppy] = disk
            next_floppy += 1
        else:
            drives[next_hard] = disk
            next_hard += 1
    return drives


class Bios:
    """Our simple BIOS on one machine: its drives, its services, its POST."""

    def __init__(
        self,
        board: Board,
        disks: Mapping[int, Disk] | Iterable[Disk],
        boot_drive: int | None = None,
    ) -> None:
        self.board = board
        self.drives = number_drives(disks)
        if boot_drive is None:
            boot_drive = HARD_DISK_DRIVE if HARD_DISK_DRIVE in self.drives else FLOPPY_DRIVE
        self.boot_device = misc.BootDevice(self.drives, boot_drive)
        self.bda = BiosDataArea(
            lambda address, size: bytes(board.memory.read(address, size)), board.memory.write
        )
        #: Why the boot sector was not started, if it was not.
        self.boot_failure: str | None = None
        #: ``-v``'s log of the guest's calls (software interrupts, not IRQ handlers).
        self.calls = ServiceLog(FUNCTION_IN_AH, {0x13: int13.DiskStatus})

    @property
    def boot_drive(self) -> int:
        """The drive POST boots (DL at 0000:7C00)."""
        return self.boot_device.drive

    def services(self) -> dict[int, Service]:
        """Vector → Python service, for every vector whose stub does something."""
        table: dict[int, Service] = {vector: irq.default_irq for vector in irq.irq_vectors()}
        table.update(
            {
                irq.TIMER_VECTOR: irq.timer_tick,
                irq.KEYBOARD_VECTOR: irq.keyboard_interrupt,
                irq.RTC_VECTOR: irq.rtc_interrupt,
                0x10: int10.handle,
                0x11: misc.equipment_list,
                0x12: misc.memory_size,
                0x13: int13.handler(self.drives),
                0x15: int15.handler(),
                0x16: int16.handle,
                0x18: misc.boot_failure_service(self.boot_device),
                0x19: misc.bootstrap_service(self.boot_device),
                0x1A: int1a.handle,
            }
        )
        return table

    def install(self) -> None:
        """Registers the services with the machine (vector → handler at its ROM stub)."""
        irqs = set(irq.irq_vectors())
        for vector, service in self.services().items():
            calls = None if vector in irqs else self.calls
            self.board.services[vector] = _service(service, calls)

    # --- POST ----------------------------------------------------------------

    def post(self) -> None:
        """Sets the machine up as the BIOS leaves it at 0000:7C00 (see the module doc)."""
        self.write_ivt()
        self.write_bda()
        self.write_ebda()
        self.write_tables()
        self.init_chips()
        TextScreen(self.board).set_text_mode(3)
        self.load_boot_sector()

    def _set_vector(self, vector: int, offset: int, segment: int) -> None:
        self.board.memory.write(vector * 4, struct.pack("<HH", offset, segment))

    def write_ivt(self) -> None:
        """Step 1: the interrupt vector table."""
        self.board.memory.write(0, rom.ivt_image())
        self._set_vector(irq.TIMER_VECTOR, *rom.real_mode_pointer(rom.IRQ0_HANDLER))
        for vector, entry in rom.SERVICE_ENTRIES.items():
            self._set_vector(vector, *rom.real_mode_pointer(entry))
        self._set_vector(DISKETTE_VECTOR, *rom.real_mode_pointer(rom.DISKETTE_TABLE))
        for vector in NULL_VECTORS:
            self._set_vector(vector, 0, 0)
        fdpt = {0x41: EbdaField.FDPT0, 0x46: EbdaField.FDPT1}
        for vector, drive in FIXED_DISK_VECTORS.items():
            if drive in self.drives:
                self._set_vector(vector, fdpt[vector], EBDA_SEGMENT)
            else:
                self._set_vector(vector, 0, 0)

    def write_bda(self) -> None:
        """Step 2a: the BIOS Data Area."""
        board, bda = self.board, self.bda
        board.memory.write(BDA_BASE, bytes(0x100))
        bda.set(Field.COM_PORTS, pc_ports.COM1[0], 0)
        bda.set(Field.EBDA_SEGMENT, EBDA_SEGMENT)
        floppies = sum(1 for drive in self.drives if not drive & 0x80)
        equipment = EQUIPMENT_BASE | ((floppies - 1) << 6 | 1 if floppies else 0)
        bda.set(Field.EQUIPMENT, equipment)
        bda.set(Field.MEMORY_SIZE_KIB, BASE_MEMORY_KIB)
        for field in (Field.KEYBOARD_HEAD, Field.KEYBOARD_TAIL, Field.KEYBOARD_BUFFER_START_PTR):
            bda.set(field, KEYBOARD_BUFFER_START)
        bda.set(Field.KEYBOARD_BUFFER_END_PTR, KEYBOARD_BUFFER_END)
        bda.set(Field.KEYBOARD_FLAGS_3, 0x10)  # 101/102-key keyboard installed
        bda.set(Field.TIMER_TICKS, ticks_since_midnight(board.chips.cmos.time_of_day()))
        bda.set(Field.HARD_DISK_COUNT, sum(1 for drive in self.drives if drive & 0x80))

    def write_ebda(self) -> None:
        """Step 2b: the EBDA, with the fixed-disk parameter tables of drives 80h and 81h."""
        memory = self.board.memory
        memory.write(EBDA_BASE, bytes(EBDA_SIZE_KIB * 1024))
        memory.write(EBDA_BASE + EbdaField.SIZE_KIB, bytes([EBDA_SIZE_KIB]))
        for field, drive in ((EbdaField.FDPT0, 0x80), (EbdaField.FDPT1, 0x81)):
            disk = self.drives.get(drive)
            if disk is not None:
                memory.write(EBDA_BASE + field, fixed_disk_parameters(disk.geometry))

    def write_tables(self) -> None:
        """Step 3: configuration and diskette tables, the MP tables, the ACPI tables."""
        memory = self.board.memory
        memory.write(rom.CONFIG_TABLE, CONFIG_TABLE)
        memory.write(rom.DISKETTE_TABLE, DISKETTE_PARAMETERS)
        floating, config = mptable.mp_tables(rom.MP_FLOATING_POINTER, rom.MP_CONFIG_TABLE)
        memory.write(rom.MP_FLOATING_POINTER, floating)
        memory.write(rom.MP_CONFIG_TABLE, config)
        tables = acpi.acpi_tables(e820.high_tables_base(self.board.layout))
        for address, data in tables.blobs:
            memory.write(address, data)
        memory.write(rom.ACPI_RSDP, acpi.Rsdp(tables.rsdt_address).pack())

    def init_chips(self) -> None:
        """Step 4: the PICs and the PIT, through their ports; the local APIC's registers."""
        bus = self.board.ports
        for port, value in (*PIC_INIT, *PIT_INIT):
            bus.write(port, 1, value)
        lapic = self.board.chips.lapic
        for offset, value in LAPIC_INIT:
            lapic.mmio_write(offset, 4, value)

    def load_boot_sector(self) -> None:
        """Step 6: sector 0 of the boot drive at 0x7C00, DL, and where the reset stub goes."""
        board = self.board
        reason = self.boot_device.load(board)
        if reason is None:
            target = (rom.BOOT_SECTOR, 0)
        else:
            self.boot_failure = reason
            self.boot_device.fail(board, reason)
            target = rom.real_mode_pointer(rom.BOOT_FAILURE)
        board.memory.write(rom.BOOT_VECTOR, struct.pack("<HH", *target))
        board.cpu.set("dl", self.boot_drive)


@runtime_checkable
class _HasBoard(Protocol):
    board: Board


def install_bios(
    target: Board | _HasBoard,
    disks: Mapping[int, Disk] | Iterable[Disk],
    boot_drive: int | None = None,
) -> Bios:
    """Installs our BIOS on a machine (or its board) and runs POST; ``machine.run()``
    then boots.

    ``disks``: a mapping of drive number to :class:`Disk`, or a list (hard disks
    become 80h, 81h…, floppies 00h, 01h…). ``boot_drive``: 80h if there is a
    hard disk, else 00h.
    """
    board = target.board if isinstance(target, _HasBoard) else target
    bios = Bios(board, disks, boot_drive)
    bios.install()
    bios.post()
    return bios
