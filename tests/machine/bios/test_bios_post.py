"""POST: the IVT, BDA, EBDA, chips, ROM code and tables as the boot sector finds them."""

from __future__ import annotations

import itertools
import struct

import pytest
from bios_programs import boot, boot_sector, nasm, numbered_disk, run_qemu

from longmode.machine.bios import Disk, install_bios, rom
from longmode.machine.bios.acpi import Rsdp
from longmode.machine.bios.bda import EBDA_SEGMENT, BiosDataArea, Field
from longmode.machine.bios.e820 import HIGH_TABLES_SIZE, high_tables_base
from longmode.machine.bios.mptable import mp_tables
from longmode.machine.devices.vga import text_lines
from longmode.machine.machine import Machine, MachineConfig, Outcome

EXIT_AT_ONCE = """
    exit
"""


@pytest.fixture(scope="module")
def posted() -> Machine:
    """A machine after POST, before its first instruction."""
    machine = Machine(MachineConfig(memory=32 << 20))
    install_bios(machine, [Disk(numbered_disk(boot_sector(EXIT_AT_ONCE), 64))])
    return machine


def vector(machine: Machine, number: int) -> tuple[int, int]:
    offset, segment = struct.unpack("<HH", machine.uc.mem_read(number * 4, 4))
    return segment, offset


def bda(machine: Machine) -> BiosDataArea:
    return BiosDataArea(lambda a, n: bytes(machine.uc.mem_read(a, n)), machine.uc.mem_write)


def test_reset_stub_and_rom_code_stubs_are_what_nasm_assembles() -> None:
    assert nasm(rom.RESET_STUB_SOURCE.read_text()) == rom.RESET_STUB_CODE
    for address, source in rom.ROM_CODE_SOURCE.items():
        assert nasm(source) == rom.ROM_CODE[address], hex(address)
    for number in rom.ENTRY_VECTORS:
        assert nasm(rom.service_entry_source(number)) == rom.service_entry_code(number)


def test_rom_code_fits_between_the_tables_without_overlap() -> None:
    spans = sorted(
        [(a, a + len(code)) for a, code in rom.ROM_CODE.items()]
        + [(a, a + len(rom.service_entry_code(v))) for v, a in rom.SERVICE_ENTRIES.items()]
        + [(rom.CONFIG_TABLE, rom.CONFIG_TABLE + 10), (rom.DISKETTE_TABLE, rom.DISKETTE_TABLE + 11)]
        + [(rom.ES_OUT, rom.ES_OUT + 2), (rom.ACPI_RSDP, rom.ACPI_RSDP + 20)]
        + [(rom.SERVICE_RETURN, rom.SERVICE_RETURN + 1)]
        + [(rom.MP_FLOATING_POINTER, rom.MP_FLOATING_POINTER + 16)]
        + [(rom.MP_CONFIG_TABLE, rom.MP_CONFIG_TABLE + len(mp_tables(0, 0)[1]))]
    )
    for (_, end), (start, _) in itertools.pairwise(spans):
        assert end <= start
    # the tables' page, apart from the stubs' page, which the machine cannot execute
    assert spans[0][0] >= rom.TABLES and spans[-1][1] <= rom.TABLES + 0x1000
    assert rom.SERVICE_STUBS + rom.SERVICE_STUBS_SIZE <= rom.TABLES


def test_ivt_points_every_vector_at_rom_except_data_vectors(posted: Machine) -> None:
    assert vector(posted, 0x16) == (0xF000, rom.service_stub(0x16) - rom.BIOS_BASE)
    assert vector(posted, 0x08) == (0xF000, rom.IRQ0_HANDLER - rom.BIOS_BASE)
    assert vector(posted, 0x13) == (0xF000, rom.SERVICE_ENTRIES[0x13] - rom.BIOS_BASE)
    assert vector(posted, 0x1E) == (0xF000, rom.DISKETTE_TABLE - rom.BIOS_BASE)
    assert vector(posted, 0x41) == (EBDA_SEGMENT, 0x3D)
    for number in (0x1D, 0x1F, 0x43, 0x46, 0x60, 0x66, 0x79):
        assert vector(posted, number) == (0, 0), hex(number)


def test_bda_holds_com1_ebda_memory_size_video_and_keyboard_buffer(posted: Machine) -> None:
    area = bda(posted)
    assert area.get(Field.COM_PORTS, 0) == 0x3F8
    assert area.get(Field.EBDA_SEGMENT) == 0x9FC0
    assert area.get(Field.MEMORY_SIZE_KIB) == 639
    assert area.get(Field.VIDEO_MODE) == 3 and area.get(Field.VIDEO_COLUMNS) == 80
    assert area.get(Field.VIDEO_ROWS) == 24 and area.get(Field.CURSOR_POSITIONS, 0) == 0
    assert area.get(Field.KEYBOARD_HEAD) == area.get(Field.KEYBOARD_TAIL) == 0x1E
    assert area.get(Field.KEYBOARD_BUFFER_END_PTR) == 0x3E
    assert area.get(Field.HARD_DISK_COUNT) == 1
    assert bytes(posted.uc.mem_read(0x9FC00, 1)) == b"\x01"  # EBDA size: 1 KiB


#: BDA fields (address, width in bytes) the program below prints, in this order.
BDA_FIELDS = [
    (0x400, 2), (0x40E, 2), (0x413, 2), (0x449, 1), (0x44A, 2), (0x44C, 2), (0x44E, 2),
    (0x450, 2), (0x460, 2), (0x462, 1), (0x463, 2), (0x465, 1), (0x466, 1), (0x475, 1),
    (0x480, 2), (0x482, 2), (0x484, 1), (0x485, 2), (0x487, 1), (0x488, 1), (0x489, 1),
    (0x41A, 2), (0x41C, 2), (0x417, 1), (0x496, 1), (0x410, 2),
]  # fmt: skip
BDA_PROGRAM = (
    """
    mov si, fields
.next:
    lodsw                       ; address (0: end)
    test ax, ax
    jz .done
    mov bx, ax
    lodsb                       ; width
    cmp al, 2
    mov ax, [bx]
    je .word
    call hex8
    jmp .sep
.word:
    call hex16
.sep:
    putc ' '
    jmp .next
.done:
    exit
fields:
"""
    + "".join(f"    dw {address:#x}\n    db {width}\n" for address, width in BDA_FIELDS)
    + "    dw 0\n"
)
#: Where SeaBIOS on QEMU differs, and why.
BDA_KNOWN_DIFFERENCES = {
    0x450: "SeaBIOS's banner leaves the cursor on row 8; our POST prints nothing",
    0x410: "QEMU also has a floppy controller with drive A:, LPT1 and a PS/2 mouse (4227h)",
}


@pytest.mark.slow
def test_bda_fields_match_seabios_in_qemu_except_known_differences() -> None:
    image = numbered_disk(boot_sector(BDA_PROGRAM), 64)
    machine, _, result = boot(image)
    assert result.exit_status == 33, result.message
    addresses = [address for address, _ in BDA_FIELDS]
    ours = dict(zip(addresses, bytes(machine.debug_console).decode().split(), strict=True))
    theirs = dict(zip(addresses, run_qemu(image).decode().split(), strict=True))
    for address in BDA_KNOWN_DIFFERENCES:
        del ours[address], theirs[address]
    assert ours == theirs
    assert ours[0x40E] == "9FC0" and ours[0x413] == "027F"


def test_pics_are_based_at_08h_and_70h_with_irq0_1_2_unmasked(posted: Machine) -> None:
    pic = posted.chips.pic
    assert (pic.master.vector_base, pic.slave.vector_base) == (0x08, 0x70)
    assert (pic.master.imr, pic.slave.imr) == (0xF8, 0xFF)


def test_screen_is_blank_mode_3_and_the_boot_sector_is_at_7c00(posted: Machine) -> None:
    screen = bytes(posted.uc.mem_read(0xB8000, 4000))
    assert screen == b"\x20\x07" * 2000
    assert bytes(posted.uc.mem_read(0x7DFE, 2)) == b"\x55\xaa"
    assert posted.cpu.get("dl") == 0x80


def test_acpi_rsdp_in_the_bios_area_points_at_an_rsdt_in_the_reserved_area(posted: Machine) -> None:
    found = [
        address
        for address in range(0xE0000, 0x100000, 16)
        if bytes(posted.uc.mem_read(address, 8)) == Rsdp.SIGNATURE
    ]
    assert found == [rom.ACPI_RSDP]
    rsdp = bytes(posted.uc.mem_read(found[0], 20))
    assert sum(rsdp) % 256 == 0
    address = struct.unpack_from("<I", rsdp, 16)[0]
    base = high_tables_base(posted.layout)
    assert base <= address < base + HIGH_TABLES_SIZE
    length = struct.unpack("<I", posted.uc.mem_read(address + 4, 4))[0]
    rsdt = bytes(posted.uc.mem_read(address, length))
    assert rsdt[:4] == b"RSDT" and length == 36 + 4 * 2  # the FADT and the MADT
    assert sum(rsdt) % 256 == 0


def test_timer_ticks_reach_the_guest_int_1ch_hook_and_the_bda_count() -> None:
    program = """
    mov word [0x1C * 4], tick
    mov word [0x1C * 4 + 2], 0
    sti
.wait:
    cmp byte [count], 3
    jb .wait
    mov eax, [0x46C]
    call hex32
    exit
tick:
    inc byte [cs:count]
    iret
count: db 0
"""
    machine, _, result = boot(numbered_disk(boot_sector(program), 64))
    assert result.exit_status == 33, result.message
    assert int(bytes(machine.debug_console), 16) == 3  # the default start time is midnight


def test_boot_sector_without_55aa_halts_with_a_message_on_screen_only() -> None:
    image = numbered_disk(boot_sector(EXIT_AT_ONCE, signature=False), 64)
    machine, bios, result = boot(image)
    assert result.outcome is Outcome.HALTED
    assert "interrupts disabled" in result.message
    lines = text_lines(bytes(machine.uc.mem_read(0xB8000, 4000)))
    assert lines[0].startswith("Boot failed: drive 80h (disk) is not bootable: its first sec")
    assert any(line.startswith("No bootable device") for line in lines)
    assert bios.boot_failure is not None
    assert bytes(machine.serial) == b"" and bytes(machine.debug_console) == b""


def test_int19h_reloads_the_boot_sector_and_starts_it_again() -> None:
    program = """
    inc byte [0x600]            ; survives the reload
    cmp byte [0x600], 2
    je .second
    mov dword [0x7C00], 0       ; spoil the copy in memory: INT 19h must read it again
    int 0x19
.second:
    mov al, dl
    call hex8
    exit
"""
    machine, _, result = boot(numbered_disk(boot_sector(program), 64))
    assert result.exit_status == 33, result.message
    assert bytes(machine.debug_console) == b"80"


def test_drive_numbers_must_suit_the_kind_of_disk() -> None:
    machine = Machine(MachineConfig(memory=32 << 20))
    floppy = Disk(bytes(512), floppy=True, name="a.img")
    with pytest.raises(ValueError, match=r"^a.img: drive number 0x80 does not suit a floppy"):
        install_bios(machine, {0x80: floppy})
