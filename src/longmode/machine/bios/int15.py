"""INT 15h, system services: memory size and map, A20, configuration, waiting, block move.

Sources: Ralf Brown's Interrupt List, INT 15h; ACPI 6.5 section 15 for
E820h; SeaBIOS ``src/system.c`` for what QEMU's guests get (unsupported
functions answer CF set and AH=86h; E801h/88h count up to the top of usable
low memory; 88h stops at 64 MiB).

Not done: AH=4Fh keyboard intercept (INT 09h does not call it), AH=89h
switch to protected mode, AH=C2h mouse, AH=53h APM.
"""

from __future__ import annotations

import enum
import logging
import struct
from dataclasses import dataclass, field
from typing import Final

from longmode.machine.bios import e820, rom
from longmode.machine.bios.services import Service, ServiceCall, dispatch_by_ah
from longmode.machine.devices import pc_ports

log = logging.getLogger("longmode.bios")

PORT_92: Final = pc_ports.SYSTEM_CONTROL_A[0]
PORT_92_A20: Final = 0x02
KBC_COMMAND: Final = pc_ports.PS2_COMMAND[0]
KBC_A20_OFF, KBC_A20_ON = 0xDD, 0xDF
NS_PER_US: Final = 1000


class SystemStatus(enum.IntEnum):
    """AH after INT 15h."""

    SUCCESS = 0x00
    KEYBOARD_CONTROLLER_BUSY = 0x01
    INVALID_COMMAND = 0x80
    UNSUPPORTED = 0x86


@dataclass
class WaitState:
    """INT 15h AH=86h waits under way, by caller (SS, SP, CS, IP) → virtual deadline (ns)."""

    deadlines: dict[tuple[int, int, int, int], int] = field(default_factory=dict)


# --- A20 (AH=24h) ----------------------------------------------------------------


def _a20_enabled(call: ServiceCall) -> bool:
    return call.board.a20


def _set_a20(call: ServiceCall, on: bool) -> None:
    bus = call.board.ports
    control = bus.read(PORT_92, 1)
    bus.write(PORT_92, 1, (control | PORT_92_A20) if on else (control & ~PORT_92_A20 & 0xFE))
    bus.write(KBC_COMMAND, 1, KBC_A20_ON if on else KBC_A20_OFF)


def a20_gate(call: ServiceCall) -> None:
    """AH=24h A20 gate: AL=00h disable, 01h enable, 02h status (AL), 03h support (BX=3)."""
    function = call["al"]
    if function in (0x00, 0x01):
        _set_a20(call, function == 0x01)
    elif function == 0x02:
        call["al"] = int(_a20_enabled(call))
    elif function == 0x03:
        call["bx"] = 0x0003  # keyboard controller and port 92h
    else:
        log.info("INT 15h AX=24%02Xh is not implemented", function)
        call.fail(SystemStatus.UNSUPPORTED)
        return
    call.succeed()


# --- memory size -----------------------------------------------------------------


def extended_memory_size(call: ServiceCall) -> None:
    """AH=88h extended memory size: AX = KiB above 1 MiB (at most 63 MiB's worth)."""
    call["ax"] = e820.extended_kib_88h(call.board.layout)
    call.set_carry(False)


def _e801(call: ServiceCall) -> None:
    below_16m, above_16m = e820.e801_values(call.board.layout)
    call["ax"] = call["cx"] = below_16m
    call["bx"] = call["dx"] = above_16m
    call.set_carry(False)


def _e820(call: ServiceCall) -> None:
    entries = e820.memory_map(call.board.layout)
    index = call["ebx"]
    if (
        call["edx"] != e820.SMAP
        or call["ecx"] < e820.E820Entry.LEGACY_SIZE
        or index >= len(entries)
    ):
        call.fail(SystemStatus.UNSUPPORTED)
        return
    size = e820.E820Entry.SIZE if call["ecx"] >= e820.E820Entry.SIZE else e820.E820Entry.LEGACY_SIZE
    call.write(call.linear(call["es"], call["di"]), entries[index].pack(size))
    call["eax"] = e820.SMAP
    call["ecx"] = size
    call["ebx"] = index + 1 if index + 1 < len(entries) else 0
    call.set_carry(False)


def memory_map(call: ServiceCall) -> None:
    """AH=E8h: AL=01h (E801h) memory size above 1 and 16 MiB; AL=20h (E820h) the
    memory map, one entry per call at ES:DI (EBX: continuation, EDX: 'SMAP')."""
    function = call["al"]
    if function == 0x01:
        _e801(call)
    elif function == 0x20:
        _e820(call)
    else:
        log.info("INT 15h AX=E8%02Xh is not implemented", function)
        call.fail(SystemStatus.UNSUPPORTED)


# --- configuration, waiting, block move ----------------------------------------------


def system_configuration(call: ServiceCall) -> None:
    """AH=C0h get system configuration: ES:BX = the table in ROM."""
    offset, segment = rom.real_mode_pointer(rom.CONFIG_TABLE)
    call["es"], call["bx"] = segment, offset
    call.succeed()


def device_busy_or_post(call: ServiceCall) -> None:
    """AH=90h device busy, AH=91h interrupt complete: nothing to do; AH = 00h."""
    call.succeed()


def _make_wait(state: WaitState) -> Service:
    def wait_microseconds(call: ServiceCall) -> None:
        """AH=86h wait: CX:DX microseconds of virtual time, interrupts enabled meanwhile."""
        cs, ip = call.caller
        key = (call["ss"], call["sp"], cs, ip)
        now = call.board.now()
        deadline = state.deadlines.get(key)
        if deadline is None:
            deadline = now + (call["cx"] << 16 | call["dx"]) * NS_PER_US
            state.deadlines[key] = deadline
        if now < deadline:
            call.wait()
            return
        del state.deadlines[key]
        call.succeed()

    return wait_microseconds


def move_block(call: ServiceCall) -> None:
    """AH=87h move extended memory block: CX words, source and destination from the
    descriptors at ES:SI + 10h and + 18h (the GDT the caller built)."""
    table = call.linear(call["es"], call["si"])
    descriptors = call.read(table + 0x10, 16)

    def base(raw: bytes) -> int:
        low: int = struct.unpack_from("<H", raw, 2)[0]
        return low | raw[4] << 16 | raw[7] << 24

    source, destination = base(descriptors[:8]), base(descriptors[8:])
    size = call["cx"] * 2
    memory = call.board.memory
    if not (memory.is_memory(source, size) and memory.is_memory(destination, size)):
        call.fail(0x02)  # "interrupt error" (address outside RAM)
        return
    call.write(destination, call.read(source, size))
    call.succeed()


def handler() -> Service:
    """The INT 15h service (its own wait state)."""
    functions: dict[int, Service] = {
        0x24: a20_gate,
        0x86: _make_wait(WaitState()),
        0x87: move_block,
        0x88: extended_memory_size,
        0x90: device_busy_or_post,
        0x91: device_busy_or_post,
        0xC0: system_configuration,
        0xE8: memory_map,
    }
    return dispatch_by_ah("INT 15h", functions, unsupported_status=SystemStatus.UNSUPPORTED)
