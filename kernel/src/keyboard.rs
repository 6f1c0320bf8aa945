//! The keyboard on IRQ1: scan code set 1 (what the 8042 delivers with
//! translation on, as the BIOS leaves it) decoded into characters for a few
//! keys — letters, digits, punctuation of the main block, space, Enter, Tab,
//! Backspace, Escape and the Shift keys — and queued for the kernel.
//!
//! Source of the codes: IBM PC AT Technical Reference, "Keyboard scan codes"
//! (the XT set); `longmode.machine.devices.scancodes` holds the same table for
//! the machine side, and `tests/kernel/test_kernel_tables.py` checks that the
//! two agree. A key's break code is its make code | 0x80; keys sent after an
//! 0xE0 prefix (the grey block, right Ctrl/Alt, ...) are ignored.

use core::sync::atomic::{AtomicBool, AtomicU8, AtomicUsize, Ordering};

use crate::port::inb;

/// The 8042's data port: the scan code waiting in its output buffer.
pub const DATA_PORT: u16 = 0x60;
/// The 8042's status (read) and command (write) port.
pub const STATUS_PORT: u16 = 0x64;

/// A set 1 break code is the make code with this bit set.
pub const BREAK_BIT: u8 = 0x80;
/// The prefix of extended keys.
pub const EXTENDED_PREFIX: u8 = 0xE0;

/// Rows of the main block: the first key's make code, then the unshifted
/// characters of the keys from it on, one code each.
pub const ROWS: [(u8, &[u8]); 4] = [
    (0x02, b"1234567890-="),
    (0x10, b"qwertyuiop[]"),
    (0x1E, b"asdfghjkl;'`"),
    (0x2C, b"zxcvbnm,./"),
];
/// The keys outside the rows that type a character: (make code, character).
pub const SINGLE_KEYS: [(u8, u8); 6] = [
    (0x01, 0x1B), // escape
    (0x0E, 0x08), // backspace
    (0x0F, b'\t'),
    (0x1C, b'\n'), // enter
    (0x2B, b'\\'),
    (0x39, b' '), // space
];
/// Left Shift's make code.
pub const LEFT_SHIFT: u8 = 0x2A;
/// Right Shift's make code.
pub const RIGHT_SHIFT: u8 = 0x36;

/// What a scan code means.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum KeyEvent {
    /// A key that types this character went down.
    Char(u8),
    /// A Shift key went down (`true`) or up (`false`).
    Shift(bool),
    /// Any other code: a key up, a key this table does not know, a prefix.
    Ignored,
}

/// The unshifted character of a make code, if the table has the key.
pub fn character(make: u8) -> Option<u8> {
    for (first, keys) in ROWS {
        if make >= first && usize::from(make - first) < keys.len() {
            return Some(keys[usize::from(make - first)]);
        }
    }
    SINGLE_KEYS.iter().find(|(code, _)| *code == make).map(|(_, c)| *c)
}

/// The character a shifted key types (US layout).
pub fn shifted(c: u8) -> u8 {
    const DIGIT_ROW: &[u8; 10] = b")!@#$%^&*(";
    match c {
        b'a'..=b'z' => c.to_ascii_uppercase(),
        b'0'..=b'9' => DIGIT_ROW[usize::from(c - b'0')],
        b'-' => b'_',
        b'=' => b'+',
        b'[' => b'{',
        b']' => b'}',
        b';' => b':',
        b'\'' => b'"',
        b'`' => b'~',
        b'\\' => b'|',
        b',' => b'<',
        b'.' => b'>',
        b'/' => b'?',
        _ => c,
    }
}

/// Decodes one scan code; Shift state is the decoder's.
#[derive(Debug, Default)]
pub struct Decoder {
    shift: bool,
    after_prefix: bool,
}

impl Decoder {
    /// A decoder with no key down.
    pub const fn new() -> Decoder {
        Decoder { shift: false, after_prefix: false }
    }

    /// What `code` means, given the codes before it.
    pub fn decode(&mut self, code: u8) -> KeyEvent {
        if code == EXTENDED_PREFIX {
            self.after_prefix = true;
            return KeyEvent::Ignored;
        }
        if core::mem::take(&mut self.after_prefix) {
            return KeyEvent::Ignored;
        }
        let make = code & !BREAK_BIT;
        let down = code & BREAK_BIT == 0;
        if make == LEFT_SHIFT || make == RIGHT_SHIFT {
            self.shift = down;
            return KeyEvent::Shift(down);
        }
        match (down, character(make)) {
            (true, Some(c)) if self.shift => KeyEvent::Char(shifted(c)),
            (true, Some(c)) => KeyEvent::Char(c),
            _ => KeyEvent::Ignored,
        }
    }
}

/// Characters typed and not yet read: a ring that the IRQ1 handler fills and
/// [`read_char`] empties (one writer, one reader, no lock).
const QUEUE_SIZE: usize = 32;
static QUEUE: [AtomicU8; QUEUE_SIZE] = [const { AtomicU8::new(0) }; QUEUE_SIZE];
static HEAD: AtomicUsize = AtomicUsize::new(0);
static TAIL: AtomicUsize = AtomicUsize::new(0);
/// The handler's decoder state: Shift down, prefix seen.
static SHIFT: AtomicBool = AtomicBool::new(false);
static PREFIX: AtomicBool = AtomicBool::new(false);

/// IRQ1's work: reads the scan code, decodes it, queues a character (dropped
/// when the queue is full).
pub fn on_interrupt() {
    // SAFETY: reading the 8042's data port takes the byte that raised IRQ1.
    let code = unsafe { inb(DATA_PORT) };
    let mut decoder = Decoder {
        shift: SHIFT.load(Ordering::Relaxed),
        after_prefix: PREFIX.load(Ordering::Relaxed),
    };
    let event = decoder.decode(code);
    SHIFT.store(decoder.shift, Ordering::Relaxed);
    PREFIX.store(decoder.after_prefix, Ordering::Relaxed);
    if let KeyEvent::Char(c) = event {
        let tail = TAIL.load(Ordering::Relaxed);
        if tail.wrapping_sub(HEAD.load(Ordering::Acquire)) < QUEUE_SIZE {
            QUEUE[tail % QUEUE_SIZE].store(c, Ordering::Relaxed);
            TAIL.store(tail.wrapping_add(1), Ordering::Release);
        }
    }
}

/// 8042 status bit 0: a byte waits in the output buffer.
const OUTPUT_FULL: u8 = 1 << 0;

/// Reads and drops the bytes waiting in the 8042's output buffer (at most 16),
/// so that the next scan code raises IRQ1 afresh: the 8042 holds IRQ1 high
/// while a byte waits, and a byte left from before the PICs were programmed
/// would keep it high with no new edge for the 8259 to see.
pub fn flush() {
    for _ in 0..16 {
        // SAFETY: reading the status register has no side effect; reading the
        // data port takes a byte no one asked for.
        unsafe {
            if inb(STATUS_PORT) & OUTPUT_FULL == 0 {
                break;
            }
            inb(DATA_PORT);
        }
    }
}

/// The oldest character typed and not yet read.
pub fn read_char() -> Option<u8> {
    let head = HEAD.load(Ordering::Relaxed);
    if head == TAIL.load(Ordering::Acquire) {
        return None;
    }
    let c = QUEUE[head % QUEUE_SIZE].load(Ordering::Relaxed);
    HEAD.store(head.wrapping_add(1), Ordering::Release);
    Some(c)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test_case]
    fn make_codes_type_their_characters_and_break_codes_nothing() {
        let mut decoder = Decoder::new();
        assert_eq!(decoder.decode(0x1E), KeyEvent::Char(b'a'));
        assert_eq!(decoder.decode(0x9E), KeyEvent::Ignored);
        assert_eq!(decoder.decode(0x02), KeyEvent::Char(b'1'));
        assert_eq!(decoder.decode(0x0B), KeyEvent::Char(b'0'));
        assert_eq!(decoder.decode(0x32), KeyEvent::Char(b'm'));
        assert_eq!(decoder.decode(0x39), KeyEvent::Char(b' '));
        assert_eq!(decoder.decode(0x1C), KeyEvent::Char(b'\n'));
        assert_eq!(decoder.decode(0x3B), KeyEvent::Ignored); // F1: not in the table
    }

    #[test_case]
    fn shift_gives_capitals_and_the_upper_characters_until_it_is_released() {
        let mut decoder = Decoder::new();
        assert_eq!(decoder.decode(LEFT_SHIFT), KeyEvent::Shift(true));
        assert_eq!(decoder.decode(0x10), KeyEvent::Char(b'Q'));
        assert_eq!(decoder.decode(0x03), KeyEvent::Char(b'@'));
        assert_eq!(decoder.decode(LEFT_SHIFT | BREAK_BIT), KeyEvent::Shift(false));
        assert_eq!(decoder.decode(0x10), KeyEvent::Char(b'q'));
    }

    #[test_case]
    fn an_extended_key_is_ignored_with_its_prefix() {
        let mut decoder = Decoder::new();
        // Keypad Enter: E0 1C, then E0 9C. Not the main Enter.
        assert_eq!(decoder.decode(EXTENDED_PREFIX), KeyEvent::Ignored);
        assert_eq!(decoder.decode(0x1C), KeyEvent::Ignored);
        assert_eq!(decoder.decode(EXTENDED_PREFIX), KeyEvent::Ignored);
        assert_eq!(decoder.decode(0x9C), KeyEvent::Ignored);
        assert_eq!(decoder.decode(0x1C), KeyEvent::Char(b'\n'));
    }
}
