"""The instruction forms kept as data (longmode/asm/form_table.py) are those the
installed iced-x86 gives: a new iced-x86 makes this test fail until the table is
made again (see longmode.asm.optable)."""

from __future__ import annotations

import pytest

from longmode.asm import optable
from longmode.asm.form_table import FORMS


def test_the_form_table_is_what_iced_x86_gives() -> None:
    assert optable.iced_forms() == FORMS


def test_forms_are_made_from_the_table() -> None:
    forms = optable.forms_for("add")
    assert [f.code for f in forms] == [row[0] for row in FORMS["add"]]
    assert all(f.mnemonic == "add" for f in forms)
    assert forms[0].kinds == ("r8_or_mem", "r8_reg") and forms[0].mem_size == 1


def test_a_table_made_from_another_iced_x86_is_not_used(monkeypatch: pytest.MonkeyPatch) -> None:
    """Codes numbered otherwise (another iced-x86) would name other instructions: the
    forms are then read from the iced-x86 installed, as the table would have them."""
    from longmode.asm import form_table

    assert optable._table_fits()
    assert optable.code_samples() == form_table.CODES
    name, value = form_table.CODES[-1]
    monkeypatch.setattr(form_table, "CODES", ((name, value + 1),))
    assert not optable._table_fits()
    made = optable.load_forms()
    assert made is not form_table.FORMS and made == form_table.FORMS
    monkeypatch.delattr(form_table, "CODES")
    assert not optable._table_fits()
    monkeypatch.undo()
    assert optable.load_forms() is form_table.FORMS
