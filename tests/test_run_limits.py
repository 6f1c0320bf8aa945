"""Limits are kept whatever the guest does: --timeout S ends a run within S + 0.5 s of wall
time, and Ctrl-C or SIGTERM end it at once with the normal report, in both machines."""

from __future__ import annotations

import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from longmode.asm import assemble
from longmode.machine.machine import Machine, Outcome

from support import ROOT

#: The slack the issue allows after the deadline (seconds).
SLACK = 0.5
TIMEOUT = 0.5

SECTOR_END = """
    times 510 - ($ - $$) db 0
    dw 0xAA55
"""

#: Guests that keep the CPU busy in the ways that once made a slice last for minutes.
STORMS = {
    # Code that rewrites the instruction it runs next: every pass retranslates.
    "self-modifying code": """
bits 16
org 0x7C00
again:
    inc byte [patch + 1]
patch:
    mov al, 0
    jmp again
""",
    # A 16M-byte `rep lodsb` in flat 32-bit protected mode, over and over.
    "long rep strings": """
bits 16
org 0x7C00
    cli
    lgdt [gdtr]
    mov eax, cr0
    or al, 1
    mov cr0, eax
    jmp 0x08:flat
bits 32
flat:
    mov ax, 0x10
    mov ds, ax
    mov es, ax
again:
    mov esi, 0x100000
    mov ecx, 0x1000000
    rep lodsb
    jmp again
align 8
gdt: dq 0, 0x00CF9A000000FFFF, 0x00CF92000000FFFF
gdtr: dw 23
    dd gdt
""",
    # #UD whose handler is itself `ud2`: a delivery in Python for every instruction.
    "fault storm": """
bits 16
org 0x7C00
    xor ax, ax
    mov ds, ax
    mov word [6 * 4], handler
    mov word [6 * 4 + 2], 0
handler:
    ud2
""",
    # A port read per instruction, and a `rep insb` of 64 KiB from a port.
    "port storm": """
bits 16
org 0x7C00
    xor ax, ax
    mov es, ax
again:
    in al, 0x61
    mov dx, 0x61
    mov di, 0x1000
    mov cx, 0xFFFF
    rep insb
    jmp again
""",
}


def _sector(source: str) -> bytes:
    return assemble(source + SECTOR_END)


@pytest.mark.parametrize("deterministic", [True, False], ids=["deterministic", "fast"])
@pytest.mark.parametrize("storm", sorted(STORMS))
def test_a_timeout_ends_any_guest_within_half_a_second(storm: str, deterministic: bool) -> None:
    machine = Machine(memory="32M", disk=_sector(STORMS[storm]), deterministic=deterministic)
    started = time.monotonic()
    result = machine.run(timeout=TIMEOUT)
    took = time.monotonic() - started
    assert result.outcome is Outcome.TIMEOUT, result.message
    assert result.exit_status == 4
    assert result.message.startswith(f"timed out after {TIMEOUT:g} s at 0x")
    assert TIMEOUT <= took <= TIMEOUT + SLACK


def test_interrupt_from_another_thread_stops_a_running_slice_at_once() -> None:
    machine = Machine(memory="32M", disk=_sector(STORMS["self-modifying code"]))
    timer = threading.Timer(0.3, machine.interrupt, args=("stopped by the test", 77))
    started = time.monotonic()
    timer.start()
    result = machine.run()
    took = time.monotonic() - started
    assert result.outcome is Outcome.INTERRUPTED
    assert result.exit_status == 77
    assert result.message.startswith("stopped by the test at 0x7c")
    assert 0.3 <= took <= 0.3 + SLACK


def test_an_interrupt_before_the_run_ends_it_before_the_first_instruction() -> None:
    machine = Machine(memory="32M", disk=_sector(STORMS["port storm"]))
    machine.interrupt()
    result = machine.run()
    assert result.outcome is Outcome.INTERRUPTED
    assert machine.instructions == 0


def test_the_run_after_an_interrupted_one_runs_normally() -> None:
    machine = Machine(memory="32M", disk=_sector(STORMS["port storm"]))
    machine.interrupt()
    assert machine.run().outcome is Outcome.INTERRUPTED
    assert machine.run(timeout=0.2).outcome is Outcome.TIMEOUT
    assert machine.instructions > 0


@pytest.mark.parametrize("timeout", [0.0, -1.0, float("nan"), float("inf")])
def test_unusable_timeouts_are_refused_by_the_machine(timeout: float) -> None:
    with pytest.raises(ValueError, match=r"^the timeout must be a positive number of seconds"):
        Machine(memory="32M", timeout=timeout)


# --- the command line: signals ------------------------------------------------------

#: Says "go" on the screen and on COM1, then spins in self-modifying code until stopped.
ANNOUNCED_SPIN = """
bits 16
org 0x7C00
    mov ax, 0x0E67              ; INT 10h teletype: "go"
    int 0x10
    mov al, 'o'
    int 0x10
    mov dx, 0x3F8
    mov al, 'g'
    out dx, al
    mov al, 'o'
    out dx, al
    mov al, 10
    out dx, al
again:
    inc byte [patch + 1]
patch:
    mov al, 0
    jmp again
"""


def _start(image: Path, *options: str) -> subprocess.Popen[bytes]:
    process = subprocess.Popen(
        [sys.executable, "-m", "longmode", "run", str(image), *options],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        cwd=ROOT,
    )
    assert process.stdout is not None
    assert process.stdout.readline() == b"go\n"  # the guest runs
    return process


@pytest.mark.parametrize("machine", ["ours", "qemu"])
@pytest.mark.parametrize("signum", [signal.SIGINT, signal.SIGTERM])
def test_a_signal_ends_the_run_at_once_with_the_report_and_128_plus_its_number(
    tmp_path: Path, machine: str, signum: int
) -> None:
    image = tmp_path / "spin.img"
    image.write_bytes(_sector(ANNOUNCED_SPIN))
    process = _start(image, "--display", "end", *(["--qemu"] if machine == "qemu" else []))
    time.sleep(0.2)
    sent = time.monotonic()
    process.send_signal(signum)
    stdout, stderr = process.communicate(timeout=30)
    took = time.monotonic() - sent
    name = signal.Signals(signum).name
    report = stderr.decode().strip().splitlines()[-1]
    prefix = "longmode run: QEMU: " if machine == "qemu" else "longmode run: "
    assert report.startswith(f"{prefix}interrupted by {name} at 0x7c"), stderr
    assert process.returncode == 128 + signum
    assert stdout.rstrip().endswith(b"go")  # the screen, drawn at the end
    assert "Traceback" not in stderr.decode()
    assert took <= SLACK


# --- QEMU keeps --timeout too -----------------------------------------------------------


def test_qemu_keeps_the_timeout_on_every_storm(tmp_path: Path) -> None:
    def elapsed(source: str, *options: str) -> tuple[float, subprocess.CompletedProcess[str]]:
        image = tmp_path / "storm.img"
        image.write_bytes(_sector(source))
        started = time.monotonic()
        done = subprocess.run(
            [sys.executable, "-m", "longmode", "run", str(image), "--qemu", *options],
            capture_output=True,
            text=True,
            timeout=60,
        )
        return time.monotonic() - started, done

    # Start-up and teardown, measured on a guest that halts at once.
    overhead, halted = elapsed("cli\nhlt\n", "--display", "none")
    assert halted.returncode == 0, halted.stderr
    for name, source in sorted(STORMS.items()):
        took, done = elapsed(source, "--timeout", "1", "--display", "none")
        assert done.returncode == 4, (name, done.stderr)
        assert done.stderr.startswith("longmode run: QEMU timed out after 1 s at "), done.stderr
        assert took <= 1 + SLACK + overhead, (name, took, overhead)
