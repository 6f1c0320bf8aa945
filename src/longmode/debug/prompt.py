"""``longmode debug TARGET``: an interactive prompt on our machine, in Bochs' spirit.

A front end of :class:`~longmode.debug.core.Debugger` (breakpoints, watchpoints,
steps, reverse execution), with the kernel's symbols and DWARF source lines when
the target is an ELF. Line editing, history and completion come from the
standard library's ``cmd`` and ``readline``; when stdin is not a terminal the
commands are read from it, one a line, so a session can be scripted.

A place (``WHERE``) is an address (``0x100000``), a symbol (``_start``, or the
last part of a Rust path: ``kernel_main`` for ``seed_kernel::kernel_main``) or a
source line (``main.rs:31``). Numbers are C-style (``0x`` for hex).
"""

from __future__ import annotations

import cmd
import contextlib
import signal
import sys
from collections.abc import Iterator
from typing import TYPE_CHECKING, TextIO

from iced_x86 import (
    Decoder,
    FlowControl,
    Formatter,
    FormatterSyntax,
    Instruction,
    Mnemonic,
    OpKind,
    Register,
)

from longmode.debug.core import Debugger, Stop
from longmode.debug.explain import page_walk
from longmode.debug.inspect import (
    InspectError,
    call_stack,
    descriptor_table,
    mappings,
    place,
    task_state,
)
from longmode.machine.hooks import Hook, InterruptEvent, PortAccess, ServiceEvent
from longmode.machine.x86 import EXCEPTION_NAMES, Mode

if TYPE_CHECKING:
    from longmode.elf import KernelElf

#: The most instructions ``step`` runs looking for the next source line.
STEP_LIMIT = 1_000_000
GENERAL_REGISTERS = ("rax", "rbx", "rcx", "rdx", "rsi", "rdi", "rbp", "rsp")
SEGMENT_REGISTERS = ("cs", "ds", "es", "fs", "gs", "ss")


class CommandError(Exception):
    """A command that cannot be done: one line for the user, and the prompt goes on."""


class DebugPrompt(cmd.Cmd):
    """The commands; ``help`` lists them, ``help COMMAND`` tells one."""

    prompt = "(longmode) "

    def __init__(
        self, debugger: Debugger, kernel: KernelElf | None, stdin: TextIO, stdout: TextIO
    ) -> None:
        super().__init__(stdin=stdin, stdout=stdout)
        self.use_rawinput = stdin.isatty()
        if not self.use_rawinput:
            self.prompt = ""  # each command is echoed after the prompt instead
        self.debugger = debugger
        self.machine = debugger.machine
        self.kernel = kernel
        self._traces: dict[str, list[Hook]] = {}
        self.intro = (
            "longmode debug: the guest waits before its first instruction; "
            "'help' lists the commands"
        )

    # --- plumbing ------------------------------------------------------------------

    def say(self, text: str) -> None:
        self.stdout.write(text + "\n")

    def onecmd(self, line: str) -> bool:
        if not self.use_rawinput and line.strip():
            self.say(f"{DebugPrompt.prompt}{line.strip()}")  # a scripted session reads as typed
        try:
            return super().onecmd(line)
        except CommandError as error:
            self.say(f"error: {error}")
            return False

    def parseline(self, line: str) -> tuple[str | None, str | None, str]:
        """As cmd's, with ``reverse-stepi`` naming ``do_reverse_stepi``."""
        word, _, rest = line.strip().partition(" ")
        return super().parseline(word.replace("-", "_") + (" " + rest if rest else ""))

    def do_help(self, arg: str) -> None:
        """help [COMMAND]: the commands, or what one does"""
        commands = sorted(
            (name[3:].replace("_", "-"), getattr(self, name).__doc__ or "")
            for name in self.get_names()
            if name.startswith("do_") and name != "do_EOF"
        )
        documented = {name: doc for name, doc in commands if doc}
        if arg.strip():
            doc = documented.get(arg.strip()) or documented.get(arg.strip().replace("_", "-"))
            if doc is None:
                raise CommandError(f"no command {arg.strip()!r}: 'help' lists them")
            self.say(doc)
            return
        self.say("Commands (WHERE: an address, $register, a symbol, or FILE:LINE):")
        shown = set()
        for _, doc in commands:
            if doc and doc not in shown:  # aliases share their command's text
                shown.add(doc)
                self.say(f"  {doc}")

    def default(self, line: str) -> None:
        raise CommandError(f"unknown command {line.split()[0]!r}: 'help' lists them")

    def emptyline(self) -> bool:
        return False  # an empty line does nothing (not the last command again)

    def completenames(self, text: str, *ignored: object) -> list[str]:
        return [name for name in super().completenames(text, *ignored) if name != "EOF"]

    def completedefault(self, text: str, *ignored: object) -> list[str]:
        """Symbols, for commands that take a place."""
        if self.kernel is None:
            return []
        return sorted({s.name for s in self.kernel.symbols if s.name.startswith(text)})[:200]

    # --- places and output ------------------------------------------------------------

    def where(self, address: int) -> str:
        """``0x100004 <_start+0x4> (main.rs:31)``."""
        return place(self.kernel, address)

    def resolve(self, place: str) -> int:
        """An address for ``place``: a number, ``$register``, a symbol or FILE:LINE."""
        with contextlib.suppress(ValueError):
            return int(place, 0)
        if place.startswith("$"):
            try:
                return self.machine.cpu.get(place[1:].lower())
            except KeyError:
                raise CommandError(f"no register {place[1:]!r}") from None
        kernel = self.kernel
        if kernel is None:
            raise CommandError(f"{place!r} is not an address, and the target has no symbols")
        if ":" in place and not place.endswith(":") and place.rsplit(":", 1)[1].isdigit():
            name, line = place.rsplit(":", 1)
            address = _line_address(kernel, name, int(line))
            if address is None:
                raise CommandError(f"no code for {place} in the kernel's line table")
            return address
        exact = [s for s in kernel.symbols if s.name == place and s.address]
        if not exact:
            exact = [s for s in kernel.symbols if s.name.endswith("::" + place) and s.address]
        addresses = {s.address for s in exact}
        if len(addresses) == 1:
            return addresses.pop()
        if not addresses:
            raise CommandError(f"no symbol {place!r} in the kernel")
        names = ", ".join(sorted({s.name for s in exact})[:5])
        raise CommandError(f"{place!r} names several symbols ({names}): give the full name")

    def number(self, text: str, what: str) -> int:
        try:
            return int(text, 0)
        except ValueError:
            raise CommandError(f"{what} must be a number, not {text!r}") from None

    def report(self, stop: Stop) -> None:
        """One line for a stop: where, and why."""
        rip = self.machine.cpu.get("rip")
        reason = {
            "breakpoint": "breakpoint",
            "step": "stepped",
            "interrupted": "interrupted",
            "start": "at the start of the recorded history",
        }.get(stop.reason, stop.reason)
        if stop.reason == "watchpoint" and stop.address is not None:
            reason = f"watchpoint: {stop.access} at {stop.address:#x}"
        if stop.result is not None:
            reason += f": {stop.result.message}"
        self.say(f"{reason}, at {self.where(rip)}, {self.debugger.instructions} instructions")

    @contextlib.contextmanager
    def interruptible(self) -> Iterator[None]:
        """While the guest runs, Ctrl-C stops it (and not the prompt)."""
        previous = signal.signal(signal.SIGINT, lambda *_: self.debugger.interrupt())
        try:
            yield
        finally:
            signal.signal(signal.SIGINT, previous)

    # --- running ----------------------------------------------------------------------------

    def do_continue(self, arg: str) -> None:
        """continue (c): run to the next breakpoint or watchpoint, or the end"""
        with self.interruptible():
            self.report(self.debugger.cont())

    do_c = do_continue

    def do_stepi(self, arg: str) -> None:
        """stepi [N] (si): run N instructions (1)"""
        count = self.number(arg, "the count") if arg.strip() else 1
        with self.interruptible():
            self.report(self.debugger.step(max(count, 1)))

    do_si = do_stepi

    def do_step(self, arg: str) -> None:
        """step (s): run to the next source line"""
        self.report(self._by_line(forward=True))

    do_s = do_step

    def do_next(self, arg: str) -> None:
        """next (n): run to the next source line, over calls"""
        if self.kernel is None:
            raise CommandError("stepping by source line needs a kernel ELF with debug information")
        cpu, kernel = self.machine.cpu, self.kernel
        start = kernel.source_line(cpu.get("rip"))
        with self.interruptible():
            for _ in range(STEP_LIMIT):
                stop = self._over_call() or self.debugger.step(1)
                if stop.reason != "step":
                    break
                line = kernel.source_line(cpu.get("rip"))
                if line is not None and line != start:
                    break
            else:
                raise CommandError(f"no new source line within {STEP_LIMIT:,} instructions")
        self.report(stop)

    do_n = do_next

    def _over_call(self) -> Stop | None:
        """If the guest stands on a call: runs until it returns (a breakpoint after
        it), and the stop; None otherwise."""
        instruction = self._instruction_at(self.machine.cpu.get("rip"))
        if instruction is None or instruction.mnemonic != Mnemonic.CALL:
            return None
        after = instruction.next_ip
        temporary = after not in self.debugger.breakpoints
        self.debugger.break_at(after)
        try:
            stop = self.debugger.cont()
        finally:
            if temporary:
                self.debugger.delete_break(after)
        if stop.reason == "breakpoint" and stop.address == after:
            return Stop("step")
        return stop

    def do_finish(self, arg: str) -> None:
        """finish: run until the current function returns"""
        cpu = self.machine.cpu
        function = self.kernel.symbol_at(cpu.get("rip")) if self.kernel else None
        if function is None or not function.size:
            raise CommandError("finish needs the current function's symbol (with its size)")
        code = self.machine.read_virtual(function.address, function.size)
        if code is None:
            raise CommandError(f"{function.name} is not mapped")
        returns = [
            i.ip
            for i in Decoder(64, code, ip=function.address)
            if i.flow_control == FlowControl.RETURN
        ]
        frame = cpu.get("rsp")
        added = [ip for ip in returns if ip not in self.debugger.breakpoints]
        for ip in added:
            self.debugger.break_at(ip)
        try:
            with self.interruptible():
                while True:
                    stop = self.debugger.cont()
                    if stop.reason != "breakpoint" or stop.address not in returns:
                        break
                    if cpu.get("rsp") >= frame:  # this frame's return, not a deeper call's
                        stop = self.debugger.step(1)
                        break
        finally:
            for ip in added:
                self.debugger.delete_break(ip)
        self.report(stop)

    def _instruction_at(self, address: int) -> Instruction | None:
        code = self.machine.read_virtual(address, 15)
        if code is None or self.machine.cpu.mode() is not Mode.LONG:
            return None
        return next(iter(Decoder(64, code, ip=address)), None)

    def do_reverse_stepi(self, arg: str) -> None:
        """reverse-stepi [N] (rsi): go back N instructions (1)"""
        count = self.number(arg, "the count") if arg.strip() else 1
        self.report(self.debugger.reverse_step(max(count, 1)))

    do_rsi = do_reverse_stepi

    def do_reverse_step(self, arg: str) -> None:
        """reverse-step (rs): go back to the previous source line"""
        self.report(self._by_line(forward=False))

    do_rs = do_reverse_step

    def do_reverse_continue(self, arg: str) -> None:
        """reverse-continue (rc): go back to the last breakpoint or watchpoint hit"""
        self.report(self.debugger.reverse_cont())

    do_rc = do_reverse_continue

    def _by_line(self, *, forward: bool) -> Stop:
        if self.kernel is None:
            raise CommandError("stepping by source line needs a kernel ELF with debug information")
        cpu, kernel = self.machine.cpu, self.kernel
        start = kernel.source_line(cpu.get("rip"))
        move = self.debugger.step if forward else self.debugger.reverse_step
        for _ in range(STEP_LIMIT):
            stop = move(1)
            if stop.reason != "step":
                return stop
            line = kernel.source_line(cpu.get("rip"))
            if line is not None and line != start:
                return stop
        raise CommandError(f"no new source line within {STEP_LIMIT:,} instructions")

    # --- breakpoints and watchpoints -------------------------------------------------

    def do_break(self, arg: str) -> None:
        """break WHERE (b): stop before the instruction at an address, symbol or FILE:LINE"""
        if not arg.strip():
            raise CommandError("break what? an address, a symbol or FILE:LINE")
        address = self.resolve(arg.strip())
        self.debugger.break_at(address)
        self.say(f"breakpoint at {self.where(address)}")

    do_b = do_break

    def do_delete(self, arg: str) -> None:
        """delete [WHERE]: remove the breakpoint there (all of them without WHERE)"""
        if not arg.strip():
            for address in self.debugger.breakpoints:
                self.debugger.delete_break(address)
            self.say("all breakpoints deleted")
            return
        address = self.resolve(arg.strip())
        if not self.debugger.delete_break(address):
            raise CommandError(f"no breakpoint at {self.where(address)}")
        self.say(f"breakpoint at {self.where(address)} deleted")

    def do_watch(self, arg: str) -> None:
        """watch [r|w|rw] WHERE [LEN]: stop after each access to LEN bytes (1) there"""
        address, length, access = self._watch_arguments(arg)
        self.debugger.watch(address, length, access)
        self.say(f"watchpoint ({access}) on {length} byte(s) at {address:#x}")

    def do_unwatch(self, arg: str) -> None:
        """unwatch [r|w|rw] WHERE [LEN]: remove that watchpoint"""
        address, length, access = self._watch_arguments(arg)
        if not self.debugger.delete_watch(address, length, access):
            raise CommandError(f"no {access} watchpoint on {length} byte(s) at {address:#x}")
        self.say(f"watchpoint ({access}) on {length} byte(s) at {address:#x} deleted")

    def _watch_arguments(self, arg: str) -> tuple[int, int, str]:
        words = arg.split()
        access = "write"
        if words and words[0] in ("r", "w", "rw"):
            access = {"r": "read", "w": "write", "rw": "rw"}[words.pop(0)]
        if not words or len(words) > 2:
            raise CommandError("watch [r|w|rw] WHERE [LEN]")
        address = self.resolve(words[0])
        length = self.number(words[1], "the length") if len(words) == 2 else 1
        if length <= 0:
            raise CommandError("the length must be at least 1")
        return address, length, access

    # --- looking --------------------------------------------------------------------------

    def do_regs(self, arg: str) -> None:
        """regs: the general registers, RIP and RFLAGS"""
        cpu = self.machine.cpu
        names = [*GENERAL_REGISTERS, *(f"r{n}" for n in range(8, 16))]
        for row in range(0, 16, 4):
            self.say("  ".join(f"{n.upper():>3}={cpu.get(n):016x}" for n in names[row : row + 4]))
        self.say(f"RIP={cpu.get('rip'):016x} {self.where(cpu.get('rip'))}")
        self.say(f"RFLAGS={cpu.get('rflags'):#x}  mode: {cpu.mode().value}")

    def do_sregs(self, arg: str) -> None:
        """sregs: segment selectors, CR0-CR4, EFER, GDTR, IDTR, TR"""
        cpu = self.machine.cpu
        self.say("  ".join(f"{n.upper()}={cpu.get(n):#06x}" for n in SEGMENT_REGISTERS))
        self.say("  ".join(f"{n.upper()}={cpu.get(n):#x}" for n in ["cr0", "cr2", "cr3", "cr4"]))
        self.say(f"EFER={cpu.efer:#x}")
        for name in ("gdtr", "idtr", "tr"):
            base, limit = cpu.table_register(name)
            self.say(f"{name.upper()}: base {base:#x}, limit {limit:#x}")

    def do_x(self, arg: str) -> None:
        """x WHERE [N]: N quadwords (4) at a virtual address"""
        self._dump(arg, physical=False)

    def do_xp(self, arg: str) -> None:
        """xp ADDRESS [N]: N quadwords (4) at a physical address"""
        self._dump(arg, physical=True)

    def _dump(self, arg: str, *, physical: bool) -> None:
        words = arg.split()
        if not words:
            raise CommandError("an address, please")
        address = self.number(words[0], "the address") if physical else self.resolve(words[0])
        count = self.number(words[1], "the count") if len(words) > 1 else 4
        size = 8 * max(1, min(count, 4096))
        if physical:
            data: bytes | None = self.machine.read_physical(address, size)
        else:
            data = self.machine.read_virtual(address, size)
        if data is None:
            raise CommandError(f"{address:#x} is not mapped in the guest's page tables")
        for offset in range(0, len(data), 16):
            words16 = [data[i : i + 8] for i in range(offset, min(offset + 16, len(data)), 8)]
            values = "  ".join(f"{int.from_bytes(w, 'little'):016x}" for w in words16)
            self.say(f"{address + offset:#018x}: {values}")

    def do_disasm(self, arg: str) -> None:
        """disasm [WHERE] [N]: N instructions (8) from an address (RIP)"""
        words = arg.split()
        cpu = self.machine.cpu
        address = self.resolve(words[0]) if words else cpu.get("rip")
        count = self.number(words[1], "the count") if len(words) > 1 else 8
        mode = cpu.mode()
        bitness = 64 if mode is Mode.LONG else 16 if mode is Mode.REAL else 32
        linear = (cpu.get("cs") << 4) + address if mode is Mode.REAL else address
        code = self.machine.read_virtual(linear, 15 * max(1, min(count, 200)))
        if code is None:
            raise CommandError(f"{address:#x} is not mapped in the guest's page tables")
        decoder = Decoder(bitness, code, ip=address)
        formatter = Formatter(FormatterSyntax.NASM)
        last_source = None
        for shown, instruction in enumerate(decoder):
            if shown == count:
                break
            source = self.kernel.source_line(instruction.ip) if self.kernel else None
            if source is not None and source != last_source:
                self.say(f"  {source[0]}:{source[1]}")
                last_source = source
            marker = "=>" if instruction.ip == cpu.get("rip") else "  "
            label = self.kernel.describe(instruction.ip) if self.kernel else f"{instruction.ip:#x}"
            self.say(f"{marker} {label}: {formatter.format(instruction)}")

    def do_bt(self, arg: str) -> None:
        """bt: the call stack (DWARF call frame information; frame pointers without it)"""
        for line in call_stack(self.machine, self.kernel):
            self.say(line)

    def do_info(self, arg: str) -> None:
        """info breakpoints | pagewalk WHERE | tlb | idt | gdt | tss | pic | pit | apic | ioapic
        | ata | devices"""
        words = arg.split()
        topic = words[0] if words else ""
        if topic == "breakpoints":
            for address in self.debugger.breakpoints:
                self.say(f"breakpoint at {self.where(address)}")
        elif topic == "pagewalk" and len(words) == 2:
            address = self.resolve(words[1])
            if self.machine.cpu.mode() is not Mode.LONG:
                raise CommandError("the walk is shown for long mode's 4-level tables only")
            for line in page_walk(self.machine, address, self.machine.cpu.get("cr3")):
                self.say(line)
        elif topic == "tlb":
            for line in mappings(self.machine):
                self.say(line)
        elif topic in ("idt", "gdt"):
            for line in descriptor_table(self.machine, topic, self.where):
                self.say(line)
        elif topic == "tss":
            try:
                lines = task_state(self.machine)
            except InspectError as error:
                raise CommandError(str(error)) from None
            for line in lines:
                self.say(line)
        elif topic == "pic":
            pic = self.machine.chips.pic
            for chip in (pic.master, pic.slave):
                self.say(
                    f"{chip.name}: vectors {chip.vector_base:#04x}-{chip.vector_base + 7:#04x}, "
                    f"IRR {chip.irr:08b}, ISR {chip.isr:08b}, IMR {chip.imr:08b}"
                )
        elif topic == "pit":
            pit = self.machine.chips.pit
            for counter in pit.counters:
                self.say(
                    f"counter {counter.index}: mode {counter.mode}, reload {counter.count}, "
                    f"count now {counter.counter_element(pit.now)}, OUT "
                    f"{int(counter.out(pit.now))}, gate {int(counter.gate)}"
                )
        elif topic in ("apic", "ioapic", "ata"):
            chips = self.machine.chips
            if topic == "apic":
                lines = chips.lapic.describe()
            elif topic == "ioapic":
                lines = chips.ioapic.describe()
            else:
                lines = [*chips.ata_primary.describe(), *chips.ata_secondary.describe()]
            for line in lines:
                self.say(line)
        elif topic == "devices":
            for device in self.machine.chips.devices:
                ports = ", ".join(f"{first:#x}+{count}" for first, count in device.ports)
                mmio = ", ".join(f"{base:#x}+{size:#x}" for base, size in device.mmio)
                mmio = f", MMIO {mmio}" if mmio else ""
                self.say(f"{device.name}: ports {ports or 'none'}{mmio}")
        else:
            raise CommandError(
                "info breakpoints | pagewalk WHERE | tlb | idt | gdt | tss | pic | pit | apic | "
                "ioapic | ata | devices"
            )

    def do_trace(self, arg: str) -> None:
        """trace int|io|bios on|off: print each interrupt, port access or BIOS call"""
        words = arg.split()
        if (
            len(words) != 2
            or words[0] not in ("int", "io", "bios")
            or words[1] not in ("on", "off")
        ):
            raise CommandError("trace int|io|bios on|off")
        kind, on = words[0], words[1] == "on"
        for hook in self._traces.pop(kind, []):
            hook.remove()
        if on:
            hooks = self.machine.hooks
            if kind == "int":
                self._traces[kind] = [hooks.interrupt(self._trace_interrupt)]
            elif kind == "io":
                self._traces[kind] = [hooks.port(0, self._trace_port, 0xFFFF)]
            else:  # every vector our BIOS serves
                self._traces[kind] = [
                    hooks.bios(vector, self._trace_bios) for vector in sorted(self.machine.vectors)
                ]
        self.say(f"trace {kind} {'on' if on else 'off'}")

    def _trace_interrupt(self, machine: object, event: InterruptEvent) -> bool:
        name = EXCEPTION_NAMES.get(event.vector, "") if event.kind == "exception" else event.kind
        code = "" if event.error_code is None else f" e={event.error_code:#x}"
        self.say(f"  int {event.vector:#04x} {name}{code} at {self.where(event.rip)}")
        return False

    def _trace_port(self, machine: object, access: PortAccess) -> bool:
        arrow = "<-" if access.direction == "in" else "->"
        where = self.where(access.rip)
        self.say(f"  {access.direction} {access.port:#06x} {arrow} {access.value:#x} at {where}")
        return False

    def _trace_bios(self, machine: object, event: ServiceEvent) -> bool:
        self.say(f"  BIOS INT {event.vector:02X}h AH={event.ah:02X}h")
        return False

    def do_serial(self, arg: str) -> None:
        """serial: what the guest wrote to COM1 so far"""
        self.say(bytes(self.machine.serial).decode("latin-1"))

    def do_screen(self, arg: str) -> None:
        """screen: the text screen now"""
        self.say(self.machine.screen.text())

    def do_quit(self, arg: str) -> bool:
        """quit (q): leave the debugger"""
        return True

    do_q = do_quit

    def do_EOF(self, arg: str) -> bool:
        return True


def _line_address(kernel: KernelElf, file: str, line: int) -> int | None:
    """The lowest address the line table gives for ``file`` (its name, or a path
    ending in it) at ``line``."""
    name = file.rsplit("/", 1)[-1]
    best = None
    for address in kernel.line_addresses(name, line):
        best = address if best is None else min(best, address)
    return best


def magic_breakpoints(kernel: KernelElf) -> list[int]:
    """Where the kernel's code has Bochs' magic breakpoint, ``xchg bx, bx``."""
    found = []
    for code in kernel.code_ranges:
        bitness = 64 if kernel.elf_class.name == "ELF64" else 32
        for instruction in Decoder(bitness, code.data, ip=code.address):
            if (
                instruction.mnemonic == Mnemonic.XCHG
                and instruction.op_count == 2
                and instruction.op0_kind == instruction.op1_kind == OpKind.REGISTER
                and instruction.op0_register == instruction.op1_register == Register.BX
            ):
                found.append(instruction.ip)
    return found


def run_prompt(debugger: Debugger, kernel: KernelElf | None, *, magic_break: bool = False) -> None:
    """Runs the prompt on stdin and stdout until ``quit`` or the end of stdin; with
    ``magic_break``, every ``xchg bx, bx`` of the kernel is a breakpoint."""
    prompt = DebugPrompt(debugger, kernel, sys.stdin, sys.stdout)
    if magic_break:
        if kernel is None:
            raise CommandError("--magic-break needs the kernel's ELF (or --symbols)")
        intro = [prompt.intro or ""]
        for address in magic_breakpoints(kernel):
            debugger.break_at(address)
            intro.append(f"magic breakpoint (xchg bx, bx) at {prompt.where(address)}")
        prompt.intro = "\n".join(intro)
    if sys.stdin.isatty():
        with contextlib.suppress(ImportError):
            import readline  # noqa: F401  (history and line editing for input())
    prompt.cmdloop()
