"""A tab fragment beyond the row limit is sketched, not read: the text layer finds the
same tables and names the same oversized ones as when every row is split into cells."""

from __future__ import annotations

import random
from collections.abc import Callable, Sequence

import pytest

import checker.text as text_layer
from checker.text import Limits, Source, parse_source
from checker.text import _tables as tables_module
from checker.text._tables import TabFragments, tab_fragments

HEADER = "No\tUraian\tTarget\tRealisasi"
TITLE = "LAPORAN KINERJA KECAMATAN CONTOH TAHUN 2024"


NUMBERING = "(1)\t(2)\t(3)\t(4)"
SEPARATOR = "--\t---\t--\t--"
BREAKS = ([""], ["", TITLE, ""], ["", TITLE, "", "12", ""], ["Uraian paragraf biasa."],
          ["| a | b |", "| c | d |"], [])


def _row(chance: random.Random, label: str, width: int) -> str:
    if chance.random() < 0.1:
        width += 1  # a wider row somewhere in the middle
    values = [label, chance.choice(("Persentase desa", "Jumlah", "**Program A**", ""))]
    values += [str(chance.randint(1, 120)) for _ in range(width - 2)]
    return "\t".join(values)


def _labels(chance: random.Random, count: int, number: int) -> list[str]:
    kind = chance.choice(("digits", "digits", "letters", "bold", "none", "mixed"))
    if kind == "digits":  # on from the previous block's numbering, or from 1
        first = number if chance.random() < 0.5 else 1
        return [str(n) for n in range(first, first + count)]
    if kind == "letters":
        return [chr(ord("a") + n) for n in range(count)]
    if kind == "bold":
        return [f"**{n}**" for n in range(1, count + 1)]
    if kind == "none":
        return ["" for _ in range(count)]
    return [chance.choice(("1", "2.1", "", "Jumlah", "<b>3</b>", "1000", "x\u200b"))
            for _ in range(count)]


def _document(seed: int) -> str:
    """Runs of tab rows (one- and two-row headers, separators, numbered rows of a width
    of their own, a wider row, unnumbered rows at the end) cut by blank lines, running
    titles, page numbers, prose and pipe rows."""
    chance = random.Random(seed)
    lines: list[str] = []
    number = 1
    for _ in range(chance.randint(2, 6)):
        lines += chance.choice(([], [], [HEADER], [HEADER, NUMBERING]))
        if chance.random() < 0.2:
            lines.append(SEPARATOR)
        width = chance.choice((3, 4, 5))
        labels = _labels(chance, chance.randint(2, 14), number)
        number += len(labels)
        labels += ["" for _ in range(chance.choice((0, 0, 1, 3)))]
        lines += [_row(chance, label, width) for label in labels]
        lines += chance.choice(BREAKS)
    return "\n".join(lines) + "\n"


def _every_row_read(
    lines: Sequence[str], blocked: Callable[[int], bool], row_limit: int | None = None
) -> TabFragments:
    return tab_fragments(lines, blocked)


def _parts(source: Source) -> tuple[object, ...]:
    return (source.tables, source.oversized, source.headings, tuple(source.text_lines()))


@pytest.mark.parametrize("row_limit", [3, 5, 8])
def test_sketched_fragments_give_the_same_source_as_read_ones(
    row_limit: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    limits = Limits(table_rows=row_limit)
    documents = [_document(seed) for seed in range(300)]
    sketched = [parse_source(text, "s.txt", limits) for text in documents]
    monkeypatch.setattr(text_layer, "tab_fragments", _every_row_read)
    read = [parse_source(text, "r.txt", limits) for text in documents]
    for seed, (mine, theirs) in enumerate(zip(sketched, read, strict=True)):
        assert mine.problems == theirs.problems == (), seed
        assert _parts(mine) == _parts(theirs), seed
    # The documents do reach the cases that matter: oversized tables joined across a
    # page break or a blank line from more than one fragment.
    joined = [table for source in sketched for table in source.oversized
              if any(not source.lines[n - 1].strip() for n in range(table.line, table.end_line))]
    assert len(joined) >= 20


def test_a_million_rows_are_sketched_from_a_few_cells(monkeypatch: pytest.MonkeyPatch) -> None:
    stripped: list[str] = []
    strip = tables_module.strip_markup

    def counted(raw: str, bold_open: bool = False) -> object:
        stripped.append(raw)
        return strip(raw, bold_open)

    monkeypatch.setattr(tables_module, "strip_markup", counted)
    rows = 1_000_000
    # Marked-up cells: a plain row is split without stripping markup at all, so only
    # rows with markup tell whether every row's cells are stripped.
    text = HEADER + "\n" + "1\t*Persentase x*\t100\t90\n" * rows
    source = parse_source(text, "juta.txt")
    [oversized] = source.oversized
    assert (oversized.line, oversized.end_line, oversized.rows, oversized.columns) == (
        1, rows + 1, rows + 1, 4)
    assert source.tables == ()
    # The header, four rows under it and the last numbered row: 4 cells each.
    assert len(stripped) <= 7 * 4


def test_separator_lines_are_no_rows_of_a_sketched_fragment() -> None:
    text = HEADER + "\n" + "--\t---\t--\t--\n" + "1\ta\t2\t3\n" * 4
    limits = Limits(table_rows=4)
    [oversized] = parse_source(text, "t.txt", limits).oversized
    assert (oversized.line, oversized.end_line, oversized.rows) == (1, 6, 5)
    # Five lines but four rows: within the limit, read.
    [table] = parse_source(text.replace(HEADER + "\n", ""), "t.txt", limits).tables
    assert (table.line, len(table.rows)) == (2, 4)
