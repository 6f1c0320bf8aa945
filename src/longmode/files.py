"""Writing output files so that a crash or an error never leaves half a file."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path


def write_atomically(path: str | Path, data: bytes, mode: int | None = None) -> None:
    """Writes ``data`` to ``path`` through a temporary file in the same directory.

    Readers see the old file or the new one, never a partial one; on failure
    the temporary file is removed and ``path`` is untouched. The file gets
    ``mode``, or the permissions ``open()`` would give a new file (0666 less
    the umask).
    """
    target = Path(path)
    fd, temporary = tempfile.mkstemp(prefix=f".{target.name}.", dir=target.resolve().parent)
    try:
        if mode is None:
            umask = os.umask(0)
            os.umask(umask)
            mode = 0o666 & ~umask
        os.fchmod(fd, mode)
        with os.fdopen(fd, "wb") as file:
            file.write(data)
        os.replace(temporary, target)
    except BaseException:
        if os.path.exists(temporary):
            os.unlink(temporary)
        raise
