//! Heap allocation in a freestanding kernel: `Box` and `Vec` from `alloc`, through a
//! bump allocator guarded by `spin::Mutex` (a crate from outside the Rust library),
//! and a constant from a crate in the kernel's own vendor/ folder.
//! Prints the results on COM1, then leaves through isa-debug-exit (0x10: success).

#![no_std]
#![no_main]

extern crate alloc;

use alloc::boxed::Box;
use alloc::vec::Vec;
use core::alloc::{GlobalAlloc, Layout};
use core::arch::asm;
use core::fmt::Write;
use core::panic::PanicInfo;
use core::ptr::{addr_of_mut, null_mut};

const HEAP_SIZE: usize = 64 * 1024;
static mut HEAP: [u8; HEAP_SIZE] = [0; HEAP_SIZE];

/// Hands out the heap front to back; never frees.
struct Bump {
    next: spin::Mutex<usize>,
}

unsafe impl GlobalAlloc for Bump {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        let mut next = self.next.lock();
        let start = (*next + layout.align() - 1) & !(layout.align() - 1);
        let end = start + layout.size();
        if end > HEAP_SIZE {
            return null_mut();
        }
        *next = end;
        (addr_of_mut!(HEAP) as *mut u8).add(start)
    }

    unsafe fn dealloc(&self, _ptr: *mut u8, _layout: Layout) {}
}

#[global_allocator]
static ALLOCATOR: Bump = Bump { next: spin::Mutex::new(0) };

fn outb(port: u16, value: u8) {
    unsafe { asm!("out dx, al", in("dx") port, in("al") value, options(nomem, nostack)) };
}

fn inb(port: u16) -> u8 {
    let value: u8;
    unsafe { asm!("in al, dx", out("al") value, in("dx") port, options(nomem, nostack)) };
    value
}

struct Com1;

impl Write for Com1 {
    fn write_str(&mut self, text: &str) -> core::fmt::Result {
        for byte in text.bytes() {
            while inb(0x3FD) & 0x20 == 0 {}
            outb(0x3F8, byte);
        }
        Ok(())
    }
}

fn exit(code: u8) -> ! {
    outb(0xF4, code);
    loop {
        unsafe { asm!("cli; hlt") };
    }
}

#[no_mangle]
pub extern "C" fn _start() -> ! {
    let boxed = Box::new(answer::ANSWER);
    let squares: Vec<u64> = (1..=100u64).map(|n| n * n).collect();
    let sum: u64 = squares.iter().sum();
    let used = *ALLOCATOR.next.lock();
    let _ = writeln!(Com1, "box={} squares={} sum={} heap_used={}", boxed, squares.len(), sum, used);
    exit(0x10)
}

#[panic_handler]
fn panic(info: &PanicInfo) -> ! {
    let _ = writeln!(Com1, "panic: {info}");
    exit(0x11)
}
