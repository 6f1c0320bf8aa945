//! A write to an unmapped page raises #PF with CR2 = the address and the
//! error code "write, page not present, supervisor": this kernel's own
//! page-fault handler checks both and passes the test from there.

#![no_std]
#![no_main]
#![feature(abi_x86_interrupt)]

use core::panic::PanicInfo;
use core::ptr::{addr_of, addr_of_mut};

use seed_kernel::hw::ExitCode;
use seed_kernel::idt::{vector, Idt, InterruptStackFrame};
use seed_kernel::interrupts::PageFaultError;
use seed_kernel::{cpu, exit, serial_print, serial_println};

/// PML4 slot 128: nothing is mapped there.
const UNMAPPED: u64 = 0x0000_4000_dead_0008;

static mut TEST_IDT: Idt = Idt::new();

#[no_mangle]
pub extern "C" fn _start() -> ! {
    serial_print!("page_fault::write_to_an_unmapped_page...\t");
    seed_kernel::gdt::init();
    // SAFETY: interrupts are off; the table is complete before it is loaded.
    unsafe {
        (*addr_of_mut!(TEST_IDT)).set_handler_with_error_code(vector::PAGE_FAULT, page_fault);
        (*addr_of!(TEST_IDT)).load();
    }
    write_unmapped();
    serial_println!("[failed]\nthe write to {UNMAPPED:#x} did not fault");
    exit(ExitCode::Failed)
}

#[inline(never)]
fn write_unmapped() {
    // SAFETY: none: the point is the fault.
    unsafe { core::ptr::write_volatile(UNMAPPED as *mut u64, 42) };
}

extern "x86-interrupt" fn page_fault(frame: InterruptStackFrame, error_code: u64) {
    let cr2 = cpu::read_cr2();
    let expected = PageFaultError::WRITE;
    if cr2 != UNMAPPED || error_code != expected {
        serial_println!(
            "[failed]\nCR2 {cr2:#x}, error code {:?}; expected CR2 {UNMAPPED:#x}, error code {:?}\n\
             {frame:#x?}",
            PageFaultError(error_code),
            PageFaultError(expected),
        );
        exit(ExitCode::Failed);
    }
    serial_println!("[ok]");
    exit(ExitCode::Success)
}

#[panic_handler]
fn panic(info: &PanicInfo) -> ! {
    seed_kernel::test_panic_handler(info)
}
