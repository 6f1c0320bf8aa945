"""longmode's BIOS bootloader and disk-image builder.

``build_image`` / ``write_image`` turn a kernel (ELF64, or a Multiboot 1/2
kernel) into a raw disk image whose MBR and stage 2 are assembled from the
sources in this package by longmode's own assembler. The boot protocol a
64-bit kernel sees is declared in :mod:`longmode.boot.bootinfo`.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from longmode.boot.image import ImageError, build_image, plan_kernel, write_image

__all__ = ["ImageError", "build_image", "plan_kernel", "write_image"]


def __getattr__(name: str) -> object:
    # Loaded on first use: `longmode --help` need not import the image builder.
    if name in __all__:
        return getattr(importlib.import_module("longmode.boot.image"), name)
    raise AttributeError(f"module 'longmode.boot' has no attribute {name!r}")
