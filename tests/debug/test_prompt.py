"""`longmode debug`: the prompt, scripted through stdin, on the seed kernel."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest

from support import KERNEL_CRATE, LD, NASM, nasm_kernel, run_longmode


def _session(target: Path, commands: list[str], *options: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "longmode", "debug", str(target), *options],
        input="".join(f"{command}\n" for command in commands),
        capture_output=True,
        text=True,
        timeout=300,
    )


def _line_of(needle: str) -> int:
    """The line of the seed kernel's main.rs that holds ``needle``."""
    lines = (KERNEL_CRATE / "src" / "main.rs").read_text().splitlines()
    return next(n for n, text in enumerate(lines, 1) if needle in text)


def _answers(output: str) -> dict[str, list[str]]:
    """Each command echoed after the prompt, with the lines it printed."""
    answers: dict[str, list[str]] = {}
    current: list[str] = []
    for line in output.splitlines():
        if line.startswith("(longmode) "):
            current = answers.setdefault(line.removeprefix("(longmode) "), [])
        else:
            current.append(line)
    return answers


def test_a_scripted_session_breaks_steps_looks_and_goes_back(seed_kernel: Path) -> None:
    line = _line_of("let mut screen")
    done = _session(
        seed_kernel,
        [
            f"break main.rs:{line}",
            "continue",
            "regs",
            "stepi 3",
            "disasm $rip 2",
            "reverse-stepi 3",
            "x $rsp 2",
            "sregs",
            "info pagewalk 0x100000",
            "info gdt",
            "info tlb",
            "bt",
            "watch seed_kernel::vga::CURSOR 8",
            "c",
            "reverse-continue",
            "bt",
            "unwatch seed_kernel::vga::CURSOR 8",
            "next",
            "finish",
            "break no_such_symbol",
            "stepi many",
            "frobnicate",
            "help reverse-stepi",
            "quit",
        ],
    )
    assert done.returncode == 0, done.stderr
    answers = _answers(done.stdout)
    assert answers[f"break main.rs:{line}"] == [
        f"breakpoint at 0x100004 <_start+0x4> (main.rs:{line})"
    ]
    stopped = answers["continue"][0]
    assert stopped.startswith(f"breakpoint, at 0x100004 <_start+0x4> (main.rs:{line}), ")
    at_break = int(stopped.split(", ")[-1].split()[0])
    assert any(text.startswith("RIP=0000000000100004") for text in answers["regs"])
    assert answers["stepi 3"][0].endswith(f", {at_break + 3} instructions")
    assert answers["disasm $rip 2"][1].startswith("=> ")
    assert answers["reverse-stepi 3"] == [
        f"stepped, at 0x100004 <_start+0x4> (main.rs:{line}), {at_break} instructions"
    ]
    assert answers["x $rsp 2"][0].startswith("0xffffff0000010fc0: ")
    assert any(text.startswith("CR0=0x80010011") for text in answers["sregs"])
    assert answers["info pagewalk 0x100000"][-1] == "→ physical 0x100000 (2 MiB page)"
    assert "  0x0008: 64-bit code, DPL 0, raw 0x00af9a000000ffff" in answers["info gdt"]
    # the seed's page tables: 4 GiB identity-mapped, the same again in the upper half
    assert answers["info tlb"][:2] == [
        "0x0000000000000000-0x0000000100000000 → 0x0 (4 GiB) rwx supervisor",
        "0xffff800000000000-0xffff800100000000 → 0x0 (4 GiB) rwx supervisor",
    ]
    assert answers["bt"][0] == f"#0 0x100004 <_start+0x4> (main.rs:{line})"
    # in atomic_store, called through Writer::write_byte and write_str from _start: a
    # debug build keeps no frame pointers, so each caller comes from .debug_frame
    second = next(i for i, text in enumerate(answers["bt"]) if i and text.startswith("#0 "))
    deep = answers["bt"][second:]
    assert deep[0].startswith("#0 ") and "atomic_store" in deep[0]
    assert any("<<seed_kernel::vga::Writer>::write_byte+" in frame for frame in deep)
    assert re.match(
        rf"#{len(deep) - 1} 0x[0-9a-f]+ <_start\+0x[0-9a-f]+> \(main.rs:\d+\)", deep[-1]
    )
    written = answers["c"][0]
    assert written.startswith("watchpoint: write at 0x")
    back = answers["reverse-continue"][0]
    assert back.startswith("watchpoint: write at 0x")
    # back before the write: one instruction earlier
    assert int(back.split(", ")[-1].split()[0]) == int(written.split(", ")[-1].split()[0]) - 1
    # reverse-continue left the guest in atomic_store, before the write: next goes to
    # its following source line, finish back out to its caller
    assert "atomic_store" in back
    before = re.search(r"\(\w+\.rs:\d+\)", back)
    after = re.search(r"\(\w+\.rs:\d+\)", answers["next"][0])
    assert before is not None and after is not None and before.group() != after.group()
    assert answers["next"][0].startswith("stepped, at 0x") and "atomic_store" in answers["next"][0]
    assert answers["finish"][0].startswith("stepped, at 0x")
    assert "atomic_store" not in answers["finish"][0]
    assert answers["break no_such_symbol"] == ["error: no symbol 'no_such_symbol' in the kernel"]
    assert answers["stepi many"] == ["error: the count must be a number, not 'many'"]
    assert answers["frobnicate"] == ["error: unknown command 'frobnicate': 'help' lists them"]
    assert answers["help reverse-stepi"] == ["reverse-stepi [N] (rsi): go back N instructions (1)"]


def test_a_target_that_is_not_there_is_a_clear_error(tmp_path: Path) -> None:
    done = _session(tmp_path / "missing.elf", ["quit"])
    assert done.returncode == 2
    assert "missing.elf" in done.stderr and "Traceback" not in done.stderr


def test_the_prompt_shows_the_chips_and_traces_ports_and_bios_calls(seed_kernel: Path) -> None:
    line = _line_of("Com1::init()")
    done = _session(
        seed_kernel,
        [
            "info pic",
            "info pit",
            "info devices",
            "info apic",
            "info ioapic",
            "info ata",
            "info tss",
            "trace bios on",
            f"break main.rs:{line}",
            "continue",
            "trace bios off",
            "trace io on",
            "next",
            "trace io off",
            "trace sideways on",
            "quit",
        ],
    )
    assert done.returncode == 0, done.stderr
    answers = _answers(done.stdout)
    assert answers["info pic"][0].startswith("pic-master: vectors 0x08-0x0f, IRR ")
    assert answers["info pit"][0].startswith("counter 0: mode 3, reload 65536")
    assert "com1: ports 0x3f8+8" in answers["info devices"]
    assert "lapic: ports none, MMIO 0xfee00000+0x1000" in answers["info devices"]
    # as the BIOS leaves them: the local APIC on, in virtual wire mode; the I/O APIC's
    # pins all masked; the boot disk the primary master
    lint0 = "LVT LINT0 0x00008700: vector 0x00, extint"
    assert any(text.startswith(lint0) for text in answers["info apic"])
    assert sum("masked" in text for text in answers["info ioapic"]) >= 1
    assert answers["info ata"][0].startswith("ata-primary: ports 0x1f0/0x3f6, device 0 selected")
    assert answers["info ata"][1].startswith("  device 0: ")
    assert answers["info tss"][0].startswith("error: no 64-bit TSS is loaded")
    assert "  BIOS INT 13h AH=42h" in answers["continue"]  # our bootloader reading the disk
    # COM1's initialisation, port by port, as the kernel writes it
    assert any(text.startswith("  out 0x03f9 -> 0x0 at 0x") for text in answers["next"])
    assert answers["trace sideways on"] == ["error: trace int|io|bios on|off"]


def test_the_magic_breakpoint_stops_where_the_kernel_asks(tmp_path: Path) -> None:
    if NASM is None or LD is None:
        pytest.skip("needs nasm and GNU ld")
    source = """bits 64
global _start
section .text
_start:
    mov eax, 1
    xchg bx, bx                     ; stop here, debugger
    mov eax, 2
    hlt
"""
    kernel = nasm_kernel(tmp_path, "magic", source)
    done = _session(kernel, ["continue", "regs", "quit"], "--magic-break")
    assert done.returncode == 0, done.stderr
    assert "magic breakpoint (xchg bx, bx) at 0x200005 <_start+0x5> (magic.asm:6)" in done.stdout
    answers = _answers(done.stdout)
    assert answers["continue"][0].startswith("breakpoint, at 0x200005 <_start+0x5> (magic.asm:6)")
    assert answers["regs"][0].startswith("RAX=0000000000000001")
    image = tmp_path / "magic.img"
    assert run_longmode("image", kernel, "-o", image).returncode == 0
    without = _session(image, ["quit"], "--magic-break")  # an image, and no --symbols
    assert without.returncode == 2
    assert "--magic-break needs the kernel's ELF (or --symbols)" in without.stderr
    assert "Traceback" not in without.stderr
