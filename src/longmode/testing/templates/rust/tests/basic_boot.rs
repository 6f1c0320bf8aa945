//! An integration test: a kernel of its own (not `src/main.rs`) that boots and
//! checks what the library gives every kernel, right after boot.

#![no_std]
#![no_main]
#![feature(custom_test_frameworks)]
#![test_runner({{crate}}::test_runner)]
#![reexport_test_harness_main = "test_main"]

use core::fmt::Write;
use core::panic::PanicInfo;

use {{crate}}::serial_println;
use {{crate}}::vga::{self, Color, ColorCode, Writer};

#[no_mangle]
pub extern "C" fn _start() -> ! {
    test_main();
    {{crate}}::halt()
}

#[panic_handler]
fn panic(info: &PanicInfo) -> ! {
    {{crate}}::test_panic_handler(info)
}

#[test_case]
fn serial_println_works_after_boot() {
    serial_println!("serial_println output");
}

#[test_case]
fn the_greeting_shows_on_the_screen() {
    let color = ColorCode::new(Color::LightCyan, Color::Black);
    let mut screen = Writer::new(color);
    screen.write_str({{crate}}::GREETING).unwrap();
    let start = vga::cursor() - {{crate}}::GREETING.len();
    for (offset, byte) in {{crate}}::GREETING.bytes().enumerate() {
        assert_eq!(vga::read_cell(start + offset), (byte, color.value()));
    }
}
