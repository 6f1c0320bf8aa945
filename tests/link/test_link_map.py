"""`longmode link -Map FILE`: the archive members loaded and why, the sections left
out and why, each kept section with the reason --gc-sections kept it."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from support import run_longmode

GCC, AR = shutil.which("gcc"), shutil.which("ar")
pytestmark = pytest.mark.skipif(GCC is None or AR is None, reason="needs gcc and ar")

MAIN = """
    .section .text.start, "ax"
    .globl _start
_start:
    call helper
    hlt
    .section .text.unused, "ax"
unused:
    ret
"""
HELPER = """
    .section .text.helper, "ax"
    .globl helper
helper:
    ret
    .section .text.other, "ax"
    .globl other
other:
    ret
"""
SCRIPT = """ENTRY(_start)
SECTIONS {
    . = 0x100000;
    .text : { *(.text.start) *(.text.*) }
    /DISCARD/ : { *(.comment) *(.note*) }
}
"""


def test_the_map_says_what_was_loaded_kept_and_dropped(tmp_path: Path) -> None:
    assert GCC is not None and AR is not None
    objects = {}
    for name, source in (("main", MAIN), ("helper", HELPER)):
        (tmp_path / f"{name}.s").write_text(source)
        objects[name] = tmp_path / f"{name}.o"
        subprocess.run(
            [GCC, "-c", "-x", "assembler", str(tmp_path / f"{name}.s"), "-o", str(objects[name])],
            check=True,
        )
    subprocess.run([AR, "rcs", str(tmp_path / "libhelper.a"), str(objects["helper"])], check=True)
    (tmp_path / "k.ld").write_text(SCRIPT)
    map_file = tmp_path / "kernel.map"
    done = run_longmode(
        "link", "--gc-sections", "-T", tmp_path / "k.ld", objects["main"],
        tmp_path / "libhelper.a", "-Map", map_file, "-o", tmp_path / "kernel.elf",
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    text = map_file.read_text()
    archive = tmp_path / "libhelper.a"
    assert f"  {archive}(helper.o): helper" in text  # the member and what pulled it in
    assert (
        f"{objects['main']}(.text.unused)  0x1 bytes  --gc-sections: nothing kept refers to it"
        in (text)
    )
    assert f"{archive}(helper.o)(.text.other)  0x1 bytes  --gc-sections" in text
    assert "kept: the entry symbol _start" in text
    main = objects["main"]
    assert f"(.text.helper)  kept: `helper`, referred to by {main}(.text.start)" in text
    assert "      0x0000000000100006   helper" in text  # its symbol, where it landed
    assert "Entry point: 0x100000 (_start)" in text
