"""The debugger's core: break, watch, step and run backwards on our machine.

A :class:`Debugger` drives a machine in the deterministic mode, where every
run can be stopped at an exact instruction count and replayed:

* breakpoints are the machine's ``at`` hooks (the guest stops *before* the
  instruction at the address, as RIP gives it), watchpoints its ``memory``
  hooks (it stops *after* the accessing instruction);
* a step runs an exact number of instructions (interrupts taken meanwhile
  count as the CPU delivers them);
* running forward, the debugger takes a checkpoint (a machine snapshot) every
  ``checkpoint_interval`` instructions. Running backwards is replaying: a
  reverse step restores the last checkpoint before the target count and runs
  forward to it; a reverse continue replays each span between checkpoints,
  newest first, noting the breakpoint and watchpoint hits without stopping,
  and goes to the last hit before the current count (or to the start of the
  recorded history, where it stops).

Replays are exact because the deterministic mode is: the same state and inputs
give the same instructions, and interrupts come in at planned windows, not where
runs stop (``Machine.window``). Input that comes from outside while debugging (an
interactive terminal typing on COM1) is not recorded, so it is not replayed; a
change made from outside (memory or registers written by a debugger) starts the
history anew (:meth:`Debugger.restart_history`).
"""

from __future__ import annotations

import bisect
import contextlib
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from longmode.machine.hooks import Hook, MemoryAccess
from longmode.machine.results import Outcome, RunResult

if TYPE_CHECKING:
    from longmode.machine.machine import Machine
    from longmode.machine.snapshot import Snapshot

#: Instructions between two checkpoints taken while running forward: a reverse
#: step replays at most this many (about 0.5 s at the deterministic mode's speed),
#: and a checkpoint of a 128 MiB guest takes ~0.12 s (it reads all of RAM).
CHECKPOINT_INTERVAL = 50_000_000

#: Outcomes after which the guest cannot go on: its run has ended for good.
FINAL = (Outcome.EXITED, Outcome.RESET, Outcome.TRIPLE_FAULT, Outcome.ERROR)


@dataclass(frozen=True)
class Stop:
    """Why the guest stopped.

    ``reason``: "breakpoint", "watchpoint", "step" (the instructions asked for ran),
    "interrupted" (:meth:`Debugger.interrupt`), "start" (a reverse run reached the
    start of the recorded history), "halted" (``hlt`` with interrupts off), "limit"
    (the machine's instruction limit or timeout), or "ended" (the run ended for good:
    ``result`` says how — an exit, a reset, a triple fault).
    """

    reason: str
    #: The breakpoint's address, or the address a watchpoint saw accessed.
    address: int | None = None
    #: A watchpoint's access: "read" or "write".
    access: str | None = None
    #: The machine's result, for "ended", "halted" and "limit".
    result: RunResult | None = None


@dataclass
class _Watch:
    address: int
    length: int
    access: str  # "read", "write" or "rw"
    hook: Hook | None = None


@dataclass
class _Recorder:
    """Hits noted during a replay: (instruction count to stop at, the stop)."""

    hits: list[tuple[int, Stop]] = field(default_factory=list)


class Debugger:
    """Breakpoints, watchpoints, steps and reverse execution on ``machine``.

    The machine must be in the deterministic mode (its instruction count is what
    steps and replays are measured in). The first checkpoint is taken here: the
    recorded history starts at the machine's state now.
    """

    def __init__(self, machine: Machine, checkpoint_interval: int = CHECKPOINT_INTERVAL) -> None:
        if not machine.config.deterministic:
            raise ValueError(
                "the debugger needs the deterministic mode: steps and reverse execution "
                "count instructions, which the fast mode does not"
            )
        if checkpoint_interval <= 0:
            raise ValueError(f"the checkpoint interval must be positive, not {checkpoint_interval}")
        self.machine = machine
        self.checkpoint_interval = checkpoint_interval
        self._limit = machine.config.max_instructions
        self._breakpoints: dict[int, Hook | None] = {}
        self._watches: dict[tuple[int, int, str], _Watch] = {}
        self._counts: list[int] = []
        self._snapshots: list[Snapshot] = []
        self._stop: Stop | None = None
        self._interrupted = False
        #: The result that ended the run for good, once it has.
        self.ended: RunResult | None = None
        self._checkpoint()

    # --- breakpoints and watchpoints -----------------------------------------

    def break_at(self, address: int) -> None:
        """Stops before the instruction at ``address`` (as RIP gives it)."""
        if address not in self._breakpoints:
            self._breakpoints[address] = self._break_hook(address)

    def delete_break(self, address: int) -> bool:
        """Removes the breakpoint at ``address``; False if there was none."""
        if address not in self._breakpoints:
            return False
        hook = self._breakpoints.pop(address)
        if hook is not None:
            hook.remove()
        return True

    def watch(self, address: int, length: int = 1, access: str = "write") -> None:
        """Stops after each instruction that accesses ``[address, address + length)``
        (``access``: "read", "write" or "rw")."""
        if length <= 0:
            raise ValueError(f"a watchpoint covers at least one byte, not {length}")
        key = (address, length, access)
        if key not in self._watches:
            watch = _Watch(address, length, access)
            watch.hook = self._watch_hook(watch)
            self._watches[key] = watch

    def delete_watch(self, address: int, length: int = 1, access: str = "write") -> bool:
        """Removes that watchpoint; False if there was none."""
        watch = self._watches.pop((address, length, access), None)
        if watch is None:
            return False
        if watch.hook is not None:
            watch.hook.remove()
        return True

    def remove_all(self) -> None:
        """Removes every breakpoint and watchpoint (the guest then runs freely)."""
        for address in list(self._breakpoints):
            self.delete_break(address)
        for key in list(self._watches):
            self.delete_watch(*key)

    @property
    def breakpoints(self) -> list[int]:
        return sorted(self._breakpoints)

    def _break_hook(self, address: int) -> Hook:
        def hit(machine: Machine, at: int) -> bool:
            self._stop = Stop("breakpoint", address)
            return True

        return self.machine.hooks.at(address, hit)

    def _watch_hook(self, watch: _Watch) -> Hook:
        def hit(machine: Machine, access: MemoryAccess) -> bool:
            self._stop = Stop("watchpoint", access.address, access.kind)
            return True

        end = watch.address + watch.length - 1
        return self.machine.hooks.memory(watch.address, end, hit, access=watch.access)

    @contextlib.contextmanager
    def _hooks_off(self) -> Iterator[None]:
        """For replays: without the breakpoint and watchpoint hooks, and without the
        guest's serial output reaching the user again (a replay only repeats what ran
        before); all put back after."""
        config = self.machine.config
        on_serial, config.on_serial = config.on_serial, None
        for address, hook in self._breakpoints.items():
            if hook is not None:
                hook.remove()
            self._breakpoints[address] = None
        for watch in self._watches.values():
            if watch.hook is not None:
                watch.hook.remove()
            watch.hook = None
        try:
            yield
        finally:
            config.on_serial = on_serial
            for address in self._breakpoints:
                self._breakpoints[address] = self._break_hook(address)
            for watch in self._watches.values():
                watch.hook = self._watch_hook(watch)

    # --- running forward -------------------------------------------------------

    @property
    def instructions(self) -> int:
        """Instructions run since the machine started."""
        return self.machine.instructions

    def interrupt(self) -> None:
        """Stops the running guest soon (safe from any thread): the run in progress
        returns ``Stop("interrupted")`` at an instruction boundary."""
        self._interrupted = True
        self.machine.interrupt("interrupted by the debugger")

    def cont(self) -> Stop:
        """Runs until a breakpoint or watchpoint, an interrupt, or the end."""
        if self.ended is not None:
            return Stop("ended", result=self.ended)
        rip = self.machine.cpu.get("rip")
        if rip in self._breakpoints:
            # Leave the breakpoint the guest stands on before watching for it again.
            stop = self._step_off(rip)
            if stop is not None:
                return stop
        return self._forward(None)

    def step(self, count: int = 1) -> Stop:
        """Runs ``count`` instructions (fewer if a breakpoint, a watchpoint or the end
        comes first; a breakpoint where the guest stands now does not stop it)."""
        if count <= 0:
            raise ValueError(f"a step is at least one instruction, not {count}")
        if self.ended is not None:
            return Stop("ended", result=self.ended)
        target = self.machine.instructions + count
        rip = self.machine.cpu.get("rip")
        if rip in self._breakpoints:
            stop = self._step_off(rip)
            if stop is not None or self.machine.instructions >= target:
                return stop or Stop("step")
        return self._forward(target)

    def _step_off(self, address: int) -> Stop | None:
        """One instruction with the breakpoint at ``address`` lifted; a stop if it
        was not a plain step."""
        hook = self._breakpoints[address]
        if hook is not None:
            hook.remove()
        self._breakpoints[address] = None
        try:
            stop = self._forward(self.machine.instructions + 1)
        finally:
            if address in self._breakpoints:
                self._breakpoints[address] = self._break_hook(address)
        return None if stop.reason == "step" else stop

    def _forward(self, target: int | None) -> Stop:
        machine = self.machine
        while True:
            last = self._counts[bisect.bisect_right(self._counts, machine.instructions) - 1]
            due = last + self.checkpoint_interval
            ends = [n for n in (target, due, self._limit) if n is not None]
            machine.config.max_instructions = max(min(ends), machine.instructions + 1)
            self._stop = None
            self._interrupted = False
            result = machine.run()
            machine.config.max_instructions = self._limit
            outcome = result.outcome
            if outcome is Outcome.INSTRUCTION_LIMIT:
                if self._limit is not None and machine.instructions >= self._limit:
                    return Stop("limit", result=result)
                self._checkpoint()
                if target is not None and machine.instructions >= target:
                    return Stop("step")
                continue
            self._checkpoint()
            hit = self._hit()
            if outcome is Outcome.STOPPED and hit is not None:
                return hit
            if outcome is Outcome.INTERRUPTED and self._interrupted:
                return Stop("interrupted")
            if outcome is Outcome.HALTED:
                return Stop("halted", result=result)
            if outcome in FINAL:
                self.ended = result
                return Stop("ended", result=result)
            return Stop("limit", result=result)  # a timeout, or a signal to longmode

    def _hit(self) -> Stop | None:
        """The breakpoint or watchpoint that stopped the last run (set by its hook)."""
        return self._stop

    def _checkpoint(self) -> None:
        """A snapshot here, if the last one before here is far enough back."""
        count = self.machine.instructions
        index = bisect.bisect_right(self._counts, count)
        if index and count - self._counts[index - 1] < self.checkpoint_interval:
            return
        if index < len(self._counts) and self._counts[index] == count:
            return
        self._counts.insert(index, count)
        self._snapshots.insert(index, self.machine.snapshot())

    # --- running backwards -------------------------------------------------------

    def restart_history(self) -> None:
        """Forgets the recorded history and starts it here: call it after changing the
        guest from outside (memory, registers), which a replay would not repeat."""
        self._counts.clear()
        self._snapshots.clear()
        self.ended = None
        self._checkpoint()

    @property
    def history_start(self) -> int:
        """The instruction count the recorded history starts at."""
        return self._counts[0]

    def reverse_step(self, count: int = 1) -> Stop:
        """Goes back ``count`` instructions (to the start of the history at most)."""
        if count <= 0:
            raise ValueError(f"a step is at least one instruction, not {count}")
        target = self.machine.instructions - count
        if target < self.history_start:
            self._go_to(self.history_start)
            return Stop("start")
        self._go_to(target)
        return Stop("step")

    def reverse_cont(self) -> Stop:
        """Goes back to the last breakpoint or watchpoint hit before now: the guest
        stands before the instruction at the breakpoint, or before the instruction
        that made the watched access. With none, to the start of the history."""
        now = self.machine.instructions
        end = now
        for index in reversed(range(bisect.bisect_left(self._counts, now))):
            start = self._counts[index]
            hits = self._record(index, end)
            if hits:
                count, stop = hits[-1]
                self._go_to(count)
                return stop
            end = start
        self._go_to(self.history_start)
        return Stop("start")

    def _go_to(self, count: int) -> None:
        """Restores the last checkpoint at or before ``count`` and replays up to it."""
        index = bisect.bisect_right(self._counts, count) - 1
        machine = self.machine
        machine.restore(self._snapshots[index])
        self.ended = None
        if machine.instructions < count:
            with self._hooks_off():
                machine.config.max_instructions = count
                try:
                    machine.run()
                finally:
                    machine.config.max_instructions = self._limit

    def _record(self, index: int, end: int) -> list[tuple[int, Stop]]:
        """Replays from checkpoint ``index`` up to instruction ``end``, noting every
        breakpoint and watchpoint hit (the count to stop at for each)."""
        machine = self.machine
        recorder = _Recorder()

        def at(machine: Machine, address: int) -> bool:
            recorder.hits.append((machine.instructions_begun() - 1, Stop("breakpoint", address)))
            return False

        def accessed(machine: Machine, access: MemoryAccess) -> bool:
            stop = Stop("watchpoint", access.address, access.kind)
            recorder.hits.append((machine.instructions_begun() - 1, stop))
            return False

        with self._hooks_off():
            machine.restore(self._snapshots[index])
            hooks = [machine.hooks.at(address, at) for address in self._breakpoints]
            hooks += [
                machine.hooks.memory(w.address, w.address + w.length - 1, accessed, access=w.access)
                for w in self._watches.values()
            ]
            machine.config.max_instructions = end
            try:
                if machine.instructions < end:
                    machine.run()
            finally:
                machine.config.max_instructions = self._limit
                for hook in hooks:
                    hook.remove()
        return [(count, stop) for count, stop in recorder.hits if count < end]
