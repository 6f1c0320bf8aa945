"""The doors: every file longmode reads or writes goes through this module.

Inputs (:func:`read_input`) must be regular files, reached through any
symlinks, and no larger than a documented limit: a FIFO, a device or a file
that grows while it is read can never keep a command reading forever.

Outputs (:class:`Output`) are checked before any work is done, so that a bad
path costs nothing and leaves nothing behind:

* the path is followed through symlinks: the link stays, its target gets the
  new content;
* an output that is the same file as an input (by device and inode, after
  links) is refused;
* a directory, FIFO, socket or block device is refused; a character device
  (``/dev/null``) is written to directly; it is never replaced;
* a regular file is replaced atomically by a temporary file *next to the
  target* and a rename, keeping the replaced file's permissions. The
  temporary file is removed if anything goes wrong, including SIGINT and
  SIGTERM (which the command line turns into exceptions).

Messages name the path and say what must be, not what was:
``disk.img: the output must be a regular file or a character device, not a
directory``. The command line puts ``longmode COMMAND:`` in front.
"""

from __future__ import annotations

import contextlib
import errno
import fcntl
import mmap
import os
import signal
import stat
import struct
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path

from longmode.errors import LongmodeError

KIB, MIB, GIB = 1 << 10, 1 << 20, 1 << 30

#: The largest input of each kind (documented in the README).
MAX_KERNEL_FILE = 256 * MIB
MAX_DISK_IMAGE = 4 * GIB
MAX_SOURCE_FILE = 64 * MIB
MAX_BINARY_INCLUDE = 256 * MIB

PathLike = str | os.PathLike[str]


class InputError(LongmodeError):
    """An input cannot be read, or is not what a command reads."""


class OutputError(LongmodeError):
    """An output path cannot be written, or would replace something it must not."""


def size_text(size: int) -> str:
    """A byte count for messages: ``4 GiB``, ``300 bytes``, and exactly when it is not a
    whole number of units: ``268,435,457 bytes (256.0 MiB)``."""
    for unit, name in ((GIB, "GiB"), (MIB, "MiB"), (KIB, "KiB")):
        if size >= unit:
            if size % unit == 0:
                return f"{size // unit} {name}"
            return f"{size:,} bytes ({size / unit:.1f} {name})"
    return f"{size} byte" + ("" if size == 1 else "s")


def kind_of(mode: int) -> str:
    """What an ``st_mode`` is, with an article: ``a directory``, ``a FIFO``…"""
    for test, name in (
        (stat.S_ISREG, "a regular file"),
        (stat.S_ISDIR, "a directory"),
        (stat.S_ISFIFO, "a FIFO (named pipe)"),
        (stat.S_ISCHR, "a character device"),
        (stat.S_ISBLK, "a block device"),
        (stat.S_ISSOCK, "a socket"),
    ):
        if test(mode):
            return name
    return "a special file"


def _reason(error: OSError) -> str:
    """The system's words for an OSError, without Python's exception name."""
    return error.strerror.lower() if error.strerror else str(error)


def read_input(path: PathLike, *, limit: int, what: str = "the input") -> bytes:
    """The whole of the regular file at ``path`` (through symlinks).

    Refused with an :class:`InputError`: a path that does not exist or cannot
    be read, anything but a regular file (a FIFO is opened without waiting for
    a writer, then refused), and a file larger than ``limit`` bytes — also one
    that grows past the limit while it is read. ``what`` names the input in
    messages (``the kernel ELF``, ``the disk image``).
    """
    with _regular_file(path, limit, what) as (fd, _):
        os.set_blocking(fd, True)
        chunks = []
        left = limit + 1
        while left > 0:
            chunk = os.read(fd, min(left, 16 * MIB))
            if not chunk:
                break
            chunks.append(chunk)
            left -= len(chunk)
        data = b"".join(chunks)
    if len(data) > limit:
        raise InputError(
            f"{path}: {what} must be at most {size_text(limit)} (longmode's limit); it grew "
            "past that while it was read"
        )
    return data


def map_input(path: PathLike, *, limit: int, what: str = "the input") -> bytes | mmap.mmap:
    """The regular file at ``path`` mapped read-only, checked as :func:`read_input`
    checks it (an empty file gives ``b""``): for large inputs of which a few parts
    are used, such as the linker's archives (a 64 MiB ``libcore`` rlib whose linked
    members are a few MiB), without reading the whole. The map stays valid while
    the caller holds it; a file cut short meanwhile makes a read past its new end
    fault (SIGBUS), as it does for GNU ld, which maps its inputs too."""
    with _regular_file(path, limit, what) as (fd, size):
        return mmap.mmap(fd, size, access=mmap.ACCESS_READ) if size else b""


@contextlib.contextmanager
def _regular_file(path: PathLike, limit: int, what: str) -> Iterator[tuple[int, int]]:
    """The open file at ``path`` and its size, refused (InputError) unless it is a
    regular file of at most ``limit`` bytes; OSErrors inside become InputErrors."""
    try:
        fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_CLOEXEC", 0))
    except OSError as error:
        raise InputError(f"{path}: cannot read {what}: {_reason(error)}") from None
    try:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode):
            raise InputError(f"{path}: {what} must be a regular file, not {kind_of(info.st_mode)}")
        if info.st_size > limit:
            raise InputError(
                f"{path}: {what} must be at most {size_text(limit)} (longmode's limit), "
                f"not {size_text(info.st_size)}"
            )
        yield fd, info.st_size
    except OSError as error:
        raise InputError(f"{path}: cannot read {what}: {_reason(error)}") from None
    finally:
        os.close(fd)


def _identity(path: PathLike) -> tuple[int, int] | None:
    try:
        info = os.stat(path)
    except OSError:
        return None
    return info.st_dev, info.st_ino


def same_file(a: PathLike, b: PathLike) -> bool:
    """True when both paths reach one existing file (through links, hard links too)."""
    first = _identity(a)
    return first is not None and first == _identity(b)


class Output:
    """An output path, checked when made: before the work that produces its content.

    ``inputs`` are the paths the command reads; the output may be none of
    them. ``what`` names it in messages (``the image``, ``the listing``).
    Raises :class:`OutputError` when the path cannot be an output.
    """

    def __init__(
        self, path: PathLike, *, inputs: Iterable[PathLike] = (), what: str = "the output"
    ) -> None:
        self.path = Path(path)
        self.what = what
        #: The file the content goes to, symlinks followed.
        self.target = Path(os.path.realpath(path))
        #: True for a character device, written in place rather than replaced.
        self.direct = False
        self._check(inputs)

    def __str__(self) -> str:
        return str(self.path)

    def _check(self, inputs: Iterable[PathLike]) -> None:
        try:
            info: os.stat_result | None = os.stat(self.target)
        except FileNotFoundError:
            info = None
        except OSError as error:
            raise OutputError(f"{self.path}: cannot write {self.what}: {_reason(error)}") from None
        if info is not None:
            if stat.S_ISCHR(info.st_mode):
                self.direct = True
            elif not stat.S_ISREG(info.st_mode):
                raise OutputError(
                    f"{self.path}: {self.what} must be a regular file or a character device, "
                    f"not {kind_of(info.st_mode)}"
                )
            for source in inputs:
                if same_file(self.target, source):
                    shown = (
                        ""
                        if os.path.abspath(source) == os.path.abspath(self.path)
                        else f" {source}"
                    )
                    raise OutputError(
                        f"{self.path}: {self.what} must not be the input{shown}: writing it "
                        "would destroy the input"
                    )
            if self.direct:
                return
        folder = self.target.parent
        if not folder.is_dir():
            raise OutputError(
                f"{self.path}: {self.what} must go into an existing folder; "
                f"{_shown_folder(self.path, folder)} does not exist"
            )
        if not os.access(folder, os.W_OK | os.X_OK):
            raise OutputError(
                f"{self.path}: {self.what} must go into a folder you can write to; "
                f"{_shown_folder(self.path, folder)} is not writable"
            )

    def write(self, data: bytes, mode: int | None = None) -> None:
        """Writes ``data`` (atomically for a regular file); ``mode`` for a new file."""
        write_outputs([(self, data)], modes=[mode])

    @contextlib.contextmanager
    def _staged(self, data: bytes, mode: int | None) -> Iterator[Path | None]:
        """A temporary file next to the target holding ``data`` (None for a device);
        removed on leaving unless it was renamed into place."""
        if self.direct:
            yield None
            return
        # A signal between the file's creation and the `try` that removes it would leave
        # it behind: signals wait (blocked) until the clean-up is in place.
        blocked = _block_signals()
        try:
            fd, name = _create_temporary(self.target.parent, f".{self.target.name}.")
        except OSError as error:
            _unblock_signals(blocked)
            raise OutputError(f"{self.path}: cannot write {self.what}: {_reason(error)}") from None
        temporary = Path(name)
        try:
            _unblock_signals(blocked)
            try:
                with os.fdopen(fd, "wb") as file:
                    os.fchmod(file.fileno(), self._mode(mode))
                    file.write(data)
            except OSError as error:
                raise OutputError(
                    f"{self.path}: cannot write {self.what}: {_reason(error)}"
                ) from None
            yield temporary
        finally:
            with contextlib.suppress(FileNotFoundError):
                temporary.unlink()

    def _mode(self, mode: int | None) -> int:
        """The replaced file's permissions, else ``mode``, else what open() gives."""
        try:
            return os.stat(self.target).st_mode & 0o7777
        except OSError:
            pass
        if mode is not None:
            return mode
        umask = os.umask(0)
        os.umask(umask)
        return 0o666 & ~umask

    def _write_direct(self, data: bytes) -> None:
        try:
            fd = os.open(self.target, os.O_WRONLY | getattr(os, "O_CLOEXEC", 0))
            try:
                view = memoryview(data)
                while view:
                    view = view[os.write(fd, view) :]
            finally:
                os.close(fd)
        except OSError as error:
            raise OutputError(f"{self.path}: cannot write {self.what}: {_reason(error)}") from None


def _create_temporary(folder: Path, prefix: str) -> tuple[int, str]:
    """A new file in ``folder`` as :func:`tempfile.mkstemp` makes one (a random name
    after ``prefix``, created exclusively, mode 0o600, closed on exec): its
    descriptor and path. Without loading :mod:`tempfile`, whose imports (shutil,
    random) are a tenth of ``longmode link``'s start-up."""
    flags = os.O_RDWR | os.O_CREAT | os.O_EXCL
    flags |= getattr(os, "O_CLOEXEC", 0) | getattr(os, "O_NOFOLLOW", 0)
    for _ in range(1000):
        name = os.path.abspath(os.path.join(folder, prefix + os.urandom(6).hex()))
        try:
            return os.open(name, flags, 0o600), name
        except FileExistsError:
            continue
    raise FileExistsError(errno.EEXIST, "no unused temporary file name found", str(folder))


#: The signals that stop a command (the command line makes them exceptions).
_STOPPING_SIGNALS = {signal.SIGINT, signal.SIGTERM, signal.SIGHUP}


def _block_signals() -> set[int | signal.Signals] | None:
    """Holds back the stopping signals (Unix); returns the mask to restore."""
    if not hasattr(signal, "pthread_sigmask"):
        return None
    return signal.pthread_sigmask(signal.SIG_BLOCK, _STOPPING_SIGNALS)


def _unblock_signals(previous: set[int | signal.Signals] | None) -> None:
    if previous is not None:
        signal.pthread_sigmask(signal.SIG_SETMASK, previous)


def _shown_folder(path: Path, folder: Path) -> str:
    given = path.parent
    return f"the folder {given}" if given == folder else f"the folder {folder} (from {given})"


def write_outputs(
    outputs: Sequence[tuple[Output, bytes]], modes: Sequence[int | None] | None = None
) -> None:
    """Writes several outputs all or nothing (as far as a rename allows): every
    regular file is first written to its temporary file, and only when all of
    them are written are they renamed into place."""
    paths = [output.target for output, _ in outputs]
    for i, (output, _) in enumerate(outputs):
        if not output.direct and output.target in paths[:i]:
            raise OutputError(
                f"{output.path}: {output.what} must be a file of its own, not the same as "
                f"{outputs[paths.index(output.target)][0].what}"
            )
    modes = list(modes) if modes is not None else [None] * len(outputs)
    with contextlib.ExitStack() as stack:
        staged = [
            stack.enter_context(output._staged(data, mode))
            for (output, data), mode in zip(outputs, modes, strict=True)
        ]
        for (output, data), temporary in zip(outputs, staged, strict=True):
            if temporary is None:
                output._write_direct(data)
            else:
                try:
                    os.replace(temporary, output.target)
                except OSError as error:
                    raise OutputError(
                        f"{output.path}: cannot write {output.what}: {_reason(error)}"
                    ) from None


def write_atomically(destination: PathLike | Output, data: bytes, mode: int | None = None) -> None:
    """Writes ``data`` to a path as an :class:`Output` does (through links,
    atomically, never replacing what is not a regular file), or to an
    :class:`Output` checked earlier. A new file gets ``mode``, or the
    permissions ``open()`` would give (0666 less the umask)."""
    output = destination if isinstance(destination, Output) else Output(destination)
    output.write(data, mode)


class ImageLock:
    """An exclusive lock on a disk image for one run, as QEMU's own image locks see it.

    It is an open-file-description lock (``F_OFD_SETLK``) over the whole file,
    so it conflicts with another longmode run's lock and with the byte-range
    locks a QEMU using the image holds (and QEMU, started later, refuses the
    image). Where OFD locks do not exist, ``flock`` is used. Raises
    :class:`InputError` naming the image when it is in use.
    """

    def __init__(self, path: PathLike) -> None:
        self.path = Path(path)
        try:
            self._fd: int | None = os.open(
                os.path.realpath(path), os.O_RDWR | getattr(os, "O_CLOEXEC", 0)
            )
        except OSError as error:
            raise InputError(
                f"{path}: --persist must be able to write the disk image: {_reason(error)}"
            ) from None
        try:
            _lock(self._fd)
        except BlockingIOError:
            self.release()
            raise InputError(
                f"{path}: the disk image must not be in use by another program, but another "
                "`longmode run --persist` or a QEMU holds it; wait for that run to end"
            ) from None
        except OSError as error:
            self.release()
            raise InputError(f"{path}: cannot lock the disk image: {_reason(error)}") from None

    def release(self) -> None:
        """Unlocks (closing the descriptor drops the lock)."""
        if self._fd is not None:
            os.close(self._fd)
            self._fd = None

    def __enter__(self) -> ImageLock:
        return self

    def __exit__(self, *_: object) -> None:
        self.release()


def _lock(fd: int) -> None:
    command = getattr(fcntl, "F_OFD_SETLK", None)
    if command is None:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        return
    # struct flock: l_type, l_whence, l_start, l_len (0: to the end), l_pid (0 for OFD)
    request = struct.pack("hhqqi4x", fcntl.F_WRLCK, os.SEEK_SET, 0, 0, 0)
    try:
        fcntl.fcntl(fd, command, request)
    except OSError as error:
        if error.errno in (11, 13):  # EAGAIN, EACCES: held by someone else
            raise BlockingIOError(error.errno, error.strerror) from None
        raise
