"""Virtual time: a number of nanoseconds since power-on that only the machine moves.

Devices never read the host's clock. They are told "now" when they are
touched (a port access) or when the clock reaches the next event one of them
asked for, and they catch up lazily to that instant.
"""

from __future__ import annotations

NS_PER_SECOND = 1_000_000_000


class VirtualClock:
    """The machine's notion of now, in nanoseconds; it never goes backwards."""

    def __init__(self) -> None:
        self.now = 0

    def advance_to(self, when: int) -> None:
        """Moves time forward to ``when`` (earlier instants are ignored)."""
        if when > self.now:
            self.now = when

    def advance_by(self, nanoseconds: int) -> None:
        """Moves time forward by ``nanoseconds``."""
        if nanoseconds > 0:
            self.now += nanoseconds
