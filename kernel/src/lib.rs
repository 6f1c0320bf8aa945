//! The seed kernel's library: the hardware pieces the kernel is built from,
//! one module per concern, and the test framework its test kernels share.
//!
//! The binary (`main.rs`) uses only the screen, COM1 and [`halt`]: it greets
//! and halts, as the seed's kernel always did. The rest — descriptor tables,
//! exception and IRQ handlers, the 8259 PICs and the 8254 PIT, the keyboard,
//! paging and a heap — is brought up by [`init`] and by the memory set-up
//! (`paging`, `frames`, `allocator::init_heap`), which only test kernels call
//! (`longmode test kernel`, see `testing`).

#![no_std]
#![cfg_attr(test, no_main)]
#![feature(abi_x86_interrupt)]
#![feature(custom_test_frameworks)]
#![test_runner(crate::test_runner)]
#![reexport_test_harness_main = "test_main"]

// No `extern crate alloc` here: the heap (`allocator`) needs only `core::alloc`,
// and a binary that does not use `alloc` (the seed's greeting) links no
// allocator shim. Kernels that allocate say `extern crate alloc` themselves.

pub mod allocator;
pub mod bootinfo;
pub mod cpu;
pub mod frames;
pub mod gdt;
pub mod hw;
pub mod idt;
pub mod interrupts;
pub mod keyboard;
#[cfg(feature = "lint-bait")]
pub mod lint_bait;
pub mod paging;
pub mod pic;
pub mod pit;
#[cfg(feature = "pit-storm")]
pub mod pit_storm;
pub mod port;
pub mod serial;
pub mod sync;
pub mod testing;
pub mod vga;

pub use testing::{exit, test_panic_handler, test_runner, Testable};

use core::arch::asm;

/// Brings up the CPU's tables and the interrupt controllers: our own GDT with
/// a TSS (an IST stack for double faults), the IDT with the exception and IRQ
/// handlers, the PICs remapped to vectors 32-47 with only the timer and the
/// keyboard unmasked, the keyboard controller's output buffer emptied.
/// Interrupts stay off: `cpu::enable_interrupts` is the caller's to do.
pub fn init() {
    gdt::init();
    interrupts::init_idt();
    // SAFETY: the IDT has gates for vectors 32 and 33 before either is unmasked.
    unsafe { interrupts::PICS.init(interrupts::PIC_MASKS) };
    keyboard::flush();
}

/// Stops the CPU for good: `hlt` in a loop (an interrupt only wakes it to halt again).
pub fn halt() -> ! {
    loop {
        // SAFETY: `hlt` only waits for the next interrupt.
        unsafe { asm!("hlt", options(nomem, nostack, preserves_flags)) };
    }
}

/// The library's own test kernel: its unit tests (`#[test_case]`s) after [`init`].
#[cfg(test)]
#[no_mangle]
pub extern "C" fn _start(info: &'static bootinfo::BootInfo) -> ! {
    assert_eq!(info.magic, bootinfo::MAGIC, "RDI does not point at longmode's boot info");
    init();
    test_main();
    halt()
}

#[cfg(test)]
#[panic_handler]
fn panic(info: &core::panic::PanicInfo) -> ! {
    test_panic_handler(info)
}
