//! A kernel started by bootloader_api 0.11's protocol, built as rustc builds such
//! kernels (x86_64-unknown-none: a static PIE, relocated by the loader). It checks
//! what it was handed, draws on the framebuffer, prints a report on COM1 and leaves
//! through isa-debug-exit: 0x10 when every check held, 0x11 otherwise.

#![no_std]
#![no_main]

mod api;

use api::{BootInfo, MemoryRegionKind, PixelFormat};
use core::arch::asm;
use core::fmt::Write;
use core::panic::PanicInfo;

#[used]
#[link_section = ".bootloader-config"]
static CONFIG: [u8; 133] = api::config(64 * 1024, true);

/// A pointer in a static: the loader must relocate it (R_X86_64_RELATIVE).
static GREETING: &str = "Hello from a bootloader_api 0.11 kernel!";

#[no_mangle]
pub extern "C" fn _start(boot_info: &'static mut BootInfo) -> ! {
    let mut ok = true;
    let v = &boot_info.api_version;
    let _ = writeln!(Com1, "{GREETING}");
    let _ = writeln!(Com1, "api {}.{}.{}", v.major, v.minor, v.patch);
    let base = boot_info.kernel_image_offset;
    ok &= base != 0 && _start as *const () as u64 > base;
    let _ = writeln!(Com1, "relocated: kernel at {base:#x}");

    let regions = boot_info.memory_regions();
    let usable: u64 = regions
        .iter()
        .filter(|r| r.kind == MemoryRegionKind::Usable)
        .map(|r| r.end - r.start)
        .sum();
    let sorted = regions.windows(2).all(|w| w[0].end <= w[1].start);
    ok &= sorted && usable > 100 << 20;
    let _ = writeln!(Com1, "{} memory regions, {} MiB usable, sorted: {sorted}", regions.len(), usable >> 20);

    let Some(offset) = boot_info.physical_memory_offset.get() else {
        finish(false, "no physical memory offset");
    };
    // the level-4 table in CR3, read through the physical-memory map
    let cr3: u64;
    unsafe { asm!("mov {}, cr3", out(reg) cr3) };
    let table = (offset + (cr3 & !0xFFF)) as *const u64;
    let present = (0..512).filter(|&i| unsafe { table.add(i).read_volatile() } & 1 != 0).count();
    ok &= present >= 5;
    let _ = writeln!(Com1, "physical memory at {offset:#x}; {present} level-4 entries in use");

    match boot_info.framebuffer.get() {
        Some(framebuffer) => {
            let info = framebuffer.info;
            let format = match info.pixel_format {
                PixelFormat::Rgb => "Rgb",
                PixelFormat::Bgr => "Bgr",
                PixelFormat::U8 => "U8",
                PixelFormat::Unknown { .. } => "Unknown",
            };
            let _ = writeln!(
                Com1,
                "framebuffer {}x{}, {} bytes per pixel, stride {}, {format}",
                info.width, info.height, info.bytes_per_pixel, info.stride
            );
            // a white band across the top: every byte of the first 16 lines
            let pixels = framebuffer.buffer_start as *mut u8;
            let band = 16 * info.stride * info.bytes_per_pixel;
            for i in 0..band {
                unsafe { pixels.add(i).write_volatile(0xFF) };
            }
            ok &= unsafe { pixels.add(band - 1).read_volatile() } == 0xFF;
        }
        None => ok = false,
    }
    finish(ok, "checks")
}

fn finish(ok: bool, what: &str) -> ! {
    let _ = writeln!(Com1, "{what}: {}", if ok { "ok" } else { "FAILED" });
    unsafe { asm!("out dx, eax", in("dx") 0xF4u16, in("eax") if ok { 0x10u32 } else { 0x11 }) };
    loop {
        unsafe { asm!("cli; hlt") };
    }
}

#[panic_handler]
fn panic(info: &PanicInfo) -> ! {
    let _ = writeln!(Com1, "panic: {info}");
    finish(false, "panic")
}

/// COM1, polled.
struct Com1;

impl Write for Com1 {
    fn write_str(&mut self, text: &str) -> core::fmt::Result {
        for byte in text.bytes() {
            unsafe {
                loop {
                    let status: u8;
                    asm!("in al, dx", in("dx") 0x3FDu16, out("al") status);
                    if status & 0x20 != 0 {
                        break;
                    }
                }
                asm!("out dx, al", in("dx") 0x3F8u16, in("al") byte);
            }
        }
        Ok(())
    }
}
