"""Shared test helpers: run rules on a TOML report written inline in a test, or on a
small text report of ``tests/rules/fixtures``."""

from __future__ import annotations

import textwrap
from collections.abc import Callable
from pathlib import Path

import pytest

from checker.config import Config
from checker.engine import check_report
from checker.plugins import load_registry
from checker.readers.structured import read_toml
from checker.result import DocumentResult
from checker.rule import Finding

REPO = Path(__file__).resolve().parents[1]
CORPUS = REPO.parent / "shared" / "corpus"

META = """\
schema_version = 1

[meta]
agency = "Kecamatan Sukamaju"
agency_kind = "kecamatan"
region = "Kabupaten Contoh"
year = 2024
"""


def flatten(findings: tuple[Finding, ...] | list[Finding], lang: str = "id") -> list[tuple]:
    """Findings as (rule, line, message) tuples, the shape tests assert on."""
    return [(f.rule, f.location.line, f.text(lang)) for f in findings]


def edited(body: str, *changes: tuple[str, str]) -> str:
    """``body`` with each ``old`` text (which must occur once) replaced by ``new``,
    keeping every line where it was so the expected line numbers stay true."""
    for old, new in changes:
        assert body.count(old) == 1, f"{old!r} does not occur exactly once"
        assert old.count("\n") == new.count("\n"), "a change must keep the line numbers"
        body = body.replace(old, new)
    return body


@pytest.fixture(scope="session")
def registry():
    return load_registry(entry_points=False)


@pytest.fixture
def check(tmp_path: Path, registry) -> Callable[..., DocumentResult]:
    """``check(body, "BUD001")``: run the named rules on META + ``body`` (TOML)."""

    def run(body: str, *codes: str, config: Config | None = None) -> DocumentResult:
        path = tmp_path / "report.toml"
        path.write_text(META + textwrap.dedent(body), encoding="utf-8")
        report = read_toml(path, path.read_bytes())
        rules = [r for r in registry.rules if not codes or r.code in codes]
        assert not codes or len(rules) == len(codes), f"unknown rule in {codes}"
        return check_report(report, rules, config or Config())

    return run


FIXTURES = REPO / "tests" / "rules" / "fixtures"


@pytest.fixture
def check_text(registry) -> Callable[..., list[tuple]]:
    """``check_text("x_defects.txt", "STR008")``: the named rules on a text fixture, as
    flattened findings (``lang="en"`` for English)."""
    from checker.extract import extract_report
    from checker.text import parse_source

    def run(name: str, *codes: str, lang: str = "id") -> list[tuple]:
        path = FIXTURES / name
        report = extract_report(parse_source(path.read_text(encoding="utf-8"), str(path)))
        rules = [r for r in registry.rules if r.code in codes]
        assert len(rules) == len(codes), f"unknown rule in {codes}"
        return flatten(check_report(report, rules, Config()).findings, lang)

    return run


@pytest.fixture
def check_inline(registry) -> Callable[..., list[tuple]]:
    """``check_inline(text, "CNT001", path="laporan.md")``: the named rules on a text
    report written in the test, as flattened findings (``lang="en"`` for English)."""
    from checker.extract import extract_report
    from checker.text import parse_source

    def run(text: str, *codes: str, path: str = "laporan.md", lang: str = "id") -> list[tuple]:
        report = extract_report(parse_source(text, path))
        rules = [r for r in registry.rules if r.code in codes]
        assert len(rules) == len(codes), f"unknown rule in {codes}"
        return flatten(check_report(report, rules, Config()).findings, lang)

    return run
