"""The CPU: one unicorn engine, opened in 64-bit mode and brought to real mode.

unicorn's Python API keeps the register view of the mode an engine was
opened in, so a 16-bit engine cannot show a 64-bit kernel's registers. We open
it in 64-bit mode and take it back to the real-mode reset state (see
shared/notes/unicorn-pc.md): CR0.PG 1→0 clears EFER.LMA, EFER is zeroed, and a
reset stub in ROM loads 16-bit descriptors and clears CR0.PE. From there the
guest's own mode switches work and every register stays readable.

More facts shape this module:

* Writing CS from Python (in a 64-bit engine) sets only the selector, not the
  descriptor cache. Real-mode interrupt delivery therefore ends with a guest
  ``retf`` (the "trampoline" byte in ROM) that loads CS:IP properly, and
  privilege and task switches write QEMU's segment caches in the saved
  context (:class:`SegmentLoader`).
* unicorn never clears QEMU's "exception being delivered" state, because its
  hook replaces QEMU's delivery code: after one fault is handled, the next
  arrives as #DF (unicorn issue #1883). :class:`StaleExceptionFix` finds that
  field's offset in the saved context once per process and resets it after
  each fault we deliver.
* Some of what unicorn knows it does not publish: the error code and the
  is-software-interrupt flag of the event it reports (:class:`ExceptionState`),
  the count of instructions run (:class:`InstructionCounter`) and the A20 mask
  (:class:`A20Gate`). Each is found or checked once per process by a probe
  whose effect is known, and a unicorn whose layout differs is refused with a
  clear error rather than misread.
"""

from __future__ import annotations

import ctypes
import dataclasses
import enum
import struct
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import ClassVar

from unicorn import (
    UC_ARCH_X86,
    UC_CTL_IO_WRITE,
    UC_CTL_TLB_FLUSH,
    UC_HOOK_INTR,
    UC_MODE_64,
    Uc,
    UcError,
)
from unicorn import x86_const as X
from unicorn.unicorn_py3.unicorn import uclib as _uclib

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
ADDRESS_MASK = (1 << 64) - 1
MSR_EFER = 0xC0000080
EFER_LME, EFER_LMA, EFER_NXE = 1 << 8, 1 << 10, 1 << 11
CR0_PE, CR0_PG, CR0_WP = 1, 1 << 31, 1 << 16
CR4_PAE, CR4_PSE = 1 << 5, 1 << 4
FLAG_CF, FLAG_TF, FLAG_IF, FLAG_DF, FLAG_NT, FLAG_RF = 1, 1 << 8, 1 << 9, 1 << 10, 1 << 14, 1 << 16
FLAG_VM = 1 << 17


class Mode(enum.Enum):
    """Which of the x86 operating modes the CPU is in."""

    REAL = "real mode"
    PROTECTED = "32-bit protected mode"
    LONG = "64-bit long mode"


@dataclass(frozen=True)
class PageWalk:
    """Where a virtual address lands: the physical address, or why it does not."""

    physical: int | None
    present: bool
    writable: bool
    user: bool
    executable: bool


class _ProbedOffset:
    """A field of unicorn's internals whose offset is found once per process,
    by running a small probe program whose effect on the field is known."""

    _offset: int | None = None

    @classmethod
    def offset(cls) -> int:
        if cls._offset is None:
            cls._offset = cls._probe()
        return cls._offset

    @classmethod
    def _probe(cls) -> int:
        raise NotImplementedError


class StaleExceptionFix(_ProbedOffset):
    """Resets unicorn's remembered "previous exception" after we deliver a fault.

    The field's offset in the context bytes is not published: it is found once
    by diffing a context saved before and during a known exception (#DE), and
    the fix is verified (a second #DE must arrive as #DE, not #DF).
    """

    @classmethod
    def _probe(cls) -> int:
        uc = Uc(UC_ARCH_X86, UC_MODE_64)
        uc.mem_map(0x1000, 0x1000)
        # xor ecx, ecx ; div ecx ; div ecx ; hlt
        uc.mem_write(0x1000, bytes.fromhex("31c9f7f1f7f1f4"))
        clean = bytes(uc.context_save())
        seen: list[int] = []
        found: list[int] = []

        def on_interrupt(uc: Uc, vector: int, _: object) -> None:
            seen.append(vector)
            if not found:
                dirty = bytes(uc.context_save())
                found.extend(
                    i
                    for i in range(0, len(clean) - 3, 4)
                    if clean[i : i + 4] == b"\xff" * 4
                    and dirty[i : i + 4] == bytes([vector, 0, 0, 0])
                )
            if found:
                _poke(uc, found[0], b"\xff" * 4)
            uc.reg_write(X.UC_X86_REG_RIP, uc.reg_read(X.UC_X86_REG_RIP) + 2)

        uc.hook_add(UC_HOOK_INTR, on_interrupt)
        uc.emu_start(0x1000, 0x1006)
        if len(found) != 1 or seen != [0, 0]:
            raise RuntimeError(
                "this unicorn build does not keep its previous-exception state where "
                f"longmode expects it (candidates {found}, vectors seen {seen}); "
                "a second fault would become a double fault"
            )
        return found[0]

    @classmethod
    def apply(cls, uc: Uc) -> None:
        """Forgets the exception unicorn thinks it is delivering."""
        _poke(uc, cls.offset(), b"\xff" * 4)


class ExceptionState(_ProbedOffset):
    """What QEMU knows about the event unicorn is reporting: its error code, and
    whether an instruction (``int n``, ``int3``, ``into``) raised it.

    unicorn's interrupt hook gets only the vector, but QEMU has already
    worked out the error code (a selector for #GP #TS #NP #SS, the page-fault
    bits for #PF) and left it in its CPU state, followed by its "is a software
    interrupt" flag. The offset is found once, from two #GP faults with known
    selectors, and checked with an ``int 0x30``.
    """

    SELECTORS = (0x1238, 0x2448)

    @classmethod
    def _probe(cls) -> int:
        uc = Uc(UC_ARCH_X86, UC_MODE_64)
        uc.mem_map(0x1000, 0x3000)
        uc.reg_write(X.UC_X86_REG_GDTR, (0, 0x2000, 0x17, 0))
        # mov ds, [0x3000] ; mov ds, [0x3002] (selectors beyond the GDT: #GP) ; int 0x30 ; hlt
        uc.mem_write(0x1000, bytes.fromhex("8e1c25003000008e1c2502300000cd30f4"))
        uc.mem_write(0x3000, struct.pack("<2H", *cls.SELECTORS))
        contexts: list[tuple[int, bytes]] = []

        def on_interrupt(uc: Uc, vector: int, _: object) -> None:
            contexts.append((vector, bytes(uc.context_save())))
            StaleExceptionFix.apply(uc)
            if vector == 13:
                uc.reg_write(X.UC_X86_REG_RIP, uc.reg_read(X.UC_X86_REG_RIP) + 7)

        uc.hook_add(UC_HOOK_INTR, on_interrupt)
        uc.emu_start(0x1000, 0x1010)
        vectors = [vector for vector, _ in contexts]
        found = []
        if vectors == [13, 13, 0x30]:
            faults, software = [context for _, context in contexts[:2]], contexts[2][1]
            found = [
                i
                for i in range(0, len(software) - 7, 4)
                if all(
                    fault[i : i + 8] == struct.pack("<II", selector, 0)
                    for fault, selector in zip(faults, cls.SELECTORS, strict=True)
                )
                and software[i + 4 : i + 8] == struct.pack("<I", 1)
            ]
        if len(found) != 1:
            raise RuntimeError(
                "this unicorn build does not keep exception error codes where longmode "
                f"expects them (vectors seen {vectors}, candidates {found})"
            )
        return found[0]

    @classmethod
    def read(cls, uc: Uc) -> tuple[int, bool]:
        """(error code, raised by an instruction) of the event being reported;
        call it from the interrupt hook."""
        error, software = struct.unpack_from("<Ii", bytes(uc.context_save()), cls.offset())
        return error, bool(software)


class InstructionCounter(_ProbedOffset):
    """How many instructions the last ``emu_start(..., count=N)`` began.

    unicorn counts them itself, with an internal hook, to honour ``count``, but
    does not publish the counter: it is ``uc_struct.emu_counter``, the field just
    before ``emu_count`` (the ``count`` passed in). Its offset is found once: a
    run with a distinctive ``count`` that stops at an address after a known
    number of instructions, then a run stopped by its count, must both be read
    back exactly. The scan reads the engine's structure only up to the match,
    which lies well inside it.

    The counter counts an instruction when it begins: one that faults (and is
    delivered by our hook) counts, and so does its re-execution; a run stopped
    by its count reads ``count + 1``.
    """

    MARK = 0x5EED_0000_1234_5677
    LIMIT = 1 << 16

    @classmethod
    def _probe(cls) -> int:
        uc = Uc(UC_ARCH_X86, UC_MODE_64)
        uc.mem_map(0x1000, 0x1000)
        uc.mem_write(0x1000, b"\x90" * 64)
        uc.emu_start(0x1000, 0x1005, count=cls.MARK)  # five nops, stopped by address
        base = _engine_address(uc)
        expected = struct.pack("<QQ", 5, cls.MARK)
        offset = 8
        while offset < cls.LIMIT and ctypes.string_at(base + offset - 8, 16) != expected:
            offset += 8
        uc.emu_start(0x1000, 0x1040, count=7)  # stopped by its count
        if offset >= cls.LIMIT or cls._at(uc, offset - 8) != 8 or cls._at(uc, offset) != 7:
            raise RuntimeError(
                "this unicorn build does not keep its instruction counter where longmode "
                "expects it: deterministic runs cannot count instructions"
            )
        return offset - 8

    @staticmethod
    def _at(uc: Uc, offset: int) -> int:
        value: int = struct.unpack("<Q", ctypes.string_at(_engine_address(uc) + offset, 8))[0]
        return value

    @classmethod
    def view(cls, uc: Uc) -> ctypes.c_uint64:
        """The engine's live counter: its ``value`` is the count since the last
        ``emu_start`` (0 for runs without ``count``), readable from hooks too."""
        return ctypes.c_uint64.from_address(_engine_address(uc) + cls.offset())


def _engine_address(uc: Uc) -> int:
    """Where unicorn's ``uc_struct`` for ``uc`` lies in memory."""
    address = ctypes.cast(uc._uch, ctypes.c_void_p).value
    assert address is not None
    return address


def _edit_context(uc: Uc, edit: Callable[[int], object]) -> None:
    """Saves the CPU state once, lets ``edit`` read and write it at the address it
    is given (``ctypes.string_at``/``memmove``), and restores it."""
    context = uc.context_save()
    address = ctypes.cast(context._context, ctypes.c_void_p).value
    assert address is not None
    edit(address)
    uc.context_restore(context)


def _poke(uc: Uc, offset: int, data: bytes) -> None:
    """Writes ``data`` into the CPU state at ``offset`` of its saved context."""
    _edit_context(uc, lambda address: ctypes.memmove(address + offset, data, len(data)))


@dataclass(frozen=True)
class SegmentCache:
    """A segment register's hidden part, in QEMU's form (``flags`` = descriptor bits 32-63)."""

    selector: int
    base: int
    limit: int
    flags: int

    LAYOUT: ClassVar[struct.Struct] = struct.Struct("<I4xQII")

    @classmethod
    def from_descriptor(cls, selector: int, descriptor: int) -> SegmentCache:
        """The cache a CPU loads from an 8-byte GDT/LDT descriptor."""
        low, high = descriptor & 0xFFFF_FFFF, descriptor >> 32
        base = (low >> 16) | (high & 0xFF) << 16 | (high & 0xFF00_0000)
        limit = (low & 0xFFFF) | (high & 0x000F_0000)
        if high & 1 << 23:  # granularity: 4 KiB units
            limit = limit << 12 | 0xFFF
        return cls(selector, base, limit, high)


class SegmentLoader:
    """Loads segment descriptor caches, which a 64-bit unicorn engine cannot from Python.

    QEMU keeps them in ``CPUX86State.segs[]`` (then LDTR and TR) with the CPL
    and the flags derived from them in ``hflags``. Their offsets in the saved
    context are found once, from where RAX lands (the first field of the
    state; the layout after it is QEMU's), and checked against RIP; each use
    then checks that CS is where it is expected.
    """

    _env: int | None = None
    #: Offsets from RAX in QEMU 5's CPUX86State (x86-64): eip, hflags, segs[6], ldt, tr.
    EIP, HFLAGS, SEGS = 128, 176, 184
    #: Where each cache lives, in 24-byte SegmentCache units from ``segs``.
    INDEX: ClassVar[dict[str, int]] = {
        "es": 0, "cs": 1, "ss": 2, "ds": 3, "fs": 4, "gs": 5, "ldt": 6, "tr": 7,
    }  # fmt: skip
    HF_CPL_MASK, HF_CS32, HF_SS32, HF_ADDSEG, HF_CS64 = 3, 1 << 4, 1 << 5, 1 << 6, 1 << 15
    DESC_B = 1 << 22

    @classmethod
    def env(cls) -> int:
        if cls._env is None:
            uc = Uc(UC_ARCH_X86, UC_MODE_64)
            uc.reg_write(X.UC_X86_REG_RAX, 0x1122_3344_5566_7788)
            uc.reg_write(X.UC_X86_REG_RIP, 0x99AA_BBCC_DDEE_FF00)
            raw = bytes(uc.context_save())
            env = raw.find(struct.pack("<Q", 0x1122_3344_5566_7788))
            rip = raw.find(struct.pack("<Q", 0x99AA_BBCC_DDEE_FF00))
            if env < 0 or rip != env + cls.EIP:
                raise RuntimeError(
                    "this unicorn build's CPU state is not laid out as longmode expects "
                    f"(RAX at {env}, RIP at {rip}): privilege changes cannot be emulated"
                )
            cls._env = env
        return cls._env

    @classmethod
    def load(cls, uc: Uc, caches: Mapping[str, SegmentCache], cpl: int) -> None:
        """Makes ``caches`` (by name: es, cs, ss, ds, fs, gs, ldt, tr) the current
        ones and ``cpl`` the privilege level; hflags follow as QEMU derives them."""
        env = cls.env()
        selector = uc.reg_read(X.UC_X86_REG_CS)
        layout = SegmentCache.LAYOUT

        def edit(address: int) -> None:
            state = address + env
            segs = state + cls.SEGS
            (current_cs,) = struct.unpack("<I", ctypes.string_at(segs + 24, 4))
            if current_cs != selector:
                raise RuntimeError("CS in the saved context is not where longmode expects it")
            for name, cache in caches.items():
                data = layout.pack(cache.selector, cache.base, cache.limit, cache.flags)
                ctypes.memmove(segs + 24 * cls.INDEX[name], data, len(data))
            (hflags,) = struct.unpack("<I", ctypes.string_at(state + cls.HFLAGS, 4))
            hflags = (hflags & ~cls.HF_CPL_MASK) | cpl
            if not hflags & cls.HF_CS64:
                current = {
                    name: SegmentCache(*layout.unpack(ctypes.string_at(segs + 24 * index, 24)))
                    for name, index in cls.INDEX.items()
                    if name in ("cs", "ss", "ds", "es")
                }
                cs32 = bool(current["cs"].flags & cls.DESC_B)
                bases = current["ds"].base | current["es"].base | current["ss"].base
                hflags &= ~(cls.HF_CS32 | cls.HF_SS32 | cls.HF_ADDSEG)
                hflags |= cls.HF_CS32 if cs32 else 0
                hflags |= cls.HF_SS32 if current["ss"].flags & cls.DESC_B else 0
                hflags |= cls.HF_ADDSEG if bases or not cs32 else 0
            ctypes.memmove(state + cls.HFLAGS, struct.pack("<I", hflags), 4)

        _edit_context(uc, edit)


class A20Gate:
    """Gates address line 20 the way QEMU does, through ``CPUX86State.a20_mask``.

    With A20 off every physical address has bit 20 cleared (so FFFF:0010 wraps
    to 0), in the CPU's accesses and its page walks alike. The mask follows the
    control registers in QEMU's state (``cr[9]``, then ``a20_mask``); the layout
    is checked once against a known CR3 and the power-on mask.
    """

    CR, A20_MASK = 424, 496
    _checked = False

    @classmethod
    def _check(cls) -> None:
        if cls._checked:
            return
        uc = Uc(UC_ARCH_X86, UC_MODE_64)
        uc.reg_write(X.UC_X86_REG_CR3, 0x1234_5000)
        raw = bytes(uc.context_save())
        state = SegmentLoader.env()
        cr3, mask = (
            struct.unpack_from("<Q", raw, state + cls.CR + 24)[0],
            raw[state + cls.A20_MASK : state + cls.A20_MASK + 4],
        )
        if cr3 != 0x1234_5000 or mask != b"\xff" * 4:
            raise RuntimeError(
                "this unicorn build's CPU state is not laid out as longmode expects "
                "(CR3 or the A20 mask not found): the A20 gate cannot be emulated"
            )
        cls._checked = True

    @classmethod
    def set(cls, uc: Uc, enabled: bool) -> None:
        """Opens or closes the gate; the caller must end the current slice, so that
        translated code already chained together is looked up again."""
        cls._check()
        mask = struct.pack("<i", -1 if enabled else ~(1 << 20))
        _poke(uc, SegmentLoader.env() + cls.A20_MASK, mask)
        uc.ctl(UC_CTL_TLB_FLUSH, UC_CTL_IO_WRITE)


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
        self._handle = uc._uch
        self._buffer = ctypes.c_uint64()
        self._pointer = ctypes.byref(self._buffer)
        #: Physical addresses are ANDed with this: bit 20 is clear while A20 is off.
        self.a20_mask = ADDRESS_MASK
        #: How this CPU's helpers write guest memory: the board's memory bus, which
        #: also drops translated code (plain ``mem_write`` until a board is wired).
        self.write_physical: Callable[[int, bytes], None] = uc.mem_write

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
        status = _uclib.uc_reg_read(self._handle, REGISTERS[name], self._pointer)
        if status:
            raise UcError(status)
        return self._buffer.value

    def set(self, name: str, value: int) -> None:
        self._buffer.value = value & 0xFFFF_FFFF_FFFF_FFFF
        status = _uclib.uc_reg_write(self._handle, REGISTERS[name], self._pointer)
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

    def _walk_4_level(self, virtual: int, cr3: int, nxe: bool) -> PageWalk:
        table = cr3 & 0x000F_FFFF_FFFF_F000
        writable = user = executable = True
        for level, shift in ((4, 39), (3, 30), (2, 21), (1, 12)):
            entry = self._entry(table + ((virtual >> shift) & 0x1FF) * 8)
            if not entry & 1:
                return PageWalk(None, False, writable, user, executable)
            writable &= bool(entry & 2)
            user &= bool(entry & 4)
            executable &= not (nxe and entry >> 63)
            frame = entry & 0x000F_FFFF_FFFF_F000
            if level == 1 or (level in (3, 2) and entry & 0x80):
                size = 1 << shift
                base = frame & ~(size - 1)
                return PageWalk(base | (virtual & (size - 1)), True, writable, user, executable)
            table = frame
        raise AssertionError("unreachable")

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
            self.write_physical(walk.physical, data[offset : offset + chunk])
            offset += chunk
        return None
