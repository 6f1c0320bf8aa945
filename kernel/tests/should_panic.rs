//! A failing assertion reaches the panic handler: the test passes there.
//! No test runner (`harness = false`): one test, ending the machine itself.

#![no_std]
#![no_main]

use core::panic::PanicInfo;

use seed_kernel::hw::ExitCode;
use seed_kernel::{exit, serial_print, serial_println};

#[no_mangle]
pub extern "C" fn _start() -> ! {
    should_fail();
    serial_println!("[test did not panic]");
    exit(ExitCode::Failed)
}

fn should_fail() {
    serial_print!("should_panic::should_fail...\t");
    assert_eq!(0, 1);
}

#[panic_handler]
fn panic(_info: &PanicInfo) -> ! {
    serial_println!("[ok]");
    exit(ExitCode::Success)
}
