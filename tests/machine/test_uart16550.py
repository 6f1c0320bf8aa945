"""The 16550 UART: the uart_16550 crate's init, transmit, receive, interrupts, loopback."""

from __future__ import annotations

from longmode.machine.devices.uart16550 import Uart16550

COM1 = 0x3F8
RBR = THR = DLL = COM1
IER = DLM = COM1 + 1
IIR = FCR = COM1 + 2
LCR, MCR, LSR, MSR, SCR = COM1 + 3, COM1 + 4, COM1 + 5, COM1 + 6, COM1 + 7


def initialized(fcr: int = 0xC7, ier: int = 0x01) -> tuple[Uart16550, bytearray, list[bool]]:
    """The uart_16550 crate / blog_os init sequence, then IER as given."""
    sent = bytearray()
    irq: list[bool] = []
    uart = Uart16550(sent.append, irq.append)
    for port, value in [
        (IER, 0x00),  # interrupts off
        (LCR, 0x80),  # DLAB
        (DLL, 0x03),  # divisor 3: 38400 baud
        (DLM, 0x00),
        (LCR, 0x03),  # 8N1, DLAB off
        (FCR, fcr),  # FIFOs on, cleared, 14-byte trigger
        (MCR, 0x0B),  # DTR, RTS, OUT2
        (IER, ier),
    ]:
        uart.write(port, 1, value)
    return uart, sent, irq


def test_uart_init_sequence_programs_38400_baud_8n1_with_fifos() -> None:
    uart, _, _ = initialized()
    assert uart.divisor == 3 and uart.baud == 38400
    assert uart.read(LCR, 1) == 0x03
    assert uart.read(MCR, 1) == 0x0B
    assert uart.read(IIR, 1) == 0xC1  # FIFOs enabled, no interrupt pending
    assert uart.trigger_level == 14


def test_uart_transmitted_string_reaches_the_callback() -> None:
    uart, sent, _ = initialized()
    for byte in b"Hello from the kernel\n":
        assert uart.read(LSR, 1) & 0x20  # THRE: ready
        uart.write(THR, 1, byte)
    assert bytes(sent) == b"Hello from the kernel\n"
    assert uart.read(LSR, 1) == 0x60  # THRE and TEMT, nothing received


def test_uart_divisor_latch_is_behind_dlab() -> None:
    uart, sent, _ = initialized()
    uart.write(LCR, 1, 0x83)
    assert (uart.read(DLL, 1), uart.read(DLM, 1)) == (3, 0)
    uart.write(DLL, 1, 1)
    uart.write(LCR, 1, 0x03)
    assert uart.baud == 115200
    assert sent == b""  # the DLL write was not a transmission


def test_uart_received_byte_raises_irq4_after_the_fifo_timeout() -> None:
    uart, _, irq = initialized()
    uart.receive(b"k")
    assert uart.read(LSR, 1) & 0x01  # data ready
    assert irq == []  # below the 14-byte trigger: waits four character times
    when = uart.next_event()
    assert when == 4 * uart.character_time()  # 4 x 10 bits at 38400 baud
    uart.advance(when)
    assert irq == [True]
    assert uart.read(IIR, 1) == 0xCC  # character timeout
    assert uart.read(RBR, 1) == ord("k")
    assert irq == [True, False]
    assert not uart.read(LSR, 1) & 0x01


def test_uart_fifo_at_trigger_level_raises_received_data_interrupt_at_once() -> None:
    uart, _, irq = initialized()
    uart.receive(b"0123456789abcd")
    assert irq == [True]
    assert uart.read(IIR, 1) == 0xC4
    assert bytes(uart.read(RBR, 1) for _ in range(14)) == b"0123456789abcd"
    assert irq == [True, False]


def test_uart_without_fifo_each_received_byte_interrupts() -> None:
    uart, _, irq = initialized(fcr=0x00)
    uart.receive(b"x")
    assert irq == [True]
    assert uart.read(IIR, 1) == 0x04
    assert uart.read(RBR, 1) == ord("x")


def test_uart_out2_clear_keeps_irq_line_low() -> None:
    uart, _, irq = initialized(fcr=0x00)
    uart.write(MCR, 1, 0x03)
    uart.receive(b"x")
    assert irq == []
    assert uart.read(IIR, 1) == 0x04  # pending inside the UART all the same
    uart.write(MCR, 1, 0x0B)
    assert irq == [True]


def test_uart_receiving_with_rx_interrupt_disabled_raises_nothing() -> None:
    uart, _, irq = initialized(ier=0x00)
    uart.receive(b"0123456789abcdef")
    uart.advance(10**9)
    assert irq == []
    assert uart.read(IIR, 1) == 0xC1


def test_uart_thr_empty_interrupt_clears_on_iir_read_and_returns_after_write() -> None:
    uart, _, irq = initialized(ier=0x02)
    assert irq == [True]
    assert uart.read(IIR, 1) == 0xC2
    assert irq == [True, False]
    assert uart.read(IIR, 1) == 0xC1
    uart.write(THR, 1, 0x41)
    assert irq == [True, False, True]


def test_uart_line_status_interrupt_outranks_received_data() -> None:
    uart, _, _ = initialized(ier=0x05)
    uart.receive(bytes(17))  # one more than the FIFO holds: overrun
    assert uart.read(IIR, 1) == 0xC6
    assert uart.read(LSR, 1) & 0x03 == 0x03  # overrun and data ready
    assert uart.read(LSR, 1) & 0x02 == 0  # OE cleared by the read
    assert uart.read(IIR, 1) == 0xC4


def test_uart_loopback_returns_transmitted_bytes_and_mirrors_mcr_in_msr() -> None:
    uart, sent, irq = initialized(fcr=0x00)
    uart.write(MCR, 1, 0x1E)  # loopback, OUT2, OUT1, RTS: the OSDev self-test
    uart.write(THR, 1, 0xAE)
    assert uart.read(RBR, 1) == 0xAE
    assert sent == b""
    assert irq == []  # in loopback the OUT2 pin is inactive: no IRQ reaches the PIC
    assert uart.read(MSR, 1) & 0xF0 == 0xD0  # DCD (OUT2), RI (OUT1), CTS (RTS)


def test_uart_modem_status_change_sets_delta_bits_and_interrupt() -> None:
    uart, _, _ = initialized(ier=0x08)
    uart.read(MSR, 1)
    uart.write(MCR, 1, 0x10)  # loopback with all outputs off: CTS, DSR, DCD fall
    assert uart.read(IIR, 1) == 0xC0
    assert uart.read(MSR, 1) == 0x0B  # DCTS, DDSR, DDCD
    assert uart.read(IIR, 1) == 0xC1


def test_uart_scratch_register_keeps_its_value() -> None:
    uart, _, _ = initialized()
    uart.write(SCR, 1, 0x5A)
    assert uart.read(SCR, 1) == 0x5A


def test_uart_register_names_follow_dlab_and_direction() -> None:
    uart, _, _ = initialized()
    assert uart.register_name(IIR, "in") == "IIR"
    assert uart.register_name(FCR, "out") == "FCR"
    uart.write(LCR, 1, 0x80)
    assert uart.register_name(DLL, "out") == "DLL"


def test_uart_save_state_round_trips() -> None:
    uart, _, _ = initialized()
    uart.receive(b"abc")
    uart.write(SCR, 1, 7)
    state = uart.save_state()
    copy = Uart16550()
    copy.load_state(state)
    assert copy.save_state() == state
    assert bytes(copy.read(RBR, 1) for _ in range(3)) == b"abc"
