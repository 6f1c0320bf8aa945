"""The red-zone rule: no function may touch memory below RSP.

The System V ABI lets a leaf function keep up to 128 bytes of locals below
RSP without moving RSP (the "red zone"). In a kernel an interrupt pushes its
frame right there and corrupts those locals — the six-day bug in the seed's
notes. A kernel built with ``disable-redzone`` never does it; this rule
proves it from the machine code.

Each function is walked along its control flow with the stack pointer
tracked relative to its value at entry (pushes, pops, ``sub``/``add``/``lea``
on RSP, ``enter``/``leave``) and RBP followed while it is a frame pointer
(``mov rbp, rsp``), and so are other registers made from RSP (``lea rax,
[rsp - 0x48]``, ``mov rax, rsp``, then ``add``/``sub``). An access ``[rsp - n]``
(indexed forms too, such as ``[rsp + rdx*8 - 0x70]``), or one through RBP or a
register made from RSP that lies below the tracked RSP, is red-zone use. Code
not reached from the entry (jump-table targets) is still checked for
``[rsp - n]``, which is below RSP whatever the path.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable
from dataclasses import dataclass

from iced_x86 import (
    FlowControl,
    Instruction,
    InstructionInfoFactory,
    Mnemonic,
    OpAccess,
    OpKind,
    RegisterExt,
)
from iced_x86 import Register as R

from longmode.check.disasm import decode, signed, text
from longmode.check.report import Finding, Report
from longmode.elf import KernelElf, Symbol

_WRITES = {OpAccess.WRITE, OpAccess.COND_WRITE, OpAccess.READ_WRITE, OpAccess.READ_COND_WRITE}
_NOT_ACCESSES = {Mnemonic.LEA, Mnemonic.NOP}
_ENDS_PATH = {
    FlowControl.RETURN,
    FlowControl.INDIRECT_BRANCH,
    FlowControl.INTERRUPT,
    FlowControl.EXCEPTION,
}
_INFO = InstructionInfoFactory()
_IMMEDIATES = {
    OpKind.IMMEDIATE8,
    OpKind.IMMEDIATE16,
    OpKind.IMMEDIATE32,
    OpKind.IMMEDIATE64,
    OpKind.IMMEDIATE8TO16,
    OpKind.IMMEDIATE8TO32,
    OpKind.IMMEDIATE8TO64,
    OpKind.IMMEDIATE32TO64,
}


@dataclass(frozen=True)
class _Stack:
    """RSP and RBP as offsets from RSP at function entry; None when unknown. ``derived``:
    other registers that hold such an offset (``lea rax, [rsp-0x48]``), as pairs."""

    rsp: int | None = 0
    rbp: int | None = None
    derived: tuple[tuple[int, int], ...] = ()


@dataclass(frozen=True)
class RedZoneUse:
    """An instruction of ``function`` that reads or writes below RSP."""

    function: Symbol
    instruction: Instruction
    rsp_moved: bool


def _below_rsp(ins: Instruction, stack: _Stack) -> bool:
    if ins.mnemonic in _NOT_ACCESSES:
        return False
    if not any(ins.op_kind(k) == OpKind.MEMORY for k in range(ins.op_count)):
        return False
    displacement = signed(ins.memory_displacement)
    if ins.memory_base == R.RSP:
        # indexed forms too: [rsp + rdx*8 - 0x70] reaches below RSP for small indexes
        return displacement < 0
    derived = dict(stack.derived)
    if ins.memory_base in derived and stack.rsp is not None:
        # a register made from RSP (lea rax, [rsp-0x48]): [rax + 8] is at RSP-0x40
        return derived[ins.memory_base] + displacement < stack.rsp
    if ins.memory_index != R.NONE:
        return False
    if ins.memory_base == R.RBP and stack.rbp is not None and stack.rsp is not None:
        return stack.rbp + displacement < stack.rsp
    return False


def _step(ins: Instruction, stack: _Stack) -> _Stack:
    """The stack state after ``ins``."""
    return dataclasses.replace(_step_frame(ins, stack), derived=_derive(ins, stack))


def _derive(ins: Instruction, stack: _Stack) -> tuple[tuple[int, int], ...]:
    """The registers holding an offset from the entry RSP after ``ins`` (made by
    ``lea reg, [rsp + d]``, ``mov reg, rsp``, moved on by ``add``/``sub`` of an
    immediate; forgotten when written otherwise)."""
    derived = dict(stack.derived)
    origins = {R.RSP: stack.rsp, R.RBP: stack.rbp, **derived}
    op0 = ins.op0_register if ins.op_count and ins.op0_kind == OpKind.REGISTER else R.NONE
    value: int | None = None
    m = ins.mnemonic
    if m == Mnemonic.LEA and ins.memory_index == R.NONE:
        origin = origins.get(ins.memory_base)
        if origin is not None:
            value = origin + signed(ins.memory_displacement)
    elif m == Mnemonic.MOV and ins.op_count == 2 and ins.op1_kind == OpKind.REGISTER:
        value = origins.get(ins.op1_register)
    elif m in (Mnemonic.ADD, Mnemonic.SUB) and op0 in derived and ins.op1_kind in _IMMEDIATES:
        delta = signed(ins.immediate(1))
        value = derived[op0] + (delta if m == Mnemonic.ADD else -delta)
    for used in _INFO.info(ins).used_registers():
        if used.access in _WRITES:
            derived.pop(RegisterExt.full_register(used.register), None)
    if value is not None and op0 not in (R.RSP, R.RBP, R.NONE) and RegisterExt.is_gpr64(op0):
        derived[op0] = value
    return tuple(sorted(derived.items()))


def _step_frame(ins: Instruction, stack: _Stack) -> _Stack:
    """RSP and RBP after ``ins``."""
    rsp, rbp = stack.rsp, stack.rbp
    m = ins.mnemonic
    op0 = ins.op0_register if ins.op_count and ins.op0_kind == OpKind.REGISTER else R.NONE
    op1 = ins.op1_register if ins.op_count > 1 and ins.op1_kind == OpKind.REGISTER else R.NONE
    immediate = (
        signed(ins.immediate(1)) if ins.op_count > 1 and ins.op1_kind in _IMMEDIATES else None
    )

    def plus(base: int | None, delta: int) -> int | None:
        return None if base is None else base + delta

    if m == Mnemonic.CALL:
        return stack
    if m == Mnemonic.PUSH:
        return _Stack(plus(rsp, ins.stack_pointer_increment), rbp)
    if m == Mnemonic.POP:
        return _Stack(plus(rsp, ins.stack_pointer_increment), None if op0 == R.RBP else rbp)
    if m == Mnemonic.LEAVE:
        return _Stack(plus(rbp, 8), None)
    if m == Mnemonic.ENTER:
        frame = plus(rsp, -8)
        return _Stack(plus(rsp, ins.stack_pointer_increment), frame)
    if op0 == R.RSP and immediate is not None and m in (Mnemonic.SUB, Mnemonic.ADD):
        return _Stack(plus(rsp, -immediate if m == Mnemonic.SUB else immediate), rbp)
    if m == Mnemonic.MOV and op0 == R.RBP and op1 == R.RSP:
        return _Stack(rsp, rsp)
    if m == Mnemonic.MOV and op0 == R.RSP and op1 == R.RBP:
        return _Stack(rbp, rbp)
    if m == Mnemonic.LEA and op0 in (R.RSP, R.RBP) and ins.memory_index == R.NONE:
        source = {R.RSP: rsp, R.RBP: rbp}.get(ins.memory_base)
        value = plus(source, signed(ins.memory_displacement))
        return _Stack(value, rbp) if op0 == R.RSP else _Stack(rsp, value)
    written = {used.register for used in _INFO.info(ins).used_registers() if used.access in _WRITES}
    if R.RSP in written:
        rsp = None
    if written & {R.RBP, R.EBP, R.BP, R.BPL}:
        rbp = None
    return _Stack(rsp, rbp)


def find_red_zone_uses(function: Symbol, instructions: list[Instruction]) -> list[RedZoneUse]:
    """Every instruction of ``function`` that touches memory below RSP."""
    by_ip = {ins.ip: ins for ins in instructions}
    end = function.address + function.size
    states: dict[int, _Stack] = {}
    work = [(function.address, _Stack())]
    while work:
        ip, stack = work.pop()
        while ip in by_ip and ip not in states:
            states[ip] = stack
            ins = by_ip[ip]
            flow = ins.flow_control
            stack = _step(ins, stack)
            if flow in _ENDS_PATH:
                break
            if flow in (FlowControl.UNCONDITIONAL_BRANCH, FlowControl.CONDITIONAL_BRANCH):
                target = ins.near_branch_target
                if function.address <= target < end:
                    work.append((target, stack))
                if flow == FlowControl.UNCONDITIONAL_BRANCH:
                    break
            ip = ins.next_ip
    uses = []
    for ins in instructions:
        stack = states.get(ins.ip, _Stack(None, None))
        if _below_rsp(ins, stack):
            uses.append(RedZoneUse(function, ins, stack.rsp != 0))
    return uses


#: The largest function walked: its instructions are all held while it is walked.
MAX_FUNCTION_BYTES = 1 << 20
#: Function symbols may overlap (aliases); the bytes walked in all may add up to
#: this many times the code's size (plus one largest function), no more, so that a
#: crafted symbol table cannot make the walk run for hours.
WALK_BUDGET_FACTOR = 8


def function_bytes(kernel: KernelElf, function: Symbol) -> bytes | None:
    """The function's bytes, when a code range holds all of them."""
    for code in kernel.code_ranges:
        start = function.address - code.address
        if start >= 0 and function.address + function.size <= code.address + len(code.data):
            return code.data[start : start + function.size]
    return None


def check_red_zone(
    kernel: KernelElf,
    report: Report,
    *,
    max_function_bytes: int = MAX_FUNCTION_BYTES,
    budget_factor: int = WALK_BUDGET_FACTOR,
) -> int:
    """Flags each function that uses the red zone; returns how many were walked.

    A function larger than ``max_function_bytes``, or past the walk's budget
    (``budget_factor`` times the code's size, plus ``max_function_bytes``), is
    not walked and is a finding (``red-zone-unchecked``): a kernel is not
    called clean unchecked.
    """
    found = len(report.findings)
    budget = budget_factor * sum(len(c.data) for c in kernel.code_ranges) + max_function_bytes
    walked = 0
    too_large: list[Symbol] = []
    over_budget: list[Symbol] = []
    for function in kernel.functions():
        code = function_bytes(kernel, function)
        if code is None:
            continue
        if len(code) > max_function_bytes:
            too_large.append(function)
            continue
        if len(code) > budget:
            over_budget.append(function)
            continue
        budget -= len(code)
        walked += 1
        uses = find_red_zone_uses(function, list(decode(code, function.address)))
        if uses:
            details = tuple(
                f"{kernel.describe(u.instruction.ip)} `{text(u.instruction)}`" for u in uses
            )
            report.findings.append(Finding("red-zone", _describe(kernel, uses), details))
    report.findings += _unchecked(too_large, over_budget, max_function_bytes, budget_factor)
    if len(report.findings) == found:
        report.passed.append(f"no function uses the red zone ({walked} functions walked)")
    return walked


def _unchecked(
    too_large: list[Symbol], over_budget: list[Symbol], max_bytes: int, factor: int
) -> list[Finding]:
    """Findings for the functions that were not walked."""
    found = []
    if too_large:
        first = too_large[0]
        found.append(
            Finding(
                "red-zone-unchecked",
                f"{len(too_large)} function(s) not walked for the red zone: {first.name} is "
                f"{first.size:#x} bytes, and longmode walks functions of at most "
                f"{max_bytes:#x} bytes",
                tuple(f"{f.name} at {f.address:#x}: {f.size:#x} bytes" for f in too_large),
            )
        )
    if over_budget:
        first = over_budget[0]
        found.append(
            Finding(
                "red-zone-unchecked",
                f"{len(over_budget)} function(s) not walked for the red zone, from {first.name} "
                f"at {first.address:#x} on: the function symbols overlap so much that their "
                f"sizes add up to more than {factor} times the code's size",
                tuple(f"{f.name} at {f.address:#x}: {f.size:#x} bytes" for f in over_budget),
            )
        )
    return found


def _describe(kernel: KernelElf, uses: Iterable[RedZoneUse]) -> str:
    uses = list(uses)
    first = uses[0]
    how = "" if first.rsp_moved else " without moving RSP down first"
    more = f" (and {len(uses) - 1} more; --verbose lists them)" if len(uses) > 1 else ""
    return (
        f"{first.function.name} touches memory below RSP (the red zone){how}: "
        f"{kernel.describe(first.instruction.ip)} `{text(first.instruction)}`{more}"
    )
