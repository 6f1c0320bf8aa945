//! The CPU's own registers and instructions the kernel needs: control
//! registers, the interrupt flag, `int3`, `invlpg`, the code segment.

use core::arch::asm;

/// RFLAGS bit 9: interrupts enabled.
const RFLAGS_IF: u64 = 1 << 9;

/// CR2: the linear address the last page fault was raised for.
pub fn read_cr2() -> u64 {
    let value: u64;
    // SAFETY: reading CR2 has no side effect.
    unsafe { asm!("mov {}, cr2", out(reg) value, options(nomem, nostack, preserves_flags)) };
    value
}

/// CR3: the physical address of the level-4 page table (bits 12-51) and its
/// cache flags (bits 3 and 4).
pub fn read_cr3() -> u64 {
    let value: u64;
    // SAFETY: reading CR3 has no side effect.
    unsafe { asm!("mov {}, cr3", out(reg) value, options(nomem, nostack, preserves_flags)) };
    value
}

/// Drops the TLB's entry for the page that holds `address`.
pub fn invlpg(address: u64) {
    // SAFETY: invalidating a TLB entry only makes the CPU walk the tables again.
    unsafe { asm!("invlpg [{}]", in(reg) address, options(nostack, preserves_flags)) };
}

/// The CS selector in use.
pub fn read_cs() -> u16 {
    let value: u16;
    // SAFETY: reading a segment register has no side effect.
    unsafe { asm!("mov {0:x}, cs", out(reg) value, options(nomem, nostack, preserves_flags)) };
    value
}

/// Whether RFLAGS.IF is set.
pub fn interrupts_enabled() -> bool {
    let flags: u64;
    // SAFETY: pushes and pops RFLAGS on the current stack.
    unsafe { asm!("pushfq", "pop {}", out(reg) flags, options(nomem, preserves_flags)) };
    flags & RFLAGS_IF != 0
}

/// `sti`: lets maskable interrupts in.
///
/// # Safety
/// An IDT with a gate for every vector that can arrive must be loaded, and the
/// PICs remapped away from the exception vectors.
pub unsafe fn enable_interrupts() {
    // SAFETY: the caller vouches for the IDT and the PICs.
    unsafe { asm!("sti", options(nomem, nostack)) };
}

/// `cli`: keeps maskable interrupts out.
pub fn disable_interrupts() {
    // SAFETY: turning interrupts off cannot break memory safety.
    unsafe { asm!("cli", options(nomem, nostack)) };
}

/// Waits for the next interrupt (`hlt`); returns after its handler.
pub fn wait_for_interrupt() {
    // SAFETY: `hlt` only waits.
    unsafe { asm!("hlt", options(nomem, nostack, preserves_flags)) };
}

/// Raises a breakpoint exception (`int3`, vector 3).
pub fn breakpoint() {
    // SAFETY: the breakpoint handler returns; without an IDT this faults, as `int3` should.
    unsafe { asm!("int3", options(nomem, nostack)) };
}
