"""CON010: a program, kegiatan or sub kegiatan written differently from its budget row,
on small TOML reports of Kecamatan Sukamaju on 2024 written for the project: one that
holds each defect once (a word changed in a link table, a kegiatan shortened in the
other budget table, a sub kegiatan shortened in a per-sasaran table) and one that holds
only what the rule must leave alone (case, punctuation and spacing, a narrative name run
on into its sentence, two kegiatan that share words, an item the budget lacks).

Line numbers count the 7-line META prefix of conftest: a body's first line is line 8.
"""

from __future__ import annotations

from conftest import flatten

BUDGET = """\
[[budgets]]
table = "Tabel 3.5 Realisasi Anggaran"
kind = "realisasi"

[[budgets.items]]
level = "program"
name = "Program Pembinaan dan Pengawasan Pemerintahan Desa"

[[budgets.items]]
level = "kegiatan"
name = "Perencanaan, Penganggaran, dan Evaluasi Kinerja Perangkat Daerah"

[[budgets.items]]
level = "kegiatan"
name = "Administrasi Keuangan Perangkat Daerah"

[[budgets.items]]
level = "sub_kegiatan"
name = "Fasilitasi Penyusunan Program dan Pelaksanaan Pemberdayaan Masyarakat Desa"

[[budgets]]
table = "Tabel 2.3 Alokasi Anggaran"
kind = "alokasi"

[[budgets.items]]
level = "program"
name = "PROGRAM PEMBINAAN DAN PENGAWASAN PEMERINTAHAN DESA"

[[budgets.items]]
level = "kegiatan"
name = "{perencanaan}"

[[budgets.items]]
level = "kegiatan"
name = "Administrasi Keuangan Perangkat Daerah"

[[budgets]]
table = "Tabel 3.6 Program dan Kegiatan Pendukung Sasaran 2"
kind = "realisasi"
sasaran = "2"

[[budgets.items]]
level = "sub_kegiatan"
name = "{fasilitasi}"

[[links]]
sasaran = "2"
level = "program"
name = "{program}"
source = "link_table"
table = "Tabel 2.2 Matriks Renstra"

[[links]]
sasaran = "2"
level = "program"
name = "Pembinaan dan Pengawasan Pemerintahan Desa, seluruh kegiatannya terlaksana"
source = "narrative"
"""

DEFECTS = BUDGET.format(
    perencanaan="Perencanaan dan Evaluasi Kinerja Perangkat Daerah",
    fasilitasi="Fasilitasi Penyusunan Program Pemberdayaan Masyarakat Desa",
    program="Program Pembinaan dan Pengawasan Pemerintah Desa",
)
CLEAN = BUDGET.format(
    perencanaan="KEGIATAN PERENCANAAN, PENGANGGARAN DAN EVALUASI KINERJA PERANGKAT DAERAH",
    fasilitasi="1.1 Fasilitasi Penyusunan Program dan Pelaksanaan Pemberdayaan Masyarakat "
    "Desa",
    program="Program Pembinaan dan  Pengawasan Pemerintahan Desa.",
)


def test_con010_reports_each_item_written_differently(check):
    result = check(DEFECTS, "CON010")
    assert flatten(result.findings) == [
        ("CON010", 36, "Kegiatan 'Perencanaan, Penganggaran, dan Evaluasi Kinerja Perangkat "
         "Daerah' (tabel anggaran (Tabel 3.5 Realisasi Anggaran) baris 16) dan 'Perencanaan "
         "dan Evaluasi Kinerja Perangkat Daerah' (tabel anggaran (Tabel 2.3 Alokasi Anggaran) "
         "baris 36) ditulis berbeda: yang kedua adalah yang pertama dengan kata yang "
         "dihilangkan atau dipotong."),
        ("CON010", 49, "Sub kegiatan 'Fasilitasi Penyusunan Program dan Pelaksanaan "
         "Pemberdayaan Masyarakat Desa' (tabel anggaran (Tabel 3.5 Realisasi Anggaran) baris "
         "24) dan 'Fasilitasi Penyusunan Program Pemberdayaan Masyarakat Desa' (tabel "
         "pendukung sasaran (Tabel 3.6 Program dan Kegiatan Pendukung Sasaran 2) baris 49) "
         "ditulis berbeda: yang kedua adalah yang pertama dengan kata yang dihilangkan atau "
         "dipotong."),
        ("CON010", 53, "Program 'Program Pembinaan dan Pengawasan Pemerintahan Desa' (tabel "
         "anggaran (Tabel 3.5 Realisasi Anggaran) baris 12, tabel anggaran (Tabel 2.3 Alokasi "
         "Anggaran) baris 32) dan 'Program Pembinaan dan Pengawasan Pemerintah Desa' (tabel "
         "keterkaitan (Tabel 2.2 Matriks Renstra) baris 53) ditulis berbeda padahal satu item "
         "yang sama."),
    ]
    assert [(f.expected, f.actual) for f in result.findings][2] == (
        "Program Pembinaan dan Pengawasan Pemerintahan Desa",
        "Program Pembinaan dan Pengawasan Pemerintah Desa")
    assert result.findings[2].location.table == "Tabel 2.2 Matriks Renstra"
    assert flatten(result.findings, "en")[2][2].endswith(
        "(link table (Tabel 2.2 Matriks Renstra) line 53) are written differently though "
        "they are one item.")


def test_con010_is_not_double_reported_as_a_missing_item(check):
    """CAS004 and CAS005 take a shortened row as present: its spelling is CON010's."""
    assert flatten(check(DEFECTS, "CAS004", "CAS005").findings) == []


def test_con010_leaves_case_punctuation_and_run_on_narrative_alone(check):
    assert flatten(check(CLEAN, "CON010").findings) == []


def test_con010_leaves_an_item_the_budget_lacks_to_cas005(check):
    body = CLEAN.replace('name = "Program Pembinaan dan  Pengawasan Pemerintahan Desa."',
                         'name = "Program Penataan Desa Wisata Terpadu"')
    assert flatten(check(body, "CON010").findings) == []
    assert [f.rule for f in check(body, "CAS005").findings] == ["CAS005"]


def test_con010_leaves_a_narrative_name_cut_by_a_line_break_alone(check):
    body = CLEAN + """
[[links]]
sasaran = "2"
level = "sub_kegiatan"
name = "Fasilitasi Penyusunan Program dan Pelaksanaan"
source = "narrative"
"""
    assert flatten(check(body, "CON010").findings) == []
    # The same cut name printed in a table is written differently.
    in_table = body[: body.rindex('source = "narrative"')] + 'source = "link_table"\n'
    assert [f.location.line for f in check(in_table, "CON010").findings] == [66]
