"""`rep insw`/`rep outsw` in blocks: a disk sector in one call instead of 256.

unicorn runs a `rep ins` as one iteration per element and calls the IN hook each
time, so a 512-byte sector read through the ATA data port costs 256 calls into
Python (about 5 µs each). When the port's device can hand over (or take) several
elements at once (``Device.read_string``/``write_string``) and the instruction is a
plain forward `rep ins`/`rep outs`, the hook for the first element moves the next
ones too — into or out of RAM, through the guest's segment and page tables — and
leaves RCX and RDI/RSI where the CPU would have left them after those iterations.
unicorn then finishes the instruction (the element it asked for, and any the block
did not cover) itself. Each element is still charged its I/O time, and a block
never runs past the slice's deadline, so virtual time and interrupts come as with
one call per element.

What takes the slow path (one element per call, as before): a direction flag set,
an operand size other than the hook's, a segment override on `outs` other than DS,
a segment whose base is not simply known (a descriptor in an LDT, a base changed
behind a reloaded GDT is trusted as the GDT says), memory that is not RAM or not
mapped, an access log or port hooks that must see each element.
"""

from __future__ import annotations

from dataclasses import dataclass

from longmode.machine.cpu import Mode, Paging, X86Cpu
from longmode.machine.interrupts import read_descriptor
from longmode.machine.unicorn_internals import CpuState, SegmentCache

#: Instruction prefixes that may precede INS/OUTS: operand size, address size, REP,
#: segment overrides (only DS is accepted for OUTS).
_OPERAND_SIZE, _ADDRESS_SIZE, _REP = 0x66, 0x67, 0xF3
_SEGMENT_OVERRIDES = {0x26: "es", 0x2E: "cs", 0x36: "ss", 0x3E: "ds", 0x64: "fs", 0x65: "gs"}
_INS = (0x6C, 0x6D)
_OUTS = (0x6E, 0x6F)
#: RFLAGS.DF.
_DIRECTION = 1 << 10
PAGE = 0x1000


@dataclass(frozen=True)
class StringInstruction:
    """A `rep ins`/`rep outs` as the CPU is executing it now."""

    #: "in" or "out".
    direction: str
    #: 16, 32 or 64: the width of RCX, RDI and RSI the instruction uses.
    address_size: int
    #: The linear base of the memory segment (ES for INS, DS for OUTS).
    segment_base: int


def decode(cpu: X86Cpu, code: bytes, paging: Paging) -> StringInstruction | None:
    """The string instruction at the start of ``code``, if it is a forward `rep`
    INS/OUTS whose segment base is known; None for anything else."""
    mode = paging.mode
    rep = False
    address_override = False
    segment = None
    opcode = None
    for byte in code[:15]:
        if byte == _REP:
            rep = True
        elif byte == _ADDRESS_SIZE:
            address_override = True
        elif byte == _OPERAND_SIZE:
            pass
        elif byte in _SEGMENT_OVERRIDES:
            segment = _SEGMENT_OVERRIDES[byte]
        elif mode is Mode.LONG and 0x40 <= byte <= 0x4F:
            pass  # REX (REX.W does not widen INS/OUTS beyond 32 bits)
        else:
            opcode = byte
            break
    if not rep or opcode not in (*_INS, *_OUTS):
        return None
    direction = "in" if opcode in _INS else "out"
    if direction == "out" and segment not in (None, "ds"):
        return None
    if cpu.get("rflags") & _DIRECTION:
        return None
    default = _default_address_size(cpu, paging)
    if default is None:
        return None
    address_size = {16: 32, 32: 16, 64: 32}[default] if address_override else default
    base = _segment_base(cpu, paging, "es" if direction == "in" else "ds", default == 64)
    if base is None:
        return None
    return StringInstruction(direction, address_size, base)


def _default_address_size(cpu: X86Cpu, paging: Paging) -> int | None:
    """16, 32 or 64 from the mode and the code segment's D and L bits."""
    if paging.mode is Mode.REAL:
        return 16
    code = _gdt_segment(cpu, paging, cpu.get("cs"))
    if code is None:
        return None
    if paging.mode is Mode.LONG and code.flags & CpuState.DESC_L:
        return 64
    return 32 if code.flags & CpuState.DESC_B else 16


def _segment_base(cpu: X86Cpu, paging: Paging, name: str, flat: bool) -> int | None:
    """A data segment's base: 0 in 64-bit code, selector * 16 in real mode, the GDT
    descriptor's base otherwise (None for an LDT selector or an unreadable GDT)."""
    if flat:
        return 0
    selector = cpu.get(name)
    if paging.mode is Mode.REAL:
        return selector << 4
    segment = _gdt_segment(cpu, paging, selector)
    return None if segment is None else segment.base


def _gdt_segment(cpu: X86Cpu, paging: Paging, selector: int) -> SegmentCache | None:
    """What a load of ``selector`` from the GDT gives (None: an LDT or null selector,
    or outside the GDT)."""
    if selector & 4 or selector < 8:
        return None
    return read_descriptor(cpu, paging, selector, cpu.table_register("gdtr"))


def block(
    cpu: X86Cpu, paging: Paging, instruction: StringInstruction, size: int, limit: int
) -> tuple[int, int, int] | None:
    """Where the elements after the current one go (INS) or come from (OUTS): the
    physical address, how many elements fit before a page or address-size boundary
    (at most ``limit``), and the linear address. None when there is nothing to move."""
    mask = (1 << instruction.address_size) - 1
    counter = cpu.get("rcx") & mask
    pointer = cpu.get("rdi" if instruction.direction == "in" else "rsi") & mask
    following = (pointer + size) & mask
    count = min(counter - 1, limit)
    if count <= 0:
        return None
    if instruction.address_size < 64:  # the offset must not wrap within the block
        count = min(count, (mask + 1 - following) // size)
    linear = instruction.segment_base + following
    if instruction.address_size < 64 or paging.mode is not Mode.LONG:
        linear &= 0xFFFF_FFFF
    count = min(count, (PAGE - (linear & (PAGE - 1))) // size)
    if count <= 0:
        return None
    walk = cpu.walk(linear, paging)
    if walk.physical is None or (instruction.direction == "in" and not walk.writable):
        return None
    return walk.physical, count, linear


def advance_registers(cpu: X86Cpu, instruction: StringInstruction, size: int, moved: int) -> None:
    """RCX and RDI (INS) or RSI (OUTS) after ``moved`` more iterations, in the
    instruction's address size (a 16-bit or 32-bit update as the CPU makes it)."""
    pointer_name = "rdi" if instruction.direction == "in" else "rsi"
    for name, delta in (("rcx", -moved), (pointer_name, moved * size)):
        value = cpu.get(name)
        if instruction.address_size == 64:
            value = (value + delta) & 0xFFFF_FFFF_FFFF_FFFF
        elif instruction.address_size == 32:
            value = (value + delta) & 0xFFFF_FFFF  # a 32-bit write zero-extends
        else:
            value = (value & ~0xFFFF) | ((value + delta) & 0xFFFF)
        cpu.set(name, value)
