"""Interrupt and exception delivery, done in Python as the SDM describes it.

unicorn hands every ``int n`` and every CPU exception to one hook with just
the vector; it never reads the IVT or IDT itself. This module does what the
CPU would (Intel SDM vol. 3, ch. 6):

* real mode: push FLAGS, CS, IP; clear IF and TF; continue at the IVT entry;
* protected and long mode: read the IDT gate and check it in the SDM's order
  (INT n pseudo-code): within the IDT's limit, then its type (an interrupt or
  trap gate, or a task gate outside long mode) — both #GP; a software
  interrupt's DPL against CPL — #GP; present — #NP. Then pick the stack
  (same privilege: the current one; IST n in long mode), push the frame and
  the error code of #DF #TS #NP #SS #GP #PF #AC, clear IF for interrupt
  gates, continue at the gate's offset;
* a fault while delivering is delivered in its place, or becomes #DF when
  the two make one (SDM table 6-5: contributory after contributory or #PF,
  #PF after #PF); a fault while delivering #DF is a triple fault, reported
  by :class:`TripleFault`.

The error codes of exceptions the CPU raises (a selector for #GP #TS #NP
#SS, the page-fault bits for #PF) are QEMU's own, read from its state by
:class:`~longmode.machine.unicorn_internals.ExceptionState`; those of faults raised here,
in delivery, name the IDT entry (``vector * 8 + 2 + EXT``) or the selector.
QEMU before 8.0 gives ``vector * 16 + 2`` in long mode (its bug, fixed by
"target/i386: fix error code for exceptions caused by IDT accesses"); this
machine follows the SDM. QEMU never raises #AC (it does not check alignment).

A gate entered from ring 3 switches stacks — RSP0 or the gate's IST stack in
long mode, SS0:ESP0 in protected mode — and loads the gate's ring-0 CS (and
SS) into the hidden segment caches (see
:class:`~longmode.machine.unicorn_internals.SegmentLoader`). A task gate (32-bit protected
mode) switches tasks (:class:`TaskSwitch`). Not emulated: 16-bit gates and
TSSes, virtual-8086 mode; they end the run with a report (:class:`NotEmulated`).
"""

from __future__ import annotations

import enum
import struct
from collections.abc import Callable
from dataclasses import dataclass

from unicorn import x86_const as X

from longmode.machine.cpu import (
    CR0_PG,
    FLAG_IF,
    FLAG_NT,
    FLAG_RF,
    FLAG_TF,
    FLAG_VM,
    Mode,
    Paging,
    X86Cpu,
)
from longmode.machine.unicorn_internals import SegmentCache, SegmentLoader
from longmode.machine.x86 import ERROR_CODE_VECTORS as ERROR_CODE_VECTORS
from longmode.machine.x86 import EXCEPTION_NAMES as EXCEPTION_NAMES

#: Exceptions that push an error code (SDM vol. 3, table 6-1).
DOUBLE_FAULT = 8
#: IDT gate types, with the descriptor's S bit (bit 4: 0 for system descriptors) included.
TASK_GATE, INTERRUPT_GATE_16, TRAP_GATE_16, INTERRUPT_GATE, TRAP_GATE = 0x5, 0x6, 0x7, 0xE, 0xF
#: What an IDT entry may be (SDM vol. 3, 6.11 and 6.14.1); any other type is #GP.
PROTECTED_MODE_GATES = frozenset(
    {TASK_GATE, INTERRUPT_GATE_16, TRAP_GATE_16, INTERRUPT_GATE, TRAP_GATE}
)
LONG_MODE_GATES = frozenset({INTERRUPT_GATE, TRAP_GATE})
#: Contributory exceptions (SDM vol. 3, table 6-4): two in a row make a #DF.
CONTRIBUTORY = frozenset({0, 10, 11, 12, 13})
INVALID_TSS, SEGMENT_NOT_PRESENT, STACK_FAULT, GENERAL_PROTECTION, PAGE_FAULT = 10, 11, 12, 13, 14


class Kind(enum.Enum):
    """Where a vector comes from."""

    EXCEPTION = "exception"
    SOFTWARE = "software interrupt"
    EXTERNAL = "external interrupt"


@dataclass(frozen=True)
class Event:
    """One delivery: vector, kind, error code, and the RIP to return to."""

    vector: int
    kind: Kind
    return_ip: int
    error_code: int | None = None
    #: Software interrupts: where the ``int n``/``int3``/``into`` instruction starts
    #: (a fault in delivering it returns there); defaults to ``return_ip``.
    instruction_ip: int | None = None

    @property
    def fault_ip(self) -> int:
        """The RIP a fault raised while delivering this event saves."""
        return self.return_ip if self.instruction_ip is None else self.instruction_ip

    def describe(self) -> str:
        name = EXCEPTION_NAMES.get(self.vector, f"vector {self.vector:#x}")
        if self.kind is Kind.SOFTWARE and self.vector in (3, 4):
            name += " (int3/into)"
        elif self.kind is not Kind.EXCEPTION:
            name = f"{self.kind.value} {self.vector:#x}"
        code = f" (error code {self.error_code:#x})" if self.error_code is not None else ""
        return name + code


@dataclass(frozen=True)
class Gate:
    """One IDT entry, decoded: 16 bytes in long mode, 8 in protected mode."""

    selector: int
    target: int
    ist: int
    #: The descriptor's type, S bit (bit 4) included: 0xE an interrupt gate, 0xF a trap gate.
    kind: int
    dpl: int
    present: bool

    @classmethod
    def decode(cls, raw: bytes, long_mode: bool) -> Gate:
        if long_mode:
            low, selector, ist, attributes, middle, high, _ = struct.unpack("<HHBBHII", raw)
            target, ist = low | middle << 16 | high << 32, ist & 7
        else:
            low, selector, _, attributes, middle = struct.unpack("<HHBBH", raw)
            target, ist = low | middle << 16, 0
        return cls(
            selector, target, ist, attributes & 0x1F, (attributes >> 5) & 3, bool(attributes >> 7)
        )


class DeliveryFault(Exception):
    """Delivering an event itself faulted: ``vector`` and ``error_code`` say how."""

    def __init__(self, vector: int, error_code: int | None, reason: str) -> None:
        super().__init__(reason)
        self.vector = vector
        self.error_code = error_code
        self.reason = reason


class NotEmulated(Exception):
    """The guest asked for something this machine does not do (yet)."""


class TripleFault(Exception):
    """A fault while delivering a double fault: the CPU would shut down.

    ``chain`` says it in words; ``failures`` holds each event the CPU tried to
    deliver, with why that failed (the fault it raised)."""

    def __init__(self, chain: list[str], failures: list[tuple[Event, DeliveryFault]]) -> None:
        super().__init__("; then ".join(chain))
        self.chain = chain
        self.failures = failures


#: The registers a fault record keeps.
RECORDED_REGISTERS = (
    *("rax", "rbx", "rcx", "rdx", "rsi", "rdi", "rbp", "rsp"),
    *(f"r{n}" for n in range(8, 16)),
    *("rip", "rflags", "cs", "ss", "ds", "es", "cr0", "cr2", "cr3", "cr4"),
)


@dataclass(frozen=True)
class FaultRecord:
    """The CPU's state when it gave up delivering an event (a triple fault), and the
    chain of deliveries that failed, for a debugger to explain."""

    failures: tuple[tuple[Event, DeliveryFault], ...]
    mode: Mode
    registers: dict[str, int]
    efer: int
    idtr: tuple[int, int]
    gdtr: tuple[int, int]

    @classmethod
    def take(
        cls, cpu: X86Cpu, failures: list[tuple[Event, DeliveryFault]], registers: dict[str, int]
    ) -> FaultRecord:
        """The record, with ``registers`` as they were when the first delivery failed."""
        return cls(
            tuple(failures),
            cpu.mode(),
            registers,
            cpu.efer,
            cpu.table_register("idtr"),
            cpu.table_register("gdtr"),
        )


def recorded_registers(cpu: X86Cpu) -> dict[str, int]:
    """The registers a fault record keeps, as they are now."""
    return {name: cpu.get(name) for name in RECORDED_REGISTERS}


def read_descriptor(
    cpu: X86Cpu, paging: Paging, selector: int, table: tuple[int, int]
) -> SegmentCache | None:
    """The descriptor ``selector`` names in the (base, limit) ``table``, as the cache
    a load of ``selector`` would fill; None beyond the limit or in unmapped memory."""
    base, limit = table
    index = selector & ~7
    raw = cpu.read_virtual(base + index, 8, paging) if index + 7 <= limit else None
    if raw is None:
        return None
    return SegmentCache.from_descriptor(selector, struct.unpack("<Q", raw)[0])


def _makes_double_fault(first: Event, second: int) -> bool:
    """Whether exception ``second``, raised while delivering ``first``, is a #DF
    (contributory after contributory or #PF, #PF after #PF) rather than
    delivered in its place."""
    if first.kind is not Kind.EXCEPTION:
        return False
    if first.vector in CONTRIBUTORY:
        return second in CONTRIBUTORY
    if first.vector == PAGE_FAULT:
        return second in CONTRIBUTORY or second == PAGE_FAULT
    return False


class InterruptDelivery:
    """Delivers events to the guest through its IVT or IDT."""

    def __init__(self, cpu: X86Cpu, real_mode_trampoline: int) -> None:
        self.cpu = cpu
        #: Linear address of a ``retf`` byte in ROM, at or above 0xFFFF0.
        self.trampoline = real_mode_trampoline
        #: Told of each fault raised while delivering an event, which is then
        #: delivered in its place (or as #DF): the trace sees it as QEMU's does.
        self.on_fault_in_delivery: Callable[[Event], None] | None = None
        #: The registers when the last delivery chain first failed (the interrupted
        #: code's), for a fault record.
        self.first_fault_registers: dict[str, int] = {}

    def deliver(self, event: Event) -> None:
        """Delivers ``event``; a fault on the way is delivered in its place, or
        becomes #DF or a :class:`TripleFault`, as SDM vol. 3 table 6-5 says."""
        chain = [event.describe()]
        failures: list[tuple[Event, DeliveryFault]] = []
        current = event
        while True:
            try:
                self._deliver_once(current)
                return
            except DeliveryFault as fault:
                if not failures:  # the interrupted code's registers, before any delivery
                    self.first_fault_registers = recorded_registers(self.cpu)
                failures.append((current, fault))
                chain.append(f"{fault.reason}: {EXCEPTION_NAMES.get(fault.vector, fault.vector)}")
                if current.vector == DOUBLE_FAULT and current.kind is Kind.EXCEPTION:
                    raise TripleFault(chain, failures) from None
                if _makes_double_fault(current, fault.vector):
                    current = Event(DOUBLE_FAULT, Kind.EXCEPTION, current.fault_ip, 0)
                    chain.append("delivered as #DF double fault")
                else:
                    vector, error = fault.vector, fault.error_code
                    current = Event(vector, Kind.EXCEPTION, current.fault_ip, error)
                    chain.append(f"delivered as {current.describe()}")
                if self.on_fault_in_delivery is not None:
                    self.on_fault_in_delivery(current)

    def _deliver_once(self, event: Event) -> None:
        paging = self.cpu.paging()
        if paging.mode is Mode.REAL:
            self._deliver_real(event)
        elif self.cpu.get("eflags") & FLAG_VM:
            raise NotEmulated("the CPU is in virtual-8086 mode")
        else:
            self._deliver_protected(event, paging)

    # --- real mode ----------------------------------------------------------

    def _deliver_real(self, event: Event) -> None:
        cpu = self.cpu
        uc = cpu.uc
        # The IVT is where IDTR says (0, limit 0x3FF after reset; `lidt` moves it).
        ivt_base, ivt_limit = cpu.table_register("idtr")
        if event.vector * 4 + 3 > ivt_limit:
            raise DeliveryFault(
                GENERAL_PROTECTION,
                None,
                f"vector {event.vector:#x} is beyond the interrupt table's limit {ivt_limit:#x}",
            )
        offset, segment = struct.unpack("<HH", uc.mem_read(ivt_base + event.vector * 4, 4))
        flags = cpu.get("eflags")
        cs = cpu.get("cs")
        ss, sp = cpu.get("ss"), cpu.get("sp")
        # FLAGS, CS, IP for the handler's iret; then the handler's CS:IP for our retf.
        frame = struct.pack("<HHHHH", offset, segment, event.return_ip & 0xFFFF, cs, flags & 0xFFFF)
        sp = (sp - len(frame)) & 0xFFFF
        cpu.write_physical((ss << 4) + sp, frame, None)
        cpu.set("sp", sp)
        cpu.set("eflags", flags & ~(FLAG_IF | FLAG_TF))
        # Continue at the ROM `retf`, addressed through the current CS base.
        cpu.set("rip", self.trampoline - (cs << 4))

    # --- protected and long mode --------------------------------------------

    def _deliver_protected(self, event: Event, paging: Paging) -> None:
        cpu = self.cpu
        long_mode = paging.mode is Mode.LONG
        gate_size = 16 if long_mode else 8
        idt_base, idt_limit = cpu.table_register("idtr")
        external = 1 if event.kind is Kind.EXTERNAL else 0
        gate_error = event.vector * 8 + 2 + external
        if event.vector * gate_size + gate_size - 1 > idt_limit:
            raise DeliveryFault(
                GENERAL_PROTECTION,
                gate_error,
                f"vector {event.vector:#x} is beyond the IDT limit {idt_limit:#x}",
            )
        raw = cpu.read_virtual(idt_base + event.vector * gate_size, gate_size, paging)
        if raw is None:
            raise DeliveryFault(PAGE_FAULT, 0, f"the IDT at {idt_base:#x} is not mapped")
        gate = Gate.decode(raw, long_mode)
        selector, target, ist = gate.selector, gate.target, gate.ist
        # The SDM's order (INT n pseudo-code; QEMU's do_interrupt64/_protected): the
        # descriptor's type (S bit included), then a software interrupt's DPL, then P.
        gate_type, dpl, present = gate.kind, gate.dpl, gate.present
        gates, what = (
            (LONG_MODE_GATES, "an interrupt or trap gate")
            if long_mode
            else (PROTECTED_MODE_GATES, "an interrupt, trap or task gate")
        )
        if gate_type not in gates:
            raise DeliveryFault(
                GENERAL_PROTECTION,
                gate_error,
                f"the IDT entry for vector {event.vector:#x} has type {gate_type:#x}, not {what}",
            )
        cs = cpu.get("cs")
        cpl = cs & 3
        if event.kind is Kind.SOFTWARE and dpl < cpl:
            raise DeliveryFault(
                GENERAL_PROTECTION,
                gate_error,
                f"software interrupt {event.vector:#x} through a gate with DPL {dpl}",
            )
        if not present:
            raise DeliveryFault(
                SEGMENT_NOT_PRESENT,
                gate_error,
                f"the IDT gate for vector {event.vector:#x} is not present",
            )
        if gate_type == TASK_GATE:
            TaskSwitch(cpu, paging).through_gate(event, selector)
            return
        if gate_type in (INTERRUPT_GATE_16, TRAP_GATE_16):
            raise NotEmulated(f"vector {event.vector:#x} has a 16-bit interrupt or trap gate")
        target_cs = self._code_segment(selector, paging) if cpl != 0 else None
        new_ss = SegmentCache(0, 0, 0, 0)  # long mode: a null SS with RPL 0
        flags = cpu.get("rflags")
        if long_mode:
            old_rsp = cpu.get("rsp")
            if ist:
                rsp = self._ist_stack(ist, paging)
            elif cpl != 0:
                rsp = self._tss_field(0x04, 8, paging)  # RSP0: the ring-0 stack
            else:
                rsp = old_rsp
            rsp &= ~0xF
            words = [cpu.get("ss"), old_rsp, flags, cs, event.return_ip]
            width = 8
        elif cpl != 0:
            # 32-bit TSS: ESP0 at 4, SS0 at 8; the old SS:ESP go on the new stack.
            new_ss = self._stack_segment(self._tss_field(0x08, 2, paging), paging)
            rsp = self._tss_field(0x04, 4, paging)
            words = [cpu.get("ss"), cpu.get("esp"), flags, cs, event.return_ip]
            width = 4
        else:
            rsp = cpu.get("esp")
            words = [flags, cs, event.return_ip]
            width = 4
        if event.error_code is not None:
            words.append(event.error_code)
        # The frame, lowest address first: (error code,) RIP, CS, RFLAGS (, RSP, SS).
        mask = (1 << width * 8) - 1
        frame = b"".join((word & mask).to_bytes(width, "little") for word in reversed(words))
        rsp -= len(frame)
        failed = cpu.write_virtual(new_ss.base + rsp, frame, paging)
        if failed is not None:
            raise DeliveryFault(
                PAGE_FAULT, 2, f"the interrupt stack at {failed:#x} is not mapped writable"
            )
        cpu.set("rsp" if long_mode else "esp", rsp)
        cleared = FLAG_TF | FLAG_NT | FLAG_RF | (FLAG_IF if gate_type == INTERRUPT_GATE else 0)
        cpu.set("rflags", flags & ~cleared)
        if target_cs is not None:
            # Ring 3 -> ring 0: CS from the gate's descriptor, SS null (long mode) or
            # SS0 (protected mode), CPL 0 -- loaded into the hidden caches directly.
            cpu.set("rip", target)
            SegmentLoader.load(cpu.uc, {"cs": target_cs, "ss": new_ss}, 0)
            return
        if selector != cs:
            # Only the selector changes (the descriptor cache keeps the current,
            # flat ring-0 code segment); the handler's iret reloads CS for real.
            cpu.set("cs", selector)
        cpu.set("rip", target)

    def _ist_stack(self, ist: int, paging: Paging) -> int:
        return self._tss_field(0x24 + (ist - 1) * 8, 8, paging)

    def _tss_field(self, offset: int, size: int, paging: Paging) -> int:
        """A field of the current TSS (64-bit: RSP0 at 4, IST1 at 0x24; 32-bit: ESP0 at 4,
        SS0 at 8)."""
        tss_base, _ = self.cpu.table_register("tr")
        raw = self.cpu.read_virtual(tss_base + offset, size, paging)
        if raw is None:
            raise DeliveryFault(10, 0, f"the TSS at {tss_base:#x} is not mapped")
        return int.from_bytes(raw, "little")

    def _descriptor(self, selector: int, paging: Paging, what: str) -> SegmentCache:
        gdt = self.cpu.table_register("gdtr")
        cache = read_descriptor(self.cpu, paging, selector & ~3, gdt)
        if cache is None or selector & 4 or not selector & ~7:
            raise DeliveryFault(
                GENERAL_PROTECTION, selector & ~3, f"{what} {selector:#x} is not in the GDT"
            )
        return cache

    def _code_segment(self, selector: int, paging: Paging) -> SegmentCache:
        """The ring-0 code segment a gate names, read from the GDT."""
        cache = self._descriptor(selector, paging, "gate selector")
        if not cache.flags & 1 << 15 or (cache.flags >> 13) & 3 != 0 or not cache.flags & 1 << 11:
            raise DeliveryFault(
                GENERAL_PROTECTION,
                selector & ~3,
                f"gate selector {selector:#x} is not a present ring-0 code segment",
            )
        return cache

    def _stack_segment(self, selector: int, paging: Paging) -> SegmentCache:
        """The TSS's SS0: a present, writable ring-0 data segment."""
        cache = self._descriptor(selector, paging, "the TSS's SS0")
        writable_data = cache.flags & 1 << 12 and not cache.flags & 1 << 11 and cache.flags & 1 << 9
        if not cache.flags & 1 << 15 or (cache.flags >> 13) & 3 != 0 or not writable_data:
            raise DeliveryFault(
                10,
                selector & ~3,
                f"the TSS's SS0 {selector:#x} is not a writable ring-0 data segment",
            )
        return cache


#: 32-bit TSS fields (SDM vol. 3, figure 8-2).
TSS_LINK, TSS_CR3, TSS_EIP, TSS_EFLAGS, TSS_REGISTERS, TSS_SEGMENTS, TSS_LDT = (
    0x00, 0x1C, 0x20, 0x24, 0x28, 0x48, 0x60,
)  # fmt: skip
TSS32_MIN_LIMIT = 0x67
GENERAL_REGISTERS = ("eax", "ecx", "edx", "ebx", "esp", "ebp", "esi", "edi")
SEGMENT_REGISTERS = ("es", "cs", "ss", "ds", "fs", "gs")
#: Descriptor bits, in the high dword as QEMU's caches keep them.
DESC_PRESENT, DESC_CODE, DESC_SEGMENT, DESC_TSS_BUSY = 1 << 15, 1 << 11, 1 << 12, 1 << 9
DESC_WRITABLE_OR_READABLE = 1 << 9
TSS_AVAILABLE_32, LDT_TYPE = 0x9, 0x2
CR0_TS = 1 << 3


class TaskSwitch:
    """An event delivered through a task gate, in 32-bit protected mode (SDM vol. 3, 7.3).

    The current state (EIP, EFLAGS, general and segment registers) is saved in
    the current TSS; the gate's TSS, which must be an available 32-bit TSS,
    becomes busy and current with a back link to the old one; its CR3 (with
    paging), LDT, registers and segments are loaded, NT is set and CR0.TS too;
    an error code goes on the new task's stack. The handler's ``iret`` (NT set)
    switches back, and QEMU does that part itself.

    The checks of the new task's segments are made before the switch rather
    than after it, so a bad TSS faults in the old task. Not emulated: 16-bit
    TSSes, virtual-8086 tasks, I/O permission maps' role in the switch.
    """

    def __init__(self, cpu: X86Cpu, paging: Paging) -> None:
        self.cpu = cpu
        self.paging = paging

    def through_gate(self, event: Event, selector: int) -> None:
        cpu, uc = self.cpu, self.cpu.uc
        gdt_base, _ = cpu.table_register("gdtr")
        new = self._tss(selector)
        raw = cpu.read_virtual(new.base, TSS32_MIN_LIMIT + 1, self.paging)
        if raw is None:
            raise DeliveryFault(PAGE_FAULT, 0, f"the TSS at {new.base:#x} is not mapped")
        (cr3, eip, eflags), registers = (
            struct.unpack_from("<3I", raw, TSS_CR3),
            struct.unpack_from("<8I", raw, TSS_REGISTERS),
        )
        selectors = [word & 0xFFFF for word in struct.unpack_from("<6I", raw, TSS_SEGMENTS)]
        (ldt_selector,) = struct.unpack_from("<H", raw, TSS_LDT)
        if eflags & FLAG_VM:
            raise NotEmulated(f"the task gate's TSS {selector:#x} holds a virtual-8086 task")
        ldt = self._ldt(ldt_selector)
        caches = {
            name: self._segment(name, value, ldt)
            for name, value in zip(SEGMENT_REGISTERS, selectors, strict=True)
        }
        # Checked: now switch. The old task's state goes into its own TSS.
        old_selector, old_base, _, _ = uc.reg_read(X.UC_X86_REG_TR)
        saved = struct.pack("<2I", event.return_ip, cpu.get("eflags"))
        saved += struct.pack("<8I", *(cpu.get(name) for name in GENERAL_REGISTERS))
        saved += struct.pack("<6I", *(cpu.get(name) for name in SEGMENT_REGISTERS))
        self._write(old_base + TSS_EIP, saved)
        self._write(new.base + TSS_LINK, struct.pack("<H", old_selector))
        self._write(gdt_base + (selector & ~7) + 5, bytes([(new.flags >> 8 & 0xFF) | 0x2]))
        if self.paging.cr0 & CR0_PG:
            cpu.set("cr3", cr3)
        cpu.set("cr0", cpu.get("cr0") | CR0_TS)
        for name, value in zip(GENERAL_REGISTERS, registers, strict=True):
            cpu.set(name, value)
        busy = SegmentCache(selector & ~3, new.base, new.limit, new.flags | DESC_TSS_BUSY)
        SegmentLoader.load(uc, {**caches, "ldt": ldt, "tr": busy}, caches["cs"].selector & 3)
        cpu.set("eflags", eflags | FLAG_NT | 0x2)
        cpu.set("rip", eip)
        if event.error_code is not None:
            esp = (registers[4] - 4) & 0xFFFF_FFFF
            failed = cpu.write_virtual(
                caches["ss"].base + esp, struct.pack("<I", event.error_code), cpu.paging()
            )
            if failed is not None:
                raise DeliveryFault(
                    PAGE_FAULT, 2, f"the new task's stack at {failed:#x} is not mapped writable"
                )
            cpu.set("esp", esp)

    def _write(self, address: int, data: bytes) -> None:
        failed = self.cpu.write_virtual(address, data, self.paging)
        if failed is not None:
            raise DeliveryFault(PAGE_FAULT, 2, f"the TSS or GDT at {failed:#x} is not writable")

    def _descriptor(self, selector: int, table: tuple[int, int], what: str) -> SegmentCache:
        cache = read_descriptor(self.cpu, self.paging, selector, table)
        if cache is None:
            raise DeliveryFault(
                INVALID_TSS, selector & ~3, f"{what} {selector:#x} is beyond its table"
            )
        return cache

    def _tss(self, selector: int) -> SegmentCache:
        """The gate's TSS: an available 32-bit TSS in the GDT, present, at least 104 bytes."""
        if selector & 4 or not selector & ~7:
            raise DeliveryFault(
                GENERAL_PROTECTION,
                selector & ~3,
                f"the task gate's TSS selector {selector:#x} is not in the GDT",
            )
        cache = self._descriptor(selector, self.cpu.table_register("gdtr"), "the task gate's TSS")
        if cache.flags & DESC_SEGMENT or (cache.flags >> 8) & 0xF != TSS_AVAILABLE_32:
            busy = (cache.flags >> 8) & 0xF == TSS_AVAILABLE_32 | 2
            raise DeliveryFault(
                GENERAL_PROTECTION,
                selector & ~3,
                f"the task gate's TSS {selector:#x} is "
                + ("busy" if busy else "not an available 32-bit TSS"),
            )
        if not cache.flags & DESC_PRESENT:
            raise DeliveryFault(
                SEGMENT_NOT_PRESENT,
                selector & ~3,
                f"the task gate's TSS {selector:#x} is not present",
            )
        if cache.limit < TSS32_MIN_LIMIT:
            raise DeliveryFault(
                INVALID_TSS, selector & ~3, f"the TSS {selector:#x} is shorter than 104 bytes"
            )
        return cache

    def _ldt(self, selector: int) -> SegmentCache:
        if not selector & ~3:
            return SegmentCache(0, 0, 0, 0)
        cache = self._descriptor(selector, self.cpu.table_register("gdtr"), "the new task's LDT")
        if selector & 4 or cache.flags & DESC_SEGMENT or (cache.flags >> 8) & 0xF != LDT_TYPE:
            raise DeliveryFault(
                INVALID_TSS, selector & ~3, f"the new task's LDT {selector:#x} is not an LDT"
            )
        if not cache.flags & DESC_PRESENT:
            raise DeliveryFault(
                INVALID_TSS, selector & ~3, f"the new task's LDT {selector:#x} is not present"
            )
        return cache

    def _segment(self, name: str, selector: int, ldt: SegmentCache) -> SegmentCache:
        """One of the new task's segments, checked as the SDM's task-switch steps say."""
        if not selector & ~3:
            if name in ("cs", "ss"):
                raise DeliveryFault(INVALID_TSS, 0, f"the new task's {name.upper()} is null")
            return SegmentCache(selector, 0, 0, 0)
        table = (ldt.base, ldt.limit) if selector & 4 else self.cpu.table_register("gdtr")
        cache = self._descriptor(selector, table, f"the new task's {name.upper()}")
        flags, rpl, dpl = cache.flags, selector & 3, (cache.flags >> 13) & 3
        code = bool(flags & DESC_CODE)
        if name == "cs":
            valid = code and (dpl == rpl if not flags & (1 << 10) else dpl <= rpl)
        elif name == "ss":
            valid = not code and bool(flags & DESC_WRITABLE_OR_READABLE) and dpl == rpl
        else:
            valid = not code or bool(flags & DESC_WRITABLE_OR_READABLE)
        if not flags & DESC_SEGMENT or not valid:
            raise DeliveryFault(
                INVALID_TSS,
                selector & ~3,
                f"the new task's {name.upper()} {selector:#x} is not usable",
            )
        if not flags & DESC_PRESENT:
            vector = STACK_FAULT if name == "ss" else SEGMENT_NOT_PRESENT
            raise DeliveryFault(
                vector, selector & ~3, f"the new task's {name.upper()} {selector:#x} is not present"
            )
        return cache
