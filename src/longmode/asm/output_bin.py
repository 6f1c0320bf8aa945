"""The flat binary output format: sections placed as NASM's ``outbin.c`` places them.

Progbits sections keep their order of definition (``.text`` first), except
that a section with ``follows=`` moves (with the sections defined after it)
behind the one it follows, and sections with ``start=`` are sorted by it. Each
section without a start goes after the previous one, aligned (4 unless given);
labels see ``vstart=`` addresses; nobits sections follow, virtually, the
section defined before them (``.bss``: the last progbits one).
"""

from __future__ import annotations

from typing import Any

from longmode.asm.diagnostics import LineError
from longmode.asm.limits import MAX_OUTPUT_SIZE, output_limit_text


def _attr_int(section: Any, key: str) -> int | None:
    value = section.attrs.get(key)
    if value is None:
        return None
    if not isinstance(value, int) or isinstance(value, bool):
        raise LineError(f"section `{section.name}': `{key}' must be a number")
    return value


def _align_up(value: int, align: int) -> int:
    return (value + align - 1) // align * align


def _order_progbits(progbits: list[Any]) -> list[Any]:
    """NASM's step 2, on a linked list as in ``outbin.c``: `follows' groups, then `start'."""
    if not progbits:
        return []
    by_name = {s.name: s for s in progbits}
    nxt: dict[str, str | None] = {}
    for a, b in zip(progbits, [*progbits[1:], None], strict=True):
        nxt[a.name] = b.name if b is not None else None
    head: str | None = progbits[0].name

    def follows(name: str | None) -> str | None:
        value = by_name[name].attrs.get("follows") if name is not None else None
        return value if isinstance(value, str) else None

    def has_start(name: str) -> bool:
        return _attr_int(by_name[name], "start") is not None

    def set_link(where: str | None, value: str | None) -> None:  # *gp = value
        nonlocal head
        if where is None:
            head = value
        else:
            nxt[where] = value

    gp: str | None = None  # the section whose `next' points at g (None: the list head)
    g = head
    for _ in range(10_000):
        if g is None:
            break
        if follows(g) is None:
            while True:
                n = nxt[g]
                if n is None or (follows(n) is not None and follows(n) != g):
                    break
                g = n
            n = nxt[g]
            if n is None:
                break
            gp, g = g, n
        target = follows(g)
        if target is None or target not in by_name:
            raise LineError(f"section {g} follows an invalid or unknown section ({target})")
        if target == g:
            raise LineError(f"section {g} is self following")
        after = nxt[target]
        if after is not None and follows(after) == target:
            raise LineError(f"sections {g} and {after} can't both follow section {target}")
        gsp: str = g
        gs = nxt[g]
        while gs is not None and gs != target and not has_start(gs):
            n = nxt[gs]
            if n is not None and follows(n) is not None and follows(n) != gs:
                gsp, gs = gs, n
                break
            gsp, gs = gs, n
        nxt[gsp] = nxt[target]  # re-link the group after the section it follows
        nxt[target] = g
        set_link(gp, gs)
        g = gs
    order: list[Any] = []
    name = head
    while name is not None and len(order) <= len(progbits):
        order.append(by_name[name])
        name = nxt[name]
    # start groups: a section with start= leads the sections after it that have none
    groups: list[list[Any]] = []
    for s in order:
        if not groups or has_start(s.name):
            groups.append([s])
        else:
            groups[-1].append(s)
    result: list[list[Any]] = []
    for group in groups:
        start = _attr_int(group[0], "start")
        pos = len(result)
        for k, other in enumerate(result):
            other_start = _attr_int(other[0], "start")
            if start is not None and other_start is not None and start < other_start:
                pos = k
                break
        result.insert(pos, group)
    return [s for group in result for s in group]


def section_addresses(sections: dict[str, Any], org: int) -> dict[str, tuple[int, int]]:
    """Each section's (load address, virtual address), as NASM computes them."""
    created = sorted(sections.values(), key=lambda s: (s.name != ".text", s.index))
    progbits = _order_progbits([s for s in created if not s.nobits])
    placed: dict[str, tuple[int, int]] = {}
    pend = org
    for n, g in enumerate(progbits):
        start = _attr_int(g, "start")
        if start is None:
            if n == 0:
                start = _align_up(org, g.align) if g.align_defined else org
            else:
                start = _align_up(pend, g.align if g.align_defined else 4)
        vstart = _attr_int(g, "vstart")
        placed[g.name] = (start, start if vstart is None else vstart)
        if start >= pend:
            pend = start + g.size
    for g in progbits:  # vfollows between progbits sections
        vfollows = g.attrs.get("vfollows")
        if isinstance(vfollows, str) and vfollows in placed and _attr_int(g, "vstart") is None:
            host = sections[vfollows]
            valign = _attr_int(g, "valign") or 4
            placed[g.name] = (placed[g.name][0], _align_up(placed[vfollows][1] + host.size, valign))
    last_progbits = progbits[-1] if progbits else None
    for g in created:
        if not g.nobits:
            continue
        start = _attr_int(g, "start")
        if start is None:
            start = _attr_int(g, "vstart")
        if start is None:
            index = created.index(g)
            prev = created[index - 1] if g.name != ".bss" and index > 0 else last_progbits
            if prev is None or prev.name not in placed:
                base = org
            else:
                base = placed[prev.name][1] + prev.size
            align = g.align if g.align_defined else 4
            start = _align_up(base, align)
        placed[g.name] = (start, start)
    return placed


def check_image(
    sections: dict[str, Any], org: int, org_where: tuple[str, int] | None = None
) -> tuple[dict[str, tuple[int, int]], int]:
    """Each section's addresses and where the image starts, once the image is known
    to fit the output limit; else a :class:`LineError` naming the section that
    ends last (at the line that declared it, or at the ``org``)."""
    placed = section_addresses(sections, org)
    progbits = [s for s in sections.values() if not s.nobits and s.size]
    if not progbits:
        return placed, org
    first = min(min(placed[s.name][0] for s in progbits), org)
    last = max(progbits, key=lambda s: placed[s.name][0] + s.size)
    size = placed[last.name][0] + last.size - first
    if size > MAX_OUTPUT_SIZE:
        raise LineError(
            f"{output_limit_text()}; section {last.name} at {placed[last.name][0]:#x} "
            f"would make it {size} bytes",
            where=last.where or org_where,
        )
    return placed, first


def write_bin(
    sections: dict[str, Any], org: int, org_where: tuple[str, int] | None = None
) -> bytes:
    """The flat binary image of the progbits sections, from the origin on."""
    placed, first = check_image(sections, org, org_where)
    progbits = [s for s in sections.values() if not s.nobits and s.size]
    if not progbits:
        return b""
    end = max(placed[s.name][0] + s.size for s in progbits)
    image = bytearray(end - first)
    for s in sorted(progbits, key=lambda s: placed[s.name][0]):
        offset = placed[s.name][0] - first
        image[offset : offset + s.size] = s.data
    return bytes(image)
