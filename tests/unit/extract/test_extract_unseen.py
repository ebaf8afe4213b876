"""What the readers take from wordings and layouts they were not tuned to: scale ranges
in every common wording, the PK printed beside its Perubahan, a table-wide mean under a
table of sasaran, several items in one link cell, the count of one sasaran's programs
and of the indicators a change acts on."""

from __future__ import annotations

import textwrap
from decimal import Decimal

import pytest

from checker.extract import extract_report
from checker.extract._claims import extract_claims
from checker.extract._perf_scale import parse_range, scale_in_text
from checker.model import Level, Report
from checker.text import parse_source


def _report(text: str) -> Report:
    return extract_report(parse_source(textwrap.dedent(text), "laporan.txt"))


D = Decimal


@pytest.mark.parametrize(("text", "bounds"), [
    ("75% sampai kurang dari 90%", (D(75), D("89.99"))),
    ("76 sampai dengan kurang dari 91", (D(76), D("90.99"))),
    ("60 hingga kurang dari 75", (D(60), D("74.99"))),
    ("90% ke atas", (D(90), None)),
    ("90 keatas", (D(90), None)),
    ("90 atau lebih", (D(90), None)),
    ("50 ke bawah", (None, D(50))),
    ("di atas 75 s.d. 90", (D("75.01"), D(90))),
    ("lebih dari 75 sampai dengan 90", (D("75.01"), D(90))),
    # the wordings read before stay as they were
    ("76 - 90", (D(76), D(90))),
    ("76 < X <= 90", (D("76.01"), D(90))),
    ("\u2265 91", (D(91), None)),
    ("< 50", (None, D("49.99"))),
    ("lebih dari atau sama dengan 90%", (D(90), None)),
])
def test_parse_range_reads_every_common_wording(text, bounds):
    assert parse_range(text) == bounds


def _bands(text: str) -> list[tuple[str, Decimal | None, Decimal | None]] | None:
    scale = scale_in_text(parse_source(textwrap.dedent(text)))
    return None if scale is None else [(b.label, b.low, b.high) for b in scale.bands]


def test_a_scale_sentence_of_half_open_ranges_is_read():
    assert _bands("""\
    Predikat capaian mengikuti skala berikut, yaitu lebih dari atau sama dengan 91 Sangat
    Tinggi, 76 sampai dengan kurang dari 91 Tinggi, 66 sampai dengan kurang dari 76 Sedang,
    51 sampai dengan kurang dari 66 Rendah, dan 50 ke bawah Sangat Rendah.
    """) == [
        ("Sangat Tinggi", D(91), None),
        ("Tinggi", D(76), D("90.99")),
        ("Sedang", D(66), D("75.99")),
        ("Rendah", D(51), D("65.99")),
        ("Sangat Rendah", None, D(50)),
    ]


def test_a_sentence_whose_bands_do_not_meet_is_still_no_scale():
    # 75 to below 85 leaves 85 to 90 out: no scale runs with a gap.
    assert _bands("capaian 90% ke atas Sangat Baik; 75% sampai kurang dari 85% Baik; 60% "
                  "sampai kurang dari 75% Cukup; dan di bawah 60% Kurang.") is None


# -- the PK beside its Perubahan -------------------------------------------------------------

TWO_VERSIONS = """\
BAB II PERENCANAAN KINERJA

Tabel 2.3 Perjanjian Kinerja Awal dan Perjanjian Kinerja Perubahan Tahun 2023

No\tSasaran Strategis\tIndikator Kinerja\tTarget PK Awal\tTarget PK Perubahan\tKeterangan
1\tMeningkatnya kualitas pelayanan publik\tIndeks Kepuasan Masyarakat\t80,00\t80,00\ttetap
\t\tPersentase layanan tepat waktu\t60,00%\t70,00%\tdinaikkan

Tabel 2.4 Program dan Anggaran Perjanjian Kinerja Awal dan Perubahan Tahun 2023

No\tProgram\tAnggaran PK Awal (Rp)\tAnggaran PK Perubahan (Rp)
1\tProgram Kepegawaian Daerah\t2.400.000\t2.700.000
\tJumlah\t2.400.000\t2.700.000
"""


def test_a_pk_printed_beside_its_perubahan_is_read_as_both():
    report = _report(TWO_VERSIONS)
    assert [(r.document, r.indikator, r.target.raw if r.target else None, r.where.line)
            for r in report.agreements] == [
        ("pk", "Indeks Kepuasan Masyarakat", "80,00", 6),
        ("pk", "Persentase layanan tepat waktu", "60,00%", 7),
        ("pk_perubahan", "Indeks Kepuasan Masyarakat", "80,00", 6),
        ("pk_perubahan", "Persentase layanan tepat waktu", "70,00%", 7),
    ]
    assert [(p.document, p.program, p.pagu.raw if p.pagu else None)
            for p in report.agreement_programs] == [
        ("pk", "Program Kepegawaian Daerah", "2.400.000"),
        ("pk_perubahan", "Program Kepegawaian Daerah", "2.700.000"),
    ]
    assert [(t.document, t.pagu.raw if t.pagu else None) for t in report.agreement_totals] == [
        ("pk", "2.400.000"), ("pk_perubahan", "2.700.000")]


def test_a_pk_with_one_target_column_keeps_the_version_its_title_names():
    one = TWO_VERSIONS.replace("\tTarget PK Awal\tTarget PK Perubahan\t", "\tTarget\t\t")
    one = one.replace("\t80,00\t80,00\t", "\t80,00\t\t")
    one = one.replace("\t60,00%\t70,00%\t", "\t70,00%\t\t")
    assert {r.document for r in _report(one).agreements} == {"pk_perubahan"}


LAMPIRAN = """\
LAMPIRAN

PERJANJIAN KINERJA PERUBAHAN TAHUN 2023

Kami yang bertanda tangan di bawah ini:
Nama\t: Dr. Sri Wahyuni
Jabatan\t: Kepala Badan
selanjutnya disebut pihak pertama.

No\tSasaran Strategis\tIndikator Kinerja\tTarget
1\tMeningkatnya kualitas pelayanan publik\tPersentase layanan tepat waktu\t70,00%
"""


def test_a_lampiran_pk_under_a_perubahan_heading_is_the_perubahan():
    report = _report(LAMPIRAN)
    assert [(r.document, r.target.raw if r.target else None) for r in report.agreements] == [
        ("pk_perubahan", "70,00%")]
    plain = _report(LAMPIRAN.replace("PERJANJIAN KINERJA PERUBAHAN", "PERJANJIAN KINERJA"))
    assert {r.document for r in plain.agreements} == {"pk"}


# -- a table-wide mean -------------------------------------------------------------------------

CAPAIAN = """\
BAB III AKUNTABILITAS KINERJA

Tabel 3.1 Capaian Kinerja Tahun 2023

No\tSasaran Strategis\tIndikator Kinerja\tTarget\tRealisasi\tCapaian (%)
1\tMeningkatnya kualitas pelayanan publik\tIndeks Kepuasan Masyarakat\t80,00\t84,00\t105,00
\t\tPersentase layanan tepat waktu\t90,00\t90,00\t100,00
\tRata-rata Capaian Sasaran\t\t\t\t102,50
\tRata-rata Keseluruhan\t\t\t\t102,50

Tabel 3.2 Capaian Sasaran Strategis Tahun 2023

No\tSasaran Strategis\tCapaian (%)
1\tMeningkatnya kualitas pelayanan publik\t102,50
2\tMeningkatnya akuntabilitas kinerja\t102,00
\tRata-rata\t102,25
"""


def test_a_mean_over_every_sasaran_is_no_sasarans_summary():
    report = _report(CAPAIAN)
    summaries = [(s.sasaran, s.capaian.raw if s.capaian else None, s.where.line)
                 for table in report.achievements for s in table.summaries]
    # The sasaran's own mean (line 8) and the rows of Tabel 3.2 stay; the mean under the
    # sasaran's mean (line 9) and the Rata-rata of the sasaran table (line 16) do not.
    assert summaries == [
        ("Meningkatnya kualitas pelayanan publik", "102,50", 8),
        ("Meningkatnya kualitas pelayanan publik", "102,50", 14),
        ("Meningkatnya akuntabilitas kinerja", "102,00", 15),
    ]


# -- several kegiatan in one cell ---------------------------------------------------------------


def test_a_link_cell_listing_kegiatan_gives_each_its_own_link():
    report = _report("""\
    Tabel 3.4 Realisasi Anggaran per Sasaran Strategis Tahun 2023

    No\tSasaran Strategis\tKegiatan Pendukung\tPagu (Rp)
    1\tMeningkatnya kualitas pelayanan publik\tKoordinasi Layanan; Pembinaan Desa;\t5.000.000
    2\tMeningkatnya akuntabilitas kinerja\tPerencanaan, Penganggaran, dan Evaluasi\t1.000.000
    """)
    assert [(link.sasaran, link.level, link.name) for link in report.links] == [
        ("Meningkatnya kualitas pelayanan publik", Level.KEGIATAN, "Koordinasi Layanan"),
        ("Meningkatnya kualitas pelayanan publik", Level.KEGIATAN, "Pembinaan Desa"),
        ("Meningkatnya akuntabilitas kinerja", Level.KEGIATAN,
         "Perencanaan, Penganggaran, dan Evaluasi"),
    ]


# -- counts -------------------------------------------------------------------------------------


def _counts(text: str) -> list[tuple]:
    return [(c.subject, c.value.value, c.sasaran)
            for c in extract_claims(parse_source(text + "\n")) if c.kind == "count"]


@pytest.mark.parametrize(("sentence", "sasaran"), [
    ("Sasaran 2 ditunjang oleh 3 (tiga) program.", "2"),
    ("Sasaran Strategis II didukung 3 program.", "2"),
    ("Sasaran 1 terdiri dari 3 program.", "1"),
    ("Program yang menunjang sasaran 2 sebanyak 3 program.", "2"),
    ("Untuk mendukung tercapainya sasaran 3, dilaksanakan 3 program.", "3"),
    ("Kecamatan melaksanakan 3 program untuk menunjang seluruh sasaran.", None),
])
def test_the_programs_of_one_sasaran_carry_it(sentence, sasaran):
    assert _counts(sentence) == [("program", Decimal(3), sasaran)]


@pytest.mark.parametrize("sentence", [
    "Perubahan tersebut menaikkan target 1 (satu) indikator.",
    "PK Perubahan mengubah 2 (dua) indikator dan menambahkan 1 (satu) sasaran.",
    "Sebanyak 2 indikator diubah targetnya.",
    "Terdapat 2 (dua) indikator yang mengalami perubahan target.",
])
def test_what_a_change_acts_on_is_no_count_of_the_whole(sentence):
    assert _counts(sentence) == []


def test_a_count_beside_a_change_word_elsewhere_is_still_a_count():
    assert _counts("PK Perubahan memuat 7 (tujuh) indikator; targetnya tidak diubah.") == [
        ("indikator", Decimal(7), None)]
