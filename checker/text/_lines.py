"""A report's lines, cleaned once and shared by every rule that reads them.

Several rules read every line of ``report.text`` after the same cleaning (markup out,
single spaces). Cleaning is the costly part of their scan, so each cleaning function
gets one table per text: :func:`cleaned_lines` wraps a ``str -> str`` cleaner into a
``lines -> tuple`` function that remembers its last few results by the identity of the
lines. A report's ``text`` is an immutable tuple that lives as long as the report, so
identity is the right key: hashing a whole report's text would cost a scan itself.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Sequence

__all__ = ["cleaned_lines"]

# Reports checked side by side (``--jobs`` in threads) each keep their table; a few
# entries are enough, and an old report's table is dropped with the entry.
_KEEP = 4


def cleaned_lines(
    clean: Callable[[str], str],
) -> Callable[[Sequence[str]], tuple[str, ...]]:
    """A function that returns ``tuple(clean(line) for line in lines)``, computed once
    per sequence of lines (by identity) among the last few it was given."""
    kept: list[tuple[Sequence[str], tuple[str, ...]]] = []
    lock = threading.Lock()

    def lines_cleaned(lines: Sequence[str]) -> tuple[str, ...]:
        with lock:
            for held, cleaned in kept:
                if held is lines:
                    return cleaned
        cleaned = tuple(clean(line) for line in lines)
        with lock:
            # Holding ``lines`` itself keeps its identity from being reused by another.
            kept.insert(0, (lines, cleaned))
            del kept[_KEEP:]
        return cleaned

    lines_cleaned.__doc__ = f"Every line cleaned by {clean.__qualname__}, once per text."
    return lines_cleaned
