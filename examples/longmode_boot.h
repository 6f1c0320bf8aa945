/* longmode boot protocol, version 1: the structure RDI points to at the
 * kernel's entry. Generated from src/longmode/boot/bootinfo.py; see
 * docs/boot-protocol.md. Do not edit: a test compares this file. */
#ifndef LONGMODE_BOOT_H
#define LONGMODE_BOOT_H

#include <stdint.h>

#define LONGMODE_BOOT_MAGIC UINT64_C(0x45444f4d474e4f4c) /* "LONGMODE" */
#define LONGMODE_BOOT_VERSION 1
#define LONGMODE_PHYS_OFFSET UINT64_C(0xffff800000000000)

#define LONGMODE_MEMORY_USABLE 0x1
#define LONGMODE_MEMORY_RESERVED 0x2
#define LONGMODE_MEMORY_ACPI_RECLAIMABLE 0x3
#define LONGMODE_MEMORY_ACPI_NVS 0x4
#define LONGMODE_MEMORY_BAD_MEMORY 0x5
#define LONGMODE_MEMORY_BOOTLOADER 0x1000
#define LONGMODE_MEMORY_KERNEL 0x1001
#define LONGMODE_MEMORY_PAGE_TABLES 0x1002
#define LONGMODE_MEMORY_KERNEL_STACK 0x1003
#define LONGMODE_MEMORY_BOOT_INFO 0x1004

struct longmode_memory_region {
    uint64_t base; /* physical start */
    uint64_t length; /* bytes */
    uint32_t type; /* a MemoryType value (or an unknown E820 type) */
    uint32_t attributes; /* zero */
};

struct longmode_boot_info {
    uint64_t magic; /* MAGIC: the bytes `LONGMODE` */
    uint32_t version; /* VERSION of this layout */
    uint32_t size; /* size of this structure in bytes */
    uint64_t physical_memory_offset; /* virtual address where physical address 0 is mapped */
    uint64_t physical_memory_mapped; /* bytes of physical memory mapped at that offset */
    uint64_t memory_map; /* physical address of the memory-map entries */
    uint32_t memory_map_count; /* number of memory-map entries */
    uint32_t memory_map_entry_size; /* size of one memory-map entry (24) */
    uint64_t rsdp; /* physical address of the ACPI RSDP, 0 if none was found */
    uint64_t kernel_phys_start; /* lowest physical address of the kernel's segments */
    uint64_t kernel_phys_end; /* end of the kernel's segments (physical) */
    uint64_t kernel_virt_start; /* lowest virtual address of the kernel's segments */
    uint64_t kernel_virt_end; /* end of the kernel's segments (virtual) */
    uint64_t kernel_entry; /* the ELF entry point */
    uint64_t stack_bottom; /* lowest address of the kernel stack (guard page below) */
    uint64_t stack_top; /* initial RSP + 8 */
    uint64_t command_line; /* physical address of the NUL-terminated command line */
    uint32_t command_line_len; /* its length in bytes, without the NUL */
    uint8_t boot_drive; /* BIOS drive number booted from */
    uint8_t display_kind; /* 1 = VGA text, 2 = framebuffer */
    uint16_t reserved0; /* zero */
    uint64_t text_buffer; /* physical address of the VGA text buffer */
    uint16_t text_columns; /* text columns */
    uint16_t text_rows; /* text rows */
    uint16_t cursor_column; /* cursor column when the kernel starts */
    uint16_t cursor_row; /* cursor row when the kernel starts */
    uint64_t framebuffer; /* physical address of a linear framebuffer (0 in text mode) */
    uint32_t framebuffer_width; /* pixels */
    uint32_t framebuffer_height; /* pixels */
    uint32_t framebuffer_pitch; /* bytes per line */
    uint8_t framebuffer_bpp; /* bits per pixel */
    uint8_t reserved1; /* zero */
    uint16_t reserved2; /* zero */
    uint64_t page_table_root; /* physical address of the PML4 (CR3) */
    uint64_t page_tables_end; /* end of the page tables the loader allocated */
    uint32_t cpu_features; /* bit 0: NX enabled; bit 1: 1 GiB pages used */
    uint32_t reserved3; /* zero */
};

_Static_assert(sizeof(struct longmode_boot_info) == 192, "layout");
_Static_assert(sizeof(struct longmode_memory_region) == 24, "layout");

#endif
