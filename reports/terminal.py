"""What the command line decides for the text report: colour and width.

Kept apart from the reporter, which only follows :class:`~checker.hookspecs.RenderOptions`:
the same findings then render the same way whatever terminal a test runs in.
Conventions followed: https://no-color.org (``NO_COLOR`` set and not empty turns
colour off) and ``FORCE_COLOR`` (set and not empty or ``0`` turns it on, for a pager
such as ``less -R``); ``LKJIP_WIDTH`` or ``COLUMNS`` set the width.
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Mapping
from typing import TextIO

__all__ = ["DEFAULT_WIDTH", "color_wanted", "text_width"]

DEFAULT_WIDTH = 100


def color_wanted(stream: TextIO, environ: Mapping[str, str] | None = None) -> bool:
    """Colour for ``stream``: ``FORCE_COLOR`` wins, then ``NO_COLOR``, then whether
    the stream is a terminal (never when piped or written to a file)."""
    env = os.environ if environ is None else environ
    if env.get("FORCE_COLOR", "") not in ("", "0"):
        return True
    if env.get("NO_COLOR", ""):
        return False
    isatty = getattr(stream, "isatty", None)
    return bool(isatty and isatty())


def text_width(environ: Mapping[str, str] | None = None) -> int:
    """The width to wrap to: ``LKJIP_WIDTH``, else the terminal's (``COLUMNS`` first),
    else :data:`DEFAULT_WIDTH`."""
    env = os.environ if environ is None else environ
    chosen = env.get("LKJIP_WIDTH", "").strip()
    if chosen.isdigit() and int(chosen) > 0:
        return int(chosen)
    columns = env.get("COLUMNS", "").strip()
    if columns.isdigit() and int(columns) > 0:
        return int(columns)
    return shutil.get_terminal_size((DEFAULT_WIDTH, 24)).columns
