"""Structure rules STR001-STR007: the parts of Permenpan RB 53/2014, in order, complete.

Reports are TOML written inline; their narrative is written as comment lines under the
``[[outline]]`` heading they belong to (a heading's line is its ``[[outline]]`` header,
its part runs to the next part's header). Line numbers count the 7-line META prefix of
conftest: a body's first line is line 8.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from conftest import REPO, flatten

from checker.config import Config
from checker.engine import check_report
from checker.readers.structured import read_toml
from checker.result import DocumentResult

FIXTURE = REPO / "tests" / "rules" / "fixtures" / "consistent_report.toml"


@pytest.fixture
def run(check) -> Callable[..., DocumentResult]:
    """``run(body, "STR001")``: the named rules on META + ``body`` (TOML); see conftest."""
    return check


def _outline(*parts: tuple[str, str]) -> str:
    """``[[outline]]`` entries, four lines each (header, kind, text, blank)."""
    return "".join(f'[[outline]]\nkind = "{kind}"\ntext = "{text}"\n\n' for kind, text in parts)


COMPLETE = (
    ("kata_pengantar", "KATA PENGANTAR"),         # line 8
    ("daftar_isi", "DAFTAR ISI"),                 # 12
    ("ikhtisar_eksekutif", "IKHTISAR EKSEKUTIF"),  # 16
    ("bab_1", "BAB I PENDAHULUAN"),               # 20
    ("bab_2", "BAB II PERENCANAAN KINERJA"),      # 24
    ("bab_3", "BAB III AKUNTABILITAS KINERJA"),   # 28
    ("bab_4", "BAB IV PENUTUP"),                  # 32
    ("lampiran", "LAMPIRAN"),                     # 36
)


# -- STR001 --------------------------------------------------------------------------------

def test_str001_all_required_parts_present_passes(run):
    assert flatten(run(_outline(*COMPLETE), "STR001").findings) == []


def test_str001_ringkasan_eksekutif_counts_as_the_ikhtisar(run):
    parts = [("ikhtisar_eksekutif", "RINGKASAN EKSEKUTIF"), *COMPLETE[3:]]
    assert flatten(run(_outline(*parts), "STR001").findings) == []


def test_str001_empty_outline_gives_nothing_to_judge(run):
    assert flatten(run('[plan]\n', "STR001").findings) == []


def test_str001_each_missing_part_is_one_finding_placed_where_it_belongs(run):
    parts = [p for p in COMPLETE if p[0] not in ("ikhtisar_eksekutif", "bab_4")]
    result = run(_outline(*parts), "STR001")
    assert flatten(result.findings) == [
        ("STR001", 16, "Bagian wajib Ikhtisar Eksekutif tidak ditemukan dalam laporan; "
         "seharusnya sebelum Bab I (Pendahuluan) (baris 16)."),
        ("STR001", 24, "Bagian wajib Bab IV (Penutup) tidak ditemukan dalam laporan; "
         "seharusnya sesudah Bab III (Akuntabilitas Kinerja) (baris 24)."),
    ]
    assert flatten(result.findings, "en") == [
        ("STR001", 16, "The required part Ikhtisar Eksekutif is not in the report; it belongs "
         "before Bab I (Pendahuluan) (line 16)."),
        ("STR001", 24, "The required part Bab IV (Penutup) is not in the report; it belongs "
         "after Bab III (Akuntabilitas Kinerja) (line 24)."),
    ]
    assert result.findings[0].expected == "Ikhtisar Eksekutif"


# -- STR002 --------------------------------------------------------------------------------

def test_str002_parts_in_order_pass(run):
    assert flatten(run(_outline(*COMPLETE), "STR002").findings) == []


def test_str002_the_part_out_of_place_is_reported_with_its_neighbours(run):
    parts = [
        ("ikhtisar_eksekutif", "IKHTISAR EKSEKUTIF"),  # 8
        ("bab_1", "BAB I PENDAHULUAN"),                # 12
        ("bab_2", "BAB II PERENCANAAN KINERJA"),       # 16
        ("lampiran", "LAMPIRAN"),                      # 20: before Bab III and IV
        ("bab_3", "BAB III AKUNTABILITAS KINERJA"),    # 24
        ("bab_4", "BAB IV PENUTUP"),                   # 28
    ]
    result = run(_outline(*parts), "STR002")
    assert flatten(result.findings) == [
        ("STR002", 20, "Lampiran (baris 20) tidak pada urutannya: seharusnya sesudah Bab IV "
         "(Penutup) (baris 28)."),
    ]


def test_str002_a_part_misplaced_at_the_start_names_its_successor(run):
    parts = [
        ("bab_4", "BAB IV PENUTUP"),                   # 8
        ("ikhtisar_eksekutif", "IKHTISAR EKSEKUTIF"),  # 12
        ("bab_1", "BAB I PENDAHULUAN"),                # 16
        ("bab_2", "BAB II PERENCANAAN KINERJA"),       # 20
        ("bab_3", "BAB III AKUNTABILITAS KINERJA"),    # 24
    ]
    assert flatten(run(_outline(*parts), "STR002").findings, "en") == [
        ("STR002", 8, "Bab IV (Penutup) (line 8) is out of order: it belongs after Bab III "
         "(Akuntabilitas Kinerja) (line 24)."),
    ]


# -- STR003 --------------------------------------------------------------------------------

BAB3 = """\
[[outline]]
kind = "bab_2"
text = "BAB II PERENCANAAN KINERJA"
# The Bab II text mentions the realisasi anggaran of last year: it does not count.

[[outline]]
kind = "bab_3"
text = "BAB III AKUNTABILITAS KINERJA"
# A. Capaian Kinerja Organisasi
# Capaian kinerja kedua sasaran strategis diuraikan di bawah ini.
{budget}
[[outline]]
kind = "bab_4"
text = "BAB IV PENUTUP"
"""


def test_str003_both_parts_recognised_by_phrasing_pass(run):
    body = BAB3.format(budget="# B. Realisasi Anggaran\n")
    assert flatten(run(body, "STR003").findings) == []


def test_str003_a_budget_table_inside_bab_iii_is_the_realisasi_anggaran(run):
    table = '[[budgets]]\ntable = "Tabel 3.5"\nkind = "realisasi"\n[[budgets.items]]\n' \
            'level = "program"\nname = "Program Penunjang"\npagu = "100"\nrealisasi = "90"\n'
    assert flatten(run(BAB3.format(budget=table), "STR003").findings) == []


def test_str003_missing_realisasi_anggaran_is_reported_with_the_span(run):
    result = run(BAB3.format(budget=""), "STR003")
    assert flatten(result.findings) == [
        ("STR003", 13, "Bab III (baris 13\u201318) tidak memuat Realisasi Anggaran: tidak ada "
         "judul, tabel atau uraian tentang realisasi anggaran."),
    ]
    assert result.findings[0].location.end_line == 18


def test_str003_headings_of_both_kinds_pass(run):
    body = _outline(
        ("bab_3", "BAB III AKUNTABILITAS KINERJA"),
        ("capaian_kinerja", "3.1 Pengukuran Kinerja"),
        ("realisasi_anggaran", "3.2 Akuntabilitas Keuangan"),
        ("bab_4", "BAB IV PENUTUP"),
    )
    assert flatten(run(body, "STR003").findings) == []


# -- STR004 --------------------------------------------------------------------------------

PK = """\
[[agreements]]
sasaran = "Meningkatnya kualitas pelayanan publik"
indikator = "Indeks Kepuasan Masyarakat"
target = "80"

[[agreements]]
sasaran = "Meningkatnya tata kelola pemerintahan desa"
indikator = "Persentase desa tertib administrasi"
target = "100"

"""

SECTIONS = PK + """\
[[outline]]
kind = "bab_3"
text = "BAB III AKUNTABILITAS KINERJA"
# Evaluasi membandingkan kinerja dengan tahun-tahun sebelumnya dan dengan standar nasional.
#
# 3.3.1 Sasaran 1. Meningkatnya kualitas pelayanan publik
# Target dan realisasi IKM: 80 dan 82.
# Dibanding tahun lalu realisasi naik dari 78.
# Target akhir Renstra 2026 adalah 85.
# Standar nasional IKM adalah 76,61.
# Keberhasilan disebabkan oleh pelayanan keliling; kendala: jaringan.
# Efisiensi: anggaran terserap 95% untuk capaian 102,5%.
# Program dan kegiatan yang menunjang: Program Penyelenggaraan Pemerintahan.
#
# 3.3.2 Sasaran 2. Meningkatnya tata kelola pemerintahan desa
# Realisasi 90 dari target 100.
# Kendala: pergantian perangkat desa; solusi: bimbingan teknis.

[[outline]]
kind = "realisasi_anggaran"
text = "3.4 Realisasi Anggaran"
level = 2
# Efisiensi anggaran secara keseluruhan 97%.

[[outline]]
kind = "bab_4"
text = "BAB IV PENUTUP"
"""


def test_str004_each_sasaran_judged_on_its_own_section(run):
    result = run(SECTIONS, "STR004")
    assert flatten(result.findings) == [
        ("STR004", 32, "Uraian sasaran 'Meningkatnya tata kelola pemerintahan desa' (Bab III "
         "baris 32\u201335) belum memuat 5 dari 7 analisis yang diminta: (2) perbandingan "
         "dengan tahun lalu; (3) perbandingan dengan target jangka menengah (Renstra); (4) "
         "perbandingan dengan standar nasional; (6) efisiensi penggunaan sumber daya; (7) "
         "program/kegiatan yang menunjang atau menghambat."),
    ]
    assert flatten(result.findings, "en") == [
        ("STR004", 32, "The text on sasaran 'Meningkatnya tata kelola pemerintahan desa' (Bab "
         "III lines 32\u201335) lacks 5 of the 7 analyses asked for: (2) comparison with last "
         "year; (3) comparison with the medium-term (Renstra) target; (4) comparison with a "
         "national standard; (6) efficiency of the use of resources; (7) programs/kegiatan "
         "that supported or hindered it."),
    ]
    finding = result.findings[0]
    assert (finding.location.end_line, finding.expected, finding.actual) == (35, "7", "2")


def test_str004_all_seven_analyses_in_each_section_pass(run):
    complete = SECTIONS.replace(
        "# Kendala: pergantian perangkat desa; solusi: bimbingan teknis.\n",
        "# Kendala: pergantian perangkat desa; solusi: bimbingan teknis.\n"
        "# Realisasi 2023 adalah 85; target jangka menengah 100.\n"
        "# Tidak ada standar nasional untuk indikator ini.\n"
        "# Masukan/Input: anggaran; Keluaran/Output: desa dibina.\n"
        "# Kegiatan yang mendukung: Fasilitasi Administrasi Tata Pemerintahan Desa.\n",
    )
    assert flatten(run(complete, "STR004").findings) == []


def test_str004_without_sections_the_whole_bab_iii_counts_for_every_sasaran(run):
    body = PK + """\
[[outline]]
kind = "bab_3"
text = "BAB III AKUNTABILITAS KINERJA"
# 1. Target dan realisasi tahun ini (Tabel 3.2).
# 2. Perbandingan dengan tahun sebelumnya (Tabel 3.3).
# 3. Perbandingan dengan target akhir Renstra (Tabel 3.4).
# 4. Analisis penyebab keberhasilan/kegagalan dan solusi.
# 5. Analisis efisiensi penggunaan sumber daya.
# 6. Program/kegiatan yang menunjang keberhasilan.

[[outline]]
kind = "bab_4"
text = "BAB IV PENUTUP"
"""
    message = ("Uraian sasaran '{}' (seluruh Bab III, baris 18\u201327, karena uraian tidak "
               "dipisah per sasaran) belum memuat 1 dari 7 analisis yang diminta: (4) "
               "perbandingan dengan standar nasional.")
    assert flatten(run(body, "STR004").findings) == [
        ("STR004", 18, message.format("Meningkatnya kualitas pelayanan publik")),
        ("STR004", 18, message.format("Meningkatnya tata kelola pemerintahan desa")),
    ]


def test_str004_a_capaian_table_row_in_bab_iii_is_the_target_realisasi_analysis(run):
    body = """\
[[agreements]]
sasaran = "Meningkatnya kualitas pelayanan publik"
indikator = "Indeks Kepuasan Masyarakat"
target = "80"

[[outline]]
kind = "bab_3"
text = "BAB III AKUNTABILITAS KINERJA"
# Sasaran 1
# Realisasi 2023: 78. Target akhir Renstra: 85. Standar nasional: 76,61.
# Penyebab: pelayanan keliling. Efisiensi: 95%. Kegiatan yang menunjang: pelayanan keliling.

[[achievements]]
table = "Tabel 3.1"

[[achievements.rows]]
indikator = "Indeks Kepuasan Masyarakat"
target = "80"
realisasi = "82"

[[outline]]
kind = "bab_4"
text = "BAB IV PENUTUP"
"""
    assert flatten(run(body, "STR004").findings) == []
    outside = body.replace("[[achievements]]", "[[outline]]\nkind = \"bab_4\"\ntext = "
                           "\"BAB IV\"\n\n[[achievements]]", 1)
    assert [f.args["missing"]["id"] for f in run(outside, "STR004").findings] == [
        "(1) target dan realisasi tahun ini"]


def test_str004_structured_report_without_narrative_gives_nothing_to_judge(run):
    body = PK + _outline(("bab_3", "BAB III AKUNTABILITAS KINERJA"), ("bab_4", "BAB IV"))
    assert flatten(run(body, "STR004").findings) == []


def test_str004_a_sasaran_sentence_is_not_a_section_marker(run):
    body = PK + """\
[[outline]]
kind = "bab_3"
text = "BAB III AKUNTABILITAS KINERJA"
# Sasaran 1 terdiri dari 1 indikator dan Sasaran 2 terdiri dari 1 indikator.
# Target dan realisasi, tahun lalu, target akhir Renstra, standar nasional, penyebab,
# efisiensi, dan program yang mendukung diuraikan untuk seluruh sasaran.
"""
    assert flatten(run(body, "STR004").findings) == []


# -- STR005 --------------------------------------------------------------------------------

def test_str005_lampiran_with_the_pk_passes(run):
    body = _outline(*COMPLETE, ("perjanjian_kinerja", "PERJANJIAN KINERJA TAHUN 2024"))
    assert flatten(run(body, "STR005").findings) == []


def test_str005_pk_title_line_in_the_lampiran_passes(run):
    body = _outline(*COMPLETE) + "# Lampiran 1. PERJANJIAN KINERJA TAHUN 2024\n"
    assert flatten(run(body, "STR005").findings) == []


def test_str005_pk_after_bab_iv_without_lampiran_heading_passes(run):
    body = _outline(*COMPLETE[:-1], ("perjanjian_kinerja", "PERJANJIAN KINERJA TAHUN 2024"))
    assert flatten(run(body, "STR005").findings) == []


def test_str005_lampiran_without_the_pk_is_reported(run):
    body = _outline(*COMPLETE) + "# INDIKATOR KINERJA UTAMA\n# Perjanjian kinerja diukur.\n"
    result = run(body, "STR005")
    assert flatten(result.findings) == [
        ("STR005", 36, "Lampiran (baris 36\u201341) tidak memuat Perjanjian Kinerja, padahal "
         "Perjanjian Kinerja yang ditandatangani harus dilampirkan."),
    ]
    assert flatten(result.findings, "en") == [
        ("STR005", 36, "The Lampiran (lines 36\u201341) does not hold the Perjanjian Kinerja, "
         "but the signed Perjanjian Kinerja must be attached."),
    ]


def test_str005_no_lampiran_at_all_is_reported_at_bab_iv(run):
    body = _outline(*COMPLETE[:-1]) + "# Demikian laporan sesuai Perjanjian Kinerja.\n"
    assert flatten(run(body, "STR005").findings) == [
        ("STR005", 32, "Laporan tidak memiliki Lampiran dan tidak ada Perjanjian Kinerja "
         "sesudah Bab IV (baris 32), padahal Perjanjian Kinerja yang ditandatangani harus "
         "dilampirkan."),
    ]


# -- STR006 --------------------------------------------------------------------------------

def test_str006_pernyataan_heading_passes(run):
    body = _outline(*COMPLETE, ("pernyataan_reviu", "PERNYATAAN TELAH DIREVIU"))
    assert flatten(run(body, "STR006").findings) == []


def test_str006_pernyataan_in_the_text_passes(run):
    body = _outline(*COMPLETE) + "# PERNYATAAN TELAH DIREVIU\n"
    assert flatten(run(body, "STR006").findings) == []


def test_str006_missing_pernyataan_is_information(run):
    result = run(_outline(*COMPLETE[2:5]), "STR006")
    assert flatten(result.findings) == [
        # At the last part, as there is no Lampiran to point at.
        ("STR006", 16, "Laporan tidak memuat Pernyataan Telah Direviu dari APIP (bagian yang "
         "ada: Ikhtisar Eksekutif baris 8, Bab I (Pendahuluan) baris 12, Bab II (Perencanaan "
         "Kinerja) baris 16)."),
    ]
    assert result.findings[0].severity.label == "info"


# -- STR007 --------------------------------------------------------------------------------

DAFTAR_ISI = """\
[[outline]]
kind = "daftar_isi"
text = "DAFTAR ISI"
# KATA PENGANTAR ........ i
# BAB I PENDAHULUAN ........ 1
# BAB II PERENCANAAN KINERJA ........ 5
# 2.3 Perjanjian Kinerja ........ 7
# BAB III AKUNTABILITAS KINERJA ........ 9
# BAB IV PENUTUP ........ 20
# LAMPIRAN
# Lampiran 1. Perjanjian Kinerja Tahun 2024
# DAFTAR TABEL
# Tabel 2.3 Perjanjian Kinerja ........ 7

"""


def test_str007_every_entry_points_to_a_part_passes(run):
    body = DAFTAR_ISI + _outline(*COMPLETE[2:], ("perjanjian_kinerja", "PERJANJIAN KINERJA"))
    assert flatten(run(body, "STR007").findings) == []


def test_str007_entries_pointing_nowhere_are_reported(run):
    parts = [p for p in COMPLETE[2:] if p[0] != "bab_4"]
    result = run(DAFTAR_ISI + _outline(*parts) + "# INDIKATOR KINERJA UTAMA\n", "STR007")
    assert flatten(result.findings) == [
        ("STR007", 14, "Daftar Isi (baris 14) mencantumkan '2.3 Perjanjian Kinerja', "
         "tetapi Perjanjian Kinerja tidak ada dalam laporan."),
        ("STR007", 16, "Daftar Isi (baris 16) mencantumkan 'BAB IV PENUTUP', tetapi Bab IV "
         "(Penutup) tidak ada dalam laporan."),
        ("STR007", 18, "Daftar Isi (baris 18) mencantumkan 'Lampiran 1. Perjanjian Kinerja "
         "Tahun 2024', tetapi Perjanjian Kinerja (Lampiran) tidak ada dalam laporan."),
    ]


# -- STR007 after STR001/STR005: one defect, one finding -----------------------------------

FOLDING = ("STR001", "STR005", "STR007")


def test_str007_for_a_part_reported_missing_is_folded_into_that_finding(run):
    """Bab IV is missing (STR001) and the Lampiran holds no PK (STR005): the Daftar Isi
    entries pointing at them are the same missing parts seen from the Daftar Isi."""
    parts = [p for p in COMPLETE[2:] if p[0] != "bab_4"]
    result = run(DAFTAR_ISI + _outline(*parts) + "# INDIKATOR KINERJA UTAMA\n", *FOLDING)
    assert [(f.rule, f.location.line, [(r.rule, r.location.line) for r in f.related])
            for f in result.findings] == [
        ("STR007", 14, []),  # the Bab II PK: no rule but STR007 reports it missing
        ("STR001", 34, [("STR007", 16)]),
        ("STR005", 38, [("STR007", 18)]),
    ]


def test_str007_without_a_lampiran_both_its_entries_fold_into_str005(run):
    parts = [p for p in COMPLETE[2:] if p[0] not in ("ikhtisar_eksekutif", "lampiran")]
    result = run(DAFTAR_ISI + _outline(*parts) + "# Demikian.\n", *FOLDING)
    assert [(f.rule, f.location.line, [(r.rule, r.location.line) for r in f.related])
            for f in result.findings] == [
        ("STR007", 14, []),
        # The missing Ikhtisar is a part the Daftar Isi does not list: independent.
        ("STR001", 22, []),
        ("STR005", 34, [("STR007", 17), ("STR007", 18)]),
    ]


def test_str007_stays_when_the_rules_of_the_missing_part_are_not_run(run):
    parts = [p for p in COMPLETE[2:] if p[0] != "bab_4"]
    result = run(DAFTAR_ISI + _outline(*parts) + "# INDIKATOR KINERJA UTAMA\n", "STR007")
    assert [f.location.line for f in result.findings] == [14, 16, 18]


# -- the complete, consistent report --------------------------------------------------------

def test_the_consistent_report_fixture_gives_no_structure_or_consistency_finding(
    registry,
):
    report = read_toml(FIXTURE, FIXTURE.read_bytes())
    rules = [r for r in registry.rules if r.code[:3] in ("STR", "CON")]
    result = check_report(report, rules, Config())
    assert flatten(result.findings) == []
    assert len(rules) == 30


def test_the_consistent_report_fixture_is_judged_not_skipped(registry, tmp_path):
    """Removing one analysis or the Pernyataan from the fixture is reported: the rules did
    read its outline and narrative."""
    text = FIXTURE.read_text(encoding="utf-8")
    broken = text.replace("# (4) Tidak ada standar nasional untuk indikator ini.\n", "#\n")
    broken = broken.replace('kind = "pernyataan_reviu"', 'kind = "other"')
    broken = broken.replace("# PERNYATAAN TELAH DIREVIU", "# PERNYATAAN")
    path = tmp_path / "broken.toml"
    path.write_text(broken, encoding="utf-8")
    report = read_toml(path, path.read_bytes())
    rules = [r for r in registry.rules if r.code in ("STR004", "STR006")]
    found = [(f.rule, f.args.get("sasaran")) for f in check_report(report, rules,
                                                                 Config()).findings]
    assert sorted(found) == [("STR004", "Meningkatnya tertib administrasi pemerintahan desa"),
                             ("STR006", None)]


def test_str004_a_numbered_section_about_a_replaced_sasaran_belongs_to_none(run):
    body = """\
[[agreements]]
sasaran = "Meningkatnya kualitas pelayanan publik"
indikator = "Indeks Kepuasan Masyarakat"

[[agreements]]
document = "pk_perubahan"
sasaran = "Meningkatnya kemandirian keuangan desa"
indikator = "Persentase desa dengan pendapatan asli desa naik"

[[outline]]
kind = "bab_3"
text = "BAB III AKUNTABILITAS KINERJA"
# Sasaran 1
# Target dan realisasi, tahun lalu, target akhir Renstra, standar nasional, penyebab,
# efisiensi, dan program yang mendukung.

[[achievements]]
table = "Tabel 3.1"

[[achievements.rows]]
sasaran = "Meningkatnya kualitas pelayanan publik"
indikator = "Indeks Kepuasan Masyarakat"
target = "80"
realisasi = "82"

[[outline]]
kind = "bab_4"
text = "BAB IV PENUTUP"
"""
    result = run(body, "STR004")
    assert [(f.rule, f.location.line, f.args["sasaran"], f.args["count"])
            for f in result.findings] == [
        ("STR004", 17, "Meningkatnya kemandirian keuangan desa", 7)]
    assert flatten(result.findings, "en")[0][2].startswith(
        "The text on sasaran 'Meningkatnya kemandirian keuangan desa' (no text of its own in "
        "Bab III) lacks 7 of the 7 analyses asked for: (1) this year's target against "
        "realisasi;")


def test_every_rule_is_silent_on_the_consistent_report(registry):
    """All roll-ups right, every part and analysis present, one agency, one year: no
    rule of any pack has anything to say (not even an info)."""
    report = read_toml(FIXTURE, FIXTURE.read_bytes())
    result = check_report(report, list(registry.rules), Config())
    assert [(f.rule, f.location.line) for f in result.findings] == []


def test_str001_a_text_report_without_any_part_misses_them_all(registry):
    from checker.model import Meta, Report

    report = Report(path="laporan.txt", format="text", meta=Meta(year=2024),
                    text=("No\tProgram\tPagu", "1\tProgram Penunjang\t1.000.000"))
    rules = [r for r in registry.rules if r.code == "STR001"]
    found = check_report(report, rules, Config()).findings
    assert [f.expected for f in found] == [
        "Ikhtisar Eksekutif", "Bab I (Pendahuluan)", "Bab II (Perencanaan Kinerja)",
        "Bab III (Akuntabilitas Kinerja)", "Bab IV (Penutup)"]
