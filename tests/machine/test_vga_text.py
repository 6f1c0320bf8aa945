"""VGA text mode: CRTC cursor, attribute flip-flop, retrace bits, DAC, the text decoder."""

from __future__ import annotations

from longmode.machine.devices.vga import LINE_NS, VgaText, text_cells, text_lines


def screen(text: bytes, attribute: int = 0x1F, at: int = 0) -> bytes:
    """4000 bytes of text memory with ``text`` written from cell ``at``."""
    memory = bytearray(b"\x20\x07" * 2000)
    for i, char in enumerate(text):
        memory[2 * (at + i)] = char
        memory[2 * (at + i) + 1] = attribute
    return bytes(memory)


def test_vga_text_cells_decode_characters_and_attributes_row_by_row() -> None:
    cells = text_cells(screen(b"Hi", 0x1F, at=80 + 3))
    assert len(cells) == 25 and all(len(row) == 80 for row in cells)
    assert cells[1][3] == (ord("H"), 0x1F)
    assert cells[1][4].char == ord("i")
    assert cells[0][0] == (0x20, 0x07)


def test_vga_text_lines_decode_cp437() -> None:
    lines = text_lines(screen(b"\xc9\xcd\xbb ok"))
    assert lines[0].startswith("╔═╗ ok")
    assert len(lines) == 25


def test_vga_text_cells_honour_the_start_address() -> None:
    cells = text_cells(screen(b"X", at=160), start_address=160)
    assert cells[0][0].char == ord("X")
    assert cells[24][79] == (0x20, 0x07)  # past the end of the 4000 bytes


def test_vga_cursor_follows_crtc_registers_0e_0f() -> None:
    vga = VgaText()
    location = 3 * 80 + 5
    vga.write(0x3D4, 1, 0x0F)
    vga.write(0x3D5, 1, location & 0xFF)
    vga.write(0x3D4, 1, 0x0E)
    vga.write(0x3D5, 1, location >> 8)
    assert vga.cursor == (3, 5)
    assert vga.cursor_visible


def test_vga_word_write_to_crtc_index_sets_index_and_data() -> None:
    vga = VgaText()
    vga.write(0x3D4, 2, 0x200A)  # cursor start = 0x20: cursor disabled
    assert vga.crtc[0x0A] == 0x20
    assert not vga.cursor_visible
    vga.write(0x3D4, 1, 0x0A)
    assert vga.read(0x3D5, 1) == 0x20


def test_vga_cursor_position_is_relative_to_the_start_address() -> None:
    vga = VgaText()
    vga.write(0x3D4, 2, 0x500D)  # start address 80: one line scrolled
    vga.write(0x3D4, 2, 0xA00F)  # cursor at cell 160
    assert vga.cursor == (1, 0)


def test_vga_mode3_defaults_give_a_two_line_underline_cursor() -> None:
    vga = VgaText()
    assert vga.cursor_scanlines == (0x0D, 0x0E)
    assert vga.read(0x3CC, 1) == 0x67


def test_vga_reading_input_status_1_resets_the_attribute_flip_flop() -> None:
    vga = VgaText()
    vga.write(0x3C0, 1, 0x10)  # index: mode control
    vga.read(0x3DA, 1)  # back to "index next"
    vga.write(0x3C0, 1, 0x31)  # index 0x11 (overscan) with PAS set
    vga.write(0x3C0, 1, 0x05)  # data
    assert vga.attribute[0x11] == 0x05
    assert vga.read(0x3C0, 1) == 0x31
    assert vga.read(0x3C1, 1) == 0x05
    assert vga.attribute[0x10] == 0x0C  # untouched


def test_vga_vertical_retrace_bit_follows_virtual_time() -> None:
    vga = VgaText()
    vga.advance(10 * LINE_NS)
    assert vga.read(0x3DA, 1) == 0x00  # displaying
    vga.advance(10 * LINE_NS + LINE_NS * 9 // 10)
    assert vga.read(0x3DA, 1) == 0x01  # horizontal blanking
    vga.advance(412 * LINE_NS)
    assert vga.read(0x3DA, 1) == 0x09  # vertical retrace
    vga.advance(420 * LINE_NS)
    assert vga.read(0x3DA, 1) == 0x01  # vertical blanking, retrace over


def test_vga_dac_entries_are_written_and_read_three_components_at_a_time() -> None:
    vga = VgaText()
    vga.write(0x3C8, 1, 0x10)
    for component in (0x3F, 0x20, 0x41):
        vga.write(0x3C9, 1, component)
    assert vga.read(0x3C8, 1) == 0x11
    vga.write(0x3C7, 1, 0x10)
    assert vga.read(0x3C7, 1) == 3
    assert [vga.read(0x3C9, 1) for _ in range(3)] == [0x3F, 0x20, 0x01]


def test_vga_sequencer_and_graphics_registers_are_stored() -> None:
    vga = VgaText()
    vga.write(0x3C4, 2, 0x0F02)
    vga.write(0x3CE, 2, 0x0205)
    vga.write(0x3C4, 1, 0x02)
    vga.write(0x3CE, 1, 0x05)
    assert (vga.read(0x3C5, 1), vga.read(0x3CF, 1)) == (0x0F, 0x02)
    assert vga.register_name(0x3C5, "in") == "sequencer[0x02]"


def test_vga_save_state_round_trips() -> None:
    vga = VgaText()
    vga.write(0x3D4, 2, 0x1234 & 0xFF0F)
    vga.write(0x3C0, 1, 0x02)
    vga.write(0x3C8, 1, 0x01)
    vga.write(0x3C9, 1, 0x15)
    state = vga.save_state()
    copy = VgaText()
    copy.load_state(state)
    assert copy.save_state() == state
    assert copy.cursor == vga.cursor
