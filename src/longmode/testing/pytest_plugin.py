"""The pytest plugin: a ``boot`` fixture that boots kernels in-process for tests.

Registered through the ``pytest11`` entry point, so installing longmode is enough::

    def test_kernel_passes(boot):
        result = boot("build/kernel.elf", memory="64M", timeout=10)
        assert result.exit_status == 33, result.message
        assert "all tests passed" in result.serial

``boot(target, **options)`` boots a kernel (any file `longmode image` takes) or a
disk image in longmode's machine, in this process, as `longmode run` does — the
same option checks (:func:`longmode.run.options.check_options`), the same
preparation (:func:`longmode.run.options.prepare`), the same exit statuses — and
returns a :class:`BootResult`. Defaults come from ``@pytest.mark.longmode(...)``
(the closest marker wins, key by key), then :data:`DEFAULTS`.

**Reuse.** Booting the same target again (same file content, and the same
options that act before the kernel starts: memory, command line, protocol,
mode, symbols and entry) skips the image building, and may skip the firmware
and the loader. Where the kernel's entry is known (a kernel's entry as
longmode's loader jumps to it; for a disk image the entry of ``symbols=``, or
``entry=``), a boot may stop there and snapshot the machine; later boots then
restore it into a new machine instead of running POST and the loader again.
Keys (``keys=``) are typed ``keys_at`` seconds of virtual time after power-on,
or when the kernel starts if that is later, so that every boot sees them alike.
In the deterministic mode a restored boot gives the same serial output, screen,
instruction count and virtual time as a full one.

Taking a snapshot and restoring it copy the pages the machine uses (about
1 ms per MiB in use here; pages never written cost nothing), so a restore pays
when the way to the entry is long beside them. ``snapshot="auto"`` (the
default) keeps one when the first boot ran at least
:data:`REUSE_INSTRUCTIONS_PER_MIB` instructions to the entry per MiB in use
(in the fast mode, which counts none, :data:`REUSE_SECONDS_PER_MIB` of wall
time): GRUB's 46 million instructions, and longmode's own loader's 0.17
million for a small kernel, yes; an entry reached at once, no. ``snapshot=True``
always takes one, ``False`` never.

**Failures.** When a test that booted fails, its report gets one section per
boot (the last :data:`BOOTS_REPORTED`): how the run ended, the fault explained
(:meth:`longmode.Machine.explain`), the serial tail and the screen.

Bad input (a missing target, an unknown or ill-typed option, a value that
`longmode run` would refuse) fails the test with one line: :class:`BootError`.

The cache is per process (each pytest-xdist worker has its own), bounded by
:data:`CACHE_ENTRIES` and :data:`CACHE_BYTES`.
"""

from __future__ import annotations

import collections
import hashlib
import os
import re
import time
from collections.abc import Generator, Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, Final

import pytest

if TYPE_CHECKING:
    from longmode.debug.machine import Machine
    from longmode.machine.results import Outcome, RunResult
    from longmode.machine.snapshot import Snapshot
    from longmode.run.options import Boot, RunOptions

#: The options ``boot()`` and ``@pytest.mark.longmode`` take, with their defaults. All
#: but the last two are `longmode run`'s; ``entry`` is where a disk image's kernel
#: starts (an address), ``snapshot`` whether to keep the machine there for reuse.
DEFAULTS: Final[Mapping[str, object]] = {
    "memory": "128M",
    "timeout": 60.0,
    "max_instructions": None,
    "keys": None,
    "keys_at": 0.0,
    "cmdline": "",
    "fast": False,
    "protocol": "auto",
    "symbols": None,
    "entry": None,
    "snapshot": "auto",
}
#: ``snapshot="auto"``: a snapshot is kept when the first boot ran at least this many
#: instructions to the entry per MiB of memory in use there (a restore copies those
#: pages at ~1 ms per MiB; the deterministic mode runs ~30 million instructions a
#: second: a margin of two).
REUSE_INSTRUCTIONS_PER_MIB: Final = 60_000
#: The same in the fast mode, which counts no instructions: wall seconds per MiB.
REUSE_SECONDS_PER_MIB: Final = 0.002
#: The cache keeps this many targets (their images and snapshots) at most…
CACHE_ENTRIES: Final = 16
#: …and this many bytes of them (the least recently booted go first).
CACHE_BYTES: Final = 512 << 20
#: A failure report shows the last this many boots of the test.
BOOTS_REPORTED: Final = 3
#: The serial tail a failure report shows: at most this many lines and characters.
SERIAL_TAIL_LINES: Final = 40
SERIAL_TAIL_CHARS: Final = 4000


class BootError(pytest.fail.Exception):  # type: ignore[misc,name-defined]
    """``boot()`` was given something it cannot boot or an option it cannot use: the
    test fails with this one line, no traceback (``pytest.raises(BootError)`` catches
    it)."""

    def __init__(self, message: str) -> None:
        super().__init__(f"boot(): {message}", pytrace=False)


@dataclass
class BootResult:
    """One finished boot."""

    #: The kernel or disk image booted.
    target: Path
    outcome: Outcome
    #: As `longmode run` exits: the isa-debug-exit status ((value << 1) | 1), 0 halted,
    #: 3 triple fault, 4 timeout or instruction limit, 5 reset, 65-97 the loader failed.
    exit_status: int
    #: The run's one-line report, as `longmode run` prints it last.
    message: str
    #: What the guest wrote to COM1 (UTF-8, undecodable bytes replaced).
    serial: str
    #: The text screen at the end, its rows joined by newlines ("" in graphics mode).
    screen: str
    #: Instructions since power-on, in the deterministic mode. (The fast mode counts
    #: only where it must stop exactly, such as at a kernel's entry: don't rely on it.)
    instructions: int
    #: Virtual time at the end, in nanoseconds since power-on.
    virtual_ns: int
    #: True when this boot began from the snapshot at the kernel's entry: neither
    #: POST nor the loader ran in it.
    restored: bool
    #: The machine as the run left it (a :class:`longmode.Machine`), to look further.
    machine: Machine = field(repr=False)

    @property
    def explanation(self) -> str | None:
        """The fault in words (:meth:`longmode.Machine.explain`): the triple fault, or
        else the last exception the guest took; None if it took none."""
        return self.machine.explain()


@dataclass
class CacheStats:
    """What the cache did in this process (``pytest_plugin.stats``)."""

    #: Boots that ran POST and the loader.
    full_boots: int = 0
    #: Snapshots taken at a kernel's entry.
    snapshots: int = 0
    #: Boots that restored one instead.
    restored_boots: int = 0


stats = CacheStats()


@dataclass
class _Prepared:
    """A target prepared once: its image and symbols, where its kernel starts, and the
    machine as it was there (when a snapshot was taken)."""

    boot: Boot
    entry: int | None
    state: Snapshot | None = None
    #: Whether the auto rule was applied (by the first boot that reached the entry).
    decided: bool = False

    @property
    def size(self) -> int:
        pages = len(self.state.pages) * 4096 if self.state is not None else 0
        return len(self.boot.image) + pages


_cache: collections.OrderedDict[tuple[object, ...], _Prepared] = collections.OrderedDict()


def clear_cache() -> None:
    """Forgets this process's prepared targets and snapshots, and zeroes :data:`stats`."""
    _cache.clear()
    stats.full_boots = stats.snapshots = stats.restored_boots = 0


# --- options ------------------------------------------------------------------

_NUMBER = (int, float)
_NONE = type(None)
#: Each option's types, and what the message says it must be.
_TYPES: Final[dict[str, tuple[tuple[type, ...], str]]] = {
    "memory": ((str,), 'a size such as "64M" or "1G"'),
    "timeout": ((*_NUMBER, _NONE), "a number of seconds, or None"),
    "max_instructions": ((int, _NONE), "an instruction count, or None"),
    "keys": ((str, _NONE), "text to type, or None"),
    "keys_at": (_NUMBER, "a number of seconds"),
    "cmdline": ((str,), "text"),
    "fast": ((bool,), "True or False"),
    "protocol": ((str,), 'one of "auto", "longmode", "bootloader-0.9"'),
    "symbols": ((str, Path, _NONE), "the path of a kernel ELF, or None"),
    "entry": ((int, _NONE), "an address, or None"),
}


def _options(options: Mapping[str, object]) -> dict[str, Any]:
    """``options`` over :data:`DEFAULTS`, checked for names and types (BootError naming
    the first wrong one). Values are checked by `longmode run`'s own code later."""
    unknown = sorted(set(options) - set(DEFAULTS))
    if unknown:
        names = ", ".join(f"{name}=" for name in DEFAULTS)
        raise BootError(f"unknown option {unknown[0]}=; the options are {names}")
    merged = {**DEFAULTS, **options}
    for name, (types, wanted) in _TYPES.items():
        value = merged[name]
        if not isinstance(value, types) or (isinstance(value, bool) and name != "fast"):
            raise BootError(f"{name}= must be {wanted}, not {value!r}")
    if merged["snapshot"] not in ("auto", True, False):
        raise BootError(f'snapshot= must be "auto", True or False, not {merged["snapshot"]!r}')
    entry = merged["entry"]
    if isinstance(entry, int) and entry < 0:
        raise BootError(f"entry= must be an address, not {entry}")
    return merged


#: `longmode run`'s option names in its messages (not `longmode image`'s), with the
#: value that some messages give after them (``--memory 3X: not a memory size``).
_FLAG = re.compile(
    r"(?<!image )--(max-instructions|keys-at|timeout|memory|keys|cmdline|symbols|protocol|fast)"
    r"\b(?: (\S+):)?"
)


def _python_names(message: str) -> str:
    """A `longmode run` message with the options named as ``boot()`` takes them."""

    def named(match: re.Match[str]) -> str:
        name = match.group(1).replace("-", "_")
        if match.group(2):
            return f"{name}={match.group(2)!r}:"
        return "fast=True" if name == "fast" else f"{name}="

    return _FLAG.sub(named, message)


def _run_options(target: Path, options: Mapping[str, Any]) -> RunOptions:
    """`longmode run`'s options, checked by its own code."""
    from longmode.errors import LongmodeError
    from longmode.run.options import RunOptions, check_options

    timeout = options["timeout"]
    run = RunOptions(
        target=target,
        memory=options["memory"],
        timeout=None if timeout is None else float(timeout),
        max_instructions=options["max_instructions"],
        fast=options["fast"],
        keys=options["keys"],
        keys_at=float(options["keys_at"]),
        cmdline=options["cmdline"],
        protocol=options["protocol"],
        symbols=None if options["symbols"] is None else Path(options["symbols"]),
    )
    try:
        check_options(run)
    except LongmodeError as error:
        raise BootError(_python_names(str(error))) from None
    return run


# --- the cache ----------------------------------------------------------------


def _read(path: Path, what: str) -> bytes:
    from longmode.errors import LongmodeError
    from longmode.files import MAX_DISK_IMAGE, read_input

    try:
        return read_input(path, limit=MAX_DISK_IMAGE, what=what)
    except LongmodeError as error:
        raise BootError(str(error)) from None


def _prepared(run: RunOptions, entry: int | None) -> _Prepared:
    """The target prepared by `longmode run`'s own code, or found in the cache when its
    content and the options that act before the kernel starts are the same."""
    from longmode.errors import LongmodeError
    from longmode.run.options import memory_size, prepare

    data = _read(run.target, "the disk image or kernel")
    symbols = None if run.symbols is None else _read(run.symbols, "the kernel ELF")
    key = (
        hashlib.sha256(data).digest(),
        None if symbols is None else hashlib.sha256(symbols).digest(),
        memory_size(run.memory),
        run.cmdline,
        run.protocol,
        run.fast,
        entry,
    )
    found = _cache.get(key)
    if found is not None:
        _cache.move_to_end(key)
        return found
    try:
        boot = prepare(run)
        if entry is None:
            entry = _kernel_entry(boot)
    except LongmodeError as error:
        raise BootError(_python_names(str(error))) from None
    prepared = _cache[key] = _Prepared(boot, entry)
    _trim_cache()
    return prepared


def _trim_cache() -> None:
    """Drops the least recently booted targets beyond the cache's bounds (never the
    newest)."""
    while len(_cache) > 1 and (
        len(_cache) > CACHE_ENTRIES or sum(p.size for p in _cache.values()) > CACHE_BYTES
    ):
        _cache.popitem(last=False)


def _kernel_entry(boot: Boot) -> int | None:
    """Where the kernel starts: a kernel target's entry as longmode's loader jumps to
    it (for Multiboot, as GRUB works it out); for a disk image, the entry of its
    ``symbols=`` ELF; else None (not known)."""
    if boot.entry is not None:
        return boot.entry
    return boot.kernel.entry if boot.kernel is not None else None


# --- booting ------------------------------------------------------------------


def _new_machine(run: RunOptions, boot: Boot) -> Machine:
    """A :class:`longmode.Machine` with the target's disk and our BIOS, after POST, as
    :func:`longmode.run.ours.boot_machine` makes it for `longmode run` — but the API's
    machine, which explains faults, and COM1 kept rather than printed."""
    from longmode.debug.machine import Machine
    from longmode.errors import LongmodeError
    from longmode.run.ours import boot_machine

    try:
        machine, _, _ = boot_machine(run, boot, on_serial=_keep_serial, machine_class=Machine)
    except LongmodeError as error:
        raise BootError(str(error)) from None
    assert isinstance(machine, Machine)
    machine.kernel = boot.kernel
    return machine


def _keep_serial(byte: int) -> None:
    """COM1 is kept in the machine's own buffer (``Machine.serial``), not printed."""


def boot_target(target: str | os.PathLike[str], **options: object) -> BootResult:
    """Boots ``target`` with ``options`` (see :data:`DEFAULTS`): what the ``boot``
    fixture calls; usable outside pytest too."""
    if not isinstance(target, str | os.PathLike):
        raise BootError(f"the target must be a path, not {target!r}")
    path = Path(target)
    merged = _options(options)
    run = _run_options(path, merged)
    prepared = _prepared(run, merged["entry"])
    machine = _new_machine(run, prepared.boot)
    state = prepared.state
    limit = run.max_instructions
    # A limit below the snapshot's count must stop before the entry, as a full boot does.
    restored = (
        state is not None
        and merged["snapshot"] is not False
        and (limit is None or limit > state.instructions)
    )
    if restored:
        assert state is not None
        machine.restore(state)
        stats.restored_boots += 1
    else:
        stats.full_boots += 1
        wanted = merged["snapshot"]
        may_snapshot = state is None and (
            wanted is True or (wanted == "auto" and not prepared.decided)
        )
        # Stopping costs time (GRUB's way to its kernel: 10% more in the deterministic
        # mode, twice as long in the fast mode, whose slices must then count): only
        # where a snapshot may be taken, or where keys wait for the kernel.
        if prepared.entry is not None and (may_snapshot or run.keys):
            started = time.perf_counter()
            first = machine.run(until=prepared.entry)  # the timeout holds for each leg
            if not _stopped(first):
                return _finish(path, prepared.boot, machine, first, restored)
            if may_snapshot:
                _snapshot_at_entry(prepared, machine, run, wanted, started)
    if run.keys:  # at keys_at from power-on, or at the kernel's entry if that is later
        machine.press(run.typed_keys, after=max(int(run.keys_at * 1e9) - machine.now(), 0))
    return _finish(path, prepared.boot, machine, machine.run(), restored)


def _stopped(result: RunResult) -> bool:
    from longmode.machine.results import Outcome

    return result.outcome is Outcome.STOPPED


def _snapshot_at_entry(
    prepared: _Prepared, machine: Machine, run: RunOptions, wanted: object, started: float
) -> None:
    """At the kernel's entry: takes the snapshot later boots restore, when it is wanted
    (see :data:`REUSE_INSTRUCTIONS_PER_MIB`) and complete (nothing scheduled from
    Python, no interrupt held back: those would not carry over to another machine)."""
    from longmode.machine.snapshot import PAGE

    state = machine.snapshot()
    if wanted == "auto":
        prepared.decided = True
        mib = len(state.pages) * PAGE / (1 << 20)
        if run.fast:
            worth = time.perf_counter() - started >= REUSE_SECONDS_PER_MIB * mib
        else:
            worth = machine.instructions >= REUSE_INSTRUCTIONS_PER_MIB * mib
        if not worth:
            return
    if state.timeline or state.pending_event is not None:
        return
    prepared.state = state
    stats.snapshots += 1
    _trim_cache()


def _finish(
    path: Path, boot: Boot, machine: Machine, result: RunResult, restored: bool
) -> BootResult:
    from longmode.machine.results import Outcome
    from longmode.run.options import loader_report

    message = result.message
    if result.outcome is Outcome.EXITED:
        message = loader_report(boot, result.exit_status) or message
    return BootResult(
        target=path,
        outcome=result.outcome,
        exit_status=result.exit_status,
        message=message,
        serial=machine.serial.text(),
        screen=machine.screen.text(),
        instructions=machine.instructions,
        virtual_ns=result.virtual_ns,
        restored=restored,
        machine=machine,
    )


# --- pytest -------------------------------------------------------------------

_BOOTS = pytest.StashKey[collections.deque[BootResult]]()
_COUNT = pytest.StashKey[int]()


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line(
        "markers",
        "longmode(**options): defaults for the boot fixture's options (memory=, timeout=, "
        "max_instructions=, keys=, cmdline=, fast=, protocol=, snapshot=, ...)",
    )


class Booter:
    """The ``boot`` fixture: ``boot(target, **options)`` → :class:`BootResult`."""

    def __init__(self, item: pytest.Item, defaults: Mapping[str, object]) -> None:
        self._item = item
        #: The options from the test's ``longmode`` markers.
        self.defaults = dict(defaults)

    def __call__(self, target: str | os.PathLike[str], **options: object) -> BootResult:
        result = boot_target(target, **{**self.defaults, **options})
        stash = self._item.stash
        stash.setdefault(_BOOTS, collections.deque(maxlen=BOOTS_REPORTED)).append(result)
        stash[_COUNT] = stash.get(_COUNT, 0) + 1
        return result


def _marker_defaults(item: pytest.Item) -> dict[str, object]:
    """``@pytest.mark.longmode(...)`` options, the closest marker winning key by key."""
    defaults: dict[str, object] = {}
    for marker in reversed(list(item.iter_markers("longmode"))):
        if marker.args:
            raise BootError(
                f"@pytest.mark.longmode takes options by name (memory=...), not {marker.args!r}"
            )
        defaults.update(marker.kwargs)
    _options(defaults)  # a bad default fails the set-up, with one line
    return defaults


@pytest.fixture
def boot(request: pytest.FixtureRequest) -> Iterator[Booter]:
    """Boots a kernel or disk image in-process: ``boot(target, **options)`` returns a
    :class:`BootResult` (exit_status, outcome, serial, screen, instructions, machine).
    When the test fails, its report shows each boot's serial tail, screen and fault."""
    item = request.node
    assert isinstance(item, pytest.Item)
    yield Booter(item, _marker_defaults(item))


@pytest.hookimpl(wrapper=True)
def pytest_runtest_makereport(
    item: pytest.Item, call: pytest.CallInfo[None]
) -> Generator[None, pytest.TestReport, pytest.TestReport]:
    """Adds the test's boots to the report of a phase that failed."""
    report = yield
    boots = item.stash.get(_BOOTS, None)
    if boots and report.failed:
        total = item.stash.get(_COUNT, len(boots))
        for number, result in enumerate(boots, total - len(boots) + 1):
            title = f"longmode boot {number} of {total}: {result.target.name}"
            report.sections.append((title, describe(result)))
    if call.when == "teardown":  # the test is over: let its machines go
        if _BOOTS in item.stash:
            del item.stash[_BOOTS]
        if _COUNT in item.stash:
            del item.stash[_COUNT]
    return report


def describe(result: BootResult) -> str:
    """A boot as a failure report shows it: how it ended, the fault explained, the
    serial tail, the screen."""
    parts = [
        f"{result.message}\n(outcome {result.outcome.name}, exit status {result.exit_status}"
        + (", restored from the snapshot at the kernel's entry)" if result.restored else ")")
    ]
    try:
        explanation = result.explanation
    except Exception as error:  # a report must not break pytest's own reporting
        explanation = f"(longmode could not explain it: {error!r})"
    if explanation:
        parts.append("explanation:\n" + explanation)
    lines = result.serial.splitlines()
    tail = "\n".join(lines[-SERIAL_TAIL_LINES:])[-SERIAL_TAIL_CHARS:]
    count = (
        f"the last {SERIAL_TAIL_LINES} of {len(lines)} lines"
        if len(lines) > SERIAL_TAIL_LINES
        else f"{len(lines)} line{'' if len(lines) == 1 else 's'}"
    )
    parts.append(f"serial ({count}):\n{tail or '(nothing)'}")
    snapshot = result.machine.screen.snapshot()
    screen = snapshot.for_display(False) if result.machine.screen.graphics else result.screen
    parts.append(f"screen:\n{screen or '(blank)'}")
    return "\n\n".join(parts)
