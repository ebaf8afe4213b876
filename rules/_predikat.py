"""Shared helpers of the capaian, cascade and consistency packs (percentages are
compared by :mod:`rules._figures`, like every pack compares them).

* the Permendagri 86/2017 scale (skala nilai capaian), used when a report prints
  no scale of its own, which labels a scale can judge, and how a scale is named in a
  message;
* telling a blank cell (``""``, ``"-"``, ``"N/A"``) from a value.
"""

from __future__ import annotations

from decimal import Decimal

from checker.model import Number, Provenance, Report, Scale, ScaleBand

__all__ = [
    "PERMENDAGRI_86_2017",
    "grades",
    "is_blank",
    "same_label",
    "scale_name",
    "scale_of",
]

# Skala nilai peringkat kinerja, Permendagri 86/2017: the bands are inclusive
# integers; Scale.label_for gives a capaian between two bands (90,5) the lower one.
PERMENDAGRI_86_2017 = Scale(
    bands=(
        ScaleBand("Sangat Tinggi", Decimal(91), None),
        ScaleBand("Tinggi", Decimal(76), Decimal(90)),
        ScaleBand("Sedang", Decimal(66), Decimal(75)),
        ScaleBand("Rendah", Decimal(51), Decimal(65)),
        ScaleBand("Sangat Rendah", None, Decimal(50)),
    ),
    source="Permendagri 86/2017",
    where=Provenance(),
)

# What a cell holds when it holds nothing: no target, no realisasi.
_BLANKS = frozenset({"", "-", "\u2013", "\u2014", "n/a", "na", "n.a", "n.a."})


def scale_of(report: Report) -> Scale:
    """The scale a predikat must follow: the report's own, else Permendagri 86/2017."""
    return report.scale if report.scale is not None else PERMENDAGRI_86_2017


def grades(scale: Scale, label: str) -> bool:
    """Whether ``scale`` can judge the predikat ``label``. The report's own scale judges
    every label (one it does not print is wrong). Permendagri 86/2017's, taken only for
    want of a printed scale, judges its own labels: a report that grades in other words
    ('Sangat Baik', 'Cukup') follows a scale of its own that was not read, and judging
    its labels by Permendagri's would report each of its indicators for one unread
    sentence."""
    if scale.source == "report":
        return True
    return any(same_label(label, band.label) for band in scale.bands)


def scale_name(scale: Scale) -> str:
    """How a message names the scale; the same words serve both languages."""
    if scale.source != "report":
        return scale.source
    return f"LKjIP ({scale.where.table})" if scale.where.table else "LKjIP"


def same_label(first: str, second: str) -> bool:
    """Predikat labels compared case- and whitespace-insensitively."""
    return " ".join(first.split()).casefold() == " ".join(second.split()).casefold()


def is_blank(figure: Number | None) -> bool:
    """No figure at all, or a cell that says there is none (``-``, ``N/A``)."""
    return figure is None or figure.raw.strip().casefold() in _BLANKS
