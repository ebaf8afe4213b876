"""``checker.sdk``, the one import of a pack author: what it holds, the comparisons on the
context and their tolerances, and the worked example of docs/writing-rules.md."""

from __future__ import annotations

import ast
import re
import sys
import types
from decimal import Decimal

import pytest
from conftest import REPO

import checker.sdk as sdk
from checker import compare
from checker.config import Config, Tolerances
from checker.context import Context
from checker.errors import ConfigError
from checker.graph import build_graph
from checker.model import Number
from checker.plugins import load_registry
from checker.readers.structured import load_structured

WRITING_RULES = REPO / "docs" / "writing-rules.md"


# -- the surface ------------------------------------------------------------------------------


def test_every_name_in_all_is_there_and_nothing_private_is_exported():
    assert sorted(sdk.__all__) == sorted(set(sdk.__all__))
    for name in sdk.__all__:
        assert hasattr(sdk, name), name
        assert not name.startswith("_")


def test_the_sdk_holds_what_a_pack_author_needs():
    needed = {
        # writing a rule
        "rule", "Rule", "Category", "Severity", "Violation", "Finding", "Location", "location",
        "Option", "Text",
        # what a rule reads
        "Context", "Config", "Tolerances",
        # the model
        "Report", "Meta", "Provenance", "Number", "BudgetTable", "BudgetItem", "Level",
        "AgreementRow", "AgreementProgram", "AchievementTable", "AchievementRow", "Claim",
        "Polarity", "Doubt", "Heading", "CascadeLink",
        # registering and testing
        "hookimpl", "load_report", "read_report", "run_rules", "flatten",
    }
    assert needed <= set(sdk.__all__)
    import checker.model

    assert set(checker.model.__all__) <= set(sdk.__all__), "every model type is in the sdk"


def _imported_modules(code: str) -> set[str]:
    tree = ast.parse(code)
    modules = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.module:
            modules.add(node.module)
        elif isinstance(node, ast.Import):
            modules.update(alias.name for alias in node.names)
    return modules


def test_the_readme_pack_example_imports_only_the_sdk():
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    code = re.search(r"```python\n# acme_rules.py\n(.*?)```", readme, re.S).group(1)
    lkjip_modules = {m for m in _imported_modules(code) if m.split(".")[0] in ("checker", "rules")}
    assert lkjip_modules == {"checker.sdk"}


def test_the_example_pack_imports_only_the_sdk():
    code = (REPO / "examples" / "rule-pack" / "lkjip_timeliness.py").read_text(encoding="utf-8")
    lkjip_modules = {m for m in _imported_modules(code) if m.split(".")[0] in ("checker", "rules")}
    assert lkjip_modules == {"checker.sdk"}


# -- the comparisons on the context -------------------------------------------------------------


def _context(**tolerances: str) -> Context:
    report = load_structured({
        "meta": {"agency": "Kecamatan Sukamaju", "year": 2024},
        "budgets": [{"table": "Tabel 3.4", "kind": "realisasi", "items": [
            {"level": "program", "name": "Program Penunjang Urusan Pemerintahan Daerah "
                                         "Kabupaten/Kota", "pagu": "1.000"},
            {"level": "program", "name": "PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH "
                                         "KABUPATEN / KOTA", "pagu": "1.000"},
        ]}],
    })
    config = Config(tolerances=Tolerances(**{k: Decimal(v) for k, v in tolerances.items()}))
    return Context(report=report, graph=build_graph(report), config=config)


def test_same_amount_uses_the_configured_rupiah_tolerance():
    exact, loose = _context(), _context(rupiah="1")
    assert exact.same_amount(Decimal("81154008"), Decimal("81154008"))
    assert not exact.same_amount(Decimal("81154008"), Decimal("81154007"))
    assert loose.same_amount(Decimal("81154008"), Decimal("81154007"))
    assert not loose.same_amount(Decimal("81154008"), Decimal("81154006"))


@pytest.mark.parametrize(("raw", "value", "mismatch"), [
    ("77,27", "77.27", False),   # 77.265... rounded half-up
    ("77,26", "77.26", False),   # truncated: the other convention that occurs
    ("77,3", "77.3", False),     # at the precision printed
    ("77,28", "77.28", True),
    ("78", "78", True),
])
def test_percent_mismatch_compares_at_the_printed_precision(raw, value, mismatch):
    computed = Decimal("77.2651")
    assert _context().percent_mismatch(Number(raw, Decimal(value)), computed) is mismatch


def test_percent_mismatch_uses_the_configured_percent_tolerance():
    stated = Number("77,28", Decimal("77.28"))
    assert _context().percent_mismatch(stated, Decimal("77.2651"))
    assert not _context(percent="0.01").percent_mismatch(stated, Decimal("77.2651"))


def test_an_unreadable_percentage_is_no_mismatch():
    assert not _context().percent_mismatch(Number("#DIV/0!", None), Decimal("50"))


def test_same_name_follows_the_graph():
    context = _context()
    long = "Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota"
    # Both spellings are one node of the report's graph.
    assert context.same_name("program", long,
                             "PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH KABUPATEN / KOTA")
    # Names the graph does not hold are matched by the graph's rule.
    assert context.same_name("kegiatan", "1.01 Administrasi Keuangan Perangkat Daerah",
                             "Kegiatan: Administrasi Keuangan Perangkat  Daerah")
    assert context.same_name("kegiatan", "Administrasi Keuangan Perangkat Daerah",
                             "Administrasi Keuangn Perangkat Daerah")  # a typo
    assert not context.same_name("kegiatan", "Administrasi Keuangan Perangkat Daerah",
                                 "Administrasi Kepegawaian Perangkat Daerah")
    assert not context.same_name("sasaran", "Capaian Tahun 2022", "Capaian Tahun 2023")
    assert not context.same_name("program", "", "")


def test_same_name_refuses_an_unknown_kind():
    with pytest.raises(ValueError, match="unknown kind 'programme'"):
        compare.same_name("programme", "a", "b")


# -- the worked example of docs/writing-rules.md -----------------------------------------------


def _block(name: str) -> str:
    text = WRITING_RULES.read_text(encoding="utf-8")
    match = re.search(rf"```python\n# {re.escape(name)}\n(.*?)```", text, re.S)
    assert match, f"docs/writing-rules.md has no python block starting '# {name}'"
    return match.group(1)


def test_the_worked_example_runs_and_its_tests_pass(monkeypatch):
    rules_code, test_code = _block("lhj_rules.py"), _block("test_lhj_rules.py")
    assert {m for m in _imported_modules(rules_code) if m.startswith("checker")} == {"checker.sdk"}
    pack = types.ModuleType("lhj_rules")
    exec(compile(rules_code, "docs/writing-rules.md", "exec"), pack.__dict__)
    monkeypatch.setitem(sys.modules, "lhj_rules", pack)
    tests: dict = {}
    exec(compile(test_code, "docs/writing-rules.md", "exec"), tests)
    names = [name for name in tests if name.startswith("test_")]
    assert len(names) == 3
    for name in names:
        tests[name]()
    # And it registers like any pack.
    rule = load_registry(extra=[("lembah-hijau", pack)], entry_points=False).rule("LHJ001")
    assert rule is not None and rule.plugin == "lembah-hijau" and rule.effective_from == 2023


def test_run_rules_checks_pack_options_against_the_rules():
    with pytest.raises(ConfigError, match=r"\[tool.lkjip.rules.nothing\]"):
        sdk.run_rules(_context().report, config=Config(pack_options={"nothing": {"x": 1}}))
