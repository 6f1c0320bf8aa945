/* A 32-bit Multiboot kernel (version MB = 1 or 2; AOUT = 1 for the Multiboot 1
 * address fields): prints what the loader passed on COM1 and checks it. */
#include "common.h"

#define MB1_MAGIC 0x1BADB002u
#define MB2_MAGIC 0xE85250D6u

extern char __load_start[], __load_end[], __bss_end[];
void _start(void);

#if MB == 1
#if AOUT
#define MB1_FLAGS ((1u << 1) | (1u << 16))
#else
#define MB1_FLAGS (1u << 1)
#endif
struct mb1_header {
    uint32_t magic, flags, checksum;
#if AOUT
    uint32_t header_addr, load_addr, load_end_addr, bss_end_addr, entry_addr;
#endif
};
__attribute__((section(".multiboot"), used, aligned(4))) static const struct mb1_header header = {
    MB1_MAGIC, MB1_FLAGS, -(MB1_MAGIC + MB1_FLAGS),
#if AOUT
    (uint32_t)&header, (uint32_t)__load_start, (uint32_t)__load_end, (uint32_t)__bss_end,
    (uint32_t)_start,
#endif
};
#else
struct mb2_header {
    uint32_t magic, architecture, header_length, checksum;
    uint16_t req_type, req_flags;
    uint32_t req_size, req[4];

    uint16_t end_type, end_flags;
    uint32_t end_size;
};
#define MB2_LEN ((uint32_t)sizeof(struct mb2_header))
__attribute__((section(".multiboot"), used, aligned(8))) static const struct mb2_header header = {
    MB2_MAGIC, 0, MB2_LEN, -(MB2_MAGIC + MB2_LEN),
    1, 0, 8 + 16, {1, 2, 4, 6},
    0, 0, 8,
};
#endif

__asm__(".pushsection .text.start, \"ax\"\n"
        ".global _start\n"
        "_start:\n"
        "  mov $stack_top, %esp\n"
        "  push %ebx\n"
        "  push %eax\n"
        "  call kmain\n"
        "1: hlt\n"
        "  jmp 1b\n"
        ".popsection\n"
        ".pushsection .bss\n"
        ".align 16\n"
        "  .skip 16384\n"
        "stack_top:\n"
        ".popsection\n");

static volatile uint32_t bss_probe[1024];

static void common_checks(void)
{
    uint32_t cr0;
    __asm__ volatile("mov %%cr0, %0" : "=r"(cr0));
    check((cr0 & 0x80000001u) == 1, "protected mode, paging off");
    check(!(read_eflags() & 0x200), "interrupts off");
    volatile uint32_t *low = (volatile uint32_t *)0x600, *high = (volatile uint32_t *)0x100600;
    uint32_t saved = *low;
    *low = 0x11111111u;
    *high = 0x22222222u;
    check(*low == 0x11111111u, "A20 on");
    *low = saved;
    int zero = 1;
    for (int i = 0; i < 1024; i++)
        zero &= bss_probe[i] == 0;
    check(zero, ".bss zeroed");
}

static int str_eq(const char *a, const char *b)
{
    while (*a && *a == *b)
        a++, b++;
    return *a == *b;
}

struct mb1_info {
    uint32_t flags, mem_lower, mem_upper, boot_device, cmdline, mods_count, mods_addr;
    uint32_t syms[4], mmap_length, mmap_addr, drives_length, drives_addr, config_table;
    uint32_t boot_loader_name;
};

struct __attribute__((packed)) mb1_mmap {
    uint32_t size;
    uint64_t base, length;
    uint32_t type;
};

void kmain(uint32_t magic, uint32_t info)
{
    uint64_t usable = 0;
    uint32_t mem_lower = 0, mem_upper = 0;
    const char *cmdline = "", *loader = "";
    put_kv("eax", magic);
    common_checks();
#if MB == 1
    check(magic == 0x2BADB002u, "Multiboot 1 magic");
    const struct mb1_info *mbi = (const void *)info;
    check((mbi->flags & 0x245) == 0x245, "flags: mem, cmdline, mmap, loader name");
    mem_lower = mbi->mem_lower;
    mem_upper = mbi->mem_upper;
    cmdline = (const char *)mbi->cmdline;
    loader = (const char *)mbi->boot_loader_name;
    for (uint32_t p = mbi->mmap_addr; p < mbi->mmap_addr + mbi->mmap_length;) {
        const struct mb1_mmap *e = (const void *)p;
        if (e->type == 1)
            usable += e->length;
        p += e->size + 4;
    }
#else
    check(magic == 0x36D76289u, "Multiboot 2 magic");
    check(!(info & 7), "info 8-byte aligned");
    uint32_t total = *(const uint32_t *)info;
    int seen = 0;
    for (uint32_t p = info + 8; p < info + total;) {
        uint32_t type = ((const uint32_t *)p)[0], size = ((const uint32_t *)p)[1];
        if (type == 0)
            break;
        seen |= 1 << type;
        if (type == 1)
            cmdline = (const char *)(p + 8);
        else if (type == 2)
            loader = (const char *)(p + 8);
        else if (type == 4) {
            mem_lower = ((const uint32_t *)p)[2];
            mem_upper = ((const uint32_t *)p)[3];
        } else if (type == 6) {
            uint32_t entry_size = ((const uint32_t *)p)[2];
            for (uint32_t e = p + 16; e < p + size; e += entry_size)
                if (*(const uint32_t *)(e + 16) == 1)
                    usable += *(const uint64_t *)(e + 8);
        }
        p += (size + 7) & ~7u;
    }
    check((seen & 0x56) == 0x56, "tags 1, 2, 4, 6");
#endif
    put_kv("mem_lower", mem_lower);
    put_kv("mem_upper", mem_upper);
    put_kv("usable", usable);
    put_str("cmdline=[");
    put_str(cmdline);
    put_str("]\nloader=[");
    put_str(loader);
    put_str("]\n");
    check(str_eq(loader, "longmode"), "loader name");
    check(mem_lower >= 600 && mem_lower <= 640, "mem_lower");
    check(mem_upper > 16 * 1024, "mem_upper");
    finish();
}
