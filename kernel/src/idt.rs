//! The interrupt descriptor table: 256 gates of 16 bytes (Intel SDM vol. 3,
//! 6.14.1 "64-Bit Mode IDT"), the frame the CPU pushes, and `lidt`.

use core::arch::asm;
use core::fmt;

use crate::cpu;

/// Exception vectors the kernel handles (SDM vol. 3, table 6-1), and where the
/// remapped PICs start.
pub mod vector {
    /// #BP, `int3`: a trap, the saved RIP is after the instruction.
    pub const BREAKPOINT: u8 = 3;
    /// #DF, a fault while delivering a fault; error code zero; never returns.
    pub const DOUBLE_FAULT: u8 = 8;
    /// #GP, with an error code (a selector or zero).
    pub const GENERAL_PROTECTION: u8 = 13;
    /// #PF, with an error code; CR2 holds the address.
    pub const PAGE_FAULT: u8 = 14;
}

/// What the CPU pushes on the handler's stack, lowest address first (64-bit
/// mode always pushes SS:RSP). The error code, when there is one, lies below it
/// and is passed to the handler separately.
#[derive(Debug, Clone, Copy)]
#[repr(C)]
pub struct InterruptStackFrame {
    /// RIP to return to: the faulting instruction for faults, the next one for traps.
    pub instruction_pointer: u64,
    /// CS at the interruption (zero-extended).
    pub code_segment: u64,
    /// RFLAGS at the interruption.
    pub cpu_flags: u64,
    /// RSP at the interruption.
    pub stack_pointer: u64,
    /// SS at the interruption (zero-extended).
    pub stack_segment: u64,
}

/// A handler for a vector without an error code.
pub type Handler = extern "x86-interrupt" fn(InterruptStackFrame);
/// A handler for a vector with an error code (#GP, #PF, ...).
pub type HandlerWithErrorCode = extern "x86-interrupt" fn(InterruptStackFrame, u64);
/// A handler that never returns to the interrupted code, with an error code (#DF).
pub type DivergingHandlerWithErrorCode = extern "x86-interrupt" fn(InterruptStackFrame, u64) -> !;

/// Gate type 0xE: a 64-bit interrupt gate (IF is cleared on entry).
const INTERRUPT_GATE: u16 = 0xE << 8;
/// Bit 15 of the options word: present.
const PRESENT: u16 = 1 << 15;
/// Bits 0-2 of the options word: the IST slot (1-7), 0 for none.
const IST_MASK: u16 = 0b111;

/// One IDT entry (a 64-bit interrupt gate), as the CPU reads it.
#[derive(Clone, Copy, PartialEq, Eq)]
#[repr(C)]
pub struct Gate {
    offset_low: u16,
    selector: u16,
    /// IST (bits 0-2), type (8-11), DPL (13-14), present (15).
    options: u16,
    offset_middle: u16,
    offset_high: u32,
    reserved: u32,
}

impl Gate {
    /// A gate that is not present: its vector raises #NP (and so, most likely, #DF).
    pub const MISSING: Gate = Gate {
        offset_low: 0,
        selector: 0,
        options: 0,
        offset_middle: 0,
        offset_high: 0,
        reserved: 0,
    };

    /// A present interrupt gate, DPL 0, no IST, to `handler` in the code
    /// segment `selector`.
    pub const fn new(handler: u64, selector: u16) -> Gate {
        Gate {
            offset_low: handler as u16,
            selector,
            options: PRESENT | INTERRUPT_GATE,
            offset_middle: (handler >> 16) as u16,
            offset_high: (handler >> 32) as u32,
            reserved: 0,
        }
    }

    /// The handler's address.
    pub fn handler(&self) -> u64 {
        u64::from(self.offset_low)
            | u64::from(self.offset_middle) << 16
            | u64::from(self.offset_high) << 32
    }

    /// The code segment selector the handler runs in.
    pub fn selector(&self) -> u16 {
        self.selector
    }

    /// Whether the gate is present.
    pub fn is_present(&self) -> bool {
        self.options & PRESENT != 0
    }

    /// The interrupt stack table slot (1-7) the CPU switches to, 0 for none.
    pub fn ist(&self) -> u8 {
        (self.options & IST_MASK) as u8
    }

    /// Makes the CPU switch to the TSS's stack `ist` (1-7) before the handler
    /// runs; 0 keeps the interrupted stack.
    ///
    /// # Safety
    /// The loaded TSS's IST slot `ist` must hold the top of a stack that
    /// nothing else uses while this handler runs.
    pub unsafe fn set_ist(&mut self, ist: u8) -> &mut Gate {
        assert!(ist <= 7, "the IST has slots 1 to 7, not {ist}");
        self.options = self.options & !IST_MASK | u16::from(ist);
        self
    }
}

impl fmt::Debug for Gate {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Gate")
            .field("handler", &format_args!("{:#x}", self.handler()))
            .field("selector", &format_args!("{:#x}", self.selector))
            .field("options", &format_args!("{:#06x}", self.options))
            .finish()
    }
}

/// The operand of `lidt` and `lgdt`: limit (size - 1) and linear base.
#[repr(C, packed)]
pub struct DescriptorTablePointer {
    /// Size of the table in bytes, minus one.
    pub limit: u16,
    /// Linear address of the table.
    pub base: u64,
}

/// The 256 gates. Vectors without a handler are [`Gate::MISSING`].
#[repr(C, align(16))]
pub struct Idt {
    gates: [Gate; 256],
}

impl Idt {
    /// A table of missing gates.
    pub const fn new() -> Idt {
        Idt { gates: [Gate::MISSING; 256] }
    }

    /// The gate of `vector`.
    pub fn gate(&self, vector: u8) -> &Gate {
        &self.gates[usize::from(vector)]
    }

    /// Points `vector` at a handler without an error code, in the current code segment.
    pub fn set_handler(&mut self, vector: u8, handler: Handler) -> &mut Gate {
        self.set_address(vector, handler as usize as u64)
    }

    /// Points `vector` at a handler that takes the CPU's error code.
    pub fn set_handler_with_error_code(
        &mut self,
        vector: u8,
        handler: HandlerWithErrorCode,
    ) -> &mut Gate {
        self.set_address(vector, handler as usize as u64)
    }

    /// Points #DF at a handler that never returns.
    pub fn set_double_fault_handler(
        &mut self,
        handler: DivergingHandlerWithErrorCode,
    ) -> &mut Gate {
        self.set_address(vector::DOUBLE_FAULT, handler as usize as u64)
    }

    fn set_address(&mut self, vector: u8, address: u64) -> &mut Gate {
        let gate = &mut self.gates[usize::from(vector)];
        *gate = Gate::new(address, cpu::read_cs());
        gate
    }

    /// Makes this the CPU's IDT (`lidt`).
    ///
    /// # Safety
    /// Every gate that can be reached must point at a handler of the right kind
    /// (with or without an error code), and the table must not change while a
    /// gate in use is half written.
    pub unsafe fn load(&'static self) {
        let pointer = DescriptorTablePointer {
            limit: (core::mem::size_of::<Idt>() - 1) as u16,
            base: self as *const Idt as u64,
        };
        // SAFETY: the pointer describes this static table.
        unsafe { asm!("lidt [{}]", in(reg) &pointer, options(readonly, nostack, preserves_flags)) };
    }
}

impl Default for Idt {
    fn default() -> Idt {
        Idt::new()
    }
}

/// The IDT register: where the CPU looks for gates now.
pub fn sidt() -> (u64, u16) {
    let mut pointer = DescriptorTablePointer { limit: 0, base: 0 };
    // SAFETY: `sidt` stores 10 bytes into the pointer.
    unsafe { asm!("sidt [{}]", in(reg) &mut pointer, options(nostack, preserves_flags)) };
    (pointer.base, pointer.limit)
}

const _: () = assert!(core::mem::size_of::<Gate>() == 16);
const _: () = assert!(core::mem::size_of::<Idt>() == 4096);
const _: () = assert!(core::mem::size_of::<DescriptorTablePointer>() == 10);

#[cfg(test)]
mod tests {
    use super::*;

    #[test_case]
    fn a_gate_splits_the_handler_address_over_three_fields() {
        // The gate for 0xffff_8000_0012_3456 in selector 8, as the SDM's figure 6-8 lays it out.
        let gate = Gate::new(0xffff_8000_0012_3456, 8);
        // SAFETY: the gate is never loaded.
        let words: [u64; 2] = unsafe { core::mem::transmute(gate) };
        assert_eq!(words[0], 0x0012_8e00_0008_3456);
        assert_eq!(words[1], 0x0000_0000_ffff_8000);
        assert_eq!(gate.handler(), 0xffff_8000_0012_3456);
        assert!(gate.is_present());
        assert_eq!(gate.ist(), 0);
    }

    #[test_case]
    fn set_ist_changes_only_the_ist_bits() {
        let mut gate = Gate::new(0x10_2030, 8);
        // SAFETY: the gate is never loaded.
        unsafe { gate.set_ist(1) };
        assert_eq!(gate.ist(), 1);
        assert_eq!(gate.handler(), 0x10_2030);
        assert!(gate.is_present());
    }

    #[test_case]
    fn a_new_table_has_no_present_gate() {
        let idt = Idt::new();
        assert!((0..=255).all(|v| !idt.gate(v).is_present()));
    }
}
