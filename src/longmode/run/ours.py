"""`longmode run` in our machine: the BIOS on the target's disk, COM1 streamed, the
screen drawn, the outcome turned into an exit status."""

from __future__ import annotations

import contextlib
import logging
import os
import select
import sys
from collections.abc import Callable

from longmode.errors import LongmodeError
from longmode.files import (
    Output,
    size_text,
)
from longmode.machine.bios import Bios
from longmode.machine.bios.disk import Disk
from longmode.machine.board.ports import UnclaimedAccesses
from longmode.machine.hooks import Hook, InterruptEvent
from longmode.machine.machine import Machine, MachineConfig, Outcome, describe_ip
from longmode.run.options import Boot, RunOptions, describer, loader_report, memory_size
from longmode.run.terminal import (
    LiveScreen,
    SignalWatch,
    persist,
    raw_terminal,
    show_screen,
    signal_name,
)
from longmode.run.trace import line as trace_line

log = logging.getLogger("longmode.run")
#: Endings the report explains (the explanation module is loaded only for them).
EXPLAINED = (Outcome.TRIPLE_FAULT, Outcome.HALTED, Outcome.TIMEOUT, Outcome.INSTRUCTION_LIMIT)


def boot_machine(
    options: RunOptions,
    boot: Boot,
    on_serial: Callable[[int], None] | None = None,
    machine_class: type[Machine] = Machine,
    reuse: Machine | None = None,
) -> tuple[Machine, Bios, Disk]:
    """Our machine (a ``machine_class``) with the target's disk and our BIOS, as
    ``options`` ask; COM1 goes to ``on_serial``, or stdout. LongmodeError if the host
    cannot hold the RAM or the disk does not boot.

    ``reuse``: a machine of an earlier boot to power-cycle instead of building a new
    one, when it has the memory size asked for (the guest cannot tell the two apart;
    see ``Machine.power_cycle``)."""
    from unicorn import UcError

    from longmode.machine.bios import install_bios

    out = sys.stdout.buffer

    def to_stdout(byte: int) -> None:
        out.write(bytes([byte]))
        out.flush()

    config = MachineConfig(
        memory=memory_size(options.memory),
        deterministic=not options.fast,
        timeout=options.timeout,
        max_instructions=options.max_instructions,
        describe=describer(boot),
        on_serial=on_serial or to_stdout,
    )
    try:
        if reuse is not None and type(reuse) is machine_class and reuse.can_power_cycle_to(config):
            machine = reuse
            machine.power_cycle(config)
        else:
            machine = machine_class(config)
    except UcError:
        raise LongmodeError(
            f"--memory {options.memory}: this host could not reserve "
            f"{size_text(config.memory)} for the guest's RAM (longmode's machine keeps it in "
            "host memory); give less"
        ) from None
    disk = Disk(boot.image, floppy=boot.floppy, name=str(options.target))
    extra = [
        Disk(data, name=str(path)) for path, data in zip(options.disks, boot.disks, strict=True)
    ]
    bios = install_bios(machine, [disk, *extra], boot_drive=0x00 if boot.floppy else 0x80)
    machine.bios = bios  # its disks' writes go into snapshots (the debugger's history)
    # On the IDE channels as on QEMU's PC: a hard-disk target is the primary master
    # (-drive index=0), the --disk images index 1, 2, 3; the BIOS numbers them 80h...
    if not boot.floppy:
        machine.chips.attach_disk(0, disk)
    for index, extra_disk in enumerate(extra, start=1):
        machine.chips.attach_disk(index, extra_disk)
    if bios.boot_failure is not None:
        signature = disk.boot_sector()[-2:]
        raise LongmodeError(
            f"{options.target}: the first sector must end with the boot signature 55h AAh, "
            f"not {signature[0]:02X}h {signature[1]:02X}h: the BIOS does not boot it"
        )
    return machine, bios, disk


def run_ours(options: RunOptions, boot: Boot, screenshot: Output | None, watch: SignalWatch) -> int:
    machine, bios, disk = boot_machine(options, boot)
    unclaimed = (
        machine.bus.watch_unclaimed(lambda: guest_address(machine))
        if logging.getLogger("longmode.bus").isEnabledFor(logging.INFO)
        else None
    )
    unassigned = None
    if unclaimed is not None:
        unassigned = UnclaimedAccesses("MMIO", lambda: guest_address(machine))
        machine.memory.on_unclaimed = unassigned.note
    if options.keys:
        _type_keys(machine, options, boot)
    if "int" in options.trace:
        describe = describer(boot)

        def trace(machine: Machine, event: InterruptEvent) -> None:
            print(trace_line(event, describe), file=sys.stderr, flush=True)

        machine.hooks.interrupt(trace)
    watch.on_signal = lambda signum: machine.interrupt(
        f"interrupted by {signal_name(signum)}", 128 + signum
    )
    if watch.received is not None:
        watch.on_signal(watch.received)
    red_zone = None
    if boot.kernel is not None:
        from longmode.debug.redzone import RedZoneWatch

        kernel = boot.kernel
        red_zone = RedZoneWatch(
            machine,
            kernel,
            lambda clobber: print(
                f"longmode run: {clobber.describe(kernel)}", file=sys.stderr, flush=True
            ),
        )
    live = LiveScreen(machine.screen.ansi) if options.display == "terminal" else None
    stdin = _SerialInput(machine) if sys.stdin.isatty() else None
    machine.config.between_slices = lambda: _between_slices(live, stdin)
    with contextlib.ExitStack() as terminal:  # given back however the run ends
        if stdin is not None:
            terminal.enter_context(raw_terminal(stdin.fd))
        if live is not None:
            terminal.callback(live.close)
        gdb = options.gdb_address
        if gdb is not None:
            from longmode.debug.gdbstub import serve_gdb

            result = serve_gdb(
                machine,
                gdb,
                describe=describer(boot),
                kernel=boot.kernel,
                announce=lambda line: print(line, file=sys.stderr, flush=True),
                cancelled=lambda: watch.received is not None,
            )
        else:
            result = machine.run()
        if live is not None:
            live.draw(force=True)
    if unclaimed is not None and unassigned is not None:
        unclaimed.log_summary()
        unassigned.log_summary()
    bios.calls.log_summary()
    if red_zone is not None and len(red_zone.clobbers) > 1:
        print(
            f"longmode run: {len(red_zone.clobbers)} interrupt frames in all clobbered "
            "red-zone locals",
            file=sys.stderr,
        )
    if live is None and options.display == "end":
        show_screen(machine.screen.snapshot())
    if options.persist:
        persist(options.target, boot.image, bytes(disk.data[: len(boot.image)]))
        extra = [d for _, d in sorted(bios.drives.items()) if d is not disk]
        for path, original, extra_disk in zip(options.disks, boot.disks, extra, strict=True):
            persist(path, original, bytes(extra_disk.data[: len(original)]))
    message = result.message
    if result.outcome is Outcome.EXITED:
        message = loader_report(boot, result.exit_status) or message
    # The explanation first: the one-line report stays the last line on stderr.
    if result.outcome in EXPLAINED:
        from longmode.debug.explain import explain_ending

        report = explain_ending(machine, result.outcome, boot.kernel)
        if report is not None:
            print(report, file=sys.stderr)
    if options.on_end is not None:
        options.on_end(result.outcome)
    print(f"longmode run: {message}", file=sys.stderr)
    if screenshot is not None:  # checked before the run; a late failure comes after the report
        machine.screen.png(screenshot)
    return result.exit_status


def guest_address(machine: Machine) -> str:
    """The address of the port access being made, as reports give it."""
    cpu = machine.cpu
    return describe_ip(cpu.mode(), cpu.get("cs"), machine.bus.guest_ip, machine.config.describe)


def _type_keys(machine: Machine, options: RunOptions, boot: Boot) -> None:
    """--keys: queued on the 8042, not before --keys-at, each key when the guest is
    ready for it (see ``Machine.press``). For a kernel target they also wait until
    the CPU reaches the kernel's entry: the BIOS's IRQ1 handler and the loader's A20
    code read the 8042 before, and would take them. The hook there goes once it has
    released them (a code hook slows every instruction a little), except under gdb,
    whose reverse execution may replay the way to the entry."""
    ps2 = machine.chips.ps2
    machine.press(options.typed_keys, after=int(options.keys_at * 1e9))
    if boot.entry is None:
        return
    ps2.hold_typed()
    hook: Hook | None = None

    def at_entry(machine: Machine, address: int) -> bool:
        ps2.release_typed()
        if hook is not None and options.gdb is None:
            hook.remove()
        return False

    hook = machine.hooks.at(boot.entry, at_entry)


def _between_slices(live: LiveScreen | None, stdin: _SerialInput | None) -> None:
    """Work the front end does between CPU slices."""
    if live is not None:
        live.draw()
    if stdin is not None:
        stdin.poll()


class _SerialInput:
    """Bytes typed on an interactive stdin go to COM1, at its line rate
    (``Uart16550.queue_input``); the terminal is in raw mode meanwhile
    (:func:`~longmode.run.terminal.raw_terminal`)."""

    def __init__(self, machine: Machine) -> None:
        self.machine = machine
        self.fd = sys.stdin.fileno()

    def poll(self) -> None:
        if self.fd < 0:
            return
        try:
            ready, _, _ = select.select([self.fd], [], [], 0)
            data = os.read(self.fd, 256) if ready else b""
        except OSError:  # the terminal went away (a closed pseudo-terminal: EIO)
            self.fd = -1
            return
        if data:
            self.machine.chips.com1.queue_input(data)
