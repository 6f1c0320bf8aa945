"""A GDB remote-protocol server for our machine: ``longmode run TARGET --gdb PORT``.

It serves one gdb connection as QEMU's ``-s -S`` does (the guest waits before its
first instruction) and answers the packets gdb uses on a bare-metal x86-64 target:

* registers in QEMU's x86-64 layout, announced in a target description
  (``qXfer:features:read``) so that gdb never guesses the layout: the 16 general
  registers, RIP, EFLAGS, the six selectors, FS/GS base and KernelGSbase,
  CR0/CR2/CR3/CR4/CR8, EFER, the x87 stack and control words, XMM0-15 and MXCSR
  (``g``/``G``/``p``/``P``), the same in every CPU mode;
* memory read and write through the guest's page tables (``m``/``M``);
* breakpoints (``Z0``/``Z1``) and watchpoints (``Z2`` write, ``Z3`` read, ``Z4``
  access), exact to the instruction;
* continue and step (``c``, ``s``, ``vCont``), Ctrl-C (the 0x03 byte) while the
  guest runs;
* reverse execution (``bs``, ``bc``: gdb's ``reverse-stepi`` and ``reverse-continue``;
  gdb builds ``reverse-step`` and ``reverse-finish`` on them);
* ``monitor`` commands (``qRcmd``) for what gdb cannot ask: ``icount``, ``pagewalk
  ADDRESS``, ``tlb``, ``idt``, ``gdt``, ``tss``, ``faults`` (``monitor help`` lists them).

Breakpoint addresses are compared with RIP as the guest sees it (in real mode,
the offset in CS, not the linear address).
"""

from __future__ import annotations

import logging
import select
import socket
import struct
from collections.abc import Callable
from typing import TYPE_CHECKING

from unicorn import x86_const as X

from longmode.debug.core import Debugger, Stop
from longmode.debug.explain import explain, explain_last_exception, page_walk
from longmode.debug.inspect import InspectError, descriptor_table, mappings, task_state
from longmode.errors import LongmodeError
from longmode.machine.results import Outcome, RunResult
from longmode.machine.x86 import Mode

if TYPE_CHECKING:
    from longmode.elf import KernelElf
    from longmode.machine.machine import Machine

log = logging.getLogger("longmode.gdb")

#: The largest packet we take, as announced in qSupported.
PACKET_SIZE = 0x4000
INTERRUPT = 0x03
#: Signals of stop replies: SIGINT for Ctrl-C, SIGTRAP otherwise.
SIGINT, SIGTRAP = 2, 5
MSR_EFER = 0xC0000080
MSR_KERNEL_GS_BASE = 0xC0000102

#: (name, bytes) in gdb's register numbering, which is QEMU's for qemu-system-x86_64.
REGISTERS: list[tuple[str, int]] = [
    *((name, 8) for name in ["rax", "rbx", "rcx", "rdx", "rsi", "rdi", "rbp", "rsp"]),
    *((f"r{n}", 8) for n in range(8, 16)),
    ("rip", 8),
    ("eflags", 4),
    *((name, 4) for name in ["cs", "ss", "ds", "es", "fs", "gs"]),
    ("fs_base", 8),
    ("gs_base", 8),
    ("k_gs_base", 8),
    *((name, 8) for name in ["cr0", "cr2", "cr3", "cr4", "cr8", "efer"]),
    *((f"st{n}", 10) for n in range(8)),
    *((name, 4) for name in ["fctrl", "fstat", "ftag", "fiseg", "fioff", "foseg", "fooff", "fop"]),
    *((f"xmm{n}", 16) for n in range(16)),
    ("mxcsr", 4),
]

_SEGMENTS = ("cs", "ss", "ds", "es", "fs", "gs")
_CONTROL = ("cr0", "cr2", "cr3", "cr4", "cr8", "efer")
_UNICORN: dict[str, int] = {
    **{
        name: getattr(X, f"UC_X86_REG_{name.upper()}")
        for name in ["rax", "rbx", "rcx", "rdx", "rsi", "rdi", "rbp", "rsp", "rip"]
    },
    **{f"r{n}": getattr(X, f"UC_X86_REG_R{n}") for n in range(8, 16)},
    "eflags": X.UC_X86_REG_EFLAGS,
    **{name: getattr(X, f"UC_X86_REG_{name.upper()}") for name in _SEGMENTS},
    "fs_base": X.UC_X86_REG_FS_BASE,
    "gs_base": X.UC_X86_REG_GS_BASE,
    **{name: getattr(X, f"UC_X86_REG_{name.upper()}") for name in _CONTROL[:-1]},
    **{f"st{n}": getattr(X, f"UC_X86_REG_FP{n}") for n in range(8)},
    "fctrl": X.UC_X86_REG_FPCW,
    "fstat": X.UC_X86_REG_FPSW,
    "ftag": X.UC_X86_REG_FPTAG,
    "fioff": X.UC_X86_REG_FIP,
    "fiseg": X.UC_X86_REG_FCS,
    "fooff": X.UC_X86_REG_FDP,
    "foseg": X.UC_X86_REG_FDS,
    "fop": X.UC_X86_REG_FOP,
    **{f"xmm{n}": getattr(X, f"UC_X86_REG_XMM{n}") for n in range(16)},
    "mxcsr": X.UC_X86_REG_MXCSR,
}
_MSRS = {"efer": MSR_EFER, "k_gs_base": MSR_KERNEL_GS_BASE}


def target_xml() -> str:
    """The target description: gdb's i386 core and SSE features (by the register names
    gdb requires there), FS/GS base as its segments feature has them, and the
    control registers in a feature of ours; numbered in QEMU's order."""

    def reg(number: int, name: str, bits: int, kind: str, group: str = "") -> str:
        extra = f' group="{group}"' if group else ""
        return f'<reg name="{name}" bitsize="{bits}" type="{kind}" regnum="{number}"{extra}/>'

    number = {name: i for i, (name, _) in enumerate(REGISTERS)}
    core = [
        reg(
            number[name],
            name,
            64,
            "code_ptr" if name == "rip" else "data_ptr" if name in ("rbp", "rsp") else "int64",
        )
        for name, _ in REGISTERS[:17]
    ]
    core.append(reg(number["eflags"], "eflags", 32, "int32"))
    core += [reg(number[s], s, 32, "int32") for s in ["cs", "ss", "ds", "es", "fs", "gs"]]
    core += [reg(number[f"st{n}"], f"st{n}", 80, "i387_ext") for n in range(8)]
    core += [
        reg(number[name], name, 32, "int", "float")
        for name in ["fctrl", "fstat", "ftag", "fiseg", "fioff", "foseg", "fooff", "fop"]
    ]
    sse = [reg(number[f"xmm{n}"], f"xmm{n}", 128, "uint128", "vector") for n in range(16)]
    sse.append(reg(number["mxcsr"], "mxcsr", 32, "int", "vector"))
    segments = [reg(number[s], s, 64, "int64") for s in ("fs_base", "gs_base", "k_gs_base")]
    system = [reg(number[c], c, 64, "int64", "system") for c in _CONTROL]

    def feature(name: str, regs: list[str]) -> str:
        return f'<feature name="{name}">' + "".join(regs) + "</feature>"

    return (
        '<?xml version="1.0"?><!DOCTYPE target SYSTEM "gdb-target.dtd">'
        "<target><architecture>i386:x86-64</architecture>"
        + feature("org.gnu.gdb.i386.core", core)
        + feature("org.gnu.gdb.i386.sse", sse)
        + feature("org.gnu.gdb.i386.segments", segments)
        + feature("org.longmode.x86.system", system)
        + "</target>"
    )


class ProtocolError(Exception):
    """The client broke the protocol (a bad checksum is answered, not raised)."""


class Connection:
    """Packets over one socket: framing, checksums, acknowledgements."""

    def __init__(self, sock: socket.socket) -> None:
        self.sock = sock
        self.buffer = bytearray()
        self.ack = True
        self.interrupted = False

    def _fill(self) -> None:
        data = self.sock.recv(PACKET_SIZE)
        if not data:
            raise ConnectionError("gdb closed the connection")
        self.buffer += data

    def read_packet(self) -> str:
        """The next packet's payload (acknowledged); a lone 0x03 comes back as "\\x03"."""
        while True:
            while not self.buffer:
                self._fill()
            first = self.buffer[0]
            if first == INTERRUPT:
                del self.buffer[0]
                return "\x03"
            if first != ord("$"):
                del self.buffer[0]  # acks and noise between packets
                continue
            end = self.buffer.find(b"#")
            while end < 0 or len(self.buffer) < end + 3:
                if len(self.buffer) > 2 * PACKET_SIZE:
                    raise ProtocolError("a packet longer than the announced PacketSize")
                self._fill()
                end = self.buffer.find(b"#")
            payload = bytes(self.buffer[1:end])
            checksum = self.buffer[end + 1 : end + 3]
            del self.buffer[: end + 3]
            if self.ack:
                try:
                    good = int(checksum, 16) == sum(payload) % 256
                except ValueError:
                    good = False
                self.sock.sendall(b"+" if good else b"-")
                if not good:
                    continue
            return _unescape(payload).decode("latin-1")

    def send(self, payload: str) -> None:
        data = payload.encode("latin-1")
        data = data.replace(b"}", b"}]").replace(b"#", b"}\x03").replace(b"$", b"}\x04")
        self.sock.sendall(b"$" + data + b"#" + f"{sum(data) % 256:02x}".encode())
        if self.ack:
            self._wait_ack()

    def _wait_ack(self) -> None:
        while True:
            while not self.buffer:
                self._fill()
            first = self.buffer[0]
            if first == ord("+"):
                del self.buffer[0]
                return
            if first == INTERRUPT:  # a Ctrl-C racing our reply: keep it for later
                self.interrupted = True
                del self.buffer[0]
                continue
            # "-" or anything else: gdb resends its packet or wants ours again; we carry on
            del self.buffer[0]
            return

    def poll_interrupt(self) -> bool:
        """While the guest runs: True once gdb has sent Ctrl-C."""
        if self.interrupted:
            return True
        while True:
            ready, _, _ = select.select([self.sock], [], [], 0)
            if not ready:
                return False
            data = self.sock.recv(PACKET_SIZE)
            if not data:
                raise ConnectionError("gdb closed the connection")
            if INTERRUPT in data:
                self.interrupted = True
                return True
            self.buffer += data


def _unescape(data: bytes) -> bytes:
    if b"}" not in data:
        return data
    out = bytearray()
    escaped = False
    for byte in data:
        if escaped:
            out.append(byte ^ 0x20)
            escaped = False
        elif byte == ord("}"):
            escaped = True
        else:
            out.append(byte)
    return bytes(out)


class GdbServer:
    """Serves one gdb client for ``debugger``'s machine until gdb detaches, kills the
    guest or goes away."""

    def __init__(
        self,
        debugger: Debugger,
        describe: Callable[[int], str] | None = None,
        kernel: KernelElf | None = None,
    ) -> None:
        self.debugger = debugger
        self.machine: Machine = debugger.machine
        self.describe = describe
        self.kernel = kernel
        self.connection: Connection | None = None
        self._previous: Callable[[], None] | None = None
        #: How the session ended: "detach", "kill", "disconnect" or "ended" (the guest's run).
        self.ending = ""

    def serve(self, sock: socket.socket) -> None:
        """Talks to the client connected on ``sock`` until the session ends."""
        self.connection = connection = Connection(sock)
        previous = self._previous = self.machine.config.between_slices
        self.machine.config.between_slices = self._between_slices
        try:
            while not self.ending:
                packet = connection.read_packet()
                reply = self.handle(packet)
                if reply is not None:
                    connection.send(reply)
        except (ConnectionError, OSError):
            self.ending = self.ending or "disconnect"
        finally:
            self.machine.config.between_slices = previous

    def _between_slices(self) -> None:
        """Between CPU slices: the front end's own work, then a look for Ctrl-C."""
        if self._previous is not None:
            self._previous()
        connection = self.connection
        if connection is not None and connection.poll_interrupt():
            connection.interrupted = False
            self.debugger.interrupt()

    # --- packets ----------------------------------------------------------------

    def handle(self, packet: str) -> str | None:
        """The reply to one packet (None: nothing to send)."""
        if packet == "\x03":
            return None  # Ctrl-C while stopped: nothing runs
        kind, body = packet[:1], packet[1:]
        handler: Callable[[], str | None] | None = {
            "q": lambda: self._query(packet),
            "Q": lambda: self._query(packet),
            "v": lambda: self._v(packet),
            "?": lambda: f"T{SIGTRAP:02x}thread:1;",
            "g": self._read_registers,
            "G": lambda: self._write_registers(body),
            "p": lambda: self._read_register(int(body, 16)),
            "P": lambda: self._write_register(body),
            "m": lambda: self._read_memory(body),
            "M": lambda: self._write_memory(body),
            "Z": lambda: self._breakpoint(body, insert=True),
            "z": lambda: self._breakpoint(body, insert=False),
            "c": lambda: self._resume("c"),
            "s": lambda: self._resume("s"),
            "b": lambda: self._resume(packet),
            "H": lambda: "OK",
            "T": lambda: "OK",
            "D": self._detach,
            "k": self._kill,
        }.get(kind)
        if handler is None:
            return ""
        try:
            return handler()
        except (ValueError, IndexError, struct.error):
            return "E22"

    def _query(self, packet: str) -> str | None:
        if packet.startswith("qSupported"):
            return (
                f"PacketSize={PACKET_SIZE:x};qXfer:features:read+;vContSupported+;"
                "ReverseStep+;ReverseContinue+;QStartNoAckMode+"
            )
        if packet == "QStartNoAckMode":
            assert self.connection is not None
            self.connection.send("OK")
            self.connection.ack = False
            return None  # sent already: acks stop after this reply
        if packet.startswith("qXfer:features:read:target.xml:"):
            offset, length = (int(x, 16) for x in packet.rsplit(":", 1)[1].split(","))
            document = target_xml()
            chunk = document[offset : offset + length]
            return ("l" if offset + length >= len(document) else "m") + chunk
        if packet == "qAttached":
            return "1"
        if packet == "qC":
            return "QC1"
        if packet == "qfThreadInfo":
            return "m1"
        if packet == "qsThreadInfo":
            return "l"
        if packet.startswith("qRcmd,"):
            return self._monitor(bytes.fromhex(packet[6:]).decode("latin-1"))
        return ""

    def _v(self, packet: str) -> str:
        if packet == "vCont?":
            return "vCont;c;C;s;S"
        if packet.startswith("vCont;"):
            action = packet[6:].split(";")[0].split(":")[0]
            return self._resume(action[:1].lower())
        if packet.startswith("vKill"):
            return self._kill()
        return ""

    # --- registers ------------------------------------------------------------------

    def _register_value(self, name: str) -> int:
        uc = self.machine.uc
        if name in _MSRS:
            value: int = uc.reg_read(X.UC_X86_REG_MSR, _MSRS[name])
            return value
        raw = uc.reg_read(_UNICORN[name])
        if isinstance(raw, tuple):  # an x87 register: (mantissa, exponent)
            mantissa, exponent = (int(part) for part in raw)
            return mantissa | (exponent & 0xFFFF) << 64
        return int(raw)

    def _read_registers(self) -> str:
        return "".join(self._read_register(n) for n in range(len(REGISTERS)))

    def _read_register(self, number: int) -> str:
        name, size = REGISTERS[number]
        value = self._register_value(name) & ((1 << (8 * size)) - 1)
        return value.to_bytes(size, "little").hex()

    def _set_register(self, name: str, value: int) -> None:
        uc = self.machine.uc
        if name in _MSRS:
            uc.reg_write(X.UC_X86_REG_MSR, (_MSRS[name], value))
        elif name.startswith("st"):
            uc.reg_write(_UNICORN[name], (value & (1 << 64) - 1, value >> 64))
        else:
            uc.reg_write(_UNICORN[name], value)

    def _write_registers(self, body: str) -> str:
        data = bytes.fromhex(body)
        offset = 0
        changed = False
        for name, size in REGISTERS:
            if offset + size > len(data):
                break
            value = int.from_bytes(data[offset : offset + size], "little")
            if value != self._register_value(name) & ((1 << (8 * size)) - 1):
                self._set_register(name, value)
                changed = True
            offset += size
        if changed:
            self.debugger.restart_history()
        return "OK"

    def _write_register(self, body: str) -> str:
        number, value = body.split("=")
        name, size = REGISTERS[int(number, 16)]
        self._set_register(name, int.from_bytes(bytes.fromhex(value)[:size], "little"))
        self.debugger.restart_history()
        return "OK"

    # --- memory -------------------------------------------------------------------

    def _read_memory(self, body: str) -> str:
        address, length = (int(x, 16) for x in body.split(","))
        if length > PACKET_SIZE // 2:
            return "E22"
        data = self.machine.read_virtual(address, length)
        if data is None:
            # as much as is mapped, page by page, as gdb accepts a short read
            data = b""
            while len(data) < length:
                page_end = (address + len(data) | 0xFFF) + 1
                piece = self.machine.read_virtual(
                    address + len(data), min(length - len(data), page_end - address - len(data))
                )
                if piece is None:
                    break
                data += piece
            if not data:
                return "E14"
        return data.hex()

    def _write_memory(self, body: str) -> str:
        where, data = body.split(":")
        address, length = (int(x, 16) for x in where.split(","))
        payload = bytes.fromhex(data)
        if len(payload) != length:
            return "E22"
        try:
            self.machine.write_virtual(address, payload)
        except ValueError:
            return "E14"
        self.debugger.restart_history()  # a replay would not repeat the write
        return "OK"

    # --- breakpoints and running ------------------------------------------------------

    def _breakpoint(self, body: str, *, insert: bool) -> str:
        kind_text, address_text, length_text = body.split(",")[:3]
        kind, address, length = int(kind_text), int(address_text, 16), int(length_text, 16)
        debugger = self.debugger
        if kind in (0, 1):
            if insert:
                debugger.break_at(address)
            else:
                debugger.delete_break(address)
            return "OK"
        access = {2: "write", 3: "read", 4: "rw"}.get(kind)
        if access is None:
            return ""
        if insert:
            debugger.watch(address, max(length, 1), access)
        else:
            debugger.delete_watch(address, max(length, 1), access)
        return "OK"

    def _resume(self, action: str) -> str:
        """``c``, ``s`` (forward) or ``bc``, ``bs`` (backwards): run, then the stop reply."""
        debugger = self.debugger
        run = {
            "c": debugger.cont,
            "s": debugger.step,
            "bc": debugger.reverse_cont,
            "bs": debugger.reverse_step,
        }.get(action)
        return "" if run is None else self._stop_reply(run())

    def _stop_reply(self, stop: Stop, signal: int = SIGTRAP) -> str:
        if stop.reason == "interrupted":
            signal = SIGINT
        if stop.reason == "ended" and stop.result is not None:
            self._console(f"longmode: {stop.result.message}\n")
            return f"W{stop.result.exit_status & 0xFF:02x}"
        if stop.result is not None:
            self._console(f"longmode: {stop.result.message}\n")
        extra = ""
        if stop.reason == "watchpoint" and stop.address is not None:
            name = {"write": "watch", "read": "rwatch"}.get(stop.access or "", "awatch")
            extra = f"{name}:{stop.address:x};"
        elif stop.reason == "start":
            extra = "replaylog:begin;" if self.debugger.instructions else ""
        return f"T{signal:02x}thread:1;{extra}"

    def _console(self, text: str) -> None:
        """A line on gdb's console (an ``O`` packet), while a stop reply is due."""
        if self.connection is not None:
            self.connection.send("O" + text.encode().hex())

    def _detach(self) -> str:
        self.ending = "detach"
        return "OK"

    def _kill(self) -> str:
        self.ending = "kill"
        return "OK"

    # --- monitor ------------------------------------------------------------------------

    def _monitor(self, command: str) -> str:
        words = command.split()
        machine = self.machine
        where = self.describe or hex
        if not words or words[0] == "help":
            text = (
                "longmode monitor commands:\n"
                "  icount             instructions run so far, and the recorded history\n"
                "  pagewalk ADDRESS   where a virtual address lands, level by level\n"
                "  tlb                what the page tables map (runs merged)\n"
                "  idt | gdt | tss    the descriptor tables and the task state, decoded\n"
                "  faults             the fault chain of a triple fault, or the last exception\n"
            )
        elif words[0] == "icount":
            text = (
                f"{machine.instructions} instructions; history from {self.debugger.history_start}\n"
            )
        elif words[0] == "pagewalk" and len(words) == 2:
            text = self._pagewalk(words[1])
        elif words[0] == "tlb" and len(words) == 1:
            text = _lines(mappings(machine))
        elif words[0] in ("idt", "gdt") and len(words) == 1:
            text = _lines(descriptor_table(machine, words[0], where))
        elif words[0] == "tss" and len(words) == 1:
            try:
                text = _lines(task_state(machine))
            except InspectError as error:
                text = f"{error}\n"
        elif words[0] == "faults" and len(words) == 1:
            text = self._faults()
        else:
            text = f"unknown monitor command {command.strip()!r}: try 'monitor help'\n"
        return self._monitor_reply(text)

    def _pagewalk(self, word: str) -> str:
        machine = self.machine
        try:
            address = int(word, 0)
        except ValueError:
            return f"pagewalk: {word!r} is not an address\n"
        walk = machine.cpu.walk(address)
        levels = []
        if machine.cpu.mode() is Mode.LONG:
            levels = page_walk(machine, address, machine.cpu.get("cr3"))
        if walk.physical is None:
            return _lines([*levels, f"{address:#x}: not mapped"])
        flags = ", ".join(
            name
            for name, on in (
                ("writable", walk.writable),
                ("user", walk.user),
                ("executable", walk.executable),
            )
            if on
        )
        return _lines(
            [*levels, f"{address:#x} -> physical {walk.physical:#x} ({flags or 'read-only'})"]
        )

    def _faults(self) -> str:
        machine = self.machine
        if machine.fault is not None:
            return explain(machine, machine.fault, self.kernel) + "\n"
        last = explain_last_exception(machine, self.kernel)
        return (last or "the guest has taken no exception yet") + "\n"

    def _monitor_reply(self, text: str) -> str:
        self._console(text)
        return "OK"


def serve_gdb(
    machine: Machine,
    address: tuple[str, int],
    *,
    describe: Callable[[int], str] | None = None,
    kernel: KernelElf | None = None,
    announce: Callable[[str], object] = print,
    cancelled: Callable[[], bool] = lambda: False,
) -> RunResult:
    """``longmode run --gdb``: listens on ``address``, serves the first gdb to connect
    with the guest paused before its first instruction, and returns how the run
    ended. ``describe`` names addresses; ``kernel`` (the ELF, when known) gives the
    monitor's fault explanations their source lines. If gdb detaches, the guest
    runs on to its end; if gdb kills it or goes away, the run ends there
    (Outcome.STOPPED, status 0) unless the guest had ended already. ``cancelled``
    is asked while waiting (a signal to longmode)."""
    host, port = address
    try:
        listener = socket.create_server((host, port))
    except OSError as error:
        raise LongmodeError(
            f"--gdb {host}:{port}: cannot listen there ({error.strerror or error}); "
            "the port may be in use: give another"
        ) from None
    with listener:
        announce(
            f"longmode run: waiting for gdb on {host}:{port} (gdb: target remote {host}:{port})"
        )
        listener.settimeout(0.2)
        while True:
            if cancelled():
                machine.stop(Outcome.INTERRUPTED, "interrupted while waiting for gdb", 130)
                assert machine.result is not None
                return machine.result
            try:
                client, _ = listener.accept()
                break
            except TimeoutError:
                continue
    debugger = Debugger(machine)
    server = GdbServer(debugger, describe, kernel)
    with client:
        client.settimeout(None)
        client.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        server.serve(client)
    if debugger.ended is not None:
        return debugger.ended
    debugger.remove_all()
    if server.ending == "detach":
        return machine.run()
    where = describe(machine.cpu.get("rip")) if describe else f"{machine.cpu.get('rip'):#x}"
    how = "killed the guest" if server.ending == "kill" else "went away"
    message = f"gdb {how} at {where}, after {machine.instructions} instructions"
    return RunResult(Outcome.STOPPED, message, 0, machine.now(), machine.cpu.get("rip"))


def _lines(lines: list[str]) -> str:
    return "".join(f"{line}\n" for line in lines)
