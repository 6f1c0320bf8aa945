"""The PC: memory, a unicorn CPU, our BIOS, the chips, and the run loop.

The run loop slices execution: it runs the CPU until the next device event
(a PIT tick, say) or a cap, lets the devices catch up to the new virtual
time, delivers a pending IRQ if RFLAGS.IF allows, and goes again. ``hlt``
with IF=1 skips time to the next event; ``hlt`` with IF=0 and nothing that
could wake the CPU ends the run with a "halted" report.

Time: in the deterministic mode a slice runs at most N instructions
(unicorn's ``count``) and each instruction takes 1 ns of virtual time, so the
same image and inputs give the same output, the same virtual time and the
same instruction count, run after run. The count is exact: it is unicorn's
own counter (:class:`~longmode.machine.cpu.InstructionCounter`), which counts
every instruction that began, a faulting one included. The fast mode runs
slices by wall-clock time (:class:`~longmode.machine.watchdog.SliceTimer`),
advances virtual time by the wall-clock time the guest's code ran (time spent
in our hooks, in Python, is left out) plus the I/O charge, and counts no
instructions.

Limits hold whatever the guest does: a watchdog thread stops the CPU at the
wall-clock deadline (``timeout``) or when :meth:`Machine.interrupt` is called
(from any thread: a signal's watcher, a test's timer), within a few
milliseconds even inside a long slice — self-modifying code, a long ``rep``
string, a storm of faults or port accesses.

``hlt`` is recognised exactly: unicorn returns without a reason, so a slice
that was not stopped by us, by its count or its time limit, and did not
reach the run's stop address, ended at a ``hlt`` (the 0xF4 byte before RIP
confirms it).
"""

from __future__ import annotations

import logging
import math
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING, Any

from unicorn import (
    UC_ARCH_X86,
    UC_ERR_FETCH_PROT,
    UC_ERR_INSN_INVALID,
    UC_HOOK_INSN,
    UC_HOOK_INTR,
    UC_MODE_64,
    Uc,
    UcError,
)
from unicorn import x86_const as X

from longmode.machine import snapshot, string_io
from longmode.machine.bios import rom
from longmode.machine.board import Board, ServiceHandler
from longmode.machine.board.chipset import DEFAULT_START, Wiring
from longmode.machine.board.memory import MmioDevice, nonzero_pages
from longmode.machine.clock import NS_PER_SECOND, VirtualClock
from longmode.machine.cpu import FLAG_IF, Mode, Paging, X86Cpu
from longmode.machine.devices.base import Device
from longmode.machine.devices.ioapic import MASKED as IOAPIC_MASKED
from longmode.machine.devices.pc_ports import IRQ_KEYBOARD, ioapic_pin
from longmode.machine.hook_glue import HookGlue
from longmode.machine.hooks import (
    Hooks,
    PortAccess,
    ServiceEvent,
)
from longmode.machine.interrupts import (
    Event,
    FaultRecord,
    InterruptDelivery,
    Kind,
    NotEmulated,
    TripleFault,
)
from longmode.machine.memory import LFB_BASE, MemoryLayout, parse_memory_size
from longmode.machine.results import EXIT_STATUS as EXIT_STATUS
from longmode.machine.results import Outcome as Outcome
from longmode.machine.results import RunResult as RunResult
from longmode.machine.results import bare_address
from longmode.machine.results import describe_ip as describe_ip
from longmode.machine.screen import Screen, SerialLog
from longmode.machine.snapshot import Snapshot
from longmode.machine.tsc import (
    TSC_HZ,
    BasicLeaf,
    cpuid_override,
)
from longmode.machine.unicorn_internals import (
    ExceptionState,
    InstructionCounter,
    PcSync,
    StaleExceptionFix,
    hook_rdtsc,
    hook_rdtscp,
    probe_all,
    set_exit_checks,
    stop_before_next_instruction,
)
from longmode.machine.watchdog import SliceTimer, Watchdog
from longmode.machine.x86 import ERROR_CODE_VECTORS

if TYPE_CHECKING:
    from longmode.machine.bios import Bios

log = logging.getLogger("longmode.machine")

END_OF_TIME = (1 << 64) - 1
#: The longest slice of virtual time between looks at the devices.
MAX_SLICE_NS = 10_000_000
#: The longest interrupt window while an interrupt waits for the CPU to take it (IF
#: clear), once the short windows of PENDING_SAMPLES have not found IF set.
PENDING_WINDOW_NS = 100_000
#: While an interrupt waits for IF, the first windows are this many instructions
#: long, in turn (primes: a guest loop of any period is looked at in every phase).
#: A kernel that sets IF for a few instructions of a loop — xv6's scheduler between
#: its `sti` and the `cli` of the next acquire — takes the interrupt within a few
#: passes, not after as many 100 µs windows as it takes to land in that gap.
PENDING_SAMPLES = (7, 11, 13, 17, 19, 23, 29, 31)
#: Windows sampled so before they grow (doubling) back to PENDING_WINDOW_NS: a guest
#: that keeps IF clear for long costs a few hundred short windows, once.
PENDING_SAMPLE_TRIES = 1024
#: The fast mode's slices are wall-clock time: the shortest while an interrupt waits.
PENDING_FAST_WINDOW_NS = 20_000
#: STI: the instruction after it runs before an interrupt is taken (its shadow).
STI = 0xFB
PAGE_FAULT_VECTOR = 14
#: Calls into Python (ports, interrupts, BIOS) after which a slice ends early.
HOOK_BURST = 20_000
#: Deterministic mode: one instruction takes this many virtual nanoseconds.
NS_PER_INSTRUCTION = 1
#: The fast mode's first guess at counted slices' speed (instructions per wall-clock ns).
COUNTED_SPEED_GUESS = 0.05
#: Virtual time an I/O port or MMIO access takes: about one ISA bus cycle on a PC,
#: the figure behind the classic ``out 80h, al`` delay of ~1 µs. A guest that polls
#: a timer's port thus sees time pass at a PC's pace (GRUB's 55 ms PIT calibration
#: takes ~55,000 reads, not 55 million instructions).
NS_PER_IO_ACCESS = 1_000


@dataclass
class MachineConfig:
    """How to build the PC."""

    memory: int = 128 << 20
    deterministic: bool = True
    #: Stop after this much wall-clock time (seconds), if set.
    timeout: float | None = None
    #: Stop after this much virtual time (nanoseconds), if set.
    virtual_timeout: int | None = None
    #: Stop after this many instructions (deterministic mode only), if set.
    max_instructions: int | None = None
    #: Turns an address into "address <symbol+offset>" for reports.
    describe: Callable[[int], str] = bare_address
    #: The RTC's time of day at power-on.
    start_time: datetime = DEFAULT_START
    #: Called with each byte the guest sends to COM1 (besides ``Machine.serial``).
    on_serial: Callable[[int], None] | None = None
    #: Called between two slices of a run (a front end's chance to draw the screen or
    #: feed input): never from inside a slice, so it costs the guest nothing.
    between_slices: Callable[[], None] | None = None


#: What ``run(until=...)`` accepts: an address to stop at, or a predicate checked
#: between slices (e.g. ``lambda m: b"ok" in m.serial``).
StopCondition = int | Callable[["Machine"], bool]


class Machine(HookGlue):
    """A PC around a unicorn CPU; devices and firmware are attached before :meth:`run`.

    ``Machine(MachineConfig(...))``, or with keywords, booting as `longmode run` does:

    * ``Machine(memory="128M", kernel="kernel.elf")`` — any kernel `longmode image`
      takes, put on an image in memory by longmode's bootloader (``cmdline=`` for
      its command line); reports name its symbols;
    * ``Machine(memory="512M", disks=["disk.img", ...])`` or ``disk=`` — paths,
      image bytes or :class:`~longmode.machine.bios.Disk` objects; the first
      hard disk (else the first floppy) boots. The first four hard disks are also
      on the IDE channels (primary master, primary slave, secondary master, slave).

    With a kernel or disks our BIOS is installed and POST readies the boot
    sector, so :meth:`run` boots it. Without, firmware and devices are the
    caller's.
    """

    def __init__(self, config: MachineConfig | None = None, /, **options: Any) -> None:
        disks = list(options.pop("disks", None) or [])
        if (disk := options.pop("disk", None)) is not None:
            disks.insert(0, disk)
        kernel = options.pop("kernel", None)
        cmdline = options.pop("cmdline", "")
        if kernel is not None:
            image, describe = _kernel_image(kernel, cmdline)
            disks.insert(0, image)
            options.setdefault("describe", describe)
        elif cmdline:
            raise ValueError("cmdline= comes with kernel=: a disk image has its own")
        if isinstance(options.get("memory"), str):
            options["memory"] = parse_memory_size(options["memory"])
        config = config if config is not None else MachineConfig(**options)
        _check_config(config)
        self.config = config
        self.layout = MemoryLayout.for_size(config.memory)
        self.uc = Uc(UC_ARCH_X86, UC_MODE_64)
        # No exit address: at the end of every emu_start unicorn drops the code
        # translated at `until - 1`, looking that address up through the guest's
        # page tables; unmapped there (END_OF_TIME always is), the lookup raises
        # a #PF that unicorn swallows but that sets CR2 and the CPU's "exception
        # in flight", so the next real fault became #DF, then a silent triple
        # fault. With exits enabled and none set, nothing is looked up.
        self.uc.ctl_exits_enabled(True)
        self.cpu = X86Cpu(self.uc)
        self.clock = VirtualClock()
        self.delivery = InterruptDelivery(self.cpu, rom.RETF_TRAMPOLINE)
        self.delivery.on_fault_in_delivery = self._on_fault_in_delivery
        #: Everything the guest sent to COM1 and to the 0xE9 debug console.
        self.serial = SerialLog()
        self.debug_console = SerialLog()
        wiring = Wiring(
            memory_bytes=config.memory,
            start_time=config.start_time,
            on_transmit=self._on_serial,
            on_a20=self._on_a20,
            on_reset=self.reset_requested,
            on_exit=self.debug_exit,
            on_debug_output=self.debug_console.append,
            on_clear_framebuffer=lambda size: self.board.memory.write(LFB_BASE, bytes(size)),
        )
        #: The PC around the CPU: memory and port buses, chips, interrupt controller.
        # The service stubs' page cannot be executed: reaching a stub stops the CPU
        # there (UC_ERR_FETCH_PROT) and the service runs between slices.
        self.board = Board(
            self.uc,
            self.cpu,
            self.layout,
            wiring,
            now=self.now,
            no_execute=((rom.SERVICE_STUBS, rom.SERVICE_STUBS_SIZE),),
        )
        self.board.idle = self.idle_and_retry
        self.memory = self.board.memory
        self.memory.on_access = self._on_mmio
        self.memory.now = self.now
        self.memory.on_device_written = self._close_window_if_due_after
        self.memory.code_translated = False  # a new engine: nothing translated yet
        self.bus = self.board.ports
        self.chips = self.board.chips
        self.chips.ps2.irq1_taken = self._keyboard_irq_taken
        self.chips.lapic.on_not_emulated = self._not_emulated
        #: Ports whose device moves `rep ins`/`rep outs` data in blocks.
        self._string_ports = frozenset(
            port for chip in self.chips.devices for port in chip.string_ports
        )
        self.timeline = self.board.timeline
        #: The VGA text screen.
        self.screen = Screen(self.board)
        self.result: RunResult | None = None
        self.instructions = 0
        self._stopped_by_hook = False
        self._retry_service = False
        #: After a triple fault: the chain of failed deliveries and the CPU's state
        #: (``longmode.debug.explain`` turns it into words).
        self.fault: FaultRecord | None = None
        #: The last exception the CPU raised (delivered or not), with CR2 for a #PF.
        self.last_exception: tuple[Event, int | None] | None = None
        #: The virtual time the current interrupt window closes: slices run to it, and
        #: only when time reaches it are pending external interrupts taken and the next
        #: window planned (up to the next device event, at most MAX_SLICE_NS ahead, or
        #: a few instructions while an interrupt waits for IF: :meth:`_pending_window`).
        #: A stop in between — a breakpoint, an instruction limit, a debugger's step —
        #: does not move it, so where interrupts come in does not depend on where a
        #: run was stopped: a replay from a snapshot goes the same way. A `hlt` or a
        #: waiting BIOS service, which jump to the next event, open it (None); a port
        #: write that schedules an earlier event or makes an interrupt deliverable
        #: closes it after that instruction.
        self.window: int | None = None
        #: The device event the window was planned up to (END_OF_TIME: none): a port
        #: access that takes time past it ends the slice.
        self.window_event = END_OF_TIME
        #: In the deterministic mode, the instruction count at which the window closes,
        #: fixed when it is planned: a slice runs to it even if port accesses made
        #: virtual time pass ``window`` first, and a run stopped and resumed on the
        #: way runs to the same count (planning anew from the time left would end the
        #: window as many instructions earlier as those accesses took nanoseconds).
        self.window_count: int | None = None
        self._hook_calls = 0
        #: Set from other threads: an interrupt (message, exit status), the deadline passed.
        self._interrupt: tuple[str, int] | None = None
        self._expired = False
        self._watchdog: Watchdog | None = None
        #: Windows planned in a row while an interrupt waited for IF: the next one's
        #: length (:meth:`_pending_window`); snapshots keep it, as they keep the window.
        self.pending_tries = 0
        #: Ends the fast mode's wall-clock slices (only while a fast-mode run goes on).
        self._slice_timer: SliceTimer | None = None
        probe_all()  # once per process, before any guest runs
        #: unicorn's count of instructions begun since the slice started.
        self._counter = InstructionCounter.view(self.uc)
        #: The running slice: virtual start, instruction budget, wall-clock start.
        self._slice: tuple[int, int, float] | None = None
        #: Virtual time the running slice's port and MMIO accesses took, and the
        #: instant of the next device event (the slice ends once time reaches it).
        self._io_ns = 0
        #: In the fast mode: wall-clock seconds this slice spent in our hooks (port
        #: accesses, interrupts), and when the running hook began. That time is the
        #: emulator's: virtual time leaves it out, else a timer interrupt whose
        #: delivery takes longer in Python than its period would leave the guest
        #: no time between two of them.
        self._host_seconds = 0.0
        self._host_entered: float | None = None
        self._slice_deadline = END_OF_TIME
        #: The hook registry (see :mod:`longmode.machine.hooks`).
        self.hooks = Hooks(self._hooks_changed)
        self._unicorn_hooks: dict[str, list[int]] = {}
        #: A stop asked for by a hook, taken at the next instruction boundary.
        self._pending_stop: str | None = None
        #: An event a hook stopped before delivery: the next run delivers it first.
        self.held_event: Event | None = None
        #: After a stop before an instruction: the address whose hooks the resumed run
        #: skips once (else it would stop there again at once).
        self._resume_at: int | None = None
        self._stopped_at: int | None = None
        self._last_mode: Mode | None = None
        self._flush_code = False
        #: Whether the running slice counts instructions (then stops are exact), whether
        #: translated blocks check for a stop inside them, and the count a stop ran
        #: through (it ended the slice before the next counted instruction ran).
        self._counted_slice = False
        self._checks_within_blocks: bool | None = None
        self._ran_through: int | None = None
        #: Instructions per wall-clock nanosecond of counted slices (the fast mode).
        self._counted_speed = COUNTED_SPEED_GUESS
        self._predicate: Callable[[Machine], bool] | None = None
        self._pc_sync = PcSync(self.uc)
        self.uc.hook_add(UC_HOOK_INTR, self._on_interrupt)
        self._cpuid_basic = BasicLeaf.probe()
        # RDTSC's hook first: once a stop is asked for, unicorn's RDTSC, RDTSCP and
        # CPUID helpers look at the first instruction hook only, and in the fast
        # mode the rest of the block still runs after a stop (a PIT calibration
        # reads the TSC right after the port write that may end its slice).
        hook_rdtsc(self.uc, self._read_tsc)
        self.uc.hook_add(UC_HOOK_INSN, self._on_cpuid, None, 1, 0, X.UC_X86_INS_CPUID)
        hook_rdtscp(self.uc, self._read_tsc)
        self.uc.hook_add(UC_HOOK_INSN, self._on_in, None, 1, 0, X.UC_X86_INS_IN)
        self.uc.hook_add(UC_HOOK_INSN, self._on_out, None, 1, 0, X.UC_X86_INS_OUT)
        rom_image = rom.rom_image()
        self.memory.write(rom.BIOS_BASE, rom_image)
        self.cpu.reset_to_real_mode(rom.RESET_STUB)
        #: Our BIOS, when the machine was given a disk.
        self.bios: Bios | None = None
        #: The state :meth:`power_cycle` returns to (memory: the ROM, known without reading).
        self._power_on = snapshot.take(self, pages=nonzero_pages(rom.BIOS_BASE, rom_image))
        if disks:
            self._boot_from(disks)

    def _boot_from(self, disks: list[object]) -> None:
        from longmode.machine.bios import Disk, install_bios

        loaded = [
            disk
            if isinstance(disk, Disk)
            else Disk(disk)
            if isinstance(disk, bytes)
            else Disk.from_file(str(disk))
            for disk in disks
        ]
        self.bios = install_bios(self.board, loaded)
        # The hard disks on the IDE channels too, in drive order (80h the primary master).
        hard_disks = [disk for disk in loaded if not disk.floppy]
        for index, disk in enumerate(hard_disks[:4]):
            self.chips.attach_disk(index, disk)

    @property
    def vectors(self) -> dict[int, ServiceHandler]:
        """Python handlers for BIOS vectors, run when the guest reaches a ROM stub."""
        return self.board.services

    def snapshot(self) -> Snapshot:
        """The whole machine's state now (see :mod:`longmode.machine.snapshot`)."""
        return snapshot.take(self)

    def restore(self, state: Snapshot) -> None:
        """Puts the machine back in ``state``; the next :meth:`run` goes on from there."""
        snapshot.restore(self, state)

    def can_power_cycle_to(self, config: MachineConfig) -> bool:
        """Whether :meth:`power_cycle` takes ``config``: the memory size and the RTC's
        start time are built into the machine."""
        return config.memory == self.config.memory and config.start_time == self.config.start_time

    def power_cycle(self, config: MachineConfig | None = None) -> None:
        """Switches the machine off and on again: it is then as a new ``Machine(config)``
        starts — RAM zero but for the BIOS ROM, the CPU at the reset vector, every chip
        as at power-on, no BIOS, disks or hooks, clock, counts and logs at zero — on
        the same engine, memory and board, for a fraction of a new machine's cost
        (how a test runner boots kernel after kernel). ``config`` (default: the one it
        has) must have its memory size and RTC start time: they are built in."""
        config = self.config if config is None else config
        if not self.can_power_cycle_to(config):
            raise ValueError(
                "a power cycle keeps the memory size and the RTC's start time: build a new "
                "machine for others"
            )
        _check_config(config)
        self.hooks.clear()
        self.bios = None
        self.board.services.clear()
        for index in range(4):
            self.chips.attach_disk(index, None)
        self.restore(self._power_on)
        self.config = config
        self.fault = None
        self.last_exception = None
        self.delivery.first_fault_registers = {}
        self._stopped_by_hook = self._retry_service = self._expired = False
        self._interrupt = None
        self._pending_stop = None
        self._resume_at = self._stopped_at = None
        self._last_mode = None
        self._flush_code = False
        self._checks_within_blocks = None
        self._counted_speed = COUNTED_SPEED_GUESS

    def read_physical(self, address: int, size: int) -> bytes:
        """Guest physical memory (unassigned addresses read as 0, as in QEMU)."""
        return self.memory.read(address, size)

    def write_physical(self, address: int, data: bytes) -> None:
        """Writes guest physical memory, dropping code translated from it."""
        self.memory.write(address, data)

    def read_virtual(self, address: int, size: int) -> bytes | None:
        """Guest memory through the guest's current page tables (None if unmapped)."""
        return self.cpu.read_virtual(address, size)

    def write_virtual(self, address: int, data: bytes) -> None:
        """Writes guest memory through the guest's page tables (dropping code translated
        from it); ValueError naming the first address that is unmapped or read-only."""
        failed = self.cpu.write_virtual(address, data)
        if failed is not None:
            raise ValueError(f"{failed:#x} is not mapped writable in the guest's page tables")

    # --- the guest's requests -------------------------------------------------

    def stop(
        self,
        outcome: Outcome,
        message: str,
        exit_status: int | None = None,
        *,
        before_instruction: bool = False,
    ) -> None:
        """Ends the run after the current instruction (callable from hooks and devices);
        ``before_instruction`` from a code hook: before the instruction it is called for."""
        if self.result is None:
            status = EXIT_STATUS.get(outcome, 1) if exit_status is None else exit_status
            self.result = RunResult(outcome, message, status, self.now(), self.cpu.get("rip"))
        self._halt(before_instruction=before_instruction)

    def _halt(self, *, before_instruction: bool = False) -> None:
        """Ends the running slice at an instruction boundary (safe from any thread).

        In a counted slice, unicorn's count is lowered so that it stops before the
        next instruction begins; from a code hook, ``before_instruction`` stops
        before the hooked one. Otherwise (the fast mode without exact hooks, whose
        blocks check for a stop only where they start) the stop lands between
        blocks. Never in the middle of an instruction: see
        :func:`~longmode.machine.unicorn_internals.set_exit_checks`.
        """
        self._stopped_by_hook = True
        if self._counted_slice and self._slice is not None:
            if before_instruction:
                self._ran_through = self._counter.value - 1
                self.uc.emu_stop()
            else:
                self._ran_through = stop_before_next_instruction(self.uc)
        else:
            self.uc.emu_stop()

    def debug_exit(self, status: int) -> None:
        """isa-debug-exit: the guest asks to end with ``status`` ((value << 1) | 1)."""
        self.stop(Outcome.EXITED, f"the guest exited with status {status}", status)

    def idle_and_retry(self, address: int) -> None:
        """For a waiting BIOS service (run at its ROM stub, ``address``): let time pass
        to the next device event, then run the service again.

        Services run between slices (see :meth:`_run_service`): the CPU stays at
        the stub, so once pending interrupts have been taken (their handlers
        return to the stub) the next slice reaches it, and the service, again."""
        self._retry_service = True

    def reset_requested(self) -> None:
        """Port 0x92 bit 0 or the 8042's 0xFE: as QEMU with -no-reboot, stop."""
        self.stop(Outcome.RESET, "the guest asked for a CPU reset (and we do not reboot)")

    def interrupt(self, message: str = "interrupted", exit_status: int = 130) -> None:
        """Ends the run soon, with Outcome.INTERRUPTED, ``message`` and ``exit_status``.

        Safe from any thread: the CPU is stopped within milliseconds, even in
        the middle of a slice. Called while no run is going on, it ends the next
        run before its first instruction.
        """
        self._interrupt = (message, exit_status)
        watchdog = self._watchdog
        if watchdog is not None:
            watchdog.wake()

    def _on_serial(self, byte: int) -> None:
        self.serial.append(byte)
        if self.config.on_serial is not None:
            self.config.on_serial(byte)

    @property
    def a20(self) -> bool:
        """The A20 line: on at power-on, as in QEMU; off, addresses wrap at 1 MiB."""
        return self.board.a20

    def _on_a20(self, enabled: bool) -> None:
        """The 8042 or port 0x92 drove the A20 line (as in QEMU, the last write wins)."""
        if enabled == self.a20:
            return
        log.debug("A20 %s", "on" if enabled else "off")
        self.cpu.set_a20(enabled)
        # Code already translated and chained must be looked up again.
        self._halt()

    # --- hooks -------------------------------------------------------------

    def _count_hook_call(self) -> None:
        """Ends the slice after a burst of hook calls.

        unicorn's instruction count does not advance while, say, a fault
        handler that faults again or a `rep ins` of billions of bytes keeps
        calling back into Python, so without this a slice — and the timeout
        checked between slices — could wait forever.
        """
        self._hook_calls += 1
        if self._hook_calls % HOOK_BURST == 0:
            self._halt()

    def _check_predicate(self) -> None:
        """``run(until=predicate)``: looked at after every call into Python (a port or
        MMIO access, an interrupt, a BIOS service), where device state changes."""
        predicate = self._predicate
        if predicate is not None and not self.is_finished() and predicate(self):
            where = self._where(self.cpu.get("rip"))
            self.stop(Outcome.STOPPED, f"stopped at {where}: the run's condition was met")

    def _ended(self) -> bool:
        """True once the run has ended for good (an exit, a reset, a fault), not just
        stopped. In the fast mode a stop lands between blocks, so the rest of the
        block still runs after, say, a write to isa-debug-exit: what it does must
        not reach the devices (no more serial output) nor deliver its faults, as
        on a PC, or QEMU, that is gone by then."""
        result = self.result
        return result is not None and result.outcome is not Outcome.STOPPED

    def _on_mmio(self) -> bool:
        """An access to MMIO or unassigned space: charged as a port access; False
        (the device does not see it) once the run has ended."""
        if self._ended():
            return False
        self._charge_io()
        return True

    def _charge_io(self) -> None:
        """An I/O access takes :data:`NS_PER_IO_ACCESS` of virtual time; once time
        reaches the next device event the slice ends, so the event comes on time."""
        self._io_ns += NS_PER_IO_ACCESS
        if self._slice is not None and self.now() >= self._slice_deadline:
            self.window_count = 0  # the event is due: the window closes here
            self._halt()

    def _on_in(self, uc: Uc, port: int, size: int, _: object) -> int:
        if self._ended():
            return (1 << (8 * size)) - 1  # as an unclaimed port
        self._host_entered = time.perf_counter()
        self._count_hook_call()
        self._charge_io()
        rip = self.bus.guest_ip = self.cpu.get("rip")
        value = self.bus.read(port, size)
        if self.hooks.installed["port"]:
            self._port_hooks(PortAccess("in", port, size, value, rip))
        elif port in self._string_ports:
            self._string_transfer("in", port, size, rip)
        self._check_predicate()
        self._leave_host()
        return value

    def _on_out(self, uc: Uc, port: int, size: int, value: int, _: object) -> None:
        if self._ended():
            return
        self._host_entered = time.perf_counter()
        self._count_hook_call()
        self._charge_io()
        rip = self.bus.guest_ip = self.cpu.get("rip")
        self.bus.write(port, size, value)
        if port in self._string_ports and not self.hooks.installed["port"]:
            self._string_transfer("out", port, size, rip)
        self._close_window_if_due(port)
        if self.hooks.installed["port"]:
            self._port_hooks(PortAccess("out", port, size, value, rip))
        self._check_predicate()
        self._leave_host()

    def _string_transfer(self, direction: str, port: int, size: int, rip: int) -> None:
        """After the element an IN/OUT hook handled: the next ones of a `rep ins` or
        `rep outs` in one block, when the device and the instruction allow it
        (:mod:`~longmode.machine.string_io`)."""
        if self.bus.log is not None or self.bus.unclaimed is not None:
            return
        paging = self.cpu.paging()
        instruction = string_io.decode(self.cpu, self._code_bytes(rip, 15, paging), paging)
        if instruction is None or instruction.direction != direction:
            return
        limit = string_io.PAGE
        if self._slice is not None:
            limit = max(0, (self._slice_deadline - self.now()) // NS_PER_IO_ACCESS)
        found = string_io.block(self.cpu, paging, instruction, size, limit)
        if found is None:
            return
        physical, count, linear = found
        region = self.memory.region_at(physical)
        if region is None or region.kind != "ram":
            return
        if direction == "in":
            data = self.bus.read_string(port, size, count)
            moved = len(data) // size
            if moved:
                self.memory.write(physical, data, linear)
        else:
            data = bytes(self.uc.mem_read(physical, count * size))
            moved = self.bus.write_string(port, size, data)
        if moved:
            string_io.advance_registers(self.cpu, instruction, size, moved)
            self._io_ns += moved * NS_PER_IO_ACCESS

    def _close_window_if_due(self, port: int) -> None:
        """After a write to ``port``: if it scheduled a device event before the window's
        end (a timer programmed) or made an interrupt deliverable (an EOI, an unmask),
        the window closes after this instruction, so interrupts come as soon as on
        a PC, at a point that depends only on the guest. Only the device written can
        have a new event: its own is asked, not every device's (a port write's cost)."""
        self._close_window_if_due_after(self.bus.device_at(port))

    def _close_window_if_due_after(self, device: Device | MmioDevice | None) -> None:
        """:meth:`_close_window_if_due` for a write to ``device``'s port or register."""
        window = self.window
        if window is None or self._slice is None:
            return
        next_event = device.next_event() if device is not None else None
        due = next_event is not None and next_event < window
        if not due and self.board.interrupts.interrupt_pending():
            # IF set: it is taken after this instruction. IF clear: the window is cut
            # short so that the next ones are the few-instruction windows of an
            # interrupt waiting for IF (once: a window planned so is not cut again).
            due = bool(self.cpu.get("rflags") & FLAG_IF) or not self.pending_tries
        if due:
            self.window = self.now()
            self.window_count = 0  # closed: taken after this instruction
            self._halt()

    def _window_closed(self, now: int) -> bool:
        """Whether the interrupt window has closed (interrupts are taken, the next
        window planned): opened (None), or its count reached in the deterministic
        mode, its time in the fast mode."""
        if self.window is None:
            return True
        if self.config.deterministic and self.window_count is not None:
            return self.instructions >= self.window_count
        return now >= self.window

    def _stop_point(self) -> int | None:
        """The count a stop of the last slice ran through (set by :meth:`_halt`)."""
        return self._ran_through

    def _exact(self) -> bool:
        """Whether the next slice must stop exactly between two instructions (counted):
        always in the deterministic mode, and in the fast mode while a hook that can
        stop the run at an instruction (address, memory, port, mode) is
        installed."""
        if self.config.deterministic:
            return True
        installed = self.hooks.installed
        return any(installed[kind] for kind in ("at", "memory", "port", "mode"))

    def _read_tsc(self, uc: Uc) -> int:
        """RDTSC and RDTSCP: the virtual time in TSC ticks (:data:`TSC_HZ`)."""
        return self.now() * TSC_HZ // NS_PER_SECOND

    def _on_cpuid(self, uc: Uc, _: object) -> int:
        """CPUID: unicorn's answers, with the TSC frequency leaves (15h, 16h) added."""
        leaf = self.cpu.get("eax") & 0xFFFF_FFFF
        answer = cpuid_override(leaf, self._cpuid_basic)
        if answer is None:
            return 0  # unicorn answers
        for name, value in zip(("rax", "rbx", "rcx", "rdx"), answer, strict=True):
            self.cpu.set(name, value)
        return 1

    def _run_service(self, address: int) -> None:
        """The guest reached the BIOS service stub at ``address``; its page is not
        executable, so the CPU stopped there, between slices. Runs the Python service
        (charged as a port access: 1 µs), then goes on at the ROM's ``iret``, which
        returns to the caller with the frame the service edited. A waiting service
        leaves the CPU at the stub (:meth:`idle_and_retry`), with time moved on to
        the next device event.

        With no code hook for the stubs, unicorn's count hook is its only code hook,
        which it then calls directly at each counted instruction instead of through
        its generic dispatcher: a CPU-bound guest runs 34% faster in the
        deterministic mode (98 against 73 M instr/s; GRUB, whose time goes
        elsewhere, 4%)."""
        vector = address - rom.SERVICE_STUBS
        ah = self.cpu.get("ah")
        if self.hooks.installed["bios"] and not self._skip_resume(address):
            for hook in self.hooks.bios_matching(vector, ah, "before"):
                if hook.callback(self, ServiceEvent(vector, ah, "before")):
                    self._stopped_at = address
                    self._stop_for_hook(
                        f"stopped before INT {vector:02X}h AH={ah:02X}h: {hook.describe()}"
                    )
                    return
        self.clock.advance_by(NS_PER_IO_ACCESS)
        self._retry_service = False
        handler = self.vectors.get(vector)
        if handler is not None:
            handler(self.board, vector)
        if self._retry_service:
            next_event = self.bus.next_event()
            if next_event is not None:
                self.clock.advance_to(next_event)
            self.window = None
            return
        self.cpu.set("ip", rom.SERVICE_RETURN - (self.cpu.get("cs") << 4))
        if not self.pending_tries and self.board.interrupts.interrupt_pending():
            # The service made an interrupt deliverable (an IRQ handler's EOI lets a
            # lower one through): the window closes, as after a guest's own EOI.
            self.window = None
        self._check_predicate()
        if self.hooks.installed["bios"]:
            for hook in self.hooks.bios_matching(vector, ah, "after"):
                if hook.callback(self, ServiceEvent(vector, ah, "after")):
                    self._stop_for_hook(f"after INT {vector:02X}h AH={ah:02X}h: {hook.describe()}")
                    return

    def _on_interrupt(self, uc: Uc, vector: int, _: object) -> None:
        if self._ended():
            return  # not delivered: the CPU stops at the instruction that raised it
        self._host_entered = time.perf_counter()
        self._count_hook_call()
        event = self._classify(uc, vector)
        self._deliver(event)
        self._check_predicate()
        if event.kind is Kind.EXCEPTION:
            StaleExceptionFix.apply(uc)
        # The delivery wrote RIP: the next stop where a block starts must still
        # write RIP back (see unicorn_internals.PcSync).
        self._pc_sync.restore()
        self._leave_host()

    def _leave_host(self) -> None:
        """The end of a hook that began by setting ``_host_entered``: in the fast mode,
        the wall-clock time spent in it is the emulator's, not the guest's."""
        if self._host_entered is not None:
            self._host_seconds += time.perf_counter() - self._host_entered
            self._host_entered = None

    def _classify(self, uc: Uc, vector: int) -> Event:
        """unicorn gives only the vector: tell `int n` from a CPU exception, and take
        the exception's error code (a selector, or the #PF bits) from QEMU's state."""
        rip = self.cpu.get("rip")
        # The CPU raises only vectors 0-31; above, QEMU's state need not be read.
        error, software = ExceptionState.read(uc) if vector < 32 else (0, True)
        if software:  # int n, int3, into: RIP is already past the instruction
            length = 2 if self._code_bytes(rip - 2, 2) == bytes([0xCD, vector]) else 1
            return Event(vector, Kind.SOFTWARE, rip, instruction_ip=rip - length)
        if vector not in ERROR_CODE_VECTORS or self.cpu.mode() is Mode.REAL:
            return Event(vector, Kind.EXCEPTION, rip)
        return Event(vector, Kind.EXCEPTION, rip, error)

    def _code_bytes(self, address: int, size: int, paging: Paging | None = None) -> bytes:
        paging = paging or self.cpu.paging()
        if paging.mode is Mode.REAL:
            base = self.cpu.get("cs") << 4
            return bytes(self.uc.mem_read(base + (address & 0xFFFF), size))
        return self.cpu.read_virtual(address, size, paging) or b""

    def _deliver(self, event: Event, hooks: bool = True) -> None:
        if event.kind is Kind.EXCEPTION:
            cr2 = self.cpu.get("cr2") if event.vector == PAGE_FAULT_VECTOR else None
            self.last_exception = (event, cr2)
        if hooks and self.hooks.installed["interrupt"] and self._interrupt_hooks_stop(event):
            return
        try:
            self.delivery.deliver(event)
        except NotEmulated as missing:
            self.stop(
                Outcome.ERROR,
                f"at {self._where(event.fault_ip)} in {self.cpu.mode().value}, delivering "
                f"{event.describe()}: {missing}, which longmode's machine does not emulate yet",
            )
        except TripleFault as fault:
            self.fault = FaultRecord.take(
                self.cpu, fault.failures, self.delivery.first_fault_registers
            )
            where = self._where(event.fault_ip)
            self.stop(
                Outcome.TRIPLE_FAULT,
                f"triple fault at {where} in {self.cpu.mode().value}: "
                + "; then ".join(fault.chain)
                + ". A real PC would reset here.",
            )

    # --- running -----------------------------------------------------------

    def _deliver_external_interrupt(self) -> None:
        controller = self.board.interrupts
        if not self.cpu.get("rflags") & FLAG_IF or not controller.interrupt_pending():
            return
        if self._code_bytes(self.cpu.get("rip") - 1, 1) == bytes([STI]):
            return  # in the STI's shadow (`sti; hlt` must halt): the next window takes it
        self.pending_tries = 0
        vector = controller.acknowledge()
        self._deliver(Event(vector, Kind.EXTERNAL, self.cpu.get("rip")))

    def _pending_window(self, deterministic: bool) -> int:
        """How long the next window is while an interrupt waits for IF (see
        :data:`PENDING_SAMPLES`): a few instructions at first, then doubling up to
        PENDING_WINDOW_NS (the fast mode: from PENDING_FAST_WINDOW_NS of wall-clock
        time up to MAX_SLICE_NS)."""
        tries = self.pending_tries
        self.pending_tries += 1
        if not deterministic:
            growth = max(0, tries - PENDING_SAMPLE_TRIES) // 8
            return min(PENDING_FAST_WINDOW_NS << min(growth, 20), MAX_SLICE_NS)
        if tries < PENDING_SAMPLE_TRIES:
            return PENDING_SAMPLES[tries % len(PENDING_SAMPLES)] * NS_PER_INSTRUCTION
        shortest = PENDING_SAMPLES[-1] * NS_PER_INSTRUCTION
        return min(shortest << min(tries - PENDING_SAMPLE_TRIES, 20), PENDING_WINDOW_NS)

    def _halted(self) -> bool:
        return self._code_bytes(self.cpu.get("rip") - 1, 1) == b"\xf4"

    def now(self) -> int:
        """Virtual time in nanoseconds. Inside a slice (from hooks and devices) it
        runs on: one nanosecond per instruction begun in the deterministic mode,
        the wall-clock time since the slice began in the fast mode."""
        if self._slice is None:
            return self.clock.now
        start, count, wall = self._slice
        if self.config.deterministic:
            return start + min(self._counter.value, count) * NS_PER_INSTRUCTION + self._io_ns
        at = time.perf_counter() if self._host_entered is None else self._host_entered
        return start + int((at - wall - self._host_seconds) * NS_PER_SECOND) + self._io_ns

    def instructions_begun(self) -> int:
        """The instruction count, exact inside a slice too (from hooks): in the
        deterministic mode it includes the instruction being run — a code hook's,
        or the one making a memory access. Outside a slice it is :attr:`instructions`."""
        if self._slice is None or not self._counted_slice:
            return self.instructions
        _, count, _ = self._slice
        return self.instructions + min(self._counter.value, count)

    def press(self, keys: str, after: int = 0) -> None:
        """Types ``keys`` on the PS/2 keyboard (US layout; ``\\n`` is Enter), not before
        ``after`` nanoseconds of virtual time from now, each scan code byte when the
        guest is ready for it: it polls the 8042, or IRQ1 would interrupt the CPU
        (the rule: :data:`~longmode.machine.devices.ps2.TYPED_GAP_NS`). The keys
        waiting are the 8042's state, so snapshots hold them."""
        self.chips.ps2.queue_text(keys, not_before=self.now() + after)

    def _keyboard_irq_taken(self) -> bool:
        """For keys waiting (:meth:`press`): the guest is ready for IRQ1. Either it
        routed IRQ1 through the I/O APIC (pin 1 unmasked: the BIOS leaves every pin
        masked, so only a kernel with its handler in place unmasks it), or IRQ1
        would interrupt the CPU now through the 8259 (its input unmasked, the 8259s
        reaching the CPU through LINT0, RFLAGS.IF set)."""
        chips = self.chips
        if not chips.ioapic.redirection[ioapic_pin(IRQ_KEYBOARD)] & IOAPIC_MASKED:
            return True
        if not self.cpu.get("rflags") & FLAG_IF:
            return False
        through_pic = not chips.pic.master.imr & (1 << IRQ_KEYBOARD)
        return through_pic and chips.lapic.accepts_pic_interrupt()

    def _not_emulated(self, what: str) -> None:
        """A chip was asked for what this machine does not emulate: the run ends, saying so."""
        self.stop(Outcome.ERROR, f"at {self._where(self.cpu.get('rip'))}: {what}")

    def schedule(self, delay: int, action: Callable[[], object]) -> None:
        """Runs ``action`` after ``delay`` nanoseconds of virtual time."""
        self.timeline.at(self.now() + delay, action)

    def run(self, until: StopCondition | None = None, timeout: float | None = None) -> RunResult:
        """Runs until the guest exits, halts for good, faults fatally or time runs out.

        ``until`` ends the run early (Outcome.STOPPED) when RIP reaches an address
        or a predicate on the machine becomes true; ``timeout`` (wall-clock
        seconds) overrides the configuration's for this run. A finished machine
        can be run again (the result is reset first).
        """
        stopped_before = self.result is not None and self.result.outcome is Outcome.STOPPED
        self.result = None
        self._resume_at = self._stopped_at if stopped_before else None
        self._stopped_at = None
        if timeout is not None:
            _check_limit_values(timeout, None)
            self.config.timeout = timeout
        timeout = self.config.timeout
        deadline = None if timeout is None else time.monotonic() + timeout
        self._expired = False
        self._watchdog = Watchdog(self._halt, deadline, self._on_deadline)
        self._slice_timer = None if self.config.deterministic else SliceTimer(self.uc.emu_stop)
        try:
            return self._run_loop(until)
        finally:
            self._watchdog.finish()
            self._watchdog = None
            if self._slice_timer is not None:
                self._slice_timer.close()
                self._slice_timer = None

    def _on_deadline(self) -> None:
        self._expired = True

    def _run_loop(self, until: StopCondition | None) -> RunResult:
        if isinstance(until, int):
            hook = self.hooks.at(until, lambda machine, address: True)
            try:
                return self._slices(None)
            finally:
                hook.remove()
        return self._slices(until)

    def _slices(self, predicate: Callable[[Machine], bool] | None) -> RunResult:
        self._predicate = predicate
        deterministic = self.config.deterministic
        timer = self._slice_timer
        timed_out = False
        first = True
        while not self.is_finished():
            self._check_limits()
            if self.is_finished():
                break
            if self._flush_code:
                self._flush_code = False
                self.uc.ctl_flush_tb()
            if self.held_event is not None:
                event, self.held_event = self.held_event, None
                self._deliver(event, hooks=False)
                if self.is_finished():
                    break
            now = self.clock.now
            if self._window_closed(now):
                # The window opens: interrupts are taken, and the next one is planned.
                self._deliver_external_interrupt()
                if self.is_finished():
                    break
                now = self.clock.now
                next_event = self.bus.next_event()
                # An interrupt the CPU could not take (IF clear) is looked at again
                # within a few instructions (see _pending_window).
                if self.board.interrupts.interrupt_pending():
                    longest = self._pending_window(deterministic)
                else:
                    self.pending_tries = 0
                    longest = MAX_SLICE_NS
                window = min(next_event if next_event is not None else now + longest, now + longest)
                self.window = window
                self.window_event = next_event if next_event is not None else END_OF_TIME
                self.window_count = self.instructions + max((window - now) // NS_PER_INSTRUCTION, 1)
            deadline = self.window
            assert deadline is not None
            budget = deadline - now
            count = max(budget // NS_PER_INSTRUCTION, 1)
            if deterministic and self.window_count is not None:
                count = max(self.window_count - self.instructions, 1)
            if self.config.max_instructions is not None:
                count = max(min(count, self.config.max_instructions - self.instructions), 1)
            exact = self._exact()
            if exact != self._checks_within_blocks:
                # Blocks translated for the other kind of slice have the wrong exit
                # checks, and no count hook: translate anew.
                set_exit_checks(self.uc, within_blocks=exact)
                self.uc.ctl_flush_tb()
                self._checks_within_blocks = exact
            if exact and not deterministic:
                # a counted slice in the fast mode: as many instructions as fit in the
                # budget at the speed counted slices have shown (a wall-clock timeout
                # would stop it anywhere, even inside an instruction)
                count = max(int(max(budget, 1000) * self._counted_speed), 1000)

            self._counted_slice = exact
            self._ran_through = None
            self._stopped_by_hook = False
            self._hook_calls = 0
            self._io_ns = 0
            self._host_seconds = 0.0
            self._host_entered = None
            self._slice_deadline = self.window_event
            wall = time.perf_counter()
            self._slice = (now, count, wall)
            self.memory.code_translated = True
            error: UcError | None = None
            try:
                if exact:
                    self.uc.emu_start(self.cpu.get("rip"), END_OF_TIME, count=count)
                else:
                    assert timer is not None, "the fast mode's runs have a slice timer"
                    timer.arm(max(budget, 1000) / NS_PER_SECOND)
                    try:
                        self.uc.emu_start(self.cpu.get("rip"), END_OF_TIME)
                    finally:
                        timed_out = timer.disarm()
            except UcError as caught:
                error = caught
            self._slice = None
            if self._pending_stop is not None and not self.is_finished():
                message, self._pending_stop = self._pending_stop, None
                self._stop_for_hook(
                    f"stopped at {self._where(self.cpu.get('rip'))} after {message}"
                )
            executed = 0
            if exact:
                began = self._counter.value
                through = self._stop_point()
                stopped = through is not None and began == through + 1
                # unicorn stopped the run at instruction count + 1 (counted, not run)
                ran_out = began > count and not stopped
                executed = through if through is not None and stopped else min(began, count)
                self.instructions += executed
            if deterministic:
                # A call into Python (a port access, a delivery) takes at least an
                # instruction's time, so a storm of them still lets time pass.
                self.clock.advance_by(
                    max(executed, self._hook_calls) * NS_PER_INSTRUCTION + self._io_ns
                )
            else:
                if not exact:
                    ran_out = timed_out
                elapsed = int((time.perf_counter() - wall - self._host_seconds) * NS_PER_SECOND)
                self.clock.advance_by(elapsed + self._io_ns)
                if exact and executed > 10_000 and elapsed > 0:
                    self._counted_speed = 0.8 * self._counted_speed + 0.2 * executed / elapsed
            self._io_ns = 0
            # Nothing of ours stopped the CPU, nor its count or time: a `hlt`.
            halted = not (
                self.is_finished()
                or self._stopped_by_hook
                or ran_out
                or self._expired
                or self._interrupt is not None
            )
            if error is not None:
                self._on_cpu_error(error)
            elif halted and self._halted():
                self._on_hlt()
            if first:
                first = False
                self._resume_at = None
            self.bus.advance(self.clock.now)
            if self.config.between_slices is not None:
                self.config.between_slices()
            if predicate is not None and not self.is_finished() and predicate(self):
                where = self._where(self.cpu.get("rip"))
                self.stop(Outcome.STOPPED, f"stopped at {where}: the run's condition was met")
            self._check_limits()
        return self._outcome()

    def _outcome(self) -> RunResult:
        assert self.result is not None, "the run loop ends only with a result"
        return self.result

    def _where(self, ip: int) -> str:
        """An instruction address for reports: ``0x7c02 (0000:7C02)`` in real mode,
        ``0x100092 <symbol+offset>`` (via the configuration's ``describe``) otherwise."""
        return describe_ip(self.cpu.mode(), self.cpu.get("cs"), ip, self.config.describe)

    def is_finished(self) -> bool:
        """True once the run has an outcome."""
        return self.result is not None

    def _on_hlt(self) -> None:
        if self.cpu.get("rflags") & FLAG_IF:
            if self.board.interrupts.interrupt_pending():
                # One already waits (raised while IF was clear): the CPU takes it now.
                # Skipping to the next event first would let that event's IRQ, if of
                # higher priority, win every time (IRQ0 starving IRQ1).
                self.window = None
                return
            next_event = self.bus.next_event()
            if next_event is None:
                self.stop(
                    Outcome.HALTED,
                    f"the CPU halted at {self._where(self.cpu.get('rip') - 1)} with "
                    "interrupts enabled, but no device will ever raise one",
                )
            else:
                self.clock.advance_to(next_event)
                self.window = None
            return
        self.stop(
            Outcome.HALTED,
            f"the CPU halted at {self._where(self.cpu.get('rip') - 1)} "
            f"in {self.cpu.mode().value} with interrupts disabled",
        )

    def _on_cpu_error(self, error: UcError) -> None:
        if self._ended():
            return  # raised by the rest of a block run after the end (see _ended)
        rip = self.cpu.get("rip")
        if error.errno == UC_ERR_INSN_INVALID:
            self._deliver(Event(6, Kind.EXCEPTION, rip))
            return
        if error.errno == UC_ERR_FETCH_PROT and self.cpu.mode() is Mode.REAL:
            address = (self.cpu.get("cs") << 4) + (rip & 0xFFFF)
            if rom.SERVICE_STUBS <= address < rom.SERVICE_STUBS + 0x100:
                self._run_service(address)
                return
        self.stop(
            Outcome.ERROR,
            f"the CPU stopped at {self._where(rip)} in {self.cpu.mode().value}: "
            f"{error} — an access outside the 40-bit physical address space",
        )

    def _check_limits(self) -> None:
        config = self.config
        if self.result is not None:
            return
        if self._interrupt is not None:
            message, status = self._interrupt
            self._interrupt = None
            where = self._where(self.cpu.get("rip"))
            self.stop(Outcome.INTERRUPTED, f"{message} at {where}", status)
        elif self._expired:  # the watchdog saw the deadline pass
            self.stop(
                Outcome.TIMEOUT,
                f"timed out after {config.timeout:g} s at {self._where(self.cpu.get('rip'))}",
            )
        elif config.virtual_timeout is not None and self.clock.now > config.virtual_timeout:
            self.stop(
                Outcome.TIMEOUT,
                f"virtual time ran out ({config.virtual_timeout / 1e9:g} s) "
                f"at {self._where(self.cpu.get('rip'))}",
            )
        elif config.max_instructions is not None and self.instructions >= config.max_instructions:
            self.stop(
                Outcome.INSTRUCTION_LIMIT,
                f"ran {self.instructions} instructions without finishing, "
                f"at {self._where(self.cpu.get('rip'))}",
            )


def _kernel_image(kernel: object, cmdline: str) -> tuple[bytes, Callable[[int], str]]:
    """The disk image `longmode run` makes for a kernel file, and how to name addresses."""
    from pathlib import Path

    from longmode.boot.image import build_image, is_kernel_file
    from longmode.elf import ElfFormatError, kernel_symbols
    from longmode.files import MAX_KERNEL_FILE, read_input

    path = Path(str(kernel))
    data = read_input(path, limit=MAX_KERNEL_FILE, what="the kernel")
    if not is_kernel_file(data):
        raise ValueError(f"{path}: not a kernel (no ELF or Multiboot header); try disks=")
    image = build_image(path, cmdline, data=data)
    try:
        symbols = kernel_symbols(path, data)
    except ElfFormatError:  # damaged tables: the kernel boots, reports give addresses
        symbols = None
    return image, bare_address if symbols is None else symbols.describe


def _check_config(config: MachineConfig) -> None:
    """ValueError unless a machine can run with ``config``'s limits (a new one, or one
    power-cycled to it)."""
    if config.max_instructions is not None and not config.deterministic:
        raise ValueError(
            "an instruction limit needs the deterministic mode: the fast mode "
            "does not count instructions"
        )
    _check_limit_values(config.timeout, config.max_instructions)


def _check_limit_values(timeout: float | None, max_instructions: int | None) -> None:
    """ValueError unless the limits are usable: a timeout a positive, finite number of
    seconds; an instruction limit a positive integer."""
    if timeout is not None and not (math.isfinite(timeout) and timeout > 0):
        raise ValueError(f"the timeout must be a positive number of seconds, not {timeout!r}")
    if max_instructions is not None and max_instructions <= 0:
        raise ValueError(f"the instruction limit must be a positive number, not {max_instructions}")
