"""`python -m longmode` is the `longmode` command (through a server when one runs:
see :mod:`longmode.server`)."""

import sys

from longmode.server.client import main

sys.exit(main())
