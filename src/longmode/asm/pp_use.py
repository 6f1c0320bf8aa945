"""``%use``: NASM's standard macro packages. ``altreg`` (numeric register names,
NASM's manual 7.1) is defined here from the manual; the other packages are refused
by name, with an error at the line."""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol

from longmode.asm.diagnostics import LineError
from longmode.asm.macros import SingleMacro

if TYPE_CHECKING:
    from longmode.asm.macros import Defines

# NASM's packages: the ones longmode does not provide yet, and why a source uses them
NOT_PROVIDED = {
    "smartalign": "ALIGN with multi-byte NOPs and ALIGNMODE",
    "fp": "the float8/float16/.../float128 macros",
    "ifunc": "ilog2 and the other integer functions",
    "masm": "MASM compatibility",
}
_LEGACY = ("ax", "cx", "dx", "bx", "sp", "bp", "si", "di")


def altreg_names() -> dict[str, str]:
    """``altreg``'s names: r0..r7 (with d, w, b and l suffixes), r8l..r15l and r0h..r3h."""
    names = {}
    for number, reg in enumerate(_LEGACY):
        low = reg[0] + "l" if number < 4 else reg + "l"
        names[f"r{number}"] = "r" + reg
        names[f"r{number}d"] = "e" + reg
        names[f"r{number}w"] = reg
        names[f"r{number}b"] = names[f"r{number}l"] = low
    for number in range(8, 16):
        names[f"r{number}l"] = f"r{number}b"
    for number in range(4):
        names[f"r{number}h"] = _LEGACY[number][0] + "h"
    return names


class Preprocessor(Protocol):
    """What ``%use`` uses of the preprocessor."""

    defines: Defines


def use(pp: Preprocessor, name: str, arg: str) -> None:
    """``%use altreg`` (the name is case-insensitive and may be quoted)."""
    package = arg.strip().strip("\"'`").lower()
    if not package:
        raise LineError("`%use' expects a package name, got end of line")
    if package == "altreg":
        for alias, register in altreg_names().items():
            pp.defines.define(SingleMacro(alias, None, register), True)
        return
    if package in NOT_PROVIDED:
        raise LineError(
            f"`%use {package}' ({NOT_PROVIDED[package]}) is not supported by longmode's "
            "assembler: of NASM's standard macro packages only altreg is"
        )
    raise LineError(f"unknown `%use' package: `{package}'")
