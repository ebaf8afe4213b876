"""CON005 reads a sasaran's capaian the Ikhtisar Eksekutif names by an ordinal word
("sasaran kedua, "...", tercapai rata-rata 102,63%") or lists after "Rata-rata capaian"
("Sasaran 2 sebesar 97,56%"), and compares a stated mean with the mean of the sasaran's
indicators where the table has no summary row and the body states that mean too."""

from __future__ import annotations

from conftest import FIXTURES, edited

SUMMARY_ROWS = "con005_sasaran_capaian_clean.md"  # a table with a row per sasaran
MEANS_ONLY = "con005_sasaran_mean_clean.md"  # no summary row: the Ikhtisar gives means
LISTED = "Capaian Sasaran 1 sebesar 104,50% dan capaian Sasaran 2 sebesar 108,00%, keduanya"
ORDINAL_TWO = "tercapai rata-rata 108,00%."


def _text(name: str) -> str:
    return (FIXTURES / name).read_text(encoding="utf-8")


def _line_of(text: str, needle: str) -> int:
    return next(number for number, line in enumerate(text.splitlines(), start=1)
                if needle in line)


def _listed(second: str) -> str:
    return edited(_text(SUMMARY_ROWS), (
        LISTED, "Rata-rata capaian kedua sasaran sebesar 106,25% dengan predikat Sangat "
        f"Tinggi: Sasaran 1 sebesar 104,50% dan Sasaran 2 sebesar {second}%, keduanya"))


def test_con005_listed_after_rata_rata_capaian_differs(check_inline):
    text = _listed("180,00")
    findings = check_inline(text, "CON005")
    assert [(rule, line) for rule, line, _ in findings] == [
        ("CON005", _line_of(text, "Sasaran 2 sebesar 180,00%"))]
    summary_line = _line_of(text, "**Capaian Sasaran 2**")
    assert f"(baris {summary_line}) 108,00%" in findings[0][2]


def test_con005_listed_after_rata_rata_capaian_agreeing_is_silent(check_inline):
    assert check_inline(_listed("108,00"), "CON005") == []


def test_con005_sasaran_figure_of_the_budget_is_silent(check_inline):
    text = edited(_text(SUMMARY_ROWS), (
        LISTED, "Realisasi anggaran Sasaran 1 sebesar 96,50% dan Sasaran 2 sebesar 95,00%, "
        "keduanya"))
    assert check_inline(text, "CON005") == []


def test_con005_ordinal_with_the_sasaran_name_differs(check_inline):
    text = edited(_text(SUMMARY_ROWS), (
        LISTED, 'Sasaran pertama, "Meningkatnya minat baca masyarakat", tercapai 104,50% '
        'dan sasaran kedua, "Meningkatnya mutu layanan perpustakaan", tercapai 180,00%, '
        "keduanya"))
    findings = check_inline(text, "CON005")
    assert [(rule, line) for rule, line, _ in findings] == [
        ("CON005", _line_of(text, "tercapai 180,00%"))]
    assert "capaian Sasaran 2 180,00%" in findings[0][2]


def test_con005_mean_without_summary_rows_agreeing_is_silent(check_text):
    assert check_text(MEANS_ONLY, "CON005") == []


def test_con005_mean_without_summary_rows_differs(check_inline):
    text = edited(_text(MEANS_ONLY), (ORDINAL_TWO, "tercapai rata-rata 108,80%."))
    findings = check_inline(text, "CON005")
    assert [(rule, line) for rule, line, _ in findings] == [
        ("CON005", _line_of(text, "tercapai rata-rata 108,80%"))]
    message = findings[0][2]
    assert "capaian Sasaran 2 108,80%" in message
    assert "rata-rata capaian indikator Sasaran 2 Tabel 3.1" in message
    assert "108,00%" in message


def test_con005_mean_the_body_does_not_state_is_silent(check_inline):
    # Sasaran 1's indicators average 104,50, but the body states 104,20 (taken its own
    # way): a 104,90 in the Ikhtisar has no body figure to be compared with.
    text = edited(_text(MEANS_ONLY), (
        "tercapai rata-rata 104,20%,", "tercapai rata-rata 104,90%,"))
    assert check_inline(text, "CON005") == []


def test_con005_ordinal_without_rata_rata_and_summary_rows_is_silent(check_inline):
    text = edited(_text(MEANS_ONLY), (ORDINAL_TWO, "tercapai 108,80%."))
    assert check_inline(text, "CON005") == []
