"""The APICs and the ATA ports: our machine against QEMU, on the same images, in one run.

    .venv/bin/python bench/bench_apic_ata.py [--skip-ata]

(a) an APIC timer storm (bench/images/apic_timer_storm.asm: the local APIC's timer
    periodic at 10 kHz, 10^5 interrupts handled with an EOI each): host CPU time
    (user + system) per interrupt, of the longmode process and of QEMU's. QEMU's
    wall time is capped by its real-time clock (10 s), so only CPU is compared;
(b) 64 MiB read through the ATA ports (bench/images/ata_read.asm: READ SECTORS of
    256 sectors, polled, `rep insw` per sector, from the primary slave — `--disk`
    for us, `-drive index=1` for QEMU): wall time of each process.

Both machines run here, now, on the same images: compare the ratios, not the
absolutes (other load on the machine skews both).
"""

from __future__ import annotations

import argparse
import struct
import sys
import tempfile
from pathlib import Path

from bench_machine import GUEST_MIB, HERE, QEMU, Measured, ours, qemu, report, timed

STORM_IRQS = 100_000
ATA_MIB = 64
SECTOR = 512
EXIT_OK = 33


def build(directory: Path, name: str) -> Path:
    """bench/images/NAME.asm, assembled by our assembler."""
    from longmode.asm import assemble

    source = HERE / "images" / f"{name}.asm"
    path = directory / f"{name}.img"
    path.write_bytes(
        assemble(source.read_text(), filename=str(source), include_paths=[str(source.parent)])
    )
    return path


def numbered_disk(path: Path, mib: int) -> Path:
    """A disk whose every sector starts with its own LBA (what ata_read.asm checks)."""
    padding = bytes(SECTOR - 4)
    with path.open("wb") as disk:
        for lba in range(mib * 2048):
            disk.write(struct.pack("<I", lba) + padding)
    return path


def checked(measured: Measured, what: str) -> Measured:
    if measured.status != EXIT_OK:
        raise SystemExit(f"bench_apic_ata: {what} exited with {measured.status}, not {EXIT_OK}")
    return measured


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--skip-ata", action="store_true", help="run (a) only")
    args = parser.parse_args()
    if QEMU is None:
        print("bench_apic_ata: needs qemu-system-x86_64", file=sys.stderr)
        return 2
    with tempfile.TemporaryDirectory() as name:
        directory = Path(name)
        storm = build(directory, "apic_timer_storm")
        mine = checked(timed(ours(storm)), "our machine (storm)")
        theirs = checked(timed(qemu(storm)), "QEMU (storm)")
        report(
            "(a) APIC timer 10 kHz, CPU per IRQ",
            mine.cpu / STORM_IRQS * 1e6,
            theirs.cpu / STORM_IRQS * 1e6,
            "us",
            "reported",
        )
        print(f"    wall: ours {mine.wall:.2f} s, QEMU {theirs.wall:.2f} s (real-time timer)")
        if not args.skip_ata:
            image = build(directory, "ata_read")
            disk = numbered_disk(directory / "disk.img", ATA_MIB)
            mine = checked(timed(ours(image, "--disk", str(disk), "--fast")), "our machine (ATA)")
            theirs = checked(
                timed([*qemu(image), "-drive", f"format=raw,file={disk},index=1"]), "QEMU (ATA)"
            )
            report(
                f"(b) {ATA_MIB} MiB through the ATA ports", mine.wall, theirs.wall, "s", "reported"
            )
        print(f"(guest RAM {GUEST_MIB} MiB in both)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
