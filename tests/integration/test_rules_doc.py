"""``docs/rules.md``, the rule catalogue, is written from the rules' metadata by
``lkjip rules --builtin --format markdown --lang en`` and checked in: it must be current."""

from __future__ import annotations

import pytest
from conftest import REPO

from checker import cli
from checker.catalogue import REGENERATE
from checker.plugins import load_registry

RULES_MD = REPO / "docs" / "rules.md"


def _catalogue(capsys, *argv: str) -> str:
    assert cli.main(["rules", "--format", "markdown", *argv]) == 0
    return capsys.readouterr().out


def test_docs_rules_md_is_current(capsys):
    current = _catalogue(capsys, "--builtin", "--lang", "en")
    checked_in = RULES_MD.read_text(encoding="utf-8") if RULES_MD.exists() else ""
    assert checked_in == current, (
        f"docs/rules.md does not match the rules' metadata; regenerate it with: {REGENERATE}")


def test_the_catalogue_tells_every_built_in_rule(capsys):
    registry = load_registry(entry_points=False)
    text = _catalogue(capsys, "--builtin", "--lang", "en")
    for rule in registry.rules:
        assert f"\n### {rule.code} `{rule.slug}`: {rule.title['en']}\n" in text
        assert f"| {rule.code} | " in text
    for category in {rule.category for rule in registry.rules}:
        assert f"\n## {category.label['en']} (`{category.value}`)\n" in text
    assert REGENERATE in text


def test_the_catalogue_in_indonesian(capsys):
    text = _catalogue(capsys, "--builtin")
    assert text.startswith("# Katalog aturan lkjip\n")
    assert "\n## Anggaran (`budget`)\n" in text
    assert "| BUD001 | Jumlah pagu rincian tidak sama dengan induknya | kesalahan |" in text


def test_builtin_leaves_installed_packs_out(monkeypatch, capsys):
    asked = []

    def recording(entry_points: bool = True):
        asked.append(entry_points)
        return load_registry(entry_points=False)

    monkeypatch.setattr(cli, "load_registry", recording)
    _catalogue(capsys, "--builtin")
    _catalogue(capsys)
    assert asked == [False, True]


@pytest.mark.parametrize("year", ["2014", "2030"])
def test_the_catalogue_follows_year(capsys, year):
    registry = load_registry(entry_points=False)
    text = _catalogue(capsys, "--builtin", "--year", year)
    in_force = [rule for rule in registry.rules if rule.applies_to(int(year))]
    assert f"{len(in_force)} aturan dalam" in text
