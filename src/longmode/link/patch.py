"""The last steps of a link: each placed input section's relocations patched into the
output's bytes (undefined symbols gathered into one error, overflows explained,
the GOT's slots filled, a position-independent output's dynamic relocations
listed), and the output's symbol table, as GNU ld writes them."""

from __future__ import annotations

import re
from collections.abc import Callable

from longmode.link import output, relocate
from longmode.link.got import Got, got_key
from longmode.link.layout import DISCARDED, Layout, LayoutResult
from longmode.link.model import (
    EM_386,
    EM_X86_64,
    SHN_ABS,
    SHN_UNDEF,
    STB_GLOBAL,
    STB_LOCAL,
    STB_WEAK,
    STT_FILE,
    STT_NOTYPE,
    STT_OBJECT,
    STT_SECTION,
    STV_DEFAULT,
    STV_HIDDEN,
    InputSection,
    InputSymbol,
    LinkError,
    ObjectFile,
)
from longmode.link.resolve import SymbolTable, skipped_member


def apply_relocations(
    layout: Layout,
    result: LayoutResult,
    data: dict[str, bytearray],
    got: Got,
    dynamic: list[tuple[int, int]] | None = None,
) -> None:
    """Patches every placed input section's relocations into ``data`` (the output
    sections' bytes, by name); undefined symbols are collected into one error.
    For a position-independent executable (``dynamic`` given) each absolute 64-bit
    address the loader must move is also appended there as (place, value): its
    R_X86_64_RELATIVE relocation; a 32-bit absolute one is an error."""
    machine = layout.machine
    table = layout.table
    mask = (1 << layout.bits) - 1
    missing: dict[str, list[str]] = {}
    slot_size = 8 if machine == EM_X86_64 else 4
    got_values: dict[int, int] = {}
    fields = relocate.FIELDS[machine]
    # the GOT's base (the psABIs' GOT: _GLOBAL_OFFSET_TABLE_) and its slots
    slots_at = layout.section_address_of(got.section) if got.section is not None else None
    base_at = layout.section_address_of(got.base) if got.base is not None else None
    got_base = base_at if base_at is not None else (slots_at or 0)
    #: (file, symbol index) -> (S, size): most relocations repeat a few symbols
    symbol_values: dict[tuple[int, int], tuple[int | None, int]] = {}
    #: how the bulk patching writes each file's r_infos, and where merged sections went
    pending_plans: dict[int, tuple[dict[int, relocate.PendingPlan], _PendingValueOf]] = {}
    starts: dict[int, dict[int, int]] = {}
    for placed in result.sections:
        out = data.get(placed.name)
        if out is None:
            continue
        tombstone = 1 if placed.name == ".debug_ranges" else 0
        for piece in placed.pieces:
            section = piece.section
            obj = section.file
            base = placed.address + piece.offset
            # (a position-independent link's loaded sections need the general path:
            # their absolute addresses become R_X86_64_RELATIVE relocations)
            bulk = dynamic is None or not placed.alloc
            if bulk and section.pending:
                known_plans = pending_plans.get(id(obj))
                if known_plans is None:
                    value_of = _pending_value(layout, table, section, starts)
                    known_plans = pending_plans[id(obj)] = ({}, value_of)
                if relocate.patch_pending(
                    machine, section, out, piece.offset, *known_plans, tombstone, DISCARDED
                ):
                    continue
            for rel in section.relocations:
                if rel.type == 0:
                    continue
                symbol = obj.symbols[rel.symbol]
                where = _Where(obj, section, rel.offset)
                addend = rel.addend
                s: int | None
                holder = obj.sections.get(symbol.section) if symbol.type == STT_SECTION else None
                if holder is not None and holder in layout.merged:
                    # a section symbol in a mergeable section: S + A is the entry at
                    # st_value + A (ld's _bfd_elf_rela_local_sym)
                    target, moved = layout.locate(holder, symbol.value + addend)
                    start = layout.section_address_of(target)
                    s, size, addend = (start or 0) + moved, 0, 0
                else:
                    key = (id(obj), rel.symbol)
                    known = symbol_values.get(key)
                    if known is None or known[0] is None:
                        known = symbol_values[key] = _symbol_value(
                            layout, table, obj, rel.symbol, missing, where
                        )
                    s, size = known
                kind, offset = rel.type, rel.offset
                field = fields.get(kind) or relocate.field_of(machine, kind, str(where))
                if (
                    machine == EM_X86_64
                    and kind in relocate.X86_64_RELAXABLE
                    and addend == -4
                    and s is not None
                ):
                    local = piece.offset + offset
                    wanted = relocate.wrap(s + addend + 4, 64)
                    relaxed = relocate.relax_gotpcrelx(
                        out, local, kind, address=wanted, pic=dynamic is not None
                    )
                    if relaxed is not None:
                        kind, local = relaxed
                        offset = local - piece.offset
                        field = relocate.field_of(machine, kind, str(where))
                        if kind in (relocate.R_X86_64_32, relocate.R_X86_64_32S):
                            addend += 4
                g = 0
                if machine == EM_386 and kind == relocate.R_386_GOT32X and s is not None:
                    local = piece.offset + offset
                    relaxed_386 = relocate.relax_got32x(out, local)
                    if relaxed_386 is not None:
                        kind, local, new_addend = relaxed_386
                        offset = local - piece.offset
                        addend = addend if new_addend is None else new_addend
                        field = relocate.field_of(machine, kind, str(where))
                if (machine == EM_X86_64 and kind in relocate.X86_64_GOT_TYPES) or (
                    machine == EM_386 and kind in relocate.I386_GOT_TYPES
                ):
                    if slots_at is None:
                        raise LinkError(f"{where}: needs a GOT slot that was not planned")
                    slot = got.slot(got_key(table, obj, rel.symbol))
                    g = slots_at + slot * slot_size - got_base  # from the GOT's base
                    got_values[slot] = s or 0
                if s is None:
                    s = 0
                place = base + offset
                if s == DISCARDED:
                    # ld's tombstone for a reference to a dropped section: 0 whatever
                    # the addend, 1 in .debug_ranges (0, 0 would end a range list)
                    relocate.write(out, piece.offset + offset, field, tombstone)
                    continue
                values = relocate.Values(s, addend, place, g, got_base, size)
                number = relocate.wrap(relocate.value(machine, kind, values), layout.bits)
                if (
                    dynamic is not None
                    and placed.alloc
                    and kind in (relocate.R_X86_64_64, relocate.R_X86_64_32, relocate.R_X86_64_32S)
                    and _moves(layout, table, obj, symbol)
                ):
                    if kind != relocate.R_X86_64_64:
                        raise LinkError(
                            f"{where}: {relocate.type_name(machine, kind)} against "
                            f"`{symbol.name or section.name}` cannot be used in a position-"
                            "independent executable: compile with -fPIE (or -fPIC)"
                        )
                    dynamic.append((place, number & mask))
                if not relocate.fits(field, number):
                    name = symbol.name or section.name
                    raise LinkError(
                        f"{where}: {relocate.type_name(machine, kind)} cannot reach "
                        f"{s & mask:#x} (`{name}` + {addend:#x}) from {place & mask:#x}: the "
                        f"value {number & mask:#x} does not fit in {field.size * 8} bits"
                        + _overflow_hint(machine, kind, s)
                    )
                relocate.write(out, piece.offset + offset, field, number)
    if missing:
        lines = []
        for name, places in sorted(missing.items()):
            line = (
                f"`{name}` (referenced from {', '.join(places[:4])}"
                + (f" and {len(places) - 4} more" if len(places) > 4 else "")
                + ")"
            )
            member = skipped_member(table, name)
            if member is not None:
                line += (
                    f": {member} defines it, but its archive came before the file that "
                    "needs it; put the archive after it, or both in --start-group ... "
                    "--end-group"
                )
            lines.append(line)
        raise LinkError("undefined symbols: " + "; ".join(lines))
    if got.section is not None and got_values:
        # the slots, in the output section that holds .got (often .data)
        got_output = layout.output_of(got.section)
        start = layout.section_address_of(got.section)
        out = data.get(got_output.name) if got_output is not None else None
        if out is not None and got_output is not None and start is not None:
            for slot, number in got_values.items():
                if dynamic is not None:
                    dynamic.append((start + slot * slot_size, number & mask))
                at = start - got_output.address + slot * slot_size
                out[at : at + slot_size] = (number & ((1 << (8 * slot_size)) - 1)).to_bytes(
                    slot_size, "little"
                )


def _pending_value(
    layout: Layout, table: SymbolTable, section: InputSection, starts: dict[int, dict[int, int]]
) -> _PendingValueOf:
    """What :func:`relocate.patch_pending` needs of a symbol of ``section``'s file: its
    value S (DISCARDED in a dropped section), or for a section symbol of a merged
    section the address of each of its original entries (kept in ``starts`` for
    the other files' references) with the function from A to S + A for a place
    inside an entry; None for an undefined one (the general path says which, or
    that it is weak)."""
    obj = section.file
    where = _Where(obj, section, 0)

    def value_of(index: int) -> relocate.PendingValue:
        symbol = obj.symbols[index]
        holder = obj.sections.get(symbol.section)
        found = layout.merged.get(holder) if holder is not None else None
        if holder is None or found is None or symbol.type != STT_SECTION:
            # (an undefined symbol is recorded by the general path, not here)
            return _symbol_value(layout, table, obj, index, {}, where)[0]
        merged, base = holder, symbol.value
        addresses = starts.get(id(found))
        if addresses is None:
            addresses = starts[id(found)] = found.start_addresses(layout.section_address_of)

        def entry(addend: int) -> int:
            target, moved = layout.locate(merged, base + addend)
            return (layout.section_address_of(target) or 0) + moved

        return addresses, base, entry

    return value_of


_PendingValueOf = Callable[[int], relocate.PendingValue]


class _Where:
    """``file(section+0xoffset)`` for messages, made into text only when needed."""

    __slots__ = ("obj", "offset", "section")

    def __init__(self, obj: ObjectFile, section: InputSection, offset: int) -> None:
        self.obj, self.section, self.offset = obj, section, offset

    def __str__(self) -> str:
        return f"{self.obj.name}({self.section.name}+{self.offset:#x})"


def _moves(layout: Layout, table: SymbolTable, obj: ObjectFile, symbol: InputSymbol) -> bool:
    """Whether a symbol's address moves with a position-independent executable's base
    (defined in a section), rather than being absolute or an undefined weak 0."""
    if symbol.bind == STB_LOCAL or symbol.type == STT_SECTION:
        return symbol.section not in (SHN_ABS, SHN_UNDEF)
    entry = table.symbols.get(symbol.name)
    if entry is not None and entry.state == "common":
        return True
    if entry is not None and entry.state == "defined":
        return entry.section is not None
    defined = layout.symbols.get(symbol.name)
    return defined is not None and defined.section is not None


def _overflow_hint(machine: int, kind: int, target: int) -> str:
    if machine == EM_X86_64 and kind == relocate.R_X86_64_32S:
        return ": compile with -mcmodel=kernel, or link below 2 GiB"
    if machine == EM_X86_64 and kind == relocate.R_X86_64_32:
        return ": link below 4 GiB, or compile for a larger code model"
    if kind in (relocate.R_X86_64_PC32, relocate.R_X86_64_PLT32) and machine == EM_X86_64:
        return (
            ": the code and its target are more than 2 GiB apart (-mcmodel=large, or keep "
            "them together)"
        )
    return ""


def _symbol_value(
    layout: Layout,
    table: SymbolTable,
    obj: ObjectFile,
    index: int,
    missing: dict[str, list[str]],
    where: _Where,
) -> tuple[int | None, int]:
    """(S, the symbol's size) for symbol ``index`` of ``obj``;
    None for S when it is undefined (recorded in ``missing`` unless weak)."""
    symbol = obj.symbols[index]
    if index == 0:
        return 0, 0
    if symbol.bind == STB_LOCAL or symbol.type == STT_SECTION:
        if symbol.section == SHN_ABS:
            return symbol.value, symbol.size
        section = obj.sections.get(symbol.section)
        if section is None:
            return 0, 0
        target, offset = layout.locate(section, symbol.value)
        address = layout.section_address_of(target)
        if address is None:
            # a reference into a discarded section (/DISCARD/, gc, a dropped COMDAT copy)
            return DISCARDED, 0
        return address + offset, symbol.size
    script_symbol = layout.symbols.get(symbol.name)
    entry = table.symbols.get(symbol.name)
    if entry is not None and entry.state in ("defined", "common"):
        address = layout.global_address(entry)
        if address is not None:
            return address, entry.size
    if script_symbol is not None:
        return script_symbol.address, 0
    if entry is not None and entry.state == "defined" and entry.section is not None:
        return DISCARDED, 0
    if symbol.bind == STB_WEAK or (entry is not None and entry.weak_reference):
        return 0, 0
    places = missing.setdefault(symbol.name, [])
    text = str(where)
    section_of = text.rsplit("+", 1)[0]
    if not any(p.startswith(section_of + "+") for p in places):
        places.append(text)  # the first place in each section, as ld shows it
    return None, 0


# --- output symbols -----------------------------------------------------------------


def output_symbols(
    layout: Layout, result: LayoutResult, outputs: dict[str, output.OutputSection]
) -> list[output.OutputSymbol]:
    """The output's symbol table: each file's local symbols (after its STT_FILE
    symbol; not the local labels in mergeable sections, which ld discards), then
    hidden globals made local, then the globals by name, the script's among them."""
    table = layout.table

    def output_of(section: InputSection | None) -> output.OutputSection | None:
        name = None if section is None else _placed_name(layout, section)
        return None if name is None else outputs.get(name)

    made: list[output.OutputSymbol] = []
    for obj in table.files:
        # a file that contributes no section (all collected) leaves no symbols
        if not any(layout.section_address_of(s) is not None for s in obj.sections.values()):
            continue
        for local in obj.symbols[1:]:
            if local.bind != STB_LOCAL or local.type == STT_SECTION or not local.name:
                continue
            if local.type == STT_FILE:
                made.append(output.OutputSymbol(local.name, 0, 0, 0, STT_FILE, 0, None))
                continue
            if local.section == SHN_ABS:
                made.append(output.OutputSymbol(
                    local.name, local.value, local.size, 0, local.type, local.visibility, None
                ))  # fmt: skip
                continue
            section = obj.sections.get(local.section)
            if section is None or (section in layout.merged and _is_local_label(local.name)):
                # ld's default discard_sec_merge: local labels in mergeable sections go
                continue
            # (in a mergeable section: where its entry went)
            target, offset = layout.locate(section, local.value)
            address = layout.section_address_of(target)
            if address is None:
                continue
            made.append(output.OutputSymbol(
                local.name, address + offset, local.size, 0, local.type, local.visibility,
                output_of(target),
            ))  # fmt: skip
    hidden: list[output.OutputSymbol] = []
    globals_: list[output.OutputSymbol] = []
    for name in sorted(set(table.symbols) | set(layout.symbols)):
        entry = table.symbols.get(name)
        defined = layout.symbols.get(name)
        if entry is not None and entry.state in ("defined", "common"):
            address = layout.global_address(entry)
            if address is None:
                continue
            if entry.state == "common":
                kind, home = STT_OBJECT, output_of(layout.common)
            else:
                kind, home = entry.type, output_of(entry.section)
            # an object's hidden symbol stays global in an executable's .symtab (ld);
            # the linker's own local ones (_GLOBAL_OFFSET_TABLE_) go with the locals
            is_hidden = entry.bind == STB_LOCAL
            made_symbol = output.OutputSymbol(
                name, address, entry.size, entry.bind, kind, entry.visibility, home
            )
        elif defined is not None:
            if defined.provide and (entry is None or entry.state != "undefined"):
                continue
            is_hidden = defined.hidden
            home = outputs.get(defined.section) if defined.section else None
            made_symbol = output.OutputSymbol(
                name, defined.address, 0, STB_LOCAL if is_hidden else STB_GLOBAL, STT_NOTYPE,
                STV_HIDDEN if is_hidden else STV_DEFAULT, home,
            )  # fmt: skip
        else:  # undefined (weak: a static link's symbol table leaves it out, as ld)
            continue
        (hidden if is_hidden else globals_).append(made_symbol)
    if hidden and any(symbol.type == STT_FILE for symbol in made):
        # ld's empty STT_FILE: the locals after it belong to no input file
        made.append(output.OutputSymbol("", 0, 0, 0, STT_FILE, 0, None))
    return made + hidden + globals_


#: bfd's fake symbols and numbered local labels: ``L0^A``, ``L1^B2``, ``.L3^A``.
_NUMBERED_LABEL = re.compile(r"\.?L([0-9]+[\x01\x02][0-9]*|0\x01.*)", re.DOTALL)


def _is_local_label(name: str) -> bool:
    """bfd's ``_bfd_elf_is_local_label_name``: the assembler's local labels (``.L``,
    ``..``, gcc's ``_.L_``, numbered and fake labels), which ld may discard."""
    return name.startswith((".L", "..", "_.L_")) or _NUMBERED_LABEL.fullmatch(name) is not None


def _placed_name(layout: Layout, section: InputSection) -> str | None:
    placed = layout.output_of(section)
    return None if placed is None else placed.name
