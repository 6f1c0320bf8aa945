"""Every use of unicorn's unpublished state, each checked by a probe before it is trusted.

unicorn's API cannot do everything a PC needs: it cannot load a segment
descriptor cache or change the CPL from a 64-bit engine, gate A20, report an
exception's error code, count instructions cheaply, forget the exception it
is "delivering" (issue #1883), or hook RDTSC from Python. This module does
these through what unicorn does not publish — QEMU's ``CPUX86State`` inside a
saved context, the engine's ``uc_struct``, the Python binding's private
parts — and nothing else in longmode touches them.

No offset is trusted blindly. Each one is found, or verified, by a probe:
a fresh engine whose effect on the field is known (registers written through
the API, or a tiny guest run). The probes run once per process, the first
time their field is needed or all at once through :func:`probe_all`, which
the machine calls when it is built. A unicorn whose layout differs is
refused with one :class:`UnicornLayoutError` naming the probe that failed
and the unicorn version installed.

==========================  ===================================================
probe                       what it establishes
==========================  ===================================================
cpu state                   where ``CPUX86State`` starts in a saved context (found
                            from a written RAX) and that ``eip`` follows at 128
segment caches              ``segs[6]``, ``ldt``, ``tr`` at 184: selectors, bases,
                            limits and flags written through the API read back
hflags                      ``hflags`` at 176: a guest far-jumps from 64-bit code to
                            a 32-bit segment, then ``iretd``s to ring 3 in 64-bit
                            code; QEMU's HF_* bits and the CPU-loaded CS/SS caches
                            must read back as the SDM says at each step
control registers           ``cr[]`` at 424: CR0, CR2, CR3, CR4 written through the
                            API read back
a20 mask                    ``a20_mask`` at 496 is -1 at power-on, and with bit 20
                            cleared there a guest load from 1 MiB + x reads x
state edit in a port hook   the A20 gate closed from an OUT hook (as port 0x92
                            does) leaves the guest just after the OUT: the hook
                            saw the instruction's own RIP, not a stale one
previous exception          ``old_exception``: found by diffing contexts saved before
                            and during a #DE; a second #DE must then arrive as #DE
exception state             ``error_code`` and ``exception_is_int``: found from two
                            #GPs with known selectors and an ``int 0x30``
instruction counter         ``uc_struct.emu_counter``: found from a run with a
                            distinctive ``count``, checked with a run stopped by it
rdtsc hook                  :func:`hook_rdtsc` and :func:`hook_rdtscp` give the guest
                            the value returned and skip the instruction
==========================  ===================================================

Verified with unicorn 2.1.4 (the PyPI wheel, x86-64 Linux). 2.1.3 passes
every layout probe (the ``CPUX86State`` offsets are QEMU 5.0.1's in both;
``emu_counter`` is at 1352 there, 1368 in 2.1.4) but fails "state edit in a
port hook": its IN/OUT hooks see the RIP of the translation block's start,
so the A20 gate closed by a port-0x92 write in the fast mode rewinds the guest
into a loop. 2.1.4 runs CPU-bound code slower (a helper call at every
translation block's entry) but keeps RIP exact in every hook.
"""

from __future__ import annotations

import contextlib
import ctypes
import functools
import struct
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import ClassVar

import unicorn
from unicorn import (
    UC_ARCH_X86,
    UC_CTL_IO_WRITE,
    UC_CTL_TB_REMOVE_CACHE,
    UC_CTL_TLB_FLUSH,
    UC_HOOK_INSN,
    UC_HOOK_INTR,
    UC_MODE_64,
    Uc,
    UcError,
)
from unicorn import x86_const as X
from unicorn.unicorn_py3.arch.intel import HOOK_INSN_CPUID_CFUNC
from unicorn.unicorn_py3.unicorn import uccallback
from unicorn.unicorn_py3.unicorn import uclib as _uclib

MSR_TSC_AUX = 0xC0000103
#: The unicorn releases that pass every probe (pyproject.toml pins the same).
SUPPORTED = "2.1.4"


class UnicornLayoutError(RuntimeError):
    """The installed unicorn is not laid out as longmode expects: one probe failed."""

    def __init__(self, probe: str, detail: str) -> None:
        super().__init__(
            f'unicorn {unicorn.__version__} is not supported: the "{probe}" probe failed '
            f"({detail}); longmode needs unicorn {SUPPORTED}"
        )
        self.probe = probe


class _Mismatch(Exception):
    """Raised inside a probe: what was read differs from what the probe's effect must be."""


def _check(condition: bool, detail: str) -> None:
    """Ends the running probe with ``detail`` unless ``condition`` holds."""
    if not condition:
        raise _Mismatch(detail)


#: The probes by name, in the order :func:`probe_all` runs them.
PROBES: dict[str, Callable[[], int]] = {}
_results: dict[str, int] = {}


def _probe(name: str) -> Callable[[Callable[[], int]], Callable[[], int]]:
    """Registers a probe: run once per process, its result cached, a mismatch refused."""

    def register(find: Callable[[], int]) -> Callable[[], int]:
        """Wraps ``find`` and lists it in :data:`PROBES`."""

        @functools.wraps(find)
        def once() -> int:
            """The probe's result, from the cache after its first run."""
            if name not in _results:
                try:
                    _results[name] = find()
                except _Mismatch as mismatch:
                    raise UnicornLayoutError(name, str(mismatch)) from None
            return _results[name]

        PROBES[name] = once
        return once

    return register


def probe_all() -> dict[str, int]:
    """Runs every probe that has not run yet in this process; the offsets they
    found or verified, by probe name (0 for the probes of behaviour). Raises
    :class:`UnicornLayoutError`."""
    return {name: run() for name, run in PROBES.items()}


def forget() -> None:
    """Drops the cached probe results, so that the next use probes again (for tests)."""
    _results.clear()


# --- the binding's private parts ---------------------------------------------


def c_api(uc: Uc) -> tuple[ctypes.CDLL, object]:
    """(unicorn's C library, the engine's handle in it), for calls that the
    binding's generic wrappers make slow."""
    return _uclib, uc._uch


def engine_address(uc: Uc) -> int:
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


def _engine(size: int = 0x3000) -> Uc:
    """A fresh 64-bit engine with ``size`` bytes of memory at 0x1000, for a probe."""
    uc = Uc(UC_ARCH_X86, UC_MODE_64)
    uc.mem_map(0x1000, size)
    return uc


# --- QEMU's CPUX86State in a saved context --------------------------------------


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

    def pack(self) -> bytes:
        """The cache's bytes in QEMU's ``SegmentCache``."""
        return self.LAYOUT.pack(self.selector, self.base, self.limit, self.flags)


class CpuState:
    """Offsets in QEMU 5.0's ``CPUX86State`` (x86-64), from its first field, RAX.

    Each is verified by a probe before use; :meth:`offset` is where the state
    starts in a saved context.
    """

    EIP, HFLAGS, SEGS, CR, A20_MASK = 128, 176, 184, 424, 496
    #: Each cache's index in ``segs[]`` (ldt and tr follow the six).
    INDEX: ClassVar[dict[str, int]] = {
        "es": 0, "cs": 1, "ss": 2, "ds": 3, "fs": 4, "gs": 5, "ldt": 6, "tr": 7,
    }  # fmt: skip
    HF_CPL, HF_CS32, HF_SS32, HF_ADDSEG, HF_PE = 3, 1 << 4, 1 << 5, 1 << 6, 1 << 7
    HF_LMA, HF_CS64 = 1 << 14, 1 << 15
    DESC_B, DESC_L = 1 << 22, 1 << 21

    @staticmethod
    def offset() -> int:
        """Where the state starts in a saved context."""
        return _state_offset()

    @classmethod
    def cache(cls, raw: bytes, name: str) -> SegmentCache:
        """The segment cache ``name`` (es … gs, ldt, tr) in a saved context's bytes."""
        at = cls.offset() + cls.SEGS + SegmentCache.LAYOUT.size * cls.INDEX[name]
        return SegmentCache(*SegmentCache.LAYOUT.unpack_from(raw, at))

    @classmethod
    def hflags(cls, raw: bytes) -> int:
        """QEMU's ``hflags`` in a saved context's bytes."""
        value: int = struct.unpack_from("<I", raw, cls.offset() + cls.HFLAGS)[0]
        return value


@_probe("cpu state")
def _state_offset() -> int:
    """Where ``CPUX86State`` starts in a saved context: where a written RAX lands,
    with a written RIP ``EIP`` bytes after it."""
    uc = Uc(UC_ARCH_X86, UC_MODE_64)
    uc.reg_write(X.UC_X86_REG_RAX, 0x1122_3344_5566_7788)
    uc.reg_write(X.UC_X86_REG_RIP, 0x99AA_BBCC_DDEE_FF00)
    raw = bytes(uc.context_save())
    state = raw.find(struct.pack("<Q", 0x1122_3344_5566_7788))
    rip = raw.find(struct.pack("<Q", 0x99AA_BBCC_DDEE_FF00))
    _check(state >= 0 and rip == state + CpuState.EIP, f"RAX at {state}, RIP at {rip}")
    return state


@_probe("segment caches")
def _segments_offset() -> int:
    """``segs[]``, ``ldt`` and ``tr``: selectors, bases and whole LDTR/TR caches
    written through the API read back in QEMU's ``SegmentCache`` layout."""
    uc = Uc(UC_ARCH_X86, UC_MODE_64)
    selectors = {"es": 0x0A08, "cs": 0x0B10, "ss": 0x0C18, "ds": 0x0D20}
    for name, selector in selectors.items():
        uc.reg_write(getattr(X, f"UC_X86_REG_{name.upper()}"), selector)
    bases = {"fs": 0x1111_2222_3333_4000, "gs": 0x5555_6666_7777_8000}
    uc.reg_write(X.UC_X86_REG_FS_BASE, bases["fs"])
    uc.reg_write(X.UC_X86_REG_GS_BASE, bases["gs"])
    tables = {
        "ldt": SegmentCache(0x0E28, 0x1234_5678_9ABC_D000, 0xFFF, 0x0000_8200),
        "tr": SegmentCache(0x0F30, 0x0FED_CBA9_8765_4000, 0x67, 0x0000_8B00),
    }
    registers = {"ldt": X.UC_X86_REG_LDTR, "tr": X.UC_X86_REG_TR}
    for name, cache in tables.items():
        uc.reg_write(registers[name], (cache.selector, cache.base, cache.limit, cache.flags))
    raw = bytes(uc.context_save())
    read = {name: CpuState.cache(raw, name) for name in CpuState.INDEX}
    _check(
        all(read[name].selector == selector for name, selector in selectors.items()),
        f"selectors written {selectors}, read {[read[name].selector for name in selectors]}",
    )
    _check(
        all(read[name].base == base for name, base in bases.items()),
        f"FS and GS bases written, read {read['fs'].base:#x} and {read['gs'].base:#x}",
    )
    _check(
        all(read[name] == cache for name, cache in tables.items()),
        f"LDTR and TR written {tables}, read {read['ldt']} and {read['tr']}",
    )
    return CpuState.offset() + CpuState.SEGS


@_probe("hflags")
def _hflags_offset() -> int:
    """``hflags``: its CPL, CS32, SS32, PE, LMA and CS64 bits, and the CS and SS
    caches, read back as the SDM says after a far jump to 32-bit code and an
    ``iretd`` to 64-bit ring 3 (the CPU's own segment loads)."""
    uc = _engine()
    code64, code32, data, user_code64, user_data = (
        0x00AF_9B00_0000_FFFF,
        0x00CF_9B00_0000_FFFF,
        0x00CF_9300_0000_FFFF,
        0x00AF_FB00_0000_FFFF,
        0x00CF_F300_0000_FFFF,
    )
    uc.mem_write(0x2000, struct.pack("<6Q", 0, code64, code32, data, user_code64, user_data))
    uc.reg_write(X.UC_X86_REG_GDTR, (0, 0x2000, 6 * 8 - 1, 0))
    uc.reg_write(X.UC_X86_REG_RSP, 0x3F00)
    # bits 64: mov ax, 0x18 ; mov ss, ax ; jmp dword far [rel target] ; target: dd 0x1100, dw 0x10
    uc.mem_write(0x1000, bytes.fromhex("66b818008ed0ff2d00000000001100001000"))
    # bits 32: push 0x2b ; push 0x3800 ; push 2 ; push 0x23 ; push 0x1200 ; iretd
    uc.mem_write(0x1100, bytes.fromhex("6a2b68003800006a026a236800120000cf"))
    s = CpuState
    watched = s.HF_CPL | s.HF_CS32 | s.HF_SS32 | s.HF_PE | s.HF_LMA | s.HF_CS64
    steps = [("at power-on, 64-bit ring 0", s.HF_CS32 | s.HF_SS32 | s.HF_PE | s.HF_LMA | s.HF_CS64)]
    seen = [s.hflags(bytes(uc.context_save()))]
    uc.emu_start(0x1000, 0x1100)
    raw = bytes(uc.context_save())
    steps.append(("after a far jump to 32-bit code", s.HF_CS32 | s.HF_SS32 | s.HF_PE | s.HF_LMA))
    seen.append(s.hflags(raw))
    caches = [(s.cache(raw, "cs"), SegmentCache.from_descriptor(0x10, code32))]
    caches.append((s.cache(raw, "ss"), SegmentCache.from_descriptor(0x18, data)))
    uc.emu_start(0x1100, 0x1200)
    raw = bytes(uc.context_save())
    steps.append(("after iretd to 64-bit ring 3", steps[0][1] | 3))
    seen.append(s.hflags(raw))
    caches.append((s.cache(raw, "cs"), SegmentCache.from_descriptor(0x23, user_code64)))
    caches.append((s.cache(raw, "ss"), SegmentCache.from_descriptor(0x2B, user_data)))
    for (step, expected), hflags in zip(steps, seen, strict=True):
        _check(
            hflags & watched == expected,
            f"{step}: {hflags & watched:#x} in the watched bits, not {expected:#x}",
        )
    for read, loaded in caches:
        _check(read == loaded, f"the CPU loaded {loaded}, read {read}")
    return s.offset() + s.HFLAGS


class SegmentLoader:
    """Loads segment descriptor caches, which a 64-bit unicorn engine cannot from Python.

    QEMU keeps them in ``CPUX86State.segs[]`` (then LDTR and TR), with the CPL
    and the flags derived from them in ``hflags``; both places are verified by
    the "segment caches" and "hflags" probes, and each use checks that CS is
    where it is expected.
    """

    @staticmethod
    def env() -> int:
        """Where QEMU's state starts in a saved context."""
        return CpuState.offset()

    @classmethod
    def load(cls, uc: Uc, caches: Mapping[str, SegmentCache], cpl: int) -> None:
        """Makes ``caches`` (by name: es, cs, ss, ds, fs, gs, ldt, tr) the current
        ones and ``cpl`` the privilege level; hflags follow as QEMU derives them."""
        state = CpuState.offset()
        _segments_offset()
        _hflags_offset()
        selector = uc.reg_read(X.UC_X86_REG_CS)
        virtual_8086 = bool(uc.reg_read(X.UC_X86_REG_EFLAGS) & 1 << 17)
        layout = SegmentCache.LAYOUT

        def edit(address: int) -> None:
            """Writes the caches and the hflags derived from them into the context."""
            segs = address + state + CpuState.SEGS
            raw = ctypes.string_at(address, state + CpuState.SEGS + layout.size * 8)
            found = CpuState.cache(raw, "cs").selector
            if found != selector:
                raise UnicornLayoutError(
                    "segment caches", f"CS is {selector:#x}, the saved context's cache {found:#x}"
                )
            for name, cache in caches.items():
                ctypes.memmove(segs + layout.size * CpuState.INDEX[name], cache.pack(), layout.size)
            raw = ctypes.string_at(address, state + CpuState.SEGS + layout.size * 8)
            current = {name: CpuState.cache(raw, name) for name in ("cs", "ss", "ds", "es")}
            hflags = derive_hflags(CpuState.hflags(raw), current, cpl, virtual_8086)
            ctypes.memmove(address + state + CpuState.HFLAGS, struct.pack("<I", hflags), 4)

        _edit_context(uc, edit)


def derive_hflags(
    hflags: int, caches: Mapping[str, SegmentCache], cpl: int, virtual_8086: bool
) -> int:
    """``hflags`` once CS and SS hold ``caches`` and the CPL is ``cpl``, by the rules
    of QEMU's ``cpu_x86_load_seg_cache`` (CS.L in long mode makes 64-bit code;
    otherwise CS.B and SS.B give the default sizes; ADDSEG says whether DS, ES
    and SS bases must be added)."""
    s = CpuState
    cs, ss = caches["cs"], caches["ss"]
    if hflags & s.HF_LMA and cs.flags & s.DESC_L:
        hflags |= s.HF_CS32 | s.HF_SS32 | s.HF_CS64
    else:
        hflags &= ~(s.HF_CS32 | s.HF_CS64)
        hflags |= s.HF_CS32 if cs.flags & s.DESC_B else 0
    hflags = (hflags & ~(s.HF_CPL | s.HF_SS32 | s.HF_ADDSEG)) | cpl
    hflags |= s.HF_SS32 if ss.flags & s.DESC_B else 0
    # DS, ES and SS bases are zero in 64-bit mode; in real, virtual-8086 and
    # 16-bit code QEMU always adds them; elsewhere when one is not zero.
    unflat = not hflags & s.HF_PE or virtual_8086 or not hflags & s.HF_CS32
    based = caches["ds"].base | caches["es"].base | ss.base
    if not hflags & s.HF_CS64 and (unflat or based):
        hflags |= s.HF_ADDSEG
    return hflags


# --- control registers and the A20 gate ---------------------------------------


@_probe("control registers")
def _control_offset() -> int:
    """``cr[]``: CR0, CR2, CR3 and CR4, written or read through the API, read back."""
    uc = Uc(UC_ARCH_X86, UC_MODE_64)
    uc.reg_write(X.UC_X86_REG_CR2, 0x0BAD_F00D_0000_1234)
    uc.reg_write(X.UC_X86_REG_CR3, 0x1234_5000)
    raw = bytes(uc.context_save())
    at = CpuState.offset() + CpuState.CR
    read = struct.unpack_from("<5Q", raw, at)
    expected = (
        uc.reg_read(X.UC_X86_REG_CR0),
        0,
        0x0BAD_F00D_0000_1234,
        0x1234_5000,
        uc.reg_read(X.UC_X86_REG_CR4),
    )
    _check(
        read == expected,
        f"CR0-CR4 are {[hex(v) for v in expected]}, read {[hex(v) for v in read]}",
    )
    return at


@_probe("a20 mask")
def _a20_offset() -> int:
    """``a20_mask``: -1 at power-on; cleared bit 20 makes a guest read of
    1 MiB + 0x3000 return what is at 0x3000."""
    _control_offset()
    at = CpuState.offset() + CpuState.A20_MASK
    uc = _a20_engine()
    power_on = bytes(uc.context_save())[at : at + 4]
    _check(power_on == b"\xff" * 4, f"the mask at power-on reads {power_on.hex()}, not ffffffff")
    read = []
    for enabled in (False, True):
        _set_a20(uc, at, enabled)
        uc.emu_start(0x100B, 0x1012)
        read.append(struct.pack("<I", uc.reg_read(X.UC_X86_REG_EAX)))
    _check(read == [b"low!", b"high"], f"with A20 off, then on, the guest read {read}")
    return at


@_probe("state edit in a port hook")
def _edit_in_port_hook() -> int:
    """The A20 gate closed from an OUT hook leaves the guest just after the OUT,
    having run what came before it once (0: a probe of behaviour)."""
    at = _a20_offset()
    uc = _a20_engine()

    def on_out(uc: Uc, port: int, size: int, value: int, _: object) -> None:
        """Closes the gate and ends the run, as the machine does for port 0x92."""
        _set_a20(uc, at, False)
        uc.emu_stop()

    uc.hook_add(UC_HOOK_INSN, on_out, None, 1, 0, X.UC_X86_INS_OUT)
    uc.emu_start(0x1000, 0x1012)
    rip, ecx = uc.reg_read(X.UC_X86_REG_RIP), uc.reg_read(X.UC_X86_REG_ECX)
    _check(
        (rip, ecx) == (0x100B, 1),
        f"after an OUT hook closed the A20 gate the guest was at {rip:#x} with ECX={ecx}, "
        "not just after the OUT (0x100b) with ECX=1: the hook saw a stale RIP, and saving "
        "it back with the edit rewound the guest",
    )
    uc.emu_start(0x100B, 0x1012)
    read = [struct.pack("<I", uc.reg_read(r)) for r in (X.UC_X86_REG_EBX, X.UC_X86_REG_EAX)]
    _check(read == [b"high", b"low!"], f"before and after the OUT the guest read {read}")
    return 0


def _a20_engine() -> Uc:
    """An engine whose program reads 1 MiB + 0x3000 before and after an OUT."""
    uc = _engine(0x10_0000 + 0x3000)
    # mov ebx, [0x103000] ; inc ecx ; out 0x92, al ; mov eax, [0x103000] ; hlt
    uc.mem_write(0x1000, bytes.fromhex("8b1c2500301000ffc1e6928b042500301000f4"))
    uc.mem_write(0x3000, b"low!")
    uc.mem_write(0x10_3000, b"high")
    return uc


def _set_a20(uc: Uc, at: int, enabled: bool) -> None:
    """Writes the A20 mask at ``at`` in the context and flushes the TLB."""
    _poke(uc, at, struct.pack("<i", -1 if enabled else ~(1 << 20)))
    uc.ctl(UC_CTL_TLB_FLUSH, UC_CTL_IO_WRITE)


class A20Gate:
    """Gates address line 20 the way QEMU does, through ``CPUX86State.a20_mask``.

    With A20 off every physical address has bit 20 cleared (so FFFF:0010 wraps
    to 0), in the CPU's accesses and its page walks alike. The mask follows the
    control registers in QEMU's state (``cr[9]``, then ``a20_mask``); the "a20
    mask" probe checks it at power-on and by a guest read across 1 MiB, and
    "state edit in a port hook" that setting it from an OUT hook (as the
    machine does for port 0x92 and the 8042) leaves the guest after the OUT.
    """

    @classmethod
    def set(cls, uc: Uc, enabled: bool) -> None:
        """Opens or closes the gate; the caller must end the current slice, so that
        translated code already chained together is looked up again."""
        _set_a20(uc, _a20_offset(), enabled)


# --- exceptions -------------------------------------------------------------


@_probe("previous exception")
def _previous_exception_offset() -> int:
    """``old_exception``: the one slot that goes from -1 to the vector during a #DE;
    reset from the hook, a second #DE must arrive as #DE."""
    uc = _engine(0x1000)
    # xor ecx, ecx ; div ecx ; div ecx ; hlt
    uc.mem_write(0x1000, bytes.fromhex("31c9f7f1f7f1f4"))
    clean = bytes(uc.context_save())
    seen: list[int] = []
    found: list[int] = []

    def on_interrupt(uc: Uc, vector: int, _: object) -> None:
        """Finds the slot at the first #DE, resets it, and skips the ``div``."""
        seen.append(vector)
        if not found:
            dirty = bytes(uc.context_save())
            found.extend(
                i
                for i in range(0, len(clean) - 3, 4)
                if clean[i : i + 4] == b"\xff" * 4 and dirty[i : i + 4] == bytes([vector, 0, 0, 0])
            )
        if found:
            _poke(uc, found[0], b"\xff" * 4)
        uc.reg_write(X.UC_X86_REG_RIP, uc.reg_read(X.UC_X86_REG_RIP) + 2)

    uc.hook_add(UC_HOOK_INTR, on_interrupt)
    uc.emu_start(0x1000, 0x1006)
    _check(
        len(found) == 1 and seen == [0, 0],
        f"candidates {found}, vectors seen {seen}: a second fault would become a double fault",
    )
    return found[0]


class StaleExceptionFix:
    """Resets unicorn's remembered "previous exception" after we deliver a fault.

    QEMU forgets the exception it is delivering only in its own delivery code,
    which unicorn's interrupt hook replaces: without this, the fault after a
    handled one arrives as #DF (unicorn issue #1883). The field's offset in
    the context bytes is not published: the "previous exception" probe finds
    it by diffing a context saved before and during a #DE, and verifies the
    fix (a second #DE must arrive as #DE).
    """

    @staticmethod
    def offset() -> int:
        """The field's offset in a saved context."""
        return _previous_exception_offset()

    @classmethod
    def apply(cls, uc: Uc) -> None:
        """Forgets the exception unicorn thinks it is delivering."""
        _poke(uc, cls.offset(), b"\xff" * 4)


@_probe("exception state")
def _exception_state_offset() -> int:
    """``error_code`` (then ``exception_is_int``): the one slot holding the
    selectors of two #GPs, followed by 1 during an ``int 0x30``."""
    uc = _engine()
    uc.reg_write(X.UC_X86_REG_GDTR, (0, 0x2000, 0x17, 0))
    # mov ds, [0x3000] ; mov ds, [0x3002] (selectors beyond the GDT: #GP) ; int 0x30 ; hlt
    uc.mem_write(0x1000, bytes.fromhex("8e1c25003000008e1c2502300000cd30f4"))
    uc.mem_write(0x3000, struct.pack("<2H", *ExceptionState.SELECTORS))
    contexts: list[tuple[int, bytes]] = []

    def on_interrupt(uc: Uc, vector: int, _: object) -> None:
        """Keeps the context of each event; skips the faulting ``mov``."""
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
                for fault, selector in zip(faults, ExceptionState.SELECTORS, strict=True)
            )
            and software[i + 4 : i + 8] == struct.pack("<I", 1)
        ]
    _check(len(found) == 1, f"vectors seen {vectors}, candidates {found}")
    return found[0]


class ExceptionState:
    """What QEMU knows about the event unicorn is reporting: its error code, and
    whether an instruction (``int n``, ``int3``, ``into``) raised it.

    unicorn's interrupt hook gets only the vector, but QEMU has already
    worked out the error code (a selector for #GP #TS #NP #SS, the page-fault
    bits for #PF) and left it in its CPU state, followed by its "is a software
    interrupt" flag. The "exception state" probe finds the offset from two #GP
    faults with known selectors and checks it with an ``int 0x30``.
    """

    SELECTORS = (0x1238, 0x2448)

    @staticmethod
    def offset() -> int:
        """The error code's offset in a saved context."""
        return _exception_state_offset()

    @classmethod
    def read(cls, uc: Uc) -> tuple[int, bool]:
        """(error code, raised by an instruction) of the event being reported;
        call it from the interrupt hook."""
        error, software = struct.unpack_from("<Ii", bytes(uc.context_save()), cls.offset())
        return error, bool(software)


# --- the instruction counter --------------------------------------------------


@_probe("instruction counter")
def _instruction_counter_offset() -> int:
    """``uc_struct.emu_counter``: the counter of a run of five (then ``count``),
    checked by a run stopped by ``count=7``."""
    uc = _engine(0x1000)
    uc.mem_write(0x1000, b"\x90" * 64)
    mark = InstructionCounter.MARK
    uc.emu_start(0x1000, 0x1005, count=mark)  # five nops, stopped by address
    base = engine_address(uc)
    expected = struct.pack("<QQ", 5, mark)
    offset = 8
    while offset < InstructionCounter.LIMIT and ctypes.string_at(base + offset - 8, 16) != expected:
        offset += 8
    _check(offset < InstructionCounter.LIMIT, "no (5, count) pair after a run of five")
    uc.emu_start(0x1000, 0x1040, count=7)  # stopped by its count
    counted = InstructionCounter.at(uc, offset - 8), InstructionCounter.at(uc, offset)
    _check(counted == (8, 7), f"a run stopped by count=7 read back as {counted}, not (8, 7)")
    return offset - 8


class InstructionCounter:
    """How many instructions the last ``emu_start(..., count=N)`` began.

    unicorn counts them itself, with an internal hook, to honour ``count``, but
    does not publish the counter: it is ``uc_struct.emu_counter``, the field just
    before ``emu_count`` (the ``count`` passed in). The "instruction counter"
    probe finds its offset: a run with a distinctive ``count`` that stops at an
    address after a known number of instructions, then a run stopped by its
    count, must both be read back exactly. The scan reads the engine's
    structure only up to the match, which lies well inside it.

    The counter counts an instruction when it begins: one that faults (and is
    delivered by our hook) counts, and so does its re-execution; a run stopped
    by its count reads ``count + 1``.
    """

    MARK = 0x5EED_0000_1234_5677
    LIMIT = 1 << 16

    @staticmethod
    def offset() -> int:
        """The counter's offset in ``uc_struct``."""
        return _instruction_counter_offset()

    @staticmethod
    def at(uc: Uc, offset: int) -> int:
        """The 64-bit value at ``offset`` in the engine's ``uc_struct``."""
        value: int = struct.unpack("<Q", ctypes.string_at(engine_address(uc) + offset, 8))[0]
        return value

    @classmethod
    def view(cls, uc: Uc) -> ctypes.c_uint64:
        """The engine's live counter: its ``value`` is the count since the last
        ``emu_start`` (0 for runs without ``count``), readable from hooks too."""
        return ctypes.c_uint64.from_address(engine_address(uc) + cls.offset())


# --- RDTSC and RDTSCP hooks -----------------------------------------------------


def hook_rdtsc(uc: Uc, read_tsc: Callable[[Uc], int]) -> int:
    """Serves every RDTSC from ``read_tsc``: the guest's EDX:EAX get the value it
    returns and unicorn's own time stamp is skipped. Returns the hook's handle
    (for ``uc.hook_del``).

    The C library supports this hook, but the binding's ``hook_add`` refuses
    it (UC_ERR_ARG), so it is added through the binding's private parts.
    """
    return _hook_time_stamp(uc, X.UC_X86_INS_RDTSC, read_tsc, aux=False)


def hook_rdtscp(uc: Uc, read_tsc: Callable[[Uc], int]) -> int:
    """Serves every RDTSCP as :func:`hook_rdtsc` serves RDTSC; ECX gets the
    IA32_TSC_AUX MSR, as the instruction would (skipping unicorn's own
    time stamp skips that too)."""
    return _hook_time_stamp(uc, X.UC_X86_INS_RDTSCP, read_tsc, aux=True)


def _hook_time_stamp(uc: Uc, instruction: int, read_tsc: Callable[[Uc], int], aux: bool) -> int:
    """Adds an instruction hook for RDTSC or RDTSCP that writes ``read_tsc``'s value."""

    def on_read(uc: Uc, _key: object) -> int:
        """Writes the time stamp (and TSC_AUX) the guest reads; 1 skips unicorn's own."""
        tsc = read_tsc(uc) & 0xFFFF_FFFF_FFFF_FFFF
        uc.reg_write(X.UC_X86_REG_RAX, tsc & 0xFFFF_FFFF)
        uc.reg_write(X.UC_X86_REG_RDX, tsc >> 32)
        if aux:
            uc.reg_write(X.UC_X86_REG_RCX, uc.reg_read(X.UC_X86_REG_MSR, MSR_TSC_AUX) & 0xFFFF_FFFF)
        return 1

    callback = uccallback(uc, HOOK_INSN_CPUID_CFUNC)(on_read)
    handle: int = uc._Uc__do_hook_add(UC_HOOK_INSN, callback, 1, 0, ctypes.c_int(instruction))
    return handle


@_probe("rdtsc hook")
def _rdtsc_hook() -> int:
    """RDTSC and RDTSCP read the hooked values, ECX gets IA32_TSC_AUX and the
    hooks see each instruction's own RIP (0: a probe of behaviour)."""
    uc = _engine(0x1000)
    # rdtsc ; mov rbx, rax ; mov rsi, rdx ; rdtscp ; hlt
    uc.mem_write(0x1000, bytes.fromhex("0f314889c34889d60f01f9f4"))
    uc.reg_write(X.UC_X86_REG_MSR, (MSR_TSC_AUX, 0x5A))
    uc.reg_write(X.UC_X86_REG_RCX, 0xFFFF_FFFF_FFFF_FFFF)
    addresses: list[int] = []

    def stamp(value: int) -> Callable[[Uc], int]:
        """A time-stamp source that returns ``value`` and notes where it was asked."""

        def read_tsc(uc: Uc) -> int:
            addresses.append(uc.reg_read(X.UC_X86_REG_RIP))
            return value

        return read_tsc

    hook_rdtsc(uc, stamp(0x1122_3344_5566_7788))
    hook_rdtscp(uc, stamp(0x99AA_BBCC_DDEE_FF00))
    uc.emu_start(0x1000, 0x100B)
    read = [
        uc.reg_read(register)
        for register in (X.UC_X86_REG_RSI, X.UC_X86_REG_RBX, X.UC_X86_REG_RDX, X.UC_X86_REG_RAX)
    ]
    expected = [0x1122_3344, 0x5566_7788, 0x99AA_BBCC, 0xDDEE_FF00]
    _check(read == expected, f"EDX:EAX read {[hex(v) for v in read]}")
    _check(addresses == [0x1000, 0x1008], f"the hooks ran at {[hex(a) for a in addresses]}")
    ecx = uc.reg_read(X.UC_X86_REG_RCX)
    _check(ecx == 0x5A, f"RDTSCP left RCX = {ecx:#x}, not IA32_TSC_AUX (0x5a)")
    return 0


# --- whole-CPU state, for snapshots ----------------------------------------------


def save_cpu(uc: Uc) -> bytes:
    """The CPU's whole state as unicorn saves it: every register, the descriptor
    caches, MSRs, the x87/SSE state, and QEMU's derived flags."""
    return bytes(uc.context_save())


_FRESH: list[tuple[bytes, frozenset[int]]] = []


def fresh_cpu() -> tuple[bytes, frozenset[int]]:
    """A new engine's saved state, and the 8-byte words that differ between two new
    engines of this process (pointers to the engine itself), found once."""
    if not _FRESH:
        first, second = (save_cpu(Uc(UC_ARCH_X86, UC_MODE_64)) for _ in range(2))
        own = frozenset(i for i in range(0, len(first), 8) if first[i : i + 8] != second[i : i + 8])
        _FRESH.append((first, own))
    return _FRESH[0]


def restore_cpu(uc: Uc, saved: bytes, saved_fresh: bytes) -> None:
    """Makes ``saved`` (from :func:`save_cpu`, maybe in another process) the CPU state.

    The saved bytes hold a few pointers of the process and engine that saved them.
    ``saved_fresh`` is what :func:`fresh_cpu` gave in that process: a word where it
    differs from this process's fresh state, or that differs between two engines,
    is not the guest's, and keeps this engine's current value.
    """
    current = save_cpu(uc)
    fresh, own = fresh_cpu()
    if not len(saved) == len(saved_fresh) == len(current):
        raise UnicornLayoutError(
            "snapshot",
            f"the saved CPU state has {len(saved)} bytes, this unicorn's {len(current)}",
        )
    keep = own  # a snapshot of this process: only the engine's own words
    if saved_fresh != fresh:
        keep = own | {
            i for i in range(0, len(saved), 8) if saved_fresh[i : i + 8] != fresh[i : i + 8]
        }
    merged = bytearray(saved)
    for i in keep:
        merged[i : i + 8] = current[i : i + 8]
    _edit_context(uc, lambda address: ctypes.memmove(address, bytes(merged), len(merged)))
    uc.ctl(UC_CTL_TLB_FLUSH, UC_CTL_IO_WRITE)
    uc.ctl_flush_tb()


# --- dropping translated code, cheaply --------------------------------------------

_REMOVE_CACHE = (UC_CTL_IO_WRITE << 30) | (2 << 26) | UC_CTL_TB_REMOVE_CACHE


def remove_cache(uc: Uc, begin: int, end: int) -> None:
    """``uc.ctl_remove_cache(begin, end)`` without the binding's generic ``ctl`` path
    (which costs more than the removal): the code translated from the linear
    addresses ``[begin, end)``, as the CPU's page tables map them now."""
    status = _uclib.uc_ctl(
        uc._uch, ctypes.c_int(_REMOVE_CACHE), ctypes.c_uint64(begin), ctypes.c_uint64(end)
    )
    if status:
        raise UcError(status)


# --- where an asynchronous stop may land -------------------------------------------
#
# unicorn 2.1.4 checks for a stop request at the start of every translated block,
# and also after every guest load and store and after every code hook. A stop
# from another thread (a timeout, emu_stop) that is seen after a store leaves RIP
# at the start of the instruction whose store is done: resuming runs it again (an
# `add [mem]` adds twice, a `rep movs` iteration or an `iret` repeats). Two ways
# out, both fenced here:
# * ``uc_struct.no_exit_request`` (unicorn's switch for ARM IT blocks, read when a
#   block is translated) leaves only the block-start checks: a stop then lands
#   between blocks. Blocks must be translated anew after it changes.
# * In a run with ``count``, lowering ``uc_struct.emu_count`` to the count so far
#   makes unicorn's own count hook stop before the next instruction begins.


@_probe("exit checks")
def _no_exit_request_offset() -> int:
    """``uc_struct.no_exit_request``, 666 bytes after ``emu_counter`` in unicorn
    2.1.4's layout: checked through the fields around it (the timeout, the page
    size, the CPU context size, init_done), then by its effect — with it set, a
    store to unmapped memory no longer ends the block at once."""
    counter = _instruction_counter_offset()
    uc = _engine(0x1000)
    uc.mem_write(0x1000, b"\x90" * 16)
    uc.emu_start(0x1000, 0x1010, timeout=123_456)
    base = engine_address(uc) + counter
    timeout, page, context_size = (
        struct.unpack("<Q", ctypes.string_at(base + 40, 8))[0],
        struct.unpack("<I", ctypes.string_at(base + 616, 4))[0],
        struct.unpack("<i", ctypes.string_at(base + 648, 4))[0],
    )
    context = bytes(uc.context_save())
    _check(timeout == 123_456_000, f"the timeout reads {timeout}, not 123456000 ns")
    _check(page == uc.ctl_get_page_size(), f"the page size reads {page}")
    _check(
        len(context) - context_size in (16, 24, 32, 40), f"the context size reads {context_size}"
    )
    _check(ctypes.string_at(base + 666, 2) == b"\x00\x01", "no_exit_request/init_done are not 0, 1")
    offset = counter + 666
    # mov dword [0x50000000], 1 (unmapped) ; mov ebx, 1 ; hlt
    code = bytes.fromhex("c704250000005001000000bb01000000f4")
    seen = []
    for flag in (0, 1):
        probe = _engine(0x1000)
        probe.mem_write(0x1000, code)
        ctypes.memmove(engine_address(probe) + offset, bytes([flag]), 1)
        with contextlib.suppress(UcError):
            probe.emu_start(0x1000, 0x1000 + len(code))
        seen.append(probe.reg_read(X.UC_X86_REG_EBX))
    _check(seen == [0, 1], f"the switch did not change where a faulting block ends ({seen})")
    return offset


def set_exit_checks(uc: Uc, within_blocks: bool) -> None:
    """Whether blocks translated from now on check for a stop after each memory
    access and code hook (True, unicorn's default) or only where they start; the
    caller flushes the translated code when it changes this."""
    ctypes.memmove(
        engine_address(uc) + _no_exit_request_offset(), bytes([0 if within_blocks else 1]), 1
    )


# A write of RIP from a hook (``uc_reg_write``) sets ``uc_struct.skip_sync_pc_on_exit``
# and asks the CPU loop to exit, so that the block being run is left without
# putting back the RIP the hook chose. From an interrupt hook no block is being
# run: the CPU loop takes the exit before the next block, and the flag stays set
# for the rest of the run. The next stop that lands where a block starts (a
# wall-clock timeout, ``uc_emu_stop`` from a port hook) then leaves RIP where it
# was last written — blocks chained to each other never write it — and the run
# resumes at a stale RIP: in the fast mode, a `rep movsb` under a timer interrupt
# went on with the `rep stosw` three instructions later but resumed at the copy.


@_probe("pc sync skip")
def _skip_sync_pc_offset() -> int:
    """``uc_struct.skip_sync_pc_on_exit``, its last field: the one byte after
    ``no_exit_request`` (and the 64 jump buffers that follow it) that a write of
    RIP sets; checked by its effect on where a stop at a block's start leaves RIP."""
    start = _no_exit_request_offset() + 2
    span = 64 * 200 + 128  # jmp_bufs[64] (glibc's sigjmp_buf: 200 bytes), then 12 fields
    uc = _engine(0x1000)
    uc.mem_write(0x1000, b"\x90" * 16)
    uc.emu_start(0x1000, 0x1010)
    base = engine_address(uc) + start
    before = ctypes.string_at(base, span)
    uc.reg_write(X.UC_X86_REG_RIP, 0x1000)
    after = ctypes.string_at(base, span)
    changed = [i for i in range(span) if before[i] != after[i]]
    # The flag is the struct's last field: the span may reach past its end into other
    # heap blocks, which the Python work between the two reads can change (seen once
    # in CI: 5 bytes). The flag is the first byte that changed; the run below checks
    # by its effect that it is the right one.
    _check(
        bool(changed) and (before[changed[0]], after[changed[0]]) == (0, 1),
        f"a write of RIP set no flag after no_exit_request ({len(changed)} bytes changed, "
        "the first not from 0 to 1)",
    )
    offset = start + changed[0]
    # A: out 0x80, al ; jmp B ; B: inc ecx ; jmp A — the third `out` stops the run,
    # which ends where B starts (blocks check for a stop only there). With the flag
    # set meanwhile, RIP is left at the `out`, where the port hook put it back.
    code = bytes.fromhex("e680eb00ffc1ebf8")
    seen = []
    for flag in (0, 1):
        probe = _engine(0x1000)
        probe.mem_write(0x1000, code)
        ctypes.memset(engine_address(probe) + _no_exit_request_offset(), 1, 1)
        outs: list[int] = []

        def on_out(uc: Uc, port: int, size: int, value: int, state: tuple[list[int], int]) -> None:
            outs, flag = state
            outs.append(port)
            if len(outs) == 3:
                ctypes.memset(engine_address(uc) + offset, flag, 1)
                uc.emu_stop()

        probe.hook_add(UC_HOOK_INSN, on_out, (outs, flag), 1, 0, X.UC_X86_INS_OUT)
        probe.emu_start(0x1000, 0x2000)
        seen.append(probe.reg_read(X.UC_X86_REG_RIP))
    _check(seen == [0x1004, 0x1000], f"the flag did not decide where the stop left RIP ({seen})")
    return offset


class PcSync:
    """Clears ``skip_sync_pc_on_exit`` (see above) for one engine: call it at the end
    of an interrupt hook that may have written RIP, where no block is being run."""

    def __init__(self, uc: Uc) -> None:
        self._flag = engine_address(uc) + _skip_sync_pc_offset()

    def restore(self) -> None:
        """The next stop at a block's start writes RIP back again."""
        ctypes.memset(self._flag, 0, 1)


def stop_before_next_instruction(uc: Uc) -> int:
    """In a run with ``count``: makes unicorn stop before the next instruction
    begins (safe from any thread); returns the count so far."""
    counter = engine_address(uc) + _instruction_counter_offset()
    value = ctypes.c_uint64.from_address(counter).value
    ctypes.c_uint64.from_address(counter + 8).value = value  # emu_count follows emu_counter
    return value
