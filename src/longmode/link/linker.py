"""``longmode link``: the link from command line to output file.

Reads the inputs in command-line order (objects, archives, ``-l`` libraries),
resolves symbols (:mod:`~longmode.link.resolve`), lays the sections out with the
linker script (:mod:`~longmode.link.layout`; without ``-T``, :data:`DEFAULT_SCRIPT`),
applies the relocations, builds program headers and writes the executable
(:mod:`~longmode.link.output`) — or raw bytes for ``--oformat binary``.
"""

from __future__ import annotations

import gc
import os
from collections.abc import Callable
from typing import NamedTuple

from longmode.files import Output, map_input, read_input
from longmode.link import ehframe, output, patch, pie, script
from longmode.link import layout as layouts
from longmode.link.command import EMULATIONS, LinkOptions
from longmode.link.got import GOT_SYMBOL, Got, got_uses
from longmode.link.inputs import find_library, is_archive, is_object, read_archive, read_object
from longmode.link.model import (
    EM_386,
    EM_X86_64,
    SHF_ALLOC,
    SHF_EXECINSTR,
    SHF_TLS,
    SHF_WRITE,
    SHT_NOBITS,
    SHT_PROGBITS,
    STB_LOCAL,
    STT_NOTYPE,
    STT_OBJECT,
    InputSection,
    LinkError,
    ObjectFile,
)
from longmode.link.resolve import InputItem, SymbolTable

#: The symbol ld defines at --eh-frame-hdr's table.
EH_FRAME_HDR_SYMBOL = "__GNU_EH_FRAME_HDR"
#: The largest input file read (an rlib of core can be tens of MiB).
MAX_INPUT = 1 << 30
#: GNU ld 2.40's default maximum and common page sizes for x86-64 and i386.
DEFAULT_PAGE_SIZE = 0x1000

#: The layout without ``-T``: GNU ld's for a static executable, in its essentials
#: (text at 0x400000 + the headers on x86-64, 0x8048000 on i386, each kind of section
#: on its own pages as ``-z separate-code`` does, then .data and .bss; the DWARF
#: sections in ld's order, .data.rel.ro ending a page for PT_GNU_RELRO as ld's -z
#: relro default does). Not here: stabs sections.
DEFAULT_SCRIPT = """
ENTRY(_start)
SECTIONS
{
  PROVIDE (__executable_start = SEGMENT_START("text-segment", TEXT_START));
  . = SEGMENT_START("text-segment", TEXT_START) + SIZEOF_HEADERS;
  .rela.dyn : { *(.rela.dyn) }
  .init : { KEEP (*(SORT_NONE(.init))) }
  . = ALIGN(CONSTANT (MAXPAGESIZE));
  .text : {
    *(.text.unlikely .text.*_unlikely .text.unlikely.*)
    *(.text.exit .text.exit.*)
    *(.text.startup .text.startup.*)
    *(.text.hot .text.hot.*)
    *(SORT(.text.sorted.*))
    *(.text .stub .text.* .gnu.linkonce.t.*)
  }
  .fini : { KEEP (*(SORT_NONE(.fini))) }
  PROVIDE (__etext = .);
  PROVIDE (_etext = .);
  PROVIDE (etext = .);
  . = ALIGN(CONSTANT (MAXPAGESIZE));
  . = SEGMENT_START("rodata-segment",
                    ALIGN(CONSTANT (MAXPAGESIZE)) + (. & (CONSTANT (MAXPAGESIZE) - 1)));
  .rodata : { *(.rodata .rodata.* .gnu.linkonce.r.*) }
  .rodata1 : { *(.rodata1) }
  .eh_frame_hdr : { *(.eh_frame_hdr) }
  .eh_frame : { KEEP (*(.eh_frame)) *(.eh_frame.*) }
  . = DATA_SEGMENT_ALIGN (CONSTANT (MAXPAGESIZE), CONSTANT (COMMONPAGESIZE));
  .tdata : { *(.tdata .tdata.* .gnu.linkonce.td.*) }
  .tbss : { *(.tbss .tbss.* .gnu.linkonce.tb.*) *(.tcommon) }
  .preinit_array : {
    PROVIDE_HIDDEN (__preinit_array_start = .);
    KEEP (*(.preinit_array))
    PROVIDE_HIDDEN (__preinit_array_end = .);
  }
  .init_array : {
    PROVIDE_HIDDEN (__init_array_start = .);
    KEEP (*(SORT_BY_INIT_PRIORITY(.init_array.*) SORT_BY_INIT_PRIORITY(.ctors.*)))
    KEEP (*(.init_array .ctors))
    PROVIDE_HIDDEN (__init_array_end = .);
  }
  .fini_array : {
    PROVIDE_HIDDEN (__fini_array_start = .);
    KEEP (*(SORT_BY_INIT_PRIORITY(.fini_array.*) SORT_BY_INIT_PRIORITY(.dtors.*)))
    KEEP (*(.fini_array .dtors))
    PROVIDE_HIDDEN (__fini_array_end = .);
  }
  .data.rel.ro : {
    *(.data.rel.ro.local* .gnu.linkonce.d.rel.ro.local.*)
    *(.data.rel.ro .data.rel.ro.* .gnu.linkonce.d.rel.ro.*)
  }
  .dynamic : { *(.dynamic) }
  .got : { *(.got) *(.igot) }
  . = DATA_SEGMENT_RELRO_END (SIZEOF (.got.plt) >= 24 ? 24 : 0, .);
  .got.plt : { *(.got.plt) *(.igot.plt) }
  .data : { *(.data .data.* .gnu.linkonce.d.*) }
  .data1 : { *(.data1) }
  _edata = .;
  PROVIDE (edata = .);
  . = .;
  __bss_start = .;
  .bss : {
    *(.dynbss)
    *(.bss .bss.* .gnu.linkonce.b.*)
    *(COMMON)
    . = ALIGN(. != 0 ? WORD / 8 : 1);
  }
  . = ALIGN(WORD / 8);
  _end = .;
  PROVIDE (end = .);
  . = DATA_SEGMENT_END (.);
  .comment 0 : { *(.comment) }
  .debug 0 : { *(.debug) }
  .line 0 : { *(.line) }
  .debug_srcinfo 0 : { *(.debug_srcinfo) }
  .debug_sfnames 0 : { *(.debug_sfnames) }
  .debug_aranges 0 : { *(.debug_aranges) }
  .debug_pubnames 0 : { *(.debug_pubnames) }
  .debug_info 0 : { *(.debug_info .gnu.linkonce.wi.*) }
  .debug_abbrev 0 : { *(.debug_abbrev) }
  .debug_line 0 : { *(.debug_line .debug_line.* .debug_line_end) }
  .debug_frame 0 : { *(.debug_frame) }
  .debug_str 0 : { *(.debug_str) }
  .debug_loc 0 : { *(.debug_loc) }
  .debug_macinfo 0 : { *(.debug_macinfo) }
  .debug_weaknames 0 : { *(.debug_weaknames) }
  .debug_funcnames 0 : { *(.debug_funcnames) }
  .debug_typenames 0 : { *(.debug_typenames) }
  .debug_varnames 0 : { *(.debug_varnames) }
  .debug_pubtypes 0 : { *(.debug_pubtypes) }
  .debug_ranges 0 : { *(.debug_ranges) }
  .debug_addr 0 : { *(.debug_addr) }
  .debug_line_str 0 : { *(.debug_line_str) }
  .debug_loclists 0 : { *(.debug_loclists) }
  .debug_macro 0 : { *(.debug_macro) }
  .debug_names 0 : { *(.debug_names) }
  .debug_rnglists 0 : { *(.debug_rnglists) }
  .debug_str_offsets 0 : { *(.debug_str_offsets) }
  .debug_sup 0 : { *(.debug_sup) }
  /DISCARD/ : { *(.note.GNU-stack) *(.gnu_debuglink) *(.gnu.lto_*) }
}
"""


class _Machine(NamedTuple):
    number: int
    bits: int
    text_start: int


_MACHINES = {
    64: _Machine(EM_X86_64, 64, 0x400000),
    32: _Machine(EM_386, 32, 0x8048000),
}


def run(options: LinkOptions) -> None:
    """Links as ``options`` say and writes the output (atomically; never over an input)."""
    inputs = _input_paths(options)
    # The link makes few reference cycles but many objects: the cyclic collector's
    # passes over them would cost a tenth of its time for nothing.
    collecting = gc.isenabled()
    gc.disable()
    try:
        data = link(options, oformat=options.oformat)
    finally:
        if collecting:
            gc.enable()
    target = Output(options.output, inputs=inputs, what="the linked output")
    target.write(data, mode=0o755)


def _input_paths(options: LinkOptions) -> list[str]:
    return [i.value for i in options.inputs if i.kind == "file"] + options.scripts


def link(options: LinkOptions, *, oformat: str | None = None) -> bytes:
    """The output file's bytes."""
    items, objects = _read_inputs(options)
    machine = _machine(options, objects)
    if options.pie and machine.number != EM_X86_64:
        raise LinkError("-pie: position-independent executables are done for x86-64 only")
    table = SymbolTable()
    for name in options.undefined:
        table.get(name)
    scripts = [_parse_script(path, options) for path in options.scripts]
    entry_name = options.entry or _script_entry(scripts)
    if entry_name is not None:
        table.get(entry_name)
    table.load_inputs(items)
    for obj in table.files:
        if obj.machine != machine.number:
            raise LinkError(
                f"{obj.name}: an object for machine {obj.machine}, but the link is for "
                f"{'x86-64' if machine.number == EM_X86_64 else 'i386'} "
                f"(-m {'elf_x86_64' if machine.bits == 64 else 'elf_i386'})"
            )
    table.note_references()
    for obj in table.files:
        for section in obj.sections.values():
            if section.flags & SHF_TLS and section not in table.discarded:
                raise LinkError(
                    f"{section.where}: thread-local storage (.tdata/.tbss, PT_TLS) is not done "
                    "yet in longmode's linker"
                )
    if not scripts:
        text = DEFAULT_SCRIPT.replace(
            "TEXT_START", "0" if options.pie else hex(machine.text_start)
        ).replace("WORD", str(machine.bits))
        scripts = [script.parse_script(text, "<the default linker script>")]
    if entry_name is None:
        # the default script's ENTRY: _start (a root for --gc-sections too)
        entry_name = _script_entry(scripts) or "_start"
    common = _common_section(table)
    got = _plan_got(table, machine)
    dynamic = pie.plan(table, machine.number) if options.pie else None
    eh_frame_hdr = _eh_frame_hdr_section(table, machine) if options.eh_frame_hdr else None
    linker_made = [dynamic.relocations, dynamic.dynamic] if dynamic is not None else []
    if eh_frame_hdr is not None:
        linker_made.append(eh_frame_hdr)
    max_page = options.max_page_size or DEFAULT_PAGE_SIZE
    common_page = options.common_page_size or DEFAULT_PAGE_SIZE
    defsyms = [
        (name, script.parse_expression(text, f"--defsym {name}")) for name, text in options.defsyms
    ]
    starts = {name: _number(text, name) for name, text in options.section_starts.items()}
    engine = layouts.Layout(
        table,
        scripts,
        machine=machine.number,
        entry=entry_name,
        gc=options.gc_sections,
        keep_symbols=options.undefined,
        max_page_size=max_page,
        common_page_size=common_page,
        defsyms=defsyms,
        section_starts=starts,
        headers=output.header_size(machine.number, 4),
        common=common,
        got=got,
        linker_made=linker_made,
    )
    engine.exec_stack = options.exec_stack
    engine.relro = options.relro is not False
    sizing: list[Callable[[], None]] = []
    if dynamic is not None:
        sizing.append(lambda: pie.size(engine, dynamic))
    if eh_frame_hdr is not None:
        sizing.append(lambda: _size_eh_frame_hdr(engine, eh_frame_hdr))
    if sizing:

        def size_linker_sections() -> None:
            for size in sizing:
                size()

        engine.after_assign = size_linker_sections
    result = engine.run()
    # the program headers' count feeds SIZEOF_HEADERS: lay out again with the real one
    dynamic_section = dynamic.dynamic if dynamic is not None else None
    segments_guess = len(
        _segments(
            engine, result, {}, max_page, scripts, machine,
            dry=True, dynamic=dynamic_section, eh_frame_hdr=eh_frame_hdr,
        )
    )  # fmt: skip
    if segments_guess != 4:
        engine.headers = output.header_size(machine.number, segments_guess)
        result = engine.run()
    contents = _contents(engine, result)
    relatives: list[tuple[int, int]] | None = [] if dynamic is not None else None
    patch.apply_relocations(engine, result, contents, got, relatives)
    if eh_frame_hdr is not None and eh_frame_hdr.size:
        _write_eh_frame_hdr(engine, contents, eh_frame_hdr, machine)
    if dynamic is not None and relatives is not None:
        pie.write(engine, contents, dynamic, relatives)
    if options.map_file is not None:
        from longmode.link import mapfile

        text = mapfile.render(engine, result, options.output, gc=options.gc_sections)
        Output(options.map_file, inputs=_input_paths(options), what="the link map").write(
            text.encode("utf-8", "surrogateescape")
        )
    if oformat == "binary":
        return _binary(result, contents)
    outputs: dict[str, output.OutputSection] = {}
    sections: list[output.OutputSection] = []
    for placed in result.sections:
        made = output.OutputSection(
            placed.name,
            SHT_NOBITS if placed.type == SHT_NOBITS else placed.type,
            placed.flags,
            placed.address,
            placed.load_address,
            placed.align,
            placed.size,
            contents.get(placed.name),
            entsize=placed.entsize,
            phdrs=placed.spec.phdrs if placed.spec is not None else (),
        )
        outputs[placed.name] = made
        sections.append(made)
    segments = _segments(
        engine, result, outputs, max_page, scripts, machine,
        dry=False, dynamic=dynamic_section, eh_frame_hdr=eh_frame_hdr,
    )  # fmt: skip
    symbols = [] if options.strip_all else patch.output_symbols(engine, result, outputs)
    if options.strip_debug:
        sections = [s for s in sections if not s.name.startswith(".debug")]
    exe = output.Executable(
        machine.number,
        result.entry,
        sections,
        segments,
        symbols,
        output.ET_DYN if options.pie else output.ET_EXEC,
    )
    return output.write(exe)


def _script_entry(scripts: list[script.Script]) -> str | None:
    """The entry the scripts name: the last ENTRY, as ld keeps the last one."""
    names = [parsed.entry for parsed in scripts if parsed.entry is not None]
    return names[-1] if names else None


def _read_inputs(options: LinkOptions) -> tuple[list[InputItem], list[ObjectFile]]:
    items: list[InputItem] = []
    objects: list[ObjectFile] = []
    for argument in options.inputs:
        if argument.kind == "start-group":
            items.append(InputItem(group="start"))
            continue
        if argument.kind == "end-group":
            items.append(InputItem(group="end"))
            continue
        path = argument.value
        if argument.kind == "library":
            path = find_library(argument.value, options.library_paths)
        data = map_input(path, limit=MAX_INPUT, what="a link input")
        if is_archive(data):
            items.append(InputItem(archive=read_archive(path, data), whole=argument.whole_archive))
        elif is_object(data):
            obj = read_object(path, data)
            objects.append(obj)
            items.append(InputItem(obj=obj))
        elif _looks_like_script(bytes(data[:256])) and bytes(data).lstrip()[:1]:
            raise LinkError(
                f"{path}: not an ELF relocatable object or an ar archive, but text: GNU ld "
                "would read it as a linker script (implicit scripts are not done yet: pass "
                "a script with -T)"
            )
        else:
            raise LinkError(
                f"{path}: not an ELF relocatable object or an ar archive "
                f"(it starts with {data[:4].hex(' ') or 'nothing'})"
            )
    if not any(item.obj is not None or item.archive is not None for item in items):
        raise LinkError("no input files")
    return items, objects


def _looks_like_script(data: bytes) -> bool:
    return all(byte in b"\t\n\r" or 32 <= byte < 127 for byte in data[:256])


def _machine(options: LinkOptions, objects: list[ObjectFile]) -> _Machine:
    if options.emulation is not None:
        return _MACHINES[EMULATIONS[options.emulation]]
    if objects:
        return _MACHINES[64 if objects[0].machine == EM_X86_64 else 32]
    return _MACHINES[64]


def _parse_script(path: str, options: LinkOptions) -> script.Script:
    text = read_input(path, limit=1 << 22, what="the linker script")
    try:
        source = text.decode("utf-8")
    except UnicodeDecodeError as error:
        raise LinkError(f"{path}: the linker script is not UTF-8 text ({error.reason})") from None
    return script.parse_script(
        source, path, include_dirs=[os.path.dirname(path) or ".", *options.library_paths]
    )


def _number(text: str, name: str) -> int:
    try:
        return int(text, 16) if not text.lower().startswith("0x") else int(text, 0)
    except ValueError:
        raise LinkError(f"{name}: {text!r} is not an address") from None


def _common_section(table: SymbolTable) -> InputSection | None:
    """One NOBITS section for the common symbols (``*(COMMON)``), each at an offset
    aligned as it asks, in name order."""
    commons = sorted(
        (s for s in table.symbols.values() if s.state == "common"), key=lambda s: s.name
    )
    if not commons:
        return None
    holder = ObjectFile("<common>", EM_X86_64, 64, {}, [])
    offset = 0
    align = 1
    for symbol in commons:
        offset = -(-offset // symbol.align) * symbol.align
        symbol.value = offset
        offset += symbol.size
        align = max(align, symbol.align)
    section = InputSection(
        holder, 1, "COMMON", SHT_NOBITS, SHF_ALLOC | SHF_WRITE, align, b"", offset
    )
    holder.sections[1] = section
    return section


def _plan_got(table: SymbolTable, machine: _Machine) -> Got:
    """The GOT the link needs, as GNU ld builds it for a static executable: a
    ``.got`` slot per symbol that a relocation loads from the GOT and that cannot be
    relaxed away, and ``.got.plt``'s three reserved words, where
    ``_GLOBAL_OFFSET_TABLE_`` points, when code uses the GOT's address or there are
    slots (:func:`got.got_uses`; --gc-sections may drop them again)."""
    got = Got()
    slot_size = 8 if machine.number == EM_X86_64 else 4
    # (non-alloc sections never ask for one: ld's check_relocs skips them)
    sections = (s for obj in table.files for s in obj.sections.values() if s.is_alloc)
    base, keys = got_uses(table, sections, machine.number)
    if not keys and not base:
        return got
    holder = ObjectFile("<linker>", machine.number, machine.bits, {}, [])
    table.files.append(holder)
    if keys:
        size = len(keys) * slot_size
        got.section = InputSection(
            holder, 1, ".got", SHT_PROGBITS, SHF_ALLOC | SHF_WRITE, slot_size, bytes(size), size
        )
        holder.sections[1] = got.section
    size = 3 * slot_size  # _DYNAMIC's address (0 in a static link) and two words
    got.base = InputSection(
        holder, 2, ".got.plt", SHT_PROGBITS, SHF_ALLOC | SHF_WRITE, slot_size, bytes(size), size
    )
    holder.sections[2] = got.base
    entry = table.get(GOT_SYMBOL)
    entry.state, entry.file, entry.section, entry.value = "defined", holder, got.base, 0
    entry.bind, entry.type = STB_LOCAL, STT_OBJECT
    return got


def _eh_frame_hdr_section(table: SymbolTable, machine: _Machine) -> InputSection:
    """``--eh-frame-hdr``'s section, made by the linker (sized once the sections are
    assigned: :func:`_size_eh_frame_hdr`), and ``__GNU_EH_FRAME_HDR`` at it."""
    holder = ObjectFile("<linker>", machine.number, machine.bits, {}, [])
    table.files.append(holder)
    section = InputSection(holder, 1, ".eh_frame_hdr", SHT_PROGBITS, SHF_ALLOC, 4, b"", 0)
    holder.sections[1] = section
    # ld's local symbol at the table (libgcc's static unwinder looks it up)
    entry = table.get(EH_FRAME_HDR_SYMBOL)
    if entry.state != "defined":
        entry.state, entry.file, entry.section, entry.value = "defined", holder, section, 0
        entry.bind, entry.type = STB_LOCAL, STT_NOTYPE
    return section


def _size_eh_frame_hdr(engine: layouts.Layout, section: InputSection) -> None:
    """Room for a table entry per FDE of the .eh_frame input sections kept, when
    they make an output section named .eh_frame (as ld, which otherwise makes no
    table); no FDE, no section."""
    placed = engine.placed.get(".eh_frame")
    inputs = [s for taken in placed.taken.values() for s in taken] if placed else []
    fdes = sum(
        ehframe.count_fdes(s.data)
        for s in inputs
        if s.name == ".eh_frame" and s not in engine.discarded
    )
    section.size = ehframe.size(fdes) if fdes else 0
    section.data = bytes(section.size)


def _write_eh_frame_hdr(
    engine: layouts.Layout,
    contents: dict[str, bytearray],
    section: InputSection,
    machine: _Machine,
) -> None:
    """Fills ``.eh_frame_hdr`` from the relocated ``.eh_frame``."""
    frames = engine.placed[".eh_frame"]
    home = engine.output_of(section)
    address = engine.section_address_of(section)
    if home is None or address is None:
        return
    table = ehframe.build(bytes(contents[".eh_frame"]), frames.address, address, machine.bits)
    at = address - home.address
    contents[home.name][at : at + len(table)] = table


def _contents(engine: layouts.Layout, result: layouts.LayoutResult) -> dict[str, bytearray]:
    """Each output section's bytes before relocation: input sections, fills, data."""
    contents: dict[str, bytearray] = {}
    for placed in result.sections:
        if placed.type == SHT_NOBITS:
            continue
        data = bytearray(placed.size)
        for offset, size, pattern in placed.fills:
            if pattern == layouts.CODE_FILL:
                data[offset : offset + size] = layouts.nop_fill(size, engine.machine)
            elif pattern.strip(b"\0"):
                data[offset : offset + size] = (pattern * (size // len(pattern) + 1))[:size]
        for piece in placed.pieces:
            if piece.section.type != SHT_NOBITS:
                data[piece.offset : piece.offset + piece.section.size] = piece.section.data
        for offset, size, command in placed.data:
            engine._dot = placed.address + offset
            value = script.evaluate_int(command.expr, engine, bits=engine.bits)
            data[offset : offset + size] = (value & ((1 << (8 * size)) - 1)).to_bytes(
                size, "little"
            )
        contents[placed.name] = data
    return contents


def _binary(result: layouts.LayoutResult, contents: dict[str, bytearray]) -> bytes:
    """``--oformat binary``: the loaded bytes from the lowest load address, as objcopy
    -O binary writes them (gaps zero-filled; NOBITS sections left out)."""
    loaded = [p for p in result.sections if p.alloc and p.type != SHT_NOBITS and p.size]
    if not loaded:
        return b""
    base = min(p.load_address for p in loaded)
    end = max(p.load_address + p.size for p in loaded)
    out = bytearray(end - base)
    for placed in loaded:
        at = placed.load_address - base
        out[at : at + placed.size] = contents[placed.name]
    return bytes(out)


def _segments(
    engine: layouts.Layout,
    result: layouts.LayoutResult,
    outputs: dict[str, output.OutputSection],
    max_page: int,
    scripts: list[script.Script],
    machine: _Machine,
    *,
    dry: bool,
    dynamic: InputSection | None = None,
    eh_frame_hdr: InputSection | None = None,
) -> list[output.Segment]:
    """The program headers (:func:`_load_segments`), with PT_DYNAMIC over the output
    section that holds ``dynamic`` (a position-independent executable's) and
    PT_GNU_EH_FRAME over ``eh_frame_hdr``'s, before PT_GNU_STACK, and PT_GNU_RELRO
    last. ``dry``: only how many there are (no sections in them)."""
    segments = _load_segments(engine, result, outputs, max_page, scripts, machine, dry=dry)
    for section, kind, flags, align in (
        (dynamic, output.PT_DYNAMIC, output.PF_R | output.PF_W, 8),
        (eh_frame_hdr, output.PT_GNU_EH_FRAME, output.PF_R, 4),
    ):
        placed = engine.output_of(section) if section is not None and section.size else None
        if placed is None:
            continue
        segment = output.Segment(kind, flags, align=align)
        if not dry:
            segment.sections.append(outputs[placed.name])
        stack = bool(segments) and segments[-1].type == output.PT_GNU_STACK
        segments.insert(len(segments) - stack, segment)
    relro = _relro_sections(engine, result)
    if relro:
        segment = output.Segment(output.PT_GNU_RELRO, output.PF_R, align=1)
        assert engine.relro_range is not None
        segment.end = engine.relro_range[1]  # the page it was moved to end on
        if not dry:
            segment.sections.extend(outputs[p.name] for p in relro)
        segments.append(segment)
    return segments


def _relro_sections(engine: layouts.Layout, result: layouts.LayoutResult) -> list[layouts.Placed]:
    """The allocated sections PT_GNU_RELRO covers: those from the RELRO start to its
    end (none without -z relro or DATA_SEGMENT_RELRO_END, or when it is empty)."""
    if engine.relro_range is None:
        return []
    start, end = engine.relro_range
    return [p for p in result.sections if p.alloc and p.size and start <= p.address < end]


def _load_segments(
    engine: layouts.Layout,
    result: layouts.LayoutResult,
    outputs: dict[str, output.OutputSection],
    max_page: int,
    scripts: list[script.Script],
    machine: _Machine,
    *,
    dry: bool,
) -> list[output.Segment]:
    """Program headers: the script's PHDRS, else PT_LOADs as GNU ld groups sections
    (bfd's map_sections_to_segments: a new one for another load offset, a page
    gap, other rights on another page, or file bytes after .bss; sections that
    share a page share a segment and its rights), and PT_GNU_STACK."""
    phdrs = [h for parsed in scripts for h in parsed.phdrs]
    alloc = [p for p in result.sections if p.alloc]
    if phdrs:
        segments = []
        for header in phdrs:
            segment = output.Segment(
                header.type,
                engine._int(header.flags) if header.flags is not None else 0,
                align=max_page if header.type == output.PT_LOAD else 1,
                file_header=header.filehdr,
                program_headers=header.phdrs,
                physical=engine._int(header.at) if header.at is not None else None,
            )
            segments.append(segment)
        current: tuple[str, ...] = ()
        for placed in alloc:
            names = placed.spec.phdrs if placed.spec is not None and placed.spec.phdrs else current
            current = names
            for name in names:
                matches = [s for s, h in zip(segments, phdrs, strict=True) if h.name == name]
                if not matches:
                    raise LinkError(
                        f"output section {placed.name} is assigned to unknown PHDRS entry {name}"
                    )
                if not dry:
                    section = outputs[placed.name]
                    matches[0].sections.append(section)
                    if phdrs[segments.index(matches[0])].flags is None:
                        matches[0].flags |= section.segment_flags
        return segments
    loads: list[output.Segment] = []
    headers = _header_segment(engine, alloc, max_page, machine) if engine.headers_loaded else None
    if isinstance(headers, output.Segment):
        loads.append(headers)
    previous: layouts.Placed | None = None
    for placed in alloc:
        rights = _rights(placed.flags)
        new = previous is None
        if previous is not None:
            end = previous.load_address + previous.size
            same_page = _page(max(end - 1, previous.load_address), max_page) == _page(
                placed.load_address, max_page
            )
            new = (
                # a load offset of its own
                placed.load_address - placed.address != previous.load_address - previous.address
                # a page or more after the previous section's last page
                or _round_up(end, max_page) < _round_up(placed.load_address, max_page)
                # other rights, unless both share a page (ld then merges them: RWX)
                or (rights != _rights(previous.flags) and not same_page)
                # file bytes after .bss (not after a section that only moves `.`,
                # which ld marks loaded though it has no contents)
                or (
                    previous.type == SHT_NOBITS
                    and not previous.dot_only
                    and placed.type != SHT_NOBITS
                )
            )
        if new:
            loads.append(output.Segment(output.PT_LOAD, rights, align=max_page))
            if headers == "first" and previous is None:
                loads[-1].file_header = loads[-1].program_headers = True
        loads[-1].flags |= rights
        if not dry:
            loads[-1].sections.append(outputs[placed.name])
        previous = placed
    stack = _stack_flags(engine)
    if stack is not None:
        loads.append(output.Segment(output.PT_GNU_STACK, stack, align=16))
    return loads


def _header_segment(
    engine: layouts.Layout, alloc: list[layouts.Placed], max_page: int, machine: _Machine
) -> output.Segment | str | None:
    """Where the ELF and program headers are loaded when the script made room for
    them (SIZEOF_HEADERS), as GNU ld decides (bfd's map_sections_to_segments): in
    the first segment ("first"), or — the first section being code, with ld's
    default ``-z separate-code`` — in a read-only PT_LOAD of their own on the page
    below it (that segment); None when they do not fit below the first section."""
    if not alloc:
        return None
    first = min(alloc, key=lambda p: p.load_address)
    size = engine.headers
    mask = (1 << machine.bits) - 1
    phdr_lma = (first.load_address - size) & mask & -max_page
    separate = bool(first.flags & SHF_EXECINSTR)
    if separate and ((phdr_lma + size - 1) & -max_page) == (first.load_address & -max_page):
        if phdr_lma >= max_page:
            phdr_lma -= max_page
        else:
            separate = False
    if first.load_address < phdr_lma or first.load_address < size:
        return None
    if separate:
        segment = output.Segment(
            output.PT_LOAD, output.PF_R, align=max_page, file_header=True, program_headers=True
        )
        segment.vaddr = (first.address - size) & mask & -max_page
        segment.paddr = phdr_lma
        return segment
    return "first"


def _stack_flags(engine: layouts.Layout) -> int | None:
    """PT_GNU_STACK's flags as GNU ld 2.40 sets them: none without ``-z
    [no]execstack`` and without any object's .note.GNU-stack; executable when asked,
    or when a note says so; else read-write."""
    notes = [obj.gnu_stack for obj in engine.table.files if obj.gnu_stack is not None]
    if engine.exec_stack is None and not notes:
        return None
    executable = engine.exec_stack or any(flags & SHF_EXECINSTR for flags in notes)
    return output.PF_R | output.PF_W | (output.PF_X if executable else 0)


def _rights(flags: int) -> int:
    rights = output.PF_R
    if flags & SHF_WRITE:
        rights |= output.PF_W
    if flags & SHF_EXECINSTR:
        rights |= output.PF_X
    return rights


def _page(address: int, size: int) -> int:
    return address // size * size


def _round_up(address: int, size: int) -> int:
    return -(-address // size) * size
