"""Linker scripts: parsing the scripts the project and GNU ld use, ld's expression
semantics (checked against GNU ld itself where it is installed), name patterns, INCLUDE,
and error locations."""

from __future__ import annotations

import re
import shutil
import subprocess
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from longmode.link.model import LinkError
from longmode.link.script import (
    ABSOLUTE,
    AssertCommand,
    Assignment,
    Binary,
    Call,
    ConstructorsCommand,
    DataCommand,
    Dot,
    EntryCommand,
    Expr,
    ExpressionError,
    Extern,
    FillCommand,
    Input,
    InputFile,
    InputSectionDescription,
    Insert,
    Memory,
    NameCall,
    NoCrossRefs,
    Number,
    OutputArch,
    OutputFormat,
    OutputSection,
    OutputSectionType,
    RegionAlias,
    Script,
    SearchDir,
    SectionPattern,
    Sections,
    SegmentStart,
    Sort,
    Symbol,
    SymbolValue,
    Ternary,
    Unary,
    Value,
    evaluate,
    evaluate_int,
    file_matches,
    fill_pattern,
    matches,
    parse_expression,
    parse_script,
)

ROOT = Path(__file__).resolve().parents[2]
HAVE_BINUTILS = shutil.which("ld") is not None and shutil.which("as") is not None
needs_binutils = pytest.mark.skipif(not HAVE_BINUTILS, reason="GNU ld/as (the oracle) missing")


def parse(text: str, filename: str = "t.ld") -> Script:
    return parse_script(text, filename)


def sections_of(script: Script) -> list[str]:
    return [section.name for section in script.output_sections]


def section(script: Script, name: str) -> OutputSection:
    return next(s for s in script.output_sections if s.name == name)


def inputs(out: OutputSection) -> list[InputSectionDescription]:
    return [c for c in out.commands if isinstance(c, InputSectionDescription)]


def patterns(spec: InputSectionDescription) -> list[str]:
    return [p.pattern for p in spec.sections]


# ---------------------------------------------------------------------------------------
# The project's own scripts


REPO_SCRIPTS = sorted(
    p.relative_to(ROOT)
    for p in ROOT.rglob("*.ld")
    if not {"target", ".venv", "node_modules"} & set(p.relative_to(ROOT).parts)
    # the linker's own test scripts have shapes of their own (test_link_vs_ld.py)
    and p.relative_to(ROOT).parts[:2] != ("tests", "link")
)


@pytest.mark.parametrize("relative", REPO_SCRIPTS, ids=str)
def test_every_script_in_the_repository_parses(relative: Path) -> None:
    script = parse_script((ROOT / relative).read_text(), str(relative))
    assert script.entry == "_start"
    names = sections_of(script)
    assert names[:4] == [".text", ".rodata", ".data", ".bss"]
    bss = section(script, ".bss")
    assert patterns(inputs(bss)[0]) == [".bss", ".bss.*"]


def test_seed_kernel_script_starts_at_1mib_with_page_aligned_sections() -> None:
    script = parse_script((ROOT / "kernel/linker.ld").read_text(), "kernel/linker.ld")
    (sections,) = [c for c in script.commands if isinstance(c, Sections)]
    start = sections.items[0]
    assert start == Assignment(".", "=", Number(0x100000, 6))
    assert start.where.line == 8 and start.where.column == 5
    for name in (".text", ".rodata", ".data", ".bss"):
        assert section(script, name).align == Number(4096)
    text = inputs(section(script, ".text"))
    assert [patterns(s) for s in text] == [[".text._start"], [".text", ".text.*"]]
    assert patterns(inputs(section(script, ".bss"))[1]) == ["COMMON"]


def test_higher_half_example_loads_text_at_its_address_minus_kernel_vma() -> None:
    path = "examples/boot-info/linker.ld"
    script = parse_script((ROOT / path).read_text(), path)
    assert script.commands[1] == Assignment("KERNEL_VMA", "=", Number(0xFFFFFFFF80000000, 16))
    text = section(script, ".text")
    assert text.lma == Binary("-", NameCall("ADDR", ".text"), Symbol("KERNEL_VMA"))
    assert str(text.lma.where) == f"{path}:7:28"  # the '-'
    discard = section(script, "/DISCARD/")
    assert discard.is_discard
    assert patterns(inputs(discard)[0]) == [".note*", ".comment", ".eh_frame*"]


def test_multiboot_kernel_script_defines_load_symbols_between_sections() -> None:
    path = "tests/boot/kernels/kernel32.ld"
    script = parse_script((ROOT / path).read_text(), path)
    (sections,) = [c for c in script.commands if isinstance(c, Sections)]
    kinds = [
        item.name if isinstance(item, OutputSection) else item.target
        for item in sections.items
        if isinstance(item, (OutputSection, Assignment))
    ]
    assert kinds == [
        ".",
        "__load_start",
        ".text",
        ".rodata",
        ".data",
        "__load_end",
        ".bss",
        "__bss_end",
        "/DISCARD/",
    ]
    assert patterns(inputs(section(script, ".text"))[0]) == [".multiboot"]


# ---------------------------------------------------------------------------------------
# GNU ld's own default scripts


def ld_default_script(*args: str) -> str:
    if shutil.which("ld") is None:
        pytest.skip("GNU ld is not installed")
    out = subprocess.run(["ld", *args, "--verbose"], capture_output=True, text=True)
    if out.returncode:
        pytest.skip(f"this ld cannot {' '.join(args)}: {out.stderr.strip()}")
    inside = out.stdout.split("=" * 50)
    assert len(inside) == 3, "ld --verbose prints its script between two ===== lines"
    return inside[1]


@pytest.fixture(scope="module")
def ld_x86_64() -> Script:
    return parse_script(ld_default_script("-m", "elf_x86_64"), "elf_x86_64.x")


@pytest.fixture(scope="module")
def ld_i386() -> Script:
    return parse_script(ld_default_script("-m", "elf_i386"), "elf_i386.x")


def test_ld_default_script_for_x86_64_parses_whole(ld_x86_64: Script) -> None:
    script = ld_x86_64
    assert script.entry == "_start"
    assert script.commands[0] == OutputFormat(("elf64-x86-64",) * 3)
    assert script.commands[1] == OutputArch("i386:x86-64")
    assert any(c == SearchDir("=/usr/lib") for c in script.commands)
    names = sections_of(script)
    assert names[:4] == [".interp", ".note.gnu.build-id", ".hash", ".gnu.hash"]
    assert (
        names.index(".init") < names.index(".text") < names.index(".rodata") < names.index(".bss")
    )
    assert names[-1] == "/DISCARD/"
    # Two .eh_frame descriptions, chosen by ONLY_IF_RO / ONLY_IF_RW.
    assert [s.constraint for s in script.output_sections if s.name == ".eh_frame"] == [
        "ONLY_IF_RO",
        "ONLY_IF_RW",
    ]
    init = inputs(section(script, ".init"))[0]
    assert init.keep and init.sections == (SectionPattern(".init", sort=(Sort.NONE,)),)
    init_array = inputs(section(script, ".init_array"))
    assert init_array[0].sections[0].sort == (Sort.INIT_PRIORITY,)
    ctors = init_array[1].sections[1]
    assert ctors.pattern == ".ctors"
    assert ctors.exclude_files == ("*crtbegin.o", "*crtbegin?.o", "*crtend.o", "*crtend?.o")
    assert init_array[1].sections[0].exclude_files == ()  # EXCLUDE_FILE is per pattern
    preinit = section(script, ".preinit_array").commands[0]
    assert isinstance(preinit, Assignment) and preinit.provide and preinit.hidden
    assert section(script, ".data").commands[-1] == ConstructorsCommand(sort=True)
    assert section(script, ".debug_info").address == Number(0)
    (sections,) = [c for c in script.commands if isinstance(c, Sections)]
    dsa = [
        i
        for i in sections.items
        if isinstance(i, Assignment) and isinstance(i.expr, Call)
        if i.expr.function == "DATA_SEGMENT_ALIGN"
    ]
    assert dsa[0].expr == Call(
        "DATA_SEGMENT_ALIGN",
        (NameCall("CONSTANT", "MAXPAGESIZE"), NameCall("CONSTANT", "COMMONPAGESIZE")),
    )


def test_ld_default_script_for_i386_starts_text_at_0x08048000(ld_i386: Script) -> None:
    script = ld_i386
    assert script.commands[0] == OutputFormat(("elf32-i386",) * 3)
    assert ".rel.dyn" in sections_of(script) and ".rela.dyn" not in sections_of(script)
    (sections,) = [c for c in script.commands if isinstance(c, Sections)]
    provide, dot = sections.items[:2]
    assert provide == Assignment(
        "__executable_start",
        "=",
        SegmentStart("text-segment", Number(0x08048000, 8)),
        provide=True,
    )
    assert isinstance(dot, Assignment) and dot.is_dot
    env = FakeEnv(headers=52 + 32 * 9)
    assert evaluate_int(dot.expr, env) == 0x08048000 + 52 + 32 * 9
    env.segments["text-segment"] = 0x100000
    assert evaluate_int(dot.expr, env) == 0x100000 + 52 + 32 * 9


LDSCRIPTS = Path("/usr/lib/x86_64-linux-gnu/ldscripts")


@pytest.mark.skipif(not LDSCRIPTS.is_dir(), reason="binutils' ldscripts are not installed")
def test_every_installed_binutils_script_parses() -> None:
    """elf_x86_64 and elf_i386 in every variant (-z relro, -pie, -shared, -r, ...),
    and a PE one."""
    scripts = sorted(LDSCRIPTS.glob("elf_x86_64.x*")) + sorted(LDSCRIPTS.glob("elf_i386.x*"))
    assert len(scripts) > 40
    for path in scripts:
        script = parse_script(path.read_text(), str(path))
        assert script.output_sections, path
    if not (LDSCRIPTS / "i386pep.x").is_file():
        return
    pe = parse_script((LDSCRIPTS / "i386pep.x").read_text(), "i386pep.x")
    debug = section(pe, ".debug_info")
    assert debug.type is OutputSectionType.NOLOAD
    assert debug.address == Call("ALIGN", (Symbol("__section_alignment__"),))  # BLOCK(...)


# ---------------------------------------------------------------------------------------
# The features real kernel scripts use (research notes §4.1)

LIMINE = """\
OUTPUT_FORMAT(elf64-x86-64)
ENTRY(kernel_entry)
PHDRS
{
    limine_requests PT_LOAD;
    text    PT_LOAD FLAGS(5);
    rodata  PT_LOAD FLAGS(4);
    data    PT_LOAD FLAGS(6);
    dynamic PT_DYNAMIC FLAGS(4);
}
SECTIONS
{
    . = 0xffffffff80000000;
    .limine_requests : {
        KEEP(*(.limine_requests_start))
        KEEP(*(.limine_requests))
        KEEP(*(.limine_requests_end))
    } :limine_requests
    . = ALIGN(CONSTANT(MAXPAGESIZE));
    .text : {
        HIDDEN(TEXT_START = .);
        *(.text .text.*)
    } :text
    .init_array : {
        KEEP(*(SORT_BY_INIT_PRIORITY(.init_array.*)))
        KEEP(*(.init_array))
    } :data
    .bss : { *(.bss .bss.*) *(COMMON) } :data
    /DISCARD/ : { *(.eh_frame*) *(.note .note.*) }
}
"""


def test_limine_template_phdrs_keep_and_hidden() -> None:
    script = parse(LIMINE)
    assert script.commands[0] == OutputFormat(("elf64-x86-64",))
    assert script.entry == "kernel_entry"
    headers = script.phdrs
    assert [(h.name, h.type) for h in headers] == [
        ("limine_requests", 1),
        ("text", 1),
        ("rodata", 1),
        ("data", 1),
        ("dynamic", 2),
    ]
    assert headers[0].flags is None and headers[1].flags == Number(5)
    requests = section(script, ".limine_requests")
    assert requests.phdrs == ("limine_requests",)
    assert [s.keep for s in inputs(requests)] == [True, True, True]
    text = section(script, ".text")
    assert text.commands[0] == Assignment("TEXT_START", "=", Dot(), hidden=True)
    assert text.phdrs == ("text",)
    assert inputs(section(script, ".init_array"))[0].sections[0].sort == (Sort.INIT_PRIORITY,)


def test_higher_half_kernel_moves_dot_and_splits_vma_and_lma() -> None:
    script = parse(
        """
        KERNEL_VMA = 0xffffffff80000000;
        SECTIONS {
            . = 0x100000;
            .boot.text : { KEEP(*(.boot.text)) }
            . += KERNEL_VMA;
            .text ALIGN(4K) : AT(ADDR(.text) - KERNEL_VMA) { *(.text .text.*) }
            .text2 : AT(0x80000) {
                . = KERNEL_BASE + 0x80000 + 0x800;
                __vbar = .;
                KEEP(*(.text.exceptions))
            }
            . += 16384;
            kernel_end = .;
        }
        """
    )
    (sections,) = [c for c in script.commands if isinstance(c, Sections)]
    bump = sections.items[2]
    assert bump == Assignment(".", "+=", Symbol("KERNEL_VMA"))
    assert isinstance(bump, Assignment)
    assert bump.value == Binary("+", Dot(), Symbol("KERNEL_VMA"))
    text = section(script, ".text")
    assert text.address == Call("ALIGN", (Number(4096),))
    assert text.lma == Binary("-", NameCall("ADDR", ".text"), Symbol("KERNEL_VMA"))
    inner = section(script, ".text2").commands
    assert inner[0] == Assignment(
        ".",
        "=",
        Binary("+", Binary("+", Symbol("KERNEL_BASE"), Number(0x80000, 5)), Number(0x800, 3)),
    )


def test_bootloader_0_9_style_script_with_dashed_section_names() -> None:
    script = parse(
        """
        ENTRY(_start)
        SECTIONS {
            . = 0x500;
            _stack_start = .;
            . += 512;
            .bootloader : {
                *(.boot-first-stage)
                *(.context_switch)
                . = ALIGN(512);
                _rest_of_bootloader_start_addr = .;
                *(.text .text.*)
            }
            .kernel : { KEEP(*(.kernel)) }
        }
        """
    )
    boot = section(script, ".bootloader")
    assert patterns(inputs(boot)[0]) == [".boot-first-stage"]
    assert boot.commands[2] == Assignment(".", "=", Call("ALIGN", (Number(512),)))


def test_memory_regions_and_region_placement() -> None:
    script = parse(
        """
        MEMORY {
            ram (rwx) : ORIGIN = 0x100000, LENGTH = 64K
            rom (!w) : org = 0, l = 4M
        }
        REGION_ALIAS("REGION_TEXT", rom);
        SECTIONS {
            .text : { *(.text) } > REGION_TEXT AT> rom :text =0x90909090,
            .data : { *(.data) } >ram AT>rom
        }
        """
    )
    ram, rom = script.memory_regions
    assert (ram.name, ram.attributes, ram.origin, ram.length) == (
        "ram",
        "rwx",
        Number(0x100000, 6),
        Number(65536),
    )
    assert (rom.attributes, rom.length) == ("!w", Number(4 << 20))
    assert RegionAlias("REGION_TEXT", "rom") in script.commands
    text = section(script, ".text")
    assert (text.region, text.lma_region, text.phdrs) == ("REGION_TEXT", "rom", ("text",))
    assert text.fill == Number(0x90909090, 8)
    data = section(script, ".data")
    assert (data.region, data.lma_region) == ("ram", "rom")


def test_output_section_header_with_everything() -> None:
    script = parse(
        """SECTIONS {
            .a 0x1000 (NOLOAD) : AT(0x2000) ALIGN(16) SUBALIGN(4) ONLY_IF_RW { *(.a) }
            .b (0x3000) : { *(.b) }
            .c (READONLY) : SUBALIGN(8) AT(0) { *(.c) }
            .d (TYPE = SHT_NOTE) : { *(.d) }
            .e (INFO) : { }
            .f: { *(.f) }
        }"""
    )
    a = section(script, ".a")
    assert (a.address, a.type, a.lma, a.align, a.subalign, a.constraint) == (
        Number(0x1000, 4),
        OutputSectionType.NOLOAD,
        Number(0x2000, 4),
        Number(16),
        Number(4),
        "ONLY_IF_RW",
    )
    assert section(script, ".b").address == Number(0x3000, 4)
    c = section(script, ".c")
    assert c.readonly and c.type is OutputSectionType.READONLY and c.lma == Number(0)
    d = section(script, ".d")
    assert d.type is OutputSectionType.TYPE and d.sh_type == Number(7)
    assert section(script, ".e").commands == ()
    assert section(script, ".f").commands != ()


def test_input_section_description_forms() -> None:
    script = parse(
        """SECTIONS { .x : {
            *crt0.o(.text)
            libfoo.a:bar.o(.text)
            data.o
            EXCLUDE_FILE(*crtend.o *otherfile.o) *(.ctors)
            *(EXCLUDE_FILE(*a.o) .text .rdata)
            *(SORT_BY_NAME(SORT_BY_ALIGNMENT(.data.*)) SORT_BY_ALIGNMENT(SORT(.x.*)))
            *(SORT_BY_NAME(SORT_BY_NAME(.y.*)))
            SORT_BY_NAME(*)(.z)
            INPUT_SECTION_FLAGS(SHF_ALLOC & !SHF_WRITE) *(.rodata*)
            *(.text, .data)
            "odd name.o"("odd section")
            BYTE(1) SHORT(2) LONG(3) QUAD(4) SQUAD(-5)
            FILL(0x90);
            KEEP(*(.init));
            CREATE_OBJECT_SYMBOLS
            CONSTRUCTORS
            ASSERT(. > 0, "empty")
            x = .;
        } }"""
    )
    cmds = section(script, ".x").commands
    specs = [c for c in cmds if isinstance(c, InputSectionDescription)]
    assert [(s.file, patterns(s)) for s in specs[:3]] == [
        ("*crt0.o", [".text"]),
        ("libfoo.a:bar.o", [".text"]),
        ("data.o", []),
    ]
    assert specs[2].all_sections
    assert specs[3].exclude_files == ("*crtend.o", "*otherfile.o")
    assert [p.exclude_files for p in specs[4].sections] == [("*a.o",), ()]
    assert [p.sort for p in specs[5].sections] == [
        (Sort.NAME, Sort.ALIGNMENT),
        (Sort.ALIGNMENT, Sort.NAME),
    ]
    assert specs[6].sections[0].sort == (Sort.NAME,)
    assert specs[7].file_sort is Sort.NAME and specs[7].file == "*"
    flags = specs[8].flags
    assert flags is not None and (flags.required, flags.forbidden) == (0x2, 0x1)
    assert flags.accepts(0x2) and not flags.accepts(0x3)
    assert patterns(specs[9]) == [".text", ".data"]
    assert (specs[10].file, patterns(specs[10])) == ("odd name.o", ["odd section"])
    data = [c for c in cmds if isinstance(c, DataCommand)]
    assert [(d.kind, d.size) for d in data] == [
        ("BYTE", 1),
        ("SHORT", 2),
        ("LONG", 4),
        ("QUAD", 8),
        ("SQUAD", 8),
    ]
    assert data[4].expr == Unary("-", Number(5))
    assert FillCommand(Number(0x90, 2)) in cmds
    assert specs[11].keep
    assert isinstance(cmds[-3], ConstructorsCommand)
    assert cmds[-2] == AssertCommand(Binary(">", Dot(), Number(0)), "empty")
    assert cmds[-1] == Assignment("x", "=", Dot())


def test_assignment_operators_and_provide_forms() -> None:
    script = parse(
        """
        a = 1; b += 2; c -= 3; d *= 4; e /= 5; f <<= 6; g >>= 7; h &= 8; i |= 9;
        a-b = 1;
        PROVIDE(p = 1); HIDDEN(q = 2); PROVIDE_HIDDEN(r = 3);
        "quoted sym" = 4;
        SECTIONS { .t : { . += 4; x+=1; y=2; } }
        """
    )
    top = [c for c in script.commands if isinstance(c, Assignment)]
    assert [(a.target, a.op) for a in top[:9]] == [
        ("a", "="),
        ("b", "+="),
        ("c", "-="),
        ("d", "*="),
        ("e", "/="),
        ("f", "<<="),
        ("g", ">>="),
        ("h", "&="),
        ("i", "|="),
    ]
    assert top[9].target == "a-b"  # as ld: '-' belongs to a name outside expressions
    assert [(a.provide, a.hidden) for a in top[10:13]] == [
        (True, False),
        (False, True),
        (True, True),
    ]
    assert top[13].target == "quoted sym"
    inner = section(script, ".t").commands
    assert inner == (
        Assignment(".", "+=", Number(4)),
        Assignment("x", "+=", Number(1)),
        Assignment("y", "=", Number(2)),
    )


def test_file_commands() -> None:
    script = parse(
        """
        INPUT(crt0.o, -lc "/path with space/x.o")
        GROUP(/lib/libc.so.6 libc_nonshared.a AS_NEEDED(/lib64/ld-linux-x86-64.so.2))
        EXTERN(a b, c)
        INSERT AFTER .text
        NOCROSSREFS(.text .data)
        SEARCH_DIR(/opt/lib)
        FORCE_COMMON_ALLOCATION
        """
    )
    inp, group, extern, insert, nocross = script.commands[:5]
    assert inp == Input(
        (InputFile("crt0.o"), InputFile("c", library=True), InputFile("/path with space/x.o"))
    )
    assert isinstance(group, Input) and group.group
    assert group.files[2] == InputFile("/lib64/ld-linux-x86-64.so.2", as_needed=True)
    assert extern == Extern(("a", "b", "c"))
    assert insert == Insert(after=True, section=".text")
    assert nocross == NoCrossRefs((".text", ".data"))


def test_libc_so_is_a_linker_script() -> None:
    libc = Path("/usr/lib/x86_64-linux-gnu/libc.so")
    if not libc.is_file():
        pytest.skip("no glibc development linker script")
    script = parse_script(libc.read_text(errors="replace"), str(libc))
    assert any(isinstance(c, Input) and c.group for c in script.commands)


# ---------------------------------------------------------------------------------------
# Expressions: syntax


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("1000", 1000),
        ("0x1000", 0x1000),
        ("0X1f", 0x1F),
        ("010", 8),
        ("0", 0),
        ("4K", 4096),
        ("4k", 4096),
        ("1M", 1 << 20),
        ("0x10K", 0x4000),
        ("10h", 0x10),
        ("1Bh", 0x1B),
        ("17o", 15),
        ("101b", 5),
        ("12d", 12),
        ("$ff", 0xFF),
    ],
)
def test_number_formats(text: str, value: int) -> None:
    expr = parse_expression(text, "n")
    assert isinstance(expr, Number) and expr.value == value


def test_hex_digit_count_is_kept_for_fill_patterns() -> None:
    env = FakeEnv()
    assert fill_pattern(parse_expression("0x90", "f"), env) == b"\x90"
    assert fill_pattern(parse_expression("0x0090", "f"), env) == b"\x00\x90"
    assert fill_pattern(parse_expression("0x123", "f"), env) == b"\x01\x23"
    assert fill_pattern(parse_expression("0x90 + 0", "f"), env) == b"\x00\x00\x00\x90"
    assert fill_pattern(parse_expression("144", "f"), env) == b"\x00\x00\x00\x90"


def test_precedence_is_c_precedence() -> None:
    e = parse_expression("1 + 2 * 3 - 4 / 2", "e")
    assert e == Binary(
        "-",
        Binary("+", Number(1), Binary("*", Number(2), Number(3))),
        Binary("/", Number(4), Number(2)),
    )
    assert parse_expression("a || b && c | d ^ e & f == g < h << i", "e") == Binary(
        "||",
        Symbol("a"),
        Binary(
            "&&",
            Symbol("b"),
            Binary(
                "|",
                Symbol("c"),
                Binary(
                    "^",
                    Symbol("d"),
                    Binary(
                        "&",
                        Symbol("e"),
                        Binary(
                            "==",
                            Symbol("f"),
                            Binary("<", Symbol("g"), Binary("<<", Symbol("h"), Symbol("i"))),
                        ),
                    ),
                ),
            ),
        ),
    )
    assert parse_expression("a ? b : c ? d : e", "e") == Ternary(
        Symbol("a"), Symbol("b"), Ternary(Symbol("c"), Symbol("d"), Symbol("e"))
    )
    assert parse_expression("-~!+x", "e") == Unary("-", Unary("~", Unary("!", Symbol("x"))))
    assert parse_expression("x-y", "e") == Binary("-", Symbol("x"), Symbol("y"))
    assert parse_expression(".+4", "e") == Binary("+", Dot(), Number(4))
    assert parse_expression("a/b", "e") == Binary("/", Symbol("a"), Symbol("b"))
    assert parse_expression('"weird-name" + 1', "e") == Binary("+", Symbol("weird-name"), Number(1))


def test_builtin_function_forms() -> None:
    assert parse_expression("BLOCK(8)", "e") == Call("ALIGN", (Number(8),))
    assert parse_expression("ALIGN(., 8)", "e") == Call("ALIGN", (Dot(), Number(8)))
    assert parse_expression("absolute(.)", "e") == Call("ABSOLUTE", (Dot(),))
    assert parse_expression("sizeof_headers", "e") == Call("SIZEOF_HEADERS", ())
    assert parse_expression("SIZEOF(.note.gnu.build-id)", "e") == NameCall(
        "SIZEOF", ".note.gnu.build-id"
    )
    assert parse_expression('SEGMENT_START("text-segment", 0x400000)', "e") == SegmentStart(
        "text-segment", Number(0x400000, 6)
    )


# ---------------------------------------------------------------------------------------
# Expressions: values


@dataclass
class FakeEnv:
    """The layout engine's answers, as plain tables (a ScriptEnv)."""

    dot_value: int = 0
    section: str | None = None
    #: name -> (vma, lma, size, alignment)
    sections: dict[str, tuple[int, int, int, int]] = field(default_factory=dict)
    symbols: dict[str, SymbolValue] = field(default_factory=dict)
    regions: dict[str, tuple[int, int]] = field(default_factory=dict)
    segments: dict[str, int] = field(default_factory=dict)
    maxpagesize: int = 0x1000
    commonpagesize: int = 0x1000
    headers: int = 64 + 56 * 4

    def dot(self) -> int:
        return self.dot_value

    def current_section(self) -> str | None:
        return self.section

    def symbol(self, name: str) -> SymbolValue | None:
        return self.symbols.get(name)

    def defined(self, name: str) -> bool:
        return name in self.symbols

    def _section(self, name: str, field: int) -> int | None:
        found = self.sections.get(name)
        return None if found is None else found[field]

    def section_address(self, name: str) -> int | None:
        return self._section(name, 0)

    def section_load_address(self, name: str) -> int | None:
        return self._section(name, 1)

    def section_size(self, name: str) -> int | None:
        return self._section(name, 2)

    def section_alignment(self, name: str) -> int | None:
        return self._section(name, 3)

    def constant(self, name: str) -> int:
        return self.maxpagesize if name == "MAXPAGESIZE" else self.commonpagesize

    def region_origin(self, name: str) -> int | None:
        return self.regions[name][0] if name in self.regions else None

    def region_length(self, name: str) -> int | None:
        return self.regions[name][1] if name in self.regions else None

    def sizeof_headers(self) -> int:
        return self.headers

    def segment_start(self, name: str, default: int) -> int:
        return self.segments.get(name, default)

    def data_segment_align(self, maxpagesize: int, commonpagesize: int) -> int:
        return ((self.dot_value + maxpagesize - 1) // maxpagesize * maxpagesize) + (
            self.dot_value & (maxpagesize - 1)
        )

    def data_segment_relro_end(self, offset: int, value: int) -> int:
        return value

    def data_segment_end(self, value: int) -> int:
        return value


def value_of(text: str, env: FakeEnv | None = None) -> int:
    return evaluate_int(parse_expression(text, "e"), env or FakeEnv())


#: Absolute expressions and what GNU ld 2.40 makes of them (also checked live below).
LD_ABSOLUTE = {
    "10h": 0x10,
    "0x10K": 0x4000,
    "010": 8,
    "101b": 5,
    "$ff": 0xFF,
    "17o": 15,
    "12d": 12,
    "1M": 0x100000,
    "-7 / 2": 0xFFFFFFFFFFFFFFFD,
    "-7 % 2": 0xFFFFFFFFFFFFFFFF,
    "7 % -2": 1,
    "1 << 64": 1,
    "1 << 63 >> 63": 1,
    "-1 > 0": 1,
    "~0": 0xFFFFFFFFFFFFFFFF,
    "!5": 0,
    "-(1)": 0xFFFFFFFFFFFFFFFF,
    "1 << 3 + 1": 16,
    "1 ? 2 : 3": 2,
    "0 ? 1 : 0 ? 2 : 3": 3,
    "1 + 2 * 3 - 4": 3,
    "(1 + 2) * 3": 9,
    "100 / 7 * 7 + 100 % 7": 100,
    "6 == 6 && 3 != 3 || 2 >= 2": 1,
    "5 & 3 | 8": 9,
    "0xffffffffffffffff + 2": 1,
    "LOG2CEIL(0) + LOG2CEIL(1) * 10 + LOG2CEIL(5) * 100": 300,
    "ALIGN(7, 3)": 9,
    "ALIGN(0x1234, 0x1000)": 0x2000,
    "MAX(3, 9) - MIN(3, 9)": 6,
    "ABSOLUTE(42)": 42,
    "CONSTANT(MAXPAGESIZE)": 0x1000,
    "DEFINED(nosuch) ? nosuch : 3": 3,
}


@pytest.mark.parametrize(("text", "value"), LD_ABSOLUTE.items())
def test_absolute_expression_values_match_gnu_ld(text: str, value: int) -> None:
    assert value_of(text) == value


@needs_binutils
def test_gnu_ld_agrees_with_the_absolute_expression_table(tmp_path: Path) -> None:
    """The table above, recomputed by GNU ld: symbol ``sN = expression;`` per entry."""
    (tmp_path / "e.s").write_text("")
    subprocess.run(["as", "--64", "-o", tmp_path / "e.o", tmp_path / "e.s"], check=True)
    lines = [f"s{i} = {text};" for i, text in enumerate(LD_ABSOLUTE)]
    (tmp_path / "t.ld").write_text("SECTIONS { .text : { *(.text) } }\n" + "\n".join(lines))
    done = subprocess.run(
        ["ld", "-o", tmp_path / "out", "-T", tmp_path / "t.ld", tmp_path / "e.o"],
        capture_output=True,
        text=True,
    )
    assert done.returncode == 0, done.stderr
    nm = subprocess.run(["nm", tmp_path / "out"], capture_output=True, text=True, check=True)
    got = {
        name: int(value, 16) for value, _, name in (line.split() for line in nm.stdout.splitlines())
    }
    assert [got[f"s{i}"] for i in range(len(LD_ABSOLUTE))] == list(LD_ABSOLUTE.values())


# A script whose symbols show ld's absolute / section-relative rules; with an object of
# one byte of .text and eight of .data, GNU ld 2.40 gives the values in RELATIVE_RESULTS.
RELATIVE_SCRIPT = """\
K = 0x1000;
SECTIONS {
  .text 0x5000 : { *(.text) . = K + 0x20; f = .; fa = ABSOLUTE(.); }
  .data 0x8000 : { . = 0x10; d = 0x10; e = .; *(.data) m = MAX(., 3); n = K; o = K + 1;
    p = . - ADDR(.data); q = ALIGN(0x100); r = ALIGN(., 0x100); s = -.; t = . * 2; }
  u = ADDR(.data) + 4;
  v = 5;
  w = LOADADDR(.data);
  x = ALIGN(0x1000);
  y = NEXT(0x1000);
  z = SIZEOF(.data) + ADDR(.text);
}
"""
#: symbol -> (value, nm's type letter: A absolute, T .text, D .data)
RELATIVE_RESULTS = {
    "K": (0x1000, "A"),
    "f": (0x6020, "T"),
    "fa": (0x6020, "A"),
    "d": (0x8010, "D"),
    "e": (0x8010, "D"),
    "m": (0x8018, "D"),
    "n": (0x9000, "D"),
    "o": (0x9001, "D"),
    "p": (0x8018, "D"),
    "q": (0x8100, "D"),
    "r": (0x8100, "D"),
    "s": (0x7FE8, "D"),
    "t": (0x8030, "D"),
    "u": (0x8004, "A"),
    "v": (5, "A"),
    "w": (0x8000, "A"),
    "x": (0x9000, "D"),  # absolute, but derived from '.': ld puts it in .data
    "y": (0x9000, "A"),
    "z": (0x5018, "T"),
}


def simulate_relative_script() -> dict[str, tuple[int, str]]:
    """RELATIVE_SCRIPT laid out by hand, every expression evaluated by ``evaluate``."""
    script = parse(RELATIVE_SCRIPT)
    env = FakeEnv(sections={".text": (0x5000, 0x5000, 0, 1), ".data": (0x8000, 0x8000, 0, 8)})
    letters = {None: "A", ".text": "T", ".data": "D"}
    result: dict[str, tuple[int, str]] = {}

    def assign(a: Assignment) -> None:
        value = evaluate(a.value, env)
        placed = value.resolve(env)
        if a.is_dot:
            env.dot_value = placed.address
            return
        env.symbols[a.target] = placed
        letter = letters[placed.section]
        if value.from_dot and placed.section is None and env.section is None:
            letter = "D"  # ld's ldexp_finalize_syms: the section '.' was in
        result[a.target] = (placed.address, letter)

    for command in script.commands:
        if isinstance(command, Assignment):
            assign(command)
        elif isinstance(command, Sections):
            for item in command.items:
                if isinstance(item, Assignment):
                    assign(item)
                elif isinstance(item, OutputSection):
                    env.section = item.name
                    vma = env.sections[item.name][0]
                    env.dot_value = vma
                    for c in item.commands:
                        if isinstance(c, Assignment):
                            assign(c)
                        elif isinstance(c, InputSectionDescription):
                            env.dot_value += 1 if item.name == ".text" else 8
                    env.sections[item.name] = (vma, vma, env.dot_value - vma, 8)
                    env.section = None
    return result


def test_section_relative_values_follow_ld() -> None:
    assert simulate_relative_script() == RELATIVE_RESULTS


@needs_binutils
def test_gnu_ld_agrees_with_the_section_relative_table(tmp_path: Path) -> None:
    (tmp_path / "a.s").write_text(".text\nnop\n.data\n.quad 1\n")
    subprocess.run(["as", "--64", "-o", tmp_path / "a.o", tmp_path / "a.s"], check=True)
    (tmp_path / "t.ld").write_text(RELATIVE_SCRIPT)
    done = subprocess.run(
        ["ld", "-o", tmp_path / "out", "-T", tmp_path / "t.ld", tmp_path / "a.o"],
        capture_output=True,
        text=True,
    )
    assert done.returncode == 0, done.stderr
    nm = subprocess.run(["nm", tmp_path / "out"], capture_output=True, text=True, check=True)
    got = {
        name: (int(value, 16), letter)
        for value, letter, name in (line.split() for line in nm.stdout.splitlines())
    }
    assert got == RELATIVE_RESULTS


def test_value_kinds() -> None:
    env = FakeEnv(
        section=".data",
        dot_value=0x8018,
        sections={".data": (0x8000, 0x9000, 0x18, 8)},
        symbols={"abs": SymbolValue(0x1000), "rel": SymbolValue(0x8004, ".data")},
    )
    number = evaluate(parse_expression("abs", "e"), env)
    assert number == Value(0x1000)  # an absolute symbol is a number inside a section
    assert number.resolve(env) == SymbolValue(0x9000, ".data")
    assert evaluate(parse_expression("rel", "e"), env) == Value(4, ".data")
    assert evaluate(parse_expression(".", "e"), env) == Value(0x18, ".data", from_dot=True)
    assert evaluate(parse_expression("LOADADDR(.data)", "e"), env) == Value(0x9000, ABSOLUTE)
    assert evaluate(parse_expression("SIZEOF(.data) + ALIGNOF(.data)", "e"), env) == Value(0x20)
    assert evaluate(parse_expression("ABSOLUTE(rel)", "e"), env).resolve(env) == SymbolValue(0x8004)
    env.section = None
    assert evaluate(parse_expression("abs", "e"), env) == Value(0x1000, ABSOLUTE)
    assert evaluate(parse_expression("abs", "e"), env, sane_expr=True) == Value(0x1000)
    assert evaluate(parse_expression("rel - ADDR(.data)", "e"), env) == Value(4, ABSOLUTE)


def test_builtins_ask_the_environment() -> None:
    env = FakeEnv(
        dot_value=0x401234,
        sections={".text": (0x401000, 0x1000, 0x234, 16)},
        symbols={"_start": SymbolValue(0x401000, ".text")},
        regions={"ram": (0x100000, 0x10000)},
        segments={"data-segment": 0x600000},
    )
    assert value_of("ADDR(.text)", env) == 0x401000
    assert value_of("LOADADDR(.text)", env) == 0x1000
    assert value_of("SIZEOF(.text)", env) == 0x234
    assert value_of("ALIGNOF(.text)", env) == 16
    assert value_of("ORIGIN(ram) + LENGTH(ram)", env) == 0x110000
    assert value_of("DEFINED(_start) + DEFINED(nope)", env) == 1
    assert value_of("ALIGN(0x1000)", env) == 0x402000
    assert value_of("NEXT(0x100)", env) == 0x401300
    assert value_of("SIZEOF_HEADERS", env) == 64 + 56 * 4
    assert value_of("CONSTANT(COMMONPAGESIZE)", env) == 0x1000
    assert value_of('SEGMENT_START("data-segment", 1)', env) == 0x600000
    assert value_of('SEGMENT_START("bss-segment", 7)', env) == 7
    assert value_of("DATA_SEGMENT_ALIGN(0x200000, 0x1000)", env) == 0x601234
    assert value_of("DATA_SEGMENT_RELRO_END(24, .)", env) == 0x401234
    assert value_of("DATA_SEGMENT_END(.)", env) == 0x401234
    assert value_of('ASSERT(1, "ok") + _start', env) == 0x401001
    assert value_of("0x80000000 + 0x80000000", env) == 0x100000000
    assert evaluate_int(parse_expression("0x80000000 + 0x80000000", "e"), env, bits=32) == 0
    assert evaluate_int(parse_expression("-1", "e"), env, bits=32) == 0xFFFFFFFF


def test_assignment_value_desugars_compound_operators() -> None:
    (a,) = parse("x <<= 2 + 1;").commands
    assert isinstance(a, Assignment)
    assert a.value == Binary("<<", Symbol("x"), Binary("+", Number(2), Number(1)))
    env = FakeEnv(symbols={"x": SymbolValue(1)})
    assert evaluate_int(a.value, env) == 8


# ---------------------------------------------------------------------------------------
# Patterns


@pytest.mark.parametrize(
    ("pattern", "name", "expected"),
    [
        (".text", ".text", True),
        (".text", ".text.foo", False),
        (".text.*", ".text.foo", True),
        (".text.*", ".text", False),
        ("*", "", True),
        ("*crtbegin.o", "/usr/lib/gcc/x86_64-linux-gnu/12/crtbegin.o", True),  # '/' is plain
        ("*crtbegin?.o", "/usr/lib/crtbeginS.o", True),
        ("*crtbegin?.o", "/usr/lib/crtbegin.o", False),
        (".data.[a-c]*", ".data.beta", True),
        (".data.[a-c]*", ".data.delta", False),
        (".data.[!a]*", ".data.beta", True),
        (".data.[^a]*", ".data.alpha", False),
        ("[]]x", "]x", True),
        ("\\*star", "*star", True),
        ("\\*star", "xstar", False),
        ("a[b", "a[b", True),  # no closing bracket: literal
        (".note.GNU-stack", ".note.GNU-stack", True),
        (".text$*", ".text$mn", True),
    ],
)
def test_glob_matching_is_fnmatch_without_flags(pattern: str, name: str, expected: bool) -> None:
    assert matches(pattern, name) is expected


@pytest.mark.parametrize(
    ("pattern", "path", "member", "expected"),
    [
        # "archive:file matches file within archive"
        ("libc.a:printf.o", "libc.a", "printf.o", True),
        ("libc.a:printf.o", "libc.a", "puts.o", False),
        ("*libc.a:p*.o", "/usr/lib/libc.a", "puts.o", True),
        # "archive: matches the whole archive"
        ("libc.a:", "libc.a", "anything.o", True),
        ("libc.a:", "libc.a", None, False),
        # ":file matches file but not one in an archive"
        (":main.o", "main.o", None, True),
        (":main.o", "libc.a", "main.o", False),
        ("*:main.o", "libc.a", "main.o", True),  # ... of any archive
        ("*:main.o", "main.o", None, False),
        # no colon: a wildcard matches a file's path or a member's own name
        ("*crt0.o", "/usr/lib/crt0.o", None, True),
        ("*crt0.o", "libc.a", "crt0.o", True),
        ("*libc.a", "/usr/lib/libc.a", "crt0.o", False),
        # a plain name is the file as given; an archive's name selects its members
        ("main.o", "main.o", None, True),
        ("main.o", "./main.o", None, False),
        ("libc.a", "libc.a", "printf.o", True),
        ("printf.o", "libc.a", "printf.o", False),
    ],
)
def test_file_patterns_follow_ld_walk_wild(
    pattern: str, path: str, member: str | None, expected: bool
) -> None:
    assert file_matches(pattern, path, member) is expected


def test_exclude_file_applies_per_pattern_or_to_the_whole_description() -> None:
    script = parse(
        """SECTIONS { .ctors : {
            *(EXCLUDE_FILE(*crtend.o) .ctors .dtors)
            EXCLUDE_FILE(*crtend.o libc.a:x.o) *(.init)
        } }"""
    )
    per_pattern, whole = inputs(section(script, ".ctors"))
    ctors, dtors = per_pattern.sections
    assert not ctors.matches(".ctors", "/usr/lib/crtend.o")
    assert ctors.matches(".ctors", "/usr/lib/crtbegin.o")
    assert dtors.matches(".dtors", "/usr/lib/crtend.o")
    assert not ctors.matches(".ctors", "libgcc.a", "crtend.o")  # a member by its own name
    assert whole.matches_file("main.o")
    assert not whole.matches_file("/x/crtend.o")
    assert not whole.matches_file("libc.a", "x.o")
    assert whole.matches_file("libc.a", "y.o")


# ---------------------------------------------------------------------------------------
# INCLUDE


def test_include_is_spliced_in_every_context(tmp_path: Path) -> None:
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "top.ld").write_text("ENTRY(from_include)\n")
    (tmp_path / "sections.ld").write_text(".rodata : { *(.rodata) }\n")
    (tmp_path / "body.ld").write_text("*(.text.hot)\n__hot_end = .;\n")
    (tmp_path / "memory.ld").write_text("ram : ORIGIN = 0, LENGTH = 1M\n")
    main = tmp_path / "main.ld"
    main.write_text(
        "INCLUDE sub/top.ld\n"
        "MEMORY { INCLUDE memory.ld }\n"
        "SECTIONS {\n"
        "  .text : { INCLUDE body.ld *(.text) }\n"
        "  INCLUDE sections.ld\n"
        "}\n"
    )
    script = parse_script(main.read_text(), str(main))
    assert script.entry == "from_include"
    assert script.commands[0].where.file == str(tmp_path / "sub" / "top.ld")
    assert isinstance(script.commands[1], Memory) and script.memory_regions[0].name == "ram"
    assert sections_of(script) == [".text", ".rodata"]
    text = section(script, ".text").commands
    assert [type(c).__name__ for c in text] == [
        "InputSectionDescription",
        "Assignment",
        "InputSectionDescription",
    ]
    assert str(text[1].where) == f"{tmp_path / 'body.ld'}:2:1"


def test_include_searches_the_include_dirs(tmp_path: Path) -> None:
    (tmp_path / "lib").mkdir()
    (tmp_path / "lib" / "common.ld").write_text("X = 1;")
    (tmp_path / "searched").mkdir()
    (tmp_path / "searched" / "more.ld").write_text("Y = 2;")
    script = parse_script(
        'INCLUDE common.ld\nSEARCH_DIR("' + str(tmp_path / "searched") + '")\nINCLUDE more.ld\n',
        str(tmp_path / "main.ld"),
        include_dirs=[str(tmp_path / "lib")],
    )
    assigned = [c.target for c in script.commands if isinstance(c, Assignment)]
    assert assigned == ["X", "Y"]


def test_missing_include_file_is_an_error_at_its_name(tmp_path: Path) -> None:
    main = tmp_path / "main.ld"
    with pytest.raises(
        LinkError,
        match=rf"^{re.escape(str(main))}:2:9: cannot find INCLUDE file 'nope.ld' \(looked in ",
    ):
        parse_script("X = 1;\nINCLUDE nope.ld\n", str(main))


def test_recursive_include_is_an_error(tmp_path: Path) -> None:
    (tmp_path / "a.ld").write_text("INCLUDE b.ld\n")
    (tmp_path / "b.ld").write_text("\n  INCLUDE a.ld\n")
    a = tmp_path / "a.ld"
    with pytest.raises(
        LinkError, match=r"b\.ld:2:3: recursive INCLUDE of 'a\.ld' \(a\.ld -> b\.ld -> a\.ld\)$"
    ):
        parse_script(a.read_text(), str(a))
    (tmp_path / "self.ld").write_text("INCLUDE self.ld")
    with pytest.raises(LinkError, match=r"self\.ld:1:1: recursive INCLUDE"):
        parse_script("INCLUDE self.ld", str(tmp_path / "main.ld"))


def test_include_depth_is_limited_like_ld(tmp_path: Path) -> None:
    for i in range(12):
        (tmp_path / f"d{i}.ld").write_text(f"INCLUDE d{i + 1}.ld\n")
    (tmp_path / "d12.ld").write_text("X = 1;\n")
    with pytest.raises(LinkError, match=r"d8\.ld:1:1: INCLUDE nested more than 10 deep$"):
        parse_script("INCLUDE d0.ld\n", str(tmp_path / "main.ld"))


def test_errors_in_an_included_file_name_that_file(tmp_path: Path) -> None:
    (tmp_path / "bad.ld").write_text("/* ok */\nX = 1\n")
    with pytest.raises(
        LinkError,
        match=r"bad\.ld:3:1: expected ';' after the assignment to 'X', found end of file$",
    ):
        parse_script("INCLUDE bad.ld", str(tmp_path / "main.ld"))


# ---------------------------------------------------------------------------------------
# Errors


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("x = 1\ny = 2;", "k.ld:2:1: expected ';' after the assignment to 'x', found 'y'"),
        ("x = FOO(1);", "k.ld:1:5: unknown function 'FOO'"),
        ("x = ALIGN;", "k.ld:1:10: expected '(' after ALIGN"),
        ("x = MAX(1);", "k.ld:1:5: MAX takes 2 arguments"),
        ("x = 08;", "k.ld:1:5: invalid number '08'"),
        ("x = 0x;", "k.ld:1:5: invalid number '0x'"),
        ("x = 12q;", "k.ld:1:5: invalid number '12q'"),
        (
            "x = CONSTANT(PAGESIZE);",
            "k.ld:1:14: unknown constant 'PAGESIZE' (MAXPAGESIZE or COMMONPAGESIZE)",
        ),
        ("/* open\n\n", "k.ld:1:1: unterminated comment: '/*' without '*/'"),
        ('ENTRY("_start)', "k.ld:1:7: unterminated string: '\"' without a closing '\"'"),
        ("x = 1 @ 2;", "k.ld:1:7: unexpected character '@'"),
        (". = 0x1000;", "k.ld:1:1: the location counter '.' can only be assigned inside SECTIONS"),
        (
            "SECTIONS {\n  .text { *(.text) }\n}",
            "k.ld:2:9: expected ':' after the output section name '.text'",
        ),
        (
            "SECTIONS {\n  .text : { *(.text) ",
            "k.ld:2:22: expected '}' to close output section '.text', found end of file",
        ),
        (
            "SECTIONS {\n  .text : {\n    *(.text)\n    KEEP(*(.init)\n  }\n}",
            "k.ld:5:3: expected ')' to close KEEP(, found '}'",
        ),
        ("SECTIONS { .t : { *() } }", "k.ld:1:20: expected section name patterns inside '()'"),
        (
            "SECTIONS { .t : { *(SORT(.a .b)) } }",
            "k.ld:1:29: expected ')' after the section pattern '.a' "
            "(a SORT takes one pattern), found '.b'",
        ),
        (
            "SECTIONS { .t : { *(SORT_NONE(SORT_BY_NAME(.a))) } }",
            "k.ld:1:44: SORT_NONE(SORT_BY_NAME(...)) is not a valid sort: "
            "only SORT_BY_NAME and SORT_BY_ALIGNMENT nest",
        ),
        (
            "SECTIONS { .t : { INPUT_SECTION_FLAGS(SHF_BOGUS) *(.t) } }",
            "k.ld:1:39: expected a section flag (SHF_...), found 'SHF_BOGUS'",
        ),
        ("SECTIONS { OVERLAY : { .a { *(.a) } } }", "k.ld:1:12: OVERLAY is not supported"),
        (
            "VERSION { V1 { global: *; }; }",
            "k.ld:1:1: VERSION (symbol versioning) is not supported",
        ),
        ("PHDRS { text PT_BOGUS; }", "k.ld:1:14: unknown program header type 'PT_BOGUS'"),
        (
            "PHDRS { text PT_LOAD FLAG(5); }",
            "k.ld:1:22: expected FILEHDR, PHDRS, AT(...), FLAGS(...) or ';' in program "
            "header 'text', found 'FLAG'",
        ),
        (
            "MEMORY { ram (rwq) : ORIGIN = 0, LENGTH = 1 }",
            "k.ld:1:17: invalid memory region attribute 'q'",
        ),
        (
            "MEMORY { ram : START = 0, LENGTH = 1 }",
            "k.ld:1:16: expected ORIGIN in memory region 'ram'",
        ),
        ("OUTPUT_FORMAT(a, b)", "k.ld:1:1: OUTPUT_FORMAT takes 1 or 3 format names"),
        ("FOO(bar)", "k.ld:1:1: expected a command or an assignment, found 'FOO'"),
        (
            "SECTIONS { .t 0x100 (BOGUS) : {} }",
            "k.ld:1:22: expected NOLOAD, DSECT, COPY, INFO, OVERLAY, READONLY or TYPE = ...",
        ),
        ("}", "k.ld:1:1: expected a command or an assignment, found '}'"),
    ],
)
def test_parse_errors_name_file_line_and_column(text: str, message: str) -> None:
    with pytest.raises(LinkError) as caught:
        parse_script(text, "k.ld")
    assert str(caught.value) == message


def test_evaluation_errors_name_the_expression() -> None:
    script = parse("SECTIONS {\n  x = 1 + nosuch;\n  y = 4 / (2 - 2);\n  z = SIZEOF(.gone);\n}")
    (sections,) = [c for c in script.commands if isinstance(c, Sections)]
    x, y, z = (item for item in sections.items if isinstance(item, Assignment))
    env = FakeEnv()
    with pytest.raises(
        LinkError, match=r"^t\.ld:2:11: undefined symbol 'nosuch' referenced in expression$"
    ):
        evaluate(x.expr, env)
    with pytest.raises(LinkError, match=r"^t\.ld:3:9: division by zero$"):
        evaluate(y.expr, env)
    with pytest.raises(
        LinkError, match=r"^t\.ld:4:7: undefined section '\.gone' referenced in expression$"
    ):
        evaluate(z.expr, env)
    with pytest.raises(LinkError, match=r"^e:1:1: undefined memory region 'rom' referenced"):
        value_of("ORIGIN(rom)")
    with pytest.raises(LinkError, match=r"^e:1:1: the message$"):
        value_of('ASSERT(0, "the message")')
    assert evaluate(parse_expression('ASSERT(0, "m")', "e"), env, check_asserts=False).value == 0
    inside = FakeEnv(section=".data", sections={})
    with pytest.raises(
        LinkError, match=r"^e:1:1: undefined section '\.data' referenced in expression$"
    ):
        value_of(".", inside)
    inside.sections[".data"] = (0x1000, 0x1000, 0, 1)
    with pytest.raises(
        LinkError, match=r"^e:1:1: DATA_SEGMENT_ALIGN is only allowed outside output section"
    ):
        value_of("DATA_SEGMENT_ALIGN(0x1000, 0x1000)", inside)


def test_environment_refusals_get_the_expression_location() -> None:
    class NotYet(FakeEnv):
        def section_size(self, name: str) -> int | None:
            raise ExpressionError(f"the size of '{name}' is not known yet")

    with pytest.raises(LinkError, match=r"^e:1:5: the size of '\.bss' is not known yet$"):
        value_of("1 + SIZEOF(.bss)", NotYet())


def test_parse_expression_is_for_defsym() -> None:
    assert parse_expression("base + 0x1000", "--defsym") == Binary(
        "+", Symbol("base"), Number(0x1000, 4)
    )
    with pytest.raises(
        LinkError, match=r"^--defsym:1:3: expected the end of the expression, found 'b'$"
    ):
        parse_expression("a b", "--defsym")


def test_where_is_not_part_of_node_identity() -> None:
    one = parse_expression("1 +\n 2", "x.ld")
    other = parse_expression("1 + 2", "y.ld")
    assert one == other
    assert isinstance(one, Binary) and str(one.right.where) == "x.ld:2:2"


def test_top_level_entry_assert_and_misc_nodes() -> None:
    script = parse(
        'ENTRY(a) SECTIONS { ENTRY(b) ASSERT(1, "ok") ; } ASSERT(2 > 1, "fine")\n'
        'LD_FEATURE("SANE_EXPR") TARGET(binary) OUTPUT(out.elf) STARTUP(crt0.o)'
    )
    assert script.entry == "b"
    assert EntryCommand("a") in script.commands
    assert AssertCommand(Binary(">", Number(2), Number(1)), "fine") in script.commands
    names = [type(c).__name__ for c in script.commands]
    assert names[-4:] == ["LdFeature", "Target", "Output", "Startup"]


def test_default_script_parses_in_a_few_milliseconds(ld_x86_64: Script) -> None:
    import time

    text = ld_default_script("-m", "elf_x86_64")
    start = time.perf_counter()
    for _ in range(10):
        parse_script(text, "elf_x86_64.x")
    assert (time.perf_counter() - start) / 10 < 0.1  # about 7 ms here


EXPR_TYPES = (Number, Symbol, Dot, Unary, Binary, Ternary, Call, NameCall, SegmentStart)


def test_every_expression_node_has_a_location() -> None:
    text = 'a ? -b : ALIGN(.) + SIZEOF(.x) + SEGMENT_START("s", 1) + "q" + 1'
    seen: list[str] = []

    def walk(e: Expr) -> None:
        assert e.where.file == "w" and e.where.line == 1
        seen.append(type(e).__name__)
        for value in e:  # a node is a named tuple of its fields
            for v in value if type(value) is tuple else (value,):  # (a tuple of nodes)
                if isinstance(v, EXPR_TYPES):
                    walk(v)

    walk(parse_expression(text, "w"))
    assert set(seen) == {t.__name__ for t in EXPR_TYPES}
