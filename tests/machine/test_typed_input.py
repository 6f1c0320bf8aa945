"""Input that arrives when the guest is ready for it: keys queued on the 8042
(``Machine.press``, ``--keys``) and bytes the host sends to COM1 at its line rate
(``Uart16550.queue_input``, an interactive stdin)."""

from __future__ import annotations

import json

from machine_programs import LONG_MODE_PRELUDE, boot
from test_chips_in_guest import KEYBOARD_ECHO

from longmode.machine.devices import scancodes
from longmode.machine.devices.ps2 import TYPED_GAP_NS, Ps2Controller
from longmode.machine.devices.uart16550 import Uart16550
from longmode.machine.machine import Machine, Outcome

DATA, STATUS, COMMAND = 0x60, 0x64, 0x64
COM1 = 0x3F8
RBR = THR = DLL = COM1
IER = DLM = COM1 + 1
FCR, LCR, MCR, LSR = COM1 + 2, COM1 + 3, COM1 + 4, COM1 + 5


def typed(text: str) -> bytes:
    """The set 1 bytes typing ``text`` gives, Shift around capitals and symbols."""
    return b"".join(scancodes.scancodes(key, down) for key, down in scancodes.keystrokes(text))


# --- the 8042's rule, unit by unit --------------------------------------------------


def keyboard(irq1_taken: bool = False) -> tuple[Ps2Controller, list[bool]]:
    irq: list[bool] = []
    ps2 = Ps2Controller(irq.append)
    ps2.irq1_taken = lambda: irq1_taken
    return ps2, irq


def test_queued_key_waits_while_the_guest_does_not_listen() -> None:
    ps2, irq = keyboard()
    ps2.queue_text("a")
    ps2.advance(10**9)
    assert ps2.next_event() is None
    assert ps2.output_buffer is None and irq == []


def test_queued_key_comes_one_gap_after_the_guest_first_polls() -> None:
    ps2, _ = keyboard()
    ps2.queue_text("a")
    ps2.advance(5_000_000)
    assert not ps2.read(STATUS, 1) & 0x01  # the first poll: nothing yet
    assert ps2.next_event() == 5_000_000 + TYPED_GAP_NS
    ps2.advance(5_000_000 + TYPED_GAP_NS - 1)
    assert not ps2.read(STATUS, 1) & 0x01
    ps2.advance(5_000_000 + TYPED_GAP_NS)
    assert ps2.read(STATUS, 1) & 0x01
    assert ps2.read(DATA, 1) == 0x1E  # 'a' make


def test_a_second_read_of_the_data_port_finds_the_next_key_not_yet_there() -> None:
    ps2, _ = keyboard()
    ps2.queue_text("ab")
    ps2.read(STATUS, 1)
    ps2.advance(TYPED_GAP_NS)
    assert ps2.read(DATA, 1) == 0x1E
    ps2.advance(TYPED_GAP_NS + 1_000)
    assert not ps2.read(STATUS, 1) & 0x01  # a loop that empties the buffer ends here
    assert ps2.read(DATA, 1) == 0x1E  # the last byte again, as an 8042 gives
    ps2.advance(2 * TYPED_GAP_NS + 1_000)
    assert ps2.read(DATA, 1) == 0x9E  # 'a' break, one gap after the first poll


def test_queued_keys_come_through_irq1_when_it_would_interrupt_the_cpu() -> None:
    ps2, irq = keyboard(irq1_taken=True)
    ps2.queue_text("a")
    assert ps2.next_event() == TYPED_GAP_NS  # a gap after the keys came (at 0)
    ps2.advance(TYPED_GAP_NS)
    assert irq == [True]
    assert ps2.read(DATA, 1) == 0x1E
    assert irq == [True, False]
    assert ps2.next_event() == 2 * TYPED_GAP_NS


def test_queued_key_comes_at_the_time_announced_or_at_a_port_access_only() -> None:
    # Devices catch up wherever a run stops too (a breakpoint, a debugger's step):
    # a key must not come there, or where a run stopped would change the guest's
    # course.
    ps2, irq = keyboard(irq1_taken=True)
    ps2.queue_text("ab")
    ps2.advance(5 * TYPED_GAP_NS)  # a stop: no event was asked for
    assert ps2.output_buffer is None and irq == []
    assert ps2.next_event() == TYPED_GAP_NS  # the run loop plans its slice to here
    ps2.advance(5 * TYPED_GAP_NS)
    assert irq == [True]
    assert ps2.read(DATA, 1) == 0x1E
    ps2.advance(7 * TYPED_GAP_NS)  # a stop again
    assert irq == [True, False]
    assert ps2.read(STATUS, 1) & 0x01  # a port access: the next byte is there
    assert ps2.read(DATA, 1) == 0x9E


def test_queued_keys_do_not_use_irq1_when_the_command_byte_disables_it() -> None:
    ps2, _ = keyboard(irq1_taken=True)
    ps2.write(COMMAND, 1, 0x60)
    ps2.write(DATA, 1, 0x44)  # translation, system flag; no keyboard interrupt
    ps2.queue_text("a")
    assert ps2.next_event() is None


def test_queued_keys_wait_for_their_time_and_for_release() -> None:
    ps2, _ = keyboard(irq1_taken=True)
    ps2.queue_text("a", not_before=7_000_000)
    assert ps2.next_event() == 7_000_000
    ps2.hold_typed()
    assert ps2.next_event() is None
    ps2.advance(9_000_000)
    ps2.release_typed()  # at 9 ms: a gap from here
    assert ps2.next_event() == 9_000_000 + TYPED_GAP_NS


def test_queued_keys_wait_while_the_keyboard_is_disabled_or_replies_wait() -> None:
    ps2, _ = keyboard(irq1_taken=True)
    ps2.write(COMMAND, 1, 0xAD)  # keyboard port disabled
    ps2.queue_text("a")
    assert ps2.next_event() is None
    ps2.write(COMMAND, 1, 0xAE)
    ps2.write(DATA, 1, 0xFF)  # keyboard reset: ACK, AA first
    assert ps2.next_event() is None
    assert bytes([ps2.read(DATA, 1), ps2.read(DATA, 1)]) == b"\xfa\xaa"
    assert ps2.next_event() == TYPED_GAP_NS


def test_queued_keys_are_in_the_8042s_state_as_plain_data() -> None:
    ps2, _ = keyboard()
    ps2.queue_text("Hi", not_before=3)
    ps2.hold_typed()
    state = json.loads(json.dumps(ps2.save_state()))
    copy, _ = keyboard()
    copy.load_state(state)
    assert copy.save_state() == ps2.save_state()
    copy.release_typed()
    copy.read(STATUS, 1)
    out = bytearray()
    for step in range(1, 20):
        copy.advance(step * TYPED_GAP_NS)
        if copy.read(STATUS, 1) & 0x01:
            out.append(copy.read(DATA, 1))
    assert bytes(out) == typed("Hi")


# --- the UART's line rate ------------------------------------------------------


def uart(fifo: bool, ier: int = 0) -> tuple[Uart16550, list[bool]]:
    irq: list[bool] = []
    com1 = Uart16550(irq=irq.append)
    for port, value in [(LCR, 0x80), (DLL, 0x0C), (DLM, 0), (LCR, 0x03), (MCR, 0x0B)]:
        com1.write(port, 1, value)  # 9600 baud, 8N1, OUT2
    com1.write(FCR, 1, 0x07 if fifo else 0x00)
    com1.write(IER, 1, ier)
    return com1, irq


def test_host_bytes_arrive_one_character_time_apart() -> None:
    com1, _ = uart(fifo=True)
    character = com1.character_time()
    assert character == 1_041_666  # 10 bits at 9600 baud
    com1.queue_input(b"abc")
    assert not com1.read(LSR, 1) & 0x01
    com1.advance(character)
    assert com1.read(LSR, 1) & 0x01
    com1.advance(3 * character - 1)
    assert bytes(com1.read(RBR, 1) for _ in range(2)) == b"ab"
    assert not com1.read(LSR, 1) & 0x01
    com1.advance(3 * character)
    assert com1.read(RBR, 1) == ord("c")


def test_without_fifo_a_host_byte_waits_for_rbr_to_be_read_and_none_is_lost() -> None:
    com1, _ = uart(fifo=False)
    com1.queue_input(b"xyz")
    com1.advance(10**9)  # long after all three would have come down the line
    assert com1.read(LSR, 1) == 0x61  # data ready, no overrun
    assert com1.read(RBR, 1) == ord("x")
    assert com1.read(LSR, 1) & 0x01  # the waiting byte came as RBR emptied
    assert com1.read(RBR, 1) == ord("y")
    assert not com1.read(LSR, 1) & 0x01  # the next one a character time after
    com1.advance(10**9 + com1.character_time())
    assert com1.read(RBR, 1) == ord("z")
    assert com1.read(LSR, 1) == 0x60


def test_host_bytes_are_events_when_they_would_interrupt() -> None:
    com1, irq = uart(fifo=False, ier=0x01)
    com1.queue_input(b"k")
    assert com1.next_event() == com1.character_time()
    com1.advance(com1.character_time())
    assert irq == [True]
    polled, _ = uart(fifo=False)
    polled.queue_input(b"k")
    assert polled.next_event() is None  # a polling guest catches up as it reads


def test_host_bytes_wait_while_the_uart_is_in_loopback() -> None:
    com1, _ = uart(fifo=False)
    com1.write(MCR, 1, 0x1B)
    com1.queue_input(b"k")
    com1.advance(10**8)
    assert not com1.read(LSR, 1) & 0x01
    com1.write(MCR, 1, 0x0B)
    assert com1.read(RBR, 1) == ord("k")


def test_host_bytes_on_their_way_are_in_the_uarts_state() -> None:
    com1, _ = uart(fifo=False)
    com1.queue_input(b"hello")
    com1.advance(com1.character_time())
    state = json.loads(json.dumps(com1.save_state()))
    copy = Uart16550()
    copy.load_state(state)
    assert copy.save_state() == com1.save_state()
    out = bytearray()
    for step in range(1, 10):
        copy.advance(step * 2 * copy.character_time())
        if copy.read(LSR, 1) & 0x01:
            out.append(copy.read(RBR, 1))
    assert bytes(out) == b"hello"


# --- guests ----------------------------------------------------------------------

#: After LONG_MODE_PRELUDE: polls the 8042 and writes each scan code to the 0xE9
#: console, {count} of them, then exits (status 33). Spins {spin} times first.
POLLING = """
    mov ecx, {spin}
.spin:
    dec ecx
    jnz .spin
.flush:                             ; empty the output buffer, as drivers do at start
    in al, 0x64
    test al, 1
    jz poll
    in al, 0x60
    jmp .flush
poll:
    mov ebx, {count}
.next:
    in al, 0x64
    test al, 1
    jz .next
    in al, 0x60
    out 0xE9, al
    dec ebx
    jnz .next
    mov al, 0x10
    out 0xF4, al
"""


def test_polling_guest_gets_every_key_in_order_within_a_gap_per_byte() -> None:
    keys = typed("Hi, you!\n")
    source = LONG_MODE_PRELUDE + POLLING.format(spin=1, count=len(keys))
    machine, started = boot(source, until=lambda m: m.chips.ps2.polled_at is not None)
    assert started.outcome is Outcome.STOPPED, started.message
    listening = machine.now()
    machine.press("Hi, you!\n")
    result = machine.run()
    assert result.outcome is Outcome.EXITED, result.message
    assert bytes(machine.debug_console) == keys
    # each byte a gap after the poll that followed the one before, plus a few µs
    assert result.virtual_ns - listening <= len(keys) * (TYPED_GAP_NS + 20_000)


def test_guest_that_listens_late_still_gets_the_first_key() -> None:
    keys = typed("ok")
    source = LONG_MODE_PRELUDE + POLLING.format(spin=20_000_000, count=len(keys))
    machine, result = boot(source, prepare=lambda m: m.press("ok"), max_instructions=10**8)
    assert result.outcome is Outcome.EXITED, result.message
    assert bytes(machine.debug_console) == keys
    assert result.virtual_ns < 40_000_000 + len(keys) * (TYPED_GAP_NS + 20_000) + 1_000_000


def test_interrupt_driven_guest_gets_every_key_while_it_halts() -> None:
    keys = typed("Hello!\n")
    source = KEYBOARD_ECHO.format(count=len(keys))
    machine, result = boot(source, prepare=lambda m: m.press("Hello!\n"), max_instructions=10**7)
    assert result.outcome is Outcome.EXITED, result.message
    assert bytes(machine.debug_console) == keys
    # time skips to each key: a gap apiece, and few instructions
    assert result.virtual_ns <= (len(keys) + 1) * TYPED_GAP_NS + 1_000_000
    assert machine.instructions < 10_000


def _straight_and_stopped(source: str, keys: str, step: int) -> None:
    """The guest's scan codes, instruction count and virtual time are the same in one
    run and in a run stopped every ``step`` instructions (as a debugger stops)."""
    machine, straight = boot(source, prepare=lambda m: m.press(keys))
    assert straight.outcome is Outcome.EXITED, straight.message
    expected = (bytes(machine.debug_console), machine.instructions, straight.virtual_ns)
    stopped, result = boot(source, prepare=lambda m: m.press(keys), max_instructions=step)
    stops = 0
    while result.outcome is Outcome.INSTRUCTION_LIMIT:
        stops += 1
        stopped.config.max_instructions = stopped.instructions + step
        result = stopped.run()
    assert result.outcome is Outcome.EXITED, result.message
    assert stops > 10
    assert (bytes(stopped.debug_console), stopped.instructions, result.virtual_ns) == expected


def test_where_a_run_stops_changes_nothing_for_a_polling_guest() -> None:
    keys = typed("Stop!")
    _straight_and_stopped(LONG_MODE_PRELUDE + POLLING.format(spin=1, count=len(keys)), "Stop!", 997)


def test_where_a_run_stops_changes_nothing_for_an_interrupt_driven_guest() -> None:
    _straight_and_stopped(KEYBOARD_ECHO.format(count=len(typed("Stop!"))), "Stop!", 31)


def test_keys_typed_replay_the_same_from_a_snapshot_taken_halfway() -> None:
    keys = typed("replay")
    source = LONG_MODE_PRELUDE + POLLING.format(spin=1, count=len(keys))

    def halfway(machine: Machine) -> bool:
        return len(machine.debug_console) >= len(keys) // 2

    machine, stopped = boot(source, prepare=lambda m: m.press("replay"), until=halfway)
    assert stopped.outcome is Outcome.STOPPED, stopped.message
    state = machine.snapshot()
    assert not state.timeline  # the keys are the 8042's, not Python's
    first = machine.run()
    end = (bytes(machine.debug_console), machine.instructions, first.virtual_ns)
    machine.restore(state)
    second = machine.run()
    assert (bytes(machine.debug_console), machine.instructions, second.virtual_ns) == end
    assert end[0] == keys


def test_polling_guest_without_fifo_echoes_a_100_byte_input_whole() -> None:
    text = bytes(range(0x20, 0x20 + 100))
    source = f"""
bits 16
org 0x7C00
    mov dx, 0x3FB
    mov al, 0x80                    ; DLAB
    out dx, al
    mov dx, 0x3F8
    mov al, 1                       ; divisor 1: 115200 baud
    out dx, al
    inc dx
    xor al, al
    out dx, al
    mov dx, 0x3FB
    mov al, 0x03                    ; 8N1
    out dx, al
    mov dx, 0x3FA
    xor al, al                      ; FIFOs off: one byte at a time in RBR
    out dx, al
    mov cx, {len(text)}
.next:
    mov dx, 0x3FD
.wait:
    in al, dx                       ; LSR: data ready?
    test al, 1
    jz .wait
    mov dx, 0x3F8
    in al, dx                       ; RBR
    out dx, al                      ; THR: echo
    loop .next
    mov al, 0x10
    out 0xF4, al
"""
    machine, result = boot(
        source, prepare=lambda m: m.chips.com1.queue_input(text), max_instructions=10**7
    )
    assert result.outcome is Outcome.EXITED, result.message
    assert machine.serial.output == text
    # after the first, one byte per character time at 115200 baud 8N1 (10 bits)
    assert result.virtual_ns >= 99 * 86_805
