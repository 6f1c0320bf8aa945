"""`longmode run --qemu`: real QEMU ends, reports and shows the screen as our machine does."""

from __future__ import annotations

import hashlib
import re
import shutil
import time
from pathlib import Path

import pytest

from longmode.asm import assemble

from support import PRINT_MESSAGE, run_longmode

pytestmark = pytest.mark.skipif(
    shutil.which("qemu-system-x86_64") is None, reason="needs qemu-system-x86_64"
)

BOOT_SIGNATURE = """
    times 510 - ($ - $$) db 0
    dw 0xAA55
"""

HALTING_SECTOR = (
    PRINT_MESSAGE
    + """
    cli
    hlt
message: db "Halting here", 0
"""
    + BOOT_SIGNATURE
)


def _colour_sector(text: str) -> str:
    """Mode 3 (a clear screen in both BIOSes), then ``text`` in changing colours with
    INT 10h AH=09h at row 2, the cursor left on the last character; then a halt."""
    return (
        f"""
bits 16
org 0x7C00
    mov ax, 0x0003              ; AH=00h set mode 3
    int 0x10
    mov si, message
    xor bx, bx
    mov bl, 0x1E                ; yellow on blue, then the next attributes
    mov dx, 0x0205              ; row 2, column 5
.next:
    lodsb
    test al, al
    jz .done
    mov ah, 0x02                ; AH=02h set cursor position
    int 0x10
    mov ah, 0x09                ; AH=09h write character and attribute
    mov cx, 1
    int 0x10
    inc dl
    inc bl
    jmp .next
.done:
    cli
    hlt
message: db "{text}", 0
"""
        + BOOT_SIGNATURE
    )


def _image(tmp_path: Path, source: str, name: str = "disk.img") -> Path:
    path = tmp_path / name
    path.write_bytes(assemble(source, filename=name))
    return path


def _sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_a_halt_with_interrupts_off_ends_the_run_at_once_with_status_0(tmp_path: Path) -> None:
    image = _image(tmp_path, HALTING_SECTOR)
    hlt = 0x7C00 + image.read_bytes().index(b"\xfa\xf4") + 1  # cli; hlt
    started = time.monotonic()
    done = run_longmode("run", image, "--qemu", "--timeout", "30")
    elapsed = time.monotonic() - started
    assert done.returncode == 0, done.stderr
    assert elapsed < 10
    assert done.stdout.startswith("Halting here\n")  # COM1 first
    assert "\nHalting here" in done.stdout[len("Halting here") :]  # then the screen
    assert done.stderr.strip() == (
        f"longmode run: QEMU: the CPU halted at {hlt:#x} (0000:{hlt:04X}) in real mode "
        "with interrupts disabled"
    )


def test_a_triple_fault_ends_with_status_3_where_it_happened(tmp_path: Path) -> None:
    image = _image(
        tmp_path,
        """
bits 16
org 0x7C00
    lidt [empty]                ; an IDT with no entries
    int3                        ; #BP, then #GP, then #DF: all past the limit
    jmp $
empty: dw 0
    dd 0
"""
        + BOOT_SIGNATURE,
    )
    done = run_longmode("run", image, "--qemu", "--timeout", "20", "--display", "none")
    assert done.returncode == 3, done.stderr
    assert done.stderr.strip() == (
        "longmode run: QEMU: triple fault at 0x7c05 (0000:7C05) in real mode. "
        "A real PC would reset here."
    )


def test_a_reset_through_port_92h_ends_with_status_5(tmp_path: Path) -> None:
    image = _image(
        tmp_path,
        """
bits 16
org 0x7C00
    in al, 0x92
    or al, 1                    ; fast reset
    out 0x92, al
    jmp $
"""
        + BOOT_SIGNATURE,
    )
    ours = run_longmode("run", image, "--display", "none")
    done = run_longmode("run", image, "--qemu", "--timeout", "20", "--display", "none")
    assert done.returncode == ours.returncode == 5, done.stderr
    assert done.stderr.strip() == ours.stderr.strip().replace(
        "longmode run: ", "longmode run: QEMU: "
    )


def test_a_guest_that_spins_is_stopped_at_the_timeout_with_status_4(tmp_path: Path) -> None:
    image = _image(tmp_path, "bits 16\norg 0x7C00\njmp $\n" + BOOT_SIGNATURE)
    done = run_longmode("run", image, "--qemu", "--timeout", "2", "--display", "none")
    assert done.returncode == 4
    assert done.stderr.strip() == "longmode run: QEMU timed out after 2 s at 0x7c00 (0000:7C00)"


def test_the_seed_kernel_halts_at_the_same_symbol_with_the_same_screen(
    seed_kernel: Path, tmp_path: Path
) -> None:
    from PIL import Image, ImageChops

    ours = run_longmode("run", seed_kernel, "--screenshot", tmp_path / "ours.png")
    qemu = run_longmode(
        "run", seed_kernel, "--qemu", "--timeout", "20", "--screenshot", tmp_path / "qemu.png"
    )
    assert qemu.returncode == ours.returncode == 0, qemu.stderr
    assert qemu.stderr.strip() == ours.stderr.strip().replace(
        "longmode run: ", "longmode run: QEMU: "
    )
    assert re.search(r"halted at 0x[0-9a-f]+ <seed_kernel::\w+", qemu.stderr)
    assert qemu.stdout == ours.stdout
    pngs = [Image.open(tmp_path / name).convert("RGB") for name in ("ours.png", "qemu.png")]
    assert ImageChops.difference(*pngs).getbbox() is None


def test_persist_is_refused_for_a_kernel_elf_before_qemu_starts(seed_kernel: Path) -> None:
    done = run_longmode("run", seed_kernel, "--qemu", "--persist")
    assert done.returncode == 2
    assert done.stdout == ""
    assert done.stderr == (
        f"longmode run: {seed_kernel}: --persist needs a disk image; "
        "a kernel's image lives in memory\n"
    )


def test_screenshots_from_qemu_and_from_our_machine_are_pixel_identical(tmp_path: Path) -> None:
    from PIL import Image, ImageChops

    def screenshot(text: str, *machine: str) -> Image.Image:
        image = _image(tmp_path, _colour_sector(text), f"{text}.img")
        png = tmp_path / f"{text}{''.join(machine)}.png"
        done = run_longmode("run", image, *machine, "--timeout", "20", "--screenshot", png)
        assert done.returncode == 0, done.stderr
        assert text in done.stdout  # the screen, drawn at the end
        return Image.open(png).convert("RGB")

    ours, qemu = screenshot("Colours!"), screenshot("Colours!", "--qemu")
    assert ImageChops.difference(ours, qemu).getbbox() is None
    other = screenshot("Colours?", "--qemu")
    assert ImageChops.difference(qemu, other).getbbox() is not None


WRITER_SECTOR = """
bits 16
org 0x7C00
    mov ax, 0x0301                  ; AH=03h write 1 sector
    mov cx, 0x0002                  ; cylinder 0, sector 2
    mov dx, 0x0080                  ; head 0, drive 80h
    mov bx, marker                  ; ES:BX (ES is 0 at boot)
    int 0x13
    {ending}
marker: db "written by guest"
    times 510 - ($ - $$) db 0
    dw 0xAA55
    times 512 db 0
"""


@pytest.mark.parametrize(
    ("ending", "status"),
    [("cli\n    hlt", 0), ("mov al, 0x10\n    out 0xF4, al", 33)],
    ids=["halt", "debug-exit"],
)
def test_persist_writes_the_guests_disk_writes_back_and_only_then(
    tmp_path: Path, ending: str, status: int
) -> None:
    image = _image(tmp_path, WRITER_SECTOR.format(ending=ending))
    original, digest = image.read_bytes(), _sha256(image)
    done = run_longmode("run", image, "--qemu", "--timeout", "20", "--display", "none")
    assert done.returncode == status, done.stderr
    assert _sha256(image) == digest
    done = run_longmode("run", image, "--qemu", "--timeout", "20", "--display", "none", "--persist")
    assert done.returncode == status, done.stderr
    written = image.read_bytes()
    assert written[512:528] == b"written by guest"
    assert written[:512] == original[:512] and len(written) == len(original)


def test_keys_are_typed_on_the_guests_keyboard(tmp_path: Path) -> None:
    image = _image(
        tmp_path,
        """
bits 16
org 0x7C00
.next:
    xor ah, ah                  ; INT 16h AH=00h read a key: AL = its character
    int 0x16
    mov dx, 0x3F8
    out dx, al                  ; echoed to COM1
    cmp al, 0x0D
    jne .next
    cli
    hlt
"""
        + BOOT_SIGNATURE,
    )
    keys = ("--keys", "Hi, QEMU 5!\\n", "--display", "none")  # at 1 s: the BIOS is ready
    done = run_longmode("run", image, "--qemu", "--timeout", "20", *keys)
    assert done.returncode == 0, done.stderr
    assert done.stdout == "Hi, QEMU 5!\n"  # Enter gives CR (read back as a newline)
    assert run_longmode("run", image, *keys).stdout == done.stdout


def test_max_instructions_is_refused_with_qemu(tmp_path: Path) -> None:
    image = _image(tmp_path, HALTING_SECTOR)
    done = run_longmode("run", image, "--qemu", "--max-instructions", "1000")
    assert done.returncode == 2
    assert done.stdout == ""
    assert re.fullmatch(r"longmode run: --max-instructions needs our machine: .*\n", done.stderr)
