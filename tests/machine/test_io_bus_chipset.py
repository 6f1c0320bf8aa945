"""The I/O bus with the standard chips: open bus, the access log, IRQ wiring, state."""

from __future__ import annotations

import json
import logging

import pytest

from longmode.machine.board.chipset import Chipset, Wiring, build_chipset
from longmode.machine.board.ports import ConflictingPorts, IoBus, UnclaimedAccesses
from longmode.machine.clock import NS_PER_SECOND, VirtualClock
from longmode.machine.devices import pc_ports
from longmode.machine.devices.system_ports import PostCodes


def machine() -> tuple[Chipset, IoBus, VirtualClock]:
    clock = VirtualClock()
    chips = build_chipset(Wiring())
    return chips, IoBus(chips.devices, now=lambda: clock.now), clock


def remap_pic(bus: IoBus) -> None:
    for port, value in [
        (0x20, 0x11), (0xA0, 0x11), (0x21, 0x20), (0xA1, 0x28),
        (0x21, 0x04), (0xA1, 0x02), (0x21, 0x01), (0xA1, 0x01),
        (0x21, 0x00), (0xA1, 0x00),
    ]:  # fmt: skip
        bus.write(port, 1, value)


@pytest.mark.parametrize(("size", "value"), [(1, 0xFF), (2, 0xFFFF), (4, 0xFFFF_FFFF)])
def test_bus_unclaimed_port_reads_all_ones_and_is_logged(size: int, value: int) -> None:
    _, bus, _ = machine()
    log = bus.start_logging()
    bus.guest_ip = 0x1234
    assert bus.read(0x2E8, size) == value
    bus.write(0x2E8, size, 0)
    assert [(a.direction, a.device, a.value, a.guest_ip) for a in log] == [
        ("in", "unclaimed", value, 0x1234),
        ("out", "unclaimed", 0, 0x1234),
    ]


def test_unclaimed_ports_are_logged_three_times_each_way_then_only_counted(
    caplog: pytest.LogCaptureFixture,
) -> None:
    _, bus, _ = machine()
    where = iter(f"0x{ip:x}" for ip in range(0x1000, 0x2000))
    watch = bus.watch_unclaimed(lambda: next(where))
    caplog.set_level(logging.INFO, logger="longmode.bus")
    for _ in range(5):
        bus.read(0x279, 1)
    bus.write(0x279, 2, 0x1234)
    bus.read(0x3F8, 1)  # COM1: claimed, not logged
    bus.write(0x80, 1, 0x55)  # POST codes: claimed
    assert [record.getMessage() for record in caplog.records] == [
        "unclaimed port 0x279: in, 1 byte: 0xff, at 0x1000",
        "unclaimed port 0x279: in, 1 byte: 0xff, at 0x1001",
        "unclaimed port 0x279: in, 1 byte: 0xff, at 0x1002 (more in accesses are counted, "
        "not shown)",
        "unclaimed port 0x279: out, 2 bytes: 0x1234, at 0x1003",
    ]
    assert watch.summary() == ["unclaimed port 0x279: 6 accesses in all (5 in, 1 out)"]


def test_unclaimed_accesses_name_their_address_space_for_an_mmio_bus(
    caplog: pytest.LogCaptureFixture,
) -> None:
    # The hook a memory bus uses for MMIO no region claims.
    watch = UnclaimedAccesses("MMIO", lambda: "0x100000 <kmain+0x10>")
    caplog.set_level(logging.INFO, logger="longmode.bus")
    watch.note("read", 0xFEE0_0020, 4, 0xFFFF_FFFF)
    assert caplog.records[0].getMessage() == (
        "unclaimed MMIO 0xfee00020: read, 4 bytes: 0xffffffff, at 0x100000 <kmain+0x10>"
    )
    assert watch.summary() == ["unclaimed MMIO 0xfee00020: 1 access in all (1 read)"]


def test_bus_log_names_registers() -> None:
    _, bus, _ = machine()
    log = bus.start_logging()
    bus.write(0x21, 1, 0xFF)
    bus.read(0x3FD, 1)
    bus.write(0x70, 1, 0x8A)
    assert [(a.device, a.register) for a in log] == [
        ("pic", "master IMR"),
        ("com1", "LSR"),
        ("cmos", "index"),
    ]


def test_bus_rejects_two_devices_on_one_port() -> None:
    bus = IoBus([PostCodes()])
    with pytest.raises(ConflictingPorts, match=r"^port 0x80 is claimed by both post and post$"):
        bus.attach(PostCodes())


def test_chipset_ports_all_come_from_the_pc_ports_table() -> None:
    chips, _, _ = machine()
    table = {
        value
        for name, value in vars(pc_ports).items()
        if name.isupper() and isinstance(value, tuple)
    }
    for device in chips.devices:
        assert set(device.ports) <= table, device.name


def test_chipset_pit_irq0_reaches_the_cpu_as_vector_0x20() -> None:
    chips, bus, clock = machine()
    remap_pic(bus)
    for port, value in [(0x43, 0x34), (0x40, 0xA9), (0x40, 0x04)]:  # mode 2, 1193: 1 kHz
        bus.write(port, 1, value)
    deadline = bus.next_event()
    assert deadline is not None and deadline < NS_PER_SECOND // 1000
    clock.advance_to(deadline)
    bus.advance(clock.now)
    assert chips.pic.interrupt_pending()
    assert chips.pic.acknowledge() == 0x20
    bus.write(0x20, 1, 0x20)


def test_chipset_keyboard_com1_and_rtc_interrupt_on_irq1_4_and_8() -> None:
    chips, bus, _ = machine()
    remap_pic(bus)
    bus.write(0x21, 1, 0x01)  # mask the timer
    chips.ps2.press("a")
    assert chips.pic.acknowledge() == 0x21
    bus.write(0x20, 1, 0x20)
    for port, value in [(0x3F9, 0x01), (0x3FA, 0x00), (0x3FC, 0x08)]:
        bus.write(port, 1, value)
    chips.com1.receive(b"x")
    assert chips.pic.acknowledge() == 0x24
    bus.write(0x20, 1, 0x20)
    bus.write(0x70, 1, 0x0B)
    bus.write(0x71, 1, 0x42)  # PIE
    bus.advance(NS_PER_SECOND // 1000)
    assert chips.pic.acknowledge() == 0x28


def test_chipset_a20_and_reset_callbacks_come_from_8042_and_port92() -> None:
    a20: list[bool] = []
    resets: list[str] = []
    chips = build_chipset(Wiring(on_a20=a20.append, on_reset=lambda: resets.append("reset")))
    bus = IoBus(chips.devices)
    bus.write(0x92, 1, 0x02)
    bus.write(0x64, 1, 0xDD)
    bus.write(0x64, 1, 0xFE)
    assert a20 == [True, False]
    assert resets == ["reset"]


def test_chipset_debug_exit_and_console_reach_their_callbacks() -> None:
    statuses: list[int] = []
    out = bytearray()
    wiring = Wiring(on_exit=statuses.append, on_debug_output=out.append)
    bus = IoBus(build_chipset(wiring).devices)
    bus.write(0xE9, 1, ord("!"))
    bus.write(0xF4, 4, 0x10)
    assert (statuses, bytes(out)) == ([0x21], b"!")


def test_chipset_every_chip_state_is_plain_data_and_round_trips() -> None:
    chips, bus, clock = machine()
    remap_pic(bus)
    chips.ps2.type_text("hi")
    chips.com1.receive(b"abc")
    bus.write(0x80, 1, 0x42)
    clock.advance_to(NS_PER_SECOND // 7)
    bus.advance(clock.now)
    fresh, _, _ = machine()
    for device, copy in zip(chips.devices, fresh.devices, strict=True):
        state = json.loads(json.dumps(device.save_state()))
        copy.load_state(state)
        assert copy.save_state() == device.save_state(), device.name
