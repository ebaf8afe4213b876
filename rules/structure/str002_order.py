"""STR002: the parts in the regulation's order."""

from __future__ import annotations

from collections.abc import Iterator

from checker.context import Context
from checker.rule import Category, Severity, Violation, rule
from rules._structure_outline import PART_NAMES, main_span
from rules.structure._parts import CONTENT, ORDERED, at

__all__ = ["STR002"]


def _longest_in_order(positions: list[int]) -> set[int]:
    """Indexes of the longest subsequence of ``positions`` that increases (the parts
    that are in order); the others are the ones out of place."""
    best: list[list[int]] = []
    for index, position in enumerate(positions):
        chain = max((c for c in best if positions[c[-1]] < position), key=len, default=[])
        best.append([*chain, index])
    return set(max(best, key=len, default=[]))


@rule(
    code="STR002",
    slug="structure-order",
    fix={
        "id": "Susun bagian laporan sesuai urutan sistematika LKjIP.",
        "en": "Put the parts in the order of the LKjIP outline.",
    },
    title={"id": "Urutan bagian laporan tidak sesuai", "en": "Parts of the report out of order"},
    category=Category.STRUCTURE,
    severity=Severity.WARNING,
    regulation=CONTENT,
    message={
        "id": "{part} (baris {line}) tidak pada urutannya: {expected}.",
        "en": "{part} (line {line}) is out of order: {expected}.",
    },
    rationale={
        "id": "Pembaca dan penilai laporan mencari bagian-bagian laporan pada urutan yang "
        "ditetapkan: Ikhtisar Eksekutif, Bab I sampai Bab IV, kemudian Lampiran.",
        "en": "Readers and evaluators look for the parts in the prescribed order: Ikhtisar "
        "Eksekutif, Bab I to Bab IV, then the Lampiran.",
    },
)
def STR002(context: Context) -> Iterator[Violation]:
    """The Laporan Kinerja presents Ikhtisar Eksekutif, Bab I, Bab II, Bab III, Bab IV and
    the Lampiran in that order. The parts that break the order are those outside the
    longest run of parts that are in order."""
    report = context.report
    found = [(kind, span) for kind in ORDERED if (span := main_span(report, kind)) is not None]
    keep = _longest_in_order([span.start for _, span in found])
    for index, (kind, span) in enumerate(found):
        if index in keep:
            continue
        previous = next((found[i] for i in sorted(keep, reverse=True) if i < index), None)
        following = next((found[i] for i in sorted(keep) if i > index), None)
        parts_id, parts_en = [], []
        if previous is not None:
            parts_id.append(f"seharusnya sesudah {PART_NAMES[previous[0]]} "
                            f"(baris {previous[1].start})")
            parts_en.append(f"it belongs after {PART_NAMES[previous[0]]} "
                            f"(line {previous[1].start})")
        if following is not None:
            parts_id.append(f"sebelum {PART_NAMES[following[0]]} (baris {following[1].start})")
            parts_en.append(f"before {PART_NAMES[following[0]]} (line {following[1].start})")
        if not parts_id:
            continue
        joined = {"id": " dan ".join(parts_id), "en": " and ".join(parts_en)}
        if previous is None:
            joined = {"id": "seharusnya " + joined["id"], "en": "it belongs " + joined["en"]}
        yield Violation(at(span.start), {"part": PART_NAMES[kind], "line": span.start,
                                             "expected": joined})
