"""Helpers for CPU-level machine tests: assemble a program, put it at 0x7C00, run it.

Programs are assembled by longmode's assembler; ``nasm`` is there for tests
that compare our bytes with NASM's.

These tests set up only what the CPU needs (the IVT pointing at the ROM
stubs); the BIOS has tests of its own.
"""

from __future__ import annotations

import shutil
import struct
import subprocess
import tempfile
from collections.abc import Callable
from pathlib import Path

import pytest

import longmode.asm
from longmode.machine.bios import rom
from longmode.machine.machine import Machine, MachineConfig, RunResult

NASM = shutil.which("nasm")
BiosVector = Callable[[Machine, int], None]


def assemble(source: str) -> bytes:
    """Flat binary from our assembler (it matches NASM on its own test corpus)."""
    return longmode.asm.assemble(source, filename="program.asm")


def nasm(source: str) -> bytes:
    """Flat binary from NASM, the oracle (the test is skipped without it)."""
    if NASM is None:
        pytest.skip("needs nasm (installed by .ci/run)")
    with tempfile.TemporaryDirectory() as directory:
        path = Path(directory) / "program.asm"
        path.write_text(source)
        done = subprocess.run(
            [NASM, "-f", "bin", str(path), "-o", str(path.with_suffix(".bin"))],
            capture_output=True,
            text=True,
        )
        assert done.returncode == 0, done.stderr
        return path.with_suffix(".bin").read_bytes()


def boot(
    source: str,
    vectors: dict[int, BiosVector] | None = None,
    prepare: Callable[[Machine], object] | None = None,
    until: int | Callable[[Machine], bool] | None = None,
    **config: object,
) -> tuple[Machine, RunResult]:
    """Runs ``source`` (NASM, ``org 0x7C00``) on a fresh machine; returns both.

    ``vectors`` are Python handlers for BIOS vectors (run at their ROM stubs);
    ``prepare`` is called with the machine before it runs (to queue input).
    """
    machine = Machine(MachineConfig(**config))  # type: ignore[arg-type]
    for vector in range(256):
        machine.write_physical(vector * 4, struct.pack("<HH", *rom.ivt_entry(vector)))
    machine.vectors.update(vectors or {})
    machine.write_physical(0x7C00, assemble(source))
    if prepare is not None:
        prepare(machine)
    return machine, machine.run(until=until)


#: After LONG_MODE_PRELUDE: makes the first 2 MiB user-accessible and goes to
#: ring 3 (CS 0x33, SS 0x2B, RSP 0x60000, IF=0) at the label ``user``.
ENTER_RING_3 = """
    or qword [0x10000], 4
    or qword [0x11000], 4
    or qword [0x12000], 4
    mov rax, cr3
    mov cr3, rax                    ; flush the TLB
    push 0x2B                       ; SS
    push 0x60000                    ; RSP
    push 0x2                        ; RFLAGS
    push 0x33                       ; CS
    push user
    iretq
"""

#: Real mode → long mode with the first GiB identity-mapped (2 MiB pages),
#: a flat 64-bit GDT (0x08 code, 0x10 data, 0x18 TSS, 0x28/0x30 ring-3 data and
#: code), RSP = 0x90000, and a
#: `set_gate` routine: rdi = vector, rsi = handler, dl = IST.
LONG_MODE_PRELUDE = """
bits 16
org 0x7C00
    cli
    xor ax, ax
    mov ds, ax
    mov ax, 0x1000
    mov es, ax
    xor di, di
    xor ax, ax
    mov cx, 0x1800
    rep stosw                       ; zero 0x10000-0x12FFF
    mov dword [es:0x0000], 0x11003  ; PML4[0] -> PDPT
    mov dword [es:0x1000], 0x12003  ; PDPT[0] -> PD
    mov di, 0x2000
    mov eax, 0x83                   ; present, writable, 2 MiB
    mov cx, 512
.pd:
    mov [es:di], eax
    add eax, 0x200000
    add di, 8
    loop .pd
    mov eax, cr4
    or eax, 1 << 5                  ; PAE
    mov cr4, eax
    mov eax, 0x10000
    mov cr3, eax
    mov ecx, 0xC0000080
    rdmsr
    or eax, 1 << 8                  ; EFER.LME
    wrmsr
    lgdt [gdt_pointer]
    mov eax, cr0
    or eax, 0x80000001              ; PG | PE
    mov cr0, eax
    jmp 0x08:long_mode

bits 64
set_gate:
    shl rdi, 4
    add rdi, idt
    mov rax, rsi
    mov [rdi], ax
    mov word [rdi + 2], 0x08
    mov [rdi + 4], dl
    mov byte [rdi + 5], 0x8E        ; present, DPL 0, interrupt gate
    shr rax, 16
    mov [rdi + 6], ax
    shr rax, 16
    mov [rdi + 8], eax
    mov dword [rdi + 12], 0
    ret

align 8
gdt:
    dq 0
    dq 0x00209A0000000000           ; 0x08: 64-bit code
    dq 0x0000920000000000           ; 0x10: data
tss_descriptor:
    dq 0                            ; 0x18: TSS (filled in by load_tss)
    dq 0
    dq 0x0000F20000000000           ; 0x28: ring-3 data
    dq 0x0020FA0000000000           ; 0x30: ring-3 64-bit code
gdt_pointer:
    dw gdt_pointer - gdt - 1
    dd gdt
align 16
idt:
    times 256 * 16 db 0
idt_pointer:
    dw 256 * 16 - 1
    dq idt
align 16
tss:
    times 104 db 0

; rax = IST1 stack top
load_tss:
    mov [tss + 0x24], rax
    mov rax, tss
    mov word [tss_descriptor], 103
    mov [tss_descriptor + 2], ax
    shr rax, 16
    mov [tss_descriptor + 4], al
    mov byte [tss_descriptor + 5], 0x89   ; present, 64-bit TSS
    mov [tss_descriptor + 7], ah
    shr rax, 16
    mov [tss_descriptor + 8], eax
    mov ax, 0x18
    ltr ax
    ret

long_mode:
    mov ax, 0x10
    mov ds, ax
    mov es, ax
    mov ss, ax
    mov rsp, 0x90000
    lidt [idt_pointer]
"""

#: Remaps the 8259s to vectors 0x20-0x2F (ICW1-ICW4), every line left as it was.
REMAP_PICS = """
    mov al, 0x11                    ; ICW1: edge, cascade, ICW4
    out 0x20, al
    out 0xA0, al
    mov al, 0x20                    ; ICW2: vector bases 0x20 / 0x28
    out 0x21, al
    mov al, 0x28
    out 0xA1, al
    mov al, 4                       ; ICW3: slave on IR2
    out 0x21, al
    mov al, 2
    out 0xA1, al
    mov al, 1                       ; ICW4: 8086 mode
    out 0x21, al
    out 0xA1, al
"""
