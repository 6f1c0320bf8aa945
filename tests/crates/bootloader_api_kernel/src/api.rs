//! The ABI between a kernel and the `bootloader` 0.11 crate's loader, as
//! `bootloader_api` 0.11.16 fixes it (shared/notes/bootloader-0.11.md §1-2): the
//! serialized configuration in the `.bootloader-config` section, and the
//! `#[repr(C)]` boot information the loader hands over in RDI.

/// The 133 bytes `BootloaderConfig::serialize` writes: the defaults, with a stack
/// of `stack_size` bytes and, if `physical_memory`, the physical memory mapped at
/// a dynamic address.
pub const fn config(stack_size: u64, physical_memory: bool) -> [u8; 133] {
    let mut bytes = [0u8; 133];
    let uuid = [
        0x74, 0x3C, 0xA9, 0x61, 0x09, 0x36, 0x46, 0xA0, 0xBB, 0x55, 0x5C, 0x15, 0x89, 0x15, 0x25,
        0x3D,
    ];
    let mut i = 0;
    while i < 16 {
        bytes[i] = uuid[i];
        i += 1;
    }
    bytes[18] = 11; // version 0.11.16
    bytes[20] = 16;
    let stack = stack_size.to_le_bytes();
    let mut i = 0;
    while i < 8 {
        bytes[23 + i] = stack[i];
        i += 1;
    }
    if physical_memory {
        bytes[67] = 1; // Some(Mapping::Dynamic)
    }
    bytes
}

/// `Optional<T>`: a `#[repr(C)]` enum, Some = 0, None = 1.
#[repr(C)]
pub enum Optional<T> {
    Some(T),
    None,
}

impl<T: Copy> Optional<T> {
    pub fn get(&self) -> Option<T> {
        match self {
            Optional::Some(value) => Some(*value),
            Optional::None => None,
        }
    }
}

#[repr(C)]
pub struct ApiVersion {
    pub major: u16,
    pub minor: u16,
    pub patch: u16,
    pub pre_release: bool,
}

#[derive(Clone, Copy)]
#[repr(C)]
pub enum PixelFormat {
    Rgb,
    Bgr,
    U8,
    Unknown { red: u8, green: u8, blue: u8 },
}

#[derive(Clone, Copy)]
#[repr(C)]
pub struct FrameBufferInfo {
    pub byte_len: usize,
    pub width: usize,
    pub height: usize,
    pub pixel_format: PixelFormat,
    pub bytes_per_pixel: usize,
    pub stride: usize,
}

#[derive(Clone, Copy)]
#[repr(C)]
pub struct FrameBuffer {
    pub buffer_start: u64,
    pub info: FrameBufferInfo,
}

#[derive(Clone, Copy, PartialEq, Eq)]
#[repr(C)]
pub enum MemoryRegionKind {
    Usable,
    Bootloader,
    UnknownUefi(u32),
    UnknownBios(u32),
}

#[repr(C)]
pub struct MemoryRegion {
    pub start: u64,
    pub end: u64,
    pub kind: MemoryRegionKind,
}

#[derive(Clone, Copy)]
#[repr(C)]
pub struct TlsTemplate {
    pub start_addr: u64,
    pub file_size: u64,
    pub mem_size: u64,
}

#[repr(C)]
pub struct BootInfo {
    pub api_version: ApiVersion,
    pub memory_regions: (*mut MemoryRegion, usize),
    pub framebuffer: Optional<FrameBuffer>,
    pub physical_memory_offset: Optional<u64>,
    pub recursive_index: Optional<u16>,
    pub rsdp_addr: Optional<u64>,
    pub tls_template: Optional<TlsTemplate>,
    pub ramdisk_addr: Optional<u64>,
    pub ramdisk_len: u64,
    pub kernel_addr: u64,
    pub kernel_len: u64,
    pub kernel_image_offset: u64,
    pub kernel_stack_bottom: u64,
    pub kernel_stack_len: u64,
    pub _test_sentinel: u64,
}

// The layout the crate's loader writes (232 bytes; the note's measured offsets).
const _: () = assert!(core::mem::size_of::<BootInfo>() == 232);
const _: () = assert!(core::mem::offset_of!(BootInfo, physical_memory_offset) == 88);
const _: () = assert!(core::mem::offset_of!(BootInfo, kernel_image_offset) == 200);
const _: () = assert!(core::mem::size_of::<MemoryRegion>() == 24);

impl BootInfo {
    pub fn memory_regions(&self) -> &[MemoryRegion] {
        unsafe { core::slice::from_raw_parts(self.memory_regions.0, self.memory_regions.1) }
    }
}
