"""Reader for LKjIP as PDF with a text layer (what reviewers usually receive).

The pages are read with pypdfium2 (the PDFium engine: Apache-2.0/BSD-3) into a text
layer that the text parser reads like a ``.txt`` report (see
:mod:`checker.readers._pdf_layout`); every line keeps its page. A scan without a text
layer, an encrypted, damaged or non-PDF file, or one over the page limit (``pdf-pages``
of :class:`~checker.limits.ReadLimits`, default :data:`MAX_PAGES`), is refused with one
line (exit code 2).

Why pypdfium2 and not pdfplumber (``bench/bench_readers.py``, an 80-page PDF made of the
format fixtures, CPU time): pdfplumber needs 3.2 s for the words with their font names
(3.4 s with its table finder); pypdfium2 0.26 s for the glyphs, their boxes and fonts and
the path objects, and this reader 1.1 s for the whole text layer. On the fixtures both
find the same words, the same bold and the same ruled tables, but pdfplumber also returns
text that a table cell clips (hidden on the page). See ``docs/input-formats.md``, "PDF".
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from checker.errors import InputError
from checker.hookspecs import Reader, hookimpl
from checker.model import Report

if TYPE_CHECKING:
    from checker.readers._layer import TextLayer

# The reading modules (ctypes, pypdfium2, the layout) are imported when a PDF is read:
# a run that reads no PDF does not pay for them.

__all__ = ["MAX_PAGES", "pdf_layer", "read_pdf"]  # noqa: F822 (MAX_PAGES: __getattr__)

# Fewer letters than this in the whole file: the pages are pictures (a scan).
_MIN_LETTERS = 20


def pdf_layer(path: Path, data: bytes) -> TextLayer:
    """The text layer of the PDF in ``data``: its lines and the page of each."""
    from checker.readers._pdf_doc import read_pages
    from checker.readers._pdf_layout import layer_of_pages

    layer = layer_of_pages(read_pages(path, data))
    letters = sum(char.isalnum() for line in layer.lines for char in line)
    if letters < _MIN_LETTERS:
        raise InputError(
            str(path),
            "the PDF has no text layer (a scanned document?): run OCR first, "
            "e.g. `ocrmypdf laporan.pdf laporan-ocr.pdf`",
            "PDF tidak memiliki lapisan teks (hasil pindaian?): jalankan OCR dahulu, "
            "mis. `ocrmypdf laporan.pdf laporan-ocr.pdf`",
        )
    return layer


def read_pdf(path: Path, data: bytes) -> Report:
    from checker.readers._layer import report_from_layer

    return report_from_layer(path, pdf_layer(path, data), "pdf")


def __getattr__(name: str) -> Any:
    if name == "MAX_PAGES":  # the limit lives with the reading code
        from checker.readers import _pdf_doc

        return _pdf_doc.MAX_PAGES
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


@hookimpl
def lkjip_readers() -> list[Reader]:
    return [Reader("pdf", (".pdf",), read_pdf, "LKjIP as PDF with a text layer")]
