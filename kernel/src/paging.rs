//! 4-level paging (Intel SDM vol. 3, 4.5 "4-Level Paging"): page-table entries,
//! tables, and the kernel's view of the tables in CR3 through the boot
//! protocol's map of all physical memory (`physical_memory_offset`): a
//! table's physical address plus the offset is where the kernel reads it.
//!
//! [`OffsetPageTable::translate`] walks the tables, large pages included (the
//! loader maps low memory and the physical-memory map with 1 GiB or 2 MiB
//! pages); [`OffsetPageTable::map_to`] maps a 4 KiB page, taking frames for the
//! tables it lacks from a [`FrameAllocator`].

use core::fmt;

use crate::cpu;
use crate::frames::FrameAllocator;

/// Bytes in a page (and in a frame).
pub const PAGE_SIZE: u64 = 4096;
/// Entries in a page table.
pub const ENTRIES: usize = 512;

/// A page-table entry's flags (SDM vol. 3, tables 4-15 to 4-20).
pub mod flags {
    /// Bit 0: the entry maps something.
    pub const PRESENT: u64 = 1 << 0;
    /// Bit 1: writes allowed (with CR0.WP, for the kernel too).
    pub const WRITABLE: u64 = 1 << 1;
    /// Bit 2: user mode may access.
    pub const USER: u64 = 1 << 2;
    /// Bit 3: write-through caching.
    pub const WRITE_THROUGH: u64 = 1 << 3;
    /// Bit 4: caching disabled.
    pub const NO_CACHE: u64 = 1 << 4;
    /// Bit 5: set by the CPU on an access.
    pub const ACCESSED: u64 = 1 << 5;
    /// Bit 6: set by the CPU on a write (to a page).
    pub const DIRTY: u64 = 1 << 6;
    /// Bit 7 in a level-3 or level-2 entry: a 1 GiB or 2 MiB page, not a table.
    pub const HUGE_PAGE: u64 = 1 << 7;
    /// Bit 8: kept in the TLB across CR3 loads (with CR4.PGE).
    pub const GLOBAL: u64 = 1 << 8;
    /// Bit 63: no instruction fetch (with EFER.NXE).
    pub const NO_EXECUTE: u64 = 1 << 63;
}

/// Bits 12-51 of an entry: the physical address of a frame or a table.
const ADDRESS_MASK: u64 = 0x000F_FFFF_FFFF_F000;

/// A physical address.
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
#[repr(transparent)]
pub struct PhysAddr(pub u64);

/// A virtual address (canonical: bits 48-63 copy bit 47).
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
#[repr(transparent)]
pub struct VirtAddr(pub u64);

impl fmt::Debug for PhysAddr {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "PhysAddr({:#x})", self.0)
    }
}

impl fmt::Debug for VirtAddr {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "VirtAddr({:#x})", self.0)
    }
}

impl VirtAddr {
    /// The address of `pointer`.
    pub fn of<T: ?Sized>(pointer: *const T) -> VirtAddr {
        VirtAddr(pointer as *const u8 as u64)
    }

    /// The index into the table of `level` (4 = PML4 ... 1 = page table).
    pub const fn table_index(self, level: u32) -> usize {
        (self.0 >> (12 + 9 * (level - 1)) & 0x1FF) as usize
    }

    /// Whether bits 48-63 copy bit 47, as the CPU demands.
    pub const fn is_canonical(self) -> bool {
        let top = self.0 >> 47;
        top == 0 || top == 0x1_FFFF
    }
}

/// One entry of a page table at any level.
#[derive(Clone, Copy, PartialEq, Eq)]
#[repr(transparent)]
pub struct PageTableEntry(u64);

impl PageTableEntry {
    /// An entry that maps nothing.
    pub const UNUSED: PageTableEntry = PageTableEntry(0);

    /// An entry for `address` (4 KiB aligned) with `flags`.
    pub const fn new(address: PhysAddr, flags: u64) -> PageTableEntry {
        PageTableEntry(address.0 & ADDRESS_MASK | flags & !ADDRESS_MASK)
    }

    /// The entry's bits.
    pub const fn bits(self) -> u64 {
        self.0
    }

    /// The flags (every bit outside the address).
    pub const fn flags(self) -> u64 {
        self.0 & !ADDRESS_MASK
    }

    /// The frame or table it points at.
    pub const fn address(self) -> PhysAddr {
        PhysAddr(self.0 & ADDRESS_MASK)
    }

    /// Whether [`flags::PRESENT`] is set.
    pub const fn is_present(self) -> bool {
        self.0 & flags::PRESENT != 0
    }

    /// Whether it maps a large page (levels 3 and 2).
    pub const fn is_huge(self) -> bool {
        self.0 & flags::HUGE_PAGE != 0
    }
}

impl fmt::Debug for PageTableEntry {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "PageTableEntry({:#x}, flags {:#x})", self.address().0, self.flags())
    }
}

/// A page table of any level: 512 entries in one 4 KiB frame.
#[repr(C, align(4096))]
pub struct PageTable {
    /// The entries, indexed by nine bits of the virtual address.
    pub entries: [PageTableEntry; ENTRIES],
}

/// Why [`OffsetPageTable::map_to`] did not map a page.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MapError {
    /// The page is already mapped, to this frame.
    AlreadyMapped(PhysAddr),
    /// A large page covers the page, so there is no table to put it in.
    InsideHugePage,
    /// The frame allocator had no frame for a missing table.
    NoFrameForTable,
    /// The page or the frame is not 4 KiB aligned, or the page is not canonical.
    BadAddress,
}

/// The tables in CR3, read and written through the physical-memory map.
pub struct OffsetPageTable {
    /// The virtual address where physical address 0 is mapped.
    offset: u64,
    /// The level-4 table's physical address.
    root: PhysAddr,
}

impl OffsetPageTable {
    /// The tables in CR3, seen through the map of physical memory at
    /// `physical_memory_offset` (the boot info's field).
    ///
    /// # Safety
    /// All physical memory the tables use must be mapped at that offset, and
    /// nothing else may change the tables while this value is in use.
    pub unsafe fn new(physical_memory_offset: u64) -> OffsetPageTable {
        OffsetPageTable {
            offset: physical_memory_offset,
            root: PhysAddr(cpu::read_cr3() & ADDRESS_MASK),
        }
    }

    /// The level-4 table's physical address (CR3).
    pub fn root(&self) -> PhysAddr {
        self.root
    }

    /// Where the kernel sees physical address `address`.
    pub fn virtual_of(&self, address: PhysAddr) -> VirtAddr {
        VirtAddr(self.offset + address.0)
    }

    fn table(&self, address: PhysAddr) -> *mut PageTable {
        self.virtual_of(address).0 as *mut PageTable
    }

    fn entry(&self, table: PhysAddr, index: usize) -> PageTableEntry {
        // SAFETY: `table` is a page table (CR3 or a present non-huge entry), mapped
        // at the offset (new's contract); index < 512.
        unsafe { (*self.table(table)).entries[index] }
    }

    /// The physical address `address` maps to, or `None` when a table on the
    /// way has no present entry for it. Large pages are followed.
    pub fn translate(&self, address: VirtAddr) -> Option<PhysAddr> {
        if !address.is_canonical() {
            return None;
        }
        let mut table = self.root;
        for level in (1..=4).rev() {
            let entry = self.entry(table, address.table_index(level));
            if !entry.is_present() {
                return None;
            }
            // A level-3 entry with HUGE_PAGE maps 1 GiB, a level-2 one 2 MiB.
            if level == 1 || (entry.is_huge() && level <= 3) {
                let page_bits = 12 + 9 * (level - 1);
                let offset = address.0 & ((1 << page_bits) - 1);
                let base = entry.address().0 & !((1 << page_bits) - 1);
                return Some(PhysAddr(base + offset));
            }
            table = entry.address();
        }
        None
    }

    /// Maps the 4 KiB page at `page` to `frame` with `flags` (PRESENT is
    /// added), making the tables on the way from frames of `frames`, and drops
    /// the page's TLB entry.
    ///
    /// # Safety
    /// `frame` must be memory nothing else uses (or, for device memory, that
    /// writing it through `page` is what the caller wants); mapping it at a
    /// second page makes two names for one memory.
    pub unsafe fn map_to(
        &mut self,
        page: VirtAddr,
        frame: PhysAddr,
        flags: u64,
        frames: &mut impl FrameAllocator,
    ) -> Result<(), MapError> {
        if page.0 % PAGE_SIZE != 0 || frame.0 % PAGE_SIZE != 0 || !page.is_canonical() {
            return Err(MapError::BadAddress);
        }
        // The tables on the way are writable and user-accessible if the page is:
        // the last level decides.
        let table_flags = flags::PRESENT | flags::WRITABLE | flags & flags::USER;
        let mut table = self.root;
        for level in (2..=4).rev() {
            let index = page.table_index(level);
            let entry = self.entry(table, index);
            table = if !entry.is_present() {
                let new = frames.allocate_frame().ok_or(MapError::NoFrameForTable)?;
                // SAFETY: a fresh frame from the allocator, mapped at the offset:
                // zeroed before it becomes a table.
                unsafe {
                    core::ptr::write_bytes(self.table(new), 0, 1);
                    (*self.table(table)).entries[index] = PageTableEntry::new(new, table_flags);
                }
                new
            } else if entry.is_huge() {
                return Err(MapError::InsideHugePage);
            } else {
                if entry.flags() & table_flags != table_flags {
                    // SAFETY: widening the rights of a table entry maps nothing new.
                    unsafe {
                        (*self.table(table)).entries[index] =
                            PageTableEntry::new(entry.address(), entry.flags() | table_flags);
                    }
                }
                entry.address()
            };
        }
        let index = page.table_index(1);
        let entry = self.entry(table, index);
        if entry.is_present() {
            return Err(MapError::AlreadyMapped(entry.address()));
        }
        // SAFETY: the level-1 table, mapped at the offset; the caller vouches for the frame.
        unsafe {
            (*self.table(table)).entries[index] =
                PageTableEntry::new(frame, flags | flags::PRESENT);
        }
        cpu::invlpg(page.0);
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test_case]
    fn an_address_splits_into_four_nine_bit_indices() {
        // PML4 slot 256 (the physical-memory map), then 1, 2, 3, offset 0x45.
        let address = VirtAddr(0xffff_8000_4040_3045);
        assert_eq!(address.table_index(4), 256);
        assert_eq!(address.table_index(3), 1);
        assert_eq!(address.table_index(2), 2);
        assert_eq!(address.table_index(1), 3);
        assert!(address.is_canonical());
        assert!(!VirtAddr(0x0000_8000_0000_0000).is_canonical());
    }

    #[test_case]
    fn an_entry_keeps_the_address_and_the_flags_apart() {
        let entry = PageTableEntry::new(
            PhysAddr(0x12_3456_7000),
            flags::PRESENT | flags::WRITABLE | flags::NO_EXECUTE,
        );
        assert_eq!(entry.bits(), 0x8000_0012_3456_7003);
        assert_eq!(entry.address(), PhysAddr(0x12_3456_7000));
        assert!(entry.is_present() && !entry.is_huge());
    }
}
