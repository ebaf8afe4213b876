"""Cascade rules: PK completeness, PK realisasi in Bab III, programs to sasaran,
the same items in every budget table.

Line numbers count the 7-line META prefix of conftest: a body's first line is line 8.
"""

from __future__ import annotations

from textwrap import dedent

from conftest import flatten

# -- CAS001 cascade-pk-indikator-target ----------------------------------------------------

COMPLETE_PK = """\
[[agreements]]
sasaran = "Meningkatnya kualitas pelayanan publik"
indikator = "Indeks Kepuasan Masyarakat"
target = "80"

[[agreements]]
sasaran = "Terwujudnya tata kelola pemerintahan yang baik"
indikator = "Nilai SAKIP"
target = "B"
"""


def test_cas001_complete_pk_passes(check):
    # A letter-grade target ("B") is a target.
    assert flatten(check(COMPLETE_PK, "CAS001").findings) == []


def test_cas001_sasaran_without_indikator_and_indikator_without_target(check):
    body = """\
    [[agreements]]
    sasaran = "Meningkatnya kualitas pelayanan publik"
    indikator = "Indeks Kepuasan Masyarakat"

    [[agreements]]
    sasaran = "Meningkatnya kualitas pelayanan publik"
    indikator = "Persentase layanan selesai tepat waktu"
    target = "-"

    [[agreements]]
    sasaran = "Meningkatnya partisipasi masyarakat"

    [[agreements]]
    sasaran = "Meningkatnya Partisipasi Masyarakat."
    document = "pk"
    """
    result = check(body, "CAS001")
    assert flatten(result.findings) == [
        ("CAS001", 8, "Perjanjian Kinerja tidak mencantumkan target untuk indikator 'Indeks "
         "Kepuasan Masyarakat' (sasaran 'Meningkatnya kualitas pelayanan publik')."),
        ("CAS001", 12, "Perjanjian Kinerja tidak mencantumkan target untuk indikator "
         "'Persentase layanan selesai tepat waktu' (sasaran 'Meningkatnya kualitas pelayanan "
         "publik')."),
        # One finding for the sasaran, however many rows name it.
        ("CAS001", 17, "Perjanjian Kinerja tidak mencantumkan indikator untuk sasaran "
         "'Meningkatnya partisipasi masyarakat'."),
    ]
    assert flatten(result.findings, "en")[2] == (
        "CAS001", 17, "The Perjanjian Kinerja gives no indikator for sasaran 'Meningkatnya "
        "partisipasi masyarakat'.")
    assert [(f.expected, f.actual) for f in result.findings] == [
        ("target", None), ("target", "-"), ("indikator", None)]
    assert result.findings[2].location.node == "sasaran:meningkatnya partisipasi masyarakat"


def test_cas001_checks_a_pk_perubahan_too(check):
    body = COMPLETE_PK + dedent("""
    [[agreements]]
    sasaran = "Meningkatnya kualitas pelayanan publik"
    indikator = "Indeks Kepuasan Masyarakat"
    document = "pk_perubahan"
    """)
    assert flatten(check(body, "CAS001").findings) == [
        ("CAS001", 18, "Perjanjian Kinerja Perubahan tidak mencantumkan target untuk indikator "
         "'Indeks Kepuasan Masyarakat' (sasaran 'Meningkatnya kualitas pelayanan publik')."),
    ]


# -- CAS002 cascade-pk-realisasi -----------------------------------------------------------

CAPAIAN = """
[[achievements]]
table = "Tabel 3.1"

[[achievements.rows]]
indikator = "INDEKS KEPUASAN MASYARAKAT."
target = "80"
realisasi = "82,5"
capaian = "103,13"

[[achievements.rows]]
indikator = "Nilai SAKIP"
target = "B"
realisasi = "N/A"
capaian = "100"
"""


def test_cas002_every_pk_indikator_has_realisasi_and_capaian(check):
    body = COMPLETE_PK + CAPAIAN.replace('"N/A"', '"BB"')
    # Matched through the graph: case and punctuation do not matter.
    assert flatten(check(body, "CAS002").findings) == []


def test_cas002_missing_realisasi_is_reported(check):
    result = check(COMPLETE_PK + CAPAIAN, "CAS002")
    assert flatten(result.findings) == [
        ("CAS002", 13, "Indikator 'Nilai SAKIP' (sasaran 'Terwujudnya tata kelola pemerintahan "
         "yang baik') dari Perjanjian Kinerja tidak memiliki realisasi di tabel capaian kinerja "
         "mana pun."),
    ]
    assert flatten(result.findings, "en") == [
        ("CAS002", 13, "Indikator 'Nilai SAKIP' (sasaran 'Terwujudnya tata kelola pemerintahan "
         "yang baik') of the Perjanjian Kinerja has no realisasi in any capaian kinerja table."),
    ]
    assert (result.findings[0].expected, result.findings[0].location.node) == (
        "realisasi", "indikator:nilai sakip")


def test_cas002_without_capaian_tables_each_pk_indikator_is_reported_once(check):
    body = COMPLETE_PK + dedent("""
    [[agreements]]
    sasaran = "Meningkatnya kualitas pelayanan publik"
    indikator = "Indeks kepuasan masyarakat"
    target = "80"
    """)
    assert flatten(check(body, "CAS002").findings) == [
        ("CAS002", 8, "Indikator 'Indeks Kepuasan Masyarakat' (sasaran 'Meningkatnya kualitas "
         "pelayanan publik') dari Perjanjian Kinerja tidak memiliki realisasi/capaian di tabel "
         "capaian kinerja mana pun."),
        ("CAS002", 13, "Indikator 'Nilai SAKIP' (sasaran 'Terwujudnya tata kelola pemerintahan "
         "yang baik') dari Perjanjian Kinerja tidak memiliki realisasi/capaian di tabel capaian "
         "kinerja mana pun."),
    ]


def test_cas002_follows_the_pk_perubahan_in_force(check):
    # The PK Perubahan dropped Nilai SAKIP; only its own indicator must be reported on.
    body = COMPLETE_PK + dedent("""
    [[agreements]]
    sasaran = "Meningkatnya kualitas pelayanan publik"
    indikator = "Persentase layanan selesai tepat waktu"
    target = "90"
    document = "pk_perubahan"
    """) + CAPAIAN
    assert flatten(check(body, "CAS002").findings) == [
        ("CAS002", 18, "Indikator 'Persentase layanan selesai tepat waktu' (sasaran "
         "'Meningkatnya kualitas pelayanan publik') dari Perjanjian Kinerja Perubahan tidak "
         "memiliki realisasi/capaian di tabel capaian kinerja mana pun."),
    ]


# -- CAS003 cascade-program-sasaran --------------------------------------------------------

BUDGET = """\
[[budgets]]
table = "Tabel 3.5 Realisasi Anggaran"
kind = "realisasi"

[[budgets.items]]
level = "program"
name = "Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota"
{link}
[[budgets.items]]
level = "kegiatan"
name = "Administrasi Keuangan Perangkat Daerah"

[[budgets.items]]
level = "program"
name = "Program Penyelenggaraan Pemerintahan dan Pelayanan Publik"
"""


def test_cas003_no_finding_when_the_report_links_no_program(check):
    assert flatten(check(BUDGET.format(link=""), "CAS003").findings) == []


def test_cas003_unlinked_program_when_others_are_linked(check):
    body = BUDGET.format(link='sasaran = "Terwujudnya tata kelola pemerintahan yang baik"\n')
    result = check(body, "CAS003")
    assert flatten(result.findings) == [
        ("CAS003", 21, "Program 'Program Penyelenggaraan Pemerintahan dan Pelayanan Publik' di "
         "Tabel 3.5 Realisasi Anggaran tidak terhubung ke sasaran mana pun, padahal laporan "
         "menghubungkan program lain ke sasarannya."),
    ]
    assert flatten(result.findings, "en")[0][2] == (
        "Program 'Program Penyelenggaraan Pemerintahan dan Pelayanan Publik' in Tabel 3.5 "
        "Realisasi Anggaran reaches no sasaran, while the report links other programs to their "
        "sasaran.")
    assert result.findings[0].expected == "sasaran"


def test_cas003_programs_linked_through_the_pk(check):
    body = BUDGET.format(link="") + dedent("""
    [[agreement_programs]]
    program = "Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota"
    sasaran = "Terwujudnya tata kelola pemerintahan yang baik"

    [[agreement_programs]]
    program = "PROGRAM PENYELENGGARAAN PEMERINTAHAN DAN PELAYANAN PUBLIK"
    sasaran = "Meningkatnya kualitas pelayanan publik"
    """)
    assert flatten(check(body, "CAS003").findings) == []


# -- CAS004 cascade-budget-tables-items ----------------------------------------------------

ALOKASI = """
[[budgets]]
table = "Tabel 2.3 Alokasi Anggaran"
kind = "alokasi"

[[budgets.items]]
level = "program"
name = "PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH KABUPATEN/KOTA"

[[budgets.items]]
level = "kegiatan"
name = "Kegiatan Administrasi Keuangan Perangkat Daerah"

[[budgets.items]]
level = "program"
name = "Program Penyelenggaraan Pemerintahan dan Pelayanan Publik"
"""


def test_cas004_tables_with_the_same_items_pass(check):
    body = BUDGET.format(link="") + ALOKASI
    assert flatten(check(body, "CAS004").findings) == []


def test_cas004_item_missing_from_another_table(check):
    body = BUDGET.format(link="") + ALOKASI.replace(
        "Administrasi Keuangan", "Administrasi Kepegawaian")
    result = check(body, "CAS004")
    assert flatten(result.findings) == [
        ("CAS004", 16, "Kegiatan 'Administrasi Keuangan Perangkat Daerah' tercantum di Tabel "
         "3.5 Realisasi Anggaran tetapi tidak ada di Tabel 2.3 Alokasi Anggaran."),
        ("CAS004", 32, "Kegiatan 'Kegiatan Administrasi Kepegawaian Perangkat Daerah' "
         "tercantum di Tabel 2.3 Alokasi Anggaran tetapi tidak ada di Tabel 3.5 Realisasi "
         "Anggaran."),
    ]
    assert flatten(result.findings, "en")[0][2] == (
        "Kegiatan 'Administrasi Keuangan Perangkat Daerah' is listed in Tabel 3.5 Realisasi "
        "Anggaran but missing from Tabel 2.3 Alokasi Anggaran.")
    assert result.findings[0].expected == "Administrasi Keuangan Perangkat Daerah"
    assert result.findings[1].location.table == "Tabel 2.3 Alokasi Anggaran"


def test_cas004_compares_only_levels_both_tables_list(check):
    # The allocation lists programs only; the realisation's kegiatan are not "missing".
    programs_only = ALOKASI.replace(
        '[[budgets.items]]\nlevel = "kegiatan"\n'
        'name = "Kegiatan Administrasi Keuangan Perangkat Daerah"\n\n', "")
    body = BUDGET.format(link="") + programs_only
    assert flatten(check(body, "CAS004").findings) == []


def test_cas004_ignores_belanja_tables(check):
    body = BUDGET.format(link="") + dedent("""
    [[budgets]]
    table = "Tabel 3.6 Realisasi per Jenis Belanja"
    kind = "belanja"

    [[budgets.items]]
    level = "jenis_belanja"
    name = "Belanja Pegawai"
    """)
    assert flatten(check(body, "CAS004").findings) == []


SPELLINGS = """
    [[budgets]]
    table = "Tabel 2.4"
    kind = "alokasi"

    [[budgets.items]]
    level = "program"
    name = "Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota"

    [[budgets.items]]
    level = "kegiatan"
    name = "Kegiatan Perencanaan Dan Evaluasi Kinerja Perangkat Daerah"

    [[budgets.items]]
    level = "kegiatan"
    name = "Administrasi Umum Perangkat Daerah"

    [[budgets]]
    table = "Tabel 3.8"
    kind = "realisasi"

    [[budgets.items]]
    level = "program"
    name = "Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota"

    [[budgets.items]]
    level = "kegiatan"
    name = "KEGIATAN PERENCANAAN, PENGANGGARAN DAN EVALUASI KINERJA PERANGKAT DAERAH"

    [[budgets.items]]
    level = "kegiatan"
    name = "Administrasi Keuangan Perangkat Daerah"
"""


def test_cas004_a_longer_spelling_is_not_a_missing_item(check):
    """The perencanaan kegiatan is spelled with and without 'Penganggaran': one item.
    Administrasi Umum and Administrasi Keuangan are two (each missing from the other)."""
    found = [(f.rule, f.location.line, f.args["name"]) for f in check(SPELLINGS, "CAS004").findings]
    assert found == [
        ("CAS004", 21, "Administrasi Umum Perangkat Daerah"),
        ("CAS004", 37, "Administrasi Keuangan Perangkat Daerah"),
    ]


def test_cas004_says_nothing_about_a_table_the_reader_could_not_fully_read(check):
    body = SPELLINGS + """
    [[doubts]]
    kind = "table"
    raw = "1 2 II."
    problem = "baris 20-21 memuat teks beberapa baris"
    table = "Tabel 3.8"
    line = 30
"""
    found = [(f.location.line, f.args["other"]) for f in check(body, "CAS004").findings]
    assert found == [(37, "Tabel 2.4")]
