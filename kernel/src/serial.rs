//! COM1 as a 16550 UART: 38400 baud, 8 data bits, no parity, one stop bit,
//! FIFOs on, polled (no interrupts).

use core::fmt;
use core::sync::atomic::{AtomicBool, Ordering};

use crate::hw::COM1;
use crate::port::{inb, outb};

/// Register offsets from the UART's I/O base (16550 datasheet names).
mod reg {
    /// Transmitter holding register (write, DLAB=0) / divisor latch low (DLAB=1).
    pub const THR: u16 = 0;
    /// Interrupt enable register (DLAB=0) / divisor latch high (DLAB=1).
    pub const IER: u16 = 1;
    /// FIFO control register (write).
    pub const FCR: u16 = 2;
    /// Line control register.
    pub const LCR: u16 = 3;
    /// Modem control register.
    pub const MCR: u16 = 4;
    /// Line status register.
    pub const LSR: u16 = 5;
}

/// LSR bit 5: the transmitter holding register is empty.
const LSR_THR_EMPTY: u8 = 1 << 5;
/// LCR bit 7: divisor latch access.
const LCR_DLAB: u8 = 1 << 7;
/// LCR: 8 data bits, no parity, 1 stop bit.
const LCR_8N1: u8 = 0x03;
/// 115200 / 3 = 38400 baud.
const DIVISOR: u16 = 3;

/// The first serial port. Zero-sized: the state lives in the UART.
pub struct Com1;

impl Com1 {
    /// Programs the UART: interrupts off, baud divisor, 8N1, FIFOs on, DTR/RTS/OUT2.
    pub fn init() -> Self {
        // SAFETY: COM1's registers; this sequence is the 16550's documented set-up.
        unsafe {
            outb(COM1 + reg::IER, 0x00);
            outb(COM1 + reg::LCR, LCR_DLAB);
            outb(COM1 + reg::THR, (DIVISOR & 0xFF) as u8);
            outb(COM1 + reg::IER, (DIVISOR >> 8) as u8);
            outb(COM1 + reg::LCR, LCR_8N1);
            outb(COM1 + reg::FCR, 0xC7);
            outb(COM1 + reg::MCR, 0x0B);
        }
        Com1
    }

    /// Sends one byte, waiting until the transmitter can take it.
    pub fn write_byte(&mut self, byte: u8) {
        // SAFETY: reading LSR and writing THR of COM1 only move data.
        unsafe {
            while inb(COM1 + reg::LSR) & LSR_THR_EMPTY == 0 {}
            outb(COM1 + reg::THR, byte);
        }
    }
}

impl fmt::Write for Com1 {
    fn write_str(&mut self, s: &str) -> fmt::Result {
        s.bytes().for_each(|b| self.write_byte(b));
        Ok(())
    }
}

/// Whether COM1 has been programmed for the print macros.
static PROGRAMMED: AtomicBool = AtomicBool::new(false);

/// Writes formatted text to COM1, programming the UART on first use: the back
/// end of [`serial_print!`](crate::serial_print) and
/// [`serial_println!`](crate::serial_println). No lock: text printed from an
/// interrupt handler may land in the middle of a line.
#[doc(hidden)]
pub fn _print(args: fmt::Arguments) {
    let mut com1 = if PROGRAMMED.swap(true, Ordering::Relaxed) { Com1 } else { Com1::init() };
    // Writing to the port cannot fail.
    let _ = fmt::Write::write_fmt(&mut com1, args);
}

/// Prints to COM1 (the test kernels' report channel).
#[macro_export]
macro_rules! serial_print {
    ($($arg:tt)*) => {
        $crate::serial::_print(format_args!($($arg)*))
    };
}

/// Prints to COM1, with a newline.
#[macro_export]
macro_rules! serial_println {
    () => ($crate::serial_print!("\n"));
    ($($arg:tt)*) => ($crate::serial_print!("{}\n", format_args!($($arg)*)));
}
