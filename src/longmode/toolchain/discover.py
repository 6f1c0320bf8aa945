"""Finding a Rust toolchain that can rebuild ``core`` for a bare-metal target.

A kernel needs ``core`` compiled for its own target spec (cargo's build-std),
so the toolchain must ship the Rust library sources next to rustc:

* a rustup toolchain with the ``rust-src`` component (nightly preferred), or
* a system rustc whose sysroot has ``lib/rustlib/src/rust/library`` — Debian's
  ``rustc-web`` with ``rust-web-src`` puts them there (a symlink to
  ``/usr/src/rustc-VERSION``), together with the sources' own ``vendor``
  directory, which we hand cargo as its crates source so nothing is
  downloaded.

A stable rustc needs ``RUSTC_BOOTSTRAP=1`` to accept build-std's ``-Z`` flags;
:meth:`Toolchain.environment` sets it. The linker is rust-lld (or ld.lld); a
dangling ``rust-lld`` symlink, as Debian leaves it without ``lld-NN``, is
reported with the package that fills it.
"""

from __future__ import annotations

import os
import shutil
import subprocess
from dataclasses import dataclass, field
from pathlib import Path

from longmode.errors import LongmodeError

#: Where rust-src puts the library sources inside a sysroot.
LIBRARY_IN_SYSROOT = Path("lib/rustlib/src/rust/library")
HOST_TRIPLE = "x86_64-unknown-linux-gnu"
#: Names one toolchain by its directory, to try it alone (tests, odd installs).
TOOLCHAIN_ENV = "LONGMODE_TOOLCHAIN"
DEBIAN_PACKAGES = "rustc-web cargo-web rust-web-src lld"


class ToolchainMissing(LongmodeError):
    """No usable toolchain: the message lists what was looked at and how to install one."""


@dataclass(frozen=True)
class Toolchain:
    """A rustc + cargo pair with library sources and a working lld."""

    origin: str
    sysroot: Path
    rustc: Path
    cargo: Path
    library: Path
    version: str
    linker: Path
    vendor: Path | None = None

    @property
    def nightly(self) -> bool:
        return "-nightly" in self.version or "-dev" in self.version

    def environment(self) -> dict[str, str]:
        """The environment cargo runs in: our rustc, and build-std allowed."""
        env = dict(os.environ)
        env.pop("RUSTUP_TOOLCHAIN", None)
        env["RUSTC"] = str(self.rustc)
        env["PATH"] = os.pathsep.join([str(self.rustc.parent), env.get("PATH", "")])
        if not self.nightly:
            env["RUSTC_BOOTSTRAP"] = "1"
        return env

    def cargo_config(self) -> list[str]:
        """``--config`` arguments: the vendored crates as the only source, if there are any."""
        if self.vendor is None:
            return []
        return [
            "--config",
            'source.crates-io.replace-with="longmode-vendored-library"',
            "--config",
            f'source.longmode-vendored-library.directory="{self.vendor}"',
        ]


@dataclass
class _Search:
    """What discovery looked at, and why each candidate was passed over."""

    rejected: list[str] = field(default_factory=list)
    broken_linker: str | None = None


def find_toolchain(explicit: str | Path | None = None) -> Toolchain:
    """The first usable toolchain; ``explicit`` (or $LONGMODE_TOOLCHAIN) names the only one to try.

    Raises :class:`ToolchainMissing` with the whole explanation when none is usable.
    """
    search = _Search()
    chosen = explicit if explicit is not None else os.environ.get(TOOLCHAIN_ENV)
    candidates = [(f"toolchain {chosen}", Path(chosen))] if chosen else _candidates()
    for origin, sysroot in candidates:
        toolchain = _try(origin, sysroot, search)
        if toolchain is not None:
            return toolchain
    raise ToolchainMissing(_missing_message(search, bool(chosen)))


def _candidates() -> list[tuple[str, Path]]:
    """Sysroots to try, best first: rustup nightlies, other rustup toolchains, system rustcs."""
    found: list[tuple[str, Path]] = []
    rustup_home = Path(os.environ.get("RUSTUP_HOME", Path.home() / ".rustup"))
    toolchains = rustup_home / "toolchains"
    if toolchains.is_dir():
        names = sorted(p.name for p in toolchains.iterdir() if p.is_dir())
        names.sort(key=lambda name: not name.startswith("nightly"))
        found += [(f"rustup toolchain {name}", toolchains / name) for name in names]
    for rustc in (shutil.which("rustc"), "/usr/bin/rustc", "/usr/local/bin/rustc"):
        if rustc and Path(rustc).exists():
            sysroot = _sysroot_of(Path(rustc))
            if sysroot is not None:
                found.append((f"rustc at {rustc}", sysroot))
    unique: dict[Path, str] = {}
    for origin, sysroot in found:
        unique.setdefault(sysroot.resolve(), origin)
    return [(origin, root) for root, origin in unique.items()]


def _sysroot_of(rustc: Path) -> Path | None:
    try:
        done = subprocess.run(
            [str(rustc), "--print", "sysroot"], capture_output=True, text=True, timeout=30
        )
    except OSError:
        return None
    return Path(done.stdout.strip()) if done.returncode == 0 and done.stdout.strip() else None


def _try(origin: str, sysroot: Path, search: _Search) -> Toolchain | None:
    rustc, cargo = sysroot / "bin" / "rustc", sysroot / "bin" / "cargo"
    library = sysroot / LIBRARY_IN_SYSROOT
    if not rustc.is_file():
        search.rejected.append(f"{origin}: no rustc at {rustc}")
        return None
    if not cargo.is_file():
        search.rejected.append(f"{origin}: no cargo next to rustc ({cargo})")
        return None
    if not (library / "core" / "Cargo.toml").is_file():
        search.rejected.append(
            f"{origin}: no Rust library sources at {library} (the rust-src component)"
        )
        return None
    try:
        version = subprocess.run(
            [str(rustc), "--version"], capture_output=True, text=True, timeout=30, check=True
        ).stdout.strip()
    except (OSError, subprocess.SubprocessError):
        search.rejected.append(f"{origin}: {rustc} does not run")
        return None
    linker = _find_linker(sysroot, search)
    if linker is None:
        search.rejected.append(f"{origin}: no working rust-lld or ld.lld linker")
        return None
    vendor = library / "vendor"
    return Toolchain(
        origin, sysroot, rustc, cargo, library, version, linker,
        vendor if vendor.is_dir() else None,
    )  # fmt: skip


def _find_linker(sysroot: Path, search: _Search) -> Path | None:
    """rust-lld from the toolchain or PATH, else ld.lld; each must really run."""
    options = [sysroot / "lib" / "rustlib" / HOST_TRIPLE / "bin" / "rust-lld"]
    options += [Path(p) for p in (shutil.which("rust-lld"), shutil.which("ld.lld")) if p]
    for linker in options:
        if not linker.is_symlink() and not linker.exists():
            continue
        if not linker.exists():
            target = os.readlink(linker)
            search.broken_linker = f"{linker} points at {target}, which is not installed"
            continue
        flavor = ["-flavor", "gnu"] if linker.name == "rust-lld" else []
        try:
            subprocess.run(
                [str(linker), *flavor, "--version"], capture_output=True, timeout=30, check=True
            )
        except (OSError, subprocess.SubprocessError):
            continue
        return linker
    return None


def _missing_message(search: _Search, explicit: bool) -> str:
    looked = "; ".join(search.rejected) if search.rejected else "no rustc was found at all"
    lines = [
        "no Rust toolchain that can build a bare-metal kernel was found. "
        "longmode needs rustc and cargo together with the Rust library sources "
        "(to rebuild `core` for the kernel's target) and the lld linker. "
        f"Looked at: {looked}.",
    ]
    if search.broken_linker:
        lines.append(f"The linker {search.broken_linker}.")
    if explicit:
        lines.append(f"(Only the toolchain named by --toolchain or ${TOOLCHAIN_ENV} was tried.)")
    lines.append(
        "Install one with: `rustup toolchain install nightly && "
        "rustup component add rust-src --toolchain nightly` (any OS, with rustup), "
        f"or on Debian 12 as root: `apt-get install {DEBIAN_PACKAGES}"
        f"{_lld_package(search)}`."
    )
    return " ".join(lines)


def _lld_package(search: _Search) -> str:
    """`` lld-NN`` when a dangling rust-lld names the versioned lld it wants."""
    if search.broken_linker and "lld-" in search.broken_linker:
        name = search.broken_linker.split("points at ", 1)[1].split(",", 1)[0]
        name = Path(name).name
        if name.startswith("lld-") and name[4:].isdigit():
            return f" {name}"
    return ""
