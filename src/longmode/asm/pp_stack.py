"""The preprocessor's stack-frame directives, as in NASM (TASM's ARG and LOCAL):
``%stacksize``, ``%arg`` and ``%local`` define single-line macros such as
``x`` → ``(ebp+8)`` for a procedure's arguments and locals.

NASM 2.16 keeps the next offsets from one of its passes to the next (only
``%stacksize`` sets them again), so an ``%arg`` or ``%local`` before any
``%stacksize`` gets offsets that depend on how many passes NASM made. Such a
line is refused here, with that reason, rather than given other bytes.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Protocol

from longmode.asm.diagnostics import LineError
from longmode.asm.macros import SingleMacro
from longmode.asm.records import Record

if TYPE_CHECKING:
    from longmode.asm.macros import Defines

# %stacksize NAME: (slot size, frame pointer, first argument's offset), NASM's table
STACK_SIZES = {
    "flat": (4, "ebp", 8),
    "flat64": (8, "rbp", 16),
    "large": (2, "bp", 4),
    "small": (2, "bp", 6),
}
# the size types NASM 2.16 takes here (not zword)
SIZE_TYPES = {
    "byte": 1, "word": 2, "dword": 4, "qword": 8, "tword": 10, "oword": 16, "yword": 32,
}  # fmt: skip
_ITEM_RE = re.compile(r"\s*([A-Za-z_.?@$][\w.?@$#~]*)\s*(:)?\s*([^\s,]*)[^,]*(,?)")


class StackFrame(Record):
    """What ``%stacksize`` set (``set``: whether one was seen): the slot size, the
    frame pointer, and the next argument and local offsets."""

    __slots__ = ("arg_offset", "local_offset", "pointer", "set", "slot")
    slot: int
    pointer: str
    arg_offset: int
    local_offset: int
    set: bool

    def __init__(
        self,
        slot: int = 4,
        pointer: str = "ebp",
        arg_offset: int = 8,
        local_offset: int = 0,
        set: bool = False,
    ) -> None:
        self.slot = slot
        self.pointer = pointer
        self.arg_offset = arg_offset
        self.local_offset = local_offset
        self.set = set


class Preprocessor(Protocol):
    """What these directives use of the preprocessor."""

    defines: Defines
    stack: StackFrame
    contexts: list[tuple[str, int]]

    def _context_names(self, text: str) -> str: ...


def stacksize(pp: Preprocessor, name: str, arg: str) -> None:
    """``%stacksize flat|flat64|large|small``."""
    words = arg.split()
    if not words:
        raise LineError("`%stacksize' missing size parameter")
    found = STACK_SIZES.get(words[0].lower())
    if found is None:
        raise LineError("`%stacksize' invalid size type")
    slot, pointer, first = found
    pp.stack = StackFrame(slot, pointer, first, 0, True)


def arg(pp: Preprocessor, name: str, arg: str) -> None:
    """``%arg a:dword, b:word``: ``a`` → ``(ebp+8)``, ``b`` → ``(ebp+12)``."""
    stack = _stack(pp, name)
    for item, size in _items(pp, name, arg):
        _define(pp, item, stack.arg_offset)
        stack.arg_offset += size


def local(pp: Preprocessor, name: str, arg: str) -> None:
    """``%local x:word, y:dword``: ``x`` → ``(ebp-4)``, ``y`` → ``(ebp-8)``, and
    ``%$localsize`` grows by their total size."""
    stack = _stack(pp, name)
    total = 0
    for item, size in _items(pp, name, arg):
        stack.local_offset += size
        _define(pp, item, -stack.local_offset)
        total += size
    if not pp.contexts:
        raise LineError("`%$localsize': context stack is empty")
    localsize = pp._context_names("%$localsize")
    macros = pp.defines.find(localsize)
    if not macros or macros[0].params is not None or not macros[0].body.strip():
        raise LineError("expression syntax error")  # NASM's, for an unset %$localsize
    try:
        before = int(macros[0].body.strip(), 0)
    except ValueError:
        raise LineError("expression syntax error") from None
    pp.defines.define(SingleMacro(localsize, None, str(before + total)))


def _stack(pp: Preprocessor, name: str) -> StackFrame:
    if not pp.stack.set:
        raise LineError(
            f"`{name}' before any `%stacksize' is not supported: NASM 2.16 carries its "
            "offsets from one pass to the next there, so its bytes depend on its number "
            "of passes; put `%stacksize flat' (or flat64, large, small) first"
        )
    return pp.stack


def _items(pp: Preprocessor, name: str, text: str) -> list[tuple[str, int]]:
    """The ``name:size`` items of ``text``, sizes rounded up to whole stack slots."""
    items = []
    rest = text
    while True:
        m = _ITEM_RE.match(rest)
        if m is None:
            raise LineError(f"`{name}' missing argument parameter")
        if not m.group(2):
            raise LineError(f"syntax error processing `{name}' directive")
        if not m.group(3):
            raise LineError(f"`{name}' missing size type parameter")
        size = SIZE_TYPES.get(pp.defines.expand(m.group(3)).strip().lower())
        if size is None:
            raise LineError(f"invalid size type for `{name}' missing directive")
        slot = pp.stack.slot
        items.append((m.group(1), -(-size // slot) * slot))
        rest = rest[m.end() :]
        if not m.group(4):
            return items


def _define(pp: Preprocessor, item: str, offset: int) -> None:
    sign = "+" if offset >= 0 else "-"
    pp.defines.define(SingleMacro(item, None, f"({pp.stack.pointer}{sign}{abs(offset)})"))
