//! The heap: `init_heap` maps its pages, then `Box`, `Vec` and many boxes
//! use the crate's global allocator.

#![no_std]
#![no_main]
#![feature(custom_test_frameworks)]
#![test_runner(seed_kernel::test_runner)]
#![reexport_test_harness_main = "test_main"]

extern crate alloc;

use alloc::boxed::Box;
use alloc::vec::Vec;
use core::panic::PanicInfo;

use seed_kernel::allocator::{self, HEAP_SIZE, HEAP_START};
use seed_kernel::bootinfo::BootInfo;
use seed_kernel::frames::BootInfoFrameAllocator;
use seed_kernel::paging::OffsetPageTable;

#[no_mangle]
pub extern "C" fn _start(info: &'static BootInfo) -> ! {
    seed_kernel::init();
    // SAFETY: the loader maps all physical memory at the offset; this is the
    // kernel's only mapper and frame allocator, and the heap is set up once.
    unsafe {
        let mut tables = OffsetPageTable::new(info.physical_memory_offset);
        let mut frames = BootInfoFrameAllocator::new(info.memory_map());
        allocator::init_heap(&mut tables, &mut frames).expect("the heap maps");
    }
    test_main();
    seed_kernel::halt()
}

#[panic_handler]
fn panic(info: &PanicInfo) -> ! {
    seed_kernel::test_panic_handler(info)
}

fn in_heap(address: usize) -> bool {
    (HEAP_START as usize..HEAP_START as usize + HEAP_SIZE).contains(&address)
}

#[test_case]
fn boxes_hold_their_values_in_the_heap() {
    let one = Box::new(41);
    let two = Box::new(13);
    assert_eq!(*one + 1, 42);
    assert_eq!(*two, 13);
    assert!(in_heap(&*one as *const i32 as usize));
    assert_ne!(&*one as *const i32, &*two as *const i32);
}

#[test_case]
fn a_growing_vec_keeps_its_elements() {
    let n = 1000;
    let mut vec = Vec::new();
    for i in 0..n {
        vec.push(i);
    }
    assert_eq!(vec.iter().sum::<u64>(), (n - 1) * n / 2);
    assert!(in_heap(vec.as_ptr() as usize));
}

#[test_case]
fn more_boxes_than_the_heap_holds_at_once_fit_one_after_another() {
    for i in 0..HEAP_SIZE / 8 {
        let x = Box::new(i);
        assert_eq!(*x, i);
    }
}

#[test_case]
fn a_long_lived_box_does_not_stop_freed_memory_from_being_reused() {
    let long_lived = Box::new(1);
    for i in 0..HEAP_SIZE / 8 {
        let x = Box::new(i);
        assert_eq!(*x, i);
    }
    assert_eq!(*long_lived, 1);
}

#[test_case]
fn a_block_as_large_as_half_the_heap_comes_and_goes_twice() {
    for _ in 0..2 {
        let block: Box<[u8]> = alloc::vec![7u8; HEAP_SIZE / 2].into_boxed_slice();
        assert!(block.iter().all(|&b| b == 7));
    }
}
