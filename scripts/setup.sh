#!/usr/bin/env bash
# Sets up everything longmode needs on this machine; safe to run again, and
# quick when nothing is missing.
#
#   * Debian packages (as root, with apt-get): Debian's Rust with its library
#     sources (rustc-web, cargo-web, rust-web-src, rust-web-llvm and the lld
#     that its rust-lld points at), gcc for cargo's build scripts, the test
#     oracles NASM and QEMU, and the real bootloaders that tests/guests puts
#     on disk images (GRUB 2's i386-pc images, SYSLINUX and ISOLINUX) with
#     tools that write into plain files (mtools, dosfstools, xorriso), gdb,
#     which the tests attach to `longmode run --gdb`, and a Debian-packaged
#     crate (librust-spin-dev) that a test kernel takes offline.
#     Elsewhere it says what to install.
#   * A virtual environment in .venv with longmode and its test tools.
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
packages=(rustc-web cargo-web rust-web-src rust-web-llvm gcc gcc-multilib libc6-dev binutils
          nasm qemu-system-x86 console-setup-linux python3-venv ca-certificates
          grub-pc-bin grub-common syslinux syslinux-common isolinux mtools dosfstools xorriso
          gdb librust-spin-dev acpica-tools)

say() { printf 'setup: %s\n' "$*" >&2; }

missing_packages() {
    local p
    for p in "$@"; do
        dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || echo "$p"
    done
}

apt_install() {
    if [ "$(id -u)" -ne 0 ]; then
        say "missing Debian packages: $*"
        say "run as root: apt-get update && apt-get install -y $*"
        exit 1
    fi
    say "installing Debian packages: $*"
    export DEBIAN_FRONTEND=noninteractive
    if [ -z "${apt_updated:-}" ]; then
        apt-get update -q >/dev/null
        apt_updated=1
    fi
    apt-get install -y -q --no-install-recommends "$@" >/dev/null
}

if [ -f /etc/debian_version ] && command -v dpkg-query >/dev/null; then
    mapfile -t need < <(missing_packages "${packages[@]}")
    [ ${#need[@]} -eq 0 ] || apt_install "${need[@]}"
    # Debian's rust-lld is a symlink to a versioned lld (lld-22, …) that no
    # package pulls in: install the one it names.
    if [ -L /usr/bin/rust-lld ] && [ ! -e /usr/bin/rust-lld ]; then
        apt_install "$(basename "$(readlink /usr/bin/rust-lld)")"
    fi
else
    for tool in cargo rustc nasm qemu-system-x86_64; do
        command -v "$tool" >/dev/null || say "not found: $tool — install it (Rust: rustup toolchain install nightly --component rust-src)"
    done
fi

python=${PYTHON:-python3}
if ! "$python" -c 'import sys; sys.exit(sys.version_info < (3, 11))' 2>/dev/null; then
    say "longmode needs Python 3.11 or newer as '$python' (set PYTHON=...)"
    exit 1
fi

venv="$root/.venv"
stamp="$venv/.longmode-installed"
wanted=$(sha256sum < "$root/pyproject.toml" | cut -d" " -f1)
if [ ! -x "$venv/bin/python" ]; then
    say "creating the virtual environment in .venv"
    "$python" -m venv "$venv"
fi
if [ "$(cat "$stamp" 2>/dev/null)" != "$wanted" ]; then
    say "installing longmode and its test tools into .venv"
    "$venv/bin/python" -m pip install -q -e "$root[test]"
    echo "$wanted" > "$stamp"
fi
# The editable install leaves our sources uncompiled, and with PYTHONDONTWRITEBYTECODE
# set (as in many containers) every `longmode` command would compile them again
# (~0.1 s of each start). Python still reads bytecode written here; only changed
# files are compiled again.
"$venv/bin/python" -m compileall -q "$root/src"
