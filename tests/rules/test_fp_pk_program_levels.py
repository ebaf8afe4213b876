"""The program budget table of a Perjanjian Kinerja (BUD003, its Jumlah against its programs):

- a table that lists each program's kegiatan and sub kegiatan with their pagu under it
  (told apart by the Kepmendagri code's depth, in a 'Kode' column or leading the name, or
  by the name's first word "Kegiatan" / "Sub Kegiatan") adds up its programs only: the
  rows below a program are parts of its pagu, not more programs;
- a PK program table reprinted in the Lampiran under the same caption is a second table,
  each Jumlah adding up its own rows, not both printings together.

Each with a Jumlah that does not add up still reported.
"""

from __future__ import annotations

from checker.extract import extract_report
from checker.text import parse_source

PK = """\
# BAB II PERENCANAAN KINERJA

**Tabel 2.2 Perjanjian Kinerja Tahun 2024**

| No | Sasaran Strategis | Indikator Kinerja | Satuan | Target |
|---|---|---|:-:|--:|
| 1 | Meningkatnya kualitas kelembagaan koperasi | Persentase koperasi aktif | % | 68,00 |
| 2 | Meningkatnya daya saing usaha mikro | Persentase usaha mikro naik kelas | % | 4,50 |

"""

BY_CODE = PK + """\
**Tabel 2.3 Program, Kegiatan dan Sub Kegiatan dalam Perjanjian Kinerja Tahun 2024**

| Kode | Program/Kegiatan/Sub Kegiatan | Anggaran (Rp) | Sasaran yang Ditunjang |
|---|---|--:|---|
| 2.17.01 | Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota | 700.000.000 | Semua |
| 2.17.01.2.02 | Administrasi Keuangan Perangkat Daerah | 700.000.000 |  |
| 2.17.01.2.02.0001 | Penyediaan Gaji dan Tunjangan ASN | 700.000.000 |  |
| 2.17.08 | Program Pengembangan UMKM | 300.000.000 | Sasaran 2 |
| 2.17.08.2.01 | Pengembangan Usaha Mikro Menjadi Usaha Kecil | 300.000.000 |  |
| 2.17.08.2.01.0002 | Pengembangan Usaha Mikro | 180.000.000 |  |
| 2.17.08.2.01.0003 | Penumbuhan dan Pengembangan Kewirausahaan | 120.000.000 |  |
|  | Jumlah | 1.000.000.000 |  |
"""

BY_WORD = PK + """\
**Tabel 2.3 Program dan Kegiatan dalam Perjanjian Kinerja Tahun 2024**

| No | Program/Kegiatan/Sub Kegiatan | Anggaran (Rp) |
|---|---|--:|
| 1 | Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota | 700.000.000 |
|  | Kegiatan Administrasi Keuangan Perangkat Daerah | 700.000.000 |
|  | Sub Kegiatan Penyediaan Gaji dan Tunjangan ASN | 700.000.000 |
| 2 | Program Pengembangan UMKM | 300.000.000 |
|  | Kegiatan Pengembangan Usaha Mikro | 300.000.000 |
|  | Jumlah | 1.000.000.000 |
"""

PROGRAMS = """\
**Tabel 2.3 Program dan Anggaran Perjanjian Kinerja Tahun 2024**

| No | Program | Anggaran (Rp) | Sasaran yang Ditunjang |
|---|---|--:|---|
| 1 | Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota | 700.000.000 | Semua sasaran |
| 2 | Program Pengembangan UMKM | 300.000.000 | Sasaran 2 |
|  | **Jumlah** | **1.000.000.000** |  |
"""

REPRINTED = PK + PROGRAMS + """
# BAB III AKUNTABILITAS KINERJA

Capaian kinerja diuraikan per sasaran.

# LAMPIRAN

PERJANJIAN KINERJA TAHUN 2024

""" + PK.split("\n", 2)[2] + PROGRAMS


def _jumlah_lines(text: str) -> list[int]:
    """The 1-based lines of the table rows that print a Jumlah."""
    return [number for number, line in enumerate(text.splitlines(), 1)
            if line.startswith("|") and "Jumlah" in line]


BAB_II_TOTAL_LINE, LAMPIRAN_TOTAL_LINE = _jumlah_lines(REPRINTED)


def _bud003(check_inline, text: str) -> list[tuple[int, str]]:
    return [(line, message) for _, line, message in check_inline(text, "BUD003")]


def test_kegiatan_and_sub_kegiatan_under_a_pk_program_are_no_programs(check_inline):
    for text in (BY_CODE, BY_WORD):
        report = extract_report(parse_source(text, "laporan.md"))
        assert [p.program for p in report.agreement_programs] == [
            "Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota",
            "Program Pengembangan UMKM"]
        assert _bud003(check_inline, text) == []


def test_a_pk_jumlah_that_is_not_its_programs_sum_is_still_reported(check_inline):
    for text in (BY_CODE, BY_WORD):
        wrong = text.replace("| Jumlah | 1.000.000.000 |", "| Jumlah | 1.100.000.000 |")
        found = _bud003(check_inline, wrong)
        assert [at for at, _ in found] == _jumlah_lines(text)
        assert "2 program" in found[0][1] and "Rp 1.000.000.000" in found[0][1]


def test_a_pk_table_reprinted_under_its_caption_is_its_own_table(check_inline):
    report = extract_report(parse_source(REPRINTED, "laporan.md"))
    assert [t.where.line for t in report.agreement_totals] == [BAB_II_TOTAL_LINE,
                                                              LAMPIRAN_TOTAL_LINE]
    assert len({t.where.table for t in report.agreement_totals}) == 1  # one caption
    assert _bud003(check_inline, REPRINTED) == []


def test_a_wrong_jumlah_in_one_printing_is_reported_there_only(check_inline):
    head, tail = REPRINTED.rsplit("**1.000.000.000**", 1)
    wrong = head + "**1.200.000.000**" + tail  # the Lampiran's printing
    found = _bud003(check_inline, wrong)
    assert [at for at, _ in found] == [LAMPIRAN_TOTAL_LINE]
    assert "2 program" in found[0][1] and "Rp 1.000.000.000" in found[0][1]
