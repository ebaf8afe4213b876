"""False findings of the count rules on reports written in ways the checker had not seen,
and the defects of the same kind that must still be found.

- CNT002: a count whose noun a restricting attribute follows ("Tiga indikator bertarget
  kualitatif", "dua indikator di antaranya") counts a part of the Perjanjian Kinerja, not
  all of it.
- CNT001: a count after "kecuali" or "selain" ("seluruh sub kegiatan mencapai 100 %
  kecuali tiga sub kegiatan") names the exceptions, a part of the budget's things.
"""

from __future__ import annotations

import pytest

# Two sasaran with five indicators, two programs with two kegiatan and four sub kegiatan.
REPORT = """\
# LAPORAN KINERJA INSTANSI PEMERINTAH DINAS CONTOH KABUPATEN SUKAMAJU TAHUN 2023

## BAB II PERENCANAAN KINERJA

**Tabel 2.2 Perjanjian Kinerja Tahun 2023**

| No | Sasaran Strategis | Indikator Kinerja | Satuan | Target |
|---|---|---|---|---|
| 1 | Meningkatnya ketahanan pangan daerah | Cadangan pangan pemerintah | Ton | 300 |
|  |  | Luas lahan pangan yang terairi | Ha | 120 |
| 2 | Meningkatnya kualitas layanan | Indeks kepuasan masyarakat | Indeks | 80,00 |
|  |  | Predikat SAKIP perangkat daerah | Predikat | BB |
|  |  | Tingkat maturitas SPIP | Level | 3 |

{bab2}

## BAB III AKUNTABILITAS KINERJA

### B. Realisasi Anggaran

**Tabel 3.3 Realisasi Anggaran per Program, Kegiatan dan Sub Kegiatan Tahun 2023**

| Kode | Program/Kegiatan/Sub Kegiatan | Pagu (Rp) | Realisasi (Rp) | % |
|---|---|---|---|---|
|3.27.02|Program Penyediaan dan Pengembangan Sarana Pertanian|500.000.000|480.000.000|96,00|
| 3.27.02.1.01 | Pengawasan Peredaran Sarana Pertanian | 500.000.000 | 480.000.000 | 96,00 |
| 3.27.02.1.01.0001 | Pengawasan Penyediaan Pupuk | 200.000.000 | 190.000.000 | 95,00 |
| 3.27.02.1.01.0002 | Pengawasan Peredaran Pestisida | 300.000.000 | 290.000.000 | 96,67 |
|3.27.03|Program Penyediaan dan Pengembangan Prasarana Pertanian|300.000.000|270.000.000|90,00|
| 3.27.03.1.01 | Penataan Prasarana Pertanian | 300.000.000 | 270.000.000 | 90,00 |
| 3.27.03.1.01.0001 | Pembangunan Embung Pertanian | 200.000.000 | 180.000.000 | 90,00 |
| 3.27.03.1.01.0002 | Rehabilitasi Jaringan Irigasi Tersier | 100.000.000 | 90.000.000 | 90,00 |
|  | Jumlah | 800.000.000 | 750.000.000 | 93,75 |

{bab3}
"""


@pytest.fixture
def run(check_inline):
    """``run("CNT002", bab2=..., bab3=...)``: the rules' findings on REPORT."""

    def check(*codes: str, bab2: str = "", bab3: str = "") -> list[tuple]:
        return check_inline(REPORT.format(bab2=bab2, bab3=bab3), *codes, lang="en")

    return check


def test_the_report_reads_its_tables(run):
    # A wrong total in both places is found: the fixture's tables are read.
    findings = run("CNT001", "CNT002",
                   bab2="Perjanjian Kinerja memuat 7 indikator.",
                   bab3="Anggaran dilaksanakan melalui 6 sub kegiatan.")
    assert sorted(rule for rule, _, _ in findings) == ["CNT001", "CNT002"]


# -- CNT002: a count set apart by an attribute ----------------------------------------


@pytest.mark.parametrize("bab2", [
    # The three with a qualitative target, after the total stated rightly.
    "Perjanjian Kinerja memuat 2 (dua) sasaran dengan 5 (lima) indikator. Tiga indikator "
    "bertarget kualitatif (Level 3, predikat BB dan indeks), satu indikator bertarget "
    "angka.",
    # Alone in its paragraph, it is still a part.
    "Tiga indikator bertarget kualitatif.",
    # 'di antaranya': some of them.
    "Dua indikator di antaranya diukur oleh pihak ketiga.",
])
def test_a_count_set_apart_by_an_attribute_is_no_count_of_the_pk(run, bab2):
    assert run("CNT002", bab2=bab2) == []


@pytest.mark.parametrize("bab2", [
    "Perjanjian Kinerja memuat 2 (dua) sasaran dengan 7 (tujuh) indikator. Tiga indikator "
    "bertarget kualitatif.",
    "Perjanjian Kinerja memuat 7 indikator kinerja dengan target yang terukur.",
])
def test_a_wrong_total_beside_a_part_is_still_found(run, bab2):
    findings = run("CNT002", bab2=bab2)
    assert [rule for rule, _, _ in findings] == ["CNT002"]
    assert "states 7 indikator" in findings[0][2]
    assert "lists 5 indikator" in findings[0][2]


# -- CNT001: the exceptions named after 'kecuali' or 'selain' -------------------------


@pytest.mark.parametrize("bab3", [
    "Realisasi fisik seluruh sub kegiatan mencapai 100,00 % kecuali tiga sub kegiatan: "
    "Pengawasan Peredaran Pestisida (96,50 %), Pembangunan Embung Pertanian (98,00 %) dan "
    "Rehabilitasi Jaringan Irigasi Tersier (93,20 %).",
    "Selain 3 (tiga) sub kegiatan tersebut, seluruh pekerjaan selesai tepat waktu.",
])
def test_a_count_of_the_exceptions_is_no_count_of_the_budget(run, bab3):
    assert run("CNT001", bab3=bab3) == []


@pytest.mark.parametrize("bab3", [
    # The total stated wrongly before the exceptions is still a claim of the total.
    "Anggaran dilaksanakan melalui 6 (enam) sub kegiatan; seluruhnya selesai kecuali "
    "satu sub kegiatan.",
    "Dinas melaksanakan 6 sub kegiatan dan seluruhnya terealisasi.",
])
def test_a_wrong_total_beside_the_exceptions_is_still_found(run, bab3):
    findings = run("CNT001", bab3=bab3)
    assert [rule for rule, _, _ in findings] == ["CNT001"]
    assert "states 6 sub kegiatan" in findings[0][2]
    assert ": 4)" in findings[0][2]
