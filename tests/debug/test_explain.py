"""Triple faults explained: error codes in words, CR2 and its page walk, the source
line from DWARF, the registers, and hints for the usual mistakes."""

from __future__ import annotations

from pathlib import Path

import pytest

from longmode.debug.explain import page_fault_code, selector_code

from support import LD, NASM, nasm_kernel, run_longmode

needs_tools = pytest.mark.skipif(
    NASM is None or LD is None, reason="needs nasm and GNU ld (installed by scripts/setup.sh)"
)


def test_page_fault_error_codes_in_words() -> None:
    assert page_fault_code(0x2) == "write to a not-present page, supervisor mode"
    assert page_fault_code(0x5) == "read of a present page (a protection violation), user mode"
    assert page_fault_code(0x11).startswith("instruction fetch from a present page")
    assert "reserved bit" in page_fault_code(0x9)


def test_selector_error_codes_in_words() -> None:
    assert selector_code(0x72) == "IDT entry 0xe (vector 0xe)"
    assert selector_code(0x1234) == "LDT entry 582 (selector 0x1234)"
    assert selector_code(0x18) == "GDT entry 3 (selector 0x18)"
    assert selector_code(0x43).endswith("raised while delivering an external event (EXT)")
    assert selector_code(0).startswith("no selector")


def _kernel(tmp_path: Path, source: str) -> Path:
    return nasm_kernel(tmp_path, "kernel", source)


@needs_tools
def test_a_page_fault_without_an_idt_is_explained_down_to_the_source_line(
    tmp_path: Path,
) -> None:
    source = """bits 64
global _start
section .text
_start:
    mov rax, 0x40000000000          ; far above anything mapped
    mov qword [rax], 1              ; a write to a page that is not there
    hlt
"""
    done = run_longmode("run", _kernel(tmp_path, source), "--display", "none")
    assert done.returncode == 3
    report = done.stderr
    assert "1. #PF page fault, error code 0x2" in report
    assert "write to a not-present page, supervisor mode" in report
    assert "(kernel.asm:6)" in report  # the mov, as NASM's line table says
    assert "CR2 = 0x40000000000" in report
    assert "PML4[0x8]" in report and ": not present" in report
    assert "which raised #GP general protection (IDT entry 0xe (vector 0xe))" in report
    assert "2. #DF double fault" in report
    assert "RAX=0000040000000000" in report
    assert "Hint: no IDT is loaded" in report
    assert "Traceback" not in report


@needs_tools
def test_an_irq_on_an_exception_vector_hints_at_the_pic(tmp_path: Path) -> None:
    source = """bits 64
global _start
section .text
_start:
    lidt [rel idtr]                 ; 256 gates, none present
    sti                             ; the BIOS left the PIC at vectors 8-15
.wait:
    hlt
    jmp .wait
section .data
idtr:
    dw 256 * 16 - 1
    dq idt
section .bss
idt:
    resb 256 * 16
"""
    done = run_longmode("run", _kernel(tmp_path, source), "--display", "none")
    assert done.returncode == 3
    report = done.stderr
    assert "1. external interrupt (IRQ) on vector 0x8" in report
    assert "the PIC is probably not remapped" in report
    assert "Hint: no IDT is loaded" not in report


@needs_tools
def test_the_root_machine_explains_its_last_triple_fault(tmp_path: Path) -> None:
    from longmode import Machine

    source = "bits 64\nglobal _start\nsection .text\n_start:\n    ud2\n"
    machine = Machine(memory="32M", kernel=_kernel(tmp_path, source))
    assert machine.explain() is None
    assert machine.run().exit_status == 3
    text = machine.explain()
    assert text is not None
    assert "1. #UD invalid opcode" in text and "at 0x200000 <_start> (kernel.asm:5)" in text


def _halting_handler(tmp_path: Path, vector: int, fault: tuple[str, str]) -> Path:
    """A kernel whose handler for exception ``vector`` reports nothing and halts,
    raised by the two lines ``fault`` (lines 16-17; the handler's ``hlt`` is 21)."""
    return _kernel(
        tmp_path,
        f"""bits 64
global _start:function (_start.end - _start)
global handler:function (handler.end - handler)
section .text
_start:
    lea rax, [rel handler]
    lea rdi, [rel idt + {vector} * 16]
    mov [rdi], ax
    mov word [rdi + 2], 0x08
    mov byte [rdi + 5], 0x8E
    shr rax, 16
    mov [rdi + 6], ax
    shr rax, 16
    mov [rdi + 8], eax
    lidt [rel idtr]
    {fault[0]}
    {fault[1]}
.end:
handler:
    cli
    hlt
    jmp handler
.end:
section .data
idtr:
    dw 256 * 16 - 1
    dq idt
section .bss
alignb 16
idt:
    resb 256 * 16
""",
    )


@needs_tools
def test_a_halt_after_an_exception_names_the_last_exception(tmp_path: Path) -> None:
    done = run_longmode("run", _halting_handler(tmp_path, 6, ("nop", "ud2")), "--display", "none")
    assert done.returncode == 0  # halted with interrupts off
    assert "The last exception the guest took: #UD invalid opcode, at 0x" in done.stderr
    assert "(kernel.asm:17)" in done.stderr


@needs_tools
def test_a_halt_after_a_page_fault_shows_the_walk_and_the_call_stack(tmp_path: Path) -> None:
    fault = ("mov rax, 0x10000000000", "mov byte [rax], 1")  # 1 TiB: PML4 entry 2, not present
    done = run_longmode("run", _halting_handler(tmp_path, 14, fault), "--display", "none")
    assert done.returncode == 0, done.stderr
    report = done.stderr
    assert "The last exception the guest took: #PF page fault, error code 0x2 " in report
    assert "(write to a not-present page, supervisor mode), at 0x" in report
    assert "(kernel.asm:17); CR2 = 0x10000000000." in report
    assert "The walk to CR2 (0x10000000000) in the page tables loaded now:" in report
    assert "  PML4[0x2] at 0x" in report and ": not present" in report
    assert "Call stack where the CPU halted:" in report
    assert "  #0 0x" in report and "<handler+0x2> (kernel.asm:22)" in report
    assert report.splitlines()[-1].startswith("longmode run: ")  # the one-line report stays last


@needs_tools
def test_a_timeout_shows_where_the_cpu_was_by_frame_pointers(tmp_path: Path) -> None:
    source = """bits 64
global _start:function (_start.end - _start)
global work:function (work.end - work)
global spin:function (spin.end - spin)
section .text
_start:
    push rbp
    mov rbp, rsp
    call work
    hlt
.end:
work:
    push rbp
    mov rbp, rsp
    call spin
    pop rbp
    ret
.end:
spin:
    push rbp
    mov rbp, rsp
.again:
    jmp .again
.end:
"""
    done = run_longmode("run", _kernel(tmp_path, source), "--display", "none", "--timeout", "0.2")
    assert done.returncode == 4, done.stderr
    lines = done.stderr.splitlines()
    stack = lines.index("Call stack where the CPU was:")
    frames = lines[stack + 1 : stack + 4]
    assert frames[0].startswith("  #0 0x") and "<spin+0x4> (kernel.asm:23)" in frames[0]
    assert frames[1].startswith("  #1 0x") and "<work+0x9> (kernel.asm:15)" in frames[1]
    assert frames[2].startswith("  #2 0x") and "<_start+0x9> (kernel.asm:9)" in frames[2]
    assert "The last exception" not in done.stderr
