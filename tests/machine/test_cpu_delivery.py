"""The CPU core: reset to real mode, interrupt and exception delivery, halts, triple faults.

Each test runs a small NASM program at 0x7C00 on the machine and reads what it
reported through the 0xE9 debug console or the exit port.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from machine_programs import ENTER_RING_3, LONG_MODE_PRELUDE, assemble, boot

from longmode.machine.cpu import Mode
from longmode.machine.machine import NS_PER_IO_ACCESS, Machine, Outcome

EXIT_OK = """
    mov al, 0x10
    out 0xF4, al
"""


def test_reset_stub_enters_the_boot_sector_in_real_mode_with_interrupts_on() -> None:
    machine, result = boot(
        """
bits 16
org 0x7C00
    pushf
    pop ax
    shr ax, 9
    and al, 1
    add al, '0'
    out 0xE9, al            ; IF as a digit
    mov ax, cs
    add al, 'A'
    out 0xE9, al            ; CS = 0 -> 'A'
"""
        + EXIT_OK
    )
    assert result.outcome is Outcome.EXITED and result.exit_status == 33
    assert bytes(machine.debug_console) == b"1A"
    assert machine.cpu.mode() is Mode.REAL


def test_real_mode_int_runs_the_guest_handler_from_the_ivt_and_iret_returns() -> None:
    machine, result = boot(
        """
bits 16
org 0x7C00
    cli
    mov word [0x42 * 4], handler
    mov word [0x42 * 4 + 2], 0
    mov bx, 7
    int 0x42
    mov al, bl
    out 0xE9, al            ; the handler doubled BX
"""
        + EXIT_OK
        + """
handler:
    add bx, bx
    mov al, 'H'
    out 0xE9, al
    iret
"""
    )
    assert result.exit_status == 33
    assert bytes(machine.debug_console) == b"H\x0e"


def test_a_guest_hook_can_chain_to_the_bios_vector_in_rom() -> None:
    calls: list[int] = []

    def bios_service(machine: Machine, vector: int) -> None:
        calls.append(vector)

    source = (
        """
bits 16
org 0x7C00
    cli
    mov ax, [0x42 * 4]
    mov [old], ax
    mov ax, [0x42 * 4 + 2]
    mov [old + 2], ax
    mov word [0x42 * 4], hook
    mov word [0x42 * 4 + 2], 0
    int 0x42
    mov al, 'R'
    out 0xE9, al
"""
        + EXIT_OK
        + """
hook:
    mov al, 'G'
    out 0xE9, al
    pushf
    call far [old]          ; chain to the BIOS stub
    iret
old: dd 0
"""
    )
    machine, result = boot(source, vectors={0x42: bios_service})
    assert result.exit_status == 33
    assert calls == [0x42]
    assert bytes(machine.debug_console) == b"GR"


def test_page_faults_and_divide_errors_are_handled_and_resumed_many_times() -> None:
    # Without the stale-exception fix the second fault would arrive as #DF.
    machine, result = boot(
        LONG_MODE_PRELUDE
        + """
    mov rdi, 14
    mov rsi, page_fault
    xor edx, edx
    call set_gate
    mov rdi, 0
    mov rsi, divide_error
    xor edx, edx
    call set_gate
    mov rbx, 0x80000000             ; not mapped: only the first GiB is
    mov r12, 50
.again:
    mov al, [rbx]                   ; #PF, read (2 bytes: 8a 03)
    xor ecx, ecx
    div rcx                         ; #DE (3 bytes: 48 f7 f1)
    mov [rbx], al                   ; #PF, write (2 bytes: 88 03)
    dec r12
    jnz .again
    mov al, [page_faults]
    out 0xE9, al
    mov al, [divide_errors]
    out 0xE9, al
    mov al, [error_codes]
    out 0xE9, al
    mov al, [wrong_cr2]
    out 0xE9, al
"""
        + EXIT_OK
        + """
page_fault:
    inc byte [page_faults]
    mov rax, [rsp]                  ; error code: 0 for the read, 2 for the write
    or [error_codes], al
    mov rax, cr2
    cmp rax, rbx
    je .cr2_ok
    inc byte [wrong_cr2]
.cr2_ok:
    add qword [rsp + 8], 2          ; skip the faulting instruction
    add rsp, 8                      ; drop the error code
    iretq
divide_error:
    inc byte [divide_errors]
    add qword [rsp], 3
    iretq
page_faults: db 0
divide_errors: db 0
error_codes: db 0
wrong_cr2: db 0
"""
    )
    assert result.outcome is Outcome.EXITED, result.message
    assert bytes(machine.debug_console) == bytes([100, 50, 2, 0])
    assert machine.cpu.mode() is Mode.LONG


@pytest.mark.parametrize("deterministic", [True, False], ids=["default", "fast"])
def test_runs_stopped_and_resumed_with_paging_on_leave_cr2_and_the_next_fault_alone(
    deterministic: bool,
) -> None:
    # unicorn ends every emu_start by dropping the code at its exit address, looked
    # up through the guest's page tables: an unmapped exit there raised a hidden
    # #PF that set CR2 and made the next #GP a #DF (then a silent triple fault).
    machine = Machine(memory="16M", deterministic=deterministic)
    machine.write_physical(
        0x7C00,
        assemble(
            LONG_MODE_PRELUDE
            + """
    mov rdi, 13
    mov rsi, general_protection
    xor edx, edx
    call set_gate
    mov rdi, 8
    mov rsi, double_fault
    xor edx, edx
    call set_gate
    mov r12, 3
.again:
    mov al, 's'
    out 0xE9, al                    ; the test stops the run here, then resumes it
    dec r12
    jnz .again
    mov ax, 0x1234
    mov ds, ax                      ; beyond the GDT: #GP(0x1230) (2 bytes: 8e d8)
    mov rax, cr2
    test rax, rax
    jz .cr2_ok
    mov al, '!'
    out 0xE9, al
.cr2_ok:
"""
            + EXIT_OK
            + """
general_protection:
    mov al, 'G'
    out 0xE9, al
    add qword [rsp + 8], 2          ; skip the faulting mov
    add rsp, 8                      ; drop the error code
    iretq
double_fault:
    mov al, 'D'
    out 0xE9, al
    cli
    hlt
"""
        ),
    )
    for stops in range(1, 4):
        result = machine.run(until=lambda m, n=stops: len(m.debug_console) >= n, timeout=30)
        assert result.outcome is Outcome.STOPPED, result.message
        assert machine.cpu.get("cr2") == 0
    result = machine.run(timeout=30)
    assert result.exit_status == 33, result.message
    assert bytes(machine.debug_console) == b"sssG"


def test_double_fault_runs_on_its_ist_stack_when_the_stack_is_unusable() -> None:
    machine, result = boot(
        LONG_MODE_PRELUDE
        + """
    mov rax, 0x70000
    call load_tss
    mov rdi, 8
    mov rsi, double_fault
    mov edx, 1                      ; IST1
    call set_gate
    mov rdi, 3
    mov rsi, breakpoint
    xor edx, edx
    call set_gate
    mov rsp, 0x80001000             ; unmapped: delivering #BP must fault
    int3
    hlt
breakpoint:
    hlt
double_fault:
    mov rax, rsp
    shr rax, 12
    out 0xE9, al                    ; 0x6F: the frame is just below the IST top
    mov al, [rsp]                   ; error code of #DF: 0
    out 0xE9, al
"""
        + EXIT_OK
    )
    assert result.outcome is Outcome.EXITED, result.message
    assert bytes(machine.debug_console) == bytes([0x6F, 0])


def test_fault_with_no_usable_idt_is_a_reported_triple_fault() -> None:
    _, result = boot(
        LONG_MODE_PRELUDE
        + """
    lidt [empty_idt]
    int3
    hlt
empty_idt:
    dw 0
    dq 0
"""
    )
    assert result.outcome is Outcome.TRIPLE_FAULT
    assert result.exit_status == 3
    assert result.message.startswith("triple fault at 0x")
    assert "in 64-bit long mode" in result.message
    assert "beyond the IDT limit" in result.message


def test_hlt_with_interrupts_disabled_ends_the_run_with_the_address() -> None:
    _, result = boot(
        """
bits 16
org 0x7C00
    cli
    nop
    hlt
"""
    )
    assert result.outcome is Outcome.HALTED
    assert result.message == (
        "the CPU halted at 0x7c02 (0000:7C02) in real mode with interrupts disabled"
    )
    assert result.exit_status == 0


def test_undefined_instruction_is_delivered_as_invalid_opcode() -> None:
    machine, result = boot(
        """
bits 16
org 0x7C00
    cli
    mov word [6 * 4], invalid_opcode
    mov word [6 * 4 + 2], 0
    ud2
    mov al, 'B'
    out 0xE9, al
"""
        + EXIT_OK
        + """
invalid_opcode:
    mov al, 'U'
    out 0xE9, al
    mov bp, sp
    add word [bp], 2                ; skip ud2
    iret
"""
    )
    assert result.exit_status == 33, result.message
    assert bytes(machine.debug_console) == b"UB"


def test_deterministic_runs_give_the_same_output_and_virtual_time() -> None:
    source = (
        """
bits 16
org 0x7C00
    sti
    mov cx, 5
.tick:
    hlt                             ; woken by the PIT's IRQ0 (18.2 Hz)
    loop .tick
    mov al, 'T'
    out 0xE9, al
"""
        + EXIT_OK
    )
    results = [boot(source) for _ in range(2)]
    assert [bytes(m.debug_console) for m, _ in results] == [b"T", b"T"]
    first, second = (r for _, r in results)
    assert first.virtual_ns == second.virtual_ns
    # Five timer ticks at 18.2 Hz: about 0.27 s of virtual time, almost none of it executed.
    assert 0.2e9 < first.virtual_ns < 0.35e9


def test_run_stops_at_an_address_and_can_resume() -> None:
    source = """
bits 16
org 0x7C00
    cli
    mov al, 'a'
    out 0xE9, al
stop_here:
    mov al, 'b'
    out 0xE9, al
    mov al, 0x10
    out 0xF4, al
"""
    machine = Machine(memory="16M")
    machine.uc.mem_write(0x7C00, assemble(source))
    # stop_here is 0x7C05: after cli (1 byte), mov al (2) and out (2).
    result = machine.run(until=0x7C05)
    assert result.outcome is Outcome.STOPPED
    assert machine.cpu.get("rip") == 0x7C05
    assert bytes(machine.debug_console) == b"a"
    assert machine.run().exit_status == 33
    assert bytes(machine.debug_console) == b"ab"


def test_run_stops_when_a_predicate_on_the_machine_holds() -> None:
    machine = Machine(memory="16M")
    machine.uc.mem_write(
        0x7C00,
        assemble("bits 16\norg 0x7C00\ncli\n.loop:\nmov al, 'x'\nout 0xE9, al\njmp .loop\n"),
    )
    result = machine.run(until=lambda m: len(m.debug_console) >= 3, timeout=10)
    assert result.outcome is Outcome.STOPPED
    assert bytes(machine.debug_console[:3]) == b"xxx"


def test_machine_with_a_disk_boots_it_through_our_bios(tmp_path: Path) -> None:
    sector = assemble(
        "bits 16\norg 0x7C00\nmov ax, 0x0E41\nint 0x10\nmov al, 0x10\nout 0xF4, al\n"
        "times 510-($-$$) db 0\ndw 0xAA55\n"
    )
    image = tmp_path / "disk.img"
    image.write_bytes(sector)
    machine = Machine(memory="32M", disk=image)
    assert machine.run(timeout=30).exit_status == 33
    assert machine.screen.text() == "A"
    assert machine.read_physical(0x7C00, 512) == sector
    assert machine.read_virtual(0x7DFE, 2) == b"\x55\xaa"
    # The image's bytes work as well as its path.
    assert Machine(memory="32M", disk=sector).run(timeout=30).exit_status == 33


def test_an_interrupt_from_ring_3_switches_to_rsp0_and_ring_0_and_iretq_returns() -> None:
    machine, result = boot(
        LONG_MODE_PRELUDE
        + """
    mov rax, 0x70000
    call load_tss
    mov qword [tss + 4], 0x80000    ; RSP0
    mov rdi, 0x80
    mov rsi, system_call
    xor edx, edx
    call set_gate
    mov byte [idt + 0x80 * 16 + 5], 0xEE    ; DPL 3: callable from ring 3
    mov rdi, 13
    mov rsi, general_protection
    xor edx, edx
    call set_gate
"""
        + ENTER_RING_3
        + """
user:
    int 0x80                        ; ring 3 -> ring 0 and back
    mov ax, cs
    and al, 3
    add al, '0'
    mov [user_cpl_after], al
    hlt                             ; privileged: #GP from ring 3
system_call:
    mov ax, cs
    and al, 3
    mov [kernel_cpl], al
    mov [kernel_rsp], rsp
    mov rax, [rsp + 8]              ; the frame: RIP, CS, RFLAGS, RSP, SS
    mov [frame_cs], al
    mov rax, [rsp + 24]
    mov [frame_rsp], rax
    iretq
general_protection:
    mov al, [kernel_cpl]
    out 0xE9, al                    ; 0: the handler ran in ring 0
    mov rax, [kernel_rsp]
    shr rax, 12
    out 0xE9, al                    ; 0x7F: on the RSP0 stack
    mov al, [frame_cs]
    out 0xE9, al                    ; 0x33: the interrupted ring-3 CS
    mov rax, [frame_rsp]
    shr rax, 12
    out 0xE9, al                    ; 0x60: the interrupted ring-3 RSP
    mov al, [user_cpl_after]
    out 0xE9, al                    ; '3': iretq went back to ring 3
    mov rax, [rsp + 16]
    out 0xE9, al                    ; 0x33: #GP came from ring 3 too
    mov al, 0x10
    out 0xF4, al
kernel_cpl: db 0xFF
user_cpl_after: db 0
frame_cs: db 0
align 8
kernel_rsp: dq 0
frame_rsp: dq 0
"""
    )
    assert result.outcome is Outcome.EXITED, result.message
    assert bytes(machine.debug_console) == bytes([0, 0x7F, 0x33, 0x60, ord("3"), 0x33])


PROTECTED_MODE_ENTRY = """
bits 16
org 0x7C00
    cli
    xor ax, ax
    mov ds, ax
    lgdt [gdt_pointer]
    mov eax, cr0
    or eax, 1
    mov cr0, eax
    jmp 0x08:protected
bits 32
protected:
    mov ax, 0x10
    mov ds, ax
    mov es, ax
    mov ss, ax
    mov esp, 0x90000
"""

#: After the GDT (label ``gdt``): its pointer, and an empty 32-bit IDT with its pointer.
PROTECTED_MODE_TABLES = """
gdt_pointer:
    dw gdt_pointer - gdt - 1
    dd gdt
align 8
idt:
    times 256 * 8 db 0
idt_pointer:
    dw 256 * 8 - 1
    dd idt
"""

PROTECTED_MODE_RING_3 = (
    PROTECTED_MODE_ENTRY
    + """    mov dword [tss + 4], 0x80000    ; ESP0
    mov dword [tss + 8], 0x10       ; SS0
    mov eax, tss                    ; TSS descriptor base
    mov [gdt + 0x28 + 2], ax
    shr eax, 16
    mov [gdt + 0x28 + 4], al
    mov [gdt + 0x28 + 7], ah
    mov ax, 0x28
    ltr ax
    mov eax, system_call            ; gate 0x80: DPL 3 interrupt gate
    mov [idt + 0x80 * 8], ax
    mov word [idt + 0x80 * 8 + 2], 0x08
    mov word [idt + 0x80 * 8 + 4], 0xEE00
    shr eax, 16
    mov [idt + 0x80 * 8 + 6], ax
    mov eax, general_protection     ; gate 13: DPL 0
    mov [idt + 13 * 8], ax
    mov word [idt + 13 * 8 + 2], 0x08
    mov word [idt + 13 * 8 + 4], 0x8E00
    shr eax, 16
    mov [idt + 13 * 8 + 6], ax
    lidt [idt_pointer]
    push 0x23                       ; SS (ring 3)
    push 0x60000                    ; ESP
    push 0x2                        ; EFLAGS
    push 0x1B                       ; CS (ring 3)
    push user
    iretd
user:
    int 0x80
    mov ax, cs
    and al, 3
    add al, '0'
    mov [user_cpl_after], al
    hlt                             ; privileged: #GP from ring 3
system_call:
    mov ax, cs
    and al, 3
    mov [kernel_cpl], al
    mov ax, ss
    mov [kernel_ss], al
    mov [kernel_esp], esp
    mov eax, [esp + 4]              ; the frame: EIP, CS, EFLAGS, ESP, SS
    mov [frame_cs], al
    mov eax, [esp + 12]
    mov [frame_esp], eax
    iretd
general_protection:
    mov al, [kernel_cpl]
    out 0xE9, al                    ; 0: ring 0
    mov al, [kernel_ss]
    out 0xE9, al                    ; 0x10: SS0
    mov eax, [kernel_esp]
    shr eax, 12
    out 0xE9, al                    ; 0x7F: on the ESP0 stack
    mov al, [frame_cs]
    out 0xE9, al                    ; 0x1B
    mov eax, [frame_esp]
    shr eax, 12
    out 0xE9, al                    ; 0x60
    mov al, [user_cpl_after]
    out 0xE9, al                    ; '3'
    mov eax, [esp + 8]
    out 0xE9, al                    ; 0x1B: #GP from ring 3 (error code, EIP, CS)
    mov al, 0x10
    out 0xF4, al
kernel_cpl: db 0xFF
kernel_ss: db 0
user_cpl_after: db 0
frame_cs: db 0
align 4
kernel_esp: dd 0
frame_esp: dd 0
align 8
gdt:
    dq 0
    dq 0x00CF9A000000FFFF           ; 0x08: ring-0 code
    dq 0x00CF92000000FFFF           ; 0x10: ring-0 data
    dq 0x00CFFA000000FFFF           ; 0x18: ring-3 code
    dq 0x00CFF2000000FFFF           ; 0x20: ring-3 data
    dq 0x0000890000000067           ; 0x28: 32-bit TSS, limit 103 (base filled in)
"""
    + PROTECTED_MODE_TABLES
    + """align 4
tss:
    times 104 db 0
"""
)


def test_an_interrupt_from_ring_3_in_protected_mode_switches_to_ss0_esp0() -> None:
    machine, result = boot(PROTECTED_MODE_RING_3)
    assert result.outcome is Outcome.EXITED, result.message
    assert bytes(machine.debug_console) == bytes([0, 0x10, 0x7F, 0x1B, 0x60, ord("3"), 0x1B])


def test_segment_and_page_faults_push_the_error_code_the_cpu_computes() -> None:
    # Each fault's handler reports vector, error code (2 bytes) and resumes at [resume].
    machine, result = boot(
        LONG_MODE_PRELUDE
        + """
    mov rdi, 11
    mov rsi, not_present
    xor edx, edx
    call set_gate
    mov rdi, 12
    mov rsi, stack_fault
    xor edx, edx
    call set_gate
    mov rdi, 13
    mov rsi, general_protection
    xor edx, edx
    call set_gate
    mov rdi, 14
    mov rsi, page_fault
    xor edx, edx
    call set_gate
    mov rax, 0x0000920000000000     ; 0x18: a data descriptor, not present
    btr rax, 47
    mov [gdt + 0x18], rax
    mov qword [resume], case_np
    mov ax, 0x43                    ; beyond the GDT's limit: #GP(0x40)
    mov ds, ax
case_np:
    mov qword [resume], case_ss
    mov ax, 0x18                    ; not present: #NP(0x18)
    mov ds, ax
case_ss:
    mov qword [resume], case_write
    mov ax, 0x18                    ; not present, as SS: #SS(0x18)
    mov ss, ax
case_write:
    mov qword [resume], case_fetch
    mov rbx, 0x80000000             ; not mapped: write is #PF(0x2)
    mov [rbx], al
case_fetch:
    mov qword [resume], done
    mov ecx, 0xC0000080
    rdmsr
    or eax, 1 << 11                 ; EFER.NXE: fetches are told apart
    wrmsr
    jmp rbx                         ; fetch from an unmapped page: #PF(0x10)
done:
"""
        + EXIT_OK
        + """
not_present:
    mov bl, 11
    jmp report
stack_fault:
    mov bl, 12
    jmp report
general_protection:
    mov bl, 13
    jmp report
page_fault:
    mov bl, 14
report:
    mov al, bl
    out 0xE9, al
    mov rax, [rsp]
    out 0xE9, al
    mov al, ah
    out 0xE9, al
    mov rax, [resume]
    mov [rsp + 8], rax
    add rsp, 8
    iretq
align 8
resume: dq 0
"""
    )
    assert result.outcome is Outcome.EXITED, result.message
    console = bytes(machine.debug_console)
    faults = [(console[i], console[i + 1] | console[i + 2] << 8) for i in range(0, len(console), 3)]
    assert faults == [(13, 0x40), (11, 0x18), (12, 0x18), (14, 0x2), (14, 0x10)]


def test_int3_from_ring_3_through_a_ring_0_gate_is_a_general_protection_fault() -> None:
    # int3, int n and into check the gate's DPL; a CPU exception does not.
    machine, result = boot(
        LONG_MODE_PRELUDE
        + """
    mov rax, 0x70000
    call load_tss
    mov qword [tss + 4], 0x80000    ; RSP0
    mov rdi, 3
    mov rsi, breakpoint
    xor edx, edx
    call set_gate                   ; DPL 0
    mov rdi, 13
    mov rsi, general_protection
    xor edx, edx
    call set_gate
"""
        + ENTER_RING_3
        + """
user:
    int3
    hlt
breakpoint:
    mov al, 'B'
    out 0xE9, al
    hlt
general_protection:
    mov rax, [rsp]
    out 0xE9, al                    ; 3 * 8 + 2: the IDT entry of vector 3
    mov rax, [rsp + 16]
    out 0xE9, al                    ; 0x33: from ring 3
"""
        + EXIT_OK
    )
    assert result.outcome is Outcome.EXITED, result.message
    assert bytes(machine.debug_console) == bytes([3 * 8 + 2, 0x33])


def _loop_program(iterations: int) -> str:
    return f"""
bits 16
org 0x7C00
    cli
    mov cx, {iterations}
.spin:
    loop .spin
    mov al, 0x10
    out 0xF4, al
"""


def test_deterministic_mode_counts_every_instruction_exactly() -> None:
    short, long = (boot(_loop_program(n))[0] for n in (1000, 3000))
    assert long.instructions - short.instructions == 2000
    # One instruction is one virtual nanosecond, and the one port access (the exit)
    # one microsecond.
    assert short.result is not None
    assert short.result.virtual_ns == short.instructions + NS_PER_IO_ACCESS
    again = boot(_loop_program(1000))[0]
    assert again.instructions == short.instructions


def test_instruction_limit_stops_after_exactly_that_many() -> None:
    machine, result = boot("bits 16\norg 0x7C00\ncli\n.spin:\njmp .spin\n", max_instructions=12345)
    assert result.outcome is Outcome.INSTRUCTION_LIMIT
    assert machine.instructions == 12345
    assert result.message.startswith("ran 12345 instructions without finishing, at 0x7c01")


def test_an_instruction_ending_in_an_f4_byte_is_not_taken_for_hlt() -> None:
    # `mov al, 0xF4` is B0 F4. With three instructions per turn, slices of 10^7
    # instructions end after each of them in turn; none of those ends is a hlt.
    source = "bits 16\norg 0x7C00\ncli\n.spin:\nmov al, 0xF4\nnop\njmp .spin\n"
    _, result = boot(source, virtual_timeout=100_000_000)
    assert result.outcome is Outcome.TIMEOUT, result.message
    _, result = boot(source, deterministic=False, timeout=0.3)
    assert result.outcome is Outcome.TIMEOUT, result.message


def test_the_fast_mode_cannot_take_an_instruction_limit() -> None:
    with pytest.raises(ValueError, match="deterministic mode"):
        Machine(deterministic=False, max_instructions=10)


def test_devices_see_virtual_time_run_on_between_two_port_reads() -> None:
    # Two latched reads of the PIT's counter 5,000 instructions and three port
    # accesses apart (8 µs): at 1.193182 MHz the counter has moved by 9 or 10 (by
    # the phase), though no slice ended in between.
    machine, result = boot(
        """
bits 16
org 0x7C00
    cli
    mov al, 0x34                    ; channel 0, lobyte/hibyte, mode 2
    out 0x43, al
    xor al, al
    out 0x40, al
    out 0x40, al                    ; divisor 65536
    call read_counter
    mov bx, ax
    mov cx, 5000
.spin:
    loop .spin
    call read_counter
    sub bx, ax
    mov al, bl
    out 0xE9, al
"""
        + EXIT_OK
        + """
read_counter:
    xor al, al
    out 0x43, al                    ; latch channel 0
    in al, 0x40
    mov ah, al
    in al, 0x40
    xchg al, ah
    ret
"""
    )
    assert result.outcome is Outcome.EXITED, result.message
    assert bytes(machine.debug_console) in (bytes([9]), bytes([10]))


TASK_GATES = (
    PROTECTED_MODE_ENTRY
    + """    mov ebx, tss_main
    mov edi, 0x18
    call set_tss_base
    mov ebx, tss_double_fault
    mov edi, 0x20
    call set_tss_base
    mov ebx, tss_short
    mov edi, 0x28
    call set_tss_base
    mov ax, 0x18
    ltr ax
    mov dword [tss_double_fault + 0x20], double_fault   ; EIP
    mov dword [tss_double_fault + 0x24], 0x2            ; EFLAGS
    mov dword [tss_double_fault + 0x38], 0x70000        ; ESP
    mov dword [tss_double_fault + 0x48], 0x10           ; ES
    mov dword [tss_double_fault + 0x4C], 0x08           ; CS
    mov dword [tss_double_fault + 0x50], 0x10           ; SS
    mov dword [tss_double_fault + 0x54], 0x10           ; DS
    mov word [idt + 8 * 8 + 2], 0x20                    ; #DF: task gate to TSS 0x20
    mov byte [idt + 8 * 8 + 5], 0x85
    mov word [idt + 0x40 * 8 + 2], 0x28                 ; int 0x40: task gate to a short TSS
    mov byte [idt + 0x40 * 8 + 5], 0x85
    mov eax, invalid_tss                                ; #TS: an interrupt gate
    mov [idt + 10 * 8], ax
    mov word [idt + 10 * 8 + 2], 0x08
    mov word [idt + 10 * 8 + 4], 0x8E00
    shr eax, 16
    mov [idt + 10 * 8 + 6], ax
    lidt [idt_pointer]
    mov ax, 0x43                    ; #GP(0x40), whose gate is all zero: #GP, then #DF
    mov ds, ax
    mov al, 'B'                     ; back from the #DF task by its iret
    out 0xE9, al
    str ax
    out 0xE9, al                    ; 0x18: the main task again
    mov byte [skip], 2
    int 0x40                        ; task gate to a 0x20-byte TSS: #TS(0x28)
    mov byte [skip], 7
    jmp 0x28:0                      ; QEMU's own task switch: #TS(0x28) too
"""
)
TASK_GATES_TAIL = (
    """
double_fault:
    mov al, 'D'
    out 0xE9, al
    mov eax, [esp]
    out 0xE9, al                    ; the #DF error code on the new task's stack: 0
    mov eax, [tss_double_fault]
    out 0xE9, al                    ; back link: 0x18
    str ax
    out 0xE9, al                    ; TR: 0x20
    pushfd
    pop eax
    shr eax, 14
    and al, 1
    out 0xE9, al                    ; NT: 1
    add dword [tss_main + 0x20], 2  ; resume after `mov ds, ax`
    add esp, 4
    iretd
invalid_tss:
    mov eax, [esp]
    out 0xE9, al                    ; the selector of the short TSS
    movzx eax, byte [skip]
    add [esp + 4], eax
    add esp, 4
    iretd
set_tss_base:                       ; ebx = base, edi = selector
    mov [gdt + edi + 2], bx
    shr ebx, 16
    mov [gdt + edi + 4], bl
    mov [gdt + edi + 7], bh
    ret
skip: db 0
align 8
gdt:
    dq 0
    dq 0x00CF9A000000FFFF           ; 0x08: code
    dq 0x00CF92000000FFFF           ; 0x10: data
    dq 0x0000890000000067           ; 0x18: the main task's TSS
    dq 0x0000890000000067           ; 0x20: the #DF task's TSS
    dq 0x000089000000001F           ; 0x28: a TSS too short to switch to
"""
    + PROTECTED_MODE_TABLES
    + """align 4
tss_main: times 104 db 0
tss_double_fault: times 104 db 0
tss_short: times 104 db 0
"""
)


def test_a_double_fault_through_a_task_gate_switches_tasks_and_iret_switches_back() -> None:
    machine, result = boot(TASK_GATES + EXIT_OK + TASK_GATES_TAIL)
    assert result.outcome is Outcome.EXITED, result.message
    assert bytes(machine.debug_console) == b"D" + bytes([0, 0x18, 0x20, 1]) + b"B" + bytes(
        [0x18, 0x28, 0x28]
    )


def test_a_16_bit_gate_ends_the_run_with_a_clear_not_emulated_report() -> None:
    program = (
        TASK_GATES.split("    mov ax, 0x18\n    ltr ax")[0]
        + """
    mov byte [idt + 0x40 * 8 + 5], 0x86 ; a 16-bit interrupt gate
    lidt [idt_pointer]
    int 0x40
"""
        + EXIT_OK
        + TASK_GATES_TAIL
    )
    _, result = boot(program)
    assert result.outcome is Outcome.ERROR
    assert result.exit_status == 2
    assert "16-bit interrupt or trap gate" in result.message
    assert "does not emulate yet" in result.message


def test_an_interrupt_in_virtual_8086_mode_ends_the_run_with_a_clear_report() -> None:
    # iretd with EFLAGS.VM set enters virtual-8086 mode (QEMU runs it); its first
    # interrupt would need a frame this machine does not build.
    program = (
        TASK_GATES.split("    mov ax, 0x18\n    ltr ax")[0]
        + """
    mov ax, 0x18
    ltr ax
    lidt [idt_pointer]
    push 0                          ; GS, FS, DS, ES
    push 0
    push 0
    push 0
    push 0                          ; SS
    push 0x8000                     ; ESP
    push 0x20002                    ; EFLAGS: VM
    push 0                          ; CS
    push v86                        ; EIP
    iretd
v86:
    int 0x21
"""
        + EXIT_OK
        + TASK_GATES_TAIL
    )
    _, result = boot(program)
    assert result.outcome is Outcome.ERROR, result.message
    assert "virtual-8086 mode" in result.message


def test_real_mode_int_beyond_the_ivt_limit_is_a_triple_fault_as_on_qemu() -> None:
    # The classic reboot trick: an empty IVT, then int3 -> #GP -> #DF -> shutdown.
    _, result = boot(
        """
bits 16
org 0x7C00
    cli
    lidt [empty]
    int3
    hlt
empty:
    dw 0
    dd 0
"""
    )
    assert result.outcome is Outcome.TRIPLE_FAULT, result.message
    assert result.message.startswith("triple fault at 0x7c06 (0000:7C06) in real mode")
    assert "beyond the interrupt table's limit 0x0" in result.message


def test_real_mode_ivt_follows_lidt() -> None:
    machine, result = boot(
        """
bits 16
org 0x7C00
    cli
    mov word [0x1000 + 0x42 * 4], handler
    mov word [0x1000 + 0x42 * 4 + 2], 0
    lidt [moved]
    int 0x42
"""
        + EXIT_OK
        + """
handler:
    mov al, 'M'
    out 0xE9, al
    iret
moved:
    dw 0x3FF
    dd 0x1000
"""
    )
    assert result.exit_status == 33, result.message
    assert bytes(machine.debug_console) == b"M"
