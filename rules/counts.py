"""Rule pack: counts (being written)."""

from __future__ import annotations

from checker.hookspecs import hookimpl
from checker.rule import Rule


@hookimpl
def lkjip_rules() -> list[Rule]:
    return []
