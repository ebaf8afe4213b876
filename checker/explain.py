"""``lkjip explain CODE``: one rule told in full, in the reader's language."""

from __future__ import annotations

from checker.labels import CATEGORY, SEVERITY
from checker.rule import Rule

__all__ = ["explain"]

_WORDS = {
    "id": {"category": "Kategori", "severity": "Tingkat", "regulation": "Dasar",
           "lke": "Kriteria LKE", "in_force": "Berlaku", "rationale": "Alasan",
           "message": "Pesan", "example": "Contoh", "pack": "Paket", "since": "sejak",
           "until": "sampai", "always": "semua tahun"},
    "en": {"category": "Category", "severity": "Severity", "regulation": "Regulation",
           "lke": "LKE criterion", "in_force": "In force", "rationale": "Rationale",
           "message": "Message", "example": "Example", "pack": "Pack", "since": "from",
           "until": "until", "always": "all years"},
}


def _period(rule: Rule, words: dict[str, str]) -> str:
    parts = [
        f"{words['since']} {rule.effective_from}" if rule.effective_from else "",
        f"{words['until']} {rule.effective_until}" if rule.effective_until else "",
    ]
    return " ".join(part for part in parts if part) or words["always"]


def explain(rule: Rule, lang: str = "id") -> str:
    """What the rule checks, why, on which regulation, and the message it gives."""
    words = _WORDS[lang]
    lines = [
        f"{rule.code} ({rule.slug}): {rule.title[lang]}",
        "",
        f"{words['category']}: {CATEGORY[lang][rule.category]} ({rule.category.value})",
        f"{words['severity']}: {SEVERITY[lang][rule.severity]}",
        f"{words['regulation']}: {rule.regulation}",
    ]
    if rule.lke:
        lines.append(f"{words['lke']}: {rule.lke}")
    lines += [f"{words['in_force']}: {_period(rule, words)}", f"{words['pack']}: {rule.plugin}", ""]
    rationale = rule.rationale.get(lang) or rule.rationale.get("id", "")
    if rationale:
        lines += [f"{words['rationale']}:", f"  {rationale}", ""]
    lines += [f"{words['message']}:", f"  {rule.message[lang]}"]
    if rule.example:
        lines += ["", f"{words['example']}:", f"  {rule.example}"]
    return "\n".join(lines)
