"""The loader's failures, declared once: code, message, what went wrong.

When stage 1 or stage 2 cannot go on, it prints ``longmode: <message>`` (stage 1
on the screen; stage 2 on the screen and on COM1), writes the failure's code to
the isa-debug-exit port (:data:`longmode.platform.DEBUG_EXIT_PORT`) and halts
with interrupts off. QEMU with ``-device isa-debug-exit`` and longmode's machine
then exit with ``(code << 1) | 1``; on a PC without the device the write does
nothing and the message stays on the screen.

The codes are 0x20-0x23 (stage 1) and 0x28-0x30 (stage 2): exit statuses 65-71
and 81-97. They are distinct, odd and below 128 (a shell's 128 + signal), stay
clear of the statuses `longmode run` gives itself (0, 2-5), of the small
values kernels write for "failed" (0 and 1, statuses 1 and 3) and of blog_os'
0x10/0x11 (33/35, which longmode's own kernels use).

The assembly sources get the codes as defines ``FAIL_<NAME>`` (:func:`asm_defines`)
and write each message as ``db "<message>", 0, FAIL_<NAME>``: the loader prints
the string and sends the byte after its NUL to the port. A test checks the
sources against this table. :func:`loader_failure` turns an exit status back
into the failure, for images that longmode built.
"""

from __future__ import annotations

import struct
from enum import IntEnum

from longmode.boot import bootinfo
from longmode.platform import DEBUG_EXIT_PORT, debug_exit_status

#: What every message is prefixed with on the screen and COM1.
PREFIX = "longmode: "


class LoaderFailure(IntEnum):
    """A failure of the loader; the value is the code written to the exit port."""

    stage: int
    message: str
    description: str

    def __new__(cls, code: int, stage: int, message: str, description: str) -> LoaderFailure:
        failure = int.__new__(cls, code)
        failure._value_ = code
        failure.stage = stage
        failure.message = message
        failure.description = description
        return failure

    STAGE2_READ = (
        0x20,
        1,
        "disk read error",
        "stage 1 could not read stage 2 (INT 13h extensions, then CHS reads): the image is "
        "shorter than its stage 2, or the disk failed",
    )
    STAGE2_GEOMETRY = (
        0x21,
        1,
        "no disk geometry",
        "no INT 13h extensions (or their read failed), and INT 13h AH=08h gave no geometry "
        "for CHS reads",
    )
    STAGE2_MISSING = (
        0x22,
        1,
        "stage 2 missing",
        "the sector after the MBR does not hold stage 2 (its magic `LMS2` at offset 8)",
    )
    STAGE2_DAMAGED = (
        0x23,
        1,
        "stage 2 is damaged",
        "a stage-2 sector is not as `longmode image` wrote it: stage 1 checks the CRC-32 of "
        "the first two against the MBR's, stage 2 (from those) the rest against its "
        "parameter block's",
    )
    A20 = (
        0x28,
        2,
        "cannot enable the A20 line",
        "A20 stayed off after INT 15h AX=2401h, port 92h and the 8042",
    )
    NO_MEMORY_MAP = (
        0x29,
        2,
        "the BIOS gives no memory map (E820, E801, 88h)",
        "neither INT 15h E820h, E801h nor 88h answered",
    )
    NOT_ENOUGH_MEMORY = (
        0x2A,
        2,
        "not enough memory for the kernel",
        "the kernel's segments and the staging copy of its file do not fit in the RAM that "
        "starts at 1 MiB",
    )
    NO_LONG_MODE = (
        0x2B,
        2,
        "this CPU has no long mode (x86-64): the kernel cannot run on it",
        "CPUID reports no long mode (only ELF64 kernels need it)",
    )
    KERNEL_GEOMETRY = (
        0x2C,
        2,
        "no disk geometry for loading the kernel",
        "no INT 13h extensions, and INT 13h AH=08h gave no geometry for CHS reads",
    )
    KERNEL_READ = (
        0x2D,
        2,
        "disk read error while loading the kernel",
        "a read of the kernel file failed: the image is shorter than its kernel, or the disk "
        "failed",
    )
    NOT_ELF64 = (
        0x2E,
        2,
        "the kernel is not an ELF64 file",
        "the kernel file read from the disk does not start with an ELF64 header",
    )
    IDENTITY_MAP_OVERLAP = (
        0x2F,
        2,
        "a kernel segment overlaps the identity map",
        "a segment's virtual address lies in the identity map or the physical-memory map "
        "(large pages); `longmode image` refuses such kernels, so the image was altered",
    )
    PAGE_TABLES_FULL = (
        0x30,
        2,
        "out of page-table memory",
        "the kernel's segments and stack need more 4 KiB page tables than fit in 0x30000-0x80000",
    )

    @property
    def exit_status(self) -> int:
        """The exit status QEMU and longmode's machine give for this failure."""
        return debug_exit_status(self.value)

    @property
    def define(self) -> str:
        """The name of the assembler define that holds the code."""
        return f"FAIL_{self.name}"


_BY_STATUS = {failure.exit_status: failure for failure in LoaderFailure}
assert len(_BY_STATUS) == len(LoaderFailure), "two failures share an exit status"


def asm_defines() -> dict[str, str | None]:
    """The codes (``FAIL_<NAME>``) and the exit port, as NASM single-line macros."""
    defines: dict[str, str | None] = {f.define: hex(f.value) for f in LoaderFailure}
    defines["DEBUG_EXIT_PORT"] = hex(DEBUG_EXIT_PORT)
    return defines


def has_longmode_mbr(image: bytes) -> bool:
    """True when ``image`` starts with the MBR `longmode image` writes (its disk signature
    and the boot signature)."""
    if len(image) < 512 or image[510:512] != b"\x55\xaa":
        return False
    (signature,) = struct.unpack_from("<I", image, bootinfo.DISK_SIGNATURE_OFFSET)
    return bool(signature == bootinfo.DISK_SIGNATURE)


def has_longmode_stage2(image: bytes) -> bool:
    """True when ``image`` has longmode's MBR and, after it, stage 2's magic."""
    start = 512 + bootinfo.PARAMS_OFFSET
    magic = image[start : start + len(bootinfo.STAGE2_MAGIC)]
    return has_longmode_mbr(image) and magic == bootinfo.STAGE2_MAGIC


def loader_failure(image: bytes, status: int) -> LoaderFailure | None:
    """The loader failure that ``status`` reports for a boot of disk ``image``, or None.

    None unless ``status`` is one of the table's exit statuses and ``image`` holds
    the stage that reports that failure: longmode's MBR for stage 1's failures,
    and stage 2 after it for stage 2's. A kernel that exits with one of these
    statuses from another loader's image is not taken for ours.
    """
    failure = _BY_STATUS.get(status)
    if failure is None:
        return None
    present = has_longmode_mbr(image) if failure.stage == 1 else has_longmode_stage2(image)
    return failure if present else None


def render_markdown_table() -> str:
    """The table of docs/boot-protocol.md (a test checks the doc holds it)."""
    lines = [
        "| exit status | code | stage | message (after `longmode: `) | meaning |",
        "| --- | --- | --- | --- | --- |",
    ]
    for f in LoaderFailure:
        lines.append(
            f"| {f.exit_status} | {f.value:#04x} | {f.stage} | `{f.message}` | {f.description} |"
        )
    return "\n".join(lines) + "\n"
