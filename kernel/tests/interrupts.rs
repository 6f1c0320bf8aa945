//! IRQs after `init`: the PIT's timer ticks arrive on vector 32 and are
//! acknowledged (else only one would), and a scan code put in the 8042's
//! output buffer (controller command 0xD2, "write keyboard output buffer", as
//! if the keyboard had sent it) raises IRQ1 and reaches the keyboard queue.

#![no_std]
#![no_main]
#![feature(custom_test_frameworks)]
#![test_runner(seed_kernel::test_runner)]
#![reexport_test_harness_main = "test_main"]

use core::panic::PanicInfo;
use core::sync::atomic::Ordering;

use seed_kernel::interrupts::TICKS;
use seed_kernel::keyboard::{self, DATA_PORT, STATUS_PORT};
use seed_kernel::port::{inb, outb};
use seed_kernel::{cpu, pit};

/// The 8042's status bit 0: a byte waits in the output buffer.
const OUTPUT_FULL: u8 = 1 << 0;
/// The 8042's status bit 1: the input buffer is full (do not write yet).
const INPUT_FULL: u8 = 1 << 1;
/// The 8042 command that puts the next data byte in the output buffer.
const WRITE_KEYBOARD_OUTPUT: u8 = 0xD2;

#[no_mangle]
pub extern "C" fn _start() -> ! {
    seed_kernel::init();
    test_main();
    seed_kernel::halt()
}

#[panic_handler]
fn panic(info: &PanicInfo) -> ! {
    seed_kernel::test_panic_handler(info)
}

/// Runs `start`, then waits with interrupts on until `done` says so or `ticks`
/// timer ticks went by; interrupts are off again when it returns.
fn with_interrupts_until(ticks: u64, start: impl FnOnce(), mut done: impl FnMut() -> bool) -> bool {
    let end = TICKS.load(Ordering::Relaxed) + ticks;
    // SAFETY: init loaded the IDT and remapped the PICs.
    unsafe { cpu::enable_interrupts() };
    start();
    let mut met = done();
    while !met && TICKS.load(Ordering::Relaxed) < end {
        cpu::wait_for_interrupt();
        met = done();
    }
    cpu::disable_interrupts();
    met
}

#[test_case]
fn the_timer_ticks_at_the_rate_the_pit_was_given() {
    // SAFETY: IRQ0's handler acknowledges each tick.
    let count = unsafe { pit::set_frequency(1000) };
    assert_eq!(pit::frequency(count), 1000);
    let start = TICKS.load(Ordering::Relaxed);
    let mut halts = 0;
    // SAFETY: init loaded the IDT and remapped the PICs.
    unsafe { cpu::enable_interrupts() };
    while TICKS.load(Ordering::Relaxed) < start + 10 {
        cpu::wait_for_interrupt();
        halts += 1;
    }
    cpu::disable_interrupts();
    assert!(halts >= 10, "each hlt ends with one tick at most: {halts}");
}

#[test_case]
fn interrupts_are_off_again_after_a_wait() {
    assert!(!cpu::interrupts_enabled());
    with_interrupts_until(1, || assert!(cpu::interrupts_enabled()), || false);
    assert!(!cpu::interrupts_enabled());
}

fn send_scan_code(code: u8) {
    // SAFETY: the 8042's command and data ports; 0xD2 only fills the output buffer.
    unsafe {
        while inb(STATUS_PORT) & INPUT_FULL != 0 {}
        outb(STATUS_PORT, WRITE_KEYBOARD_OUTPUT);
        while inb(STATUS_PORT) & INPUT_FULL != 0 {}
        outb(DATA_PORT, code);
    }
}

#[test_case]
fn scan_codes_from_the_8042_arrive_as_characters() {
    while keyboard::read_char().is_some() {}
    // "Hi": Shift down, h, Shift up, i, and the breaks of h and i in between.
    // Each is sent with interrupts on, as a driver would: IRQ1 comes at once.
    for code in [0x2A, 0x23, 0xA3, 0xAA, 0x17, 0x97] {
        let taken = with_interrupts_until(
            50,
            || send_scan_code(code),
            // SAFETY: reading the status register has no side effect.
            || unsafe { inb(STATUS_PORT) } & OUTPUT_FULL == 0,
        );
        assert!(taken, "scan code {code:#x} still waits in the 8042 after 50 ticks");
    }
    assert_eq!(keyboard::read_char(), Some(b'H'));
    assert_eq!(keyboard::read_char(), Some(b'i'));
    assert_eq!(keyboard::read_char(), None);
}
