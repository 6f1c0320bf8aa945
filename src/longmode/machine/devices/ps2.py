"""Intel 8042 keyboard controller (ports 0x60/0x64) with an MF II keyboard and a PS/2
mouse (:mod:`ps2_mouse`) attached.

Sources: IBM Personal Computer AT Technical Reference (1984), "Keyboard
Controller" (status register, command byte, controller commands, output
port) and "Keyboard" (keyboard commands and responses); the OSDev wiki
"8042 PS/2 Controller" and "PS/2 Keyboard". Replies and A20/reset behaviour
follow QEMU's ``hw/input/pckbd.c`` and ``hw/input/ps2.c``.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Callable
from typing import Any, ClassVar

from longmode.machine.devices import pc_ports, scancodes
from longmode.machine.devices.base import Device, IrqLine, no_irq
from longmode.machine.devices.ps2_mouse import Ps2Mouse

# Status register bits.
STATUS_OBF, STATUS_IBF, STATUS_SYSTEM, STATUS_COMMAND = 0x01, 0x02, 0x04, 0x08
STATUS_UNLOCKED, STATUS_AUX_OBF, STATUS_TIMEOUT, STATUS_PARITY = 0x10, 0x20, 0x40, 0x80
# Configuration ("command") byte bits.
CONFIG_KBD_INT, CONFIG_AUX_INT, CONFIG_SYSTEM = 0x01, 0x02, 0x04
CONFIG_KBD_DISABLED, CONFIG_AUX_DISABLED, CONFIG_TRANSLATE = 0x10, 0x20, 0x40
# Output port bits.
OUTPUT_RESET, OUTPUT_A20 = 0x01, 0x02

#: The command byte as SeaBIOS leaves it (61h, read on QEMU 7.2 by
#: tests/machine/mouse_guest.asm): keyboard IRQ, translation on, mouse port
#: disabled; its system flag clear (the status register's is set: the BIOS ran
#: the controller's self-test).
BIOS_CONFIG = CONFIG_KBD_INT | CONFIG_AUX_DISABLED | CONFIG_TRANSLATE

ACK, RESEND, SELF_TEST_PASSED, ECHO = 0xFA, 0xFE, 0xAA, 0xEE
#: MF II keyboard identification bytes (after the ACK).
KEYBOARD_ID = (0xAB, 0x83)
#: Controller commands followed by a data byte written to port 0x60.
_TAKES_DATA = {0x60, 0xD1, 0xD2, 0xD3, 0xD4}
#: Keyboard commands followed by an argument byte.
_KEYBOARD_TAKES_ARGUMENT = {0xED, 0xF0, 0xF3}

#: Queued keys (:meth:`Ps2Controller.queue_text`) come one scan code byte at a time,
#: when the guest is ready for them. The next byte goes into the output buffer once
#: the buffer is empty (with no controller or keyboard reply waiting), the keyboard
#: is enabled and scanning, the keys are not held and its own "not before" time has
#: come, and the guest listens:
#:
#: * polling: it read port 0x60 or 0x64 since it read the previous typed byte, and
#:   the byte comes this long after the first such read (so a loop that empties the
#:   buffer at start-up, or a second read of 0x60, finds it empty: nothing is lost);
#: * interrupts: command byte bit 0 set, and IRQ1 would interrupt the CPU now (its
#:   8259 input unmasked, RFLAGS.IF set: ``irq1_taken``, wired by the machine); the
#:   byte comes at least this long after the guest read the previous one.
#:
#: About the time a byte takes on the keyboard's serial line (11 bits at 10-16.7
#: kHz): in the deterministic mode a polling guest waits ~1,000 port reads per byte,
#: an interrupt-driven one in ``hlt`` not at all (time skips to the byte).
TYPED_GAP_NS = 1_000_000


class Ps2Controller(Device):
    """The 8042 and its keyboard: what kernels and bootloaders poke.

    Emulated: the status register (OBF, system flag, command/data, unlocked,
    aux OBF, timeout), the 32-byte controller RAM with the command byte at
    index 0 (0x20-0x3F / 0x60-0x7F), self-tests (0xAA -> 0x55, 0xAB/0xA9 ->
    0x00), keyboard and mouse port enable/disable (0xAD/0xAE, 0xA7/0xA8), the
    output port (0xD0/0xD1: bit 1 A20 via ``on_a20``, bit 0 clear resets via
    ``on_reset``), 0xDD/0xDF A20 shortcuts, 0xF0-0xFE reset pulses, 0xD2
    (write keyboard output buffer); the keyboard's reset, enable/disable,
    LEDs, echo, scan code set, identify, typematic, defaults and resend; IRQ1
    while a byte waits in the output buffer and command byte bit 0 is set; the
    mouse on the auxiliary port (0xA7/0xA8 disable/enable, 0xA9 test, 0xD3
    write auxiliary output buffer, 0xD4 write to the mouse; its bytes set the
    status register's aux OBF and raise IRQ12 while command byte bit 1 is set).
    Keys are typed with :meth:`press`, :meth:`release` and :meth:`type_text`
    (at once, as fast as the guest reads them) or queued with :meth:`queue_text`
    (each byte when the guest is ready for it: see :data:`TYPED_GAP_NS`), and
    arrive as scan code set 1 (see :mod:`scancodes`).
    Not emulated: scan code sets 2 and 3 (set 1 bytes are always produced, as
    with translation on; the set number is only stored), translation of the
    keyboard's replies (identify answers AB 83), typematic repeat, input port
    and test-input reads beyond fixed values, parity errors.
    """

    name = "ps2"

    def __init__(
        self,
        irq1: IrqLine = no_irq,
        on_a20: Callable[[bool], None] = lambda enabled: None,
        on_reset: Callable[[], None] = lambda: None,
        config: int = BIOS_CONFIG,
        irq12: IrqLine = no_irq,
    ) -> None:
        self.irq1 = irq1
        self.irq12 = irq12
        #: The mouse on the auxiliary port.
        self.mouse = Ps2Mouse()
        #: Whether IRQ1 raised now would interrupt the CPU (queued keys' rule); the
        #: 8042 cannot see the 8259's mask or RFLAGS.IF: the machine wires this in.
        self.irq1_taken: Callable[[], bool] = lambda: False
        self.on_a20 = on_a20
        self.on_reset = on_reset
        self.initial_config = config
        self.ports = (pc_ports.PS2_DATA, pc_ports.PS2_COMMAND)
        # The person at the keyboard, not the chip: a controller reset keeps these.
        self.now = 0
        #: Queued keys: (scan code byte, not before this virtual time), oldest first.
        self.typed: deque[tuple[int, int]] = deque()
        #: True while queued keys wait for a signal from outside (:meth:`release_typed`).
        self.typed_held = False
        #: The output buffer holds a queued byte the guest has not read yet.
        self.typed_in_buffer = False
        #: When the guest read the last queued byte (or the keys were released).
        self.typed_taken_at = 0
        #: The guest's first read of port 0x60 or 0x64 since then (None: none yet).
        self.polled_at: int | None = None
        #: When :meth:`next_event` last said the next queued byte may come (None: it
        #: did not): only then, or at a port access, does a byte go into the buffer.
        self.typed_event: int | None = None
        self.reset()

    def reset(self) -> None:
        """Controller and keyboard to their post-BIOS state; A20 enabled, as QEMU powers on."""
        self.ram = [0] * 32
        self.ram[0] = self.initial_config
        self.status = STATUS_UNLOCKED | STATUS_SYSTEM  # after the BIOS's self-test
        self.output_port = OUTPUT_RESET | OUTPUT_A20
        self.output_buffer: int | None = None
        #: The byte in the output buffer came from the mouse (status aux OBF, IRQ12).
        self.output_from_aux = False
        self.typed_in_buffer = False
        self.mouse.reset()
        self.mouse.queue.clear()
        self.irq12_level = False
        self.controller_queue: deque[int] = deque()
        #: Bytes written with 0xD3, for the output buffer as mouse bytes.
        self.aux_loopback: deque[int] = deque()
        self.keyboard_queue: deque[int] = deque()
        self.pending_command: int | None = None
        self.keyboard_pending: int | None = None
        self.scanning = True
        self.leds = 0
        self.scancode_set = 2
        self.typematic = 0x2B
        self.last_keyboard_byte = 0
        self.last_read = 0
        self.irq1_level = False

    @property
    def config(self) -> int:
        """The controller command byte (RAM index 0)."""
        return self.ram[0]

    # -- the output buffer -----------------------------------------------------

    def _refill(self) -> None:
        """Moves the next byte into the output buffer if it is empty: the controller's
        replies, then its 0xD3 loopback bytes, then the keyboard's, then the mouse's
        (QEMU's order)."""
        if self.output_buffer is None:
            self.output_from_aux = False
            if self.controller_queue:
                self.output_buffer = self.controller_queue.popleft()
            elif self.aux_loopback:  # the controller's own byte: not held by 0xA7
                self.output_buffer = self.aux_loopback.popleft()
                self.output_from_aux = True
            elif self.keyboard_queue and not self.config & CONFIG_KBD_DISABLED:
                self.output_buffer = self.keyboard_queue.popleft()
            elif self.mouse.queue and not self.config & CONFIG_AUX_DISABLED:
                self.output_buffer = self.mouse.queue.popleft()
                self.output_from_aux = True
        self._drive_irqs()

    def _drive_irqs(self) -> None:
        """IRQ1 for a keyboard or controller byte, IRQ12 for a mouse byte, each while
        its command byte bit is set."""
        full = self.output_buffer is not None
        level = full and not self.output_from_aux and bool(self.config & CONFIG_KBD_INT)
        if level != self.irq1_level:
            self.irq1_level = level
            self.irq1(level)
        level = full and self.output_from_aux and bool(self.config & CONFIG_AUX_INT)
        if level != self.irq12_level:
            self.irq12_level = level
            self.irq12(level)

    def move_mouse(self, dx: int, dy: int, buttons: int = 0, dz: int = 0) -> None:
        """The mouse moved (see :meth:`Ps2Mouse.move`); its packet, if any, is queued."""
        self.mouse.move(dx, dy, buttons, dz)
        self._refill()

    def _controller_reply(self, *data: int) -> None:
        self.controller_queue.extend(data)

    def _keyboard_reply(self, *data: int) -> None:
        self.keyboard_queue.extend(data)
        self.last_keyboard_byte = data[-1]

    # -- keys ------------------------------------------------------------------

    def press(self, key: str) -> None:
        """``key`` (a name from :data:`scancodes.KEYS`) goes down: its make code."""
        self._scan(scancodes.scancodes(key, True))

    def release(self, key: str) -> None:
        """``key`` comes up: its break code."""
        self._scan(scancodes.scancodes(key, False))

    def type_text(self, text: str) -> None:
        """Types ``text`` (US layout), with Shift around capitals and symbols."""
        for key, pressed in scancodes.keystrokes(text):
            self._scan(scancodes.scancodes(key, pressed))

    def _scan(self, codes: bytes) -> None:
        if self.scanning:
            self.keyboard_queue.extend(codes)
            self._refill()

    # -- queued keys ---------------------------------------------------------------

    def queue_text(self, text: str, not_before: int = 0) -> None:
        """Queues ``text`` (US layout, Shift around capitals and symbols): each scan
        code byte goes into the output buffer when the guest is ready for it (see
        :data:`TYPED_GAP_NS`), not before virtual time ``not_before`` (ns)."""
        for key, pressed in scancodes.keystrokes(text):
            self.typed.extend((code, not_before) for code in scancodes.scancodes(key, pressed))

    def hold_typed(self) -> None:
        """Queued keys wait until :meth:`release_typed` (a kernel's entry, say)."""
        self.typed_held = True

    def release_typed(self) -> None:
        """Queued keys may come again; reads and time before now do not count (the
        guest has to show it listens from here on). Again is harmless."""
        if self.typed_held:
            self.typed_held = False
            self.typed_taken_at = self.now
            self.polled_at = None

    def typed_due(self) -> int | None:
        """When the next queued byte may go into the output buffer; None while it waits
        for the guest (or for :meth:`release_typed`)."""
        if (
            not self.typed
            or self.typed_held
            or self.output_buffer is not None
            or self.controller_queue
            or self.aux_loopback
            or self.keyboard_queue
            or not self.scanning
            or self.config & CONFIG_KBD_DISABLED
        ):
            return None
        earliest = max(self.typed[0][1], self.typed_taken_at + TYPED_GAP_NS)
        polled = None
        if self.polled_at is not None:
            polled = max(earliest, self.polled_at + TYPED_GAP_NS)
        if self.config & CONFIG_KBD_INT and self.irq1_taken():
            return earliest if polled is None else min(earliest, polled)
        return polled

    def _type_if_due(self) -> None:
        due = self.typed_due()
        if due is not None and due <= self.now:
            self.output_buffer = self.typed.popleft()[0]
            self.typed_in_buffer = True
            self._drive_irqs()

    def next_event(self) -> int | None:
        """When the next queued byte may come, if the guest listens."""
        self.typed_event = self.typed_due()
        return self.typed_event

    def advance(self, now: int) -> None:
        """Catches up to ``now``: once the time :meth:`next_event` gave has come, a
        queued byte may go into the output buffer. Not at any other time: the run
        loop asks for events where the guest's course alone decides (slices are
        planned up to them), while it lets devices catch up wherever a run stops
        too (a breakpoint, a debugger's step), which must change nothing."""
        self.now = max(self.now, now)
        if self.typed_event is not None and self.now >= self.typed_event:
            self.typed_event = None
            self._type_if_due()

    # -- ports -----------------------------------------------------------------

    def read(self, port: int, size: int) -> int:
        """0x60: the output buffer (OBF clears); 0x64: the status register."""
        if self.typed:
            self._type_if_due()  # a port access: a point of the guest's own course
        if port == pc_ports.PS2_DATA[0]:
            return self.read_data()
        return self.read_status()

    def read_status(self) -> int:
        """Status register; IBF is always clear (input is taken at once)."""
        if self.polled_at is None:
            self.polled_at = self.now
        obf = STATUS_OBF if self.output_buffer is not None else 0
        if obf and self.output_from_aux:
            obf |= STATUS_AUX_OBF
        return self.status | obf

    def read_data(self) -> int:
        """The output buffer's byte (the last one again if empty)."""
        value = self.output_buffer if self.output_buffer is not None else self.last_read
        if self.typed_in_buffer and self.output_buffer is not None:
            self.typed_in_buffer = False
            self.typed_taken_at = self.now
            self.polled_at = None
        elif self.polled_at is None:
            self.polled_at = self.now
        self.last_read = value
        self.output_buffer = None
        self.output_from_aux = False
        self._drive_irqs()  # the line falls before the next byte can raise it again
        self._refill()
        return value

    def write(self, port: int, size: int, value: int) -> None:
        """0x60: data for a pending command or a keyboard command; 0x64: a controller command."""
        value &= 0xFF
        if port == pc_ports.PS2_DATA[0]:
            self.status &= ~STATUS_COMMAND
            self.write_data(value)
        else:
            self.status |= STATUS_COMMAND
            self.write_command(value)
        self._refill()

    def write_command(self, command: int) -> None:
        """A controller command (port 0x64)."""
        self.pending_command = None
        if 0x20 <= command <= 0x3F:
            self._controller_reply(self.ram[command & 0x1F])
        elif 0x60 <= command <= 0x7F or command in _TAKES_DATA:
            self.pending_command = command
        elif command == 0xA7:
            self.ram[0] |= CONFIG_AUX_DISABLED
        elif command == 0xA8:
            self.ram[0] &= ~CONFIG_AUX_DISABLED
        elif command in (0xA9, 0xAB):  # interface tests: no error
            self._controller_reply(0x00)
        elif command == 0xAA:
            self.status |= STATUS_SYSTEM
            self._controller_reply(0x55)
        elif command == 0xAD:
            self.ram[0] |= CONFIG_KBD_DISABLED
        elif command == 0xAE:
            self.ram[0] &= ~CONFIG_KBD_DISABLED
        elif command == 0xC0:
            self._controller_reply(0xBF)  # input port: keyboard not inhibited
        elif command == 0xD0:
            self._controller_reply(self.output_port)
        elif command == 0xDD:
            self.write_output_port(self.output_port & ~OUTPUT_A20)
        elif command == 0xDF:
            self.write_output_port(self.output_port | OUTPUT_A20)
        elif command == 0xE0:
            self._controller_reply(0x00)
        elif command >= 0xF0 and not command & 0x01:
            self.on_reset()  # pulse output port bit 0 (system reset)

    def write_data(self, value: int) -> None:
        """A byte written to port 0x60."""
        command, self.pending_command = self.pending_command, None
        if command is None:
            self.status &= ~STATUS_TIMEOUT
            self.write_keyboard(value)
        elif 0x60 <= command <= 0x7F:
            self.ram[command & 0x1F] = value
            if command == 0x60:
                self.status = self.status & ~STATUS_SYSTEM | (value & CONFIG_SYSTEM)
        elif command == 0xD1:
            self.write_output_port(value)
        elif command == 0xD2:
            self._keyboard_reply(value)
        elif command == 0xD3:
            # as if the mouse had sent it, but from the controller: it comes even
            # with the mouse port disabled (Linux's loopback test runs so; QEMU 7.2's
            # KBD_PENDING_CTRL_AUX)
            self.aux_loopback.append(value)
        elif command == 0xD4:
            self.status &= ~STATUS_TIMEOUT
            self.mouse.write(value)

    def write_output_port(self, value: int) -> None:
        """The output port: bit 1 drives A20 (``on_a20`` on every write, as QEMU's
        8042 sets its A20 line each time); bit 0 clear resets."""
        self.output_port = value & 0xFF
        self.on_a20(bool(value & OUTPUT_A20))
        if not value & OUTPUT_RESET:
            self.on_reset()

    @property
    def a20_enabled(self) -> bool:
        """Output port bit 1."""
        return bool(self.output_port & OUTPUT_A20)

    # -- the keyboard ----------------------------------------------------------

    def write_keyboard(self, value: int) -> None:
        """A byte for the keyboard: a command or a command's argument."""
        command, self.keyboard_pending = self.keyboard_pending, None
        if command is not None:
            self.keyboard_argument(command, value)
        elif value in _KEYBOARD_TAKES_ARGUMENT:
            self.keyboard_pending = value
            self._keyboard_reply(ACK)
        elif value == 0xEE:
            self._keyboard_reply(ECHO)
        elif value == 0xF2:
            self._keyboard_reply(ACK, *KEYBOARD_ID)
        elif value == 0xF4:
            self.scanning = True
            self._keyboard_reply(ACK)
        elif value in (0xF5, 0xF6):  # disable (and restore defaults) / set defaults
            self.scanning = value == 0xF6
            self.scancode_set, self.typematic = 2, 0x2B
            self._keyboard_reply(ACK)
        elif 0xF7 <= value <= 0xFD:  # set 3 key-type commands: accepted
            self._keyboard_reply(ACK)
        elif value == 0xFE:
            self.keyboard_queue.append(self.last_keyboard_byte)
        elif value == 0xFF:
            self.keyboard_queue.clear()
            self.scanning, self.leds, self.scancode_set, self.typematic = True, 0, 2, 0x2B
            self._keyboard_reply(ACK, SELF_TEST_PASSED)
        else:
            self._keyboard_reply(RESEND)

    def keyboard_argument(self, command: int, value: int) -> None:
        """The byte after 0xED (LEDs), 0xF0 (scan code set) or 0xF3 (typematic)."""
        if command == 0xED:
            self.leds = value & 0x07
        elif command == 0xF3:
            self.typematic = value & 0x7F
        elif value == 0:  # 0xF0 0: report the set
            self._keyboard_reply(ACK, self.scancode_set)
            return
        elif value in (1, 2, 3):
            self.scancode_set = value
        else:
            self._keyboard_reply(RESEND)
            return
        self._keyboard_reply(ACK)

    def register_name(self, port: int, direction: str) -> str:
        """``data``, ``status`` or ``command``."""
        if port == pc_ports.PS2_DATA[0]:
            return "data"
        return "status" if direction == "in" else "command"

    _STATE = (
        "ram",
        "status",
        "output_port",
        "output_buffer",
        "pending_command",
        "keyboard_pending",
        "scanning",
        "leds",
        "scancode_set",
        "typematic",
        "last_keyboard_byte",
        "irq1_level",
        "last_read",
    )
    #: State added with the mouse, with the values a snapshot taken before it had.
    _AUX_STATE: ClassVar[dict[str, Any]] = {"output_from_aux": False, "irq12_level": False}
    #: Queued keys' bookkeeping, with the values a snapshot taken before it had.
    _TYPED_STATE: ClassVar[dict[str, Any]] = {
        "now": 0,
        "typed_event": None,
        "typed_held": False,
        "typed_in_buffer": False,
        "typed_taken_at": 0,
        "polled_at": None,
    }

    def save_state(self) -> dict[str, Any]:
        """Controller RAM, status, buffers, the keyboard's settings, queued keys."""
        state = {key: getattr(self, key) for key in (*self._STATE, *self._TYPED_STATE)}
        state["ram"] = list(self.ram)
        state["controller_queue"] = list(self.controller_queue)
        state["keyboard_queue"] = list(self.keyboard_queue)
        state["typed"] = [list(entry) for entry in self.typed]
        state.update({key: getattr(self, key) for key in self._AUX_STATE})
        state["mouse"] = self.mouse.save_state()
        state["aux_loopback"] = list(self.aux_loopback)
        return state

    def load_state(self, state: dict[str, Any]) -> None:
        """Restores :meth:`save_state`."""
        for key in self._STATE:
            setattr(self, key, state[key])
        for key, default in self._TYPED_STATE.items():
            setattr(self, key, state.get(key, default))
        self.ram = list(state["ram"])
        self.controller_queue = deque(state["controller_queue"])
        self.keyboard_queue = deque(state["keyboard_queue"])
        self.typed = deque((code, when) for code, when in state.get("typed", ()))
        for key, default in self._AUX_STATE.items():
            setattr(self, key, state.get(key, default))
        if "mouse" in state:
            self.mouse.load_state(state["mouse"])
        self.aux_loopback = deque(state.get("aux_loopback", ()))
