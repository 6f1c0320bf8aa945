//! Links every kernel of the crate (the binary and the test kernels) with
//! `linker.ld`: loaded at 1 MiB physical, entry `_start`.

fn main() {
    let dir = std::env::var("CARGO_MANIFEST_DIR").expect("cargo sets CARGO_MANIFEST_DIR");
    println!("cargo:rustc-link-arg=-T{dir}/linker.ld");
    println!("cargo:rerun-if-changed=linker.ld");
}
