"""Letters that a case-insensitive pattern matches as ASCII but casefold() keeps apart.

re.IGNORECASE lets a pattern's "i" match the dotless i (U+0131) and the dotted capital I
(U+0130), its "s" the long s (U+017F) and its "k" the Kelvin sign (U+212A). A word
matched that way and then looked up by its casefold() was missing from the table of
known words: a report typed with a dotless i stopped the whole check with a KeyError.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from checker.config import Config
from checker.engine import check_report, select_rules
from checker.extract import extract_report
from checker.names import fold_word
from checker.plugins import load_registry
from checker.rule import Category
from checker.text import parse_source

LIBRARY = Path(__file__).resolve().parents[1] / "library" / "consistent"
SWAPS = [("i", "\u0131"), ("I", "\u0130"), ("s", "\u017f"), ("k", "\u212a")]


@pytest.mark.parametrize(
    ("printed", "key"),
    [("\u0131nd\u0131kator", "indikator"), ("\u0130ND\u0130KATOR", "indikator"),
     ("\u017fa\u017faran", "sasaran"), ("\u212aegiatan", "kegiatan"), ("Program", "program")],
)
def test_a_matched_word_folds_to_its_ascii_key(printed, key):
    assert fold_word(printed) == key


@pytest.mark.parametrize(("letter", "swapped"), SWAPS)
def test_a_report_typed_with_these_letters_is_checked_without_a_crash(letter, swapped):
    text = (LIBRARY / "kecamatan-padang-ilalang-2023.txt").read_text(encoding="utf-8")
    report = extract_report(parse_source(text.replace(letter, swapped), "swapped.txt"))
    rules = select_rules(load_registry().rules, Config())
    result = check_report(report, rules, Config())
    broken = [f.rule for f in result.findings if f.category is Category.INTERNAL]
    assert broken == []
    assert report.meta.agency  # the report was read, not skipped
