"""`longmode runner`: cargo's runner for bare-metal kernels, a drop-in for `bootimage runner`.

With ``runner = "longmode runner"`` under ``[target.'cfg(target_os = "none")']``
in ``.cargo/config.toml``, cargo runs ``longmode runner EXECUTABLE [ARGS...]``
for every kernel ``cargo test`` and ``cargo run`` build. The executable is
booted as `longmode run` boots it (:func:`longmode.run.run`: same options, same
report, Ctrl-C drawing the screen); ARGS become the kernel's command line.

* A **test** is an executable in a folder named ``deps`` (where cargo puts unit
  and integration tests) or ``rustdoctest…`` (a doctest): bootimage's rule. It
  runs without the screen, with a time limit, and passes (exit status 0) when
  the guest ends it through isa-debug-exit with test-success-exit-code (33:
  the value 0x10). Otherwise it fails as under bootimage: status 0 (a halt)
  becomes 1, any other status passes through (35 for 0x11, 3 triple fault,
  4 timeout or instruction limit), and one line says why.
* Anything else (``target/<triple>/debug/kernel``) is a **run**: as
  ``longmode run KERNEL``, with its exit status.

The configuration is read from the crate's Cargo.toml (in CARGO_MANIFEST_DIR,
which cargo sets for runners, else the first one above the ``target`` folder
that holds the executable): ``[package.metadata.bootimage]``, key by key
overridden by ``[package.metadata.longmode]`` (see :data:`KEYS`).
"""

from __future__ import annotations

import json
import logging
import math
import os
import sys
import tomllib
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from longmode.errors import LongmodeError
from longmode.files import MAX_SOURCE_FILE, read_input
from longmode.machine.results import Outcome
from longmode.manifest import find_manifest
from longmode.platform import DEBUG_EXIT_PORT, ExitCode, debug_exit_status
from longmode.run.command import run
from longmode.run.options import RunOptions, memory_size

log = logging.getLogger("longmode.runner")

#: The two tables of Cargo.toml's ``[package.metadata]`` the runner reads.
BOOTIMAGE, LONGMODE = "bootimage", "longmode"
#: A test passes when the guest exits with this status (0x10 written to isa-debug-exit).
SUCCESS_EXIT_CODE = debug_exit_status(ExitCode.SUCCESS)
#: A test's time limit (seconds of wall-clock time) unless test-timeout says otherwise.
TEST_TIMEOUT = 300.0
#: The longest test-timeout taken (a year): the machine's watchdog needs a real date.
MAX_TEST_TIMEOUT = 365 * 24 * 3600.0


def valid_exit_code(value: object) -> int | None:
    if isinstance(value, int) and not isinstance(value, bool) and 0 < value < 256 and value % 2:
        return value
    return None


def valid_seconds(value: object) -> float | None:
    number = value if isinstance(value, int | float) and not isinstance(value, bool) else -1.0
    return float(number) if math.isfinite(number) and 0 < number <= MAX_TEST_TIMEOUT else None


def _strings(value: object) -> tuple[str, ...] | None:
    if isinstance(value, list) and all(isinstance(item, str) for item in value):
        return tuple(value)
    return None


def _boolean(value: object) -> bool | None:
    return value if isinstance(value, bool) else None


def valid_count(value: object) -> int | None:
    if isinstance(value, int) and not isinstance(value, bool) and value > 0:
        return value
    return None


def _machine(value: object) -> str | None:
    return value if isinstance(value, str) and value in ("ours", "qemu") else None


@dataclass(frozen=True)
class Key:
    """One configuration key: the tables that may hold it, how its value is checked
    (``check`` gives the value to use, or None when it is wrong) and what it must be."""

    tables: tuple[str, ...]
    check: Callable[[object], object]
    must: str
    #: Taken for bootimage's sake but not used: a warning says so when it is set.
    unused: str | None = None


#: The keys of ``[package.metadata.bootimage]`` (bootimage's src/config.rs; a key
#: it does not know is an error there too) and ``[package.metadata.longmode]``;
#: each is the name of a :class:`RunnerConfig` field, with ``_`` for ``-``.
KEYS: dict[str, Key] = {
    "test-success-exit-code": Key(
        (BOOTIMAGE, LONGMODE),
        valid_exit_code,
        "an exit status isa-debug-exit gives: an odd number from 1 to 255 ((value << 1) | 1, "
        "33 for 0x10)",
    ),
    "test-timeout": Key(
        (BOOTIMAGE, LONGMODE), valid_seconds, "a positive number of seconds, at most a year"
    ),
    "test-args": Key((BOOTIMAGE, LONGMODE), _strings, "a list of strings (QEMU arguments)"),
    "run-args": Key((BOOTIMAGE, LONGMODE), _strings, "a list of strings (QEMU arguments)"),
    "test-no-reboot": Key((BOOTIMAGE, LONGMODE), _boolean, "true or false"),
    "build-command": Key((BOOTIMAGE,), _strings, "a list of strings"),
    "run-command": Key(
        (BOOTIMAGE,),
        _strings,
        "a list of strings",
        unused='longmode boots the kernel itself (machine = "qemu" in '
        "[package.metadata.longmode] boots it in QEMU)",
    ),
    "test-instructions": Key((LONGMODE,), valid_count, "a positive whole number of instructions"),
    "machine": Key((LONGMODE,), _machine, '"ours" or "qemu"'),
}


@dataclass
class RunnerConfig:
    """The configuration as read, and the table each value came from."""

    manifest: Path | None = None
    test_success_exit_code: int = SUCCESS_EXIT_CODE
    test_timeout: float = TEST_TIMEOUT
    test_args: tuple[str, ...] = ()
    run_args: tuple[str, ...] = ()
    #: Checked, then changes nothing: longmode never reboots (a reset ends the run).
    test_no_reboot: bool = True
    build_command: tuple[str, ...] = ()
    run_command: tuple[str, ...] = ()
    test_instructions: int | None = None
    machine: str = "ours"
    #: key → the table that set it (keys left out have their default).
    tables: dict[str, str] = field(default_factory=dict)

    def origin(self, key: str) -> str:
        """Where ``key``'s value came from, for messages: ``test-timeout in
        [package.metadata.bootimage] of /crate/Cargo.toml``, or ``the default test-timeout``."""
        table = self.tables.get(key)
        if table is None:
            return f"the default {key}"
        return f"{key} in [package.metadata.{table}] of {self.manifest}"

    def where(self, key: str) -> str:
        """``key`` as error messages name it: ``/crate/Cargo.toml: [package.metadata.bootimage]
        test-args``."""
        return f"{self.manifest}: [package.metadata.{self.tables.get(key, LONGMODE)}] {key}"


def read_config(manifest: Path | None) -> RunnerConfig:
    """The runner's configuration from ``manifest`` (defaults for None): bootimage's
    table, then longmode's over it. LongmodeError naming the file and the key
    for a value of the wrong kind or a key neither table has."""
    config = RunnerConfig(manifest)
    if manifest is None:
        return config
    data = read_input(manifest, limit=MAX_SOURCE_FILE, what="the crate's Cargo.toml")
    try:
        document = tomllib.loads(data.decode())
    except UnicodeDecodeError:
        raise LongmodeError(f"{manifest}: not UTF-8 text, as TOML must be") from None
    except tomllib.TOMLDecodeError as error:
        raise LongmodeError(f"{manifest}: not valid TOML: {error}") from None
    package = document.get("package")
    metadata = package.get("metadata") if isinstance(package, dict) else None
    if not isinstance(metadata, dict):
        return config
    for table_name in (BOOTIMAGE, LONGMODE):
        table = metadata.get(table_name)
        if table is None:
            continue
        where = f"[package.metadata.{table_name}]"
        if not isinstance(table, dict):
            raise LongmodeError(f"{manifest}: {where} must be a table, not {_toml(table)}")
        for name, value in table.items():
            key = KEYS.get(name)
            if key is None or table_name not in key.tables:
                known = ", ".join(k for k, v in KEYS.items() if table_name in v.tables)
                raise LongmodeError(f"{manifest}: {where} has no key {name!r}; it takes {known}")
            checked = key.check(value)
            if checked is None:
                raise LongmodeError(
                    f"{manifest}: {where} {name} must be {key.must}, not {_toml(value)}"
                )
            if key.unused is not None:
                log.warning("%s: %s %s is not used: %s", manifest, where, name, key.unused)
            setattr(config, name.replace("-", "_"), checked)
            config.tables[name] = table_name
    return config


def _toml(value: object) -> str:
    """A value as TOML writes it, near enough for messages."""
    if isinstance(value, dict):
        return "a table"
    return json.dumps(value, default=str)


def is_test(executable: Path) -> bool:
    """bootimage's rule: a test is an executable in ``deps`` (cargo's unit and
    integration tests) or in a ``rustdoctest…`` folder (a doctest)."""
    folder = executable.absolute().parent.name
    return folder == "deps" or folder.startswith("rustdoctest")


@dataclass
class QemuArgs:
    """test-args or run-args, sorted: what our machine does anyway, mapped to
    options, and the rest, which only QEMU takes."""

    memory: str | None = None
    display_none: bool = False
    others: list[str] = field(default_factory=list)


#: The QEMU arguments our machine understands (it does these anyway), for messages.
UNDERSTOOD = (
    f"-device isa-debug-exit,iobase={DEBUG_EXIT_PORT:#x},iosize=0x04, -serial stdio, "
    "-display none, -no-reboot and -m SIZE"
)
#: QEMU options that take a value and that the runner looks into.
_WITH_VALUE = ("-device", "-serial", "-display", "-m")


def sort_qemu_args(args: Sequence[str], where: str, qemu: bool) -> QemuArgs:
    """Sorts ``args`` (``where`` names the key and file for messages). Without
    ``qemu``, an argument our machine has no equivalent for is a LongmodeError."""
    sorted_args = QemuArgs()
    index = 0
    while index < len(args):
        arg = args[index]
        option = "-" + arg.lstrip("-") if arg.startswith("--") else arg  # QEMU takes both
        value = args[index + 1] if index + 1 < len(args) else None
        if option in _WITH_VALUE:
            if value is None:
                raise LongmodeError(f"{where}: {arg} must be followed by its value")
            if _understood(option, value, sorted_args, where):
                index += 2
                continue
        elif option == "-no-reboot":  # longmode never reboots: a reset ends the run
            index += 1
            continue
        if not qemu:
            shown = arg if value is None or value.startswith("-") else f"{arg} {value}"
            raise LongmodeError(
                f"{where}: {shown!r} is a QEMU argument our machine has no equivalent for "
                f"(it takes {UNDERSTOOD}, which it does anyway); run in QEMU instead "
                '(machine = "qemu" in [package.metadata.longmode], or `longmode runner '
                "--qemu`), or remove it"
            )
        sorted_args.others.append(arg)
        index += 1
    return sorted_args


def _understood(option: str, value: str, into: QemuArgs, where: str) -> bool:
    """Maps ``option value`` into ``into`` when our machine does it; False when not."""
    if option == "-serial":
        return value == "stdio"
    if option == "-display":
        into.display_none = into.display_none or value == "none"
        return value == "none"
    if option == "-m":
        size = value.removeprefix("size=")
        try:
            memory_size(size)
        except LongmodeError as error:  # its message names --memory: say -m
            raise LongmodeError(f"{where}: {str(error).replace('--memory', '-m', 1)}") from None
        into.memory = size
        return True
    driver, *properties = value.split(",")
    if driver != "isa-debug-exit":
        return False
    for item in properties:
        name, _, text = item.partition("=")
        try:
            number = int(text, 0)
        except ValueError:
            number = -1
        if name == "iobase" and number != DEBUG_EXIT_PORT:
            raise LongmodeError(
                f"{where}: -device {value}: isa-debug-exit must be at iobase={DEBUG_EXIT_PORT:#x}, "
                f"where longmode's machines have it (and blog_os writes), not {text!r}"
            )
        if name == "iosize" and not 1 <= number <= 4:
            raise LongmodeError(
                f"{where}: -device {value}: iosize must be 1 to 4 (longmode's device has 4 "
                f"ports), not {text!r}"
            )
        if name not in ("iobase", "iosize"):
            raise LongmodeError(
                f"{where}: -device {value}: isa-debug-exit takes iobase and iosize, not {name!r}"
            )
    if not any(item.startswith("iobase=") for item in properties):
        raise LongmodeError(
            f"{where}: -device {value}: give iobase={DEBUG_EXIT_PORT:#x} (QEMU's default "
            "is 0x501; longmode's machines have the device at 0xf4)"
        )
    return True


@dataclass
class RunnerRequest:
    """What `longmode runner` was asked: the executable cargo built, the kernel's
    arguments after it, and runner options before it (None: as configured)."""

    executable: Path
    kernel_args: tuple[str, ...] = ()
    machine: str | None = None
    timeout: float | None = None
    max_instructions: int | None = None
    fast: bool = False
    display: str | None = None
    memory: str | None = None
    environ: Mapping[str, str] = field(default_factory=lambda: os.environ)


def run_runner(request: RunnerRequest) -> int:
    """Boots the executable as a test or a run; returns the exit status."""
    test = is_test(request.executable)
    config = read_config(find_manifest(request.executable, request.environ))
    qemu = (request.machine or config.machine) == "qemu"
    args_key = "test-args" if test else "run-args"
    qemu_args = sort_qemu_args(
        config.test_args if test else config.run_args, config.where(args_key), qemu
    )
    log.info(
        "%s: a %s, in %s, configured by %s",
        request.executable,
        "test" if test else "run",
        "QEMU" if qemu else "our machine",
        config.manifest or "the defaults (no Cargo.toml found)",
    )
    timeout, limit = request.timeout, request.max_instructions
    if test:
        timeout = config.test_timeout if timeout is None else timeout
        if limit is None and config.test_instructions is not None:
            if qemu or request.fast:
                raise LongmodeError(
                    f"{config.where('test-instructions')}: an instruction limit needs our "
                    "machine in its deterministic mode "
                    + ("(QEMU counts no instructions)" if qemu else "(not --fast)")
                    + "; remove it, or rely on test-timeout"
                )
            limit = config.test_instructions
    ended: list[Outcome] = []
    status = run(
        RunOptions(
            target=request.executable,
            qemu=qemu,
            memory=request.memory or qemu_args.memory or "128M",
            timeout=timeout,
            max_instructions=limit,
            display=request.display or ("none" if test or qemu_args.display_none else "end"),
            fast=request.fast,
            cmdline=" ".join(request.kernel_args),
            qemu_args=tuple(qemu_args.others),
            on_end=ended.append,
        )
    )
    if not test:
        return status
    outcome = ended[-1] if ended else None
    if outcome is Outcome.EXITED and status == config.test_success_exit_code:
        return 0
    why = _failure(outcome, status, config, request, timeout, limit)
    if why is not None:
        print(f"longmode runner: test {request.executable.name} {why}", file=sys.stderr)
    return status or 1


def _failure(
    outcome: Outcome | None,
    status: int,
    config: RunnerConfig,
    request: RunnerRequest,
    timeout: float | None,
    limit: int | None,
) -> str | None:
    """Why a test failed, in one line; None when a signal stopped it (the run said so)."""
    if outcome is Outcome.EXITED:
        return (
            f"failed: the guest exited with status {status}, not "
            f"{config.test_success_exit_code} ({config.origin('test-success-exit-code')})"
        )
    if outcome is Outcome.TIMEOUT:
        where = "--timeout" if request.timeout is not None else config.origin("test-timeout")
        return f"timed out: the guest did not exit within {timeout:g} s ({where})"
    if outcome is Outcome.INSTRUCTION_LIMIT:
        where = (
            "--max-instructions"
            if request.max_instructions is not None
            else config.origin("test-instructions")
        )
        return f"timed out: the guest did not exit within {limit} instructions ({where})"
    if outcome is Outcome.INTERRUPTED or outcome is None:
        return None
    counted = " (status 0, which counts as failure 1)" if status == 0 else ""
    return f"failed: {outcome.value}, and the guest did not exit through isa-debug-exit{counted}"
