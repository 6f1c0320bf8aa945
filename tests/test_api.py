"""The public API, as the README shows it: ``from longmode import Machine``."""

from __future__ import annotations

from pathlib import Path

import pytest

import longmode
import longmode.elf
from longmode import Machine, Outcome


def test_a_kernel_boots_as_longmode_run_boots_it(seed_kernel: Path) -> None:
    machine = Machine(memory="128M", kernel=seed_kernel)
    result = machine.run(timeout=60)
    assert result.outcome is Outcome.HALTED, result.message
    assert "Hello World!" in machine.serial.text()
    assert "Hello World!" in machine.screen.text()
    assert "<seed_kernel::halt" in result.message  # reports name the kernel's symbols
    assert machine.instructions > 0 and machine.now() == result.virtual_ns
    assert machine.cpu.get("rip") == result.rip


def test_hooks_snapshots_and_memory_from_the_package_root(seed_kernel: Path) -> None:
    machine = Machine(memory="128M", kernel=seed_kernel)
    seen: list[longmode.Hook] = []
    hook = machine.hooks.port(0x3F8, lambda m, access: seen.append(hook) or True)
    assert machine.run(timeout=60).outcome is Outcome.STOPPED
    hook.remove()
    state: longmode.Snapshot = machine.snapshot()
    # RIP is in the kernel, under its page tables: virtual memory reads and writes work
    rip = machine.cpu.get("rip")
    code = machine.read_virtual(rip, 4)
    assert code is not None
    machine.write_virtual(0x200000, b"\x01\x02")  # identity-mapped RAM
    assert machine.read_virtual(0x200000, 2) == machine.read_physical(0x200000, 2) == b"\x01\x02"
    machine.restore(state)
    assert machine.run(timeout=60).outcome is Outcome.HALTED
    assert "Hello World!" in machine.serial.text()


def test_disks_boot_and_bad_arguments_say_why(tmp_path: Path, seed_kernel: Path) -> None:
    from longmode.boot.image import build_image

    image = tmp_path / "seed.img"
    image.write_bytes(build_image(seed_kernel))
    machine = Machine(memory="64M", disks=[image])
    assert machine.run(timeout=60).outcome is Outcome.HALTED
    assert "Hello World!" in machine.serial.text()
    with pytest.raises(ValueError, match="not a kernel"):
        Machine(memory="64M", kernel=image)
    with pytest.raises(ValueError, match="cmdline= comes with kernel="):
        Machine(memory="64M", disks=[image], cmdline="x")


def test_the_root_machine_breaks_steps_and_goes_back(seed_kernel: Path) -> None:
    machine = Machine(memory="128M", kernel=seed_kernel)
    entry = longmode.elf.KernelElf.load(seed_kernel).symbol_at(0x100000)
    assert entry is not None and entry.name == "_start"
    machine.break_at(entry.address)
    stop = machine.cont()
    assert isinstance(stop, longmode.Stop) and (stop.reason, stop.address) == (
        "breakpoint",
        0x100000,
    )
    at_entry = machine.instructions
    assert machine.step(5).reason == "step" and machine.instructions == at_entry + 5
    assert machine.reverse_step(5).reason == "step"
    assert machine.instructions == at_entry and machine.cpu.get("rip") == 0x100000
    # a change from outside starts the history anew: there is nothing before it
    machine.write_physical(0x500, b"\x01")
    machine.debugger.restart_history()
    assert machine.reverse_step().reason == "start" and machine.instructions == at_entry
