"""The local APIC: registers, priorities, EOIs, IPIs to itself, the timer, the 8259 on LINT0.

Driven as a guest drives it: 4-byte reads and writes at the register offsets.
Where QEMU 7.2 and the SDM differ the tests follow QEMU (the reference
machine); those places were checked on ``qemu-system-x86_64`` 7.2 with a
multiboot probe that printed the registers.
"""

from __future__ import annotations

import pytest

from longmode.machine.devices.lapic import LAPIC_BASE, LocalApic, count_shift
from longmode.machine.devices.pic8259 import DualPic

ID, VERSION, TPR, PPR, EOI, LDR, DFR, SVR = 0x20, 0x30, 0x80, 0xA0, 0xB0, 0xD0, 0xE0, 0xF0
ISR, TMR, IRR, ESR = 0x100, 0x180, 0x200, 0x280
ICR_LOW, ICR_HIGH = 0x300, 0x310
LVT_TIMER, LVT_THERMAL, LVT_PERF, LVT_LINT0, LVT_LINT1, LVT_ERROR = range(0x320, 0x380, 0x10)
INITIAL_COUNT, CURRENT_COUNT, DIVIDE = 0x380, 0x390, 0x3E0

MASKED = 1 << 16
PERIODIC = 1 << 17


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


def make_apic(*, apic_id: int = 0) -> tuple[LocalApic, DualPic]:
    pic = remapped_pic()
    return LocalApic(pic, apic_id=apic_id), pic


def enabled_apic() -> LocalApic:
    """Software-enabled with spurious vector 0xFF, LINT0 masked (the 8259 kept out)."""
    apic, _ = make_apic()
    apic.mmio_write(SVR, 4, 0x1FF)
    apic.mmio_write(LVT_LINT0, 4, MASKED | 0x700)
    return apic


def read(apic: LocalApic, offset: int) -> int:
    return apic.mmio_read(offset, 4)


def write(apic: LocalApic, offset: int, value: int) -> None:
    apic.mmio_write(offset, 4, value)


def irr_vectors(apic: LocalApic) -> list[int]:
    """IRR as the guest reads it: eight 32-bit registers."""
    return [
        32 * word + bit
        for word in range(8)
        for bit in range(32)
        if read(apic, IRR + 0x10 * word) >> bit & 1
    ]


def isr_vectors(apic: LocalApic) -> list[int]:
    return [
        32 * word + bit
        for word in range(8)
        for bit in range(32)
        if read(apic, ISR + 0x10 * word) >> bit & 1
    ]


def self_ipi(apic: LocalApic, vector: int) -> None:
    write(apic, ICR_LOW, 0x00040000 | vector)  # shorthand self, fixed, edge


# -- reset, identification, access widths ------------------------------------


def test_lapic_reset_values_are_qemus_for_the_bootstrap_processor() -> None:
    apic, _ = make_apic()
    assert read(apic, ID) == 0
    assert read(apic, VERSION) == 0x00050014
    assert read(apic, TPR) == read(apic, PPR) == 0
    assert read(apic, LDR) == 0
    assert read(apic, DFR) == 0xFFFFFFFF
    assert read(apic, SVR) == 0xFF
    for lvt in (LVT_TIMER, LVT_THERMAL, LVT_PERF, LVT_LINT1, LVT_ERROR):
        assert read(apic, lvt) == MASKED
    assert read(apic, LVT_LINT0) == 0x700  # ExtINT, unmasked
    assert read(apic, ESR) == 0
    assert read(apic, ICR_LOW) == read(apic, ICR_HIGH) == 0
    assert read(apic, INITIAL_COUNT) == read(apic, CURRENT_COUNT) == read(apic, DIVIDE) == 0
    assert irr_vectors(apic) == isr_vectors(apic) == []
    assert apic.next_event() is None


def test_lapic_sits_at_fee00000_in_one_page() -> None:
    apic, _ = make_apic()
    assert LAPIC_BASE == 0xFEE00000
    assert apic.mmio == ((0xFEE00000, 0x1000),)
    assert apic.name == "lapic"


def test_lapic_id_register_holds_the_apic_id_in_bits_24_to_31() -> None:
    apic, _ = make_apic(apic_id=3)
    assert read(apic, ID) == 0x03000000
    write(apic, ID, 0xFFFFFFFF)
    assert read(apic, ID) == 0xFF000000
    write(apic, ID, 0x05000000)
    assert apic.accepts(5, logical=False)
    assert not apic.accepts(3, logical=False)


def test_lapic_version_is_read_only_and_answers_anywhere_in_its_16_bytes() -> None:
    apic, _ = make_apic()
    write(apic, VERSION, 0)
    assert read(apic, VERSION) == read(apic, VERSION + 4) == read(apic, VERSION + 0xC) == 0x50014


def test_lapic_accesses_narrower_than_4_bytes_read_0_and_write_nothing() -> None:
    apic, _ = make_apic()
    assert apic.mmio_read(VERSION, 1) == apic.mmio_read(VERSION, 2) == 0
    apic.mmio_write(TPR, 1, 0x50)
    apic.mmio_write(TPR, 2, 0x50)
    assert read(apic, TPR) == 0


def test_lapic_registers_keep_the_bits_qemu_keeps() -> None:
    apic, _ = make_apic()
    write(apic, TPR, 0xFFFFFFFF)
    write(apic, SVR, 0xFFFFFFFF)
    write(apic, LDR, 0x12345678)
    write(apic, DFR, 0x0FFFFFFF)
    write(apic, DIVIDE, 0xFFFFFFFF)
    write(apic, LVT_PERF, 0xFFFFFFFF)
    assert read(apic, TPR) == 0xFF
    assert read(apic, SVR) == 0x1FF  # focus (bit 9) and EOI suppression (bit 12) dropped
    assert read(apic, LDR) == 0x12000000
    assert read(apic, DFR) == 0x0FFFFFFF
    assert read(apic, DIVIDE) == 0xB
    assert read(apic, LVT_PERF) == 0xFFFFFFFF


# -- priorities ----------------------------------------------------------------


def test_lapic_acknowledge_moves_the_highest_irr_vector_to_isr() -> None:
    apic = enabled_apic()
    apic.deliver(0x41, "fixed", level_triggered=False)
    apic.deliver(0x63, "fixed", level_triggered=False)
    assert apic.interrupt_pending()
    assert apic.acknowledge() == 0x63
    assert irr_vectors(apic) == [0x41]
    assert isr_vectors(apic) == [0x63]


def test_lapic_tpr_holds_requests_of_its_priority_class_and_below() -> None:
    apic = enabled_apic()
    write(apic, TPR, 0x50)
    apic.deliver(0x5F, "fixed", level_triggered=False)
    assert not apic.interrupt_pending()
    apic.deliver(0x60, "fixed", level_triggered=False)
    assert apic.interrupt_pending()
    assert apic.acknowledge() == 0x60
    write(apic, EOI, 0)
    assert not apic.interrupt_pending()
    write(apic, TPR, 0x00)
    assert apic.acknowledge() == 0x5F


def test_lapic_ppr_is_the_tpr_or_the_in_service_class_whichever_is_higher() -> None:
    apic = enabled_apic()
    write(apic, TPR, 0x35)
    assert read(apic, PPR) == 0x35
    apic.deliver(0x82, "fixed", level_triggered=False)
    apic.acknowledge()
    assert read(apic, PPR) == 0x80  # the class only, not the vector
    write(apic, TPR, 0x95)
    assert read(apic, PPR) == 0x95


def test_lapic_in_service_vector_holds_its_own_class_but_not_a_higher_one() -> None:
    apic = enabled_apic()
    apic.deliver(0x41, "fixed", level_triggered=False)
    assert apic.acknowledge() == 0x41
    apic.deliver(0x4F, "fixed", level_triggered=False)
    assert not apic.interrupt_pending()
    apic.deliver(0x50, "fixed", level_triggered=False)
    assert apic.interrupt_pending()


def test_lapic_eoi_retires_the_most_recent_of_nested_interrupts_first() -> None:
    apic = enabled_apic()
    apic.deliver(0x40, "fixed", level_triggered=False)
    assert apic.acknowledge() == 0x40
    apic.deliver(0x80, "fixed", level_triggered=False)
    assert apic.acknowledge() == 0x80  # preempts the handler of 0x40
    apic.deliver(0x50, "fixed", level_triggered=False)
    assert not apic.interrupt_pending()  # 0x50 waits below 0x80
    write(apic, EOI, 0)
    assert isr_vectors(apic) == [0x40]
    assert apic.interrupt_pending()  # 0x50 beats the 0x40 still in service
    assert apic.acknowledge() == 0x50
    write(apic, EOI, 0)
    write(apic, EOI, 0)
    assert isr_vectors(apic) == []
    assert read(apic, PPR) == 0


def test_lapic_gives_the_spurious_vector_when_priority_holds_the_request() -> None:
    apic = enabled_apic()
    write(apic, SVR, 0x1F7)
    write(apic, TPR, 0xF0)
    apic.deliver(0x41, "fixed", level_triggered=False)
    assert not apic.interrupt_pending()
    assert apic.acknowledge() == 0xF7
    assert irr_vectors(apic) == [0x41]  # still requested
    assert isr_vectors(apic) == []


def test_lapic_gives_the_spurious_vector_when_nothing_is_left() -> None:
    apic = enabled_apic()
    write(apic, SVR, 0x13F)
    assert apic.acknowledge() == 0x3F


def test_lapic_software_disabled_keeps_requests_in_irr_until_enabled() -> None:
    apic = enabled_apic()
    write(apic, SVR, 0x0FF)
    apic.deliver(0x30, "fixed", level_triggered=False)
    assert irr_vectors(apic) == [0x30]
    assert not apic.interrupt_pending()
    write(apic, SVR, 0x1FF)
    assert apic.interrupt_pending()
    assert apic.acknowledge() == 0x30


def test_lapic_software_disable_leaves_the_lvts_as_written_as_qemu_does() -> None:
    # The SDM masks every LVT while SVR bit 8 is clear; QEMU 7.2 does not.
    apic, _ = make_apic()
    assert read(apic, SVR) & 0x100 == 0
    write(apic, LVT_THERMAL, 0x31)
    assert read(apic, LVT_THERMAL) == 0x31
    assert read(apic, LVT_LINT0) == 0x700


# -- errors --------------------------------------------------------------------


def test_lapic_esr_records_an_illegal_register_address() -> None:
    apic, _ = make_apic()
    assert read(apic, 0x2F0) == 0  # LVT CMCI: QEMU's APIC has six LVTs only
    assert read(apic, ESR) == 0x80


def test_lapic_esr_is_not_cleared_by_writes_as_in_qemu() -> None:
    apic, _ = make_apic()
    write(apic, 0x3F0, 1)  # reserved register
    write(apic, ESR, 0)
    write(apic, ESR, 0)
    assert read(apic, ESR) == 0x80


def test_lapic_accepts_an_ipi_with_a_vector_below_16_without_an_error_as_qemu() -> None:
    apic = enabled_apic()
    self_ipi(apic, 0x05)
    assert irr_vectors(apic) == [0x05]
    assert read(apic, ESR) == 0


# -- EOI and TMR ----------------------------------------------------------------


def test_lapic_eoi_of_a_level_triggered_vector_is_broadcast_to_on_eoi() -> None:
    apic = enabled_apic()
    eois: list[int] = []
    apic.on_eoi = eois.append
    apic.deliver(0x31, "fixed", level_triggered=True)
    apic.deliver(0x32, "fixed", level_triggered=False)
    assert read(apic, TMR + 0x10) == 1 << 0x11  # 0x31 only
    apic.acknowledge()
    write(apic, EOI, 0)  # 0x32, edge
    assert eois == []
    apic.acknowledge()
    write(apic, EOI, 0)  # 0x31, level
    assert eois == [0x31]


def test_lapic_eoi_with_nothing_in_service_does_nothing() -> None:
    apic = enabled_apic()
    eois: list[int] = []
    apic.on_eoi = eois.append
    write(apic, EOI, 0)
    assert eois == [] and isr_vectors(apic) == []


# -- IPIs ------------------------------------------------------------------------


def test_lapic_self_ipi_by_shorthand_is_delivered_and_reads_back_idle() -> None:
    apic = enabled_apic()
    self_ipi(apic, 0x44)
    assert irr_vectors(apic) == [0x44]
    assert read(apic, ICR_LOW) == 0x00040044  # delivery status (bit 12) idle
    assert apic.acknowledge() == 0x44


def test_lapic_icr_low_reads_back_what_was_written_as_in_qemu() -> None:
    apic = enabled_apic()
    write(apic, ICR_LOW, 0x00041064)  # a delivery status bit set by the guest stays
    assert read(apic, ICR_LOW) == 0x00041064


def test_lapic_fixed_ipi_to_its_own_id_and_to_broadcast_is_delivered() -> None:
    apic, _ = make_apic(apic_id=2)
    write(apic, SVR, 0x1FF)
    write(apic, ICR_HIGH, 0x02000000)
    write(apic, ICR_LOW, 0x00000045)
    write(apic, ICR_HIGH, 0xFF000000)
    write(apic, ICR_LOW, 0x00000046)
    write(apic, ICR_LOW, 0x00080047)  # all including self
    assert irr_vectors(apic) == [0x45, 0x46, 0x47]


def test_lapic_ipi_to_all_excluding_self_does_not_reach_itself() -> None:
    apic = enabled_apic()
    write(apic, ICR_LOW, 0x000C0048)
    assert irr_vectors(apic) == []


def test_lapic_fixed_ipi_to_an_absent_apic_id_is_dropped_without_an_error() -> None:
    apic = enabled_apic()
    reports: list[str] = []
    apic.on_not_emulated = reports.append
    write(apic, ICR_HIGH, 0x07000000)
    write(apic, ICR_LOW, 0x00000051)
    assert irr_vectors(apic) == []
    assert read(apic, ESR) == 0
    assert reports == []


def test_lapic_init_and_startup_ipis_to_another_cpu_are_reported_as_not_emulated() -> None:
    apic = enabled_apic()
    reports: list[str] = []
    apic.on_not_emulated = reports.append
    write(apic, ICR_HIGH, 0x01000000)
    write(apic, ICR_LOW, 0x00004500)  # INIT, level assert
    write(apic, ICR_LOW, 0x00008500)  # INIT level de-assert: only an arbitration sync
    write(apic, ICR_LOW, 0x00004608)  # STARTUP at 0x8000
    write(apic, ICR_LOW, 0x000C4500)  # INIT to all excluding self
    assert reports == [
        "INIT IPI to APIC ID 1: this machine has one CPU; other processors are not emulated",
        "STARTUP IPI (vector 0x08) to APIC ID 1: this machine has one CPU; "
        "other processors are not emulated",
        "INIT IPI to all excluding self: this machine has one CPU; "
        "other processors are not emulated",
    ]
    assert irr_vectors(apic) == []


def test_lapic_nmi_to_itself_is_reported_and_dropped() -> None:
    apic = enabled_apic()
    reports: list[str] = []
    apic.on_not_emulated = reports.append
    write(apic, ICR_LOW, 0x00040400)  # NMI, shorthand self
    assert len(reports) == 1 and reports[0].startswith("NMI message to this CPU")
    assert irr_vectors(apic) == []


def test_lapic_write_to_offset_0_is_an_msi_message_as_in_qemu() -> None:
    apic = enabled_apic()
    write(apic, 0x000, 0x41)  # MSI to physical APIC 0, fixed, vector 0x41
    assert irr_vectors(apic) == [0x41]
    assert read(apic, ESR) == 0


# -- destinations ----------------------------------------------------------------


def test_lapic_physical_destination_is_its_id_or_broadcast() -> None:
    apic, _ = make_apic(apic_id=4)
    assert apic.accepts(4, logical=False)
    assert apic.accepts(0xFF, logical=False)
    assert not apic.accepts(0, logical=False)


def test_lapic_flat_logical_destination_matches_any_common_bit() -> None:
    apic, _ = make_apic()
    write(apic, LDR, 0x04000000)
    assert apic.accepts(0x04, logical=True)
    assert apic.accepts(0x0F, logical=True)
    assert not apic.accepts(0x03, logical=True)
    assert not apic.accepts(0x04, logical=False)


def test_lapic_cluster_logical_destination_matches_cluster_and_member_bit() -> None:
    apic, _ = make_apic()
    write(apic, DFR, 0x0FFFFFFF)
    write(apic, LDR, 0x32000000)  # cluster 3, member bit 1
    assert apic.accepts(0x32, logical=True)
    assert apic.accepts(0x3A, logical=True)
    assert not apic.accepts(0x22, logical=True)  # other cluster
    assert not apic.accepts(0x31, logical=True)  # other member
    assert not apic.accepts(0xF2, logical=True)  # cluster 15 is no broadcast in QEMU 7.2


def test_lapic_logical_ipi_reaches_itself_through_its_ldr() -> None:
    apic = enabled_apic()
    write(apic, LDR, 0x01000000)
    write(apic, ICR_HIGH, 0x01000000)
    write(apic, ICR_LOW, 0x00000852)  # logical, fixed
    write(apic, ICR_HIGH, 0x02000000)
    write(apic, ICR_LOW, 0x00000853)
    assert irr_vectors(apic) == [0x52]


# -- delivery modes ---------------------------------------------------------------


def test_lapic_lowest_priority_and_extint_messages_land_in_irr_like_fixed() -> None:
    apic = enabled_apic()
    apic.deliver(0x61, "lowest", level_triggered=False)
    apic.deliver(0x62, "extint", level_triggered=True)
    assert irr_vectors(apic) == [0x61, 0x62]
    assert read(apic, TMR + 0x30) == 1 << 2


def test_lapic_deliver_names_the_modes_it_knows() -> None:
    apic = enabled_apic()
    with pytest.raises(ValueError, match=r"^delivery mode must be one of .*, not 'reserved'$"):
        apic.deliver(0x30, "reserved", level_triggered=False)


# -- the 8259 through LINT0 --------------------------------------------------------


def test_lapic_passes_the_8259_through_lint0_in_extint_mode_at_reset() -> None:
    apic, pic = make_apic()
    assert not apic.interrupt_pending()
    pic.set_irq(1, True)
    assert apic.interrupt_pending()
    assert apic.acknowledge() == 0x21
    assert not apic.interrupt_pending()


def test_lapic_masked_lint0_blocks_the_8259() -> None:
    apic, pic = make_apic()
    write(apic, LVT_LINT0, MASKED | 0x700)
    pic.set_irq(1, True)
    assert not apic.interrupt_pending()
    apic.global_enabled = False  # IA32_APIC_BASE bit 11 clear: LINT0 is bypassed
    assert apic.interrupt_pending()
    assert apic.acknowledge() == 0x21


def test_lapic_takes_the_8259_before_its_own_irr_as_qemu() -> None:
    apic, pic = make_apic()
    write(apic, SVR, 0x1FF)
    apic.deliver(0x50, "fixed", level_triggered=False)
    pic.set_irq(0, True)
    assert apic.acknowledge() == 0x20
    assert apic.acknowledge() == 0x50


def test_lapic_with_nothing_pending_and_lint0_open_acknowledges_the_8259() -> None:
    apic, _ = make_apic()
    write(apic, SVR, 0x1FF)
    assert apic.acknowledge() == 0x27  # the 8259's spurious IRQ 7


def test_lapic_fixed_mode_lint0_raises_its_vector_on_the_8259s_rising_intr() -> None:
    apic, _ = make_apic()
    write(apic, SVR, 0x1FF)
    write(apic, LVT_LINT0, 0x8000 | 0x58)  # fixed, level-triggered, vector 0x58
    apic.lint0(True)
    assert irr_vectors(apic) == [0x58]
    apic.lint0(False)
    assert irr_vectors(apic) == []


# -- the timer -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("divide", "divisor"),
    [(0x0, 2), (0x1, 4), (0x2, 8), (0x3, 16), (0x8, 32), (0x9, 64), (0xA, 128), (0xB, 1)],
)
def test_lapic_timer_counts_at_1_ghz_divided_by_the_divide_configuration(
    divide: int, divisor: int
) -> None:
    assert 1 << count_shift(divide) == divisor
    apic = enabled_apic()
    apic.advance(1_000)
    write(apic, DIVIDE, divide)
    write(apic, LVT_TIMER, 0x30)
    write(apic, INITIAL_COUNT, 100_000)
    apic.advance(1_000 + 640 * divisor + divisor - 1)
    assert read(apic, CURRENT_COUNT) == 100_000 - 640


def test_lapic_one_shot_timer_fires_once_after_initial_count_plus_one_ticks() -> None:
    apic = enabled_apic()
    apic.advance(1_000)
    write(apic, DIVIDE, 0x0)  # divide by 2
    write(apic, LVT_TIMER, 0x30)
    write(apic, INITIAL_COUNT, 100)
    assert apic.next_event() == 1_000 + 101 * 2
    apic.advance(1_199)
    assert read(apic, CURRENT_COUNT) == 1
    apic.advance(1_201)
    assert irr_vectors(apic) == []
    assert read(apic, CURRENT_COUNT) == 0
    apic.advance(1_202)
    assert irr_vectors(apic) == [0x30]
    assert apic.next_event() is None
    assert read(apic, CURRENT_COUNT) == 0


def test_lapic_periodic_timer_reloads_and_several_periods_passed_raise_it_once() -> None:
    apic = enabled_apic()
    write(apic, DIVIDE, 0xB)  # divide by 1
    write(apic, LVT_TIMER, PERIODIC | 0x30)
    write(apic, INITIAL_COUNT, 9)  # period: 10 ticks
    assert apic.next_event() == 10
    apic.advance(10)
    assert irr_vectors(apic) == [0x30]
    assert apic.next_event() == 20
    assert apic.acknowledge() == 0x30
    write(apic, EOI, 0)
    apic.advance(55)
    assert irr_vectors(apic) == [0x30]
    assert apic.next_event() == 60
    assert read(apic, CURRENT_COUNT) == 9 - 5


def test_lapic_masked_timer_keeps_counting_without_waking_the_machine() -> None:
    apic = enabled_apic()
    write(apic, DIVIDE, 0xB)
    write(apic, LVT_TIMER, MASKED | PERIODIC | 0x30)
    write(apic, INITIAL_COUNT, 99)
    assert apic.next_event() is None
    apic.advance(1_234)
    assert read(apic, CURRENT_COUNT) == 99 - 34
    assert irr_vectors(apic) == []
    write(apic, LVT_TIMER, PERIODIC | 0x30)  # unmasked: the next period boundary
    assert apic.next_event() == 1_300


def test_lapic_one_shot_that_ran_out_while_masked_never_fires() -> None:
    apic = enabled_apic()
    write(apic, DIVIDE, 0xB)
    write(apic, LVT_TIMER, MASKED | 0x30)
    write(apic, INITIAL_COUNT, 50)
    apic.advance(500)
    write(apic, LVT_TIMER, 0x30)
    assert apic.next_event() is None


def test_lapic_initial_count_restarts_the_timer_and_zero_stops_it() -> None:
    apic = enabled_apic()
    write(apic, DIVIDE, 0xB)
    write(apic, LVT_TIMER, 0x30)
    write(apic, INITIAL_COUNT, 1_000)
    apic.advance(600)
    write(apic, INITIAL_COUNT, 1_000)
    assert apic.next_event() == 600 + 1_001
    write(apic, INITIAL_COUNT, 0)
    assert apic.next_event() is None
    assert read(apic, CURRENT_COUNT) == 0


def test_lapic_timer_counts_and_fires_while_the_apic_is_software_disabled() -> None:
    apic, _ = make_apic()
    write(apic, DIVIDE, 0xB)
    write(apic, LVT_TIMER, 0x30)
    write(apic, INITIAL_COUNT, 10)
    apic.advance(11)
    assert irr_vectors(apic) == [0x30]
    assert not apic.interrupt_pending()


# -- state -----------------------------------------------------------------------------


def test_lapic_save_and_load_round_trip_mid_timer() -> None:
    apic = enabled_apic()
    write(apic, TPR, 0x20)
    write(apic, LDR, 0x08000000)
    write(apic, DIVIDE, 0x1)  # divide by 4
    write(apic, LVT_TIMER, PERIODIC | 0x30)
    write(apic, INITIAL_COUNT, 249)  # period 1,000 ns
    apic.deliver(0x71, "fixed", level_triggered=True)
    apic.acknowledge()
    apic.deliver(0x42, "fixed", level_triggered=False)
    apic.advance(2_500)
    state = apic.save_state()

    copy, _ = make_apic()
    copy.load_state(state)
    assert copy.save_state() == state
    for offset in (TPR, PPR, LDR, SVR, DIVIDE, LVT_TIMER, LVT_LINT0, CURRENT_COUNT):
        assert read(copy, offset) == read(apic, offset)
    assert isr_vectors(copy) == [0x71] and irr_vectors(copy) == irr_vectors(apic)
    assert copy.next_event() == apic.next_event() == 3_000
    copy.advance(3_000)
    assert 0x30 in irr_vectors(copy)


def test_lapic_reset_returns_to_power_on_values() -> None:
    apic = enabled_apic()
    write(apic, LVT_TIMER, 0x30)
    write(apic, INITIAL_COUNT, 10)
    apic.deliver(0x41, "fixed", level_triggered=False)
    apic.reset()
    assert read(apic, SVR) == 0xFF and read(apic, LVT_LINT0) == 0x700
    assert irr_vectors(apic) == [] and apic.next_event() is None


# -- for people -------------------------------------------------------------------------


def test_lapic_describe_decodes_registers_lvts_and_the_timer() -> None:
    apic = enabled_apic()
    write(apic, DIVIDE, 0x3)
    write(apic, LVT_TIMER, PERIODIC | 0x30)
    write(apic, INITIAL_COUNT, 0x100)
    apic.deliver(0x41, "fixed", level_triggered=True)
    lines = apic.describe()
    assert lines[0] == "local APIC ID 0, version 0x00050014, at 0xfee00000"
    assert "SVR 0x1ff: software enabled, spurious vector 0xff" in lines
    assert "IRR 0x41" in lines and "TMR 0x41" in lines and "ISR -" in lines
    assert "LVT timer 0x00020030: vector 0x30, periodic" in lines
    assert "LVT LINT0 0x00010700: vector 0x00, extint, edge, active high, masked" in lines
    assert lines[-1] == (
        "timer: periodic, divide by 16, initial count 0x100, current count 0x100, "
        "next expiry at 4112 ns"
    )


def test_lapic_register_names_for_the_access_log() -> None:
    apic, _ = make_apic()
    assert apic.register_name(0x80, "read") == "TPR"
    assert apic.register_name(0x220, "read") == "IRR2"
    assert apic.register_name(0x350, "write") == "LVT LINT0"
    assert apic.register_name(0x000, "write") == "MSI"
    assert apic.register_name(0x2F0) == "LVT CMCI"
    assert apic.register_name(0x3F0) == "reserved 0x3f0"
