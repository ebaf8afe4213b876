"""A cheap test before a costly pattern: whether a text may hold one of its matches; and
a pattern that is compiled only when first needed.

Most lines of a report hold none of the words a pattern looks for. For ASCII text (nearly
all of it) a substring test of the lowered text tells so several times faster than the
pattern's search; for other text case folding is more than lowering (a dotted capital I,
the Kelvin sign), so there the pattern is left to decide.

Compiling its patterns is most of what importing an extractor costs, and many of them are
needed only once a cheap test has found a cue (a count, a figure, a rare heading): those
are compiled on first use (:func:`lazy`), so a run that never meets the cue never pays.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache

__all__ = ["lazy", "may_hold"]


def may_hold(text: str, words: tuple[str, ...]) -> bool:
    """Whether ``text`` may hold a match of a case-insensitive pattern each of whose
    matches holds one of ``words`` (in lower case)."""
    if not text.isascii():
        return True
    lowered = text.lower()
    # A loop, not any() over a generator: called for nearly every line of a report.
    for word in words:  # noqa: SIM110
        if word in lowered:
            return True
    return False


def lazy(pattern: str, flags: int = 0) -> Callable[[], re.Pattern[str]]:
    """A getter of ``pattern`` compiled with ``flags`` on the getter's first call (and
    kept: one compiled pattern per process, as :func:`re.compile` would make)."""

    @cache
    def compiled() -> re.Pattern[str]:
        return re.compile(pattern, flags)

    return compiled
