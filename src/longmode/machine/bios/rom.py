"""The BIOS ROM image at 0xF0000–0xFFFFF: what guest code can find there.

Layout (offsets from 0xF0000):

* 0x0000 the reset stub (``reset.asm``): from unicorn's start-up state to real
  mode, then ``sti`` and a far jump through ``BOOT_VECTOR`` (a dword in the
  stub: 0000:7C00, the boot sector, unless POST points it elsewhere);
* 0xE000 the BIOS code stubs and tables (see ``ROM_CODE`` and the ``TABLES``
  offsets below: the INT 08h handler that calls INT 1Ch, the boot-failure
  halt, the configuration table for INT 15h AH=C0h, the diskette parameter
  table, the ACPI RSDP, at 0xE100 the entry stubs of INT 10h/13h/15h, and at
  0xE140 the Intel MP floating pointer and configuration table);
* 0xD000 + n the service stub of interrupt vector n: the IVT points there.
  The machine makes this page readable but not executable, so the CPU stops
  when it reaches a stub; the machine runs the Python service for vector n and
  goes on at ``SERVICE_RETURN``, an ``iret`` that returns to the caller — so
  guest code may hook a vector and chain to the old one as on a real PC (the
  stub bytes read as ``iret`` too);
* 0xFFF0 the reset vector (a far jump to the stub), 0xFFF5 the BIOS date,
  0xFFFD the ``retf`` used to enter real-mode interrupt handlers, 0xFFFE the
  model byte (0xFC, a PC/AT).
"""

from __future__ import annotations

import functools
import struct
from pathlib import Path

BIOS_BASE = 0xF0000
BIOS_SIZE = 0x10000
RESET_STUB = BIOS_BASE
TABLES = BIOS_BASE + 0xE000
SERVICE_STUBS = BIOS_BASE + 0xD000
#: The stubs' page, which the machine makes non-executable.
SERVICE_STUBS_SIZE = 0x1000
RESET_VECTOR = BIOS_BASE + 0xFFF0
DATE = BIOS_BASE + 0xFFF5
RETF_TRAMPOLINE = BIOS_BASE + 0xFFFD
MODEL_BYTE = BIOS_BASE + 0xFFFE
PC_AT_MODEL = 0xFC
BIOS_DATE = b"11/23/26"

#: ``reset.asm`` as NASM 2.16 assembles it (a test keeps the two in step).
RESET_STUB_CODE = bytes.fromhex(
    "0f011560000f00ea0e0000000800b810008ed88ec08ed08ee08ee80f20c06625feffff7f"
    "0f22c0ea2c0000f031c08ed88ec08ed08ee08ee8bc007cfb2eff2e660090909090909090"
    "0000000000000000ffff00000f9b0000ffff000000930000170048000f00007c0000"
)
RESET_STUB_SOURCE = Path(__file__).with_name("reset.asm")
#: The far pointer (offset, segment) the reset stub jumps through.
BOOT_VECTOR = RESET_STUB + len(RESET_STUB_CODE) - 4
BOOT_SECTOR = 0x7C00

# --- the tables area (0xFE000): code stubs first, then data -----------------

#: INT 08h (IRQ0): the tick count in Python, then the guest's INT 1Ch, then EOI.
IRQ0_HANDLER = TABLES + 0x00
#: Where the reset stub goes when there is nothing to boot: halts for good.
BOOT_FAILURE = TABLES + 0x20
#: The ``iret`` a service returns through (reached with the stub's CS).
SERVICE_RETURN = TABLES + 0x28
#: A word the service entries load into ES on the way out (see ``service_entry_code``).
ES_OUT = TABLES + 0x30
#: INT 15h AH=C0h: the system configuration table.
CONFIG_TABLE = TABLES + 0x40
#: INT 1Eh: the diskette parameter table.
DISKETTE_TABLE = TABLES + 0x50
#: The ACPI RSDP (16-byte aligned, inside the 0xE0000-0xFFFFF search area).
ACPI_RSDP = TABLES + 0x80
#: Vectors whose services may return a segment in ES: the IVT points at an entry stub.
ENTRY_VECTORS = (0x10, 0x13, 0x15)
SERVICE_ENTRIES = {vector: TABLES + 0x100 + 0x10 * i for i, vector in enumerate(ENTRY_VECTORS)}
#: Bytes from an entry stub's start to the return address of its far call.
ENTRY_CALL_RETURN = 6
#: The Intel MP floating pointer (16 bytes, 16-byte aligned, in the 0xF0000-0xFFFFF
#: search area), then the MP configuration table (``mptable``: 184 bytes).
MP_FLOATING_POINTER = TABLES + 0x140
MP_CONFIG_TABLE = TABLES + 0x150

#: The code stubs, as NASM assembles ``ROM_CODE_SOURCE`` (a test keeps them in step).
ROM_CODE: dict[int, bytes] = {
    IRQ0_HANDLER: bytes.fromhex(
        "9c"  # pushf
        "9a08d000f0"  # call 0xF000:0xD008   ; the stub of vector 08h: Python ticks
        "cd1c"  # int 0x1C              ; the user timer hook
        "50"  # push ax
        "b020"  # mov al, 0x20
        "e620"  # out 0x20, al          ; non-specific EOI to the master PIC
        "58"  # pop ax
        "cf"  # iret
    ),
    BOOT_FAILURE: bytes.fromhex(
        "fa"  # cli
        "f4"  # .halt: hlt
        "ebfd"  # jmp .halt
    ),
}
ROM_CODE_SOURCE: dict[int, str] = {
    IRQ0_HANDLER: """
bits 16
    pushf
    call 0xF000:0xD008
    int 0x1C
    push ax
    mov al, 0x20
    out 0x20, al
    pop ax
    iret
""",
    BOOT_FAILURE: """
bits 16
    cli
.halt:
    hlt
    jmp .halt
""",
}

IRET = 0xCF
RETF = 0xCB


def service_stub(vector: int) -> int:
    """Linear address of vector ``vector``'s service stub."""
    return SERVICE_STUBS + vector


def ivt_entry(vector: int) -> tuple[int, int]:
    """(offset, segment) the IVT holds for ``vector`` at power-on."""
    return service_stub(vector) - BIOS_BASE, BIOS_BASE >> 4


@functools.cache
def ivt_image() -> bytes:
    """The interrupt vector table at power-on: every vector's :func:`ivt_entry`."""
    return b"".join(struct.pack("<HH", *ivt_entry(vector)) for vector in range(256))


def service_entry_code(vector: int) -> bytes:
    """The entry stub of ``vector``: the service, then ES from ``ES_OUT``.

    unicorn's 64-bit engine cannot load a real-mode segment register from
    Python (only the selector changes, not the base), so a service that
    returns a segment (ES:BX of INT 15h AH=C0h, ES:DI of INT 13h AH=08h)
    stores it at ``ES_OUT`` and this guest code loads it::

        pushf
        call 0xF000:0xD0nn        ; vector n's stub: the Python service runs
        mov es, [cs:0xE030]       ; ES_OUT: the caller's ES, or the service's answer
        iret                      ; to the caller, with the flags the service set
    """
    stub = service_stub(vector) - BIOS_BASE
    return (
        bytes([0x9C, 0x9A])
        + struct.pack("<HH", stub, BIOS_BASE >> 4)
        + bytes([0x2E, 0x8E, 0x06])
        + struct.pack("<H", ES_OUT - BIOS_BASE)
        + bytes([IRET])
    )


def service_entry_source(vector: int) -> str:
    """``service_entry_code`` in NASM syntax (for the test that assembles it)."""
    return (
        f"bits 16\n    pushf\n    call 0xF000:{service_stub(vector) - BIOS_BASE:#06x}\n"
        f"    mov es, [cs:{ES_OUT - BIOS_BASE:#06x}]\n    iret\n"
    )


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
    rom[SERVICE_RETURN - BIOS_BASE] = IRET
    rom[MODEL_BYTE - BIOS_BASE] = PC_AT_MODEL
    for address, code in ROM_CODE.items():
        rom[address - BIOS_BASE : address - BIOS_BASE + len(code)] = code
    for vector, address in SERVICE_ENTRIES.items():
        code = service_entry_code(vector)
        rom[address - BIOS_BASE : address - BIOS_BASE + len(code)] = code
    return bytes(rom)


def real_mode_pointer(linear: int) -> tuple[int, int]:
    """(offset, segment) of a linear address in the ROM (segment 0xF000)."""
    return linear - BIOS_BASE, BIOS_BASE >> 4
