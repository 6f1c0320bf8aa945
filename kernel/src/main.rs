//! The seed's kernel: a freestanding x86-64 binary that says "Hello World!"
//! on the VGA text screen and on COM1, then halts.
//!
//! No standard library (`no_std`), no runtime that calls `main` (`no_main`):
//! the bootloader jumps to `_start`. Panics abort — there is no unwinding and
//! no `eh_personality` — after the handler has shown the message.

#![no_std]
#![no_main]

mod hw;
#[cfg(feature = "lint-bait")]
mod lint_bait;
#[cfg(feature = "pit-storm")]
mod pit_storm;
mod port;
mod serial;
mod vga;

use core::arch::asm;
use core::fmt::Write;
use core::panic::PanicInfo;

use serial::Com1;
use vga::{Color, ColorCode};

/// The greeting, as the seed's source post prints it.
const GREETING: &str = "Hello World!";

/// The entry point: the bootloader jumps here in 64-bit long mode.
#[no_mangle]
pub extern "C" fn _start() -> ! {
    let mut screen = vga::Writer::new(ColorCode::new(Color::LightCyan, Color::Black));
    let mut com1 = Com1::init();
    // Writing to the screen and to the port cannot fail.
    let _ = screen.write_str(GREETING);
    let _ = writeln!(com1, "{GREETING}");
    #[cfg(all(feature = "lint-bait", not(feature = "pit-storm")))]
    lint_bait::run();
    #[cfg(feature = "pit-storm")]
    pit_storm::run(&mut com1);
    #[cfg(feature = "panic-demo")]
    panic!("the panic-demo feature asked for a panic");
    #[cfg(not(any(feature = "panic-demo", feature = "pit-storm")))]
    halt()
}

/// Shows the panic message and its location on the screen and COM1, then halts.
#[panic_handler]
fn panic(info: &PanicInfo) -> ! {
    let mut screen = vga::Writer::new(ColorCode::new(Color::White, Color::Red));
    let mut com1 = Com1::init();
    let _ = writeln!(screen, "\n{info}");
    let _ = writeln!(com1, "{info}");
    halt()
}

/// Stops the CPU for good: `hlt` in a loop (an interrupt only wakes it to halt again).
fn halt() -> ! {
    loop {
        // SAFETY: `hlt` only waits for the next interrupt.
        unsafe { asm!("hlt", options(nomem, nostack, preserves_flags)) };
    }
}
