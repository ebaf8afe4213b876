"""CON006 on the Perjanjian Kinerja: the PK in force states the realisasi table's pagu
for each of its programs.

Line numbers count the 7-line META prefix of conftest: a body's first line is line 8.
"""

from __future__ import annotations

from conftest import edited, flatten

PENUNJANG = "Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota"
PELAYANAN = "Program Penyelenggaraan Pemerintahan dan Pelayanan Publik"

# The realisasi table of Bab III (programs at lines 11 and 16) and the PK's program
# budget (lines 22 and 27).
REALISED = f"""\
[[budgets]]
table = "Tabel 3.3"
kind = "realisasi"
[[budgets.items]]
level = "program"
name = "{PENUNJANG}"
pagu = "600.000.000"
realisasi = "580.000.000"
[[budgets.items]]
level = "program"
name = "{PELAYANAN}"
pagu = "400.000.000"
realisasi = "370.000.000"

[[agreement_programs]]
table = "Lampiran 1"
program = "{PENUNJANG}"
pagu = "600.000.000"

[[agreement_programs]]
table = "Lampiran 1"
program = "{PELAYANAN}"
pagu = "400.000.000"
"""

# Two program amounts swapped in the PK (the total is unchanged).
SWAPPED = ((f'program = "{PENUNJANG}"\npagu = "600.000.000"',
            f'program = "{PENUNJANG}"\npagu = "400.000.000"'),
           (f'program = "{PELAYANAN}"\npagu = "400.000.000"',
            f'program = "{PELAYANAN}"\npagu = "600.000.000"'))

# The PK signed on the budget before the APBD Perubahan (after REALISED: lines 32, 38).
ORIGINAL_PK = f"""
[[agreement_programs]]
table = "Tabel 2.2"
document = "pk"
program = "{PENUNJANG}"
pagu = "650.000.000"

[[agreement_programs]]
table = "Tabel 2.2"
document = "pk"
program = "{PELAYANAN}"
pagu = "420.000.000"
"""


def _revised(body: str) -> str:
    """``body`` whose PK program table is the PK Perubahan."""
    return body.replace('table = "Lampiran 1"\n',
                        'table = "Lampiran 1"\ndocument = "pk_perubahan"\n')


def test_a_pk_that_states_the_realisasi_tables_pagu_passes(check):
    assert flatten(check(REALISED, "CON006").findings) == []


def test_a_pk_program_pagu_that_differs_is_reported_once_at_the_pk_row(check):
    result = check(edited(REALISED, *SWAPPED), "CON006")
    assert flatten(result.findings) == [
        ("CON006", 22, f"Pagu program '{PENUNJANG}' tertulis Rp 600.000.000 di Tabel 3.3 "
         "(baris 11), tetapi Rp 400.000.000 di PK (Lampiran 1) (baris 22)."),
        ("CON006", 27, f"Pagu program '{PELAYANAN}' tertulis Rp 400.000.000 di Tabel 3.3 "
         "(baris 16), tetapi Rp 600.000.000 di PK (Lampiran 1) (baris 27)."),
    ]
    assert flatten(result.findings, "en")[0] == (
        "CON006", 22, f"The pagu of program '{PENUNJANG}' is Rp 600,000,000 in Tabel 3.3 "
        "(line 11), but Rp 400,000,000 in PK (Lampiran 1) (line 22).")
    assert [(f.expected, f.actual) for f in result.findings] == [
        ("600000000", "400000000"), ("400000000", "600000000")]


def test_a_pk_perubahan_is_compared_and_the_pk_it_replaced_is_not(check):
    revised = _revised(REALISED) + ORIGINAL_PK
    assert flatten(check(revised, "CON006").findings) == []
    wrong = _revised(edited(REALISED, SWAPPED[1])) + ORIGINAL_PK
    assert [(f.rule, f.location.line, f.text("id").split(" di ")[-1])
            for f in check(wrong, "CON006").findings] == [
        ("CON006", 28, "PK Perubahan (Lampiran 1) (baris 28)."),
    ]


def test_the_pk_alone_is_compared_when_the_report_has_no_pk_perubahan(check):
    assert [f.location.line for f in check(REALISED + ORIGINAL_PK, "CON006").findings] == [
        32, 38]


ALLOCATED = f"""\
[[budgets]]
table = "Tabel 2.3"
kind = "alokasi"
[[budgets.items]]
level = "program"
name = "{PELAYANAN}"
pagu = "400.000.000"

"""


def test_a_realisasi_row_that_differs_from_the_pk_and_the_alokasi_is_reported_once(check):
    body = ALLOCATED + edited(REALISED, ('pagu = "400.000.000"\nrealisasi',
                                         'pagu = "410.000.000"\nrealisasi'))
    assert [(f.rule, f.location.line, f.location.table) for f in check(body, "CON006").findings
            ] == [("CON006", 24, "Tabel 3.3")]


def test_a_per_sasaran_subtotal_is_not_compared_with_the_pk(check):
    subset = f"""\
[[budgets]]
table = "Tabel 3.5 Program Pendukung Sasaran 1"
kind = "realisasi"
sasaran = "1"
[[budgets.items]]
level = "program"
name = "{PENUNJANG}"
pagu = "150.000.000"

"""
    assert flatten(check(subset + REALISED, "CON006").findings) == []


def test_a_program_row_that_does_not_add_up_is_left_to_bud001(check):
    kegiatan = (f'name = "{PELAYANAN}"\npagu = "410.000.000"\nrealisasi = "370.000.000"\n'
                '[[budgets.items]]\nlevel = "kegiatan"\nname = "Pelayanan Administrasi"\n'
                'pagu = "400.000.000"\n')
    body = REALISED.replace(
        f'name = "{PELAYANAN}"\npagu = "400.000.000"\nrealisasi = "370.000.000"\n', kegiatan)
    assert [f.rule for f in check(body, "CON006", "BUD001").findings] == ["BUD001"]
