"""The red zone caught in the act: an interrupt frame pushed over a function's locals.

The System V ABI lets a leaf function keep locals in the 128 bytes below RSP. In
a kernel, an interrupt or exception delivered on that same stack (64-bit mode,
no privilege change, no IST) pushes its 40- or 48-byte frame right there — the
seed author's six-day bug. :class:`RedZoneWatch` reports it when it happens:

1. ``longmode check``'s analysis (:func:`longmode.check.redzone.find_red_zone_uses`)
   finds, in the kernel's ELF, every instruction that touches memory below RSP.
   Only those get a hook (an address hook each): a kernel built with the red zone
   off has none, and its run costs nothing more.
2. Before such an instruction writes, the watch notes the bytes it writes (its
   effective address, from the registers at that moment) as the function's,
   with RSP then.
3. Before an interrupt or exception is delivered, the watch works out where
   the CPU will push the frame (on the interrupted stack: 64-bit mode, CPL 0,
   the gate's IST 0; RSP aligned down to 16, then 40 bytes, or 48 with an error
   code). If the frame covers bytes the interrupted function wrote at the same
   RSP, and the guest is still in that function, the frame clobbers live
   locals: the watch reports the function, its source line, the bytes and the
   vector.

A write counts until the function leaves (another RSP, or another function):
a store the function will not read again is still reported — the bytes were
clobbered, whether or not it matters.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from iced_x86 import Instruction, InstructionInfoFactory, MemorySizeExt, OpAccess
from iced_x86 import Register as R

from longmode.check.disasm import decode
from longmode.check.redzone import (
    MAX_FUNCTION_BYTES,
    WALK_BUDGET_FACTOR,
    find_red_zone_uses,
    function_bytes,
)
from longmode.machine.hooks import Hook, InterruptEvent
from longmode.machine.interrupts import Gate
from longmode.machine.x86 import ERROR_CODE_VECTORS

if TYPE_CHECKING:
    from longmode.elf import KernelElf, Symbol
    from longmode.machine.machine import Machine

_INFO = InstructionInfoFactory()
_WRITES = {OpAccess.WRITE, OpAccess.COND_WRITE, OpAccess.READ_WRITE, OpAccess.READ_COND_WRITE}
#: iced register → the machine's register name, for effective addresses.
_NAMES = {
    getattr(R, name.upper()): name
    for name in [
        *("rax", "rbx", "rcx", "rdx", "rsi", "rdi", "rbp", "rsp"),
        *(f"r{n}" for n in range(8, 16)),
    ]
}
LONG_MODE = "64-bit long mode"


@dataclass(frozen=True)
class Clobber:
    """An interrupt frame pushed over live red-zone bytes."""

    vector: int
    kind: str
    rip: int
    function: Symbol
    #: The clobbered bytes: (first address, count).
    start: int
    count: int
    #: The instructions that had written them.
    writers: tuple[int, ...]

    def describe(self, kernel: KernelElf) -> str:
        source = kernel.source_line(self.rip)
        where = kernel.describe(self.rip) + (f" ({source[0]}:{source[1]})" if source else "")
        writers = ", ".join(kernel.describe(ip) for ip in self.writers)
        what = "an exception" if self.kind == "exception" else "an interrupt"
        return (
            f"red zone clobbered: {what} (vector {self.vector:#x}) at {where} pushed its frame "
            f"over {self.count} byte(s) at {self.start:#x} that {self.function.name} keeps below "
            f"RSP (written by {writers}): build the kernel with the red zone disabled "
            '("disable-redzone": true in the target spec)'
        )


class RedZoneWatch:
    """Watches ``machine`` (running ``kernel``) for interrupt frames over red-zone
    locals; ``report`` is called with each :class:`Clobber` (the first per function
    and vector only, unless ``every`` is set)."""

    def __init__(
        self,
        machine: Machine,
        kernel: KernelElf,
        report: Callable[[Clobber], object] = lambda clobber: None,
        *,
        every: bool = False,
    ) -> None:
        self.machine = machine
        self.kernel = kernel
        self.report = report
        self.every = every
        self.clobbers: list[Clobber] = []
        self._reported: set[tuple[int, int]] = set()
        #: byte address → (RSP when written, the writing instruction, its function)
        self._live: dict[int, tuple[int, int, int]] = {}
        self._uses: dict[int, tuple[Instruction, Symbol]] = {}
        # the same limits as `longmode check`'s walk: a crafted symbol table cannot
        # make it run for hours (functions past them are not watched)
        budget = WALK_BUDGET_FACTOR * sum(len(c.data) for c in kernel.code_ranges)
        for function in kernel.functions():
            code = function_bytes(kernel, function)
            if code is None or len(code) > min(MAX_FUNCTION_BYTES, budget):
                continue
            budget -= len(code)
            for use in find_red_zone_uses(function, list(decode(code, function.address))):
                self._uses[use.instruction.ip] = (use.instruction, function)
        self.hooks: list[Hook] = [machine.hooks.at(ip, self._on_use) for ip in self._uses]
        if self._uses:
            self.hooks.append(machine.hooks.interrupt(self._on_event))

    @property
    def watching(self) -> int:
        """How many red-zone instructions are watched (0 for a clean kernel)."""
        return len(self._uses)

    def remove(self) -> None:
        for hook in self.hooks:
            hook.remove()
        self.hooks.clear()

    def _on_use(self, machine: Machine, ip: int) -> bool:
        instruction, function = self._uses[ip]
        cpu = machine.cpu
        rsp = cpu.get("rsp")
        for used in _INFO.info(instruction).used_memory():
            if used.access not in _WRITES:
                continue
            address = used.displacement
            if used.base != R.NONE:
                address += cpu.get(_NAMES[used.base]) if used.base in _NAMES else 0
            if used.index != R.NONE and used.index in _NAMES:
                address += cpu.get(_NAMES[used.index]) * used.scale
            address &= (1 << 64) - 1
            size = MemorySizeExt.size(used.memory_size) or 8
            for byte in range(address, address + size):
                if byte < rsp:
                    self._live[byte] = (rsp, ip, function.address)
        return False

    def _on_event(self, machine: Machine, event: InterruptEvent) -> bool:
        if event.mode != LONG_MODE or event.cpl != 0 or not self._live:
            return False
        rsp, rip = event.rsp, event.rip
        function = self.kernel.symbol_at(rip)
        if function is None or self._gate_ist(machine, event.vector):
            return False
        with_code = event.kind == "exception" and event.vector in ERROR_CODE_VECTORS
        frame_end = rsp & ~0xF
        frame_start = frame_end - (48 if with_code else 40)
        hit = sorted(
            byte
            for byte in range(frame_start, frame_end)
            if (owner := self._live.get(byte)) is not None
            and owner[0] == rsp
            and owner[2] == function.address
        )
        if not hit:
            return False
        writers = tuple(sorted({self._live[byte][1] for byte in hit}))
        clobber = Clobber(event.vector, event.kind, rip, function, hit[0], len(hit), writers)
        self.clobbers.append(clobber)
        key = (function.address, event.vector)
        if self.every or key not in self._reported:
            self._reported.add(key)
            self.report(clobber)
        return False

    @staticmethod
    def _gate_ist(machine: Machine, vector: int) -> int:
        """The IST index of ``vector``'s 64-bit IDT gate (0: the interrupted stack)."""
        base, limit = machine.cpu.table_register("idtr")
        if vector * 16 + 15 > limit:
            return 0
        raw = machine.read_virtual(base + vector * 16, 16)
        return 0 if raw is None else Gate.decode(raw, long_mode=True).ist
