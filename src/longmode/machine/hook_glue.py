"""How the hook registry is wired into unicorn and the run loop (a part of Machine).

:class:`HookGlue` is a base of :class:`~longmode.machine.machine.Machine`: it
installs unicorn hooks for the registry's kinds while hooks of that kind exist,
runs the callbacks, and turns a callback's "stop" into an exact stop — before
the instruction for an address (a code hook), after it for a memory or port
access (the "stopper" code hook takes it at the next instruction), before
delivery for an interrupt (the event is held for the next run).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from unicorn import (
    UC_HOOK_BLOCK,
    UC_HOOK_CODE,
    UC_HOOK_MEM_READ,
    UC_HOOK_MEM_WRITE,
    UC_MEM_WRITE,
    Uc,
)

from longmode.machine.bios import rom
from longmode.machine.clock import VirtualClock
from longmode.machine.cpu import X86Cpu
from longmode.machine.hooks import (
    Hook,
    Hooks,
    InterruptEvent,
    MemoryAccess,
    ModeSwitch,
    PortAccess,
)
from longmode.machine.interrupts import Event
from longmode.machine.results import Outcome
from longmode.machine.x86 import Mode


class HookGlue:
    """The hook registry's side of the machine (see the module documentation)."""

    uc: Uc
    cpu: X86Cpu
    hooks: Hooks
    held_event: Event | None
    _unicorn_hooks: dict[str, list[int]]
    _slice: tuple[int, int, float] | None
    _flush_code: bool
    _pending_stop: str | None
    _stopped_at: int | None
    _resume_at: int | None
    _last_mode: Mode | None
    clock: VirtualClock

    if TYPE_CHECKING:  # what Machine provides, declared for the type checker only

        def stop(
            self,
            outcome: Outcome,
            message: str,
            exit_status: int | None = None,
            *,
            before_instruction: bool = False,
        ) -> None: ...

        def _halt(self, *, before_instruction: bool = False) -> None: ...

        def _where(self, ip: int) -> str: ...

        def is_finished(self) -> bool: ...

    def _port_hooks(self, access: PortAccess) -> None:
        for hook in self.hooks.ports_matching(access.port):
            if hook.callback(self, access):
                self._stop_after_instruction(
                    f"{hook.describe()}: {access.direction} {access.port:#x}"
                )

    def _stop_after_instruction(self, message: str) -> None:
        """Ends the run once the current instruction is complete (the stopper hook
        takes it at the next instruction boundary)."""
        if not self._unicorn_hooks.get("stopper"):
            self._stop_for_hook(message)  # unicorn's count hook stops after this instruction
        elif self._pending_stop is None:
            self._pending_stop = message

    def _hooks_changed(self, kind: str) -> None:
        """Wires the registry's hooks of ``kind`` into unicorn (only while some exist)."""
        uc = self.uc
        for handle in self._unicorn_hooks.pop(kind, []):
            uc.hook_del(handle)
        hooks = self.hooks.installed
        handles: list[int] = []
        if kind == "at":
            for hook in hooks["at"]:
                if not hook.selector["physical"]:
                    address = hook.selector["address"]
                    handles.append(uc.hook_add(UC_HOOK_CODE, self._on_at, hook, address, address))
            if any(hook.selector["physical"] for hook in hooks["at"]):
                handles.append(uc.hook_add(UC_HOOK_CODE, self._on_at_physical, None, 1, 0))
        elif kind == "memory":
            for hook in hooks["memory"]:
                start, end, access = (hook.selector[k] for k in ("start", "end", "access"))
                if access in ("read", "rw"):
                    handles.append(uc.hook_add(UC_HOOK_MEM_READ, self._on_memory, hook, start, end))
                if access in ("write", "rw"):
                    handles.append(
                        uc.hook_add(UC_HOOK_MEM_WRITE, self._on_memory, hook, start, end)
                    )
        elif kind == "mode" and hooks["mode"]:
            # Before power-on's first instruction the CPU is in real mode as far as the
            # guest can tell (the reset stub that takes unicorn there is ours).
            self._last_mode = Mode.REAL if self.clock.now == 0 else self.cpu.mode()
            handles.append(uc.hook_add(UC_HOOK_BLOCK, self._on_block, None, 1, 0))
        self._unicorn_hooks[kind] = handles
        for handle in self._unicorn_hooks.pop("stopper", []):
            uc.hook_del(handle)
        if hooks["memory"] or hooks["port"]:
            self._unicorn_hooks["stopper"] = [
                uc.hook_add(UC_HOOK_CODE, self._on_stopper, None, 1, 0)
            ]
        # unicorn may not call a hook on code it translated before the hook was added.
        if self._slice is None:
            uc.ctl_flush_tb()
        else:
            self._flush_code = True
            self._halt()

    def _on_stopper(self, uc: Uc, address: int, size: int, _: object) -> None:
        if self._pending_stop is not None:
            message, self._pending_stop = self._pending_stop, None
            self._stop_for_hook(
                f"stopped at {self._where(address)} after {message}", before_instruction=True
            )

    def _stop_for_hook(self, message: str, *, before_instruction: bool = False) -> None:
        self.stop(Outcome.STOPPED, message, before_instruction=before_instruction)

    def _skip_resume(self, address: int) -> bool:
        """True (once) for the hooks at the address a run resumes from after stopping there."""
        if self._resume_at == address:
            self._resume_at = None
            return True
        return False

    def _on_at(self, uc: Uc, address: int, size: int, hook: Hook) -> None:
        if self._skip_resume(address) or self.is_finished():
            return
        if hook.callback(self, address):
            self._stopped_at = address
            self._stop_for_hook(
                f"stopped at {self._where(address)}: {hook.describe()}", before_instruction=True
            )

    def _on_at_physical(self, uc: Uc, address: int, size: int, _: object) -> None:
        if self.is_finished():
            return
        physical = self.cpu.walk(address).physical  # unicorn gives linear addresses
        for hook in self.hooks.installed["at"]:
            if hook.selector["physical"] and hook.selector["address"] == physical:
                if self._skip_resume(address):
                    return
                if hook.callback(self, physical):
                    self._stopped_at = address
                    where = self._where(address)
                    self._stop_for_hook(
                        f"stopped at {where}: {hook.describe()}", before_instruction=True
                    )
                    return

    def _on_memory(
        self, uc: Uc, access: int, address: int, size: int, value: int, hook: Hook
    ) -> None:
        kind = "write" if access == UC_MEM_WRITE else "read"
        if kind == "read":
            value = int.from_bytes(self.cpu.read_virtual(address, size) or bytes(size), "little")
        event = MemoryAccess(
            kind, address, size, value & ((1 << (8 * size)) - 1), self.cpu.get("rip")
        )
        if hook.callback(self, event):
            self._stop_after_instruction(f"{hook.describe()}: {kind} of {size} at {address:#x}")

    def _on_block(self, uc: Uc, address: int, size: int, _: object) -> None:
        if rom.RESET_STUB <= address < rom.RESET_STUB + len(rom.RESET_STUB_CODE):
            return  # our way from unicorn's start-up state into real mode, not the guest's
        mode = self.cpu.mode()
        old, self._last_mode = self._last_mode, mode
        if old is None or old is mode or self.is_finished():
            return
        switch = ModeSwitch(old.value, mode.value, address)
        for hook in list(self.hooks.installed["mode"]):
            if hook.callback(self, switch):
                change = f"{old.value} to {mode.value}"
                self._stop_for_hook(
                    f"stopped at {self._where(address)}: {hook.describe()} ({change})"
                )
                return

    def _interrupt_event(self, event: Event) -> InterruptEvent:
        return InterruptEvent(
            event.vector,
            event.kind.name.lower(),
            event.error_code,
            self.cpu.get("cs"),
            event.fault_ip,
            self.cpu.cpl,
            self.cpu.get("cr2"),
            self.cpu.get("rsp"),
            self.cpu.mode().value,
        )

    def _on_fault_in_delivery(self, event: Event) -> None:
        """A fault raised while delivering another event: interrupt hooks see it (they
        cannot stop the run here, in the middle of a delivery)."""
        if self.hooks.installed["interrupt"]:
            for hook in self.hooks.interrupts_matching(event.vector):
                hook.callback(self, self._interrupt_event(event))

    def _interrupt_hooks_stop(self, event: Event) -> bool:
        """Runs the interrupt hooks for ``event``; True when one stops the run (the
        event is then kept, and delivered when the run resumes)."""
        hooks = self.hooks.interrupts_matching(event.vector)
        if not hooks:
            return False
        info = self._interrupt_event(event)
        for hook in hooks:
            if hook.callback(self, info):
                self.held_event = event
                self._stop_for_hook(
                    f"stopped at {self._where(event.fault_ip)} before delivering "
                    f"{event.describe()}: {hook.describe()}"
                )
                return True
        return False
