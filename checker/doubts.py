"""Doubts every reader words alike: what the input holds that no report can mean."""

from __future__ import annotations

from checker.model import Doubt, Provenance

__all__ = ["negative_money"]


def negative_money(raw: str, field: str, where: Provenance) -> Doubt:
    """The doubt for a negative pagu or realisasi, which no budget table can hold."""
    return Doubt("number", raw, {
        "id": f"{field}: jumlah negatif bukan pagu atau realisasi yang mungkin",
        "en": f"{field}: a negative amount is no possible pagu or realisasi",
    }, where)
