"""The hook registry: each kind fires exactly, can stop the run at that instruction,
and the run resumes from there as if it had not stopped."""

from __future__ import annotations

from machine_programs import LONG_MODE_PRELUDE, assemble, boot

from longmode.machine.hooks import InterruptEvent, MemoryAccess, ModeSwitch, PortAccess
from longmode.machine.machine import Machine, Outcome

COUNTING = """
bits 16
org 0x7C00
    cli
    xor ax, ax
    mov ds, ax
    mov cx, 5
again:
    inc word [0x600]                ; the watched word
    mov al, 'x'
    out 0xE9, al
marker:
    loop again
    mov al, 0x10
    out 0xF4, al
"""


def _label(source: str, name: str) -> int:
    """The address of ``name:`` in an org 0x7C00 program (assembled up to it)."""
    head = source.split(f"{name}:")[0]
    return 0x7C00 + len(assemble(head))


def test_an_address_hook_stops_before_the_instruction_and_the_run_resumes() -> None:
    marker = _label(COUNTING, "marker")
    hits: list[int] = []

    def prepare(machine: Machine) -> None:
        machine.hooks.at(marker, lambda m, address: hits.append(address) or len(hits) == 2)

    machine, result = boot(COUNTING, prepare=prepare)
    assert result.outcome is Outcome.STOPPED, result.message
    assert machine.cpu.get("ip") == marker == result.rip
    assert bytes(machine.debug_console) == b"xx"
    assert f"{marker:#x}" in result.message and "breakpoint" in result.message
    result = machine.run()
    assert result.outcome is Outcome.EXITED, result.message
    assert bytes(machine.debug_console) == b"xxxxx" and len(hits) == 5


def test_a_write_watch_stops_after_the_instruction_which_runs_once() -> None:
    seen: list[MemoryAccess] = []

    def prepare(machine: Machine) -> None:
        machine.hooks.memory(0x600, 0x601, lambda m, access: seen.append(access) or True)

    machine, result = boot(COUNTING, prepare=prepare)
    assert result.outcome is Outcome.STOPPED, result.message
    inc = _label(COUNTING, "again")
    assert seen == [MemoryAccess("write", 0x600, 2, 1, inc)]
    assert machine.cpu.get("ip") == inc + 4  # after `inc word [0x600]`
    assert machine.read_physical(0x600, 2) == b"\x01\x00"
    while machine.run().outcome is Outcome.STOPPED:
        pass
    assert machine.read_physical(0x600, 2) == b"\x05\x00"  # each inc ran once
    assert [access.value for access in seen] == [1, 2, 3, 4, 5]


def test_a_port_hook_sees_each_access_and_can_stop_after_it() -> None:
    seen: list[PortAccess] = []

    def prepare(machine: Machine) -> None:
        machine.hooks.port(0xE9, lambda m, access: seen.append(access) or len(seen) == 3)

    machine, result = boot(COUNTING, prepare=prepare)
    assert result.outcome is Outcome.STOPPED, result.message
    assert [(a.direction, a.port, a.value) for a in seen] == [("out", 0xE9, ord("x"))] * 3
    assert machine.cpu.get("ip") == _label(COUNTING, "marker")
    assert machine.run().outcome is Outcome.EXITED


PAGE_FAULT = (
    LONG_MODE_PRELUDE
    + """
    mov rdi, 14
    mov rsi, on_fault
    xor edx, edx
    call set_gate
    mov rbx, 0x7FFF_F000_0000
    mov rax, [rbx]                  ; not mapped: #PF
    hlt
on_fault:
    mov al, 'F'
    out 0xE9, al
    hlt
"""
)


def test_an_interrupt_hook_sees_the_event_and_a_stop_leaves_it_pending() -> None:
    seen: list[InterruptEvent] = []

    def prepare(machine: Machine) -> None:
        machine.hooks.interrupt(lambda m, event: seen.append(event) or True, vectors={14})

    machine, result = boot(PAGE_FAULT, prepare=prepare)
    assert result.outcome is Outcome.STOPPED, result.message
    (event,) = seen
    assert (event.vector, event.kind, event.error_code, event.cr2) == (
        14, "exception", 0, 0x7FFF_F000_0000,
    )  # fmt: skip
    assert event.rip == machine.cpu.get("rip") and event.cpl == 0
    assert bytes(machine.debug_console) == b""
    result = machine.run()  # the fault is delivered now: its handler runs
    assert result.outcome is Outcome.HALTED, result.message
    assert bytes(machine.debug_console) == b"F" and len(seen) == 1


def test_a_mode_hook_sees_each_switch() -> None:
    switches: list[ModeSwitch] = []

    def prepare(machine: Machine) -> None:
        machine.hooks.mode(lambda m, switch: switches.append(switch))

    _, result = boot(LONG_MODE_PRELUDE + "    hlt\n", prepare=prepare)
    assert result.outcome is Outcome.HALTED, result.message
    assert [(s.old, s.new) for s in switches] == [("real mode", "64-bit long mode")]


def test_bios_hooks_run_before_and_after_a_service_by_vector_and_ah() -> None:
    from longmode.machine.bios import Disk
    from longmode.machine.hooks import ServiceEvent

    boot_sector = (
        assemble(
            """
bits 16
org 0x7C00
    mov ax, 0x0E41                  ; teletype 'A'
    int 0x10
    mov ah, 0x02                    ; set cursor (not hooked)
    xor bx, bx
    xor dx, dx
    int 0x10
    mov al, 0x10
    out 0xF4, al
"""
        ).ljust(510, b"\0")
        + b"\x55\xaa"
    )
    machine = Machine(memory="32M", disk=Disk(boot_sector.ljust(64 * 512, b"\0")), timeout=10)
    events: list[tuple[ServiceEvent, int]] = []
    for when in ("before", "after"):
        machine.hooks.bios(
            0x10,
            lambda m, event: events.append((event, m.screen.text().count("A"))),
            ah=0x0E,
            when=when,
        )
    stop = machine.hooks.bios(0x10, lambda m, event: True, ah=0x02)
    result = machine.run()
    assert result.outcome is Outcome.STOPPED, result.message
    assert "INT 10h AH=02h" in result.message
    assert [(e.when, e.ah, a) for e, a in events] == [("before", 0x0E, 0), ("after", 0x0E, 1)]
    stop.remove()
    assert machine.run().outcome is Outcome.EXITED


def test_a_predicate_stops_right_after_the_access_that_made_it_true() -> None:
    machine, result = boot(COUNTING, until=lambda m: bytes(m.debug_console) == b"xxx")
    assert result.outcome is Outcome.STOPPED, result.message
    assert machine.cpu.get("ip") == _label(COUNTING, "marker")
    assert bytes(machine.debug_console) == b"xxx"


def test_run_until_an_address_is_a_breakpoint_for_that_run_only() -> None:
    marker = _label(COUNTING, "marker")
    machine, result = boot(COUNTING, until=marker)
    assert result.outcome is Outcome.STOPPED and machine.cpu.get("ip") == marker
    assert not any(machine.hooks.installed.values())
    assert machine.run().outcome is Outcome.EXITED
    assert bytes(machine.debug_console) == b"xxxxx"


def test_no_hook_means_nothing_is_wired_into_unicorn() -> None:
    machine = Machine(memory="4M")
    assert not any(machine._unicorn_hooks.values())
    hook = machine.hooks.memory(0x1000, 0x1FFF, lambda m, a: None)
    assert machine._unicorn_hooks["memory"] and machine._unicorn_hooks["stopper"]
    hook.remove()
    assert not any(machine._unicorn_hooks.values())
