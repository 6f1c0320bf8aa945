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
slices by wall-clock time, advances virtual time by the time that really
passed, and counts no instructions.

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

import enum
import logging
import math
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from typing import TYPE_CHECKING, Any

from unicorn import (
    UC_ARCH_X86,
    UC_ERR_INSN_INVALID,
    UC_HOOK_CODE,
    UC_HOOK_INSN,
    UC_HOOK_INTR,
    UC_MODE_64,
    UC_QUERY_TIMEOUT,
    Uc,
    UcError,
)
from unicorn import x86_const as X

from longmode.machine.bios import rom
from longmode.machine.bus import IoBus
from longmode.machine.clock import NS_PER_SECOND, VirtualClock
from longmode.machine.cpu import FLAG_IF, Mode, X86Cpu
from longmode.machine.devices.chipset import DEFAULT_START, standard_devices
from longmode.machine.interrupts import (
    ERROR_CODE_VECTORS,
    Event,
    InterruptDelivery,
    Kind,
    NotEmulated,
    TripleFault,
)
from longmode.machine.memory import LFB_BASE, MemoryLayout, map_framebuffer, parse_memory_size
from longmode.machine.screen import Screen, SerialLog
from longmode.machine.timeline import Timeline
from longmode.machine.unicorn_internals import (
    ExceptionState,
    InstructionCounter,
    StaleExceptionFix,
    probe_all,
)

if TYPE_CHECKING:
    from longmode.machine.bios import Bios

log = logging.getLogger("longmode.machine")

END_OF_TIME = (1 << 64) - 1
#: The longest slice of virtual time between looks at the devices.
MAX_SLICE_NS = 10_000_000
#: Calls into Python (ports, interrupts, BIOS) after which a slice ends early.
HOOK_BURST = 20_000
#: Deterministic mode: one instruction takes this many virtual nanoseconds.
NS_PER_INSTRUCTION = 1


class Outcome(enum.Enum):
    """How a run ended."""

    EXITED = "the guest wrote to the isa-debug-exit port"
    HALTED = "the CPU halted with interrupts disabled"
    TRIPLE_FAULT = "triple fault"
    TIMEOUT = "timeout"
    INSTRUCTION_LIMIT = "instruction limit reached"
    RESET = "the guest asked for a reset"
    STOPPED = "the run's stop condition was met"
    INTERRUPTED = "the run was interrupted (Ctrl-C or a signal)"
    ERROR = "emulation error"


#: Exit statuses of `longmode run` for outcomes other than isa-debug-exit.
EXIT_STATUS = {
    Outcome.HALTED: 0,
    Outcome.ERROR: 2,
    Outcome.TRIPLE_FAULT: 3,
    Outcome.TIMEOUT: 4,
    Outcome.INSTRUCTION_LIMIT: 4,
    Outcome.RESET: 5,
    Outcome.STOPPED: 0,
    Outcome.INTERRUPTED: 130,
}
#: How often the watchdog repeats its stop request until the run loop has seen it.
WATCHDOG_REPEAT = 0.02


@dataclass
class RunResult:
    """What happened: the outcome, the exit status, and a one-paragraph message."""

    outcome: Outcome
    message: str
    exit_status: int
    virtual_ns: int
    rip: int


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
    describe: Callable[[int], str] = field(default=lambda address: f"{address:#x}")
    #: The RTC's time of day at power-on.
    start_time: datetime = DEFAULT_START
    #: Called with each byte the guest sends to COM1 (besides ``Machine.serial``).
    on_serial: Callable[[int], None] | None = None


def describe_ip(mode: Mode, cs: int, ip: int, describe: Callable[[int], str]) -> str:
    """An instruction address as reports give it: ``0x7c02 (0000:7C02)`` in real mode
    (linear CS*16+IP, then CS:IP), ``describe(ip)`` (a symbol) otherwise."""
    if mode is Mode.REAL:
        return f"{(cs << 4) + ip:#x} ({cs:04X}:{ip & 0xFFFF:04X})"
    return describe(ip)


#: What ``run(until=...)`` accepts: an address to stop at, or a predicate checked
#: between slices (e.g. ``lambda m: b"ok" in m.serial``).
StopCondition = int | Callable[["Machine"], bool]


class Machine:
    """A PC around a unicorn CPU; devices and firmware are attached before :meth:`run`.

    ``Machine(MachineConfig(...))``, or with keywords:
    ``Machine(memory="512M", disk="disk.img", deterministic=False)`` — with a
    ``disk`` (a path, the image's bytes, or a :class:`~longmode.machine.bios.Disk`)
    our BIOS is installed and POST readies the disk's boot sector, so
    :meth:`run` boots it. Without one, firmware and devices are the caller's.
    """

    def __init__(self, config: MachineConfig | None = None, /, **options: Any) -> None:
        disk = options.pop("disk", None)
        if isinstance(options.get("memory"), str):
            options["memory"] = parse_memory_size(options["memory"])
        config = config if config is not None else MachineConfig(**options)
        if config.max_instructions is not None and not config.deterministic:
            raise ValueError(
                "an instruction limit needs the deterministic mode: the fast mode "
                "does not count instructions"
            )
        _check_limit_values(config.timeout, config.max_instructions)
        self.config = config
        self.layout = MemoryLayout.for_size(config.memory)
        self.uc = Uc(UC_ARCH_X86, UC_MODE_64)
        self.layout.map(self.uc)
        map_framebuffer(self.uc)
        self.cpu = X86Cpu(self.uc)
        self.clock = VirtualClock()
        self.bus = IoBus(now=self.now)
        self.delivery = InterruptDelivery(self.cpu, rom.RETF_TRAMPOLINE)
        #: Everything the guest sent to COM1 and to the 0xE9 debug console.
        self.serial = SerialLog()
        self.debug_console = SerialLog()
        #: The VGA text screen.
        self.screen = Screen(self)
        #: The A20 line: on at power-on, as in QEMU; off, addresses wrap at 1 MiB.
        self.a20 = True
        self.chips = standard_devices(
            memory_bytes=config.memory,
            start_time=config.start_time,
            on_transmit=self._on_serial,
            on_a20=self._on_a20,
            on_reset=self.reset_requested,
            on_exit=self.debug_exit,
            on_debug_output=self.debug_console.append,
            on_clear_framebuffer=lambda size: self.uc.mem_write(LFB_BASE, bytes(size)),
        )
        for chip in self.chips.devices:
            self.bus.attach(chip)
        self.timeline = Timeline()
        self.bus.attach(self.timeline)
        self.pic = self.chips.pic
        #: Python handlers for BIOS vectors, run when the guest reaches a ROM stub.
        self.vectors: dict[int, Callable[[Machine, int], None]] = {}
        self.result: RunResult | None = None
        self.instructions = 0
        self._stopped_by_hook = False
        self._idle = False
        self._hook_calls = 0
        #: Set from other threads: an interrupt (message, exit status), the deadline passed.
        self._interrupt: tuple[str, int] | None = None
        self._expired = False
        self._watchdog: _Watchdog | None = None
        probe_all()  # once per process, before any guest runs
        #: unicorn's count of instructions begun since the slice started.
        self._counter = InstructionCounter.view(self.uc)
        #: The running slice: virtual start, instruction budget, wall-clock start.
        self._slice: tuple[int, int, float] | None = None
        self.uc.hook_add(UC_HOOK_INTR, self._on_interrupt)
        self.uc.hook_add(UC_HOOK_INSN, self._on_in, None, 1, 0, X.UC_X86_INS_IN)
        self.uc.hook_add(UC_HOOK_INSN, self._on_out, None, 1, 0, X.UC_X86_INS_OUT)
        self.uc.hook_add(
            UC_HOOK_CODE, self._on_service, None, rom.SERVICE_STUBS, rom.SERVICE_STUBS + 0xFF
        )
        self.uc.mem_write(rom.BIOS_BASE, rom.rom_image())
        self.cpu.reset_to_real_mode(rom.RESET_STUB)
        #: Our BIOS, when the machine was given a disk.
        self.bios: Bios | None = None
        if disk is not None:
            self._boot_from(disk)

    def _boot_from(self, disk: object) -> None:
        from longmode.machine.bios import Disk, install_bios

        if not isinstance(disk, Disk):
            disk = Disk(disk) if isinstance(disk, bytes) else Disk.from_file(str(disk))
        self.bios = install_bios(self, [disk])

    def read_physical(self, address: int, size: int) -> bytes:
        """Guest physical memory."""
        return bytes(self.uc.mem_read(address, size))

    def write_physical(self, address: int, data: bytes) -> None:
        """Writes guest physical memory."""
        self.uc.mem_write(address, data)

    def read_virtual(self, address: int, size: int) -> bytes | None:
        """Guest memory through the guest's current page tables (None if unmapped)."""
        return self.cpu.read_virtual(address, size)

    # --- the guest's requests -------------------------------------------------

    def stop(self, outcome: Outcome, message: str, exit_status: int | None = None) -> None:
        """Ends the run after the current instruction (callable from hooks and devices)."""
        if self.result is None:
            status = EXIT_STATUS.get(outcome, 1) if exit_status is None else exit_status
            self.result = RunResult(outcome, message, status, self.now(), self.cpu.get("rip"))
        self._stopped_by_hook = True
        self.uc.emu_stop()

    def debug_exit(self, status: int) -> None:
        """isa-debug-exit: the guest asks to end with ``status`` ((value << 1) | 1)."""
        self.stop(Outcome.EXITED, f"the guest exited with status {status}", status)

    def idle_and_retry(self, address: int) -> None:
        """For a waiting BIOS service: stop, let time pass to the next device event, then
        resume at linear ``address`` (the service's ROM stub, so the service runs again)."""
        self.cpu.set("rip", address - (self.cpu.get("cs") << 4))
        self._idle = True
        self._stopped_by_hook = True
        self.uc.emu_stop()

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

    def _on_a20(self, enabled: bool) -> None:
        """The 8042 or port 0x92 drove the A20 line (as in QEMU, the last write wins)."""
        if enabled == self.a20:
            return
        log.debug("A20 %s", "on" if enabled else "off")
        self.a20 = enabled
        self.cpu.set_a20(enabled)
        # Code already translated and chained must be looked up again.
        self._stopped_by_hook = True
        self.uc.emu_stop()

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
            self._stopped_by_hook = True
            self.uc.emu_stop()

    def _on_in(self, uc: Uc, port: int, size: int, _: object) -> int:
        self._count_hook_call()
        self.bus.guest_ip = self.cpu.get("rip")
        return self.bus.read(port, size)

    def _on_out(self, uc: Uc, port: int, size: int, value: int, _: object) -> None:
        self._count_hook_call()
        self.bus.guest_ip = self.cpu.get("rip")
        self.bus.write(port, size, value)

    def _on_service(self, uc: Uc, address: int, size: int, _: object) -> None:
        self._count_hook_call()
        vector = address - rom.SERVICE_STUBS
        handler = self.vectors.get(vector)
        if handler is not None:
            handler(self, vector)

    def _on_interrupt(self, uc: Uc, vector: int, _: object) -> None:
        self._count_hook_call()
        event = self._classify(uc, vector)
        self._deliver(event)
        if event.kind is Kind.EXCEPTION:
            StaleExceptionFix.apply(uc)

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

    def _code_bytes(self, address: int, size: int) -> bytes:
        paging = self.cpu.paging()
        if paging.mode is Mode.REAL:
            base = self.cpu.get("cs") << 4
            return bytes(self.uc.mem_read(base + (address & 0xFFFF), size))
        return self.cpu.read_virtual(address, size, paging) or b""

    def _deliver(self, event: Event) -> None:
        try:
            self.delivery.deliver(event)
        except NotEmulated as missing:
            self.stop(
                Outcome.ERROR,
                f"at {self._where(event.fault_ip)} in {self.cpu.mode().value}, delivering "
                f"{event.describe()}: {missing}, which longmode's machine does not emulate yet",
            )
        except TripleFault as fault:
            where = self._where(event.fault_ip)
            self.stop(
                Outcome.TRIPLE_FAULT,
                f"triple fault at {where} in {self.cpu.mode().value}: "
                + "; then ".join(fault.chain)
                + ". A real PC would reset here.",
            )

    # --- running -----------------------------------------------------------

    def _deliver_external_interrupt(self) -> None:
        if not self.cpu.get("rflags") & FLAG_IF or not self.pic.interrupt_pending():
            return
        vector = self.pic.acknowledge()
        self._deliver(Event(vector, Kind.EXTERNAL, self.cpu.get("rip")))

    def _halted(self, stop_address: int) -> bool:
        rip = self.cpu.get("rip")
        return rip != stop_address and self._code_bytes(rip - 1, 1) == b"\xf4"

    def now(self) -> int:
        """Virtual time in nanoseconds. Inside a slice (from hooks and devices) it
        runs on: one nanosecond per instruction begun in the deterministic mode,
        the wall-clock time since the slice began in the fast mode."""
        if self._slice is None:
            return self.clock.now
        start, count, wall = self._slice
        if self.config.deterministic:
            return start + min(self._counter.value, count) * NS_PER_INSTRUCTION
        return start + int((time.perf_counter() - wall) * NS_PER_SECOND)

    def press(self, keys: str, after: int = 0) -> None:
        """Types ``keys`` on the PS/2 keyboard (US layout; ``\\n`` is Enter), now or
        ``after`` nanoseconds of virtual time from now."""
        if after:
            self.schedule(after, lambda: self.chips.ps2.type_text(keys))
        else:
            self.chips.ps2.type_text(keys)

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
        self.result = None
        if timeout is not None:
            _check_limit_values(timeout, None)
            self.config.timeout = timeout
        timeout = self.config.timeout
        deadline = None if timeout is None else time.monotonic() + timeout
        self._expired = False
        self._watchdog = _Watchdog(self.uc, deadline, self._on_deadline)
        try:
            return self._run_loop(until)
        finally:
            self._watchdog.finish()
            self._watchdog = None

    def _on_deadline(self) -> None:
        self._expired = True

    def _run_loop(self, until: StopCondition | None) -> RunResult:
        stop_address = until if isinstance(until, int) else END_OF_TIME
        predicate = until if callable(until) else None
        deterministic = self.config.deterministic
        while not self.is_finished():
            self._check_limits()
            if self.is_finished():
                break
            self._deliver_external_interrupt()
            if self.is_finished():
                break
            now = self.clock.now
            next_event = self.bus.next_event()
            deadline = min(
                next_event if next_event is not None else now + MAX_SLICE_NS, now + MAX_SLICE_NS
            )
            budget = max(deadline - now, 1000)
            count = max(budget // NS_PER_INSTRUCTION, 1)
            if self.config.max_instructions is not None:
                count = max(min(count, self.config.max_instructions - self.instructions), 1)
            self._stopped_by_hook = False
            self._hook_calls = 0
            wall = time.perf_counter()
            self._slice = (now, count, wall)
            error: UcError | None = None
            try:
                if deterministic:
                    self.uc.emu_start(self.cpu.get("rip"), stop_address, count=count)
                else:
                    self.uc.emu_start(
                        self.cpu.get("rip"), stop_address, timeout=max(budget // 1000, 1)
                    )
            except UcError as caught:
                error = caught
            self._slice = None
            if deterministic:
                began = self._counter.value
                ran_out = began > count  # unicorn stopped the run at instruction count + 1
                executed = min(began, count)
                self.instructions += executed
                # A call into Python (a port access, a delivery) takes at least an
                # instruction's time, so a storm of them still lets time pass.
                self.clock.advance_by(max(executed, self._hook_calls) * NS_PER_INSTRUCTION)
            else:
                ran_out = bool(self.uc.query(UC_QUERY_TIMEOUT))
                self.clock.advance_by(int((time.perf_counter() - wall) * NS_PER_SECOND))
            if self._idle:
                self._idle = False
                next_event = self.bus.next_event()
                if next_event is not None:
                    self.clock.advance_to(next_event)
            # Nothing of ours stopped the CPU, nor its count or time, and it is not
            # at the run's stop address: a `hlt`.
            halted = not (
                self.is_finished()
                or self._stopped_by_hook
                or ran_out
                or self._expired
                or self._interrupt is not None
            )
            if error is not None:
                self._on_cpu_error(error)
            elif halted and self._halted(stop_address):
                self._on_hlt()
            self.bus.advance(self.clock.now)
            if self.cpu.get("rip") == stop_address or (predicate and predicate(self)):
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
            next_event = self.bus.next_event()
            if next_event is None:
                self.stop(
                    Outcome.HALTED,
                    f"the CPU halted at {self._where(self.cpu.get('rip') - 1)} with "
                    "interrupts enabled, but no device will ever raise one",
                )
            else:
                self.clock.advance_to(next_event)
            return
        self.stop(
            Outcome.HALTED,
            f"the CPU halted at {self._where(self.cpu.get('rip') - 1)} "
            f"in {self.cpu.mode().value} with interrupts disabled",
        )

    def _on_cpu_error(self, error: UcError) -> None:
        rip = self.cpu.get("rip")
        if error.errno == UC_ERR_INSN_INVALID:
            self._deliver(Event(6, Kind.EXCEPTION, rip))
            return
        self.stop(
            Outcome.ERROR,
            f"the CPU stopped at {self._where(rip)} in {self.cpu.mode().value}: "
            f"{error} — most likely an access to physical memory beyond the machine's "
            f"{self.config.memory >> 20} MiB",
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


def _check_limit_values(timeout: float | None, max_instructions: int | None) -> None:
    """ValueError unless the limits are usable: a timeout a positive, finite number of
    seconds; an instruction limit a positive integer."""
    if timeout is not None and not (math.isfinite(timeout) and timeout > 0):
        raise ValueError(f"the timeout must be a positive number of seconds, not {timeout!r}")
    if max_instructions is not None and max_instructions <= 0:
        raise ValueError(f"the instruction limit must be a positive number, not {max_instructions}")


class _Watchdog:
    """A thread that stops the CPU from outside the run loop.

    It sleeps until the wall-clock ``deadline`` (calling ``on_deadline``) or
    until :meth:`wake`, then asks unicorn to stop every
    :data:`WATCHDOG_REPEAT` seconds until the run loop has finished: a stop
    request made between two slices is lost by unicorn, so it is repeated.
    """

    def __init__(self, uc: Uc, deadline: float | None, on_deadline: Callable[[], None]) -> None:
        self._uc = uc
        self._deadline = deadline
        self._on_deadline = on_deadline
        self._woken = threading.Event()
        self._finished = threading.Event()
        self._thread = threading.Thread(target=self._watch, name="longmode-watchdog", daemon=True)
        self._thread.start()

    def wake(self) -> None:
        """Start stopping the CPU now (any thread)."""
        self._woken.set()

    def finish(self) -> None:
        """The run is over: the thread ends."""
        self._finished.set()
        self._woken.set()
        self._thread.join()

    def _watch(self) -> None:
        wait = None if self._deadline is None else max(self._deadline - time.monotonic(), 0.0)
        woken = self._woken.wait(wait)
        if self._finished.is_set():
            return
        if not woken:
            self._on_deadline()
        while not self._finished.is_set():
            self._uc.emu_stop()
            self._finished.wait(WATCHDOG_REPEAT)
