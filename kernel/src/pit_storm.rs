//! PIT-storm mode (the `pit-storm` feature): the seed's red-zone story as a test.
//!
//! The PIC is remapped (IRQ0-7 to vectors 0x20-0x27), the PIT set to ~10 kHz,
//! and IRQ0 handled on the interrupted stack (no IST), counting ticks. Meanwhile
//! the kernel computes a checksum in a leaf function, `lint_bait_locals`, over
//! and over, and compares it with the one it computed with interrupts off. Built
//! with the seed's target spec (red zone off) the checksum holds; built with the
//! red zone on, the leaf keeps its array below RSP, the interrupt frames land on
//! it, and a checksum breaks. The kernel says which on COM1 and exits through
//! isa-debug-exit: success (33) when it held for every round, failure (35) when
//! one broke.

use core::arch::{asm, global_asm};
use core::fmt::Write;
use core::ptr::{addr_of, addr_of_mut, read_volatile};

use crate::hw::{ExitCode, DEBUG_EXIT_PORT};
use crate::lint_bait::lint_bait_locals;
use crate::port::outb;
use crate::serial::Com1;

/// Timer ticks to sit through (0.2 s of guest time at ~10 kHz).
const TICKS_WANTED: u64 = 2000;
/// PIT channel 0's count: 1.193182 MHz / 119 ≈ 10 kHz.
const PIT_COUNT: u16 = 119;
/// The vector IRQ0 arrives on once the PIC is remapped.
const TIMER_VECTOR: usize = 0x20;
/// The code segment selector of our boot protocol's GDT.
const KERNEL_CODE: u64 = 0x08;
/// The value the checksum starts from.
const SEED: u64 = 0x1234_5678;

/// 256 gates of 16 bytes.
#[repr(C, align(16))]
struct Idt([u64; 512]);

static mut IDT: Idt = Idt([0; 512]);

/// Ticks counted by the timer handler.
#[no_mangle]
static mut PIT_STORM_TICKS: u64 = 0;

#[repr(C, packed)]
struct DescriptorPointer {
    limit: u16,
    base: u64,
}

extern "C" {
    /// The IRQ0 handler below: counts a tick, acknowledges it, returns.
    fn pit_storm_timer();
}

global_asm!(
    ".global pit_storm_timer",
    "pit_storm_timer:",
    "push rax",
    "inc qword ptr [rip + PIT_STORM_TICKS]",
    "mov al, 0x20",
    "out 0x20, al",
    "pop rax",
    "iretq",
);

/// Runs the storm and exits; see the module's documentation.
pub fn run(com1: &mut Com1) -> ! {
    let expected = lint_bait_locals(SEED);
    // SAFETY: the IDT, PIC and PIT are this kernel's alone; the gate points at a
    // handler that saves what it uses.
    unsafe { install() };
    // SAFETY: the timer's gate is in place.
    unsafe { asm!("sti", options(nomem, nostack)) };
    let mut rounds: u64 = 0;
    // SAFETY: a plain load of a counter the handler increments.
    while unsafe { read_volatile(addr_of!(PIT_STORM_TICKS)) } < TICKS_WANTED {
        let got = lint_bait_locals(SEED);
        rounds += 1;
        if got != expected {
            // SAFETY: stops the storm before reporting.
            unsafe { asm!("cli", options(nomem, nostack)) };
            let _ = writeln!(com1, "checksum broken in round {rounds}: {got:#x}, not {expected:#x}");
            exit(ExitCode::Failed);
        }
    }
    // SAFETY: stops the storm before reporting.
    unsafe { asm!("cli", options(nomem, nostack)) };
    let _ = writeln!(com1, "checksum held for {rounds} rounds over {TICKS_WANTED} timer ticks");
    exit(ExitCode::Success)
}

/// The timer's gate, the PIC remapped with only IRQ0 unmasked, the PIT at ~10 kHz.
unsafe fn install() {
    let handler = pit_storm_timer as *const () as usize as u64;
    // SAFETY: interrupts are off; nothing else touches the IDT.
    let idt = unsafe { &mut *addr_of_mut!(IDT) };
    idt.0[2 * TIMER_VECTOR] = (handler & 0xFFFF)
        | KERNEL_CODE << 16
        | 0x8E << 40 // present, DPL 0, 64-bit interrupt gate, IST 0
        | ((handler >> 16) & 0xFFFF) << 48;
    idt.0[2 * TIMER_VECTOR + 1] = handler >> 32;
    let pointer = DescriptorPointer { limit: 256 * 16 - 1, base: addr_of!(IDT) as u64 };
    // SAFETY: the pointer describes the static IDT above.
    unsafe { asm!("lidt [{}]", in(reg) &pointer, options(readonly, nostack, preserves_flags)) };
    // SAFETY: the 8259 pair's initialisation words (ICW1-4), then the masks.
    unsafe {
        for (port, value) in [
            (0x20, 0x11), (0xA0, 0x11), // ICW1: edge, cascade, ICW4 follows
            (0x21, 0x20), (0xA1, 0x28), // ICW2: vector bases
            (0x21, 0x04), (0xA1, 0x02), // ICW3: the slave on IRQ2
            (0x21, 0x01), (0xA1, 0x01), // ICW4: 8086 mode
            (0x21, 0xFE), (0xA1, 0xFF), // only IRQ0
        ] {
            outb(port, value);
        }
        outb(0x43, 0x34); // channel 0, low then high byte, mode 2
        outb(0x40, (PIT_COUNT & 0xFF) as u8);
        outb(0x40, (PIT_COUNT >> 8) as u8);
    }
}

/// Ends the run through isa-debug-exit.
fn exit(code: ExitCode) -> ! {
    // SAFETY: the debug-exit device only ends the machine.
    unsafe { outb(DEBUG_EXIT_PORT, code as u32 as u8) };
    crate::halt()
}
