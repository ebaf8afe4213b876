"""The text layer of a PDF or Word original: the lines the text reader would read.

A reader of a binary format turns the document into lines of text in the shapes the
text parser already knows (a heading line, ``**bold**`` runs, HTML ``<table>`` blocks
with colspan/rowspan for a table with merged cells) and records, for each line, where
it sits in the original (:class:`~checker.model.Place`). The text parser and the
extractors then run unchanged, so every rule works on PDF and DOCX as on text; the
engine gives each finding the page of its line.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path

from checker.limits import current_limits
from checker.model import Place, Report

__all__ = ["TextLayer", "report_from_layer"]


@dataclass
class TextLayer:
    """Lines of text and, line for line, where each sits in the original."""

    lines: list[str] = field(default_factory=list)
    places: list[Place] = field(default_factory=list)

    def add(self, line: str, place: Place) -> None:
        """One line; a line break inside ``line`` is a space (a line is one line)."""
        self.lines.append(" ".join(line.splitlines()) if "\n" in line or "\r" in line
                          else line)
        self.places.append(place)

    def extend(self, lines: Sequence[str], place: Place) -> None:
        for line in lines:
            self.add(line, place)

    def text(self) -> str:
        return "\n".join(self.lines) + ("\n" if self.lines else "")


def report_from_layer(path: Path, layer: TextLayer, format_name: str) -> Report:
    """The report model of ``layer``, read as the text reader reads a .txt file, with
    the places of its lines."""
    # Imported here, as the text reader does: the parser and the extractors compile
    # hundreds of patterns, paid for only when a report is read.
    from checker.extract import extract_report
    from checker.text import parse_source

    source = parse_source(layer.text(), str(path), current_limits().tables)
    report = extract_report(source, format_name)
    return replace(report, places=tuple(layer.places))
