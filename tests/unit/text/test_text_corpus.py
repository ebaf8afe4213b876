"""Smoke test over the real reports in ../shared/corpus (skipped when absent)."""

from __future__ import annotations

from itertools import pairwise
from pathlib import Path

import pytest

from checker.text import Source, parse_source
from checker.text._markup import strip_markup


def _corpus_dir() -> Path:
    repo = Path(__file__).resolve().parents[3]
    return (repo.parent / "shared" / "corpus").resolve()


CORPUS = _corpus_dir()
FILES = sorted(CORPUS.glob("*.txt")) if CORPUS.is_dir() else []


@pytest.fixture(params=FILES or [None], ids=lambda path: path.name if path else "absent")
def source(request: pytest.FixtureRequest) -> Source:
    if request.param is None:
        pytest.skip(f"corpus folder not found: {CORPUS}")
    path: Path = request.param
    return parse_source(path.read_text(encoding="utf-8"), str(path))


def test_parses_without_problems(source: Source) -> None:
    assert source.problems == ()
    assert source.tables and source.headings
    text = Path(source.path).read_text(encoding="utf-8")
    assert len(source.lines) == len(text.splitlines())


def test_tables_are_well_formed(source: Source) -> None:
    count = len(source.lines)
    for table in source.tables:
        assert len(table.rows) >= 2, table.line
        assert 1 <= table.line <= table.end_line <= count
        assert 0 <= table.header_rows <= len(table.rows)
        for row in table.rows:
            assert table.line <= row.line <= row.end_line <= table.end_line
            assert row.line not in source.page_header_lines
            for cell in row.cells:
                line = source.lines[cell.line - 1]
                assert cell.raw in line, (cell.line, cell.raw)
                assert cell.text == strip_markup(cell.raw).text


def test_tables_do_not_overlap_and_headings_are_outside(source: Source) -> None:
    spans = [(table.line, table.end_line) for table in source.tables]
    assert all(a_end < b_start for (_, a_end), (b_start, _) in pairwise(spans))
    for heading in source.headings:
        assert source.table_at(heading.line) is None
        assert 1 <= heading.line <= heading.end_line <= len(source.lines)
        assert heading.line not in source.page_header_lines


def test_chapters_are_found(source: Source) -> None:
    chapters = {h.number for h in source.headings if h.text.upper().startswith("BAB")}
    assert {"I", "II", "III", "IV"} <= chapters


def test_text_lines_exclude_tables_and_furniture(source: Source) -> None:
    for line, text in source.text_lines():
        assert text
        assert source.table_at(line) is None
        assert line not in source.page_header_lines
