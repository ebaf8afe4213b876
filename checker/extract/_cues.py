"""A cheap test before a costly pattern: whether a text may hold one of its matches.

Most lines of a report hold none of the words a pattern looks for. For ASCII text (nearly
all of it) a substring test of the lowered text tells so several times faster than the
pattern's search; for other text case folding is more than lowering (a dotted capital I,
the Kelvin sign), so there the pattern is left to decide.
"""

from __future__ import annotations

__all__ = ["may_hold"]


def may_hold(text: str, words: tuple[str, ...]) -> bool:
    """Whether ``text`` may hold a match of a case-insensitive pattern each of whose
    matches holds one of ``words`` (in lower case)."""
    if not text.isascii():
        return True
    lowered = text.lower()
    return any(word in lowered for word in words)
