"""The I/O-port bus: a table of which device answers which ports.

Each device declares its port ranges; the bus looks a port up in a dict built
once. A port no device claims reads as all ones and drops writes, as on a
real PC — logged, never an error. One switchable log records every access
with the device's register name and the guest address that made it.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass

from longmode.machine.devices.base import Device

#: Value read from a port nobody decodes, by access size in bytes.
OPEN_BUS = {1: 0xFF, 2: 0xFFFF, 4: 0xFFFF_FFFF}


@dataclass(frozen=True)
class PortAccess:
    """One logged access: ``direction`` is ``"in"`` or ``"out"``."""

    time: int
    guest_ip: int
    direction: str
    port: int
    size: int
    value: int
    device: str
    register: str


class ConflictingPorts(ValueError):
    """Two devices claim the same port."""


class IoBus:
    """Routes ``in``/``out`` to devices by port number."""

    def __init__(self, devices: Iterable[Device] = (), now: Callable[[], int] = lambda: 0) -> None:
        self._by_port: dict[int, Device] = {}
        self.devices: list[Device] = []
        self._now = now
        self.log: list[PortAccess] | None = None
        self.guest_ip = 0
        for device in devices:
            self.attach(device)

    def attach(self, device: Device) -> None:
        """Adds ``device``; raises :class:`ConflictingPorts` if a port is taken."""
        for first, count in device.ports:
            for port in range(first, first + count):
                if port in self._by_port:
                    other = self._by_port[port].name
                    raise ConflictingPorts(
                        f"port {port:#x} is claimed by both {other} and {device.name}"
                    )
                self._by_port[port] = device
        self.devices.append(device)

    def start_logging(self) -> list[PortAccess]:
        """Starts recording every access; returns the (live) list."""
        self.log = []
        return self.log

    def stop_logging(self) -> None:
        """Stops recording; the list :meth:`start_logging` returned keeps what it has."""
        self.log = None

    def read(self, port: int, size: int) -> int:
        """``in``: the value the device at ``port`` returns (all ones if none)."""
        device = self._by_port.get(port)
        now = self._now()
        if device is None:
            value = OPEN_BUS[size]
        else:
            device.advance(now)
            value = device.read(port, size) & OPEN_BUS[size]
        self._record("in", port, size, value, device)
        return value

    def write(self, port: int, size: int, value: int) -> None:
        """``out``: hands ``value`` to the device at ``port`` (dropped if none)."""
        device = self._by_port.get(port)
        value &= OPEN_BUS[size]
        if device is not None:
            device.advance(self._now())
            device.write(port, size, value)
        self._record("out", port, size, value, device)

    def next_event(self) -> int | None:
        """The earliest instant any device asked to be woken at, or None."""
        times = [t for d in self.devices if (t := d.next_event()) is not None]
        return min(times) if times else None

    def advance(self, now: int) -> None:
        """Lets every device catch up to ``now`` (raising any IRQs that fell due)."""
        for device in self.devices:
            device.advance(now)

    def _record(
        self, direction: str, port: int, size: int, value: int, device: Device | None
    ) -> None:
        if self.log is None:
            return
        name = device.name if device is not None else "unclaimed"
        register = device.register_name(port, direction) if device is not None else f"{port:#x}"
        self.log.append(
            PortAccess(self._now(), self.guest_ip, direction, port, size, value, name, register)
        )
