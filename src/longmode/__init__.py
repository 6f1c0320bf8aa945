"""longmode: build, boot, debug and test bare-metal x86-64 kernels.

The public API is re-exported here; the modules behind it are private in
spirit and may move.
"""

from longmode.errors import LongmodeError

__all__ = ["LongmodeError", "__version__"]

__version__ = "0.1.0"
