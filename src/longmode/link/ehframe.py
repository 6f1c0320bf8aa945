"""``--eh-frame-hdr``: the ``.eh_frame_hdr`` section and its PT_GNU_EH_FRAME, as GNU ld
makes them for an executable (bfd's ``elf-eh-frame.c``): a header that points at
``.eh_frame``, then a table of every FDE's start address and place, sorted by the
address, which unwinders search instead of walking ``.eh_frame``.

Layout (LSB's "Exception Frames", .eh_frame_hdr)::

    u8 version (1), u8 eh_frame_ptr_enc (pcrel|sdata4), u8 fde_count_enc (udata4),
    u8 table_enc (datarel|sdata4), s32 eh_frame_ptr, u32 fde_count,
    fde_count x (s32 initial_location, s32 fde_address), from the header's start

The records of ``.eh_frame`` (a CIE, or an FDE that points back at its CIE) are
read as the DWARF CFI and the x86-64 psABI describe them: an FDE's
``pc_begin`` is encoded as its CIE's augmentation ``R`` says (absolute without one).
"""

from __future__ import annotations

import struct

from longmode.link.model import LinkError

VERSION = 1
# DW_EH_PE_* pointer encodings: the format (low nibble) and how it applies.
DW_EH_PE_ABSPTR, DW_EH_PE_ULEB128, DW_EH_PE_UDATA2, DW_EH_PE_UDATA4 = 0x00, 0x01, 0x02, 0x03
DW_EH_PE_UDATA8, DW_EH_PE_SLEB128, DW_EH_PE_SDATA2, DW_EH_PE_SDATA4 = 0x04, 0x09, 0x0A, 0x0B
DW_EH_PE_SDATA8, DW_EH_PE_PCREL, DW_EH_PE_DATAREL, DW_EH_PE_OMIT = 0x0C, 0x10, 0x30, 0xFF
HEADER = struct.Struct("<BBBBiI")
ENTRY = struct.Struct("<ii")
#: Fixed-size formats: struct code by DW_EH_PE format (ABSPTR by the ELF class).
_FORMATS = {
    DW_EH_PE_UDATA2: "H", DW_EH_PE_UDATA4: "I", DW_EH_PE_UDATA8: "Q",
    DW_EH_PE_SDATA2: "h", DW_EH_PE_SDATA4: "i", DW_EH_PE_SDATA8: "q",
}  # fmt: skip


def size(fdes: int) -> int:
    """The header's size for ``fdes`` FDEs."""
    return HEADER.size + ENTRY.size * fdes


def count_fdes(data: bytes) -> int:
    """How many FDEs an input ``.eh_frame`` section holds (its records, to the end
    or a zero terminator)."""
    count = 0
    for _, is_cie, _ in _records(data):
        count += not is_cie
    return count


def build(eh_frame: bytes, eh_frame_address: int, address: int, bits: int) -> bytes:
    """The ``.eh_frame_hdr`` at ``address`` for the output ``.eh_frame`` (its bytes,
    relocated, at ``eh_frame_address``); ``bits`` is the ELF class."""
    cies: dict[int, int] = {}  # offset -> the FDE pointer encoding it gives
    table: list[tuple[int, int]] = []
    for offset, is_cie, body in _records(eh_frame):
        if is_cie:
            cies[offset] = _fde_encoding(eh_frame, offset, body, bits)
            continue
        # the CIE pointer counts back from its own field (the record's 5th byte)
        cie = offset + 4 - struct.unpack_from("<I", eh_frame, offset + 4)[0]
        encoding = cies.get(cie)
        if encoding is None:
            raise LinkError(f".eh_frame: the FDE at +{offset:#x} names no CIE before it")
        field = offset + 8
        start = _pointer(eh_frame, field, encoding, eh_frame_address + field, bits)
        table.append((start, eh_frame_address + offset))
    table.sort()
    header = HEADER.pack(
        VERSION,
        DW_EH_PE_PCREL | DW_EH_PE_SDATA4,
        DW_EH_PE_UDATA4,
        DW_EH_PE_DATAREL | DW_EH_PE_SDATA4,
        _s32(eh_frame_address - (address + 4)),
        len(table),
    )
    return header + b"".join(
        ENTRY.pack(_s32(start - address), _s32(fde - address)) for start, fde in table
    )


def _records(data: bytes) -> list[tuple[int, bool, int]]:
    """(offset, is a CIE, offset of the record's body after its id) of each record."""
    found = []
    offset = 0
    while offset + 4 <= len(data):
        (length,) = struct.unpack_from("<I", data, offset)
        if length == 0:
            break  # the terminator
        if length == 0xFFFFFFFF:
            raise LinkError(f".eh_frame: a 64-bit record at +{offset:#x} is not read yet")
        end = offset + 4 + length
        if end > len(data) or length < 4:
            raise LinkError(f".eh_frame: the record at +{offset:#x} runs past the section")
        (ident,) = struct.unpack_from("<I", data, offset + 4)
        found.append((offset, ident == 0, offset + 8))
        offset = end
    return found


def _fde_encoding(data: bytes, offset: int, body: int, bits: int) -> int:
    """The FDE pointer encoding a CIE gives (augmentation ``zR``), else absolute."""
    version = data[body]
    end = data.index(b"\0", body + 1)
    augmentation = data[body + 1 : end].decode("ascii", "replace")
    at = end + 1
    _, at = _uleb(data, at)  # code alignment factor
    _, at = _uleb(data, at)  # data alignment factor (SLEB128: the same length)
    if version == 1:
        at += 1  # return address register, a byte in version 1
    else:
        _, at = _uleb(data, at)
    if not augmentation.startswith("z"):
        return DW_EH_PE_ABSPTR
    _, at = _uleb(data, at)  # augmentation data length
    for letter in augmentation[1:]:
        if letter == "R":
            return data[at]
        if letter == "P":
            encoding = data[at]
            at += 1 + _pointer_size(encoding, data, at + 1, bits)
        elif letter == "L":
            at += 1
        elif letter not in "SB":
            raise LinkError(f".eh_frame: CIE at +{offset:#x}: augmentation {augmentation!r}")
    return DW_EH_PE_ABSPTR


def _pointer(data: bytes, at: int, encoding: int, address: int, bits: int) -> int:
    """The pointer encoded at ``at`` (whose address is ``address``)."""
    code = _format(encoding, bits)
    if code is None or encoding & 0x70 not in (0, DW_EH_PE_PCREL):
        raise LinkError(f".eh_frame: FDE address encoding {encoding:#x} is not read yet")
    value: int = struct.unpack_from("<" + code, data, at)[0]
    if encoding & 0x70 == DW_EH_PE_PCREL:
        value += address
    return value & ((1 << bits) - 1)


def _pointer_size(encoding: int, data: bytes, at: int, bits: int) -> int:
    code = _format(encoding, bits)
    if code is not None:
        return struct.calcsize("<" + code)
    if encoding & 0x0F in (DW_EH_PE_ULEB128, DW_EH_PE_SLEB128):
        return _uleb(data, at)[1] - at
    raise LinkError(f".eh_frame: pointer encoding {encoding:#x} is not read yet")


def _format(encoding: int, bits: int) -> str | None:
    """The struct code of a fixed-size pointer format (an absolute pointer is the
    ELF class's word); None for LEB128 and unknown formats."""
    if encoding & 0x0F == DW_EH_PE_ABSPTR:
        return "Q" if bits == 64 else "I"
    return _FORMATS.get(encoding & 0x0F)


def _uleb(data: bytes, at: int) -> tuple[int, int]:
    """A ULEB128's value and where the next field starts (an SLEB128 is as long)."""
    value = shift = 0
    while True:
        byte = data[at]
        at += 1
        value |= (byte & 0x7F) << shift
        shift += 7
        if not byte & 0x80:
            return value, at


def _s32(value: int) -> int:
    value &= 0xFFFFFFFF
    return value - (1 << 32) if value & 0x80000000 else value
