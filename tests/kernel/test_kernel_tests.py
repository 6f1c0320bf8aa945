"""The kernel's own tests: every `#[test_case]` of kernel/src and each file of
kernel/tests is in a test kernel that `cargo test --no-run` builds. They boot in
our machine through `longmode test kernel` and `longmode runner` (cargo's
runner), and in QEMU through `longmode run --qemu`; each reports
`name...\\t[ok]` per test on COM1 and passes by writing 0x10 to isa-debug-exit
(exit status 33).
"""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest

from longmode.toolchain.cargo import BuildRequest, build_tests

from support import KERNEL_CRATE, run_longmode

pytestmark = pytest.mark.slow

#: isa-debug-exit with 0x10: a test kernel passed.
PASSED = 33

#: Each test kernel, named as `longmode test` names it, and the tests it runs, as
#: its test runner prints them.
EXPECTED: dict[str, tuple[str, ...]] = {
    "seed_kernel (lib)": tuple(
        f"seed_kernel::{name}"
        for name in (
            "allocator::tests::an_allocation_larger_than_any_free_block_fails",
            "allocator::tests::blocks_are_aligned_apart_and_merge_back_into_one",
            "frames::tests::frames_come_from_usable_regions_in_order_without_frame_zero",
            "gdt::tests::a_tss_descriptor_spreads_its_base_over_both_words",
            "gdt::tests::init_loaded_our_gdt_our_code_segment_and_the_tss",
            "gdt::tests::the_tss_gives_ist1_the_top_of_the_double_fault_stack",
            "idt::tests::a_gate_splits_the_handler_address_over_three_fields",
            "idt::tests::a_new_table_has_no_present_gate",
            "idt::tests::set_ist_changes_only_the_ist_bits",
            "interrupts::tests::a_page_fault_error_code_reads_as_its_bits",
            "interrupts::tests::int3_comes_back_to_the_next_instruction",
            "interrupts::tests::the_loaded_idt_is_ours_with_the_double_fault_gate_on_ist1",
            "keyboard::tests::an_extended_key_is_ignored_with_its_prefix",
            "keyboard::tests::make_codes_type_their_characters_and_break_codes_nothing",
            "keyboard::tests::shift_gives_capitals_and_the_upper_characters_until_it_is_released",
            "paging::tests::an_address_splits_into_four_nine_bit_indices",
            "paging::tests::an_entry_keeps_the_address_and_the_flags_apart",
            "pic::tests::init_left_only_the_timer_and_the_keyboard_unmasked",
            "pic::tests::the_pair_handles_vectors_32_to_47",
            "pit::tests::divisors_round_to_the_nearest_count",
            "testing::tests::trivial_assertion",
            "vga::tests::printing_past_the_last_row_scrolls",
            "vga::tests::println_writes_the_line_at_the_cursor_in_light_gray",
        )
    ),
    "seed-kernel (bin)": ("seed_kernel::tests::the_greeting_is_the_seeds",),
    "basic_boot": (
        "basic_boot::println_works_before_init",
        "basic_boot::rdi_points_at_version_1_boot_information",
        "basic_boot::the_memory_map_is_sorted_and_has_usable_memory_above_1_mib",
        "basic_boot::the_stack_is_64_kib_with_rsp_inside",
    ),
    "should_panic": ("should_panic::should_fail",),
    "page_fault": ("page_fault::write_to_an_unmapped_page",),
    "stack_overflow": ("stack_overflow::stack_overflow",),
    "interrupts": (
        "interrupts::interrupts_are_off_again_after_a_wait",
        "interrupts::scan_codes_from_the_8042_arrive_as_characters",
        "interrupts::the_timer_ticks_at_the_rate_the_pit_was_given",
    ),
    "paging": (
        "paging::a_new_page_maps_to_a_usable_frame_and_writes_land_there",
        "paging::a_page_mapped_to_the_vga_frame_writes_on_the_screen",
        "paging::identity_mapped_addresses_translate_to_themselves",
        "paging::the_cr3_root_is_the_boot_infos",
        "paging::the_physical_memory_map_translates_to_physical_addresses",
        "paging::the_stack_lies_in_a_kernel_stack_region_and_its_guard_page_is_unmapped",
    ),
    "heap_allocation": (
        "heap_allocation::a_block_as_large_as_half_the_heap_comes_and_goes_twice",
        "heap_allocation::a_growing_vec_keeps_its_elements",
        "heap_allocation::a_long_lived_box_does_not_stop_freed_memory_from_being_reused",
        "heap_allocation::boxes_hold_their_values_in_the_heap",
        "heap_allocation::more_boxes_than_the_heap_holds_at_once_fit_one_after_another",
    ),
}


@pytest.fixture(scope="module")
def kernel_tests() -> subprocess.CompletedProcess[str]:
    """`longmode test kernel`: builds the test kernels and boots them in our machine."""
    return run_longmode("test", KERNEL_CRATE)


@pytest.fixture(scope="module")
def executables(kernel_tests: subprocess.CompletedProcess[str]) -> dict[str, Path]:
    """The test kernels `longmode test` built, by the names it gives them (cargo
    has them already: this only asks it where they are)."""
    built = build_tests(BuildRequest(KERNEL_CRATE))
    return {
        (test.name if test.kind == "test" else f"{test.name} ({test.kind})"): test.path
        for test in built
    }


def _reported(com1: str) -> dict[str, str]:
    """Each test a test runner reported on COM1, with its verdict (`ok`, `failed`)."""
    return dict(re.findall(r"^(\S+)\.\.\.\t\[(\w+)\]$", com1, re.MULTILINE))


def test_longmode_test_builds_and_passes_every_test_kernel(
    kernel_tests: subprocess.CompletedProcess[str],
) -> None:
    done = kernel_tests
    assert done.returncode == 0, done.stdout + done.stderr
    assert f"running {len(EXPECTED)} test kernels from {KERNEL_CRATE}" in done.stdout
    for name in EXPECTED:
        assert re.search(rf"^test {re.escape(name)} \.\.\. ok \(", done.stdout, re.MULTILINE), name
    assert re.search(rf"^test result: ok\. {len(EXPECTED)} passed; 0 failed;", done.stdout, re.M)


def test_cargo_builds_exactly_the_expected_test_kernels(executables: dict[str, Path]) -> None:
    assert sorted(executables) == sorted(EXPECTED)
    assert all(path.parent.name == "deps" for path in executables.values())


def test_the_runner_boots_the_library_tests_in_our_machine_as_cargo_test_would(
    executables: dict[str, Path],
) -> None:
    done = run_longmode("runner", executables["seed_kernel (lib)"])
    assert done.returncode == 0, done.stdout + done.stderr
    reported = _reported(done.stdout)
    assert reported == dict.fromkeys(EXPECTED["seed_kernel (lib)"], "ok")
    assert done.stdout.startswith(f"running {len(reported)} tests\n")


@pytest.mark.skipif(
    shutil.which("qemu-system-x86_64") is None, reason="qemu-system-x86_64 is not installed"
)
@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_each_test_kernel_passes_in_qemu_and_runs_its_tests(
    executables: dict[str, Path], name: str
) -> None:
    done = run_longmode("run", "--qemu", executables[name], "--display", "none", "--timeout", "120")
    assert done.returncode == PASSED, done.stdout + done.stderr
    assert _reported(done.stdout) == dict.fromkeys(EXPECTED[name], "ok")
