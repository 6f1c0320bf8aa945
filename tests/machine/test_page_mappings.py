"""`X86Cpu.mappings` (the debugger's `info tlb`): every page the tables map, runs
merged, checked against the CPU's own walk of each address."""

from __future__ import annotations

import itertools
import struct

import pytest
from unicorn import UC_ARCH_X86, UC_MODE_64, Uc

from longmode.machine.cpu import (
    CR0_PE,
    CR0_PG,
    CR4_PAE,
    CR4_PSE,
    EFER_LMA,
    EFER_NXE,
    Mapping,
    Paging,
    X86Cpu,
)

P, W, U, PS, NX = 1, 2, 4, 0x80, 1 << 63
MEMORY = 16 << 20


def _cpu() -> X86Cpu:
    uc = Uc(UC_ARCH_X86, UC_MODE_64)
    uc.mem_map(0, MEMORY)
    return X86Cpu(uc)


def _entry(cpu: X86Cpu, table: int, index: int, value: int, width: int = 8) -> None:
    cpu.uc.mem_write(table + index * width, struct.pack("<Q" if width == 8 else "<I", value))


def _agrees_with_the_walk(cpu: X86Cpu, paging: Paging, found: list[Mapping]) -> None:
    """Each run translates as the walk translates it, byte for byte at its edges,
    and the pages between runs do not translate at all."""
    for mapping in found:
        for offset in (0, 0xFFF, mapping.size // 2, mapping.size - 1):
            walk = cpu.walk(mapping.virtual + offset, paging)
            assert walk.physical == mapping.physical + offset, (mapping, offset)
            assert (walk.writable, walk.user, walk.executable) == (
                mapping.writable,
                mapping.user,
                mapping.executable,
            ), mapping
    for before, after in itertools.pairwise(found):
        gap = before.virtual + before.size
        if gap < after.virtual:
            assert cpu.walk(gap, paging).physical is None, hex(gap)
            assert cpu.walk(after.virtual - 1, paging).physical is None, hex(after.virtual - 1)


def test_four_level_tables_give_merged_runs_large_pages_and_the_upper_half() -> None:
    cpu = _cpu()
    pml4, pdpt, pd, pt, upper_pdpt = 0x1000, 0x2000, 0x3000, 0x4000, 0x5000
    _entry(cpu, pml4, 0, pdpt | P | W)
    _entry(cpu, pdpt, 0, pd | P | W)
    _entry(cpu, pd, 0, pt | P | W)
    for index in range(16):  # 64 KiB contiguous: one run
        _entry(cpu, pt, index, (0x100000 + index * 0x1000) | P | W)
    _entry(cpu, pt, 16, 0x500000 | P | W)  # virtually next, physically elsewhere
    _entry(cpu, pt, 17, 0x501000 | P)  # read-only: a run of its own
    _entry(cpu, pt, 20, 0x502000 | P | W | U)  # after a gap
    _entry(cpu, pd, 1, 0x400000 | P | W | PS | NX)  # a 2 MiB page, not executable
    _entry(cpu, pdpt, 1, 0x4000_0000 | P | W | U | PS)  # a 1 GiB page for user mode
    _entry(cpu, pml4, 1, 0x7F_0000_0000 | P | W)  # a table outside memory: maps nothing
    _entry(cpu, pml4, 256, upper_pdpt | P | W)
    _entry(cpu, upper_pdpt, 3, 0x8000_0000 | P | PS)
    paging = Paging(CR0_PG | CR0_PE, pml4, CR4_PAE, EFER_LMA | EFER_NXE)

    found = cpu.mappings(paging)

    assert found == [
        Mapping(0x0, 0x100000, 0x10000, True, False, True),
        Mapping(0x10000, 0x500000, 0x1000, True, False, True),
        Mapping(0x11000, 0x501000, 0x1000, False, False, True),
        Mapping(0x14000, 0x502000, 0x1000, True, False, True),  # U only in the PT: not user
        Mapping(0x200000, 0x400000, 0x200000, True, False, False),
        Mapping(0x4000_0000, 0x4000_0000, 0x4000_0000, True, False, True),
        Mapping(0xFFFF_8000_C000_0000, 0x8000_0000, 0x4000_0000, False, False, True),
    ]
    _agrees_with_the_walk(cpu, paging, found)
    # without EFER.NXE, bit 63 forbids nothing
    assert cpu.mappings(Paging(CR0_PG | CR0_PE, pml4, CR4_PAE, EFER_LMA))[4].executable


def test_a_recursive_entry_maps_the_tables_themselves() -> None:
    cpu = _cpu()
    pml4, pdpt, pd = 0x1000, 0x2000, 0x3000
    _entry(cpu, pml4, 0, pdpt | P | W)
    _entry(cpu, pdpt, 0, pd | P | W)
    _entry(cpu, pd, 0, 0x0 | P | W | PS)
    _entry(cpu, pml4, 511, pml4 | P | W)
    paging = Paging(CR0_PG | CR0_PE, pml4, CR4_PAE, EFER_LMA)

    found = cpu.mappings(paging)

    # PML4[511][511][511][511] is the PML4 itself, as blog_os's recursive mapping uses it
    assert Mapping(0xFFFF_FFFF_FFFF_F000, pml4, 0x1000, True, False, True) in found
    assert found[0] == Mapping(0, 0, 0x200000, True, False, True)
    _agrees_with_the_walk(cpu, paging, found)


@pytest.mark.parametrize("pse", [True, False])
def test_two_level_tables_with_and_without_4_mib_pages(pse: bool) -> None:
    cpu = _cpu()
    pd, pt = 0x1000, 0x2000
    _entry(cpu, pd, 0, pt | P | W | U, width=4)
    for index in range(4):
        _entry(cpu, pt, index, (0x300000 + index * 0x1000) | P | W | U, width=4)
    # with PSE a 4 MiB page; without it the same entry points at a page table (at 8 MiB)
    _entry(cpu, pd, 2, 0x800000 | P | W | PS, width=4)
    _entry(cpu, 0x800000, 1, 0x9000 | P, width=4)
    paging = Paging(CR0_PG | CR0_PE, pd, CR4_PSE if pse else 0, 0)

    found = cpu.mappings(paging)

    assert found[0] == Mapping(0, 0x300000, 0x4000, True, True, True)
    if pse:
        assert found[1:] == [Mapping(0x800000, 0x800000, 0x400000, True, False, True)]
    else:
        assert found[1:] == [Mapping(0x801000, 0x9000, 0x1000, False, False, True)]
    _agrees_with_the_walk(cpu, paging, found)


def test_pae_tables_and_paging_off() -> None:
    cpu = _cpu()
    pdpt, pd, pt = 0x1020, 0x2000, 0x3000  # a PAE CR3 is 32-byte aligned
    _entry(cpu, pdpt, 0, pd | P)
    _entry(cpu, pdpt, 3, pd | P)  # the same directory again, at 3 GiB
    _entry(cpu, pd, 0, pt | P | W)
    _entry(cpu, pt, 1, 0x7000 | P | W)
    _entry(cpu, pd, 5, 0xA00000 | P | W | PS)
    paging = Paging(CR0_PG | CR0_PE, pdpt, CR4_PAE, 0)

    found = cpu.mappings(paging)

    assert [(m.virtual, m.physical, m.size) for m in found] == [
        (0x1000, 0x7000, 0x1000),
        (0xA00000, 0xA00000, 0x200000),
        (0xC000_1000, 0x7000, 0x1000),
        (0xC0A0_0000, 0xA00000, 0x200000),
    ]
    _agrees_with_the_walk(cpu, paging, found)
    assert cpu.mappings(Paging(CR0_PE, pdpt, CR4_PAE, 0)) == []
