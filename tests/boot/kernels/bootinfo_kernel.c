/* A 64-bit kernel for the longmode boot protocol: prints the boot info on
 * COM1, checks its promises, exits through isa-debug-exit (0x10 ok). Built
 * twice: linked at 1 MiB and in the higher half (0xffffffff80100000). */
#include "common.h"
#include "longmode_boot.h"

/* 4 MiB of initialised data: the loader must read it all, fast. */
#define BLOB_SIZE (4u << 20)
static volatile const uint8_t blob[BLOB_SIZE] = {[0] = 0xA5, [BLOB_SIZE - 1] = 0x5A};
static volatile uint8_t bss[256 * 1024];

static int is_loader_type(uint32_t type)
{
    return type >= LONGMODE_MEMORY_BOOTLOADER && type <= LONGMODE_MEMORY_BOOT_INFO;
}

static uint64_t *table_entry(const struct longmode_boot_info *bi, uint64_t table, int index)
{
    return (uint64_t *)(bi->physical_memory_offset + (table & 0x000FFFFFFFFFF000ull)) + index;
}

/* The page-table entry for `virt` (0 if a level is absent); 1 for large pages. */
static uint64_t leaf(const struct longmode_boot_info *bi, uint64_t virt)
{
    uint64_t entry = bi->page_table_root;
    for (int level = 3; level >= 0; level--) {
        entry = *table_entry(bi, entry, (int)((virt >> (12 + 9 * level)) & 511));
        if (!(entry & 1))
            return 0;
        if (level && (entry & 0x80))
            return 1;
    }
    return entry;
}

void _start(struct longmode_boot_info *bi)
{
    uint64_t rsp, cr0, cr4, efer_lo, efer_hi;
    __asm__ volatile("mov %%rsp, %0" : "=r"(rsp));
    __asm__ volatile("mov %%cr0, %0" : "=r"(cr0));
    __asm__ volatile("mov %%cr4, %0" : "=r"(cr4));
    __asm__ volatile("rdmsr" : "=a"(efer_lo), "=d"(efer_hi) : "c"(0xC0000080));

    put_kv("magic", bi->magic);
    put_kv("version", bi->version);
    put_str("cmdline=[");
    put_str((const char *)bi->command_line);
    put_str("]\n");
    put_kv("entries", bi->memory_map_count);
    check(bi->magic == LONGMODE_BOOT_MAGIC, "magic");
    check(bi->version == LONGMODE_BOOT_VERSION, "version");
    check(bi->size == sizeof(struct longmode_boot_info), "size");
    check(bi->memory_map_entry_size == sizeof(struct longmode_memory_region), "entry size");

    const struct longmode_memory_region *map = (const void *)bi->memory_map;
    uint64_t usable = 0, ram = 0, prev_end = 0, top_usable = 0;
    for (uint32_t i = 0; i < bi->memory_map_count; i++) {
        const struct longmode_memory_region *r = &map[i];
        put_str("region ");
        put_hex(r->base);
        put_char(' ');
        put_hex(r->length);
        put_char(' ');
        put_hex(r->type);
        put_char('\n');
        check(r->length != 0, "empty region");
        check(r->base >= prev_end, "regions sorted and disjoint");
        if (i && r->base == prev_end)
            check(map[i - 1].type != r->type, "adjacent regions of one type merged");
        prev_end = r->base + r->length;
        if (r->type == LONGMODE_MEMORY_USABLE) {
            check(!(r->base & 0xFFF) && !(r->length & 0xFFF), "usable regions 4 KiB aligned");
            usable += r->length;
            top_usable = r->base + r->length;
        }
        if (r->type == LONGMODE_MEMORY_USABLE || is_loader_type(r->type))
            ram += r->length;
    }
    put_kv("usable", usable);
    put_kv("ram", ram);

    /* Kernel ranges and the entry. */
    uint64_t here = (uint64_t)(uintptr_t)&_start;
    put_kv("entry", bi->kernel_entry);
    put_kv("kernel_virt_start", bi->kernel_virt_start);
    put_kv("kernel_phys_start", bi->kernel_phys_start);
    check(bi->kernel_entry == here, "kernel_entry is _start");
    check(bi->kernel_virt_start <= here && here < bi->kernel_virt_end, "entry in virt range");
    check(bi->kernel_phys_start == 0x100000, "kernel loaded at 1 MiB");
    check(blob[0] == 0xA5 && blob[BLOB_SIZE - 1] == 0x5A, "4 MiB data loaded");
    int bss_zero = 1;
    for (uint32_t i = 0; i < sizeof bss; i += 512)
        bss_zero &= bss[i] == 0;
    check(bss_zero, ".bss zeroed");

    /* Stack: at least 64 KiB, RSP inside it, an unmapped guard page below. */
    put_kv("rsp", rsp);
    check(bi->stack_top - bi->stack_bottom >= 0x10000, "stack >= 64 KiB");
    check(rsp > bi->stack_bottom && rsp < bi->stack_top, "rsp in the stack");
    check((rsp & 15) == 8, "rsp as after a call");
    check(leaf(bi, bi->stack_bottom) > 1, "stack mapped");
    check(leaf(bi, bi->stack_bottom - 4096) == 0, "guard page unmapped");

    /* CPU state. */
    check(!(read_eflags() & 0x200), "interrupts off");
    check((cr0 & 0x80000001u) == 0x80000001u, "paging on");
    check(cr4 & 0x20, "PAE");
    check(cr0 & 0x10000, "CR0.WP: read-only pages are read-only for the kernel too");
    if (bi->kernel_virt_start != bi->kernel_phys_start) {
        uint64_t text = leaf(bi, here), data = leaf(bi, (uint64_t)(uintptr_t)bss);
        check(text > 1 && !(text & 2), "text mapped read-only");
        check(data > 1 && (data & 2), "bss mapped writable");
        if (bi->cpu_features & 1)
            check((data >> 63) && !(text >> 63), "NX on data, not on text");
    }
    check(efer_lo & 0x400, "long mode active");
    check(!!(efer_lo & 0x800) == !!(bi->cpu_features & 1), "NXE as reported");

    /* Identity map of 4 GiB, physical map at the offset (also above 4 GiB). */
    check(bi->physical_memory_offset == LONGMODE_PHYS_OFFSET, "phys offset");
    check(bi->physical_memory_mapped >= (4ull << 30), "at least 4 GiB mapped");
    check(leaf(bi, 0xFFFFF000ull) != 0, "identity map covers 4 GiB");
    volatile uint64_t *via_offset =
        (volatile uint64_t *)(bi->physical_memory_offset + (uint64_t)(uintptr_t)bi);
    check(*via_offset == LONGMODE_BOOT_MAGIC, "boot info through the phys offset");
    if (top_usable) {
        volatile uint64_t *last = (volatile uint64_t *)(bi->physical_memory_offset + top_usable - 8);
        *last = 0x1234567887654321ull;
        check(*last == 0x1234567887654321ull, "top of RAM through the phys offset");
        put_kv("top_usable", top_usable);
    }

    /* Display and firmware tables. */
    check(bi->display_kind == 1 && bi->text_buffer == 0xB8000, "VGA text");
    check(bi->text_columns == 80 && bi->text_rows == 25, "80x25");
    put_kv("rsdp", bi->rsdp);
    check(bi->rsdp && *(volatile uint64_t *)bi->rsdp == 0x2052545020445352ull, "RSDP found");
    put_kv("boot_drive", bi->boot_drive);
    put_kv("cpu_features", bi->cpu_features);
    check(bi->boot_drive == 0x80, "boot drive");

    volatile uint16_t *vga = (volatile uint16_t *)(bi->physical_memory_offset + bi->text_buffer);
    const char *text = "boot info ok";
    for (int i = 0; text[i]; i++)
        vga[i] = (uint16_t)(0x0F00 | (uint8_t)text[i]);
    finish();
}
