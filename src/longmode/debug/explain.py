"""Faults explained: what a triple fault was made of, in words a beginner can act on.

:func:`explain` turns the machine's :class:`~longmode.machine.interrupts.FaultRecord`
(the events the CPU tried to deliver, why each delivery failed, and the CPU's
state when it gave up) into a report:

* each event: vector and name, the error code decoded (for #PF: present or not,
  read or write, user or supervisor, reserved bit, instruction fetch; for
  selector error codes: the table, the index, EXT), where it happened (symbol
  and source line when the kernel's ELF is known), and why it could not be
  delivered;
* for a page fault, CR2 and the walk of the page tables to it, naming the
  level whose entry is not present or forbids the access;
* the stack pointer, and whether it is mapped;
* the registers at the first fault, before any delivery changed them;
* hints for the usual mistakes: no IDT loaded, the PIC not remapped, an
  interrupt before its gate was set, a stack that ran into an unmapped page.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from longmode.debug.inspect import call_stack
from longmode.machine.interrupts import (
    FaultRecord,
    Kind,
)
from longmode.machine.results import Outcome
from longmode.machine.x86 import EXCEPTION_NAMES, Mode

if TYPE_CHECKING:
    from longmode.elf import KernelElf
    from longmode.machine.machine import Machine

PAGE_FAULT, DOUBLE_FAULT = 14, 8
#: Vectors whose error code is a selector (or IDT entry) error code.
SELECTOR_CODES = frozenset({10, 11, 12, 13})
#: Exceptions a PIC left at its power-on base delivers IRQ0-7 on (vectors 8-15).
PIC_DEFAULT_VECTORS = range(8, 16)


def page_fault_code(code: int) -> str:
    """A #PF error code in words (SDM vol. 3, 4.7): ``write to a not-present page,
    supervisor mode``."""
    access = "instruction fetch from" if code & 0x10 else "write to" if code & 2 else "read of"
    page = "a present page (a protection violation)" if code & 1 else "a not-present page"
    words = [f"{access} {page}", "user mode" if code & 4 else "supervisor mode"]
    if code & 8:
        words.append("a reserved bit set in a paging entry")
    if code & 0x20:
        words.append("protection key")
    if code & 0x8000:
        words.append("SGX")
    return ", ".join(words)


def selector_code(code: int) -> str:
    """A selector error code in words (SDM vol. 3, 6.13): table, index, EXT."""
    if code == 0:
        return "no selector (a null selector, or a fault not tied to one)"
    index = code >> 3
    if code & 2:
        where = f"IDT entry {index:#x} (vector {index:#x})"
    else:
        table = "LDT" if code & 4 else "GDT"
        where = f"{table} entry {index} (selector {code & ~3:#x})"
    if code & 1:
        where += ", raised while delivering an external event (EXT)"
    return where


def decode_error(vector: int, code: int | None) -> str | None:
    """The error code of exception ``vector`` in words (None without one)."""
    if code is None:
        return None
    if vector == PAGE_FAULT:
        return page_fault_code(code)
    if vector in SELECTOR_CODES:
        return selector_code(code)
    if vector == DOUBLE_FAULT:
        return None  # always 0
    return None


def page_walk(machine: Machine, virtual: int, cr3: int) -> list[str]:
    """The 4-level walk to ``virtual`` in words, one line per level, ending where an
    entry is not present or the page is found (long mode's tables only)."""
    lines = []
    names = {39: "PML4", 30: "PDPT", 21: "PD", 12: "PT"}
    for shift, index, address, entry in machine.cpu.table_entries(virtual, cr3):
        text = f"{names[shift]}[{index:#x}] at {address:#x} = {entry:#018x}"
        if not entry & 1:
            lines.append(f"{text}: not present")
            return lines
        flags = [
            flag
            for bit, flag in ((1, "writable"), (2, "user"), (63, "no-execute"))
            if entry >> bit & 1
        ]
        lines.append(f"{text}: present{', ' + ', '.join(flags) if flags else ', read-only'}")
        if shift == 12 or (shift in (30, 21) and entry & 0x80):
            size = 1 << shift
            physical = (entry & 0x000F_FFFF_FFFF_F000 & ~(size - 1)) | (virtual & (size - 1))
            large = f" ({size >> 20} MiB page)" if shift != 12 else ""
            lines.append(f"→ physical {physical:#x}{large}")
    return lines


def explain(
    machine: Machine,
    record: FaultRecord,
    kernel: KernelElf | None = None,
) -> str:
    """The report for a triple fault (see the module's documentation)."""
    describe: Callable[[int], str] = kernel.describe if kernel is not None else hex
    registers = record.registers
    lines = ["The CPU gave up (a triple fault) after trying to deliver, in order:"]
    for number, (event, failure) in enumerate(record.failures, 1):
        name = EXCEPTION_NAMES.get(event.vector, f"vector {event.vector:#x}")
        if event.kind is Kind.EXTERNAL:
            name = f"external interrupt (IRQ) on vector {event.vector:#x}"
        elif event.kind is Kind.SOFTWARE:
            name = f"int {event.vector:#x} ({name})" if event.vector in EXCEPTION_NAMES else name
        code = "" if event.error_code is None else f", error code {event.error_code:#x}"
        lines.append(f"  {number}. {name}{code}")
        decoded = decode_error(event.vector, event.error_code)
        if decoded:
            lines.append(f"     {decoded}")
        where = describe(event.fault_ip)
        source = kernel.source_line(event.fault_ip) if kernel is not None else None
        if source is not None:
            where += f" ({source[0]}:{source[1]})"
        lines.append(f"     at {where}")
        if event.vector == PAGE_FAULT and event.kind is Kind.EXCEPTION and number == 1:
            cr2 = registers["cr2"]
            lines.append(f"     CR2 = {cr2:#x}, the address it tried to use:")
            if record.mode is Mode.LONG:
                lines += [f"       {line}" for line in page_walk(machine, cr2, registers["cr3"])]
        lines.append(f"     could not be delivered: {failure.reason}")
        fault_name = EXCEPTION_NAMES.get(failure.vector, f"vector {failure.vector}")
        fault_code = decode_error(failure.vector, failure.error_code)
        lines.append(f"     which raised {fault_name}" + (f" ({fault_code})" if fault_code else ""))
    rsp = registers["rsp"]
    mapped = machine.cpu.walk(rsp).physical is not None
    lines.append(f"Stack: RSP = {rsp:#x} ({'mapped' if mapped else 'NOT mapped'})")
    lines.append("Registers at the first fault (before any delivery):")
    names = [n for n in registers if n not in ("cs", "ss", "ds", "es", "cr0", "cr2", "cr3", "cr4")]
    for row in range(0, len(names), 4):
        lines.append(
            "  " + "  ".join(f"{n.upper():>6}={registers[n]:016x}" for n in names[row : row + 4])
        )
    lines.append(
        "  "
        + "  ".join(f"{n.upper()}={registers[n]:#x}" for n in ("cs", "ss", "ds", "es"))
        + f"  EFER={record.efer:#x}"
    )
    lines.append(
        "  " + "  ".join(f"{n.upper()}={registers[n]:#x}" for n in ("cr0", "cr2", "cr3", "cr4"))
    )
    idt_base, idt_limit = record.idtr
    gdt_base, gdt_limit = record.gdtr
    lines.append(
        f"  IDTR={idt_base:#x} limit {idt_limit:#x}  GDTR={gdt_base:#x} limit {gdt_limit:#x}"
    )
    lines += [f"Hint: {hint}" for hint in hints(machine, record)]
    return "\n".join(lines)


def hints(machine: Machine, record: FaultRecord) -> list[str]:
    """Plain-words guesses at the usual beginner mistakes behind ``record``."""
    found = []
    first, _ = record.failures[0]
    idt_base, idt_limit = record.idtr
    protected = record.mode is not Mode.REAL
    if protected and (idt_limit == 0 or (idt_base == 0 and idt_limit == 0x3FF)):
        found.append(
            "no IDT is loaded (IDTR still has the real-mode or an empty table): load one "
            "with `lidt` before any exception or interrupt can happen"
        )
    if protected and first.kind is Kind.EXTERNAL and first.vector in PIC_DEFAULT_VECTORS:
        found.append(
            f"an IRQ arrived on vector {first.vector:#x}, an exception's vector: the PIC "
            "is probably not remapped (IRQ0-7 go to vectors 8-15 until ICW2 moves them, "
            "usually to 32-47)"
        )
    elif protected and first.kind is Kind.EXTERNAL:
        found.append(
            f"an IRQ arrived (vector {first.vector:#x}) before its IDT gate worked: "
            "was `sti` run before the IDT was complete?"
        )
    rsp = record.registers["rsp"]
    if protected and machine.cpu.walk(rsp).physical is None:
        found.append(
            "the stack pointer is in an unmapped page: a stack overflow into a guard page? "
            "Give #DF its own stack (an IST entry in the TSS) to see the first fault"
        )
    return found


def explain_last_exception(machine: Machine, kernel: KernelElf | None = None) -> str | None:
    """One paragraph on the last exception the guest took (None if it took none): for
    a run that ended in a halt or a timeout, often a handler that reported and gave up."""
    if machine.last_exception is None:
        return None
    event, cr2 = machine.last_exception
    name = EXCEPTION_NAMES.get(event.vector, f"vector {event.vector:#x}")
    code = "" if event.error_code is None else f", error code {event.error_code:#x}"
    decoded = decode_error(event.vector, event.error_code)
    where = kernel.describe(event.fault_ip) if kernel is not None else f"{event.fault_ip:#x}"
    source = kernel.source_line(event.fault_ip) if kernel is not None else None
    if source is not None:
        where += f" ({source[0]}:{source[1]})"
    text = f"The last exception the guest took: {name}{code}"
    if decoded:
        text += f" ({decoded})"
    text += f", at {where}"
    if cr2 is not None:
        text += f"; CR2 = {cr2:#x}"
    return text + "."


def explain_end(machine: Machine, outcome: Outcome, kernel: KernelElf | None = None) -> str | None:
    """The report for a run that halted or timed out (None when there is nothing to
    add to the one-line report: a halt with no exception taken is how many kernels
    end). The last exception the guest took (a handler that reported it and gave
    up), for a page fault the walk to CR2 in the tables loaded now; the stack
    pointer; and in long mode the call stack where the CPU stopped (after a timeout
    with no exception, only when it has callers to show)."""
    last = explain_last_exception(machine, kernel)
    long_mode = machine.cpu.mode() is Mode.LONG
    stack = call_stack(machine, kernel) if long_mode else []
    if last is None and (outcome is not Outcome.TIMEOUT or len(stack) < 2):
        return None
    lines = [last] if last is not None else []
    if machine.last_exception is not None:
        event, cr2 = machine.last_exception
        if event.vector == PAGE_FAULT and cr2 is not None and long_mode:
            lines.append(f"The walk to CR2 ({cr2:#x}) in the page tables loaded now:")
            lines += [f"  {line}" for line in page_walk(machine, cr2, machine.cpu.get("cr3"))]
    rsp = machine.cpu.get("rsp")
    mapped = machine.cpu.walk(rsp).physical is not None
    lines.append(f"Stack: RSP = {rsp:#x} ({'mapped' if mapped else 'NOT mapped'})")
    if stack:
        lines.append(
            "Call stack where the CPU " + ("halted:" if outcome is Outcome.HALTED else "was:")
        )
        lines += [f"  {line}" for line in stack]
    return "\n".join(lines)


def explain_ending(
    machine: Machine, outcome: Outcome, kernel: KernelElf | None = None
) -> str | None:
    """What a report adds above a run's one-line ending: a triple fault's chain
    (:func:`explain`), or for a halt, a timeout or an instruction limit what
    :func:`explain_end` has to say; None otherwise."""
    if outcome is Outcome.TRIPLE_FAULT and machine.fault is not None:
        return explain(machine, machine.fault, kernel)
    if outcome in (Outcome.HALTED, Outcome.TIMEOUT, Outcome.INSTRUCTION_LIMIT):
        return explain_end(machine, outcome, kernel)
    return None
