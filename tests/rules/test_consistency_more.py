"""Consistency rules CON002-CON006: amounts, names, the PK Perubahan, the Ikhtisar's
figures and a program's pagu in two tables.

Line numbers count the 7-line META prefix of conftest: a body's first line is line 8.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from conftest import flatten

from checker.config import Config
from checker.engine import check_report
from checker.readers.structured import read_toml
from checker.result import DocumentResult


@pytest.fixture
def run(check) -> Callable[..., DocumentResult]:
    """``run(body, "STR001")``: the named rules on META + ``body`` (TOML); see conftest."""
    return check


# Bab II allocation (line 8), Bab III realisation (16), split by jenis belanja (32) and
# the PK budget (48, 53): one budget of Rp 1.000.000.000, 95% spent.
BUDGET = """\
[[budgets]]
table = "Tabel 2.3"
kind = "alokasi"
[budgets.total]
pagu = "1.000.000.000"
[[budgets.items]]
level = "program"
name = "Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota"
pagu = "600.000.000"
[[budgets.items]]
level = "program"
name = "Program Penyelenggaraan Pemerintahan dan Pelayanan Publik"
pagu = "400.000.000"

[[budgets]]
table = "Tabel 3.3"
kind = "realisasi"
[budgets.total]
pagu = "1.000.000.000"
realisasi = "950.000.000"
persen = "95,00"
sisa = "50.000.000"
[[budgets.items]]
level = "program"
name = "Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota"
pagu = "600.000.000"
realisasi = "580.000.000"
[[budgets.items]]
level = "program"
name = "Program Penyelenggaraan Pemerintahan dan Pelayanan Publik"
pagu = "400.000.000"
realisasi = "370.000.000"

[[budgets]]
table = "Tabel 3.4"
kind = "belanja"
[[budgets.items]]
level = "jenis_belanja"
name = "Belanja Pegawai"
pagu = "700.000.000"
realisasi = "680.000.000"
[[budgets.items]]
level = "jenis_belanja"
name = "Belanja Barang dan Jasa"
pagu = "300.000.000"
realisasi = "270.000.000"

[[agreement_programs]]
table = "Tabel 2.2"
program = "Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota"
pagu = "600.000.000"

[[agreement_programs]]
table = "Tabel 2.2"
program = "Program Penyelenggaraan Pemerintahan dan Pelayanan Publik"
pagu = "400.000.000"

"""


def _claim(subject: str, value: str, group: str, text: str) -> str:
    return (f'[[claims]]\nkind = "amount"\nsubject = "{subject}"\nvalue = "{value}"\n'
            f'group = "{group}"\ntext = "{text}"\n\n')


TOTAL = ("Anggaran tahun 2024 ditetapkan sebesar Rp {pagu} dengan realisasi Rp {realisasi} "
         "atau {persen} sehingga sisa anggaran Rp {sisa}.")


def _total_claims(pagu="1.000.000.000", realisasi="950.000.000", persen="95,00 %",
                  sisa="50.000.000") -> str:
    text = TOTAL.format(pagu=pagu, realisasi=realisasi, persen=persen, sisa=sisa)
    return "".join(_claim(subject, value, "s1", text) for subject, value in (
        ("pagu", pagu), ("realisasi", realisasi), ("persen", persen), ("sisa", sisa)))


# -- CON002 --------------------------------------------------------------------------------

def test_con002_amounts_equal_to_the_tables_pass(run):
    assert flatten(run(BUDGET + _total_claims(), "CON002").findings) == []


def test_con002_amounts_matching_no_table_are_reported_with_the_candidates(run):
    body = BUDGET + _total_claims(persen="95,50 %", sisa="5.000.000")
    result = run(body, "CON002")
    assert flatten(result.findings) == [
        ("CON002", 79, "Persentase realisasi anggaran tertulis 95,50 % (baris 79), tidak sama "
         "dengan angka tabel mana pun yang semestinya dikutip: persentase total Tabel 3.3 "
         "(baris 25) 95,00%; realisasi/pagu Tabel 3.3 (baris 25) 95,00%; realisasi/pagu "
         "Tabel 3.4 (baris 41) 95,00%."),
        ("CON002", 86, "Sisa anggaran tertulis 5.000.000 (baris 86), tidak sama dengan angka "
         "tabel mana pun yang semestinya dikutip: total sisa Tabel 3.3 (baris 25) Rp "
         "50.000.000; pagu dikurangi realisasi Tabel 3.3 (baris 25) Rp 50.000.000; pagu "
         "dikurangi realisasi Tabel 3.4 (baris 41) Rp 50.000.000."),
    ]
    assert flatten(result.findings, "en")[1] == (
        "CON002", 86, "The unspent budget (sisa) is stated as 5.000.000 (line 86), which "
        "matches none of the table figures it should quote: the sisa total of Tabel 3.3 "
        "(line 25) Rp 50,000,000; pagu minus realisasi of Tabel 3.3 (line 25) Rp 50,000,000; "
        "pagu minus realisasi of Tabel 3.4 (line 41) Rp 50,000,000.")
    assert (result.findings[0].expected, result.findings[0].actual) == ("95.00", "95.50")


def test_con002_pagu_may_quote_the_allocation_or_the_pk(run):
    body = BUDGET.replace('pagu = "1.000.000.000"\nrealisasi', 'pagu = "1.000.000.001"\n'
                          'realisasi', 1) + _total_claims()
    assert flatten(run(body, "CON002").findings) == []


def test_con002_a_jenis_belanja_is_compared_with_its_row(run):
    text = ("Belanja Barang dan Jasa dianggarkan Rp 300.000.000 dengan realisasi Rp {} atau "
            "90,00 %.")
    good = "".join(_claim(s, v, "s2", text.format("270.000.000")) for s, v in (
        ("pagu", "300.000.000"), ("realisasi", "270.000.000"), ("persen", "90,00 %")))
    assert flatten(run(BUDGET + good, "CON002").findings) == []
    bad = good.replace('value = "270.000.000"', 'value = "275.000.000"').replace(
        "realisasi Rp 270.000.000", "realisasi Rp 275.000.000")
    assert flatten(run(BUDGET + bad, "CON002").findings) == [
        ("CON002", 72, "Realisasi anggaran tertulis 275.000.000 (baris 72), tidak sama dengan "
         "angka tabel mana pun yang semestinya dikutip: realisasi Belanja Barang dan Jasa di "
         "Tabel 3.4 (baris 49) Rp 270.000.000."),
    ]


def test_con002_parts_no_table_holds_shares_and_physical_progress_are_skipped(run):
    body = BUDGET + "".join((
        _claim("pagu", "123.000.000", "s3",
               "Untuk sasaran 1 dialokasikan Rp 123.000.000 atau 12,30% dari total belanja."),
        _claim("persen", "12,30%", "s3",
               "Untuk sasaran 1 dialokasikan Rp 123.000.000 atau 12,30% dari total belanja."),
        _claim("persen", "96,50%", "s4",
               "Realisasi keuangan 95,00% dan pelaksanaan kegiatan fisik 96,50%."),
        _claim("pagu", "250.000.000", "s5",
               "Belanja Modal dianggarkan Rp 250.000.000."),  # no such row: skipped
    ))
    assert flatten(run(body, "CON002").findings) == []


def test_con002_a_named_program_is_compared_with_its_rows(run):
    text = ("Program Penyelenggaraan Pemerintahan dan Pelayanan Publik dianggarkan Rp "
            "450.000.000.")
    result = run(BUDGET + _claim("pagu", "450.000.000", "s6", text), "CON002")
    assert flatten(result.findings) == [
        ("CON002", 65, "Pagu anggaran tertulis 450.000.000 (baris 65), tidak sama dengan angka "
         "tabel mana pun yang semestinya dikutip: pagu program 'Program Penyelenggaraan "
         "Pemerintahan dan Pelayanan Publik' di Tabel 2.3 (baris 17) Rp 400.000.000; pagu "
         "program 'Program Penyelenggaraan Pemerintahan dan Pelayanan Publik' di Tabel 3.3 "
         "(baris 35) Rp 400.000.000."),
    ]


# -- CON005 --------------------------------------------------------------------------------

IKHTISAR = """\
[[outline]]
kind = "ikhtisar_eksekutif"
text = "IKHTISAR EKSEKUTIF"

{claims}[[outline]]
kind = "bab_1"
text = "BAB I PENDAHULUAN"

"""


def test_con005_ikhtisar_figures_equal_to_the_body_pass(run):
    body = IKHTISAR.format(claims=_total_claims()) + BUDGET
    assert flatten(run(body, "CON005", "CON002").findings) == []


def test_con005_reports_the_ikhtisar_and_con002_stays_silent(run):
    body = IKHTISAR.format(claims=_total_claims(persen="88,62 %")) + BUDGET
    result = run(body, "CON005", "CON002")
    assert flatten(result.findings) == [
        ("CON005", 26, "Ikhtisar Eksekutif menyebut persentase realisasi anggaran 88,62 % "
         "(baris 26), tetapi isi laporan menyajikan persentase total Tabel 3.3 (baris 61) "
         "95,00%; realisasi/pagu Tabel 3.3 (baris 61) 95,00%; realisasi/pagu Tabel 3.4 (baris "
         "77) 95,00%."),
    ]
    assert flatten(result.findings, "en") == [
        ("CON005", 26, "The Ikhtisar Eksekutif states the budget realisation percentage 88,62 % "
         "(line 26), but the body of the report gives the total percentage of Tabel 3.3 (line "
         "61) 95.00%; realisasi/pagu of Tabel 3.3 (line 61) 95.00%; realisasi/pagu of Tabel "
         "3.4 (line 77) 95.00%."),
    ]
    # The same claim outside the Ikhtisar is CON002's.
    outside = BUDGET + _total_claims(persen="88,62 %")
    assert [f.rule for f in run(outside, "CON005", "CON002").findings] == ["CON002"]


CAPAIAN = """\
[[achievements]]
table = "Tabel 3.2"

[[achievements.rows]]
sasaran = "Meningkatnya kualitas pelayanan publik"
indikator = "Indeks Kepuasan Masyarakat"
target = "80"
realisasi = "84"
capaian = "105,00"

[[achievements.rows]]
sasaran = "Meningkatnya kualitas pelayanan publik"
indikator = "Persentase pengaduan yang ditindaklanjuti"
target = "100"
realisasi = "91"
capaian = "91,00"

[[achievements.summaries]]
sasaran = "Meningkatnya kualitas pelayanan publik"
capaian = "98,00"
"""


def test_con005_a_capaian_of_the_ikhtisar_is_one_the_body_states(run):
    text = "Capaian kinerja sasaran rata-rata {} dengan predikat Sangat Baik."
    good = _claim("persen", "98,00 %", "k1", text.format("98,00 %"))
    assert flatten(run(IKHTISAR.format(claims=good) + CAPAIAN, "CON005").findings) == []
    bad = _claim("persen", "99,50 %", "k1", text.format("99,50 %"))
    assert flatten(run(IKHTISAR.format(claims=bad) + CAPAIAN, "CON005").findings) == [
        ("CON005", 12, "Ikhtisar Eksekutif menyebut capaian 99,50 % (baris 12), tetapi isi "
         "laporan menyajikan capaian sasaran 'Meningkatnya kualitas pelayanan publik' Tabel "
         "3.2 (baris 40) 98,00%; rata-rata capaian 2 indikator 98,00%."),
    ]


# -- CON003 --------------------------------------------------------------------------------

NAMES = """\
[[agreements]]
sasaran = "Meningkatnya kualitas pelayanan publik"
indikator = "Indeks Kepuasan Masyarakat"
target = "80"

[[agreements]]
sasaran = "Meningkatnya kualitas pelayanan publik"
indikator = "{pk}"
target = "100"

[[achievements]]
table = "Tabel 3.2"

[[achievements.rows]]
sasaran = "Meningkatnya kualitas pelayanan publik"
indikator = "{capaian_ikm}"
target = "80"
realisasi = "84"

[[achievements.rows]]
sasaran = "Meningkatnya Kualitas Pelayanan Publik."
indikator = "{capaian}"
target = "100"
realisasi = "91"
"""


def test_con003_same_names_or_case_and_punctuation_only_pass(run):
    body = NAMES.format(pk="Persentase pengaduan yang ditindaklanjuti",
                        capaian_ikm="INDEKS KEPUASAN MASYARAKAT (IKM)".replace(" (IKM)", ""),
                        capaian="Persentase pengaduan yang ditindak-lanjuti".replace("-", ""))
    assert flatten(run(body, "CON003").findings) == []


def test_con003_a_folded_spelling_that_differs_in_words_is_reported(run):
    body = NAMES.format(pk="Persentase pengaduan yang ditindaklanjuti",
                        capaian_ikm="Indeks Kepuasan Masyarkat",
                        capaian="Persentase pengaduan yang ditindaklanjuti")
    result = run(body, "CON003")
    assert flatten(result.findings) == [
        ("CON003", 21, "Nama indikator 'Indeks Kepuasan Masyarakat' (PK baris 8) dan 'Indeks "
         "Kepuasan Masyarkat' (Tabel 3.2 baris 21) ditulis berbeda padahal dianggap satu "
         "indikator (kemiripan 98%)."),
    ]
    assert flatten(result.findings, "en") == [
        ("CON003", 21, "The indikator names 'Indeks Kepuasan Masyarakat' (PK line 8) and 'Indeks "
         "Kepuasan Masyarkat' (Tabel 3.2 line 21) are spelled differently though they are one "
         "indikator (similarity 98%)."),
    ]


def test_con003_a_pk_name_close_to_an_unmatched_capaian_name_is_reported(run):
    body = NAMES.format(pk="Persentase desa yang tertib administrasi desa",
                        capaian_ikm="Indeks Kepuasan Masyarakat",
                        capaian="Persentase desa tertib administrasi")
    assert flatten(run(body, "CON003").findings) == [
        ("CON003", 13, "Nama indikator 'Persentase desa yang tertib administrasi desa' "
         "(PK baris 13) dan 'Persentase desa tertib administrasi' (Tabel 3.2 baris 27) mirip "
         "(kemiripan 87%) tetapi tidak sama, sehingga indikator PK ini tidak ditemukan di "
         "tabel capaian."),
    ]


def test_con003_unrelated_names_are_not_near_misses(run):
    body = NAMES.format(pk="Persentase desa mandiri", capaian_ikm="Indeks Kepuasan Masyarakat",
                        capaian="Jumlah laporan keuangan tepat waktu")
    assert flatten(run(body, "CON003").findings) == []


# -- CON004 --------------------------------------------------------------------------------

PK_CHANGE = """\
[[agreements]]
sasaran = "Meningkatnya kualitas pelayanan publik"
indikator = "Indeks Kepuasan Masyarakat"
target = "80"

[[agreements]]
sasaran = "Meningkatnya kualitas pelayanan publik"
indikator = "Persentase pengaduan yang ditindaklanjuti"
target = "100"

[[agreements]]
document = "pk_perubahan"
sasaran = "Meningkatnya kualitas pelayanan publik"
indikator = "Indeks Kepuasan Masyarakat"
target = "{ikm}"

[[agreements]]
document = "pk_perubahan"
sasaran = "Meningkatnya kualitas pelayanan publik"
indikator = "{second}"
target = "100"
"""


def test_con004_a_pk_perubahan_that_changes_nothing_passes(run):
    body = PK_CHANGE.format(ikm="80,00", second="Persentase pengaduan yang ditindaklanjuti")
    assert flatten(run(body, "CON004").findings) == []


def test_con004_added_removed_and_changed_are_listed(run):
    body = PK_CHANGE.format(ikm="82", second="Persentase desa mandiri")
    result = run(body, "CON004")
    assert flatten(result.findings) == [
        ("CON004", 18, "PK Perubahan (baris 18\u201324) berbeda dari PK (baris 8\u201313): "
         "indikator ditambah 'Persentase desa mandiri'; indikator dihapus 'Persentase "
         "pengaduan yang ditindaklanjuti'; target diubah 'Indeks Kepuasan Masyarakat' 80 "
         "\u2192 82."),
    ]
    assert result.findings[0].severity.label == "info"


def test_con004_without_a_pk_perubahan_nothing_to_compare(run):
    body = PK_CHANGE.format(ikm="82", second="x").replace('document = "pk_perubahan"\n', "")
    assert flatten(run(body, "CON004").findings) == []


# -- CON006 --------------------------------------------------------------------------------

def test_con006_same_program_pagu_in_both_tables_passes(run):
    assert flatten(run(BUDGET, "CON006").findings) == []


def test_con006_a_program_with_two_pagu_is_reported_per_program(run):
    body = BUDGET.replace('pagu = "400.000.000"\nrealisasi', 'pagu = "410.000.000"\nrealisasi')
    result = run(body, "CON006")
    assert flatten(result.findings) == [
        ("CON006", 35, "Pagu program 'Program Penyelenggaraan Pemerintahan dan Pelayanan "
         "Publik' tertulis Rp 400.000.000 di Tabel 2.3 (baris 17), tetapi Rp 410.000.000 di "
         "Tabel 3.3 (baris 35)."),
    ]
    assert flatten(result.findings, "en") == [
        ("CON006", 35, "The pagu of program 'Program Penyelenggaraan Pemerintahan dan "
         "Pelayanan Publik' is Rp 400,000,000 in Tabel 2.3 (line 17), but Rp 410,000,000 in "
         "Tabel 3.3 (line 35)."),
    ]
    assert result.findings[0].location.node == (
        "program:penyelenggaraan pemerintahan dan pelayanan publik")


ROLLUP = """\
[[budgets]]
table = "Tabel 2.3"
kind = "alokasi"
[[budgets.items]]
level = "program"
name = "Program Penunjang Urusan Pemerintahan Daerah"
pagu = "300.000.008"
[[budgets.items]]
level = "kegiatan"
name = "Administrasi Umum Perangkat Daerah"
pagu = "300.000.008"

[[budgets]]
table = "Tabel 3.3"
kind = "realisasi"
[[budgets.items]]
level = "program"
name = "Program Penunjang Urusan Pemerintahan Daerah"
pagu = "300.000.000"
[[budgets.items]]
level = "kegiatan"
name = "Administrasi Umum Perangkat Daerah"
pagu = "300.000.000"
[[budgets.items]]
level = "sub_kegiatan"
name = "Penyediaan Bahan Logistik Kantor"
pagu = "300.000.008"
"""


def test_con006_leaves_a_difference_from_a_row_that_does_not_add_up_to_bud001(run):
    assert flatten(run(ROLLUP, "CON006").findings) == []
    added_up = ROLLUP.replace('pagu = "300.000.008"\n"""', 'pagu = "300.000.000"\n"""')
    added_up = ROLLUP[: ROLLUP.rindex('pagu = "300.000.008"')] + 'pagu = "300.000.000"\n'
    assert [f.rule for f in run(added_up, "CON006").findings] == ["CON006"]


def test_the_consistent_report_fixture_has_its_ikhtisar_figures_checked(registry,
                                                                        tmp_path):
    fixture = Path(__file__).parent / "fixtures" / "consistent_report.toml"
    text = fixture.read_text(encoding="utf-8").replace('value = "95,00 %"\ngroup = "ie-3"',
                                                       'value = "88,62 %"\ngroup = "ie-3"')
    path = tmp_path / "changed.toml"
    path.write_text(text, encoding="utf-8")
    report = read_toml(path, path.read_bytes())
    rules = [r for r in registry.rules if r.code in ("CON002", "CON005")]
    assert [(f.rule, f.actual) for f in check_report(report, rules, Config()).findings] == [
        ("CON005", "88.62")]


def test_con002_claims_under_a_per_sasaran_heading_are_skipped(run):
    body = BUDGET + """\
[[outline]]
kind = "realisasi_anggaran"
text = "B. Realisasi Anggaran"
level = 2

[[outline]]
kind = "other"
text = "3. Alokasi Belanja per Sasaran Strategis"
level = 3

""" + _claim("pagu", "123.000.000", "s7",
             "Program Penunjang Urusan Pemerintahan Daerah dengan anggaran Rp 123.000.000")
    assert flatten(run(body, "CON002").findings) == []


def test_con002_a_sentence_the_reader_cut_is_taken_back_from_its_line(run):
    body = BUDGET + """\
# Anggaran Belanja Barang dan Jasa yang dilaksanakan melalui dua program ditetapkan
# sebesar Rp 250.000.000.
[[claims]]
kind = "amount"
subject = "pagu"
value = "250.000.000"
text = "\u2026dua program ditetapkan # sebesar Rp 250.000.000."
line = 66
"""
    assert flatten(run(body, "CON002").findings) == [
        ("CON002", 66, "Pagu anggaran tertulis 250.000.000 (baris 66), tidak sama dengan angka "
         "tabel mana pun yang semestinya dikutip: pagu Belanja Barang dan Jasa di Tabel 3.4 "
         "(baris 49) Rp 300.000.000."),
    ]
