"""What extract writes, check accepts: a capaian table of sasaran summaries only, and a
budget table whose rows could not be read, keep their required (empty) lists."""

from __future__ import annotations

import json
from decimal import Decimal
from pathlib import Path

from checker.model import (
    AchievementSummary,
    AchievementTable,
    BudgetTable,
    Meta,
    Number,
    Provenance,
    Report,
)
from checker.readers.structured import read_json
from checker.serialize import to_json_text


def test_empty_rows_and_items_round_trip(tmp_path: Path) -> None:
    summary = AchievementSummary("Sasaran 1", Number("98,00", Decimal("98.00")), None,
                                 Provenance(line=3))
    report = Report(
        path=str(tmp_path / "laporan.txt"), format="text",
        meta=Meta(agency="Kecamatan Sukamaju", year=2024),
        achievements=(AchievementTable("Tabel 3.1", (), (summary,), Provenance(line=2)),),
        budgets=(BudgetTable("Tabel 3.5", "realisasi", (), None, None, None, None,
                             Provenance(), Provenance(line=9)),),
    )
    data = json.loads(to_json_text(report, "laporan.txt"))
    assert data["achievements"][0]["rows"] == []
    assert data["budgets"][0]["items"] == []
    model = tmp_path / "model.json"
    model.write_text(json.dumps(data), encoding="utf-8")
    again = read_json(model, model.read_bytes())
    assert again.achievements[0].rows == ()
    assert again.budgets[0].items == ()
