"""Rules on the kernel's shape: ELF type, entry point, where segments load."""

from __future__ import annotations

import itertools
from collections.abc import Callable

from longmode.check.report import Finding, Report
from longmode.elf import KernelElf, Segment

#: Below 1 MiB live the IVT, BIOS data, the bootloader, VGA memory and ROMs.
LOWEST_LOAD_ADDRESS = 0x100000


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
    found = len(report.findings)
    for segment in kernel.segments:
        if segment.paddr < LOWEST_LOAD_ADDRESS:
            report.findings.append(
                Finding(
                    "segment-below-1mib",
                    f"segment {segment.index} loads at physical {segment.paddr:#x}, below "
                    f"1 MiB ({LOWEST_LOAD_ADDRESS:#x}), where firmware and the loader live",
                )
            )
    ordered = sorted(kernel.segments, key=lambda s: s.paddr)
    _report_overlaps(ordered, "physical", lambda s: s.paddr, report)
    ordered = sorted(kernel.segments, key=lambda s: s.vaddr)
    _report_overlaps(ordered, "virtual", lambda s: s.vaddr, report)
    if len(report.findings) == found:
        report.passed.append(
            f"{len(kernel.segments)} loaded segment(s) at or above 1 MiB, none overlapping"
        )


def _report_overlaps(
    ordered: list[Segment], space: str, start: Callable[[Segment], int], report: Report
) -> None:
    for lower, upper in itertools.pairwise(ordered):
        if start(lower) + lower.memsz > start(upper):
            report.findings.append(
                Finding(
                    "segment-overlap",
                    f"segments {lower.index} and {upper.index} overlap in {space} memory: "
                    f"{start(lower):#x}+{lower.memsz:#x} reaches past {start(upper):#x}",
                )
            )
