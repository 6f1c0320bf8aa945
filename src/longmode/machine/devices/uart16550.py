"""National Semiconductor PC16550D UART with FIFOs (COM1 at 0x3F8, IRQ4).

Datasheet: National Semiconductor PC16550D Universal Asynchronous
Receiver/Transmitter with FIFOs (June 1995), "Registers" (RBR/THR, IER, IIR,
FCR, LCR, MCR, LSR, MSR, SCR, DLL/DLM) and table IV "Interrupt Control
Functions". The character-timeout interrupt and the modem lines seen by a
guest follow QEMU's ``hw/char/serial.c``.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Callable
from typing import Any

from longmode.machine.clock import NS_PER_SECOND
from longmode.machine.devices import pc_ports
from longmode.machine.devices.base import Device, IrqLine, no_irq

#: The UART's crystal (Hz); the baud rate is this / (16 * divisor).
XTAL_HZ = 1_843_200
FIFO_DEPTH = 16
#: FCR bits 7-6 -> receiver FIFO trigger level.
TRIGGER_LEVELS = (1, 4, 8, 14)

# IIR interrupt identification codes, highest priority first.
IIR_NONE = 0x01
IIR_LINE_STATUS = 0x06
IIR_RX_DATA = 0x04
IIR_CHAR_TIMEOUT = 0x0C
IIR_THR_EMPTY = 0x02
IIR_MODEM_STATUS = 0x00

LSR_DR, LSR_OE, LSR_THRE, LSR_TEMT = 0x01, 0x02, 0x20, 0x40
LSR_ERRORS = 0x1E  # OE, PE, FE, BI
MCR_LOOP, MCR_OUT2 = 0x10, 0x08
#: Modem inputs of the host side when not in loopback: CTS, DSR and DCD asserted.
MSR_HOST_LINES = 0xB0

_READ_NAMES = ("RBR", "IER", "IIR", "LCR", "MCR", "LSR", "MSR", "SCR")
_WRITE_NAMES = ("THR", "IER", "FCR", "LCR", "MCR", "LSR", "MSR", "SCR")


class Uart16550(Device):
    """A 16550 UART: what a kernel's serial driver programs and polls.

    Emulated: all registers, the divisor latch behind LCR.DLAB, 16-byte
    receive FIFO with trigger levels and the character-timeout interrupt
    (four character times of virtual time at the programmed baud rate), FIFO
    enable/clear, overrun, loopback (MCR bit 4: transmitted bytes come back
    and MCR drives MSR), the four interrupt sources with IIR priorities, and
    the OUT2 gate on the IRQ line (in loopback the OUT2 pin is inactive, so
    no IRQ reaches the PIC, as on a real PC; QEMU ignores OUT2 altogether).
    Transmission is instantaneous: a THR write reaches ``on_transmit`` at
    once and THRE/TEMT are always set, so the transmit FIFO is always empty.
    Reception: :meth:`receive` puts bytes into the receiver at once (a burst can
    overrun it); :meth:`queue_input`, the host's side of the line (a terminal, a
    pipe), sends them one character time apart and only while the receiver has
    room, as QEMU's serial port takes its host's bytes, so none is lost.
    Not emulated: parity, framing and break errors (there is no wire), the
    DMA mode bit, the scratch-pad quirks of 8250s.
    """

    def __init__(
        self,
        on_transmit: Callable[[int], None] = lambda byte: None,
        irq: IrqLine = no_irq,
        ports: tuple[int, int] = pc_ports.COM1,
        name: str = "com1",
    ) -> None:
        self.on_transmit = on_transmit
        self.irq = irq
        self.ports = (ports,)
        self.base_port = ports[0]
        self.name = name
        self.now = 0
        #: The host's bytes still on their way (:meth:`queue_input`), oldest first.
        self.rx_line: deque[int] = deque()
        #: When the first of them has come down the line (its stop bit); with none
        #: on the way, when the line last fell idle.
        self.rx_next_at = 0
        self.reset()

    def reset(self) -> None:
        """Master reset: registers as the datasheet's table "UART Reset Configuration"."""
        self.rx_fifo: deque[int] = deque()
        self.rbr = 0
        self.ier = 0
        self.fcr = 0
        self.lcr = 0
        self.mcr = 0
        self.lsr_errors = 0
        self.msr_deltas = 0
        self.scr = 0
        self.dll = 0x0C  # 9600 baud, as a BIOS leaves it
        self.dlm = 0
        self.thr_pending = False
        self.timeout_pending = False
        self.rx_activity = self.now
        self.irq_level = False

    # -- host side -------------------------------------------------------------

    def receive(self, data: bytes) -> None:
        """Bytes arriving on the receive line now (host input)."""
        for byte in data:
            self._push_rx(byte)
        self._update_irq()

    def queue_input(self, data: bytes) -> None:
        """Bytes the host sends to the guest (typed keys, a pipe): each arrives one
        character time after the one before (:meth:`character_time`: 10 bits at
        8N1, 1.04 ms at the BIOS's 9600 baud), in virtual time, and only while the
        receiver has room for it (the FIFO's 16 bytes, or RBR without FIFOs) and the
        UART is not in loopback; until then it waits on the line. A guest that reads
        RBR whenever LSR.DR is set thus gets every byte."""
        if not data:
            return
        if not self.rx_line:
            self.rx_next_at = max(self.now, self.rx_next_at) + self.character_time()
        self.rx_line.extend(data)
        self._arrive()

    def _room(self) -> bool:
        return not self.mcr & MCR_LOOP and len(self.rx_fifo) < self.rx_capacity

    def _arrive(self, room_since: int = 0) -> None:
        """The bytes on the line whose time has come enter the receiver, while it has
        room; one that waited for room arrives at ``room_since`` (when room came)."""
        arrived = False
        while self.rx_line and self.rx_next_at <= self.now and self._room():
            at = max(self.rx_next_at, room_since)
            self._push_rx(self.rx_line.popleft())
            self.rx_activity = at
            self.rx_next_at = at + self.character_time() if self.rx_line else at
            arrived = True
        if arrived:
            self._update_irq()

    def _push_rx(self, byte: int) -> None:
        if len(self.rx_fifo) >= self.rx_capacity:
            self.lsr_errors |= LSR_OE
            if not self.fifo_enabled:
                self.rx_fifo.popleft()  # the new character overwrites RBR
            else:
                return  # the shift register is overwritten; the FIFO keeps its bytes
        self.rx_fifo.append(byte)
        self.rx_activity = self.now
        self.timeout_pending = False

    @property
    def fifo_enabled(self) -> bool:
        """FCR bit 0."""
        return bool(self.fcr & 0x01)

    @property
    def rx_capacity(self) -> int:
        """16 bytes with FIFOs enabled, else the single RBR."""
        return FIFO_DEPTH if self.fifo_enabled else 1

    @property
    def divisor(self) -> int:
        """The divisor latch (DLM:DLL); 0 counts as 65536."""
        return (self.dlm << 8 | self.dll) or 0x10000

    @property
    def baud(self) -> float:
        """The programmed bit rate."""
        return XTAL_HZ / (16 * self.divisor)

    def character_time(self) -> int:
        """Nanoseconds one character takes at the programmed format and rate."""
        bits = 1 + (5 + (self.lcr & 3)) + (1 if self.lcr & 0x08 else 0) + (2 if self.lcr & 4 else 1)
        return bits * 16 * self.divisor * NS_PER_SECOND // XTAL_HZ

    # -- time --------------------------------------------------------------------

    def _timeout_deadline(self) -> int | None:
        if not self.fifo_enabled or not self.rx_fifo or self.timeout_pending:
            return None
        return self.rx_activity + 4 * self.character_time()

    def next_event(self) -> int | None:
        """When the character timeout falls due or the host's next byte arrives, if
        that would interrupt (a polling guest catches up as it reads)."""
        if not self.ier & 0x01:
            return None
        deadline = self._timeout_deadline()
        if self.rx_line and self._room():
            return self.rx_next_at if deadline is None else min(deadline, self.rx_next_at)
        return deadline

    def advance(self, now: int) -> None:
        """Catches up to ``now``: the host's bytes arrive, the character timeout may
        fall due."""
        if now <= self.now:
            return
        self.now = now
        if self.rx_line:
            self._arrive()
        deadline = self._timeout_deadline()
        if deadline is not None and now >= deadline:
            self.timeout_pending = True
            self._update_irq()

    # -- interrupts ----------------------------------------------------------------

    def modem_status_lines(self) -> int:
        """MSR bits 7-4 (DCD, RI, DSR, CTS) as the guest sees them."""
        if self.mcr & MCR_LOOP:
            m = self.mcr
            return (m & 0x02) << 3 | (m & 0x01) << 5 | (m & 0x04) << 4 | (m & 0x08) << 4
        return MSR_HOST_LINES

    def interrupt_id(self) -> int:
        """The IIR identification code (bits 3-0) of the highest pending source."""
        if self.ier & 0x04 and self.lsr_errors:
            return IIR_LINE_STATUS
        if self.ier & 0x01:
            if self.rx_fifo and len(self.rx_fifo) >= (
                self.trigger_level if self.fifo_enabled else 1
            ):
                return IIR_RX_DATA
            if self.timeout_pending and self.rx_fifo:
                return IIR_CHAR_TIMEOUT
        if self.ier & 0x02 and self.thr_pending:
            return IIR_THR_EMPTY
        if self.ier & 0x08 and self.msr_deltas:
            return IIR_MODEM_STATUS
        return IIR_NONE

    @property
    def trigger_level(self) -> int:
        """The receiver FIFO trigger level from FCR bits 7-6."""
        return TRIGGER_LEVELS[self.fcr >> 6]

    def _update_irq(self) -> None:
        gate = self.mcr & MCR_OUT2 and not self.mcr & MCR_LOOP
        level = bool(gate) and self.interrupt_id() != IIR_NONE
        if level != self.irq_level:
            self.irq_level = level
            self.irq(level)

    # -- registers --------------------------------------------------------------

    def read(self, port: int, size: int) -> int:
        """A register read, with its side effects (RBR pops, IIR/LSR/MSR clear)."""
        offset = port - self.base_port
        dlab = self.lcr & 0x80
        if offset == 0:
            value = self.dll if dlab else self.read_rbr()
        elif offset == 1:
            value = self.dlm if dlab else self.ier
        elif offset == 2:
            value = self.read_iir()
        elif offset == 3:
            value = self.lcr
        elif offset == 4:
            value = self.mcr
        elif offset == 5:
            value = self.read_lsr()
        elif offset == 6:
            value = self.read_msr()
        else:
            value = self.scr
        self._update_irq()
        return value

    def read_rbr(self) -> int:
        """Receiver buffer: the oldest received byte; restarts the timeout."""
        if self.rx_fifo:
            self.rbr = self.rx_fifo.popleft()
        self.timeout_pending = False
        self.rx_activity = self.now
        if self.rx_line:
            self._arrive(room_since=self.now)
        return self.rbr

    def read_iir(self) -> int:
        """Interrupt identification; reading it clears a THR-empty interrupt."""
        code = self.interrupt_id()
        if code == IIR_THR_EMPTY:
            self.thr_pending = False
        return code | (0xC0 if self.fifo_enabled else 0)

    def read_lsr(self) -> int:
        """Line status; reading it clears OE/PE/FE/BI."""
        value = LSR_THRE | LSR_TEMT | self.lsr_errors | (LSR_DR if self.rx_fifo else 0)
        self.lsr_errors = 0
        return value

    def read_msr(self) -> int:
        """Modem status; reading it clears the delta bits."""
        value = self.modem_status_lines() | self.msr_deltas
        self.msr_deltas = 0
        return value

    def write(self, port: int, size: int, value: int) -> None:
        """A register write."""
        offset = port - self.base_port
        value &= 0xFF
        dlab = self.lcr & 0x80
        if offset == 0:
            if dlab:
                self.dll = value
            else:
                self.write_thr(value)
        elif offset == 1:
            if dlab:
                self.dlm = value
            else:
                self.write_ier(value)
        elif offset == 2:
            self.write_fcr(value)
        elif offset == 3:
            self.lcr = value
        elif offset == 4:
            self.write_mcr(value)
        elif offset == 7:
            self.scr = value
        # LSR and MSR writes are ignored (factory test only).
        self._update_irq()

    def write_thr(self, value: int) -> None:
        """Transmits ``value`` at once (to the host, or back to RBR in loopback)."""
        self.thr_pending = False
        if self.mcr & MCR_LOOP:
            self._push_rx(value)
        else:
            self.on_transmit(value)
        self.thr_pending = True  # the holding register is empty again

    def write_ier(self, value: int) -> None:
        """Interrupt enable; enabling THRE interrupts with THR empty raises one."""
        value &= 0x0F
        if value & 0x02 and not self.ier & 0x02:
            self.thr_pending = True
        elif not value & 0x02:
            self.thr_pending = False
        self.ier = value

    def write_fcr(self, value: int) -> None:
        """FIFO control: enable (bit 0, clears both), clear RX (1) / TX (2), trigger (7-6)."""
        if bool(value & 0x01) != self.fifo_enabled or value & 0x02:
            self.rx_fifo.clear()
            self.timeout_pending = False
        self.fcr = value & 0xC9 if value & 0x01 else 0
        if self.rx_line:
            self._arrive(room_since=self.now)

    def write_mcr(self, value: int) -> None:
        """Modem control; changes of the lines seen in MSR set its delta bits."""
        before = self.modem_status_lines()
        self.mcr = value & 0x1F
        after = self.modem_status_lines()
        changed = before ^ after
        self.msr_deltas |= (changed & 0xB0) >> 4  # DCTS, DDSR, DDCD
        if before & 0x40 and not after & 0x40:
            self.msr_deltas |= 0x04  # TERI: RI trailing edge
        if self.rx_line:
            self._arrive(room_since=self.now)  # out of loopback: the line is back

    def register_name(self, port: int, direction: str) -> str:
        """``THR``, ``IIR``, ``DLL``… as LCR.DLAB selects."""
        offset = port - self.base_port
        if self.lcr & 0x80 and offset < 2:
            return ("DLL", "DLM")[offset]
        return (_READ_NAMES if direction == "in" else _WRITE_NAMES)[offset]

    _STATE = (
        "rbr",
        "ier",
        "fcr",
        "lcr",
        "mcr",
        "lsr_errors",
        "msr_deltas",
        "scr",
        "dll",
        "dlm",
        "thr_pending",
        "timeout_pending",
        "rx_activity",
        "irq_level",
        "now",
    )

    def save_state(self) -> dict[str, Any]:
        """Registers, the receive FIFO, the timeout bookkeeping, the host's bytes on
        their way."""
        state = {key: getattr(self, key) for key in self._STATE}
        state["rx_fifo"] = list(self.rx_fifo)
        state["rx_line"] = list(self.rx_line)
        state["rx_next_at"] = self.rx_next_at
        return state

    def load_state(self, state: dict[str, Any]) -> None:
        """Restores :meth:`save_state`."""
        for key in self._STATE:
            setattr(self, key, state[key])
        self.rx_fifo = deque(state["rx_fifo"])
        self.rx_line = deque(state.get("rx_line", ()))
        self.rx_next_at = state.get("rx_next_at", 0)
