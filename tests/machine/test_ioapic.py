"""The 82093AA I/O APIC: its register window, the redirection table, edge and level inputs.

Driven as a guest drives it: IOREGSEL then IOWIN, 4-byte accesses. Messages go
to a real :class:`LocalApic` (with a real 8259 pair behind LINT0). The
register values QEMU 7.2 gives were checked on ``qemu-system-x86_64`` 7.2.
"""

from __future__ import annotations

import pytest

from longmode.machine.devices.ioapic import IOAPIC_BASE, IoApic
from longmode.machine.devices.lapic import LocalApic
from longmode.machine.devices.pic8259 import DualPic

IOREGSEL, IOWIN, EOI_REGISTER = 0x00, 0x10, 0x40
LAPIC_EOI, LAPIC_SVR = 0xB0, 0xF0

MASKED = 1 << 16
LEVEL = 1 << 15
REMOTE_IRR = 1 << 14
LOGICAL = 1 << 11


def remapped_pic() -> DualPic:
    """The 8259 pair with vectors 0x20-0x2F, all lines unmasked."""
    pic = DualPic()
    for port, value in [(0x20, 0x11), (0xA0, 0x11), (0x21, 0x20), (0xA1, 0x28)]:
        pic.write(port, 1, value)
    for port, value in [(0x21, 0x04), (0xA1, 0x02), (0x21, 0x01), (0xA1, 0x01)]:
        pic.write(port, 1, value)
    pic.write(0x21, 1, 0x00)
    pic.write(0xA1, 1, 0x00)
    return pic


def board() -> tuple[IoApic, LocalApic, DualPic]:
    """An enabled local APIC with LINT0 masked, its EOIs wired to the I/O APIC."""
    pic = remapped_pic()
    lapic = LocalApic(pic)
    lapic.mmio_write(LAPIC_SVR, 4, 0x1FF)
    lapic.mmio_write(0x350, 4, MASKED | 0x700)
    ioapic = IoApic(lapic)
    lapic.on_eoi = ioapic.end_of_interrupt
    return ioapic, lapic, pic


def read_register(ioapic: IoApic, index: int) -> int:
    ioapic.mmio_write(IOREGSEL, 4, index)
    return ioapic.mmio_read(IOWIN, 4)


def write_register(ioapic: IoApic, index: int, value: int) -> None:
    ioapic.mmio_write(IOREGSEL, 4, index)
    ioapic.mmio_write(IOWIN, 4, value)


def route(ioapic: IoApic, pin: int, low: int, destination: int = 0) -> None:
    """Redirection entry ``pin``: the high half (destination) first, then the low half."""
    write_register(ioapic, 0x11 + 2 * pin, destination << 24)
    write_register(ioapic, 0x10 + 2 * pin, low)


def entry(ioapic: IoApic, pin: int) -> int:
    return read_register(ioapic, 0x10 + 2 * pin) | read_register(ioapic, 0x11 + 2 * pin) << 32


def irr_vectors(lapic: LocalApic) -> list[int]:
    return [v for v in range(256) if lapic.irr >> v & 1]


def lapic_eoi(lapic: LocalApic) -> None:
    lapic.mmio_write(LAPIC_EOI, 4, 0)


# -- registers ----------------------------------------------------------------


def test_ioapic_sits_at_fec00000_in_one_page() -> None:
    ioapic, _, _ = board()
    assert IOAPIC_BASE == 0xFEC00000
    assert ioapic.mmio == ((0xFEC00000, 0x1000),)
    assert ioapic.name == "ioapic"


def test_ioapic_version_register_reports_version_0x20_and_24_entries() -> None:
    ioapic, _, _ = board()
    assert read_register(ioapic, 0x01) == 0x00170020


def test_ioapic_ioregsel_reads_back_its_low_byte() -> None:
    ioapic, _, _ = board()
    ioapic.mmio_write(IOREGSEL, 4, 0x1FF)
    assert ioapic.mmio_read(IOREGSEL, 4) == 0xFF


def test_ioapic_id_keeps_4_bits_and_arbitration_reads_the_id() -> None:
    ioapic, lapic, _ = board()
    assert read_register(ioapic, 0x00) == 0
    write_register(ioapic, 0x00, 0xFFFFFFFF)
    assert read_register(ioapic, 0x00) == 0x0F000000
    assert read_register(ioapic, 0x02) == 0x0F000000
    assert IoApic(lapic, apic_id=2).read_register(0x00) == 0x02000000


def test_ioapic_reset_masks_every_redirection_entry() -> None:
    ioapic, _, _ = board()
    assert [entry(ioapic, pin) for pin in range(24)] == [MASKED] * 24
    assert read_register(ioapic, 0x40) == 0  # past the last entry


def test_ioapic_remote_irr_and_delivery_status_are_read_only() -> None:
    ioapic, _, _ = board()
    write_register(ioapic, 0x12, 0xFFFFFFFF)
    write_register(ioapic, 0x13, 0xFFFFFFFF)
    assert read_register(ioapic, 0x12) == 0xFFFFAFFF
    assert read_register(ioapic, 0x13) == 0xFFFFFFFF


def test_ioapic_registers_repeat_every_0x100_bytes_and_iowin_wants_4_bytes() -> None:
    ioapic, _, _ = board()
    ioapic.mmio_write(0x100 + IOREGSEL, 4, 0x01)
    assert ioapic.mmio_read(0x200 + IOWIN, 4) == 0x00170020
    assert ioapic.mmio_read(IOWIN, 1) == ioapic.mmio_read(IOWIN, 2) == 0
    assert ioapic.mmio_read(0x20, 4) == 0


# -- edge-triggered inputs -------------------------------------------------------


def test_ioapic_edge_input_sends_its_vector_to_the_local_apic() -> None:
    ioapic, lapic, _ = board()
    route(ioapic, 1, 0x31)
    ioapic.set_irq(1, True)
    assert irr_vectors(lapic) == [0x31]
    assert lapic.acknowledge() == 0x31
    ioapic.set_irq(1, False)
    assert irr_vectors(lapic) == []
    assert entry(ioapic, 1) & REMOTE_IRR == 0


def test_ioapic_edge_while_masked_is_lost() -> None:
    ioapic, lapic, _ = board()
    route(ioapic, 4, MASKED | 0x34)
    ioapic.set_irq(4, True)
    ioapic.set_irq(4, False)
    route(ioapic, 4, 0x34)
    assert irr_vectors(lapic) == []


def test_ioapic_irq_line_callbacks_drive_their_pin() -> None:
    ioapic, lapic, _ = board()
    route(ioapic, 2, 0x30)
    line = ioapic.irq_line(2)
    line(True)
    assert irr_vectors(lapic) == [0x30]


def test_ioapic_pins_are_0_to_23() -> None:
    ioapic, _, _ = board()
    with pytest.raises(ValueError, match=r"^I/O APIC pin must be 0-23, not 24$"):
        ioapic.set_irq(24, True)
    with pytest.raises(ValueError, match=r"^I/O APIC pin must be 0-23, not -1$"):
        ioapic.irq_line(-1)


def test_ioapic_does_not_remap_pin_0() -> None:
    ioapic, lapic, _ = board()
    route(ioapic, 0, 0x50)
    route(ioapic, 2, 0x52)
    ioapic.set_irq(0, True)
    assert irr_vectors(lapic) == [0x50]


# -- level-triggered inputs ---------------------------------------------------------


def test_ioapic_level_input_holds_remote_irr_until_the_eoi() -> None:
    ioapic, lapic, _ = board()
    route(ioapic, 10, LEVEL | 0x3A)
    ioapic.set_irq(10, True)
    assert entry(ioapic, 10) & REMOTE_IRR
    assert lapic.acknowledge() == 0x3A
    assert lapic.tmr >> 0x3A & 1
    ioapic.set_irq(10, True)  # still asserted: no second message
    assert irr_vectors(lapic) == []
    ioapic.set_irq(10, False)
    lapic_eoi(lapic)
    assert entry(ioapic, 10) & REMOTE_IRR == 0
    assert irr_vectors(lapic) == []


def test_ioapic_level_entry_awaiting_its_eoi_is_not_sent_again_by_other_pins() -> None:
    ioapic, lapic, _ = board()
    route(ioapic, 10, LEVEL | 0x3A)
    route(ioapic, 1, 0x31)
    ioapic.set_irq(10, True)
    assert lapic.acknowledge() == 0x3A
    ioapic.set_irq(1, True)  # services every pin; 10 still waits for its EOI
    assert irr_vectors(lapic) == [0x31]


def test_ioapic_level_input_still_asserted_at_eoi_is_sent_again() -> None:
    ioapic, lapic, _ = board()
    route(ioapic, 11, LEVEL | 0x3B)
    ioapic.set_irq(11, True)
    assert lapic.acknowledge() == 0x3B
    lapic_eoi(lapic)
    assert irr_vectors(lapic) == [0x3B]
    assert entry(ioapic, 11) & REMOTE_IRR


def test_ioapic_level_input_asserted_while_masked_is_sent_on_unmask() -> None:
    ioapic, lapic, _ = board()
    route(ioapic, 9, MASKED | LEVEL | 0x39)
    ioapic.set_irq(9, True)
    assert irr_vectors(lapic) == []
    route(ioapic, 9, LEVEL | 0x39)
    assert irr_vectors(lapic) == [0x39]


def test_ioapic_eoi_register_clears_remote_irr_like_the_local_apics_eoi() -> None:
    ioapic, _, _ = board()
    route(ioapic, 5, LEVEL | 0x35)
    ioapic.set_irq(5, True)
    ioapic.set_irq(5, False)
    ioapic.mmio_write(EOI_REGISTER, 4, 0x36)  # another vector: no effect
    assert entry(ioapic, 5) & REMOTE_IRR
    ioapic.mmio_write(EOI_REGISTER, 4, 0x35)
    assert entry(ioapic, 5) & REMOTE_IRR == 0


def test_ioapic_switching_an_entry_to_edge_clears_remote_irr() -> None:
    ioapic, _, _ = board()
    route(ioapic, 5, LEVEL | 0x35)
    ioapic.set_irq(5, True)
    ioapic.set_irq(5, False)
    route(ioapic, 5, MASKED | 0x35)
    assert entry(ioapic, 5) & REMOTE_IRR == 0


def test_ioapic_eoi_storm_delays_the_re_delivery_by_10_ms_as_qemu() -> None:
    ioapic, lapic, _ = board()
    route(ioapic, 11, LEVEL | 0x3B)
    ioapic.set_irq(11, True)
    ioapic.advance(5_000)
    for _ in range(9_999):
        assert lapic.acknowledge() == 0x3B
        lapic_eoi(lapic)
    assert ioapic.next_event() is None
    assert lapic.acknowledge() == 0x3B
    lapic_eoi(lapic)  # the 10,000th in a row
    assert irr_vectors(lapic) == []
    assert ioapic.next_event() == 5_000 + 10_000_000
    ioapic.advance(5_000 + 10_000_000)
    assert irr_vectors(lapic) == [0x3B]
    assert ioapic.next_event() is None


def test_ioapic_eoi_storm_count_restarts_when_the_line_was_quiet_at_an_eoi() -> None:
    ioapic, lapic, _ = board()
    route(ioapic, 11, LEVEL | 0x3B)
    ioapic.set_irq(11, True)
    for _ in range(9_999):
        lapic.acknowledge()
        lapic_eoi(lapic)
    lapic.acknowledge()
    ioapic.set_irq(11, False)
    lapic_eoi(lapic)  # the line is quiet: the count starts again
    ioapic.set_irq(11, True)
    for _ in range(9_999):
        assert lapic.acknowledge() == 0x3B
        lapic_eoi(lapic)
    assert irr_vectors(lapic) == [0x3B]
    assert ioapic.next_event() is None


# -- destinations and modes -----------------------------------------------------------


def test_ioapic_message_for_another_apic_id_is_not_delivered() -> None:
    ioapic, lapic, _ = board()
    route(ioapic, 3, 0x33, destination=1)
    ioapic.set_irq(3, True)
    assert irr_vectors(lapic) == []
    route(ioapic, 3, 0x33, destination=0xFF)  # broadcast
    ioapic.set_irq(3, True)
    assert irr_vectors(lapic) == [0x33]


def test_ioapic_logical_destination_uses_the_local_apics_ldr() -> None:
    ioapic, lapic, _ = board()
    lapic.mmio_write(0xD0, 4, 0x02000000)
    route(ioapic, 6, LOGICAL | 0x36, destination=0x01)
    ioapic.set_irq(6, True)
    assert irr_vectors(lapic) == []
    route(ioapic, 6, LOGICAL | 0x36, destination=0x03)
    ioapic.set_irq(6, True)
    assert irr_vectors(lapic) == [0x36]


def test_ioapic_level_message_nobody_accepts_still_sets_remote_irr() -> None:
    ioapic, _, _ = board()
    route(ioapic, 7, LEVEL | 0x37, destination=5)
    ioapic.set_irq(7, True)
    assert entry(ioapic, 7) & REMOTE_IRR


def test_ioapic_extint_entry_takes_the_8259s_vector() -> None:
    ioapic, lapic, pic = board()
    pic.set_irq(1, True)
    route(ioapic, 0, 0x700)  # ExtINT
    ioapic.set_irq(0, True)
    assert irr_vectors(lapic) == [0x21]
    assert not pic.interrupt_pending()  # acknowledged by the I/O APIC's message


def test_ioapic_nmi_entry_reaches_the_local_apic_as_not_emulated() -> None:
    ioapic, lapic, _ = board()
    reports: list[str] = []
    lapic.on_not_emulated = reports.append
    route(ioapic, 8, 0x400)
    ioapic.set_irq(8, True)
    assert len(reports) == 1 and reports[0].startswith("NMI message")
    assert irr_vectors(lapic) == []


# -- state and description ---------------------------------------------------------------


def test_ioapic_save_and_load_round_trip() -> None:
    ioapic, lapic, _ = board()
    route(ioapic, 10, LEVEL | 0x3A)
    route(ioapic, 1, 0x31, destination=0xFF)
    ioapic.set_irq(10, True)
    ioapic.mmio_write(IOREGSEL, 4, 0x13)
    state = ioapic.save_state()

    copy = IoApic(lapic)
    copy.load_state(state)
    assert copy.save_state() == state
    assert copy.mmio_read(IOREGSEL, 4) == 0x13
    assert [entry(copy, pin) for pin in range(24)] == [entry(ioapic, pin) for pin in range(24)]
    lapic.on_eoi = copy.end_of_interrupt
    assert lapic.acknowledge() == 0x3A
    lapic_eoi(lapic)
    assert irr_vectors(lapic) == [0x3A]  # the copy remembered the asserted line


def test_ioapic_reset_masks_and_forgets_everything() -> None:
    ioapic, _, _ = board()
    route(ioapic, 1, LEVEL | 0x31)
    ioapic.set_irq(1, True)
    ioapic.reset()
    assert entry(ioapic, 1) == MASKED
    assert ioapic.irr == 0


def test_ioapic_describe_lists_programmed_entries_and_sums_up_the_rest() -> None:
    ioapic, _, _ = board()
    route(ioapic, 1, 0x31)
    route(ioapic, 10, LEVEL | 0x3A, destination=0xFF)
    ioapic.set_irq(10, True)
    assert ioapic.describe() == [
        "I/O APIC ID 0, version 0x00170020, at 0xfec00000, IOREGSEL 0x24",
        "pin  1: 0x0000000000000031 vector 0x31 fixed edge active-high physical 0",
        "pin 10: 0xff0000000000c03a vector 0x3a fixed level active-high physical 255 remote-IRR",
        "pins 0,2,3,4,5,6,7,8,9,11,12,13,14,15,16,17,18,19,20,21,22,23: masked, not set up",
        "IRR 10",
    ]


def test_ioapic_register_names_follow_ioregsel() -> None:
    ioapic, _, _ = board()
    assert ioapic.register_name(IOREGSEL) == "IOREGSEL"
    ioapic.mmio_write(IOREGSEL, 4, 0x01)
    assert ioapic.register_name(IOWIN) == "IOWIN (IOAPICVER)"
    ioapic.mmio_write(IOREGSEL, 4, 0x15)
    assert ioapic.register_name(IOWIN) == "IOWIN (redirection 2 high)"
    assert ioapic.register_name(EOI_REGISTER) == "EOI"
