"""The assembler's driver: preprocess, parse, lay out, write the output format."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from longmode.asm.diagnostics import AsmError, Diagnostic, DiagnosticSink, LineError
from longmode.asm.inputs import InputFiles
from longmode.asm.layout import Layout, ListingLine
from longmode.asm.output_bin import write_bin
from longmode.asm.parser import Parser
from longmode.asm.preprocess import Positions, Preprocessor, Symbols
from longmode.asm.records import Record

FORMATS = ("bin", "elf64", "elf32")
#: Rounds of preprocessing when `$` or `$$` appears in a preprocessor expression.
MAX_PREPROCESSOR_ROUNDS = 4


class Result(Record):
    """The output of one assembly: the file's bytes, warnings, listing lines and the
    other files it read."""

    __slots__ = ("files_read", "listing", "output", "source_lines", "warnings")
    output: bytes
    warnings: list[Diagnostic]
    listing: list[ListingLine]
    source_lines: dict[tuple[str, int], str]  # each line's text (with a listing only)
    #: The files read besides the main source (`%include'd sources, `incbin' files),
    #: in the order first read, as the include search found them.
    files_read: list[str]

    def __init__(
        self,
        output: bytes,
        warnings: list[Diagnostic],
        listing: list[ListingLine] | None = None,
        source_lines: dict[tuple[str, int], str] | None = None,
        files_read: list[str] | None = None,
    ) -> None:
        self.output = output
        self.warnings = warnings
        self.listing = [] if listing is None else listing
        self.source_lines = {} if source_lines is None else source_lines
        self.files_read = [] if files_read is None else files_read

    def listing_text(self) -> str:
        """A listing in NASM's layout: line number, offset, bytes (9 a row), source text.

        The text is the line after preprocessing. Repetitions show the first one
        and their count (``90<rep 3h>``), reserved space and ``incbin`` their
        size (``<res 32h>``, ``<bin 300h>``), as in NASM's listing.
        """
        out = []
        for entry in self.listing:
            text = self.source_lines.get((entry.filename, entry.line), "")
            size = entry.binary or entry.reserved
            if not entry.data and size:
                shown = f"<{'bin' if entry.binary else 'res'} {size:X}h>"
                out.append(f"{entry.line:6} {entry.offset:08X} {shown:<24}{text}")
                continue
            rows = [entry.data[i : i + 9].hex().upper() for i in range(0, len(entry.data), 9)]
            rows = [row + "-" for row in rows[:-1]] + rows[-1:] or [""]
            if entry.repeat > 1:  # NASM: the first repetition and how many there are
                marker = f"<rep {entry.repeat:X}h>"
                if len(rows[-1]) + len(marker) <= 18:
                    rows[-1] += marker
                else:  # on a row of its own, at the offset of the one before, as NASM does
                    rows[-1] += "-"
                    rows.append(marker)
            last = max(0, (len(entry.data) - 1) // 9)  # the last row holding bytes
            for n, shown in enumerate(rows):
                offset = f"{entry.offset + 9 * min(n, last):08X}" if entry.data else " " * 8
                source = text if n == 0 else ""
                out.append(f"{entry.line:6} {offset} {shown:<24}{source}".rstrip())
        return "\n".join(out) + ("\n" if out else "")


def assemble_source(
    source: str,
    *,
    filename: str = "<input>",
    fmt: str = "bin",
    include_paths: Sequence[str] = (),
    defines: Mapping[str, str | None] | None = None,
    listing: bool = False,
) -> Result:
    """Assemble ``source``; raise :class:`AsmError` listing every error found.

    With ``listing``, the result also carries the listing (offset and bytes of
    each line).
    """
    if fmt not in FORMATS:
        raise AsmError([Diagnostic(filename, 0, "error", f"unknown output format `{fmt}'")])
    positions: Positions | None = None
    symbols: Symbols | None = None
    files = InputFiles()
    for _ in range(MAX_PREPROCESSOR_ROUNDS):
        sink = DiagnosticSink()
        pre = Preprocessor(sink, include_paths, defines or {}, fmt, positions, files, symbols)
        lines = pre.run(source, filename)
        guessed = pre.used_symbols and symbols is None  # the first round guessed labels
        if pre.stopped and not guessed:
            raise AsmError(sink.diagnostics)
        statements = Parser(sink).parse(lines)
        again = pre.used_position or pre.used_symbols  # (another round may follow)
        layout = Layout(fmt, sink, list(include_paths), listing, files, again)
        layout.run(statements)
        # `$`, `$$` and labels in a preprocessor expression saw the previous round's
        # layout: go again until what they saw is what came out.
        seen = (layout.positions, layout.symbols())
        if not (pre.used_position or pre.used_symbols) or seen == (positions, symbols):
            break
        positions, symbols = seen
    if pre.stopped:
        raise AsmError(sink.diagnostics)
    output = b""
    if not sink.errors:
        try:
            if fmt == "bin":
                output = write_bin(layout.sections, layout.org, layout.org_where)
            else:
                from longmode.asm.output_elf import write_elf

                output = write_elf(layout, filename, fmt, pre.affixes)
        except LineError as err:
            place = err.where or (filename, 0)
            sink.add(place[0], place[1], "error", err.message)
    if sink.errors:
        raise AsmError(sink.diagnostics)
    # the lines' text, for the listing only
    source_lines = {(s.filename, s.line): s.text for s in lines} if listing else {}
    return Result(output, sink.warnings, layout.listing, source_lines, list(files.read))
