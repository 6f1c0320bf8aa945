"""The linker's input reader against the real tools: objects built by gcc, gas and
NASM and archives made by GNU ar and llvm-ar, read by longmode and compared with
what ``readelf``, ``nm`` and ``ar`` say about the same files; then the same files
truncated and damaged, which must always give one line that names the file."""

from __future__ import annotations

import glob
import os
import random
import re
import shutil
import struct
import subprocess
import time
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from longmode.link.inputs import (
    find_library,
    is_archive,
    is_object,
    member_object,
    read_archive,
    read_object,
)
from longmode.link.model import SHF_EXECINSTR, SHN_ABS, SHN_COMMON, SHN_UNDEF, LinkError

from support import ROOT

TOOLS = ("gcc", "nasm", "ar", "ld", "readelf", "nm")
pytestmark = pytest.mark.skipif(
    any(shutil.which(tool) is None for tool in TOOLS), reason=f"needs {', '.join(TOOLS)}"
)
needs_llvm_ar = pytest.mark.skipif(shutil.which("llvm-ar") is None, reason="needs llvm-ar")

# A C file with something of each kind: a common symbol (-fcommon), a weak function,
# hidden data, TLS, a constructor (.init_array), merged strings, a pointer with an
# addend, and debug sections; -ffunction-sections gives one section per function.
C_SOURCE = """
int counter;
static int hidden_static = 3;
__attribute__((visibility("hidden"))) int hid = 5;
__attribute__((weak)) int weakfn(void) { return 1; }
extern int ext(int);
__thread int tls_var = 7;
__thread int tls_zero;
const char *msg = "hello";
static int table[3] = {1, 2, 3};
int *pointer = &table[2];
int f(int x) { return ext(x + hidden_static) + counter + tls_var + tls_zero + weakfn(); }
static void __attribute__((constructor)) init(void) { counter = 1; }
"""

# gas: a COMDAT group of two sections, a plain (non-COMDAT) group, an excluded
# section and an executable stack note.
GROUPS_SOURCE = """
    .section .text.foo,"axG",@progbits,foo,comdat
    .globl foo
foo: call bar
    ret
    .section .data.foo,"awG",@progbits,foo,comdat
    .quad foo + 8
    .section .text.bar,"axG",@progbits,bargroup
    .globl bar
bar: ret
    .section .text.plain,"ax",@progbits
    ret
    .section .excluded,"e",@progbits
    .byte 1
    .section .note.GNU-stack,"x",@progbits
"""

# NASM ELF32: REL relocations whose addends are in the bytes, 32-, 16- and 8-bit.
NASM32_SOURCE = """
bits 32
extern ext
global start
section .text
start:
    call ext                    ; R_386_PC32, -4 in place
    mov eax, [ext + 0x10]       ; R_386_32, 0x10
section .data
    dd ext + 0x12345678         ; R_386_32
    dd ext - 100                ; R_386_32, negative
    dw ext + 7                  ; R_386_16
    db ext + 3                  ; R_386_8
"""

NASM64_SOURCE = """
bits 64
extern ext
global start
section .text
start:
    call ext
    lea rax, [rel ext + 0x20]
    mov eax, [abs ext + 0x30]
section .data
    dq ext + 0x123456789
    dd ext - 8
section .bss
    resb 64
"""


def run(*args: str | Path, cwd: Path | None = None, env: dict[str, str] | None = None) -> str:
    done = subprocess.run(
        [str(arg) for arg in args], cwd=cwd, env=env, capture_output=True, text=True, check=True
    )
    return done.stdout


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The objects the tests read, built once."""
    here = tmp_path_factory.mktemp("inputs")
    (here / "mixed.c").write_text(C_SOURCE)
    flags = ["-O1", "-fcommon", "-ffunction-sections", "-fdata-sections"]
    run("gcc", "-c", "-g", *flags, "mixed.c", "-o", "mixed64.o", cwd=here)
    run("gcc", "-m32", "-c", *flags, "mixed.c", "-o", "mixed32.o", cwd=here)
    (here / "groups.s").write_text(GROUPS_SOURCE)
    run("gcc", "-c", "-x", "assembler", "groups.s", "-o", "groups.o", cwd=here)
    (here / "nasm32.asm").write_text(NASM32_SOURCE)
    run("nasm", "-f", "elf32", "-w-all", "nasm32.asm", "-o", "nasm32.o", cwd=here)
    (here / "nasm64.asm").write_text(NASM64_SOURCE)
    run("nasm", "-f", "elf64", "nasm64.asm", "-o", "nasm64.o", cwd=here)
    return here


# --- readelf's view -------------------------------------------------------------------


FLAG_LETTERS = {
    "W": 0x1, "A": 0x2, "X": 0x4, "M": 0x10, "S": 0x20, "I": 0x40, "L": 0x80, "O": 0x100,
    "G": 0x200, "T": 0x400, "C": 0x800, "R": 0x200000, "l": 0x10000000, "E": 0x80000000,
}  # fmt: skip
PLACED_TYPES = {
    "PROGBITS": 1, "NOTE": 7, "NOBITS": 8, "INIT_ARRAY": 14, "FINI_ARRAY": 15,
    "PREINIT_ARRAY": 16, "X86_64_UNWIND": 0x70000001,
}  # fmt: skip
NEVER_PLACED = {"NULL", "SYMTAB", "STRTAB", "REL", "RELA", "GROUP", "SYMTAB_SHNDX", "LLVM_ADDRSIG"}
SYMBOL_TYPES = {"NOTYPE": 0, "OBJECT": 1, "FUNC": 2, "SECTION": 3, "FILE": 4, "COMMON": 5, "TLS": 6}
BINDS = {"LOCAL": 0, "GLOBAL": 1, "WEAK": 2}
VISIBILITIES = {"DEFAULT": 0, "INTERNAL": 1, "HIDDEN": 2, "PROTECTED": 3}
SPECIAL_INDEXES = {"UND": SHN_UNDEF, "ABS": SHN_ABS, "COM": SHN_COMMON}


@dataclass(frozen=True)
class ShownSection:
    """A line of ``readelf -SW``."""

    name: str
    type: str
    offset: int
    size: int
    entsize: int
    flags: int
    link: int
    info: int
    align: int


@dataclass
class Readelf:
    """What readelf -SsrgW says about an object."""

    sections: dict[int, ShownSection] = field(default_factory=dict)
    symbols: list[tuple[str, int, int, int, int, int, int]] = field(default_factory=list)
    #: relocation section file offset -> [(offset, info, addend or None)]
    relocations: dict[int, list[tuple[int, int, int | None]]] = field(default_factory=dict)
    #: (is COMDAT, signature, member indexes)
    groups: list[tuple[bool, str, list[int]]] = field(default_factory=list)


def readelf(path: Path) -> Readelf:
    seen = Readelf()
    for line in run("readelf", "-SW", path).splitlines():
        match = re.match(r"^\s*\[\s*(\d+)\]\s(.*)$", line)
        if match is None or match[1] == "0":
            continue
        fields = match[2].replace("SYMTAB SECTION INDICES", "SYMTAB_SHNDX").split()
        if len(fields) == 9:  # no flags
            fields.insert(6, "")
        name, kind, _, offset, size, entsize, flags, link, info, align = fields
        seen.sections[int(match[1])] = ShownSection(
            name=name,
            type=kind,
            offset=int(offset, 16),
            size=int(size, 16),
            entsize=int(entsize, 16),
            flags=sum(FLAG_LETTERS[letter] for letter in flags),
            link=int(link),
            info=int(info),
            align=int(align),
        )
    symbol_line = re.compile(r"^\s*\d+: ([0-9a-f]+)\s+(\S+)\s+(\w+)\s+(\w+)\s+(\w+)\s+(\w+) ?(.*)$")
    for line in run("readelf", "-sW", path).splitlines():
        if (match := symbol_line.match(line)) is None:
            continue
        value, size, kind, bind, vis, ndx, name = match.groups()
        section = SPECIAL_INDEXES[ndx] if ndx in SPECIAL_INDEXES else int(ndx)
        numbers = int(value, 16), int(size, 0), BINDS[bind], SYMBOL_TYPES[kind], VISIBILITIES[vis]
        seen.symbols.append((name, *numbers, section))
    current: list[tuple[int, int, int | None]] = []
    for line in run("readelf", "-rW", path).splitlines():
        if header := re.match(r"^Relocation section '.*' at offset 0x([0-9a-f]+)", line):
            current = seen.relocations.setdefault(int(header[1], 16), [])
        elif entry := re.match(r"^([0-9a-f]+)\s+([0-9a-f]+)\s+R_\S+\s*(.*)$", line):
            sign = re.search(r"([+-]) ([0-9a-f]+)$", entry[3])
            addend = None if sign is None else int(sign[1] + sign[2], 16)
            current.append((int(entry[1], 16), int(entry[2], 16), addend))
    group: list[int] = []
    for line in run("readelf", "-gW", path).splitlines():
        if header := re.match(r"^(COMDAT )?group section \[\s*\d+\] `[^']*' \[([^\]]*)\]", line):
            group = []
            seen.groups.append((header[1] is not None, header[2], group))
        elif member := re.match(r"^\s+\[\s*(\d+)\]", line):
            group.append(int(member[1]))
    return seen


def implicit_width(rtype: int) -> int:
    """The i386 psABI's field width for a REL relocation's in-place addend."""
    return {0: 0, 20: 2, 21: 2, 22: 1, 23: 1, 40: 0}.get(rtype, 4)


def assert_matches_readelf(path: Path) -> None:
    """Every section, symbol, relocation and group read from ``path`` is readelf's."""
    data = path.read_bytes()
    obj = read_object(path.name, data)
    seen = readelf(path)
    is64 = data[4] == 2
    assert obj.elf_class == (64 if is64 else 32)

    placed = {
        index
        for index, s in seen.sections.items()
        if s.type not in NEVER_PLACED
        and (s.type in PLACED_TYPES or s.flags & 0x2)  # SHF_ALLOC
        and not s.flags & 0x80000000  # SHF_EXCLUDE
        and s.name != ".note.GNU-stack"
    }
    assert set(obj.sections) == placed
    for index in placed:
        s, ours = seen.sections[index], obj.sections[index]
        assert ours.index == index
        assert (ours.name, ours.flags, ours.size, ours.entsize) == (
            s.name,
            s.flags,
            s.size,
            s.entsize,
        )
        assert ours.type == PLACED_TYPES.get(s.type, ours.type)
        assert (ours.align, ours.link, ours.info) == (max(s.align, 1), s.link, s.info)
        assert ours.data == (b"" if s.type == "NOBITS" else data[s.offset : s.offset + s.size])
    stack = [s.flags for s in seen.sections.values() if s.name == ".note.GNU-stack"]
    assert obj.gnu_stack == (stack[0] if stack else None)

    assert [
        (s.name, s.value, s.size, s.bind, s.type, s.visibility, s.section) for s in obj.symbols
    ] == seen.symbols

    relocation_sections: dict[int, list[int]] = {}  # target -> file offsets of its REL(A)s
    for rel in seen.sections.values():
        if rel.type in ("REL", "RELA"):
            relocation_sections.setdefault(rel.info, []).append(rel.offset)
    for index in placed:
        expected = []
        for rel_offset in relocation_sections.get(index, []):
            for offset, info, addend in seen.relocations[rel_offset]:
                symbol, rtype = (
                    (info >> 32, info & 0xFFFFFFFF) if is64 else (info >> 8, info & 0xFF)
                )
                if addend is None:  # REL: the addend is in the section's bytes
                    start = seen.sections[index].offset + offset
                    field_bytes = data[start : start + implicit_width(rtype)]
                    addend = int.from_bytes(field_bytes, "little", signed=True)
                expected.append((offset, rtype, symbol, addend))
        got = [(r.offset, r.type, r.symbol, r.addend) for r in obj.sections[index].relocations]
        assert got == expected, obj.sections[index].name

    comdat = {}
    for is_comdat, signature, members in seen.groups:
        if is_comdat:
            comdat[signature] = [m for m in members if m in placed]
    assert obj.groups == comdat
    for index, section in obj.sections.items():
        groups = [sig for sig, members in comdat.items() if index in members]
        assert section.group == (groups[0] if groups else None)


# --- objects --------------------------------------------------------------------------


@pytest.mark.parametrize("name", ["mixed64.o", "mixed32.o", "groups.o", "nasm32.o", "nasm64.o"])
def test_object_reads_as_readelf_shows_it(built: Path, name: str) -> None:
    assert_matches_readelf(built / name)


def test_gcc_object_has_the_kinds_of_symbols_and_sections_it_was_given(built: Path) -> None:
    obj = read_object("mixed64.o", (built / "mixed64.o").read_bytes())
    symbols = {s.name: s for s in obj.symbols}
    assert symbols["counter"].is_common and symbols["counter"].size == 4
    assert symbols["weakfn"].bind == 2  # STB_WEAK
    assert symbols["hid"].visibility == 2  # STV_HIDDEN
    assert symbols["tls_var"].type == 6  # STT_TLS
    assert symbols["ext"].is_undefined
    names = {s.name for s in obj.sections.values()}
    assert {".text.f", ".init_array", ".rodata.str1.1", ".tbss.tls_zero", ".debug_info"} <= names
    assert ".comment" in names and ".note.GNU-stack" not in names
    assert obj.gnu_stack == 0 and obj.machine == 62 and obj.archive is None


def test_comdat_groups_name_their_placed_members(built: Path) -> None:
    obj = read_object("groups.o", (built / "groups.o").read_bytes())
    by_name = {s.name: s for s in obj.sections.values()}
    assert obj.groups == {"foo": [by_name[".text.foo"].index, by_name[".data.foo"].index]}
    assert by_name[".text.foo"].group == by_name[".data.foo"].group == "foo"
    assert by_name[".text.bar"].group is None  # a group, but not COMDAT
    assert by_name[".text.plain"].group is None
    assert ".excluded" not in by_name  # SHF_EXCLUDE
    assert obj.gnu_stack == SHF_EXECINSTR
    # the COMDAT data's pointer: R_X86_64_64 against foo + 8
    (reloc,) = by_name[".data.foo"].relocations
    assert (reloc.type, obj.symbols[reloc.symbol].name, reloc.addend) == (1, "foo", 8)


def test_i386_rel_addends_come_from_the_section_bytes(built: Path) -> None:
    obj = read_object("nasm32.o", (built / "nasm32.o").read_bytes())
    by_name = {s.name: s for s in obj.sections.values()}

    def relocs(name: str) -> list[tuple[int, int, str, int]]:
        return [
            (r.offset, r.type, obj.symbols[r.symbol].name, r.addend)
            for r in by_name[name].relocations
        ]

    # E8 rel32 (PC32, -4); A1 moffs32 (32, 0x10)
    assert relocs(".text") == [(1, 2, "ext", -4), (6, 1, "ext", 0x10)]
    # dd, dd, dw (R_386_16 = 20), db (R_386_8 = 22)
    assert relocs(".data") == [
        (0, 1, "ext", 0x12345678), (4, 1, "ext", -100), (8, 20, "ext", 7), (10, 22, "ext", 3),
    ]  # fmt: skip
    assert obj.gnu_stack is None and obj.machine == 3 and obj.elf_class == 32


def test_more_than_65280_sections_use_extended_indexes_and_stay_fast(tmp_path: Path) -> None:
    count = 70000
    lines = [f'.section .text.s{i},"ax",@progbits\n.globl f{i}\nf{i}: ret\n' for i in range(count)]
    lines += ['.section .data.refs,"aw",@progbits\n', ".quad f69999 + 1\n", ".quad f1\n"]
    (tmp_path / "big.s").write_text("".join(lines))
    run("gcc", "-c", "-x", "assembler", "big.s", "-o", "big.o", cwd=tmp_path)
    data = (tmp_path / "big.o").read_bytes()
    assert struct.unpack_from("<H", data, 0x3C)[0] == 0  # e_shnum escaped to section 0

    start = time.perf_counter()
    obj = read_object("big.o", data)
    elapsed = time.perf_counter() - start
    assert elapsed < 3.0, f"{elapsed:.2f} s for {count} sections"

    assert len([s for s in obj.sections.values() if s.name.startswith(".text.s")]) == count
    last = next(s for s in obj.symbols if s.name == "f69999")
    assert last.section > 0xFF00 and obj.sections[last.section].name == ".text.s69999"
    data_refs = next(s for s in obj.sections.values() if s.name == ".data.refs")
    assert [obj.symbols[r.symbol].name for r in data_refs.relocations] == ["f69999", "f1"]
    assert_matches_readelf(tmp_path / "big.o")


def test_programs_and_shared_objects_are_refused(built: Path, tmp_path: Path) -> None:
    run("ld", "-e", "0", "-o", tmp_path / "prog", built / "groups.o")
    run("gcc", "-shared", "-nostdlib", "-o", tmp_path / "lib.so", built / "groups.o")
    program_refused = (
        r"^prog: not a relocatable object \(ET_EXEC\): link objects and archives, not programs"
    )
    with pytest.raises(LinkError, match=program_refused):
        read_object("prog", (tmp_path / "prog").read_bytes())
    with pytest.raises(LinkError, match=r"^lib\.so: not a relocatable object \(ET_DYN\)"):
        read_object("lib.so", (tmp_path / "lib.so").read_bytes())


def test_helpers_tell_objects_from_archives(built: Path, tmp_path: Path) -> None:
    run("ar", "rcs", tmp_path / "lib.a", built / "nasm64.o")
    obj, archive = (built / "nasm64.o").read_bytes(), (tmp_path / "lib.a").read_bytes()
    assert is_object(obj) and not is_archive(obj)
    assert is_archive(archive) and not is_object(archive)
    assert is_archive(b"!<thin>\n") and not is_object(b"") and not is_archive(b"")
    with pytest.raises(LinkError, match=r"^lib\.a: an ar archive, not an object"):
        read_object("lib.a", archive)


# --- damaged objects ------------------------------------------------------------------


def patched(data: bytes, offset: int, fmt: str, value: int) -> bytes:
    out = bytearray(data)
    struct.pack_into(fmt, out, offset, value)
    return bytes(out)


def section_named(seen: Readelf, name: str) -> tuple[int, ShownSection]:
    return next((i, s) for i, s in seen.sections.items() if s.name == name)


def damaged_objects(built: Path) -> list[tuple[str, bytes, str]]:
    """(file name, damaged bytes, the error expected), from mixed64.o and mixed32.o."""
    cases = []
    data64 = (built / "mixed64.o").read_bytes()
    seen = readelf(built / "mixed64.o")
    shoff = struct.unpack_from("<Q", data64, 0x28)[0]
    text_index, text = section_named(seen, ".text.f")
    symtab_index, symtab = section_named(seen, ".symtab")
    _, rela = section_named(seen, ".rela.text.f")
    sym15, rela0 = symtab.offset + 15 * 24, rela.offset
    strtab_size = section_named(seen, ".strtab")[1].size
    size = len(data64)
    cases += [
        (data64[:3] + b"G" + data64[4:], r"not an ELF file"),
        (patched(data64, 5, "B", 2), r"a big-endian ELF file: only little-endian"),
        (patched(data64, 4, "B", 3), r"unknown ELF class 3 \(EI_CLASS\)"),
        (patched(data64, 16, "<H", 2), r"not a relocatable object \(ET_EXEC\)"),
        (patched(data64, 18, "<H", 183), r"an ELF64 AArch64 object: only ELF64 x86-64"),
        (data64[:40], r"truncated ELF header \(40 bytes, ELF64 needs 64\)"),
        (patched(data64, 0x28, "<Q", size - 100), r"the section header table \(\d+ headers "
         rf"at 0x{size - 100:x}\) ends at 0x[0-9a-f]+, past the end of the file"),
        (patched(data64, 0x3A, "<H", 40), r"section headers of 40 bytes \(e_shentsize\)"),
        (patched(data64, shoff + text_index * 64 + 24, "<Q", size - 2),
         rf"section {text_index} \(\.text\.f\) ends at 0x{size - 2 + text.size:x}, "
         rf"past the end of the file \(0x{size:x} bytes\)"),
        (patched(data64, sym15, "<I", 0xFFFFFF), r"symbol 15's name at 0xffffff is past the "
         rf"end of its string table \(section \d+ \(\.strtab\), 0x{strtab_size:x} bytes\)"),
        (patched(data64, sym15 + 6, "<H", 999), r"symbol 15: section index 999 \(st_shndx\) "
         r"is out of range \(\d+ sections\)"),
        (patched(data64, sym15 + 6, "<H", 0xFF02), r"symbol 15: special section index 0xff02"),
        (patched(data64, rela0 + 8, "<Q", (9999 << 32) | 4), r"section \d+ \(\.rela\.text\.f\): "
         r"relocation 0 \(type 4, offset 0x5\) names symbol 9999, past the symbol table's \d+ "
         r"entries"),
        (patched(data64, rela0, "<Q", text.size - 2), r"section \d+ \(\.rela\.text\.f\): "
         r"relocation 0 \(type 4, offset 0x[0-9a-f]+\) patches 4 bytes, past the end of "
         r"\.text\.f \(0x[0-9a-f]+ bytes\)"),
        (patched(data64, shoff + symtab_index * 64 + 40, "<I", 5000),
         rf"section {symtab_index} \(\.symtab\): its string table is section 5000 \(sh_link\), "
         r"which does not exist"),
    ]  # fmt: skip
    out = [("mixed64.o", damaged, expected) for damaged, expected in cases]

    data32 = (built / "mixed32.o").read_bytes()
    seen32 = readelf(built / "mixed32.o")
    rel_index, rel = section_named(seen32, ".rel.text.f")
    target = seen32.sections[rel.info]
    out += [
        ("mixed32.o", patched(data32, rel.offset, "<I", target.size - 1),
         rf"section {rel_index} \(\.rel\.text\.f\): relocation 0 \(type 2, offset 0x[0-9a-f]+\) "
         r"patches 4 bytes, past the end of "
         r"\.text\.f"),
        ("mixed32.o", patched(data32, 18, "<H", 62),
         r"an ELF32 x86-64 object: only ELF64 x86-64 and ELF32 i386 objects are linked"),
    ]  # fmt: skip
    return out


def _read_all(name: str, data: bytes) -> None:
    """Reads the object and every section's relocations (a link reads those of the
    sections it keeps, when it needs them)."""
    for section in read_object(name, data).sections.values():
        assert isinstance(section.relocations, list)


def test_each_kind_of_damage_gets_its_one_line_message(built: Path) -> None:
    for name, damaged, expected in damaged_objects(built):
        with pytest.raises(LinkError) as caught:
            _read_all(name, damaged)
        message = str(caught.value)
        assert "\n" not in message
        assert re.match(rf"^{re.escape(name)}: {expected}", message), message


@pytest.mark.parametrize("name", ["mixed64.o", "mixed32.o", "groups.o"])
def test_a_truncated_object_is_always_a_link_error(built: Path, name: str) -> None:
    data = (built / name).read_bytes()
    for cut in [*range(0, 80), *range(80, len(data), 13), len(data) - 1]:
        with pytest.raises(LinkError) as caught:
            _read_all(name, data[:cut])
        assert str(caught.value).startswith(f"{name}: ")


@pytest.mark.parametrize("name", ["mixed64.o", "mixed32.o", "groups.o"])
def test_bytes_changed_in_headers_and_tables_give_a_link_error_or_an_object(
    built: Path, name: str
) -> None:
    data = (built / name).read_bytes()
    seen = readelf(built / name)
    is64 = data[4] == 2
    shoff = struct.unpack_from("<Q" if is64 else "<I", data, 0x28 if is64 else 0x20)[0]
    regions = [(0, 64 if is64 else 52), (shoff, len(data))]
    for s in seen.sections.values():
        if s.type in ("SYMTAB", "STRTAB", "REL", "RELA", "GROUP") and s.size:
            regions.append((s.offset, s.offset + s.size))
    rng = random.Random(name)
    for _ in range(400):
        damaged = bytearray(data)
        for _ in range(rng.choice((1, 1, 2, 4))):
            start, end = rng.choice(regions)
            damaged[rng.randrange(start, end)] = rng.choice((0, 0xFF, 0x7F, rng.randrange(256)))
        try:
            read_object(name, bytes(damaged))
        except LinkError as error:
            assert str(error).startswith(f"{name}: ") and "\n" not in str(error)


# --- archives -------------------------------------------------------------------------


def armap(path: Path) -> list[tuple[str, str]]:
    """``nm --print-armap``'s archive index: (symbol, member name) in index order."""
    out = subprocess.run(["nm", "--print-armap", path], capture_output=True, text=True).stdout
    index = re.search(r"^Archive index:\n(.*?)(?:\n\n|\Z)", out, re.MULTILINE | re.DOTALL)
    return [] if index is None else re.findall(r"^(\S+) in (\S+)$", index[1], re.MULTILINE)


def expected_symbols(armap_pairs: list[tuple[str, str]], members: list[str]) -> dict[str, int]:
    symbols: dict[str, int] = {}
    for symbol, member in armap_pairs:
        symbols.setdefault(symbol, members.index(member))
    return symbols


@pytest.fixture(scope="module")
def library_objects(built: Path) -> list[Path]:
    """Objects for archives: a long member name, and two members defining ``twice``."""
    long_name = built / "a_member_name_longer_than_fifteen.o"
    shutil.copy(built / "mixed64.o", long_name)
    sources = {
        "one.c": "int twice(void) { return 1; } int one;",
        "two.c": "int twice(void) { return 2; } int two = 2;",
    }
    for name, source in sources.items():
        (built / name).write_text(source)
        run("gcc", "-c", name, "-o", name.replace(".c", ".o"), cwd=built)
    return [long_name, built / "one.o", built / "two.o", built / "groups.o"]


def test_gnu_archive_members_and_index_are_ar_and_nm_s(
    library_objects: list[Path], tmp_path: Path
) -> None:
    run("ar", "rcs", tmp_path / "lib.a", *library_objects)
    data = (tmp_path / "lib.a").read_bytes()
    assert b"//" + b" " * 14 in data  # a GNU long-name table
    archive = read_archive("lib.a", data)
    names = run("ar", "t", tmp_path / "lib.a").split()
    assert [m.name for m in archive.members] == names
    assert [m.data for m in archive.members] == [p.read_bytes() for p in library_objects]
    assert archive.symbols == expected_symbols(armap(tmp_path / "lib.a"), names)
    assert archive.symbols["twice"] == names.index("one.o")  # the first one wins
    assert archive.symbols["counter"] == 0  # a common symbol, as ar indexes it
    for member in archive.members:
        assert data[member.offset + 58 : member.offset + 60] == b"`\n"


def test_an_archive_without_index_is_indexed_by_reading_its_members(
    library_objects: list[Path], tmp_path: Path
) -> None:
    run("ar", "rcs", tmp_path / "indexed.a", *library_objects)
    (tmp_path / "notes.txt").write_text("not an object\n")
    run("ar", "rcS", tmp_path / "bare.a", *library_objects, tmp_path / "notes.txt")
    assert armap(tmp_path / "bare.a") == []
    bare = read_archive("bare.a", (tmp_path / "bare.a").read_bytes())
    indexed = read_archive("indexed.a", (tmp_path / "indexed.a").read_bytes())
    assert bare.symbols == indexed.symbols
    assert [m.name for m in bare.members][-1] == "notes.txt"


@needs_llvm_ar
@pytest.mark.parametrize(
    ("fmt", "env", "table"),
    [("bsd", {}, b"__.SYMDEF"), ("gnu", {"SYM64_THRESHOLD": "0"}, b"/SYM64/")],
)
def test_llvm_ar_bsd_and_sym64_archives(
    library_objects: list[Path], tmp_path: Path, fmt: str, env: dict[str, str], table: bytes
) -> None:
    path = tmp_path / f"{fmt}.a"
    env = {**os.environ, **env}
    run("llvm-ar", f"--format={fmt}", "rcs", path, *library_objects, env=env)
    data = path.read_bytes()
    assert table in data[:100]
    archive = read_archive(path.name, data)
    names = [p.name for p in library_objects]
    assert [m.name for m in archive.members] == names
    assert [m.data for m in archive.members] == [p.read_bytes() for p in library_objects]
    run("ar", "rcs", tmp_path / "gnu.a", *library_objects)
    assert archive.symbols == expected_symbols(armap(tmp_path / "gnu.a"), names)


def test_member_object_is_named_after_its_archive(
    library_objects: list[Path], tmp_path: Path
) -> None:
    run("ar", "rcs", tmp_path / "lib.a", *library_objects)
    archive = read_archive("out/lib.a", (tmp_path / "lib.a").read_bytes())
    obj = member_object(archive, 1)
    assert (obj.name, obj.archive, obj.member) == ("out/lib.a(one.o)", "out/lib.a", "one.o")
    assert {s.name for s in obj.symbols} >= {"twice", "one"}


def test_thin_archives_are_refused(library_objects: list[Path], tmp_path: Path) -> None:
    run("ar", "rcs", "--thin", tmp_path / "thin.a", *library_objects)
    thin_refused = r"^thin\.a: a thin archive \(!<thin>\): thin archives are not supported"
    with pytest.raises(LinkError, match=thin_refused):
        read_archive("thin.a", (tmp_path / "thin.a").read_bytes())


def rlibs() -> list[str]:
    patterns = [
        "/root/.rustup/toolchains/*/lib/rustlib/x86_64-unknown-linux-gnu/lib/libcore-*.rlib",
        "/usr/lib/rustlib/x86_64-unknown-linux-gnu/lib/libcore-*.rlib",
        str(ROOT / "kernel/target/*/*/deps/libcore-*.rlib"),
    ]
    found = [path for pattern in patterns for path in glob.glob(pattern)]
    return sorted(found, key=lambda path: Path(path).stat().st_size)[:1]


@pytest.mark.skipif(not rlibs(), reason="no libcore rlib on this machine")
def test_rlib_lists_its_objects_and_not_its_metadata() -> None:
    path = Path(rlibs()[0])
    archive = read_archive(path.name, path.read_bytes())
    all_names = run("ar", "t", path).split()
    assert "lib.rmeta" in all_names
    names = [n for n in all_names if n not in ("lib.rmeta", "lib.rmeta-link")]
    assert [m.name for m in archive.members] == names
    assert all(name.endswith(".rcgu.o") for name in names)
    pairs = [(s, m) for s, m in armap(path) if m in names]
    assert archive.symbols == expected_symbols(pairs, names)
    for index in range(len(archive.members)):
        obj = member_object(archive, index)
        assert obj.sections and obj.machine == 62


# --- damaged archives -----------------------------------------------------------------


def test_damaged_archives_give_one_line_naming_the_archive_and_offset(
    library_objects: list[Path], tmp_path: Path
) -> None:
    run("ar", "rcs", tmp_path / "lib.a", *library_objects)
    data = (tmp_path / "lib.a").read_bytes()
    first = read_archive("lib.a", data).members[0].offset
    count = struct.unpack_from(">I", data, 68)[0]

    def header(name: bytes, size: int) -> bytes:
        """A GNU ar member header: name, mtime, uid, gid, mode, size, "`\\n"."""
        fields = (name, 16), (b"0", 12), (b"0", 6), (b"0", 6), (b"644", 8), (b"%d" % size, 10)
        return b"".join(value.ljust(width) for value, width in fields) + b"`\n"

    cases = [
        (b"!<arkh>\n" + data[8:], r"not an ar archive \(no !<arch> magic\)"),
        (data[:66] + b"x\n" + data[68:], r"the member header at offset 0x8 is damaged"),
        (data[:56] + b"12a " + data[60:], r"the member header at offset 0x8 has size '"),
        (data[: first + 48] + b"99999999  " + data[first + 58 :],
         rf"the member at offset 0x{first:x} ends at 0x[0-9a-f]+, past the end of the archive"),
        (data[:68] + struct.pack(">I", 10**9) + data[72:],
         r"the symbol table at offset 0x8 lists 1000000000 symbols, more than its"),
        (data[:72] + struct.pack(">I", 3) + data[76:],
         r"the symbol table at offset 0x8 puts \S+ in a member at offset 0x3, where no member"),
        (data[: 72 + 4 * count] + data[72 + 4 * count :].replace(b"\0", b"x"),
         rf"the symbol table at offset 0x8 lists {count} symbols but has 0 NUL-terminated"),
        (b"!<arch>\n" + header(b"/77", 2) + b"ab", r"the member at offset 0x8 is named /77, "
         "but the archive has no long-name table"),
        (b"!<arch>\n" + header(b"//", 2) + b"x\n" + header(b"/77", 0),
         r"the member at offset 0x46 is named /77, past the end of the long-name table"),
        (b"!<arch>\n" + header(b"#1/20", 4) + b"abcd",
         r"the member at offset 0x8 has a BSD name '#1/20' longer than the member"),
        (data[:30], r"the member header at offset 0x8 is cut short"),
    ]  # fmt: skip
    for damaged, expected in cases:
        with pytest.raises(LinkError) as caught:
            read_archive("lib.a", damaged)
        assert re.match(rf"^lib\.a: {expected}", str(caught.value)), str(caught.value)
        assert "\n" not in str(caught.value)


def test_truncated_and_changed_archives_never_raise_anything_else(
    library_objects: list[Path], tmp_path: Path
) -> None:
    run("ar", "rcS", tmp_path / "bare.a", *library_objects[1:])
    run("ar", "rcs", tmp_path / "lib.a", *library_objects)
    for path in (tmp_path / "bare.a", tmp_path / "lib.a"):
        data = path.read_bytes()
        for cut in range(0, len(data), 11):
            try:
                read_archive("lib.a", data[:cut])
            except LinkError as error:
                assert str(error).startswith(("lib.a: ", "lib.a(")), str(error)
        rng = random.Random(path.name)
        headers = [0, *(m.offset for m in read_archive("lib.a", data).members)]
        for _ in range(300):
            damaged = bytearray(data)
            spot = rng.choice(headers) + rng.randrange(0, 120)
            damaged[min(spot, len(data) - 1)] = rng.randrange(256)
            try:
                read_archive("lib.a", bytes(damaged))
            except LinkError as error:
                assert str(error).startswith(("lib.a: ", "lib.a(")), str(error)


# --- -l ---------------------------------------------------------------------------------


def test_find_library_searches_directories_in_order(tmp_path: Path) -> None:
    first, second, third = (tmp_path / n for n in ("first", "second", "third"))
    for directory in (first, second, third):
        directory.mkdir()
    (second / "libfoo.a").write_bytes(b"!<arch>\n")
    (third / "libfoo.a").write_bytes(b"!<arch>\n")
    (first / "libfoo.so").write_bytes(b"")
    (third / "exact.o").write_bytes(b"")
    dirs = [str(first), str(second), str(third)]
    assert find_library("foo", dirs) == str(second / "libfoo.a")
    assert find_library("foo", dirs, static_only=False) == str(first / "libfoo.so")
    assert find_library(":exact.o", dirs) == str(third / "exact.o")
    with pytest.raises(LinkError, match=rf"^cannot find -lbar \(searched: {first}, {second}, "):
        find_library("bar", dirs)
    with pytest.raises(LinkError, match=r"^cannot find -l:libfoo\.so \(searched: "):
        find_library(":libfoo.so", dirs[1:])
