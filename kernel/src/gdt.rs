//! The kernel's own GDT and TSS (Intel SDM vol. 3, 3.4.5 "Segment
//! Descriptors", 7.2.3 "TSS Descriptor in 64-bit mode", 7.7 "Task Management
//! in 64-bit Mode"). The boot protocol's GDT lives in the boot-info region; this
//! one keeps its selectors (code 0x08, data 0x10) and adds a TSS at 0x18, whose
//! interrupt stack table gives the double-fault handler a stack of its own: a
//! kernel-stack overflow faults on the guard page, the CPU cannot push the
//! page fault's frame there, and #DF must run somewhere else.

use core::arch::asm;
use core::ptr::{addr_of, addr_of_mut};
use core::sync::atomic::{AtomicBool, Ordering};

use crate::idt::DescriptorTablePointer;

/// The 64-bit kernel code segment.
pub const KERNEL_CODE_SELECTOR: u16 = 0x08;
/// The kernel data segment (SS, DS, ES).
pub const KERNEL_DATA_SELECTOR: u16 = 0x10;
/// The TSS (a 16-byte system descriptor: GDT entries 3 and 4).
pub const TSS_SELECTOR: u16 = 0x18;

/// The IST slot of the double-fault stack, as the gate names it (slots are 1-7).
pub const DOUBLE_FAULT_IST: u8 = 1;
/// Size of the double-fault stack.
pub const DOUBLE_FAULT_STACK_SIZE: usize = 5 * 4096;

/// A segment descriptor's bits (SDM vol. 3, figure 3-8).
pub mod descriptor {
    /// Bit 40: accessed (set here, so the CPU never writes the GDT for it).
    pub const ACCESSED: u64 = 1 << 40;
    /// Bit 41: readable (code) or writable (data).
    pub const READ_WRITE: u64 = 1 << 41;
    /// Bit 43: a code segment.
    pub const EXECUTABLE: u64 = 1 << 43;
    /// Bit 44: a code or data segment (clear for system descriptors such as a TSS).
    pub const USER_SEGMENT: u64 = 1 << 44;
    /// Bit 47: present.
    pub const PRESENT: u64 = 1 << 47;
    /// Bits 0-15 and 48-51: the limit, 0xFFFFF (4 GiB with granularity).
    pub const LIMIT_MAX: u64 = 0xFFFF | 0xF << 48;
    /// Bit 53: a 64-bit code segment.
    pub const LONG_MODE: u64 = 1 << 53;
    /// Bit 54: 32-bit default operand size (data segments: a 32-bit stack).
    pub const DEFAULT_SIZE: u64 = 1 << 54;
    /// Bit 55: the limit counts 4 KiB pages.
    pub const GRANULARITY: u64 = 1 << 55;
    /// Bits 40-43 of a system descriptor: an available 64-bit TSS.
    pub const TSS_AVAILABLE: u64 = 0x9 << 40;

    /// The 64-bit kernel code segment: 0x00AF9B000000FFFF.
    pub const KERNEL_CODE: u64 = LIMIT_MAX
        | ACCESSED
        | READ_WRITE
        | EXECUTABLE
        | USER_SEGMENT
        | PRESENT
        | LONG_MODE
        | GRANULARITY;
    /// The kernel data segment: 0x00CF93000000FFFF.
    pub const KERNEL_DATA: u64 =
        LIMIT_MAX | ACCESSED | READ_WRITE | USER_SEGMENT | PRESENT | DEFAULT_SIZE | GRANULARITY;

    /// The two words of a TSS descriptor for a TSS at `base` of `size` bytes.
    pub const fn tss(base: u64, size: u64) -> [u64; 2] {
        let low = (size - 1) & 0xFFFF
            | (base & 0xFF_FFFF) << 16
            | TSS_AVAILABLE
            | PRESENT
            | ((size - 1) >> 16 & 0xF) << 48
            | (base >> 24 & 0xFF) << 56;
        [low, base >> 32]
    }
}

/// The 64-bit task-state segment (SDM vol. 3, figure 7-11): stacks only.
#[derive(Debug, Clone, Copy)]
#[repr(C, packed(4))]
pub struct TaskStateSegment {
    reserved_1: u32,
    /// RSP0-2: the stacks for interrupts that raise the privilege level to 0-2.
    pub privilege_stack_table: [u64; 3],
    reserved_2: u64,
    /// IST1-7 (index 0 is IST1): stacks that gates can name.
    pub interrupt_stack_table: [u64; 7],
    reserved_3: u64,
    reserved_4: u16,
    /// Offset of the I/O permission bitmap; the size of the TSS means "none".
    pub iomap_base: u16,
}

impl TaskStateSegment {
    /// A TSS with no stacks and no I/O bitmap.
    pub const fn new() -> TaskStateSegment {
        TaskStateSegment {
            reserved_1: 0,
            privilege_stack_table: [0; 3],
            reserved_2: 0,
            interrupt_stack_table: [0; 7],
            reserved_3: 0,
            reserved_4: 0,
            iomap_base: core::mem::size_of::<TaskStateSegment>() as u16,
        }
    }

    /// This TSS with IST slot `ist` (1-7) pointing at `stack_top`.
    pub const fn with_ist(mut self, ist: u8, stack_top: u64) -> TaskStateSegment {
        let mut table = self.interrupt_stack_table;
        table[ist as usize - 1] = stack_top;
        self.interrupt_stack_table = table;
        self
    }
}

impl Default for TaskStateSegment {
    fn default() -> TaskStateSegment {
        TaskStateSegment::new()
    }
}

/// The GDT: null, kernel code, kernel data, the TSS (two entries).
#[repr(C, align(8))]
pub struct Gdt {
    entries: [u64; 5],
}

impl Gdt {
    /// The table for a TSS at `tss`.
    pub fn new(tss: &'static TaskStateSegment) -> Gdt {
        let [low, high] = descriptor::tss(
            tss as *const TaskStateSegment as u64,
            core::mem::size_of::<TaskStateSegment>() as u64,
        );
        Gdt { entries: [0, descriptor::KERNEL_CODE, descriptor::KERNEL_DATA, low, high] }
    }

    /// The descriptor at `selector` (its low word for the TSS).
    pub fn entry(&self, selector: u16) -> u64 {
        self.entries[usize::from(selector >> 3)]
    }

    /// `lgdt`, then CS, SS, DS and ES reloaded from it and the TSS loaded (`ltr`).
    ///
    /// # Safety
    /// Once per boot (`ltr` marks the TSS busy; loading a busy one faults), with
    /// interrupts off.
    unsafe fn load(&'static self) {
        let pointer = DescriptorTablePointer {
            limit: (core::mem::size_of::<Gdt>() - 1) as u16,
            base: self as *const Gdt as u64,
        };
        // SAFETY: the table holds the same code and data segments as the one in
        // use, at the same selectors, so the reloads change nothing but where
        // the CPU reads them; the far return lands on the next instruction.
        unsafe {
            asm!("lgdt [{}]", in(reg) &pointer, options(readonly, nostack, preserves_flags));
            asm!(
                "push {code}",
                "lea {scratch}, [rip + 2f]",
                "push {scratch}",
                "retfq",
                "2:",
                code = in(reg) u64::from(KERNEL_CODE_SELECTOR),
                scratch = lateout(reg) _,
                options(preserves_flags),
            );
            asm!(
                "mov ss, {0:x}",
                "mov ds, {0:x}",
                "mov es, {0:x}",
                in(reg) KERNEL_DATA_SELECTOR,
                options(nostack, preserves_flags),
            );
            asm!("ltr {0:x}", in(reg) TSS_SELECTOR, options(nostack, preserves_flags));
        }
    }
}

/// The double-fault handler's stack.
#[repr(C, align(16))]
struct Stack([u8; DOUBLE_FAULT_STACK_SIZE]);

static mut DOUBLE_FAULT_STACK: Stack = Stack([0; DOUBLE_FAULT_STACK_SIZE]);
static mut TSS: TaskStateSegment = TaskStateSegment::new();
static mut GDT: Gdt = Gdt { entries: [0; 5] };
/// Set once [`init`] has loaded the tables.
static LOADED: AtomicBool = AtomicBool::new(false);

/// The lowest address of the double-fault stack, and its top.
pub fn double_fault_stack() -> (u64, u64) {
    let bottom = addr_of!(DOUBLE_FAULT_STACK) as u64;
    (bottom, bottom + DOUBLE_FAULT_STACK_SIZE as u64)
}

/// Loads the kernel's GDT and TSS; later calls do nothing. Interrupts must be off.
pub fn init() {
    if LOADED.swap(true, Ordering::SeqCst) {
        return;
    }
    let (_, top) = double_fault_stack();
    // SAFETY: the first and only call gets here (LOADED), with interrupts off,
    // so nothing else reads or writes the TSS and the GDT meanwhile.
    unsafe {
        let tss = &mut *addr_of_mut!(TSS);
        *tss = TaskStateSegment::new().with_ist(DOUBLE_FAULT_IST, top);
        let gdt = &mut *addr_of_mut!(GDT);
        *gdt = Gdt::new(&*addr_of!(TSS));
        (*addr_of!(GDT)).load();
    }
}

/// The loaded TSS (a copy).
pub fn tss() -> TaskStateSegment {
    // SAFETY: a read of the static; [`init`] writes it once, before anyone asks.
    unsafe { *addr_of!(TSS) }
}

/// The task register (`str`): the selector of the loaded TSS, 0 before [`init`].
pub fn task_register() -> u16 {
    let selector: u16;
    // SAFETY: `str` only reads the task register.
    unsafe { asm!("str {0:x}", out(reg) selector, options(nomem, nostack, preserves_flags)) };
    selector
}

/// The GDT register (`sgdt`): base and limit.
pub fn sgdt() -> (u64, u16) {
    let mut pointer = DescriptorTablePointer { limit: 0, base: 0 };
    // SAFETY: `sgdt` stores 10 bytes into the pointer.
    unsafe { asm!("sgdt [{}]", in(reg) &mut pointer, options(nostack, preserves_flags)) };
    (pointer.base, pointer.limit)
}

const _: () = assert!(core::mem::size_of::<TaskStateSegment>() == 104);
const _: () = assert!(descriptor::KERNEL_CODE == 0x00AF_9B00_0000_FFFF);
const _: () = assert!(descriptor::KERNEL_DATA == 0x00CF_9300_0000_FFFF);

#[cfg(test)]
mod tests {
    use super::*;
    use crate::cpu;

    #[test_case]
    fn a_tss_descriptor_spreads_its_base_over_both_words() {
        let [low, high] = descriptor::tss(0xffff_8000_1234_5678, 104);
        assert_eq!(low, 0x1200_8934_5678_0067);
        assert_eq!(high, 0xffff_8000);
    }

    #[test_case]
    fn init_loaded_our_gdt_our_code_segment_and_the_tss() {
        // The library's test kernel calls `init` before its tests.
        let (base, limit) = sgdt();
        assert_eq!(base, addr_of!(GDT) as u64);
        assert_eq!(limit, 5 * 8 - 1);
        assert_eq!(cpu::read_cs(), KERNEL_CODE_SELECTOR);
        assert_eq!(task_register(), TSS_SELECTOR);
        // `ltr` marked the TSS busy: type 0x9 became 0xB.
        // SAFETY: a read of the static GDT.
        let low = unsafe { (*addr_of!(GDT)).entry(TSS_SELECTOR) };
        assert_eq!(low >> 40 & 0xF, 0xB);
    }

    #[test_case]
    fn the_tss_gives_ist1_the_top_of_the_double_fault_stack() {
        let (bottom, top) = double_fault_stack();
        let ist = tss().interrupt_stack_table;
        assert_eq!(ist[usize::from(DOUBLE_FAULT_IST) - 1], top);
        assert_eq!(top - bottom, DOUBLE_FAULT_STACK_SIZE as u64);
        assert_eq!(top % 16, 0);
    }
}
