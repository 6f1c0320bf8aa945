"""Read the checked-in corpus (``data/modeN.asm`` + ``.expected``) and its known differences."""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from asm_corpus.compare import CorpusLine

HERE = Path(__file__).resolve().parent
DATA_DIR = HERE / "data"
KNOWN_DIFFERENCES = HERE / "known_differences.txt"
MODES = (16, 32, 64)


def asm_path(mode: int) -> Path:
    """The corpus source for ``mode``."""
    return DATA_DIR / f"mode{mode}.asm"


def expected_path(mode: int) -> Path:
    """The bytes NASM made of each line of the corpus for ``mode``."""
    return DATA_DIR / f"mode{mode}.expected"


def load_corpus(mode: int) -> list[CorpusLine]:
    """The corpus lines of ``mode`` with NASM's bytes, numbered as in ``modeN.asm``."""
    lines = []
    for index, row in enumerate(expected_path(mode).read_text().splitlines()):
        hex_bytes, sep, text = row.partition("\t")
        if not sep:
            raise ValueError(f"{expected_path(mode).name}:{index + 1}: no tab in {row!r}")
        lines.append(CorpusLine(index + 2, text, bytes.fromhex(hex_bytes)))
    return lines


@dataclass(frozen=True)
class KnownDifference:
    """An entry of ``known_differences.txt``: ``mode64: <line text> ; <reason>``."""

    mode: int
    text: str
    reason: str
    place: str  # "known_differences.txt:N" for messages


_ENTRY = re.compile(r"^mode(16|32|64): (.+?) ; (.+)$")


def load_known_differences(path: Path = KNOWN_DIFFERENCES) -> list[KnownDifference]:
    """Entries of the known-differences file; ``#`` lines and blank lines are skipped."""
    entries = []
    for number, row in enumerate(path.read_text().splitlines(), start=1):
        if not row.strip() or row.lstrip().startswith("#"):
            continue
        match = _ENTRY.match(row.strip())
        place = f"{path.name}:{number}"
        if match is None:
            raise ValueError(f"{place}: expected 'modeN: <line text> ; <reason>', got {row!r}")
        entries.append(KnownDifference(int(match[1]), match[2], match[3], place))
    return entries
