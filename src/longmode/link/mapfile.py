"""``-Map FILE``: where everything went, and why.

Like GNU ld's map it lists the archive members loaded (and the symbol that
pulled each in), the input sections left out, and each output section with its
input sections and their global symbols; beyond ld's, each dropped section says
why it was dropped (``/DISCARD/`` and where, ``--gc-sections``, a COMDAT copy) and,
with ``--gc-sections``, each kept section says why it was kept (the entry, a
``KEEP``, or the first section found referring to it).
"""

from __future__ import annotations

from longmode.link.layout import Layout, LayoutResult
from longmode.link.model import InputSection


def render(layout: Layout, result: LayoutResult, output: str, *, gc: bool) -> str:
    table = layout.table
    lines = [f"longmode link map of {output}", ""]
    lines.append("Archive members loaded (archive(member): the symbol that needed it)")
    if not table.loaded_members:
        lines.append("  none")
    for archive, member, because in table.loaded_members:
        lines.append(f"  {archive}({member}): {because}")
    lines += ["", "Input sections left out"]
    dropped = sorted(
        (s for s in result.discarded if s.size or s.relocations),
        key=lambda s: (s.file.name, s.index),
    )
    if not dropped:
        lines.append("  none")
    for section in dropped:
        reason = layout.dropped_by.get(section, "")
        lines.append(f"  {section.where}  {section.size:#x} bytes  {reason}".rstrip())
    lines += ["", "Output sections (address, load address, size, alignment)"]
    symbols: dict[InputSection, list[tuple[int, str]]] = {}
    for name, entry in table.symbols.items():
        if entry.state == "defined" and entry.section is not None:
            address = layout.global_address(entry)
            if address is not None:
                symbols.setdefault(entry.section, []).append((address, name))
    for placed in result.sections:
        lines.append(
            f"{placed.name:<24} {placed.address:#018x} {placed.load_address:#018x} "
            f"{placed.size:#10x} {placed.align:#x}"
        )
        for piece in placed.pieces:
            section = piece.section
            address = placed.address + piece.offset
            kept = ""
            if gc and section.is_alloc:
                kept = f"  kept: {layout.kept_by.get(section, 'a root')}"
            lines.append(f"  {address:#018x} {section.size:#10x} {section.where}{kept}")
            for value, name in sorted(symbols.get(section, [])):
                lines.append(f"      {value:#018x}   {name}")
    lines += ["", "Symbols from the linker script and --defsym"]
    if not result.script_symbols:
        lines.append("  none")
    for name, defined in sorted(result.script_symbols.items()):
        where = f" ({defined.section})" if defined.section else ""
        lines.append(f"  {defined.address:#018x}   {name}{where}")
    entry_name = f" ({result.entry_name})" if result.entry_name else ""
    lines += ["", f"Entry point: {result.entry:#x}{entry_name}", ""]
    return "\n".join(lines)
