"""Which ELF relocation NASM 2.16 writes for a field, ``wrt ..special`` forms included
(its ``outelf.c``: ``elf_out`` and ``elf64_out``), and against which symbol.

A relocation through the GOT or the PLT, or ``wrt ..sym``, names a global symbol
rather than a section: ``exact`` (``..got``, ELF64's ``..plt``) needs a global
symbol at the target's very address, ``nearest`` (``..sym``) takes the nearest one
at or before it, as NASM's ``elf_add_gsym_reloc`` does.
"""

from __future__ import annotations

from dataclasses import dataclass

from longmode.asm.diagnostics import LineError

# (PC-relative, size, signed 32-bit) → type, with no `wrt'
R_X86_64 = {
    (False, 8, False): 1, (True, 4, False): 2, (False, 4, False): 10, (False, 4, True): 11,
    (False, 2, False): 12, (True, 2, False): 13, (False, 1, False): 14, (True, 1, False): 15,
    (True, 8, False): 24,
}  # fmt: skip
# (PC-relative, size) → type, with no `wrt'
R_386 = {(False, 4): 1, (True, 4): 2, (False, 2): 20, (True, 2): 21, (False, 1): 22, (True, 1): 23}

_UNSUPPORTED = {
    "..tlsie": "TLS", "..gottpoff": "TLS", "..tpoff": "TLS", "..gotpc": "the GOT's address",
}  # fmt: skip


@dataclass(frozen=True)
class RelocKind:
    """A relocation type, the symbol rule (``""``, ``exact`` or ``nearest``) and
    whether the field's offset is added to the addend (ELF32's ``..gotpc``)."""

    rtype: int
    symbol: str = ""
    plus_offset: bool = False


def elf64_kind(wrt: str, pcrel: bool, size: int, signed: bool) -> RelocKind:
    """The ELF64 relocation of a field (``signed``: a sign-extended 32-bit one)."""
    _check_supported(wrt, elf32=False)
    if pcrel:
        if wrt == "":
            return RelocKind(_known(R_X86_64.get((True, size, False)), size))
        if wrt == "..plt" and size == 4:
            return RelocKind(4, "exact")  # R_X86_64_PLT32
        if wrt in ("..got", "..gotpcrel") and size == 4:
            return RelocKind(9, "exact")  # R_X86_64_GOTPCREL
        raise LineError("ELF64 format does not support this use of WRT")
    if wrt == "":
        return RelocKind(_known(R_X86_64.get((False, size, signed and size == 4)), size))
    if wrt == "..plt":
        raise LineError("ELF format cannot produce non-PC-relative PLT references")
    if wrt == "..gotoff":
        if size != 8:
            raise LineError("ELF64 requires ..gotoff references to be qword")
        return RelocKind(25)  # R_X86_64_GOTOFF64
    if wrt == "..got" and size in (4, 8):
        return RelocKind(3 if size == 4 else 27, "exact")  # R_X86_64_GOT32, GOT64
    if wrt == "..sym":
        return RelocKind(_known(R_X86_64.get((False, size, False)), size), "nearest")
    raise LineError("ELF64 format does not support this use of WRT")


def elf32_kind(wrt: str, pcrel: bool, size: int) -> RelocKind:
    """The ELF32 relocation of a field."""
    _check_supported(wrt, elf32=True)
    if pcrel:
        if wrt == "":
            return RelocKind(_known(R_386.get((True, size)), size))
        if wrt == "..plt" and size == 4:
            return RelocKind(4)  # R_386_PLT32, against the section as NASM writes it
        if wrt in ("..got", "..gotoff", "..gotpc"):
            raise LineError("ELF format cannot produce PC-relative GOT references")
        raise LineError("ELF format does not support this use of WRT")
    if wrt == "":
        return RelocKind(_known(R_386.get((False, size)), size))
    if wrt == "..plt":
        raise LineError("ELF format cannot produce non-PC-relative PLT references")
    if size == 4 and wrt == "..gotoff":
        return RelocKind(9)  # R_386_GOTOFF
    if size == 4 and wrt == "..gotpc":
        return RelocKind(10, plus_offset=True)  # R_386_GOTPC
    if size == 4 and wrt == "..got":
        return RelocKind(3, "exact")  # R_386_GOT32
    if wrt == "..sym":
        return RelocKind(_known(R_386.get((False, size)), size), "nearest")
    raise LineError("ELF format does not support this use of WRT")


def _check_supported(wrt: str, elf32: bool) -> None:
    if wrt == "..gotpc" and elf32:
        return
    if wrt in _UNSUPPORTED:
        raise LineError(
            f"`wrt {wrt}' ({_UNSUPPORTED[wrt]}) is not supported by longmode's assembler"
        )


def _known(rtype: int | None, size: int) -> int:
    if rtype is None:
        raise LineError(f"Unsupported {8 * size}-bit ELF relocation")
    return rtype


def global_symbol(
    section: str, offset: int, rule: str, places: dict[str, tuple[str, int]]
) -> tuple[str, int]:
    """The global symbol a GOT, PLT or ``..sym`` relocation names for ``offset`` in
    ``section``, and what remains of the offset; ``places``: each global's place."""
    candidates = [
        (value, name)
        for name, (where, value) in places.items()
        if where == section and (value == offset if rule == "exact" else value <= offset)
    ]
    if not candidates:
        raise LineError("unable to find a suitable global symbol for this reference")
    value, name = max(candidates)
    return name, offset - value
