"""The local APIC (xAPIC mode) of the machine's one processor, at 0xFEE00000.

Reference: Intel SDM vol. 3A, chapter "Advanced Programmable Interrupt
Controller (APIC)": the register map ("Local APIC Register Address Map"),
interrupt acceptance and priorities (TPR, PPR, IRR/ISR/TMR), the local vector
table, the interrupt command register and the APIC timer. Where the SDM and
QEMU 7.2 differ, this model does what QEMU's ``hw/intc/apic.c`` and
``apic_common.c`` do, since QEMU is the machine we are compared with; each
such place is named in :class:`LocalApic`'s docstring.

Time is lazy: the timer remembers when its initial count was written; a read
of the current count computes it from the time of the last :meth:`advance`,
:meth:`next_event` says when the timer next expires and :meth:`advance`
raises the timer's vector for the expiries that fell due.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Protocol

from longmode.machine.devices.base import Device

#: The xAPIC's physical base address (IA32_APIC_BASE's reset value).
LAPIC_BASE = 0xFEE00000

#: The version register: QEMU's version 0x14 with "max LVT entry" 5 (six LVTs, no CMCI).
VERSION = 0x00050014

#: Local vector table entries, in register order from offset 0x320.
LVT_TIMER, LVT_THERMAL, LVT_PERFORMANCE, LVT_LINT0, LVT_LINT1, LVT_ERROR = range(6)
LVT_NAMES = ("timer", "thermal", "performance", "LINT0", "LINT1", "error")
LVT_COUNT = 6

LVT_MASKED = 1 << 16
LVT_LEVEL_TRIGGERED = 1 << 15
#: Timer mode field (bits 17-18): 0 one-shot, 1 periodic, 2 TSC-deadline.
LVT_TIMER_PERIODIC = 1 << 17
LVT_TIMER_TSC_DEADLINE = 2 << 17

SVR_SOFTWARE_ENABLE = 1 << 8
#: ESR bit 7: "Illegal Register Address" (the only error QEMU ever records).
ESR_ILLEGAL_REGISTER_ADDRESS = 1 << 7

#: Delivery modes (LVT, ICR and I/O APIC bits 8-10) by their names in :meth:`LocalApic.deliver`.
DELIVERY_MODES = {
    0: "fixed",
    1: "lowest",
    2: "smi",
    4: "nmi",
    5: "init",
    6: "startup",
    7: "extint",
}

#: Register names by ``offset >> 4`` for the access log and :meth:`LocalApic.register_name`.
REGISTER_NAMES = {
    0x02: "ID",
    0x03: "version",
    0x08: "TPR",
    0x09: "APR",
    0x0A: "PPR",
    0x0B: "EOI",
    0x0C: "RRD",
    0x0D: "LDR",
    0x0E: "DFR",
    0x0F: "SVR",
    **{0x10 + i: f"ISR{i}" for i in range(8)},
    **{0x18 + i: f"TMR{i}" for i in range(8)},
    **{0x20 + i: f"IRR{i}" for i in range(8)},
    0x28: "ESR",
    0x2F: "LVT CMCI",
    0x30: "ICR low",
    0x31: "ICR high",
    **{0x32 + i: f"LVT {name}" for i, name in enumerate(LVT_NAMES)},
    0x38: "initial count",
    0x39: "current count",
    0x3E: "divide configuration",
}


class InterruptController(Protocol):
    """What LINT0 sees of the 8259 pair: INTR and the acknowledge cycle.

    The same shape as :class:`longmode.machine.board.interrupts.InterruptController`
    (devices do not import the board): a :class:`~.pic8259.DualPic` is one.
    """

    def interrupt_pending(self) -> bool:
        """True while INTR is asserted."""
        ...

    def acknowledge(self) -> int:
        """The INTA cycle: the vector."""
        ...


def _highest(bits: int) -> int:
    """The highest vector set in a 256-bit register, -1 if none."""
    return bits.bit_length() - 1


def _vectors(bits: int) -> str:
    """``0x20 0x41`` for the vectors set in a 256-bit register, ``-`` if none."""
    return " ".join(f"{v:#04x}" for v in range(256) if bits >> v & 1) or "-"


def count_shift(divide_configuration: int) -> int:
    """log2 of the timer's divisor for a divide configuration value (bits 0, 1 and 3).

    ``0b0000`` divides by 2, ``0b0011`` by 16, ``0b1010`` by 128 and ``0b1011`` by 1.
    """
    code = (divide_configuration & 3) | ((divide_configuration >> 1) & 4)
    return (code + 1) & 7


class LocalApic(Device):
    """The bootstrap processor's local APIC: registers, priorities, IPIs to itself, the timer.

    CPU side (the :class:`InterruptController` protocol): :meth:`interrupt_pending`
    is the INTR the CPU sees and :meth:`acknowledge` the INTA cycle. The 8259
    pair (``pic``) reaches the CPU through LINT0 in ExtINT mode, as on a PC.
    The I/O APIC and this APIC's own ICR send interrupt messages through
    :meth:`accepts` and :meth:`deliver`. ``on_eoi`` receives the vector of each
    EOI that retires a level-triggered interrupt (the EOI message the I/O APIC
    needs); ``on_not_emulated`` receives a sentence for each request this
    machine cannot carry out (an INIT or STARTUP IPI to another processor, an
    NMI or SMI message).

    Emulated: every xAPIC register QEMU 7.2 has, with its reset values for the
    bootstrap processor (SVR 0xFF, every LVT masked but LINT0 = ExtINT, DFR
    flat); TPR/PPR priority classes and the spurious vector; IRR, ISR and TMR
    with nested EOIs; fixed, lowest-priority and ExtINT messages; the ICR with
    the self / all / all-but-self shorthands and physical, flat and cluster
    logical destinations; the one-shot and periodic timer at QEMU's rate of
    1 GHz divided by the divide configuration; the 8259 through LINT0.

    Not emulated: other processors (INIT and STARTUP IPIs to them are reported
    through ``on_not_emulated`` and dropped; a fixed IPI to an absent APIC ID
    is dropped without an error, as in QEMU); NMI and SMI (the CPU has no NMI
    or SMI input here: an NMI or SMI message, or LINT0/LINT1/an LVT in NMI or
    SMI mode firing, is reported and dropped — LINT1 has no source on this
    board); INIT to this processor (reported, ignored); the TSC-deadline timer
    mode (unicorn's CPUID does not offer it: CPUID.1:ECX bit 24 is clear; as in
    QEMU, mode 2 counts like one-shot); thermal, performance-counter and error
    interrupts (their LVTs are storage only); x2APIC mode; the IA32_APIC_BASE
    MSR (:attr:`global_enabled` stands for its enable bit, for the board to set);
    arbitration priority (APR reads 0, as in QEMU).

    QEMU 7.2 rather than the SDM, on purpose:

    - software disable (SVR bit 8 clear) does not mask the LVTs and they stay
      writable; interrupts still reach IRR but are not signalled until the APIC is
      enabled again. LINT0 = ExtINT at reset with SVR 0xFF is what lets the
      8259 through to a guest that never enables its APIC (``apic.c``
      ``apic_irq_pending``, ``apic_accept_pic_intr``).
    - the ESR only records illegal register addresses (bit 7), never clears —
      a write to it is ignored — and no send/receive illegal-vector error
      exists: a vector below 16 is accepted like any other (``apic_mem_write``
      case 0x28 ``break``; checked on QEMU 7.2: ESR still 0x80 after writes).
    - registers and reserved bits store what is written (an LVT keeps all 32
      bits; ICR low keeps its delivery-status bit), so "delivery status" reads
      idle because guests write it as 0.
    - a write of 4 bytes to offsets 0x000-0x00F is an MSI message (vector =
      value bits 0-7, mode bits 8-10, destination 0, logical if bit 2 of the
      offset is set), QEMU's ``apic_mem_write`` ``if (addr > 0xfff || !index)``.
    - an access that is not 4 bytes wide reads 0 and writes nothing
      (``apic_mem_read``: ``if (size < 4) return 0``). An 8-byte access is
      invalid in QEMU (reads 0) but unicorn splits it into two 4-byte accesses,
      which this model then serves.
    - when the 8259 asserts INTR and LINT0 accepts it, its vector is taken
      before the APIC's own IRR ("ExtINT interrupts ignore the priority",
      ``apic_get_interrupt``); an ExtINT message (from the I/O APIC or the ICR)
      puts its vector in IRR like a fixed one (``apic_bus_deliver``); the I/O
      APIC reads the 8259's vector when it sends the message.
    """

    name = "lapic"
    mmio = ((LAPIC_BASE, 0x1000),)

    def __init__(self, pic: InterruptController, *, apic_id: int = 0) -> None:
        if not 0 <= apic_id <= 0xFE:
            raise ValueError(f"APIC ID must be 0-254, not {apic_id}")
        self.pic = pic
        #: The APIC ID the processor was given at power-on (the slot QEMU files it under).
        self.initial_id = apic_id
        self.on_eoi: Callable[[int], None] = lambda vector: None
        self.on_not_emulated: Callable[[str], None] = lambda message: None
        #: IA32_APIC_BASE bit 11: cleared, the 8259 reaches the CPU whatever LINT0 says.
        self.global_enabled = True
        #: Virtual time (ns) of the last :meth:`advance`: "now" for register accesses.
        self.now = 0
        self.reset()

    def reset(self) -> None:
        """QEMU's ``apic_reset_common`` for the bootstrap processor."""
        self.id = self.initial_id
        self.tpr = 0
        self.svr = 0xFF
        self.ldr = 0
        #: DFR bits 28-31: 0xF flat model, 0x0 cluster model.
        self.dfr_model = 0xF
        self.isr = 0
        self.tmr = 0
        self.irr = 0
        self.lvt = [LVT_MASKED] * LVT_COUNT
        self.lvt[LVT_LINT0] = 0x700  # ExtINT, unmasked: the 8259 reaches the CPU
        self.esr = 0
        self.icr_low = 0
        self.icr_high = 0
        self.divide_configuration = 0
        self.initial_count = 0
        #: Virtual time (ns) the initial count was last written.
        self.load_time = 0
        #: Virtual time (ns) of the timer's next expiry, None while it is not armed.
        self.next_time: int | None = None

    # -- registers ------------------------------------------------------------

    @property
    def enabled(self) -> bool:
        """SVR bit 8: the APIC is software-enabled."""
        return bool(self.svr & SVR_SOFTWARE_ENABLE)

    @property
    def ppr(self) -> int:
        """The processor priority: the TPR, or the highest in-service class if above it."""
        in_service = max(_highest(self.isr), 0) >> 4
        return self.tpr if self.tpr >> 4 >= in_service else in_service << 4

    @property
    def count_shift(self) -> int:
        """log2 of the timer's current divisor."""
        return count_shift(self.divide_configuration)

    def mmio_read(self, offset: int, size: int) -> int:
        """A guest read: 4-byte accesses only; any other width reads 0, as in QEMU."""
        if size != 4:
            return 0
        index = (offset >> 4) & 0xFF
        if index == 0x02:
            return self.id << 24
        if index == 0x03:
            return VERSION
        if index == 0x08:
            return self.tpr
        if index in (0x09, 0x0B):  # APR (no arbitration), EOI
            return 0
        if index == 0x0A:
            return self.ppr
        if index == 0x0D:
            return self.ldr << 24
        if index == 0x0E:
            return self.dfr_model << 28 | 0x0FFFFFFF
        if index == 0x0F:
            return self.svr
        if 0x10 <= index <= 0x27:
            bank = (self.isr, self.tmr, self.irr)[(index - 0x10) >> 3]
            return bank >> ((index & 7) * 32) & 0xFFFFFFFF
        if index == 0x28:
            return self.esr
        if index == 0x30:
            return self.icr_low
        if index == 0x31:
            return self.icr_high
        if 0x32 <= index <= 0x37:
            return self.lvt[index - 0x32]
        if index == 0x38:
            return self.initial_count
        if index == 0x39:
            return self.current_count()
        if index == 0x3E:
            return self.divide_configuration
        self.esr |= ESR_ILLEGAL_REGISTER_ADDRESS
        return 0

    def mmio_write(self, offset: int, size: int, value: int) -> None:
        """A guest write: 4-byte accesses only; other widths are ignored, as in QEMU."""
        if size != 4:
            return
        value &= 0xFFFFFFFF
        index = (offset >> 4) & 0xFF
        if index == 0x00:
            # QEMU's APIC page doubles as the MSI window: the offset is the address.
            self._message(
                0, bool(offset & 4), (value >> 8) & 7, value & 0xFF, bool(value >> 15 & 1)
            )
        elif index == 0x02:
            self.id = value >> 24
        elif index == 0x08:
            self.tpr = value & 0xFF
        elif index == 0x0B:
            self.write_eoi()
        elif index == 0x0D:
            self.ldr = value >> 24
        elif index == 0x0E:
            self.dfr_model = value >> 28
        elif index == 0x0F:
            self.svr = value & 0x1FF
        elif index == 0x30:
            self.write_icr(value)
        elif index == 0x31:
            self.icr_high = value
        elif 0x32 <= index <= 0x37:
            self.write_lvt(index - 0x32, value)
        elif index == 0x38:
            self.initial_count = value
            self.load_time = self.now
            self._arm_timer(self.now)
        elif index == 0x3E:
            self.divide_configuration = value & 0xB
        elif index in (0x03, 0x09, 0x0A, 0x28, 0x39) or 0x10 <= index <= 0x27:
            pass  # read-only (the ESR too: QEMU ignores writes to it)
        else:
            self.esr |= ESR_ILLEGAL_REGISTER_ADDRESS

    def write_eoi(self) -> None:
        """EOI: retires the highest in-service vector; a level-triggered one goes to ``on_eoi``."""
        vector = _highest(self.isr)
        if vector < 0:
            return
        self.isr &= ~(1 << vector)
        if self.tmr >> vector & 1:
            self.on_eoi(vector)

    def write_lvt(self, entry: int, value: int) -> None:
        """An LVT register: stored whole; the timer re-arms, LINT0 looks at the 8259 again."""
        self.lvt[entry] = value
        if entry == LVT_TIMER:
            self._arm_timer(self.now)
        elif entry == LVT_LINT0 and self._pic_reaches_lint0():
            self._local_deliver(LVT_LINT0)

    def write_icr(self, value: int) -> None:
        """ICR low: sends the IPI it describes (with the destination in ICR high)."""
        self.icr_low = value
        mode = (value >> 8) & 7
        vector = value & 0xFF
        logical = bool(value >> 11 & 1)
        level_triggered = bool(value >> 15 & 1)
        shorthand = (value >> 18) & 3
        destination = self.icr_high >> 24
        if shorthand == 0:
            to_me = self.accepts(destination, logical)
            if logical:
                to_others = not to_me or destination != self.ldr
                target = f"logical destination {destination:#04x}"
            else:
                to_others = destination != self.id
                target = "all APICs" if destination == 0xFF else f"APIC ID {destination}"
        else:
            # QEMU files the shorthands under the slot numbered like the current ID.
            to_me = {1: self.id == self.initial_id, 2: True, 3: self.id != self.initial_id}[
                shorthand
            ]
            to_others = shorthand != 1
            target = {1: "self", 2: "all including self", 3: "all excluding self"}[shorthand]
        if mode == 5 and not value >> 14 & 1 and level_triggered:
            return  # INIT level de-assert: only synchronizes arbitration IDs
        if mode in (5, 6) and to_others:
            kind = "INIT IPI" if mode == 5 else f"STARTUP IPI (vector {vector:#04x})"
            self.on_not_emulated(
                f"{kind} to {target}: this machine has one CPU; other processors are not emulated"
            )
        if mode == 6:
            return  # STARTUP to this processor: the BSP is not waiting for one
        if to_me:
            self._bus_deliver(mode, vector, level_triggered)

    # -- interrupt messages ---------------------------------------------------

    def accepts(self, destination: int, logical: bool) -> bool:
        """Whether a message to ``destination`` (physical or logical) is for this APIC."""
        destination &= 0xFF
        if not logical:
            return destination in (0xFF, self.id)
        if self.dfr_model == 0xF:  # flat: one bit per APIC
            return bool(destination & self.ldr)
        if self.dfr_model == 0x0:  # cluster: cluster number, then one bit per APIC
            return (destination & 0xF0) == (self.ldr & 0xF0) and bool(destination & self.ldr & 0x0F)
        return False

    def deliver(self, vector: int, mode: str, level_triggered: bool) -> None:
        """An interrupt message this APIC accepted (from the I/O APIC or an IPI).

        ``fixed``, ``lowest`` and ``extint`` set ``vector`` in IRR (and TMR for a
        level-triggered one); ``nmi``, ``smi`` and ``init`` are reported through
        ``on_not_emulated``; ``startup`` is ignored, as by a processor that is
        not waiting for one.
        """
        codes = {name: code for code, name in DELIVERY_MODES.items()}
        if mode not in codes:
            raise ValueError(f"delivery mode must be one of {', '.join(codes)}, not {mode!r}")
        if mode != "startup":
            self._bus_deliver(codes[mode], vector, level_triggered)

    def _message(
        self, destination: int, logical: bool, mode: int, vector: int, level: bool
    ) -> None:
        if self.accepts(destination, logical):
            self._bus_deliver(mode, vector, level)

    def _bus_deliver(self, mode: int, vector: int, level_triggered: bool) -> None:
        """QEMU's ``apic_bus_deliver`` for this APIC: modes 3 and 6 are dropped."""
        if mode in (0, 1, 7):
            self.set_irr(vector, level_triggered)
        elif mode in (2, 4):
            name = "SMI" if mode == 2 else "NMI"
            self.on_not_emulated(
                f"{name} message to this CPU: the CPU's {name} input is not emulated; dropped"
            )
        elif mode == 5:
            self.on_not_emulated("INIT to this CPU: processor reset by INIT is not emulated")

    def set_irr(self, vector: int, level_triggered: bool) -> None:
        """Accepts ``vector``: its IRR bit set, its TMR bit set for level, cleared for edge."""
        bit = 1 << (vector & 0xFF)
        self.irr |= bit
        self.tmr = self.tmr | bit if level_triggered else self.tmr & ~bit

    def _local_deliver(self, entry: int) -> None:
        """An LVT input fires: QEMU's ``apic_local_deliver``."""
        lvt = self.lvt[entry]
        if lvt & LVT_MASKED:
            return
        mode = (lvt >> 8) & 7
        if mode == 0:
            level = entry in (LVT_LINT0, LVT_LINT1) and bool(lvt & LVT_LEVEL_TRIGGERED)
            self.set_irr(lvt & 0xFF, level)
        elif mode in (2, 4):
            name = "SMI" if mode == 2 else "NMI"
            self.on_not_emulated(
                f"LVT {LVT_NAMES[entry]} in {name} mode fired: the CPU's {name} input "
                "is not emulated; dropped"
            )
        # ExtINT: the CPU's INTR follows the 8259 (see interrupt_pending).

    def lint0(self, level: bool) -> None:
        """The 8259's INTR output on LINT0, for a board that wires ``DualPic.on_intr`` here.

        Only LINT0 in fixed mode needs the edges (QEMU's ``apic_deliver_pic_intr``):
        rising sets the LVT's vector in IRR; falling withdraws it if level-triggered.
        """
        if level:
            self._local_deliver(LVT_LINT0)
            return
        lvt = self.lvt[LVT_LINT0]
        if (lvt >> 8) & 7 == 0 and lvt & LVT_LEVEL_TRIGGERED:
            self.irr &= ~(1 << (lvt & 0xFF))

    # -- the CPU side ---------------------------------------------------------

    def accepts_pic_interrupt(self) -> bool:
        """LINT0 passes the 8259's INTR: LINT0 unmasked, or the APIC globally disabled."""
        return not self.global_enabled or not self.lvt[LVT_LINT0] & LVT_MASKED

    def _pic_reaches_lint0(self) -> bool:
        return self.accepts_pic_interrupt() and self.pic.interrupt_pending()

    def _irq_pending(self) -> int:
        """QEMU's ``apic_irq_pending``: the vector to take, 0 for none, -1 if held by PPR."""
        if not self.enabled:
            return 0
        vector = _highest(self.irr)
        if vector < 0:
            return 0
        ppr = self.ppr
        if ppr and (vector & 0xF0) <= (ppr & 0xF0):
            return -1
        return vector

    def interrupt_pending(self) -> bool:
        """INTR: a vector in IRR above the processor priority, or the 8259 through LINT0."""
        return self._irq_pending() > 0 or self._pic_reaches_lint0()

    def acknowledge(self) -> int:
        """INTA: the 8259's vector if it asserts INTR through LINT0, else the highest IRR
        vector (moved to ISR), else the spurious vector — SVR's, or, with nothing
        in IRR and LINT0 open, the 8259's own spurious IRQ 7 (QEMU reads the 8259 then).
        """
        pending = self._irq_pending()
        if pending == 0 or self._pic_reaches_lint0():
            if pending != 0:
                self._local_deliver(LVT_LINT0)
            if self.accepts_pic_interrupt():
                return self.pic.acknowledge()
            return self.svr & 0xFF
        if pending < 0:
            return self.svr & 0xFF
        self.irr &= ~(1 << pending)
        self.isr |= 1 << pending
        return pending

    # -- the timer ------------------------------------------------------------

    def current_count(self) -> int:
        """The current-count register at :attr:`now`."""
        ticks = (self.now - self.load_time) >> self.count_shift
        if self.lvt[LVT_TIMER] & LVT_TIMER_PERIODIC:
            return self.initial_count - ticks % (self.initial_count + 1)
        return max(self.initial_count - ticks, 0)

    def _arm_timer(self, time: int) -> None:
        """QEMU's ``apic_next_timer``: the first expiry after ``time``, if any."""
        self.next_time = None
        lvt = self.lvt[LVT_TIMER]
        if lvt & LVT_MASKED:
            return
        ticks = (time - self.load_time) >> self.count_shift
        period = self.initial_count + 1
        if lvt & LVT_TIMER_PERIODIC:
            if not self.initial_count:
                return
            ticks = (ticks // period + 1) * period
        else:
            if ticks >= self.initial_count:
                return
            ticks = period
        self.next_time = self.load_time + (ticks << self.count_shift)

    def next_event(self) -> int | None:
        """The time of the timer's next expiry (None while stopped, one-shot spent or masked)."""
        return self.next_time

    def advance(self, now: int) -> None:
        """Catches up to ``now``: an expiry that fell due raises the timer LVT's vector.

        Several periodic expiries passed at once raise it once (the IRR bit just
        stays set, as on hardware) and the timer re-arms after ``now``.
        """
        self.now = now
        if self.next_time is not None and self.next_time <= now:
            self._local_deliver(LVT_TIMER)
            self._arm_timer(now)

    # -- state ----------------------------------------------------------------

    _STATE = (
        "id",
        "tpr",
        "svr",
        "ldr",
        "dfr_model",
        "isr",
        "tmr",
        "irr",
        "esr",
        "icr_low",
        "icr_high",
        "divide_configuration",
        "initial_count",
        "load_time",
        "next_time",
        "global_enabled",
        "now",
    )

    def save_state(self) -> dict[str, Any]:
        """Every register and the timer's schedule."""
        state = {key: getattr(self, key) for key in self._STATE}
        state["lvt"] = list(self.lvt)
        return state

    def load_state(self, state: dict[str, Any]) -> None:
        """Restores :meth:`save_state`."""
        for key in self._STATE:
            setattr(self, key, state[key])
        self.lvt = list(state["lvt"])

    # -- for people -----------------------------------------------------------

    def register_name(self, port: int, direction: str = "read") -> str:
        """The register at MMIO offset ``port`` (``TPR``, ``LVT timer``, ``IRR2``…)."""
        index = (port >> 4) & 0xFF
        if index == 0 and direction != "read":
            return "MSI"
        return REGISTER_NAMES.get(index, f"reserved {port:#05x}")

    def describe_lvt(self, entry: int) -> str:
        """One LVT register decoded: ``LVT timer 0x00020030: vector 0x30, periodic``."""
        lvt = self.lvt[entry]
        parts = [f"vector {lvt & 0xFF:#04x}"]
        if entry != LVT_TIMER:
            parts.append(DELIVERY_MODES.get((lvt >> 8) & 7, "reserved mode"))
        if entry in (LVT_LINT0, LVT_LINT1):
            parts.append("level" if lvt & LVT_LEVEL_TRIGGERED else "edge")
            parts.append("active low" if lvt >> 13 & 1 else "active high")
        if entry == LVT_TIMER:
            parts.append(("one-shot", "periodic", "TSC-deadline", "reserved mode")[(lvt >> 17) & 3])
        if lvt & LVT_MASKED:
            parts.append("masked")
        return f"LVT {LVT_NAMES[entry]} {lvt:#010x}: {', '.join(parts)}"

    def describe(self) -> list[str]:
        """Lines for a debugger's ``info apic``."""
        timer_mode = "periodic" if self.lvt[LVT_TIMER] & LVT_TIMER_PERIODIC else "one-shot"
        expiry = "not armed" if self.next_time is None else f"next expiry at {self.next_time} ns"
        return [
            f"local APIC ID {self.id}, version {VERSION:#010x}, at {LAPIC_BASE:#x}",
            f"SVR {self.svr:#05x}: software {'enabled' if self.enabled else 'disabled'}, "
            f"spurious vector {self.svr & 0xFF:#04x}",
            f"TPR {self.tpr:#04x}, PPR {self.ppr:#04x}, LDR {self.ldr:#04x}, "
            f"DFR {'flat' if self.dfr_model == 0xF else 'cluster' if self.dfr_model == 0 else '?'}"
            f", ESR {self.esr:#04x}",
            f"IRR {_vectors(self.irr)}",
            f"ISR {_vectors(self.isr)}",
            f"TMR {_vectors(self.tmr)}",
            f"ICR {self.icr_high:#010x} {self.icr_low:#010x}",
            *(self.describe_lvt(entry) for entry in range(LVT_COUNT)),
            f"timer: {timer_mode}, divide by {1 << self.count_shift}, "
            f"initial count {self.initial_count:#x}, current count {self.current_count():#x}, "
            f"{expiry}",
        ]
