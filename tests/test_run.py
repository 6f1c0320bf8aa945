"""`longmode run`: boot disk images in our machine and in QEMU, and report how they ended."""

from __future__ import annotations

import hashlib
import shutil
from pathlib import Path

import pytest

from longmode.asm import assemble

from support import PRINT_MESSAGE, run_longmode

HELLO_SECTOR = (
    PRINT_MESSAGE
    + """
    mov al, 0x10                ; isa-debug-exit: status 33
    out 0xF4, al
    cli
    hlt
message: db "Hello World!", 0
    times 510 - ($ - $$) db 0
    dw 0xAA55
"""
)


def _image(tmp_path: Path, source: str, name: str = "disk.img") -> Path:
    path = tmp_path / name
    path.write_bytes(assemble(source, filename=name))
    return path


def test_boot_sector_prints_on_com1_and_screen_and_exits_through_the_exit_port(
    tmp_path: Path,
) -> None:
    image = _image(tmp_path, HELLO_SECTOR)
    before = hashlib.sha256(image.read_bytes()).hexdigest()
    done = run_longmode("run", image, "--screenshot", tmp_path / "screen.png")
    assert done.returncode == 33, done.stderr
    assert done.stdout.startswith("Hello World!")
    assert "\nHello World!" in done.stdout  # the text screen drawn at the end
    assert done.stderr.strip() == "longmode run: the guest exited with status 33"
    assert (tmp_path / "screen.png").stat().st_size > 0
    assert hashlib.sha256(image.read_bytes()).hexdigest() == before


@pytest.mark.skipif(shutil.which("qemu-system-x86_64") is None, reason="needs QEMU")
def test_qemu_gives_the_same_serial_output_and_exit_status(tmp_path: Path) -> None:
    image = _image(tmp_path, HELLO_SECTOR)
    ours = run_longmode("run", image, "--display", "none")
    qemu = run_longmode("run", image, "--qemu", "--timeout", "20", "--display", "none")
    assert qemu.returncode == ours.returncode == 33
    assert qemu.stdout == ours.stdout == "Hello World!"


def test_a_guest_that_spins_forever_is_stopped_at_the_timeout(tmp_path: Path) -> None:
    image = _image(tmp_path, "bits 16\norg 0x7C00\njmp $\ntimes 510-($-$$) db 0\ndw 0xAA55\n")
    done = run_longmode("run", image, "--timeout", "1", "--display", "none")
    assert done.returncode == 4
    assert done.stderr.strip() == "longmode run: timed out after 1 s at 0x7c00 (0000:7C00)"


def test_an_unbootable_disk_is_refused_with_the_reason(tmp_path: Path) -> None:
    image = tmp_path / "blank.img"
    image.write_bytes(bytes(1024))
    done = run_longmode("run", image)
    assert done.returncode == 2
    assert done.stderr.strip() == (
        f"longmode run: {image}: the first sector must end with the boot signature 55h AAh, "
        "not 00h 00h: the BIOS does not boot it"
    )


def test_a_file_too_small_to_be_a_disk_is_refused(tmp_path: Path) -> None:
    image = tmp_path / "tiny.img"
    image.write_bytes(b"\xeb\xfe")
    done = run_longmode("run", image)
    assert done.returncode == 2
    assert done.stderr == (
        f"longmode run: {image}: a disk image must hold at least a 512-byte boot sector (and "
        "this is not a kernel either: no ELF or Multiboot header), not 2 bytes\n"
    )


@pytest.mark.parametrize("seed", range(4))
def test_random_boot_sectors_end_in_a_report_never_a_traceback(tmp_path: Path, seed: int) -> None:
    import random

    generator = random.Random(seed)
    sector = bytes(generator.randrange(256) for _ in range(510)) + b"\x55\xaa"
    image = tmp_path / "random.img"
    image.write_bytes(sector + bytes(generator.randrange(256) for _ in range(4096)))
    done = run_longmode("run", image, "--timeout", "3", "--display", "none")
    assert "Traceback" not in done.stderr
    assert done.returncode in (0, 3, 4, 5, 2) or done.returncode % 2 == 1
    assert done.stderr.strip().splitlines()[-1].startswith("longmode run: ")


WRITER_SECTOR = """
bits 16
org 0x7C00
    xor ax, ax
    mov es, ax
    mov bx, 0x7C00 + 510 - 16       ; write a sector whose text is at 0x7DEE
    mov si, marker
    mov di, 0x7E00
    mov cx, 16
    rep movsb
    mov ax, 0x0301                  ; AH=03h write 1 sector
    mov cx, 0x0002                  ; cylinder 0, sector 2
    mov dx, 0x0080                  ; head 0, drive 80h
    mov bx, 0x7E00
    int 0x13
    mov al, 0x10
    out 0xF4, al
marker: db "written by guest"
    times 510 - ($ - $$) db 0
    dw 0xAA55
    times 512 db 0
"""


def test_disk_writes_stay_in_memory_unless_persist_is_given(tmp_path: Path) -> None:
    image = _image(tmp_path, WRITER_SECTOR)
    original = image.read_bytes()
    assert run_longmode("run", image, "--display", "none").returncode == 33
    assert image.read_bytes() == original  # copy-on-write by default
    assert run_longmode("run", image, "--display", "none", "--persist").returncode == 33
    assert image.read_bytes()[512:528] == b"written by guest"
    assert image.read_bytes()[:512] == original[:512]


def test_seed_kernel_shows_hello_world_in_light_cyan_in_the_png(
    seed_kernel: Path, tmp_path: Path
) -> None:
    from PIL import Image

    from longmode.machine.display import VGA_PALETTE, ConsoleFont

    png = tmp_path / "seed.png"
    done = run_longmode("run", seed_kernel, "--screenshot", png)
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith("Hello World!\n")
    font = ConsoleFont.find()
    image = Image.open(png).convert("RGB")
    cyan, black = VGA_PALETTE[0x0B], VGA_PALETTE[0]
    for column, char in enumerate(b"Hello World!"):
        glyph = font.glyphs[char]
        for line in range(font.height - 2):  # the bottom lines hold the cursor at (0, 0)
            for bit in range(8):
                lit = bool(glyph[line] & (0x80 >> bit))
                assert image.getpixel((column * 8 + bit, line)) == (cyan if lit else black)


HALT_SECTOR = "bits 16\norg 0x7C00\ncli\nhlt\ntimes 510-($-$$) db 0\ndw 0xAA55\n"


@pytest.mark.parametrize(
    ("make", "message"),
    [
        ("missing", "{disk}: cannot read the --disk image: no such file or directory"),
        ("directory", "{disk}: the --disk image must be a regular file, not a directory"),
        ("small", "{disk}: a --disk image must hold at least one 512-byte sector, not 100 bytes"),
        ("target", "{disk}: --disk must name a file of its own; it is {target} again"),
    ],
)
def test_a_bad_disk_image_is_refused_naming_it_with_status_2(
    tmp_path: Path, make: str, message: str
) -> None:
    target = _image(tmp_path, HALT_SECTOR, "boot.img")
    disk = tmp_path / "disk.img"
    if make == "directory":
        disk.mkdir()
    elif make == "small":
        disk.write_bytes(bytes(100))
    elif make == "target":
        disk = target
    done = run_longmode("run", target, "--disk", disk, "--display", "none")
    assert done.returncode == 2
    assert "Traceback" not in done.stderr
    assert len(done.stderr.strip().splitlines()) == 1
    assert done.stderr.startswith("longmode run: " + message.format(disk=disk, target=target)), (
        done.stderr
    )


def test_more_than_three_disks_are_refused(tmp_path: Path) -> None:
    target = _image(tmp_path, HALT_SECTOR, "boot.img")
    disks = []
    for n in range(4):
        (tmp_path / f"d{n}.img").write_bytes(bytes(512))
        disks += ["--disk", tmp_path / f"d{n}.img"]
    done = run_longmode("run", target, *disks)
    assert done.returncode == 2
    assert done.stderr.strip() == (
        "longmode run: --disk can be given at most 3 times (primary slave, secondary master, "
        "secondary slave), not 4"
    )
