"""`longmode link` against GNU ld on real kernels: the same loaded bytes (`objcopy -O
binary`), the same allocated sections at the same addresses, the same symbol values,
entry point and loadable segments. Differences that remain are listed, with the reason, in
ld_known_differences.txt; a listed difference that no longer shows fails the test."""

from __future__ import annotations

import re
import shutil
import subprocess
from dataclasses import dataclass
from pathlib import Path

import pytest

from support import ROOT as REPO
from support import run_longmode

GCC, LD, NASM, OBJCOPY, READELF = (
    shutil.which(t) for t in ("gcc", "ld", "nasm", "objcopy", "readelf")
)
pytestmark = pytest.mark.skipif(
    None in (GCC, LD, NASM, OBJCOPY, READELF),
    reason="needs gcc, GNU ld, nasm and binutils (installed by scripts/setup.sh)",
)
HERE = Path(__file__).parent
KERNELS = REPO / "tests" / "boot" / "kernels"
GUESTS = REPO / "tests" / "guests"
TEMPLATE_C = REPO / "src" / "longmode" / "testing" / "templates" / "c"
KNOWN = HERE / "ld_known_differences.txt"
LINK_KERNELS = HERE / "kernels"
AR = shutil.which("ar")

CFLAGS_64 = [
    "-m64", "-ffreestanding", "-nostdlib", "-mno-red-zone", "-mgeneral-regs-only",
    "-fno-pic", "-fno-pie", "-fno-stack-protector", "-fno-asynchronous-unwind-tables",
    "-O2", "-Wall",
]  # fmt: skip
TEMPLATE_FLAGS = (
    "-std=c11",
    "-g",
    "-m64",
    "-ffreestanding",
    "-nostdlib",
    "-mno-red-zone",
    "-mgeneral-regs-only",
    "-fno-pic",
    "-fno-pie",
    "-fno-stack-protector",
    "-fno-asynchronous-unwind-tables",
    "-O2",
    f"-I{TEMPLATE_C}/src",
    f"-I{REPO}/examples",
)
CFLAGS_32 = [
    "-m32", "-ffreestanding", "-nostdlib", "-fno-pic", "-fno-pie", "-fno-stack-protector",
    "-fno-asynchronous-unwind-tables", "-O2", "-Wall", "-Wno-array-bounds",
]  # fmt: skip


@dataclass(frozen=True)
class Case:
    name: str
    #: (source, compiler flags): .c files go to gcc, .asm files to nasm.
    sources: tuple[tuple[Path, tuple[str, ...]], ...]
    #: The link's options, besides the objects and -o ({dir} is the work folder).
    options: tuple[str, ...]
    binary: bool = False
    #: Objects (by index) put into an archive, linked after the others as -lparts.
    archive: tuple[int, ...] = ()
    #: -lparts inside --whole-archive (and before the other objects).
    whole_archive: bool = False


def _c(path: Path, *flags: str) -> tuple[Path, tuple[str, ...]]:
    return path, flags


CASES = [
    Case(
        "bootinfo-higher-half",
        (_c(KERNELS / "bootinfo_kernel.c", *CFLAGS_64, "-mcmodel=kernel", f"-I{REPO}/examples"),),
        ("-nostdlib", "-static", "-z", "max-page-size=0x1000",
         "--defsym", "KERNEL_VMA=0xffffffff80000000", "--defsym", "LOAD_OFFSET=0xffffffff80000000",
         "-T", str(KERNELS / "kernel64.ld")),
    ),
    Case(
        "bootinfo-1mib",
        (_c(KERNELS / "bootinfo_kernel.c", *CFLAGS_64, "-mcmodel=small", f"-I{REPO}/examples"),),
        ("-nostdlib", "-static", "-z", "max-page-size=0x1000", "--defsym", "KERNEL_VMA=0",
         "--defsym", "LOAD_OFFSET=0", "-T", str(KERNELS / "kernel64.ld")),
    ),
    Case(
        "multiboot1-elf32",
        (_c(KERNELS / "multiboot_kernel.c", *CFLAGS_32, "-DMB=1", "-DAOUT=0"),),
        ("-m", "elf_i386", "-nostdlib", "-static", "-z", "max-page-size=0x1000",
         "-T", str(KERNELS / "kernel32.ld")),
    ),
    Case(
        "multiboot2-elf32",
        (_c(KERNELS / "multiboot_kernel.c", *CFLAGS_32, "-DMB=2", "-DAOUT=0"),),
        ("-m", "elf_i386", "-nostdlib", "-static", "-z", "max-page-size=0x1000",
         "-T", str(KERNELS / "kernel32.ld")),
    ),
    Case(
        "multiboot1-flat-binary",
        (_c(KERNELS / "multiboot_kernel.c", *CFLAGS_32, "-DMB=1", "-DAOUT=1"),),
        ("-m", "elf_i386", "-nostdlib", "-static", "-z", "max-page-size=0x1000",
         "-T", str(KERNELS / "kernel32.ld"), "--oformat", "binary"),
        binary=True,
    ),
    Case(
        "hello-multiboot-guest",
        (_c(GUESTS / "hello.c", *CFLAGS_32),),
        ("-m", "elf_i386", "-nostdlib", "-static", "-T", str(GUESTS / "hello.ld")),
    ),
    Case(
        "boot-info-example-debug-info",
        (_c(REPO / "examples" / "boot-info" / "kernel.c", *CFLAGS_64, "-g", "-mcmodel=kernel",
            f"-I{REPO}/examples"),),
        ("-nostdlib", "-static", "-z", "max-page-size=0x1000",
         "-T", str(REPO / "examples" / "boot-info" / "linker.ld")),
    ),
    Case(
        "script-features-and-relocations",
        (
            (LINK_KERNELS / "features_a.s", ("-x", "assembler")),
            (LINK_KERNELS / "features_b.s", ("-x", "assembler")),
        ),
        ("-z", "max-page-size=0x1000", "--gc-sections", "-T", str(LINK_KERNELS / "features.ld")),
    ),
    Case(
        "shared-page-one-segment",
        ((LINK_KERNELS / "shared_page.s", ("-x", "assembler")),),
        ("-T", str(LINK_KERNELS / "shared_page.ld")),
    ),
    Case(
        "i386-pic-got-weak-common",
        ((LINK_KERNELS / "pic_i386.c", ("-m32", "-fpic", "-ffreestanding", "-fno-stack-protector",
                                         "-fcommon", "-O2")),),
        ("-m", "elf_i386", "-T", str(LINK_KERNELS / "small.ld")),
    ),
    Case(
        "comdat-first-copy-kept",
        (
            (LINK_KERNELS / "comdat_a.s", ("-x", "assembler")),
            (LINK_KERNELS / "comdat_b.s", ("-x", "assembler")),
        ),
        ("-T", str(LINK_KERNELS / "small.ld"), "-e", "second"),
    ),
    Case(
        "whole-archive-comdat",
        (
            (LINK_KERNELS / "comdat_a.s", ("-x", "assembler")),
            (LINK_KERNELS / "comdat_b.s", ("-x", "assembler")),
        ),
        ("-T", str(LINK_KERNELS / "small.ld"), "-e", "second"),
        archive=(0,),
        whole_archive=True,
    ),
    Case(
        "orphan-into-its-namesake",
        ((LINK_KERNELS / "orphan_same_name.s", ("-x", "assembler")),),
        ("-T", str(LINK_KERNELS / "orphan_same_name.ld")),
    ),
    Case(
        "got-slot-in-data",
        ((LINK_KERNELS / "got_slot.s", ("-x", "assembler", "-Wa,-mrelax-relocations=no")),),
        ("-T", str(LINK_KERNELS / "got_slot.ld")),
    ),
    Case(
        "default-layout-nasm",
        ((LINK_KERNELS / "default_layout.asm", ("-f", "elf64")),),
        ("-e", "_start"),
    ),
    Case(
        "default-layout-nasm-ttext",
        ((LINK_KERNELS / "default_layout.asm", ("-f", "elf64")),),
        ("-Ttext=0x200000", "-e", "_start"),
    ),
    Case(
        "merged-section-left-empty",
        ((LINK_KERNELS / "merged_away_a.s", ("-x", "assembler")),
         (LINK_KERNELS / "merged_away_b.s", ("-x", "assembler"))),
        ("-nostdlib", "-static"),
    ),
    Case(
        "orphans-of-every-kind",
        ((LINK_KERNELS / "orphan_kinds.s", ("-x", "assembler")),),
        ("-T", str(LINK_KERNELS / "orphan_kinds.ld")),
    ),
    Case(
        "statement-sections-and-orphans",
        ((LINK_KERNELS / "merged_away_a.s", ("-x", "assembler")),
         (LINK_KERNELS / "merged_away_b.s", ("-x", "assembler"))),
        ("-T", str(LINK_KERNELS / "statement_sections.ld")),
    ),
    Case(
        "default-layout-c",
        (
            _c(TEMPLATE_C / "src" / "kernel.c", *TEMPLATE_FLAGS),
            _c(TEMPLATE_C / "src" / "console.c", *TEMPLATE_FLAGS),
        ),
        ("-nostdlib", "-static"),
    ),
    Case(
        "eh-frame-hdr",
        ((LINK_KERNELS / "eh_frame.s", ("-x", "assembler")),),
        ("--eh-frame-hdr", "-T", str(LINK_KERNELS / "eh_frame.ld")),
    ),
    Case(
        "default-layout-relro",
        ((LINK_KERNELS / "relro.s", ("-x", "assembler")),),
        ("-nostdlib", "-static", "-e", "relro_start"),
    ),
    Case(
        "default-layout-norelro",
        ((LINK_KERNELS / "relro.s", ("-x", "assembler")),),
        ("-nostdlib", "-static", "-e", "relro_start", "-z", "norelro"),
    ),
    Case(
        "c-template-kernel",
        (
            _c(TEMPLATE_C / "src" / "kernel.c", *TEMPLATE_FLAGS),
            _c(TEMPLATE_C / "src" / "console.c", *TEMPLATE_FLAGS),
        ),
        ("-nostdlib", "-static", "-z", "max-page-size=0x1000", "-T", str(TEMPLATE_C / "linker.ld")),
    ),
    Case(
        "c-template-test-archive-gc",
        (
            _c(TEMPLATE_C / "tests" / "boot_info.c", *TEMPLATE_FLAGS, "-ffunction-sections",
               "-fdata-sections"),
            _c(TEMPLATE_C / "src" / "testing.c", *TEMPLATE_FLAGS, "-ffunction-sections",
               "-fdata-sections"),
            _c(TEMPLATE_C / "src" / "console.c", *TEMPLATE_FLAGS, "-ffunction-sections",
               "-fdata-sections"),
        ),
        ("-nostdlib", "-static", "-z", "max-page-size=0x1000", "--gc-sections",
         "-T", str(TEMPLATE_C / "linker.ld")),
        archive=(1, 2),
    ),
]  # fmt: skip


def _objects(case: Case, work: Path) -> list[Path]:
    objects = []
    for number, (source, flags) in enumerate(case.sources):
        obj = work / f"{number}-{source.stem}.o"
        if source.suffix == ".asm":  # NASM
            command = [str(NASM), *flags, str(source), "-o", str(obj)]
        else:
            command = [str(GCC), *flags, "-c", str(source), "-o", str(obj)]
        subprocess.run(command, check=True, capture_output=True)
        objects.append(obj)
    if case.archive:
        members = [objects[i] for i in case.archive]
        subprocess.run([str(AR), "rcs", str(work / "libparts.a"), *map(str, members)], check=True)
        objects = [o for o in objects if o not in members]
    return objects


def _sections(path: Path) -> list[tuple[str, int, int, str]]:
    """(name, address, size, flags) of the allocated sections."""
    text = subprocess.run(
        [str(READELF), "-SW", str(path)], check=True, capture_output=True, text=True
    ).stdout
    found = []
    for match in re.finditer(
        r"^\s*\[\s*\d+\]\s+(\S+)\s+(\S+)\s+([0-9a-f]+)\s+[0-9a-f]+\s+([0-9a-f]+)\s+\S+\s+(\S*)",
        text,
        re.M,
    ):
        name, _kind, address, size, flags = match.groups()
        if "A" in flags:
            found.append(
                (name, int(address, 16), int(size, 16), "".join(sorted(set(flags) & set("WAX"))))
            )
    return found


def _symbols(path: Path) -> list[tuple[str, int, str, str]]:
    """(name, value, type, bind) of the named symbols (not files or sections), sorted."""
    text = subprocess.run(
        [str(READELF), "-sW", str(path)], check=True, capture_output=True, text=True
    ).stdout
    found = []
    for line in text.splitlines():
        fields = line.split()
        if len(fields) < 8 or not fields[0].rstrip(":").isdigit():
            continue
        _, value, _size, kind, bind, _vis, _ndx, name = fields[:8]
        if kind in ("FILE", "SECTION") or not name:
            continue
        found.append((name, int(value, 16), kind, bind))
    return sorted(found)


def _loads(path: Path) -> list[tuple[str, int, int, int, int, str]]:
    """(type, virtual address, physical address, file size, memory size, flags) of
    each PT_LOAD, PT_GNU_RELRO and PT_GNU_EH_FRAME: what a loader does with the file,
    what it makes read-only after relocation, and where an unwinder looks."""
    text = subprocess.run(
        [str(READELF), "-lW", str(path)], check=True, capture_output=True, text=True
    ).stdout
    found = []
    for match in re.finditer(
        r"^\s*(LOAD|GNU_RELRO|GNU_EH_FRAME)\s+\S+\s+(\S+)\s+(\S+)\s+(\S+)\s+(\S+)\s+"
        r"([RWE ]+?)\s+0x",
        text,
        re.M,
    ):
        kind, vaddr, paddr, filesz, memsz, flags = match.groups()
        found.append((kind, int(vaddr, 16), int(paddr, 16), int(filesz, 16), int(memsz, 16), flags))
    return found


def _entry(path: Path) -> int:
    text = subprocess.run(
        [str(READELF), "-hW", str(path)], check=True, capture_output=True, text=True
    ).stdout
    match = re.search(r"Entry point address:\s+(0x[0-9a-f]+)", text)
    assert match is not None
    return int(match.group(1), 16)


def _debug_information(path: Path) -> list[tuple[str, bytes]]:
    """Each ``.debug_*`` section's name and bytes, in the file's order: what a
    debugger reads, patched by the relocations against code, data and the other
    debug sections."""
    from elftools.elf.elffile import ELFFile

    with path.open("rb") as stream:
        return [
            (section.name, section.data())
            for section in ELFFile(stream).iter_sections()
            if section.name.startswith(".debug_")
        ]


def _known() -> dict[tuple[str, str], str]:
    entries = {}
    for line in KNOWN.read_text().splitlines():
        if line.strip() and not line.startswith("#"):
            case, what, reason = (part.strip() for part in line.split(";", 2))
            entries[(case, what)] = reason
    return entries


def _differences(case: Case, work: Path) -> set[str]:
    """What differs between GNU ld's output and ours, by kind."""
    objects = _objects(case, work)
    theirs, ours = work / "ld.out", work / "longmode.out"
    libraries = ["-L", str(work), "-lparts"] if case.archive else []
    inputs = [*map(str, objects), *libraries]
    if case.whole_archive:
        inputs = ["--whole-archive", *libraries, "--no-whole-archive", *map(str, objects)]
    subprocess.run([str(LD), *case.options, *inputs, "-o", str(theirs)], check=True)
    done = run_longmode("link", *case.options, *inputs, "-o", str(ours))
    assert done.returncode == 0, done.stderr
    found = set()
    if case.binary:
        if theirs.read_bytes() != ours.read_bytes():
            found.add("binary")
        return found
    flat = []
    for elf in (theirs, ours):
        out = elf.with_suffix(".bin")
        subprocess.run([str(OBJCOPY), "-O", "binary", str(elf), str(out)], check=True)
        flat.append(out.read_bytes())
    if flat[0] != flat[1]:
        found.add("loaded bytes")
    if _sections(theirs) != _sections(ours):
        found.add("sections")
    if _symbols(theirs) != _symbols(ours):
        found.add("symbols")
    if _entry(theirs) != _entry(ours):
        found.add("entry")
    if _loads(theirs) != _loads(ours):
        found.add("segments")
    if _debug_information(theirs) != _debug_information(ours):
        found.add("debug information")
    return found


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_the_output_is_ld_s(case: Case, tmp_path: Path) -> None:
    known = {what for (name, what) in _known() if name == case.name}
    found = _differences(case, tmp_path)
    assert found - known == set(), f"{case.name}: differs from GNU ld in {sorted(found - known)}"
    stale = known - found
    assert not stale, f"{KNOWN.name}: {case.name} no longer differs in {sorted(stale)}"


def test_every_known_difference_names_a_case() -> None:
    names = {c.name for c in CASES}
    for case, _ in _known():
        assert case in names, f"{KNOWN.name}: no case {case!r}"
