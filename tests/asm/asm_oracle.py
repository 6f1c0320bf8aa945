"""NASM as a test oracle: run /usr/bin/nasm on a source and summarise ELF objects."""

from __future__ import annotations

import io
import os
import re
import shutil
import subprocess
import tempfile
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import pytest
from elftools.elf.elffile import ELFFile
from elftools.elf.relocation import RelocationSection

NASM = shutil.which("nasm") or "/usr/bin/nasm"
HAVE_NASM = os.path.exists(NASM)
needs_nasm = pytest.mark.skipif(not HAVE_NASM, reason="nasm (the test oracle) is not installed")

HERE = Path(__file__).resolve().parent
SOURCES = HERE / "sources"
DATA = HERE / "data"


def run_nasm(source: str, fmt: str = "bin", name: str = "in.asm") -> bytes:
    """NASM's output for ``source`` (raises AssertionError with NASM's messages on failure)."""
    with tempfile.TemporaryDirectory() as tmp:
        (Path(tmp) / name).write_text(source)
        done = subprocess.run(
            [NASM, "-f", fmt, "-o", "out", name], capture_output=True, text=True, cwd=tmp
        )
        assert done.returncode == 0, done.stderr
        return (Path(tmp) / "out").read_bytes()


def nasm_result(
    source: str, fmt: str = "bin", options: Sequence[str] = ()
) -> tuple[bytes | None, list[str]]:
    """NASM's output (None when it fails) and its messages as ``line: severity: text``,
    without the file name and without the ``[-w+...]`` tag of a warning."""
    with tempfile.TemporaryDirectory() as tmp:
        (Path(tmp) / "in.asm").write_text(source)
        done = subprocess.run(
            [NASM, *options, "-f", fmt, "-o", "out", "in.asm"],
            capture_output=True,
            text=True,
            cwd=tmp,
        )
        messages = [
            re.sub(r" \[-w\+[a-z-]+\]$", "", line.split(":", 1)[1].strip())
            for line in done.stderr.splitlines()
            if re.match(r"in\.asm:\d+: (warning|error|fatal):", line)
        ]
        output = (Path(tmp) / "out").read_bytes() if done.returncode == 0 else None
        return output, messages


def nasm_listing(source: str, fmt: str = "bin") -> str:
    """NASM's listing of ``source`` (``-l``), without its warning lines and the spaces
    at the ends of lines."""
    with tempfile.TemporaryDirectory() as tmp:
        (Path(tmp) / "in.asm").write_text(source)
        subprocess.run(
            [NASM, "-f", fmt, "-o", "out", "-l", "in.lst", "in.asm"], capture_output=True, cwd=tmp
        )
        lines = (Path(tmp) / "in.lst").read_text().splitlines()
        return "".join(line.rstrip() + "\n" for line in lines if "*****" not in line)


def run_nasm_file(path: Path, fmt: str = "bin", options: Sequence[str] = ()) -> bytes:
    """NASM's output for an existing file, run from its directory as ``nasm NAME``."""
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "out"
        done = subprocess.run(
            [NASM, *options, "-f", fmt, "-o", str(out), path.name],
            capture_output=True,
            text=True,
            cwd=path.parent,
        )
        assert done.returncode == 0, done.stderr
        return out.read_bytes()


def nasm_errors(source: str, fmt: str = "bin") -> list[str]:
    """NASM's error lines for ``source`` (``line: error: message``), file names removed."""
    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / "in.asm"
        src.write_text(source)
        done = subprocess.run(
            [NASM, "-f", fmt, "-o", str(Path(tmp) / "out"), str(src)],
            capture_output=True,
            text=True,
        )
        return [
            line.split(":", 1)[1].strip()
            for line in done.stderr.splitlines()
            if ": error:" in line or ": fatal:" in line
        ]


def elf_summary(blob: bytes) -> dict[str, Any]:
    """What must agree between two ELF objects: sections, symbols, relocations."""
    elf = ELFFile(io.BytesIO(blob))
    sections = list(elf.iter_sections())
    summary: dict[str, Any] = {
        "class": elf.elfclass,
        "machine": elf["e_machine"],
        "sections": [
            (
                s.name,
                s["sh_type"],
                s["sh_flags"],
                s["sh_size"],
                s["sh_addralign"],
                s["sh_entsize"],
                None if s["sh_type"] == "SHT_NOBITS" else s.data(),
            )
            for s in sections
            if s["sh_type"] not in ("SHT_NULL", "SHT_SYMTAB", "SHT_STRTAB", "SHT_RELA", "SHT_REL")
        ],
    }
    symtab = elf.get_section_by_name(".symtab")
    symbols = []
    for sym in symtab.iter_symbols():
        shndx = sym["st_shndx"]
        where = sections[shndx].name if isinstance(shndx, int) else shndx
        info = sym["st_info"]
        symbols.append(
            (sym.name, sym["st_value"], sym["st_size"], info["bind"], info["type"], where)
        )
    summary["symbols"] = symbols
    relocations = []
    for s in sections:
        if isinstance(s, RelocationSection):
            for rel in s.iter_relocations():
                sym = symtab.get_symbol(rel["r_info_sym"])
                shndx = sym["st_shndx"]  # symbol 0 (SHN_UNDEF) for a branch to a number
                name = sym.name or (sections[shndx].name if isinstance(shndx, int) else "")
                addend = rel["r_addend"] if rel.is_RELA() else None
                relocations.append((s.name, rel["r_offset"], rel["r_info_type"], name, addend))
    summary["relocations"] = relocations
    return summary


def ours_result(source: str, fmt: str = "bin") -> tuple[bytes | None, list[str]]:
    """Our output (None on failure) and messages in the form nasm_result gives."""
    from longmode.asm import AsmError, assemble_source

    try:
        result = assemble_source(source, filename="in.asm", fmt=fmt)
    except AsmError as err:
        return None, [f"{d.line}: {d.severity}: {d.message}" for d in err.diagnostics]
    return result.output, [f"{d.line}: {d.severity}: {d.message}" for d in result.warnings]


def ours_quickly(source: str, fmt: str = "bin") -> tuple[bytes | None, list[str]]:
    """:func:`ours_result`, which must answer within ten seconds: a guard against a
    hang or a byte-at-a-time loop over a 256 MiB output, not a speed test (a loaded
    2-core host took 2 s for what takes 0.3 s alone)."""
    import time

    start = time.perf_counter()
    result = ours_result(source, fmt)
    elapsed = time.perf_counter() - start
    assert elapsed < 10.0, f"took {elapsed:.1f} s"
    return result
