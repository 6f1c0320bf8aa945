"""The BIOS ROM image at 0xF0000–0xFFFFF: what guest code can find there.

Layout (offsets from 0xF0000):

* 0x0000 the reset stub (``reset.asm``): from unicorn's start-up state to real
  mode, then ``sti`` and a jump to the boot sector at 0000:7C00;
* 0xE000 the BIOS tables (filled by POST: the configuration table for INT 15h
  AH=C0h, the fixed-disk parameter table, the ACPI RSDP and RSDT…);
* 0xF000 + n one ``iret`` per interrupt vector n: the IVT points there, the
  machine runs the Python service for vector n when execution reaches it, and
  the ``iret`` returns to the caller — so guest code may hook a vector and
  chain to the old one as on a real PC;
* 0xFFF0 the reset vector (a far jump to the stub), 0xFFF5 the BIOS date,
  0xFFFD the ``retf`` used to enter real-mode interrupt handlers, 0xFFFE the
  model byte (0xFC, a PC/AT).
"""

from __future__ import annotations

from pathlib import Path

BIOS_BASE = 0xF0000
BIOS_SIZE = 0x10000
RESET_STUB = BIOS_BASE
TABLES = BIOS_BASE + 0xE000
SERVICE_STUBS = BIOS_BASE + 0xF000
RESET_VECTOR = BIOS_BASE + 0xFFF0
DATE = BIOS_BASE + 0xFFF5
RETF_TRAMPOLINE = BIOS_BASE + 0xFFFD
MODEL_BYTE = BIOS_BASE + 0xFFFE
PC_AT_MODEL = 0xFC
BIOS_DATE = b"11/23/26"

#: ``reset.asm`` as NASM 2.16 assembles it (a test keeps the two in step).
RESET_STUB_CODE = bytes.fromhex(
    "0f011560000f00ea0e0000000800b810008ed88ec08ed08ee08ee80f20c06625feffff7f"
    "0f22c0ea2c0000f031c08ed88ec08ed08ee08ee8bc007cfbea007c000090909090909090"
    "0000000000000000ffff00000f9b0000ffff000000930000170048000f00"
)
RESET_STUB_SOURCE = Path(__file__).with_name("reset.asm")

IRET = 0xCF
RETF = 0xCB


def service_stub(vector: int) -> int:
    """Linear address of vector ``vector``'s ``iret`` stub."""
    return SERVICE_STUBS + vector


def ivt_entry(vector: int) -> tuple[int, int]:
    """(offset, segment) the IVT holds for ``vector`` at power-on."""
    return service_stub(vector) - BIOS_BASE, BIOS_BASE >> 4


def rom_image() -> bytes:
    """The 64 KiB ROM as POST writes it before the tables are added."""
    rom = bytearray(BIOS_SIZE)
    rom[: len(RESET_STUB_CODE)] = RESET_STUB_CODE
    for vector in range(256):
        rom[service_stub(vector) - BIOS_BASE] = IRET
    # jmp 0xF000:0x0000 at the reset vector.
    rom[RESET_VECTOR - BIOS_BASE : RESET_VECTOR - BIOS_BASE + 5] = bytes([0xEA, 0, 0, 0x00, 0xF0])
    rom[DATE - BIOS_BASE : DATE - BIOS_BASE + len(BIOS_DATE)] = BIOS_DATE
    rom[RETF_TRAMPOLINE - BIOS_BASE] = RETF
    rom[MODEL_BYTE - BIOS_BASE] = PC_AT_MODEL
    return bytes(rom)
