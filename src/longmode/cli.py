"""The ``longmode`` command.

Subcommands exist only once they work: ``build``, ``check``, ``asm``, ``link``, ``image``,
``run``, ``runner`` (cargo's) and ``debug``. Every user-facing failure is a
:class:`~longmode.errors.LongmodeError`, printed as one line
``longmode COMMAND: FILE: what must be`` with its exit code — never a traceback.
"""

from __future__ import annotations

import argparse
import contextlib
import importlib
import math
import os
import signal
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import NoReturn

from longmode import __version__
from longmode.boot.cli import add_protocol_option
from longmode.errors import LongmodeError

#: Exit status for an unexpected exception (sysexits' EX_SOFTWARE).
INTERNAL_ERROR = 70

#: Subcommands that live with their package and register themselves.
_PACKAGE_COMMANDS = ("longmode.asm.cli", "longmode.boot.cli", "longmode.link.cli")


def _build(args: argparse.Namespace) -> int:
    from longmode.toolchain import BuildRequest, build_kernel

    request = BuildRequest(
        crate=Path(args.path),
        release=args.release,
        features=[f for chunk in args.features for f in chunk.split(",") if f],
        target_spec=Path(args.target_spec) if args.target_spec else None,
        toolchain=args.toolchain,
        binary=args.bin,
        linker=args.linker,
    )
    print(build_kernel(request))
    return 0


def _link(args: argparse.Namespace) -> int:
    from longmode.link.cli import run

    return run(args)


def _check(args: argparse.Namespace) -> int:
    from longmode.check import check_kernel

    report = check_kernel(args.kernel)
    print(report.render(verbose=args.verbose))
    return 0 if report.clean else 1


def _run(args: argparse.Namespace) -> int:
    from longmode.run import RunOptions, run

    return run(
        RunOptions(
            target=Path(args.target),
            qemu=args.qemu,
            memory=args.memory,
            timeout=args.timeout,
            max_instructions=args.max_instructions,
            display=args.display,
            screenshot=Path(args.screenshot) if args.screenshot else None,
            fast=args.fast,
            keys=args.keys,
            keys_at=args.keys_at,
            cmdline=args.cmdline,
            persist=args.persist,
            disks=tuple(Path(disk) for disk in args.disks or ()),
            trace=tuple(args.trace or ()),
            gdb=args.gdb,
            symbols=Path(args.symbols) if args.symbols else None,
            protocol=args.protocol,
        )
    )


def _runner(args: argparse.Namespace) -> int:
    from longmode.testing.runner import RunnerRequest, run_runner

    return run_runner(
        RunnerRequest(
            executable=Path(args.executable),
            kernel_args=tuple(args.kernel_args),
            machine=args.machine,
            timeout=args.timeout,
            max_instructions=args.max_instructions,
            fast=args.fast,
            display=args.display,
            memory=args.memory,
        )
    )


def _debug(args: argparse.Namespace) -> int:
    from longmode.debug.core import Debugger
    from longmode.debug.prompt import CommandError, run_prompt
    from longmode.run import RunOptions
    from longmode.run.options import check_options, prepare
    from longmode.run.ours import boot_machine

    options = RunOptions(
        target=Path(args.target),
        memory=args.memory,
        timeout=args.timeout,
        cmdline=args.cmdline,
        symbols=Path(args.symbols) if args.symbols else None,
        protocol=args.protocol,
    )
    check_options(options)
    boot = prepare(options)
    machine, _, _ = boot_machine(options, boot)
    try:
        run_prompt(Debugger(machine), boot.kernel, magic_break=args.magic_break)
    except CommandError as error:
        raise LongmodeError(str(error)) from None
    return 0


def _add_debug(commands: argparse._SubParsersAction[_Parser]) -> None:
    debug = commands.add_parser(
        "debug",
        help="debug a disk image or kernel on our machine at an interactive prompt",
        description="Boot a disk image or a kernel (as `longmode run`) paused before its first "
        "instruction, and take commands: break, watch, continue, stepi, step, reverse-stepi, "
        "reverse-step, reverse-continue, regs, sregs, x, xp, disasm, bt, info, serial, "
        "screen, quit ('help' tells each). Commands are read from stdin when it is not a "
        "terminal. Exit status 0 when the session ends; 2 bad input.",
    )
    _add_machine_arguments(debug)
    debug.add_argument(
        "--timeout",
        type=float,
        help="wall-clock seconds each continue or step may run before it stops",
    )
    debug.add_argument("--cmdline", default="", help="kernel command line (kernels only)")
    debug.add_argument(
        "--magic-break",
        action="store_true",
        help="stop at Bochs' magic breakpoint: every `xchg bx, bx` in the kernel's code",
    )
    debug.set_defaults(func=_debug)


def _add_machine_arguments(parser: argparse.ArgumentParser) -> None:
    """What `run` and `debug` boot, its symbols, and how much RAM it gets."""
    parser.add_argument(
        "target", help="a raw disk image, or a kernel: ELF64, or Multiboot (ELF32 or flat)"
    )
    parser.add_argument(
        "--symbols",
        metavar="KERNEL.elf",
        help="for a disk image: the ELF of the kernel it boots, so that reports, the "
        "red-zone watch and the debugger name its symbols and source lines",
    )
    parser.add_argument("--memory", "-m", default="128M", help="RAM size, as QEMU's -m (128M)")
    add_protocol_option(parser)


def _add_run(commands: argparse._SubParsersAction[_Parser]) -> None:
    run = commands.add_parser(
        "run",
        help="boot a disk image or kernel in our machine (or QEMU with --qemu)",
        description="Boot a disk image, or a kernel (anything `longmode image` takes) put into "
        "an image in memory, on "
        "longmode's PC (our BIOS and chips around a unicorn CPU). COM1 goes to stdout; the "
        "text screen is drawn at the end. Exit status: the isa-debug-exit status as QEMU "
        "gives it ((value << 1) | 1); 0 halted with interrupts off; 3 triple fault; "
        "4 timeout or instruction limit; 5 reset requested; 2 bad input or emulation error; "
        "65-97 longmode's own loader failed (docs/boot-protocol.md); 128 + n stopped by "
        "signal n (130 Ctrl-C, 143 SIGTERM), with the normal report.",
    )
    _add_machine_arguments(run)
    run.add_argument(
        "--qemu",
        action="store_true",
        help="boot the same image in QEMU instead (same exit statuses, screen and --screenshot, "
        "--keys, --persist; no --max-instructions)",
    )
    run.add_argument(
        "--timeout",
        type=float,
        help="stop after this many wall-clock seconds (kept within 0.5 s whatever the guest does)",
    )
    run.add_argument(
        "--max-instructions",
        type=int,
        help="stop after this many instructions (not with --fast or --qemu)",
    )
    run.add_argument(
        "--display",
        choices=("end", "terminal", "none"),
        default="end",
        help="draw the text screen at the end (default), live in the terminal, or not at all",
    )
    run.add_argument("--screenshot", metavar="FILE.png", help="write the text screen as a PNG")
    run.add_argument(
        "--fast",
        action="store_true",
        help="free-running time (wall clock) instead of the deterministic default",
    )
    run.add_argument("--keys", help="type these keys on the PS/2 keyboard (\\n for Enter)")
    run.add_argument(
        "--keys-at",
        type=float,
        default=0.0,
        metavar="SECONDS",
        help="type --keys no sooner than this (virtual seconds from power-on; each key goes "
        "in when the guest is ready for it; with --qemu, wall-clock seconds from QEMU's "
        "start, at least 1 s, as QEMU cannot tell when the guest listens)",
    )
    run.add_argument("--cmdline", default="", help="kernel command line (kernels only)")
    run.add_argument(
        "-v",
        "--verbose",
        action="count",
        default=0,
        dest="run_verbose",
        help="log the accesses to ports no device claims (the first 3 to each port and "
        "direction, then a count per port at the end) and the BIOS calls (identical ones "
        "after the third counted), in our machine; twice for debug detail (as `longmode -v`)",
    )
    run.add_argument(
        "--trace",
        action="append",
        choices=["int"],
        help="int: one line per interrupt and exception on stderr (vector, error code, "
        "RIP with its symbol, CPL, RSP, CR2 for #PF), as QEMU's -d int; with --qemu, "
        "read from QEMU's own log at the end",
    )
    run.add_argument(
        "--gdb",
        metavar="[HOST:]PORT",
        help="wait for gdb on this TCP port (host 127.0.0.1 by default) before the first "
        "instruction and serve the GDB remote protocol, as QEMU's -s -S: breakpoints, "
        "watchpoints, steps, reverse-stepi and reverse-continue (not with --fast)",
    )
    run.add_argument(
        "--persist",
        action="store_true",
        help="write the guest's disk writes back to the image (default: copy-on-write)",
    )
    run.add_argument(
        "--disk",
        action="append",
        dest="disks",
        metavar="IMAGE",
        help="one more raw hard disk on the IDE channels (repeatable, up to 3): primary "
        "slave, then secondary master, secondary slave, as QEMU's -drive index=1,2,3 (also "
        "with --qemu); INT 13h numbers them after the target (81h, 82h, ...); copy-on-write "
        "unless --persist",
    )
    run.set_defaults(func=_run)


def _test(args: argparse.Namespace) -> int:
    from longmode.testing.suite import TestRequest, run_tests

    return run_tests(
        TestRequest(
            paths=[Path(p) for p in args.paths],
            jobs=args.jobs,
            timeout=args.timeout,
            max_instructions=args.max_instructions,
            fast=args.fast,
            release=args.release,
            features=args.features.split(",") if args.features else None,
        )
    )


def _add_test(commands: argparse._SubParsersAction[_Parser]) -> None:
    test = commands.add_parser(
        "test",
        help="build a kernel project's test kernels and run them all in our machine, in parallel",
        description="Find the test kernels of PATH (default: the current folder): a Rust "
        "crate's (cargo test --no-run, built as `longmode build` builds), those a "
        "longmode.toml's [test] table names (built by its build command), or kernel files "
        "given directly. Each boots in our machine, several at a time in worker processes; "
        "a kernel passes when it exits through isa-debug-exit with the success code (33, "
        "the value 0x10; test-success-exit-code in Cargo.toml's [package.metadata.bootimage] "
        "or [package.metadata.longmode]). Exit status 0 when all pass, 1 when one fails or "
        "the build fails, 2 bad input.",
    )
    test.add_argument("paths", nargs="*", metavar="PATH", help="a project folder, or kernels")
    test.add_argument(
        "--jobs", "-j", type=int, help="kernels booted at a time (default: one per core)"
    )
    test.add_argument(
        "--timeout", type=float, help="wall-clock seconds per kernel (instead of the project's)"
    )
    test.add_argument(
        "--max-instructions",
        type=int,
        help="an instruction limit per kernel (deterministic; instead of the project's)",
    )
    test.add_argument("--fast", action="store_true", help="free-running time, as `run --fast`")
    test.add_argument("--release", action="store_true", help="build the tests with --release")
    test.add_argument("--features", help="cargo features, comma-separated")
    test.set_defaults(func=_test)


def _add_runner(commands: argparse._SubParsersAction[_Parser]) -> None:
    runner = commands.add_parser(
        "runner",
        help="cargo's runner: `cargo test` and `cargo run` boot kernels in our machine "
        "(a drop-in for `bootimage runner`)",
        description="Boot a kernel cargo built, as `longmode run` boots it; for "
        '`runner = "longmode runner"` under [target.\'cfg(target_os = "none")\'] in '
        ".cargo/config.toml. An executable in a `deps` folder is a test: no screen, a "
        "time limit (test-timeout, 300 s), and exit status 0 when the guest exits through "
        "isa-debug-exit with test-success-exit-code (33, the value 0x10); otherwise a line "
        "says why and the status is the run's (a status 0 becomes 1). Anything else is a "
        "run, as `longmode run KERNEL`, with its exit status. Settings come from the "
        "crate's Cargo.toml: [package.metadata.bootimage] (test-success-exit-code, "
        "test-timeout, test-args, run-args, test-no-reboot), overridden by "
        '[package.metadata.longmode] (the same, test-instructions, machine = "ours" or '
        '"qemu"). Exit status 2: bad configuration or input.',
    )
    runner.add_argument("executable", help="the kernel ELF cargo built")
    runner.add_argument(
        "kernel_args",
        nargs=argparse.REMAINDER,
        metavar="ARGS",
        help="the kernel's command line (joined by spaces); options for the runner go "
        "before the executable",
    )
    runner.add_argument(
        "--machine",
        choices=("ours", "qemu"),
        help="where to boot it (default: the machine key, else ours)",
    )
    runner.add_argument(
        "--qemu",
        action="store_const",
        const="qemu",
        dest="machine",
        help="boot it in QEMU (as --machine qemu): test-args and run-args go to QEMU",
    )
    runner.add_argument(
        "--timeout",
        type=float,
        help="stop after this many wall-clock seconds (for a test, instead of test-timeout)",
    )
    runner.add_argument(
        "--max-instructions",
        type=int,
        help="stop after this many instructions (for a test, instead of test-instructions)",
    )
    runner.add_argument(
        "--fast", action="store_true", help="free-running time, as `longmode run --fast`"
    )
    runner.add_argument(
        "--display",
        choices=("end", "terminal", "none"),
        help="the text screen, as `longmode run --display` (default: none for a test, "
        "end for a run)",
    )
    runner.add_argument(
        "--memory",
        "-m",
        help="RAM size, as QEMU's -m (default: -m in test-args or run-args, else 128M)",
    )
    runner.add_argument(
        "-v",
        "--verbose",
        action="count",
        default=0,
        dest="run_verbose",
        help="log more, as `longmode run -v`; also which Cargo.toml configured the run",
    )
    runner.set_defaults(func=_runner)


def _new(args: argparse.Namespace) -> int:
    from longmode.testing.new import NewRequest, describe, new_project

    folder, first = new_project(NewRequest(Path(args.name), args.lang, args.toolchain))
    print(describe(folder, args.lang, first))
    return 0


def _add_new(commands: argparse._SubParsersAction[_Parser]) -> None:
    new = commands.add_parser(
        "new",
        help="make a kernel project (Rust, C or assembly) that builds, boots and has tests",
        description="Make a kernel project in the new folder NAME: a kernel that says "
        "Hello World! on the screen and COM1, test kernels that exit through isa-debug-exit, "
        "and a README that says how to build, run, test and debug it. rust: a crate for "
        "`cargo run` and `cargo test` (through `longmode runner`) and `longmode build`, "
        "its target spec written for the toolchain found; c and asm: a Makefile and a "
        "longmode.toml for `longmode test`. An existing folder that is not empty is "
        "refused (exit 2); nothing is ever overwritten.",
    )
    new.add_argument("name", metavar="NAME", help="the project's folder; its name names the crate")
    new.add_argument(
        "--lang", choices=("rust", "c", "asm"), default="rust", help="the kernel's language"
    )
    new.add_argument(
        "--toolchain",
        metavar="DIR",
        help="rust: write the target spec for this toolchain directory only",
    )
    new.set_defaults(func=_new)


def _server(args: argparse.Namespace) -> int:
    from longmode import server
    from longmode.server import daemon

    path = args.socket or server.socket_path()
    if not (math.isfinite(args.idle) and args.idle >= 0):
        raise LongmodeError(f"--idle must be 0 (never) or a number of seconds, not {args.idle:g}")
    if args.action == "start":
        return daemon.start(path, args.idle)
    if args.action == "stop":
        return daemon.stop(path)
    if args.action == "status":
        return daemon.status(path)
    return daemon.serve(path, args.idle, served_main)


def served_main(argv: list[str]) -> int:
    """The command line in a child the server forked for this one command: as in a
    process of its own, an assembly keeps the garbage collector off (the child ends
    without the interpreter's teardown, as such a process does)."""
    if argv[:1] == ["asm"]:
        from longmode.asm.cli import keep_collector_off_asm

        keep_collector_off_asm()
    return main(argv)


def _add_server(commands: argparse._SubParsersAction[_Parser]) -> None:
    from longmode.server import IDLE_SECONDS, SERVED

    served = ", ".join(sorted(SERVED))
    server = commands.add_parser(
        "server",
        help="a warm process that runs commands without Python's start-up",
        description="Start, stop or ask about the longmode server: a background process "
        "that has longmode loaded and warmed up, and runs each `longmode` command of "
        f"these kinds ({served}) in a fork of itself, on the caller's terminal, folder, "
        "environment and umask, so that a command costs no start-up. While it runs, the "
        "`longmode` command hands those commands to it; LONGMODE_SERVER=off turns that "
        "off. It stops when idle, when longmode's files change, or on `stop`. status: "
        "exit 0 when one runs, 1 when none does; stop: 0 when one was stopped, 1 when "
        "none ran.",
    )
    server.add_argument("action", choices=("start", "stop", "status", "serve"),
                        help="serve: be the server, in the foreground")  # fmt: skip
    server.add_argument(
        "--socket", metavar="PATH", help="the socket (default: $LONGMODE_SERVER_SOCKET, else "
        "$XDG_RUNTIME_DIR/longmode/server.sock, else /tmp/longmode-UID/server.sock)",
    )  # fmt: skip
    server.add_argument(
        "--idle",
        type=float,
        default=IDLE_SECONDS,
        metavar="SECONDS",
        help=f"stop after this long without a command (default {IDLE_SECONDS}; 0: never)",
    )
    server.set_defaults(func=_server)


class _Parser(argparse.ArgumentParser):
    """argparse, with usage errors as one line in longmode's style (exit 2)."""

    def error(self, message: str) -> NoReturn:
        self.exit(2, f"{self.prog}: {message} (see `{self.prog} --help`)\n")


def parser() -> argparse.ArgumentParser:
    """The argument parser, with one subparser per working subcommand."""
    top = _Parser(
        prog="longmode",
        description="Build, boot, debug and test bare-metal x86-64 kernels.",
    )
    top.add_argument("--version", action="version", version=f"longmode {__version__}")
    top.add_argument(
        "-v",
        "--verbose",
        action="count",
        default=0,
        help="log more (BIOS calls, unclaimed ports…); twice for debug detail",
    )
    commands = top.add_subparsers(dest="command", metavar="COMMAND", required=True)

    build = commands.add_parser(
        "build",
        help="build a Rust kernel crate (core rebuilt for the seed's target spec)",
        description="Build a kernel crate with cargo and build-std; print the kernel ELF's path.",
    )
    build.add_argument("path", nargs="?", default=".", help="the crate directory (default: .)")
    build.add_argument("--release", action="store_true", help="optimised build")
    build.add_argument(
        "--features", action="append", default=[], metavar="LIST", help="cargo features"
    )
    build.add_argument("--bin", help="the binary to build, if the crate has several")
    build.add_argument(
        "--target-spec", metavar="FILE", help="use this target spec instead of the seed's"
    )
    build.add_argument(
        "--toolchain",
        metavar="DIR",
        help="try only this toolchain directory (holding bin/rustc and bin/cargo)",
    )
    build.add_argument(
        "--linker",
        choices=("lld", "longmode"),
        default="lld",
        help="link with the toolchain's rust-lld (default) or with longmode's own "
        "linker (longmode-ld)",
    )
    build.set_defaults(func=_build)

    check = commands.add_parser(
        "check",
        help="lint a kernel ELF: layout, entry, SIMD/FPU instructions, red-zone use",
        description="Check a kernel ELF; exit 0 when clean, 1 when a rule is broken, "
        "2 when the file cannot be read as an ELF64 x86-64 file.",
    )
    check.add_argument("kernel", help="the kernel ELF file")
    check.add_argument(
        "-v", "--verbose", action="store_true", help="list every instruction behind a finding"
    )
    check.set_defaults(func=_check)
    _add_run(commands)
    _add_runner(commands)
    _add_test(commands)
    _add_debug(commands)
    _add_new(commands)
    _add_server(commands)

    for module in _PACKAGE_COMMANDS:
        importlib.import_module(module).register(commands)
    return top


def _asm_parser() -> argparse.ArgumentParser:
    """The parser of ``longmode asm`` alone: its usage, help and errors are those of
    :func:`parser`'s, without the cost of building every other subcommand (a third of
    the assembler's start-up)."""
    top = _Parser(prog="longmode")
    commands = top.add_subparsers(dest="command", metavar="COMMAND", required=True)
    importlib.import_module("longmode.asm.cli").register(commands)
    return top


class Terminated(BaseException):
    """SIGTERM or SIGHUP arrived: unwinds like Ctrl-C, so temporary files are removed."""

    def __init__(self, signum: int) -> None:
        super().__init__(signum)
        self.signum = signum


def _terminate(signum: int, _frame: object) -> None:
    raise Terminated(signum)


def _message(command: str | None, error: LongmodeError) -> str:
    """``longmode COMMAND: message`` (the message already names the file)."""
    prefix = f"longmode {command}: " if command else "longmode: "
    text = str(error)
    return text if text.startswith(prefix) else prefix + text


def main(argv: Sequence[str] | None = None) -> int:
    """Runs the command line; returns the exit status.

    Statuses besides each command's own: 2 bad input or usage, 70 a bug in
    longmode (never caused by input), 130 Ctrl-C, 143 SIGTERM, 129 SIGHUP,
    141 stdout closed (a broken pipe).
    """
    if argv is None and sys.argv[1:2] == ["link"]:
        from longmode.link.cli import exit_after_link, keep_collector_off

        keep_collector_off()
        exit_after_link(main(sys.argv[1:]))
    if argv is None and sys.argv[1:2] == ["asm"]:
        from longmode.asm.cli import exit_after_assembly, keep_collector_off_asm

        keep_collector_off_asm()
        exit_after_assembly(main(sys.argv[1:]))
    argv = list(sys.argv[1:] if argv is None else argv)
    if argv[:1] == ["link"]:
        # GNU ld's command line: options in any order, which argparse cannot take whole
        args = argparse.Namespace(command="link", verbose=0, func=_link, arguments=argv[1:])
    elif argv[:1] == ["asm"]:
        args = _asm_parser().parse_args(argv)
    else:
        args = parser().parse_args(argv)
    if args.command not in ("link", "asm"):  # (neither logs: their start-up skips logging)
        import logging

        verbose = args.verbose + getattr(args, "run_verbose", 0)
        level = (logging.WARNING, logging.INFO, logging.DEBUG)[min(verbose, 2)]
        logging.basicConfig(level=level, format="longmode: %(name)s: %(message)s")
    previous = {
        signum: signal.signal(signum, _terminate) for signum in (signal.SIGTERM, signal.SIGHUP)
    }
    try:
        status: int = args.func(args)
        sys.stdout.flush()
    except LongmodeError as error:
        _flush_quietly()
        print(_message(args.command, error), file=sys.stderr)
        return error.exit_code
    except KeyboardInterrupt:
        _flush_quietly()
        print(f"longmode {args.command}: interrupted (SIGINT)", file=sys.stderr)
        return 128 + signal.SIGINT
    except Terminated as stop:
        _flush_quietly()
        name = signal.Signals(stop.signum).name
        print(f"longmode {args.command}: stopped by {name}", file=sys.stderr)
        return 128 + stop.signum
    except MemoryError:
        _flush_quietly()
        print(
            f"longmode {args.command}: this host ran out of memory; give the command smaller "
            "inputs (or the machine less --memory)",
            file=sys.stderr,
        )
        return 2
    except BrokenPipeError:
        # Whoever read our stdout has gone (`longmode check k | head`): stop quietly.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return 128 + signal.SIGPIPE
    except Exception as error:  # a bug of ours: say so in one paragraph, not a traceback
        if os.environ.get("LONGMODE_TRACEBACK"):
            raise
        _flush_quietly()
        print(
            f"longmode: internal error: {type(error).__name__}: {error}. This is a bug in "
            "longmode, not in your input; set LONGMODE_TRACEBACK=1 to see where it happened.",
            file=sys.stderr,
        )
        return INTERNAL_ERROR
    finally:
        for signum, handler in previous.items():
            signal.signal(signum, handler)
    return status


def _flush_quietly() -> None:
    with contextlib.suppress(OSError):
        sys.stdout.flush()
