//! Code that a careless target spec turns into interrupt-unsafe machine code:
//! a leaf function whose locals fit in the red zone, and floating-point maths.
//!
//! Built only with the `lint-bait` feature, for `longmode check`'s tests. With
//! the seed's target spec (red zone off, soft-float) it compiles to clean code;
//! with the red zone and SSE allowed, the checker must flag both functions.

use core::hint::black_box;
use core::ptr::{read_volatile, write_volatile};

/// Twelve words of locals in a leaf function: with the red zone allowed, LLVM
/// keeps them below RSP instead of moving RSP down.
#[inline(never)]
#[no_mangle]
pub extern "C" fn lint_bait_locals(seed: u64) -> u64 {
    let mut words = [0u64; 12];
    let base = words.as_mut_ptr();
    let mut index = 0;
    while index < 12 {
        // SAFETY: index < 12, inside `words`.
        unsafe { write_volatile(base.wrapping_add(index), seed.wrapping_mul(index as u64 + 1)) };
        index += 1;
    }
    let mut mix = 0;
    while index > 0 {
        index -= 1;
        // SAFETY: index < 12, inside `words`.
        mix ^= unsafe { read_volatile(base.wrapping_add(index)) };
    }
    mix
}

/// Floating-point arithmetic: SSE instructions when the target has SSE,
/// calls into compiler_builtins' soft-float routines when it does not.
#[inline(never)]
#[no_mangle]
pub extern "C" fn lint_bait_float(value: u64) -> u64 {
    let x = black_box(value) as f64;
    (x * 1.5 + 0.25 / x) as u64
}

/// Calls both, so that the linker keeps them (the PIT-storm mode calls only the first).
#[cfg_attr(feature = "pit-storm", allow(dead_code))]
pub fn run() {
    black_box(lint_bait_locals(black_box(7)));
    black_box(lint_bait_float(black_box(9)));
}
