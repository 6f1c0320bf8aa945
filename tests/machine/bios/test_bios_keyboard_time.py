"""INT 16h keys from the 8042, INT 1Ah tick count and RTC, INT 15h waits, A20, C0h, INT 11h."""

from __future__ import annotations

from datetime import datetime

from bios_programs import boot, boot_sector, numbered_disk, run_qemu

from longmode.machine.bios import Disk, install_bios
from longmode.machine.bios.keyboard import ASCII, ShiftFlag, key_word
from longmode.machine.bios.post import ticks_since_midnight
from longmode.machine.board import Board
from longmode.machine.devices import scancodes
from longmode.machine.machine import Machine, MachineConfig, Outcome

READ_KEYS = """
    mov cx, 4
.key:
    xor ah, ah                  ; AH=00h: wait for a key
    int 0x16
    call hex16
    putc ' '
    loop .key
    mov ah, 0x01                ; AH=01h: none left, ZF=1
    int 0x16
    setz al
    call hex8
    putc ' '
    mov ah, 0x02                ; AH=02h: no shift key held any more
    int 0x16
    call hex8
    exit
"""


def test_int16_returns_keys_typed_into_the_8042_as_scan_code_and_ascii() -> None:
    machine, _, result = boot(numbered_disk(boot_sector(READ_KEYS), 64), keys="aB!\n")
    assert result.exit_status == 33, result.message
    assert bytes(machine.debug_console).decode().split() == [
        "1E61",
        "3042",  # Shift held: 'B'
        "0221",  # Shift+1: '!'
        "1C0D",  # Enter: CR
        "01",
        "00",
    ]


def test_int16_00h_waits_through_timer_ticks_until_a_key_arrives() -> None:
    image = numbered_disk(boot_sector(READ_KEYS.replace("mov cx, 4", "mov cx, 1")), 64)
    ticks: list[int] = []

    def user_timer(board: Board, vector: int) -> None:
        ticks.append(board.now())
        if len(ticks) == 3:
            board.chips.ps2.type_text("z")

    machine = Machine(MachineConfig(memory=32 << 20, timeout=20.0, virtual_timeout=10**10))
    install_bios(machine, [Disk(image)])
    machine.vectors[0x1C] = user_timer  # INT 1Ch, called by the BIOS's INT 08h
    result = machine.run()
    assert result.exit_status == 33, result.message
    assert bytes(machine.debug_console).decode().split() == ["2C7A", "01", "00"]
    assert len(ticks) == 3
    assert 3 * 54_000_000 < result.virtual_ns < 4 * 56_000_000


def test_int16_00h_gets_a_key_pressed_later_in_virtual_time_by_machine_press() -> None:
    image = numbered_disk(boot_sector(READ_KEYS.replace("mov cx, 4", "mov cx, 1")), 64)
    machine = Machine(MachineConfig(memory=32 << 20, timeout=20.0, virtual_timeout=10**10))
    install_bios(machine, [Disk(image)])
    machine.press("q", after=500_000_000)
    result = machine.run()
    assert result.exit_status == 33, result.message
    assert bytes(machine.debug_console).decode().split() == ["1071", "01", "00"]
    assert 500_000_000 <= result.virtual_ns < 600_000_000


def test_keyboard_table_comes_from_the_scancodes_module() -> None:
    for char, (key, shifted) in scancodes.CHARACTERS.items():
        if char.isprintable() and len(char) == 1:
            flags = ShiftFlag.LEFT_SHIFT if shifted else ShiftFlag(0)
            assert key_word(scancodes.KEYS[key].code, False, flags) & 0xFF == ord(char)
    assert ASCII[scancodes.KEYS["escape"].code] == (0x1B, 0x1B)


TIME_PROGRAM = """
    mov ah, 0x02                ; RTC time: CH hours, CL minutes, DH seconds (BCD)
    int 0x1A
    mov ax, cx
    call hex16
    mov al, dh
    call hex8
    putc ' '
    mov ah, 0x04                ; RTC date: CH century, CL year, DH month, DL day
    int 0x1A
    mov ax, cx
    call hex16
    mov ax, dx
    call hex16
    putc ' '
    xor ah, ah                  ; ticks since midnight
    int 0x1A
    mov ax, cx
    call hex16
    mov ax, dx
    call hex16
    putc ' '
    mov [ticks], dx
    mov ah, 0x86                ; wait 300 ms (CX:DX microseconds)
    mov cx, 300000 >> 16
    mov dx, 300000 & 0xFFFF
    int 0x15
    setc al
    call hex8
    putc ' '
    mov ax, [0x46C]             ; ticks counted meanwhile by INT 08h
    sub ax, [ticks]
    call hex16
    exit
ticks: dw 0
"""


def test_int1a_reads_the_cmos_start_time_and_date_in_bcd_and_the_tick_count() -> None:
    start = datetime(2026, 11, 23, 13, 45, 30)
    machine, _, result = boot(numbered_disk(boot_sector(TIME_PROGRAM), 64), start_time=start)
    assert result.exit_status == 33, result.message
    clock, date, ticks, carry, waited = bytes(machine.debug_console).decode().split()
    assert clock == "134530"
    assert date == "20261123"
    assert int(ticks, 16) == ticks_since_midnight(start)
    assert carry == "00"
    assert int(waited, 16) in (5, 6)  # 300 ms at 18.2 Hz
    assert result.virtual_ns >= 300_000_000


SYSTEM_PROGRAM = """
    mov ax, 0x2402              ; A20 on (as QEMU powers on)
    int 0x15
    call hex8
    mov ax, 0x2400              ; off
    int 0x15
    mov ax, 0x2402
    int 0x15
    call hex8
    mov ax, 0x2401              ; on again
    int 0x15
    mov ax, 0x2402
    int 0x15
    call hex8
    mov ax, 0x2403              ; supported by the 8042 and port 92h
    int 0x15
    mov ax, bx
    call hex16
    putc ' '
    mov ah, 0xC0                ; configuration table: model byte at ES:BX+2
    int 0x15
    mov al, [es:bx + 2]
    call hex8
    putc ' '
    int 0x11                    ; equipment word
    call hex16
    putc ' '
    mov ah, 0x55                ; an INT 15h function we do not have: CF, AH=86h
    int 0x15
    setc al
    call hex8
    mov al, ah
    call hex8
    exit
"""


def test_int15_a20_gate_configuration_table_equipment_and_unknown_functions() -> None:
    machine, _, result = boot(numbered_disk(boot_sector(SYSTEM_PROGRAM), 64))
    assert result.exit_status == 33, result.message
    assert bytes(machine.debug_console).decode().split() == [
        "0100010003",
        "FC",
        "0222",  # FPU, 80x25 colour, one serial port, no floppy
        "0186",
    ]
    assert not machine.chips.port92.control & 0x02 or machine.chips.ps2.a20_enabled
    assert result.outcome is Outcome.EXITED


A20_PROGRAM = """
    call wraps                  ; A20 on at power-on: no wrap
    mov ax, 0x2400              ; INT 15h: off
    int 0x15
    call wraps
    mov ax, 0x2401              ; INT 15h: on
    int 0x15
    call wraps
    in al, 0x92                 ; port 92h bit 1: off
    and al, 0xFC
    out 0x92, al
    call wraps
    mov al, 0xDF                ; the 8042's "A20 on" command
    out 0x64, al
    call wraps
    exit
wraps:                          ; 'W' if FFFF:0510 is 0000:0500, 'N' if not
    push ds
    push es
    xor ax, ax
    mov ds, ax
    mov ax, 0xFFFF
    mov es, ax
    mov byte [0x500], 0x11
    mov byte [es:0x510], 0x22
    mov al, 'N'
    cmp byte [0x500], 0x22
    jne .out
    mov al, 'W'
.out:
    out 0xE9, al
    pop es
    pop ds
    ret
"""


def test_a20_off_wraps_addresses_at_1_mib_as_in_qemu() -> None:
    image = boot_sector(A20_PROGRAM)
    machine, _, result = boot(image)
    assert result.exit_status == 33, result.message
    assert bytes(machine.debug_console) == b"NWNWN"
    assert machine.a20
    assert run_qemu(image) == bytes(machine.debug_console)


TIME_1000_CALLS = """
    rdtsc                       ; virtual time at 1 GHz
    mov edi, eax
    mov cx, 1000
.call:
    push cx
    mov ah, 0x00                ; INT 1Ah AH=00h: read the tick count
    int 0x1A
    pop cx
    loop .call
    rdtsc
    sub eax, edi
    call hex32
    exit
"""


def test_a_bios_service_call_takes_a_microsecond_of_virtual_time() -> None:
    # As a port access does: so a guest that waits for the next timer tick by calling
    # INT 1Ah in a loop needs ~55,000 calls, not the millions its few instructions
    # (1 ns each) would take.
    machine, _, result = boot(numbered_disk(boot_sector(TIME_1000_CALLS), 64))
    assert result.exit_status == 33, result.message
    elapsed_ns = int(bytes(machine.debug_console).decode(), 16)
    assert 1_000_000 <= elapsed_ns < 1_100_000
