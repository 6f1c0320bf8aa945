"""longmode: build, boot, debug and test bare-metal x86-64 kernels.

The public API is re-exported here; the modules behind it are private in
spirit and may move.
"""

from longmode.errors import LongmodeError

# (not typing's: `longmode`'s entry point imports this package, and typing costs
# milliseconds that a command handed to the server should not pay)
TYPE_CHECKING = False

if TYPE_CHECKING:
    from longmode.debug.core import Stop
    from longmode.debug.machine import Machine
    from longmode.machine.hooks import Hook
    from longmode.machine.machine import Outcome, RunResult
    from longmode.machine.snapshot import Snapshot

__all__ = [
    "Hook",
    "LongmodeError",
    "Machine",
    "Outcome",
    "RunResult",
    "Snapshot",
    "Stop",
    "__version__",
]


def __getattr__(name: str) -> object:
    """The machine's API, imported on first use (it loads unicorn, which the
    QEMU path and the assembler do not need)."""
    if name == "Machine":  # with the debugger's verbs (break_at, step, reverse_step, ...)
        from longmode.debug.machine import Machine

        return Machine
    if name == "Stop":
        from longmode.debug.core import Stop

        return Stop
    if name in ("Outcome", "RunResult"):
        from longmode.machine import results

        return getattr(results, name)
    if name == "Snapshot":
        from longmode.machine.snapshot import Snapshot

        return Snapshot
    if name == "Hook":
        from longmode.machine.hooks import Hook

        return Hook
    raise AttributeError(f"module 'longmode' has no attribute {name!r}")


__version__ = "0.1.0"
