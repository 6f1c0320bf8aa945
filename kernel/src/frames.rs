//! Physical frames for new page tables and pages: handed out, 4 KiB at a
//! time, from the `USABLE` regions of the boot information's memory map.
//! Frames are never given back.

use crate::bootinfo::{memory_type, MemoryRegion};
use crate::paging::{PhysAddr, PAGE_SIZE};

/// A source of free 4 KiB frames.
pub trait FrameAllocator {
    /// A frame nothing uses, or `None` when there are no more.
    fn allocate_frame(&mut self) -> Option<PhysAddr>;
}

/// Hands out the usable frames of a memory map in address order, frame 0 left out.
pub struct BootInfoFrameAllocator {
    regions: &'static [MemoryRegion],
    /// The region the next frame comes from.
    region: usize,
    /// The next frame to hand out, if it lies in that region.
    next: u64,
}

impl BootInfoFrameAllocator {
    /// An allocator over `regions`.
    ///
    /// # Safety
    /// The `USABLE` regions must be free memory, and no other allocator may
    /// hand out frames from them.
    pub unsafe fn new(regions: &'static [MemoryRegion]) -> BootInfoFrameAllocator {
        BootInfoFrameAllocator { regions, region: 0, next: PAGE_SIZE }
    }

    /// The usable bytes left.
    pub fn remaining(&self) -> u64 {
        self.regions[self.region.min(self.regions.len())..]
            .iter()
            .filter(|r| r.r#type == memory_type::USABLE)
            .map(|r| (r.base + r.length).saturating_sub(self.next.max(r.base)))
            .sum()
    }
}

impl FrameAllocator for BootInfoFrameAllocator {
    fn allocate_frame(&mut self) -> Option<PhysAddr> {
        while let Some(region) = self.regions.get(self.region) {
            if region.r#type == memory_type::USABLE {
                // Usable regions start and end on 4 KiB boundaries (boot protocol).
                let frame = self.next.max(region.base);
                if frame + PAGE_SIZE <= region.base + region.length {
                    self.next = frame + PAGE_SIZE;
                    return Some(PhysAddr(frame));
                }
            }
            self.region += 1;
        }
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn region(base: u64, length: u64, r#type: u32) -> MemoryRegion {
        MemoryRegion { base, length, r#type, attributes: 0 }
    }

    #[test_case]
    fn frames_come_from_usable_regions_in_order_without_frame_zero() {
        static mut MAP: [MemoryRegion; 4] =
            [MemoryRegion { base: 0, length: 0, r#type: 0, attributes: 0 }; 4];
        // SAFETY: only this test touches MAP.
        let map = unsafe {
            let map = &mut *core::ptr::addr_of_mut!(MAP);
            map[0] = region(0, 0x2000, memory_type::USABLE);
            map[1] = region(0x2000, 0x1000, memory_type::RESERVED);
            map[2] = region(0x10_0000, 0x2000, memory_type::USABLE);
            map[3] = region(0x20_0000, 0x1000, memory_type::KERNEL);
            &*map
        };
        // SAFETY: the map is made up; no frame is used.
        let mut frames = unsafe { BootInfoFrameAllocator::new(map) };
        assert_eq!(frames.remaining(), 0x3000);
        assert_eq!(frames.allocate_frame(), Some(PhysAddr(0x1000)));
        assert_eq!(frames.allocate_frame(), Some(PhysAddr(0x10_0000)));
        assert_eq!(frames.allocate_frame(), Some(PhysAddr(0x10_1000)));
        assert_eq!(frames.allocate_frame(), None);
        assert_eq!(frames.remaining(), 0);
    }
}
