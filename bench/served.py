"""A `longmode server` of a benchmark's own, for the rows measured through it."""

from __future__ import annotations

import contextlib
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

#: The environment of the `longmode` processes a benchmark times alone: never handed
#: to a server (a user's own may be running).
ALONE = {**os.environ, "LONGMODE_SERVER": "off"}


@contextlib.contextmanager
def server(directory: Path, env: dict[str, str] | None = None) -> Iterator[dict[str, str]]:
    """Starts a server whose socket is in ``directory`` (from ``env``, else this
    process's environment); yields the environment that reaches it; stops it."""
    folder = directory / "server"
    folder.mkdir(mode=0o700)
    served = {**(env if env is not None else os.environ)}
    served["LONGMODE_SERVER_SOCKET"] = str(folder / "server.sock")
    served.pop("LONGMODE_SERVER", None)
    longmode = [sys.executable, "-m", "longmode", "server"]
    subprocess.run([*longmode, "start"], env=served, check=True, capture_output=True)
    try:
        yield served
    finally:
        subprocess.run([*longmode, "stop"], env=served, capture_output=True)
