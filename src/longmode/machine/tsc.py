"""The time-stamp counter and the CPUID leaves that describe its rate.

RDTSC reads the machine's virtual time at :data:`TSC_HZ` (1 GHz: one tick per
virtual nanosecond, one instruction per tick in the deterministic mode), so a
guest that calibrates its TSC against the PIT finds the rate CPUID reports,
and the same image gives the same readings run after run. unicorn's own
RDTSC reads the host's counter, which has nothing to do with guest time
(memtest86+ measured a 30 GHz CPU).

CPUID is unicorn's (QEMU's ``qemu64`` model, maximum basic leaf 0Dh), with
the maximum basic leaf raised to 16h (RDTSC and RDTSCP are hooked through
:func:`longmode.machine.unicorn_internals.hook_rdtsc`) so that the TSC leaves can be read:
15h (TSC/crystal ratio and the crystal's frequency) and 16h (base, maximum
and bus frequencies in MHz) describe :data:`TSC_HZ`; leaves 0Eh-14h, which
``qemu64`` does not have, answer zeros, as reserved leaves do.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass

from unicorn import UC_ARCH_X86, UC_MODE_64, Uc
from unicorn import x86_const as X

TSC_HZ = 1_000_000_000
#: CPUID 15h: the "core crystal" and the ratio that gives TSC_HZ (1 GHz × 1 / 1).
#: The crystal is also what clocks the local APIC timer — Linux sets its APIC timer
#: period from this leaf (``native_calibrate_tsc``) instead of measuring it — so it
#: is the APIC timer's own clock here: 1 GHz before its divider, as on QEMU. (A
#: 25 MHz crystal made Linux's jiffies run 40 times too fast.)
CRYSTAL_HZ = 1_000_000_000
TSC_RATIO = (1, TSC_HZ // CRYSTAL_HZ)  # (denominator EAX, numerator EBX)
#: CPUID 16h: base and maximum frequency, and the bus ("reference") frequency, in MHz:
#: the APIC timer's clock again.
BUS_MHZ = CRYSTAL_HZ // 1_000_000
MAX_BASIC_LEAF = 0x16


@dataclass(frozen=True)
class BasicLeaf:
    """What unicorn's CPUID leaf 0 answers: the maximum leaf and the vendor string."""

    max_leaf: int
    ebx: int
    ecx: int
    edx: int

    @classmethod
    @functools.cache
    def probe(cls) -> BasicLeaf:
        """Runs CPUID leaf 0 on a scratch engine, once per process."""
        uc = Uc(UC_ARCH_X86, UC_MODE_64)
        uc.mem_map(0x1000, 0x1000)
        uc.mem_write(0x1000, bytes.fromhex("31c00fa2"))  # xor eax, eax ; cpuid
        uc.emu_start(0x1000, 0x1004)
        registers = (X.UC_X86_REG_EAX, X.UC_X86_REG_EBX, X.UC_X86_REG_ECX, X.UC_X86_REG_EDX)
        eax, ebx, ecx, edx = (uc.reg_read(r) for r in registers)
        return cls(eax, ebx, ecx, edx)


def cpuid_override(leaf: int, basic: BasicLeaf) -> tuple[int, int, int, int] | None:
    """(EAX, EBX, ECX, EDX) for the leaves we answer ourselves; None for unicorn's."""
    if leaf == 0:
        return max(basic.max_leaf, MAX_BASIC_LEAF), basic.ebx, basic.ecx, basic.edx
    if leaf == 0x15:
        denominator, numerator = TSC_RATIO
        return denominator, numerator, CRYSTAL_HZ, 0
    if leaf == 0x16:
        mhz = TSC_HZ // 1_000_000
        return mhz, mhz, BUS_MHZ, 0
    if basic.max_leaf < leaf <= MAX_BASIC_LEAF:
        return 0, 0, 0, 0
    return None
