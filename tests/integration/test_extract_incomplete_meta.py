"""``lkjip extract`` of a document that does not say its agency or year: the model is
written as read, and one line on stderr says what to add before the model is checked
(the report schema requires [meta] agency and year)."""

from __future__ import annotations

from checker.cli import main

BODY = "BAB I PENDAHULUAN\n\nLatar belakang laporan ini.\n"


def test_a_model_without_agency_and_year_is_written_with_a_warning(tmp_path, capsys):
    document = tmp_path / "laporan.txt"
    document.write_text(BODY, encoding="utf-8")
    model = tmp_path / "laporan.toml"
    assert main(["extract", str(document), "-o", str(model)]) == 0
    assert model.exists()
    warning = capsys.readouterr().err.strip().splitlines()
    assert len(warning) == 1 and warning[0].startswith("lkjip: peringatan: ")
    assert "[meta] agency, year" in warning[0]
    # The warning is true: the model is refused until the two are added.
    assert main(["check", str(model)]) == 2


def test_a_document_that_says_both_gives_no_warning(tmp_path, capsys):
    document = tmp_path / "laporan.txt"
    document.write_text("LAPORAN KINERJA KECAMATAN SUKAMAJU TAHUN 2024\n\n" + BODY,
                        encoding="utf-8")
    assert main(["extract", str(document), "-o", str(tmp_path / "laporan.toml")]) == 0
    assert capsys.readouterr().err == ""
