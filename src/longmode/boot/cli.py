"""The ``longmode image`` subcommand."""

from __future__ import annotations

import argparse


def register(subparsers: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    """Add ``image KERNEL -o disk.img [--cmdline TEXT] [--protocol NAME]``."""
    parser = subparsers.add_parser(
        "image",
        help="make a bootable raw disk image (BIOS, MBR) from a kernel ELF or Multiboot kernel",
        description="Write a raw disk image: an MBR with a partition table, longmode's "
        "stage 2 and the kernel, padded to whole MiB. ELF64 kernels get the longmode boot "
        "protocol (long mode, boot info in RDI), or the bootloader 0.9 crate's when their "
        "crate's Cargo.toml depends on it; kernels with a Multiboot 1 or 2 header are "
        "booted as that spec says.",
    )
    parser.add_argument("kernel", metavar="KERNEL", help="the kernel file")
    parser.add_argument("-o", dest="output", required=True, metavar="IMAGE", help="output image")
    parser.add_argument("--cmdline", default="", metavar="TEXT", help="kernel command line")
    add_protocol_option(parser)
    parser.set_defaults(func=run)


def add_protocol_option(parser: argparse.ArgumentParser) -> None:
    """``--protocol``, shared by ``image``, ``run`` and ``debug``."""
    from longmode.boot.bootinfo import PROTOCOLS

    parser.add_argument(
        "--protocol",
        choices=PROTOCOLS,
        default="auto",
        help="boot protocol for an ELF64 kernel: longmode's, the bootloader 0.9 crate's "
        "(entry_point!, &BootInfo) or bootloader_api 0.11's; auto (default): 0.11's when "
        "the kernel has a .bootloader-config section, 0.9's when the crate that built it "
        "(the Cargo.toml beside its target/ folder) depends on bootloader 0.9",
    )


def run(args: argparse.Namespace) -> int:
    from longmode.boot.image import write_image
    from longmode.files import Output

    output = Output(args.output, inputs=[args.kernel], what="the image")
    write_image(args.kernel, output, args.cmdline, args.protocol)
    print(args.output)
    return 0
