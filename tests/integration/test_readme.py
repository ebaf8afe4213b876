"""The README's rule-pack example is real code: it loads, registers and finds."""

from __future__ import annotations

import re
import types

from conftest import REPO

from checker.config import Config
from checker.engine import check_report
from checker.plugins import load_registry
from checker.readers.structured import load_structured


def test_the_readme_rule_pack_runs():
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    code = re.search(r"```python\n# acme_rules.py\n(.*?)```", readme, re.S).group(1)
    pack = types.ModuleType("acme_rules")
    exec(compile(code, "README.md", "exec"), pack.__dict__)
    registry = load_registry(extra=[("acme", pack)], entry_points=False)
    rule = registry.rule("ACM001")
    assert rule is not None and rule.plugin == "acme"
    report = load_structured({
        "meta": {"agency": "Kecamatan Sukamaju", "year": 2024},
        "budgets": [{"table": "Tabel 3.4", "kind": "alokasi", "items": [
            {"level": "sub_kegiatan", "name": "Penyediaan Jasa Surat Menyurat"},
            {"level": "sub_kegiatan", "name": "Penyediaan Bahan Bacaan", "pagu": "1.000"},
        ]}],
    })
    found = check_report(report, [rule], Config()).findings
    assert [f.text("id") for f in found] == [
        "Sub kegiatan 'Penyediaan Jasa Surat Menyurat' tidak mencantumkan pagu."]
