/* An example 64-bit kernel in C for the longmode boot protocol: prints the
 * command line and the memory map on the VGA text screen and on COM1, then
 * exits QEMU through isa-debug-exit (status 33). Build and run:
 *
 *   gcc -m64 -ffreestanding -nostdlib -mno-red-zone -mgeneral-regs-only \
 *       -mcmodel=kernel -fno-pic -fno-stack-protector -O2 -I.. -c kernel.c
 *   ld -nostdlib -static -z max-page-size=0x1000 -T linker.ld kernel.o -o kernel.elf
 *   longmode image kernel.elf -o disk.img --cmdline "hello from the command line"
 *   qemu-system-x86_64 -drive format=raw,file=disk.img -serial stdio -display none \
 *       -device isa-debug-exit,iobase=0xf4,iosize=0x04 -no-reboot
 *
 * It is linked in the higher half (0xffffffff80100000, loaded at 1 MiB) and
 * reaches the VGA buffer through the physical-memory offset, so it would keep
 * working after the kernel drops the identity map. */
#include <stdint.h>

#include "longmode_boot.h"

static volatile uint16_t *screen;
static int column, row;

static void outb(uint16_t port, uint8_t value)
{
    __asm__ volatile("outb %0, %1" : : "a"(value), "Nd"(port));
}

static uint8_t inb(uint16_t port)
{
    uint8_t value;
    __asm__ volatile("inb %1, %0" : "=a"(value) : "Nd"(port));
    return value;
}

static void put_char(char c)
{
    while (!(inb(0x3F8 + 5) & 0x20))
        ;
    outb(0x3F8, (uint8_t)c);
    if (c == '\n' || column == 80) {
        column = 0;
        row = (row + 1) % 25;
    }
    if (c != '\n')
        screen[row * 80 + column++] = (uint16_t)(0x0B00 | (uint8_t)c);
}

static void put_str(const char *s)
{
    while (*s)
        put_char(*s++);
}

static void put_hex(uint64_t value, int digits)
{
    for (int shift = (digits - 1) * 4; shift >= 0; shift -= 4)
        put_char("0123456789abcdef"[(value >> shift) & 15]);
}

static const char *type_name(uint32_t type)
{
    switch (type) {
    case LONGMODE_MEMORY_USABLE: return "usable";
    case LONGMODE_MEMORY_RESERVED: return "reserved";
    case LONGMODE_MEMORY_ACPI_RECLAIMABLE: return "ACPI reclaimable";
    case LONGMODE_MEMORY_ACPI_NVS: return "ACPI NVS";
    case LONGMODE_MEMORY_BAD_MEMORY: return "bad";
    case LONGMODE_MEMORY_BOOTLOADER: return "bootloader";
    case LONGMODE_MEMORY_KERNEL: return "kernel";
    case LONGMODE_MEMORY_PAGE_TABLES: return "page tables";
    case LONGMODE_MEMORY_KERNEL_STACK: return "kernel stack";
    case LONGMODE_MEMORY_BOOT_INFO: return "boot info";
    default: return "unknown";
    }
}

void _start(const struct longmode_boot_info *info)
{
    screen = (volatile uint16_t *)(info->physical_memory_offset + info->text_buffer);
    row = info->cursor_row;
    column = info->cursor_column;
    if (info->magic != LONGMODE_BOOT_MAGIC || info->version < 1) {
        put_str("not booted by longmode\n");
        for (;;)
            __asm__ volatile("cli; hlt");
    }
    put_str("cmdline: ");
    put_str((const char *)(info->physical_memory_offset + info->command_line));
    put_str("\n");
    const struct longmode_memory_region *map =
        (const void *)(info->physical_memory_offset + info->memory_map);
    uint64_t usable = 0;
    for (uint32_t i = 0; i < info->memory_map_count; i++) {
        put_hex(map[i].base, 12);
        put_char('-');
        put_hex(map[i].base + map[i].length, 12);
        put_char(' ');
        put_str(type_name(map[i].type));
        put_char('\n');
        if (map[i].type == LONGMODE_MEMORY_USABLE)
            usable += map[i].length;
    }
    put_str("usable: ");
    put_hex(usable >> 20, 6);
    put_str(" MiB\n");
    __asm__ volatile("outl %0, %1" : : "a"(0x10u), "Nd"((uint16_t)0xF4));
    for (;;)
        __asm__ volatile("cli; hlt");
}
