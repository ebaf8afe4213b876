"""Coverage of the PK: the main capaian table measures every PK sasaran and indicator
(CAS009), every IKU indicator is agreed in the PK (CAS010), and every program spent on
and tied to a sasaran is in the RKT (CAS011).

Line numbers count the 7-line META prefix of conftest: a body's first line is line 8.
"""

from __future__ import annotations

from textwrap import dedent

from conftest import META, edited, flatten

PK = """\
[[agreements]]
sasaran = "Meningkatnya kualitas pelayanan publik"
indikator = "Indeks Kepuasan Masyarakat"
target = "80"

[[agreements]]
sasaran = "Meningkatnya kualitas pelayanan publik"
indikator = "Persentase pengaduan yang ditindaklanjuti"
target = "90"

[[agreements]]
sasaran = "Meningkatnya tertib administrasi desa"
indikator = "Persentase desa tertib administrasi"
target = "100"

[[agreements]]
sasaran = "Meningkatnya ketentraman dan ketertiban umum"
indikator = "Persentase gangguan ketertiban yang ditangani"
target = "100"
"""


def _row(indikator: str, sasaran: str | None = None) -> str:
    head = f'sasaran = "{sasaran}"\n' if sasaran else ""
    return (f'\n[[achievements.rows]]\n{head}indikator = "{indikator}"\n'
            'target = "80"\nrealisasi = "80"\ncapaian = "100,00"\n')


MAIN = ('\n[[achievements]]\ntable = "Tabel 3.1 Capaian Kinerja"\n'
        + _row("Indeks Kepuasan Masyarakat", "Meningkatnya kualitas pelayanan publik")
        + _row("Persentase pengaduan yang ditindaklanjuti",
               "Meningkatnya kualitas pelayanan publik")
        + _row("Persentase desa tertib administrasi", "Meningkatnya tertib administrasi desa")
        + _row("Persentase gangguan ketertiban yang ditangani",
               "Meningkatnya ketentraman dan ketertiban umum"))

ANALYSIS = ('\n[[achievements]]\ntable = "Tabel 3.3 Analisis Capaian Sasaran 2"\n'
            + _row("Persentase desa tertib administrasi"))


def _line(body: str, text: str) -> int:
    """The line of the ``[[...]]`` entry that holds ``text`` in the checked file (META +
    body): a structured row points at its entry's first line."""
    lines = (META + dedent(body)).splitlines()
    found = next(number for number, line in enumerate(lines, 1) if text in line)
    return max(number for number, line in enumerate(lines[:found], 1)
               if line.startswith("[["))


# -- CAS009: the main capaian table ---------------------------------------------------------

def test_cas009_silent_when_the_main_table_measures_every_indicator(check):
    assert flatten(check(PK + MAIN + ANALYSIS, "CAS009").findings) == []


def test_cas009_a_sasaran_measured_only_in_its_own_table(check):
    main = MAIN.replace(_row("Persentase desa tertib administrasi",
                             "Meningkatnya tertib administrasi desa"), "")
    body = PK + main + ANALYSIS
    findings = check(body, "CAS009").findings
    assert flatten(findings) == [(
        "CAS009", _line(body, 'indikator = "Persentase desa tertib administrasi"'),
        "Sasaran 'Meningkatnya tertib administrasi desa' dari Perjanjian Kinerja tidak "
        "tercantum di tabel capaian kinerja utama (Tabel 3.1 Capaian Kinerja), padahal "
        "diukur di Tabel 3.3 Analisis Capaian Sasaran 2.")]
    assert findings[0].text("en").startswith("Sasaran 'Meningkatnya tertib administrasi desa'")


def test_cas009_one_indicator_of_a_sasaran_left_out(check):
    main = MAIN.replace(_row("Persentase pengaduan yang ditindaklanjuti",
                             "Meningkatnya kualitas pelayanan publik"), "")
    other = ('\n[[achievements]]\ntable = "Tabel 3.2 Analisis Capaian Sasaran 1"\n'
             + _row("Persentase pengaduan yang ditindaklanjuti"))
    body = PK + main + other
    assert [(f.rule, f.location.line, f.expected) for f in check(body, "CAS009").findings] == [
        ("CAS009", _line(body, 'indikator = "Persentase pengaduan'), "Tabel 3.1 Capaian Kinerja")]


def test_cas009_an_indicator_measured_nowhere_is_left_to_cas002(check):
    main = MAIN.replace(_row("Persentase pengaduan yang ditindaklanjuti",
                             "Meningkatnya kualitas pelayanan publik"), "")
    result = check(PK + main + ANALYSIS, "CAS009", "CAS002")
    assert [f.rule for f in result.findings] == ["CAS002"]


def test_cas009_a_shortened_name_in_the_main_table_is_not_missing(check):
    main = MAIN.replace('indikator = "Persentase desa tertib administrasi"',
                        'indikator = "Persentase desa tertib"')
    body = edited(PK, ('indikator = "Persentase desa tertib administrasi"',
                       'indikator = "Persentase desa tertib administrasi pemerintahan"'))
    assert flatten(check(body + main + ANALYSIS, "CAS009").findings) == []


def test_cas009_a_table_of_one_sasaran_is_not_the_main_table(check):
    """A report of per-sasaran tables only: none of them is expected to list it all."""
    first = ('\n[[achievements]]\ntable = "Tabel 3.2 Analisis Capaian Sasaran 1"\n'
             + _row("Indeks Kepuasan Masyarakat")
             + _row("Persentase pengaduan yang ditindaklanjuti"))
    assert flatten(check(PK + first + ANALYSIS, "CAS009").findings) == []


# -- CAS010: the IKU in the PK ----------------------------------------------------------------

def _iku(*names: str) -> str:
    return "".join(f'\n[[iku]]\nindikator = "{name}"\ntable = "Tabel 2.1 IKU"\n'
                   for name in names)


def test_cas010_silent_when_the_pk_adds_indicators_beside_the_iku(check):
    body = PK + _iku("Indeks Kepuasan Masyarakat", "Persentase desa tertib administrasi")
    assert flatten(check(body, "CAS010").findings) == []


def test_cas010_an_iku_indicator_the_pk_does_not_agree(check):
    body = PK + _iku("Indeks Kepuasan Masyarakat", "Persentase sarana kantor berfungsi baik")
    assert flatten(check(body, "CAS010").findings) == [(
        "CAS010", _line(body, "sarana kantor"),
        "Indikator IKU 'Persentase sarana kantor berfungsi baik' tidak diperjanjikan dalam "
        "Perjanjian Kinerja (Perjanjian Kinerja).")]


def test_cas010_an_iku_sharing_nothing_with_the_pk_is_one_finding(check):
    body = PK + _iku("Persentase sarana kantor berfungsi baik",
                     "Persentase arsip tertata sesuai standar")
    findings = check(body, "CAS010").findings
    assert [(f.rule, f.location.line, f.expected, f.actual) for f in findings] == [
        ("CAS010", _line(body, "sarana kantor"), "2 indikator IKU", "0")]
    assert findings[0].text("en").startswith("All 2 IKU indicators: not agreed")


# -- CAS011: the RKT programs -----------------------------------------------------------------

BUDGET = """
[[budgets]]
table = "Tabel 3.9 Realisasi Anggaran"
kind = "realisasi"

[[budgets.items]]
level = "program"
name = "Program Penyelenggaraan Pemerintahan dan Pelayanan Publik"
pagu = "300.000.000"
realisasi = "290.000.000"

[[budgets.items]]
level = "program"
name = "Program Pembinaan dan Pengawasan Pemerintahan Desa"
pagu = "150.000.000"
realisasi = "150.000.000"
"""


def _link(table: str, sasaran: str, program: str) -> str:
    return (f'\n[[links]]\nsasaran = "{sasaran}"\nlevel = "program"\nname = "{program}"\n'
            f'source = "link_table"\ntable = "{table}"\n')


RKT = "Tabel 2.2 Rencana Kinerja Tahunan (RKT) 2024"
ANALYSIS_LINKS = (
    _link("Tabel 3.7 Analisis Program Pendukung", "1",
          "Program Penyelenggaraan Pemerintahan dan Pelayanan Publik")
    + _link("Tabel 3.7 Analisis Program Pendukung", "2",
            "Program Pembinaan dan Pengawasan Pemerintahan Desa"))


def test_cas011_silent_when_the_rkt_lists_every_program(check):
    body = (PK + BUDGET + ANALYSIS_LINKS
            + _link(RKT, "1", "Program Penyelenggaraan Pemerintahan dan Pelayanan Publik")
            + _link(RKT, "2", "Program Pembinaan dan Pengawasan Pemerintahan Desa"))
    assert flatten(check(body, "CAS011").findings) == []


def test_cas011_a_linked_program_the_rkt_leaves_out(check):
    body = (PK + BUDGET + ANALYSIS_LINKS
            + _link(RKT, "1", "Program Penyelenggaraan Pemerintahan dan Pelayanan Publik"))
    assert flatten(check(body, "CAS011").findings) == [(
        "CAS011", _line(body, 'name = "Program Pembinaan'),
        "Program 'Program Pembinaan dan Pengawasan Pemerintahan Desa' direalisasikan di "
        f"Tabel 3.9 Realisasi Anggaran, tetapi tidak tercantum di {RKT}.")]


def test_cas011_a_program_linked_nowhere_is_left_to_cas003(check):
    body = (PK + BUDGET
            + _link(RKT, "1", "Program Penyelenggaraan Pemerintahan dan Pelayanan Publik"))
    assert flatten(check(body, "CAS011").findings) == []


def test_cas011_silent_without_an_rkt(check):
    assert flatten(check(PK + BUDGET + ANALYSIS_LINKS, "CAS011").findings) == []
