"""Write the Word and PDF fixtures of the format tests from the synthetic report library.

Run from the repository root::

    .venv/bin/python tests/formats/make_fixtures.py            # DOCX and PDF
    .venv/bin/python tests/formats/make_fixtures.py --no-pdf   # DOCX only

Needs python-docx (a runtime dependency of lkjip) and, for the PDFs, LibreOffice's
``soffice`` on the PATH (Debian: ``apt-get install libreoffice-writer-nogui``).

For each report in ``REPORTS`` it reads ``tests/library/consistent/<name>`` and its copy
with planted defects ``tests/library/defects/<name>``, and writes
``tests/formats/fixtures/{consistent,defects}/<name>.docx`` and ``.pdf`` beside it.

The documents are written as an office writes them: the cover title in the Title style
(in a text box for the first report), chapters and sub-headings in Heading 1/2/3 with a
page break before every chapter, bold runs where the source is bold, real Word tables
with a repeated header row and merged cells (gridSpan, vMerge) where the source table
has colspan/rowspan, the agency in a running header and the page number (a PAGE field)
in the footer. The structure (headings, tables, bold) is taken from lkjip's own text
parser, so the Word document says what the text says. A running page header line of the
text becomes an explicit page break (``w:br w:type="page"``).

The DOCX files are byte-for-byte reproducible (fixed core properties, fixed zip
timestamps). The PDFs are not: LibreOffice stamps its own creation date and document id.
"""

from __future__ import annotations

import argparse
import datetime as dt
import io
import re
import shutil
import subprocess
import sys
import tempfile
import zipfile
from collections.abc import Iterator
from pathlib import Path

import docx
from docx.enum.text import WD_BREAK
from docx.oxml import parse_xml
from docx.shared import Pt
from docx.text.paragraph import Paragraph

from checker.text import Heading, Source, Table, parse_source

ROOT = Path(__file__).resolve().parents[2]
LIBRARY = ROOT / "tests" / "library"
FIXTURES = Path(__file__).resolve().parent / "fixtures"

# Varied layouts: tab tables (.txt), pipe tables (.md) and HTML tables with
# rowspan/colspan (.md). The first one gets its cover title in a text box.
REPORTS = (
    "bappeda-lereng-jati-2023.txt",
    "dinas-kesehatan-sungai-rampai-2023.md",
    "dinas-pupr-provinsi-selat-bahari-2023.md",
    "inspektorat-pelita-raya-2024.txt",
    "kelurahan-rawa-kembang-2022.md",
    "satpol-pp-kuala-senaning-2024.txt",
)
KINDS = ("consistent", "defects")

_FIXED_TIME = dt.datetime(2024, 2, 1, 8, 0, 0)
_ZIP_TIME = (2024, 2, 1, 8, 0, 0)
_BOLD = re.compile(r"\*\*(.+?)\*\*|<b>(.+?)</b>|<strong>(.+?)</strong>")
_HASHES = re.compile(r"^#{1,6}\s*")
_VML = "urn:schemas-microsoft-com:vml"
_W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--no-pdf", action="store_true", help="write the DOCX files only")
    args = parser.parse_args(argv)
    soffice = None if args.no_pdf else shutil.which("soffice")
    if not args.no_pdf and soffice is None:
        print("soffice not found: install libreoffice-writer-nogui or use --no-pdf",
              file=sys.stderr)
        return 2
    for source, target, text_box in fixture_plan():
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(docx_bytes(source, title_in_text_box=text_box))
        if soffice is not None:
            to_pdf(soffice, target)
        print(target.relative_to(ROOT))
    return 0


def docx_bytes(source_path: Path, *, title_in_text_box: bool = False) -> bytes:
    """The DOCX of one text report, as reproducible bytes."""
    source = parse_source(source_path.read_text(encoding="utf-8"), str(source_path))
    document = docx.Document()
    _set_core_properties(document, source_path.stem)
    _set_header_and_footer(document, _running_header(source))
    _write_body(document, source, title_in_text_box)
    buffer = io.BytesIO()
    document.save(buffer)
    return _fixed_zip(buffer.getvalue())


def _set_core_properties(document: docx.document.Document, name: str) -> None:
    properties = document.core_properties
    properties.author = "Subbagian Perencanaan"
    properties.last_modified_by = "Subbagian Perencanaan"
    properties.title = name
    properties.created = _FIXED_TIME
    properties.modified = _FIXED_TIME
    properties.last_printed = _FIXED_TIME
    properties.revision = 1


def _running_header(source: Source) -> str:
    """The text's running page header, else its first line that names the agency."""
    for number in sorted(source.page_header_lines):
        if text := source.text(number):
            return text
    lines = (_HASHES.sub("", text).strip("* ") for _, text in source.text_lines())
    return next((text for text in lines
                 if text.isupper() and len(text.split()) >= 2
                 and not text.startswith(("LAPORAN", "PEMERINTAH"))), "")


def _set_header_and_footer(document: docx.document.Document, header_text: str) -> None:
    section = document.sections[0]
    section.header.paragraphs[0].text = header_text
    footer = section.footer.paragraphs[0]
    footer.add_run("Halaman ")
    run = footer.add_run()
    for xml in (
        f'<w:fldChar xmlns:w="{_W}" w:fldCharType="begin"/>',
        f'<w:instrText xmlns:w="{_W}" xml:space="preserve"> PAGE </w:instrText>',
        f'<w:fldChar xmlns:w="{_W}" w:fldCharType="separate"/>',
        f'<w:t xmlns:w="{_W}">1</w:t>',
        f'<w:fldChar xmlns:w="{_W}" w:fldCharType="end"/>',
    ):
        run._r.append(parse_xml(xml))


def _write_body(document: docx.document.Document, source: Source, text_box: bool) -> None:
    headings = {heading.line: heading for heading in source.headings}
    tables = {table.line: table for table in source.tables}
    covered = {n for t in source.tables for n in range(t.line, t.end_line + 1)}
    cover_title_done = False
    number = 1
    while number <= len(source.lines):
        if number in tables:
            _write_table(document, tables[number], source)
            number = tables[number].end_line + 1
            continue
        if number in covered:
            number += 1
            continue
        text = source.text(number)
        if number in source.page_header_lines:
            if not _chapter_follows(source, headings, number):
                document.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
        elif number in headings and text and _is_office_heading(headings[number]):
            heading = headings[number]
            text = _HASHES.sub("", text)
            if not cover_title_done and heading.style == "caps" and text.startswith("LAPORAN"):
                _write_title(document, text, text_box)
                cover_title_done = True
            else:
                level = min(max(heading.level, 1), 6)
                paragraph = document.add_heading(text, level)
                # Every chapter on a new page; the body's first child is this heading
                # only when nothing precedes it (a page break there would be a blank page).
                if level == 1 and paragraph._p is not document.element.body[0]:
                    paragraph.paragraph_format.page_break_before = True
                cover_title_done = cover_title_done or level == 1
        elif text:
            _write_runs(document.add_paragraph(), source.line(number))
        else:
            document.add_paragraph()
        number += 1


def _chapter_follows(source: Source, headings: dict[int, Heading], number: int) -> bool:
    """Whether the next non-blank line is a chapter, which starts a page of its own."""
    for following in range(number + 1, len(source.lines) + 1):
        if source.text(following):
            heading = headings.get(following)
            return heading is not None and heading.level == 1
    return False


def _is_office_heading(heading: Heading) -> bool:
    """Whether an office would style this line as a heading (or the cover's title).

    A numbered heading, a chapter or part, a markdown heading: yes. An unnumbered line
    in capitals or bold (a signature block's title, a letterhead) stays a paragraph,
    printed as the text prints it, except the report's title on the cover.
    """
    return (heading.number is not None or heading.level == 1 or heading.style == "markdown"
            or (heading.style == "caps" and heading.text.startswith("LAPORAN")))


def _write_title(document: docx.document.Document, text: str, text_box: bool) -> None:
    if not text_box:
        document.add_paragraph(text, style="Title")
        return
    # A VML text box, as older Word versions and LibreOffice write it.
    holder = document.add_paragraph()
    run = holder.add_run()
    title = document.add_paragraph(text, style="Title")
    inner = title._p
    inner.getparent().remove(inner)
    shape = parse_xml(
        f'<w:pict xmlns:w="{_W}" xmlns:v="{_VML}"><v:shape style="width:420pt;height:60pt">'
        f"<v:textbox><w:txbxContent/></v:textbox></v:shape></w:pict>"
    )
    shape.find(f".//{{{_W}}}txbxContent").append(inner)
    run._r.append(shape)


def _write_runs(paragraph: Paragraph, raw: str) -> None:
    """The line's text with its bold spans as bold runs (other markup stays as text)."""
    raw = raw.rstrip()
    position = 0
    for match in _BOLD.finditer(raw):
        if match.start() > position:
            paragraph.add_run(raw[position:match.start()])
        paragraph.add_run(next(group for group in match.groups() if group)).bold = True
        position = match.end()
    if position < len(raw):
        paragraph.add_run(raw[position:])


def _write_table(document: docx.document.Document, table: Table, source: Source) -> None:
    if table.caption_line is not None and table.caption_line >= table.line:
        _write_runs(document.add_paragraph(), table.caption or "")
    width = table.width
    word = document.add_table(rows=len(table.rows), cols=width)
    word.style = "Table Grid"
    # python-docx recomputes the whole grid on every cell() call: take it once.
    grid = word._cells
    for row_index, row in enumerate(table.rows):
        if row_index < table.header_rows:
            _mark_header_row(word.rows[row_index])
        for column, cell in enumerate(row.cells):
            if cell.spanned:
                continue
            target = grid[row_index * width + column]
            paragraph = target.paragraphs[0]
            run = paragraph.add_run(cell.text)
            run.bold = cell.bold or None
            run.font.size = Pt(9)
    for row_index, row in enumerate(table.rows):
        for column, cell in enumerate(row.cells):
            if cell.spanned or (cell.colspan == 1 and cell.rowspan == 1):
                continue
            last_row = min(row_index + cell.rowspan, len(table.rows)) - 1
            last_column = min(column + cell.colspan, width) - 1
            if (last_row, last_column) != (row_index, column):
                word.cell(row_index, column).merge(word.cell(last_row, last_column))


def _mark_header_row(row: docx.table._Row) -> None:
    properties = row._tr.get_or_add_trPr()
    properties.append(parse_xml(f'<w:tblHeader xmlns:w="{_W}"/>'))


def _fixed_zip(data: bytes) -> bytes:
    """The same parts, in the same order, with a fixed timestamp (reproducible bytes)."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as old, \
            zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as new:
        for info in old.infolist():
            fixed = zipfile.ZipInfo(info.filename, _ZIP_TIME)
            fixed.compress_type = zipfile.ZIP_DEFLATED
            new.writestr(fixed, old.read(info.filename))
    return out.getvalue()


def to_pdf(soffice: str, docx_path: Path) -> Path:
    """Convert with LibreOffice in a private profile (a shared one locks concurrent runs)."""
    with tempfile.TemporaryDirectory() as profile:
        subprocess.run(
            [soffice, f"-env:UserInstallation=file://{profile}", "--headless",
             "--convert-to", "pdf", "--outdir", str(docx_path.parent), str(docx_path)],
            check=True, capture_output=True, timeout=180,
        )
    return docx_path.with_suffix(".pdf")


def fixture_plan() -> Iterator[tuple[Path, Path, bool]]:
    """(source text, DOCX fixture, cover title in a text box) for every fixture."""
    for kind in KINDS:
        for index, name in enumerate(REPORTS):
            yield (LIBRARY / kind / name, FIXTURES / kind / (Path(name).stem + ".docx"),
                   index == 0)


if __name__ == "__main__":
    sys.exit(main())
