"""`longmode new NAME [--lang rust|c|asm]`: a kernel project that builds, boots and tests.

The project is the template folder ``templates/<lang>/`` (real files, shipped as
package data) with ``{{name}}`` (the project's name) and the other placeholders
of :func:`_values` filled in, plus the files that depend on the machine:

* **rust**: the seed's target spec written for the toolchain found
  (``x86_64-longmode.json``, :func:`~longmode.toolchain.seed_target_spec`) and a
  ``.cargo/config.toml`` with which plain ``cargo run`` and ``cargo test`` work in
  the folder (build-std, the target, ``runner = "longmode runner"``, and with
  Debian's Rust the crates build-std needs, offline);
* **c**: ``src/longmode_boot.h``, the boot protocol's C header;
* **asm**: ``src/longmode_boot.inc``, the same layout as a NASM ``struc``.

The whole project is written into a temporary folder beside NAME, then renamed
to NAME in one step: an existing non-empty folder is never written into, and an
interrupted run leaves nothing behind. A template file named ``dot-X`` is
written as ``.X`` (package data keeps no dot-files).
"""

from __future__ import annotations

import contextlib
import os
import re
import secrets
import shutil
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from longmode.boot import bootinfo
from longmode.errors import LongmodeError
from longmode.toolchain import Toolchain, find_toolchain, seed_target_spec, write_spec
from longmode.toolchain.cargo import BUILD_STD, BUILD_STD_FEATURES
from longmode.toolchain.cargo import cargo_wants_json_target_spec_flag as _wants_json_flag
from longmode.toolchain.discover import HOST_TRIPLE
from longmode.toolchain.targetspec import TARGET_NAME

#: The languages a project can be written in; the first is the default.
LANGUAGES = ("rust", "c", "asm")
#: One folder of template files per language.
TEMPLATES = Path(__file__).resolve().parent / "templates"
#: A template file named ``dot-X`` is written as ``.X``.
DOT_PREFIX = "dot-"
#: ``{{key}}`` in a template.
PLACEHOLDER = re.compile(r"\{\{(\w+)\}\}")

#: cargo's rule for a package name, kept to ASCII: a letter, then letters, digits, - or _.
VALID_NAME = re.compile(r"[A-Za-z][A-Za-z0-9_-]{0,63}")
#: Rust's keywords, reserved words included: a crate so named cannot be named in code.
RUST_KEYWORDS = frozenset({
    "abstract", "as", "async", "await", "become", "box", "break", "const", "continue",
    "crate", "do", "dyn", "else", "enum", "extern", "false", "final", "fn", "for", "gen",
    "if", "impl", "in", "let", "loop", "macro", "match", "mod", "move", "mut", "override",
    "priv", "pub", "ref", "return", "self", "Self", "static", "struct", "super", "trait", "true",
    "try", "type", "typeof", "unsafe", "unsized", "use", "virtual", "where", "while",
    "yield",
})  # fmt: skip
#: The crates of Rust's library (a kernel links core and compiler_builtins) and the
#: folders cargo makes beside its executables: cargo refuses them as package names.
RESERVED_NAMES = frozenset({
    "core", "std", "alloc", "proc_macro", "test", "compiler_builtins", "build", "deps",
    "examples", "incremental",
})  # fmt: skip


@dataclass(frozen=True)
class NewRequest:
    """What to make: the project's folder (its last part is the name) and language."""

    path: Path
    lang: str = "rust"
    #: For rust: try only this toolchain directory (as `longmode build --toolchain`).
    toolchain: str | Path | None = None


def check_name(name: str) -> str:
    """``name`` when it can name a project in every language (a cargo package, a
    kernel file, a make variable); otherwise :class:`LongmodeError` (exit 2)."""
    if not VALID_NAME.fullmatch(name):
        raise LongmodeError(
            f"{name!r}: a project's name must be a valid crate name: an ASCII letter, then "
            "ASCII letters, digits, '-' or '_', at most 64 in all"
        )
    identifier = name.replace("-", "_")
    if identifier in RUST_KEYWORDS:
        raise LongmodeError(
            f"{name}: a project's name must not be a Rust keyword (its crate could not be "
            "named in code)"
        )
    if identifier in RESERVED_NAMES:
        raise LongmodeError(
            f"{name}: a project's name must not be one of Rust's library crates (core, std, "
            "alloc, proc_macro, test, compiler_builtins) or a folder cargo makes (build, deps, "
            "examples, incremental)"
        )
    return name


def new_project(request: NewRequest) -> tuple[Path, str]:
    """Makes the project; returns its folder and the first command to try in it.
    :class:`LongmodeError` (exit 2) when the name or the folder is not usable, or
    (for rust) no toolchain is, before anything is written."""
    if request.lang not in LANGUAGES:
        raise LongmodeError(f"{request.lang}: the language must be one of {', '.join(LANGUAGES)}")
    if request.path.name in ("", ".", ".."):
        raise LongmodeError(
            f"{request.path}: NAME must name the project's new folder (`longmode new demo`)"
        )
    folder = Path(os.path.abspath(request.path))
    name = check_name(folder.name)
    _check_folder(request.path, folder)
    toolchain = find_toolchain(request.toolchain) if request.lang == "rust" else None
    values = _values(name, toolchain)
    staging = folder.parent / f".{name}.longmode-new-{secrets.token_hex(4)}"
    made = False
    try:
        os.mkdir(staging)
        made = True
        _write_templates(staging, request.lang, values)
        if toolchain is not None:
            _write_rust_extras(staging, toolchain)
        elif request.lang == "c":
            _write(staging / "src" / "longmode_boot.h", c_header())
        else:
            _write(staging / "src" / "longmode_boot.inc", bootinfo.render_nasm())
        # Atomic, and refused by the system when NAME is (now) a folder that is not empty.
        os.rename(staging, folder)
    except OSError as error:
        raise LongmodeError(
            f"{request.path}: the project could not be written there ({error.strerror}); "
            "`longmode new` writes into a new folder beside NAME, then renames it to NAME, "
            "which must not be a folder that is not empty"
        ) from None
    finally:
        if made:  # gone when renamed; left over when anything failed or was interrupted
            with contextlib.suppress(FileNotFoundError):
                shutil.rmtree(staging)
    first = f"{values['cargo']} run" if toolchain is not None else "make run"
    return folder, first


def _check_folder(given: Path, folder: Path) -> None:
    if not folder.parent.is_dir():
        raise LongmodeError(
            f"{given}: the folder to make it in must exist ({folder.parent} does not)"
        )
    if folder.is_dir():
        if folder.samefile(os.getcwd()):
            raise LongmodeError(
                f"{given}: NAME must be a new folder, not the current one (run `longmode new` "
                "in the folder above)"
            )
        if any(folder.iterdir()):
            raise LongmodeError(
                f"{given}: the folder exists and is not empty; `longmode new` makes a new "
                "project and never writes into one (choose another name, or empty the folder)"
            )
    elif folder.exists() or folder.is_symlink():
        raise LongmodeError(f"{given}: the project's folder must be new, and this is a file")


def _values(name: str, toolchain: Toolchain | None) -> dict[str, str]:
    """The placeholders' values."""
    values = {"name": name, "crate": name.replace("-", "_"), "target": TARGET_NAME}
    if toolchain is not None:
        bootstrap = not toolchain.nightly
        values["cargo"] = "RUSTC_BOOTSTRAP=1 cargo" if bootstrap else "cargo"
        values["toolchain"] = f"{toolchain.version} ({toolchain.origin})"
        values["bootstrap_note"] = (
            "This rustc is a stable release, so cargo takes build-std's unstable options "
            "only with `RUSTC_BOOTSTRAP=1` in its environment (cargo's `[env]` table is for "
            "the programs cargo starts, not for cargo itself): put it before each cargo "
            "command as below, or `export RUSTC_BOOTSTRAP=1` once in your shell."
            if bootstrap
            else "This rustc is a nightly, so cargo takes build-std's unstable options as they are."
        )
    return values


def render(text: str, values: Mapping[str, str]) -> str:
    """``text`` with each ``{{key}}`` replaced by its value (an unknown key is a bug)."""
    return PLACEHOLDER.sub(lambda match: values[match.group(1)], text)


def template_files(lang: str) -> list[Path]:
    """The template files of ``lang``, relative to its folder, sorted."""
    root = TEMPLATES / lang
    return sorted(p.relative_to(root) for p in root.rglob("*") if p.is_file())


def _write_templates(folder: Path, lang: str, values: Mapping[str, str]) -> None:
    for relative in template_files(lang):
        text = (TEMPLATES / lang / relative).read_text(encoding="utf-8")
        name = relative.name
        if name.startswith(DOT_PREFIX):
            name = "." + name[len(DOT_PREFIX) :]
        _write(folder / relative.with_name(name), render(text, values))


def _write(path: Path, text: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("x", encoding="utf-8") as file:  # "x": never over an existing file
        file.write(text)


def _write_rust_extras(folder: Path, toolchain: Toolchain) -> None:
    """The target spec, ``.cargo/config.toml`` and, for a rustup toolchain, the
    ``rust-toolchain.toml`` that makes rustup's cargo choose it."""
    spec = write_spec(seed_target_spec(toolchain), folder)
    _write(folder / ".cargo" / "config.toml", cargo_config(toolchain, spec.name))
    channel = rustup_channel(toolchain)
    if channel is not None:
        _write(
            folder / "rust-toolchain.toml",
            "# The rustup toolchain `longmode new` found; it needs the Rust library sources.\n"
            f'[toolchain]\nchannel = "{channel}"\ncomponents = ["rust-src"]\n',
        )


def rustup_channel(toolchain: Toolchain) -> str | None:
    """The rustup toolchain's name (``nightly``), None for a system rustc."""
    if not toolchain.origin.startswith("rustup toolchain"):
        return None
    return toolchain.sysroot.name.removesuffix(f"-{HOST_TRIPLE}")


def _toml_string(text: str) -> str:
    """A TOML basic string."""
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


def cargo_config(toolchain: Toolchain, spec_file: str) -> str:
    """``.cargo/config.toml`` for a kernel crate built by ``toolchain``."""
    build_std = ", ".join(_toml_string(c) for c in BUILD_STD.split(","))
    features = ", ".join(_toml_string(f) for f in BUILD_STD_FEATURES.split(","))
    lines = [
        f"# Written by `longmode new` for {toolchain.version} ({toolchain.origin}).",
        "# `cargo build`, `cargo run` and `cargo test` build the kernel for the target spec",
        "# beside this folder, with `core` rebuilt for it (build-std), and boot it with",
        "# `longmode runner`.",
        "",
        "[build]",
        f"target = {_toml_string(spec_file)}",
    ]
    if rustup_channel(toolchain) is None:
        lines += [
            "# The rustc whose library sources build-std rebuilds (the target spec is written",
            "# for it too), whichever cargo runs.",
            f"rustc = {_toml_string(str(toolchain.rustc))}",
        ]
        rustdoc = toolchain.rustc.with_name("rustdoc")
        if rustdoc.is_file():
            lines.append(f"rustdoc = {_toml_string(str(rustdoc))}")
    lines += [
        "",
        "[unstable]",
        f"build-std = [{build_std}]",
        "# memcpy, memset, memcmp… for a freestanding binary.",
        f"build-std-features = [{features}]",
    ]
    if _wants_json_flag(toolchain):
        lines.append("json-target-spec = true")
    lines += [
        "",
        "[target.'cfg(target_os = \"none\")']",
        'runner = "longmode runner"',
    ]
    if toolchain.vendor is not None:
        lines += [
            "",
            "# No registry: the crates build-std needs come from the Rust library's sources.",
            "[source.crates-io]",
            'replace-with = "rust-library-vendor"',
            "",
            "[source.rust-library-vendor]",
            f"directory = {_toml_string(str(toolchain.vendor))}",
            "",
            "[net]",
            "offline = true",
        ]
    return "\n".join(lines) + "\n"


def c_header() -> str:
    """The boot protocol's C header, as ``examples/longmode_boot.h`` has it."""
    header = bootinfo.render_c_header()
    comment_end = header.index("*/") + 2
    return (
        f"/* longmode boot protocol, version {bootinfo.VERSION}: the structure RDI points to "
        "at the\n * kernel's entry (see longmode's docs/boot-protocol.md). Written by "
        "`longmode new`. */" + header[comment_end:]
    )


def describe(folder: Path, lang: str, first_command: str) -> str:
    """What `longmode new` says when it made the project."""
    kind = {"rust": "a Rust kernel crate", "c": "a C kernel", "asm": "an assembly kernel"}[lang]
    shown = os.path.relpath(folder) if folder.is_relative_to(Path.cwd()) else str(folder)
    return f"created {shown}: {kind}; try: cd {shown} && {first_command} (see its README.md)"
