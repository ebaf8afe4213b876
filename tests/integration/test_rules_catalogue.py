"""`lkjip rules` and `lkjip explain`: every rule listed with its regulation, and
explained in Bahasa Indonesia and in English."""

from __future__ import annotations

import json

import pytest

from checker.cli import main
from checker.explain import example_message
from checker.plugins import load_registry

RULES = load_registry(entry_points=False).rules


def test_rules_lists_every_rule_with_its_regulation(capsys):
    assert main(["rules", "--format", "json"]) == 0
    listed = json.loads(capsys.readouterr().out)
    assert [r["code"] for r in listed] == [r.code for r in RULES]
    assert all(r["regulation"].strip() for r in listed)
    assert main(["rules"]) == 0
    text = capsys.readouterr().out
    for rule in RULES:
        assert f"[{rule.regulation}]" in text


@pytest.mark.parametrize("rule", RULES, ids=lambda r: r.code)
@pytest.mark.parametrize(("lang", "words"), [
    ("id", ("Kategori:", "Tingkat:", "Dasar:", "Alasan:", "Pesan:")),
    ("en", ("Category:", "Severity:", "Regulation:", "Rationale:", "Message:")),
])
def test_explain_reads_in_each_language(rule, lang, words, capsys):
    assert main(["explain", rule.code, "--lang", lang]) == 0
    text = capsys.readouterr().out
    assert text.startswith(f"{rule.code} ({rule.slug}): {rule.title[lang]}")
    for word in words:
        assert word in text
    assert rule.rationale[lang].strip() in text
    assert example_message(rule, lang) in text  # rendered, not the raw template
