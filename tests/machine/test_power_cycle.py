"""Machine.power_cycle: a machine switched off and on again is a new machine to the
guest. A kernel that leaves memory, chips, the screen and the CPU in a state of its
own is followed on the same machine by kernels that look at all of those; they see
what they see on a new machine, to the instruction and the nanosecond, and the
whole memory ends the same."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from longmode.machine.machine import Machine, MachineConfig, Outcome
from longmode.run.options import RunOptions, prepare
from longmode.run.ours import boot_machine
from longmode.testing.suite import Job, run_job

from support import LD, NASM, nasm_kernel

pytestmark = pytest.mark.skipif(NASM is None or LD is None, reason="needs nasm and GNU ld")

#: Leaves its mark everywhere it can: 64 KiB of RAM at 8 MiB and a line of the
#: text screen, the PICs' masks, PIT channel 0 (mode 2, another count), the RTC's
#: index, CR4's OSFXSR; then takes timer interrupts for a while and exits.
SCRIBBLER = """
bits 64
global _start
section .text
_start:
    mov rdi, 0x800000
    mov rax, 0x5A5A5A5AA5A5A5A5
    mov ecx, 8192
    rep stosq
    mov rdi, 0xB8000 + 160 * 10
    mov ax, 0x4E21
    mov ecx, 80
    rep stosw
    mov al, 0x5A
    out 0x21, al
    mov al, 0xA5
    out 0xA1, al
    mov al, 0x34
    out 0x43, al
    mov al, 0x10
    out 0x40, al
    mov al, 0x27
    out 0x40, al
    mov al, 0x0B
    out 0x70, al
    mov rax, cr4
    or rax, 0x200
    mov cr4, rax
    mov ecx, 200000
.spin:
    loop .spin
    mov dx, 0x3F8
    mov al, 'S'
    out dx, al
    mov al, 0x10
    out 0xF4, al
    cli
    hlt
"""

#: Reports what a kernel can see of the machine: a checksum of the RAM the scribbler
#: wrote, a checksum of the text screen, the PICs' masks, PIT channel 0's latched
#: count, CR4, and the low half of the TSC; then exits.
INSPECTOR = """
bits 64
global _start
section .text
_start:
    xor rax, rax
    mov rsi, 0x800000
    mov ecx, 8192
.sum:
    add rax, [rsi]
    rol rax, 1
    add rsi, 8
    loop .sum
    call hex64
    mov rsi, 0xB8000
    xor rax, rax
    mov ecx, 500
.screen:
    add rax, [rsi]
    rol rax, 3
    add rsi, 8
    loop .screen
    call hex64
    in al, 0x21
    mov ah, al
    in al, 0xA1
    movzx rax, ax
    call hex64
    mov al, 0x00
    out 0x43, al
    in al, 0x40
    mov ah, al
    in al, 0x40
    xchg al, ah
    movzx rax, ax
    call hex64
    mov rax, cr4
    call hex64
    rdtsc
    call hex64
    mov al, 0x10
    out 0xF4, al
    cli
    hlt
hex64:                      ; rax as 16 hex digits and a newline on COM1
    push rcx
    push rdx
    mov rcx, 16
    mov rdx, rax
.digit:
    rol rdx, 4
    mov al, dl
    and al, 0x0F
    add al, '0'
    cmp al, '9'
    jbe .put
    add al, 7
.put:
    push rdx
    mov dx, 0x3F8
    out dx, al
    pop rdx
    loop .digit
    mov dx, 0x3F8
    mov al, 10
    out dx, al
    pop rdx
    pop rcx
    ret
"""

#: A small kernel that only prints and exits (the others' neighbour in a suite).
GREETER = """
bits 64
global _start
section .text
_start:
    lea rsi, [rel line]
    mov ecx, line_end - line
    mov dx, 0x3F8
    rep outsb
    mov al, 0x10
    out 0xF4, al
    cli
    hlt
line: db "hello from the greeter", 10
line_end:
"""


@pytest.fixture(scope="module")
def kernels(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    directory = tmp_path_factory.mktemp("power-cycle")
    return {
        name: nasm_kernel(directory, name, source)
        for name, source in (
            ("scribbler", SCRIBBLER),
            ("inspector", INSPECTOR),
            ("greeter", GREETER),
        )
    }


def _registers(machine: Machine) -> dict[str, int]:
    cpu = machine.cpu
    names = ("rax", "rbx", "rcx", "rdx", "rsi", "rdi", "rsp", "rip", "rflags", "cr0", "cr3", "cr4")
    return {name: cpu.get(name) for name in names}


def _boot(kernel: Path, reuse: Machine | None = None) -> Machine:
    options = RunOptions(target=kernel, memory="64M", timeout=60.0, display="none")
    machine, _, _ = boot_machine(
        options, prepare(options), on_serial=lambda byte: None, reuse=reuse
    )
    return machine


def _outcome(machine: Machine) -> dict[str, object]:
    """Everything of a finished run the guest could have made differ."""
    result = machine.run()
    return {
        "outcome": result.outcome,
        "status": result.exit_status,
        "serial": machine.serial.text(),
        "instructions": machine.instructions,
        "virtual ns": machine.clock.now,
        "screen": machine.screen.text(),
        "registers": _registers(machine),
        "memory": machine.memory.nonzero_pages(),
        "chips": {chip.name: chip.save_state() for chip in machine.chips.devices},
    }


def test_kernels_after_a_scribbler_see_a_new_machine(kernels: dict[str, Path]) -> None:
    fresh = {name: _outcome(_boot(kernels[name])) for name in ("inspector", "greeter")}
    assert fresh["inspector"]["outcome"] is Outcome.EXITED
    assert fresh["inspector"]["serial"].splitlines()[0] == "0" * 16  # RAM at 8 MiB is zero

    machine = _boot(kernels["scribbler"])
    scribbled = _outcome(machine)
    assert scribbled["serial"] == "S" and scribbled["status"] == 33
    for name in ("inspector", "greeter", "inspector"):
        again = _boot(kernels[name], reuse=machine)
        assert again is machine  # the same machine, power-cycled
        assert _outcome(machine) == fresh[name], name


def test_what_the_scribbler_leaves_is_seen_without_a_power_cycle(
    kernels: dict[str, Path],
) -> None:
    """The inspector does see the scribbler's marks when they are there: its figures
    would tell a power cycle that left them."""
    machine = _boot(kernels["scribbler"])
    machine.run()
    fresh = _boot(kernels["inspector"])
    assert fresh.run(until=0x200000).outcome is Outcome.STOPPED  # at its entry
    marked = machine.read_physical(0x800000, 64 << 10)
    assert fresh.read_physical(0x800000, 64 << 10) != marked
    fresh.write_physical(0x800000, marked)
    result = fresh.run()
    assert result.outcome is Outcome.EXITED
    assert fresh.serial.text().splitlines()[0] != "0" * 16


def test_a_power_cycled_machine_is_a_new_one_before_it_runs(kernels: dict[str, Path]) -> None:
    machine = _boot(kernels["scribbler"])
    machine.run()
    machine.power_cycle()
    new = Machine(machine.config)
    assert machine.memory.nonzero_pages() == new.memory.nonzero_pages()
    assert _registers(machine) == _registers(new)
    assert machine.snapshot().devices == new.snapshot().devices
    assert machine.bios is None and not machine.vectors
    assert (machine.instructions, machine.clock.now, bytes(machine.serial)) == (0, 0, b"")


def test_a_power_cycle_keeps_memory_size_and_start_time(kernels: dict[str, Path]) -> None:
    machine = _boot(kernels["greeter"])
    with pytest.raises(ValueError, match="memory size"):
        machine.power_cycle(replace(machine.config, memory=32 << 20))
    with pytest.raises(ValueError, match="deterministic"):
        machine.power_cycle(replace(machine.config, deterministic=False, max_instructions=10))
    # a machine of another size is not reused: a new one is built
    options = RunOptions(target=kernels["greeter"], memory="32M", display="none")
    other, _, _ = boot_machine(options, prepare(options), on_serial=lambda b: None, reuse=machine)
    assert other is not machine and other.config.memory == 32 << 20


def test_a_power_cycle_drops_hooks_and_takes_the_new_limits(kernels: dict[str, Path]) -> None:
    machine = _boot(kernels["scribbler"])
    seen: list[int] = []
    machine.hooks.port(0xF4, lambda m, access: seen.append(access.value))
    assert machine.run().outcome is Outcome.EXITED and seen == [0x10]
    options = RunOptions(
        target=kernels["scribbler"], memory="64M", display="none", max_instructions=50_000
    )
    again, _, _ = boot_machine(options, prepare(options), on_serial=lambda b: None, reuse=machine)
    assert again is machine and isinstance(machine.config, MachineConfig)
    result = machine.run()
    assert result.outcome is Outcome.INSTRUCTION_LIMIT and machine.instructions == 50_000
    assert seen == [0x10]  # the hook went with the power cycle


def test_the_suite_boots_kernel_after_kernel_on_one_machine(kernels: dict[str, Path]) -> None:
    order = ("scribbler", "inspector", "greeter", "inspector", "scribbler")
    results = [run_job(Job(name, kernels[name], memory="64M")) for name in order]
    assert all(result.passed for result in results), [r.message for r in results]
    assert results[1].serial == results[3].serial
    assert results[1].instructions == results[3].instructions
    alone = _boot(kernels["inspector"])
    alone.run()
    assert results[1].serial == alone.serial.text()
    assert results[1].instructions == alone.instructions
