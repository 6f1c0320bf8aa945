"""`longmode run -v`: the accesses to ports no device claims, and the BIOS calls.

Ports: the first 3 accesses to each port in each direction are logged one by one
(port, size, value, the guest address), the rest counted; at the end one line
per port gives the total. BIOS calls: one line per call (vector, AH, where the
``int`` is; DL and the result for INT 13h); a line that recurs is logged 3 times,
then counted, and its total given at the end. Without -v, nothing is logged.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from longmode.asm import assemble

from support import run_longmode

BOOT_SIGNATURE = """
    times 510 - ($ - $$) db 0
    dw 0xAA55
"""

#: 1000 reads of port 279h (the second parallel port's status in the PC AT's map;
#: no parallel port here), 7 word writes to port E1h, then exit.
POLLING_SECTOR = (
    """
bits 16
org 0x7C00
    cli
    mov cx, 1000
    mov dx, 0x279
.poll:
    in al, dx                       ; at 7C07h
    loop .poll
    mov cx, 7
    mov ax, 0xBEEF
.write:
    out 0xE1, ax                    ; at 7C10h
    loop .write
    mov al, 0x10
    out 0xF4, al
"""
    + BOOT_SIGNATURE
)

#: BIOS calls: five characters through INT 10h AH=0Eh from one `int`, INT 12h, ten
#: INT 16h AH=01h polls, a sector read from the boot disk and one from a drive that
#: is not there, then exit.
BIOS_SECTOR = (
    """
bits 16
org 0x7C00
    xor ax, ax
    mov ds, ax
    mov es, ax
    mov si, message
.print:
    lodsb
    test al, al
    jz .printed
    mov ah, 0x0E
    int 0x10                        ; at 7C10h
    jmp .print
.printed:
    int 0x12                        ; at 7C14h
    mov cx, 10
.poll:
    mov ah, 0x01
    int 0x16                        ; at 7C1Bh
    loop .poll
    mov bx, 0x8000
    mov ax, 0x0201                  ; AH=02h read one sector
    mov cx, 0x0001
    mov dx, 0x0080                  ; head 0, drive 80h
    int 0x13                        ; at 7C2Bh
    mov ax, 0x0201
    mov dl, 0x85                    ; no such drive
    int 0x13                        ; at 7C32h
    mov al, 0x10
    out 0xF4, al
message: db "Hello", 0
"""
    + BOOT_SIGNATURE
)


def _image(tmp_path: Path, source: str) -> Path:
    path = tmp_path / "disk.img"
    path.write_bytes(assemble(source, filename="disk.asm"))
    return path


def _log(lines: list[str], logger: str) -> list[str]:
    return [f"longmode: longmode.{logger}: {line}" for line in lines]


PORT_LOG = _log(
    [
        "unclaimed port 0x279: in, 1 byte: 0xff, at 0x7c07 (0000:7C07)",
        "unclaimed port 0x279: in, 1 byte: 0xff, at 0x7c07 (0000:7C07)",
        "unclaimed port 0x279: in, 1 byte: 0xff, at 0x7c07 (0000:7C07) (more in accesses "
        "are counted, not shown)",
        "unclaimed port 0xe1: out, 2 bytes: 0xbeef, at 0x7c10 (0000:7C10)",
        "unclaimed port 0xe1: out, 2 bytes: 0xbeef, at 0x7c10 (0000:7C10)",
        "unclaimed port 0xe1: out, 2 bytes: 0xbeef, at 0x7c10 (0000:7C10) (more out accesses "
        "are counted, not shown)",
        "unclaimed port 0xe1: 7 accesses in all (7 out)",
        "unclaimed port 0x279: 1000 accesses in all (1000 in)",
    ],
    "bus",
)


@pytest.mark.parametrize("where", ["run -v", "-v run"])
def test_verbose_logs_the_first_accesses_to_an_unclaimed_port_and_the_exact_count(
    tmp_path: Path, where: str
) -> None:
    image = _image(tmp_path, POLLING_SECTOR)
    done = run_longmode(*where.split(), image, "--display", "none")
    assert done.returncode == 33, done.stderr
    assert done.stderr.splitlines() == [
        *PORT_LOG,
        "longmode run: the guest exited with status 33",
    ]


def test_without_verbose_nothing_is_logged(tmp_path: Path) -> None:
    image = _image(tmp_path, POLLING_SECTOR)
    done = run_longmode("run", image, "--display", "none")
    assert done.returncode == 33
    assert done.stderr == "longmode run: the guest exited with status 33\n"


def test_verbose_logs_each_bios_call_and_counts_the_repeated_ones(tmp_path: Path) -> None:
    image = _image(tmp_path, BIOS_SECTOR)
    done = run_longmode("run", "-v", image, "--display", "none")
    assert done.returncode == 33, done.stderr
    assert done.stdout == ""
    more = " (more of these calls are counted, not shown)"
    assert done.stderr.splitlines() == [
        *_log(
            [
                "INT 10h AH=0Eh at 0000:7C10",
                "INT 10h AH=0Eh at 0000:7C10",
                "INT 10h AH=0Eh at 0000:7C10" + more,
                "INT 12h at 0000:7C14",
                "INT 16h AH=01h at 0000:7C1B",
                "INT 16h AH=01h at 0000:7C1B",
                "INT 16h AH=01h at 0000:7C1B" + more,
                "INT 13h AH=02h DL=80h at 0000:7C2B: CF=0 AH=00h (success)",
                "INT 13h AH=02h: no drive 85h",  # the service's own log line
                "INT 13h AH=02h DL=85h at 0000:7C32: CF=1 AH=01h (invalid parameter)",
                "INT 10h AH=0Eh at 0000:7C10: 5 calls in all",
                "INT 16h AH=01h at 0000:7C1B: 10 calls in all",
            ],
            "bios",
        ),
        "longmode run: the guest exited with status 33",
    ]


def test_a_call_that_waits_for_a_key_is_logged_once_waiting_and_once_done(
    tmp_path: Path,
) -> None:
    image = _image(
        tmp_path,
        """
bits 16
org 0x7C00
    sti
    xor ah, ah
    int 0x16                        ; at 7C03h: waits for the key
    mov al, 0x10
    out 0xF4, al
"""
        + BOOT_SIGNATURE,
    )
    done = run_longmode("run", "-v", image, "--display", "none", "--keys", "x", "--keys-at", "0.1")
    assert done.returncode == 33, done.stderr
    assert done.stderr.splitlines() == [
        *_log(["INT 16h AH=00h at 0000:7C03: waits", "INT 16h AH=00h at 0000:7C03"], "bios"),
        "longmode run: the guest exited with status 33",
    ]
