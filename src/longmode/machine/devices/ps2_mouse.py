"""The PS/2 mouse on the 8042's auxiliary port, as QEMU's ``hw/input/ps2.c`` has it.

Sources: IBM PS/2 Hardware Interface Technical Reference, "Keyboard and
Auxiliary Device Controller" and "Pointing Device" (commands, status bytes,
the 3-byte data packet); the OSDev wiki "PS/2 Mouse"; QEMU's ``ps2.c``
(``ps2_write_mouse``, ``ps2_mouse_send_packet``) for the replies and the
IntelliMouse detection sequences.

Emulated: reset (FA AA, then the device ID), set defaults, enable/disable data
reporting, sample rate (with QEMU's IntelliMouse detection: 200, 100, 80 makes
it an IMPS/2 mouse, ID 3, with a fourth packet byte for the wheel; 200, 200, 80
an IntelliMouse Explorer, ID 4), resolution, scaling 1:1 and 2:1 (stored),
status request, stream and remote mode, read data (a packet on request), wrap
(echo) mode, get device ID; an unknown command gets no reply (QEMU's choice; the
IBM reference has the mouse answer FEh, resend); movement and buttons through :meth:`Ps2Mouse.move`,
sent as packets in stream mode while reporting is enabled.
Not emulated: scaling applied to movement, a sample rate limiting packets
(each :meth:`move` is one packet), the Explorer's fourth and fifth buttons
(its fourth byte carries the wheel only), anything driving
:meth:`move` from the host's mouse (no front end does yet).
"""

from __future__ import annotations

from collections import deque
from typing import Any

ACK, SELF_TEST_PASSED = 0xFA, 0xAA
#: Device IDs: a standard PS/2 mouse, an IntelliMouse (wheel), an Explorer.
STANDARD, INTELLIMOUSE, EXPLORER = 0x00, 0x03, 0x04
#: Commands followed by an argument byte: set resolution, set sample rate.
_TAKES_ARGUMENT = {0xE8, 0xF3}
#: Status byte bits (status request, 0xE9).
STATUS_REMOTE, STATUS_ENABLED, STATUS_SCALING_2_1 = 0x40, 0x20, 0x10
#: The sample-rate sequences that switch the ID (QEMU's ``mouse_detect_state``).
_DETECT = {(200, 100, 80): INTELLIMOUSE, (200, 200, 80): EXPLORER}


class Ps2Mouse:
    """The mouse: its settings, its replies and packets waiting for the controller."""

    def __init__(self) -> None:
        #: Bytes for the controller's output buffer, oldest first.
        self.queue: deque[int] = deque()
        self.reset()

    def reset(self) -> None:
        """Power-on: defaults, stream mode, reporting off, a standard mouse."""
        self.device_id = STANDARD
        self.wrap = False
        self.pending: int | None = None
        self.rates: list[int] = []
        self.set_defaults()

    def set_defaults(self) -> None:
        """100 samples/s, 4 counts/mm, scaling 1:1, stream mode, reporting off."""
        self.sample_rate = 100
        self.resolution = 2
        self.scaling_2_1 = False
        self.remote = False
        self.enabled = False
        self.buttons = 0
        self.dx = self.dy = self.dz = 0

    def write(self, value: int) -> None:
        """A byte from the host (the controller's D4h command)."""
        command, self.pending = self.pending, None
        if command is not None:
            self._argument(command, value)
        elif self.wrap and value not in (0xEC, 0xFF):
            self.queue.append(value)  # wrap mode echoes everything else
        elif value in _TAKES_ARGUMENT:
            self.pending = value
            self.queue.append(ACK)
        else:
            self._command(value)

    def _command(self, value: int) -> None:
        if value in (0xE6, 0xE7):  # set scaling 1:1 / 2:1
            self.scaling_2_1 = value == 0xE7
        elif value == 0xE9:  # status request
            status = (  # QEMU's mouse_status: no button bits
                (STATUS_REMOTE if self.remote else 0)
                | (STATUS_ENABLED if self.enabled else 0)
                | (STATUS_SCALING_2_1 if self.scaling_2_1 else 0)
            )
            self.queue.extend((ACK, status, self.resolution, self.sample_rate))
            return
        elif value == 0xEA:  # stream mode
            self.remote = False
        elif value == 0xEB:  # read data
            self.queue.append(ACK)
            self._send_packet()
            return
        elif value == 0xEC:  # reset wrap mode
            self.wrap = False
        elif value == 0xEE:  # set wrap mode
            self.wrap = True
        elif value == 0xF0:  # remote mode
            self.remote = True
        elif value == 0xF2:  # get device ID
            self.queue.extend((ACK, self.device_id))
            return
        elif value in (0xF4, 0xF5):  # enable / disable data reporting
            self.enabled = value == 0xF4
        elif value == 0xF6:
            self.set_defaults()
        elif value == 0xFF:
            self.reset()
            self.queue.clear()
            self.queue.extend((ACK, SELF_TEST_PASSED, self.device_id))
            return
        else:
            return  # an unknown command gets no reply at all, as in QEMU
        self.queue.append(ACK)

    def _argument(self, command: int, value: int) -> None:
        if command == 0xE8:
            self.resolution = value & 3
        else:
            self.sample_rate = value
            self.rates = [*self.rates[-2:], value]
            detected = _DETECT.get(tuple(self.rates))  # type: ignore[arg-type]
            if detected is not None:
                self.device_id = detected
                self.rates = []
        self.queue.append(ACK)

    def move(self, dx: int, dy: int, buttons: int = 0, dz: int = 0) -> None:
        """The mouse moved by (``dx``, ``dy``) counts (y up), the wheel by ``dz``, with
        ``buttons`` held (bit 0 left, 1 right, 2 middle): a packet in stream mode
        while reporting is enabled; in remote mode the motion adds up until a read."""
        self.buttons = buttons & 7
        self.dx += dx
        self.dy += dy
        self.dz += dz
        if self.enabled and not self.remote and not self.wrap:
            self._send_packet()

    def _send_packet(self) -> None:
        """The movement since the last packet, at most 127 counts each way (the rest
        waits for the next packet, as in QEMU), and the buttons."""
        dx, dy, dz = (max(-127, min(127, value)) for value in (self.dx, self.dy, self.dz))
        flags = 0x08 | self.buttons | (0x10 if dx < 0 else 0) | (0x20 if dy < 0 else 0)
        packet = [flags, dx & 0xFF, dy & 0xFF]
        if self.device_id == INTELLIMOUSE:
            packet.append(dz & 0xFF)
        elif self.device_id == EXPLORER:
            packet.append(max(-8, min(7, dz)) & 0x0F)
        self.queue.extend(packet)
        self.dx, self.dy, self.dz = self.dx - dx, self.dy - dy, self.dz - dz

    _STATE = (
        "device_id", "wrap", "pending", "rates", "sample_rate", "resolution",
        "scaling_2_1", "remote", "enabled", "buttons", "dx", "dy", "dz",
    )  # fmt: skip

    def save_state(self) -> dict[str, Any]:
        state = {key: getattr(self, key) for key in self._STATE}
        state["rates"] = list(self.rates)
        state["queue"] = list(self.queue)
        return state

    def load_state(self, state: dict[str, Any]) -> None:
        for key in self._STATE:
            setattr(self, key, state[key])
        self.rates = list(state["rates"])
        self.queue = deque(state["queue"])
