"""Whether a read file is a performance report at all, before any rule runs.

A recipe or a letter read as text would otherwise get one "missing part" finding per
chapter, which tells the user nothing about the real mistake: the wrong file. A file
is taken for an LKjIP when it shows any one sign of one: a recognised heading of the
Permenpan 53/2014 outline, a table of the model (Perjanjian Kinerja, IKU, capaian,
budget), a known agency, or one of the words every such report prints. Only a file
with none of them is refused. The test is deliberately lenient: a badly converted
report must still be checked, and its findings are the useful answer.
"""

from __future__ import annotations

import re

from checker.errors import InputError
from checker.model import Report

__all__ = ["ensure_lkjip", "looks_like_lkjip"]

# Words any LKjIP prints in its title, its chapters or its tables.
_WORDS = re.compile(r"\b(kinerja|sasaran|indikator|lkjip|lakip|sakip|performance report)\b",
                    re.IGNORECASE)


def _has_tables(report: Report) -> bool:
    return bool(report.agreements or report.agreement_programs or report.iku
                or report.achievements or report.budgets or report.plan.sasaran)


def _has_headings(report: Report) -> bool:
    return any(heading.kind != "other" for heading in report.outline)


def _has_words(report: Report) -> bool:
    texts = (report.meta.title or "", *report.text)
    return any(_WORDS.search(text) for text in texts)


def looks_like_lkjip(report: Report) -> bool:
    """Whether ``report`` shows at least one sign of a performance report."""
    return (_has_headings(report) or _has_tables(report) or bool(report.meta.agency)
            or _has_words(report))


def ensure_lkjip(report: Report) -> None:
    """Refuse, in one line, a file that is no performance report at all."""
    if not looks_like_lkjip(report):
        raise InputError(
            report.path,
            "not an LKjIP: no chapter, table or wording of a performance report found",
            "bukan LKjIP: tidak ada bab, tabel atau istilah laporan kinerja")
