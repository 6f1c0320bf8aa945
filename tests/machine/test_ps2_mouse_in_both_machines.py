"""The PS/2 mouse through the 8042 (mouse_guest.asm, assembled by NASM), in our machine
and in QEMU: the same COM1 transcript — every reply with the status it came under
(aux OBF set), the IntelliMouse detection, status bytes, remote reads, wrap mode,
no reply to an unknown command,
the controller's loopback, and a mouse byte taken on IRQ12 while the BIOS's IRQ1
handler leaves it alone.
"""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from longmode.machine.devices.ps2_mouse import EXPLORER, INTELLIMOUSE, STANDARD, Ps2Mouse

from support import run_longmode

HERE = Path(__file__).resolve().parent
NASM = shutil.which("nasm")
QEMU = shutil.which("qemu-system-x86_64")


@pytest.mark.slow
@pytest.mark.skipif(NASM is None or QEMU is None, reason="needs nasm and qemu-system-x86_64")
def test_the_mouse_answers_as_qemus_does(tmp_path: Path) -> None:
    assert NASM is not None
    image = tmp_path / "mouse.img"
    subprocess.run([NASM, "-f", "bin", str(HERE / "mouse_guest.asm"), "-o", str(image)], check=True)
    transcripts = []
    for machine in ((), ("--qemu",)):
        done = run_longmode("run", image, "--timeout", "30", "--display", "none", *machine)
        assert done.returncode == 33, done.stdout + done.stderr
        transcripts.append(done.stdout.splitlines())
    ours, qemu = transcripts
    assert qemu[-1] == "done"
    assert "irq12 count=01 byte=A5" in qemu
    assert ours == qemu


def enabled(device_id: int = STANDARD) -> Ps2Mouse:
    mouse = Ps2Mouse()
    rates = {STANDARD: (), INTELLIMOUSE: (200, 100, 80), EXPLORER: (200, 200, 80)}[device_id]
    for rate in rates:
        mouse.write(0xF3)
        mouse.write(rate)
    mouse.write(0xF4)
    mouse.queue.clear()
    return mouse


def test_a_move_is_a_packet_with_sign_bits_and_buttons() -> None:
    mouse = enabled()
    mouse.move(5, -3, buttons=1)
    assert list(mouse.queue) == [0x08 | 0x20 | 0x01, 5, 0xFD]


def test_a_move_beyond_127_counts_is_clipped_and_the_rest_comes_next() -> None:
    mouse = Ps2Mouse()
    mouse.write(0xF0)  # remote mode: motion adds up until a read
    mouse.move(200, 0)
    mouse.queue.clear()
    mouse.write(0xEB)
    mouse.write(0xEB)
    assert list(mouse.queue) == [0xFA, 0x08, 127, 0, 0xFA, 0x08, 73, 0]


def test_an_intellimouse_sends_its_wheel_in_a_fourth_byte() -> None:
    mouse = enabled(INTELLIMOUSE)
    mouse.move(0, 0, dz=-1)
    assert list(mouse.queue) == [0x08, 0, 0, 0xFF]


def test_no_packet_while_reporting_is_off_or_in_wrap_mode() -> None:
    mouse = Ps2Mouse()
    mouse.move(1, 1)
    assert not mouse.queue
    mouse = enabled()
    mouse.write(0xEE)
    mouse.queue.clear()
    mouse.move(1, 1)
    assert not mouse.queue


def test_an_unknown_command_gets_no_reply_as_in_qemu() -> None:
    mouse = Ps2Mouse()
    mouse.write(0x00)
    assert not mouse.queue
    mouse.write(0xF2)  # and the next command is understood
    assert list(mouse.queue) == [0xFA, 0x00]
