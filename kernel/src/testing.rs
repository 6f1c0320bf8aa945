//! The test framework of the crate's test kernels (`#![feature(custom_test_frameworks)]`).
//!
//! Each test kernel gathers its `#[test_case]` functions into a slice that
//! [`test_runner`] runs in order, printing `name...\t[ok]` on COM1 for each.
//! The kernel ends the machine through isa-debug-exit: [`ExitCode::Success`]
//! (exit status 33) when every test returned, [`ExitCode::Failed`] (35) from
//! [`test_panic_handler`] when one panicked, after `[failed]` and the panic.

use core::panic::PanicInfo;

use crate::hw::{ExitCode, DEBUG_EXIT_PORT};
use crate::port::outb;
use crate::{serial_print, serial_println};

/// A test the runner can run: any `fn()`, named by its path.
pub trait Testable {
    /// Runs the test, framed by its name and `[ok]` on COM1.
    fn run(&self);
}

impl<T: Fn()> Testable for T {
    fn run(&self) {
        serial_print!("{}...\t", core::any::type_name::<T>());
        self();
        serial_println!("[ok]");
    }
}

/// Runs every test, then exits with [`ExitCode::Success`]; a failing test
/// panics and never comes back here.
pub fn test_runner(tests: &[&dyn Testable]) {
    serial_println!("running {} test{}", tests.len(), if tests.len() == 1 { "" } else { "s" });
    for test in tests {
        test.run();
    }
    exit(ExitCode::Success);
}

/// The panic handler of test kernels: `[failed]`, the panic, exit [`ExitCode::Failed`].
pub fn test_panic_handler(info: &PanicInfo) -> ! {
    serial_println!("[failed]\n");
    serial_println!("Error: {}\n", info);
    exit(ExitCode::Failed)
}

/// Ends the machine through isa-debug-exit (status `(code << 1) | 1`); halts
/// if there is no such device.
pub fn exit(code: ExitCode) -> ! {
    // SAFETY: the debug-exit device only ends the machine.
    unsafe { outb(DEBUG_EXIT_PORT, code as u32 as u8) };
    crate::halt()
}

/// Formatted text in a fixed buffer, for tests that check what `{:?}` says
/// without a heap. Writing past the end is an error.
pub struct Text<const N: usize> {
    bytes: [u8; N],
    len: usize,
}

impl<const N: usize> Text<N> {
    /// An empty text.
    pub const fn new() -> Self {
        Text { bytes: [0; N], len: 0 }
    }

    /// The text written so far.
    pub fn as_str(&self) -> &str {
        // Only whole `str`s are ever copied in.
        core::str::from_utf8(&self.bytes[..self.len]).unwrap_or("<not UTF-8>")
    }

    /// Forgets the text.
    pub fn clear(&mut self) {
        self.len = 0;
    }
}

impl<const N: usize> Default for Text<N> {
    fn default() -> Self {
        Self::new()
    }
}

impl<const N: usize> core::fmt::Write for Text<N> {
    fn write_str(&mut self, s: &str) -> core::fmt::Result {
        let end = self.len + s.len();
        if end > N {
            return Err(core::fmt::Error);
        }
        self.bytes[self.len..end].copy_from_slice(s.as_bytes());
        self.len = end;
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    #[test_case]
    fn trivial_assertion() {
        assert_eq!(1 + 1, 2);
    }
}
