"""A guest that leaves the 8259s for the local APIC and the I/O APIC (apic_guest.asm,
assembled by NASM), booted by `longmode run` in our machine and with --qemu: the same
COM1 transcript, line for line — the APICs as the BIOS leaves them, the APIC timer,
the PIT, keyboard and IDE interrupts through the I/O APIC, self-IPIs, task priority,
and a sector written and read back through the ATA ports.
"""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from support import run_longmode

HERE = Path(__file__).resolve().parent
NASM = shutil.which("nasm")
QEMU = shutil.which("qemu-system-x86_64")
EXIT_OK = 33

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(NASM is None or QEMU is None, reason="needs nasm and qemu-system-x86_64"),
]


def run(image: Path, *machine: str) -> list[str]:
    done = run_longmode("run", image, "--timeout", "120", "--display", "none", *machine)
    assert done.returncode == EXIT_OK, done.stdout + done.stderr
    return done.stdout.splitlines()


@pytest.fixture(scope="module")
def transcripts(tmp_path_factory: pytest.TempPathFactory) -> dict[str, list[str]]:
    """Each machine's COM1 lines; each boots its own copy (the guest writes its disk)."""
    directory = tmp_path_factory.mktemp("apic")
    assert NASM is not None
    source = HERE / "apic_guest.asm"
    out = {}
    for name, machine in (("ours", ()), ("qemu", ("--qemu",))):
        image = directory / f"{name}.img"
        subprocess.run([NASM, "-f", "bin", str(source), "-o", str(image)], check=True)
        out[name] = run(image, *machine)
    return out


def test_the_guest_runs_every_step_in_qemu(transcripts: dict[str, list[str]]) -> None:
    """The reference: QEMU runs the guest to its end with the values it checks."""
    qemu = transcripts["qemu"]
    assert qemu[-1] == "done"
    assert any(line.startswith("pit pin2-ticks>=5 pin0-ticks=00000000") for line in qemu)
    assert "keyboard irqs=00000001 byte=000000AB" in qemu


@pytest.mark.parametrize(
    "step",
    [
        "lapic", "lvt", "ioapic", "redirection", "apic", "timer periodic", "timer one-shot",
        "timer masked", "pit", "keyboard", "self-ipi", "tpr", "ata read", "ata write", "done",
    ],
)  # fmt: skip
def test_each_step_reports_what_qemu_reports(transcripts: dict[str, list[str]], step: str) -> None:
    def line(name: str) -> str:
        found = [line for line in transcripts[name] if line.startswith(step)]
        assert len(found) == 1, f"{name}: {step!r} in {transcripts[name]}"
        return found[0]

    assert line("ours") == line("qemu")


def test_the_transcripts_are_identical(transcripts: dict[str, list[str]]) -> None:
    assert transcripts["ours"] == transcripts["qemu"]
