"""`longmode run --gdb`: real gdb against our machine, and the stub's answers to a
client that breaks the protocol."""

from __future__ import annotations

import shutil
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from machine_programs import assemble

from support import KERNEL_CRATE

GDB = shutil.which("gdb")
RUN = [sys.executable, "-m", "longmode", "run"]
needs_gdb = pytest.mark.skipif(GDB is None, reason="needs gdb (installed by scripts/setup.sh)")


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
        return port


@contextmanager
def _longmode_gdb(target: Path, *extra: str) -> Iterator[tuple[subprocess.Popen[str], int]]:
    """``longmode run TARGET --gdb PORT`` in the background, once it listens."""
    port = _free_port()
    process = subprocess.Popen(
        [*RUN, str(target), "--gdb", str(port), "--display", "none", *extra],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        assert process.stderr is not None
        line = process.stderr.readline()
        assert "waiting for gdb on 127.0.0.1" in line, line
        yield process, port
    finally:
        if process.poll() is None:
            process.kill()
        process.wait(timeout=30)


def _gdb(kernel: Path, port: int, commands: list[str]) -> str:
    assert GDB is not None
    script = ["set pagination off", "set confirm off", f"target remote 127.0.0.1:{port}"]
    args = [GDB, "-nx", "-batch", str(kernel)]
    for command in script + commands:
        args += ["-ex", command]
    done = subprocess.run(args, capture_output=True, text=True, timeout=120)
    return done.stdout + done.stderr


@needs_gdb
def test_gdb_breaks_steps_reads_watches_and_runs_backwards_on_the_seed_kernel(
    seed_kernel: Path,
) -> None:
    line = next(
        n
        for n, text in enumerate((KERNEL_CRATE / "src" / "main.rs").read_text().splitlines(), 1)
        if "let mut screen" in text
    )
    with _longmode_gdb(seed_kernel) as (process, port):
        output = _gdb(
            seed_kernel,
            port,
            [
                "info registers rip",
                f"break main.rs:{line}",
                "continue",
                "info registers rip cr0 efer",
                "stepi",
                "stepi",
                "info registers rip",
                "x/2xg &seed_kernel::vga::CURSOR",
                "watch seed_kernel::vga::CURSOR",
                "continue",
                "info registers rip",
                "reverse-stepi",
                "info registers rip",
                "reverse-continue",
                "info registers rip",
                "monitor icount",
                "kill",
            ],
        )
        _, stderr = process.communicate(timeout=60)
    assert "rip            0xf0000" in output  # paused before the first instruction
    assert f"main.rs:{line}" in output and "Breakpoint 1, seed_kernel::_start" in output
    rips = [int(text.split()[1], 16) for text in output.splitlines() if text.startswith("rip ")]
    at_break, after_steps, after_write, before_write, back_at_break = rips[1:]
    assert after_steps > at_break
    # long mode: paging and protection on, EFER.LME and LMA set
    cr0 = next(t for t in output.splitlines() if t.startswith("cr0"))
    efer = next(t for t in output.splitlines() if t.startswith("efer"))
    assert int(cr0.split()[1], 16) & 0x8000_0001 == 0x8000_0001
    assert int(efer.split()[1], 16) & 0x500 == 0x500
    assert "0x0000000000000000" in output  # the cursor, zero before anything is written
    assert "Hardware watchpoint 2: seed_kernel::vga::CURSOR" in output
    assert "Old value" in output and "New value" in output
    assert before_write < after_write  # reverse-stepi went back over the store
    assert back_at_break == at_break  # reverse-continue: back to the breakpoint
    assert "instructions; history from 0" in output
    assert "gdb killed the guest" in stderr
    assert process.returncode == 0


@needs_gdb
def test_gdb_reverse_step_reverse_finish_and_the_monitor_views(seed_kernel: Path) -> None:
    with _longmode_gdb(seed_kernel) as (process, port):
        output = _gdb(
            seed_kernel,
            port,
            [
                "break seed_kernel::vga::Writer::write_byte",
                "continue",
                "bt",
                "next",
                "next",
                "info registers rip",
                "delete",
                "reverse-step",
                "info registers rip",
                "reverse-finish",
                "info registers rip",
                "monitor tlb",
                "monitor gdt",
                "monitor pagewalk 0x100000",
                "monitor faults",
                "monitor frobnicate",
                "kill",
            ],
        )
        process.communicate(timeout=60)
    lines = output.splitlines()
    # gdb's own backtrace, through our memory reads and its .debug_frame unwinder
    caller = next(text for text in lines if text.startswith("#1  0x"))
    return_address = int(caller.split()[1], 16)
    assert "in seed_kernel::_start () at src/main.rs:" in output
    rips = [int(text.split()[1], 16) for text in lines if text.startswith("rip ")]
    after_nexts, after_reverse_step, after_reverse_finish = rips
    assert after_reverse_step < after_nexts  # back one source line, inside write_byte
    assert "write_byte+" in next(t for t in lines if t.startswith("rip ") and "write_byte" in t)
    # reverse-finish: back out of write_byte, onto the call in its caller (5-byte call rel32)
    assert after_reverse_finish == return_address - 5
    assert "0x0000000000000000-0x0000000100000000 → 0x0 (4 GiB) rwx supervisor" in output
    assert "  0x0008: 64-bit code, DPL 0, raw 0x00af9a000000ffff" in output
    assert "PML4[0x0] at 0x" in output and "0x100000 -> physical 0x100000" in output
    assert "the guest has taken no exception yet" in output
    assert "unknown monitor command 'frobnicate': try 'monitor help'" in output


def _spin_image(tmp_path: Path) -> Path:
    """A boot sector that counts in a loop forever."""
    code = assemble("bits 16\norg 0x7C00\n    cli\nspin:\n    inc ax\n    jmp spin\n")
    image = tmp_path / "spin.img"
    image.write_bytes(code.ljust(510, b"\0") + b"\x55\xaa")
    return image


class _Client:
    """A raw GDB remote-protocol client."""

    def __init__(self, port: int) -> None:
        self.sock = socket.create_connection(("127.0.0.1", port), timeout=30)
        self.buffer = b""

    def send_raw(self, data: bytes) -> None:
        self.sock.sendall(data)

    def send(self, payload: str) -> None:
        data = payload.encode()
        self.sock.sendall(b"$" + data + b"#" + f"{sum(data) % 256:02x}".encode())

    def read(self, count: int = 1) -> bytes:
        while len(self.buffer) < count:
            chunk = self.sock.recv(4096)
            assert chunk, "the stub closed the connection"
            self.buffer += chunk
        data, self.buffer = self.buffer[:count], self.buffer[count:]
        return data

    def reply(self) -> str:
        """The next packet (acknowledged), skipping acks and console output."""
        while True:
            while self.read() != b"$":
                pass
            payload = b""
            while (byte := self.read()) != b"#":
                payload += byte
            self.read(2)
            self.sock.sendall(b"+")
            if not payload.startswith(b"O") or payload == b"OK":
                return payload.decode()

    def ask(self, payload: str) -> str:
        self.send(payload)
        assert self.read() == b"+"
        return self.reply()


def test_the_stub_answers_bad_packets_and_survives_a_vanishing_client(tmp_path: Path) -> None:
    with _longmode_gdb(_spin_image(tmp_path)) as (process, port):
        client = _Client(port)
        client.send_raw(b"$g#00")  # a wrong checksum: not acknowledged
        assert client.read() == b"-"
        assert client.ask("?").startswith("T05")
        # QEMU's x86-64 layout: GPRs, RIP, EFLAGS, selectors, FS/GS/KernelGS base,
        # CR0/2/3/4/8 and EFER, x87, XMM, MXCSR: the 608 bytes gdb expects of it
        assert len(client.ask("g")) == 2 * 608
        assert client.ask("mzz,4") == "E22"  # not an address
        assert client.ask("m0,zz") == "E22"
        assert client.ask("qNoSuchThing") == ""
        assert client.ask("p7fff") == "E22"  # no such register
        assert client.ask("m7c00,4") == _spin_image(tmp_path).read_bytes()[:4].hex()
        assert client.ask("s").startswith("T05")
        client.send("vCont;c")  # runs until Ctrl-C
        assert client.read() == b"+"
        time.sleep(0.3)
        client.send_raw(b"\x03")
        assert client.reply().startswith("T02")
        assert client.ask("s").startswith("T05")  # and it goes on from there
        client.sock.close()  # without detaching
        _, stderr = process.communicate(timeout=60)
    assert "gdb went away" in stderr
    assert process.returncode == 0


def test_a_port_in_use_is_a_clear_error(tmp_path: Path) -> None:
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        done = subprocess.run(
            [*RUN, str(_spin_image(tmp_path)), "--gdb", str(port), "--display", "none"],
            capture_output=True,
            text=True,
            timeout=60,
        )
    assert done.returncode == 2
    assert f"--gdb 127.0.0.1:{port}: cannot listen there" in done.stderr
    assert "Traceback" not in done.stderr


@pytest.mark.parametrize(
    ("value", "message"),
    [("70000", "from 1 to 65535"), ("host:", "from 1 to 65535"), ("12345 --fast", "")],
)
def test_gdb_option_values_are_checked(tmp_path: Path, value: str, message: str) -> None:
    words = value.split()
    done = subprocess.run(
        [*RUN, str(_spin_image(tmp_path)), "--gdb", *words],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 2
    assert (message or "needs the deterministic mode") in done.stderr


@needs_gdb
def test_with_qemu_the_option_goes_to_qemus_own_stub(tmp_path: Path) -> None:
    if shutil.which("qemu-system-x86_64") is None:
        pytest.skip("needs qemu-system-x86_64")
    code = assemble("bits 16\norg 0x7C00\n    cli\n    mov al, 0x10\n    out 0xF4, al\n    hlt\n")
    image = tmp_path / "exit.img"
    image.write_bytes(code.ljust(510, b"\0") + b"\x55\xaa")
    port = _free_port()
    process = subprocess.Popen(
        [*RUN, str(image), "--qemu", "--gdb", str(port), "--display", "none", "--timeout", "60"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        output = ""
        for _ in range(50):  # QEMU takes a moment to listen
            assert GDB is not None
            commands = [f"target remote 127.0.0.1:{port}", "break *0x7c00", "continue"]
            commands += ["info registers rip", "continue"]
            done = subprocess.run(
                [GDB, "-nx", "-batch", *(word for c in commands for word in ("-ex", c))],
                capture_output=True,
                text=True,
                timeout=60,
            )
            output = done.stdout + done.stderr
            if "Connection refused" not in output:
                break
            time.sleep(0.2)
        _, stderr = process.communicate(timeout=60)
    finally:
        if process.poll() is None:
            process.kill()
    assert "0x7c00" in output and "Breakpoint 1" in output, output
    assert "QEMU: the guest exited with status 33" in stderr
    assert process.returncode == 33
