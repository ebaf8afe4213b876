"""Reader for reports as text (``.txt``/``.md``, converted from PDF or DOCX)."""

from __future__ import annotations

from pathlib import Path

from checker.hookspecs import Reader, hookimpl
from checker.limits import current_limits
from checker.model import Report
from checker.readers._files import decode_text

__all__ = ["read_text"]


def read_text(path: Path, data: bytes) -> Report:
    # The parser and the extractors (and the hundreds of patterns they compile) are
    # imported when a text report is read, not whenever the reader is registered.
    from checker.extract import extract_report
    from checker.text import parse_source

    text = decode_text(path, data)
    return extract_report(parse_source(text, str(path), current_limits().tables), "text")


@hookimpl
def lkjip_readers() -> list[Reader]:
    return [Reader("text", (".txt", ".md"), read_text, "LKjIP as text (PDF/DOCX conversion)")]
