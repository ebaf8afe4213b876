"""What the Word reader reads from a .docx, and what it leaves out.

Each document is written here with python-docx (and raw WordprocessingML where
python-docx has no API: text boxes, vertical merges, footnotes, tracked changes,
rendered page breaks), then read with :func:`checker.readers.docx.read_docx`.
"""

from __future__ import annotations

import io
import json
import shutil
import zipfile
from pathlib import Path

import docx
from docx.enum.text import WD_BREAK
from docx.oxml import parse_xml

from checker.cli import main
from checker.model import Report
from checker.readers.docx import read_docx
from checker.text import parse_source

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
FIXTURES = Path(__file__).resolve().parent / "fixtures"


def _read(document: docx.document.Document, name: str = "laporan.docx") -> Report:
    buffer = io.BytesIO()
    document.save(buffer)
    return read_docx(Path(name), buffer.getvalue())


def _xml(fragment: str):
    return parse_xml(f'<w:wrap xmlns:w="{W}" '
                     'xmlns:v="urn:schemas-microsoft-com:vml" '
                     'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006">'
                     f"{fragment}</w:wrap>")[0]


def _table(report: Report):
    tables = parse_source("\n".join(report.text) + "\n").tables
    assert len(tables) == 1
    return tables[0]


def test_heading_styles_become_headings_the_outline_knows():
    document = docx.Document()
    document.add_heading("BAB I PENDAHULUAN", 1)
    document.add_heading("1.1 Latar Belakang", 2)
    document.add_paragraph("Laporan ini disusun sebagai pertanggungjawaban kinerja.")
    document.add_heading("BAB II PERENCANAAN KINERJA", 1)
    report = _read(document)
    assert report.text[:2] == ("# BAB I PENDAHULUAN", "## 1.1 Latar Belakang")
    kinds = [heading.kind for heading in report.outline]
    assert "bab_1" in kinds and "bab_2" in kinds


def test_a_title_is_plain_text_and_bold_runs_are_marked():
    document = docx.Document()
    document.add_paragraph("LAPORAN KINERJA INSTANSI PEMERINTAH", style="Title")
    whole = document.add_paragraph()
    whole.add_run("KEPALA DINAS").bold = True
    mixed = document.add_paragraph("Pagu anggaran sebesar ")
    mixed.add_run("Rp 1.000.000").bold = True
    mixed.add_run(" terealisasi seluruhnya.")
    report = _read(document)
    assert report.text == (
        "LAPORAN KINERJA INSTANSI PEMERINTAH",
        "**KEPALA DINAS**",
        "Pagu anggaran sebesar **Rp 1.000.000** terealisasi seluruhnya.",
    )


def test_a_line_break_inside_a_paragraph_starts_a_new_line_but_not_in_a_heading_or_a_cell():
    document = docx.Document()
    document.add_heading("DAFTAR ISI", 1)
    contents = document.add_paragraph("Kata Pengantar")
    for entry in ("Ikhtisar Eksekutif", "Bab I Pendahuluan"):
        run = contents.add_run()
        run.add_break()  # Shift+Enter: a new line of the same paragraph
        contents.add_run(entry).bold = entry.startswith("Bab")
    heading = document.add_heading("BAB I", 1)
    heading.add_run().add_break()
    heading.add_run("PENDAHULUAN")
    cell = document.add_table(rows=1, cols=2).rows[0].cells[0].paragraphs[0]
    cell.add_run("Program Penunjang")
    cell.add_run().add_break()
    cell.add_run("Urusan Pemerintahan")
    report = _read(document)
    assert report.text[:5] == ("# DAFTAR ISI", "Kata Pengantar", "Ikhtisar Eksekutif",
                               "**Bab I Pendahuluan**", "# BAB I PENDAHULUAN")
    assert any("Program Penunjang Urusan Pemerintahan" in line for line in report.text[5:])


def test_merged_cells_are_expanded_as_colspan_and_rowspan():
    document = docx.Document()
    table = document.add_table(rows=4, cols=4)
    texts = [["No", "Sasaran", "Target", ""], ["", "", "2023", "2024"],
             ["1", "Meningkatnya mutu layanan", "80", "85"], ["", "", "90", "95"]]
    for r, row in enumerate(texts):
        for c, text in enumerate(row):
            if text:
                table.cell(r, c).text = text
    table.cell(0, 2).merge(table.cell(0, 3))  # gridSpan
    table.cell(0, 0).merge(table.cell(1, 0))  # vMerge
    table.cell(0, 1).merge(table.cell(1, 1))
    table.cell(2, 1).merge(table.cell(3, 1))
    report = _read(document)
    assert report.text[0] == "<table>"
    assert '<td colspan="2">Target</td>' in report.text[1]
    assert '<td rowspan="2">No</td>' in report.text[1]
    parsed = _table(report)
    assert parsed.width == 4
    assert parsed.rows[1].texts == ("No", "Sasaran", "2023", "2024")
    assert parsed.rows[3].texts == ("", "Meningkatnya mutu layanan", "90", "95")
    assert parsed.rows[3].cells[1].spanned


def test_a_table_without_merges_is_written_as_tab_separated_rows():
    document = docx.Document()
    document.add_paragraph("Tabel 3.1 Skala Nilai")
    table = document.add_table(rows=3, cols=2)
    for r, row in enumerate((("Capaian", "Predikat"), ("> 90", "Sangat Tinggi"),
                             ("76 - 90", "Tinggi"))):
        for c, text in enumerate(row):
            table.cell(r, c).text = text
    table.cell(0, 0).paragraphs[0].runs[0].bold = True
    report = _read(document)
    assert report.text == ("Tabel 3.1 Skala Nilai", "", "**Capaian**\tPredikat",
                           "> 90\tSangat Tinggi", "76 - 90\tTinggi", "")
    assert _table(report).caption == "Tabel 3.1 Skala Nilai"


def test_a_nested_table_is_flattened_into_its_cell():
    document = docx.Document()
    outer = document.add_table(rows=2, cols=2)
    outer.cell(0, 0).text, outer.cell(0, 1).text = "Program", "Kegiatan"
    outer.cell(1, 0).text = "Program Penunjang"
    inner = outer.cell(1, 1).add_table(rows=2, cols=1)
    inner.cell(0, 0).text, inner.cell(1, 0).text = "Administrasi Keuangan", "Administrasi Umum"
    report = _read(document)
    parsed = _table(report)
    assert len(parsed.rows) == 2
    assert "Administrasi Keuangan" in parsed.rows[1].texts[1]
    assert "Administrasi Umum" in parsed.rows[1].texts[1]


def test_a_text_box_is_read_in_place_and_alternate_content_once():
    document = docx.Document()
    holder = document.add_paragraph().add_run()
    holder._r.append(_xml(
        "<mc:AlternateContent><mc:Choice Requires='wps'><w:drawing><w:txbxContent>"
        "<w:p><w:r><w:t>LAPORAN KINERJA TAHUN 2023</w:t></w:r></w:p>"
        "</w:txbxContent></w:drawing></mc:Choice><mc:Fallback><w:pict><v:textbox>"
        "<w:txbxContent><w:p><w:r><w:t>LAPORAN KINERJA TAHUN 2023</w:t></w:r></w:p>"
        "</w:txbxContent></v:textbox></w:pict></mc:Fallback></mc:AlternateContent>"))
    document.add_paragraph("KATA PENGANTAR")
    report = _read(document)
    assert report.text == ("LAPORAN KINERJA TAHUN 2023", "KATA PENGANTAR")


def test_headers_and_footers_stay_out_of_the_body_but_give_the_meta():
    document = docx.Document()
    section = document.sections[0]
    section.header.paragraphs[0].text = "LKjIP Dinas Kesehatan Kabupaten Sungai Rampai Tahun 2023"
    section.footer.paragraphs[0].text = "Halaman 1"
    document.add_heading("BAB I PENDAHULUAN", 1)
    document.add_paragraph("Laporan ini menguraikan capaian kinerja.")
    report = _read(document)
    assert not any("Sungai Rampai" in line or "Halaman" in line for line in report.text)
    assert report.meta.agency == "Dinas Kesehatan"
    assert report.meta.region == "Kabupaten Sungai Rampai"
    assert report.meta.year == 2023


def test_footnotes_deleted_text_and_field_codes_are_left_out():
    document = docx.Document()
    paragraph = document.add_paragraph("Capaian kinerja tahun ini")
    paragraph._p.append(_xml('<w:r><w:footnoteReference w:id="1"/></w:r>'))
    paragraph._p.append(_xml("<w:del><w:r><w:delText> TIDAK</w:delText></w:r></w:del>"))
    paragraph._p.append(_xml("<w:ins><w:r><w:t> sangat</w:t></w:r></w:ins>"))
    paragraph._p.append(_xml('<w:r><w:instrText xml:space="preserve"> PAGE </w:instrText></w:r>'))
    paragraph.add_run(" baik.")
    buffer = io.BytesIO()
    document.save(buffer)
    with_footnotes = _add_part(buffer.getvalue(), "word/footnotes.xml",
                               f'<w:footnotes xmlns:w="{W}"><w:footnote w:id="1"><w:p><w:r>'
                               "<w:t>CATATAN KAKI</w:t></w:r></w:p></w:footnote></w:footnotes>")
    report = read_docx(Path("laporan.docx"), with_footnotes)
    assert report.text == ("Capaian kinerja tahun ini sangat baik.",)


def test_numbered_paragraphs_keep_the_number_word_prints():
    document = docx.Document()
    for text in ("perumusan kebijakan;", "pelaksanaan kebijakan;", "evaluasi."):
        document.add_paragraph(text, style="List Number")
    report = _read(document)
    assert report.text == ("1. perumusan kebijakan;", "2. pelaksanaan kebijakan;",
                           "3. evaluasi.")


def test_places_name_the_paragraph_the_table_and_the_page():
    document = docx.Document()
    document.add_paragraph("Halaman satu")
    document.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
    document.add_paragraph("Halaman dua")
    document.add_table(rows=1, cols=2).cell(0, 0).text = "sel"
    heading = document.add_heading("BAB II", 1)
    heading.paragraph_format.page_break_before = True
    report = _read(document)
    assert report.text[0] == "Halaman satu"
    assert report.places[0].paragraph == 0 and report.places[0].page == 1
    line = report.text.index("Halaman dua")
    assert report.places[line].paragraph == 2 and report.places[line].page == 2
    row = report.text.index("sel\t")
    assert report.places[row].table == 0 and report.places[row].paragraph is None
    assert report.places[row].page == 2
    assert report.places[report.text.index("# BAB II")].page == 3
    assert len(report.places) == len(report.text)


def test_a_file_without_any_page_break_gives_no_page():
    """A converter's .docx holds no break: "hal. 1" on every finding would mislead."""
    document = docx.Document()
    document.add_paragraph("Halaman satu")
    document.add_heading("BAB II", 1)
    document.add_table(rows=1, cols=2).cell(0, 0).text = "sel"
    report = _read(document)
    assert [place.page for place in report.places] == [None] * len(report.text)
    assert report.places[report.text.index("sel\t")].table == 0


def test_check_names_no_page_for_a_word_file_without_page_breaks(tmp_path, capsys):
    fixture = tmp_path / "laporan.docx"
    document = docx.Document(FIXTURES / "defects" / "bappeda-lereng-jati-2023.docx")
    body = document.element.body
    for node in list(body.iter(f"{{{W}}}br")) + list(body.iter(f"{{{W}}}pageBreakBefore")):
        node.getparent().remove(node)
    for properties in list(body.iter(f"{{{W}}}sectPr"))[:-1]:
        properties.getparent().remove(properties)
    document.save(fixture)
    main(["check", str(fixture), "--format", "json", "--fail-on", "never"])
    findings = json.loads(capsys.readouterr().out)["documents"][0]["findings"]
    assert any(f["rule"] == "BUD001" for f in findings)
    assert all("page" not in f["location"] for f in findings)
    main(["check", str(fixture), "--fail-on", "never"])
    assert "hal." not in capsys.readouterr().out


def test_words_own_page_breaks_are_preferred_when_the_file_records_them():
    document = docx.Document()
    document.add_paragraph("Satu")
    document.add_paragraph().add_run().add_break(WD_BREAK.PAGE)  # ignored: layout known
    second = document.add_paragraph()
    second._p.append(_xml("<w:r><w:lastRenderedPageBreak/><w:t>Dua</w:t></w:r>"))
    third = document.add_paragraph()
    third._p.append(_xml("<w:r><w:lastRenderedPageBreak/><w:t>Tiga</w:t></w:r>"))
    report = _read(document)
    pages = {text: report.places[n].page for n, text in enumerate(report.text) if text}
    assert pages == {"Satu": 1, "Dua": 2, "Tiga": 3}


def test_the_fixtures_are_those_make_fixtures_writes_from_the_library():
    """A fixture out of date with its library report would compare stale text."""
    from make_fixtures import docx_bytes, fixture_plan  # tests/formats is on sys.path

    for source, fixture, text_box in fixture_plan():
        assert fixture.read_bytes() == docx_bytes(source, title_in_text_box=text_box), (
            f"{fixture.name} is out of date: run tests/formats/make_fixtures.py")


def test_check_json_names_the_page_of_a_finding_after_a_page_break(tmp_path, capsys):
    fixture = FIXTURES / "defects" / "bappeda-lereng-jati-2023.docx"
    assert main(["check", str(fixture), "--format", "json"]) == 1
    findings = json.loads(capsys.readouterr().out)["documents"][0]["findings"]
    report = read_docx(fixture, fixture.read_bytes())
    budget = next(f for f in findings if f["rule"] == "BUD001")
    line = budget["location"]["line"]
    assert budget["location"]["page"] == report.places[line - 1].page > 1


def test_an_extracted_model_keeps_the_pages_and_check_reads_them_back(tmp_path, capsys):
    fixture = tmp_path / "laporan.docx"
    shutil.copy(FIXTURES / "defects" / "bappeda-lereng-jati-2023.docx", fixture)
    model = tmp_path / "laporan.json"
    assert main(["extract", str(fixture), "-o", str(model)]) == 0
    capsys.readouterr()
    source = json.loads(model.read_text(encoding="utf-8"))["source"]
    assert source["format"] == "docx" and source["path"] == "laporan.docx"
    assert source["pages"][0] == {"page": 1, "line": 1} and len(source["pages"]) > 5
    main(["check", str(fixture), "--format", "json", "--fail-on", "never"])
    direct = json.loads(capsys.readouterr().out)["documents"][0]["findings"]
    main(["check", str(model), "--format", "json", "--fail-on", "never"])
    from_model = json.loads(capsys.readouterr().out)["documents"][0]["findings"]
    pages = {(f["rule"], f["location"]["line"], f["location"].get("page")) for f in direct}
    assert pages and pages == {
        (f["rule"], f["location"]["line"], f["location"].get("page")) for f in from_model}


def test_the_source_of_an_extracted_model_must_stay_in_its_folder(tmp_path, capsys):
    inside = tmp_path / "model"
    inside.mkdir()
    fixture = tmp_path / "laporan.docx"
    shutil.copy(FIXTURES / "consistent" / "bappeda-lereng-jati-2023.docx", fixture)
    model = inside / "laporan.json"
    assert main(["extract", str(fixture), "-o", str(model)]) == 0
    capsys.readouterr()
    assert main(["check", str(model)]) == 2
    assert "outside the report's folder" in capsys.readouterr().err


def test_a_damaged_source_document_is_an_error_of_the_model(tmp_path, capsys):
    fixture = tmp_path / "laporan.docx"
    shutil.copy(FIXTURES / "consistent" / "bappeda-lereng-jati-2023.docx", fixture)
    model = tmp_path / "laporan.json"
    assert main(["extract", str(fixture), "-o", str(model)]) == 0
    fixture.write_bytes(fixture.read_bytes()[:1000])
    capsys.readouterr()
    assert main(["check", str(model)]) == 2
    error = capsys.readouterr().err
    assert str(model) in error and "[source] path 'laporan.docx'" in error


def _add_part(data: bytes, name: str, xml: str) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as old, zipfile.ZipFile(out, "w") as new:
        for info in old.infolist():
            new.writestr(info, old.read(info.filename))
        new.writestr(name, xml)
    return out.getvalue()
