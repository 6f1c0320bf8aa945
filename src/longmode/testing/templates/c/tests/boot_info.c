/* A test kernel: what longmode's loader hands the kernel at its entry. */
#include "longmode_boot.h"
#include "testing.h"

static void magic_and_version(const struct longmode_boot_info *info)
{
    CHECK(info->magic == LONGMODE_BOOT_MAGIC);
    CHECK(info->version >= LONGMODE_BOOT_VERSION);
    CHECK(info->size >= sizeof *info);
}

static void memory_map_has_usable_memory_above_1_mib(const struct longmode_boot_info *info)
{
    const struct longmode_memory_region *map =
        (const struct longmode_memory_region *)(uintptr_t)info->memory_map;
    uint64_t usable = 0;
    for (uint32_t i = 0; i < info->memory_map_count; i++)
        if (map[i].type == LONGMODE_MEMORY_USABLE && map[i].base >= 0x100000)
            usable += map[i].length;
    CHECK(info->memory_map_count > 0);
    CHECK(usable > 0);
}

static void kernel_is_loaded_at_1_mib(const struct longmode_boot_info *info)
{
    CHECK(info->kernel_phys_start == 0x100000);
    CHECK(info->kernel_entry >= info->kernel_virt_start);
    CHECK(info->kernel_entry < info->kernel_virt_end);
}

void _start(const struct longmode_boot_info *info)
{
    RUN_TEST(magic_and_version, info);
    RUN_TEST(memory_map_has_usable_memory_above_1_mib, info);
    RUN_TEST(kernel_is_loaded_at_1_mib, info);
    tests_passed();
}
