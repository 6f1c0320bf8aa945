"""The `longmode` command's entry point: a command for a running server goes to it,
everything else to :func:`longmode.cli.main` in this process.

Kept to the modules Python has loaded anyway (plus ``_socket`` and ``marshal``),
so that a served command costs the interpreter's start and a round trip. The
request is one message: its length, then a marshalled dict (``protocol``;
``root``, this longmode's package folder; ``python``, the interpreter's prefix
and version; ``argv``, ``cwd``, ``env``, ``umask``), with the caller's file
descriptors 0, 1 and 2 attached (SCM_RIGHTS). Replies are a tag byte and a
4-byte value: ``P`` the command has started (its process ID), ``S`` its exit
status (the last reply), ``R`` refused (then the command runs here). While it
runs, a signal the caller gets is sent as ``K`` and its number; closing the
connection ends the command.
"""

from __future__ import annotations

import os
import sys

from longmode import server


def main() -> int:
    """Runs ``sys.argv``'s command, through a server if one serves it."""
    argv = sys.argv[1:]
    status = _served(argv)
    if status is not None:
        return status
    if argv[:1] == ["asm"]:
        # A command-line assembly runs with the collector off (see longmode.asm.cli's
        # keep_collector_off_asm); off before the imports too, whose allocations would
        # start collections over every object they made (3-4 ms).
        import gc

        gc.disable()
    from longmode.cli import main as local_main

    return local_main()


def command_of(argv: list[str]) -> str | None:
    """The subcommand: the first argument that is not an option (the top-level
    options take no values)."""
    for argument in argv:
        if not argument.startswith("-"):
            return argument
        if argument in ("-h", "--help", "--version"):
            return None
    return None


def _served(argv: list[str]) -> int | None:
    """The command's exit status when a server ran it; None to run it here."""
    if command_of(argv) not in server.SERVED or not server.enabled():
        return None
    path = server.socket_path()
    if not os.path.exists(path) or not server.private_directory(path):
        return None
    import _socket

    connection = _socket.socket(_socket.AF_UNIX, _socket.SOCK_STREAM)
    try:
        connection.connect(path)
        _send_request(connection, argv)
        tag, _ = _reply(connection)
    except OSError:
        connection.close()
        return None
    if tag != b"P":  # refused (another longmode, or its files changed): run it here
        connection.close()
        return None
    return _wait(connection)


def _send_request(connection: object, argv: list[str]) -> None:
    import _socket
    import marshal

    umask = os.umask(0o022)
    os.umask(umask)
    request = {
        "protocol": server.PROTOCOL,
        "root": server.package_root(),
        "python": server.interpreter(),
        "argv": argv,
        "cwd": os.getcwd(),
        "env": dict(os.environ),
        "umask": umask,
    }
    payload = marshal.dumps(request)
    header = len(payload).to_bytes(4, "little")
    fds = (0, 1, 2)
    rights = [(_socket.SOL_SOCKET, _socket.SCM_RIGHTS, bytes(_int_array(fds)))]
    sent = connection.sendmsg([header + payload], rights)  # type: ignore[attr-defined]
    rest = (header + payload)[sent:]
    while rest:
        rest = rest[connection.send(rest) :]  # type: ignore[attr-defined]


def _int_array(fds: tuple[int, ...]) -> bytes:
    return b"".join(fd.to_bytes(4, sys.byteorder, signed=True) for fd in fds)


def _reply(connection: object) -> tuple[bytes, int]:
    """One reply: its tag and value; OSError when the connection ends first."""
    data = b""
    while len(data) < 5:
        chunk = connection.recv(5 - len(data))  # type: ignore[attr-defined]
        if not chunk:
            raise ConnectionResetError("the server closed the connection")
        data += chunk
    return data[:1], int.from_bytes(data[1:], "little", signed=True)


def _wait(connection: object) -> int:
    """Forwards signals to the command until its exit status comes."""
    import signal

    def forward(signum: int, _frame: object) -> None:
        try:
            connection.send(b"K" + bytes([signum]))  # type: ignore[attr-defined]
        except OSError:  # (contextlib is not loaded here: see the module's docstring)
            return

    for signum in (signal.SIGINT, signal.SIGTERM, signal.SIGHUP, signal.SIGQUIT):
        signal.signal(signum, forward)
    while True:
        try:
            tag, value = _reply(connection)
        except OSError:
            print(
                "longmode: the server's process for this command ended without an exit "
                "status (see `longmode server status`); run it again with "
                f"{server.ENV_SWITCH}=off to run it in its own process",
                file=sys.stderr,
            )
            return 70
        if tag == b"S":
            return value
