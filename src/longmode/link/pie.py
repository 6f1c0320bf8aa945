"""Static position-independent executables (``-pie --no-dynamic-linker``), as rustc
links its ``x86_64-unknown-none`` target (bootloader_api kernels): an ET_DYN file
linked at 0 whose loader moves it, with ``.rela.dyn`` holding an R_X86_64_RELATIVE
relocation for every absolute address in it (the x86-64 psABI's "B + A"), and a
``.dynamic`` section that says where they are (DT_RELA, DT_RELASZ, DT_RELAENT,
DT_RELACOUNT) and that the file is a PIE bound at once (DT_FLAGS_1: PIE, NOW),
in a PT_DYNAMIC segment (the linker's program headers add it). ``_DYNAMIC`` is
defined at ``.dynamic``.

There is no dynamic symbol table or hash table: nothing is resolved at load time.
The layout of these sections is longmode's own, not GNU ld's (whose static-pie
output also has .dynsym, .dynstr and .gnu.hash).
"""

from __future__ import annotations

import struct
from dataclasses import dataclass

from longmode.link.layout import Layout
from longmode.link.model import (
    SHF_ALLOC,
    SHF_WRITE,
    STB_LOCAL,
    STT_OBJECT,
    InputSection,
    ObjectFile,
)
from longmode.link.relocate import R_X86_64_64, R_X86_64_RELATIVE
from longmode.link.resolve import SymbolTable

SHT_RELA, SHT_DYNAMIC = 4, 6
DT_NULL, DT_RELA, DT_RELASZ, DT_RELAENT, DT_FLAGS = 0, 7, 8, 9, 30
DT_FLAGS_1, DT_RELACOUNT = 0x6FFFFFFB, 0x6FFFFFF9
DF_BIND_NOW, DF_1_NOW, DF_1_PIE = 0x8, 0x1, 0x08000000
#: .dynamic's entries, DT_NULL included.
ENTRIES = 7
RELA = struct.Struct("<QQq")


@dataclass(slots=True)
class Dynamic:
    """The linker-made sections of a position-independent executable."""

    relocations: InputSection
    dynamic: InputSection


def plan(table: SymbolTable, machine: int) -> Dynamic:
    """``.rela.dyn`` (sized by :func:`size` once --gc-sections is done) and
    ``.dynamic``, as input sections of a linker-made file; ``_DYNAMIC``."""
    holder = ObjectFile("<linker: pie>", machine, 64, {}, [])
    relocations = InputSection(holder, 1, ".rela.dyn", SHT_RELA, SHF_ALLOC, 8, b"", 0, entsize=24)
    size = 16 * ENTRIES
    dynamic = InputSection(
        holder, 2, ".dynamic", SHT_DYNAMIC, SHF_ALLOC | SHF_WRITE, 8, bytes(size), size, entsize=16
    )
    holder.sections = {1: relocations, 2: dynamic}
    table.files.append(holder)
    entry = table.get("_DYNAMIC")
    if entry.state == "undefined":
        entry.state, entry.file, entry.section, entry.value = "defined", holder, dynamic, 0
        entry.bind, entry.type = STB_LOCAL, STT_OBJECT
    return Dynamic(relocations, dynamic)


def size(layout: Layout, made: Dynamic) -> None:
    """Sizes ``.rela.dyn``: one entry per R_X86_64_64 in the sections kept (each may
    need one) and one per GOT slot. Entries not needed are written as
    R_X86_64_NONE, which loaders skip."""
    count = 0
    for obj in layout.table.files:
        for section in obj.sections.values():
            if section.is_alloc and section not in layout.discarded:
                count += sum(1 for r in section.relocations if r.type == R_X86_64_64)
    if layout.got.section is not None:
        count += layout.got.section.size // 8
    made.relocations.size = count * RELA.size
    made.relocations.data = bytes(made.relocations.size)


def write(
    layout: Layout,
    contents: dict[str, bytearray],
    made: Dynamic,
    relatives: list[tuple[int, int]],
) -> None:
    """Fills ``.rela.dyn`` (by address, as ld's -z combreloc sorts them) and
    ``.dynamic`` in the output sections' bytes."""
    table = bytearray()
    for place, value in sorted(relatives):
        table += RELA.pack(place, R_X86_64_RELATIVE, value - (1 << 64) if value >> 63 else value)
    capacity = made.relocations.size
    if len(table) > capacity:
        raise AssertionError(".rela.dyn outgrew its planned size")
    table += bytes(capacity - len(table))  # R_X86_64_NONE for the entries not needed
    rela_at = layout.section_address_of(made.relocations)
    for section, data in ((made.relocations, table), (made.dynamic, None)):
        placed = layout.output_of(section)
        if placed is None:
            continue
        out = contents[placed.name]
        start = (layout.section_address_of(section) or 0) - placed.address
        if data is None:
            entries = [
                (DT_RELA, rela_at or 0),
                (DT_RELASZ, capacity),
                (DT_RELAENT, RELA.size),
                (DT_RELACOUNT, len(relatives)),
                (DT_FLAGS, DF_BIND_NOW),
                (DT_FLAGS_1, DF_1_NOW | DF_1_PIE),
                (DT_NULL, 0),
            ]
            data = bytearray(b"".join(struct.pack("<qQ", tag, v) for tag, v in entries))
        out[start : start + len(data)] = data
