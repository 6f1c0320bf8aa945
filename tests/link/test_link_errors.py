"""`longmode link`'s errors: one paragraph a kernel author can act on (the file,
section, offset and symbol), exit status 2, and no output file left behind."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from support import run_longmode

GCC, AR = shutil.which("gcc"), shutil.which("ar")
pytestmark = pytest.mark.skipif(
    GCC is None or AR is None, reason="needs gcc and ar (installed by scripts/setup.sh)"
)


def _object(folder: Path, name: str, source: str) -> Path:
    """An object assembled by gas from ``source``."""
    assert GCC is not None
    text = folder / f"{name}.s"
    text.write_text(source)
    obj = folder / f"{name}.o"
    subprocess.run([GCC, "-c", "-x", "assembler", str(text), "-o", str(obj)], check=True)
    return obj


def _fails(folder: Path, *arguments: str) -> str:
    out = folder / "kernel.elf"
    done = run_longmode("link", *arguments, "-o", str(out))
    assert done.returncode == 2, done.stdout + done.stderr
    assert "Traceback" not in done.stderr and done.stderr.count("\n") == 1, done.stderr
    assert not out.exists()
    return done.stderr


def test_undefined_symbols_name_each_place(tmp_path: Path) -> None:
    obj = _object(tmp_path, "main", ".globl _start\n_start:\n call one\n call two\n call one\n")
    message = _fails(tmp_path, str(obj))
    assert f"`one` (referenced from {obj}(.text+0x1))" in message
    assert f"`two` (referenced from {obj}(.text+0x6))" in message


def test_an_archive_too_early_is_named(tmp_path: Path) -> None:
    assert AR is not None
    helper = _object(tmp_path, "helper", ".globl helper\nhelper: ret\n")
    subprocess.run([AR, "rcs", str(tmp_path / "libhelp.a"), str(helper)], check=True)
    main = _object(tmp_path, "main", ".globl _start\n_start:\n call helper\n")
    message = _fails(tmp_path, "-L", str(tmp_path), "-lhelp", str(main))
    assert f"{tmp_path}/libhelp.a(helper.o) defines it, but its archive came before" in message
    # after the object, or in a group, the member is loaded
    for order in (
        [str(main), "-L", str(tmp_path), "-lhelp"],
        ["-L", str(tmp_path), "--start-group", "-lhelp", str(main), "--end-group"],
    ):
        done = run_longmode("link", *order, "-o", str(tmp_path / "ok.elf"))
        assert done.returncode == 0, done.stderr


def test_duplicate_definitions_name_both_files(tmp_path: Path) -> None:
    first = _object(tmp_path, "first", ".globl _start\n_start: ret\n")
    second = _object(tmp_path, "second", ".globl _start\n_start: ret\n")
    message = _fails(tmp_path, str(first), str(second))
    assert f"duplicate definition of `_start`: in {first} (.text) and in {second} (.text)" in (
        message
    )
    # a weak definition gives way without an error
    weak = _object(tmp_path, "weak", ".weak _start\n_start: nop\n")
    done = run_longmode("link", str(weak), str(first), "-o", str(tmp_path / "ok.elf"))
    assert done.returncode == 0, done.stderr


def test_an_overflow_names_type_symbol_place_and_a_cause(tmp_path: Path) -> None:
    obj = _object(
        tmp_path,
        "far",
        ".globl _start\n_start:\n movq $kernel_data, %rax\n"
        ".data\n.globl kernel_data\nkernel_data: .quad 0\n",
    )
    script = tmp_path / "high.ld"
    script.write_text(
        "SECTIONS { . = 0xffff800000100000; .text : { *(.text) } .data : { *(.data) } }"
    )
    message = _fails(tmp_path, "-T", str(script), str(obj))
    assert (
        f"{obj}(.text+0x3): R_X86_64_32S cannot reach 0xffff800000100007 (`kernel_data`" in message
    )
    assert "compile with -mcmodel=kernel, or link below 2 GiB" in message


@pytest.mark.parametrize(
    ("script", "where"),
    [
        ("SECTIONS {\n  .text : { *(.text) \n  oops\n}\n", ":5:1: expected '}' to close SECTIONS"),
        (
            'SECTIONS { .text : { *(.text) } }\nASSERT(0, "no room")\n',
            ":2:1: ASSERT failed: no room",
        ),
        ("SECTIONS { .text : { *(.text) } x = UNKNOWN_SYMBOL; }\n", ":1:"),
    ],
)
def test_script_errors_say_file_line_and_column(tmp_path: Path, script: str, where: str) -> None:
    obj = _object(tmp_path, "k", ".globl _start\n_start: ret\n")
    path = tmp_path / "k.ld"
    path.write_text(script)
    message = _fails(tmp_path, "-T", str(path), str(obj))
    assert f"{path}{where}" in message


def test_bad_inputs_and_options_are_one_line(tmp_path: Path) -> None:
    obj = _object(tmp_path, "k", ".globl _start\n_start: ret\n")
    data = obj.read_bytes()
    cut = tmp_path / "cut.o"
    cut.write_bytes(data[:100])
    assert str(cut) in _fails(tmp_path, str(cut))
    text = tmp_path / "notes.txt"
    text.write_text("hello")
    assert "not an ELF relocatable object or an ar archive" in _fails(tmp_path, str(text))
    assert "unknown or unsupported option '--frobnicate'" in _fails(
        tmp_path, "--frobnicate", str(obj)
    )
    assert "cannot find -lnothere" in _fails(tmp_path, "-lnothere", str(obj))
    assert "no input files" in _fails(tmp_path)


@pytest.mark.parametrize("relocations", [".rela.text", ".rela.debug_info"])
def test_a_damaged_relocation_of_a_kept_section_is_one_line(
    tmp_path: Path, relocations: str
) -> None:
    """Relocations are read when the link needs them (debug information's while it
    is patched, in bulk): a bad one is still named, and nothing is written."""
    from elftools.elf.elffile import ELFFile

    source = (
        ".globl _start\n_start: call f\n"
        '.section .text.f,"ax",@progbits\nf: ret\n'
        '.section .debug_info,"",@progbits\n.quad f\n.long 0\n'
    )
    obj = _object(tmp_path, "k", source)
    with obj.open("rb") as stream:
        offset = ELFFile(stream).get_section_by_name(relocations)["sh_offset"]
    data = bytearray(obj.read_bytes())
    data[offset + 12 : offset + 16] = (9999).to_bytes(4, "little")  # r_info's symbol
    obj.write_bytes(data)
    message = _fails(tmp_path, "-e", "_start", str(obj))
    assert f"({relocations}): relocation 0" in message
    assert "names symbol 9999, past the symbol table" in message


def test_the_output_never_replaces_an_input(tmp_path: Path) -> None:
    obj = _object(tmp_path, "k", ".globl _start\n_start: ret\n")
    before = obj.read_bytes()
    done = run_longmode("link", str(obj), "-o", str(obj))
    assert done.returncode == 2 and obj.read_bytes() == before, done.stderr


@pytest.mark.parametrize(
    ("source", "script", "message"),
    [
        (
            ".globl _start\n_start: ret\n",
            "MEMORY { ram : ORIGIN = 0x100000, LENGTH = 1M }\n"
            "SECTIONS { .text : { *(.text) } > ram }\n",
            ":2:12: memory regions (> REGION, AT> REGION) are not done yet",
        ),
        (
            '.globl _start\n_start: ret\n.section .tdata,"awT"\n.quad 1\n',
            "SECTIONS { . = 0x100000; .text : { *(.text) } .tdata : { *(.tdata) } }\n",
            "thread-local storage (.tdata/.tbss, PT_TLS) is not done yet",
        ),
    ],
)
def test_what_is_not_done_is_refused_not_guessed(
    tmp_path: Path, source: str, script: str, message: str
) -> None:
    obj = _object(tmp_path, "k", source)
    path = tmp_path / "k.ld"
    path.write_text(script)
    assert message in _fails(tmp_path, "-T", str(path), str(obj))
