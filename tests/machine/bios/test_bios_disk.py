"""INT 13h: CHS and LBA reads and writes, drive parameters, errors, hooks; against SeaBIOS."""

from __future__ import annotations

import struct
from pathlib import Path

import pytest
from bios_programs import SECTOR, boot, boot_sector, numbered_disk, run_qemu

from longmode.machine.bios import Disk
from longmode.machine.bios.disk import DiskAddressPacket, Geometry, hard_disk_geometry

#: Reports, one line each: the boot drive; AH=41h; AH=42h of LBA 1234 (first and last
#: dword); AH=02h of C/H/S 1/3/38 (= LBA 1234 with 16 heads, 63 sectors); AH=08h (CX, DX);
#: AH=48h (size, sectors, bytes per sector); AH=15h (CX, DX); AH=42h past the end;
#: AH=02h with sector 0; AH=01h. Each line starts with CF ("C" or "-") and AH.
DISK_PROGRAM = """
    mov [drive], dl
    mov al, dl
    call hex8
    call newline
    mov ah, 0x41            ; extensions?
    mov bx, 0x55AA
    mov dl, [drive]
    int 0x13
    call flags_ax
    mov ax, bx
    call hex16
    mov ax, cx
    call hex16
    call newline
    mov ah, 0x42            ; LBA 1234 -> 0x8000
    mov si, dap
    mov dl, [drive]
    int 0x13
    call flags_ax
    mov eax, [0x8000]
    call hex32
    mov eax, [0x81FC]
    call hex32
    call newline
    mov ax, 0x0201          ; CHS 1/3/38 = LBA 1234 -> 0x8200
    mov cx, 0x0126
    mov dh, 3
    mov dl, [drive]
    mov bx, 0x8200
    int 0x13
    call flags_ax
    mov eax, [0x8200]
    call hex32
    call newline
    mov ah, 0x08
    mov dl, [drive]
    int 0x13
    call flags_ax
    mov ax, cx
    call hex16
    mov ax, dx
    call hex16
    call newline
    mov ah, 0x48
    mov si, 0x9000
    mov word [si], 0x1A
    mov dl, [drive]
    int 0x13
    call flags_ax
    mov ax, [0x9000]
    call hex16
    mov eax, [0x9010]
    call hex32
    mov ax, [0x9018]
    call hex16
    call newline
    mov ah, 0x15
    mov dl, [drive]
    int 0x13
    call flags_ax
    mov ax, cx
    call hex16
    mov ax, dx
    call hex16
    call newline
    mov dword [dap + 8], 4096   ; LBA past the end
    mov ah, 0x42
    mov si, dap
    mov dl, [drive]
    int 0x13
    call flags_ax
    call newline
    mov ax, 0x0201          ; sector 0: invalid
    mov cx, 0x0000
    xor dh, dh
    mov dl, [drive]
    mov bx, 0x8200
    int 0x13
    call flags_ax
    call newline
    mov ah, 0x01
    mov dl, [drive]
    int 0x13
    call flags_ax
    call newline
    exit
flags_ax:                   ; "C" or "-" for CF, then AH
    pushf
    push ax
    mov al, '-'
    jnc .nc
    mov al, 'C'
.nc: out 0xE9, al
    pop ax
    push ax
    mov al, ah
    call hex8
    putc ' '
    pop ax
    popf
    ret
drive: db 0
align 4
dap: db 0x10, 0
    dw 1, 0x8000, 0
    dq 1234
"""

SECTORS = 4096  # 2 MiB: 4 cylinders of 16 heads x 63 sectors


@pytest.fixture(scope="module")
def disk_report() -> list[str]:
    machine, _, result = boot(numbered_disk(boot_sector(DISK_PROGRAM), SECTORS))
    assert result.exit_status == 33, result.message
    return bytes(machine.debug_console).decode().splitlines()


def test_int13_boot_sector_gets_the_boot_drive_in_dl(disk_report: list[str]) -> None:
    assert disk_report[0] == "80"


def test_int13_41h_reports_edd_3_0_with_packet_access(disk_report: list[str]) -> None:
    assert disk_report[1] == "-30 AA550007"


def test_int13_42h_reads_the_sector_named_by_the_packet(disk_report: list[str]) -> None:
    assert disk_report[2] == "-00 000004D2000004D2"


def test_int13_02h_reads_the_same_sector_by_cylinder_head_sector(disk_report: list[str]) -> None:
    assert disk_report[3] == "-00 000004D2"


def test_int13_08h_reports_the_last_cylinder_head_and_sector_as_seabios(
    disk_report: list[str],
) -> None:
    # 4 cylinders, one kept back: last cylinder 2 (CH=02h), 63 sectors (CL=3Fh),
    # last head 15 (DH=0Fh), one hard disk (DL=01h).
    assert disk_report[4] == "-00 023F0F01"


def test_int13_48h_reports_total_sectors_and_sector_size(disk_report: list[str]) -> None:
    assert disk_report[5] == f"-00 001A{SECTORS:08X}0200"


def test_int13_15h_counts_the_sectors_of_the_cylinders_08h_reports(
    disk_report: list[str],
) -> None:
    assert disk_report[6] == f"-03 {3 * 16 * 63:08X}"


def test_int13_errors_set_cf_and_ah_and_01h_returns_the_last_status(
    disk_report: list[str],
) -> None:
    assert disk_report[7:10] == ["C01 ", "C01 ", "C01 "]


@pytest.mark.slow
def test_int13_disk_program_prints_the_same_as_under_seabios_in_qemu(
    disk_report: list[str],
) -> None:
    image = numbered_disk(boot_sector(DISK_PROGRAM), SECTORS)
    assert run_qemu(image).decode().splitlines() == disk_report


FLOPPY_PROGRAM = """
    mov [drive], dl
    mov al, dl
    call hex8
    call newline
    mov ah, 0x08
    int 0x13
    mov ax, bx
    call hex16
    mov ax, cx
    call hex16
    mov ax, dx
    call hex16
    putc ' '
    mov al, [es:di + 4]         ; the diskette parameter table: sectors per track
    call hex8
    xor bx, bx
    mov es, bx
    call newline
    mov ax, 0x0201              ; C/H/S 1/1/5 = LBA (1*2+1)*18+4 = 58
    mov cx, 0x0105
    mov dh, 1
    mov dl, [drive]
    mov bx, 0x8000
    int 0x13
    mov al, ah
    call hex8
    mov eax, [0x8000]
    call hex32
    call newline
    exit
drive: db 0
"""


@pytest.fixture(scope="module")
def floppy_image() -> bytes:
    return numbered_disk(boot_sector(FLOPPY_PROGRAM), 80 * 2 * 18)


def test_int13_boots_a_1_44mb_floppy_as_drive_00h_with_80_2_18_geometry(
    floppy_image: bytes,
) -> None:
    machine, _, result = boot(floppy_image, floppy=True)
    assert result.exit_status == 33, result.message
    lines = bytes(machine.debug_console).decode().splitlines()
    # BL=04h (1.44 MB), CX: last cylinder 79, 18 sectors; DX: last head 1, one floppy;
    # ES:DI at the diskette parameter table (18 sectors per track).
    assert lines == ["00", "00044F120101 12", f"00{58:08X}"]


@pytest.mark.slow
def test_int13_floppy_program_prints_the_same_as_under_seabios_in_qemu(
    floppy_image: bytes,
) -> None:
    machine, _, _ = boot(floppy_image, floppy=True)
    assert run_qemu(floppy_image, floppy=True) == bytes(machine.debug_console)


def test_int13_unknown_drive_sets_cf_and_ah_01h() -> None:
    program = """
    mov ah, 0x08
    mov dl, 0x85
    int 0x13
    setc al
    call hex8
    mov al, ah
    call hex8
    exit
"""
    machine, _, result = boot(numbered_disk(boot_sector(program), 64))
    assert result.exit_status == 33
    assert bytes(machine.debug_console) == b"0101"


WRITE_PROGRAM = """
    mov di, 0x8000              ; a sector of 'W'
    mov cx, 512
    mov al, 'W'
    rep stosb
    mov ah, 0x43                ; AH=43h: to LBA 7
    xor al, al
    mov si, dap
    int 0x13
    setc al
    call hex8
    mov dword [0x8000], 0
    mov ah, 0x42                ; read it back
    mov si, dap
    int 0x13
    mov eax, [0x8000]
    call hex32
    putc ' '
    mov byte [0x8000], 'C'      ; AH=03h: to C/H/S 0/1/1 = LBA 63
    mov ax, 0x0301
    mov cx, 0x0001
    mov dh, 1
    mov bx, 0x8000
    int 0x13
    setc al
    call hex8
    mov al, ah
    call hex8
    mov dword [dap + 8], 63     ; read LBA 63 back through the packet
    mov ah, 0x42
    mov si, dap
    int 0x13
    mov eax, [0x8000]
    call hex32
    exit
dap: db 0x10, 0
    dw 1, 0x8000, 0
    dq 7
"""


def test_int13_43h_and_03h_writes_change_the_image_in_memory_but_never_the_file(
    tmp_path: Path,
) -> None:
    path = tmp_path / "disk.img"
    path.write_bytes(numbered_disk(boot_sector(WRITE_PROGRAM), 128))
    original = path.read_bytes()
    machine, bios, result = boot(original)
    assert result.exit_status == 33
    assert bytes(machine.debug_console).decode().split() == ["0057575757", "000057575743"]
    assert bios.drives[0x80].read(7, 1) == b"W" * SECTOR
    assert bios.drives[0x80].read(63, 1) == b"C" + b"W" * (SECTOR - 1)
    assert path.read_bytes() == original
    disk = Disk.from_file(path)
    disk.write(7, b"X" * SECTOR)
    assert path.read_bytes() == original


HOOK_PROGRAM = """
    mov eax, [0x13 * 4]
    mov [old13], eax
    mov word [0x13 * 4], hook
    mov word [0x13 * 4 + 2], 0
    mov ah, 0x42
    mov si, dap
    int 0x13
    setc al
    call hex8
    mov eax, [0x8000]
    call hex32
    mov al, [calls]
    call hex8
    exit
hook:
    inc byte [cs:calls]
    jmp far [cs:old13]
align 4
old13: dd 0
calls: db 0
dap: db 0x10, 0
    dw 1, 0x8000, 0
    dq 42
"""


def test_a_guest_hook_on_int13_that_chains_to_the_old_vector_still_reads() -> None:
    machine, _, result = boot(numbered_disk(boot_sector(HOOK_PROGRAM), 64))
    assert result.exit_status == 33, result.message
    assert bytes(machine.debug_console) == b"00" + b"0000002A" + b"01"


@pytest.mark.parametrize(
    ("sectors", "geometry"),
    [
        (64, Geometry(2, 16, 63)),  # QEMU: at least 2 cylinders
        (4096, Geometry(4, 16, 63)),
        (16 * 63 * 100, Geometry(100, 16, 63)),
        (1 << 30, Geometry(16383, 16, 63)),  # at most 16383
    ],
)
def test_hard_disk_geometry_is_qemus_guess_for_a_disk_without_partitions(
    sectors: int, geometry: Geometry
) -> None:
    assert hard_disk_geometry(sectors) == geometry


def test_disk_pads_the_image_to_whole_sectors_and_refuses_reads_past_the_end() -> None:
    disk = Disk(b"\x01" * 700)
    assert disk.sectors == 2 and len(disk.data) == 2 * SECTOR
    with pytest.raises(IndexError, match=r"sectors 1-2 are outside the disk's 2 sectors"):
        disk.read(1, 2)


def test_floppy_image_larger_than_1_44mb_is_refused_with_its_size() -> None:
    with pytest.raises(ValueError, match=r"^f.img: a 1.44 MB floppy image must be at most"):
        Disk(bytes(1_474_561), floppy=True, name="f.img")


def test_disk_address_packet_unpacks_segment_offset_and_flat_buffers() -> None:
    packet = DiskAddressPacket.unpack(struct.pack("<BBHHHQ", 0x10, 0, 3, 0x1234, 0x0800, 99))
    assert (packet.sectors, packet.lba, packet.buffer) == (3, 99, 0x8000 + 0x1234)
    flat = struct.pack("<BBHHHQQ", 0x18, 0, 1, 0xFFFF, 0xFFFF, 5, 0x200000)
    assert DiskAddressPacket.unpack(flat).buffer == 0x200000
