"""Decoding and printing x86-64 code with iced-x86, shared by the rules."""

from __future__ import annotations

from collections.abc import Iterator

import iced_x86
from iced_x86 import Decoder, Formatter, FormatterSyntax, Instruction

_FORMATTER = Formatter(FormatterSyntax.NASM)
_FORMATTER.hex_prefix = "0x"
_FORMATTER.hex_suffix = ""

#: CpuidFeature number → name, e.g. 109 → "SSE2".
FEATURE_NAMES: dict[int, str] = {
    value: name for name, value in vars(iced_x86.CpuidFeature).items() if not name.startswith("_")
}
#: Mnemonic number → name, e.g. "LEA".
MNEMONIC_NAMES: dict[int, str] = {
    value: name for name, value in vars(iced_x86.Mnemonic).items() if not name.startswith("_")
}


def decode(data: bytes, address: int) -> Iterator[Instruction]:
    """Every instruction in ``data`` (64-bit code at ``address``), linearly."""
    yield from Decoder(64, data, ip=address)


def text(instruction: Instruction) -> str:
    """NASM-syntax disassembly, e.g. ``mov [rsp-0x8],rdi``."""
    return str(_FORMATTER.format(instruction))


def signed(value: int) -> int:
    """A 64-bit displacement as a signed number."""
    return value - (1 << 64) if value >= 1 << 63 else value
