"""Write the small PDFs the PDF reader's tests read (``tests/formats/pdf``, ``bad``).

Run from the repository root::

    .venv/bin/python tests/formats/make_pdf_samples.py

Needs python-docx and LibreOffice's ``soffice`` on the PATH (Debian:
``apt-get install libreoffice-writer-nogui``). It writes a Word document with what a
reader of PDF must cope with and converts it with LibreOffice:

* ``pdf/features.pdf``: a running header (the report's title) and a footer (a note and
  the page number) on every page; BAB headings (Heading 1/2); a paragraph long enough to
  wrap, with a bold run; a ruled table with a merged header ("Tahun 2023" over Target and
  Realisasi, "No" down two rows); a table without ruling lines; a ruled table of 60 rows
  over three pages, its header row repeated on each page; a landscape section.
* ``bad/encrypted.pdf``: a short document exported with the open password ``rahasia``.

The other unusable files (a scan, a damaged or truncated file, a file that is no PDF)
are made by the tests themselves.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.text.paragraph import Paragraph

HERE = Path(__file__).resolve().parent

PASSWORD_EXPORT = "pdf:writer_pdf_Export:" + json.dumps({
    "EncryptFile": {"type": "boolean", "value": "true"},
    "DocumentOpenPassword": {"type": "string", "value": "rahasia"},
})


def _page_number(paragraph: Paragraph) -> None:
    run = paragraph.add_run()
    for kind, text in (("begin", None), (None, "PAGE"), ("end", None)):
        if kind:
            element = OxmlElement("w:fldChar")
            element.set(qn("w:fldCharType"), kind)
        else:
            element = OxmlElement("w:instrText")
            element.set(qn("xml:space"), "preserve")
            element.text = text
        run._r.append(element)


def _repeat_header(row) -> None:  # type: ignore[no-untyped-def]
    element = OxmlElement("w:tblHeader")
    element.set(qn("w:val"), "true")
    row._tr.get_or_add_trPr().append(element)


def _fill(table, rows: list[list[str]], start: int = 0) -> None:  # type: ignore[no-untyped-def]
    for r, values in enumerate(rows, start=start):
        for c, value in enumerate(values):
            table.cell(r, c).text = value


def features(path: Path) -> None:
    doc = Document()
    first = doc.sections[0]
    first.header.paragraphs[0].text = "LKjIP Dinas Contoh Kabupaten Uji Tahun 2023"
    footer = first.footer.paragraphs[0]
    footer.text = "Dokumen uji pembaca PDF - halaman "
    _page_number(footer)

    doc.add_heading("BAB I PENDAHULUAN", level=1)
    paragraph = doc.add_paragraph("Dinas Contoh menetapkan ")
    paragraph.add_run("3 (tiga) sasaran strategis").bold = True
    paragraph.add_run(
        " pada tahun 2023 dengan 5 (lima) indikator kinerja, dan kalimat ini sengaja "
        "dibuat cukup panjang agar pengolah kata membungkusnya ke baris berikutnya.")
    doc.add_heading("1.1 Latar Belakang", level=2)
    doc.add_paragraph("Paragraf kedua berdiri sendiri.")

    doc.add_paragraph("Tabel 1.1 Capaian Kinerja")
    merged = doc.add_table(rows=4, cols=5)
    merged.style = "Table Grid"
    _fill(merged, [["No", "Indikator", "Tahun 2023", "", "Capaian (%)"],
                   ["", "", "Target", "Realisasi", ""],
                   ["1", "Persentase dokumen tepat waktu", "100", "100", "100,00"],
                   ["2", "Indeks kepuasan masyarakat", "85", "80,5", "94,71"]])
    merged.cell(0, 2).merge(merged.cell(0, 3))
    merged.cell(0, 2).text = "Tahun 2023"
    for column in (0, 1, 4):
        text = merged.cell(0, column).text
        merged.cell(0, column).merge(merged.cell(1, column))
        merged.cell(0, column).text = text

    doc.add_paragraph("Tabel 1.2 Belanja tanpa garis")
    plain = doc.add_table(rows=3, cols=3)
    _fill(plain, [["Uraian", "Pagu", "Realisasi"],
                  ["Belanja Pegawai", "1.000.000", "900.000"],
                  ["Belanja Modal", "2.500.000", "2.400.000"]])

    doc.add_heading("BAB II PERENCANAAN KINERJA", level=1)
    doc.add_paragraph("Tabel 2.1 Rincian Anggaran")
    long = doc.add_table(rows=1, cols=4)
    long.style = "Table Grid"
    _fill(long, [["No", "Sub Kegiatan", "Pagu (Rp)", "Realisasi (Rp)"]])
    _repeat_header(long.rows[0])
    for number in range(1, 61):
        cells = long.add_row().cells
        values = [str(number), f"Sub kegiatan nomor {number}", f"{number * 7}.000.000",
                  f"{number * 6}.500.000"]
        for cell, value in zip(cells, values, strict=True):
            cell.text = value
    doc.add_paragraph("Setelah tabel panjang.")

    landscape = doc.add_section()
    landscape.orientation = WD_ORIENT.LANDSCAPE
    landscape.page_width, landscape.page_height = first.page_height, first.page_width
    doc.add_heading("BAB III AKUNTABILITAS KINERJA", level=1)
    doc.add_paragraph("Halaman mendatar dengan tabel lebar.")
    wide = doc.add_table(rows=2, cols=8)
    wide.style = "Table Grid"
    _fill(wide, [[f"Kolom {c + 1}" for c in range(8)], [str((c + 1) * 11) for c in range(8)]])
    doc.save(str(path))


def encrypted(path: Path) -> None:
    doc = Document()
    doc.add_heading("BAB I PENDAHULUAN", level=1)
    doc.add_paragraph("Dokumen ini dilindungi kata sandi.")
    doc.save(str(path))


def convert(soffice: str, source: Path, target: Path, export: str = "pdf") -> None:
    with tempfile.TemporaryDirectory() as out:
        subprocess.run([soffice, "--headless", "--convert-to", export, "--outdir", out,
                        str(source)], check=True, capture_output=True, timeout=180)
        shutil.move(str(Path(out) / (source.stem + ".pdf")), target)
    print(target.relative_to(HERE.parents[1]))


def main() -> int:
    soffice = shutil.which("soffice")
    if soffice is None:
        print("soffice not found: install libreoffice-writer-nogui", file=sys.stderr)
        return 2
    with tempfile.TemporaryDirectory() as work:
        source = Path(work) / "features.docx"
        features(source)
        convert(soffice, source, HERE / "pdf" / "features.pdf")
        source = Path(work) / "encrypted.docx"
        encrypted(source)
        convert(soffice, source, HERE / "bad" / "encrypted.pdf", PASSWORD_EXPORT)
    return 0


if __name__ == "__main__":
    sys.exit(main())
