"""`longmode run`'s input and display as a user meets them: --keys typed when the
kernel is ready for them (and the same in QEMU), COM1's output kept in view under
the live screen, an interactive terminal's bytes paced at COM1's line rate and the
terminal in raw mode for the run, given back however it ends."""

from __future__ import annotations

import contextlib
import fcntl
import io
import os
import pty
import re
import select
import shutil
import signal
import struct
import subprocess
import sys
import termios
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from longmode.machine.devices import scancodes
from longmode.run import RunOptions, run
from longmode.run.terminal import RULE, SCREEN_ROWS, LiveScreen, raw_terminal

from support import LD, NASM, ROOT, nasm_kernel, run_longmode

pytestmark = pytest.mark.skipif(
    NASM is None or LD is None, reason="needs nasm and GNU ld (installed by scripts/setup.sh)"
)
QEMU = shutil.which("qemu-system-x86_64")

#: Each scan code the kernel gets goes to COM1 as two hex digits and a space; after
#: {count} of them a newline, and isa-debug-exit (status 33).
HEX_OUT = """
hex:                                ; al: the byte
    push rax
    shr al, 4
    call digit
    pop rax
    and al, 0x0F
    call digit
    mov al, ' '
    jmp putc
digit:
    add al, '0'
    cmp al, '9'
    jbe putc
    add al, 'a' - '0' - 10
putc:
    mov dx, 0x3F8
    out dx, al
    ret
done:
    mov al, 10
    call putc
    mov al, 0x10
    out 0xF4, al
    cli
    hlt
"""

#: Polls the 8042 (after spinning {spin} times and emptying its output buffer).
POLLING = (
    """bits 64
global _start
section .text
_start:
    mov ecx, {spin}
.spin:
    dec ecx
    jnz .spin
.flush:
    in al, 0x64
    test al, 1
    jz .flushed
    in al, 0x60
    jmp .flush
.flushed:
    mov ebx, {count}
.next:
    in al, 0x64
    test al, 1
    jz .next
    in al, 0x60
    call hex
    dec ebx
    jnz .next
    jmp done
"""
    + HEX_OUT
)

#: IRQ1 at vector 0x21 (the 8259s remapped), only IRQ1 unmasked, `sti`, `hlt` until
#: {count} scan codes have come.
INTERRUPTS = (
    """bits 64
global _start
section .text
_start:
    mov rdi, idt + 0x21 * 16
    mov rax, keyboard
    mov [rdi], ax
    mov word [rdi + 2], 0x08
    mov word [rdi + 4], 0x8E00      ; present, DPL 0, interrupt gate
    shr rax, 16
    mov [rdi + 6], ax
    shr rax, 16
    mov [rdi + 8], eax
    lidt [idtr]
    mov al, 0x11                    ; ICW1
    out 0x20, al
    out 0xA0, al
    mov al, 0x20                    ; ICW2: vectors 0x20 / 0x28
    out 0x21, al
    mov al, 0x28
    out 0xA1, al
    mov al, 4
    out 0x21, al
    mov al, 2
    out 0xA1, al
    mov al, 1
    out 0x21, al
    out 0xA1, al
    mov al, 0xFD                    ; only IRQ1
    out 0x21, al
    mov al, 0xFF
    out 0xA1, al
    sti
.wait:
    hlt
    cmp dword [received], {count}
    jb .wait
    jmp done
keyboard:
    push rax
    push rdx
    in al, 0x60
    call hex
    inc dword [received]
    mov al, 0x20
    out 0x20, al
    pop rdx
    pop rax
    iretq
"""
    + HEX_OUT
    + """
section .data
align 16
idt: times 256 * 16 db 0
idtr:
    dw 256 * 16 - 1
    dq idt
received: dd 0
"""
)

KERNELS = {
    "polling": lambda count: POLLING.format(spin=1, count=count),
    "interrupts": lambda count: INTERRUPTS.format(count=count),
    # spins ~40 ms of virtual time, then empties the 8042 and polls
    "listens late": lambda count: POLLING.format(spin=20_000_000, count=count),
}
TEXT = "Hi, QEMU 5!\n"


def expected_hex(text: str) -> str:
    codes = b"".join(scancodes.scancodes(key, down) for key, down in scancodes.keystrokes(text))
    return "".join(f"{code:02x} " for code in codes) + "\n"


def key_count(text: str) -> int:
    return len(expected_hex(text)) // 3


@pytest.fixture(scope="module")
def key_kernels(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    directory = tmp_path_factory.mktemp("key-kernels")
    count = key_count(TEXT)
    return {
        name: nasm_kernel(directory, name.replace(" ", "-"), source(count))
        for name, source in KERNELS.items()
    }


def run_in_process(
    capfdbinary: pytest.CaptureFixture[bytes], **options: object
) -> tuple[int, str, str]:
    status = run(RunOptions(display="none", timeout=60, **options))  # type: ignore[arg-type]
    out, err = capfdbinary.readouterr()
    return status, out.decode(), err.decode()


# --- --keys -------------------------------------------------------------------------


def test_keys_at_defaults_to_zero_not_before_power_on() -> None:
    assert RunOptions(Path("k")).keys_at == 0.0


@pytest.mark.parametrize("kernel", list(KERNELS))
def test_every_key_reaches_the_kernel_in_order(
    key_kernels: dict[str, Path], kernel: str, capfdbinary: pytest.CaptureFixture[bytes]
) -> None:
    # Typed from power-on, the keys wait for the kernel: the BIOS's IRQ1 handler and
    # the loader's A20 code, which read the 8042 before, get none of them.
    status, out, err = run_in_process(capfdbinary, target=key_kernels[kernel], keys=TEXT)
    assert status == 33, err
    assert out == expected_hex(TEXT)


def test_keys_come_no_sooner_than_keys_at(
    tmp_path: Path, capfdbinary: pytest.CaptureFixture[bytes]
) -> None:
    # The first scan code comes after RDTSC (virtual ns) passes 50 ms: 'L', else 'E'.
    kernel = nasm_kernel(
        tmp_path,
        "when",
        """bits 64
global _start
section .text
_start:
    in al, 0x64
    test al, 1
    jz _start
    rdtsc
    shl rdx, 32
    or rax, rdx
    cmp rax, 50000000
    mov al, 'E'
    jb .say
    mov al, 'L'
.say:
    mov dx, 0x3F8
    out dx, al
    mov al, 0x10
    out 0xF4, al
""",
    )
    assert run_in_process(capfdbinary, target=kernel, keys="a")[1] == "E"
    assert run_in_process(capfdbinary, target=kernel, keys="a", keys_at=0.05)[1] == "L"


@pytest.mark.skipif(QEMU is None, reason="needs QEMU")
@pytest.mark.parametrize("kernel", list(KERNELS))
def test_qemu_gives_the_same_scan_codes(key_kernels: dict[str, Path], kernel: str) -> None:
    # QEMU cannot tell when the guest listens: --keys-at 1 types them once the kernel
    # has long started (QMP send-key, wall-clock time).
    keys = ("--keys", TEXT.replace("\n", "\\n"), "--keys-at", "1", "--timeout", "30")
    qemu = run_longmode("run", key_kernels[kernel], "--qemu", *keys, "--display", "none")
    assert qemu.returncode == 33, qemu.stderr
    assert qemu.stdout == expected_hex(TEXT)


# --- the live screen ----------------------------------------------------------------


class Vt:
    """The part of a VT100 that the live display and COM1's output use: printable
    characters (auto-wrap on or off), CR, LF (scrolling inside the scroll region),
    CUP, EL, DECSTBM, DECSC/DECRC, SGR (ignored). Anything else fails the test, so
    an erase of the whole display cannot go unnoticed."""

    def __init__(self, columns: int, rows: int) -> None:
        self.columns, self.rows = columns, rows
        self.grid = [[" "] * columns for _ in range(rows)]
        self.row = self.column = 0
        self.top, self.bottom = 0, rows - 1
        self.saved = (0, 0)
        self.wrap = True

    def feed(self, text: str) -> None:
        pattern = re.compile(r"\x1b\[(\??)([\d;]*)([A-Za-z])|\x1b([78])|([\r\n])|([^\x1b\r\n])")
        position = 0
        while position < len(text):
            match = pattern.match(text, position)
            assert match is not None, f"unexpected sequence {text[position : position + 8]!r}"
            position = match.end()
            private, params, final, esc, control, char = match.groups()
            if char is not None:
                self._put(char)
            elif control == "\r":
                self.column = 0
            elif control == "\n":
                self._line_feed()
            elif esc == "7":
                self.saved = (self.row, self.column)
            elif esc == "8":
                self.row, self.column = self.saved
            else:
                self._csi(private, [int(p) for p in params.split(";") if p], final)

    def _csi(self, private: str, params: list[int], final: str) -> None:
        if private:
            assert final in "hl" and params == [7], (private, params, final)
            self.wrap = final == "h"
        elif final == "H":
            row, column = [*params, 1, 1][:2]
            self.row, self.column = row - 1, column - 1
        elif final == "K":
            assert params in ([], [0])
            self.grid[self.row][self.column :] = [" "] * (self.columns - self.column)
        elif final == "r":
            top, bottom = [*params, 1, self.rows][:2] if params else (1, self.rows)
            self.top, self.bottom = top - 1, bottom - 1
            self.row = self.column = 0
        else:
            assert final == "m", f"unexpected CSI {params} {final}"

    def _put(self, char: str) -> None:
        if self.column >= self.columns:
            if not self.wrap:
                self.column = self.columns - 1
            else:
                self.column = 0
                self._line_feed()
        self.grid[self.row][self.column] = char
        self.column += 1

    def _line_feed(self) -> None:
        if self.row == self.bottom:
            del self.grid[self.top]
            self.grid.insert(self.bottom, [" "] * self.columns)
        elif self.row < self.rows - 1:
            self.row += 1

    def lines(self) -> list[str]:
        return ["".join(row).rstrip() for row in self.grid]


@contextlib.contextmanager
def terminal(columns: int = 100, rows: int = 40) -> Iterator[tuple[int, int]]:
    """A pseudo-terminal of that size: (master, slave)."""
    master, slave = pty.openpty()
    fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", rows, columns, 0, 0))
    try:
        yield master, slave
    finally:
        os.close(master)
        with contextlib.suppress(OSError):
            os.close(slave)


def read_all(master: int, process: subprocess.Popen[bytes], wait: float = 120) -> bytes:
    """Everything written to the terminal until the process ends."""
    data = bytearray()
    deadline = time.monotonic() + wait
    while time.monotonic() < deadline:
        ready, _, _ = select.select([master], [], [], 0.05)
        if ready:
            try:
                chunk = os.read(master, 65536)
            except OSError:
                break
            data += chunk
        elif process.poll() is not None:
            break
    return bytes(data)


def test_live_screen_keeps_serial_output_below_it_in_a_terminal(tmp_path: Path) -> None:
    # Five COM1 lines, the screen changed, ~0.3 s of spinning (redraws), five more.
    kernel = nasm_kernel(
        tmp_path,
        "lines",
        """bits 64
global _start
section .text
_start:
    xor ebx, ebx
.line:
    mov dx, 0x3F8
    mov al, 'L'
    out dx, al
    lea eax, [rbx + '0']
    out dx, al
    mov al, 10
    out dx, al
    lea eax, [rbx + 0x0700 + '0']
    mov [0xB8000 + 12], ax          ; the screen: "S<n>" at row 0, column 6
    mov word [0xB8000 + 10], 0x0753
    inc ebx
    cmp ebx, 5
    jne .next
    mov ecx, 30000000
.spin:
    dec ecx
    jnz .spin
.next:
    cmp ebx, 10
    jb .line
    mov al, 0x10
    out 0xF4, al
""",
    )
    with terminal() as (master, slave):
        process = subprocess.Popen(
            [sys.executable, "-m", "longmode", "run", kernel, "--display", "terminal"],
            stdin=subprocess.DEVNULL,
            stdout=slave,
            stderr=slave,
            cwd=ROOT,
        )
        output = read_all(master, process)
        assert process.wait(60) == 33
    vt = Vt(100, 40)
    vt.feed(output.decode())
    lines = vt.lines()
    assert lines[0].startswith("     S9")  # the screen at the end, on top
    assert lines[SCREEN_ROWS] == re.sub(r"\x1b\[\d*m", "", RULE)
    below = lines[SCREEN_ROWS + 1 :]
    serial = [f"L{n}" for n in range(10)]
    report = "longmode run: the guest exited with status 33"
    assert [line for line in below if line] == [*serial, report]


def test_live_screen_on_a_stream_that_is_no_terminal_erases_nothing() -> None:
    out = io.StringIO()
    screens = iter(["first", "second", "second"])
    live = LiveScreen(lambda: next(screens), out)
    live.start()
    live.draw(force=True)
    out.write("serial\n")
    live.draw(force=True)
    live.draw()  # too soon after the last one: nothing
    live.close()
    assert out.getvalue() == "\nfirst\nserial\n\nsecond\n"


# --- COM1 from an interactive terminal ---------------------------------------------

#: Sets COM1 to 115200 baud 8N1 without FIFOs, echoes what it gets; after {count}
#: bytes exits (status 33) — or never, with count 0.
ECHO = """bits 64
global _start
section .text
_start:
    mov dx, 0x3FB
    mov al, 0x80
    out dx, al
    mov dx, 0x3F8
    mov al, 1
    out dx, al
    inc dx
    xor al, al
    out dx, al
    mov dx, 0x3FB
    mov al, 0x03
    out dx, al
    mov dx, 0x3FA
    xor al, al
    out dx, al
    mov ebx, {count}
.next:
    mov dx, 0x3FD
.wait:
    in al, dx
    test al, 1
    jz .wait
    mov dx, 0x3F8
    in al, dx
    out dx, al
    dec ebx
    jnz .next
    mov al, 0x10
    out 0xF4, al
"""


def _controlling_terminal() -> None:
    """In the child, after setsid: stdin (the slave) becomes its controlling terminal,
    so Ctrl-C typed there is SIGINT to it, as in a shell."""
    fcntl.ioctl(0, termios.TIOCSCTTY, 0)


def start_on_terminal(kernel: Path, slave: int) -> subprocess.Popen[bytes]:
    return subprocess.Popen(
        [sys.executable, "-m", "longmode", "run", kernel, "--display", "none"],
        stdin=slave,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        start_new_session=True,
        preexec_fn=_controlling_terminal,
        cwd=ROOT,
    )


def wait_for_raw_mode(slave: int, process: subprocess.Popen[bytes]) -> None:
    deadline = time.monotonic() + 60
    while termios.tcgetattr(slave)[3] & termios.ICANON:
        assert process.poll() is None, process.communicate()
        assert time.monotonic() < deadline, "the terminal never went to raw mode"
        time.sleep(0.02)


def test_bytes_typed_on_the_terminal_reach_a_kernel_without_fifo_whole_and_unechoed(
    tmp_path: Path,
) -> None:
    typed = bytes(range(0x21, 0x21 + 100))  # no control characters: none is a signal
    kernel = nasm_kernel(tmp_path, "echo", ECHO.format(count=len(typed)))
    with terminal() as (master, slave):
        before = termios.tcgetattr(slave)
        process = start_on_terminal(kernel, slave)
        wait_for_raw_mode(slave, process)
        os.write(master, typed)  # no newline: raw mode passes it on at once
        out, err = process.communicate(timeout=120)
        assert process.returncode == 33, err
        assert out == typed
        assert termios.tcgetattr(slave) == before
        ready, _, _ = select.select([master], [], [], 0.1)
        assert not ready  # no echo


@pytest.mark.parametrize("how", ["Ctrl-C", "SIGTERM"])
def test_terminal_attributes_come_back_when_a_signal_ends_the_run(tmp_path: Path, how: str) -> None:
    kernel = nasm_kernel(tmp_path, "forever", ECHO.format(count=0))
    with terminal() as (master, slave):
        before = termios.tcgetattr(slave)
        process = start_on_terminal(kernel, slave)
        wait_for_raw_mode(slave, process)
        if how == "Ctrl-C":
            os.write(master, b"\x03")  # ISIG is kept: the terminal sends SIGINT
        else:
            process.send_signal(signal.SIGTERM)
        _, err = process.communicate(timeout=60)
        assert process.returncode == (130 if how == "Ctrl-C" else 143), err
        assert termios.tcgetattr(slave) == before


#: A job-control shell in miniature: the session leader with the terminal, it runs
#: the command in a process group of its own in the foreground (so Ctrl-Z stops it:
#: stop signals do nothing to an orphaned process group) and waits for its end.
SHELL = """
import fcntl, os, signal, sys, termios
os.setsid()
fcntl.ioctl(0, termios.TIOCSCTTY, 0)
signal.signal(signal.SIGTTOU, signal.SIG_IGN)
pid = os.fork()
if pid == 0:
    os.setpgid(0, 0)
    os.tcsetpgrp(0, os.getpgrp())
    signal.signal(signal.SIGTTOU, signal.SIG_DFL)
    os.execvp(sys.argv[1], sys.argv[1:])
os.setpgid(pid, pid)
print(pid, flush=True)
while True:
    _, status = os.waitpid(pid, os.WUNTRACED | os.WCONTINUED)
    if not (os.WIFSTOPPED(status) or os.WIFCONTINUED(status)):
        sys.exit(os.waitstatus_to_exitcode(status) & 0xFF)
"""


def test_ctrl_z_gives_the_terminal_back_while_stopped_and_fg_makes_it_raw_again(
    tmp_path: Path,
) -> None:
    kernel = nasm_kernel(tmp_path, "forever", ECHO.format(count=0))
    command = [sys.executable, "-m", "longmode", "run", str(kernel), "--display", "none"]
    with terminal() as (master, slave):
        before = termios.tcgetattr(slave)
        shell = subprocess.Popen(
            [sys.executable, "-c", SHELL, *command],
            stdin=slave,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            cwd=ROOT,
        )
        assert shell.stdout is not None
        job = int(shell.stdout.readline())
        wait_for_raw_mode(slave, shell)
        os.write(master, b"\x1a")  # Ctrl-Z
        deadline = time.monotonic() + 30
        while Path(f"/proc/{job}/stat").read_text().split()[2] != "T":
            assert time.monotonic() < deadline, "Ctrl-Z did not stop the run"
            time.sleep(0.02)
        assert termios.tcgetattr(slave) == before
        os.kill(job, signal.SIGCONT)  # what `fg` does, the job still in the foreground
        wait_for_raw_mode(slave, shell)
        os.write(master, b"\x03")
        _, err = shell.communicate(timeout=60)
        assert shell.returncode == 130, err
        assert termios.tcgetattr(slave) == before


def test_raw_terminal_gives_the_attributes_back_after_an_error() -> None:
    with terminal() as (_, slave):
        before = termios.tcgetattr(slave)
        with pytest.raises(RuntimeError), raw_terminal(slave) as changed:
            assert changed
            raw = termios.tcgetattr(slave)
            assert not raw[3] & (termios.ICANON | termios.ECHO)
            assert raw[3] & termios.ISIG  # Ctrl-C still ends the run
            assert not raw[0] & termios.ICRNL  # Enter comes as CR, as on a serial line
            raise RuntimeError("the run failed")
        assert termios.tcgetattr(slave) == before


def test_raw_terminal_leaves_a_file_that_is_no_terminal_alone(tmp_path: Path) -> None:
    with (tmp_path / "input").open("w") as file, raw_terminal(file.fileno()) as changed:
        assert not changed
