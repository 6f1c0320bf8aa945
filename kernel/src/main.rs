//! The seed's kernel: a freestanding x86-64 binary that says "Hello World!"
//! on the VGA text screen and on COM1, then halts.
//!
//! No standard library (`no_std`), no runtime that calls `main` (`no_main`):
//! the bootloader jumps to `_start`. Panics abort — there is no unwinding and
//! no `eh_personality` — after the handler has shown the message. The pieces
//! live in the library (`lib.rs`); this binary uses only the screen, COM1 and
//! `halt`. Built as a test (`longmode test kernel`), it greets, then runs its
//! `#[test_case]`s.

#![no_std]
#![no_main]
#![feature(custom_test_frameworks)]
#![test_runner(seed_kernel::test_runner)]
#![reexport_test_harness_main = "test_main"]

use core::fmt::Write;
use core::panic::PanicInfo;

use seed_kernel::halt;
use seed_kernel::serial::Com1;
use seed_kernel::vga::{self, Color, ColorCode};

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
    seed_kernel::lint_bait::run();
    #[cfg(feature = "pit-storm")]
    seed_kernel::pit_storm::run(&mut com1);
    #[cfg(test)]
    test_main();
    #[cfg(feature = "panic-demo")]
    panic!("the panic-demo feature asked for a panic");
    #[cfg(not(any(feature = "panic-demo", feature = "pit-storm")))]
    halt()
}

/// Shows the panic message and its location on the screen and COM1, then halts.
#[cfg(not(test))]
#[panic_handler]
fn panic(info: &PanicInfo) -> ! {
    let mut screen = vga::Writer::new(ColorCode::new(Color::White, Color::Red));
    let mut com1 = Com1::init();
    let _ = writeln!(screen, "\n{info}");
    let _ = writeln!(com1, "{info}");
    halt()
}

/// A test kernel's panic: `[failed]` and the message on COM1, exit status 35.
#[cfg(test)]
#[panic_handler]
fn panic(info: &PanicInfo) -> ! {
    seed_kernel::test_panic_handler(info)
}

#[cfg(test)]
mod tests {
    #[test_case]
    fn the_greeting_is_the_seeds() {
        assert_eq!(super::GREETING, "Hello World!");
    }
}
