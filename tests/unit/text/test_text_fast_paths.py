"""The text layer's shortcuts read what the general passes read.

Each shortcut (a plain row split without stripping, a cheap test before a case-blind
search, bold counted by searches instead of character by character, a module imported
only when needed) is compared here with the general way on many generated inputs.
"""

from __future__ import annotations

import random
import subprocess
import sys
from typing import NamedTuple

import pytest

from checker.text import _pages, _tables, parse_source
from checker.text._markup import NOT_PLAIN_CHARS, is_plain, strip_markup

# Pieces that make markup, entities, zero-width and odd Unicode characters meet.
PIECES = (
    "a", "Z", "1", "9", " ", ".", ",", "-", "%", ":", "_", "*", "**", "***", "__", "&",
    "<", "<b>", "</b>", "<strong>", "</B >", "<i>", "</i>", "<br/>", "<span class='x'>",
    "</span>", "&amp;", "&#45;", "&#57344;", "&nbsp;", "\\*", "\ue000", "\ue001", "\ue002",
    "\u200b", "\u00ad", "\ufeff", "\xa0", "\u2013", "\u0131", "\u00b2", "\u2160", "Jumlah",
)
# Pieces without markup, so that many rows are plain.
PLAIN_PIECES = ("a", "Z", "1", " ", ".", ",", "-", "%", ":", "\xa0", "\u2013", "\u0131", "Jumlah")
ZERO_WIDTH = "\u200b\u200c\u200d\u2060\ufeff\u00ad"


def _texts(
    seed: int, count: int, longest: int = 14, pieces: tuple[str, ...] = PIECES
) -> list[str]:
    chance = random.Random(seed)
    return [
        "".join(chance.choice(pieces) for _ in range(chance.randrange(longest)))
        for _ in range(count)
    ]


class _Reference(NamedTuple):
    text: str
    bold: bool
    bold_open: bool


def _bold_by_character(marked: str, bold_open: bool) -> _Reference:
    """Bold read one character at a time, as the text layer first did: the oracle for
    the searches that replaced it."""
    on, off, flip = "\ue000", "\ue001", "\ue002"
    chars: list[str] = []
    state, boundary = bold_open, False
    alnum, other = [0, 0], [0, 0]
    for char in marked:
        if char in (on, off, flip):
            state = not state if char == flip else char == on
            boundary = True
            continue
        if boundary and chars and (
            (chars[-1].isdigit() and char.isalpha()) or (chars[-1].isalpha() and char.isdigit())
        ):
            chars.append(" ")
        boundary = False
        chars.append(char)
        if not char.isspace():
            counts = alnum if char.isalnum() else other
            counts[0] += 1
            counts[1] += state
    text = " ".join("".join(chars).translate(dict.fromkeys(map(ord, ZERO_WIDTH))).split())
    counts = alnum if alnum[0] else other
    return _Reference(text, counts[0] > 0 and counts[0] == counts[1], state)


@pytest.mark.parametrize("bold_open", [False, True])
def test_bold_is_read_as_character_by_character(bold_open: bool) -> None:
    from checker.text import _markup

    marked_texts = [
        _markup._mark_bold(raw) for raw in _texts(3, 4000) if not is_plain(raw)
    ]
    assert len(marked_texts) > 2000
    for marked in marked_texts:
        found = _markup._bold_text(marked, bold_open)
        assert tuple(found) == tuple(_bold_by_character(marked, bold_open)), repr(marked)


def test_plain_means_no_character_stripping_may_remove() -> None:
    for text in _texts(5, 4000):
        assert is_plain(text) == (not any(char in NOT_PLAIN_CHARS for char in text)), text
    # A plain text strips to its spaces collapsed, with the bold carried in.
    assert strip_markup("  a\u2013b \xa0 c ", True) == ("a\u2013b c", True, True)


def test_a_plain_row_is_split_as_stripping_each_cell_would() -> None:
    chance = random.Random(7)
    rows = [
        "\t".join(_texts(chance.randrange(10**6), chance.randrange(1, 7), 5, pieces))
        for pieces in (PIECES, PLAIN_PIECES) * 1500
    ]
    plain = [raw for raw in rows if is_plain(raw) and raw.strip()]
    assert len(plain) > 1000
    for number, raw in enumerate(rows, start=1):
        cells = tuple(_tables._cell(part, number) for part in raw.split("\t"))
        assert _tables._tab_row(raw, number) == _tables.make_row(cells, number), repr(raw)


@pytest.mark.parametrize(
    "text",
    [
        "LAPORAN KINERJA INSTANSI PEMERINTAH", "Laporan", "xlaporan kinerja", "_laporan",
        "1laporan", "\u2160laporan", "LKJIP 2024", "L\u212aJIP 2024", "lk\u0131p", "LK\u0130P",
        "LAK\u0131P kecamatan", "lppd", "LKPJ-2023", "pelaksanaan kegiatan", "lakukan", "",
        "\u0130laporan", "- Laporan -", "la\u0307poran",
    ],
)
def test_the_cheap_test_before_the_report_words_search_drops_no_match(text: str) -> None:
    assert _pages._names_report(text) == bool(_pages._REPORT_WORDS.search(text))


def test_the_report_words_test_on_generated_lines() -> None:
    chance = random.Random(11)
    parts = ("la", "LA", "lk", "LK", "\u212a", "poran", "POR", "AN", "ip", "IP", "\u0131",
             "\u0130", "p", "pd", "j", "J", "a", "k", " ", "_", "1", "-", "\u2160")
    for _ in range(20000):
        text = "".join(chance.choice(parts) for _ in range(chance.randrange(1, 8)))
        assert _pages._names_report(text) == bool(_pages._REPORT_WORDS.search(text)), text


def test_a_million_rows_are_sketched_from_a_few_rows(monkeypatch: pytest.MonkeyPatch) -> None:
    # Plain rows are split without stripping: count the rows split into cells instead.
    split: list[int] = []
    tab_row = _tables._tab_row

    def counted(raw: str, number: int) -> object:
        split.append(number)
        return tab_row(raw, number)

    monkeypatch.setattr(_tables, "_tab_row", counted)
    rows = 1_000_000
    source = parse_source("No\tUraian\tTarget\tRealisasi\n" + "1\tPersentase x\t100\t90\n" * rows)
    assert [(table.line, table.rows) for table in source.oversized] == [(1, rows + 1)]
    # The header, four rows under it and the last numbered row.
    assert len(split) <= 7


_MODULES = (
    "import sys; from checker.text import parse_source; parse_source(sys.argv[1]); "
    "print(sorted(name for name in ('html', 'html.parser') if name in sys.modules))"
)


@pytest.mark.parametrize(
    ("text", "imported"),
    [
        ("BAB I\nNo\tUraian\n1\tJumlah\nIndeks **tinggi**", []),
        ("Indeks &amp; nilai", ["html"]),
        ("<table><tr><td>a</td><td>1</td></tr></table>", ["html", "html.parser"]),
    ],
)
def test_html_modules_are_imported_only_for_what_needs_them(
    text: str, imported: list[str]
) -> None:
    ran = subprocess.run(
        [sys.executable, "-c", _MODULES, text], capture_output=True, text=True, check=True
    )
    assert ran.stdout.strip() == repr(imported)
