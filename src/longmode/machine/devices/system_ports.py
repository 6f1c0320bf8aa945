"""The PC's one-register ports: system control port A, POST codes, QEMU's debug ports.

Sources: IBM Personal System/2 Hardware Interface Technical Reference,
"System Control Port A" (0x92: bit 0 fast reset, bit 1 A20); QEMU's
``hw/misc/debugexit.c`` (``isa-debug-exit``), ``hw/char/debugcon.c`` (Bochs'
port 0xE9 hack) and the POST diagnostic port 0x80 of the PC AT BIOS.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from longmode.machine.devices import pc_ports
from longmode.machine.devices.base import Device


class Port92(Device):
    """System control port A (0x92): fast A20 gate and fast reset.

    Emulated: bit 1 drives A20 (``on_a20`` on every write, as QEMU's
    ``port92_write`` sets its A20 line each time), writing bit 0 = 1
    calls ``on_reset`` (bit 0 then reads back 0, as in QEMU); the other bits
    are stored. Not emulated: the security-lock and activity-light bits'
    effects.
    """

    name = "port92"

    def __init__(
        self,
        on_a20: Callable[[bool], None] = lambda enabled: None,
        on_reset: Callable[[], None] = lambda: None,
        ports: tuple[int, int] = pc_ports.SYSTEM_CONTROL_A,
    ) -> None:
        self.on_a20 = on_a20
        self.on_reset = on_reset
        self.ports = (ports,)
        self.reset()

    def reset(self) -> None:
        """Power-on: A20 bit clear here (the 8042 holds the real gate)."""
        self.control = 0

    def read(self, port: int, size: int) -> int:
        """The stored bits."""
        return self.control

    def write(self, port: int, size: int, value: int) -> None:
        """Bit 1: A20; bit 0: reset the machine."""
        value &= 0xFF
        self.on_a20(bool(value & 0x02))
        self.control = value & ~0x01
        if value & 0x01:
            self.on_reset()

    def register_name(self, port: int, direction: str) -> str:
        """The one register."""
        return "system control A"

    def save_state(self) -> dict[str, Any]:
        """The stored bits."""
        return {"control": self.control}

    def load_state(self, state: dict[str, Any]) -> None:
        """Restores :meth:`save_state`."""
        self.control = state["control"]


class DebugExit(Device):
    """QEMU's ``isa-debug-exit`` (0xF4, 4 ports): writing v exits with status (v << 1) | 1.

    Any write of any size calls ``on_exit((value << 1) | 1)``; reads return 0.
    """

    name = "debug-exit"

    def __init__(
        self,
        on_exit: Callable[[int], None] = lambda status: None,
        ports: tuple[int, int] = pc_ports.DEBUG_EXIT,
    ) -> None:
        self.on_exit = on_exit
        self.ports = (ports,)

    def read(self, port: int, size: int) -> int:
        """Always 0."""
        return 0

    def write(self, port: int, size: int, value: int) -> None:
        """Requests exit with QEMU's status encoding."""
        self.on_exit((value << 1) | 1)

    def register_name(self, port: int, direction: str) -> str:
        """The one register."""
        return "exit"


class PostCodes(Device):
    """The POST-code port 0x80: records every byte written to it.

    Reads return 0xFF (nothing decodes them, as in QEMU). ``codes`` is the list
    of every code written, oldest first.
    """

    name = "post"

    def __init__(self, ports: tuple[int, int] = pc_ports.POST_CODE) -> None:
        self.ports = (ports,)
        self.codes: list[int] = []

    def reset(self) -> None:
        """Forgets the recorded codes."""
        self.codes = []

    def read(self, port: int, size: int) -> int:
        """Open bus."""
        return 0xFF

    def write(self, port: int, size: int, value: int) -> None:
        """Records the low byte (``out 0x80, al`` is also the classic I/O delay)."""
        self.codes.append(value & 0xFF)

    def register_name(self, port: int, direction: str) -> str:
        """The one register."""
        return "POST code"

    def save_state(self) -> dict[str, Any]:
        """The recorded codes."""
        return {"codes": list(self.codes)}

    def load_state(self, state: dict[str, Any]) -> None:
        """Restores :meth:`save_state`."""
        self.codes = list(state["codes"])


class DebugConsole(Device):
    """The Bochs/QEMU debug console at 0xE9: bytes written go to ``on_output``.

    Reads return 0xE9, which is how a guest detects the console.
    """

    name = "debugcon"

    def __init__(
        self,
        on_output: Callable[[int], None] = lambda byte: None,
        ports: tuple[int, int] = pc_ports.DEBUG_CONSOLE,
    ) -> None:
        self.on_output = on_output
        self.ports = (ports,)

    def read(self, port: int, size: int) -> int:
        """The presence signature."""
        return 0xE9

    def write(self, port: int, size: int, value: int) -> None:
        """Hands the low byte to ``on_output``."""
        self.on_output(value & 0xFF)

    def register_name(self, port: int, direction: str) -> str:
        """The one register."""
        return "console"
