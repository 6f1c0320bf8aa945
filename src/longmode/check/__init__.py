"""Lints over a kernel ELF: the rules a bootable, interrupt-safe kernel must keep.

``check_kernel(path)`` reads the file (a regular file of at most 256 MiB; raising
:class:`~longmode.elf.ElfFormatError`, one line, when it is not a readable ELF64
x86-64 file) and returns a :class:`~longmode.check.report.Report`: which rules
passed and every place a rule is broken, with address, symbol and disassembly.
A file that reads but that no loader can load (a segment past the end of the
file or above 4 GiB, an executable section with no bytes) is a finding, not an
error.
"""

from __future__ import annotations

from pathlib import Path

from longmode.check.layout import check_layout
from longmode.check.redzone import check_red_zone
from longmode.check.report import Finding, Report
from longmode.check.simd import check_simd
from longmode.elf import KernelElf

__all__ = ["Finding", "Report", "check_kernel"]


def check_kernel(path: str | Path) -> Report:
    """Checks the kernel ELF at ``path`` against every rule."""
    kernel = KernelElf.load(path)
    report = Report()
    kind = {"ET_EXEC": "executable", "ET_DYN": "position-independent (ET_DYN)"}.get(
        kernel.elf_type, kernel.elf_type
    )
    report.header.append(
        f"{kernel.path}: ELF64 x86-64 {kind}, entry {kernel.describe(kernel.entry)}"
    )
    for segment in kernel.segments:
        report.header.append(
            f"  LOAD {segment.index}  {segment.perms}  vaddr {segment.vaddr:#x}  "
            f"paddr {segment.paddr:#x}  filesz {segment.filesz:#x}  memsz {segment.memsz:#x}"
        )
    check_layout(kernel, report)
    check_simd(kernel, report)
    check_red_zone(kernel, report)
    return report
