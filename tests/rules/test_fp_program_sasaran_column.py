"""The links a reviewer reads where the cascade rules (CAS003, CAS005, CAS007) read none,
or read a wrong one:

- the Perjanjian Kinerja's program table with a plain "Sasaran" column right of the
  programs that names each program's sasaran by code ("S1", "Sasaran 3") or all of them
  ("Semua sasaran": the overhead program), or a column headed only "Mendukung";
- "Sasaran ini ditunjang Program A" without "oleh";
- a list of programs that begins on its sentence's line and wraps onto the next ("Program
  pendukung: Program Pengelolaan Aspek" / "Kegeologian (pagu Rp ...)"), after "capaian
  sasaran 98,07%", which names no 98th sasaran;
- "Program X dari Dinas Kesehatan": whose program it is, no part of its name; and a budget
  of kegiatan only (a UPTD) that cannot miss a program.

Each with the real defect of its kind still reported.
"""

from __future__ import annotations

import pytest

from checker.config import Config
from checker.engine import check_report
from checker.extract import extract_report
from checker.text import parse_source

CASCADE = ("CAS003", "CAS005", "CAS007")


@pytest.fixture
def run(registry):
    """(links as (sasaran, name), findings as (rule, line)) of a markdown report."""
    rules = [rule for rule in registry.rules if rule.code in CASCADE]

    def check(text: str):
        report = extract_report(parse_source(text, "laporan.md"))
        links = [(link.sasaran, link.name) for link in report.links]
        findings = [(f.rule, f.location.line) for f in check_report(report, rules,
                                                                   Config()).findings]
        return links, findings

    return check


PK = """\
# BAB II PERENCANAAN KINERJA

Tabel 2.2 Perjanjian Kinerja Tahun 2023

| No | Sasaran Strategis | Indikator Kinerja | Satuan | Target |
|---|---|---|---|---|
| S1 | Meningkatnya akses masyarakat terhadap energi listrik | Rasio elektrifikasi | % | 99,10 |
| S2 | Meningkatnya tata kelola pertambangan | Indeks Tata Kelola Pertambangan | Indeks | 3,40 |
| S3 | Meningkatnya akuntabilitas kinerja dinas | Nilai SAKIP | Nilai | 70,00 |

Tabel 2.3 Anggaran Program dalam Perjanjian Kinerja Tahun 2023

| No | Program | Sasaran | Anggaran (Rp) |
|---|---|---|---|
| 1 | Program Penunjang Urusan Pemerintahan Daerah Provinsi | Semua sasaran | 300.000.000 |
| 2 | Program Pengelolaan Aspek Kegeologian | S2 | 100.000.000 |
| 3 | Program Pengelolaan Ketenagalistrikan | Sasaran 1 | 500.000.000 |
|  | Jumlah |  | 900.000.000 |

"""
BUDGET = """\
# BAB III AKUNTABILITAS KINERJA

Tabel 3.5 Realisasi Anggaran per Program Tahun 2023

| Kode | Program / Kegiatan | Pagu | Realisasi | % |
|---|---|---|---|---|
| 3.28.01 | Program Penunjang Urusan Pemerintahan Daerah Provinsi | 300.000.000 \
| 290.000.000 | 96,67 |
| 3.28.02 | Program Pengelolaan Aspek Kegeologian | 100.000.000 | 95.000.000 | 95,00 |
| 3.28.06 | Program Pengelolaan Ketenagalistrikan | 500.000.000 | 490.000.000 | 98,00 |
|  | Jumlah | 900.000.000 | 875.000.000 | 97,22 |
"""
PENUNJANG = "Program Penunjang Urusan Pemerintahan Daerah Provinsi"
GEOLOGI = "Program Pengelolaan Aspek Kegeologian"
LISTRIK = "Program Pengelolaan Ketenagalistrikan"
SASARAN_1 = "Meningkatnya akses masyarakat terhadap energi listrik"
SASARAN_2 = "Meningkatnya tata kelola pertambangan"
SASARAN_3 = "Meningkatnya akuntabilitas kinerja dinas"


# -- the PK's program table: a "Sasaran" column of codes, "Semua sasaran" ----------------

def test_a_sasaran_column_of_codes_links_each_program(run):
    links, findings = run(PK + BUDGET)
    assert links == [(SASARAN_1, PENUNJANG), (SASARAN_2, PENUNJANG), (SASARAN_3, PENUNJANG),
                     ("Sasaran 2", GEOLOGI), ("Sasaran 1", LISTRIK)]
    assert findings == []


def test_a_sasaran_column_of_outcomes_written_out_links_nothing(run):
    # The column holds a program's own outcome, not the sasaran of the PK it supports.
    own_outcome = PK.replace("| Semua sasaran |", "| Terselenggaranya administrasi |")
    links, _ = run(own_outcome + BUDGET)
    assert links == []


def test_a_budget_program_the_sasaran_column_leaves_out_is_still_reported(run):
    # The PK table links another program to sasaran 1: the budget's Ketenagalistrikan
    # (line 28) reaches no sasaran, and the PK's program is missing from the budget.
    renamed = PK.replace("| Program Pengelolaan Ketenagalistrikan | Sasaran 1 | 500",
                         "| Program Pengelolaan Listrik Perdesaan | Sasaran 1 | 500")
    links, findings = run(renamed + BUDGET)
    assert ("Sasaran 1", "Program Pengelolaan Listrik Perdesaan") in links
    assert findings == [("CAS005", 17), ("CAS003", 28)]


# -- a column headed "Mendukung"; "ditunjang Program" without "oleh" -----------------------

MENDUKUNG = PK.replace("| No | Program | Sasaran | Anggaran (Rp) |",
                       "| No | Program | Anggaran (Rp) | Mendukung |").replace(
    "| Semua sasaran | 300.000.000 |", "| 300.000.000 | Sasaran 3 |").replace(
    "| S2 | 100.000.000 |", "| 100.000.000 | Sasaran 2 |").replace(
    "| Sasaran 1 | 500.000.000 |", "| 500.000.000 | Sasaran 1 |").replace(
    "|  | Jumlah |  | 900.000.000 |", "|  | Jumlah | 900.000.000 |  |")


def test_a_column_headed_mendukung_links_each_program(run):
    links, findings = run(MENDUKUNG + BUDGET)
    assert links == [("Sasaran 3", PENUNJANG), ("Sasaran 2", GEOLOGI), ("Sasaran 1", LISTRIK)]
    assert findings == []


def test_a_sasaran_no_row_of_the_mendukung_column_names_is_still_reported(run):
    # Sasaran 2 left out: its program is said to support sasaran 1.
    _, findings = run(MENDUKUNG.replace("| 100.000.000 | Sasaran 2 |",
                                        "| 100.000.000 | Sasaran 1 |") + BUDGET)
    assert findings == [("CAS007", 8)]


NO_OLEH = """\
## Sasaran 2: Meningkatnya tata kelola pertambangan

Sasaran ini ditunjang Program Pengelolaan Aspek Kegeologian dengan anggaran Rp 100.000.000.

## Sasaran 3: Meningkatnya akuntabilitas kinerja dinas

Sasaran ini ditunjang Program Penunjang Urusan Pemerintahan Daerah Provinsi.

"""


def test_ditunjang_without_oleh_names_the_programs_of_its_sasaran(run):
    text = PK.split("Tabel 2.3")[0] + BUDGET.replace("# BAB III AKUNTABILITAS KINERJA\n",
                                                     "# BAB III AKUNTABILITAS KINERJA\n\n"
                                                     + NO_OLEH)
    links, findings = run(text)
    assert links == [("2", "Pengelolaan Aspek Kegeologian"),
                     ("3", "Penunjang Urusan Pemerintahan Daerah Provinsi")]
    # Ketenagalistrikan and sasaran 1 are linked nowhere: both still reported.
    assert sorted(rule for rule, _ in findings) == ["CAS003", "CAS007"]


def test_ditunjang_followed_by_no_program_links_nothing(run):
    text = PK.split("Tabel 2.3")[0] + BUDGET.replace(
        "# BAB III AKUNTABILITAS KINERJA\n",
        "# BAB III AKUNTABILITAS KINERJA\n\n## Sasaran 2: Meningkatnya tata kelola "
        "pertambangan\n\nSasaran ini ditunjang kerja sama dengan perguruan tinggi.\n\n")
    links, _ = run(text)
    assert links == []


# -- a list that begins on its sentence's line and wraps onto the next ---------------------

WRAPPED = """\
## Sasaran 2: Meningkatnya tata kelola pertambangan

Efisiensi: program pendukung sasaran ini menyerap Rp 95.000.000 dari pagu Rp 100.000.000
(95,00%) dengan capaian sasaran 98,07%. Program pendukung: Program Pengelolaan Aspek
Kegeologian (pagu Rp 100.000.000, realisasi Rp 95.000.000); Program Pengelolaan
Ketenagalistrikan (pagu Rp 500.000.000, realisasi Rp 490.000.000).

"""


def test_a_wrapped_list_names_each_program_whole(run):
    text = PK + BUDGET.replace("# BAB III AKUNTABILITAS KINERJA\n",
                               "# BAB III AKUNTABILITAS KINERJA\n\n" + WRAPPED)
    links, findings = run(text)
    assert ("2", "Pengelolaan Aspek Kegeologian") in links
    assert ("2", "Pengelolaan Ketenagalistrikan") in links
    assert not [sasaran for sasaran, _ in links if sasaran == "98"]
    assert findings == []


def test_a_wrapped_list_naming_a_program_the_budget_lacks_is_still_reported(run):
    wrong = WRAPPED.replace("Program Pengelolaan Aspek\nKegeologian",
                            "Program Pengelolaan Air\nTanah")
    text = PK + BUDGET.replace("# BAB III AKUNTABILITAS KINERJA\n",
                               "# BAB III AKUNTABILITAS KINERJA\n\n" + wrong)
    links, findings = run(text)
    assert ("2", "Pengelolaan Air Tanah") in links
    assert findings == [("CAS005", 25)]  # the line its sentence begins on


# -- "Program X dari Dinas Kesehatan"; a budget of kegiatan only -------------------------

UPTD = """\
# BAB II PERENCANAAN KINERJA

Tabel 2.2 Perjanjian Kinerja Tahun 2023

| No | Sasaran Strategis | Indikator Kinerja | Satuan | Target |
|---|---|---|---|---|
| 1 | Meningkatnya derajat kesehatan ibu dan anak | Persentase ibu hamil mendapat \
pelayanan | % | 100,00 |

# BAB III AKUNTABILITAS KINERJA

## Sasaran 1: Meningkatnya derajat kesehatan ibu dan anak

Sasaran ini ditunjang oleh Program Pemenuhan Upaya Kesehatan Perorangan dan Upaya Kesehatan \
Masyarakat dari Dinas Kesehatan, melalui kegiatan pelayanan kesehatan ibu hamil.

Tabel 3.6 Realisasi Anggaran UPTD Puskesmas Tahun 2023

| Kode | Kegiatan / Sub Kegiatan | Pagu (Rp) | Realisasi (Rp) | % |
|---|---|---|---|---|
| 1.02.02.2.02 | Penyediaan Layanan Kesehatan untuk UKM dan UKP Rujukan Tingkat Daerah \
Kabupaten/Kota | 150.000.000 | 144.000.000 | 96,00 |
| 1.02.02.2.02.0001 | Pengelolaan Pelayanan Kesehatan Ibu Hamil \
| 150.000.000 | 144.000.000 | 96,00 |
|  | Jumlah | 150.000.000 | 144.000.000 | 96,00 |
"""
UKP = "Pemenuhan Upaya Kesehatan Perorangan dan Upaya Kesehatan Masyarakat"


def test_the_owner_after_a_program_is_no_part_of_its_name(run):
    links, findings = run(UPTD)
    assert links == [("1", UKP)]
    assert findings == []  # a budget of kegiatan only cannot miss a program


def test_a_linked_program_missing_from_a_budget_of_programs_is_still_reported(run):
    with_programs = UPTD.replace(
        "| 1.02.02.2.02 | Penyediaan",
        "| 1.02.01 | Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota | "
        "150.000.000 | 144.000.000 | 96,00 |\n| 1.02.01.2.02 | Penyediaan")
    links, findings = run(with_programs)
    assert links == [("1", UKP)]
    assert ("CAS005", 13) in findings
