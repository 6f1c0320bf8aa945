"""The ``longmode`` command.

Subcommands exist only once they work: ``build``, ``check`` (and ``asm`` when
the assembler package is present). Every user-facing failure is a
:class:`~longmode.errors.LongmodeError`, printed as one paragraph with its exit
code — never a traceback.
"""

from __future__ import annotations

import argparse
import importlib
import os
import sys
from collections.abc import Sequence
from pathlib import Path

from longmode import __version__
from longmode.errors import LongmodeError

#: Exit status for an unexpected exception (sysexits' EX_SOFTWARE).
INTERNAL_ERROR = 70

#: Subcommands that live with their package and register themselves when it is present.
_OPTIONAL_COMMANDS = ("longmode.asm.cli", "longmode.boot.cli")


def _build(args: argparse.Namespace) -> int:
    from longmode.toolchain import BuildRequest, build_kernel

    request = BuildRequest(
        crate=Path(args.path),
        release=args.release,
        features=[f for chunk in args.features for f in chunk.split(",") if f],
        target_spec=Path(args.target_spec) if args.target_spec else None,
        toolchain=args.toolchain,
        binary=args.bin,
    )
    print(build_kernel(request))
    return 0


def _check(args: argparse.Namespace) -> int:
    from longmode.check import check_kernel

    report = check_kernel(args.kernel)
    print(report.render(verbose=args.verbose))
    return 0 if report.clean else 1


def parser() -> argparse.ArgumentParser:
    """The argument parser, with one subparser per working subcommand."""
    top = argparse.ArgumentParser(
        prog="longmode",
        description="Build, boot, debug and test bare-metal x86-64 kernels.",
    )
    top.add_argument("--version", action="version", version=f"longmode {__version__}")
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

    for module in _OPTIONAL_COMMANDS:
        try:
            importlib.import_module(module).register(commands)
        except ModuleNotFoundError as missing:
            if missing.name is None or not module.startswith(missing.name):
                raise
    return top


def main(argv: Sequence[str] | None = None) -> int:
    """Runs the command line; returns the exit status."""
    args = parser().parse_args(argv)
    try:
        status: int = args.func(args)
    except LongmodeError as error:
        sys.stdout.flush()
        print(error, file=sys.stderr)
        return error.exit_code
    except KeyboardInterrupt:
        print("longmode: interrupted", file=sys.stderr)
        return 130
    except Exception as error:  # a bug of ours: say so in one paragraph, not a traceback
        if os.environ.get("LONGMODE_TRACEBACK"):
            raise
        print(
            f"longmode: internal error: {type(error).__name__}: {error}. This is a bug in "
            "longmode, not in your input; set LONGMODE_TRACEBACK=1 to see where it happened.",
            file=sys.stderr,
        )
        return INTERNAL_ERROR
    return status
