//! The kernel heap: [`HEAP_SIZE`] bytes of pages mapped at [`HEAP_START`] by
//! [`init_heap`], handed out by a first-fit free list kept in address order
//! (neighbouring free blocks merge when a block is freed), behind a spin lock.
//! It is the crate's `#[global_allocator]`, so `Box`, `Vec` and the rest of
//! `alloc` work once [`init_heap`] has run (before that every allocation fails).

use core::alloc::{GlobalAlloc, Layout};
use core::ptr::null_mut;

use crate::frames::FrameAllocator;
use crate::paging::{flags, MapError, OffsetPageTable, VirtAddr, PAGE_SIZE};
use crate::sync::SpinLock;

/// Where the heap starts: PML4 slot 192, which the loader leaves empty.
pub const HEAP_START: u64 = 0x0000_6000_0000_0000;
/// The heap's size: 32 pages.
pub const HEAP_SIZE: usize = 128 * 1024;

/// Blocks are multiples of this, and this aligned: room for a free block's header.
const BLOCK: usize = 16;

/// A free block's header, at its start.
struct FreeBlock {
    size: usize,
    next: *mut FreeBlock,
}

const _: () = assert!(core::mem::size_of::<FreeBlock>() <= BLOCK);

/// A first-fit allocator over free blocks linked in address order.
pub struct FreeListHeap {
    /// The free block with the lowest address, null when none is free.
    head: *mut FreeBlock,
}

// SAFETY: the heap's memory belongs to the allocator alone; the raw pointers are
// only followed by its owner (the global one's: under its lock).
unsafe impl Send for FreeListHeap {}

impl FreeListHeap {
    /// A heap with no memory: every allocation fails until [`FreeListHeap::add_region`].
    pub const fn empty() -> FreeListHeap {
        FreeListHeap { head: null_mut() }
    }

    /// Gives the heap the `size` bytes at `start` (trimmed to whole blocks).
    ///
    /// # Safety
    /// The memory must be mapped, writable and unused, for as long as the heap lives.
    pub unsafe fn add_region(&mut self, start: usize, size: usize) {
        let first = start.next_multiple_of(BLOCK);
        let end = (start + size) / BLOCK * BLOCK;
        if end > first {
            // SAFETY: the caller gives this memory to the heap.
            unsafe { self.insert(first, end - first) };
        }
    }

    /// The block size and alignment a layout takes.
    fn block_of(layout: Layout) -> (usize, usize) {
        (layout.size().max(1).next_multiple_of(BLOCK), layout.align().max(BLOCK))
    }

    /// First fit: the lowest free block that holds an aligned block of the
    /// layout's size; what is left before and after it stays free.
    pub fn allocate(&mut self, layout: Layout) -> *mut u8 {
        let (size, align) = Self::block_of(layout);
        let mut link: *mut *mut FreeBlock = &mut self.head;
        // SAFETY: every pointer in the list is a free block's header, inside memory
        // the heap was given; blocks do not overlap.
        unsafe {
            while !(*link).is_null() {
                let block = *link;
                let start = block as usize;
                let end = start + (*block).size;
                let mut at = start.next_multiple_of(align);
                if at != start && at - start < BLOCK {
                    at = (start + BLOCK).next_multiple_of(align);
                }
                if at.checked_add(size).is_some_and(|stop| stop <= end) {
                    let next = (*block).next;
                    *link = next;
                    // The tail first, then the head: each goes back in order.
                    if at + size < end {
                        self.insert(at + size, end - at - size);
                    }
                    if at > start {
                        self.insert(start, at - start);
                    }
                    return at as *mut u8;
                }
                link = &mut (*block).next;
            }
        }
        null_mut()
    }

    /// Gives back a block [`FreeListHeap::allocate`] returned for `layout`.
    ///
    /// # Safety
    /// `pointer` came from `allocate` on this heap with this layout and is not used any more.
    pub unsafe fn deallocate(&mut self, pointer: *mut u8, layout: Layout) {
        let (size, _) = Self::block_of(layout);
        // SAFETY: the block is the heap's again.
        unsafe { self.insert(pointer as usize, size) };
    }

    /// Puts the free block `[start, start + size)` in the list, in address order,
    /// merged with the free blocks right before and after it.
    unsafe fn insert(&mut self, start: usize, size: usize) {
        let mut previous: *mut FreeBlock = null_mut();
        let mut next = self.head;
        // SAFETY: as in `allocate`; the new block is free memory of the heap,
        // aligned to BLOCK and at least BLOCK long.
        unsafe {
            while !next.is_null() && (next as usize) < start {
                previous = next;
                next = (*next).next;
            }
            let block = start as *mut FreeBlock;
            block.write(FreeBlock { size, next });
            if !next.is_null() && start + size == next as usize {
                (*block).size += (*next).size;
                (*block).next = (*next).next;
            }
            if previous.is_null() {
                self.head = block;
            } else if previous as usize + (*previous).size == start {
                (*previous).size += (*block).size;
                (*previous).next = (*block).next;
            } else {
                (*previous).next = block;
            }
        }
    }

    /// The free blocks, lowest first: (address, size). At most `N` are listed;
    /// the second value is how many there are.
    pub fn free_blocks<const N: usize>(&self) -> ([(usize, usize); N], usize) {
        let mut found = [(0, 0); N];
        let mut count = 0;
        let mut block = self.head;
        // SAFETY: as in `allocate`.
        unsafe {
            while !block.is_null() {
                if count < N {
                    found[count] = (block as usize, (*block).size);
                }
                count += 1;
                block = (*block).next;
            }
        }
        (found, count)
    }
}

// SAFETY: allocate returns blocks of at least the layout's size and alignment that
// no one else holds; deallocate takes back only what allocate gave.
unsafe impl GlobalAlloc for SpinLock<FreeListHeap> {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        self.lock().allocate(layout)
    }

    unsafe fn dealloc(&self, pointer: *mut u8, layout: Layout) {
        // SAFETY: the caller gives back a block `alloc` returned for this layout.
        unsafe { self.lock().deallocate(pointer, layout) }
    }
}

/// The kernel's heap.
#[global_allocator]
pub static ALLOCATOR: SpinLock<FreeListHeap> = SpinLock::new(FreeListHeap::empty());

/// Maps the heap's pages (writable, not executable) to fresh frames and hands
/// them to [`ALLOCATOR`].
///
/// # Safety
/// Once per boot; `mapper` and `frames` as their own constructors demand.
pub unsafe fn init_heap(
    mapper: &mut OffsetPageTable,
    frames: &mut impl FrameAllocator,
) -> Result<(), MapError> {
    let mut page = HEAP_START;
    while page < HEAP_START + HEAP_SIZE as u64 {
        let frame = frames.allocate_frame().ok_or(MapError::NoFrameForTable)?;
        // SAFETY: a fresh frame, mapped once, at a page of the heap's range only.
        unsafe {
            mapper.map_to(VirtAddr(page), frame, flags::WRITABLE | flags::NO_EXECUTE, frames)?;
        }
        page += PAGE_SIZE;
    }
    // SAFETY: the range was just mapped, and nothing else uses it.
    unsafe { ALLOCATOR.lock().add_region(HEAP_START as usize, HEAP_SIZE) };
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A small heap over a local buffer (the test kernel has no mapped heap).
    #[repr(C, align(4096))]
    struct Arena([u8; 1024]);

    fn layout(size: usize, align: usize) -> Layout {
        Layout::from_size_align(size, align).unwrap()
    }

    #[test_case]
    fn blocks_are_aligned_apart_and_merge_back_into_one() {
        let mut arena = Arena([0; 1024]);
        let base = arena.0.as_mut_ptr() as usize;
        let mut heap = FreeListHeap::empty();
        // SAFETY: the arena outlives the heap and is used by nothing else.
        unsafe { heap.add_region(base, 1024) };
        let a = heap.allocate(layout(24, 8));
        let b = heap.allocate(layout(64, 64));
        let c = heap.allocate(layout(1, 1));
        assert_eq!(a as usize, base);
        assert_eq!(b as usize, base + 64, "the first 64-aligned place after a's 32 bytes");
        assert_eq!(c as usize, base + 32, "first fit: the gap before b");
        assert_eq!(heap.free_blocks::<4>().1, 2, "after c, and after b");
        // SAFETY: each block came from this heap with this layout.
        unsafe {
            heap.deallocate(b, layout(64, 64));
            heap.deallocate(a, layout(24, 8));
            heap.deallocate(c, layout(1, 1));
        }
        let (blocks, count) = heap.free_blocks::<4>();
        assert_eq!((count, blocks[0]), (1, (base, 1024)));
    }

    #[test_case]
    fn an_allocation_larger_than_any_free_block_fails() {
        let mut arena = Arena([0; 1024]);
        let mut heap = FreeListHeap::empty();
        // SAFETY: as above.
        unsafe { heap.add_region(arena.0.as_mut_ptr() as usize, 1024) };
        assert!(heap.allocate(layout(1025, 8)).is_null());
        assert!(!heap.allocate(layout(1024, 8)).is_null());
        assert!(heap.allocate(layout(1, 1)).is_null());
    }
}
