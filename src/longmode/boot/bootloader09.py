"""Kernels built against the ``bootloader`` 0.9 crate (``entry_point!``, ``&'static
BootInfo``), booted by longmode's loader as that crate's own loader starts them.

What the crate's loader does is written down in shared/notes/bootloader-0.9.md
(read from bootloader v0.9.35's source); docs/boot-protocol.md says what we
reproduce. The decisions that depend only on the kernel file and its Cargo
manifest are made here, when the image is built: which level-4 slots hold the
boot information, the stack and the physical-memory map, where the stack's
frames go, and the ``BootInfo`` fields that are constants. Stage 2
(``long64.inc``) then maps them, converts its memory map to the crate's
``MemoryRegion`` list and enters the kernel with the crate's register state.

A kernel is taken for a 0.9 kernel when its crate's ``Cargo.toml`` (in
CARGO_MANIFEST_DIR, else found by walking up from the ELF out of cargo's
``target`` folder) depends on
``bootloader`` 0.9; the dependency's ``features`` (``map_physical_memory``,
``recursive_page_table``) and ``[package.metadata.bootloader]`` (the crate's
four keys) are honoured as its build script honours them.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from longmode.errors import LongmodeError
from longmode.manifest import find_manifest

PAGE = 0x1000
#: What one level-4 entry maps.
SLOT = 1 << 39
#: ``kernel-stack-size`` by default, in 4 KiB pages (2 MiB).
DEFAULT_STACK_PAGES = 512
#: ``BootInfo``'s size and field offsets for each feature set (measured on x86_64:
#: shared/notes/bootloader-0.9.md §2): (recursive, physical offset, tls template).
MEMORY_MAP_ENTRIES = 64
NEXT_ENTRY_INDEX = 1536
KEYS = ("kernel-stack-address", "kernel-stack-size", "physical-memory-offset", "boot-info-address")
#: Low memory the loader maps 1:1 with 2 MiB or 1 GiB pages (more with more RAM).
IDENTITY_MAPPED = 4 << 30


class ProtocolError(LongmodeError):
    """The crate's bootloader configuration cannot be honoured; one paragraph."""


@dataclass(frozen=True)
class Bootloader09:
    """What a kernel asks of the ``bootloader`` 0.9 crate: the dependency's
    features and the ``[package.metadata.bootloader]`` keys."""

    manifest: Path | None = None
    map_physical_memory: bool = False
    recursive_page_table: bool = False
    kernel_stack_address: int | None = None
    kernel_stack_size: int = DEFAULT_STACK_PAGES
    physical_memory_offset: int | None = None
    boot_info_address: int | None = None

    @classmethod
    def from_manifest(cls, manifest: Path) -> Bootloader09 | None:
        """The configuration in ``manifest``, or None if the crate does not depend on
        ``bootloader`` 0.9. Raises ProtocolError for keys the crate's build script
        rejects (it panics on them)."""
        try:
            document = tomllib.loads(manifest.read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as error:
            raise ProtocolError(f"{manifest}: cannot be read as TOML: {error}") from None
        dependency = _bootloader_dependency(document)
        if dependency is None:
            return None
        features = set(dependency.get("features", [])) if isinstance(dependency, dict) else set()
        metadata = document.get("package", {}).get("metadata", {}).get("bootloader", {})
        if not isinstance(metadata, dict):
            raise ProtocolError(f"{manifest}: [package.metadata.bootloader] must be a table")
        unknown = sorted(set(metadata) - set(KEYS))
        if unknown:
            raise ProtocolError(
                f"{manifest}: [package.metadata.bootloader] has unknown key(s) "
                f"{', '.join(unknown)}; bootloader 0.9 knows {', '.join(KEYS)}"
            )
        size = metadata.get("kernel-stack-size", DEFAULT_STACK_PAGES)
        if not isinstance(size, int) or isinstance(size, bool) or size <= 0:
            raise ProtocolError(
                f"{manifest}: [package.metadata.bootloader] kernel-stack-size must be a "
                f"positive integer (4 KiB pages), not {size!r}"
            )
        addresses = {key: _address(manifest, metadata, key) for key in KEYS if key != KEYS[1]}
        if addresses["physical-memory-offset"] is not None and "map_physical_memory" not in (
            features
        ):
            raise ProtocolError(
                f"{manifest}: physical-memory-offset is set, but the bootloader dependency "
                "lacks the map_physical_memory feature (bootloader 0.9 rejects this)"
            )
        return cls(
            manifest=manifest,
            map_physical_memory="map_physical_memory" in features,
            recursive_page_table="recursive_page_table" in features,
            kernel_stack_address=addresses["kernel-stack-address"],
            kernel_stack_size=size,
            physical_memory_offset=addresses["physical-memory-offset"],
            boot_info_address=addresses["boot-info-address"],
        )


def detect(kernel: Path) -> Bootloader09 | None:
    """The 0.9 configuration of ``kernel``'s crate, or None (not a 0.9 kernel, or no
    crate found: see :func:`longmode.manifest.find_manifest`)."""
    try:
        manifest = find_manifest(kernel)
    except LongmodeError as error:
        raise ProtocolError(str(error)) from None
    return None if manifest is None else Bootloader09.from_manifest(manifest)


@dataclass(frozen=True)
class Plan09:
    """What stage 2 is told (see :func:`plan`)."""

    boot_info: int
    stack_guard: int
    stack_pages: int
    #: Physical address of the stack's frames (after the kernel's staging copy).
    stack_phys: int
    #: Level-4 slot of the physical-memory map (512 GiB aligned), or None.
    physical_slot: int | None
    #: Level-4 slot that points at the level-4 table itself, or None.
    recursive_slot: int | None
    #: (offset in BootInfo, value) for the fields that are constants.
    fields: tuple[tuple[int, int], ...] = field(default=())

    @property
    def stack_end(self) -> int:
        return self.stack_guard + PAGE + self.stack_pages * PAGE


def plan(
    config: Bootloader09,
    segments: list[tuple[int, int]],
    tls: tuple[int, int, int] | None,
    stack_phys: int,
    path: Path,
) -> Plan09:
    """Places the boot information, the stack and the physical-memory map as the
    crate's loader does: level-4 slot 0 and each slot the kernel's segments
    ``(p_vaddr, p_memsz)`` touch are used; the recursive entry, the boot information
    (unless ``boot-info-address``) and the physical map (unless
    ``physical-memory-offset``; one slot: machines below 512 GiB) take the lowest
    free slots, in that order."""
    used = {0}
    for vaddr, memsz in segments:
        used.update(range(slot_of(vaddr), slot_of(vaddr + memsz) + 1))

    def take() -> int:
        slot = next(index for index in range(512) if index not in used)
        used.add(slot)
        return slot

    recursive = take()
    boot_info = config.boot_info_address
    if boot_info is None:
        boot_info = canonical(take() * SLOT)
    physical_slot = None
    physical = config.physical_memory_offset
    if config.map_physical_memory:
        if physical is None:
            physical_slot = take()
            physical = canonical(physical_slot * SLOT)
        elif physical % SLOT:
            raise ProtocolError(
                f"{config.manifest or path}: physical-memory-offset {physical:#x} is not "
                "a multiple of 512 GiB; longmode's loader maps physical memory by whole "
                "level-4 entries (not done yet for other offsets)"
            )
        else:
            physical_slot = slot_of(physical)
    stack_guard = config.kernel_stack_address
    if stack_guard is None:
        stack_guard = boot_info + PAGE
    stack_end = stack_guard + PAGE + config.kernel_stack_size * PAGE
    for key, start, end in (
        ("boot-info-address", boot_info, boot_info + PAGE),
        ("kernel-stack-address", stack_guard + PAGE, stack_end),
    ):
        if start < IDENTITY_MAPPED:
            raise ProtocolError(
                f"{config.manifest or path}: {key} puts pages at {start:#x}-{end:#x}, in "
                "the first 4 GiB, which longmode's loader identity-maps with large pages "
                "(not done yet: give an address above 4 GiB)"
            )
    offset = MEMORY_MAP_ENTRIES * 24 + 8
    fields = []
    if config.recursive_page_table:
        r = recursive
        address = canonical((r << 39) | (r << 30) | (r << 21) | (r << 12))
        fields.append((offset, address))
        offset += 8
    if config.map_physical_memory:
        assert physical is not None
        fields.append((offset, physical))
        offset += 8
    if tls is not None:
        fields += [(offset + 8 * i, value) for i, value in enumerate(tls)]
    return Plan09(
        boot_info=boot_info,
        stack_guard=stack_guard,
        stack_pages=config.kernel_stack_size,
        stack_phys=stack_phys,
        physical_slot=physical_slot,
        recursive_slot=recursive if config.recursive_page_table else None,
        fields=tuple(fields),
    )


def tls_template(path: Path, tls: list[tuple[int, int, int]]) -> tuple[int, int, int] | None:
    """(start_addr, file_size, mem_size) of the kernel's PT_TLS header (``tls``: each
    one's p_vaddr, p_filesz, p_memsz), or None. More than one is an error, as for the
    crate's loader."""
    if len(tls) > 1:
        raise ProtocolError(f"{path}: {len(tls)} PT_TLS headers; bootloader 0.9 takes one")
    return tls[0] if tls else None


def slot_of(address: int) -> int:
    """The level-4 slot (PML4 index) of ``address``."""
    return (address >> 39) & 511


def canonical(address: int) -> int:
    """``address`` sign-extended from bit 47, as x86-64 addresses must be."""
    return address | 0xFFFF_0000_0000_0000 if address >> 47 & 1 else address


def _bootloader_dependency(document: dict[str, Any]) -> str | dict[str, Any] | None:
    """The ``bootloader`` dependency if it asks for 0.9 (``"0.9"``, ``"^0.9.8"``,
    ``"=0.9.35"``, or a table with such a ``version``)."""
    for table in ("dependencies", "build-dependencies"):
        dependency = document.get(table, {}).get("bootloader")
        if dependency is None:
            continue
        version = dependency.get("version", "") if isinstance(dependency, dict) else dependency
        if isinstance(version, str) and version.lstrip("^=~ ").startswith("0.9"):
            result: str | dict[str, Any] = dependency
            return result
    return None


def _address(manifest: Path, metadata: dict[str, Any], key: str) -> int | None:
    """A metadata address: a string (``"0x…"`` or decimal), 4 KiB aligned."""
    if key not in metadata:
        return None
    value = metadata[key]
    if not isinstance(value, str):
        raise ProtocolError(
            f"{manifest}: [package.metadata.bootloader] {key} must be given as a string "
            f'("0x…" or decimal), not {value!r} (bootloader 0.9 rejects a TOML integer)'
        )
    try:
        address = int(value, 16) if value.lower().startswith("0x") else int(value, 10)
    except ValueError:
        raise ProtocolError(
            f"{manifest}: [package.metadata.bootloader] {key} = {value!r} is not a number"
        ) from None
    if address % PAGE or not 0 <= address < 1 << 64:
        raise ProtocolError(
            f"{manifest}: [package.metadata.bootloader] {key} = {value} must be a 4 KiB "
            "aligned address"
        )
    return address
