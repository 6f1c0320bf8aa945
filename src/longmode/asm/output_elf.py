"""ELF relocatable objects (ELF64 for x86-64, ELF32 for i386), laid out like NASM's.

The structures are declared once as ``struct`` formats keyed by ELF class;
symbols come in NASM's order (file, sections, locals by definition, then
globals by definition) and relocations always name a section symbol for
labels defined here, the symbol itself for external and common ones.
"""

from __future__ import annotations

import struct
from dataclasses import dataclass
from typing import Any

from longmode.asm.diagnostics import LineError
from longmode.asm.elf_relocs import elf32_kind, elf64_kind, global_symbol
from longmode.asm.encode import Fixup
from longmode.asm.expr import NO_SEGMENT

# name → (ELF64 format, ELF32 format); fields in spec order.
STRUCTS = {
    "ehdr": ("<16sHHIQQQIHHHHHH", "<16sHHIIIIIHHHHHH"),
    "shdr": ("<IIQQQQIIQQ", "<IIIIIIIIII"),
    "sym": ("<IBBHQQ", "<IIIBBH"),
    "rela": ("<QQq", "<II"),
}
SHT_PROGBITS, SHT_SYMTAB, SHT_STRTAB, SHT_RELA, SHT_NOTE, SHT_NOBITS, SHT_REL = 1, 2, 3, 4, 7, 8, 9
SHT_INIT_ARRAY, SHT_FINI_ARRAY, SHT_PREINIT_ARRAY = 14, 15, 16
SHF_WRITE, SHF_ALLOC, SHF_EXECINSTR, SHF_TLS = 1, 2, 4, 0x400
SHN_ABS, SHN_COMMON = 0xFFF1, 0xFFF2
STB_LOCAL, STB_GLOBAL, STB_WEAK = 0, 1, 2
STV_DEFAULT = 0
SHN_LORESERVE = 0xFF00  # the first section index with a special meaning
STT_NOTYPE, STT_SECTION, STT_FILE = 0, 3, 4

# NASM's defaults for well-known section names: (type, flags, align; 0 = pointer size).
_WA, _WAT = SHF_WRITE | SHF_ALLOC, SHF_WRITE | SHF_ALLOC | SHF_TLS
SECTION_DEFAULTS = {
    ".text": (SHT_PROGBITS, SHF_ALLOC | SHF_EXECINSTR, 16),
    ".rodata": (SHT_PROGBITS, SHF_ALLOC, 4),
    ".lrodata": (SHT_PROGBITS, SHF_ALLOC, 4),
    ".data": (SHT_PROGBITS, _WA, 4),
    ".ldata": (SHT_PROGBITS, _WA, 4),
    ".bss": (SHT_NOBITS, _WA, 4),
    ".lbss": (SHT_NOBITS, _WA, 4),
    ".tdata": (SHT_PROGBITS, _WAT, 4),
    ".tbss": (SHT_NOBITS, _WAT, 4),
    ".comment": (SHT_PROGBITS, 0, 1),
    ".note": (SHT_NOTE, 0, 4),
    ".init_array": (SHT_INIT_ARRAY, SHF_ALLOC, 0),
    ".fini_array": (SHT_FINI_ARRAY, SHF_ALLOC, 0),
    ".preinit_array": (SHT_PREINIT_ARRAY, SHF_ALLOC, 0),
}
OTHER_SECTION = (SHT_PROGBITS, SHF_ALLOC, 1)
_ARRAYS = (SHT_INIT_ARRAY, SHT_FINI_ARRAY, SHT_PREINIT_ARRAY)


def section_default(name: str, is64: bool) -> tuple[bool, int]:
    """Whether a section of this name is nobits by default, and its default alignment."""
    sh_type, _, align = SECTION_DEFAULTS.get(name, OTHER_SECTION)
    return sh_type == SHT_NOBITS, align or (8 if is64 else 4)


def _mangler(layout: Any, affixes: dict[str, str]) -> Any:
    """A symbol's name as NASM writes it with `%pragma' affixes: a global, an extern, a
    `required' or a `static' name takes the global prefix and suffix; any other (a
    label, a constant, a common) the local ones."""
    if not affixes:
        return lambda name: name
    glob = (affixes.get("gprefix", ""), affixes.get("gsuffix", ""))
    local = (affixes.get("lprefix", ""), affixes.get("lsuffix", ""))
    commons = layout.commons

    def name_of(name: str) -> str:
        is_global = name in layout.globals or name in layout.statics
        is_global = is_global or (name in layout.externs and name not in commons)
        prefix, suffix = glob if is_global else local
        return prefix + name + suffix

    return name_of


class _StrTab:
    def __init__(self) -> None:
        self.data = bytearray(b"\0")
        self.index: dict[str, int] = {}

    def add(self, name: str) -> int:
        if not name:
            return 0
        if name not in self.index:
            self.index[name] = len(self.data)
            self.data += name.encode("utf-8", "surrogateescape") + b"\0"
        return self.index[name]


def _flags(section: Any) -> int:
    _, flags, _ = SECTION_DEFAULTS.get(section.name, OTHER_SECTION)
    attrs = section.attrs
    for key, bit in (("alloc", SHF_ALLOC), ("write", SHF_WRITE), ("exec", SHF_EXECINSTR)):
        if attrs.get(key):
            flags |= bit
        if attrs.get("no" + key):
            flags &= ~bit
    return flags


def write_elf(layout: Any, filename: str, fmt: str, affixes: dict[str, str] | None = None) -> bytes:
    """The ELF object for a finished layout (``fmt`` is ``elf64`` or ``elf32``), its
    symbols' names with the ``affixes`` `%pragma' set (gprefix, gsuffix, lprefix and
    lsuffix: see :func:`_mangler`)."""
    is64 = fmt == "elf64"
    cls = 0 if is64 else 1
    used = {place[0] for place in layout.labels.values()}
    sections = sorted(
        (s for s in layout.sections.values() if s.declared or s.size or s.name in used or s.fixups),
        key=lambda s: (s.first_use, s.index),
    )
    sec_index = {s.name: i + 1 for i, s in enumerate(sections)}
    strtab = _StrTab()
    name_of = _mangler(layout, affixes or {})
    symbols: list[tuple[int, int, int, int, int, int]] = []  # name, value, size, info, other, shndx
    symbols.append((0, 0, 0, 0, 0, 0))
    symbols.append((strtab.add(filename), 0, 0, STT_FILE, 0, SHN_ABS))
    section_sym: dict[str, int] = {}
    for s in sections:
        section_sym[s.name] = len(symbols)
        symbols.append((0, 0, 0, STT_SECTION, 0, sec_index[s.name]))
    # `global' names never defined are dropped, as NASM does; an `extern' name
    # defined here after all becomes global.
    globals_ = {**layout.globals, **{n: w for n, w in layout.externs.items() if n in layout.labels}}
    defined: list[tuple[str, int, int]] = []  # name, value, shndx
    for name, place in layout.labels.items():
        if place[0] == "=":
            value = place[1]
            if not isinstance(value, int):
                continue
            defined.append((name, value & ((1 << 64) - 1), SHN_ABS))
        elif place[0] is None:
            defined.append((name, place[1], SHN_ABS))
        else:
            defined.append((name, place[1], sec_index[place[0]]))
    seq = layout.defined_order
    globals_order = sorted(
        [
            (seq.get(n, 0), n, "extern")
            for n in layout.externs
            if n not in layout.labels
            and (n in layout.used_externs or n in layout.commons or n in layout.required)
        ]
        + [(seq.get(n, 0), n, "defined") for n in globals_ if n in layout.labels]
    )
    # NASM writes the names into .strtab as its last pass meets them (a label where
    # it is defined, an extern or a common where it is declared), locals and
    # globals alike: their offsets follow that order, not the symbol table's.
    named = [n for n, _, _ in defined if n not in globals_] + [n for _, n, _ in globals_order]
    for name in sorted(named, key=lambda n: seq.get(n, 0)):
        strtab.add(name_of(name))
    for name, value, shndx in defined:
        if name not in globals_:  # `static name:type size' gives a local its type
            sym_type, size, visibility, _ = layout.symbol_types.get(name, (STT_NOTYPE, 0, 0, 0))
            info = (STB_LOCAL << 4) | sym_type
            symbols.append((strtab.add(name_of(name)), value, size, info, visibility, shndx))
    first_global = len(symbols)
    symbol_index: dict[str, int] = {}
    defined_map = {name: (value, shndx) for name, value, shndx in defined}
    for _, name, kind in globals_order:
        symbol_index[name] = len(symbols)
        spec = layout.symbol_types.get(name, (STT_NOTYPE, 0, STV_DEFAULT, False))
        sym_type, sym_size, visibility, weak = spec
        info = ((STB_WEAK if weak else STB_GLOBAL) << 4) | sym_type
        if kind == "extern":
            if name in layout.commons:
                size, align = layout.commons[name]  # a common's value is its alignment
                symbols.append(
                    (strtab.add(name_of(name)), align, size, info, visibility, SHN_COMMON)
                )
            else:
                symbols.append((strtab.add(name_of(name)), 0, 0, info, visibility, 0))
        else:
            value, shndx = defined_map[name]
            symbols.append((strtab.add(name_of(name)), value, sym_size, info, visibility, shndx))

    sym_fmt = STRUCTS["sym"][cls]
    symtab = bytearray()
    mask = (1 << (64 if is64 else 32)) - 1  # NASM keeps the low bits that the class holds
    for name_off, value, size, info, other, shndx in symbols:
        value, size = value & mask, size & mask
        if is64:
            symtab += struct.pack(sym_fmt, name_off, info, other, shndx, value, size)
        else:
            symtab += struct.pack(sym_fmt, name_off, value, size, info, other, shndx)

    # relocation sections
    # ELF32 REL relocations write their addends into the contents, and so do branches
    # to numbers in ELF64 (which NASM leaves unrelocated): only then a copy
    contents: dict[str, bytearray] = {
        s.name: bytearray(s.data) if s.fixups else s.data for s in sections
    }
    # where each global symbol defined in a section is (GOT, PLT and ..sym name them)
    places = {
        n: layout.labels[n] for n in globals_ if layout.labels.get(n, ("=",))[0] not in ("=", None)
    }
    tables = _Symbols(section_sym, symbol_index, places)
    relocs: list[tuple[str, bytes]] = []
    for s in sections:
        entries = b"".join(_relocation(f, contents[s.name], tables, is64) for f in s.fixups)
        if entries:
            relocs.append((s.name, entries))

    shstrtab = _StrTab()
    headers: list[tuple[int, ...]] = [(0,) * 10]
    blobs: list[bytes | bytearray] = [b""]
    for s in sections:
        sh_type = SECTION_DEFAULTS.get(s.name, OTHER_SECTION)[0]
        if s.nobits != (sh_type == SHT_NOBITS):
            sh_type = SHT_NOBITS if s.nobits else SHT_PROGBITS
        entsize = (8 if is64 else 4) if sh_type in _ARRAYS else 0
        align = s.align if is64 else s.align & 0xFFFF_FFFF  # NASM keeps ELF32's low bits
        headers.append(
            (shstrtab.add(s.name), sh_type, _flags(s), 0, 0, s.size, 0, 0, align, entsize)
        )
        blobs.append(b"" if s.nobits else contents[s.name])
    base = len(headers)
    shstr_index = base
    headers.append((shstrtab.add(".shstrtab"), SHT_STRTAB, 0, 0, 0, 0, 0, 0, 1, 0))
    blobs.append(b"")  # filled below
    sym_entsize = struct.calcsize(sym_fmt)
    headers.append(
        (shstrtab.add(".symtab"), SHT_SYMTAB, 0, 0, 0, len(symtab), base + 2, first_global,
         8 if is64 else 4, sym_entsize)
    )  # fmt: skip
    blobs.append(bytes(symtab))
    headers.append((shstrtab.add(".strtab"), SHT_STRTAB, 0, 0, 0, len(strtab.data), 0, 0, 1, 0))
    blobs.append(bytes(strtab.data))
    rel_fmt = STRUCTS["rela"][cls]
    for name, table in relocs:
        rname = (".rela" if is64 else ".rel") + name
        headers.append(
            (shstrtab.add(rname), SHT_RELA if is64 else SHT_REL, 0, 0, 0, len(table), base + 1,
             sec_index[name], 8 if is64 else 4, struct.calcsize(rel_fmt))
        )  # fmt: skip
        blobs.append(table)
    blobs[shstr_index] = bytes(shstrtab.data)
    h = headers[shstr_index]
    headers[shstr_index] = (h[0], h[1], h[2], h[3], h[4], len(blobs[shstr_index]), *h[6:])

    if len(headers) >= SHN_LORESERVE:  # NASM goes on with extended section numbers
        raise LineError(
            f"an ELF object of {len(headers)} sections is not supported: longmode's assembler "
            f"writes at most {SHN_LORESERVE - 1} (no extended section numbers)",
            where=sections[-1].where,
        )
    ehdr_fmt = STRUCTS["ehdr"][cls]
    shdr_fmt = STRUCTS["shdr"][cls]
    ehsize = struct.calcsize(ehdr_fmt)
    shentsize = struct.calcsize(shdr_fmt)
    shoff = (ehsize + 15) // 16 * 16  # (NASM starts the section headers at 16 bytes)
    offset = shoff + shentsize * len(headers)
    body: list[bytes | bytearray] = []
    final_headers = []
    for header, blob in zip(headers, blobs, strict=True):
        if header[1] == 0:
            final_headers.append(header)
            continue
        offset_aligned = (offset + 15) // 16 * 16
        body.append(bytes(offset_aligned - offset))
        offset = offset_aligned
        final_headers.append((*header[:4], offset, *header[5:]))
        body.append(blob)
        offset += len(blob)
    body.append(bytes(-offset % 16))  # NASM pads every section's data to 16, the last too
    ident = b"\x7fELF" + bytes([2 if is64 else 1, 1, 1, 0]) + bytes(8)
    machine = 62 if is64 else 3
    out = bytearray(
        struct.pack(ehdr_fmt, ident, 1, machine, 1, 0, 0, shoff, 0, ehsize, 0, 0, shentsize,
                    len(headers), shstr_index)
    )  # fmt: skip
    out += bytes(shoff - ehsize)
    for header in final_headers:
        out += struct.pack(shdr_fmt, *header)
    return b"".join([out, *body])


@dataclass(frozen=True)
class _Symbols:
    """Where relocations find their symbols: each section's symbol, each named
    symbol's index, and each global symbol's place (section, offset)."""

    section_sym: dict[str, int]
    symbol_index: dict[str, int]
    places: dict[str, tuple[str, int]]


def _relocation(f: Fixup, data: bytearray, symbols: _Symbols, is64: bool) -> bytes:
    """The relocation entry of one fixup (ELF32 REL: its addend goes into ``data``);
    an error names the fixup's line."""
    try:
        return _entry(f, data, symbols, is64)
    except LineError as err:
        raise LineError(err.message, err.severity, f.where) from None


def _entry(f: Fixup, data: bytearray, symbols: _Symbols, is64: bool) -> bytes:
    target = f.target
    section_sym, symbol_index = symbols.section_sym, symbols.symbol_index
    size = f.size if is64 or f.size != 8 else 4  # ELF32: the low half of a dq
    kind = None  # ELF64's branches to numbers: written unrelocated, as NASM does
    if target.base != NO_SEGMENT or not is64:
        signed = f.signed and size == 4 and not f.pcrel
        kind = (
            elf64_kind(target.wrt, f.pcrel, size, signed)
            if is64
            else elf32_kind(target.wrt, f.pcrel, size)
        )
    offset = target.offset
    if target.base == NO_SEGMENT:
        sym = 0
    elif kind is not None and kind.symbol and target.is_section:
        name, offset = global_symbol(target.base, target.offset, kind.symbol, symbols.places)
        sym = symbol_index[name]
    elif target.is_section:
        sym = section_sym[target.base]
    elif target.base in symbol_index:
        sym = symbol_index[target.base]
    else:
        raise LineError(f"symbol `{target.base}' not defined")
    addend = offset - (f.pc_adjust if f.pcrel else 0)
    if kind is not None and kind.plus_offset:
        addend += f.offset
    if kind is None:
        _write_addend(data, f.offset, size, addend)
        return b""
    if is64:
        return struct.pack(STRUCTS["rela"][0], f.offset, (sym << 32) | kind.rtype, addend)
    _write_addend(data, f.offset, size, addend)
    return struct.pack(STRUCTS["rela"][1], f.offset, (sym << 8) | kind.rtype)


def _write_addend(data: bytearray, offset: int, size: int, addend: int) -> None:
    data[offset : offset + size] = (addend & ((1 << (8 * size)) - 1)).to_bytes(size, "little")
