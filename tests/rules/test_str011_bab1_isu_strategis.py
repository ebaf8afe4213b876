"""STR011: a Bab I that never speaks of strategic issues or main problems, on small
text reports of Kecamatan Sukamaju on 2024 written for the project: one whose Bab I
gives only a background and the duties, one with a part headed "Isu-isu Strategis";
and the words the regulation's idea goes by."""

from __future__ import annotations

import pytest

from rules.structure.str011_bab1_isu_strategis import _PHRASES, _mentions_issues


def test_str011_reports_a_bab1_without_strategic_issues(check_text):
    assert check_text("bab1_issues_defects.txt", "STR011") == [
        ("STR011", 5, "Bab I (baris 5-14) tidak menguraikan aspek strategis, isu strategis "
         "atau permasalahan utama organisasi."),
    ]
    assert check_text("bab1_issues_defects.txt", "STR011", lang="en")[0][2].startswith(
        "Bab I (lines 5-14) gives no strategic aspect")


def test_str011_is_silent_when_bab1_names_them(check_text):
    assert check_text("bab1_issues_clean.txt", "STR011") == []


@pytest.mark.parametrize("words", [
    "isu strategis", "isu-isu strategis", "aspek strategis organisasi",
    "permasalahan utamanya adalah", "permasalahan yang sedang dihadapi", "masalah pokok",
    "tantangan ke depan", "strategic issued",
])
def test_the_words_of_the_idea(words):
    assert _mentions_issues(words)


@pytest.mark.parametrize("words", ["strategi kebijakan", "permasalahan", "isu"])
def test_words_that_are_not_it(words):
    assert not _mentions_issues(words)


def test_each_phrase_begins_with_the_word_it_is_looked_for_by():
    # A phrase is tried only where its word stands: a phrase beginning otherwise would
    # never be found.
    for word, phrase in _PHRASES:
        assert phrase.pattern.startswith(rf"\b{word}")


@pytest.mark.parametrize("text", [
    "tugas pokok kecamatan. isu strategis yang dihadapi", "masalah masalah pokoknya",
    "kepermasalahan utama", "permasalahan utama", "sub-isu utama", "tantangan",
])
def test_a_phrase_is_found_wherever_it_stands(text):
    expected = any(phrase.search(text) for _, phrase in _PHRASES)
    assert _mentions_issues(text) is expected
