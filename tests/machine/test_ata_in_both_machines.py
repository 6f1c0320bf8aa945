"""A guest that drives the IDE channels through their ports (ata_guest.asm, assembled
by NASM), booted by `longmode run` in our machine and with --qemu: the same COM1
transcript, apart from ata_known_differences.txt; the sectors it reports are the
images' own bytes; its writes reach the --disk files only with --persist.
"""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from longmode.machine.bios.disk import hard_disk_geometry

from support import comparable_lines, run_longmode

HERE = Path(__file__).resolve().parent
NASM = shutil.which("nasm")
QEMU = shutil.which("qemu-system-x86_64")
KNOWN_DIFFERENCES = HERE / "ata_known_differences.txt"
EXIT_OK = 33
SECTOR = 512

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(NASM is None or QEMU is None, reason="needs nasm and qemu-system-x86_64"),
]


def disk_image(number: int, sectors: int) -> bytes:
    """Every sector different, every byte of it too."""
    return bytes(
        ((lba * 7 + i * 13 + number * 101) ^ (i >> 5)) & 0xFF
        for lba in range(sectors)
        for i in range(SECTOR)
    )


def dump(data: bytes) -> str:
    """What the guest prints for sectors: 8 bytes in hex and the byte sum, each."""
    sectors = [data[i : i + SECTOR] for i in range(0, len(data), SECTOR)]
    return " ".join(f"{s[:8].hex().upper()}:{sum(s) & 0xFFFF:04X}" for s in sectors)


@pytest.fixture(scope="module")
def images(tmp_path_factory: pytest.TempPathFactory) -> Path:
    directory = tmp_path_factory.mktemp("ata")
    assert NASM is not None
    subprocess.run(
        [NASM, "-f", "bin", str(HERE / "ata_guest.asm"), "-o", str(directory / "guest.img")],
        check=True,
    )
    (directory / "disk1.img").write_bytes(disk_image(1, 200))
    (directory / "disk2.img").write_bytes(disk_image(2, 100))
    return directory


def run(directory: Path, *machine: str) -> str:
    done = run_longmode(
        "run", directory / "guest.img",
        "--disk", directory / "disk1.img", "--disk", directory / "disk2.img",
        "--timeout", "120", "--display", "none", *machine,
    )  # fmt: skip
    assert done.returncode == EXIT_OK, done.stderr
    return done.stdout


@pytest.fixture(scope="module")
def transcripts(images: Path) -> dict[str, dict[str, str]]:
    """Each machine's lines, by their first word."""
    out = {}
    for name, machine in (("ours", ()), ("qemu", ("--qemu",))):
        text = run(images, *machine)
        out[name] = {line.split(" ", 1)[0]: line for line in text.splitlines()}
        out[name][""] = text
    return out


def test_the_guest_prints_the_same_in_our_machine_and_in_qemu(
    transcripts: dict[str, dict[str, str]],
) -> None:
    ours, theirs = transcripts["ours"][""], transcripts["qemu"][""]
    assert ours.splitlines()[-1] == "done"
    assert comparable_lines(ours, KNOWN_DIFFERENCES) == comparable_lines(theirs, KNOWN_DIFFERENCES)


@pytest.mark.parametrize("machine", ["ours", "qemu"])
def test_the_sectors_read_through_the_ports_are_the_images_bytes(
    transcripts: dict[str, dict[str, str]], machine: str
) -> None:
    lines = transcripts[machine]
    disk = disk_image(1, 200)

    def sectors(lba: int, count: int = 1) -> str:
        return dump(disk[lba * SECTOR : (lba + count) * SECTOR])

    assert lines["lba28"] == f"lba28 {sectors(1, 2)} "
    chs = hard_disk_geometry(200).lba(0, 1, 5)  # cylinder 0, head 1, sector 5
    assert lines["chs"] == f"chs {sectors(chs)} "
    assert lines["lba48"] == f"lba48 {sectors(150)} "
    assert lines["read-multiple"] == f"read-multiple {sectors(10, 6)} "


@pytest.mark.parametrize("machine", ["ours", "qemu"])
def test_the_ports_and_int13h_see_one_disk(
    transcripts: dict[str, dict[str, str]], machine: str
) -> None:
    lines = transcripts[machine]
    written = dump(bytes((0x5A + i) & 0xFF for i in range(SECTOR)))
    assert lines["read-back"] == f"read-back {written} "
    assert lines["int13-read-back"] == f"int13-read-back {written} "
    two = dump(bytes((0xC3 + i) & 0xFF for i in range(2 * SECTOR)))
    assert lines["read-back-ext"] == f"read-back-ext {two} "
    by_int13 = dump(bytes((0x11 + i) & 0xFF for i in range(SECTOR)))
    assert lines["int13-write"] == f"int13-write {by_int13} "


@pytest.mark.parametrize("machine", ["ours", "qemu"])
def test_identify_names_each_drive_and_gives_its_size(
    images: Path, transcripts: dict[str, dict[str, str]], machine: str
) -> None:
    guest = len((images / "guest.img").read_bytes()) // SECTOR
    for drive, sectors in (("0", guest), ("1", 200), ("2", 100)):
        data = bytes.fromhex(transcripts[machine][f"identify-{drive}"].split()[1])
        words = [int.from_bytes(data[i : i + 2], "little") for i in range(0, SECTOR, 2)]
        assert words[60] == sectors
        serial = bytes(data[20 + (i ^ 1)] for i in range(20)).decode().rstrip()
        assert serial == f"QM0000{int(drive) + 1}"
        model = bytes(data[54 + (i ^ 1)] for i in range(40)).decode().rstrip()
        assert model == "QEMU HARDDISK"


@pytest.mark.parametrize("machine", [(), ("--qemu",)], ids=["ours", "qemu"])
def test_disk_writes_reach_the_disk_files_only_with_persist(
    tmp_path: Path, images: Path, machine: tuple[str, ...]
) -> None:
    for name in ("guest.img", "disk1.img", "disk2.img"):
        shutil.copy(images / name, tmp_path / name)
    run(tmp_path, *machine)
    assert (tmp_path / "disk1.img").read_bytes() == disk_image(1, 200)
    run(tmp_path, *machine, "--persist")
    expected = bytearray(disk_image(1, 200))
    expected[5 * SECTOR : 6 * SECTOR] = bytes((0x5A + i) & 0xFF for i in range(SECTOR))
    expected[20 * SECTOR : 22 * SECTOR] = bytes((0xC3 + i) & 0xFF for i in range(2 * SECTOR))
    expected[30 * SECTOR : 31 * SECTOR] = bytes((0x11 + i) & 0xFF for i in range(SECTOR))
    assert (tmp_path / "disk1.img").read_bytes() == expected
    assert (tmp_path / "disk2.img").read_bytes() == disk_image(2, 100)
    assert (tmp_path / "guest.img").read_bytes() == (images / "guest.img").read_bytes()
