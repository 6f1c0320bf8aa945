"""Kernels built against `bootloader_api` 0.11: found by their `.bootloader-config`
section, started as the `bootloader` 0.11 crate's BIOS loader starts them
(shared/notes/bootloader-0.11.md), the same in our machine and in QEMU. A probe
kernel, linked as the static PIE rustc makes for x86_64-unknown-none, reports what
it was handed on COM1."""

from __future__ import annotations

import itertools
import re
import struct
import subprocess
from pathlib import Path

import pytest
from boot_kernels import QEMU, comparable_serial

from longmode.boot import bootloader011
from longmode.boot.bootloader011 import Config011, ElfFacts, ProtocolError, parse_config, plan

from support import LD, NASM, run_longmode

pytestmark = pytest.mark.skipif(
    NASM is None or LD is None, reason="needs nasm and GNU ld (installed by scripts/setup.sh)"
)
PROBE = Path(__file__).parent / "kernels" / "bootloader011_probe.asm"
SLOT = 1 << 39
USABLE, BOOTLOADER, UNKNOWN_BIOS = 0, 1, 3
SOME, NONE = 0, 1
#: PTE bits: present, writable, no-execute.
P, W, NX = 1, 2, 1 << 63


def _probe(tmp_path: Path, *defines: str, pie: bool = True, name: str = "probe") -> Path:
    """The probe, assembled with ``defines`` and linked as a static PIE (or at 2 MiB)."""
    assert NASM is not None and LD is not None
    obj = tmp_path / f"{name}.o"
    options = [f"-I{PROBE.parent}/", *(f"-D{d}" for d in defines)]
    subprocess.run([NASM, "-f", "elf64", *options, str(PROBE), "-o", str(obj)], check=True)
    kernel = tmp_path / name
    how = (
        ["-pie", "--no-dynamic-linker", "-z", "relro", "-z", "now"] if pie else ["-Ttext=0x200000"]
    )
    subprocess.run(
        [LD, *how, "-z", "noexecstack", "-e", "_start", str(obj), "-o", str(kernel)], check=True
    )
    return kernel


def _values(serial: str) -> dict[str, int]:
    return {
        key: int(value, 16) for key, value in re.findall(r"^(\w+)=(0x[0-9a-f]+)$", serial, re.M)
    }


def _field(values: dict[str, int], offset: int) -> int:
    return values[f"at_{offset:#018x}"]


def _regions(serial: str) -> list[tuple[int, int, int]]:
    found = re.findall(r"^region (0x[0-9a-f]+) (0x[0-9a-f]+) kind=(0x[0-9a-f]+)$", serial, re.M)
    return [(int(a, 16), int(b, 16), int(k, 16)) for a, b, k in found]


def _kind(regions: list[tuple[int, int, int]], address: int) -> int:
    kinds = [kind for start, end, kind in regions if start <= address < end]
    assert len(kinds) == 1, (hex(address), regions)
    return kinds[0]


def test_a_pie_gets_the_crates_entry_state_boot_info_and_mappings(tmp_path: Path) -> None:
    kernel = _probe(tmp_path)
    done = run_longmode("run", kernel, "--display", "none", "-m", "128M")
    assert done.returncode == 33, done.stderr  # the probe's 0x10: it got to the end
    values = _values(done.stdout)
    # slots 0 and 1: the identity range up to the E820 map's end (1 TiB, see
    # ASSUMED_MAX_PHYS); then, in the crate's order: the kernel, the stack, the
    # framebuffer, the boot information
    assert values["start"] == 2 * SLOT + 0x1000  # the PIE's entry, at its base
    assert _field(values, 200) == 2 * SLOT  # kernel_image_offset
    assert values["relocated"] == 1  # its R_X86_64_RELATIVE relocation applied
    assert values["rsp"] == 3 * SLOT + 0x1000 + 0x14000 - 8  # above the guard, 80 KiB
    assert (values["return"], values["rbp"]) == (0, 0)
    assert values["stack_bottom"] == 3 * SLOT + 0x1000
    assert (_field(values, 208), _field(values, 216)) == (3 * SLOT + 0x1000, 0x14000)
    assert values["bootinfo"] == 5 * SLOT
    assert values["regions_ptr"] == 5 * SLOT + 0xE8
    # CS 0x08; DS, ES, SS 0x10; FS, GS 0
    assert values["segments"] == 0x00_00_10_10_10_08
    assert (values["cr0_wp"], values["efer_nxe"], values["interrupts"]) == (1, 1, 0)
    assert values["cr4"] == 1 << 5  # PAE, no SSE
    assert (values["idt_limit"], values["idt_base"]) == (0x3FF, 0)  # the real-mode IDTR
    assert values["api_version"] == 0 | 11 << 16 | 16 << 32
    # the framebuffer: bootloader 0.11's choice, the widest mode up to 1280x720
    assert _field(values, 24) == SOME and _field(values, 32) == 4 * SLOT
    width, height, stride = _field(values, 48), _field(values, 56), _field(values, 80)
    bytes_per_pixel = _field(values, 72)
    assert (width, height, stride) == (1280, 720, 1280)
    assert _field(values, 64) == 1 and bytes_per_pixel == 3  # Bgr, 24 bits
    assert _field(values, 40) == 1280 * 720 * 3
    assert values["framebuffer_write"] == 0x00AB00CD  # mapped, writable
    # what the configuration leaves out: None, and no ramdisk
    assert _field(values, 88) == NONE and _field(values, 104) == NONE
    assert _field(values, 128) == NONE  # no PT_TLS
    assert (_field(values, 160), _field(values, 176)) == (NONE, 0)
    assert _field(values, 112) == SOME and 0xE0000 <= values["rsdp"] < 0x100000
    assert _field(values, 192) == kernel.stat().st_size  # kernel_len: the ELF file
    assert _field(values, 224) == 0  # _test_sentinel
    regions = _regions(done.stdout)
    assert len(regions) == values["regions"]
    assert all(a[1] <= b[0] for a, b in itertools.pairwise(regions))  # sorted, disjoint
    assert all(kind in (USABLE, BOOTLOADER) or kind & 0xFFFFFFFF == UNKNOWN_BIOS
               for _, _, kind in regions)  # fmt: skip
    assert _kind(regions, 0) == USABLE  # frame 0, as the crate reports it
    low_usable = sum(min(end, 1 << 20) - start for start, end, kind in regions
                     if kind == USABLE and start < 1 << 20)  # fmt: skip
    assert low_usable > 16 * 4096  # the crate's lower_memory_free test
    assert _kind(regions, _field(values, 184)) == BOOTLOADER  # the ELF file
    assert _kind(regions, 0x100000) == BOOTLOADER  # the loaded kernel
    assert _kind(regions, 0x9FC00) == UNKNOWN_BIOS | 2 << 32  # E820 type 2: reserved
    usable = sum(end - start for start, end, kind in regions if kind == USABLE)
    assert 120 << 20 < usable < 128 << 20


def test_configured_mappings_relro_and_page_rights(tmp_path: Path) -> None:
    kernel = _probe(
        tmp_path, "PHYS", "RECURSIVE", "STACK_SIZE=0x4000", "BOOT_INFO_ADDR=0x6000000000"
    )
    done = run_longmode("run", kernel, "--display", "none")
    assert done.returncode == 33, done.stderr
    values = _values(done.stdout)
    assert values["bootinfo"] == 0x60_0000_0000  # the fixed address
    assert values["rsp"] == 3 * SLOT + 0x1000 + 0x4000 - 8
    # the physical-memory map takes two slots (1 TiB), then the recursive entry
    assert (_field(values, 88), _field(values, 96)) == (SOME, 5 * SLOT)
    assert _field(values, 104) == SOME | 7 << 32  # recursive_index 7
    assert values["recursive_ok"] == 1
    assert values["rsdp_signature"] == int.from_bytes(b"RSD PTR ", "little")
    rights = {key: values[f"pte_{key}"] & (P | W | NX) for key in
              ("text", "relro", "data", "stack", "bootinfo")}  # fmt: skip
    assert rights == {
        "text": P,  # executable, read-only
        "relro": P | NX,  # PT_GNU_RELRO: read-only once relocated
        "data": P | W | NX,
        "stack": P | W | NX,
        "bootinfo": P | W | NX,
    }
    assert values["pte_guard"] == 0  # the stack's guard page is not mapped


@pytest.mark.skipif(QEMU is None, reason="qemu-system-x86_64 is not installed")
def test_qemu_hands_the_0_11_kernel_the_same(tmp_path: Path) -> None:
    kernel = _probe(tmp_path, "PHYS", "RECURSIVE")
    ours = run_longmode("run", kernel, "--display", "none", "-m", "128M")
    theirs = run_longmode("run", kernel, "--display", "none", "-m", "128M", "--qemu")
    assert ours.returncode == theirs.returncode == 33, theirs.stderr
    # every value, the memory map and the page rights included; only the RSDP's
    # address is each BIOS's own (both_machines_known_differences.txt)
    assert comparable_serial(ours.stdout) == comparable_serial(theirs.stdout)
    assert "<rsdp=" in "".join(comparable_serial(ours.stdout))


def test_an_executable_kernel_stays_where_it_was_linked(tmp_path: Path) -> None:
    kernel = _probe(tmp_path, pie=False)
    done = run_longmode("run", kernel, "--display", "none")
    assert done.returncode == 33, done.stderr
    values = _values(done.stdout)
    assert values["start"] == 0x200000 and _field(values, 200) == 0
    # no kernel slot: the stack takes slot 2
    assert values["stack_bottom"] == 2 * SLOT + 0x1000


def test_the_protocol_is_found_by_its_section_and_can_be_forced(tmp_path: Path) -> None:
    kernel = _probe(tmp_path)
    done = run_longmode("run", kernel, "--display", "none", "--protocol", "bootloader-0.11")
    assert done.returncode == 33, done.stderr
    plain = tmp_path / "plain"
    subprocess.run(["objcopy", "--remove-section=.bootloader-config", str(kernel), str(plain)],
                   check=True)  # fmt: skip
    done = run_longmode(
        "image", plain, "-o", str(tmp_path / "x.img"), "--protocol", "bootloader-0.11"
    )
    assert done.returncode == 2 and "no .bootloader-config section" in done.stderr
    assert not (tmp_path / "x.img").exists()


def _patched(kernel: Path, tmp_path: Path, change: dict[int, bytes]) -> Path:
    """``kernel`` with bytes of its config section replaced (offset in the section)."""
    data = bytearray(kernel.read_bytes())
    at = data.index(bootloader011.UUID)
    for offset, value in change.items():
        data[at + offset : at + offset + len(value)] = value
    out = tmp_path / "patched"
    out.write_bytes(bytes(data))
    return out


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({0: b"\0"}, '"invalid UUID"'),
        ({31: b"\x02"}, '"invalid mapping value"'),
        ({87: b"\x05"}, '"invalid aslr value"'),
        (
            {31: b"\x01" + struct.pack("<Q", 0x800000)},
            "kernel_stack 0x800000 is in the first 4 GiB",
        ),
        ({67: b"\x01\x01" + struct.pack("<Q", 0x40000000)}, "physical_memory 0x40000000 is not"),
    ],
)
def test_a_bad_configuration_is_one_clear_error(
    tmp_path: Path, change: dict[int, bytes], message: str
) -> None:
    kernel = _patched(_probe(tmp_path), tmp_path, change)
    done = run_longmode("image", kernel, "-o", str(tmp_path / "k.img"))
    assert done.returncode == 2, done.stderr
    assert message in done.stderr and str(kernel) in done.stderr
    assert "Traceback" not in done.stderr and not (tmp_path / "k.img").exists()


def test_an_old_config_and_a_foreign_relocation_are_refused(tmp_path: Path) -> None:
    old = bootloader011.UUID + bytes(bootloader011.OLD_CONFIG_SIZE - 16)
    with pytest.raises(
        ProtocolError, match=r"124 bytes: built against bootloader_api 0\.11\.1-0\.11\.10"
    ):
        parse_config(old, "k")
    kernel = _probe(tmp_path)
    data = bytearray(kernel.read_bytes())
    facts = bootloader011.elf_facts(kernel, bytes(data))
    assert facts.rela is not None and len(facts.rela[1]) == 1
    # the relocation's type field: R_X86_64_RELATIVE (8) becomes R_X86_64_64 (1)
    r_offset = facts.rela[1][0][0]
    at = data.index(struct.pack("<QQ", r_offset, 8))
    data[at + 8] = 1
    with pytest.raises(ProtocolError, match="applies only R_X86_64_RELATIVE"):
        bootloader011.elf_facts(kernel, bytes(data))


def _facts(elf_type: int, *loads: tuple[int, int]) -> ElfFacts:
    return ElfFacts(elf_type, tuple((0, v, 0, m, 0x1000) for v, m in loads), None, None, None)


def test_slots_follow_the_crates_order_around_fixed_and_used_ones() -> None:
    config = Config011((0, 11, 16), physical_memory=(True, None), page_table_recursive=(True, None))
    placed = plan(config, _facts(3, (0, 0x5000)), staging=0x200000, kernel_len=1, stack_phys=0,
                  path=Path("k"))  # fmt: skip
    assert placed.image_offset == 2 * SLOT and placed.stack_guard == 3 * SLOT
    assert placed.framebuffer == 4 * SLOT and placed.physical_slot == 5
    assert placed.recursive_slot == 7 and placed.boot_info == 8 * SLOT
    # a fixed stack in slot 2 and a dynamic range from slot 4: the kernel goes above
    config = Config011((0, 11, 16), kernel_stack=2 * SLOT, dynamic_range_start=4 * SLOT)
    placed = plan(config, _facts(3, (0, 0x5000)), staging=0x200000, kernel_len=1, stack_phys=0,
                  path=Path("k"))  # fmt: skip
    assert placed.image_offset == 4 * SLOT and placed.stack_guard == 2 * SLOT
    assert placed.framebuffer == 5 * SLOT and placed.boot_info == 6 * SLOT
    # an executable kernel cannot be moved
    with pytest.raises(ProtocolError, match="not position-independent"):
        plan(Config011((0, 11, 16), kernel_base=3 * SLOT), _facts(2, (0x200000, 0x1000)),
             staging=0, kernel_len=1, stack_phys=0, path=Path("k"))  # fmt: skip
