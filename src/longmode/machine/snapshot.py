"""Whole-machine snapshots: save a running PC, restore it, write it to a file.

A :class:`Snapshot` holds everything the guest's future depends on:

* the CPU — unicorn's saved state: every register, descriptor caches, MSRs,
  the x87/SSE state (:func:`~longmode.machine.unicorn_internals.save_cpu`);
* RAM and the framebuffer — only the pages that are not all zeros, so a
  snapshot of a 128 MiB guest that uses 3 MiB holds 3 MiB;
* every chip's registers (``Device.save_state``), the virtual clock, the
  instruction count, the A20 line, the interrupt window (see ``Machine.window``),
  an interrupt a hook held back;
* the disks — only the sectors written since they were loaded (an overlay
  over the image);
* what the guest wrote to COM1 and to the 0xE9 console so far.

Restoring and running again gives the same serial output, instruction count
and virtual time as the first run from that point (deterministic mode).
:meth:`Snapshot.save` writes a zip file (a JSON manifest and the binary
parts) that :meth:`Snapshot.load` reads in another process, for a machine
built the same way (memory size, disks).

Not in a snapshot: actions scheduled from Python (``schedule``) — a snapshot
taken while any is pending can be restored in
this process but not written to a file — and the BIOS's own Python
bookkeeping of a service that is waiting (INT 15h AH=86h, INT 16h AH=00h):
take snapshots between BIOS calls.
"""

from __future__ import annotations

import base64
import io
import json
import zipfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol

from longmode.machine import unicorn_internals

if TYPE_CHECKING:
    from unicorn import Uc

    from longmode.machine.bios import Bios
    from longmode.machine.board import MemoryBus
    from longmode.machine.board.chipset import Chipset
    from longmode.machine.board.timeline import Timeline
    from longmode.machine.clock import VirtualClock
    from longmode.machine.cpu import X86Cpu
    from longmode.machine.interrupts import Event


class Machine(Protocol):
    """What a snapshot reads and writes of a machine
    (:class:`longmode.machine.machine.Machine` is one)."""

    instructions: int
    held_event: Event | None
    result: Any
    window: int | None
    window_event: int
    window_count: int | None
    pending_tries: int

    @property
    def a20(self) -> bool: ...

    @property
    def uc(self) -> Uc: ...

    @property
    def config(self) -> Any: ...

    @property
    def memory(self) -> MemoryBus: ...

    @property
    def chips(self) -> Chipset: ...

    @property
    def bios(self) -> Bios | None: ...

    @property
    def clock(self) -> VirtualClock: ...

    @property
    def cpu(self) -> X86Cpu: ...

    @property
    def timeline(self) -> Timeline: ...

    @property
    def serial(self) -> bytearray: ...

    @property
    def debug_console(self) -> bytearray: ...


PAGE = 0x1000
FORMAT = "longmode-snapshot"
#: 2: the ATA channels joined the chips (their state is in every snapshot).
#: 3: the local APIC and the I/O APIC joined them; the pending-interrupt window count.
VERSION = 3


@dataclass
class Snapshot:
    """One machine's state at one instant (see the module documentation)."""

    memory_size: int
    cpu: bytes
    #: ``fresh_cpu()`` of the process that took it (see ``restore_cpu``).
    cpu_fresh: bytes
    pages: dict[int, bytes]
    devices: dict[str, dict[str, Any]]
    clock_ns: int
    instructions: int
    a20: bool
    serial: bytes
    debug_console: bytes
    disks: dict[int, dict[int, bytes]] = field(default_factory=dict)
    #: When the interrupt window open at the time closes (``Machine.window``), and
    #: the device event it was planned up to (``Machine.window_event``).
    window: int | None = None
    window_event: int = (1 << 64) - 1
    #: The instruction count at which that window closes (``Machine.window_count``).
    window_count: int | None = None
    #: Windows planned in a row while an interrupt waited for IF: the next one's length
    #: (``Machine.pending_tries``).
    pending_tries: int = 0
    #: In this process only: scheduled actions and a held-back interrupt.
    timeline: list[Any] = field(default_factory=list)
    pending_event: Event | None = None

    def save(self, path: Path | str) -> None:
        """Writes the snapshot to ``path`` (a zip file), atomically."""
        if self.timeline:
            raise ValueError(
                "this snapshot holds actions scheduled from Python (schedule()): it can be "
                "restored in this process, not written to a file"
            )
        if self.pending_event is not None:
            raise ValueError(
                "this snapshot holds an interrupt a hook held back: resume the run past "
                "it before writing a snapshot to a file"
            )
        from longmode.files import write_atomically

        manifest = {
            "format": FORMAT,
            "version": VERSION,
            "memory_size": self.memory_size,
            "devices": self.devices,
            "clock_ns": self.clock_ns,
            "instructions": self.instructions,
            "a20": self.a20,
            "window": self.window,
            "window_event": self.window_event,
            "window_count": self.window_count,
            "pending_tries": self.pending_tries,
            "pages": sorted(self.pages),
            "disks": {str(n): sorted(sectors) for n, sectors in self.disks.items()},
        }
        buffer = io.BytesIO()
        with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
            archive.writestr("manifest.json", json.dumps(manifest, default=_encode))
            archive.writestr("cpu.bin", self.cpu)
            archive.writestr("cpu-fresh.bin", self.cpu_fresh)
            archive.writestr("serial.bin", self.serial)
            archive.writestr("debug-console.bin", self.debug_console)
            archive.writestr("memory.bin", b"".join(self.pages[a] for a in sorted(self.pages)))
            for number, sectors in self.disks.items():
                archive.writestr(
                    f"disk-{number:02x}.bin", b"".join(sectors[lba] for lba in sorted(sectors))
                )
        write_atomically(Path(path), buffer.getvalue())

    @classmethod
    def load(cls, path: Path | str) -> Snapshot:
        """Reads a snapshot :meth:`save` wrote (ValueError if it is not one)."""
        try:
            with zipfile.ZipFile(path) as archive:
                manifest = json.loads(archive.read("manifest.json"), object_hook=_decode)
                if manifest.get("format") != FORMAT or manifest.get("version") != VERSION:
                    raise ValueError(f"{path}: not a longmode snapshot of version {VERSION}")
                memory = archive.read("memory.bin")
                pages = {
                    address: memory[i * PAGE : (i + 1) * PAGE]
                    for i, address in enumerate(manifest["pages"])
                }
                disks: dict[int, dict[int, bytes]] = {}
                for number_text, lbas in manifest["disks"].items():
                    number = int(number_text)
                    data = archive.read(f"disk-{number:02x}.bin")
                    disks[number] = {
                        lba: data[i * 512 : (i + 1) * 512] for i, lba in enumerate(lbas)
                    }
                return cls(
                    memory_size=manifest["memory_size"],
                    cpu=archive.read("cpu.bin"),
                    cpu_fresh=archive.read("cpu-fresh.bin"),
                    pages=pages,
                    devices=manifest["devices"],
                    clock_ns=manifest["clock_ns"],
                    instructions=manifest["instructions"],
                    a20=manifest["a20"],
                    window=manifest.get("window"),
                    window_event=manifest.get("window_event", (1 << 64) - 1),
                    window_count=manifest.get("window_count"),
                    pending_tries=manifest.get("pending_tries", 0),
                    serial=archive.read("serial.bin"),
                    debug_console=archive.read("debug-console.bin"),
                    disks=disks,
                )
        except (zipfile.BadZipFile, KeyError, json.JSONDecodeError) as error:
            raise ValueError(f"{path}: not a longmode snapshot ({error})") from error


def _encode(value: object) -> object:
    """JSON for the few non-JSON values in device state (bytes, tuples stay lists)."""
    if isinstance(value, bytes | bytearray):
        return {"__bytes__": base64.b64encode(bytes(value)).decode()}
    raise TypeError(f"cannot write {type(value).__name__} into a snapshot")


def _decode(value: dict[str, Any]) -> object:
    if set(value) == {"__bytes__"}:
        return base64.b64decode(value["__bytes__"])
    return value


def take(machine: Machine, pages: dict[int, bytes] | None = None) -> Snapshot:
    """The machine's state now (between runs, or from a hook that stopped the run);
    ``pages``: memory's non-zero pages when the caller knows them (else they are read)."""
    bios = machine.bios
    disks = (
        {number: disk.written_sectors() for number, disk in bios.drives.items()}
        if bios is not None
        else {}
    )
    return Snapshot(
        memory_size=machine.config.memory,
        cpu=unicorn_internals.save_cpu(machine.uc),
        cpu_fresh=unicorn_internals.fresh_cpu()[0],
        pages=machine.memory.nonzero_pages() if pages is None else pages,
        devices={chip.name: chip.save_state() for chip in machine.chips.devices},
        clock_ns=machine.clock.now,
        instructions=machine.instructions,
        a20=machine.a20,
        serial=bytes(machine.serial),
        debug_console=bytes(machine.debug_console),
        disks=disks,
        timeline=list(machine.timeline._events),
        pending_event=machine.held_event,
        window=machine.window,
        window_event=machine.window_event,
        window_count=machine.window_count,
        pending_tries=machine.pending_tries,
    )


def restore(machine: Machine, snapshot: Snapshot) -> None:
    """Puts ``machine`` back in the state of ``snapshot`` (taken from it, or from a
    machine built the same way, in this process or from a file)."""
    if snapshot.memory_size != machine.config.memory:
        raise ValueError(
            f"the snapshot is of a machine with {snapshot.memory_size >> 20} MiB of memory, "
            f"this one has {machine.config.memory >> 20} MiB"
        )
    drives = machine.bios.drives if machine.bios is not None else {}
    if set(snapshot.disks) - set(drives):
        raise ValueError(
            "the snapshot has disks this machine does not: "
            + ", ".join(f"{n:#04x}" for n in sorted(set(snapshot.disks) - set(drives)))
        )
    unicorn_internals.restore_cpu(machine.uc, snapshot.cpu, snapshot.cpu_fresh)
    machine.memory.load_pages(snapshot.pages)
    machine.uc.ctl_flush_tb()
    machine.memory.code_translated = False
    for chip in machine.chips.devices:
        chip.load_state(snapshot.devices[chip.name])
    for number, disk in drives.items():
        disk.revert_to(snapshot.disks.get(number, {}))
    machine.clock.now = snapshot.clock_ns
    machine.instructions = snapshot.instructions
    machine.cpu.set_a20(snapshot.a20)
    machine.serial[:] = snapshot.serial
    machine.debug_console[:] = snapshot.debug_console
    machine.timeline._events[:] = snapshot.timeline
    machine.held_event = snapshot.pending_event
    machine.window = snapshot.window
    machine.window_event = snapshot.window_event
    machine.window_count = snapshot.window_count
    machine.pending_tries = snapshot.pending_tries
    machine.result = None
