"""VBE (INT 10h AH=4Fh) and the Bochs DISPI framebuffer, here and in QEMU with SeaBIOS.

The mode list and every mode's information must read the same as under
SeaBIOS's VGA BIOS in QEMU 7.2; pictures drawn into the linear framebuffer
must be pixel-identical in both machines' screenshots.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from bios_programs import boot, boot_sector, numbered_disk, run_qemu
from graphics_programs import (
    RECTANGLES_32,
    VBE_800X600X32,
    expected_image,
    graphics_sector,
    rgb32,
    rgb565,
)
from PIL import Image, ImageChops

from longmode.asm import assemble
from longmode.machine.bios import Disk, install_bios, vbe
from longmode.machine.machine import Machine, MachineConfig

QEMU = shutil.which("qemu-system-x86_64")

#: 4F00h into a "VBE2" buffer at 0000:8000, then for each listed mode 4F01h into
#: 0000:9000. Line 1: 4F00h status, version, total memory. Then one line per mode:
#: "mode status bytes", the ModeInfoBlock's bytes 00h-0Bh and 10h-41h in hex (every
#: field up to MaxPixelClock), leaving out WinFuncPtr (0Ch-0Fh), the far address of
#: the VGA BIOS's 4F05h entry, which is C000:xxxx in SeaBIOS and 0 here (no 4F05h).
#: The controller's capabilities (SeaBIOS: 1, a switchable DAC) and string pointers
#: differ legitimately and are not printed.
MODE_LIST_PROGRAM = """
    mov dword [0x8000], 'VBE2'
    mov ax, 0x4F00
    mov di, 0x8000
    int 0x10
    call hex16
    putc ' '
    mov ax, [0x8004]
    call hex16
    putc ' '
    mov ax, [0x8012]
    call hex16
    call newline
    lds si, [0x800E]                ; the mode list
.mode:
    lodsw
    cmp ax, 0xFFFF
    je .done
    push ds
    push si
    xor bx, bx
    mov ds, bx
    mov cx, ax
    call hex16
    putc ' '
    mov ax, 0x4F01
    mov di, 0x9000
    int 0x10
    call hex16
    putc ' '
    mov si, 0x9000
    mov cx, 0x0C
    call dump
    mov si, 0x9010
    mov cx, 0x42 - 0x10
    call dump
    call newline
    pop si
    pop ds
    jmp .mode
.done:
    exit
dump:
    lodsb
    call hex8
    loop dump
    ret
"""

PLANAR_MODES = {0x102, 0x104, 0x106}


def _mode_lines(output: bytes) -> tuple[str, dict[int, str]]:
    head, *lines = output.decode().splitlines()
    return head, {int(line.split()[0], 16): line for line in lines}


@pytest.fixture(scope="module")
def mode_list() -> tuple[str, dict[int, str]]:
    machine, _, result = boot(numbered_disk(boot_sector(MODE_LIST_PROGRAM), 64))
    assert result.exit_status == 33, result.message
    return _mode_lines(bytes(machine.debug_console))


def test_vbe_4f00h_reports_version_3_and_16_mib_with_the_modes_in_seabios_order(
    mode_list: tuple[str, dict[int, str]],
) -> None:
    head, modes = mode_list
    assert head == "004F 0300 0100"
    assert list(modes) == list(vbe.MODES)
    assert {0x101, 0x103, 0x111, 0x118, 0x143, 0x192} <= set(modes)
    assert 0x19A not in modes  # 3840x2160x32 needs more than 16 MiB


def test_vbe_4f01h_describes_800x600x32_with_its_lfb_and_masks(
    mode_list: tuple[str, dict[int, str]],
) -> None:
    _, status, data = mode_list[1][0x143].split()
    block = bytes.fromhex(data[:24] + "00000000" + data[24:])
    assert status == "004F"
    assert block[0] == 0xBB  # supported, colour, graphics, not VGA, LFB
    assert int.from_bytes(block[0x10:0x12], "little") == 3200  # pitch
    assert int.from_bytes(block[0x12:0x14], "little") == 800
    assert int.from_bytes(block[0x14:0x16], "little") == 600
    assert block[0x19] == 32 and block[0x1B] == 6  # depth, direct colour
    assert block[0x1F:0x27] == bytes([8, 16, 8, 8, 8, 0, 8, 24])
    assert int.from_bytes(block[0x28:0x2C], "little") == 0xFD000000
    assert int.from_bytes(block[0x32:0x34], "little") == 3200  # LinBytesPerScanLine


@pytest.mark.slow
def test_vbe_mode_list_and_mode_information_match_seabios_in_qemu(
    mode_list: tuple[str, dict[int, str]],
) -> None:
    head, qemu = _mode_lines(run_qemu(numbered_disk(boot_sector(MODE_LIST_PROGRAM), 64)))
    assert head == mode_list[0]
    # SeaBIOS also lists the standard VGA modes (below 100h) and the 4 bpp planar
    # modes (memory model 3), which this machine does not emulate.
    left_out = {
        number
        for number, line in qemu.items()
        if number < 0x100 or bytes.fromhex(line.split()[2])[0x1B - 4] == 3
    }
    assert left_out >= PLANAR_MODES
    assert {n for n in left_out if n >= 0x100} == PLANAR_MODES
    assert {n: line for n, line in qemu.items() if n not in left_out} == mode_list[1]


def test_vbe_4f02h_sets_800x600x32_through_dispi_and_4f03h_reports_it() -> None:
    program = """
    mov ax, 0x4F02
    mov bx, 0xC143                  ; 800x600x32, LFB, keep memory
    int 0x10
    call hex16
    putc ' '
    mov ax, 0x4F03
    int 0x10
    call hex16
    putc ' '
    mov ax, bx
    call hex16
    putc ' '
    mov ax, 0x4F02
    mov bx, 0x0123                  ; no such mode
    int 0x10
    call hex16
    putc ' '
    mov ax, 0x4F02                  ; back to text mode 3
    mov bx, 0x0003
    int 0x10
    call hex16
    mov ax, 0x4F03
    int 0x10
    putc ' '
    mov ax, bx
    call hex16
    exit
"""
    machine, _, result = boot(numbered_disk(boot_sector(program), 64))
    assert result.exit_status == 33, result.message
    assert bytes(machine.debug_console).decode().split() == [
        "004F",
        "004F",
        "C143",
        "014F",
        "004F",
        "0003",
    ]
    assert not machine.chips.dispi.enabled
    assert machine.screen.image() is None


def _machine(image: bytes) -> Machine:
    machine = Machine(MachineConfig(memory=32 << 20, timeout=20.0, virtual_timeout=10**10))
    install_bios(machine, [Disk(image)])
    return machine


def test_a_vbe_mode_and_a_protected_mode_drawing_show_in_the_screenshot(tmp_path: Path) -> None:
    source = graphics_sector(RECTANGLES_32, pitch=3200, pixel_bytes=4, setup=VBE_800X600X32)
    machine = _machine(assemble(source, filename="draw.asm"))
    result = machine.run()
    assert result.message.startswith("the CPU halted"), result.message
    assert machine.screen.text() == ""
    assert machine.screen.ansi() == "(graphics mode 800x600x32: see --screenshot)"
    image = machine.screen.image()
    assert image is not None and image.size == (800, 600)
    expected = expected_image((800, 600), RECTANGLES_32, rgb32)
    assert ImageChops.difference(image, expected).getbbox() is None
    machine.screen.png(tmp_path / "screen.png")
    with Image.open(tmp_path / "screen.png") as saved:
        assert ImageChops.difference(saved.convert("RGB"), expected).getbbox() is None


#: 640x480x16 programmed straight through the DISPI ports from protected mode.
DISPI_SETUP = "\n".join(
    f"    mov dx, 0x1CE\n    mov ax, {index}\n    out dx, ax\n"
    f"    inc dx\n    mov ax, {value:#x}\n    out dx, ax"
    for index, value in ((4, 0), (1, 640), (2, 480), (3, 16), (4, 0x41))
)
RECTANGLES_16 = (
    (0, 0, 640, 480, 0x0841),
    (8, 8, 100, 60, 0xF800),  # red
    (200, 100, 64, 64, 0x07E0),  # green
    (500, 400, 140, 80, 0x001F),  # blue, to the corner
    (320, 0, 2, 480, 0xFFFF),
)


def _dispi_source() -> str:
    return graphics_sector(RECTANGLES_16, pitch=1280, pixel_bytes=2, protected_setup=DISPI_SETUP)


def test_dispi_programmed_directly_shows_a_16_bpp_picture() -> None:
    machine = _machine(assemble(_dispi_source(), filename="dispi.asm"))
    result = machine.run()
    assert result.message.startswith("the CPU halted"), result.message
    dispi = machine.chips.dispi
    assert (dispi.xres, dispi.yres, dispi.bpp, dispi.line_offset) == (640, 480, 16, 1280)
    image = machine.screen.image()
    assert image is not None
    assert (
        ImageChops.difference(image, expected_image((640, 480), RECTANGLES_16, rgb565)).getbbox()
        is None
    )
    assert image.getpixel((639, 479)) == (0, 0, 0xFF)


def _screenshot(image: Path, png: Path, *machine: str) -> subprocess.CompletedProcess[str]:
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "longmode",
            "run",
            str(image),
            *machine,
            "--timeout=20",
            "--screenshot",
            str(png),
        ],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 0, done.stderr
    return done


@pytest.mark.slow
@pytest.mark.skipif(QEMU is None, reason="needs qemu-system-x86_64")
@pytest.mark.parametrize(
    ("source", "caption"),
    [
        (
            graphics_sector(RECTANGLES_32, pitch=3200, pixel_bytes=4, setup=VBE_800X600X32),
            "800x600x32",
        ),
        (_dispi_source(), "640x480x16"),
    ],
    ids=["vbe-800x600x32", "dispi-640x480x16"],
)
def test_longmode_run_and_qemu_screenshots_of_the_framebuffer_are_pixel_identical(
    tmp_path: Path, source: str, caption: str
) -> None:
    image = tmp_path / "draw.img"
    image.write_bytes(assemble(source, filename="draw.asm"))
    ours = _screenshot(image, tmp_path / "ours.png")
    qemu = _screenshot(image, tmp_path / "qemu.png", "--qemu")
    line = f"(graphics mode {caption}: see --screenshot)"
    assert line in ours.stdout and line in qemu.stdout
    with Image.open(tmp_path / "ours.png") as a, Image.open(tmp_path / "qemu.png") as b:
        assert a.size == b.size
        assert ImageChops.difference(a.convert("RGB"), b.convert("RGB")).getbbox() is None
