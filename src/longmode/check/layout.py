"""Rules on the kernel's shape: ELF type, entry point, where segments load, code sections.

The segment rules are the ones ``longmode image`` enforces on an ELF64 kernel
(``_check_plan`` and ``build_image`` in :mod:`longmode.boot.image`), so that a
clean check means the image builder accepts the kernel: segments load at or
above 1 MiB and end at or below 4 GiB, do not overlap, and a segment linked
away from its load address lies in the upper half outside the loader's own
mappings. On top of those, what no loader can do: a segment whose p_filesz
exceeds p_memsz or whose bytes lie past the end of the file, and a virtual
range that wraps around 2^64 or leaves the canonical 48-bit address space.
(A kernel with a Multiboot header, which ``longmode image`` loads by that
header's rules, is checked as a plain ELF64 kernel.)
"""

from __future__ import annotations

import itertools
from collections.abc import Callable
from dataclasses import dataclass

from longmode.boot.bootinfo import KERNEL_MIN_PHYS, RESERVED_PML4_SLOTS
from longmode.boot.image import STAGING_LIMIT, UPPER_HALF, upper_half_delta
from longmode.check.report import Finding, Report
from longmode.elf import KernelElf, Section, Segment

#: Below 1 MiB live the IVT, BIOS data, the bootloader, VGA memory and ROMs.
LOWEST_LOAD_ADDRESS = KERNEL_MIN_PHYS
#: longmode's loader runs in 32-bit protected mode: it loads below 4 GiB.
HIGHEST_LOAD_END = 1 << 32
#: x86-64's 48-bit virtual addresses: the lower half ends here…
CANONICAL_LOW_END = 1 << 47
#: …and the upper half starts here.
CANONICAL_HIGH_START = UPPER_HALF
ADDRESS_SPACE_END = 1 << 64
PAGE = 0x1000
#: A PML4 slot maps 512 GiB.
SLOT_SHIFT = 39


@dataclass(frozen=True)
class Placement:
    """A loaded segment and the physical address longmode's loader puts it at."""

    segment: Segment
    paddr: int
    #: True when the loader moves it (an upper-half kernel with p_paddr = p_vaddr).
    moved: bool

    @property
    def end(self) -> int:
        return self.paddr + self.segment.memsz

    @property
    def where(self) -> str:
        """``physical 0x100000``, saying when the loader chose the address."""
        how = " (where the loader places it: linked in the upper half with p_paddr = p_vaddr)"
        return f"physical {self.paddr:#x}" + (how if self.moved else "")


def placements(segments: list[Segment]) -> list[Placement]:
    """Where ``longmode image`` loads each non-empty segment.

    The rule is the image builder's own (:func:`longmode.boot.image.upper_half_delta`):
    an upper-half kernel with p_paddr = p_vaddr is moved down to 1 MiB, any other
    segment loads at its p_paddr.
    """
    loaded = [s for s in segments if s.memsz]
    delta = upper_half_delta([(s.vaddr, s.paddr) for s in loaded])
    if delta:
        return [Placement(s, s.vaddr - delta, True) for s in loaded]
    return [Placement(s, s.paddr, False) for s in loaded]


def check_layout(kernel: KernelElf, report: Report) -> None:
    """Adds the layout findings (or passes) for ``kernel`` to ``report``."""
    if kernel.elf_type != "ET_EXEC":
        report.findings.append(
            Finding(
                "elf-type",
                f"the kernel is {kernel.elf_type}; a kernel must be an executable (ET_EXEC) "
                "linked at its load address",
            )
        )
    _check_entry(kernel, report)
    _check_segments(kernel, report)
    _check_code_sections(kernel, report)


def _check_entry(kernel: KernelElf, report: Report) -> None:
    where = kernel.describe(kernel.entry)
    if kernel.symbol_at(kernel.entry) is None:
        where += " (no symbol names it)"
    for segment in kernel.segments:
        if segment.vaddr <= kernel.entry < segment.vaddr + segment.memsz:
            if segment.executable:
                report.passed.append(f"entry {where} lies in executable segment {segment.index}")
            else:
                report.findings.append(
                    Finding(
                        "entry",
                        f"entry {where} lies in segment {segment.index}, which is not "
                        f"executable ({segment.perms})",
                    )
                )
            return
    report.findings.append(Finding("entry", f"entry {where} is outside every loaded segment"))


def _check_segments(kernel: KernelElf, report: Report) -> None:
    if not kernel.segments:
        report.findings.append(Finding("segments", "the kernel has no loaded (PT_LOAD) segment"))
        return
    placed = placements(kernel.segments)
    if not placed:
        report.findings.append(
            Finding(
                "segments",
                "every PT_LOAD segment is empty (p_memsz 0): the kernel must load something",
            )
        )
        return
    found = len(report.findings)
    for segment in kernel.segments:
        report.findings += _file_findings(segment, len(kernel.data))
    for placement in placed:
        report.findings += _virtual_findings(placement)
        report.findings += _physical_findings(placement)
    _report_overlaps(placed, "physical", lambda p: p.paddr, report)
    _report_overlaps(placed, "virtual", lambda p: p.segment.vaddr, report)
    if len(report.findings) == found:
        report.findings += _staging_findings(placed, len(kernel.data))
    if len(report.findings) == found:
        report.passed.append(
            f"{len(placed)} loaded segment(s) between 1 MiB and 4 GiB, none overlapping, "
            "all inside the file and the canonical address space"
        )


def _file_findings(segment: Segment, file_size: int) -> list[Finding]:
    """A segment's bytes must exist in the file and fit in its memory."""
    found = []
    i = segment.index
    if segment.filesz > segment.memsz:
        found.append(
            Finding(
                "segment-file",
                f"segment {i}'s p_filesz ({segment.filesz:#x}) must not exceed its p_memsz "
                f"({segment.memsz:#x}): a loader copies p_filesz bytes into p_memsz bytes",
            )
        )
    end = segment.offset + segment.filesz
    if end > file_size:
        found.append(
            Finding(
                "segment-file",
                f"segment {i}'s bytes must lie inside the file (p_offset {segment.offset:#x} + "
                f"p_filesz {segment.filesz:#x} ends at {end:#x}, past the file's "
                f"{file_size} bytes)",
            )
        )
    return found


def _virtual_findings(placement: Placement) -> list[Finding]:
    """The segment's virtual range: inside 2^64, canonical, and where the loader maps."""
    segment = placement.segment
    i, start, end = segment.index, segment.vaddr, segment.vaddr + segment.memsz
    if end > ADDRESS_SPACE_END:
        return [
            Finding(
                "segment-virtual",
                f"segment {i}'s virtual range must end inside the 64-bit address space "
                f"(p_vaddr {start:#x} + p_memsz {segment.memsz:#x} wraps past 2^64)",
            )
        ]
    if not (end <= CANONICAL_LOW_END or start >= CANONICAL_HIGH_START):
        return [
            Finding(
                "segment-virtual",
                f"segment {i}'s virtual range {start:#x}-{end:#x} must be canonical (below "
                f"{CANONICAL_LOW_END:#x} or from {CANONICAL_HIGH_START:#x} up): x86-64 has "
                "48-bit virtual addresses",
            )
        ]
    if start == placement.paddr:
        return []
    found = []
    if start < UPPER_HALF or _reserved_slots(start, end):
        found.append(
            Finding(
                "segment-virtual",
                f"segment {i} is linked at {start:#x}, away from its load address "
                f"{placement.paddr:#x}, so it must lie in the upper half (from "
                f"{UPPER_HALF:#x}), outside the loader's physical-memory map "
                f"(0xffff800000000000, 512 GiB) and stack slot (0xffffff0000000000)",
            )
        )
    if (start - placement.paddr) % PAGE:
        found.append(
            Finding(
                "segment-virtual",
                f"segment {i}'s virtual address {start:#x} and {placement.where} must have "
                "the same offset within a 4 KiB page",
            )
        )
    return found


def _reserved_slots(start: int, end: int) -> bool:
    """True when ``[start, end)`` (in the upper half) touches a PML4 slot the loader uses."""
    for slot in RESERVED_PML4_SLOTS:
        if slot < 256:
            continue
        slot_start = 0xFFFF_0000_0000_0000 | (slot << SLOT_SHIFT)
        if start < slot_start + (1 << SLOT_SHIFT) and slot_start < end:
            return True
    return False


def _physical_findings(placement: Placement) -> list[Finding]:
    """The segment's physical range: between 1 MiB and 4 GiB."""
    segment = placement.segment
    found = []
    if placement.paddr < LOWEST_LOAD_ADDRESS:
        found.append(
            Finding(
                "segment-below-1mib",
                f"segment {segment.index} loads at {placement.where}, below "
                f"1 MiB ({LOWEST_LOAD_ADDRESS:#x}), where firmware and the loader live",
            )
        )
    if placement.end > HIGHEST_LOAD_END:
        found.append(
            Finding(
                "segment-above-4gib",
                f"segment {segment.index} must end at or below 4 GiB ({HIGHEST_LOAD_END:#x}), "
                f"the most longmode's 32-bit loader can reach; it loads at {placement.where} "
                f"+ p_memsz {segment.memsz:#x}, ending at {placement.end:#x}",
            )
        )
    return found


def _staging_findings(placed: list[Placement], file_size: int) -> list[Finding]:
    """The loader's copy of the file, above the kernel, must end below its limit."""
    end = max(p.end for p in placed)
    staging = -(-end // PAGE) * PAGE
    if staging + file_size <= STAGING_LIMIT:
        return []
    return [
        Finding(
            "loader-staging",
            f"the loader copies the {file_size}-byte file above the kernel's end ({end:#x}, "
            f"rounded up to 4 KiB) before loading it; that copy must end by "
            f"{STAGING_LIMIT:#x}, not at {staging + file_size:#x}",
        )
    ]


def _report_overlaps(
    placed: list[Placement], space: str, start: Callable[[Placement], int], report: Report
) -> None:
    ordered = sorted(placed, key=start)
    for lower, upper in itertools.pairwise(ordered):
        if start(lower) + lower.segment.memsz > start(upper):
            report.findings.append(
                Finding(
                    "segment-overlap",
                    f"segments {lower.segment.index} and {upper.segment.index} overlap in "
                    f"{space} memory: {start(lower):#x}+{lower.segment.memsz:#x} reaches past "
                    f"{start(upper):#x}",
                )
            )


def _check_code_sections(kernel: KernelElf, report: Report) -> None:
    """Each executable section must be bytes an executable segment loads at its address,
    or the code checked is not the code that runs. (A file with no executable segment,
    an object file, has its own finding; its sections are what is decoded.)"""
    if not any(segment.executable for segment in kernel.segments):
        return
    code = [s for s in kernel.sections if s.is_code]
    found = len(report.findings)
    for section in code:
        message = _code_section_problem(section, kernel.segments)
        if message:
            report.findings.append(Finding("code-section", message))
    if code and len(report.findings) == found:
        report.passed.append(
            f"{len(code)} executable section(s), each loaded from the file by an executable segment"
        )


def _code_section_problem(section: Section, segments: list[Segment]) -> str | None:
    span = f"{section.address:#x}+{section.size:#x}"
    if section.kind == "SHT_NOBITS":
        return (
            f"{section.label} is executable but SHT_NOBITS: executable code must have bytes "
            f"in the file, and {span} would hold zeros"
        )
    if any(segment.executable and segment.loads(section) for segment in segments):
        return None
    return (
        f"{section.label} ({span} from file offset {section.offset:#x}) must be loaded by an "
        "executable segment: no executable PT_LOAD segment puts those file bytes at that "
        "address, so they are not the code that runs (and are not decoded)"
    )
