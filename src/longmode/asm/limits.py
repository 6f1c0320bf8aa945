"""How much work one source may ask of the assembler: every limit in one place.

A source of a few lines can ask for gigabytes of output or for billions of
preprocessed lines. NASM bounds its preprocessor with ``--limit-*`` options
(their defaults are quoted below) and otherwise does the work it is asked
for; longmode answers such a source at once with an error instead, checking
each limit *before* the work, and keeps NASM's error text where NASM gives
one. The values are documented in the README's assembler section.
"""

from __future__ import annotations

from longmode.files import MIB, size_text

#: The largest output: the bytes of all sections (with the gaps between them in
#: a flat binary, and the relocation entries of an ELF object). A boot sector,
#: loader or kernel never comes near it.
MAX_OUTPUT_SIZE = 256 * MIB

#: The largest size a section without contents (``nobits``, e.g. ``.bss``) can
#: have: what an ELF32 object can express; ELF64 and flat binaries have 64 bits.
MAX_NOBITS_ELF32 = (1 << 32) - 1
MAX_NOBITS_64 = (1 << 64) - 1

#: ``align``/``alignb`` must be below this, as in NASM ("absurdly large segment
#: alignment").
MAX_ALIGN = 1 << 31

#: ``%rep`` count (NASM's ``--limit-rep`` default).
MAX_REP = 1_000_000
#: Multi-line macro calls nested in one another (NASM's ``--limit-macro-levels``).
MAX_MACRO_LEVELS = 10_000
#: Multi-line macro calls made before the outermost one returns. NASM's
#: ``--limit-mmacros`` default is 100,000; a call costs longmode some fifty
#: microseconds, so a runaway recursion is stopped at a tenth of that.
MAX_MMACROS = 10_000
#: Words one line's single-line macro expansion may go through (a macro body
#: that is copied counts its words as if read). NASM's
#: ``--limit-macro-tokens`` default is ten million, which takes NASM seconds
#: and longmode far longer; a real line never comes near a few thousand.
MAX_MACRO_TOKENS = 200_000
#: Text all macro expansions of one source may produce together: single-line
#: macros and multi-line macros' parameters (longmode's own limit: a
#: ``%xdefine`` that appends to itself in a ``%rep``, or an ``%rmacro`` that
#: doubles its parameter, grows without bound, and NASM grinds on it).
MAX_EXPANDED_TEXT = 64 * MIB
#: The longest line a multi-line macro's parameters may make (a source's own
#: lines are bounded by the size of a source file, and what single-line macros
#: make by MAX_MACRO_TOKENS and MAX_EXPANDED_TEXT).
MAX_LINE_LENGTH = 1 * MIB
#: Lines the preprocessor may read in all, from files, macro bodies and
#: ``%rep`` repetitions. NASM's ``--limit-lines`` is two billion, days of work
#: for longmode, which preprocesses a few hundred thousand lines a second and
#: assembles some twenty thousand: a million lines is more than any boot
#: sector, loader or kernel, and a minute's work. A ``%rep`` whose repetitions
#: would pass it (counting those of the ``%rep`` blocks around it) is refused
#: before it starts.
MAX_LINES = 1_000_000
#: ``%include`` files open inside one another.
MAX_INCLUDE_DEPTH = 64


def output_limit_text() -> str:
    """The start of every message about the output limit."""
    return f"the output must be at most {size_text(MAX_OUTPUT_SIZE)} (longmode's limit)"
