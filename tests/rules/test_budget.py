"""Tests of the budget rule pack (BUD001-BUD007) on inline TOML reports.

``REPORT`` is a small, correctly added report: an allocation table (Bab II), a
realisasi table (Bab III) and its split by jenis belanja. Each failing fixture
changes one figure of it with :func:`_with`, so the line numbers stay those of
``REPORT`` (the 7 META lines of conftest come first):

    13 Tabel 2.3 program        32 Tabel 3.4 program        77 Belanja Pegawai
    18 Tabel 2.3 kegiatan 1     41   kegiatan Administrasi  83 Belanja Barang dan Jasa
                                47     sub ATK              89 Tabel 3.5 total
                                53     sub Bahan Bacaan
                                61   kegiatan Perencanaan
                                67 Tabel 3.4 total
"""

from __future__ import annotations

from decimal import Decimal

from conftest import edited, flatten

from checker.config import Config, Tolerances
from checker.rule import Severity

PROGRAM = "Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota"
ALL_BUDGET = ("BUD001", "BUD002", "BUD003", "BUD004", "BUD005", "BUD006", "BUD007")

REPORT = """
    [[budgets]]
    table = "Tabel 2.3"
    kind = "alokasi"

    [[budgets.items]]
    level = "program"
    name = "Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota"
    pagu = "131.154.008"

    [[budgets.items]]
    level = "kegiatan"
    name = "Administrasi Umum Perangkat Daerah"
    pagu = "81.154.008"

    [[budgets.items]]
    level = "kegiatan"
    name = "Perencanaan, Penganggaran, dan Evaluasi Kinerja Perangkat Daerah"
    pagu = "50.000.000"

    [[budgets]]
    table = "Tabel 3.4"
    kind = "realisasi"

    [[budgets.items]]
    level = "program"
    code = "7.01.01"
    name = "Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota"
    pagu = "131.154.008"
    realisasi = "120.000.000"
    persen = "91,50"
    sisa = "11.154.008"

    [[budgets.items]]
    level = "kegiatan"
    name = "Administrasi Umum Perangkat Daerah"
    pagu = "81.154.008"
    realisasi = "75.000.000"

    [[budgets.items]]
    level = "sub_kegiatan"
    name = "Penyediaan Alat Tulis Kantor"
    pagu = "50.000.000"
    realisasi = "45.000.000"

    [[budgets.items]]
    level = "sub_kegiatan"
    name = "Penyediaan Bahan Bacaan dan Peraturan Perundang-undangan"
    pagu = "31.154.008"
    realisasi = "30.000.000"
    persen = "96,30"
    sisa = "1.154.008"

    [[budgets.items]]
    level = "kegiatan"
    name = "Perencanaan, Penganggaran, dan Evaluasi Kinerja Perangkat Daerah"
    pagu = "50.000.000"
    realisasi = "45.000.000"

    [budgets.total]
    pagu = "131.154.008"
    realisasi = "120.000.000"
    persen = "91,50"
    sisa = "11.154.008"

    [[budgets]]
    table = "Tabel 3.5"
    kind = "belanja"

    [[budgets.items]]
    level = "jenis_belanja"
    name = "Belanja Pegawai"
    pagu = "60.000.000"
    realisasi = "55.000.000"

    [[budgets.items]]
    level = "jenis_belanja"
    name = "Belanja Barang dan Jasa"
    pagu = "71.154.008"
    realisasi = "65.000.000"

    [budgets.total]
    pagu = "131.154.008"
    realisasi = "120.000.000"
    """


def _with(*changes: tuple[str, str]) -> str:
    """``REPORT`` with each ``old`` text (which must occur once) replaced by ``new``."""
    return edited(REPORT, *changes)


# Anchors: figures that occur once in REPORT.
K1_PAGU = 'pagu = "81.154.008"\n    realisasi = "75.000.000"'
ATK_REALISASI = (
    'name = "Penyediaan Alat Tulis Kantor"\n    pagu = "50.000.000"\n    realisasi = "45.000.000"'
)


def test_correct_report_has_no_budget_findings(check):
    assert flatten(check(REPORT, *ALL_BUDGET).findings) == []


# -- BUD001 --------------------------------------------------------------------------------

def test_bud001_pagu_of_rows_differs_from_parents(check):
    result = check(_with((K1_PAGU, K1_PAGU.replace("81.154.008", "81.154.000"))), "BUD001")
    assert flatten(result.findings) == [
        ("BUD001", 32, f'Jumlah pagu 2 kegiatan di bawah program "{PROGRAM}" adalah '
         "Rp 131.154.000, tidak sama dengan pagu program yang tertulis (Rp 131.154.008)."),
        ("BUD001", 41, 'Jumlah pagu 2 sub kegiatan di bawah kegiatan "Administrasi Umum '
         'Perangkat Daerah" adalah Rp 81.154.008, tidak sama dengan pagu kegiatan yang '
         "tertulis (Rp 81.154.000)."),
    ]
    kegiatan = result.findings[1]
    assert flatten([kegiatan], "en") == [
        ("BUD001", 41, 'The pagu of the 2 sub kegiatan under kegiatan "Administrasi Umum '
         'Perangkat Daerah" adds up to Rp 81,154,008, not to the pagu the kegiatan states '
         "(Rp 81,154,000)."),
    ]
    assert (kegiatan.expected, kegiatan.actual) == ("81154008", "81154000")
    # The finding spans the kegiatan and its sub kegiatan, and names the graph node.
    assert kegiatan.location.end_line == 59
    assert kegiatan.location.table == "Tabel 3.4"
    assert kegiatan.location.node == "kegiatan:administrasi umum perangkat daerah"
    assert kegiatan.severity is Severity.ERROR


def test_bud001_checks_allocation_tables_too(check):
    old = 'name = "Administrasi Umum Perangkat Daerah"\n    pagu = "81.154.008"\n\n'
    result = check(_with((old, old.replace("81.154.008", "80.000.000"))), "BUD001")
    assert flatten(result.findings) == [
        ("BUD001", 13, f'Jumlah pagu 2 kegiatan di bawah program "{PROGRAM}" adalah '
         "Rp 130.000.000, tidak sama dengan pagu program yang tertulis (Rp 131.154.008)."),
    ]
    assert result.findings[0].location.table == "Tabel 2.3"


def test_bud001_within_rupiah_tolerance(check):
    body = _with((K1_PAGU, K1_PAGU.replace("81.154.008", "81.154.000")))
    config = Config(tolerances=Tolerances(rupiah=Decimal(8)))
    assert flatten(check(body, "BUD001", config=config).findings) == []


def test_bud001_skips_unreadable_figures(check):
    # The reader reports "#REF!" (INP001); the roll-up cannot be judged without it.
    body = _with((K1_PAGU, K1_PAGU.replace("81.154.008", "#REF!")))
    assert flatten(check(body, "BUD001").findings) == []


# -- BUD002 --------------------------------------------------------------------------------

def test_bud002_realisasi_of_rows_differs_from_parent(check):
    body = _with((ATK_REALISASI, ATK_REALISASI.replace("45.000.000", "44.000.000")))
    result = check(body, "BUD002")
    assert flatten(result.findings) == [
        ("BUD002", 41, 'Jumlah realisasi 2 sub kegiatan di bawah kegiatan "Administrasi '
         'Umum Perangkat Daerah" adalah Rp 74.000.000, tidak sama dengan realisasi kegiatan '
         "yang tertulis (Rp 75.000.000)."),
    ]
    assert flatten(result.findings, "en") == [
        ("BUD002", 41, 'The realisasi of the 2 sub kegiatan under kegiatan "Administrasi '
         'Umum Perangkat Daerah" adds up to Rp 74,000,000, not to the realisasi the '
         "kegiatan states (Rp 75,000,000)."),
    ]
    assert (result.findings[0].expected, result.findings[0].actual) == ("74000000", "75000000")


def test_bud002_ignores_allocation_tables(check):
    body = """
    [[budgets]]
    table = "Tabel 2.3"
    kind = "alokasi"

    [[budgets.items]]
    level = "kegiatan"
    name = "Administrasi Umum Perangkat Daerah"
    pagu = "100"
    realisasi = "90"

    [[budgets.items]]
    level = "sub_kegiatan"
    name = "Penyediaan Alat Tulis Kantor"
    pagu = "100"
    realisasi = "10"
    """
    assert flatten(check(body, "BUD001", "BUD002").findings) == []


# -- BUD003 --------------------------------------------------------------------------------

def test_bud003_stated_totals_differ_from_programs(check):
    old = '[budgets.total]\n    pagu = "131.154.008"\n    realisasi = "120.000.000"\n    persen'
    new = '[budgets.total]\n    pagu = "131.154.080"\n    realisasi = "102.000.000"\n    persen'
    result = check(_with((old, new)), "BUD003")
    assert flatten(result.findings) == [
        ("BUD003", 67, "Total pagu Tabel 3.4 tertulis Rp 131.154.080, tidak sama dengan "
         "jumlah pagu 1 program di dalamnya (Rp 131.154.008)."),
        ("BUD003", 67, "Total realisasi Tabel 3.4 tertulis Rp 102.000.000, tidak sama "
         "dengan jumlah realisasi 1 program di dalamnya (Rp 120.000.000)."),
    ]
    assert flatten(result.findings, "en")[0] == (
        "BUD003", 67, "The pagu total of Tabel 3.4 is stated as Rp 131,154,080, but its "
        "1 program add up to Rp 131,154,008.")
    assert [(f.expected, f.actual) for f in result.findings] == [
        ("131154008", "131154080"), ("120000000", "102000000")]


def test_bud003_table_without_stated_total(check):
    body = """
    [[budgets]]
    table = "Tabel 3.4"
    kind = "realisasi"

    [[budgets.items]]
    level = "program"
    name = "Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota"
    pagu = "100"
    realisasi = "90"
    """
    assert flatten(check(body, "BUD003").findings) == []


# -- BUD003 after BUD001/BUD002: one defect, one finding -----------------------------------

PROGRAM_PAGU = f'"7.01.01"\n    name = "{PROGRAM}"\n    pagu = "131.154.008"'
TOTAL_PAGU = '[budgets.total]\n    pagu = "131.154.008"\n    realisasi = "120.000.000"\n    persen'
ROLLUPS = ("BUD001", "BUD002", "BUD003")


def test_bud003_wrong_only_because_of_a_program_typo_is_folded_into_bud001(check):
    """The program states 131.154.080 over kegiatan adding up to 131.154.008, and the
    table total is 131.154.008, the sum of the rows: the total differs from the programs
    only because of the program's typo, one defect reported once."""
    body = _with((PROGRAM_PAGU, PROGRAM_PAGU.replace("131.154.008", "131.154.080")))
    result = check(body, *ROLLUPS)
    assert [(f.rule, f.location.line) for f in result.findings] == [("BUD001", 32)]
    assert [(r.rule, r.location.line) for r in result.findings[0].related] == [("BUD003", 67)]


def test_bud003_after_a_kegiatan_typo_carried_into_its_program_is_folded_into_bud002(check):
    """Kegiatan Administrasi states realisasi 57.000.000 over sub kegiatan adding up to
    75.000.000; its program added the typo up (102.000.000), the total the rows
    (120.000.000): the total's difference from the program is that typo's."""
    program = 'realisasi = "120.000.000"\n    ' + PROGRAM_PERSEN
    body = _with((K1_PAGU, K1_PAGU.replace("75.000.000", "57.000.000")),
                 (program, program.replace("120.000.000", "102.000.000")))
    result = check(body, *ROLLUPS)
    assert [(f.rule, f.location.line) for f in result.findings] == [("BUD002", 41)]
    assert [(r.rule, r.location.line) for r in result.findings[0].related] == [("BUD003", 67)]


def test_bud003_total_wrong_on_its_own_stays_beside_bud001(check):
    """The total 131.000.000 is neither the sum of the programs nor of the rows: a second
    defect in the same column of the same table, reported on its own."""
    body = _with((PROGRAM_PAGU, PROGRAM_PAGU.replace("131.154.008", "131.154.080")),
                 (TOTAL_PAGU, TOTAL_PAGU.replace("131.154.008", "131.000.000")))
    result = check(body, *ROLLUPS)
    assert [(f.rule, f.location.line, f.related) for f in result.findings] == [
        ("BUD001", 32, ()), ("BUD003", 67, ())]


def test_bud003_in_another_column_is_not_folded_into_a_pagu_rollup(check):
    """A pagu roll-up fails, the realisasi total is wrong: two defects."""
    body = _with((PROGRAM_PAGU, PROGRAM_PAGU.replace("131.154.008", "131.154.080")),
                 (TOTAL_PAGU, TOTAL_PAGU.replace("120.000.000", "102.000.000")))
    result = check(body, *ROLLUPS)
    assert sorted((f.rule, f.location.line, len(f.related)) for f in result.findings) == [
        ("BUD001", 32, 1), ("BUD003", 67, 0)]
    (total,) = [f for f in result.findings if f.rule == "BUD003"]
    assert total.args["column"] == "realisasi"


def test_bud003_stays_when_the_rollup_rules_are_not_run(check):
    body = _with((PROGRAM_PAGU, PROGRAM_PAGU.replace("131.154.008", "131.154.080")))
    assert [(f.rule, f.location.line) for f in check(body, "BUD003").findings] == [
        ("BUD003", 67)]


# -- BUD004 --------------------------------------------------------------------------------

PROGRAM_PERSEN = 'persen = "91,50"\n    sisa = "11.154.008"\n\n    [[budgets.items]]'


def test_bud004_percentage_of_row_and_total_miscomputed(check):
    total = 'persen = "91,50"\n    sisa = "11.154.008"\n\n    [[budgets]]'
    body = _with(
        (PROGRAM_PERSEN, PROGRAM_PERSEN.replace("91,50", "91,60")),
        (total, total.replace("91,50", "92")),
    )
    result = check(body, "BUD004")
    assert flatten(result.findings) == [
        ("BUD004", 32, f'Persentase realisasi program "{PROGRAM}" tertulis 91,60%, padahal '
         "realisasi Rp 120.000.000 dari pagu Rp 131.154.008 adalah 91,50%."),
        ("BUD004", 67, "Persentase realisasi total Tabel 3.4 tertulis 92%, padahal realisasi "
         "Rp 120.000.000 dari pagu Rp 131.154.008 adalah 91,50%."),
    ]
    assert flatten(result.findings, "en")[1] == (
        "BUD004", 67, "The realisasi percentage of total Tabel 3.4 is stated as 92%, but "
        "realisasi Rp 120,000,000 of pagu Rp 131,154,008 is 91.50%.")
    # Compared at the precision printed: 2 decimals for the row, none for the total.
    assert [(f.expected, f.actual) for f in result.findings] == [
        ("91.50", "91.60"), ("91.50", "92")]


def test_bud004_accepts_rounded_truncated_and_shorter_percentages(check):
    # 120.000.000 / 131.154.008 = 91,4954...%: 91,50 rounded, 91,49 truncated, 91,5, 91.
    for printed in ("91,49", "91,5", "91", "91.50"):
        body = _with((PROGRAM_PERSEN, PROGRAM_PERSEN.replace("91,50", printed)))
        assert flatten(check(body, "BUD004").findings) == [], printed


def test_bud004_rounds_half_up_like_the_spreadsheets(check):
    # 77.265 / 100.000 = 77,265% exactly: a spreadsheet prints 77,27 (half-up).
    body = """
    [[budgets]]
    table = "Tabel 3.4"
    kind = "realisasi"

    [[budgets.items]]
    level = "program"
    name = "Program Penyelenggaraan Pemerintahan dan Pelayanan Publik"
    pagu = "100.000"
    realisasi = "77.265"
    persen = "77,20"
    """
    result = check(body, "BUD004")
    assert flatten(result.findings) == [
        ("BUD004", 13, 'Persentase realisasi program "Program Penyelenggaraan Pemerintahan '
         'dan Pelayanan Publik" tertulis 77,20%, padahal realisasi Rp 77.265 dari pagu '
         "Rp 100.000 adalah 77,27%."),
    ]
    assert (result.findings[0].expected, result.findings[0].actual) == ("77.27", "77.20")
    for printed in ("77,27", "77,26"):  # rounded half-up, or truncated
        assert flatten(check(body.replace("77,20", printed), "BUD004").findings) == []


def test_bud004_percent_tolerance(check):
    body = _with((PROGRAM_PERSEN, PROGRAM_PERSEN.replace("91,50", "91,60")))
    config = Config(tolerances=Tolerances(percent=Decimal("0.1")))
    assert flatten(check(body, "BUD004", config=config).findings) == []


def test_bud004_zero_pagu_is_not_checked(check):
    body = """
    [[budgets]]
    table = "Tabel 3.4"
    kind = "realisasi"

    [[budgets.items]]
    level = "program"
    name = "Program Pemberdayaan Masyarakat Desa dan Kelurahan"
    pagu = "Rp -"
    realisasi = "Rp -"
    persen = "100"
    """
    assert flatten(check(body, "BUD004").findings) == []


# -- BUD005 --------------------------------------------------------------------------------

def test_bud005_sisa_miscomputed(check):
    old = 'persen = "96,30"\n    sisa = "1.154.008"'
    result = check(_with((old, old.replace("1.154.008", "1.154.000"))), "BUD005")
    assert flatten(result.findings) == [
        ("BUD005", 53, 'Sisa anggaran sub kegiatan "Penyediaan Bahan Bacaan dan Peraturan '
         'Perundang-undangan" tertulis Rp 1.154.000, padahal pagu Rp 31.154.008 dikurangi '
         "realisasi Rp 30.000.000 adalah Rp 1.154.008."),
    ]
    assert flatten(result.findings, "en") == [
        ("BUD005", 53, 'The sisa (unspent budget) of sub kegiatan "Penyediaan Bahan Bacaan '
         'dan Peraturan Perundang-undangan" is stated as Rp 1,154,000, but pagu '
         "Rp 31,154,008 minus realisasi Rp 30,000,000 is Rp 1,154,008."),
    ]
    assert (result.findings[0].expected, result.findings[0].actual) == ("1154008", "1154000")


def test_bud005_total_sisa_miscomputed(check):
    old = 'persen = "91,50"\n    sisa = "11.154.008"\n\n    [[budgets]]'
    result = check(_with((old, old.replace("11.154.008", "11.154.080"))), "BUD005")
    assert [(f.rule, f.location.line, f.expected, f.actual) for f in result.findings] == [
        ("BUD005", 67, "11154008", "11154080")]


# -- BUD006 --------------------------------------------------------------------------------

PEGAWAI = 'name = "Belanja Pegawai"\n    pagu = "60.000.000"\n    realisasi = "55.000.000"'


def test_bud006_belanja_split_differs_from_both_totals(check):
    body = _with((PEGAWAI, PEGAWAI.replace("55.000.000", "50.000.000")))
    result = check(body, "BUD006")
    assert flatten(result.findings) == [
        ("BUD006", 89, "Jumlah realisasi 2 jenis belanja di Tabel 3.5 adalah Rp 115.000.000, "
         "tidak sama dengan total realisasi Tabel 3.5 (Rp 120.000.000)."),
        ("BUD006", 89, "Jumlah realisasi 2 jenis belanja di Tabel 3.5 adalah Rp 115.000.000, "
         "tidak sama dengan total realisasi Tabel 3.4 (Rp 120.000.000)."),
    ]
    assert flatten(result.findings, "en")[1] == (
        "BUD006", 89, "The realisasi of the 2 jenis belanja (types of spending) in Tabel 3.5 "
        "adds up to "
        "Rp 115,000,000, not to the realisasi total of Tabel 3.4 (Rp 120,000,000).")
    assert (result.findings[1].expected, result.findings[1].actual) == (
        "120000000", "115000000")


def test_bud006_split_adding_up_to_its_own_wrong_total(check):
    old = '"65.000.000"\n\n    [budgets.total]\n    pagu = "131.154.008"'
    body = _with(
        (PEGAWAI, PEGAWAI.replace("60.000.000", "61.000.000")),
        (old, old.replace("131.154.008", "132.154.008")),
    )
    assert flatten(check(body, "BUD006").findings) == [
        ("BUD006", 89, "Jumlah pagu 2 jenis belanja di Tabel 3.5 adalah Rp 132.154.008, "
         "tidak sama dengan total pagu Tabel 3.4 (Rp 131.154.008)."),
    ]


def test_bud006_without_stated_totals_uses_the_programs(check):
    body = """
    [[budgets]]
    table = "Tabel 3.4"
    kind = "realisasi"

    [[budgets.items]]
    level = "program"
    name = "Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota"
    pagu = "1.000.000"
    realisasi = "900.000"

    [[budgets.items]]
    level = "program"
    name = "Program Penyelenggaraan Pemerintahan dan Pelayanan Publik"
    pagu = "500.000"
    realisasi = "500.000"

    [[budgets]]
    table = "Tabel 3.5"
    kind = "belanja"

    [[budgets.items]]
    level = "jenis_belanja"
    name = "Belanja Barang dan Jasa"
    pagu = "1.500.000"
    realisasi = "1.300.000"
    """
    result = check(body, "BUD006")
    assert flatten(result.findings) == [
        ("BUD006", 25, "Jumlah realisasi 1 jenis belanja di Tabel 3.5 adalah Rp 1.300.000, "
         "tidak sama dengan total realisasi Tabel 3.4 (Rp 1.400.000)."),
    ]
    fixed = body.replace('realisasi = "1.300.000"', 'realisasi = "1.400.000"')
    assert flatten(check(fixed, "BUD006").findings) == []


def test_bud006_names_a_split_by_source_of_funds_as_such(check):
    """A split whose rows are sources of funds (DAU, DAK) is called one: the message
    does not call DAU a jenis belanja."""
    body = """
    [[budgets]]
    table = "Tabel 3.4"
    kind = "realisasi"

    [[budgets.items]]
    level = "program"
    name = "Program Pengelolaan Pendidikan"
    pagu = "1.500.000"
    realisasi = "1.400.000"

    [[budgets]]
    table = "Tabel 3.6"
    kind = "belanja"

    [[budgets.items]]
    level = "jenis_belanja"
    name = "Dana Alokasi Umum (DAU)"
    pagu = "1.000.000"
    realisasi = "900.000"

    [[budgets.items]]
    level = "jenis_belanja"
    name = "Dana Alokasi Khusus (DAK)"
    pagu = "500.000"
    realisasi = "450.000"
    """
    result = check(body, "BUD006")
    assert flatten(result.findings) == [
        ("BUD006", 19, "Jumlah realisasi 2 sumber dana di Tabel 3.6 adalah Rp 1.350.000, "
         "tidak sama dengan total realisasi Tabel 3.4 (Rp 1.400.000)."),
    ]
    fixed = body.replace('realisasi = "450.000"', 'realisasi = "500.000"')
    assert flatten(check(fixed, "BUD006").findings) == []


# -- BUD007 --------------------------------------------------------------------------------

def test_bud007_realisasi_above_pagu(check):
    body = _with((ATK_REALISASI, ATK_REALISASI.replace("45.000.000", "52.000.000")))
    result = check(body, "BUD007")
    assert flatten(result.findings) == [
        ("BUD007", 47, 'Realisasi sub kegiatan "Penyediaan Alat Tulis Kantor" '
         "(Rp 52.000.000) melebihi pagunya (Rp 50.000.000) sebesar Rp 2.000.000."),
    ]
    assert flatten(result.findings, "en") == [
        ("BUD007", 47, 'The realisasi of sub kegiatan "Penyediaan Alat Tulis Kantor" '
         "(Rp 52,000,000) exceeds its pagu (Rp 50,000,000) by Rp 2,000,000."),
    ]
    finding = result.findings[0]
    assert finding.severity is Severity.WARNING
    assert (finding.expected, finding.actual) == ("50000000", "52000000")


def test_bud007_realisasi_equal_to_pagu(check):
    body = _with((ATK_REALISASI, ATK_REALISASI.replace("45.000.000", "50.000.000")))
    assert flatten(check(body, "BUD007").findings) == []


def test_bud004_shows_a_dash_as_printed(check):
    """'-' where 100% belongs is read as zero but shown as the reviewer sees it."""
    body = """
    [[budgets]]
    table = "Tabel 3.4"
    kind = "realisasi"

    [[budgets.items]]
    level = "sub_kegiatan"
    name = "Penyediaan Jasa Surat Menyurat"
    pagu = "500.000"
    realisasi = "500.000"
    persen = { raw = "-", value = "0" }
    """
    result = check(body, "BUD004")
    assert flatten(result.findings) == [(
        "BUD004", 13,
        'Persentase realisasi sub kegiatan "Penyediaan Jasa Surat Menyurat" tertulis "-", '
        "padahal realisasi Rp 500.000 dari pagu Rp 500.000 adalah 100,00%.",
    )]
    assert (result.findings[0].expected, result.findings[0].actual) == ("100.00", "-")


def test_amounts_beyond_28_digits_are_reported_not_crashed_on(check):
    body = """
    [[budgets]]
    table = "Tabel 3.4"
    kind = "realisasi"

    [budgets.total]
    pagu = "123.456.789.012.345.678.901.234.567.890"

    [[budgets.items]]
    level = "program"
    name = "Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota"
    pagu = "1.000"
    """
    result = check(body, "BUD003")
    assert [(f.rule, f.expected, f.actual) for f in result.findings] == [
        ("BUD003", "1000", "123456789012345678901234567890")]


PK_BUDGET = """
[[agreement_programs]]
program = "Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota"
pagu = "300.000.000"
table = "Lampiran PK"

[[agreement_programs]]
program = "Program Penyelenggaraan Pemerintahan dan Pelayanan Publik"
pagu = "200.000.000"
table = "Lampiran PK"

[[agreement_totals]]
pagu = "{total}"
table = "Lampiran PK"
"""


def test_bud003_the_pk_program_budget_adds_up_to_its_total(check):
    assert flatten(check(PK_BUDGET.format(total="500.000.000"), "BUD003").findings) == []


def test_bud003_a_pk_total_that_is_not_the_sum_of_its_programs(check):
    result = check(PK_BUDGET.format(total="520.000.000"), "BUD003")
    assert flatten(result.findings) == [
        ("BUD003", 19, "Total pagu Lampiran PK tertulis Rp 520.000.000, tidak sama dengan "
         "jumlah pagu 2 program di dalamnya (Rp 500.000.000)."),
    ]


def test_bud003_a_pk_total_right_against_the_budget_folds_into_the_wrong_row(check):
    # The PK's total is the DPA's; its second row is mistyped (220 for 200): CON006 reports
    # that row, and the total that no longer adds up is the same defect.
    body = PK_BUDGET.format(total="500.000.000").replace(
        'pagu = "200.000.000"', 'pagu = "220.000.000"') + """
[[budgets]]
table = "Tabel 3.5"
kind = "realisasi"

[budgets.total]
pagu = "500.000.000"

[[budgets.items]]
level = "program"
name = "Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota"
pagu = "300.000.000"

[[budgets.items]]
level = "program"
name = "Program Penyelenggaraan Pemerintahan dan Pelayanan Publik"
pagu = "200.000.000"
"""
    result = check(body, "BUD003", "CON006")
    assert [(f.rule, f.location.line) for f in result.findings] == [("CON006", 14)]
    assert [(r.rule, r.location.line) for r in result.findings[0].related] == [("BUD003", 19)]
