"""``lkjip explain``: an example finding rendered in the reader's language, never a raw
template, and how to fix the defect, for every built-in rule."""

from __future__ import annotations

import re
from collections.abc import Iterator

import pytest

from checker.cli import main
from checker.explain import example_message, explain
from checker.plugins import load_registry
from checker.rule import Category, Rule, Severity, Violation, rule

BUILTIN = sorted((r for r in load_registry(entry_points=False).rules
                  if r.plugin.startswith("rules.")), key=lambda r: r.code)
# A replacement field left in the text: '{field}', '{raw!r}', '{value:>5}'.
_PLACEHOLDER = re.compile(r"\{[A-Za-z_][A-Za-z0-9_]*(?:![rsa])?(?::[^{}]*)?\}")


def test_the_builtin_rules_are_all_there():
    assert len(BUILTIN) >= 56


@pytest.mark.parametrize("checked", BUILTIN, ids=lambda r: r.code)
def test_every_builtin_rule_says_how_to_fix_it_in_both_languages(checked):
    for lang in ("id", "en"):
        fix = checked.fix.get(lang, "")
        assert fix.strip(), f"{checked.code} has no fix in {lang}"
        assert len(fix) <= 300, f"{checked.code}: keep the fix short"
        assert not _PLACEHOLDER.search(fix)
    assert checked.fix["id"] != checked.fix["en"]


@pytest.mark.parametrize("lang", ["id", "en"])
@pytest.mark.parametrize("checked", BUILTIN, ids=lambda r: r.code)
def test_explain_renders_the_message_and_the_fix(checked, lang):
    text = explain(checked, lang)
    assert not _PLACEHOLDER.search(text), _PLACEHOLDER.search(text)
    assert checked.message[lang] not in text or "{" not in checked.message[lang]
    assert example_message(checked, lang) in text
    assert checked.fix[lang] in text
    assert ("Cara memperbaiki:" if lang == "id" else "How to fix:") in text


def test_example_numbers_are_written_as_the_language_writes_them():
    bud001 = next(r for r in BUILTIN if r.code == "BUD001")
    assert "Rp 81.154.008" in example_message(bud001, "id")
    assert "Rp 81,154,008" in example_message(bud001, "en")
    bud004 = next(r for r in BUILTIN if r.code == "BUD004")
    assert "95,00%" in example_message(bud004, "id")
    assert "95.00%" in example_message(bud004, "en")


def test_explain_on_the_command_line(capsys):
    assert main(["explain", "CAP001", "--lang", "en"]) == 0
    out = capsys.readouterr().out
    assert "Message:\n  Capaian of indikator '" in out
    assert "How to fix:\n  Recompute the capaian" in out
    assert "{" not in out


def _nothing(context: object) -> Iterator[Violation]:
    return iter(())


def test_a_pack_rule_without_a_fix_or_with_an_unknown_argument():
    def ACM900(context: object) -> Iterator[Violation]:
        return _nothing(context)

    made = rule(
        code="ACM900", slug="acme-sample", title={"id": "Contoh", "en": "Sample"},
        category=Category.HYGIENE, severity=Severity.INFO, regulation="Perbup 1/2024",
        message={"id": "Nilai {quux} di {table}.", "en": "Value {quux} in {table}."},
    )(ACM900)
    assert isinstance(made, Rule) and made.fix == {}
    text = explain(made, "en")
    assert "Value ... in Tabel 3.3." in text
    assert "How to fix" not in text
    assert not _PLACEHOLDER.search(text)


def test_the_fix_argument_of_the_decorator_is_kept():
    def ACM901(context: object) -> Iterator[Violation]:
        return _nothing(context)

    made = rule(
        code="ACM901", slug="acme-fixed", title={"id": "Contoh", "en": "Sample"},
        category=Category.HYGIENE, severity=Severity.INFO, regulation="Perbup 1/2024",
        message={"id": "Pesan.", "en": "Message."},
        fix={"id": "Perbaiki tabelnya.", "en": "Correct the table."},
    )(ACM901)
    assert made.fix == {"id": "Perbaiki tabelnya.", "en": "Correct the table."}
    assert "Cara memperbaiki:\n  Perbaiki tabelnya." in explain(made, "id")
