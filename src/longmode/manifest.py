"""A kernel crate's ``Cargo.toml``, found from an executable cargo built.

`longmode runner` reads its test settings there and the image builder the
``bootloader`` crate the kernel was built against; both find it the same way.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from pathlib import Path

from longmode.errors import LongmodeError


def find_manifest(executable: Path, environ: Mapping[str, str] | None = None) -> Path | None:
    """The crate's Cargo.toml: in CARGO_MANIFEST_DIR when cargo set it (it does for
    runners); else the first one above the executable's folder, starting outside
    the nearest ``target`` folder (cargo's output); None when there is none."""
    environ = os.environ if environ is None else environ
    directory = environ.get("CARGO_MANIFEST_DIR")
    if directory:
        manifest = Path(directory) / "Cargo.toml"
        if not manifest.is_file():
            raise LongmodeError(
                f"{manifest}: no such file: CARGO_MANIFEST_DIR must name the crate's folder, "
                "the one with its Cargo.toml"
            )
        return manifest
    start = executable.absolute().parent
    folders = [start, *start.parents]
    for index, folder in enumerate(folders):
        if folder.name == "target":
            folders = folders[index + 1 :]
            break
    for folder in folders:
        if (folder / "Cargo.toml").is_file():
            return folder / "Cargo.toml"
    return None
