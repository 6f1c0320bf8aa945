"""`longmode run`: boot a disk image or a kernel in our machine, or in QEMU.

A front end over :mod:`longmode.machine`: it builds the disk (an image
file, or an image made in memory from a kernel), streams COM1 to stdout
(and stdin to COM1 when interactive), draws the text screen at the end or
live (in a graphics mode, one line naming it), writes a PNG screenshot (of
the text, or of the framebuffer at its resolution), and turns the run's outcome into an exit
status.

Exit statuses: what the guest wrote to isa-debug-exit, as QEMU reports it
((value << 1) | 1); 0 when the CPU halted with interrupts off (the normal end
of the seed's kernel); 3 triple fault; 4 timeout or instruction limit;
5 reset requested; 2 bad input or emulation error. ``--qemu`` (see
:mod:`longmode.run.qemu`) ends with the same statuses and the same kind of
one-line report.
"""

from __future__ import annotations

import contextlib
import logging

from longmode.files import (
    ImageLock,
    Output,
)
from longmode.run.options import RunOptions, check_options, prepare
from longmode.run.terminal import SignalWatch

log = logging.getLogger("longmode.run")


def run(options: RunOptions) -> int:
    """Runs the target as asked; returns the exit status.

    Everything that can be checked is checked before the guest starts: the
    options, the target and --disk images, the screenshot's path, the locks on
    --persist images.
    """
    check_options(options)
    screenshot = (
        Output(options.screenshot, inputs=[options.target, *options.disks], what="the screenshot")
        if options.screenshot is not None
        else None
    )
    watch = SignalWatch()
    with contextlib.ExitStack() as stack:
        if options.persist:  # locked before they are read: no other run writes them meanwhile
            for image in (options.target, *options.disks):
                stack.enter_context(ImageLock(image))
        boot = prepare(options)
        stack.enter_context(watch.active())
        if options.qemu:
            from longmode.run.qemu import run_qemu

            log.info(
                "with --qemu, -v logs nothing of the guest's: unclaimed ports and BIOS calls "
                "are logged by longmode's machine"
            )

            status = run_qemu(options, boot, screenshot, watch)
        else:
            from longmode.run.ours import run_ours

            status = run_ours(options, boot, screenshot, watch)
    return watch.status or status
