"""The I/O-port bus: a table of which device answers which ports.

Each device declares its port ranges; the bus looks a port up in a dict built
once. A port no device claims reads as all ones and drops writes, as on a
real PC — never an error. Two switchable logs: one records every access with
the device's register name and the guest address that made it
(:meth:`IoBus.start_logging`); the other, for ``longmode run -v``, logs the
accesses no device claims (:meth:`IoBus.watch_unclaimed`,
:class:`UnclaimedAccesses`). Both cost one attribute test per access when off.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from longmode.machine.devices.base import Device

log = logging.getLogger("longmode.bus")

#: Value read from a port nobody decodes, by access size in bytes.
OPEN_BUS = {1: 0xFF, 2: 0xFFFF, 4: 0xFFFF_FFFF}
#: How many accesses to one unclaimed address, in one direction, are logged one by one.
UNCLAIMED_SHOWN = 3


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


@dataclass
class UnclaimedAccesses:
    """The accesses no device claims, for ``-v``: the first :data:`UNCLAIMED_SHOWN` of
    each address and direction are logged one by one (address, size, value, and the
    guest address as reports give it, from ``where``); all are counted, and
    :meth:`log_summary` logs one line per address with the totals at the end of a run.

    ``space`` names the address space: ``"port"`` for the I/O bus. A memory bus
    calls :meth:`note` the same way for MMIO no region claims, with ``"MMIO"``.
    """

    space: str
    where: Callable[[], str]
    logger: logging.Logger = log
    #: (address, direction) -> how many accesses.
    counts: dict[tuple[int, str], int] = field(default_factory=dict)

    def note(self, direction: str, address: int, size: int, value: int) -> None:
        """One access: ``direction`` is ``"in"`` or ``"out"`` (``"read"``/``"write"``)."""
        key = (address, direction)
        count = self.counts.get(key, 0) + 1
        self.counts[key] = count
        if count > UNCLAIMED_SHOWN:
            return
        units = "byte" if size == 1 else "bytes"
        later = (
            f" (more {direction} accesses are counted, not shown)"
            if count == UNCLAIMED_SHOWN
            else ""
        )
        self.logger.info(
            "unclaimed %s %#x: %s, %d %s: %#x, at %s%s",
            self.space, address, direction, size, units, value, self.where(), later,
        )  # fmt: skip

    def summary(self) -> list[str]:
        """One line per address, by address: the total and the count each way."""
        totals: dict[int, dict[str, int]] = {}
        for (address, direction), count in self.counts.items():
            totals.setdefault(address, {})[direction] = count
        lines = []
        for address, ways in sorted(totals.items()):
            total = sum(ways.values())
            each = ", ".join(f"{count} {direction}" for direction, count in sorted(ways.items()))
            noun = "access" if total == 1 else "accesses"
            lines.append(f"unclaimed {self.space} {address:#x}: {total} {noun} in all ({each})")
        return lines

    def log_summary(self) -> None:
        for line in self.summary():
            self.logger.info("%s", line)


class ConflictingPorts(ValueError):
    """Two devices claim the same port."""


class IoBus:
    """Routes ``in``/``out`` to devices by port number."""

    def __init__(self, devices: Iterable[Device] = (), now: Callable[[], int] = lambda: 0) -> None:
        self._by_port: dict[int, Device] = {}
        self.devices: list[Device] = []
        self._now = now
        self.log: list[PortAccess] | None = None
        #: ``-v``'s log of unclaimed ports (None: off).
        self.unclaimed: UnclaimedAccesses | None = None
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

    def watch_unclaimed(self, where: Callable[[], str]) -> UnclaimedAccesses:
        """Starts logging the accesses no device claims (see :class:`UnclaimedAccesses`);
        ``where`` names the guest address of the access being made."""
        self.unclaimed = UnclaimedAccesses("port", where)
        return self.unclaimed

    def read(self, port: int, size: int) -> int:
        """``in``: the value the device at ``port`` returns (all ones if none)."""
        device = self._by_port.get(port)
        now = self._now()
        if device is None:
            value = OPEN_BUS[size]
            if self.unclaimed is not None:
                self.unclaimed.note("in", port, size, value)
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
        elif self.unclaimed is not None:
            self.unclaimed.note("out", port, size, value)
        self._record("out", port, size, value, device)

    def read_string(self, port: int, size: int, count: int) -> bytes:
        """Up to ``count`` elements at once from a device's string port (see
        ``Device.read_string``); b"" where there is none. Not logged: the caller takes
        this path only while no access log is kept."""
        device = self._by_port.get(port)
        if device is None or port not in device.string_ports:
            return b""
        device.advance(self._now())
        return device.read_string(port, size, count)

    def write_string(self, port: int, size: int, data: bytes) -> int:
        """Elements of ``data`` to a device's string port at once; how many it took."""
        device = self._by_port.get(port)
        if device is None or port not in device.string_ports:
            return 0
        device.advance(self._now())
        return device.write_string(port, size, data)

    def device_at(self, port: int) -> Device | None:
        """The device that claimed ``port`` (None: unclaimed)."""
        return self._by_port.get(port)

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
