"""Boots that fail in longmode's loader end with the failure's own exit status
(longmode.boot.failures), never 0: truncated images, bit flips in stage 2, and
each failure the tests can force, in our machine (in-process) and a sample in QEMU.

Kernels are made with make_elf (no compiler): the intact image exits through
isa-debug-exit with 0x10 (status 33), so any other status is the loader's.
"""

from __future__ import annotations

import random
import struct
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from boot_kernels import EXIT_OK, QEMU, Boot, boot, make_elf
from unicorn import UC_HOOK_INSN
from unicorn import x86_const as X

from longmode.boot import bootinfo
from longmode.boot.failures import PREFIX, LoaderFailure, loader_failure
from longmode.boot.image import build_image
from longmode.machine.bios import Disk, install_bios
from longmode.machine.bios.services import ServiceCall
from longmode.machine.board import Board
from longmode.machine.machine import Machine, MachineConfig, Outcome
from longmode.machine.memory import parse_memory_size

from support import run_longmode

pytestmark = pytest.mark.slow

SECTOR = 512
MIB = 1 << 20
#: mov al, 0x10; out 0xF4, al; cli; hlt
EXIT_CODE = bytes.fromhex("b010e6f4faf4")
HIGHER_HALF = 0xFFFFFFFF80100000
SEED = 20250601


# --- the kernels and the image layout ---------------------------------------------


def _exit_kernel() -> bytes:
    """Code at 1 MiB and 96 KiB of data: the file spans two 64-sector reads."""
    data = random.Random(SEED).randbytes(96 * 1024)
    return make_elf(
        [(0x100000, 0x100000, EXIT_CODE, 0x1000), (0x101000, 0x101000, data, len(data))],
        0x100000,
    )


def _big_bss_kernel() -> bytes:
    """40 MiB of .bss: it cannot fit in 32 MiB of RAM."""
    return make_elf([(0x100000, 0x100000, EXIT_CODE, 40 * MIB)], 0x100000)


def _higher_half_kernel() -> bytes:
    return make_elf([(HIGHER_HALF, 0x100000, EXIT_CODE, 0x1000)], HIGHER_HALF)


def _many_slots_kernel() -> bytes:
    """30 pages, each in its own PML4 slot (257, 258, ...): each needs a PDPT, a PD and a
    page table, 90 pages of tables where the loader has about 75."""
    segments = [
        (0xFFFF800000000000 + ((1 + i) << 39), 0x100000 + i * 0x1000, EXIT_CODE, 0x1000)
        for i in range(30)
    ]
    return make_elf(segments, segments[0][0])


KERNELS: dict[str, Callable[[], bytes]] = {
    "exit": _exit_kernel,
    "big-bss": _big_bss_kernel,
    "higher-half": _higher_half_kernel,
    "many-slots": _many_slots_kernel,
}


@pytest.fixture(scope="module")
def images(tmp_path_factory: pytest.TempPathFactory) -> dict[str, bytes]:
    directory = tmp_path_factory.mktemp("loader-failures")
    made = {}
    for name, make in KERNELS.items():
        kernel = directory / f"{name}.elf"
        kernel.write_bytes(make())
        made[name] = build_image(kernel)
    return made


@dataclass(frozen=True)
class Layout:
    """Where stage 2 and the kernel file are in an image (from stage 1 and stage 2's
    parameter block)."""

    stage2_sectors: int
    kernel_lba: int
    kernel_size: int

    @classmethod
    def of(cls, image: bytes) -> Layout:
        (sectors,) = struct.unpack_from("<H", image, bootinfo.STAGE1_COUNT_OFFSET)
        lba, size = struct.unpack_from("<II", image, SECTOR + bootinfo.PARAMS_OFFSET + 8)
        return cls(sectors, lba, size)

    @property
    def stage2(self) -> slice:
        return slice(SECTOR, SECTOR * (1 + self.stage2_sectors))

    @property
    def kernel_end_lba(self) -> int:
        return self.kernel_lba + -(-self.kernel_size // SECTOR)


def expected_after_cut(image: bytes, cut: int) -> LoaderFailure | None:
    """What the loader must say for ``image[:cut]``: the disk holds whole sectors (the
    last one padded with zeros, as QEMU and our machine pad it)."""
    layout = Layout.of(image)
    on_disk = -(-cut // SECTOR)
    if on_disk < 1 + layout.stage2_sectors:
        return LoaderFailure.STAGE2_READ
    disk = image[:cut].ljust(on_disk * SECTOR, b"\0")
    if disk[layout.stage2] != image[layout.stage2]:
        return _expected_after_damage(image, disk)
    if on_disk < layout.kernel_end_lba:
        return LoaderFailure.KERNEL_READ
    return None  # the loader reads whole sectors: the zeros are not noticed


def _expected_after_damage(image: bytes, damaged: bytes) -> LoaderFailure:
    magic = slice(SECTOR + bootinfo.PARAMS_OFFSET, SECTOR + bootinfo.PARAMS_OFFSET + 4)
    if damaged[magic] != image[magic]:
        return LoaderFailure.STAGE2_MISSING
    return LoaderFailure.STAGE2_DAMAGED


def cut_points(image: bytes) -> list[int]:
    """Cuts inside stage 2, between it and the kernel, and inside the kernel file (each
    leaving out at least its last sector), a few chosen and a few at random."""
    layout = Layout.of(image)
    n, k = layout.stage2_sectors, layout.kernel_lba
    last = (layout.kernel_end_lba - 1) * SECTOR
    chosen = [
        SECTOR, SECTOR + 1, SECTOR + 12, 2 * SECTOR, SECTOR * (1 + n // 2) + 7,
        SECTOR * n + 1, SECTOR * (1 + n) - 1, SECTOR * (1 + n), k * SECTOR - 1,
        k * SECTOR, k * SECTOR + 100, (k + 64) * SECTOR, (k + 64) * SECTOR + 1, last,
    ]  # fmt: skip
    rng = random.Random(SEED)
    return chosen + sorted(rng.randrange(SECTOR, last + 1) for _ in range(8))


def bit_flips(image: bytes, count: int = 24) -> list[tuple[int, int]]:
    """Seeded (offset, bit) pairs in the stage-2 sectors, its magic's first byte first."""
    stage2 = Layout.of(image).stage2
    rng = random.Random(SEED)
    flips = [(SECTOR + bootinfo.PARAMS_OFFSET, 0)]
    flips += [(rng.randrange(stage2.start, stage2.stop), rng.randrange(8)) for _ in range(count)]
    return flips


def flipped(image: bytes, offset: int, bit: int) -> bytes:
    damaged = bytearray(image)
    damaged[offset] ^= 1 << bit
    return bytes(damaged)


# --- booting in our machine -----------------------------------------------------------


def boot_ours(
    image: bytes, memory: str = "32M", change: Callable[[Machine], None] | None = None
) -> Machine:
    """Boots ``image`` in our machine, after ``change`` (a broken BIOS service, a CPU
    without long mode); the run must end by the exit port or a halt."""
    machine = Machine(MachineConfig(memory=parse_memory_size(memory), timeout=60))
    install_bios(machine, [Disk(image)])
    if change is not None:
        change(machine)
    result = machine.run()
    assert result.outcome in (Outcome.EXITED, Outcome.HALTED), result.message
    return machine


def status_of(machine: Machine) -> int:
    assert machine.result is not None
    return machine.result.exit_status


def no_disk_geometry(answers: int) -> Callable[[Machine], None]:
    """A BIOS without INT 13h extensions whose AH=08h (drive parameters) answers
    ``answers`` times, then fails."""

    def change(machine: Machine) -> None:
        disk_services = machine.vectors[0x13]
        left = [answers]

        def int13(board: Board, vector: int) -> None:
            ah = board.cpu.get("ah")
            if ah == 0x41 or (ah == 0x08 and left[0] == 0):
                ServiceCall(board, vector).fail(0x01)
                return
            if ah == 0x08:
                left[0] -= 1
            disk_services(board, vector)

        machine.vectors[0x13] = int13

    return change


def no_memory_size(machine: Machine) -> None:
    """A BIOS without INT 15h E820h, E801h and 88h."""
    system_services = machine.vectors[0x15]

    def int15(board: Board, vector: int) -> None:
        ax = board.cpu.get("ax")
        if ax in (0xE820, 0xE801) or ax >> 8 == 0x88:
            ServiceCall(board, vector).fail(0x86)
        else:
            system_services(board, vector)

    machine.vectors[0x15] = int15


def no_long_mode(machine: Machine) -> None:
    """A CPU whose CPUID leaf 80000001h reports nothing: no long mode, as QEMU's qemu32."""

    def cpuid(uc: object, _: object) -> int:
        if machine.cpu.get("eax") != 0x80000001:
            return 0  # unicorn answers
        for register in ("eax", "ebx", "ecx", "edx"):
            machine.cpu.set(register, 0)
        return 1  # answered here

    machine.uc.hook_add(UC_HOOK_INSN, cpuid, None, 1, 0, X.UC_X86_INS_CPUID)


def kernel_offset(image: bytes) -> int:
    return Layout.of(image).kernel_lba * SECTOR


def not_elf(image: bytes) -> bytes:
    return flipped(image, kernel_offset(image), 0)  # 0x7f 'E' 'L' 'F' -> 0x7e ...


def segment_in_identity_map(image: bytes) -> bytes:
    """The first program header's p_vaddr moved to 1 GiB (identity-mapped with large
    pages), as `longmode image` never writes it."""
    damaged = bytearray(image)
    struct.pack_into("<Q", damaged, kernel_offset(image) + 64 + 16, 1 << 30)
    return bytes(damaged)


@dataclass(frozen=True)
class Case:
    """One way to make the loader fail."""

    failure: LoaderFailure
    kernel: str = "exit"
    damage: Callable[[bytes], bytes] = field(default=lambda image: image)
    memory: str = "32M"
    #: A change to our machine (its BIOS or CPU) that forces the failure there.
    ours: Callable[[Machine], None] | None = None
    #: QEMU's options that force it; None when QEMU cannot be made to.
    qemu: tuple[str, ...] | None = ()


CASES = [
    Case(LoaderFailure.STAGE2_READ, damage=lambda image: image[: 2 * SECTOR]),
    Case(LoaderFailure.STAGE2_GEOMETRY, ours=no_disk_geometry(answers=0), qemu=None),
    Case(LoaderFailure.STAGE2_MISSING, damage=lambda image: flipped(image, SECTOR + 9, 3)),
    Case(LoaderFailure.STAGE2_DAMAGED, damage=lambda image: flipped(image, SECTOR + 100, 5)),
    Case(LoaderFailure.NO_MEMORY_MAP, ours=no_memory_size, qemu=None),
    Case(LoaderFailure.NOT_ENOUGH_MEMORY, kernel="big-bss"),
    Case(LoaderFailure.NO_LONG_MODE, ours=no_long_mode, qemu=("-cpu", "qemu32")),
    Case(LoaderFailure.KERNEL_GEOMETRY, ours=no_disk_geometry(answers=1), qemu=None),
    Case(LoaderFailure.KERNEL_READ, damage=lambda image: image[: kernel_offset(image) + 700]),
    Case(LoaderFailure.NOT_ELF64, damage=not_elf),
    Case(LoaderFailure.IDENTITY_MAP_OVERLAP, kernel="higher-half", damage=segment_in_identity_map),
    Case(LoaderFailure.PAGE_TABLES_FULL, kernel="many-slots"),
]
#: Forced in test_boot_a20.py (a machine whose A20 line stays off).
FORCED_ELSEWHERE = {LoaderFailure.A20}


def test_every_failure_in_the_table_is_forced_by_a_test() -> None:
    forced = [case.failure for case in CASES]
    assert len(set(forced)) == len(forced)
    assert set(forced) | FORCED_ELSEWHERE == set(LoaderFailure)


def test_the_intact_images_boot(images: dict[str, bytes]) -> None:
    assert status_of(boot_ours(images["exit"])) == EXIT_OK
    assert status_of(boot_ours(images["higher-half"])) == EXIT_OK


def _check_report(machine: Machine, image: bytes, failure: LoaderFailure) -> None:
    status = status_of(machine)
    assert status == failure.exit_status, (machine.screen.lines()[:2], machine.serial.text())
    assert loader_failure(image, status) is failure
    assert PREFIX + failure.message in machine.screen.text()
    if failure.stage == 2:  # stage 2 also says it on COM1
        assert machine.serial.text() == PREFIX + failure.message


@pytest.mark.parametrize("case", CASES, ids=[case.failure.name for case in CASES])
def test_each_failure_exits_with_its_own_status_in_our_machine(
    images: dict[str, bytes], case: Case
) -> None:
    image = case.damage(images[case.kernel])
    machine = boot_ours(image, case.memory, case.ours)
    _check_report(machine, image, case.failure)


def test_truncated_images_end_with_the_loaders_status(images: dict[str, bytes]) -> None:
    image = images["exit"]
    wrong = []
    for cut in cut_points(image):
        expected = expected_after_cut(image, cut)
        assert expected is not None, cut
        status = status_of(boot_ours(image[:cut]))
        if status != expected.exit_status or loader_failure(image[:cut], status) is not expected:
            wrong.append(f"cut at {cut}: status {status}, not {expected.exit_status}")
    assert not wrong, "\n".join(wrong)


def test_stage2_bit_flips_end_with_the_loaders_status(images: dict[str, bytes]) -> None:
    image = images["exit"]
    wrong = []
    for offset, bit in bit_flips(image):
        damaged = flipped(image, offset, bit)
        expected = _expected_after_damage(image, damaged)
        status = status_of(boot_ours(damaged))
        if status != expected.exit_status or loader_failure(damaged, status) is not expected:
            wrong.append(f"bit {bit} of {offset:#x}: status {status}, not {expected.exit_status}")
    assert not wrong, "\n".join(wrong)


# --- the same in QEMU ---------------------------------------------------------------


def test_each_stage2_sector_filled_with_hlt_is_found_damaged(images: dict[str, bytes]) -> None:
    """Stage 1 checks the first two stage-2 sectors, stage 2 the others with code from
    those two: whichever sector is overwritten (with `hlt`s, which would halt a loader
    that ran them), the loader stops with STAGE2_DAMAGED (STAGE2_MISSING for the
    first, which holds the magic) and prints it."""
    image = images["exit"]
    layout = Layout.of(image)
    assert layout.stage2_sectors > bootinfo.STAGE1_CHECKED_SECTORS
    wrong = []
    for sector in range(layout.stage2_sectors):
        start = SECTOR * (1 + sector)
        damaged = image[:start] + b"\xf4" * SECTOR + image[start + SECTOR :]
        expected = _expected_after_damage(image, damaged)
        machine = boot_ours(damaged)
        if status_of(machine) != expected.exit_status:
            wrong.append(f"sector {sector} of stage 2: status {status_of(machine)}")
        elif PREFIX + expected.message not in machine.screen.text():
            wrong.append(f"sector {sector} of stage 2: not on the screen")
    assert not wrong, "\n".join(wrong)


def _qemu_sample(images: dict[str, bytes]) -> dict[str, tuple[bytes, str, tuple[str, ...]]]:
    """name -> (image, memory, QEMU options): every case QEMU can force, and a few of the
    truncations and bit flips."""
    sample = {
        case.failure.name: (case.damage(images[case.kernel]), case.memory, case.qemu)
        for case in CASES
        if case.qemu is not None
    }
    image = images["exit"]
    sample["intact"] = (image, "32M", ())
    for cut in cut_points(image)[::4]:
        sample[f"cut-{cut}"] = (image[:cut], "32M", ())
    for offset, bit in bit_flips(image)[::6]:
        sample[f"flip-{offset:#x}-{bit}"] = (flipped(image, offset, bit), "32M", ())
    return sample


@pytest.fixture(scope="module")
def qemu_boots(
    images: dict[str, bytes], tmp_path_factory: pytest.TempPathFactory
) -> dict[str, tuple[bytes, Boot]]:
    if QEMU is None:
        pytest.skip("qemu-system-x86_64 is not installed")
    directory = tmp_path_factory.mktemp("loader-failures-qemu")
    sample = _qemu_sample(images)
    paths = {}
    for name, (image, _, _) in sample.items():
        paths[name] = directory / f"{name}.img"
        paths[name].write_bytes(image)
    with ThreadPoolExecutor(max_workers=2) as pool:
        futures = {
            name: pool.submit(boot, paths[name], memory, extra=extra, timeout=30)
            for name, (_, memory, extra) in sample.items()
        }
        return {name: (sample[name][0], future.result()) for name, future in futures.items()}


def test_qemu_exits_with_the_same_status_as_our_machine(
    qemu_boots: dict[str, tuple[bytes, Boot]],
) -> None:
    cases = {case.failure.name: case for case in CASES}
    wrong = []
    for name, (image, theirs) in qemu_boots.items():
        case = cases.get(name)
        change = case.ours if case is not None else None
        ours = boot_ours(image, case.memory if case is not None else "32M", change)
        if theirs.status != status_of(ours):
            wrong.append(f"{name}: QEMU {theirs.status}, ours {status_of(ours)}")
    assert not wrong, "\n".join(wrong)


def test_qemu_gives_each_forced_failure_its_status_and_stage2_says_it_on_com1(
    qemu_boots: dict[str, tuple[bytes, Boot]],
) -> None:
    assert qemu_boots["intact"][1].status == EXIT_OK
    for case in CASES:
        if case.qemu is None:
            continue
        image, theirs = qemu_boots[case.failure.name]
        assert theirs.status == case.failure.exit_status, (case.failure, theirs.serial)
        assert loader_failure(image, theirs.status) is case.failure
        if case.failure.stage == 2:
            assert theirs.serial == PREFIX + case.failure.message


# --- through `longmode run` ---------------------------------------------------------


@pytest.mark.parametrize(
    "failure", [LoaderFailure.STAGE2_DAMAGED, LoaderFailure.NOT_ELF64], ids=lambda f: f.name
)
def test_longmode_run_exits_with_the_loaders_status_in_both_machines(
    images: dict[str, bytes], tmp_path: Path, failure: LoaderFailure
) -> None:
    case = next(case for case in CASES if case.failure is failure)
    image = tmp_path / "disk.img"
    image.write_bytes(case.damage(images[case.kernel]))
    runs = [("ours", ())] + ([("QEMU", ("--qemu", "--timeout", "30"))] if QEMU else [])
    for machine, options in runs:
        done = run_longmode("run", image, "--display", "none", "-m", "32M", *options)
        assert done.returncode == failure.exit_status, (machine, done.stderr)
        if failure.stage == 2:
            assert done.stdout == PREFIX + failure.message, machine
        report = "QEMU: " if machine == "QEMU" else ""
        assert done.stderr.splitlines()[-1] == (
            f"longmode run: {report}longmode's loader (stage {failure.stage}) failed: "
            f"{failure.message} ({failure.description}); exit status {failure.exit_status}"
        )
