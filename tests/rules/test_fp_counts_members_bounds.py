"""False findings of the count rules on reports written in ways the checker had not seen,
and the defects of the same kind that must still be found.

- CNT002: a count whose members are listed after it ("Tiga indikator, yaitu A, B dan C,
  berpolaritas negatif") or that a predicate puts in a kind of them ("Dua indikator ...
  merupakan indikator SPM") counts a part, not the Perjanjian Kinerja.
- CNT001: a bound ("paling sedikit empat kegiatan dalam setahun") and kegiatan held in the
  field ("250 kegiatan patroli") are no count of the budget's kegiatan.
- CNT003: "Sasaran ini diukur dengan ..." under a '#' heading naming a sasaran in full,
  longer than twelve words, counts that sasaran's indicators, not those of the last
  sasaran whose heading was short enough to be read.
"""

from __future__ import annotations

import pytest

from checker.text import parse_source

# Two sasaran (two and three indicators), two programs with two kegiatan each.
REPORT = """\
# LAPORAN KINERJA INSTANSI PEMERINTAH DINAS CONTOH KABUPATEN SUKAMAJU TAHUN 2023

## BAB II PERENCANAAN KINERJA

**Tabel 2.2 Perjanjian Kinerja Tahun 2023**

| No | Sasaran Strategis | Indikator Kinerja | Satuan | Target |
|---|---|---|---|---|
| 1 | Meningkatnya ketahanan pangan daerah | Cadangan pangan pemerintah | Ton | 300 |
|  |  | Luas lahan pangan yang terairi | Ha | 120 |
| 2 | {name2} | Indeks kepuasan masyarakat | Indeks | 80,00 |
|  |  | Persentase layanan tepat waktu | % | 95,00 |
|  |  | Persentase pengaduan yang diselesaikan | % | 90,00 |

{bab2}

## BAB III AKUNTABILITAS KINERJA

### A. Capaian Kinerja Organisasi

#### Sasaran 1: Meningkatnya ketahanan pangan daerah

Sasaran ini diukur dengan 2 (dua) indikator.

#### Sasaran 2: {name2}

{sasaran2}

### B. Realisasi Anggaran

**Tabel 3.3 Realisasi Anggaran per Program dan Kegiatan Tahun 2023**

| Kode | Program/Kegiatan | Pagu (Rp) | Realisasi (Rp) | % |
|---|---|---|---|---|
|3.27.02|Program Penyediaan dan Pengembangan Sarana Pertanian|500.000.000|480.000.000|96,00|
| 3.27.02.1.01 | Pengawasan Peredaran Sarana Pertanian | 200.000.000 | 190.000.000 | 95,00 |
| 3.27.02.1.02 | Pengawasan Mutu dan Peredaran Benih Tanaman | 300.000.000 | 290.000.000 | 96,67 |
|3.27.03|Program Penyediaan dan Pengembangan Prasarana Pertanian|300.000.000|270.000.000|90,00|
| 3.27.03.1.01 | Penataan Prasarana Pertanian | 200.000.000 | 180.000.000 | 90,00 |
| 3.27.03.1.02 | Pembangunan Prasarana Pertanian | 100.000.000 | 90.000.000 | 90,00 |
|  | Jumlah | 800.000.000 | 750.000.000 | 93,75 |
"""

_SASARAN_2 = ("Meningkatnya kualitas layanan administrasi dan keuangan dinas kepada seluruh "
              "masyarakat kabupaten")


@pytest.fixture
def run(check_inline):
    """``run("CNT002", bab2=..., sasaran2=...)``: the rules' findings on REPORT."""

    def check(*codes: str, bab2: str = "", sasaran2: str = "") -> list[tuple]:
        text = REPORT.format(bab2=bab2, sasaran2=sasaran2, name2=_SASARAN_2)
        return check_inline(text, *codes, lang="en")

    return check


# -- CNT002: the members listed, or a kind of them ----------------------------------------


@pytest.mark.parametrize("bab2", [
    # The three of five whose polarity is negative, each named, the two others after them.
    "Tiga indikator, yaitu luas lahan pangan yang terairi, persentase layanan tepat waktu "
    "dan persentase pengaduan yang diselesaikan, berpolaritas negatif. Dua indikator "
    "lainnya berpolaritas positif.",
    # The members in brackets.
    "Dua indikator (cadangan pangan dan indeks kepuasan) berpolaritas positif.",
    # Two of five that are SPM indicators, named by what they measure.
    "Dua indikator layanan tepat waktu dan penyelesaian pengaduan merupakan indikator "
    "SPM, sehingga targetnya ditetapkan 100% setiap tahun.",
])
def test_a_part_named_or_put_in_a_kind_is_no_count_of_the_pk(run, bab2):
    assert run("CNT002", bab2=bab2) == []


@pytest.mark.parametrize(("bab2", "claimed"), [
    # A list that names them does not make the total a part.
    ("Perjanjian Kinerja memuat 2 (dua) sasaran dan 4 (empat) indikator, yaitu cadangan "
     "pangan, luas lahan, kepuasan masyarakat dan layanan tepat waktu.", "4"),
    # A 'yang' clause describes all of them: the total is still claimed.
    ("Dinas menetapkan 2 sasaran dan 6 indikator yang merupakan indikator kinerja utama.",
     "6"),
    # 'dan' before a second count joins two counts, not two names.
    ("Perjanjian Kinerja memuat 4 indikator dan dua indikator tambahan merupakan indikator "
     "SPM.", "4"),
])
def test_a_wrong_total_with_its_members_listed_is_still_found(run, bab2, claimed):
    findings = run("CNT002", bab2=bab2)
    assert [rule for rule, _, _ in findings] == ["CNT002"]
    assert f"states {claimed} indikator" in findings[0][2]
    assert "lists 5 indikator" in findings[0][2]


# -- CNT001: a bound, or events held in the field -----------------------------------------


@pytest.mark.parametrize("bab2", [
    "Persentase organisasi kepemudaan (OKP) aktif dihitung dari jumlah OKP yang "
    "menyelenggarakan paling sedikit enam kegiatan dalam setahun, dibagi jumlah OKP.",
    "Kelompok tani yang melaksanakan minimal 6 kegiatan dinilai mandiri.",
    "Dari 250 kegiatan patroli pengawasan di kawasan konservasi, ditemukan 16 kasus "
    "pelanggaran atau 6,40%.",
    "Sepanjang tahun dilaksanakan 12 kegiatan sosialisasi di 8 desa.",
])
def test_a_bound_or_events_held_are_no_count_of_budget_kegiatan(run, bab2):
    assert run("CNT001", bab2=bab2) == []


@pytest.mark.parametrize("bab2", [
    "Pada tahun 2023 Dinas melaksanakan 2 (dua) program dan 5 (lima) kegiatan.",
    "Pada tahun 2023 Dinas melaksanakan 5 kegiatan dengan pagu Rp 800.000.000.",
    # A bound elsewhere in the sentence leaves the count itself a count.
    "Dinas melaksanakan 5 kegiatan yang masing-masing memuat paling sedikit dua sub "
    "kegiatan.",
])
def test_a_wrong_count_of_budget_kegiatan_is_still_found(run, bab2):
    findings = run("CNT001", bab2=bab2)
    assert [rule for rule, _, _ in findings] == ["CNT001"]
    assert "states 5 kegiatan" in findings[0][2]
    assert ": 4)" in findings[0][2]


# -- CNT003: the sasaran of a long '#' heading --------------------------------------------


def test_a_hashed_heading_longer_than_twelve_words_is_a_heading():
    line = f"#### Sasaran 2: {_SASARAN_2}"
    assert len(line.split()) > 13
    headings = parse_source(f"Paragraf pembuka.\n\n{line}\n\nIsi bagian.\n").headings
    assert [heading.text for heading in headings] == [f"Sasaran 2: {_SASARAN_2}"]
    # Unmarked, a line that long is prose.
    assert parse_source(f"Paragraf pembuka.\n\n{line[5:]}\n\nIsi bagian.\n").headings == ()


def test_sasaran_ini_under_a_long_heading_counts_that_sasarans_indicators(run):
    assert run("CNT003", sasaran2="Sasaran ini diukur dengan 3 (tiga) indikator.") == []


def test_a_wrong_count_under_a_long_heading_is_found_for_that_sasaran(run):
    # Two is sasaran 1's count: read as sasaran 1's, the error was missed.
    findings = run("CNT003", sasaran2="Sasaran ini diukur dengan 2 (dua) indikator.")
    assert [rule for rule, _, _ in findings] == ["CNT003"]
    assert _SASARAN_2 in findings[0][2]
    assert "lists 3 for that sasaran" in findings[0][2]
