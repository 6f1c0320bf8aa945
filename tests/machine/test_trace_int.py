"""``longmode run --trace int``: the same lines from our machine and from QEMU's ``-d int``
for the guest's own interrupts and exceptions (the protected-mode gate-check guest:
`int 40h`-`46h` through broken gates, each faulting with #GP or #NP)."""

from __future__ import annotations

import re
from pathlib import Path

from test_gate_checks_in_both_machines import GUESTS, QEMU, pytestmark  # noqa: F401

from longmode.asm import assemble
from longmode.machine.hooks import InterruptEvent
from longmode.run.trace import from_qemu_log, line

from support import run_longmode

#: Lines of the guest's 32-bit code (CS 0008h) and ring 3; the BIOS's real-mode
#: interrupts and the loader's differ between the machines' firmware.
GUEST_LINE = re.compile(r"^int .* cs=(0008|001b|0023) .*$", re.M)


def _trace(image: Path, *extra: str) -> tuple[int, list[str]]:
    done = run_longmode(
        "run", image, "--display", "none", "--timeout", "30", "--trace", "int", *extra
    )
    return done.returncode, [match.group(0) for match in GUEST_LINE.finditer(done.stderr)]


def test_both_machines_trace_the_same_interrupts_and_exceptions(tmp_path: Path) -> None:
    image = tmp_path / "protected.img"
    image.write_bytes(assemble(GUESTS["protected"], filename="protected.asm"))
    status, ours = _trace(image)
    qemu_status, theirs = _trace(image, "--qemu")
    assert status == qemu_status == 33
    assert ours == theirs
    # int 40h, then the #GP its zero gate raises, with the IDT entry as error code
    assert re.match(r"int v=40 \(int\) cs=0008 rip=0x[0-9a-f]+ cpl=0 rsp=0x", ours[0])
    assert re.match(r"int v=0d #GP e=0x0202 cs=0008 ", ours[1])
    assert len(ours) == 14  # seven `int n`, each with its fault


def test_a_qemu_log_line_reads_as_ours() -> None:
    log = (
        "check_exception old: 0xffffffff new 0xe\n"
        "     3: v=0e e=0002 i=0 cpl=0 IP=0008:0000000000100123 pc=0000000000100123 "
        "SP=0010:00000000001ffe80 CR2=00000000deadb000\n"
        "RAX=0000000000000000 RBX=...\n"
        "     4: v=20 e=0000 i=0 cpl=3 IP=001b:0000000000400000 pc=0000000000400000 "
        "SP=0023:0000000000500000 env->regs[R_EAX]=0000000000000000\n"
    )
    page_fault, irq = from_qemu_log(log)
    assert page_fault == InterruptEvent(
        14, "exception", 2, 8, 0x100123, 0, 0xDEADB000, 0x1FFE80, ""
    )
    named = line(page_fault, lambda address: f"{address:#x} <kernel::f+0x3>")
    assert named == (
        "int v=0e #PF e=0x0002 cs=0008 rip=0x100123 <kernel::f+0x3> cpl=0 rsp=0x1ffe80 "
        "cr2=0xdeadb000"
    )
    assert line(irq, hex) == "int v=20 (irq) cs=001b rip=0x400000 cpl=3 rsp=0x500000"
