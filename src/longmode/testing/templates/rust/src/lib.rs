//! {{name}}: a freestanding x86-64 kernel. This library holds what every
//! kernel of the crate shares — the hardware modules and the test framework —
//! so that `src/main.rs`, its unit tests and the tests in `tests/` link it.
//!
//! Tests use the unstable `custom_test_frameworks`: each `#[test_case]`
//! function is a test; [`test_runner`] runs them in the kernel, prints
//! `name...\t[ok]` for each on COM1, and exits the machine through
//! isa-debug-exit: 0x10 (status 33) when all passed, 0x11 (status 35) from
//! [`test_panic_handler`] when one panicked.

#![no_std]
#![cfg_attr(test, no_main)]
#![feature(custom_test_frameworks)]
#![test_runner(crate::test_runner)]
#![reexport_test_harness_main = "test_main"]

pub mod hw;
pub mod port;
pub mod serial;
pub mod vga;

use core::arch::asm;
use core::panic::PanicInfo;

pub use hw::ExitCode;

/// The greeting the kernel prints.
pub const GREETING: &str = "Hello World!";

/// Ends the run: writes `code` to isa-debug-exit, so the machine exits with
/// status `(code << 1) | 1`. On a PC without the device, halts.
pub fn exit(code: ExitCode) -> ! {
    // SAFETY: the debug-exit port only ends the emulator; nothing else listens there.
    unsafe { port::outl(hw::DEBUG_EXIT_PORT, code as u32) };
    halt()
}

/// Stops the CPU for good: `hlt` in a loop (an interrupt only wakes it to halt again).
pub fn halt() -> ! {
    loop {
        // SAFETY: `hlt` only waits for the next interrupt.
        unsafe { asm!("hlt", options(nomem, nostack, preserves_flags)) };
    }
}

/// A test: prints its name, runs, and prints `[ok]` when it returns.
pub trait Testable {
    /// Runs the test (a failure panics).
    fn run(&self);
}

impl<T: Fn()> Testable for T {
    fn run(&self) {
        serial_print!("{}...\t", core::any::type_name::<T>());
        self();
        serial_println!("[ok]");
    }
}

/// Runs every `#[test_case]` of a test kernel, then exits with [`ExitCode::Success`].
pub fn test_runner(tests: &[&dyn Testable]) {
    serial_println!("Running {} tests", tests.len());
    for test in tests {
        test.run();
    }
    exit(ExitCode::Success)
}

/// The panic handler of test kernels: reports the failed test and exits with
/// [`ExitCode::Failed`].
pub fn test_panic_handler(info: &PanicInfo) -> ! {
    serial_println!("[failed]\n");
    serial_println!("Error: {info}\n");
    exit(ExitCode::Failed)
}

/// The entry point of the library's unit-test kernel (`cargo test --lib`).
#[cfg(test)]
#[no_mangle]
pub extern "C" fn _start() -> ! {
    test_main();
    halt()
}

#[cfg(test)]
#[panic_handler]
fn panic(info: &PanicInfo) -> ! {
    test_panic_handler(info)
}

#[cfg(test)]
mod tests {
    #[test_case]
    fn trivial_assertion() {
        assert_eq!(1 + 1, 2);
    }
}
