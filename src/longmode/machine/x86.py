"""The x86 architecture's own numbers: control-register, EFER and RFLAGS bits, and the
operating modes (Intel SDM vol. 3A, 2.5 and 2.2). A leaf module: it imports nothing,
so the QEMU back end can use these without loading unicorn."""

from __future__ import annotations

import enum

ADDRESS_MASK = (1 << 64) - 1
MSR_EFER = 0xC0000080
EFER_LME, EFER_LMA, EFER_NXE = 1 << 8, 1 << 10, 1 << 11
CR0_PE, CR0_PG, CR0_WP = 1, 1 << 31, 1 << 16
CR4_PAE, CR4_PSE = 1 << 5, 1 << 4
FLAG_CF, FLAG_TF, FLAG_IF, FLAG_DF, FLAG_NT, FLAG_RF = 1, 1 << 8, 1 << 9, 1 << 10, 1 << 14, 1 << 16
FLAG_VM = 1 << 17


class Mode(enum.Enum):
    """Which of the x86 operating modes the CPU is in."""

    REAL = "real mode"
    PROTECTED = "32-bit protected mode"
    LONG = "64-bit long mode"
