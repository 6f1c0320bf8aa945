"""The server process (`longmode server serve`) and the `longmode server start|stop|
status` commands.

The server warms up once (:func:`warm_up`: the modules of every served command,
unicorn's probes, the loader's assembled stages, one boot of a one-instruction
disk), binds its socket and then, for each request (see
:mod:`longmode.server.client`), forks a child that takes over the caller's
standard streams, working directory, environment and umask and runs
:func:`longmode.cli.main` on the caller's arguments. The server itself runs no
command: a child's crash or its state can never reach the next one.

The command line's ``main`` is handed to :func:`serve` by the `longmode server`
subcommand (this package is below the command line, not beside it).
"""

from __future__ import annotations

import contextlib
import gc
import marshal
import os
import signal
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from longmode import server
from longmode.errors import LongmodeError

#: The longest request the server reads (an environment of a few hundred KiB).
MAX_REQUEST = 4 << 20
#: How long a connecting client may take to send its request (seconds).
REQUEST_TIMEOUT = 5.0
#: How long `longmode server start` waits for a new server to answer (seconds).
START_TIMEOUT = 60.0
#: Assembled at warm-up, so that the ELF writer's code and tables are loaded too.
ELF_SAMPLE = """bits 64
global _start
section .text
_start: mov rax, [rel value]
section .data
value: dq 1
"""


# --- the commands ------------------------------------------------------------------


def start(path: str, idle: float) -> int:
    """`longmode server start`: a server in the background, answering once this
    returns (LongmodeError if it cannot be started)."""
    directory = os.path.dirname(path) or "."
    try:
        os.makedirs(directory, mode=0o700, exist_ok=True)
    except OSError as error:
        raise LongmodeError(
            f"{directory}: cannot make the socket's folder: {error.strerror}"
        ) from None
    _check_private(path)
    running = ask(path, "status")
    if running is not None:
        print(f"longmode server: already running at {path} (process {running['pid']})")
        return 0
    log_path = os.path.join(directory, "server.log")
    with open(log_path, "ab") as log:
        process = subprocess.Popen(
            [sys.executable, "-m", "longmode", "server", "serve", "--socket", path,
             "--idle", repr(idle)],
            stdin=subprocess.DEVNULL,
            stdout=log,
            stderr=log,
            start_new_session=True,
            close_fds=True,
        )  # fmt: skip
    deadline = time.monotonic() + START_TIMEOUT
    while time.monotonic() < deadline:
        answer = ask(path, "status")
        if answer is not None and answer["pid"] == process.pid:
            print(f"longmode server: ready at {path} (process {process.pid})")
            return 0
        if process.poll() is not None:
            raise LongmodeError(
                f"the server ended at start with exit status {process.returncode}; "
                f"its log is {log_path}"
            )
        time.sleep(0.02)
    process.terminate()
    raise LongmodeError(f"the server did not answer within {START_TIMEOUT:g} s; see {log_path}")


def stop(path: str) -> int:
    """`longmode server stop`: 0 when a server stopped, 1 when none was running."""
    answer = ask(path, "stop")
    if answer is None:
        print(f"longmode server: none running at {path}")
        return 1
    print(f"longmode server: stopped (process {answer['pid']})")
    return 0


def status(path: str) -> int:
    """`longmode server status`: 0 and what it is doing when one runs, else 1."""
    answer = ask(path, "status")
    if answer is None:
        print(f"longmode server: none running at {path}")
        return 1
    idle = answer["idle"]
    print(
        f"longmode server: process {answer['pid']} at {path}, up {answer['up']:.0f} s, "
        f"{answer['served']} command(s) served, {answer['running']} running; longmode from "
        f"{answer['root']}; ends after "
        + (f"{idle:g} s without a command" if idle else "`longmode server stop` only")
    )
    return 0


def ask(path: str, control: str) -> dict[str, Any] | None:
    """A control request's answer; None when no server answers at ``path``."""
    if not os.path.exists(path) or not server.private_directory(path):
        return None
    with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as connection:
        connection.settimeout(REQUEST_TIMEOUT)
        try:
            connection.connect(path)
            _send(connection, {"protocol": server.PROTOCOL, "control": control})
            reply = _receive_all(connection)
        except OSError:
            return None
    try:
        answer = marshal.loads(reply)
    except (EOFError, ValueError, TypeError):
        return None
    return answer if isinstance(answer, dict) else None


def _check_private(path: str) -> None:
    if not server.private_directory(path):
        raise LongmodeError(
            f"{os.path.dirname(path)}: the server's socket folder must belong to you alone "
            "(yours, a real folder, mode 700); fix it or give another path in "
            f"{server.ENV_SOCKET}"
        )


# --- the server ----------------------------------------------------------------------


@dataclass
class _State:
    path: str
    idle: float
    root: str
    stamp: int
    #: The socket file's inode: at the end it is removed only if it is still this one.
    inode: int = 0
    started: float = field(default_factory=time.monotonic)
    last: float = field(default_factory=time.monotonic)
    served: int = 0
    children: set[int] = field(default_factory=set)


#: The command line's entry: arguments in, exit status out.
Main = Callable[[list[str]], int]


def serve(path: str, idle: float, main: Main) -> int:
    """`longmode server serve`: warms up, then runs commands with ``main`` until
    stopped, idle or stale."""
    _check_private(path)
    if ask(path, "status") is not None:
        raise LongmodeError(f"{path}: a server is already running there")
    warm_up()
    root = server.package_root()
    state = _State(path, idle, root, files_stamp(root))
    listener = _listen(path)
    state.inode = os.stat(path).st_ino
    stopping = threading.Event()
    signal.signal(signal.SIGTERM, lambda signum, frame: stopping.set())
    signal.signal(signal.SIGHUP, lambda signum, frame: stopping.set())
    gc.collect()
    gc.freeze()  # the warm objects stay shared with the children (no copy on write by gc)
    try:
        while not stopping.is_set():
            _reap(state)
            if idle and time.monotonic() - state.last > idle and not state.children:
                print(f"longmode server: idle for {idle:g} s, stopping", flush=True)
                break
            try:
                connection, _ = listener.accept()
            except TimeoutError:
                continue
            except InterruptedError:
                continue
            with connection:
                if not _handle(connection, listener, state, main):
                    break
    finally:
        listener.close()
        try:
            if os.stat(path).st_ino == state.inode:
                os.unlink(path)
        except OSError:
            pass
    return 0


def warm_up() -> None:
    """Everything a served command would otherwise load or compute first: the modules
    of every served command, unicorn and its probes, the assembler's lazily built
    tables (the loader's two stages assembled as flat binaries, a sample as an ELF
    object), the image builder's cached stages, and one boot of a disk whose boot
    sector exits at once."""
    import longmode.asm.cli
    import longmode.boot.cli
    import longmode.check
    import longmode.debug.explain
    import longmode.debug.redzone
    import longmode.run.command
    import longmode.run.ours
    import longmode.testing.runner
    import longmode.testing.suite
    from longmode.asm import assemble
    from longmode.boot import image
    from longmode.boot.image import assemble_stage
    from longmode.machine.machine import Machine

    del longmode
    stages = Path(image.__file__).parent
    for name in ("stage1.asm", "stage2.asm"):
        assemble((stages / name).read_text(), filename=str(stages / name),
                 include_paths=[str(stages)], defines=image.asm_defines())  # fmt: skip
    assemble(ELF_SAMPLE, fmt="elf64")
    assemble_stage("stage1.asm")
    assemble_stage("stage2.asm")
    # mov al, 10h; out 0F4h, al (isa-debug-exit); hlt
    sector = b"\xb0\x10\xe6\xf4\xf4".ljust(510, b"\0") + b"\x55\xaa"
    machine = Machine(memory="32M", disk=sector, on_serial=lambda byte: None)
    machine.run()


def files_stamp(root: str) -> int:
    """A number that changes when a file of longmode's package does (its name, size
    or modification time)."""
    entries = []
    for directory, folders, files in os.walk(root):
        folders[:] = [name for name in folders if name != "__pycache__"]
        for name in files:
            try:
                status = os.stat(os.path.join(directory, name))
            except OSError:  # gone while we looked: changed all the same
                entries.append((directory, name, -1, -1))
                continue
            entries.append((directory, name, status.st_size, status.st_mtime_ns))
    return hash(tuple(sorted(entries)))


def _listen(path: str) -> socket.socket:
    if os.path.lexists(path):
        os.unlink(path)  # no server answered there: a dead one's socket
    listener = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    listener.bind(path)
    os.chmod(path, 0o600)
    listener.listen(64)
    listener.settimeout(1.0)
    return listener


def _reap(state: _State) -> None:
    for pid in list(state.children):
        try:
            done, _ = os.waitpid(pid, os.WNOHANG)
        except ChildProcessError:
            done = pid
        if done:
            state.children.discard(pid)
            state.last = time.monotonic()


def _handle(connection: socket.socket, listener: socket.socket, state: _State, main: Main) -> bool:
    """Answers one connection; False when the server should stop."""
    connection.settimeout(REQUEST_TIMEOUT)
    try:
        request, fds = _receive_request(connection)
    except (OSError, ValueError, EOFError, TypeError):
        return True
    try:
        if not isinstance(request, dict) or request.get("protocol") != server.PROTOCOL:
            _refuse(connection, "another longmode version")
            return True
        control = request.get("control")
        if control is not None:
            return _control(connection, control, state)
        if len(fds) != 3:
            _refuse(connection, "no standard streams")
            return True
        if request.get("root") != state.root or request.get("python") != server.interpreter():
            _refuse(connection, "another longmode installation")
            return True
        if files_stamp(state.root) != state.stamp:
            _refuse(connection, "longmode's files changed since the server started")
            print("longmode server: longmode's files changed; stopping", flush=True)
            return False
        pid = os.fork()
        if pid == 0:
            _child(connection, listener, fds, request, main)  # never returns
        state.children.add(pid)
        state.served += 1
        state.last = time.monotonic()
        return True
    finally:
        for fd in fds:
            os.close(fd)


def _control(connection: socket.socket, control: object, state: _State) -> bool:
    _reap(state)
    now = time.monotonic()
    answer = {
        "pid": os.getpid(),
        "up": now - state.started,
        "served": state.served,
        "running": len(state.children),
        "root": state.root,
        "idle": state.idle,
    }
    connection.sendall(marshal.dumps(answer))
    return control != "stop"


def _refuse(connection: socket.socket, reason: str) -> None:
    """Tells the client to run the command itself (it shows nothing); the reason goes
    to the server's log."""
    print(f"longmode server: a command runs in its own process: {reason}", flush=True)
    connection.sendall(b"R" + (0).to_bytes(4, "little"))


def _send(connection: socket.socket, message: dict[str, Any]) -> None:
    payload = marshal.dumps(message)
    connection.sendall(len(payload).to_bytes(4, "little") + payload)


def _receive_all(connection: socket.socket) -> bytes:
    chunks = []
    while chunk := connection.recv(65536):
        chunks.append(chunk)
    return b"".join(chunks)


def _receive_request(connection: socket.socket) -> tuple[object, list[int]]:
    """The request and the file descriptors that came with it."""
    fds: list[int] = []
    data = b""
    size = None
    while size is None or len(data) < size + 4:
        chunk, ancillary, _, _ = connection.recvmsg(65536, socket.CMSG_SPACE(4 * 3))
        for level, kind, payload in ancillary:
            if level == socket.SOL_SOCKET and kind == socket.SCM_RIGHTS:
                usable = len(payload) - len(payload) % 4
                fds += [int.from_bytes(payload[i : i + 4], sys.byteorder, signed=True)
                        for i in range(0, usable, 4)]  # fmt: skip
        if not chunk:
            for fd in fds:
                os.close(fd)
            raise EOFError("the client left before its request was whole")
        data += chunk
        if size is None and len(data) >= 4:
            size = int.from_bytes(data[:4], "little")
            if size > MAX_REQUEST:
                for fd in fds:
                    os.close(fd)
                raise ValueError("request too large")
    return marshal.loads(data[4 : 4 + size]), fds


# --- a child: one command --------------------------------------------------------------


def _child(
    connection: socket.socket,
    listener: socket.socket,
    fds: list[int],
    request: dict[str, Any],
    main: Main,
) -> None:
    """Runs the request's command as the caller's process would, then reports its
    exit status and ends (never returns)."""
    status = 70
    try:
        listener.close()
        signal.signal(signal.SIGTERM, signal.SIG_DFL)
        signal.signal(signal.SIGHUP, signal.SIG_DFL)
        signal.signal(signal.SIGINT, signal.default_int_handler)
        try:
            os.chdir(request["cwd"])
        except OSError:
            _refuse(connection, "the working directory is gone")
            os._exit(0)
        for number, fd in enumerate(fds):
            os.dup2(fd, number)
        for fd in fds:
            if fd > 2:
                os.close(fd)
        os.environ.clear()
        os.environ.update(request["env"])
        os.umask(request["umask"])
        _standard_streams()
        connection.settimeout(None)
        connection.sendall(b"P" + os.getpid().to_bytes(4, "little", signed=True))
        threading.Thread(target=_relay_signals, args=(connection,), daemon=True).start()
        argv = list(request["argv"])
        sys.argv = ["longmode", *argv]
        try:
            status = main(argv)
        except SystemExit as leaving:  # argparse's usage errors and --help
            code = leaving.code
            status = code if isinstance(code, int) else (0 if code is None else 1)
    except BaseException:  # a child must report and end, whatever happened
        status = 70
    finally:
        for stream in (sys.stdout, sys.stderr):
            with contextlib.suppress(OSError, ValueError):
                stream.flush()
        with contextlib.suppress(OSError):
            connection.sendall(b"S" + status.to_bytes(4, "little", signed=True))
        os._exit(0)


def _standard_streams() -> None:
    """New ``sys.stdin``/``stdout``/``stderr`` on the caller's descriptors, buffered as
    Python buffers them in a process of its own (line by line on a terminal)."""
    encoding = sys.stdout.encoding or "utf-8"
    sys.stdin = open(0, encoding=encoding, closefd=False)  # noqa: SIM115
    sys.stdout = open(  # noqa: SIM115
        1, "w", encoding=encoding, closefd=False, buffering=1 if os.isatty(1) else -1
    )
    sys.stderr = open(  # noqa: SIM115
        2, "w", encoding=encoding, errors="backslashreplace", closefd=False, buffering=1
    )


def _relay_signals(connection: socket.socket) -> None:
    """Signals the caller got, sent on to this process; the caller gone: SIGHUP."""
    while True:
        message = b""
        try:
            while len(message) < 2 and (chunk := connection.recv(2 - len(message))):
                message += chunk
        except OSError:
            pass
        if len(message) < 2:
            os.kill(os.getpid(), signal.SIGHUP)
            return
        if message[:1] == b"K":
            os.kill(os.getpid(), message[1])
