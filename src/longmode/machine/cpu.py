"""The CPU: one unicorn engine, opened in 64-bit mode and brought to real mode.

unicorn's Python API keeps the register view of the mode an engine was
opened in, so a 16-bit engine cannot show a 64-bit kernel's registers. We open
it in 64-bit mode and take it back to the real-mode reset state (see
shared/notes/unicorn-pc.md): CR0.PG 1→0 clears EFER.LMA, EFER is zeroed, and a
reset stub in ROM loads 16-bit descriptors and clears CR0.PE. From there the
guest's own mode switches work and every register stays readable.

Writing CS from Python (in a 64-bit engine) sets only the selector, not the
descriptor cache. Real-mode interrupt delivery therefore ends with a guest
``retf`` (the "trampoline" byte in ROM) that loads CS:IP properly; privilege
and task switches load the caches through
:class:`~longmode.machine.unicorn_internals.SegmentLoader`.

What unicorn does not publish (segment caches, the A20 mask, exception error
codes, its instruction counter, its remembered exception) is read and written
only in :mod:`longmode.machine.unicorn_internals`, where each offset is checked
by a probe; its classes are re-exported here for existing users.
"""

from __future__ import annotations

import ctypes
import dataclasses
import struct
from collections.abc import Callable
from dataclasses import dataclass

from unicorn import Uc, UcError
from unicorn import x86_const as X

from longmode.machine import unicorn_internals
from longmode.machine.unicorn_internals import A20Gate as A20Gate
from longmode.machine.unicorn_internals import ExceptionState as ExceptionState
from longmode.machine.unicorn_internals import InstructionCounter as InstructionCounter
from longmode.machine.unicorn_internals import SegmentCache as SegmentCache
from longmode.machine.unicorn_internals import SegmentLoader as SegmentLoader
from longmode.machine.unicorn_internals import StaleExceptionFix as StaleExceptionFix
from longmode.machine.x86 import (  # the architecture's numbers, re-exported here
    ADDRESS_MASK as ADDRESS_MASK,
)
from longmode.machine.x86 import (
    CR0_PE as CR0_PE,
)
from longmode.machine.x86 import (
    CR0_PG as CR0_PG,
)
from longmode.machine.x86 import (
    CR0_WP as CR0_WP,
)
from longmode.machine.x86 import (
    CR4_PAE as CR4_PAE,
)
from longmode.machine.x86 import (
    CR4_PSE as CR4_PSE,
)
from longmode.machine.x86 import (
    CR4_SMEP as CR4_SMEP,
)
from longmode.machine.x86 import (
    EFER_LMA as EFER_LMA,
)
from longmode.machine.x86 import (
    EFER_LME as EFER_LME,
)
from longmode.machine.x86 import (
    EFER_NXE as EFER_NXE,
)
from longmode.machine.x86 import (
    FLAG_CF as FLAG_CF,
)
from longmode.machine.x86 import (
    FLAG_DF as FLAG_DF,
)
from longmode.machine.x86 import (
    FLAG_IF as FLAG_IF,
)
from longmode.machine.x86 import (
    FLAG_NT as FLAG_NT,
)
from longmode.machine.x86 import (
    FLAG_RF as FLAG_RF,
)
from longmode.machine.x86 import (
    FLAG_TF as FLAG_TF,
)
from longmode.machine.x86 import (
    FLAG_VM as FLAG_VM,
)
from longmode.machine.x86 import (
    MSR_EFER as MSR_EFER,
)
from longmode.machine.x86 import (
    Mode as Mode,
)

#: Register name → unicorn id, for the registers reports and services use.
REGISTERS: dict[str, int] = {
    name.lower(): getattr(X, f"UC_X86_REG_{name}")
    for names in (
        "RAX RBX RCX RDX RSI RDI RBP RSP R8 R9 R10 R11 R12 R13 R14 R15 RIP RFLAGS",
        "EAX EBX ECX EDX ESI EDI EBP ESP EIP EFLAGS",
        "AX BX CX DX SI DI BP SP IP FLAGS AL AH BL BH CL CH DL DH",
        "CS DS ES SS FS GS CR0 CR2 CR3 CR4 CR8",
    )
    for name in names.split()
}


#: For ``write_physical``'s linear address: the bytes are not executable where they
#: were written, so there is no translated code of them to drop.
NOT_CODE = -1


@dataclass(frozen=True)
class PageWalk:
    """Where a virtual address lands: the physical address, or why it does not."""

    physical: int | None
    present: bool
    writable: bool
    user: bool
    executable: bool


@dataclass(frozen=True)
class Mapping:
    """A run of virtual pages the guest's tables map onto contiguous physical
    memory, all with the same rights (an entry of :meth:`X86Cpu.mappings`)."""

    virtual: int
    physical: int
    size: int
    writable: bool
    user: bool
    executable: bool


#: The physical address bits of a 64-bit paging entry.
ENTRY_ADDRESS = 0x000F_FFFF_FFFF_F000


@dataclass(frozen=True)
class Paging:
    """The control registers that decide address translation, read once."""

    cr0: int
    cr3: int
    cr4: int
    efer: int

    @property
    def mode(self) -> Mode:
        if not self.cr0 & CR0_PE:
            return Mode.REAL
        return Mode.LONG if self.efer & EFER_LMA else Mode.PROTECTED


class X86Cpu:
    """Register, mode and virtual-memory access on a unicorn x86 engine.

    Registers up to 64 bits are read and written through the C library with
    one reused buffer: the binding's generic path costs microseconds per call,
    and interrupt delivery needs a dozen of them.
    """

    def __init__(self, uc: Uc) -> None:
        self.uc = uc
        self._uclib, self._handle = unicorn_internals.c_api(uc)
        self._buffer = ctypes.c_uint64()
        self._pointer = ctypes.byref(self._buffer)
        #: Physical addresses are ANDed with this: bit 20 is clear while A20 is off.
        self.a20_mask = ADDRESS_MASK
        #: How this CPU's helpers write guest memory — (physical address, bytes, the
        #: linear address the CPU sees them at, if known) — the board's memory bus,
        #: which also drops translated code (plain ``mem_write`` until a board is wired).
        self.write_physical: Callable[[int, bytes, int | None], None] = (
            lambda address, data, linear: uc.mem_write(address, data)
        )

    def translates_virtually(self) -> bool:
        """True when unicorn keys translated code by addresses that are not physical
        ones (paging on, or A20 off and so addresses wrapping)."""
        return bool(self.get("cr0") & CR0_PG) or self.a20_mask != ADDRESS_MASK

    def set_a20(self, enabled: bool) -> None:
        """Opens or closes the A20 gate (see :class:`A20Gate`)."""
        A20Gate.set(self.uc, enabled)
        self.a20_mask = ADDRESS_MASK if enabled else ADDRESS_MASK & ~(1 << 20)

    # --- registers -------------------------------------------------------

    def get(self, name: str) -> int:
        self._buffer.value = 0
        status = self._uclib.uc_reg_read(self._handle, REGISTERS[name], self._pointer)
        if status:
            raise UcError(status)
        return self._buffer.value

    def set(self, name: str, value: int) -> None:
        self._buffer.value = value & 0xFFFF_FFFF_FFFF_FFFF
        status = self._uclib.uc_reg_write(self._handle, REGISTERS[name], self._pointer)
        if status:
            raise UcError(status)

    def paging(self) -> Paging:
        """CR0, CR3, CR4 and EFER, for a batch of translations."""
        return Paging(self.get("cr0"), self.get("cr3"), self.get("cr4"), self.efer)

    @property
    def efer(self) -> int:
        value: int = self.uc.reg_read(X.UC_X86_REG_MSR, MSR_EFER)
        return value

    def table_register(self, name: str) -> tuple[int, int]:
        """(base, limit) of ``idtr``, ``gdtr`` or ``tr``."""
        register = {"idtr": X.UC_X86_REG_IDTR, "gdtr": X.UC_X86_REG_GDTR, "tr": X.UC_X86_REG_TR}
        _selector, base, limit, _flags = self.uc.reg_read(register[name])
        return base, limit

    def reset_to_real_mode(self, reset_stub: int) -> None:
        """Leaves unicorn's initial long mode; the guest resumes at ``reset_stub``.

        The stub (32-bit code in ROM) must finish the job: load 16-bit
        descriptors, clear CR0.PE and far-jump into real mode.
        """
        self.uc.reg_write(X.UC_X86_REG_CR0, CR0_PG | 0x11)
        self.uc.reg_write(X.UC_X86_REG_CR0, 0x11)
        self.uc.reg_write(X.UC_X86_REG_MSR, (MSR_EFER, 0))
        self.uc.reg_write(X.UC_X86_REG_CR4, 0)
        self.uc.reg_write(X.UC_X86_REG_RFLAGS, 0x2)
        # The real-mode IVT at 0 with the limit a BIOS leaves (SeaBIOS: 0x3FF).
        self.uc.reg_write(X.UC_X86_REG_IDTR, (0, 0, 0x3FF, 0))
        self.set("rip", reset_stub)

    def mode(self) -> Mode:
        if not self.get("cr0") & CR0_PE:
            return Mode.REAL
        return Mode.LONG if self.efer & EFER_LMA else Mode.PROTECTED

    @property
    def cpl(self) -> int:
        return 0 if self.mode() is Mode.REAL else self.get("cs") & 3

    # --- memory ----------------------------------------------------------

    def walk(self, virtual: int, paging: Paging | None = None) -> PageWalk:
        """Translates ``virtual`` with the guest's page tables (identity if paging is off)."""
        paging = paging or self.paging()
        if not paging.cr0 & CR0_PG:
            walk = PageWalk(virtual & 0xFFFF_FFFF, True, True, True, True)
        elif paging.efer & EFER_LMA:
            walk = self._walk_4_level(virtual, paging.cr3, bool(paging.efer & EFER_NXE))
        elif paging.cr4 & CR4_PAE:
            walk = self._walk_pae(virtual, paging.cr3)
        else:
            walk = self._walk_2_level(virtual, paging.cr3, bool(paging.cr4 & CR4_PSE))
        if walk.physical is not None and self.a20_mask != ADDRESS_MASK:
            return dataclasses.replace(walk, physical=walk.physical & self.a20_mask)
        return walk

    def _entry(self, address: int) -> int:
        value: int = struct.unpack("<Q", self.uc.mem_read(address & self.a20_mask, 8))[0]
        return value

    def _entry32(self, address: int) -> int:
        value: int = struct.unpack("<I", self.uc.mem_read(address & self.a20_mask, 4))[0]
        return value

    def table_entries(self, virtual: int, cr3: int) -> list[tuple[int, int, int, int]]:
        """The 4-level walk to ``virtual``: (shift, index, entry's address, entry) for
        each level read, ending with one not present or that maps the page (shift 12,
        or a 1 GiB or 2 MiB page at shift 30 or 21)."""
        table = cr3 & 0x000F_FFFF_FFFF_F000
        entries = []
        for shift in (39, 30, 21, 12):
            index = (virtual >> shift) & 0x1FF
            entry = self._entry(table + index * 8)
            entries.append((shift, index, table + index * 8, entry))
            if not entry & 1 or shift == 12 or (shift in (30, 21) and entry & 0x80):
                break
            table = entry & 0x000F_FFFF_FFFF_F000
        return entries

    def mappings(self, paging: Paging | None = None) -> list[Mapping]:
        """Every page the guest's tables map, by virtual address, with runs that are
        contiguous in both address spaces and alike in rights merged (QEMU's ``info
        tlb``, merged as its ``info mem``). A table in memory that cannot be read maps
        nothing. Empty with paging off."""
        paging = paging or self.paging()
        if not paging.cr0 & CR0_PG:
            return []
        if paging.efer & EFER_LMA:
            nxe = bool(paging.efer & EFER_NXE)
            leaves = self._leaves(paging.cr3 & ENTRY_ADDRESS, (39, 30, 21, 12), 512, nxe)
        elif paging.cr4 & CR4_PAE:
            leaves = self._pae_leaves(paging.cr3 & 0xFFFF_FFE0, bool(paging.efer & EFER_NXE))
        else:
            pse = bool(paging.cr4 & CR4_PSE)
            leaves = self._leaves(paging.cr3 & 0xFFFF_F000, (22, 12), 1024, False, pse=pse)
        merged: list[Mapping] = []
        for leaf in leaves:
            if merged:
                last = merged[-1]
                if (
                    last.virtual + last.size == leaf.virtual
                    and last.physical + last.size == leaf.physical
                    and (last.writable, last.user, last.executable)
                    == (leaf.writable, leaf.user, leaf.executable)
                ):
                    merged[-1] = dataclasses.replace(last, size=last.size + leaf.size)
                    continue
            merged.append(leaf)
        return merged

    def _table(self, address: int, count: int, width: int) -> tuple[int, ...]:
        try:
            raw = self.uc.mem_read(address & self.a20_mask, count * width)
        except UcError:
            return ()
        return struct.unpack(f"<{count}{'Q' if width == 8 else 'I'}", raw)

    def _leaves(
        self,
        table: int,
        shifts: tuple[int, ...],
        count: int,
        nxe: bool,
        *,
        base: int = 0,
        rights: tuple[bool, bool, bool] = (True, True, True),
        pse: bool = True,
    ) -> list[Mapping]:
        """The pages under ``table`` (whose entries map ``1 << shifts[0]`` bytes each)."""
        shift, wide = shifts[0], count == 512
        found = []
        for index, entry in enumerate(self._table(table, count, 8 if wide else 4)):
            if not entry & 1:
                continue
            virtual = base | index << shift
            if wide and shift == 39 and virtual >> 47 & 1:
                virtual |= 0xFFFF_0000_0000_0000  # canonical: the upper half
            entry_rights = (
                rights[0] and bool(entry & 2),
                rights[1] and bool(entry & 4),
                rights[2] and not (nxe and entry >> 63),
            )
            address_bits = ENTRY_ADDRESS if wide else 0xFFFF_F000
            if len(shifts) == 1 or (entry & 0x80 and pse and shift != 39):
                size = 1 << shift
                physical = entry & address_bits & ~(size - 1)
                found.append(Mapping(virtual, physical, size, *entry_rights))
            else:
                found += self._leaves(
                    entry & address_bits,
                    shifts[1:],
                    count,
                    nxe,
                    base=virtual,
                    rights=entry_rights,
                    pse=pse,
                )
        return found

    def _pae_leaves(self, pdpt: int, nxe: bool) -> list[Mapping]:
        found = []
        for index, entry in enumerate(self._table(pdpt, 4, 8)):
            if entry & 1:
                found += self._leaves(entry & ENTRY_ADDRESS, (21, 12), 512, nxe, base=index << 30)
        return found

    def _walk_4_level(self, virtual: int, cr3: int, nxe: bool) -> PageWalk:
        writable = user = executable = True
        entries = self.table_entries(virtual, cr3)
        for _, _, _, entry in entries:
            if not entry & 1:
                return PageWalk(None, False, writable, user, executable)
            writable &= bool(entry & 2)
            user &= bool(entry & 4)
            executable &= not (nxe and entry >> 63)
        shift, _, _, leaf = entries[-1]
        size = 1 << shift
        base = leaf & 0x000F_FFFF_FFFF_F000 & ~(size - 1)
        return PageWalk(base | (virtual & (size - 1)), True, writable, user, executable)

    def _walk_pae(self, virtual: int, cr3: int) -> PageWalk:
        pdpte = self._entry((cr3 & 0xFFFF_FFE0) + ((virtual >> 30) & 3) * 8)
        if not pdpte & 1:
            return PageWalk(None, False, True, True, True)
        pde = self._entry((pdpte & 0x000F_FFFF_FFFF_F000) + ((virtual >> 21) & 0x1FF) * 8)
        if not pde & 1:
            return PageWalk(None, False, True, True, True)
        if pde & 0x80:
            base = pde & 0x000F_FFFF_FFE0_0000
            return PageWalk(base | (virtual & 0x1F_FFFF), True, bool(pde & 2), bool(pde & 4), True)
        pte = self._entry((pde & 0x000F_FFFF_FFFF_F000) + ((virtual >> 12) & 0x1FF) * 8)
        if not pte & 1:
            return PageWalk(None, False, bool(pde & 2), bool(pde & 4), True)
        physical = (pte & 0x000F_FFFF_FFFF_F000) | (virtual & 0xFFF)
        return PageWalk(physical, True, bool(pde & pte & 2), bool(pde & pte & 4), True)

    def _walk_2_level(self, virtual: int, cr3: int, pse: bool) -> PageWalk:
        pde = self._entry32((cr3 & 0xFFFF_F000) + ((virtual >> 22) & 0x3FF) * 4)
        if not pde & 1:
            return PageWalk(None, False, True, True, True)
        if pse and pde & 0x80:
            return PageWalk(
                (pde & 0xFFC0_0000) | (virtual & 0x3F_FFFF),
                True,
                bool(pde & 2),
                bool(pde & 4),
                True,
            )
        pte = self._entry32((pde & 0xFFFF_F000) + ((virtual >> 12) & 0x3FF) * 4)
        if not pte & 1:
            return PageWalk(None, False, bool(pde & 2), bool(pde & 4), True)
        return PageWalk(
            (pte & 0xFFFF_F000) | (virtual & 0xFFF),
            True,
            bool(pde & pte & 2),
            bool(pde & pte & 4),
            True,
        )

    def read_virtual(self, virtual: int, size: int, paging: Paging | None = None) -> bytes | None:
        """Bytes at a virtual address, or None if any page is not mapped."""
        paging = paging or self.paging()
        out = bytearray()
        while size > 0:
            walk = self.walk(virtual, paging)
            if walk.physical is None:
                return None
            chunk = min(size, 0x1000 - (virtual & 0xFFF))
            out += self.uc.mem_read(walk.physical, chunk)
            virtual += chunk
            size -= chunk
        return bytes(out)

    def write_virtual(self, virtual: int, data: bytes, paging: Paging | None = None) -> int | None:
        """Writes ``data``; returns None, or the first unmapped or read-only address."""
        paging = paging or self.paging()
        supervisor_wp = bool(paging.cr0 & CR0_WP)
        offset = 0
        while offset < len(data):
            address = virtual + offset
            walk = self.walk(address, paging)
            if walk.physical is None or (supervisor_wp and not walk.writable):
                return address
            chunk = min(len(data) - offset, 0x1000 - (address & 0xFFF))
            code_at = self._fetchable_at(address, walk, paging)
            self.write_physical(walk.physical, data[offset : offset + chunk], code_at)
            offset += chunk
        return None

    def _fetchable_at(self, linear: int, walk: PageWalk, paging: Paging) -> int | None:
        """Where unicorn would look up code for bytes written at ``linear``: ``linear``
        when the CPU could fetch them there now; :data:`NOT_CODE` when the mapping is
        not executable (no code is fetched through it); None (so all translated code
        is dropped) when only another privilege level could fetch them.

        unicorn drops code by linear address through a code fetch, which raises a
        page fault for a page the CPU may not execute now, leaving CR2 and a pending
        exception behind (a blog_os test then hung at its `iretq`)."""
        if not paging.cr0 & CR0_PG:
            return linear
        if not walk.executable:
            return NOT_CODE
        user_mode = self.cpl == 3
        if user_mode and not walk.user:
            return None
        if not user_mode and walk.user and paging.cr4 & CR4_SMEP:
            return None
        return linear
