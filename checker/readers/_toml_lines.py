"""Line numbers for a structured TOML report.

``tomllib`` gives values without positions, but a reviewer must be told the
line of the file they opened. An element of an array of tables starts at its
``[[name]]`` header, so counting the headers of each name in the text gives the
line span of the n-th element. The spans are used only where the count of
headers equals the count of elements (an array written inline, ``items = [{...}]``,
has no headers; its elements then get the line of the table that holds them).
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterator, Mapping, Sequence
from typing import Any

__all__ = ["LineSpans", "header_spans"]

_ARRAY_HEADER = re.compile(r"^\s*\[\[\s*([^\[\]]+?)\s*\]\]\s*(?:#.*)?$")
_TABLE_HEADER = re.compile(r"^\s*\[\s*([^\[\]]+?)\s*\]\s*(?:#.*)?$")

Span = tuple[int, int]


def header_spans(text: str) -> dict[str, list[Span]]:
    """For each header name (``budgets.items``, ``meta``), the spans of its blocks."""
    lines = text.splitlines()
    starts: list[tuple[str, int]] = []
    for number, line in enumerate(lines, start=1):
        match = _ARRAY_HEADER.match(line) or _TABLE_HEADER.match(line)
        if match:
            starts.append((re.sub(r"\s*\.\s*", ".", match.group(1)), number))
    spans: dict[str, list[Span]] = defaultdict(list)
    for index, (name, start) in enumerate(starts):
        end = starts[index + 1][1] - 1 if index + 1 < len(starts) else len(lines)
        while end > start and _is_blank_or_comment(lines[end - 1]):
            end -= 1
        spans[name].append((start, end))
    return dict(spans)


def _is_blank_or_comment(line: str) -> bool:
    return not line.strip() or line.lstrip().startswith("#")


def _element_counts(data: Mapping[str, Any], prefix: str = "") -> Iterator[tuple[str, int]]:
    for key, value in data.items():
        path = f"{prefix}{key}"
        if isinstance(value, Mapping):
            yield from _element_counts(value, f"{path}.")
        elif isinstance(value, Sequence) and value and all(isinstance(v, Mapping) for v in value):
            yield path, len(value)
            for element in value:
                yield from _element_counts(element, f"{path}.")


class LineSpans:
    """Hands out the span of each element in document order, per array name."""

    def __init__(self, spans: Mapping[str, list[Span]], data: Mapping[str, Any]) -> None:
        totals: dict[str, int] = defaultdict(int)
        for path, count in _element_counts(data):
            totals[path] += count
        self._spans = {
            path: list(found)
            for path, found in spans.items()
            if path not in totals or totals[path] == len(found)
        }
        self._taken: dict[str, int] = defaultdict(int)

    def table(self, name: str) -> Span | None:
        """The span of a plain ``[name]`` table."""
        found = self._spans.get(name)
        return found[0] if found and len(found) == 1 else None

    def peek(self, path: str) -> Span | None:
        """The span :meth:`take` would hand out next, without taking it."""
        found = self._spans.get(path)
        index = self._taken[path]
        return found[index] if found and index < len(found) else None

    def find(self, path: str, after: int, before: int | None) -> Span | None:
        """The first ``[path]`` block between two lines (a sub-table of one element)."""
        for span in self._spans.get(path, ()):
            if span[0] > after and (before is None or span[0] < before):
                return span
        return None

    def take(self, path: str) -> Span | None:
        """The span of the next element of the array of tables ``path``."""
        found = self._spans.get(path)
        if not found:
            return None
        index = self._taken[path]
        self._taken[path] += 1
        return found[index] if index < len(found) else None
