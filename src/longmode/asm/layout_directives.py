"""Directives of the layout: sections, bits, org, align, struc/istruc, incbin, symbols."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Protocol

from longmode.asm.diagnostics import LineError
from longmode.asm.encoding import Fixup
from longmode.asm.expr import Node, Reloc
from longmode.asm.inputs import find
from longmode.asm.limits import MAX_ALIGN
from longmode.asm.records import Record
from longmode.asm.statements import Directive

if TYPE_CHECKING:
    from longmode.asm.inputs import InputFiles


class Layout(Protocol):
    """What the directives use of :class:`longmode.asm.layout.Layout` (declared here,
    so that this module does not import the one that imports it)."""

    fmt: str
    is_bin: bool
    bits: int
    org: int
    org_where: tuple[str, int] | None
    default_rel: bool
    pre386: bool
    listing_on: bool
    section: Section
    sections: dict[str, Section]
    saved_section: Section | None
    absolute: int | None
    absolute_base: str | None
    saved_absolute: int | None
    saved_absolute_base: str | None
    struc: tuple[str, Any] | None
    istruc: list[tuple[str, int]]
    repetition: tuple[int, int] | None
    labels: dict[str, Any]
    globals: dict[str, tuple[str, int]]
    statics: set[str]
    externs: dict[str, tuple[str, int]]
    commons: dict[str, tuple[int, int]]
    required: set[str]
    defined_order: dict[str, int]
    symbol_types: dict[str, tuple[int, int, int, bool]]
    include_paths: list[str]
    files: InputFiles

    def integer(self, node: Node, what: str) -> int: ...
    def value(self, node: Node) -> Any: ...
    def lookup(self, name: str) -> Any: ...
    def _offset(self) -> int: ...
    def touch(self) -> None: ...
    def emit(self, data: bytes, count: int = 1) -> None: ...
    def reserve(self, count: int) -> None: ...


class Section(Record):
    """One output section: its bytes (or size, for ``nobits``) and attributes."""

    __slots__ = (
        "align",
        "align_defined",
        "attrs",
        "bss_size",
        "data",
        "declared",
        "first_use",
        "fixups",
        "index",
        "name",
        "nobits",
        "where",
    )  # fmt: skip
    name: str
    nobits: bool
    align: int
    index: int
    attrs: dict[str, Any]
    data: bytearray
    bss_size: int
    fixups: list[Fixup]
    align_defined: bool  # `align=' given, or raised by an `align' directive
    declared: bool  # named by a `section` directive (not just the default .text)
    first_use: int  # when a `section' directive first named it (ELF order)
    where: tuple[str, int] | None  # the first `section' line naming it

    def __init__(
        self, name: str, nobits: bool, align: int, index: int, attrs: dict[str, Any] | None = None
    ) -> None:
        self.name = name
        self.nobits = nobits
        self.align = align
        self.index = index
        self.attrs = {} if attrs is None else attrs
        self.data = bytearray()
        self.bss_size = 0
        self.fixups = []
        self.align_defined = False
        self.declared = False
        self.first_use = 1 << 30
        self.where = None

    @property
    def size(self) -> int:
        """Size in bytes (of the data, or of the reserved space)."""
        return self.bss_size if self.nobits else len(self.data)


def get_section(layout: Layout, name: str, attrs: dict[str, Any]) -> Section:
    section = layout.sections.get(name)
    if section is None:
        if layout.is_bin:
            nobits, align = name == ".bss", 1 if name == ".text" else 4
        else:
            from longmode.asm.output_elf import section_default  # (not for flat binaries)

            nobits, align = section_default(name, layout.fmt == "elf64")
        if "nobits" in attrs:
            nobits = True
        if "progbits" in attrs:
            nobits = False
        section = Section(name, nobits, align, len(layout.sections), dict(attrs))
        layout.sections[name] = section
    else:
        section.attrs.update(attrs)
    if "align" in attrs:
        a = attrs["align"]
        if not isinstance(a, int) or a <= 0 or a & (a - 1):
            raise LineError("section alignment must be a power of two")
        section.align = a
        section.align_defined = True
    return section


def run_directive(layout: Layout, stmt: Directive) -> None:
    name = stmt.name
    args = stmt.args
    if name == "bits":
        bits = layout.integer(args[0], "`bits'")
        if bits not in (16, 32, 64):
            raise LineError(f"`{bits}' is not a valid segment size; must be 16, 32 or 64")
        layout.bits = bits
    elif name == "section":
        layout.absolute = layout.absolute_base = None
        layout.section = get_section(layout, args[0], args[1])
        layout.section.declared = True
        if layout.section.where is None:
            layout.section.where = (stmt.filename, stmt.line)
        layout.touch()
    elif name == "list":  # [list -] ... [list +]: lines left out of the listing
        layout.listing_on = args[0] != "-"
    elif name == "cpu":  # NASM's CPU levels before the 386 have no near Jcc
        layout.pre386 = args[0].lower() in ("8086", "186", "286")
    elif name == "org":
        if not layout.is_bin:
            raise LineError("`org' is only valid in the bin output format")
        layout.org = layout.integer(args[0], "`org'")
        layout.org_where = (stmt.filename, stmt.line)
    elif name == "absolute":
        _absolute(layout, args[0])
    elif name in ("align", "alignb"):
        _align(layout, name, args)
    elif name == "default":
        if args[0] in ("rel", "abs"):
            layout.default_rel = args[0] == "rel"
    elif name in ("global", "static"):
        _symbol_types(layout, args[1])
        if name == "global":
            for sym in args[0]:
                layout.globals[sym] = (stmt.filename, stmt.line)
        else:
            layout.statics.update(args[0])
    elif name in ("extern", "required"):  # in a flat binary, an error where used (as NASM)
        _symbol_types(layout, args[1])
        for sym in args[0]:
            if sym not in layout.labels:
                layout.externs[sym] = (stmt.filename, stmt.line)
                layout.defined_order.setdefault(sym, len(layout.defined_order))
                if name == "required":  # in the object even if unused
                    layout.required.add(sym)
    elif name == "common":
        if layout.is_bin:
            raise LineError("binary output format does not support common variables")
        size = layout.integer(args[1], "`common'")
        layout.commons[args[0]] = (size, layout.integer(args[2], "`common'"))
        layout.externs[args[0]] = (stmt.filename, stmt.line)
        layout.defined_order.setdefault(args[0], len(layout.defined_order))
    elif name == "incbin":
        _incbin(layout, args)
    elif name == "struc":
        if layout.struc is not None:
            raise LineError("nested `struc' is not allowed")
        offset = layout.integer(args[1], "`struc'")
        layout.saved_section = layout.section if layout.absolute is None else None
        layout.saved_absolute, layout.saved_absolute_base = layout.absolute, layout.absolute_base
        layout.struc = (args[0], offset)
        layout.absolute, layout.absolute_base = offset, None
    elif name == "endstruc":
        if layout.struc is None:
            raise LineError("`endstruc' without `struc'")
        sname, start = layout.struc
        if layout.absolute is None:
            # NASM takes `$' of the new section as the structure's end, a relocatable
            # size no structure means; we refuse the form.
            layout.struc = None
            raise LineError(
                f"`endstruc' of `{sname}' must end the structure's definition: a `section' "
                "directive between `struc' and `endstruc' left it"
            )
        size = layout.absolute - start
        if f"{sname}_size" not in layout.labels:
            layout.labels[f"{sname}_size"] = ("=", size)
            layout.defined_order.setdefault(f"{sname}_size", len(layout.defined_order))
        layout.struc = None
        layout.absolute, layout.absolute_base = layout.saved_absolute, layout.saved_absolute_base
        if layout.saved_section is not None:
            layout.section = layout.saved_section
    elif name == "istruc":
        layout.istruc.append((args[0], layout._offset()))
    elif name == "at":
        if not layout.istruc:
            raise LineError("`at' outside `istruc'")
        sname, start = layout.istruc[-1]
        target = layout.integer(args[0], "`at'") - _struc_base(layout, sname)
        pad = target - (layout._offset() - start)
        if pad < 0:
            raise LineError("`at' field is before the current position")
        layout.emit(b"\0", pad)
        layout.repetition = (pad, 1) if pad > 1 else None
    elif name == "iend":
        if not layout.istruc:
            raise LineError("`iend' without `istruc'")
        sname, start = layout.istruc.pop()
        size = layout.lookup(f"{sname}_size")
        if not isinstance(size, int):
            raise LineError(f"symbol `{sname}_size' not defined")
        pad = size - (layout._offset() - start)
        if pad < 0:
            raise LineError(f"data of `istruc {sname}' is larger than the structure")
        layout.emit(b"\0", pad)
        layout.repetition = (pad, 1) if pad > 1 else None


def _symbol_types(layout: Layout, types: list[tuple[str, int, Node | None, int, bool]]) -> None:
    """``name:type [size]`` with a visibility and a binding (ELF's st_info, st_other)."""
    for sym, kind, size_node, visibility, weak in types:
        size = 0 if size_node is None else layout.integer(size_node, "a symbol size")
        layout.symbol_types[sym] = (kind, size, visibility, weak)


def _struc_base(layout: Layout, sname: str) -> int:
    base = layout.lookup(sname)
    return base if isinstance(base, int) else 0


def _align(layout: Layout, name: str, args: list[Any]) -> None:
    n = layout.integer(args[0], f"`{name}'")
    if n <= 0 or n & (n - 1):
        raise LineError(f"`{name}' expects a power of two")
    if n >= MAX_ALIGN:
        raise LineError(f"absurdly large segment alignment `{args[2]}' (2^{n.bit_length() - 1})")
    if layout.absolute is not None:
        pad = (-layout.absolute) % n
        if name == "align" and pad:  # NOPs: NASM's error, as for any code there
            raise LineError("attempt to assemble code in [ABSOLUTE] space")
        layout.absolute += pad
        return
    pad = (-layout.section.size) % n
    if name == "align" and not layout.section.nobits:
        if args[1] is not None:
            fill = _fill_byte(args[1])
            layout.emit(bytes([fill]), pad)
        else:
            layout.emit(b"\x90", pad)
        layout.repetition = (pad, 1) if pad > 1 else None
    else:
        layout.reserve(pad)
    if layout.section.align < n or not layout.section.align_defined:
        layout.section.align = max(n, layout.section.align if layout.section.align_defined else 1)
        layout.section.align_defined = True


def _incbin(layout: Layout, args: list[Any]) -> None:
    filename = args[0]
    path = find(filename, layout.include_paths)  # like NASM: as given, then each -I path
    if path is None:
        raise LineError(f"`incbin': unable to open file `{filename}'")
    data = layout.files.binary(path)
    start = layout.integer(args[1], "`incbin'") if len(args) > 1 else 0
    if len(args) > 2:
        length = layout.integer(args[2], "`incbin'")
        data = data[start : start + length]
    else:
        data = data[start:]
    layout.emit(data)


def _fill_byte(tokens: list[Any]) -> int:
    if len(tokens) == 1 and tokens[0][0] == "id" and tokens[0][1].lower() == "nop":
        return 0x90
    if len(tokens) == 2 and tokens[0][1] == "db" and tokens[1][0] == "num":
        return int(tokens[1][1]) & 0xFF
    raise LineError("`align' fill must be `nop' or `db N'")


def _absolute(layout: Layout, node: Node) -> None:
    """``absolute 0x500`` (labels are numbers) or ``absolute label+7`` (labels in the
    label's section from there on, as NASM allows: variables laid over code)."""
    val = layout.value(node)
    v = val.value
    if isinstance(v, Reloc) and v.is_section and not (v.pcrel or v.wrt):
        layout.absolute, layout.absolute_base = v.offset, v.base
    elif isinstance(v, int):
        layout.absolute, layout.absolute_base = v, None
    else:
        raise LineError("non-constant argument supplied to `absolute'")
