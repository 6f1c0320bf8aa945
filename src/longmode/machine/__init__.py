"""The PC that longmode runs kernels on: memory, a unicorn CPU, our BIOS, chips.

Work in progress (issue 5): the I/O bus, the virtual clock and the chips are
here; the CPU wrapper, firmware and run loop come next.
"""
