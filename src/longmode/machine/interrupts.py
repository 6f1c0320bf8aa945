"""Interrupt and exception delivery, done in Python as the SDM describes it.

unicorn hands every ``int n`` and every CPU exception to one hook with just
the vector; it never reads the IVT or IDT itself. This module does what the
CPU would (Intel SDM vol. 3, ch. 6):

* real mode: push FLAGS, CS, IP; clear IF and TF; continue at the IVT entry;
* protected and long mode: read the IDT gate (interrupt or trap gate), pick
  the stack (same privilege: the current one; IST n in long mode), push the
  frame and the error code of #DF #TS #NP #SS #GP #PF #AC, clear IF for
  interrupt gates, continue at the gate's offset;
* a fault while delivering is delivered in its place, or becomes #DF when
  the two make one (SDM table 6-5: contributory after contributory or #PF,
  #PF after #PF); a fault while delivering #DF is a triple fault, reported
  by :class:`TripleFault`.

The error codes of exceptions the CPU raises (a selector for #GP #TS #NP
#SS, the page-fault bits for #PF) are QEMU's own, read from its state by
:class:`~longmode.machine.cpu.ExceptionState`; those of faults raised here,
in delivery, name the IDT entry (``vector * 8 + 2 + EXT``) or the selector.
QEMU never raises #AC (it does not check alignment).

A gate entered from ring 3 switches stacks — RSP0 or the gate's IST stack in
long mode, SS0:ESP0 in protected mode — and loads the gate's ring-0 CS (and
SS) into the hidden segment caches (see
:class:`~longmode.machine.cpu.SegmentLoader`). Not emulated yet: task gates,
16-bit gates, virtual-8086 mode.
"""

from __future__ import annotations

import enum
import struct
from dataclasses import dataclass

from longmode.machine.cpu import (
    FLAG_IF,
    FLAG_NT,
    FLAG_RF,
    FLAG_TF,
    Mode,
    Paging,
    SegmentCache,
    SegmentLoader,
    X86Cpu,
)

#: Exceptions that push an error code (SDM vol. 3, table 6-1).
ERROR_CODE_VECTORS = frozenset({8, 10, 11, 12, 13, 14, 17, 21, 29, 30})
DOUBLE_FAULT = 8
#: Contributory exceptions (SDM vol. 3, table 6-4): two in a row make a #DF.
CONTRIBUTORY = frozenset({0, 10, 11, 12, 13})
GENERAL_PROTECTION = 13
PAGE_FAULT = 14

EXCEPTION_NAMES = {
    0: "#DE divide error",
    1: "#DB debug",
    2: "NMI",
    3: "#BP breakpoint",
    4: "#OF overflow",
    5: "#BR bound range exceeded",
    6: "#UD invalid opcode",
    7: "#NM device not available",
    8: "#DF double fault",
    10: "#TS invalid TSS",
    11: "#NP segment not present",
    12: "#SS stack-segment fault",
    13: "#GP general protection",
    14: "#PF page fault",
    16: "#MF x87 floating-point error",
    17: "#AC alignment check",
    18: "#MC machine check",
    19: "#XM SIMD floating-point exception",
    20: "#VE virtualization exception",
    21: "#CP control protection",
}


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


class DeliveryFault(Exception):
    """Delivering an event itself faulted: ``vector`` and ``error_code`` say how."""

    def __init__(self, vector: int, error_code: int | None, reason: str) -> None:
        super().__init__(reason)
        self.vector = vector
        self.error_code = error_code
        self.reason = reason


class TripleFault(Exception):
    """A fault while delivering a double fault: the CPU would shut down."""

    def __init__(self, chain: list[str]) -> None:
        super().__init__("; then ".join(chain))
        self.chain = chain


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

    def deliver(self, event: Event) -> None:
        """Delivers ``event``; a fault on the way is delivered in its place, or
        becomes #DF or a :class:`TripleFault`, as SDM vol. 3 table 6-5 says."""
        chain = [event.describe()]
        current = event
        while True:
            try:
                self._deliver_once(current)
                return
            except DeliveryFault as fault:
                chain.append(f"{fault.reason}: {EXCEPTION_NAMES.get(fault.vector, fault.vector)}")
                if current.vector == DOUBLE_FAULT and current.kind is Kind.EXCEPTION:
                    raise TripleFault(chain) from None
                if _makes_double_fault(current, fault.vector):
                    current = Event(DOUBLE_FAULT, Kind.EXCEPTION, current.fault_ip, 0)
                    chain.append("delivered as #DF double fault")
                else:
                    vector, error = fault.vector, fault.error_code
                    current = Event(vector, Kind.EXCEPTION, current.fault_ip, error)
                    chain.append(f"delivered as {current.describe()}")

    def _deliver_once(self, event: Event) -> None:
        paging = self.cpu.paging()
        if paging.mode is Mode.REAL:
            self._deliver_real(event)
        else:
            self._deliver_protected(event, paging)

    # --- real mode ----------------------------------------------------------

    def _deliver_real(self, event: Event) -> None:
        cpu = self.cpu
        uc = cpu.uc
        offset, segment = struct.unpack("<HH", uc.mem_read(event.vector * 4, 4))
        flags = cpu.get("eflags")
        cs = cpu.get("cs")
        ss, sp = cpu.get("ss"), cpu.get("sp")
        # FLAGS, CS, IP for the handler's iret; then the handler's CS:IP for our retf.
        frame = struct.pack("<HHHHH", offset, segment, event.return_ip & 0xFFFF, cs, flags & 0xFFFF)
        sp = (sp - len(frame)) & 0xFFFF
        uc.mem_write((ss << 4) + sp, frame)
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
        if long_mode:
            low, selector, ist, attributes, middle, high, _ = struct.unpack("<HHBBHII", raw)
            target = low | middle << 16 | high << 32
            ist &= 7
        else:
            low, selector, _, attributes, middle = struct.unpack("<HHBBH", raw)
            target, ist = low | middle << 16, 0
        gate_type, dpl, present = attributes & 0xF, (attributes >> 5) & 3, attributes >> 7
        if not present:
            raise DeliveryFault(
                11, gate_error, f"the IDT gate for vector {event.vector:#x} is not present"
            )
        if gate_type not in (0xE, 0xF):
            raise DeliveryFault(
                GENERAL_PROTECTION,
                gate_error,
                f"the IDT entry for vector {event.vector:#x} has type {gate_type:#x}, "
                "not an interrupt or trap gate",
            )
        cs = cpu.get("cs")
        cpl = cs & 3
        if event.kind is Kind.SOFTWARE and dpl < cpl:
            raise DeliveryFault(
                GENERAL_PROTECTION,
                gate_error,
                f"software interrupt {event.vector:#x} through a gate with DPL {dpl}",
            )
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
        cleared = FLAG_TF | FLAG_NT | FLAG_RF | (FLAG_IF if gate_type == 0xE else 0)
        cpu.set("rflags", flags & ~cleared)
        if target_cs is not None:
            # Ring 3 -> ring 0: CS from the gate's descriptor, SS null (long mode) or
            # SS0 (protected mode), CPL 0 -- loaded into the hidden caches directly.
            cpu.set("rip", target)
            SegmentLoader.load(cpu.uc, target_cs, new_ss, 0)
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
        gdt_base, gdt_limit = self.cpu.table_register("gdtr")
        index = selector & ~7
        raw = self.cpu.read_virtual(gdt_base + index, 8, paging) if index + 7 <= gdt_limit else None
        if raw is None or selector & 4 or index == 0:
            raise DeliveryFault(
                GENERAL_PROTECTION, selector & ~3, f"{what} {selector:#x} is not in the GDT"
            )
        return SegmentCache.from_descriptor(selector & ~3, struct.unpack("<Q", raw)[0])

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
