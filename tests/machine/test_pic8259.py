"""The 8259A pair: initialization, priorities, EOIs, cascade, spurious interrupts."""

from __future__ import annotations

import pytest

from longmode.machine.devices.pic8259 import DualPic

MASTER_CMD, MASTER_DATA, SLAVE_CMD, SLAVE_DATA = 0x20, 0x21, 0xA0, 0xA1


def remapped(*, strict_edge: bool = False) -> DualPic:
    """The blog_os / pic8259 crate sequence: vectors 0x20-0x2F, all unmasked."""
    pic = DualPic(strict_edge=strict_edge)
    for port, value in [
        (MASTER_CMD, 0x11),  # ICW1: edge, cascade, ICW4 needed
        (SLAVE_CMD, 0x11),
        (MASTER_DATA, 0x20),  # ICW2: vector base
        (SLAVE_DATA, 0x28),
        (MASTER_DATA, 0x04),  # ICW3: slave on IR2
        (SLAVE_DATA, 0x02),  # ICW3: cascade identity 2
        (MASTER_DATA, 0x01),  # ICW4: 8086 mode
        (SLAVE_DATA, 0x01),
        (MASTER_DATA, 0x00),  # OCW1: masks
        (SLAVE_DATA, 0x00),
    ]:
        pic.write(port, 1, value)
    return pic


def isr(pic: DualPic, command_port: int) -> int:
    pic.write(command_port, 1, 0x0B)  # OCW3: read ISR
    value = pic.read(command_port, 1)
    pic.write(command_port, 1, 0x0A)  # OCW3: read IRR
    return value


def test_pic_blog_os_remap_delivers_irq0_at_vector_0x20() -> None:
    pic = remapped()
    assert not pic.interrupt_pending()
    pic.set_irq(0, True)
    assert pic.interrupt_pending()
    assert pic.acknowledge() == 0x20
    assert isr(pic, MASTER_CMD) == 0x01
    assert not pic.interrupt_pending()
    pic.write(MASTER_CMD, 1, 0x20)  # non-specific EOI
    assert isr(pic, MASTER_CMD) == 0


def test_pic_initialization_leaves_vector_bases_and_masks_readable() -> None:
    pic = remapped()
    pic.write(MASTER_DATA, 1, 0xFC)
    pic.write(SLAVE_DATA, 1, 0xFF)
    assert (pic.master.vector_base, pic.slave.vector_base) == (0x20, 0x28)
    assert pic.read(MASTER_DATA, 1) == 0xFC
    assert pic.read(SLAVE_DATA, 1) == 0xFF


def test_pic_intr_output_is_reported_through_the_callback() -> None:
    levels: list[bool] = []
    pic = remapped()
    pic.on_intr = levels.append
    pic.set_irq(1, True)
    pic.acknowledge()
    assert levels == [True, False]


def test_pic_slave_irq8_cascades_through_master_irq2_to_vector_0x28() -> None:
    pic = remapped()
    pic.set_irq(8, True)
    assert pic.interrupt_pending()
    assert pic.acknowledge() == 0x28
    assert isr(pic, MASTER_CMD) == 0x04
    assert isr(pic, SLAVE_CMD) == 0x01
    pic.write(SLAVE_CMD, 1, 0x20)
    pic.write(MASTER_CMD, 1, 0x20)
    assert isr(pic, MASTER_CMD) == isr(pic, SLAVE_CMD) == 0


def test_pic_lowest_numbered_request_has_highest_priority() -> None:
    pic = remapped()
    pic.set_irq(3, True)
    pic.set_irq(1, True)
    assert pic.acknowledge() == 0x21
    assert not pic.interrupt_pending()  # IRQ3 waits while IRQ1 is in service
    pic.set_irq(0, True)
    assert pic.interrupt_pending()  # IRQ0 nests above IRQ1
    assert pic.acknowledge() == 0x20
    pic.write(MASTER_CMD, 1, 0x20)
    pic.write(MASTER_CMD, 1, 0x20)
    assert pic.acknowledge() == 0x23


def test_pic_masked_request_waits_in_irr_until_unmasked() -> None:
    pic = remapped()
    pic.write(MASTER_DATA, 1, 0x02)
    pic.set_irq(1, True)
    assert not pic.interrupt_pending()
    assert pic.read(MASTER_CMD, 1) == 0x02  # IRR
    pic.write(MASTER_DATA, 1, 0x00)
    assert pic.interrupt_pending()


def test_pic_non_specific_eoi_clears_highest_priority_isr_bit() -> None:
    pic = remapped()
    pic.set_irq(3, True)
    pic.acknowledge()
    pic.set_irq(1, True)
    pic.acknowledge()
    assert isr(pic, MASTER_CMD) == 0x0A
    pic.write(MASTER_CMD, 1, 0x20)
    assert isr(pic, MASTER_CMD) == 0x08


def test_pic_specific_eoi_clears_only_that_isr_bit() -> None:
    pic = remapped()
    pic.set_irq(3, True)
    pic.acknowledge()
    pic.set_irq(0, True)
    pic.acknowledge()
    pic.write(MASTER_CMD, 1, 0x63)  # specific EOI, IR3
    assert isr(pic, MASTER_CMD) == 0x01


def test_pic_edge_triggered_line_held_high_requests_only_once() -> None:
    pic = remapped()
    pic.set_irq(4, True)
    pic.acknowledge()
    pic.write(MASTER_CMD, 1, 0x20)
    pic.set_irq(4, True)
    assert not pic.interrupt_pending()
    pic.set_irq(4, False)
    pic.set_irq(4, True)
    assert pic.acknowledge() == 0x24


def test_pic_edge_request_survives_line_falling_before_acknowledge_as_in_qemu() -> None:
    pic = remapped()
    pic.set_irq(1, True)
    pic.set_irq(1, False)
    assert pic.acknowledge() == 0x21


def test_pic_strict_edge_line_falling_before_acknowledge_gives_spurious_irq7() -> None:
    pic = remapped(strict_edge=True)
    pic.set_irq(1, True)
    pic.set_irq(1, False)
    assert pic.acknowledge() == 0x27
    assert isr(pic, MASTER_CMD) == 0  # a spurious IRQ sets no ISR bit


def test_pic_request_masked_after_intr_gives_spurious_irq7() -> None:
    pic = remapped()
    pic.set_irq(5, True)
    pic.write(MASTER_DATA, 1, 0x20)
    assert pic.acknowledge() == 0x27
    assert isr(pic, MASTER_CMD) == 0


def test_pic_vanished_slave_request_gives_spurious_irq15_with_master_irq2_in_service() -> None:
    pic = remapped()
    pic.write(0x4D1, 1, 0x02)  # IRQ9 level-triggered
    pic.set_irq(9, True)  # the master latches the slave's INT on IR2 ...
    pic.set_irq(9, False)  # ... and the slave's request vanishes before INTA
    assert pic.acknowledge() == 0x2F
    assert isr(pic, SLAVE_CMD) == 0
    assert isr(pic, MASTER_CMD) == 0x04


def test_pic_level_triggered_request_stays_while_line_high() -> None:
    pic = remapped()
    pic.write(0x4D0, 1, 0x20)  # ELCR1: IRQ5 level
    pic.set_irq(5, True)
    assert pic.acknowledge() == 0x25
    pic.write(MASTER_CMD, 1, 0x20)
    assert pic.interrupt_pending()
    pic.set_irq(5, False)
    assert not pic.interrupt_pending()


def test_pic_elcr_bits_of_irq0_1_2_8_13_are_not_writable() -> None:
    pic = DualPic()
    pic.write(0x4D0, 1, 0xFF)
    pic.write(0x4D1, 1, 0xFF)
    assert (pic.read(0x4D0, 1), pic.read(0x4D1, 1)) == (0xF8, 0xDE)


def test_pic_auto_eoi_sets_no_isr_bit() -> None:
    pic = DualPic()
    for port, value in [(0x20, 0x11), (0x21, 0x40), (0x21, 0x04), (0x21, 0x03)]:
        pic.write(port, 1, value)  # ICW4 = 3: 8086 mode, AEOI
    pic.set_irq(6, True)
    assert pic.acknowledge() == 0x46
    assert isr(pic, MASTER_CMD) == 0


def test_pic_set_priority_command_makes_the_next_line_highest() -> None:
    pic = remapped()
    pic.write(MASTER_CMD, 1, 0xC3)  # OCW2 set priority: IR3 lowest, IR4 highest
    pic.set_irq(1, True)
    pic.set_irq(5, True)
    assert pic.acknowledge() == 0x25


def test_pic_rotate_on_non_specific_eoi_makes_the_served_line_lowest() -> None:
    pic = remapped()
    pic.set_irq(1, True)
    pic.acknowledge()
    pic.write(MASTER_CMD, 1, 0xA0)  # rotate on non-specific EOI
    pic.set_irq(1, False)
    pic.set_irq(1, True)
    pic.set_irq(6, True)
    assert pic.acknowledge() == 0x26


def test_pic_poll_command_returns_and_acknowledges_the_highest_request() -> None:
    pic = remapped()
    pic.set_irq(3, True)
    pic.write(MASTER_CMD, 1, 0x0C)  # OCW3: poll
    assert pic.read(MASTER_CMD, 1) == 0x83
    assert isr(pic, MASTER_CMD) == 0x08
    pic.write(MASTER_CMD, 1, 0x0C)
    assert pic.read(MASTER_CMD, 1) == 0x00


def test_pic_special_mask_mode_lets_lower_priority_requests_through() -> None:
    pic = remapped()
    pic.set_irq(1, True)
    pic.acknowledge()
    pic.set_irq(3, True)
    assert not pic.interrupt_pending()
    pic.write(MASTER_DATA, 1, 0x02)  # mask the line in service
    pic.write(MASTER_CMD, 1, 0x68)  # OCW3: set special mask mode
    assert pic.acknowledge() == 0x23


def test_pic_icw1_clears_masks_and_in_service_bits() -> None:
    pic = remapped()
    pic.write(MASTER_DATA, 1, 0xFF)
    pic.write(MASTER_CMD, 1, 0x11)
    assert pic.master.imr == 0 and pic.master.init_step == 1


def test_pic_rejects_irq_lines_outside_0_to_15() -> None:
    with pytest.raises(ValueError, match=r"^IRQ line must be 0-15, not 16$"):
        DualPic().set_irq(16, True)


def test_pic_save_state_round_trips() -> None:
    pic = remapped()
    pic.set_irq(3, True)
    pic.acknowledge()
    pic.set_irq(9, True)
    state = pic.save_state()
    copy = DualPic()
    copy.load_state(state)
    assert copy.save_state() == state
    assert copy.acknowledge() == 0x29
