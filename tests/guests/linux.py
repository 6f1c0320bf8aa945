"""A Debian Linux kernel on a SYSLINUX disk: test data for test_linux.py.

    .venv/bin/python tests/guests/linux.py [--cache DIR]

The kernel (a bzImage) comes from, in this order: ``LONGMODE_LINUX_BZIMAGE``; the
Debian package ``linux-image-amd64`` depends on, fetched with ``apt-get download``
into the cache (no install: its vmlinuz is taken out with ``dpkg-deb``). It boots
from SYSLINUX (mbr.bin, an active FAT16 partition, ldlinux.sys) with its console
on COM1 and no initrd or root file system, so it ends in its "VFS: Unable to mount
root fs" panic and asks for a reset (``panic=-1``). The image is cached under a
key of the kernel and this file, as build.py caches its images.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import build

#: What the kernel is told: its console on COM1, a reset instead of a wait at the panic.
CMDLINE = "console=ttyS0 earlyprintk=serial,ttyS0,115200 panic=-1"
KERNEL_FILE = "vmlinuz"
METAPACKAGE = "linux-image-amd64"


def _kernel_package() -> str:
    """The versioned package the metapackage depends on (linux-image-6.1.0-N-amd64)."""
    done = subprocess.run(
        ["apt-cache", "depends", METAPACKAGE], capture_output=True, text=True, check=False
    )
    for line in done.stdout.splitlines():
        word = line.strip()
        if word.startswith("Depends: linux-image-"):
            return word.split(": ", 1)[1]
    raise build.Unavailable(
        f"apt-cache knows no kernel package for {METAPACKAGE} (run apt-get update)"
    )


def bzimage(cache: Path = build.CACHE) -> Path:
    """The kernel: LONGMODE_LINUX_BZIMAGE, or Debian's, downloaded once into ``cache``."""
    given = os.environ.get("LONGMODE_LINUX_BZIMAGE")
    if given:
        path = Path(given)
        if not path.is_file():
            raise build.Unavailable(f"LONGMODE_LINUX_BZIMAGE={given} is not a file")
        return path
    for tool in ("apt-get", "apt-cache", "dpkg-deb"):
        if shutil.which(tool) is None:
            raise build.Unavailable(f"{tool} is not installed (Debian's apt and dpkg)")
    package = _kernel_package()
    out = cache / f"{package}.vmlinuz"
    if out.exists():
        return out
    cache.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="linux-", dir=cache) as work:
        fetched = subprocess.run(
            ["apt-get", "download", "-q", package],
            cwd=work,
            capture_output=True,
            text=True,
            check=False,
        )
        debs = list(Path(work).glob("*.deb"))
        if fetched.returncode != 0 or not debs:
            raise build.Unavailable(
                f"apt-get download {package} failed (no network or no Debian mirror?): "
                + (fetched.stderr.strip().splitlines() or ["no .deb"])[-1]
            )
        tree = Path(work) / "tree"
        build._run(["dpkg-deb", "-x", str(debs[0]), str(tree)])
        kernels = sorted(tree.glob("boot/vmlinuz-*"))
        if not kernels:
            raise build.Unavailable(f"{debs[0].name} holds no boot/vmlinuz-*")
        build._replace(out, kernels[0].read_bytes(), stale=cache.glob("*.vmlinuz"))
    return out


def image(cache: Path = build.CACHE) -> Path:
    """The SYSLINUX disk with the kernel, built (or taken from the cache)."""
    kernel = bzimage(cache)
    tools = [build.MKFS_FAT, build.MCOPY, build.SYSLINUX]
    key = build._key(
        [Path(__file__), kernel, build.SYSLINUX_MBR.path(), *(tool.path() for tool in tools)],
        [CMDLINE],
    )
    out = cache / f"linux-{key}.img"
    if out.exists():
        return out
    with tempfile.TemporaryDirectory(prefix="linux-image-", dir=cache) as name:
        work = Path(name)
        staged = work / KERNEL_FILE
        shutil.copyfile(kernel, staged)
        config = work / "syslinux.cfg"
        config.write_text(
            f"DEFAULT linux\nLABEL linux\n  KERNEL {KERNEL_FILE}\n  APPEND {CMDLINE}\n"
        )
        disk = build._fat_partition(work, [staged, config], syslinux=True)
        disk[: build.MBR_CODE_END] = build.SYSLINUX_MBR.path().read_bytes()[: build.MBR_CODE_END]
        build._replace(out, bytes(disk), stale=cache.glob("linux-*.img"))
    return out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--cache", type=Path, default=build.CACHE)
    args = parser.parse_args()
    try:
        print(image(args.cache))
    except build.Unavailable as missing:
        print(f"linux.py: {missing}", file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main())
