"""How a BIOS service sees its caller: registers, the saved FLAGS, memory.

A service runs when the guest reaches vector n's ``iret`` stub in ROM, so the
caller's IP, CS and FLAGS are on the stack at SS:SP. Results that the ABI
returns in flags (CF for errors, ZF for INT 16h AH=01h) are written into that
saved FLAGS word: the stub's ``iret`` restores it.
"""

from __future__ import annotations

import logging
import struct
from collections.abc import Callable
from typing import TYPE_CHECKING

from longmode.machine.cpu import FLAG_CF, X86Cpu

if TYPE_CHECKING:
    from longmode.machine.machine import Machine

log = logging.getLogger("longmode.bios")

FLAG_ZF = 1 << 6


class ServiceCall:
    """One BIOS call: read and set the caller's registers and flags."""

    def __init__(self, machine: Machine, vector: int) -> None:
        self.machine = machine
        self.vector = vector
        self.cpu: X86Cpu = machine.cpu
        self._frame = (self.cpu.get("ss") << 4) + self.cpu.get("sp")

    def __getitem__(self, register: str) -> int:
        return self.cpu.get(register)

    def __setitem__(self, register: str, value: int) -> None:
        self.cpu.set(register, value)

    @property
    def caller(self) -> tuple[int, int]:
        """(CS, IP) of the instruction after the caller's ``int``."""
        ip, cs = struct.unpack("<HH", self.read(self._frame, 4))
        return cs, ip

    @property
    def caller_flags(self) -> int:
        value: int = struct.unpack("<H", self.read(self._frame + 4, 2))[0]
        return value

    def _set_flag(self, mask: int, on: bool) -> None:
        flags = self.caller_flags
        flags = flags | mask if on else flags & ~mask
        self.write(self._frame + 4, struct.pack("<H", flags))

    def set_carry(self, on: bool) -> None:
        """CF as the caller will see it after the service returns."""
        self._set_flag(FLAG_CF, on)

    def set_zero(self, on: bool) -> None:
        """ZF as the caller will see it after the service returns."""
        self._set_flag(FLAG_ZF, on)

    def fail(self, status: int) -> None:
        """The usual error return: CF set, AH = ``status``."""
        self["ah"] = status
        self.set_carry(True)

    def succeed(self, status: int = 0) -> None:
        """The usual success return: CF clear, AH = ``status``."""
        self["ah"] = status
        self.set_carry(False)

    def read(self, address: int, size: int) -> bytes:
        """Physical memory."""
        return bytes(self.machine.uc.mem_read(address, size))

    def write(self, address: int, data: bytes) -> None:
        """Physical memory."""
        self.machine.uc.mem_write(address, data)

    @staticmethod
    def linear(segment: int, offset: int) -> int:
        return (segment << 4) + offset


Service = Callable[[ServiceCall], None]


def dispatch_by_ah(name: str, table: dict[int, Service], unsupported_status: int = 0x01) -> Service:
    """A vector handler that calls ``table[AH]``; an unknown AH sets CF and AH and is logged."""

    def handle(call: ServiceCall) -> None:
        ah = call["ah"]
        service = table.get(ah)
        if service is None:
            cs, ip = call.caller
            log.info("%s AH=%02Xh is not implemented (called from %04X:%04X)", name, ah, cs, ip)
            call.fail(unsupported_status)
            return
        service(call)

    return handle
