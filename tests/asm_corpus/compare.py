"""Compare the assembler with real NASM: helpers for this corpus and for other tests.

``nasm_bytes(source)`` runs ``/usr/bin/nasm`` on a temporary file and returns
what it wrote; ``assert_same_as_nasm(source)`` assembles ``source`` with both
and fails with a per-line account where they differ.  ``compare_corpus`` is
the engine of the corpus test: it assembles a whole file at once and splits
the output by the per-line lengths NASM recorded.
"""

from __future__ import annotations

import shutil
import subprocess
import tempfile
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

NASM = "/usr/bin/nasm"

Assemble = Callable[..., bytes]


def nasm_available() -> bool:
    """Whether the NASM these helpers run is installed."""
    return shutil.which(NASM) is not None


def nasm_bytes(source: str, fmt: str = "bin") -> bytes:
    """Assemble ``source`` with real NASM (``-f fmt``) and return the output.

    Raises ``AssertionError`` with NASM's messages when it fails.
    """
    with tempfile.TemporaryDirectory() as tmp:
        src, out = Path(tmp, "input.asm"), Path(tmp, "output")
        src.write_text(source)
        proc = subprocess.run(
            [NASM, "-f", fmt, "-o", str(out), str(src)],
            capture_output=True,
            text=True,
            check=False,
        )
        if proc.returncode != 0:
            raise AssertionError(f"nasm rejected the source:\n{proc.stderr}")
        return out.read_bytes()


def _default_assemble() -> Assemble:
    from longmode.asm import assemble

    return assemble


def assert_same_as_nasm(source: str, *, assemble: Assemble | None = None) -> None:
    """Fail unless ``longmode.asm.assemble(source)`` gives NASM's bytes.

    On a difference, each source line is assembled alone (after the ``bits``
    lines of the source) so the message names the lines that differ.
    """
    assemble = assemble or _default_assemble()
    expected = nasm_bytes(source)
    ours = assemble(source)
    if ours == expected:
        return
    lines = source.splitlines()
    header = [ln for ln in lines if ln.strip().lower().startswith(("bits", "[bits"))][:1]
    notes = []
    for number, line in enumerate(lines, start=1):
        if not line.strip() or line in header:
            continue
        text = "\n".join([*header, line]) + "\n"
        try:
            want = nasm_bytes(text)
        except AssertionError:
            continue  # a label or directive that needs the rest of the file
        got = _hex_or_error(assemble, text)
        if got != want.hex():
            notes.append(f"line {number}: {line.strip()}: nasm {want.hex()} ours {got}")
    detail = "\n".join(notes) or "(every line matches alone; the difference is in layout)"
    raise AssertionError(f"nasm {expected.hex()}\nours {ours.hex()}\n{detail}")


def _hex_or_error(assemble: Assemble, text: str) -> str:
    try:
        return assemble(text).hex()
    except Exception as error:  # any failure is reported as text
        return f"error: {_error_text(error)}"


def _error_text(error: Exception) -> str:
    diagnostics = getattr(error, "diagnostics", None)
    if diagnostics:
        errors = [d for d in diagnostics if getattr(d, "severity", "error") != "warning"]
        if errors:
            return "; ".join(d.message for d in errors)
    return f"{type(error).__name__}: {error}".strip()


# -- the corpus --------------------------------------------------------------------


@dataclass(frozen=True)
class CorpusLine:
    """One line of a corpus file and the bytes NASM made of it."""

    number: int  # line number in the .asm file (line 1 is "bits N")
    text: str
    expected: bytes


@dataclass(frozen=True)
class Mismatch:
    """A corpus line where the assembler and NASM disagree."""

    line: CorpusLine
    ours: bytes | None
    error: str | None = None

    def __str__(self) -> str:
        ours = f"error: {self.error}" if self.ours is None else self.ours.hex() or "(no bytes)"
        line = self.line
        return f"line {line.number}: {line.text}: nasm {line.expected.hex()} ours {ours}"


def compare_corpus(
    assemble: Assemble, mode: int, lines: Sequence[CorpusLine], filename: str = "<corpus>"
) -> list[Mismatch]:
    """Assemble ``lines`` as one ``bits mode`` file and list where NASM differs.

    The whole file is assembled at once.  Lines the assembler rejects (its
    diagnostics name them) are reported and blanked, and the file is
    assembled again; an exception that is not an ``AsmError`` is narrowed
    down by halving.  The output is then split by NASM's per-line lengths;
    at a mismatch the line is assembled alone, which gives both the message
    and the length to step over (every corpus line's bytes are independent
    of its position).
    """
    mismatches: dict[int, Mismatch] = {}
    output, ok = _assemble_block(assemble, mode, list(lines), filename, mismatches)
    offset = 0
    for line in ok:
        size = len(line.expected)
        if output[offset : offset + size] == line.expected:
            offset += size
            continue
        alone = _assemble_alone(assemble, mode, line)
        if isinstance(alone, Mismatch):
            mismatches[line.number] = alone
            offset += size
            continue
        if alone == line.expected:
            alone = output[offset : offset + size]  # differs only inside the file
        mismatches[line.number] = Mismatch(line, alone)
        offset += len(alone)
    if offset != len(output) and not mismatches:
        extra = output[offset:].hex()
        last = ok[-1] if ok else CorpusLine(1, f"bits {mode}", b"")
        mismatches[last.number] = Mismatch(last, None, f"{extra} left over at the end")
    return [mismatches[n] for n in sorted(mismatches)]


def _source(mode: int, lines: Sequence[CorpusLine], blank: set[int]) -> str:
    body = [f"bits {mode}"]
    for line in lines:
        # Keep the numbering: pad to the line's own number, blank rejected ones.
        body.extend("" for _ in range(line.number - 1 - len(body)))
        body.append("" if line.number in blank else line.text)
    return "\n".join(body) + "\n"


def _assemble_block(
    assemble: Assemble,
    mode: int,
    lines: list[CorpusLine],
    filename: str,
    mismatches: dict[int, Mismatch],
) -> tuple[bytes, list[CorpusLine]]:
    """Assemble ``lines`` together; returns the output and the lines it holds."""
    by_number = {line.number: line for line in lines}
    blank: set[int] = set()
    for _ in range(10):
        try:
            output = assemble(_source(mode, lines, blank), filename=filename)
        except Exception as error:  # narrowed down below
            rejected = _rejected_lines(error, by_number, blank)
            if rejected:
                for number, message in rejected.items():
                    mismatches[number] = Mismatch(by_number[number], None, message)
                    blank.add(number)
                continue
            if len(lines) - len(blank) <= 1:
                for line in lines:
                    if line.number not in blank:
                        mismatches[line.number] = Mismatch(line, None, _error_text(error))
                return b"", []
            return _assemble_halves(assemble, mode, lines, blank, filename, mismatches)
        return output, [line for line in lines if line.number not in blank]
    raise AssertionError(f"{filename}: still new errors after 10 rounds of blanking lines")


def _assemble_halves(
    assemble: Assemble,
    mode: int,
    lines: list[CorpusLine],
    blank: set[int],
    filename: str,
    mismatches: dict[int, Mismatch],
) -> tuple[bytes, list[CorpusLine]]:
    remaining = [line for line in lines if line.number not in blank]
    middle = len(remaining) // 2
    out1, ok1 = _assemble_block(assemble, mode, remaining[:middle], filename, mismatches)
    out2, ok2 = _assemble_block(assemble, mode, remaining[middle:], filename, mismatches)
    return out1 + out2, ok1 + ok2


def _rejected_lines(
    error: Exception, by_number: dict[int, CorpusLine], blank: set[int]
) -> dict[int, str]:
    """The corpus lines an ``AsmError``'s diagnostics name, with their messages."""
    rejected: dict[int, str] = {}
    for diagnostic in getattr(error, "diagnostics", None) or []:
        if getattr(diagnostic, "severity", "error") == "warning":
            continue
        number = getattr(diagnostic, "line", None)
        if number in by_number and number not in blank:
            previous = rejected.get(number)
            message = diagnostic.message
            rejected[number] = message if previous is None else f"{previous}; {message}"
    return rejected


def _assemble_alone(assemble: Assemble, mode: int, line: CorpusLine) -> bytes | Mismatch:
    try:
        return assemble(f"bits {mode}\n{line.text}\n", filename="<line>")
    except Exception as error:  # reported as the mismatch
        return Mismatch(line, None, _error_text(error))
