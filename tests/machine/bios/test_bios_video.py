"""INT 10h in text mode 3: teletype, cursor, characters and attributes, scrolling, strings."""

from __future__ import annotations

import logging

import pytest
from bios_programs import boot, boot_sector, numbered_disk, run_qemu

from longmode.machine.devices.vga import text_cells, text_lines
from longmode.machine.machine import Machine

#: Each report line is a few hex words: see the comments.
VIDEO_PROGRAM = """
    mov ax, 0x0003              ; set mode 3: a blank screen (QEMU's shows SeaBIOS's banner)
    int 0x10
    call hex8                   ; AL = 30h
    mov ah, 0x0F                ; mode: AX (80 columns, mode 3), BH (page 0)
    int 0x10
    call hex16
    mov al, bh
    call hex8
    call newline
    mov si, text                ; teletype "AB", CR LF, "CD": cursor at row 1, column 2
    call tty
    call cursor
    mov dx, 0x050A              ; AH=09h 'X', attribute 1Eh, 3 times at row 5, column 10
    call goto
    mov ax, 0x0958
    mov bx, 0x001E
    mov cx, 3
    int 0x10
    call cursor                 ; AH=09h does not move the cursor
    mov dx, 0x050C
    call readback               ; 1E58
    mov dx, 0x050D
    call readback               ; 0720
    call newline
    mov ax, 0x1301              ; AH=13h "Hi" in attribute 2Fh at row 7, moving the cursor
    mov bx, 0x002F
    mov cx, 2
    mov dx, 0x0700
    mov bp, hi
    int 0x10
    call cursor
    mov dx, 0x0701
    call readback
    call newline
    mov ax, 0x0601              ; scroll the whole screen up one line
    mov bh, 0x07
    xor cx, cx
    mov dx, 0x184F
    int 0x10
    mov dx, 0x040A
    call readback               ; the X moved up to row 4
    mov ax, 0x0702              ; scroll rows 2-10 down two lines, fill attribute 4Fh
    mov bh, 0x4F
    mov cx, 0x0200
    mov dx, 0x0A4F
    int 0x10
    mov dx, 0x060A
    call readback
    mov dx, 0x0200
    call readback               ; blank line in 4Fh
    call newline
    mov dx, 0x184E              ; teletype "123" at the bottom right: wraps and scrolls
    call goto
    mov si, digits
    call tty
    call cursor
    mov dx, 0x174E
    call readback
    mov dx, 0x1800
    call readback
    call newline
    exit
tty:
    lodsb
    test al, al
    jz .done
    mov ah, 0x0E
    xor bx, bx
    int 0x10
    jmp tty
.done:
    ret
goto:
    mov ah, 0x02
    xor bh, bh
    int 0x10
    ret
cursor:
    mov ah, 0x03
    xor bh, bh
    int 0x10
    mov ax, dx
    call hex16
    putc ' '
    ret
readback:
    call goto
    mov ah, 0x08
    int 0x10
    call hex16
    putc ' '
    ret
text: db "AB", 13, 10, "CD", 0
hi: db "Hi"
digits: db "123", 0
"""


@pytest.fixture(scope="module")
def video() -> tuple[Machine, list[str]]:
    machine, _, result = boot(numbered_disk(boot_sector(VIDEO_PROGRAM), 64))
    assert result.exit_status == 33, result.message
    return machine, bytes(machine.debug_console).decode().splitlines()


def test_int10_00h_sets_mode_3_and_0fh_reports_it_with_80_columns_on_page_0(
    video: tuple[Machine, list[str]],
) -> None:
    assert video[1][0] == "30500300"


def test_int10_teletype_honours_cr_lf_and_moves_the_cursor(
    video: tuple[Machine, list[str]],
) -> None:
    assert video[1][1].split()[0] == "0102"


def test_int10_09h_repeats_char_and_attribute_without_moving_the_cursor(
    video: tuple[Machine, list[str]],
) -> None:
    assert video[1][1].split()[1:] == ["050A", "1E58", "0720"]


def test_int10_13h_writes_a_string_in_one_attribute_and_moves_the_cursor(
    video: tuple[Machine, list[str]],
) -> None:
    assert video[1][2].split() == ["0702", "2F69"]


def test_int10_06h_and_07h_scroll_windows_and_fill_with_the_attribute(
    video: tuple[Machine, list[str]],
) -> None:
    assert video[1][3].split() == ["1E58", "1E58", "4F20"]


def test_int10_teletype_wraps_at_the_last_column_and_scrolls_at_the_bottom(
    video: tuple[Machine, list[str]],
) -> None:
    cursor, first, last = video[1][4].split()
    assert cursor == "1801"  # row 24, column 1
    assert first[2:] == "31" and last[2:] == "33"


def test_int10_text_is_in_video_memory_and_the_crtc_cursor_follows(
    video: tuple[Machine, list[str]],
) -> None:
    machine = video[0]
    memory = bytes(machine.uc.mem_read(0xB8000, 4000))
    lines = text_lines(memory)
    # "Hi" went from row 7 up one (AH=06h), down two (AH=07h), up one (teletype).
    assert lines[7].startswith("Hi")
    assert text_cells(memory)[24][0] == (ord("3"), 0x07)
    assert machine.chips.vga.cursor == (24, 0)  # where the last AH=02h put it


@pytest.mark.slow
def test_int10_program_prints_the_same_as_under_seabios_vgabios_in_qemu(
    video: tuple[Machine, list[str]],
) -> None:
    image = numbered_disk(boot_sector(VIDEO_PROGRAM), 64)
    assert run_qemu(image).decode().splitlines() == video[1]


VBE_PROGRAM = """
    mov ax, 0x4F00              ; controller information at 0000:8000
    mov di, 0x8000
    int 0x10
    call hex16
    putc ' '
    mov eax, [0x8000]           ; "VESA"
    call hex32
    mov ax, [0x8004]            ; version
    call hex16
    putc ' '
    les bx, [0x800E]            ; the mode list: 640x400x256 first
    mov ax, [es:bx]
    call hex16
    xor ax, ax
    mov es, ax
    putc ' '
    mov ax, 0x4F01              ; mode information: 1024x768x16M exists
    mov cx, 0x0118
    mov di, 0x9000
    int 0x10
    call hex16
    putc ' '
    mov ax, 0x4F02              ; 1024x768x16M with a linear framebuffer
    mov bx, 0x4118
    int 0x10
    call hex16
    putc ' '
    mov ax, 0x4F02              ; VGA mode 3: back to text
    mov bx, 0x0003
    int 0x10
    call hex16
    exit
"""


def test_int10_vbe_reports_version_3_sets_a_graphics_mode_and_returns_to_text_mode_3() -> None:
    machine, _, result = boot(numbered_disk(boot_sector(VBE_PROGRAM), 64))
    assert result.exit_status == 33, result.message
    assert bytes(machine.debug_console).decode().split() == [
        "004F",
        f"{int.from_bytes(b'VESA', 'little'):08X}0300",
        "0100",
        "004F",
        "004F",
        "004F",
    ]
    assert not machine.chips.dispi.enabled  # mode 3 switched the framebuffer off


def test_int10_unknown_function_sets_cf_and_ah_01h_and_is_logged(
    caplog: pytest.LogCaptureFixture,
) -> None:
    program = """
    mov ah, 0x77
    int 0x10
    setc al
    call hex8
    mov al, ah
    call hex8
    exit
"""
    with caplog.at_level(logging.INFO, logger="longmode.bios"):
        machine, _, result = boot(numbered_disk(boot_sector(program), 64))
    assert result.exit_status == 33
    assert bytes(machine.debug_console) == b"0101"
    assert any(
        record.getMessage().startswith("INT 10h AH=77h is not implemented (called from 0000:7C")
        for record in caplog.records
    )
