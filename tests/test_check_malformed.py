"""`longmode check` on kernels damaged one field at a time: each malformation found
by fuzzing gives its own one-line refusal (exit 2) or its own finding (exit 1).

The kernels are small real ones (gcc and GNU ld, built by scripts/fuzz_check.py,
whose judge of an outcome these tests share); `longmode check` runs in-process.
"""

from __future__ import annotations

import os
import re
import shutil
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest

from longmode.cli import main
from longmode.elf import MAX_SECTIONS, MAX_SYMBOLS, KernelElf

from support import load_script, run_longmode

#: Seconds one check of a small kernel may take (it takes milliseconds).
TIME_LIMIT = 5.0


fuzz = load_script("fuzz_check")


@dataclass(frozen=True)
class Kernel:
    """A small kernel and where its tables are."""

    path: Path
    data: bytes
    #: Section name → index.
    sections: dict[str, int]
    #: Symbol name → index in .symtab.
    symbols: dict[str, int]

    def section(self, name: str) -> tuple[int, int]:
        """(sh_offset, sh_size) of a section."""
        base = self.shoff + self.sections[name] * 64
        return _u(self.data, base + 24, 8), _u(self.data, base + 32, 8)

    @property
    def shoff(self) -> int:
        return _u(self.data, 40, 8)


def _u(data: bytes, offset: int, size: int) -> int:
    return int.from_bytes(data[offset : offset + size], "little")


def _symbol_indexes(path: Path) -> dict[str, int]:
    from elftools.elf.elffile import ELFFile

    with path.open("rb") as file:
        table = ELFFile(file).get_section_by_name(".symtab")
        return {symbol.name: i for i, symbol in enumerate(table.iter_symbols()) if symbol.name}


@pytest.fixture(scope="module")
def small(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Kernel]:
    """The two small kernels: "low" (linked at 1 MiB) and "high" (upper half, p_paddr = p_vaddr)."""
    if not (shutil.which("gcc") and shutil.which("ld")):
        pytest.skip("needs gcc and ld (installed by scripts/setup.sh)")
    folder = tmp_path_factory.mktemp("small")
    kernels = {}
    for name in ("low", "high"):
        path = fuzz.build_small_kernel(folder, higher_half=name == "high")
        elf = KernelElf.load(path)
        sections = {s.name: s.index for s in elf.sections if s.name}
        kernels[name] = Kernel(path, path.read_bytes(), sections, _symbol_indexes(path))
    return kernels


def _damaged(kernel: Kernel, folder: Path, changes: dict[str, int], cut: int | None = None) -> Path:
    """A copy of ``kernel`` with fields (named as fuzz_check names them) set."""
    sites = {site.where: site for site in fuzz.sites(kernel.data)}
    path = folder / "damaged.elf"
    made = [fuzz.Change(sites[where], value) for where, value in changes.items()]
    path.write_bytes(fuzz.apply(kernel.data, made, cut))
    return path


def _examine(path: Path) -> tuple[int, str, str]:
    outcome, problems = fuzz.examine(path, TIME_LIMIT)
    assert not problems, (problems, outcome)
    return outcome.status, outcome.stdout, outcome.stderr


def _refusal(path: Path) -> str:
    """The one line `check` refuses ``path`` with, its prefix checked and removed."""
    status, _, stderr = _examine(path)
    assert status == 2, stderr
    prefix = f"longmode check: {path}: "
    assert stderr.startswith(prefix)
    return stderr.strip().removeprefix(prefix)


# --- exit 2: the file cannot be read as an ELF64 x86-64 file -------------------------

#: name → (changes to make, the message expected) given the kernel.
Case = Callable[[Kernel], tuple[dict[str, int], str]]


def _past_end(k: Kernel) -> tuple[dict[str, int], str]:
    size = len(k.data)
    count = len(k.sections) + 1
    return (
        {"e_shoff": size + 0x100},
        f"the section header table must lie inside the file (e_shoff {size + 0x100:#x} + "
        f"64 × {count} bytes ends at {size + 0x100 + 64 * count:#x}, past the file's "
        f"{size} bytes)",
    )


def _past_end_extended(k: Kernel) -> tuple[dict[str, int], str]:
    return (
        {"e_shoff": len(k.data) - 8, "e_shnum": 0},
        "section header 0 (which holds the section count when e_shnum is 0) must lie inside "
        f"the file (e_shoff {len(k.data) - 8:#x} + 64 bytes ends at",
    )


def _huge_extended_count(k: Kernel) -> tuple[dict[str, int], str]:
    return (
        {"e_shnum": 0, "section 0 sh_size": 1 << 60},
        f"the section header table must lie inside the file (e_shoff {k.shoff:#x} + 64 × "
        f"section 0's sh_size {1 << 60} bytes ends at",
    )


def _shstrndx_escape(k: Kernel) -> tuple[dict[str, int], str]:
    return (
        {"e_shstrndx": 0xFFFF, "section 0 sh_link": 99},
        "section 0's sh_link (e_shstrndx is SHN_XINDEX) must be the index of the section name "
        f"table, below the {len(k.sections) + 1} sections, not 99",
    )


def _symtab_sh_size(k: Kernel) -> tuple[dict[str, int], str]:
    index = k.sections[".symtab"]
    return (
        {f"section {index} sh_size": 1 << 62},
        f"section {index} (.symtab) must lie inside the file (sh_offset "
        f"{k.section('.symtab')[0]:#x} + sh_size 0x4000000000000000 ends at",
    )


def _name_past_table(k: Kernel) -> tuple[dict[str, int], str]:
    size = k.section(".shstrtab")[1]
    return (
        {"section 2 sh_name": 0x7FFF_FFF0},
        f"section 2's sh_name must point inside the section name table, which has {size} "
        "bytes, not to 0x7ffffff0",
    )


def _symtab_entsize(k: Kernel) -> tuple[dict[str, int], str]:
    index = k.sections[".symtab"]
    return (
        {f"section {index} sh_entsize": 0},
        f"the symbol table section {index} (.symtab) must have sh_entsize 24 (the size of an "
        "ELF64 symbol), not 0",
    )


def _symtab_size_multiple(k: Kernel) -> tuple[dict[str, int], str]:
    index = k.sections[".symtab"]
    size = k.section(".symtab")[1] - 1
    return (
        {f"section {index} sh_size": size},
        f"the symbol table section {index} (.symtab) must have a sh_size that is a multiple "
        f"of 24, not {size:#x}",
    )


def _symtab_link_nowhere(k: Kernel) -> tuple[dict[str, int], str]:
    index = k.sections[".symtab"]
    return (
        {f"section {index} sh_link": 4000},
        f"the symbol table section {index} (.symtab) must link (sh_link) to its string table, "
        f"one of the {len(k.sections) + 1} sections, not to section 4000",
    )


def _symtab_link_to_code(k: Kernel) -> tuple[dict[str, int], str]:
    index = k.sections[".symtab"]
    return (
        {f"section {index} sh_link": 1},
        f"the symbol table section {index} (.symtab) must link (sh_link) to a string table "
        "(SHT_STRTAB), not to section 1 (.text) of type SHT_PROGBITS",
    )


def _st_name_past_table(k: Kernel) -> tuple[dict[str, int], str]:
    number = k.symbols["sum"]
    strtab = k.sections[".strtab"]
    return (
        {f"symbol {number} st_name": 0xFFFF_FFFF},
        f"symbol {number}'s st_name must point inside the string table section {strtab} "
        f"(.strtab), which has {k.section('.strtab')[1]} bytes, not to 0xffffffff",
    )


def _st_shndx_nowhere(k: Kernel) -> tuple[dict[str, int], str]:
    number = k.symbols["sum"]
    return (
        {f"symbol {number} st_shndx": 0x50},
        f"symbol {number} (sum) must name one of the {len(k.sections) + 1} sections "
        "(st_shndx), not section 80",
    )


def _st_shndx_escape(k: Kernel) -> tuple[dict[str, int], str]:
    number = k.symbols["sum"]
    return (
        {f"symbol {number} st_shndx": 0xFFFF},
        f"symbol {number} (sum) has st_shndx SHN_XINDEX, so a SHT_SYMTAB_SHNDX section linked "
        "to its symbol table must hold its section index; the file has none",
    )


def _overlapping_tables(k: Kernel) -> tuple[dict[str, int], str]:
    strtab, symtab = k.sections[".strtab"], k.sections[".symtab"]
    return (
        {f"section {strtab} sh_offset": k.section(".symtab")[0] + 8},
        f"the string table section {strtab} (.strtab) must not overlap the symbol table "
        f"section {symtab} (.symtab)",
    )


def _headers_overlap(k: Kernel) -> tuple[dict[str, int], str]:
    return (
        {"e_phoff": 0x20},
        "the program header table must not overlap the ELF header (bytes 0x20-",
    )


def _shstrndx_to_code(k: Kernel) -> tuple[dict[str, int], str]:
    return (
        {"e_shstrndx": 1},
        "e_shstrndx must name a string table (SHT_STRTAB), not section 1 of type SHT_PROGBITS",
    )


def _shstrndx_out_of_range(k: Kernel) -> tuple[dict[str, int], str]:
    return (
        {"e_shstrndx": 200},
        f"e_shstrndx must be the index of the section name table, below the "
        f"{len(k.sections) + 1} sections, not 200",
    )


def _simple(changes: dict[str, int], expected: str) -> Case:
    return lambda _: (changes, expected)


REFUSALS: dict[str, Case] = {
    "e_shoff past the end": _past_end,
    "e_shoff past the end, e_shnum 0": _past_end_extended,
    "a huge count from section 0 (e_shnum 0)": _huge_extended_count,
    "e_shentsize too small": _simple(
        {"e_shentsize": 10}, "e_shentsize must be at least 64 (the size of an ELF64 section"
    ),
    "e_phentsize too small": _simple(
        {"e_phentsize": 8}, "e_phentsize must be at least 56 (the size of an ELF64 program"
    ),
    "e_phnum PN_XNUM": _simple({"e_phnum": 0xFFFF}, "e_phnum must be below 0xffff (PN_XNUM"),
    "e_phoff past the end": lambda k: (
        {"e_phoff": 1 << 63},
        "the program header table must lie inside the file (e_phoff 0x8000000000000000 + "
        f"56 × {_u(k.data, 56, 2)} bytes ends at {(1 << 63) + 56 * _u(k.data, 56, 2):#x}, "
        f"past the file's {len(k.data)} bytes)",
    ),
    "program headers over the ELF header": _headers_overlap,
    "e_shstrndx out of range": _shstrndx_out_of_range,
    "e_shstrndx naming code": _shstrndx_to_code,
    "e_shstrndx SHN_XINDEX escaping to nowhere": _shstrndx_escape,
    "sh_name past the name table": _name_past_table,
    "huge sh_size": _symtab_sh_size,
    "symbol table sh_entsize 0": _symtab_entsize,
    "symbol table size not whole symbols": _symtab_size_multiple,
    "symbol table sh_link pointing nowhere": _symtab_link_nowhere,
    "symbol table sh_link to code": _symtab_link_to_code,
    "st_name past the string table": _st_name_past_table,
    "st_shndx naming no section": _st_shndx_nowhere,
    "st_shndx SHN_XINDEX without its table": _st_shndx_escape,
    "string table overlapping the symbol table": _overlapping_tables,
    "EI_CLASS unknown": _simple({"EI_CLASS": 7}, "EI_CLASS (byte 4) must be 2 (ELFCLASS64), not 7"),
    "big-endian": _simple(
        {"EI_DATA": 2}, "EI_DATA (byte 5) must be 1 (little-endian, as x86-64 is), not 2"
    ),
    "e_machine i386": _simple({"e_machine": 3}, "e_machine must be 62 (EM_X86_64), not 3"),
}


@pytest.mark.parametrize("case", REFUSALS, ids=list(REFUSALS))
def test_malformed_tables_are_refused_in_one_line(
    small: dict[str, Kernel], tmp_path: Path, case: str
) -> None:
    changes, expected = REFUSALS[case](small["low"])
    message = _refusal(_damaged(small["low"], tmp_path, changes))
    assert expected in message


def test_a_string_that_runs_off_its_table_is_refused(
    small: dict[str, Kernel], tmp_path: Path
) -> None:
    kernel = small["low"]
    offset, size = kernel.section(".shstrtab")
    data = bytearray(kernel.data)
    data[offset + size - 1] = ord("x")  # the last name loses its NUL
    path = tmp_path / "unterminated.elf"
    path.write_bytes(bytes(data))
    message = _refusal(path)
    assert "must start a NUL-terminated string, but the section name table ends first (at " in (
        message
    )


def test_names_from_the_file_cannot_break_the_line(
    small: dict[str, Kernel], tmp_path: Path
) -> None:
    kernel = small["low"]
    offset, _ = kernel.section(".shstrtab")
    names = kernel.data[offset:]
    data = bytearray(kernel.data)
    data[offset + names.index(b".text\0") + 3] = ord("\n")  # ".te\nt"
    path = tmp_path / "newline.elf"
    path.write_bytes(bytes(data))
    elf = KernelElf.load(path)
    assert elf.sections[1].name == ".te\\x0at"
    text = kernel.sections[".text"]
    sites = {s.where: s for s in fuzz.sites(bytes(data))}
    path.write_bytes(
        fuzz.apply(bytes(data), [fuzz.Change(sites[f"section {text} sh_size"], 1 << 40)])
    )
    assert _refusal(path).startswith(f"section {text} (.te\\x0at) must lie inside the file")


def test_the_original_small_kernels_are_clean(small: dict[str, Kernel]) -> None:
    for kernel in small.values():
        status, stdout, _ = _examine(kernel.path)  # clean, and `longmode image` accepts it
        assert status == 0, stdout


def test_extended_section_numbering_is_read(small: dict[str, Kernel], tmp_path: Path) -> None:
    """e_shnum 0 and e_shstrndx SHN_XINDEX, the counts moved into section 0, as the
    ELF specification allows: read as the same kernel."""
    kernel = small["low"]
    changes = {
        "e_shnum": 0,
        "section 0 sh_size": len(kernel.sections) + 1,
        "e_shstrndx": 0xFFFF,
        "section 0 sh_link": kernel.sections[".shstrtab"],
    }
    path = _damaged(kernel, tmp_path, changes)
    status, stdout, _ = _examine(path)
    assert status == 0, stdout
    assert [s.name for s in KernelElf.load(path).sections] == [
        s.name for s in KernelElf.load(kernel.path).sections
    ]


# --- reading: what is not a regular file is refused at once ----------------------


def _cli_refusal(path: Path, capsys: pytest.CaptureFixture[str]) -> str:
    assert main(["check", str(path)]) == 2
    out, err = capsys.readouterr()
    assert out == "" and len(err.splitlines()) == 1, err
    return err.strip()


def test_a_directory_is_refused(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert _cli_refusal(tmp_path, capsys) == (
        f"longmode check: {tmp_path}: the kernel ELF must be a regular file, not a directory"
    )


def test_a_fifo_is_refused_without_waiting_for_a_writer(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    fifo = tmp_path / "kernel.fifo"
    os.mkfifo(fifo)
    assert _cli_refusal(fifo, capsys) == (
        f"longmode check: {fifo}: the kernel ELF must be a regular file, not a FIFO (named pipe)"
    )


def test_dev_zero_is_refused_not_read_forever(capsys: pytest.CaptureFixture[str]) -> None:
    assert _cli_refusal(Path("/dev/zero"), capsys) == (
        "longmode check: /dev/zero: the kernel ELF must be a regular file, not a character device"
    )


def test_a_file_over_the_limit_is_refused_unread(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    huge = tmp_path / "huge.elf"
    with huge.open("wb") as file:
        file.truncate(257 << 20)  # sparse: nothing is written
    assert _cli_refusal(huge, capsys) == (
        f"longmode check: {huge}: the kernel ELF must be at most 256 MiB (longmode's limit), "
        "not 257 MiB"
    )


# --- exit 1: readable, but no loader can load it (as `longmode image` says) --------

PHDR_DATA = "program header 2"  # the small kernel's .data/.bss segment


@dataclass(frozen=True)
class Finding:
    changes: dict[str, int]
    rule: str
    expected: str
    #: Whether `longmode image` refuses the kernel too (the layout rules are its own).
    image_refuses: bool = True


FINDINGS: dict[str, Finding] = {
    "a 2^62-byte segment": Finding(
        {f"{PHDR_DATA} p_memsz": 1 << 62},
        "segment-above-4gib",
        "segment 2 must end at or below 4 GiB (0x100000000), the most longmode's 32-bit loader "
        "can reach; it loads at physical 0x102000 + p_memsz 0x4000000000000000",
    ),
    "the same segment, its virtual range": Finding(
        {f"{PHDR_DATA} p_memsz": 1 << 62},
        "segment-virtual",
        "segment 2's virtual range 0x102000-0x4000000000102000 must be canonical",
    ),
    "p_filesz over p_memsz": Finding(
        {f"{PHDR_DATA} p_filesz": 0x1000},
        "segment-file",
        "segment 2's p_filesz (0x1000) must not exceed its p_memsz (0x28)",
    ),
    "p_offset past the file": Finding(
        {"program header 1 p_offset": 0x10_0000},
        "segment-file",
        "segment 1's bytes must lie inside the file (p_offset 0x100000 + p_filesz 0x",
    ),
    "p_memsz wrapping around 2^64": Finding(
        {f"{PHDR_DATA} p_vaddr": 0xFFFF_FFFF_FFFF_FFF0},
        "segment-virtual",
        "segment 2's virtual range must end inside the 64-bit address space (p_vaddr "
        "0xfffffffffffffff0 + p_memsz 0x28 wraps past 2^64)",
    ),
    "linked away from its load address in the lower half": Finding(
        {f"{PHDR_DATA} p_vaddr": 0x4000_0000},
        "segment-virtual",
        "segment 2 is linked at 0x40000000, away from its load address 0x102000, so it must "
        "lie in the upper half",
    ),
    "virtual and physical in different page offsets": Finding(
        {f"{PHDR_DATA} p_vaddr": 0xFFFF_FFFF_8010_2010},
        "segment-virtual",
        "segment 2's virtual address 0xffffffff80102010 and physical 0x102000 must have the "
        "same offset within a 4 KiB page",
    ),
    "ending above 4 GiB": Finding(
        {f"{PHDR_DATA} p_vaddr": 0xFFFF_FFF0, f"{PHDR_DATA} p_paddr": 0xFFFF_FFF0},
        "segment-above-4gib",
        "it loads at physical 0xfffffff0 + p_memsz 0x28, ending at 0x100000018",
    ),
    "no room for the loader's copy of the file": Finding(
        {f"{PHDR_DATA} p_vaddr": 0xFFFF_C000, f"{PHDR_DATA} p_paddr": 0xFFFF_C000},
        "loader-staging",
        "the loader copies the",
    ),
    "below 1 MiB": Finding(
        {f"{PHDR_DATA} p_vaddr": 0x7000, f"{PHDR_DATA} p_paddr": 0x7000},
        "segment-below-1mib",
        "segment 2 loads at physical 0x7000, below 1 MiB",
    ),
    "every segment empty": Finding(
        {f"program header {i} {field}": 0 for i in range(3) for field in ("p_filesz", "p_memsz")},
        "segments",
        "every PT_LOAD segment is empty (p_memsz 0): the kernel must load something",
    ),
    "code in SHT_NOBITS": Finding(
        {"section 1 sh_type": 8},
        "code-section",
        "section 1 (.text) is executable but SHT_NOBITS: executable code must have bytes in "
        "the file",
        image_refuses=False,
    ),
    "code no segment loads": Finding(
        {"section 1 sh_offset": 0x2000},
        "code-section",
        "section 1 (.text) (0x100000+",
        image_refuses=False,
    ),
    "an unknown e_type": Finding(
        {"e_type": 0x1234}, "elf-type", "the kernel is e_type 0x1234", image_refuses=False
    ),
}


@pytest.mark.parametrize("case", FINDINGS, ids=list(FINDINGS))
def test_unloadable_layouts_are_findings(
    small: dict[str, Kernel], tmp_path: Path, case: str
) -> None:
    finding = FINDINGS[case]
    path = _damaged(small["low"], tmp_path, finding.changes)
    status, stdout, stderr = _examine(path)
    assert status == 1, stderr or stdout
    assert f"FAIL  {finding.rule}: " in stdout
    lines = [line for line in stdout.splitlines() if line.startswith(f"FAIL  {finding.rule}: ")]
    assert any(finding.expected in line for line in lines), lines
    assert (fuzz.image_refusal(path) is not None) == finding.image_refuses


def test_an_upper_half_kernel_is_placed_as_the_loader_places_it(
    small: dict[str, Kernel], tmp_path: Path
) -> None:
    """p_paddr = p_vaddr in the upper half is placed at 1 MiB, but only when every
    segment is so; one segment moved low leaves the others above 4 GiB."""
    path = _damaged(
        small["high"],
        tmp_path,
        {"program header 1 p_vaddr": 0x10_1000, "program header 1 p_paddr": 0x10_1000},
    )
    status, stdout, _ = _examine(path)
    assert status == 1
    assert "FAIL  segment-above-4gib: segment 0 must end at or below 4 GiB" in stdout
    assert fuzz.image_refusal(path) is not None


# --- `run` boots what `image` takes; the symbols, when it can read them -------------


def test_run_boots_a_kernel_with_a_malformed_symbol_table_and_says_so_in_one_line(
    small: dict[str, Kernel], tmp_path: Path
) -> None:
    kernel = small["low"]
    path = _damaged(kernel, tmp_path, {f"symbol {kernel.symbols['sum']} st_name": 1 << 31})
    done = run_longmode("run", path, "--display", "none", "--timeout", "60")
    assert done.returncode == 0  # `longmode image` takes it: the kernel runs and halts
    assert done.stdout == ""
    warning, report = done.stderr.splitlines()
    assert warning.startswith(f"longmode: longmode.run: {path}: symbol ")
    assert warning.endswith("; the run's reports give bare addresses")
    assert re.fullmatch(r"longmode run: the CPU halted at 0x[0-9a-f]+ in 64-bit long .*", report)


def test_describe_names_symbols_with_odd_sizes_and_addresses(
    small: dict[str, Kernel], tmp_path: Path
) -> None:
    kernel = small["low"]
    number = kernel.symbols["sum"]
    path = _damaged(
        kernel,
        tmp_path,
        {f"symbol {number} st_value": 0xFFFF_FFFF_FFFF_FFF0, f"symbol {number} st_size": 1 << 63},
    )
    elf = KernelElf.load(path)
    assert elf.describe(0xFFFF_FFFF_FFFF_FFF8) == "0xfffffffffffffff8 <sum+0x8>"
    assert elf.describe(0) == "0x0"


# --- limits: a crafted file cannot make the reader hold gigabytes ------------------


def test_more_symbols_than_longmode_reads_are_refused_before_any_is_parsed(
    small: dict[str, Kernel], tmp_path: Path
) -> None:
    kernel = small["low"]
    count = MAX_SYMBOLS + 1
    symtab = kernel.sections[".symtab"]
    changes = {
        f"section {symtab} sh_offset": len(kernel.data),
        f"section {symtab} sh_size": 24 * count,
    }
    path = _damaged(kernel, tmp_path, changes)
    with path.open("ab") as file:
        file.truncate(len(kernel.data) + 24 * count)  # a table of zeros, after the file
    assert _refusal(path) == (
        f"the symbol table section {symtab} (.symtab) must hold at most {MAX_SYMBOLS} symbols "
        f"(longmode's limit), not {count}"
    )


def test_more_sections_than_longmode_reads_are_refused(
    small: dict[str, Kernel], tmp_path: Path
) -> None:
    """e_shnum 0 sends the count to section 0's sh_size, which can say 65536 or more."""
    kernel = small["low"]
    assert kernel.shoff + 64 * (len(kernel.sections) + 1) == len(kernel.data)  # the table ends it
    path = _damaged(kernel, tmp_path, {"e_shnum": 0, "section 0 sh_size": MAX_SECTIONS + 1})
    with path.open("ab") as file:
        file.truncate(kernel.shoff + 64 * (MAX_SECTIONS + 1))
    assert _refusal(path) == (
        f"the kernel must have at most {MAX_SECTIONS} sections (longmode's limit; a kernel has "
        f"a few dozen), not {MAX_SECTIONS + 1} (section 0's sh_size, as e_shnum is 0)"
    )
