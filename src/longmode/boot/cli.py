"""The ``longmode image`` subcommand."""

from __future__ import annotations

import argparse


def register(subparsers: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    """Add ``image KERNEL -o disk.img [--cmdline TEXT]``."""
    parser = subparsers.add_parser(
        "image",
        help="make a bootable raw disk image (BIOS, MBR) from a kernel ELF or Multiboot kernel",
        description="Write a raw disk image: an MBR with a partition table, longmode's "
        "stage 2 and the kernel, padded to whole MiB. ELF64 kernels get the longmode boot "
        "protocol (long mode, boot info in RDI); kernels with a Multiboot 1 or 2 header are "
        "booted as that spec says.",
    )
    parser.add_argument("kernel", metavar="KERNEL", help="the kernel file")
    parser.add_argument("-o", dest="output", required=True, metavar="IMAGE", help="output image")
    parser.add_argument("--cmdline", default="", metavar="TEXT", help="kernel command line")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from longmode.boot.image import write_image
    from longmode.files import Output

    output = Output(args.output, inputs=[args.kernel], what="the image")
    write_image(args.kernel, output, args.cmdline)
    print(args.output)
    return 0
