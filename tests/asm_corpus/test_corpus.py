"""The assembler against NASM on the instruction-form corpus (see ``generate.py``).

Each mode's corpus is assembled as one file; every line's bytes must be what
NASM 2.16 produced for it (``data/modeN.expected``), except for lines listed
in ``known_differences.txt``.  A second test re-checks a random sample of the
expected bytes against the installed NASM, so the data cannot silently rot.
"""

from __future__ import annotations

import os
import random

import pytest

from asm_corpus.compare import Assemble, Mismatch, compare_corpus, nasm_available, nasm_bytes
from asm_corpus.corpus_data import MODES, asm_path, load_corpus, load_known_differences

MAX_REPORTED = 50
SAMPLE_SIZE = 200


def _assemble_function() -> Assemble:
    asm = pytest.importorskip("longmode.asm")
    assemble: Assemble | None = getattr(asm, "assemble", None)
    if assemble is None:
        pytest.skip("longmode.asm has no assemble() yet")
    return assemble


def _report(title: str, mismatches: list[Mismatch], total: int) -> str:
    shown = "\n".join(str(m) for m in mismatches[:MAX_REPORTED])
    more = len(mismatches) - MAX_REPORTED
    tail = f"\n... and {more} more" if more > 0 else ""
    return f"{title}: {len(mismatches)} of {total} lines differ from NASM\n{shown}{tail}"


@pytest.mark.parametrize("mode", MODES)
def test_expected_file_matches_corpus_source(mode: int) -> None:
    lines = load_corpus(mode)
    source = asm_path(mode).read_text().splitlines()
    assert source[0] == f"bits {mode}"
    assert source[1:] == [line.text for line in lines]
    assert all(line.expected for line in lines)


@pytest.mark.parametrize("mode", MODES)
def test_assembler_matches_nasm_on_every_corpus_line(mode: int) -> None:
    assemble = _assemble_function()
    lines = load_corpus(mode)
    known = {k.text: k for k in load_known_differences() if k.mode == mode}
    mismatches = compare_corpus(assemble, mode, lines, filename=asm_path(mode).name)
    unexpected = [m for m in mismatches if m.line.text not in known]
    differing = {m.line.text for m in mismatches}
    stale = [k for text, k in known.items() if text not in differing]
    if unexpected:
        pytest.fail(_report(asm_path(mode).name, unexpected, len(lines)), pytrace=False)
    if stale:
        listing = "\n".join(f"{k.place}: {k.text}" for k in stale)
        pytest.fail(f"known differences that now match NASM (remove them):\n{listing}")


def test_known_differences_name_corpus_lines() -> None:
    texts = {mode: {line.text for line in load_corpus(mode)} for mode in MODES}
    unknown = [k for k in load_known_differences() if k.text not in texts[k.mode]]
    assert not unknown, "\n".join(
        f"{k.place}: not a mode{k.mode} corpus line: {k.text}" for k in unknown
    )


@pytest.mark.skipif(not nasm_available(), reason="nasm is not installed")
@pytest.mark.parametrize("mode", MODES)
def test_expected_bytes_are_what_nasm_produces_now(mode: int) -> None:
    seed = int(os.environ.get("ASM_CORPUS_SEED", random.randrange(1 << 30)))
    lines = load_corpus(mode)
    sample = sorted(random.Random(seed).sample(lines, SAMPLE_SIZE), key=lambda ln: ln.number)
    output = nasm_bytes(f"bits {mode}\n" + "".join(f"{ln.text}\n" for ln in sample))
    if output == b"".join(ln.expected for ln in sample):
        return
    stale = [
        f"line {ln.number}: {ln.text}: recorded {ln.expected.hex()} nasm {now.hex()}"
        for ln in sample
        if (now := nasm_bytes(f"bits {mode}\n{ln.text}\n")) != ln.expected
    ]
    pytest.fail(
        f"{asm_path(mode).name}: recorded bytes differ from this nasm "
        f"(ASM_CORPUS_SEED={seed}); regenerate with generate.py --write\n" + "\n".join(stale)
    )
