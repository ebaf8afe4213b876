"""``lkjip explain CODE``: one rule told in full, in the reader's language.

The message is shown as a finding reads, rendered with sample values (see
:mod:`checker._samples`), never as its raw template; then how to fix what it finds.
"""

from __future__ import annotations

import string
from decimal import Decimal
from typing import Any

from checker._samples import sample_args
from checker.labels import SEVERITY
from checker.options import Option, pack_table
from checker.rule import Rule, localise

__all__ = ["example_message", "explain", "in_force", "option_text"]

_WORDS = {
    "id": {"category": "Kategori", "severity": "Tingkat", "regulation": "Dasar",
           "lke": "Kriteria LKE", "in_force": "Berlaku", "rationale": "Alasan",
           "message": "Pesan", "example": "Contoh", "pack": "Paket", "options": "Opsi",
           "outside": "laporan tahun lain tidak diperiksa dengan aturan ini",
           "default": "bawaan", "choices": "salah satu dari", "fix": "Cara memperbaiki",
           "sample": "(contoh; nilai-nilainya rekaan)"},
    "en": {"category": "Category", "severity": "Severity", "regulation": "Regulation",
           "lke": "LKE criterion", "in_force": "In force", "rationale": "Rationale",
           "message": "Message", "example": "Example", "pack": "Pack", "options": "Options",
           "outside": "reports of other years are not checked by this rule",
           "default": "default", "choices": "one of", "fix": "How to fix",
           "sample": "(an example; its values are made up)"},
}

_PERIOD = {
    "id": {"both": "laporan tahun {first} s.d. {last}",
           "from": "laporan tahun {first} dan sesudahnya",
           "until": "laporan tahun {last} dan sebelumnya",
           "always": "laporan semua tahun"},
    "en": {"both": "reports for {first} to {last}",
           "from": "reports for {first} onwards",
           "until": "reports up to {last}",
           "always": "reports of every year"},
}

_KIND = {
    "id": {bool: "true/false", int: "bilangan bulat", str: "teks", Decimal: "angka"},
    "en": {bool: "true/false", int: "whole number", str: "text", Decimal: "number"},
}


def in_force(rule: Rule, lang: str = "id") -> str:
    """The reporting years the rule applies to: ``reports for 2014 onwards``."""
    first, last = rule.effective_from, rule.effective_until
    key = ("both" if first is not None and last is not None else "from" if first is not None
           else "until" if last is not None else "always")
    return _PERIOD[lang][key].format(first=first, last=last)


def _shown(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, str):
        return f'"{value}"'
    return str(value)


def option_text(option: Option[Any], lang: str = "id") -> str:
    """``due-months (whole number, default 2, 1..12): what it does``."""
    words = _WORDS[lang]
    facts = [_KIND[lang][option.kind], f"{words['default']} {_shown(option.default)}"]
    if option.choices:
        facts.append(f"{words['choices']} " + ", ".join(_shown(c) for c in option.choices))
    if option.minimum is not None or option.maximum is not None:
        low = "" if option.minimum is None else _shown(option.minimum)
        high = "" if option.maximum is None else _shown(option.maximum)
        facts.append(f"{low}..{high}")
    return f"{option.name} ({', '.join(facts)}): {option.help[lang]}"


def example_message(rule: Rule, lang: str = "id") -> str:
    """The rule's message as a finding would read, rendered with sample values in
    ``lang`` (numbers in its notation); an argument with no sample shows ``...``."""
    names = {name for _, name, _, _ in string.Formatter().parse(rule.message[lang]) if name}
    values = sample_args(names, rule.code, rule.category.value)
    values.update(localise(values, lang))
    try:
        return rule.message[lang].format_map(values)
    except (ValueError, TypeError, AttributeError, IndexError, KeyError):
        # A pack template with a format spec a sample cannot take: show it with its
        # arguments named in words rather than fail the whole explanation.
        return string.Formatter().vformat(
            rule.message[lang].replace("{", "{{").replace("}", "}}"), (), {})


def explain(rule: Rule, lang: str = "id") -> str:
    """What the rule checks, why, on which regulation, and the message it gives."""
    words = _WORDS[lang]
    lines = [
        f"{rule.code} ({rule.slug}): {rule.title[lang]}",
        "",
        f"{words['category']}: {rule.category.label[lang]} ({rule.category.value})",
        f"{words['severity']}: {SEVERITY[lang][rule.severity]}",
        f"{words['regulation']}: {rule.regulation}",
    ]
    if rule.lke:
        lines.append(f"{words['lke']}: {rule.lke}")
    period = in_force(rule, lang)
    if rule.effective_from is not None or rule.effective_until is not None:
        period += f" ({words['outside']})"
    lines += [f"{words['in_force']}: {period}", f"{words['pack']}: {rule.plugin}", ""]
    rationale = rule.rationale.get(lang) or rule.rationale.get("id", "")
    if rationale:
        lines += [f"{words['rationale']}:", f"  {rationale}", ""]
    lines += [f"{words['message']}:", f"  {example_message(rule, lang)}",
              f"  {words['sample']}"]
    fix = rule.fix.get(lang) or rule.fix.get("id")
    if fix:
        lines += ["", f"{words['fix']}:", f"  {fix}"]
    for pack in dict.fromkeys(option.pack for option in rule.options):
        lines += ["", f"{words['options']} ({pack_table(pack)}):"]
        lines += [f"  {option_text(option, lang)}" for option in rule.options
                  if option.pack == pack]
    if rule.example:
        lines += ["", f"{words['example']}:", f"  {rule.example}"]
    return "\n".join(lines)
