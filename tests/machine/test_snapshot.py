"""Snapshots: restore and run again gives the same serial output, instruction count and
virtual time — on the seed kernel, a timer-interrupt guest and a disk-writing guest,
in this process and, through a file, in another one."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from machine_programs import assemble

from longmode.boot.image import build_image
from longmode.machine.machine import Machine, Outcome
from longmode.machine.snapshot import Snapshot

#: A boot sector's start: interrupts off, the BIOS's timer hook (INT 1Ch, 18.2 Hz)
#: pointed at the program's ``tick``.
HOOK_THE_TIMER = """
bits 16
org 0x7C00
    cli
    xor ax, ax
    mov ds, ax
    mov word [0x1C * 4], tick
    mov word [0x1C * 4 + 2], 0
"""

#: A boot sector: INT 1Ch counts ticks and prints a digit for each; after 12 ticks
#: the guest exits.
TIMER_GUEST = (
    HOOK_THE_TIMER
    + """
    sti
.wait:
    hlt
    cmp byte [count], 12
    jb .wait
    mov al, 0x10
    out 0xF4, al
tick:
    push ax
    push dx
    inc byte [cs:count]
    mov al, [cs:count]
    and al, 7
    add al, '0'
    mov dx, 0x3F8
    out dx, al
    pop dx
    pop ax
    iret
count: db 0
"""
)

#: A boot sector that writes sector 5 eight times (a counter in its first byte),
#: reading it back and printing the byte each time.
DISK_GUEST = """
bits 16
org 0x7C00
    xor ax, ax
    mov ds, ax
    mov es, ax
    mov [drive], dl
    mov cx, 8
.turn:
    push cx
    inc byte [0x8000]
    mov ax, 0x0301                  ; write 1 sector
    mov cx, 0x0006                  ; sector 6 (LBA 5)
    xor dh, dh
    mov dl, [drive]
    mov bx, 0x8000
    int 0x13
    mov byte [0x9000], 0
    mov ax, 0x0201                  ; read it back
    mov cx, 0x0006
    xor dh, dh
    mov dl, [drive]
    mov bx, 0x9000
    int 0x13
    mov al, [0x9000]
    add al, 'a'
    mov dx, 0x3F8
    out dx, al
    pop cx
    loop .turn
    mov al, 0x10
    out 0xF4, al
drive: db 0
"""


def _disk(source: str) -> bytes:
    return (assemble(source).ljust(510, b"\0") + b"\x55\xaa").ljust(64 * 512, b"\0")


def _finish(machine: Machine) -> tuple[bytes, int, int, Outcome]:
    result = machine.run()
    return bytes(machine.serial), machine.instructions, machine.clock.now, result.outcome


def _check_replay(machine: Machine, until_serial: int) -> None:
    result = machine.run(until=lambda m: len(m.serial) >= until_serial)
    assert result.outcome is Outcome.STOPPED, result.message
    state = machine.snapshot()
    first = _finish(machine)
    assert first[3] in (Outcome.EXITED, Outcome.HALTED)
    machine.restore(state)
    assert len(machine.serial) == until_serial
    assert _finish(machine) == first


def test_the_seed_kernel_replays_from_a_snapshot(seed_kernel: Path) -> None:
    machine = Machine(memory="128M", disk=build_image(seed_kernel), timeout=60)
    _check_replay(machine, until_serial=3)
    assert b"Hello World!" in machine.serial


def test_a_timer_interrupt_guest_replays_from_a_snapshot() -> None:
    machine = Machine(memory="32M", disk=_disk(TIMER_GUEST), timeout=30)
    _check_replay(machine, until_serial=5)
    assert bytes(machine.serial) == b"123456701234"


def test_a_disk_writing_guest_replays_and_its_disk_is_put_back() -> None:
    machine = Machine(memory="32M", disk=_disk(DISK_GUEST), timeout=30)
    result = machine.run(until=lambda m: len(m.serial) >= 3)
    assert result.outcome is Outcome.STOPPED
    state = machine.snapshot()
    assert machine.bios is not None
    disk = machine.bios.drives[0x80]
    at_snapshot = disk.read(5, 1)
    first = _finish(machine)
    assert first[0] == b"bcdefghi" and disk.read(5, 1)[0] == 8
    machine.restore(state)
    assert disk.read(5, 1) == at_snapshot
    assert _finish(machine) == first


def test_a_snapshot_holds_only_the_pages_in_use() -> None:
    machine = Machine(memory="128M", disk=_disk(TIMER_GUEST), timeout=30)
    machine.run(until=lambda m: len(m.serial) >= 2)
    state = machine.snapshot()
    assert len(state.pages) * 4096 < 2 << 20  # far below 128 MiB


SUBPROCESS = """
import json, sys
from longmode.machine.machine import Machine
from longmode.machine.snapshot import Snapshot
image, path = sys.argv[1:3]
machine = Machine(memory="32M", disk=open(image, "rb").read(), timeout=30)
machine.restore(Snapshot.load(path))
result = machine.run()
print(json.dumps([machine.serial.decode("latin-1"), machine.instructions, machine.clock.now,
                  result.outcome.name]))
"""


@pytest.mark.parametrize("guest", [TIMER_GUEST, DISK_GUEST], ids=["timer", "disk"])
def test_a_snapshot_file_restores_in_another_process(tmp_path: Path, guest: str) -> None:
    image = tmp_path / "disk.img"
    image.write_bytes(_disk(guest))
    machine = Machine(memory="32M", disk=image.read_bytes(), timeout=30)
    assert machine.run(until=lambda m: len(m.serial) >= 3).outcome is Outcome.STOPPED
    machine.snapshot().save(tmp_path / "state.snap")
    serial, instructions, now, outcome = _finish(machine)
    done = subprocess.run(
        [sys.executable, "-c", SUBPROCESS, str(image), str(tmp_path / "state.snap")],
        capture_output=True, text=True, timeout=120,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout) == [serial.decode("latin-1"), instructions, now, outcome.name]


def test_a_snapshot_file_is_checked(tmp_path: Path) -> None:
    bad = tmp_path / "bad.snap"
    bad.write_bytes(b"not a zip")
    with pytest.raises(ValueError, match="not a longmode snapshot"):
        Snapshot.load(bad)
    machine = Machine(memory="32M", disk=_disk(TIMER_GUEST))
    state = machine.snapshot()
    other = Machine(memory="64M", disk=_disk(TIMER_GUEST))
    with pytest.raises(ValueError, match="32 MiB of memory"):
        other.restore(state)
    machine.schedule(10**9, lambda: None)
    with pytest.raises(ValueError, match="scheduled"):
        machine.snapshot().save(tmp_path / "x.snap")
    assert not (tmp_path / "x.snap").exists()


#: The BIOS timer hook prints, at each tick, how many turns of the main loop had
#: run; the loop keeps interrupts off for most of each turn, so a tick falls due
#: while they are off and is taken after its `sti`, where the machine next looks.
SPINNING_TIMER_GUEST = (
    HOOK_THE_TIMER
    + """
.turn:
    cli
    mov cx, 3000
.off:
    loop .off
    sti
    mov cx, 40
.on:
    loop .on
    inc word [cs:turns]
    cmp byte [cs:count], 2
    jb .turn
    mov al, 0x10
    out 0xF4, al
tick:
    push ax
    push dx
    inc byte [cs:count]
    mov ax, [cs:turns]
    mov dx, 0x3F8
    out dx, al
    mov al, ah
    out dx, al
    pop dx
    pop ax
    iret
count: db 0
turns: dw 0
"""
)


def test_where_a_run_is_stopped_does_not_change_where_interrupts_come_in() -> None:
    # Interrupts are taken when time reaches the window planned where the last one
    # opened, not wherever a run stops: a guest run in pieces of 9973 instructions
    # (as a debugger's steps and replays cut it) goes exactly as a guest run at once.
    # (Pieces shorter than a window, of a prime length, stop it everywhere.)
    whole = Machine(memory="32M", disk=_disk(SPINNING_TIMER_GUEST), timeout=30)
    expected = _finish(whole)
    assert expected[3] is Outcome.EXITED and len(expected[0]) == 4
    pieces = Machine(memory="32M", disk=_disk(SPINNING_TIMER_GUEST), timeout=30)
    while True:
        pieces.config.max_instructions = pieces.instructions + 9973
        result = pieces.run()
        if result.outcome is not Outcome.INSTRUCTION_LIMIT:
            break
    pieces.config.max_instructions = None
    assert (bytes(pieces.serial), pieces.instructions, pieces.clock.now, result.outcome) == expected


#: As SPINNING_TIMER_GUEST, but the few instructions with IF set count up one by one
#: and the tick prints that count: where the tick is taken shows in the output.
FINE_TIMER_GUEST = (
    HOOK_THE_TIMER
    + """
.turn:
    cli
    mov cx, 3000
.off:
    loop .off
    sti
    mov cx, 40
.on:
    inc word [cs:fine]
    loop .on
    cmp byte [cs:count], 2
    jb .turn
    mov al, 0x10
    out 0xF4, al
tick:
    push ax
    push dx
    inc byte [cs:count]
    mov ax, [cs:fine]
    mov dx, 0x3F8
    out dx, al
    mov al, ah
    out dx, al
    pop dx
    pop ax
    iret
count: db 0
fine: dw 0
"""
)


def test_a_snapshot_taken_while_an_interrupt_waits_for_if_replays_in_a_fresh_machine() -> None:
    # While an interrupt waits for IF the windows are a few instructions long, and
    # their lengths follow a count (Machine.pending_tries) that the snapshot keeps:
    # a fresh machine restored from it takes the tick at the same instruction. (Stopped
    # at the third such window: a fresh count would shift every later window by 31
    # instructions, and the tick with them.)
    whole = Machine(memory="32M", disk=_disk(FINE_TIMER_GUEST), timeout=30)
    expected = _finish(whole)
    machine = Machine(memory="32M", disk=_disk(FINE_TIMER_GUEST), timeout=30)
    result = machine.run(until=lambda m: m.pending_tries >= 3)
    assert result.outcome is Outcome.STOPPED, result.message
    state = machine.snapshot()
    fresh = Machine(memory="32M", disk=_disk(FINE_TIMER_GUEST), timeout=30)
    fresh.restore(state)
    assert _finish(fresh) == expected


def test_a_machine_booted_as_longmode_run_boots_puts_its_disk_back(tmp_path: Path) -> None:
    """`longmode run` and the debugger build their machine through boot_machine: its
    snapshots hold the disk too (the debugger's history goes back over disk writes)."""
    from longmode.run.options import RunOptions, prepare
    from longmode.run.ours import boot_machine

    image = tmp_path / "disk.img"
    image.write_bytes(_disk(DISK_GUEST))
    options = RunOptions(target=image, memory="32M", display="none")
    machine, bios, disk = boot_machine(options, prepare(options), on_serial=lambda byte: None)
    assert machine.bios is bios
    assert machine.run(until=lambda m: len(m.serial) >= 3).outcome is Outcome.STOPPED
    state = machine.snapshot()
    at_snapshot = disk.read(5, 1)
    first = _finish(machine)
    assert disk.read(5, 1) != at_snapshot
    machine.restore(state)
    assert disk.read(5, 1) == at_snapshot
    assert _finish(machine) == first
    assert image.read_bytes() == _disk(DISK_GUEST)  # the file itself is never written
