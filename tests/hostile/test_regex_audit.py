"""The patterns that backtracked badly on a long line, each on the line that hurt it.

Every pattern below once let two of its parts take the same run of characters (``\\s*``
beside ``\\s*`` across an optional part, a lazy class holding spaces before ``\\s*``, a
tag running to the end of the line): on a long run followed by a character that makes
the match fail, the engine tried every split, quadratic or cubic in the run. For each:

- the pathological line of 8 times the length costs at most 12 times the time (linear;
  the old pattern took thousands of times as long, or did not finish);
- the pattern reads what it read before: the same matches as the old pattern on
  ordinary lines and on short random ones (where backtracking is still cheap).
"""

from __future__ import annotations

import gc
import re
import time
from typing import Any

import pytest

from checker import numbers
from checker.extract import _budget_cells, _claims, _links, _perf_rows, _performance
from checker.text import _tables
from rules import _structure_outline

hypothesis = pytest.importorskip("hypothesis")
from hypothesis import given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

GROWTH = 8
BOUND = 12.0

# The pattern as it was, the pattern as it is, the line that hurt it (built from a run
# of ``size`` characters), and ordinary lines it must read as before.
CASES = {
    "structure-leaders": (
        r"(?:\s*\.){3,}\.*|\u2026+",
        _structure_outline._LEADERS,
        lambda size: "a" + " " * size + "b",
        ["BAB I ........ 3", "Isi . . . . 12", "akhir...", "a.b", "\u2026\u2026 5", ". .  ."],
    ),
    "token-trim": (
        r"^[(\[]|[.)\]:]+$",
        _budget_cells._TOKEN_TRIM,
        lambda size: ":" * size + "x",
        ["(a", "1.000,00.", "Jumlah:", "x)]:", "[a]", "a.b.c", "...", ":"],
    ),
    "rate-unit": (
        r"(?:(?<=[\d%\s])|^)\(?\s*(?P<unit>per\s*\d+(?:[.,]\d{3})*"
        r"(?:\s+[A-Za-z][A-Za-z./ ]*?)?)\s*\)?\s*$",
        numbers._RATE_UNIT,
        lambda size: "125 per 1000 KH" + " " * size + "5",
        ["125 per 100.000 KH", "(per 1.000 kelahiran hidup)", "3 per 1000", "12 %per 100",
         "125 ( per 1.000 KH )", "per 100.000 penduduk.", "125 per 1000 K H", "abc"],
    ),
    "number-trailer": (
        r"^\s*(?:%|persen|\(.*\)|[A-Za-z][A-Za-z./ ]*|[A-Za-z]+\s*\(.*\))?\s*$",
        numbers._TRAILER,
        lambda size: "a" + " " * size + "5",
        ["", " %", " persen", " (orang)", " orang", " kali/tahun ", " KH  .", "x (y)", " 5",
         "  ", "a  b", "Rp", " % x", "( a"],
    ),
    "name-end": (
        r"\s*(?:\(|;|\bterdiri\b|\bdengan\s+(?:anggaran|pagu|realisasi)\b|\bsebesar\b"
        r"|\bsenilai\b|\bdengan\s+capaian\b|\bmelalui\b|\bsedangkan\b|\bsehingga\b"
        r"|\bRp\.?\s*\d|\b(?:menunjang|mendukung)\b).*$",
        _links._NAME_END,
        lambda size: "Program A" + "\t" * (size // 2) + "!",  # a shorter run: the old one hung
        ["Program Penunjang (PPU) x", "Kegiatan A ; B", "Program X   sebesar Rp 5",
         "Program X dengan  anggaran 5", "Program Y", " (a", "Rp.5", "a\t\t;"],
    ),
    "sasaran-title": (
        r"\b(?i:sasaran)\s*(?:ke\s*)?(?:\d+(?:\.\d+)*)?\s*[.:]?\s*(?P<name>[A-Z][^:]{8,})",
        _performance._SASARAN_TITLE,
        lambda size: "Sasaran" + " " * size + "1",
        ["Sasaran 1: Meningkatnya kualitas", "SASARAN ke 2. Terwujudnya tata kelola",
         "sasaran 1.2 Meningkatnya layanan", "Sasaran  :  Meningkatnya mutu layanan"],
    ),
    "sasaran-heading": (
        r"^sasaran(?:\s+strategis)?\s*(?:ke\s*)?\d*(?:\.\d+)*\s*[:.\-]?\s*(?P<name>\S.*)$",
        _perf_rows._SASARAN_HEADING,
        lambda size: "Sasaran" + " " * size,
        ["Sasaran 1: Meningkatnya", "SASARAN STRATEGIS 2. Meningkatnya", "Sasaran 1",
         "Sasaran 1.", "Sasaran 1.2", "sasaran ke 3 - Naik", "Sasaran .5 x", "Sasaran"],
    ),
    "pipe-separator": (
        r"^\s*(?:[-*+]\s+)?\|?\s*:?-{2,}:?\s*(?:\|\s*:?-{2,}:?\s*)*\|?\s*$",
        _tables._PIPE_SEPARATOR,
        lambda size: "|---" + " " * size + "x",
        ["|---|---|", "| :--- | ---: |", "---|---", "- |--|--|", "  |--|  ", "|-|", "| a |"],
    ),
}
OLD_FLAGS = {"rate-unit": re.IGNORECASE, "sasaran-heading": re.IGNORECASE,
             "name-end": re.IGNORECASE}

# The structure rules' cleaning of a line, as it was: the markup pattern let each "<a" of
# a long run without ">" scan to the end of the line.
_OLD_MARKUP = re.compile(r"</?[a-zA-Z][^>]*>|\*\*|__|^\s{0,3}#{1,6}\s*|\$")
_OLD_LEADERS = re.compile(CASES["structure-leaders"][0])


def old_clean(text: str) -> str:
    text = _OLD_LEADERS.sub(" ", _OLD_MARKUP.sub(" ", text))
    return re.sub(r"\s+", " ", text.replace("\t", " ")).strip()


def _fastest(pattern: re.Pattern[str], text: str, runs: int = 9) -> float:
    best = float("inf")
    gc.disable()
    try:
        for _ in range(runs):
            start = time.perf_counter()
            for _match in pattern.finditer(text):
                pass
            best = min(best, time.perf_counter() - start)
    finally:
        gc.enable()
    return best


def _ratio(pattern: Any, small: str, large: str) -> float:
    """Time on ``large`` over time on ``small``: the best of three tries, since a busy
    machine may slow one timing (a square still gives ~64 on every try)."""
    ratio = float("inf")
    for _ in range(3):
        ratio = min(ratio, _fastest(pattern, large) / _fastest(pattern, small))
        if ratio <= BOUND:
            break
    return ratio


def _found(pattern: re.Pattern[str], text: str) -> list[tuple[int, int, dict[str, str | None]]]:
    return [(m.start(), m.end(), m.groupdict()) for m in pattern.finditer(text)]


@pytest.mark.parametrize("name", sorted(CASES))
def test_the_pathological_line_is_read_in_linear_time(name: str) -> None:
    _old, pattern, line, _ordinary = CASES[name]
    small, large = line(2_000), line(GROWTH * 2_000)
    ratio = _ratio(pattern, small, large)
    assert ratio <= BOUND, f"{name}: 8x the line took {ratio:.1f}x the time"


class _Cleaning:
    """:func:`rules._structure_outline.clean` in the shape of a pattern, to be timed."""

    @staticmethod
    def finditer(text: str) -> list[str]:
        return [_structure_outline.clean(text)]


@pytest.mark.parametrize("line", ["{}", "<b>x</b>{}", "{}x>"], ids=["tags", "after-tag", "end"])
def test_a_line_of_tags_is_cleaned_in_linear_time(line: str) -> None:
    small, large = line.format("<a" * 2_000), line.format("<a" * GROWTH * 2_000)
    cleaning: Any = _Cleaning
    ratio = _ratio(cleaning, small, large)
    assert ratio <= BOUND, f"8x the line took {ratio:.1f}x the time"


@pytest.mark.parametrize("text", [
    "<b>BAB I</b> PENDAHULUAN", "## Bab II", "**tebal** __x__ $y$", "<td class='x'>1</td>",
    "<a <b> tag dalam tag", "a > b dan <b>c", "BAB I ........ 3", "   # judul <i>miring</i>",
    "<a<a<a", "x > y <a", "<b>**</b>", "\tBab\t. . . . 4",
])
def test_ordinary_lines_are_cleaned_as_before(text: str) -> None:
    assert _structure_outline.clean(text) == old_clean(text)


@settings(max_examples=300, deadline=None, derandomize=True)
@given(text=st.text(alphabet="ab <>/#*_$. \t\u2026", max_size=30))
def test_short_random_lines_are_cleaned_as_before(text: str) -> None:
    assert _structure_outline.clean(text) == old_clean(text)


# The claims' "what may stand between a figure and the one restating it", as it was: all
# three parts take spaces, so a long run before a stray character was exponential.
_OLD_RESTATES = re.compile(
    r"^[\s,(]*(?:atau|dengan\s+persentase|yaitu|setara\s+dengan|sebesar|sekitar|\s)*[\s(]*$",
    re.IGNORECASE,
)


class _Restating:
    @staticmethod
    def finditer(text: str) -> list[bool]:
        return [_claims._restates(text)]


def test_a_long_run_between_figures_is_read_in_linear_time() -> None:
    restating: Any = _Restating
    small, large = "\t" * 2_000 + "|", "\t" * GROWTH * 2_000 + "|"
    ratio = _ratio(restating, small, large)
    assert ratio <= BOUND, f"8x the run took {ratio:.1f}x the time"


@pytest.mark.parametrize("text", [
    "", " atau ", ", (", " , yaitu sebesar ( ", "dengan  persentase", "setara dengan (",
    "atau ( yaitu", "x", " sebesar Rp", "(,", "SEKITAR\t", "atauyaitu", " ) ",
])
def test_restating_reads_as_before(text: str) -> None:
    assert _claims._restates(text) == (_OLD_RESTATES.match(text) is not None)


@settings(max_examples=300, deadline=None, derandomize=True)
@given(parts=st.lists(st.sampled_from(
    [" ", ",", "(", ")", "\t", "atau", "dengan", " persentase", "yaitu", "setara", "sebesar",
     "sekitar", "x", "Dengan Persentase"]), max_size=7))
def test_random_restating_reads_as_before(parts: list[str]) -> None:
    text = "".join(parts)
    assert _claims._restates(text) == (_OLD_RESTATES.match(text) is not None)


def test_the_old_patterns_were_not_linear() -> None:
    """The cases are the ones that hurt: the old leaders pattern on the same lines."""
    old = re.compile(CASES["structure-leaders"][0])
    line = CASES["structure-leaders"][2]
    assert _fastest(old, line(GROWTH * 300), 3) / _fastest(old, line(300), 3) > 20


@pytest.mark.parametrize("name", sorted(CASES))
def test_ordinary_lines_read_as_before(name: str) -> None:
    old_text, pattern, _line, ordinary = CASES[name]
    old = re.compile(old_text, OLD_FLAGS.get(name, 0))
    for text in ordinary:
        assert _same(name, old, pattern, text), text


def _same(name: str, old: re.Pattern[str], new: re.Pattern[str], text: str) -> bool:
    """What the callers take from a match is the same: the text with the matches
    replaced by a space and spaces collapsed (the markup cleaners), the named groups and
    the text before the match without its trailing spaces (the others)."""
    if name == "structure-leaders":
        return " ".join(old.sub(" ", text).split()) == " ".join(new.sub(" ", text).split())
    if name == "token-trim":
        return old.sub("", text) == new.sub("", text)
    before, after = old.search(text), new.search(text)
    if before is None or after is None:
        return before is after
    if name == "pipe-separator":
        return True
    return (before.groupdict() == after.groupdict()
            and text[: before.start()].rstrip() == text[: after.start()].rstrip())


@settings(max_examples=300, deadline=None, derandomize=True)
@given(name=st.sampled_from(sorted(CASES)),
       text=st.text(alphabet="Sasarnpekt 1.2:-|()<>#*_$KH\u2026", max_size=24))
def test_short_random_lines_read_as_before(name: str, text: str) -> None:
    old_text, pattern, _line, _ordinary = CASES[name]
    old = re.compile(old_text, OLD_FLAGS.get(name, 0))
    assert _same(name, old, pattern, text)
