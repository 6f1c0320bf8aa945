"""Reading kernel ELF files: header, loaded segments, code sections, symbols.

pyelftools does the parsing. This module adds what a kernel tool needs on
top: every bound checked against the file's real size before anything is
read (so a truncated or malformed file gives one clear line, never a
traceback), demangled symbol names, and address → ``symbol+offset`` lookup.

The file is read once into memory and never opened for writing.
"""

from __future__ import annotations

import bisect
import io
from dataclasses import dataclass
from pathlib import Path

from elftools.common.exceptions import ELFError, ELFParseError
from elftools.elf.elffile import ELFFile
from rust_demangler import demangle as _rust_demangle

from longmode.errors import LongmodeError

ELF_MAGIC = b"\x7fELF"
ELFCLASS32 = 1
ELFCLASS64 = 2
ELFDATA2LSB = 1
EM_X86_64 = 62
EHDR64_SIZE = 64
PHDR64_SIZE = 56
SHDR64_SIZE = 64
PT_LOAD = 1
PF_X, PF_W, PF_R = 1, 2, 4
SHF_ALLOC = 0x2
SHF_EXECINSTR = 0x4


class ElfFormatError(LongmodeError):
    """The file is not a readable ELF64 x86-64 file; the message says why."""


@dataclass(frozen=True)
class Segment:
    """A PT_LOAD program header."""

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


@dataclass(frozen=True)
class CodeRange:
    """Bytes the CPU may execute: an executable section (or segment, if no sections)."""

    name: str
    address: int
    data: bytes


@dataclass(frozen=True)
class Symbol:
    """A function or data symbol with an address."""

    name: str
    raw_name: str
    address: int
    size: int
    is_function: bool


def demangle(name: str) -> str:
    """The readable form of a Rust symbol (legacy or v0 mangling, hash dropped)."""
    if not (name.startswith("_ZN") or name.startswith("_R")):
        return name
    try:
        text = str(_rust_demangle(name))
    except Exception:  # the demangler rejects non-Rust names in its own ways
        return name
    head, sep, tail = text.rpartition("::h")
    if sep and len(tail) == 16 and all(c in "0123456789abcdef" for c in tail):
        return head
    return text


class KernelElf:
    """An ELF64 x86-64 file, checked for consistency and loaded into memory."""

    def __init__(self, path: Path, data: bytes) -> None:
        self.path = path
        self.data = data
        _check_header(path, data)
        try:
            elf = ELFFile(io.BytesIO(data))
            header = elf.header
            self.elf_type: str = header["e_type"]
            self.entry: int = header["e_entry"]
            self.segments = _read_segments(path, elf, len(data))
            self.code_ranges = _read_code(elf, self.segments, data)
            self.symbols = _read_symbols(elf)
        except (ELFError, ELFParseError, ValueError, KeyError) as error:
            raise ElfFormatError(f"{path}: malformed ELF: {error}") from None
        self._located = sorted(
            (s for s in self.symbols if s.is_function or s.size), key=lambda s: s.address
        )
        self._starts = [s.address for s in self._located]

    @classmethod
    def load(cls, path: str | Path) -> KernelElf:
        """Reads and checks ``path``; raises :class:`ElfFormatError` with one line."""
        path = Path(path)
        try:
            data = path.read_bytes()
        except OSError as error:
            raise ElfFormatError(f"{path}: cannot read: {error.strerror}") from None
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

    def describe(self, address: int) -> str:
        """``0x101234 <kernel::main+0x14>``, or the bare address without a symbol."""
        symbol = self.symbol_at(address)
        if symbol is None:
            return f"{address:#x}"
        offset = address - symbol.address
        return f"{address:#x} <{symbol.name}{f'+{offset:#x}' if offset else ''}>"

    def functions(self) -> list[Symbol]:
        """Function symbols with a size, by address."""
        return [s for s in self._located if s.is_function and s.size]


def _check_header(path: Path, data: bytes) -> None:
    """Rejects what is not a complete ELF64 little-endian x86-64 header."""
    if len(data) < 4 or data[:4] != ELF_MAGIC:
        shown = data[:4].hex(" ") or "nothing (empty file)"
        raise ElfFormatError(f"{path}: not an ELF file: it starts with {shown}, not 7f 45 4c 46")
    if len(data) < 5 or data[4] not in (ELFCLASS32, ELFCLASS64):
        raise ElfFormatError(f"{path}: malformed ELF: unknown class byte (EI_CLASS)")
    if data[4] == ELFCLASS32:
        raise ElfFormatError(
            f"{path}: a 32-bit ELF (ELFCLASS32); an x86-64 kernel must be ELF64 (ELFCLASS64)"
        )
    if len(data) < EHDR64_SIZE:
        raise ElfFormatError(
            f"{path}: truncated: the ELF64 header needs {EHDR64_SIZE} bytes, "
            f"the file has {len(data)}"
        )
    if data[5] != ELFDATA2LSB:
        raise ElfFormatError(f"{path}: a big-endian ELF; x86-64 is little-endian")
    machine = int.from_bytes(data[18:20], "little")
    if machine != EM_X86_64:
        raise ElfFormatError(
            f"{path}: an ELF for machine {machine}, not x86-64 (EM_X86_64 = {EM_X86_64})"
        )
    phoff = int.from_bytes(data[32:40], "little")
    shoff = int.from_bytes(data[40:48], "little")
    phnum = int.from_bytes(data[56:58], "little")
    shnum = int.from_bytes(data[60:62], "little")
    for what, offset, count, size in (
        ("program header table", phoff, phnum, PHDR64_SIZE),
        ("section header table", shoff, shnum, SHDR64_SIZE),
    ):
        end = offset + count * size
        if count and end > len(data):
            raise ElfFormatError(
                f"{path}: truncated: the {what} ({count} entries at {offset:#x}) ends at "
                f"{end:#x}, past the end of the file ({len(data):#x} bytes)"
            )


def _read_segments(path: Path, elf: ELFFile, file_size: int) -> list[Segment]:
    segments = []
    for index, segment in enumerate(elf.iter_segments()):
        h = segment.header
        if h["p_type"] != "PT_LOAD":
            continue
        loaded = Segment(
            index,
            h["p_offset"],
            h["p_vaddr"],
            h["p_paddr"],
            h["p_filesz"],
            h["p_memsz"],
            h["p_flags"],
        )
        if loaded.offset + loaded.filesz > file_size:
            raise ElfFormatError(
                f"{path}: truncated: segment {index} (file bytes {loaded.offset:#x}-"
                f"{loaded.offset + loaded.filesz:#x}) ends past the end of the file "
                f"({file_size:#x} bytes)"
            )
        if loaded.filesz > loaded.memsz:
            raise ElfFormatError(
                f"{path}: malformed ELF: segment {index} has p_filesz {loaded.filesz:#x} "
                f"larger than p_memsz {loaded.memsz:#x}"
            )
        segments.append(loaded)
    return segments


def _read_code(elf: ELFFile, segments: list[Segment], data: bytes) -> list[CodeRange]:
    """Executable sections; executable segments when the file has no sections."""
    ranges = []
    for section in elf.iter_sections():
        h = section.header
        flags = h["sh_flags"]
        if flags & SHF_ALLOC and flags & SHF_EXECINSTR and h["sh_type"] != "SHT_NOBITS":
            start, size = h["sh_offset"], h["sh_size"]
            if start + size > len(data):
                raise ValueError(f"section {section.name} ends past the end of the file")
            ranges.append(CodeRange(section.name, h["sh_addr"], data[start : start + size]))
    if not ranges:
        for seg in segments:
            if seg.executable:
                chunk = data[seg.offset : seg.offset + seg.filesz]
                ranges.append(CodeRange(f"segment {seg.index}", seg.vaddr, chunk))
    return ranges


def _read_symbols(elf: ELFFile) -> list[Symbol]:
    table = elf.get_section_by_name(".symtab")
    if table is None or not hasattr(table, "iter_symbols"):
        return []
    symbols = []
    for entry in table.iter_symbols():
        kind = entry["st_info"]["type"]
        if kind not in ("STT_FUNC", "STT_OBJECT", "STT_NOTYPE") or not entry.name:
            continue
        if entry["st_shndx"] in ("SHN_UNDEF", "SHN_ABS"):
            continue
        symbols.append(
            Symbol(
                demangle(entry.name),
                entry.name,
                entry["st_value"],
                entry["st_size"],
                kind == "STT_FUNC",
            )
        )
    return symbols
