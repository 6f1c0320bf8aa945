"""Time in polling loops: port accesses take virtual time, RDTSC follows virtual time,
and CPUID reports the TSC's rate. The figures are the documented ones
(``NS_PER_IO_ACCESS``, ``TSC_HZ``), checked through what a guest measures."""

from __future__ import annotations

import struct

import pytest
from machine_programs import LONG_MODE_PRELUDE, boot

from longmode.machine.machine import NS_PER_IO_ACCESS, Outcome
from longmode.machine.tsc import TSC_HZ

#: Writes EAX to port E9h, low byte first (16-bit code).
PUT32 = """
put32:
    push ecx
    mov cx, 4
.byte:
    out 0xE9, al
    shr eax, 8
    loop .byte
    pop ecx
    ret
"""

#: GRUB's TSC calibration, as grub_tsc_calibrate_from_pit does it: PIT channel 2 in
#: mode 0 with count FFFFh (54.9 ms), gated through port 61h, then `in al, 61h` until
#: OUT2 (bit 5) rises. RDTSC before and after; the loop's turns are counted in ESI.
#: Writes EDX:EAX of both TSC readings and ESI to port E9h, 4 bytes at a time.
PIT_CALIBRATION = (
    """
bits 16
org 0x7C00
    cli
    in al, 0x61
    and al, 0xFC
    or al, 1                        ; gate channel 2 on, speaker off
    out 0x61, al
    mov al, 0xB0                    ; channel 2, lobyte/hibyte, mode 0
    out 0x43, al
    mov al, 0xFF
    out 0x42, al
    rdtsc
    mov ebx, eax
    mov ebp, edx
    mov al, 0xFF
    out 0x42, al                    ; the count starts
    xor esi, esi
.poll:
    inc esi
    in al, 0x61
    test al, 0x20
    jz .poll
    rdtsc
    mov ecx, eax
    mov edi, edx
    mov eax, ebx
    call put32
    mov eax, ebp
    call put32
    mov eax, ecx
    call put32
    mov eax, edi
    call put32
    mov eax, esi
    call put32
    mov al, 0x10
    out 0xF4, al
    hlt
"""
    + PUT32
)


def _calibrate(**config: object) -> tuple[int, int, int, int, int]:
    machine, result = boot(PIT_CALIBRATION, **config)
    assert result.outcome is Outcome.EXITED, result.message
    before, after, turns = struct.unpack("<QQI", bytes(machine.debug_console))
    return after - before, turns, machine.instructions, result.virtual_ns, len(machine.serial)


def test_a_pit_polling_loop_takes_the_pits_time_in_port_accesses() -> None:
    elapsed_ticks, turns, _, virtual_ns, _ = _calibrate()
    count_ns = 0xFFFF * 1_000_000_000 // 1_193_182  # 54.9 ms
    # Each turn is four instructions, one of them a port access: ~1 µs.
    per_turn = NS_PER_IO_ACCESS + 4
    assert count_ns // per_turn - 10 <= turns <= count_ns // per_turn + 10
    # RDTSC measured the same span at TSC_HZ (1 GHz: nanoseconds).
    assert abs(elapsed_ticks * 1_000_000_000 // TSC_HZ - count_ns) < 2 * per_turn
    assert count_ns < virtual_ns < count_ns + 100_000


def test_the_polling_loop_is_deterministic() -> None:
    assert _calibrate() == _calibrate()


def test_rdtsc_follows_virtual_time_in_the_fast_mode_too() -> None:
    elapsed_ticks, _, _, _, _ = _calibrate(deterministic=False, timeout=20)
    count_ns = 0xFFFF * 1_000_000_000 // 1_193_182
    # virtual time follows the wall clock there: the span is at least the count's
    assert elapsed_ticks * 1_000_000_000 // TSC_HZ >= count_ns


CPUID_LEAVES = (
    """
bits 16
org 0x7C00
    cli
    xor eax, eax
    cpuid
    call put32                      ; maximum basic leaf
    mov eax, 0x15
    cpuid
    push ecx
    push ebx
    call put32                      ; denominator
    pop eax
    call put32                      ; numerator
    pop eax
    call put32                      ; crystal Hz
    mov eax, 0x16
    cpuid
    call put32                      ; base MHz
    mov eax, 0x0E
    cpuid
    or eax, ebx
    or eax, ecx
    or eax, edx
    call put32                      ; a leaf qemu64 does not have: zeros
    mov eax, 1
    cpuid
    call put32                      ; family/model/stepping, unicorn's own
    mov al, 0x10
    out 0xF4, al
    hlt
"""
    + PUT32
)


def test_cpuid_reports_the_tsc_rate() -> None:
    machine, result = boot(CPUID_LEAVES)
    assert result.outcome is Outcome.EXITED, result.message
    top, denominator, numerator, crystal, base_mhz, reserved, signature = struct.unpack(
        "<7I", bytes(machine.debug_console)
    )
    assert top >= 0x16
    assert crystal * numerator // denominator == TSC_HZ
    assert base_mhz * 1_000_000 == TSC_HZ
    assert reserved == 0
    assert signature != 0


@pytest.mark.parametrize("instruction", ["rdtsc", "rdtscp"])
def test_rdtsc_reads_the_virtual_clock(instruction: str) -> None:
    machine, result = boot(
        f"""
bits 16
org 0x7C00
    cli
    mov ecx, 0xC0000103             ; IA32_TSC_AUX
    mov eax, 0x2A
    xor edx, edx
    wrmsr
    xor ecx, ecx
    {instruction}
    mov [0x600], eax
    mov [0x604], edx
    mov [0x608], ecx
    mov al, 0x10
    out 0xF4, al
""",
        prepare=lambda m: None,
    )
    assert result.outcome is Outcome.EXITED, result.message
    tsc, aux = struct.unpack("<QI", machine.read_physical(0x600, 12))
    # the reading is the virtual time of the instruction: its count, in ns
    assert 0 < tsc <= machine.instructions * 1_000_000_000 // TSC_HZ
    assert aux == (0x2A if instruction == "rdtscp" else 0)


def test_an_mmio_access_takes_the_time_of_a_port_access() -> None:
    def run(address: int) -> int:
        _, result = boot(
            LONG_MODE_PRELUDE + f"    mov rbx, {address:#x}\n    mov al, [rbx]\n    hlt\n",
            memory=4 << 20,
        )
        assert result.outcome is Outcome.HALTED, result.message
        return result.virtual_ns

    # 16 MiB is unassigned in a 4 MiB machine; 1 MiB is RAM
    assert run(0x100_0000) - run(0x10_0000) == NS_PER_IO_ACCESS
