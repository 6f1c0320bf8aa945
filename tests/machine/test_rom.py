"""The BIOS ROM image: the reset stub's bytes are what its source assembles to."""

from __future__ import annotations

from machine_programs import nasm

from longmode.machine.bios import rom


def test_reset_stub_bytes_match_reset_asm_assembled_by_nasm() -> None:
    assert nasm(rom.RESET_STUB_SOURCE.read_text()) == rom.RESET_STUB_CODE


def test_rom_has_an_iret_per_vector_a_retf_trampoline_and_the_model_byte() -> None:
    image = rom.rom_image()
    assert len(image) == rom.BIOS_SIZE
    assert all(image[rom.service_stub(v) - rom.BIOS_BASE] == rom.IRET for v in range(256))
    # The trampoline must be reachable from every real-mode CS base (at most 0xFFFF0).
    assert rom.RETF_TRAMPOLINE >= 0xFFFF0
    assert image[rom.RETF_TRAMPOLINE - rom.BIOS_BASE] == rom.RETF
    assert image[rom.MODEL_BYTE - rom.BIOS_BASE] == rom.PC_AT_MODEL
    assert image[rom.DATE - rom.BIOS_BASE :][:8] == rom.BIOS_DATE
