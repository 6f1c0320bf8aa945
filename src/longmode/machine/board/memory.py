"""The memory bus: which physical addresses are RAM, ROM, a device's registers, or nothing.

The bus is built once, when the board is assembled: RAM as the
:class:`~longmode.machine.memory.MemoryLayout` places it, the BIOS ROM,
the std VGA's linear framebuffer, each device's memory-mapped registers (a
device lists them in ``Device.mmio`` as it lists ports), and then every
address left over up to the CPU's 40 physical address bits is *unassigned*.

Unassigned space behaves as QEMU's ``pc`` machine's: reads give 0 and
writes are dropped (checked against QEMU 7.2 by a guest that reads and
writes beyond RAM, in the PCI hole and above 4 GiB), and the run goes on.
Each such access can be reported (``on_unclaimed``) for ``-v``.

Every write that does not come from the CPU's own instructions — a BIOS
service, the boot-sector load, an image or kernel written into RAM, a
debugger's ``write_physical``, a device's DMA — goes through :meth:`write`,
which also drops the code unicorn has translated from that range. Without
that, code read over code that already ran (a chain-loading MBR reading the
next boot sector to 0:7C00) keeps running the old instructions.

RAM lives in anonymous mappings of this process (:class:`RamBlock`), handed to
unicorn by address, so the bus can tell which pages were never touched (the
kernel's page map: neither present nor swapped out means zero) and drop them
all at once: a snapshot of a 128 MiB guest reads only the pages in use, and a
restore clears the rest in one call instead of comparing every page.
"""

from __future__ import annotations

import ctypes
import mmap
import os
import re
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass
from typing import Protocol

from unicorn import UC_ERR_NOMEM, UC_PROT_ALL, UC_PROT_READ, UC_PROT_WRITE, Uc, UcError

from longmode.machine import unicorn_internals
from longmode.machine.cpu import NOT_CODE
from longmode.machine.memory import (
    BIOS_BASE,
    CONVENTIONAL_TOP,
    FOUR_GIB,
    HIGH_MEMORY,
    LFB_BASE,
    LFB_SIZE,
    OPTION_ROM_BASE,
    PHYSICAL_ADDRESS_BITS,
    VIDEO_BASE,
    MemoryLayout,
)

#: Page granularity of every region (unicorn maps whole 4 KiB pages).
PAGE = 0x1000
#: What an unassigned read returns, as in QEMU's ``pc`` machine.
UNASSIGNED_VALUE = 0
_ZERO_PAGE = bytes(PAGE)
#: /proc/self/pagemap: 8 bytes a host page, bit 63 present, bit 62 swapped out.
PAGEMAP = "/proc/self/pagemap"
#: A page map entry's top byte (bits 56-63) mapped to 1 when the page may hold data.
_IN_USE = bytes(1 if byte & 0xC0 else 0 for byte in range(256))
_IN_USE_RUN = re.compile(b"\x01+")


def nonzero_pages(base: int, data: bytes | memoryview) -> dict[int, bytes]:
    """The pages of ``data``, placed at ``base`` (a page boundary), that hold a
    non-zero byte, by address (a last partial page padded with zeros)."""
    pages: dict[int, bytes] = {}
    for offset in range(0, len(data), PAGE):
        page = data[offset : offset + PAGE]
        if page != _ZERO_PAGE[: len(page)]:
            pages[base + offset] = bytes(page).ljust(PAGE, b"\0")
    return pages


class RamBlock:
    """Guest memory from ``base`` on: ``size`` bytes of a private anonymous mapping
    of this process (zero until written, as QEMU's RAM), which unicorn is given by
    address (``mem_map_ptr``). It lives as long as the engine does."""

    def __init__(self, uc: Uc, base: int, size: int, perms: int) -> None:
        self.base = base
        self.size = size
        try:
            self.buffer = mmap.mmap(-1, size, flags=mmap.MAP_PRIVATE | mmap.MAP_ANONYMOUS)
        except (OSError, OverflowError, ValueError):
            raise UcError(UC_ERR_NOMEM) from None  # as unicorn's own allocation says it
        # The address through a ctypes view that is dropped at once (a live view
        # would keep the mapping from being closed).
        self.address = ctypes.addressof(ctypes.c_char.from_buffer(self.buffer))
        uc.mem_map_ptr(base, size, perms, self.address)

    @property
    def end(self) -> int:
        return self.base + self.size

    def used_runs(self) -> list[tuple[int, int]]:
        """Offsets ``(start, end)`` of the runs of pages that may hold non-zero bytes:
        every page the kernel's page map shows present or swapped out (read, written,
        or the zero page mapped in); all of the block where that map cannot be read."""
        host_page = mmap.PAGESIZE
        if host_page % PAGE and PAGE % host_page:
            return [(0, self.size)]
        pages = -(-self.size // host_page)
        try:
            fd = os.open(PAGEMAP, os.O_RDONLY)  # opened now: /proc/self is the reader
        except OSError:
            return [(0, self.size)]
        try:
            entries = os.pread(fd, pages * 8, self.address // host_page * 8)
        except OSError:
            return [(0, self.size)]
        finally:
            os.close(fd)
        if len(entries) != pages * 8:
            return [(0, self.size)]
        used = entries[7::8].translate(_IN_USE)
        return [
            (match.start() * host_page, min(match.end() * host_page, self.size))
            for match in _IN_USE_RUN.finditer(used)
        ]

    def nonzero_pages(self) -> dict[int, bytes]:
        """The guest pages of this block that hold a non-zero byte, by physical address."""
        pages: dict[int, bytes] = {}
        view = memoryview(self.buffer)
        try:
            for start, end in self.used_runs():
                start -= start % PAGE
                pages.update(nonzero_pages(self.base + start, view[start:end]))
        finally:
            view.release()
        return pages

    def clear(self) -> None:
        """Every byte zero again, the host memory given back."""
        if hasattr(mmap, "MADV_DONTNEED"):
            self.buffer.madvise(mmap.MADV_DONTNEED)
            return
        for start, end in self.used_runs():
            self.buffer[start:end] = bytes(end - start)

    def write(self, offset: int, data: bytes) -> None:
        """Bytes into the block (no translated code dropped: the caller's concern)."""
        self.buffer[offset : offset + len(data)] = data


class MmioDevice(Protocol):
    """What a device offers the memory bus for a range it claims."""

    name: str

    def advance(self, now: int) -> None:
        """Catches up to virtual time ``now`` (ns), before each access."""
        ...

    def next_event(self) -> int | None:
        """The virtual time of its next event (a timer it runs), if any."""
        ...

    def mmio_read(self, offset: int, size: int) -> int:
        """A read of ``size`` bytes at ``offset`` into the claimed range."""
        ...

    def mmio_write(self, offset: int, size: int, value: int) -> None:
        """A write of ``value`` (``size`` bytes) at ``offset`` into the claimed range."""
        ...


@dataclass(frozen=True)
class Region:
    """One stretch of the physical address space and what answers there."""

    name: str
    base: int
    size: int
    #: "ram", "rom", "framebuffer", "mmio" or "unassigned".
    kind: str

    @property
    def end(self) -> int:
        return self.base + self.size

    @property
    def is_memory(self) -> bool:
        """RAM, ROM or framebuffer: bytes that hold what was written."""
        return self.kind in ("ram", "rom", "framebuffer")

    def __contains__(self, address: object) -> bool:
        return isinstance(address, int) and self.base <= address < self.end


#: Called for an unassigned access: (direction "read"/"write", address, size, value).
UnclaimedAccess = Callable[[str, int, int, int], None]


class ConflictingRegions(ValueError):
    """Two regions claim the same addresses."""


class MemoryBus:
    """The physical address space of one unicorn engine.

    ``code_is_virtual`` tells whether unicorn's translated code is currently
    keyed by addresses other than physical ones (paging on, or A20 off): then
    a write drops all translated code rather than the range's.
    """

    def __init__(
        self,
        uc: Uc,
        layout: MemoryLayout,
        code_is_virtual: Callable[[], bool] = lambda: False,
        no_execute: tuple[tuple[int, int], ...] = (),
    ) -> None:
        self._uc = uc
        self._code_is_virtual = code_is_virtual
        self.layout = layout
        self.regions: list[Region] = []
        self._last_region: Region | None = None
        self._sealed = False
        #: Told of each access to unassigned space, when set (``-v``).
        self.on_unclaimed: UnclaimedAccess | None = None
        #: Called on every access the CPU makes to MMIO or unassigned space (the
        #: machine charges it virtual time, as it does a port access); False when
        #: the run has ended and devices must not see the access.
        self.on_access: Callable[[], bool] = lambda: True
        #: The virtual clock: a device catches up to it before each access, as on the
        #: port bus (a timer's current count is read at the instant of the access).
        self.now: Callable[[], int] = lambda: 0
        #: Called after the CPU wrote a device's register (the machine checks whether
        #: the write scheduled an event or made an interrupt deliverable).
        self.on_device_written: Callable[[MmioDevice], None] = lambda device: None
        for region in _low_regions(layout.below_4g):
            self._add(region)
        if layout.above_4g:
            self._add(Region("RAM above 4 GiB", FOUR_GIB, layout.above_4g, "ram"))
        self._add(Region("std VGA framebuffer", LFB_BASE, LFB_SIZE, "framebuffer"))
        # Pages listed in `no_execute` (base, size) are mapped apart, readable and
        # writable but not executable: code reaching them stops the CPU
        # (UC_ERR_FETCH_PROT). Mapped apart from the start, as unicorn's
        # mem_protect would copy the whole block it splits (seconds for 4 GiB).
        cursor = 0
        #: The host memory behind RAM, ROM and the framebuffer (see :class:`RamBlock`);
        #: pages are committed only when first touched (an unused framebuffer is free).
        self.blocks: list[RamBlock] = []
        # Tied to the engine as well: unicorn must never outlive the memory it was given.
        uc.longmode_ram = self.blocks
        for base, size in sorted(no_execute):
            if base % PAGE or size % PAGE or base < cursor or base + size > layout.below_4g:
                raise ValueError(f"no-execute range {base:#x}+{size:#x} is not whole free pages")
            if base > cursor:
                self.blocks.append(RamBlock(uc, cursor, base - cursor, UC_PROT_ALL))
            self.blocks.append(RamBlock(uc, base, size, UC_PROT_READ | UC_PROT_WRITE))
            cursor = base + size
        self.blocks.append(RamBlock(uc, cursor, layout.below_4g - cursor, UC_PROT_ALL))
        if layout.above_4g:
            self.blocks.append(RamBlock(uc, FOUR_GIB, layout.above_4g, UC_PROT_ALL))
        self.blocks.append(RamBlock(uc, LFB_BASE, LFB_SIZE, UC_PROT_ALL))
        self._last_block = self.blocks[0]
        #: False while unicorn is known to hold no translated code (a new engine, or
        #: just after all of it was flushed): writes then have none to drop. The
        #: machine clears it then, and sets it before it runs the CPU.
        self.code_translated = True

    # --- building ----------------------------------------------------------

    def claim(self, base: int, size: int, device: MmioDevice) -> None:
        """Maps ``device``'s registers at ``base`` (whole pages) before :meth:`seal`."""
        if self._sealed:
            raise RuntimeError("memory-mapped devices are claimed before the board is sealed")
        if base % PAGE or size <= 0 or size % PAGE:
            raise ValueError(
                f"{device.name}: MMIO ranges are whole 4 KiB pages ({base:#x}+{size:#x})"
            )
        self._add(Region(device.name, base, size, "mmio"))

        def read(uc: Uc, offset: int, width: int, _: object) -> int:
            if not self.on_access():
                return UNASSIGNED_VALUE
            device.advance(self.now())
            return device.mmio_read(offset, width)

        def write(uc: Uc, offset: int, width: int, value: int, _: object) -> None:
            if self.on_access():
                device.advance(self.now())
                device.mmio_write(offset, width, value)
                self.on_device_written(device)

        self._uc.mmio_map(base, size, read, None, write, None)

    def seal(self) -> None:
        """Fills every address no region took, up to the physical address width,
        with unassigned space (reads 0, writes dropped)."""
        if self._sealed:
            return
        self._sealed = True
        cursor = 0
        for region in sorted(self.regions, key=lambda r: r.base):
            if region.base > cursor:
                self._map_unassigned(cursor, region.base)
            cursor = max(cursor, region.end)
        if cursor < 1 << PHYSICAL_ADDRESS_BITS:
            self._map_unassigned(cursor, 1 << PHYSICAL_ADDRESS_BITS)

    def _map_unassigned(self, start: int, end: int) -> None:
        self.regions.append(Region("unassigned", start, end - start, "unassigned"))

        def read(uc: Uc, offset: int, size: int, _: object) -> int:
            self.on_access()
            if self.on_unclaimed is not None:
                self.on_unclaimed("read", start + offset, size, UNASSIGNED_VALUE)
            return UNASSIGNED_VALUE

        def write(uc: Uc, offset: int, size: int, value: int, _: object) -> None:
            self.on_access()
            if self.on_unclaimed is not None:
                self.on_unclaimed("write", start + offset, size, value)

        self._uc.mmio_map(start, end - start, read, None, write, None)

    def _add(self, region: Region) -> None:
        for other in self.regions:
            if region.base < other.end and other.base < region.end:
                raise ConflictingRegions(
                    f"{region.name} ({region.base:#x}-{region.end - 1:#x}) overlaps "
                    f"{other.name} ({other.base:#x}-{other.end - 1:#x})"
                )
        self.regions.append(region)

    # --- access ------------------------------------------------------------

    def region_at(self, address: int) -> Region | None:
        """The region ``address`` falls in (None beyond the physical address width)."""
        last = self._last_region
        if last is not None and last.base <= address < last.end:
            return last  # block transfers ask about the same RAM again and again
        for region in self.regions:
            if address in region:
                self._last_region = region
                return region
        return None

    def is_memory(self, address: int, size: int = 1) -> bool:
        """True when ``size`` bytes from ``address`` are all RAM, ROM or framebuffer."""
        return all(
            region is not None and region.is_memory for _, _, region in self._pieces(address, size)
        )

    def read(self, address: int, size: int) -> bytes:
        """``size`` bytes of physical memory (unassigned bytes read as QEMU's: 0)."""
        if size <= 0:
            return b""
        out = bytearray()
        for start, end, region in self._pieces(address, size):
            if region is not None and region.is_memory:
                out += self._uc.mem_read(start, end - start)
            else:
                out += bytes([UNASSIGNED_VALUE]) * (end - start)
        return bytes(out)

    def write(self, address: int, data: bytes, linear: int | None = None) -> None:
        """Writes physical memory from outside the CPU and drops the code translated
        from the bytes it replaced; bytes that fall on unassigned space are dropped.

        ``linear`` is the address the CPU would fetch these bytes at now, when the
        caller knows it (a write through the page tables): then only that code goes;
        :data:`~longmode.machine.cpu.NOT_CODE` says the mapping written through is not
        executable, so nothing is dropped."""
        if not data:
            return
        size = len(data)
        block: RamBlock | None = self._last_block
        if not (self._last_block.base <= address and address + size <= self._last_block.end):
            block = next(
                (b for b in self.blocks if b.base <= address and address + size <= b.end), None
            )
        if block is not None:  # the usual case: all of it in one block of memory
            self._last_block = block
            block.write(address - block.base, data)
            if self.code_translated:
                self.drop_code(address, size, linear)
            return
        for start, end, region in self._pieces(address, size):
            if region is not None and region.is_memory:
                self._uc.mem_write(start, bytes(data[start - address : end - address]))
                at = linear if linear is None or linear == NOT_CODE else linear + start - address
                self.drop_code(start, end - start, at)

    def drop_code(self, address: int, size: int, linear: int | None = None) -> None:
        """Forgets the code unicorn translated from ``size`` bytes at physical ``address``
        (seen by the CPU at ``linear``, if given)."""
        if linear == NOT_CODE:
            return
        if linear is not None:
            unicorn_internals.remove_cache(self._uc, linear, linear + size)
        elif self._code_is_virtual():
            # unicorn looks translated code up by linear address, and no linear address
            # of these bytes is known: all of it goes (writes from outside are rare then).
            self._uc.ctl_flush_tb()
            self.code_translated = False
        else:
            unicorn_internals.remove_cache(self._uc, address, address + size)

    # --- all of memory at once (snapshots) -------------------------------------

    def nonzero_pages(self) -> dict[int, bytes]:
        """Every page of RAM, ROM and framebuffer that holds a non-zero byte."""
        pages: dict[int, bytes] = {}
        for block in self.blocks:
            pages.update(block.nonzero_pages())
        return pages

    def load_pages(self, pages: Mapping[int, bytes]) -> None:
        """Makes memory hold ``pages`` (address: a page's bytes) and zeros everywhere
        else. Translated code is not dropped: the caller flushes it."""
        for block in self.blocks:
            block.clear()
        block = self.blocks[0]
        for address, page in pages.items():
            if not block.base <= address < block.end:
                block = next(b for b in self.blocks if b.base <= address < b.end)
            block.write(address - block.base, page)

    def _pieces(self, address: int, size: int) -> Iterator[tuple[int, int, Region | None]]:
        """Splits ``[address, address + size)`` at region boundaries."""
        end = address + size
        while address < end:
            region = self.region_at(address)
            stop = end if region is None else min(end, region.end)
            yield address, stop, region
            address = stop


def _low_regions(below_4g: int) -> list[Region]:
    """The first MiB as a PC BIOS describes it, then RAM up to the low-memory top.
    (To unicorn all of it is one block of RAM: our BIOS writes its ROM at power-on.)"""
    return [
        Region("conventional memory", 0, CONVENTIONAL_TOP, "ram"),
        Region("VGA memory", VIDEO_BASE, OPTION_ROM_BASE - VIDEO_BASE, "ram"),
        Region("option ROM area", OPTION_ROM_BASE, BIOS_BASE - OPTION_ROM_BASE, "ram"),
        Region("BIOS ROM", BIOS_BASE, HIGH_MEMORY - BIOS_BASE, "rom"),
        Region("RAM", HIGH_MEMORY, below_4g - HIGH_MEMORY, "ram"),
    ]
