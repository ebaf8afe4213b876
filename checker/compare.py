"""When two figures or two names of a report are "the same": one policy for every rule.

Amounts are exact Rupiah (``Decimal``) and equal within the Rupiah tolerance. A printed
percentage is right when it equals the computed value rounded half-up *or* truncated
to the decimals the document printed (both conventions occur), within the percent
tolerance. Two names of one kind are the same item when the cascade graph would make
them one node: equal once case, accents, punctuation, numbering and the
"Program/Kegiatan/Sub Kegiatan" prefixes are folded, or nearly equal (a typo) with
the same numbers in both ("Tahun 2022" is never "Tahun 2023"): the one policy of
:mod:`checker.names`.

Rules reach these through :class:`checker.context.Context`, which passes the
configured tolerances, so no rule passes a tolerance by hand.
"""

from __future__ import annotations

from decimal import ROUND_DOWN, ROUND_HALF_UP, Decimal, localcontext

from checker import names
from checker.graph import KINDS

__all__ = ["at_precision", "percent_matches", "same_amount", "same_name"]


def same_amount(first: Decimal, second: Decimal, tolerance: Decimal) -> bool:
    """Two amounts differ by no more than ``tolerance`` Rupiah."""
    return abs(first - second) <= tolerance


def at_precision(value: Decimal, decimals: int, rounding: str = ROUND_HALF_UP) -> Decimal:
    """``value`` at ``decimals`` decimals, even when it has more digits than the
    default decimal context holds (a ratio with a tiny denominator)."""
    with localcontext() as exact:
        exact.prec = max(60, value.adjusted() + decimals + 10)
        return value.quantize(Decimal(1).scaleb(-decimals), rounding=rounding)


def percent_matches(stated: Decimal, decimals: int, computed: Decimal, tolerance: Decimal) -> bool:
    """A percentage printed with ``decimals`` decimals agrees with the computed one:
    rounded half-up or truncated, with ``tolerance`` percentage points of slack."""
    return any(
        abs(stated - at_precision(computed, decimals, rounding)) <= tolerance
        for rounding in (ROUND_HALF_UP, ROUND_DOWN)
    )


def same_name(kind: str, first: str, second: str) -> bool:
    """Two names of items of ``kind`` (``program``, ``kegiatan``, ``sub_kegiatan``,
    ``sasaran``, ``indikator``, ``tujuan``) name the same item, by the graph's rule
    (:func:`checker.names.same_name`). A blank name is the same as nothing."""
    if kind not in KINDS:
        raise ValueError(f"unknown kind {kind!r} (known: {', '.join(KINDS)})")
    return names.same_name(first, second)
