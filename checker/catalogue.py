"""The rule catalogue: what ``lkjip rules`` prints, as JSON and as Markdown.

Both are written from the rules' own metadata, so the catalogue cannot drift from
the rules: ``docs/rules.md`` is ``lkjip rules --builtin --format markdown --lang en``,
and a test keeps the checked-in file current.
"""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal
from typing import Any

from checker.explain import in_force, option_text
from checker.labels import SEVERITY
from checker.options import Option, pack_table
from checker.rule import Category, Rule

__all__ = ["REGENERATE", "rule_json", "rules_markdown"]

REGENERATE = "lkjip rules --builtin --format markdown --lang en > docs/rules.md"

_WORDS = {
    "id": {"title": "Katalog aturan lkjip", "code": "Kode", "rule": "Aturan",
           "severity": "Tingkat", "regulation": "Dasar", "in_force": "Berlaku",
           "message": "Pesan", "pack": "Paket", "options": "Opsi", "lke": "Kriteria LKE",
           "example": "Contoh", "fix": "Cara memperbaiki",
           "summary": "{rules} aturan dalam {categories} kategori.",
           "generated": "Dibuat dari metadata aturan dengan `{command}`; jangan disunting "
                        "langsung."},
    "en": {"title": "The lkjip rule catalogue", "code": "Code", "rule": "Rule",
           "severity": "Severity", "regulation": "Regulation", "in_force": "In force",
           "message": "Message", "pack": "Pack", "options": "Options", "lke": "LKE criterion",
           "example": "Example", "fix": "How to fix",
           "summary": "{rules} rules in {categories} categories.",
           "generated": "Written from the rules' metadata by `{command}`; do not edit by "
                        "hand."},
}


def _plain(value: Any) -> Any:
    return f"{value:f}" if isinstance(value, Decimal) else value


def _option_json(option: Option[Any]) -> dict[str, Any]:
    return {
        "pack": option.pack,
        "name": option.name,
        "kind": option.kind.__name__.lower(),
        "default": _plain(option.default),
        "choices": [_plain(choice) for choice in option.choices],
        "minimum": _plain(option.minimum),
        "maximum": _plain(option.maximum),
        "help": dict(option.help),
    }


def rule_json(rule: Rule) -> dict[str, Any]:
    """One rule's metadata as ``lkjip rules --format json`` lists it."""
    return {
        "code": rule.code,
        "slug": rule.slug,
        "title": dict(rule.title),
        "category": rule.category.value,
        "category_label": dict(rule.category.label),
        "severity": rule.severity.label,
        "regulation": rule.regulation,
        "lke": rule.lke,
        "effective_from": rule.effective_from,
        "effective_until": rule.effective_until,
        "message": dict(rule.message),
        "rationale": dict(rule.rationale),
        "example": rule.example,
        "fix": dict(rule.fix),
        "options": [_option_json(option) for option in rule.options],
        "plugin": rule.plugin,
    }


def _cell(text: object) -> str:
    return str(text).replace("|", "\\|").replace("\n", " ") if text else "-"


def _rule_section(rule: Rule, lang: str) -> list[str]:
    words = _WORDS[lang]
    lines = [f"### {rule.code} `{rule.slug}`: {rule.title[lang]}", ""]
    rationale = rule.rationale.get(lang) or rule.rationale.get("id", "")
    if rationale:
        lines += [rationale.strip(), ""]
    lines += [
        f"- {words['severity']}: {SEVERITY[lang][rule.severity]}",
        f"- {words['regulation']}: {rule.regulation}",
        f"- {words['in_force']}: {in_force(rule, lang)}",
    ]
    if rule.lke:
        lines.append(f"- {words['lke']}: {rule.lke}")
    lines += [f"- {words['message']}: `{rule.message[lang]}`",
              f"- {words['pack']}: `{rule.plugin}`"]
    for option in rule.options:
        lines.append(f"- {words['options']} `{pack_table(option.pack)}`: "
                     f"{option_text(option, lang)}")
    if rule.example:
        lines.append(f"- {words['example']}: {rule.example}")
    fix = rule.fix.get(lang) or rule.fix.get("id")
    if fix:
        lines.append(f"- {words['fix']}: {fix}")
    return [*lines, ""]


def rules_markdown(
    rules: Sequence[Rule], categories: Sequence[Category], lang: str = "id",
    command: str = REGENERATE,
) -> str:
    """The catalogue: per category, a table of its rules, then each rule in full."""
    words = _WORDS[lang]
    used = [c for c in categories if any(r.category == c for r in rules)]
    lines = [
        f"# {words['title']}", "",
        words["generated"].format(command=command), "",
        words["summary"].format(rules=len(rules), categories=len(used)), "",
    ]
    for category in used:
        members = [r for r in rules if r.category == category]
        lines += [f"## {category.label[lang]} (`{category.value}`)", ""]
        header = (words["code"], words["rule"], words["severity"], words["regulation"],
                  words["in_force"])
        lines += ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
        lines += [
            "| " + " | ".join(_cell(c) for c in (
                r.code, r.title[lang], SEVERITY[lang][r.severity], r.regulation,
                in_force(r, lang))) + " |"
            for r in members
        ]
        lines.append("")
        for rule in members:
            lines += _rule_section(rule, lang)
    return "\n".join(lines).rstrip() + "\n"
