"""Colour for the text report: ANSI styles, applied only when the options ask for it.

The decision (a terminal, ``NO_COLOR``, ``FORCE_COLOR``) is the command line's; this
module only paints. Styles are applied after the report's own text has been escaped
(:func:`reports.text.terminal_safe`), so no escape sequence from a report reaches the
terminal, only the ones added here.
"""

from __future__ import annotations

import enum

from checker.severity import Severity

__all__ = ["Paint", "Tone"]


class Tone(enum.Enum):
    """What a piece of text is, and so how it is painted."""

    ERROR = "1;31"  # bold red
    WARNING = "1;33"  # bold yellow
    INFO = "1;36"  # bold cyan
    CODE = "1"  # bold
    HEADING = "1;4"  # bold, underlined
    QUIET = "2"  # dim: details a reader may skip


_SEVERITY_TONE = {Severity.ERROR: Tone.ERROR, Severity.WARNING: Tone.WARNING,
                  Severity.INFO: Tone.INFO}


class Paint:
    """Paints text in a tone, or leaves it as it is when colour is off."""

    def __init__(self, color: bool) -> None:
        self.color = color

    def __call__(self, text: str, tone: Tone) -> str:
        if not self.color or not text:
            return text
        return f"\x1b[{tone.value}m{text}\x1b[0m"

    def severity(self, text: str, severity: Severity) -> str:
        return self(text, _SEVERITY_TONE.get(severity, Tone.CODE))
