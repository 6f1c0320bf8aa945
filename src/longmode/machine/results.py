"""How a run ends: the outcomes, their exit statuses, and how reports name addresses.

Shared by both back ends of `longmode run` (our machine and QEMU); a leaf
module, so the QEMU side loads no unicorn.
"""

from __future__ import annotations

import enum
from collections.abc import Callable
from dataclasses import dataclass

from longmode.machine.x86 import Mode


class Outcome(enum.Enum):
    """How a run ended."""

    EXITED = "the guest wrote to the isa-debug-exit port"
    HALTED = "the CPU halted with interrupts disabled"
    TRIPLE_FAULT = "triple fault"
    TIMEOUT = "timeout"
    INSTRUCTION_LIMIT = "instruction limit reached"
    RESET = "the guest asked for a reset"
    STOPPED = "the run's stop condition was met"
    INTERRUPTED = "the run was interrupted (Ctrl-C or a signal)"
    ERROR = "emulation error"


#: Exit statuses of `longmode run` for outcomes other than isa-debug-exit.
EXIT_STATUS = {
    Outcome.HALTED: 0,
    Outcome.ERROR: 2,
    Outcome.TRIPLE_FAULT: 3,
    Outcome.TIMEOUT: 4,
    Outcome.INSTRUCTION_LIMIT: 4,
    Outcome.RESET: 5,
    Outcome.STOPPED: 0,
    Outcome.INTERRUPTED: 130,
}


@dataclass
class RunResult:
    """What happened: the outcome, the exit status, and a one-paragraph message."""

    outcome: Outcome
    message: str
    exit_status: int
    virtual_ns: int
    rip: int


def bare_address(address: int) -> str:
    """How reports name a code address when there are no symbols: ``0x100092``."""
    return f"{address:#x}"


def describe_ip(mode: Mode, cs: int, ip: int, describe: Callable[[int], str]) -> str:
    """An instruction address as reports give it: ``0x7c02 (0000:7C02)`` in real mode
    (linear CS*16+IP, then CS:IP), ``describe(ip)`` (a symbol) otherwise."""
    if mode is Mode.REAL:
        return f"{(cs << 4) + ip:#x} ({cs:04X}:{ip & 0xFFFF:04X})"
    return describe(ip)
