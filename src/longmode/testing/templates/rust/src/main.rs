//! {{name}}'s kernel: says "Hello World!" on the VGA text screen and on COM1,
//! then halts.
//!
//! No standard library (`no_std`), no runtime that calls `main` (`no_main`):
//! the bootloader jumps to `_start` in 64-bit long mode. Panics abort — there
//! is no unwinding — after the handler has shown the message.

#![no_std]
#![no_main]
#![feature(custom_test_frameworks)]
#![test_runner({{crate}}::test_runner)]
#![reexport_test_harness_main = "test_main"]

use core::fmt::Write;
use core::panic::PanicInfo;

use {{crate}}::vga::{Color, ColorCode, Writer};
use {{crate}}::{serial_println, GREETING};

/// The entry point: the bootloader jumps here in 64-bit long mode.
#[no_mangle]
pub extern "C" fn _start() -> ! {
    let mut screen = Writer::new(ColorCode::new(Color::LightCyan, Color::Black));
    // Writing to the screen cannot fail.
    let _ = screen.write_str(GREETING);
    serial_println!("{GREETING}");

    #[cfg(test)]
    test_main();

    {{crate}}::halt()
}

/// Shows the panic message and its location on the screen and COM1, then halts.
#[cfg(not(test))]
#[panic_handler]
fn panic(info: &PanicInfo) -> ! {
    let mut screen = Writer::new(ColorCode::new(Color::White, Color::Red));
    let _ = writeln!(screen, "\n{info}");
    serial_println!("{info}");
    {{crate}}::halt()
}

/// In the unit-test kernel (`cargo test --bin {{name}}`): report and exit.
#[cfg(test)]
#[panic_handler]
fn panic(info: &PanicInfo) -> ! {
    {{crate}}::test_panic_handler(info)
}

#[cfg(test)]
mod tests {
    #[test_case]
    fn the_greeting_is_hello_world() {
        assert_eq!(super::GREETING, "Hello World!");
    }
}
