"""Mergeable sections (SHF_MERGE): identical entries stored once, and for strings
(SHF_STRINGS) a string that ends another one stored inside it, as GNU ld 2.40's
``bfd/merge.c`` does, so that the output's bytes are ld's.

ld's procedure, for the input sections of one output section that share flags,
entry size and alignment (sections with relocations are left alone):

1. each entry (a NUL-terminated string, or ``entsize`` bytes) is recorded in
   input order with an alignment: the largest power of two dividing its offset,
   at most the section's alignment; a later copy that needs more alignment
   replaces the earlier one (which goes to the end of the order);
2. strings are sorted by their reversed text, and a string that is the tail of its
   neighbour (with compatible alignment) becomes a suffix of it;
3. the entries kept are given positions in order, each input section holding the
   ones first recorded from it (a section left with none becomes empty), and a
   suffix sits at the end of the string that holds it.

A reference to a byte of the original section maps to the entry holding it: the
section and offset it moved to (:meth:`MergeMap.find`).
"""

from __future__ import annotations

import bisect
import operator
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from itertools import accumulate, repeat

from longmode.link.model import SHF_MERGE, SHF_STRINGS, InputSection


@dataclass(eq=False, slots=True)
class _Entry:
    data: bytes
    alignment: int
    section: InputSection
    #: Set by the layout of kept entries: where the entry went.
    index: int = 0
    suffix_of: _Entry | None = None
    order: int = 0


@dataclass(slots=True)
class MergeMap:
    """Where the entries of one original input section went."""

    #: Original offset of each entry's start, ascending.
    starts: list[int] = field(default_factory=list)
    entries: list[_Entry] = field(default_factory=list)
    #: The section had entries and holds none of them now (all stored in others):
    #: ld excludes it from the output (SEC_EXCLUDE), so its alignment moves nothing.
    excluded: bool = False

    def find(self, offset: int) -> tuple[InputSection, int]:
        """The section and offset that original ``offset`` now lies at."""
        i = bisect.bisect_right(self.starts, offset) - 1
        if i < 0:
            i = 0
        entry = self.entries[i]
        inside = offset - self.starts[i]
        while entry.suffix_of is not None:
            parent = entry.suffix_of
            inside += len(parent.data) - len(entry.data)
            entry = parent
        return entry.section, entry.index + inside

    def start_addresses(self, address_of: Callable[[InputSection], int | None]) -> dict[int, int]:
        """The address each entry's original start now lies at (as :meth:`find`
        says, the section's address from ``address_of``, 0 when it has none)."""
        addresses: dict[int, int] = {}
        bases: dict[InputSection, int] = {}  # the entries lie in few sections
        for start, entry in zip(self.starts, self.entries, strict=True):
            inside = 0
            while entry.suffix_of is not None:
                parent = entry.suffix_of
                inside += len(parent.data) - len(entry.data)
                entry = parent
            base = bases.get(entry.section)
            if base is None:
                base = bases[entry.section] = address_of(entry.section) or 0
            addresses[start] = base + entry.index + inside
        return addresses


def mergeable(section: InputSection) -> bool:
    return bool(section.flags & SHF_MERGE) and section.entsize > 0 and not section.has_relocations


def merge(groups: list[list[InputSection]]) -> dict[InputSection, MergeMap]:
    """Merges each group (sections of one output section with the same flags, entry
    size and alignment, in layout order); replaces their ``data`` and ``size``."""
    maps: dict[InputSection, MergeMap] = {}
    for group in groups:
        if group:
            maps.update(_merge_group(group))
    return maps


def _merge_group(group: list[InputSection]) -> dict[InputSection, MergeMap]:
    entsize = group[0].entsize
    strings = bool(group[0].flags & SHF_STRINGS)
    table: dict[bytes, _Entry] = {}
    order: list[_Entry] = []
    maps: dict[InputSection, MergeMap] = {}
    for section in group:
        mapping = maps[section] = MergeMap()
        mask = section.align - 1
        if not mask:  # byte-aligned (.debug_str): each entry's alignment is 1
            pieces = _pieces(section.data, entsize, strings)
            for piece in pieces:
                if piece not in table:  # (a recorded copy's alignment is at least 1)
                    made = table[piece] = _Entry(piece, 1, section, 0, None, len(order))
                    order.append(made)
            mapping.starts.extend(accumulate(map(len, pieces[:-1]), initial=0) if pieces else ())
            mapping.entries.extend(map(table.__getitem__, pieces))
            continue
        for offset, piece in _entries(section.data, entsize, strings):
            alignment = ((offset ^ (offset - 1)) + 1) >> 1 if offset else 0
            if not alignment or alignment > mask:
                alignment = mask + 1
            entry = table.get(piece)
            if entry is None or entry.alignment < alignment:
                if entry is not None:  # ld drops the less aligned copy, keeping its place
                    entry.alignment = 0
                    entry.suffix_of = None
                replacement = _Entry(piece, alignment, section, order=len(order))
                if entry is not None:
                    entry.suffix_of = replacement
                    entry.data = piece
                table[piece] = entry = replacement
                order.append(entry)
            mapping.starts.append(offset)
            mapping.entries.append(entry)
    if strings:
        _tail_merge([e for e in order if e.alignment], entsize)
    contents: dict[InputSection, bytearray] = {section: bytearray() for section in group}
    for entry in order:
        if not entry.alignment:
            continue
        out = contents[entry.section]
        if entry.alignment == 1:
            entry.index = len(out)
        else:
            size = -(-len(out) // entry.alignment) * entry.alignment
            out.extend(bytes(size - len(out)))
            entry.index = size
        out += entry.data
    for section in group:
        section.data = bytes(contents[section])
        section.size = len(section.data)
        maps[section].excluded = bool(maps[section].starts) and not section.size
    return maps


def _entries(data: bytes, entsize: int, strings: bool) -> Iterator[tuple[int, bytes]]:
    """Each entry of a section's bytes and its offset: ``entsize`` bytes, or a string
    with its terminator (the last one may lack it)."""
    if strings and entsize == 1:  # the common case (C strings, .debug_str): in one split
        offset = 0
        *whole, tail = data.split(b"\0")
        for text in whole:
            yield offset, text + b"\0"
            offset += len(text) + 1
        if tail:
            yield offset, tail
        return
    offset = 0
    while offset < len(data):
        end = _entry_end(data, offset, entsize, strings)
        yield offset, data[offset:end]
        offset = end


def _pieces(data: bytes, entsize: int, strings: bool) -> list[bytes]:
    """The entries of a section's bytes, as :func:`_entries` gives them, without
    their offsets; C strings (.debug_str) in one split and one map."""
    if strings and entsize == 1:
        *whole, tail = data.split(b"\0")
        pieces = list(map(operator.add, whole, repeat(b"\0")))
        if tail:
            pieces.append(tail)
        return pieces
    return [piece for _, piece in _entries(data, entsize, strings)]


def _entry_end(data: bytes, offset: int, entsize: int, strings: bool) -> int:
    if not strings:
        return min(offset + entsize, len(data))
    if entsize == 1:
        end = data.find(b"\0", offset)
        return len(data) if end < 0 else end + 1
    end = offset
    zero = bytes(entsize)
    while end + entsize <= len(data):
        if data[end : end + entsize] == zero:
            return end + entsize
        end += entsize
    return len(data)


def _tail_merge(entries: list[_Entry], entsize: int) -> None:
    """ld's merge_strings: sort by reversed text; each string that ends its sorted
    successor (and fits its alignment) becomes a suffix of it."""
    if not entries:
        return
    alignments = {e.alignment for e in entries}
    common = alignments.pop() if len(alignments) == 1 else 0
    use_align = common > entsize

    def text(entry: _Entry) -> bytes:
        return entry.data[: len(entry.data) - entsize]

    def key(entry: _Entry) -> tuple[int, bytes]:
        # strrevcmp: the reversed texts in byte order, a shorter one first when it
        # ends the other; strrevcmp_align first groups them by length modulo the
        # alignment
        body = text(entry)
        return ((len(body) & (common - 1)) if use_align else 0), body[::-1]

    def reversed_text(entry: _Entry) -> bytes:  # key's second part, in one slice
        return entry.data[-2::-1]

    ordered = sorted(entries, key=reversed_text if entsize == 1 and not use_align else key)
    holder = ordered[-1]
    longer = text(holder)
    for entry in reversed(ordered[:-1]):
        shorter = entry.data[: len(entry.data) - entsize]  # text(entry)
        if (
            holder.alignment >= entry.alignment
            and not (len(longer) - len(shorter)) & (entry.alignment - 1)
            and len(longer) > len(shorter)
            and longer.endswith(shorter)
        ):
            entry.suffix_of = holder
            entry.alignment = 0
        else:
            holder, longer = entry, shorter
