"""The capaian formula a report states for its lower-is-better indicators.

Permenpan RB 53/2014 leaves the formula of an indicator to the agency; for an indicator
where lower is better, reports most often use (2 x target - realisasi) / target x 100,
and that is what the capaian rules recompute when the report says nothing. Some agencies
set the inverse ratio in their IKU decree and say so in Bab III ("Untuk indikator
berpolaritas negatif, yaitu waktu tanggap ..., dipakai rumus: Capaian = Target /
Realisasi x 100%"); a capaian computed that way is right, and one computed any other way
is not. The statement holds for the indicators it names, or, naming none, for every
indicator whose polarity is negative when its words speak of them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from checker.graph import normalise_name
from checker.model import AchievementRow, Polarity, Report
from rules._per_report import per_report
from rules._structure_outline import prose_lines

__all__ = ["InverseFormula", "inverse_formula"]

# "Capaian = Target / Realisasi x 100%", "rumus Target / Realisasi x 100%", "capaian
# dihitung dengan rumus (Target : Realisasi) x 100".
_INVERSE = re.compile(
    r"(?:\bcapaian(?:\s+kinerja)?(?:\s+indikator)?\s*=|\brumus(?:nya)?\s*:?)\s*\(?\s*"
    r"target\s*(?:/|:|dibagi(?:\s+dengan)?)\s*realisasi\b",
    re.IGNORECASE,
)
# A formula the clause says is not the one used ("tidak menggunakan rumus ...").
_DENIED = re.compile(r"\b(?:tidak|bukan|tanpa)\b[^.,;:]*$", re.IGNORECASE)
# Words that speak of the indicators where lower is better.
_LOWER_IS_BETTER = re.compile(
    r"\b(?:negatif|semakin\s+(?:rendah|kecil|sedikit|singkat|cepat)\s+semakin\s+baik"
    r"|makin\s+(?:rendah|kecil|sedikit|singkat|cepat)\s+makin\s+baik)\b",
    re.IGNORECASE,
)
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-Z(*])")
_LEAD_LINES = 2  # the lines before a formula that say what it is for ("Untuk indikator ...:")


@dataclass(frozen=True)
class InverseFormula:
    """Where the report states capaian = target / realisasi x 100: for the indicators
    ``names`` holds (folded), and for every lower-is-better indicator when ``negative``."""

    names: frozenset[str] = frozenset()
    negative: bool = False

    def applies(self, row: AchievementRow) -> bool:
        """Whether the report computes this row's capaian as target / realisasi x 100."""
        if self.negative and row.polarity is Polarity.NEGATIVE:
            return True
        return bool(self.names) and normalise_name(row.indikator) in self.names


@per_report
def inverse_formula(report: Report) -> InverseFormula:
    """The indicators the report states the inverse formula for (none when it states it
    nowhere, the common case: then the rules keep their own formula)."""
    indicators: set[str] | None = None  # read when a line states the formula, if ever
    names: set[str] = set()
    negative = False
    lines = [(number, text) for number, text in prose_lines(report, 1, len(report.text))
             if "\t" not in text and not text.lstrip().startswith(("|", "<"))]
    for index, (_, text) in enumerate(lines):
        sentence = _stating_sentence(text)
        if sentence is None:
            continue
        context = sentence
        if text.startswith(sentence):  # a formula set apart: the lines before say for what
            lead = [line for _, line in lines[max(0, index - _LEAD_LINES):index]]
            context = " ".join([*lead, sentence])
        if indicators is None:
            indicators = _indicators(report)
        folded = f" {normalise_name(context)} "
        named = {name for name in indicators if f" {name} " in folded}
        if named:
            names |= named
        elif _LOWER_IS_BETTER.search(context):
            negative = True
    return InverseFormula(frozenset(names), negative)


def _indicators(report: Report) -> set[str]:
    """The names of the indicators of the capaian tables, normalised."""
    indicators = {normalise_name(row.indikator) for table in report.achievements
                  for row in table.rows}
    indicators.discard("")
    return indicators


def _stating_sentence(text: str) -> str | None:
    """The sentence of the line that states capaian = target / realisasi (not denied in
    its clause), from the line's start or the previous sentence's end to its own end."""
    folded = text.casefold()
    # What every match of _INVERSE holds: "realisasi", "target", and "=" or "rumus"
    # (case folding gives each letter of "target" and "rumus" that the pattern matches).
    if "realisasi" not in folded or "target" not in folded or (
            "=" not in text and "rumus" not in folded):
        return None
    for match in _INVERSE.finditer(text):
        if _DENIED.search(text[:match.start()]):
            continue
        starts = [end.end() for end in _SENTENCE_END.finditer(text, 0, match.start())]
        end = _SENTENCE_END.search(text, match.end())
        return text[max(starts, default=0):end.start() if end else len(text)]
    return None
