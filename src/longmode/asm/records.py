"""The base of the assembler's small record classes.

A record annotates its fields (each also a slot) and sets them in its own ``__init__``;
this base gives it what the dataclass decorator would write, once for all of them:
``==`` (same class, equal fields), ``hash``, ``repr`` and :meth:`Record.replace`.
Decorating some thirty classes, and importing :mod:`dataclasses` (which imports
:mod:`inspect`), was a fifth of the start-up of ``longmode asm``.
"""

from __future__ import annotations

from typing import Any, Self


class Record:
    """Fields annotated in the class body (the base classes' first), each a slot;
    compared, hashed and shown in that order."""

    __slots__ = ()
    #: Every field, the base classes' first (set for each subclass).
    fields: tuple[str, ...] = ()

    def __init_subclass__(cls, **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)
        fields: list[str] = []
        for klass in reversed(cls.__mro__[: cls.__mro__.index(Record)]):
            # (not inspect.get_annotations: importing inspect is what records avoid)
            fields.extend(klass.__dict__.get("__annotations__", ()))  # noqa: RUF063
        cls.fields = tuple(fields)

    def _values(self) -> tuple[Any, ...]:
        return tuple(getattr(self, name) for name in self.fields)

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__:
            return NotImplemented
        assert isinstance(other, Record)
        return self._values() == other._values()

    def __hash__(self) -> int:
        return hash(self._values())

    def __repr__(self) -> str:
        shown = ", ".join(f"{name}={getattr(self, name)!r}" for name in self.fields)
        return f"{self.__class__.__qualname__}({shown})"

    def replace(self, **changes: Any) -> Self:
        """A copy with some fields changed (as :func:`dataclasses.replace`)."""
        copy = object.__new__(self.__class__)
        for name in self.fields:
            setattr(copy, name, changes.pop(name) if name in changes else getattr(self, name))
        if changes:
            raise TypeError(f"{self.__class__.__qualname__} has no field {next(iter(changes))}")
        return copy
