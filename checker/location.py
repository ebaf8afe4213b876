"""Where a finding points: a place in the checked file and in the cascade graph.

Below the rule and the context, which both make locations (the context from a model
:class:`~checker.model.Provenance`); pack authors import it from :mod:`checker.rule`
or :mod:`checker.sdk`.
"""

from __future__ import annotations

from dataclasses import dataclass

__all__ = ["Location"]


@dataclass(frozen=True)
class Location:
    """1-based lines of the input file, the table and the graph node a finding is about.

    ``line`` counts the lines of the text layer: the file itself for .txt/.md, the text
    the reader drew from a PDF or Word original. For such an original ``page`` is the
    page the line sits on (the engine fills it from :attr:`Report.places`), which is
    what a reviewer with the PDF open looks for.
    """

    line: int | None = None
    end_line: int | None = None
    table: str | None = None
    node: str | None = None
    page: int | None = None
