"""The fast mode against the default one on the same guest.

The fast mode ends its slices with unicorn's wall-clock timeout. unicorn 2.1.4
checks for a stop after every load and store, and one seen after the store of
a read-modify-write instruction left RIP at that instruction: resuming ran the
store again (~80 extra adds in 20 million turns of the loop below, before the
fix). Blocks now check only where they start in the fast mode
(``unicorn_internals.set_exit_checks``), so a slice ends between blocks.
"""

from __future__ import annotations

import struct

from machine_programs import LONG_MODE_PRELUDE, boot

from longmode.machine.machine import Outcome

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
