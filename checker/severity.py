"""How serious a finding is.

Below the rule, the config and the context, which all name it (the config maps rule
codes to a severity and holds ``fail-on``); pack authors import it from
:mod:`checker.rule` or :mod:`checker.sdk`.
"""

from __future__ import annotations

import enum

__all__ = ["Severity"]


class Severity(enum.IntEnum):
    """How serious a finding is; ordered so ``>=`` compares with ``--fail-on``."""

    INFO = 1
    WARNING = 2
    ERROR = 3

    @property
    def label(self) -> str:
        return self.name.lower()

    @classmethod
    def parse(cls, text: str) -> Severity:
        try:
            return cls[text.strip().upper()]
        except KeyError:
            choices = ", ".join(s.label for s in cls)
            raise ValueError(f"unknown severity {text!r} (choose from {choices})") from None
