"""Reading kernel ELF files: header, loaded segments, sections, code, symbols.

pyelftools does the parsing (imported with the first file read, so that a command
that reads no ELF does not pay for it): its structure definitions decode the ELF header,
every program and section header and every symbol. This module decides what
it may read: every table, string and section is bounds-checked against the
file's real size (and against the tables it points into) before its bytes are
handed to pyelftools, so a damaged file gives one line that names the field
that is wrong — ``kernel.elf: the section header table must lie inside the
file (e_shoff 0x5000 + 64 × 18 bytes ends at 0x5480, past the file's 4096
bytes)`` — never a traceback. pyelftools' own section and segment objects are
not used: building them reads linked tables (relocations, dynamic sections,
compressed headers) that a kernel check never needs.

What is read but wrong for a loader (a segment past the end of the file, an
executable section with no bytes) is not an error here: ``longmode check``
reports it as a finding. The file is read once into memory and never opened
for writing.
"""

from __future__ import annotations

import bisect
import io
import itertools
from collections.abc import Iterator
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any, NoReturn

from longmode.errors import LongmodeError
from longmode.files import MAX_KERNEL_FILE, InputError, read_input

ELF_MAGIC = b"\x7fELF"
ELFCLASS32 = 1
ELFCLASS64 = 2
ELFDATA2LSB = 1
EM_386 = 3
EM_X86_64 = 62
EHDR64_SIZE = 64
PHDR64_SIZE = 56
SHDR64_SIZE = 64
SYM64_SIZE = 24
PT_LOAD = 1
PF_X, PF_W, PF_R = 1, 2, 4
SHF_ALLOC = 0x2
SHF_EXECINSTR = 0x4
#: e_phnum's escape: the real count would be in section 0's sh_info.
PN_XNUM = 0xFFFF
#: e_shstrndx's and st_shndx's escape to a larger index stored elsewhere.
SHN_XINDEX = 0xFFFF
#: Section indexes from here up are special values (SHN_ABS, SHN_COMMON…).
SHN_LORESERVE = 0xFF00
#: The most sections and symbols read: far more than any kernel has (a few dozen
#: sections, some hundred thousand symbols), few enough that a crafted file
#: cannot make the reader hold gigabytes of headers.
MAX_SECTIONS = 0xFFFF
MAX_SYMBOLS = 1 << 20


class ElfFormatError(LongmodeError):
    """The file is not a readable ELF64 x86-64 file; the message says why, in one line."""


@dataclass(frozen=True, slots=True)
class ElfClass:
    """One kind of ELF file longmode reads: its EI_CLASS, machine and table entry sizes."""

    name: str
    arch: str
    ei_class: int
    machine: int
    machine_name: str
    ehdr_size: int
    phdr_size: int
    shdr_size: int
    sym_size: int


#: x86-64 kernels: what `longmode check` reads.
ELF64_X86_64 = ElfClass(
    name="ELF64", arch="x86-64", ei_class=ELFCLASS64, machine=EM_X86_64,
    machine_name="EM_X86_64", ehdr_size=EHDR64_SIZE, phdr_size=PHDR64_SIZE,
    shdr_size=SHDR64_SIZE, sym_size=SYM64_SIZE,
)  # fmt: skip
#: 32-bit x86 kernels (Multiboot ones), read by `longmode run` for their symbols.
ELF32_I386 = ElfClass(
    name="ELF32", arch="i386", ei_class=ELFCLASS32, machine=EM_386,
    machine_name="EM_386", ehdr_size=52, phdr_size=32, shdr_size=40, sym_size=16,
)  # fmt: skip


@dataclass(frozen=True, slots=True)
class Segment:
    """A PT_LOAD program header (``index`` counts every program header)."""

    index: int
    offset: int
    vaddr: int
    paddr: int
    filesz: int
    memsz: int
    flags: int

    @property
    def executable(self) -> bool:
        return bool(self.flags & PF_X)

    @property
    def perms(self) -> str:
        """``RWX`` letters, ``-`` for a missing permission."""
        return "".join(
            letter if self.flags & bit else "-"
            for letter, bit in (("R", PF_R), ("W", PF_W), ("X", PF_X))
        )

    def loads(self, section: Section) -> bool:
        """True when this segment puts the section's file bytes at the section's address."""
        delta = section.address - self.vaddr
        return (
            delta >= 0
            and section.address + section.size <= self.vaddr + self.filesz
            and section.offset - self.offset == delta
        )


@dataclass(frozen=True, slots=True)
class Section:
    """A section header; ``kind`` is pyelftools' name for sh_type (``SHT_PROGBITS``)."""

    index: int
    name: str
    kind: str
    flags: int
    address: int
    offset: int
    size: int

    @property
    def is_code(self) -> bool:
        """Allocated and executable: bytes the loaded kernel may run."""
        executable = self.flags & SHF_ALLOC and self.flags & SHF_EXECINSTR
        return bool(executable) and self.size > 0 and self.kind != "SHT_NULL"

    @property
    def has_file_bytes(self) -> bool:
        return self.kind not in ("SHT_NOBITS", "SHT_NULL") and self.size > 0

    @property
    def label(self) -> str:
        """``section 1 (.text)``, or ``section 1`` when it has no name."""
        return f"section {self.index} ({self.name})" if self.name else f"section {self.index}"


@dataclass(frozen=True, slots=True)
class CodeRange:
    """Bytes the CPU may execute: an executable section (or segment, if no sections)."""

    name: str
    address: int
    data: bytes


@dataclass(frozen=True, slots=True)
class Symbol:
    """A function or data symbol with an address. ``is_code_label``: an STT_NOTYPE
    symbol in an executable section (an assembly label, such as NASM's for a plain
    ``global _start``), which names code up to the next symbol, as in gdb."""

    name: str
    raw_name: str
    address: int
    size: int
    is_function: bool
    is_code_label: bool = False
    is_global: bool = False


@dataclass(frozen=True, slots=True)
class FrameRule:
    """How to find the caller's frame at one address (a row of the DWARF call frame
    information): the canonical frame address (CFA) is ``cfa_register`` (a DWARF
    register number: 7 is RSP, 6 RBP) plus ``cfa_offset``; ``saved`` gives where a
    register was saved, as an offset from the CFA (16, the return address, always
    is). The caller's RSP is the CFA."""

    cfa_register: int
    cfa_offset: int
    saved: dict[int, int]


#: DWARF's number for x86-64's return address "register" (System V ABI, fig. 3.36).
RETURN_ADDRESS = 16


def demangle(name: str) -> str:
    """The readable form of a Rust symbol (legacy or v0 mangling, hash dropped)."""
    if not (name.startswith("_ZN") or name.startswith("_R")):
        return name
    from rust_demangler import demangle as rust_demangle  # loaded when first needed

    try:
        text = str(rust_demangle(name))
    except Exception:  # the demangler rejects non-Rust names in its own ways
        return name
    head, sep, tail = text.rpartition("::h")
    if sep and len(tail) == 16 and all(c in "0123456789abcdef" for c in tail):
        return head
    return text


def printable(text: str) -> str:
    """``text`` safe for a one-line message: control and unprintable characters
    become ``\\xNN`` (a name from the file can hold a newline)."""
    if text.isprintable():
        return text
    return "".join(c if c.isprintable() else f"\\x{ord(c):02x}" for c in text)


class KernelElf:
    """An ELF64 x86-64 file, checked for consistency and loaded into memory.

    Raises :class:`ElfFormatError` (one line: the path, what must be, what
    was) when the file cannot be read as one. With ``i386=True`` an ELF32
    i386 file (a Multiboot kernel) is read too, with the same checks;
    :attr:`elf_class` says which it is.
    """

    def __init__(self, path: Path, data: bytes, *, i386: bool = False) -> None:
        self.path = path
        self.data = data
        tables = _Tables(path, data, i386=i386)
        self.elf_class: ElfClass = tables.elf_class
        self.elf_type: str = tables.elf_type
        self.entry: int = tables.entry
        self.segments: list[Segment] = tables.segments
        self.sections: list[Section] = tables.sections
        self.symbols: list[Symbol] = tables.symbols
        self.code_ranges = _read_code(self.sections, self.segments, data)
        self._located = sorted(
            (s for s in self.symbols if s.is_function or s.size), key=lambda s: s.address
        )
        self._starts = [s.address for s in self._located]
        self._labels: list[Symbol] = []
        self._label_starts: list[int] = []
        self._sort_labels()
        self._lines: tuple[list[tuple[int, str | None, int]], list[int]] | None = None
        self._frames: tuple[list[int], list[tuple[int, Any]]] | None = None
        #: What :meth:`slide` added to the link-time addresses.
        self.bias = 0

    def slide(self, offset: int) -> None:
        """Moves the kernel to where its loader put it: ``offset`` (a position-
        independent kernel's base) is added to the entry, the symbols and the code
        ranges, and line and frame lookups take run-time addresses. Segments and
        sections keep their link-time addresses."""
        if not offset:
            return
        self.bias += offset
        self.entry += offset
        self.symbols = [replace(s, address=s.address + offset) for s in self.symbols]
        self._located = [replace(s, address=s.address + offset) for s in self._located]
        self._starts = [s.address for s in self._located]
        self.code_ranges = [replace(c, address=c.address + offset) for c in self.code_ranges]
        self._sort_labels()

    def _sort_labels(self) -> None:
        """Code labels by address; at one address a global one, then a function, wins."""
        labels = (s for s in self.symbols if s.is_code_label or (s.is_function and not s.size))
        self._labels = sorted(labels, key=lambda s: (s.address, s.is_function, s.is_global))
        self._label_starts = [s.address for s in self._labels]

    @classmethod
    def load(cls, path: str | Path) -> KernelElf:
        """Reads and checks ``path`` (a regular file of at most
        :data:`~longmode.files.MAX_KERNEL_FILE` bytes); raises :class:`ElfFormatError`."""
        path = Path(path)
        try:
            data = read_input(path, limit=MAX_KERNEL_FILE, what="the kernel ELF")
        except InputError as error:
            raise ElfFormatError(str(error), error.exit_code) from None
        return cls(path, data)

    def symbol_at(self, address: int) -> Symbol | None:
        """The symbol whose range holds ``address`` (or that starts there)."""
        i = bisect.bisect_right(self._starts, address) - 1
        if i < 0:
            return None
        symbol = self._located[i]
        if address == symbol.address or address < symbol.address + symbol.size:
            return symbol
        return None

    def label_at(self, address: int) -> Symbol | None:
        """The code label (a symbol without a size in an executable section: an
        assembly label, STT_NOTYPE or STT_FUNC) at or before ``address`` in the
        same code range, as gdb and addr2line name such code."""
        i = bisect.bisect_right(self._label_starts, address) - 1
        if i < 0:
            return None
        label = self._labels[i]
        for code in self.code_ranges:
            if code.address <= label.address <= address < code.address + len(code.data):
                return label
        return None

    def describe(self, address: int, *, returning: bool = False) -> str:
        """``0x101234 <kernel::main+0x14>``, or the bare address without a symbol. For a
        return address (``returning``), the symbol of the call before it: a call to a
        function that never returns may be its caller's last instruction."""
        where = address - 1 if returning else address
        symbol = self.symbol_at(where) or self.label_at(where)
        if symbol is None:
            return f"{address:#x}"
        offset = address - symbol.address
        return f"{address:#x} <{symbol.name}{f'+{offset:#x}' if offset else ''}>"

    def functions(self) -> list[Symbol]:
        """Function symbols with a size, by address."""
        return [s for s in self._located if s.is_function and s.size]

    def line_addresses(self, file: str, line: int) -> list[int]:
        """The addresses the DWARF line table gives for ``line`` of ``file`` (a name)."""
        if self._lines is None:
            self._lines = _line_table(self.data)
        return [
            address + self.bias
            for address, name, row in self._lines[0]
            if name == file and row == line
        ]

    def source_line(self, address: int) -> tuple[str, int] | None:
        """The source file and line the DWARF line table gives for ``address`` (None
        without debug information, or outside every line sequence)."""
        if self._lines is None:
            self._lines = _line_table(self.data)
        rows, starts = self._lines
        address -= self.bias
        i = bisect.bisect_right(starts, address) - 1
        if i < 0 or rows[i][1] is None:
            return None
        _, file, line = rows[i]
        assert file is not None
        return file, line

    def frame_rule(self, address: int) -> FrameRule | None:
        """The call frame information's rule at ``address`` (from ``.debug_frame``,
        else ``.eh_frame``); None where there is none, or where the CFA is a DWARF
        expression (not followed)."""
        if self._frames is None:
            self._frames = _frame_entries(self.data)
        starts, entries = self._frames
        address -= self.bias
        i = bisect.bisect_right(starts, address) - 1
        if i < 0 or address >= entries[i][0]:
            return None
        from elftools.common.exceptions import ELFError

        try:
            table = entries[i][1].get_decoded().table
        except (ELFError, ValueError, KeyError, IndexError, AttributeError):
            return None
        rows = [row for row in table if row["pc"] <= address]
        if not rows:
            return None
        row = rows[-1]
        cfa = row["cfa"]
        if cfa.expr is not None or cfa.reg is None:
            return None
        saved = {
            register: rule.arg
            for register, rule in row.items()
            if isinstance(register, int) and rule.type == "OFFSET"
        }
        saved.setdefault(RETURN_ADDRESS, -8)
        return FrameRule(cfa.reg, cfa.offset, saved)


def _frame_entries(data: bytes) -> tuple[list[int], list[tuple[int, Any]]]:
    """The FDEs of the call frame information, by start address: the starts, and
    (end, FDE) for each. Empty without (readable) call frame information."""
    from elftools.common.exceptions import ELFError
    from elftools.elf.elffile import ELFFile

    try:
        elf = ELFFile(io.BytesIO(data))
        dwarf = elf.get_dwarf_info()
        if dwarf.has_CFI():
            entries = dwarf.CFI_entries()
        elif dwarf.has_EH_CFI():
            entries = dwarf.EH_CFI_entries()
        else:
            return [], []
        found = []  # (start, end, FDE)
        for entry in entries:
            header = getattr(entry, "header", {})  # a terminator (ZERO) has none
            start = header.get("initial_location")  # a CIE has no location
            # an FDE at 0 describes a function the linker dropped (its relocation went)
            if start:
                found.append((start, start + header["address_range"], entry))
        found.sort(key=lambda row: row[:2])
    except (ELFError, ValueError, KeyError, IndexError, AttributeError, TypeError):
        return [], []
    return [start for start, _, _ in found], [(end, entry) for _, end, entry in found]


def _line_table(data: bytes) -> tuple[list[tuple[int, str | None, int]], list[int]]:
    """Every row of the DWARF line programs, by address: (address, file, line), with
    file None where a sequence ends; and the addresses alone, for bisecting. Empty
    when the file has no (readable) debug information."""
    from elftools.common.exceptions import ELFError
    from elftools.elf.elffile import ELFFile

    rows: list[tuple[int, str | None, int]] = []
    try:
        elf = ELFFile(io.BytesIO(data))
        if not elf.has_dwarf_info():
            return [], []
        dwarf = elf.get_dwarf_info()
        for unit in dwarf.iter_CUs():
            program = dwarf.line_program_for_CU(unit)
            if program is None:
                continue
            files = program["file_entry"]
            first = 0 if program.header.version >= 5 else 1
            for entry in program.get_entries():
                state = entry.state
                if state is None:
                    continue
                if state.end_sequence:
                    rows.append((state.address, None, 0))
                    continue
                index = state.file - first
                name = files[index].name if 0 <= index < len(files) else b"?"
                rows.append((state.address, name.decode("utf-8", "replace"), state.line))
    except (ELFError, ValueError, KeyError, IndexError, AttributeError):
        return [], []
    # an end of sequence sorts before a row that starts at the same address
    rows.sort(key=lambda row: (row[0], row[1] is not None))
    return rows, [row[0] for row in rows]


# --- the checks, in the order a reader needs them ---------------------------------


def kernel_symbols(path: Path, data: bytes) -> KernelElf | None:
    """A kernel file's ELF symbols for reports (ELF64, or ELF32 for a Multiboot kernel);
    None for a file that is not ELF (a flat Multiboot binary). ElfFormatError when the
    ELF's tables are damaged (`longmode image` reads only its program headers, so
    such a kernel still boots)."""
    if data[:4] != ELF_MAGIC:
        return None
    return KernelElf(path, data, i386=True)


def _span(start: int, size: int) -> str:
    return f"{start:#x}-{start + size:#x}"


class _Tables:
    """Reads the headers and tables of ``data``, checking each before it is parsed."""

    def __init__(self, path: Path, data: bytes, *, i386: bool = False) -> None:
        self.path = path
        self.data = data
        self.elf_class = cls = _check_identity(path, data, i386=i386)
        from elftools.common.exceptions import ELFError  # loaded with the first ELF read
        from elftools.elf.elffile import ELFFile

        try:
            elf = ELFFile(io.BytesIO(data))
        except ELFError:  # the identity checks above leave pyelftools nothing to refuse
            self.fail(f"the {cls.name} header must be readable by pyelftools")
        self.structs = elf.structs
        header = elf.header
        e_type = header["e_type"]
        self.elf_type = e_type if isinstance(e_type, str) else f"e_type {e_type:#x}"
        self.entry: int = header["e_entry"]
        #: What must not overlap: the headers and the tables parsed, by a key.
        self.regions: dict[str, tuple[str, int, int]] = {"ehdr": ("ELF header", 0, cls.ehdr_size)}
        program_headers = self._locate_program_headers(header)
        self.section_headers = self._read_section_headers(header)
        self.sections = self._name_sections(header)
        self._check_section_extents()
        self.segments = self._read_segments(*program_headers)
        self.symbols = self._read_symbols()

    def fail(self, text: str) -> NoReturn:
        raise ElfFormatError(f"{self.path}: {text}")

    def inside(self, what: str, fields: str, offset: int, size: int) -> None:
        """Fails unless ``size`` bytes at ``offset`` lie inside the file."""
        end = offset + size
        if end > len(self.data):
            self.fail(
                f"{what} must lie inside the file ({fields} ends at {end:#x}, "
                f"past the file's {len(self.data)} bytes)"
            )

    def parse(self, struct_name: str, offset: int, size: int) -> Any:
        """pyelftools' ``struct_name`` parsed from ``size`` bytes already bounds-checked."""
        return getattr(self.structs, struct_name).parse(self.data[offset : offset + size])

    # --- section headers and their names ------------------------------------

    def _read_section_headers(self, header: Any) -> list[Any]:
        shoff, entsize, count = header["e_shoff"], header["e_shentsize"], header["e_shnum"]
        if shoff == 0:  # no section header table (e_shnum is then meaningless)
            return []
        size = self.elf_class.shdr_size
        if entsize < size:
            self.fail(
                f"e_shentsize must be at least {size} (the size of an {self.elf_class.name} "
                f"section header) when e_shoff is set, not {entsize}"
            )
        fields = f"e_shoff {shoff:#x} + {entsize} × {count} bytes"
        if count == 0:  # extended numbering: the count is section 0's sh_size
            self.inside(
                "section header 0 (which holds the section count when e_shnum is 0)",
                f"e_shoff {shoff:#x} + {size} bytes",
                shoff,
                size,
            )
            count = self.parse("Elf_Shdr", shoff, size)["sh_size"]
            fields = f"e_shoff {shoff:#x} + {entsize} × section 0's sh_size {count} bytes"
        self.inside("the section header table", fields, shoff, entsize * count)
        if count > MAX_SECTIONS:
            self.fail(
                f"the kernel must have at most {MAX_SECTIONS} sections (longmode's limit; a "
                f"kernel has a few dozen), not {count} (section 0's sh_size, as e_shnum is 0)"
            )
        self.add_region("shdrs", "section header table", shoff, entsize * count)
        return [self.parse("Elf_Shdr", shoff + i * entsize, size) for i in range(count)]

    def _names_index(self, header: Any) -> int:
        """The index of the section name table (0 for none), checked."""
        headers = self.section_headers
        index: int = header["e_shstrndx"]
        where = "e_shstrndx"
        if index == SHN_XINDEX and headers:
            index, where = headers[0]["sh_link"], "section 0's sh_link (e_shstrndx is SHN_XINDEX)"
        if not headers or index == 0:
            return 0
        if index >= len(headers):
            self.fail(
                f"{where} must be the index of the section name table, below the "
                f"{len(headers)} sections, not {index}"
            )
        kind = headers[index]["sh_type"]
        if kind != "SHT_STRTAB":
            self.fail(
                f"{where} must name a string table (SHT_STRTAB), not section {index} of type "
                f"{_kind(kind)}"
            )
        return index

    def _name_sections(self, header: Any) -> list[Section]:
        names_index = self._names_index(header)
        names = b""
        if names_index:
            table = self.section_headers[names_index]
            self._check_table_extent(
                f"section name table (section {names_index})", names_index, table
            )
            names = self._table_bytes(table)
        sections = []
        for index, h in enumerate(self.section_headers):
            name = (
                self._string(
                    names, h["sh_name"], f"section {index}'s sh_name", "the section name table"
                )
                if names_index
                else ""
            )
            sections.append(
                Section(
                    index,
                    name,
                    _kind(h["sh_type"]),
                    h["sh_flags"],
                    h["sh_addr"],
                    h["sh_offset"],
                    h["sh_size"],
                )
            )
        return sections

    def _check_table_extent(self, name: str, index: int, h: Any) -> None:
        """The table section ``name`` (its type already checked) lies inside the
        file; it is noted for the overlap check."""
        self.inside(
            f"the {name}",
            f"sh_offset {h['sh_offset']:#x} + sh_size {h['sh_size']:#x}",
            h["sh_offset"],
            h["sh_size"],
        )
        self.add_region(f"section {index}", name, h["sh_offset"], h["sh_size"])

    def _table_bytes(self, h: Any) -> bytes:
        return self.data[h["sh_offset"] : h["sh_offset"] + h["sh_size"]]

    def _string(self, table: bytes, offset: int, field: str, table_name: str) -> str:
        """The NUL-terminated string at ``offset`` in ``table`` (0 is the empty name)."""
        if offset == 0:
            return ""
        if offset >= len(table):
            self.fail(
                f"{field} must point inside {table_name}, which has {len(table)} bytes, "
                f"not to {offset:#x}"
            )
        end = table.find(b"\0", offset)
        if end < 0:
            self.fail(
                f"{field} {offset:#x} must start a NUL-terminated string, but {table_name} "
                f"ends first (at byte {len(table)})"
            )
        return printable(table[offset:end].decode("utf-8", errors="replace"))

    def _check_section_extents(self) -> None:
        for section in self.sections:
            if section.has_file_bytes:
                self.inside(
                    section.label,
                    f"sh_offset {section.offset:#x} + sh_size {section.size:#x}",
                    section.offset,
                    section.size,
                )

    # --- program headers ------------------------------------------------------

    def _locate_program_headers(self, header: Any) -> tuple[int, int, int]:
        """The program header table's offset, entry size and count, checked."""
        phoff, entsize, count = header["e_phoff"], header["e_phentsize"], header["e_phnum"]
        if count == PN_XNUM:
            self.fail(
                f"e_phnum must be below {PN_XNUM:#x} (PN_XNUM, which moves the count into "
                f"section 0; no kernel needs 65535 program headers), not {count:#x}"
            )
        if count == 0:
            return phoff, entsize, 0
        size = self.elf_class.phdr_size
        if entsize < size:
            self.fail(
                f"e_phentsize must be at least {size} (the size of an {self.elf_class.name} "
                f"program header), not {entsize}"
            )
        self.inside(
            "the program header table",
            f"e_phoff {phoff:#x} + {entsize} × {count} bytes",
            phoff,
            entsize * count,
        )
        self.add_region("phdrs", "program header table", phoff, entsize * count)
        return phoff, entsize, count

    def _read_segments(self, phoff: int, entsize: int, count: int) -> list[Segment]:
        """The PT_LOAD entries of the (located) program header table."""
        segments = []
        for index in range(count):
            h = self.parse("Elf_Phdr", phoff + index * entsize, self.elf_class.phdr_size)
            if h["p_type"] == "PT_LOAD":
                segments.append(
                    Segment(
                        index,
                        h["p_offset"],
                        h["p_vaddr"],
                        h["p_paddr"],
                        h["p_filesz"],
                        h["p_memsz"],
                        h["p_flags"],
                    )
                )
        return segments

    # --- the symbol table -----------------------------------------------------

    def _read_symbols(self) -> list[Symbol]:
        """The first SHT_SYMTAB's function, object and untyped symbols with an address."""
        index = next(
            (s.index for s in self.sections if s.kind == "SHT_SYMTAB"),
            None,
        )
        if index is None:
            return []
        table = self.section_headers[index]
        name = f"symbol table {self.sections[index].label}"
        self._check_table_extent(name, index, table)
        what = f"the {name}"
        size = self.elf_class.sym_size
        if table["sh_entsize"] != size:
            self.fail(
                f"{what} must have sh_entsize {size} (the size of an {self.elf_class.name} "
                f"symbol), not {table['sh_entsize']}"
            )
        if table["sh_size"] % size:
            self.fail(
                f"{what} must have a sh_size that is a multiple of {size}, "
                f"not {table['sh_size']:#x}"
            )
        if table["sh_size"] // size > MAX_SYMBOLS:
            self.fail(
                f"{what} must hold at most {MAX_SYMBOLS} symbols (longmode's limit), "
                f"not {table['sh_size'] // size}"
            )
        names = self._symbol_names(what, table["sh_link"])
        symbols = []
        for number, entry in enumerate(self._symbol_entries(table)):
            symbol = self._symbol(number, entry, names, index)
            if symbol is not None:
                symbols.append(symbol)
        return symbols

    def _symbol_names(self, what: str, link: int) -> tuple[str, bytes]:
        """The symbol table's string table: its label and bytes, checked."""
        count = len(self.sections)
        if link >= count:
            self.fail(
                f"{what} must link (sh_link) to its string table, one of the {count} "
                f"sections, not to section {link}"
            )
        strings = self.sections[link]
        if strings.kind != "SHT_STRTAB":
            self.fail(
                f"{what} must link (sh_link) to a string table (SHT_STRTAB), not to "
                f"{strings.label} of type {strings.kind}"
            )
        name = f"string table {strings.label}"
        self._check_table_extent(name, link, self.section_headers[link])
        return f"the {name}", self._table_bytes(self.section_headers[link])

    def _symbol_entries(self, table: Any) -> Iterator[Any]:
        start = table["sh_offset"]
        size = self.elf_class.sym_size
        for offset in range(start, start + table["sh_size"], size):
            yield self.parse("Elf_Sym", offset, size)

    def _symbol(
        self, number: int, entry: Any, names: tuple[str, bytes], table_index: int
    ) -> Symbol | None:
        label, strings = names
        raw = self._string(strings, entry["st_name"], f"symbol {number}'s st_name", label)
        self._check_symbol_section(number, printable(raw), entry["st_shndx"], table_index)
        kind = entry["st_info"]["type"]
        if kind not in ("STT_FUNC", "STT_OBJECT", "STT_NOTYPE") or not raw:
            return None
        if entry["st_shndx"] in ("SHN_UNDEF", "SHN_ABS"):
            return None
        shndx = entry["st_shndx"]
        in_code = isinstance(shndx, int) and shndx < len(self.sections)
        in_code = in_code and self.sections[shndx].is_code
        return Symbol(
            printable(demangle(raw)),
            raw,
            entry["st_value"],
            entry["st_size"],
            kind == "STT_FUNC",
            is_code_label=kind == "STT_NOTYPE" and in_code,
            is_global=entry["st_info"]["bind"] != "STB_LOCAL",
        )

    def _check_symbol_section(self, number: int, name: str, shndx: Any, table: int) -> None:
        """A symbol's st_shndx must be a special value or an existing section."""
        if shndx in (SHN_XINDEX, "SHN_XINDEX"):
            if not any(
                h["sh_type"] == "SHT_SYMTAB_SHNDX" and h["sh_link"] == table
                for h in self.section_headers
            ):
                self.fail(
                    f"{_who(number, name)} has st_shndx SHN_XINDEX, so a SHT_SYMTAB_SHNDX "
                    "section linked to its symbol table must hold its section index; the file "
                    "has none"
                )
            return
        if isinstance(shndx, str) or shndx >= SHN_LORESERVE:
            return
        if shndx >= len(self.sections):
            self.fail(
                f"{_who(number, name)} must name one of the {len(self.sections)} sections "
                f"(st_shndx), not section {shndx}"
            )

    # --- overlaps between the tables ------------------------------------------

    def add_region(self, key: str, name: str, start: int, size: int) -> None:
        """Notes a table (already inside the file); it must not overlap another one."""
        self.regions[key] = (name, start, size)
        regions = sorted((r for r in self.regions.values() if r[2] > 0), key=lambda r: r[1:])
        for (name_a, start_a, size_a), (name_b, start_b, size_b) in itertools.combinations(
            regions, 2
        ):
            if start_b < start_a + size_a and start_a < start_b + size_b:
                self.fail(
                    f"the {name_b} must not overlap the {name_a} "
                    f"(bytes {_span(start_b, size_b)} and {_span(start_a, size_a)})"
                )


def _who(number: int, name: str) -> str:
    return f"symbol {number} ({name})" if name else f"symbol {number}"


def _kind(sh_type: Any) -> str:
    """pyelftools' name for a section type, or ``sh_type 0x...`` for an unknown one."""
    return sh_type if isinstance(sh_type, str) else f"sh_type {sh_type:#x}"


def _check_identity(path: Path, data: bytes, *, i386: bool = False) -> ElfClass:
    """The file's class: a complete ELF64 little-endian x86-64 header (or, with
    ``i386``, an ELF32 i386 one); anything else is refused."""
    if len(data) < 4 or data[:4] != ELF_MAGIC:
        shown = f"not {data[:4].hex(' ')}" if data else "not be empty"
        raise ElfFormatError(f"{path}: an ELF file must start with 7f 45 4c 46 (\\x7fELF), {shown}")
    if len(data) < 5 or data[4] not in (ELFCLASS32, ELFCLASS64):
        shown = f"{data[4]}" if len(data) > 4 else "nothing (the file ends)"
        expected = (
            f"{ELFCLASS32} (ELFCLASS32) or {ELFCLASS64} (ELFCLASS64)"
            if i386
            else f"{ELFCLASS64} (ELFCLASS64)"
        )
        raise ElfFormatError(f"{path}: EI_CLASS (byte 4) must be {expected}, not {shown}")
    if data[4] == ELFCLASS32 and not i386:
        raise ElfFormatError(
            f"{path}: an x86-64 kernel must be ELF64 (ELFCLASS64), not a 32-bit ELF (ELFCLASS32)"
        )
    cls = ELF32_I386 if data[4] == ELFCLASS32 else ELF64_X86_64
    if len(data) < cls.ehdr_size:
        raise ElfFormatError(
            f"{path}: the file must hold the {cls.ehdr_size}-byte {cls.name} header, "
            f"not only {len(data)} bytes"
        )
    if data[5] != ELFDATA2LSB:
        raise ElfFormatError(
            f"{path}: EI_DATA (byte 5) must be {ELFDATA2LSB} (little-endian, as {cls.arch} is), "
            f"not {data[5]}"
        )
    machine = int.from_bytes(data[18:20], "little")
    if machine != cls.machine:
        raise ElfFormatError(
            f"{path}: e_machine must be {cls.machine} ({cls.machine_name}), not {machine}"
        )
    return cls


def _read_code(sections: list[Section], segments: list[Segment], data: bytes) -> list[CodeRange]:
    """The code that runs: executable sections that an executable segment loads;
    the executable segments themselves when there are no such sections.

    An executable section that is SHT_NOBITS or that no executable segment
    loads is not the code that runs (``longmode check`` reports it), so it is
    not decoded. A file without executable segments (an object file) has only
    its sections: they are decoded.
    """
    executable = [seg for seg in segments if seg.executable]
    ranges = [
        CodeRange(s.name or s.label, s.address, data[s.offset : s.offset + s.size])
        for s in sections
        if s.is_code
        and s.has_file_bytes
        and (not executable or any(seg.loads(s) for seg in executable))
    ]
    if not ranges:
        for seg in executable:
            chunk = data[seg.offset : seg.offset + seg.filesz]
            ranges.append(CodeRange(f"segment {seg.index}", seg.vaddr, chunk))
    return ranges
