//! The kernel's IDT and handlers: the breakpoint, page-fault and double-fault
//! exceptions, and the two IRQs it takes (the PIT's timer on IRQ0, the
//! keyboard on IRQ1) once the PICs are remapped to vectors 32-47.

use core::fmt;
use core::ptr::{addr_of, addr_of_mut};
use core::sync::atomic::{AtomicU64, Ordering};

use crate::idt::{vector, Idt, InterruptStackFrame};
use crate::pic::ChainedPics;
use crate::{cpu, gdt, keyboard, println};

/// The vector of IRQ0; IRQ0-7 arrive on 32-39, IRQ8-15 on 40-47.
pub const PIC_1_OFFSET: u8 = 32;
/// The vector of IRQ8.
pub const PIC_2_OFFSET: u8 = PIC_1_OFFSET + 8;

/// The IRQs the kernel handles, as vectors.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[repr(u8)]
pub enum InterruptIndex {
    /// IRQ0, the PIT's channel 0.
    Timer = PIC_1_OFFSET,
    /// IRQ1, the keyboard (the 8042's output buffer is full).
    Keyboard = PIC_1_OFFSET + 1,
}

/// The two 8259s, remapped past the exception vectors.
pub static PICS: ChainedPics = ChainedPics::new(PIC_1_OFFSET, PIC_2_OFFSET);
/// Interrupt masks after [`crate::init`]: IRQ0 and IRQ1 open, everything else closed.
pub const PIC_MASKS: (u8, u8) = (!0b0000_0011, 0xFF);

/// Timer interrupts handled since boot.
pub static TICKS: AtomicU64 = AtomicU64::new(0);
/// Breakpoint exceptions handled since boot.
pub static BREAKPOINTS: AtomicU64 = AtomicU64::new(0);

static mut IDT: Idt = Idt::new();

/// Fills the kernel's IDT and loads it. Call with interrupts off, after
/// [`gdt::init`] (the #DF gate names its IST stack).
pub fn init_idt() {
    // SAFETY: interrupts are off and nothing else touches the table while it
    // is written; the double-fault gate's IST slot is set up by gdt::init.
    unsafe {
        let idt = &mut *addr_of_mut!(IDT);
        idt.set_handler(vector::BREAKPOINT, breakpoint_handler);
        idt.set_handler_with_error_code(vector::PAGE_FAULT, page_fault_handler);
        idt.set_handler_with_error_code(vector::GENERAL_PROTECTION, general_protection_handler);
        idt.set_double_fault_handler(double_fault_handler).set_ist(gdt::DOUBLE_FAULT_IST);
        idt.set_handler(InterruptIndex::Timer as u8, timer_handler);
        idt.set_handler(InterruptIndex::Keyboard as u8, keyboard_handler);
        (*addr_of!(IDT)).load();
    }
}

/// The kernel's IDT (for tests).
pub fn idt() -> &'static Idt {
    // SAFETY: written only by init_idt, with interrupts off.
    unsafe { &*addr_of!(IDT) }
}

extern "x86-interrupt" fn breakpoint_handler(frame: InterruptStackFrame) {
    BREAKPOINTS.fetch_add(1, Ordering::Relaxed);
    println!("EXCEPTION: BREAKPOINT at {:#x}", frame.instruction_pointer);
}

/// The bits of a page fault's error code (SDM vol. 3, figure 4-12).
#[derive(Clone, Copy, PartialEq, Eq)]
#[repr(transparent)]
pub struct PageFaultError(pub u64);

impl PageFaultError {
    /// Bit 0: the page was present (a protection violation), else not present.
    pub const PROTECTION_VIOLATION: u64 = 1 << 0;
    /// Bit 1: a write, else a read.
    pub const WRITE: u64 = 1 << 1;
    /// Bit 2: in user mode (CPL 3).
    pub const USER_MODE: u64 = 1 << 2;
    /// Bit 3: a reserved bit was set in a paging-structure entry.
    pub const MALFORMED_TABLE: u64 = 1 << 3;
    /// Bit 4: an instruction fetch.
    pub const INSTRUCTION_FETCH: u64 = 1 << 4;

    const NAMES: [(u64, &'static str); 5] = [
        (Self::PROTECTION_VIOLATION, "PROTECTION_VIOLATION"),
        (Self::WRITE, "WRITE"),
        (Self::USER_MODE, "USER_MODE"),
        (Self::MALFORMED_TABLE, "MALFORMED_TABLE"),
        (Self::INSTRUCTION_FETCH, "INSTRUCTION_FETCH"),
    ];
}

impl fmt::Debug for PageFaultError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:#x}", self.0)?;
        let mut separator = " (";
        for (bit, name) in Self::NAMES {
            if self.0 & bit != 0 {
                write!(f, "{separator}{name}")?;
                separator = " | ";
            }
        }
        if separator == " (" {
            write!(f, " (read of a page that is not present)")
        } else {
            write!(f, ")")
        }
    }
}

extern "x86-interrupt" fn page_fault_handler(frame: InterruptStackFrame, error_code: u64) {
    panic!(
        "EXCEPTION: PAGE FAULT at {:#x}, error code {:?}\n{:#x?}",
        cpu::read_cr2(),
        PageFaultError(error_code),
        frame
    );
}

extern "x86-interrupt" fn general_protection_handler(frame: InterruptStackFrame, error_code: u64) {
    panic!("EXCEPTION: GENERAL PROTECTION, error code {error_code:#x}\n{frame:#x?}");
}

extern "x86-interrupt" fn double_fault_handler(frame: InterruptStackFrame, _error_code: u64) -> ! {
    panic!("EXCEPTION: DOUBLE FAULT\n{frame:#x?}");
}

extern "x86-interrupt" fn timer_handler(_frame: InterruptStackFrame) {
    TICKS.fetch_add(1, Ordering::Relaxed);
    // SAFETY: this is IRQ0's handler, so IRQ0 is in service.
    unsafe { PICS.end_of_interrupt(InterruptIndex::Timer as u8) };
}

extern "x86-interrupt" fn keyboard_handler(_frame: InterruptStackFrame) {
    keyboard::on_interrupt();
    // SAFETY: this is IRQ1's handler, so IRQ1 is in service.
    unsafe { PICS.end_of_interrupt(InterruptIndex::Keyboard as u8) };
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test_case]
    fn int3_comes_back_to_the_next_instruction() {
        let before = BREAKPOINTS.load(Ordering::Relaxed);
        cpu::breakpoint();
        assert_eq!(BREAKPOINTS.load(Ordering::Relaxed), before + 1);
    }

    #[test_case]
    fn the_loaded_idt_is_ours_with_the_double_fault_gate_on_ist1() {
        let (base, limit) = crate::idt::sidt();
        assert_eq!(base, idt() as *const Idt as u64);
        assert_eq!(limit, 4095);
        let double_fault = idt().gate(vector::DOUBLE_FAULT);
        assert!(double_fault.is_present());
        assert_eq!(double_fault.ist(), gdt::DOUBLE_FAULT_IST);
        assert_eq!(double_fault.selector(), gdt::KERNEL_CODE_SELECTOR);
        assert_eq!(idt().gate(vector::PAGE_FAULT).ist(), 0);
        assert!(!idt().gate(0).is_present());
    }

    #[test_case]
    fn a_page_fault_error_code_reads_as_its_bits() {
        let mut text = crate::testing::Text::<64>::new();
        fmt::write(&mut text, format_args!("{:?}", PageFaultError(0b10))).unwrap();
        assert_eq!(text.as_str(), "0x2 (WRITE)");
        text.clear();
        fmt::write(&mut text, format_args!("{:?}", PageFaultError(0b10011))).unwrap();
        assert_eq!(text.as_str(), "0x13 (PROTECTION_VIOLATION | WRITE | INSTRUCTION_FETCH)");
        text.clear();
        fmt::write(&mut text, format_args!("{:?}", PageFaultError(0))).unwrap();
        assert_eq!(text.as_str(), "0x0 (read of a page that is not present)");
    }
}
