//! Paging through the boot protocol's map of physical memory: addresses
//! translate by walking the tables in CR3 (large pages included), and a new
//! page maps to a frame from the memory map's usable regions.

#![no_std]
#![no_main]
#![feature(custom_test_frameworks)]
#![test_runner(seed_kernel::test_runner)]
#![reexport_test_harness_main = "test_main"]

use core::panic::PanicInfo;
use core::ptr::{read_volatile, write_volatile};
use core::sync::atomic::{AtomicPtr, Ordering};

use seed_kernel::bootinfo::{memory_type, BootInfo};
use seed_kernel::frames::{BootInfoFrameAllocator, FrameAllocator};
use seed_kernel::hw::VGA_TEXT_BUFFER;
use seed_kernel::paging::{flags, MapError, OffsetPageTable, PhysAddr, VirtAddr};
use seed_kernel::sync::SpinLock;
use seed_kernel::vga::Writer;

static BOOT_INFO: AtomicPtr<BootInfo> = AtomicPtr::new(core::ptr::null_mut());

#[no_mangle]
pub extern "C" fn _start(info: &'static BootInfo) -> ! {
    BOOT_INFO.store(info as *const BootInfo as *mut BootInfo, Ordering::Relaxed);
    // SAFETY: the loader's memory map; this is the kernel's only frame allocator.
    *FRAMES.lock() = Some(unsafe { BootInfoFrameAllocator::new(info.memory_map()) });
    seed_kernel::init();
    test_main();
    seed_kernel::halt()
}

#[panic_handler]
fn panic(info: &PanicInfo) -> ! {
    seed_kernel::test_panic_handler(info)
}

fn boot_info() -> &'static BootInfo {
    // SAFETY: set by _start from RDI before any test runs.
    unsafe { &*BOOT_INFO.load(Ordering::Relaxed) }
}

fn tables() -> OffsetPageTable {
    // SAFETY: the loader maps all physical memory at this offset; the tests run
    // one at a time, so no two of these values are used at once.
    unsafe { OffsetPageTable::new(boot_info().physical_memory_offset) }
}

/// The kernel's one frame allocator, shared by the tests (set up by _start).
static FRAMES: SpinLock<Option<BootInfoFrameAllocator>> = SpinLock::new(None);

#[test_case]
fn identity_mapped_addresses_translate_to_themselves() {
    let tables = tables();
    for address in [VGA_TEXT_BUFFER as u64, _start as *const () as u64, 0x1234_5678] {
        assert_eq!(tables.translate(VirtAddr(address)), Some(PhysAddr(address)));
    }
}

#[test_case]
fn the_physical_memory_map_translates_to_physical_addresses() {
    let tables = tables();
    let offset = boot_info().physical_memory_offset;
    for physical in [0, 0xb8000, 0x10_0123, 0x3fff_ffff] {
        assert_eq!(tables.translate(VirtAddr(offset + physical)), Some(PhysAddr(physical)));
    }
}

#[test_case]
fn the_stack_lies_in_a_kernel_stack_region_and_its_guard_page_is_unmapped() {
    let tables = tables();
    let local = 0u64;
    let physical = tables.translate(VirtAddr::of(&local)).expect("the stack is mapped");
    // SAFETY: the loader's memory map.
    let map = unsafe { boot_info().memory_map() };
    let region = map
        .iter()
        .find(|r| (r.base..r.base + r.length).contains(&physical.0))
        .expect("the stack's frame is in the memory map");
    assert_eq!(region.r#type, memory_type::KERNEL_STACK);
    assert_eq!(tables.translate(VirtAddr(boot_info().stack_bottom - 1)), None);
    assert_eq!(tables.translate(VirtAddr(0x0000_4000_dead_0000)), None);
}

#[test_case]
fn the_cr3_root_is_the_boot_infos() {
    assert_eq!(tables().root(), PhysAddr(boot_info().page_table_root));
}

#[test_case]
fn a_new_page_maps_to_a_usable_frame_and_writes_land_there() {
    let mut tables = tables();
    let mut frames = FRAMES.lock();
    let frames = frames.as_mut().expect("_start made the allocator");
    let frame = frames.allocate_frame().expect("a usable frame");
    let page = VirtAddr(0x0000_5000_0000_0000);
    assert_eq!(tables.translate(page), None);
    // SAFETY: a fresh frame, mapped once.
    unsafe { tables.map_to(page, frame, flags::WRITABLE | flags::NO_EXECUTE, frames) }
        .expect("the page maps");
    assert_eq!(tables.translate(VirtAddr(page.0 + 0x123)), Some(PhysAddr(frame.0 + 0x123)));
    // SAFETY: the page was just mapped to that frame; the frame, seen through the
    // physical-memory map, is the same memory.
    unsafe {
        write_volatile((page.0 + 8) as *mut u64, 0x_f00d_cafe);
        assert_eq!(read_volatile((tables.virtual_of(frame).0 + 8) as *const u64), 0x_f00d_cafe);
    }
    // SAFETY: an error is expected, nothing is mapped.
    let again = unsafe { tables.map_to(page, frame, flags::WRITABLE, frames) };
    assert_eq!(again, Err(MapError::AlreadyMapped(frame)));
    // SAFETY: as above: 1 GiB pages (or 2 MiB) map the low memory.
    let inside = unsafe { tables.map_to(VirtAddr(0x20_0000), frame, flags::WRITABLE, frames) };
    assert_eq!(inside, Err(MapError::InsideHugePage));
}

#[test_case]
fn a_page_mapped_to_the_vga_frame_writes_on_the_screen() {
    let mut tables = tables();
    let mut frames = FRAMES.lock();
    let frames = frames.as_mut().expect("_start made the allocator");
    let page = VirtAddr(0x0000_5000_0010_0000);
    let vga = PhysAddr(VGA_TEXT_BUFFER as u64);
    // SAFETY: the VGA frame: writing it through the page is the point.
    unsafe { tables.map_to(page, vga, flags::WRITABLE | flags::NO_EXECUTE, frames) }
        .expect("the page maps");
    // "New!" in white on blue at the top right, through the new page.
    let cell = 80 - 4;
    for (i, byte) in b"New!".iter().enumerate() {
        let value = 0x1f00 | u16::from(*byte);
        // SAFETY: inside the page just mapped to the text buffer.
        unsafe { write_volatile((page.0 as *mut u16).add(cell + i), value) };
        assert_eq!(Writer::read_cell(cell + i), value);
    }
}
