"""The debugger's core on a small long-mode guest: exact steps, breakpoints,
watchpoints, and reverse execution that lands on the same state as going forward."""

from __future__ import annotations

import pytest
from machine_programs import LONG_MODE_PRELUDE, assemble

from longmode.debug import Debugger
from longmode.machine.machine import Machine, Outcome

COUNT_TO_300 = (
    LONG_MODE_PRELUDE
    + """
counter equ 0x9000
main:
    xor ecx, ecx
again:
    inc rcx
store:
    mov [counter], rcx
stored:
    cmp rcx, 300
    jne again
done:
    mov al, 0x10
    out 0xF4, al
"""
)
COUNTER = 0x9000  # where the program keeps its count


def _label(name: str) -> int:
    """The address of ``name:`` in the program (org 0x7C00)."""
    return 0x7C00 + len(assemble(COUNT_TO_300.split(f"{name}:")[0]))


def _debugger(interval: int = 200) -> Debugger:
    """A debugger whose history starts where the program's loop does (past the
    long-mode prelude, which zeroes page tables one word per instruction)."""
    machine = Machine(memory="16M", timeout=30)
    machine.write_physical(0x7C00, assemble(COUNT_TO_300))
    assert machine.run(until=_label("main")).outcome is Outcome.STOPPED
    return Debugger(machine, checkpoint_interval=interval)


def _state(debugger: Debugger) -> tuple[int, ...]:
    cpu = debugger.machine.cpu
    return (debugger.instructions, *(cpu.get(r) for r in ("rip", "rcx", "rsp", "rflags")))


def test_steps_run_exactly_that_many_instructions() -> None:
    debugger = _debugger()
    start = debugger.instructions
    assert debugger.step(7).reason == "step"
    assert debugger.instructions == start + 7
    assert debugger.step().reason == "step"
    assert debugger.instructions == start + 8


def test_a_breakpoint_stops_before_its_instruction_and_continuing_leaves_it() -> None:
    debugger = _debugger()
    store = _label("store")
    debugger.break_at(store)
    first = debugger.cont()
    assert (first.reason, first.address) == ("breakpoint", store)
    assert debugger.machine.cpu.get("rip") == store
    assert debugger.machine.cpu.get("rcx") == 1
    second = debugger.cont()
    assert second.reason == "breakpoint" and debugger.machine.cpu.get("rcx") == 2
    assert debugger.delete_break(store) and not debugger.delete_break(store)
    end = debugger.cont()
    assert end.reason == "ended" and end.result is not None
    assert end.result.outcome is Outcome.EXITED and end.result.exit_status == 33


def test_a_watchpoint_stops_after_the_write_with_the_address_written() -> None:
    debugger = _debugger()
    counter = COUNTER
    debugger.watch(counter, 8)
    stop = debugger.cont()
    assert (stop.reason, stop.address, stop.access) == ("watchpoint", counter, "write")
    assert debugger.machine.read_physical(counter, 8) == (1).to_bytes(8, "little")
    assert debugger.machine.cpu.get("rip") == _label("stored")  # after the mov


def test_reverse_steps_give_back_the_states_stepping_forward_went_through() -> None:
    debugger = _debugger(interval=64)
    start = debugger.instructions
    forward = [_state(debugger)]
    for _ in range(400):  # across several checkpoints
        debugger.step()
        forward.append(_state(debugger))
    for back in (1, 5, 130, 64):
        debugger.reverse_step(back)
        assert _state(debugger) == forward[debugger.instructions - start]
    assert debugger.reverse_step(10_000).reason == "start"
    assert _state(debugger) == forward[0]
    debugger.step(400)  # and forward again from the start: the same way
    assert _state(debugger) == forward[400]


def test_reverse_continue_goes_back_to_the_last_write_then_to_the_start() -> None:
    debugger = _debugger(interval=150)
    counter = COUNTER
    debugger.break_at(_label("done"))
    assert debugger.cont().reason == "breakpoint"  # the loop has run: 300 writes
    debugger.watch(counter, 8)
    stop = debugger.reverse_cont()
    assert (stop.reason, stop.address, stop.access) == ("watchpoint", counter, "write")
    # before the last write: the store instruction, with the old value in memory
    assert debugger.machine.cpu.get("rip") == _label("store")
    assert debugger.machine.cpu.get("rcx") == 300
    assert debugger.machine.read_physical(counter, 8) == (299).to_bytes(8, "little")
    assert debugger.reverse_cont().reason == "watchpoint"
    assert debugger.machine.cpu.get("rcx") == 299
    debugger.delete_watch(counter, 8)
    assert debugger.reverse_cont().reason == "start"
    assert debugger.instructions == debugger.history_start
    assert debugger.machine.cpu.get("rip") == _label("main")


def test_after_going_back_the_guest_runs_on_to_the_same_end() -> None:
    debugger = _debugger(interval=300)
    debugger.step(700)
    debugger.reverse_step(321)
    end = debugger.cont()
    assert end.reason == "ended" and end.result is not None and end.result.exit_status == 33
    assert debugger.machine.read_physical(COUNTER, 8) == (300).to_bytes(8, "little")


def test_the_fast_mode_cannot_be_debugged() -> None:
    with pytest.raises(ValueError, match="deterministic"):
        Debugger(Machine(memory="16M", deterministic=False))


def test_replays_do_not_repeat_the_guests_serial_output() -> None:
    program = COUNT_TO_300.replace(
        "main:\n", "main:\n    mov dx, 0x3F8\n    mov al, 'x'\n    out dx, al\n", 1
    )
    printed = bytearray()
    machine = Machine(memory="16M", timeout=30, on_serial=printed.append)
    machine.write_physical(0x7C00, assemble(program))
    assert machine.run(until=0x7C00 + len(assemble(program.split("main:")[0]))).outcome is (
        Outcome.STOPPED
    )
    debugger = Debugger(machine, checkpoint_interval=200)
    debugger.step(700)  # past the output, and past a few checkpoints
    debugger.reverse_step(690)  # replays the output from the first checkpoint: not shown
    assert bytes(printed) == b"x"
    assert debugger.reverse_step(100).reason == "start"
    assert debugger.cont().reason == "ended"  # forward again: the guest prints again
    assert bytes(printed) == b"xx"
    assert bytes(machine.serial) == b"x"
