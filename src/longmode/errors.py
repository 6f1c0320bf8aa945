"""The one exception type that front ends turn into a clean message.

Everything the user can get wrong (a missing toolchain, a malformed ELF, a bad
assembly line) is raised as a :class:`LongmodeError` whose text is the whole
paragraph to show: what is wrong and where, never a traceback.
"""

from __future__ import annotations


class LongmodeError(Exception):
    """A user-facing error: ``str(error)`` is the message, ``exit_code`` the status.

    Exit codes follow one convention across commands: 1 means "ran, and
    found problems" (a lint rule broken, an assembly error), 2 means "could
    not run" (bad input file, missing toolchain, bad usage).
    """

    def __init__(self, message: str, exit_code: int = 2) -> None:
        super().__init__(message)
        self.exit_code = exit_code
