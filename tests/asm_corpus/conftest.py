"""Put ``tests/`` on ``sys.path`` so the corpus helpers import as ``asm_corpus.*``.

Other tests can then use ``from asm_corpus.compare import assert_same_as_nasm``.
"""

from __future__ import annotations

import sys
from pathlib import Path

_TESTS = str(Path(__file__).resolve().parent.parent)
if _TESTS not in sys.path:
    sys.path.insert(0, _TESTS)
