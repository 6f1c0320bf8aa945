"""How a BIOS service sees its caller: registers, the saved FLAGS, memory.

A service runs when the guest reaches vector n's ``iret`` stub in ROM, so the
caller's IP, CS and FLAGS are on the stack at SS:SP. Results that the ABI
returns in flags (CF for errors, ZF for INT 16h AH=01h) are written into that
saved FLAGS word: the stub's ``iret`` restores it.

INT 10h, 13h and 15h come through an entry stub (``rom.service_entry_code``)
that calls the ``iret`` stub like an interrupt and then loads ES from
``rom.ES_OUT``: unicorn cannot load a real-mode segment register from Python,
so ``call["es"] = value`` stores the value there. :class:`ServiceCall` notices
the entry stub's frame and looks past it to the caller's.

With ``-v`` (the ``longmode.bios`` logger at INFO), :class:`ServiceLog` logs the
calls; off, it costs one logger-level test per call.
"""

from __future__ import annotations

import enum
import logging
import struct
from collections.abc import Callable, Collection, Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from longmode.machine.bios import rom
from longmode.machine.bios.bda import BiosDataArea
from longmode.machine.cpu import FLAG_CF, FLAG_IF, X86Cpu

if TYPE_CHECKING:
    from longmode.machine.board import Board

log = logging.getLogger("longmode.bios")

FLAG_ZF = 1 << 6


class ServiceCall:
    """One BIOS call: read and set the caller's registers and flags."""

    def __init__(self, board: Board, vector: int) -> None:
        self.board = board
        self.vector = vector
        self.cpu: X86Cpu = board.cpu
        #: Set by :meth:`wait`: the service will run again, the call is not over.
        self.waited = False
        self._frame = (self.cpu.get("ss") << 4) + self.cpu.get("sp")
        #: True when the call came through the vector's entry stub (``rom.SERVICE_ENTRIES``):
        #: the caller's frame is then above the stub's own, and ES can be returned.
        self.via_entry = False
        entry = rom.SERVICE_ENTRIES.get(vector)
        if entry is not None:
            ip, cs = struct.unpack("<HH", self.read(self._frame, 4))
            if (cs << 4) + ip == entry + rom.ENTRY_CALL_RETURN:
                self._frame += rom.ENTRY_CALL_RETURN
                self.via_entry = True
                self.write(rom.ES_OUT, struct.pack("<H", self.cpu.get("es")))

    def __getitem__(self, register: str) -> int:
        return self.cpu.get(register)

    def __setitem__(self, register: str, value: int) -> None:
        if register == "es":
            if not self.via_entry:
                log.warning(
                    "vector %02Xh: ES can only be returned through an entry stub", self.vector
                )
            self.write(rom.ES_OUT, struct.pack("<H", value & 0xFFFF))
        self.cpu.set(register, value)

    @property
    def caller(self) -> tuple[int, int]:
        """(CS, IP) of the instruction after the caller's ``int``."""
        ip, cs = struct.unpack("<HH", self.read(self._frame, 4))
        return cs, ip

    @property
    def call_site(self) -> str:
        """Where the call came from: ``at CS:IP`` of the ``int n`` (the two bytes
        before the return address are CD n), else ``returning to CS:IP`` (a far call
        through the vector, say)."""
        cs, ip = self.caller
        site = (ip - 2) & 0xFFFF
        if self.read(self.linear(cs, site), 2) == bytes([0xCD, self.vector]):
            return f"at {cs:04X}:{site:04X}"
        return f"returning to {cs:04X}:{ip:04X}"

    def set_caller(self, cs: int, ip: int) -> None:
        """Makes the stub's ``iret`` continue at CS:IP instead of after the ``int``."""
        self.write(self._frame, struct.pack("<HH", ip, cs))

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

    def set_interrupts(self, on: bool) -> None:
        """IF as the caller will see it after the service returns."""
        self._set_flag(FLAG_IF, on)

    def wait(self) -> None:
        """Waits for the next device event, then runs the service again from its stub.

        Interrupts are enabled meanwhile (as a BIOS does ``sti; hlt`` in its wait
        loops), so IRQ handlers run, and return to the stub, before the retry.
        """
        self.waited = True
        self.cpu.set("eflags", self.cpu.get("eflags") | FLAG_IF)
        self.board.idle_and_retry(rom.service_stub(self.vector))

    @property
    def bda(self) -> BiosDataArea:
        """The BIOS Data Area in guest memory."""
        return BiosDataArea(self.read, self.write)

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
        return bytes(self.board.memory.read(address, size))

    def write(self, address: int, data: bytes) -> None:
        """Physical memory."""
        self.board.memory.write(address, data)

    @staticmethod
    def linear(segment: int, offset: int) -> int:
        """The linear address of a real-mode segment:offset."""
        return (segment << 4) + offset


Service = Callable[[ServiceCall], None]

#: How many identical calls (same line) ``-v`` logs one by one; later ones are counted.
CALLS_SHOWN = 3


@dataclass
class ServiceLog:
    """``-v``'s log of BIOS calls: one line per call, as
    ``INT 13h AH=42h DL=80h at 0000:7C5A: CF=0 AH=00h (success)`` — the vector, AH
    (for ``functions_in_ah``), DL for INT 13h, where the ``int`` is, and for vectors
    in ``statuses`` the result (CF, AH and its name in that IntEnum).

    Repeats are summarised, whatever comes between them (polling loops often call
    two services in turn): a line is logged the first :data:`CALLS_SHOWN` times it
    occurs, the last of those saying so; later identical calls are only counted,
    and :meth:`log_summary` gives their totals at the end of a run. A call that
    waits (INT 16h AH=00h with no key) is logged once as waiting, then again when
    it returns; its retries are not calls.
    """

    functions_in_ah: Collection[int] = frozenset()
    statuses: Mapping[int, type[enum.IntEnum]] = field(default_factory=dict)
    logger: logging.Logger = log
    #: Line -> how many times.
    counts: dict[str, int] = field(default_factory=dict)
    #: The line of the call that is waiting, if one is.
    waiting: str | None = None

    def begin(self, call: ServiceCall) -> str | None:
        """Before the service runs: the call's description, or None when not logging."""
        if not self.logger.isEnabledFor(logging.INFO):
            return None
        vector = call.vector
        text = f"INT {vector:02X}h"
        if vector in self.functions_in_ah:
            text += f" AH={call['ah']:02X}h"
        if vector == 0x13:
            text += f" DL={call['dl']:02X}h"
        return f"{text} {call.call_site}"

    def end(self, call: ServiceCall, begun: str) -> None:
        """After the service ran (``begun`` is what :meth:`begin` returned)."""
        if call.waited:
            if self.waiting != begun:
                self.waiting = begun
                self._note(f"{begun}: waits")
            return
        self.waiting = None
        statuses = self.statuses.get(call.vector)
        if statuses is None:
            self._note(begun)
            return
        status = call["ah"]
        carry = call.caller_flags & FLAG_CF
        try:
            name = statuses(status).name.lower().replace("_", " ")
        except ValueError:
            name = "an unknown status"
        self._note(f"{begun}: CF={1 if carry else 0} AH={status:02X}h ({name})")

    def _note(self, line: str) -> None:
        count = self.counts.get(line, 0) + 1
        self.counts[line] = count
        if count < CALLS_SHOWN:
            self.logger.info("%s", line)
        elif count == CALLS_SHOWN:
            self.logger.info("%s (more of these calls are counted, not shown)", line)

    def summary(self) -> list[str]:
        """The calls made more often than they were shown: their totals, by first call."""
        return [
            f"{line}: {count} calls in all"
            for line, count in self.counts.items()
            if count > CALLS_SHOWN
        ]

    def log_summary(self) -> None:
        for line in self.summary():
            self.logger.info("%s", line)


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
