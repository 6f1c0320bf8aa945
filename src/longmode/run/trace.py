"""``longmode run --trace int``: one line per interrupt and exception, in both machines.

The line says what QEMU's ``-d int`` says, with the symbol::

    int v=0e #PF e=0x0002 cs=0008 rip=0x100123 <kernel::fault+0x3> cpl=0 rsp=0x1ffe80 cr2=0xdeadb000

``e=`` only for the vectors that push an error code, ``cr2=`` only for #PF;
a software interrupt (``int n``, ``int3``, ``into``) is marked ``(int)``, a
hardware one ``(irq)``. Our machine prints each line as the event is
delivered; with ``--qemu`` the lines are read from QEMU's own ``-d int`` log
when the run ends (QEMU cannot tell a hardware interrupt from an exception
there: ``i=0`` for both; a vector of 20h or more that is not software is shown
as ``(irq)``).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass

#: Vectors of exceptions that push an error code (SDM vol. 3A, table 6-1).
ERROR_CODE_VECTORS = frozenset({8, 10, 11, 12, 13, 14, 17, 21, 29, 30})
NAMES = {
    0: "#DE", 1: "#DB", 2: "NMI", 3: "#BP", 4: "#OF", 5: "#BR", 6: "#UD", 7: "#NM",
    8: "#DF", 10: "#TS", 11: "#NP", 12: "#SS", 13: "#GP", 14: "#PF", 16: "#MF",
    17: "#AC", 18: "#MC", 19: "#XM", 20: "#VE", 21: "#CP",
}  # fmt: skip


@dataclass(frozen=True)
class Delivery:
    """One interrupt or exception as the trace shows it."""

    vector: int
    kind: str  # "exception", "software" or "external"
    error_code: int | None
    cs: int
    rip: int
    cpl: int
    rsp: int
    cr2: int

    def line(self, describe: Callable[[int], str]) -> str:
        """The trace line, with ``describe`` naming RIP (``0x... <symbol+off>``)."""
        parts = [f"int v={self.vector:02x}"]
        if self.kind == "software":
            parts.append("(int)")
        elif self.kind == "external":
            parts.append("(irq)")
        elif self.vector in NAMES:
            parts.append(NAMES[self.vector])
        if self.kind == "exception" and self.vector in ERROR_CODE_VECTORS:
            parts.append(f"e={(self.error_code or 0):#06x}")
        parts.append(f"cs={self.cs:04x} rip={describe(self.rip)}")
        parts.append(f"cpl={self.cpl}")
        parts.append(f"rsp={self.rsp:#x}")
        if self.kind == "exception" and self.vector == 14:
            parts.append(f"cr2={self.cr2:#x}")
        return " ".join(parts)


#: QEMU's do_interrupt_all log line (target/i386/tcg/seg_helper.c).
_QEMU_LINE = re.compile(
    r"^\s*\d+: v=(?P<v>[0-9a-f]+) e=(?P<e>[0-9a-f]+) i=(?P<i>\d) cpl=(?P<cpl>\d) "
    r"IP=(?P<cs>[0-9a-f]+):(?P<ip>[0-9a-f]+) pc=[0-9a-f]+ SP=[0-9a-f]+:(?P<sp>[0-9a-f]+)"
    r"(?: CR2=(?P<cr2>[0-9a-f]+))?",
    re.M,
)


def from_qemu_log(text: str) -> Iterator[Delivery]:
    """The deliveries in a QEMU ``-d int`` log."""
    for match in _QEMU_LINE.finditer(text):
        vector = int(match["v"], 16)
        software = match["i"] == "1"
        kind = "software" if software else "external" if vector >= 0x20 else "exception"
        yield Delivery(
            vector,
            kind,
            int(match["e"], 16),
            int(match["cs"], 16),
            int(match["ip"], 16),
            int(match["cpl"]),
            int(match["sp"], 16),
            int(match["cr2"], 16) if match["cr2"] else 0,
        )
