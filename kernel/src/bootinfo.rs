//! The longmode boot protocol, version 1: the structure RDI points to
//! at the kernel's entry. Generated from src/longmode/boot/bootinfo.py (see
//! docs/boot-protocol.md); do not edit: a test compares this file.
#![allow(dead_code)]

/// The bytes `LONGMODE`.
pub const MAGIC: u64 = 0x45444f4d474e4f4c;
/// Layout version.
pub const VERSION: u32 = 1;
/// Where all physical memory is mapped.
pub const PHYS_OFFSET: u64 = 0xffff800000000000;

/// Memory-map entry types (other values: unknown E820 types, passed through).
pub mod memory_type {
    pub const USABLE: u32 = 0x1;
    pub const RESERVED: u32 = 0x2;
    pub const ACPI_RECLAIMABLE: u32 = 0x3;
    pub const ACPI_NVS: u32 = 0x4;
    pub const BAD_MEMORY: u32 = 0x5;
    pub const BOOTLOADER: u32 = 0x1000;
    pub const KERNEL: u32 = 0x1001;
    pub const PAGE_TABLES: u32 = 0x1002;
    pub const KERNEL_STACK: u32 = 0x1003;
    pub const BOOT_INFO: u32 = 0x1004;
}

/// One memory-map entry.
#[repr(C)]
#[derive(Clone, Copy, Debug)]
pub struct MemoryRegion {
    /// physical start
    pub base: u64,
    /// bytes
    pub length: u64,
    /// a MemoryType value (or an unknown E820 type)
    pub r#type: u32,
    /// zero
    pub attributes: u32,
}

/// The boot information.
#[repr(C)]
#[derive(Debug)]
pub struct BootInfo {
    /// MAGIC: the bytes `LONGMODE`
    pub magic: u64,
    /// VERSION of this layout
    pub version: u32,
    /// size of this structure in bytes
    pub size: u32,
    /// virtual address where physical address 0 is mapped
    pub physical_memory_offset: u64,
    /// bytes of physical memory mapped at that offset
    pub physical_memory_mapped: u64,
    /// physical address of the memory-map entries
    pub memory_map: u64,
    /// number of memory-map entries
    pub memory_map_count: u32,
    /// size of one memory-map entry (24)
    pub memory_map_entry_size: u32,
    /// physical address of the ACPI RSDP, 0 if none was found
    pub rsdp: u64,
    /// lowest physical address of the kernel's segments
    pub kernel_phys_start: u64,
    /// end of the kernel's segments (physical)
    pub kernel_phys_end: u64,
    /// lowest virtual address of the kernel's segments
    pub kernel_virt_start: u64,
    /// end of the kernel's segments (virtual)
    pub kernel_virt_end: u64,
    /// the ELF entry point
    pub kernel_entry: u64,
    /// lowest address of the kernel stack (guard page below)
    pub stack_bottom: u64,
    /// initial RSP + 8
    pub stack_top: u64,
    /// physical address of the NUL-terminated command line
    pub command_line: u64,
    /// its length in bytes, without the NUL
    pub command_line_len: u32,
    /// BIOS drive number booted from
    pub boot_drive: u8,
    /// 1 = VGA text, 2 = framebuffer
    pub display_kind: u8,
    /// zero
    pub reserved0: u16,
    /// physical address of the VGA text buffer
    pub text_buffer: u64,
    /// text columns
    pub text_columns: u16,
    /// text rows
    pub text_rows: u16,
    /// cursor column when the kernel starts
    pub cursor_column: u16,
    /// cursor row when the kernel starts
    pub cursor_row: u16,
    /// physical address of a linear framebuffer (0 in text mode)
    pub framebuffer: u64,
    /// pixels
    pub framebuffer_width: u32,
    /// pixels
    pub framebuffer_height: u32,
    /// bytes per line
    pub framebuffer_pitch: u32,
    /// bits per pixel
    pub framebuffer_bpp: u8,
    /// zero
    pub reserved1: u8,
    /// zero
    pub reserved2: u16,
    /// physical address of the PML4 (CR3)
    pub page_table_root: u64,
    /// end of the page tables the loader allocated
    pub page_tables_end: u64,
    /// bit 0: NX enabled; bit 1: 1 GiB pages used
    pub cpu_features: u32,
    /// zero
    pub reserved3: u32,
}

impl BootInfo {
    /// The memory map (physical addresses are identity-mapped below 4 GiB).
    ///
    /// # Safety
    /// `self` must be the structure the loader passed in RDI.
    pub unsafe fn memory_map(&self) -> &[MemoryRegion] {
        core::slice::from_raw_parts(
            self.memory_map as *const MemoryRegion,
            self.memory_map_count as usize,
        )
    }
}

const _: () = assert!(core::mem::size_of::<BootInfo>() == 192);
const _: () = assert!(core::mem::size_of::<MemoryRegion>() == 24);
