"""A report whose tables are drawn with box characters, and whose capaian table adds
'(polaritas negatif)' to an indicator's name.

The capaian and budget rules read those tables (a wrong capaian is found); an indicator
named with its polarity in brackets in one table and without it in another is one
indicator (CAS002 and CON003 stay silent), while an indicator of the PK that no capaian
table reports is still found.
"""

from __future__ import annotations

from checker.names import without_polarity_note

_HEAD = """\
LAPORAN KINERJA INSTANSI PEMERINTAH
DINAS PERTANAHAN KOTA CONTOH TAHUN 2023

BAB II PERENCANAAN KINERJA

Tabel 2.2 Perjanjian Kinerja Tahun 2023
┌─────┬──────────────────────┬──────────────────────────────┬────────┬────────┐
│ No  │ Sasaran Strategis    │ Indikator Kinerja            │ Satuan │ Target │
╞═════╪══════════════════════╪══════════════════════════════╪════════╪════════╡
│ 1   │ Meningkatnya         │ Persentase bidang tanah      │ %      │  72,00 │
│     │ kepastian hukum      │ bersertifikat                │        │        │
├─────┼──────────────────────┼──────────────────────────────┼────────┼────────┤
│ 2   │ Menurunnya sengketa  │ Jumlah sengketa pertanahan   │ kasus  │     40 │
│     │ pertanahan           │ yang belum selesai           │        │        │
└─────┴──────────────────────┴──────────────────────────────┴────────┴────────┘

BAB III AKUNTABILITAS KINERJA

Tabel 3.1 Capaian Indikator Kinerja Tahun 2023
┌─────┬──────────────────────────────┬────────┬────────┬───────────┬─────────┐
│ No  │ Indikator Kinerja            │ Satuan │ Target │ Realisasi │ Capaian │
│     │                              │        │        │           │ (%)     │
├─────┼──────────────────────────────┼────────┼────────┼───────────┼─────────┤
│ 1   │ Persentase bidang tanah      │ %      │  72,00 │     74,16 │  {first} │
│     │ bersertifikat                │        │        │           │         │
"""

_NEGATIVE_ROW = """\
├─────┼──────────────────────────────┼────────┼────────┼───────────┼─────────┤
│ 2   │ Jumlah sengketa pertanahan   │ kasus  │     40 │        36 │  110,00 │
│     │ yang belum selesai           │        │        │           │         │
│     │ (polaritas negatif)          │        │        │           │         │
"""

_BOTTOM = """\
└─────┴──────────────────────────────┴────────┴────────┴───────────┴─────────┘
"""


def _report(first_capaian: str = "103,00", with_negative_row: bool = True) -> str:
    rows = _NEGATIVE_ROW if with_negative_row else ""
    return _HEAD.format(first=first_capaian) + rows + _BOTTOM


def test_a_polarity_bracket_does_not_part_the_pk_indicator_from_its_capaian(
        check_inline) -> None:
    assert check_inline(_report(), "CAS002", "CON003", path="laporan.txt") == []


def test_a_pk_indicator_no_capaian_table_reports_is_still_found(check_inline) -> None:
    findings = check_inline(_report(with_negative_row=False), "CAS002", path="laporan.txt")
    assert [(finding[0], finding[1]) for finding in findings] == [("CAS002", 13)], findings
    assert "Jumlah sengketa pertanahan yang belum selesai" in str(findings[0])


def test_a_wrong_capaian_in_a_box_drawn_table_is_found(check_inline) -> None:
    assert check_inline(_report(), "CAP001", path="laporan.txt") == []
    findings = check_inline(_report(first_capaian="113,00"), "CAP001", path="laporan.txt")
    assert [(finding[0], finding[1]) for finding in findings] == [("CAP001", 24)], findings
    assert "113,00" in str(findings[0])


def test_only_a_bracket_stating_polarity_leaves_the_name() -> None:
    assert without_polarity_note("Jumlah kasus (polaritas negatif)") == "Jumlah kasus"
    assert without_polarity_note("Waktu tanggap (semakin kecil semakin baik)") == "Waktu tanggap"
    assert without_polarity_note("Jumlah kasus (kasus, semakin rendah semakin baik)") == (
        "Jumlah kasus")
    # A bracket that says which indicator it is stays part of its name.
    assert without_polarity_note("Jumlah izin selesai (lebih dari 5 hari)") == (
        "Jumlah izin selesai (lebih dari 5 hari)")
    assert without_polarity_note("Indeks Kepuasan Masyarakat (IKM)") == (
        "Indeks Kepuasan Masyarakat (IKM)")
