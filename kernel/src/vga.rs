//! The VGA text buffer: 80×25 cells of (code page 437 byte, attribute byte).

use core::fmt;
use core::ptr::write_volatile;
use core::sync::atomic::{AtomicUsize, Ordering};

use crate::hw::{VGA_COLUMNS, VGA_ROWS, VGA_TEXT_BUFFER};

/// The 16 colours of the text-mode palette.
#[allow(dead_code)]
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[repr(u8)]
pub enum Color {
    Black = 0,
    Blue = 1,
    Green = 2,
    Cyan = 3,
    Red = 4,
    Magenta = 5,
    Brown = 6,
    LightGray = 7,
    DarkGray = 8,
    LightBlue = 9,
    LightGreen = 10,
    LightCyan = 11,
    LightRed = 12,
    Pink = 13,
    Yellow = 14,
    White = 15,
}

/// An attribute byte: background in the high nibble, foreground in the low.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[repr(transparent)]
pub struct ColorCode(u8);

impl ColorCode {
    /// The attribute for `foreground` on `background`.
    pub const fn new(foreground: Color, background: Color) -> Self {
        ColorCode((background as u8) << 4 | (foreground as u8))
    }
}

/// The next cell to write, shared by every writer (the panic handler included).
static CURSOR: AtomicUsize = AtomicUsize::new(0);

/// Writes text at the shared cursor in one colour; `\n` starts a new line and
/// the screen scrolls up when the last row is full.
pub struct Writer {
    color: ColorCode,
}

impl Writer {
    /// A writer in the given colour.
    pub const fn new(color: ColorCode) -> Self {
        Writer { color }
    }

    /// The index (row × 80 + column) of the cell the next byte goes to.
    pub fn cursor() -> usize {
        CURSOR.load(Ordering::Relaxed)
    }

    /// Reads the cell at `index` (below 80×25): attribute in the high byte, character in the low.
    pub fn read_cell(index: usize) -> u16 {
        assert!(index < VGA_COLUMNS * VGA_ROWS, "cell {index} is off the screen");
        // SAFETY: inside the text buffer, which is always mapped.
        unsafe { core::ptr::read_volatile(Self::cell(index)) }
    }

    fn cell(index: usize) -> *mut u16 {
        (VGA_TEXT_BUFFER as *mut u16).wrapping_add(index)
    }

    fn put(&self, index: usize, byte: u8) {
        let value = u16::from(self.color.0) << 8 | u16::from(byte);
        // SAFETY: index < 80×25, inside the VGA text buffer, which is always mapped.
        unsafe { write_volatile(Self::cell(index), value) };
    }

    fn scroll(&self) {
        for index in 0..VGA_COLUMNS * (VGA_ROWS - 1) {
            // SAFETY: both cells lie inside the text buffer.
            unsafe {
                let below = core::ptr::read_volatile(Self::cell(index + VGA_COLUMNS));
                write_volatile(Self::cell(index), below);
            }
        }
        for column in 0..VGA_COLUMNS {
            self.put(VGA_COLUMNS * (VGA_ROWS - 1) + column, b' ');
        }
    }

    /// Writes one byte at the cursor; bytes outside printable ASCII show as `■`.
    pub fn write_byte(&mut self, byte: u8) {
        let mut cursor = CURSOR.load(Ordering::Relaxed);
        if cursor >= VGA_COLUMNS * VGA_ROWS {
            self.scroll();
            cursor -= VGA_COLUMNS;
        }
        match byte {
            b'\n' => cursor += VGA_COLUMNS - cursor % VGA_COLUMNS,
            0x20..=0x7E => {
                self.put(cursor, byte);
                cursor += 1;
            }
            _ => {
                self.put(cursor, 0xFE);
                cursor += 1;
            }
        }
        CURSOR.store(cursor, Ordering::Relaxed);
    }
}

impl fmt::Write for Writer {
    fn write_str(&mut self, s: &str) -> fmt::Result {
        s.bytes().for_each(|b| self.write_byte(b));
        Ok(())
    }
}

/// The colour of [`print!`](crate::print) and [`println!`](crate::println).
pub const PRINT_COLOR: ColorCode = ColorCode::new(Color::LightGray, Color::Black);

/// Writes formatted text at the shared cursor: the back end of the print macros.
#[doc(hidden)]
pub fn _print(args: fmt::Arguments) {
    // Writing to the screen cannot fail.
    let _ = fmt::Write::write_fmt(&mut Writer::new(PRINT_COLOR), args);
}

/// Prints to the VGA text screen.
#[macro_export]
macro_rules! print {
    ($($arg:tt)*) => ($crate::vga::_print(format_args!($($arg)*)));
}

/// Prints to the VGA text screen, with a newline.
#[macro_export]
macro_rules! println {
    () => ($crate::print!("\n"));
    ($($arg:tt)*) => ($crate::print!("{}\n", format_args!($($arg)*)));
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test_case]
    fn println_writes_the_line_at_the_cursor_in_light_gray() {
        crate::println!();
        // At the end of the screen, the next byte scrolls and goes to the last row.
        let start = Writer::cursor().min(VGA_COLUMNS * (VGA_ROWS - 1));
        crate::println!("seen on the screen");
        for (i, byte) in "seen on the screen".bytes().enumerate() {
            assert_eq!(
                Writer::read_cell(start + i),
                u16::from(PRINT_COLOR.0) << 8 | u16::from(byte)
            );
        }
        assert_eq!(Writer::cursor(), start + VGA_COLUMNS);
    }

    #[test_case]
    fn printing_past_the_last_row_scrolls() {
        for line in 0..VGA_ROWS + 2 {
            crate::println!("line {line}");
        }
        assert!(Writer::cursor() <= VGA_COLUMNS * VGA_ROWS);
        let last = (VGA_ROWS - 1) * VGA_COLUMNS;
        assert_eq!(
            Writer::read_cell(last) as u8,
            b'l',
            "the last line printed is on the bottom row"
        );
    }
}
