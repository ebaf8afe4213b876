"""Cascade rules on the links the report prints: per-sasaran tables are subsets of the
budget (CAS005, CAS006), every PK sasaran has a program (CAS007), a report that links
nothing is told once (CAS008), and CAS003/CAS004 on linked reports.

Line numbers count the 7-line META prefix of conftest: a body's first line is line 8.
"""

from __future__ import annotations

from textwrap import dedent

import networkx as nx
from conftest import META, flatten

from checker.graph import build_graph
from checker.readers.structured import read_toml

PK = """\
[[agreements]]
sasaran = "Meningkatnya kualitas pelayanan publik"
indikator = "Indeks Kepuasan Masyarakat"
target = "80"

[[agreements]]
sasaran = "Meningkatnya tertib administrasi desa"
indikator = "Persentase desa tertib administrasi"
target = "90"
"""

MAIN = """
[[budgets]]
table = "Tabel 3.9 Realisasi Anggaran"
kind = "realisasi"

[[budgets.items]]
level = "program"
name = "Program Penyelenggaraan Pemerintahan dan Pelayanan Publik"
pagu = "300.000.000"
realisasi = "290.000.000"

[[budgets.items]]
level = "kegiatan"
name = "Koordinasi Penyelenggaraan Kegiatan Pemerintahan di Tingkat Kecamatan"
pagu = "200.000.000"
realisasi = "195.000.000"

[[budgets.items]]
level = "kegiatan"
name = "Penyelenggaraan Urusan Pemerintahan yang Dilimpahkan kepada Camat"
pagu = "100.000.000"
realisasi = "95.000.000"

[[budgets.items]]
level = "program"
name = "Program Pembinaan dan Pengawasan Pemerintahan Desa"
pagu = "150.000.000"
realisasi = "150.000.000"

[[budgets.items]]
level = "kegiatan"
name = "Fasilitasi, Rekomendasi dan Koordinasi Pembinaan dan Pengawasan Pemerintahan Desa"
pagu = "150.000.000"
realisasi = "150.000.000"
"""

# Sasaran 1 is supported by one kegiatan of the first program only: the program's row
# prints the subtotal of that kegiatan, which is not the program's whole pagu.
PER_SASARAN = """
[[budgets]]
table = "Tabel 3.2 Program dan Kegiatan Pendukung Sasaran 1"
kind = "realisasi"
sasaran = "1"

[[budgets.items]]
level = "program"
name = "Program Penyelenggaraan Pemerintahan dan Pelayanan Publik"
pagu = "100.000.000"
realisasi = "95.000.000"

[[budgets.items]]
level = "kegiatan"
name = "Penyelenggaraan Urusan Pemerintahan yang Dilimpahkan kepada Camat"
pagu = "100.000.000"
realisasi = "95.000.000"

[[budgets]]
table = "Tabel 3.4 Program dan Kegiatan Pendukung Sasaran 2"
kind = "realisasi"
sasaran = "2"

[[budgets.items]]
level = "program"
name = "Program Penyelenggaraan Pemerintahan dan Pelayanan Publik"
pagu = "200.000.000"
realisasi = "195.000.000"

[[budgets.items]]
level = "kegiatan"
name = "Koordinasi Penyelenggaraan Kegiatan Pemerintahan di Tingkat Kecamatan"
pagu = "200.000.000"
realisasi = "195.000.000"

[[budgets.items]]
level = "program"
name = "Program Pembinaan dan Pengawasan Pemerintahan Desa"
pagu = "150.000.000"
realisasi = "150.000.000"
"""

CONSISTENT = PK + MAIN + PER_SASARAN
CASCADE = ("CAS003", "CAS004", "CAS005", "CAS006", "CAS007", "CAS008")


def test_per_sasaran_tables_of_a_consistent_report_are_silent(check):
    # Two per-sasaran tables listing different programs, and the overall table: none is
    # expected to list everything, and a partial program subtotal is not compared.
    assert flatten(check(CONSISTENT, *CASCADE).findings) == []


def _graph(tmp_path, body: str) -> nx.DiGraph:
    path = tmp_path / "report.toml"
    path.write_text(META + body, encoding="utf-8")
    return build_graph(read_toml(path, path.read_bytes()))


def test_per_sasaran_tables_link_every_sasaran_to_its_programs(tmp_path):
    graph = _graph(tmp_path, CONSISTENT)
    # "Sasaran 1" is the first sasaran of the PK; the table's items hang from it.
    first = set(graph.successors("sasaran:meningkatnya kualitas pelayanan publik"))
    second = set(graph.successors("sasaran:meningkatnya tertib administrasi desa"))
    program = "program:penyelenggaraan pemerintahan dan pelayanan publik"
    assert program in first and program in second
    assert "program:pembinaan dan pengawasan pemerintahan desa" in second - first
    places = graph.edges["sasaran:meningkatnya kualitas pelayanan publik", program]["places"]
    assert places == [("budget:Tabel 3.2 Program dan Kegiatan Pendukung Sasaran 1",
                       "Tabel 3.2 Program dan Kegiatan Pendukung Sasaran 1", 57)]


# -- CAS005 cascade-per-sasaran-item-missing -----------------------------------------------

def test_cas005_item_of_a_per_sasaran_table_missing_from_the_budget(check):
    body = PK + MAIN + PER_SASARAN.replace(
        'level = "program"\nname = "Program Pembinaan dan Pengawasan Pemerintahan Desa"',
        'level = "program"\nname = "Program Koordinasi Ketenteraman dan Ketertiban Umum"')
    result = check(body, "CAS005")
    assert flatten(result.findings) == [
        ("CAS005", 86, "Program 'Program Koordinasi Ketenteraman dan Ketertiban Umum' "
         "tercantum di Tabel 3.4 Program dan Kegiatan Pendukung Sasaran 2 sebagai pendukung "
         "sasaran 2, tetapi tidak ada di Tabel 3.9 Realisasi Anggaran."),
    ]
    assert result.findings[0].location.table == "Tabel 3.4 Program dan Kegiatan Pendukung Sasaran 2"


def test_cas005_a_shorter_spelling_is_not_missing(check):
    body = PK + MAIN + PER_SASARAN.replace(
        'name = "Program Pembinaan dan Pengawasan Pemerintahan Desa"\npagu = "150.000.000"\n'
        'realisasi = "150.000.000"\n"""',
        'name = "Program Pembinaan dan Pengawasan Pemerintahan"\npagu = "150.000.000"\n'
        'realisasi = "150.000.000"\n"""')
    assert flatten(check(body, "CAS005").findings) == []


# -- CAS006 cascade-per-sasaran-amount -------------------------------------------------------

def test_cas006_amount_differs_from_the_budget_table(check):
    body = PK + MAIN + PER_SASARAN.replace(
        'pagu = "200.000.000"\nrealisasi = "195.000.000"\n\n[[budgets.items]]\nlevel = "program"',
        'pagu = "200.000.000"\nrealisasi = "159.000.000"\n\n[[budgets.items]]\nlevel = "program"')
    result = check(body, "CAS006")
    assert flatten(result.findings) == [
        ("CAS006", 80, "realisasi kegiatan 'Koordinasi Penyelenggaraan Kegiatan Pemerintahan "
         "di Tingkat Kecamatan' di Tabel 3.4 Program dan Kegiatan Pendukung Sasaran 2 adalah "
         "Rp 159.000.000, sedangkan di Tabel 3.9 Realisasi Anggaran (baris 28) Rp 195.000.000."),
    ]
    assert (result.findings[0].expected, result.findings[0].actual) == ("195000000", "159000000")


def test_cas006_a_program_listed_in_full_must_carry_its_whole_pagu(check):
    # Sasaran 2 lists the whole second program (it has one kegiatan): its pagu is compared.
    body = PK + MAIN + PER_SASARAN.replace(
        'name = "Program Pembinaan dan Pengawasan Pemerintahan Desa"\npagu = "150.000.000"',
        'name = "Program Pembinaan dan Pengawasan Pemerintahan Desa"\npagu = "155.000.000"')
    assert [(f.rule, f.location.line, f.actual) for f in check(body, "CAS006").findings] == [
        ("CAS006", 86, "155000000")]


# -- CAS007 cascade-sasaran-without-program --------------------------------------------------

def test_cas007_pk_sasaran_without_program(check):
    body = PK + MAIN + PER_SASARAN.split("[[budgets]]\ntable = \"Tabel 3.4")[0]
    result = check(body, "CAS007")
    assert flatten(result.findings) == [
        ("CAS007", 13, "Sasaran 'Meningkatnya tertib administrasi desa' dari Perjanjian Kinerja "
         "tidak dihubungkan ke program atau kegiatan mana pun, padahal laporan menghubungkan "
         "sasaran lain ke programnya."),
    ]


def test_cas007_silent_when_the_links_name_another_wording(check):
    # The link reaches a sasaran the PK words otherwise: it may be the PK's second one.
    body = PK + MAIN + dedent("""
    [[links]]
    sasaran = "Meningkatnya kualitas pelayanan publik"
    level = "program"
    name = "Program Penyelenggaraan Pemerintahan dan Pelayanan Publik"
    source = "link_table"

    [[links]]
    sasaran = "Meningkatnya ketertiban administrasi pemerintahan desa se-kecamatan"
    level = "program"
    name = "Program Pembinaan dan Pengawasan Pemerintahan Desa"
    source = "link_table"
    """)
    assert flatten(check(body, "CAS007").findings) == []


# -- CAS008 cascade-not-printed ---------------------------------------------------------------

def test_cas008_once_when_the_report_links_nothing(check):
    result = check(PK + MAIN, "CAS008", "CAS003", "CAS007")
    assert flatten(result.findings) == [
        ("CAS008", 18, "Tidak ditemukan tabel atau uraian yang menghubungkan program di Tabel "
         "3.9 Realisasi Anggaran ke sasarannya (2 program tanpa sasaran)."),
    ]
    assert result.findings[0].severity.label == "info"


def test_cas008_silent_when_a_link_is_printed(check):
    body = PK + MAIN + dedent("""
    [[links]]
    sasaran = "2"
    level = "program"
    name = "Program Pembinaan dan Pengawasan Pemerintahan Desa"
    source = "narrative"
    line = 30
    """)
    assert flatten(check(body, "CAS008").findings) == []


# -- CAS003 and CAS004 on linked reports -----------------------------------------------------

def test_cas003_program_reached_through_its_kegiatan_is_linked(check):
    # A link printed for a kegiatan links its program too.
    body = PK + MAIN + dedent("""
    [[links]]
    sasaran = "1"
    level = "kegiatan"
    name = "Koordinasi Penyelenggaraan Kegiatan Pemerintahan di Tingkat Kecamatan"
    parent = "Program Penyelenggaraan Pemerintahan dan Pelayanan Publik"
    source = "link_table"

    [[links]]
    sasaran = "2"
    level = "program"
    name = "Program Pembinaan dan Pengawasan Pemerintahan Desa"
    source = "link_table"
    """)
    assert flatten(check(body, "CAS003").findings) == []


def test_cas003_unlinked_program_of_a_linked_report(check):
    body = PK + MAIN + dedent("""
    [[links]]
    sasaran = "2"
    level = "program"
    name = "Program Pembinaan dan Pengawasan Pemerintahan Desa"
    source = "narrative"
    """)
    assert [(f.rule, f.location.line) for f in check(body, "CAS003").findings] == [
        ("CAS003", 22)]


def test_cas004_never_compares_per_sasaran_tables(check):
    # Each per-sasaran table lacks items of the other and of the overall table.
    assert flatten(check(CONSISTENT, "CAS004").findings) == []
    # Two overall tables are still compared.
    second = MAIN.replace("Tabel 3.9 Realisasi Anggaran", "Tabel 2.3 Alokasi").replace(
        'kind = "realisasi"', 'kind = "alokasi"').replace(
        "Fasilitasi, Rekomendasi dan Koordinasi Pembinaan", "Evaluasi Perkembangan")
    codes = [f.rule for f in check(CONSISTENT + second, "CAS004").findings]
    assert codes == ["CAS004", "CAS004"]


def test_a_link_names_its_sasaran_by_number_or_with_a_numbered_prefix(tmp_path):
    body = PK + MAIN + dedent("""
    [[links]]
    sasaran = "Sasaran 2: Meningkatnya tertib administrasi desa"
    level = "program"
    name = "Program Pembinaan dan Pengawasan Pemerintahan"
    source = "link_table"

    [[links]]
    sasaran = "I"
    level = "program"
    name = "PROGRAM PENYELENGGARAAN PEMERINTAHAN DAN PELAYANAN PUBLIK"
    source = "narrative"
    """)
    graph = _graph(tmp_path, body)
    # The shortened program name is the budget's program, not a node of its own.
    def programs(sasaran: str) -> set[str]:
        return {key for key in graph.successors(sasaran) if key.startswith("program:")}

    assert programs("sasaran:meningkatnya tertib administrasi desa") == {
        "program:pembinaan dan pengawasan pemerintahan desa"}
    assert programs("sasaran:meningkatnya kualitas pelayanan publik") == {
        "program:penyelenggaraan pemerintahan dan pelayanan publik"}


def test_cas005_a_program_the_text_links_but_the_budget_lacks(check):
    body = PK + MAIN + dedent("""
    [[links]]
    sasaran = "2"
    level = "program"
    name = "Program Pembinaan dan Pengawasan Pemerintahan Desa"
    source = "narrative"

    [[links]]
    sasaran = "2"
    level = "program"
    name = "Program Penataan Desa"
    source = "narrative"
    line = 40
    """)
    result = check(body, "CAS005")
    assert flatten(result.findings) == [
        ("CAS005", 40, "Program 'Program Penataan Desa' tercantum di uraian baris 40 sebagai "
         "pendukung sasaran 2, tetapi tidak ada di Tabel 3.9 Realisasi Anggaran."),
    ]
    assert "the text at line 40" in flatten(result.findings, "en")[0][2]


WHOLE_OVER_PART = PER_SASARAN.replace(
    'name = "Program Penyelenggaraan Pemerintahan dan Pelayanan Publik"\npagu = "100.000.000"\n'
    'realisasi = "95.000.000"',
    'name = "Program Penyelenggaraan Pemerintahan dan Pelayanan Publik"\npagu = "300.000.000"\n'
    'realisasi = "290.000.000"')


def test_a_per_sasaran_table_may_print_the_whole_program_over_part_of_its_rows(check):
    # Sasaran 1 lists one of the program's two kegiatan under the program's whole amount.
    assert WHOLE_OVER_PART != PER_SASARAN
    body = PK + MAIN + WHOLE_OVER_PART
    assert flatten(check(body, "BUD001", "BUD002", "CAS006").findings) == []


def test_a_per_sasaran_amount_that_is_neither_the_part_nor_the_whole_is_a_rollup_error(check):
    body = PK + MAIN + WHOLE_OVER_PART.replace('pagu = "300.000.000"', 'pagu = "310.000.000"')
    assert [(f.rule, f.location.line) for f in check(body, "BUD001").findings] == [
        ("BUD001", 57)]


def test_cas006_folds_into_the_rollup_of_the_mistyped_main_row(check):
    # The main table's kegiatan is mistyped (159 for 195): its program no longer adds up,
    # and the per-sasaran table, which kept the right figure, differs from it. One defect.
    mistyped = MAIN.replace('pagu = "200.000.000"\nrealisasi = "195.000.000"',
                            'pagu = "200.000.000"\nrealisasi = "159.000.000"')
    result = check(PK + mistyped + PER_SASARAN, "BUD002", "CAS006")
    assert [(f.rule, f.location.line) for f in result.findings] == [("BUD002", 22)]
    # CAS006 names the mistyped row of the main table (line 28), where the fix is.
    assert [(r.rule, r.location.line) for r in result.findings[0].related] == [("CAS006", 28)]


def test_a_mistyped_per_sasaran_row_is_one_finding_too(check):
    body = PK + MAIN + PER_SASARAN.replace(
        'pagu = "200.000.000"\nrealisasi = "195.000.000"\n\n[[budgets.items]]\nlevel = "program"',
        'pagu = "200.000.000"\nrealisasi = "159.000.000"\n\n[[budgets.items]]\nlevel = "program"')
    result = check(body, "BUD002", "CAS006")
    # Its own program no longer adds up (BUD002 at the per-sasaran program, line 74).
    assert [(f.rule, f.location.line) for f in result.findings] == [("BUD002", 74)]
    assert [r.rule for r in result.findings[0].related] == ["CAS006"]


def test_cas006_stays_when_no_rollup_explains_it(check):
    # A program printed alone with another amount: no row below to blame.
    body = PK + MAIN + PER_SASARAN.replace(
        'name = "Program Pembinaan dan Pengawasan Pemerintahan Desa"\npagu = "150.000.000"',
        'name = "Program Pembinaan dan Pengawasan Pemerintahan Desa"\npagu = "155.000.000"')
    assert [f.rule for f in check(body, "BUD001", "CAS006").findings] == ["CAS006"]


RENAMED = PER_SASARAN.replace(
    'level = "program"\nname = "Program Pembinaan dan Pengawasan Pemerintahan Desa"',
    'level = "program"\nname = "Program Penataan Administrasi Kependudukan"')


def test_cas003_folds_into_cas005_when_the_per_sasaran_table_renamed_the_program(check):
    # Same amounts: the per-sasaran table misnames the budget's program, which then
    # reaches no sasaran. One defect.
    result = check(PK + MAIN + RENAMED, "CAS003", "CAS005")
    assert [(f.rule, f.location.line) for f in result.findings] == [("CAS005", 86)]
    assert [(r.rule, r.location.line) for r in result.findings[0].related] == [("CAS003", 40)]


def test_cas003_stays_when_the_unbudgeted_program_has_other_amounts(check):
    body = PK + MAIN + RENAMED.replace(
        'name = "Program Penataan Administrasi Kependudukan"\npagu = "150.000.000"',
        'name = "Program Penataan Administrasi Kependudukan"\npagu = "90.000.000"')
    assert [f.rule for f in check(body, "CAS003", "CAS005").findings] == ["CAS003", "CAS005"]


def test_a_misnamed_program_over_part_of_its_rows_is_no_rollup_error(check):
    # The per-sasaran table misnames the program (CAS005) but prints its whole amount over
    # one of its kegiatan: the roll-up is not what is wrong.
    body = PK + MAIN + WHOLE_OVER_PART.replace(
        'name = "Program Penyelenggaraan Pemerintahan dan Pelayanan Publik"\npagu = "300.000.000"',
        'name = "Program Tata Pemerintahan Umum"\npagu = "300.000.000"')
    assert [f.rule for f in check(body, "BUD001", "BUD002", "CAS005").findings] == ["CAS005"]
