"""CAP001/CAP002 on a capaian table that prints, beside the computed capaian, the capaian
corrected by the pemda's cap ('Capaian Terkoreksi') and a 'Bobot' per indicator: the
sasaran's capaian is the weighted mean of the corrected capaian."""

from __future__ import annotations

import json
from decimal import Decimal

from checker.extract import extract_report
from checker.text import parse_source

CAPPED = """\
# BAB III AKUNTABILITAS KINERJA

Capaian di atas 120% dicatat 120,00% (capaian terkoreksi). Capaian sasaran adalah jumlah
hasil kali bobot dan capaian terkoreksi indikatornya dibagi 100.

| No | Sasaran | Indikator | Target | Realisasi | Capaian (%) | Capaian Terkoreksi (%) | Bobot |
|---|---|---|---|---|---|---|---|
| 1 | Meningkatnya produksi pangan | Produksi padi | 200 | 206 | 103,00 | 103,00 | 40% |
| 2 |  | Produksi jagung | 50 | 65 | 130,00 | {jagung} | 60% |
| 3 | Meningkatnya pelayanan dinas | Nilai SAKIP | 70 | 70 | 100,00 | 100,00 | 50% |
| 4 |  | Indeks Kepuasan Masyarakat | 80 | 84 | 105,00 | 105,00 | 50% |
Tabel 3.2 Pengukuran Kinerja Tahun 2023

| No | Sasaran | Capaian Sasaran (%) | Predikat |
|---|---|---|---|
| 1 | Meningkatnya produksi pangan | {sasaran1} | Sangat Tinggi |
| 2 | Meningkatnya pelayanan dinas | {sasaran2} | Sangat Tinggi |
Tabel 3.3 Capaian Sasaran Tahun 2023

# BAB IV PENUTUP

Demikian laporan ini disusun.
"""
# 40% x 103,00 + 60% x 120,00 = 113,20 (the plain mean of the computed capaian is 116,50);
# sasaran 2 has equal weights and nothing capped: 102,50 either way.
RIGHT = {"jagung": "120,00", "sasaran1": "113,20", "sasaran2": "102,50"}

PLAIN = """\
# BAB III AKUNTABILITAS KINERJA

| No | Sasaran | Indikator | Satuan | Target | Realisasi | Capaian (%) | Predikat |
|---|---|---|---|---|---|---|---|
| 1 | Meningkatnya produksi pangan | Produksi padi | ton | 200 | 206 | 103,00 | Sangat Tinggi |
| 2 |  | Produksi jagung | ton | 50 | 65 | 130,00 | Sangat Tinggi |
Tabel 3.2 Pengukuran Kinerja Tahun 2023

| No | Sasaran | Capaian Sasaran (%) | Predikat |
|---|---|---|---|
| 1 | Meningkatnya produksi pangan | {sasaran1} | Sangat Tinggi |
Tabel 3.3 Capaian Sasaran Tahun 2023

# BAB IV PENUTUP

Demikian laporan ini disusun.
"""


def _capped(**changes: str) -> str:
    return CAPPED.format(**{**RIGHT, **changes})


def test_corrected_and_bobot_columns_are_read_beside_the_computed_capaian():
    report = extract_report(parse_source(_capped(), "laporan.md"))
    (table,) = [t for t in report.achievements if t.rows]
    jagung = table.rows[1]
    assert (jagung.capaian.value, jagung.corrected.value, jagung.bobot.value) == (
        Decimal("130.00"), Decimal("120.00"), Decimal("60"))


def test_weighted_mean_of_the_capped_capaian_is_silent(check_inline):
    assert check_inline(_capped(), "CAP001", "CAP002") == []


def test_wrong_weighted_mean_is_still_reported(check_inline):
    found = check_inline(_capped(sasaran1="116,50"), "CAP002")
    assert [(code, message.split(" tertulis ")[1]) for code, _line, message in found] == [
        ("CAP002", "116,50, sedangkan rata-rata tertimbang (bobot) capaian 2 indikatornya "
         "113,20%."),
    ]


def test_equal_weights_nothing_capped_is_checked_too(check_inline):
    found = check_inline(_capped(sasaran2="104,00"), "CAP002")
    assert [message.split(" tertulis ")[1] for _code, _line, message in found] == [
        "104,00, sedangkan rata-rata tertimbang (bobot) capaian 2 indikatornya 102,50%.",
    ]


def test_corrected_capaian_above_the_computed_one_is_reported(check_inline):
    # A cap lowers a capaian; 135,00 raises the computed 130,00.
    found = check_inline(_capped(jagung="135,00", sasaran1="116,20"), "CAP001")
    assert [(code, message.split(" tertulis ")[1]) for code, _line, message in found] == [
        ("CAP001", "135,00, sedangkan hasil hitung 65 / 50 x 100 = 130,00%."),
    ]


def test_corrected_capaian_below_its_target_is_no_cap(check_inline):
    found = check_inline(_capped(jagung="90,00", sasaran1="95,20"), "CAP001")
    assert [message.split(" tertulis ")[1] for _code, _line, message in found] == [
        "90,00, sedangkan hasil hitung 65 / 50 x 100 = 130,00%.",
    ]


def test_plain_mean_without_bobot_or_cap_is_still_required(check_inline):
    assert check_inline(PLAIN.format(sasaran1="116,50"), "CAP002") == []
    found = check_inline(PLAIN.format(sasaran1="113,20"), "CAP002")
    assert [message.split(" tertulis ")[1] for _code, _line, message in found] == [
        "113,20, sedangkan rata-rata capaian 2 indikatornya 116,50%.",
    ]


def test_an_extracted_model_keeps_the_corrected_capaian_and_the_bobot(tmp_path, capsys):
    """``lkjip extract`` writes both, and checking the model again stays silent: without
    them the plain mean of the computed capaian would be required again."""
    from checker.cli import main

    report = tmp_path / "laporan.md"
    cover = "LAPORAN KINERJA\nDINAS PERTANIAN KABUPATEN CONTOH\nTAHUN 2023\n\n"
    report.write_text(cover + _capped(), encoding="utf-8")
    model = tmp_path / "laporan.toml"
    assert main(["extract", str(report), "-o", str(model)]) == 0
    text = model.read_text(encoding="utf-8")
    assert 'corrected = { raw = "120,00"' in text and 'bobot = { raw = "60%"' in text
    capsys.readouterr()
    main(["check", str(model), "--format", "json", "--fail-on", "never"])
    findings = json.loads(capsys.readouterr().out)["documents"][0]["findings"]
    assert [f["rule"] for f in findings if f["rule"].startswith("CAP")] == []
