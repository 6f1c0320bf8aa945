"""The flat binary output format: sections placed one after another from ``org``."""

from __future__ import annotations

from typing import Any

from longmode.asm.diagnostics import LineError


def _attr_int(section: Any, key: str) -> int | None:
    value = section.attrs.get(key)
    if value is None:
        return None
    if not isinstance(value, int) or isinstance(value, bool):
        raise LineError(f"section `{section.name}': `{key}' must be a number")
    return value


def section_addresses(sections: dict[str, Any], org: int) -> dict[str, tuple[int, int]]:
    """Each section's (load address, virtual address), in NASM's bin order.

    Progbits sections come first (``.text`` leading), in order of definition,
    then nobits ones; each starts at its ``start=`` or after the previous one,
    aligned; ``vstart=`` gives the address labels see.
    """
    ordered = sorted(sections.values(), key=lambda s: (s.nobits, s.name != ".text", s.index))
    placed: dict[str, tuple[int, int]] = {}
    position = org
    vposition: int | None = None  # where the previous section ended, virtually
    for section in ordered:
        start = _attr_int(section, "start")
        follows = section.attrs.get("follows")
        if start is None:
            if isinstance(follows, str) and follows in placed:
                prev = sections[follows]
                position = placed[follows][0] + prev.size
            align = section.align
            start = (position + align - 1) // align * align
        vstart = _attr_int(section, "vstart")
        vfollows = section.attrs.get("vfollows")
        if vstart is None and isinstance(vfollows, str) and vfollows in placed:
            prev = sections[vfollows]
            vstart = placed[vfollows][1] + prev.size
            vstart = (vstart + section.align - 1) // section.align * section.align
        if vstart is None and vposition is not None and _attr_int(section, "start") is None:
            # NASM chains virtual addresses: after a `vstart=' section, the next
            # one continues from where that one ends virtually.
            vstart = (vposition + section.align - 1) // section.align * section.align
        placed[section.name] = (start, start if vstart is None else vstart)
        position = start + section.size
        vposition = placed[section.name][1] + section.size
    return placed


def write_bin(sections: dict[str, Any], org: int) -> bytes:
    """The flat binary image of the progbits sections."""
    placed = section_addresses(sections, org)
    progbits = [s for s in sections.values() if not s.nobits and s.size]
    if not progbits:
        return b""
    first = min(min(placed[s.name][0] for s in progbits), org)
    end = max(placed[s.name][0] + s.size for s in progbits)
    image = bytearray(end - first)
    for s in sorted(progbits, key=lambda s: placed[s.name][0]):
        offset = placed[s.name][0] - first
        image[offset : offset + s.size] = s.data
    return bytes(image)
