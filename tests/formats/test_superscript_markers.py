"""A footnote's superscript marker is no part of the word it follows (Word and PDF).

Read into the word, "berulang¹" became "berulang1" (Word) or split the word over two
lines, "b l 1" and "eru ang" (PDF): the indikator name in the capaian table no longer
matched the Perjanjian Kinerja's and CAS002 reported a capaian as missing. The power of
a unit (m², km³) stays part of the unit; a digit on the line's baseline stays a digit.
"""

from __future__ import annotations

import io
import re
import zipfile
from pathlib import Path

import docx
import pytest
from docx.oxml import parse_xml
from handmade_pdf import pdf_of_pages

from checker.config import Config
from checker.engine import check_report
from checker.plugins import load_registry
from checker.readers.docx import read_docx
from checker.readers.pdf import pdf_layer

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
LIBRARY = Path(__file__).resolve().parents[1] / "library" / "consistent"
_SUPERSCRIPT = '<w:rPr><w:vertAlign w:val="superscript"/></w:rPr>'
# How LibreOffice writes an HTML <sup>: a raised, smaller run.
_RAISED = '<w:rPr><w:position w:val="8"/><w:sz w:val="19"/></w:rPr>'


def _run(text: str, properties: str = "") -> str:
    return f'<w:r xmlns:w="{W}">{properties}<w:t xml:space="preserve">{text}</w:t></w:r>'


def _docx_text(*runs: str) -> tuple[str, ...]:
    document = docx.Document()
    paragraph = document.add_paragraph()
    for run in runs:
        paragraph._p.append(parse_xml(run))
    buffer = io.BytesIO()
    document.save(buffer)
    return read_docx(Path("laporan.docx"), buffer.getvalue()).text


@pytest.mark.parametrize("properties", [_SUPERSCRIPT, _RAISED], ids=["vertAlign", "raised"])
def test_a_superscript_marker_in_word_is_left_out(properties: str) -> None:
    text = _docx_text(_run("jumlah temuan berulang"), _run("1", properties),
                      _run(" tetap 0 (nol)."))
    assert text == ("jumlah temuan berulang tetap 0 (nol).",)


def test_a_marker_opening_a_footnote_line_leaves_its_text_whole() -> None:
    text = _docx_text(_run("1", _SUPERSCRIPT), _run(" Temuan berulang adalah temuan yang sama."))
    assert text == ("Temuan berulang adalah temuan yang sama.",)


def test_a_units_power_and_raised_text_in_word_stay() -> None:
    assert _docx_text(_run("luas 120 m"), _run("2", _SUPERSCRIPT),
                      _run(" dan 4 km"), _run("3", _RAISED)) == ("luas 120 m2 dan 4 km3",)
    # Not a marker: a raised phrase with a space is text set raised.
    assert _docx_text(_run("capaian"), _run(" tahun lalu", _SUPERSCRIPT)) == (
        "capaian tahun lalu",)
    # A digit on the baseline is text.
    assert _docx_text(_run("berulang"), _run("1")) == ("berulang1",)


# --- CAS002 on a Word report whose capaian tables mark the indikator -------------------

_REPORT = LIBRARY / "bappeda-provinsi-selat-jaya-2023.docx"
_INDIKATOR = "Indeks kualitas perencanaan"
# The indikator's cells in document order: Renstra, PK, capaian, comparison, PK annex.
_PK_CELLS = frozenset({2, 5})


def _with_marked_capaian(added_run: str) -> bytes:
    """The library report with ``added_run`` after the indikator's name in every table
    but the Perjanjian Kinerja's."""
    source = zipfile.ZipFile(io.BytesIO(_REPORT.read_bytes()))
    out = io.BytesIO()
    seen = 0

    def mark(match: re.Match[str]) -> str:
        nonlocal seen
        seen += 1
        return match.group(0) if seen in _PK_CELLS else match.group(0) + added_run

    with zipfile.ZipFile(out, "w") as target:
        for item in source.infolist():
            data = source.read(item)
            if item.filename == "word/document.xml":
                data = re.sub(f"<w:t>{_INDIKATOR}</w:t></w:r>", mark, data.decode()).encode()
            target.writestr(item, data)
    assert seen == 5
    return out.getvalue()


def _cas002(data: bytes) -> list[str]:
    rules = [rule for rule in load_registry(entry_points=False).rules if rule.code == "CAS002"]
    report = read_docx(Path("laporan.docx"), data)
    return [finding.rule for finding in check_report(report, rules, Config()).findings]


def test_cas002_silent_when_the_capaian_table_marks_the_indikator_with_a_footnote() -> None:
    marker = f'<w:r>{_SUPERSCRIPT}<w:t>1</w:t></w:r>'
    assert _cas002(_with_marked_capaian(marker)) == []


def test_cas002_still_reports_an_indikator_renamed_in_the_capaian_tables() -> None:
    assert _cas002(_with_marked_capaian("<w:r><w:t> daerah</w:t></w:r>")) == ["CAS002"]
    # A digit typed on the baseline is part of the name: another indikator.
    assert _cas002(_with_marked_capaian("<w:r><w:t>1</w:t></w:r>")) == ["CAS002"]


# --- PDF ------------------------------------------------------------------------------


def _pdf_lines(tmp_path: Path, *texts: str) -> list[str]:
    """The text layer of a page whose content is ``texts`` (PDF text objects)."""
    path = tmp_path / "catatan.pdf"
    data = pdf_of_pages([("\n".join(texts)).encode("latin-1")])
    path.write_bytes(data)
    return [line for line in pdf_layer(path, data).lines if line.strip()]


def _marked(word: str, marker: str, rest: str = "", rise: float = 4.0) -> str:
    """``word`` at 12 pt, ``marker`` at 8 pt raised by ``rise``, then ``rest``."""
    return (f"({word}) Tj /F1 8 Tf {rise} Ts ({marker}) Tj /F1 12 Tf 0 Ts ({rest}) Tj")


def test_a_raised_marker_in_a_pdf_does_not_split_its_word(tmp_path: Path) -> None:
    lines = _pdf_lines(
        tmp_path,
        "BT /F1 12 Tf 72 720 Td (Capaian indikator jumlah temuan) Tj ET",
        f"BT /F1 12 Tf 72 706 Td {_marked('berulang', '1', ' tetap nol sesuai target.')} ET",
        f"BT /F1 12 Tf 72 680 Td {_marked('', '1', ' Temuan berulang adalah temuan sama.')} ET")
    assert " ".join(lines) == ("Capaian indikator jumlah temuan berulang tetap nol sesuai "
                               "target. Temuan berulang adalah temuan sama.")


def test_a_units_power_and_a_baseline_digit_stay_in_a_pdf(tmp_path: Path) -> None:
    lines = _pdf_lines(
        tmp_path,
        f"BT /F1 12 Tf 72 720 Td (Luas taman 120 ) Tj {_marked('m', '2', ' terpelihara.')} ET",
        "BT /F1 12 Tf 72 690 Td (Temuan berulang 1 dari 37 temuan.) Tj ET",
        "BT /F1 12 Tf 72 660 Td (Catatan kaki ) Tj /F1 8 Tf (1) Tj ET")
    assert lines == ["Luas taman 120 m2 terpelihara.", "Temuan berulang 1 dari 37 temuan.",
                     "Catatan kaki 1"]
