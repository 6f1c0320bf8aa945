"""The probes of unicorn's unpublished state, and the accessors built on them.

Each test uses a fresh 64-bit engine, sets state through the module under
test, runs a few guest instructions and checks what the CPU did.
"""

from __future__ import annotations

import re
import struct
from collections.abc import Iterator

import pytest
import unicorn
from machine_programs import assemble
from unicorn import UC_ARCH_X86, UC_HOOK_CODE, UC_HOOK_INSN, UC_HOOK_INTR, UC_MODE_64, Uc, UcError
from unicorn import x86_const as X

from longmode.machine import unicorn_internals as internals
from longmode.machine.unicorn_internals import (
    A20Gate,
    CpuState,
    ExceptionState,
    InstructionCounter,
    SegmentCache,
    SegmentLoader,
    StaleExceptionFix,
)

CODE = 0x1000
CODE32 = SegmentCache(0x10, 0, 0xFFFF_FFFF, 0x00CF_9B00)
CODE64 = SegmentCache(0x08, 0, 0xFFFF_FFFF, 0x00AF_9B00)
USER_CODE64 = SegmentCache(0x23, 0, 0xFFFF_FFFF, 0x00AF_FB00)
DATA = SegmentCache(0x18, 0, 0xFFFF_FFFF, 0x00CF_9300)
USER_DATA = SegmentCache(0x2B, 0, 0xFFFF_FFFF, 0x00CF_F300)


@pytest.fixture
def probes_forgotten() -> Iterator[None]:
    """The probes run afresh in the test, and again for whoever comes next."""
    internals.forget()
    yield
    internals.forget()


def engine(program: str, size: int = 0x3000) -> Uc:
    """A fresh 64-bit engine with ``program`` assembled at CODE."""
    uc = Uc(UC_ARCH_X86, UC_MODE_64)
    uc.mem_map(CODE, size)
    uc.mem_write(CODE, assemble(f"bits 64\norg {CODE:#x}\n{program}"))
    return uc


def context(uc: Uc) -> bytes:
    """The engine's state as saved-context bytes."""
    return bytes(uc.context_save())


def test_every_probe_runs_and_finds_its_field_where_qemu_5_puts_it() -> None:
    found = internals.probe_all()
    state = found["cpu state"]
    context_size = len(context(Uc(UC_ARCH_X86, UC_MODE_64)))
    assert list(found) == [
        "cpu state",
        "segment caches",
        "hflags",
        "control registers",
        "a20 mask",
        "state edit in a port hook",
        "previous exception",
        "exception state",
        "instruction counter",
        "rdtsc hook",
        "exit checks",
        "pc sync skip",
    ]
    assert 0 < state < 256 and state % 8 == 0
    assert found["segment caches"] == state + 184
    assert found["hflags"] == state + 176
    assert found["control registers"] == state + 424
    assert found["a20 mask"] == state + 496
    for name in ("previous exception", "exception state"):
        assert state + 496 < found[name] < context_size and found[name] % 4 == 0
    assert found["state edit in a port hook"] == found["rdtsc hook"] == 0
    assert 0 < found["instruction counter"] < InstructionCounter.LIMIT
    assert found["instruction counter"] % 8 == 0
    assert found["exit checks"] == found["instruction counter"] + 666
    # the last field, after the 64 jump buffers (200 bytes each in glibc) and 12 more
    assert 64 * 200 < found["pc sync skip"] - found["exit checks"] < 64 * 200 + 128
    assert internals.probe_all() == found  # cached: the same answers


def test_without_exit_checks_within_blocks_a_stop_lands_between_blocks() -> None:
    """The switch the fast mode uses: a stop asked for inside a block (here by a
    store to unmapped memory) no longer ends the block at that instruction."""
    program = "mov dword [0x50000000], 1\nmov ebx, 1\nhlt"
    ends = []
    for within in (True, False):
        uc = engine(program)
        internals.set_exit_checks(uc, within_blocks=within)
        with pytest.raises(UcError):
            uc.emu_start(CODE, CODE + 0x100)
        ends.append(uc.reg_read(X.UC_X86_REG_EBX))
    assert ends == [0, 1]


def test_a_lowered_count_stops_before_the_next_instruction() -> None:
    uc = engine("inc rax\n" * 20)
    seen = []

    def on_code(uc: Uc, address: int, size: int, _: object) -> None:
        if address == CODE + 3 * 5:  # the sixth inc
            seen.append(internals.stop_before_next_instruction(uc))

    uc.hook_add(UC_HOOK_CODE, on_code)
    uc.emu_start(CODE, CODE + 60, count=1000)
    # the sixth ran (it was already begun), the seventh did not
    assert seen == [6] and uc.reg_read(X.UC_X86_REG_RAX) == 6
    assert uc.reg_read(X.UC_X86_REG_RIP) == CODE + 18


@pytest.mark.parametrize("restored", [False, True])
def test_after_an_interrupt_hook_wrote_rip_a_stop_between_blocks_leaves_rip_right(
    restored: bool,
) -> None:
    # int 0x80, whose hook sends the CPU to A; then A: out ; jmp B ; B: inc rcx ;
    # jmp A, chained blocks that never write RIP. The third `out` stops the run,
    # which ends where B starts. Left alone, the RIP write in the interrupt hook
    # makes that stop skip writing RIP back (it stays at the `out`).
    uc = engine("int 0x80\nhlt\nA: out 0x80, al\njmp B\ntimes 16 nop\nB: inc rcx\njmp A")
    internals.set_exit_checks(uc, within_blocks=False)
    a = CODE + 3
    pc_sync = internals.PcSync(uc)
    outs = []

    def on_interrupt(uc: Uc, vector: int, _: object) -> None:
        uc.reg_write(X.UC_X86_REG_RIP, a)
        if restored:
            pc_sync.restore()

    def on_out(uc: Uc, port: int, size: int, value: int, _: object) -> None:
        outs.append(port)
        if len(outs) == 3:
            uc.emu_stop()

    uc.hook_add(UC_HOOK_INTR, on_interrupt)
    uc.hook_add(UC_HOOK_INSN, on_out, None, 1, 0, X.UC_X86_INS_OUT)
    uc.emu_start(CODE, CODE + 0x100)
    assert uc.reg_read(X.UC_X86_REG_RCX) == 2  # B has run twice: the stop is at its start
    b = a + 2 + 2 + 16
    assert uc.reg_read(X.UC_X86_REG_RIP) == (b if restored else a)


def test_segment_loader_switches_the_cpu_between_32_and_64_bit_code() -> None:
    # In 32-bit code 0x40 is 'inc eax'; in 64-bit code it is a REX prefix (of nop).
    uc = engine("db 0x40, 0x90")
    SegmentLoader.load(uc, {"cs": CODE32, "ss": DATA, "ds": DATA, "es": DATA}, 0)
    assert CpuState.cache(context(uc), "cs") == CODE32
    uc.emu_start(CODE, CODE + 2)
    assert uc.reg_read(X.UC_X86_REG_RAX) == 1

    SegmentLoader.load(uc, {"cs": CODE64, "ss": DATA}, 0)
    assert CpuState.cache(context(uc), "cs") == CODE64
    uc.emu_start(CODE, CODE + 2)
    assert uc.reg_read(X.UC_X86_REG_RAX) == 1  # the REX prefix did nothing


def test_segment_loader_sets_the_cpl_so_hlt_in_ring_3_is_a_general_protection_fault() -> None:
    uc = engine("bits 64\n    hlt\n    hlt")
    vectors: list[int] = []

    def on_interrupt(uc: Uc, vector: int, _: object) -> None:
        vectors.append(vector)
        uc.emu_stop()

    uc.hook_add(UC_HOOK_INTR, on_interrupt)
    uc.emu_start(CODE, CODE + 2)  # ring 0: hlt stops the run
    assert vectors == []
    SegmentLoader.load(uc, {"cs": USER_CODE64, "ss": USER_DATA}, 3)
    assert CpuState.hflags(context(uc)) & CpuState.HF_CPL == 3
    uc.emu_start(CODE + 1, CODE + 2)
    assert vectors == [13]


def test_derived_hflags_follow_qemus_rules_for_cs_ss_and_segment_bases() -> None:
    s = CpuState
    long_mode = s.HF_PE | s.HF_LMA
    flat32 = {"cs": CODE32, "ss": DATA, "ds": DATA, "es": DATA}
    assert internals.derive_hflags(long_mode, {**flat32, "cs": CODE64}, 0, False) == (
        long_mode | s.HF_CS32 | s.HF_SS32 | s.HF_CS64
    )
    assert internals.derive_hflags(long_mode | s.HF_CS64, flat32, 3, False) == (
        long_mode | s.HF_CS32 | s.HF_SS32 | 3
    )
    based = {**flat32, "ds": SegmentCache(0x18, 0x1000, 0xFFFF, DATA.flags)}
    assert internals.derive_hflags(s.HF_PE, based, 0, False) & s.HF_ADDSEG
    assert not internals.derive_hflags(s.HF_PE, flat32, 0, False) & s.HF_ADDSEG
    assert internals.derive_hflags(s.HF_PE, flat32, 3, True) & s.HF_ADDSEG


def test_a20_gate_off_makes_guest_addresses_wrap_at_1_mib() -> None:
    uc = engine("bits 64\n    mov eax, [0x103000]\n    hlt", size=0x10_4000)
    uc.mem_write(0x3000, b"low!")
    uc.mem_write(0x10_3000, b"high")
    read = []
    for enabled in (False, True, False):
        A20Gate.set(uc, enabled)
        uc.emu_start(CODE, CODE + 7)
        read.append(struct.pack("<I", uc.reg_read(X.UC_X86_REG_EAX)))
    assert read == [b"low!", b"high", b"low!"]


def test_a20_gate_set_from_an_out_hook_leaves_the_guest_after_the_out() -> None:
    uc = engine(
        "bits 64\n    inc ecx\n    out 0x92, al\n    mov eax, [0x103000]\n    hlt", size=0x10_4000
    )
    uc.mem_write(0x3000, b"low!")
    uc.mem_write(0x10_3000, b"high")

    def on_out(uc: Uc, port: int, size: int, value: int, _: object) -> None:
        A20Gate.set(uc, False)
        uc.emu_stop()

    uc.hook_add(UC_HOOK_INSN, on_out, None, 1, 0, X.UC_X86_INS_OUT)
    uc.emu_start(CODE, CODE + 11)
    assert (uc.reg_read(X.UC_X86_REG_RIP), uc.reg_read(X.UC_X86_REG_ECX)) == (CODE + 4, 1)
    uc.emu_start(CODE + 4, CODE + 11)
    assert struct.pack("<I", uc.reg_read(X.UC_X86_REG_EAX)) == b"low!"
    assert uc.reg_read(X.UC_X86_REG_ECX) == 1


def test_exception_state_reads_the_selector_of_a_general_protection_fault() -> None:
    uc = engine("bits 64\n    mov ds, [0x3000]\n    int 0x31\n    hlt")
    uc.reg_write(X.UC_X86_REG_GDTR, (0, 0x2000, 0x17, 0))
    uc.mem_write(0x3000, struct.pack("<H", 0x5678))  # beyond the GDT's limit
    seen: list[tuple[int, int, bool]] = []

    def on_interrupt(uc: Uc, vector: int, _: object) -> None:
        seen.append((vector, *ExceptionState.read(uc)))
        StaleExceptionFix.apply(uc)
        if vector == 13:
            uc.reg_write(X.UC_X86_REG_RIP, uc.reg_read(X.UC_X86_REG_RIP) + 7)

    uc.hook_add(UC_HOOK_INTR, on_interrupt)
    uc.emu_start(CODE, CODE + 9)
    assert seen == [(13, 0x5678, False), (0x31, 0, True)]


@pytest.mark.parametrize(("fixed", "vectors"), [(True, [0, 0, 0]), (False, [0, 8])])
def test_stale_exception_fix_keeps_a_second_fault_from_becoming_a_double_fault(
    fixed: bool, vectors: list[int]
) -> None:
    uc = engine("bits 64\n    xor ecx, ecx\n    div ecx\n    div ecx\n    div ecx\n    hlt")
    seen: list[int] = []

    def on_interrupt(uc: Uc, vector: int, _: object) -> None:
        seen.append(vector)
        if fixed:
            StaleExceptionFix.apply(uc)
        uc.reg_write(X.UC_X86_REG_RIP, uc.reg_read(X.UC_X86_REG_RIP) + 2)

    uc.hook_add(UC_HOOK_INTR, on_interrupt)
    uc.emu_start(CODE, CODE + 8)  # without the fix, the third #DE is a triple fault
    assert seen == vectors


def test_instruction_counter_reads_the_instructions_a_counted_run_began() -> None:
    uc = engine("times 64 nop")
    counter = InstructionCounter.view(uc)
    uc.emu_start(CODE, CODE + 5, count=100)  # stopped by its end address
    assert counter.value == 5
    uc.emu_start(CODE, CODE + 64, count=9)  # stopped by its count
    assert counter.value == 10
    assert uc.reg_read(X.UC_X86_REG_RIP) == CODE + 9


def test_rdtsc_hook_gives_the_guest_the_hooked_value_and_skips_the_instruction() -> None:
    uc = engine("bits 64\n    rdtsc\n    nop\n    rdtsc\n    hlt")
    addresses: list[int] = []

    def read_tsc(uc: Uc) -> int:
        addresses.append(uc.reg_read(X.UC_X86_REG_RIP))
        return 0x0123_4567_89AB_CDEF

    uc.reg_write(X.UC_X86_REG_RAX, 0xFFFF_FFFF_FFFF_FFFF)
    handle = internals.hook_rdtsc(uc, read_tsc)
    uc.emu_start(CODE, CODE + 2)
    assert uc.reg_read(X.UC_X86_REG_RIP) == CODE + 2
    assert (uc.reg_read(X.UC_X86_REG_RDX), uc.reg_read(X.UC_X86_REG_RAX)) == (
        0x0123_4567,
        0x89AB_CDEF,
    )
    uc.hook_del(handle)
    uc.emu_start(CODE + 2, CODE + 5)  # unhooked: unicorn's own (host-derived) time stamp
    assert addresses == [CODE]
    assert uc.reg_read(X.UC_X86_REG_RAX) != 0x89AB_CDEF


def test_rdtscp_hook_also_gives_ecx_the_tsc_aux_msr() -> None:
    uc = engine("bits 64\n    rdtscp\n    hlt")
    uc.reg_write(X.UC_X86_REG_MSR, (internals.MSR_TSC_AUX, 0x0000_0003_0000_0007))
    internals.hook_rdtscp(uc, lambda uc: 0xFEDC_BA98_7654_3210)
    uc.emu_start(CODE, CODE + 3)
    assert uc.reg_read(X.UC_X86_REG_RIP) == CODE + 3
    assert uc.reg_read(X.UC_X86_REG_EDX) == 0xFEDC_BA98
    assert uc.reg_read(X.UC_X86_REG_EAX) == 0x7654_3210
    assert uc.reg_read(X.UC_X86_REG_RCX) == 7  # the low 32 bits of IA32_TSC_AUX


@pytest.mark.parametrize(
    ("field", "wrong", "probe"),
    [
        ("EIP", 136, "cpu state"),  # eflags, not eip
        ("SEGS", 192, "segment caches"),
        ("HFLAGS", 180, "hflags"),  # hflags2
        ("CR", 432, "control registers"),
        ("A20_MASK", 488, "a20 mask"),  # cr[8]
    ],
)
def test_a_layout_that_differs_is_refused_naming_the_probe_and_the_unicorn_version(
    monkeypatch: pytest.MonkeyPatch, probes_forgotten: None, field: str, wrong: int, probe: str
) -> None:
    monkeypatch.setattr(CpuState, field, wrong)
    message = (
        rf'^unicorn {re.escape(unicorn.__version__)} is not supported: the "{probe}" probe '
        r"failed \(.+\); longmode needs unicorn 2\.1\.4$"
    )
    with pytest.raises(RuntimeError, match=message):
        internals.probe_all()
