; A test kernel: what longmode's loader hands the kernel at its entry.

bits 64
default rel

%include "console.inc"
%include "testing.inc"
%include "longmode_boot.inc"

global _start

section .text

_start:
    mov rbx, rdi                ; the boot information
    RUN_TEST magic_and_version, rbx
    RUN_TEST memory_map_is_not_empty, rbx
    RUN_TEST kernel_is_loaded_at_1_mib, rbx
    jmp tests_passed

; Each test gets the boot information in rdi.
magic_and_version:
    mov rax, LONGMODE_BOOT_MAGIC
    cmp [rdi + longmode_boot_info.magic], rax
    CHECK e, "the magic is the bytes LONGMODE"
    cmp dword [rdi + longmode_boot_info.version], LONGMODE_BOOT_VERSION
    CHECK ae, "the version is LONGMODE_BOOT_VERSION or later"
    ret

memory_map_is_not_empty:
    cmp dword [rdi + longmode_boot_info.memory_map_count], 0
    CHECK a, "the memory map has entries"
    cmp dword [rdi + longmode_boot_info.memory_map_entry_size], longmode_memory_region_size
    CHECK e, "memory-map entries are the size of longmode_memory_region"
    ret

kernel_is_loaded_at_1_mib:
    cmp qword [rdi + longmode_boot_info.kernel_phys_start], 0x100000
    CHECK e, "the kernel's segments start at 1 MiB"
    lea rax, [_start]
    cmp [rdi + longmode_boot_info.kernel_entry], rax
    CHECK e, "kernel_entry is _start"
    ret
