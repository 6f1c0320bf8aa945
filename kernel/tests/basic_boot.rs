//! The kernel's first moments, before `init`: the boot information is where
//! RDI says, and `println!` writes on the screen.

#![no_std]
#![no_main]
#![feature(custom_test_frameworks)]
#![test_runner(seed_kernel::test_runner)]
#![reexport_test_harness_main = "test_main"]

use core::panic::PanicInfo;
use core::sync::atomic::{AtomicPtr, Ordering};

use seed_kernel::bootinfo::{self, memory_type, BootInfo};
use seed_kernel::hw::{VGA_COLUMNS, VGA_ROWS};
use seed_kernel::println;
use seed_kernel::vga::Writer;

static BOOT_INFO: AtomicPtr<BootInfo> = AtomicPtr::new(core::ptr::null_mut());

#[no_mangle]
pub extern "C" fn _start(info: &'static BootInfo) -> ! {
    BOOT_INFO.store(info as *const BootInfo as *mut BootInfo, Ordering::Relaxed);
    test_main();
    seed_kernel::halt()
}

#[panic_handler]
fn panic(info: &PanicInfo) -> ! {
    seed_kernel::test_panic_handler(info)
}

fn boot_info() -> &'static BootInfo {
    // SAFETY: set by _start from RDI before any test runs; the loader's memory stays.
    unsafe { &*BOOT_INFO.load(Ordering::Relaxed) }
}

#[test_case]
fn println_works_before_init() {
    println!();
    let start = Writer::cursor().min(VGA_COLUMNS * (VGA_ROWS - 1));
    println!("println works before init");
    for (i, byte) in "println works before init".bytes().enumerate() {
        assert_eq!(Writer::read_cell(start + i) as u8, byte);
    }
}

#[test_case]
fn rdi_points_at_version_1_boot_information() {
    let info = boot_info();
    assert_eq!(info.magic, bootinfo::MAGIC);
    assert!(info.version >= bootinfo::VERSION);
    assert_eq!(info.size as usize, core::mem::size_of::<BootInfo>());
    assert_eq!(info.physical_memory_offset, bootinfo::PHYS_OFFSET);
    assert_eq!(info.kernel_entry, _start as *const () as u64);
}

#[test_case]
fn the_stack_is_64_kib_with_rsp_inside() {
    let info = boot_info();
    let local = 0u64;
    let here = &local as *const u64 as u64;
    assert_eq!(info.stack_top - info.stack_bottom, 64 * 1024);
    assert!((info.stack_bottom..info.stack_top).contains(&here), "{here:#x}");
}

#[test_case]
fn the_memory_map_is_sorted_and_has_usable_memory_above_1_mib() {
    // SAFETY: `info` is the loader's boot info.
    let map = unsafe { boot_info().memory_map() };
    assert!(map.windows(2).all(|pair| pair[0].base + pair[0].length <= pair[1].base));
    let usable_above_1_mib: u64 = map
        .iter()
        .filter(|r| r.r#type == memory_type::USABLE && r.base >= 0x10_0000)
        .map(|r| r.length)
        .sum();
    assert!(usable_above_1_mib >= 64 * 1024 * 1024, "{usable_above_1_mib:#x} bytes");
    let kernel = map.iter().find(|r| r.r#type == memory_type::KERNEL).expect("a KERNEL region");
    assert!(kernel.base <= _start as *const () as u64);
}
