"""Reading PDF and Word reports: time per page and for an 80-page document.

It builds, in a temporary folder, an 80-page PDF by putting together the PDF fixtures of
the format tests (``tests/formats/fixtures``, LibreOffice prints of the library's
reports) with pypdfium2, and an 80-page-or-so Word document by putting together their
DOCX originals. Then it prints, for each, the time to read it:

* PDF, lkjip's reader: the text layer (pypdfium2: glyphs, fonts, clip areas, ruling
  lines, then the layout), and the whole report model (text parser and extractors);
* PDF, the raw cost of each candidate library on the same file: pypdfium2 (glyphs,
  their boxes and fonts, path objects) and pdfplumber (words with font names, then
  also its table finder), when pdfplumber is installed;
* DOCX, lkjip's reader ``checker.readers.docx.read_docx``, when it exists.

Each figure is the best of ``--repeat`` runs, as wall time and as CPU time. Benchmarks
print figures; they assert nothing.

Run: ``python bench/bench_readers.py [--pages 80] [--repeat 3]``.
"""

from __future__ import annotations

import argparse
import copy
import ctypes
import importlib.util
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
FIXTURES = REPO / "tests" / "formats" / "fixtures"


def best_of(repeat: int, work: Callable[[], object]) -> tuple[float, float]:
    """The best wall time and the best CPU time of ``repeat`` runs (on a busy machine the
    wall time also counts the waits for a core; the CPU time does not)."""
    walls, cpus = [], []
    for _ in range(repeat):
        wall, cpu = time.perf_counter(), time.process_time()
        work()
        walls.append(time.perf_counter() - wall)
        cpus.append(time.process_time() - cpu)
    return min(walls), min(cpus)


def build_pdf(target: Path, pages: int) -> int:
    import pypdfium2 as pdfium

    sources = sorted(FIXTURES.glob("*/*.pdf"))
    if not sources:
        return 0
    merged = pdfium.PdfDocument.new()
    index = 0
    while len(merged) < pages:
        source = pdfium.PdfDocument(sources[index % len(sources)])
        wanted = list(range(min(len(source), pages - len(merged))))
        merged.import_pages(source, wanted)
        index += 1
    merged.save(str(target))
    return len(merged)


def build_docx(target: Path, pages: int) -> int:
    """DOCX fixtures put together until their PDF prints count ``pages`` pages."""
    import docx
    import pypdfium2 as pdfium

    sources = sorted(FIXTURES.glob("*/*.docx"))
    if not sources:
        return 0
    merged = docx.Document(str(sources[0]))
    body = merged.element.body
    counted = len(pdfium.PdfDocument(sources[0].with_suffix(".pdf")))
    index = 1
    while counted < pages:
        source = sources[index % len(sources)]
        for element in docx.Document(str(source)).element.body:
            if not element.tag.endswith("}sectPr"):
                body.append(copy.deepcopy(element))
        counted += len(pdfium.PdfDocument(source.with_suffix(".pdf")))
        index += 1
    merged.save(str(target))
    return counted


def raw_pypdfium2(path: Path) -> None:
    import pypdfium2 as pdfium
    import pypdfium2.raw as pdfium_c

    document = pdfium.PdfDocument(path)
    name = ctypes.create_string_buffer(128)
    for page in document:
        text_page = page.get_textpage()
        for index in range(text_page.count_chars()):
            pdfium_c.FPDFText_GetUnicode(text_page.raw, index)
            text_page.get_charbox(index, loose=True)
            pdfium_c.FPDFText_GetFontInfo(text_page.raw, index, name, 128, None)
        for obj in page.get_objects(filter=[pdfium_c.FPDF_PAGEOBJ_PATH]):
            obj.get_bounds()


def raw_pdfplumber(path: Path, tables: bool) -> None:
    import pdfplumber

    with pdfplumber.open(path) as pdf:
        for page in pdf.pages:
            page.extract_words(extra_attrs=["fontname", "size"])
            if tables:
                page.find_tables()
            page.close()


def line(label: str, seconds: tuple[float, float], pages: int) -> None:
    wall, cpu = seconds
    print(f"  {label:<50} wall {wall:6.2f} s ({wall / pages * 1000:5.1f} ms/page)"
          f"  cpu {cpu:6.2f} s ({cpu / pages * 1000:5.1f} ms/page)")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", type=int, default=80)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    if importlib.util.find_spec("pypdfium2") is None:
        print("pypdfium2 is not installed: the PDF reader cannot run")
        return 1
    from checker.readers.pdf import pdf_layer, read_pdf

    with tempfile.TemporaryDirectory() as folder:
        pdf = Path(folder) / "laporan-80.pdf"
        pages = build_pdf(pdf, args.pages)
        if not pages:
            print(f"no PDF fixtures in {FIXTURES}: run tests/formats/make_fixtures.py "
                  "(needs LibreOffice's soffice)")
            return 1
        data = pdf.read_bytes()
        print(f"PDF: {pages} pages, {len(data) / 1024:.0f} KiB (fixtures put together)")
        line("lkjip text layer (pypdfium2 + layout)",
             best_of(args.repeat, lambda: pdf_layer(pdf, data)), pages)
        line("lkjip report model (+ text parser, extractors)",
             best_of(args.repeat, lambda: read_pdf(pdf, data)), pages)
        line("raw pypdfium2: glyphs, boxes, fonts, paths",
             best_of(args.repeat, lambda: raw_pypdfium2(pdf)), pages)
        if importlib.util.find_spec("pdfplumber") is None:
            print("  pdfplumber is not installed: its figures are left out")
        else:
            line("raw pdfplumber: words with font names",
                 best_of(args.repeat, lambda: raw_pdfplumber(pdf, tables=False)), pages)
            line("raw pdfplumber: words and find_tables()",
                 best_of(args.repeat, lambda: raw_pdfplumber(pdf, tables=True)), pages)

        if importlib.util.find_spec("checker.readers.docx") is None:
            print("DOCX: checker.readers.docx is not there yet: left out")
            return 0
        from checker.readers.docx import read_docx

        document = Path(folder) / "laporan-80.docx"
        counted = build_docx(document, args.pages)
        if not counted:
            print(f"DOCX: no DOCX fixtures in {FIXTURES}: left out")
            return 0
        data = document.read_bytes()
        print(f"DOCX: about {counted} pages (as LibreOffice prints them), "
              f"{len(data) / 1024:.0f} KiB")
        line("lkjip report model (read_docx)",
             best_of(args.repeat, lambda: read_docx(document, data)), counted)
    return 0


if __name__ == "__main__":
    sys.exit(main())
