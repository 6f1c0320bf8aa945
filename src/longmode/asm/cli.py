"""The ``longmode asm`` subcommand: NASM-style command line and diagnostics."""

from __future__ import annotations

import argparse
import contextlib
import gc
import os
import sys
from typing import NoReturn

#: Output formats (the assembler's own list is checked against this one by a test).
FORMATS = ("bin", "elf64", "elf32")


def register(subparsers: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    """Add ``asm FILE.asm [-f FMT] [-o OUT] [-l LISTING] [-I DIR] [-D NAME[=VALUE]]``."""
    parser = subparsers.add_parser(
        "asm",
        help="assemble NASM-syntax source (flat binary or ELF object)",
        description="Assemble a NASM-syntax source file.",
    )
    parser.add_argument("source", metavar="FILE.asm", help="the source file")
    parser.add_argument("-f", dest="fmt", choices=FORMATS, default="bin", help="output format")
    parser.add_argument("-o", dest="output", help="output file (default: like NASM)")
    parser.add_argument("-l", dest="listing", help="also write a listing file")
    parser.add_argument(
        "-I", dest="include", action="append", default=[], metavar="DIR", help="include path"
    )
    parser.add_argument(
        "-D",
        dest="define",
        action="append",
        default=[],
        metavar="NAME[=VALUE]",
        help="define a single-line macro",
    )
    parser.set_defaults(func=run)


def keep_collector_off_asm() -> None:
    """Turns Python's cyclic garbage collector off for a command-line assembly: it
    would walk the statements, operands and caches the assembly keeps (a tenth of a
    large source's time) to find next to nothing; the process ends soon after."""
    gc.disable()


def exit_after_assembly(status: int) -> NoReturn:
    """Ends the process now, as a command-line assembly ends: stdout and stderr
    flushed, the interpreter's teardown (freeing every statement one by one, just
    before the process goes away anyway) skipped. For the command-line entry only:
    callers that assemble in their own process get a return."""
    for stream in (sys.stdout, sys.stderr):
        with contextlib.suppress(OSError, ValueError):
            stream.flush()
    os._exit(status)


def default_output(source: str, fmt: str) -> str:
    """NASM's default output name: ``foo.asm`` → ``foo`` (bin) or ``foo.o`` (ELF)."""
    stem = os.path.splitext(source)[0]
    output = stem if fmt == "bin" else stem + ".o"
    if output == source:  # NASM falls back to `nasm.out' rather than overwrite the input
        return os.path.join(os.path.dirname(source), "nasm.out")
    return output


def run(args: argparse.Namespace) -> int:
    """Assemble ``args.source``; 0 on success, 1 on assembly errors, 2 on bad input or
    output paths (raised as LongmodeError, checked before assembling)."""
    from longmode.asm.assembler import assemble_source
    from longmode.asm.diagnostics import AsmError
    from longmode.errors import LongmodeError
    from longmode.files import MAX_SOURCE_FILE, Output, read_input, same_file, write_outputs

    data = read_input(args.source, limit=MAX_SOURCE_FILE, what="the source")
    source = data.decode("utf-8", errors="surrogateescape")
    outputs = [
        Output(
            args.output or default_output(args.source, args.fmt),
            inputs=[args.source],
            what="the output",
        )
    ]
    if args.listing:
        outputs.append(Output(args.listing, inputs=[args.source], what="the listing"))
    defines: dict[str, str | None] = {}
    for item in args.define:
        name, sep, value = item.partition("=")
        defines[name] = value if sep else None
    try:
        result = assemble_source(
            source,
            filename=args.source,
            fmt=args.fmt,
            include_paths=args.include,
            defines=defines,
            listing=bool(args.listing),
        )
    except AsmError as err:
        for diag in err.diagnostics:
            print(diag, file=sys.stderr)
        return 1
    for diag in result.warnings:
        print(diag, file=sys.stderr)
    for output in outputs:
        for read in result.files_read:
            if same_file(output.target, read):
                raise LongmodeError(
                    f"{output.path}: {output.what} must not be a file the source reads "
                    f"({read}): writing it would destroy that input"
                )
    contents = [result.output]
    if args.listing:
        contents.append(result.listing_text().encode("utf-8", errors="surrogateescape"))
    write_outputs(list(zip(outputs, contents, strict=True)))
    return 0
