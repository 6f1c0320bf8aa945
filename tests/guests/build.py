"""Real bootloaders on disk images: the test data of tests/guests and bench/bench_guests.py.

    .venv/bin/python tests/guests/build.py [NAME ...] [--cache DIR] [--list]

Each image boots hello.c, a 32-bit Multiboot 1 kernel of ours, through a
bootloader that no one here wrote, taken from Debian's packages
(scripts/setup.sh installs them):

    grub-memdisk     GRUB 2 (grub-pc-bin): boot.img in the MBR, core.img right
                     after it with an embedded config and a memdisk holding the kernel
    grub-fat         GRUB 2: boot.img, core.img in the gap before a FAT16 partition
                     that holds the kernel (read through biosdisk, INT 13h)
    syslinux-disk    SYSLINUX: mbr.bin, then an active FAT16 partition whose boot
                     sector loads ldlinux.sys; mboot.c32 loads the kernel
    syslinux-floppy  SYSLINUX on a 1.44 MB FAT12 floppy, mboot.c32
    isolinux-hybrid  ISOLINUX on an isohybrid ISO 9660 image booted as a hard disk
                     (isohdpfx.bin in the MBR), mboot.c32

Every file system is written into plain files (mkfs.fat --offset, mtools,
syslinux --install --offset, xorriso): no loop device, no mount, no root.
Images are cached in build/guests/ under a key made of everything that goes
in (this file, the kernel's sources, the package files and the tools'
executables), so they are rebuilt only when an input changes; a build takes
well under a second. A missing tool or package file raises
:class:`Unavailable`, whose message names the Debian package to install.
"""

from __future__ import annotations

import argparse
import hashlib
import os
import shutil
import struct
import subprocess
import sys
import tarfile
import tempfile
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
#: Where images are kept (``build/`` is not versioned).
CACHE = ROOT / "build" / "guests"
SECTOR = 512
#: Every file put on an image gets this modification time (2020-01-01 00:00 UTC),
#: and xorriso gets it as SOURCE_DATE_EPOCH, so that builds repeat.
FIXED_MTIME = 1577836800
KERNEL_NAME = "hello.elf"

# The GRUB 2 i386-pc boot.img layout (include/grub/i386/pc/boot.h).
GRUB_BOOT_MACHINE_KERNEL_SECTOR = 0x5C  # 8 bytes: the LBA of core.img's first sector
GRUB_BOOT_MACHINE_BOOT_DRIVE = 0x64  # 1 byte: 0xFF = the drive the BIOS passed in DL
GRUB_BOOT_MACHINE_DRIVE_CHECK = 0x66  # 2 bytes: a jmp that grub-install NOPs on hard disks
#: The end of the boot code: the disk signature, then the partition table follow.
MBR_CODE_END = 0x1B8
MBR_PARTITION_TABLE = 0x1BE
MBR_SIGNATURE = 0x1FE
#: diskboot.img (core.img's first sector) ends with its first blocklist entry:
#: u64 start sector, u16 sector count, u16 load segment (GRUB_BOOT_MACHINE_LIST_SIZE).
GRUB_BLOCKLIST = struct.Struct("<QHH")

#: Where the partition of the partitioned images starts (1 MiB, as fdisk puts it).
PARTITION_START = 2048
#: A partitioned image's size: FAT16 needs 4085 clusters at least.
PARTITIONED_SIZE = 16 << 20
#: A 1.44 MB floppy (80 cylinders, 2 heads, 18 sectors).
FLOPPY_SIZE = 1474560

CFLAGS = [
    "-m32", "-ffreestanding", "-nostdlib", "-fno-pic", "-fno-pie", "-fno-stack-protector",
    "-fno-asynchronous-unwind-tables", "-O2", "-Wall", "-Wextra", "-Werror",
]  # fmt: skip
LDFLAGS = [
    "-m", "elf_i386", "-nostdlib", "-static", "-z", "max-page-size=0x1000", "--build-id=none",
]  # fmt: skip


class Unavailable(Exception):
    """A tool or a package file that a build needs is missing (the message says which
    Debian package has it)."""


@dataclass(frozen=True)
class Tool:
    """A program a build runs, and the Debian package that installs it."""

    command: str
    package: str

    def path(self) -> Path:
        found = shutil.which(self.command)
        if found is None:
            raise Unavailable(f"{self.command} is not installed (Debian package {self.package})")
        return Path(found)  # not resolved: mtools tells mcopy by the name it is run by


@dataclass(frozen=True)
class PackageFile:
    """A file or folder a package installs; the first existing candidate is used
    (Debian's path first)."""

    candidates: tuple[str, ...]
    package: str

    def path(self) -> Path:
        for candidate in self.candidates:
            if Path(candidate).exists():
                return Path(candidate)
        raise Unavailable(
            f"{self.candidates[0]} is missing (Debian package {self.package}; "
            f"looked in {', '.join(self.candidates)})"
        )


GCC = Tool("gcc", "gcc-multilib")
AS = Tool("as", "binutils")  # run by gcc
LD = Tool("ld", "binutils")
GRUB_MKIMAGE = Tool("grub-mkimage", "grub-common")
MKFS_FAT = Tool("mkfs.fat", "dosfstools")
MCOPY = Tool("mcopy", "mtools")
SYSLINUX = Tool("syslinux", "syslinux")
XORRISO = Tool("xorriso", "xorriso")

GRUB_I386_PC = PackageFile(("/usr/lib/grub/i386-pc",), "grub-pc-bin")
SYSLINUX_MBR = PackageFile(
    ("/usr/lib/syslinux/mbr/mbr.bin", "/usr/share/syslinux/mbr.bin"), "syslinux-common"
)
SYSLINUX_MODULES = PackageFile(
    ("/usr/lib/syslinux/modules/bios", "/usr/share/syslinux"), "syslinux-common"
)
ISOLINUX_BIN = PackageFile(
    ("/usr/lib/ISOLINUX/isolinux.bin", "/usr/share/syslinux/isolinux.bin"), "isolinux"
)
ISOHYBRID_MBR = PackageFile(
    ("/usr/lib/ISOLINUX/isohdpfx.bin", "/usr/share/syslinux/isohdpfx.bin"), "isolinux"
)
#: mboot.c32, the COM32 Multiboot loader, and the library it links against.
MBOOT_MODULES = ("mboot.c32", "libcom32.c32")


@dataclass(frozen=True)
class Partition:
    """One MBR partition table entry (16 bytes at 0x1BE + 16 * n)."""

    status: int  # 0x80 active (bootable), 0x00 not
    type: int  # 0x06 FAT16 (32 MiB and more, or any size with LBA-aware loaders)
    first_lba: int
    sectors: int

    def pack(self) -> bytes:
        return struct.pack(
            "<B3sB3sII",
            self.status,
            _chs(self.first_lba),
            self.type,
            _chs(self.first_lba + self.sectors - 1),
            self.first_lba,
            self.sectors,
        )


def _chs(lba: int, heads: int = 255, sectors: int = 63) -> bytes:
    """A CHS address as partition tables store it (head, sector | cylinder high bits,
    cylinder low byte), for the 255-head, 63-sector geometry fdisk assumes."""
    cylinder, rest = divmod(lba, heads * sectors)
    if cylinder > 1023:
        return b"\xfe\xff\xff"
    head, sector = divmod(rest, sectors)
    return bytes([head, (sector + 1) | ((cylinder >> 2) & 0xC0), cylinder & 0xFF])


@dataclass(frozen=True)
class Guest:
    """One image: what it holds, what the kernel must say when it boots, and how it is made."""

    name: str
    summary: str
    #: The start of the boot loader's name, as the kernel prints it (Multiboot
    #: ``boot_loader_name``).
    loader: str
    #: The command line the kernel must be given (mboot.c32 passes the kernel's
    #: file name first; GRUB 2 passes only the arguments).
    cmdline: str
    floppy: bool
    tools: tuple[Tool, ...]
    files: tuple[PackageFile, ...]
    make: Callable[[Guest, Path, Path], bytes]

    @property
    def serial_line(self) -> str:
        """The kernel's line on COM1, up to the loader's version."""
        return f"hello: Multiboot kernel started by {self.loader}"


# --- the kernel -----------------------------------------------------------------------


def kernel(cache: Path = CACHE) -> Path:
    """hello.elf, built (or taken from the cache)."""
    sources = (HERE / "hello.c", HERE / "hello.ld")
    key = _key([Path(__file__), *sources, GCC.path(), AS.path(), LD.path()], [*CFLAGS, *LDFLAGS])
    out = cache / f"hello-{key}.elf"
    if out.exists():
        return out
    cache.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="kernel-", dir=cache) as work:
        obj = Path(work) / "hello.o"
        elf = Path(work) / KERNEL_NAME
        _run([str(GCC.path()), *CFLAGS, "-c", str(sources[0]), "-o", str(obj)])
        _run([str(LD.path()), *LDFLAGS, "-T", str(sources[1]), str(obj), "-o", str(elf)])
        _replace(out, elf.read_bytes(), stale=cache.glob("hello-*.elf"))
    return out


# --- the images -----------------------------------------------------------------------


def _grub_core(work: Path, config: str, modules: list[str], *extra: str) -> bytes:
    """core.img from grub-mkimage with ``config`` embedded (run by GRUB's rescue parser)."""
    early = work / "early.cfg"
    early.write_text(config)
    core = work / "core.img"
    _run([
        str(GRUB_MKIMAGE.path()), "-O", "i386-pc", "-d", str(GRUB_I386_PC.path()),
        "-o", str(core), "-c", str(early), *extra, *modules,
    ])  # fmt: skip
    return core.read_bytes()


def _grub_mbr(disk: bytearray, core: bytes, core_lba: int) -> None:
    """What grub-install does to a hard disk, done on bytes: GRUB's boot.img in the MBR
    (the partition table kept) pointing at core.img at ``core_lba``, whose diskboot
    sector's blocklist points at the rest of core.img."""
    boot = (GRUB_I386_PC.path() / "boot.img").read_bytes()
    assert len(boot) == SECTOR, len(boot)
    core += bytes(-len(core) % SECTOR)
    disk[:MBR_CODE_END] = boot[:MBR_CODE_END]
    struct.pack_into("<Q", disk, GRUB_BOOT_MACHINE_KERNEL_SECTOR, core_lba)
    disk[GRUB_BOOT_MACHINE_BOOT_DRIVE] = 0xFF
    disk[GRUB_BOOT_MACHINE_DRIVE_CHECK : GRUB_BOOT_MACHINE_DRIVE_CHECK + 2] = b"\x90\x90"
    disk[MBR_SIGNATURE : MBR_SIGNATURE + 2] = b"\x55\xaa"
    diskboot = bytearray(core[:SECTOR])
    at = SECTOR - GRUB_BLOCKLIST.size
    _start, count, segment = GRUB_BLOCKLIST.unpack_from(diskboot, at)
    assert count == len(core) // SECTOR - 1, (count, len(core))
    GRUB_BLOCKLIST.pack_into(diskboot, at, core_lba + 1, count, segment)
    start = core_lba * SECTOR
    disk[start : start + len(core)] = bytes(diskboot) + core[SECTOR:]


def _make_grub_memdisk(guest: Guest, work: Path, hello: Path) -> bytes:
    memdisk = work / "memdisk.tar"
    with tarfile.open(memdisk, "w", format=tarfile.USTAR_FORMAT) as tar:
        info = tar.gettarinfo(hello, arcname=KERNEL_NAME)
        info.mtime, info.uid, info.gid, info.uname, info.gname = FIXED_MTIME, 0, 0, "", ""
        with hello.open("rb") as data:
            tar.addfile(info, data)
    config = f"multiboot (memdisk)/{KERNEL_NAME} {guest.cmdline}\nboot\n"
    core = _grub_core(
        work,
        config,
        ["memdisk", "tar", "multiboot"],
        "-p",
        "(memdisk)/boot/grub",
        "-m",
        str(memdisk),
    )
    disk = bytearray(_align(SECTOR + len(core), 1 << 20))
    _grub_mbr(disk, core, core_lba=1)
    return bytes(disk)


def _make_grub_fat(guest: Guest, work: Path, hello: Path) -> bytes:
    config = f"multiboot (hd0,msdos1)/{KERNEL_NAME} {guest.cmdline}\nboot\n"
    modules = ["biosdisk", "part_msdos", "fat", "multiboot"]
    core = _grub_core(work, config, modules, "-p", "(hd0,msdos1)/boot/grub")
    if len(core) > (PARTITION_START - 1) * SECTOR:
        raise AssertionError(f"core.img ({len(core)} bytes) does not fit before the partition")
    disk = _fat_partition(work, [hello])
    _grub_mbr(disk, core, core_lba=1)
    return bytes(disk)


def _syslinux_cfg(work: Path, kernel_path: str, cmdline: str) -> Path:
    """A configuration that boots the kernel through mboot.c32 at once (no prompt)."""
    arguments = cmdline.removeprefix(kernel_path).strip()
    config = work / "syslinux.cfg"
    config.write_text(
        "DEFAULT hello\nPROMPT 0\nTIMEOUT 0\n"
        f"LABEL hello\n  KERNEL mboot.c32\n  APPEND {kernel_path} {arguments}\n"
    )
    return config


def _mboot_files() -> list[Path]:
    return [SYSLINUX_MODULES.path() / name for name in MBOOT_MODULES]


def _make_syslinux_disk(guest: Guest, work: Path, hello: Path) -> bytes:
    config = _syslinux_cfg(work, KERNEL_NAME, guest.cmdline)
    disk = _fat_partition(work, [hello, config, *_mboot_files()], syslinux=True)
    disk[:MBR_CODE_END] = SYSLINUX_MBR.path().read_bytes()[:MBR_CODE_END]
    return bytes(disk)


def _make_syslinux_floppy(guest: Guest, work: Path, hello: Path) -> bytes:
    floppy = work / "floppy.img"
    mkfs = [str(MKFS_FAT.path()), "-C", "-F", "12", "--invariant", "-n", "HELLO"]
    _run([*mkfs, str(floppy), str(FLOPPY_SIZE // 1024)])
    _run([str(SYSLINUX.path()), "--install", str(floppy)])
    config = _syslinux_cfg(work, KERNEL_NAME, guest.cmdline)
    _mcopy(work, floppy, [hello, config, *_mboot_files()])
    disk = bytearray(floppy.read_bytes())
    _fix_fat_times(disk, 0)
    return bytes(disk)


def _make_isolinux_hybrid(guest: Guest, work: Path, hello: Path) -> bytes:
    tree = work / "iso"
    (tree / "isolinux").mkdir(parents=True)
    modules = SYSLINUX_MODULES.path()
    for source, target in [
        (ISOLINUX_BIN.path(), "isolinux/isolinux.bin"),
        (modules / "ldlinux.c32", "isolinux/ldlinux.c32"),
        *((modules / name, f"isolinux/{name}") for name in MBOOT_MODULES),
        (hello, KERNEL_NAME),
    ]:
        shutil.copyfile(source, tree / target)
    config = _syslinux_cfg(work, f"/{KERNEL_NAME}", guest.cmdline)
    shutil.copyfile(config, tree / "isolinux" / "isolinux.cfg")
    for path in [tree, *tree.rglob("*")]:
        os.utime(path, (FIXED_MTIME, FIXED_MTIME))
    iso = work / "hybrid.iso"
    _run(
        [
            str(XORRISO.path()), "-as", "mkisofs", "-quiet", "-o", str(iso),
            "-isohybrid-mbr", str(ISOHYBRID_MBR.path()),
            "-b", "isolinux/isolinux.bin", "-c", "isolinux/boot.cat",
            "-no-emul-boot", "-boot-load-size", "4", "-boot-info-table", str(tree),
        ],
        env={"SOURCE_DATE_EPOCH": str(FIXED_MTIME)},
    )  # fmt: skip
    return iso.read_bytes()


def _fat_partition(work: Path, files: list[Path], *, syslinux: bool = False) -> bytearray:
    """A PARTITIONED_SIZE disk with one active FAT16 partition from PARTITION_START
    holding ``files`` (and SYSLINUX's boot sector and ldlinux.sys if asked); no MBR code."""
    path = work / "disk.img"
    sectors = PARTITIONED_SIZE // SECTOR - PARTITION_START
    with path.open("wb") as blank:
        blank.truncate(PARTITIONED_SIZE)
    _run([
        str(MKFS_FAT.path()), "-F", "16", "--invariant", "-n", "HELLO",
        f"--offset={PARTITION_START}", "-h", str(PARTITION_START),
        str(path), str(sectors * SECTOR // 1024),
    ])  # fmt: skip
    if syslinux:
        _run([str(SYSLINUX.path()), "--install", f"--offset={PARTITION_START * SECTOR}", str(path)])
    _mcopy(work, path, files, offset=PARTITION_START * SECTOR)
    disk = bytearray(path.read_bytes())
    _fix_fat_times(disk, PARTITION_START * SECTOR)
    entry = Partition(status=0x80, type=0x06, first_lba=PARTITION_START, sectors=sectors)
    disk[MBR_PARTITION_TABLE : MBR_PARTITION_TABLE + 16] = entry.pack()
    disk[MBR_SIGNATURE : MBR_SIGNATURE + 2] = b"\x55\xaa"
    return disk


def _mcopy(work: Path, image: Path, files: list[Path], offset: int = 0) -> None:
    """Copies ``files`` into the root folder of the FAT file system at ``offset`` in
    ``image``, each with FIXED_MTIME and its own name."""
    staged = work / "staged"
    staged.mkdir(exist_ok=True)
    copies = []
    for source in files:
        copy = staged / source.name
        shutil.copyfile(source, copy)
        os.utime(copy, (FIXED_MTIME, FIXED_MTIME))
        copies.append(str(copy))
    target = f"{image}@@{offset}" if offset else str(image)
    _run([str(MCOPY.path()), "-m", "-o", "-i", target, *copies, "::"])


#: The fields of a FAT12/16 boot sector that locate the root folder: BPB_BytsPerSec,
#: BPB_SecPerClus, BPB_RsvdSecCnt, BPB_NumFATs, BPB_RootEntCnt, BPB_FATSz16.
FAT_BPB = struct.Struct("<11xHBHBH3xH")
FAT_DIRENT_SIZE = 32
#: Where a FAT directory entry keeps its times and dates (CrtTime, CrtDate,
#: LstAccDate; WrtTime, WrtDate), and CrtTimeTenth.
FAT_DIRENT_CREATED = slice(14, 20)
FAT_DIRENT_WRITTEN = slice(22, 26)
FAT_DIRENT_TENTHS = 13


def _fix_fat_times(disk: bytearray, offset: int) -> None:
    """Gives every entry of the root folder of the FAT12/16 file system at ``offset``
    the same time stamps (FIXED_MTIME): the syslinux installer writes ldlinux.sys and
    ldlinux.c32 with the time of the build."""
    sector, _cluster, reserved, fats, entries, fat_sectors = FAT_BPB.unpack_from(disk, offset)
    root = offset + (reserved + fats * fat_sectors) * sector
    stamp = time.gmtime(FIXED_MTIME)
    fat_time = (stamp.tm_hour << 11) | (stamp.tm_min << 5) | (stamp.tm_sec // 2)
    fat_date = ((stamp.tm_year - 1980) << 9) | (stamp.tm_mon << 5) | stamp.tm_mday
    for at in range(root, root + entries * FAT_DIRENT_SIZE, FAT_DIRENT_SIZE):
        entry = memoryview(disk)[at : at + FAT_DIRENT_SIZE]
        if entry[0] == 0x00:  # the end of the folder
            break
        entry[FAT_DIRENT_TENTHS] = 0
        entry[FAT_DIRENT_CREATED] = struct.pack("<HHH", fat_time, fat_date, fat_date)
        entry[FAT_DIRENT_WRITTEN] = struct.pack("<HH", fat_time, fat_date)


GUESTS: dict[str, Guest] = {
    guest.name: guest
    for guest in (
        Guest(
            "grub-memdisk",
            "GRUB 2: boot.img, core.img (memdisk with the kernel, embedded config)",
            loader="GRUB 2.",
            cmdline="guest=grub-memdisk",
            floppy=False,
            tools=(GRUB_MKIMAGE,),
            files=(GRUB_I386_PC,),
            make=_make_grub_memdisk,
        ),
        Guest(
            "grub-fat",
            "GRUB 2: boot.img, core.img (biosdisk, fat), kernel on a FAT16 partition",
            loader="GRUB 2.",
            cmdline="guest=grub-fat",
            floppy=False,
            tools=(GRUB_MKIMAGE, MKFS_FAT, MCOPY),
            files=(GRUB_I386_PC,),
            make=_make_grub_fat,
        ),
        Guest(
            "syslinux-disk",
            "SYSLINUX: mbr.bin, active FAT16 partition, ldlinux.sys, mboot.c32",
            loader="SYSLINUX 6.",
            cmdline=f"{KERNEL_NAME} guest=syslinux-disk",
            floppy=False,
            tools=(MKFS_FAT, MCOPY, SYSLINUX),
            files=(SYSLINUX_MBR, SYSLINUX_MODULES),
            make=_make_syslinux_disk,
        ),
        Guest(
            "syslinux-floppy",
            "SYSLINUX: 1.44 MB FAT12 floppy, ldlinux.sys, mboot.c32",
            loader="SYSLINUX 6.",
            cmdline=f"{KERNEL_NAME} guest=syslinux-floppy",
            floppy=True,
            tools=(MKFS_FAT, MCOPY, SYSLINUX),
            files=(SYSLINUX_MODULES,),
            make=_make_syslinux_floppy,
        ),
        Guest(
            "isolinux-hybrid",
            "ISOLINUX: isohybrid ISO 9660 image booted as a hard disk, mboot.c32",
            loader="ISOLINUX 6.",
            cmdline=f"/{KERNEL_NAME} guest=isolinux-hybrid",
            floppy=False,
            tools=(XORRISO,),
            files=(ISOLINUX_BIN, ISOHYBRID_MBR, SYSLINUX_MODULES),
            make=_make_isolinux_hybrid,
        ),
    )
}


def image(name: str, cache: Path = CACHE) -> Path:
    """The image of guest ``name``, built if no image with the same inputs is cached.

    Raises :class:`Unavailable` when a tool or package file is missing."""
    guest = GUESTS[name]
    hello = kernel(cache)
    inputs = [Path(__file__), hello]
    for tool in guest.tools:
        inputs.append(tool.path())
    for file in guest.files:
        inputs.append(file.path())
    key = _key(inputs, [guest.name, guest.cmdline])
    out = cache / f"{name}-{key}.img"
    if out.exists():
        return out
    with tempfile.TemporaryDirectory(prefix=f"{name}-", dir=cache) as work:
        staged = Path(work) / KERNEL_NAME
        shutil.copyfile(hello, staged)
        data = guest.make(guest, Path(work), staged)
    if guest.floppy and len(data) != FLOPPY_SIZE:
        raise AssertionError(f"{name}: a floppy image must be {FLOPPY_SIZE} bytes, not {len(data)}")
    _replace(out, data, stale=cache.glob(f"{name}-*.img"))
    return out


# --- helpers --------------------------------------------------------------------------


def _files(path: Path) -> Iterator[tuple[str, Path]]:
    """``path`` itself, or every file under it (sorted) when it is a folder, each with
    a name that does not depend on where it is (so that a cache can move)."""
    if path.is_dir():
        for file in sorted(p for p in path.rglob("*") if p.is_file()):
            yield str(file.relative_to(path)), file
    else:
        yield path.name, path


def _key(inputs: list[Path], words: list[str]) -> str:
    """A short hash of the inputs' contents (folders: every file in them) and of ``words``."""
    digest = hashlib.sha256()
    for word in words:
        digest.update(word.encode() + b"\0")
    for path in inputs:
        for name, file in _files(path):
            digest.update(name.encode() + b"\0")
            digest.update(hashlib.sha256(file.read_bytes()).digest())
    return digest.hexdigest()[:16]


def _replace(out: Path, data: bytes, stale: Iterator[Path]) -> None:
    """Writes ``out`` atomically (a temporary file renamed) and removes the older
    builds of the same thing (``stale``)."""
    old = [path for path in stale if path != out]
    temporary = out.with_name(f".{out.name}.tmp{os.getpid()}")
    temporary.write_bytes(data)
    temporary.replace(out)
    for path in old:
        path.unlink(missing_ok=True)


def _run(command: list[str], env: dict[str, str] | None = None) -> None:
    done = subprocess.run(
        command, capture_output=True, text=True, env={**os.environ, **(env or {})}, check=False
    )
    if done.returncode != 0:
        raise RuntimeError(
            f"{' '.join(command)} failed (exit {done.returncode}):\n{done.stdout}{done.stderr}"
        )


def _align(value: int, to: int) -> int:
    return -(-value // to) * to


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("names", nargs="*", metavar="NAME", help=", ".join(GUESTS))
    parser.add_argument("--cache", type=Path, default=CACHE, help="where images are kept")
    parser.add_argument("--list", action="store_true", help="list the guests and stop")
    args = parser.parse_args(argv)
    if args.list:
        for guest in GUESTS.values():
            print(f"{guest.name:<16} {guest.summary}")
        return 0
    unknown = [name for name in args.names if name not in GUESTS]
    if unknown:
        parser.error(f"no guest named {', '.join(unknown)} (there are {', '.join(GUESTS)})")
    status = 0
    for name in args.names or GUESTS:
        try:
            print(f"{name:<16} {image(name, args.cache)}")
        except Unavailable as missing:
            print(f"{name:<16} not built: {missing}", file=sys.stderr)
            status = 1
    return status


if __name__ == "__main__":
    sys.exit(main())
