"""Wrapping the text report's lines to a width, continuation lines indented.

Words are never split at hyphens (``sub-kegiatan``, ``2022-2026`` stay whole); a single
word longer than the line (a long path) is cut so that no line passes the width.
"""

from __future__ import annotations

import textwrap

__all__ = ["MIN_WIDTH", "wrap"]

# Below this a terminal is too narrow to hold a location and a rule code on one line;
# a smaller width asked for is raised to it rather than producing one word a line.
MIN_WIDTH = 40


def wrap(text: str, width: int | None, indent: str = "", hanging: str = "") -> list[str]:
    """``text`` as lines of at most ``width`` characters: the first starts with
    ``indent``, the others with ``hanging``. ``width`` ``None`` leaves the text whole."""
    if width is None:
        return [indent + text]
    lines = textwrap.wrap(
        text,
        width=max(width, MIN_WIDTH),
        initial_indent=indent,
        subsequent_indent=hanging,
        break_on_hyphens=False,
        break_long_words=True,
        drop_whitespace=True,
    )
    return lines or [indent.rstrip()]
