"""The instruction forms kept as data (longmode/asm/form_table.py) are those the
installed iced-x86 gives: a new iced-x86 makes this test fail until the table is
made again (see longmode.asm.optable)."""

from __future__ import annotations

from longmode.asm import optable
from longmode.asm.form_table import FORMS


def test_the_form_table_is_what_iced_x86_gives() -> None:
    assert optable.iced_forms() == FORMS


def test_forms_are_made_from_the_table() -> None:
    forms = optable.forms_for("add")
    assert [f.code for f in forms] == [row[0] for row in FORMS["add"]]
    assert all(f.mnemonic == "add" for f in forms)
    assert forms[0].kinds == ("r8_or_mem", "r8_reg") and forms[0].mem_size == 1
