//! The two Intel 8259A programmable interrupt controllers, cascaded as in the
//! PC/AT (8259A datasheet: "Initialization Command Words", "Operation Command
//! Words"): the primary at ports 0x20/0x21 takes IRQ0-7, the secondary at
//! 0xA0/0xA1 takes IRQ8-15 and reports through the primary's IRQ2.
//!
//! The BIOS leaves IRQ0-7 on vectors 8-15, over the CPU's exceptions; [`ChainedPics::init`]
//! moves them. State lives in the chips, so the pair is a plain `static`.

use crate::port::{inb, outb};

/// The primary 8259's command port (ICW1, OCW2, OCW3).
const PRIMARY_COMMAND: u16 = 0x20;
/// The primary 8259's data port (ICW2-4, OCW1 = the interrupt mask).
const PRIMARY_DATA: u16 = 0x21;
/// The secondary 8259's command port.
const SECONDARY_COMMAND: u16 = 0xA0;
/// The secondary 8259's data port.
const SECONDARY_DATA: u16 = 0xA1;
/// An unused port (POST codes); writing it gives an old 8259 time to settle.
const WAIT_PORT: u16 = 0x80;

/// ICW1: edge-triggered, cascaded, ICW4 follows.
const ICW1_INIT_WITH_ICW4: u8 = 0x11;
/// ICW3 of the primary: a secondary on IRQ2 (a bit mask).
const ICW3_PRIMARY_CASCADE: u8 = 1 << 2;
/// ICW3 of the secondary: its cascade identity, 2.
const ICW3_SECONDARY_IDENTITY: u8 = 2;
/// ICW4: 8086/88 mode, normal end of interrupt.
const ICW4_8086: u8 = 0x01;
/// OCW2: non-specific end of interrupt.
const OCW2_EOI: u8 = 0x20;

/// One 8259A.
struct Pic {
    command: u16,
    data: u16,
    /// The vector of its IRQ line 0.
    offset: u8,
}

impl Pic {
    fn handles(&self, vector: u8) -> bool {
        (self.offset..self.offset + 8).contains(&vector)
    }
}

/// The PC's pair of 8259s.
pub struct ChainedPics {
    primary: Pic,
    secondary: Pic,
}

impl ChainedPics {
    /// The pair, to be mapped at `offset1` (IRQ0-7) and `offset2` (IRQ8-15).
    pub const fn new(offset1: u8, offset2: u8) -> ChainedPics {
        ChainedPics {
            primary: Pic { command: PRIMARY_COMMAND, data: PRIMARY_DATA, offset: offset1 },
            secondary: Pic { command: SECONDARY_COMMAND, data: SECONDARY_DATA, offset: offset2 },
        }
    }

    /// Whether `vector` is one of the pair's sixteen.
    pub fn handles(&self, vector: u8) -> bool {
        self.primary.handles(vector) || self.secondary.handles(vector)
    }

    /// Initialises both chips (ICW1-4) with their offsets, then sets the
    /// interrupt masks (a set bit masks that IRQ): `(primary, secondary)`.
    ///
    /// # Safety
    /// Interrupts must be off, and the IDT must have a gate for every IRQ the
    /// masks let through.
    pub unsafe fn init(&self, masks: (u8, u8)) {
        let wait = || {
            // SAFETY: port 0x80 is for POST codes; a write there does nothing else.
            unsafe { outb(WAIT_PORT, 0) }
        };
        // SAFETY: the 8259A's initialisation sequence, each word to the port
        // the datasheet names, followed by a short wait.
        unsafe {
            for (port, value) in [
                (self.primary.command, ICW1_INIT_WITH_ICW4),
                (self.secondary.command, ICW1_INIT_WITH_ICW4),
                (self.primary.data, self.primary.offset),
                (self.secondary.data, self.secondary.offset),
                (self.primary.data, ICW3_PRIMARY_CASCADE),
                (self.secondary.data, ICW3_SECONDARY_IDENTITY),
                (self.primary.data, ICW4_8086),
                (self.secondary.data, ICW4_8086),
            ] {
                outb(port, value);
                wait();
            }
            self.set_masks(masks);
        }
    }

    /// The interrupt masks (OCW1): `(primary, secondary)`.
    pub fn masks(&self) -> (u8, u8) {
        // SAFETY: reading the data port after initialisation returns the mask.
        unsafe { (inb(self.primary.data), inb(self.secondary.data)) }
    }

    /// Sets the interrupt masks (OCW1).
    ///
    /// # Safety
    /// The IDT must have a gate for every IRQ the masks let through.
    pub unsafe fn set_masks(&self, (primary, secondary): (u8, u8)) {
        // SAFETY: OCW1 only masks and unmasks lines.
        unsafe {
            outb(self.primary.data, primary);
            outb(self.secondary.data, secondary);
        }
    }

    /// Ends the interrupt on `vector` (OCW2, non-specific EOI): to the
    /// secondary and the primary for IRQ8-15, to the primary for IRQ0-7.
    ///
    /// # Safety
    /// Only from the handler of `vector`, once: an EOI too many ends another
    /// interrupt that is in service.
    pub unsafe fn end_of_interrupt(&self, vector: u8) {
        // SAFETY: the caller is the handler of an interrupt in service.
        unsafe {
            if self.secondary.handles(vector) {
                outb(self.secondary.command, OCW2_EOI);
            }
            if self.handles(vector) {
                outb(self.primary.command, OCW2_EOI);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::interrupts::{PICS, PIC_MASKS};

    #[test_case]
    fn init_left_only_the_timer_and_the_keyboard_unmasked() {
        // The library's test kernel calls `crate::init` before its tests.
        assert_eq!(PICS.masks(), PIC_MASKS);
        assert_eq!(PIC_MASKS, (0b1111_1100, 0b1111_1111));
    }

    #[test_case]
    fn the_pair_handles_vectors_32_to_47() {
        assert!(!PICS.handles(31));
        assert!(PICS.handles(32) && PICS.handles(39) && PICS.handles(40) && PICS.handles(47));
        assert!(!PICS.handles(48));
    }
}
