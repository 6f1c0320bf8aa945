"""Driving cargo: build a kernel crate with build-std for our target spec."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from dataclasses import dataclass, field
from pathlib import Path

from longmode.errors import LongmodeError
from longmode.files import read_input
from longmode.toolchain.discover import Toolchain, find_toolchain
from longmode.toolchain.sources import (
    CrateSources,
    cargo_configs,
    cargo_metadata,
    crate_sources,
    needs_alloc,
)
from longmode.toolchain.targetspec import seed_target_spec, write_spec

#: What build-std rebuilds: a kernel has no `std`; `alloc` is added when the crate or
#: a dependency uses it (:func:`longmode.toolchain.sources.needs_alloc`).
BUILD_STD = "core,compiler_builtins"
#: compiler_builtins then provides memcpy, memset, memcmp… for a freestanding binary.
BUILD_STD_FEATURES = "compiler-builtins-mem"


@dataclass
class BuildRequest:
    """What to build: the crate, and how."""

    crate: Path
    release: bool = False
    features: list[str] = field(default_factory=list)
    target_spec: Path | None = None
    toolchain: str | Path | None = None
    binary: str | None = None
    #: "lld" (the toolchain's rust-lld, as the target spec says) or "longmode"
    #: (longmode's own linker, longmode-ld).
    linker: str = "lld"


def cargo_command(
    toolchain: Toolchain,
    request: BuildRequest,
    spec: Path | str,
    json_target_spec_flag: bool,
    *,
    sources: CrateSources | None = None,
    alloc: bool = False,
    subcommand: tuple[str, ...] = ("build",),
) -> list[str]:
    """The cargo invocation for ``request`` (``sources``: the crate sources' cargo
    configuration, the toolchain's vendored library alone when not given;
    ``subcommand``: ``("test", "--no-run")`` builds the test executables)."""
    command = [
        str(toolchain.cargo), *subcommand,
        "--manifest-path", str(request.crate / "Cargo.toml"),
        "--target", str(spec),
        "-Z", f"build-std={BUILD_STD}{',alloc' if alloc else ''}",
        "-Z", f"build-std-features={BUILD_STD_FEATURES}",
        "--message-format=json-render-diagnostics",
    ]  # fmt: skip
    if json_target_spec_flag:
        command += ["-Z", "json-target-spec"]
    if request.release:
        command.append("--release")
    if request.features:
        command += ["--features", ",".join(request.features)]
    if request.binary:
        command += ["--bin", request.binary]
    if request.linker == "longmode":
        name = Path(spec).stem if str(spec).endswith(".json") else str(spec)
        command += ["--config", f"target.{name}.linker={json.dumps(str(longmode_ld()))}"]
    return command + (toolchain.cargo_config() if sources is None else sources.config)


def longmode_ld() -> Path:
    """The ``longmode-ld`` command beside this Python (installed with longmode)."""
    beside = Path(sys.executable).parent / "longmode-ld"
    if beside.is_file():
        return beside
    found = shutil.which("longmode-ld")
    if found is None:
        raise LongmodeError(
            "--linker longmode: no longmode-ld command (installed with longmode's package: "
            "pip install -e . or scripts/setup.sh)"
        )
    return Path(found)


def cargo_wants_json_target_spec_flag(toolchain: Toolchain) -> bool:
    """Newer cargo takes `.json` targets only behind ``-Z json-target-spec``."""
    done = subprocess.run(
        [str(toolchain.cargo), "-Z", "help"],
        capture_output=True,
        text=True,
        env=toolchain.environment(),
        timeout=60,
    )
    return "json-target-spec" in done.stdout + done.stderr


#: A target spec is a small JSON file.
MAX_TARGET_SPEC = 1 << 20


def build_kernel(request: BuildRequest) -> Path:
    """Builds the kernel crate and returns the kernel ELF's path.

    cargo's progress and diagnostics go to this process's stderr as cargo
    renders them. Raises :class:`LongmodeError` (exit 2) when the crate or a
    toolchain is missing, (exit 1) when the build fails.
    """
    executables = [path for path, test in _cargo(request, ("build",)) if not test]
    if len(executables) != 1:
        names = ", ".join(p.name for p in executables) or "none"
        raise LongmodeError(
            f"{request.crate}: expected one kernel binary, cargo built {names}; "
            "choose one with --bin"
        )
    return executables[0]


@dataclass(frozen=True)
class TestExecutable:
    """A test kernel ``cargo test --no-run`` built: its target's name and kind
    (``lib``, ``bin``, ``test``), and the ELF."""

    name: str
    kind: str
    path: Path


def build_tests(request: BuildRequest) -> list[TestExecutable]:
    """Builds the crate's test kernels (``cargo test --no-run``, as `longmode build`
    builds: same toolchain, sources, spec, build-std) and returns them in cargo's
    order. Errors as :func:`build_kernel`'s."""
    found = []
    for message in _cargo_messages(request, ("test", "--no-run")):
        profile = message.get("profile")
        if isinstance(profile, dict) and profile.get("test"):
            target = message.get("target")
            kinds = target.get("kind", ["?"]) if isinstance(target, dict) else ["?"]
            name = str(target.get("name", "?")) if isinstance(target, dict) else "?"
            found.append(TestExecutable(name, str(kinds[0]), Path(str(message["executable"]))))
    return found


def _cargo(request: BuildRequest, subcommand: tuple[str, ...]) -> list[tuple[Path, bool]]:
    """The executables cargo built, each with whether it is a test."""
    built = []
    for message in _cargo_messages(request, subcommand):
        profile = message.get("profile")
        test = isinstance(profile, dict) and bool(profile.get("test"))
        built.append((Path(str(message["executable"])), test))
    return built


def _cargo_messages(request: BuildRequest, subcommand: tuple[str, ...]) -> list[dict[str, object]]:
    """Runs cargo ``subcommand`` for the crate as `longmode build` does; returns the
    compiler-artifact messages of executables."""
    manifest = request.crate / "Cargo.toml"
    if not manifest.is_file():
        raise LongmodeError(f"{request.crate}: no Cargo.toml, so not a kernel crate")
    toolchain = find_toolchain(request.toolchain)
    target_dir = _target_dir(request.crate)
    chosen = "named by --toolchain" if request.toolchain else "the first usable"
    say(
        f"{toolchain.version}, {toolchain.origin} ({chosen}: rustup nightlies come first, "
        "then other rustup toolchains, then the system's rustc; each needs the Rust "
        "library sources and lld)"
    )
    target_spec = request.target_spec or configured_target(request.crate)
    spec: Path | str
    if isinstance(target_spec, str):
        spec = target_spec
        say(f"target: {spec} (built into rustc, named by the crate's cargo configuration)")
    elif target_spec is not None:
        # Read here, as a regular file within a limit, so cargo never waits on a FIFO.
        read_input(target_spec, limit=MAX_TARGET_SPEC, what="the target spec")
        spec = target_spec.resolve()
    else:
        spec = write_spec(seed_target_spec(toolchain), target_dir / "longmode")
    sources = crate_sources(request.crate, toolchain, target_dir)
    alloc = needs_alloc(request.crate, cargo_metadata(request.crate, toolchain, sources.config))
    say(f"{sources.describe()}; build-std: {BUILD_STD}{', alloc' if alloc else ''}")
    command = cargo_command(
        toolchain,
        request,
        spec,
        cargo_wants_json_target_spec_flag(toolchain),
        sources=sources,
        alloc=alloc,
        subcommand=subcommand,
    )
    sys.stderr.flush()
    process = subprocess.Popen(
        command, stdout=subprocess.PIPE, text=True, env=toolchain.environment()
    )
    assert process.stdout is not None
    artifacts = []
    for line in process.stdout:
        message = _json_or_none(line)
        if message is None:
            sys.stderr.write(line)
        elif message.get("reason") == "compiler-artifact" and message.get("executable"):
            artifacts.append(message)
    status = process.wait()
    if status != 0:
        raise LongmodeError(
            f"cargo could not build {request.crate} (exit status {status}); its messages are above",
            exit_code=1,
        )
    return artifacts


def say(text: str) -> None:
    """One line of `longmode build`'s own on stderr, among cargo's."""
    print(f"longmode build: {text}", file=sys.stderr, flush=True)


def configured_target(crate: Path) -> Path | str | None:
    """The target the crate's cargo configuration names (``[build] target``, the
    nearest file that sets it): a spec file (``"x86_64-blog_os.json"``, relative to
    the folder that holds ``.cargo``), or the name of a target built into rustc
    (``"x86_64-unknown-none"``, as `bootloader_api` kernels use); None when none is
    named."""
    for folder, _, document in cargo_configs(crate):
        build = document.get("build")
        target = build.get("target") if isinstance(build, dict) else None
        if isinstance(target, str):
            return folder / target if target.endswith(".json") else target
    return None


def _target_dir(crate: Path) -> Path:
    """Where cargo puts build output for ``crate`` (honours CARGO_TARGET_DIR)."""
    configured = os.environ.get("CARGO_TARGET_DIR")
    return Path(configured).resolve() if configured else crate.resolve() / "target"


def _json_or_none(line: str) -> dict[str, object] | None:
    if not line.startswith("{"):
        return None
    try:
        value = json.loads(line)
    except json.JSONDecodeError:
        return None
    return value if isinstance(value, dict) else None
