"""Where a kernel crate's dependencies come from, and whether it needs ``alloc``.

With a rustup toolchain (no vendored crates in its library sources) cargo is left
alone: it fetches from crates.io, or follows the crate's own cargo source
configuration. With a toolchain whose library sources carry their ``vendor``
folder (Debian's ``rust-web-src``: no registry is reachable), every crate comes
from one merged directory source, built under ``target/longmode/crates`` as one
link per crate (``name-version``), first found first kept:

1. directory sources the crate's cargo configuration names (``[source.X]
   directory = …`` in ``.cargo/config.toml`` of the crate or a folder above it);
2. the crate's own ``vendor`` folder, as ``cargo vendor`` writes it;
3. the Rust library's vendored crates, which build-std needs;
4. Debian's packaged crates (``/usr/share/cargo/registry``: ``librust-*-dev``).

A crate none of them has gets a hint that names these ways to provide it.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import tomllib
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from longmode.errors import LongmodeError
from longmode.toolchain.discover import Toolchain

#: Debian's packaged crates (librust-*-dev).
DEBIAN_REGISTRY = Path("/usr/share/cargo/registry")
#: The merged source's name in cargo's configuration.
SOURCE_NAME = "longmode-offline"
#: A crate whose sources say this needs ``alloc`` in the sysroot.
USES_ALLOC = re.compile(rb"^\s*(?:pub\s+)?extern\s+crate\s+alloc\b", re.M)
#: The most bytes of Rust read per crate looking for ``extern crate alloc``.
SCAN_LIMIT = 8 << 20


@dataclass
class CrateSources:
    """The sources a build uses, for cargo and for the user."""

    #: ``--config`` arguments for cargo (empty: cargo's own sources).
    config: list[str] = field(default_factory=list)
    #: (where, how many crates) for each source merged, in priority order.
    merged: list[tuple[str, int]] = field(default_factory=list)

    def describe(self) -> str:
        if not self.merged:
            return "crates from crates.io or the crate's own cargo sources (cargo's choice)"
        parts = ", ".join(f"{where} ({count})" for where, count in self.merged)
        return f"crates offline, from {parts}"


def crate_sources(crate: Path, toolchain: Toolchain, target_dir: Path) -> CrateSources:
    """The sources for building ``crate`` with ``toolchain`` (see the module)."""
    if toolchain.vendor is None:
        return CrateSources()
    folders = [
        *((f"{name}", path) for name, path in _configured(crate)),
        ("the crate's vendor folder", crate / "vendor"),
        ("the Rust library's vendored crates", toolchain.vendor),
        ("Debian's packaged crates", DEBIAN_REGISTRY),
    ]
    merged_dir = target_dir / "longmode" / "crates"
    wanted: dict[str, Path] = {}  # "name-version" -> its folder
    merged: list[tuple[str, int]] = []
    for where, folder in folders:
        count = 0
        for key, package in _packages(folder):
            if key not in wanted:
                wanted[key] = package
                count += 1
        if count:
            merged.append((where, count))
    _link_all(merged_dir, wanted)
    config = [
        "--config",
        f'source.crates-io.replace-with="{SOURCE_NAME}"',
        "--config",
        f'source.{SOURCE_NAME}.directory="{merged_dir}"',
    ]
    return CrateSources(config, merged)


def cargo_configs(crate: Path) -> Iterator[tuple[Path, Path, dict[str, Any]]]:
    """The cargo configuration files cargo would read for ``crate``, nearest first
    (``.cargo/config.toml`` or ``.cargo/config`` in its folder and each one above),
    as (the folder holding ``.cargo``, the file, its TOML); unreadable ones left out."""
    for folder in [crate.resolve(), *crate.resolve().parents]:
        for name in ("config.toml", "config"):
            path = folder / ".cargo" / name
            if not path.is_file():
                continue
            try:
                document = tomllib.loads(path.read_text(encoding="utf-8"))
            except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError):
                continue
            yield folder, path, document


def _configured(crate: Path) -> Iterator[tuple[str, Path]]:
    """Directory sources named in the cargo configuration files cargo would read for
    ``crate``."""
    for folder, path, document in cargo_configs(crate):
        sources = document.get("source", {})
        for source_name, source in sources.items() if isinstance(sources, dict) else ():
            directory = source.get("directory") if isinstance(source, dict) else None
            if isinstance(directory, str):
                yield f"[source.{source_name}] of {path}", (folder / directory)


def _packages(folder: Path) -> Iterator[tuple[str, Path]]:
    """The crates of a directory source (folders with .cargo-checksum.json), each as
    ("name-version", folder); a folder whose Cargo.toml cannot be read is left out."""
    if not folder.is_dir():
        return
    for entry in sorted(folder.iterdir()):
        if not (entry / ".cargo-checksum.json").is_file():
            continue
        try:
            package = tomllib.loads((entry / "Cargo.toml").read_text(encoding="utf-8"))["package"]
            yield f"{package['name']}-{package['version']}", entry
        except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError, KeyError, TypeError):
            continue


def _link_all(merged_dir: Path, wanted: dict[str, Path]) -> None:
    """``merged_dir`` holds exactly one link per wanted crate (made anew each build:
    sources come and go)."""
    if merged_dir.is_symlink() or merged_dir.is_file():
        merged_dir.unlink()
    if merged_dir.exists():
        shutil.rmtree(merged_dir)
    merged_dir.mkdir(parents=True)
    for name, package in wanted.items():
        os.symlink(package.resolve(), merged_dir / name)


def cargo_metadata(crate: Path, toolchain: Toolchain, config: list[str]) -> dict[str, Any]:
    """``cargo metadata`` of the crate with these sources; LongmodeError (exit 1) when
    cargo cannot resolve its dependencies, with a hint for a crate no source has."""
    done = subprocess.run(
        [str(toolchain.cargo), "metadata", "--format-version", "1",
         "--manifest-path", str(crate / "Cargo.toml"), *config],
        capture_output=True,
        text=True,
        env=toolchain.environment(),
        timeout=300,
    )  # fmt: skip
    if done.returncode != 0:
        error = done.stderr.strip().splitlines()
        hint = missing_crate_hint(done.stderr)
        raise LongmodeError(
            f"{crate}: cargo cannot resolve the crate's dependencies"
            + (f": {hint}" if hint else f" ({error[-1] if error else 'no message'})"),
            exit_code=1,
        )
    metadata: dict[str, Any] = json.loads(done.stdout)
    return metadata


def needs_alloc(crate: Path, metadata: dict[str, Any]) -> bool:
    """Whether the crate or a dependency it resolves to says ``extern crate alloc``
    (then build-std must build ``alloc``). Read from the sources, so a dependency
    that needs it only behind a feature counts too: building ``alloc`` when it is not
    used costs time, not correctness."""
    used = {node["id"] for node in (metadata.get("resolve") or {}).get("nodes", [])}
    folders = [crate] + [
        Path(package["manifest_path"]).parent
        for package in metadata.get("packages", [])
        if package["id"] in used
    ]
    return any(_says_extern_alloc(folder) for folder in folders)


def _says_extern_alloc(folder: Path) -> bool:
    budget = SCAN_LIMIT
    for source in sorted(folder.rglob("*.rs")):
        if "target" in source.relative_to(folder).parts:
            continue
        try:
            data = source.read_bytes()[:budget]
        except OSError:
            continue
        if USES_ALLOC.search(data):
            return True
        budget -= len(data)
        if budget <= 0:
            break
    return False


#: cargo's words for a dependency no source has.
MISSING_CRATE = re.compile(r"no matching package named `([^`]+)` found")


def missing_crate_hint(cargo_output: str) -> str | None:
    """A hint for a crate cargo could not find, naming the offline ways to add it."""
    match = MISSING_CRATE.search(cargo_output)
    if match is None:
        return None
    name = match.group(1)
    debian = f"librust-{name.replace('_', '-')}-dev"
    return (
        f"no source has the crate {name!r}. Offline, provide it by running `cargo vendor` "
        "in the crate where crates.io is reachable (longmode then reads its vendor/ "
        "folder), by a directory source in the crate's .cargo/config.toml, or by Debian's "
        f"package (`apt-get install {debian}`, if there is one); online, use a rustup "
        "nightly with rust-src (`rustup toolchain install nightly --component rust-src`), "
        "which fetches from crates.io"
    )
