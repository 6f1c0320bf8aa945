"""What every chip offers the bus and the machine."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

#: An interrupt request line: call with True to raise it, False to lower it.
IrqLine = Callable[[bool], None]


def no_irq(level: bool) -> None:
    """An unconnected IRQ line."""


class Device:
    """Base class of a chip on the I/O bus.

    A subclass sets ``name`` and ``ports`` (``(first_port, count)`` pairs) and
    implements ``read``/``write``; a chip with memory-mapped registers lists
    them in ``mmio`` and implements ``mmio_read``/``mmio_write``. Devices with timers override
    ``next_event``/``advance``: time is lazy, so a device only catches up to
    ``now`` when the bus or the clock tells it to, and it signals the CPU only
    through its IRQ lines — it never touches CPU state. ``save_state`` and
    ``load_state`` round-trip every register.
    """

    name = "device"
    ports: tuple[tuple[int, int], ...] = ()
    #: Memory-mapped register ranges, ``(physical base, size)`` in whole 4 KiB pages.
    mmio: tuple[tuple[int, int], ...] = ()
    #: Ports that move data in blocks (``read_string``/``write_string``): a `rep ins`
    #: or `rep outs` on them need not call into Python once per element.
    string_ports: frozenset[int] = frozenset()

    def read(self, port: int, size: int) -> int:
        """An ``in`` from ``port`` (size 1, 2 or 4 bytes)."""
        raise NotImplementedError

    def write(self, port: int, size: int, value: int) -> None:
        """An ``out`` of ``value`` to ``port``."""
        raise NotImplementedError

    def read_string(self, port: int, size: int, count: int) -> bytes:
        """Up to ``count`` elements of ``size`` bytes from ``port`` at once, exactly as
        that many ``read`` calls would give them (fewer, or none, where the device's
        state would change in a way a block cannot show). Only for ``string_ports``."""
        return b""

    def write_string(self, port: int, size: int, data: bytes) -> int:
        """Takes elements of ``size`` bytes from ``data`` as ``write`` calls would;
        returns how many it took (possibly 0). Only for ``string_ports``."""
        return 0

    def mmio_read(self, offset: int, size: int) -> int:
        """A read of ``size`` bytes at ``offset`` into one of the ``mmio`` ranges."""
        raise NotImplementedError

    def mmio_write(self, offset: int, size: int, value: int) -> None:
        """A write of ``value`` at ``offset`` into one of the ``mmio`` ranges."""
        raise NotImplementedError

    def register_name(self, port: int, direction: str) -> str:
        """The datasheet name of the register at ``port`` for the access log."""
        return f"{port:#x}"

    def reset(self) -> None:
        """Power-on state."""

    def next_event(self) -> int | None:
        """The virtual time (ns) at which this device next needs ``advance``, if any."""
        return None

    def advance(self, now: int) -> None:
        """Catches up to virtual time ``now`` (ns)."""

    def save_state(self) -> dict[str, Any]:
        """Every register, as plain data."""
        return {}

    def load_state(self, state: dict[str, Any]) -> None:
        """Restores what :meth:`save_state` returned."""
