//! Endless recursion runs the kernel stack into its guard page (longmode's
//! boot protocol: 64 KiB at `stack_bottom`, the page below unmapped). The
//! page fault cannot push its frame on that stack, so the CPU raises #DF, and
//! the gate sends #DF to IST1, the TSS's double-fault stack: its handler runs
//! there and passes the test. Without the IST the CPU would triple-fault.

#![no_std]
#![no_main]
#![feature(abi_x86_interrupt)]

use core::panic::PanicInfo;
use core::ptr::{addr_of, addr_of_mut};
use core::sync::atomic::{AtomicU64, Ordering};

use seed_kernel::bootinfo::BootInfo;
use seed_kernel::hw::ExitCode;
use seed_kernel::idt::{Idt, InterruptStackFrame};
use seed_kernel::{cpu, exit, gdt, serial_print, serial_println};

static mut TEST_IDT: Idt = Idt::new();
/// The boot info's `stack_bottom`: the guard page is the page below.
static STACK_BOTTOM: AtomicU64 = AtomicU64::new(0);

#[no_mangle]
pub extern "C" fn _start(info: &'static BootInfo) -> ! {
    serial_print!("stack_overflow::stack_overflow...\t");
    STACK_BOTTOM.store(info.stack_bottom, Ordering::Relaxed);
    gdt::init();
    // SAFETY: interrupts are off; the IST slot is the TSS's double-fault stack.
    unsafe {
        let idt = &mut *addr_of_mut!(TEST_IDT);
        idt.set_double_fault_handler(double_fault).set_ist(gdt::DOUBLE_FAULT_IST);
        (*addr_of!(TEST_IDT)).load();
    }
    stack_overflow();
    serial_println!("[failed]\nthe recursion came back");
    exit(ExitCode::Failed)
}

#[allow(unconditional_recursion)]
fn stack_overflow() {
    stack_overflow();
    // SAFETY: a read of a local: it keeps the call from becoming a jump.
    unsafe { core::ptr::read_volatile(&0u8) };
}

extern "x86-interrupt" fn double_fault(frame: InterruptStackFrame, _error_code: u64) -> ! {
    let here = 0u8;
    let rsp = &here as *const u8 as u64;
    let (ist_bottom, ist_top) = gdt::double_fault_stack();
    let guard = STACK_BOTTOM.load(Ordering::Relaxed) - 4096;
    let cr2 = cpu::read_cr2();
    let checks = [
        ("the handler runs on the IST stack", (ist_bottom..ist_top).contains(&rsp)),
        ("CR2 lies in the guard page", (guard..guard + 4096).contains(&cr2)),
        ("the interrupted RSP is at the guard page", frame.stack_pointer < guard + 4096 + 256),
    ];
    for (what, held) in checks {
        if !held {
            serial_println!(
                "[failed]\nnot so: {what} (RSP {rsp:#x}, IST {ist_bottom:#x}..{ist_top:#x}, \
                 CR2 {cr2:#x}, guard page {guard:#x})\n{frame:#x?}"
            );
            exit(ExitCode::Failed);
        }
    }
    serial_println!("[ok]");
    exit(ExitCode::Success)
}

#[panic_handler]
fn panic(info: &PanicInfo) -> ! {
    seed_kernel::test_panic_handler(info)
}
