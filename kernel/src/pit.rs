//! The Intel 8254 programmable interval timer's channel 0, which drives IRQ0
//! (8254 datasheet: "Control Word Format", mode 2 "Rate Generator").

use crate::port::outb;

/// The PIT's input clock: 1.193182 MHz (a third of the PC's 3.579545 MHz crystal).
pub const INPUT_HZ: u32 = 1_193_182;
/// Channel 0's counter.
const CHANNEL_0: u16 = 0x40;
/// The mode/command register.
const COMMAND: u16 = 0x43;
/// Channel 0, lobyte then hibyte, mode 2 (rate generator), binary.
const CHANNEL_0_RATE_GENERATOR: u8 = 0b00_11_010_0;

/// The counter that makes channel 0 tick at (about) `hz`: the input clock over
/// `hz`, rounded, within the counter's 16 bits (0 counts as 65536).
pub const fn divisor(hz: u32) -> u16 {
    let count = (INPUT_HZ + hz / 2) / hz;
    if count >= 65536 {
        0
    } else if count < 2 {
        2
    } else {
        count as u16
    }
}

/// The rate channel 0 ticks at with the counter `divisor`.
pub const fn frequency(divisor: u16) -> u32 {
    let count = if divisor == 0 { 65536 } else { divisor as u32 };
    INPUT_HZ / count
}

/// Programs channel 0 to raise IRQ0 at (about) `hz` (from 19 Hz up); returns the
/// counter it loaded.
///
/// # Safety
/// IRQ0 must have a handler that acknowledges it before interrupts are on.
pub unsafe fn set_frequency(hz: u32) -> u16 {
    let count = divisor(hz);
    // SAFETY: the 8254's command word, then channel 0's count, low byte first.
    unsafe {
        outb(COMMAND, CHANNEL_0_RATE_GENERATOR);
        outb(CHANNEL_0, count as u8);
        outb(CHANNEL_0, (count >> 8) as u8);
    }
    count
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test_case]
    fn divisors_round_to_the_nearest_count() {
        assert_eq!(divisor(100), 11932);
        assert_eq!(divisor(1000), 1193);
        assert_eq!(divisor(18), 0); // 66288 does not fit: the slowest rate, 18.2 Hz
        assert_eq!(frequency(0), 18);
        assert_eq!(frequency(11932), 99);
    }
}
