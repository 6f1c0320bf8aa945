"""`longmode server`: a warm process that runs `longmode` commands without Python's
start-up.

A `longmode run` process spends most of its life starting: the interpreter, then
unicorn, the machine's modules, the loader's assembled stages — about 100 ms before
the first guest instruction, more than QEMU takes for a whole boot. The server
pays that once: it imports and warms everything, listens on a Unix socket, and
forks a child per command, which runs the command exactly as the process would
have, on the caller's own standard input, output and error (passed over the
socket), in its working directory, with its environment and umask. The
`longmode` command (:mod:`longmode.server.client`) hands the commands in
:data:`SERVED` to a server when one is listening on :func:`socket_path`, and runs
everything itself otherwise. Ctrl-C and other signals the caller gets are sent on
to the child; a caller that dies takes its child with it (SIGHUP).

Nothing changes unless a server was started (`longmode server start`); it stops
after :data:`IDLE_SECONDS` without a command, when longmode's own files change
(the next command then runs in its own process), or on `longmode server stop`.

This module is the client's too: it imports nothing beyond ``os``.
"""

from __future__ import annotations

import os

#: The commands a server runs; the others (build, debug, new, link, server) always
#: run in their own process.
SERVED = frozenset({"run", "runner", "test", "image", "check", "asm"})
#: ``LONGMODE_SERVER=off`` (or ``0``, ``no``): never use a server.
ENV_SWITCH = "LONGMODE_SERVER"
#: Where the socket is, instead of :func:`socket_path`'s default.
ENV_SOCKET = "LONGMODE_SERVER_SOCKET"
#: A server with no command for this long ends (seconds); ``--idle`` changes it.
IDLE_SECONDS = 1800
#: The request format's version (a client and server of other versions do not talk).
PROTOCOL = 1


def package_root() -> str:
    """The folder of this longmode's package (a server serves only its own)."""
    return os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def interpreter() -> str:
    """This Python: its prefix (a virtual environment's folder) and version."""
    import sys

    return f"{sys.prefix} {sys.version}"


def enabled() -> bool:
    """False when ``LONGMODE_SERVER`` says off."""
    return os.environ.get(ENV_SWITCH, "").strip().lower() not in ("off", "0", "no", "false")


def socket_path() -> str:
    """``$LONGMODE_SERVER_SOCKET``, else ``$XDG_RUNTIME_DIR/longmode/server.sock``,
    else ``/tmp/longmode-UID/server.sock``."""
    path = os.environ.get(ENV_SOCKET)
    if path:
        return path
    runtime = os.environ.get("XDG_RUNTIME_DIR")
    if runtime:
        return os.path.join(runtime, "longmode", "server.sock")
    return os.path.join("/tmp", f"longmode-{os.getuid()}", "server.sock")


def private_directory(path: str) -> bool:
    """Whether the socket's directory belongs to this user alone (owned by us, not a
    symbolic link, no access for group or others): only then is its socket ours."""
    try:
        status = os.lstat(os.path.dirname(path) or ".")
    except OSError:
        return False
    return (
        status.st_uid == os.getuid()
        and (status.st_mode & 0o170000) == 0o040000
        and status.st_mode & 0o077 == 0
    )
