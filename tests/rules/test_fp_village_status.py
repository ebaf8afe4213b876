"""HYG001 and the kind of village paired with the desa: "Desa/Kelurahan Tangguh Bencana"
is a status villages of both kinds receive (here an indicator's short name), never the
name of another kelurahan, even in a sentence that gives the agency's own budget total.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from checker.config import Config
from checker.engine import check_report
from checker.model import BudgetTable, Meta, Number, Provenance, Report
from checker.plugins import load_registry

OWN_BUDGET = BudgetTable(
    name="Tabel 3.11", kind="realisasi", items=(),
    total_pagu=Number("7.863.670.000", Decimal("7863670000")),
    total_realisasi=Number("7.579.812.136", Decimal("7579812136")),
    total_persen=None, total_sisa=None, where=Provenance(300, 340, "Tabel 3.11"))

# The conclusion of a BPBD's report: the indicators missed, then its own budget total in
# the next sentence (after an acronym, where the sentence split does not see the end).
CONCLUSION = (
    "Pada tahun 2024 BPBD Kabupaten Contoh mencapai rata-rata capaian sasaran 99,80%, dan 3 "
    "(tiga) indikator belum mencapai target, yaitu {name}, pelaksanaan kegiatan R3P dan "
    "Nilai SAKIP. Anggaran Rp 7.863.670.000 terealisasi Rp 7.579.812.136 atau 96,39%."
)


@pytest.fixture(scope="module")
def hyg001():
    registry = load_registry(builtins=["rules.hygiene"], entry_points=False)
    return next(rule for rule in registry.rules if rule.code == "HYG001")


def _found(hyg001, line: str) -> list[tuple[int | None, str | None]]:
    meta = Meta(agency="Badan Penanggulangan Bencana Daerah", agency_kind="badan",
                region="Kabupaten Contoh", year=2024)
    report = Report(path="laporan.txt", format="text", meta=meta, text=(line,),
                    budgets=(OWN_BUDGET,))
    return [(f.location.line, f.actual) for f in check_report(report, [hyg001], Config()).findings]


@pytest.mark.parametrize("name", ["Desa/Kelurahan Tangguh Bencana",
                                  "desa / Kelurahan Tangguh Bencana"])
def test_a_status_of_villages_is_no_other_agency(hyg001, name):
    assert _found(hyg001, CONCLUSION.format(name=name)) == []


def test_a_kelurahan_named_over_the_own_budget_total_is_still_a_leftover(hyg001):
    # The same sentence naming one kelurahan (no "Desa/" before it) keeps its finding.
    assert _found(hyg001, CONCLUSION.format(name="Kelurahan Tangguh Bencana")) == [
        (1, "Kelurahan Tangguh Bencana")]
