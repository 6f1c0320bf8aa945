"""The fast mode against the default one on the same guest.

Known defect (issue 10, item 3): the fast mode ends its slices with unicorn's
wall-clock timeout, and unicorn 2.1.4 can take that stop in the middle of a
read-modify-write instruction, after its store, with RIP still at the
instruction: resuming there runs the store again. Measured: ~80 extra adds in
20 million turns of the loop below (raw unicorn shows the same, ~1,600 in 10^8
turns with 2 ms slices). Until the slicing is changed, the test is a strict
xfail: it turns into a failure the day it passes.
"""

from __future__ import annotations

import struct

import pytest
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


@pytest.mark.xfail(
    strict=True,
    reason="unicorn's timeout stop can land after a read-modify-write's store (issue 10, item 3)",
)
def test_the_fast_mode_runs_each_instruction_once() -> None:
    assert _adds(deterministic=False) == 20_000_000
