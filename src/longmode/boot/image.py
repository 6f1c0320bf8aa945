"""Building a bootable raw disk image: MBR (stage 1), stage 2, the kernel file.

Disk layout (512-byte sectors)::

    LBA 0            stage 1 + an MBR partition table (one active partition,
                     type 0xDA "non-FS data", from LBA 1 to the end of the image);
                     the stage-2 sector count and stage 2's CRC-32 patched in
    LBA 1 ..         stage 2 (its parameter block patched: kernel LBA, size, mode, ...)
    next 4 KiB       the kernel file, unchanged
    ..               zeros up to a whole MiB

Stage 1 and stage 2 are assembled by longmode's own assembler from the .asm
sources in this package; the results are cached in memory and on disk (keyed
by the sources' hash), so building an image takes milliseconds after the first.
"""

from __future__ import annotations

import functools
import hashlib
import itertools
import os
import struct
import zlib
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from longmode.boot import bootinfo, bootloader011, bootloader09, failures
from longmode.boot.bootinfo import (
    DISK_SIGNATURE,
    DISK_SIGNATURE_OFFSET,
    PARAMS_OFFSET,
    STAGE1_COUNT_OFFSET,
    STAGE1_CRC_OFFSET,
    STAGE2_MAGIC,
)
from longmode.boot.bootloader09 import Bootloader09
from longmode.boot.multiboot import (
    MAX_SEGMENTS,
    LoadSegment,
    MultibootError,
    address_plan,
    find_header,
)
from longmode.elf import ELF_MAGIC
from longmode.errors import LongmodeError
from longmode.files import MAX_KERNEL_FILE, Output, read_input, write_atomically

SECTOR = 512
MIB = 1 << 20
#: The largest kernel file the loader reads (it is staged in RAM, then copied).
MAX_KERNEL_SIZE = MAX_KERNEL_FILE
MODE_ELF64, MODE_MULTIBOOT1, MODE_MULTIBOOT2 = 0, 1, 2
UPPER_HALF = 0xFFFF_8000_0000_0000
#: Stage 2 copies the kernel file above the loaded kernel (4 KiB aligned) before
#: loading it; that copy must end by here.
STAGING_LIMIT = 0xFFFF_F000
_PARAMS = struct.Struct(
    "<4s"
    + "I" * 7
    + "I" * (4 * MAX_SEGMENTS)
    + "IQI"
    + f"{bootinfo.CMDLINE_MAX}s"
    + "I" * 6  # protocol; 0.9: physical slot, recursive slot, stack pages and frames, fields
    + "QQ"  # 0.9: the BootInfo's page, the stack's guard page
    + "Q" * (2 * bootinfo.CRATE_MAX_FIELDS)
    + "Q" * 7  # virtual offset; 0.11: relocations, count, RELRO start and end, RSP, framebuffer
    + "I"  # the CRC-32 of the sectors past the first STAGE1_CHECKED_SECTORS
)
#: The bytes stage 1 checks (their CRC-32 is in the MBR); stage 2 checks the rest.
CHECKED_BYTES = bootinfo.STAGE1_CHECKED_SECTORS * SECTOR
NO_SLOT = 0xFFFF_FFFF
PARTITION_TYPE = 0xDA
PT_LOAD, PT_TLS = 1, 7

_HERE = Path(__file__).resolve().parent


class ImageError(LongmodeError):
    """The kernel cannot be made into an image; the message names the file."""


@dataclass(frozen=True)
class KernelPlan:
    """What stage 2 is told about the kernel file."""

    mode: int
    segments: tuple[LoadSegment, ...]
    entry: int
    #: Nonzero when an upper-half ELF64 kernel was linked without load addresses
    #: (p_paddr = p_vaddr): stage 2 then loads each segment at p_vaddr - phys_delta.
    phys_delta: int = 0

    @property
    def phys_end(self) -> int:
        return max(s.end for s in self.segments)


# --- assembling the stages ------------------------------------------------------


@functools.lru_cache(maxsize=4)
def _assemble_cached(name: str, source: str, defines: tuple[tuple[str, str | None], ...]) -> bytes:
    key = hashlib.sha256(repr((name, source, defines, _includes_text())).encode()).hexdigest()
    cache = _cache_dir() / f"{name}-{key[:24]}.bin"
    try:
        return cache.read_bytes()
    except OSError:
        pass
    from longmode.asm import assemble

    output = assemble(
        source, filename=str(_HERE / name), include_paths=[str(_HERE)], defines=dict(defines)
    )
    try:
        cache.parent.mkdir(parents=True, exist_ok=True)
        write_atomically(cache, output)
    except OSError:
        pass
    return output


@functools.lru_cache(maxsize=1)
def _includes_text() -> str:
    """The included sources, and the assembler's version (its files' sizes and times)."""
    asm_dir = _HERE.parent / "asm"
    stamp = [(p.name, p.stat().st_size, p.stat().st_mtime_ns) for p in asm_dir.glob("*.py")]
    return "".join(p.read_text() for p in sorted(_HERE.glob("*.inc"))) + repr(sorted(stamp))


def _cache_dir() -> Path:
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(Path.home(), ".cache")
    return Path(base) / "longmode" / "boot"


#: Fallback paths a test can force on a BIOS that has the better service.
FALLBACKS = frozenset({"CHS", "E801", "E88"})


@functools.cache
def _defines() -> tuple[tuple[str, str | None], ...]:
    return tuple(sorted({**bootinfo.asm_defines(), **failures.asm_defines()}.items()))


def asm_defines() -> dict[str, str | None]:
    """Every define the stages use: the boot protocol's constants and the failure codes."""
    return dict(_defines())


def assemble_stage(name: str, *, fallbacks: frozenset[str] = frozenset()) -> bytes:
    """``stage1.asm`` or ``stage2.asm`` assembled (cached).

    ``fallbacks`` (a subset of :data:`FALLBACKS`) builds stages that skip the
    better BIOS service — INT 13h extensions (CHS), E820 (E801), E820 and
    E801 (88h) — so tests can exercise the fallbacks on SeaBIOS.
    """
    assert fallbacks <= FALLBACKS
    source = (_HERE / name).read_text()
    extra: dict[str, str | None] = {f"FORCE_{name}": "1" for name in fallbacks}
    if "E88" in fallbacks:
        extra["FORCE_E801"] = "1"
    defines = tuple(sorted({**asm_defines(), **extra}.items())) if extra else _defines()
    return _assemble_cached(name, source, defines)


# --- reading the kernel ---------------------------------------------------------

BOOT_SIGNATURE = b"\x55\xaa"


def is_kernel_file(data: bytes) -> bool:
    """Whether ``data`` is a kernel file for :func:`build_image` rather than a disk
    image (how `longmode run` tells them apart): an ELF file; or a file with a
    Multiboot header (a flat Multiboot binary) whose first sector is not a boot
    sector — a disk image's sector 0 ends with 55h AAh, and its later sectors may
    well hold a Multiboot kernel."""
    if data[:4] == ELF_MAGIC:
        return True
    if len(data) >= SECTOR and data[SECTOR - 2 : SECTOR] == BOOT_SIGNATURE:
        return False
    try:
        return find_header(data) is not None
    except MultibootError:  # a header that asks for too much: plan_kernel says what
        return True


def plan_kernel(path: Path, data: bytes) -> KernelPlan:
    """Checks the kernel file and decides how stage 2 loads it; raises ImageError."""
    try:
        header = find_header(data)
    except MultibootError as error:
        raise ImageError(f"{path}: {error}") from None
    is_elf = data[:4] == ELF_MAGIC
    if header is not None:
        mode = MODE_MULTIBOOT1 if header.version == 1 else MODE_MULTIBOOT2
        if header.address is not None:
            try:
                segments = address_plan(header, len(data))
            except MultibootError as error:
                raise ImageError(f"{path}: Multiboot {header.version} header: {error}") from None
            entry = header.entry
            if entry is None:
                if not is_elf:
                    raise ImageError(
                        f"{path}: the Multiboot 2 header has an address tag but no entry "
                        "address tag, and the file is not ELF"
                    )
                entry = _read_elf(path, data)[1]
        elif is_elf:
            segments, elf_entry = _read_elf(path, data)
            entry = header.entry if header.entry is not None else elf_entry
            for s in segments:  # as GRUB: a virtual entry becomes its physical address
                if header.entry is None and s.vaddr <= entry < s.vaddr + s.memsz:
                    entry = entry - s.vaddr + s.paddr
                    break
            segments = [LoadSegment(s.offset, s.paddr, s.filesz, s.memsz) for s in segments]
        else:
            raise ImageError(
                f"{path}: a Multiboot {header.version} kernel that is not ELF needs the "
                "header's address fields"
                + (" (flags bit 16)" if header.version == 1 else " (address tag)")
            )
        plan = KernelPlan(mode, tuple(segments), entry)
        _check_plan(path, plan, multiboot=True)
        return plan
    if not is_elf:
        shown = data[:4].hex(" ") or "nothing (empty file)"
        raise ImageError(
            f"{path}: not an ELF file: it starts with {shown}, not 7f 45 4c 46 "
            "(and it has no Multiboot header)"
        )
    if len(data) > 4 and data[4] == 1:
        raise ImageError(
            f"{path}: a 32-bit ELF without a Multiboot header; longmode boots ELF64 "
            "kernels directly and 32-bit kernels only through Multiboot"
        )
    segments, entry = _read_elf(path, data)
    delta = upper_half_delta([(s.vaddr, s.paddr) for s in segments])
    if delta:
        segments = [
            LoadSegment(s.offset, s.vaddr - delta, s.filesz, s.memsz, s.vaddr) for s in segments
        ]
    plan = KernelPlan(MODE_ELF64, tuple(segments), entry, delta)
    _check_plan(path, plan, multiboot=False)
    return plan


def upper_half_delta(addresses: Sequence[tuple[int, int]]) -> int:
    """How far below p_vaddr the loader puts the loaded segments, given as (p_vaddr,
    p_paddr) pairs: 0 (they load at p_paddr), unless every one is linked in the upper
    half without a load address (p_paddr = p_vaddr). Such a kernel is placed at 1 MiB,
    keeping the segments' relative layout, as Limine and rust-osdev/bootloader do."""
    if not addresses or not all(paddr == vaddr >= UPPER_HALF for vaddr, paddr in addresses):
        return 0
    return (min(vaddr for vaddr, _ in addresses) & ~0xFFF) - bootinfo.KERNEL_MIN_PHYS


def _read_elf(path: Path, data: bytes) -> tuple[list[LoadSegment], int]:
    """PT_LOAD segments and entry of an ELF32 or ELF64 little-endian x86 file."""
    entry, headers = _program_headers(path, data)
    segments = []
    for index, p_type, offset, vaddr, paddr, filesz, memsz in headers:
        if p_type != PT_LOAD or memsz == 0:
            continue
        if offset + filesz > len(data):
            raise ImageError(f"{path}: truncated: segment {index} ends past the end of the file")
        if filesz > memsz:
            raise ImageError(f"{path}: malformed ELF: segment {index} has p_filesz > p_memsz")
        segments.append(LoadSegment(offset, paddr, filesz, memsz, vaddr))
    if not segments:
        raise ImageError(f"{path}: no loadable (PT_LOAD) segments")
    return segments, entry


def _tls_headers(path: Path, data: bytes) -> list[tuple[int, int, int]]:
    """(p_vaddr, p_filesz, p_memsz) of each PT_TLS header."""
    _, headers = _program_headers(path, data)
    return [
        (vaddr, filesz, memsz)
        for _, p_type, _, vaddr, _, filesz, memsz in headers
        if p_type == PT_TLS
    ]


def _program_headers(
    path: Path, data: bytes
) -> tuple[int, list[tuple[int, int, int, int, int, int, int]]]:
    """The entry and every program header of an ELF32 or ELF64 little-endian x86 file:
    (index, p_type, p_offset, p_vaddr, p_paddr, p_filesz, p_memsz), checked to lie in
    the file."""
    if len(data) < 52 or data[:4] != ELF_MAGIC or data[4] not in (1, 2):
        raise ImageError(f"{path}: not an ELF file (bad or truncated ELF header)")
    wide = data[4] == 2
    if data[5] != 1:
        raise ImageError(f"{path}: a big-endian ELF; x86 is little-endian")
    if wide:
        if len(data) < 64:
            raise ImageError(f"{path}: truncated: the ELF64 header needs 64 bytes")
        machine, entry, phoff = struct.unpack_from("<H4xQQ", data, 18)
        phentsize, phnum = struct.unpack_from("<HH", data, 54)
        expected_machine, phdr = 62, struct.Struct("<IIQQQQQQ")
    else:
        machine, entry, phoff = struct.unpack_from("<H4xII", data, 18)
        phentsize, phnum = struct.unpack_from("<HH", data, 42)
        expected_machine, phdr = 3, struct.Struct("<IIIIIIII")
    if machine != expected_machine:
        arch = "x86-64 (EM_X86_64 = 62)" if wide else "i386 (EM_386 = 3)"
        raise ImageError(f"{path}: an ELF for machine {machine}, not {arch}")
    if phnum and phentsize < phdr.size:
        raise ImageError(f"{path}: malformed ELF: e_phentsize {phentsize} < {phdr.size}")
    if phoff + phnum * phentsize > len(data):
        raise ImageError(f"{path}: truncated: the program header table ends past the file")
    headers = []
    for index in range(phnum):
        fields = phdr.unpack_from(data, phoff + index * phentsize)
        if wide:
            p_type, _flags, offset, vaddr, paddr, filesz, memsz, _align = fields
        else:
            p_type, offset, vaddr, paddr, filesz, memsz, _flags, _align = fields
        headers.append((index, p_type, offset, vaddr, paddr, filesz, memsz))
    return entry, headers


def _check_plan(
    path: Path, plan: KernelPlan, *, multiboot: bool, placed_virtually: bool = False
) -> None:
    segments = sorted(plan.segments, key=lambda s: s.paddr)
    if multiboot and len(segments) > MAX_SEGMENTS:
        raise ImageError(
            f"{path}: {len(segments)} loadable segments; the Multiboot path loads at most "
            f"{MAX_SEGMENTS}"
        )
    for seg in segments:
        if seg.paddr < bootinfo.KERNEL_MIN_PHYS:
            raise ImageError(
                f"{path}: segment at physical {seg.paddr:#x} overlaps the loader's memory "
                "below 1 MiB (link the kernel at 0x100000 or above)"
            )
        if seg.end > 1 << 32:
            raise ImageError(
                f"{path}: segment at physical {seg.paddr:#x} ends above 4 GiB "
                "(give it a load address below 4 GiB with AT())"
            )
    for a, b in itertools.pairwise(segments):
        if b.paddr < a.end:
            raise ImageError(
                f"{path}: segments overlap: physical {a.paddr:#x}-{a.end:#x} and "
                f"{b.paddr:#x}-{b.end:#x}"
            )
    if not multiboot:
        by_virt = sorted(plan.segments, key=lambda s: s.vaddr)
        for a, b in itertools.pairwise(by_virt):
            if b.vaddr < a.vaddr + a.memsz:
                raise ImageError(f"{path}: segments overlap: virtual {a.vaddr:#x} and {b.vaddr:#x}")
        for seg in plan.segments if not placed_virtually else ():
            _check_virtual(path, seg)
    entry_in = any(
        (s.vaddr if not multiboot else s.paddr)
        <= plan.entry
        < (s.vaddr if not multiboot else s.paddr) + s.memsz
        for s in plan.segments
    )
    if not entry_in:
        raise ImageError(f"{path}: entry {plan.entry:#x} is outside every loaded segment")
    if multiboot and plan.entry >= 1 << 32:
        raise ImageError(f"{path}: Multiboot entry {plan.entry:#x} is above 4 GiB")


def _check_virtual(path: Path, seg: LoadSegment) -> None:
    if seg.vaddr == seg.paddr:
        return
    slot = (seg.vaddr >> 39) & 511
    canonical = seg.vaddr >= 0xFFFF_8000_0000_0000
    last_slot = ((seg.vaddr + seg.memsz - 1) >> 39) & 511
    if not canonical or slot in bootinfo.RESERVED_PML4_SLOTS or last_slot in (256, 510):
        raise ImageError(
            f"{path}: segment at virtual {seg.vaddr:#x} (physical {seg.paddr:#x}): a segment "
            "linked away from its load address must lie in the upper half, outside the "
            "physical-memory map (0xffff800000000000, 512 GiB) and the stack slot "
            "(0xffffff0000000000)"
        )
    if (seg.vaddr - seg.paddr) % 4096:
        raise ImageError(
            f"{path}: segment at virtual {seg.vaddr:#x}: virtual and physical addresses "
            "differ in their offset within a 4 KiB page"
        )


# --- the image --------------------------------------------------------------------


def config011_for(path: Path, data: bytes, protocol: str) -> bootloader011.Config011 | None:
    """The ``bootloader_api`` 0.11 configuration of an ELF64 kernel (its
    ``.bootloader-config`` section), when ``protocol`` is "auto" or
    "bootloader-0.11"; None otherwise. Raises ImageError."""
    if protocol not in bootinfo.PROTOCOLS:
        raise ImageError(f"--protocol {protocol!r}: give one of {', '.join(bootinfo.PROTOCOLS)}")
    if protocol not in ("auto", "bootloader-0.11"):
        return None
    try:
        multiboot = find_header(data) is not None
    except MultibootError:
        multiboot = True
    try:
        raw = None if multiboot else bootloader011.config_section(path, data)
        if raw is None:
            if protocol == "bootloader-0.11":
                what = (
                    "a Multiboot kernel"
                    if multiboot
                    else (
                        f"no {bootloader011.SECTION} section (not an ELF64 file, or not built "
                        "with bootloader_api's entry_point!)"
                    )
                )
                raise ImageError(f"{path}: --protocol bootloader-0.11, but the kernel has {what}")
            return None
        return bootloader011.parse_config(raw, str(path))
    except bootloader011.ProtocolError as error:
        raise ImageError(str(error)) from None


def protocol_for(path: Path, plan: KernelPlan, protocol: str) -> Bootloader09 | None:
    """The bootloader 0.9 configuration to boot an ELF64 kernel with, or None for
    longmode's protocol (see :data:`~longmode.boot.bootinfo.PROTOCOLS`); raises ImageError."""
    if protocol not in bootinfo.PROTOCOLS:
        raise ImageError(f"--protocol {protocol!r}: give one of {', '.join(bootinfo.PROTOCOLS)}")
    if plan.mode != MODE_ELF64:
        if protocol == "bootloader-0.9":
            raise ImageError(
                f"{path}: a Multiboot kernel; --protocol bootloader-0.9 is for ELF64 kernels"
            )
        return None
    if protocol in ("longmode", "bootloader-0.11"):
        return None
    try:
        found = bootloader09.detect(path)
    except bootloader09.ProtocolError as error:
        raise ImageError(str(error)) from None
    if found is None and protocol == "bootloader-0.9":
        return Bootloader09()
    return found


def build_image(
    kernel: str | Path,
    cmdline: str = "",
    *,
    data: bytes | None = None,
    fallbacks: frozenset[str] = frozenset(),
    protocol: str = "auto",
) -> bytes:
    """The disk image for ``kernel`` (raises ImageError with one line).

    ``data`` is the kernel file's content when the caller has read it already
    (``kernel`` then only names it in messages). ``protocol`` is one of
    :data:`~longmode.boot.bootinfo.PROTOCOLS`. ``fallbacks`` is for tests (see
    :func:`assemble_stage`).
    """
    return build_kernel_image(kernel, cmdline, data=data, fallbacks=fallbacks, protocol=protocol)[0]


def build_kernel_image(
    kernel: str | Path,
    cmdline: str = "",
    *,
    data: bytes | None = None,
    fallbacks: frozenset[str] = frozenset(),
    protocol: str = "auto",
) -> tuple[bytes, int, int]:
    """:func:`build_image`'s image, the address the loader jumps to, and the offset
    added to the kernel's link-time addresses (a 0.11 PIE's base, else 0)."""
    path = Path(kernel)
    if data is None:
        data = read_input(path, limit=MAX_KERNEL_SIZE, what="the kernel")
    config011 = config011_for(path, data, protocol)
    if config011 is not None:
        return _build_image_011(path, data, cmdline, config011, fallbacks)
    plan = plan_kernel(path, data)
    config = protocol_for(path, plan, protocol)
    command = cmdline.encode()
    if b"\0" in command or len(command) >= bootinfo.CMDLINE_MAX:
        raise ImageError(
            f"{path}: the command line is {len(command)} bytes; at most "
            f"{bootinfo.CMDLINE_MAX - 1} fit (and no NUL)"
        )
    staging = _align(plan.phys_end, 4096)
    load_end = staging + len(data)
    protocol_fields = [bootinfo.PROTOCOL_LONGMODE, NO_SLOT, NO_SLOT, 0, 0, 0, 0, 0]
    pairs: list[int] = []
    extra = [0] * 7
    if config is not None:
        stack_phys = _align(load_end, 4096)
        load_end = stack_phys + config.kernel_stack_size * 4096
        try:
            placed = bootloader09.plan(
                config,
                [(s.vaddr, s.memsz) for s in plan.segments],
                bootloader09.tls_template(path, _tls_headers(path, data)),
                stack_phys,
                path,
            )
        except bootloader09.ProtocolError as error:
            raise ImageError(str(error)) from None
        protocol_fields, pairs = _crate_fields(bootinfo.PROTOCOL_BOOTLOADER09, placed)
    image = _image(
        path, data, plan, command, load_end, staging, protocol_fields, pairs, extra, fallbacks
    )
    return image, plan.entry, 0


@dataclass(frozen=True)
class _Placed011:
    plan: KernelPlan
    placed: bootloader011.Plan011
    facts: bootloader011.ElfFacts
    staging: int
    load_end: int


def _plan_011(path: Path, data: bytes, config: bootloader011.Config011) -> _Placed011:
    """Where a ``bootloader_api`` 0.11 kernel goes: a PIE (ET_DYN) is loaded at 1 MiB
    physical and mapped at the slot :func:`bootloader011.plan` gives it."""
    try:
        facts = bootloader011.elf_facts(path, data)
    except bootloader011.ProtocolError as error:
        raise ImageError(str(error)) from None
    if facts.elf_type == bootloader011.ET_DYN:
        segments, entry = _read_elf(path, data)
        delta = (min(s.vaddr for s in segments) & ~0xFFF) - bootinfo.KERNEL_MIN_PHYS
        loaded = [
            LoadSegment(s.offset, s.vaddr - delta, s.filesz, s.memsz, s.vaddr) for s in segments
        ]
        plan = KernelPlan(MODE_ELF64, tuple(loaded), entry, delta)
    else:
        plan = plan_kernel(path, data)
    staging = _align(plan.phys_end, 4096)
    stack_phys = _align(staging + len(data), 4096)
    try:
        placed = bootloader011.plan(
            config, facts, staging=staging, kernel_len=len(data), stack_phys=stack_phys, path=path
        )
    except bootloader011.ProtocolError as error:
        raise ImageError(str(error)) from None
    if facts.elf_type == bootloader011.ET_DYN:
        offset = placed.image_offset
        shifted = [
            LoadSegment(s.offset, s.paddr, s.filesz, s.memsz, s.vaddr + offset)
            for s in plan.segments
        ]
        plan = KernelPlan(MODE_ELF64, tuple(shifted), plan.entry + offset, plan.phys_delta)
        _check_plan(path, plan, multiboot=False, placed_virtually=True)
    return _Placed011(plan, placed, facts, staging, stack_phys + placed.stack_pages * 4096)


def _build_image_011(
    path: Path,
    data: bytes,
    cmdline: str,
    config: bootloader011.Config011,
    fallbacks: frozenset[str],
) -> tuple[bytes, int, int]:
    """The image of a ``bootloader_api`` 0.11 kernel (see :func:`_plan_011`), its
    entry and its offset."""
    command = cmdline.encode()
    if command:
        raise ImageError(
            f"{path}: a bootloader_api 0.11 kernel has no command line (its BootInfo has none)"
        )
    layout = _plan_011(path, data, config)
    plan, placed, facts = layout.plan, layout.placed, layout.facts
    delta, offset = plan.phys_delta, placed.image_offset
    rela_address, rela_count = 0, 0
    if facts.rela is not None and facts.rela[1]:
        if facts.elf_type == bootloader011.ET_EXEC and any(
            s.vaddr - s.paddr != delta for s in plan.segments
        ):
            raise ImageError(
                f"{path}: relocations in a kernel whose segments are loaded away from their "
                "virtual addresses by different amounts (not done yet)"
            )
        rela_address, rela_count = facts.rela[0] - delta, len(facts.rela[1])
    protocol_fields, pairs = _crate_fields(bootinfo.PROTOCOL_BOOTLOADER011, placed)
    extra = [
        offset,
        rela_address & MASK64,
        rela_count,
        *placed.relro,
        placed.rsp,
        placed.framebuffer,
    ]
    image = _image(
        path,
        data,
        plan,
        command,
        layout.load_end,
        layout.staging,
        protocol_fields,
        pairs,
        extra,
        fallbacks,
    )
    return image, plan.entry, offset


MASK64 = (1 << 64) - 1


def _crate_fields(
    protocol: int, placed: bootloader09.Plan09 | bootloader011.Plan011
) -> tuple[list[int], list[int]]:
    """Stage 2's parameters for a crate's protocol (0.9 or 0.11): its slots, stack and
    boot information, and the (offset, value) pairs for the ``BootInfo``."""
    fields = [
        protocol,
        NO_SLOT if placed.physical_slot is None else placed.physical_slot,
        NO_SLOT if placed.recursive_slot is None else placed.recursive_slot,
        placed.stack_pages,
        placed.stack_phys,
        len(placed.fields),
        placed.boot_info,
        placed.stack_guard,
    ]
    return fields, [number for pair in placed.fields for number in pair]


def _image(
    path: Path,
    data: bytes,
    plan: KernelPlan,
    command: bytes,
    load_end: int,
    staging: int,
    protocol_fields: list[int],
    pairs: list[int],
    extra: list[int],
    fallbacks: frozenset[str],
) -> bytes:
    """The disk image: the stages with stage 2's parameter block filled in, then the kernel."""
    if len(pairs) > 2 * bootinfo.CRATE_MAX_FIELDS:
        raise AssertionError("more BootInfo fields than stage 2 takes")
    pairs = pairs + [0] * (2 * bootinfo.CRATE_MAX_FIELDS - len(pairs))
    if load_end > STAGING_LIMIT:
        raise ImageError(
            f"{path}: the kernel and its staging copy end at {load_end:#x}, above 4 GiB: "
            "larger than the loader can load"
        )
    stage1 = bytearray(assemble_stage("stage1.asm", fallbacks=fallbacks))
    stage2 = bytearray(assemble_stage("stage2.asm", fallbacks=fallbacks))
    if stage2[PARAMS_OFFSET : PARAMS_OFFSET + 4] != STAGE2_MAGIC:
        raise AssertionError("stage2.asm's parameter block is not where image.py expects it")
    stage2 += bytes(-len(stage2) % SECTOR)
    stage2_sectors = len(stage2) // SECTOR
    if len(stage2) > bootinfo.STAGE2_MAX_SIZE:
        raise AssertionError("stage 2 outgrew 32 KiB")
    if not PARAMS_OFFSET + _PARAMS.size <= CHECKED_BYTES < len(stage2):
        raise AssertionError("stage 2's parameter block must lie in the sectors stage 1 checks")
    kernel_lba = _align(1 + stage2_sectors, 8)
    segs: list[int] = []
    for seg in plan.segments if plan.mode != MODE_ELF64 else ():
        segs += [seg.offset, seg.paddr, seg.filesz, seg.memsz]
    segs += [0] * (4 * MAX_SEGMENTS - len(segs))
    _PARAMS.pack_into(
        stage2,
        PARAMS_OFFSET,
        STAGE2_MAGIC,
        stage2_sectors,
        kernel_lba,
        len(data),
        staging,
        plan.mode,
        plan.entry if plan.mode != MODE_ELF64 else 0,
        len(plan.segments) if plan.mode != MODE_ELF64 else 0,
        *segs,
        load_end,
        plan.phys_delta & MASK64,
        len(command),
        command,
        *protocol_fields,
        *pairs,
        *extra,
        zlib.crc32(stage2[CHECKED_BYTES:]),
    )
    kernel_sectors = -(-len(data) // SECTOR)
    total = _align((kernel_lba + kernel_sectors) * SECTOR, MIB)
    image = bytearray(total)
    struct.pack_into("<H", stage1, STAGE1_COUNT_OFFSET, stage2_sectors)
    # Over stage 2's first sectors as written (the parameter block patched).
    struct.pack_into("<I", stage1, STAGE1_CRC_OFFSET, zlib.crc32(stage2[:CHECKED_BYTES]))
    struct.pack_into("<IH", stage1, DISK_SIGNATURE_OFFSET, DISK_SIGNATURE, 0)
    stage1[0x1BE:0x1CE] = _partition_entry(1, total // SECTOR - 1)
    image[:SECTOR] = stage1
    image[SECTOR : SECTOR + len(stage2)] = stage2
    image[kernel_lba * SECTOR : kernel_lba * SECTOR + len(data)] = data
    return bytes(image)


def write_image(
    kernel: str | Path, output: str | Path | Output, cmdline: str = "", protocol: str = "auto"
) -> None:
    """Builds the image and writes it atomically (temp file + rename) to ``output``,
    which may not be the kernel file."""
    if not isinstance(output, Output):
        output = Output(output, inputs=[kernel], what="the image")
    output.write(build_image(kernel, cmdline, protocol=protocol))


def _partition_entry(first_lba: int, sectors: int) -> bytes:
    return struct.pack(
        "<B3sB3sII",
        0x80,
        _chs(first_lba),
        PARTITION_TYPE,
        _chs(first_lba + sectors - 1),
        first_lba,
        sectors,
    )


def _chs(lba: int, heads: int = 255, spt: int = 63) -> bytes:
    cylinder, rest = divmod(lba, heads * spt)
    if cylinder > 1023:
        return b"\xfe\xff\xff"
    head, sector = divmod(rest, spt)
    sector += 1
    return bytes([head, sector | ((cylinder >> 2) & 0xC0), cylinder & 0xFF])


def _align(value: int, to: int) -> int:
    return -(-value // to) * to
