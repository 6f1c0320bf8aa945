"""The hardware-interrupt handlers, called as the ROM stubs would call them."""

from __future__ import annotations

import struct

import pytest
from bios_programs import boot, boot_sector, numbered_disk

from longmode.machine.bios import Disk, install_bios
from longmode.machine.bios.bda import TICKS_PER_DAY, BiosDataArea, Field
from longmode.machine.bios.irq import default_irq, keyboard_interrupt, timer_tick
from longmode.machine.bios.keyboard import KeyboardBuffer, ShiftFlag
from longmode.machine.bios.services import ServiceCall
from longmode.machine.machine import Machine, MachineConfig

FRAME = 0x7000  # SS:SP of the pretend interrupt frame


@pytest.fixture
def machine() -> Machine:
    machine = Machine(MachineConfig(memory=32 << 20))
    install_bios(machine, [Disk(numbered_disk(boot_sector("    exit\n"), 64))])
    machine.cpu.set("ss", 0)
    machine.cpu.set("sp", FRAME)
    machine.uc.mem_write(FRAME, struct.pack("<HHH", 0x7C00, 0, 0x202))
    return machine


def call(machine: Machine, vector: int) -> ServiceCall:
    return ServiceCall(machine.board, vector)


def bda(machine: Machine) -> BiosDataArea:
    return BiosDataArea(lambda a, n: bytes(machine.uc.mem_read(a, n)), machine.uc.mem_write)


def test_default_irq_handler_sends_eoi_for_a_line_in_service(machine: Machine) -> None:
    master = machine.chips.pic.master
    master.isr = 0x10  # IRQ4 in service
    default_irq(call(machine, 0x0C))
    assert master.isr == 0


def test_spurious_irq7_gets_no_eoi_so_other_lines_stay_in_service(machine: Machine) -> None:
    master = machine.chips.pic.master
    master.isr = 0x01  # IRQ0 in service; IRQ7's ISR bit clear: spurious
    default_irq(call(machine, 0x0F))
    assert master.isr == 0x01


def test_spurious_irq15_gets_only_the_masters_eoi_for_the_cascade(machine: Machine) -> None:
    pic = machine.chips.pic
    pic.master.isr, pic.slave.isr = 0x04, 0x01  # IRQ2 (cascade) and IRQ8 in service
    default_irq(call(machine, 0x77))
    assert (pic.master.isr, pic.slave.isr) == (0x00, 0x01)


def test_timer_tick_wraps_at_midnight_and_sets_the_rollover_flag(machine: Machine) -> None:
    area = bda(machine)
    area.set(Field.TIMER_TICKS, TICKS_PER_DAY - 1)
    timer_tick(call(machine, 0x08))
    assert (area.get(Field.TIMER_TICKS), area.get(Field.TIMER_ROLLOVER)) == (0, 1)


def test_keyboard_interrupt_takes_one_byte_tracks_shift_and_stores_key_words(
    machine: Machine,
) -> None:
    ps2 = machine.chips.ps2
    ps2.press("left_shift")
    ps2.press("a")
    keyboard_interrupt(call(machine, 0x09))
    assert ShiftFlag(bda(machine).get(Field.KEYBOARD_FLAGS)) == ShiftFlag.LEFT_SHIFT
    keyboard_interrupt(call(machine, 0x09))
    ps2.press("up")  # E0 48: a grey key, stored with ASCII E0h
    keyboard_interrupt(call(machine, 0x09))
    keyboard_interrupt(call(machine, 0x09))
    buffer = KeyboardBuffer(bda(machine))
    assert (buffer.pop(), buffer.pop(), buffer.pop()) == (0x1E41, 0x48E0, None)


def test_keyboard_buffer_holds_15_keys_and_drops_the_16th(machine: Machine) -> None:
    buffer = KeyboardBuffer(bda(machine))
    assert all(buffer.push(0x1E61 + i) for i in range(15))
    assert not buffer.push(0x1F73)
    assert [buffer.pop() for _ in range(16)] == [0x1E61 + i for i in range(15)] + [None]


FAST_TIMER = """
    cli
    mov word [0x1C * 4], tick
    mov word [0x1C * 4 + 2], 0
    mov al, 0x34                ; PIT channel 0, mode 2
    out 0x43, al
    mov al, 119                 ; count 119: ~10 kHz, a tick every 100 µs
    out 0x40, al
    xor al, al
    out 0x40, al
    sti
    mov ecx, 250000             ; ~1 ms of virtual time (4 instructions a turn)
.spin:
    nop
    nop
    dec ecx
    jnz .spin
    cli
    mov ax, [ticks]
    call hex16
    exit
tick:
    inc word [cs:ticks]
    iret
ticks: dw 0
"""


def test_a_timer_programmed_faster_interrupts_at_its_new_rate_at_once() -> None:
    # The port write that reprograms the PIT ends the interrupt window planned
    # for the old rate (55 ms ahead): ~10 ticks come in the next millisecond.
    machine, _, result = boot(numbered_disk(boot_sector(FAST_TIMER), 64))
    assert result.exit_status == 33, result.message
    ticks = int(bytes(machine.debug_console).decode(), 16)
    assert 8 <= ticks <= 11
