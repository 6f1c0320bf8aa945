"""INT 11h (equipment), INT 12h (memory size), INT 18h and INT 19h (booting).

Sources: IBM PC AT Technical Reference, "Equipment Determination (INT 11H)",
"Memory Size Determination (INT 12H)", "Bootstrap Loader (INT 19H)"; SeaBIOS
``src/boot.c`` for the boot-sector check (the 0x55 0xAA signature at offset
510 of a hard disk's sector 0).

INT 19h reads the boot drive's sector 0 to 0000:7C00 again and continues
there with DL = the drive (its ``iret`` is pointed at the boot sector);
without a signature, or with no drive, it prints why on the screen and goes
to the ROM's halt (``rom.BOOT_FAILURE``), as INT 18h does.
"""

from __future__ import annotations

import logging
from collections.abc import Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING

from longmode.machine.bios import rom
from longmode.machine.bios.bda import Field
from longmode.machine.bios.disk import Disk
from longmode.machine.bios.screen import TextScreen
from longmode.machine.bios.services import Service, ServiceCall

if TYPE_CHECKING:
    from longmode.machine.board import Board

log = logging.getLogger("longmode.bios")


def equipment_list(call: ServiceCall) -> None:
    """INT 11h: AX = the equipment word (BDA 0x410)."""
    call["ax"] = call.bda.get(Field.EQUIPMENT)


def memory_size(call: ServiceCall) -> None:
    """INT 12h: AX = KiB of conventional memory (BDA 0x413, 639 with the EBDA)."""
    call["ax"] = call.bda.get(Field.MEMORY_SIZE_KIB)


@dataclass(frozen=True)
class BootDevice:
    """The drives and which one to boot."""

    drives: Mapping[int, Disk]
    drive: int

    def load(self, board: Board) -> str | None:
        """Copies sector 0 to 0x7C00; returns why it cannot boot, or None."""
        disk = self.drives.get(self.drive)
        if disk is None:
            return f"Boot failed: there is no drive {self.drive:02X}h."
        board.memory.write(rom.BOOT_SECTOR, disk.boot_sector())
        if not disk.is_bootable():
            return (
                f"Boot failed: drive {self.drive:02X}h ({disk.name}) is not bootable: "
                "its first sector does not end with 55h AAh."
            )
        return None

    def fail(self, board: Board, reason: str) -> None:
        """Says why on the screen (not on COM1) and in the log."""
        log.info("%s", reason)
        TextScreen(board).write_text(f"{reason}\nNo bootable device: the machine halts.\n")


def bootstrap_service(device: BootDevice) -> Service:
    """INT 19h bootstrap loader for ``device``."""

    def bootstrap(call: ServiceCall) -> None:
        """INT 19h: load the boot sector and continue there (or halt with a message)."""
        reason = device.load(call.board)
        if reason is not None:
            device.fail(call.board, reason)
            call.set_caller(*reversed(rom.real_mode_pointer(rom.BOOT_FAILURE)))
            return
        call["dl"] = device.drive
        call.set_interrupts(True)
        call.set_caller(0, rom.BOOT_SECTOR)

    return bootstrap


def boot_failure_service(device: BootDevice) -> Service:
    """INT 18h: no bootable device."""

    def boot_failure(call: ServiceCall) -> None:
        """INT 18h: print that nothing boots, then halt."""
        device.fail(call.board, "INT 18h: no ROM BASIC and nothing else to boot.")
        call.set_caller(*reversed(rom.real_mode_pointer(rom.BOOT_FAILURE)))

    return boot_failure
