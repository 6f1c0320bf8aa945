"""`longmode run`: boot a disk image or a kernel in our machine, or in QEMU.

* :mod:`.options` — what was asked (``RunOptions``), checked, and the target
  prepared (``Boot``): shared by both back ends;
* :mod:`.ours` — our machine as the back end; :mod:`.qemu` — real QEMU;
* :mod:`.terminal` — signals, the screen at the end or live, --persist;
* :mod:`.command` — :func:`run`, which picks the back end.

The QEMU back end never imports unicorn.
"""

from longmode.run.command import run
from longmode.run.options import Boot, RunOptions

__all__ = ["Boot", "RunOptions", "run"]
