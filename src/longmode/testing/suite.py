"""`longmode test [PATH]`: build a kernel project's test kernels and run them all in
our machine, in parallel, with cargo-test-like output.

What a project's test kernels are:

* a Rust crate (a ``Cargo.toml``): the executables ``cargo test --no-run`` builds,
  built as `longmode build` builds (toolchain, crate sources, target spec,
  build-std); their settings come from ``[package.metadata.bootimage]`` and
  ``[package.metadata.longmode]`` as for `longmode runner`;
* a project with a ``longmode.toml`` (C or assembly)::

      [test]
      build = ["make", "tests"]          # run first, in the project folder (optional)
      kernels = ["build/tests/*.elf"]    # globs, relative to the project folder
      success-exit-code = 33             # optional (33: 0x10 written to port 0xf4)
      timeout = 60                       # optional, wall-clock seconds per kernel
      instructions = 100000000           # optional, an instruction limit per kernel

* kernel files given directly (``longmode test a.elf b.elf``).

Each kernel boots as `longmode run KERNEL --display none` would, but in a pool of
worker processes (one per core by default) that boot kernel after kernel: no
Python start-up per kernel. A kernel passes when it exits through isa-debug-exit
with the success code; a failure shows its COM1 output and the explanation of
how it ended (triple fault, halt after an exception, timeout).
"""

from __future__ import annotations

import concurrent.futures
import glob
import multiprocessing
import os
import signal
import subprocess
import sys
import time
import tomllib
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from longmode.errors import LongmodeError
from longmode.files import MAX_SOURCE_FILE, read_input
from longmode.machine.results import Outcome
from longmode.testing.runner import (
    SUCCESS_EXIT_CODE,
    TEST_TIMEOUT,
    valid_count,
    valid_exit_code,
    valid_seconds,
)

#: The keys of longmode.toml's [test] table.
TOML_KEYS = ("build", "kernels", "success-exit-code", "timeout", "instructions")
#: Lines of a failing kernel's COM1 output shown.
SERIAL_TAIL = 40


@dataclass(frozen=True)
class Job:
    """One test kernel to boot, and how."""

    name: str
    path: Path
    success_exit_code: int = SUCCESS_EXIT_CODE
    timeout: float | None = TEST_TIMEOUT
    instructions: int | None = None
    memory: str = "128M"
    fast: bool = False


@dataclass(frozen=True)
class Result:
    """How one test kernel ended."""

    name: str
    passed: bool
    status: int
    message: str
    serial: str
    explanation: str | None
    seconds: float
    instructions: int


#: This process's machine of its last boot, power-cycled for the next kernel.
_last_machine: list[Any] = [None]


def run_job(job: Job) -> Result:
    """Boots ``job``'s kernel to its end in this process (a pool worker's), on the
    machine of the last kernel it booted, power-cycled (``Machine.power_cycle``: the
    kernel cannot tell it from a new one), when it has the memory asked for."""
    from longmode.debug.explain import explain_ending
    from longmode.run.options import RunOptions, check_options, prepare
    from longmode.run.ours import boot_machine

    start = time.monotonic()
    options = RunOptions(
        target=job.path,
        memory=job.memory,
        timeout=job.timeout,
        max_instructions=job.instructions,
        display="none",
        fast=job.fast,
    )
    try:
        check_options(options)
        boot = prepare(options)
        machine, _, _ = boot_machine(
            options, boot, on_serial=lambda byte: None, reuse=_last_machine[0]
        )
        _last_machine[0] = machine
    except LongmodeError as error:
        return Result(job.name, False, error.exit_code, str(error), "", None, 0.0, 0)
    result = machine.run()
    passed = result.outcome is Outcome.EXITED and result.exit_status == job.success_exit_code
    # Only a failure reads the kernel's symbol tables (an exit has nothing to explain).
    explanation = None if passed else explain_ending(machine, result.outcome, boot.kernel)
    message = result.message
    if result.outcome is Outcome.EXITED and not passed:
        message += f", not {job.success_exit_code}"
    return Result(
        job.name,
        passed,
        result.exit_status,
        message,
        machine.serial.text(),
        explanation,
        time.monotonic() - start,
        machine.instructions,
    )


@dataclass
class TestRequest:
    """What `longmode test` was asked."""

    paths: list[Path]
    jobs: int | None = None
    timeout: float | None = None
    max_instructions: int | None = None
    fast: bool = False
    release: bool = False
    features: list[str] | None = None


def find_jobs(request: TestRequest) -> tuple[str, list[Job]]:
    """The test kernels of the request's project (or files), and where they came from."""
    paths = request.paths or [Path.cwd()]
    if len(paths) == 1 and paths[0].is_dir():
        project = paths[0]
        if (project / "Cargo.toml").is_file():
            return f"{project} (cargo test --no-run)", _cargo_jobs(project, request)
        if (project / "longmode.toml").is_file():
            return f"{project / 'longmode.toml'}", _toml_jobs(project, request)
        raise LongmodeError(
            f"{project}: no Cargo.toml and no longmode.toml, so no test kernels to find "
            "(give kernel files instead)"
        )
    jobs = []
    for path in paths:
        if not path.is_file():
            raise LongmodeError(f"{path}: no such kernel file")
        jobs.append(_job(request, path.name, path, SUCCESS_EXIT_CODE, TEST_TIMEOUT, None))
    return "the kernels given", jobs


def _job(
    request: TestRequest,
    name: str,
    path: Path,
    success: int,
    timeout: float | None,
    instructions: int | None,
    memory: str = "128M",
) -> Job:
    return Job(
        name,
        path,
        success,
        request.timeout if request.timeout is not None else timeout,
        request.max_instructions if request.max_instructions is not None else instructions,
        memory,
        request.fast,
    )


def _cargo_jobs(crate: Path, request: TestRequest) -> list[Job]:
    from longmode.manifest import find_manifest
    from longmode.testing.runner import read_config, sort_qemu_args
    from longmode.toolchain.cargo import BuildRequest, build_tests

    config = read_config(find_manifest(crate / "Cargo.toml", {}))
    qemu_args = sort_qemu_args(config.test_args, config.where("test-args"), qemu=False)
    built = build_tests(
        BuildRequest(crate, release=request.release, features=request.features or [])
    )
    return [
        _job(
            request,
            f"{test.name} ({test.kind})" if test.kind != "test" else test.name,
            test.path,
            config.test_success_exit_code,
            config.test_timeout,
            config.test_instructions,
            qemu_args.memory or "128M",
        )
        for test in built
    ]


def _toml_jobs(project: Path, request: TestRequest) -> list[Job]:
    path = project / "longmode.toml"
    data = read_input(path, limit=MAX_SOURCE_FILE, what="the project's longmode.toml")
    try:
        table: Any = tomllib.loads(data.decode()).get("test")
    except (UnicodeDecodeError, tomllib.TOMLDecodeError) as error:
        raise LongmodeError(f"{path}: not valid TOML: {error}") from None
    if not isinstance(table, dict):
        raise LongmodeError(f"{path}: needs a [test] table with kernels = [globs]")
    unknown = sorted(
        set(table) - {"build", "kernels", "success-exit-code", "timeout", "instructions"}
    )
    if unknown:
        raise LongmodeError(
            f"{path}: [test] has unknown key(s) {', '.join(unknown)}; it takes "
            f"{', '.join(TOML_KEYS)}"
        )
    build, kernels = table.get("build"), table.get("kernels")
    if build is not None and not (
        isinstance(build, list) and build and all(isinstance(a, str) for a in build)
    ):
        raise LongmodeError(f"{path}: [test] build must be a command as a list of strings")
    if not (isinstance(kernels, list) and kernels and all(isinstance(g, str) for g in kernels)):
        raise LongmodeError(f"{path}: [test] kernels must be a list of globs (strings)")
    success = valid_exit_code(table.get("success-exit-code", SUCCESS_EXIT_CODE))
    if success is None:
        raise LongmodeError(
            f"{path}: [test] success-exit-code must be an odd status from 1 to 255, "
            f"not {table['success-exit-code']!r}"
        )
    timeout = valid_seconds(table.get("timeout", TEST_TIMEOUT))
    if timeout is None:
        raise LongmodeError(
            f"{path}: [test] timeout must be a positive number of seconds, at most a year"
        )
    instructions = table.get("instructions")
    if instructions is not None and valid_count(instructions) is None:
        raise LongmodeError(f"{path}: [test] instructions must be a positive whole number")
    if build is not None:
        print(f"longmode test: {' '.join(build)}", file=sys.stderr, flush=True)
        try:
            done = subprocess.run(build, cwd=project)
        except OSError as error:
            raise LongmodeError(f"{path}: [test] build {build[0]!r}: {error.strerror}") from None
        if done.returncode != 0:
            raise LongmodeError(
                f"{path}: [test] build ({' '.join(build)}) failed with exit status "
                f"{done.returncode}",
                exit_code=1,
            )
    found: list[Path] = []
    for pattern in kernels:
        found += sorted(Path(p) for p in glob.glob(str(project / pattern)) if Path(p).is_file())
    if not found:
        raise LongmodeError(f"{path}: [test] kernels {kernels} match no file")
    return [
        _job(request, str(p.relative_to(project)), p, success, timeout, instructions)
        for p in dict.fromkeys(found)
    ]


def _load_machine() -> None:
    """Imports what :func:`run_job` uses."""
    import longmode.debug.explain
    import longmode.run.ours

    del longmode


def _stop_workers(pool: concurrent.futures.ProcessPoolExecutor) -> None:
    """Ends the workers now, in the middle of their kernels (Python 3.14 has
    ``terminate_workers``; before it, the executor's process table is the way)."""
    terminate = getattr(pool, "terminate_workers", None)
    if terminate is not None:
        terminate()
        return
    for process in list((getattr(pool, "_processes", None) or {}).values()):
        process.terminate()


def _worker_signals() -> None:
    """In a worker: Ctrl-C is the parent's to handle (it stops the pool), and SIGTERM
    ends the worker at once (not the command's handler, which waits for Python code)."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    signal.signal(signal.SIGHUP, signal.SIG_DFL)


def run_tests(request: TestRequest) -> int:
    """Builds and runs the test kernels; prints cargo-test-like output; returns 0 when
    every kernel passed, 1 otherwise, 130 when Ctrl-C stopped it."""
    source, jobs = find_jobs(request)
    workers = max(1, min(request.jobs or os.cpu_count() or 1, len(jobs)))
    print(
        f"\nrunning {len(jobs)} test kernel{'s' if len(jobs) != 1 else ''} from {source}, "
        f"{workers} at a time"
    )
    start = time.monotonic()
    results: list[Result] = []
    fork = sys.platform == "linux"
    if fork:  # the workers are forked with the machine's modules loaded, not each loading them
        _load_machine()
    context = multiprocessing.get_context("fork" if fork else "spawn")
    pool = concurrent.futures.ProcessPoolExecutor(
        workers, mp_context=context, initializer=_worker_signals
    )
    try:
        futures = [pool.submit(run_job, job) for job in jobs]
        for job, future in zip(jobs, futures, strict=True):
            try:
                result = future.result()
            except concurrent.futures.process.BrokenProcessPool:
                raise LongmodeError(
                    f"the worker process booting {job.name} ({job.path}) died; "
                    "boot it alone with `longmode run` to see why",
                    exit_code=1,
                ) from None
            verdict = "ok" if result.passed else "FAILED"
            print(
                f"test {result.name} ... {verdict} "
                f"({result.seconds:.2f} s, {result.instructions:,} instructions)",
                flush=True,
            )
            results.append(result)
    except KeyboardInterrupt:
        _stop_workers(pool)
        print(f"\ntest result: interrupted after {len(results)} of {len(jobs)} kernels")
        return 130
    finally:
        pool.shutdown(wait=True, cancel_futures=True)
    failed = [r for r in results if not r.passed]
    if failed:
        print("\nfailures:")
        for result in failed:
            print(f"\n---- {result.name} ----")
            tail = result.serial.splitlines()[-SERIAL_TAIL:]
            if tail:
                print("COM1 (last lines):")
                print("\n".join(f"  {line}" for line in tail))
            if result.explanation:
                print(result.explanation)
            print(f"ended: {result.message}")
        print("\nfailures:")
        for result in failed:
            print(f"    {result.name}")
    passed = len(results) - len(failed)
    print(
        f"\ntest result: {'FAILED' if failed else 'ok'}. {passed} passed; {len(failed)} failed; "
        f"finished in {time.monotonic() - start:.2f} s"
    )
    return 1 if failed else 0
