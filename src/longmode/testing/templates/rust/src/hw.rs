//! The PC's fixed addresses and ports this kernel touches: the one place they
//! are written down.

/// Physical address of the VGA text buffer (mode 3, 80×25 cells of 2 bytes).
pub const VGA_TEXT_BUFFER: usize = 0xB8000;
/// Columns of the VGA text screen.
pub const VGA_COLUMNS: usize = 80;
/// Rows of the VGA text screen.
pub const VGA_ROWS: usize = 25;

/// I/O base of the first serial port (a 16550 UART).
pub const COM1: u16 = 0x3F8;

/// QEMU's `isa-debug-exit` device (`iobase=0xf4,iosize=0x04`); longmode's
/// machine has it too.
pub const DEBUG_EXIT_PORT: u16 = 0xF4;

/// Values written to [`DEBUG_EXIT_PORT`]; the machine exits with `(value << 1) | 1`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[repr(u32)]
pub enum ExitCode {
    /// The kernel (or test) succeeded: exit status 33.
    Success = 0x10,
    /// The kernel (or test) failed: exit status 35.
    Failed = 0x11,
}
