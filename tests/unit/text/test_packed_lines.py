"""PackedLines: a sequence of lines stored in blocks reads back every line as given."""

from __future__ import annotations

import pytest

from checker.text import PackedLines

# Lines across several blocks, with empty lines and wide characters in one block only.
LINES = [f"baris {number}" if number % 7 else "" for number in range(2_500)]
LINES[1_500] = "capaian 100% \U0001f600 é"


def test_every_line_reads_back_by_index_and_by_iteration() -> None:
    packed = PackedLines(LINES)
    assert len(packed) == len(LINES)
    assert list(packed) == LINES
    assert [packed[number] for number in range(len(LINES))] == LINES
    assert packed[-1] == LINES[-1]


def test_a_slice_is_the_tuple_of_its_lines() -> None:
    packed = PackedLines(LINES)
    assert packed[:40] == tuple(LINES[:40])
    assert packed[1_000:2_100:3] == tuple(LINES[1_000:2_100:3])


def test_an_index_beyond_the_lines_is_refused() -> None:
    packed = PackedLines(["satu"])
    with pytest.raises(IndexError):
        packed[1]
    assert list(PackedLines([])) == []


@pytest.mark.parametrize(
    "word", ["baris 1", "9", "baris", "capaian", "é", "tidak ada", "\U0001f600"])
def test_the_lines_holding_a_word_are_those_a_test_of_each_line_finds(word: str) -> None:
    # Across block boundaries, with the word twice in a line ("baris 1" in "baris 1001")
    # and in none.
    packed = PackedLines(LINES)
    assert list(packed.lines_holding(word)) == [
        number for number, line in enumerate(LINES) if word in line]


def test_a_word_is_never_found_across_two_lines() -> None:
    packed = PackedLines(["awal kata", "akhir"])
    assert list(packed.lines_holding("kata akhir")) == []
    assert list(packed.lines_holding("kata")) == [0]
