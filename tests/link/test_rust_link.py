"""longmode's linker as rustc's: the seed kernel built by cargo with longmode-ld
as its linker boots, and is what GNU ld makes of the same objects and rlibs."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from test_link_vs_ld import LD, _entry, _loads, _sections, _symbols

from longmode.toolchain.cargo import BuildRequest, cargo_command
from longmode.toolchain.discover import find_toolchain

from support import KERNEL_CRATE, run_longmode

HERE = Path(__file__).parent


def _contents(elf: Path) -> dict[str, bytes]:
    """Each section's bytes, by name (not the symbol and string tables)."""
    from elftools.elf.elffile import ELFFile

    with elf.open("rb") as stream:
        return {
            section.name: section.data()
            for section in ELFFile(stream).iter_sections()
            if section["sh_type"] not in ("SHT_NULL", "SHT_NOBITS", "SHT_SYMTAB", "SHT_STRTAB")
        }


LONGMODE_LD = Path(sys.executable).parent / "longmode-ld"


@pytest.mark.skipif(LD is None or not LONGMODE_LD.exists(), reason="needs GNU ld and longmode-ld")
def test_the_seed_kernel_linked_by_longmode_is_gnu_lds_and_boots(tmp_path: Path) -> None:
    crate = tmp_path / "kernel"
    shutil.copytree(KERNEL_CRATE, crate, ignore=shutil.ignore_patterns("target"))
    record = tmp_path / "inputs"
    environment = {
        # cargo's linker for the seed's target: records rustc's inputs, then longmode-ld
        "CARGO_TARGET_X86_64_LONGMODE_LINKER": str(HERE / "record_linker.sh"),
        "LONGMODE_LINK_RECORD": str(record),
        "LONGMODE_LD": str(LONGMODE_LD),
    }
    done = run_longmode("build", crate, env=environment)
    assert done.returncode == 0, done.stderr
    ours = Path(done.stdout.split()[-1])
    arguments = [
        a for a in (record / "args").read_text().splitlines() if a not in ("-flavor", "gnu")
    ]
    output = arguments.index("-o") + 1
    theirs = tmp_path / "gnu-ld.elf"
    arguments[output] = str(theirs)
    assert LD is not None
    subprocess.run([LD, *arguments], check=True)
    # rustc's command line: objects, the crate's rlib, core and compiler_builtins
    assert sum(a.endswith(".rlib") for a in arguments) >= 3 and "--gc-sections" in arguments
    for elf in (theirs, ours):
        subprocess.run(
            ["objcopy", "-O", "binary", str(elf), str(elf.with_suffix(".bin"))], check=True
        )
    assert theirs.with_suffix(".bin").read_bytes() == ours.with_suffix(".bin").read_bytes()
    assert _sections(theirs) == _sections(ours)
    # every section's bytes, debug information included (dropped code's references
    # get ld's tombstones; .debug_str is merged as ld merges it)
    assert _contents(theirs) == _contents(ours)
    assert _symbols(theirs) == _symbols(ours)
    assert (_entry(theirs), _loads(theirs)) == (_entry(ours), _loads(ours))
    ran = run_longmode("run", ours, "--display", "none")
    assert ran.stdout == "Hello World!\n", ran.stderr
    # ld.lld (rust-lld) on the same inputs: the differences are the listed ones
    lld = shutil.which("ld.lld") or shutil.which("rust-lld")
    if lld is not None:
        llvm = tmp_path / "lld.elf"
        arguments[output] = str(llvm)
        flavor = ["-flavor", "gnu"] if Path(lld).name == "rust-lld" else []
        subprocess.run([lld, *flavor, *arguments], check=True)
        listed = {
            line.split(";")[0].strip()
            for line in LLD_DIFFERENCES.read_text().splitlines()
            if line.strip() and not line.startswith("#")
        }
        assert _section_differences(_sections(llvm), _sections(ours)) == listed


LLD_DIFFERENCES = HERE / "lld_known_differences.txt"


def _section_differences(
    lld: list[tuple[str, int, int, str]], ours: list[tuple[str, int, int, str]]
) -> set[str]:
    """What differs between two lists of allocated sections, as lines of
    lld_known_differences.txt name it."""
    theirs_by_name = {s[0]: s for s in lld}
    ours_by_name = {s[0]: s for s in ours}
    found = {f"only in ld.lld: {n}" for n in theirs_by_name.keys() - ours_by_name.keys()}
    found |= {f"only in longmode: {n}" for n in ours_by_name.keys() - theirs_by_name.keys()}
    for name in theirs_by_name.keys() & ours_by_name.keys():
        (_, address_a, size_a, flags_a), (_, address_b, size_b, flags_b) = (
            theirs_by_name[name],
            ours_by_name[name],
        )
        if address_a != address_b:
            found.add(f"{name} address")
        if size_a != size_b:
            found.add(f"{name} size")
        if flags_a != flags_b:
            found.add(f"{name} flags")
    return found


def test_build_names_longmode_ld_as_the_linker_when_asked(tmp_path: Path) -> None:
    toolchain = find_toolchain()
    spec = tmp_path / "x86_64-longmode.json"
    request = BuildRequest(crate=KERNEL_CRATE, linker="longmode")
    command = cargo_command(toolchain, request, spec, False)
    assert f'target.x86_64-longmode.linker="{LONGMODE_LD}"' in command
    plain = cargo_command(toolchain, BuildRequest(crate=KERNEL_CRATE), spec, False)
    assert not any("linker=" in part for part in plain)


CRATES = KERNEL_CRATE.parent / "tests" / "crates"


@pytest.mark.skipif(not LONGMODE_LD.exists(), reason="needs longmode-ld")
def test_a_position_independent_kernel_linked_by_longmode_boots(tmp_path: Path) -> None:
    """rustc's x86_64-unknown-none links with -pie: the bootloader_api 0.11 test kernel,
    linked by longmode-ld, carries its R_X86_64_RELATIVE relocations in .rela.dyn
    (found through PT_DYNAMIC), which our loader applies, and boots."""
    crate = tmp_path / "bootloader_api_kernel"
    shutil.copytree(
        CRATES / "bootloader_api_kernel", crate, ignore=shutil.ignore_patterns("target")
    )
    done = run_longmode("build", crate, "--linker", "longmode")
    assert done.returncode == 0, done.stderr
    kernel = Path(done.stdout.split()[-1])
    header = subprocess.run(["readelf", "-hdrW", str(kernel)], capture_output=True, text=True)
    assert "DYN (" in header.stdout and "FLAGS_1" in header.stdout and "PIE" in header.stdout
    relocations = header.stdout.count("R_X86_64_RELATIVE")
    assert relocations > 100, header.stdout[-2000:]
    assert "Linker: LLD" not in kernel.read_bytes().decode("latin-1")
    ran = run_longmode("run", kernel, "--display", "none")
    assert ran.returncode == 33, ran.stdout + ran.stderr
    assert ran.stdout.splitlines()[-1] == "checks: ok"
