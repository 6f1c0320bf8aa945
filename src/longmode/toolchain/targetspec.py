"""The kernel's target spec: the seed's JSON, written for the installed rustc.

The seed's spec (``x86_64-unknown-none``, ``disable-redzone``, ``-mmx,-sse,+soft-float``,
``panic-strategy: abort``, rust-lld) is fixed in :data:`SEED_SPEC`. What keeps
changing between rustc releases — and breaks hand-written spec files, the
most reported pain of bootimage users — is taken from the installed rustc's
own ``x86_64-unknown-none`` spec instead: the data layout, whether pointer
widths are numbers or strings, the spelling of the lld linker flavour, the
soft-float ABI key (``rustc-abi``) that current rustc requires with
``+soft-float``.
"""

from __future__ import annotations

import json
import subprocess
from pathlib import Path
from typing import Any

from longmode.errors import LongmodeError
from longmode.files import write_atomically
from longmode.toolchain.discover import Toolchain

#: The name cargo gives the target (and the JSON file's stem).
TARGET_NAME = "x86_64-longmode"
#: The built-in target we take rustc-version-dependent values from.
REFERENCE_TARGET = "x86_64-unknown-none"

#: The seed's target spec, field for field.
SEED_SPEC: dict[str, Any] = {
    "llvm-target": "x86_64-unknown-none",
    "data-layout": "e-m:e-i64:64-f80:128-n8:16:32:64-S128",
    "arch": "x86_64",
    "target-endian": "little",
    "target-pointer-width": "64",
    "target-c-int-width": "32",
    "os": "none",
    "executables": True,
    "linker-flavor": "ld.lld",
    "linker": "rust-lld",
    "panic-strategy": "abort",
    "disable-redzone": True,
    "features": "-mmx,-sse,+soft-float",
}

#: Fields whose value (or very presence) follows the installed rustc.
_FROM_RUSTC = ("data-layout", "target-pointer-width", "target-c-int-width", "linker-flavor")


def reference_spec(toolchain: Toolchain) -> dict[str, Any]:
    """The installed rustc's built-in ``x86_64-unknown-none`` spec."""
    command = [
        str(toolchain.rustc), "-Z", "unstable-options",
        "--print", "target-spec-json", "--target", REFERENCE_TARGET,
    ]  # fmt: skip
    done = subprocess.run(
        command, capture_output=True, text=True, env=toolchain.environment(), timeout=60
    )
    if done.returncode != 0:
        raise LongmodeError(
            f"{toolchain.rustc} could not print its {REFERENCE_TARGET} target spec "
            f"({toolchain.version}); longmode needs rustc 1.80 or newer. rustc said: "
            + " ".join(done.stderr.split())
        )
    spec: dict[str, Any] = json.loads(done.stdout)
    return spec


def seed_target_spec(toolchain: Toolchain) -> dict[str, Any]:
    """The seed's spec in the form the installed rustc accepts."""
    reference = reference_spec(toolchain)
    spec = dict(SEED_SPEC)
    for key in _FROM_RUSTC:
        if key in reference:
            spec[key] = reference[key]
        else:
            spec.pop(key, None)
    if "rustc-abi" in reference:
        # The soft-float ABI that `+soft-float` requires: "softfloat" or "x86-softfloat".
        spec["rustc-abi"] = reference["rustc-abi"]
    spec["linker"] = str(toolchain.linker)
    if toolchain.linker.name != "rust-lld":
        spec["linker-flavor"] = reference.get("linker-flavor", "gnu-lld")
    return spec


def write_spec(spec: dict[str, Any], directory: Path) -> Path:
    """Writes ``TARGET_NAME.json`` into ``directory`` (only when it changed, so cargo
    does not rebuild ``core`` for nothing) and returns its path."""
    directory.mkdir(parents=True, exist_ok=True)
    path = directory / f"{TARGET_NAME}.json"
    text = json.dumps(spec, indent=4) + "\n"
    if path.is_file() and path.read_text() == text:
        return path
    write_atomically(path, text.encode())
    return path
