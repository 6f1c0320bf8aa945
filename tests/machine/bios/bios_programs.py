"""Helpers for the BIOS tests: assemble a boot sector, build a disk, boot it here and in QEMU.

Programs report through port 0xE9 and end with ``out 0xF4`` (exit status
33 = success). ``LIBRARY`` holds routines a program may call: ``hex8``,
``hex16``, ``hex32`` (AL/AX/EAX as hex digits on port 0xE9), ``newline``,
``print`` (the NUL-terminated string at DS:SI) and the ``exit`` macro.
"""

from __future__ import annotations

import shutil
import struct
import subprocess
import tempfile
from pathlib import Path

import pytest

import longmode.asm
from longmode.machine.bios import Bios, Disk, install_bios
from longmode.machine.machine import Machine, MachineConfig, RunResult

NASM = shutil.which("nasm")
QEMU = shutil.which("qemu-system-x86_64")
SECTOR = 512
EXIT_DEVICE = "isa-debug-exit,iobase=0xf4,iosize=0x04"

HEADER = """
bits 16
org 0x7C00
%macro exit 0
    mov ax, 0x10
    out 0xF4, ax
%%hang:
    hlt
    jmp %%hang
%endmacro
%macro putc 1
    push ax
    mov al, %1
    out 0xE9, al
    pop ax
%endmacro
start:
    xor ax, ax
    mov ds, ax
    mov es, ax
    cld
"""

LIBRARY = """
hex32:
    push eax
    shr eax, 16
    call hex16
    pop eax
hex16:
    push ax
    mov al, ah
    call hex8
    pop ax
hex8:
    push ax
    shr al, 4
    call .digit
    pop ax
    push ax
    and al, 0x0F
    call .digit
    pop ax
    ret
.digit:
    add al, '0'
    cmp al, '9'
    jbe .out
    add al, 'A' - '0' - 10
.out:
    out 0xE9, al
    ret
newline:
    putc 10
    ret
print:
    push ax
.next:
    lodsb
    test al, al
    jz .done
    out 0xE9, al
    jmp .next
.done:
    pop ax
    ret
"""

TRAILER = """
    times 446 - ($ - $$) db 0       ; negative (an error) if the code reaches offset 446
    times 64 db 0                   ; the partition table, left empty
    dw 0xAA55
"""


def assemble(source: str) -> bytes:
    """Flat binary from our assembler (it matches NASM on its own test corpus)."""
    return longmode.asm.assemble(source, filename="program.asm")


def nasm(source: str) -> bytes:
    """Flat binary from NASM, the oracle; the test is skipped without NASM."""
    if NASM is None:
        pytest.skip("needs nasm")
    with tempfile.TemporaryDirectory() as directory:
        path = Path(directory) / "program.asm"
        path.write_text(source)
        done = subprocess.run(
            [NASM, "-f", "bin", str(path), "-o", str(path.with_suffix(".bin"))],
            capture_output=True,
            text=True,
        )
        assert done.returncode == 0, done.stderr
        return path.with_suffix(".bin").read_bytes()


def boot_sector(body: str, *, signature: bool = True) -> bytes:
    """A 512-byte boot sector: the header, ``body``, the library, the signature."""
    trailer = TRAILER if signature else TRAILER.replace("dw 0xAA55", "dw 0x0000")
    code = assemble(HEADER + body + LIBRARY + trailer)
    assert len(code) == SECTOR, f"the boot sector is {len(code)} bytes"
    return code


def numbered_disk(first_sector: bytes, sectors: int) -> bytes:
    """A disk image whose sector n (n >= 1) holds n as a dword, repeated."""
    image = bytearray(first_sector.ljust(SECTOR, b"\x00"))
    for lba in range(1, sectors):
        image += struct.pack("<I", lba) * (SECTOR // 4)
    return bytes(image)


def boot(
    image: bytes,
    *,
    memory: int = 32 << 20,
    floppy: bool = False,
    keys: str = "",
    **config: object,
) -> tuple[Machine, Bios, RunResult]:
    """Boots ``image`` (as the first hard disk, or floppy) on a fresh machine with our BIOS."""
    settings: dict[str, object] = {"timeout": 20.0, "virtual_timeout": 10**10, **config}
    machine = Machine(MachineConfig(memory=memory, **settings))  # type: ignore[arg-type]
    bios = install_bios(machine, [Disk(image, floppy=floppy)])
    if keys:
        machine.chips.ps2.type_text(keys)
    return machine, bios, machine.run()


def run_qemu(image: bytes, *, memory: str = "32M", floppy: bool = False) -> bytes:
    """Boots ``image`` in QEMU (SeaBIOS); returns what the guest wrote to port 0xE9."""
    if QEMU is None:
        pytest.skip("needs qemu-system-x86_64")
    with tempfile.TemporaryDirectory() as directory:
        disk = Path(directory) / "disk.img"
        out = Path(directory) / "debugcon.txt"
        disk.write_bytes(image)
        drive = f"if=floppy,format=raw,file={disk}" if floppy else f"format=raw,file={disk}"
        command = [QEMU, "-drive", drive, "-display", "none", "-serial", "stdio"]
        command += ["-debugcon", f"file:{out}", "-device", EXIT_DEVICE, "-no-reboot", "-m", memory]
        done = subprocess.run(
            command,
            capture_output=True,
            timeout=30,
        )
        assert done.returncode == 33, f"QEMU exited with {done.returncode}: {done.stderr!r}"
        return out.read_bytes()
