"""False findings on reports that append their officials' PKs, split a count with
"sedangkan", or count the sub kegiatan of one kegiatan named by its level word; and the
defects of the same kind that must still be found.

- CAS002/CAS007: the PK of an official below the head (Sekretaris, Kepala Bidang, eselon
  III), signed with the head as pihak kedua, supports the agency's PK; its indicators are
  not the agency's agreed targets.
- CNT002: "7 indikator melampaui target, sedangkan 1 indikator, yaitu ..., mencapai 91%"
  and "kegiatan X menunjang keberhasilan dua indikator" count a part, not the PK.
- CNT001: "Kegiatan Pemberdayaan Kelurahan terdiri atas 4 sub kegiatan" counts that
  kegiatan's sub kegiatan, even though its name is short.
"""

from __future__ import annotations

import pytest

REPORT = """\
# LAPORAN KINERJA INSTANSI PEMERINTAH DINAS CONTOH KABUPATEN SUKAMAJU TAHUN 2023

## BAB II PERENCANAAN KINERJA

**Tabel 2.2 Perjanjian Kinerja Tahun 2023**

| No | Sasaran Strategis | Indikator Kinerja | Satuan | Target |
|---|---|---|---|---|
| 1 | Meningkatnya ketahanan pangan daerah | Cadangan pangan pemerintah | Ton | 300 |
|  |  | Luas lahan pangan yang terairi | Ha | 120 |
| 2 | Meningkatnya kualitas layanan dinas | Indeks kepuasan masyarakat | Indeks | 80,00 |
|  |  | Persentase layanan tepat waktu | % | 95,00 |

{bab2}

## BAB III AKUNTABILITAS KINERJA

### A. Capaian Kinerja Organisasi

**Tabel 3.1 Capaian Kinerja Tahun 2023**

| No | Sasaran Strategis | Indikator Kinerja | Target | Realisasi | Capaian (%) |
|---|---|---|---|---|---|
| 1 | Meningkatnya ketahanan pangan daerah | Cadangan pangan pemerintah | 300 | 310 | 103,33 |
|  |  | Luas lahan pangan yang terairi | 120 | 120 | 100,00 |
| 2 | Meningkatnya kualitas layanan dinas | Indeks kepuasan masyarakat | 80,00 | 82,00 | 102,50 |
{last_capaian}

{bab3}

### B. Realisasi Anggaran

**Tabel 3.3 Realisasi Anggaran per Program dan Kegiatan Tahun 2023**

| Kode | Program/Kegiatan/Sub Kegiatan | Pagu (Rp) | Realisasi (Rp) | % |
|---|---|---|---|---|
|3.27.02|Program Penyediaan dan Pengembangan Sarana Pertanian|500.000.000|480.000.000|96,00|
| 3.27.02.2.01 | Kegiatan Pengawasan Benih | 500.000.000 | 480.000.000 | 96,00 |
| 3.27.02.2.01.0001 | Pengawasan Mutu Benih Tanaman | 200.000.000 | 190.000.000 | 95,00 |
| 3.27.02.2.01.0002 | Pengawasan Peredaran Benih Tanaman | 300.000.000 | 290.000.000 | 96,67 |
|3.27.03|Program Penyediaan dan Pengembangan Prasarana Pertanian|300.000.000|270.000.000|90,00|
| 3.27.03.2.01 | Penataan Prasarana Pertanian | 300.000.000 | 270.000.000 | 90,00 |
| 3.27.03.2.01.0001 | Penataan Jaringan Irigasi Tersier | 100.000.000 | 90.000.000 | 90,00 |
| 3.27.03.2.01.0002 | Penataan Jalan Usaha Tani | 100.000.000 | 90.000.000 | 90,00 |
| 3.27.03.2.01.0003 | Penataan Embung Pertanian | 100.000.000 | 90.000.000 | 90,00 |
|  | Jumlah | 800.000.000 | 750.000.000 | 93,75 |

{bab3_after}

## LAMPIRAN

{lampiran}
"""

_LAST_MEASURED = ("|  |  | Persentase layanan tepat waktu | 95,00 | 96,00 | 101,05 |")

# The PK of a Kepala Bidang: the head of the agency is its pihak kedua.
_OFFICIAL_PK = """\
### Lampiran 2. Perjanjian Kinerja Pejabat Eselon III Tahun 2023

**2.a Perjanjian Kinerja Kepala Bidang Ketahanan Pangan**

Pihak pertama: Ir. Budi Santoso, Kepala Bidang Ketahanan Pangan
Pihak kedua: Ir. Rina Wati, M.Si., Kepala Dinas Contoh Kabupaten Sukamaju

| No | Sasaran Unit Kerja | Indikator | Satuan | Target |
|---|---|---|---|---|
| 1 | Meningkatnya cadangan pangan gudang dinas | Jumlah gudang pangan yang dikelola | unit | 4 |
|  |  | Persentase stok beras yang diperiksa | % | 100,00 |
"""

# The head's own PK in the Lampiran, with an indicator Bab III never measures.
_HEAD_PK = """\
### Lampiran 1. Perjanjian Kinerja Tahun 2023

Nama: Ir. Rina Wati, M.Si.
Jabatan: Kepala Dinas Contoh Kabupaten Sukamaju
selanjutnya disebut pihak pertama;

| No | Sasaran Strategis | Indikator Kinerja | Satuan | Target |
|---|---|---|---|---|
| 1 | Meningkatnya cadangan pangan gudang dinas | Jumlah gudang pangan yang dikelola | unit | 4 |
"""


@pytest.fixture
def run(check_inline):
    """``run("CNT002", bab2=...)``: the rules' findings on REPORT."""

    def check(*codes: str, bab2: str = "", bab3: str = "", bab3_after: str = "",
              lampiran: str = "", last_capaian: str = _LAST_MEASURED) -> list[tuple]:
        text = REPORT.format(bab2=bab2, bab3=bab3, bab3_after=bab3_after,
                             lampiran=lampiran, last_capaian=last_capaian)
        return check_inline(text, *codes, lang="en")

    return check


# -- CAS002/CAS007: an official's PK is not the agency's ----------------------------------


def test_the_baseline_is_silent(run):
    assert run("CAS002", "CAS007", "CNT001", "CNT002") == []


def test_an_officials_pk_in_the_lampiran_is_not_the_agencys(run):
    assert run("CAS002", "CAS007", lampiran=_OFFICIAL_PK) == []


@pytest.mark.parametrize("lampiran", [
    # Named by its title only, no parties above the table.
    _OFFICIAL_PK.replace("Pihak pertama: Ir. Budi Santoso, Kepala Bidang Ketahanan Pangan\n"
                         "Pihak kedua: Ir. Rina Wati, M.Si., Kepala Dinas Contoh Kabupaten "
                         "Sukamaju\n", ""),
    # The Sekretaris' PK, its jabatan above "selanjutnya disebut pihak pertama".
    _HEAD_PK.replace("Kepala Dinas Contoh", "Sekretaris Dinas Contoh"),
])
def test_an_officials_pk_named_by_title_or_jabatan_is_not_the_agencys(run, lampiran):
    assert run("CAS002", lampiran=lampiran) == []


def test_the_heads_pk_in_the_lampiran_is_still_measured(run):
    findings = run("CAS002", lampiran=_HEAD_PK)
    assert [rule for rule, _, _ in findings] == ["CAS002"]
    assert "Jumlah gudang pangan yang dikelola" in findings[0][2]


def test_an_agency_indicator_left_unmeasured_is_still_found(run):
    findings = run("CAS002", lampiran=_OFFICIAL_PK, last_capaian="")
    assert [rule for rule, _, _ in findings] == ["CAS002"]
    assert "Persentase layanan tepat waktu" in findings[0][2]


# -- CNT002: the rest of a split, what a kegiatan supports --------------------------------


@pytest.mark.parametrize("bab3", [
    "Sebanyak 3 (tiga) indikator mencapai atau melampaui target, sedangkan 1 (satu) "
    "indikator, yaitu persentase layanan tepat waktu, mencapai 91,39%.",
    "Kegiatan Pengawasan Benih serta kegiatan Penataan Prasarana Pertanian menunjang "
    "keberhasilan dua indikator, sedangkan kegiatan lain terhambat.",
])
def test_a_part_of_the_indicators_is_no_count_of_the_pk(run, bab3):
    assert run("CNT002", bab3=bab3) == []


@pytest.mark.parametrize(("bab3", "claimed"), [
    # A whole first: the later count after 'sedangkan' changes nothing.
    ("Perjanjian Kinerja memuat 5 (lima) indikator, sedangkan 1 (satu) indikator belum "
     "diukur.", "5"),
    # 'sedangkan' with no earlier count of indicators: still the whole.
    ("Target anggaran tercapai, sedangkan 3 (tiga) indikator diukur dengan survei.", "3"),
])
def test_a_wrong_total_is_still_found(run, bab3, claimed):
    findings = run("CNT002", bab3=bab3)
    assert [rule for rule, _, _ in findings] == ["CNT002"]
    assert f"states {claimed} indikator" in findings[0][2]


# -- CNT001: the sub kegiatan of one kegiatan named by its level word ---------------------


def test_a_kegiatans_own_sub_kegiatan_count_is_no_total(run):
    text = "Kegiatan Pengawasan Benih terdiri atas 2 (dua) sub kegiatan."
    assert run("CNT001", bab3_after=text) == []


@pytest.mark.parametrize("text", [
    # That kegiatan has two, not four.
    "Kegiatan Pengawasan Benih terdiri atas 4 (empat) sub kegiatan.",
    # Without its level word the short name names no row: the total (5) is claimed.
    "Pengawasan benih dilaksanakan melalui 2 (dua) sub kegiatan.",
])
def test_a_wrong_count_of_sub_kegiatan_is_still_found(run, text):
    findings = run("CNT001", bab3_after=text)
    assert [rule for rule, _, _ in findings] == ["CNT001"]


def test_a_kegiatan_named_within_its_program_is_what_is_counted(run):
    text = ("Program Penyediaan dan Pengembangan Sarana Pertanian dilaksanakan melalui "
            "Kegiatan Pengawasan Benih dengan 2 (dua) sub kegiatan.")
    assert run("CNT001", bab3_after=text) == []
    wrong = text.replace("2 (dua)", "3 (tiga)")
    assert [rule for rule, _, _ in run("CNT001", bab3_after=wrong)] == ["CNT001"]
