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

from longmode.machine.hooks import InterruptEvent
from longmode.machine.x86 import ERROR_CODE_VECTORS, EXCEPTION_NAMES


def line(event: InterruptEvent, describe: Callable[[int], str]) -> str:
    """The trace line for ``event``, with ``describe`` naming RIP (``0x... <symbol+off>``)."""
    parts = [f"int v={event.vector:02x}"]
    if event.kind == "software":
        parts.append("(int)")
    elif event.kind == "external":
        parts.append("(irq)")
    elif event.vector in EXCEPTION_NAMES:
        parts.append(EXCEPTION_NAMES[event.vector].split()[0])  # the mnemonic: #PF
    if event.kind == "exception" and event.vector in ERROR_CODE_VECTORS:
        parts.append(f"e={(event.error_code or 0):#06x}")
    parts.append(f"cs={event.cs:04x} rip={describe(event.rip)}")
    parts.append(f"cpl={event.cpl}")
    parts.append(f"rsp={event.rsp:#x}")
    if event.kind == "exception" and event.vector == 14:
        parts.append(f"cr2={event.cr2:#x}")
    return " ".join(parts)


#: QEMU's do_interrupt_all log line (target/i386/tcg/seg_helper.c).
_QEMU_LINE = re.compile(
    r"^\s*\d+: v=(?P<v>[0-9a-f]+) e=(?P<e>[0-9a-f]+) i=(?P<i>\d) cpl=(?P<cpl>\d) "
    r"IP=(?P<cs>[0-9a-f]+):(?P<ip>[0-9a-f]+) pc=[0-9a-f]+ SP=[0-9a-f]+:(?P<sp>[0-9a-f]+)"
    r"(?: CR2=(?P<cr2>[0-9a-f]+))?",
    re.M,
)


def from_qemu_log(text: str) -> Iterator[InterruptEvent]:
    """The deliveries in a QEMU ``-d int`` log."""
    for match in _QEMU_LINE.finditer(text):
        vector = int(match["v"], 16)
        software = match["i"] == "1"
        kind = "software" if software else "external" if vector >= 0x20 else "exception"
        yield InterruptEvent(
            vector,
            kind,
            int(match["e"], 16),
            int(match["cs"], 16),
            int(match["ip"], 16),
            int(match["cpl"]),
            int(match["cr2"], 16) if match["cr2"] else 0,
            int(match["sp"], 16),
            "",  # QEMU's line does not say
        )
