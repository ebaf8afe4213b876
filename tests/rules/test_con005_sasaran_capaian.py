"""CON005: a sasaran's capaian the Ikhtisar Eksekutif names by its number ("capaian
Sasaran 2 sebesar 108,00%") against that sasaran's capaian in the body's table."""

from __future__ import annotations

from conftest import FIXTURES, edited

CLEAN = "con005_sasaran_capaian_clean.md"
DEFECTS = "con005_sasaran_capaian_defects.md"
IKHTISAR_SENTENCE = "capaian Sasaran 2 sebesar 108,00%, keduanya"


def _line_of(text: str, needle: str) -> int:
    return next(number for number, line in enumerate(text.splitlines(), start=1)
                if needle in line)


def test_con005_sasaran_capaian_of_the_ikhtisar_differs_from_the_table(check_text):
    text = (FIXTURES / DEFECTS).read_text(encoding="utf-8")
    findings = check_text(DEFECTS, "CON005")
    assert [(rule, line) for rule, line, _ in findings] == [
        ("CON005", _line_of(text, "capaian Sasaran 2 sebesar 180,00%"))]
    message = findings[0][2]
    summary_line = _line_of(text, "**Capaian Sasaran 2**")
    assert "capaian Sasaran 2 180,00%" in message
    assert f"(baris {summary_line}) 108,00%" in message


def test_con005_sasaran_capaian_the_table_gives_is_silent(check_text):
    assert check_text(CLEAN, "CON005") == []


def test_con005_sasaran_capaian_in_english(check_text):
    [(_, _, message)] = check_text(DEFECTS, "CON005", lang="en")
    assert "states the capaian of Sasaran 2 as 180,00%" in message


def test_con005_sasaran_capaian_taken_another_way_is_silent(check_inline):
    # A weighted capaian says how it was taken; the table prints the plain mean.
    text = edited((FIXTURES / CLEAN).read_text(encoding="utf-8"), (
        IKHTISAR_SENTENCE,
        "capaian Sasaran 2 (dihitung tertimbang menurut bobot indikator) sebesar 109,10%, "
        "keduanya"))
    assert check_inline(text, "CON005") == []


def test_con005_sasaran_capaian_matching_the_mean_of_its_indicators_is_silent(check_inline):
    # The table's summary row is the mistyped one (CAP002's finding): the Ikhtisar gives
    # the mean of the sasaran's indicators, as it should.
    text = edited((FIXTURES / CLEAN).read_text(encoding="utf-8"), (
        "**Capaian Sasaran 2** |  |  |  | **108,00**",
        "**Capaian Sasaran 2** |  |  |  | **180,00**"))
    assert check_inline(text, "CON005") == []


def test_con005_sasaran_number_beyond_the_report_sasaran_is_silent(check_inline):
    text = edited((FIXTURES / CLEAN).read_text(encoding="utf-8"), (
        IKHTISAR_SENTENCE, "capaian Sasaran 3 sebesar 180,00%, keduanya"))
    assert check_inline(text, "CON005") == []


def test_con005_sasaran_capaian_of_the_reporting_year_named_is_compared(check_inline):
    text = edited((FIXTURES / DEFECTS).read_text(encoding="utf-8"), (
        "Seluruh indikator mencapai targetnya. Capaian",
        "Seluruh indikator mencapai targetnya. Pada tahun 2023 capaian"))
    assert [rule for rule, _, _ in check_inline(text, "CON005")] == ["CON005"]


def test_con005_sasaran_capaian_of_an_earlier_year_is_silent(check_inline):
    text = edited((FIXTURES / DEFECTS).read_text(encoding="utf-8"), (
        "Seluruh indikator mencapai targetnya. Capaian",
        "Seluruh indikator mencapai targetnya. Pada tahun 2022 capaian"))
    assert check_inline(text, "CON005") == []
