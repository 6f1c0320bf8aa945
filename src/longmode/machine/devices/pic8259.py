"""Intel 8259A programmable interrupt controllers, master and slave, with the ELCR.

Datasheet: Intel 8259A Programmable Interrupt Controller (order 231468-003),
"Interrupt Sequence", "Initialization Command Words" and "Operation Command
Words"; the cascade (slave on master IR2) as in the IBM PC AT Technical
Reference. The edge/level control registers at 0x4D0/0x4D1 are those of the
Intel PIIX3/ICH south bridges. Priority resolution, rotation and the
acknowledge cycle follow QEMU's ``hw/intc/i8259.c``, the reference machine.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from longmode.machine.devices import pc_ports
from longmode.machine.devices.base import Device, IrqLine, no_irq

#: ELCR bits that may be set: IRQ 0, 1, 2 (master) and 8, 13 (slave) are always edge.
ELCR_WRITABLE = (0xF8, 0xDE)


def _lowest_set(mask: int, priority_add: int) -> int:
    """The priority (0 = highest) of the best request in ``mask``, 8 if none."""
    if mask == 0:
        return 8
    priority = 0
    while not mask & (1 << ((priority + priority_add) & 7)):
        priority += 1
    return priority


class Pic8259(Device):
    """One 8259A: IRR, ISR, IMR and the initialization sequence.

    Emulated: ICW1-ICW4 (vector base, cascade, single mode, AEOI, special fully
    nested mode), OCW1 masks, OCW2 non-specific/specific EOI and all rotations,
    OCW3 IRR/ISR read, poll mode and special mask mode, fixed and rotating
    priorities, edge- and level-triggered inputs (level per line through the
    ELCR), auto-EOI, and the spurious IRQ 7 when no request remains at
    acknowledge time. An edge-triggered request stays in IRR after its line
    falls, as in QEMU; with ``strict_edge=True`` it is withdrawn as the
    datasheet says (the line must stay high until INTA), which then gives a
    spurious IRQ 7 if the line fell before the acknowledge.
    Not emulated: 8080/8085 mode (ICW1 bit 0 = 0 with call-address
    interval), buffered mode (ICW4 bits 2-3 are stored only), the ICW1 LTIM
    bit (QEMU ignores it too; use the ELCR).
    """

    def __init__(
        self,
        ports: tuple[int, int] = pc_ports.PIC_MASTER,
        *,
        is_master: bool = True,
        name: str = "pic-master",
        on_int: IrqLine = no_irq,
        strict_edge: bool = False,
    ) -> None:
        self.name = name
        self.ports = (ports,)
        self.base_port = ports[0]
        self.is_master = is_master
        self.on_int = on_int
        self.strict_edge = strict_edge
        self.elcr = 0
        self.int_output = False
        self.reset()

    def reset(self) -> None:
        """Power-on state: all registers clear, no vector base, ELCR kept."""
        self.irr = 0
        self.isr = 0
        self.imr = 0
        self.line_levels = 0
        self.vector_base = 0
        self.priority_add = 0
        self.read_isr = False
        self.poll = False
        self.special_mask = False
        self.init_step = 0
        self.icw4_needed = False
        self.single_mode = False
        self.icw3 = 0
        self.icw4 = 0
        self.auto_eoi = False
        self.rotate_on_auto_eoi = False
        self.special_fully_nested = False
        self._update()

    # -- the interrupt lines --------------------------------------------------

    def set_irq(self, line: int, level: bool) -> None:
        """Drives input IR``line`` (0-7) to ``level``."""
        bit = 1 << line
        if self.elcr & bit:
            self.irr = self.irr | bit if level else self.irr & ~bit
        elif level:
            if not self.line_levels & bit:
                self.irr |= bit
        elif self.strict_edge:
            self.irr &= ~bit
        self.line_levels = self.line_levels | bit if level else self.line_levels & ~bit
        self._update()

    def highest_request(self) -> int:
        """The IR line that INTA would serve now, or -1 if none may interrupt."""
        priority = _lowest_set(self.irr & ~self.imr, self.priority_add)
        if priority == 8:
            return -1
        in_service = self.isr
        if self.special_mask:
            in_service &= ~self.imr
        if self.special_fully_nested and self.is_master:
            in_service &= ~(1 << pc_ports.IRQ_CASCADE)
        if priority < _lowest_set(in_service, self.priority_add):
            return (priority + self.priority_add) & 7
        return -1

    def acknowledge_line(self, line: int) -> None:
        """The INTA cycle for ``line``: sets its ISR bit (unless AEOI), clears IRR."""
        bit = 1 << line
        if self.auto_eoi:
            if self.rotate_on_auto_eoi:
                self.priority_add = (line + 1) & 7
        else:
            self.isr |= bit
        if not self.elcr & bit:
            self.irr &= ~bit
        self._update()

    def _update(self) -> None:
        level = self.highest_request() >= 0
        if level != self.int_output:
            self.int_output = level
            self.on_int(level)

    # -- the ports ------------------------------------------------------------

    def read(self, port: int, size: int) -> int:
        """Command port: IRR or ISR (OCW3) or the poll word; data port: IMR."""
        if self.poll:
            self.poll = False
            line = self.highest_request()
            if line < 0:
                return 0
            self.acknowledge_line(line)
            return 0x80 | line
        if port == self.base_port:
            return self.isr if self.read_isr else self.irr
        return self.imr

    def write(self, port: int, size: int, value: int) -> None:
        """Command port: ICW1, OCW2 or OCW3; data port: ICW2-4 or OCW1."""
        value &= 0xFF
        if port == self.base_port:
            if value & 0x10:
                self.write_icw1(value)
            elif value & 0x08:
                self.write_ocw3(value)
            else:
                self.write_ocw2(value)
        else:
            self.write_data(value)

    def write_icw1(self, value: int) -> None:
        """ICW1: restarts initialization; IMR, ISR and priorities clear."""
        level_requests = self.irr & self.elcr
        level_lines = self.line_levels & self.elcr
        self.reset()
        self.irr = level_requests
        self.line_levels = level_lines
        self.init_step = 1
        self.icw4_needed = bool(value & 0x01)
        self.single_mode = bool(value & 0x02)

    def write_data(self, value: int) -> None:
        """ICW2-ICW4 during initialization, OCW1 (IMR) afterwards."""
        if self.init_step == 0:
            self.imr = value
            self._update()
        elif self.init_step == 1:
            self.vector_base = value & 0xF8
            if not self.single_mode:
                self.init_step = 2
            else:
                self.init_step = 3 if self.icw4_needed else 0
        elif self.init_step == 2:
            self.icw3 = value
            self.init_step = 3 if self.icw4_needed else 0
        else:
            self.icw4 = value
            self.auto_eoi = bool(value & 0x02)
            self.special_fully_nested = bool(value & 0x10)
            self.init_step = 0

    def write_ocw2(self, value: int) -> None:
        """OCW2: EOI (non-specific/specific), rotate on EOI or AEOI, set priority."""
        command = value >> 5
        if command in (0, 4):  # clear / set rotate in automatic EOI mode
            self.rotate_on_auto_eoi = command == 4
        elif command in (1, 5):  # non-specific EOI (5: and rotate)
            priority = _lowest_set(self.isr, self.priority_add)
            if priority != 8:
                line = (priority + self.priority_add) & 7
                self.isr &= ~(1 << line)
                if command == 5:
                    self.priority_add = (line + 1) & 7
        elif command == 3:  # specific EOI
            self.isr &= ~(1 << (value & 7))
        elif command == 6:  # set priority: line L becomes the lowest
            self.priority_add = (value + 1) & 7
        elif command == 7:  # rotate on specific EOI
            self.isr &= ~(1 << (value & 7))
            self.priority_add = ((value & 7) + 1) & 7
        self._update()

    def write_ocw3(self, value: int) -> None:
        """OCW3: read-register select, poll command, special mask mode."""
        if value & 0x04:
            self.poll = True
        if value & 0x02:
            self.read_isr = bool(value & 0x01)
        if value & 0x40:
            self.special_mask = bool(value & 0x20)
        self._update()

    def register_name(self, port: int, direction: str) -> str:
        """``cmd``/``data`` names for the access log."""
        if port == self.base_port:
            return "OCW2/3" if direction == "out" else ("ISR" if self.read_isr else "IRR")
        return "IMR"

    _STATE = (
        "irr",
        "isr",
        "imr",
        "line_levels",
        "vector_base",
        "priority_add",
        "read_isr",
        "poll",
        "special_mask",
        "init_step",
        "icw4_needed",
        "single_mode",
        "icw3",
        "icw4",
        "auto_eoi",
        "rotate_on_auto_eoi",
        "special_fully_nested",
        "elcr",
        "int_output",
    )

    def save_state(self) -> dict[str, Any]:
        """Every register and the initialization state."""
        return {key: getattr(self, key) for key in self._STATE}

    def load_state(self, state: dict[str, Any]) -> None:
        """Restores :meth:`save_state`; the INT output is not re-signalled."""
        for key in self._STATE:
            setattr(self, key, state[key])


class DualPic(Device):
    """The PC AT's two 8259As: slave INT on master IR2, plus the ELCR pair.

    CPU side: :meth:`interrupt_pending` is the INTR pin, :meth:`acknowledge`
    the two INTA cycles (returns the vector; cascade and spurious IRQ 7 / 15
    handled as QEMU does). ``on_intr`` is called when INTR changes.
    """

    name = "pic"

    def __init__(self, on_intr: IrqLine = no_irq, *, strict_edge: bool = False) -> None:
        self.on_intr = on_intr
        self.master = Pic8259(
            pc_ports.PIC_MASTER, name="pic-master", on_int=self._master_int, strict_edge=strict_edge
        )
        self.slave = Pic8259(
            pc_ports.PIC_SLAVE,
            is_master=False,
            name="pic-slave",
            on_int=self._slave_int,
            strict_edge=strict_edge,
        )
        self.ports = (pc_ports.PIC_MASTER, pc_ports.PIC_SLAVE, pc_ports.ELCR)

    def _master_int(self, level: bool) -> None:
        self.on_intr(level)

    def _slave_int(self, level: bool) -> None:
        self.master.set_irq(pc_ports.IRQ_CASCADE, level)

    def reset(self) -> None:
        """Both chips to power-on state; the ELCR too."""
        self.slave.elcr = self.master.elcr = 0
        self.slave.reset()
        self.master.reset()

    def set_irq(self, line: int, level: bool) -> None:
        """Drives ISA IRQ ``line`` (0-15) to ``level``."""
        if not 0 <= line <= 15:
            raise ValueError(f"IRQ line must be 0-15, not {line}")
        if line < 8:
            self.master.set_irq(line, level)
        else:
            self.slave.set_irq(line - 8, level)

    def irq_line(self, line: int) -> IrqLine:
        """An :data:`IrqLine` callback wired to ISA IRQ ``line``."""
        if not 0 <= line <= 15:
            raise ValueError(f"IRQ line must be 0-15, not {line}")
        set_irq: Callable[[int, bool], None] = self.set_irq
        return lambda level: set_irq(line, level)

    def interrupt_pending(self) -> bool:
        """The master's INT output (the CPU's INTR input)."""
        return self.master.int_output

    def acknowledge(self) -> int:
        """The INTA cycle: the vector to deliver, with IRR/ISR updated."""
        line = self.master.highest_request()
        if line < 0:
            return self.master.vector_base + 7  # spurious IRQ 7
        if line == pc_ports.IRQ_CASCADE:
            slave_line = self.slave.highest_request()
            if slave_line >= 0:
                self.slave.acknowledge_line(slave_line)
            else:
                slave_line = 7  # spurious IRQ 15
            vector = self.slave.vector_base + slave_line
        else:
            vector = self.master.vector_base + line
        self.master.acknowledge_line(line)
        return vector

    def read(self, port: int, size: int) -> int:
        """The master's, the slave's or an ELCR port."""
        if port in (pc_ports.ELCR[0], pc_ports.ELCR[0] + 1):
            return self.master.elcr if port == pc_ports.ELCR[0] else self.slave.elcr
        return self._chip(port).read(port, size)

    def write(self, port: int, size: int, value: int) -> None:
        """The master's, the slave's or an ELCR port."""
        if port in (pc_ports.ELCR[0], pc_ports.ELCR[0] + 1):
            index = port - pc_ports.ELCR[0]
            chip = self.master if index == 0 else self.slave
            chip.elcr = value & ELCR_WRITABLE[index]
            return
        self._chip(port).write(port, size, value)

    def _chip(self, port: int) -> Pic8259:
        return self.master if port < pc_ports.PIC_SLAVE[0] else self.slave

    def register_name(self, port: int, direction: str) -> str:
        """``master IMR``, ``slave OCW2/3``, ``ELCR1``…"""
        if port >= pc_ports.ELCR[0]:
            return f"ELCR{port - pc_ports.ELCR[0] + 1}"
        chip = self._chip(port)
        return (
            f"{'master' if chip is self.master else 'slave'} {chip.register_name(port, direction)}"
        )

    def save_state(self) -> dict[str, Any]:
        """Both chips' registers."""
        return {"master": self.master.save_state(), "slave": self.slave.save_state()}

    def load_state(self, state: dict[str, Any]) -> None:
        """Restores :meth:`save_state`."""
        self.master.load_state(state["master"])
        self.slave.load_state(state["slave"])
