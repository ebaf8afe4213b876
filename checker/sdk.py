"""The one import a rule pack needs: ``from checker.sdk import ...``.

What is here, and nothing else, is the interface lkjip keeps for pack authors:

- writing a rule: :func:`rule` (code, slug, title, :class:`Category`,
  :class:`Severity`, regulation, message, rationale, ``effective_from`` and
  ``effective_until``, ``options``), the :class:`Violation` it yields, the
  :class:`Location` it points at (:func:`location` makes one from a model
  :class:`Provenance`), and the :class:`Rule` it becomes;
- what a rule reads: the :class:`Context` (``report``, ``graph``, ``config``) with the
  comparisons every rule makes alike, under the configured tolerances
  (``context.same_amount(a, b)``, ``context.percent_mismatch(stated, computed)``,
  ``context.same_name(kind, a, b)``) and the pack's own options
  (``context.option(OPTION)``, each declared as an :class:`Option`);
- the report model: :class:`Report` and its parts (:class:`BudgetTable`,
  :class:`BudgetItem`, :class:`Number`, ...);
- registering: the ``hookimpl`` marker for the pack's ``lkjip_rules`` hook;
- testing: :func:`load_report` (a structured report written as a mapping),
  :func:`read_report` (a report file), :func:`run_rules` (rules run as ``lkjip check``
  runs them, giving the :class:`Finding` objects) and :func:`flatten` (findings as
  ``(rule, line, message)`` tuples, the shape tests assert).

``docs/writing-rules.md`` walks from a regulation's sentence to a tested rule with it.
"""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path
from typing import Any

from checker.config import Config, Tolerances
from checker.context import Context, location
from checker.engine import check_report
from checker.hookspecs import hookimpl
from checker.model import (
    AchievementRow,
    AchievementSummary,
    AchievementTable,
    AgreementProgram,
    AgreementRow,
    AgreementTotal,
    BudgetItem,
    BudgetTable,
    CascadeLink,
    Claim,
    Doubt,
    EarlierYear,
    Heading,
    IkuRow,
    Indikator,
    Level,
    LevelTarget,
    LinkSource,
    Meta,
    Number,
    Place,
    Plan,
    Polarity,
    Provenance,
    Report,
    Sasaran,
    Scale,
    ScaleBand,
    TableCaption,
    TargetTable,
    Tujuan,
)
from checker.options import Option, check_pack_options
from checker.plugins import load_registry
from checker.readers.structured import load_structured
from checker.rule import Category, Finding, Location, Rule, Severity, Text, Violation, rule

__all__ = [
    "AchievementRow",
    "AchievementSummary",
    "AchievementTable",
    "AgreementProgram",
    "AgreementRow",
    "AgreementTotal",
    "BudgetItem",
    "BudgetTable",
    "CascadeLink",
    "Category",
    "Claim",
    "Config",
    "Context",
    "Doubt",
    "EarlierYear",
    "Finding",
    "Heading",
    "IkuRow",
    "Indikator",
    "Level",
    "LevelTarget",
    "LinkSource",
    "Location",
    "Meta",
    "Number",
    "Option",
    "Place",
    "Plan",
    "Polarity",
    "Provenance",
    "Report",
    "Rule",
    "Sasaran",
    "Scale",
    "ScaleBand",
    "Severity",
    "TableCaption",
    "TargetTable",
    "Text",
    "Tolerances",
    "Tujuan",
    "Violation",
    "flatten",
    "hookimpl",
    "load_report",
    "location",
    "read_report",
    "rule",
    "run_rules",
]


def load_report(document: Mapping[str, Any]) -> Report:
    """A report from a structured-report mapping (``schemas/report.schema.json``),
    as a test writes one inline: ``load_report({"meta": {"year": 2024}, ...})``."""
    return load_structured(dict(document))


def read_report(path: str | Path) -> Report:
    """A report file (``.toml``, ``.json``, ``.txt``, ``.md``) read as ``lkjip check``
    reads it, with lkjip's own readers."""
    return load_registry(entry_points=False).read(Path(path))


def run_rules(report: Report, *rules: Rule, config: Config | None = None) -> tuple[Finding, ...]:
    """Run ``rules`` on ``report`` as ``lkjip check`` does: each in its own guard (a rule
    that raises gives one ``internal`` finding), knock-on findings folded, in report
    order. ``config`` sets tolerances and pack options (``Config(pack_options={"acme":
    {"min-words": 3}})``); its pack options are checked against the rules' as the
    command line checks them."""
    config = config or Config()
    check_pack_options(config.pack_options,
                       [option for r in rules for option in r.options], config.path)
    return check_report(report, rules, config).findings


def flatten(findings: tuple[Finding, ...] | list[Finding],
            lang: str = "id") -> list[tuple[str, int | None, str]]:
    """Findings as ``(rule, line, message)`` tuples in ``lang``."""
    return [(f.rule, f.location.line, f.text(lang)) for f in findings]
