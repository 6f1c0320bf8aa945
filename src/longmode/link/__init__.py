"""longmode's linker: ELF relocatable objects and ``ar`` archives into static
kernels, with the GNU ld linker-script subset kernels use.

* :mod:`~longmode.link.model` — what the other modules hand each other: input
  files, sections, symbols, relocations.
* :mod:`~longmode.link.inputs` — reading objects and archives (``-l`` search too).
* :mod:`~longmode.link.script` — linker scripts: the parser and the expression
  evaluator.
"""
