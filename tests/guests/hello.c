/* A 32-bit Multiboot 1 kernel for the real-guest tests: real bootloaders (GRUB 2,
 * SYSLINUX's mboot.c32) load it. It says on COM1 which loader started it and with
 * which command line, then leaves through isa-debug-exit: 0x10 (exit status 33)
 * when the loader passed the Multiboot magic and info, 0x11 (status 35) if not.
 *
 * Built by build.py: gcc -m32 -ffreestanding -nostdlib, ld -m elf_i386 -T hello.ld. */

typedef unsigned char uint8_t;
typedef unsigned short uint16_t;
typedef unsigned int uint32_t;

#define MULTIBOOT_HEADER_MAGIC 0x1BADB002u
#define MULTIBOOT_BOOTLOADER_MAGIC 0x2BADB002u
#define MULTIBOOT_PAGE_ALIGN (1u << 0)
#define MULTIBOOT_MEMORY_INFO (1u << 1)
#define MULTIBOOT_HEADER_FLAGS (MULTIBOOT_PAGE_ALIGN | MULTIBOOT_MEMORY_INFO)
/* multiboot_info.flags bits (Multiboot 0.6.96, section 3.3) */
#define MULTIBOOT_INFO_CMDLINE (1u << 2)
#define MULTIBOOT_INFO_BOOT_LOADER_NAME (1u << 9)

#define COM1 0x3F8
#define UART_LSR 5             /* line status register */
#define UART_LSR_THRE 0x20     /* transmitter holding register empty */
#define DEBUG_EXIT_PORT 0xF4   /* QEMU's isa-debug-exit: status = (value << 1) | 1 */
#define EXIT_OK 0x10
#define EXIT_FAILED 0x11

struct multiboot_header {
    uint32_t magic, flags, checksum;
};

/* The fields of multiboot_info up to boot_loader_name (the only ones read here). */
struct multiboot_info {
    uint32_t flags, mem_lower, mem_upper, boot_device, cmdline;
    uint32_t mods_count, mods_addr, syms[4], mmap_length, mmap_addr;
    uint32_t drives_length, drives_addr, config_table, boot_loader_name;
};

__attribute__((section(".multiboot"), used, aligned(4)))
static const struct multiboot_header header = {
    MULTIBOOT_HEADER_MAGIC, MULTIBOOT_HEADER_FLAGS,
    -(MULTIBOOT_HEADER_MAGIC + MULTIBOOT_HEADER_FLAGS),
};

__asm__(".pushsection .text.start, \"ax\"\n"
        ".global _start\n"
        "_start:\n"
        "  mov $stack_top, %esp\n"
        "  push %ebx\n"
        "  push %eax\n"
        "  call kmain\n"
        "1: cli\n"
        "  hlt\n"
        "  jmp 1b\n"
        ".popsection\n"
        ".pushsection .bss\n"
        ".align 16\n"
        "  .skip 8192\n"
        "stack_top:\n"
        ".popsection\n");

static inline void outb(uint16_t port, uint8_t value)
{
    __asm__ volatile("outb %0, %1" : : "a"(value), "Nd"(port));
}

static inline uint8_t inb(uint16_t port)
{
    uint8_t value;
    __asm__ volatile("inb %1, %0" : "=a"(value) : "Nd"(port));
    return value;
}

static void put(const char *text)
{
    for (; *text; text++) {
        while (!(inb(COM1 + UART_LSR) & UART_LSR_THRE))
            ;
        outb(COM1, (uint8_t)*text);
    }
}

static const char *string_field(const struct multiboot_info *info, uint32_t flag, uint32_t address)
{
    return (info->flags & flag) && address ? (const char *)address : "(none)";
}

void kmain(uint32_t magic, const struct multiboot_info *info)
{
    if (magic != MULTIBOOT_BOOTLOADER_MAGIC) {
        put("hello: no Multiboot magic in EAX\n");
        outb(DEBUG_EXIT_PORT, EXIT_FAILED);
        return;
    }
    put("hello: Multiboot kernel started by ");
    put(string_field(info, MULTIBOOT_INFO_BOOT_LOADER_NAME, info->boot_loader_name));
    put(", command line: ");
    put(string_field(info, MULTIBOOT_INFO_CMDLINE, info->cmdline));
    put("\n");
    outb(DEBUG_EXIT_PORT, EXIT_OK);
}
