"""The x86 architecture's own numbers: control-register, EFER and RFLAGS bits, the
operating modes and the exceptions (Intel SDM vol. 3A, 2.5, 2.2 and 6.15). A leaf
module: it imports nothing, so the QEMU back end can use these without loading
unicorn."""

from __future__ import annotations

import enum

ADDRESS_MASK = (1 << 64) - 1
MSR_EFER = 0xC0000080
EFER_LME, EFER_LMA, EFER_NXE = 1 << 8, 1 << 10, 1 << 11
CR0_PE, CR0_PG, CR0_WP = 1, 1 << 31, 1 << 16
CR4_PAE, CR4_PSE, CR4_SMEP = 1 << 5, 1 << 4, 1 << 20
FLAG_CF, FLAG_TF, FLAG_IF, FLAG_DF, FLAG_NT, FLAG_RF = 1, 1 << 8, 1 << 9, 1 << 10, 1 << 14, 1 << 16
FLAG_VM = 1 << 17


class Mode(enum.Enum):
    """Which of the x86 operating modes the CPU is in."""

    REAL = "real mode"
    PROTECTED = "32-bit protected mode"
    LONG = "64-bit long mode"


#: Vectors of exceptions that push an error code (SDM vol. 3A, table 6-1).
ERROR_CODE_VECTORS = frozenset({8, 10, 11, 12, 13, 14, 17, 21, 29, 30})
#: The exceptions by vector: mnemonic, then name (SDM vol. 3A, table 6-1).
EXCEPTION_NAMES = {
    0: "#DE divide error",
    1: "#DB debug",
    2: "NMI",
    3: "#BP breakpoint",
    4: "#OF overflow",
    5: "#BR bound range exceeded",
    6: "#UD invalid opcode",
    7: "#NM device not available",
    8: "#DF double fault",
    10: "#TS invalid TSS",
    11: "#NP segment not present",
    12: "#SS stack-segment fault",
    13: "#GP general protection",
    14: "#PF page fault",
    16: "#MF x87 floating-point error",
    17: "#AC alignment check",
    18: "#MC machine check",
    19: "#XM SIMD floating-point exception",
    20: "#VE virtualization exception",
    21: "#CP control protection",
}
