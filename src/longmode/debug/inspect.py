"""Views of the guest's state, shared by the prompt (``info``, ``bt``), the gdb
stub's ``monitor`` commands and the fault explanations: the call stack, the
descriptor tables, the TSS and the page tables' mappings.

Each view returns its lines (no output of its own) and raises
:class:`InspectError` with one line when the guest has nothing to show (no TSS
loaded, a table that is not mapped).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from longmode.elf import RETURN_ADDRESS, FrameRule
from longmode.machine.interrupts import Gate
from longmode.machine.x86 import Mode

if TYPE_CHECKING:
    from longmode.elf import KernelElf
    from longmode.machine.machine import Machine

#: Frames a backtrace follows at most.
MAX_FRAMES = 32
#: The most mapping lines ``info tlb`` shows.
MAX_MAPPINGS = 500
#: x86-64's general registers by DWARF number (System V ABI, fig. 3.36).
DWARF_REGISTERS = [
    "rax",
    "rdx",
    "rcx",
    "rbx",
    "rsi",
    "rdi",
    "rbp",
    "rsp",
    "r8",
    "r9",
    "r10",
    "r11",
    "r12",
    "r13",
    "r14",
    "r15",
]
RSP, RBP = 7, 6
#: Registers a call preserves (System V ABI): a caller's frame still has them.
CALLEE_SAVED = frozenset({3, 6, 7, 12, 13, 14, 15})
MASK64 = (1 << 64) - 1


def place(kernel: KernelElf | None, address: int, *, returning: bool = False) -> str:
    """``0x100004 <_start+0x4> (main.rs:31)``, as far as the kernel's symbols and line
    table tell; for a return address (``returning``), the symbol and source line of
    the call before it."""
    if kernel is None:
        return f"{address:#x}"
    text = kernel.describe(address, returning=returning)
    source = kernel.source_line(address - 1 if returning else address)
    return f"{text} ({source[0]}:{source[1]})" if source else text


def call_stack(machine: Machine, kernel: KernelElf | None) -> list[str]:
    """The backtrace as lines: ``#1 0x10188b <panic+0xbb> (main.rs:55)``."""
    frames = backtrace(machine, kernel)
    lines = [
        f"#{depth} {place(kernel, frame.address, returning=depth > 0)}"
        for depth, frame in enumerate(frames)
    ]
    if len(frames) == MAX_FRAMES:
        lines.append(f"(more than {MAX_FRAMES} frames)")
    return lines


class InspectError(Exception):
    """Nothing to show: one line that says why."""


@dataclass(frozen=True)
class Frame:
    """A frame of the call stack: the address it runs at (frame 0) or returns to,
    and how it was found ("" for frame 0, "cfi" or "frame pointer")."""

    address: int
    found_by: str


def backtrace(machine: Machine, kernel: KernelElf | None, limit: int = MAX_FRAMES) -> list[Frame]:
    """The call stack at the CPU's RIP: each caller found by the kernel's DWARF call
    frame information where it describes the code (no frame pointers needed), by the
    RBP chain elsewhere (``push rbp; mov rbp, rsp`` code). Stops at a return address
    of 0, at memory that is not mapped, or at a frame that is not above the last."""
    cpu = machine.cpu
    registers: dict[int, int] = {n: cpu.get(name) for n, name in enumerate(DWARF_REGISTERS)}
    frames = [Frame(cpu.get("rip"), "")]
    while len(frames) < limit:
        pc = frames[-1].address
        # a return address may follow a call that never returns: look up the call
        rule = kernel.frame_rule(pc if len(frames) == 1 else pc - 1) if kernel else None
        caller = _caller_by_cfi(machine, rule, registers) if rule else None
        found_by = "cfi"
        if rule is None:
            caller = _caller_by_frame_pointer(machine, registers)
            found_by = "frame pointer"
        if caller is None:
            break
        address, callers = caller
        if address == 0 or callers[RSP] <= registers[RSP]:
            break
        registers = callers
        frames.append(Frame(address, found_by))
    return frames


def _caller_by_cfi(
    machine: Machine, rule: FrameRule, registers: dict[int, int]
) -> tuple[int, dict[int, int]] | None:
    """The return address and the caller's registers, by a call frame rule."""
    base = registers.get(rule.cfa_register)
    if base is None:
        return None
    cfa = (base + rule.cfa_offset) & MASK64
    restored = {}
    for number, offset in rule.saved.items():
        value = _read64(machine, cfa + offset)
        if value is None:
            return None
        restored[number] = value
    address = restored.pop(RETURN_ADDRESS)
    kept = {n: v for n, v in registers.items() if n in CALLEE_SAVED}
    return address, kept | restored | {RSP: cfa}


def _caller_by_frame_pointer(
    machine: Machine, registers: dict[int, int]
) -> tuple[int, dict[int, int]] | None:
    """The return address and the caller's registers, by the RBP chain."""
    frame = registers.get(RBP)
    if not frame:
        return None
    saved_rbp, address = _read64(machine, frame), _read64(machine, frame + 8)
    if saved_rbp is None or address is None:
        return None
    kept = {n: v for n, v in registers.items() if n in CALLEE_SAVED}
    return address, kept | {RBP: saved_rbp, RSP: frame + 16}


def _read64(machine: Machine, address: int) -> int | None:
    raw = machine.read_virtual(address & MASK64, 8)
    return None if raw is None else int.from_bytes(raw, "little")


def descriptor_table(machine: Machine, name: str, where: Callable[[int], str]) -> list[str]:
    """``idt`` or ``gdt``: each present entry decoded (at most 64)."""
    cpu = machine.cpu
    base, limit = cpu.table_register(f"{name}r")
    size = 16 if name == "idt" and cpu.mode() is Mode.LONG else 8
    lines = [f"{name.upper()} at {base:#x}, limit {limit:#x} ({(limit + 1) // size} entries)"]
    if name == "idt" and cpu.mode() is not Mode.REAL and (base, limit) == (0, 0x3FF):
        return [*lines, "  no IDT loaded: IDTR still describes the real-mode interrupt table"]
    for index in range(min((limit + 1) // size, 64)):
        raw = machine.read_virtual(base + index * size, size)
        if raw is None:
            lines.append(f"  {index:#04x}: not mapped")
            break
        value = int.from_bytes(raw[:8], "little")
        if not value >> 47 & 1:
            continue  # not present
        if name == "idt":
            gate = Gate.decode(raw, size == 16)
            kind = {0xE: "interrupt gate", 0xF: "trap gate", 0x5: "task gate"}.get(gate.kind)
            if kind is None:
                lines.append(f"  {index:#04x}: present, but type {gate.kind:#x} is no gate")
                continue
            ist = f", IST {gate.ist}" if gate.ist else ""
            lines.append(f"  {index:#04x}: {kind} → {gate.selector:#x}:{where(gate.target)}{ist}")
        else:
            flags = value >> 40 & 0xFF
            kind = "code" if flags & 0x18 == 0x18 else "data" if flags & 0x10 else "system"
            bits = "64-bit " if value >> 53 & 1 else ""
            lines.append(
                f"  {index * 8:#06x}: {bits}{kind}, DPL {flags >> 5 & 3}, raw {value:#018x}"
            )
    return lines


def task_state(machine: Machine) -> list[str]:
    """The 64-bit TSS: its stack pointers and the IST entries in use."""
    cpu = machine.cpu
    base, limit = cpu.table_register("tr")
    if limit < 0x67 or cpu.mode() is not Mode.LONG:
        raise InspectError("no 64-bit TSS is loaded (ltr) or the CPU is not in long mode")
    raw = machine.read_virtual(base, 0x68)
    if raw is None:
        raise InspectError(f"the TSS at {base:#x} is not mapped")
    lines = [f"TSS at {base:#x}, limit {limit:#x}"]
    for name, offset in (("RSP0", 4), ("RSP1", 12), ("RSP2", 20)):
        lines.append(f"  {name} = {int.from_bytes(raw[offset : offset + 8], 'little'):#x}")
    for ist in range(1, 8):
        offset = 0x24 + 8 * (ist - 1)
        value = int.from_bytes(raw[offset : offset + 8], "little")
        if value:
            lines.append(f"  IST{ist} = {value:#x}")
    return lines


def mappings(machine: Machine, limit: int = MAX_MAPPINGS) -> list[str]:
    """What the page tables map, as QEMU's ``info tlb`` and ``info mem`` show it:
    ``VIRTUAL-END → PHYSICAL (SIZE) rights``, runs merged."""
    found = machine.cpu.mappings()
    if not found:
        if machine.cpu.paging().cr0 >> 31 & 1:
            return ["the page tables map nothing"]
        return ["paging is off: virtual addresses are physical ones"]
    width = 18 if any(m.virtual >> 32 for m in found) else 10
    lines = []
    for mapping in found[:limit]:
        end = mapping.virtual + mapping.size
        rights = (
            "r"
            + ("w" if mapping.writable else "-")
            + ("x" if mapping.executable else "-")
            + (" user" if mapping.user else " supervisor")
        )
        lines.append(
            f"{mapping.virtual:#0{width}x}-{end:#0{width}x} → {mapping.physical:#x} "
            f"({_size(mapping.size)}) {rights}"
        )
    if len(found) > limit:
        lines.append(f"({len(found) - limit} more runs not shown)")
    return lines


def _size(size: int) -> str:
    for unit, shift in (("GiB", 30), ("MiB", 20), ("KiB", 10)):
        if size >= 1 << shift and not size & ((1 << shift) - 1):
            return f"{size >> shift} {unit}"
    return f"{size} bytes"
