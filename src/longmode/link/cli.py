"""The ``longmode link`` subcommand: GNU ld's command line (see
:mod:`longmode.link.command`), so ``longmode link`` can stand where ``ld`` does."""

from __future__ import annotations

import argparse
import contextlib
import gc
import os
import sys
from collections.abc import Sequence
from typing import NoReturn

USAGE = """longmode link [OPTIONS] FILE... -o OUTPUT

Link ELF relocatable objects and ar archives (rlibs too) into a static kernel, as
GNU ld does, with the GNU ld command line and linker scripts:

  -o FILE, --output=FILE          the output (default a.out)
  -T FILE, --script=FILE          a linker script (without one: ld's default layout)
  -e SYM, --entry=SYM             the entry point (default: the script's ENTRY, _start)
  -m elf_x86_64 | elf_i386        the machine (default: the first object's)
  -L DIR, -l NAME, -l:FILE        library search (static archives: libNAME.a)
  --whole-archive, --no-whole-archive, --start-group ... --end-group
  --gc-sections                   drop sections nothing refers to
  -Map FILE                       write a link map
  -z max-page-size=N, -z common-page-size=N, -z noexecstack
  -u SYM, --defsym SYM=EXPR, -Ttext=ADDR, -Tdata=ADDR, -Tbss=ADDR,
  --section-start=SECTION=ADDR, --oformat binary, -s, -S, --eh-frame-hdr
  accepted without effect: -static, -nostdlib, --build-id=none, -O1, ...

Unknown options are an error. Exit status 0 linked, 2 bad input or a link that
cannot be done (the message names the file, section and symbol).
"""


def register(subparsers: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    parser = subparsers.add_parser(
        "link",
        help="link ELF objects and archives into a kernel (GNU ld's command line)",
        usage=USAGE,
        add_help=False,
    )
    parser.add_argument("arguments", nargs=argparse.REMAINDER)
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from longmode.link.command import parse
    from longmode.link.linker import run as link

    if not args.arguments or args.arguments[0] in ("-h", "--help", "-help"):
        print(USAGE, end="")
        return 0
    link(parse(args.arguments))
    return 0


def keep_collector_off() -> None:
    """Turns Python's cyclic garbage collector off for the rest of a command-line
    link. The link turns it off while it runs (:func:`longmode.link.linker.run`) and
    back on after; on again, its first pass would walk every object the link made
    (tens of milliseconds) just before :func:`exit_after_link` ends the process."""
    gc.disable()


def exit_after_link(status: int) -> NoReturn:
    """Ends the process now, as a command-line link ends: stdout and stderr flushed,
    the interpreter's teardown skipped. A link leaves hundreds of thousands of
    objects (sections, symbols, strings) that Python would free one by one, about
    a fifth of the link's own time, just before the process goes away anyway.
    For the command-line entries only (``argv`` not given): callers that link in
    their own process get a return."""
    for stream in (sys.stdout, sys.stderr):
        with contextlib.suppress(OSError, ValueError):
            stream.flush()
    os._exit(status)


def ld_main(argv: Sequence[str] | None = None) -> int:
    """``longmode-ld``: the linker rustc and cargo run (``-C linker=longmode-ld``, or
    ``longmode build --linker longmode``): GNU ld's command line, rust-lld's
    ``-flavor gnu`` accepted; errors as one line on stderr, exit status 2."""
    from longmode.errors import LongmodeError
    from longmode.link.command import parse
    from longmode.link.linker import run as link

    if argv is None:
        keep_collector_off()
        exit_after_link(ld_main(sys.argv[1:]))
    arguments = list(argv)
    if not arguments or arguments[0] in ("-h", "--help", "-help"):
        print(USAGE.replace("longmode link", "longmode-ld"), end="")
        return 0
    if arguments[0] in ("-v", "--version", "-V"):
        from longmode import __version__

        print(f"longmode-ld (longmode {__version__}), compatible with GNU ld")
        return 0
    try:
        link(parse(arguments))
    except LongmodeError as error:
        print(f"longmode-ld: {error}", file=sys.stderr)
        return error.exit_code
    except Exception as error:  # a bug of ours: one paragraph, as `longmode` says it
        if os.environ.get("LONGMODE_TRACEBACK"):
            raise
        print(
            f"longmode-ld: internal error: {type(error).__name__}: {error}. This is a bug in "
            "longmode, not in your input; set LONGMODE_TRACEBACK=1 to see where it happened.",
            file=sys.stderr,
        )
        return 70
    return 0
