"""`python -m longmode` is the `longmode` command."""

import sys

from longmode.cli import main

sys.exit(main())
