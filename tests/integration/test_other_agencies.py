"""Reports of agencies other than a kecamatan, read end to end from text.

The two fixtures (``fixtures/README.md`` lists their deliberate defects) are a Dinas of a
Kota in markdown with pipe and HTML tables, and a Badan of a Kabupaten as a PDF conversion
with tab-separated tables, running page headers and a budget table split across a page.
What ``lkjip extract`` reads of them is pinned, and ``lkjip check`` must report exactly the
deliberate defects: any other finding is a false one.
"""

from __future__ import annotations

import json
from collections import Counter
from decimal import Decimal
from pathlib import Path

import jsonschema
import pytest

import schemas
from checker.cli import main

FIXTURES = Path(__file__).resolve().parent / "fixtures"
DINAS = FIXTURES / "dinas-pendidikan-2023.md"
BADAN = FIXTURES / "badan-keuangan-2022.txt"


def _extract(path: Path, tmp_path: Path) -> dict:
    out = tmp_path / "report.json"
    assert main(["extract", str(path), "-o", str(out)]) == 0
    return json.loads(out.read_text(encoding="utf-8"))


def _findings(path: Path, capsys) -> tuple[int, list[tuple[str, int]]]:
    code = main(["check", str(path), "--format", "json"])
    payload = json.loads(capsys.readouterr().out)
    jsonschema.validate(payload, schemas.load("findings"))
    findings = payload["documents"][0]["findings"]
    return code, [(f["rule"], f["location"]["line"]) for f in findings]


def _budget(report: dict, caption_start: str) -> dict:
    return next(t for t in report["budgets"] if t["table"].startswith(caption_start))


def _levels(table: dict) -> dict[str, int]:
    return dict(Counter(item["level"] for item in table["items"]))


def _value(number: dict | None) -> Decimal | None:
    return Decimal(number["value"]) if number and "value" in number else None


def _agreements(report: dict) -> list[tuple[str, str, str, int]]:
    return [(row["sasaran"], row["indikator"], row["target"]["raw"], row["line"])
            for row in report["agreements"]]


# -- Dinas Pendidikan Kota Lembah Hijau 2023 (markdown) ------------------------------------

DINAS_PK = [
    ("Meningkatnya akses pendidikan dasar", "Angka Partisipasi Murni (APM) SD/MI", "98,50"),
    ("Meningkatnya akses pendidikan dasar", "Angka putus sekolah SD/SMP", "0,12"),
    ("Meningkatnya mutu pendidikan", "Indeks Pendidikan", "0,75"),
    ("Meningkatnya mutu pendidikan", "Persentase sekolah terakreditasi minimal B", "92"),
    ("Meningkatnya akuntabilitas kinerja perangkat daerah", "Nilai SAKIP Dinas Pendidikan",
     "72,50"),
]


def test_dinas_meta_and_outline(tmp_path):
    report = _extract(DINAS, tmp_path)
    meta = report["meta"]
    assert (meta["agency"], meta["agency_kind"], meta["region"], meta["year"]) == (
        "Dinas Pendidikan", "dinas", "Kota Lembah Hijau", 2023)
    kinds = {heading["kind"] for heading in report["outline"]}
    assert {"kata_pengantar", "daftar_isi", "ikhtisar_eksekutif", "bab_1", "bab_2", "bab_3",
            "capaian_kinerja", "realisasi_anggaran", "bab_4", "lampiran",
            "perjanjian_kinerja", "pernyataan_reviu"} <= kinds


def test_dinas_budget_tables(tmp_path):
    report = _extract(DINAS, tmp_path)
    assert [(t["kind"], t["line"], t["end_line"]) for t in report["budgets"]] == [
        ("alokasi", 87, 92), ("realisasi", 202, 225)]
    alokasi = _budget(report, "Tabel 2.1")
    assert _levels(alokasi) == {"program": 3}
    assert _value(alokasi["total"]["pagu"]) == Decimal("67690648500")
    realisasi = _budget(report, "Tabel 3.3")
    assert _levels(realisasi) == {"program": 3, "kegiatan": 6, "sub_kegiatan": 12}
    assert [item["code"] for item in realisasi["items"] if item["level"] == "program"] == [
        "1.01.01", "1.01.02", "1.01.03"]
    total = realisasi["total"]
    assert (_value(total["pagu"]), _value(total["realisasi"]), _value(total["persen"])) == (
        Decimal("67690648500"), Decimal("65555448861"), Decimal("96.85"))


def test_dinas_perjanjian_kinerja_from_html_tables(tmp_path):
    report = _extract(DINAS, tmp_path)
    rows = _agreements(report)
    # The PK of Bab II (rowspan/colspan header, "Target 2023" over "Nilai | Satuan") and
    # the same PK in Lampiran I.
    assert [row[:3] for row in rows] == DINAS_PK * 2
    assert [row[3] for row in rows] == [103, 104, 105, 106, 107, 258, 259, 260, 261, 262]
    assert [row["unit"] for row in report["agreements"][:5]] == [
        "%", "%", "indeks", "%", "nilai"]


def test_dinas_capaian_scale_and_polarity(tmp_path):
    report = _extract(DINAS, tmp_path)
    (table,) = report["achievements"]
    assert [(r["indikator"], r["polarity"], r["capaian"]["raw"], r["predikat"])
            for r in table["rows"]] == [
        ("Angka Partisipasi Murni (APM) SD/MI", "positive", "99,29", "Sangat Tinggi"),
        ("Angka putus sekolah SD/SMP", "negative", "116,67", "Sangat Tinggi"),
        ("Indeks Pendidikan", "positive", "97,33", "Sangat Tinggi"),
        ("Persentase sekolah terakreditasi minimal B", "positive", "84,78", "Tinggi"),
        ("Nilai SAKIP Dinas Pendidikan", "positive", "96,07", "Sangat Tinggi"),
    ]
    assert [b["label"] for b in report["scale"]["bands"]] == [
        "Sangat Tinggi", "Tinggi", "Sedang", "Rendah", "Sangat Rendah"]


def test_dinas_claims(tmp_path):
    report = _extract(DINAS, tmp_path)
    counts = {(c["subject"], c["value"]["raw"], c["line"])
              for c in report["claims"] if c["kind"] == "count" and c.get("words")}
    assert {("sasaran", "3", 37), ("indikator", "5", 37), ("program", "3", 41),
            ("kegiatan", "6", 41), ("sub_kegiatan", "12", 41), ("program", "3", 198),
            ("kegiatan", "6", 198), ("sub_kegiatan", "12", 198)} <= counts
    amounts = [(c["subject"], _value(c["value"])) for c in report["claims"]
               if c["kind"] == "amount" and c["line"] == 196]
    assert amounts == [("pagu", Decimal("67690648500")), ("realisasi", Decimal("65555448861")),
                       ("persen", Decimal("96.85")), ("sisa", Decimal("2135199639"))]


def test_dinas_findings_are_the_deliberate_defects(capsys):
    code, found = _findings(DINAS, capsys)
    assert found == [("CAP001", 144), ("BUD001", 212), ("BUD004", 218)]
    assert code == 1


# -- Badan Keuangan dan Aset Daerah Kabupaten Contoh 2022 (PDF conversion) -----------------

BADAN_PK = [
    ("Meningkatnya kualitas pengelolaan keuangan daerah",
     "Opini BPK atas Laporan Keuangan Pemerintah Daerah", "WTP"),
    ("Meningkatnya kualitas pengelolaan keuangan daerah",
     "Persentase ketepatan waktu penetapan APBD", "100"),
    ("Meningkatnya kualitas pengelolaan barang milik daerah",
     "Persentase aset tanah yang bersertifikat", "65"),
    ("Meningkatnya kualitas pengelolaan barang milik daerah",
     "Persentase perangkat daerah yang menyampaikan laporan barang tepat waktu", "90"),
    ("Meningkatnya akuntabilitas kinerja BKAD", "Nilai SAKIP BKAD", "70.00"),
]


def test_badan_meta_outline_and_page_headers(tmp_path):
    report = _extract(BADAN, tmp_path)
    meta = report["meta"]
    assert (meta["agency"], meta["agency_kind"], meta["region"], meta["year"]) == (
        "Badan Keuangan dan Aset Daerah", "badan", "Kabupaten Contoh", 2022)
    outline = [(h["kind"], h["line"]) for h in report["outline"] if h["kind"] != "other"]
    assert outline == [
        ("kata_pengantar", 10), ("daftar_isi", 26), ("ikhtisar_eksekutif", 39),
        ("bab_1", 47), ("bab_2", 76), ("perjanjian_kinerja", 83), ("bab_3", 99),
        ("capaian_kinerja", 102), ("realisasi_anggaran", 179), ("bab_4", 228),
        ("lampiran", 245), ("perjanjian_kinerja", 247), ("perjanjian_kinerja", 249),
        ("pernyataan_reviu", 259), ("pernyataan_reviu", 261),
    ]


def test_badan_budget_split_across_a_page(tmp_path):
    report = _extract(BADAN, tmp_path)
    assert [(t["kind"], t["line"], t["end_line"]) for t in report["budgets"]] == [
        ("realisasi", 188, 213), ("belanja", 222, 226)]
    table = _budget(report, "Tabel 3.3")
    assert _levels(table) == {"program": 3, "kegiatan": 6, "sub_kegiatan": 11}
    # The two sub kegiatan after the page header (line 202) and the repeated column
    # header (line 204) still belong to kegiatan A of program II.
    lines = [(item["level"], item["code"], item["line"]) for item in table["items"]]
    assert lines[10:16] == [
        ("program", "II", 199), ("kegiatan", "A", 200), ("sub_kegiatan", "1", 205),
        ("sub_kegiatan", "2", 206), ("kegiatan", "B", 207), ("sub_kegiatan", "1", 208)]
    total = table["total"]
    assert (_value(total["pagu"]), _value(total["realisasi"]), _value(total["persen"]),
            _value(total["sisa"])) == (Decimal("16373293768"), Decimal("15154074574"),
                                       Decimal("92.55"), Decimal("1219219194"))
    belanja = _budget(report, "Tabel 3.4")
    assert len(belanja["items"]) == 3
    assert _value(belanja["total"]["pagu"]) == Decimal("16373293768")


def test_badan_perjanjian_kinerja_and_capaian(tmp_path):
    report = _extract(BADAN, tmp_path)
    rows = _agreements(report)
    assert [row[:3] for row in rows] == BADAN_PK * 2
    assert [row[3] for row in rows] == [93, 94, 95, 96, 97, 253, 254, 255, 256, 257]
    (table,) = report["achievements"]
    assert [(r["target"]["raw"], r["realisasi"]["raw"], r["capaian"]["raw"], r["predikat"])
            for r in table["rows"]] == [
        ("WTP", "WTP", "100.00", "Sangat Baik"), ("100", "100", "100.00", "Sangat Baik"),
        ("65", "58.40", "89.85", "Baik"), ("90", "93.75", "104.17", "Sangat Baik"),
        ("70.00", "66.45", "94.93", "Sangat Baik")]
    assert [b["label"] for b in report["scale"]["bands"]] == [
        "Sangat Baik", "Baik", "Cukup", "Kurang"]


def test_badan_claims_in_both_number_styles(tmp_path):
    report = _extract(BADAN, tmp_path)
    amounts = [(c["subject"], c["value"]["raw"], _value(c["value"]), c["line"])
               for c in report["claims"] if c["kind"] == "amount"]
    assert amounts == [
        ("pagu", "Rp. 16,373,293,768,00", Decimal("16373293768.00"), 45),
        ("realisasi", "Rp. 15,154,074,574,00", Decimal("15154074574.00"), 45),
        ("persen", "92.55%", Decimal("92.55"), 45),
        ("pagu", "Rp 16,373,293,768", Decimal("16373293768"), 181),
        ("realisasi", "Rp 15,154,074,574", Decimal("15154074574"), 181),
        ("persen", "92.55%", Decimal("92.55"), 181),
        ("sisa", "Rp 1,219,219,194", Decimal("1219219194"), 181),
    ]


def test_badan_findings_are_the_deliberate_defects(capsys):
    code, found = _findings(BADAN, capsys)
    assert found == [("HYG001", 52)]
    assert code == 0  # a warning only


@pytest.mark.parametrize("path", [DINAS, BADAN], ids=["dinas", "badan"])
def test_readme_lists_every_pinned_defect(path, capsys):
    readme = (FIXTURES / "README.md").read_text(encoding="utf-8")
    section = readme.split(f"## `{path.name}`", 1)[1].split("\n## ", 1)[0]
    _, found = _findings(path, capsys)
    for rule, line in found:
        assert f"| {line} |" in section and f"| {rule} |" in section
