//! The VGA text buffer: 80×25 cells of (code page 437 byte, attribute byte).

use core::fmt;
use core::ptr::{read_volatile, write_volatile};
use core::sync::atomic::{AtomicUsize, Ordering};

use crate::hw::{VGA_COLUMNS, VGA_ROWS, VGA_TEXT_BUFFER};

/// The 16 colours of the text-mode palette.
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

    /// The attribute byte.
    pub const fn value(self) -> u8 {
        self.0
    }
}

/// The next cell to write, shared by every writer (the panic handler included).
static CURSOR: AtomicUsize = AtomicUsize::new(0);

/// The index of the next cell a [`Writer`] writes (row × 80 + column).
pub fn cursor() -> usize {
    CURSOR.load(Ordering::Relaxed)
}

fn cell(index: usize) -> *mut u16 {
    (VGA_TEXT_BUFFER as *mut u16).wrapping_add(index)
}

/// The cell at `index` (below 80×25): its (character, attribute).
pub fn read_cell(index: usize) -> (u8, u8) {
    assert!(
        index < VGA_COLUMNS * VGA_ROWS,
        "cell {index} is off the screen"
    );
    // SAFETY: the index lies inside the VGA text buffer, which is always mapped.
    let value = unsafe { read_volatile(cell(index)) };
    (value as u8, (value >> 8) as u8)
}

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

    fn put(&self, index: usize, byte: u8) {
        let value = u16::from(self.color.0) << 8 | u16::from(byte);
        // SAFETY: index < 80×25, inside the VGA text buffer, which is always mapped.
        unsafe { write_volatile(cell(index), value) };
    }

    fn scroll(&self) {
        for index in 0..VGA_COLUMNS * (VGA_ROWS - 1) {
            // SAFETY: both cells lie inside the text buffer.
            unsafe { write_volatile(cell(index), read_volatile(cell(index + VGA_COLUMNS))) };
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

#[cfg(test)]
mod tests {
    use super::*;
    use core::fmt::Write;

    #[test_case]
    fn color_code_puts_the_background_in_the_high_nibble() {
        assert_eq!(ColorCode::new(Color::Yellow, Color::Blue).value(), 0x1E);
    }

    #[test_case]
    fn writer_puts_characters_and_colour_on_the_screen() {
        let color = ColorCode::new(Color::White, Color::Green);
        let mut writer = Writer::new(color);
        writer.write_str("\nok").unwrap();
        let end = cursor();
        assert_eq!(read_cell(end - 2), (b'o', color.value()));
        assert_eq!(read_cell(end - 1), (b'k', color.value()));
    }

    #[test_case]
    fn many_lines_scroll_instead_of_running_off_the_screen() {
        let mut writer = Writer::new(ColorCode::new(Color::LightGray, Color::Black));
        for line in 0..2 * VGA_ROWS {
            writeln!(writer, "line {line}").unwrap();
        }
        assert_eq!(cursor(), VGA_COLUMNS * VGA_ROWS);
        let last_row = VGA_COLUMNS * (VGA_ROWS - 1);
        let expected = b"line 49";
        for (offset, &byte) in expected.iter().enumerate() {
            assert_eq!(read_cell(last_row + offset).0, byte);
        }
    }
}
