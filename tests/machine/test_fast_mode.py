"""The fast mode against the default one on the same guest, and its slice timer.

The fast mode ends its slices at a wall-clock instant (``SliceTimer``). unicorn 2.1.4
checks for a stop after every load and store, and one seen after the store of
a read-modify-write instruction left RIP at that instruction: resuming ran the
store again (~80 extra adds in 20 million turns of the loop below, before the
fix). Blocks now check only where they start in the fast mode
(``unicorn_internals.set_exit_checks``), so a slice ends between blocks.
"""

from __future__ import annotations

import struct
import time

import pytest
from machine_programs import LONG_MODE_PRELUDE, assemble, boot
from unicorn import UC_ARCH_X86, UC_MODE_64, Uc
from unicorn import x86_const as X

from longmode.machine.hooks import InterruptEvent
from longmode.machine.machine import Machine, Outcome
from longmode.machine.watchdog import SliceTimer

LOOP = (
    LONG_MODE_PRELUDE
    + """
    mov rcx, 20000000
    mov qword [0x600], 0
.turn:
    push rcx
    add qword [0x600], 1
    pop rcx
    dec rcx
    jnz .turn
    hlt
"""
)


def _adds(deterministic: bool) -> int:
    machine, result = boot(LOOP, deterministic=deterministic, timeout=60)
    assert result.outcome is Outcome.HALTED, result.message
    value: int = struct.unpack("<Q", machine.read_physical(0x600, 8))[0]
    return value


def test_the_default_mode_runs_each_instruction_once() -> None:
    assert _adds(deterministic=True) == 20_000_000


def test_the_fast_mode_runs_each_instruction_once() -> None:
    assert _adds(deterministic=False) == 20_000_000


def test_the_slice_timer_stops_a_running_cpu_and_only_while_armed() -> None:
    uc = Uc(UC_ARCH_X86, UC_MODE_64)
    uc.mem_map(0x1000, 0x1000)
    uc.mem_write(0x1000, assemble("bits 64\norg 0x1000\nspin: inc rax\njmp spin\nhlt"))
    timer = SliceTimer(uc.emu_stop)
    try:
        timer.arm(0.005)
        uc.emu_start(0x1000, 0x2000)  # an endless loop: only the timer ends it
        assert timer.disarm() is True
        assert uc.reg_read(X.UC_X86_REG_RIP) == 0x1000 and uc.reg_read(X.UC_X86_REG_RAX) > 0
        timer.arm(0.005)
        uc.emu_start(0x1005, 0x2000)  # the hlt ends this one first
        assert timer.disarm() is False
        uc.reg_write(X.UC_X86_REG_RAX, 0)
        time.sleep(0.01)  # past the deadline it had
        uc.ctl_flush_tb()  # so that the blocks count their instructions
        uc.emu_start(0x1000, 0x2000, count=5)  # disarmed: nothing stops this run early
        assert uc.reg_read(X.UC_X86_REG_RAX) == 3  # inc, jmp, inc, jmp, inc
    finally:
        timer.close()


@pytest.mark.parametrize("deterministic", [True, False], ids=["default", "fast"])
def test_nothing_the_guest_does_after_its_exit_reaches_the_devices(deterministic: bool) -> None:
    # In the fast mode the stop lands where the next block starts: the rest of this
    # block still runs, but its serial output, port writes and faults must not count.
    delivered_after_exit: list[int] = []

    def note(machine: Machine, event: InterruptEvent) -> bool:
        if machine.result is not None:
            delivered_after_exit.append(event.vector)
        return False

    def prepare(machine: Machine) -> None:
        machine.hooks.interrupt(note)

    machine, result = boot(
        LONG_MODE_PRELUDE
        + """
    mov al, 'a'
    out 0xE9, al
    mov al, 0x10
    out 0xF4, al                    ; the run ends here
    mov al, 'b'
    out 0xE9, al
    mov dx, 0x3F8
    out dx, al
    mov al, 0x11
    out 0xF4, al
    ud2
""",
        prepare=prepare,
        deterministic=deterministic,
        timeout=30,
    )
    assert result.exit_status == 33, result.message
    assert bytes(machine.debug_console) == b"a"
    assert bytes(machine.serial) == b""
    assert delivered_after_exit == []
